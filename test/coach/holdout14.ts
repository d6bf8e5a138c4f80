import type { RuleCode } from '../../shared/coach/types';

/**
 * FOURTEENTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-06 by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-800 of
 * test/coach/holdout13.ts (its header with the labelling definitions and calls, its types and
 * helpers, and the comment, two title constants and opening line of its first domain; none of its
 * entries and none of its plans), test/coach/report.ts (whole: the Labelled / LabelledPlan shapes
 * and the harness around them), and the output of `grep -n "RuleCode" -A 12 shared/coach/types.ts`
 * (the RuleCode type and the Finding shape), nothing else of that file. Besides these it saw only
 * file names (a listing of test/coach/, a listing of node_modules/.bin filtered for esbuild and tsc,
 * and the folder of the node binary) and tsconfig.json's settings, to type-check this file. Not
 * opened: any other file under shared/coach/, the README, holdout.ts to holdout12.ts, holdout13.ts
 * from line 801 on, corpus.ts, handbook.ts, suite.ts, or anything under test/unit/, test/e2e/ or
 * out/. No git command was run. The coach, `cascade lint`, vitest and npm test were never run on
 * these titles. The shapes below copy holdout13's (renamed Holdout14*) and were checked only with
 * `tsc --noEmit` (the project's tsconfig) and with a throw-away counting script kept outside the
 * repo (it also assigns both exports to Labelled[] and LabelledPlan[]; deleted afterwards).
 *
 * Domains, none of them used by an earlier set (checked against the list in the brief, which covers
 * holdout.ts to holdout13.ts, and kept away from near-duplicates of it): cannery (a sardine and
 * mackerel cannery on the quay at Newlyn: own-label and supermarket tins, crab pâté, export, a
 * quayside shop), dredging-contractor (maintenance dredging of harbours, marinas and rivers on the
 * south coast, with a saltmarsh team that reuses the silt), bridal-couture (a wedding-dress atelier in
 * Bath with a boutique in Harrogate: made-to-measure gowns, alterations, sample sales), rugby-club (a
 * community rugby union club in a border valley: men's and women's sides, minis and juniors, colts,
 * a clubhouse bar), recording-studio (a residential recording studio in a converted mill in Powys,
 * with mastering and a school for engineers), clock-restorer (a clock restoration workshop:
 * longcase and carriage clocks, church and town hall tower clocks on contract, apprentices),
 * ice-cream-maker (a Devon dairy making ice cream from its own herd's milk: parlours, seafront vans,
 * wholesale tubs), trade-union (a union for shop, warehouse and wholesale workers: reps, casework, a
 * helpline, bargaining), dance-school (a ballet, tap and contemporary school with three studios, RAD
 * exams, a Christmas show and a vocational stream), lido (a community trust running a 1930s heated
 * open-air pool with a café and a sauna), highways-authority (a county council's highways service:
 * potholes, resurfacing, streetlights, bridges, drainage, street works permits), paper-mill (a
 * specialty paper mill in Cumbria with one paper machine: watercolour paper, archival tissue, tea-bag
 * paper), brickworks (a Leicestershire brickworks with its own clay pit: machine and handmade
 * bricks, matching for listed buildings), fireworks-company (a display company with licensed
 * magazines in Dorset and Yorkshire and an autumn shop), marquee-hire (a marquee hire firm in
 * Cornwall: pole tents, sperry tents, clearspan structures), county-archives (a county record office:
 * strongrooms, a searchroom, conservation, digitisation), tourism-board (the destination marketing
 * body for the English–Welsh border, with member businesses and a visitor centre), sailmaker (a sail
 * loft in Falmouth: cruising and racing sails, repairs, sail care, covers), goldsmith (a goldsmiths'
 * workshop in Edinburgh: commissioned rings, remakes, traceable gold and stones),
 * conference-organiser (a B2B conference and exhibition organiser: a water industry summit, a
 * logistics expo, sponsorship, delegate sales).
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_14: 500 objectives (25 per domain), 200 sound (expect [], 40.0%), 300 with at least one
 *   label. Per label: number-title 68, task-listing 45, compliance 45, job-requirement 45,
 *   generic-container 45, goal-clone 22, kr-not-measurable 22, no-key-results 22. Fourteen entries
 *   carry two labels: number-title + goal-clone (6), number-title + job-requirement (3),
 *   generic-container + no-key-results (2), and one each of task-listing + kr-not-measurable,
 *   compliance + kr-not-measurable and job-requirement + goal-clone. 25 entries have `krs: []`: 20
 *   sound titles (no-key-results), 2 containers (also no-key-results), and one duty, one task and one
 *   compliance title (no no-key-results: the definition excludes them). 42 entries carry a parent, 20
 *   of them sound.
 * - HOLDOUT_14_PLANS: 10 plans, 150 nodes (15 each), 28 clone groups (24 of two, 4 of three; 32
 *   copies); 31 sound nodes. Per label: number-title 35, goal-clone 32, job-requirement 29,
 *   generic-container 29, compliance 16, task-listing 2.
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout13's definitions (themselves holdout12's, holdout11's, holdout10's, holdout9's,
 * holdout8's, holdout7's, holdout6's, holdout5's, holdout4's and holdout3's), copied, by meaning and
 * not by keywords:
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
 * Calls made where the definitions leave room. Holdout13's header carries, as it stands, holdout12's
 * copy of holdout11's faithful summary by theme of the calls of every earlier set up to holdout10,
 * holdout11's own calls summarised by theme, and holdout12's own calls summarised by theme; then
 * holdout13's own calls for its titles. All of these are copied here as they stand, with their
 * examples from the earlier sets' domains (holdout13's own under the heading "Holdout13's own
 * calls"). Then this set's own calls.
 * - Frequencies and limits: a frequency with a quantity on a duty gives number-title +
 *   job-requirement ("Test every hydrant twice a year", "Check for Varroa twice a season and treat",
 *   "Issue the shipping forecast four times a day", "Do the roll check four times a day on every
 *   wing"), and so does a time limit on a queue ("Answer remote-hands tickets within 15 minutes",
 *   "Reply to Instagram DMs within 2 hours", "Respond to P1 support tickets within 30 minutes",
 *   "Answer employee payslip queries within 4 hours"). A bare period word is not a quantity: "every
 *   month", "each Friday", "monthly", "weekly", "daily", "annual", "each morning", "every shift",
 *   "after every sailing", "between tours", "the same day", "before noon", "by 3", "on your rota
 *   night" leave a duty with job-requirement alone, and a compliance title with compliance alone
 *   ("Fire door inspections every quarter under the Fire Safety (England) Regulations", "Annual
 *   external penetration test", "Annual counter-fraud training for all examiners", "on the statutory
 *   cycle").
 * - Word grades and negations are not numbers: "HMICFRS round 3: protection graded "good"", "ADI
 *   standards check passed at grade B or above", "FORS Silver accreditation kept for the fleet" and
 *   "ISM audit with no major non-conformities" are compliance only ("no" is not a count, as in the
 *   issue's "no material weaknesses"); unlike holdout6's "USPH inspection — score 86 or above".
 *   "Zero RIDDOR-reportable accidents" is number-title only: a zero target for an outcome.
 * - Numbers that are not targets: thresholds and ages that fix who or what is in scope ("every buyer
 *   spending over €10k", "over-75", "aged 14–17", "past 50 staff", "the 12 worst-mapped districts");
 *   figures that describe today's problem, a habit or a fixed base ("driven 40 miles for a troponin",
 *   "so they stop juggling six logins", "wait a year", "the same six people"); product specs, terms,
 *   sizes and models ("80 kW racks", "5-year guarantee", "7.5-tonne vans", "70cl bottles", "the 1.2 m
 *   telescope", "Schindler 3300", "Trima Accel 7", "SPF 50"); versions ("IOS XR 7.11", "Postgres 16",
 *   "React Native 0.76", "Sealink 5", "app v3"); sites, codes, tiers, levels and schemes ("DUB2",
 *   "Hall C", "ISO 15189", "ISO 27001", "Tier 3", "Level 4 Diploma", "P60", "CP12", "Part 1", "scope 3
 *   reporting"); ordinals ("round 3", "a second sawmill", "their first year", "the 18th green", "the
 *   first time"); times of day ("at 4pm", "2am", "before 7"); periods, years, decades and dates
 *   ("2027/28", "FY27", "Q3", "H2", "the 1998 linkspan", "the 1970s storage heaters", "by 31 July");
 *   "one" and "single" as an article ("one sign-in", "a single evening"); phone numbers ("105", "999");
 *   ticket references and links ("WEB-77", "HPA-330", "go/glossary", a wiki or roadmap URL).
 * - Targets: fractions and multipliers ("Cut unplanned lock closures by a quarter", "Halve assaults
 *   on staff at Ashmoor", "Cut fuel burnt per crossing by an eighth", "Double regular givers among
 *   the under-40s"); counts and sums, even without digits and even when worded as an action ("Three
 *   new licensed ranges", "Open 4 new stores", "Raise £2.5m for the deck restoration", "Run 1,800 IVF
 *   cycles in 2027"); a key result written as a sentence ("We carry 1.1m passengers in 2027"); values
 *   after a metric or a comparator ("Restoration margin up 6 points", "Cut lead time from 14 weeks to
 *   8", "OTIF deliveries 97%", "Dogs qualified: 1,100", "Warranty returns stay below 1.5%"). A volume
 *   of service ("Home fire safety visits: 9,000", "Eye tests 1.2m") is number-title only, not
 *   task-listing.
 * - Only a metric name is number-title, even with a scope after it ("Client retention",
 *   "Transactional NPS — Care", "Rebooking rate", "Legacy income", "Debtor days", "Cost per
 *   passport", "Reoffending within 12 months of release" — the 12 months defines the measure).
 * - Containers: roles ("Head of Artist Liaison", "Chief Meteorologist", "Harbour Master", "Club
 *   Secretary", "CTO", and in plans "Operations Director", "VP Sales"), teams and functions
 *   ("Packing", "Enforcement", "Puppy walking", "Melt shop", "Payments squad", and in plans "Security
 *   & Compliance", "Compliance & Risk", "Risk & Assurance", whose words are only team names), places
 *   and customer groups ("Manchester", "Midlands region", "Guildford clinic", "Commercial accounts")
 *   and buckets with or without a period ("Ops Q3 targets", "Studio goals 2027", "Q1 OKRs", "Trust
 *   priorities 2027–30") are generic-container only; the year or period is not a number-title. A
 *   team-level copy of the root states a direction, so it is not also a container.
 * - Compliance vs duty: a named inspection, audit, licence, registration, approval, statutory
 *   return, certificate or mandatory training is compliance even when it recurs or is worded as
 *   record-keeping ("Spray records kept to the Red Tractor standard", "Hair Council registration
 *   renewed", "Driver CPC hours", "Stewards' SIA licences checked", "LOLER thorough examinations ...",
 *   "Charity Commission annual return filed", "Gas safety checks (CP12) in date for every home with a
 *   boiler" although the landlord's own engineers do them, "Statutory scaffold inspections logged for
 *   every live job", and in a plan "Mandatory drug testing programme delivered"). A routine operating
 *   check of the business's own is job-requirement even where a regulator expects it ("Daily
 *   walkaround check on each vehicle", "Calibrate the tonometers monthly", "Test every batch for
 *   salmonella", "Sterilise tools between every client", "Do the controlled drugs count at each
 *   handover", "Test gold with acid and the XRF gun before each purchase"), and so is a department's
 *   own standing programme of checks on others ("Audit high-risk premises to the risk-based
 *   inspection programme") and filing permits on customers' behalf ("Handle the cemetery permit
 *   applications for each memorial").
 * - Duties need no "keep"/"maintain": "Appoint match officials to every fixture", "Chase unpaid
 *   invoices", "Collect subs from the parents", "Work through the reported-profiles queue", "Escort
 *   men to outside hospital appointments", "Empty the coin hoppers and bank the takings", "Strike
 *   scaffolds once the client signs off", and in plans "Visit every new tenant in their first six
 *   weeks" and "Fix faulty chargers reported in the app"; the upkeep duties "Keep the API docs current
 *   with each release" and "Maintain the index map" are job-requirement.
 * - Tasks: events, one-off jobs and internal deliverables written as noun phrases are still tasks
 *   ("Technician away day in September", "Salon refit, Didsbury", "Jamboree 2027", "Label redesign",
 *   "Member survey", "SaaStr booth", "Van wraps for the new Transits", "Company offsite, Lisbon",
 *   "Profile page redesign (DATE-2231)"), and so are deliverables without an effect ("Write a style
 *   guide for charts", "Publish the 2027 climate summary", "Rebrand the app", "Build the Stripe
 *   integration", "Launch the new website"; publishing the season's fixture list). Migrations, swaps
 *   and moves without a stated effect are task-listing ("Swap the payment provider to Adyen", "Migrate
 *   the shop to Shopify Plus", "Move the head office from Croydon to Clapham", "Move the API to
 *   Kubernetes"); with one they are sound ("Move platelet collection to the Trima Accel 7 machines so
 *   donors spend less time in the chair", "Marta: migrate to Postgres 16 so the signing page stays
 *   fast at month-end peaks"), as are activities whose sentence states what changes ("Email the
 *   sweep's report with photos so customers can see why the liner needs replacing", "Sell winter
 *   corporate events in the Pavilion so that seasonal staff aren't laid off ...").
 * - First time and renewals: winning an award, a status or a listing for the first time, or getting
 *   a registration that opens a market, is an outcome and sound ("Win a Green Flag Award for Fenton
 *   Park for the first time", "Get on Historic England's approved list for the first time so we can
 *   bid for listed churches", "Launch in Korea by getting the sunscreen registered as a functional
 *   cosmetic there"), and so is a renewal that widens the scope to sell more; a commercial rights deal
 *   ("Win the licence to publish the 1931 Scottish census records") is not a permission to operate.
 *   Plain renewals stay compliance ("Park Mark Safer Parking award renewed at all sites", "HETAS
 *   registration renewed for each installer", "SOC 2 Type II report renewed"). Customers renewing
 *   with us is sound ("Get councils renewing their on-street contracts with us").
 * - Sound despite a trap word: hires that name compliance, licensing, safeguarding, standards,
 *   approvals or a regulated role to open a market, a product or a contract ("Hire a Head of
 *   Regulatory Compliance for Ireland so we can get the ComReg authorisation and launch there in
 *   2028", a BPA compliance officer for Scotland, a COPPA compliance lead, a port security compliance
 *   lead for the Orkney contract, an FCA compliance officer for instalment loans, "Hire an
 *   accessibility auditor and redesign the rooms so wheelchair users can play every game"); audits,
 *   surveys and checks sold or offered to customers, or a customer taken through its own audit ("Sell
 *   a pest-risk survey to restaurants ...", "Sell SOC 2 evidence packs to customers ...", "... through
 *   a BRC audit without a single pest finding", "Sell a year-end payroll audit pack ..."); a
 *   certificate that is the product ("Make our certificate of sweeping one that insurers accept
 *   without a phone call"); a regulation named as what the change avoids ("... ship to the US without
 *   CITES paperwork"); training and teaching with an effect ("Teach pickers to grade on the vine so
 *   less fruit is thrown out", "Train pressers on delicate fabrics so we can take designer pieces",
 *   "Train store managers to price by local demand so ..."); and "keep"/"maintain" of an outcome or a
 *   capability ("Keep people living in their own homes after a hospital stay ...", "Keep the furnaces
 *   lit through gas price spikes ...", "Maintain a safe-opening service after Dave retires by
 *   putting an apprentice on his jobs").
 * - Copies: owner, team or site prefixes on the parent's goal, with or without synonyms and
 *   reordering ("Tunnel team — grow unlimited-wash memberships ...", "Casework — become Europe's
 *   quickest registry for a simple sale", "Ops team: a ferry service islanders can set their watches
 *   by"); a reworded parent without a prefix; an earlier sibling repeated with a synonym or with the
 *   American spelling ("Get younger people donating ..." after "Recruit younger donors ...", "Let the
 *   teenagers plan and run their program themselves" after "Let teenagers run their own programme");
 *   the same goal for another station, branch or kitchen ("Wrenford: crew the on-call pump ..." /
 *   "Hexley: get the on-call pump crewed ..."); and the same metric with another number and scope
 *   ("Churn below 1.1% a month" / "Monthly churn under 0.8% on business accounts", "Raise £30m in
 *   legacies" / "£6m of legacy income from the South West", "Heavy line: scrap below 6% on pump
 *   housings" under 4%), which keep number-title; a copy keeps its other title labels, so copies of
 *   duties keep job-requirement ("Rake all the bunkers before the first tee-off each morning",
 *   "Respond to employee payslip queries inside 4 hours", which also keeps number-title). In plans:
 *   the root's goal repeated by a team or a person, cousins under other teams ("Bradford: time to door
 *   under 45 minutes on average"), groups of three ("Field engineers: rapid chargers up 99% of the
 *   time" and "On-street availability 97%"), and copies of duties ("Restock van cylinders every
 *   Friday").
 * - Not copies: a sharper child under its parent, including one that names the lever under a number
 *   parent ("Cut returns of the RC cars by fixing the battery door that breaks" under "Return rate
 *   below 2%", "Drone team: fly at night so thermal searches don't stop at dusk" under the search
 *   goal); siblings on a related theme; in plans, a new metric on the same theme ("Fleet availability
 *   98%" beside "Sailings on time: 95%", "Volunteer retention" beside "Adult volunteers: 160k"); and
 *   containers differing only in scope ("Norfolk branch" / "Suffolk branch", "North area" / "South
 *   area", "Hot end" / "Cold end").
 * - kr-not-measurable follows the definition literally: a title that would be sound, a task and a
 *   compliance title each carry it when any of their KRs is bare, even beside a good one ("Make the
 *   coverage checker trustworthy ...", "New mould store racking" / "Racking installed", "Annual
 *   counter-fraud training for all examiners" / "Training done"). Not flagged: a KR whose title has a
 *   quantity but whose numbers are the untouched default ("Over-65s using a park every week: 30%",
 *   "Families using the day hospice each week: 40"), and a % KR from 0 with a unit and a target
 *   ("Barbering clients rebooking within 6 weeks", "Repairs booked in a slot the tenant chose").
 * - `krs: []` on a duty, a task and a compliance title gives only their title label, as the
 *   definition says; on a container it gives no-key-results as well.
 * - Plans may reuse an entry's wording: plans and entries are scored apart.
 * - Typos are kept as written ("experiance", "seperate", "goverment", "queing", "untill"); they change
 *   no label. American spellings ("Organize", "program", "neighbors", "catalog", "call center") sit
 *   beside British ones on purpose.
 *
 * Holdout11's own calls, for its titles, summarised by theme (the same decisions):
 * - Frequencies and limits: "twice a week", "twice a day", "every 90 minutes" on a duty give
 *   number-title + job-requirement ("Turn and brush the truckles in the cave twice a week"); bare
 *   period words ("daily", "quarterly", "each shift", "on the duty rota", "the day before", "every
 *   other Thursday") leave a duty with job-requirement alone and an annual return, audit, certificate
 *   or report with compliance alone ("Chief Coroner's annual return submitted to the MoJ", "Annual
 *   calibration certificate for every audiometer").
 * - Word grades and negations ('FSA audit — rated "Good"', "... passed with no non-conformities")
 *   are compliance only.
 * - Numbers that are not targets: years and decades dating a thing ("the 1960s diesel generators",
 *   "the 1987 bandsaw headrig"); specs, sizes, models, versions and boat classes ("an 18-month
 *   clothbound cheddar", "the new 10-seat cabins", "C24", "a new eight", "SigView 4", "Postgres 17");
 *   thresholds, ages and fixed scopes ("inquests older than 12 months", "under-18s", "the six rock
 *   stations", "Category 1" as a tier); today's problem ("without a six-month wait"); times of day;
 *   ordinals ("a second testing team", "the first fitting"); codes and schemes ("CP7", "ISO 3834",
 *   "999" inside a target title); "one" as an article; periods and years ("2027/28", "Q3 OKRs");
 *   ticket references and links ("HU-214", "go/safer-play").
 * - Targets: fractions and multipliers ("Cut tender fuel use by a fifth", "Socket remakes down by
 *   half"), sums and counts ("Raise £60k for the boathouse roof", "Members: 420"), key results
 *   written as sentences ("We take £38m in tolls this year"), and values after a metric or a
 *   comparator ("Wait for a first limb under 6 weeks", "Throughput 600 cattle a week").
 * - Only a metric name is number-title ("Mean time to restore a failed light", "Junior retention",
 *   "Kill-out percentage", "Cost per client helped"); direction without a quantity is sound ("Cut the
 *   backlog of inquests older than 12 months", a superlative such as "the quietest in the Alps").
 * - Containers: roles ("Head Cheesemaker", "Captain of Boats", "Lead Prosthetist"), teams and
 *   functions ("Video Relay", "Draw Games", "Cutting room", and "Dairy & Compliance" in a plan, whose
 *   word "Compliance" is only a team name), places ("Buoy yard, Oban", "Devon & Somerset") and buckets
 *   with a period ("Rink targets 2027/28", plan roots such as "Trading Standards service plan
 *   2027/28") are generic-container only; the entry "Write the service plan for 2027/28" is a task.
 * - Compliance vs duty: named audits, inspections, licences, registrations, accreditations,
 *   certificates and mandatory training are compliance, renewed or not ("IALA audit ... passed",
 *   "Enhanced DBS checks in date ...", "Cyber Essentials Plus renewed", "Building Regs approval for
 *   the fire barrier on every new thatch"); a certificate to a standard is compliance ("Annual
 *   calibration certificate for every audiometer"), while the routine itself, the business's own
 *   checks and records and a service's own standing inspection programme on others are
 *   job-requirement ("Take the milk samples from each tanker ...", "Inspect petrol pumps and pub
 *   measures on the routine programme", "Run the Wednesday and Saturday draws").
 * - Duties without "keep"/"maintain" ("Take the reports of death from the police and GPs on the duty
 *   rota", "Order the reed bundles for each job", "Collect and count the cash from the toll booths",
 *   and a duty worded as a state, "Milk samples taken from each tanker before it is tipped").
 * - Tasks: events, one-off jobs and deliverables as noun phrases ("Coroners' Society conference,
 *   Harrogate", "Booking form rebuild (HU-214)", "New van sign-writing", "Christmas ice show ..."
 *   although it sells tickets), one-off jobs ("Repaint the tower bands at Dunnet Head"), and moves and
 *   migrations without an effect ("Club website move to a new host"); with an effect they are sound
 *   ("Migrate the design office to SigView 4 so an alteration can be drawn and checked in one pass",
 *   "Hold pre-inquest reviews by video so families in the Dales don't have to travel ...").
 * - First time and renewals: a first award, framework place or contract is an outcome ("Win a World
 *   Cheese Awards gold for the blue for the first time"), as is a recommendation that brings work;
 *   plain renewals stay compliance.
 * - Sound despite a trap word: hires that name compliance, licensing, safeguarding or a
 *   qualification to open a market, a contract or a product (some twenty of them); audits,
 *   inspections and checks turned into an outcome or sold ("Audit the fleet and sell the boats nobody
 *   rows, so the club can buy a new eight", "Get customers through their CQC inspection ..."); training
 *   with an effect ("Train the butchers to cut to restaurant specs so ..."); "keep"/"maintain" of an
 *   outcome ("Keep juniors rowing ...", "Maintain traffic through the tunnel refurbishment by working
 *   one bore at a time").
 * - Copies in entries: owner and team prefixes on the parent's goal with synonyms or reordering; a
 *   reworded parent without a prefix; an earlier sibling repeated with synonyms, without its "so"
 *   clause or with the American spelling; the same metric with another number and scope, keeping
 *   number-title ("Courts — 90% of bookings filled" under "Bookings filled: 95%"); an earlier
 *   sibling's duty reworded, keeping job-requirement. In plans: the root's goal repeated by a team,
 *   cousins reworded, the same metric with the same or another number and scope (one group of three),
 *   and copies of duties, which keep job-requirement (and number-title with a frequency).
 * - Not copies: sharper children under their parent (twenty sound entries carry a parent); in plans,
 *   a new metric or a new lever on the same theme, and containers differing only in scope ("Area
 *   Manager, North Wales" / "Area Manager, Cheshire").
 * - kr-not-measurable: not flagged for untouched default KRs whose titles carry a quantity, nor for
 *   KRs from 0 with a unit and a target; flagged when any KR is bare, even beside a good one, and on a
 *   task and a compliance title.
 * - `krs: []` on a duty, a task and a compliance title gives only their title label; on two
 *   containers it gives no-key-results as well.
 * - Plans may reuse an entry's wording. Typos ("enviroment", "comittee", "refered", "maintainance",
 *   "buisness") are kept; American spellings sit beside British ones on purpose.
 *
 * Holdout12's own calls, for its titles, summarised by theme (the same decisions):
 * - Frequencies and limits: "twice a day" and "within 5 working days" on a duty give number-title +
 *   job-requirement ("Walk the Kraken's track twice a day before opening", "Process new registration
 *   applications within 5 working days"), and so does the plan copy "Ride hosts: walk the Kraken track
 *   two times a day before we open" (also goal-clone). Bare period and time words ("every morning in
 *   summer", "by 2pm", "after storms", "between builds", "on the hours schedule", "within the
 *   statutory period") leave a duty with job-requirement alone, and yearly or six-monthly inspections,
 *   audits and declarations stay compliance alone ("Six-monthly thorough examination of every lifting
 *   accessory", "Annual water park inspection by the council's environmental health officer", "Trustee
 *   board's annual conflict of interest declarations signed").
 * - Word grades, comparisons with a word and scheme numbers: "Ofsted inspection at Riverside — graded
 *   Good or better" is compliance only; "Water the bends when the going is firmer than good" is
 *   job-requirement only; "Challenge 25 training for all bar staff" is compliance only (Challenge 25
 *   names a scheme).
 * - Numbers that are not targets: years and decades dating a thing or naming today's problem ("the
 *   1890s Palm House heating", "the 1994 cremator", "after the 2025 price rise"); specs, sizes,
 *   models, scales, levels and versions ("a 1,200-tonne crawler", "iPhone 16", "00 gauge", "Level 3",
 *   "WCAG 2.2", "Double-deck" as a bus type, "a 20mph limit" as the name of the limit asked for);
 *   identifiers, codes, tiers and schemes ("satellites 13 and 14", "Plant 2", "ISO 13485", "Tier 1",
 *   "A14", "0800" as a phone line); thresholds, ages, ranges, capacities and fixed scopes ("people
 *   under 35", "aged 1–4", "the 14 remaining wild colonies", "the top 100 UK retail sites", "concerts
 *   of up to 20,000"); today's problem ("a 30-minute slot", "waiting 12 weeks for Germany"); times of
 *   day ("after 2pm", "the 3.30"); ordinals ("a second chapel", "past year two", "for the first
 *   time"); "one" and "single" as articles ("in one tap", "a single date"); periods and years ("in
 *   2027", "Q2 goals", "FY27", "2027/28"); ticket references and links ("ORB-1412", "go/site-2027").
 * - Targets: fractions and multipliers ("Cut gas used per cremation by a fifth", "Bar takings up a
 *   fifth", "Halve the number of polling stations without step-free access", "Double the ground-source
 *   work we do for housebuilders"); counts and sums, some worded as actions ("Deliver 420 buses in
 *   2027", "Tune 2,400 pianos this year", "Raise £40k for the new play park", "Kitchens fitted: 140");
 *   a key result written as a sentence ("We welcome 145,000 racegoers in 2027"); values after a metric
 *   or a comparator ("Warranty cost per bus under £3,000", "Membership renewals up from 61% to 70%",
 *   "Precept rise kept to 3%", "Turnout in the spring elections 25%").
 * - Only a metric name is number-title ("Plant shop margin", "Average wait from death to funeral",
 *   "Postal vote rejection rate", "Gross margin per borehole", "Time to first scan for a new trial");
 *   direction without a quantity is sound ("Use drone LiDAR on evaluations so we dig fewer trenches
 *   that find nothing", "Fix most screens while the customer waits for a coffee": "most" is not a
 *   number).
 * - Containers: roles ("Curator of the Living Collections", "Clerk of the Course", "Electoral
 *   Registration Officer", "Drilling Manager", "Head of Customer Success, EMEA", and in plans "Head
 *   Cook"), teams and functions ("Aftersales", "Ground Segment", "Appointed Persons", "Allotments
 *   committee", "Platform squad", and in plans "Rides & Attractions", "Contract Lifts"), places
 *   ("Natural burial meadow", "Midlands depot", "Riverside nursery") and buckets with a period ("Plant
 *   2 — H2 priorities", "Design team — Q2 goals", and plan roots such as "Orbisense FY27 OKRs" and
 *   "Electoral Services service plan 2027/28") are generic-container only; "Tower Cranes" and
 *   "Post-Excavation" with `krs: []` also carry no-key-results.
 * - Compliance vs duty: named registrations, certificates, licences, inspections, audits,
 *   accreditations, statutory returns, assessments, mandatory training and policy sign-offs are
 *   compliance, renewed or not ("Plant health passport registration with APHA renewed", "Waste carrier
 *   registration renewed", "ISO 13485 surveillance audit passed", "ITAR and EAR export licence
 *   conditions checked for every defence order" although worded as a check per order, "Safety Advisory
 *   Group sign-off for the summer concert" as an approval to hold the event, "Habitats Regulations
 *   Assessment signed off for the Local Plan", "Councillors' register of interests updated" as a
 *   statutory register, "WEEE take-back records kept for every store" as records kept under a
 *   regulation). The business's own routine checks and a department's standing casework are
 *   job-requirement ("Walk the course and record the going before each race day", "Torque-check the
 *   wheel nuts on every bus before it leaves the yard", "Test-run every second-hand loco before it
 *   goes on the shelf", "Validate planning applications within the statutory period").
 * - Duties without "keep"/"maintain" ("Accession each new plant and give it a label before it goes in
 *   the ground", "Chase households that havent replied to the canvass", "Order the worktops once the
 *   templating is done", "Empty the dog bins on the rec", "Triage the false-positive reports from
 *   customers"), and the upkeep duties "Keep the tuning diary up to date" and "Keep the rule docs in
 *   step with each axe-core release".
 * - Tasks: events, one-off jobs and deliverables as noun phrases ("Orchid festival, February
 *   half-term", "Poll card redesign for 2027", "Company barbecue at the yard, July", "Sponsor booth at
 *   CSUN 2027"); one-off jobs and deliverables without an effect ("Paint the grandstand railings in
 *   the club colors", "Write the post-excavation assessment for Ely Road" as a client deliverable with
 *   nothing said of what it changes, "Rebuild the tasking portal in React (ORB-1412)"); moves and
 *   migrations without an effect ("Migrate the living-collections database to IrisBG", "Move the
 *   polymer printers into Unit 4"). With an effect they are sound ("Move the count to the leisure
 *   centre so ...", "Migrate the scanner to Playwright so ...", "Publish every price online so
 *   families can compare us ...", "Check every polling station for step-free access and move the ones
 *   that fail").
 * - First time, approvals and renewals: a first race, status, reinsurer or order is an outcome ("Win a
 *   Grade 1 race for the course for the first time", "Win our first order from a German operator");
 *   being approved, listed or accepted where that brings work or makes the product worth more is sound
 *   ("Get on Hornby's list of premier stockists so we get the limited editions"); plain renewals stay
 *   compliance.
 * - Sound despite a trap word: hires that name compliance, licensing, safeguarding or a qualification
 *   to open a market, a contract or a product (some twenty); audits, checks and tests turned into an
 *   outcome or offered to customers ("Audit which cranes sit idle and sell the ones that earn least",
 *   "Offer a water quality test with every new well so ...", "Sell manual audits as a fixed-price
 *   add-on so ..."); training, teaching and an exam with an effect ("Train presiding officers to help
 *   voters without photo ID so ..."); "keep" of an outcome or a capability ("Keep Hambleford a village
 *   where people of every age can stay", "Keep cranes working in gusty weather ...").
 * - Copies in entries: owner and team prefixes on the parent's goal with synonyms or reordering
 *   ("Fitting team: the kitchen firm people in Warwickshire tell their friends about"); an earlier
 *   sibling repeated with synonyms or reordering, also as a noun phrase; the same metric with another
 *   number and scope, keeping number-title ("Priya: tune 450 pianos in the schools" under 2,400); an
 *   earlier sibling's duty reworded, keeping job-requirement. In plans: the root's goal repeated by a
 *   team; a North Star under a bucket root repeated by teams (one group of three); siblings reworded;
 *   the same metric with the same or another number and scope, keeping number-title; copies of duties,
 *   keeping job-requirement (and number-title with a frequency); copies of compliance titles, keeping
 *   compliance.
 * - Not copies: sharper children under their parent (32 sound entries carry a parent); siblings on a
 *   related theme; "Double the ground-source work we do for housebuilders", a number-title on the
 *   theme of the housebuilders goal but with no parent or sibling context; in plans, a new metric or
 *   lever on the same theme, and containers differing only in scope ("Tower Cranes" / "Mobile
 *   Cranes").
 * - kr-not-measurable follows the definition literally: flagged when any KR is bare, even beside a
 *   good one, and on a task and a compliance title; "Farm boreholes drilled" is bare although it names
 *   a count, because the quantity is not in its title. Not flagged: untouched default KRs whose titles
 *   carry a quantity ("Plants sold in the shop that we grew ourselves: 60%"), KRs from 0 with a unit
 *   and a target, and a falling KR with a unit.
 * - `krs: []` on a duty, a task and a compliance title gives only their title label; on two containers
 *   it gives no-key-results as well.
 * - Plans may reuse an entry's wording. Typos ("havent", "apprenticship", "autum") are kept; American
 *   spellings ("colors", "program", "modelers", "store") sit beside British ones on purpose.
 *
 * Holdout13's own calls, for its titles (copied as they stand):
 * - Frequencies and limits: "Grit each A&E approach twice before 6am on frost nights", "Check the
 *   cable towers and carriers three times a day in season" and "Answer the booking line within 20
 *   seconds at peak" are number-title + job-requirement, and so are their plan copies "Retail: grit
 *   every car park two times before opening on frosty nights" and "Call handlers: pick up the booking
 *   line inside 20 seconds at peak times" (both also goal-clone). Bare period and time words leave a
 *   duty with job-requirement alone: "at the end of every boil", "each shift", "before close of
 *   business", "on every service visit", "before Christmas and Easter", "at 8pm", "each evening at 8",
 *   "after the last session", "by noon", "the same day", "in their first fortnight", "after it ends",
 *   "each month", "every Friday", "at month end", "every morning", "each morning", "at the end of each
 *   half-term", "between sessions", "before each show", "as shipments arrive", "on the summer
 *   programme", "after heavy rain". "Marine licence return for the seawater intake sent to the MMO"
 *   stays compliance alone.
 * - Word grades and scheme levels: "Win three stars at Great Taste for the smoked flakes for the first
 *   time" is sound (a grade won for the first time, not a count); "RYA Powerboat Level 2 for every
 *   boat driver" and "PCI DSS Level 1 assessment by the QSA" are compliance only (scheme levels).
 * - Numbers that are not targets: years and periods dating a thing or a deadline ("the 1877 Willis",
 *   "the 1990s autoclaves", "since 2025", "beyond 2027", "when it comes up in 2027", "for 2027", "by
 *   Dec 2027" after the order-book figure, "the 2028 national wakeboard championships", "the 2030
 *   European Team Championship", "winter 2027/28", and in plan names and roots "FY27", "H1",
 *   "2027–30"); anniversaries and ordinals ("the church's 150th anniversary", "a second electric tow
 *   boat", "a second intake pit", "a second pump", "a second apprentice", "a second clinic", "a second
 *   session" inside a metric name, "their first shoeing", "first point of contact", "a ramp first
 *   time" meaning at the first attempt, "the first five minutes", "the first three months" defining a
 *   measure); sizes, specs, terms, models and versions ("250g", "1kg", "20 kg", "44-tonne artics", "a
 *   10-year care plan", "a three-year Lottery grant", "SM7Bs", "v3", "a 1-in-100-year flood" as a
 *   design standard, "the weakest half-mile" as the length of bank in scope); codes, levels, tiers and
 *   schemes ("A1101", "ECE R109", "Line 2", "Grade I", "CDS", "RON", "A&E"); thresholds, ages and
 *   fixed scopes ("men over 75", "past 14", "within 20 miles", "fewer than half the seats" as the
 *   threshold for dropping a town, "the six court buildings", "all six farriers", "the Hollingworth
 *   egg co-op's 40 farms", "the three biggest UK festivals", "per thousand casks" and "per 10,000
 *   orders" as units of a metric); today's problem ("an hour each way", "a day's pay"); times of day
 *   ("at 11pm", "after midnight", "the 7.45 from Leeds"); "one" as an article ("one named contact",
 *   "in one tap"); ticket references and links ("STB-882", "go/stubline-v3", "wiki/CDS-fallback").
 * - Targets: fractions ("Cut gas per tonne of salt by a fifth", "Cut kWh per tonne pelleted by an
 *   eighth", "School bookings up by half"); counts and sums, some worded as actions ("Sell 180 tonnes
 *   of flaky salt in 2027", "Make 260,000 tonnes of compound feed in 2027", "Retread 95,000 truck
 *   tyres in 2027", "Win 40 new car park sites for winter 2027/28", "Raise £250k from local
 *   businesses", "Tuning contracts: 140 churches", "Wheelchair-accessible cars on the road: 60"); key
 *   results written as sentences ("We have 60,000 paying subscribers by December", "We reach 18,000
 *   rated members"); values after a metric or a comparator ("Export: from 18% to 30% of turnover",
 *   "Checkout conversion 61% → 68%", "Small claims awaiting a hearing: down from 2,400 to 1,500",
 *   "New-cask sales from £1.9m to £3m", "Pump hours lost to breakdowns < 200", "Average round price up
 *   8%", "Wait from referral to first appointment under 6 weeks", "Order book £4.2m by Dec 2027").
 *   "Therapy hours delivered: 7,200", "Lessons sold: 6,500" and "Casks repaired a week: 1,400" are
 *   volumes of service: number-title only, not task-listing or job-requirement.
 * - Only a metric name is number-title: "Gross margin on the 250g tubs", "Average days from charge to
 *   first hearing (magistrates)", "Workshop hours per new stop", "Salt used per site visit", "CPM on
 *   host-read ads", "First-timers who come back for a second session", "On-time bulk deliveries",
 *   "Share of certificate orders posted the same day", "Volunteer drop-out in the first three months",
 *   "Scrap per shift", "Leakers returned per thousand casks", "Driver churn", "Sponsorship income",
 *   "Remedial cases referred by vets", "Revenue per declaration", "Chargebacks per 10,000 orders",
 *   "DNA (did not attend) rate", "Average occupancy of the big top", "Average install days per job".
 *   Direction without a quantity is sound: "Fewer trials collapsing on the day because the papers were
 *   never served", "Shorter wait for a notice-of-marriage appointment in June", "Less lameness coming
 *   back after shoeing ...", "Cut the months a church goes without its organ in a rebuild ..." ("the
 *   months" is no quantity), "Cut dead miles by holding cars at ranks near the hospitals".
 * - Containers: roles ("Head of Production", "Delivery Director, Wessex", "Head Voicer", "Winter Duty
 *   Manager", "Head of Audience", "Chief Instructor", "Mill Manager", "Clerk & Chief Engineer",
 *   "Superintendent Registrar", "Volunteer Coordinator", "Fleet Sales Director", "Head Cooper",
 *   "Operations Director", "Head of Junior Chess", "International Director", "Senior Farrier", "Head
 *   of Customs Operations", "VP Engineering", "Clinical Lead", "Tour Manager", "Studio Manager", and
 *   in plans "Head of Sales & Marketing"), teams, functions and places ("Packing shed", "Listing
 *   office", "Voicing shop", "Ploughs & Gritters", "Northern depots", "Branded Content", "Cable park",
 *   "Ruminant sales", "Pumping stations", "South Level", "Ceremonies team", "Lunch clubs", "Buffing &
 *   building", "Rejuvenation shop", "Control room", "School contracts", "Remedial clinic", "Air
 *   freight desk", "Felixstowe office", "Promoter Success", "Adult neuro", "Circus school",
 *   "Fabrication", "Install team — North", and in plans "Production", "Listing & Case Progression",
 *   "Hospitals & NHS", "Retail car parks", "Ad Sales", "Poultry mill", "Ruminant mill", "Transport",
 *   "Fundraising", "Airport rank", "Trust & Safety", "Production & Rigging") and buckets with a period
 *   (the plan roots "Saltcote priorities 2027", "Wessex Courts & Tribunals — business plan 2027/28",
 *   "Loudhailer FY27 OKRs", "Tea & Company — strategy 2027–30", "Clearway objectives 2027", "Big Top
 *   Collective — tour plan 2027") are generic-container only. "Branded Content" and "Felixstowe
 *   office" with `krs: []` also carry no-key-results.
 * - Compliance: "SALSA food safety certificate renewed for the packing shed", "Unconscious bias
 *   e-learning — all legal advisers (mandatory)", "Government Security Classifications course
 *   completed by every listing officer", "Fire risk assessments reviewed for the six court buildings",
 *   "Lead dust monitoring in the pipe shop (COSHH)" (statutory exposure monitoring, not a check of the
 *   work), "Diocesan faculty approval obtained for every job in a listed church" (a permission for the
 *   works, like a building regulations approval), "Tachograph data downloaded and kept for every HGV
 *   driver" (records kept under a regulation), "O-licence undertakings signed off at the DVSA
 *   maintenance investigation", "CAP code refresher for every host who reads ads", "PRS for Music
 *   podcast licence renewed for the network", "British Water Ski & Wakeboard club affiliation
 *   renewed", "First aid at work certs in date for all instructors", "FEMAS certification audit
 *   passed", "VMD approval as a medicated feed manufacturer renewed", "Eel passage at Welmore signed
 *   off by the Environment Agency under the Eel Regulations", "Reservoirs Act inspection of the
 *   Washland embankment", "Confined spaces training for everyone who goes into a pump sump", "GRO
 *   stock audit of certificate paper passed", "Data protection training for every registrar",
 *   "Safeguarding adults training done by every volunteer", "Fundraising Regulator registration and
 *   levy renewed", "ECE R109 approval audit on the retread line", "Noise at work assessment for the
 *   buffing room", "Environmental permit conditions met for the rubber dust extraction", "Noise
 *   assessment and hearing protection zones on the raising floor", "HMRC approval for the bonded cask
 *   store renewed", "Private hire operator licence renewed with the council", "Disability awareness
 *   training for every licensed driver" (a licensing condition), "Safeguarding training for every
 *   junior coach and arbiter", "Sport England governance code assessment" (a funding condition),
 *   "Farriers Registration Council registration renewed for all six farriers", "Apprentices' approved
 *   training farrier status kept", "Gas safety certificate for the mobile forges", "AEO status kept at
 *   the HMRC review", "AML training done by the whole team", "Secure coding training for every
 *   engineer", "HCPC registration renewed for every therapist", "ICO data protection fee paid and
 *   registration current", "Temporary demountable structure certificate for the big top renewed",
 *   "Premises licence granted by the council for each pitch on the tour" (a permission to operate at
 *   each site), "IPAF licences current for every installer", "Working at height refresher for the
 *   install crews", and in plans "Food hygiene certificates for the kitchen volunteers" and
 *   "Safeguarding training for every tutor".
 * - Duty rather than compliance: the business's own routine checks and a service's own standing
 *   casework are job-requirement, even where a regulator or a statute expects them: "Sample every
 *   intake lorry and test it for mycotoxins", "Shearography-check every casing before buffing",
 *   "Rig-check the trapeze and safety lines before each show", "Check the cable towers and carriers
 *   three times a day in season" (the operator's own check), "Check the ID and nationality evidence of
 *   everyone giving notice of marriage" (the registrar's standing casework), "Hear the appeals against
 *   arbiters' decisions at congresses", "Survey every site before the artwork is signed off", "Clean
 *   down the pellet press between medicated and non-medicated runs".
 * - Duties without "keep"/"maintain": "Skim the crystals off the pans at the end of every boil", "Log
 *   brine strength and pan temps each shift on the whiteboard", "Be first point of contact for
 *   witnesses and defendants at the front desk ...", "Send tomorrow's lists to the CPS and the press
 *   before close of business", "Go out to ciphers and dead notes that churches phone in", "Tune the
 *   reeds at each contract church before Christmas and Easter", "Clean and oil the blowers on every
 *   service visit", "Work the listener inbox and reply to anything we recieve that needs an answer",
 *   "Upload each episode's transcript alongside the audio", "Refuel and hose down the tow boat after
 *   the last session", "Book the bulk lorries for next day's orders by noon", "Cut the weed in the
 *   main drains on the summer programme", "Clear the trash screens at each pumping station after heavy
 *   rain", "Index each birth and death entry on RON the same day", "Ring each new match in their first
 *   fortnight to check it's working", "Log every call in Beacon after it ends", "Chase fleets for the
 *   casings promised on the collection run", "Char each cask to the distiller's spec before it
 *   leaves", "Nose every returned cask for off-notes", "Stack incoming staves to season in the yard"
 *   (`krs: []`, job-requirement only), "Dispatch the school runs off the contract list each morning",
 *   "Send rated results to FIDE each month", "Reset the shoes on every horse on the round when they
 *   fall due", "Order shoes and nails for next week's round every Friday", "Lodge import declarations
 *   on CDS as shipments arrive", "File each client's deferment statement at month end", "Rotate the
 *   on-call pager through the payments engineers", "Triage the fraud-flagged orders every morning",
 *   "Write up session notes the same day", "Send progress reports to schools at the end of each
 *   half-term", "Wipe down the therapy toys between sessions", "Put up and strike the tent at each
 *   town", "Send the proof to the client before the router cuts".
 * - Tasks: events and deliverables written as noun phrases ("Saltcote stall @ Taste of London (June)",
 *   "Xmas gift box for the smoked flakes — design + print run", "Court users' open day at Winchester
 *   Combined Court, May", "New signage for the Salisbury court foyer", "Stand at the International
 *   Organ Festival, St Albans", "Client winter-readiness breakfast, October", "Live recording of "Cold
 *   Case Club" at the Edinburgh Fringe", "Artwork refresh for the autumn slate", "Summer wake jam,
 *   August bank holiday", "Jetty signage", "Farmers' open evening at the mill, Nov", "New nameplates
 *   on the pumping stations", "Board members' tour of the Welmore pumps, July", "New registrar
 *   uniforms + name badges", "Citizenship ceremony at the Town Hall for the King's birthday",
 *   "Volunteer handbook refresh", "Stand at Road Transport Expo, Stoneleigh", "New forklift for the
 *   casing store", "Open day for the Spirit of Speyside festival", "Drivers' awards night, January",
 *   "Roof sign redesign", "National Championships 2027, Torquay", "Olympiad team kit with the new
 *   crest", "Demo day at the Newbury Show, September", "Client breakfast briefing on the new EU
 *   checks, March", "Customer advisory board dinner, Berlin", "Talk at the Tees Valley SENCo
 *   conference", "New logo and letterheads for the practice", "Tour launch night in Skegness", "New
 *   poster design for the tour", "New ring curtain and seating for the big top", "Reception refit with
 *   our own light boxes" (`krs: []`, task only)); one-off jobs and deliverables without an effect
 *   ("Ellie: put together a script and a route for the summer tour guides", "Photograph & catalogue
 *   everything in the pipe store", "Re-livery the gritters in the new colors", "Resurface the yard in
 *   front of the charring shed", "Build a shoeing bay at the Wantage yard", "Organize the Christmas
 *   Day lunch at the Piece Hall", "Design a leaflet for GP surgeries and get it printed", "Rewrite the
 *   arbiters' handbook", "Translate the website into German", "Rebuild the seat map editor in Svelte
 *   (STB-882)", and "Enter the Sign Design Awards": entering, not winning); swaps without an effect
 *   ("Upgrade the studio mics to SM7Bs", "Replace the weighbridge software"). With an effect, moves,
 *   swaps and noun-phrase deliverables are sound: "Tom — move trade orders off the spreadsheet onto
 *   Shopify B2B so chefs can reorder at midnight ...", "Re-platform hosting to Megaphone so ads can be
 *   swapped into old episodes", "Bring pipe-making from Derby into the main workshop so ...", "Swap
 *   imported soya for home-grown beans in the pig diets so feed prices stop tracking the dollar",
 *   "Port the rating database to the new platform so ...", "Migrate checkout to the Stripe Payment
 *   Element so ...", "Switch to pre-wetted salt so ...", "Switch to recycled acrylic so ...", "Change
 *   charring to the new burner so every cask chars the same", "1kg catering tub, so kitchens stop
 *   decanting from 250g retail packs", "Online booking calender so parents can book a camp at 11pm",
 *   "Levy bills payable online through the county system, so farmers stop posting cheques", "Saturday
 *   walking group so widowers have somewhere to go at the weekend", "Cask-tracking app in the bonded
 *   warehouses so ...", "Online configurator so a shop owner gets a price in minutes, not days", "Ship
 *   the v3 promoter API so ticket agents can sell our inventory — see go/stubline-v3", "Small claims
 *   mediation by video, so neither side loses a day's pay to come in".
 * - First time, approvals and renewals: "Win three stars at Great Taste ... for the first time", "Win
 *   Podcast of the Year at the British Podcast Awards for the first time", "Win a place on Diageo's
 *   approved cooperage list for the first time", "Win Arts Council National Portfolio funding for the
 *   first time" and "Win our first organ for an American university" are outcomes (sound); approvals,
 *   listings and guidance that open a market or bring work are sound ("Get a retread approved for the
 *   steer axle on 44-tonne artics", "Get the stately homes in the district approved as wedding venues
 *   so couples marry locally and we take the fee", "Get onto the NHS any-qualified-provider list for
 *   adult stroke rehab", "Get our tactile signs into RNIB's guidance as a worked example", "Get EU
 *   sellers using our fiscal representation instead of opening their own UK VAT registrations");
 *   renewals with an effect are sound ("Renew the interpreters contract with a penalty for no-shows,
 *   so fewer hearings get adjourned", "Renew the Olympiad sponsor with a juniors clause so their money
 *   reaches schools"). Plain renewals stay compliance.
 * - Sound despite a trap word: hires naming compliance, safeguarding, licensing, certification, type
 *   approval or a diploma to open a market, a contract or a product (a food safety compliance manager
 *   for own-label salt, a heritage compliance officer for Grade I cathedrals, a compliance producer
 *   for pharma advertisers, a nutrition compliance manager for the pet food brands, a type-approval
 *   compliance engineer for bus retreads, a forestry certification lead for FSC claims, a licensing
 *   compliance officer for SEN transport, an excise compliance manager for wine and spirits, a
 *   consumer-law compliance lead for Ireland, a planning compliance consultant for advertisement
 *   consent, safeguarding leads or officers for PE days, home visits, EHCP work, the schools programme
 *   and the weekend circus school, a farrier with the remedial diploma); audits, reviews and checks
 *   turned into an outcome ("Go through the trade price list against what chefs actually reorder, and
 *   drop the pack sizes nobody buys", "Review last year's adjourned hearings and stop listing cases
 *   before the interpreter is booked", "Check the humidity logs from the churches we tune and fit
 *   humidifiers where soundboards are cracking", "CCTV every culvert under the A1101 and replace the
 *   ones that are collapsing", "Audit last winter's failed retreads and change the cure temperature
 *   that caused them", "Audit cancelled bookings and stop dispatching to drivers who reject short
 *   fares", "Audit last year's entries for misclassified goods and get clients their overpaid duty
 *   back", "Audit the callbacks on illuminated signs and replace the LED module that keeps failing",
 *   "Clean out inactive players from the rating list and stop charging their clubs for them", "Charge
 *   for wasted visits after looking at the no-shows, so the diary stops collapsing"); training and
 *   teaching with an effect, or sold ("Coach ushers to spot vulnerable witneses so ...", "Cross-train
 *   the summer landscaping crews on the gritters so ...", "Train the cable operators as beginner
 *   coaches so ...", "Train ceremony staff to lead vow renewals so we can sell them ...", "Train
 *   promoters to set up dynamic pricing without needing us", "Sell befriending training to housing
 *   associations ..."); "keep", "maintain" and "hold on to" of an outcome or a capability ("Maintain a
 *   full boiling schedule through the winter storms ...", "Keep Poole sitting through the roof works
 *   ...", "Leeds Town Hall organ kept playable through the refurbishment ...", "Hold on to our biggest
 *   host beyond 2027 ...", "Keep the autoclaves curing overnight ...", "Keep the queue page up when a
 *   stadium tour goes on sale", "Keep clearing through CDS outages ...", "Keep the router cutting
 *   overnight ...", "Keep drivers out at night with a bonus after midnight", "Keep therapy going over
 *   the summer holidays with an online program"); and "Sell maintenance contracts on illuminated signs
 *   so installs become yearly income".
 * - Copies in entries (22): the parent's goal with an owner or team prefix and synonyms or reordering
 *   ("Hospitals team: keep the hospitals, supermarkets and bus depots on our books open on winter's
 *   worst mornings", "Coaching: everyone who's never been on a board up and riding the cable before
 *   their first day is out", "Engineering: keep homes and farmland in Fenmere dry while sea levels
 *   rise", "Registration team: registering a death or a birth should be the easy bit of those weeks",
 *   "Phone befriending — no older person in Calderdale left with nobody to talk to", "Juniors: every
 *   child in the country gets to play chess, and keeps at it after they leave school", "Felixstowe:
 *   border crossing should be the last thing our clients worry about", "Schools team: help each child
 *   on our caseload be understood by their friends and at school", "Wayfinding studio — the signage
 *   firm architects name in their specs"); an earlier sibling repeated with synonyms or reordering
 *   ("Secure the Leipzig conservatoire's new concert organ commission", "Make our true crime podcasts
 *   the ones listeners tell their mates about", "Summer evening weddings in the glasshouse at the
 *   Botanical Gardens" as a noun phrase, "Have Islay distilleries buy rejuvenated casks from us", "Tie
 *   each ticket to the fan's phone so touts can't hoover up gigs", "Set up a youth circus in each town
 *   we tour so it carries on after we leave"); the same metric with another number and scope under the
 *   parent, keeping number-title ("Food service — 70 tonnes of flakes into restaurant kitchens" under
 *   180 tonnes, "Bournemouth family court: 80% of private law cases done inside 26 wks" under 85%,
 *   "Poultry mill — 110,000 t of layer and broiler feed" under 260,000 tonnes, "Line 2: 38,000
 *   retreads this year" under 95,000, "Airport rank — average wait under 5 minutes" under "Average
 *   pick-up time under 7 minutes", "Theatres — 3.5m tickets sold through Stubline" under 14m); and an
 *   earlier sibling's duty reworded, keeping job-requirement ("Re-shoe each horse on the round when
 *   its shoes are due" after "Reset the shoes on every horse on the round when they fall due"). In
 *   plans: the root's goal repeated by a team ("Hospitals: keep every hospital, supermarket and bus
 *   depot we serve open on winter's worst mornings", "Schools team: get anybody in the city home safe,
 *   fast and fairly priced, day and night", "Promoter Success: make buying gig tickets quick, fair and
 *   free of touts"); a North Star under a bucket root repeated by a team or an owner ("Food service:
 *   get Saltcote onto the tables ...", "Family courts: no one in Wessex should wait so long ...", "Ad
 *   Sales: the network people binge on their commute ...", "Phone befriending — ...", "Felixstowe:
 *   border crossing ...", "Tour Manager: take circus to the towns live shows never reach"); a sibling
 *   reworded ("Youth circus: set one up in each town we tour so it carries on after we leave"); the
 *   same metric with another number and scope, keeping number-title, under the same parent or as
 *   cousins ("Retail — 60 tonnes through delis and farm shops", "Bournemouth — 80% ...", "True crime
 *   slate — 15m downloads a month", "Subscribers — 60k paying by year end", "Corporate partnerships —
 *   £100k from Halifax firms", "Heathrow air desk — 150,000 entries lodged", "Felixstowe —
 *   declarations queried by HMRC under 0.5%", "Airport rank — average wait under 5 minutes", and the
 *   group of three "Make 260,000 tonnes of compound feed in 2027" / "Poultry mill — 110,000 tonnes of
 *   layer and broiler feed" / "Ruminant mill: 90,000 t of dairy and beef rations"); copies of duties,
 *   keeping job-requirement (and number-title with a frequency or a time limit), including the same
 *   duty at another site ("Retail: grit every car park two times before opening on frosty nights"
 *   after the A&E approaches, "Intake — take a sample from each lorry and test for mycotoxins" in the
 *   other mill).
 * - Not copies: sharper children under their parent (21 sound entries carry a parent, e.g. "Win the
 *   Scottish fine-dining kitchens over from French fleur de sel" under the salt North Star, "Clear the
 *   possession claims that have waited since 2025" under the court goal, "Raise the weakest half-mile
 *   of the Counter Drain bank so it holds a 1-in-100-year flood" under the drainage goal, "Open the
 *   Cutlers' Hall as a ceremony room so winter weddings have somewhere grander than the office" under
 *   the ceremonies goal, and the levers under a number parent "Win the contract to feed the
 *   Hollingworth egg co-op's 40 farms" and "Put cars on the station rank before the 7.45 from Leeds
 *   gets in"); the originals themselves where they are also entries ("Sell 180 tonnes of flaky salt in
 *   2027", "Reset the shoes on every horse on the round when they fall due"); in plans, a new metric
 *   or lever on the same theme ("Gritting contracts renewed: 90%" beside "Win 40 new car park sites",
 *   "Win a listing for the 1kg catering tub with Brakes" beside the New York delis, "Book the tour
 *   into towns with no theatre within 20 miles" under the circus goal, "Get children with SEN to
 *   school with the same driver every day" beside the Schools copy of the root), a team container and
 *   the children whose prefixes only name it ("Poultry mill" / "Poultry mill — 110,000 tonnes ..."),
 *   and containers differing only in scope ("Poultry mill" / "Ruminant mill", "Air freight desk" /
 *   "Felixstowe office").
 * - kr-not-measurable follows the definition literally: flagged when any KR is bare, even beside a
 *   good one ("Get the smoked salt stocked by the serious delis in New York" / "Distributor signed",
 *   "Make the kids' summer camps the thing local families book straight after Easter" / "Camps full"
 *   beside a % KR, "Get the supermarket fleets retreading their trailer tires instead of buying new" /
 *   "Tesco signed", "Let fans resell a ticket they can't use at face value inside the app" /
 *   "Promoters opted in", "Make the chamber organ we hire to festivals pay for its own upkeep" /
 *   "Upkeep covered", "Get dairy farmers feeding our low-methane ration without losing milk" / "Milk
 *   yield held"), and on a task ("New ring curtain and seating for the big top" / "Curtain delivered")
 *   and a compliance title ("Data protection training for every registrar" / "Training done"). The
 *   sound titles with a bare KR are all written as outcomes (one a noun phrase: "A daily news show
 *   people put on with their breakfast"). Not flagged: untouched default KRs whose titles carry a
 *   quantity ("Men at the clubs: 120", "Fleet electric: 50%"), and KRs from 0 with a unit and a target
 *   ("Fringe venues live", venues 0 -> 40; "Referrals triaged by phone", % 0 -> 90; "Winter classes
 *   run", classes 0 -> 60).
 * - `krs: []` on a duty, a task and a compliance title ("Stack incoming staves to season in the yard",
 *   "Reception refit with our own light boxes", "Sport England governance code assessment") gives only
 *   their title label; on two containers ("Branded Content", "Felixstowe office") it gives
 *   no-key-results as well.
 * - Plans may reuse an entry's wording (and do): plans and entries are scored apart.
 * - Typos kept as written: "witneses", "recieve", "calender"; they change no label. American spellings
 *   ("colors", "tires", "Organize", "program", "advisors") sit beside British ones ("tyres",
 *   "programme", "utilisation", "licence", "practise") on purpose.
 *
 * My calls, for this set's titles:
 * - Frequencies and limits: "Test the pool water every 2 hours and log the chlorine and pH", "Reply to
 *   every appointment enquiry within 2 hours" and "Answer every commission enquiry within 24 hours"
 *   are number-title + job-requirement, and so is the plan copy "Lifeguards: check the water chemistry
 *   two-hourly and record chlorine and pH" (also goal-clone). Bare period and time words leave a duty
 *   with job-requirement alone: "at the start of every shift", "as the boats land", "at each crew
 *   change", "the night before collection", "on Friday afternoon", "after each home game", "after
 *   every session", "before the engineer goes home", "at its yearly visit", "each Monday", "every
 *   Monday", "after each batch", "each morning", "the week they come in", "at the start of each
 *   class", "before opening", "at close", "on the monthly safety inspection route", "on the shutdown
 *   schedule", "at each turn-up", "at the end of each run", "every Friday", "the morning after each
 *   display", "before the crew knocks off", "each week", "the week before", "before the print
 *   deadline". "Annual HACCP review signed off" and "Annual accounts filed at Companies House" stay
 *   compliance alone. "twice a week" in "so churchwardens no longer climb the tower twice a week" is
 *   today's habit, not a target: the title is sound.
 * - Negations and words that are not numbers: "without a single firework landing where it shouldn't"
 *   (a North Star) and "with no firework landing out of bounds" (its plan copy, goal-clone only) hold
 *   no count; "fired with far less gas than today", "Fewer injuries in the front row ...", "Fewer
 *   bricks cracking in the kiln ...", "Shorten the wait for repairs in the spring rush ...", "Cut the
 *   fuel we burn per cubic metre dredged" and "Cut the broke we make at each grade change on PM2" are
 *   directions without a quantity (sound).
 * - Numbers that are not targets: years and decades dating a thing or an event ("the 2019 Angelus
 *   seamer", "the 1972 Neve desk", "the 1968 Yankee hood", "the 1987 cutter-suction dredger", "the
 *   1936 diving board", "the original 1930s blue", "the 1980s miners' strike collection", "after
 *   losing it in 2024", "after we raised prices in 2025", "Vogue's bridal guide for 2027", "the 2027
 *   cloth prices", "the 2027 expo"); specs, sizes, terms and versions ("LTO-9", "4-litre tubs" inside
 *   a metric name, "in 3D", "a five-year dredging plan", "in ten years" as a horizon); levels, codes,
 *   tiers and identifiers ("Counties 1", "the 1st XV", "PM2", "Strongroom 3", "Studio B", "A21",
 *   "B2099", "B2110", "a category 2 defect" inside a metric name, "AR21", "ISO 9001", "WWI", "a 20mph
 *   limit" as the limit asked for, "Women's XV" as a team name); ages, thresholds and fixed scopes
 *   ("under-14", "at 12", "six-year-olds", "the over-60s", "under-25s", "members under 25", "a couple
 *   in their seventies", "the three big online grocers' warehouses", "the two big tea packers", "the
 *   three studios" after the enrolment target, "over the exemption weight"); today's problem ("a
 *   six-hour drive", "two weeks before the show", "waiting a fortnight", "months for parts from
 *   Germany"); times of day ("at 2am", "at 3pm", "before 7", "by morning");
 *   ordinals ("the second backhoe dredger", "a second cutter", "a second apprentice", "a second clay
 *   pit", "the second magazine", "a second designer", "a second archivist", "their first year", "the
 *   first fitting", "first time" meaning at the first attempt, "the first dance", "the first-team
 *   pitch", "our first student"); "one" as an article ("one of our goldsmiths", "one shared
 *   calendar", "one sick day"); periods in buckets and plan names ("FY27", "H1", "2027/28"); ticket
 *   references, addresses and links ("MILL-88", "EVT-412", "go/join-app", "wiki/archive-plan",
 *   "info@").
 * - Targets: counts and sums, most worded as actions ("Can 4.2 million tins of sardines and mackerel
 *   in 2027", "Dredge 1.1 million cubic metres in 2027", "Sell 640 made-to-measure gowns in 2027",
 *   "Book the live room for 260 days in 2027", "Ship 38,000 tonnes of paper in 2027", "Sell 42 million
 *   bricks in 2027", "Build 1,100 new sails in 2027", "Make 1,300 commissioned rings in 2027", "Fix
 *   60,000 potholes in 2027/28", "Digitise 2 million pages of parish registers and tithe maps by
 *   2029", "Tower clock contracts: 180 churches and town halls", "Registered players: 520", "Annual
 *   memberships 3,200", "Searchroom visits 9,500"); a key result written as a sentence ("We fire 420
 *   displays this year"); values after a metric or a comparator ("Export share of sales: 35%",
 *   "Utilisation of the dredging fleet: 78%", "Average order value £3,400", "Bar takings up 12%",
 *   "Parlour footfall up 15% in the shoulder months", "Roads in the red condition category below 4%",
 *   "Kiln gas per thousand bricks down 18%", "Return for recut under 2%", "Member businesses up from
 *   410 to 500", "Repairs returned within 3 months: 90%", where the 3 months defines the measure).
 * - Only a metric name is number-title: "Yield per tonne of fish landed", "Margin per cubic meter",
 *   "Conversion from first appointment to order", "Colts retention", "Rebooking rate among bands",
 *   "Average bench hours per longcase", "Gross margin on 4-litre tubs", "Cost per new member
 *   recruited", "Termly fee income", "Cost per swim", "Average days to fix a category 2 defect",
 *   "Steam per tonne of paper", "Seconds rate", "Misfires per display", "Damage write-offs per hire",
 *   "Online catalogue searches", "Visitor spend per trip", "Revenue per loft hour", "Repeat-client
 *   rate", "Exhibitor rebooking rate".
 * - Containers: roles ("Head of Fish Procurement", "Dredge Master", "Head of Atelier", "Director of
 *   Rugby", "Head Engineer", "Workshop Manager", "Wholesale Manager", "General Secretary",
 *   "Principal", "Duty Manager", "Assistant Director, Highways", "Technical Director", "Sales
 *   Director", "Head Firer", "Crew Chief", "County Archivist", "Head of Marketing", "Loft Manager",
 *   "Head Goldsmith", "Portfolio Director"), teams, functions and places ("Retort room", "Plymouth &
 *   Fowey", "Harrogate boutique", "Mini & Junior section", "Mastering suite", "Tower clocks",
 *   "Parlours", "North West region", "Vocational stream", "Café & events", "South area", "Finishing
 *   house", "Handmade yard", "Retail shop", "Weddings team", "Conservation studio", "Welsh borders",
 *   "Racing sails", "Covers & canvas", "Repairs desk", "Exhibition sales", and in plans "Production",
 *   "Fish Procurement", "Clubhouse committee", "Member services", "Kiln & production", "Searchroom",
 *   "North area") and buckets with a period ("Board priorities 2027", "Events team — H1 goals", and
 *   the plan roots "Porthgwidden priorities 2027", "Bramble & Cone FY27 OKRs", "Marlpit Lido Trust —
 *   2027 plan", "Wealdshire Highways — service plan 2027/28", "Ember & Nova — season plan 2027",
 *   "Forum Events FY27 OKRs") are generic-container only. "Women's XV" and "Festival structures" with
 *   `krs: []` also carry no-key-results.
 * - Compliance: "MSC chain-of-custody certificate renewed for the mackerel", "Allergen awareness
 *   training for every line operator (mandatory)", "Marine licence from the MMO for each disposal site
 *   renewed", "MCA load line survey of the split hopper passed", "STCW refresher for every deckhand",
 *   "Fire risk assessment for the Bath workroom reviewed", "PAT testing certificates for the sewing
 *   machines in date", "RFU Club Accreditation renewed", "DBS checks in date for every coach of a
 *   minis side", "Noise assessment for the live room under the Control of Noise at Work Regs", "PPL
 *   and PRS licences renewed for the lounge and the café", "Tower hoist and harnesses examined under
 *   LOLER", "Rescue-at-height training for every technician who climbs a tower", "Dairy hygiene
 *   inspection by the FSA passed", "Certification Officer annual return (AR21) submitted", "Political
 *   fund ballot held under the Trade Union Act" (a statutory ballot), "GDPR training done by all
 *   branch secretaries", "Child performance licences from the council for every pupil in the show",
 *   "First aid certificates current for all teachers", "NPLQ certificates in date for every
 *   lifeguard", "Legionella risk assessment for the showers reviewed", "ISO 9001 surveillance audit
 *   for the highways service passed", "NRSWA street works accreditation for every supervisor", "FSC
 *   chain of custody audit passed" (with a bare KR: also kr-not-measurable), "Environmental permit
 *   conditions on the river discharge met", "Forklift licence refreshers for the warehouse team",
 *   "Silica dust exposure monitoring in the pressing shed (COSHH)" (statutory exposure monitoring),
 *   "Quarry manager's certificate of competence renewed", "Explosives licence from HSE renewed for the
 *   magazine", "Display operator training (BPA) for every firer" (the training firers must hold),
 *   "MUTA SafeHire membership audit passed", "Transport manager's Certificate of Professional
 *   Competence kept for the O-licence", "Place of deposit inspection by The National Archives
 *   passed", "Information governance e-learning done by all staff (mandatory)", "Fire suppression
 *   system certificate renewed for the strongrooms", "VisitEngland quality assessment for the visitor
 *   centre", "World Sailing measurer certification renewed for our in-house measurer" (`krs: []`,
 *   compliance only), "Lifting equipment inspection for the mast crane", "Every piece over the
 *   exemption weight hallmarked at the assay office" (statutory hallmarking, worded as a state),
 *   "Responsible Jewellery Council certification audit passed", "HMRC registration as a high value
 *   dealer renewed", "Event safety management plan signed off by the venue's safety advisory group"
 *   (an approval to hold the event), "Anti-bribery policy signed by everyone who handles sponsors" (a
 *   policy sign-off).
 * - Duty rather than compliance: the business's own routine checks and a service's own standing
 *   casework are job-requirement even where a regulator expects them: "Tear down and measure a seam
 *   from each seamer at the start of every shift", "Grade the fish as the boats land and log the
 *   temperatures", "Sound the channel after each job's last tide and log the depths in the harbour
 *   master's sheet", "Deep-clean the pasteuriser and record the temperatures after each batch", "Take
 *   a reel sample at each turn-up and test the basis weight", "Check the shell stock against the
 *   magazine register every Friday" (the firm's own stock check, although the register is kept under
 *   its licence), "Check the temperature and humidity loggers in each strongroom every Monday",
 *   "Inspect the A-roads on the monthly safety inspection route" (the authority's own standing
 *   inspection programme), "Issue permits for utility roadworks" (its standing casework), "Inspect and
 *   repair the canvas as it comes back from each job".
 * - Duties without "keep"/"maintain": "Grease the cutter head and check the wear at each crew change",
 *   "Steam and bag each gown the night before collection", "Log every alteration in the workroom
 *   book", "Mark out the pitches on Friday afternoon", "Collect match fees from the players after each
 *   home game", "Normalise the desk and zero the outboard after every session" (`krs: []`,
 *   job-requirement only), "Back up each day's takes to the NAS before the engineer goes home", "Wind
 *   and set the clocks in the showroom each Monday", "Log each clock that comes in with photos and a
 *   ticket", "Restock the vans from the cold store each morning", "Take casework calls from members on
 *   the helpline rota", "Process new membership forms the week they come in", "Take the register at
 *   the start of each class", "Enter pupils for the exam sessions and send the fees to the RAD", "Skim
 *   the leaves off the surface before opening", "Hose the poolside down and lock the changing rooms at
 *   close", "Change the felts on the press section on the shutdown schedule", "Stack the fired bricks
 *   on pallets and shrink-wrap them for dispatch", "Clean out the extruder die at the end of each
 *   run", "Walk the fallout zone the morning after each display and pick up debris", "Load the lorries
 *   for tommorow's builds before the crew knocks off", "Fetch and return documents for readers in the
 *   searchroom", "Answer the visitor centre phone and the info@ inbox", "Update the events listings
 *   each week", "Check in each repair sail, photograph it and write up the ticket", "Vacuum the loft
 *   floor before cutting starts each morning", "Polish and clean each ring before it goes in the box",
 *   "Log every client's stones in the safe book at close", "Chase sponsors for their logos and copy
 *   before the print deadline", "Badge and check in delegates at registration", "Send the joining
 *   instructions to each delegate the week before", and in a plan "Cash up the till and bank the
 *   takings at close".
 * - Tasks: events and deliverables written as noun phrases ("Stand at the Speciality & Fine Food
 *   Fair, Olympia (Sept)", "Seawork exhibition stand, Southampton (June)", "Sample sale, Assembly
 *   Rooms, January", "New lookbook shoot at Prior Park", "Club dinner & awards night, May", "New
 *   scoreboard and repainted posts for the first-team pitch", "Open studio weekend for Focus Wales,
 *   May", "Stall at the Antiques Roadshow filming at Tatton Park", "Flavour launch party at the
 *   Dartmouth parlour", "Delegate conference, Blackpool, April", "Christmas showcase at the Corn
 *   Exchange" (with a bare KR: also kr-not-measurable), "New studio mirrors and barres at Linden
 *   Road", "Photoshoot for the prospectus", "Summer pool party, August", "Highways roadshow at the
 *   County Show, July", "New livery on the gully tankers", "New sample books for the watercolour
 *   range" (`krs: []`, task only), "Papermaking demo for Heritage Open Days, September", "Brick-making
 *   day for the village school", "New display panels in the sales office", "Bonfire Night shop
 *   window", "Stand at the National Wedding Show, NEC", "New brochure photography at Pencarrow",
 *   "Archive open day for Explore Your Archive week", "Visit the Marches site relaunch on WordPress",
 *   "Press trip for travel writers, October", "Stand at the Southampton Boat Show", "Edinburgh
 *   Festival pop-up shop on George Street" although it sells, "Speaker dinner at the Midland Hotel");
 *   one-off jobs and deliverables without an effect ("Redraw the sardine label in the new house
 *   colours", "Repaint the hopper barge in company livery", "Redesign the website with the new photos
 *   of the live room", "Rewire the patchbay in Studio B", "Write a care guide for owners of longcase
 *   clocks", "Reprint the menus with the new flavors", "Redesign the union magazine and its
 *   masthead", "Repaint the pool tank in the original 1930s blue", "Film a showreel of the summer
 *   displays", "Rebuild the quote calculator in the CRM", "Reprint the price list with the 2027 cloth
 *   prices", "Lay a new floor in the loft", "Photograph the collection for the new website", "Design
 *   the floor plan for the 2027 expo"); swaps and rebuilds without an effect ("Swap the event app to
 *   Swapcard (EVT-412)", "Rebuild the online catalogue in CalmView"). With an effect, moves, swaps,
 *   activities and noun-phrase deliverables are sound: "Move the seaming line onto the 2019 Angelus
 *   seamer so dented tins stop coming back from Waitrose", "Migrate the session archive to LTO-9 so a
 *   band can come back in ten years and remix", "Move timetables and fees into an app so parents stop
 *   chasing the office on WhatsApp", "Switch the lids to card so ...", "Switch from Dacron to a
 *   recycled polyester cloth so ...", "Move the logistics expo from Birmingham to ExCeL so ...",
 *   "Translate the visitor guide into Dutch so ...", "Catalogue the 1980s miners' strike collection so
 *   it can be used before the anniversary", "Survey with multibeam after every job so harbour masters
 *   stop paying for their own surveys", "Ring-pull ends on the mackerel so ...", "Plus-size sample
 *   gowns so ...", "Walking rugby on Tuesday mornings so ...", "Mastering online so ...", "A thermal
 *   cover on the main pool so ...", "Sauna by the deep end so ...", "Bursaries so ...", "Quiet
 *   fireworks in the shop so ...", "BHI-accredited apprenticeship so ...".
 * - First time, approvals and listings: "Win National Archives accreditation for the first time so we
 *   can take public records on loan" is sound (an accreditation that opens a service), unlike "Place
 *   of deposit inspection by The National Archives passed" (compliance); "Win a Tour of Britain stage
 *   finish for Ludlow for the first time", "Get our first student into the Royal Ballet School's
 *   associate programme", "Get onto the Royal Cornwall Show's approved supplier list", "Get our
 *   tea-bag paper approved by the two big tea packers", "Get the 1936 diving board listed and back in
 *   use", "Get into Vogue's bridal guide for 2027 as the atelier to travel for" and "Get the Edinburgh
 *   Assay Office to hallmark our rings the same day so clients stop waiting a fortnight" (a faster
 *   service won, not the hallmarking duty) are sound.
 * - Sound despite a trap word: hires naming licensing, permitting, safeguarding or a standard to open
 *   a contract, a market or a service ("Bring in a BRCGS technical manager so the M&S own-label
 *   contract can actually be signed", "Bring in a technical lead who knows BRC so the Tesco Finest
 *   pitch gets past their audit", "Hire a marine licensing consultant so we can bid for disposal at
 *   sea ...", "Hire a safeguarding lead for the minis section so ...", "Hire a safeguarding officer so
 *   we can run a residential summer school", "Hire an environmental permitting specialist so the new
 *   kiln gets consent first time", "Hire an explosives licensing manager so we can hold more stock
 *   ..."); a review turned into an outcome ("Review last year's lost tribunal claims and stop taking
 *   cases on without a witness statement"); training and teaching with an effect ("Train reps to spot
 *   heat stress so warehouses put cooling in before the summer", "Train the backtenders to run the
 *   wet end so ...", "Train volunteers to transcribe from home so ...", "Train the apprentices on the
 *   plotter so ...", "Teach the apprentice stone setting so ...", "Teach every child in town to swim
 *   before they leave primary school"); "keep" of an outcome or a capability ("Keep Marlpit Lido open
 *   all year ...", "Keep the studio bookable through the roof works ...", "Keep reps in post after
 *   their first year ...", "Keep the village studio open through the winter ...", "Keep PM2 running
 *   through the river's low flows ...", "Keep the atelier cutting through the August rush ...", "Keep
 *   players who leave for university coming back ...", and with `krs: []` "Keep born-digital council
 *   records readable when the formats die" and "Keep crews safe on site in high winds without
 *   cancelling builds", an outcome rather than a safety duty, both no-key-results only).
 * - Copies in entries (22): the parent's goal with a team or product prefix and synonyms or
 *   reordering ("Gift range — turn a tin of Cornish sardines into a present people give ...", "Marsh
 *   team: put the silt we lift back to work ...", "Minis & juniors: every child in the valley gets to
 *   pick up a rugby ball ...", "Tower clock team: keep Britain's old clocks running ...", "Organising
 *   team: nobody working in a British warehouse or shop should have to face their boss alone",
 *   "Associates — give the most gifted children a real route into vocational school ...", "Drainage
 *   team — keep Wealdshire roads open in floods ...", "PM2 crew: be the paper conservators and artists
 *   reach for first ...", "Displays crew: put on shows the town still talks about a year later ...");
 *   an earlier sibling repeated with synonyms or reordering ("Win over the brides who fly out to Milan
 *   for couture", "Have bands track together live in the big room rather than one part at a time",
 *   "Keep the parlours selling through winter instead of closing October–March", "Pay-as-you-can
 *   early swims so families on benefits can come", "Match old bricks for repairs on listed buildings
 *   so conservation officers no longer refuse consent", "Build the clearspan structures with a
 *   telehandler so the crew is done before catering turns up"); the same metric with another number
 *   and scope under the parent, keeping number-title ("Mackerel line: 1.5m tins this year" under 4.2
 *   million tins, "Wholesale — 520,000 litres to cafés and farm shops" under 900,000 litres, "North
 *   area: 22,000 potholes filled" under 60,000, "Handmade range: 3m bricks" under 42 million, "Tithe
 *   maps — 400,000 images online by 2029" under 2 million pages, "Shropshire Hills — 700,000
 *   overnight stays" under 2.4 million); and an earlier sibling's duty reworded, keeping
 *   job-requirement ("Regulate and oil every tower clock on contract at its yearly visit" after "Oil
 *   and regulate each contract tower clock on the annual visit"). In plans: the root's goal repeated by
 *   a team (rugby, union, brickworks, record office); a North Star under a bucket root repeated by a
 *   team as a cousin ("Line team: ...", "Café team: ...", "Drainage: ...", "Displays crew: ...",
 *   "Sales: ..."); a sibling reworded ("Parlour staff: make every scoop worth queuing for on a sunny
 *   Saturday"); the same metric with another number and scope, keeping number-title, under the same
 *   parent, under the metric itself or as cousins ("Mackerel — 1.5m tins this year", "Junior players
 *   registered: 300", "North West region: 28,000 members", "Wedding displays: 140 this year", "Tithe
 *   maps — 400,000 images ...", and the groups of three "Sell 900,000 litres ..." / "Wholesale —
 *   520,000 litres ..." / "Parlours — 210,000 litres over the counter", "Fix 60,000 potholes ..." /
 *   "North area: 22,000 potholes filled" / "South area — 20,000 potholes fixed", "Sell 42 million
 *   bricks ..." / "Handmade range: 3m bricks" / "Handmade yard — 3 million bricks", "Delegate passes
 *   sold across the portfolio: 26,000" / "Water summit — 4,500 delegate passes" / "Logistics expo —
 *   6,000 passes sold"); copies of duties, keeping job-requirement, as siblings or cousins ("Buyers:
 *   grade each boat's catch ...", "Bar staff: collect the match fees ...", "Van crews: restock from
 *   the cold store ...", "Helpline: pick up casework calls on the rota", "South inspectors: walk the
 *   A-roads ...", "Moulders: clean out the die on the extruder after each run", "Shop team: check
 *   stock against the magazine register each Friday", "Conservators: read the strongroom loggers ...").
 * - Not copies: sharper children under their parent (20 sound entries carry a parent, e.g. "Get the
 *   Cornish sardine fleet landing to us first on a good night ..." under the cannery North Star,
 *   "Auto-wind the tower clocks so churchwardens no longer climb the tower twice a week" under the
 *   clocks goal, "Resurface whole stretches rather than patch the same holes every winter" under the
 *   roads goal, and the levers under a number parent "Sell the quiet January and February weeks to
 *   film composers ..." and "Win the brick order for the Barratt scheme at Loughborough ..."); in
 *   plans, a new metric or lever on the same theme ("Export share of sales: 35%" beside the tins,
 *   "Café income £240k" beside the swims, "Kiln gas per thousand bricks down 18%", "Searchroom visits
 *   9,500" beside the digitisation figures, "Exhibitor rebooking rate" beside the passes), a team
 *   container and the children whose prefixes only name it ("Handmade yard" / "Handmade yard — 3
 *   million bricks", a copy of the handmade figure, not of its parent), and containers differing only
 *   in scope ("North area" / "South area").
 * - kr-not-measurable follows the definition literally: flagged when any KR is bare, even beside a
 *   good one ("Make Porthgwidden the tin Londoners ask for by name in delis" / "Delis stocking us"
 *   beside a % KR, "Have grooms' suits made alongside the bride's dress" / "Tailor partnership",
 *   "Make the union the first place a warehouse worker calls ..." / "Calls about shift changes",
 *   "Make Marlpit the place the town's open-water swimmers train in winter" / "Swimmers training
 *   here" beside members 0 -> 600, "Get the art shops in Paris selling Kelder watercolour blocks" /
 *   "Paris stockists" beside a % KR from 10 to 25, "Make our sperry tents the ones wedding planners
 *   pencil in first" / "Planners booking us first"), and on a task ("Christmas showcase at the Corn
 *   Exchange" / "Show staged") and a compliance title ("FSC chain of custody audit passed" / "Audit
 *   passed"). The sound titles with a bare KR are all written as outcomes. Not flagged: untouched
 *   default KRs whose titles carry a quantity ("Winter members keeping their membership: 70%",
 *   "Colour-match jobs sold: 60", "Food and drink members: 120"), and KRs from 0 with a unit and a
 *   target ("Off-season days booked", days 0 -> 90; "Members joining in the app", % 0 -> 50).
 * - `krs: []` on a duty, a task and a compliance title ("Normalise the desk and zero the outboard after
 *   every session", "New sample books for the watercolour range", "World Sailing measurer
 *   certification renewed for our in-house measurer") gives only their title label; on two containers
 *   ("Women's XV", "Festival structures") it gives no-key-results as well.
 * - Plans may reuse an entry's wording (and do): plans and entries are scored apart.
 * - Typos kept as written: "acheive", "accomodation", "tommorow", "handeling" (in the entry; its plan
 *   node is spelt right); they change no label. American spellings ("flavors", "meter", "jewelry")
 *   sit beside British ones ("colours", "programme", "licence", "metre", "jewellery") on purpose.
 */

export type Holdout14Domain =
  | 'cannery'
  | 'dredging-contractor'
  | 'bridal-couture'
  | 'rugby-club'
  | 'recording-studio'
  | 'clock-restorer'
  | 'ice-cream-maker'
  | 'trade-union'
  | 'dance-school'
  | 'lido'
  | 'highways-authority'
  | 'paper-mill'
  | 'brickworks'
  | 'fireworks-company'
  | 'marquee-hire'
  | 'county-archives'
  | 'tourism-board'
  | 'sailmaker'
  | 'goldsmith'
  | 'conference-organiser';

export interface Holdout14Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout14Entry {
  title: string;
  domain: Holdout14Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout14Kr[];
}

export interface Holdout14Plan {
  name: string;
  domain: Holdout14Domain;
  /** In tree order; each clone group's original comes first depth-first and breadth-first. */
  nodes: { key: string; parentKey: string | null; title: string; expect: RuleCode[] }[];
  /** Original first, then its copies. */
  cloneGroups: string[][];
}

type Extra = Pick<Holdout14Entry, 'parent' | 'siblings' | 'krs'>;

const at =
  (domain: Holdout14Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout14Entry => ({ title, domain, expect, ...extra });

/** A KR as the app leaves it when nobody fills it in: 0 -> 100, nothing recorded, no unit. */
const placeholder = (title: string): Holdout14Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with no numbers at all. */
const empty = (title: string): Holdout14Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout14Kr => ({
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
// cannery: "Porthgwidden Cannery", a sardine and mackerel cannery on the quay at Newlyn (own
// label and supermarket own-label tins, crab pâté, export to France and the US, a quayside shop).
const pgw = at('cannery');
const PGW_NORTH_STAR =
  'Make a tin of Cornish sardines something people give as a present, not the thing at the back of the cupboard';
const PGW_VOLUME = 'Can 4.2 million tins of sardines and mackerel in 2027';
const CANNERY: Holdout14Entry[] = [
  pgw(PGW_NORTH_STAR),
  pgw(PGW_VOLUME, [N]),
  pgw("Get the Cornish sardine fleet landing to us first on a good night, before the Spanish buyers' lorries", [], {
    parent: PGW_NORTH_STAR,
  }),
  pgw('Mackerel line: 1.5m tins this year', [N, K], { parent: PGW_VOLUME }),
  pgw(
    "Gift range — turn a tin of Cornish sardines into a present people give, rather than something forgotten at the back of the cupboard",
    [K],
    { parent: PGW_NORTH_STAR },
  ),
  pgw('A smoked sardine in olive oil that delis stock next to the Portuguese brands'),
  pgw('Move the seaming line onto the 2019 Angelus seamer so dented tins stop coming back from Waitrose'),
  pgw('Bring in a BRCGS technical manager so the M&S own-label contract can actually be signed'),
  pgw('Buy the whole catch on nights the fleet would otherwise dump it, and can it as premium cat food'),
  pgw('Use less fresh water washing each tonne of fish, so the summer hosepipe bans stop halting the line'),
  pgw('Open the canning floor to visitors on summer afternoons so that tourists buy tins at the door'),
  pgw('Ring-pull ends on the mackerel so campers and hikers pick our tins over pouches'),
  pgw('Kerenza: get our crab pâté onto Ocado and keep it there past its first year'),
  pgw('Export share of sales: 35%', [N]),
  pgw('Yield per tonne of fish landed', [N]),
  pgw('Stand at the Speciality & Fine Food Fair, Olympia (Sept)', [T]),
  pgw('Redraw the sardine label in the new house colours', [T]),
  pgw('MSC chain-of-custody certificate renewed for the mackerel', [C]),
  pgw('Allergen awareness training for every line operator (mandatory)', [C]),
  pgw('Tear down and measure a seam from each seamer at the start of every shift', [J]),
  pgw('Grade the fish as the boats land and log the temperatures', [J]),
  pgw('Head of Fish Procurement', [G]),
  pgw('Retort room', [G]),
  pgw('Make Porthgwidden the tin Londoners ask for by name in delis', [M], {
    krs: [empty('Delis stocking us'), kr('Repeat orders from London delis', '%', 0, 60, 0)],
  }),
  pgw('Get more Cornish under-25s crewing on the boats that land to us', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// dredging-contractor: "Solent Dredging & Marine", maintenance dredging of harbours, marinas and
// rivers on the south coast, with a split hopper barge, backhoe dredgers and a saltmarsh team.
const sdm = at('dredging-contractor');
const SDM_NORTH_STAR =
  "Keep Britain's small harbours deep enough to use at any state of the tide, and put the silt back to work on the marshes";
const DREDGING_CONTRACTOR: Holdout14Entry[] = [
  sdm(SDM_NORTH_STAR),
  sdm('Dredge 1.1 million cubic metres in 2027', [N]),
  sdm('Win the Lymington harbour maintenance contract back from the Dutch', [], { parent: SDM_NORTH_STAR }),
  sdm(
    'Marsh team: put the silt we lift back to work restoring saltmarsh, and keep small ports usable at every tide',
    [K],
    { parent: SDM_NORTH_STAR },
  ),
  sdm('Pump dredged silt onto the eroding Hythe marsh so the Environment Agency pays us for both jobs'),
  sdm('Get the second backhoe dredger working nights so marina berths reopen before Easter'),
  sdm('Hire a marine licensing consultant so we can bid for disposal at sea off the Isle of Wight'),
  sdm('Survey with multibeam after every job so harbour masters stop paying for their own surveys'),
  sdm('Sell a five-year dredging plan to yacht clubs so their berths never silt up mid-season'),
  sdm('Bring the 1987 cutter-suction dredger back into service instead of chartering one from Rotterdam'),
  sdm('Cut the fuel we burn per cubic metre dredged'),
  sdm("Get harbour authorities booking us for spring and autumn so the fleet isn't idle all winter", [], {
    krs: [kr('Off-season days booked', 'days', 0, 90, 0)],
  }),
  sdm('Utilisation of the dredging fleet: 78%', [N]),
  sdm('Margin per cubic meter', [N]),
  sdm('Repaint the hopper barge in company livery', [T]),
  sdm('Seawork exhibition stand, Southampton (June)', [T]),
  sdm('Marine licence from the MMO for each disposal site renewed', [C]),
  sdm('MCA load line survey of the split hopper passed', [C]),
  sdm('STCW refresher for every deckhand', [C]),
  sdm("Sound the channel after each job's last tide and log the depths in the harbour master's sheet", [J]),
  sdm('Grease the cutter head and check the wear at each crew change', [J]),
  sdm('Dredge Master', [G]),
  sdm('Plymouth & Fowey', [G]),
  sdm('Get marinas on the Hamble to dredge every year on a contract, not when a keel touches', [M], {
    krs: [placeholder('Marinas on contract')],
  }),
  sdm('Turn dredged sand into something builders will pay for', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// bridal-couture: "Maison Clare", a wedding-dress atelier in Bath with a boutique in Harrogate
// (made-to-measure gowns, alterations, sample sales, a workroom of twelve).
const mcl = at('bridal-couture');
const MCL_NORTH_STAR =
  'Be the atelier brides across the North and the West travel to because the dress feels made for them';
const MCL_MILAN = 'Win the brides who currently fly to Milan for a couture gown';
const BRIDAL_COUTURE: Holdout14Entry[] = [
  mcl(MCL_NORTH_STAR),
  mcl('Sell 640 made-to-measure gowns in 2027', [N]),
  mcl("Cut a toile from each bride's measurements before the first fitting so fewer fittings are needed", [], {
    parent: MCL_NORTH_STAR,
  }),
  mcl('Win over the brides who fly out to Milan for couture', [K], { parent: MCL_NORTH_STAR, siblings: [MCL_MILAN] }),
  mcl('Reply to every appointment enquiry within 2 hours', [N, J]),
  mcl('Open a studio in Leeds so brides from Yorkshire stop driving to Bath for every fitting'),
  mcl('Plus-size sample gowns so curvier brides can try on the real thing'),
  mcl('Hire a second cutter so the wait for a first fitting gets shorter'),
  mcl('Sell a remake of the gown into a christening gown so the dress comes back to us'),
  mcl("Source silk from the Sudbury mills so we can say it's woven in England"),
  mcl("Let brides track their alterations online so the shop phone stops ringing all day"),
  mcl("Get into Vogue's bridal guide for 2027 as the atelier to travel for"),
  mcl('Keep the atelier cutting through the August rush by teaching the seamstresses to cut'),
  mcl('Average order value £3,400', [N]),
  mcl('Conversion from first appointment to order', [N]),
  mcl('Sample sale, Assembly Rooms, January', [T]),
  mcl('New lookbook shoot at Prior Park', [T]),
  mcl('Fire risk assessment for the Bath workroom reviewed', [C]),
  mcl('PAT testing certificates for the sewing machines in date', [C]),
  mcl('Steam and bag each gown the night before collection', [J]),
  mcl('Log every alteration in the workroom book', [J]),
  mcl('Head of Atelier', [G]),
  mcl('Harrogate boutique', [G]),
  mcl("Have grooms' suits made alongside the bride's dress", [M], {
    krs: [kr('Couples ordering both', '%', 0, 15, 0), empty('Tailor partnership')],
  }),
  mcl('A second-hand Maison Clare gown should resell for more than a new high-street dress', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// rugby-club: "Tanfield RFC", a community rugby union club in a Welsh border valley (men's and
// women's senior sides, minis and juniors, colts, a clubhouse bar).
const tan = at('rugby-club');
const TAN_NORTH_STAR =
  "Make Tanfield the club where every kid in the valley can pick up a rugby ball, and the women's side gets the same pitch as the men";
const RUGBY_CLUB: Holdout14Entry[] = [
  tan(TAN_NORTH_STAR),
  tan('Registered players: 520', [N]),
  tan("Start a girls' under-14 side so the ones who leave minis at 12 have a team to go to", [], {
    parent: TAN_NORTH_STAR,
  }),
  tan(
    "Minis & juniors: every child in the valley gets to pick up a rugby ball, and the women play on the same pitch as the men",
    [K],
    { parent: TAN_NORTH_STAR },
  ),
  tan("Women's XV", [G, X], { krs: [] }),
  tan('Put floodlights on the back pitch so juniors can train after school in winter'),
  tan('Get the 1st XV promoted out of Counties 1'),
  tan('Sell clubhouse hire for weddings so the bar pays its way in summer'),
  tan('Hire a safeguarding lead for the minis section so new parents trust us with their six-year-olds'),
  tan('Keep players who leave for university coming back to play at Christmas and in the summer'),
  tan('Walking rugby on Tuesday mornings so the over-60s stay part of the club'),
  tan('Fewer injuries in the front row by coaching scrummaging properly at colts level'),
  tan("A shirt sponsor for the women's team who isn't the men's sponsor's afterthought"),
  tan('Bar takings up 12%', [N]),
  tan('Colts retention', [N]),
  tan('Club dinner & awards night, May', [T]),
  tan('New scoreboard and repainted posts for the first-team pitch', [T]),
  tan('RFU Club Accreditation renewed', [C]),
  tan('DBS checks in date for every coach of a minis side', [C]),
  tan('Mark out the pitches on Friday afternoon', [J]),
  tan('Collect match fees from the players after each home game', [J]),
  tan('Director of Rugby', [G]),
  tan('Mini & Junior section', [G]),
  tan('Turn the clubhouse into the village pub on weekday evenings', [M], { krs: [placeholder('Weekday bar open')] }),
  tan("Get the women's team playing league rugby on the main pitch at 3pm on Saturdays", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// recording-studio: "Millhouse Studios", a residential recording studio in a converted mill in
// Powys (live room, two control rooms, mastering, a school for engineers).
const mil = at('recording-studio');
const MIL_NORTH_STAR =
  'Be the studio bands book when they want the record to sound like them, not like the last band who came in';
const MIL_DAYS = 'Book the live room for 260 days in 2027';
const MIL_LIVE = 'Get bands tracking live together in the big room instead of one instrument at a time';
const RECORDING_STUDIO: Holdout14Entry[] = [
  mil(MIL_NORTH_STAR),
  mil(MIL_DAYS, [N]),
  mil('Sell the quiet January and February weeks to film composers who need a room for strings', [], {
    parent: MIL_DAYS,
  }),
  mil('Have bands track together live in the big room rather than one part at a time', [K], {
    parent: MIL_NORTH_STAR,
    siblings: [MIL_LIVE],
  }),
  mil("Buy the 1972 Neve desk so producers come for the sound they can't get in a box"),
  mil('Migrate the session archive to LTO-9 so a band can come back in ten years and remix — see wiki/archive-plan'),
  mil("Let a band stay a week without needing a car, by running a minibus from Cardiff station"),
  mil('Get engineers from our school credited on a Mercury-shortlisted album'),
  mil('Mastering online so bedroom artists can send a mix at 2am and hear it back by morning'),
  mil('Win back the Welsh-language labels that moved their sessions to Cardiff'),
  mil('Keep the studio bookable through the roof works by tracking in the chapel'),
  mil('Make the engineer school the way into studio jobs for young people in the Valleys'),
  mil('Average day rate £1,150', [N]),
  mil('Rebooking rate among bands', [N]),
  mil('Redesign the website with the new photos of the live room', [T]),
  mil('Open studio weekend for Focus Wales, May', [T]),
  mil('Rewire the patchbay in Studio B', [T]),
  mil('Noise assessment for the live room under the Control of Noise at Work Regs', [C]),
  mil('PPL and PRS licences renewed for the lounge and the café', [C]),
  mil('Normalise the desk and zero the outboard after every session', [J], { krs: [] }),
  mil("Back up each day's takes to the NAS before the engineer goes home", [J]),
  mil('Head Engineer', [G]),
  mil('Mastering suite', [G]),
  mil('Make a Millhouse mix something labels ask for by name', [M], {
    krs: [empty('Labels asking for us'), kr('Mix-only bookings', 'bookings', 0, 40, 0)],
  }),
  mil('Get Welsh bands recording their debut albums here rather than in London', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// clock-restorer: "Harrow & Finch Horology", a clock restoration workshop in Shropshire
// (longcase and carriage clocks, church and town hall tower clocks on contract, apprentices).
const hfh = at('clock-restorer');
const HFH_NORTH_STAR =
  "Keep Britain's old clocks going, from the grandmother clock in a hallway to the town hall tower, and train the people who'll mend them next";
const HFH_OIL = 'Oil and regulate each contract tower clock on the annual visit';
const CLOCK_RESTORER: Holdout14Entry[] = [
  hfh(HFH_NORTH_STAR),
  hfh('Tower clock contracts: 180 churches and town halls', [N]),
  hfh('Auto-wind the tower clocks so churchwardens no longer climb the tower twice a week', [], {
    parent: HFH_NORTH_STAR,
  }),
  hfh(
    "Tower clock team: keep Britain's old clocks running — hallway longcases to town hall towers — and train the next menders",
    [K],
    { parent: HFH_NORTH_STAR },
  ),
  hfh('Regulate and oil every tower clock on contract at its yearly visit', [J, K], {
    parent: HFH_NORTH_STAR,
    siblings: [HFH_OIL],
  }),
  hfh('Win the Shrewsbury market hall clock restoration against the national firms'),
  hfh('Take on a second apprentice so the waiting list for longcase repairs shrinks'),
  hfh('Cut wheels and pinions on the CNC so we stop waiting months for parts from Germany'),
  hfh('Sell a collect-and-return service so owners stop driving longcases about in car boots'),
  hfh('Get insurers to send us their clock claims instead of a general antiques restorer'),
  hfh('BHI-accredited apprenticeship so our trainees can work anywhere in the trade'),
  hfh('Quote restorations online from photos so owners get a price before they make the trip'),
  hfh('Make a carriage clock from the workshop the present people buy for a retirement'),
  hfh('Repairs returned within 3 months: 90%', [N]),
  hfh('Average bench hours per longcase', [N]),
  hfh('Write a care guide for owners of longcase clocks', [T]),
  hfh('Stall at the Antiques Roadshow filming at Tatton Park', [T]),
  hfh('Tower hoist and harnesses examined under LOLER', [C]),
  hfh('Rescue-at-height training for every technician who climbs a tower', [C]),
  hfh('Wind and set the clocks in the showroom each Monday', [J]),
  hfh('Log each clock that comes in with photos and a ticket', [J]),
  hfh('Workshop Manager', [G]),
  hfh('Tower clocks', [G]),
  hfh('Get the cathedrals in the Province of York onto our maintenance rota', [M], {
    krs: [placeholder('Cathedral contracts')],
  }),
  hfh("Bring the Victorian turret clock at St Wilfrid's back to striking the hours", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// ice-cream-maker: "Bramble & Cone", a Devon dairy making ice cream from its own herd's milk
// (two parlours, seafront vans, wholesale tubs for cafés, farm shops and the National Trust).
const bnc = at('ice-cream-maker');
const BNC_NORTH_STAR =
  "Make Bramble & Cone the ice cream the West Country orders when it wants the real thing, made from our own herd's milk";
const BNC_VOLUME = 'Sell 900,000 litres of ice cream in 2027';
const BNC_WINTER = "Sell ice cream through the winter so the parlours don't shut from October to March";
const ICE_CREAM_MAKER: Holdout14Entry[] = [
  bnc(BNC_NORTH_STAR),
  bnc(BNC_VOLUME, [N]),
  bnc('Get the National Trust cafés in Devon and Cornwall serving our scoops', [], { parent: BNC_NORTH_STAR }),
  bnc('Wholesale — 520,000 litres to cafés and farm shops', [N, K], { parent: BNC_VOLUME }),
  bnc('Keep the parlours selling through winter instead of closing October–March', [K], {
    parent: BNC_NORTH_STAR,
    siblings: [BNC_WINTER],
  }),
  bnc("A dairy-free range made with oat milk so the vegans in a family don't go without"),
  bnc('Put a freezer van on the Exmouth seafront so we stop losing July to the national brands'),
  bnc('Switch the lids to card so cafés can take plastic off their counters'),
  bnc('Bring in a technical lead who knows BRC so the Tesco Finest pitch gets past their audit'),
  bnc("Use the whey from the cheesemaker next door in a sorbet range"),
  bnc('Cut the milk we pour away in the spring flush by turning it into mix for the winter'),
  bnc('Sell parlour franchises in Cornish harbour towns'),
  bnc('Get Devon primary schools choosing our lollies for summer fairs over the van from town'),
  bnc('Gross margin on 4-litre tubs', [N]),
  bnc('Parlour footfall up 15% in the shoulder months', [N]),
  bnc('Flavour launch party at the Dartmouth parlour', [T]),
  bnc('Reprint the menus with the new flavors', [T]),
  bnc('Dairy hygiene inspection by the FSA passed', [C]),
  bnc('Annual HACCP review signed off', [C]),
  bnc('Deep-clean the pasteuriser and record the temperatures after each batch', [J]),
  bnc('Restock the vans from the cold store each morning', [J]),
  bnc('Parlours', [G]),
  bnc('Wholesale Manager', [G]),
  bnc('Get the best Devon restaurants putting our ice cream on their dessert menus by name', [M], {
    krs: [empty('Menus naming us')],
  }),
  bnc('Make a scoop at our parlours worth the queue on a hot Saturday', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// trade-union: "Counterpart", a trade union for shop, warehouse and wholesale workers (branches,
// workplace reps, casework and a helpline, pay bargaining, tribunal claims).
const cpt = at('trade-union');
const CPT_NORTH_STAR =
  'Make sure nobody who works on a shop floor or in a warehouse in Britain faces their employer alone';
const TRADE_UNION: Holdout14Entry[] = [
  cpt(CPT_NORTH_STAR),
  cpt('Membership: 185,000 by the end of 2027', [N]),
  cpt("Win recognition at the three big online grocers' warehouses", [], { parent: CPT_NORTH_STAR }),
  cpt('Organising team: nobody working in a British warehouse or shop should have to face their boss alone', [K], {
    parent: CPT_NORTH_STAR,
  }),
  cpt('Get guaranteed-hours contracts into the next Tesco pay deal so part-timers can plan their week'),
  cpt("Let members join and pay dues in the app so young workers don't need a paper form — go/join-app", [], {
    krs: [kr('Members joining in the app', '%', 0, 50, 0)],
  }),
  cpt('Train reps to spot heat stress so warehouses put cooling in before the summer'),
  cpt('Win back unpaid holiday pay for agency workers at the Daventry sheds'),
  cpt('Hire an employment lawyer for Scotland so members there get advice without waiting on London'),
  cpt("Review last year's lost tribunal claims and stop taking cases on without a witness statement"),
  cpt('Keep reps in post after their first year by giving them paid time at the branch'),
  cpt('Get members under 25 into branch meetings by holding them online after late shifts'),
  cpt('Density at recognised sites 60%', [N]),
  cpt('Cost per new member recruited', [N]),
  cpt('Delegate conference, Blackpool, April', [T]),
  cpt('Redesign the union magazine and its masthead', [T]),
  cpt('Certification Officer annual return (AR21) submitted', [C]),
  cpt('Political fund ballot held under the Trade Union Act', [C]),
  cpt('GDPR training done by all branch secretaries', [C]),
  cpt('Take casework calls from members on the helpline rota', [J]),
  cpt('Process new membership forms the week they come in', [J]),
  cpt('General Secretary', [G]),
  cpt('North West region', [G]),
  cpt('Make the union the first place a warehouse worker calls when a shift pattern changes', [M], {
    krs: [placeholder('Calls about shift changes'), kr('Members rating the advice useful', '%', 0, 85, 0)],
  }),
  cpt("Get union learning reps into every distribution centre we're recognised in", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// dance-school: "Linden School of Dance", a ballet, tap and contemporary school with three
// studios (children's and adults' classes, RAD exams, a Christmas show, a vocational stream).
const lsd = at('dance-school');
const LSD_NORTH_STAR =
  'Give every child who walks into Linden a lifelong love of dance, and the talented ones a real route into vocational school';
const DANCE_SCHOOL: Holdout14Entry[] = [
  lsd(LSD_NORTH_STAR),
  lsd('Students enrolled: 740 across the three studios', [N]),
  lsd("Get our first student into the Royal Ballet School's associate programme", [], { parent: LSD_NORTH_STAR }),
  lsd(
    'Associates — give the most gifted children a real route into vocational school, and every child a lifelong love of dancing',
    [K],
    { parent: LSD_NORTH_STAR },
  ),
  lsd('Christmas showcase at the Corn Exchange', [T, M], { krs: [empty('Show staged')] }),
  lsd("Boys' street-to-ballet class so lads who'd never try ballet give it a go"),
  lsd('Adult beginners ballet on weekday mornings so the studios earn while the kids are at school'),
  lsd('Move timetables and fees into an app so parents stop chasing the office on WhatsApp'),
  lsd("Sell a dance-for-Parkinson's class to the local NHS trust"),
  lsd('Hire a safeguarding officer so we can run a residential summer school'),
  lsd('Fewer pupils dropping out at secondary school age, by adding a Friday-night contemporary class'),
  lsd('Keep the village studio open through the winter by sharing the hall with the Pilates group'),
  lsd('Bursaries so children on free school meals can acheive their grades without paying the exam fee'),
  lsd('RAD exam pass rate 95%', [N]),
  lsd('Termly fee income', [N]),
  lsd('New studio mirrors and barres at Linden Road', [T]),
  lsd('Photoshoot for the prospectus', [T]),
  lsd('Child performance licences from the council for every pupil in the show', [C]),
  lsd('First aid certificates current for all teachers', [C]),
  lsd('Take the register at the start of each class', [J]),
  lsd('Enter pupils for the exam sessions and send the fees to the RAD', [J]),
  lsd('Principal', [G]),
  lsd('Vocational stream', [G]),
  lsd('Make our contemporary classes the ones local sixth forms send their dance A-level students to', [M], {
    krs: [empty('Sixth form partnerships')],
  }),
  lsd("Bring dance into the primary schools nearby so kids who'd never come to a studio try it", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// lido: "Marlpit Lido Trust", a community trust running a 1930s heated open-air pool (lane swims,
// lessons, a café, a sauna, winter swimming).
const mlt = at('lido');
const MLT_NORTH_STAR =
  'Keep Marlpit Lido open all year, a pool the whole town can afford and nobody needs a car to reach';
const MLT_PAYG = 'A pay-what-you-can morning swim so families on benefits come too';
const LIDO: Holdout14Entry[] = [
  mlt(MLT_NORTH_STAR),
  mlt('Swims in 2027: 210,000', [N]),
  mlt('Heat the pool with the heat pump so winter swimming costs less than the gas bill used to', [], {
    parent: MLT_NORTH_STAR,
  }),
  mlt('Pay-as-you-can early swims so families on benefits can come', [K], {
    parent: MLT_NORTH_STAR,
    siblings: [MLT_PAYG],
  }),
  mlt('Test the pool water every 2 hours and log the chlorine and pH', [N, J]),
  mlt('Sauna by the deep end so winter members keep coming after Christmas', [], {
    krs: [placeholder('Winter members keeping their membership: 70%')],
  }),
  mlt('Get the 1936 diving board listed and back in use'),
  mlt('Teach every child in town to swim before they leave primary school'),
  mlt('Sell early lane swims to the triathlon club so the pool pays its way before 7'),
  mlt("Recruit lifeguards from the sixth form so summer weekends aren't short-staffed"),
  mlt('Move bookings to a system that lets people just turn up and swim on quiet days'),
  mlt('Get the council to put a bus stop at the gate'),
  mlt('A thermal cover on the main pool so the heat stays in overnight'),
  mlt('Annual memberships 3,200', [N]),
  mlt('Cost per swim', [N]),
  mlt('Repaint the pool tank in the original 1930s blue', [T]),
  mlt('Summer pool party, August', [T]),
  mlt('NPLQ certificates in date for every lifeguard', [C]),
  mlt('Legionella risk assessment for the showers reviewed', [C]),
  mlt('Skim the leaves off the surface before opening', [J]),
  mlt('Hose the poolside down and lock the changing rooms at close', [J]),
  mlt('Duty Manager', [G]),
  mlt('Café & events', [G]),
  mlt("Make Marlpit the place the town's open-water swimmers train in winter", [M], {
    krs: [kr('Winter members', 'members', 0, 600, 0), placeholder('Swimmers training here')],
  }),
  mlt('Get the older swimmers who stopped after Covid back in the water', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// highways-authority: "Wealdshire County Council — Highways", the county's highways service
// (potholes, resurfacing, streetlights, bridges, drainage, street works permits).
const wdh = at('highways-authority');
const WDH_NORTH_STAR =
  'Roads in Wealdshire people can drive, cycle and walk on without dodging holes, and that stay open when it floods';
const WDH_POTHOLES = 'Fix 60,000 potholes in 2027/28';
const HIGHWAYS_AUTHORITY: Holdout14Entry[] = [
  wdh(WDH_NORTH_STAR),
  wdh(WDH_POTHOLES, [N]),
  wdh('Resurface whole stretches rather than patch the same holes every winter', [], { parent: WDH_NORTH_STAR }),
  wdh('North area: 22,000 potholes filled', [N, K], { parent: WDH_POTHOLES }),
  wdh(
    'Drainage team — keep Wealdshire roads open in floods, and smooth enough to walk, cycle and drive without swerving round holes',
    [K],
    { parent: WDH_NORTH_STAR },
  ),
  wdh('Switch the last sodium streetlights to LED so the energy bill stops eating the repairs budget'),
  wdh('Put pothole-spotting cameras on the bin lorries so we find holes before residents report them'),
  wdh("Charge utilities for overrunning roadworks so the A21 isn't dug up for months"),
  wdh('Find and fix the blocked culverts behind the roads that flood each winter'),
  wdh('Get a 20mph limit past every village school on the B2099'),
  wdh('Hire a structures engineer so weak bridges get strengthened instead of weight-limited'),
  wdh('Recycle the old tarmac into the base course on country lanes'),
  wdh('Let residents see when the pothole they reported will be fixed'),
  wdh('Roads in the red condition category below 4%', [N]),
  wdh('Average days to fix a category 2 defect', [N]),
  wdh('Highways roadshow at the County Show, July', [T]),
  wdh('New livery on the gully tankers', [T]),
  wdh('ISO 9001 surveillance audit for the highways service passed', [C]),
  wdh('NRSWA street works accreditation for every supervisor', [C]),
  wdh('Inspect the A-roads on the monthly safety inspection route', [J]),
  wdh('Issue permits for utility roadworks', [J]),
  wdh('Assistant Director, Highways', [G]),
  wdh('South area', [G]),
  wdh('Get the cycle lanes on the Tonbury ring road used by commuters, not just at weekends', [M], {
    krs: [empty('Commuters cycling')],
  }),
  wdh('Stop the B2110 at Ashdown Ford closing every time the river rises', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// paper-mill: "Kelder Mill", a specialty paper mill in Cumbria with one paper machine (PM2):
// watercolour paper, archival tissue, tea-bag paper.
const kel = at('paper-mill');
const KEL_NORTH_STAR =
  'Make the papers artists and conservators reach for first, from fibre we can trace and water we give back clean';
const PAPER_MILL: Holdout14Entry[] = [
  kel(KEL_NORTH_STAR),
  kel('Ship 38,000 tonnes of paper in 2027', [N]),
  kel("Win the V&A conservation studio's order for archival tissue", [], { parent: KEL_NORTH_STAR }),
  kel(
    'PM2 crew: be the paper conservators and artists reach for first, made from traceable fibre with the water returned clean',
    [K],
    { parent: KEL_NORTH_STAR },
  ),
  kel('FSC chain of custody audit passed', [C, M], { krs: [placeholder('Audit passed')] }),
  kel('A cotton watercolour paper that holds a wash as well as the French one'),
  kel('Burn the paper sludge in the biomass boiler instead of landfilling it'),
  kel('Cut the broke we make at each grade change on PM2 (MILL-88)'),
  kel('Sell deckle-edge sheets to bookbinders direct through the website'),
  kel('Replace the 1968 Yankee hood so drying stops being the bottleneck'),
  kel("Train the backtenders to run the wet end so one sick day doesn't stop the machine"),
  kel('Get our tea-bag paper approved by the two big tea packers'),
  kel("Keep PM2 running through the river's low flows by reusing more white water"),
  kel('Machine efficiency on PM2: 88%', [N]),
  kel('Steam per tonne of paper', [N]),
  kel('New sample books for the watercolour range', [T], { krs: [] }),
  kel('Papermaking demo for Heritage Open Days, September', [T]),
  kel('Environmental permit conditions on the river discharge met', [C]),
  kel('Forklift licence refreshers for the warehouse team', [C]),
  kel('Change the felts on the press section on the shutdown schedule', [J]),
  kel('Take a reel sample at each turn-up and test the basis weight', [J]),
  kel('Technical Director', [G]),
  kel('Finishing house', [G]),
  kel('Get the art shops in Paris selling Kelder watercolour blocks', [M], {
    krs: [empty('Paris stockists'), kr('Export share of watercolour sales', '%', 10, 25, 12)],
  }),
  kel('Be the mill conservation labs trust for acid-free stock', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// brickworks: "Hathern Clay Works", a Leicestershire brickworks with its own clay pit (machine
// and handmade bricks, reclaimed-brick matching for listed buildings).
const hcw = at('brickworks');
const HCW_NORTH_STAR =
  'Make the bricks that let a new house belong in an old village, fired with far less gas than today';
const HCW_VOLUME = 'Sell 42 million bricks in 2027';
const HCW_MATCH = 'Match reclaimed bricks for listed-building repairs so conservation officers stop refusing consent';
const BRICKWORKS: Holdout14Entry[] = [
  hcw(HCW_NORTH_STAR),
  hcw(HCW_VOLUME, [N]),
  hcw('Win the brick order for the Barratt scheme at Loughborough so the kilns run full all winter', [], {
    parent: HCW_VOLUME,
  }),
  hcw('Handmade range: 3m bricks', [N, K], { parent: HCW_VOLUME }),
  hcw('Match old bricks for repairs on listed buildings so conservation officers no longer refuse consent', [K], {
    parent: HCW_NORTH_STAR,
    siblings: [HCW_MATCH],
  }),
  hcw('Fire the tunnel kiln on hydrogen-ready burners so the gas price stops swinging the margin'),
  hcw('A brick slip range so timber-frame builders can have a brick finish'),
  hcw('Open a second clay pit before the Mountsorrel seam runs out'),
  hcw("Deliver on our own crane lorries so small builders don't need a forklift on site"),
  hcw('Hire an environmental permitting specialist so the new kiln gets consent first time'),
  hcw('Sell colour-matching to architects as a paid service', [], { krs: [placeholder('Colour-match jobs sold: 60')] }),
  hcw('Get our bricks written into the Leicester city centre design code'),
  hcw('Fewer bricks cracking in the kiln by drying the green bricks slower'),
  hcw('Kiln gas per thousand bricks down 18%', [N]),
  hcw('Seconds rate', [N]),
  hcw('Brick-making day for the village school', [T]),
  hcw('New display panels in the sales office', [T]),
  hcw('Silica dust exposure monitoring in the pressing shed (COSHH)', [C]),
  hcw("Quarry manager's certificate of competence renewed", [C]),
  hcw('Stack the fired bricks on pallets and shrink-wrap them for dispatch', [J]),
  hcw('Clean out the extruder die at the end of each run', [J]),
  hcw('Sales Director', [G]),
  hcw('Handmade yard', [G]),
  hcw('Become the brick conservation architects in the East Midlands specify by default', [M], {
    krs: [placeholder('Specified by default')],
  }),
  hcw('Let customers see a real brick sample before ordering without driving to the works', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// fireworks-company: "Ember & Nova Fireworks", a display company with a licensed magazine in
// Dorset and a second in Yorkshire (council and wedding displays, an autumn shop).
const emb = at('fireworks-company');
const EMB_NORTH_STAR =
  "Put on the displays a town talks about for a year, without a single firework landing where it shouldn't";
const FIREWORKS_COMPANY: Holdout14Entry[] = [
  emb(EMB_NORTH_STAR),
  emb('We fire 420 displays this year', [N]),
  emb('Fire weddings with low-noise shells so venues near livestock and housing will let us in', [], {
    parent: EMB_NORTH_STAR,
  }),
  emb(
    'Displays crew: put on shows the town still talks about a year later, without one firework landing out of bounds',
    [K],
    { parent: EMB_NORTH_STAR },
  ),
  emb('Sell drone-and-firework shows to councils that worry about noise'),
  emb('Design shows with fewer loud bangs so dog owners stop campaigning against bonfire night'),
  emb("Fire northern shows out of the second magazine in Yorkshire so they aren't a six-hour drive"),
  emb("Hire an explosives licensing manager so we can hold more stock and take New Year's Eve jobs"),
  emb("Buy direct from the Liuyang factories so we aren't out of stock in October"),
  emb('Get the Edinburgh Hogmanay display back after losing it in 2024'),
  emb('Script displays to music in FireOne so a wedding show can follow the first dance'),
  emb('Quiet fireworks in the shop so families can have a garden display without upsetting the street'),
  emb('Shop sales £1.4m in October and November', [N]),
  emb('Misfires per display', [N]),
  emb('Bonfire Night shop window', [T]),
  emb('Stand at the National Wedding Show, NEC', [T]),
  emb('Film a showreel of the summer displays', [T]),
  emb('Explosives licence from HSE renewed for the magazine', [C]),
  emb('Display operator training (BPA) for every firer', [C]),
  emb('Check the shell stock against the magazine register every Friday', [J]),
  emb('Walk the fallout zone the morning after each display and pick up debris', [J]),
  emb('Head Firer', [G]),
  emb('Retail shop', [G]),
  emb('Make Ember & Nova the display councils book without a tender because nobody does it better', [M], {
    krs: [empty('Councils rebooking')],
  }),
  emb('Get couples booking a display months ahead instead of the week before', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// marquee-hire: "Canvas & Pole Marquees", a marquee hire firm in Cornwall (traditional pole tents,
// sperry tents, clearspan structures, for weddings, shows and festivals).
const cap = at('marquee-hire');
const CAP_NORTH_STAR =
  'Put up the tent that makes the day, on any lawn in the South West, and take it down leaving the grass as we found it';
const CAP_CLEARSPAN = 'Put up the clearspans with a telehandler so crews finish before the caterers arrive';
const MARQUEE_HIRE: Holdout14Entry[] = [
  cap(CAP_NORTH_STAR),
  cap('Marquee hire revenue £3.8m in 2027', [N]),
  cap('Lay track mats on every wet lawn so the crews stop leaving ruts', [], { parent: CAP_NORTH_STAR }),
  cap('Build the clearspan structures with a telehandler so the crew is done before catering turns up', [K], {
    parent: CAP_NORTH_STAR,
    siblings: [CAP_CLEARSPAN],
  }),
  cap('Festival structures', [G, X], { krs: [] }),
  cap('Hire out the winter marquees as pop-up ice rinks and Christmas markets'),
  cap('Sell a wet-weather guarantee so couples book us instead of an indoor venue'),
  cap('Move to solar-battery lighting so festival tents stop relying on diesel generators'),
  cap("Get onto the Royal Cornwall Show's approved supplier list"),
  cap('Wash and reproof the canvas in-house so we stop sending it to Holland'),
  cap("Take on crew from the agricultural college in summer so we aren't short on Saturdays"),
  cap("Let couples plan their table layout online in 3D so the site visit isn't needed"),
  cap('Take autumn festival work so the summer crew stays employed into October'),
  cap('Repeat corporate clients 40%', [N]),
  cap('Damage write-offs per hire', [N]),
  cap('New brochure photography at Pencarrow', [T]),
  cap('Rebuild the quote calculator in the CRM', [T]),
  cap('MUTA SafeHire membership audit passed', [C]),
  cap("Transport manager's Certificate of Professional Competence kept for the O-licence", [C]),
  cap('Inspect and repair the canvas as it comes back from each job', [J]),
  cap("Load the lorries for tommorow's builds before the crew knocks off", [J]),
  cap('Weddings team', [G]),
  cap('Crew Chief', [G]),
  cap('Make our sperry tents the ones wedding planners pencil in first', [M], {
    krs: [placeholder('Planners booking us first'), kr('Planner-referred bookings', 'bookings', 0, 120, 0)],
  }),
  cap('Keep crews safe on site in high winds without cancelling builds', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// county-archives: "Thornbury Record Office", a county record office (strongrooms, a searchroom,
// conservation, digitisation, records management for the council).
const tro = at('county-archives');
const TRO_NORTH_STAR =
  "Open the county's past to everyone who wants to find themselves in it, and keep the records safe for the people who come after us";
const TRO_DIGITISE = 'Digitise 2 million pages of parish registers and tithe maps by 2029';
const COUNTY_ARCHIVES: Holdout14Entry[] = [
  tro(TRO_NORTH_STAR),
  tro(TRO_DIGITISE, [N]),
  tro(
    "Take the searchroom on the road to libraries so people who can't travel to the county town can still use the archives",
    [],
    { parent: TRO_NORTH_STAR },
  ),
  tro('Tithe maps — 400,000 images online by 2029', [N, K], { parent: TRO_DIGITISE }),
  tro('Move the strongrooms to the new building so the collections stop sitting under a flat roof that leaks'),
  tro('Get schools using the WWI letters in their history lessons'),
  tro('Charge for research by post so that the service can pay for a second archivist'),
  tro("Catalogue the 1980s miners' strike collection so it can be used before the anniversary"),
  tro('Persuade the family estates to deposit their papers with us rather than sell them'),
  tro('Train volunteers to transcribe from home so the backlog of indexes shrinks'),
  tro('Win National Archives accreditation for the first time so we can take public records on loan'),
  tro('Stop the damp in Strongroom 3 by fixing the air handeling'),
  tro('Searchroom visits 9,500', [N]),
  tro('Online catalogue searches', [N]),
  tro('Archive open day for Explore Your Archive week', [T]),
  tro('Rebuild the online catalogue in CalmView', [T]),
  tro('Place of deposit inspection by The National Archives passed', [C]),
  tro('Information governance e-learning done by all staff (mandatory)', [C]),
  tro('Fire suppression system certificate renewed for the strongrooms', [C]),
  tro('Fetch and return documents for readers in the searchroom', [J]),
  tro('Check the temperature and humidity loggers in each strongroom every Monday', [J]),
  tro('County Archivist', [G]),
  tro('Conservation studio', [G]),
  tro('Make the archives the first place new residents go to learn about their village', [M], {
    krs: [empty('New residents visiting')],
  }),
  tro('Keep born-digital council records readable when the formats die', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// tourism-board: "Visit the Marches", the destination marketing body for the English–Welsh border
// (member hotels and attractions, campaigns, a visitor centre in Ludlow).
const vtm = at('tourism-board');
const VTM_NORTH_STAR =
  'Make the Marches a place people stay for a week, not a place they drive through on the way to Wales';
const VTM_STAYS = 'Overnight stays: 2.4 million in 2027';
const TOURISM_BOARD: Holdout14Entry[] = [
  vtm(VTM_NORTH_STAR),
  vtm(VTM_STAYS, [N]),
  vtm("Package a walking week on Offa's Dyke with bags carried between inns", [], { parent: VTM_NORTH_STAR }),
  vtm('Shropshire Hills — 700,000 overnight stays', [N, K], { parent: VTM_STAYS }),
  vtm('Get coach operators bringing groups in the shoulder months when the B&Bs are empty'),
  vtm('Persuade Transport for Wales to stop the Heart of Wales line at Bucknell at weekends'),
  vtm('Sell membership to the cafés and farm shops who think we only help hotels', [], {
    krs: [placeholder('Food and drink members: 120')],
  }),
  vtm('Win a Tour of Britain stage finish for Ludlow for the first time'),
  vtm('Translate the visitor guide into Dutch so the Dutch campervan market finds us'),
  vtm("Put the region's food festivals in one shared calendar so visitors can plan a weekend round them"),
  vtm('Hire a data analyst so members can see where their visitors come from'),
  vtm('Bring Chinese tour groups off the Stratford–Bath route for a night of accomodation here'),
  vtm('Visitor spend per trip', [N]),
  vtm('Member businesses up from 410 to 500', [N]),
  vtm('Visit the Marches site relaunch on WordPress', [T]),
  vtm('Press trip for travel writers, October', [T]),
  vtm('VisitEngland quality assessment for the visitor centre', [C]),
  vtm('Annual accounts filed at Companies House', [C]),
  vtm('Answer the visitor centre phone and the info@ inbox', [J]),
  vtm('Update the events listings each week', [J]),
  vtm('Head of Marketing', [G]),
  vtm('Welsh borders', [G]),
  vtm('Board priorities 2027', [G]),
  vtm('Make the Marches the region travel editors recommend for a slow autumn break', [M], {
    krs: [placeholder('Travel editors recommending us')],
  }),
  vtm('Get visitors out of their cars by joining up the buses with the walking routes', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// sailmaker: "Penrose Sails", a sail loft in Falmouth (cruising and racing sails, repairs,
// winter sail care, covers and canvas).
const pen = at('sailmaker');
const PEN_NORTH_STAR = 'Make the sails cruising sailors trust to get them home, and the ones club racers win in';
const SAILMAKER: Holdout14Entry[] = [
  pen(PEN_NORTH_STAR),
  pen('Build 1,100 new sails in 2027', [N]),
  pen('Shorten the wait for repairs in the spring rush by opening the loft on Saturdays', [], {
    parent: PEN_NORTH_STAR,
  }),
  pen('Sell a sail-care plan that picks up, washes and stores sails over the winter'),
  pen('Switch from Dacron to a recycled polyester cloth so owners can buy a greener sail at the same price'),
  pen("Get the Falmouth working boats fleet racing on our sails"),
  pen("Win the sail contract for the sailing school's new training dinghies"),
  pen('A furling genoa that a couple in their seventies can handle on their own'),
  pen('Hire a second designer so racing customers stop waiting for drawings'),
  pen('Scan hulls with the laser so new sails fit first time'),
  pen('Train the apprentices on the plotter so the old hands can spend their time on finishing'),
  pen('Return for recut under 2%', [N]),
  pen('Revenue per loft hour', [N]),
  pen('Stand at the Southampton Boat Show', [T]),
  pen('Reprint the price list with the 2027 cloth prices', [T]),
  pen('Lay a new floor in the loft', [T]),
  pen('World Sailing measurer certification renewed for our in-house measurer', [C], { krs: [] }),
  pen('Lifting equipment inspection for the mast crane', [C]),
  pen('Check in each repair sail, photograph it and write up the ticket', [J]),
  pen('Vacuum the loft floor before cutting starts each morning', [J]),
  pen('Racing sails', [G]),
  pen('Loft Manager', [G]),
  pen('Covers & canvas', [G]),
  pen('Get Penrose sails onto the podium boats at Cowes Week', [M], { krs: [empty('Podium boats on our sails')] }),
  pen('Bring racing sail design in-house instead of buying designs from France', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// goldsmith: "Wren & Ashby", a goldsmiths' workshop in Edinburgh (commissioned engagement and
// wedding rings, remakes of inherited jewellery, repairs, traceable gold and stones).
const wna = at('goldsmith');
const WNA_NORTH_STAR = 'Make rings people hand down, from gold and stones we can trace back to where they were mined';
const GOLDSMITH: Holdout14Entry[] = [
  wna(WNA_NORTH_STAR),
  wna('Make 1,300 commissioned rings in 2027', [N]),
  wna('Switch all our casting to recycled and Fairmined gold', [], { parent: WNA_NORTH_STAR }),
  wna('Answer every commission enquiry within 24 hours', [N, J]),
  wna('Let couples make their own wedding rings on a workshop day with one of our goldsmiths'),
  wna('Open a London studio so clients from the south stop flying up for fittings'),
  wna('Offer lab-grown diamonds beside mined ones so younger couples can afford a bigger stone'),
  wna('Remake inherited jewelry into rings so heirloom gold gets worn again'),
  wna('Hire a gemmologist so we can buy parcels of stones direct instead of through dealers'),
  wna('Get the Edinburgh Assay Office to hallmark our rings the same day so clients stop waiting a fortnight'),
  wna('Teach the apprentice stone setting so pavé work stops going to Birmingham'),
  wna('Sell ring sizing by post so overseas clients can order without a visit'),
  wna('Average commission value £2,900', [N]),
  wna('Repeat-client rate', [N]),
  wna('Edinburgh Festival pop-up shop on George Street', [T]),
  wna('Photograph the collection for the new website', [T]),
  wna('Every piece over the exemption weight hallmarked at the assay office', [C]),
  wna('Responsible Jewellery Council certification audit passed', [C]),
  wna('HMRC registration as a high value dealer renewed', [C]),
  wna('Polish and clean each ring before it goes in the box', [J]),
  wna("Log every client's stones in the safe book at close", [J]),
  wna('Head Goldsmith', [G]),
  wna('Repairs desk', [G]),
  wna('Become the ethical ring maker Scottish couples find first when they search', [M], {
    krs: [placeholder('Found first in search')],
  }),
  wna('Get couples who would have bought a ring online into the studio for a sitting', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// conference-organiser: "Forum Events", a B2B conference and exhibition organiser (a water
// industry summit, a logistics expo, sponsorship, delegate sales, an event app).
const fev = at('conference-organiser');
const FEV_NORTH_STAR =
  'Run the events an industry plans its year around, where buyers meet the people they end up doing business with';
const CONFERENCE_ORGANISER: Holdout14Entry[] = [
  fev(FEV_NORTH_STAR),
  fev('Delegate passes sold across the portfolio: 26,000', [N]),
  fev('Match buyers to exhibitors before the show so every meeting in the hall has been asked for', [], {
    parent: FEV_NORTH_STAR,
  }),
  fev('Launch a water industry summit in Manchester that utilities send their whole innovation teams to'),
  fev('Move the logistics expo from Birmingham to ExCeL so the European buyers come'),
  fev('Sell sponsorship as year-round packages so sponsors stop deciding two weeks before the show'),
  fev("Put the talks online after the event so delegates who couldn't come still pay for access"),
  fev('Hire an accessibility lead so disabled delegates can get to every session'),
  fev('Cut food waste at the shows by getting delegates to pre-order lunch in the app'),
  fev('Win back the stand holders who walked after we raised prices in 2025'),
  fev('Get the trade bodies to co-brand the summit so their members trust it'),
  fev('Exhibitor rebooking rate', [N]),
  fev('Speaker dinner at the Midland Hotel', [T]),
  fev('Swap the event app to Swapcard (EVT-412)', [T]),
  fev('Design the floor plan for the 2027 expo', [T]),
  fev("Event safety management plan signed off by the venue's safety advisory group", [C]),
  fev('Anti-bribery policy signed by everyone who handles sponsors', [C]),
  fev('Chase sponsors for their logos and copy before the print deadline', [J]),
  fev('Badge and check in delegates at registration', [J]),
  fev('Send the joining instructions to each delegate the week before', [J]),
  fev('Portfolio Director', [G]),
  fev('Exhibition sales', [G]),
  fev('Events team — H1 goals', [G]),
  fev('Make the water summit the place utilities announce their new frameworks', [M], {
    krs: [empty('Frameworks announced at the summit')],
  }),
  fev('Give first-time exhibitors a show they leave with real leads from', [X], { krs: [] }),
];

export const HOLDOUT_14: Holdout14Entry[] = [
  ...CANNERY,
  ...DREDGING_CONTRACTOR,
  ...BRIDAL_COUTURE,
  ...RUGBY_CLUB,
  ...RECORDING_STUDIO,
  ...CLOCK_RESTORER,
  ...ICE_CREAM_MAKER,
  ...TRADE_UNION,
  ...DANCE_SCHOOL,
  ...LIDO,
  ...HIGHWAYS_AUTHORITY,
  ...PAPER_MILL,
  ...BRICKWORKS,
  ...FIREWORKS_COMPANY,
  ...MARQUEE_HIRE,
  ...COUNTY_ARCHIVES,
  ...TOURISM_BOARD,
  ...SAILMAKER,
  ...GOLDSMITH,
  ...CONFERENCE_ORGANISER,
];

type PlanNode = Holdout14Plan['nodes'][number];
const node = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): PlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_14_PLANS: Holdout14Plan[] = [
  {
    name: 'Porthgwidden priorities 2027',
    domain: 'cannery',
    nodes: [
      node('r', null, 'Porthgwidden priorities 2027', [G]),
      node('a', 'r', PGW_NORTH_STAR),
      node('a1', 'a', 'Sell 4.2 million tins in 2027', [N]),
      node('a2', 'a', "Get our sardines into the Christmas hampers at Fortnum's"),
      node('a3', 'a', 'Export share of sales: 35%', [N]),
      node('b', 'r', 'Production', [G]),
      node('b1', 'b', "Line team: make a tin of Cornish sardines a present people give, not something left at the back of the cupboard", [K]),
      node('b2', 'b', 'Yield per tonne of fish landed', [N]),
      node('b3', 'b', 'Tear down a seam from each seamer at the start of every shift', [J]),
      node('b4', 'b', 'MSC chain-of-custody certificate renewed for the mackerel', [C]),
      node('c', 'r', 'Fish Procurement', [G]),
      node('c1', 'c', 'Mackerel — 1.5m tins this year', [N, K]),
      node('c2', 'c', 'Grade the catch as the boats land and log the fish temperatures', [J]),
      node('c3', 'c', "Buyers: grade each boat's catch on landing and record the temperatures", [J, K]),
      node('c4', 'c', 'Get the fleet landing to us first on good nights, ahead of the Spanish buyers'),
    ],
    cloneGroups: [
      ['a', 'b1'],
      ['a1', 'c1'],
      ['c2', 'c3'],
    ],
  },
  {
    name: 'Tanfield RFC — club plan 2027/28',
    domain: 'rugby-club',
    nodes: [
      node('r', null, TAN_NORTH_STAR),
      node('a', 'r', 'Director of Rugby', [G]),
      node('a1', 'a', 'Get the 1st XV promoted out of Counties 1'),
      node('a2', 'a', 'Registered players: 520', [N]),
      node('a3', 'a', 'Coaches: mark out the pitches every Friday afternoon', [J]),
      node('b', 'r', 'Mini & Junior section', [G]),
      node('b1', 'b', 'Minis & juniors — every kid in the valley picks up a rugby ball, and the women get the main pitch same as the men', [K]),
      node('b2', 'b', 'DBS checks in date for every coach of a minis side', [C]),
      node('b3', 'b', 'Junior players registered: 300', [N, K]),
      node('b4', 'b', 'Safeguarding training for every age-group coach', [C]),
      node('c', 'r', 'Clubhouse committee', [G]),
      node('c1', 'c', 'Bar takings up 12%', [N]),
      node('c2', 'c', 'Collect match fees from the players after each home game', [J]),
      node('c3', 'c', 'Bar staff: collect the match fees off the players after home games', [J, K]),
      node('c4', 'c', 'Sell clubhouse hire for weddings so the bar pays its way in summer'),
    ],
    cloneGroups: [
      ['r', 'b1'],
      ['a2', 'b3'],
      ['c2', 'c3'],
    ],
  },
  {
    name: 'Bramble & Cone FY27 OKRs',
    domain: 'ice-cream-maker',
    nodes: [
      node('r', null, 'Bramble & Cone FY27 OKRs', [G]),
      node('a', 'r', BNC_VOLUME, [N]),
      node('a1', 'a', 'Wholesale — 520,000 litres to cafés and farm shops', [N, K]),
      node('a2', 'a', 'Get the National Trust cafés in Devon and Cornwall serving our scoops'),
      node('a3', 'a', 'Parlours — 210,000 litres over the counter', [N, K]),
      node('b', 'r', 'Wholesale Manager', [G]),
      node('b1', 'b', 'Restock the vans from the cold store each morning', [J]),
      node('b2', 'b', 'Gross margin on 4-litre tubs', [N]),
      node('b3', 'b', 'Dairy hygiene inspection by the FSA passed', [C]),
      node('c', 'r', 'Parlours', [G]),
      node('c1', 'c', 'Make a scoop at our parlours worth the queue on a hot Saturday'),
      node('c2', 'c', 'Parlour staff: make every scoop worth queuing for on a sunny Saturday', [K]),
      node('c3', 'c', 'Van crews: restock from the cold store every morning before going out', [J, K]),
      node('c4', 'c', 'Put a freezer van on the Exmouth seafront so we stop losing July to the national brands'),
      node('c5', 'c', 'Annual HACCP review signed off', [C]),
    ],
    cloneGroups: [
      ['a', 'a1', 'a3'],
      ['b1', 'c3'],
      ['c1', 'c2'],
    ],
  },
  {
    name: 'Counterpart — organising plan 2027',
    domain: 'trade-union',
    nodes: [
      node('r', null, CPT_NORTH_STAR),
      node('a', 'r', 'Organising team — nobody in a British shop or warehouse should face the boss on their own', [K]),
      node('a1', 'a', "Win recognition at the three big online grocers' warehouses"),
      node('a2', 'a', 'Membership: 185,000 by the end of 2027', [N]),
      node('a3', 'a', 'North West region: 28,000 members', [N, K]),
      node('b', 'r', 'General Secretary', [G]),
      node('b1', 'b', 'Certification Officer annual return submitted', [C]),
      node('b2', 'b', 'Political fund ballot held under the Trade Union Act', [C]),
      node('b3', 'b', 'Density at recognised sites 60%', [N]),
      node('c', 'r', 'Member services', [G]),
      node('c1', 'c', 'Take casework calls from members on the helpline rota', [J]),
      node('c2', 'c', 'Process new membership forms the week they come in', [J]),
      node('c3', 'c', 'Helpline: pick up casework calls on the rota', [J, K]),
      node('c4', 'c', "Let members join and pay dues in the app so young workers don't need a paper form"),
      node('c5', 'c', 'Train reps to spot heat stress so warehouses put cooling in before summer'),
    ],
    cloneGroups: [
      ['r', 'a'],
      ['a2', 'a3'],
      ['c1', 'c3'],
    ],
  },
  {
    name: 'Marlpit Lido Trust — 2027 plan',
    domain: 'lido',
    nodes: [
      node('r', null, 'Marlpit Lido Trust — 2027 plan', [G]),
      node('a', 'r', MLT_NORTH_STAR),
      node('a1', 'a', 'Heat the pool with the heat pump so winter swimming costs less than the gas bill did'),
      node('a2', 'a', 'Swims in 2027: 210,000', [N]),
      node('b', 'r', 'Duty Manager', [G]),
      node('b1', 'b', 'Test the pool water every 2 hours and log the chlorine and pH', [N, J]),
      node('b2', 'b', 'Skim the leaves off the surface before opening', [J]),
      node('b3', 'b', 'NPLQ certificates in date for every lifeguard', [C]),
      node('b4', 'b', 'Lifeguards: check the water chemistry two-hourly and record chlorine and pH', [N, J, K]),
      node('c', 'r', 'Café & events', [G]),
      node('c1', 'c', 'Café team: keep the lido open year-round, affordable for the whole town and reachable without a car', [K]),
      node('c2', 'c', 'Café income £240k', [N]),
      node('c3', 'c', 'Summer pool party, August', [T]),
      node('c4', 'c', 'Cash up the till and bank the takings at close', [J]),
      node('c5', 'c', 'Sauna by the deep end so winter members keep coming after Christmas'),
    ],
    cloneGroups: [
      ['a', 'c1'],
      ['b1', 'b4'],
    ],
  },
  {
    name: 'Wealdshire Highways — service plan 2027/28',
    domain: 'highways-authority',
    nodes: [
      node('r', null, 'Wealdshire Highways — service plan 2027/28', [G]),
      node('a', 'r', 'Roads people can drive, cycle and walk on without dodging holes, and that stay open when it floods'),
      node('a1', 'a', WDH_POTHOLES, [N]),
      node('a2', 'a', 'North area: 22,000 potholes filled', [N, K]),
      node('a3', 'a', 'South area — 20,000 potholes fixed', [N, K]),
      node('b', 'r', 'North area', [G]),
      node('b1', 'b', 'Inspect the A-roads on the monthly safety inspection route', [J]),
      node('b2', 'b', 'Switch the last sodium streetlights to LED so the energy bill stops eating the repairs budget'),
      node('b3', 'b', 'NRSWA accreditation for every street works supervisor', [C]),
      node('c', 'r', 'South area', [G]),
      node('c1', 'c', 'South inspectors: walk the A-roads on the monthly safety route', [J, K]),
      node('c2', 'c', 'Drainage: roads that stay open in a flood and that people can cycle, walk and drive without swerving round potholes', [K]),
      node('c3', 'c', 'ISO 9001 surveillance audit for the highways service passed', [C]),
      node('c4', 'c', 'Use the pothole cameras on the bin lorries so we find holes before residents report them'),
      node('c5', 'c', 'Issue permits for utility roadworks', [J]),
    ],
    cloneGroups: [
      ['a1', 'a2', 'a3'],
      ['b1', 'c1'],
      ['a', 'c2'],
    ],
  },
  {
    name: 'Hathern Clay Works — 2027',
    domain: 'brickworks',
    nodes: [
      node('r', null, HCW_NORTH_STAR),
      node('a', 'r', 'Sales Director', [G]),
      node('a1', 'a', HCW_VOLUME, [N]),
      node('a2', 'a', 'Handmade range: 3m bricks', [N, K]),
      node('a3', 'a', 'Get our bricks written into the Leicester city centre design code'),
      node('b', 'r', 'Kiln & production', [G]),
      node('b1', 'b', 'Kiln gas per thousand bricks down 18%', [N]),
      node('b2', 'b', 'Clean out the extruder die at the end of each run', [J]),
      node('b3', 'b', 'Silica dust exposure monitoring in the pressing shed (COSHH)', [C]),
      node('b4', 'b', 'Production: bricks that make a new home belong in an old village, fired with much less gas', [K]),
      node('c', 'r', 'Handmade yard', [G]),
      node('c1', 'c', 'Handmade yard — 3 million bricks', [N, K]),
      node('c2', 'c', 'Stack the fired bricks on pallets and shrink-wrap them for dispatch', [J]),
      node('c3', 'c', 'Moulders: clean out the die on the extruder after each run', [J, K]),
      node('c4', 'c', 'Fewer bricks cracking in the kiln by drying the green bricks slower'),
    ],
    cloneGroups: [
      ['a1', 'a2', 'c1'],
      ['r', 'b4'],
      ['b2', 'c3'],
    ],
  },
  {
    name: 'Ember & Nova — season plan 2027',
    domain: 'fireworks-company',
    nodes: [
      node('r', null, 'Ember & Nova — season plan 2027', [G]),
      node('a', 'r', EMB_NORTH_STAR),
      node('a1', 'a', 'Fire 420 displays in 2027', [N]),
      node('a2', 'a', 'Sell drone-and-firework shows to councils that worry about noise'),
      node('b', 'r', 'Head Firer', [G]),
      node('b1', 'b', 'Display operator training (BPA) for every firer', [C]),
      node('b2', 'b', 'Walk the fallout zone the morning after each display and pick up debris', [J]),
      node('b3', 'b', 'Displays crew: shows the town still talks about a year on, with no firework landing out of bounds', [K]),
      node('b4', 'b', 'Design shows with fewer loud bangs so dog owners stop campaigning against bonfire night'),
      node('c', 'r', 'Retail shop', [G]),
      node('c1', 'c', 'Shop sales £1.4m in October and November', [N]),
      node('c2', 'c', 'Explosives licence from HSE renewed for the magazine', [C]),
      node('c3', 'c', 'Check the shell stock against the magazine register every Friday', [J]),
      node('c4', 'c', 'Shop team: check stock against the magazine register each Friday', [J, K]),
      node('c5', 'c', 'Wedding displays: 140 this year', [N, K]),
    ],
    cloneGroups: [
      ['a', 'b3'],
      ['c3', 'c4'],
      ['a1', 'c5'],
    ],
  },
  {
    name: 'Thornbury Record Office — 2027/28',
    domain: 'county-archives',
    nodes: [
      node('r', null, TRO_NORTH_STAR),
      node('a', 'r', 'County Archivist', [G]),
      node('a1', 'a', TRO_DIGITISE, [N]),
      node('a2', 'a', 'Tithe maps — 400,000 images online by 2029', [N, K]),
      node('a3', 'a', 'Place of deposit inspection by The National Archives passed', [C]),
      node('b', 'r', 'Searchroom', [G]),
      node('b1', 'b', 'Fetch and return documents for readers in the searchroom', [J]),
      node('b2', 'b', 'Searchroom visits 9,500', [N]),
      node('b3', 'b', "Take the searchroom on the road to libraries so people who can't get to the county town can use the archives"),
      node('b4', 'b', "Searchroom team: open the county's past to anyone who wants to find themselves in it, and keep the records safe for those after us", [K]),
      node('c', 'r', 'Conservation studio', [G]),
      node('c1', 'c', 'Check the temperature and humidity loggers in each strongroom every Monday', [J]),
      node('c2', 'c', 'Conservators: read the strongroom loggers for temperature and humidity each Monday', [J, K]),
      node('c3', 'c', 'Fire suppression system certificate renewed for the strongrooms', [C]),
      node('c4', 'c', 'Stop the damp in Strongroom 3 by fixing the air handling'),
    ],
    cloneGroups: [
      ['a1', 'a2'],
      ['r', 'b4'],
      ['c1', 'c2'],
    ],
  },
  {
    name: 'Forum Events FY27 OKRs',
    domain: 'conference-organiser',
    nodes: [
      node('r', null, 'Forum Events FY27 OKRs', [G]),
      node('a', 'r', FEV_NORTH_STAR),
      node('a1', 'a', 'Delegate passes sold across the portfolio: 26,000', [N]),
      node('a2', 'a', 'Water summit — 4,500 delegate passes', [N, K]),
      node('a3', 'a', 'Match buyers to exhibitors before the show so every meeting in the hall has been asked for'),
      node('b', 'r', 'Exhibition sales', [G]),
      node('b1', 'b', "Sales: run the events an industry plans its year around, where buyers meet who they'll end up doing business with", [K]),
      node('b2', 'b', 'Exhibitor rebooking rate', [N]),
      node('b3', 'b', 'Chase sponsors for their logos and copy before the print deadline', [J]),
      node('b4', 'b', 'Anti-bribery policy signed by everyone who handles sponsors', [C]),
      node('c', 'r', 'Portfolio Director', [G]),
      node('c1', 'c', 'Logistics expo — 6,000 passes sold', [N, K]),
      node('c2', 'c', 'Badge and check in delegates at registration', [J]),
      node('c3', 'c', 'Speaker dinner at the Midland Hotel', [T]),
      node('c4', 'c', 'Move the logistics expo from Birmingham to ExCeL so the European buyers come'),
    ],
    cloneGroups: [
      ['a1', 'a2', 'c1'],
      ['a', 'b1'],
    ],
  },
];
