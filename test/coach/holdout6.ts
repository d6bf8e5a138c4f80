import type { RuleCode } from '../../shared/coach/types';

/**
 * SIXTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-05 by a helper that read only: the method article
 * (shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-110 of
 * test/coach/holdout5.ts (its header: labelling definitions and calls, up to where the entries
 * begin) plus a grep of its export/interface/type lines (names only, not the interface bodies), the
 * RuleCode list in shared/coach/types.ts, test/coach/report.ts (Labelled / LabelledPlan shapes,
 * evaluate/evaluatePlans), and the CorpusEntry / CorpusKr interface blocks of test/coach/corpus.ts
 * (a `grep -A 20` / `-A 10` that also showed the corpus's `e`, `placeholder` and `empty` helpers).
 * Not opened: any rule source (shared/coach/* other than the RuleCode list), the README, the rest of
 * corpus.ts, holdout.ts to holdout4.ts, handbook.ts, holdout5's entries and plans, or any test under
 * test/unit/. The coach was never run on these titles. The shapes below follow report.ts and were
 * checked only with `tsc` (including a throw-away file assigning both exports to Labelled[] and
 * LabelledPlan[]).
 *
 * Domains, none named in holdout5's header (holdout4's header was not in what this helper could
 * read, and holdout5's does not list holdout4's domains, so that overlap could not be checked):
 * funeral-home, marina, coffee-roaster, veterinary-pharma, theatre-company, private-school,
 * solar-om (solar farm operations and maintenance), fleet-leasing, recycling-plant, climbing-gym,
 * translation-agency, camping-park, cinema-chain, dog-daycare, printing-house, cruise-line,
 * textile-mill, church, radio-station, seed-company.
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_6: 478 objectives (22-27 per domain), 200 sound (expect [], 41.8%), 278 with at least
 *   one label. Per label: number-title 57, task-listing 50, compliance 45, job-requirement 44,
 *   generic-container 33, goal-clone 23, kr-not-measurable 22, no-key-results 21. Seventeen entries
 *   carry two labels: number-title + job-requirement (8), number-title + goal-clone (4), and one
 *   each of task-listing + kr-not-measurable, compliance + kr-not-measurable, number-title +
 *   no-key-results, generic-container + no-key-results, number-title + compliance. 24 entries have
 *   `krs: []`: 19 sound titles (no-key-results), 1 number title and 1 container (each also
 *   no-key-results), and 3 task/duty/compliance titles that carry only their title label
 *   (task-listing 1, job-requirement 1, compliance 1).
 * - HOLDOUT_6_PLANS: 10 plans, 148 nodes (15, 15, 15, 15, 15, 15, 15, 15, 15, 13), 24 clone groups
 *   (22 of two members, 2 of three; 26 copies); 25 sound nodes. Per label: generic-container 38,
 *   goal-clone 26, number-title 24, compliance 21, job-requirement 17, task-listing 17.
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout5's definitions (themselves holdout4's and holdout3's), by meaning and not by
 * keywords:
 * - number-title: a target quantity in the title (money, %, count, multiplier like double/halve,
 *   a fraction like "by a third", a value after a metric or comparator) or only a metric name.
 *   Versions, years, periods, ranks, ordinals, identifiers/tiers/models, compound modifiers,
 *   horizons and fixed scopes are not.
 * - generic-container: a bucket of goals, or only a scope/role/team with no direction.
 * - task-listing: an activity or internal deliverable without a change in the world.
 * - job-requirement: a standing duty of the role (upkeep, routine, queues).
 * - compliance: mandatory training, policy sign-offs, audits, inspections, certifications kept.
 *   Only the first of compliance > job-requirement > task-listing is expected.
 * - goal-clone: repeats the parent or an earlier sibling (or, in plans, any earlier node) word for
 *   word or nearly (synonyms, reordering, a different owner prefix, different numbers).
 * - kr-not-measurable: a KR with no quantity in its title whose numbers are empty (0,0,0) or the
 *   untouched default (0 -> 100, current 0, no unit).
 * - no-key-results: `krs: []`, unless the title is compliance/job-requirement/task-listing.
 *
 * `krs` omitted: the harness attaches one well-formed KR. `krs: []`: really none.
 * Plan nodes carry no KRs of their own; their labels cover title rules and goal-clone only. Plan
 * nodes are listed in tree order, and each clone group's original comes first both depth-first and
 * breadth-first (checked by the throw-away script); only the copies carry goal-clone.
 *
 * Calls made where the definitions leave room (holdout5's visible calls are kept; these are mine):
 * - A copy keeps every title label it would carry on its own, in entries and in plans: "Admissions
 *   3.4m" after "Admissions 3.1m" (number-title + goal-clone), "Cup each roast batch before
 *   shipping" (job-requirement + goal-clone), "Prevent duty training for every member of staff"
 *   (compliance + goal-clone), "Run the open morning in October" after "October open morning"
 *   (task-listing + goal-clone).
 * - Containers that differ only in the scope they name are not copies of each other ("Region
 *   North" / "Region South", "Operations — South West" / "Operations — East"): a label is not a
 *   goal. The same goal repeated under those scopes is a copy, numbers changed or not ("Admissions
 *   up 8% across the North" / "Admissions up 12% across the South", "Availability 99.5%" /
 *   "Availability 99.3%", a working-at-height refresher in both regions). A copy of the root placed
 *   under it with an owner or team prefix is a copy ("Cinema ops: be the night out …").
 * - Copies: spelling variants (socialisation/socialization, wildflower/wild flower,
 *   hardstanding/hard-standing, travellers/travelers), synonyms (sailings/cruises, bring/launch,
 *   going/switching), reordering ("walkers and cyclists" / "cyclists and walkers"), a child with the
 *   same metric and another number ("Corporate desk — EV fleet: 1,800 vehicles" under "EV fleet:
 *   6,000 vehicles", "Roof appeal: raise £150k" under "Raise £120k for the roof appeal"). Not
 *   copies: the same sentence about another product ("Make our blankets the ones design shops ask
 *   for by name" after the tweed one), a sale of another crop ("Sell 3,000 t of spring barley seed"
 *   after "Certified seed sales 12,000 t").
 * - Numbers that are not targets: product terms and sizes ("a flexible 1–24 month rental", "the
 *   250 mL range"), models and versions ("Loring S35", "XL 106", "Myriad 6"), standards and codes
 *   ("ISO 17100", "G99", "PA1/PA6", "Ch. 80", "D pontoon", "screen 2"), school years and grade bands
 *   ("Year 7", "Year 12s", "A*–A"), decades ("since the 90s"), a rating used as an adjective
 *   ("five-star Google reviews"), scopes and ranks ("our top 20 linguists", "our biggest 50
 *   accounts"), a price inside a product name ("'Kids' Club £2' Saturday mornings", which is still
 *   no-key-results). Targets without digits still count: "three more farms", "Halve the wait",
 *   "by a third"; a frequency on a duty gives both labels ("Wash the panels at every site twice a
 *   year", "Clean the shower block three times a day", "Travel news every 20 minutes at
 *   breakfast"). "USPH inspection — score 86 or above" is compliance + number-title (a value after
 *   a comparator, even though it is the pass mark).
 * - Compliance: schemes the business must keep with a regulator or trade body (Gold Anchor, BVRLA
 *   audit, FSC chain of custody audit, Oeko-Tex, Soil Association organic, ISO 17100 surveillance
 *   audit), statutory reports and returns (EA waste returns, PSUR, FCA Consumer Duty board report,
 *   Ofcom key commitments, PPL/PRS returns, effluent consent sampling, PMSC statement), licences and
 *   inspections (premises, site and animal activity licences, LOLER, USPH, ISI, GMP, quinquennial,
 *   Legionella, COSHH assessments, G99 witness tests), sign-offs (induction waiver, freelancer NDA)
 *   and required training (manual handling, allergen, safeguarding, Prevent, STCW, noise at work,
 *   working at height, BBFC age checks, defamation and contempt for news presenters). Publishing the
 *   price list the CMA order requires is compliance though it starts with "Publish".
 * - Routine checks and queues are job-requirement ("Cup every roast batch before it ships",
 *   "Check the auto-belays every morning before opening", "Germination test on every incoming
 *   lot", "Review all promotional material before it goes out", "Chase drivers for overdue MOTs").
 *   One-off purchases, events, migrations and overhauls are task-listing ("Buy new crates for the
 *   quiet room", "October open morning", "Go to the ACFO conference …", "Aurora dry dock in March",
 *   "Overhaul loom 7 in the August shutdown", "Move playout to Myriad 6").
 * - Sound despite a trap word: an offer that is an audit or inspection for customers ("Sell a waste
 *   audit to commercial clients so they cut their skip costs", "Offer pre-purchase surveys and
 *   inspections to buyers through the brokerage"), a hire of a "Regulatory Compliance Manager" to
 *   open a market, teaching that is not mandatory and has an effect ("Teach staff canine body
 *   language so scuffles stop before they start", "Train apprentices so the weaving skills don't
 *   retire …"), retention worded without "Keep" ("Stop losing our most experienced arrangers …",
 *   "Hang on to the families who've come every August …", "Stop our drive-time presenter leaving
 *   …"), and a swap with a stated effect ("Swap the diesel generators for a solar-battery setup so
 *   the park is quiet at night"; without one, "Swap the SCADA at Longfield over to the new vendor"
 *   is task-listing).
 * - kr-not-measurable follows the definition literally, whatever the title: a task title and a
 *   compliance title with a bare KR carry it next to their title label ("Redo the 'Our Services'
 *   page on the website", "Renew our Gold Anchor accreditation"). Not flagged: a KR whose title has
 *   a quantity but whose numbers are the untouched default ("Refit quotes won: 40%", "Year 12s with a
 *   named mentor: 100%", "Blankets sold at full price: 70%"), and a % KR from 0 with nothing recorded
 *   (its unit is set, so it is not the untouched default).
 * - A container with `krs: []` is generic-container + no-key-results ("Sales objectives FY2027").
 */

export type Holdout6Domain =
  | 'funeral-home'
  | 'marina'
  | 'coffee-roaster'
  | 'veterinary-pharma'
  | 'theatre-company'
  | 'private-school'
  | 'solar-om'
  | 'fleet-leasing'
  | 'recycling-plant'
  | 'climbing-gym'
  | 'translation-agency'
  | 'camping-park'
  | 'cinema-chain'
  | 'dog-daycare'
  | 'printing-house'
  | 'cruise-line'
  | 'textile-mill'
  | 'church'
  | 'radio-station'
  | 'seed-company';

export interface Holdout6Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout6Entry {
  title: string;
  domain: Holdout6Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout6Kr[];
}

export interface Holdout6Plan {
  name: string;
  domain: Holdout6Domain;
  /** In tree order; each clone group's original comes first depth-first and breadth-first. */
  nodes: { key: string; parentKey: string | null; title: string; expect: RuleCode[] }[];
  /** Original first, then its copies. */
  cloneGroups: string[][];
}

type Extra = Pick<Holdout6Entry, 'parent' | 'siblings' | 'krs'>;

const at =
  (domain: Holdout6Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout6Entry => ({ title, domain, expect, ...extra });

/** A KR as the app leaves it when nobody fills it in: 0 -> 100, nothing recorded, no unit. */
const placeholder = (title: string): Holdout6Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with no numbers at all. */
const empty = (title: string): Holdout6Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout6Kr => ({
  title,
  unit,
  start,
  target,
  current,
});

const funeral = at('funeral-home');
const marina = at('marina');
const coffee = at('coffee-roaster');
const vet = at('veterinary-pharma');
const theatre = at('theatre-company');
const school = at('private-school');
const solar = at('solar-om');
const fleet = at('fleet-leasing');
const recyc = at('recycling-plant');
const climb = at('climbing-gym');
const trans = at('translation-agency');
const camp = at('camping-park');
const cinema = at('cinema-chain');
const dog = at('dog-daycare');
const print = at('printing-house');
const cruise = at('cruise-line');
const textile = at('textile-mill');
const church = at('church');
const radio = at('radio-station');
const seed = at('seed-company');

export const HOLDOUT_6: Holdout6Entry[] = [
  // ---------------------------------------------------------------- funeral-home
  funeral('Become the funeral director families in the valley recommend to their neighbours'),
  funeral('Offer direct cremation with a proper farewell room, so cost is never the reason a family goes elsewhere'),
  funeral('Make pre-need plans something people in their sixties are happy to talk to us about'),
  funeral('Bring our green burial ground to families outside the county', [], {
    parent: "Give families choices they didn't know they had",
  }),
  funeral("Pilot a bereavement café with St Cuthbert's Hospice so families have somewhere to go after the funeral", [], {
    parent: 'Be there for families long after the funeral',
  }),
  funeral("Win the council's public health funerals contract and give those funerals the same dignity as any other"),
  funeral('Livestream every service as standard, so relatives abroad can be there too'),
  funeral("Open a branch in Hexham so families don't have to come into Newcastle to see their mum"),
  funeral('Stop losing our most experienced arrangers to the big groups by giving them a real say in how the new branch runs'),
  funeral("Get the hospitals' bereavement offices to think of us first", [], {
    krs: [kr('Referrals from the two hospital bereavement offices', 'referrals', 0, 60, 14)],
  }),
  funeral('Halve the wait for a cremation date by booking through a second crematorium', ['number-title']),
  funeral('Avg. funeral value', ['number-title']),
  funeral("Redo the 'Our Services' page on the website", ['task-listing', 'kr-not-measurable'], {
    krs: [placeholder('New page live')],
  }),
  funeral('Get every arrangement off paper files and onto the new funeral software', ['task-listing']),
  funeral('Answer the out-of-hours removal line within 3 rings', ['number-title', 'job-requirement']),
  funeral('Chapel of rest cleaned and dressed before every viewing', ['job-requirement']),
  funeral(
    'Publish the standardised price list at every branch, as the CMA order requires (https://www.gov.uk/cma-cases/funerals-market-study)',
    ['compliance'],
  ),
  funeral('Manual handling refresher for all bearers', ['compliance']),
  funeral('Arrangements team', ['generic-container']),
  funeral('Funeral ops — 2027', ['generic-container']),
  funeral("Hexham branch — be the funeral directors valley families recommend to their neighbours", ['goal-clone'], {
    parent: 'Become the funeral director families in the valley recommend to their neighbours',
  }),
  funeral('Make our aftercare programme something families genuinely value', ['kr-not-measurable'], {
    krs: [placeholder('Families feel supported after the funeral')],
  }),
  funeral('Start offering woodland memorial trees families can come back and visit', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- marina
  marina('Fill the winter hardstanding with boats that stay on for the spring launch'),
  marina('Make Cowes-bound visitors choose us over the town pontoons'),
  marina('Turn the fuel berth into somewhere skippers stop for coffee and chandlery, not just diesel'),
  marina('Offer a liveaboard package that makes the marina a year-round community'),
  marina('Get berth holders renewing early by giving them first pick on the new pontoon', [], {
    parent: "Make our berth holders the marina's best advocates",
  }),
  marina('Put shore power on D pontoon so the superyachts stop running generators all night'),
  marina("Start a sailing club for local kids who've never been on the water"),
  marina('Offer pre-purchase surveys and inspections to buyers through the brokerage'),
  marina('Make the boatyard the first call for refits on the south coast', [], {
    krs: [kr('Refit jobs booked over £20k', 'jobs', 0, 12, 3), placeholder('Refit quotes won: 40%')],
  }),
  marina('Win the sailing school franchise for the harbour'),
  marina('Berth occupancy 92%', ['number-title']),
  marina('Visitor nights up 25% on 2026', ['number-title']),
  marina('Replace the card reader on the fuel dock', ['task-listing']),
  marina("Sarah — draft the 2027 berth holders' handbook", ['task-listing']),
  marina('Switch bookings from the spreadsheet over to Harba', ['task-listing']),
  marina('Monitor VHF Ch. 80 during office hours', ['job-requirement']),
  marina('Keep the pontoon cleats, fenders and ladders in good nick', ['job-requirement']),
  marina('Renew our Gold Anchor accreditation', ['compliance', 'kr-not-measurable'], {
    krs: [empty('Accreditation renewed')],
  }),
  marina('Port Marine Safety Code compliance statement to the MCA', ['compliance']),
  marina("Harbourmaster's office", ['generic-container']),
  marina('Fill winter hard-standing with boats that stay for spring launch', ['goal-clone'], {
    siblings: [
      'Make Cowes-bound visitors choose us over the town pontoons',
      'Fill the winter hardstanding with boats that stay on for the spring launch',
    ],
  }),
  marina('Make the marina somewhere people want to spend their weekends, not just park a boat', ['kr-not-measurable'], {
    krs: [empty('Weekend atmosphere')],
  }),
  marina('Run a water taxi to the old town so visitors can leave the car at home', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- coffee-roaster
  coffee("Get our single origins onto the menu at the city's best independent cafés"),
  coffee('Make the subscription feel like a gift every month, so people stop pausing it'),
  coffee("Launch a decaf that's actually worth drinking"),
  coffee('Open a roastery bar so wholesale clients can see how their coffee is made'),
  coffee('Win back the Brighton cafés we lost to the big roasters last year'),
  coffee('Roast on the new Loring S35 to cut our gas burn and emmissions'),
  coffee('Teach café baristas to dial in our espresso so it tastes the same wherever you order it', [], {
    parent: 'Make our coffee taste as good in the cup as it does on the cupping table',
  }),
  coffee("Sell our beans at the Saturday farmers' market so locals can taste before they subscribe"),
  coffee('Pay our Huila growers above Fairtrade and show cafés where the money goes'),
  coffee('Make the espresso blend the one cafés refuse to switch away from', [], {
    krs: [kr('Wholesale accounts still on the house blend after 12 months', '%', 0, 90, 0)],
  }),
  coffee('Wholesale volume: 4.5 tonnes a month', ['number-title']),
  coffee('Lift subscription retention to 80% at month six', ['number-title']),
  coffee('Buy direct from three more farms', ['number-title']),
  coffee('Design the new bag labels', ['task-listing']),
  coffee('Cupping notes for the autumn range', ['task-listing']),
  coffee('Get the afterburner fitted to the roaster', ['task-listing']),
  coffee('Cup every roast batch before it ships', ['job-requirement']),
  coffee('Log each roast profile in Cropster', ['job-requirement']),
  coffee('Renew our Soil Association organic certification', ['compliance']),
  coffee('Allergen training for everyone working the roastery bar', ['compliance']),
  coffee('Wholesale', ['generic-container']),
  coffee('Roastery priorities H1', ['generic-container']),
  coffee('Tom — get our single-origin coffees onto menus at the best indie cafés in town', ['goal-clone'], {
    parent: "Get our single origins onto the menu at the city's best independent cafés",
  }),
  coffee('Give cafés a reason to recommend our retail bags to their customers', ['kr-not-measurable'], {
    krs: [placeholder('Cafés recommend our bags')],
  }),

  // ---------------------------------------------------------------- veterinary-pharma
  vet("Give dairy vets a mastitis treatment that doesn't mean throwing away a week's milk"),
  vet('Get the feline CKD product into first-opinion practices across Germany'),
  vet('Make our wormer the one equine vets trust against resistant worms'),
  vet("Win a place on the big corporate vet groups' formularies"),
  vet('Bring the long-acting NSAID to the US market'),
  vet('Cut antibiotic use on the farms we serve with a vaccine-first herd health programme'),
  vet('Give pet owners a chewable their cats will actually take, so vets stop fighting over dosing'),
  vet('Move the 250 mL range to recyclable bottles so practices can put them in with the plastics'),
  vet('Hire a Regulatory Compliance Manager to open an EU registration route for the Brazilian portfolio'),
  vet('Make our technical support line the best in animal health', [], {
    krs: [
      kr('Vet satisfaction with tech support calls', '%', 0, 90, 84),
      kr('Calls answered by a vet on the first ring-back', 'calls', 0, 3000, 1200),
    ],
  }),
  vet('EBITDA margin 24%', ['number-title']),
  vet('Ship 2 million doses of the BVD vaccine', ['number-title']),
  vet('Update the SmPC template', ['task-listing']),
  vet('Run the KOL advisory board in Lyon', ['task-listing']),
  vet('Batch records → Veeva Vault', ['task-listing']),
  vet('Review all promotional material before it goes out', ['job-requirement']),
  vet('VMD GMP inspection with no critical findings', ['compliance']),
  vet('Submit the PSUR for the canine vaccines on time', ['compliance']),
  vet('Vet Pharma UK — FY27 objectives', ['generic-container']),
  vet('Launch our long acting NSAID in the US', ['goal-clone'], {
    siblings: ["Win a place on the big corporate vet groups' formularies", 'Bring the long-acting NSAID to the US market'],
  }),
  vet('Make our reps the ones vets want to see', ['kr-not-measurable'], {
    krs: [kr('Practices visited', 'visits', 0, 400, 120), placeholder('Vets welcome our reps')],
  }),
  vet('Get the equine wormer onto the Irish market', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- theatre-company
  theatre('Make the studio the place new writers in the North get their first production'),
  theatre("Get people who've never seen a play to the Christmas show"),
  theatre(
    'Tour the Brecht to village halls so rural audiences get proper theatre on their doorstep (route: https://docs.google.com/spreadsheets/d/1tourplan)',
  ),
  theatre('Pay-what-you-can Tuesdays, so price is never why someone stays away'),
  theatre('Co-produce with the Royal Exchange to get our work onto a bigger stage'),
  theatre('Build a young company that looks like the city'),
  theatre('Open the bar in the daytime so the building feels alive outside show nights'),
  theatre('Give local schools a reason to bring every Year 9 to a show'),
  theatre('Bring captioned and relaxed performances into every run'),
  theatre('Turn our Friends into people who bring a friend', [], {
    krs: [kr('Friends who booked a guest ticket', 'Friends', 0, 300, 41)],
  }),
  theatre('Sell 85% of seats for the spring season', ['number-title']),
  theatre('Secondary spend per head £4.50', ['number-title']),
  theatre('Grow the Friends scheme to 1,200 members', ['number-title', 'no-key-results'], { krs: [] }),
  theatre('Print the season brochure', ['task-listing']),
  theatre('Garfield Weston funding bid', ['task-listing']),
  theatre('Hold auditions for the panto', ['task-listing'], { krs: [] }),
  theatre('Get-out after every run', ['job-requirement']),
  theatre('Box office emails answered same day', ['job-requirement']),
  theatre('Safeguarding training for all youth theatre leaders', ['compliance']),
  theatre('Premises licence renewal with the council', ['compliance']),
  theatre('Front of House', ['generic-container']),
  theatre('Artistic Director', ['generic-container']),
  theatre('Marketing: get people who have never been to a play along to the Christmas show', ['goal-clone'], {
    parent: "Get people who've never seen a play to the Christmas show",
  }),
  theatre('Make youth theatre alumni a network that keeps coming back to the building', ['kr-not-measurable'], {
    krs: [empty('Alumni engagement')],
  }),
  theatre("Take the Christmas show into the children's hospital", ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- private-school
  school('Make us the obvious choice for families relocating to the Thames Valley'),
  school('Give every sixth former a proper work placement before they apply to university'),
  school('Open a bursary fund so bright kids from the town can come here whatever their parents earn'),
  school('Bring in flexi-boarding for busy parents so boarding stops being all-or-nothing'),
  school("Get girls' cricket good enough to play the county schools"),
  school("Let parents see how their child is getting on each week in the app, not just at report time"),
  school('Pilot a Year 7 outdoor learning term so new pupils settle faster'),
  school('Launch a summer school for international students to fill the campus in August'),
  school('Make our music department something pupils choose the school for'),
  school("Give Year 12s a university application mentor", [], {
    krs: [placeholder('Year 12s with a named mentor: 100%')],
  }),
  school('Admissions: 140 new pupils for September', ['number-title']),
  school('A*–A grades at A level 60%', ['number-title']),
  school('JM: redesign the prospectus', ['task-listing']),
  school('Put iSAMS in over the summer holidays', ['task-listing']),
  school('October open morning', ['task-listing']),
  school('Return marked prep within 5 school days', ['number-title', 'job-requirement']),
  school('Break duty as per the rota', ['job-requirement']),
  school('ISI inspection — met on all standards', ['compliance']),
  school('Prevent duty training for all staff by the end of September', ['compliance']),
  school("Bursar's objectives 2027", ['generic-container']),
  school('Be the obvious school for families moving to the Thames Valley', ['goal-clone'], {
    siblings: [
      'Make us the obvious choice for families relocating to the Thames Valley',
      'Open a bursary fund so bright kids from the town can come here whatever their parents earn',
    ],
  }),
  school('Make pupils proud to wear the blazer', ['kr-not-measurable'], { krs: [placeholder('Pupil pride')] }),
  school('Start a Saturday coding club for local primary kids', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- solar-om
  solar('Get owners to extend our O&M contracts by showing them the yield we win back'),
  solar('Use drone thermography to find failing strings before the owner notices'),
  solar('Graze sheep under the arrays so vegetation control costs less and the sites look after themselves'),
  solar('Become the O&M partner lenders name in refinancing deals'),
  solar('Add battery storage maintenance to what we offer owners'),
  solar('Hold spare inverters regionally so a dead unit gets swapped the same week'),
  solar('Win the Cornwall portfolio back from our old competitor'),
  solar('Train local electricians so we can cover the remote sites without hotels'),
  solar('Make our monthly reports the ones owners actually read', [], {
    krs: [kr('Owners who open the monthly report', '%', 0, 80, 35)],
  }),
  solar('Offer owners a yield guarantee backed by our own performance data'),
  solar('Availability ≥ 99.5% across the portfolio', ['number-title']),
  solar('Performance ratio', ['number-title']),
  solar('Roll out the new CMMS', ['task-listing']),
  solar('Swap the SCADA at Longfield over to the new vendor', ['task-listing']),
  solar('Wash the panels at every site twice a year', ['number-title', 'job-requirement']),
  solar('Priya: check inverter alarms each morning and dispatch', ['job-requirement']),
  solar('G99 compliance tests witnessed by the DNO', ['compliance']),
  solar('Working at height refresher for all technicians', ['compliance']),
  solar('Operations — South West', ['generic-container']),
  solar('Asset management team', ['generic-container']),
  solar('Grow capacity under management to 1.5 GW', ['number-title', 'goal-clone'], {
    parent: 'Grow managed capacity to 1.2 GW',
  }),
  solar('Be the technicians owners ask for by name', ['kr-not-measurable'], { krs: [placeholder('Owner requests')] }),
  solar('Bring pollinator planting to every site so planning renewals go smoothly', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- fleet-leasing
  fleet('Make switching a whole fleet to EV painless for mid-sized firms'),
  fleet('Win fleets from councils that are going electric'),
  fleet('Let drivers book servicing from the app so vans spend less time off the road'),
  fleet('Offer a flexible 1–24 month rental so customers stop going to the short-term hire firms'),
  fleet('Sell ex-lease vans direct to tradespeople'),
  fleet('Be the lessor brokers recommend for salary-sacrifice EV schemes'),
  fleet('Give fleet managers a single consolidated invoice instead of a pile of them'),
  fleet('Bring telematics data into renewals so customers right-size their fleets'),
  fleet('Keep our biggest 50 accounts by giving each a named account manager'),
  fleet("Put chargers at customers' depots as part of the lease", [], {
    krs: [kr('Depots with chargers installed', 'depots', 0, 40, 9)],
  }),
  fleet('Cut damage recharge disputes by a third', ['number-title']),
  fleet('Utilisation', ['number-title']),
  fleet('Redo the quote calculator in Excel', ['task-listing']),
  fleet('Go to the ACFO conference in Birmingham (with a stand this time)', ['task-listing']),
  fleet('Chase drivers for overdue MOTs', ['job-requirement']),
  fleet('Reconcile the fuel card statements each month', ['job-requirement']),
  fleet('FCA Consumer Duty annual report to the board', ['compliance']),
  fleet('BVRLA audit - pass', ['compliance']),
  fleet('AML training for the sales team', ['compliance'], { krs: [] }),
  fleet('Remarketing', ['generic-container']),
  fleet('Sales objectives FY2027', ['generic-container', 'no-key-results'], { krs: [] }),
  fleet('Win council fleets that are switching to electric', ['goal-clone'], {
    siblings: ['Win fleets from councils that are going electric'],
  }),
  fleet('Corporate desk — EV fleet: 1,800 vehicles', ['number-title', 'goal-clone'], {
    parent: 'EV fleet: 6,000 vehicles',
  }),
  fleet('Make the driver app something drivers open without being told to', ['kr-not-measurable'], {
    krs: [empty('Driver app usage')],
  }),
  fleet('Launch e-bike and cargo bike subscriptions for city couriers', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- recycling-plant
  recyc('Turn our mixed plastics into a feedstock a UK manufacturer will buy'),
  recyc("Win the council's kerbside glass contract"),
  recyc('Get commercial customers to seperate food waste so our loads come in cleaner'),
  recyc('Add an optical sorter so we can sell PET flake instead of baling it'),
  recyc('Take textiles at the HWRC sites'),
  recyc('Open an education centre so school groups can see where their recycling goes'),
  recyc('Stop tipping-hall fires by catching batteries before they reach the shredder'),
  recyc('Sell a waste audit to commercial clients so they cut their skip costs'),
  recyc('Pay local collectors more for clean cardboard'),
  recyc('Make our flake the quality reprocessors ask for', [], {
    krs: [kr('Flake loads rejected by reprocessors', 'loads', 14, 2, 9)],
  }),
  recyc('Recycling rate 65%', ['number-title']),
  recyc('Contamination below 8% on inbound kerbside', ['number-title']),
  recyc('Commission the new baler', ['task-listing']),
  recyc('Weighbridge software upgrade', ['task-listing']),
  recyc('[Ops] Clear jams on the picking line', ['job-requirement']),
  recyc('Weigh and record every load in', ['job-requirement']),
  recyc('Empty the fines bay at the end of every shift', ['job-requirement'], { krs: [] }),
  recyc('EA permit inspection', ['compliance']),
  recyc('Quarterly waste returns to the Environment Agency', ['compliance']),
  recyc('MRF', ['generic-container']),
  recyc('Plant Manager goals', ['generic-container']),
  recyc('Commercial team: win the kerbside glass contract from the council', ['goal-clone'], {
    parent: "Win the council's kerbside glass contract",
  }),
  recyc('Make the site a good neighbour for the estate next door', ['kr-not-measurable'], {
    krs: [placeholder('Neighbour relations')],
  }),
  recyc('Take back old mattresses from retailers and recover the steel', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- climbing-gym
  climb('Help new climbers stick at it past their first month'),
  climb('Bring climbing to kids with SEND through after-school sessions'),
  climb("Open a second wall in the old mill so members aren't queuing at peak"),
  climb('Get the uni club training with us instead of driving to Sheffield'),
  climb('Reset routes more often so regulars always have something new to project'),
  climb("Start women's nights that bring in climbers who felt out of place"),
  climb('Add yoga and strength classes so members use us on rest days too'),
  climb('Run outdoor trips to the Peak so members become climbers for life'),
  climb('Let members see how busy the wall is live, so they come at quiet times'),
  climb('Get more five-star Google reviews from first-timers'),
  climb('1,800 active members by year end', ['number-title']),
  climb('Day-pass → membership conversion 15%', ['number-title']),
  climb('Set up the new booking system', ['task-listing']),
  climb('Setting schedule for Q3', ['task-listing']),
  climb('Check the auto-belays every morning before opening', ['job-requirement']),
  climb('Brush the holds on the overhang weekly', ['job-requirement']),
  climb('LOLER inspection on the auto-belays', ['compliance']),
  climb('Every new climber signs the induction waiver', ['compliance']),
  climb('Gym manager — objectives', ['generic-container']),
  climb("Launch women's climbing nights to bring in people who felt out of place", ['goal-clone'], {
    siblings: [
      'Help new climbers stick at it past their first month',
      "Start women's nights that bring in climbers who felt out of place",
    ],
  }),
  climb('Make the café part of why people come', ['kr-not-measurable'], { krs: [placeholder('Café popularity')] }),
  climb('Host a regional bouldering comp that puts us on the map', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- translation-agency
  trans('Become the agency German law firms trust with their English contracts'),
  trans('Offer machine translation with human post-editing for clients on a budget'),
  trans("Win the NHS trust's interpreting framework"),
  trans('Pay freelancers faster so our best linguists pick our jobs first'),
  trans('Open a Japanese desk for the automotive clients in the Midlands'),
  trans("Make certified translations orderable online so private clients don't have to email us"),
  trans('Keep our top 20 linguists by guaranteeing them a monthly volume'),
  trans('Bring subtitling into the service for our e-learning clients'),
  trans('Make clients feel we understand their industry', [], {
    krs: [kr("Clients rating 'understands our sector' 4 or 5", '%', 0, 85, 62)],
  }),
  trans('Offer video remote interpreting to GP surgeries'),
  trans('Words translated: 12m', ['number-title']),
  trans('Gross margin 45% on every project', ['number-title']),
  trans('Build a termbase for the pharma client', ['task-listing']),
  trans('Move all projects from XTRF to Plunet', ['task-listing']),
  trans('Translate our own website into Spanish', ['task-listing']),
  trans('Send quotes within 2 hours of a request', ['number-title', 'job-requirement']),
  trans('QA every file before delivery', ['job-requirement']),
  trans('ISO 17100 surveillance audit', ['compliance']),
  trans('NDA signed by every new freelancer before their first job', ['compliance']),
  trans('Project management team', ['generic-container']),
  trans('Vendor managment', ['generic-container']),
  trans('Legal desk: become the agency German law firms trust for their English contracts', ['goal-clone'], {
    parent: 'Become the agency German law firms trust with their English contracts',
  }),
  trans('Make our linguists proud to work with us', ['kr-not-measurable'], { krs: [empty('Linguist pride')] }),
  trans('Launch a sign language interpreting service', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- camping-park
  camp('Fill the shoulder season with walkers and cyclists'),
  camp('Put safari tents in the top field so families without gear can come'),
  camp('Get dog owners to pick us because we welcome their dogs properly'),
  camp('Open the farm shop to campers so they eat local instead of driving to Tesco'),
  camp("Bring families back year after year with a kids' nature club"),
  camp('Let campers book pitches by the night online in real time'),
  camp('Run a dark-sky weekend that gets us talked about on the astronomy forums'),
  camp('Swap the diesel generators for a solar-battery setup so the park is quiet at night'),
  camp("Hang on to the families who've come every August since the 90s by giving them first dibs on pitches"),
  camp('Make the park feel like a second home to regulars', [], {
    krs: [kr('Returning households', 'households', 410, 520, 430)],
  }),
  camp('Pitch nights sold 24,000', ['number-title']),
  camp('Average stay 3.5 nights', ['number-title']),
  camp('Repaint the toilet block', ['task-listing']),
  camp('Get the new booking software live before Easter', ['task-listing']),
  camp('Clean the shower block three times a day', ['number-title', 'job-requirement']),
  camp('Mow the pitches weekly', ['job-requirement']),
  camp('Recieve arrivals and walk them to their pitch', ['job-requirement']),
  camp('Site licence inspection by the council', ['compliance']),
  camp('Legionella risk assessment + water sampling', ['compliance']),
  camp('2027 season goals', ['generic-container']),
  camp('Fill the shoulder season with cyclists and walkers', ['goal-clone'], {
    siblings: ['Fill the shoulder season with walkers and cyclists'],
  }),
  camp("Make the park a place teenagers don't moan about coming to", ['kr-not-measurable'], {
    krs: [placeholder('Teen approval')],
  }),
  camp('Pop-up pizza van on Friday nights so campers stay on site for dinner', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- cinema-chain
  cinema('Make Tuesday nights the cheapest date in town and fill them'),
  cinema('Bring event cinema (opera, NT Live, concerts) to the smaller towns'),
  cinema('Get teenagers back into cinemas with a student membership they actually want'),
  cinema('Turn the foyer into somewhere people meet before the film, not a queue'),
  cinema('Put recliners in screen 2 at Leeds so the premium seats sell out'),
  cinema("Show more independent and foreign-language films so we're not just another multiplex"),
  cinema('Offer autism-friendly screenings at every site'),
  cinema('Win back families from streaming with a parent-and-baby club'),
  cinema('Make our loyalty app worth opening', [], {
    krs: [kr('Members who open the app monthly', 'members', 0, 50000, 21000), kr('App bookings share', '%', 0, 40, 22)],
  }),
  cinema('Open a cinema in Harrogate, the biggest town in the region without one'),
  cinema('Admissions 3.1m', ['number-title']),
  cinema('Occupancy', ['number-title']),
  cinema('Laser projector upgrade', ['task-listing']),
  cinema('Q3 / Marketing: refresh the website', ['task-listing']),
  cinema('Clean screens between every showing', ['job-requirement']),
  cinema('Organize the weekly film schedule for every site', ['job-requirement']),
  cinema('Train every usher on BBFC age checks', ['compliance']),
  cinema('Premises licence compliance review', ['compliance']),
  cinema('Programming', ['generic-container']),
  cinema('Region North', ['generic-container']),
  cinema('Marketing — bring teenagers back to the cinema with a student membership they want', ['goal-clone'], {
    parent: 'Get teenagers back into cinemas with a student membership they actually want',
  }),
  cinema('Admissions 3.4m', ['number-title', 'goal-clone'], { siblings: ['Admissions 3.1m'] }),
  cinema("Make every site feel like the local's cinema", ['kr-not-measurable'], { krs: [empty('Local feel')] }),
  cinema("Bring back the 'Kids' Club £2' Saturday mornings", ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- dog-daycare
  dog('Become the daycare vets in town recommend for anxious dogs'),
  dog('Offer puppy socialisation mornings so young dogs settle into daycare'),
  dog('Add grooming so owners get everything done in a single drop-off'),
  dog('Collect and drop dogs home for owners who commute'),
  dog('Start sending owners an afternoon photo so they feel close to their dog'),
  dog('Open a second site near the buisness park'),
  dog('Keep our regulars by giving them priority booking in the school holidays'),
  dog('Teach staff canine body language so scuffles stop before they start'),
  dog('Make drop-off calm for dogs and owners', [], {
    krs: [kr('Drop-offs logged as calm by staff', '%', 0, 90, 0)],
  }),
  dog("Partner with the rescue centre to give their dogs a day out of kennels"),
  dog('Daily headcount of 45 dogs', ['number-title']),
  dog('Churn', ['number-title']),
  dog('Buy new crates for the quiet room', ['task-listing']),
  dog('Set up Gingr for bookings', ['task-listing']),
  dog('Finish writting the staff handbook', ['task-listing']),
  dog('Walk every dog twice a day', ['number-title', 'job-requirement']),
  dog('Disinfect the play areas at close', ['job-requirement']),
  dog('Check vaccination records at every booking', ['job-requirement']),
  dog('Animal activity licence renewal (council inspection)', ['compliance']),
  dog('Pet first aid certificate for every handler', ['compliance']),
  dog('Kennel team', ['generic-container']),
  dog("Owner's goals for 2027", ['generic-container']),
  dog('Offer puppy socialization sessions so young dogs settle into daycare', ['goal-clone'], {
    siblings: [
      'Become the daycare vets in town recommend for anxious dogs',
      'Offer puppy socialisation mornings so young dogs settle into daycare',
    ],
  }),
  dog('Make owners trust us with their nervous dogs', ['kr-not-measurable'], { krs: [placeholder('Owner trust')] }),
  dog('Start a weekend adventure walk on the moors for high-energy breeds', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- printing-house
  print('Win work back from the online printers with next-day local delivery'),
  print('Make short-run book printing our thing for self-publishers'),
  print('Offer FSC paper by default so brands stop having to ask'),
  print('Bring packaging print in-house for our food clients'),
  print('Give designers a proofing portal so they send us their jobs first'),
  print('Run the XL 106 on a second shift so we can take on the packaging work'),
  print('Become the printer every university department uses'),
  print('Cut makeready waste by moving to plates on demand'),
  print('Offer a print-on-demand shop for local artists'),
  print('Make our proofs the fastest in the region', [], {
    krs: [kr('Median hours from file to proof', 'hours', 26, 4, 11)],
  }),
  print('Turnover £6.8m', ['number-title']),
  print('Makeready waste %', ['number-title']),
  print('Install the new guillotine', ['task-listing']),
  print('Set up MIS job bags in Tharstern', ['task-listing']),
  print('Preflight every file that comes in', ['job-requirement']),
  print('Clean the press rollers at shift change', ['job-requirement']),
  print('Reply to quote requests within the day', ['job-requirement']),
  print('FSC chain of custody audit', ['compliance']),
  print('COSHH assessments for the new inks', ['compliance']),
  print('Production — Q4', ['generic-container']),
  print('Digital dept: make short run book printing our speciality for self publishers', ['goal-clone'], {
    parent: 'Make short-run book printing our thing for self-publishers',
  }),
  print('Make our color matching something brands brag about', ['kr-not-measurable'], {
    krs: [empty('Colour match reputation')],
  }),
  print("Win the council's election print", ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- cruise-line
  cruise('Make our river cruises the first choice for people who hate big ships'),
  cruise('Bring younger travellers aboard with shorter, themed sailings'),
  cruise('Plug into shore power in every port that has it so we stop burning fuel at berth'),
  cruise('Sell shore excursions led by locals instead of coach tours'),
  cruise('Win back guests who sailed once and never came back'),
  cruise('Open a Norwegian fjords itinerary'),
  cruise('Give solo travellers cabins without the single supplement'),
  cruise('Turn crew into ambassadors by letting them host the onboard talks'),
  cruise('Make accessible excursions the norm for guests with limited mobility'),
  cruise('Make the onboard food the reason people rebook', [], {
    krs: [kr('Guests rating dining 9 or 10', '%', 0, 70, 58)],
  }),
  cruise('Net yield per passenger cruise day +4%', ['number-title']),
  cruise('Repeat guests = 40% of bookings', ['number-title']),
  cruise('Redesign the brochure for the 2028 season', ['task-listing']),
  cruise('Aurora dry dock in March', ['task-listing']),
  cruise('Migrate reservations onto Seaware', ['task-listing']),
  cruise('Restock the bars at each port', ['job-requirement']),
  cruise('Answer guest complaints within 48 hours', ['number-title', 'job-requirement']),
  cruise('Guest muster drill before every departure (SOLAS)', ['compliance']),
  cruise('USPH inspection — score 86 or above', ['number-title', 'compliance']),
  cruise('STCW refresher training for deck crew', ['compliance']),
  cruise('Hotel operations', ['generic-container']),
  cruise("Fleet — Captain's goals", ['generic-container']),
  cruise('Attract younger travelers with shorter, themed cruises', ['goal-clone'], {
    siblings: ['Bring younger travellers aboard with shorter, themed sailings'],
  }),
  cruise('Make embarkation day feel like the holiday has already started', ['kr-not-measurable'], {
    krs: [placeholder('Embarkation experience')],
  }),
  cruise('Offer a gap-year crew programme that brings young people into the industry', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- textile-mill
  textile('Make our tweed the cloth Savile Row tailors ask for by name'),
  textile('Make our blankets the ones design shops ask for by name', [], {
    siblings: ['Make our tweed the cloth Savile Row tailors ask for by name'],
  }),
  textile('Spin British wool from local farms so designers can tell a traceable story'),
  textile('Win back the Italian buyers with shorter minimums'),
  textile("Train apprentices so the weaving skills don't retire with our old hands"),
  textile('Heat the dye house from the river turbine so we can stop burning oil'),
  textile('Open the mill shop and tours to visitors'),
  textile('Sell mill ends to craft makers rather than sending them to landfill'),
  textile('Offer a custom tartan design service to clans and companies'),
  textile('Make the blanket range feel like heirlooms', [], { krs: [placeholder('Blankets sold at full price: 70%')] }),
  textile('Metres woven: 400,000', ['number-title']),
  textile('Right-first-time dyeing 95%', ['number-title']),
  textile('Overhaul loom 7 in the August shutdown', ['task-listing']),
  textile('New ERP go-live', ['task-listing']),
  textile('Check every piece on the perching table', ['job-requirement']),
  textile('Oil the looms every shift', ['job-requirement']),
  textile('Oeko-Tex certification renewal', ['compliance']),
  textile('Effluent consent sampling for Yorkshire Water', ['compliance']),
  textile('Noise-at-work training for everyone in the weaving shed', ['compliance']),
  textile('Dye house', ['generic-container']),
  textile('Mill objectives — H2', ['generic-container']),
  textile('Sales: make our tweed the cloth that Savile Row tailors ask for by name', ['goal-clone'], {
    parent: 'Make our tweed the cloth Savile Row tailors ask for by name',
  }),
  textile('Make the mill somewhere young people want to work', ['kr-not-measurable'], {
    krs: [empty('Attractiveness to young people')],
  }),
  textile('Weave a recycled-wool cloth for outdoor brands', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- church
  church('Make the Sunday service somewhere young families feel welcome'),
  church('Open the hall as a warm space on winter weekdays'),
  church("Start a men's shed so isolated older men have somewhere to go"),
  church('Take the food pantry to the estate instead of making people come to us'),
  church('Grow a youth group teenagers bring their friends to'),
  church('Restore the bells so they can ring for weddings again'),
  church('Give every couple preparing for marriage a mentoring couple'),
  church('Livestream services so housebound members can worship with us'),
  church('Run a Christmas Eve crib service for families who never come otherwise'),
  church('Make the church a place people in the village feel belongs to them', [], {
    krs: [kr('Village households at a church event this year', 'households', 0, 250, 96)],
  }),
  church('Average Sunday attendance 180', ['number-title']),
  church('Planned giving up 15%', ['number-title']),
  church('Raise £120k for the roof appeal', ['number-title']),
  church('Print the parish magazine', ['task-listing']),
  church('Write a new welcome leaflet', ['task-listing']),
  church('Arrange the flowers every Saturday', ['job-requirement']),
  church('Count and bank the collection each Sunday', ['job-requirement']),
  church('Safeguarding training (Basic) for all PCC members', ['compliance']),
  church('Quinquennial inspection of the church building', ['compliance']),
  church('Churchwardens', ['generic-container']),
  church('Vicar', ['generic-container']),
  church('Make Sunday worship a place where young families feel welcome', ['goal-clone'], {
    siblings: ['Make the Sunday service somewhere young families feel welcome', 'Open the hall as a warm space on winter weekdays'],
  }),
  church('Roof appeal: raise £150k', ['number-title', 'goal-clone'], { parent: 'Raise £120k for the roof appeal' }),
  church('Make the choir something people want to join', ['kr-not-measurable'], { krs: [placeholder('Choir appeal')] }),
  church('Start a toddler group on Tuesday mornings for new parents on the estate', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- radio-station
  radio("Make breakfast the show commuters in the county can't switch off"),
  radio('Get local advertisers onto the DAB+ station'),
  radio('Bring young presenters from the college onto the weekend shows'),
  radio('Launch a podcast of the football phone-in to reach fans outside the county'),
  radio('Cover the council elections so listeners hear from every candidate'),
  radio("Win the agricultural show's media partnership"),
  radio('Put a studio in the shopping centre so people can see radio being made'),
  radio('Give local bands a weekly live session on air'),
  radio("Stop our drive-time presenter leaving by giving her the Saturday show she's asked for"),
  radio('Make the station sound like the county', [], { krs: [kr('Local voices on air per hour', 'voices', 0, 4, 2)] }),
  radio('Weekly reach 120k (RAJAR)', ['number-title']),
  radio('Ad revenue £900k', ['number-title']),
  radio('Redo the jingles', ['task-listing']),
  radio('Move playout to Myriad 6', ['task-listing']),
  radio('Summer station trail', ['task-listing']),
  radio('Log every ad spot played', ['job-requirement']),
  radio('Travel news every 20 minutes at breakfast', ['number-title', 'job-requirement']),
  radio('Ofcom key commitments report (see https://www.ofcom.org.uk/tv-radio-and-on-demand/broadcast-codes)', ['compliance']),
  radio('PPL/PRS returns every quarter', ['compliance']),
  radio('Defamation and contempt training for the news presenters', ['compliance']),
  radio('Station Manager', ['generic-container']),
  radio("Breakfast team: make the breakfast show the one county commuters can't turn off", ['goal-clone'], {
    parent: "Make breakfast the show commuters in the county can't switch off",
  }),
  radio("Make our news the county's first source", ['kr-not-measurable'], { krs: [empty('News trust')] }),
  radio('Put on a summer roadshow in every market town', ['no-key-results'], { krs: [] }),

  // ---------------------------------------------------------------- seed-company
  seed('Get our drought-tolerant barley onto the AHDB Recommended List'),
  seed('Make our wildflower mixes the ones landscape architects specify'),
  seed('Sell heritage veg seed to allotment growers online'),
  seed('Breed a clubroot-resistant oilseed rape farmers can trust'),
  seed('Win the seed contract for the big grain co-op'),
  seed('Give farmers field-level advice on which variety to drill'),
  seed('Bring our maize varieties to Polish growers'),
  seed('Cut germination failures in the garden range by switching to foil packets'),
  seed('Put every title in the 2028 catalogue online so growers can order from the field'),
  seed('Make growers trust our variety ratings', [], {
    krs: [kr('Growers who say our ratings match their yields', '%', 0, 75, 0)],
  }),
  seed('Certified seed sales 12,000 t', ['number-title']),
  seed('Gross margin on the garden range 38%', ['number-title']),
  seed('Sell 3,000 t of spring barley seed', ['number-title'], { siblings: ['Certified seed sales 12,000 t'] }),
  seed('Photograph the new varieties for the catalogue', ['task-listing']),
  seed('Set up the new seed-cleaning line', ['task-listing']),
  seed('Catalogue copy for the 2028 season', ['task-listing']),
  seed('Germination test on every incoming lot', ['job-requirement']),
  seed('Answer grower queries on the agronomy line', ['job-requirement']),
  seed('Keep the trial plot records up to date', ['job-requirement']),
  seed('APHA seed certification inspections', ['compliance']),
  seed('Plant passport registration renewal', ['compliance']),
  seed('PA1/PA6 certificates for everyone on the trials team', ['compliance']),
  seed('Arable', ['generic-container']),
  seed('Plant breeding team objectives', ['generic-container']),
  seed('Make our wild flower mixes the ones landscape architects specify', ['goal-clone'], {
    siblings: ['Make our wildflower mixes the ones landscape architects specify'],
  }),
  seed('Make the garden range something garden centres want on the stand', ['kr-not-measurable'], {
    krs: [placeholder('Garden centre interest')],
  }),
  seed('Launch a seed library for community gardens', ['no-key-results'], { krs: [] }),
];

type Node = Holdout6Plan['nodes'][number];

const n = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): Node => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_6_PLANS: Holdout6Plan[] = [
  {
    name: 'Picture house group',
    domain: 'cinema-chain',
    nodes: [
      n('c1', null, 'Be the night out people choose over another night of streaming'),
      n('c2', 'c1', 'Programming', ['generic-container']),
      n('c3', 'c2', 'Show more independent and foreign-language films at the city-centre sites'),
      n('c4', 'c2', 'Build the weekly schedule for every site', ['job-requirement']),
      n('c5', 'c2', 'Laser projection upgrade at Leeds and York', ['task-listing']),
      n('c6', 'c1', 'Region North', ['generic-container']),
      n('c7', 'c6', 'Admissions up 8% across the North', ['number-title']),
      n('c8', 'c6', 'Clean screens between every showing', ['job-requirement']),
      n('c9', 'c6', 'A personal licence holder on every shift', ['compliance']),
      n('c10', 'c1', 'Region South', ['generic-container']),
      n('c11', 'c10', 'Admissions up 12% across the South', ['number-title', 'goal-clone']),
      n('c12', 'c10', 'Screens cleaned between showings', ['job-requirement', 'goal-clone']),
      n('c13', 'c10', 'Make the foyer somewhere people arrive early for'),
      n('c14', 'c1', 'Cinema ops: be the night out people pick over another night of streaming', ['goal-clone']),
      n('c15', 'c1', 'Fire drill at every site each quarter', ['compliance']),
    ],
    cloneGroups: [
      ['c1', 'c14'],
      ['c7', 'c11'],
      ['c8', 'c12'],
    ],
  },
  {
    name: 'Small-ship cruises',
    domain: 'cruise-line',
    nodes: [
      n('r1', null, 'Make small-ship cruising the way curious travellers see the world'),
      n('r2', 'r1', 'Head of Hotel Operations', ['generic-container']),
      n('r3', 'r2', 'Onboard revenue per guest day $68', ['number-title']),
      n('r4', 'r2', 'USPH inspection on every ship', ['compliance']),
      n('r5', 'r2', 'Restock bars and shops at each port call', ['job-requirement']),
      n('r6', 'r1', 'Marine operations', ['generic-container']),
      n('r7', 'r6', 'Shore power wherever the port has it, so we stop idling engines at berth'),
      n('r8', 'r6', 'STCW refreshers for all deck officers', ['compliance']),
      n('r9', 'r6', 'Migrate reservations onto Seaware', ['task-listing']),
      n('r10', 'r1', 'Sales & Marketing', ['generic-container']),
      n('r11', 'r10', 'Onboard spend per guest-day: $75', ['number-title', 'goal-clone']),
      n('r12', 'r10', 'Bring younger travellers aboard with shorter themed sailings'),
      n('r13', 'r10', 'New brochure for the 2029 season', ['task-listing']),
      n('r14', 'r1', 'Guest experience', ['generic-container']),
      n('r15', 'r14', 'Younger travelers: attract them with shorter themed sailings', ['goal-clone']),
    ],
    cloneGroups: [
      ['r3', 'r11'],
      ['r12', 'r15'],
    ],
  },
  {
    name: "Parish of St Anne's",
    domain: 'church',
    nodes: [
      n('h1', null, 'Be a church the whole village feels belongs to them'),
      n('h2', 'h1', 'Vicar', ['generic-container']),
      n('h3', 'h2', 'Sunday attendance 150', ['number-title']),
      n('h4', 'h2', 'Visit everyone on the pastoral list', ['job-requirement']),
      n('h5', 'h2', 'Write a new welcome leaflet', ['task-listing']),
      n('h6', 'h1', 'Churchwardens', ['generic-container']),
      n('h7', 'h6', 'Quinquennial inspection — get it done', ['compliance']),
      n('h8', 'h6', 'Restore the bells so they can ring for weddings again'),
      n('h9', 'h6', 'Count and bank the Sunday collection', ['job-requirement']),
      n('h10', 'h1', 'Things for the PCC to get done this year', ['generic-container']),
      n('h11', 'h10', 'Safeguarding training for every PCC member', ['compliance']),
      n('h12', 'h10', 'Average Sunday attendance: 170', ['number-title', 'goal-clone']),
      n('h13', 'h10', 'Count & bank the collection after each service', ['job-requirement', 'goal-clone']),
      n('h14', 'h1', 'Youth & families', ['generic-container']),
      n('h15', 'h14', 'Youth & families: make this a church the whole village feels belongs to them', ['goal-clone']),
    ],
    cloneGroups: [
      ['h1', 'h15'],
      ['h3', 'h12'],
      ['h9', 'h13'],
    ],
  },
  {
    name: 'Materials recovery facility',
    domain: 'recycling-plant',
    nodes: [
      n('w1', null, "Turn the county's waste into materials UK manufacturers want to buy"),
      n('w2', 'w1', 'Plant Manager', ['generic-container']),
      n('w3', 'w2', 'Recycling rate 62%', ['number-title']),
      n('w4', 'w2', 'Commission the new optical sorter', ['task-listing']),
      n('w5', 'w2', 'Clear picking-line jams', ['job-requirement']),
      n('w6', 'w1', 'Commercial', ['generic-container']),
      n('w7', 'w6', "Win the council's kerbside glass contract"),
      n('w8', 'w6', 'Recycling rate to 65%', ['number-title', 'goal-clone']),
      n('w9', 'w6', 'Contamination on inbound loads < 8%', ['number-title']),
      n('w10', 'w1', 'Compliance & HSE', ['generic-container']),
      n('w11', 'w10', 'EA permit inspection with no breaches', ['compliance']),
      n('w12', 'w10', 'Quarterly waste returns to the EA', ['compliance']),
      n('w13', 'w10', 'Inbound contamination under 10%', ['number-title', 'goal-clone']),
      n('w14', 'w1', 'Shift B', ['generic-container']),
      n('w15', 'w14', 'Recycling rate 60%', ['number-title', 'goal-clone']),
    ],
    cloneGroups: [
      ['w3', 'w8', 'w15'],
      ['w9', 'w13'],
    ],
  },
  {
    name: 'Senior school',
    domain: 'private-school',
    nodes: [
      n('s1', null, 'Be the school Thames Valley families choose first'),
      n('s2', 's1', 'Head', ['generic-container']),
      n('s3', 's2', '140 new pupils in September', ['number-title']),
      n('s4', 's2', 'ISI inspection: met on every standard', ['compliance']),
      n('s5', 's1', 'Admissions', ['generic-container']),
      n('s6', 's5', 'Recruit 140 new pupils for September', ['number-title', 'goal-clone']),
      n('s7', 's5', 'Redo the prospectus', ['task-listing']),
      n('s8', 's5', 'October open morning', ['task-listing']),
      n('s9', 's1', 'Pastoral', ['generic-container']),
      n('s10', 's9', 'DBS checks for all new staff and volunteers', ['compliance']),
      n('s11', 's9', 'Prevent training for all staff', ['compliance']),
      n('s12', 's9', 'Give every boarder a named adult they see each week'),
      n('s13', 's1', 'Marketing', ['generic-container']),
      n('s14', 's13', 'Run the open morning in October', ['task-listing', 'goal-clone']),
      n('s15', 's13', 'Prevent duty training for every member of staff', ['compliance', 'goal-clone']),
    ],
    cloneGroups: [
      ['s3', 's6'],
      ['s8', 's14'],
      ['s11', 's15'],
    ],
  },
  {
    name: 'Roastery',
    domain: 'coffee-roaster',
    nodes: [
      n('k1', null, "Make our coffee the taste of the city's best cafés"),
      n('k2', 'k1', 'Wholesale', ['generic-container']),
      n('k3', 'k2', 'Get our single origins onto menus at the best indie cafés'),
      n('k4', 'k2', 'Wholesale volume 4 t a month', ['number-title']),
      n('k5', 'k2', 'Design new bag labels', ['task-listing']),
      n('k6', 'k1', 'Roastery', ['generic-container']),
      n('k7', 'k6', 'Cup every batch before it ships', ['job-requirement']),
      n('k8', 'k6', 'Install the afterburner', ['task-listing']),
      n('k9', 'k6', 'Soil Association organic inspection', ['compliance']),
      n('k10', 'k1', 'Subscriptions', ['generic-container']),
      n('k11', 'k10', 'Subscription retention 80% at month 6', ['number-title']),
      n('k12', 'k10', 'Cup each roast batch before shipping', ['job-requirement', 'goal-clone']),
      n('k13', 'k10', 'Get our single-origin coffees onto the menus of the best independent cafés', ['goal-clone']),
      n('k14', 'k1', 'Roastery bar', ['generic-container']),
      n('k15', 'k14', 'Allergen training for bar staff', ['compliance']),
    ],
    cloneGroups: [
      ['k3', 'k13'],
      ['k7', 'k12'],
    ],
  },
  {
    name: 'Fleet leasing UK',
    domain: 'fleet-leasing',
    nodes: [
      n('f1', null, 'Make going electric painless for fleets of every size'),
      n('f2', 'f1', 'Sales', ['generic-container']),
      n('f3', 'f2', 'Win council fleets that are going electric'),
      n('f4', 'f2', 'Fleet size 18,000', ['number-title']),
      n('f5', 'f2', 'Redo the quote calculator', ['task-listing']),
      n('f6', 'f1', 'Customer operations', ['generic-container']),
      n('f7', 'f6', 'Chase overdue MOTs', ['job-requirement']),
      n('f8', 'f6', 'Process end-of-lease inspections', ['job-requirement']),
      n('f9', 'f6', 'Make switching to electric painless for fleets of every size', ['goal-clone']),
      n('f10', 'f1', 'Remarketing', ['generic-container']),
      n('f11', 'f10', 'Sell ex-lease vans direct to tradespeople'),
      n('f12', 'f10', 'Fleet size to 19,500 units', ['number-title', 'goal-clone']),
      n('f13', 'f1', 'Risk & Compliance', ['generic-container']),
      n('f14', 'f13', 'FCA Consumer Duty board report', ['compliance']),
      n('f15', 'f13', 'AML training for all sales staff', ['compliance']),
    ],
    cloneGroups: [
      ['f1', 'f9'],
      ['f4', 'f12'],
    ],
  },
  {
    name: 'Playhouse',
    domain: 'theatre-company',
    nodes: [
      n('t1', null, "Make the theatre the city's living room"),
      n('t2', 't1', 'Artistic Director', ['generic-container']),
      n('t3', 't2', 'Make the studio the place new Northern writers get their first production'),
      n('t4', 't2', 'Hold auditions for the panto', ['task-listing']),
      n('t5', 't1', 'Marketing', ['generic-container']),
      n('t6', 't5', 'Sell 85% of seats across the spring season', ['number-title']),
      n('t7', 't5', 'Print the season brochure', ['task-listing']),
      n('t8', 't5', 'Bring first-time theatregoers to the Christmas show'),
      n('t9', 't1', 'Front of House', ['generic-container']),
      n('t10', 't9', 'Sell 85% of spring season seats', ['number-title', 'goal-clone']),
      n('t11', 't9', 'Monthly fire drill with FOH', ['compliance']),
      n('t12', 't9', "Bring people who've never been to a play to the Christmas show", ['goal-clone']),
      n('t13', 't1', 'Development', ['generic-container']),
      n('t14', 't13', 'Garfield Weston bid', ['task-listing']),
      n('t15', 't13', 'Sell 90% of seats in the spring season', ['number-title', 'goal-clone']),
    ],
    cloneGroups: [
      ['t6', 't10', 't15'],
      ['t8', 't12'],
    ],
  },
  {
    name: 'Seeds and breeding',
    domain: 'seed-company',
    nodes: [
      n('d1', null, 'Give farmers varieties that cope with the weather we get now'),
      n('d2', 'd1', 'Plant breeding', ['generic-container']),
      n('d3', 'd2', 'Breed a clubroot-resistant oilseed rape farmers can trust'),
      n('d4', 'd2', 'Keep the trial plot records up to date', ['job-requirement']),
      n('d5', 'd1', 'Arable sales', ['generic-container']),
      n('d6', 'd5', 'Certified seed sales 12,000 t', ['number-title']),
      n('d7', 'd5', 'Give farmers field-level advice on which variety to drill'),
      n('d8', 'd1', 'Seed production', ['generic-container']),
      n('d9', 'd8', 'Test germination on every incoming lot', ['job-requirement']),
      n('d10', 'd8', 'APHA certification inspections on every crop', ['compliance']),
      n('d11', 'd8', 'Set up the new cleaning line', ['task-listing']),
      n('d12', 'd1', 'Garden range', ['generic-container']),
      n('d13', 'd12', 'Certified seed sales to 13,500 tonnes', ['number-title', 'goal-clone']),
      n('d14', 'd12', 'Catalogue photography for the new varieties', ['task-listing']),
      n('d15', 'd12', 'Keep trial plot records current', ['job-requirement', 'goal-clone']),
    ],
    cloneGroups: [
      ['d4', 'd15'],
      ['d6', 'd13'],
    ],
  },
  {
    name: 'Solar O&M',
    domain: 'solar-om',
    nodes: [
      n('o1', null, 'Be the O&M partner owners renew with because we win them yield'),
      n('o2', 'o1', 'Operations — South West', ['generic-container']),
      n('o3', 'o2', 'Availability 99.5%', ['number-title']),
      n('o4', 'o2', 'Check inverter alarms each morning and dispatch', ['job-requirement']),
      n('o5', 'o2', 'Working at height refresher for all technicians', ['compliance']),
      n('o6', 'o1', 'Operations — East', ['generic-container']),
      n('o7', 'o6', 'Availability 99.3%', ['number-title', 'goal-clone']),
      n('o8', 'o6', 'Check the inverter alarms every morning, dispatch a tech', ['job-requirement', 'goal-clone']),
      n('o9', 'o6', 'Working-at-height refresher for every technician', ['compliance', 'goal-clone']),
      n('o10', 'o1', 'Asset management', ['generic-container']),
      n('o11', 'o10', 'Use drone thermography to find failing strings before owners notice'),
      n('o12', 'o10', 'Roll out the new CMMS', ['task-listing']),
      n('o13', 'o10', 'G99 tests witnessed by the DNO', ['compliance']),
    ],
    cloneGroups: [
      ['o3', 'o7'],
      ['o4', 'o8'],
      ['o5', 'o9'],
    ],
  },
];
