/**
 * Copies reworded for another team, found by meaning: two titles whose vectors (see vectors.ts)
 * point the same way, and whose differing words mean the same too. Sharing most words points two
 * titles the same way whatever the rest says ("Cut wait times for cataract surgery" / "… for hip
 * replacements"), so the words one title has and the other lacks are compared as well: in a copy
 * they are a rewording ("first-time theatregoers" / "people who've never been to a play"), in two
 * goals they are two different things.
 *
 * Tuned on the labelled plans of hold-outs 1–18 (176 plans, 468 groups of copies): groups named
 * exactly 370 → 391, sound objectives raising nothing 4,328 → 4,324 of 4,371. Below 0.92, or
 * without the differing words compared, false copies grew faster than true ones (region headings,
 * "Cut wait times for cataract surgery" / "… for hip replacements").
 */
import { CLONE_STOP, CLONE_SYNONYMS, TIME_UNITS } from './lexicon';
import { stem } from './text';
import { cosine, sumOf, type MeaningWord, type TitleMeaning } from './vectors';

/** What the join reads of each title (a part of clone.ts's `CopyFacts`). */
export interface PairFacts {
  key: readonly string[];
  meaning: TitleMeaning | null;
  duty: boolean;
  /** The trap a title falls in, a duty, a piece of work, an obligation or a number, or '' (see `CopyFacts`). */
  trap: string;
  /** The lead verb as clone keys hold it (synonyms made one), or ''. */
  verb: string;
  lever: boolean;
  /** A team's label before it ("Marketing: more people watching our home games"). */
  labelled: boolean;
}


/**
 * "First-time fix rate 80%" beside "Fix it first time, every time": the same words and a rate's
 * name, the measure of that goal, not a copy of it.
 */
export function measureOf(a: readonly string[], b: readonly string[]): boolean {
  const inB = new Set(b);
  const inA = new Set(a);
  const onlyA = a.filter((w) => !inB.has(w));
  const onlyB = b.filter((w) => !inA.has(w));
  const forms = (only: readonly string[]) => only.length > 0 && only.every((w) => RATE_FORMS.has(w));
  return (forms(onlyA) && onlyB.length === 0) || (forms(onlyB) && onlyA.length === 0);
}
export const RATE_FORMS = new Set(['rate', 'ratio', 'level', 'score', 'count', 'number'].map(stem));

/** Cosine two titles' vectors must reach to be one goal reworded. */
const PARAPHRASE_COPY = 0.92;
/**
 * Cosine two standing duties must reach: the same round handed to two teams is written by each in
 * its own words ("Write up every contact on the system the same day" / "Record every contact in
 * the notes the same day").
 */
const DUTY_COPY = 0.83;
/**
 * Key words two titles in the same trap, two named after a number, two duties, pieces of work or
 * obligations, must share to be one handed to two teams ("Sanitise the filler at the end of every run" / "Sanitise the
 * filling machine after each run"). Over the labelled plans of hold-outs 1–36 (round 38), every such
 * pair sharing three key words was labelled a copy (duties 215 of 215, numbers 149 of 149, the rest
 * 38 of 38); two objectives that say what changes share three words in two goals as often as in one.
 */
const TRAP_SHARED = 3;
/** The beats a round is kept on, as clone keys hold them. */
const BEAT_STEMS = new Set([...TIME_UNITS, 'morning', 'mornings', 'afternoon', 'evening', 'evenings', 'night', 'nights', 'shift', 'shifts', 'weekday', 'weekend'].map(stem));
/** Codes ("A320", "zq7") one title has and the other lacks name two different things. */
function codesDiffer(words: ReadonlySet<string>, other: readonly string[]): boolean {
  const inOther = new Set(other);
  for (const w of words) if (!inOther.has(w) && /\d/.test(w)) return true;
  return other.some((w) => !words.has(w) && /\d/.test(w));
}
/** Cosine the words that differ must reach. */
const PARAPHRASE_PARTS = 0.6;
/** Share of the shorter side's differing words (at least one) that the longer side may have more. */
const PARTS_SLACK = 0.5;
/** Words more that one duty's differing words may have than the other's (3 merged two rounds on one desk in the twenty-sixth set). */
const DUTY_SLACK = 2;
/**
 * Cosine, and key words in common, of a copy reworded more freely (see `paraphrasePairs`). Read
 * from the labelled plans of hold-outs 1–28 (round 30): pairs of titles sharing three key words or
 * more whose vectors reach 0.88 are copies by the labels 44 times in 49 between teams, and 33 in 33
 * between a parent and its child at 0.92. With the differing words' cosine at 0.55, groups named
 * exactly went 612 → 629 of 747 and sound objectives raising nothing 6,557 → 6,554 (0.45: 635 and
 * 6,551; 0.7: 622 and 6,557); leaving siblings to the stricter measure, 626 and 6,557. In round
 * 31, with the twenty-ninth set read too, siblings joined at 0.93 as a parent and its child do: 648 →
 * 650 of 775 groups, sound objectives raising nothing 6,783 either way (at 0.91: 650 and 6,781).
 */
const LOOSE_COPY = 0.9;
const NEAR_LOOSE = 0.93;
const LOOSE_SHARED = 3;
const sharedWords = (words: ReadonlySet<string>, other: readonly string[]): number => other.filter((w) => words.has(w)).length;
/**
 * The words that differ are not a scope swapped for another ("motor claims" / "home claims", "in
 * Brighton" / "in Lewes"): on each side at most a few, and not pointing apart.
 */
function partsNotSwapped(a: TitleMeaning, b: TitleMeaning, lineage: boolean, shared: number): boolean {
  const [onlyA, onlyB] = differing(a, b);
  // ("Porter based in ED overnight so admitted patients go up…" / "…discharged patients aren't kept
  // waiting on a porter…": three words of one trade in common, eight each of their own, two goals.)
  if (Math.min(onlyA.length, onlyB.length) > 2 * shared) return false;
  // One adds words to the other: a child's are the piece it adopts; between teams, two words at
  // most are a scope ("…in Leeds"), more a lever of its own.
  if (!onlyA.length || !onlyB.length) return !lineage && onlyA.length + onlyB.length <= LOOSE_ADDED;
  // A rewording says it at about the same length.
  if (Math.max(onlyA.length, onlyB.length) > 2 * Math.min(onlyA.length, onlyB.length) + 1) return false;
  if (onlyA.every((w) => w.name) && onlyB.every((w) => w.name)) return false;
  // Words no vector knows ("zq7", a product's code) cannot be shown to mean the same.
  if (mostlyUnknown(onlyA) || mostlyUnknown(onlyB)) return false;
  const va = sumOf(onlyA, a.vectors);
  const vb = sumOf(onlyB, a.vectors);
  return va !== null && vb !== null && cosine(va, vb) >= LOOSE_PARTS;
}
const LOOSE_PARTS = 0.55;
const LOOSE_ADDED = 2;
/**
 * Cosine a line under a team's label must reach to the objective it sits under (headings between
 * skipped), with three key words in common, to restate it ("Marketing: more people watching our
 * home games" under "Get more spectators through the door at home games"): the goal above with the
 * team's name put on it, the goal cloning the article warns of. Over the 65 tuning sets
 * (2026-12-08), labelled lines at 0.84 or more sharing three key words were labelled copies of the
 * goal above them every time but once; sharing two, two times in eleven; without a label, at these
 * cosines, one time in three. Joined so: groups named exactly 1,713 → 1,719 of 1,847, copy entries
 * found 3,145 → 3,187 (58 wrongly, was 57), sound objectives quiet 14,640 → 14,639 (0.80–0.86 alike).
 */
const LABELLED_COPY = 0.84;
/** Words of the clone key (stems) two paraphrases must share. */
const PARAPHRASE_SHARED = 2;
/** A stem in more titles than this finds no candidates ("customer" in a 50k plan says nothing). */
const MAX_POSTING = 64;

/** Words no vector knows are most of these. */
const mostlyUnknown = (part: readonly MeaningWord[]): boolean => part.filter((w) => w.row < 0).length * 2 > part.length;

/**
 * The content words each title has and the other lacks. ("all" for "every", "do" for "sign": words a
 * clone key drops say nothing about what differs.)
 */
function differing(a: TitleMeaning, b: TitleMeaning): [MeaningWord[], MeaningWord[]] {
  const inA = new Set(a.words.map((w) => w.stem));
  const inB = new Set(b.words.map((w) => w.stem));
  return [a.words.filter((w) => !inB.has(w.stem) && !CLONE_STOP.has(w.word)), b.words.filter((w) => !inA.has(w.stem) && !CLONE_STOP.has(w.word))];
}

/**
 * Eight key words in common and a word or two apart ("Make the editor fast enough that newsroom
 * editors stop keeping drafts in Google Docs" / "Get the editor quick enough that news editors stop
 * drafting…"): the same goal, whatever the few words apart say to a word vector.
 */
function mostlyShared(a: TitleMeaning, b: TitleMeaning, shared: number): boolean {
  const [onlyA, onlyB] = differing(a, b);
  // ("…in France" / "…in DACH": a name swapped is another market, however much else is shared.)
  if (onlyA.every((w) => w.name) || onlyB.every((w) => w.name)) return false;
  return onlyA.length > 0 && onlyB.length > 0 && shared >= MOSTLY_SHARED * Math.max(onlyA.length, onlyB.length);
}
/** How many times more key words two titles share than either says on its own. */
const MOSTLY_SHARED = 4;

/**
 * "Raise £900k in gift aid" / "Cut £40k of gift aid admin": one raises what the other cuts. Word
 * vectors put a word near its opposite (both are said of the same things), so the ways two titles
 * move their words are compared first: two goals, however close the rest.
 */
function opposed(a: TitleMeaning, b: TitleMeaning): boolean {
  const [onlyA, onlyB] = differing(a, b);
  const ways = (part: readonly MeaningWord[]) => new Set(part.map((w) => WAYS.get(CLONE_SYNONYMS.get(w.word) ?? '') ?? 0));
  const wa = ways(onlyA);
  const wb = ways(onlyB);
  return (wa.has(1) && wb.has(-1)) || (wa.has(-1) && wb.has(1));
}
/** Which way each synonym class moves what follows (see lexicon.ts, `CLONE_SYNONYMS`). */
const WAYS = new Map([['grow', 1], ['reduce', -1], ['stop', -1]]);

/** Whether the words that differ between two titles say the same thing (see above). */
function partsAgree(a: TitleMeaning, b: TitleMeaning, lineage: boolean, duties: boolean): boolean {
  const [onlyA, onlyB] = differing(a, b);
  // Only such words differ ("in all shops" / "in every shop"): the same goal.
  if (!onlyA.length && !onlyB.length) return true;
  // One adds words to the other. Between a parent and its child that is the piece the child
  // adopts ("…for disadvantaged pupils in Year 1 through daily phonics catch-up"); between teams,
  // one word is the same goal with its scope ("van shop every Friday" / "engineers' van shop…"),
  // more is a lever of its own ("…, by running a Sunday service").
  if (!onlyA.length || !onlyB.length) return !lineage && onlyA.length + onlyB.length === 1;
  // "…in Brighton" / "…in Lewes": a name swapped for another is another place.
  if (onlyA.every((w) => w.name) && onlyB.every((w) => w.name)) return false;
  // Words no vector knows cannot be shown to mean the same: where they are most of what differs,
  // the two are not shown to be one goal.
  if (mostlyUnknown(onlyA) || mostlyUnknown(onlyB)) return false;
  // Many more words on one side are a lever added ("…, by running a Sunday service"), however
  // alike the rest: a rewording says the same thing at about the same length.
  const shorter = Math.min(onlyA.length, onlyB.length);
  // (Two teams' words for one round differ more in length: "Muck out the pigs and goats" / "Clean
  // out the goat shed and pig pens".)
  if (Math.max(onlyA.length, onlyB.length) > shorter + Math.max(duties ? DUTY_SLACK : 1, shorter * PARTS_SLACK)) return false;
  const va = sumOf(onlyA, a.vectors);
  const vb = sumOf(onlyB, a.vectors);
  return va !== null && vb !== null && cosine(va, vb) >= PARAPHRASE_PARTS;
}

/**
 * Pairs [later, earlier] of positions that are one goal reworded. Candidates share
 * `PARAPHRASE_SHARED` words of their clone keys, found through an index of key words with each list
 * capped at `MAX_POSTING`, so the join stays near-linear at 50,000 objectives; only candidates pay
 * for a cosine. `lineage` says whether two positions are a parent and its child.
 */
export function paraphrasePairs(
  facts: readonly PairFacts[],
  lineage: (later: number, earlier: number) => boolean,
  siblings: (later: number, earlier: number) => boolean,
  /** Whether the earlier is the objective the later sits under, headings between them skipped. */
  under: (later: number, earlier: number) => boolean = lineage,
): Array<[number, number]> {
  const keys = facts.map((f) => f.key);
  const meanings = facts.map((f) => f.meaning);
  const pairs: Array<[number, number]> = [];
  const postings = new Map<string, number[]>();
  // shared[j] counts the words position j shares with the current one; stamp[j] says for which.
  const shared = new Int32Array(keys.length);
  const stamp = new Int32Array(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    const m = meanings[i];
    // (Such a title is compared by its words too, vectors or none: see TRAP_SHARED.)
    if (!m && !facts[i]!.trap) continue;
    const words = new Set(keys[i]);
    for (const w of words) {
      const list = postings.get(w);
      if (!list || list.length > MAX_POSTING) continue;
      for (const j of list) {
        if (stamp[j] !== i) {
          stamp[j] = i;
          shared[j] = 0;
        }
        // Counted up to the threshold only, so each candidate is compared once.
        if (++shared[j]! !== PARAPHRASE_SHARED) continue;
        const duties = facts[i]!.duty && facts[j]!.duty;
        const common = facts[i]!.trap && facts[i]!.trap === facts[j]!.trap ? sharedWords(words, keys[j]!) : 0;
        // (Two duties with one verb need only one word more: "Scan every pallet in and out" /
        // "Scan all pallets on and off the trailers".)
        // ("Test the fire alarms every week" / "Test the emergency lights every week": the word more
        // must be a thing worked on, not the beat both keep.)
        const verb = facts[i]!.verb;
        const oneRound = duties && verb !== '' && verb === facts[j]!.verb && keys[j]!.some((w) => words.has(w) && w !== verb && !BEAT_STEMS.has(w));
        if ((common >= TRAP_SHARED || oneRound) && !codesDiffer(words, keys[j]!)) {
          pairs.push([i, j]);
          continue;
        }
        const other = meanings[j];
        if (!m || !other || measureOf(keys[i]!, keys[j]!)) continue;
        const c = cosine(m.unit, other.unit);
        const inCommon = sharedWords(words, keys[j]!);
        // (The child comes later in tree order.)
        const restated = facts[i]!.labelled && c >= LABELLED_COPY && inCommon >= LOOSE_SHARED && under(i, j);
        // (A duty and the one under it with another verb are two rounds of one desk, "Visit every
        // client at home…" over "Pay each client's care home fees…": the looser bar is for teams.)
        const reworded = restated || (c >= (duties && !(lineage(i, j) && verb !== facts[j]!.verb) ? DUTY_COPY : PARAPHRASE_COPY) && (partsAgree(m, other, lineage(i, j), duties) || mostlyShared(m, other, inCommon)));
        // Three key words or more in common, and close in meaning: a goal reworded more freely
        // ("Make the yard a day out so people drive over from Bristol" / "Make Rook Lane somewhere
        // Bristol people drive out to for the day"), unless what differs is another scope.
        // (A lever added on one side only, "…, by running a Sunday service", is a goal of its own.)
        // (Siblings and a parent with its child need more: like wording under one parent more often
        // names two facets of one goal, as in clone.ts.)
        const loosely = reworded || (c >= (siblings(i, j) || lineage(i, j) ? NEAR_LOOSE : LOOSE_COPY) && facts[i]!.lever === facts[j]!.lever && inCommon >= LOOSE_SHARED && partsNotSwapped(m, other, lineage(i, j), inCommon));
        // (Which way each moves is read only for a pair about to be joined: most candidates join nothing.)
        if (loosely && !opposed(m, other)) pairs.push([i, j]);
      }
    }
    for (const w of words) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      // A full list stops growing: it is skipped as a source of candidates anyway.
      if (list.length <= MAX_POSTING) list.push(i);
    }
  }
  return pairs;
}
