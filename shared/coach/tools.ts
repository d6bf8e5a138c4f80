/**
 * Work on the tools a team works with: setting one up ("Set up a shared drive for the planners"),
 * or moving the work from one tool to another ("Move invoicing onto Xero", "Roll out Zendesk to the
 * Leeds depot"). The title names the work, an activity; what the new tool should change is what the
 * objective would say. Whether the title says that (`statesChange`) is the caller's to check.
 */
import type { Analysis } from './analyse';
import { CLIENT_NOUNS, DEPARTMENT_WORDS, INITIATIVES, METRIC_ACRONYMS, SCOPE_WORDS, SERVED, SETUP_VERBS, STAFF_NOUN } from './lexicon';
import { isVersionWord, type Token } from './text';

/** Words that make the object a stream of people or things to set up, which is upkeep ("Set up every new starter"). */
const STREAM = new Set(['every', 'each', 'all', 'any']);

/**
 * "Set up a WhatsApp group for the night drivers", "Set up online ordering": a new thing put up.
 * An initiative someone will own and grow ("Stand up a long-COVID clinic") is an objective's kind.
 */
export function setsUp(a: Analysis): boolean {
  const { lead, object, head } = a;
  if (!lead || lead.particle !== 'up' || !SETUP_VERBS.has(lead.verb) || object.length === 0) return false;
  return !INITIATIVES.has(head) && !object.some((w) => STREAM.has(w));
}

/** Verbs that move the work onto another tool; the tool named after "to", "onto" or "with" says which. */
export const SWAP_VERBS = new Set(['upgrade', 'migrate', 'move', 'switch', 'replace', 'swap', 'port']);
/** Verbs that bring one tool in "in place of" or "instead of" another. */
const BRING_VERBS = new Set(['bring', 'put', 'use', 'introduce', 'install', 'roll', 'deploy', 'adopt', 'implement']);
/** Verbs that put one tool in place; the tool is their object. */
const PUT_VERBS = new Set(['roll', 'deploy', 'implement', 'install']);
const DESTINATION = new Set(['to', 'onto', 'into', 'with']);
/** Words that end the phrase naming a tool or a place. */
const PHRASE_END = new Set([
  'for', 'so', 'that', 'which', 'who', 'by', 'before', 'without', 'across', 'and', 'to', 'onto', 'into', 'with', 'in', 'at', 'on',
  'from', 'within', 'while', 'closer', 'nearer',
]);
/** People the work is moved to or for: then the title is about them, not about a tool ("…to our European customers"). */
const PEOPLE = new Set(['customers', 'clients', 'users', 'members', 'patients', 'guests', 'fans', 'staff', 'employees', 'people', 'residents', 'buyers', 'readers']);
/** Generic names of a tool, for a tool taken to places rather than people ("the new rostering tool to all depots"). */
const TOOL_NOUNS = new Set(['tool', 'tools', 'system', 'systems', 'software', 'app', 'apps', 'platform', 'platforms', 'portal', 'kit', 'website', 'intranet']);
/** Places a tool is taken to, as against the people or teams it is for. */
const PLACES = new Set([
  'site', 'sites', 'base', 'bases', 'store', 'stores', 'depot', 'depots', 'branch', 'branches', 'ward', 'wards', 'office',
  'offices', 'plant', 'plants', 'warehouse', 'warehouses', 'location', 'locations', 'hub', 'hubs', 'station', 'stations',
  'clinic', 'clinics', 'yard', 'yards', 'hotel', 'hotels', 'outlet', 'outlets', 'floor', 'floors', 'line', 'lines',
  // ("Roll out the job app to the gas team": the one team that will use it.)
  'team', 'crew',
]);

/**
 * A product's name: written with a capital where capitals still mean something, or in capitals
 * (not a team's, a region's or a metric's), or followed by its version ("OpenSolar 3", "Engine 5.4"); "the
 * cloud" is where work moves to as well.
 */
function namesProduct(a: Analysis, phrase: readonly Token[], versionedOnly = false): boolean {
  return phrase.some((t, k) => {
    if (t.kind !== 'word' && t.kind !== 'code') return false;
    // "…onto tablets", "…onto the handhelds": devices the work moves onto are tools as well.
    if (t.t === 'cloud' || DEVICES.has(t.t)) return true;
    // "Link2Feed", "S3": a name with digits in it is a product's.
    if (t.kind === 'code' && /[A-Z]/.test(t.raw)) return true;
    const versioned = t.cap && phrase[k + 1]?.kind === 'num';
    if (versionedOnly) return versioned;
    const acronym = t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && !SCOPE_WORDS.has(t.t) && !DEPARTMENT_WORDS.has(t.t) && !METRIC_ACRONYMS.has(t.t);
    return acronym || versioned || (t.cap && !a.tz.titleCase);
  });
}

/** The old ways a tool replaces. */
const OLD_WAYS = new Set(['spreadsheet', 'spreadsheets', 'paper', 'excel', 'email', 'emails', 'whiteboard', 'whiteboards', 'notebooks']);
/** What joins one product to another. */
const CONNECTORS = new Set(['integration', 'plugin', 'plug-in', 'connector', 'extension', 'add-on', 'addon']);
/** A business's systems by their kind ("the ERP", "the CRM"). */
const SYSTEMS = new Set(['erp', 'crm', 'epr', 'ehr', 'pms', 'lims', 'wms', 'tms', 'mis', 'intranet', 'website', 'database']);
/** Parts of a piece of software. */
const SOFTWARE_PARTS = new Set(['module', 'app', 'website', 'site', 'frontend', 'backend', 'api', 'dashboard', 'portal', 'service', 'system']);
const DEVICES = new Set(['tablet', 'tablets', 'ipad', 'ipads', 'handheld', 'handhelds', 'laptop', 'laptops', 'smartphones']);

/** The word tokens from word index `from` up to the end of their phrase. */
function phraseFrom(a: Analysis, from: number): Token[] {
  const out: Token[] = [];
  for (let w = from; w < a.words.length; w++) {
    if (w > from && PHRASE_END.has(a.words[w]!)) break;
    out.push(a.tz.tokens[a.tz.words[w]!]!);
  }
  return out;
}

/**
 * "Upgrade the project to Unity 6", "Replace the paper rota with Deputy", "Move the intranet to
 * the cloud", "Roll out Procore to every site", "Deploy the new stock tool to all stores".
 */
export function changesTool(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || (lead.verb === 'roll' && lead.particle !== 'out')) return false;
  const from = lead.at + 1 + (lead.particle && !DESTINATION.has(lead.particle) ? 1 : 0);
  const object = phraseFrom(a, from);
  // "Swap the CAD system for Clever Devices": what a tool is swapped for is where the work goes.
  const to = a.words.findIndex((w, k) => k >= lead.at + 1 && (DESTINATION.has(w) || (w === 'for' && lead.verb === 'swap')));
  const destination = to >= 0 ? phraseFrom(a, to + 1) : [];
  // ("Bring racing sail design in-house instead of buying designs" brings work in: a change, no tool.)
  const inHouse = a.words.some((w, k) => w === 'house' && a.words[k - 1] === 'in');
  if (BRING_VERBS.has(lead.verb) && !inHouse && lead.verb !== 'bring' && a.words.some((w, k) => (w === 'place' && a.words[k - 1] === 'in' && a.words[k + 1] === 'of') || (w === 'instead' && a.words[k + 1] === 'of'))) return true;
  // "Move the lab notebooks from paper to Benchling": from the old way to a named tool is a swap
  // ("…from paper to a digital service" names what the service should be, no tool).
  const old = a.words.indexOf('from', lead.at + 1);
  if (SWAP_VERBS.has(lead.verb) && old > lead.at && to > old && namesProduct(a, destination)) return true;
  // "Move the case notes from Theseus to the new system", "…from spreadsheets to the new app": from a
  // named tool, or the old way, to a new one.
  const was = old > lead.at ? phraseFrom(a, old + 1) : [];
  // ("Move rental tracking off paper onto barcodes": off the old way, onto anything, is a swap.)
  // ("…off the team spreadsheet into the CRM", "…off the old server into SharePoint": the old way
  // or the old one, a word or two on.)
  // ("Move quotes out of Excel into Pipedrive": "out of" is "off".)
  const outOf = a.words.findIndex((w, k) => k > lead.at && w === 'out' && a.words[k + 1] === 'of');
  const offAt = outOf > 0 ? outOf + 1 : a.words.indexOf('off', lead.at + 1);
  const oldOne = a.words.slice(offAt + 1, offAt + 4).some((w) => OLD_WAYS.has(w) || w === 'old');
  if (SWAP_VERBS.has(lead.verb) && offAt > lead.at && oldOne && to > offAt) return true;

  if (SWAP_VERBS.has(lead.verb) && to > old && was.length && (namesProduct(a, was) || was.some((t) => OLD_WAYS.has(t.t))) && destination.some((t) => TOOL_NOUNS.has(t.t))) return true;
  // "Build the Zapier integration": a connector to a named product.
  if ((lead.verb === 'build' || lead.verb === 'write') && object.length >= 2 && CONNECTORS.has(object[object.length - 1]!.t) && namesProduct(a, object.slice(0, -1))) return true;
  // "Rebuild the reporting module in React": a piece of software made again in another tool.
  // ("Rebuild the website with the new order form": made again with a new part.)
  if ((lead.verb === 'rebuild' || lead.verb === 'rewrite') && object.some((t) => SOFTWARE_PARTS.has(t.t)) && a.words.some((w, k) => w === 'with' && a.words[k + 1] === 'the' && a.words[k + 2] === 'new')) return true;
  const inTool = a.words.indexOf('in', lead.at + 1);
  if ((lead.verb === 'rebuild' || lead.verb === 'rewrite') && inTool > lead.at && object.some((t) => SOFTWARE_PARTS.has(t.t)) && namesProduct(a, phraseFrom(a, inTool + 1))) return true;
  // "Move the drawings from SketchUp to cadwork", "Move the sample records off the spreadsheet into
  // Uniform": the work taken from one place it is kept to another is a move of tools, named or not.
  const off = a.words.findIndex((w, k) => k > lead.at && (w === 'from' || w === 'off'));
  const into = off > 0 ? a.words.findIndex((w, k) => k > off + 1 && (w === 'to' || w === 'into' || w === 'onto')) : -1;
  if (SWAP_VERBS.has(lead.verb) && into > 0 && !object.some((t) => STREAM.has(t.t) || PEOPLE.has(t.t)) && !phraseFrom(a, into + 1).some((t) => PEOPLE.has(t.t)) && KEPT_IN.has(object.at(-1)?.t ?? '')) return true;
  // ("Move the drawings into Revit": what is kept, into a tool named in capitals.)
  // ("Move the analysis servers to Azure", "Put the gift voucher shop on Shopify".)
  const intoTool = a.words.findIndex((w, k) => k > lead.at && (w === 'into' || w === 'onto' || w === 'to' || (w === 'on' && lead.verb === 'put')));
  if ((SWAP_VERBS.has(lead.verb) || lead.verb === 'put') && intoTool > 0 && KEPT_IN.has(object.at(-1)?.t ?? '') && (namesProduct(a, phraseFrom(a, intoTool + 1)) || a.words[intoTool + 2] === 'new')) return true;
  // ("Move the control panel to Pterodactyl v2": to a release of a product, by its version.)
  // ("Move cable cutting to the new drum racks": a piece of the work to new kit or a new place.)
  const newPlace = intoTool > 0 && a.words[intoTool + 1] === 'the' && a.words[intoTool + 2] === 'new';
  const versioned = intoTool > 0 && a.words.slice(intoTool + 1).some(isVersionWord);
  if (SWAP_VERBS.has(lead.verb) && a.words[intoTool] !== 'on' && (newPlace || versioned) && !object.some((t) => STREAM.has(t.t) || PEOPLE.has(t.t)) && !a.quantities.length) return true;
  // ("Move the recipes into the new stock system", "Add before/after photos to the job app": what
  // is kept, put into a new tool or one of ours; people moved onto an app are a result.)
  const target = intoTool > 0 ? phraseFrom(a, intoTool + 1) : [];
  const toTool = target.some((t) => TOOL_NOUNS.has(t.t)) && (a.words[intoTool + 2] === 'new' || lead.verb === 'add');
  if ((SWAP_VERBS.has(lead.verb) || lead.verb === 'add') && a.words[intoTool] !== 'on' && toTool && !object.some((t) => STREAM.has(t.t) || PEOPLE.has(t.t)) && !a.quantities.length) return true;
  // "Upgrade exocad to 3.2": to a version of it.
  if (SWAP_VERBS.has(lead.verb) && destination[0]?.kind === 'num' && destination[0].t.includes('.')) return true;
  // ("Move to the new EPOS": onto a new system, said with no object.)
  if (lead.verb === 'move' && a.words[lead.at + 1] === 'to' && a.words[lead.at + 2] === 'the' && a.words[lead.at + 3] === 'new') return true;
  // ("Move the lab from Begbroke to the new unit", "Move the clean room down to the ground floor":
  // a thing of ours moved to a new place or floor is a job of work, a removal.)
  if (lead.verb === 'move' && object[0]?.t === 'the' && !object.some((t) => STREAM.has(t.t) || PEOPLE.has(t.t)) && a.words.some((w, k) => DESTINATION.has(w) && a.words[k + 1] === 'the' && (a.words[k + 2] === 'new' || FLOORS.has(a.words[k + 3] ?? '')))) return true;
  if (SWAP_VERBS.has(lead.verb)) {
    // "Upgrade all services to …" is a change across the estate, "Move final assembly closer to our
    // customers" is about them; "Move the Leeds team to the new office" moves people, named or not:
    // the tool must be where the work goes.
    // ("Move customers onto low-GWP systems": people moved onto something is their change.)
    if (object.some((t) => STREAM.has(t.t) || PEOPLE.has(t.t)) || destination.some((t) => PEOPLE.has(t.t))) return false;
    // "Move" is any motion ("Move our tracing to OpenTelemetry" may adopt a standard); "move onto"
    // and "move over to" are the idioms of changing platform, or the tool's version says it is one.
    // ("Move the ERP to Business Central": a system moved is moved onto another.)
    const system = object.some((t) => SYSTEMS.has(t.t) || TOOL_NOUNS.has(t.t));
    // ("Move referrals onto the e-referral form": onto a form or a system of ours is onto a tool too.)
    if (lead.verb === 'move' && to > 0 && a.words[to] === 'onto' && destination.some((t) => TOOL_NOUNS.has(t.t) || t.t === 'form')) return true;
    if (lead.verb === 'move') return to > 0 && (a.words[to] === 'onto' || a.words[to - 1] === 'over' || system ? namesProduct(a, destination) : namesProduct(a, destination, true));
    return namesProduct(a, destination) || (to > from && namesProduct(a, object));
  }
  if (!PUT_VERBS.has(lead.verb) || to < 0) return false;
  // ("Roll out the rostering app to all support workers": our own people who will use it, like a
  // place it goes; customers it reaches are a result.)
  return namesProduct(a, object) || (object.some((t) => TOOL_NOUNS.has(t.t)) && destination.some((t) => PLACES.has(t.t) || ourPeople(t.t)));
}

/** Our own people by their role or as a whole ("support workers", "all staff", "the drivers"). */
function ourPeople(word: string): boolean {
  return word === 'staff' || word === 'employees' || word === 'colleagues' || (STAFF_NOUN.test(word) && word.endsWith('s') && !CLIENT_NOUNS.has(word) && !SERVED.has(word) && !PEOPLE.has(word));
}

/** Storeys a thing is moved to ("the ground floor", "the second floor"). */
const FLOORS = new Set(['floor', 'floors', 'storey']);
/** What is kept in a tool: records, drawings, sheets. */
const KEPT_IN = new Set(['archive', 'storage', 'records', 'drawings', 'sheets', 'notes', 'files', 'data', 'accounts', 'bookings', 'diary', 'rota', 'rotas', 'logs', 'invoices', 'timesheets', 'contacts', 'tickets', 'plans', 'schedules', 'orders', 'stock', 'inventory', 'spreadsheets', 'forms', 'documents', 'photos', 'jobs', 'servers', 'contracts', 'shop', 'email', 'payroll', 'backups']);
/** States a system is brought to ("Get Schoology live", "Get the new brew kit commissioned"). */
const IN_SERVICE = new Set(['live', 'commissioned', 'installed', 'configured']);
/** Words after "onto" that make it one shared tool ("onto one shared diary", "onto a single CRM"); "onto the shelves" is a place. */
const ONE = new Set(['one', 'single', 'same']);

/**
 * "Get Schoology live in the middle schools", "Get the three practices onto one shared diary":
 * getting a system running, or everyone onto one, is the work of commissioning it. "Leeds:
 * turnstiles out, app-based entry in" writes the same swap as a pair.
 */
export function putInService(a: Analysis): boolean {
  const { lead, words } = a;
  if (!lead) {
    const out = words.indexOf('out');
    return out > 0 && a.tz.tokens[a.tz.words[out]! + 1]?.t === ',' && words[words.length - 1] === 'in';
  }
  if (lead.verb !== 'get' && lead.verb !== 'bring') return false;
  const rest = words.slice(lead.at + 1);
  // ("Get all the stock onto the new EPOS": onto a new system is commissioning it too.)
  return rest.some((w, k) => IN_SERVICE.has(w) && k > 0) || rest.some((w, k) => w === 'onto' && (ONE.has(rest[k + 1] ?? '') || ONE.has(rest[k + 2] ?? '') || (rest[k + 1] === 'the' && rest[k + 2] === 'new')));
}
