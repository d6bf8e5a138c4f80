/**
 * Internal deliverables: a document, screen or file made or remade ("Build a Looker dashboard",
 * "Rebuild the report template", "Redo the product photos"), one written as a bare noun phrase
 * ("CDR slides", "Lottery grant application"), existing things reworked ("Relabel the racking") and
 * one-off purchases ("Order new chairs"). The title names the work and not what it changes, so it is
 * an activity; whether it says what it changes (`statesChange`) is the caller's to check. Added in
 * round 6: the fifth hold-out's labeller called these activities where the coach knew only events
 * and documents sent.
 */
import type { Analysis } from './analyse';
import { INITIATIVES, METRIC_HEADS, PERSON_NOUNS } from './lexicon';

/** Verbs of making or remaking a thing by hand. */
const CRAFT_VERBS = new Set(['build', 'design', 'redesign', 'redo', 'rebuild', 'edit', 'refresh', 'create', 'draft', 'mock', 'revamp', 'rework', 'rewrite', 'reprint', 'reshoot', 'update']);
/** Documents, files and screens: what such verbs make that changes nothing by itself. */
const ARTEFACTS = new Set(`
  dashboard dashboards spreadsheet spreadsheets template templates mockup mockups photo photos photograph photographs
  powerpoint pdf slides slide deck decks screen screens wireframe wireframes video videos brochure brochures menu menus
  leaflet leaflets flyer flyers poster posters page pages form forms report reports sop sops manual manuals checklist
  checklists handbook handbooks guide guides presentation presentations signage logo logos window windows catalogue
  catalogues catalog catalogs newsletter newsletters
`.trim().split(/\s+/));

/** A thing made: the head of the object, or the noun before it in a compound ("menu boards", "recap video"). */
function madeArtefact(a: Analysis): boolean {
  const { head, object } = a;
  if (ARTEFACTS.has(head)) return true;
  const at = object.lastIndexOf(head);
  return at > 0 && ARTEFACTS.has(object[at - 1]!) && !METRIC_HEADS.has(head);
}

/** "Build a Looker dashboard", "Put together a PowerPoint", "Edit the season recap video". */
function crafted(a: Analysis): boolean {
  const { lead } = a;
  if (!lead) return false;
  const together = lead.verb === 'put' && a.words[lead.at + 1] === 'together';
  return (CRAFT_VERBS.has(lead.verb) || CRAFT_VERBS.has(a.words[lead.at]!) || together) && madeArtefact(a);
}

/** Verbs of putting existing things in a new order: done once, they are work on the thing. */
const REWORK_VERBS = new Set(['reorganise', 'reorganize', 'relabel', 'rearrange', 'redecorate', 'refit', 'rerack', 'declutter']);
const DEFINITE = new Set(['the', 'our', 'its', 'their', 'all', 'every']);

/** "Relabel the racking in aisles 12-20", "Reorganise the freezer inventory": not people, not a measure. */
function reworked(a: Analysis): boolean {
  const { lead, object, head } = a;
  // The word as written: "relabel" is read as the verb "label", which alone is upkeep ("Label every sample").
  if (!lead || !REWORK_VERBS.has(a.words[lead.at]!) || !DEFINITE.has(object[0] ?? '')) return false;
  return !METRIC_HEADS.has(head) && !PERSON_NOUNS.has(head) && !INITIATIVES.has(head);
}

/** Papers a team writes for someone to decide on: as a bare label, the deliverable itself. */
const PAPERS = new Set(['slides', 'deck', 'decks', 'sop', 'sops', 'application', 'tender', 'draft', 'proposal', 'bid', 'template', 'brochure', 'presentation', 'memo', 'pack']);

/** "CDR slides", "Lottery grant application", "SOP for the new plate reader", "… policy — first draft to committee". */
function paperLabel(a: Analysis): boolean {
  if (a.lead || a.words.length > 12 || a.quantities.length) return false;
  return PAPERS.has(a.head) || a.words.some((w) => w === 'draft' || w === 'drafts');
}

/** Verbs of buying; with a new thing as object, one purchase. */
const BUY_VERBS = new Set(['order', 'buy', 'purchase', 'procure']);
const bought = (a: Analysis): boolean => a.lead !== null && BUY_VERBS.has(a.lead.verb) && (a.object[0] === 'new' || a.object[1] === 'new');

/** Pieces of software a team builds for its own work. */
const SOFTWARE = new Set(['app', 'model', 'tool', 'bot', 'calculator', 'website', 'portal', 'plugin', 'script', 'api', 'integration', 'microsite', 'configurator']);
const CODING_VERBS = new Set(['build', 'create', 'develop', 'write', 'rebuild', 'code']);
/** "Build an app for ordering straws", "Rebuild the quote calculator in the CRM": a piece of software made. */
// ("Rebuild the Outlook add-in": an add-in is a plugin.)
const coded = (a: Analysis): boolean => a.lead !== null && CODING_VERBS.has(a.lead.verb) && (SOFTWARE.has(a.head) || (a.head === 'in' && a.object.at(-2) === 'add'));

export function deliversArtefact(a: Analysis): boolean {
  return crafted(a) || reworked(a) || paperLabel(a) || bought(a) || coded(a);
}
