import type { RuleCode } from '../../shared/coach/types';

/**
 * NINETEENTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-330 of
 * test/coach/holdout18.ts (its header with the labelling definitions and calls, its types and
 * helpers, the comment opening its first domain and that domain's first entry; none of its other
 * entries and none of its plans), test/coach/report.ts (whole: the Labelled / LabelledPlan shapes and
 * the harness around them), the output of `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the
 * RuleCode type line, the Fix type and the Finding shape), nothing else of that file, and the brief's
 * list of the domains every earlier set used (/tmp/brief/domains.txt). Besides these it saw only file
 * names (a listing of test/coach/) and tsconfig.json's settings, to type-check this file. Not opened:
 * any other file under shared/coach/, the README, holdout.ts to holdout17.ts, holdout18.ts from line
 * 331 on, corpus.ts, handbook.ts, suite.ts, or anything under test/unit/, test/e2e/ or out/. The only
 * git command run was one `git status --short test/coach/` at the end (file names only). The coach,
 * `cascade lint`, vitest and npm test were never run on these titles. The shapes below copy
 * holdout18's (renamed Holdout19*) and were checked only with `tsc --noEmit` (a throw-away tsconfig
 * outside the repo listing this file and a throw-away file that assigns both exports to Labelled[] and
 * LabelledPlan[]; the compiler loads what those import, but none of it was opened) and with a
 * throw-away counting script kept outside the repo (run with `node --experimental-strip-types`, Node
 * 22); all three were deleted afterwards.
 *
 * Domains, none of them used by an earlier set (checked against the list in the brief, and kept away
 * from near-duplicates of it: the deposit scheme is neither the ombudsman, the land registry nor the
 * property manager; the careers service is not the youth justice service or university admissions;
 * the fencing and demolition contractors are none of the scaffolder, the asbestos remover or the
 * construction sets; the agricultural contractor is not the shearing contractor or the farm co-op; the
 * saddler is neither the tannery nor the farrier; the preserves maker is not the honey producer or the
 * hot sauce maker; the tofu maker is not the fresh pasta maker; the repair cafés are not the charity
 * shops or the men's shed; the status page product is not the support or devrel sets; the school MIS
 * is a software vendor, not the school district; the pallet depot is neither the courier nor the rail
 * or air cargo sets; the hostels are not the hotel chain, camping park or holiday cottages; the
 * cookery school is not the meal kit or the restaurant chain; the hop farm is not the brewery; the
 * comedy club is not the theatre company or the community pub):
 * tenancy-deposit-scheme (Hearthsafe, a government-authorised custodial deposit scheme for England and
 * Wales with free adjudication), school-immunisation-team (an NHS school-aged immunisation service:
 * nasal flu, HPV, teenage boosters, consent), stroke-rehab-unit (an inpatient stroke rehabilitation
 * ward with an Early Supported Discharge team), careers-service (a county council's careers guidance
 * service for 13-19s and SEND up to 25), fencing-contractor (twelve fencers in Devon and Cornwall:
 * stock, deer, estate and school fencing), demolition-contractor (forty people in the West Midlands:
 * soft strip, high reach, crushing), agricultural-contractor (a Shropshire family contractor: silage,
 * baling, slurry, hedges), saddlery (eight saddlers in Walsall: bespoke saddles, bridles, fitting,
 * repairs), preserves-maker (a Northumberland jam, chutney and marmalade maker), tofu-maker (a Hackney
 * maker of fresh tofu and tempeh from UK-grown beans), adventure-playground (a charity running three
 * staffed adventure playgrounds in inner London), sight-loss-charity (a county charity: rehab workers,
 * eye clinic liaison, equipment, a talking newspaper), repair-cafe-network (a charity supporting
 * volunteer repair cafés across Greater Manchester), status-page-saas (hosted status pages and incident
 * communication for SaaS companies), school-mis (a school management information system sold to
 * academy trusts), pallet-network (a Warrington member depot of a national pallet network),
 * backpacker-hostels (four independent hostels in the Scottish Highlands), cookery-school (a cookery
 * school in Bath: classes, a foundation course, team days, a shop), hop-grower (a sixty-hectare
 * Herefordshire hop farm with kilns), comedy-club (a Brighton comedy club with a bar and a May Fringe
 * programme).
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_19: 500 objectives (25 per domain), 200 sound (expect [], 40.0%; 10 per domain), 300 with
 *   at least one label. Per label: number-title 65, task-listing 45, compliance 45, job-requirement 45,
 *   generic-container 45, goal-clone 22, kr-not-measurable 22, no-key-results 22. Eleven entries
 *   carry two labels: number-title + job-requirement (2), number-title + goal-clone (2),
 *   job-requirement + goal-clone (2), generic-container + no-key-results (2), and one each of
 *   task-listing + kr-not-measurable, compliance + kr-not-measurable and number-title +
 *   kr-not-measurable. 25 entries have `krs: []`: 20 sound titles (no-key-results), 2 containers (also
 *   no-key-results), and one task, one compliance and one duty title (no no-key-results: the
 *   definition excludes them). 36 entries carry a parent, 20 of them sound; 15 carry earlier siblings.
 *   23 sound entries carry explicit KRs that must not be flagged (20 with a unit and a target, 3
 *   untouched defaults whose KR titles carry a quantity).
 * - HOLDOUT_19_PLANS: 10 plans, 150 nodes (15 each), 27 clone groups (22 of two, 5 of three; 32
 *   copies); 26 sound nodes. Per label: generic-container 40, goal-clone 32, number-title 28,
 *   job-requirement 25, compliance 15, task-listing 5. Two labels on 21 nodes: job-requirement +
 *   goal-clone (11), number-title + goal-clone (10).
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout18's definitions (themselves those of every hold-out back to holdout3), copied,
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
 * Calls made where the definitions leave room (holdout18's calls, as its header states them, were
 * followed; this set's own, for its titles):
 * - Limits and intervals on a duty are number-title + job-requirement ("Acknowledge each new dispute
 *   within 48 hours", "Oil and filter change on every tractor at 250 hours"). Bare periods and times
 *   of day leave a duty with job-requirement alone ("every Friday", "each week", "each evening",
 *   "every Thursday", "by 11 each morning", "by Thursday", "the next working day", "Mon–Sat", "in
 *   May", "on show nights"). "Annual ..." leaves compliance alone.
 * - Numbers that are not targets: ages and thresholds ("16 and 17 year old", "a 14-year-old", "at
 *   12", "girls over ten", "men over 60"); grades ("Year 8", "Year 9s", "Year 11", "level 2", "Level
 *   3"); versions, models and identifiers ("Kinetic 3", "Terraform provider v2", "Stage V", "the
 *   8R", "ISO 27001", "ISO 9001", "PA1/PA2", "PA6", "bay 3", "North Coast 500"); years and
 *   periods ("2016", "2021", "the 2023 strike days", "2024 fee change", "2026", "2026/27", "Bett
 *   2026"); ordinals ("a second data protection officer", "a second gang leader", "a second steam
 *   kettle", "a second wholesaler", "their first college course", "the first year"); "one" as an
 *   article ("one flat", "one saddle", "one app", "one outage", "one person's word", "one summer");
 *   a fixed scope ("the two universities"); horizons
 *   ("within weeks", "days, not weeks", "a whole year", "the same fortnight in May").
 * - Targets: values after a metric or comparator ("Turnover £1.3m", "Deposits protected: 410,000",
 *   "NEET and not known under 4%", "Logo churn under 1.5% monthly", "NPS from teachers +30",
 *   "RIDDOR reportables: 0", "Yield 1.8 t/ha", "Bar spend per head £11", "Average price per bespoke
 *   saddle £3,400", "Push tenant satisfaction ... up to 4.2 out of 5", "Café count to 40", "Sell 30%
 *   of the crop direct", "Length of stay down 20%", "Direct bookings from 35% to 55%").
 * - Only a metric name is number-title: "Average working days from dispute raised to decision",
 *   "Consent forms returned", "Barthel gain per admission", "Number of guidance interviews
 *   delivered", "Gross margin on domestic jobs", "Revenue per operative", "Fuel used per acre",
 *   "Online shop revenue", "Cost per jar", "Gross margin on tempeh", "Average daily attendance per
 *   site", "Volunteer hours", "Kg diverted from landfill", "Trial-to-paid conversion", "Average
 *   onboarding days per school", "Revenue per pallet", "RevPAB", "Shop sales per student", "Alpha
 *   acid per hectare", "No-show rate". Direction without a quantity is sound ("Cut ...", "Fewer
 *   ...", "more", "sooner", "longer").
 * - Containers: roles ("Head of Dispute Resolution", "Immunisation Team Lead", "Ward 7 Therapy Lead",
 *   "Careers Service Manager", "Contracts Manager", "Operations Director", "Ailsa (MD)", "Sales
 *   (Kenji)", "Playground Manager", "CEO – Martin", "Network Manager", "CTO", "Head of Product",
 *   "Depot Manager", "Operations (Mhairi)", "Head Chef"), and teams, lines and places ("Agents &
 *   landlords", "Flu programme", "Early Supported Discharge team", "SEND & post-16 team", "Schools
 *   team", "Agricultural", "High reach", "Silage gang", "Yard & workshop", "Workshop", "Fitting
 *   service", "Trade accounts", "Tempeh room", "Holiday schemes", "Rehabilitation", "Fundraising &
 *   comms", "Salford cafés", "Growth", "Parent app squad", "Night shift", "Torridon", "Café-bar",
 *   "Kids' classes", "Kilning", "Sales & brewers", "Front of house", "Fringe"), and every plan root (a
 *   bucket with a period) are generic-container only. "The kitchen" and "Tool library" with `krs: []`
 *   also carry no-key-results.
 * - Compliance: audits, inspections, certifications, registrations and licences the organisation
 *   undergoes or keeps ("ISO 27001 recertification audit passed", "Keep our scheme authorisation —
 *   annual performance return in and the contract review with MHCLG passed", "Cold chain audit",
 *   "PGDs re-signed by the medical director before they lapse", "Matrix Standard reaccreditation",
 *   "CSCS cards renewed", "Lantra tickets ... for the new starters", "Constructionline Gold renewed",
 *   "NFDC membership audit", "CCDO cards ...", "PA1/PA2 spraying certificates renewed", "O licence
 *   for the lorry renewed", "Society of Master Saddlers membership renewal and workshop inspection",
 *   "Trading Standards safety check on the children's riding hats we resell", "SALSA audit passed",
 *   "Council food business registration kept current, and the EHO visit passed", "Pass the council's
 *   food hygiene visit", "Soil Association organic certification kept", "Ofsted registration ...
 *   renewed", "Charity Commission annual return filed", "PAT test every café's soldering irons and
 *   tools", "DBS checks for fixers ...", "Annual pen test signed off by the CISO", "ISO 9001
 *   certificate renewed", "Stay on the DfE approved-supplier framework: annual supplier assurance
 *   submitted", "FORS Silver re-audit", "Short-term let licence ...", "Gas safety certificate ...
 *   renewed", "Red Tractor assessment passed", "Seasonal worker sponsor licence renewed", "Sprayer
 *   test (NSTS) done" (`krs: []`, compliance only), "Keep our premises licence ...", "Personal
 *   licence for the bar manager", "Fire safety inspection of the main room"), and mandatory or
 *   required training ("Annual anaphylaxis and basic life support update", "Dysphagia screening
 *   competency signed off for every new nurse", "Manual handling refresher (mandatory)",
 *   "Safeguarding level 2 e-learning", "Paediatric first aid kept in date", "Safeguarding training
 *   for all volunteers" (with a bare KR: also kr-not-measurable), "Data protection training for the
 *   helpline volunteers", "Security awareness training", "Driver CPC hours", "Fire safety training
 *   for all seasonal staff", "Level 3 food hygiene for all tutors").
 * - Duty rather than compliance: the business's own routine checks and records are job-requirement
 *   ("Match every repaid deposit to the bank statement", "Upload every vaccination to the child health
 *   record ...", "Record the NIHSS and SSNAP data for each admission", "Check the excavator
 *   attachments every morning", "Send the waste transfer notes back to the office with every load",
 *   "Take the batch codes and fill weights for every run", "Do the daily site safety check before the
 *   gates open", "Log every repair in the Restart data tool", "Check the nightly backups ran", "Fill
 *   in the daily defect sheet on each truck", "Walk the gardens for downy mildew each week"); so are
 *   upkeep and queues ("Keep the leather stock book up to date", "Keep the on-call handover doc up to
 *   date each week", "Apply the DfE code set changes whenever they're published", "Work through the
 *   Intercom inbox so nothing sits overnight", "Stitch and return the repairs in the order they come
 *   in", "Ring back everyone who leaves a message on the helpline", "Reply to the booking enquiries
 *   that come in overnight", "Book venues for next month's cafés", "Run the box office on show
 *   nights", "Train the bines clockwise up the strings in May", "Sterilise the jars before each batch"
 *   (`krs: []`, job-requirement only)).
 * - Tasks: events and deliverables as noun phrases ("Roadshow for head teachers ...", "Stroke
 *   survivors' afternoon tea ...", "Careers fair at the County Showground", "New branded hoarding
 *   design", "New zip wire for Mint Street", "Annual report and AGM", "Summer repair festival ...",
 *   "New racking in bay 3", "New booking engine", "New lighting rig", "Stand at Badminton Horse
 *   Trials", "Stand at Bett 2026", "New therapy kitchen on Ward 7" (with a bare KR: also
 *   kr-not-measurable)); one-off jobs, purchases, moves and rewrites without an effect ("Redesign the
 *   annual landlord newsletter", "Reprint the consent leaflets ...", "Write the new ward welcome
 *   booklet", "Build the new careers website on the council CMS", "Move the yard from Tipton to ...
 *   Oldbury", "Buy a new round baler", "Buy a second steam kettle", "Install the new press", "Move
 *   the cold room to the back of the unit", "Reorganise the cutting room" (`krs: []`, task only),
 *   "Relaunch the website", "Move the Poole office ...", "Migrate the docs from GitBook to
 *   Mintlify", "Rebrand the dashboard in the new colors", "Re-roof the oast house"). With an effect
 *   they are sound ("Move the tenant portal to Kinetic 3 so a tenant can raise a dispute from their
 *   phone", "Buy a post driver with a rock spike so we can take on the granite ground ...", "Swap the
 *   oldest excavators for Stage V machines so we can work inside the Birmingham clean air zone",
 *   "Move the equipment shop online ... so people don't have to travel to Poole", "Film the making of
 *   one saddle ... so buyers see what the price pays for", "Ship the Terraform provider v2 ... so
 *   platform teams can manage their status pages as code", "Move the timetabler onto the new
 *   scheduling engine so ...", and in a plan "Write adjudication reasons a renter can follow without
 *   needing a lawyer").
 * - Sound despite a trap word: a hire in every domain, some naming a compliance role or a
 *   qualification ("Hire a second data protection officer ...", "Hire a security compliance engineer
 *   so enterprise questionnaires stop landing on the founders", "Hire a qualified fitter for the
 *   North ..."); "review" and "audit" with an effect ("Review why so many disputes stall at the
 *   evidence stage ... and change the forms ...", "Audit why patients from the Eastfield estate come
 *   back in ...", "Audit why so many laptops come in and go home unfixed ...", "Review the census
 *   export ... so the DfE return stops costing them a week of fixes", "Review the heckling policy with
 *   comics so hecklers get dealt with ...", "Review our risk-benefit assessments with the insurer so
 *   we can keep the rope swing ...", "Review the merchant contract with the NFU adviser ..."); training
 *   with an effect ("Train the whole ward team in the 2023 National Clinical Guideline for Stroke so
 *   nurses can carry rehab on ...", "Train an apprentice up to bench level so the trade doesn't die
 *   with Ron"); "keep" of an outcome ("Keep free play free ...", "Keep the gang together through the
 *   winter ...", "Keep schools with us after the first year", "Keep a share of dorm beds at a set
 *   price ...").
 * - Copies in entries (22): the parent's goal reworded, most with a team, owner or site prefix,
 *   with synonyms or reordering (twelve, e.g. "Adjudication team: fairer, faster and rarer
 *   disputes", "Kenji — make ours the fresh tofu Londoners like best", "Bolton hub: reduce Greater
 *   Manchester's waste through repair", "Register squad: be the MIS that teachers like to use"); an
 *   earlier sibling repeated with
 *   synonyms or reordering (six, e.g. "Send patients home earlier, with ward-level rehab carried on
 *   at home", "Regain the St Helens small manufacturers who moved to the rival network", "Get incident
 *   news to end users faster than it spreads on social media" beside "... faster than Twitter does");
 *   the same metric with another number and scope, keeping number-title (two: "Deer fence put up on
 *   the Dartmoor schemes — 12km", "Paid status pages on the Business plan — 1,100"); an earlier
 *   sibling's duty reworded, keeping job-requirement (two: "Walk the site and check the structures
 *   each morning before opening", "Check the hop gardens weekly for signs of mildew"); in two domains
 *   the copies come only as those duty doubles. In plans: the North Star repeated by a team
 *   (nine groups, one of them of three); cousins' duties reworded, keeping job-requirement (nine
 *   groups, two of them of three); the same metric with another number or scope, keeping number-title,
 *   as cousins (eight groups, two of them of three: recycling rates, silage acres, jars sold,
 *   attendances by playground, occupancy by hostel, adjudications, primary flu uptake, on-time
 *   delivery); and one paraphrased sound objective copied with a narrower scope ("More women and
 *   non-binary comics on the Fringe weekend bills").
 * - Not copies: sharper children under their parent (20 sound entries carry a parent); in plans, a
 *   new metric beside an old one ("HPV uptake among boys" beside primary flu uptake, "Acres spread
 *   with the dribble bar" beside silage acres, "Trunk departures on time" beside on-time delivery,
 *   "Stockists" beside jars sold, "Deposits held" beside decisions issued), and containers differing
 *   only in scope ("North locality" / "South locality", "Day shift" / "Night shift", the three
 *   playgrounds, the three hostels).
 * - kr-not-measurable follows the definition literally: placeholder or empty KRs with no quantity in
 *   their titles, on nineteen outcome titles, and on a task, a compliance title and a number title.
 *   Not flagged: untouched default KRs whose titles carry a quantity ("Registrations finished in
 *   under 5 minutes: 80%", "Morning registers taken in the app by 9:15: 95%", "Guests arriving without
 *   a car: 60%"), and KRs with a unit and a target (one sound entry per domain).
 * - Plans reuse some entries' wording: plans and entries are scored apart.
 * - Spelling and voice: British and American spellings side by side ("programme", "licence",
 *   "colours" beside "colors", "prioritize"); shorthand ("pt", "Mon–Sat", "O licence", "&", "12km");
 *   typos kept as written ("familes", "actualy", "there own", "doesnt"); owners' names ("Priya",
 *   "Kenji", "Ailsa", "Mhairi", "Gary", "Sean", "Dave", "Ron", "Mark"), a Notion path, a Confluence
 *   path, a Drive path and a URL inside some titles, as people write them. None changes a label.
 */

export type Holdout19Domain =
  | 'tenancy-deposit-scheme'
  | 'school-immunisation-team'
  | 'stroke-rehab-unit'
  | 'careers-service'
  | 'fencing-contractor'
  | 'demolition-contractor'
  | 'agricultural-contractor'
  | 'saddlery'
  | 'preserves-maker'
  | 'tofu-maker'
  | 'adventure-playground'
  | 'sight-loss-charity'
  | 'repair-cafe-network'
  | 'status-page-saas'
  | 'school-mis'
  | 'pallet-network'
  | 'backpacker-hostels'
  | 'cookery-school'
  | 'hop-grower'
  | 'comedy-club';

export interface Holdout19Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout19Entry {
  title: string;
  domain: Holdout19Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout19Kr[];
}

export interface Holdout19Plan {
  name: string;
  domain: Holdout19Domain;
  /** In tree order; each clone group's original comes first depth-first and breadth-first. */
  nodes: { key: string; parentKey: string | null; title: string; expect: RuleCode[] }[];
  /** Original first, then its copies. */
  cloneGroups: string[][];
}

type Extra = Pick<Holdout19Entry, 'parent' | 'siblings' | 'krs'>;

const at =
  (domain: Holdout19Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout19Entry => ({ title, domain, expect, ...extra });

/** A KR as the app leaves it when nobody fills it in: 0 -> 100, nothing recorded, no unit. */
const placeholder = (title: string): Holdout19Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with no numbers at all. */
const empty = (title: string): Holdout19Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout19Kr => ({
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
// tenancy-deposit-scheme: Hearthsafe, a government-authorised custodial tenancy deposit scheme for
// England and Wales (deposits held for landlords and agents, free adjudication of disputes).
const td = at('tenancy-deposit-scheme');
const TENANCY_DEPOSIT: Holdout19Entry[] = [
  td("When nobody disputes anything, a tenant should get their deposit back without a single phone call or chasing the landlord"),
  td("Deposits protected: 410,000 by March", [N]),
  td("Head of Dispute Resolution", [G]),
  td("Write adjudication decisions so both sides understand why they won or lost, not just the amount awarded"),
  td("Acknowledge each new dispute within 48 hours", [N, J]),
  td("Redesign the annual landlord newsletter", [T]),
  td(
    "Hire a second data protection officer with a housing background so every council data-sharing request stops queuing behind one person",
  ),
  td("Average working days from dispute raised to decision", [N]),
  td("Reach the accidental landlords who let one flat and have never heard of deposit protection, so fewer tenants lose money they were owed"),
  td("ISO 27001 recertification audit passed in the autumn", [C]),
  td(
    "Review why so many disputes stall at the evidence stage (confluence/DR/evidence-stall) and change the forms so both sides send what the adjudicator needs first time",
  ),
  td("Answer the tenant helpline within the service level, Mon–Sat", [J]),
  td("Move the tenant portal to Kinetic 3 so a tenant can raise a dispute from their phone"),
  td("Agents & landlords", [G]),
  td("Push tenant satisfaction with adjudication up to 4.2 out of 5", [N]),
  td("Be the scheme letting agents recommend to landlords, because a dispute with us feels fair to both sides"),
  td("Hold the adjudicator away-day in Bristol", [T]),
  td("Adjudication team: fairer, faster and rarer disputes", [K], { parent: "Make deposit disputes rarer, fairer and faster" }),
  td(
    "Offer a free mediation call before adjudication so little cleaning disputes get settled in a conversation",
    [],
    { parent: "Make deposit disputes rarer, fairer and faster" },
  ),
  td("Keep our scheme authorisation — annual performance return in and the contract review with MHCLG passed", [C]),
  td("Win back the trust of letting agents who left us after the 2024 fee change", [M], { krs: [placeholder("Agents returning")] }),
  td("Help tenants in Wales understand what changed for them under the Renting Homes Act 2016", [], {
    krs: [kr("Welsh tenants who know their deposit is protected", "%", 38, 60, 41)],
  }),
  td("Match every repaid deposit to the bank statement at month end", [J]),
  td("Make the scheme rules readable by a tenant with no legal background whatsoever", [X], { krs: [] }),
  td("Cut the time a landlord spends registering a deposit", [], {
    krs: [placeholder("Registrations finished in under 5 minutes: 80%")],
  }),
];

// ---------------------------------------------------------------------------------------------
// school-immunisation-team: Severnside School-Aged Immunisation Service, an NHS community trust team
// (nasal flu in primaries, HPV, teenage boosters, MMR catch-up, consent, home-educated children).
const si = at('school-immunisation-team');
const SCHOOL_IMMS: Holdout19Entry[] = [
  si("Get the flu spray to the children whose parents never send the consent form back, not just the ones who do"),
  si("Flu uptake in primary schools 65%", [N]),
  si("Immunisation Team Lead", [G]),
  si("Make online consent so simple a parent can say yes on the school run"),
  si("Annual anaphylaxis and basic life support update for all nurses", [C]),
  si("Reprint the consent leaflets with the new NHS logo", [T]),
  si(
    "Offer the injectable flu vaccine in every school so Muslim and Jewish families who won't accept porcine gelatine still get their kids protected",
  ),
  si("HPV coverage, Year 8 girls and boys, to 80 percent", [N]),
  si("Catch up the Year 9s who missed their MenACWY because of the 2023 strike days"),
  si("Upload every vaccination to the child health record by the end of the next working day", [J]),
  si("Hire a nurse who speaks Polish and Romanian so we can talk to familes in their own language"),
  si("Cold chain audit of the vaccine fridges — passed", [C]),
  si("Consent forms returned", [N]),
  si(
    "Review our clinic set-up with the traveller liaison team so Gypsy, Roma and Traveller children actually get vaccinated",
  ),
  si("Flu programme", [G]),
  si("Reach home-educated children, who at the moment fall through every net we have"),
  si("Roadshow for head teachers at the county education conference", [T]),
  si("Chase schools for their class lists ahead of each session", [J]),
  si(
    "Offer HPV catch-up clinics in the sixth-form colleges so boys who missed out at 12 are covered",
    [],
    { parent: "Protect every child in the county against the diseases we can prevent" },
  ),
  si("North locality — protect all children in the county from preventable disease", [K], {
    parent: "Protect every child in the county against the diseases we can prevent",
    siblings: ["Offer HPV catch-up clinics in the sixth-form colleges so boys who missed out at 12 are covered"],
  }),
  si("PGDs re-signed by the medical director before they lapse", [C]),
  si("Stop the 'lost' vaccination records that leave parents thinking their child was never done", [M], {
    krs: [empty("Record errors")],
  }),
  si("Make school nurses our allies rather than the team that takes over their hall for a day"),
  si("Make ours the immunisation team nurses in the county want to join", [X], { krs: [] }),
  si("Make MMR catch-up part of every secondary school visit so measles has nowhere to spread", [], {
    krs: [kr("Pupils with two MMR doses recorded", "%", 86, 93, 87)],
  }),
];

// ---------------------------------------------------------------------------------------------
// stroke-rehab-unit: Ward 7 at a district general hospital, an inpatient stroke rehabilitation unit
// with an Early Supported Discharge (ESD) team working in patients' homes.
const sr = at('stroke-rehab-unit');
const STROKE_REHAB: Holdout19Entry[] = [
  sr("Get people home sooner with the same therapy at home as they'd have had on the ward"),
  sr("Barthel gain per admission", [N]),
  sr("Early Supported Discharge team", [G]),
  sr("Give patients with aphasia a real say in there own rehab goals, not just a nod at ward round"),
  sr("Therapy minutes per patient per day up to 45", [N]),
  sr("Write the new ward welcome booklet", [T]),
  sr("Make weekends count — therapy on Saturdays and Sundays so recovery doesn't stop every Friday afternoon"),
  sr("Do the daily board round & update the whiteboard for each pt", [J]),
  sr("Dysphagia screening competency signed off for every new nurse on the ward", [C]),
  sr("Help younger stroke survivors get back to work, not only back on their feet"),
  sr("Length of stay down 20%", [N]),
  sr("Hire a clinical psychologist so low mood after a stroke gets treated rather than just noticed"),
  sr("Ward 7 Therapy Lead", [G]),
  sr(
    "Audit why patients from the Eastfield estate come back in within weeks of going home, and close whatever gap sends them back",
  ),
  sr("Stroke survivors' afternoon tea in the day room in May", [T]),
  sr("Manual handling refresher (mandatory) for therapy staff", [C]),
  sr("Bring carers into therapy sessions so they go home confident doing transfers themselves"),
  sr("Record the NIHSS and SSNAP data for each admission", [J]),
  sr(
    "Start ESD visits the day after discharge so nobody sits at home wondering what happens next",
    [],
    { parent: "Give every stroke survivor in the district the best chance of living independently" },
  ),
  sr("Send patients home earlier, with ward-level rehab carried on at home", [K], {
    siblings: [
      "Bring carers into therapy sessions so they go home confident doing transfers themselves",
      "Help stroke survivors get home earlier with the same level of rehab they'd get on the ward",
    ],
  }),
  sr("Train the whole ward team in the 2023 National Clinical Guideline for Stroke so nurses can carry rehab on between therapy sessions"),
  sr("Make the ward feel less like a hospital and more like a place to relearn daily life", [M], {
    krs: [placeholder("Patient experience")],
  }),
  sr("New therapy kitchen on Ward 7", [T, M], { krs: [placeholder("Kitchen")] }),
  sr("Give stroke survivors a route back to driving that doesn't depend on which consultant they happen to see", [X], { krs: [] }),
  sr("Cut the days patients spend on the ward waiting for a care package", [], {
    krs: [kr("Median days medically fit but still waiting", "days", 9, 4, 8)],
  }),
];

// ---------------------------------------------------------------------------------------------
// careers-service: Westmoor Careers, a county council's careers guidance service for 13-19 year olds
// (and SEND up to 25): schools, colleges, tracking young people not in education or work.
const cs = at('careers-service');
const CAREERS: Holdout19Entry[] = [
  cs("Find the young people we lose track of after Year 11 before they drift for a whole year"),
  cs("NEET and not known under 4%", [N]),
  cs("Careers Service Manager", [G]),
  cs("Get young people with SEND into supported internships rather than straight onto benefits"),
  cs("Build the new careers website on the council CMS", [T]),
  cs("Make careers advice something a 14-year-old actualy wants to turn up to"),
  cs("Number of guidance interviews delivered", [N]),
  cs("Matrix Standard reaccreditation", [C]),
  cs("Open doors to apprenticeships for girls in engineering and construction"),
  cs("SEND & post-16 team", [G]),
  cs("Track the destination of every 16 and 17 year old on CCIS", [J]),
  cs("Hire a careers adviser with lived experience of care, so care leavers hear from someone who's been there"),
  cs("1,200 employer encounters across the academies", [N]),
  cs("Careers fair at the County Showground in March", [T]),
  cs("Review how we share data with the colleges so a student who drops out on a Tuesday is known to us by Friday"),
  cs("Safeguarding level 2 e-learning, all staff", [C]),
  cs("Schools team", [G]),
  cs("Bring employers into schools in the coastal towns, where kids hardly see any jobs at all"),
  cs("Cover the Thursday drop-in at the youth hub", [J]),
  cs(
    "Give each Year 11 at risk of dropping out a named adviser who sticks with them through the summer",
    [],
    { parent: "Make sure no young person in Westmoor leaves education with nowhere to go" },
  ),
  cs("Schools team — no young person leaves school in Westmoor without somewhere to go", [K], {
    parent: "Make sure no young person in Westmoor leaves education with nowhere to go",
  }),
  cs("Make the Gatsby benchmarks mean something to heads, not a box ticked on a form"),
  cs("Get adults who left school with nothing to see a way back into learning", [M], { krs: [empty("Adults engaged")] }),
  cs("Put careers advice where young people already are — their phones, youth clubs, the skate park", [X], { krs: [] }),
  cs("Help care leavers stay on their first college course instead of dropping out by Christmas", [], {
    krs: [kr("Care leavers still on course in January", "%", 61, 80, 64)],
  }),
];

// ---------------------------------------------------------------------------------------------
// fencing-contractor: Tamar Fencing, twelve people across Devon and Cornwall (stock and deer fencing,
// post-and-rail, estate gates, school security fencing, a few domestic panels).
const fc = at('fencing-contractor');
const FENCING: Holdout19Entry[] = [
  fc("Move away from cheap garden panels and towards the farm and estate work we're actually good at"),
  fc("Turnover £1.3m", [N]),
  fc("Agricultural", [G]),
  fc("Get onto the county framework for school security fencing so we're not chasing one-off jobs every spring"),
  fc("Gross margin on domestic jobs", [N]),
  fc("CSCS cards renewed for everyone who goes on site", [C]),
  fc("Stop losing days to rain — plan the week round the forecast, not round the order book"),
  fc("Paint the yard sign and the vans", [T]),
  fc("Hire a second gang leader so Dave isn't the only one who can set out a deer fence"),
  fc("Load the trailers for the next day's jobs each evening", [J]),
  fc("Metres of stock fence erected: 40 km", [N]),
  fc("Win the deer fencing on the Dartmoor tree-planting schemes"),
  fc("Contracts Manager", [G]),
  fc("Use FSC timber on every job so estates with green targets choose us"),
  fc("Lantra tickets in chainsaw and brushcutter for the new starters", [C]),
  fc("Stand at the Royal Cornwall Show", [T]),
  fc("Get our quotes back to customers quicker than the big Plymouth firms do"),
  fc("Grease and check the post knocker before it goes out", [J]),
  fc(
    "Offer farmers a spring maintenance visit so small repairs don't turn into full replacements",
    [],
    { parent: "Be the fencing firm farmers in Devon and Cornwall call first" },
  ),
  fc("Domestic team – the fencing firm Devon & Cornwall farmers ring first", [K], {
    parent: "Be the fencing firm farmers in Devon and Cornwall call first",
    siblings: ["Offer farmers a spring maintenance visit so small repairs don't turn into full replacements"],
  }),
  fc("Deer fence put up on the Dartmoor schemes — 12km", [N, K], {
    parent: "Grow the estate and forestry side of the business",
    siblings: ["Deer fencing erected: 25 km"],
  }),
  fc("Buy a post driver with a rock spike so we can take on the granite ground nobody else will touch"),
  fc("Cut the number of jobs we go back to because posts have moved", [M], { krs: [placeholder("Callbacks")] }),
  fc("Make an apprenticeship with us something local school leavers actually want", [X], { krs: [] }),
  fc("Keep the gang together through the winter instead of laying lads off in December", [], {
    krs: [kr("Fencers kept on through Jan–Feb", "people", 6, 10, 7)],
  }),
];

// ---------------------------------------------------------------------------------------------
// demolition-contractor: Brennan Demolition, forty people in the West Midlands (soft strip,
// high-reach, crushing and recycling on site, asbestos through a licensed partner).
const dm = at('demolition-contractor');
const DEMOLITION: Holdout19Entry[] = [
  dm("Get more of every building back into use — crushed brick, steel, timber — instead of tipping it"),
  dm("Recycling rate 95%+", [N]),
  dm("High reach", [G]),
  dm("Be the demolition firm a client trusts next door to a live hospital"),
  dm("Constructionline Gold renewed", [C]),
  dm("Move the yard from Tipton to the new site at Oldbury", [T]),
  dm("Win the retail park clearances that are coming as the old malls close"),
  dm("RIDDOR reportables: 0", [N]),
  dm("Check the excavator attachments every morning before the gang starts", [J]),
  dm("Hire a temporary works engineer so we stop paying consultants for every propping design"),
  dm("Operations Director", [G]),
  dm("Make noise and dust complaints from neighbours rare instead of weekly"),
  dm("NFDC membership audit", [C]),
  dm("Revenue per operative", [N]),
  dm("Review how we price soft strip so we stop winning jobs that lose us money"),
  dm("New branded hoarding design", [T]),
  dm("Send the waste transfer notes back to the office with every load", [J]),
  dm("Swap the oldest excavators for Stage V machines so we can work inside the Birmingham clean air zone"),
  dm("CCDO cards for all operatives before they expire", [C]),
  dm(
    "Get every operative reporting near misses without worrying they'll get the blame",
    [],
    { parent: "Make Brennan the safest demolition contractor in the Midlands" },
  ),
  dm("Bring young people in through the NFDC apprenticeship instead of poaching from competitors"),
  dm("Reuse more of what we knock down so less ends up in landfill", [K], {
    siblings: [
      "Divert more demolition waste from landfill by reusing what we pull down",
      "Hire a temporary works engineer so we stop paying consultants for every propping design",
    ],
  }),
  dm("Make it easy for a client to see where their building's waste ended up", [M], { krs: [empty("Traceability")] }),
  dm("Get the high-reach fleet earning for more of the year", [X], { krs: [] }),
  dm("Recover more value from the metals we strip out", [], { krs: [kr("Scrap metal income per job", "£k", 12, 18, 13)] }),
];

// ---------------------------------------------------------------------------------------------
// agricultural-contractor: J & M Pryce, agricultural contractors in north Shropshire (silage,
// baling, slurry by umbilical and dribble bar, hedge cutting, some drilling).
const ag = at('agricultural-contractor');
const AG_CONTRACTOR: Holdout19Entry[] = [
  ag("Be the contractor dairy farmers trust to get the silage in when the weather turns"),
  ag("Acres of silage cut: 9,000", [N]),
  ag("Silage gang", [G]),
  ag("Spread slurry with the dribble bar so customers keep more of the nitrogen and the neighbours stop complaining"),
  ag("Buy a new round baler", [T]),
  ag("Oil and filter change on every tractor at 250 hours", [N, J]),
  ag("Move customers onto yearly contracts so we aren't all fighting over the same fortnight in May"),
  ag("Fuel used per acre", [N]),
  ag("PA1/PA2 spraying certificates renewed", [C]),
  ag("Hire a fitter so a breakdown in the season doesn't cost us a day waiting on the dealer"),
  ag("Write up the job sheets and invoice every Friday", [J]),
  ag("Yard & workshop", [G]),
  ag("Offer hedge-laying alongside flailing so farmers can claim the new SFI hedgerow actions"),
  ag("Machinery utilisation up to 70%", [N]),
  ag("Build a lean-to for the bale wrapper", [T]),
  ag("Cut the miles the tractors do on the road between jobs"),
  ag("O licence for the lorry renewed", [C]),
  ag("Keep our drivers through the winter with woodland and drainage work"),
  ag("Grease the mower conditioner after every day in the field", [J]),
  ag(
    "Offer soil sampling with every reseed so farmers stop guessing on lime",
    [],
    { parent: "Help our farmers grow more grass for less" },
  ),
  ag("Silage team — more grass for our farmers for less money", [K], { parent: "Help our farmers grow more grass for less" }),
  ag("Use the 8R's section control to stop overlaps when we're drilling"),
  ag("Make our booking system something farmers use instead of ringing Mark at 10pm", [M], {
    krs: [placeholder("Bookings online")],
  }),
  ag("Win more arable work over the border in Powys", [X], { krs: [] }),
  ag("Get paid sooner for the work we do in the season", [], { krs: [kr("Debtor days", "days", 74, 40, 70)] }),
];

// ---------------------------------------------------------------------------------------------
// saddlery: Hallam & Daughter, saddlers in Walsall, eight people (bespoke saddles and bridles, a
// saddle fitting service, repairs, an online shop).
const sd = at('saddlery');
const SADDLERY: Holdout19Entry[] = [
  sd("Make a saddle that can be adjusted as the horse changes, so owners don't have to buy a new one every few years"),
  sd("Saddles made: 220", [N]),
  sd("Workshop", [G]),
  sd("Get our fitters to more of the country without the waiting list stretching past spring"),
  sd("Photograph the new bridle range for the website", [T]),
  sd("Train an apprentice up to bench level so the trade doesn't die with Ron"),
  sd("Average price per bespoke saddle £3,400", [N]),
  sd("Society of Master Saddlers membership renewal and workshop inspection", [C]),
  sd("Stitch and return the repairs in the order they come in", [J]),
  sd("Hire a qualified fitter for the North so Yorkshire clients stop waiting for us to drive up"),
  sd("Fitting service", [G]),
  sd("Stop making stock saddles that sit in the showroom, and build to order instead"),
  sd("Stand at Badminton Horse Trials", [T]),
  sd("Online shop revenue", [N]),
  sd("Use vegetable-tanned leather from a UK tannery so we can tell customers exactly where it came from"),
  sd("Trading Standards safety check on the children's riding hats we resell", [C]),
  sd("Reorganise the cutting room", [T], { krs: [] }),
  sd("Keep the leather stock book up to date", [J]),
  sd(
    "Film the making of one saddle from start to finish so buyers see what the price pays for",
    [],
    { parent: "Keep hand-made Walsall saddlery alive and worth paying for" },
  ),
  sd("Make repairs a reason riders come back to us rather than a nuisance we squeeze in"),
  sd("Sell our bridles to riders in Germany and the Netherlands, where Walsall leather still means something"),
  sd("Find buyers for our bridles in the Netherlands and Germany who value Walsall leather", [K], {
    siblings: ["Sell our bridles to riders in Germany and the Netherlands, where Walsall leather still means something"],
  }),
  sd("Bring the bespoke waiting time down so riders stop going to the big brands", [M], { krs: [empty("Waiting time")] }),
  sd("Make the shop in Walsall a place riders come to for a day out", [X], { krs: [] }),
  sd("Get more of our saddles bought by riders who tried one at a fitting", [], {
    krs: [kr("Fittings that turn into an order", "%", 35, 55, 38)],
  }),
];

// ---------------------------------------------------------------------------------------------
// preserves-maker: Hedgerow & Hob, a Northumberland maker of jams, chutneys and marmalade (farm
// shops, delis, a regional supermarket listing, Christmas hampers, a web shop).
const pm = at('preserves-maker');
const PRESERVES: Holdout19Entry[] = [
  pm("Get our Seville marmalade into the delis in Newcastle and Edinburgh where people pay for the real thing"),
  pm("Jars sold: 85,000", [N]),
  pm("Ailsa (MD)", [G]),
  pm("Make reduced-sugar versions that still set, for customers who've been told to cut back"),
  pm("SALSA audit passed", [C]),
  pm("Design the new gift box", [T]),
  pm("Use the fruit growers would otherwise throw away — split plums, the thin rhubarb, windfalls"),
  pm("Cost per jar", [N]),
  pm("Take the batch codes and fill weights for every run", [J]),
  pm("Hire a production lead so Ailsa can spend her days selling instead of stirring"),
  pm("Trade accounts", [G]),
  pm("The kitchen", [G, X], { krs: [] }),
  pm("Make the Christmas hampers something we plan in June, not a panic in November"),
  pm("Farm shop stockists from 60 to 90", [N]),
  pm("Council food business registration kept current, and the EHO visit passed", [C]),
  pm("Review the label design with our deli buyers so the jars stand out on a crowded shelf"),
  pm("Buy a second steam kettle", [T]),
  pm("Land the regional listing with Booths without losing the farm shops that made us"),
  pm("Sterilise the jars before each batch", [J], { krs: [] }),
  pm(
    "Offer personalised labels for weddings and company gifts",
    [],
    { parent: "Be the preserves people in the North East give as a gift" },
  ),
  pm("Make Hedgerow & Hob the gift preserve of the North East", [K], {
    parent: "Be the preserves people in the North East give as a gift",
    siblings: ["Offer personalised labels for weddings and company gifts"],
  }),
  pm("Move to the 2026 recyclable lids so the eco-minded shops keep stocking us"),
  pm("Get customers who find us at a farmers' market to buy again online", [M], { krs: [placeholder("Repeat buyers")] }),
  pm("Cut our gas bill without slowing the kitchen down", [X], { krs: [] }),
  pm("Waste less fruit between delivery and the pan", [], { krs: [kr("Fruit written off", "%", 9, 4, 8)] }),
];

// ---------------------------------------------------------------------------------------------
// tofu-maker: Bean Street Tofu, a small Hackney maker of fresh tofu and tempeh from UK-grown beans
// (restaurants, Asian grocers, a Sunday market stall, a supermarket trial).
const tf = at('tofu-maker');
const TOFU: Holdout19Entry[] = [
  tf("Make a tofu London cooks choose for the taste, not just because it's local"),
  tf("Kilos of tofu a week up to 1,500", [N]),
  tf("Tempeh room", [G]),
  tf("Switch to British-grown fava beans so we stop shipping soya halfway round the world"),
  tf("Install the new press", [T]),
  tf("Pass the council's food hygiene visit in the spring", [C]),
  tf("Get restaurants to put our name on the menu"),
  tf("Restaurant accounts: 120", [N]),
  tf("Clean down the coagulation tanks at the end of every shift", [J]),
  tf("Find a use for the okara instead of paying someone to take it away"),
  tf("Sales (Kenji)", [G]),
  tf("Photo shoot with our chefs for Instagram", [T]),
  tf("Hire a food technologist so we can extend shelf life without adding anything weird"),
  tf("Gross margin on tempeh", [N]),
  tf("Win over the Chinese & Korean grocers who think British tofu can't be done properly"),
  tf("Soil Association organic certification kept", [C]),
  tf("Move the cold room to the back of the unit", [T]),
  tf("Make the Sunday stall pay for itself"),
  tf("Get restaurant orders out by 11 each morning", [J]),
  tf("Offer a silken tofu, which restaurants keep asking us for", [], { parent: "Become London's favourite fresh tofu" }),
  tf("Kenji — make ours the fresh tofu Londoners like best", [K], { parent: "Become London's favourite fresh tofu" }),
  tf("Trial the smoked tempeh with Waitrose in 2026 so we find out whether supermarket shoppers will buy it"),
  tf("Stop the split blocks restaurants keep sending back", [M], { krs: [placeholder("Quality")] }),
  tf("Get a second wholesaler to take us outside London", [X], { krs: [] }),
  tf("Cut the energy we use boiling soy milk", [], { krs: [kr("Gas per kg of tofu", "kWh", 1.8, 1.2, 1.7)] }),
];

// ---------------------------------------------------------------------------------------------
// adventure-playground: Brickfield Adventure Playgrounds, a charity running three staffed adventure
// playgrounds in an inner London borough, with holiday play schemes and SEND sessions.
const ap = at('adventure-playground');
const PLAYGROUND: Holdout19Entry[] = [
  ap("Keep free play free — find the money so no child gets turned away at the gate"),
  ap("Attendances: 45,000", [N]),
  ap("Playground Manager", [G]),
  ap("Give disabled children the same risky, muddy play everyone else gets"),
  ap("New zip wire for Mint Street", [T]),
  ap("Ofsted registration for the holiday play scheme renewed", [C]),
  ap("Win the council round to seeing adventure play as part of keeping young people safe, not a nice-to-have"),
  ap("Unrestricted income up to £250k", [N]),
  ap("Do the daily site safety check before the gates open", [J]),
  ap("Get girls over ten coming back to the playgrounds instead of drifting away"),
  ap("Holiday schemes", [G]),
  ap("Annual report and AGM", [T]),
  ap("Hire a playworker who can build — someone who'll rebuild the towers with the kids"),
  ap("Average daily attendance per site", [N]),
  ap("Paediatric first aid kept in date for every playworker", [C]),
  ap("Review our risk-benefit assessments with the insurer so we can keep the rope swing and the fire pit"),
  ap("Sign children in and out at the gate", [J]),
  ap("Safeguarding training for all volunteers", [C, M], { krs: [placeholder("Volunteers trained")] }),
  ap("Open on Sundays at Mint Street, where the estate has nothing else"),
  ap("Walk the site and check the structures each morning before opening", [J, K], {
    parent: "Run playgrounds parents trust and children love",
    siblings: ["Do the daily site safety check before the gates open", "Sign children in and out at the gate"],
  }),
  ap(
    "Put a playworker on the estates with no playground on summer evenings",
    [],
    { parent: "Make the borough a place where children can play freely outside" },
  ),
  ap("Bring local builders and timber merchants in to donate materials, so structures get rebuilt every year"),
  ap("Make our playworkers want to stay longer than one summer", [M], { krs: [empty("Staff retention")] }),
  ap("Get dads and grandads involved in playground life, not just mums", [X], { krs: [] }),
  ap("Get more families from the new-build blocks to find us", [], {
    krs: [kr("Children registered from new-build estates", "children", 40, 120, 55)],
  }),
];

// ---------------------------------------------------------------------------------------------
// sight-loss-charity: Vision Wessex, a county sight loss charity (rehabilitation workers, eye clinic
// liaison officers, an equipment shop, a talking newspaper, peer groups, tech support).
const sl = at('sight-loss-charity');
const SIGHT_LOSS: Holdout19Entry[] = [
  sl("Reach people the week they're told they are losing their sight, not months later"),
  sl("Legacy income £400k", [N]),
  sl("CEO – Martin", [G]),
  sl("Help people who lose their sight later in life keep cooking, reading their post and getting out"),
  sl("Relaunch the website", [T]),
  sl("Charity Commission annual return filed", [C]),
  sl("Get older people confident with the screen reader on their phone so they aren't cut off"),
  sl("People supported: 3,500", [N]),
  sl("Record the talking newspaper every Thursday", [J]),
  sl("Hire an eye clinic liaison officer for Salisbury District Hospital so patients there get what Dorchester has"),
  sl("Rehabilitation", [G]),
  sl("Review the talking newspaper with listeners — make it something they look forward to, or let it go"),
  sl("Move the Poole office to the ground floor unit on Kingland Road", [T]),
  sl("Volunteer hours", [N]),
  sl("Data protection training for the helpline volunteers", [C]),
  sl("Make our groups welcoming to people of working age, not only retired members — prioritize evenings and online"),
  sl("Fundraising & comms", [G]),
  sl("Ring back everyone who leaves a message on the helpline", [J]),
  sl("Persuade the council to fund rehab for visually impaired adults properly instead of through a waiting list"),
  sl("Offer home visits to people who can't face getting to a group", [], {
    parent: "Help everyone with sight loss in Wessex live the life they choose",
  }),
  sl("Support everybody in Wessex with sight loss to live the lives they choose", [K], {
    parent: "Help everyone with sight loss in Wessex live the life they choose",
    siblings: ["Offer home visits to people who can't face getting to a group"],
  }),
  sl("Move the equipment shop online, with audio descriptions, so people don't have to travel to Poole"),
  sl("Make sure nobody leaves the eye clinic without knowing we exist", [M], { krs: [placeholder("Referrals from clinics")] }),
  sl("Get blind and partially sighted young people into work", [X], { krs: [] }),
  sl("Cut the wait for a rehab assessment", [], { krs: [kr("Weeks from referral to assessment", "weeks", 14, 6, 12)] }),
];

// ---------------------------------------------------------------------------------------------
// repair-cafe-network: Mend It, a charity that supports volunteer-run repair cafés across Greater
// Manchester (fixer training, a tool library, work with councils on waste).
const rc = at('repair-cafe-network');
const REPAIR_CAFES: Holdout19Entry[] = [
  rc("Make repair the normal thing to try before buying new, right across Greater Manchester"),
  rc("Items repaired: 12,000", [N]),
  rc("Network Manager", [G]),
  rc("Start cafés in the towns that haven't got one yet — Wigan and Rochdale first"),
  rc("Print the fixers' handbook", [T]),
  rc("PAT test every café's soldering irons and tools", [C]),
  rc("Get younger fixers involved so the network doesn't depend on retired engineers"),
  rc("Kg diverted from landfill", [N]),
  rc("Log every repair in the Restart data tool after each café", [J]),
  rc("Persuade the combined authority to count repairs towards its waste targets"),
  rc("Salford cafés", [G]),
  rc("Tool library", [G, X], { krs: [] }),
  rc("Café count to 40", [N]),
  rc("Hire a volunteer coordinator so café organisers stop burning out"),
  rc("Summer repair festival in Piccadilly Gardens", [T]),
  rc("DBS checks for fixers who volunteer at the school cafés", [C]),
  rc("Audit why so many laptops come in and go home unfixed (see https://openrepair.org/data), and train fixers in whatever is stopping them"),
  rc("Book venues for next month's cafés", [J]),
  rc("Repair success rate 70%", [N, M], { krs: [placeholder("Success rate")] }),
  rc("Lobby manufacturers for spare parts under the 2021 right to repair rules"),
  rc("Open a tool library at each café so people can fix things at home", [], {
    parent: "Cut waste in Greater Manchester by getting things repaired",
  }),
  rc("Bolton hub: reduce Greater Manchester's waste through repair", [K], {
    parent: "Cut waste in Greater Manchester by getting things repaired",
  }),
  rc("Make a café feel like a community get-together, not a queue at a counter"),
  rc("Get schools running their own repair clubs", [X], { krs: [] }),
  rc("Keep fixers volunteering after their first few cafés", [], {
    krs: [kr("Fixers still active after six months", "%", 45, 70, 50)],
  }),
];

// ---------------------------------------------------------------------------------------------
// status-page-saas: Beacon, hosted status pages and incident communication for SaaS companies
// (subscribers, components, uptime history, integrations with monitoring tools).
const sp = at('status-page-saas');
const STATUS_PAGES: Holdout19Entry[] = [
  sp("Be the first place customers look when something breaks, before they think of opening a support ticket"),
  sp("Net new MRR $90k a month", [N]),
  sp("Growth", [G]),
  sp("Make posting an incident update from your phone as quick as sending a text"),
  sp("Migrate the docs from GitBook to Mintlify", [T]),
  sp("Annual pen test signed off by the CISO", [C]),
  sp("Win mid-market SaaS companies who've outgrown the free status page bundled with their helpdesk"),
  sp("Logo churn under 1.5% monthly", [N]),
  sp("Keep the on-call handover doc up to date each week", [J]),
  sp("Hire a security compliance engineer so enterprise questionnaires stop landing on the founders"),
  sp("CTO", [G]),
  sp("Ship the Terraform provider v2 (spec: notion.so/beacon/terraform-v2) so platform teams can manage their status pages as code"),
  sp("Trial-to-paid conversion", [N]),
  sp("Rebrand the dashboard in the new colors", [T]),
  sp("Security awareness training completed by all staff", [C]),
  sp("Review our uptime calculations with customers' SRE teams so our numbers match what they'd say"),
  sp("Work through the Intercom inbox so nothing sits overnight", [J]),
  sp("Paid status pages on the Business plan — 1,100", [N, K], { parent: "Grow paid usage", siblings: ["Paid pages: 4,000"] }),
  sp("Stop status pages going down when our customers' sites do — we have to be the last thing standing"),
  sp(
    "Run our own infrastructure on a different cloud from most customers, so one outage can't take us both down",
    [],
    { parent: "Make Beacon the status page SaaS teams trust on their worst day" },
  ),
  sp("Get incident news to end users faster than it spreads on social media", [K], {
    siblings: ["Make status updates reach end users faster than Twitter does"],
  }),
  sp("Make the free plan a real on-ramp, not a dead end"),
  sp("Make incident post-mortems something customers read and share", [M], { krs: [placeholder("Post-mortem reads")] }),
  sp("Break into the European market with data hosted in the EU", [X], { krs: [] }),
  sp("Get more subscribers per page so updates actually reach our customers' customers", [], {
    krs: [kr("Median email subscribers per paid page", "subscribers", 180, 400, 210)],
  }),
];

// ---------------------------------------------------------------------------------------------
// school-mis: Registra, a school management information system (registers, timetables, behaviour,
// a parent app, the census export) sold to academy trusts in England.
const mi = at('school-mis');
const SCHOOL_MIS: Holdout19Entry[] = [
  mi("Make taking the register so quick that teachers stop doing it on paper first", [], {
    krs: [placeholder("Morning registers taken in the app by 9:15: 95%")],
  }),
  mi("Schools live on Registra: 1,800", [N]),
  mi("Head of Product", [G]),
  mi("Win the multi-academy trusts leaving SIMS when their contracts end in 2026"),
  mi("Rewrite the help centre articles", [T]),
  mi("ISO 9001 certificate renewed", [C]),
  mi("Give parents one app for messages, payments and reports, so schools can switch their other systems off"),
  mi("NPS from teachers +30", [N]),
  mi("Apply the DfE code set changes whenever they're published", [J]),
  mi("Help attendance officers spot persistent absence early enough to do something about it"),
  mi("Parent app squad", [G]),
  mi("Build a new admin settings page", [T]),
  mi("Hire a former school data manager so our support actually speaks school"),
  mi("Average onboarding days per school", [N]),
  mi("Stay on the DfE approved-supplier framework: annual supplier assurance submitted", [C]),
  mi("Review the census export with trust data leads so the DfE return stops costing them a week of fixes"),
  mi("Stand at Bett 2026", [T]),
  mi("Check the nightly backups ran", [J]),
  mi("Ship an offline register so schools with patchy wifi can still rely on us"),
  mi(
    "Cut the clicks it takes to log a behaviour incident so teachers log the small stuff too",
    [],
    { parent: "Become the MIS teachers actually like using" },
  ),
  mi("Register squad: be the MIS that teachers like to use", [K], { parent: "Become the MIS teachers actually like using" }),
  mi("Move the timetabler onto the new scheduling engine so the 2026/27 timetable takes days, not weeks"),
  mi("Make the parent app the place families go to first", [M], { krs: [empty("App usage")] }),
  mi("Get primary schools to see us as built for them, not a cut-down secondary system", [X], { krs: [] }),
  mi("Keep schools with us after the first year", [], { krs: [kr("Schools renewing at year one", "%", 82, 95, 84)] }),
];

// ---------------------------------------------------------------------------------------------
// pallet-network: Northgate Pallets, a Warrington member depot of a national pallet network
// (collections and deliveries in its postcodes, a nightly trunk to the central hub).
const pn = at('pallet-network');
const PALLETS: Holdout19Entry[] = [
  pn("Get freight onto the trunk earlier so we stop missing the hub's cut-off"),
  pn("Pallets through the depot per day: 650", [N]),
  pn("Depot Manager", [G]),
  pn("Win back the small manufacturers in St Helens we lost to the other network"),
  pn("Re-line the yard", [T]),
  pn("FORS Silver re-audit", [C]),
  pn("Make our drivers the friendly face customers ask for by name"),
  pn("On-time delivery 98.5%", [N]),
  pn("Scan every pallet in and out", [J]),
  pn("Hire a second transport planner so the night shift doesnt rest on one person's word"),
  pn("Night shift", [G]),
  pn("New racking in bay 3", [T]),
  pn("Switch the trunk to a double-deck trailer so we move more pallets a trip without more drivers"),
  pn("Revenue per pallet", [N]),
  pn("Driver CPC hours done for everyone", [C]),
  pn("Fill in the daily defect sheet on each truck", [J]),
  pn("Review damage claims with the hub so we stop paying for damage done somewhere else"),
  pn("Book in customers' collections for the next day", [J]),
  pn("Cut empty running on the collection routes"),
  pn(
    "Give customers a live delivery window on their phone so they don't have to wait in all day",
    [],
    { parent: "Be the depot North West customers trust to get it there tomorrow" },
  ),
  pn("Regain the St Helens small manufacturers who moved to the rival network", [K], {
    siblings: ["Win back the small manufacturers in St Helens we lost to the other network"],
  }),
  pn("Get HVO into the fleet so our customers can report lower emissions"),
  pn("Get the trunk back from the hub on time so the morning deliveries leave early", [M], {
    krs: [placeholder("Trunk arrival")],
  }),
  pn("Become the depot the network sends its new customers to", [X], { krs: [] }),
  pn("Fewer pallets held overnight because the paperwork's wrong", [], {
    krs: [kr("Pallets held for paperwork per week", "pallets", 60, 15, 48)],
  }),
];

// ---------------------------------------------------------------------------------------------
// backpacker-hostels: Bothy & Bunk, four independent hostels in the Scottish Highlands (dorms and
// private rooms, self-catering kitchens, a café-bar in Fort William; walkers, cyclists, groups).
const bh = at('backpacker-hostels');
const HOSTELS: Holdout19Entry[] = [
  bh("Fill the shoulder months with walking groups and school trips so staff can stay on all year"),
  bh("Occupancy 78% across the year", [N]),
  bh("Torridon", [G]),
  bh("Make a night in one of our dorms something people tell their pals about"),
  bh("Paint the Fort William common room", [T]),
  bh("Short-term let licence for the Torridon hostel", [C]),
  bh("Hire a manager for Torridon who lives locally, so the hostel feels part of the village"),
  bh("Direct bookings from 35% to 55%", [N]),
  bh("Strip and make up the dorm beds between guests", [J]),
  bh("Get more guests arriving by train and bus than by car", [], { krs: [placeholder("Guests arriving without a car: 60%")] }),
  bh("Café-bar", [G]),
  bh("New booking engine", [T]),
  bh("Make sure wet walkers always have somewhere to dry their kit, so reviews stop mentioning soggy boots"),
  bh("RevPAB", [N]),
  bh("Fire safety training for all seasonal staff before we open", [C]),
  bh("Review our pricing against the booking data so solo travellers aren't priced out in August"),
  bh("Operations (Mhairi)", [G]),
  bh("Reply to the booking enquiries that come in overnight", [J]),
  bh("Cut the energy bill with heat pumps in the oldest hostels"),
  bh(
    "Keep a share of dorm beds at a set price all summer, whatever demand does",
    [],
    { parent: "Make the Highlands affordable for people who travel on a budget" },
  ),
  bh("Glen Nevis hostel — make the Highlands affordable to budget travellers", [K], {
    parent: "Make the Highlands affordable for people who travel on a budget",
    siblings: ["Keep a share of dorm beds at a set price all summer, whatever demand does"],
  }),
  bh("Welcome dogs at Glen Nevis so walkers with dogs stop having to camp"),
  bh("Make housekeeping a job people come back to each season", [M], { krs: [placeholder("Returning staff")] }),
  bh("Get cyclists on the North Coast 500 to stop with us", [X], { krs: [] }),
  bh("Get guests staying longer", [], { krs: [kr("Average nights per booking", "nights", 1.4, 1.9, 1.5)] }),
];

// ---------------------------------------------------------------------------------------------
// cookery-school: The Larder, a cookery school in Bath (one-day classes, a foundation course,
// corporate team days, kids' classes, a small shop).
const ck = at('cookery-school');
const COOKERY: Holdout19Entry[] = [
  ck("Become the place in Bath people go to actually learn to cook, not just for a fun afternoon out"),
  ck("Class revenue £520k", [N]),
  ck("Head Chef", [G]),
  ck("Fill midweek classes with locals, not only weekend visitors"),
  ck("Photograph every recipe for the new website", [T]),
  ck("Level 3 food hygiene for all tutors", [C]),
  ck("Teach teenagers to cook before they leave home"),
  ck("Bench utilisation 80%", [N]),
  ck("Order the ingredients for each week's classes by Thursday", [J]),
  ck("Hire a pastry chef tutor so we can run the bread and pastry classes people keep asking for"),
  ck("Kids' classes", [G]),
  ck("Refit the demonstration kitchen", [T]),
  ck("Get companies booking us for team days in January and February, our quietest months"),
  ck("Shop sales per student", [N]),
  ck("Gas safety certificate for the kitchen renewed", [C]),
  ck("Review the class menus with the tutors (drive › Larder › menus 2026) so every class cooks what's in season"),
  ck("Write the autumn class programme", [T]),
  ck("Wash up and reset the benches after every class", [J]),
  ck("Make the school accessible to wheelchair users at every bench"),
  ck(
    "Send every student home with recipe cards and a follow-up video so they cook it again that week",
    [],
    { parent: "Give people the confidence to cook real food at home" },
  ),
  ck("Foundation course — help people feel confident cooking proper food at home", [K], {
    parent: "Give people the confidence to cook real food at home",
  }),
  ck("Offer the foundation course in instalments so people on ordinary wages can do it"),
  ck("Make the shop something students browse before and after class", [M], { krs: [empty("Shop visits")] }),
  ck("Get more men over 60 into the beginners' classes", [X], { krs: [] }),
  ck("Turn one-off students into regulars", [], {
    krs: [kr("Students who book a second class within a year", "%", 18, 35, 20)],
  }),
];

// ---------------------------------------------------------------------------------------------
// hop-grower: Brockhampton Hop Farm, sixty hectares of hops in Herefordshire (kilns, a merchant
// contract, green hops for brewers, hedgerow varieties, farm tours).
const hp = at('hop-grower');
const HOPS: Holdout19Entry[] = [
  hp("Grow varieties British craft brewers want instead of old bittering hops the merchant can't shift"),
  hp("Yield 1.8 t/ha", [N]),
  hp("Kilning", [G]),
  hp("Sell direct to brewers so we aren't at the mercy of the merchant's price"),
  hp("Re-roof the oast house", [T]),
  hp("Red Tractor assessment passed", [C]),
  hp("Get the dwarf hedgerow hops established so picking doesn't depend on a crew we can't find"),
  hp("Alpha acid per hectare", [N]),
  hp("Train the bines clockwise up the strings in May", [J]),
  hp("Hire an agronomist who knows the disease-resistant varieties so we can spray less"),
  hp("Sales & brewers", [G]),
  hp("Build a website with an online shop for hop pellets", [T]),
  hp("Make green-hop season a festival that puts the farm on brewers' maps"),
  hp("Sell 30% of the crop direct", [N]),
  hp("Seasonal worker sponsor licence renewed", [C]),
  hp("Trial Harlequin and Jester on the top field so we know whether they suit our soil"),
  hp("Walk the gardens for downy mildew each week", [J]),
  hp("Sprayer test (NSTS) done", [C], { krs: [] }),
  hp("Check the hop gardens weekly for signs of mildew", [J, K], {
    parent: "Grow clean, healthy hops",
    siblings: ["Walk the gardens for downy mildew each week"],
  }),
  hp("Cut the gas we burn in the kilns by drying with heat from the new biomass boiler"),
  hp("Take on a young grower as a partner, not just a worker", [], {
    parent: "Keep hop growing alive in Herefordshire for the next generation",
  }),
  hp("Review the merchant contract with the NFU adviser so we're not locked into prices below cost"),
  hp("Make our hops known by name on beer labels", [M], { krs: [placeholder("Named on labels")] }),
  hp("Get the farm tours paying their way", [X], { krs: [] }),
  hp("Lose less of the crop to wilt", [], { krs: [kr("Hectares lost to verticillium wilt", "ha", 6, 2, 5)] }),
];

// ---------------------------------------------------------------------------------------------
// comedy-club: The Laughing Gull, a comedy club in Brighton (weekend shows, a new-act night, a
// Fringe programme in May, a bar, podcasts recorded live).
const cc = at('comedy-club');
const COMEDY: Holdout19Entry[] = [
  cc("Become the room up-and-coming comics want on their CV before Edinburgh"),
  cc("Tickets sold: 60,000", [N]),
  cc("Front of house", [G]),
  cc("Get more women and non-binary acts on the weekend bill, not just on new-act nights"),
  cc("New lighting rig", [T]),
  cc("Keep our premises licence — variation for the late shows approved", [C]),
  cc("Make the club somewhere people come on a Tuesday without checking who's on"),
  cc("Bar spend per head £11", [N]),
  cc("Run the box office on show nights", [J]),
  cc("Hire a programmer who scouts acts so bookings don't depend on Gary's phone contacts"),
  cc("Fringe", [G]),
  cc("Redesign the posters", [T]),
  cc("Pay new acts something, so the open mic isn't only for people who can afford to work for free"),
  cc("No-show rate", [N]),
  cc("Personal licence for the bar manager", [C]),
  cc("Review the heckling policy with comics so hecklers get dealt with and acts feel safe on stage"),
  cc("Email the acts their confirmation and set times", [J]),
  cc("Fire safety inspection of the main room", [C]),
  cc("Sell out the Fringe shows in May without discounting"),
  cc("Record podcasts live in the club so fans outside Brighton find us", [], {
    parent: "Be the home of live comedy on the south coast",
  }),
  cc("More non-binary and women comedians on Fridays and Saturdays, not only at new-act nights", [K], {
    siblings: ["Get more women and non-binary acts on the weekend bill, not just on new-act nights"],
  }),
  cc("Make the bar worth turning up early for"),
  cc("Make the new-act night the best start a comic can get", [M], { krs: [empty("Acts progressing")] }),
  cc("Bring students from the two universities in on weeknights", [X], { krs: [] }),
  cc("Fill the room on Thursdays", [], { krs: [kr("Average Thursday audience", "seats", 70, 140, 82)] }),
];

// ---------------------------------------------------------------------------------------------
// Plans: ten small cascades of fifteen nodes, in tree order.

type Node = Holdout19Plan['nodes'][number];
const node = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): Node => ({
  key,
  parentKey,
  title,
  expect,
});

const PLANS: Holdout19Plan[] = [
  {
    name: 'Hearthsafe 2026/27 cascade',
    domain: 'tenancy-deposit-scheme',
    nodes: [
      node('r', null, 'Hearthsafe objectives 2026/27', [G]),
      node('ns', 'r', 'Make losing a deposit unfairly a thing of the past for renters in England and Wales'),
      node('a', 'ns', 'Dispute Resolution (Priya)', [G]),
      node('a1', 'a', 'Adjudication: no renter in England or Wales should lose a deposit unfairly', [K]),
      node('a2', 'a', 'Decisions issued: 14,000', [N]),
      node('a3', 'a', "Chase the landlord's evidence on every open case", [J]),
      node('a4', 'a', 'Write adjudication reasons a renter can follow without needing a lawyer'),
      node('b', 'ns', 'Customer Contact', [G]),
      node('b1', 'b', 'Follow up landlords and agents for missing evidence on open disputes', [J, K]),
      node('b2', 'b', 'Answer webchat during opening hours', [J]),
      node('b3', 'b', "Reach renters whose first language isn't English before they sign a tenancy"),
      node('c', 'ns', 'Finance & Assurance', [G]),
      node('c1', 'c', 'Annual ISO 27001 external audit', [C]),
      node('c2', 'c', 'Deposits held: £1.9bn', [N]),
      node('c3', 'c', 'Adjudications completed in Wales: 1,600', [N, K]),
    ],
    cloneGroups: [
      ['ns', 'a1'],
      ['a3', 'b1'],
      ['a2', 'c3'],
    ],
  },
  {
    name: 'Severnside SAIS plan 2025-26',
    domain: 'school-immunisation-team',
    nodes: [
      node('r', null, 'SAIS — 2025-26 objectives', [G]),
      node('ns', 'r', "Make sure every child in Severnside is protected, whichever school they go to (or don't)"),
      node('a', 'ns', 'North locality', [G]),
      node('a1', 'a', 'Flu vaccine uptake in primary: 70%', [N]),
      node('a2', 'a', 'Upload vaccinations to the child health record the next working day', [J]),
      node('a3', 'a', 'Every child in Severnside protected, whatever school they attend — North', [K]),
      node('a4', 'a', 'Anaphylaxis update for the North nurses', [C]),
      node('b', 'ns', 'South locality', [G]),
      node('b1', 'b', 'Primary flu uptake — 62%', [N, K]),
      node('b2', 'b', 'Get vaccination records onto CHIS by the following working day', [J, K]),
      node('b3', 'b', "Work with the mosques so families know there's a gelatine-free flu option"),
      node('c', 'ns', 'Adolescent programme', [G]),
      node('c1', 'c', 'HPV uptake among boys — 75%', [N]),
      node('c2', 'c', 'Find the home-educated teenagers who never got their boosters'),
      node('c3', 'c', 'Cold chain audit', [C]),
    ],
    cloneGroups: [
      ['ns', 'a3'],
      ['a1', 'b1'],
      ['a2', 'b2'],
    ],
  },
  {
    name: 'Brennan Demolition — 2026 business plan',
    domain: 'demolition-contractor',
    nodes: [
      node('r', null, '2026 targets', [G]),
      node('ns', 'r', 'Be the demolition contractor clients pick for the hard, sensitive jobs'),
      node('a', 'ns', 'Operations', [G]),
      node('a1', 'a', 'Recycling rate 96%', [N]),
      node('a2', 'a', 'Attachment checks each morning before work starts', [J]),
      node('a3', 'a', 'Hire a temporary works engineer so propping designs stop waiting on consultants'),
      node('b', 'ns', 'Soft strip', [G]),
      node('b1', 'b', 'Recycle 92% of strip-out waste', [N, K]),
      node('b2', 'b', 'Check the breakers and shears every morning before the gang starts', [J, K]),
      node('b3', 'b', 'CCDO cards renewed', [C]),
      node('b4', 'b', 'New welfare cabins', [T]),
      node('c', 'ns', 'Commercial (Sean)', [G]),
      node('c1', 'c', 'Brennan — the contractor clients choose for difficult, sensitive demolition', [K]),
      node('c2', 'c', 'Turnover £14m', [N]),
      node('c3', 'c', 'Constructionline Gold kept', [C]),
    ],
    cloneGroups: [
      ['a1', 'b1'],
      ['a2', 'b2'],
      ['ns', 'c1'],
    ],
  },
  {
    name: 'Pryce Contracting season plan 2026',
    domain: 'agricultural-contractor',
    nodes: [
      node('r', null, 'Season 2026', [G]),
      node('ns', 'r', "Get our farmers' grass in at its best, whatever the weather does"),
      node('a', 'ns', 'Silage gang', [G]),
      node('a1', 'a', 'Acres of silage: 9,500', [N]),
      node('a2', 'a', 'Grease the mowers after every day in the field', [J]),
      node('a3', 'a', 'Grass in at its best for our farmers whatever the weather — silage gang', [K]),
      node('a4', 'a', "Hire a fitter so a breakdown doesn't cost us a day in the season"),
      node('b', 'ns', 'Slurry & muck', [G]),
      node('b1', 'b', 'Acres spread with the dribble bar — 6,000', [N]),
      node('b2', 'b', 'Grease up the kit after each day in the field', [J, K]),
      node('b3', 'b', 'NRoSO membership and PA6 certificate renewed', [C]),
      node('c', 'ns', 'Powys', [G]),
      node('c1', 'c', 'Acres of silage cut in Powys: 1,400', [N, K]),
      node('c2', 'c', 'Win the arable farms along the Severn valley'),
      node('c3', 'c', 'Operator licence renewed', [C]),
    ],
    cloneGroups: [
      ['a1', 'c1'],
      ['a2', 'b2'],
      ['ns', 'a3'],
    ],
  },
  {
    name: 'Hedgerow & Hob FY26',
    domain: 'preserves-maker',
    nodes: [
      node('r', null, 'FY26 goals', [G]),
      node('ns', 'r', 'Be the jar people in the North East pick when they want to give something made here'),
      node('a', 'ns', 'Sales (Ailsa)', [G]),
      node('a1', 'a', 'Jars sold: 90,000', [N]),
      node('a2', 'a', 'Stockists: 150', [N]),
      node('a3', 'a', "Make Hedgerow & Hob the North East's gift jar of choice", [K]),
      node('b', 'ns', 'Kitchen', [G]),
      node('b1', 'b', 'Record batch codes and fill weights on every run', [J]),
      node('b2', 'b', 'SALSA audit', [C]),
      node('b3', 'b', "Use the fruit local growers can't sell"),
      node('c', 'ns', 'Online & hampers', [G]),
      node('c1', 'c', 'Jars sold online: 12,000', [N, K]),
      node('c2', 'c', "Plan the hampers in June so November isn't a panic"),
      node('c3', 'c', 'Pack and post web orders the day they come in', [J]),
      node('c4', 'c', 'New website', [T]),
    ],
    cloneGroups: [
      ['ns', 'a3'],
      ['a1', 'c1'],
    ],
  },
  {
    name: 'Brickfield 2026',
    domain: 'adventure-playground',
    nodes: [
      node('r', null, 'Brickfield — 2026 plan', [G]),
      node('ns', 'r', 'Every child in the borough gets to play freely, outdoors, with a bit of risk'),
      node('a', 'ns', 'Mint Street', [G]),
      node('a1', 'a', 'Daily site safety check before the gates open', [J]),
      node('a2', 'a', 'Attendances at Mint Street: 18,000', [N]),
      node('a3', 'a', 'Open on Sundays when the estate has nothing else'),
      node('b', 'ns', 'Paradise Row', [G]),
      node('b1', 'b', 'Walk round and check the structures every morning before we open', [J, K]),
      node('b2', 'b', 'Attendances at Paradise Row: 14,000', [N, K]),
      node('b3', 'b', 'Paediatric first aid in date for all staff', [C]),
      node('c', 'ns', 'Tabard Gardens', [G]),
      node('c1', 'c', 'Check the site over each day before opening up', [J, K]),
      node('c2', 'c', 'Tabard Gardens attendances — 11,000', [N, K]),
      node('c3', 'c', 'Get girls over ten back to the playground'),
      node('c4', 'c', 'Ofsted registration renewed', [C]),
    ],
    cloneGroups: [
      ['a1', 'b1', 'c1'],
      ['a2', 'b2', 'c2'],
    ],
  },
  {
    name: 'Beacon H1 2026',
    domain: 'status-page-saas',
    nodes: [
      node('r', null, 'H1 2026 OKRs', [G]),
      node('ns', 'r', 'Be the status page SaaS teams trust on their worst day'),
      node('a', 'ns', 'Engineering', [G]),
      node('a1', 'a', "Status pages stay up when our customers' sites don't"),
      node('a2', 'a', 'Keep the on-call runbook up to date', [J]),
      node('a3', 'a', 'Migrate from Heroku to AWS', [T]),
      node('b', 'ns', 'Platform squad', [G]),
      node('b1', 'b', 'Platform squad: the status page SaaS teams rely on during their worst day', [K]),
      node('b2', 'b', 'Update the on-call runbook after each incident', [J, K]),
      node('b3', 'b', 'Uptime 99.99%', [N]),
      node('c', 'ns', 'Go-to-market', [G]),
      node('c1', 'c', 'MRR $400k', [N]),
      node('c2', 'c', 'Be the status page teams trust most when everything breaks', [K]),
      node('c3', 'c', 'Security awareness training for all staff', [C]),
      node('c4', 'c', "Win mid-market teams who've outgrown their helpdesk's status page"),
    ],
    cloneGroups: [
      ['ns', 'b1', 'c2'],
      ['a2', 'b2'],
    ],
  },
  {
    name: 'Northgate depot 2026',
    domain: 'pallet-network',
    nodes: [
      node('r', null, 'Depot objectives 2026', [G]),
      node('ns', 'r', 'Be the depot North West customers trust to get it there tomorrow'),
      node('a', 'ns', 'Day shift', [G]),
      node('a1', 'a', 'Scan every pallet in and out', [J]),
      node('a2', 'a', 'On-time delivery 98%', [N]),
      node('a3', 'a', 'Give customers a live delivery window'),
      node('a4', 'a', 'Day shift — be the depot North West customers rely on for next-day', [K]),
      node('b', 'ns', 'Night shift', [G]),
      node('b1', 'b', 'Scan all pallets on and off the trailers', [J, K]),
      node('b2', 'b', 'Trunk departures on time 95%', [N]),
      node('b3', 'b', 'Driver CPC hours for the trunkers', [C]),
      node('c', 'ns', 'Transport office', [G]),
      node('c1', 'c', "Book tomorrow's collections in", [J]),
      node('c2', 'c', 'On-time deliveries to the St Helens postcodes: 99%', [N, K]),
      node('c3', 'c', 'New racking in bay 3', [T]),
    ],
    cloneGroups: [
      ['ns', 'a4'],
      ['a1', 'b1'],
      ['a2', 'c2'],
    ],
  },
  {
    name: 'Bothy & Bunk 2026 season',
    domain: 'backpacker-hostels',
    nodes: [
      node('r', null, '2026 season goals', [G]),
      node('ns', 'r', 'Make the Highlands affordable for people travelling on a budget'),
      node('a', 'ns', 'Fort William', [G]),
      node('a1', 'a', 'Occupancy 80%', [N]),
      node('a2', 'a', 'Strip and remake the dorm beds between guests', [J]),
      node('a3', 'a', 'Fire safety training for seasonal staff', [C]),
      node('b', 'ns', 'Torridon', [G]),
      node('b1', 'b', 'Torridon occupancy — 72%', [N, K]),
      node('b2', 'b', 'Change the beds in the dorms when guests check out', [J, K]),
      node('b3', 'b', 'Short-term let licence for Torridon', [C]),
      node('c', 'ns', 'Glen Nevis', [G]),
      node('c1', 'c', 'Keep the Highlands within reach for budget travellers', [K]),
      node('c2', 'c', 'Occupancy at Glen Nevis 75%', [N, K]),
      node('c3', 'c', "Welcome dogs so walkers with dogs don't have to camp"),
      node('c4', 'c', 'Strip the beds and remake them between stays', [J, K]),
    ],
    cloneGroups: [
      ['a1', 'b1', 'c2'],
      ['a2', 'b2', 'c4'],
      ['ns', 'c1'],
    ],
  },
  {
    name: 'The Laughing Gull 2026',
    domain: 'comedy-club',
    nodes: [
      node('r', null, 'The Gull — 2026', [G]),
      node('ns', 'r', 'Be the home of live comedy on the south coast'),
      node('a', 'ns', 'Programming (Gary)', [G]),
      node('a1', 'a', 'Get more women and non-binary acts on the weekend bill'),
      node('a2', 'a', 'Email the acts their confirmations and set times', [J]),
      node('a3', 'a', 'Shows programmed: 300', [N]),
      node('b', 'ns', 'Front of house', [G]),
      node('b1', 'b', 'Run the box office on show nights', [J]),
      node('b2', 'b', 'Bar spend per head £12', [N]),
      node('b3', 'b', 'Personal licence for the new bar manager', [C]),
      node('c', 'ns', 'Fringe', [G]),
      node('c1', 'c', "Fringe: the south coast's home of live comedy", [K]),
      node('c2', 'c', 'Send acts their confirmations and timings', [J, K]),
      node('c3', 'c', 'New lighting rig', [T]),
      node('c4', 'c', 'More women and non-binary comics on the Fringe weekend bills', [K]),
    ],
    cloneGroups: [
      ['ns', 'c1'],
      ['a2', 'c2'],
      ['a1', 'c4'],
    ],
  },
];

export const HOLDOUT_19: Holdout19Entry[] = [
  ...TENANCY_DEPOSIT,
  ...SCHOOL_IMMS,
  ...STROKE_REHAB,
  ...CAREERS,
  ...FENCING,
  ...DEMOLITION,
  ...AG_CONTRACTOR,
  ...SADDLERY,
  ...PRESERVES,
  ...TOFU,
  ...PLAYGROUND,
  ...SIGHT_LOSS,
  ...REPAIR_CAFES,
  ...STATUS_PAGES,
  ...SCHOOL_MIS,
  ...PALLETS,
  ...HOSTELS,
  ...COOKERY,
  ...HOPS,
  ...COMEDY,
];

export const HOLDOUT_19_PLANS: Holdout19Plan[] = PLANS;
