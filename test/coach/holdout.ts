import type { RuleCode } from '../../shared/coach/types';

/**
 * FROZEN HOLD-OUT for the trap coach.
 *
 * Written blind to the rules on 2026-12-04: the author never read the coach's source, its unit tests
 * or the tuning corpus (only the labelling definitions at the top of test/coach/corpus.ts, the
 * method in shared/reference/strategic-alignment.md and issue 10). Frozen: never edit a title or a
 * label to make a rule pass, never add a case because a rule misses it, never tune on it. Measure
 * it, report the figures, and fix rules by generalising from the tuning corpus only.
 *
 * Domains are deliberately ones the tuning corpus lacks (it covers software, healthcare, sales,
 * public-sector, education, marketing, manufacturing, retail, finance, hospitality, logistics,
 * nonprofit and people).
 *
 * Labelling definitions (labelled from the meaning of each text, not from keywords):
 * - number-title: the title carries a target quantity (money, %, a count, a multiplier such as
 *   "double"/"halve"/"triple", a value after a metric or comparator) or is nothing but a metric
 *   name. Not a quantity: versions, years and periods, ranks, ordinals, identifiers and tiers,
 *   compound modifiers (same-day, 100-year flood, one-click) and horizons ("within 10 years").
 * - generic-container: a bucket of goals or only a scope (role, team, department, period).
 * - task-listing: an activity or a deliverable without a change in the world.
 * - job-requirement: a standing duty of the role (upkeep, routine, queues, "keep ... current").
 * - compliance: mandatory training, policy sign-offs, audits, inspections, certifications kept,
 *   adherence. Only one of compliance > job-requirement > task-listing, the first that applies.
 * - goal-clone: repeats its parent or an earlier sibling word for word or nearly (synonyms,
 *   reordering); in HOLDOUT_PLANS, copies anywhere in the tree, including copies that differ only
 *   in their numbers. Every member of a clone group after the first (depth-first) is labelled.
 * - kr-not-measurable: a KR with no quantity in its title whose numbers are empty (0,0,0) or the
 *   untouched default (0 -> 100, current 0, no unit). Versions and years in a KR title are not
 *   quantities.
 * - no-key-results: `krs: []`, unless the title is already compliance/job-requirement/task-listing.
 *
 * Consistency decisions taken while labelling:
 * - Putting a product or capability into users' or customers' hands ("Ship v1.0 of the CLI to our
 *   beta users", "Launch 5G standalone core for enterprise customers") is an outcome. Producing an
 *   internal deliverable or doing an activity (a guide, a template, a deck, an event, a talk, moving
 *   an internal tool onto another tool) is a task, even when it is useful.
 * - An end state of the product ("Make Forgeline a Rails 6 app") is an outcome.
 * - "Keep ..." is a duty when it names upkeep ("Keep the changelog up to date") and an outcome when
 *   it names a result to hold against pressure ("Keep members coming back after the January rush").
 * - A fixed existing scope ("at our wind sites", "every top-50 broker") is not a target quantity.
 * - Template objectives copied into several teams with only their numbers changed are clones
 *   ("Source 40 candidates and hire 3 account executives" / "Source 25 candidates and hire 2
 *   solutions architects").
 *
 * `krs` omitted: the harness attaches one well-formed KR. `krs: []`: the objective really has none.
 * Every KR written here states its numbers explicitly.
 */

export type HoldoutDomain =
  | 'energy'
  | 'legal'
  | 'insurance'
  | 'telecom'
  | 'media'
  | 'biotech'
  | 'construction'
  | 'agriculture'
  | 'gaming'
  | 'aerospace'
  | 'security'
  | 'devrel'
  | 'sports'
  | 'gov-it'
  | 'support'
  | 'data-ml'
  | 'handbook';

export interface HoldoutKr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface HoldoutEntry {
  title: string;
  domain: HoldoutDomain;
  expect: RuleCode[];
  parent?: string;
  siblings?: string[];
  krs?: HoldoutKr[];
}

/** Small cascades for clones across the whole tree (cousins under different parents, copies differing only in numbers). */
export interface HoldoutPlanNode {
  key: string;
  parentKey: string | null;
  title: string;
  expect: RuleCode[];
}

export interface HoldoutPlan {
  name: string;
  domain: HoldoutDomain;
  /** Listed in depth-first (pre-order) order. */
  nodes: HoldoutPlanNode[];
  /** Keys of nodes that are copies of each other; the first key is the original. */
  cloneGroups: string[][];
}

const NUM: RuleCode = 'number-title';
const BUCKET: RuleCode = 'generic-container';
const TASK: RuleCode = 'task-listing';
const DUTY: RuleCode = 'job-requirement';
const COMPLY: RuleCode = 'compliance';
const CLONE: RuleCode = 'goal-clone';
const KRNM: RuleCode = 'kr-not-measurable';
const NOKR: RuleCode = 'no-key-results';

const e = (
  domain: HoldoutDomain,
  title: string,
  expect: RuleCode[] = [],
  extra: Partial<HoldoutEntry> = {},
): HoldoutEntry => ({ title, domain, expect, ...extra });

/** A KR whose numbers were never filled in. */
const blank = (title: string, unit?: string): HoldoutKr => ({ title, unit, start: 0, target: 0, current: 0 });
/** A KR left at the form's default 0 -> 100, current 0, no unit. */
const dflt = (title: string): HoldoutKr => ({ title, start: 0, target: 100, current: 0 });
const kr = (title: string, start: number, target: number, current: number, unit?: string): HoldoutKr => ({
  title,
  unit,
  start,
  target,
  current,
});

export const HOLDOUT: HoldoutEntry[] = [
  // ───────────────────────────── energy & utilities ─────────────────────────────
  e('energy', 'Make rooftop solar the easiest upgrade a homeowner in our territory can buy'),
  e('energy', 'Put the utility on a credible path to net zero within 10 years'),
  e('energy', 'Cut the time it takes to connect a community solar farm to the grid', [], {
    krs: [kr('Median days from application to energisation', 210, 120, 190, 'days')],
  }),
  e('energy', 'Win back the trust of customers hit by the February outages'),
  e('energy', 'Make Tier-1 substations resilient to a 100-year flood'),
  e('energy', 'Turn demand response into a product households actually enrol in', [], {
    krs: [blank('Enrol 30,000 households in the smart-thermostat programme')],
  }),
  e('energy', 'Be the first utility in the region to offer same-day EV charger hookups'),
  e('energy', 'Give field crews live outage data in the truck', [], {
    krs: [kr('Crews using the outage app daily', 0, 100, 0, '%')],
  }),
  e('energy', 'Stop estimated bills from surprising customers'),
  e('energy', 'Make our hydro fleet earn its keep in the balancing market'),
  e('energy', 'Make our 2030 coal exit a story the town is proud of'),
  e('energy', 'Give every Tier-2 industrial customer a named energy adviser'),
  e('energy', 'Stop vegetation from causing summer wildfire shut-offs'),
  e('energy', 'Reach 450 MW of contracted battery storage', [NUM]),
  e('energy', 'SAIDI / SAIFI', [NUM]),
  e('energy', 'Publish the winter readiness bulletin', [TASK]),
  e('energy', 'Run community open days at our wind sites', [TASK]),
  e('energy', 'Keep the asset register up to date', [DUTY]),
  e('energy', 'Read every meter on its scheduled cycle', [DUTY]),
  e('energy', 'Pass the NERC CIP audit without findings', [COMPLY]),
  e('energy', 'Complete the annual switching-safety recertification', [COMPLY], { krs: [] }),
  e('energy', 'Grid Operations', [BUCKET]),
  e('energy', 'Energy Trading - FY27 targets', [BUCKET]),
  e('energy', 'Make rooftop solar the easiest upgrade homeowners can buy', [CLONE], {
    parent: 'Make rooftop solar the easiest upgrade a homeowner in our territory can buy',
  }),
  e('energy', 'Cut new-connection waits for small generators', [KRNM], {
    krs: [blank('Streamline the interconnection application')],
  }),
  e('energy', 'Cut truck rolls for faulty smart meters', [KRNM], {
    krs: [blank('Hit the 2027 smart-meter milestone')],
  }),
  e('energy', 'Make heat pumps affordable for renters in our service area', [NOKR], { krs: [] }),

  // ───────────────────────────── legal ─────────────────────────────
  e('legal', 'Make routine NDAs self-serve so sales never waits on legal'),
  e('legal', 'Shorten the path from term sheet to signed enterprise contract'),
  e('legal', 'Hire a Compliance Analyst to take sanctions screening off the deal team'),
  e('legal', 'Bring outside-counsel spend under matter budgets we actually control'),
  e('legal', 'Give the business plain-English answers on generative AI risk'),
  e('legal', 'Win the Harlow patent dispute on the merits'),
  e('legal', 'Make our standard MSA the paper customers sign without redlines'),
  e('legal', 'Stand up a privacy practice that product teams come to early', [], {
    krs: [kr('Launch the privacy intake form', 0, 1, 0)],
  }),
  e('legal', 'Cut the time lawyers spend on low-risk contracts'),
  e('legal', 'Make the EU subsidiary structure simple enough for the board to follow'),
  e('legal', 'Get the Series C documents signed without a last-minute scramble'),
  e('legal', 'Make in-house counsel the first call for product teams, not the last'),
  e('legal', 'Settle the legacy employment claims without setting a precedent'),
  e('legal', 'Cut outside counsel fees by $1.2M', [NUM]),
  e('legal', 'Contract cycle time', [NUM]),
  e('legal', 'Draft a new playbook for supplier contracts', [TASK]),
  e('legal', 'Hold monthly lunch-and-learns on contract basics', [TASK]),
  e('legal', 'Review all contracts above the approval threshold', [DUTY]),
  e('legal', 'Maintain the litigation hold register', [DUTY]),
  e('legal', 'Everyone in legal finishes the annual anti-bribery module', [COMPLY]),
  e('legal', 'Sign off on the revised records retention policy', [COMPLY]),
  e('legal', 'Legal team', [BUCKET]),
  e('legal', 'General Counsel', [BUCKET]),
  e('legal', 'Legal Ops priorities', [BUCKET, NOKR], { krs: [] }),
  e('legal', 'Shorten the path from term sheet to signed enterprise contracts', [CLONE], {
    parent: 'Shorten the path from term sheet to signed enterprise contract',
  }),
  e('legal', 'Take the legal bottleneck out of partner deals', [KRNM], { krs: [dflt('Build a clause library')] }),
  e('legal', 'Make legal a reason deals close faster', [NOKR], { krs: [] }),

  // ───────────────────────────── insurance ─────────────────────────────
  e('insurance', 'Offer same-day payouts on windscreen claims'),
  e('insurance', 'Make small-business cover something an owner can buy in one sitting'),
  e('insurance', "Price flood risk from our own claims data, not the reinsurer's tables"),
  e('insurance', 'Stop losing renewals to silent price increases'),
  e('insurance', 'Give brokers a quote they can trust the first time'),
  e('insurance', "Bring GPT-4-class summarisation into the adjuster's workflow"),
  e('insurance', "Hire a Compliance Analyst for the Lloyd's syndicate so underwriters can focus on risk"),
  e('insurance', 'Make fraud rings too expensive to run against us'),
  e('insurance', 'Pay bereaved families without asking for the same document twice'),
  e('insurance', 'Turn telematics data into fairer prices for young drivers'),
  e('insurance', 'Make our Tier-1 broker partners prefer our portal to email'),
  e('insurance', 'Bring the 24-hour claims line in-house so callers reach an expert'),
  e('insurance', 'Make pet insurance claims as easy as sending a photo', [], {
    krs: [kr('Claims submitted from the app', 22, 60, 25, '%'), kr('Median days to payout', 9, 3, 8, 'days')],
  }),
  e('insurance', 'Grow gross written premium to £300m', [NUM]),
  e('insurance', 'Triple the share of claims settled without an adjuster visit', [NUM]),
  e('insurance', 'Loss ratio', [NUM]),
  e('insurance', 'Do a quarterly business review with every top-50 broker', [TASK]),
  e('insurance', 'Process claim invoices on time', [DUTY]),
  e('insurance', "Add premium reconciliation to the underwriting assistants' duties", [DUTY]),
  e('insurance', 'Complete the FCA Consumer Duty board attestation', [COMPLY]),
  e('insurance', 'Solvency II reporting submitted with no regulator queries', [COMPLY]),
  e('insurance', 'Claims', [BUCKET]),
  e('insurance', 'Underwriting objectives H2', [BUCKET]),
  e('insurance', 'Give brokers quotes they can rely on first time', [CLONE], {
    siblings: ['Stop losing renewals to silent price increases', 'Give brokers a quote they can trust the first time'],
  }),
  e('insurance', 'Make renewal pricing transparent to customers', [KRNM], {
    krs: [blank('Roll out the price explanation letter')],
  }),
  e('insurance', 'Make commercial property quotes instant', [KRNM], { krs: [dflt('Quote API v2 live')] }),
  e('insurance', 'Win the mid-market fleet segment from the incumbents', [NOKR], { krs: [] }),
  e('insurance', 'Make claims handling a reason customers stay with us', [NOKR], { krs: [] }),

  // ───────────────────────────── telecom ─────────────────────────────
  e('telecom', 'Launch 5G standalone core for enterprise customers in the Nordics'),
  e('telecom', 'Become the top 3 rural broadband provider in Wales'),
  e('telecom', 'Make switching to us a single-visit job'),
  e('telecom', 'Stop customers discovering outages before we do'),
  e('telecom', 'Turn the prepaid base into a loyal postpaid pipeline'),
  e('telecom', 'Retire the legacy copper network without stranding rural customers'),
  e('telecom', 'Get Wi-Fi 7 routers into premium households before our competitors do'),
  e('telecom', 'Make roaming charges something travellers never think about'),
  e('telecom', 'Give small businesses a line that works the day they open', [], {
    krs: [kr('Business lines active on day one', 61, 90, 64, '%')],
  }),
  e('telecom', 'Make our 24/7 business helpline the reason SMEs pick us'),
  e('telecom', 'Make the iPhone 16 launch the smoothest upgrade season we have run'),
  e('telecom', 'Stop rural masts going dark when the power fails'),
  e('telecom', 'Win back business customers we lost to the 2025 price rise'),
  e('telecom', 'Churn < 1.2% monthly', [NUM]),
  e('telecom', 'Double enterprise IoT SIM activations', [NUM]),
  e('telecom', 'Attend Mobile World Congress in Barcelona', [TASK]),
  e('telecom', 'Migrate the network inventory into NetBox', [TASK]),
  e('telecom', 'Monitor the NOC dashboards around the clock', [DUTY]),
  e('telecom', 'Patch all core routers on the monthly cycle', [DUTY]),
  e('telecom', "Complete Ofcom's general conditions compliance review", [COMPLY]),
  e('telecom', 'Lawful-intercept audit passed', [COMPLY]),
  e('telecom', 'Consumer Mobile — 2027 KPIs', [BUCKET]),
  e('telecom', 'Retire legacy copper without stranding rural customers', [CLONE], {
    parent: 'Retire the legacy copper network without stranding rural customers',
  }),
  e('telecom', 'Make outage notifications proactive', [KRNM], { krs: [dflt('Notify customers about outages')] }),
  e('telecom', 'Make 5G home broadband a real alternative to fibre', [KRNM], {
    krs: [blank('Improve indoor coverage', '%')],
  }),
  e('telecom', 'Make our fibre the default for new-build estates', [NOKR], { krs: [] }),

  // ───────────────────────────── media & publishing ─────────────────────────────
  e('media', 'Make the Sunday edition worth paying for on its own'),
  e('media', 'Turn casual podcast listeners into members'),
  e('media', 'Be the #1 podcast network for Spanish-speaking listeners'),
  e('media', 'Rebuild reader trust after the corrections scandal'),
  e('media', 'Get our archive in front of students through library partnerships'),
  e('media', 'Make the 2027 election coverage the reporting people quote'),
  e('media', 'Lift completion rates of our long-form video series'),
  e('media', 'Make local news pay its own way in the towns we cover', [], {
    krs: [kr('Local editions covering their own costs', 2, 6, 3)],
  }),
  e('media', 'Win younger readers without dumbing down the journalism'),
  e('media', 'Make our puzzles the daily habit that brings readers to the app'),
  e('media', 'Make the Top 100 restaurants list the guide readers actually use'),
  e('media', 'Turn our investigations desk into a reason people subscribe'),
  e('media', 'Get our journalism onto the screens of under-25s'),
  e('media', 'Grow newsletter open rate to 45%', [NUM]),
  e('media', 'Halve first-month subscription churn', [NUM]),
  e('media', 'Grow podcast revenue to $3M', [NUM, KRNM], { krs: [blank('Sign new sponsors')] }),
  e('media', 'Publish a special issue on the water crisis', [TASK]),
  e('media', 'Launch a TikTok account', [TASK]),
  e('media', 'Fact-check every story before publication', [DUTY]),
  e('media', 'Keep CMS tags tidy', [DUTY]),
  e('media', 'All editorial staff complete the defamation-law refresher', [COMPLY]),
  e('media', 'Audience Development', [BUCKET]),
  e('media', 'Editorial goals Q1', [BUCKET]),
  e('media', 'Convert casual podcast listeners into paying members', [CLONE], {
    siblings: ['Make the Sunday edition worth paying for on its own', 'Turn casual podcast listeners into members'],
  }),
  e('media', 'Make the app the main way readers reach us', [KRNM], { krs: [blank('Improve app engagement')] }),
  e('media', 'Turn the photo archive into a licensing business', [NOKR], { krs: [] }),

  // ───────────────────────────── biotech / pharma research ─────────────────────────────
  e('biotech', 'Get the KX-201 programme to a go/no-go decision on solid data'),
  e('biotech', 'Make assay results reproducible across both sites'),
  e('biotech', 'Cut the time from target nomination to first-in-human'),
  e('biotech', 'Make the ELN the single source of truth for experiments'),
  e('biotech', 'Bring Phase II enrolment back on schedule'),
  e('biotech', 'Give discovery chemists self-serve access to structure predictions'),
  e('biotech', 'Win a pharma partnership for the oncology platform'),
  e('biotech', 'Stop losing cell lines to freezer failures', [], {
    krs: [kr('Cell lines lost to freezer failure', 4, 0, 3)],
  }),
  e('biotech', 'Make CRISPR screens a routine service rather than a heroic effort'),
  e('biotech', 'Cut the cost of each sequenced genome in our core facility'),
  e('biotech', 'Make the 384-well assay format the lab default'),
  e('biotech', 'Stop rework in CMC caused by late analytical methods'),
  e('biotech', 'Get the Phase 1b data in front of partners before the JPM conference'),
  e('biotech', 'File 3 INDs', [NUM]),
  e('biotech', 'Hit 80% enrolment in the PRISM trial', [NUM]),
  e('biotech', 'Present the data at ASCO', [TASK]),
  e('biotech', 'Write SOPs for the new sequencer', [TASK]),
  e('biotech', 'Calibrate pipettes monthly', [DUTY]),
  e('biotech', 'Keep the reagent inventory current', [DUTY]),
  e('biotech', 'Complete GCP training before first patient in', [COMPLY]),
  e('biotech', 'Pass the FDA pre-approval inspection', [COMPLY]),
  e('biotech', 'Log every deviation in the QMS', [COMPLY]),
  e('biotech', 'Translational Research', [BUCKET]),
  e('biotech', 'CMC', [BUCKET]),
  e('biotech', 'Reduce the time from target nomination to first in human', [CLONE], {
    parent: 'Cut the time from target nomination to first-in-human',
  }),
  e('biotech', 'Shorten the hit-to-lead cycle', [KRNM], { krs: [dflt('Automate compound ordering')] }),
  e('biotech', 'Make the oncology platform partner-ready', [NOKR], { krs: [] }),

  // ───────────────────────────── construction & real estate ─────────────────────────────
  e('construction', 'Hand over homes with no snagging list on move-in day'),
  e('construction', "Make the Riverside tower the city's first net-zero-carbon office"),
  e('construction', 'Stop weather from wrecking our concrete pour schedule'),
  e('construction', 'Fill the Canal Quarter retail units with tenants who bring footfall'),
  e('construction', 'Make site safety something crews own, not something we police'),
  e('construction', 'Shorten the time from planning approval to breaking ground'),
  e('construction', 'Win the 2028 hospital framework'),
  e('construction', 'Make modular construction our default for new schools'),
  e('construction', 'Pay subcontractors when we said we would', [], {
    krs: [kr('Subcontractor invoices paid within terms', 58, 95, 63, '%')],
  }),
  e('construction', 'Turn our B-grade office stock into space tenants compete for'),
  e('construction', 'Make our sites good neighbours to the streets around them'),
  e('construction', 'Win planning for the Eastgate 2 scheme first time'),
  e('construction', 'Turn post-occupancy data into better designs for the next scheme'),
  e('construction', 'Cut rework costs by £2m', [NUM]),
  e('construction', 'Cost per square metre', [NUM]),
  e('construction', 'Schedule weekly site walk-throughs with the client', [TASK]),
  e('construction', 'Attend MIPIM', [TASK]),
  e('construction', 'Keep the site diary up to date', [DUTY]),
  e('construction', 'Chase subcontractor invoices', [DUTY], { krs: [] }),
  e('construction', 'Pass the HSE site inspection', [COMPLY]),
  e('construction', 'All site managers renew their SMSTS certificates', [COMPLY]),
  e('construction', 'Residential Division', [BUCKET]),
  e('construction', 'Reduce the time between planning consent and starting on site', [CLONE], {
    siblings: ['Make modular construction our default for new schools', 'Shorten the time from planning approval to breaking ground'],
  }),
  e('construction', 'Make handover a moment buyers rave about', [KRNM], {
    krs: [blank('Better handover packs'), kr('Buyer satisfaction at handover', 70, 90, 72, '%')],
  }),
  e('construction', 'Turn empty office floors into homes people want', [NOKR], { krs: [] }),

  // ───────────────────────────── agriculture & food ─────────────────────────────
  e('agriculture', 'Make regenerative practices pay for themselves on our contract farms'),
  e('agriculture', "Get our oat milk into the coffee chains' default order"),
  e('agriculture', 'Stop grain spoilage between harvest and the mill'),
  e('agriculture', 'Give growers a price they can plan around before they plant'),
  e('agriculture', "Win Tesco's own-label salad contract"),
  e('agriculture', 'Close the gaps in our cold chain from field to shelf'),
  e('agriculture', 'Bring precision irrigation to smallholders in the delta', [], {
    krs: [kr('Smallholders irrigating from soil-moisture readings', 0, 1500, 0)],
  }),
  e('agriculture', 'Cut the water footprint of every kilo of tomatoes'),
  e('agriculture', 'Make our eggs the ones shoppers trust on welfare'),
  e('agriculture', 'Turn the farm shop into a year-round destination'),
  e('agriculture', 'Make the 2027 harvest the first with zero-tillage on the home farm'),
  e('agriculture', 'Get our British-grown quinoa onto supermarket shelves'),
  e('agriculture', 'Make contract growers trust our grading'),
  e('agriculture', 'Yield per hectare', [NUM]),
  e('agriculture', 'Export 40% more apples to Asia', [NUM]),
  e('agriculture', 'Sign 25 new organic growers', [NUM]),
  e('agriculture', 'Atend the FarmTech expo', [TASK]),
  e('agriculture', 'Visit every contract farm before harvest', [TASK]),
  e('agriculture', 'Feed and water the livestock on schedule', [DUTY]),
  e('agriculture', 'Renew GLOBALG.A.P. certification', [COMPLY]),
  e('agriculture', 'Complete the pesticide handling course', [COMPLY]),
  e('agriculture', 'Farm Operations', [BUCKET]),
  e('agriculture', '2027 harvest targets', [BUCKET]),
  e('agriculture', 'Prevent grain spoilage between harvest and milling', [CLONE], {
    parent: 'Stop grain spoilage between harvest and the mill',
  }),
  e('agriculture', 'Lock in grower prices before planting', [KRNM], { krs: [dflt('Forward contract pilot')] }),
  e('agriculture', 'Turn packhouse waste into a revenue stream', [NOKR], { krs: [] }),

  // ───────────────────────────── gaming ─────────────────────────────
  e('gaming', 'Make the first hour of Skyreach unforgettable for new players'),
  e('gaming', 'Turn the modding community into a source of content we can ship'),
  e('gaming', 'Ship Skyreach 2.0 to Early Access players'),
  e('gaming', 'Stop toxic voice chat driving new players away'),
  e('gaming', 'Make cross-play between PS5 and PC feel seamless'),
  e('gaming', 'Be a top 10 grossing strategy game in Japan'),
  e('gaming', 'Cut crunch before launch without cutting scope'),
  e('gaming', 'Make ranked matches feel fair to mid-skill players', [], {
    krs: [kr('Players rating their last match as fair', 48, 70, 51, '%')],
  }),
  e('gaming', 'Give lapsed players a reason to come back for Season 4'),
  e('gaming', 'Make the store feel generous rather than predatory'),
  e('gaming', 'Make Skyreach run well on the Steam Deck'),
  e('gaming', 'Turn our Discord into a place players help each other'),
  e('gaming', 'Make 4K HDR mode look like the trailer'),
  e('gaming', 'D7 retention 25%', [NUM]),
  e('gaming', 'Raise average session length from 18 to 25 minutes', [NUM]),
  e('gaming', 'Run a closed beta weekend', [TASK]),
  e('gaming', 'Make a trailer for Gamescom', [TASK]),
  e('gaming', 'Triage crash reports daily', [DUTY]),
  e('gaming', 'Moderate the forums', [DUTY]),
  e('gaming', 'Get the PEGI rating certificate for the EU release', [COMPLY]),
  e('gaming', 'Pass Xbox certification for the console launch', [COMPLY]),
  e('gaming', 'Live Ops', [BUCKET]),
  e('gaming', 'Studio North', [BUCKET]),
  e('gaming', 'Stop toxic voice chat from driving away new players', [CLONE], {
    siblings: ['Make cross-play between PS5 and PC feel seamless', 'Stop toxic voice chat driving new players away'],
  }),
  e('gaming', 'Make the tutorial teach what players actually need', [KRNM], {
    krs: [kr('Rework the tutorial', 0, 100, 0)],
  }),
  e('gaming', 'Make Skyreach a game people stream, not just play', [NOKR], { krs: [] }),
  e('gaming', 'Turn Season 4 into our biggest comeback', [NOKR], { krs: [] }),

  // ───────────────────────────── aerospace & defence ─────────────────────────────
  e('aerospace', 'Make the A320 retrofit line our most profitable programme'),
  e('aerospace', 'Win the next-generation trainer competition'),
  e('aerospace', 'Cut the turnaround time for engine shop visits'),
  e('aerospace', 'Become the supplier of choice for Level 3 avionics integration'),
  e('aerospace', 'Stop late parts from grounding customer aircraft'),
  e('aerospace', 'Bring additive manufacturing into series production for brackets'),
  e('aerospace', 'Let customers book ground-station passes online'),
  e('aerospace', 'Make the F-35 sustainment contract a platform for follow-on work'),
  e('aerospace', 'Give line mechanics the right part on the first trip to stores', [], {
    krs: [kr('Work orders with a parts-related delay', 31, 10, 27, '%')],
  }),
  e('aerospace', 'Make our satellite buses the quickest to integrate in the industry'),
  e('aerospace', 'Win the Boeing 737 MAX interiors retrofit contract'),
  e('aerospace', 'Make our test flights yield decisions rather than more test flights'),
  e('aerospace', 'Stop foreign-object damage incidents on the flight line'),
  e('aerospace', 'Book $2B in defence orders', [NUM]),
  e('aerospace', 'Book-to-bill', [NUM]),
  e('aerospace', 'Exhibit at Farnborough Airshow', [TASK]),
  e('aerospace', 'Write the test plan for the landing-gear rig', [TASK]),
  e('aerospace', 'Process engineering change requests on time', [DUTY]),
  e('aerospace', 'Handle AOG calls from customers', [DUTY]),
  e('aerospace', 'Renew AS9100 certification', [COMPLY]),
  e('aerospace', 'Complete ITAR export-control training', [COMPLY]),
  e('aerospace', 'Maintain security clearances for the programme team', [COMPLY]),
  e('aerospace', 'Programme Management Office', [BUCKET]),
  e('aerospace', 'Cut engine shop visit turnaround time', [CLONE], {
    parent: 'Cut the turnaround time for engine shop visits',
  }),
  e('aerospace', 'Bring AOG response under control', [KRNM], { krs: [blank('Supplier scorecards in place')] }),
  e('aerospace', 'Make our MRO the fastest-turning shop in Europe', [NOKR], { krs: [] }),

  // ───────────────────────────── security / infosec ─────────────────────────────
  e('security', 'Make phishing stop being the easiest way in'),
  e('security', 'Give engineers secrets management they prefer to hard-coding'),
  e('security', 'Detect intrusions before customers tell us'),
  e('security', 'Make SSO the only way into production'),
  e('security', 'Bring on a GRC Compliance Analyst so engineers stop filling in security questionnaires'),
  e('security', 'Shrink the blast radius of a stolen laptop'),
  e('security', 'Kill standing admin access across the AWS estate'),
  e('security', 'Make security reviews a help, not a gate, for product teams', [], {
    krs: [kr('Reviews finished inside the sprint they were requested in', 35, 80, 40, '%')],
  }),
  e('security', 'Win enterprise deals on our security posture instead of losing them to it'),
  e('security', 'Make a restore from backup something we have actually rehearsed'),
  e('security', 'Make zero trust the way staff reach internal apps'),
  e('security', 'Give developers vulnerability fixes, not just vulnerability reports'),
  e('security', 'Stop shadow IT from leaking customer data into personal tools'),
  e('security', 'Mean time to remediate criticals under 7 days', [NUM]),
  e('security', 'Phish-prone percentage', [NUM]),
  e('security', 'Run a tabletop exercise with the exec team', [TASK]),
  e('security', 'Write the incident response playbook', [TASK]),
  e('security', 'Review firewall rules', [DUTY]),
  e('security', 'Continue to monitor SIEM alerts', [DUTY]),
  e('security', 'Renew the ISO 27001 certificate', [COMPLY]),
  e('security', '100% of staff complete phishing training', [COMPLY, NUM]),
  e('security', 'Pass the PCI DSS QSA assessment', [COMPLY]),
  e('security', 'CISO', [BUCKET]),
  e('security', 'SecOps goals', [BUCKET, NOKR], { krs: [] }),
  e('security', 'Make single sign-on the only route into prod', [CLONE], {
    siblings: ['Detect intrusions before customers tell us', 'Make SSO the only way into production'],
  }),
  e('security', 'Make our detection coverage something we can prove', [KRNM], {
    krs: [blank('Improve detection rules'), blank('Expand logging')],
  }),
  e('security', 'Make recovering from ransomware boring', [NOKR], { krs: [] }),

  // ───────────────────────────── open source / developer relations ─────────────────────────────
  e('devrel', 'Make first-time contributors want to come back'),
  e('devrel', 'Make our SDK the one Python 3.12 developers reach for'),
  e('devrel', 'Turn GitHub issues into a feedback loop product actually uses'),
  e('devrel', "Grow a contributor base that doesn't depend on our employees"),
  e('devrel', 'Get the Rust bindings adopted by a major downstream project'),
  e('devrel', 'Make the docs the place developers solve their own problems'),
  e('devrel', 'Ship v1.0 of the CLI to our beta users'),
  e('devrel', 'Make the plugin API stable enough that authors stop pinning versions'),
  e('devrel', 'Turn conference talks into sign-ups we can trace', [], {
    krs: [kr('Sign-ups attributed to talk landing pages', 0, 400, 0)],
  }),
  e('devrel', 'Make upgrading from 2.x to 3.x a non-event for users'),
  e('devrel', 'Make our Kotlin SDK feel native to Android developers'),
  e('devrel', 'Turn the 2.x LTS into something enterprises can plan around'),
  e('devrel', 'Make Hacktoberfest contributors stick around after October'),
  e('devrel', 'Triple monthly active SDK installs', [NUM]),
  e('devrel', 'Time to first PR review under 24 hours', [NUM]),
  e('devrel', 'Host a developer meetup in Berlin', [TASK]),
  e('devrel', 'Give talks at KubeCon and FOSDEM', [TASK]),
  e('devrel', 'Write the 3.0 upgrade guide', [TASK], { krs: [] }),
  e('devrel', 'Respond to Discord questions', [DUTY]),
  e('devrel', 'Keep the changelog up to date', [DUTY]),
  e('devrel', 'Get every contributor to sign the CLA', [COMPLY]),
  e('devrel', 'Developer Relations', [BUCKET]),
  e('devrel', 'Community & OSS goals', [BUCKET]),
  e('devrel', 'Make docs the place where developers solve their own problems', [CLONE], {
    parent: 'Make the docs the place developers solve their own problems',
  }),
  e('devrel', 'Make our plugin ecosystem self-sustaining', [KRNM], { krs: [blank('More community plugins')] }),
  e('devrel', 'Make the API the easiest in its category to get started with', [NOKR], { krs: [] }),

  // ───────────────────────────── sports & fitness ─────────────────────────────
  e('sports', 'Make the academy the first choice for local talent'),
  e('sports', 'Fill the stadium on cold weeknight fixtures'),
  e('sports', 'Keep members coming back after the January rush'),
  e('sports', "Get the women's team a sponsor that matches its ambition"),
  e('sports', 'Stop soft-tissue injuries derailing the season'),
  e('sports', 'Make the app the way members book every class'),
  e('sports', 'Win promotion to the Championship'),
  e('sports', 'Turn the under-18s into a pathway that feeds the first team'),
  e('sports', 'Make early-morning classes worth getting out of bed for', [], {
    krs: [kr('Average attendance at 6am classes', 9, 16, 10, 'people')],
  }),
  e('sports', 'Make the gym a place beginners are not afraid to walk into'),
  e('sports', 'Make the 5-a-side league the reason people join the club'),
  e('sports', "Get the club's finances off the owner's credit card"),
  e('sports', 'Turn injured members into members who come back stronger'),
  e('sports', 'Add 3,000 members across all gyms', [NUM]),
  e('sports', 'Cut hamstring injuries in half', [NUM]),
  e('sports', 'Run a summer camp for under-12s', [TASK]),
  e('sports', 'Organise a charity fun run', [TASK]),
  e('sports', 'Clean the equipment after each session', [DUTY]),
  e('sports', 'Book referees for every home fixture', [DUTY]),
  e('sports', 'Complete the mandatory anti-doping education module', [COMPLY]),
  e('sports', 'All coaches renew their safeguarding certificates', [COMPLY], { krs: [] }),
  e('sports', 'Commercial', [BUCKET]),
  e('sports', 'Head of Performance', [BUCKET]),
  e('sports', 'Fill the ground for cold midweek games', [CLONE], {
    siblings: ['Make the academy the first choice for local talent', 'Fill the stadium on cold weeknight fixtures'],
  }),
  e('sports', 'Make matchdays something families plan around', [KRNM], { krs: [dflt('Family zone')] }),
  e('sports', 'Win back members who left during the renovation', [NOKR], { krs: [] }),

  // ───────────────────────────── government IT ─────────────────────────────
  e('gov-it', 'Let citizens renew a driving licence without visiting an office'),
  e('gov-it', 'Retire the mainframe benefits system without a single missed payment'),
  e('gov-it', 'Make GOV sign-in the one login for every council service'),
  e('gov-it', 'Stop departments buying the same software twice'),
  e('gov-it', 'Make open data something journalists actually use'),
  e('gov-it', "Give caseworkers one view of a family's history"),
  e('gov-it', 'Cut the time a new starter waits for a working laptop'),
  e('gov-it', 'Make the benefits portal usable on a phone', [], {
    krs: [kr('Benefit claims completed on mobile', 18, 50, 21, '%')],
  }),
  e('gov-it', 'Let small firms bid for council contracts without a consultant'),
  e('gov-it', 'Make the 111 online service the first place people go'),
  e('gov-it', 'Make Universal Credit payments arrive on time for every claimant'),
  e('gov-it', 'Let landlords register a property in one sitting'),
  e('gov-it', 'Stop paper forms being printed just to be scanned again'),
  e('gov-it', 'Cut call-centre demand by 1 million calls', [NUM]),
  e('gov-it', 'Save £10m on legacy licences', [NUM]),
  e('gov-it', 'Move the tax portal to cloud hosting', [TASK]),
  e('gov-it', 'Write a cloud-first strategy document', [TASK]),
  e('gov-it', 'Handle password-reset calls for council staff', [DUTY]),
  e('gov-it', 'Apply security patches to the citizen portal every month', [DUTY]),
  e('gov-it', 'Complete the annual Cyber Essentials Plus assessment', [COMPLY]),
  e('gov-it', 'Get every service through its WCAG 2.2 accessibility audit', [COMPLY]),
  e('gov-it', 'Digital Services Directorate', [BUCKET]),
  e('gov-it', 'CIO office – priorities 2027', [BUCKET]),
  e('gov-it', 'Let people renew their driving licence without going to an office', [CLONE], {
    parent: 'Let citizens renew a driving licence without visiting an office',
  }),
  e('gov-it', 'Make the planning portal usable on a phone', [KRNM], { krs: [dflt('Mobile redesign')] }),
  e('gov-it', 'Let residents report a pothole and see it fixed', [NOKR], { krs: [] }),

  // ───────────────────────────── customer support ─────────────────────────────
  e('support', 'Make customers feel they talked to someone who could fix it'),
  e('support', 'Stop known bugs from flooding the support queue'),
  e('support', 'Let customers solve billing questions without contacting us'),
  e('support', 'Make support the team product managers come to for insight'),
  e('support', 'Make Customer Support a profit centre'),
  e('support', 'Give agents the answer inside the ticket view'),
  e('support', 'Turn churn-risk tickets into saved accounts'),
  e('support', 'Make weekend support feel as good as weekday support', [], {
    krs: [kr('Weekend CSAT minus weekday CSAT', -12, 0, -10, 'points')],
  }),
  e('support', 'Stop customers having to repeat themselves when a ticket changes hands'),
  e('support', 'Make the 24/7 chat feel human at 3am'),
  e('support', 'Turn support conversations into product fixes within the same quarter'),
  e('support', 'Let Tier-2 agents fix problems without escalating to engineering'),
  e('support', 'Make refunds painless', [KRNM], {
    krs: [dflt('Refund flow redesign'), kr('Refund requests resolved in one contact', 40, 80, 45, '%')],
  }),
  e('support', 'CSAT', [NUM]),
  e('support', 'First response time < 1h', [NUM]),
  e('support', 'Resolve 70% of chats with the bot', [NUM]),
  e('support', 'Write macros for the top refund questions', [TASK]),
  e('support', 'Run quarterly business reviews for every premium account', [TASK]),
  e('support', 'Answer every chat within the agreed SLA', [DUTY]),
  e('support', 'Work the escalation queue', [DUTY]),
  e('support', 'Update the knowledge base whenever a feature changes', [DUTY]),
  e('support', 'Complete the PCI card-handling refresher', [COMPLY]),
  e('support', 'Customer Support', [BUCKET]),
  e('support', 'Support Ops goals', [BUCKET]),
  e('support', 'Make every customer feel they spoke to someone who could fix it', [CLONE], {
    siblings: ['Make customers feel they talked to someone who could fix it'],
  }),
  e('support', 'Make self-service the first stop for billing questions', [KRNM], {
    krs: [blank('Better help articles')],
  }),
  e('support', 'Make support a reason customers renew', [NOKR], { krs: [] }),

  // ───────────────────────────── data / ML platform ─────────────────────────────
  e('data-ml', 'Make training a new model a self-serve afternoon job'),
  e('data-ml', 'Give analysts one trusted definition of an active customer'),
  e('data-ml', 'Stop bad data reaching the executive dashboard'),
  e('data-ml', 'Cut the cost of GPU inference without hurting latency'),
  e('data-ml', 'Make the feature store the default path to production for ML'),
  e('data-ml', 'Put GPT-4o-powered search in front of every support agent'),
  e('data-ml', 'Let product teams answer their own questions without filing a data request'),
  e('data-ml', 'Make model monitoring something on-call trusts', [], {
    krs: [kr('Incidents caught by monitoring before users report them', 20, 75, 25, '%')],
  }),
  e('data-ml', 'Make the warehouse cheap enough to keep raw history'),
  e('data-ml', 'Retire the Hadoop cluster without breaking a single downstream report'),
  e('data-ml', 'Make the Llama 3 fine-tunes cheap enough to run per customer'),
  e('data-ml', 'Give finance and sales one revenue number they both believe'),
  e('data-ml', 'Stop PII from landing in the analytics warehouse'),
  e('data-ml', 'p95 latency under 200 ms', [NUM]),
  e('data-ml', 'Model AUC', [NUM]),
  e('data-ml', 'Hit 99.9% pipeline uptime', [NUM, NOKR], { krs: [] }),
  e('data-ml', 'Migrate Airflow DAGs to Dagster', [TASK]),
  e('data-ml', 'Write data contracts for the top tables', [TASK]),
  e('data-ml', 'Keep the data catalog up to date', [DUTY]),
  e('data-ml', 'Rerun failed jobs each morning', [DUTY]),
  e('data-ml', 'Complete a DPIA for every model that uses personal data', [COMPLY]),
  e('data-ml', 'Finish the EU AI Act conformity self-assessment', [COMPLY]),
  e('data-ml', 'Data team — H1 OKRs', [BUCKET]),
  e('data-ml', 'Cut GPU inference costs without hurting latency', [CLONE], {
    parent: 'Cut the cost of GPU inference without hurting latency',
  }),
  e('data-ml', 'Make drift visible before it hurts customers', [KRNM], {
    krs: [dflt('Drift alerts'), dflt('Retraining pipeline')],
  }),
  e('data-ml', 'Make experimentation cheap enough that every team runs tests', [NOKR], { krs: [] }),

  // ───────────────────────────── published-handbook style (GitLab-like quarterly OKR page) ─────────────────────────────
  e('handbook', 'Make Forgeline a Rails 6 app'),
  e('handbook', 'Ship Forgeline 14.0 with merge trains on by default'),
  e('handbook', 'CEO: Grow incremental ACV according to plan'),
  e('handbook', 'Increase double diverse candidates in the engineering pipeline'),
  e('handbook', 'Make the Kubernetes agent GA for self-managed customers'),
  e('handbook', 'Improve the onboarding experience for new team members in their first 30 days'),
  e('handbook', 'Hire a Compliance Analyst to own SOX evidence collection'),
  e('handbook', 'Make self-managed upgrades to 15.x a one-click experience'),
  e('handbook', 'Get Forgeline Dedicated into the hands of the first regulated customers', [], {
    krs: [kr('Regulated customers live on Dedicated', 0, 3, 1)],
  }),
  e('handbook', 'VP Product: Make Forgeline the single application for the whole DevSecOps lifecycle'),
  e('handbook', 'Make Forgeline.com fast on the 3G connections many APAC users have'),
  e('handbook', 'CFO: Close the books faster without heroics'),
  e('handbook', 'Improve the hiring experience for candidates in the interview loop'),
  e('handbook', 'Deliver 100% of committed issues per release', [NUM]),
  e('handbook', 'Source 60 candidates and hire 2 engineers', [NUM]),
  e('handbook', 'CRO: 120% of IACV plan', [NUM]),
  e('handbook', 'Get 10 customers onto the Ultimate tier', [NUM]),
  e('handbook', 'Do a quarterly business review for all eligible customers', [TASK]),
  e('handbook', 'Create a handbook page for every product category', [TASK]),
  e('handbook', 'Hold a company-wide hackathon', [TASK]),
  e('handbook', "Add cash collection to the billing specialist's job responsibilities", [DUTY]),
  e('handbook', 'Triage all new community issues within a week', [DUTY]),
  e('handbook', 'Keep the release post template up to date', [DUTY]),
  e('handbook', 'Audit fieldwork completed with no material weaknesses', [COMPLY]),
  e('handbook', 'SOX 404 controls tested and signed off by the auditors', [COMPLY]),
  e('handbook', 'VP Engineering', [BUCKET]),
  e('handbook', 'Chief People Officer', [BUCKET]),
  e('handbook', 'Engineering OKRs FY28-Q2', [BUCKET]),
  e('handbook', 'Deliver 100% of the committed issues in each release', [NUM, CLONE], {
    siblings: ['Source 60 candidates and hire 2 engineers', 'Deliver 100% of committed issues per release'],
  }),
  e('handbook', "Make Forgeline's CI the fastest in its class", [KRNM], { krs: [dflt('Speed up pipelines')] }),
  e('handbook', 'Grow adoption of security scanning among Ultimate customers', [NOKR], { krs: [] }),
];

const n = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): HoldoutPlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_PLANS: HoldoutPlan[] = [
  {
    name: 'Forgeline engineering, FY28-Q2 (handbook style)',
    domain: 'handbook',
    nodes: [
      n('e0', null, 'CEO: Make Forgeline the default DevOps platform for regulated industries'),
      n('e1', 'e0', 'VP Engineering', [BUCKET]),
      n('e2', 'e1', 'Engineering Manager, Create', [BUCKET]),
      n('e3', 'e2', 'Deliver 100% of committed issues per release', [NUM]),
      n('e4', 'e2', 'Source 60 candidates and hire 2 engineers', [NUM]),
      n('e5', 'e1', 'Engineering Manager, Verify', [BUCKET]),
      n('e6', 'e5', 'Deliver 100% of committed issues per release', [NUM, CLONE]),
      n('e7', 'e5', 'Source 150 candidates and hire 5 engineers', [NUM, CLONE]),
      n('e8', 'e5', 'Make pipeline failures explain themselves to developers'),
      n('e9', 'e1', 'Engineering Manager, Plan', [BUCKET]),
      n('e10', 'e9', 'Deliver 100% of committed issues in every release', [NUM, CLONE]),
      n('e11', 'e9', 'Make Forgeline a Rails 6 app'),
      n('e12', 'e0', 'VP Product', [BUCKET]),
      n('e13', 'e12', 'Ship merge trains to all Premium customers'),
      n('e14', 'e12', 'Make the security dashboard the place customers triage vulnerabilities'),
    ],
    cloneGroups: [
      ['e3', 'e6', 'e10'],
      ['e4', 'e7'],
    ],
  },
  {
    name: 'Tessellate sales and people, Q3 (handbook style)',
    domain: 'handbook',
    nodes: [
      n('s0', null, 'CRO: Grow incremental ACV with a repeatable enterprise motion'),
      n('s1', 's0', 'Regional Director, EMEA', [BUCKET]),
      n('s2', 's1', 'Do a quarterly business review for all eligible customers', [TASK]),
      n('s3', 's1', 'Land the first Forgeline Ultimate deal in the Nordic public sector'),
      n('s4', 's0', 'Regional Director, APAC', [BUCKET]),
      n('s5', 's4', 'Do quarterly business reviews for all eligible customers', [TASK, CLONE]),
      n('s6', 's4', 'Turn self-managed Premium customers in Japan into Ultimate customers'),
      n('s7', 's0', 'Regional Director, Americas', [BUCKET]),
      n('s8', 's7', 'Do a QBR for all eligible customers', [TASK, CLONE]),
      n('s9', null, 'Chief People Officer', [BUCKET]),
      n('s10', 's9', 'Source 40 candidates and hire 3 account executives', [NUM]),
      n('s11', 's9', 'Source 25 candidates and hire 2 solutions architects', [NUM, CLONE]),
      n('s12', 's9', 'Increase double diverse candidates in the sales pipeline'),
      n('s13', 's9', 'Hire a Compliance Analyst to run the SOX access reviews'),
      n('s14', 's9', 'Make the first 90 days for new sales hires a ramp, not a cliff'),
    ],
    cloneGroups: [
      ['s2', 's5', 's8'],
      ['s10', 's11'],
    ],
  },
  {
    name: 'Northgrid utility 2027',
    domain: 'energy',
    nodes: [
      n('n0', null, 'Put Northgrid on a credible path to net zero within 10 years'),
      n('n1', 'n0', 'Renewables', [BUCKET]),
      n('n2', 'n1', 'Bring 300 MW of onshore wind to commercial operation', [NUM]),
      n('n3', 'n1', 'Make curtailment a rare event rather than a weekly one'),
      n('n4', 'n0', 'Networks', [BUCKET]),
      n('n5', 'n4', 'Cut unplanned outage minutes for rural customers'),
      n('n6', 'n4', 'Put Northgrid on a credible path to net zero within ten years', [CLONE]),
      n('n7', 'n0', 'Customer', [BUCKET]),
      n('n8', 'n7', 'Make heat pumps affordable for renters'),
      n('n9', 'n7', 'Make heat pumps affordable for people who rent', [CLONE]),
      n('n10', 'n7', 'Give customers in fuel poverty a tariff they can actually afford'),
    ],
    cloneGroups: [
      ['n0', 'n6'],
      ['n8', 'n9'],
    ],
  },
  {
    name: 'Fibrewave network build',
    domain: 'telecom',
    nodes: [
      n('t0', null, 'Become the top 3 fibre provider in rural Wales'),
      n('t1', 't0', 'North build region', [BUCKET]),
      n('t2', 't1', 'Connect 40,000 more homes to full fibre', [NUM]),
      n('t3', 't1', 'Cut the wait between order and install for rural homes'),
      n('t4', 't0', 'South build region', [BUCKET]),
      n('t5', 't4', 'Connect 65,000 more homes to full fibre', [NUM, CLONE]),
      n('t6', 't4', 'Reduce the wait between ordering and installation for rural homes', [CLONE]),
      n('t10', 't4', 'Make the South the region where installers want to work'),
      n('t7', 't0', 'Wholesale', [BUCKET]),
      n('t8', 't7', 'Win two new ISPs onto the open-access network', [NUM]),
      n('t9', 't7', 'Make our open-access network the easiest for small ISPs to resell'),
    ],
    cloneGroups: [
      ['t2', 't5'],
      ['t3', 't6'],
    ],
  },
  {
    name: 'Helpdesk cascade',
    domain: 'support',
    nodes: [
      n('u0', null, 'Make support a reason customers renew'),
      n('u1', 'u0', 'Support EMEA', [BUCKET]),
      n('u2', 'u1', 'Answer every ticket within the SLA', [DUTY]),
      n('u3', 'u1', 'Let customers fix billing problems themselves'),
      n('u4', 'u0', 'Support Americas', [BUCKET]),
      n('u5', 'u4', 'Answer every ticket within SLA', [DUTY, CLONE]),
      n('u6', 'u4', 'Turn churn-risk tickets into saved accounts'),
      n('u7', 'u0', 'Support APAC', [BUCKET]),
      n('u8', 'u7', 'Answer all tickets inside the SLA', [DUTY, CLONE]),
      n('u9', 'u7', 'Make support a reason customers renew', [CLONE]),
      n('u10', 'u7', 'Give Japanese-speaking customers support in their own business hours'),
    ],
    cloneGroups: [
      ['u0', 'u9'],
      ['u2', 'u5', 'u8'],
    ],
  },
  {
    name: 'Security programme FY27',
    domain: 'security',
    nodes: [
      n('x0', null, 'Detect and contain intrusions before they reach customer data'),
      n('x1', 'x0', 'Complete annual security awareness training', [COMPLY]),
      n('x2', 'x0', 'AppSec', [BUCKET]),
      n('x3', 'x2', "Make every service's dependencies scannable in CI"),
      n('x4', 'x2', 'Complete the annual security-awareness training', [COMPLY, CLONE]),
      n('x10', 'x2', 'Stop secrets from reaching the main branch'),
      n('x5', 'x0', 'SecOps', [BUCKET]),
      n('x6', 'x5', 'Cut mean time to contain from 6 hours to 1', [NUM]),
      n('x7', 'x5', 'Cut mean time to contain from 8 hours to 2', [NUM, CLONE]),
      n('x8', 'x5', 'Detect and contain intrusions before they reach customer data', [CLONE]),
      n('x9', 'x5', 'Give responders the logs they need without filing a ticket'),
    ],
    cloneGroups: [
      ['x0', 'x8'],
      ['x1', 'x4'],
      ['x6', 'x7'],
    ],
  },
  {
    name: 'Skyreach studio',
    domain: 'gaming',
    nodes: [
      n('g0', null, 'Make Skyreach the co-op game friends play every weekend'),
      n('g1', 'g0', 'Studio North', [BUCKET]),
      n('g2', 'g1', 'Ship Skyreach 2.0 to Early Access players'),
      n('g3', 'g1', 'Cut the crash rate on PC by 40%', [NUM]),
      n('g4', 'g0', 'Studio South', [BUCKET]),
      n('g5', 'g4', 'Cut PC crash rate by 60%', [NUM, CLONE]),
      n('g6', 'g4', 'Make the first hour unforgettable for new players'),
      n('g7', 'g0', 'Live Ops', [BUCKET]),
      n('g8', 'g7', 'Make the first hour of play unforgettable for newcomers', [CLONE]),
      n('g9', 'g7', 'Run a community tournament every month', [TASK]),
      n('g10', 'g7', 'Make seasonal events something players plan their week around'),
    ],
    cloneGroups: [
      ['g3', 'g5'],
      ['g6', 'g8'],
    ],
  },
  {
    name: 'Discovery 2027',
    domain: 'biotech',
    nodes: [
      n('b0', null, 'Get two oncology candidates into the clinic', [NUM]),
      n('b1', 'b0', 'Chemistry', [BUCKET]),
      n('b2', 'b1', 'Shorten hit-to-lead cycle time'),
      n('b3', 'b1', 'Complete GLP training for all bench scientists', [COMPLY]),
      n('b4', 'b0', 'Biology', [BUCKET]),
      n('b5', 'b4', 'Shorten the hit to lead cycle', [CLONE]),
      n('b6', 'b4', 'Complete GLP training for every bench scientist', [COMPLY, CLONE]),
      n('b7', 'b4', 'Make target validation data trustworthy enough to kill programmes early'),
      n('b8', 'b0', 'Translational', [BUCKET]),
      n('b9', 'b8', 'Make biomarker data available to the clinical team before Phase I'),
      n('b10', 'b8', 'Pick the Phase I dose from models rather than convention'),
    ],
    cloneGroups: [
      ['b2', 'b5'],
      ['b3', 'b6'],
    ],
  },
  {
    name: 'Council digital services',
    domain: 'gov-it',
    nodes: [
      n('v0', null, 'Let residents do online everything they can do at the counter'),
      n('v1', 'v0', 'Head of Digital', [BUCKET]),
      n('v2', 'v1', 'Migrate the intranet to SharePoint Online', [TASK]),
      n('v3', 'v1', "Let residents report a pothole and see when it's fixed"),
      n('v8', 'v1', 'Make council tax bills something residents can understand without calling'),
      n('v4', 'v0', 'Head of IT Operations', [BUCKET]),
      n('v5', 'v4', 'Move the intranet onto SharePoint Online', [TASK, CLONE]),
      n('v6', 'v4', 'Retire the 1998 housing system without losing a tenancy record'),
      n('v7', 'v4', 'Cut the time a new starter waits for a working laptop'),
    ],
    cloneGroups: [['v2', 'v5']],
  },
  {
    name: 'Harvest co-op regenerative programme',
    domain: 'agriculture',
    nodes: [
      n('a0', null, 'Make regenerative farming pay on every contract farm'),
      n('a1', 'a0', 'Arable', [BUCKET]),
      n('a2', 'a1', 'Sign 25 new growers onto regenerative contracts', [NUM]),
      n('a3', 'a1', 'Cut fertiliser spend per hectare without losing yield'),
      n('a8', 'a1', 'Get soil carbon gains verified so growers can sell the credits'),
      n('a4', 'a0', 'Dairy', [BUCKET]),
      n('a5', 'a4', 'Sign 40 new growers onto regenerative contracts', [NUM, CLONE]),
      n('a6', 'a4', 'Reduce fertiliser cost per hectare while holding yield', [CLONE]),
      n('a7', 'a4', 'Get our grass-fed milk premium recognised by the big retailers'),
    ],
    cloneGroups: [
      ['a2', 'a5'],
      ['a3', 'a6'],
    ],
  },
];
