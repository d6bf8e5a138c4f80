import type { RuleCode } from '../../shared/coach/types';

/**
 * FOURTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-05 by a helper that read only: the method article
 * (shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), the first 70 lines
 * of test/coach/holdout3.ts (its header: labelling definitions and calls) plus a grep of its
 * export/interface/type lines, the RuleCode list in shared/coach/types.ts, and the Labelled /
 * LabelledPlan shapes and evaluate/evaluatePlans signatures in test/coach/report.ts. Not opened: any
 * rule source (shared/coach/* other than types.ts), the README, test/coach/corpus.ts, holdout.ts,
 * holdout2.ts, handbook.ts, or holdout3's entries and plans beyond its header. The coach was never
 * run on these titles. The field shapes below were inferred from report.ts (what the harness reads)
 * and checked only with `tsc`.
 *
 * Domains, none listed by holdout3's header: airline-ops, veterinary, museum, shipping-port,
 * insurance-claims, game-studio, hotel-chain, water-utility, recruiting-agency, solar-installer,
 * newsroom, pharmacy-chain, car-dealership, semiconductor-fab, call-center, zoo, orchestra,
 * property-management, courier, dairy-farm.
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_4: 436 objectives (19-27 per domain), 190 sound (expect [], 44%), 246 with at least one
 *   label. Per label: number-title 45, task-listing 45, job-requirement 40, compliance 37,
 *   generic-container 32, goal-clone 21, kr-not-measurable 18, no-key-results 15. Seven entries
 *   carry two labels: number-title + goal-clone (4), number-title + task-listing (1),
 *   number-title + job-requirement (1), compliance + number-title (1).
 * - HOLDOUT_4_PLANS: 10 plans, 125 nodes (12, 13, 15, 12, 12, 14, 12, 12, 12, 11), 24 clone groups;
 *   34 sound nodes. Per label: goal-clone 35, generic-container 25, number-title 25,
 *   job-requirement 17, compliance 10, task-listing 8.
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout3's definitions, by meaning and not by keywords:
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
 * breadth-first; only the copies carry goal-clone.
 *
 * Calls made where the definitions leave room (recorded so a disagreement can be argued later):
 * - Holdout3's calls are kept: a duty or activity with a target gets both labels ("Answer 90% of
 *   calls within 20 seconds", "Deliver 100% of planned rotations per week", "Publish 12
 *   investigations this year"); so does a compliance item with a target ("100% of staff complete
 *   fire warden training by March"). "Source N candidates and hire M …" is number-title only, plus
 *   goal-clone on later copies. A version, model or identifier inside an activity ("Migrate MES to
 *   Applied SmartFactory 6.2", "Publish the installer handbook v2", "Draft the berth 7 dredging
 *   tender documents") is task-listing with no number-title.
 * - A recurring part of the role phrased as an activity ("Attend every council meeting", "Run the
 *   morning news meeting", "Librarian: prepare and mark parts for every concert") is
 *   job-requirement, not task-listing. A one-off activity is task-listing.
 * - A routine check that is upkeep ("Ensure the mooring lines on every berth get checked each
 *   week", "condition-check all objects going out on loan") is job-requirement; an inspection,
 *   assessment, test or certification owed to a regulator or scheme ("annual gas safety
 *   inspections", "legionella risk assessments", "annual TB test", "Red Tractor assessment",
 *   "Sony and Microsoft certification", "right-to-work checks") is compliance.
 * - Replacing or migrating a system or machine ("Replace the 2019 Lely robots with the Astronaut
 *   A5", "Roll out Genesys Cloud CX", "Move our quoting over to OpenSolar 3") is task-listing.
 * - An activity verb followed by an outcome for people outside the team is sound ("Record the
 *   Mahler 9 cycle with a label that gets us onto the big streaming playlists", "Commission a new
 *   work … that audiences ask to hear again", "Launch a commuter newsletter that readers open
 *   before they open Twitter", "Ship crossplay … so friends can squad up", "Build a fraud-scoring
 *   model that lets honest claims skip manual review", "Train the nurse team to run their own weight
 *   clinics so vets free up afternoon slots").
 * - Audit, inspection, training, certification or mandatory words inside an outcome are sound
 *   ("Help care homes pass their medicines audits by taking over their MAR charts", "Turn our MCS
 *   certification into a visible trust signal …", "Make the mandatory call-recording notice sound
 *   human …", "Get our care home investigation to change how the council inspects homes",
 *   "Hire a Compliance Analyst so …").
 * - Non-metric numbers leave a title sound: models and nodes (A321neo, 737 MAX 8, ID.4, EV9, 28nm,
 *   200mm, STS-3), versions (1.3 patch, Pet Health Plan 2.0), names (Economy 7, Beethoven 250,
 *   Mahler 9, ISO 28000, EPC C), years and seasons (2027, 2027/28, 1960s), ordinals (fourth
 *   lactation, first winter), compound modifiers (12-year-olds, double-diverse), horizons and terms
 *   ("within the year", "for another five years"). A multiplier used as a limit rather than a
 *   target ("… without doubling the zoo's energy bill") is sound.
 * - A role or team line is generic-container even when a near-identical line sits beside it
 *   ("Regional Director North" / "Regional Director South", "Area Manager - West" / "- East"); such
 *   container lines are not labelled goal-clone and form no clone group.
 * - Parallel objectives for a different product line or segment are not clones ("Settle simple
 *   home claims …" beside "Settle simple motor claims …"; "Win back leisure travellers on the
 *   Florida routes …" beside the Chicago business-traveller objective). A different depot, store or
 *   team in an owner prefix over the same sentence is a clone.
 * - A copy of the root placed under stores ("Bath store: Make our pharmacy the first stop for minor
 *   illness in town") is a clone of the root.
 * - A KR whose title holds a quantity ("Half of help threads answered by players", "Reach 40% of
 *   check-ins on mobile"), or whose 0 -> 100 default carries a unit, is measurable. A KR whose
 *   numbers are all 0 is not measurable even with a unit ("Repeat BP check visits", unit visits,
 *   0/0/0). One unmeasurable KR among measurable ones labels the objective.
 * - Typos are left as written ("Mantain the pump stations", "autumn exhibtion", "cant").
 */
export type Holdout4Domain =
  | 'airline-ops'
  | 'veterinary'
  | 'museum'
  | 'shipping-port'
  | 'insurance-claims'
  | 'game-studio'
  | 'hotel-chain'
  | 'water-utility'
  | 'recruiting-agency'
  | 'solar-installer'
  | 'newsroom'
  | 'pharmacy-chain'
  | 'car-dealership'
  | 'semiconductor-fab'
  | 'call-center'
  | 'zoo'
  | 'orchestra'
  | 'property-management'
  | 'courier'
  | 'dairy-farm';

/** A key result as the harness reads it: omitted numbers are the untouched default (0 -> 100, current 0, no unit). */
export interface Holdout4Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout4Entry {
  title: string;
  domain: Holdout4Domain;
  /** The codes a careful reader expects on this objective; [] for a sound one. */
  expect: RuleCode[];
  /** The parent objective's title, when the entry is read under one. */
  parent?: string;
  /** Earlier siblings' titles (under the same parent, or top-level), in order. */
  siblings?: string[];
  /** Omitted: one well-formed KR is attached. []: the objective really has none. */
  krs?: Holdout4Kr[];
}

/** A small plan run whole: nodes by key (listed in tree order), and the groups of copies a reader would name. */
export interface Holdout4Plan {
  name: string;
  domain: Holdout4Domain;
  nodes: { key: string; parentKey?: string | null; title: string; expect: RuleCode[] }[];
  /** Each group: the original first, then every copy, in tree order. */
  cloneGroups: string[][];
}

const N: RuleCode = 'number-title';
const G: RuleCode = 'generic-container';
const T: RuleCode = 'task-listing';
const J: RuleCode = 'job-requirement';
const C: RuleCode = 'compliance';
const K: RuleCode = 'goal-clone';
const M: RuleCode = 'kr-not-measurable';
const X: RuleCode = 'no-key-results';

type Extra = Pick<Holdout4Entry, 'parent' | 'siblings' | 'krs'>;

const make =
  (domain: Holdout4Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout4Entry => ({ title, domain, expect, ...extra });

const air = make('airline-ops');
const vet = make('veterinary');
const mus = make('museum');
const port = make('shipping-port');
const ins = make('insurance-claims');
const game = make('game-studio');
const hotel = make('hotel-chain');
const water = make('water-utility');
const rec = make('recruiting-agency');
const sol = make('solar-installer');
const news = make('newsroom');
const pharm = make('pharmacy-chain');
const car = make('car-dealership');
const fab = make('semiconductor-fab');
const call = make('call-center');
const zoo = make('zoo');
const orch = make('orchestra');
const prop = make('property-management');
const cour = make('courier');
const dairy = make('dairy-farm');

/** An untouched default KR: 0 -> 100, current 0, no unit. */
const bare = (title: string): Holdout4Kr => ({ title });
/** An empty KR: every number 0. */
const empty = (title: string): Holdout4Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });

export const HOLDOUT_4: Holdout4Entry[] = [
  // ---------------------------------------------------------------- airline-ops
  air('Ops: Make Denver the most dependable connecting hub in our network for winter travellers'),
  air('Ancillary revenue $48M', [N]),
  air('Attend the IATA Ground Operations Conference in Lisbon', [T]),
  air('Keep the MEL deferral log up to date for every tail', [J]),
  air('Complete recurrent dangerous-goods training for all ramp agents', [C]),
  air('Ground Ops', [G]),
  air('Bring the A321neo fleet into service smoothly enough that crews and passengers prefer it from its first season'),
  air('Write an irregular-operations playbook for the station managers', [T]),
  air('Help crews arrive rested by redesigning the long-haul pairing rules with the pilots union'),
  air('Pass the FAA Part 121 surveillance audit with no open findings', [C]),
  air('Turn disruption rebooking into something passengers praise instead of complain about', [M], {
    krs: [bare('Improve rebooking experience')],
  }),
  air('Answer crew scheduling queries within the SLA', [J]),
  air('Win back business travellers on the Chicago shuttle from the low-cost entrants'),
  air('Q3 goals - Airport Ops', [G]),
  air('Make the 2027 summer schedule the first one that is fully crewed before it goes on sale'),
  air('Make Denver our most dependable connecting hub for winter travellers', [K], {
    parent: 'Ops: Make Denver the most dependable connecting hub in our network for winter travellers',
  }),
  air('Make our safety training so good that other carriers send their pilots to us'),
  air('Safety: build a culture where ramp staff report near-misses before they turn into incidents'),
  air('Get the 737 MAX 8 back on the Caribbean routes with passengers who book it without a second thought'),
  air('On-time performance', [N]),

  // ---------------------------------------------------------------- veterinary
  vet('Become the practice exotic-pet owners in the valley trust first'),
  vet('Maintain the controlled-drugs register', [J]),
  vet('All vets complete their RCVS CPD hours for the year', [C]),
  vet('Clinic Manager - Northside', [G]),
  vet('Reduce how often anxious pets need sedation by bringing fear-free handling into every consult room'),
  vet('Create a Facebook page for the new Eastgate clinic', [T]),
  vet('Number of active wellness plan members', [N]),
  vet('Make our wellness plan the reason new puppy owners stay with us for life', [X], { krs: [] }),
  vet('Train the nurse team to run their own weight clinics so vets free up afternoon surgery slots'),
  vet('Get the x-ray room through its radiation protection inspection', [C]),
  vet('Earn the loyalty of reptile and bird owners with a dedicated Saturday exotics service', [], {
    parent: 'Become the practice exotic-pet owners in the valley trust first',
  }),
  vet('Answer every client email within our SLA', [J]),
  vet('Open an after-hours emergency service so clients stop driving to the city at night'),
  vet('Help farm clients pass their herd health audits by running the health plans for them'),
  vet('Turn our Cat Friendly Clinic gold status into the reason cat owners switch to us'),

  // ---------------------------------------------------------------- museum
  mus('Curatorial: Make the museum a place teenagers choose to spend a Saturday'),
  mus('Visitors 1.2 million', [N]),
  mus('Organise the annual donor gala', [T]),
  mus('Migrate the collections database to TMS 2024', [T]),
  mus('Keep object loan agreements up to date', [J]),
  mus('Renew our accreditation with Arts Council England', [C]),
  mus('Education & Outreach team', [G]),
  mus('Turn the 1920s costume collection into a touring show other museums pay to host'),
  mus('Get schools outside the city to treat us as part of their history curriculum'),
  mus('Conservation: condition-check all objects going out on loan', [J]),
  mus('Make the galleries fully usable by blind and partially sighted visitors through tactile tours and audio description', [M], {
    krs: [empty('Accessible tours')],
  }),
  mus('Grow evening attendance with late-night openings for young adults', [K], {
    siblings: ['Grow evening attendance with late openings for young adults'],
  }),
  mus('Launch a page on the website for the Vermeer loan', [T]),
  mus('Help the Vermeer exhibition bring in first-time visitors who come back within the year'),
  mus('Make the 2028 centenary exhibition the one the national press cant stop writing about'),
  mus('Turn volunteer training into a route into museum jobs for young people from the estate'),
  mus('Double the number of school visits from the northern boroughs', [N]),

  // ---------------------------------------------------------------- shipping-port
  port('Make the port the first call for Asia–Europe carriers moving reefer cargo'),
  port('TEU throughput', [N]),
  port('Grow container throughput to 2.4M TEU', [N]),
  port('Run a tabletop exercise for the new berth allocation system', [T]),
  port('Complete the ISPS Code annual security audit', [C]),
  port('Process berth requests on time', [J]),
  port('Harbour Master', [G]),
  port('Cut truck waiting at the gates so hauliers stop charging us a congestion surcharge'),
  port('Set up a shared drive for the terminal planners', [T]),
  port('Bring shore power to the cruise berth so ships can switch off their engines while alongside'),
  port('Ensure the mooring lines on every berth get checked each week', [J]),
  port('Make the STS-3 cranes the most productive in the terminal by retrofitting twin-lift spreaders'),
  port('Terminal Ops H1 targets', [G]),
  port('Become the first port of call for Asia–Europe carriers moving reefer cargo', [K], {
    parent: 'Make the port the first call for Asia–Europe carriers moving reefer cargo',
  }),
  port('Win the 2027 concession for the new ro-ro terminal', [X], { krs: [] }),
  port('Turn our ISO 28000 security certificate into a selling point with pharma shippers'),
  port('Make customs paperwork so simple that small shipping lines choose us over Rotterdam'),

  // ---------------------------------------------------------------- insurance-claims
  ins('Claims: Make filing a car claim something a policyholder can finish from the roadside'),
  ins('Reduce claims leakage by $6m', [N]),
  ins('Loss ratio', [N]),
  ins('Review all open bodily injury files every 30 days', [J]),
  ins('Complete annual anti-fraud awareness training', [C]),
  ins('Migrate legacy claims to Guidewire ClaimCenter 10', [T]),
  ins('Claims Handler', [G]),
  ins('Help policyholders in flood areas recover faster by paying emergency advances before the adjuster visits'),
  ins('Build a fraud-scoring model that lets honest claims skip manual review'),
  ins('Help brokers pass their own regulatory audits with a clean claims-history export they can hand over'),
  ins('Organise a claims team offsite', [T]),
  ins('Sign the updated conduct risk policy', [C]),
  ins('Cut the time a simple windscreen claim takes from first call to payment', [M], {
    krs: [bare('Faster windscreen claims')],
  }),
  ins('Claims South: Settle simple motor claims on the same day they are reported', [K], {
    siblings: ['Claims North: Settle simple motor claims on the same day they are reported'],
  }),
  ins("Win back the Harlow Logistics fleet account after last year's claims dispute"),
  ins('Make our claims handling the example the regulator points to as good practice'),
  ins('Cut fraud without making honest policyholders feel like suspects'),

  // ---------------------------------------------------------------- game-studio
  game('Make Season 2 of Skyforge the update lapsed players come back for'),
  game('Hit 500k wishlists before launch', [N]),
  game('DAU', [N]),
  game('Write the design doc for the crafting system', [T]),
  game('Attend GDC and Gamescom', [T]),
  game('Upgrade the project to Unreal Engine 5.4', [T]),
  game('Keep the bug tracker triaged', [J]),
  game('Art Department', [G]),
  game('Pass Sony and Microsoft certification for the console release', [C]),
  game('Make the first hour of Skyforge so clear that new players stop quitting at the tutorial'),
  game('Give the community team a direct line into design review so player pain gets fixed in the next patch'),
  game('Answer Discord support tickets within SLA', [J]),
  game('Run a playtest with the QA team for the new raid', [T]),
  game('Ship crossplay between PC and Xbox so friends can squad up whatever they play on', [X], { krs: [] }),
  game('Studio goals 2027', [G]),
  game("Make Skyforge's first hour clear enough that new players stop quitting at the tutorial", [K], {
    parent: 'Make the first hour of Skyforge so clear that new players stop quitting at the tutorial',
  }),
  game('Win back the players we lost after the 1.3 patch'),
  game('Make the game playable for colour-blind players from day one'),

  // ---------------------------------------------------------------- hotel-chain
  hotel('Make our city hotels the first choice for women travelling alone on business'),
  hotel('RevPAR +8%', [N]),
  hotel('Front desk: check guests in and out and handle room moves', [J]),
  hotel('Complete food hygiene Level 2 for all kitchen staff', [C]),
  hotel('Hold a pricing workshop with each GM', [T]),
  hotel('General Manager, Lisbon', [G]),
  hotel('Turn the Porto rooftop into a bar locals book for its own sake'),
  hotel('Make loyalty members feel recognised from the moment they book, not just at check-in', [M], {
    krs: [empty('Recognition')],
  }),
  hotel('Grow direct bookings so we lean less on the online travel agents'),
  hotel('Pass the brand standards audit at every property', [C]),
  hotel('Become the hotel group whose training academy fills every GM job from within'),
  hotel('Double wedding revenue at the country properties', [N]),
  hotel('Housekeeping: have all rooms ready before the Saturday check-in rush so no guest waits', [K], {
    siblings: ['Ops: Have every room ready before the Saturday check-in rush so guests never wait'],
  }),
  hotel('100% of staff complete fire warden training by March', [C, N]),
  hotel('Win the Deloitte 2027 corporate travel contract for our London hotels'),
  hotel('Make housekeeping a job people stay in past their first summer'),

  // ---------------------------------------------------------------- water-utility
  water('Make sure no household in the valley ever has to boil its water again after a storm'),
  water('Non-revenue water %', [N]),
  water('Mantain the pump stations', [J]),
  water('Complete the DWI annual compliance return', [C]),
  water('Replace the SCADA historian with OSIsoft PI 2023', [T]),
  water('Find and fix leaks before customers report them by putting acoustic loggers on the oldest mains'),
  water('Publish the drought plan FAQ on the intranet', [T]),
  water('Help farmers upstream keep nitrates out of the river so we can stop blending at Ashby'),
  water('Pass the Ofwat and Environment Agency inspections', [C]),
  water('Win back customer trust in Millbrook after the 2025 contamination', [X], { krs: [] }),
  water('Q4 targets', [G]),
  water('Reach 95% customer satisfaction on the C-MeX survey', [N]),
  water('Help schools teach water saving so their families use less in a drought'),
  water('Make our bills clear enough that customers stop calling to ask what they mean'),
  water('Cut supply interruptions from storms', [], {
    siblings: ['Find and fix leaks before customers report them by putting acoustic loggers on the oldest mains'],
  }),

  // ---------------------------------------------------------------- recruiting-agency
  rec('Become the agency hospitals call first for hard-to-fill theatre nurses'),
  rec("Source 80 candidates and hire 3 ICU nurses for St Mary's", [N]),
  rec("Source 200 candidates and hire 8 ICU nurses for St Mary's", [N, K], {
    siblings: ["Source 80 candidates and hire 3 ICU nurses for St Mary's"],
  }),
  rec('Placements 400', [N]),
  rec('Update the CRM after every candidate call', [J]),
  rec('Attend the NHS Jobs fair in Manchester', [T]),
  rec('Complete right-to-work checks for every placed candidate', [C]),
  rec("Hire a Compliance Analyst so our clients' audit requests stop landing on recruiters"),
  rec('Put more double-diverse candidates on every engineering shortlist we send'),
  rec('Recruitment Consultants', [G]),
  rec('Make contractors want to re-sign with us because we pay on time and line up their next role before the current one ends'),
  rec('Answer candidate applications within SLA', [J]),
  rec('Break into the Dublin fintech market with a specialist contract desk', [M], { krs: [bare('Dublin desk live')] }),
  rec('Sign the GDPR data handling policy', [C]),
  rec('Help our clients pass equal-opportunity audits by sending shortlists that reflect the local workforce'),
  rec('Open a Leeds office that wins work from the northern NHS trusts'),
  rec('Tech desk: fill senior Rust roles before clients give up and go to a competitor', [], {
    siblings: ['Become the agency hospitals call first for hard-to-fill theatre nurses'],
  }),

  // ---------------------------------------------------------------- solar-installer
  sol("Make going solar as easy for a landlord as booking the boiler service"),
  sol('Installs 1,200', [N]),
  sol('Cut install-to-connection time by 40%', [N]),
  sol('Move our quoting over to OpenSolar 3', [T]),
  sol('Keep our MCS certification', [C]),
  sol('Ensure weekly van stock checks', [J]),
  sol('Field Installers', [G]),
  sol('Make Gen 3 batteries the default in every quote so customers run on their own power at night'),
  sol('Hold a launch event for the battery range', [T]),
  sol("Win the council's 2027 social-housing retrofit framework"),
  sol('Complete working-at-height training for every roofer', [C]),
  sol('Get customers who had a bad install to recommend us again by fixing every open snag', [X], { krs: [] }),
  sol('Respond to all warranty claims within SLA', [J]),
  sol('Bring solar to small farms with a lease that pays for itself from the first harvest'),
  sol('Solar team 2027 objectives', [G]),
  sol('Turn our MCS certification into a visible trust signal that lifts quote acceptance'),
  sol("Let customers see what their panels save them, so they recommend us to the neighbours"),

  // ---------------------------------------------------------------- newsroom
  news('Make our local coverage the reason people in the county pay for news again'),
  news('Subscribers 25k', [N]),
  news('Publish 12 investigations this year', [N, T]),
  news('Attend every council meeting', [J]),
  news('Run the morning news meeting', [J]),
  news("Complete the IPSO editors' code training", [C]),
  news('Night Desk', [G]),
  news("Make our corrections so quick and visible that readers trust us more, not less"),
  news('Set up a TikTok account for the sports desk', [T]),
  news('Win a press award for the care homes investigation'),
  news('Launch a commuter newsletter that readers open before they open Twitter'),
  news('Launch a page on the intranet with the style guide', [T]),
  news('Help readers tell facts from rumours during the 2027 election with a daily verification column', [M], {
    krs: [bare('Readers trust the column')],
  }),
  news('Editorial goals', [G]),
  news('Make our training scheme the way working-class teenagers get into journalism'),
  news('Own the 2027 Senate race with explainers readers share with their friends'),
  news('Page views', [N]),

  // ---------------------------------------------------------------- pharmacy-chain
  pharm('Help patients on blood-pressure medicines actually stay on them'),
  pharm('Make our pharmacies the place people go first for minor ailments instead of waiting for a GP'),
  pharm('Flu vaccinations 40,000', [N]),
  pharm('Restock the shelves and rotate short-dated stock', [J]),
  pharm('Complete safeguarding level 2 training for all pharmacists', [C]),
  pharm('Pass the GPhC inspection at every store', [C]),
  pharm('Store Manager', [G]),
  pharm('Migrate dispensing to ProScript Connect', [T]),
  pharm('Answer prescription queries from GP surgeries within the SLA', [J]),
  pharm('Help care homes pass their medicines audits by taking over their MAR charts'),
  pharm("Cut the wait for a prescription so patients stop leaving before it's ready", [], {
    krs: [{ title: 'Average wait at the counter', unit: 'min', start: 22, target: 10, current: 18 }],
  }),
  pharm('Open a private weight-management service that patients renew after their first course', [X], { krs: [] }),
  pharm('Make our pharmacies the first place people go for minor ailments rather than waiting for the GP', [K], {
    parent: 'Make our pharmacies the place people go first for minor ailments instead of waiting for a GP',
  }),
  pharm('Bring the NHS Pharmacy First service to every store so patients can skip the GP queue'),
  pharm('Get patients with asthma using their inhalers properly so fewer end up in A&E'),

  // ---------------------------------------------------------------- car-dealership
  car('Make servicing with us so easy that buyers come back to us for their next car'),
  car('Units sold 1,800', [N]),
  car('Gross profit per used car £2,100', [N]),
  car('Set up the demo fleet for the new Mustang Mach-E', [T]),
  car('Keep the used-car listings up to date on AutoTrader', [J]),
  car('Complete FCA Consumer Duty training for every sales exec', [C]),
  car('Sales Executives', [G]),
  car('Become the dealer EV owners trust to fix battery faults without sending the car away'),
  car('Make the ID.4 the easiest EV in town to test drive by bringing it to buyers homes'),
  car('Process finance paperwork on time', [J]),
  car('Do a quarterly business review with all fleet customers', [T]),
  car("Add warranty claim processing to the service advisor's job description", [J]),
  car("Win the council's fleet contract for electric vans", [M], { krs: [empty('Win contract')] }),
  car('Make buying a used car online feel as safe as buying it on the forecourt'),
  car('Service department H2 goals', [G]),
  car('Make our technician academy the reason mechanics choose us over the main dealer across town'),
  car('Sell more extended warranties by explaining them in plain English, not by pushing them', [], {
    siblings: ['Make servicing with us so easy that buyers come back to us for their next car'],
  }),

  // ---------------------------------------------------------------- semiconductor-fab
  fab('Make our 28nm line the first choice for automotive chip customers in Europe'),
  fab('Cut cycle time on the logic line by 15 days', [N]),
  fab('Migrate MES to Applied SmartFactory 6.2', [T]),
  fab('Maintain cleanroom particle logs', [J]),
  fab('Renew ISO 14644 cleanroom certification', [C]),
  fab('Complete annual export-control training', [C]),
  fab('Process Engineering', [G]),
  fab('Find the root cause of the edge-die yield loss so the line stops scrapping good wafers'),
  fab('Bring EUV lithography into production so we can bid for 5nm work'),
  fab('Get the 300mm line qualified by our first automotive customer', [X], { krs: [] }),
  fab('Run a design of experiments on the etch chamber', [T]),
  fab('Make the fab carbon-neutral without raising the cost per wafer'),
  fab('Yield', [N]),
  fab('Help customers pass their own automotive quality audits by giving them full wafer traceability'),
  fab('Litho: Cut cycle time on the logic line by 20 days', [N, K], {
    siblings: ['Cut cycle time on the logic line by 15 days'],
  }),

  // ---------------------------------------------------------------- call-center
  call('Make calling us the last resort because customers can fix billing problems themselves'),
  call('Average handle time', [N]),
  call('Cut repeat calls by half', [N]),
  call('Answer 90% of calls within 20 seconds', [N, J]),
  call('Handle inbound calls for the billing queue', [J]),
  call('Complete PCI DSS awareness training', [C]),
  call('Team Leaders - Glasgow', [G]),
  call('Write new scripts for the broadband outage calls', [T]),
  call('Roll out Genesys Cloud CX to the Glasgow site', [T]),
  call("Give agents authority to refund small amounts so customers don't get passed around"),
  call('Help vulnerable customers get one named agent who follows their case through'),
  call('Review all call recordings flagged for quality', [J]),
  call('Make night-shift agents want to stay, so we stop re-hiring every spring', [M], {
    krs: [bare('Retention better')],
  }),
  call('Make phoning us a last resort because customers can sort out billing problems themselves', [K], {
    siblings: ['Make calling us the last resort because customers can fix billing problems themselves'],
  }),
  call('Turn complaint calls into product fixes the billing team actually ships'),
  call("Make the mandatory call-recording notice sound human so customers don't hang up"),

  // ---------------------------------------------------------------- zoo
  zoo('Make the zoo a place families leave knowing how to help a species in the wild'),
  zoo('Annual visitors 900k', [N]),
  zoo('Feed and clean the primate house', [J]),
  zoo('Keep animal records up to date in ZIMS', [J]),
  zoo('Pass the zoo licence inspection', [C]),
  zoo('Complete the dangerous-animal handling refresher for all keepers', [C]),
  zoo('Head Keeper', [G]),
  zoo('Breed Amur leopards successfully under the European breeding programme'),
  zoo('Organise the summer volunteer BBQ', [T]),
  zoo('Raise £250k for the snow leopard conservation fund', [N]),
  zoo("Get the new rainforest house through its first winter without doubling the zoo's energy bill"),
  zoo('Get schools to book the conservation workshops as part of their science curriculum', [X], { krs: [] }),
  zoo('Reintroduce water voles to the Ouse with a release that survives its first winter'),
  zoo('Zoo goals 2027', [G]),
  zoo('Turn keeper training into a recognised apprenticeship that brings local school leavers into zoo careers'),
  zoo('Make the new Asian elephant house a place the herd can live as a family group'),
  zoo('Animal Care: breed Amur leopards under the European breeding programme', [K], {
    siblings: ['Breed Amur leopards successfully under the European breeding programme'],
  }),

  // ---------------------------------------------------------------- orchestra
  orch('Make the orchestra the one people under 35 in the city think of for a night out'),
  orch('Ticket sales £3.2m', [N]),
  orch('Attend the ABO conference', [T]),
  orch('Hold open rehearsals for the schools programme', [T]),
  orch('Maintain the music library and the part sets', [J]),
  orch('Complete safeguarding training for everyone on the schools tour', [C]),
  orch('Brass section', [G]),
  orch('Record the Mahler 9 cycle with a label that gets us onto the big streaming playlists'),
  orch('Take the Beethoven 250 programme to towns that have no concert hall'),
  orch('Win a Gramophone award for the Sibelius recording', [M], { krs: [empty('Award')] }),
  orch('Get corporate sponsors to fund a free concert series in care homes'),
  orch('Music Director', [G]),
  orch('Be the orchestra under-35s in the city think of first for a night out', [K], {
    siblings: ['Make the orchestra the one people under 35 in the city think of for a night out'],
  }),
  orch('Make the 2027/28 season the first to sell out before opening night'),
  orch('Bring in 3,000 new first-time concertgoers', [N]),
  orch('Make the orchestra a place young players of colour see a career for themselves'),

  // ---------------------------------------------------------------- property-management
  prop('Make tenants renew because repairs get fixed before they have to chase'),
  prop('Occupancy 97%', [N]),
  prop('Answer tenant repair requests within SLA', [J]),
  prop('Complete annual gas safety inspections for every unit', [C]),
  prop('Renew the HMO licences', [C]),
  prop('Property Managers', [G]),
  prop('Migrate leases to Yardi Voyager 8', [T]),
  prop('Turn the empty ground-floor units into shops the residents actually use'),
  prop('Collect rent and chase arrears', [J]),
  prop('Help landlords go into fire-safety audits calmly because their building records are always complete'),
  prop('Make Riverside the first block in our portfolio rated EPC C or better', [X], { krs: [] }),
  prop('Write a move-in guide for new tenants', [T]),
  prop('Portfolio targets FY27', [G]),
  prop('Win the management contract for the Harbour Point development'),
  prop('Get tenants reporting repairs through the app so small problems are fixed before they grow'),
  prop('Leasing: make tenants renew because repairs are fixed before they have to chase', [K], {
    parent: 'Make tenants renew because repairs get fixed before they have to chase',
  }),
  prop('Service charge collection rate', [N]),

  // ---------------------------------------------------------------- courier
  cour('Make next-day delivery reliable enough that small shops stop using a second courier'),
  cour('Parcels per driver per day 140', [N]),
  cour('On-time delivery', [N]),
  cour('Scan every parcel at each handover', [J]),
  cour('Complete the driver CPC hours', [C]),
  cour('Depot Manager – Leeds', [G]),
  cour('Set up a WhatsApp group for the relief drivers', [T]),
  cour('Cut failed first deliveries by letting customers redirect a parcel until the van leaves'),
  cour('Switch inner-city rounds to e-cargo bikes so we keep access to the low-emission zones'),
  cour('Process damage claims on time', [J]),
  cour('Make our returns service the one online fashion brands recommend to shoppers', [M], {
    krs: [bare('Returns satisfaction')],
  }),
  cour('Launch a page on the tracking site that explains the new delivery windows', [T]),
  cour('Leeds: Make next-day delivery reliable enough that small shops stop using a second courier', [K], {
    parent: 'Make next-day delivery reliable enough that small shops stop using a second courier',
  }),
  cour('Win the Boots store replenishment contract', [X], { krs: [] }),
  cour('Make drivers safer on the road with telematics coaching in every van rather than more classroom training'),
  cour('Get the new Mercedes eSprinter vans earning on the longest rural rounds'),

  // ---------------------------------------------------------------- dairy-farm
  dairy('Make our milk the one the village shop runs out of first'),
  dairy('Milk yield 9,500 litres per cow', [N]),
  dairy('Milk the herd twice a day and clean down the parlour', [J]),
  dairy('Keep the medicines book up to date', [J]),
  dairy('Pass the Red Tractor assessment', [C]),
  dairy('Herdsman', [G]),
  dairy('Breed for longevity so cows stay in the herd into their fourth lactation'),
  dairy('Write a calving protocol for the relief staff', [T]),
  dairy('Turn slurry into income with an anaerobic digester that powers the farm'),
  dairy('Replace the 2019 Lely robots with the Astronaut A5', [T]),
  dairy('Sell direct to cafés through a branded milk round', [X], { krs: [] }),
  dairy('Complete the annual TB test for the whole herd', [C]),
  dairy('Farm goals', [G]),
  dairy('Help calves thrive in their first weeks so fewer of them need antibiotics', [M], {
    krs: [empty('Healthier calves')],
  }),
  dairy('Make our herd the first in the county with a certified carbon footprint that supermarkets pay a premium for'),
  dairy('Grow the cheese business so a bad milk price year no longer puts the farm at risk'),
  dairy('Cut calf mortality to 3%', [N]),

  // ---------------------------------------------------------------- more sound objectives, as written in each domain
  air('Ops Control: make the morning bank at Denver recover by lunchtime on bad-weather days instead of rolling delays into the evening'),
  air('Turn our A220 cabin into the one regional passengers ask for by name'),
  air('Give station managers the authority to rebook passengers on partner airlines without calling HQ'),
  vet('Make the practice a place new graduate vets want to start their careers'),
  vet("Bring Pet Health Plan 2.0 to the rural branches so farmers' dogs get the same preventive care as town pets"),
  vet('Help owners of elderly pets make end-of-life decisions with less guilt and more support'),
  mus('Digital: make the online collection something researchers cite instead of emailing us for images'),
  mus('Get the Somali community in Eastside to see themselves in the galleries by co-curating the 2027 textiles show'),
  mus('Make the café and shop pay for free entry so we stop relying on the council grant'),
  port('Get rail to carry the containers that now go by truck to the Midlands'),
  port('Make the port the employer local school leavers want to work for, not the job of last resort'),
  port('Cut the time ships wait at anchor by sharing berth windows with carriers days in advance'),
  ins('Make pet insurance claims something vets can submit for the owner at the reception desk'),
  ins('Help small businesses reopen faster after a fire by sending a restoration crew in the first week'),
  ins('Get our adjusters settling more claims on the first visit so customers stop waiting for a second one'),
  game('Make Skyforge a game parents are happy for their 12-year-olds to play online'),
  game('Build a modding community that keeps the game alive between seasons'),
  game('Make crunch a thing of the past by planning seasons around what the team can really ship'),
  hotel('Get Lisbon guests to spend their evenings in our restaurant rather than in town'),
  hotel('Make the Porto hotel the venue local companies pick for their 2027 Christmas parties'),
  hotel('Win back the airline crew business at the airport hotel'),
  water('Get Ashby treatment works running on its own solar and biogas so a power cut no longer stops treatment'),
  water('Make our apprenticeship the way local young people get into engineering careers'),
  water('Help big industrial customers reuse their process water so summer demand stops outstripping supply'),
  rec('Make our candidates the ones hospitals extend because they fit in from the first shift'),
  rec('Win the framework agreement for agency nurses across the Midlands NHS trusts'),
  rec('Get more returners back into nursing by pairing each one with a mentor for their first placement'),
  sol('Make our grid applications clean enough that the DNO approves them first time'),
  sol('Help customers on Economy 7 switch to a smart tariff that pays them for their battery'),
  sol('Expand into commercial rooftops with a finance offer warehouse owners can sign without a capex budget'),
  news('Make the newsroom look like the county it covers'),
  news("Get our care home investigation to change how the council inspects homes"),
  news('Make podcasts a second revenue line that pays for the court reporter'),
  pharm("Make our pharmacists the people GPs trust to adjust a patient's dose"),
  pharm('Help patients leaving hospital get their new medicines explained before the first dose at home'),
  pharm('Turn the 2027 flu season into the moment families move their repeat prescriptions to us'),
  car('Make the trade-in offer on our website one customers accept without haggling'),
  car('Bring the Kia EV9 to rural buyers with home charging sorted before they take delivery'),
  car('Get fleet customers to service every van with us instead of the fast-fit chains'),
  fab('Make the 200mm line profitable again with power-device work nobody else in Europe can run'),
  fab('Get process engineers and maintenance solving tool problems together instead of blaming each other'),
  fab('Win second-source status for the Bosch ASIC programme'),
  call('Make our agents the people customers ask for by name'),
  call('Cross-train enough Glasgow agents that an outage no longer swamps the billing queue'),
  call('Help customers with hearing loss reach us through video relay without waiting longer than anyone else'),
  zoo('Make the red panda house the place people learn what their shopping does to bamboo forests'),
  zoo("Get the zoo's vet team recognised as the referral centre for wildlife rescues in the region"),
  zoo('Make the zoo accessible enough that wheelchair users can see every animal without asking for help'),
  orch('Commission a new work by a local composer that audiences ask to hear again'),
  orch("Make our players' pay competitive enough that we stop losing principals to London"),
  orch('Turn our 2027 Proms appearance into a national broadcast that brings in new donors'),
  prop('Make our blocks the ones in the city where neighbours actually know each other'),
  prop('Get the Harbour Point leaseholders to vote us back in as managing agent for another five years'),
  prop('Cut damp and mould complaints by fixing ventilation in the 1960s blocks first'),
  cour('Make Saturday delivery something small shops can offer their customers at no extra cost'),
  cour('Get drivers to stay through peak by guaranteeing them hours in January'),
  cour('Open a Manchester hub so north-west parcels stop going via Leeds'),
  dairy('Move the herd to a grass-fed system that supermarkets pay a premium for'),
  dairy('Make the farm a place the next generation actually wants to take over'),
  dairy('Get our Jersey-cross cows calving in spring so we milk off grass'),

  // ---------------------------------------------------------------- key results, and more context cases
  air('Make the Heathrow lounge worth arriving early for', [], {
    krs: [{ title: 'Lounge NPS', unit: 'pts', start: 21, target: 45, current: 30 }],
  }),
  air('Commercial: regain business flyers on the Chicago shuttle from the low-cost carriers', [K], {
    siblings: ['Win back business travellers on the Chicago shuttle from the low-cost entrants'],
  }),
  air('Win back leisure travellers on the Florida routes from the charter airlines', [], {
    siblings: ['Win back business travellers on the Chicago shuttle from the low-cost entrants'],
  }),
  vet('Make vaccination reminders something owners act on in the same week', [], {
    krs: [bare('Get 70% of reminders booked within 7 days')],
  }),
  mus('Get people who come for the café to see at least one gallery before they leave', [X], { krs: [] }),
  port('Make us the easiest port in the region for hauliers to book a slot', [M], {
    krs: [bare('Haulier satisfaction'), bare('Slot booking adoption')],
  }),
  ins('Let customers track their claim without having to call us', [M], {
    krs: [{ title: 'Claims tracked online', unit: '%', start: 0, target: 60, current: 12 }, empty('Customers happier')],
  }),
  game('Make our Discord a place players help each other before they ask us', [], {
    krs: [bare('Half of help threads answered by players, not staff')],
  }),
  hotel('Make check-in something guests do on their phone instead of in a queue', [], {
    krs: [bare('Reach 40% of check-ins on mobile')],
  }),
  water('Help customers in debt stay connected with a social tariff they actually hear about', [X], { krs: [] }),
  rec('Cut the time from interview to offer so candidates stop accepting elsewhere', [], {
    krs: [bare('Bring interview-to-offer under 5 days')],
  }),
  sol('Get our installers to stay past their second winter', [X], { krs: [] }),
  sol('Installs 1,500', [N, K], { siblings: ['Installs 1,200'] }),
  news('Get young readers to come to us first on election night', [], {
    krs: [{ title: 'Readers under 30 on election night', unit: 'readers' }],
  }),
  news('Sport desk: make our local coverage the reason people in the county pay for news again', [K], {
    parent: 'Make our local coverage the reason people in the county pay for news again',
  }),
  pharm('Turn the free blood-pressure check into a reason people come back to the same pharmacy', [M], {
    krs: [{ title: 'Repeat BP check visits', unit: 'visits', start: 0, target: 0, current: 0 }],
  }),
  car('Make our used-car warranty the one buyers ask for by name', [M], { krs: [bare('Brand awareness')] }),
  fab('Make the night shift as productive as the day shift', [M], { krs: [bare('Night shift productivity')] }),
  call('Help customers in arrears agree a payment plan on the first call', [X], { krs: [] }),
  zoo('Get members to visit in winter, not only in the summer holidays', [], {
    krs: [{ title: 'Winter member visits', unit: 'visits' }],
  }),
  orch('Bring the youth orchestra into every secondary school in the county', [M], {
    krs: [{ title: 'Schools visited', unit: 'schools', start: 0, target: 40, current: 12 }, bare('Pupils inspired')],
  }),
  prop('Make service charges something leaseholders understand rather than dispute', [], {
    krs: [{ title: 'Service charge disputes', unit: 'disputes', start: 40, target: 10, current: 31 }],
  }),
  cour('Make drivers feel their routes are fair', [M], {
    krs: [{ title: 'Route fairness', unit: '', start: 0, target: 100, current: 0 }],
  }),
  dairy('Get the farm shop to pay its own way through the winter', [], {
    krs: [{ title: 'Winter farm shop margin', unit: '£', start: -2000, target: 0, current: -800 }],
  }),

  call('Glasgow: Cut repeat calls by a third', [N, K], { siblings: ['Belfast: Cut repeat calls by half'] }),
  car('Sales: Make buying a used car online feel as safe as buying on the forecourt', [K], {
    parent: 'Make buying a used car online feel as safe as buying it on the forecourt',
  }),
  dairy('Turn our slurry into income with a digester that powers the whole farm', [K], {
    siblings: ['Turn slurry into income with an anaerobic digester that powers the farm'],
  }),
  water('Networks: find leaks before customers report them with acoustic loggers on the oldest mains', [K], {
    parent: 'Find and fix leaks before customers report them by putting acoustic loggers on the oldest mains',
  }),
  orch('Bring live Sibelius to care homes so residents who cannot travel still hear the orchestra', [], {
    parent: 'Get corporate sponsors to fund a free concert series in care homes',
  }),

  // ---------------------------------------------------------------- more activities, duties and containers, as written
  air('Ramp: Set up a Teams channel for the de-icing crews', [T]),
  vet('Reception: book appointments and take payments', [J]),
  mus('Hold a press view for the autumn exhibtion', [T]),
  mus('Visitor Services Manager', [G]),
  port('Draft the berth 7 dredging tender documents', [T]),
  port('Complete annual ISPS drills and keep the port facility security plan approved', [C]),
  game('Launch a page on the wiki for the modding API', [T]),
  sol('Publish the installer handbook v2', [T]),
  news('Migrate the CMS to WordPress VIP', [T]),
  pharm('Everyone signs the updated information governance policy', [C]),
  fab('Equipment techs: carry out preventive maintenance on all the implanters as scheduled', [J]),
  zoo('Pass the annual BIAZA accreditation review', [C]),
  orch('Librarian: prepare and mark parts for every concert', [J]),
  prop('Carry out legionella risk assessments in all blocks', [C]),
  dairy('Relief milker', [G]),
];

type Node = Holdout4Plan['nodes'][number];
const node = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): Node => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_4_PLANS: Holdout4Plan[] = [
  {
    name: 'SkyLink Regional: operations cascade',
    domain: 'airline-ops',
    nodes: [
      node('a1', null, 'Be the regional airline business travellers can set their watch by'),
      node('a2', 'a1', 'VP Operations', [G]),
      node('a3', 'a2', 'Ground Ops: Turn every aircraft at the outstations on time, every time'),
      node('a5', 'a3', 'Leeds station: Turn every aircraft at the outstations on time, every time', [K]),
      node('a6', 'a3', 'Belfast station - turn all aircraft at outstations on time every time', [K]),
      node('a4', 'a2', 'Flight Ops: Make the first wave of departures leave on schedule so the day never starts late'),
      node('a7', 'a4', 'Deliver 100% of planned rotations per week', [N, J]),
      node('a8', 'a4', 'Crew Scheduling: Deliver 100% of planned rotations per week', [N, J, K]),
      node('a9', 'a2', 'Maintenance Control', [G]),
      node('a10', 'a9', 'Deliver 100% of planned rotations each week', [N, J, K]),
      node('a11', 'a9', 'Keep the tech log up to date', [J]),
      node('a12', 'a1', 'Commercial: Win back the Aberdeen oil-and-gas shuttle from the charter operators'),
    ],
    cloneGroups: [
      ['a3', 'a5', 'a6'],
      ['a7', 'a8', 'a10'],
    ],
  },
  {
    name: 'Skyforge studio: engineering and live ops',
    domain: 'game-studio',
    nodes: [
      node('g1', null, 'Make Skyforge the co-op game friends still play together a year after launch'),
      node('g2', 'g1', 'Head of Engineering', [G]),
      node('g3', 'g2', 'Gameplay team: Source 60 candidates and hire 2 engineers', [N]),
      node('g4', 'g2', 'Online team: Source 150 candidates and hire 5 engineers', [N, K]),
      node('g5', 'g2', 'Engine team: Upgrade to Unreal Engine 5.4', [T]),
      node('g6', 'g2', 'Online team: Deliver 100% of committed tickets per sprint', [N, J]),
      node('g7', 'g1', 'Head of Art', [G]),
      node('g8', 'g7', 'Tech Art: Source 40 candidates and hire 2 engineers', [N, K]),
      node('g9', 'g7', 'Make every character readable at a glance in four-player chaos'),
      node('g10', 'g1', 'Live Ops: Make every season drop something players talk about for a month'),
      node('g11', 'g10', 'Community: Make every season drop something players talk about for a month', [K]),
      node('g12', 'g10', 'Publish the season 3 roadmap on Steam', [T]),
      node('g13', 'g10', 'Live Ops - deliver 100% of committed tickets every sprint', [N, J, K]),
    ],
    cloneGroups: [
      ['g3', 'g4', 'g8'],
      ['g6', 'g13'],
      ['g10', 'g11'],
    ],
  },
  {
    name: 'Atlantica Hotels: 2027 plan',
    domain: 'hotel-chain',
    nodes: [
      node('h1', null, 'Be the hotel group guests recommend for how we treat them, not for the lobby'),
      node('h2', 'h1', 'Operations', [G]),
      node('h3', 'h2', 'Lisbon: Grow direct bookings so we stop paying OTA commission on repeat guests'),
      node('h4', 'h2', 'Porto: Grow direct bookings so we stop paying OTA commission on repeat guests', [K]),
      node('h5', 'h2', 'Madrid - get repeat guests booking direct so we stop paying the OTAs commission on them', [K]),
      node('h6', 'h2', 'Pass the brand standards audit at every hotel', [C]),
      node('h7', 'h2', 'Answer all guest reviews within the SLA', [J]),
      node('h8', 'h1', 'People & Culture', [G]),
      node('h9', 'h8', 'Make hotel jobs in Lisbon careers that people stay in for years'),
      node('h10', 'h8', 'Complete fire warden training for all duty managers', [C]),
      node('h11', 'h8', 'Turn our training academy into the way housekeepers become supervisors'),
      node('h12', 'h1', 'Revenue', [G]),
      node('h13', 'h12', 'RevPAR +6% in the city hotels', [N]),
      node('h14', 'h12', 'RevPAR +9% in the city hotels', [N, K]),
      node('h15', 'h12', 'Answer every guest review within SLA', [J, K]),
    ],
    cloneGroups: [
      ['h3', 'h4', 'h5'],
      ['h7', 'h15'],
      ['h13', 'h14'],
    ],
  },
  {
    name: 'Mutual Shield: claims',
    domain: 'insurance-claims',
    nodes: [
      node('c1', null, 'Make every claim the moment a customer decides to stay with us'),
      node('c2', 'c1', 'Motor Claims', [G]),
      node('c3', 'c2', 'Settle simple motor claims on the day they are reported'),
      node('c4', 'c3', 'Team Bristol: settle simple motor claims on the day they are reported', [K]),
      node('c5', 'c3', 'Team Cardiff: settle simple motor claims the same day they are reported', [K]),
      node('c6', 'c2', 'Review all open injury files every month', [J]),
      node('c7', 'c2', 'Complete the annual anti-fraud training', [C]),
      node('c8', 'c1', 'Property Claims', [G]),
      node('c9', 'c8', 'Settle simple home claims on the day they are reported'),
      node('c10', 'c8', 'Complete annual anti fraud training', [C, K]),
      node('c11', 'c8', 'Help flood victims get a first payment before the adjuster visits'),
      node('c12', 'c11', 'Property Claims Team — complete annual anti-fraud training', [C, K]),
    ],
    cloneGroups: [
      ['c3', 'c4', 'c5'],
      ['c7', 'c10', 'c12'],
    ],
  },
  {
    name: 'Vale Water: supply resilience',
    domain: 'water-utility',
    nodes: [
      node('w1', null, 'Make supply interruptions after storms a thing of the past'),
      node('w2', 'w1', 'Networks', [G]),
      node('w3', 'w2', 'North: Cut leakage by 10%', [N]),
      node('w4', 'w2', 'South: Cut leakage by 15%', [N, K]),
      node('w5', 'w2', 'Find leaks before customers do with acoustic loggers on the old cast-iron mains'),
      node('w6', 'w1', 'Treatment', [G]),
      node('w7', 'w6', 'Maintain the pump stations and filters', [J]),
      node('w8', 'w6', 'Make Ashby works resilient to a week-long power cut'),
      node('w9', 'w8', 'Ashby: maintain the pump stations & filters', [J, K]),
      node('w10', 'w1', 'Customer Service', [G]),
      node('w11', 'w10', 'Help customers in debt stay connected with a social tariff they actually hear about'),
      node('w12', 'w10', 'Write the priority services register leaflet', [T]),
    ],
    cloneGroups: [
      ['w3', 'w4'],
      ['w7', 'w9'],
    ],
  },
  {
    name: 'Northway Couriers: depots',
    domain: 'courier',
    nodes: [
      node('k1', null, 'Be the courier small online shops never have to think about'),
      node('k2', 'k1', 'Regional Director North', [G]),
      node('k3', 'k2', 'Leeds depot: Make next-day delivery reliable enough that shops drop their backup courier'),
      node('k4', 'k2', 'Sheffield depot: make next-day delivery reliable enough that shops drop their backup courier', [K]),
      node('k5', 'k2', 'Scan every parcel at every handover', [J]),
      node('k6', 'k1', 'Regional Director South', [G]),
      node('k7', 'k6', 'Bristol depot: make next day delivery reliable enough that shops drop their back-up courier', [K]),
      node('k8', 'k6', 'Scan each parcel at every handover point', [J, K]),
      node('k9', 'k6', 'Switch city-centre rounds to e-cargo bikes to keep access to the clean-air zones'),
      node('k10', 'k1', 'Fleet', [G]),
      node('k11', 'k10', 'Reduce fuel cost per drop by 8%', [N]),
      node('k12', 'k11', 'Telematics: reduce fuel cost per drop by 8%', [N, K]),
      node('k13', 'k10', 'Electrify 120 vans', [N]),
      node('k14', 'k10', 'Get the eSprinter vans onto the longest rural rounds where they save the most'),
    ],
    cloneGroups: [
      ['k3', 'k4', 'k7'],
      ['k5', 'k8'],
      ['k11', 'k12'],
    ],
  },
  {
    name: 'Greenleaf Pharmacy: areas and stores',
    domain: 'pharmacy-chain',
    nodes: [
      node('p1', null, 'Make our pharmacies the first stop for minor illness in every town we serve'),
      node('p2', 'p1', 'Area Manager - West', [G]),
      node('p3', 'p2', 'Complete safeguarding level 2 for every pharmacist', [C]),
      node('p4', 'p2', 'Bath store: Make our pharmacy the first stop for minor illness in town', [K]),
      node('p5', 'p1', 'Area Manager - East', [G]),
      node('p6', 'p5', 'All pharmacists complete Safeguarding Level 2', [C, K]),
      node('p7', 'p5', 'Get GP surgeries to send minor-ailment patients to us instead of booking them in'),
      node('p8', 'p5', 'Exeter store: make our pharmacy the first stop for minor illness in town', [K]),
      node('p9', 'p5', 'Restock shelves and rotate short-dated stock', [J]),
      node('p10', 'p1', 'Flu jabs 12,000', [N]),
      node('p11', 'p10', 'Bath: flu jabs 3,000', [N, K]),
      node('p12', 'p10', 'Exeter: Flu jabs 2,500', [N, K]),
    ],
    cloneGroups: [
      ['p1', 'p4', 'p8'],
      ['p3', 'p6'],
      ['p10', 'p11', 'p12'],
    ],
  },
  {
    name: 'Helix Semiconductor: fab',
    domain: 'semiconductor-fab',
    nodes: [
      node('f1', null, 'Make our 28nm line the one European carmakers qualify first'),
      node('f2', 'f1', 'Fab Operations', [G]),
      node('f3', 'f2', 'Litho: Cut cycle time to 38 days', [N]),
      node('f4', 'f2', 'Etch: Cut cycle time to 35 days', [N, K]),
      node('f5', 'f2', 'Migrate MES to SmartFactory 6.2', [T]),
      node('f6', 'f1', 'Quality', [G]),
      node('f7', 'f6', 'Renew IATF 16949 certification', [C]),
      node('f8', 'f6', 'Help customers pass their automotive audits by giving them lot-level traceability'),
      node('f9', 'f1', 'Engineering', [G]),
      node('f10', 'f9', 'Device engineering: Cut cycle time to 36 days', [N, K]),
      node('f11', 'f9', 'Keep IATF 16949 certification', [C, K]),
      node('f12', 'f9', 'Stop losing edge dies to the bevel-etch defect'),
    ],
    cloneGroups: [
      ['f3', 'f4', 'f10'],
      ['f7', 'f11'],
    ],
  },
  {
    name: 'Riverside Zoo: divisions',
    domain: 'zoo',
    nodes: [
      node('z1', null, 'Make every visit leave families wanting to help a species in the wild'),
      node('z2', 'z1', 'Animal Care', [G]),
      node('z3', 'z2', 'Keep animal records up to date in ZIMS', [J]),
      node('z4', 'z2', 'Primates: Keep animal records up to date in ZIMS', [J, K]),
      node('z5', 'z2', 'Breed Amur leopards under the European breeding programme'),
      node('z6', 'z1', 'Visitor Experience', [G]),
      node('z7', 'z6', 'Turn keeper talks into the part of the day families remember'),
      node('z8', 'z6', 'Make keeper talks the part of the day that families remember most', [K]),
      node('z9', 'z1', 'Learning', [G]),
      node('z10', 'z9', 'Get schools to book conservation workshops as part of their science curriculum'),
      node('z11', 'z9', 'Organise the summer volunteer BBQ', [T]),
      node('z12', 'z9', 'Learning: turn keeper talks into the part of the day families remember', [K]),
    ],
    cloneGroups: [
      ['z3', 'z4'],
      ['z7', 'z8', 'z12'],
    ],
  },
  {
    name: 'The County Herald: newsroom',
    domain: 'newsroom',
    nodes: [
      node('n1', null, 'Be the paper the county trusts to tell it what is really going on'),
      node('n2', 'n1', 'Editor-in-Chief', [G]),
      node('n3', 'n2', 'News desk: Publish 5 exclusive stories a week', [N, T]),
      node('n4', 'n2', 'Sport desk: publish 3 exclusive stories a week', [N, T, K]),
      node('n5', 'n2', 'Make our council coverage the reason readers subscribe'),
      node('n6', 'n2', 'Complete IPSO code training', [C]),
      node('n7', 'n1', 'Digital', [G]),
      node('n8', 'n7', 'Grow digital subscriptions to 25,000', [N]),
      node('n9', 'n7', 'Newsletters: Grow digital subscriptions to 25k', [N, K]),
      node('n10', 'n7', 'Set up a TikTok account for the sports desk', [T]),
      node('n11', 'n7', 'Keep the homepage updated through the night', [J]),
    ],
    cloneGroups: [
      ['n3', 'n4'],
      ['n8', 'n9'],
    ],
  },
];
