import type { RuleCode } from '../../shared/coach/types';

/**
 * THIRD HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-05 by a helper that read only the article, the
 * issue and holdout2's header: the method article (shared/reference/strategic-alignment.md), issue
 * 10, and the first 75 lines of test/coach/holdout2.ts (its labelling definitions and type shapes;
 * none of its entries). No rule source, README coach section, tuning corpus, handbook or earlier
 * hold-out entries were opened, and the coach was never run on these titles.
 *
 * Domains are ones that neither holdout2 (by its header) nor, as far as the author could tell
 * without looking, the other sets use: farm-coop, construction, hospital-nursing, public-library,
 * city-transit, space-startup, brewery, law-firm, esports, ngo-humanitarian, dental-chain,
 * cybersecurity-consultancy, film-studio, warehouse-robotics, university-admissions, wind-farm,
 * bakery-franchise, climbing-gym, fintech-payments, school-district.
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_3: 409 objectives, 180 sound (expect []), 229 with at least one label. Per label:
 *   number-title 43, task-listing 38, job-requirement 35, compliance 31, generic-container 28,
 *   goal-clone 23, no-key-results 17, kr-not-measurable 16. (Two entries carry two labels:
 *   number-title + goal-clone.)
 * - HOLDOUT_3_PLANS: 8 plans, 98 nodes (12, 14, 13, 11, 10, 16, 12, 10), 21 clone groups;
 *   33 sound nodes. Per label: goal-clone 32, number-title 20, job-requirement 11,
 *   generic-container 9, task-listing 8, compliance 7.
 *
 * Rules of use: do not edit labels after the first measurement, and never tune rules on these
 * titles. If a label is later believed wrong, record the disagreement next to the first figures
 * instead of changing it.
 *
 * Labelling (by meaning, not keywords):
 * - number-title: a target quantity in the title (money, %, count, multiplier like double/halve,
 *   a value after a metric or comparator) or only a metric name. Versions, years, periods, ranks,
 *   ordinals, identifiers/tiers/models, compound modifiers, horizons and fixed scopes are not.
 * - generic-container: a bucket of goals, or only a scope/role/team with no direction.
 * - task-listing: an activity or internal deliverable without a change in the world.
 * - job-requirement: a standing duty of the role (upkeep, routine, queues).
 * - compliance: mandatory training, policy sign-offs, audits, inspections, certifications kept.
 *   Only the first of compliance > job-requirement > task-listing is expected.
 * - goal-clone: repeats the parent or an earlier sibling (or, in plans, any node) word for word
 *   or nearly (synonyms, reordering, a different owner prefix, different numbers).
 * - kr-not-measurable: a KR with no quantity in its title whose numbers are empty (0,0,0) or the
 *   untouched default (0 -> 100, current 0, no unit).
 * - no-key-results: `krs: []`, unless the title is compliance/job-requirement/task-listing.
 *
 * `krs` omitted: the harness attaches one well-formed KR. `krs: []`: really none.
 * Plan nodes carry no KRs of their own; their labels cover title rules and goal-clone only.
 *
 * Calls made where the definitions leave room (recorded so a disagreement can be argued later):
 * - A title that is a duty or activity and also carries a target ("Deliver 100% of committed
 *   tickets per sprint") gets both number-title and the duty/activity label.
 * - "Source N candidates and hire M …" hires people (a change in the world): number-title only,
 *   plus goal-clone on the later copies.
 * - A version, model or identifier inside an activity ("Migrate the ledger to Postgres 16") leaves
 *   task-listing alone and adds no number-title.
 * - Words such as audit, compliance or mandatory inside an outcome or a product ("Help clients pass
 *   SOC 2 audits faster…", "Hire a Compliance Analyst so…", "Win more regulatory-compliance
 *   mandates…") are sound. So is "Increase double-digit diverse hiring…" (a compound modifier).
 * - A KR whose title holds a quantity, or whose 0 -> 100 default carries a unit, is measurable.
 * - Entries with `parent`/`siblings` whose titles differ in outcome (not only wording) are sound.
 */
export type Holdout3Domain =
  | 'farm-coop'
  | 'construction'
  | 'hospital-nursing'
  | 'public-library'
  | 'city-transit'
  | 'space-startup'
  | 'brewery'
  | 'law-firm'
  | 'esports'
  | 'ngo-humanitarian'
  | 'dental-chain'
  | 'cybersecurity-consultancy'
  | 'film-studio'
  | 'warehouse-robotics'
  | 'university-admissions'
  | 'wind-farm'
  | 'bakery-franchise'
  | 'climbing-gym'
  | 'fintech-payments'
  | 'school-district';

export interface Holdout3Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout3Entry {
  title: string;
  domain: Holdout3Domain;
  expect: RuleCode[];
  /** The parent objective's title. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout3Kr[];
}

/** A small labelled plan: nodes by key, and the groups of copies a reader would name. */
export interface Holdout3Plan {
  name: string;
  domain: Holdout3Domain;
  nodes: { key: string; parentKey?: string | null; title: string; expect: RuleCode[] }[];
  cloneGroups: string[][];
}

const N: RuleCode = 'number-title';
const G: RuleCode = 'generic-container';
const T: RuleCode = 'task-listing';
const J: RuleCode = 'job-requirement';
const C: RuleCode = 'compliance';
const GC: RuleCode = 'goal-clone';
const K: RuleCode = 'kr-not-measurable';
const NK: RuleCode = 'no-key-results';

/** A KR whose numbers were left empty (0, 0, 0). */
const zero = (title: string): Holdout3Kr[] => [{ title, start: 0, target: 0, current: 0 }];
/** A KR left at the untouched default (0 -> 100, current 0, no unit). */
const untouched = (title: string): Holdout3Kr[] => [{ title, start: 0, target: 100, current: 0 }];

type Extra = Pick<Holdout3Entry, 'parent' | 'siblings' | 'krs'>;
const on =
  (domain: Holdout3Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout3Entry => ({ title, domain, expect, ...extra });

const farm = on('farm-coop');
const build = on('construction');
const ward = on('hospital-nursing');
const lib = on('public-library');
const bus = on('city-transit');
const space = on('space-startup');
const brew = on('brewery');
const law = on('law-firm');
const esp = on('esports');
const ngo = on('ngo-humanitarian');
const dent = on('dental-chain');
const cyber = on('cybersecurity-consultancy');
const film = on('film-studio');
const wh = on('warehouse-robotics');
const adm = on('university-admissions');
const wind = on('wind-farm');
const bake = on('bakery-franchise');
const climb = on('climbing-gym');
const pay = on('fintech-payments');
const sch = on('school-district');

export const HOLDOUT_3: Holdout3Entry[] = [
  // farm-coop
  farm('Help member farms get a fairer price for their grain by selling direct to mills'),
  farm('Make the co-op the first call for young farmers taking over a family holding'),
  farm('Cut the fertiliser cost per hectare our members pay, without lowering yields'),
  farm('Team Agronomy: help members adopt soil testing they actually act on'),
  farm('Make the shared Fendt 942 fleet pay for itself for our smallest members'),
  farm('Make joining the co-op obviously worth it for a small 40-hectare family farm, from the first delivery to the first dividend'),
  farm('Team Trading: build direct relationships with regional mills that pay members above the spot price', [], {
    parent: 'Help member farms get a fairer price for their grain by selling direct to mills',
  }),
  farm('Grow co-op grain sales 15%', [N]),
  farm('Run a field day on cover crops in June', [T]),
  farm('Publish the monthly members\u2019 newsletter', [T]),
  farm('Keep the seed inventory spreadsheet current', [J]),
  farm('Weigh and grade every delivery at the intake', [J]),
  farm('Renew organic certification for the packing shed', [C]),
  farm('Farm co-op goals 2027', [G]),
  farm('Bring the Ridgeway dairy farmers onto the co-op\u2019s milk-collection route', [K], {
    krs: untouched('Get more dairy farms on the route'),
  }),
  farm('Reduce spoilage in the grain store over the wet season', [NK], { krs: [] }),
  farm('Help member farms get fairer prices for grain by selling directly to mills', [GC], {
    parent: 'Help member farms get a fairer price for their grain by selling direct to mills',
  }),

  // construction
  build('Hand over homes that buyers don\u2019t need to call us back about'),
  build('Win the trust of councils as the builder that finishes on the date we promise'),
  build('Make our sites the safest in the region so that subcontractors pick us first'),
  build('Deliver Block C of the Harbour Quay scheme ahead of the tenant fit-out window'),
  build('Reduce rework on concrete pours'),
  build('Shorten the time between practical completion and the buyer getting their keys'),
  build('Give subcontractors a site induction they finish knowing exactly where the hazards are', [], {
    parent: 'Make our sites the safest in the region so that subcontractors pick us first',
  }),
  build('\u00a340M in signed contracts', [N]),
  build('Gross margin', [N]),
  build('Attend the Build Expo in Birmingham', [T]),
  build('Roll out Procore to every site team', [T]),
  build('Maintain the plant hire register', [J]),
  build('Pass the HSE site inspection at Northgate', [C]),
  build('Complete CSCS card renewals for all site staff', [C]),
  build('Site Operations', [G]),
  build('Cut the time from a snag being reported to it being closed for new homeowners', [K], {
    krs: zero('Snags closed faster'),
  }),
  build('Grow the share of our work that comes from repeat clients', [NK], { krs: [] }),
  build('Hand over homes buyers do not need to call us back about', [GC], {
    parent: 'Hand over homes that buyers don\u2019t need to call us back about',
    siblings: ['Reduce rework on concrete pours'],
  }),

  // hospital-nursing
  ward('Make Ward 7 the ward newly qualified nurses ask to join'),
  ward('Reduce avoidable pressure ulcers for long-stay patients'),
  ward('Get patients on the surgical wards home earlier, safely, with fewer readmisions'),
  ward('Give night-shift nurses enough protected break time that they choose to stay with us'),
  ward('Reduce hospital-acquired infections on the Tier 1 trauma unit'),
  ward('Hire a Clinical Compliance Lead so that wards spend less time on paperwork and more with patients'),
  ward('Cut the time nurses spend on audit paperwork at discharge so it goes to patients instead'),
  ward('Give newly qualified nurses a preceptor they see every shift in their first 12 weeks', [], {
    parent: 'Make Ward 7 the ward newly qualified nurses ask to join',
  }),
  ward('Cut agency spend 30%', [N]),
  ward('Complete mandatory manual-handling training', [C]),
  ward('Sign off the updated medicines management policy', [C]),
  ward('Do the daily bed-board huddle', [J]),
  ward('Respond to call bells within the ward standard', [J]),
  ward('Write a falls-prevention leaflet for families', [T]),
  ward('Nursing objectives - Q2', [G]),
  ward('Matron, Surgical Division', [G]),
  ward('Improve handover between day and night shifts', [K], { krs: untouched('Better handovers') }),
  ward('Ward 4B: Reduce avoidable pressure ulcers for long-stay patients', [GC], {
    parent: 'Reduce avoidable pressure ulcers for long-stay patients',
  }),

  // public-library
  lib('Make every branch a place families choose on a rainy Saturday'),
  lib('Get more teenagers borrowing books they picked themselves'),
  lib('Help job seekers leave the library with a CV they\u2019re proud of'),
  lib('Become the city\u2019s go-to place for free digital skills help for over-65s'),
  lib('Make the v3 app the easiest way to renew a loan (see https://wiki.citylib.example/app-v3)'),
  lib('Team Outreach: get every new secondary pupil a library card they use in their first term'),
  lib('Make the 1920s local newspaper archive findable by anyone researching their street'),
  lib('Team Digital: turn the library PCs into a place people finish job applications rather than abandon them', [], {
    parent: 'Help job seekers leave the library with a CV they\u2019re proud of',
  }),
  lib('Grow active members to 40,000', [N]),
  lib('Loans per capita', [N]),
  lib('Host a summer reading challenge', [T]),
  lib('Launch a newsletter', [T]),
  lib('Keep the catalogue records up to date', [J]),
  lib('Shelve returned items the same day', [J]),
  lib('Complete the annual safeguarding refresher', [C]),
  lib('Library Services', [G]),
  lib('Widen who uses the makerspace beyond the regulars', [NK], { krs: [] }),
  lib('Make each branch the place families pick on a rainy Saturday', [GC], {
    parent: 'Make every branch a place families choose on a rainy Saturday',
    siblings: ['Get more teenagers borrowing books they picked themselves'],
  }),

  // city-transit
  bus('Make buses the fastest way across town at rush hour on the 12 and 40 routes'),
  bus('Win back riders who left during the night-service cuts'),
  bus('Make paying for a ride as easy as tapping a bank card'),
  bus('Get wheelchair users from kerb to seat without needing staff help'),
  bus('Increase double-digit diverse hiring across our bus depots'),
  bus('Make the Route 7 night bus feel safe for women travelling alone'),
  bus('Let riders cap their daily fare automatically without buying a pass', [], {
    parent: 'Make paying for a ride as easy as tapping a bank card',
  }),
  bus('Increase ridership 8% YoY', [N]),
  bus('On-time performance', [N]),
  bus('Run a rider survey in every depot area', [T]),
  bus('Publish the new timetable PDFs', [T]),
  bus('Migrate fare collection to the new back office', [T]),
  bus('Clean the bus shelters on schedule', [J]),
  bus('Answer rider complaints within the SLA', [J]),
  bus('Pass the annual DVSA fleet inspection', [C]),
  bus('Transit Ops priorities Q3', [G]),
  bus('Cut bus bunching on the crosstown corridor', [K], { krs: zero('Less bunching') }),
  bus('Win back the riders we lost during the night-service cuts', [GC], {
    parent: 'Win back riders who left during the night-service cuts',
  }),
  bus('Source 150 candidates and hire 5 mechanics', [N, GC], {
    parent: 'Keep every scheduled bus on the road',
    siblings: ['Source 60 candidates and hire 2 mechanics'],
  }),

  // space-startup
  space('Be the first European company to fly a reusable upper stage'),
  space('Win Series B investors\u2019 confidence with a flight-proven propulsion module'),
  space('Make our ground software the one mission operators trust on launch day'),
  space('Cut the cost of getting a kilogram to orbit for our smallsat customers'),
  space('Close the Series B'),
  space('Ship a flight software release that survives a full mission rehearsal without manual overrides'),
  space('Make the 2027 demo flight the one that signs our first commercial customer'),
  space('$12M in launch contracts signed', [N]),
  space('10 new logos', [N]),
  space('Double the satellite customers', [N]),
  space('Hold a design review for the Vega-2 avionics', [T]),
  space('Write the test plan for the hot-fire campaign', [T]),
  space('Maintain the cleanroom logbook', [J]),
  space('Get ITAR export-control training done for the whole team', [C]),
  space('Propulsion team', [G]),
  space('Shorten the time between static fire and flight readiness', [NK], { krs: [] }),
  space('Become the first company in Europe to fly a reusable upper stage', [GC], {
    parent: 'Be the first European company to fly a reusable upper stage',
    siblings: ['Cut the cost of getting a kilogram to orbit for our smallsat customers'],
  }),

  // brewery
  brew('Make our pale ale the one bartenders recommend when a guest asks for something local'),
  brew('Get our cans into the fridges of independent bottle shops across the north'),
  brew('Cut water used per litre of beer brewed'),
  brew('Turn the taproom into a reason to visit the town on a Saturday'),
  brew('Get the IPA into the top 3 of the regional craft beer chart'),
  brew('Reuse rinse water from the canning line in the next day\u2019s cleaning cycle', [], {
    parent: 'Cut water used per litre of beer brewed',
  }),
  brew('Sell 12,000 hectolitres', [N]),
  brew('Grow export volume by half', [N]),
  brew('Brew the autumn seasonal', [T]),
  brew('Do a collab brew with a Belgian brewery', [T]),
  brew('Clean and sanitise fermenters after every batch', [J]),
  brew('Renew the premises licence', [C]),
  brew('Pass the SALSA food-safety audit', [C]),
  brew('Brewery goals', [G]),
  brew('Make the taproom app feel as friendly as the bar staff', [K], { krs: untouched('Nicer app') }),
  brew('Build a non-alcoholic range that drivers in the taproom actually order', [NK], { krs: [] }),
  brew('Team Sales North: get our cans into the fridges of independent bottle shops across the north', [GC], {
    parent: 'Get our cans into the fridges of independent bottle shops across the north',
  }),

  // law-firm
  law('Become the firm fintech founders call first when a regulator writes to them'),
  law('Win more regulatory-compliance mandates from payments clients'),
  law('Make our trainees the ones other firms try to poach'),
  law('Give clients a fixed fee they can trust for routine employment disputes'),
  law('Hire a Compliance Analyst who frees partners from the conflict-check backlog'),
  law('Make our fixed-fee employment offer profitable without cutting the care clients feel'),
  law('Give second-year trainees real client contact on live matters', [], {
    parent: 'Make our trainees the ones other firms try to poach',
  }),
  law('Billable hours', [N]),
  law('\u00a33.5M fee income from the disputes team', [N]),
  law('Record time daily in the practice management system', [J]),
  law('Process new-matter conflict checks on time', [J]),
  law('Add debt chasing to the billing clerk\u2019s job responsibilities', [J]),
  law('Complete annual AML training', [C]),
  law('Renew our Lexcel accreditation', [C]),
  law('Write client alerts on the new consumer duty rules', [T]),
  law('Partners\u2019 priorities', [G]),
  law('Deepen relationships with in-house legal teams at our largest clients', [NK], { krs: [] }),
  law('Be the law firm fintech founders call first when a regulator writes', [GC], {
    parent: 'Become the firm fintech founders call first when a regulator writes to them',
  }),

  // esports
  esp('Make our League roster a top-4 contender in the spring split'),
  esp('Build a fan community that watches our matches even when we lose'),
  esp('Bring in sponsors who fit our fans rather than whoever pays most'),
  esp('Give players a training week that keeps them sharp without burning out'),
  esp('Make our CS2 academy a real path to the main roster'),
  esp('Bring a sports psychologist into the weekly routine so players recover from losses faster', [], {
    parent: 'Give players a training week that keeps them sharp without burning out',
  }),
  esp('Grow Twitch followers 50%', [N]),
  esp('1M YouTube views per month', [N]),
  esp('Start streaming scrims on Twitch', [T]),
  esp('Launch a Discord server for fans', [T]),
  esp('Review VODs with players after each match', [J]),
  esp('Keep the team\u2019s social channels active', [J]),
  esp('Get every player through the league\u2019s anti-doping and integrity course', [C]),
  esp('Esports team', [G]),
  esp('Content', [G]),
  esp('Become the org rookies want to sign with', [K], { krs: zero('Rookie interest') }),
  esp('Win the Valorant Challengers EMEA title', [NK], { krs: [] }),
  esp('Build a community of fans who watch our matches even when we lose', [GC], {
    parent: 'Grow a fanbase that sticks with us',
    siblings: [
      'Bring in sponsors who fit our fans rather than whoever pays most',
      'Build a fan community that watches our matches even when we lose',
    ],
  }),

  // ngo-humanitarian
  ngo('Get clean water to displaced families within days of a camp opening, not weeks'),
  ngo('Make our cash-transfer programme the one donors trust for transparency'),
  ngo('Help women in the northern camps earn an income of their own'),
  ngo('Reduce the time from emergency alert to first aid delivery in flood zones'),
  ngo('Cut the share of donations spent on overheads so donors see more of their gift reach the field'),
  ngo('Let camp committees run their own water points so supply doesn\u2019t depend on us', [], {
    parent: 'Get clean water to displaced families within days of a camp opening, not weeks',
  }),
  ngo('Raise $5M from individual donors', [N]),
  ngo('Reach 200,000 beneficiaries', [N]),
  ngo('Organise a donor gala in London', [T]),
  ngo('Publish the annual impact report', [T]),
  ngo('Process grant reports on time', [J]),
  ngo('Complete the ECHO partnership audit', [C]),
  ngo('Complete safeguarding (PSEA) training for all field staff', [C]),
  ngo('Programme priorities 2027', [G]),
  ngo('Country Director, South Sudan', [G]),
  ngo('Strengthen local partners so they can lead the response next time', [NK], { krs: [] }),
  ngo('Improve nutrition for children under five in the camps', [K], {
    krs: untouched('Better nutrition for children'),
  }),
  ngo('Help women in the northern camps to earn their own income', [GC], {
    parent: 'Help women in the northern camps earn an income of their own',
  }),

  // dental-chain
  dent('Make booking a check-up as easy as booking a haircut'),
  dent('Get more patients back for their six-month check-up'),
  dent('Become the practice families in Leeds recommend to their neighbours'),
  dent('Cut the number of nervous patients who cancel on the day'),
  dent('Let NHS patients in Bradford see a dentist without a year\u2019s wait'),
  dent('Team Reception: make the reminder text the easiest way to book the next check-up', [], {
    parent: 'Get more patients back for their six-month check-up',
  }),
  dent('Revenue per chair +12%', [N]),
  dent('Open 5 new clinics', [N]),
  dent('Sterilise instruments per the decontamination protocol', [J]),
  dent('Keep patient records current', [J]),
  dent('Pass the CQC inspection', [C]),
  dent('Complete CPD hours for GDC registration', [C]),
  dent('Set up online booking', [T]),
  dent('Run a smile-makeover promotion', [T]),
  dent('Dental Ops', [G]),
  dent('Grow Invisalign cases among adult patients', [K], { krs: zero('More Invisalign starts') }),
  dent('Make the hygienist the patient\u2019s favourite visit', [NK], { krs: [] }),
  dent('Make booking a checkup as easy as booking a hair cut', [GC], {
    parent: 'Make booking a check-up as easy as booking a haircut',
  }),

  // cybersecurity-consultancy
  cyber('Help clients pass SOC 2 audits faster than any rival firm'),
  cyber('Grow revenue from penetration-testing engagements with mid-market banks'),
  cyber('Become the incident-response team insurers recommend to their policyholders'),
  cyber('Make our threat reports the ones CISOs forward to their boards'),
  cyber('Turn one-off pen tests into retained security programmes'),
  cyber('Make junior consultants billable on real engagements in their first quarter'),
  cyber('Get our retainer onto the approved panel of the insurers who write the most cyber cover', [], {
    parent: 'Become the incident-response team insurers recommend to their policyholders',
  }),
  cyber('ARR', [N]),
  cyber('Grow MRR to $400k', [N]),
  cyber('Monitor SIEM alerts for managed clients', [J]),
  cyber('Respond to tickets within SLA', [J]),
  cyber('Renew ISO 27001 certification', [C]),
  cyber('Complete annual security-awareness training', [C]),
  cyber('Write a blog series on ransomware', [T]),
  cyber('Migrate our SOC tooling to Python 3.12', [T]),
  cyber('Q3 priorities', [G]),
  cyber('Shorten time-to-contain for managed clients', [K], { krs: untouched('Contain faster') }),
  cyber('Convert one-off pen tests into retained security programmes', [GC], {
    parent: 'Make services revenue recurring',
    siblings: [
      'Grow revenue from penetration-testing engagements with mid-market banks',
      'Turn one-off pen tests into retained security programmes',
    ],
  }),

  // film-studio
  film('Make the studio the place first-time directors bring their second film'),
  film('Get our slate into more cinemas outside the capital'),
  film('Cut the days lost to reshoots on mid-budget features'),
  film('Find an audience for the horror label beyond the festival crowd'),
  film('Cut post-production turnaround so films make their festival deadlines'),
  film('Give first-time directors a producer who has already shipped a feature with us', [], {
    parent: 'Make the studio the place first-time directors bring their second film',
  }),
  film('Box office $50M', [N]),
  film('3 Oscar nominations', [N]),
  film('Hold a table read for \u201cLow Tide\u201d', [T]),
  film('Launch the studio podcast', [T]),
  film('Shoot \u201cLow Tide\u201d on the new ARRI Alexa 35 rig', [T]),
  film('Log all rushes in the asset database', [J]),
  film('Complete anti-harassment training on every production', [C]),
  film('Post-production', [G]),
  film('Studio goals FY27', [G]),
  film('Make our streaming deals pay us back in audience data, not just fees', [NK], { krs: [] }),
  film('Get our slate into more cinemas beyond the capital', [GC], {
    parent: 'Get our slate into more cinemas outside the capital',
  }),
  film('Team Marketing: get more cinemas outside the capital to book our slate', [GC], {
    parent: 'Get our slate into more cinemas outside the capital',
  }),

  // warehouse-robotics
  wh('Make our robots the thing pickers are glad to work beside'),
  wh('Ship same-day for every order placed before noon'),
  wh('Cut mis-picks reaching customers'),
  wh('Get the Gen 3 AMR fleet running night shifts without a human on the floor'),
  wh('Prove the Gen 3 AMRs can pay for themselves within their first peak season'),
  wh('Let pickers call a robot to them instead of walkng to the robot', [], {
    parent: 'Make our robots the thing pickers are glad to work beside',
  }),
  wh('Picks per hour', [N]),
  wh('99.9% uptime', [N]),
  wh('Grow throughput 2x', [N]),
  wh('Charge robot batteries per the rota', [J]),
  wh('Keep the WMS slotting rules up to date', [J]),
  wh('Complete forklift licence renewals', [C]),
  wh('Run a hackathon on path planning', [T]),
  wh('Deploy the Locus robots at the Reno site', [T]),
  wh('Robotics Platform team', [G]),
  wh('Build a warehouse that can absorb peak season without temps', [K], { krs: zero('Absorb peak') }),
  wh('Reduce the walking distance for human pickers', [NK], { krs: [] }),
  wh('Reduce mis-picks that reach customers', [GC], { parent: 'Cut mis-picks reaching customers' }),

  // university-admissions
  adm('Make applicants from state schools feel this university is for them'),
  adm('Get offer holders to chose us over the rival down the road'),
  adm('Help first-generation students arrive ready, not just admitted'),
  adm('Make clearing the smoothest in the Russell Group'),
  adm('Make the 2027 cycle the first where international applicants get a decision as fast as home ones'),
  adm('Make our decision letters something applicants understand on the first read'),
  adm('Get first-generation offer holders into a summer bridge course they finish', [], {
    parent: 'Help first-generation students arrive ready, not just admitted',
  }),
  adm('Enrol 4,500 first-years', [N]),
  adm('Yield rate', [N]),
  adm('Review all incoming applications', [J]),
  adm('Answer the admissions inbox', [J]),
  adm('Host open days in October', [T]),
  adm('Print the prospectus', [T]),
  adm('Complete the OfS access and participation audit', [C]),
  adm('Admissions Office', [G]),
  adm('Director of Admissions', [G]),
  adm('Widen participation from coastal towns', [NK], { krs: [] }),
  adm('Get more offer holders to pick us over the rival down the road', [GC], {
    parent: 'Get offer holders to chose us over the rival down the road',
  }),

  // wind-farm
  wind('Keep more turbines turning on low-wind days'),
  wind('Win the community\u2019s support for repowering the Moorside site'),
  wind('Cut unplanned downtime on the V90 turbines'),
  wind('Make offshore technician jobs ones local school leavers want'),
  wind('Turn our O&M know-how into a service other wind-farm owners buy'),
  wind('Give Moorside villagers a share in the repowered site\u2019s income', [], {
    parent: 'Win the community\u2019s support for repowering the Moorside site',
  }),
  wind('Generate 1.2 TWh', [N]),
  wind('Availability', [N]),
  wind('Capacity factor up to 38%', [N]),
  wind('Inspect blades per maintenance schedule', [J]),
  wind('Maintain the SCADA system', [J]),
  wind('Pass the GWO sea survival refresher', [C]),
  wind('Renew the grid code compliance certificate', [C]),
  wind('Install a LIDAR on met mast 2', [T]),
  wind('O&M team', [G]),
  wind('Sell more power through corporate PPAs', [K], { krs: untouched('More PPAs') }),
  wind('Make our wind farms good neighbours for nesting birds', [NK], { krs: [] }),
  wind('Reduce unplanned downtime on the V90 turbines', [GC], {
    parent: 'Cut unplanned downtime on the V90 turbines',
  }),

  // bakery-franchise
  bake('Make our sourdough the reason people walk past the supermarket'),
  bake('Help franchisees turn a profit in their first year'),
  bake('Cut the bread binned at closing without running out before the evening rush'),
  bake('Make a new franchisee\u2019s opening week boring in the best way'),
  bake('Make the croissant as good in Glasgow as in the flagship'),
  bake('Cut the time a new franchisee needs to find, fit out and open a shop', [], {
    parent: 'Help franchisees turn a profit in their first year',
  }),
  bake('Open 20 new franchises', [N]),
  bake('Like-for-like sales +6%', [N]),
  bake('Bake the morning batch before opening', [J]),
  bake('Clean ovens nightly', [J]),
  bake('Pass EHO food hygiene inspection', [C]),
  bake('Complete allergen training', [C]),
  bake('Create a franchise operations manual', [T]),
  bake('Launch a loyalty app', [T]),
  bake('Franchise development', [G]),
  bake('Win the breakfast trade from office workers', [K], { krs: zero('Breakfast trade') }),
  bake('Grow catering orders from offices', [NK], { krs: [] }),
  bake('Bakery Team North: make our sourdough the reason people walk past the supermarket', [GC], {
    parent: 'Make our sourdough the reason people walk past the supermarket',
  }),

  // climbing-gym
  climb('Make beginners come back for a second session'),
  climb('Make the gym a place women and non-binary climbers feel at home'),
  climb('Fill the quiet weekday afternoons with school groups'),
  climb('Grow youth squad climbers who go on to compete'),
  climb('Get the new 15-metre lead wall paying its way in its first winter'),
  climb('Team Coaching: build a women\u2019s intro course that fills every month', [], {
    parent: 'Make the gym a place women and non-binary climbers feel at home',
  }),
  climb('Member churn', [N]),
  climb('Reach 1,500 members', [N]),
  climb('Reset the bouldering wall every week', [J]),
  climb('Inspect auto-belays daily', [J]),
  climb('Renew instructors\u2019 first-aid certificates', [C]),
  climb('Host a bouldering competition', [T]),
  climb('Paint the lobby', [T]),
  climb('Head Setter', [G]),
  climb('Front desk', [G]),
  climb('Make route setting feel fresh to regulars', [K], { krs: untouched('Freshness') }),
  climb('Turn the caf\u00e9 into a place climbers stay after a session', [NK], { krs: [] }),
  climb('Get beginners to come back for a second session', [GC], {
    parent: 'Make beginners come back for a second session',
  }),

  // fintech-payments
  pay('Make accepting card payments painless for market traders'),
  pay('Get merchants paid out the same day they sell'),
  pay('Cut false declines for cross-border shoppers'),
  pay('Launch in Spain with a product Spanish merchants prefer to their bank\u2019s'),
  pay('Hire a Compliance Analyst so we can enter the Dutch market without waiting on outside counsel'),
  pay('Become the default payments partner for Series A marketplaces in Iberia'),
  pay('Let traders start taking payments the same day they sign up', [], {
    parent: 'Make accepting card payments painless for market traders',
  }),
  pay('$2M ARR', [N]),
  pay('Grow TPV 3x', [N]),
  pay('Migrate the ledger to Postgres 16', [T]),
  pay('Do QBRs with enterprise merchants', [T]),
  pay('Reconcile settlement files daily', [J]),
  pay('Pass the PCI DSS audit', [C]),
  pay('Complete the annual PSD2 SCA policy sign-off', [C]),
  pay('Payments Platform team', [G]),
  pay('VP Sales', [G]),
  pay('Make the merchant dashboard something owners open every morning', [K], {
    krs: zero('Owners use the dashboard'),
  }),
  pay('Make our API the one developers pick in a weekend hackathon', [NK], { krs: [] }),
  pay('Reduce false declines for shoppers paying cross-border', [GC], {
    parent: 'Grow cross-border volume',
    siblings: ['Get merchants paid out the same day they sell', 'Cut false declines for cross-border shoppers'],
  }),
  pay('Sign 25 new enterprise merchants', [N, GC], {
    parent: 'Win enterprise merchants in DACH',
    siblings: ['Sign 10 new enterprise merchants'],
  }),

  // school-district
  sch('Get every third-grader reading at grade level'),
  sch('Make our schools the ones teachers stay in past their fifth year'),
  sch('Cut chronic absence in the middle schools'),
  sch('Give parents a clear picture of how their child is doing, every term'),
  sch('Make the district the first choice for new teachers graduating from the state university'),
  sch('Give K-2 teachers a phonics programme they actually use daily', [], {
    parent: 'Get every third-grader reading at grade level',
  }),
  sch('Raise graduation rate to 92%', [N]),
  sch('Test scores', [N]),
  sch('Complete state-mandated FERPA training', [C]),
  sch('Submit the annual Title I compliance report', [C]),
  sch('Run bus routes on schedule', [J]),
  sch('Update the district website', [J]),
  sch('Hold a back-to-school night at each school', [T]),
  sch('Superintendent\u2019s Office', [G]),
  sch('District goals 2026-27', [G]),
  sch('Help new teachers get through their first year', [K], { krs: untouched('Support new teachers') }),
  sch('Make school meals something kids want to eat', [NK], { krs: [] }),
  sch('Reduce chronic absenteeism in our middle schools', [GC], {
    parent: 'Cut chronic absence in the middle schools',
  }),
  // More sound objectives, by domain (long ones, owners, hard negatives next to similar siblings).
  farm('Make the co-op\u2019s shared grain dryer available to members the day the weather turns'),
  farm('Give members a weekly price signal they can plan their selling around', [], {
    krs: zero('Members rating the price signal useful: 80%'),
  }),
  build('Make Harbour Quay the scheme our buyers show off to friends, not complain about online'),
  build('Cut the diesel our sites burn by moving to grid power and battery plant'),
  ward('Help patients with dementia sleep through the night on the medical wards', [], {
    krs: [{ title: 'Nights without a disturbance', unit: '%', start: 0, target: 100, current: 0 }],
  }),
  ward('Turn Northside into the trauma network\u2019s hub for burns care'),
  lib('Team Kids: make story time something dads bring their children to as often as mums'),
  bus('Give bus drivers a rota they can plan family life around, so fewer of them quit in their first year'),
  bus('Win back daytime riders who switched to cycling', [], {
    parent: 'Win back riders who left during the night-service cuts',
  }),
  space('Make our test stand the one other startups rent when theirs is booked'),
  space('Turn our Falcon 9 rideshare slot into paying payloads'),
  brew('Make the brewery a place people want to work, not just pass through on the way to a bigger one'),
  brew('Make our 2026 vintage cask ales worth collecting'),
  law('Make our disputes team the one in-house counsel trust with bet-the-company cases'),
  esp('Turn match-day streams into something a sponsor can point to in their own sales deck'),
  ngo('Make sure families in the camps hear about cash distributions in a language they speak'),
  dent('Get children from the estates near our Hull clinic seen before they need an extraction'),
  cyber('Help hospital clients recover from ransomware without paying the ransom', [], {
    krs: zero('Clients restored from backup in under 72 hours'),
  }),
  film('Build a writers\u2019 room that turns our short films into series a streamer buys'),
  wh('Make peak season a week the night crew doesn\u2019t dread'),
  adm('Give mature applicants an admissions route that counts their work experience'),
  adm('Stop losing Year 12 applicants to rivals after the open day'),
  wind('Team Blades: catch leading-edge erosion before it costs us a summer of output'),
  bake('Make the vegan range good enough that non-vegans order it'),
  climb('Make the gym somewhere a parent can climb while their kids are coached'),
  pay('Team Risk: stop fraud rings without blocking honest first-time buyers', [], {
    krs: [{ title: 'Fraud loss rate', unit: 'bps', start: 12, target: 6, current: 10 }],
  }),
  pay('Cut chargebacks on cross-border orders', [], {
    siblings: ['Cut false declines for cross-border shoppers'],
  }),
  farm('Team Livestock: get members\u2019 lambs to market in better condition so buyers pay the top grade'),
  build('Give site managers a programme they believe, so trades turn up on the day they are needed'),
  build('Win the Eastfield hospital extension on quality, not on the lowest bid (bid notes: https://intranet.example/eastfield)'),
  ward('Make the discharge lounge somewhere patients are collected from, not forgotten in'),
  lib('Make the mobile library the first place rural families go for a story, a form or a chat'),
  bus('Team Accessibility: make every stop announcement audible to a rider who can\u2019t see the screen'),
  space('Earn the trust of ESA\u2019s Boost! programme reviewers with a hot-fire campaign that goes to plan'),
  law('Get clients answers in plain English that they can act on the same day'),
  esp('Turn our academy players into people clubs want to sign, on and off the server'),
  ngo('Get cash to families through mobile money where markets still work, so they choose what they need'),
  dent('Win back patients who left for the private practice across the road after our 2025 price rise'),
  cyber('Make our red-team findings something a board can understand in one page'),
  film('Make sure the crew on \u201cLow Tide\u201d want to work with us again on the next one'),
  wh('Let the Reno site run its robots from a single screen the shift lead actually trusts'),
  adm('Make it easy for a care leaver to tell us what support they need before they arrive'),
  wind('Win the Crown Estate leasing round for the Dogger East extension'),
  bake('Team Franchise: make the first 90 days of a new bakery feel supported, not abandoned'),
  climb('Make our auto-belay wall the place kids fall in love with climbing at birthday parties'),
  pay('Sales Iberia: win merchants who have been let down by their bank\u2019s card terminals'),
  sch('Close the gap in maths between students who get free meals and those who don\u2019t'),
  pay('Make refunds instant for shoppers', [K], {
    krs: [
      { title: 'Median refund time', unit: 's', start: 600, target: 5, current: 400 },
      { title: 'Happier shoppers', start: 0, target: 0, current: 0 },
    ],
  }),
  sch('Get more high-schoolers into a career pathway that leads to a job or college credit'),
];


type Node = Holdout3Plan['nodes'][number];
const node = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): Node => ({
  key,
  parentKey,
  title,
  expect,
});

/**
 * Plans. In a clone group the first copy in node order carries no `goal-clone`; every later copy does
 * (a child copying its parent, cousins copied into other teams, copies differing only in numbers or
 * in the owner prefix, reworded near-copies). `cloneGroups` lists every member, first copy included.
 */
export const HOLDOUT_3_PLANS: Holdout3Plan[] = [
  {
    name: 'Harvest Co-op FY27',
    domain: 'farm-coop',
    nodes: [
      node('n1', null, 'Make the co-op the best way for a small farm to stay independent'),
      node('n2', 'n1', 'Team Grain: get members a fairer price by selling direct to mills'),
      node('n3', 'n1', 'Team Dairy: grow the milk we collect from hill farms'),
      node('n4', 'n1', 'Team Agronomy: help members cut fertiliser costs without losing yield'),
      node('n5', 'n2', 'Source 20 growers and sign 4 mill contracts', [N]),
      node('n6', 'n3', 'Source 30 growers and sign 6 mill contracts', [N, GC]),
      node('n7', 'n4', 'Source 25 growers and sign 5 mill contracts', [N, GC]),
      node('n8', 'n2', 'Keep the members\u2019 price board up to date', [J]),
      node('n9', 'n3', 'Keep the members\u2019 price board current', [J, GC]),
      node('n10', 'n4', 'Run soil-testing days at member farms', [T]),
      node('n11', 'n3', 'Help hill farms cut what it costs them to get their milk collected'),
      node('n12', 'n1', 'Co-op Board', [G]),
    ],
    cloneGroups: [
      ['n5', 'n6', 'n7'],
      ['n8', 'n9'],
    ],
  },
  {
    name: 'Metro Transit 2027',
    domain: 'city-transit',
    nodes: [
      node('t1', null, 'Make the bus the obvious choice for getting to work'),
      node('t2', 't1', 'Depot North: Win back riders on the night routes'),
      node('t3', 't1', 'Depot South: Win back riders on the night routes', [GC]),
      node('t4', 't1', 'Depot East: win back riders on night routes', [GC]),
      node('t5', 't2', 'Source 60 candidates and hire 2 mechanics', [N]),
      node('t6', 't3', 'Source 150 candidates and hire 5 mechanics', [N, GC]),
      node('t7', 't4', 'Source 90 candidates and hire 3 mechanics', [N, GC]),
      node('t8', 't1', 'Customer Experience', [G]),
      node('t9', 't8', 'Answer rider complaints within the SLA', [J]),
      node('t10', 't8', 'Make the app\u2019s live bus times something riders trust'),
      node('t11', 't10', 'Make the live bus times in the app something riders can trust', [GC]),
      node('t12', 't1', 'Ridership +10%', [N]),
      node('t13', 't2', 'Give night-route drivers a safe place to take their breaks'),
      node('t14', 't4', 'Pass the annual fleet inspection', [C]),
    ],
    cloneGroups: [
      ['t2', 't3', 't4'],
      ['t5', 't6', 't7'],
      ['t10', 't11'],
    ],
  },
  {
    name: 'Northside Hospital nursing',
    domain: 'hospital-nursing',
    nodes: [
      node('h1', null, 'Give patients safer, kinder care by keeping experienced nurses with us'),
      node('h2', 'h1', 'Ward 4B: Reduce pressure ulcers in long-stay patients'),
      node('h3', 'h1', 'Ward 7: Reduce pressure ulcers in long-stay patients', [GC]),
      node('h4', 'h1', 'Ward 9: reduce pressure ulcers among long-stay patients', [GC]),
      node('h5', 'h2', 'Complete mandatory manual-handling training', [C]),
      node('h6', 'h3', 'Complete mandatory manual handling training', [C, GC]),
      node('h7', 'h4', 'Complete the mandatory manual-handling training', [C, GC]),
      node('h8', 'h1', 'Nursing Directorate', [G]),
      node('h9', 'h8', 'Make night shifts something nurses want to stay on'),
      node('h10', 'h9', 'Give night nurses protected breaks they actually get'),
      node('h11', 'h2', 'Do the daily bed-board huddle', [J]),
      node('h12', 'h1', 'Cut agency spend 25%', [N]),
      node('h13', 'h12', 'Cut agency spending by 25%', [N, GC]),
    ],
    cloneGroups: [
      ['h2', 'h3', 'h4'],
      ['h5', 'h6', 'h7'],
      ['h12', 'h13'],
    ],
  },
  {
    name: 'Orbital Dynamics company cascade',
    domain: 'space-startup',
    nodes: [
      node('s1', null, 'Be the first European company to fly a reusable upper stage'),
      node('s2', 's1', 'Propulsion: prove the engine can restart in vacuum'),
      node('s3', 's1', 'Avionics: make the flight computer survive a full mission rehearsal'),
      node('s4', 's1', 'Business: close the Series B on the back of a flight-proven stage'),
      node('s5', 's2', 'Deliver 100% of committed tickets per sprint', [N, J]),
      node('s6', 's3', 'Deliver 100% of committed tickets per sprint', [N, J, GC]),
      node('s7', 's1', 'Ground Software: Deliver 100% of committed tickets per sprint', [N, J, GC]),
      node('s8', 's1', 'Engineering', [G]),
      node('s9', 's2', 'Shorten the time between static fire and flight readiness'),
      node('s10', 's9', 'Shorten time from static fire to flight readiness', [GC]),
      node('s11', 's4', '$12M in launch contracts', [N]),
    ],
    cloneGroups: [
      ['s5', 's6', 's7'],
      ['s9', 's10'],
    ],
  },
  {
    name: 'Hopworks Brewery plan',
    domain: 'brewery',
    nodes: [
      node('b1', null, 'Make our beer the local pint people ask for by name'),
      node('b2', 'b1', 'Team Sales North: get our cans into independent bottle shops'),
      node('b3', 'b1', 'Team Sales South: get our cans into independent bottle shops', [GC]),
      node('b4', 'b1', 'Taproom: turn the taproom into a reason to visit town'),
      node('b5', 'b1', 'Brewhouse: cut water used per litre brewed'),
      node('b6', 'b5', 'Clean and sanitise fermenters after every batch', [J]),
      node('b7', 'b4', 'Host a tap takeover with a Belgian brewery', [T]),
      node('b8', 'b2', 'Sell 4,000 hectolitres in the north', [N]),
      node('b9', 'b3', 'Sell 6,000 hectolitres in the south', [N, GC]),
      node('b10', 'b5', 'Reduce water used per litre of beer brewed', [GC]),
    ],
    cloneGroups: [
      ['b2', 'b3'],
      ['b8', 'b9'],
      ['b5', 'b10'],
    ],
  },
  {
    name: 'Paywise 2027 cascade',
    domain: 'fintech-payments',
    nodes: [
      node('f1', null, 'Make accepting payments painless for Europe\u2019s small merchants'),
      node('f2', 'f1', 'Sales Iberia: Sign 10 new enterprise merchants', [N]),
      node('f3', 'f1', 'Sales DACH: Sign 25 new enterprise merchants', [N, GC]),
      node('f4', 'f1', 'Sales Nordics: sign 8 new enterprise merchants', [N, GC]),
      node('f5', 'f1', 'Product: get merchants paid out the same day they sell'),
      node('f6', 'f1', 'Risk: cut false declines for cross-border shoppers'),
      node('f7', 'f5', 'Migrate the ledger to Postgres 16', [T]),
      node('f8', 'f6', 'Pass the PCI DSS audit', [C]),
      node('f9', 'f5', 'Do QBRs with enterprise merchants', [T]),
      node('f10', 'f2', 'Do QBRs with all enterprise merchants', [T, GC]),
      node('f11', 'f3', 'Do quarterly business reviews with enterprise merchants', [T, GC]),
      node('f12', 'f1', 'VP Sales', [G]),
      node('f13', 'f6', 'Reduce false declines for shoppers paying cross-border', [GC]),
      node('f14', 'f5', 'Let traders take their first payment the day they sign up'),
      node('f15', 'f1', 'Payments Platform team', [G]),
      node('f16', 'f15', 'Make our API the one developers choose in a weekend hackathon'),
    ],
    cloneGroups: [
      ['f2', 'f3', 'f4'],
      ['f9', 'f10', 'f11'],
      ['f6', 'f13'],
    ],
  },
  {
    name: 'Riverside School District 2026-27',
    domain: 'school-district',
    nodes: [
      node('d1', null, 'Get every child reading confidently by the end of third grade'),
      node('d2', 'd1', 'Oakwood Elementary: cut chronic absence in K-2'),
      node('d3', 'd1', 'Maple Elementary: cut chronic absence in K-2', [GC]),
      node('d4', 'd1', 'Elm Elementary: reduce chronic absence in grades K-2', [GC]),
      node('d5', 'd2', 'Complete state-mandated FERPA training', [C]),
      node('d6', 'd3', 'Complete state mandated FERPA training', [C, GC]),
      node('d7', 'd1', 'Superintendent\u2019s Office', [G]),
      node('d8', 'd7', 'District goals 2026-27', [G]),
      node('d9', 'd1', 'Give K-2 teachers a phonics programme they use every day'),
      node('d10', 'd9', 'Hold a phonics workshop for teachers', [T]),
      node('d11', 'd4', 'Raise attendance to 95%', [N]),
      node('d12', 'd2', 'Raise attendance to 93%', [N, GC]),
    ],
    cloneGroups: [
      ['d2', 'd3', 'd4'],
      ['d5', 'd6'],
      ['d11', 'd12'],
    ],
  },
  {
    name: 'Citylib branch network',
    domain: 'public-library',
    nodes: [
      node('l1', null, 'Make the library the place the city learns, reads and meets'),
      node('l2', 'l1', 'Central Branch: make the branch a place families choose on a rainy Saturday'),
      node('l3', 'l1', 'Eastside Branch: make the branch a place families choose on a rainy Saturday', [GC]),
      node('l4', 'l1', 'Westside Branch: make our branch the place families pick on rainy Saturdays', [GC]),
      node('l5', 'l2', 'Keep the catalogue records up to date', [J]),
      node('l6', 'l3', 'Keep catalogue records up-to-date', [J, GC]),
      node('l7', 'l4', 'Keep the catalog records current', [J, GC]),
      node('l8', 'l1', 'Team Digital: make the v3 app the easiest way to renew a loan'),
      node('l9', 'l8', 'Launch a newsletter', [T]),
      node('l10', 'l1', 'Library Services', [G]),
    ],
    cloneGroups: [
      ['l2', 'l3', 'l4'],
      ['l5', 'l6', 'l7'],
    ],
  },
];
