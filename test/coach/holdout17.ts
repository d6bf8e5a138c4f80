import type { RuleCode } from '../../shared/coach/types';

/**
 * SEVENTEENTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-660 of
 * test/coach/holdout16.ts (its header with the labelling definitions and calls, its types and
 * helpers, and the comment, two title constants and first three entries of its first domain; none of
 * its later entries and none of its plans), test/coach/report.ts (whole: the Labelled / LabelledPlan
 * shapes and the harness around them), the output of `grep -n "RuleCode" -A 12 shared/coach/types.ts`
 * (the RuleCode type line and the Finding shape), nothing else of that file, and the brief's list of
 * the domains every earlier set used (/tmp/brief/domains.txt). Besides these it saw only file names (a
 * listing of test/coach/) and tsconfig.json's settings, to type-check this file. Not opened: any other
 * file under shared/coach/, the README, holdout.ts to holdout15.ts, holdout16.ts from line 661 on,
 * corpus.ts, handbook.ts, suite.ts, or anything under test/unit/, test/e2e/ or out/. The only git
 * command run was one `git status --short test/coach/` at the end (file names only). The coach,
 * `cascade lint`, vitest and npm test were never run on these titles. The shapes below copy
 * holdout16's (renamed Holdout17*) and were checked only with `tsc --noEmit` (a throw-away tsconfig
 * outside the repo listing this file and a throw-away file that assigns both exports to Labelled[] and
 * LabelledPlan[]; the compiler loads what those import, but none of it was opened) and with a
 * throw-away counting script kept outside the repo (run with `node --experimental-strip-types`); all
 * three were deleted afterwards.
 *
 * Domains, none of them used by an earlier set (checked against the list in the brief, and kept away
 * from near-duplicates of it: no hotel, furniture, glass, humanitarian, befriending or planning
 * domain):
 * patent-office (a small nation's intellectual property office: patents, trade marks, a designs
 * tribunal), fisheries-authority (an inshore fisheries and conservation authority on Cornwall's south
 * coast: byelaws, permits, a patrol vessel), revenues-benefits (a borough council's council tax,
 * business rates and housing benefit service), plumbing-heating (a 40-engineer plumbing and heating
 * firm in Sheffield: boilers, heat pumps, service contracts, emergencies), painter-decorator (18
 * decorators in Bath: listed homes, lime paints, sprayed kitchens, commercial repaints),
 * frame-builder (a six-person steel and titanium bicycle frame builder in the Peak District),
 * bookbinder (an Edinburgh bindery: conservation for libraries, theses, wedding albums, classes),
 * hot-sauce-maker (a Bristol hot sauce maker with its own chilli polytunnels in Somerset),
 * adult-literacy (an adult literacy charity in Dundee and Tayside: volunteer coaches, a prison
 * programme, workplace courses), young-carers (a Lancashire charity for children who care for a
 * parent or sibling), field-service-saas (job management software for small trade firms: quotes,
 * scheduling, invoices, payments), home-energy-app (a consumer app that reads smart meter data and
 * advises households), gp-practice (a 14,000-patient GP partnership in Lincolnshire with a
 * dispensing branch), physio-clinic (seven physiotherapy clinics in Hampshire), sexual-health-service
 * (an NHS-commissioned city sexual health service: clinics, online test kits, PrEP, outreach),
 * livestock-haulier (a 30-wagon livestock haulier in Aberdeenshire, with the island ferries),
 * holiday-cottages (a letting agency for 420 holiday cottages in Northumberland), community-pub (a
 * community-owned village pub in south Shropshire with a shop and three letting rooms), egg-farm (a
 * 96,000-hen free-range egg farm in Herefordshire with its own packing centre), christmas-tree-farm
 * (a Perthshire Christmas tree farm: wholesale, pick-your-own, potted trees for rent).
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_17: 500 objectives (25 per domain), 200 sound (expect [], 40.0%), 300 with at least one
 *   label. Per label: number-title 66, task-listing 45, compliance 45, job-requirement 45,
 *   generic-container 45, goal-clone 22, kr-not-measurable 22, no-key-results 22. Twelve entries
 *   carry two labels: number-title + goal-clone (4), number-title + job-requirement (2),
 *   job-requirement + goal-clone (2), generic-container + no-key-results (2), and one each of
 *   task-listing + kr-not-measurable and compliance + kr-not-measurable. 25 entries have `krs: []`:
 *   20 sound titles (no-key-results), 2 containers (also no-key-results), and one task, one
 *   compliance and one duty title (no no-key-results: the definition excludes them). 33 entries carry
 *   a parent, 20 of them sound; 9 carry earlier siblings.
 * - HOLDOUT_17_PLANS: 10 plans, 150 nodes (15 each), 27 clone groups (23 of two, 4 of three; 31
 *   copies); 27 sound nodes. Per label: generic-container 51, number-title 33, goal-clone 31,
 *   job-requirement 20, compliance 10, task-listing 1. Several labels on 21 nodes: number-title +
 *   goal-clone (9), job-requirement + goal-clone (7), number-title + job-requirement (3),
 *   number-title + job-requirement + goal-clone (2).
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout16's definitions (themselves those of every hold-out back to holdout3), copied,
 * by meaning and not by keywords:
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
 * Calls made where the definitions leave room: holdout16's calls, as its header states them by
 * theme (frequencies and limits, word grades and negations, numbers that are not targets, targets,
 * metric names, containers, compliance vs duty, duties without "keep"/"maintain", tasks, first time
 * and renewals, sound despite a trap word, copies and not-copies, kr-not-measurable taken literally,
 * `krs: []` on a duty/task/compliance title), were followed and are not repeated here; see
 * holdout16.ts. This set's own calls, for its titles:
 * - Frequencies and limits: "Restock the vans from the stores twice a week" and "Walk the sheds three
 *   times a day and pick up the floor eggs" are number-title + job-requirement, and so are the plan
 *   nodes "Attend every emergency leak within 4 hours", "Vans restocked from stores two times a week"
 *   and "Go round the sheds 3 times daily collecting floor eggs" (the last two also goal-clone).
 *   Bare period words leave a duty with job-requirement alone: "at the end of each day", "on
 *   Friday", "each morning", "every sprint", "each afternoon", "at the start of each session", "the
 *   same day", "between patients", "before the second session", "every fortnight", "after each
 *   load", "each summer", "every Monday", "on Thursday", "between flocks". "Basic life support
 *   training for all clinical staff (annual)" and "Clinical records audit (annual, as the insurers
 *   require)" stay compliance alone.
 * - Numbers that are not targets: deadlines and terms that are fixed ("the 12-month priority
 *   deadline", "a three-year grant", "the 14-day trial"); today's problem or habit ("waiting a year on
 *   the NHS", "the same 30-minute sessions", "nobody waits a week"); thresholds, ages and scopes
 *   ("firms with 10 or more vans", "patients on 10 or more medicines", "carers turning 18", "dropping
 *   out at 16", "women in their twenties", "running it at 80", "five-year-old phones", "15-24s" inside
 *   a metric name); specs and grades ("a two-hour slot", "a 5-litre catering tub", "a Great Taste
 *   three-star", "Grade A" inside a metric name, "Level 2", "SCQF level 3", "Type 2" authorisation,
 *   "G3" certificates); versions, models and identifiers ("TM Online 3", "Catch App 2", "Revenues
 *   9.4", "Stanage 2", "Tradeflow 5", "Supercontrol 6", "Moba Omnia 3", "ISO 4210", "ISO 27001",
 *   "GovS 007", "TF-2207", "Flock 4", "Flocks 1-3", "St Piran"); "zero-hours" as the name of a
 *   contract; times of day ("at 8am", "at 10am"); years and periods ("the 2028 fee review", "the 2025
 *   scallop closure", "2027/28", "FY27", "H1"); ordinals ("their first box", "a second builder", "a
 *   second copy", "the first month", "the first reminder", "calls first in a snowstorm"); "one" as an
 *   article ("one named GP", "in one sitting", "in one search").
 * - Targets: counts, sums and values after a metric or comparator ("Trade mark filings up 12% on
 *   2026", "Heat pump installs up from 60 to 250", "Average lead time down to 12 weeks", "Wholesale
 *   price per tree up to £28", "Partner notification outcomes per index case: 0.6", "QOF achievement
 *   98%", "Revenue per clinic £650k"); fractions and multipliers ("Cut undersized crab found on
 *   boarding by half", "Halve the liability orders ...", "New patients up by a quarter"); "within 18
 *   months of filing", "within 28 days" and "within 2 minutes" define the measure whose % is the
 *   target. Volumes ("Theses bound: 2,600", "Head of cattle moved: 190,000", "Trees sold: 58,000",
 *   "Inspections at sea: 220 boardings in 2027/28") are number-title only.
 * - Only a metric name is number-title: "Average patent pendency", "Lobster landings per pot lift",
 *   "Average days to process a change of circumstances", "First-time fix rate on call-outs", "Average
 *   margin per job", "Gross margin per frame", "Repeat order rate from university libraries",
 *   "Subscriber churn", "Average wait for a coach", "Trial-to-paid conversion", "Referral revenue per
 *   active user", "Did-not-attend rate", "Average sessions per episode of care", "Chlamydia detection
 *   rate among 15-24s", "Cost per loaded mile", "Owner retention", "Food GP" (gross profit), "Feed
 *   conversion ratio", "Grade A share of the harvest". Direction without a quantity is sound ("Cut the
 *   trade mark oppositions that end up at a hearing ...", "Get more locals buying shares" (its bare KR
 *   gives kr-not-measurable only): "more" is not a number).
 * - Containers: roles ("Director of Trade Marks", "Chief Fishery Officer", "Head of Revenues &
 *   Benefits", "Contracts Manager", "Site Foreman", "Head Builder", "Ops Director", "Learning
 *   Manager", "Family Support Manager", "VP Engineering", "Head of Partnerships", "Practice Manager",
 *   "Clinical Director", "Lead Nurse", "Workshop Manager", "Bar Manager", "Farm Manager", and in plans
 *   "Chief Operating Officer", "Sales Director", "Transport Manager"), teams, functions, lines and
 *   places ("Enforcement & compliance" and in a plan "Security & Compliance", whose words are only team
 *   names, "Business rates", "Service & maintenance", "Commercial", "Paint shop", "Albums & gifts",
 *   "Classes", "Wholesale & restaurants", "Prison programme", "Schools team", "Mobile squad", "Data
 *   science", "Dispensary", "Outreach", "Shetland & Orkney", "Irish export work", "Owner Services",
 *   "Coast properties", "Village shop", "Pullet rearing", "Packing centre", "Wholesale",
 *   "Pick-your-own", and in plans "Flocks 1-3 (Kingstone)", "Hills & Cheviots properties") and
 *   buckets with a period ("NIPO objectives 2027/28", "Coquet Cottages priorities 2027", "Glenalmond
 *   FY27 goals", and every plan root) are generic-container only. "Pelvic health" and "Management
 *   Committee" with `krs: []` also carry no-key-results.
 * - Compliance: "Annual information security audit against GovS 007", "Every examiner through the
 *   mandatory data protection e-learning", "Annual MCA survey of the patrol vessel passed", "Housing
 *   Benefit subsidy claim certified by the external auditors", "Annual DWP Memorandum of
 *   Understanding compliance statement signed", "Gas Safe registration renewed for every engineer",
 *   "IPAF licences renewed ...", "ISO 4210 fatigue tests passed for the new fork" (a product standard's
 *   test), "Statutory LEV examination ...", "Gas cylinder store inspected by the insurer's engineer",
 *   "Electrical installation condition report for the workshop", "PVG checks for the tutors ...",
 *   "Accreditation with the Institute of Conservation renewed", "SALSA audit passed", "HACCP plan
 *   reviewed and signed off ...", "OSCR annual return filed", "MiDAS minibus certificate for every
 *   driver", "PCI DSS attestation of compliance sent to the acquirer", "Smart Energy Code annual
 *   audit (SEC)", "ICO registration renewed", "Data Security and Protection Toolkit submitted" (with a
 *   bare KR: also kr-not-measurable), "UKAS accreditation of the point-of-care HIV testing kept",
 *   "Type 2 transporter authorisation renewed with APHA", "Fire risk assessments in date for every
 *   cottage" (`krs: []`, compliance only), "Personal licence for the new manager", "Lion Code audit
 *   passed", "RSPCA Assured assessment", "Plant passport registration with SASA renewed" (a plain
 *   renewal; getting the passport to open Northern Ireland, by a hire, is sound).
 * - Duty rather than compliance: the business's own routine checks are job-requirement ("Check the
 *   pH of every batch before bottling", "Check the vaccine fridge and log the temperature ...",
 *   "Inspect each cottage after the changeover clean", "Clean and disinfect each shed between
 *   flocks", "Clean and disinfect the decks after each load" although the transport rules expect it);
 *   so is casework done for a funder ("Do the young
 *   carers assessments the county council refers to us"). Queues and routine without
 *   "keep"/"maintain": "Answer the general enquiries line", "Record assignments and licences on the
 *   register as they're filed", "Process shellfish permit applications and renewals", "Work through
 *   the council tax correspondence queue", "Send reminder notices when an instalment is missed",
 *   "Handle data deletion requests", "Patch the dependencies every sprint", "Phone patients with
 *   positive results", "Net and load the wholesale orders", "Shear the trees each summer" (`krs: []`,
 *   job-requirement only).
 * - Tasks: events and deliverables as noun phrases ("IP awareness week for small firms, Harbour
 *   Hall, October" (`krs: []`, task only), "Benefits roadshow at the three libraries in March", "New
 *   showroom at Hillsborough", "Website refresh with a before-and-after gallery", "Team Christmas do
 *   at the Bell", "New jig for the titanium frames", "New board shears" (with a bare KR: also
 *   kr-not-measurable), "Young Carers Awareness Day assembly pack", "Residential trip to Borwick
 *   Hall, August", "QuickBooks sync (TF-2207)", "Hackathon week in November", "App icon refresh",
 *   "Reformer Pilates studio fit-out at Winchester", "Pride stall, August", "New livery on the Scania
 *   units", "Santa's grotto build"); one-off jobs, moves and swaps without an effect ("Migrate the
 *   case management system to Azure", "Move the benefits team up to the second floor at the Civic
 *   Centre", "Switch our trade account over to Plumb Center", "Buy a second spray rig", "Move the
 *   backend from Heroku to AWS", "Rebrand to Motion Physio", "Write the 2027 annual plan", and in a
 *   plan "Deliver the young carers assembly in every secondary school"). With an effect they are
 *   sound ("Move catch returns onto Catch App 2 so we see landings within the week ...", "Upgrade to
 *   Revenues 9.4 so residents can set up a payment plan online ...", "Move job sheets onto the Tradify
 *   app so ...", "Run Saturday clubs where nobody asks about home ...", "Rewrite examination reports in
 *   plain English so inventors can answer the objections themselves").
 * - Sound despite a trap word: a hire in every domain, thirteen of them naming quality,
 *   enforcement, compliance, safeguarding, accreditation, certification, a standard, licensing, data
 *   protection, the CPC, biosecurity or plant health to open a market, a service or a contract ("Hire an MCS compliance
 *   coordinator so our heat pump installs qualify for the grant ...", "Hire a safeguarding lead so we
 *   can coach in HMP Perth", "Hire a payments compliance lead so we can become an authorised payment
 *   institution ...", "Hire a data protection officer from a bank so suppliers trust us with
 *   half-hourly data", "Hire a transport manager with the CPC so we can open an operating centre in
 *   Caithness", ...); "policy", "review" and "audit" with an effect ("Change the council tax support
 *   policy so ...", "Review discretionary housing payments with the housing team so they prevent
 *   evictions ...", "Review the bass nursery areas with the anglers so ...", "Review which treatments
 *   don't move outcomes and stop offering them", "Audit why first-time filers abandon their
 *   applications and fix the letters that lose them", "Review every patient on 10 or more medicines
 *   with the pharmacist so fewer end up in A&E ..."); the byelaw written with fishermen; winning an
 *   award for the first time ("Win a Great Taste three-star ...", `krs: []`: no-key-results only);
 *   training with an effect ("Train our gas engineers on heat pumps so ...", "Train receptionists as
 *   care navigators so ...", "Train teachers to ask about caring ..."); "keep" of an outcome or a
 *   capability ("Keep the crew busy through January and February ...", "Keep the respite trips going
 *   ...", "Keep working through DCC outages ...", "Keep laying rates up through the hot spells ...").
 * - Copies in entries (22): the parent's goal with a team or owner prefix and synonyms or reordering
 *   (nine, e.g. "Science team - make sure there's crab and lobster left for the next generation of the
 *   inshore fleet", "Renewables team: be who Sheffield rings to come off gas, not only to mend a
 *   boiler", "Online team - testing as easy as a takeaway order so we catch infections before they
 *   spread"); an earlier sibling repeated with synonyms or reordering (seven, e.g. "Stop our painters
 *   leaving to set up on their own" after "Keep our decorators with us instead of losing them to
 *   self-employment", "Get walkers and cyclists staying in the rooms Monday to Thursday" after "Fill
 *   the rooms midweek with cyclists and walkers"); the same metric with another number and scope under
 *   the metric, keeping number-title (four: "Engineering examining group — 1,600 grants this year",
 *   "Town centre: 99% of business rates in year", "Flock 4 — mortality under 5%", "Garden centres in
 *   England — 15,000 trees"); and an earlier sibling's duty reworded, keeping job-requirement (two:
 *   "Answer the reviews people leave on Trustpilot", "Clean and disinfect the decks after each load").
 *   In plans: the North Star repeated by a team or a site (ten groups, three of them of three);
 *   cousins' duties reworded, keeping job-requirement (and number-title with a frequency; nine
 *   groups); the same metric with another number or scope, keeping number-title, as cousins or under
 *   the same container ("Trade mark applications examined within 4 months: 90%" after the patents'
 *   18 months: 85%, "Web shop sales £400k" after "Grocery sales £1.1m", "Paying firms on annual plans:
 *   4,000",
 *   occupancy on the coast and in the hills, cattle moved off the islands, carers supported in
 *   Preston, mortality at Kingstone, calls answered at the branch; eight groups).
 * - Not copies: sharper children under their parent (20 sound entries carry a parent, e.g. "Offer a
 *   payment plan on the first reminder ...", "Give frail patients one named GP who knows them", "Put a
 *   webcam on the range so shoppers can watch the hens outside"); in plans, a new metric or a new
 *   lever on the same theme ("Undersized crab on boarding under 5%" beside the boardings, "First-time
 *   fix on call-outs: 88%" beside the restocking, "Diabetes care processes completed for 80% of
 *   patients" beside the calls answered, "Seconds under 4%" beside eggs per hen, "Stop feather pecking
 *   in the Madley flocks ..." beside the mortality copy) and containers differing only in scope
 *   ("Eastern district" / "Western district", "Flocks 1-3 (Kingstone)" / "Flocks 4-6 (Madley)", "Coast
 *   properties" / "Hills & Cheviots properties").
 * - kr-not-measurable follows the definition literally: flagged when any KR is bare, even beside a
 *   good one (placeholder or empty KRs with no quantity in their titles, on twenty outcome titles, on
 *   a task and on a compliance title). Not flagged: untouched default KRs whose titles carry a
 *   quantity ("Heat pump enquiries from existing boiler customers: 30%", "Young carers who say they get
 *   time to be a kid: 70%"), and KRs with a unit and a target ("Sole inventors granted without an
 *   attorney", % 0 -> 30; "Owners who leave us for Airbnb", owners 30 -> 10; "Hours a week owners
 *   spend on admin", hours 6 -> 3).
 * - `krs: []` on a duty, a task and a compliance title gives only their title label; on two
 *   containers it gives no-key-results as well.
 * - Plans reuse entries' wording: plans and entries are scored apart.
 * - Typos kept as written ("loosing", "dont", "til", "seperate", a missing apostrophe in "Win
 *   landlords whole portfolios"); they change no label. American spellings ("neighborhood",
 *   "program", "color", and "Plumb Center" as a name) sit beside British ones on purpose. Owners'
 *   names ("Gareth:", "Dev:", "Ravi:", "Hannah —", "Sue & Martin:") and links (a wiki path, a
 *   Confluence URL, a council consultation URL) are part of some titles, as people write them.
 */

export type Holdout17Domain =
  | 'patent-office'
  | 'fisheries-authority'
  | 'revenues-benefits'
  | 'plumbing-heating'
  | 'painter-decorator'
  | 'frame-builder'
  | 'bookbinder'
  | 'hot-sauce-maker'
  | 'adult-literacy'
  | 'young-carers'
  | 'field-service-saas'
  | 'home-energy-app'
  | 'gp-practice'
  | 'physio-clinic'
  | 'sexual-health-service'
  | 'livestock-haulier'
  | 'holiday-cottages'
  | 'community-pub'
  | 'egg-farm'
  | 'christmas-tree-farm';

export interface Holdout17Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout17Entry {
  title: string;
  domain: Holdout17Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout17Kr[];
}

export interface Holdout17Plan {
  name: string;
  domain: Holdout17Domain;
  /** In tree order; each clone group's original comes first depth-first and breadth-first. */
  nodes: { key: string; parentKey: string | null; title: string; expect: RuleCode[] }[];
  /** Original first, then its copies. */
  cloneGroups: string[][];
}

type Extra = Pick<Holdout17Entry, 'parent' | 'siblings' | 'krs'>;

const at =
  (domain: Holdout17Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout17Entry => ({ title, domain, expect, ...extra });

/** A KR as the app leaves it when nobody fills it in: 0 -> 100, nothing recorded, no unit. */
const placeholder = (title: string): Holdout17Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with no numbers at all. */
const empty = (title: string): Holdout17Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout17Kr => ({
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
// patent-office: "Northmere Intellectual Property Office (NIPO)", a small nation's office for
// patents, trade marks and registered designs, with a tribunal for design disputes.
const ipo = at('patent-office');
const IPO_NORTH_STAR = 'Make a Northmere patent something a small inventor can get without hiring a lawyer for every letter';
const IPO_GRANTS = 'Patents granted in 2027: 4,200';
const PATENT_OFFICE: Holdout17Entry[] = [
  ipo(IPO_NORTH_STAR, [], { krs: [kr('Sole inventors granted without an attorney', '%', 0, 30, 0)] }),
  ipo('Give applicants a search report early enough to decide on filing abroad before the 12-month priority deadline'),
  ipo('Hire a Head of Examination Quality from the EPO so our grants stand up when someone challenges them in court'),
  ipo('Gareth: move trade mark filing onto TM Online 3 so small firms can file and pay in one sitting (wiki/tmo3)'),
  ipo('Cut the trade mark oppositions that end up at a hearing by getting both sides on a mediation call first'),
  ipo('Audit why first-time filers abandon their applications and fix the letters that lose them'),
  ipo('Stop counterfeit goods that carry registered marks reaching market stalls, working with Trading Standards'),
  ipo('Rewrite examination reports in plain English so inventors can answer the objections themselves', [], {
    parent: IPO_NORTH_STAR,
  }),
  ipo('Get universities filing patents before they publish rather than after'),
  ipo('Make the 2028 fee review pay for faster examination without pricing out sole inventors'),
  ipo('Bring design right disputes to a decision without either side needing a barrister', [X], { krs: [] }),
  ipo('Make our online patent register the place examiners in other offices check first', [M], {
    krs: [placeholder('Register used by partner offices'), kr('Partner offices calling the register API', 'offices', 0, 12, 4)],
  }),
  ipo('Patent applications examined within 18 months of filing: 85%', [N]),
  ipo('Trade mark filings up 12% on 2026', [N]),
  ipo('Average patent pendency', [N]),
  ipo('Engineering examining group — 1,600 grants this year', [N, K], { parent: IPO_GRANTS }),
  ipo('Redesign the fee schedule leaflet', [T]),
  ipo('IP awareness week for small firms, Harbour Hall, October', [T], { krs: [] }),
  ipo('Migrate the case management system to Azure', [T]),
  ipo('Annual information security audit against GovS 007', [C]),
  ipo('Every examiner through the mandatory data protection e-learning', [C]),
  ipo('Answer the general enquiries line', [J]),
  ipo("Record assignments and licences on the register as they're filed", [J]),
  ipo('Director of Trade Marks', [G]),
  ipo('NIPO objectives 2027/28', [G]),
];

// ---------------------------------------------------------------------------------------------
// fisheries-authority: "Westerly Coast IFCA", an inshore fisheries and conservation authority for
// Cornwall's south coast (byelaws, permits, a patrol vessel, shellfish and bass nursery areas).
const ifc = at('fisheries-authority');
const IFC_NORTH_STAR = 'Keep the inshore fleet fishing for the next generation by leaving enough crab and lobster in the water';
const FISHERIES: Holdout17Entry[] = [
  ifc(IFC_NORTH_STAR),
  ifc('Get fishermen helping to write the potting byelaw so fewer of them fight it once it is made'),
  ifc('Recruit a marine enforcement officer for the Isles of Scilly so illegal netting out there stops going unseen'),
  ifc("Bring back the native oyster beds in the Fal so the dredging fleet has a winter fishery again"),
  ifc("Move catch returns onto Catch App 2 so we see landings within the week, not at the end of the season"),
  ifc('Close the gap in our lobster data by v-notching berried hens with the fleet', [], { parent: IFC_NORTH_STAR }),
  ifc('Protect the Helford seagrass from anchor damage without shutting the river to visiting boats'),
  ifc("Make the patrol boat's days at sea count by sending her where the reports of illegal fishing actually come from"),
  ifc('Review the bass nursery areas with the anglers so the closures cover where the juveniles really are'),
  ifc('Win back trust with the Newlyn fleet after the 2025 scallop closure'),
  ifc('Let visiting anglers learn the size limits before they land a fish, not after', [X], { krs: [] }),
  ifc('Make our byelaws readable on a phone on the quay', [M], {
    krs: [placeholder('Byelaws rewritten'), kr('Permit holders who say the rules are clear', '%', 40, 75, 52)],
  }),
  ifc('Lobster landings per pot lift', [N]),
  ifc('Inspections at sea: 220 boardings in 2027/28', [N]),
  ifc('Cut undersized crab found on boarding by half', [N]),
  ifc("Science team - make sure there's crab and lobster left for the next generation of the inshore fleet", [K], {
    parent: IFC_NORTH_STAR,
  }),
  ifc('Repaint the patrol vessel St Piran in the new livery', [T]),
  ifc('Stand at the Newlyn Fish Festival, August', [T]),
  ifc('Write the 2027 annual plan', [T]),
  ifc('Annual MCA survey of the patrol vessel passed', [C]),
  ifc('Sea survival and first aid certificates in date for all officers who go on the boat', [C]),
  ifc('Process shellfish permit applications and renewals', [J]),
  ifc('Answer reports of illegal netting that come in on the hotline', [J]),
  ifc('Chief Fishery Officer', [G]),
  ifc('Enforcement & compliance', [G]),
];

// ---------------------------------------------------------------------------------------------
// revenues-benefits: "Kestonbury Borough Council — Revenues & Benefits", a council's council tax,
// business rates, housing benefit and council tax support service.
const rnb = at('revenues-benefits');
const RNB_NORTH_STAR = 'Make sure nobody in Kestonbury falls behind on council tax by accident';
const RNB_RATES = 'Business rates collected in year: 98.5%';
const REVENUES: Holdout17Entry[] = [
  rnb(RNB_NORTH_STAR),
  rnb(
    "Change the council tax support policy so people on zero-hours contracts don't lose it every time their hours move (consultation: https://www.kestonbury.gov.uk/ctr-2028)",
  ),
  rnb('Get council tax support to every pensioner who qualifies but has never claimed it'),
  rnb('Hire a welfare benefits officer for the Hub so people leave with their other benefits sorted, not just their council tax'),
  rnb('Upgrade to Revenues 9.4 so residents can set up a payment plan online without phoning us'),
  rnb('Offer a payment plan on the first reminder instead of waiting for the arrears to build', [], { parent: RNB_NORTH_STAR }),
  rnb('Stop sending enforcement agents to households we already know are in a debt crisis'),
  rnb('Review discretionary housing payments with the housing team so they prevent evictions rather than top up rent for a month'),
  rnb("Get small shops claiming the retail relief they're entitled to"),
  rnb('Make the 2027 annual bill the last one residents need to ring us about'),
  rnb('Let landlords report a change of tenant online so empty homes get billed correctly', [X], { krs: [] }),
  rnb('Settle new housing benefit claims fast enough that nobody gets a notice seeking possession while they wait', [M], {
    krs: [empty('Faster claims'), kr('Average days to process a new claim', 'days', 24, 14, 19)],
  }),
  rnb('Council tax collection rate: 97.2%', [N]),
  rnb('Average days to process a change of circumstances', [N]),
  rnb('Halve the liability orders we apply to the magistrates for', [N]),
  rnb('Town centre: 99% of business rates in year', [N, K], { parent: RNB_RATES }),
  rnb('Redesign the council tax bill leaflet for 2027/28', [T]),
  rnb('Move the benefits team up to the second floor at the Civic Centre', [T]),
  rnb('Benefits roadshow at the three libraries in March', [T]),
  rnb('Housing Benefit subsidy claim certified by the external auditors', [C]),
  rnb('Annual DWP Memorandum of Understanding compliance statement signed', [C]),
  rnb('Work through the council tax correspondence queue', [J]),
  rnb('Send reminder notices when an instalment is missed', [J]),
  rnb('Head of Revenues & Benefits', [G]),
  rnb('Business rates', [G]),
];

// ---------------------------------------------------------------------------------------------
// plumbing-heating: "Beckett & Daughters", a 40-engineer plumbing and heating firm in Sheffield
// (boiler installs, heat pumps, maintenance contracts, emergency call-outs, landlords).
const plb = at('plumbing-heating');
const PLB_NORTH_STAR = 'Be the firm Sheffield calls when they want to get off gas, not just fix the boiler';
const PLUMBING: Holdout17Entry[] = [
  plb(PLB_NORTH_STAR, [], { krs: [placeholder('Heat pump enquiries from existing boiler customers: 30%')] }),
  plb("Train our gas engineers on heat pumps so we're not turning the retrofit work away"),
  plb('Hire an MCS compliance coordinator so our heat pump installs qualify for the grant and customers stop going elsewhere'),
  plb('Get to an emergency leak the same morning anywhere inside the ring road'),
  plb("Stop losing van time at the merchants' counters by having parts delivered to site"),
  plb('Quote for a heat pump on the same visit as the boiler service so customers can compare the two honestly', [], {
    parent: PLB_NORTH_STAR,
  }),
  plb('Win landlords whole portfolios, rather than one-off gas safety jobs'),
  plb('Move job sheets onto the Tradify app so the office knows where every engineer is without ringing round'),
  plb('Take on apprentices from Parson Cross and Firth Park so the firm looks like the city we work in'),
  plb('Make the first-year callback on a new install rare enough that we stop budgeting for it'),
  plb('Cut the time customers wait in for an engineer by giving them a two-hour slot they can trust', [X], { krs: [] }),
  plb('Make heat pumps pay back sooner for customers by designing every system for low flow temperatures', [M], {
    krs: [placeholder('Design standard adopted')],
  }),
  plb('Boiler installs: 1,100 in 2027', [N]),
  plb('First-time fix rate on call-outs', [N]),
  plb('Heat pump installs up from 60 to 250', [N]),
  plb('Renewables team: be who Sheffield rings to come off gas, not only to mend a boiler', [K], { parent: PLB_NORTH_STAR }),
  plb('New showroom at Hillsborough', [T]),
  plb('Sign-write the new electric vans', [T]),
  plb('Switch our trade account over to Plumb Center', [T]),
  plb('Gas Safe registration renewed for every engineer', [C]),
  plb('Unvented hot water (G3) certificates in date for all installers', [C]),
  plb('Restock the vans from the stores twice a week', [N, J]),
  plb("Book the annual services due next month and ring the customers who haven't replied", [J]),
  plb('Service & maintenance', [G]),
  plb('Contracts Manager', [G]),
];

// ---------------------------------------------------------------------------------------------
// painter-decorator: "Hollis Decorating", 18 decorators in Bath (period and listed homes, commercial
// repaints, lime paints, sprayed kitchen cabinets).
const pnt = at('painter-decorator');
const PNT_NORTH_STAR = "Be the decorators Bath's listed homes trust with lime and distemper";
const PAINTERS: Holdout17Entry[] = [
  pnt(PNT_NORTH_STAR),
  pnt('Spray kitchen cabinets on site so customers get a new kitchen look without the new kitchen price'),
  pnt("Hire a lead paint specialist so we can take on the Georgian sash windows other firms won't touch"),
  pnt('Finish occupied offices out of hours so tenants never lose a working day to us'),
  pnt('Get letting agents booking us for their whole portfolio between tenancies'),
  pnt('Learn to mix our own limewash so color matches on listed fronts are right first time', [], { parent: PNT_NORTH_STAR }),
  pnt('Cut the snagging after handover by having the foreman walk the job with the client before we pack up'),
  pnt('Keep the crew busy through January and February by selling interior repaints at winter rates'),
  pnt('Switch to low-VOC paints on nursery and care home jobs so residents can stay in while we work'),
  pnt("Make our quotes clear enough that customers stop asking what 'prep' includes"),
  pnt('Win the repaint contract for the Royal Crescent hotels', [X], { krs: [] }),
  pnt('Bring the spray team up to a finish that kitchen fitters recommend us for', [M], {
    krs: [empty('Fitters recommending us')],
  }),
  pnt('Turnover £2.4m', [N]),
  pnt('Average margin per job', [N]),
  pnt('Repaint callbacks under 3%', [N]),
  pnt('Stop our painters leaving to set up on their own', [K], {
    siblings: ['Keep our decorators with us instead of losing them to self-employment'],
  }),
  pnt('Website refresh with a before-and-after gallery', [T]),
  pnt('Buy a second spray rig', [T]),
  pnt('Team Christmas do at the Bell', [T]),
  pnt('IPAF licences renewed for the MEWP operators', [C]),
  pnt('Asbestos awareness refresher for all decorators (annual)', [C]),
  pnt('Clean and store the brushes and rollers at the end of each day', [J]),
  pnt("Order the paint for next week's jobs on Friday", [J]),
  pnt('Commercial', [G]),
  pnt('Site Foreman', [G]),
];

// ---------------------------------------------------------------------------------------------
// frame-builder: "Hathersage Cycles", a six-person steel and titanium bicycle frame builder in the
// Peak District (custom frames, the stock "Stanage" model, repairs and resprays).
const frm = at('frame-builder');
const FRM_NORTH_STAR = "Make a made-to-measure frame something riders save for, not something only the rich can have";
const FRAME_BUILDER: Holdout17Entry[] = [
  frm(FRM_NORTH_STAR),
  frm("Cut the wait for a custom frame so riders aren't ordering in autumn and riding the summer after"),
  frm('Launch the Stanage 2 gravel frame in stock sizes so riders can buy one without a fitting'),
  frm("Take on a second builder so the order book doesn't depend on Tom's wrists"),
  frm('Get bike shops doing the fittings for us so we can sell outside the Peak'),
  frm("Offer a stock-geometry frame with custom paint for riders who don't need a full fit", [], { parent: FRM_NORTH_STAR }),
  frm('Repair and respray old steel frames so fewer good bikes end up in a skip'),
  frm('Hire a test engineer so our frames can be certified for e-bike motors and we can build for e-bike brands'),
  frm("Source tubing from Reynolds again so we aren't stuck when the Taiwan shipments slip"),
  frm("Make every customer's first ride on their frame something they want to post about"),
  frm('Get framesets to US bikepacking riders without the import duty eating the saving', [X], { krs: [] }),
  frm('Build frames people hand down rather than sell on', [M], {
    krs: [placeholder('Frames still with their first owner'), kr('Frames returned to us for a respray', 'frames', 0, 25, 9)],
  }),
  frm('Frames built: 140', [N]),
  frm('Average lead time down to 12 weeks', [N]),
  frm('Gross margin per frame', [N]),
  frm('Workshop — make a custom frame something riders save up for rather than something for rich people', [K], {
    parent: FRM_NORTH_STAR,
  }),
  frm('ISO 4210 fatigue tests passed for the new fork', [C]),
  frm('Statutory LEV examination of the spray booth extraction', [C]),
  frm("Gas cylinder store inspected by the insurer's engineer", [C]),
  frm('Stand at Bespoked, Bristol', [T]),
  frm('New jig for the titanium frames', [T]),
  frm('Reply to fit enquiries and book the fittings in', [J]),
  frm('Box the finished frames and book the couriers', [J]),
  frm('Paint shop', [G]),
  frm('Head Builder', [G]),
];

// ---------------------------------------------------------------------------------------------
// bookbinder: "Canongate Bindery", Edinburgh (conservation binding for libraries and archives,
// thesis binding for the universities, wedding albums, classes).
const bnd = at('bookbinder');
const BND_NORTH_STAR = 'Keep hand bookbinding a living trade in Edinburgh, paid for by work people actually need';
const BND_OVERFLOW = 'Become the bindery the National Library sends its conservation overflow to';
const BOOKBINDER: Holdout17Entry[] = [
  bnd(BND_NORTH_STAR),
  bnd(BND_OVERFLOW),
  bnd('Bind theses while students wait in the May rush so they stop going to the copy shops'),
  bnd('Hire an ICON-accredited conservator so we can tender for the archive contracts that require one'),
  bnd('Teach weekend classes that turn beginners into customers for our tools and leather'),
  bnd("Take an apprentice through the Heritage Crafts bursary so the skills don't retire with Morag", [], {
    parent: BND_NORTH_STAR,
  }),
  bnd('Sell our marbled papers to other binders so the marbling pays for itself'),
  bnd('Make wedding albums that couples order a second copy of for their parents'),
  bnd('Move orders onto Shopify so the universities can pay by card instead of raising a PO'),
  bnd("Get Edinburgh's law firms rebinding their old law reports with us instead of scanning and skipping them"),
  bnd('Restore family Bibles so they can be handled again, not just kept in a drawer', [X], { krs: [] }),
  bnd('Make conservation binding affordable for small parish archives', [M], {
    krs: [placeholder('Parish archives as customers')],
  }),
  bnd('Theses bound: 2,600', [N]),
  bnd('Average order value on albums up 15%', [N]),
  bnd('Repeat order rate from university libraries', [N]),
  bnd('Conservation bench: be the bindery the National Library sends its overflow conservation work to', [K], {
    parent: BND_OVERFLOW,
  }),
  bnd('Electrical installation condition report for the workshop', [C]),
  bnd('PVG checks for the tutors on the youth classes', [C]),
  bnd('Accreditation with the Institute of Conservation renewed', [C]),
  bnd('New board shears', [T, M], { krs: [placeholder('Shears bought and installed')] }),
  bnd('Exhibition of fine bindings at the Central Library, November', [T]),
  bnd('Sort and pair the thesis orders from the university portal each morning', [J]),
  bnd('Sharpen the paring knives and clean the press plates', [J]),
  bnd('Albums & gifts', [G]),
  bnd('Classes', [G]),
];

// ---------------------------------------------------------------------------------------------
// hot-sauce-maker: "Scorch & Sons", a 12-person hot sauce maker in Bristol with its own chilli
// polytunnels in Somerset (grocery listings, restaurants, a subscription club).
const hot = at('hot-sauce-maker');
const HOT_NORTH_STAR = 'Make British-grown chilli the thing people look for on a hot sauce label';
const HOT_SAUCE: Holdout17Entry[] = [
  hot(HOT_NORTH_STAR),
  hot("Grow enough of our own chillies in Somerset that a bad harvest abroad doesn't stop the line"),
  hot('Dev: get the sauces into Waitrose without loosing the small-batch taste'),
  hot("Hire a technical manager who's taken a brand through SALSA so we can supply the bigger retailers"),
  hot('Make a mild range so families buy us as well as the chilli-heads'),
  hot("Name the farm and the pepper on every bottle so buyers can see it's British-grown", [], { parent: HOT_NORTH_STAR }),
  hot('Keep subscription members past their first box by letting them swap sauces'),
  hot('Turn the chilli festival crowd into online customers'),
  hot('Cut the glass we throw away by fixing the capper that cracks the necks'),
  hot('Sell kitchens a 5-litre catering tub so restaurants pour ours instead of the cash-and-carry brand'),
  hot('Win a Great Taste three-star for the Scotch bonnet sauce', [X], { krs: [] }),
  hot('Make the sauces shelf-stable without vinegar drowning the fruit', [M], { krs: [empty('Recipe work')] }),
  hot('Bottles sold: 480,000', [N]),
  hot('Grocery sales £1.1m', [N]),
  hot('Subscriber churn', [N]),
  hot("Get Bristol's curry houses putting our sauce on their tables", [K], {
    siblings: ["Get the sauce on the tables of Bristol's curry houses"],
  }),
  hot('SALSA audit passed', [C]),
  hot('HACCP plan reviewed and signed off for the new fermenting room', [C]),
  hot('Level 2 food hygiene certificates for everyone on the line', [C]),
  hot('New labels for the 2027 range', [T]),
  hot('Pop-up stall at the Harbourside market in July', [T]),
  hot('Check the pH of every batch before bottling', [J]),
  hot('Pick and pack the web orders before the DPD van comes', [J]),
  hot('Wholesale & restaurants', [G]),
  hot('Ops Director', [G]),
];

// ---------------------------------------------------------------------------------------------
// adult-literacy: "Open Page Tayside", an adult literacy charity in Dundee and Tayside (volunteer
// reading coaches, a prison programme, workplace courses, family reading).
const lit = at('adult-literacy');
const LIT_NORTH_STAR = "No adult in Tayside held back because they can't read a letter from the council";
const LIT_MEN = "Reach men who'd never walk into a classroom by coaching in football clubs and barbers";
const ADULT_LITERACY: Holdout17Entry[] = [
  lit(LIT_NORTH_STAR),
  lit(LIT_MEN),
  lit('Keep learners coming after the first month, when most of them drop out'),
  lit('Hire a safeguarding lead so we can coach in HMP Perth'),
  lit("Get employers paying for workplace courses so the free service isn't the only thing we do"),
  lit('Teach people to read the forms they actually get: benefits, school letters, prescriptions', [], {
    parent: LIT_NORTH_STAR,
  }),
  lit('Make the coach training short enough that people with full-time jobs can volunteer'),
  lit("Help parents read with their kids so the problem doesn't pass to the next generation"),
  lit('Move learner records onto Beacon so coaches can see progress without emailing the office'),
  lit('Get GPs referring patients who struggle with their letters'),
  lit("Make reading for pleasure part of every learner's plan, not just reading to get by", [X], { krs: [] }),
  lit('Win a three-year grant from the Robertson Trust so the coaching is funded past 2027', [M], {
    krs: [placeholder('Grant application'), kr('Funding secured', '£', 0, 150000, 0)],
  }),
  lit('Learners matched with a coach: 400', [N]),
  lit('Learners reaching SCQF level 3 or above: 60%', [N]),
  lit('Average wait for a coach', [N]),
  lit("Community team — coach men in barbers and football clubs, where they'd never go near a classroom", [K], {
    parent: LIT_MEN,
  }),
  lit('PVG scheme membership for every volunteer coach', [C]),
  lit('OSCR annual return filed', [C]),
  lit('Data protection training for volunteers (mandatory)', [C]),
  lit('Print new leaflets for the libraries and job centres', [T]),
  lit('Volunteer thank-you evening at the McManus, June', [T]),
  lit('Match new learners with coaches from the waiting list', [J]),
  lit('Phone each new volunteer after their first session', [J]),
  lit('Prison programme', [G]),
  lit('Learning Manager', [G]),
];

// ---------------------------------------------------------------------------------------------
// young-carers: "Lancashire Young Carers", a charity for children who care for a parent or a
// sibling (schools programme, Saturday clubs and trips, assessments for the county, 16-25 work).
const ycr = at('young-carers');
const YCR_NORTH_STAR = 'Let young carers in Lancashire be children as well as carers';
const YCR_BREAKS = "Give young carers breaks that their families can't afford to give them";
const YOUNG_CARERS: Holdout17Entry[] = [
  ycr(YCR_NORTH_STAR, [], { krs: [placeholder('Young carers who say they get time to be a kid: 70%')] }),
  ycr('Get every secondary school in Preston spotting a young carer before their attendance falls apart'),
  ycr('Make sure no young carer has to explain their family all over again each time a worker changes'),
  ycr("Hire a transitions worker so carers turning 18 don't fall off a cliff between services"),
  ycr(YCR_BREAKS),
  ycr('Run Saturday clubs where nobody asks about home unless the young person wants to talk', [], {
    parent: YCR_NORTH_STAR,
  }),
  ycr('Get GPs flagging children whose parent has a new diagnosis so we meet the family early'),
  ycr('Keep the respite trips going after the lottery grant ends in 2027'),
  ycr('Get colleges to accept a young carer card as a reason for a late assignment'),
  ycr('Train teachers to ask about caring when a child is always late, instead of handing out detentions'),
  ycr('Help young carers get into college instead of dropping out at 16', [X], { krs: [] }),
  ycr('Give siblings of disabled children a place that is just theirs, seperate from the family groups', [M], { krs: [placeholder('Sibling groups set up')] }),
  ycr('Young carers supported: 1,250', [N]),
  ycr("Carers' assessments completed within 28 days: 90%", [N]),
  ycr('School attendance among the young carers we support up 5 points', [N]),
  ycr("Give young carers time off from caring that their family couldn't otherwise pay for", [K], {
    siblings: [YCR_BREAKS],
  }),
  ycr('Enhanced DBS checks renewed for all staff and volunteers', [C]),
  ycr('Safeguarding level 3 training for the family workers', [C]),
  ycr('MiDAS minibus certificate for every driver', [C]),
  ycr('Young Carers Awareness Day assembly pack', [T]),
  ycr('Residential trip to Borwick Hall, August', [T]),
  ycr('Do the young carers assessments the county council refers to us', [J]),
  ycr('Ring the families on the waiting list every fortnight', [J]),
  ycr('Schools team', [G]),
  ycr('Family Support Manager', [G]),
];

// ---------------------------------------------------------------------------------------------
// field-service-saas: "Tradeflow", job management software for small trade firms (quotes,
// scheduling, invoices, card payments), about 9,000 paying firms.
const tfl = at('field-service-saas');
const TFL_NORTH_STAR = 'Give a one-van trade business its evenings back from paperwork';
const FIELD_SERVICE: Holdout17Entry[] = [
  tfl(TFL_NORTH_STAR, [], { krs: [kr('Hours a week owners spend on admin, from the in-app survey', 'hours', 6, 3, 5)] }),
  tfl("Let an electrician turn a site visit into a quote before they've left the driveway"),
  tfl('Get customers paid on the day of the job by taking card payments on the phone'),
  tfl("Hire a payments compliance lead so we can become an authorised payment institution and stop paying Stripe's margin"),
  tfl("Ship Tradeflow 5 with offline mode so plumbers in basements dont lose the job sheet — https://tradeflow.atlassian.net/wiki/x/OFFLINE"),
  tfl("Make the invoice go out by itself when the job's marked done", [], { parent: TFL_NORTH_STAR }),
  tfl('Keep firms with 10 or more vans with us instead of letting them outgrow us'),
  tfl('Cut the support calls about VAT by making the Making Tax Digital screens obvious'),
  tfl('Sell through the merchants so trades meet us at the counter'),
  tfl("Make the 14-day trial end with a firm that's already sent real invoices"),
  tfl('Let office managers move a job by dragging it and have the customer told automatically', [X], { krs: [] }),
  tfl('Make the app usable with gloves on', [M], { krs: [placeholder('Glove mode')] }),
  tfl('Paying firms: 12,500', [N]),
  tfl('Net revenue retention 104%', [N]),
  tfl('Trial-to-paid conversion', [N]),
  tfl('Product squad: give small trades their evenings back from the paperwork', [K], { parent: TFL_NORTH_STAR }),
  tfl('Answer chat support during UK working hours', [J]),
  tfl('Patch the dependencies every sprint', [J]),
  tfl('Answer the reviews people leave on Trustpilot', [J, K], { siblings: ['Reply to Trustpilot reviews'] }),
  tfl('QuickBooks sync (TF-2207)', [T]),
  tfl('Hackathon week in November', [T]),
  tfl('ISO 27001 recertification audit', [C]),
  tfl('PCI DSS attestation of compliance sent to the acquirer', [C]),
  tfl('Mobile squad', [G]),
  tfl('VP Engineering', [G]),
];

// ---------------------------------------------------------------------------------------------
// home-energy-app: "Watt Next", a consumer app that reads smart meter data and advises households
// (tariffs, heating, heat pump readiness), earning from installer and supplier referrals.
const wat = at('home-energy-app');
const WAT_NORTH_STAR = 'Help households use less energy without feeling colder or poorer';
const WAT_WINTER = 'Stop people being caught out by the winter bill';
const HOME_ENERGY: Holdout17Entry[] = [
  wat(WAT_NORTH_STAR),
  wat('Show people what their heating cost them that day, while they can still change it'),
  wat('Tell a household whether their home is ready for a heat pump without a survey visit'),
  wat('Hire a data protection officer from a bank so suppliers trust us with half-hourly data'),
  wat("Get renters saving as much as owners with tips that don't need the landlord's say-so"),
  wat("Spot a boiler that's running too hot from the meter data and tell the owner how to turn it down", [], {
    parent: WAT_NORTH_STAR,
  }),
  wat('Make the Android app work on five-year-old phones'),
  wat("Earn from installers only when the customer's happy, so our advice stays honest"),
  wat('Keep working through DCC outages by caching the last readings'),
  wat('Reach people on prepayment meters, who have the most to lose and the least help'),
  wat('Let households compare themselves with similar homes in their neighborhood', [X], { krs: [] }),
  wat('Make our tariff advice something people trust more than the comparison sites', [M], { krs: [empty('Trust')] }),
  wat('Monthly active users: 750k', [N]),
  wat('Referral revenue per active user', [N]),
  wat('Average saving per household £180 a year', [N]),
  wat("Make sure households aren't shocked by their winter bill", [K], { siblings: [WAT_WINTER] }),
  wat('Reconcile the meter data feeds each morning', [J]),
  wat('Handle data deletion requests', [J]),
  wat('Update the tariff database when suppliers change their prices', [J]),
  wat('App icon refresh', [T]),
  wat('Move the backend from Heroku to AWS', [T]),
  wat('Smart Energy Code annual audit (SEC)', [C]),
  wat('ICO registration renewed', [C]),
  wat('Data science', [G]),
  wat('Head of Partnerships', [G]),
];

// ---------------------------------------------------------------------------------------------
// gp-practice: "Fenside Medical Practice", a GP partnership of 14,000 patients in Boston,
// Lincolnshire, with a dispensing branch surgery at Swineshead.
const gpp = at('gp-practice');
const GPP_NORTH_STAR = 'Let Fenside patients see the right person quickly without a battle at 8am';
const GPP_DIABETES = 'Get people with diabetes seen before their feet or eyes go wrong, not after';
const GP_PRACTICE: Holdout17Entry[] = [
  gpp(GPP_NORTH_STAR),
  gpp(GPP_DIABETES),
  gpp('Hire a clinical pharmacist so medication reviews stop waiting for a GP slot'),
  gpp("Reach the Eastern European families who never register til there's an emergency"),
  gpp("Move to total triage on the online form so reception isn't the gatekeeper"),
  gpp('Give frail patients one named GP who knows them', [], { parent: GPP_NORTH_STAR }),
  gpp('Keep the branch surgery at Swineshead open by making the dispensary pay for it'),
  gpp('Train receptionists as care navigators so patients go straight to the physio or the pharmacy when that is right'),
  gpp('Review every patient on 10 or more medicines with the pharmacist so fewer end up in A&E after a fall'),
  gpp('Get the practice through the 2027 retirements without closing the list'),
  gpp('Make the cervical screening invite one that women in their twenties actually answer', [X], { krs: [] }),
  gpp('Stop housebound patients missing their flu jab', [M], { krs: [placeholder('Housebound flu visits')] }),
  gpp('Calls answered within 2 minutes: 85%', [N]),
  gpp('Did-not-attend rate', [N]),
  gpp('QOF achievement 98%', [N]),
  gpp('Nursing team — see diabetic patients before their eyes or feet go wrong rather than after', [K], {
    parent: GPP_DIABETES,
  }),
  gpp('Process the hospital letters and code them into SystmOne', [J]),
  gpp('Sign off the repeat prescription requests each afternoon', [J]),
  gpp('Check the vaccine fridge and log the temperature at the start of each session', [J]),
  gpp('Refurbish the waiting room at Swineshead', [T]),
  gpp('Patient participation group AGM, March', [T]),
  gpp('Data Security and Protection Toolkit submitted', [C, M], { krs: [empty('Toolkit')] }),
  gpp('Basic life support training for all clinical staff (annual)', [C]),
  gpp('Practice Manager', [G]),
  gpp('Dispensary', [G]),
];

// ---------------------------------------------------------------------------------------------
// physio-clinic: "Motion Physio", seven physiotherapy clinics in Hampshire (private MSK, sports,
// pelvic health, insurers' patients, employers' contracts).
const phy = at('physio-clinic');
const PHY_NORTH_STAR = 'Get people moving again without surgery or a lifetime of painkillers';
const PHY_RUNNERS = 'Get runners back to racing rather than just out of pain';
const PHYSIO: Holdout17Entry[] = [
  phy(PHY_NORTH_STAR),
  phy(PHY_RUNNERS),
  phy('Hire a pelvic health physio so women stop waiting a year on the NHS for help after childbirth'),
  phy('Make insurers send us their Hampshire patients first because our outcomes are the best they see'),
  phy('Put a physio in the GP surgeries at Romsey so back pain starts with us, not with a prescription'),
  phy("Give every patient an exercise plan they'll actually do, on video in the app", [], { parent: PHY_NORTH_STAR }),
  phy("Open Saturday clinics so shift workers don't have to take a day off for an appointment"),
  phy('Ravi: sell employers a back care program that keeps warehouse staff off the sick list'),
  phy('Keep our best physios by letting them specialise instead of doing the same 30-minute sessions all day'),
  phy("Review which treatments don't move outcomes and stop offering them"),
  phy("Make online booking show each physio's speciality so people pick the right one", [X], { krs: [] }),
  phy("Become the clinic Southampton's running clubs recommend", [M], {
    krs: [placeholder('Club partnerships'), kr('Clubs with a partnership', 'clubs', 0, 8, 3)],
  }),
  phy('Average sessions per episode of care', [N]),
  phy('Revenue per clinic £650k', [N]),
  phy('New patients up by a quarter', [N]),
  phy('Get injured runners racing again, not only pain-free', [K], { siblings: [PHY_RUNNERS] }),
  phy('Write up clinical notes the same day', [J]),
  phy('Chase insurers for authorisation before the second session', [J]),
  phy('Clean the couches and equipment between patients', [J]),
  phy('Rebrand to Motion Physio', [T]),
  phy('Reformer Pilates studio fit-out at Winchester', [T]),
  phy('HCPC registrations and indemnity checked for all physios', [C]),
  phy("Clinical records audit (annual, as the insurers require)", [C]),
  phy('Pelvic health', [G, X], { krs: [] }),
  phy('Clinical Director', [G]),
];

// ---------------------------------------------------------------------------------------------
// sexual-health-service: "Riverside Sexual Health", an NHS-commissioned integrated sexual health
// service for a city (walk-in clinics, online testing kits, contraception, PrEP, outreach).
const shs = at('sexual-health-service');
const SHS_NORTH_STAR = 'Make getting tested as easy as ordering a takeaway, so infections are caught before they spread';
const SEXUAL_HEALTH: Holdout17Entry[] = [
  shs(SHS_NORTH_STAR),
  shs('Get PrEP to women and Black African communities, not just the gay men who already know about it'),
  shs("Cut the time from a positive result to treatment so people don't pass it on while they wait"),
  shs('Hire a health adviser who speaks Romanian so the outreach at the car washes actually reaches people'),
  shs('Let young people get contraception from pharmacies without an appointment with us'),
  shs('Send out test kits that come back with a sample the lab can actually use', [], { parent: SHS_NORTH_STAR }),
  shs("Stop people being turned away from the walk-in at 10am because it's full"),
  shs('Move results to text and the NHS App so nobody waits a week for a phone call'),
  shs('Get long-acting contraception fitted in GP surgeries so the wait for a coil comes down'),
  shs("Keep the service open to people who won't give their real name"),
  shs('Reach sex workers with outreach at times and places that work for them', [X], { krs: [] }),
  shs('Make the clinic somewhere trans patients come back to', [M], { krs: [empty('Feedback')] }),
  shs('Online test kits returned: 70%', [N]),
  shs('Chlamydia detection rate among 15-24s', [N]),
  shs('Partner notification outcomes per index case: 0.6', [N]),
  shs('Online team - testing as easy as a takeaway order so we catch infections before they spread', [K], {
    parent: SHS_NORTH_STAR,
  }),
  shs('Triage the online kit orders and post them out', [J]),
  shs('Phone patients with positive results', [J]),
  shs('Restock the condom distribution points in the colleges', [J]),
  shs('Pride stall, August', [T]),
  shs('New clinic signage at Riverside House', [T]),
  shs('BASHH clinical governance audit', [C]),
  shs('UKAS accreditation of the point-of-care HIV testing kept', [C]),
  shs('Outreach', [G]),
  shs('Lead Nurse', [G]),
];

// ---------------------------------------------------------------------------------------------
// livestock-haulier: "Strachan Livestock Haulage", 30 wagons in Aberdeenshire (cattle and sheep to
// the marts and abattoirs, the Orkney and Shetland ferries, store cattle south, work to Ireland).
const lvh = at('livestock-haulier');
const LVH_NORTH_STAR = 'Get animals to the mart and the abattoir in the condition they left the farm';
const LVH_BACKLOAD = 'Fill the wagons on the way home so we stop running empty from the south';
const LIVESTOCK_HAULIER: Holdout17Entry[] = [
  lvh(LVH_NORTH_STAR),
  lvh('Cut the time sheep stand on the wagon at the Aberdeen ferry by booking the crossing with the farmer'),
  lvh('Hire a transport manager with the CPC so we can open an operating centre in Caithness'),
  lvh('Win the contract to take Orkney store calves south without the vet rejections we had in 2025'),
  lvh('Keep drivers who know stock instead of training new ones every spring, which costs us the good hauliers to the oil companies'),
  lvh("Fit cameras in the decks so drivers can see a beast that's gone down before the next stop", [], {
    parent: LVH_NORTH_STAR,
  }),
  lvh(LVH_BACKLOAD),
  lvh("Move to HVO fuel so the supermarkets' beef supply chains keep us on their lists"),
  lvh("Make loading at the farm safer for the farmer's kids by fitting side gates to every trailer"),
  lvh("Get the wash-out bays at Huntly quick enough that wagons aren't queuing there at night"),
  lvh('Take the worry out of long journeys for farmers by texting them when their stock arrives', [X], { krs: [] }),
  lvh('Be the haulier the mart calls first in a snowstorm', [M], { krs: [placeholder('Mart relationship')] }),
  lvh('Head of cattle moved: 190,000', [N]),
  lvh('Deadweight losses in transit below 0.05%', [N]),
  lvh('Cost per loaded mile', [N]),
  lvh('Stop the lorries coming back up the road empty by finding return loads', [K], { siblings: [LVH_BACKLOAD] }),
  lvh('Clean and disinfect the decks after each load', [J, K], {
    siblings: ['Wash out the wagons and disinfect the decks after every load'],
  }),
  lvh("Plan tomorrow's pick-ups with the marts each afternoon", [J]),
  lvh('Type 2 transporter authorisation renewed with APHA', [C]),
  lvh('Certificate of competence in animal transport for every driver', [C]),
  lvh('New livery on the Scania units', [T]),
  lvh('Stand at the Royal Highland Show, June', [T]),
  lvh('Shetland & Orkney', [G]),
  lvh('Workshop Manager', [G]),
  lvh('Irish export work', [G]),
];

// ---------------------------------------------------------------------------------------------
// holiday-cottages: "Coquet Cottages", a letting agency for 420 holiday cottages in Northumberland
// (owners, guests, changeover cleaning, dog-friendly and coastal lets).
const cot = at('holiday-cottages');
const COT_NORTH_STAR = 'Make owners in Northumberland choose us over Airbnb because we fill the quiet months';
const COT_WINTER = 'Fill November to March with walkers and birders, not just the summer families';
const HOLIDAY_COTTAGES: Holdout17Entry[] = [
  cot(COT_NORTH_STAR, [], { krs: [kr('Owners who leave us for Airbnb', 'owners', 30, 10, 22)] }),
  cot(COT_WINTER),
  cot('Get guests booking direct with us rather than through the big portals'),
  cot('Hire a licensing manager before short-let registration comes in so owners keep letting without a gap'),
  cot('Make changeover cleaning good enough that nobody arrives to a dirty oven or a hair in the shower, which is what most of the bad reviews are about'),
  cot('Price the quiet weeks by demand so owners earn something in January instead of nothing', [], {
    parent: COT_NORTH_STAR,
  }),
  cot('Sign up cottages near the Dark Sky Park so we can sell stargazing breaks'),
  cot('Keep owners with us when they retire and the children inherit the cottage'),
  cot('Let guests with dogs find a cottage with an enclosed garden in one search'),
  cot('Move bookings onto Supercontrol 6 so owners can see their calendar on their phone'),
  cot("Get local cleaners paid properly so changeovers aren't done in a rush", [X], { krs: [] }),
  cot('Make the welcome pack something guests take a photo of and share', [M], { krs: [placeholder('Pack redesign')] }),
  cot('Occupancy across the portfolio: 72%', [N]),
  cot('Owner retention', [N]),
  cot('Direct bookings up 25%', [N]),
  cot('Marketing team: get birders and walkers into the cottages between November and March, not only summer families', [K], {
    parent: COT_WINTER,
  }),
  cot('Fire risk assessments in date for every cottage', [C], { krs: [] }),
  cot('Legionella risk assessments for the cottages with hot tubs', [C]),
  cot('Inspect each cottage after the changeover clean', [J]),
  cot('Answer guest calls on the out-of-hours line', [J]),
  cot('New brochure photography', [T]),
  cot("Owners' evening at Alnwick Castle, October", [T]),
  cot('Owner Services', [G]),
  cot('Coast properties', [G]),
  cot('Coquet Cottages priorities 2027', [G]),
];

// ---------------------------------------------------------------------------------------------
// community-pub: "The Bell, Clunford", a community-owned village pub in south Shropshire with a
// village shop and three letting rooms, owned by 380 shareholders and run by a committee.
const pub = at('community-pub');
const PUB_NORTH_STAR = "Keep the Bell the place Clunford meets, so the village doesn't turn into just holiday lets";
const PUB_ROOMS = 'Fill the rooms midweek with cyclists and walkers';
const COMMUNITY_PUB: Holdout17Entry[] = [
  pub(PUB_NORTH_STAR),
  pub("Pay back the shareholders' loan without putting a pint beyond what locals will pay"),
  pub('Get walkers on the Shropshire Way stopping for lunch, not just a drink'),
  pub('Sue & Martin: hire a chef who can run the kitchen on their own so we can open for food in the week'),
  pub(PUB_ROOMS),
  pub('Give older villagers a reason to come in on a weekday afternoon, like the lunch club', [], {
    parent: PUB_NORTH_STAR,
  }),
  pub("Get younger people on the committee so it isn't the same faces still running it at 80"),
  pub('Keep the shop open on Sundays by running it with volunteers'),
  pub("Brew our own ale with the Ludlow brewery so the Bell has something other pubs don't"),
  pub('Make the beer garden usable when it rains'),
  pub('Turn the old skittle alley into a space the village hires out', [X], { krs: [] }),
  pub('Get more locals buying shares in the pub', [M], { krs: [empty('Share offer')] }),
  pub('Wet sales £210k', [N]),
  pub('Covers per week in the dining room: 350', [N]),
  pub('Food GP', [N]),
  pub('Get walkers and cyclists staying in the rooms Monday to Thursday', [K], { siblings: [PUB_ROOMS] }),
  pub('Personal licence for the new manager', [C]),
  pub('Gas safety and electrical certificates for the letting rooms', [C]),
  pub('Clean the beer lines every Monday', [J]),
  pub('Do the shop order with the wholesaler on Thursday', [J]),
  pub('Beer festival, August bank holiday', [T]),
  pub('Repaint the pub sign', [T]),
  pub('Management Committee', [G, X], { krs: [] }),
  pub('Village shop', [G]),
  pub('Bar Manager', [G]),
];

// ---------------------------------------------------------------------------------------------
// egg-farm: "Wyeside Free Range", 96,000 free-range hens in six flocks in Herefordshire, with its
// own packing centre (supermarket contract, farm shops, bakeries).
const egg = at('egg-farm');
const EGG_NORTH_STAR = 'Be the free-range eggs people pick because they know the hens actually go outside';
const EGG_MORTALITY = 'Laying flock mortality under 6%';
const EGG_FARM: Holdout17Entry[] = [
  egg(EGG_NORTH_STAR),
  egg('Hannah — get the hens ranging further by planting trees on the paddocks'),
  egg('Hire a biosecurity manager so we can keep supplying through an avian flu housing order'),
  egg('Stop feather pecking in the flocks without beak trimming'),
  egg('Sell the cracked and small eggs to bakeries instead of paying to get rid of them'),
  egg('Put a webcam on the range so shoppers can watch the hens outside', [], { parent: EGG_NORTH_STAR }),
  egg('Cut the feed we buy in by growing our own wheat on the home farm'),
  egg('Keep laying rates up through the hot spells by fixing the shed ventilation'),
  egg('Get the Co-op to give us a longer contract so we can afford the new shed'),
  egg('Move the packing line onto the Moba Omnia 3 grader so eggs leave the farm the day they are laid'),
  egg("Use the hens' manure to power the packing centre instead of selling it cheap", [X], { krs: [] }),
  egg("Become the farm shops' eggs of choice in Herefordshire", [M], { krs: [placeholder('Farm shops we supply')] }),
  egg('Eggs per hen housed: 320', [N]),
  egg('Seconds under 4%', [N]),
  egg('Feed conversion ratio', [N]),
  egg('Flock 4 — mortality under 5%', [N, K], { parent: EGG_MORTALITY }),
  egg('Walk the sheds three times a day and pick up the floor eggs', [N, J]),
  egg('Clean and disinfect each shed between flocks', [J]),
  egg('Lion Code audit passed', [C]),
  egg('RSPCA Assured assessment', [C]),
  egg('New egg boxes with the Wyeside logo', [T]),
  egg('Open Farm Sunday, June', [T]),
  egg('Pullet rearing', [G]),
  egg('Packing centre', [G]),
  egg('Farm Manager', [G]),
];

// ---------------------------------------------------------------------------------------------
// christmas-tree-farm: "Glenalmond Christmas Trees", 400 acres of Nordmann and Fraser fir in
// Perthshire (wholesale to garden centres, pick-your-own, potted trees for rent).
const xmt = at('christmas-tree-farm');
const XMT_NORTH_STAR = 'Make a Scottish-grown tree the one people want, not a Danish import';
const XMT_WHOLESALE = 'Wholesale trees: 40,000';
const CHRISTMAS_TREES: Holdout17Entry[] = [
  xmt(XMT_NORTH_STAR),
  xmt('Rent out potted trees that come back to the farm each January so families stop buying a new one every year'),
  xmt('Grow a Fraser fir that holds its needles in a centrally heated house'),
  xmt('Hire a plant health manager so we can get the plant passport to sell trees into Northern Ireland'),
  xmt('Get garden centres ordering in June so we can plan the harvest instead of guessing'),
  xmt('Cut the trees as late as we can so they arrive fresher than the imports', [], { parent: XMT_NORTH_STAR }),
  xmt('Make pick-your-own a day out families book every year'),
  xmt('Keep the young trees alive through dry springs by putting in drip irrigation'),
  xmt('Graze sheep on the land between rotations so the farm earns outside December'),
  xmt('Turn the offcuts into wreaths we sell rather than burn'),
  xmt('Plant enough each spring that we never have a gap year in the harvest', [X], { krs: [] }),
  xmt("Get our trees into the big Edinburgh hotels' lobbies", [M], { krs: [empty('Hotel deals')] }),
  xmt('Trees sold: 58,000', [N]),
  xmt('Wholesale price per tree up to £28', [N]),
  xmt('Grade A share of the harvest', [N]),
  xmt('Garden centres in England — 15,000 trees', [N, K], { parent: XMT_WHOLESALE }),
  xmt('Shear the trees each summer', [J], { krs: [] }),
  xmt('Net and load the wholesale orders', [J]),
  xmt('Plant passport registration with SASA renewed', [C]),
  xmt('Pesticide spraying certificates for the sprayer operators', [C]),
  xmt("Santa's grotto build", [T]),
  xmt('New car park at the pick-your-own field', [T]),
  xmt('Wholesale', [G]),
  xmt('Pick-your-own', [G]),
  xmt('Glenalmond FY27 goals', [G]),
];

export const HOLDOUT_17: Holdout17Entry[] = [
  ...PATENT_OFFICE,
  ...FISHERIES,
  ...REVENUES,
  ...PLUMBING,
  ...PAINTERS,
  ...FRAME_BUILDER,
  ...BOOKBINDER,
  ...HOT_SAUCE,
  ...ADULT_LITERACY,
  ...YOUNG_CARERS,
  ...FIELD_SERVICE,
  ...HOME_ENERGY,
  ...GP_PRACTICE,
  ...PHYSIO,
  ...SEXUAL_HEALTH,
  ...LIVESTOCK_HAULIER,
  ...HOLIDAY_COTTAGES,
  ...COMMUNITY_PUB,
  ...EGG_FARM,
  ...CHRISTMAS_TREES,
];

// ---------------------------------------------------------------------------------------------
// Plans: ten small cascades of 15 nodes each, from ten of the domains above.
type PlanNode = Holdout17Plan['nodes'][number];
const node = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): PlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_17_PLANS: Holdout17Plan[] = [
  {
    name: 'NIPO corporate plan 2027/28',
    domain: 'patent-office',
    nodes: [
      node('r', null, 'NIPO corporate plan 2027/28', [G]),
      node('ns', 'r', IPO_NORTH_STAR),
      node('pat', 'r', 'Patents Directorate', [G]),
      node('p1', 'pat', 'Patents examined within 18 months of filing: 85%', [N]),
      node('p2', 'pat', 'Patents — let a small inventor get a patent without paying a lawyer for every letter', [K]),
      node('p3', 'pat', "Record assignments and licences on the register as they're filed", [J]),
      node('tm', 'r', 'Trade Marks Directorate', [G]),
      node('t1', 'tm', 'Trade mark applications examined within 4 months: 90%', [N, K]),
      node('t2', 'tm', 'Cut the trade mark oppositions that end up at a hearing by getting both sides on a mediation call first'),
      node('t3', 'tm', 'Put trade mark assignments on the register as they come in', [J, K]),
      node('des', 'r', 'Designs & Tribunal', [G]),
      node('d1', 'des', 'Bring design right disputes to a decision without either side needing a barrister'),
      node('d2', 'des', 'Mandatory data protection e-learning for every examiner', [C]),
      node('coo', 'r', 'Chief Operating Officer', [G]),
      node('c1', 'coo', 'Annual information security audit against GovS 007', [C]),
    ],
    cloneGroups: [
      ['ns', 'p2'],
      ['p1', 't1'],
      ['p3', 't3'],
    ],
  },
  {
    name: 'Westerly IFCA annual plan 2027/28',
    domain: 'fisheries-authority',
    nodes: [
      node('r', null, 'Westerly IFCA — annual plan 2027/28', [G]),
      node('ns', 'r', IFC_NORTH_STAR),
      node('sci', 'r', 'Science & evidence', [G]),
      node('s1', 'sci', 'Lobster landings per pot lift', [N]),
      node('s2', 'sci', 'Close the gap in our lobster data by v-notching berried hens with the fleet'),
      node('enf', 'r', 'Enforcement', [G]),
      node('e1', 'enf', 'Boardings at sea: 220', [N]),
      node('e2', 'enf', 'Answer reports of illegal netting on the hotline', [J]),
      node('e3', 'enf', 'Sea survival certificates in date for every officer who goes on the boat', [C]),
      node('e4', 'enf', "Enforcement team: make sure there's still crab and lobster for the next generation of inshore fishermen", [K]),
      node('east', 'r', 'Eastern district', [G]),
      node('x1', 'east', 'Get the Fowey potters helping to write the potting byelaw so fewer of them fight it'),
      node('x2', 'east', 'Take the hotline calls about illegal nets', [J, K]),
      node('west', 'r', 'Western district', [G]),
      node('w1', 'west', 'Undersized crab on boarding under 5%', [N]),
    ],
    cloneGroups: [
      ['ns', 'e4'],
      ['e2', 'x2'],
    ],
  },
  {
    name: 'Beckett & Daughters 2027 plan',
    domain: 'plumbing-heating',
    nodes: [
      node('r', null, 'Beckett & Daughters — 2027 plan', [G]),
      node('ns', 'r', PLB_NORTH_STAR),
      node('inst', 'r', 'Installations', [G]),
      node('i1', 'inst', 'Heat pump installs: 250', [N]),
      node('i2', 'inst', 'Gas Safe registration renewed for every engineer', [C]),
      node('i3', 'inst', 'Installs team: be who Sheffield rings to get off gas, not only to fix a boiler', [K]),
      node('i4', 'inst', 'Quote for a heat pump on the same visit as the boiler service so customers can compare honestly'),
      node('serv', 'r', 'Service & maintenance', [G]),
      node('v1', 'serv', 'Restock the vans from the stores twice a week', [N, J]),
      node('v2', 'serv', 'First-time fix on call-outs: 88%', [N]),
      node('resp', 'r', 'Reactive & emergency', [G]),
      node('q1', 'resp', 'Vans restocked from stores two times a week', [N, J, K]),
      node('q2', 'resp', 'Attend every emergency leak within 4 hours', [N, J]),
      node('off', 'r', 'Office', [G]),
      node('o1', 'off', 'Move job sheets onto Tradify so the office knows where every engineer is without ringing round'),
    ],
    cloneGroups: [
      ['ns', 'i3'],
      ['v1', 'q1'],
    ],
  },
  {
    name: 'Scorch & Sons FY27 objectives',
    domain: 'hot-sauce-maker',
    nodes: [
      node('r', null, 'Scorch & Sons FY27 objectives', [G]),
      node('ns', 'r', HOT_NORTH_STAR),
      node('farm', 'r', 'Chilli farm, Somerset', [G]),
      node('f1', 'farm', 'Chillies harvested: 38 tonnes', [N]),
      node('f2', 'farm', 'Farm team — make British-grown chillies what people look for on the label of a hot sauce', [K]),
      node('f3', 'farm', "Grow enough of our own chillies that a bad harvest abroad doesn't stop the line"),
      node('prod', 'r', 'Production', [G]),
      node('pr1', 'prod', 'SALSA audit passed', [C]),
      node('pr2', 'prod', "Check the pH of every batch before it's bottled", [J]),
      node('pr3', 'prod', 'Cut the glass we throw away by fixing the capper that cracks the necks'),
      node('sales', 'r', 'Sales Director', [G]),
      node('sa1', 'sales', 'Grocery sales £1.1m', [N]),
      node('sa2', 'sales', 'Sales: get shoppers looking for British-grown chilli on the hot sauce label', [K]),
      node('online', 'r', 'Online & subscriptions', [G]),
      node('on1', 'online', 'Web shop sales £400k', [N, K]),
    ],
    cloneGroups: [
      ['ns', 'f2', 'sa2'],
      ['sa1', 'on1'],
    ],
  },
  {
    name: 'Lancashire Young Carers plan 2027/28',
    domain: 'young-carers',
    nodes: [
      node('r', null, 'Lancashire Young Carers — plan 2027/28', [G]),
      node('ns', 'r', YCR_NORTH_STAR),
      node('ceo', 'r', 'Chief Executive', [G]),
      node('c1', 'ceo', 'Young carers supported: 1,250', [N]),
      node('c2', 'ceo', 'Keep the respite trips going after the lottery grant ends in 2027'),
      node('sch', 'r', 'Schools team', [G]),
      node('s1', 'sch', 'Schools team: let young carers be kids as well as carers', [K]),
      node('s2', 'sch', 'Deliver the young carers assembly in every secondary school', [T]),
      node('fam', 'r', 'Family support', [G]),
      node('f1', 'fam', "Carers' assessments completed within 28 days: 90%", [N]),
      node('f2', 'fam', 'Ring the families on the waiting list every fortnight', [J]),
      node('f3', 'fam', 'Young carers supported in Preston: 400', [N, K]),
      node('east', 'r', 'East Lancashire', [G]),
      node('e1', 'east', 'Phone waiting-list families fortnightly', [J, K]),
      node('e2', 'east', 'Get GPs in Burnley flagging children whose parent has a new diagnosis'),
    ],
    cloneGroups: [
      ['ns', 's1'],
      ['c1', 'f3'],
      ['f2', 'e1'],
    ],
  },
  {
    name: 'Tradeflow H1 OKRs',
    domain: 'field-service-saas',
    nodes: [
      node('r', null, 'Tradeflow H1 OKRs', [G]),
      node('ns', 'r', TFL_NORTH_STAR),
      node('prod', 'r', 'Head of Product', [G]),
      node('p1', 'prod', 'Product squad: give small trades their evenings back from the paperwork', [K]),
      node('p2', 'prod', "Let an electrician turn a site visit into a quote before they've left the driveway"),
      node('mob', 'r', 'Mobile squad', [G]),
      node('m1', 'mob', 'Patch the dependencies every sprint', [J]),
      node('m2', 'mob', 'Mobile: hand one-van traders their evenings back from admin', [K]),
      node('rev', 'r', 'Revenue', [G]),
      node('r1', 'rev', 'Paying firms: 12,500', [N]),
      node('r2', 'rev', 'Paying firms on annual plans: 4,000', [N, K]),
      node('r3', 'rev', 'Sell through the merchants so trades meet us at the counter'),
      node('sec', 'r', 'Security & Compliance', [G]),
      node('s1', 'sec', 'ISO 27001 recertification audit', [C]),
      node('s2', 'sec', 'Keep the dependencies patched each sprint', [J, K]),
    ],
    cloneGroups: [
      ['ns', 'p1', 'm2'],
      ['r1', 'r2'],
      ['m1', 's2'],
    ],
  },
  {
    name: 'Fenside Medical Practice plan 2027/28',
    domain: 'gp-practice',
    nodes: [
      node('r', null, 'Fenside Medical Practice — practice plan 2027/28', [G]),
      node('ns', 'r', GPP_NORTH_STAR),
      node('pm', 'r', 'Practice Manager', [G]),
      node('pm1', 'pm', 'Calls answered within 2 minutes: 85%', [N]),
      node('pm2', 'pm', 'Data Security and Protection Toolkit submitted', [C]),
      node('clin', 'r', 'Clinical team', [G]),
      node('cl1', 'clin', 'Process the hospital letters and code them into SystmOne', [J]),
      node('cl2', 'clin', 'Clinical team — patients seeing the right clinician quickly, without the 8am scramble', [K]),
      node('nurse', 'r', 'Nursing', [G]),
      node('n1', 'nurse', 'Diabetes care processes completed for 80% of patients', [N]),
      node('n2', 'nurse', 'Get people with diabetes seen before their feet or eyes go wrong'),
      node('swin', 'r', 'Swineshead branch', [G]),
      node('sw1', 'swin', 'Swineshead — patients see the right person fast without fighting for an 8am slot', [K]),
      node('sw2', 'swin', 'Code hospital letters into SystmOne as they come in', [J, K]),
      node('sw3', 'swin', 'Calls answered within 2 minutes: 90% at the branch', [N, K]),
    ],
    cloneGroups: [
      ['ns', 'cl2', 'sw1'],
      ['cl1', 'sw2'],
      ['pm1', 'sw3'],
    ],
  },
  {
    name: 'Strachan Haulage 2027 targets',
    domain: 'livestock-haulier',
    nodes: [
      node('r', null, 'Strachan Haulage — 2027 targets', [G]),
      node('ns', 'r', LVH_NORTH_STAR),
      node('tm', 'r', 'Transport Manager', [G]),
      node('t1', 'tm', 'Type 2 transporter authorisation renewed with APHA', [C]),
      node('t2', 'tm', 'Deadweight losses in transit below 0.05%', [N]),
      node('ab', 'r', 'Aberdeen depot', [G]),
      node('a1', 'ab', 'Wash out and disinfect the decks after every load', [J]),
      node('a2', 'ab', 'Head of cattle moved: 130,000', [N]),
      node('a3', 'ab', 'Aberdeen drivers — stock arrives at the mart and abattoir in the same condition it left the farm', [K]),
      node('isl', 'r', 'Orkney & Shetland', [G]),
      node('i1', 'isl', 'Decks cleaned and disinfected after each load', [J, K]),
      node('i2', 'isl', 'Cattle moved off the islands: 40,000', [N, K]),
      node('i3', 'isl', 'Cut the time sheep stand on the wagon at the ferry by booking the crossing with the farmer'),
      node('ws', 'r', 'Workshop', [G]),
      node('w1', 'ws', "Fit cameras in the decks so drivers can see a beast that's gone down"),
    ],
    cloneGroups: [
      ['ns', 'a3'],
      ['a1', 'i1'],
      ['a2', 'i2'],
    ],
  },
  {
    name: 'Coquet Cottages priorities 2027',
    domain: 'holiday-cottages',
    nodes: [
      node('r', null, 'Coquet Cottages priorities 2027', [G]),
      node('ns', 'r', COT_NORTH_STAR),
      node('own', 'r', 'Owner Services', [G]),
      node('o1', 'own', 'Keep owners with us when they retire and the children inherit the cottage'),
      node('mkt', 'r', 'Marketing', [G]),
      node('m1', 'mkt', 'Occupancy across the portfolio: 72%', [N]),
      node('m2', 'mkt', 'Marketing: owners pick us over Airbnb because we fill their quiet months', [K]),
      node('hk', 'r', 'Housekeeping', [G]),
      node('h1', 'hk', 'Inspect each cottage after the changeover clean', [J]),
      node('h2', 'hk', 'Legionella risk assessments for the cottages with hot tubs', [C]),
      node('coast', 'r', 'Coast properties', [G]),
      node('c1', 'coast', 'Occupancy of 80% on the coast', [N, K]),
      node('c2', 'coast', 'Check every cottage once the changeover clean is done', [J, K]),
      node('hills', 'r', 'Hills & Cheviots properties', [G]),
      node('hi1', 'hills', 'Occupancy 65% in the hills', [N, K]),
    ],
    cloneGroups: [
      ['ns', 'm2'],
      ['m1', 'c1', 'hi1'],
      ['h1', 'c2'],
    ],
  },
  {
    name: 'Wyeside Free Range FY27 OKRs',
    domain: 'egg-farm',
    nodes: [
      node('r', null, 'Wyeside Free Range FY27 OKRs', [G]),
      node('ns', 'r', EGG_NORTH_STAR),
      node('fm', 'r', 'Farm Manager', [G]),
      node('f1', 'fm', 'Eggs per hen housed: 320', [N]),
      node('f2', 'fm', 'Laying flock mortality under 6%', [N]),
      node('f3', 'fm', 'Lion Code audit passed', [C]),
      node('fl', 'r', 'Flocks 1-3 (Kingstone)', [G]),
      node('k1', 'fl', 'Walk the sheds three times a day and pick up the floor eggs', [N, J]),
      node('k2', 'fl', 'Kingstone flocks: mortality below 5%', [N, K]),
      node('fl2', 'r', 'Flocks 4-6 (Madley)', [G]),
      node('d1', 'fl2', 'Go round the sheds 3 times daily collecting floor eggs', [N, J, K]),
      node('d2', 'fl2', 'Stop feather pecking in the Madley flocks without beak trimming'),
      node('pack', 'r', 'Packing centre', [G]),
      node('p1', 'pack', 'Seconds under 4%', [N]),
      node('p2', 'pack', 'Packing team — shoppers choose our free-range eggs because they know our hens really go outside', [K]),
    ],
    cloneGroups: [
      ['ns', 'p2'],
      ['f2', 'k2'],
      ['k1', 'd1'],
    ],
  },
];
