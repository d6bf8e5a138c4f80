import type { RuleCode } from '../../shared/coach/types';

/**
 * FIFTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-05 by a helper that read only: the method article
 * (shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-75 of
 * test/coach/holdout4.ts (its header: labelling definitions and calls) plus a grep of its
 * export/interface/type lines, the RuleCode list in shared/coach/types.ts, test/coach/report.ts
 * (Labelled / LabelledPlan shapes, evaluate/evaluatePlans), and the CorpusEntry / CorpusKr type
 * blocks of test/coach/corpus.ts (a `grep -A 25` that also showed the corpus's two KR helpers and
 * one HOLDOUT_1 title). Not opened: any rule source (shared/coach/* other than types.ts), the
 * README, the rest of corpus.ts, holdout.ts, holdout2.ts, holdout3.ts, handbook.ts, holdout4's
 * entries and plans, or any test under test/unit/coach*. The coach was never run on these titles.
 * The field shapes below follow report.ts and were checked only with `tsc`.
 *
 * Domains, none named in holdout4's header (its first 75 lines do not quote holdout3's list, so
 * that overlap could not be checked): bakery-chain, ski-resort, library-system, fintech-lending,
 * wind-farm, dental-group, logistics-warehouse, biotech-lab, esports-team, city-transit,
 * wedding-venue, cybersecurity-consultancy, fashion-retailer, mining, school-district, brewery,
 * space-startup, law-firm, gym-chain, food-bank.
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_5: 471 objectives (22-26 per domain), 201 sound (expect [], 42.7%), 270 with at least
 *   one label. Per label: number-title 55, task-listing 45, job-requirement 42, compliance 41,
 *   generic-container 33, goal-clone 24, no-key-results 21, kr-not-measurable 20. Eleven entries
 *   carry two labels: number-title + goal-clone (4), number-title + job-requirement (4),
 *   compliance + number-title (2), number-title + no-key-results (1). 31 entries have `krs: []`:
 *   20 sound titles and 1 number title (no-key-results), and 10 task/duty/compliance titles that
 *   carry only their title label (task-listing 5, job-requirement 3, compliance 2).
 * - HOLDOUT_5_PLANS: 10 plans, 141 nodes (14, 15, 13, 15, 15, 15, 14, 13, 13, 14), 25 clone groups
 *   (18 of two members, 7 of three; 32 copies); 31 sound nodes. Per label: number-title 40,
 *   generic-container 33, goal-clone 32, job-requirement 15, compliance 10, task-listing 7.
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout4's definitions (themselves holdout3's), by meaning and not by keywords:
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
 * Calls made where the definitions leave room (holdout4's visible calls are kept; these are mine):
 * - A duty or activity with a target gets both labels ("Reply to enquiries within 24 hrs", "Stream
 *   at least 3 times a week", "Hit full UDA contract delivery (100%) each quarter"); so does a
 *   compliance quota ("Complete 5 hours of IR(ME)R radiography CPD", "Complete 12 CLE credits by
 *   December"). A deadline date alone ("by Sept 30") is not a target. A role quota written as
 *   metric: value ("Billable hours: 1,650 per fee earner") is number-title only.
 * - A service promise with a numeric value is number-title ("Run the 7 and 12 every 10 minutes on
 *   weekdays", "Dock-to-stock inside 24 hours"). Clock times and cut-offs ("orders that land by
 *   3pm", "safe at 2am", "before 7am" without a share), age and grade bands ("over-60s", "35+",
 *   "grades 6-8", "third-grader"), route and dock numbers, funding rounds and trial phases
 *   ("Series B", "Phase 2", "SBIR Phase II"), levels ("level 2 training", "Level 3 crusher"),
 *   season codes (AW27, SS27), 24/7, a count that fixes a scope ("our two busiest practices",
 *   "three years of accounts") and a number inside a product name ("'Learn to Ski in 3 Days'") are
 *   not. A money or count target next to such an identifier still is ("Raise a $35M Series B",
 *   "C1 cash cost under $1.80/lb", "Launch 6 satellites in 2027"). A bare metric or acronym
 *   ("LCOE", "TRIFR", "Gross margin", "Beer loss %") is number-title.
 * - Regulator-owed items are compliance even when phrased as winning or passing: "Pass the MHRA GLP
 *   inspection", "CQC inspection — get every practice rated 'Good'", "Retain CREST accreditation",
 *   statutory filings and returns (HMRC beer duty return, Charity Commission annual return, MMO
 *   monitoring report, state ESSA data, modern slavery statement), licences and approvals from a
 *   regulator or league (FAA Part 450 modification, TTB COLAs, Riot roster eligibility, civil
 *   ceremony premises licence), background checks (DBS, fingerprinting), fire drills and fire risk
 *   assessments. Routine internal checks are job-requirement ("Mycoplasma-test every active cell
 *   line weekly", "Walk the grounds every Friday and snag anything broken", "monthly service visit
 *   on each WTG").
 * - Commissioning, swapping or cutting over a system or machine is task-listing ("Get the new brew
 *   kit commissioned", "Swap the CAD/AVL system for Clever Devices", "Leeds: turnstiles out,
 *   app-based entry in", "Get the three Leeds practices onto one shared diary"). A noun phrase
 *   naming an internal deliverable is task-listing ("CDR slides", "Lottery grant application",
 *   "SOP for the new plate reader").
 * - An initiative with a stated effect on customers, partners or results is sound, even when it
 *   starts with an activity verb ("Trial heap leaching on the low-grade stockpile to see if it
 *   pays", "Fit vibration sensors to the main bearings so swaps can be planned for calm weather",
 *   "Electrify the Route 40 corridor so neighbors stop breathing diesel", "Launch a 24/7 MDR
 *   service so clients aren't alone at 3am"). Opening or adding an offer for customers ("Open a
 *   second taproom", "Offer a vCISO service for scale-ups", "Add on-site glamping") is sound.
 * - "Keep" for retention of people or customers is sound ("Keep our best associates by giving them a
 *   real path to partner"); "Keep" for upkeep is a duty ("Keep the SCADA alarm log triaged").
 * - A hire whose job title contains "Compliance" is sound ("Hire a Compliance Analyst to lead our
 *   ISO 27001 advisory line", "Hire a Head of Compliance Advisory ...").
 * - goal-clone: a spelling variant (tyre/tire, cubesats/CubeSats), a synonym (denim/jeans,
 *   turn/convert, distribute/hand out), reordering, a changed owner prefix, or changed numbers
 *   ("Sell 300 ..." then "Sell 450 corporate season passes"; a child "North clubs: grow members to
 *   30k" under "Grow members to 85k") all make a copy. The same sentence about a different product
 *   is not a copy ("Make our knitwear the thing people come back for every season" after the denim
 *   one), nor is a different sale in the same form ("Sell 2,000 lesson packs" after "Sell 14,000
 *   season passes"). A copy of a number title also keeps number-title; a copy of a duty keeps
 *   job-requirement (plans only).
 * - kr-not-measurable follows the definition literally: a KR whose title has a quantity but whose
 *   numbers are the untouched default ("Win back 200 lunchtime regulars", 0 -> 100, no unit) is not
 *   flagged, nor is a percent KR from 0 to 100 with progress recorded. A sound title with a
 *   number-less default KR beside a good one is kr-not-measurable only.
 * - A number title with `krs: []` gets both number-title and no-key-results ("Win 20 new logos").
 */

export type Holdout5Domain =
  | 'bakery-chain'
  | 'ski-resort'
  | 'library-system'
  | 'fintech-lending'
  | 'wind-farm'
  | 'dental-group'
  | 'logistics-warehouse'
  | 'biotech-lab'
  | 'esports-team'
  | 'city-transit'
  | 'wedding-venue'
  | 'cybersecurity-consultancy'
  | 'fashion-retailer'
  | 'mining'
  | 'school-district'
  | 'brewery'
  | 'space-startup'
  | 'law-firm'
  | 'gym-chain'
  | 'food-bank';

/** A key result as the harness reads it (same shape as the corpus's). */
export interface Holdout5Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

/** One labelled objective, run with its parent and earlier siblings as context. */
export interface Holdout5Entry {
  title: string;
  domain: Holdout5Domain;
  expect: RuleCode[];
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout5Kr[];
}

/** A small labelled plan, nodes in tree order; each clone group lists its original first. */
export interface Holdout5Plan {
  name: string;
  domain: Holdout5Domain;
  nodes: { key: string; parentKey?: string | null; title: string; expect: RuleCode[] }[];
  cloneGroups: string[][];
}

const NT: RuleCode = 'number-title';
const GC: RuleCode = 'generic-container';
const TL: RuleCode = 'task-listing';
const JR: RuleCode = 'job-requirement';
const CO: RuleCode = 'compliance';
const CL: RuleCode = 'goal-clone';
const KM: RuleCode = 'kr-not-measurable';
const NK: RuleCode = 'no-key-results';

type Extra = Pick<Holdout5Entry, 'parent' | 'siblings' | 'krs'>;

const e = (domain: Holdout5Domain, title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout5Entry => ({
  title,
  domain,
  expect,
  ...extra,
});

/** A KR whose numbers were never filled in: 0, 0, 0, no unit. */
const blank = (title: string): Holdout5Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
/** A KR left at the app's default: 0 -> 100, nothing recorded, no unit. */
const untouched = (title: string): Holdout5Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with a quantity and real numbers. */
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout5Kr => ({
  title,
  unit,
  start,
  target,
  current,
});

export const HOLDOUT_5: Holdout5Entry[] = [
  // ---------------------------------------------------------------- bakery-chain
  e('bakery-chain', 'Sam (Bakehouse) — get the rye loaf consistent enough to go on the wholesale list'),
  e('bakery-chain', 'Make Hearth the bakery people cross the street for on a weekday morning'),
  e('bakery-chain', 'Turn our sourdough into a wholesale line that neighbourhood cafés ask for by name'),
  e('bakery-chain', 'Get warm loaves onto the shelves before the commuter rush in every shop'),
  e('bakery-chain', 'Cut waste by baking to the hour instead of to the day'),
  e('bakery-chain', 'Win back the lunchtime crowd we lost to the new Pret on King St', [], {
    krs: [{ title: 'Win back 200 lunchtime regulars', unit: '', start: 0, target: 100, current: 0 }],
  }),
  e('bakery-chain', "Bring the Tier-2 shops' pastry up to flagship standard"),
  e('bakery-chain', 'Launch a morning subscription so regulars never have to queue for their loaf', [], {
    parent: "Make Hearth the neighbourhood's everyday bakery",
  }),
  e('bakery-chain', "Make gluten-free something we're known for, not an afterthought"),
  e('bakery-chain', 'Ops: get the two new deck ovens earning their keep before Easter'),
  e('bakery-chain', 'Lift average basket from £6.40 to £7.50', [NT]),
  e('bakery-chain', 'Daily waste percentage (all shops)', [NT]),
  e('bakery-chain', 'Redo the product photos for the website', [TL]),
  e('bakery-chain', 'Put together a costing spreadsheet for the new croissant range', [TL], { krs: [] }),
  e('bakery-chain', 'Clean and descale the proofers every Friday', [JR]),
  e('bakery-chain', "Make sure each shop's morning bake sheet gets filled in", [JR]),
  e('bakery-chain', 'Pass the EHO food hygiene inspection at all shops', [CO]),
  e('bakery-chain', 'All counter staff to complete allergen awareness e-learning', [CO]),
  e('bakery-chain', 'Bakehouse team', [GC]),
  e('bakery-chain', 'Shops - 2027 objectives', [GC]),
  e('bakery-chain', 'Tom – make our sourdough the thing wholesale cafes ask for by name', [CL], {
    siblings: ['Nadia: make our sourdough the thing wholesale cafés ask for by name'],
  }),
  e('bakery-chain', 'Make the Saturday market stall pay for itself', [KM], {
    krs: [kr('Stall profit per Saturday', '£', 0, 400, 120), untouched('Better stall layout')],
  }),
  e('bakery-chain', 'Bring the café-bakery format to a university town', [NK], { krs: [] }),

  // ---------------------------------------------------------------- ski-resort
  e('ski-resort', "Make our 'Learn to Ski in 3 Days' package the one everybody recommends"),
  e('ski-resort', 'Make Cairn Ridge the easiest mountain in the region to learn to ski on'),
  e('ski-resort', 'Turn first-time skiers into season-pass holders'),
  e('ski-resort', 'Make a powder day at Cairn Ridge feel uncrowded'),
  e('ski-resort', 'Give families a reason to pick us over the big resorts in half-term week'),
  e('ski-resort', 'Open the north bowl to intermediates by running snowmaking on Ptarmigan'),
  e('ski-resort', "Make 2026/27 the first season where lift queues aren't the top complaint"),
  e('ski-resort', "Grow summer mountain-bike trade so we're not a winter-only business"),
  e('ski-resort', 'Redesign the magic-carpet area so first-timers can ride up without help', [], {
    parent: 'Make Cairn Ridge the easiest mountain to learn on',
    siblings: ['Hire instructors who are good with nervous adults'],
  }),
  e('ski-resort', 'Win back the UK school-trip market'),
  e('ski-resort', 'Increase F&B spend per skier-day by 12%', [NT]),
  e('ski-resort', 'Lift uptime ≥ 98%', [NT]),
  e('ski-resort', 'Sell 450 corporate season passes', [NT, CL], { siblings: ['Sell 300 corporate season passes'] }),
  e('ski-resort', 'Build a new grooming schedule template in Excel', [TL]),
  e('ski-resort', 'Move rental bookings onto Skiosk 4', [TL]),
  e('ski-resort', 'Groom the green runs nightly', [JR]),
  e('ski-resort', 'Cover the ticket windows every weekend', [JR]),
  e('ski-resort', 'Ski patrol — sweep all runs at close each day', [JR], { krs: [] }),
  e('ski-resort', 'Get the annual lift inspection signed off by the state tramway board', [CO]),
  e('ski-resort', 'Every patroller holds a current OEC certification', [CO]),
  e('ski-resort', 'Mountain Ops', [GC]),
  e('ski-resort', 'Winter 26/27 goals — Rentals', [GC]),
  e('ski-resort', 'Convert first-time skiers into season pass holders', [CL], {
    parent: 'Turn first-time skiers into season-pass holders',
  }),
  e('ski-resort', 'Make the ski school the best reason to visit', [KM], {
    krs: [kr('Lesson rebooking rate', '%', 22, 40, 25), blank('Instructor quality')],
  }),
  e('ski-resort', 'Give locals a reason to ski midweek', [NK], { krs: [] }),

  // ---------------------------------------------------------------- library-system
  e('library-system', 'Help older residents get online without a grandchild sitting beside them'),
  e('library-system', 'Make every branch a place teenagers actually want to spend a wet afternoon'),
  e('library-system', 'Get a library card into the hands of every family new to the city'),
  e('library-system', 'Turn the mobile library into a lifeline for villages that lost their bus'),
  e('library-system', 'Make borrowing an e-book from us as easy as buying one on Kindle', [], {
    krs: [kr('Share of catalogue borrowable on mobile', '%', 0, 100, 35)],
  }),
  e('library-system', 'Close the summer reading dip for children in the eastern wards'),
  e('library-system', 'Open Central on Sunday afternoons so working families can use it'),
  e('library-system', 'Become the first place job-seekers go for help with digital skills'),
  e('library-system', "Partner with GP surgeries so 'books on prescription' reaches people waiting for therapy"),
  e('library-system', 'Bring the Carnegie branch back to life after the refurb'),
  e('library-system', 'Loans per capita', [NT]),
  e('library-system', 'Cut hold wait time to under 10 days', [NT]),
  e('library-system', 'New collection development policy — first draft to committee', [TL]),
  e('library-system', 'Migrate the catalogue from Sierra to Koha', [TL]),
  e('library-system', 'Set up a shared calendar for all branch events', [TL], { krs: [] }),
  e('library-system', 'Shelve returns witin a day', [JR]),
  e('library-system', 'Process interlibrary loan requests as they come in', [JR]),
  e('library-system', 'All branch staff complete safeguarding level 2 training', [CO]),
  e('library-system', "PAT test every public PC and charger before the council's deadline", [CO]),
  e('library-system', "Children's & Youth Services", [GC]),
  e('library-system', 'Make all our branches a place teens actually want to spend a rainy afternoon', [CL], {
    siblings: [
      'Make every branch somewhere teenagers want to spend a wet afternoon',
      'Get more people using the e-book app',
    ],
  }),
  e('library-system', 'Reach housebound readers the bus network no longer serves', [KM], {
    krs: [kr('Villages on the weekly mobile route', 'villages', 8, 14, 9), untouched('Community feedback')],
  }),
  e('library-system', 'Bring author events back to the smaller branches', [NK], { krs: [] }),

  // ---------------------------------------------------------------- fintech-lending
  e('fintech-lending', 'Lend to sole traders on the strength of their Stripe and Square takings'),
  e('fintech-lending', 'Become the lender small builders trust when the bank says no'),
  e('fintech-lending', 'Give self-employed applicants a decision without making them dig out three years of accounts'),
  e('fintech-lending', 'Make early repayment painless for borrowers'),
  e('fintech-lending', 'Stop good applicants abandoning the form at the open-banking step'),
  e('fintech-lending', 'Price risk better for first-time borrowers with thin credit files'),
  e('fintech-lending', 'Win the embedded-finance slot in the top accounting app for tradespeople'),
  e('fintech-lending', "Pilot invoice-backed credit lines with builders' merchants so trades can buy materials on account", [], {
    parent: 'Become the lender small builders trust when the bank says no',
  }),
  e('fintech-lending', 'Get our Series B story to show a loan book that stays healthy through a downturn'),
  e('fintech-lending', 'Make our rates page (brightloan.com/rates) clear enough that brokers stop phoning us'),
  e('fintech-lending', 'Bring 90+ day arrears below 2.1%', [NT]),
  e('fintech-lending', 'Reduce cost of acquisition by a quarter', [NT]),
  e('fintech-lending', 'Build a Looker dashboard for the credit committee', [TL]),
  e('fintech-lending', 'Move our KYC vendor from Onfido to Persona', [TL]),
  e('fintech-lending', 'Work through the manual-underwrite queue every day', [JR]),
  e('fintech-lending', 'Reconcile the loan ledger to the bank every month-end', [JR]),
  e('fintech-lending', 'Complete anual AML & sanctions training (all staff)', [CO]),
  e('fintech-lending', 'Deliver the SOC 2 Type II audit with no exceptions', [CO]),
  e('fintech-lending', 'Sign the updated Consumer Duty attestation', [CO], { krs: [] }),
  e('fintech-lending', 'H1 targets (Growth squad)', [GC]),
  e('fintech-lending', 'Make paying off early painless for our borrowers', [CL], {
    siblings: ['Make early repayment painless for borrowers'],
  }),
  e('fintech-lending', 'Cut the time from application to cash for repeat customers', [KM], {
    krs: [kr('Median hours from application to funds', 'hours', 30, 4, 18), blank('Faster payouts')],
  }),
  e('fintech-lending', 'Open a broker channel for commercial property bridging', [NK], { krs: [] }),

  // ---------------------------------------------------------------- wind-farm
  e('wind-farm', 'Give technicians at the Grimsby base a reason to stay past their first contract'),
  e('wind-farm', 'Be the operator turbine OEMs point to when they talk about offshore uptime'),
  e('wind-farm', "Get technicians to the turbines on days the old CTVs couldn't sail"),
  e('wind-farm', 'Catch gearbox failures before they happen, not after'),
  e('wind-farm', 'Make Harrow Bank the wind farm the local fishing fleet is glad to have next door'),
  e('wind-farm', 'Turn curtailment hours into revenue with the battery next to the substation'),
  e('wind-farm', 'Bring blade repair in-house so we stop waiting on the summer weather window'),
  e('wind-farm', 'Extend the life of the 2009 SWT-3.6 fleet past its design life'),
  e('wind-farm', 'Train local apprentices so the repowering is staffed from the coast, not flown in'),
  e('wind-farm', 'Fit vibration sensors to the main bearings so swaps can be planned for calm weather', [], {
    parent: 'Catch failures before they happen',
  }),
  e('wind-farm', 'Asset team — lower O&M cost per MWh by 8%', [NT]),
  e('wind-farm', 'LCOE', [NT]),
  e('wind-farm', 'Vessel charter tender for 2027 (draft and issue)', [TL]),
  e('wind-farm', 'Set up a SharePoint site for the blade repair project', [TL]),
  e('wind-farm', 'Keep the SCADA alarm log triaged', [JR]),
  e('wind-farm', 'Complete the monthly service visit on each WTG', [JR]),
  e('wind-farm', 'Renew GWO Basic Safety Training for all offshore techs', [CO]),
  e('wind-farm', 'Submit the annual environmental monitoring report to the MMO', [CO]),
  e('wind-farm', 'Asset Management', [GC]),
  e('wind-farm', 'Site Manager — Harrow Bank', [GC]),
  e('wind-farm', 'Ops (Dan): catch gearbox failures before they happen, not after', [CL], {
    siblings: ['Catch gearbox failures before they happen'],
  }),
  e('wind-farm', 'Get technicians out on more marginal-weather days', [KM], {
    krs: [kr('Technician transfers on days with Hs above 1.5m', 'days', 20, 45, 22), untouched('Better vessel')],
  }),
  e('wind-farm', 'Sell our spare grid capacity to a co-located battery', [NK], { krs: [] }),

  // ---------------------------------------------------------------- dental-group
  e('dental-group', 'Make the Harrogate practice where North Yorkshire goes for implants'),
  e('dental-group', "Make a nervous patient's first visit the reason they stay"),
  e('dental-group', "Bring NHS children's appointments back to the towns where we closed our lists"),
  e('dental-group', 'Priya — make hygienist appointments easy to book online, evenings included'),
  e('dental-group', 'Become the practice group young dentists want to train at'),
  e('dental-group', 'Cut no-shows by texting patients the way they actually reply'),
  e('dental-group', "Open a sedation clinic so anxious patients don't have to travel into the city"),
  e('dental-group', 'Turn Invisalign enquiries into started cases faster'),
  e('dental-group', 'Let patients pick their own hygienist slot from the website', [], {
    parent: 'Make hygienist appointments easy to book',
  }),
  e('dental-group', 'Make our price list so clear no patient gets a surprise at the desk'),
  e('dental-group', 'Reduce FTAs to under 4%', [NT]),
  e('dental-group', 'Hit full UDA contract delivery (100%) each quarter', [NT, JR]),
  e('dental-group', 'Get the three Leeds practices onto one shared diary', [TL]),
  e('dental-group', 'Order new chairs for surgery 2', [TL]),
  e('dental-group', 'Chase unpaid patient invoices every week', [JR]),
  e('dental-group', 'Cover reception when the practice manager is off', [JR]),
  e('dental-group', 'Complete 5 hours of IR(ME)R radiography CPD', [CO, NT]),
  e('dental-group', "CQC inspection — get every practice rated 'Good' or better", [CO]),
  e('dental-group', 'Clinical Director', [GC]),
  e('dental-group', 'Practice goals FY26/27', [GC]),
  e('dental-group', 'Make the first visit of a nervous patient the reason they stay with us', [CL], {
    parent: "Make a nervous patient's first visit the reason they stay",
  }),
  e('dental-group', 'Keep our associate dentists for longer', [KM], {
    krs: [kr('Associates staying past two years', '%', 55, 75, 60), untouched('Associate happiness')],
  }),
  e('dental-group', 'Add orthodontics at our two busiest practices', [NK], { krs: [] }),

  // ---------------------------------------------------------------- logistics-warehouse
  e('logistics-warehouse', 'Turn the mezzanine into a pick area small e-commerce clients can afford'),
  e('logistics-warehouse', "Become the 3PL that peak season doesn't break"),
  e('logistics-warehouse', 'Let clients see exactly where their stock is without ringing us'),
  e('logistics-warehouse', 'Make returns processing a service clients pay extra for'),
  e('logistics-warehouse', 'Ship same-day on any order that lands by 3pm'),
  e('logistics-warehouse', 'Win a second grocery client to fill the chilled chamber'),
  e('logistics-warehouse', 'Get new starters productive on the pick floor in their first week'),
  e('logistics-warehouse', 'Stop damaged pallets leaving Dock 4'),
  e('logistics-warehouse', 'Pre-slot our top SKUs by velocity before Black Friday so pickers walk less', [], {
    parent: "Become the 3PL that peak season doesn't break",
    siblings: ['Hire and train temps in October, not November'],
  }),
  e('logistics-warehouse', 'Make forklift near-misses something people report, not hide'),
  e('logistics-warehouse', 'Cut cost per order by 30p', [NT]),
  e('logistics-warehouse', 'Dock-to-stock time', [NT]),
  e('logistics-warehouse', 'Relabel the racking in aisles 12-20', [TL]),
  e('logistics-warehouse', 'Cut over to Manhattan Active WMS before peak', [TL]),
  e('logistics-warehouse', 'Write up SOPs for the new cross-dock (draft: https://meridian.atlassian.net/wiki/x/CD)', [TL], {
    krs: [],
  }),
  e('logistics-warehouse', 'Do cycle counts on the A-class locations each week', [JR]),
  e('logistics-warehouse', 'Get back to client ticket emails by close of business', [JR]),
  e('logistics-warehouse', 'Load the outbound trailers for the 6pm trunking run', [JR]),
  e('logistics-warehouse', 'Renew forklift (MHE) licences for the night shift', [CO]),
  e('logistics-warehouse', 'Fire evacuation drill every quarter (all shifts)', [CO]),
  e('logistics-warehouse', 'Warehouse Ops – Night Shift', [GC]),
  e('logistics-warehouse', "Be the 3PL peak season can't break", [CL], {
    siblings: ["Become the 3PL that peak season doesn't break", 'Win a second grocery client'],
  }),
  e('logistics-warehouse', 'Make our client portal the first place clients look for stock', [KM], {
    krs: [kr('Portal logins per client per week', 'logins', 1, 5, 2), blank('Portal adoption')],
  }),
  e('logistics-warehouse', 'Offer kitting and gift-wrap for D2C brands', [NK], { krs: [] }),

  // ---------------------------------------------------------------- biotech-lab
  e('biotech-lab', "Get a second pharma partner onto the platform so we're not dependant on one"),
  e('biotech-lab', "Get our lead antibody into the clinic with a data package regulators don't question"),
  e('biotech-lab', 'Make the assay platform something partners license, not just admire'),
  e('biotech-lab', 'Shorten the path from hit to validated target'),
  e('biotech-lab', 'Prove the CRISPR screen works in primary T cells, not just cell lines'),
  e('biotech-lab', 'Stop losing weeks to contaminated cultures'),
  e('biotech-lab', 'Show HLX-204 is safe enough to move into Phase 2'),
  e('biotech-lab', 'Attract postdocs who want to see their work reach patients'),
  e('biotech-lab', 'Secure a CDMO slot so the GMP batch is ready for first-in-human dosing', [], {
    parent: 'Get our lead antibody into the clinic',
  }),
  e('biotech-lab', 'Make our data easy for pharma partners to trust on first read'),
  e('biotech-lab', 'Raise a $35M Series B', [NT]),
  e('biotech-lab', 'Throughput (plates/week)', [NT]),
  e('biotech-lab', 'SOP for the new plate reader', [TL]),
  e('biotech-lab', 'Move the lab notebooks from paper to Benchling', [TL]),
  e('biotech-lab', 'Reorganise the -80 freezer inventory', [TL]),
  e('biotech-lab', 'Restock the tissue-culture room consumables', [JR]),
  e('biotech-lab', 'Mycoplasma-test every active cell line weekly', [JR]),
  e('biotech-lab', 'Complete biosafety level 2 training before badge access', [CO]),
  e('biotech-lab', 'Pass the MHRA GLP inspection', [CO]),
  e('biotech-lab', 'Helix 2027 OKRs', [GC]),
  e('biotech-lab', 'Shorten the hit-to-validated-target path', [CL], {
    siblings: ['Shorten the path from hit to validated target'],
  }),
  e('biotech-lab', 'Bring the organoid model to the point a partner will pay for it', [KM], {
    krs: [kr('Paid organoid studies signed', 'studies', 0, 3, 1), untouched('Organoid model robustness')],
  }),
  e('biotech-lab', 'Open a US lab close to our Boston partners', [NK], { krs: [] }),

  // ---------------------------------------------------------------- esports-team
  e('esports-team', 'Give players a life after retirement inside the org (coaching, casting, content)'),
  e('esports-team', 'Make Vanta the org that young players trust with their careers'),
  e('esports-team', 'Build a fanbase that watches when we lose, not just when we win'),
  e('esports-team', "Reach the Game Changers EMEA final with our women's Valorant roster"),
  e('esports-team', 'Turn our Twitch VODs into a YouTube channel that pays its way'),
  e('esports-team', 'Get the academy roster ready to step up to the main team next split'),
  e('esports-team', "Land a hardware sponsor that doesn't clash with our jersey partner"),
  e('esports-team', 'Make bootcamp week the reason players sign with us'),
  e('esports-team', 'Win the 2027 LEC Spring Split'),
  e('esports-team', 'Start a behind-the-scenes series so fans know the players, not just the scoreline', [], {
    parent: 'Build a fanbase that watches when we lose',
  }),
  e('esports-team', 'Merch revenue +40% on last season', [NT]),
  e('esports-team', 'Average concurrent viewers', [NT]),
  e('esports-team', 'Edit the season recap video', [TL]),
  e('esports-team', 'Ravi: set up a Discord bot for match-day announcements', [TL]),
  e('esports-team', 'Design the new jersey mockups', [TL], { krs: [] }),
  e('esports-team', 'Stream at least 3 times a week (all content creators)', [NT, JR]),
  e('esports-team', 'Review scrim VODs with the players', [JR]),
  e('esports-team', 'Every player completes the ESIC anti-corruption module', [CO]),
  e('esports-team', 'File the Riot roster eligibility paperwork for next split', [CO]),
  e('esports-team', 'Content Team', [GC]),
  e('esports-team', 'Coach — Valorant', [GC]),
  e('esports-team', 'Make Vanta the org young players can trust with their career', [CL], {
    siblings: ['Make Vanta the org young players trust with their careers'],
  }),
  e('esports-team', 'Grow the Vanta fan club into something people pay for', [KM], {
    krs: [kr('Paying fan-club members', 'members', 0, 3000, 800), blank('Fan club buzz')],
  }),
  e('esports-team', "Give the academy roster LAN experience before they're needed on the main stage", [NK], { krs: [] }),

  // ---------------------------------------------------------------- city-transit
  e('city-transit', 'Let teenagers ride free so the habit sticks — see council paper https://mvt.gov/board/2027-03'),
  e('city-transit', 'Make the bus the obvious choice for commuting into downtown'),
  e('city-transit', 'Give riders a real-time arrival they can trust at every stop'),
  e('city-transit', 'Make night buses feel safe for people travelling alone'),
  e('city-transit', 'Bring bus service to the new hospital before it opens'),
  e('city-transit', 'Make paying a fare as easy as tapping a bank card'),
  e('city-transit', 'Get wheelchair users on and off without waiting for the driver to find the ramp key'),
  e('city-transit', 'Electrify the Route 40 corridor so neighbors stop breathing diesel', [], {
    krs: [kr('Weekday boardings on Route 40', 'boardings', 5200, 6500, 5400)],
  }),
  e('city-transit', 'Give buses their own lane on Jefferson Ave so the 7 beats the car at rush hour', [], {
    parent: 'Make the bus the obvious choice for commuting downtown',
  }),
  e('city-transit', 'Win riders back after the pandemic slump'),
  e('city-transit', 'Ridership back to 2019 levels (31M boardings)', [NT]),
  e('city-transit', 'Run the 7 and 12 every 10 minutes on weekdays', [NT]),
  e('city-transit', 'Farebox recovery ratio', [NT]),
  e('city-transit', 'Swap the CAD/AVL system for Clever Devices', [TL]),
  e('city-transit', 'Wash the fleet nightly (Depot B)', [JR]),
  e('city-transit', 'Dispatch: fill open runs from the extra board each morning', [JR], { krs: [] }),
  e('city-transit', 'Drivers complete FTA drug & alcohol awareness training', [CO]),
  e('city-transit', 'Pass the triennial FTA review', [CO]),
  e('city-transit', 'Planning & Scheduling', [GC]),
  e('city-transit', 'FY27 targets', [GC]),
  e('city-transit', 'Ensure people travelling alone feel safe on night buses', [CL], {
    siblings: ['Make night buses feel safe for people travelling alone'],
  }),
  e('city-transit', 'Give riders an arrival time they can trust', [KM], {
    krs: [kr('Predictions within one minute of actual', '%', 70, 90, 74), untouched('App rating')],
  }),
  e('city-transit', 'Bring on-demand microtransit to the northern suburbs', [NK], { krs: [] }),

  // ---------------------------------------------------------------- wedding-venue
  e('wedding-venue', 'Make rainy-day weddings look as good in the photos as sunny ones'),
  e('wedding-venue', 'Become the #1 barn venue in the Cotswolds for autumn weddings'),
  e('wedding-venue', "Make every couple feel like they're the only wedding we're doing that year"),
  e('wedding-venue', 'Fill Tuesday-to-Thursday dates with micro-weddings and elopements'),
  e('wedding-venue', 'Get the planners at Bride & Co to recommend us first'),
  e('wedding-venue', "Open a winter season so the barn doesn't sit empty November to March"),
  e('wedding-venue', 'Make the kitchen good enough that guests talk about the food, not just the view'),
  e('wedding-venue', 'Turn wedding guests into future bookers'),
  e('wedding-venue', 'Package a small-wedding offer couples can book online without a site visit', [], {
    parent: 'Fill midweek dates with micro-weddings',
  }),
  e('wedding-venue', 'Win a spot on the Hitched top venues list'),
  e('wedding-venue', 'Bookings for 2027: 110 weddings', [NT]),
  e('wedding-venue', 'Enquiry-to-viewing conversion', [NT]),
  e('wedding-venue', 'Marcus - refresh the brochure PDF', [TL]),
  e('wedding-venue', 'Switch our enquiries inbox over to HoneyBook', [TL]),
  e('wedding-venue', 'Walk the grounds every Friday and snag anything broken before Saturday', [JR]),
  e('wedding-venue', 'Reply to enquiries within 24 hrs', [NT, JR]),
  e('wedding-venue', 'Renew the approved-premises licence for civil ceremonies', [CO]),
  e('wedding-venue', 'Update the fire risk assessment and get it signed off', [CO]),
  e('wedding-venue', 'Events team', [GC]),
  e('wedding-venue', "Sarah's goals", [GC]),
  e('wedding-venue', 'Convert wedding guests into future bookers', [CL], {
    siblings: ['Turn wedding guests into future bookers'],
  }),
  e('wedding-venue', 'Be the venue planners recommend first', [KM], {
    krs: [kr('Planner referrals', 'referrals', 4, 15, 6), untouched('Planner relationships')],
  }),
  e('wedding-venue', 'Add on-site glamping so guests can stay over', [NK], { krs: [] }),

  // ---------------------------------------------------------------- cybersecurity-consultancy
  e('cybersecurity-consultancy', 'Be the first call for schools in the North West that get breached'),
  e('cybersecurity-consultancy', 'Become the pen-test partner fintechs call before a funding round'),
  e('cybersecurity-consultancy', 'Make our reports something a CFO can read, not just an engineer'),
  e('cybersecurity-consultancy', 'Help mid-size manufacturers recover from ransomware without paying'),
  e('cybersecurity-consultancy', 'Turn one-off pen tests into retained security programmes'),
  e('cybersecurity-consultancy', 'Get our threat-intel feed listed on the Splunk and Sentinel marketplaces'),
  e('cybersecurity-consultancy', 'Grow senior testers from our own juniors instead of hiring them in'),
  e('cybersecurity-consultancy', "Launch a 24/7 MDR service so clients aren't alone at 3am"),
  e('cybersecurity-consultancy', 'Offer a quarterly retest bundle so clients see their risk fall over the year', [], {
    parent: 'Turn one-off pen tests into retained programmes',
  }),
  e('cybersecurity-consultancy', 'Hire a Compliance Analyst to lead our ISO 27001 advisory line'),
  e('cybersecurity-consultancy', 'Retainer ARR £3M', [NT]),
  e('cybersecurity-consultancy', 'Win 20 new logos', [NT, NK], { krs: [] }),
  e('cybersecurity-consultancy', 'Blog post on the MOVEit vuln', [TL]),
  e('cybersecurity-consultancy', 'Rebuild the report template in Word', [TL]),
  e('cybersecurity-consultancy', 'Triage inbound incident-response calls', [JR]),
  e('cybersecurity-consultancy', "Keep the testers' tooling licences renewed", [JR]),
  e('cybersecurity-consultancy', 'Retain CREST accreditation at the next assessment', [CO]),
  e('cybersecurity-consultancy', 'Pass our ISO 27001 surveillance audit', [CO]),
  e('cybersecurity-consultancy', 'Objectives – Practice Lead (Offensive)', [GC]),
  e('cybersecurity-consultancy', 'Make our reports readable by a CFO, not just an engineer', [CL], {
    siblings: ['Make our reports something a CFO can read', 'Grow seniors from our juniors'],
  }),
  e('cybersecurity-consultancy', 'Be the IR firm insurers put on their panel', [KM], {
    krs: [kr('Insurer panels joined', 'panels', 1, 4, 1), blank('Panel reputation')],
  }),
  e('cybersecurity-consultancy', 'Offer a vCISO service for scale-ups', [NK], { krs: [] }),

  // ---------------------------------------------------------------- fashion-retailer
  e('fashion-retailer', 'Make the app the place our loyal customers shop first, ahead of the website'),
  e('fashion-retailer', "Make Loom & Lane the first stop for workwear that doesn't look like workwear"),
  e('fashion-retailer', "Stop sending customers to competitors because their size is out of stock"),
  e('fashion-retailer', 'Make our denim the thing people come back for every season'),
  e('fashion-retailer', 'Turn the Regent St flagship into a place people visit for the events'),
  e('fashion-retailer', 'Let customers resell pre-loved L&L pieces through our own app'),
  e('fashion-retailer', 'Make returns rarer by getting fit right first time'),
  e('fashion-retailer', 'Bring the AW27 collection into stores the same day it drops online'),
  e('fashion-retailer', 'Add real customer fit notes to every product page so shoppers pick the right size', [], {
    parent: 'Make returns rarer by getting fit right first time',
  }),
  e('fashion-retailer', 'Win over Gen Z shoppers without losing our core 35+ customer'),
  e('fashion-retailer', 'Make our knitwear the thing people come back for every season', [], {
    siblings: ['Make our denim the thing people come back for every season'],
  }),
  e('fashion-retailer', 'Online conversion from 2.1% to 2.8%', [NT]),
  e('fashion-retailer', 'Gross margin', [NT]),
  e('fashion-retailer', 'Halve returns on dresses', [NT]),
  e('fashion-retailer', 'Lift online conversion to 3%', [NT, CL], { siblings: ['Lift online conversion to 2.8%'] }),
  e('fashion-retailer', 'Shoot the SS27 lookbook', [TL]),
  e('fashion-retailer', 'Redesign the Regent St windows for the Christmas launch', [TL]),
  e('fashion-retailer', 'Replenish the shop floor from the stockroom through the day', [JR]),
  e('fashion-retailer', 'Refresh size curves in the buying tool each season', [JR]),
  e('fashion-retailer', 'Get the annual modern slavery statement signed by the board and on the website', [CO]),
  e('fashion-retailer', 'All store managers complete the PCI DSS card-handling course', [CO]),
  e('fashion-retailer', 'Merchandising', [GC]),
  e('fashion-retailer', 'E-com Q1 goals', [GC]),
  e('fashion-retailer', 'Make our jeans the thing customers come back for each season', [CL], {
    siblings: ['Make our denim the thing people come back for every season'],
  }),
  e('fashion-retailer', 'Stop losing customers over out-of-stock sizes', [KM], {
    krs: [kr('Size availability on top 200 lines', '%', 82, 95, 85), untouched('Stock accuracy')],
  }),
  e('fashion-retailer', 'Open a pop-up in Manchester for the Christmas season', [NK], { krs: [] }),

  // ---------------------------------------------------------------- mining
  e('mining', 'Make Redhill somewhere skilled tradespeople move their families to'),
  e('mining', 'HSE lead: get everyone home safe, every shift'),
  e('mining', 'Make Redhill the mine its neighbours would vote to keep open'),
  e('mining', 'Extend the life of the pit by proving up the eastern extension'),
  e('mining', 'Stop losing haul-truck hours to tyre failures'),
  e('mining', 'Make the tailings dam something we can show regulators with pride'),
  e('mining', "Bring the Level 3 crusher back online so the mill isn't starved"),
  e('mining', 'Recover more copper from the low-grade stockpile'),
  e('mining', 'Trial heap leaching on the low-grade stockpile to see if it pays', [], {
    parent: 'Recover more copper from low-grade ore',
  }),
  e('mining', 'Hire local school-leavers into trade apprenticeships'),
  e('mining', 'Mill throughput 4.2 Mtpa', [NT]),
  e('mining', 'C1 cash cost under $1.80/lb', [NT]),
  e('mining', 'TRIFR', [NT]),
  e('mining', 'Reduce diesel per tonne moved by 10% (Pit 2)', [NT, CL], {
    siblings: ['Reduce diesel per tonne moved by 15%'],
  }),
  e('mining', 'Closure plan update deck for the board', [TL]),
  e('mining', 'Bring in Modular Mining DISPATCH 6 in place of the old dispatch system', [TL]),
  e('mining', 'Grade the haul roads every night shift', [JR]),
  e('mining', 'Log the fuel issued to each truck', [JR]),
  e('mining', 'Pass the MSHA quarterly inspection without citations', [CO]),
  e('mining', 'Blasters keep their shotfirer tickets current', [CO]),
  e('mining', 'Mine Manager KPIs', [GC]),
  e('mining', 'Stop losing haul truck hours to tire failure', [CL], {
    siblings: ['Stop losing haul-truck hours to tyre failures'],
  }),
  e('mining', "Win the community's support for the eastern extension", [KM], {
    krs: [kr('Community survey: support for the extension', '%', 41, 60, 45), blank('Goodwill')],
  }),
  e('mining', 'Cut diesel fumes underground so crews work in cleaner, cooler headings', [NK], { krs: [] }),

  // ---------------------------------------------------------------- school-district
  e('school-district', 'Give every student a trusted adult at school they can go to'),
  e('school-district', 'Make sure every third-grader can read on grade level'),
  e('school-district', 'J. Okafor: get chronically absent students back in class'),
  e('school-district', 'Make Lakeside the district teachers want to stay in'),
  e('school-district', 'Give every family a way to talk to school in their home language'),
  e('school-district', 'Make the move to middle school painless for sixth graders'),
  e('school-district', 'Close the math gap for English learners in grades 6-8'),
  e('school-district', 'Open a career-tech pathway so students graduate with a trade credential'),
  e('school-district', 'Pair each chronically absent student with a mentor they actually like', [], {
    parent: 'Get chronically absent students back in class',
  }),
  e('school-district', 'Make school lunch something kids want to eat'),
  e('school-district', 'Cut chronic absenteeism from 24% to 15%', [NT]),
  e('school-district', 'Teacher retention', [NT]),
  e('school-district', 'Increase AP enrollment by a third', [NT]),
  e('school-district', "Update the district website's enrollment page", [TL]),
  e('school-district', 'Put together a PowerPoint for back-to-school night', [TL]),
  e('school-district', 'Get Schoology live in the middle schools', [TL]),
  e('school-district', 'Take attendance in every period', [JR]),
  e('school-district', 'Run bus duty before and after school', [JR]),
  e('school-district', 'All staff complete mandated reporter training by Sept 30', [CO]),
  e('school-district', 'Submit the state ESSA accountability data on time', [CO], { krs: [] }),
  e('school-district', 'Curriculum & Instruction', [GC]),
  e('school-district', "Principals' goals 2026-27", [GC]),
  e('school-district', 'Make Lakeside a district teachers want to stay in', [CL], {
    parent: 'Make Lakeside the district teachers want to stay in',
  }),
  e('school-district', 'Get families talking to school in their home language', [KM], {
    krs: [kr('Families using the translation app', 'families', 200, 1500, 450), untouched('Family engagement')],
  }),
  e('school-district', 'Add a dual-enrollment option with the community college', [NK], { krs: [] }),

  // ---------------------------------------------------------------- brewery
  e('brewery', 'Get our lager into the supermarkets without cutting corners on conditioning time'),
  e('brewery', 'Get Fernhill onto the taps of pubs that have never stocked craft'),
  e('brewery', 'Make our alcohol-free pale as good as the full-strength one'),
  e('brewery', "Win champion best bitter at the Great British Beer Festival"),
  e('brewery', "Stop beer going stale in distributers' warehouses"),
  e('brewery', 'Turn the taproom into a Friday-night destination for the town'),
  e('brewery', "Bring canning in-house so limited releases reach shelves while they're fresh"),
  e('brewery', 'Cut the water we use per pint without changing the beer'),
  e('brewery', 'Offer free line cleaning so landlords will trial a craft keg', [], {
    parent: 'Get Fernhill onto the taps of pubs that have never stocked craft',
  }),
  e('brewery', 'Brew a seasonal that makes Fernhill part of the town’s autumn'),
  e('brewery', 'Sell 12,000 hl this year', [NT]),
  e('brewery', 'Beer loss %', [NT]),
  e('brewery', 'Reduce water-to-beer ratio to 3.5:1', [NT]),
  e('brewery', 'Get the new brew kit commissioned', [TL]),
  e('brewery', 'Move the stock system over to Ekos', [TL], { krs: [] }),
  e('brewery', 'CIP the fermenters after every batch', [JR]),
  e('brewery', 'File the monthly beer duty return with HMRC', [CO]),
  e('brewery', 'Get TTB label approvals (COLAs) for the US export range', [CO]),
  e('brewery', 'Head Brewer', [GC]),
  e('brewery', 'Sales & Trade – goals for the year', [GC]),
  e('brewery', "Make the taproom the town's go-to Friday night destination", [CL], {
    siblings: ['Turn the taproom into a Friday-night destination for the town'],
  }),
  e('brewery', 'Make our AF pale as good as the real thing', [KM], {
    krs: [kr('Blind-tasting preference vs full-strength', '%', 30, 50, 34), blank('Recipe improvements')],
  }),
  e('brewery', 'Open a second taproom in the city centre', [NK], { krs: [] }),

  // ---------------------------------------------------------------- space-startup
  e('space-startup', 'Make Orbitly the launch broker university teams recommend to each other'),
  e('space-startup', 'Fly our first payload and get it working on orbit'),
  e('space-startup', 'Become the cheapest ride to orbit for university cubesats'),
  e('space-startup', 'Make satellite imagery something a farmer can use without a GIS degree'),
  e('space-startup', 'Win a Space Force SBIR Phase II'),
  e('space-startup', 'Prove the deorbit sail works so insurers will cover our constellation'),
  e('space-startup', 'Turn our ground-station network into a service other operators rent'),
  e('space-startup', "Ship a field-health alert that lands in the farmer's WhatsApp the morning after a pass", [], {
    parent: 'Make imagery usable by a farmer',
  }),
  e('space-startup', 'Close the Series A with investors who understand hardware timelines'),
  e('space-startup', 'Cut the time from contract to launch for rideshare customers'),
  e('space-startup', 'Launch 6 satellites in 2027', [NT]),
  e('space-startup', 'Burn multiple below 2x', [NT]),
  e('space-startup', 'CDR slides', [TL]),
  e('space-startup', 'Set up Jira for the avionics team', [TL]),
  e('space-startup', 'Port the telemetry store over to TimescaleDB', [TL]),
  e('space-startup', 'Staff the mission ops console on every pass', [JR]),
  e('space-startup', 'Keep the cleanroom logbook signed each shift', [JR]),
  e('space-startup', 'Complete ITAR export-control training', [CO]),
  e('space-startup', 'Get the FAA Part 450 licence modification approved', [CO]),
  e('space-startup', 'Orbitly – company OKRs 2027', [GC]),
  e('space-startup', 'Be the cheapest way to orbit for university CubeSats', [CL], {
    siblings: ['Become the cheapest ride to orbit for university cubesats'],
  }),
  e('space-startup', 'Turn our ground stations into a service others rent', [KM], {
    krs: [kr('External passes booked per month', 'passes', 0, 400, 60), untouched('Ground station marketing')],
  }),
  e('space-startup', 'Add hyperspectral imaging to the next bus', [NK], { krs: [] }),

  // ---------------------------------------------------------------- law-firm
  e('law-firm', 'Make trainees want to stay on with us after they qualify'),
  e('law-firm', 'Become the firm scale-ups call before their first big contract'),
  e('law-firm', 'Make our fees predictable enough that GCs stop asking for estimates'),
  e('law-firm', "Win a place on the Big Four banks' restructuring panel"),
  e('law-firm', 'Keep our best associates by giving them a real path to partner'),
  e('law-firm', "Turn the employment team's webinars into instructions"),
  e('law-firm', 'Make it easy for clients to see where their matter is without emailing us', [], {
    krs: [
      kr('Clients using the matter portal', '%', 10, 60, 18),
      kr('Status-chasing emails per matter', 'emails', 6, 2, 5),
    ],
  }),
  e('law-firm', 'Grow the private client practice in the South West'),
  e('law-firm', 'Offer fixed-fee packages for standard share purchases so clients know the cost upfront', [], {
    parent: 'Make our fees predictable',
  }),
  e('law-firm', 'Hire a Head of Compliance Advisory to build our regulatory-advice practice'),
  e('law-firm', 'Billable hours: 1,650 per fee earner', [NT]),
  e('law-firm', 'Lock-up days below 100', [NT]),
  e('law-firm', 'Draft a precedent bank of SPA clauses', [TL]),
  e('law-firm', 'Move document management to iManage Cloud', [TL]),
  e('law-firm', 'Organize the holiday client drinks', [TL]),
  e('law-firm', "Supervise trainees' first drafts", [JR]),
  e('law-firm', 'Turn around first drafts within 48 hours', [NT, JR]),
  e('law-firm', 'Complete the annual AML file review', [CO]),
  e('law-firm', 'Complete 12 CLE credits by December', [CO, NT]),
  e('law-firm', 'Corporate / M&A', [GC]),
  e('law-firm', 'Partnership goals', [GC]),
  e('law-firm', 'Be the firm that scale-ups ring before their first big contract', [CL], {
    siblings: ['Become the firm scale-ups call before their first big contract'],
  }),
  e('law-firm', 'Let clients see where their matter stands', [KM], {
    krs: [kr('Clients using the matter portal', '%', 10, 60, 18), blank('Client portal')],
  }),
  e('law-firm', 'Open a Dublin office to keep our EU clients', [NK], { krs: [] }),

  // ---------------------------------------------------------------- gym-chain
  e('gym-chain', 'Give shift workers a club that fits round their rota'),
  e('gym-chain', "Make PulseFit the gym people don't quit in February"),
  e('gym-chain', "Get new members a first workout that isn't intimidating"),
  e('gym-chain', 'Make the 24-hour clubs feel safe at 2am'),
  e('gym-chain', 'Turn group classes into the reason people join'),
  e('gym-chain', 'Win back members who left over the price rise'),
  e('gym-chain', "Bring strength training to over-60s who've never lifted"),
  e('gym-chain', 'Make booking a class as quick as unlocking your phone'),
  e('gym-chain', 'Give every new joiner a free session with a coach in their first week', [], {
    parent: "Get new members a first workout that isn't intimidating",
  }),
  e('gym-chain', 'Open a women-only area in the city-centre clubs'),
  e('gym-chain', 'Reduce 90-day churn to 18%', [NT]),
  e('gym-chain', 'Secondary spend per member', [NT]),
  e('gym-chain', 'PT revenue x2', [NT]),
  e('gym-chain', 'North clubs: grow members to 30k by year end', [NT, CL], {
    parent: 'Grow members to 85k by year end',
  }),
  e('gym-chain', 'Leeds: turnstiles out, app-based entry in', [TL]),
  e('gym-chain', 'Wipe down and check all cardio kit at the start of each shift', [JR]),
  e('gym-chain', 'Chase failed direct debits', [JR], { krs: [] }),
  e('gym-chain', 'Keep CPR/AED certs current for all PTs', [CO]),
  e('gym-chain', "Get every lifeguard's NPLQ renewed before it lapses", [CO]),
  e('gym-chain', 'Club Managers – North', [GC]),
  e('gym-chain', '2027 goals', [GC]),
  e('gym-chain', 'Make group classes the reason people join', [CL], {
    siblings: ['Turn group classes into the reason people join'],
  }),
  e('gym-chain', "Make PulseFit a gym people don't give up on after January", [KM], {
    krs: [kr('January joiners still active on 1 March', '%', 60, 75, 62), untouched('Motivation campaign')],
  }),
  e('gym-chain', 'Launch a recovery zone with saunas and cold plunges', [NK], { krs: [] }),

  // ---------------------------------------------------------------- food-bank
  e('food-bank', 'Get schools referring families before they hit crisis, not after'),
  e('food-bank', 'Make sure no family in Eastside has to choose between heating and eating'),
  e('food-bank', 'Make visiting us feel like shopping, not charity'),
  e('food-bank', 'Get fresh produce to families, not just tins'),
  e('food-bank', 'Reach older people who are too proud to ask for help'),
  e('food-bank', 'Turn supermarket surplus into meals before it hits the bin'),
  e('food-bank', 'Help clients out of crisis with debt advice on site'),
  e('food-bank', "Build a volunteer team that doesn't rely on the same few retirees"),
  e('food-bank', 'Partner with allotment groups so summer gluts reach our shelves', [], {
    parent: 'Get fresh produce to families, not just tins',
  }),
  e('food-bank', 'Open a Saturday session for working parents'),
  e('food-bank', 'Unrestricted income £150k', [NT]),
  e('food-bank', 'Volunteer hours', [NT]),
  e('food-bank', 'Create a volunteer handbook', [TL]),
  e('food-bank', 'Switch to Link2Feed for client records', [TL]),
  e('food-bank', 'Sort and date-check donations every morning', [JR]),
  e('food-bank', 'Answer the referral-agency phone line', [JR]),
  e('food-bank', 'DBS-check everyone working with children', [CO]),
  e('food-bank', 'File the annual return with the Charity Commission', [CO]),
  e('food-bank', 'Warehouse & Logistics', [GC]),
  e('food-bank', "Trustees' priorities", [GC]),
  e('food-bank', 'Make a visit to the food bank feel like shopping rather than charity', [CL], {
    siblings: ['Make visiting us feel like shopping, not charity'],
  }),
  e('food-bank', 'Reach older people who are too proud to ask', [KM], {
    krs: [kr('Over-70s registered', 'people', 40, 200, 55), blank('Outreach')],
  }),
  e('food-bank', 'Start a community kitchen serving hot meals', [NK], { krs: [] }),
];

type Node = Holdout5Plan['nodes'][number];
/** [key, parentKey, title, expect] in tree order. */
const n = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): Node => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_5_PLANS: Holdout5Plan[] = [
  {
    name: 'Hearth Bakehouse FY27',
    domain: 'bakery-chain',
    nodes: [
      n('a', null, 'Make Hearth the bakery every neighbourhood counts on before work'),
      n('b', 'a', 'Retail shops', [GC]),
      n('c', 'b', 'Win the commuter breakfast back from the chains'),
      n('d', 'b', 'Cut end-of-day waste to 6% of the bake', [NT]),
      n('e', 'b', 'All counter staff complete allergen e-learning', [CO]),
      n('e2', 'b', 'Redo the menu boards in every shop', [TL]),
      n('f', 'a', 'Wholesale', [GC]),
      n('g', 'f', 'Get our sourdough into 40 independent cafés', [NT]),
      n('h', 'f', 'Deliver 100% of café orders before 7am', [NT, JR]),
      n('i', 'f', 'Wholesale: cut end-of-day waste to 4% of the bake', [NT, CL]),
      n('j', 'a', 'Bakehouse', [GC]),
      n('k', 'j', 'Cut end of day waste to 6% of bake', [NT, CL]),
      n('l', 'j', 'Deliver 100% of cafe orders before 7 am', [NT, JR, CL]),
      n('m', 'j', 'Make Hearth the bakery every neighbourhood counts on before work', [CL]),
    ],
    cloneGroups: [
      ['d', 'i', 'k'],
      ['h', 'l'],
      ['a', 'm'],
    ],
  },
  {
    name: 'Cairn Ridge winter 26/27',
    domain: 'ski-resort',
    nodes: [
      n('a', null, 'Make Cairn Ridge the mountain families come back to every winter'),
      n('b', 'a', 'Mountain Operations', [GC]),
      n('c', 'b', 'Lift uptime 98.5%', [NT]),
      n('d', 'b', 'Groom every blue run overnight', [JR]),
      n('e', 'b', 'Get the new Summit chair through its first winter without long stoppages'),
      n('f', 'a', 'Guest Experience — make a first visit feel easy', []),
      n('g', 'f', 'Turn first-timers into season-pass holders'),
      n('h', 'f', 'Sell 14,000 season passes', [NT]),
      n('i', 'f', 'Guest services: lift uptime 98.5%', [NT, CL]),
      n('j', 'a', 'Snowsports School', [GC]),
      n('k', 'j', 'Convert first-time skiers into season pass holders', [CL]),
      n('l', 'j', 'Sell 2,000 lesson packs', [NT]),
      n('m', 'j', 'Instructors renew their first-aid certificates', [CO]),
      n('o', 'a', 'Resort goals 26/27 — misc', [GC]),
      n('p', 'o', 'Make Cairn Ridge the mountain families come back to each winter', [CL]),
    ],
    cloneGroups: [
      ['c', 'i'],
      ['g', 'k'],
      ['a', 'p'],
    ],
  },
  {
    name: 'Brightloan H1',
    domain: 'fintech-lending',
    nodes: [
      n('a', null, 'Be the lender small builders trust when the bank says no'),
      n('b', 'a', "Growth — win builders' merchants as a channel"),
      n('c', 'b', 'Originate $40M of builder loans', [NT]),
      n('d', 'b', 'Open a broker channel for commercial bridging'),
      n('e', 'a', 'Credit', [GC]),
      n('f', 'e', 'Keep 90+ day arrears under 2%', [NT]),
      n('g', 'e', 'Work the manual-underwrite queue every day', [JR]),
      n('g2', 'e', 'Build an arrears dashboard in Looker', [TL]),
      n('h', 'e', 'Originate $10M of builder loans', [NT, CL]),
      n('i', 'a', 'Operations', [GC]),
      n('j', 'i', 'Originate $40m in builder loans', [NT, CL]),
      n('k', 'i', 'Complete AML & sanctions training', [CO]),
      n('l', 'i', 'Ops: keep 90+ day arrears below 2%', [NT, CL]),
    ],
    cloneGroups: [
      ['c', 'h', 'j'],
      ['f', 'l'],
    ],
  },
  {
    name: 'Meridian peak readiness',
    domain: 'logistics-warehouse',
    nodes: [
      n('a', null, "Become the 3PL that peak season doesn't break"),
      n('b', 'a', 'Inbound', [GC]),
      n('c', 'b', 'Dock-to-stock inside 24 hours', [NT]),
      n('d', 'b', 'Pick accuracy 99.8%', [NT]),
      n('e', 'b', 'Renew MHE licences for the night shift', [CO]),
      n('f', 'a', 'Outbound', [GC]),
      n('g', 'f', 'Pick accuracy 99.8%', [NT, CL]),
      n('h', 'f', 'Load trailers for the 6pm trunk run', [JR]),
      n('i', 'f', 'Pre-slot fast movers before Black Friday so pickers walk less'),
      n('j', 'a', 'Client Services', [GC]),
      n('k', 'j', 'Let clients see their stock live without calling us'),
      n('l', 'j', 'Reply to client tickets the same day', [JR]),
      n('m', 'a', 'Night shift', [GC]),
      n('o', 'm', 'Pick accuracy of 99.8 %', [NT, CL]),
      n('p', 'm', 'Reply to client tickets on the same day', [JR, CL]),
    ],
    cloneGroups: [
      ['d', 'g', 'o'],
      ['l', 'p'],
    ],
  },
  {
    name: 'Lakeside strategic plan',
    domain: 'school-district',
    nodes: [
      n('a', null, 'Every Lakeside student leaves ready for college, a career, or both'),
      n('b', 'a', 'Elementary', [GC]),
      n('c', 'b', 'Every third-grader reading on grade level'),
      n('d', 'b', 'Cut chronic absenteeism to 15%', [NT]),
      n('e', 'a', 'Middle schools', [GC]),
      n('f', 'e', 'Close the math gap for English learners in grades 6-8'),
      n('g', 'e', 'Cut chronic absenteeism to 12%', [NT, CL]),
      n('h', 'e', 'Take attendance every period', [JR]),
      n('i', 'a', 'High schools', [GC]),
      n('j', 'i', 'Graduation rate 92%', [NT]),
      n('k', 'i', 'Reduce chronic absenteeism to 15%', [NT, CL]),
      n('l', 'i', 'Open a career-tech pathway so students graduate with a trade credential'),
      n('m', 'a', 'District office', [GC]),
      n('o', 'm', 'All staff complete mandated reporter training', [CO]),
      n('p', 'm', 'Every Lakeside student leaves ready for college or a career', [CL]),
    ],
    cloneGroups: [
      ['d', 'g', 'k'],
      ['a', 'p'],
    ],
  },
  {
    name: 'Metro Valley FY27',
    domain: 'city-transit',
    nodes: [
      n('a', null, 'Make the bus the obvious way into downtown'),
      n('b', 'a', 'Service Planning', [GC]),
      n('c', 'b', 'On-time performance 88%', [NT]),
      n('d', 'b', 'Give the 7 its own lane on Jefferson Ave'),
      n('e', 'a', 'Operations', [GC]),
      n('f', 'e', 'On-time performance at 88%', [NT, CL]),
      n('g', 'e', 'Fill open runs from the extra board each morning', [JR]),
      n('h', 'e', 'Drivers complete drug & alcohol awareness training', [CO]),
      n('i', 'a', 'Maintenance', [GC]),
      n('j', 'i', 'Maintenance: on-time performance 88%', [NT, CL]),
      n('k', 'i', 'Wash the fleet nightly', [JR]),
      n('l', 'a', 'Customer Experience', [GC]),
      n('m', 'l', 'Make night buses feel safe for people travelling alone'),
      n('o', 'm', 'Night buses that feel safe for people travelling alone', [CL]),
      n('p', 'l', 'Make the bus the obvious way downtown', [CL]),
    ],
    cloneGroups: [
      ['c', 'f', 'j'],
      ['m', 'o'],
      ['a', 'p'],
    ],
  },
  {
    name: 'Vanta 2027',
    domain: 'esports-team',
    nodes: [
      n('a', null, 'Make Vanta the org fans and players choose'),
      n('b', 'a', 'Valorant', [GC]),
      n('c', 'b', 'Win the 2027 Challengers League'),
      n('d', 'b', 'Review scrim VODs with the players daily', [JR]),
      n('e', 'a', 'League of Legends', [GC]),
      n('f', 'e', 'Win the 2027 LEC Spring Split'),
      n('g', 'e', 'Review scrim VODs with players every day', [JR, CL]),
      n('h', 'a', 'Content', [GC]),
      n('i', 'h', 'Hit 1M YouTube subscribers', [NT]),
      n('j', 'h', 'Post 5 TikToks a week', [NT, JR]),
      n('j2', 'h', 'Set up the match-day Discord bot', [TL]),
      n('k', 'h', 'Reach 1 million YouTube subs', [NT, CL]),
      n('l', 'a', 'Partnerships', [GC]),
      n('m', 'l', 'Make Vanta the org players and fans choose', [CL]),
    ],
    cloneGroups: [
      ['d', 'g'],
      ['i', 'k'],
      ['a', 'm'],
    ],
  },
  {
    name: 'Hale & Morrow 2027',
    domain: 'law-firm',
    nodes: [
      n('a', null, 'Be the firm scale-ups call before their first big contract'),
      n('b', 'a', 'Corporate', [GC]),
      n('c', 'b', 'Revenue per partner £850k', [NT]),
      n('d', 'b', 'Offer fixed-fee packages for standard share purchases'),
      n('e', 'a', 'Employment', [GC]),
      n('f', 'e', 'Revenue per partner of £850k', [NT, CL]),
      n('g', 'e', 'Complete 12 CPD hours', [CO, NT]),
      n('h', 'a', 'Private Client — grow in the South West'),
      n('i', 'h', 'Revenue per partner £700k', [NT, CL]),
      n('j', 'h', 'Complete 12 hours of CPD', [CO, NT, CL]),
      n('k', 'h', 'Win referrals from the wealth managers in Bristol and Exeter'),
      n('l', 'a', 'Business Services', [GC]),
      n('m', 'l', 'Move document management to iManage Cloud', [TL]),
    ],
    cloneGroups: [
      ['c', 'f', 'i'],
      ['g', 'j'],
    ],
  },
  {
    name: 'PulseFit 2027',
    domain: 'gym-chain',
    nodes: [
      n('a', null, "Make PulseFit the gym people don't quit"),
      n('b', 'a', 'Clubs – North', [GC]),
      n('c', 'b', 'Members 40k', [NT]),
      n('d', 'b', 'Wipe down and check cardio kit every shift', [JR]),
      n('e', 'b', 'Make group classes the reason people join'),
      n('f', 'a', 'Clubs – South', [GC]),
      n('g', 'f', 'Members 45k', [NT, CL]),
      n('h', 'f', 'Turn group classes into the reason people join', [CL]),
      n('i', 'f', 'Keep CPR certs current for all PTs', [CO]),
      n('j', 'a', 'Digital', [GC]),
      n('k', 'j', 'Make booking a class as quick as unlocking your phone'),
      n('l', 'j', "Redesign the app's class timetable screen", [TL]),
      n('m', 'j', "Make PulseFit a gym people don't quit", [CL]),
    ],
    cloneGroups: [
      ['c', 'g'],
      ['e', 'h'],
      ['a', 'm'],
    ],
  },
  {
    name: 'Eastside 2027',
    domain: 'food-bank',
    nodes: [
      n('a', null, 'No family in Eastside chooses between heating and eating'),
      n('b', 'a', 'Warehouse', [GC]),
      n('c', 'b', 'Distribute 500 tonnes of food', [NT]),
      n('d', 'b', 'Sort and date-check donations every morning', [JR]),
      n('d2', 'b', 'Repaint the floor markings in the warehouse', [TL]),
      n('e', 'a', 'Client services', [GC]),
      n('f', 'e', 'Make a visit feel like shopping, not charity'),
      n('g', 'e', 'Distribute 500t of food', [NT, CL]),
      n('h', 'e', 'DBS-check all volunteers working with children', [CO]),
      n('i', 'a', 'Fundraising', [GC]),
      n('j', 'i', 'Unrestricted income £150k', [NT]),
      n('k', 'i', 'Hand out 500 tonnes of food', [NT, CL]),
      n('l', 'i', 'Lottery grant application', [TL]),
      n('m', 'i', 'Fundraising: make a visit feel like shopping rather than charity', [CL]),
    ],
    cloneGroups: [
      ['c', 'g', 'k'],
      ['f', 'm'],
    ],
  },
];
