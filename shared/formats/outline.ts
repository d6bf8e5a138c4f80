import type { BlockContent, Content, Heading, Html, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, Yaml } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { readWrittenNumbers, splitProgressNote } from '../format';
import type { KeyResult, Objective } from '../model';
import { assemble, type Draft } from './assemble';
import { KR_MARK, parseKr, parseObjective, unescapeMd } from './markdown';
import { splitSentences, withoutFullStop } from './sentences';
import { OUTLINE_CONVENTIONS, type ImportOptions, type ImportResult, type ItemKind, type OutlineConventions } from './types';
import { Issues, JSON_WORDING, looksBinary, q, nothingRead } from './validate';

/*
 * Markdown outlines, read with a real Markdown parser (mdast): our own export (`planToMarkdown`)
 * and outlines as companies publish them. Headings, and HTML paragraphs styled as headings
 * (`<p class="h3">…</p>`), are objectives nested by their level; bullets nest under them. Where
 * the text is prose rather than our own format, three conventions apply, each of which the caller
 * can switch off (see OUTLINE_CONVENTIONS):
 *   - `Role: sentence.` — the role before the colon is the owner;
 *   - the first sentence is the title and every further sentence a key result;
 *   - key-result sentences give their numbers ("from 31 to 45", "110%", "$1.5M", "above 40") and a
 *     trailing note ("=> 80%", "(50% complete)") says how far they have come.
 * Every line either becomes part of the plan or gets a warning with its line number.
 */

// "CRO:", "Enterprise Sales EMEA:", "Create:Source Code:", "Diversity, Inclusion & Belonging:" — up to five words.
const ROLE = /^(\p{Lu}[\p{L}\p{N}&/+'’.:-]*(?:,?[ \t]+[\p{L}\p{N}&/+'’.:-]+){0,4}?)[ \t]*:[ \t]+(?=\S)/u;
const HTML_HEADING = /^<(p|div|span|h[1-6])\b([^>]*)>([\s\S]*?)<\/\1>\s*$/i;
const HEADING_CLASS = /\bclass\s*=\s*["'][^"']*\bh([1-6])\b/i;
const NUMBERING = /^\d{1,3}[.)][ \t]+/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;

const oneLine = (s: string): string => s.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
/** Escapes every character `unescapeMd` would read as markup, so that text taken from a node value reads back as itself. */
const escapeAll = (s: string): string => s.replace(/[!-/:-@[-`{-~—–·→]/g, (c) => `\\${c}`);

/** `&amp;`, `&#8212;`: decoded as the parser decodes them, the result escaped so it stays text. */
const decodeReferences = (raw: string): string =>
  raw.replace(/\\[\s\S]|&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (m, hex?: string, dec?: string, name?: string) => {
    if (m.startsWith('\\')) return m; // an escaped character, e.g. "\&amp;" is literal text
    const cp = hex ? parseInt(hex, 16) : dec ? Number(dec) : null;
    const ch = cp !== null ? (cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD') : decodeNamedCharacterReference(name!);
    return ch === false ? m : escapeAll(ch);
  });

/**
 * Markdown parsers check every open list on every line, so time grows with the square of the
 * nesting: past this indentation an outline is refused rather than read for minutes.
 */
const MAX_INDENT_COLUMNS = 400;

interface Context {
  source: string;
  conventions: OutlineConventions;
  issues: Issues;
  nextId(kind: ItemKind): string;
  objectives: Draft[];
  keyResults: Draft[];
  /** Items per convention that it shaped, for the preview. */
  used: Record<keyof OutlineConventions, number>;
  /** Lines that became part of the plan (or are structure: blank, rules, the plan's name). */
  understood: Set<number>;
}

const startLine = (n: Nodes): number => n.position?.start.line ?? 1;
/**
 * The last line a node covers. A block left open at its container's end (a quoted "<?" or "```"
 * line) ends where the next line's content starts: nothing of that line is the node's, or a
 * description would swallow the objective after it.
 */
const endLine = (n: Nodes, source: string): number => {
  const end = n.position?.end;
  if (!end) return startLine(n);
  const lineStart = end.offset === undefined ? -1 : source.lastIndexOf('\n', end.offset - 1) + 1;
  const blank = lineStart >= 0 && source.slice(lineStart, end.offset).trim() === '';
  return blank && end.line > startLine(n) ? end.line - 1 : end.line;
};
function markLines(ctx: Context, n: Nodes): void {
  for (let l = startLine(n); l <= endLine(n, ctx.source); l++) ctx.understood.add(l);
}

/** Each line of a block that is not understood, as a warning of its own. */
function warnLines(ctx: Context, n: Nodes, why: string): void {
  const lines = ctx.source.split(/\r\n|\r|\n/);
  for (let l = startLine(n); l <= endLine(n, ctx.source); l++) {
    const text = lines[l - 1]?.trim() ?? '';
    if (text !== '' && !ctx.understood.has(l)) ctx.issues.warn(l, `${q(text)} ${why}`);
  }
}

/**
 * Inline content as the raw-text readers of markdown.ts expect it: text keeps its backslash
 * escapes (so that an escaped “—” is not a separator), bold keeps its `**`, links become their text,
 * inline HTML tags are dropped.
 */
function inline(ctx: Context, nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text': {
        const { start, end } = n.position ?? {};
        const raw = start?.offset !== undefined && end?.offset !== undefined ? ctx.source.slice(start.offset, end.offset) : null;
        out += raw !== null ? decodeReferences(raw) : escapeAll(n.value);
        break;
      }
      case 'strong':
        out += `**${inline(ctx, n.children)}**`;
        break;
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        out += inline(ctx, n.children);
        break;
      case 'inlineCode':
        out += escapeAll(n.value);
        break;
      case 'image':
      case 'imageReference':
        out += escapeAll(n.alt ?? '');
        break;
      case 'break':
        out += ' ';
        break;
      default:
        break; // inline HTML (<br>, <span>): the tags go, text between them is a text node of its own
    }
  }
  return oneLine(out);
}

/** Words an owner after a dash may have in a plain outline ("— Kenny to sort", "— Security (Dean)"). */
const OWNER_WORDS = 4;

/** An objective draft from one line of text. `parent` is the objective above it, if any. */
function addObjective(ctx: Context, raw: string, line: number, parent: Draft | null): Draft {
  const c = ctx.conventions;
  const own = parseObjective(raw);
  const ownFormat = own.level !== null || (raw.trimStart().startsWith('**') && own.leftover === null && own.title !== '');
  let title: string;
  let owner = own.owner ?? '';
  let period = own.period ?? '';
  let sentences: string[] = [];
  if (ownFormat) title = own.title;
  else {
    let prose = unescapeMd(raw.replace(/\*\*/g, '')).trim();
    const role = c.rolePrefix ? ROLE.exec(prose) : null;
    if (role) {
      owner = role[1]!;
      // ("Trade team: get every pub…" is the sentence "Get every pub…"; "eBay", "iPhone" stay as written.)
      prose = prose.slice(role[0].length).replace(/^(\p{Ll})(?=\p{Ll})/u, (c) => c.toUpperCase());
      period = '';
      ctx.used.rolePrefix++;
    } else {
      if (own.leftover !== null && !c.sentences) {
        ctx.issues.warn(line, `the text ${q(own.leftover)} after the title was not understood (expected “— owner · period”) and was ignored.`);
      }
      // ("Sweeping — grow repeat sweeps with the homes we already look after": a sentence after the
      // dash is the objective's own words, as teams write "Team — goal"; an owner is a name or a few
      // words, "— Kenny to sort".)
      const notOwner = own.owner !== null && own.owner.split(/\s+/).filter(Boolean).length > OWNER_WORDS;
      prose = own.leftover !== null || notOwner ? prose : own.title;
      if (own.leftover !== null || notOwner) {
        owner = '';
        period = '';
      }
    }
    sentences = c.sentences ? splitSentences(prose) : [prose];
    title = withoutFullStop(sentences[0] ?? '');
    sentences = sentences.slice(1);
    if (sentences.length) ctx.used.sentences++;
    const note = splitProgressNote(title);
    if (note && c.numbers) {
      title = note.text;
      ctx.issues.warn(line, `the progress note (${note.percent}%) after the objective ${q(title)} was not used: progress comes from key results.`);
    }
  }
  const values: Partial<Objective> = {
    id: ctx.nextId('objective'),
    parentId: parent ? String(parent.values.id) : null,
    title,
    description: '',
    owner,
    period,
  };
  if (own.level && ownFormat) values.level = own.level;
  const draft: Draft = { line, values };
  ctx.objectives.push(draft);
  for (const s of sentences) addSentenceKr(ctx, s, line, draft);
  return draft;
}

/** A key result written as a sentence: its numbers, and how far it has come, read from the words. */
function addSentenceKr(ctx: Context, sentence: string, line: number, owner: Draft, missing?: string): void {
  const values: Partial<KeyResult> = { id: ctx.nextId('keyResult'), objectiveId: String(owner.values.id) };
  const note = ctx.conventions.numbers ? splitProgressNote(sentence) : null;
  const text = withoutFullStop(note ? note.text : sentence);
  values.title = text;
  const numbers = ctx.conventions.numbers ? readWrittenNumbers(text) : null;
  if (numbers) {
    const { start, target, unit, kind } = numbers;
    const done = note ? note.percent / 100 : 0;
    Object.assign(values, { start, target, unit, kind, current: kind === 'increase' || kind === 'decrease' ? start + done * (target - start) : start });
    ctx.used.numbers++;
  } else {
    if (note) values.current = note.percent;
    ctx.issues.warn(line, missing ?? `the key result ${q(text)} gives no number to measure; it starts at 0 with a target of 100.`);
  }
  ctx.keyResults.push({ line, values });
}

/** A `KR:` line: numbers in our own `(start → current → target unit)` form, or read from the words. */
function addMarkedKr(ctx: Context, body: string, line: number, owner: Draft): void {
  const parsed = parseKr(body);
  if (parsed.numbers) {
    const { start, current, target, unit, kind } = parsed.numbers;
    const values: Partial<KeyResult> = { id: ctx.nextId('keyResult'), objectiveId: String(owner.values.id), title: parsed.title, start, current, target, unit };
    if (kind) values.kind = kind;
    ctx.keyResults.push({ line, values });
    return;
  }
  addSentenceKr(ctx, parsed.title, line, owner, 'this key result has no numbers “(start → current → target unit)”; it starts at 0 with a target of 100.');
}

function readList(ctx: Context, list: List, parent: Draft | null): void {
  let previous: Draft | null = null;
  for (const item of list.children) previous = readItem(ctx, item, parent, previous) ?? previous;
}

/** One list item: an objective (with its nested items), or a key result of the objective above. */
function readItem(ctx: Context, item: ListItem, parent: Draft | null, previous: Draft | null): Draft | null {
  const [first, ...rest] = item.children;
  const line = startLine(item);
  if (!first || first.type !== 'paragraph') {
    if (!first) ctx.understood.add(line); // an empty bullet
    else readBlocks(ctx, item.children, parent);
    return null;
  }
  markLines(ctx, first);
  const raw = inline(ctx, first.children).replace(TASK_BOX, '').trim();
  const kr = KR_MARK.exec(raw);
  if (kr) {
    let owner = parent;
    if (!owner && previous) {
      owner = previous;
      ctx.issues.warn(line, `this key result is not indented under its objective; it was attached to ${q(owner.values.title)}.`);
    }
    if (!owner) ctx.issues.error(line, 'a key result must be nested under an objective (indent it below one).');
    else addMarkedKr(ctx, raw.slice(kr[0].length), line, owner);
    readBlocks(ctx, rest, owner);
    return null;
  }
  const draft = addObjective(ctx, raw, line, parent);
  const description: string[] = [];
  for (const child of rest) {
    if (child.type === 'blockquote' && description.length === 0) {
      markLines(ctx, child);
      const lines = ctx.source.split(/\r\n|\r|\n/).slice(startLine(child) - 1, endLine(child, ctx.source));
      for (const l of lines) {
        const body = l.replace(/^[ \t]*>/, '');
        description.push(body.startsWith(' ') ? body.slice(1) : body);
      }
    } else readBlocks(ctx, [child], draft);
  }
  if (description.length) draft.values.description = description.join('\n');
  return draft;
}

/** Reads the text of an HTML block styled as a heading (`<p class="h3">…</p>`, `<h2>…</h2>`) and its level. */
function htmlHeading(ctx: Context, node: Html): { depth: number; raw: string } | null {
  const m = HTML_HEADING.exec(node.value.trim());
  if (!m) return null;
  const tag = m[1]!.toLowerCase();
  const depth = tag.startsWith('h') ? Number(tag[1]) : Number(HEADING_CLASS.exec(m[2]!)?.[1] ?? 0);
  if (!depth) return null;
  // The inside is Markdown-free HTML text: parse it as a paragraph so that tags and entities go.
  const inner = fromMarkdown(m[3]!.replace(/<[^>]*>/g, ' '));
  const para = inner.children.find((c): c is Paragraph => c.type === 'paragraph');
  if (!para) return null;
  const sub: Context = { ...ctx, source: m[3]!.replace(/<[^>]*>/g, ' ') };
  return { depth, raw: inline(sub, para.children) };
}

interface HeadingFrame {
  depth: number;
  draft: Draft;
}

/** Top-level state of the reader: the plan's name and the open headings. */
interface Page {
  name: string | null;
  nameFromFrontMatter: boolean;
  headings: HeadingFrame[];
}

function readHeading(ctx: Context, page: Page, node: Heading | Html, depth: number, raw: string): void {
  markLines(ctx, node);
  if (depth === 1 && page.headings.length === 0 && (page.name === null || page.nameFromFrontMatter) && ctx.objectives.length === 0) {
    // The page title: the plan's name, unless the front matter gave one.
    if (page.name === null) page.name = unescapeMd(raw).trim();
    return;
  }
  // "### 1. CEO: …": the numbering of a handbook's headings is not part of the title.
  const text = raw.replace(NUMBERING, '').trim();
  while (page.headings.length && page.headings[page.headings.length - 1]!.depth >= depth) page.headings.pop();
  const parent = page.headings[page.headings.length - 1]?.draft ?? null;
  page.headings.push({ depth, draft: addObjective(ctx, text, startLine(node), parent) });
}

function readFrontMatter(ctx: Context, page: Page, node: Yaml): void {
  ctx.understood.add(startLine(node));
  ctx.understood.add(endLine(node, ctx.source));
  const first = startLine(node) + 1;
  node.value.split(/\r\n|\r|\n/).forEach((l, i) => {
    const m = /^\s*([\w-]+)\s*:\s*(.*?)\s*$/.exec(l);
    if (l.trim() === '') ctx.understood.add(first + i);
    else if (m && m[1]!.toLowerCase() === 'title' && m[2]) {
      page.name = m[2].replace(/^(["'])(.*)\1$/, '$2');
      page.nameFromFrontMatter = true;
      ctx.understood.add(first + i);
    }
  });
  warnLines(ctx, node, 'in the front matter is not part of a plan; it was ignored.');
}

function readBlocks(ctx: Context, blocks: readonly (Content | BlockContent)[], parent: Draft | null, page?: Page): void {
  for (const node of blocks) {
    const under = page?.headings[page.headings.length - 1]?.draft ?? parent;
    switch (node.type) {
      case 'list':
        readList(ctx, node, under);
        break;
      case 'heading':
        if (page) readHeading(ctx, page, node, node.depth, inline(ctx, node.children));
        else warnLines(ctx, node, 'is a heading inside a list item; it was ignored.');
        break;
      case 'html': {
        const h = page ? htmlHeading(ctx, node) : null;
        if (h && page) readHeading(ctx, page, node, h.depth, h.raw);
        else if (/^<!--[\s\S]*-->$/.test(node.value.trim())) markLines(ctx, node); // a comment is not content
        else warnLines(ctx, node, 'is HTML that is not a heading; it was ignored.');
        break;
      }
      case 'yaml':
        if (page) readFrontMatter(ctx, page, node);
        break;
      case 'thematicBreak':
      case 'definition':
        markLines(ctx, node);
        break;
      case 'code':
        warnLines(ctx, node, 'is in a code block; it was ignored.');
        break;
      case 'blockquote':
        warnLines(ctx, node, 'is a quoted description that does not directly follow its objective; it was ignored.');
        break;
      default:
        warnLines(ctx, node, 'is not a list item (they start with -, * or 1.); it was ignored.');
    }
  }
}

/**
 * Reads a Markdown outline into an import preview. Ids come from `options.newId` (default `obj-1`,
 * `kr-1`, … in file order); `options.conventions` switches the prose conventions off one by one.
 */
export function parseMarkdown(text: string, options: ImportOptions = {}): ImportResult {
  const now = options.now ?? new Date().toISOString();
  const newId = options.newId ?? ((kind: ItemKind, n: number) => (kind === 'objective' ? `obj-${n}` : `kr-${n}`));
  const issues = new Issues('Line');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const empty = () => nothingRead(issues);
  if (looksBinary(text)) {
    issues.error(1, 'this is not a Markdown outline (it is not a text file at all).');
    return empty();
  }
  const deep = text.split(/\r\n|\r|\n/).findIndex((l) => /^[ \t]*/.exec(l)![0].replace(/\t/g, '    ').length > MAX_INDENT_COLUMNS);
  if (deep !== -1) {
    issues.error(deep + 1, `the outline is indented more than ${MAX_INDENT_COLUMNS} columns here (about 100 levels); an outline this deep cannot be read as Markdown — export the plan as JSON instead.`);
    return empty();
  }
  const counters: Record<ItemKind, number> = { objective: 0, keyResult: 0 };
  const conventions: OutlineConventions = { ...Object.fromEntries(OUTLINE_CONVENTIONS.map((c) => [c.key, true])), ...options.conventions } as OutlineConventions;
  const ctx: Context = {
    source: text,
    conventions,
    issues,
    nextId: (kind) => newId(kind, ++counters[kind]),
    objectives: [],
    keyResults: [],
    used: { rolePrefix: 0, sentences: 0, numbers: 0 },
    understood: new Set(),
  };
  const tree: Root = fromMarkdown(text, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  const page: Page = { name: null, nameFromFrontMatter: false, headings: [] };
  readBlocks(ctx, tree.children, null, page);

  if (ctx.objectives.length === 0 && ctx.keyResults.length === 0 && issues.errorCount === 0) {
    if (page.name === null) {
      const fresh = new Issues('Line');
      fresh.error(1, 'no outline was found: objectives are list items starting with -, * or 1., one per line.');
      return nothingRead(fresh);
    }
    issues.warn(1, 'the outline has a title but no objectives.');
  }
  const assembled = assemble(ctx.objectives, ctx.keyResults, { now, issues, wording: JSON_WORDING, label: (s) => s.name });
  const origins: Record<string, number> = {};
  for (const d of [...ctx.objectives, ...ctx.keyResults]) origins[String(d.values.id)] = d.line;
  return {
    name: page.name,
    ...assembled,
    dismissals: [],
    errors: issues.errors,
    warnings: issues.warnings,
    origins,
    conventionsUsed: ctx.used,
    understoodLines: [...ctx.understood].sort((a, b) => a - b),
  };
}
