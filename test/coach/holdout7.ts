import type { RuleCode } from '../../shared/coach/types';

/**
 * SEVENTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-06 by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-199 of
 * test/coach/holdout6.ts (its header with the labelling definitions and calls, its types and helpers;
 * none of its entries or plans), test/coach/report.ts (Labelled / LabelledPlan shapes), and a
 * `grep -n "RuleCode" -A 12` of shared/coach/types.ts (the RuleCode type and the Finding shape).
 * Not opened: any other file under shared/coach/, the README, holdout.ts to holdout5.ts, holdout6.ts
 * from line 200 on, corpus.ts, handbook.ts, suite.ts, or anything under test/unit/ or test/e2e/. The
 * coach, `cascade lint`, vitest and npm test were never run on these titles. The shapes below copy
 * holdout6's (renamed Holdout7*) and were checked only with `tsc --noEmit -p tsconfig.json`, including
 * a throw-away file assigning both exports to Labelled[] and LabelledPlan[] (deleted afterwards).
 *
 * Domains, none of them used by an earlier set (checked against the list in the brief, which covers
 * holdout.ts to holdout6.ts): fire-rescue (a county fire and rescue service), telecom-carrier,
 * elevator-maintenance (lift and escalator service), pest-control, hair-salon (a salon chain),
 * auction-house, data-centre (a colocation operator), municipal-parks, greenhouse-grower, bike-share,
 * diagnostics-lab (a clinical pathology lab), pet-food (a maker), sports-league, toy-maker, winery,
 * optician-chain, home-care (a domiciliary care agency), grid-operator (an electricity distribution
 * network), meal-kit (a startup), moving-company.
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_7: 500 objectives (25 per domain), 200 sound (expect [], 40.0%), 300 with at least one
 *   label. Per label: number-title 73, task-listing 44, compliance 44, job-requirement 44,
 *   generic-container 43, no-key-results 23, goal-clone 24, kr-not-measurable 22. Seventeen entries
 *   carry two labels: number-title + job-requirement (7), number-title + goal-clone (5),
 *   generic-container + no-key-results (2), and one each of compliance + kr-not-measurable,
 *   task-listing + kr-not-measurable, number-title + no-key-results. 23 entries have `krs: []`: 20
 *   sound titles (no-key-results), 2 containers and 1 number title (each also no-key-results).
 * - HOLDOUT_7_PLANS: 10 plans, 150 nodes (15 each), 28 clone groups (26 of two members, 2 of three;
 *   30 copies); 43 sound nodes. Per label: generic-container 30, goal-clone 30, number-title 30,
 *   job-requirement 16, compliance 15, task-listing 6.
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout6's definitions (themselves holdout5's, holdout4's and holdout3's), by meaning
 * and not by keywords:
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
 * Calls made where the definitions leave room (holdout6's visible calls are kept; these are mine):
 * - Frequencies: a frequency with a quantity on a duty gives both labels, as in holdout6 ("Test every
 *   hydrant twice a year", "Visit every contract site eight times a year", "Top up the barrels every
 *   two weeks", "Review every care plan every six months", "Patrol the 132kV circuits by helicopter
 *   twice a year"), and so does a time limit on a queue ("Answer remote-hands tickets within 15
 *   minutes", "... within 48 hours"). A bare period word is not a quantity: "every month", "each
 *   Friday", "monthly", "weekly", "daily", "annual", "each morning", "the same day", "within a working
 *   day" leave a duty with job-requirement alone and a compliance title with compliance alone.
 * - Word grades are not numbers: "HMICFRS round 3: protection graded "good"", "CQC rating "Good" in
 *   all five key questions", "BRCGS Pet Food audit — grade AA" are compliance only (unlike holdout6's
 *   "USPH inspection — score 86 or above").
 * - Numbers that are not targets, besides holdout6's list: thresholds and ages that fix who or what
 *   is in scope ("every buyer spending over €10k", "every over-40", "over-75", "within five minutes
 *   of Wrenford station", "their first three months", "floors 8–18"), figures that describe today's
 *   problem or a fixed base ("driven 40 miles for a troponin", "not just the 40 trial stores",
 *   "won't spend 40 minutes cooking"), product specs, terms and sizes ("80 kW racks", "15-year solar
 *   PPA", "5-year guarantee", "7.5-tonne vans", "15-minute range", "15-minute calls", "11kV", "132kV",
 *   "360°"), models, versions and sites ("Schindler 3300", "KONE MonoSpace 500", "Vision 5", "Gen 4",
 *   "Harvest 2.0", "Sweetelle 7", "Marble Run 3", "IOS XR 7.11", "Amdocs 7", "DUB2", "Phase 3", "Hall
 *   C", "house 4", "Glasshouse 3"), codes and tiers ("ISO 15189", "EN 71", "767/2009", "Tier 3",
 *   "tier 1 measures", "Level 4 Diploma", "Class 1" as a grade before "92%"), ordinals ("salon number
 *   12", "round 3"), seasons and dates ("2027/28", "by 31 July"), the phone line "105".
 * - Only a metric name is number-title even with a scope after it: "Client retention",
 *   "Transactional NPS — Care", "Revenue per bike per day", "CML (customer minutes lost)". A count
 *   without digits is a target: "Three new licensed ranges", "Double the number of heat-treatment
 *   jobs", "Grow DTC subscribers tenfold". A volume of service ("Home fire safety visits: 9,000",
 *   "2 million tests this year", "Eye tests 1.2m") is number-title only, not task-listing.
 * - Compliance vs duty: a named inspection, audit, licence, registration, approval, statutory return
 *   or mandatory training is compliance even when it recurs or is worded as record-keeping ("Spray
 *   records kept to the Red Tractor standard", "ESQCR inspections of overhead lines on the statutory
 *   cycle", "Annual independent RoSPA inspection of every play area", "Hair Council registration
 *   renewed", "HTA licence conditions met", "GOC CPD points", "Driver CPC hours", "Natasha's Law
 *   allergen labelling", "General Conditions annual attestation"). A routine operating check is
 *   job-requirement even where a regulator expects it ("Daily walkaround check on each vehicle",
 *   "Run internal QC on every analyser ...", "Check the temperature of every chilled delivery at
 *   goods-in", "Test every batch for salmonella", "Calibrate the tonometers monthly"), and so is a fire
 *   service's own programme of premises audits ("Audit high-risk premises to the risk-based
 *   inspection programme": it is the department's standing work, not an audit it undergoes).
 * - Duties without "keep"/"maintain": "Appoint match officials to every fixture", "Phone critical
 *   results to the requesting clinician", "Handle the retailer returns and chargebacks", "Book the
 *   parking suspensions for every London job", "Write up the lots as they come in ...", "Answer the
 *   105 power-cut line", "Trim trees near the lines on the cutting cycle".
 * - Tasks written as noun phrases are still tasks: "Technician away day in September", "Salon refit,
 *   Didsbury", "Easter egg trail at Fenton Park", "End-of-season awards dinner", "Harvest party",
 *   "Photo shoot for the autumn catalogue", "Office move to the depot", "Launch event for the
 *   Bradford scheme". Publishing the season's fixture list is a one-off deliverable (task-listing).
 *   Migrations and swaps without a stated effect are task-listing ("Move the LIMS to WinPath
 *   Enterprise", "Swap the payment provider to Adyen", "Switch the courier to DPD", "Upgrade the core
 *   routers to IOS XR 7.11"); with one they are sound ("Control: move to Vision 5 mobilising so the
 *   nearest available appliance is sent ...", "Run the fleet on HVO so we can bid for ...").
 * - Awards: winning one for the first time is an outcome and sound ("Win a Green Flag Award for
 *   Fenton Park for the first time", "Win gold at the Decanter World Wine Awards ...", "Win a Toy of
 *   the Year nomination ..."); renewing an accreditation or approval stays compliance.
 * - Sound despite a trap word: audits and surveys sold or offered to customers ("Sell a pest-risk
 *   survey to restaurants ...", "Sell SOC 2 evidence packs to customers so their own auditors ...",
 *   "Protection team — offer free fire-safety audits to small takeaways so fewer kitchen fires start
 *   ..."), getting a customer through its own audit ("... through a BRC audit without a single pest
 *   finding"), hires that name compliance to open a market ("Hire a Head of Regulatory Compliance for
 *   Ireland so we can get the ComReg authorisation and launch there in 2028", "Hire a compliance
 *   officer for the new Hong Kong saleroom ..."), teaching with an effect ("Teach pickers to grade on
 *   the vine so less fruit is thrown out", "Train former miners as jointers so ...", "coaching the
 *   phlebotomists at the two worst clinics"), and "keep" used of an outcome ("Keep people living in
 *   their own homes after a hospital stay ...", "Be the meal kit people keep when money gets tight",
 *   "Storage ... so we keep customers whose completion dates don't line up").
 * - Copies: the same goal for another station, salon, branch or kitchen is a copy
 *   ("Wrenford: crew the on-call pump ..." / "Hexley: get the on-call pump crewed ...", the Norfolk and
 *   Suffolk branches' care-hours and care-plan lines, the Bristol and Manchester kitchens' goods-in
 *   checks and hygiene inspection), as is the same metric with another number and scope ("Churn below
 *   1.1% a month" / "Monthly churn under 0.8% on business accounts", "Tier 2 clubs: average attendance
 *   3,000" / "Tier 3 clubs: ... 1,200", "120 MW contracted" / "Contracted capacity: 40 MW in Dublin",
 *   "Sell 180,000 bottles" / "Sell 40,000 bottles at the cellar door", "Plant 20,000 trees by 2028" /
 *   "Plant 4,000 trees this year in the northern wards", "Uptime 99.999%" / "Availability 99.995% at
 *   DUB1 and DUB2"), and a copy keeps its other title labels. Not copies: a child that names the lever
 *   under a number parent ("Cut returns of the RC cars by fixing the battery door that breaks" under
 *   "Return rate below 2%"), a sharper child under its parent ("Restaurants within an hour of the
 *   vineyard listing us by the glass" under the sommelier goal, "Let customers swap any meal ..." under
 *   the cancellation goal), and siblings on a related theme ("Rebalance bikes with cargo trikes instead
 *   of vans" after the Gen 4 e-bike line, which also mentions vans; the senior-cat range in Germany
 *   after the grain-free range in the Netherlands). Containers differing only in scope ("Site
 *   Operations — UK" / "Site Operations — Ireland", "Norfolk branch" / "Suffolk branch") are not
 *   copies, as in holdout6.
 * - kr-not-measurable follows the definition literally: a title that would be sound, a task and a
 *   compliance title each carry it when one of their KRs is bare ("Make the coverage checker
 *   trustworthy ..." has one good KR and one empty KR: still flagged). Not flagged: a KR whose title
 *   has a quantity but whose numbers are the untouched default ("Over-65s using a park every week:
 *   30%"), and a % KR from 0 ("Barbering clients rebooking within 6 weeks", unit set).
 * - Typos are kept as written ("experiance", "recieve", "efficency"); they change no label.
 */

export type Holdout7Domain =
  | 'fire-rescue'
  | 'telecom-carrier'
  | 'elevator-maintenance'
  | 'pest-control'
  | 'hair-salon'
  | 'auction-house'
  | 'data-centre'
  | 'municipal-parks'
  | 'greenhouse-grower'
  | 'bike-share'
  | 'diagnostics-lab'
  | 'pet-food'
  | 'sports-league'
  | 'toy-maker'
  | 'winery'
  | 'optician-chain'
  | 'home-care'
  | 'grid-operator'
  | 'meal-kit'
  | 'moving-company';

export interface Holdout7Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout7Entry {
  title: string;
  domain: Holdout7Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout7Kr[];
}

export interface Holdout7Plan {
  name: string;
  domain: Holdout7Domain;
  /** In tree order; each clone group's original comes first depth-first and breadth-first. */
  nodes: { key: string; parentKey: string | null; title: string; expect: RuleCode[] }[];
  /** Original first, then its copies. */
  cloneGroups: string[][];
}

type Extra = Pick<Holdout7Entry, 'parent' | 'siblings' | 'krs'>;

const at =
  (domain: Holdout7Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout7Entry => ({ title, domain, expect, ...extra });

/** A KR as the app leaves it when nobody fills it in: 0 -> 100, nothing recorded, no unit. */
const placeholder = (title: string): Holdout7Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with no numbers at all. */
const empty = (title: string): Holdout7Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout7Kr => ({
  title,
  unit,
  start,
  target,
  current,
});

const fire = at('fire-rescue');
const tel = at('telecom-carrier');
const lift = at('elevator-maintenance');
const pest = at('pest-control');
const salon = at('hair-salon');
const auc = at('auction-house');
const dc = at('data-centre');
const parks = at('municipal-parks');
const gh = at('greenhouse-grower');
const bike = at('bike-share');
const lab = at('diagnostics-lab');
const pet = at('pet-food');
const league = at('sports-league');
const toy = at('toy-maker');
const wine = at('winery');
const opt = at('optician-chain');
const care = at('home-care');
const grid = at('grid-operator');
const kit = at('meal-kit');
const move = at('moving-company');

export const HOLDOUT_7: Holdout7Entry[] = [
  // ── fire-rescue ──────────────────────────────────────────────────────────────────────────────
  fire("Cut accidental dwelling fires by getting working smoke alarms into the homes that still don't have one"),
  fire('Make sure no over-75 living alone in Fenbridge goes into the winter without a working smoke alarm'),
  fire('Get the on-call pumps at Hexley and Brandon crewed in the daytime so rural calls stop waiting for a neighbouring station'),
  fire('Become the people local businesses ring for fire-safety advice before they fit out a building, not after the enforcement notice'),
  fire('Recruit on-call firefighters who live or work within five minutes of Wrenford station, so the pump is available during the day'),
  fire('Spot moorland wildfires earlier with thermal-imaging drones so the first crews go to the right flank'),
  fire('Control: move to Vision 5 mobilising so the nearest available appliance is sent, not the one whose station area it is'),
  fire('Road safety — get to young drivers at the sixth-form colleges before they pass their test, while habits are still forming'),
  fire('Priya: make the Tower Court evacuation strategy something residents on floors 8–18 actually understand and trust'),
  fire('Protection team — offer free fire-safety audits to small takeaways so fewer kitchen fires start on the high street'),
  fire('Turn the fire cadet scheme into a real route into the service for teenagers from the Millfield estate', ['no-key-results'], {
    krs: [],
  }),
  fire('Bring down deliberate fires in derelict buildings on the east side', ['kr-not-measurable'], {
    krs: [placeholder('Derelict sites secured with the council and the owners')],
  }),
  fire('First appliance in attendance within 8 minutes at 90% of dwelling fires', ['number-title']),
  fire('Halve fire deaths in the home by 2029', ['number-title']),
  fire('Unwanted fire signals from AFA down 30% y/y', ['number-title']),
  fire('Hold the Central station open day in June', ['task-listing']),
  fire('Replace the BA compressors at the Ashby training centre', ['task-listing']),
  fire('New station signage and the on-call recruitment video', ['task-listing']),
  fire('HMICFRS round 3: protection graded "good"', ['compliance']),
  fire('All crews through the annual BA assessment, the EFAD driving refresher and incident command revalidation', ['compliance']),
  fire('Test every hydrant twice a year and report defects to Severn Water', ['number-title', 'job-requirement']),
  fire('Appliance and kit checks at the start of each watch', ['job-requirement']),
  fire('Station Manager — Wrenford', ['generic-container']),
  fire('Prevention directorate 2027', ['generic-container']),
  fire('Reduce accidental house fires across the borough', ['goal-clone'], {
    parent: 'Cut accidental dwelling fires across the borough',
  }),

  // ── telecom-carrier ──────────────────────────────────────────────────────────────────────────
  tel('Make our 5G standalone core the reason enterprises move their private networks off Vodafone'),
  tel('Win back the prepaid youth market from the MVNOs with a plan people actually recommend to their friends'),
  tel('Stop customers in the Highlands losing signal on the A9 by sharing masts with the other operators'),
  tel('Fibre to the villages Openreach passed over, ahead of the Project Gigabit lots'),
  tel('Switch off 3G without stranding the customers who still rely on it for alarms and telecare'),
  tel('Make porting in from another carrier take minutes instead of days'),
  tel('Network ops — predict cell-site failures from the alarm stream so engineers are out before customers notice'),
  tel('eSIM for business accounts on the iPhone 15 and Pixel 8 so new starters are connected on day one'),
  tel('Show roaming charges in the app before they land, so bill-shock calls to Care stop'),
  tel('Hire a Head of Regulatory Compliance for Ireland so we can get the ComReg authorisation and launch there in 2028'),
  tel('Be the carrier small businesses choose because one person sorts everything', ['no-key-results'], { krs: [] }),
  tel('Make the coverage checker trustworthy enough that customers stop ringing to ask', ['kr-not-measurable'], {
    krs: [empty('Coverage checker accuracy improved'), kr('Coverage complaints per 10k customers', 'complaints', 14, 6, 11)],
  }),
  tel('ARPU £19.50 on postpaid consumer', ['number-title']),
  tel('Churn under 1.1% a month', ['number-title']),
  tel('Transactional NPS — Care', ['number-title']),
  tel('Redo the sub-brand guidelines and the shop signage pack', ['task-listing']),
  tel('Billing: migrate from Amdocs 7 to the cloud stack (BIL-880)', ['task-listing']),
  tel('Telecoms Security Act — tier 1 measures in place by the Ofcom deadline', ['compliance']),
  tel('General Conditions annual attestation and the complaints-handling return to Ofcom', ['compliance']),
  tel('Complete the annual PCI DSS assessment for the retail stores', ['compliance', 'kr-not-measurable'], {
    krs: [empty('Assessment complete')],
  }),
  tel('Answer business fault tickets inside the contracted SLA', ['job-requirement']),
  tel('Patch the core routers each month and keep the CVE register current', ['job-requirement']),
  tel('CTO org', ['generic-container']),
  tel('Enterprise & Wholesale — Scotland', ['generic-container']),
  tel('Porting from other carriers in minutes rather than days', ['goal-clone'], {
    parent: 'Be the easiest network to join',
    siblings: ['Make porting in from another carrier take minutes, not days'],
  }),

  // ── elevator-maintenance ─────────────────────────────────────────────────────────────────────
  lift('Predict door-operator failures on the Schindler 3300 fleet from remote monitoring so we fix them before anyone is trapped'),
  lift('Be the modernisation partner housing associations pick when their 1970s lifts finally go'),
  lift('Get passenger entrapments down to the point where residents stop filming them for the local paper'),
  lift('Win the NHS Shared Business Services framework for hospital bed-lifts in the North West'),
  lift('Fix it first time: vans carry the parts the monitoring says the engineer will need'),
  lift('Turn the Leeds office into a training hub so apprentices qualify locally instead of going to Birmingham'),
  lift('Tell building managers exactly when the engineer will arrive so nobody waits by the lift all day'),
  lift('Open a Glasgow depot to take on the Scottish contracts we keep turning down'),
  lift('Refurb kits for KONE MonoSpace 500 units so owners can avoid a full replacement'),
  lift('Ana — cut call-backs on the Meridian Mall escalators by fixing the step-chain wear at source'),
  lift('Lift owners renew with us because our reports make sense to them', ['no-key-results'], { krs: [] }),
  lift('Engineering Manager — Yorkshire', ['generic-container', 'no-key-results'], { krs: [] }),
  lift('Shorten the wait between quote and installation on modernisations', ['kr-not-measurable'], {
    krs: [placeholder('Faster lead times')],
  }),
  lift('First-time fix rate 85%', ['number-title']),
  lift('£4.2m modernisation order book', ['number-title']),
  lift('Callouts per unit per year below 2.5', ['number-title']),
  lift('Order the new test weights for load testing', ['task-listing']),
  lift('Set up the new van racking across the fleet', ['task-listing']),
  lift("LOLER: every lift on our books examined by the insurer's engineer before its report lapses", ['compliance']),
  lift('Every engineer holds an in-date CSCS card and has done the confined-spaces refresher', ['compliance']),
  lift('Service visits done on the contract schedule at every site', ['job-requirement']),
  lift('Log each callout in FieldForce before leaving the building', ['job-requirement']),
  lift('Service Ops — North', ['generic-container']),
  lift('Modernisation Team targets FY27', ['generic-container']),
  lift("Become the housing associations' modernisation partner of choice", ['goal-clone'], {
    parent: 'Make us the modernisation partner housing associations choose',
  }),

  // ── pest-control ─────────────────────────────────────────────────────────────────────────────
  pest('Be the pest contractor food factories trust to get them through a BRC audit without a single pest finding'),
  pest('Replace poison baiting with monitored traps across the commercial estates so we stop killing owls and cats'),
  pest("Win the council's social-housing bedbug contract by proving heat treatment works first time"),
  pest('Get rats out of the Riverside flats for good by proofing the drains, not just baiting'),
  pest("Grow bird-proofing work on the city's listed buildings"),
  pest("Make our technicians the ones who spot the problem the customer hasn't noticed yet"),
  pest('A home subscription so wasps and mice are sorted before they become an emergency call'),
  pest('Ops — use the PestConnect 2 sensors so we only visit sites where there is activity'),
  pest('Expand into South Wales, starting with the food factories along the M4'),
  pest('Sell a pest-risk survey to restaurants opening new sites so they design out the problems'),
  pest('Be the name letting agents call first when a tenant has bedbugs', ['no-key-results'], { krs: [] }),
  pest('Win more repeat work from hotels', ['kr-not-measurable'], { krs: [empty('Hotel relationships strengthened')] }),
  pest('Contract revenue +18%', ['number-title']),
  pest('Double the number of heat-treatment jobs', ['number-title']),
  pest('3,500 domestic subscriptions', ['number-title']),
  pest('Print the new van livery and the leaflets', ['task-listing']),
  pest('Technician away day in September', ['task-listing']),
  pest('Everyone using rodenticides holds the CRRU-approved certificate by the renewal date', ['compliance']),
  pest('BPCA membership audit passed', ['compliance']),
  pest('Visit every contract site eight times a year and write up the report', ['number-title', 'job-requirement']),
  pest('Restock the vans from the depot each Friday', ['job-requirement']),
  pest('Callbacks: a return visit the same week for every complaint', ['job-requirement']),
  pest('Area Manager, South Coast', ['generic-container']),
  pest('Commercial division', ['generic-container']),
  pest('Swap poison bait for monitored traps on the commercial estates', ['goal-clone'], {
    parent: 'Be the greenest pest contractor in the county',
    siblings: ['Replace poison baiting with monitored traps on the commercial estates'],
  }),

  // ── hair-salon ───────────────────────────────────────────────────────────────────────────────
  salon('Make our colourists the reason clients travel in from out of town'),
  salon('Fill the quiet Tuesday and Wednesday chairs with students and over-60s'),
  salon("Launch a men's grooming offer in the Deansgate and Cheadle salons"),
  salon('Stop losing our best stylists to chair rental — give them a path to senior and educator'),
  salon('Clients rebook before they leave because their stylist makes the next visit feel obvious'),
  salon('Own-label aftercare so clients keep the colour longer and come back to us for it'),
  salon('Get online booking to the point where nobody has to ring the salon'),
  salon('Make Chorlton carbon-neutral so we can stand behind the Green Salon promise'),
  salon('Open salon number 12 in Altrincham'),
  salon("Teach balayage to the juniors so it isn't only three senior colourists who can do it"),
  salon('Be the salon group Manchester brides book first', ['no-key-results'], { krs: [] }),
  salon('Build a loyal following for the new barbering brand', ['kr-not-measurable'], {
    krs: [placeholder('Loyal clients'), kr('Barbering clients rebooking within 6 weeks', '%', 0, 50, 12)],
  }),
  salon('Retail sales 15% of service revenue', ['number-title']),
  salon('Average bill £68', ['number-title']),
  salon('Client retention', ['number-title']),
  salon('Choose a new colour brand supplier', ['task-listing']),
  salon('Salon refit, Didsbury', ['task-listing']),
  salon('Hair Council registration renewed for every stylist', ['compliance']),
  salon('COSHH assessments for the new bleach and toner range signed off', ['compliance']),
  salon('Clean and disinfect tools between every client', ['job-requirement']),
  salon('Stock count every Monday morning', ['job-requirement']),
  salon('Salon Managers', ['generic-container']),
  salon('Education Academy — 2027 goals', ['generic-container']),
  salon('Salon Ops: our colourists are why clients travel in', ['goal-clone'], {
    parent: 'Make our colourists the reason clients travel in',
  }),
  salon('Average bill £72 at Deansgate', ['number-title', 'goal-clone'], {
    parent: 'Grow what each client spends per visit',
    siblings: ['Average bill £68'],
  }),

  // ── auction-house ────────────────────────────────────────────────────────────────────────────
  auc('Become the house collectors consign Scottish Colourists to, ahead of Lyon & Turnbull'),
  auc('Bring younger buyers into the online-only design sales'),
  auc('Condition reports good enough that overseas buyers bid without viewing'),
  auc('Win private-collector estates through the probate solicitors we already work with'),
  auc('A valuation-day circuit in the Borders so consignments come to us instead of going to London'),
  auc('Cut the time between hammer and payout so consignors come back'),
  auc('Grow jewellery & watches with specialists who bring their own following'),
  auc('Hire a compliance officer for the new Hong Kong saleroom so we can hold sales there from 2028'),
  auc('Photograph every lot in 360° so overseas bidders trust what they are buying'),
  auc("Make the Edinburgh saleroom somewhere people go on a Saturday even when they aren't buying"),
  auc('Turn our single-owner sales into events the press covers', ['no-key-results'], { krs: [] }),
  auc('Raise sell-through on the modern art sales', ['kr-not-measurable'], { krs: [empty('Better estimates')] }),
  auc('Hammer total £22m', ['number-title']),
  auc('Sell-through above 80% in every department', ['number-title']),
  auc('Online bidders up by a third', ['number-title']),
  auc('Take a stand at TEFAF Maastricht', ['task-listing']),
  auc('Move online bidding from the-saleroom.com to our own platform', ['task-listing']),
  auc('AML checks on every buyer spending over €10k, as the MLR 2017 require', ['compliance']),
  auc('Ivory Act exemption certificate in place before any pre-1947 item is offered', ['compliance']),
  auc('Arts Council export licences for every lot over the threshold before it ships', ['compliance']),
  auc('Answer condition-report requests within a working day', ['job-requirement']),
  auc('Write up the lots as they come in and get them onto the website', ['job-requirement']),
  auc('Specialists — Pictures', ['generic-container']),
  auc('Q1 targets', ['generic-container']),
  auc('Attract younger bidders to the online-only design auctions', ['goal-clone'], {
    parent: 'Bring younger buyers into the online design sales',
  }),

  // ── data-centre ──────────────────────────────────────────────────────────────────────────────
  dc('Make our Slough campus the place hyperscalers land their next AI cluster'),
  dc('Reuse the waste heat from DUB2 to warm the new housing scheme next door'),
  dc('Sign a 15-year solar PPA so the Amsterdam halls run on power we can point to'),
  dc('A portal where colocation customers see their own power draw live'),
  dc('Stop losing enterprise deals on cross-connect lead times'),
  dc('Planning consent for Phase 3 at Didcot before the grid connection offer lapses'),
  dc('Liquid cooling in Hall C so we can sell 80 kW racks'),
  dc("Move customers off the legacy 2N design where they don't need it, so they stop paying for redundancy they never use"),
  dc('Win back the Frankfurt bank that left after the 2025 outage'),
  dc('Sell SOC 2 evidence packs to customers so their own auditors are done in days, not weeks'),
  dc('Be the greenest colocation provider in the UK', ['no-key-results'], { krs: [] }),
  dc('Improve the customer onboarding experiance', ['kr-not-measurable'], { krs: [placeholder('Onboarding feedback')] }),
  dc('PUE 1.25 across the estate (see https://wiki.halcyon.internal/ops/pue)', ['number-title']),
  dc('120 MW contracted by year end', ['number-title']),
  dc('Uptime 99.999%', ['number-title']),
  dc('Replace the UPS batteries in DUB1', ['task-listing']),
  dc('Commission the new BMS', ['task-listing']),
  dc('ISO 27001 and SOC 2 Type II surveillance audits passed', ['compliance']),
  dc('Submit the Energy Efficiency Directive data-centre report for the Frankfurt sites', ['compliance']),
  dc('Run the generators on load every month', ['job-requirement']),
  dc('Answer remote-hands tickets within 15 minutes', ['number-title', 'job-requirement']),
  dc('Site Operations — EMEA', ['generic-container']),
  dc('Facilities Engineering', ['generic-container']),
  dc('Slough: the campus hyperscalers pick for their next AI cluster', ['goal-clone'], {
    parent: 'Grow hyperscale revenue in the UK',
    siblings: ['Make Slough the campus hyperscalers choose for their next AI cluster'],
  }),
  dc("Heat the new housing next door with DUB2's waste heat", ['goal-clone'], {
    parent: 'Reuse the waste heat from DUB2 to warm the neighbouring housing',
  }),

  // ── municipal-parks ──────────────────────────────────────────────────────────────────────────
  parks('Get families from the north estates using Hollins Park again after dark'),
  parks('Turn the closed bowling greens into growing spaces the neighbours run themselves'),
  parks('Bring the River Dene back into the parks as something people can touch, not fence off'),
  parks('Make the parks the easiest free way for over-65s to stay active', [], {
    krs: [placeholder('Over-65s using a park every week: 30%')],
  }),
  parks('Stop mowing the verges that could be wildflower meadows, and tell people why'),
  parks('Win a Green Flag Award for Fenton Park for the first time'),
  parks('A Friends group in every ward, so people have a say in their own park'),
  parks('Toilets open when people need them, with a café partner paying for the upkeep'),
  parks('Cut anti-social behaviour at the skate park by letting young people design the new section'),
  parks("Cut the parks' diesel use by moving grounds crews onto battery mowers and e-cargo bikes"),
  parks("Make Hollins Park the city's summer events ground", ['no-key-results'], { krs: [] }),
  parks('Better-connected green corridors for wildlife', ['kr-not-measurable'], { krs: [empty('Corridors joined up')] }),
  parks('Plant 20,000 trees by 2028', ['number-title']),
  parks("Park satisfaction 75% in the residents' survey", ['number-title']),
  parks('Volunteer hours +40%', ['number-title']),
  parks('Repaint the bandstand', ['task-listing']),
  parks('Easter egg trail at Fenton Park', ['task-listing']),
  parks('Annual independent RoSPA inspection of every play area', ['compliance']),
  parks("Highway tree safety survey under the council's duty of care", ['compliance']),
  parks('Empty the bins and litter-pick the town-centre parks every morning', ['job-requirement']),
  parks('Mow the sports pitches to league spec through the season', ['job-requirement']),
  parks('Grounds crews: weed the rose beds and edge the paths on the summer rota', ['job-requirement']),
  parks('Parks & Open Spaces — East Area', ['generic-container']),
  parks('Head of Green Spaces', ['generic-container']),
  parks('Plant 4,000 trees this year in the northern wards', ['number-title', 'goal-clone'], {
    parent: 'Plant 20,000 trees by 2028',
  }),

  // ── greenhouse-grower ────────────────────────────────────────────────────────────────────────
  gh('Grow tomatoes year-round under LED so the supermarkets stop importing from Spain in winter'),
  gh('Capture the CO2 from the CHP and stop buying bottled gas'),
  gh('Become the grower Waitrose comes to first for new snacking varieties'),
  gh('Peat-free propagation mix without losing germination'),
  gh('Biological control in every glasshouse so we can put "no residues" on the pack'),
  gh('Cut the heat bill by moving block B onto the geothermal well', [], {
    parent: 'Be the most energy-independent grower in the Lea Valley',
  }),
  gh("Harvest robots on the cucumber line so we stop depending on seasonal labour we can't get"),
  gh('Open a farm shop at Nursery Lane so locals buy direct'),
  gh('Launch Sweetelle 7 cherry tomatoes under our own brand'),
  gh('Teach pickers to grade on the vine so less fruit is thrown out at packing'),
  gh('Be the most energy-independent grower in the Lea Valley', ['no-key-results'], { krs: [] }),
  gh('Reduce water use in the pepper houses', ['kr-not-measurable'], { krs: [placeholder('Water efficency')] }),
  gh('Yield 85 kg/m² on the tomato crop', ['number-title']),
  gh('£1.8m of new herb contracts', ['number-title']),
  gh('Class 1 pack-out 92%', ['number-title']),
  gh('Tomato output 4,000 tonnes', ['number-title', 'no-key-results'], { krs: [] }),
  gh('Re-glaze the north wall of house 4', ['task-listing']),
  gh('Go to Fruit Logistica in Berlin', ['task-listing']),
  gh('GLOBALG.A.P. recertification with no major non-conformities', ['compliance']),
  gh('Spray records kept to the Red Tractor standard', ['compliance']),
  gh('Calibrate the climate computer sensors every week', ['job-requirement']),
  gh('Walk the crop each morning for pests', ['job-requirement']),
  gh('Glasshouse 3 team', ['generic-container']),
  gh('Growing — priorities', ['generic-container']),
  gh('Become the first grower supermarkets call for new snacking varieties', ['goal-clone'], {
    parent: 'Be the grower supermarkets come to first for new snacking varieties',
  }),

  // ── bike-share ───────────────────────────────────────────────────────────────────────────────
  bike('Put docks where the night-shift workers at the hospitals actually need them'),
  bike('Get commuters who drive to the business parks onto e-bikes for the last mile'),
  bike('Stop bikes ending up in the canal by moving to geofenced parking bays'),
  bike("Win the council's scheme tender for Bradford in 2027"),
  bike("Make the bikes usable by people who don't have a smartphone"),
  bike('Roll out the Gen 4 e-bike with the swappable battery so vans stop driving round charging them'),
  bike('Membership as a staff benefit with the big employers in the city'),
  bike('Rebalance bikes with cargo trikes instead of vans', [], {
    siblings: ['Roll out the Gen 4 e-bike with the swappable battery so vans stop driving round charging them'],
  }),
  bike('Win riders back in the rain with proper mudguards and covered docks'),
  bike('Ops — predict which docks will be empty at 8am and fill them the night before'),
  bike('Be the way students get around the city', ['no-key-results'], { krs: [] }),
  bike('Make riders feel safe on the routes we recommend', ['kr-not-measurable'], {
    krs: [empty('Safe routes'), placeholder('Route feedback')],
  }),
  bike('3.5 million rides', ['number-title']),
  bike('Bikes out of service under 5% at any time', ['number-title']),
  bike('Revenue per bike per day', ['number-title']),
  bike('Redesign the dock signage', ['task-listing']),
  bike('Swap the payment provider to Adyen', ['task-listing']),
  bike('Launch event for the Bradford scheme', ['task-listing', 'kr-not-measurable'], { krs: [placeholder('Event delivered')] }),
  bike('Street-trading licence and highways permit renewed for every dock', ['compliance']),
  bike('PAT testing and LOLER for the workshop hoists', ['compliance']),
  bike('Check tyre pressure and brakes on every bike that comes into the workshop', ['job-requirement']),
  bike('Clear the vandalised bikes off the street within the day', ['job-requirement']),
  bike('City Managers', ['generic-container']),
  bike('H2 2027 goals', ['generic-container']),
  bike('Last mile by e-bike for commuters who drive to Aire Park', ['goal-clone'], {
    parent: 'Get commuters onto e-bikes for the last mile',
    siblings: ['Get commuters who drive to Aire Park onto e-bikes for the last mile'],
  }),

  // ── diagnostics-lab ──────────────────────────────────────────────────────────────────────────
  lab("Get GP blood results back the same day so patients aren't called in twice"),
  lab('Bring hereditary-cancer genomic testing in-house instead of sending it to London'),
  lab('Win the community diagnostic centre contract for the Mid Counties'),
  lab('Make it impossible to mislabel a sample by printing labels at the bedside', [], {
    parent: 'Make the lab the safest link in the patient pathway',
  }),
  lab("Automate the haematology line so the night shift isn't one person running between analysers"),
  lab('Direct-to-patient testing for the private clinics we already serve'),
  lab('Stop samples coming back haemolysed by coaching the phlebotomists at the two worst clinics'),
  lab("Point-of-care testing in the three rural minor injury units so patients aren't driven 40 miles for a troponin"),
  lab('Cut reagent waste by matching orders to the test volumes we actually run'),
  lab('Sell our microbiology capacity to the water companies'),
  lab("Be the lab clinicians ring when they don't know which test to order", ['no-key-results'], { krs: [] }),
  lab('Reduce turnaround time for histology', ['kr-not-measurable'], { krs: [placeholder('Histology turnaround reduced')] }),
  lab('Turnaround under 4 hours for 95% of urgent samples', ['number-title']),
  lab('2 million tests this year', ['number-title']),
  lab('Lift private revenue to £6m', ['number-title']),
  lab('Move the LIMS to WinPath Enterprise', ['task-listing']),
  lab('Refurbish specimen reception', ['task-listing']),
  lab('UKAS ISO 15189 surveillance visit passed with no major findings', ['compliance']),
  lab('Annual information governance training for all staff', ['compliance']),
  lab('HTA licence conditions met for the mortuary and the tissue bank', ['compliance']),
  lab('Run internal QC on every analyser before patient samples each day', ['job-requirement']),
  lab('Phone critical results to the requesting clinician', ['job-requirement']),
  lab('Blood Sciences', ['generic-container']),
  lab('Pathology Network objectives 2027/28', ['generic-container']),
  lab('Same-day GP blood results', ['goal-clone'], { parent: 'Get GP blood results back the same day' }),

  // ── pet-food ─────────────────────────────────────────────────────────────────────────────────
  pet('Make our grain-free range the one vets recommend for dogs with sensitive stomachs'),
  pet('Get into Pets at Home nationally, not just the 40 trial stores'),
  pet('Recyclable mono-material pouches before the supermarkets demand them'),
  pet('An insect-protein kibble cats will actually eat'),
  pet('Win the puppy: be the food breeders send home with new owners'),
  pet('Stop the Halifax line being the bottleneck every Christmas'),
  pet('Direct-to-door subscriptions so we own the customer relationship'),
  pet('Take the senior-cat range to Germany through Fressnapf', [], {
    parent: 'Grow outside the UK',
    siblings: ['Make our grain-free range the one vets recommend in the Netherlands'],
  }),
  pet('Source all chicken from RSPCA Assured farms so the welfare claim on the pack stands up'),
  pet('Make the Harvest 2.0 recipe taste better to fussy eaters without raising cost'),
  pet('Be the pet food people trust after the recall scares', ['no-key-results'], { krs: [] }),
  pet('Improve palatability on the wet range', ['kr-not-measurable'], { krs: [empty('Palatability improved')] }),
  pet('Gross margin 38%', ['number-title']),
  pet('Grow DTC subscribers tenfold', ['number-title']),
  pet('£45m sales', ['number-title']),
  pet('Redo the packaging artwork for the kitten range', ['task-listing']),
  pet('Photo shoot for the autumn catalogue', ['task-listing']),
  pet('BRCGS Pet Food audit — grade AA', ['compliance']),
  pet('Labels on every SKU compliant with Regulation (EC) 767/2009 before the EU launch', ['compliance']),
  pet('Test every batch for salmonella before release', ['job-requirement']),
  pet('Keep the allergen matrix up to date', ['job-requirement']),
  pet('Factory — Halifax', ['generic-container']),
  pet('Commercial team: Grocery', ['generic-container']),
  pet('Marketing & Innovation, Europe', ['generic-container']),
  pet('Margin 40% on the wet range', ['number-title', 'goal-clone'], {
    parent: 'Make the wet range profitable',
    siblings: ['Gross margin 38% on wet'],
  }),

  // ── sports-league ────────────────────────────────────────────────────────────────────────────
  league("Make the women's league a Saturday night TV fixture rather than a streaming afterthought"),
  league("Academy players leave school with qualifications, so the ones who don't make it have a future"),
  league('Fill the grounds of the bottom-half clubs with families through a shared ticket scheme'),
  league('Sell the overseas broadcast rights as one package instead of club by club', [], {
    parent: "Make the women's league a Saturday night TV fixture",
  }),
  league('Stop clubs going into administration with a cap on wages against turnover'),
  league('Semi-automated offside in the Championship for 2028/29'),
  league('Win back the fans who stopped coming after the ticket-price rises'),
  league("A league-wide fantasy game that keeps fans watching matches their club isn't in"),
  league('Make refereeing a career people from our communities choose'),
  league('Tier 3 clubs: help them onto 3G pitches they can rent out to the community'),
  league('Be the most watched second-tier league in Europe', ['no-key-results'], { krs: [] }),
  league("Grow the league's social reach", ['kr-not-measurable'], {
    krs: [placeholder('Social reach'), kr('TikTok followers', 'followers', 120000, 400000, 150000)],
  }),
  league('Average attendance 14,500', ['number-title']),
  league('Commercial income up 25%', ['number-title']),
  league('Broadcast deal worth £180m over four years', ['number-title']),
  league('Publish the 2027/28 fixture list', ['task-listing']),
  league('End-of-season awards dinner', ['task-listing']),
  league("Every club passes the Owners' and Directors' Test before the season starts", ['compliance']),
  league('Safeguarding training for all academy coaches', ['compliance']),
  league('Appoint match officials to every fixture', ['job-requirement']),
  league('Process player registrations before the transfer deadline', ['job-requirement']),
  league('Football Operations', ['generic-container']),
  league('Commercial Director', ['generic-container']),
  league('Win back fans lost to the ticket price increases', ['goal-clone'], {
    parent: 'Win back the fans who stopped coming after the price rises',
  }),
  league('Average attendance 16,000 in the Premier division', ['number-title', 'goal-clone'], {
    parent: 'Fill the grounds',
    siblings: ['Average attendance 14,500 in the Championship'],
  }),

  // ── toy-maker ────────────────────────────────────────────────────────────────────────────────
  toy('A wooden toy range parents buy as a gift because it lasts to the next sibling'),
  toy('Get the Buildables STEM kits into elementary school classrooms in Ohio and Michigan'),
  toy('Replace virgin plastic in the bath toys with sugarcane resin, color-matched to the current line'),
  toy('Win a Toy of the Year nomination for Marble Run 3'),
  toy('Launch in the US through Target without discounting the brand'),
  toy('Toys children with visual impairments can play with alongside their friends'),
  toy('Stop the Christmas stock-outs that cost us the Argos listing last year'),
  toy('Bring puzzle production back from China to the Stoke factory'),
  toy('Licensing: sign a film tie-in that fits the brand rather than chasing the biggest property'),
  toy('Cut returns of the RC cars by fixing the battery door that breaks', [], { parent: 'Return rate below 2%' }),
  toy('Be the toy brand grandparents trust', ['no-key-results'], { krs: [] }),
  toy("Grow the collectors' community around the tin soldiers", ['kr-not-measurable'], { krs: [empty('Community growth')] }),
  toy('Revenue £30m, 60% outside the UK', ['number-title']),
  toy('Return rate below 2%', ['number-title']),
  toy('Three new licensed ranges', ['number-title']),
  toy('Exhibit at Nuremberg Toy Fair', ['task-listing']),
  toy('Refresh the website product photography', ['task-listing']),
  toy('UKCA and CE marking with EN 71 test reports for every new line', ['compliance']),
  toy('Annual SMETA audit at the Dongguan supplier', ['compliance']),
  toy('Sample-test each production batch for small parts', ['job-requirement']),
  toy('Answer retailer queries on the B2B portal within 48 hours', ['number-title', 'job-requirement']),
  toy('Handle the retailer returns and chargebacks', ['job-requirement']),
  toy('Product Development', ['generic-container']),
  toy('Brand & Licensing FY27 goals', ['generic-container']),
  toy('Toby: launch with Target in the US without discounting', ['goal-clone'], {
    parent: 'Launch in the US through Target without discounting the brand',
  }),

  // ── winery ───────────────────────────────────────────────────────────────────────────────────
  wine('Make our traditional-method sparkling the English wine sommeliers pour instead of Champagne'),
  wine('Plant the south slope with Pinot Meunier so a late frost costs us less'),
  wine('A cellar-door experience that brings London day-trippers down by train'),
  wine('Export to Japan through one importer who takes the whole range'),
  wine('Lightweight bottles, so the carbon-footprint claim stands up'),
  wine('Win gold at the Decanter World Wine Awards with the 2024 Blanc de Blancs'),
  wine('Restaurants within an hour of the vineyard listing us by the glass', [], {
    parent: 'Make our sparkling the English wine sommeliers pour instead of Champagne',
  }),
  wine('Launch a wine club so loyal customers buy before release'),
  wine('Less spraying by converting the Old Orchard block to PIWI varieties'),
  wine('Hire a vineyard manager from Champagne who knows chalk'),
  wine("Be the English winery people visit even if they don't drink", ['no-key-results'], { krs: [] }),
  wine('Build the brand in Scandinavia', ['kr-not-measurable'], { krs: [placeholder('Brand awareness in the Nordics')] }),
  wine('Sell 180,000 bottles', ['number-title']),
  wine('Cellar door revenue up to £900k', ['number-title']),
  wine('A third of the vintage sold direct', ['number-title']),
  wine('Replace the labeller on the bottling line', ['task-listing']),
  wine('Plan the harvest party', ['task-listing']),
  wine('Get the new tasting-room website live', ['task-listing']),
  wine('WSB vineyard register and harvest declaration submitted on time', ['compliance']),
  wine('HMRC excise warehouse approval renewed', ['compliance']),
  wine('Top up the barrels every two weeks', ['number-title', 'job-requirement']),
  wine('Log tank-hall temperatures', ['job-requirement']),
  wine('Vineyard Team', ['generic-container']),
  wine('Sales — On-trade', ['generic-container']),
  wine('Cellar: our sparkling is what sommeliers pour in place of Champagne', ['goal-clone'], {
    parent: 'Make our sparkling the English wine sommeliers pour instead of Champagne',
  }),

  // ── optician-chain ───────────────────────────────────────────────────────────────────────────
  opt('Catch glaucoma earlier by offering OCT scans to every over-40 as part of the standard test'),
  opt('Make our own-brand frames the reason people walk past Specsavers'),
  opt('Get children from the estates into our practices through the school-screening referrals', [], {
    parent: "Be the optician people trust for children's eyes",
  }),
  opt("Myopia-control lenses for parents worried about their kids' screen time"),
  opt('Open domiciliary eye care in the care homes around Bristol'),
  opt('Win the NHS minor eye conditions contract for Devon'),
  opt('Cut the wait for glasses by glazing single-vision lenses in the practice'),
  opt('Train dispensing assistants to handle aftercare so optometrists can focus on clinical work'),
  opt('Launch the Vantage 2 frames with a 5-year guarantee'),
  opt('Take back old frames for recycling so customers have a reason to come in'),
  opt("Be the optician people trust for children's eyes", ['no-key-results'], { krs: [] }),
  opt('Make the online booking journey smoother', ['kr-not-measurable'], { krs: [empty('Booking journey improved')] }),
  opt('Eye tests 1.2m', ['number-title']),
  opt('Conversion from test to spectacle sale 70%', ['number-title']),
  opt('Lift contact lens subscribers by 40%', ['number-title']),
  opt('Refit the Clifton practice', ['task-listing']),
  opt('Roll out the new uniforms', ['task-listing']),
  opt('GOC CPD points done by every registrant before the cycle closes', ['compliance']),
  opt('Every practice through its NHS contract compliance visit', ['compliance']),
  opt('Fire risk assessment and PAT testing in every practice', ['compliance']),
  opt('Calibrate the tonometers monthly', ['job-requirement']),
  opt('Follow up every referral to the hospital eye service', ['job-requirement']),
  opt('Regional Manager — South West', ['generic-container']),
  opt('Optometry', ['generic-container']),
  opt('Clinical: earlier glaucoma detection with OCT for the over-40s', ['goal-clone'], {
    parent: 'Detect glaucoma earlier with OCT scans for over-40s',
  }),

  // ── home-care ────────────────────────────────────────────────────────────────────────────────
  care('Keep people living in their own homes after a hospital stay instead of moving into a care home'),
  care('Stop carers leaving in their first three months by pairing each with a mentor'),
  care('The same carer at the same time, so clients know who is coming'),
  care("Win the council's reablement framework for the Eastern locality"),
  care("Make rota runs tight enough that carers aren't driving between villages unpaid"),
  care('Give families access to the electronic care record so they recieve an update after each visit'),
  care('Live-in care for people with dementia who would otherwise move into a nursing home'),
  care('Spot falls risk early with sensors in the homes of our frailest clients'),
  care('Recruit drivers from the retired community to cover the rural rounds'),
  care('Move from 15-minute calls to proper time with each person'),
  care('Be the agency the hospital discharge team calls first', ['no-key-results'], { krs: [] }),
  care('Make carers feel valued', ['kr-not-measurable'], {
    krs: [placeholder('Carers feel valued'), placeholder('Recognition scheme')],
  }),
  care('Paid care hours 9,000 a week', ['number-title']),
  care('Carer turnover under 25%', ['number-title']),
  care('Private clients up to 40% of hours', ['number-title']),
  care('Set up the new office in Wymondham', ['task-listing']),
  care('Buy the carers new phones', ['task-listing']),
  care('CQC rating "Good" in all five key questions', ['compliance']),
  care('Medication administration and moving-and-handling refreshers for every carer', ['compliance']),
  care('Complete visit notes after each call', ['job-requirement']),
  care('Review every care plan every six months', ['number-title', 'job-requirement']),
  care('Care Coordinators', ['generic-container']),
  care('Norfolk branch', ['generic-container']),
  care('Registered Manager', ['generic-container', 'no-key-results'], { krs: [] }),
  care('Help people stay living at home after hospital rather than going into care', ['goal-clone'], {
    parent: 'Keep people living in their own homes after a hospital stay',
  }),

  // ── grid-operator ────────────────────────────────────────────────────────────────────────────
  grid('Connect the renewables queue faster by building in flexibility instead of new lines'),
  grid(
    'Let a whole street of EV owners charge overnight without a transformer upgrade, using smart charging agreed with the chargepoint makers, so the Bristol pilot can be copied in every city we serve',
  ),
  grid('Cut the time a customer waits for a new connection quote'),
  grid("Win Ofgem's backing for the RIIO-ED3 business plan"),
  grid('Underground the 11kV lines through the New Forest where storms keep taking them down'),
  grid('A named contact for vulnerable customers during power cuts'),
  grid('Turn substations into data points so faults are found before the phones ring'),
  grid('Bring heat-pump installers into planning so we know where demand will land'),
  grid('A flexibility market that pays businesses to shift load at peak'),
  grid('Train former miners as jointers so the Nottingham teams have a pipeline'),
  grid('Be the network that never leaves a vulnerable customer without help', ['no-key-results'], { krs: [] }),
  grid('Improve network resilience on the coast', ['kr-not-measurable'], { krs: [empty('Resilience improved')] }),
  grid('Customer minutes lost down 15%', ['number-title']),
  grid('CML (customer minutes lost)', ['number-title']),
  grid('1.5 GW of flexibility contracted', ['number-title']),
  grid('Replace the SCADA front end', ['task-listing']),
  grid('Write the storm playbook', ['task-listing']),
  grid('ESQCR inspections of overhead lines on the statutory cycle', ['compliance']),
  grid('RIIO regulatory reporting pack to Ofgem by 31 July', ['compliance']),
  grid('Trim trees near the lines on the cutting cycle', ['job-requirement']),
  grid('Answer the 105 power-cut line', ['job-requirement']),
  grid('Patrol the 132kV circuits by helicopter twice a year', ['number-title', 'job-requirement']),
  grid('Network Control Centre', ['generic-container']),
  grid('South Wales licence area', ['generic-container']),
  grid('Faster renewable connections through flexibility rather than new lines', ['goal-clone'], {
    siblings: ['Connect renewables faster by building in flexibility instead of new lines'],
  }),

  // ── meal-kit ─────────────────────────────────────────────────────────────────────────────────
  kit('Make weeknight cooking something a tired parent looks forward to'),
  kit('Stop subscribers cancelling when the intro discount runs out'),
  kit('One paper bag and an ice pack customers can compost — nothing else in the box'),
  kit("A 15-minute range for people who won't spend 40 minutes cooking"),
  kit('Get into corporate wellbeing budgets as a staff perk'),
  kit("Source from farms within a day's drive so the veg arrives fresher than the supermarket's"),
  kit('Let customers swap any meal up to the night before delivery', [], {
    parent: 'Stop subscribers cancelling when the intro discount runs out',
  }),
  kit('Open the Manchester kitchen so the North gets next-day delivery'),
  kit('Recipe cards in Polish and Urdu so more households can use the kits'),
  kit('Use what customers skip to cut food waste in the kitchen'),
  kit('Be the meal kit people keep when money gets tight', ['no-key-results'], { krs: [] }),
  kit('Make the app the easiest way to plan the week', ['kr-not-measurable'], { krs: [placeholder('App usability')] }),
  kit('Weekly orders 60k', ['number-title']),
  kit('CAC payback under 4 months', ['number-title']),
  kit('Contribution margin per box £6', ['number-title']),
  kit('Photograph the autumn menu', ['task-listing']),
  kit('Switch the courier to DPD', ['task-listing']),
  kit('Food hygiene inspection passed at both kitchens', ['compliance']),
  kit("Allergen labelling to Natasha's Law on every kit", ['compliance']),
  kit('Check the temperature of every chilled delivery at goods-in', ['job-requirement']),
  kit('Reply to customer emails the same day', ['job-requirement']),
  kit('Growth team', ['generic-container']),
  kit('Ops goals — Q4', ['generic-container']),
  kit('Reduce cancellations once the introductory discount ends', ['goal-clone'], {
    parent: 'Stop subscribers cancelling after the intro discount',
  }),
  kit('Growth team — weekly orders 65k', ['number-title', 'goal-clone'], { parent: 'Weekly orders 60k' }),

  // ── moving-company ───────────────────────────────────────────────────────────────────────────
  move('Become the mover estate agents recommend because the chain never waits on us'),
  move('A packing service for older people downsizing, with someone who stays for the whole day'),
  move('Win the corporate relocation contracts for the pharma firms moving staff to Cambridge'),
  move('Cut damaged items by moving everything in purpose-built crates', [], {
    parent: 'Become the mover estate agents recommend because the chain never waits on us',
  }),
  move('Quote by video so customers get a price the same day'),
  move("Storage at the Huntingdon depot so we keep customers whose completion dates don't line up"),
  move("Run the fleet on HVO so we can bid for the council's low-carbon contracts"),
  move('Stop losing crews to the parcel firms by offering guaranteed hours'),
  move('International moves to Spain and Portugal with a partner at the other end'),
  move("Make 7.5-tonne vans the default so new drivers don't need a C licence"),
  move('Be the mover people recommend to their friends', ['no-key-results'], { krs: [] }),
  move('Fewer complaints about delays on moving day', ['kr-not-measurable'], { krs: [empty('Fewer delays')] }),
  move('Moves completed: 4,200', ['number-title']),
  move('Average job value £1,450', ['number-title']),
  move('Damage claims under 1 in 200 moves', ['number-title']),
  move('Repaint the lorries in the new colours', ['task-listing']),
  move('Office move to the depot', ['task-listing']),
  move('Sort out the yard at the Cambridge depot', ['task-listing']),
  move('O-licence renewed and the DVSA Earned Recognition audit passed', ['compliance']),
  move('Driver CPC hours done for every HGV driver', ['compliance']),
  move('Daily walkaround check on each vehicle', ['job-requirement']),
  move('Book the parking suspensions for every London job', ['job-requirement']),
  move('Transport Manager', ['generic-container']),
  move('Depot — Cambridge', ['generic-container']),
  move('Fewer damaged items: purpose-built crates for everything', ['goal-clone'], {
    siblings: ['Cut damaged items by moving everything in purpose-built crates'],
  }),
];

type PlanNode = Holdout7Plan['nodes'][number];
const node = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): PlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_7_PLANS: Holdout7Plan[] = [
  {
    name: 'Fenbridge Fire & Rescue — 2027/28',
    domain: 'fire-rescue',
    nodes: [
      node('r', null, 'Make Fenbridge a place where fewer people are hurt by fire, water and the roads'),
      node('a', 'r', 'Prevention', ['generic-container']),
      node('a1', 'a', 'Get a working smoke alarm into every home where an over-75 lives alone'),
      node('a2', 'a', 'Road safety: reach young drivers at the sixth-form colleges before their test'),
      node('a3', 'a', 'Home fire safety visits: 9,000', ['number-title']),
      node('b', 'r', 'Response — Station Managers', ['generic-container']),
      node('b1', 'b', 'Wrenford: crew the on-call pump in the daytime by recruiting locally'),
      node('b1x', 'b1', 'Wrenford watch — appliance and BA checks at the start of every shift', ['job-requirement']),
      node('b2', 'b', 'Hexley: get the on-call pump crewed during the day by recruiting local people', ['goal-clone']),
      node('b3', 'b', 'Home fire safety visits: 2,500 by the Wrenford and Hexley crews', ['number-title', 'goal-clone']),
      node('c', 'r', 'Protection & Business Safety', ['generic-container']),
      node('c1', 'c', 'Get businesses ringing us for advice before they fit out, not after an enforcement notice'),
      node('c2', 'c', 'Audit high-risk premises to the risk-based inspection programme', ['job-requirement']),
      node('c3', 'c', 'All inspecting officers hold the Level 4 Diploma in Fire Safety', ['compliance']),
      node('c4', 'c', 'Halve unwanted fire signals from AFA', ['number-title']),
    ],
    cloneGroups: [
      ['a3', 'b3'],
      ['b1', 'b2'],
    ],
  },
  {
    name: 'Northlink Mobile — Consumer & Business 2027',
    domain: 'telecom-carrier',
    nodes: [
      node('r', null, 'Be the network people in rural Scotland never have to apologise for'),
      node('a', 'r', 'Consumer', ['generic-container']),
      node('a1', 'a', 'Win back the prepaid youth market from the MVNOs'),
      node('a2', 'a', 'Churn below 1.1% a month', ['number-title']),
      node('a3', 'a', 'Consumer: be the network rural Scotland never has to apologise for', ['goal-clone']),
      node('b', 'r', 'Business & Enterprise', ['generic-container']),
      node('b1', 'b', 'Make us the carrier small firms pick because one person sorts everything'),
      node('b2', 'b', 'Monthly churn under 0.8% on business accounts', ['number-title', 'goal-clone']),
      node('b3', 'b', 'Answer business fault tickets within the contracted SLA', ['job-requirement']),
      node('c', 'r', 'Network', ['generic-container']),
      node('c1', 'c', 'Share masts with the other operators so the A9 has signal end to end'),
      node('c2', 'c', 'Retire 3G without stranding telecare customers'),
      node('c3', 'c', 'Telecoms Security Act tier 1 measures in by the Ofcom deadline', ['compliance']),
      node('c4', 'c', 'Upgrade the core routers to IOS XR 7.11', ['task-listing']),
      node('c5', 'c', 'Mast-sharing on the A9 so there is signal the whole way', ['goal-clone']),
    ],
    cloneGroups: [
      ['r', 'a3'],
      ['a2', 'b2'],
      ['c1', 'c5'],
    ],
  },
  {
    name: 'Loxley Hair Group — FY27',
    domain: 'hair-salon',
    nodes: [
      node('r', null, 'Make Loxley the salon group Manchester talks about for colour'),
      node('a', 'r', 'Salon Managers', ['generic-container']),
      node('a1', 'a', 'Deansgate: fill the quiet Tuesday chairs with students and over-60s'),
      node('a2', 'a', 'Cheadle: fill quiet Tuesday and Wednesday chairs with students and over 60s', ['goal-clone']),
      node('a3', 'a', 'Chorlton — retail 15% of service revenue', ['number-title']),
      node('a4', 'a', 'Didsbury — retail at 18% of service revenue', ['number-title', 'goal-clone']),
      node('b', 'r', 'Education Academy', ['generic-container']),
      node('b1', 'b', "Train juniors in balayage so it isn't only three senior colourists who can do it"),
      node('b2', 'b', 'Spring colour masterclass', ['task-listing']),
      node('b3', 'b', 'Every stylist registered with the Hair Council', ['compliance']),
      node('c', 'r', 'Head Office', ['generic-container']),
      node('c1', 'c', 'Online booking good enough that nobody has to phone the salon'),
      node('c2', 'c', 'Weekly stock count and reorder', ['job-requirement']),
      node('c3', 'c', 'Pick the new colour supplier', ['task-listing']),
      node('c4', 'c', 'Become the salon group Manchester talks about for colour', ['goal-clone']),
    ],
    cloneGroups: [
      ['a1', 'a2'],
      ['a3', 'a4'],
      ['r', 'c4'],
    ],
  },
  {
    name: 'Halcyon Data Centres — 2027',
    domain: 'data-centre',
    nodes: [
      node('r', null, "Be where Europe's AI clusters land, on power we can account for"),
      node('a', 'r', 'Commercial', ['generic-container']),
      node('a1', 'a', 'Win the next hyperscale AI deployment for Slough'),
      node('a2', 'a', '120 MW contracted', ['number-title']),
      node('a3', 'a', 'Stop losing enterprise deals on cross-connect lead times'),
      node('b', 'r', 'Site Operations — UK', ['generic-container']),
      node('b1', 'b', 'Uptime 99.999%', ['number-title']),
      node('b2', 'b', 'Generator load tests every month', ['job-requirement']),
      node('b3', 'b', 'ISO 27001 surveillance audit passed', ['compliance']),
      node('c', 'r', 'Site Operations — Ireland', ['generic-container']),
      node('c1', 'c', 'Availability 99.995% at DUB1 and DUB2', ['number-title', 'goal-clone']),
      node('c2', 'c', 'Monthly on-load generator testing', ['job-requirement', 'goal-clone']),
      node('c3', 'c', "Reuse DUB2's waste heat to warm the housing next door"),
      node('c4', 'c', 'ISO 27001 surveillance audit — Dublin', ['compliance', 'goal-clone']),
      node('c5', 'c', 'Contracted capacity: 40 MW in Dublin', ['number-title', 'goal-clone']),
    ],
    cloneGroups: [
      ['b1', 'c1'],
      ['b2', 'c2'],
      ['b3', 'c4'],
      ['a2', 'c5'],
    ],
  },
  {
    name: 'Aire Bikes — year two',
    domain: 'bike-share',
    nodes: [
      node('r', null, 'Make e-bikes the normal way to cross Leeds'),
      node('a', 'r', 'Ops', ['generic-container']),
      node('a1', 'a', 'Rebalance with cargo trikes instead of vans'),
      node('a2', 'a', 'Bikes out of service under 5%', ['number-title']),
      node('a3', 'a', 'Brakes and tyres checked on every bike that comes into the workshop', ['job-requirement']),
      node('a4', 'a', 'Vandalised bikes cleared off the street the same day', ['job-requirement']),
      node('b', 'r', 'Partnerships', ['generic-container']),
      node('b1', 'b', 'Get employers to put membership in their staff benefits'),
      node('b2', 'b', 'Get commuters who drive to Aire Park onto e-bikes for the last mile'),
      node('b3', 'b', 'Launch event at Leeds station', ['task-listing']),
      node('c', 'r', 'Marketing', ['generic-container']),
      node('c1', 'c', 'Commuters driving to Aire Park: last mile by e-bike', ['goal-clone']),
      node('c2', 'c', 'Make the bikes usable by people without a smartphone'),
      node('c3', 'c', 'Marketing — make e-bikes the normal way to get across Leeds', ['goal-clone']),
      node('c4', 'c', '1.2 million rides', ['number-title']),
    ],
    cloneGroups: [
      ['b2', 'c1'],
      ['r', 'c3'],
    ],
  },
  {
    name: 'National League Women — 2027/28',
    domain: 'sports-league',
    nodes: [
      node('r', null, "Make the women's game a Saturday night fixture in every home"),
      node('a', 'r', 'Commercial Director', ['generic-container']),
      node('a1', 'a', 'Sell the overseas broadcast rights as one package'),
      node('a2', 'a', 'Commercial income up 25%', ['number-title']),
      node('a3', 'a', 'Sell the overseas TV rights as a single package instead of club by club', ['goal-clone']),
      node('b', 'r', 'Football Operations', ['generic-container']),
      node('b1', 'b', 'Appoint match officials to every fixture', ['job-requirement']),
      node('b2', 'b', 'Safeguarding training for every academy coach', ['compliance']),
      node('b3', 'b', 'Make refereeing a career women from our communities choose'),
      node('c', 'r', 'Clubs', ['generic-container']),
      node('c1', 'c', 'Tier 2 clubs: average attendance 3,000', ['number-title']),
      node('c2', 'c', 'Tier 3 clubs: average attendance 1,200', ['number-title', 'goal-clone']),
      node('c3', 'c', 'Fill bottom-half grounds with families through a shared ticket scheme'),
      node('c4', 'c', "Every club through the Owners' and Directors' Test", ['compliance']),
      node('c5', 'c', 'Academy coaches safeguarding-trained at every club', ['compliance', 'goal-clone']),
    ],
    cloneGroups: [
      ['a1', 'a3'],
      ['c1', 'c2'],
      ['b2', 'c5'],
    ],
  },
  {
    name: 'Hollow Down Estate — 2027',
    domain: 'winery',
    nodes: [
      node('r', null, 'Make Hollow Down the English sparkling sommeliers pour instead of Champagne'),
      node('a', 'r', 'Vineyard', ['generic-container']),
      node('a1', 'a', 'Plant the south slope with Pinot Meunier so late frosts hurt less'),
      node('a2', 'a', 'Yield 7 t/ha across the estate', ['number-title']),
      node('a3', 'a', 'Spray diary ready for the Sustainable Wines of Great Britain audit', ['compliance']),
      node('b', 'r', 'Winery', ['generic-container']),
      node('b1', 'b', 'Top up barrels every two weeks', ['number-title', 'job-requirement']),
      node('b2', 'b', 'Lightweight bottles so the carbon claim stands up'),
      node('b3', 'b', 'HMRC excise warehouse approval renewed', ['compliance']),
      node('c', 'r', 'Sales & Cellar Door', ['generic-container']),
      node('c1', 'c', 'Sell 180,000 bottles', ['number-title']),
      node('c2', 'c', 'Export: Japan through one importer who takes the whole range'),
      node('c3', 'c', 'Sell 40,000 bottles at the cellar door', ['number-title', 'goal-clone']),
      node('c4', 'c', 'Cellar door: be the English sparkling sommeliers pour instead of Champagne', ['goal-clone']),
      node('c5', 'c', 'Harvest party', ['task-listing']),
    ],
    cloneGroups: [
      ['c1', 'c3'],
      ['r', 'c4'],
    ],
  },
  {
    name: 'Wensum Home Care',
    domain: 'home-care',
    nodes: [
      node('r', null, 'Help people in Norfolk and Suffolk stay living in their own homes for longer'),
      node('a', 'r', 'Norfolk branch', ['generic-container']),
      node('a1', 'a', 'Same carer, same time, so clients know who is coming'),
      node('a2', 'a', 'Paid care hours 6,000 a week', ['number-title']),
      node('a3', 'a', 'Review care plans every six months', ['number-title', 'job-requirement']),
      node('b', 'r', 'Suffolk branch', ['generic-container']),
      node('b1', 'b', "Clients see the same carer at the same time so they know who's coming", ['goal-clone']),
      node('b2', 'b', 'Paid care hours 3,000 per week', ['number-title', 'goal-clone']),
      node('b3', 'b', 'Care plan reviews every 6 months', ['number-title', 'job-requirement', 'goal-clone']),
      node('c', 'r', 'Registered Manager', ['generic-container']),
      node('c1', 'c', 'CQC rating Good in all five key questions', ['compliance']),
      node('c2', 'c', 'Stop new carers leaving in their first three months by pairing each with a mentor'),
      node('c3', 'c', 'Medication training refreshed for every carer', ['compliance']),
      node('c4', 'c', 'The same carer at the same time for every client', ['goal-clone']),
      node('c5', 'c', 'Live-in dementia care so people avoid moving into a nursing home'),
    ],
    cloneGroups: [
      ['a1', 'b1', 'c4'],
      ['a2', 'b2'],
      ['a3', 'b3'],
    ],
  },
  {
    name: 'Western Power Networks — South Wales',
    domain: 'grid-operator',
    nodes: [
      node('r', null, "Connect the low-carbon economy without making customers pay for copper they don't need"),
      node('a', 'r', 'Network Planning', ['generic-container']),
      node('a1', 'a', 'Connect renewables faster by building in flexibility rather than new lines'),
      node('a2', 'a', '1.5 GW of flexibility contracted', ['number-title']),
      node('a3', 'a', 'Write the ED3 load-growth forecast', ['task-listing']),
      node('b', 'r', 'Field Operations', ['generic-container']),
      node('b1', 'b', 'Trim trees near the lines on the cutting cycle', ['job-requirement']),
      node('b2', 'b', 'ESQCR inspections of overhead lines on the statutory cycle', ['compliance']),
      node('b3', 'b', 'CML down 15%', ['number-title']),
      node('b4', 'b', 'Underground the 11kV lines in the Brecon valleys that storms keep bringing down'),
      node('c', 'r', 'Customer Service', ['generic-container']),
      node('c1', 'c', 'A named contact for every vulnerable customer during a power cut'),
      node('c2', 'c', 'Customer minutes lost down 10% in the valleys', ['number-title', 'goal-clone']),
      node('c3', 'c', 'Faster renewable connections via flexibility, not new lines', ['goal-clone']),
      node('c4', 'c', 'Answer the 105 line', ['job-requirement']),
    ],
    cloneGroups: [
      ['b3', 'c2'],
      ['a1', 'c3'],
    ],
  },
  {
    name: 'Pantry Box — H1 2027',
    domain: 'meal-kit',
    nodes: [
      node('r', null, 'Make weeknight cooking something tired parents look forward to'),
      node('a', 'r', 'Growth team', ['generic-container']),
      node('a1', 'a', 'Stop subscribers cancelling after the intro discount'),
      node('a2', 'a', 'Weekly orders 60k', ['number-title']),
      node('a3', 'a', 'Corporate wellbeing: get our boxes into staff perk budgets'),
      node('b', 'r', 'Kitchen Ops — Bristol', ['generic-container']),
      node('b1', 'b', 'Chilled deliveries temperature-checked at goods-in', ['job-requirement']),
      node('b2', 'b', 'Food hygiene inspection passed', ['compliance']),
      node('b3', 'b', 'Bristol kitchen — 40k weekly orders', ['number-title', 'goal-clone']),
      node('c', 'r', 'Kitchen Ops — Manchester', ['generic-container']),
      node('c1', 'c', 'Goods-in temperature checks on all chilled deliveries', ['job-requirement', 'goal-clone']),
      node('c2', 'c', 'Pass the food hygiene inspection at Trafford Park', ['compliance', 'goal-clone']),
      node('c3', 'c', 'Weekly orders 15k from the North', ['number-title', 'goal-clone']),
      node('c4', 'c', 'Reduce cancellations once the introductory discount ends', ['goal-clone']),
      node('c5', 'c', 'Open the Manchester kitchen for next-day delivery in the North'),
    ],
    cloneGroups: [
      ['a2', 'b3', 'c3'],
      ['b1', 'c1'],
      ['b2', 'c2'],
      ['a1', 'c4'],
    ],
  },
];
