import type { RuleCode } from '../../shared/coach/types';

/**
 * EIGHTEENTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-340 of
 * test/coach/holdout17.ts (its header with the labelling definitions and calls, its types and
 * helpers, and the two comment lines that open its first domain; none of its entries and none of its
 * plans), test/coach/report.ts (whole: the Labelled / LabelledPlan shapes and the harness around
 * them), the output of `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the RuleCode type line, the
 * Fix type and the Finding shape), nothing else of that file, and the brief's list of the domains
 * every earlier set used (/tmp/brief/domains.txt). Besides these it saw only file names (a listing of
 * test/coach/) and tsconfig.json's settings, to type-check this file. Not opened: any other file
 * under shared/coach/, the README, holdout.ts to holdout16.ts, holdout17.ts from line 341 on,
 * corpus.ts, handbook.ts, suite.ts, or anything under test/unit/, test/e2e/ or out/. The only git
 * command run was one `git status --short test/coach/` at the end (file names only). The coach,
 * `cascade lint`, vitest and npm test were never run on these titles. The shapes below copy
 * holdout17's (renamed Holdout18*) and were checked only with `tsc --noEmit` (a throw-away tsconfig
 * outside the repo listing this file and a throw-away file that assigns both exports to Labelled[] and
 * LabelledPlan[]; the compiler loads what those import, but none of it was opened) and with a
 * throw-away counting script kept outside the repo (run with `node --experimental-strip-types`); all
 * three were deleted afterwards.
 *
 * Domains, none of them used by an earlier set (checked against the list in the brief, and kept away
 * from near-duplicates of it: the youth justice service is neither the prison nor the court service,
 * the care regulator is not trading standards, the plasterer is neither a thatcher nor a decorator,
 * the pasta maker is neither a bakery nor a meal kit, the trout farm is neither the fisheries authority
 * nor the seaweed farm, the arts centre is none of the cinema chain, museum or theatre company):
 * youth-justice-service (a metropolitan borough's youth justice team for 10-17s: court orders, an
 * out-of-court panel, victims, reparation), care-regulator (a small nation's regulator of care homes,
 * home-care agencies and childminders), plastering-contractor (25 plasterers in Leeds: new-build
 * contracts, renovations, lime plaster, render), steel-fabricator (a 60-person structural steel
 * fabricator and erector in the Black Country), canoe-builder (five people building cedar-strip and
 * composite open canoes in the Lake District, with a hire fleet and courses), fresh-pasta-maker (a
 * Manchester fresh pasta maker: restaurants, a market stall, a subscription box, a deli),
 * domestic-abuse-service (a Norfolk charity: three refuges, outreach, IDVAs, a helpline, children's
 * workers), community-transport (a rural Devon charity: dial-a-ride, a volunteer car scheme, group
 * hire), credit-union (a Glasgow community credit union: savings, small loans, payroll savings, junior
 * savers), password-manager (a password manager sold to small businesses and families),
 * feature-flag-saas (a developer tool for feature flags and experiments), dialysis-unit (an NHS renal
 * unit with four satellite units, home therapies and transplant work-up), memory-clinic (an NHS memory
 * assessment service: diagnosis, post-diagnostic support, young-onset dementia),
 * rail-freight-terminal (a rail-connected container terminal and warehouse in the East Midlands),
 * air-cargo-handler (a cargo handling agent at a UK regional airport: sheds, screening, pharma, live
 * animals), street-food-hall (a covered street-food hall in Cardiff with fourteen traders and a bar),
 * outdoor-education-centre (a charity's residential outdoor centre in Eryri for school groups),
 * soft-fruit-farm (an Angus strawberry and raspberry grower: polytunnels, seasonal pickers,
 * supermarkets, pick-your-own), trout-farm (a Hampshire trout farm: table fish, restocking fish, a
 * smokehouse, fishing lakes), arts-centre (a community arts centre in Burnley: cinema, gallery,
 * studios, classes, café).
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_18: 500 objectives (25 per domain), 200 sound (expect [], 40.0%), 300 with at least one
 *   label. Per label: number-title 65, task-listing 45, compliance 45, job-requirement 45,
 *   generic-container 45, goal-clone 22, kr-not-measurable 22, no-key-results 22. Eleven entries
 *   carry two labels: number-title + goal-clone (3), number-title + job-requirement (2),
 *   job-requirement + goal-clone (2), generic-container + no-key-results (2), and one each of
 *   task-listing + kr-not-measurable and compliance + kr-not-measurable. 25 entries have `krs: []`:
 *   20 sound titles (no-key-results), 2 containers (also no-key-results), and one task, one
 *   compliance and one duty title (no no-key-results: the definition excludes them). 42 entries carry
 *   a parent, 20 of them sound; 10 carry earlier siblings. Seven sound entries carry explicit KRs
 *   that must not be flagged (a unit and a target, or a quantity in the KR's title).
 * - HOLDOUT_18_PLANS: 10 plans, 150 nodes (15 each), 27 clone groups (23 of two, 4 of three; 31
 *   copies); 29 sound nodes. Per label: generic-container 45, goal-clone 31, number-title 29,
 *   job-requirement 22, compliance 12, task-listing 3. Two labels on 21 nodes: number-title +
 *   goal-clone (11), job-requirement + goal-clone (7), number-title + job-requirement (3).
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout17's definitions (themselves those of every hold-out back to holdout3), copied,
 * by meaning and not by keywords:
 * - number-title: a target quantity in the title (money, %, count, multiplier like double/halve,
 *   a fraction like "by a third", a value after a metric or comparator) or only a metric name.
 *   Versions, years, periods, ranks, ordinals, identifiers/tiers/models, grades, ages and
 *   thresholds that set a scope, compound modifiers, horizons and fixed scopes are not.
 * - generic-container: a bucket of goals, or only a scope/role/team with no direction.
 * - task-listing: an activity or internal deliverable without a change in the world.
 * - job-requirement: a standing duty of the role (upkeep, routine, queues).
 * - compliance: mandatory training, policy sign-offs, audits, inspections, certifications,
 *   licences and registrations kept or renewed. Only the first of compliance > job-requirement >
 *   task-listing is expected.
 * - goal-clone: repeats the parent or an earlier sibling (or, in plans, any earlier node) word for
 *   word or nearly (synonyms, reordering, a different owner or team prefix, different numbers or
 *   scope under the same metric).
 * - kr-not-measurable: a KR with no quantity in its title whose numbers are empty (0,0,0) or the
 *   untouched default (0 -> 100, current 0, no unit).
 * - no-key-results: `krs: []`, unless the title is compliance/job-requirement/task-listing.
 *
 * `krs` omitted: the harness attaches one well-formed KR. `krs: []`: really none.
 * Plan nodes carry no KRs of their own; their labels cover title rules and goal-clone only. Plan
 * nodes are listed in tree order, and each clone group's original comes first both depth-first and
 * breadth-first (checked by the throw-away script); only the copies carry goal-clone.
 *
 * Calls made where the definitions leave room (holdout17's calls, as its header states them, were
 * followed; this set's own, for its titles):
 * - Frequencies and limits: "Wash down the mixers and sweep out the vans twice a week", "Walk-round
 *   check on each minibus twice a day", and in plans "Wash the mixers and sweep the vans out twice
 *   weekly", "Contact every victim within 5 working days of an order being made" and "Break down
 *   inbound ULDs within 4 hours of arrival" are number-title + job-requirement. Bare period words
 *   leave a duty with job-requirement alone ("every Friday", "weekly", "each quarter", "each
 *   evening", "each morning", "each month", "on Wednesdays", "at dawn and dusk", "9 to 5 on
 *   weekdays", "Monday to Friday", "on the 1st of the month", "between sittings", "after each
 *   session"). "(yearly, Trust mandatory)" and "Annual ..." leave compliance alone.
 * - Numbers that are not targets: ages and thresholds ("a mistake at 14", "10-17 year olds" inside a
 *   rate, "a son over 12", "a 90-year-old", "seventy-somethings", "people in their fifties", "drivers
 *   under 60" (plan), "5-seat teams"); prices and specs describing a product ("a £3k boat", "16-hour
 *   outdoor course", "class 2 fruit", "Level 2" certificates, the "5" hygiene rating);
 *   versions, models and identifiers ("ChildView 4", "Inspect 3", "Dynamics 2016", "Tekla 2026",
 *   "Kestrel 15", "Orderly 2", "Modus 5", "version 2.0", "Postgres 13 to 16", "Safari 18", "Go SDK
 *   v3", "Swift SDK v4", "Vital Data 6", "ACE-III", "Navis N4", "CargoSpot 9", "HarvestEye 3",
 *   "ISO 9606", "ISO 23500", "ISO 27001", "EN 1090", "SOC 2 Type II", "Execution Class 4", "Section
 *   19", "screen 2"); years and periods ("the 2025 price rise", "in 2024", "on 2026", "2027-30",
 *   "Q3"); ordinals ("the third police call-out", "a second builder", "a second daily train", "their
 *   first year", "their first job", "the 1st of the month"); times of day ("at 3am", "until 10pm");
 *   "one" as an article ("one plan", "one named person", "one price", "one shared till", "one
 *   winter"); horizons ("in their first 90 days", "in the year after diagnosis", "within the hour",
 *   "three months later" as today's problem).
 * - Targets: counts, sums and values after a metric or comparator ("Turnover £2.4m", "Tonnage
 *   fabricated: 3,200 t", "Order book at 14 weeks of work", "Subscribers from 600 to 1,500", "Refuge
 *   occupancy 92%", "ARR $4M", "p99 flag evaluation latency under 20ms", "Dementia diagnosis rate
 *   66.7%", "Dwell time down to 36 hours", "Picking cost per kilo down to £1.40"); fractions and
 *   multipliers ("Custody numbers down a third", "Grow membership by half"); "within 25 working days",
 *   "within 60 seconds", "within 6 months" and "within 30 minutes" define the measure whose % is the
 *   target.
 * - Only a metric name is number-title: "Reoffending rate (binary measure, 12-month cohort)",
 *   "Average days to register a new service", "Gross margin on new-build contracts", "Weld repair
 *   rate", "Average build hours per canoe", "Waste as % of production", "Outreach caseload per
 *   worker", "Cost per passenger trip", "Members under 30", "Net revenue retention", "Monthly active
 *   seats", "Dialysis sessions started on time", "Median weeks from referral to diagnosis", "Crane
 *   moves per hour", "Cost per tonne handled", "Average spend per head", "Instructor-to-student
 *   ratio", "Class 1 pack-out rate", "FCR on the table fish", "Earned income as a share of turnover".
 *   Direction without a quantity is sound ("Cut how long customers wait ...", "Fewer trips cancelled
 *   ..." (its bare KR gives kr-not-measurable only): "more", "fewer" and "cut" are not numbers).
 * - Containers: roles ("Head of Youth Justice", "Director of Regulation", "Contracts Manager",
 *   "Production Director", "Head of Services", "Operations Manager", "Chief Executive", "VP Growth",
 *   "Head of Engineering", "Renal Matron", "Consultant Psychiatrist", "Terminal Manager", "Station
 *   Manager", "General Manager", "Head of Centre", "Growing Manager", "Head of Production", "Artistic
 *   Director"), teams, lines and places ("Out of court disposals", "Childcare & play", "New build",
 *   "Site erection team", "Workshop", "Hire & courses", "Wholesale", "Market stall & deli",
 *   "Children & young people", "Refuges", "Car scheme", "Lending", "Platform", "SDK team", "Satellite
 *   units", "Post-diagnostic support", "Warehouse", "Import shed", "Events", "Water sports", "Kitchen &
 *   housekeeping", "Packhouse", "Smokehouse", "Fishing lakes", "Learning & participation", and in
 *   plans "Security & screening", "Mansfield", "Newark", "Kirkton farm") and every plan root (a
 *   bucket with a period) are generic-container only. "Branches" and "Bar" with `krs: []` also carry
 *   no-key-results.
 * - Compliance: inspections, audits and certifications the organisation undergoes ("HMIP inspection
 *   ...", "Cyber Essentials Plus certificate renewed", "Annual accounts laid with a clean opinion
 *   from the Auditor General", "CHAS accreditation renewed", "EN 1090 factory production control audit
 *   passed", "LOLER thorough examination ..." (`krs: []`, compliance only), "Recreational craft
 *   conformity paperwork kept for every boat we sell", "Dust extraction (LEV) examined and
 *   certified", "Food hygiene inspection — keep the 5 rating", "Leading Lights accreditation renewed",
 *   "Section 19 permits renewed", "DBS checks in date for every volunteer driver", "Annual regulatory
 *   return to the PRA submitted", "SOC 2 Type II audit passed", "ISO 27001 surveillance audit",
 *   "Dialysis water quality meets ISO 23500", "CQC inspection of the satellite units", "MSNAP
 *   accreditation renewed", "Information governance training for the whole team" (with a bare KR:
 *   also kr-not-measurable), "ORR inspection of the rail siding", "Regulated Agent status renewed",
 *   "IATA CEIV Pharma certification kept", "Fire risk assessment for the hall updated", "AALA licence
 *   inspection", "Gangmasters licence (GLAA) renewed", "GLOBALG.A.P. audit passed", "Fish Health
 *   Inspectorate inspection", "Abstraction licence renewed", "PAT testing of the studio equipment"),
 *   and mandatory or required training ("Annual safeguarding refresher", "Deprivation of Liberty
 *   Safeguards e-learning", "Asbestos awareness training ... before the school job", "Level 2 food
 *   safety certificates", "Safer recruitment training", "Anti-money-laundering training", "GDPR
 *   training for the support team", "Dangerous goods recurrent training", "Allergen training signed
 *   off", "First aid requalification").
 * - Duty rather than compliance: the regulator's own triage, and the business's own
 *   routine checks, are job-requirement ("Log and triage each notification providers send in",
 *   "Check every delivery of steel against the mill certs", "Do the weekly toolbox talks",
 *   "Walk-round check on every minibus before it leaves the yard" (plan), "Check seals and damage on
 *   each container at the gate", "Check and log the ropes and harnesses after each session", "Record
 *   the sprays in the spray log", "Complete an AssetPlus assessment ...", "Complete a DASH risk
 *   assessment with each new referral"). Queues and routine without "keep"/"maintain": "Answer the
 *   enquiries that come in over Instagram", "Respond to bug bounty reports", "Triage GitHub issues
 *   ...", "Cover the on-call rota ...", "Process the loan applications ...", "Book CT scans for new
 *   referrals", "Programme the cinema each week", "Match volunteer drivers to each day's car scheme
 *   bookings" (`krs: []`, job-requirement only).
 * - Tasks: events and deliverables as noun phrases ("Knife crime workshop tour ...", "Launch event
 *   for the new inspection framework", "New timber drying shed" (with a bare KR: also
 *   kr-not-measurable), "New paint booth extension", "Pop-up at the Makers Market", "Christmas appeal
 *   mailing", "Docs site redesign", "Renal patient conference", "Summer exhibition hang", "New
 *   projector for screen 2", "New recliner chairs for the Newark bays" (plan)); one-off jobs, moves
 *   and swaps without an effect ("Write the new Youth Justice Plan", "Move the team from Crossley
 *   House into the Civic Centre annexe", "Migrate the registration portal off the old Dynamics 2016
 *   instance", "Buy a second spray plastering machine", "Replace the old Peddinghaus beam line",
 *   "Migrate the vault service from Postgres 13 to 16", "Replace the 2012 reverse osmosis plant",
 *   "Redecorate the family rooms", "Dig out the silt lagoon" (`krs: []`, task only), "Write the NPO
 *   application for 2027-30"). With an effect they are sound ("Move case records onto ChildView 4 so
 *   the police, CAMHS and social care all work from one plan", "Ship passkey support so customers can
 *   stop relying on passwords", "Move flag evaluation to the edge so checks stop adding latency",
 *   "Move the Newark satellite into the new community hub so patients stop travelling to Lincoln",
 *   "Run a Welsh producers' night so locals see their own food on the menu", "Publish our third-party
 *   pentest results so buyers can judge our security", "Open the foyer as a warm space ...").
 * - Sound despite a trap word: a hire in every domain, several naming compliance, SOC 2, coded
 *   welders' tickets, an IWE certification, the PRA or dangerous goods to open a market or keep
 *   people ("Hire a compliance officer from a building society so the PRA stops treating us as a
 *   risk", "Hire a security compliance lead so we can sell to firms that need SOC 2", "Hire a welding
 *   coordinator (IWE) so we can get certified to Execution Class 4 and bid for footbridges", "Hire a
 *   dangerous goods trainer in-house ..."); "review" and "audit" with an effect ("Review how we
 *   register home-care agencies so good providers open up ...", "Audit why so many new providers
 *   give up halfway through registration, and fix whatever puts them off", "Review the allergen
 *   labelling with our EHO so we can sell into school kitchens", "Review the audit log feature with
 *   our fintech customers so it answers what their auditors actually ask", "Review screening with
 *   the DfT ...", "Rewrite inspection reports so a family ... can make sense of one"); training with
 *   an effect ("paid Mountain Leader training" to stop instructors leaving); "keep" of an outcome
 *   ("Keep the hall full on Sunday evenings ...", "Keep the fish healthy through hot summers ...").
 * - Copies in entries (22): the parent's goal with a team or owner prefix and synonyms or reordering
 *   (twelve, e.g. "ETE team – get kids who have offended into school, training or a job", "Tom — build
 *   canoes people pass down to their children", "Exports — treat each shipment like it was our
 *   own"); an earlier sibling repeated with synonyms or reordering (five, e.g. "More repeat work and
 *   word-of-mouth referrals from homeowners", "Keep artists living and working in Burnley rather than
 *   leaving for the city"); the same metric with another number and scope, keeping number-title
 *   (three: "Restaurants in Stockport & Salford — kilos sold: 9,000", "Paying customers (EU region):
 *   400", "Raspberries per ha at the Kirkton block — 11 tonnes"); an earlier sibling's duty reworded,
 *   keeping job-requirement (two: "Follow up move-on housing applications ...", "Follow up the
 *   hauliers who miss their booked slot"). In plans: the North Star repeated by a team or a site
 *   (ten groups, three of them of three); cousins' duties reworded, keeping job-requirement (seven
 *   groups); the same metric with another number or scope,
 *   keeping number-title, as cousins or under the same container (reoffending on orders and after a
 *   community resolution, turnover from new build and from
 *   renovation, kilos to restaurants and through the stall, trips by dial-a-ride and by car, the loan
 *   book and the branch's, ARR and EU ARR, sessions started on time at three units, tonnes exported
 *   and imported, bed nights and term-time bed nights, strawberries from two farms; ten groups).
 * - Not copies: sharper children under their parent (20 sound entries carry a parent, e.g. "Put a
 *   youth worker in A&E on Friday and Saturday nights ...", "Offer conservative care honestly to
 *   frail older patients ..."); in plans, a new metric or a new lever on the same theme (callbacks
 *   beside turnover, "Waste under 4% of production" beside kilos sold, "Class 1 pack-out 92%" beside
 *   the tonnages, "Stop renovation callbacks for cracking ..." beside the new-build callbacks,
 *   "Junior savers in the primary schools: 2,500" beside the loan books) and containers differing
 *   only in scope ("Mansfield" / "Newark", "Kirkton farm" / "Balgay farm", "Exports" / "Imports").
 * - kr-not-measurable follows the definition literally: flagged when any KR is bare, even beside a
 *   good one (placeholder or empty KRs with no quantity in their titles, on twenty outcome titles, on
 *   a task and on a compliance title). Not flagged: untouched default KRs whose titles carry a
 *   quantity ("Families who found the report readable on a phone: 75%", "Vaults with a passkey set
 *   up: 30%", "Bookers we can email again: 60%"), and KRs with a unit and a target ("Drivers still
 *   active a year after joining", drivers 30 -> 55; "Fruit binned for soft spots", % 6 -> 2).
 * - Plans reuse entries' wording: plans and entries are scored apart.
 * - Spelling and voice: British and American spellings sit side by side ("colours", "programme",
 *   "licence" beside "accounting firms", "prioritize", "folks"); shorthand ("pts" for
 *   patients, "Fri", "PMs", "prod", "&"); typos kept as written ("there owners", "residancy",
 *   "actualy", "whats"); owners' names ("Tom —", "Sinéad:", "Craig checks", "with Dean", "with Priya",
 *   "ring Gwen", "Giulia", "Marco"), a wiki path and a Confluence link are part of some titles, as
 *   people write them. None changes a label; "#1" in a sound title is a rank.
 */

export type Holdout18Domain =
  | 'youth-justice-service'
  | 'care-regulator'
  | 'plastering-contractor'
  | 'steel-fabricator'
  | 'canoe-builder'
  | 'fresh-pasta-maker'
  | 'domestic-abuse-service'
  | 'community-transport'
  | 'credit-union'
  | 'password-manager'
  | 'feature-flag-saas'
  | 'dialysis-unit'
  | 'memory-clinic'
  | 'rail-freight-terminal'
  | 'air-cargo-handler'
  | 'street-food-hall'
  | 'outdoor-education-centre'
  | 'soft-fruit-farm'
  | 'trout-farm'
  | 'arts-centre';

export interface Holdout18Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout18Entry {
  title: string;
  domain: Holdout18Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout18Kr[];
}

export interface Holdout18Plan {
  name: string;
  domain: Holdout18Domain;
  /** In tree order; each clone group's original comes first depth-first and breadth-first. */
  nodes: { key: string; parentKey: string | null; title: string; expect: RuleCode[] }[];
  /** Original first, then its copies. */
  cloneGroups: string[][];
}

type Extra = Pick<Holdout18Entry, 'parent' | 'siblings' | 'krs'>;

const at =
  (domain: Holdout18Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout18Entry => ({ title, domain, expect, ...extra });

/** A KR as the app leaves it when nobody fills it in: 0 -> 100, nothing recorded, no unit. */
const placeholder = (title: string): Holdout18Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with no numbers at all. */
const empty = (title: string): Holdout18Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout18Kr => ({
  title,
  unit,
  start,
  target,
  current,
});

const N: RuleCode = 'number-title';
const T: RuleCode = 'task-listing';
const C: RuleCode = 'compliance';
const J: RuleCode = 'job-requirement';
const G: RuleCode = 'generic-container';
const K: RuleCode = 'goal-clone';
const M: RuleCode = 'kr-not-measurable';
const X: RuleCode = 'no-key-results';

// ---------------------------------------------------------------------------------------------
// youth-justice-service: Calderbrook Youth Justice Service, a metropolitan borough's team for
// children aged 10-17 in trouble with the law (court orders, out-of-court panel, victims, reparation).
const yj = at('youth-justice-service');
const YOUTH_JUSTICE: Holdout18Entry[] = [
  yj("Deal with first offences outside court wherever it's safe, so a mistake at 14 doesn't follow a child into every job application"),
  yj('Give each child leaving custody somewhere to live and a school or college place on the day they walk out'),
  yj('Make reparation something victims can actually see the point of, not litter-picking nobody asked for', [], {
    krs: [kr('Victims who say the reparation meant something to them', '%', 20, 60, 31)],
  }),
  yj("Hire a speech & language therapist, because most of the lads we see have communication needs nobody's ever assessed"),
  yj('Review how we write pre-sentence reports with the magistrates so sentences fit what the child can realistically do'),
  yj('Close the gap in how long Black children spend on remand compared with white children charged with the same offences'),
  yj('Move case records onto ChildView 4 so the police, CAMHS and social care all work from one plan'),
  yj('Turn the Saturday reparation crew into a route to a CSCS card and paid work on site'),
  yj('Put a youth worker in A&E on Friday and Saturday nights to reach kids who have been stabbed before anyone retaliates', [], {
    parent: 'Fewer Calderbrook children drawn into exploitation and county lines',
  }),
  yj('Make the out-of-court panel something parents understand before they walk in, not after (wiki/yjs/panel-redesign)'),
  yj('Earn the trust of the Roma families on the east side so they come to us before the police do', [X], { krs: [] }),
  yj("Stop kids breaching their orders because they couldn't afford the bus to appointments", [M], {
    krs: [placeholder('Breaches put down to travel'), kr('Children given a travel pass at their first appointment', '%', 10, 90, 35)],
  }),
  yj('Bring first-time entrants down to 180 per 100,000 10-17 year olds', [N]),
  yj('Reoffending rate (binary measure, 12-month cohort)', [N]),
  yj('Custody numbers down a third on last year', [N]),
  yj('Knife crime workshop tour of the secondary schools, spring term', [T]),
  yj('Write the new Youth Justice Plan for the partnership board', [T]),
  yj('Move the team from Crossley House into the Civic Centre annexe', [T]),
  yj('Annual safeguarding refresher done by every case manager', [C]),
  yj('HMIP inspection — self-assessment submitted and the fieldwork week covered', [C]),
  yj('Complete an AssetPlus assessment for each child within the national timescales', [J]),
  yj('See children on court orders as often as their risk level says', [J]),
  yj('Head of Youth Justice', [G]),
  yj('Out of court disposals', [G]),
  yj('ETE team – get kids who have offended into school, training or a job', [K], {
    parent: 'Help children who have offended into education, training or employment',
  }),
];

// ---------------------------------------------------------------------------------------------
// care-regulator: the Brenmoor Care Commission, a small nation's regulator of care homes,
// home-care agencies and childminders (registration, inspection, enforcement, ratings).
const cr = at('care-regulator');
const CARE_REGULATOR: Holdout18Entry[] = [
  cr('Rewrite inspection reports so a family choosing a care home can make sense of one on their phone', [], {
    krs: [placeholder('Families who found the report readable on a phone: 75%')],
  }),
  cr('Act faster where residents are at risk, instead of waiting for the next scheduled visit'),
  cr('Hire a data analyst so we spot failing homes from their notifications before an inspector sets foot inside'),
  cr('Review how we register home-care agencies so good providers open up in the valleys that have none'),
  cr('Get childminders to see registration as help to start up rather than a hurdle'),
  cr('Make our ratings mean the same thing in Porthgwyn as they do in the capital'),
  cr('Audit why so many new providers give up halfway through registration, and fix whatever puts them off'),
  cr('Bring people with learning disabilities into our inspections as experts by experience', [], {
    parent: 'Make sure people who use care shape how we regulate it',
  }),
  cr('Move to Inspect 3 so inspectors write up on site and reports go out while they still matter'),
  cr("Help struggling homes recover before we move to cancel their registration, so residents aren't uprooted"),
  cr('Make it normal for care workers to blow the whistle on bad practice without fearing for their job', [X], { krs: [] }),
  cr('Close the gap between what our ratings say and what families find when they visit', [M], {
    krs: [placeholder('Families who say the rating matched what they saw'), empty('Complaints about a rating')],
  }),
  cr('Inspection reports out within 25 working days: 90%', [N]),
  cr('Average days to register a new service', [N]),
  cr('Cut the registration backlog to under 40 applications', [N]),
  cr('Launch event for the new inspection framework at the Pierhead', [T]),
  cr('Migrate the registration portal off the old Dynamics 2016 instance', [T]),
  cr('Cyber Essentials Plus certificate renewed', [C]),
  cr('Every inspector through the refreshed Deprivation of Liberty Safeguards e-learning', [C]),
  cr('Annual accounts laid with a clean opinion from the Auditor General', [C]),
  cr('Answer provider queries on the registration helpline', [J]),
  cr('Log and triage each notification providers send in (deaths, serious injuries, DoLS)', [J]),
  cr('Director of Regulation', [G]),
  cr('Childcare & play', [G]),
  cr('Engagement team: make sure people receiving care can tell us what it is really like, and that it changes how we work', [K], {
    parent: 'Make sure people who use care can tell us what it is like, and that it changes what we do',
  }),
];

// ---------------------------------------------------------------------------------------------
// plastering-contractor: Aire Valley Plastering, 25 plasterers in Leeds (new-build contracts,
// renovations, lime plaster on old stone houses, external render).
const pl = at('plastering-contractor');
const PLASTERING: Holdout18Entry[] = [
  pl('Become the firm Leeds architects ring for lime plaster on old stone houses'),
  pl('Get out of the race to the bottom on new-build price work and into renovation clients who come back'),
  pl('Bring our apprentices through to fully qualified instead of losing them to the big housebuilders'),
  pl('Stop callbacks for cracking on fresh plaster by getting drying times right before we skim'),
  pl('Hire an estimator who knows heritage work so our quotes for listed buildings stop being guesses'),
  pl('Win the Harrogate Victorian-terrace market off the back of the Otley Road job'),
  pl("Make the lads' days shorter by sorting materials before they get to site, not after they arrive"),
  pl("Review our pricing on render jobs with Dean so we stop losing money on scaffolding we don't control"),
  pl('Switch the external render jobs to a breathable lime system so walls stop blowing after the first hard frost', [], {
    parent: 'Be known for plaster that lasts',
  }),
  pl('Get paid on time by main contractors without falling out with them'),
  pl('Be the plasterers site managers want back on their next job', [X], { krs: [] }),
  pl("Cut the mess we leave in people's homes on renovation jobs", [M], {
    krs: [placeholder('Customer comments about mess'), kr('Renovation jobs with dust sheets and a final hoover', '%', 40, 100, 70)],
  }),
  pl('Turnover £2.4m', [N]),
  pl('Gross margin on new-build contracts', [N]),
  pl('Callback rate under 3% of jobs', [N]),
  pl('Wash down the mixers and sweep out the vans twice a week (Craig checks)', [N, J]),
  pl('Buy a second spray plastering machine', [T]),
  pl('New website with photos of the lime work', [T]),
  pl('Asbestos awareness training for all the plasterers before the school job', [C]),
  pl('CHAS accreditation renewed', [C]),
  pl("Order the week's materials every Friday", [J]),
  pl('Fill in the daily site diary and send it to the office', [J]),
  pl('Contracts Manager', [G]),
  pl('New build', [G]),
  pl('More repeat work and word-of-mouth referrals from homeowners', [K], {
    parent: 'Rely less on the housebuilders',
    siblings: ['Get more of our work from homeowners who come back or send their friends'],
  }),
];

// ---------------------------------------------------------------------------------------------
// steel-fabricator: Tipton Structural, 60 people in the Black Country making structural steel for
// warehouses, schools and mezzanines, and erecting it.
const sf = at('steel-fabricator');
const STEEL: Holdout18Entry[] = [
  sf('Hire a welding coordinator (IWE) so we can get certified to Execution Class 4 and bid for footbridges'),
  sf("Win the mezzanine floors the big fabricators won't touch because they're too small for them"),
  sf('Get drawings approved first time by designing the connections with the engineer, not after'),
  sf('Bring shot-blasting and painting in-house so we stop waiting on the coaters'),
  sf('Make the yard somewhere a school leaver would actualy want to learn to weld'),
  sf('Review the nesting software with Priya so offcuts get used instead of going in the scrap skip'),
  sf('Move to Tekla 2026 so the detailers and the shop floor work from the same model'),
  sf('Erect more of our own steel with our own MEWPs and telehandler and stop paying for crane hire we barely use'),
  sf('Get onto the Black Country schools framework by showing we finish on programme in the summer holidays', [], {
    parent: 'Be the steel contractor school frameworks trust',
  }),
  sf('Stop losing welders to the agencies by paying for their coded tickets and letting them choose their shifts'),
  sf('Turn our quiet January into stock work for the builders merchants', [X], { krs: [] }),
  sf('Know what each job really cost before the invoice goes out, not three months later', [M], {
    krs: [empty('Jobs costed at handover')],
  }),
  sf('Tonnage fabricated: 3,200 t', [N]),
  sf('Weld repair rate', [N]),
  sf('Order book at 14 weeks of work', [N]),
  sf('New paint booth extension', [T]),
  sf('Replace the old Peddinghaus beam line', [T]),
  sf('EN 1090 factory production control audit passed', [C]),
  sf('Welder qualification tests renewed to ISO 9606 for all coded welders', [C]),
  sf('LOLER thorough examination of the overhead cranes', [C], { krs: [] }),
  sf('Check every delivery of steel against the mill certs before it goes in the rack', [J]),
  sf('Do the weekly toolbox talks', [J]),
  sf('Production Director', [G]),
  sf('Site erection team', [G]),
  sf('Erection crews — complete jobs on programme so main contractors keep coming back', [K], {
    parent: 'Finish every job on programme so main contractors keep coming back',
  }),
];

// ---------------------------------------------------------------------------------------------
// canoe-builder: Ullswater Canoe Co., five people building cedar-strip and composite open canoes in
// the Lake District; direct sales, a hire fleet and build-your-own courses.
const cb = at('canoe-builder');
const CANOES: Holdout18Entry[] = [
  cb('Get paddlers in Germany and the Netherlands buying direct from us rather than through a dealer'),
  cb('Make the build-your-own-canoe weeks something people give as a once-in-a-lifetime present'),
  cb('Cut how long customers wait for a cedar-strip canoe without cutting corners on the varnish'),
  cb('Move from epoxy to a bio-based resin so our boats are as green as people already assume they are'),
  cb('Hire a second builder so the workshop keeps going while Tom is out teaching courses'),
  cb('Sell the Kestrel 15 to paddling clubs as a tough, repairable club boat'),
  cb('Stop the hire fleet losing money over winter by renting it to outdoor centres'),
  cb('Get repairs back to there owners before the spring paddling season, not halfway through it'),
  cb('Offer a lifetime re-varnish and repair service so old boats come home to us, not to a skip', [], {
    parent: 'Be the canoe maker people trust for life',
  }),
  cb('Take the risk out of buying a £3k boat online with a proper try-before-you-buy on the lake'),
  cb('Be the first name people think of for an open canoe in the north of England', [X], { krs: [] }),
  cb('Get more hire customers to come back and buy their own boat from us', [M], { krs: [placeholder('Hirers who buy')] }),
  cb('New timber drying shed', [T, M], { krs: [empty('Shed finished')] }),
  cb('Boats sold: 140', [N]),
  cb('Average build hours per canoe', [N]),
  cb('Course bookings up 25%', [N]),
  cb('Stand at the Paddle Show in Birmingham, February', [T]),
  cb('Reprint the catalogue with the new colours', [T]),
  cb('Recreational craft conformity paperwork kept for every boat we sell', [C]),
  cb('Dust extraction (LEV) examined and certified', [C]),
  cb('Answer the enquiries that come in over Instagram', [J]),
  cb('Sharpen and set the planes and chisels on a Friday', [J]),
  cb('Workshop', [G]),
  cb('Hire & courses', [G]),
  cb('Tom — build canoes people pass down to their children', [K], {
    parent: 'Make our canoes the ones people hand down to their kids',
  }),
];

// ---------------------------------------------------------------------------------------------
// fresh-pasta-maker: Sfoglia, a fresh pasta maker in Manchester supplying restaurants, with a
// Saturday market stall, a subscription box and a deli in Chorlton.
const fp = at('fresh-pasta-maker');
const PASTA: Holdout18Entry[] = [
  fp('Get the restaurants ordering our filled pasta, not just the plain tagliatelle'),
  fp('Make the subscription box something people keep past the honeymoon weeks'),
  fp('Extend shelf life without preservatives so we can sell into farm shops outside Manchester'),
  fp('Stop binning unsold ravioli on Saturday nights by freezing it for the deli'),
  fp('Hire a night-shift lead so the kitchen runs without Giulia having to be there at 3am'),
  fp('Win back the restaurants we lost over the 2025 price rise'),
  fp('Review the allergen labelling with our EHO so we can sell into school kitchens'),
  fp('Move ordering onto the Orderly 2 app so chefs stop texting Marco at midnight'),
  fp('Make a gluten-free pappardelle good enough that chefs put it on the main menu', [], {
    parent: "Be the pasta Manchester chefs wouldn't swap",
  }),
  fp('Get the Chorlton deli paying its own way without leaning on wholesale'),
  fp('Make fresh pasta an everyday dinner in Manchester, not a Saturday treat', [X], { krs: [] }),
  fp('Cut the time our cooks lose to rolling by hand', [M], { krs: [placeholder('Hand-rolling reduced')] }),
  fp('Wholesale revenue £900k', [N]),
  fp('Waste as % of production', [N]),
  fp('Subscribers from 600 to 1,500', [N]),
  fp('Restaurants in Stockport & Salford — kilos sold: 9,000', [N, K], {
    parent: 'Grow wholesale',
    siblings: ['Kilos of pasta sold to restaurants: 38,000'],
  }),
  fp('Get a bronze-die extruder in from Italy', [T]),
  fp('Pop-up at the Makers Market in Altrincham, December', [T]),
  fp('Food hygiene inspection — keep the 5 rating', [C]),
  fp('Level 2 food safety certificates for all new kitchen staff', [C]),
  fp('Deep clean the laminator and cutters at the end of every shift', [J]),
  fp('Pack and label the subscription boxes on Wednesdays', [J]),
  fp('Wholesale', [G]),
  fp('Market stall & deli', [G]),
  fp('Be the fresh pasta maker every Manchester chef depends on', [K], {
    parent: "Make pasta Manchester restaurants can't do without",
    siblings: ['Become the fresh pasta supplier chefs across Manchester rely on'],
  }),
];

// ---------------------------------------------------------------------------------------------
// domestic-abuse-service: Brightwell, a Norfolk domestic abuse charity (three refuges, outreach,
// IDVAs, a helpline and children's workers).
const da = at('domestic-abuse-service');
const DOMESTIC_ABUSE: Holdout18Entry[] = [
  da('Get women in rural Norfolk to us before the crisis, not after the third police call-out'),
  da('Make sure nobody is turned away from refuge because she has a son over 12'),
  da('Hire an IDVA who speaks Portuguese and Lithuanian so migrant women in the packing towns can reach us'),
  da('Help women leaving refuge keep their new tenancy instead of ending up back where they started'),
  da('Work with GP surgeries so a disclosure in a consultation reaches us the same day'),
  da("Give children in refuge their own worker so their recovery isn't an afterthought to their mum's"),
  da('Review our risk assessment with the police so MARAC picks up coercive control, not just violence'),
  da('Move case notes to Modus 5 so outreach workers can record safely away from the office'),
  da('Set up peer mentoring so women who have left refuge walk alongside those just arriving', [], {
    parent: 'Support survivors to rebuild lives free from abuse',
  }),
  da('Get employers in Norwich to treat domestic abuse as a workplace issue and give staff safe leave'),
  da('Make the helpline somewhere men experiencing abuse feel they can call too', [X], { krs: [] }),
  da('Reduce repeat referrals by staying alongside women for longer after the crisis', [M], {
    krs: [placeholder('Repeat referrals'), empty('Women offered follow-up')],
  }),
  da('Refuge occupancy 92%', [N]),
  da('Helpline calls answered within 60 seconds: 85%', [N]),
  da('Outreach caseload per worker', [N]),
  da('Christmas appeal mailing to past donors', [T]),
  da('Redecorate the family rooms at the Thorpe refuge', [T]),
  da('Safer recruitment training for every manager who sits on an interview panel', [C]),
  da('Leading Lights accreditation renewed with SafeLives', [C]),
  da('Staff the helpline 9 to 5 on weekdays', [J]),
  da('Complete a DASH risk assessment with each new referral', [J]),
  da('Follow up move-on housing applications for women ready to leave refuge', [J, K], {
    parent: 'Refuge team',
    siblings: ['Chase the housing applications for women who are ready to move on'],
  }),
  da('Head of Services', [G]),
  da('Children & young people', [G]),
  da('Refuges', [G]),
];

// ---------------------------------------------------------------------------------------------
// community-transport: Taw & Torridge Community Transport, a rural Devon charity (dial-a-ride
// minibuses, a volunteer car scheme, group hire, a hospital shuttle).
const ct = at('community-transport');
const COMMUNITY_TRANSPORT: Holdout18Entry[] = [
  ct('Get people in villages with no bus to hospital without relying on family'),
  ct('Recruit younger volunteer drivers so the car scheme survives our seventy-somethings retiring'),
  ct('Cut what we spend on diesel by moving the town runs to electric minibuses charged at the village halls'),
  ct('Make booking a ride as easy for a 90-year-old on a landline as for her grandson on an app'),
  ct("Win the council's SEND home-to-school transport in North Devon so the minibuses earn during the day"),
  ct("Review fares with the trustees so nobody misses a hospital appointment because they can't pay"),
  ct('Hire a volunteer coordinator so drivers feel thanked and stay with us', [], {
    krs: [kr('Drivers still active a year after joining', 'drivers', 30, 55, 38)],
  }),
  ct('Turn the market-day shopper bus into a way for isolated people to meet each other'),
  ct('Get GP surgeries booking our cars for pts straight from reception', [], {
    parent: 'Nobody in Torridge stuck at home for want of a lift',
  }),
  ct('Get the group-hire minibuses out earning at weekends instead of sitting in the Bideford yard'),
  ct('Make community transport what people think of before they hand in their car keys', [X], { krs: [] }),
  ct('Fewer trips cancelled because a driver pulled out at the last minute', [M], {
    krs: [placeholder('Trips cancelled for want of a driver')],
  }),
  ct('Passenger trips: 38,000', [N]),
  ct('Cost per passenger trip', [N]),
  ct('Volunteer drivers up from 45 to 70', [N]),
  ct('Walk-round check on each minibus twice a day', [N, J]),
  ct('Open day at the depot with rides for the councillors', [T]),
  ct('Print the new timetable leaflets for the libraries', [T]),
  ct('Section 19 permits renewed for all the minibuses', [C]),
  ct('DBS checks in date for every volunteer driver', [C]),
  ct('Take bookings on the phone line Monday to Friday', [J]),
  ct("Match volunteer drivers to each day's car scheme bookings", [J], { krs: [] }),
  ct('Operations Manager', [G]),
  ct('Car scheme', [G]),
  ct('Dial-a-ride — keeping country people connected to health care, shops and one another', [K], {
    parent: 'Keep rural people connected to health, shops and each other',
  }),
];

// ---------------------------------------------------------------------------------------------
// credit-union: Clydeside Community Credit Union, Glasgow (savings, small loans instead of
// doorstep lenders, payroll savings through employers, junior savers in schools).
const cu = at('credit-union');
const CREDIT_UNION: Holdout18Entry[] = [
  cu('Be the first place people in Govan think of, instead of a doorstep lender, when the boiler breaks'),
  cu('Get more of the big Glasgow employers offering payroll savings to their staff'),
  cu("Make loan decisions the same day so people don't walk out and into a payday lender"),
  cu('Turn junior savers in the primary schools into members who stay with us as adults'),
  cu('Hire a compliance officer from a building society so the PRA stops treating us as a risk'),
  cu('Review the loan criteria with the board so people on Universal Credit are not refused by default'),
  cu('Move members onto version 2.0 of the app so they can check savings without coming into a branch'),
  cu('Grow savings enough that we lend from our own members and stop borrowing from the association'),
  cu('Partner with the housing associations so tenants in arrears get offered a consolidation loan before eviction proceedings', [], {
    parent: 'Keep Glasgow households out of high-cost debt',
  }),
  cu('Stop losing young members once they open a bank account with their first job'),
  cu('Make saving a habit for families who have never had anything put by', [X], { krs: [] }),
  cu('Get members using us for everything, not just the Christmas loan', [M], {
    krs: [placeholder('Members using savings and loans')],
  }),
  cu('Loan book £6.5m', [N]),
  cu('Bad debt write-offs below 3% of lending', [N]),
  cu('Members under 30', [N]),
  cu('Stand at the Govan Fair, June', [T]),
  cu('Refit the Partick branch counter', [T]),
  cu('Anti-money-laundering training completed by every member of staff and volunteer', [C]),
  cu('Annual regulatory return to the PRA submitted', [C]),
  cu('Process the loan applications that come in through the website', [J]),
  cu('Reconcile the cash at the branch each evening', [J]),
  cu('Chief Executive', [G]),
  cu('Lending', [G]),
  cu('Branches', [G, X], { krs: [] }),
  cu('Help families across Glasgow build a rainy day fund', [K], {
    parent: 'Financial resilience for our members',
    siblings: ['Help Glasgow families build up a rainy-day fund'],
  }),
];

// ---------------------------------------------------------------------------------------------
// password-manager: Keyward, a password manager sold to small businesses and families.
const pm = at('password-manager');
const PASSWORDS: Holdout18Entry[] = [
  pm('Make sharing a login with a colleague safer than pasting it into Slack, and just as quick'),
  pm('Get small accounting firms rolling Keyward out to their clients, not only using it themselves'),
  pm('Win back IT managers who tried us in 2024 and left because there was no SSO'),
  pm('Hire a security compliance lead so we can sell to firms that need SOC 2 from their suppliers'),
  pm('Make it possible for a family to get into the vault when the person who set it up dies'),
  pm('Ship passkey support so customers can stop relying on passwords at all', [], {
    krs: [placeholder('Vaults with a passkey set up: 30%')],
  }),
  pm('Cut support tickets from people locked out after switching phones (the #1 reason folks contact us)'),
  pm("Review pricing with sales so 5-seat teams aren't paying enterprise prices"),
  pm('Publish our third-party pentest results so buyers can judge our security for themselves', [], {
    parent: 'Be the password manager small businesses trust first',
  }),
  pm('Get the browser extension working as well on Safari 18 as it does on Chrome'),
  pm('Make Keyward the easiest way for a family to stop reusing one password everywhere', [X], { krs: [] }),
  pm('Turn free family users into paying ones when they add their kids', [M], {
    krs: [placeholder('Family upgrades'), kr('Trial families who add a child and then upgrade', '%', 5, 20, 8)],
  }),
  pm('ARR $4M', [N]),
  pm('Net revenue retention', [N]),
  pm('Weekly active vaults up 40%', [N]),
  pm('Rebuild the marketing site in Astro', [T]),
  pm('Booth at Infosecurity Europe, June', [T]),
  pm('Migrate the vault service from Postgres 13 to 16', [T]),
  pm('SOC 2 Type II audit passed', [C]),
  pm('Annual security awareness training for all staff', [C]),
  pm('Respond to bug bounty reports', [J]),
  pm('Rotate the production signing keys each quarter', [J]),
  pm('Platform', [G]),
  pm('VP Growth', [G]),
  pm('Mobile team — losing a phone should be a non-event for our users', [K], {
    parent: 'Make losing a device a non-event for our users',
  }),
];

// ---------------------------------------------------------------------------------------------
// feature-flag-saas: Toggleworks, a developer tool for feature flags and experiments.
const ff = at('feature-flag-saas');
const FLAGS: Holdout18Entry[] = [
  ff('Make rolling back a bad release a flag flip rather than a redeploy for the teams on our platform'),
  ff('Get PMs running experiments without waiting for an engineer to prioritize it'),
  ff('Win the mobile teams who left for Firebase because our SDKs lagged behind'),
  ff("Stop stale flags piling up in customers' codebases by telling them which ones nobody has evaluated in months"),
  ff('Hire a developer advocate in Bangalore so Indian startups hear about us from someone who has shipped with us'),
  ff('Move flag evaluation to the edge so checks stop adding latency to page loads (RFC: confluence.toggleworks.io/x/edge-eval)'),
  ff('Make our pricing make sense to a startup with one service and a big traffic spike'),
  ff('Release the Go SDK v3 so teams can evaluate flags without a network call'),
  ff('Add automatic kill switches that turn a flag off when error rates climb', [], {
    parent: 'Be the safest way to ship to production',
  }),
  ff('Review the audit log feature with our fintech customers so it answers what their auditors actually ask'),
  ff('Make experimentation something small teams do on every change, not a big-company luxury', [X], { krs: [] }),
  ff('Fewer customers churning in their first 90 days', [M], { krs: [placeholder('Early churn')] }),
  ff('p99 flag evaluation latency under 20ms', [N]),
  ff('Monthly active seats', [N]),
  ff('Self-serve signups: 2,000 a month', [N]),
  ff('Paying customers (EU region): 400', [N, K], {
    parent: 'Grow the customer base',
    siblings: ['Paying customers: 1,200'],
  }),
  ff('Docs site redesign', [T]),
  ff('Sponsor a booth at KubeCon EU', [T]),
  ff('Write the Q3 roadmap deck for the board', [T]),
  ff('ISO 27001 surveillance audit', [C]),
  ff('GDPR training for the support team', [C]),
  ff('Triage GitHub issues on the open-source SDKs', [J]),
  ff('Cover the on-call rota for the evaluation API', [J]),
  ff('SDK team', [G]),
  ff('Head of Engineering', [G]),
];

// ---------------------------------------------------------------------------------------------
// dialysis-unit: Trent Valley Renal Service, an NHS renal unit with four satellite dialysis units,
// a home therapies team and transplant work-up.
const du = at('dialysis-unit');
const DIALYSIS: Holdout18Entry[] = [
  du('Support patients to do their own dialysis in the satellite units, at their own pace'),
  du('Make sure patients start dialysis with a fistula, not a neck line put in as an emergency'),
  du('Sinéad: get patients onto the transplant list before they need dialysis, not years after they start'),
  du('Hire a renal dietitian for the satellites so patients stop being admitted with high potassium'),
  du('Move the Newark satellite into the new community hub so patients stop travelling to Lincoln'),
  du('Give patients a say in their dialysis slot so it fits round work and childcare', [], {
    krs: [kr('Patients on the slot they asked for', '%', 40, 80, 52)],
  }),
  du('Review transport with the ambulance trust so patients stop waiting hours to get home after a session'),
  du("Cut the water our machines waste by recycling the reject water for the hospital's laundry"),
  du('Offer conservative care honestly to frail older patients who would not benefit from dialysis', [], {
    parent: 'Help patients live well with kidney failure, not just survive it',
  }),
  du('Move to the Vital Data 6 renal record so satellite nurses see blood results the same day'),
  du('Make the renal unit somewhere nurses want to build a career', [X], { krs: [] }),
  du('Fewer line infections on the unit', [M], { krs: [placeholder('Line infections'), empty('Line care audits done')] }),
  du('Home therapies 25% of patients', [N]),
  du('Dialysis sessions started on time', [N]),
  du('Transplant work-up completed within 6 months for 80% of eligible patients', [N]),
  du('Renal patient conference at the county showground, September', [T]),
  du('Replace the 2012 reverse osmosis plant at Mansfield', [T]),
  du('Dialysis water quality meets ISO 23500', [C]),
  du('Mandatory infection prevention training for all unit staff', [C]),
  du('CQC inspection of the satellite units', [C]),
  du('Weigh each patient before and after every session', [J]),
  du('Restock the consumables cupboard each morning', [J]),
  du('Satellite units', [G]),
  du('Renal Matron', [G]),
  du('More kidney patients dialysing in their own home', [K], {
    parent: 'Home therapies',
    siblings: ['Get more people with kidney failure dialysing in their own homes'],
  }),
];

// ---------------------------------------------------------------------------------------------
// memory-clinic: Solent Memory Assessment Service, an NHS memory service (assessment, diagnosis,
// post-diagnostic support, young-onset dementia).
const mc = at('memory-clinic');
const MEMORY: Holdout18Entry[] = [
  mc('Diagnose people early enough that they can still make their own plans while they are able to'),
  mc('Stop people waiting months for a scan before anyone tells them whats happening'),
  mc('Give families one named person to ring after diagnosis instead of a switchboard'),
  mc("Hire an admiral nurse for young-onset dementia so people in their fifties aren't sent to an older people's service"),
  mc('Reach the South Asian communities in Southampton, where dementia goes undiagnosed because of stigma'),
  mc('Review prescribing with the GPs so fewer people with dementia stay on drugs that make confusion worse'),
  mc("Move assessments into GP surgeries so older people aren't crossing the city for a memory test"),
  mc('Make the post-diagnosis groups something people want to come back to'),
  mc('Link each new diagnosis to the carers centre so carers get support before they burn out', [], {
    parent: 'Help people live well with dementia at home for as long as possible',
  }),
  mc('Do ACE-III on tablets so scores go straight into the record and the consultant sees them before clinic'),
  mc('Make the memory service somewhere people come early instead of being dragged in by relatives', [X], { krs: [] }),
  mc('Fewer people admitted to hospital in a crisis in the year after diagnosis', [M], {
    krs: [placeholder('Crisis admissions after diagnosis')],
  }),
  mc('Information governance training for the whole team', [C, M], { krs: [empty('Training completed')] }),
  mc('Dementia diagnosis rate 66.7%', [N]),
  mc('Median weeks from referral to diagnosis', [N]),
  mc('Cut the wait for a first assessment to under 8 weeks', [N]),
  mc('Dementia Action Week stall at West Quay', [T]),
  mc('New leaflets for the assessment pack', [T]),
  mc('MSNAP accreditation renewed with the Royal College', [C]),
  mc('Resus update for the clinic nurses (yearly, Trust mandatory)', [C]),
  mc('Send the diagnosis letter to the GP after each clinic', [J]),
  mc('Book CT scans for new referrals', [J]),
  mc('Consultant Psychiatrist', [G]),
  mc('Post-diagnostic support', [G]),
  mc('Support team — help people with dementia and their families to live well following diagnosis', [K], {
    parent: 'Help people with dementia and their families live well after the diagnosis',
  }),
];

// ---------------------------------------------------------------------------------------------
// rail-freight-terminal: Trentside Intermodal, a rail-connected container terminal and warehouse in
// the East Midlands (trains from the ports, cranes, a gate, last-mile haulage).
const rf = at('rail-freight-terminal');
const RAIL_FREIGHT: Holdout18Entry[] = [
  rf('Win traffic off the M1 by offering shippers one price for the train and the last-mile lorry'),
  rf('Get a second daily train from Southampton so shippers stop saying we are too infrequent'),
  rf('Turn empty boxes round faster so shipping lines park their empties with us, not at the port'),
  rf("Hire a commercial manager from a shipping line so we hear about contracts before they're tendered"),
  rf('Make the gate quick enough that hauliers stop avoiding our afternoon slots'),
  rf('Move gate booking onto Navis N4 so drivers can book their slots on a phone'),
  rf("Bring the supermarkets' chilled traffic onto rail by fitting reefer plug points on the pad"),
  rf('Review the crane maintenance contract with Liebherr so breakdowns stop holding trains up'),
  rf('Offer a guaranteed collection time at the terminal so shippers can plan deliveries around the train', [], {
    parent: 'Be the Midlands terminal shippers choose over road',
  }),
  rf('Get the new warehouse let to a tenant who will fill trains, not just lorries'),
  rf('Make rail the easy choice for Midlands shippers who have never used it', [X], { krs: [] }),
  rf('Stop trains leaving late because of missing paperwork', [M], { krs: [placeholder('Late departures due to paperwork')] }),
  rf('Lifts per year: 180,000', [N]),
  rf('Crane moves per hour', [N]),
  rf('Dwell time down to 36 hours', [N]),
  rf('Open day for shippers with a cab ride on the shunter', [T]),
  rf('Resurface the east stacking pad', [T]),
  rf('ORR inspection of the rail siding', [C]),
  rf('Every crane driver through the annual medical and refresher', [C]),
  rf('Check seals and damage on each container at the gate', [J]),
  rf('Plan the shunting moves for each arriving train', [J]),
  rf('Update the customer portal with ETAs as trains report in', [J]),
  rf('Follow up the hauliers who miss their booked slot', [J, K], {
    parent: 'Gate team',
    siblings: ['Chase hauliers whose trucks are late for their slot'],
  }),
  rf('Terminal Manager', [G]),
  rf('Warehouse', [G]),
];

// ---------------------------------------------------------------------------------------------
// air-cargo-handler: Skyport Cargo Services, a cargo handling agent at a UK regional airport
// (import and export sheds, screening, pharma, live animals).
const ac = at('air-cargo-handler');
const AIR_CARGO: Holdout18Entry[] = [
  ac('Win the pharma shipments that currently truck down to Heathrow by getting our cool chain right'),
  ac('Let freight forwarders see where their shipment is without phoning the shed'),
  ac('Stop live animal shipments waiting out on the apron in bad weather'),
  ac('Hire a dangerous goods trainer in-house so staff stop losing a week on courses in London'),
  ac('Move to CargoSpot 9 so forwarders can book their own drop-offs'),
  ac("Make the night shift somewhere people stay, not the shift everyone leaves after one winter"),
  ac('Review screening with the DfT so e-commerce parcels aren’t stuck behind full pallets'),
  ac('Get airline customers to trust us with their heavy and outsized loads'),
  ac('Win the handling contract at Newcastle so our airlines can use us at both ends of a route', [], {
    parent: 'Be the handler airlines want at UK regional airports',
  }),
  ac('Cut the time trucks queue at the landside doors by booking them into slots'),
  ac('Make us the easiest handler for small forwarders to work with', [X], { krs: [] }),
  ac('Fewer damaged shipments on the import side', [M], {
    krs: [placeholder('Damage claims'), kr('Import ULDs broken down with photo evidence', '%', 20, 95, 40)],
  }),
  ac('Tonnes handled 2027: 85,000', [N]),
  ac('Export acceptance to flight on time: 98%', [N]),
  ac('Cost per tonne handled', [N]),
  ac('Paint new lane markings in the export shed', [T]),
  ac('Christmas party at the Crowne Plaza', [T]),
  ac('Regulated Agent status renewed with the DfT', [C]),
  ac('Dangerous goods recurrent training for all acceptance staff', [C]),
  ac('IATA CEIV Pharma certification kept', [C]),
  ac('Build up the ULDs for each departing freighter', [J]),
  ac('Reply to forwarder emails chasing shipment status', [J]),
  ac('Import shed', [G]),
  ac('Station Manager', [G]),
  ac('Exports — treat each shipment like it was our own', [K], { parent: 'Handle every shipment as if it were our own' }),
];

// ---------------------------------------------------------------------------------------------
// street-food-hall: Tramshed Kitchens, a covered street-food hall in Cardiff with fourteen traders,
// a bar and events.
const sh = at('street-food-hall');
const FOOD_HALL: Holdout18Entry[] = [
  sh('Get office workers from Central Square in at lunchtime, not just the Fri night crowd'),
  sh('Keep the hall full on Sunday evenings with family food and earlier music'),
  sh('Give new traders a cheap first residancy so the hall keeps finding cooks nobody else has'),
  sh('Hire a bar manager who can build a cocktail list so the bar earns in its own right, not only off the food'),
  sh('Make the hall somewhere you can bring a wheelchair or a buggy without a fight'),
  sh('Move to one shared till across all the traders so customers pay once'),
  sh('Review the rent split with the traders so the good ones stay past their first year'),
  sh('Cut the food the traders throw out at closing by selling it cheap on Too Good To Go'),
  sh("Run a Welsh producers' night so locals see their own food on the menu", [], {
    parent: 'Be the place Cardiff goes to eat together',
  }),
  sh('Get the Six Nations weekends paying for the quiet January'),
  sh('Make the hall a place people come for the atmosphere even when they have already eaten', [X], { krs: [] }),
  sh('Get locals back in midweek', [M], { krs: [placeholder('Midweek locals'), empty('Loyalty sign-ups')] }),
  sh('Bar sales £1.2m', [N]),
  sh('Average spend per head', [N]),
  sh('Footfall up 15% on 2026', [N]),
  sh('Build a covered smoking area out the back', [T]),
  sh('New signage on Westgate Street', [T]),
  sh('Fire risk assessment for the hall updated', [C]),
  sh("Allergen training signed off for every trader's staff", [C]),
  sh('Empty the bins and wipe down the benches between sittings', [J]),
  sh('Collect trader rents on the 1st of the month', [J]),
  sh('Events', [G]),
  sh('General Manager', [G]),
  sh('Bar', [G, X], { krs: [] }),
  sh('Become somewhere families in Cardiff want to spend their Saturdays', [K], {
    parent: 'Make the hall a place Cardiff families want to spend a Saturday',
  }),
];

// ---------------------------------------------------------------------------------------------
// outdoor-education-centre: Cwm Dyli Outdoor Centre, a charity's residential centre in Eryri for
// school groups (climbing, gorge walking, canoeing, a kitchen and dormitories).
const oe = at('outdoor-education-centre');
const OUTDOOR_ED: Holdout18Entry[] = [
  oe('Get schools from the poorest Liverpool wards here, not only the ones whose parents can pay'),
  oe('Fill the centre from November to February with adult groups and company teams'),
  oe('Make the residential a week children talk about for years, not an activity list'),
  oe('Hire a Welsh-speaking instructor so Gwynedd schools can book us for a Welsh-medium week'),
  oe('Stop instructors leaving after one season by offering winter work and paid Mountain Leader training'),
  oe('Cut the minibus miles by running more of the activities from the door'),
  oe('Review our SEN provision with the special schools so children in wheelchairs can do the gorge walk too'),
  oe('Move bookings onto Bookwhen so teachers see availability without having to ring Gwen'),
  oe('Work with teachers on a follow-up session so what happened on the mountain carries on in school', [], {
    parent: 'Give children confidence they take back into the classroom',
  }),
  oe('Get the kitchen cooking with food from the farms down the valley'),
  oe('Make the centre a place local families use at weekends, not only visiting schools', [X], { krs: [] }),
  oe('Get more schools rebooking for the following year', [M], { krs: [placeholder('Rebookings')] }),
  oe('Bed nights: 21,000', [N]),
  oe('Term-time occupancy 85%', [N]),
  oe('Instructor-to-student ratio', [N]),
  oe('New climbing wall in the barn', [T]),
  oe('Replace the old Canadian canoes', [T]),
  oe('AALA licence inspection', [C]),
  oe('First aid requalification for all instructors (16-hour outdoor course)', [C]),
  oe('Check and log the ropes and harnesses after each session', [J]),
  oe('Drive the minibus for the gorge walking groups', [J]),
  oe('Head of Centre', [G]),
  oe('Water sports', [G]),
  oe('Kitchen & housekeeping', [G]),
  oe('Instructors: get each child out of their comfort zone, safely', [K], {
    parent: 'Get every child out of their comfort zone safely',
  }),
];

// ---------------------------------------------------------------------------------------------
// soft-fruit-farm: Strathmore Berries, an Angus strawberry and raspberry grower under polytunnels,
// with seasonal pickers, supermarket contracts, a farm shop and pick-your-own.
const sb = at('soft-fruit-farm');
const SOFT_FRUIT: Holdout18Entry[] = [
  sb("Get the same pickers coming back each summer so we aren't training from scratch"),
  sb('Stretch the season into October with everbearers so the supermarket keeps us on its autumn programme'),
  sb('Make the caravans somewhere workers are glad to live, not something we apologise for'),
  sb('Hire an agronomist who knows substrate so we stop losing plants to vine weevil'),
  sb('Cut the fruit we throw out for soft spots by getting it chilled within the hour', [], {
    krs: [kr('Fruit binned for soft spots', '%', 6, 2, 4.5)],
  }),
  sb('Sell the class 2 fruit to the jam maker in Forfar instead of dumping it'),
  sb('Review picker pay with the team leaders so the fast pickers stop leaving for the farm next door'),
  sb('Trial a picking robot on the table-tops so we rely less on a workforce we can no longer count on'),
  sb('Get "Strathmore" printed on the punnet in Tesco so shoppers can ask for us', [], {
    parent: 'Be the berries Scottish shoppers look for by name',
  }),
  sb('Move to HarvestEye 3 so the packhouse knows what is coming before the trailers arrive'),
  sb('Make the pick-your-own a summer day out families plan around', [X], { krs: [] }),
  sb('Fewer pickers hurt from bending at the low tunnels', [M], { krs: [placeholder('Picker injuries')] }),
  sb('Tonnes of strawberries: 1,100', [N]),
  sb('Class 1 pack-out rate', [N]),
  sb('Picking cost per kilo down to £1.40', [N]),
  sb('Raspberries per ha at the Kirkton block — 11 tonnes', [N, K], {
    parent: 'Yield',
    siblings: ['Raspberries per hectare: 14 t'],
  }),
  sb('Put up the new tunnels on the Balgay field', [T]),
  sb('Open day for the Angus Show committee', [T]),
  sb('Gangmasters licence (GLAA) renewed', [C]),
  sb('GLOBALG.A.P. audit passed', [C]),
  sb('Allocate pickers to rows each morning', [J]),
  sb('Record the sprays in the spray log', [J]),
  sb('Packhouse', [G]),
  sb('Growing Manager', [G]),
  sb('HR — look after seasonal workers so well they want to return', [K], {
    parent: 'Treat our seasonal workers so well they want to come back',
  }),
];

// ---------------------------------------------------------------------------------------------
// trout-farm: Test Valley Trout, a Hampshire trout farm (table fish, restocking fish for fisheries,
// a smokehouse, a farm shop and two fishing lakes).
const tf = at('trout-farm');
const TROUT: Holdout18Entry[] = [
  tf('Get our smoked trout into the London restaurants that buy smoked salmon from Scotland'),
  tf('Keep the fish healthy through hot summers without leaning on antibiotics'),
  tf('Stop otters and herons taking the fry by netting the raceways properly'),
  tf('Hire a fish vet on retainer so disease is caught before we lose a raceway'),
  tf('Cut the phosphate we put back into the Test so the Environment Agency sees us as part of the solution'),
  tf('Make the fishing lakes a place beginners come back to, not just the regulars with their own rods'),
  tf('Review our feed with the supplier so we get the same growth from less fishmeal'),
  tf('Sell restocking fish to the fisheries along the Itchen as well as the Test'),
  tf('Get chefs naming Test Valley Trout on their menus so diners look for us in the shop', [], {
    parent: 'Be the trout Hampshire chefs ask for by name',
  }),
  tf('Turn the farm shop into a stop for walkers on the Test Way'),
  tf('Make our trout the local alternative to imported salmon', [X], { krs: [] }),
  tf('Fewer fish lost to disease over the summer', [M], { krs: [placeholder('Summer mortality'), empty('Health checks')] }),
  tf('Table fish sold: 160 t', [N]),
  tf('FCR on the table fish', [N]),
  tf('Smokehouse revenue up to £350k', [N]),
  tf('New web shop for the smoked trout', [T]),
  tf('Dig out the silt lagoon', [T], { krs: [] }),
  tf('Fish Health Inspectorate inspection', [C]),
  tf('Abstraction licence renewed with the Environment Agency', [C]),
  tf('Feed the raceways by hand at dawn and dusk', [J]),
  tf('Grade the fish into size classes each month', [J]),
  tf('Smokehouse', [G]),
  tf('Fishing lakes', [G]),
  tf('Head of Production', [G]),
  tf('Production — farm our trout in a way that leaves the river better off', [K], {
    parent: 'Farm trout in a way the river is better for',
  }),
];

// ---------------------------------------------------------------------------------------------
// arts-centre: The Goods Shed, a community arts centre in Burnley (a two-screen cinema, a gallery,
// artists' studios, classes and a café).
const ar = at('arts-centre');
const ARTS: Holdout18Entry[] = [
  ar('Get people from Burnley Wood and Stoneyholme through the door, not just the usual audience from out of town'),
  ar('Show local artists alongside the touring work so people see themselves on the gallery walls'),
  ar('Turn the studios into a reason for young makers to stay in Burnley rather than move to Manchester'),
  ar('Hire a programmer who knows South Asian cinema so the screens reflect the town'),
  ar('Cut our energy bills by putting solar on the shed roof so the cinema runs on sunshine in summer'),
  ar('Review concession prices with the board so families on Universal Credit can afford the cinema as a regular thing, not a birthday treat'),
  ar('Move ticketing to Spektrix so we know who comes and can invite them back', [], {
    krs: [placeholder('Bookers we can email again: 60%')],
  }),
  ar('Make the café pay for the free exhibitions'),
  ar('Open the foyer as a warm space with free Wi-Fi and tea through the winter', [], {
    parent: 'Make the Goods Shed the living room of the town',
  }),
  ar("Fill the classes with people who haven't done any art since school"),
  ar('Make the Goods Shed the first place teenagers think of on a Friday night', [X], { krs: [] }),
  ar("Build an audience for the films you can't see at the multiplex", [M], {
    krs: [placeholder('Independent film audiences')],
  }),
  ar('Cinema admissions 42,000', [N]),
  ar('Earned income as a share of turnover', [N]),
  ar('Grow membership by half', [N]),
  ar('Summer exhibition hang', [T]),
  ar('New projector for screen 2', [T]),
  ar('Write the NPO application for 2027-30', [T]),
  ar('Safeguarding training for all staff and volunteers who work with children', [C]),
  ar('PAT testing of the studio equipment', [C]),
  ar('Programme the cinema each week', [J]),
  ar('Open up and lock up the building', [J]),
  ar('Learning & participation', [G]),
  ar('Artistic Director', [G]),
  ar('Keep artists living and working in Burnley rather than leaving for the city', [K], {
    parent: 'Studios',
    siblings: ['Make Burnley a place artists want to stay and work'],
  }),
];

export const HOLDOUT_18: Holdout18Entry[] = [
  ...YOUTH_JUSTICE,
  ...CARE_REGULATOR,
  ...PLASTERING,
  ...STEEL,
  ...CANOES,
  ...PASTA,
  ...DOMESTIC_ABUSE,
  ...COMMUNITY_TRANSPORT,
  ...CREDIT_UNION,
  ...PASSWORDS,
  ...FLAGS,
  ...DIALYSIS,
  ...MEMORY,
  ...RAIL_FREIGHT,
  ...AIR_CARGO,
  ...FOOD_HALL,
  ...OUTDOOR_ED,
  ...SOFT_FRUIT,
  ...TROUT,
  ...ARTS,
];

// ---------------------------------------------------------------------------------------------
// Plans: whole small cascades, scored node by node and by clone group.

type Node = Holdout18Plan['nodes'][number];
const n = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): Node => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_18_PLANS: Holdout18Plan[] = [
  {
    name: 'Calderbrook YJS priorities 2027/28',
    domain: 'youth-justice-service',
    nodes: [
      n('r', null, 'Calderbrook YJS priorities 2027/28', [G]),
      n('ns', 'r', 'Keep Calderbrook children out of the justice system and in school'),
      n('ops', 'r', 'Court & orders team', [G]),
      n('ops1', 'ops', 'Keep Calderbrook kids out of the justice system and in school', [K]),
      n('ops2', 'ops', 'Complete AssetPlus assessments on time for all children on orders', [J]),
      n('ops3', 'ops', 'Reoffending by children on orders down to 30%', [N]),
      n('ops4', 'ops', 'Get children on orders into a school, college or training place soon after sentence, not months later'),
      n('pre', 'r', 'Prevention & out-of-court', [G]),
      n('pre1', 'pre', 'Out-of-court assessments done within the national timescales', [J, K]),
      n('pre2', 'pre', 'Reoffending after a community resolution: 20%', [N, K]),
      n('pre3', 'pre', 'Turn the out-of-court panel into a proper conversation with the family, not a hearing'),
      n('pre4', 'pre', 'Annual safeguarding refresher for the prevention workers', [C]),
      n('vic', 'r', 'Victims & reparation', [G]),
      n('vic1', 'vic', 'Victims team – keep children in Calderbrook in school and out of the justice system', [K]),
      n('vic2', 'vic', 'Contact every victim within 5 working days of an order being made', [N, J]),
    ],
    cloneGroups: [
      ['ns', 'ops1', 'vic1'],
      ['ops2', 'pre1'],
      ['ops3', 'pre2'],
    ],
  },
  {
    name: 'Aire Valley Plastering 2027',
    domain: 'plastering-contractor',
    nodes: [
      n('r', null, 'AVP — 2027 targets', [G]),
      n('ns', 'r', 'Become the renovation plasterers West Yorkshire homeowners recommend to each other'),
      n('nb', 'r', 'New build', [G]),
      n('nb1', 'nb', 'Turnover from housebuilder contracts £1.4m', [N]),
      n('nb2', 'nb', 'Callbacks on new-build plots under 2%', [N]),
      n('nb3', 'nb', 'Fill in the plot sign-off sheets and send them to the site manager', [J]),
      n('nb4', 'nb', 'Get paid by the housebuilders within terms without having to chase'),
      n('ren', 'r', 'Renovation & heritage', [G]),
      n('ren1', 'ren', 'Be the renovation plasterers homeowners across West Yorkshire recommend to one another', [K]),
      n('ren2', 'ren', 'Turnover from renovation work £1m', [N, K]),
      n('ren3', 'ren', 'Stop renovation callbacks for cracking by getting drying times right before we skim'),
      n('ren4', 'ren', 'Hire a lime specialist so we can take on listed buildings without subcontracting'),
      n('yard', 'r', 'Yard & vans', [G]),
      n('y1', 'yard', 'Wash the mixers and sweep the vans out twice weekly', [N, J]),
      n('y2', 'yard', 'Asbestos awareness refresher for every plasterer', [C]),
    ],
    cloneGroups: [
      ['ns', 'ren1'],
      ['nb1', 'ren2'],
    ],
  },
  {
    name: 'Sfoglia goals 2027',
    domain: 'fresh-pasta-maker',
    nodes: [
      n('r', null, 'Sfoglia — goals for 2027', [G]),
      n('ns', 'r', 'Make fresh pasta part of how Manchester eats every week'),
      n('k', 'r', 'Kitchen', [G]),
      n('k1', 'k', 'Deep clean the laminator and cutters after each shift', [J]),
      n('k2', 'k', 'Waste under 4% of production', [N]),
      n('k3', 'k', 'Level 2 food hygiene for every new starter', [C]),
      n('k4', 'k', 'Get a second shift running so restaurants can order until 10pm for next-day delivery'),
      n('w', 'r', 'Wholesale', [G]),
      n('w1', 'w', 'Kilos sold to restaurants: 40,000', [N]),
      n('w2', 'w', 'Make fresh pasta part of the way Manchester eats each week', [K]),
      n('w3', 'w', 'Get chefs ordering the filled pasta, not only plain tagliatelle'),
      n('rt', 'r', 'Retail (stall, deli, boxes)', [G]),
      n('rt1', 'rt', 'Kilos sold through the stall and the deli: 8,000', [N, K]),
      n('rt2', 'rt', "Clean the deli's pasta machine down at the close of every shift", [J, K]),
      n('rt3', 'rt', 'Subscription box — make fresh pasta part of how Manchester eats every week', [K]),
    ],
    cloneGroups: [
      ['ns', 'w2', 'rt3'],
      ['w1', 'rt1'],
      ['k1', 'rt2'],
    ],
  },
  {
    name: 'Taw & Torridge CT business plan 2027/28',
    domain: 'community-transport',
    nodes: [
      n('r', null, 'Taw & Torridge CT — business plan 2027/28', [G]),
      n('ns', 'r', 'Nobody in rural North Devon cut off for want of transport'),
      n('d', 'r', 'Dial-a-ride', [G]),
      n('d1', 'd', 'Passenger trips on dial-a-ride: 24,000', [N]),
      n('d2', 'd', 'Walk-round check on every minibus before it leaves the yard', [J]),
      n('d3', 'd', 'Section 19 permits in date for all minibuses', [C]),
      n('d4', 'd', 'Move the Holsworthy run to a day that fits both the market and the GP surgery'),
      n('c', 'r', 'Car scheme', [G]),
      n('c1', 'c', 'Passenger trips by volunteer car: 14,000', [N, K]),
      n('c2', 'c', 'Recruit drivers under 60 so the scheme outlives the people who started it'),
      n('c3', 'c', 'DBS checks renewed for every volunteer driver', [C]),
      n('h', 'r', 'Group hire', [G]),
      n('h1', 'h', 'Vehicle check on each minibus before it goes out of the depot', [J, K]),
      n('h2', 'h', 'No one in rural North Devon cut off for lack of transport', [K]),
      n('h3', 'h', 'Print the new group-hire price list', [T]),
    ],
    cloneGroups: [
      ['ns', 'h2'],
      ['d1', 'c1'],
      ['d2', 'h1'],
    ],
  },
  {
    name: 'Clydeside CU objectives 2027',
    domain: 'credit-union',
    nodes: [
      n('r', null, 'Clydeside Community Credit Union 2027 objectives', [G]),
      n('ns', 'r', 'Give every Glasgow household a fair alternative to high-cost credit'),
      n('l', 'r', 'Lending', [G]),
      n('l1', 'l', 'Loan book £7m', [N]),
      n('l2', 'l', 'Process loan applications from the website', [J]),
      n('l3', 'l', 'Decide small loans the same day so nobody walks out to a payday lender'),
      n('s', 'r', 'Savings', [G]),
      n('s1', 's', 'Junior savers in the primary schools: 2,500', [N]),
      n('s2', 's', 'Get the health board offering payroll saving to its staff'),
      n('b', 'r', 'Branches', [G]),
      n('b1', 'b', 'Give each household in Glasgow a fair alternative to high cost lenders', [K]),
      n('b2', 'b', 'Reconcile the tills every evening', [J]),
      n('b3', 'b', 'Branch loan book £2m', [N, K]),
      n('b4', 'b', 'Handle the loan applications that come in at the counter', [J, K]),
      n('aml', 'r', 'AML training completed by all staff and volunteers', [C]),
    ],
    cloneGroups: [
      ['ns', 'b1'],
      ['l1', 'b3'],
      ['l2', 'b4'],
    ],
  },
  {
    name: 'Toggleworks FY27 OKRs',
    domain: 'feature-flag-saas',
    nodes: [
      n('r', null, 'Toggleworks FY27 OKRs', [G]),
      n('ns', 'r', 'Make shipping to production boring for every team that uses us'),
      n('e', 'r', 'Engineering', [G]),
      n('e1', 'e', 'SDK team', [G]),
      n('e1a', 'e1', 'Triage GitHub issues on the SDK repos', [J]),
      n('e1b', 'e1', 'Release the Swift SDK v4 so iOS apps can evaluate flags offline'),
      n('e2', 'e', 'Platform team', [G]),
      n('e2a', 'e2', 'Triage the GitHub issues raised against the platform repos', [J, K]),
      n('e2b', 'e2', 'p99 evaluation latency under 15ms', [N]),
      n('e2c', 'e2', 'Platform — make shipping to prod boring for all the teams using us', [K]),
      n('g', 'r', 'Go-to-market', [G]),
      n('g1', 'g', 'ARR $9M', [N]),
      n('g2', 'g', 'EU ARR €2M', [N, K]),
      n('g3', 'g', 'SOC 2 Type II report renewed', [C]),
      n('g4', 'g', 'Sponsor the booth at KubeCon NA', [T]),
    ],
    cloneGroups: [
      ['ns', 'e2c'],
      ['e1a', 'e2a'],
      ['g1', 'g2'],
    ],
  },
  {
    name: 'Trent Valley Renal objectives 2027/28',
    domain: 'dialysis-unit',
    nodes: [
      n('r', null, 'Renal service objectives 2027/28', [G]),
      n('ns', 'r', 'Let people with kidney failure live their lives around dialysis, not the other way round'),
      n('m', 'r', 'Main unit (Nottingham)', [G]),
      n('m1', 'm', 'Sessions started within 30 minutes of the booked time: 90%', [N]),
      n('m2', 'm', 'Weigh patients before and after each session', [J]),
      n('m3', 'm', 'Mandatory infection prevention training for all staff', [C]),
      n('s', 'r', 'Satellite units', [G]),
      n('s1', 's', 'Mansfield', [G]),
      n('s1a', 's1', 'Sessions starting within 30 min of the booked slot: 85%', [N, K]),
      n('s1b', 's1', 'Weigh each patient pre- and post-dialysis', [J, K]),
      n('s2', 's', 'Newark', [G]),
      n('s2a', 's2', 'Sessions started on time at Newark: 80%', [N, K]),
      n('s2b', 's2', 'New recliner chairs for the Newark bays', [T]),
      n('h', 'r', 'Home therapies', [G]),
      n('h1', 'h', 'Help people with kidney failure live their lives around dialysis rather than the other way round', [K]),
    ],
    cloneGroups: [
      ['ns', 'h1'],
      ['m1', 's1a', 's2a'],
      ['m2', 's1b'],
    ],
  },
  {
    name: 'Skyport Cargo station plan 2027',
    domain: 'air-cargo-handler',
    nodes: [
      n('r', null, 'Skyport Cargo — station plan 2027', [G]),
      n('ns', 'r', 'Become the regional handler forwarders choose over trucking to Heathrow'),
      n('ex', 'r', 'Exports', [G]),
      n('ex1', 'ex', 'Export tonnes handled: 50,000', [N]),
      n('ex2', 'ex', 'Build up ULDs for each departing freighter', [J]),
      n('ex3', 'ex', 'Dangerous goods recurrent training for acceptance staff', [C]),
      n('ex4', 'ex', 'Exports team: be the regional handler forwarders pick over trucking to Heathrow', [K]),
      n('im', 'r', 'Imports', [G]),
      n('im1', 'im', 'Import tonnes handled: 35,000', [N, K]),
      n('im2', 'im', 'Break down inbound ULDs within 4 hours of arrival', [N, J]),
      n('im3', 'im', 'Stop live animals waiting on the apron in bad weather'),
      n('sec', 'r', 'Security & screening', [G]),
      n('sec1', 'sec', 'Regulated Agent approval renewed with the DfT', [C]),
      n('sec2', 'sec', 'Screen e-commerce parcels on their own line so they stop queuing behind full pallets'),
      n('sec3', 'sec', 'Screening — make us the regional handler forwarders use instead of trucking to Heathrow', [K]),
    ],
    cloneGroups: [
      ['ns', 'ex4', 'sec3'],
      ['ex1', 'im1'],
    ],
  },
  {
    name: 'Cwm Dyli objectives 2027/28',
    domain: 'outdoor-education-centre',
    nodes: [
      n('r', null, 'Cwm Dyli objectives 2027/28', [G]),
      n('ns', 'r', 'Give every child who comes here a taste of adventure they carry home'),
      n('i', 'r', 'Instructors', [G]),
      n('i1', 'i', 'Check and log ropes and harnesses after every session', [J]),
      n('i2', 'i', 'First aid requalification for all instructors', [C]),
      n('i3', 'i', 'Stop instructors leaving after a season by offering them winter work'),
      n('w', 'r', 'Gorge & water', [G]),
      n('w1', 'w', 'Make the gorge walk possible for children in wheelchairs'),
      n('b', 'r', 'Bookings & schools', [G]),
      n('b1', 'b', 'Bed nights: 22,000', [N]),
      n('b2', 'b', 'Term-time bed nights: 17,000', [N, K]),
      n('b3', 'b', 'Schools — give each child who visits a taste of adventure to carry home', [K]),
      n('b4', 'b', 'Get more schools from the poorest wards here by finding them the funding'),
      n('k', 'r', 'Kitchen & housekeeping', [G]),
      n('k1', 'k', 'Turn the dorms round between groups', [J]),
    ],
    cloneGroups: [
      ['ns', 'b3'],
      ['b1', 'b2'],
    ],
  },
  {
    name: 'Strathmore Berries 2027 season',
    domain: 'soft-fruit-farm',
    nodes: [
      n('r', null, 'Strathmore Berries — 2027 season', [G]),
      n('ns', 'r', 'Grow berries Scottish shoppers seek out by name'),
      n('k', 'r', 'Kirkton farm', [G]),
      n('k1', 'k', 'Strawberries from Kirkton: 700 t', [N]),
      n('k2', 'k', 'Allocate pickers to rows each morning', [J]),
      n('k3', 'k', 'Hire an agronomist who knows substrate so we stop losing plants to vine weevil'),
      n('b', 'r', 'Balgay farm', [G]),
      n('b1', 'b', 'Strawberries from Balgay: 500 t', [N, K]),
      n('b2', 'b', 'Put the pickers on their rows first thing every day', [J, K]),
      n('p', 'r', 'Packhouse', [G]),
      n('p1', 'p', 'GLOBALG.A.P. audit passed', [C]),
      n('p2', 'p', 'Class 1 pack-out 92%', [N]),
      n('p3', 'p', 'Packhouse — berries shoppers in Scotland look for by name', [K]),
      n('fs', 'r', 'Farm shop & PYO', [G]),
      n('fs1', 'fs', 'Make the PYO a day out families plan their summer around'),
    ],
    cloneGroups: [
      ['ns', 'p3'],
      ['k1', 'b1'],
      ['k2', 'b2'],
    ],
  },
];
