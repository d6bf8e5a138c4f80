import type { RuleCode } from '../../shared/coach/types';

/**
 * NINTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-06 by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-330 of
 * test/coach/holdout8.ts (its header with the labelling definitions and calls, its types and helpers,
 * and the comment and opening line of its first domain; none of its entries and none of its plans),
 * test/coach/report.ts (Labelled / LabelledPlan shapes), and the output of
 * `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the RuleCode type and the Finding shape), nothing
 * else of that file. Besides these it saw only file names (a listing of test/coach/ and
 * `git status --short`) and the `include` line of tsconfig.json, grepped to confirm that test/ is
 * type-checked; it was not on the brief's list and is recorded here for that reason. Not opened:
 * any other file under shared/coach/, the README, holdout.ts to holdout7.ts, holdout8.ts from line
 * 331 on, corpus.ts, handbook.ts, suite.ts, or anything under test/unit/ or test/e2e/. The coach,
 * `cascade lint`, vitest and npm test were never run on these titles. The shapes below copy
 * holdout8's (renamed Holdout9*) and were checked only with `tsc --noEmit -p tsconfig.json`,
 * including a throw-away file assigning both exports to Labelled[] and LabelledPlan[], and with a
 * throw-away counting script kept outside the repo (both deleted afterwards).
 *
 * Domains, none of them used by an earlier set (checked against the list in the brief, which covers
 * holdout.ts to holdout8.ts, and kept away from near-duplicates of it): land-registry (a national land
 * registry: title registration, the index map, searches), weather-service (a national weather service
 * with public warnings, an app and commercial contracts), statistics-office (a national statistics
 * office: census, surveys, prices, GDP), hospice (a charity hospice with shops and a lottery),
 * assistance-dogs (a charity breeding and training guide, hearing and autism assistance dogs),
 * youth-movement (a scouting-style youth charity run by volunteers), locksmith (mobile locksmiths and a
 * key-cutting shop), tree-surgeon (an arboricultural firm), window-cleaning (domestic rounds, rope access
 * and solar panels), chimney-sweep (a franchised network of sweeps and stove installers), glassworks (a
 * container-glass factory), paint-maker (a decorative paint manufacturer), chocolate-maker (bean to bar,
 * with shops and wholesale), cosmetics-maker (a skincare brand with its own factory), language-app (a
 * language-learning app with a schools edition), e-signature (a B2B e-signature SaaS), genealogy (a
 * family-history website with DNA kits), dating-app, mapping-company (map data and navigation APIs),
 * balloon-rides (hot-air balloon passenger flights and gift vouchers).
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_9: 500 objectives (25 per domain), 200 sound (expect [], 40.0%), 300 with at least one
 *   label. Per label: number-title 68, task-listing 45, compliance 45, job-requirement 45,
 *   generic-container 45, goal-clone 22, kr-not-measurable 22, no-key-results 22. Fourteen entries
 *   carry two labels: number-title + goal-clone (7), number-title + job-requirement (3),
 *   generic-container + no-key-results (2), and one each of task-listing + kr-not-measurable and
 *   compliance + kr-not-measurable. 25 entries have `krs: []`: 20 sound titles (no-key-results), 2
 *   containers (also no-key-results), and one duty, one task and one compliance title (no
 *   no-key-results: the definition excludes them).
 * - HOLDOUT_9_PLANS: 10 plans, 150 nodes (15 each), 26 clone groups (22 of two members, 4 of three;
 *   30 copies); 24 sound nodes. Per label: generic-container 40, number-title 33, goal-clone 30,
 *   job-requirement 20, compliance 15, task-listing 6.
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout8's definitions (themselves holdout7's, holdout6's, holdout5's, holdout4's and
 * holdout3's), copied, by meaning and not by keywords:
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
 * Calls made where the definitions leave room. Holdout8's calls, copied as it wrote them: first the
 * calls it copied from holdout7 (with holdout6's, which holdout7 kept), then its own calls for its
 * titles. Their examples come from their own domains:
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
 *
 * Holdout8's own calls, for its titles (copied as it wrote them):
 * - Frequencies and limits, as above: "Check for Varroa twice a season and treat", "Reply to Instagram
 *   DMs within 2 hours", "Answer the help-point intercom within 60 seconds" are number-title +
 *   job-requirement. "every shift", "each morning", "each night", "every week", "weekly in the
 *   season", "in autumn", "between every client", "after each booking" leave job-requirement alone;
 *   "Fire door inspections every quarter under the Fire Safety (England) Regulations" and "the annual
 *   COSHH and allergy refresher" are compliance alone.
 * - Word grades: "ADI standards check passed at grade B or above" is compliance only.
 * - Numbers that are not targets, besides holdout7's list: times of day ("at 4pm"); product specs and
 *   passes ("a 20-minute express polish", "three-day passes"); a customer's habit ("work near home two
 *   days a week"); a rating that names today's problem ("one-star reviews"); ordinals ("a second pay
 *   lane", "a second sawmill", "second venue", "their third month", "a fourth day", "the fourth floor",
 *   "day-three stems", "without a second charge", "come back for a second"); models, versions, names
 *   and places ("MG4", "Kestrel 2", "Tunnel 4 sites", "app v3", "'Vault 9'", "Trima Accel 7", "Necta
 *   Kalea 2", "firmware 4.2", "Zone 2", "Level 2 bays", "Block A", "Block C", "O negative"); codes,
 *   schemes and levels ("ISO 27001", "scope 3 reporting", "Challenge 25", "Food hygiene (level 2)
 *   training", "Brand book v2"); fixed scopes ("all six sites", "all five rooms", "the three largest
 *   funeral directors", "the three barn venues", "under-18s", "under-12s", "the two people near
 *   retirement", "first five lessons", "their first year", "the two national chains"); periods, years
 *   and seasons ("FY27", "Q2", "Q3", "Q4", "H2", "2027", "2028", "2026/27", "2027/28"); ticket
 *   references and URLs ("WEB-77", "PARK-318", a help-site or wiki link).
 * - "Cut unplanned lock closures by a quarter" is a fraction target (number-title), not a period;
 *   "Restoration margin up 6 points" and "Cut lead time from 14 weeks to 8" are targets.
 * - Only a metric name: "Pass rate", "Rebooking rate", "Donor deferral rate", "Repeat clients",
 *   "Appeal rate on PCNs", "Rebookings" are number-title.
 * - Containers: a single site, town or region ("Strikers Norwich", "Inkwell Brighton", "Manchester",
 *   "Hackney", "Midlands region", "Memorials — Essex"), a role ("Head of Artist Liaison", and in plans
 *   "Operations Director", "Head of Training", "Head of Programming"), a team or function ("Packing",
 *   "Restoration", "Enforcement", "Key Accounts", "Production floor") and "X goals / targets /
 *   objectives / priorities" with a period or year ("Ops Q3 targets", "H2 priorities", "Studio goals
 *   2027", "Fieldsound 2027 targets", "Driver goals") are generic-container only; the year or period
 *   is not a number-title.
 * - Compliance vs duty, as above: "Stewards' SIA licences checked", "Honey samples sent for the
 *   statutory residue monitoring", "Silica dust health surveillance", "GMP training records complete",
 *   "PPDS allergen labels on every ready-prepared item", "Fire safety (Furniture and Furnishings
 *   Regulations) labels on every upholstered piece", "Plant passports in order for every imported
 *   consignment", "Waste carrier registration renewed", "Premises licence conditions met at every
 *   site, Challenge 25 refusals log included" are compliance. "Screen each donor's health
 *   questionnaire before donation", "Sterilise tools between every client", "Autoclave and log every
 *   instrument after each client", "Do the room inspections at check-out", "Inspect the lock gates on
 *   the flight every week" are the business's own routine checks (job-requirement). Filing permits on
 *   customers' behalf is a duty ("Handle the cemetery permit applications for each memorial").
 * - Duties without "keep"/"maintain": "Deliver the day's orders in the van", "Drive the evening
 *   collection round", "Run the box office on the gates", "Cash collections from the pay machines",
 *   "Quote the bespoke enquiries ...", "Chase unpaid invoices", "Cover the booking inbox and the phones
 *   on shift", "Fix the headstones once the ground has settled", "Load and fire the bisque kiln",
 *   "Manage the artists' diaries".
 * - Tasks as noun phrases: "Staff barbecue at the end of the summer", "Instructor conference in Bath,
 *   March", "Polished brand book v2", "Site visit programme for the regional manager", "Team trip to
 *   the escape-room expo in Prague", "New Christmas window at the King Street shop", "Catalogue shoot
 *   ...", "Price list for 2027", "Label redesign", "Member survey", "Christmas open studio", "Welcome
 *   week events", "Site map for 2027", "Volunteer thank-you day at Hatton". Swaps and moves without an
 *   effect are tasks ("Swap the lesson booking system to TotalDrive", "Migrate the shop to Shopify
 *   Plus", "Switch the card machines to Worldpay (PARK-318)", "Upgrade the telemetry units to firmware
 *   4.2", "Move the head office from Croydon to Clapham"); with one they are sound ("Move platelet
 *   collection to the Trima Accel 7 machines so donors spend less time in the chair", "Replace the
 *   string pinsetters ... so lanes stop going down mid-game", "Move to returnable crates so ...").
 * - First time is an outcome: "Win a Greener Festival Award for the first time" and "Get on Historic
 *   England's approved list for the first time so we can bid for listed churches" are sound; "Park
 *   Mark Safer Parking award renewed at all sites" is compliance.
 * - Sound despite a trap word: hires that name compliance, licensing, certification or standards to
 *   open a market or a product (the Irish car-wash sites, the Scottish franchisees, ISO 27001 for bank
 *   tenants, a BPA compliance officer for Scotland, fresh sandwiches, hospital scrubs, HMO licences
 *   for Glasgow, Dublin, the plasma centre, the Soil Association packing site, an ADI Standards Lead
 *   for Wales, a regulatory affairs lead for Japan, a licensing lead for a fourth day); "Hire an
 *   accessibility auditor and redesign the rooms so wheelchair users can play every game"; a mock
 *   test offered to learners; a class lead "with safeguarding training" so families can book; training
 *   with an effect ("Train pressers on delicate fabrics so we can take designer pieces"); and "keep"
 *   of an outcome ("Keep instructors with us for the long term ...", "keep washing through a hosepipe
 *   ban", "keep the canal open in a dry summer", the canal plan's root).
 * - Copies: owner, team or site prefixes on the parent's goal ("Tunnel team — grow unlimited-wash
 *   memberships ...", "Camden — be the studio first-timers trust ...", "Broad Street: the car park
 *   drivers pick ..."), synonyms ("Get younger people donating ..." after "Recruit younger donors
 *   ..."), and the same metric with another number and scope ("Weekday evening lane occupancy: 70%" /
 *   "... 55% at Lowestoft", "Memorials sold: 900 this year" / "Sell 250 memorials through funeral
 *   directors this year", "Raise £3m from individual giving" / "Raise £750k ... in the North West",
 *   "Ticket sales 35,000" / "Sell 6,000 family tickets", "Weekly sales per machine: £180" / "... £240
 *   in hospitals", "Waste below 10% of stems bought" / "Wastage under 8%", "Occupancy 92% across the
 *   estate" / "Occupancy 88%"). In plans, a copy of a duty keeps job-requirement ("Respond to all
 *   maintenance tickets"). Not copies: sharper children ("Let customers skip or swap a week ..." under
 *   "Cut churn by 20%", "Make the rebooking prompt at the till ..." under "Rebooking rate 70%", "Only
 *   move learners onto intensive courses when they are ready ..." under the first-time pass goal,
 *   "Ops: cut the wait on Saturday mornings ..." under the any-weather goal), and containers differing
 *   only in scope ("Leeds venue" / "Manchester venue", "Donor Centres — London" / "— Midlands",
 *   "Nottingham" / "Leeds").
 * - kr-not-measurable: "Weekday afternoon lanes booked: 60%" with the untouched default numbers is not
 *   flagged (its title has a quantity); "Certificate renewed" and "Menu printed" left at 0 make a
 *   compliance title and a task carry kr-not-measurable as well.
 * - Plans may reuse an entry's wording: plans and entries are scored apart.
 * - Typos kept as written: "seperate", "accomodation", "recieves". American spellings ("Organize",
 *   "program") sit beside British ones on purpose.
 *
 * My calls, for this set's titles:
 * - Frequencies and limits, as above: "Issue the shipping forecast four times a day", "Clean the
 *   retail park glazing every 4 weeks" and "Respond to P1 support tickets within 30 minutes" (and the
 *   plan's "Respond to P1 tickets within 30 minutes") are number-title + job-requirement. "every
 *   Friday", "on Fridays", "each morning", "at the end of each day", "every shift", "after every job",
 *   "after each flight", "at each handover", "with each release", "on your rota night", "before noon",
 *   "by 3" and "the night before" leave job-requirement alone, and "Book in the annual sweeps from the
 *   reminder list" is job-requirement alone. "the annual data handling e-learning", "Annual external
 *   penetration test", "Annual ISO 9001 surveillance visit", "Annual allergen cleaning validation",
 *   "Annual inspection of every envelope" and "on the statutory cycle" leave compliance alone.
 * - Word grades: none in this set.
 * - Numbers that are not targets, besides the lists above: figures that describe today's problem or
 *   a fixed base ("so they stop juggling six logins", "knock on 26 million doors", "not 700 sampled
 *   items", "without a six-month wait", "wait 10 weeks at the contract filler", "lagging two years
 *   behind", "wait a week for a surveyor", "drive an hour", "sit in a drawer for two years",
 *   "cancelling them for weather three times over", "stop hitting a wall in 1850"); thresholds and
 *   ages that fix who or what is in scope ("the 12 worst-mapped districts", "streets where we already
 *   have six customers", "fail at 14 months", "aged 14–17", "people over 50", "under-13s", "the
 *   under-40s" in a "Double ..." title, "every raw material over a tonne a year", "after three days of
 *   silence"); product specs, models and sizes ("the new 1.5 km model", "the 7-day forecast", "the
 *   75cl wine bottle", "the 70% dark", "SPF 50", "covers new plaster in one coat", "4K screens", "3D
 *   city models", "the two-tower model", "Bühler"); times of day ("2am", "before noon", "by 3");
 *   identifiers and codes ("furnace 1", "furnace 2", "P1", "D30" before a target, "Part-BOP", "JLPT
 *   N4", "BS 3621", "BS 5837", "BS EN 795", "ISO 9001", "ISO 22716", "ISO 27001", "SOC 2 Type II",
 *   "Cyber Essentials Plus", the phone number "999"); versions ("version 3", "the v4 model", "React
 *   Native 0.76", "Postgres 16"); years, periods and horizons ("2009", "2027", "2031", "1921",
 *   "1931", "2027/28", "FY27", "Q1", "H1", "two winters ahead", "quarterly"); ordinals ("a second
 *   business", "a second launch site", "the third floor", "the week-3 drop-off", "18th-century", "the
 *   first cold snap", "their first trip abroad", "a first date", "without a second thought"); "one"
 *   and "single" as an article, not a count ("one sign-in", "one booking system", "a single
 *   evening"); ticket references and links ("LR-2210", "WX-481", "HOS-77", "LANG-1192", "ESIG-3301",
 *   "FAM-902", "DATE-2231", a wiki URL, a roadmap URL, "go/glossary").
 * - Targets: "Cut chipper breakdowns by half", "Halve the time from survey close to publication",
 *   "Double regular givers among the under-40s", "Gross margin up 3 points", "Stove installs up 30%",
 *   "Stove installations +25% in the Midlands" are number-title; so are counts and levels after a
 *   metric ("Dogs qualified: 1,100", "Adult volunteers: 160k", "Letting agents on master-key systems:
 *   40", "D30 retention 18%").
 * - Only a metric name is number-title: "Requisition rate", "Revisions to the first GDP estimate",
 *   "Legacy income", "Qualification rate", "Volunteer retention", "Revenue per van per week",
 *   "Cancellation rate", "Net Promoter Score", "Energy per tonne of glass", "On-time in-full", "Online
 *   repeat purchase rate", "Subscription churn", "Trial-to-paid conversion", "Envelopes sent per active
 *   account", "Cost per acquisition", "Match-to-conversation rate", "Voucher redemption rate", and in a
 *   plan "Boundary disputes".
 * - Containers: roles ("Chief Meteorologist", "Director of Care", "Head of Canine Welfare", "District
 *   Commissioner", "Plant Manager", "Head Chocolatier", "Head of Content", "VP Product", "Head of
 *   Brand", "CTO", "Chief Pilot", and in plans "Head of Operations", "VP Sales", "District
 *   Commissioner, Merseyside"), teams and functions ("Casework directorate", "Observations &
 *   Infrastructure", "Economic Statistics Group", "Retail", "Fundraising team", "Puppy walking",
 *   "Climbing team", "Utility contracts", "Rope Access", "Domestic rounds", "Franchise support", "Hot
 *   end", "Factory", "Shops", "Brand", "Retail partnerships", "Growth squad", "Platform team", "DNA
 *   product", "Content acquisition", "Trust & Safety", "Automotive", "Data Operations", "Ground crew",
 *   "Sales & bookings", and in plans "Security & Compliance", whose word "Compliance" is only a team
 *   name), places and customer groups ("West Yorkshire", "South West franchisees", "Commercial
 *   accounts", "Bath launch site"), and buckets with or without a period ("Registry priorities
 *   2027/28", "NSO objectives, 2027", "Cubs section objectives", "Commercial priorities FY27", "Q1
 *   OKRs", "Product roadmap H1") are generic-container only; the year or period is not a number-title.
 * - Compliance vs duty: "Roof anchor certification to BS EN 795 in date on every building we rope",
 *   "LOLER thorough examinations ...", "NPTC chainsaw tickets in date", "Every leader's first aid
 *   certificate in date", "Syringe driver competency re-signed ...", "Security clearance refreshed
 *   ...", "Statistics Authority accreditation kept ...", "Pre-release access lists signed off ...",
 *   "Cabinet Office spend controls approval ...", "Product Information File complete for every SKU",
 *   "REACH registration in place ...", "COMAH safety report resubmitted to the HSE", "EU ETS emissions
 *   report verified and surrendered on time", "INSPIRE metadata compliance ...", "Export licences ...
 *   kept current", "Genetic data DPIA signed off by the DPO", "Online Safety Act risk assessment
 *   submitted to Ofcom", "Age assurance audit by the regulator", "Ready for the CQC inspection in the
 *   spring", "Annual external penetration test" (an assurance test the firm undergoes), "Trading
 *   Standards labelling check passed", and in plans "WMO siting audit of the climate stations" and
 *   "Fundraising Regulator code sign-off for every campaign" are compliance. The business's own
 *   routine checks are job-requirement: "Do the controlled drugs count at each handover",
 *   "Smoke-test the flue after every sweep", "Test the viscosity of every batch before filling", "Run
 *   stability checks on the retained samples", "Swab the moulds every shift", "Quality-check the
 *   overnight observations ...", "Run the monthly QA checks on the retail sales dataset".
 * - Duties without "keep"/"maintain": "Process the day's post and scanned deeds before noon", "Staff
 *   the practitioner helpline ...", "Cover the night shift on the operations bench", "Field the
 *   enquiries that come in to the press office", "Sort and price the donations", "Do aftercare visits
 *   to every working partnership", "Run the Tuesday night meeting for the Cubs", "Collect subs from the
 *   parents", "Take the out-of-hours calls on your rota night", "Do the Wednesday round in Fulwood",
 *   "Take orders from the merchants' buyers", "Temper the chocolate for the morning moulding", "Pack
 *   the online orders and get them to the courier by 3", "Answer customers' skin-reaction emails",
 *   "Work through the reported-profiles queue", "Ban the bots the classifier flags", "Moderate the
 *   message boards", "Handle enterprise customers' security questionnaires", "Rotate the signing
 *   certificates before they expire", "Drive the survey car on the assigned routes", "Drive the
 *   retrieve vehicle and trailer", "Phone passengers the night before with the go/no-go".
 * - Tasks as noun phrases: "Stakeholder breakfast for conveyancing firms, Leeds, May", "Census results
 *   press conference, Newport", "Light Up a Life carol service", "Open day at the breeding centre",
 *   "Jamboree 2027", "Uniform redesign", "Van livery refresh", "New trailers for the chippers", "Photo
 *   library of finished jobs for the website", "Sign-writing on the new van", "Franchise conference in
 *   Harrogate", "Autumn leaflet drop in the new territories", "Customer tour and lunch at the factory
 *   in June", "New mould store racking", "Photo shoot for the heritage colour card", "Easter egg hunt
 *   at the Shambles shop", "New wrappers for the single-origin bars", "Influencer trip to Provence",
 *   "SaaStr booth", "Who Do You Think You Are? Live stand", "Jonas – Valentine's campaign shoot",
 *   "Profile page redesign (DATE-2231)", "New envelope artwork for the big balloon", "Stand at the
 *   Bristol balloon fiesta". Deliverables without an effect are tasks too ("Write a style guide for
 *   charts", "Write a new badge for climate action", "Write the community guidelines", "Write the 2027
 *   developer survey", "Publish the 2027 climate summary", "Transcribe the 1921 census index", "Put
 *   the price list on the website", "Put together a tender pack ...", "Relabel the trade tubs ...",
 *   "Rebrand the search portal ...", "Rebrand the developer portal", "Rebuild the onboarding flow",
 *   "Integrate with Salesforce", "Localize the store listings into Portuguese"), and so are swaps
 *   without an effect (the plans' "Move dispatching to ServiceM8" and "Migrate to Postgres 16"). With
 *   an effect they are sound: "Move dispatching to ServiceM8 so the nearest free locksmith gets the
 *   job ...", "Marta: migrate to Postgres 16 so the signing page stays fast at month-end peaks",
 *   "Upgrade to React Native 0.76 so the Android app stops crashing on launch", "Retire the 2009
 *   supercomputer so ...", "Move the rotas to Allocate so ...", "Replace Compass with a membership
 *   system ... so they stop giving up at the login screen", and activities whose sentence states what
 *   changes ("Email the sweep's report with photos so customers can see why the liner needs replacing",
 *   "Collect bridge heights from council records so the router knows every low bridge in Scotland",
 *   "Pay for a part-time organiser in Bootle who recruits parents as leaders" under the estates goal,
 *   "Run the factory on the solar roof for the summer shifts", "Add evening flights in June and July
 *   when the mornings are foggy" under the fly-more goal).
 * - First time and renewals: getting a registration or accreditation that opens a market or a
 *   programme is sound ("Launch in Korea by getting the sunscreen registered as a functional cosmetic
 *   there", "Hire a quality manager to get Assistance Dogs International accreditation for the
 *   hearing-dog programme so we can place dogs in Ireland"), and so is a renewal that widens the scope
 *   to sell more ("Renew the Eco-label with the masonry range added so councils can specify it on
 *   green procurement frameworks"). Plain renewals stay compliance ("Organic certification renewed
 *   for the single-origin range", "HETAS registration renewed for each installer", "Arb Approved
 *   Contractor status renewed", "Secured by Design licence renewed", "Animal welfare licence for the
 *   kennels renewed", "Master Locksmiths Association approval kept ...", "CAA Part-BOP approval
 *   kept"). "Win the licence to publish the 1931 Scottish census records" is a commercial rights deal,
 *   not a permission to operate: sound.
 * - Sound despite a trap word: hires that name compliance, data protection, safeguarding, standards,
 *   approvals or a regulated role to open a market, a product or a contract (Head of Data Protection
 *   Compliance for the councils' registers, a disclosure control lead, a fundraising compliance
 *   manager, a safeguarding lead for Northern Ireland, an insurance approvals manager, a qualified
 *   arboriculturist, a health & safety compliance lead for the NHS framework, a HETAS-registered
 *   installer, a food-contact compliance specialist, a regulatory affairs lead for France, an EU
 *   Responsible Person, a COPPA compliance lead, an eIDAS compliance manager, a data protection officer
 *   for DNA in Germany, a trust & safety compliance lead, an export-control compliance manager, a
 *   compliance manager for an Irish operating certificate); an audit the business takes a customer
 *   through or sells ("Hire a technical manager who can take us through a retailer's audit so we can
 *   supply Waitrose", "Sell the audit-trail add-on to banks ...", "Make ash dieback surveys something
 *   landowners pay for ..."); a certificate that is the product ("Make our certificate of sweeping one
 *   that insurers accept without a phone call", "Become the first call for landlords who need CO
 *   alarms fitted under the new rules"); training and teaching with an effect ("Train forecasters on
 *   the ensemble tools so ...", "Teach care-home staff advance care planning so ...", "Train young
 *   leaders aged 14–17 so ...", "Train the team on smart-lock installs so ...", "Train the cold-end
 *   operators ... so ...", "Train counter staff ... so ...", "Train crew as recovery drivers so ...");
 *   and "keep"/"maintain" of an outcome or a capability ("Keep respondents' trust ...", "Keep dogs
 *   working longer ...", "Keep the furnaces lit through gas price spikes ...", "Keep crews working
 *   through nesting season ...", "Keep refill customers when the pouch price goes up", "Keep
 *   OpenStreetMap contributors on side ...", "Keep the free tier as the way small firms find us",
 *   "Maintain a safe-opening service after Dave retires by putting an apprentice on his jobs"), unlike
 *   the upkeep duties "Keep the API docs current with each release" and the plan's "Maintain the index
 *   map".
 * - Copies in entries: owner and team prefixes on the parent's goal with synonyms or reordering
 *   ("Casework — become Europe's quickest registry for a simple sale", "Public Weather — make sure
 *   people act on our warnings", "Comms: ...", "Community team: reach people dying of illnesses other
 *   than cancer", "Client services — ...", "Lettings desk: ...", "Safety: climbers going home with
 *   their backs in one piece", "Marketing: ...", "R&D — ...", "Trade Sales – ...", "Sourcing: ...",
 *   "Formulation — ...", "Schools team: ..."); a reworded parent without a prefix ("Build an in-house
 *   rope access team and stop subbing out the high-rise work"); an earlier sibling repeated with the
 *   American spelling ("Let the teenagers plan and run their program themselves" after "Let teenagers
 *   run their own programme"); and the same metric with another number and scope ("North office: 80%
 *   of whole-title transfers ..." under 85%, "Wales field force — online completion at 65%" under 70%,
 *   "£6m of legacy income from the South West" after "Raise £30m in legacies", "Leeds van: time to door
 *   below 40 mins" under 45 minutes, "Stove installations +25% in the Midlands" under "Stove installs
 *   up 30%", "Sell 3m litres through the DIY sheds" after "Sell 12 million litres", "Keep the return
 *   rate under 2.5% on online orders" under "Returns below 3% of orders"), keeping number-title. In
 *   plans: the root's goal repeated by a team or a person ("Digital — make owning and moving land
 *   simple, safe and fast", "Community nurses: let everyone in the county die well ...", "Make
 *   Britain's lightest and lowest-carbon bottles", "Learning squad — ...", "Product — make a phone
 *   signature as trusted as a pen on paper", "Marketing — the paint decorators pick up without a second
 *   thought", "Sales: fly everyone who books, whatever the weather in England"), cousins under other
 *   teams ("Bradford: time to door under 45 minutes on average", "Events team — £900k of voluntary
 *   income", "Cold end: pack-to-melt 94%", "Tyneside — open new groups on estates that never had
 *   one", "Bath: fly 2,500 passengers"), and copies of duties, which keep job-requirement ("Restock
 *   van cylinders every Friday", "Viscosity checked on each batch before it is filled", "Refuel
 *   cylinders after each flight"). A team-level copy of the root states a direction, so it is not also
 *   a container.
 * - Not copies: sharper children under their parent (the twenty sound entries that carry a parent,
 *   e.g. "Put a locksmith on nights in Bradford ..." under the lock-out goal, "Collect bridge heights
 *   ..." under the truck-routing goal, "Get the SPF 50 to sit under make-up without pilling" under the
 *   SPF goal); in plans, a new metric on the same theme ("Letting agents on master-key systems: 40"
 *   beside the master-key sales goal, "Volunteer retention" beside "Adult volunteers: 160k", "Trade
 *   sales £61m" beside "Sell 12 million litres", "Bed occupancy 85%" beside the root), and containers
 *   differing only in scope ("Leeds" / "Bradford", "District Commissioner, Merseyside" / "...,
 *   Tyneside", "Hot end" / "Cold end").
 * - kr-not-measurable: not flagged for "Open a day hospice ..." with the untouched default KR
 *   "Families using the day hospice each week: 40" (its title has a quantity), nor for % KRs from 0
 *   with a unit and a target ("Farmers in the panel who plan spraying on our forecast", 0 -> 30;
 *   "Refill subscribers still active 3 months after the rise", 0 -> 85). Flagged when any KR is bare,
 *   even beside a good one, and on a task ("New mould store racking" / "Racking installed") and a
 *   compliance title ("Trading Standards labelling check passed" / "Labels approved").
 * - `krs: []` on a duty, a task and a compliance title ("Quality-check the overnight observations
 *   from the automatic stations", "Relabel the trade tubs with the new logo", "Annual allergen cleaning
 *   validation") gives only their title label, as the definition says.
 * - Plans may reuse an entry's wording: plans and entries are scored apart.
 * - Typos kept as written: "goverment", "comercial", "merchants counter", "there friends". American
 *   spellings ("neighbors", "program", "Localize", "shopping centers") sit beside British ones on
 *   purpose.
 */

export type Holdout9Domain =
  | 'land-registry'
  | 'weather-service'
  | 'statistics-office'
  | 'hospice'
  | 'assistance-dogs'
  | 'youth-movement'
  | 'locksmith'
  | 'tree-surgeon'
  | 'window-cleaning'
  | 'chimney-sweep'
  | 'glassworks'
  | 'paint-maker'
  | 'chocolate-maker'
  | 'cosmetics-maker'
  | 'language-app'
  | 'e-signature'
  | 'genealogy'
  | 'dating-app'
  | 'mapping-company'
  | 'balloon-rides';

export interface Holdout9Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout9Entry {
  title: string;
  domain: Holdout9Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout9Kr[];
}

export interface Holdout9Plan {
  name: string;
  domain: Holdout9Domain;
  /** In tree order; each clone group's original comes first depth-first and breadth-first. */
  nodes: { key: string; parentKey: string | null; title: string; expect: RuleCode[] }[];
  /** Original first, then its copies. */
  cloneGroups: string[][];
}

type Extra = Pick<Holdout9Entry, 'parent' | 'siblings' | 'krs'>;

const at =
  (domain: Holdout9Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout9Entry => ({ title, domain, expect, ...extra });

/** A KR as the app leaves it when nobody fills it in: 0 -> 100, nothing recorded, no unit. */
const placeholder = (title: string): Holdout9Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with no numbers at all. */
const empty = (title: string): Holdout9Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout9Kr => ({
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
// land-registry: "Landmark", a national land registry (title registration, the index map, local land
// charges searches, the property-fraud alert).
const landRegistry = at('land-registry');
const LAND_REGISTRY: Holdout9Entry[] = [
  landRegistry('Get first registration of unregistered farmland moving so farmers can sell or borrow against it without a solicitor hunting for old deeds'),
  landRegistry("Make the register something a first-time buyer's conveyancer can rely on without raising requisitions", [], {
    krs: [kr('Applications cancelled after a requisition', '%', 9, 4, 8)],
  }),
  landRegistry('Digital mortgages: let lenders lodge their charge the same day the buyer signs'),
  landRegistry('Cut the backlog on complex applications so home moves stop falling through while they wait on us'),
  landRegistry('Redraw the index map in the 12 worst-mapped districts so boundary disputes there stop ending up at the tribunal'),
  landRegistry('Hire a Head of Data Protection Compliance so councils will hand their local land charges registers over to us'),
  landRegistry('Move local land charges searches onto the national service so a buyer in any council area gets an answer in minutes, not weeks'),
  landRegistry("Stop fraudsters selling homes they don't own — let every owner lock their title with a free alert"),
  landRegistry('Let conveyancers fix their own requisitions online so applications stop bouncing back and forth by post', [], {
    parent: "Make registration fast enough that nobody's home move waits on us",
  }),
  landRegistry('Open the price-paid data as a free API so proptech firms build on us instead of scraping us'),
  landRegistry('Complete 85% of applications within 20 working days', [N]),
  landRegistry('Requisition rate', [N]),
  landRegistry('Get comprehensive registration to 90% of the land mass', [N]),
  landRegistry("Rebrand the search portal as 'Landmark' (LR-2210)", [T]),
  landRegistry('Stakeholder breakfast for conveyancing firms, Leeds, May', [T]),
  landRegistry('Cabinet Office spend controls approval for the new casework system', [C]),
  landRegistry('All caseworkers through the annual data handling e-learning', [C]),
  landRegistry("Process the day's post and scanned deeds before noon", [J]),
  landRegistry('Staff the practitioner helpline and log each call in Dynamics', [J]),
  landRegistry('Casework directorate', [G]),
  landRegistry('Registry priorities 2027/28', [G]),
  landRegistry('Make boundary disputes rare enough that the mapping team can close its backlog', [M], {
    krs: [kr('Boundary enquiries per 1,000 registrations', 'per 1k', 14, 8, 12), empty('Backlog cleared')],
  }),
  landRegistry('Put the whole register behind one sign-in for solicitors so they stop juggling six logins', [X], { krs: [] }),
  landRegistry("Casework — become Europe's quickest registry for a simple sale", [K], {
    parent: 'Be the fastest land registry in Europe for a straightforward sale',
  }),
  landRegistry('North office: 80% of whole-title transfers done inside 10 working days', [N, K], {
    parent: 'Complete 85% of transfers of whole within 10 working days',
  }),
];

// ---------------------------------------------------------------------------------------------
// weather-service: a national weather service (public forecasts and warnings, an app, aviation,
// shipping and energy contracts).
const weather = at('weather-service');
const WEATHER_SERVICE: Holdout9Entry[] = [
  weather('Warn people about flash floods early enough that they can move the car and check on the neighbors'),
  weather("Make the app's rain-in-the-next-hour the thing people check before they cycle home"),
  weather('Run the new 1.5 km model operationally so summer thunderstorms are forecast where they actually land'),
  weather('Train forecasters on the ensemble tools so warnings carry an honest probability instead of a hedge'),
  weather('Win the North Sea offshore-wind forecasting contract back from the Norwegians'),
  weather('Get arable farmers trusting our spray-window forecast enough to plan the week on it', [], {
    krs: [kr('Farmers in the panel who plan spraying on our forecast', '%', 0, 30, 0)],
  }),
  weather('Retire the 2009 supercomputer so the climate modellers stop queueing behind operations'),
  weather('Make the 7-day forecast for the Highland glens as good as the one for the central belt', [], {
    parent: 'Become the forecast the country plans its week around',
  }),
  weather('Let councils see road-surface temperatures live so they grit before the ice forms, not after'),
  weather('Bring our red warnings into the emergency alert system so they reach every phone in the area'),
  weather('Next-day max temperature forecasts within 2°C: 92%', [N]),
  weather('Grow the app to 9m monthly users', [N]),
  weather('Commercial revenue £48m', [N]),
  weather('New homepage for the warnings site (WX-481)', [T]),
  weather('Publish the 2027 climate summary', [T]),
  weather('ISO 9001 certification for the aviation forecast service renewed', [C]),
  weather('Security clearance refreshed for everybody on the defence desk', [C]),
  weather('Quality-check the overnight observations from the automatic stations', [J], { krs: [] }),
  weather('Cover the night shift on the operations bench', [J]),
  weather('Chief Meteorologist', [G]),
  weather('Observations & Infrastructure', [G]),
  weather('Make the pollen forecast useful for hay-fever sufferers in cities', [M], {
    krs: [kr('Weekly users of the pollen page in May', 'users', 120000, 400000, 150000), placeholder('Pollen forecast improved')],
  }),
  weather("Get seasonal outlooks into the water companies' drought plans", [X], { krs: [] }),
  weather('Public Weather — make sure people act on our warnings', [K], { parent: 'Make our warnings the ones people act on' }),
  weather('Issue the shipping forecast four times a day', [N, J]),
];

// ---------------------------------------------------------------------------------------------
// statistics-office: a national statistics office ("NSO": census, household surveys, prices, GDP).
const stats = at('statistics-office');
const STATISTICS_OFFICE: Holdout9Entry[] = [
  stats('Get the labour force survey answered by enough households that the unemployment figure is trusted again'),
  stats('Let anyone work out their own inflation rate from what they actually buy'),
  stats('Use card-spending data so the regional GDP figures stop lagging two years behind'),
  stats("Build the 2031 census from administrative data so we don't have to knock on 26 million doors"),
  stats('Hire a statistical disclosure control lead so researchers can get microdata without a six-month wait'),
  stats('Get councils using our small-area income estimates to target their cost-of-living help', [], {
    krs: [
      kr('Councils using the estimates in their hardship schemes', 'councils', 12, 60, 19),
      kr('Downloads of the small-area dataset per quarter', 'downloads', 900, 3000, 1100),
    ],
  }),
  stats("Keep respondents' trust after the address-list breach so they still open the door to our interviewers"),
  stats("Give every release a plain-English 'what this means' that a reporter can quote", [], {
    parent: 'Be the first place journalists go for a number they can trust',
  }),
  stats('Move price collection to scanner data so the CPI reflects what people really buy, not 700 sampled items'),
  stats('Upgrade the Integrated Data Service to version 3 so departments can link records without posting us files'),
  stats('Survey response rate 60%', [N]),
  stats('Revisions to the first GDP estimate', [N]),
  stats('Halve the time from survey close to publication', [N]),
  stats('Census results press conference, Newport', [T]),
  stats('Write a style guide for charts — see https://wiki.nso.example/charts', [T]),
  stats('Statistics Authority accreditation kept for the trade figures', [C]),
  stats('Pre-release access lists signed off under the goverment code of practice', [C]),
  stats('Field the enquiries that come in to the press office', [J]),
  stats('Run the monthly QA checks on the retail sales dataset', [J]),
  stats('Economic Statistics Group', [G]),
  stats('NSO objectives, 2027', [G]),
  stats('Make population estimates right for students in university towns', [M], {
    krs: [kr('Towns where the student count is within 5% of enrolment data', 'towns', 20, 60, 31), empty('Student estimates fixed')],
  }),
  stats("Bring the price collectors' tablets online so prices land in the system the same day", [X], { krs: [] }),
  stats('Comms: make our statistics easier to find and to understand', [K], { parent: 'Make our statistics easy to find and understand' }),
  stats('Wales field force — online completion at 65%', [N, K], { parent: 'Online completion of the household survey: 70%' }),
];

// ---------------------------------------------------------------------------------------------
// hospice: a charity hospice (in-patient unit, hospice at home, day therapy, charity shops, a lottery).
const hospice = at('hospice');
const HOSPICE: Holdout9Entry[] = [
  hospice("Let more people die at home when that's what they told us they wanted"),
  hospice('Bring day therapy to people with motor neurone disease and the people caring for them'),
  hospice('Get the charity shops paying for night nursing in the north of the county'),
  hospice("Aisha: set up a bereavement group for children so they aren't left out of the family's grief"),
  hospice('Teach care-home staff advance care planning so fewer residents are rushed to A&E in their last days'),
  hospice('Move the rotas to Allocate so community nurses spend evenings with patients, not spreadsheets'),
  hospice('Make our lottery the one people in the county keep playing'),
  hospice('Hire a fundraising compliance manager so we can take grants from trusts that want Fundraising Regulator evidence'),
  hospice('Hospice at Home: make night visits possible across the whole county, not just the city', [], {
    parent: 'Let more people die at home if they chose to',
  }),
  hospice("Open a day hospice in the market town so families don't drive an hour for an afternoon's respite", [], {
    krs: [placeholder('Families using the day hospice each week: 40')],
  }),
  hospice('Raise £4.2m in voluntary income', [N]),
  hospice('Bed occupancy 85%', [N]),
  hospice('Legacy income', [N]),
  hospice('Light Up a Life carol service', [T]),
  hospice('New website for the shops (HOS-77)', [T]),
  hospice('Syringe driver competency re-signed for every registered nurse', [C]),
  hospice('Ready for the CQC inspection in the spring', [C]),
  hospice('Do the controlled drugs count at each handover', [J]),
  hospice('Sort and price the donations at the warehouse', [J]),
  hospice('Director of Care', [G]),
  hospice('Retail', [G]),
  hospice('Fundraising team', [G, X], { krs: [] }),
  hospice('Bring the volunteer drivers back so patients can get to day therapy', [M], {
    krs: [kr('Active volunteer drivers', 'drivers', 40, 90, 52), placeholder('Volunteer scheme relaunched')],
  }),
  hospice('Make the hospice somewhere the local Bangladeshi community feel they can come', [X], { krs: [] }),
  hospice('Community team: reach people dying of illnesses other than cancer', [K], {
    parent: 'Reach people dying of conditions other than cancer',
  }),
];

// ---------------------------------------------------------------------------------------------
// assistance-dogs: a charity that breeds and trains guide, hearing and autism assistance dogs.
const dogs = at('assistance-dogs');
const ASSISTANCE_DOGS: Holdout9Entry[] = [
  dogs("Cut the wait for a guide dog so nobody loses their job while they're on our list"),
  dogs('Get more pups through training by fixing what makes them fail at 14 months'),
  dogs('Recruit puppy walkers in cities so dogs grow up used to buses and crowds'),
  dogs('Win the right for assistance dogs to ride in minicabs in Scotland without a row at the kerb'),
  dogs('Match autistic children with a dog earlier, before school refusal sets in'),
  dogs('Tom — move the breeding records to a genomic database so we breed out hip dysplasia faster'),
  dogs('Keep dogs working longer by catching arthritis early'),
  dogs('Hire a quality manager to get Assistance Dogs International accreditation for the hearing-dog programme so we can place dogs in Ireland'),
  dogs('Train more dogs in the north so clients in Newcastle stop waiting on a dog from Leamington', [], {
    parent: "Cut the wait for a guide dog so nobody loses their job while they're on our list",
  }),
  dogs('Let clients choose a dog whose size and walking pace fit their life, not whichever dog is ready'),
  dogs('Dogs qualified: 1,100', [N]),
  dogs('Qualification rate', [N]),
  dogs('Double regular givers among the under-40s', [N]),
  dogs('Open day at the breeding centre', [T]),
  dogs('Film the new fundraising advert', [T]),
  dogs("Safeguarding training for every volunteer who visits a client's home", [C]),
  dogs('Animal welfare licence for the kennels renewed', [C]),
  dogs('Clean and disinfect the kennels', [J]),
  dogs('Do aftercare visits to every working partnership', [J]),
  dogs('Puppy walking', [G]),
  dogs('Head of Canine Welfare', [G]),
  dogs('Get the hearing-dog waiting list open again in Wales', [M], { krs: [empty('Waiting list reopened')] }),
  dogs('Make the health-log app something clients actually open', [X], { krs: [] }),
  dogs("Client services — place dogs with people previously told they're too old or unwell", [K], {
    parent: 'Place dogs with people who were told they were too old or too ill for one',
  }),
  dogs('£6m of legacy income from the South West', [N, K], {
    parent: 'Fund the dogs without touching reserves',
    siblings: ['Raise £30m in legacies'],
  }),
];

// ---------------------------------------------------------------------------------------------
// youth-movement: "Trailblazers", a scouting-style youth charity run by volunteer leaders.
const youth = at('youth-movement');
const YOUTH_MOVEMENT: Holdout9Entry[] = [
  youth('Open groups on estates that have never had one, led by people who live there'),
  youth('Make leading a group possible for people who work shifts'),
  youth('Get disabled young people camping with their group instead of staying home that weekend'),
  youth('Cut the waiting list so children join in the term they ask, not the year after'),
  youth('Let parents help for a single evening without doing the full leader training'),
  youth("Sell the Hilltop activity centre's weekdays to schools so it pays its own way"),
  youth('Train young leaders aged 14–17 so they stay on as adult volunteers'),
  youth('Hire a safeguarding lead for the new Northern Ireland region so groups there can be registered'),
  youth('Pay for a part-time organiser in Bootle who recruits parents as leaders', [], {
    parent: 'Open groups on estates that have never had one',
  }),
  youth('Replace Compass with a membership system volunteers can use on a phone, so they stop giving up at the login screen'),
  youth('Grow membership to 500,000', [N]),
  youth('Adult volunteers: 160k', [N]),
  youth('Volunteer retention', [N]),
  youth('Jamboree 2027', [T]),
  youth('Write a new badge for climate action', [T]),
  youth('Uniform redesign', [T]),
  youth('DBS checks renewed for every leader', [C]),
  youth("Every leader's first aid certificate in date", [C]),
  youth('Run the Tuesday night meeting for the Cubs', [J]),
  youth('Collect subs from the parents', [J]),
  youth('District Commissioner', [G]),
  youth('Cubs section objectives', [G]),
  youth('Make camps affordable for families on free school meals', [M], {
    krs: [kr('Camp places paid from the hardship fund', 'places', 0, 400, 120), empty('Hardship fund launched')],
  }),
  youth('Let groups in rural Wales meet in Welsh if the kids want to', [X], { krs: [] }),
  youth('Let the teenagers plan and run their program themselves', [K], {
    parent: 'Give young people more say in what their group does',
    siblings: ['Let teenagers run their own programme'],
  }),
];

// ---------------------------------------------------------------------------------------------
// locksmith: "Keyworks", mobile locksmiths across West Yorkshire (lock-outs, upgrades, master-key
// systems, a key-cutting shop in Leeds).
const lock = at('locksmith');
const LOCKSMITH: Holdout9Entry[] = [
  lock('Get to a locked-out customer before they give up and ring someone off Google'),
  lock("Sell restricted master-key systems to letting agents so tenants can't get keys copied at the kiosk"),
  lock('Make non-destructive entry the norm so nobody is left with a drilled lock at 2am'),
  lock("Win the housing association's void-property contract in Leeds"),
  lock("Hire an insurance approvals manager so the locks we fit satisfy home insurers' BS 3621 wording"),
  lock('Stop customers being stung by surprise prices — quote a fixed price before the van sets off'),
  lock('Train the team on smart-lock installs so we catch the landlords going keyless'),
  lock('Move dispatching to ServiceM8 so the nearest free locksmith gets the job, not whoever answered first'),
  lock("Put a locksmith on nights in Bradford so the Leeds van isn't covering both", [], {
    parent: 'Get to a locked-out customer before they give up and ring someone off Google',
  }),
  lock('Maintain a safe-opening service after Dave retires by putting an apprentice on his jobs'),
  lock('Average time to door under 45 minutes', [N]),
  lock('First-visit fix rate 95%', [N]),
  lock('Revenue per van per week', [N]),
  lock('Van livery refresh', [T]),
  lock('Put the price list on the website', [T]),
  lock('Master Locksmiths Association approval kept for every branch', [C]),
  lock('Secured by Design licence renewed', [C]),
  lock('Restock the vans with cylinders every Friday', [J]),
  lock('Take the out-of-hours calls on your rota night', [J]),
  lock('West Yorkshire', [G]),
  lock('Commercial accounts', [G]),
  lock('Make the key-cutting kiosk in the Leeds shop cover its rent', [M], { krs: [placeholder('Kiosk profitable')] }),
  lock('Get commercial customers onto a planned-maintenance contract so door closers are fixed before the fire officer notices', [X], {
    krs: [],
  }),
  lock('Lettings desk: the first locksmith West Yorkshire landlords ring', [K], {
    parent: 'Be the locksmith West Yorkshire landlords call first',
  }),
  lock('Leeds van: time to door below 40 mins', [N, K], { parent: 'Average time to door under 45 minutes' }),
];

// ---------------------------------------------------------------------------------------------
// tree-surgeon: an arboricultural firm (domestic work, council and utility contracts, firewood and
// woodchip).
const tree = at('tree-surgeon');
const TREE_SURGEON: Holdout9Entry[] = [
  tree("Win the council's street-tree contract by showing we replant what we fell"),
  tree('Turn our woodchip and logs into a second business instead of paying to tip them'),
  tree('Get climbers home with their backs intact — do the big removals from the MEWP and the crane'),
  tree('Make ash dieback surveys something landowners pay for before a tree comes down on the road'),
  tree("Quote from customers' photos so they don't wait a week for a surveyor to call"),
  tree('Hire a qualified arboriculturist so we can do BS 5837 surveys for housebuilders'),
  tree('Take on line-clearance work for the DNO so winter stops being a dead season', [], {
    krs: [kr('Line-clearance days booked Dec–Feb', 'days', 0, 120, 35), kr('Crews idle in January', 'crews', 3, 0, 2)],
  }),
  tree('Move the diary to ArbPro so crews get the access notes on their phone and stop turning up at the wrong gate'),
  tree('Grow our own whips in a tree nursery so we can replant in the same planting season', [], {
    parent: "Win the council's street-tree contract by showing we replant what we fell",
  }),
  tree('Keep crews working through nesting season by doing bird checks an ecologist would stand behind'),
  tree('Turnover £2.4m', [N]),
  tree('Crew utilisation 80%', [N]),
  tree('Cut chipper breakdowns by half', [N]),
  tree('New trailers for the chippers', [T]),
  tree('Photo library of finished jobs for the website', [T]),
  tree('LOLER thorough examinations on every harness and rope, on the statutory cycle', [C]),
  tree('NPTC chainsaw tickets in date for everyone on the saw', [C]),
  tree('Arb Approved Contractor status renewed', [C]),
  tree('Sharpen and service the saws at the end of each day', [J]),
  tree('Clear and sweep the site after every job', [J]),
  tree('Climbing team', [G]),
  tree('Utility contracts', [G]),
  tree("Make the firewood round a winter income that covers the crews' wages", [M], {
    krs: [kr('Firewood revenue Nov–Feb', '£', 0, 90000, 14000), empty('Log round set up')],
  }),
  tree('Be the firm estate managers ring after a storm', [X], { krs: [] }),
  tree('Safety: climbers going home with their backs in one piece', [K], { parent: 'Get climbers home with their backs intact' }),
];

// ---------------------------------------------------------------------------------------------
// window-cleaning: commercial and domestic window cleaning around Preston (rounds, rope access on
// high-rise, solar panels).
const windows = at('window-cleaning');
const WINDOW_CLEANING: Holdout9Entry[] = [
  windows('Win the facade contracts on the new docks towers by being the only local firm with rope access and a cradle'),
  windows('Make domestic rounds pay by packing them into streets where we already have six customers'),
  windows('Move domestic customers to direct debit so the lads stop chasing cash on doorsteps'),
  windows('Get solar-panel cleaning going as a summer line while the offices are quiet'),
  windows('Stop falls from ladders — water-fed poles for everything up to the third floor'),
  windows("Keep customers through the winter by offering gutter clearing when windows aren't worth doing"),
  windows("Hire a health & safety compliance lead so we're allowed onto the NHS trust's framework"),
  windows('Quote comercial jobs from Street View so we can bid the same day'),
  windows('Get the building managers at Canary Point to trial a quarterly facade wash', [], {
    parent: 'Win the facade contracts on the new docks towers',
  }),
  windows("Win back the schools we lost to the cheaper firm by cleaning in the holidays so nobody's disturbed"),
  windows('Domestic customers 2,400', [N]),
  windows('Round value per day: £420', [N]),
  windows('Cancellation rate', [N]),
  windows('Sign-writing on the new van', [T]),
  windows('Put together a tender pack for the council framework', [T]),
  windows('Roof anchor certification to BS EN 795 in date on every building we rope', [C]),
  windows('Working at height training refreshed for all staff', [C]),
  windows('Do the Wednesday round in Fulwood', [J]),
  windows('Top up the water-fed tanks and change the resin', [J]),
  windows('Rope Access', [G]),
  windows('Domestic rounds', [G]),
  windows('Make gutter clearing something customers add at the door', [M], { krs: [placeholder('Gutter add-ons sold')] }),
  windows("Be the cleaner facilities managers never have to chase for RAMS", [X], { krs: [] }),
  windows('Build an in-house rope access team and stop subbing out the high-rise work', [K], {
    parent: 'Get our own rope-access team so we stop subcontracting the high-rise jobs',
  }),
  windows('Clean the retail park glazing every 4 weeks', [N, J]),
];

// ---------------------------------------------------------------------------------------------
// chimney-sweep: a franchised network of chimney sweeps and stove installers.
const sweep = at('chimney-sweep');
const CHIMNEY_SWEEP: Holdout9Entry[] = [
  sweep('Get wood-burner owners booking a sweep before the first cold snap, not after the chimney fire'),
  sweep('Turn sweeps into the people who sell the customer their next stove'),
  sweep('Cut smoke complaints in smoke-control areas by showing customers how to burn dry wood'),
  sweep('Recruit franchisees in Devon and Cornwall so holiday lets can get a sweep in changeover week'),
  sweep('Make our certificate of sweeping one that insurers accept without a phone call'),
  sweep('Hire a HETAS-registered installer so we can sign off our own stove installs instead of paying building control'),
  sweep('Put every franchisee on one booking system so a customer in the next town still gets a sweep that week'),
  sweep("Let sweeps take a stove deposit on the doorstep so the sale doesn't cool off", [], {
    parent: 'Turn sweeps into the people who sell the customer their next stove',
  }),
  sweep('Become the first call for landlords who need CO alarms fitted under the new rules'),
  sweep("Win the National Trust's contract for the chimneys in its listed houses"),
  sweep('Sweeps booked per franchisee: 900 a year', [N]),
  sweep('Stove installs up 30%', [N]),
  sweep('Net Promoter Score', [N]),
  sweep('Franchise conference in Harrogate', [T]),
  sweep('Autumn leaflet drop in the new territories', [T]),
  sweep('HETAS registration renewed for each installer', [C]),
  sweep('Asbestos awareness training for anyone who goes up on a roof', [C]),
  sweep('Smoke-test the flue after every sweep', [J]),
  sweep('Book in the annual sweeps from the reminder list', [J]),
  sweep('Franchise support', [G]),
  sweep('South West franchisees', [G]),
  sweep('Make the stove servicing plan one customers renew', [M], { krs: [empty('Plan renewals')] }),
  sweep("Email the sweep's report with photos so customers can see why the liner needs replacing", [X], { krs: [] }),
  sweep('Marketing: wood-burner owners booking their sweep ahead of the first cold spell', [K], {
    parent: 'Get wood-burner owners to book a sweep before the first cold snap',
  }),
  sweep('Stove installations +25% in the Midlands', [N, K], { parent: 'Stove installs up 30%' }),
];

// ---------------------------------------------------------------------------------------------
// glassworks: a container-glass factory (bottles and jars from two furnaces).
const glass = at('glassworks');
const GLASSWORKS: Holdout9Entry[] = [
  glass("Melt more of the county's bottle-bank glass so we burn less gas per tonne"),
  glass("Win the craft gin distillers' short runs by making mould changes quick enough to take them"),
  glass('Get the hydrogen trial on furnace 2 far enough that the bank will finance the rebuild'),
  glass('Make lighter bottles that customers can\'t tell from the old ones', [], {
    krs: [
      kr('Average weight of the 70cl spirits bottle', 'g', 520, 440, 505),
      kr('Customer complaints about feel after the switch', 'complaints', 6, 1, 4),
    ],
  }),
  glass('Stop losing bottles to checks at the cold end so we can quote tighter'),
  glass('Hire a food-contact compliance specialist so we can sell jars to baby-food makers'),
  glass('Rebuild furnace 1 as oxy-fuel so the gas bill and the CO2 both come down'),
  glass('Get narrow-neck press-and-blow working on the 75cl wine bottle', [], {
    parent: "Make lighter bottles that customers can't tell from the old ones",
  }),
  glass('Keep the furnaces lit through gas price spikes by hedging two winters ahead'),
  glass('Train the cold-end operators to read the inspection machine so fewer good bottles get rejected'),
  glass('Pack-to-melt 92%', [N]),
  glass('Energy per tonne of glass', [N]),
  glass('Sell 400 million bottles', [N]),
  glass('Repaint the batch house', [T]),
  glass('Customer tour and lunch at the factory in June', [T]),
  glass('New mould store racking', [T, M], { krs: [empty('Racking installed')] }),
  glass('EU ETS emissions report verified and surrendered on time', [C]),
  glass('BRCGS Packaging audit', [C]),
  glass('Swab the moulds every shift', [J]),
  glass('Change the gobs and shears when the job changes', [J]),
  glass('Hot end', [G]),
  glass('Plant Manager', [G]),
  glass('Make the jar line pay on short runs', [M], {
    krs: [kr('Jar line margin', '%', 4, 12, 6), placeholder('Short runs accepted')],
  }),
  glass('Get Scottish whisky bottlers buying from us instead of from Portugal', [X], { krs: [] }),
  glass("R&D — lighter bottles customers can't tell apart from the old ones", [K], {
    parent: "Make lighter bottles that customers can't tell from the old ones",
  }),
];

// ---------------------------------------------------------------------------------------------
// paint-maker: a decorative paint manufacturer (trade and retail, own factory in West Yorkshire).
const paint = at('paint-maker');
const PAINT_MAKER: Holdout9Entry[] = [
  paint('Get decorators choosing our trade emulsion because it covers new plaster in one coat'),
  paint('Take the solvent out of the gloss range without decorators noticing'),
  paint('Sell leftover paint back to community repaint schemes instead of it being binned'),
  paint("Make colour-matching at the merchants counter as good as our own lab"),
  paint("Get the anti-mould bathroom paint into the student landlords' refurbs"),
  paint('Hire a regulatory affairs lead so we can sell the masonry range in France'),
  paint("Move the tinting machines to new colour software so a merchant can match a customer's swatch from a phone photo"),
  paint('Renew the Eco-label with the masonry range added so councils can specify it on green procurement frameworks'),
  paint('Find a water-based gloss that levels as well as the oil one in a cold hallway', [], {
    parent: 'Take the solvent out of the gloss range without decorators noticing',
  }),
  paint("Cut the lead time on custom colours for the trade so decorators don't switch brand mid-job"),
  paint('Trade sales £61m', [N]),
  paint('Gross margin up 3 points', [N]),
  paint('On-time in-full', [N]),
  paint('Photo shoot for the heritage colour card', [T]),
  paint('Relabel the trade tubs with the new logo', [T], { krs: [] }),
  paint('REACH registration in place for every raw material over a tonne a year', [C]),
  paint('COMAH safety report resubmitted to the HSE', [C]),
  paint('Test the viscosity of every batch before filling', [J]),
  paint("Take orders from the merchants' buyers", [J]),
  paint('Factory', [G]),
  paint('Commercial priorities FY27', [G]),
  paint('Make the eco range the default choice in the merchants', [M], { krs: [empty('Eco range default')] }),
  paint('Get architects specifying our breathable lime paint on listed buildings', [X], { krs: [] }),
  paint('Trade Sales – win the void repaint specification at housing associations', [K], {
    parent: "Win the housing associations' void repaint spec",
  }),
  paint('Sell 3m litres through the DIY sheds', [N, K], {
    parent: 'Grow the brand beyond the trade',
    siblings: ['Sell 12 million litres'],
  }),
];

// ---------------------------------------------------------------------------------------------
// chocolate-maker: a bean-to-bar chocolate maker (factory in York, a few shops, wholesale, online).
const choc = at('chocolate-maker');
const CHOCOLATE_MAKER: Holdout9Entry[] = [
  choc('Get single-estate bars from Peru and Ghana onto restaurant dessert menus'),
  choc('Get our bars into the independent delis in Scotland'),
  choc('Make Easter profitable instead of a scramble'),
  choc('Stop bloom on bars that sit in warm shop windows'),
  choc('Sell tasting workshops to corporate teams so the factory earns on summer weekdays'),
  choc("Hire a technical manager who can take us through a retailer's audit so we can supply Waitrose"),
  choc("Move conching to the new Bühler machine so the 70% dark doesn't need a night shift"),
  choc('Keep the shops busy in the summer with an ice-cream counter'),
  choc("Find a Glasgow distributor who already sells to delis so we don't need our own rep", [], {
    parent: 'Get our bars into the independent delis in Scotland',
  }),
  choc("Make a vegan milk chocolate people can't tell from the real thing"),
  choc('Wholesale revenue £1.8m', [N]),
  choc('Waste under 2% of cocoa mass', [N]),
  choc('Online repeat purchase rate', [N]),
  choc('Easter egg hunt at the Shambles shop', [T]),
  choc('New wrappers for the single-origin bars', [T]),
  choc('Organic certification renewed for the single-origin range', [C]),
  choc('Annual allergen cleaning validation', [C], { krs: [] }),
  choc('Trading Standards labelling check passed', [C, M], { krs: [placeholder('Labels approved')] }),
  choc('Temper the chocolate for the morning moulding', [J]),
  choc('Pack the online orders and get them to the courier by 3', [J]),
  choc('Shops', [G]),
  choc('Head Chocolatier', [G]),
  choc('Make the hot chocolate flakes a winter bestseller', [M], {
    krs: [kr('Flakes sold Nov–Feb', 'units', 0, 20000, 2400), empty('Bestseller')],
  }),
  choc('Run the factory on the solar roof for the summer shifts', [X], { krs: [] }),
  choc('Sourcing: buy direct from the Ghana co-op so its farmers earn a living price', [K], {
    parent: 'Buy cocoa directly from the Ghanaian co-op so farmers get a price they can live on',
  }),
];

// ---------------------------------------------------------------------------------------------
// cosmetics-maker: a skincare brand with its own factory (direct to consumer, refills, Boots, export).
const cos = at('cosmetics-maker');
const COSMETICS_MAKER: Holdout9Entry[] = [
  cos('Make the SPF moisturiser something people wear every day, not just on holiday'),
  cos('Get into Boots without giving up our refill pouches'),
  cos('Stop the pump bottles clogging so people finish the serum instead of binning it'),
  cos('Get the shampoo bars lathering in hard-water areas like the liquid does'),
  cos('Launch in Korea by getting the sunscreen registered as a functional cosmetic there'),
  cos('Hire an EU Responsible Person so we can ship to Ireland and Germany again'),
  cos("Bring filling in-house so small batches of limited editions don't wait 10 weeks at the contract filler"),
  cos('Get the SPF 50 to sit under make-up without pilling', [], {
    parent: 'Make the SPF moisturiser something people wear every day',
  }),
  cos('Train counter staff to recommend by skin type so fewer products come back opened'),
  cos('Keep refill customers when the pouch price goes up', [], {
    krs: [kr('Refill subscribers still active 3 months after the rise', '%', 0, 85, 0)],
  }),
  cos('DTC revenue £14m', [N]),
  cos('Returns below 3% of orders', [N]),
  cos('Subscription churn', [N]),
  cos('Influencer trip to Provence', [T]),
  cos('Rewrite the ingredient glossary on the site (go/glossary)', [T]),
  cos('Product Information File complete for every SKU', [C]),
  cos('ISO 22716 GMP audit', [C]),
  cos('Run stability checks on the retained samples', [J]),
  cos("Answer customers' skin-reaction emails", [J]),
  cos('Brand', [G]),
  cos('Retail partnerships', [G]),
  cos("Make the men's range more than an afterthought on the site", [M], { krs: [placeholder("Men's range relaunched")] }),
  cos('Get dermatologists recommending the eczema balm', [X], { krs: [] }),
  cos("Formulation — palm-free soaps that don't go soft", [K], { parent: 'Take palm oil out of the soaps without them going soft' }),
  cos('Keep the return rate under 2.5% on online orders', [N, K], { parent: 'Returns below 3% of orders' }),
];

// ---------------------------------------------------------------------------------------------
// language-app: a language-learning app (freemium, subscriptions, a schools edition).
const lang = at('language-app');
const LANGUAGE_APP: Holdout9Entry[] = [
  lang('Get learners from ordering a coffee to holding an actual conversation'),
  lang('Make the speaking exercises hear Glasgow and Lagos accents as well as Californian ones'),
  lang('Get the app into Spanish evening classes as the homework the tutor sets'),
  lang('Stop the week-3 drop-off by making streaks forgiving'),
  lang('Let people learn Welsh and Irish offline on the train'),
  lang('Hire a COPPA compliance lead so we can sign up under-13s through US schools'),
  lang('Move speech scoring to an on-device model so the app works on cheap Android phones'),
  lang('Keep Spanish learners going past their first trip abroad'),
  lang('Make the AI conversation partner ask follow-ups so learners practise real back-and-forth', [], {
    parent: 'Get learners from ordering a coffee to holding an actual conversation',
  }),
  lang('Upgrade to React Native 0.76 so the Android app stops crashing on launch'),
  lang('Paid subscribers 2.2m', [N]),
  lang('D30 retention 18%', [N]),
  lang('Trial-to-paid conversion', [N]),
  lang('Rebuild the onboarding flow (LANG-1192)', [T]),
  lang('Localize the store listings into Portuguese', [T]),
  lang('SOC 2 Type II report', [C]),
  lang('Annual security awareness training — all staff', [C]),
  lang('Review user-submitted sentence corrections', [J]),
  lang('Triage the app store reviews', [J]),
  lang('Growth squad', [G]),
  lang('Q1 OKRs', [G]),
  lang('Head of Content', [G, X], { krs: [] }),
  lang('Make the Japanese course good enough for JLPT N4 learners', [M], { krs: [empty('Course quality')] }),
  lang('Get teachers setting the app instead of worksheets', [X], { krs: [] }),
  lang('Schools team: sell the app into secondary schools as homework that teachers can see', [K], {
    parent: 'Sell the app to secondary schools as homework teachers can see',
  }),
];

// ---------------------------------------------------------------------------------------------
// e-signature: "Signly", a B2B e-signature SaaS (templates, API, audit trail; US and EU customers).
const esig = at('e-signature');
const E_SIGNATURE: Holdout9Entry[] = [
  esig('Make signing on a phone as easy as a pen so nobody prints the contract'),
  esig('Win UK conveyancing firms before e-signed deeds go mainstream'),
  esig('Get qualified electronic signatures working for German customers without a video call'),
  esig('Let HR send offer letters in bulk from Workday without leaving it'),
  esig('Sell the audit-trail add-on to banks that need proof of who signed what'),
  esig('Hire an eIDAS compliance manager so we can become a qualified trust service provider'),
  esig('Marta: migrate to Postgres 16 so the signing page stays fast at month-end peaks'),
  esig('Stop customers leaving for DocuSign at renewal by fixing template sharing (https://signly.example/roadmap/templates)'),
  esig('Let signers draw a signature with a finger without the page scrolling', [], {
    parent: 'Make signing on a phone as easy as a pen so nobody prints the contract',
  }),
  esig('Keep the free tier as the way small firms find us'),
  esig('ARR $38M', [N]),
  esig('Net revenue retention 115%', [N]),
  esig('Envelopes sent per active account', [N]),
  esig('Redesign the pricing page', [T]),
  esig('Integrate with Salesforce (ESIG-3301)', [T]),
  esig('SaaStr booth', [T]),
  esig('ISO 27001 surveillance audit', [C]),
  esig('Annual external penetration test', [C]),
  esig('Rotate the signing certificates before they expire', [J]),
  esig("Handle enterprise customers' security questionnaires", [J]),
  esig('VP Product', [G]),
  esig('Platform team', [G]),
  esig('Make the API the way mid-market customers integrate', [M], {
    krs: [kr('Share of envelopes created through the API', '%', 10, 40, 15), placeholder('API adoption improved')],
  }),
  esig('Get the iPhone app to where signers stop emailing us screenshots of errors', [X], { krs: [] }),
  esig('Respond to P1 support tickets within 30 minutes', [N, J]),
];

// ---------------------------------------------------------------------------------------------
// genealogy: a family-history website with records subscriptions and DNA kits.
const gen = at('genealogy');
const GENEALOGY: Holdout9Entry[] = [
  gen("Get a beginner's tree back to their great-grandparents before they lose interest"),
  gen('Digitise the Irish parish registers so Irish-American customers stop hitting a wall in 1850'),
  gen('Let DNA matches message each other without exposing an email address'),
  gen('Sell the DNA kit in pharmacies at Christmas'),
  gen('Win the licence to publish the 1931 Scottish census records'),
  gen('Hire a data protection officer for genetic data so we can launch DNA in Germany'),
  gen('Move the kit lab to a UK partner so results arrive before people forget they spat in a tube'),
  gen('Suggest likely census records as soon as someone adds a grandparent', [], {
    parent: "Get a beginner's tree back to their great-grandparents before they lose interest",
  }),
  gen('Keep subscribers once the obvious records are found by helping them past their brick walls'),
  gen('Upgrade handwriting recognition to the v4 model so 18th-century records become searchable'),
  gen('Subscribers 1.4m', [N]),
  gen('DNA kits sold: 600k', [N]),
  gen('Cost per acquisition', [N]),
  gen('New search results page (FAM-902)', [T]),
  gen('Who Do You Think You Are? Live stand', [T]),
  gen('Transcribe the 1921 census index', [T]),
  gen('Genetic data DPIA signed off by the DPO', [C]),
  gen("Lab's CLIA certification kept", [C]),
  gen('Privacy training for everyone with access to DNA data', [C]),
  gen('Moderate the message boards', [J]),
  gen('Fix the transcription errors users report', [J]),
  gen('DNA product', [G]),
  gen('Content acquisition', [G]),
  gen('Make the ethnicity estimate something people share rather than argue with', [M], {
    krs: [empty('Estimate updated'), kr('Share rate of ethnicity results', '%', 6, 12, 7)],
  }),
  gen('Get adoptees finding birth family through DNA matches', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// dating-app: a dating app (freemium, premium tiers; UK, US and India).
const dating = at('dating-app');
const DATING_APP: Holdout9Entry[] = [
  dating('Make women feel safe enough to meet a match for a first date'),
  dating('Fewer ghosted chats: nudge both people after three days of silence'),
  dating('Stop romance scammers before they ask anyone for money'),
  dating('Let people over 50 find each other without wading through profiles half their age'),
  dating('Make verified photos the norm so catfishing stops being the joke about us'),
  dating('Hire a trust & safety compliance lead so we can launch in the UK under the Online Safety Act'),
  dating('Move matching to the two-tower model so quieter users get seen too'),
  dating('Keep couples who met on us telling there friends about it'),
  dating("Let users share their date's profile and location with a friend from the chat", [], {
    parent: 'Make women feel safe enough to meet a match for a first date',
  }),
  dating('Sell premium in India by pricing it like a mobile data pack'),
  dating('Paying users 3.1m', [N]),
  dating('Match-to-conversation rate', [N]),
  dating("Jonas – Valentine's campaign shoot", [T]),
  dating('Profile page redesign (DATE-2231)', [T]),
  dating('Write the community guidelines', [T]),
  dating('Online Safety Act risk assessment submitted to Ofcom', [C]),
  dating('Age assurance audit by the regulator', [C]),
  dating('Mandatory GDPR refresher for the support team', [C]),
  dating('Work through the reported-profiles queue', [J]),
  dating('Ban the bots the classifier flags', [J]),
  dating('Trust & Safety', [G]),
  dating('Product roadmap H1', [G]),
  dating('Head of Brand', [G]),
  dating('Make voice-note prompts a reason people reply', [M], { krs: [placeholder('Voice prompts shipped')] }),
  dating('Get people off the app and onto a real date sooner', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// mapping-company: map data and navigation APIs (routing, address search, SDKs for car makers).
const mapping = at('mapping-company');
const MAPPING_COMPANY: Holdout9Entry[] = [
  mapping('Make our truck routing the one hauliers trust not to send a lorry under a low bridge'),
  mapping('Get building footprints for every town in Kenya from satellite imagery so delivery riders can find the door'),
  mapping('Let cyclists route by how steep and how busy a road is'),
  mapping("Win the ambulance service's dispatch mapping contract"),
  mapping('Cut the lag between a new road opening and it appearing on our maps', [], {
    krs: [kr('Median days from opening to appearing in the map', 'days', 45, 7, 30)],
  }),
  mapping('Hire an export-control compliance manager so we can sell the 3D city models to defence primes'),
  mapping('Move to vector tiles so maps look sharp on 4K screens and cost less to serve'),
  mapping('Collect bridge heights from council records so the router knows every low bridge in Scotland', [], {
    parent: 'Make our truck routing the one hauliers trust not to send a lorry under a low bridge',
  }),
  mapping('Keep OpenStreetMap contributors on side by giving our fixes back'),
  mapping('Sell EV-range-aware routing to the car makers already on our SDK'),
  mapping('API revenue €55m', [N]),
  mapping('Address match rate 97%', [N]),
  mapping('Rebrand the developer portal', [T]),
  mapping('Write the 2027 developer survey', [T]),
  mapping('INSPIRE metadata compliance for the public datasets', [C]),
  mapping('Annual ISO 9001 surveillance visit', [C]),
  mapping('Export licences for the defence contracts kept current', [C]),
  mapping('Kemi: process the map-error reports users send in', [J]),
  mapping('Drive the survey car on the assigned routes', [J]),
  mapping('Keep the API docs current with each release', [J]),
  mapping('Automotive', [G]),
  mapping('Data Operations', [G]),
  mapping('CTO', [G]),
  mapping('Make indoor maps of shopping centers accurate enough to walk to a shop with', [M], {
    krs: [empty('Accuracy'), empty('Centers mapped')],
  }),
  mapping('Get rural 999 call handlers locating callers with our address search', [X], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// balloon-rides: hot-air balloon passenger flights (Bath and the Cotswolds; gift vouchers).
const balloon = at('balloon-rides');
const BALLOON_RIDES: Holdout9Entry[] = [
  balloon('Fly more of the passengers who book instead of cancelling them for weather three times over'),
  balloon('Make vouchers people actually redeem, not gifts that sit in a drawer for two years'),
  balloon("Get a second launch site south of the hills so a north wind doesn't ground us"),
  balloon('Sell private flights for marriage proposals as a premium product'),
  balloon("Let passengers see a live weather call the evening before so they don't drive out for nothing"),
  balloon('Hire a compliance manager for an Irish operating certificate so we can fly in Ireland'),
  balloon('Move bookings to Rezdy so passengers can rebook a cancelled flight themselves'),
  balloon('Add evening flights in June and July when the mornings are foggy', [], {
    parent: 'Fly more of the passengers who book instead of cancelling them for weather',
  }),
  balloon('Keep our pilots through the winter with ground-school teaching work'),
  balloon('Train crew as recovery drivers so no flight is cancelled for want of a driver'),
  balloon('Passengers flown 9,000', [N]),
  balloon('Voucher redemption rate', [N]),
  balloon('Weather cancellations below 30%', [N]),
  balloon('New envelope artwork for the big balloon', [T]),
  balloon('Stand at the Bristol balloon fiesta', [T]),
  balloon('CAA Part-BOP approval kept', [C]),
  balloon('Annual inspection of every envelope', [C]),
  balloon('Phone passengers the night before with the go/no-go', [J]),
  balloon('Drive the retrieve vehicle and trailer', [J]),
  balloon('Refuel the cylinders after each flight', [J]),
  balloon('Chief Pilot', [G]),
  balloon('Ground crew', [G]),
  balloon('Sales & bookings', [G]),
  balloon('Make the champagne breakfast something passengers pay extra for', [M], { krs: [placeholder('Breakfast upsell')] }),
  balloon('Get hotels in Bath selling our flights at reception', [X], { krs: [] }),
];

export const HOLDOUT_9: Holdout9Entry[] = [
  ...LAND_REGISTRY,
  ...WEATHER_SERVICE,
  ...STATISTICS_OFFICE,
  ...HOSPICE,
  ...ASSISTANCE_DOGS,
  ...YOUTH_MOVEMENT,
  ...LOCKSMITH,
  ...TREE_SURGEON,
  ...WINDOW_CLEANING,
  ...CHIMNEY_SWEEP,
  ...GLASSWORKS,
  ...PAINT_MAKER,
  ...CHOCOLATE_MAKER,
  ...COSMETICS_MAKER,
  ...LANGUAGE_APP,
  ...E_SIGNATURE,
  ...GENEALOGY,
  ...DATING_APP,
  ...MAPPING_COMPANY,
  ...BALLOON_RIDES,
];

// ---------------------------------------------------------------------------------------------
// Plans: 15 nodes each, in tree order (depth-first); every clone group's original comes before its
// copies both depth-first and breadth-first. Only the copies carry goal-clone.

type PlanNode = Holdout9Plan['nodes'][number];
const node = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): PlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_9_PLANS: Holdout9Plan[] = [
  {
    name: 'Landmark registry cascade 2027/28',
    domain: 'land-registry',
    nodes: [
      node('r', null, 'Make owning and moving land simple, safe and quick for everyone in the country'),
      node('a', 'r', 'Casework', [G]),
      node('a1', 'a', 'Complete 80% of whole-title transfers within 10 working days', [N]),
      node('a2', 'a', 'Casework North: 80% of whole-title transfers done in 10 working days', [N, K]),
      node('a3', 'a', 'Clear the post and the scanned deeds each morning', [J]),
      node('b', 'r', 'Digital — make owning and moving land simple, safe and fast', [K]),
      node('b1', 'b', 'Let conveyancers lodge a transfer entirely online so nothing comes back by post'),
      node('b2', 'b', 'Priya (Digital): make sure conveyancers can lodge transfers fully online so nothing comes back in the post', [K]),
      node('c', 'r', 'Mapping & Boundaries', [G]),
      node('c1', 'c', 'Redraw the index map in the worst-mapped districts so boundary disputes stop reaching the tribunal'),
      node('c2', 'c', 'Boundary disputes', [N]),
      node('c3', 'c', 'Maintain the index map', [J]),
      node('d', 'r', 'Information security', [G]),
      node('d1', 'd', 'Cyber Essentials Plus certificate renewed', [C]),
      node('d2', 'd', 'Mandatory fraud awareness course completed by all staff', [C]),
    ],
    cloneGroups: [
      ['r', 'b'],
      ['a1', 'a2'],
      ['b1', 'b2'],
    ],
  },
  {
    name: 'Forecasting services FY27',
    domain: 'weather-service',
    nodes: [
      node('r', null, 'Become the forecast the country plans its week around'),
      node('a', 'r', 'Chief Meteorologist', [G]),
      node('a1', 'a', 'Next-day temperature forecasts within 2°C: 92%', [N]),
      node('a2', 'a', 'Run the 1.5 km model operationally so summer storms are forecast where they land'),
      node('a3', 'a', 'Ops centre: 92% of next-day temperature forecasts within 2°C', [N, K]),
      node('b', 'r', 'Public Weather Service', [G]),
      node('b1', 'b', 'Warn people about flash floods early enough to move the car'),
      node('b2', 'b', 'Surface water team — warn people of flash flooding in time to move their car', [K]),
      node('c', 'r', 'Commercial', [G]),
      node('c1', 'c', 'Commercial revenue £48m', [N]),
      node('c2', 'c', 'Aviation desk: £11m commercial revenue', [N, K]),
      node('c3', 'c', "Handle the airlines' forecast queries on shift", [J]),
      node('d', 'r', 'Observations', [G]),
      node('d1', 'd', 'Quality-check the overnight observations from the automatic stations', [J]),
      node('d2', 'd', 'WMO siting audit of the climate stations', [C]),
    ],
    cloneGroups: [
      ['a1', 'a3'],
      ['b1', 'b2'],
      ['c1', 'c2'],
    ],
  },
  {
    name: "St Aidan's Hospice 2027",
    domain: 'hospice',
    nodes: [
      node('r', null, 'Let everyone in the county die well, in the place they choose'),
      node('a', 'r', 'Director of Care', [G]),
      node('a1', 'a', 'Hospice at Home: make night visits possible across the whole county'),
      node('a2', 'a', 'Bed occupancy 85%', [N]),
      node('a3', 'a', 'Do the controlled drugs check at every handover', [J]),
      node('b', 'r', 'Community nursing', [G]),
      node('b1', 'b', 'Community nurses: let everyone in the county die well and in the place they chose', [K]),
      node('b2', 'b', 'Syringe driver competencies kept signed off', [C]),
      node('c', 'r', 'Income generation', [G]),
      node('c1', 'c', 'Raise £4.2m in voluntary income', [N]),
      node('c2', 'c', 'Shops: raise £1.1m in voluntary income', [N, K]),
      node('c3', 'c', 'Light Up a Life service', [T]),
      node('d', 'r', 'Fundraising', [G]),
      node('d1', 'd', 'Events team — £900k of voluntary income', [N, K]),
      node('d2', 'd', 'Fundraising Regulator code sign-off for every campaign', [C]),
    ],
    cloneGroups: [
      ['r', 'b1'],
      ['c1', 'c2', 'd1'],
    ],
  },
  {
    name: 'Keyworks West Yorkshire',
    domain: 'locksmith',
    nodes: [
      node('r', null, "Be the locksmith West Yorkshire calls first when they're locked out"),
      node('a', 'r', 'Leeds', [G]),
      node('a1', 'a', 'Average time to door under 45 minutes', [N]),
      node('a2', 'a', 'Restock the van with cylinders on Fridays', [J]),
      node('b', 'r', 'Bradford', [G]),
      node('b1', 'b', 'Bradford: time to door under 45 minutes on average', [N, K]),
      node('b2', 'b', "Put a locksmith on nights in Bradford so the Leeds van isn't covering both"),
      node('b3', 'b', 'Restock van cylinders every Friday', [J, K]),
      node('c', 'r', 'Commercial accounts', [G]),
      node('c1', 'c', "Sell restricted master-key systems to letting agents so tenants can't get keys copied"),
      node('c2', 'c', 'Secured by Design licence renewed', [C]),
      node('c3', 'c', 'Letting agents on master-key systems: 40', [N]),
      node('d', 'r', 'Head of Operations', [G]),
      node('d1', 'd', 'Move dispatching to ServiceM8', [T]),
      node('d2', 'd', 'Take the out-of-hours calls on your rota night', [J]),
    ],
    cloneGroups: [
      ['a1', 'b1'],
      ['a2', 'b3'],
    ],
  },
  {
    name: 'Northfield Glass 2027',
    domain: 'glassworks',
    nodes: [
      node('r', null, 'Make the lightest, lowest-carbon bottles in Britain'),
      node('a', 'r', 'Plant Manager', [G]),
      node('a1', 'a', 'Pack-to-melt 92%', [N]),
      node('a2', 'a', 'Rebuild furnace 1 as oxy-fuel so the gas bill and the CO2 both come down'),
      node('a3', 'a', 'Swab the moulds every shift', [J]),
      node('b', 'r', 'Hot end', [G]),
      node('b1', 'b', 'Hot end — pack to melt at 92%', [N, K]),
      node('b2', 'b', 'Change the gobs and shears at every job change', [J]),
      node('c', 'r', 'Cold end', [G]),
      node('c1', 'c', 'Cold end: pack-to-melt 94%', [N, K]),
      node('c2', 'c', 'Train the operators to read the inspection machine so fewer good bottles are rejected'),
      node('d', 'r', 'R&D', [G]),
      node('d1', 'd', "Make Britain's lightest and lowest-carbon bottles", [K]),
      node('d2', 'd', 'BRCGS Packaging audit', [C]),
      node('d3', 'd', 'EU ETS emissions report verified', [C]),
    ],
    cloneGroups: [
      ['a1', 'b1', 'c1'],
      ['r', 'd1'],
    ],
  },
  {
    name: 'Parla H1 cascade',
    domain: 'language-app',
    nodes: [
      node('r', null, 'Get people from ordering a coffee to holding a real conversation'),
      node('a', 'r', 'Growth squad', [G]),
      node('a1', 'a', 'Paid subscribers 2.2m', [N]),
      node('a2', 'a', 'Growth: 2.2 million paying subscribers', [N, K]),
      node('a3', 'a', 'Localise the store listing into Portuguese', [T]),
      node('b', 'r', 'Learning squad', [G]),
      node('b1', 'b', 'Make the AI partner ask follow-up questions so learners actually converse'),
      node('b2', 'b', 'Learning squad — take people from ordering coffee to a real conversation', [K]),
      node('c', 'r', 'Schools team', [G]),
      node('c1', 'c', 'Sell the app to secondary schools as homework teachers can see'),
      node('c2', 'c', 'Triage the teacher support inbox', [J]),
      node('c3', 'c', 'Sell into secondary schools as homework that teachers can track', [K]),
      node('d', 'r', 'Platform', [G]),
      node('d1', 'd', 'SOC 2 Type II report', [C]),
      node('d2', 'd', 'D30 retention 18%', [N]),
    ],
    cloneGroups: [
      ['a1', 'a2'],
      ['r', 'b2'],
      ['c1', 'c3'],
    ],
  },
  {
    name: 'Signly FY27',
    domain: 'e-signature',
    nodes: [
      node('r', null, 'Make a signature on a phone as trusted as ink on paper'),
      node('a', 'r', 'VP Sales', [G]),
      node('a1', 'a', 'ARR $38M', [N]),
      node('a2', 'a', 'EMEA: ARR of $9M', [N, K]),
      node('a3', 'a', 'US mid-market — $14M ARR', [N, K]),
      node('b', 'r', 'Engineering', [G]),
      node('b1', 'b', 'Respond to P1 tickets within 30 minutes', [N, J]),
      node('b2', 'b', 'Rotate the signing certificates before they expire', [J]),
      node('b3', 'b', 'Migrate to Postgres 16', [T]),
      node('c', 'r', 'Security & Compliance', [G]),
      node('c1', 'c', 'ISO 27001 surveillance audit', [C]),
      node('c2', 'c', 'Annual external penetration test', [C]),
      node('d', 'r', 'Product', [G]),
      node('d1', 'd', 'Let signers draw a signature with a finger without the page scrolling'),
      node('d2', 'd', 'Product — make a phone signature as trusted as a pen on paper', [K]),
    ],
    cloneGroups: [
      ['a1', 'a2', 'a3'],
      ['r', 'd2'],
    ],
  },
  {
    name: 'Trailblazers 2027',
    domain: 'youth-movement',
    nodes: [
      node('r', null, 'Give every young person in the country a group they can walk to'),
      node('a', 'r', 'District Commissioner, Merseyside', [G]),
      node('a1', 'a', "Open groups on estates where there's never been one"),
      node('a2', 'a', 'Merseyside: open groups on estates that have never had one', [K]),
      node('a3', 'a', 'DBS checks renewed for every leader', [C]),
      node('b', 'r', 'District Commissioner, Tyneside', [G]),
      node('b1', 'b', 'Tyneside — open new groups on estates that never had one', [K]),
      node('b2', 'b', 'Collect subs from the parents', [J]),
      node('c', 'r', 'Volunteer recruitment', [G]),
      node('c1', 'c', 'Adult volunteers: 160k', [N]),
      node('c2', 'c', 'Recruit 160,000 adult volunteers', [N, K]),
      node('c3', 'c', 'Volunteer retention', [N]),
      node('d', 'r', 'Programme', [G]),
      node('d1', 'd', 'Jamboree 2027', [T]),
      node('d2', 'd', 'Cubs section objectives', [G]),
    ],
    cloneGroups: [
      ['a1', 'a2', 'b1'],
      ['c1', 'c2'],
    ],
  },
  {
    name: 'Haworth Paints 2027',
    domain: 'paint-maker',
    nodes: [
      node('r', null, 'Be the paint decorators reach for without thinking'),
      node('a', 'r', 'Commercial priorities FY27', [G]),
      node('a1', 'a', 'Trade sales £61m', [N]),
      node('a2', 'a', 'Sell 12 million litres', [N]),
      node('a3', 'a', 'Sell 3m litres through the DIY sheds', [N, K]),
      node('b', 'r', 'Factory', [G]),
      node('b1', 'b', 'Test the viscosity of every batch before filling', [J]),
      node('b2', 'b', 'COMAH safety report resubmitted to the HSE', [C]),
      node('b3', 'b', 'Viscosity checked on each batch before it is filled', [J, K]),
      node('c', 'r', 'Technical', [G]),
      node('c1', 'c', 'Take the solvent out of the gloss range without decorators noticing'),
      node('c2', 'c', "A solvent-free gloss decorators can't tell from the old one", [K]),
      node('d', 'r', 'Marketing', [G]),
      node('d1', 'd', 'Photo shoot for the heritage colour card', [T]),
      node('d2', 'd', 'Marketing — the paint decorators pick up without a second thought', [K]),
    ],
    cloneGroups: [
      ['a2', 'a3'],
      ['b1', 'b3'],
      ['c1', 'c2'],
      ['r', 'd2'],
    ],
  },
  {
    name: 'Skyward Balloons 2027',
    domain: 'balloon-rides',
    nodes: [
      node('r', null, 'Fly the people who book with us, whatever the English weather'),
      node('a', 'r', 'Chief Pilot', [G]),
      node('a1', 'a', 'Passengers flown 9,000', [N]),
      node('a2', 'a', 'Refuel the cylinders after every flight', [J]),
      node('b', 'r', 'Ground crew', [G]),
      node('b1', 'b', 'Drive the retrieve vehicle and trailer', [J]),
      node('b2', 'b', 'Refuel cylinders after each flight', [J, K]),
      node('c', 'r', 'Sales & bookings', [G]),
      node('c1', 'c', 'Phone passengers the evening before with the go/no-go', [J]),
      node('c2', 'c', 'Voucher redemption rate', [N]),
      node('c3', 'c', 'Sales: fly everyone who books, whatever the weather in England', [K]),
      node('d', 'r', 'Bath launch site', [G]),
      node('d1', 'd', 'Bath: fly 2,500 passengers', [N, K]),
      node('d2', 'd', 'CAA Part-BOP approval kept', [C]),
      node('d3', 'd', 'Annual inspection of every envelope', [C]),
    ],
    cloneGroups: [
      ['a2', 'b2'],
      ['r', 'c3'],
      ['a1', 'd1'],
    ],
  },
];
