import type { RuleCode } from '../../shared/coach/types';

/**
 * FIFTEENTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-06 by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-1076 of
 * test/coach/holdout14.ts (its header with the labelling definitions and calls, its types and
 * helpers, and the comment, two title constants and opening line of its first domain; none of its
 * entries and none of its plans), test/coach/report.ts (whole: the Labelled / LabelledPlan shapes
 * and the harness around them), and the output of `grep -n "RuleCode" -A 12 shared/coach/types.ts`
 * (the RuleCode type and the Finding shape), nothing else of that file. Besides these it saw only
 * file names (a listing of test/coach/ and of node_modules/.bin filtered for esbuild and tsc) and
 * tsconfig.json's settings, to type-check this file. Not opened: any other file under shared/coach/,
 * the README, holdout.ts to holdout13.ts, holdout14.ts from line 1077 on, corpus.ts, handbook.ts,
 * suite.ts, or anything under test/unit/, test/e2e/ or out/. The only git command run was one
 * `git status --short test/coach/` at the end (file names only). The coach, `cascade lint`, vitest
 * and npm test were never run on these titles. The shapes below copy
 * holdout14's (renamed Holdout15*) and were checked only with `tsc --noEmit` and with a throw-away
 * counting script kept outside the repo (it also assigns both exports to Labelled[] and
 * LabelledPlan[]; deleted afterwards).
 *
 * Domains, none of them used by an earlier set (checked against the list in the brief, which covers
 * holdout.ts to holdout14.ts, and kept away from near-duplicates of it): coastguard-station (a
 * volunteer coastguard rescue team on the Solway: mud and water rescue, a cliff rope team, SARCALL
 * paging), quarry (a limestone quarry in the Yorkshire Dales: aggregate, agricultural lime, an
 * asphalt plant, a rail siding), sheltered-housing (forty sheltered schemes for over-55s in
 * Lancashire: scheme managers, an alarm receiving centre, lounges and guest rooms), cattle-market (a
 * livestock auction mart in Cumbria: prime, store and breeding sales, online bidding, a café),
 * bell-foundry (church bells and handbells: casting, tuning, bell hanging, ring restoration, a small
 * museum), seaweed-farm (kelp and dulse on longlines off Argyll, with a hatchery), ropeworks (a
 * traditional rope maker in Devonport: heritage rigging, bell ropes, theatre and mooring rope),
 * falconry-centre (a birds of prey centre: displays, experiences, breeding, pigeon control, raptor
 * rehabilitation), mushroom-farm (gourmet mushrooms in a disused railway tunnel in Kent, grown on
 * spent coffee grounds), type-foundry (an independent digital type foundry: retail and custom
 * typefaces, licensing, an evening course), heritage-railway (a volunteer-run standard-gauge steam
 * line with a loco works, dining trains and Santa specials), tannery (an oak-bark tannery in Somerset
 * with a chrome-free line), mens-shed (a community workshop charity for older men: woodwork, a
 * repair café, bikes), insulation-installer (loft, cavity and external wall insulation in the
 * Midlands for homeowners and social landlords), thermal-spa (baths on a natural hot spring in a
 * Georgian city: a rooftop pool, treatments, a Pump Room restaurant), wigmaker (hand-made wigs for
 * theatre, film and people with hair loss), motorway-services (an independent service area on the
 * M6: farm shop, kitchen, forecourt, truck stop, hotel), tea-estate (a Cornish tea garden: estate
 * leaf, blends, tours, a café, hotel wholesale), insolvency-practice (an insolvency and restructuring
 * practice in Yorkshire: CVAs, administrations, IVAs), turf-farm (a turf grower and sports pitch
 * contractor in Lincolnshire: cultivated and wildflower turf, hybrid pitches, renovations).
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_15: 500 objectives (25 per domain), 199 sound (expect [], 39.8%), 301 with at least one
 *   label. Per label: number-title 68, task-listing 45, compliance 45, job-requirement 45,
 *   generic-container 45, goal-clone 22, kr-not-measurable 22, no-key-results 22. Thirteen entries
 *   carry two labels: number-title + goal-clone (6), number-title + job-requirement (2),
 *   generic-container + no-key-results (2), and one each of task-listing + kr-not-measurable,
 *   compliance + kr-not-measurable and job-requirement + goal-clone. 25 entries have `krs: []`: 20
 *   sound titles (no-key-results), 2 containers (also no-key-results), and one duty, one task and one
 *   compliance title (no no-key-results: the definition excludes them). 42 entries carry a parent, 20
 *   of them sound.
 * - HOLDOUT_15_PLANS: 10 plans, 150 nodes (15 each), 27 clone groups (23 of two, 4 of three; 31
 *   copies); 30 sound nodes. Per label: generic-container 46, goal-clone 31, number-title 26,
 *   job-requirement 23, compliance 16.
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout14's definitions (themselves holdout13's, holdout12's, holdout11's, holdout10's,
 * holdout9's, holdout8's, holdout7's, holdout6's, holdout5's, holdout4's and holdout3's), copied, by
 * meaning and not by keywords:
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
 *
 * Calls made where the definitions leave room. Holdout14's header carries the calls of every earlier
 * set: a faithful summary by theme of the calls up to holdout10, holdout11's and holdout12's own
 * calls summarised by theme, holdout13's own calls, and holdout14's own calls. To keep this header
 * short, the summary by theme up to holdout10 is copied here as it stands; holdout11's, holdout12's
 * and holdout13's own calls are left out because they repeat the same decisions theme by theme with
 * their own domains' examples (see holdout14.ts); holdout14's own calls are copied as they stand
 * under the heading "Holdout14's own calls". Then this set's own calls.
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
 * Holdout14's own calls, for its titles (copied as they stand):
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
 *
 * My calls, for this set's titles:
 * - Frequencies and limits: "Walk the haul roads and check the berms twice a shift" and "Turn the
 *   hides in the pits twice a day" are number-title + job-requirement, and so is the plan copy
 *   "Sidings crew: walk the haul roads and check the berms two times each shift" (also goal-clone).
 *   Bare period and time words leave a duty with job-requirement alone: "after every call-out",
 *   "before we stand down", "after each tidal job", "each morning", "on the monthly visit", "on rent
 *   day", "after each sale", "before the lorries leave", "on Monday afternoon", "on every service
 *   visit", "after each gale", "at the start of each shift", "before noon", "every Friday", "at
 *   close", "each running day", "after the last train", "after the last session", "when they come
 *   back from a show", "when it arrives", "on the rota", "before dark", "at the end of each picking",
 *   "before the factory closes", "every week", "when it's dry". "Annual medical for every cliff
 *   technician (mandatory)" and "Annual review of the health and safety document under the Quarries
 *   Regulations" stay compliance alone. "every week" in the spa's North Star is a habit, not a
 *   target.
 * - Numbers that are not targets: today's problem ("a 40-minute drive", "the six-hour drive", "the
 *   fire service's one sled", "one file instead of twelve", "weeks ahead", "months before"); fixed
 *   scopes and thresholds ("the 12 piers and slipways with the most call-outs", "farms within 30
 *   miles", "men under 65", "over-55s"); codes, specs, models, versions and identifiers ("SARCALL
 *   v2", "6F2", "A65", "MartEye 3", "Grade I", "Glyphs 3", "4277" as a locomotive's number, "PAS
 *   2035", "PAS 2030", "Turnkey IPS 8", "PA1 and PA6", "Article 10", "Year 4" and "Year 2" as school
 *   years, "Tunnel 2", "LIG-342", "M6", "Grade A" as a hide grade inside a metric); years and
 *   decades ("the 1970s blocks", "the 1890s museum furnace", "in the 1920s", "on 2026" as the base
 *   of a comparison whose target is the %); ordinals ("a second splicer", "a second currier", "a
 *   second knotter", "a second train", "the second spring", "the first flush", "a first visit", "their
 *   first winter", "year three", "their third year", "the first train"); "one" as an article ("in one
 *   go", "one firm to call", "one that fits", "a day, not a week"); periods in buckets and plan names
 *   ("FY27", "2027", "2027/28").
 * - Targets: counts and sums worded as actions ("Ship 1.4 million tonnes of aggregate in 2027",
 *   "Re-let 180 flats in 2027/28", "Cast 120 bells in 2027", "Harvest 300 wet tonnes of kelp in
 *   2027", "Make 900 wigs in 2027", "Raise £25k for a bigger workshop", "Insulate 3,500 homes in
 *   2027"); counts and values after a metric or a comparator ("Volunteers on the roster: 28",
 *   "Average time from page to on scene under 25 minutes", "Voids: under 3% of flats empty at any one
 *   time", "Commission income up 8%", "Heritage orders up from £180k to £300k", "Average spend per
 *   passenger up from £21 to £26", "Average dwell time up from 22 to 30 minutes", "Callbacks within
 *   12 months under 2%", where the 12 months defines the measure, "Fee income £4.6m", "Shop sales
 *   £9m", "Tour bookings 8,000"). "Bathing visits: 420,000" and "Experience days sold: 2,200" are
 *   volumes: number-title only.
 * - Only a metric name is number-title: "False alarm call-out rate", "Diesel litres per tonne
 *   crushed", "Tenant satisfaction (TSM) score", "Average price per head", "Rejects per pour", "Cost
 *   per dry kilo", "Margin per metre of three-strand", "Spend per visitor", "Yield per kilo of
 *   substrate", "Refund rate on web licences", "Volunteer hours", "Chrome-free share of sales",
 *   "Members who come back after a first visit", "Cost of remedials per job", "Spend per visit",
 *   "Knotting hours per full lace wig", "Fuel margin per litre", "Margin per kilo of estate leaf",
 *   "Average return to unsecured creditors", "Net margin per square metre". Direction without a
 *   quantity is sound ("Shorten the time from pager to launch at night ...", "Cut contamination in the
 *   shiitake logs ...", "Cut the water used per hide ...", "Cut the weekend queue at the door ...",
 *   "Get more IVAs to the finish ...": "more" is not a number).
 * - Containers: roles ("Station Officer", "Head of Mineral Planning", "Head Bellhanger", "Sales
 *   Director", "Works Manager", "Head Falconer", "Creative Director", "Commercial Director", "Head
 *   Currier", "Chair of Trustees", "Operations Manager", "Spa Director", "Head of Wigs", "Forecourt
 *   Manager", "Estate Manager", "Head of Restructuring", "Head Agronomist", and in plans "Install
 *   Director", "Head of Health, Safety & Environment"), teams, functions and places ("Cliff team",
 *   "Asphalt plant", "Scheme Managers — East", "Alarm receiving centre", "Auctioneers", "Dairy ring",
 *   "Tuning shop", "Museum & shop", "Hatchery", "Argyll sites", "Ropewalk", "Chandlery trade",
 *   "Display team", "Tunnel 2", "Wholesale", "Custom type studio", "Loco works", "Beamhouse", "Bike
 *   workshop", "Social housing contracts", "Treatment rooms", "Theatre & film", "Truck stop", "Café &
 *   tours", "Personal insolvency", "Sports construction", and in plans "Quality & Compliance", whose
 *   word "Compliance" is only a team name) and the plan roots with a period ("Cairnhaven Coastguard —
 *   station plan 2027", "Greyscar Quarry FY27 OKRs", "Hollins Court Homes — business plan 2027/28",
 *   ...) are generic-container only. "Store cattle section" and "External wall team" with `krs: []`
 *   also carry no-key-results.
 * - Compliance: named inspections, audits, licences, approvals, registrations, certificates,
 *   statutory returns and mandatory or condition-of-licence training ("Rope rescue competence
 *   assessment signed off for all technicians", "Defra approval of the market for TB-restricted
 *   cattle renewed", "Lifting plan signed off under LOLER for every tower job", "Lloyd's Register type
 *   approval for the mooring lines renewed", "Article 10 certificates for every bird we sell",
 *   "Animal welfare training for every keeper (a zoo licence condition)" (with a bare KR: also
 *   kr-not-measurable), "PCI DSS self-assessment questionnaire filed", "VAT OSS returns filed for EU
 *   customers", "Boiler insurance inspection of 4277 passed", "Trade effluent consent conditions met
 *   for the river discharge", "Pool water test records kept to the PWTAG code" (records kept to a
 *   code), "Biotoxin monitoring programme kept up to date with FSS" (statutory monitoring), "Medical
 *   device registration with the MHRA kept up to date", "Legionella risk assessment reviewed for the
 *   spring pipework" (`krs: []`, compliance only), "IPA monitoring visit passed", "Pesticide
 *   application certificates for everyone who sprays").
 * - Duty rather than compliance: the business's own routine checks are job-requirement ("Check the
 *   rope kit and log each karabiner after every call-out", "Take a sample from each stockpile and
 *   grade it before dispatch", "Test-break a sample from each batch and record the load", "Weigh
 *   every bird each morning ...", "Check the spring temperature at the borehole each morning and log
 *   it", "Test the pull cords in each flat on the monthly visit" (`krs: []`, job-requirement only));
 *   so are queues and routine without "keep"/"maintain" ("Chase rent arrears with residents on rent
 *   day", "Answer licensing questions in the support inbox", "Rebuild and upload the font files
 *   whenever a glyph bug is reported", "Answer creditor calls on the case line", "Book in the surveys
 *   from the council's referral list each morning", "Load the artics in cut order ...").
 * - Tasks: events and deliverables as noun phrases ("Open day at the station, August bank holiday",
 *   "New weighbridge office and canopy", "New residents' handbook", "Christmas primestock show and
 *   dinner", "Museum gift shop refit", "Seaweed foraging festival stall, Oban", "Specimen book for the
 *   new serif", "Type talk at ATypI, Copenhagen", "Stand at SALTEX, NEC", "Van livery for the new
 *   fleet"); one-off jobs without an effect ("Repaint the Land Rover in the new HMCG livery", "Build a
 *   new drying shed" (with a bare KR: also kr-not-measurable), "Design the Christmas grow-kit gift
 *   box" (`krs: []`, task only), "Redesign the trial font download page (LIG-342)", "Rewrite the
 *   volunteer handbook", "Redecorate the hotel corridors"). With an effect, moves and swaps are sound
 *   ("Move paging to SARCALL v2 so the whole team is alerted in one go", "Move the office onto MartEye
 *   3 so hauliers can see their lots before they load", "Move case files to Turnkey IPS 8 so ...",
 *   "Switch to compostable pyramid bags so the zero-waste shops will stock us").
 * - Sound despite a trap word: hires naming licensing, consent, certification, safeguarding or a
 *   standard to open a contract, a market or a service (twenty, one per domain, e.g. "Hire a zoo
 *   licensing consultant so we can add the owl house to our licence and open it", "Hire an
 *   environmental compliance manager so the new line gets its effluent consent", "Hire a PAS 2035
 *   retrofit coordinator so we can bid for the social housing contracts", "Appoint a safeguarding
 *   trustee so we can take referrals ..."); audits and surveys turned into an outcome or offered to
 *   customers ("Audit which schemes have the emptiest flats and fix whatever puts people off them",
 *   "Audit which families never sell and retire them ...", "Offer a tower survey with every quote so
 *   ...", "Survey homes with a thermal camera so customers see ..."); training with an effect; "keep"
 *   of an outcome or a capability ("Keep the asphalt plant running thru the winter ...", "Keep the
 *   hatchery producing through a warm September ...", "Keep the shed open all winter ..."). "Pick up
 *   members who can't drive so nobody stops coming when they lose their licence" is sound (a driving
 *   licence, not a permission of the shed's).
 * - Copies in entries (22): the parent's goal with a team prefix and synonyms (eight, e.g. "Displays
 *   team: every visitor leaves having seen how a hawk hunts in the wild, and caring about it", "Install
 *   team: make draughty Midlands homes warm enough ...", "Medical team — make a hand-knotted wig
 *   affordable ..."); an earlier sibling repeated with synonyms or reordering (seven, e.g. "Move more
 *   of our stone by train so there are fewer HGVs through Kettlewell", "Let small studios buy app
 *   licences themselves without having to email us"); the same metric with another number and scope
 *   under the parent, keeping number-title (six: "Silloth side — 90% of call-outs reached within 30
 *   minutes", "Preston schemes: re-let 60 flats this year", "Handbell line — 80 handbells cast this
 *   year", "Bell ropes — 30 km this year", "Oyster range: 35 tonnes this year", "Santa specials:
 *   22,000 passengers"); and an earlier sibling's duty reworded, keeping job-requirement ("Hone the
 *   plane blades and chisels each Friday"). In plans: the root's or North Star's goal repeated by a
 *   team or a role (two groups of three); siblings' and cousins' duties reworded, keeping
 *   job-requirement (and number-title with a frequency); the same metric with another number and
 *   scope, keeping number-title (one group of three: aggregate, rail and lime tonnes; one: homes
 *   insulated by product line).
 * - Not copies: sharper children under their parent (20 sound entries carry a parent); in plans, a
 *   new metric or a new lever on the same theme ("Treatment room occupancy 80%" beside the bathing
 *   visits, "Food-grade share" beside the harvest tonnes) and containers differing only in scope
 *   ("Scheme Managers — East" / "Scheme Managers — West", "Sheep sales" / "Cattle sales").
 * - kr-not-measurable follows the definition literally: flagged when any KR is bare, even beside a
 *   good one (placeholder or empty KRs with no quantity in their titles, on twenty outcome titles, on
 *   a task and on a compliance title). Not flagged: KRs from 0 with a unit and a target.
 * - `krs: []` on a duty, a task and a compliance title gives only their title label; on two containers
 *   it gives no-key-results as well.
 * - Plans reuse entries' wording: plans and entries are scored apart.
 * - Typos kept as written ("thru", "knowhow", "cafe" beside "café"); they change no label. American
 *   spellings ("catalog", "colors") sit beside British ones ("colour", "licence", "programme",
 *   "metre") on purpose.
 */

export type Holdout15Domain =
  | 'coastguard-station'
  | 'quarry'
  | 'sheltered-housing'
  | 'cattle-market'
  | 'bell-foundry'
  | 'seaweed-farm'
  | 'ropeworks'
  | 'falconry-centre'
  | 'mushroom-farm'
  | 'type-foundry'
  | 'heritage-railway'
  | 'tannery'
  | 'mens-shed'
  | 'insulation-installer'
  | 'thermal-spa'
  | 'wigmaker'
  | 'motorway-services'
  | 'tea-estate'
  | 'insolvency-practice'
  | 'turf-farm';

export interface Holdout15Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout15Entry {
  title: string;
  domain: Holdout15Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout15Kr[];
}

export interface Holdout15Plan {
  name: string;
  domain: Holdout15Domain;
  /** In tree order; each clone group's original comes first depth-first and breadth-first. */
  nodes: { key: string; parentKey: string | null; title: string; expect: RuleCode[] }[];
  /** Original first, then its copies. */
  cloneGroups: string[][];
}

type Extra = Pick<Holdout15Entry, 'parent' | 'siblings' | 'krs'>;

const at =
  (domain: Holdout15Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout15Entry => ({ title, domain, expect, ...extra });

/** A KR as the app leaves it when nobody fills it in: 0 -> 100, nothing recorded, no unit. */
const placeholder = (title: string): Holdout15Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with no numbers at all. */
const empty = (title: string): Holdout15Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout15Kr => ({
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
// coastguard-station: "Cairnhaven Coastguard Rescue Team", a volunteer coastguard rescue team on
// the Solway (mud and water rescue, a cliff rope team, a station officer, SARCALL paging).
const cgs = at('coastguard-station');
const CGS_NORTH_STAR = "Get a rescue team to anyone cut off by the Solway tide before the water reaches them";
const COASTGUARD: Holdout15Entry[] = [
  cgs(CGS_NORTH_STAR),
  cgs("Shorten the time from pager to launch at night by letting volunteers book themselves off-call in the app"),
  cgs("Train every new volunteer in mud rescue so we stop relying on the fire service's one sled"),
  cgs("Teach the caravan parks along the coast to spot a tide trap before their guests walk out onto the sands"),
  cgs("Recruit volunteers who live within sight of the estuary so a night call isn't a 40-minute drive"),
  cgs("Hire a working-at-height instructor so the cliff team can train here instead of in Wales"),
  cgs("Put throwlines on the 12 piers and slipways with the most call-outs so bystanders can help before we get there"),
  cgs("Make the station somewhere volunteers' families feel part of, so people stay past their first winter"),
  cgs("Cliff team - get drone thermal imaging onto searches so we can find people in the dark", [], { parent: CGS_NORTH_STAR }),
  cgs("Move paging to SARCALL v2 so the whole team is alerted in one go"),
  cgs("Average time from page to on scene under 25 minutes", [N]),
  cgs("Volunteers on the roster: 28", [N]),
  cgs("False alarm call-out rate", [N]),
  cgs("Open day at the station, August bank holiday", [T]),
  cgs("Repaint the Land Rover in the new HMCG livery", [T]),
  cgs("Annual medical for every cliff technician (mandatory)", [C]),
  cgs("Rope rescue competence assessment signed off for all technicians", [C]),
  cgs("Check the rope kit and log each karabiner after every call-out", [J]),
  cgs("Log each incident on SARCALL before we stand down", [J]),
  cgs("Wash down the mud sled and the drysuits after each tidal job", [J]),
  cgs("Station Officer", [G]),
  cgs("Cliff team", [G]),
  cgs("Silloth side — 90% of call-outs reached within 30 minutes", [N, K], {
    parent: "Reach 95% of Solway incidents inside 30 minutes",
  }),
  cgs("Make beachgoers at Allonby ring 999 for the coastguard before they go in after a dog themselves", [M], {
    krs: [kr("Dog incidents where we were called before anyone went in", "%", 0, 70, 20), placeholder("Signage up")],
  }),
  cgs("Get the Solway crossing guides ringing us before every guided walk", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// quarry: "Greyscar Quarry", a limestone quarry in the Yorkshire Dales (crushed aggregate,
// agricultural lime, an asphalt plant, a rail siding).
const gsq = at('quarry');
const GSQ_NORTH_STAR = "Make Greyscar the quarry the Dales would miss if it closed";
const GSQ_RAIL = "Send more stone out by rail so fewer lorries go through Kettlewell";
const QUARRY: Holdout15Entry[] = [
  gsq(GSQ_NORTH_STAR),
  gsq(GSQ_RAIL),
  gsq("Sell agricultural lime direct to farmers so the fines stop piling up in the yard"),
  gsq("Restore the worked-out east face to wet grassland the Wildlife Trust will take on"),
  gsq("Get our 6F2 recycled aggregate specified on the A65 scheme"),
  gsq("Hire a minerals planning consultant so the western extension gets consent before reserves run out"),
  gsq("Train loader drivers to load to the weighbridge line so lorries stop being sent back overweight"),
  gsq("Move the primary crusher down to the quarry floor so the village hears less of it", [], { parent: GSQ_NORTH_STAR }),
  gsq("Blast with electronic detonators so the vibration complaints from Conistone stop"),
  gsq("Keep the asphalt plant running thru the winter by building a covered stockpile"),
  gsq("Ship 1.4 million tonnes of aggregate in 2027", [N]),
  gsq("Rail share of dispatched tonnage: 40%", [N]),
  gsq("Diesel litres per tonne crushed", [N]),
  gsq("New weighbridge office and canopy", [T]),
  gsq("Quarry open day for the Dales festival, June", [T]),
  gsq("Annual review of the health and safety document under the Quarries Regulations", [C]),
  gsq("Geotechnical inspection of the tips and lagoons under the Quarries Regs", [C]),
  gsq("Walk the haul roads and check the berms twice a shift", [N, J]),
  gsq("Take a sample from each stockpile and grade it before dispatch", [J]),
  gsq("Damp down the haul roads when it's dry", [J]),
  gsq("Asphalt plant", [G]),
  gsq("Head of Mineral Planning", [G]),
  gsq("Move more of our stone by train so there are fewer HGVs through Kettlewell", [K], {
    parent: GSQ_NORTH_STAR,
    siblings: [GSQ_RAIL],
  }),
  gsq("Get the national park authority to back the western extension", [M], { krs: [placeholder("Park support")] }),
  gsq("Get upland farmers spreading lime on their pastures again", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// sheltered-housing: "Hollins Court Homes", forty sheltered housing schemes for over-55s in
// Lancashire (scheme managers, an alarm receiving centre, communal lounges, guest rooms).
const hch = at('sheltered-housing');
const HCH_NORTH_STAR = "Let older people in Lancashire stay independent for as long as they want, without being lonely";
const HCH_RELET = "Re-let 180 flats in 2027/28";
const SHELTERED: Holdout15Entry[] = [
  hch(HCH_NORTH_STAR),
  hch("Agree step-down flats with the council so fewer tenants wait in hospital for a care package"),
  hch("Move the alarm service onto digital units so residents aren't cut off when the copper lines go"),
  hch("Turn the empty guest rooms into short stays for people coming out of hospital"),
  hch("Get residents running the lounge activities themselves so they still happen when the scheme manager is off"),
  hch("Hire a safeguarding lead so we can take referrals from the council's adult social care team"),
  hch("Set up a buddy scheme so no resident goes a whole weekend without seeing anyone", [], { parent: HCH_NORTH_STAR }),
  hch("Fit level-access showers in the 1970s blocks so nobody has to move out when they can't step into a bath"),
  hch("Audit which schemes have the emptiest flats and fix whatever puts people off them"),
  hch("Bring the waiting list for ground-floor flats down by converting the unlettable bedsits"),
  hch("Voids: under 3% of flats empty at any one time", [N]),
  hch(HCH_RELET, [N]),
  hch("Tenant satisfaction (TSM) score", [N]),
  hch("Summer garden party at Hollins Court, July", [T]),
  hch("New residents' handbook", [T]),
  hch("Fire risk assessments reviewed for every scheme", [C]),
  hch("TEC Quality accreditation for the alarm centre renewed", [C]),
  hch("Ring every resident through the alarm unit each morning", [J]),
  hch("Test the pull cords in each flat on the monthly visit", [J], { krs: [] }),
  hch("Chase rent arrears with residents on rent day", [J]),
  hch("Scheme Managers — East", [G]),
  hch("Alarm receiving centre", [G]),
  hch("Preston schemes: re-let 60 flats this year", [N, K], { parent: HCH_RELET }),
  hch("Make the lounges somewhere people from the street come in for lunch", [M], {
    krs: [kr("Neighbours coming to lunch", "people", 0, 30, 4), empty("Lunch club set up")],
  }),
  hch("Get families to talk to us about mum's move before the crisis, not after the fall", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// cattle-market: "Brackenfold Auction Mart", a livestock market in Cumbria (weekly prime and store
// sales, breeding sales, online bidding, a café).
const bam = at('cattle-market');
const BAM_NORTH_STAR = "Keep the fell farms selling through Brackenfold rather than on contract to the big processors";
const BAM_STREAM = "Stream every ring live so buyers from Scotland can bid without the six-hour drive";
const CATTLE_MARKET: Holdout15Entry[] = [
  bam(BAM_NORTH_STAR),
  bam(BAM_STREAM),
  bam("Run a Herdwick breeding sale so fell breeders get a national price for their tups"),
  bam("Pay sellers the next day instead of on the Friday after"),
  bam("Win back the dealers who moved to Longtown by starting the store sale earlier"),
  bam("Hire a vet for an approved finishing unit sale so farms under TB restriction can still sell through us"),
  bam("Build covered pens so stock isn't stood in the rain before the ring", [], { parent: BAM_NORTH_STAR }),
  bam("Train young farmers to judge stock so the show ring has a next generation"),
  bam("Get the café busy on non-sale days by letting the Young Farmers run a Friday supper"),
  bam("Move the office onto MartEye 3 so hauliers can see their lots before they load"),
  bam("Sell 150,000 head of sheep and cattle in 2027", [N]),
  bam("Commission income up 8%", [N]),
  bam("Average price per head", [N]),
  bam("Christmas primestock show and dinner", [T]),
  bam("Repaint the sale ring and the seating", [T]),
  bam("Defra approval of the market for TB-restricted cattle renewed", [C]),
  bam("Welfare at markets training for every drover (mandatory)", [C]),
  bam("Wash and disinfect the pens after each sale", [J]),
  bam("Record every ear tag movement on ARAMS before the lorries leave", [J]),
  bam("Draw the lot order for Tuesday's sale on Monday afternoon", [J]),
  bam("Auctioneers", [G]),
  bam("Dairy ring", [G]),
  bam("Store cattle section", [G, X], { krs: [] }),
  bam("Put all our rings online live so Scottish buyers can bid from home", [K], {
    parent: BAM_NORTH_STAR,
    siblings: [BAM_STREAM],
  }),
  bam("Get the supermarket buyers taking our finished lambs", [M], { krs: [placeholder("Supermarket buyer")] }),
];

// ---------------------------------------------------------------------------------------------
// bell-foundry: "Wrenhall Bell Foundry", casting church bells and handbells, tuning, bell hanging
// and the restoration of rings, with a small museum.
const wbf = at('bell-foundry');
const WBF_NORTH_STAR = "Keep English change-ringing bells ringing for another century";
const WBF_CAST = "Cast 120 bells in 2027";
const BELL_FOUNDRY: Holdout15Entry[] = [
  wbf(WBF_NORTH_STAR),
  wbf("Tune on the new vertical lathe so churches get their bells back before Easter instead of after the summer"),
  wbf("Cast a ring of handbells schools can afford so children learn to ring before they climb a tower"),
  wbf("Sell rehanging on ball bearings to towers whose frames are too stiff for young ringers"),
  wbf("Hire a conservation-accredited bellhanger so we can bid for Grade I towers"),
  wbf("Restore the 1890s museum furnace so visitors see a real pour, not a video"),
  wbf("Win the ring for the new cathedral in Nairobi", [], { parent: WBF_NORTH_STAR }),
  wbf("Teach the apprentices to hang and tune so the knowhow doesn't retire with Ken"),
  wbf("Get the old tuning records into a database so a cracked bell can be recast to its old note"),
  wbf("Offer a tower survey with every quote so churches can plan the money with the diocese"),
  wbf(WBF_CAST, [N]),
  wbf("Export share of orders: 30%", [N]),
  wbf("Rejects per pour", [N]),
  wbf("Stand at the Ringing World national conference", [T]),
  wbf("Museum gift shop refit", [T]),
  wbf("Furnace emissions permit from the council renewed", [C]),
  wbf("Lifting plan signed off under LOLER for every tower job", [C]),
  wbf("Skim the dross and log the pour temperature for each casting", [J]),
  wbf("Clean and grease the gudgeons on every service visit", [J]),
  wbf("Tuning shop", [G]),
  wbf("Head Bellhanger", [G]),
  wbf("Museum & shop", [G]),
  wbf("Handbell line — 80 handbells cast this year", [N, K], { parent: WBF_CAST }),
  wbf("Make our handbells the set music teachers order first", [M], {
    krs: [kr("School orders", "orders", 0, 40, 6), placeholder("Teacher recommendations")],
  }),
  wbf("Get the rings we cast in the 1920s ringing again in towns that stopped", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// seaweed-farm: "Tidewrack Sea Farms", kelp and dulse on longlines off Argyll, with a hatchery;
// dried seaweed for food brands, chefs, fertiliser and cosmetics buyers.
const tsf = at('seaweed-farm');
const TSF_NORTH_STAR = "Make farmed Scottish kelp something chefs and food brands actually cook with";
const TSF_DULSE = "Sell dried dulse to crisp makers so it becomes a snack, not a curiosity";
const SEAWEED: Holdout15Entry[] = [
  tsf(TSF_NORTH_STAR),
  tsf("Dry the harvest with waste heat from the distillery so we stop paying for gas"),
  tsf("Seed the lines earlier in the autumn so the crop is thick enough to cut before the spring bloom fouls it"),
  tsf(TSF_DULSE),
  tsf("Hire a HACCP lead approved by Food Standards Scotland so we can sell fresh kelp to restaurants"),
  tsf("Get crofters growing kelp on their own moorings under our licence"),
  tsf("Win a listing for our kelp seasoning at Waitrose", [], { parent: TSF_NORTH_STAR }),
  tsf("Train the boat crew to grade at sea so the shed only handles food-grade fronds"),
  tsf("Show the Crown Estate our lines clean the water so the new site lease is easier to get"),
  tsf("Keep the hatchery producing through a warm September by chilling the seawater intake"),
  tsf("Harvest 300 wet tonnes of kelp in 2027", [N]),
  tsf("Food-grade share of the harvest: 70%", [N]),
  tsf("Cost per dry kilo", [N]),
  tsf("Seaweed foraging festival stall, Oban", [T]),
  tsf("Redesign the dulse pouch", [T]),
  tsf("Build a new drying shed", [T, M], { krs: [empty("Shed built")] }),
  tsf("Marine licence for the Loch Creran site renewed with the Marine Directorate", [C]),
  tsf("Biotoxin monitoring programme kept up to date with FSS", [C]),
  tsf("Check the moorings and longline floats after each gale", [J]),
  tsf("Wash, weigh and log each harvest bag at the pontoon", [J]),
  tsf("Hatchery", [G]),
  tsf("Sales Director", [G]),
  tsf("Argyll sites", [G]),
  tsf("Get crisp brands buying our dried dulse so it turns into a snack", [K], {
    parent: TSF_NORTH_STAR,
    siblings: [TSF_DULSE],
  }),
  tsf("Get the big cosmetics houses buying Scottish seaweed extract instead of Breton", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// ropeworks: "Hawser & Sons", a traditional rope maker in Devonport (natural-fibre and synthetic
// rope, heritage rigging for tall ships, bell ropes, theatre rope, a chandlery trade).
const hsr = at('ropeworks');
const HSR_NORTH_STAR = "Be the rope maker anyone restoring a historic ship comes to first";
const HSR_SOLD = "Rope sold: 240 km";
const ROPEWORKS: Holdout15Entry[] = [
  hsr(HSR_NORTH_STAR),
  hsr("Lay hemp rope on the old ropewalk again so museum ships stop importing it from Sweden"),
  hsr("Sell bell ropes to towers online so ringers don't wait a season for a new sally"),
  hsr("Make a recycled polyester mooring line so marinas can buy a rope that isn't virgin plastic"),
  hsr("Hire a theatre rigging specialist so we can bid for the West End fly-floor contracts"),
  hsr("Open the ropewalk to visitors so the heritage work pays for itself"),
  hsr("Win the re-rigging of the Cutty Sark", [], { parent: HSR_NORTH_STAR }),
  hsr("Train a second splicer so big eye-splice orders stop waiting for Bill"),
  hsr("Get our rope into the Royal Navy's ceremonial stores catalog"),
  hsr("Cut the waste from each lay by selling the offcuts as dog toys"),
  hsr(HSR_SOLD, [N]),
  hsr("Heritage orders up from £180k to £300k", [N]),
  hsr("Margin per metre of three-strand", [N]),
  hsr("Ropewalk open weekend for Heritage Open Days", [T]),
  hsr("New website with a rope calculator", [T]),
  hsr("Lloyd's Register type approval for the mooring lines renewed", [C]),
  hsr("Manual handling training for the ropewalk crew", [C]),
  hsr("Whip and tag every coil before it goes in the van", [J]),
  hsr("Test-break a sample from each batch and record the load", [J]),
  hsr("Ropewalk", [G]),
  hsr("Works Manager", [G]),
  hsr("Chandlery trade", [G]),
  hsr("Bell ropes — 30 km this year", [N, K], { parent: HSR_SOLD }),
  hsr("Make our bell ropes the ones the Central Council recommends to towers", [M], {
    krs: [placeholder("Recommendation")],
  }),
  hsr("Get tall-ship charities buying natural-fibre rigging again", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// falconry-centre: "Kestrel Ridge Birds of Prey Centre" (flying displays, falconry experiences,
// breeding, bird-control contracts at stations, rehabilitation of injured raptors).
const krb = at('falconry-centre');
const KRB_NORTH_STAR = "Send every visitor home having seen what a hawk does in the wild, and caring about it";
const FALCONRY: Holdout15Entry[] = [
  krb(KRB_NORTH_STAR),
  krb("Sell pigeon-control flying to the railway stations so the centre earns through the winter"),
  krb("Breed barn owls for release with the wildlife trust, not for the pet trade"),
  krb("Let disabled visitors hold a bird by adding a seated handling area"),
  krb("Hire a zoo licensing consultant so we can add the owl house to our licence and open it"),
  krb("Get rescued buzzards back in the wild sooner by building a rehab flight pen"),
  krb("Fly the displays in the open field so visitors see a stoop, not a hop to the glove", [], { parent: KRB_NORTH_STAR }),
  krb("Teach keepers to read weight and condition so birds fly keen without going too low"),
  krb("Keep the flying displays going in the rain by building a covered arena"),
  krb("Book more schools in term time by tying the visit to the Year 4 science topic"),
  krb("Experience days sold: 2,200", [N]),
  krb("Visitors up 12% on 2026", [N]),
  krb("Spend per visitor", [N]),
  krb("Halloween owl night", [T]),
  krb("New display arena signs", [T]),
  krb("Film the hawk walk for the website", [T]),
  krb("Zoo licence inspection by the council passed", [C]),
  krb("Article 10 certificates for every bird we sell", [C]),
  krb("Animal welfare training for every keeper (a zoo licence condition)", [C, M], { krs: [empty("Keepers trained")] }),
  krb("Weigh every bird each morning and write it on the board", [J]),
  krb("Clean out the mews and change the water before opening", [J]),
  krb("Display team", [G]),
  krb("Head Falconer", [G]),
  krb("Displays team: every visitor leaves having seen how a hawk hunts in the wild, and caring about it", [K], {
    parent: KRB_NORTH_STAR,
  }),
  krb("Get the stations to use hawks instead of spikes and netting", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// mushroom-farm: "Underhill Mushrooms", gourmet mushrooms grown in a disused railway tunnel in Kent
// on spent coffee grounds (oyster, shiitake, lion's mane; chefs, markets, grow kits).
const uhm = at('mushroom-farm');
const UHM_NORTH_STAR = "Grow the mushrooms London chefs can't get anywhere else, out of London's own waste";
const UHM_SELL = "Sell 60 tonnes of mushrooms in 2027";
const MUSHROOM: Holdout15Entry[] = [
  uhm(UHM_NORTH_STAR),
  uhm("Grow on spent grounds from the coffee chains so we stop buying straw"),
  uhm("Sell the spent substrate to allotment growers so it stops going in a skip"),
  uhm("Get lion's mane onto restaurant menus as a main, not a garnish"),
  uhm("Hire a Soil Association certification manager so we can sell to the organic box schemes"),
  uhm("Keep the tunnel at fruiting temperature through a heatwave without buying a chiller"),
  uhm("Deliver to restaurants by cargo bike so mushrooms arrive the morning they're picked", [], { parent: UHM_NORTH_STAR }),
  uhm("Train market staff to cook samples so people try something other than oyster"),
  uhm("Sell grow kits to primary schools for the Year 2 plants topic"),
  uhm("Cut contamination in the shiitake logs by pasteurising in smaller batches"),
  uhm(UHM_SELL, [N]),
  uhm("Restaurant accounts: 140", [N]),
  uhm("Yield per kilo of substrate", [N]),
  uhm("Market gazebo and new price boards", [T]),
  uhm("Design the Christmas grow-kit gift box", [T], { krs: [] }),
  uhm("Chef open day in the tunnel, March", [T]),
  uhm("Food hygiene inspection by environmental health passed", [C]),
  uhm("Confined space training for everyone who works in the tunnel", [C]),
  uhm("Mist the fruiting rooms and log the humidity at the start of each shift", [J]),
  uhm("Pick, weigh and chill each room's flush before noon", [J]),
  uhm("Tunnel 2", [G]),
  uhm("Wholesale", [G]),
  uhm("Oyster range: 35 tonnes this year", [N, K], { parent: UHM_SELL }),
  uhm("Make Underhill the name on the menu, not just 'wild mushrooms'", [M], {
    krs: [kr("Menus naming us", "menus", 0, 50, 8), placeholder("Menu credits")],
  }),
  uhm("Get a hospital kitchen serving our mushrooms in patient meals", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// type-foundry: "Ligature Type Co.", an independent digital type foundry (retail fonts, custom
// typefaces for brands, variable fonts, licensing, an evening course in type design).
const lig = at('type-foundry');
const LIG_NORTH_STAR = "Make type from a small foundry the obvious choice for brands that want to sound like themselves";
const LIG_SELFSERVE = "Make licensing self-serve so a small studio can buy an app licence without emailing us";
const TYPE_FOUNDRY: Holdout15Entry[] = [
  lig(LIG_NORTH_STAR),
  lig("Ship every family as a variable font so web customers load one file instead of twelve"),
  lig("Extend our best-seller to Arabic and Devanagari so global brands don't have to pair it with a stranger"),
  lig("Sell custom typefaces to local councils so their signs and forms finally match"),
  lig("Hire a licensing manager so agencies stop putting desktop licences into apps without paying"),
  lig(LIG_SELFSERVE),
  lig("Win a custom type commission from a national newspaper", [], { parent: LIG_NORTH_STAR }),
  lig("Teach the evening course online so designers outside London can learn type design"),
  lig("Cut the hinting time per weight by scripting it in Glyphs 3"),
  lig("Audit which families never sell and retire them so the catalogue is easier to browse"),
  lig("Retail licence revenue £1.1m", [N]),
  lig("Custom commissions: 14", [N]),
  lig("Refund rate on web licences", [N]),
  lig("Specimen book for the new serif", [T]),
  lig("Type talk at ATypI, Copenhagen", [T]),
  lig("Redesign the trial font download page (LIG-342)", [T]),
  lig("PCI DSS self-assessment questionnaire filed", [C]),
  lig("VAT OSS returns filed for EU customers", [C]),
  lig("Answer licensing questions in the support inbox", [J]),
  lig("Rebuild and upload the font files whenever a glyph bug is reported", [J]),
  lig("Custom type studio", [G]),
  lig("Creative Director", [G]),
  lig("Let small studios buy app licences themselves without having to email us", [K], {
    parent: LIG_NORTH_STAR,
    siblings: [LIG_SELFSERVE],
  }),
  lig("Make our fonts the ones design students pick for their degree shows", [M], {
    krs: [placeholder("Students using our fonts")],
  }),
  lig("Get app developers paying for the type they ship", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// heritage-railway: "Ashcombe Valley Railway", a volunteer-run standard-gauge steam line (eight
// miles, a loco works, dining trains, Santa specials).
const avr = at('heritage-railway');
const AVR_NORTH_STAR = "Keep steam running up the Ashcombe valley for people who never saw it the first time";
const AVR_CARRY = "Carry 95,000 passengers in 2027";
const HERITAGE_RAILWAY: Holdout15Entry[] = [
  avr(AVR_NORTH_STAR),
  avr("Run a winter timetable so the line earns outside the summer and the Santa season"),
  avr("Recruit younger volunteers with a Saturday youth gang in the loco works"),
  avr("Get the boiler of 4277 back in ticket so we're not hiring in a loco every summer"),
  avr("Run a connecting bus from the mainline station so visitors can come without a car"),
  avr("Hire a traincrew training manager so we can run a second train on busy days"),
  avr("Reopen the line to Ashcombe Quay so passengers end the trip by the sea", [], { parent: AVR_NORTH_STAR }),
  avr("Sell footplate experiences on weekdays so the crews we're training get more miles"),
  avr("Teach volunteer guards to take card payments on the train so fewer people queue at the booking office"),
  avr("Keep the dining train running after our chef leaves by bringing in the pub next door"),
  avr(AVR_CARRY, [N]),
  avr("Average spend per passenger up from £21 to £26", [N]),
  avr("Volunteer hours", [N]),
  avr("Gala weekend with visiting locomotives, September", [T]),
  avr("Repaint the station footbridge in company colors", [T]),
  avr("Rewrite the volunteer handbook", [T]),
  avr("ROGS safety management system audit by the ORR", [C]),
  avr("Boiler insurance inspection of 4277 passed", [C]),
  avr("Walk the line before the first train each running day", [J]),
  avr("Coal and water the engine and clean the fire after the last train", [J]),
  avr("Loco works", [G]),
  avr("Commercial Director", [G]),
  avr("Santa specials: 22,000 passengers", [N, K], { parent: AVR_CARRY }),
  avr("Make the valley's schools use the railway for their local history topic", [M], {
    krs: [placeholder("School visits")],
  }),
  avr("Get the mainline operators selling through-tickets to our stations", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// tannery: "Pennbrook Tannery", an oak-bark tannery in Somerset with a chrome-free line (leather
// for saddlery, shoes and bookbinding).
const pbt = at('tannery');
const PBT_NORTH_STAR = "Make leather that lasts a lifetime, from a tannery the river doesn't notice";
const PBT_BARK = "Tan with bark from local coppice so we stop shipping mimosa from South Africa";
const TANNERY: Holdout15Entry[] = [
  pbt(PBT_NORTH_STAR),
  pbt(PBT_BARK),
  pbt("Sell hides traceable to the farm so luxury brands can tell the story"),
  pbt("Turn the shavings into fertiliser pellets so the skip bills stop"),
  pbt("Hire an environmental compliance manager so the new line gets its effluent consent"),
  pbt("Get bookbinders in the US using oak-bark leather for conservation work"),
  pbt("Win the saddlers back from Italian leather by matching their thickness spec", [], { parent: PBT_NORTH_STAR }),
  pbt("Train a second currier so harness-back orders stop waiting"),
  pbt("Cut the water used per hide by reusing the lime liquors"),
  pbt("Open a factory shop so the offcuts sell instead of going to landfill"),
  pbt("Process 40,000 hides in 2027", [N]),
  pbt("Grade A yield: 60% of hides", [N]),
  pbt("Chrome-free share of sales", [N]),
  pbt("Stand at Lineapelle, Milan", [T]),
  pbt("New sample swatch cards", [T]),
  pbt("Trade effluent consent conditions met for the river discharge", [C]),
  pbt("Leather Working Group audit passed", [C]),
  pbt("COSHH training for everyone in the beamhouse", [C]),
  pbt("Turn the hides in the pits twice a day", [N, J]),
  pbt("Measure and stamp each hide before it goes to the warehouse", [J]),
  pbt("Beamhouse", [G]),
  pbt("Head Currier", [G]),
  pbt("Use bark from Somerset coppice instead of importing mimosa", [K], {
    parent: PBT_NORTH_STAR,
    siblings: [PBT_BARK],
  }),
  pbt("Make Pennbrook the leather saddlers insist on", [M], {
    krs: [kr("Saddlers buying direct", "saddlers", 0, 60, 22), empty("Saddlers insisting")],
  }),
  pbt("Get luxury brands paying for traceable hides rather than the cheapest", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// mens-shed: "Forge Lane Men's Shed", a community workshop charity for older men (woodwork, a
// repair café, bike refurbishing, a walking group).
const fls = at('mens-shed');
const FLS_NORTH_STAR = "Give men who've retired or lost someone a reason to get out of the house and a bench to work at";
const FLS_SHARPEN = "Sharpen the chisels and plane irons every Friday";
const MENS_SHED: Holdout15Entry[] = [
  fls(FLS_NORTH_STAR),
  fls("Get GPs referring lonely men to the shed through social prescribing"),
  fls("Run a repair café so neighbours' broken things don't end up in the bin"),
  fls("Open a Thursday session so wives and widows can use the tools too"),
  fls("Appoint a safeguarding trustee so we can take referrals from the mental health team"),
  fls("Sell bird boxes and benches to the council so the shed pays its own rent"),
  fls("Pick up members who can't drive so nobody stops coming when they lose their licence", [], {
    parent: FLS_NORTH_STAR,
  }),
  fls("Pair older members with apprentices from the college so the skills get passed on"),
  fls("Keep the shed open all winter by insulating the roof"),
  fls("Train the regulars to welcome newcomers so a first visit isn't a lonely one"),
  fls("Regular members: 60", [N]),
  fls("Raise £25k for a bigger workshop", [N]),
  fls("Members who come back after a first visit", [N]),
  fls("Summer barbecue and open day", [T]),
  fls("New sign over the door", [T]),
  fls("PAT testing certificates in date for all the power tools", [C]),
  fls("Charity Commission annual return filed", [C]),
  fls("Trustees' safeguarding training done", [C]),
  fls("Lock up, sweep the floor and switch off the extractor at close", [J]),
  fls(FLS_SHARPEN, [J]),
  fls("Bike workshop", [G]),
  fls("Chair of Trustees", [G]),
  fls("Hone the plane blades and chisels each Friday", [J, K], { parent: "Workshop team", siblings: [FLS_SHARPEN] }),
  fls("Make the shed the first place the bereavement service mentions", [M], {
    krs: [placeholder("Referrals from bereavement service")],
  }),
  fls("Get men under 65 coming as well as the retired", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// insulation-installer: "Warmwell Retrofit", loft, cavity and external wall insulation in the
// Midlands (ECO and council schemes, social landlords, private homeowners).
const wwr = at('insulation-installer');
const WWR_NORTH_STAR = "Make draughty Midlands homes warm enough that nobody chooses between heating and eating";
const INSULATION: Holdout15Entry[] = [
  wwr(WWR_NORTH_STAR),
  wwr("Survey homes with a thermal camera so customers see where the heat goes before we quote"),
  wwr("Fix the cavity jobs other installers botched so social landlords have one firm to call"),
  wwr("Train our own external wall crews so jobs stop waiting on subcontractors"),
  wwr("Hire a PAS 2035 retrofit coordinator so we can bid for the social housing contracts"),
  wwr("Offer an after-winter check-in so customers tell us if a room is still cold"),
  wwr("Win the Nottingham City Homes external wall contract", [], { parent: WWR_NORTH_STAR }),
  wwr("Cut callbacks for damp by ventilating every room we insulate"),
  wwr("Get private landlords insulating before the new EPC rules bite"),
  wwr("Keep the crews busy in summer by selling loft top-ups to homeowners"),
  wwr("Insulate 3,500 homes in 2027", [N]),
  wwr("Callbacks within 12 months under 2%", [N]),
  wwr("Cost of remedials per job", [N]),
  wwr("Van livery for the new fleet", [T]),
  wwr("Stand at the Homebuilding & Renovating Show", [T]),
  wwr("TrustMark registration renewed", [C]),
  wwr("PAS 2030 certification audit passed", [C]),
  wwr("Asbestos awareness training for every installer", [C]),
  wwr("Photograph every wall before and after and upload it to the job file", [J]),
  wwr("Book in the surveys from the council's referral list each morning", [J]),
  wwr("Social housing contracts", [G]),
  wwr("Operations Manager", [G]),
  wwr("External wall team", [G, X], { krs: [] }),
  wwr("Install team: make draughty Midlands homes warm enough that no one has to pick between heating and eating", [K], {
    parent: WWR_NORTH_STAR,
  }),
  wwr("Make tenants want us back in their street", [M], { krs: [placeholder("Street referrals")] }),
];

// ---------------------------------------------------------------------------------------------
// thermal-spa: "Aquae Minerva Baths", a spa on a natural hot spring in a Georgian city (a rooftop
// pool, treatment rooms, the Pump Room restaurant).
const amb = at('thermal-spa');
const AMB_NORTH_STAR = "Make bathing in the hot spring something locals do every week, not a once-in-a-lifetime treat";
const AMB_CARD = "Sell a residents' card so people who live here can swim after work for the price of a coffee";
const THERMAL_SPA: Holdout15Entry[] = [
  amb(AMB_NORTH_STAR),
  amb(AMB_CARD),
  amb("Heat the building from the spring water we already pump so the gas bill falls"),
  amb("Open the rooftop pool after dark in winter so the evenings fill up"),
  amb("Hire a water quality specialist so we can open the second spring for bathing"),
  amb("Let GPs prescribe a course of treatments for patients with arthritis"),
  amb("Take walk-ins at the door so people don't have to book weeks ahead", [], { parent: AMB_NORTH_STAR }),
  amb("Train therapists in oncology massage so people in cancer treatment can come"),
  amb("Cut the weekend queue at the door by selling timed entry online"),
  amb("Keep the Pump Room open on winter evenings with a supper menu"),
  amb("Bathing visits: 420,000", [N]),
  amb("Treatment room occupancy 80%", [N]),
  amb("Spend per visit", [N]),
  amb("Roman night at the Pump Room, October", [T]),
  amb("New robes and towels with the logo", [T]),
  amb("Pool water test records kept to the PWTAG code", [C]),
  amb("Lifeguard qualification renewals for the whole pool team", [C]),
  amb("Legionella risk assessment reviewed for the spring pipework", [C], { krs: [] }),
  amb("Backwash the filters after the last session", [J]),
  amb("Check the spring temperature at the borehole each morning and log it", [J]),
  amb("Treatment rooms", [G]),
  amb("Spa Director", [G]),
  amb("Offer locals a residents' card so they can bathe after work for the cost of a coffee", [K], {
    parent: AMB_NORTH_STAR,
    siblings: [AMB_CARD],
  }),
  amb("Make the baths where city workers unwind after work", [M], { krs: [placeholder("After-work visits")] }),
  amb("Get visitors to stay an extra night for the spa rather than come on a day trip", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// wigmaker: "Barnard & Lyle Wigs", hand-made wigs for theatre, film and people with hair loss
// (NHS vouchers, a children's charity, a hire stock).
const bnl = at('wigmaker');
const BNL_NORTH_STAR = "Make a hand-knotted wig something anyone losing their hair can afford, not only actors";
const BNL_NURSES = "Teach hospital nurses to fit and style a wig so patients aren't sent to a salon";
const WIGMAKER: Holdout15Entry[] = [
  bnl(BNL_NORTH_STAR),
  bnl("Get NHS trusts to fund our medical wigs at the voucher price so patients don't top up"),
  bnl("Buy hair ethically from donors in the UK so we stop relying on brokers"),
  bnl(BNL_NURSES),
  bnl("Hire an account manager from a West End wardrobe so we win the long-running musicals"),
  bnl("Cut the wait for a medical wig by knotting the fronts in advance"),
  bnl("Set up a private fitting room so people losing their hair don't sit in the shop window", [], {
    parent: BNL_NORTH_STAR,
  }),
  bnl("Train a second knotter so rush orders for film stop going to Italy"),
  bnl("Offer children's wigs through the charity so kids with alopecia get one that fits"),
  bnl("Keep the film department busy between shoots by renting out the stock"),
  bnl("Make 900 wigs in 2027", [N]),
  bnl("Medical wig revenue up 20%", [N]),
  bnl("Knotting hours per full lace wig", [N]),
  bnl("Backstage tour and wig demo for the Bristol Old Vic", [T]),
  bnl("New photos for the medical wig brochure", [T]),
  bnl("Data protection training for staff who see patient records", [C]),
  bnl("Medical device registration with the MHRA kept up to date", [C]),
  bnl("Wash, set and dress the hire wigs when they come back from a show", [J]),
  bnl("Log each donor's hair by length and colour when it arrives", [J]),
  bnl("Theatre & film", [G]),
  bnl("Head of Wigs", [G]),
  bnl("Medical team — make a hand-knotted wig affordable to anyone losing their hair, not just actors", [K], {
    parent: BNL_NORTH_STAR,
  }),
  bnl("Train ward nurses to style and fit wigs so patients don't need a salon", [K], {
    parent: BNL_NORTH_STAR,
    siblings: [BNL_NURSES],
  }),
  bnl("Make our medical wigs the ones oncology nurses recommend", [M], { krs: [placeholder("Nurse recommendations")] }),
  bnl("Get health boards in Scotland funding wigs at a fair price", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// motorway-services: "Hartside Services", an independent motorway service area on the M6 (farm
// shop, kitchen, fuel forecourt, EV chargers, a truck stop, a hotel).
const hts = at('motorway-services');
const HTS_NORTH_STAR = "Be the services people plan their journey around, not the one they put up with";
const HTS_DRIVERS = "Give lorry drivers a proper meal and a safe shower so they choose us for their night break";
const MOTORWAY_SERVICES: Holdout15Entry[] = [
  hts(HTS_NORTH_STAR),
  hts("Sell food from farms within 30 miles so the shop tastes of Cumbria"),
  hts(HTS_DRIVERS),
  hts("Put in more rapid chargers so EV drivers stop queueing on bank holidays"),
  hts("Hire a food safety manager so we can open our own bakery counter"),
  hts("Cut litter on the slip roads by moving the bins to where people actually eat"),
  hts("Open a dog walk by the lake so people stop for longer", [], { parent: HTS_NORTH_STAR }),
  hts("Train the kitchen staff to cook from scratch so we can drop the frozen menu"),
  hts("Keep the farm shop stocked on M6 closure days by holding extra stock at the hotel"),
  hts("Get coach operators booking their comfort stops with us"),
  hts("Fuel margin per litre", [N]),
  hts("Shop sales £9m", [N]),
  hts("Average dwell time up from 22 to 30 minutes", [N]),
  hts("Christmas market in the car park", [T]),
  hts("Redecorate the hotel corridors", [T]),
  hts("Food hygiene inspection of the kitchen by environmental health", [C]),
  hts("Petroleum storage certificate renewed for the forecourt", [C]),
  hts("Clean the toilets and sign the check sheet on the rota", [J]),
  hts("Empty the bins across the picnic area before dark", [J]),
  hts("Truck stop", [G]),
  hts("Forecourt Manager", [G]),
  hts("Shop team: be the services people plan their trip around rather than put up with", [K], {
    parent: HTS_NORTH_STAR,
  }),
  hts("Give HGV drivers a decent meal and a safe shower so they pick us for the overnight stop", [K], {
    parent: HTS_NORTH_STAR,
    siblings: [HTS_DRIVERS],
  }),
  hts("Make the farm shop somewhere people who live nearby do their weekly shop", [M], {
    krs: [kr("Local loyalty card holders", "people", 0, 3000, 400), empty("Locals shopping")],
  }),
  hts("Get the tourist board to list us as the gateway to the Lakes", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// tea-estate: "Trevellis Tea Estate", a Cornish tea garden (estate-grown tea, imported blends,
// tours, a café, wholesale to hotels).
const tte = at('tea-estate');
const TTE_NORTH_STAR = "Make a cup of English-grown tea something people seek out, not a novelty";
const TEA_ESTATE: Holdout15Entry[] = [
  tte(TTE_NORTH_STAR),
  tte("Plant frost-hardy cultivars on the north slope so a late frost doesn't wipe out the first flush"),
  tte("Sell tea-garden tours to coach groups outside the summer holidays"),
  tte("Get the hotel groups serving our blend at breakfast"),
  tte("Hire an organic certification lead so we can sell to the Japanese buyers"),
  tte("Hand-roll a small-batch green tea so the estate leaf sells at a premium"),
  tte("Win a gold at the Global Tea Championships for our own leaf", [], { parent: TTE_NORTH_STAR }),
  tte("Train cafe staff to brew each tea properly so people taste the difference"),
  tte("Cut the losses to frost by putting fleece over the young bushes"),
  tte("Switch to compostable pyramid bags so the zero-waste shops will stock us"),
  tte("Sell 12 tonnes of tea in 2027", [N]),
  tte("Tour bookings 8,000", [N]),
  tte("Margin per kilo of estate leaf", [N]),
  tte("Tea festival at the estate, May", [T]),
  tte("New tin design for the breakfast blend", [T]),
  tte("Food business registration and hygiene inspection for the café", [C]),
  tte("Pesticide application certificates for everyone who sprays", [C]),
  tte("Pluck the bushes and weigh the baskets at the end of each picking", [J]),
  tte("Wither and roll each day's leaf before the factory closes", [J]),
  tte("Café & tours", [G]),
  tte("Estate Manager", [G]),
  tte("Tours team: make a cup of English-grown tea something people go looking for, not a novelty", [K], {
    parent: TTE_NORTH_STAR,
  }),
  tte("Make Trevellis the tea Cornish hotels boast about on their menus", [M], { krs: [placeholder("Hotels naming us")] }),
  tte("Get tea buyers trusting English leaf as much as Darjeeling", [M], {
    krs: [kr("Trade buyers", "buyers", 0, 20, 3), empty("Trust")],
  }),
  tte("Get the National Trust cafés serving estate-grown tea", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// insolvency-practice: "Calder Restructuring", an insolvency and restructuring practice in
// Yorkshire (CVAs, administrations, IVAs, advice to directors and banks).
const cr = at('insolvency-practice');
const CR_NORTH_STAR = "Save the viable businesses in Yorkshire that a bad year would otherwise close";
const INSOLVENCY: Holdout15Entry[] = [
  cr(CR_NORTH_STAR),
  cr("Get directors talking to us months before the bank calls in the loan"),
  cr("Sell businesses in administration as going concerns so the jobs survive"),
  cr("Write to creditors in plain English so fewer of them ring the office confused"),
  cr("Hire a licensed insolvency practitioner for Sheffield so we can take appointments there"),
  cr("Cut the time creditors wait for a dividend by agreeing claims online"),
  cr("Train accountants in small firms to spot insolvency early so they refer clients in time", [], {
    parent: CR_NORTH_STAR,
  }),
  cr("Offer turnaround reviews to the banks so viable customers get a plan, not a receiver"),
  cr("Win a place on HMRC's panel for time-to-pay cases"),
  cr("Move case files to Turnkey IPS 8 so a new case is set up in a day, not a week"),
  cr("Fee income £4.6m", [N]),
  cr("CVAs approved by creditors: 85%", [N]),
  cr("Average return to unsecured creditors", [N]),
  cr("Breakfast seminar for accountants, Leeds, March", [T]),
  cr("New website with the directors' guide", [T]),
  cr("IPA monitoring visit passed", [C]),
  cr("Anti-money laundering training for every case administrator", [C]),
  cr("Answer creditor calls on the case line", [J]),
  cr("Post each case's receipts and payments to the ledger every week", [J]),
  cr("Personal insolvency", [G]),
  cr("Head of Restructuring", [G]),
  cr("Advisory team — save the Yorkshire businesses that could survive but a bad year would close", [K], {
    parent: CR_NORTH_STAR,
  }),
  cr("Make Calder the first call for a director who's worried", [M], { krs: [placeholder("Director calls")] }),
  cr("Get more IVAs to the finish instead of failing in their third year", [M], {
    krs: [kr("IVAs completed", "%", 40, 60, 45), placeholder("Fewer failures")],
  }),
  cr("Get the banks sending us distressed customers before they appoint", [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// turf-farm: "Greenlees Turf", a turf grower and sports pitch contractor in Lincolnshire
// (cultivated and wildflower turf, hybrid pitches, renovations).
const glt = at('turf-farm');
const GLT_NORTH_STAR = "Put a pitch under every grassroots team that doesn't get cancelled when it rains";
const TURF_FARM: Holdout15Entry[] = [
  glt(GLT_NORTH_STAR),
  glt("Grow wildflower turf so housing developers can hand over a meadow, not a lawn"),
  glt("Cut water use in dry summers by growing drought-tolerant fescues"),
  glt("Sell end-of-season renovations to village cricket clubs as a fixed-price package"),
  glt("Hire a drainage engineer so we can bid for the Football Foundation pitch programme"),
  glt("Deliver turf the day it's cut so it doesn't yellow on the pallet"),
  glt("Win the hybrid pitch for Lincoln City's training ground", [], { parent: GLT_NORTH_STAR }),
  glt("Train groundsmen at the clubs we build for so the pitch still drains in year three"),
  glt("Keep the harvesters cutting through wet autumns by laying hard standings"),
  glt("Harvest 1.2 million m² of turf in 2027", [N]),
  glt("Repeat business from clubs: 60%", [N]),
  glt("Net margin per square metre", [N]),
  glt("Stand at SALTEX, NEC", [T]),
  glt("New drone footage for the website", [T]),
  glt("Water abstraction licence renewed with the Environment Agency", [C]),
  glt("Pesticide spraying certificates (PA1 and PA6) for all operators", [C]),
  glt("Mow the growing fields on the rota and change the mower blades", [J]),
  glt("Load the artics in cut order for the next day's deliveries", [J]),
  glt("Sports construction", [G]),
  glt("Head Agronomist", [G]),
  glt("Contracts team: give every grassroots team a pitch that doesn't get called off in the rain", [K], {
    parent: GLT_NORTH_STAR,
  }),
  glt("Make Greenlees the name groundsmen ask for at the merchant", [M], { krs: [placeholder("Merchant requests")] }),
  glt("Get councils renovating pitches instead of closing them", [X], { krs: [] }),
  glt("Get the big housebuilders laying turf in gardens again instead of seeding", [X], { krs: [] }),
  glt("Make our wildflower turf the one ecologists specify for new estates", [X], { krs: [] }),
];

export const HOLDOUT_15: Holdout15Entry[] = [
  ...COASTGUARD,
  ...QUARRY,
  ...SHELTERED,
  ...CATTLE_MARKET,
  ...BELL_FOUNDRY,
  ...SEAWEED,
  ...ROPEWORKS,
  ...FALCONRY,
  ...MUSHROOM,
  ...TYPE_FOUNDRY,
  ...HERITAGE_RAILWAY,
  ...TANNERY,
  ...MENS_SHED,
  ...INSULATION,
  ...THERMAL_SPA,
  ...WIGMAKER,
  ...MOTORWAY_SERVICES,
  ...TEA_ESTATE,
  ...INSOLVENCY,
  ...TURF_FARM,
];

// ---------------------------------------------------------------------------------------------
// Plans: 15 nodes each, in tree order. Only the copies carry goal-clone.
type PlanNode = Holdout15Plan['nodes'][number];
const n = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): PlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_15_PLANS: Holdout15Plan[] = [
  {
    name: 'Cairnhaven — station plan 2027',
    domain: 'coastguard-station',
    nodes: [
      n('root', null, 'Cairnhaven Coastguard — station plan 2027', [G]),
      n('ns', 'root', 'Get a rescue team to anyone cut off by the Solway tide before the water does'),
      n('mud', 'root', 'Mud & water team', [G]),
      n('mud-1', 'mud', 'Mud team: reach anyone stuck out on the Solway before the tide does', [K]),
      n('mud-2', 'mud', 'Average time from page to on scene under 25 minutes', [N]),
      n('mud-3', 'mud', 'Wash down the mud sled and the drysuits after each tidal job', [J]),
      n('cliff', 'root', 'Cliff team', [G]),
      n('cliff-1', 'cliff', 'Cliff rescues: on scene within 25 mins on average', [N, K]),
      n('cliff-2', 'cliff', 'Rope rescue competence assessment signed off for all technicians', [C]),
      n('cliff-3', 'cliff', 'Hose down and hang the ropes to dry after every call-out', [J]),
      n('cliff-4', 'cliff', 'Get drone thermal imaging onto cliff searches so we find people after dark'),
      n('so', 'root', 'Station Officer', [G]),
      n('so-1', 'so', "Recruit volunteers who live within sight of the estuary so a night call isn't a long drive"),
      n('so-2', 'so', 'Annual medical for every cliff technician (mandatory)', [C]),
      n('so-3', 'so', 'Station officer: make sure a team gets to anyone cut off by the tide before the water does', [K]),
    ],
    cloneGroups: [
      ['ns', 'mud-1', 'so-3'],
      ['mud-2', 'cliff-1'],
    ],
  },
  {
    name: 'Greyscar FY27 OKRs',
    domain: 'quarry',
    nodes: [
      n('root', null, 'Greyscar Quarry FY27 OKRs', [G]),
      n('ns', 'root', 'Make Greyscar the quarry the Dales would miss if it closed'),
      n('ops', 'ns', 'Extraction & processing', [G]),
      n('ops-1', 'ops', 'Ship 1.4 million tonnes of aggregate in 2027', [N]),
      n('ops-2', 'ops', 'Walk the haul roads and check the berms twice a shift', [N, J]),
      n('ops-3', 'ops', 'Move the primary crusher down to the quarry floor so the village hears less of it'),
      n('rail', 'ns', 'Rail sidings', [G]),
      n('rail-1', 'rail', 'Rail — 560,000 tonnes out by train', [N, K]),
      n('rail-2', 'rail', 'Sidings crew: walk the haul roads and check the berms two times each shift', [N, J, K]),
      n('lime', 'ns', 'Agricultural lime', [G]),
      n('lime-1', 'lime', 'Lime sales — 90,000 t to farms', [N, K]),
      n('lime-2', 'lime', 'Sell lime straight to farmers so the fines stop piling up in the yard'),
      n('hse', 'ns', 'Head of Health, Safety & Environment', [G]),
      n('hse-1', 'hse', 'Annual review of the health and safety document under the Quarries Regulations', [C]),
      n('hse-2', 'hse', 'Boundary dust monitoring under the environmental permit', [C]),
    ],
    cloneGroups: [
      ['ops-1', 'rail-1', 'lime-1'],
      ['ops-2', 'rail-2'],
    ],
  },
  {
    name: 'Hollins Court Homes — business plan 2027/28',
    domain: 'sheltered-housing',
    nodes: [
      n('root', null, 'Hollins Court Homes — business plan 2027/28', [G]),
      n('ns', 'root', 'Let older people in Lancashire live independently for as long as they want, and not lonely'),
      n('east', 'root', 'Scheme Managers — East', [G]),
      n('east-1', 'east', 'East schemes: older people living independently as long as they like, without loneliness', [K]),
      n('east-2', 'east', 'Ring every resident through the alarm unit each morning', [J]),
      n('east-3', 'east', 'Test the pull cords in each flat on the monthly visit', [J]),
      n('west', 'root', 'Scheme Managers — West', [G]),
      n('west-1', 'west', 'Call each resident on the alarm unit every morning', [J, K]),
      n('west-2', 'west', 'Pull cords tested in every flat on the monthly round', [J, K]),
      n('west-3', 'west', 'Turn the empty guest rooms into short stays for people leaving hospital'),
      n('arc', 'root', 'Alarm receiving centre', [G]),
      n('arc-1', 'arc', 'TEC Quality accreditation for the alarm centre renewed', [C]),
      n('arc-2', 'arc', "Move the alarm units to digital so residents aren't cut off when the copper is switched off"),
      n('let', 'root', 'Lettings', [G]),
      n('let-1', 'let', 'Re-let 180 flats in 2027/28', [N]),
    ],
    cloneGroups: [
      ['ns', 'east-1'],
      ['east-2', 'west-1'],
      ['east-3', 'west-2'],
    ],
  },
  {
    name: 'Brackenfold Mart priorities 2027',
    domain: 'cattle-market',
    nodes: [
      n('root', null, 'Brackenfold Mart priorities 2027', [G]),
      n('ns', 'root', 'Keep the fell farms selling through Brackenfold rather than on contract to the processors'),
      n('sheep', 'root', 'Sheep sales', [G]),
      n('sheep-1', 'sheep', 'Sheep: keep fell farmers selling through our ring instead of on contract to processors', [K]),
      n('sheep-2', 'sheep', 'Sell 120,000 sheep in 2027', [N]),
      n('sheep-3', 'sheep', 'Wash and disinfect the pens after each sale', [J]),
      n('cattle', 'root', 'Cattle sales', [G]),
      n('cattle-1', 'cattle', 'Cattle — 30,000 head through the ring', [N, K]),
      n('cattle-2', 'cattle', 'Disinfect and wash down the cattle pens after every sale', [J, K]),
      n('cattle-3', 'cattle', 'Defra approval for TB-restricted sales renewed', [C]),
      n('office', 'root', 'Mart office', [G]),
      n('office-1', 'office', 'Record every animal movement on ARAMS before the lorries leave', [J]),
      n('office-2', 'office', 'Pay sellers the day after the sale instead of the Friday after'),
      n('office-3', 'office', 'Welfare at markets training for every drover (mandatory)', [C]),
      n('stream', 'root', 'Stream every ring live so buyers from Scotland can bid without the drive'),
    ],
    cloneGroups: [
      ['ns', 'sheep-1'],
      ['sheep-2', 'cattle-1'],
      ['sheep-3', 'cattle-2'],
    ],
  },
  {
    name: 'Tidewrack Sea Farms — FY27 OKRs',
    domain: 'seaweed-farm',
    nodes: [
      n('root', null, 'Tidewrack Sea Farms — FY27 OKRs', [G]),
      n('ns', 'root', 'Make farmed Scottish kelp something chefs and food brands actually cook with'),
      n('food', 'ns', 'Food sales', [G]),
      n('food-1', 'food', 'Food sales team: make Scottish farmed kelp an ingredient chefs and brands really cook with', [K]),
      n('food-2', 'food', 'Win a listing for our kelp seasoning at Waitrose'),
      n('food-3', 'food', 'Food-grade share of the harvest: 70%', [N]),
      n('farm', 'ns', 'Argyll sites', [G]),
      n('farm-1', 'farm', 'Harvest 300 wet tonnes of kelp in 2027', [N]),
      n('farm-2', 'farm', 'Check the moorings and longline floats after each gale', [J]),
      n('farm-3', 'farm', 'Loch Creran — food-grade share of the crop 75%', [N, K]),
      n('farm-4', 'farm', 'Marine licence for the Loch Creran site renewed', [C]),
      n('hatch', 'ns', 'Hatchery', [G]),
      n('hatch-1', 'hatch', 'Keep the hatchery producing through a warm September by chilling the intake'),
      n('hatch-2', 'hatch', 'Hatchery crew: check moorings and longline floats after every gale', [J, K]),
      n('hatch-3', 'hatch', 'Small commercial vessel code certificate for the workboat renewed', [C]),
    ],
    cloneGroups: [
      ['ns', 'food-1'],
      ['food-3', 'farm-3'],
      ['farm-2', 'hatch-2'],
    ],
  },
  {
    name: 'Ashcombe Valley Railway — 2027 plan',
    domain: 'heritage-railway',
    nodes: [
      n('root', null, 'Ashcombe Valley Railway — 2027 plan', [G]),
      n('ns', 'root', 'Keep steam running up the Ashcombe valley for people who never saw it the first time'),
      n('loco', 'root', 'Loco works', [G]),
      n('loco-1', 'loco', "Get the boiler of 4277 back in ticket so we stop hiring a loco every summer"),
      n('loco-2', 'loco', 'Coal and water the engine and clean the fire after the last train', [J]),
      n('loco-3', 'loco', 'Boiler inspection of 4277 by the insurer passed', [C]),
      n('ops', 'root', 'Operations', [G]),
      n('ops-1', 'ops', 'Carry 95,000 passengers in 2027', [N]),
      n('ops-2', 'ops', 'Walk the line before the first train each running day', [J]),
      n('ops-3', 'ops', 'Santa specials: 22,000 passengers', [N, K]),
      n('com', 'root', 'Commercial Director', [G]),
      n('com-1', 'com', 'Commercial: keep steam running up the valley for those who never saw it first time round', [K]),
      n('com-2', 'com', 'Run a connecting bus from the mainline station so visitors can come without a car'),
      n('vol', 'root', 'Volunteers', [G]),
      n('vol-1', 'vol', 'Permanent way gang: walk the line before the first train on each running day', [J, K]),
    ],
    cloneGroups: [
      ['ops-1', 'ops-3'],
      ['ns', 'com-1'],
      ['ops-2', 'vol-1'],
    ],
  },
  {
    name: 'Warmwell Retrofit FY27 OKRs',
    domain: 'insulation-installer',
    nodes: [
      n('root', null, 'Warmwell Retrofit FY27 OKRs', [G]),
      n('ns', 'root', 'Make draughty Midlands homes warm enough that nobody chooses between heating and eating'),
      n('ins', 'ns', 'Install Director', [G]),
      n('ins-1', 'ins', 'Insulate 3,500 homes in 2027', [N]),
      n('ins-2', 'ins', 'Loft & cavity: 2,600 homes insulated', [N, K]),
      n('ins-3', 'ins', 'External wall — 900 homes', [N, K]),
      n('qa', 'ns', 'Quality & Compliance', [G]),
      n('qa-1', 'qa', 'PAS 2030 certification audit passed', [C]),
      n('qa-2', 'qa', 'Photograph every wall before and after and upload it to the job file', [J]),
      n('sales', 'ns', 'Social housing contracts', [G]),
      n('sales-1', 'sales', 'Win the Nottingham City Homes external wall contract'),
      n('sales-2', 'sales', 'Contracts team: make cold Midlands homes warm enough that no one picks between heating and eating', [K]),
      n('crews', 'ns', 'Install crews', [G]),
      n('crews-1', 'crews', 'Upload before-and-after photos of every wall to the job file', [J, K]),
      n('crews-2', 'crews', 'Cut damp callbacks by ventilating every room we insulate'),
    ],
    cloneGroups: [
      ['ins-1', 'ins-2', 'ins-3'],
      ['ns', 'sales-2'],
      ['qa-2', 'crews-1'],
    ],
  },
  {
    name: 'Aquae Minerva — season plan 2027',
    domain: 'thermal-spa',
    nodes: [
      n('root', null, 'Aquae Minerva Baths — season plan 2027', [G]),
      n('ns', 'root', 'Make bathing in the hot spring something locals do every week, not a once-in-a-lifetime treat'),
      n('pool', 'root', 'Pool & baths', [G]),
      n('pool-1', 'pool', 'Bathing visits: 420,000', [N]),
      n('pool-2', 'pool', 'Backwash the filters after the last session', [J]),
      n('pool-3', 'pool', 'Lifeguard qualification renewals for the whole pool team', [C]),
      n('pool-4', 'pool', "Sell a residents' card so locals can bathe after work for the price of a coffee"),
      n('tr', 'root', 'Treatment rooms', [G]),
      n('tr-1', 'tr', 'Treatment room occupancy 80%', [N]),
      n('tr-2', 'tr', 'Treatments: make a weekly soak in the spring normal for locals, not a one-off treat', [K]),
      n('tr-3', 'tr', 'Train therapists in oncology massage so people in cancer treatment can come'),
      n('pr', 'root', 'Pump Room', [G]),
      n('pr-1', 'pr', 'Pump Room: 60,000 bathing visits from supper-and-soak packages', [N, K]),
      n('fm', 'root', 'Facilities', [G]),
      n('fm-1', 'fm', 'Backwash the pool filters after the final session of the day', [J, K]),
    ],
    cloneGroups: [
      ['ns', 'tr-2'],
      ['pool-1', 'pr-1'],
      ['pool-2', 'fm-1'],
    ],
  },
  {
    name: 'Hartside Services priorities 2027',
    domain: 'motorway-services',
    nodes: [
      n('root', null, 'Hartside Services priorities 2027', [G]),
      n('ns', 'root', 'Be the services people plan their journey around, not the one they put up with'),
      n('shop', 'ns', 'Farm shop', [G]),
      n('shop-1', 'shop', 'Shop sales £9m', [N]),
      n('shop-2', 'shop', 'Sell food from farms within 30 miles so the shop tastes of Cumbria'),
      n('shop-3', 'shop', 'Shop team: be the services people plan their trip around, not the stop they put up with', [K]),
      n('kit', 'ns', 'Kitchen', [G]),
      n('kit-1', 'kit', 'Kitchen hygiene inspection by environmental health', [C]),
      n('kit-2', 'kit', 'Kitchen: the services people plan a journey around rather than put up with', [K]),
      n('kit-3', 'kit', 'Train the kitchen staff to cook from scratch so we can drop the frozen menu'),
      n('truck', 'ns', 'Truck stop', [G]),
      n('truck-1', 'truck', 'Empty the bins across the lorry park before dark', [J]),
      n('fore', 'ns', 'Forecourt Manager', [G]),
      n('fore-1', 'fore', 'Petroleum storage certificate renewed for the forecourt', [C]),
      n('fore-2', 'fore', 'Empty the bins on the forecourt and the picnic area before it gets dark', [J, K]),
    ],
    cloneGroups: [
      ['ns', 'shop-3', 'kit-2'],
      ['truck-1', 'fore-2'],
    ],
  },
  {
    name: 'Greenlees Turf — FY27 OKRs',
    domain: 'turf-farm',
    nodes: [
      n('root', null, 'Greenlees Turf — FY27 OKRs', [G]),
      n('ns', 'root', "Put a pitch under every grassroots team that doesn't get cancelled when it rains"),
      n('grow', 'root', 'Growing', [G]),
      n('grow-1', 'grow', 'Harvest 1.2 million m² of turf in 2027', [N]),
      n('grow-2', 'grow', 'Mow the growing fields on the rota and change the mower blades', [J]),
      n('grow-3', 'grow', 'Wildflower turf — 150,000 m² harvested', [N, K]),
      n('sc', 'root', 'Sports construction', [G]),
      n('sc-1', 'sc', "Sports construction: give every grassroots team a pitch that isn't called off in the rain", [K]),
      n('sc-2', 'sc', "Win the hybrid pitch for Lincoln City's training ground"),
      n('sc-3', 'sc', 'Repeat business from clubs: 60%', [N]),
      n('agr', 'root', 'Head Agronomist', [G]),
      n('agr-1', 'agr', 'Water abstraction licence renewed with the Environment Agency', [C]),
      n('agr-2', 'agr', 'Pesticide spraying certificates (PA1 and PA6) for all operators', [C]),
      n('agr-3', 'agr', 'Cut water use in dry summers by growing drought-tolerant fescues'),
      n('agr-4', 'agr', 'Renovation clients rebooking us: 45%', [N, K]),
    ],
    cloneGroups: [
      ['grow-1', 'grow-3'],
      ['ns', 'sc-1'],
      ['sc-3', 'agr-4'],
    ],
  },
];
