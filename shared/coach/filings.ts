/**
 * Compliance the law or a regulator owes its shape to, read from how such titles are written rather
 * than from any list of regimes: a return or statement filed with an authority, a check named by a
 * scheme's acronym ("DBS-check…", "PAT test…"), a safety drill or risk assessment, a regulator's
 * audit or review passed, and qualifications people must keep in date. Round 6 added these after
 * the fifth hold-out showed the coach knew training and audits but few of the other obligations;
 * rounds 7 and 8 added obligations named as bare noun phrases, credentials kept and laws cited.
 */
import type { Analysis } from './analyse';
import { CERTIFICATES, CLIENT_NOUNS, COMPLIANCE_OBJECTS, DEPARTMENT_WORDS, DONE_WORDS, EVERYONE, METRIC_ACRONYMS, REGULATORY, ROLE_WORDS, SCOPE_WORDS, SERVED } from './lexicon';
import { lemmas, type Token } from './text';

/** Verbs of handing a document to someone who requires it. */
const FILING_VERBS = new Set(['file', 'submit', 'lodge', 'send']);
/** Documents that are filed only because they are owed: a "return" is a statutory one by definition. */
const RETURNS = new Set(['return', 'returns', 'filing', 'filings']);
/** Documents that are owed when an authority is named with them ("the monitoring report to the MMO"). */
const OWED_PAPERS = new Set([
  'statement', 'statements', 'declaration', 'declarations', 'paperwork', 'data', 'report', 'reports', 'accounts', 'disclosure',
  'disclosures', 'notification', 'notifications', 'registration', 'registrations', 'census', 'submission',
]);
/** Who requires them: authorities by their common nouns. */
export const AUTHORITIES = new Set([
  'regulator', 'regulators', 'authority', 'authorities', 'commission', 'agency', 'inspectorate', 'ministry', 'government',
  'state', 'federal', 'council', 'registrar', 'ombudsman', 'league', 'hmrc', 'irs', 'eligibility', 'duty', 'tax', 'statutory',
  'regulatory', 'legal',
]);

/** An acronym that is no team, region, role or metric: in a filing or a check, a scheme or a regulator. */
function schemeAcronym(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.raw.length < 2 || t.raw.length > 6 || t.raw !== t.raw.toUpperCase()) return false;
  return !SCOPE_WORDS.has(t.t) && !DEPARTMENT_WORDS.has(t.t) && !ROLE_WORDS.has(t.t) && !METRIC_ACRONYMS.has(t.t);
}
/** A scheme's or a regulator's initials of three letters or more ("QA" and "HR" are too short to tell). */
export const schemeInitials = (t: Token | undefined): boolean => schemeAcronym(t) && /^[A-Z]{3,}$/.test(t!.raw);

const tokensOf = (a: Analysis): Token[] => a.tz.words.map((i) => a.tz.tokens[i]!);

/**
 * "File the monthly beer duty return with HMRC", "Submit the state ESSA accountability data",
 * "Submit the annual monitoring report to the MMO": a return is owed by definition; other papers
 * when an authority, a duty or a scheme's acronym comes with them.
 */
function filed(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || !FILING_VERBS.has(lead.verb)) return false;
  const rest = tokensOf(a).slice(lead.at + 1);
  // "Send returns back to the supplier" sends goods: only a return filed or lodged is owed.
  if (lead.verb !== 'send' && rest.some((t) => RETURNS.has(t.t))) return true;
  const named = (t: Token) => t.cap && !a.tz.titleCase && !SCOPE_WORDS.has(t.t) && !DEPARTMENT_WORDS.has(t.t);
  return rest.some((t) => OWED_PAPERS.has(t.t)) && rest.some((t) => AUTHORITIES.has(t.t) || schemeAcronym(t) || named(t));
}

/** Verbs and nouns of checking someone or something. */
const CHECKS = new Set(['check', 'checks', 'checked', 'test', 'tests', 'tested', 'testing', 'vet', 'vetting', 'vetted', 'screen', 'screening']);

/**
 * "DBS-check all volunteers", "PAT test every PC": a title opening with a check named by its
 * scheme's acronym does the scheme's check ("Prove the CRISPR screen works" names a method).
 */
function namedCheck(a: Analysis): boolean {
  const toks = tokensOf(a);
  return schemeAcronym(toks[0]) && CHECKS.has(toks[1]?.t ?? '');
}

/** Emergencies rehearsed by law: fire, evacuation, lockdown. */
const EMERGENCIES = new Set(['fire', 'evacuation', 'emergency', 'lockdown', 'invacuation']);

/** "Fire evacuation drill every quarter", "Update the fire risk assessment": safety the law requires. */
function safetyDuty(a: Analysis): boolean {
  const w = a.words;
  return w.some((x, k) => ((x === 'drill' || x === 'drills') && EMERGENCIES.has(w[k - 1] ?? '')) || ((x === 'assessment' || x === 'assessments') && w[k - 1] === 'risk' && EMERGENCIES.has(w[k - 2] ?? '')));
}

/** Reviews an authority makes of the team, and the verbs of coming through one. */
const REVIEWS = new Set(['audit', 'audits', 'review', 'inspection', 'assessment', 'visit', 'examination']);
const COME_THROUGH = new Set(['pass', 'clear', 'undergo', 'survive', 'deliver', 'complete', 'get']);
/** Words that make a review an authority's: its calendar or its name. */
const STATUTORY = new Set(['statutory', 'regulatory', 'triennial', 'biennial', 'annual', 'external']);

/** "Pass the triennial FTA review", "Deliver the SOC 2 Type II audit with no exceptions". */
function reviewPassed(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || !COME_THROUGH.has(lead.verb)) return false;
  // "Get clients through their Ofsted inspection…": others' reviews, a service to them.
  if (CLIENT_NOUNS.has(a.words[lead.at + 1] ?? '') && a.words.includes('their')) return false;
  const toks = tokensOf(a).slice(lead.at + 1);
  const at = toks.findIndex((t) => REVIEWS.has(t.t));
  if (at < 0 || at > 6) return false;
  if (toks[at]!.t.startsWith('audit')) return true;
  return toks.slice(0, at).some((t) => STATUTORY.has(t.t) || schemeAcronym(t) || REGULATORY.has(t.t));
}

/** What a licence held by someone is not: a seat of software bought for them. */
const SOFTWARE = new Set(['software', 'tooling', 'tool', 'tools', 'font', 'fonts', 'seat', 'seats', 'saas', 'user', 'app', 'subscription', 'microsoft', 'adobe']);
/** Licences, tickets and cards a trade needs to work. */
const PAPERS_HELD = new Set([...CERTIFICATES, 'cert', 'certs', 'ticket', 'tickets', 'card', 'cards', 'qualification', 'qualifications', 'registration']);
/** Words that say a paper held must be in date. */
const IN_DATE = new Set(['current', 'valid', 'renewed', 'renew', 'lapse', 'lapses', 'expire', 'expires', 'expiry', 'date']);

/** A licence that is a software seat ("tooling licences"), which is upkeep, not a qualification. */
export const softwareLicence = (words: readonly string[]): boolean =>
  words.some((w, k) => (w.startsWith('licen') || w === 'seat' || w === 'seats') && SOFTWARE.has(words[k - 1] ?? ''));

/**
 * "Blasters keep their shotfirer tickets current", "Every patroller holds a current OEC
 * certification", "Get every lifeguard's NPLQ renewed before it lapses": people's own papers, which
 * must stay in date, whatever the verb.
 */
function papersInDate(a: Analysis): boolean {
  const toks = tokensOf(a);
  const words = a.words;
  if (softwareLicence(words)) return false;
  const owned = toks.findIndex((t, k) => t.t === 'their' || t.t === 'his' || t.t === 'her' || (k > 0 && /'s?$/.test(t.raw) && t.raw.length > 3));
  if (owned >= 0 && words.slice(owned, owned + 5).some((w) => IN_DATE.has(w))) {
    const held = words.slice(owned + 1, owned + 5);
    if (held.some((w) => PAPERS_HELD.has(w)) || toks.slice(owned + 1, owned + 4).some((t) => schemeAcronym(t))) return true;
  }
  // With the people as the subject: "Every patroller holds a current … certification".
  if (a.lead) return false;
  return words.some((w, k) => k > 0 && lemmas(w).some((l) => l === 'hold' || l === 'keep' || l === 'renew' || l === 'have') && words.slice(k + 1, k + 5).some((x) => PAPERS_HELD.has(x)));
}

/** "Complete 5 hours of … CPD", "Complete 12 CLE credits": a quota of required learning. */
const LEARNING_QUOTA = new Set(['cpd', 'cle', 'cme', 'ceu', 'ceus', 'ce']);
const learningQuota = (a: Analysis): boolean => a.lead !== null && a.words.slice(a.lead.at + 1, a.lead.at + 9).some((w) => LEARNING_QUOTA.has(w));

/** "Get TTB label approvals", "Obtain FAA approval": an approval granted by a scheme or regulator. */
function approvalGranted(a: Analysis): boolean {
  if (!a.lead) return false;
  const toks = tokensOf(a).slice(a.lead.at + 1);
  return toks.some((t, k) => (t.t === 'approval' || t.t === 'approvals') && toks.slice(Math.max(0, k - 3), k).some((s) => schemeAcronym(s) || REGULATORY.has(s.t)));
}

export function owedByLaw(a: Analysis): boolean {
  return filed(a) || namedCheck(a) || safetyDuty(a) || reviewPassed(a) || papersInDate(a) || learningQuota(a) || approvalGranted(a);
}

/**
 * What a regulator, a licence or the law sets on the calendar, named as a bare noun phrase: the
 * obligation is the whole title ("ISO 17100 surveillance audit", "Allergen training for bar staff",
 * "Premises licence renewal with the council", "Working at height refresher for all technicians").
 * (The caller leaves out a title that says what it changes: "…so that…", "faster".)
 */
const OBLIGATION_EVENTS = new Set([
  'training', 'refresher', 'refreshers', 'inspection', 'inspections', 'audit', 'audits', 'certification', 'recertification',
  'accreditation', 'renewal', 'induction', 'drill', 'drills', 'examination', 'examinations', 'surveillance', 'elearning',
  'module', 'modules', 'exam', 'exams', 'reaccreditation', 'revalidation',
]);
export function namesObligation(a: Analysis, all: readonly string[]): boolean {
  // "Pesticide spraying certificates (PA1 and PA6) for all operators": what is in brackets names them.
  const words = outsideBrackets(a, all);
  // "Gas safety certificate for the mobile forges": a certificate for a thing or a group is owed.
  // ("Boat Safety Scheme certificate on every boat": one on each.)
  if (a.lead === null && words.some((w, k) => CERTIFICATES.has(w) && (words[k + 1] === 'for' || (words[k + 1] === 'on' && (words[k + 2] === 'every' || words[k + 2] === 'each' || words[k + 2] === 'all'))))) return true;
  // "RYA Powerboat Level 2 for every boat driver": a scheme's ticket for everyone.
  // ("TTR above 70% for all warfarin patients" sets a level for a measure's initials: no ticket.)
  if (schemeAcronym(tokensOf(a)[0]) && !a.quantities.length && words.some((w, k) => w === 'for' && EVERYONE.has(words[k + 1] ?? ''))) return true;
  // "Safeguarding training for all leaders", "First aid certificates for every handler": the
  // same obligation for a whole group, whatever word opens the title ("Prevent duty training…").
  for (let k = 0; k + 2 < words.length; k++) {
    const named =
      OBLIGATION_EVENTS.has(words[k]!) || CREDENTIALS.has(words[k]!) || words[k] === 'signoff' || (words[k] === 'off' && words[k - 1] === 'sign') || (words[k] === 'learning' && words[k - 1] === 'e');
    // "…training for all staff", "…training refreshed for all staff", "code sign-off for every campaign".
    const at = words[k + 1] === 'for' ? k + 2 : words[k + 1]?.endsWith('ed') && words[k + 2] === 'for' ? k + 3 : -1;
    // "…for all staff", "…for the whole workforce", "…for everyone on site".
    const whole = words[at] === 'the' && (words[at + 1] === 'whole' || words[at + 1] === 'entire');
    if (named && at > 0 && (EVERYONE.has(words[at] ?? '') || whole)) return true;
  }
  // ("Be the cleaning company schools keep at renewal" is a sentence about us, no obligation named.)
  if (a.lead !== null || a.words[0] === 'be' || a.words[0] === 'become') return false;
  // ("Locums can pick us up on day one with no training": an obligation spared is a result.)
  // ("Carb counting refresher for families at every annual review": teaching the people we serve is
  // the service, no obligation of ours.)
  if (words.some((w, k) => (OBLIGATION_EVENTS.has(w) && words[k - 1] !== 'no' && words[k - 1] !== 'without' && !(words[k + 1] === 'for' && SERVED.has(words[k + 2] ?? ''))) || (w === 'risk' && (words[k + 1] === 'assessment' || words[k + 1] === 'assessments')))) return true;
  // A report, return or sample owed to a regulator named by its initials ("Quarterly waste returns
  // to the EA", "Ofcom key commitments report", "PPL/PRS returns every quarter").
  // ("DTO annual review to the CAA": a review sent to the body is one owed to it.)
  const sent = words.some((w, k) => FILED.has(w) || (w === 'review' && words[k + 1] === 'to'));
  return sent && (words.some((w) => REGULATORY.has(w) || AUTHORITIES.has(w)) || tokensOf(a).some(schemeAcronym));
}
/** The words not inside brackets, when the title has any. */
function outsideBrackets(a: Analysis, words: readonly string[]): readonly string[] {
  const { tokens } = a.tz;
  if (!tokens.some((t) => t.t === '(')) return words;
  const out: string[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.t === '(') depth++;
    else if (t.t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.kind !== 'sym') out.push(t.t);
  }
  return out;
}
/** What a person or a site must hold to trade: registrations, approvals, qualifications. */
const CREDENTIALS = new Set([
  ...CERTIFICATES, 'registration', 'registrations', 'registered', 'approval', 'diploma', 'qualification', 'marking', 'consent',
  'consents', 'passport', 'passports', 'award', 'awards', 'status', 'ticket', 'tickets', 'card', 'cards', 'competency', 'competencies',
  'recognition', 'permission', 'permissions', 'authorisation', 'authorization',
]);
/** Said of a credential: it is held, renewed, in date, or checked on whoever must hold it. */
const KEPT = new Set([
  'renewed', 'held', 'hold', 'holds', 'place', 'registered', 'passed', 'met', 'current', 'valid', 'kept', 'date', 'checked', 'order',
  'refreshed', 'signed', 'resigned', 'displayed', 'granted', 'maintained',
]);
/** "HMRC excise warehouse approval renewed", "Every stylist registered with the Hair Council", "…certificate in place before…". */
export function credentialKept(words: readonly string[]): boolean {
  // Two words: "Registered players: 520" has one word that is both, and is a count of players.
  // "Certificate of competence in the safe use of sheep dips": a paper to hold, named first.
  if (CERTIFICATES.has(words[0] ?? '') && words[1] === 'of' && words.length > 3) return true;
  // "Child performance licences from the council", "Every stylist registered with the Hair Council":
  // a paper or a registration an authority grants.
  if (words.some((w, k) => (CREDENTIALS.has(w) || w === 'registered') && (words[k + 1] === 'from' || words[k + 1] === 'with' || words[k + 1] === 'by') && words.slice(k + 2, k + 6).some((x) => AUTHORITIES.has(x)))) return true;
  const held = words.findIndex((w) => CREDENTIALS.has(w));
  if (held >= 0 && words.some((w, k) => k !== held && (KEPT.has(w) || DONE_WORDS.has(w)))) return true;
  // "Gas safety checks (CP12) in date for every home": a statutory check kept in date.
  return words.some((w) => w === 'checks' || w === 'inspections' || w === 'tests') && words.some((w, k) => w === 'date' && words[k - 1] === 'in');
}

/**
 * "Cyber Essentials Plus renewed", "Cabinet Office security review passed", "MCA annual survey
 * passed on every vessel": a scheme or an authority named in capitals, its review passed or its
 * badge renewed.
 */
export function schemeKept(a: Analysis): boolean {
  if (a.lead !== null) return false;
  const toks = tokensOf(a);
  // "Chief Coroner's annual return submitted to the MoJ": a return is owed by definition; accounts
  // and statements are when an authority is named ("Annual accounts filed at Companies House").
  // ("Annual report and accounts laid before Parliament": laid is lodged with a legislature.)
  const lodged = a.words.some((w, k) => w === 'submitted' || w === 'filed' || w === 'lodged' || (w === 'laid' && a.words[k + 1] === 'before'));
  if (lodged && a.words.some((w) => RETURNS.has(w))) return true;
  if (lodged && a.words.some((w) => OWED_PAPERS.has(w)) && toks.some((t, k) => k > 0 && t.cap)) return true;
  // "Tower hoist and harnesses examined under LOLER": examined or tested under a regime.
  if (a.words.some((w, k) => (w === 'examined' || w === 'tested' || w === 'inspected') && a.words[k + 1] === 'under') && a.words.some((w) => REGULATORY.has(w))) return true;
  const named = toks.filter((t, k) => (k > 0 && t.cap) || schemeAcronym(t)).length;
  const kept = toks.some((t) => (t.t === 'renewed' || t.t === 'retained' || t.t === 'recertified') && !t.cap);
  const passed = a.words.some((w) => w === 'passed' || w === 'passes') && a.words.some((w) => REVIEWS.has(w) || w === 'survey' || w === 'test' || w === 'tests');
  return named >= 1 && (kept || passed) && (toks[0]!.cap || schemeAcronym(toks[0]));
}
/** A law named by its title: "the Telecoms Security Act", "Regulation (EC) 767/2009", "Natasha's Law", "duty of care". */
export function namesLaw(a: Analysis): boolean {
  const toks = a.tz.tokens;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if ((t.raw === 'Act' || t.raw === 'Law' || t.raw === 'Regulation' || t.raw === 'Regulations' || t.raw === 'Regs' || t.raw === 'Directive') && (toks[k - 1]!.cap || toks[k - 1]!.t === "'s" || toks[k + 1]?.t === '(')) return true;
  }
  const text = ` ${a.words.join(' ')} `;
  return text.includes(' duty of care ');
}
/** What is filed with a regulator on its calendar. */
const FILED = new Set(['report', 'returns', 'return', 'sampling', 'submission', 'filing', 'tests', 'declaration', 'reporting']);

/** "…as the CMA order requires", "…as the regulations require", "required by the licence": done because it is required. */
export function required(words: readonly string[]): boolean {
  return words.some(
    (w, k) =>
      ((w === 'require' || w === 'requires' || w === 'demand' || w === 'demands') && words.slice(Math.max(0, k - 6), k).includes('as')) ||
      // "(the main contractor requires them)", "(RICS requirement)": said in brackets after the thing.
      ((w === 'requires' || w === 'require') && (words[k + 1] === 'them' || words[k + 1] === 'it')) ||
      (w === 'requirement' && k === words.length - 1) ||
      (w === 'required' && (words[k + 1] === 'by' || words[k + 1] === 'under')),
  );
}

/** "CQC rating Good in all five key questions": a regulator's grade, kept. */
export function regulatorGrade(a: Analysis): boolean {
  const toks = tokensOf(a);
  if (toks.some((t, k) => (t.t === 'rating' || t.t === 'grade' || t.t === 'graded') && toks.slice(Math.max(0, k - 2), k).some((s) => REGULATORY.has(s.t)))) return true;
  // ("Keep our 5 at the next council food hygiene inspection": the grade, by its number, kept at the
  // regulator's next visit.)
  const kept = a.lead !== null && (a.lead.verb === 'keep' || a.lead.verb === 'retain' || a.lead.verb === 'hold');
  return kept && /^\d/.test(a.object.at(-1) ?? '') && toks.some((t, k) => t.t === 'inspection' && toks.slice(Math.max(0, k - 2), k).some((s) => REGULATORY.has(s.t) || COMPLIANCE_OBJECTS.has(s.t)));
}
