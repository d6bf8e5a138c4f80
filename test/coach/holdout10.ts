import type { RuleCode } from '../../shared/coach/types';

/**
 * TENTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-06 by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-532 of
 * test/coach/holdout9.ts (its header with the labelling definitions and calls, its types and helpers,
 * and the comment and opening line of its first domain; none of its entries and none of its plans),
 * test/coach/report.ts (Labelled / LabelledPlan shapes), and the output of
 * `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the RuleCode type and the Finding shape), nothing
 * else of that file. Besides these it saw only file names (a listing of test/coach/, and of
 * node_modules/.bin to find esbuild and tsc) and the `include` line of tsconfig.json, grepped to
 * confirm that test/ is type-checked. Not opened: any other file under shared/coach/, the README,
 * holdout.ts to holdout8.ts, holdout9.ts from line 533 on, corpus.ts, handbook.ts, suite.ts, or
 * anything under test/unit/, test/e2e/ or out/. No git command that shows file contents was run. The
 * coach, `cascade lint`, vitest and npm test were never run on these titles. The shapes below copy
 * holdout9's (renamed Holdout10*) and were checked only with `tsc --noEmit` (the project's
 * tsconfig.json, and a throw-away tsconfig outside the repo with a file assigning both exports to
 * Labelled[] and LabelledPlan[]), and with a throw-away counting script kept outside the repo (all
 * deleted afterwards).
 *
 * Domains, none of them used by an earlier set (checked against the list in the brief, which covers
 * holdout.ts to holdout9.ts, and kept away from near-duplicates of it): ferry-operator (a lifeline
 * ferry operator for the western isles: car decks, foot passengers, freight), prison-service (a
 * regional group of public prisons: resettlement, education, safety, security), mountain-rescue (a
 * volunteer mountain rescue team, a charity), housing-association (a social landlord with about
 * 18,000 homes), craft-distillery (a Speyside gin and single-malt distillery with a visitor centre),
 * payroll-bureau (payroll outsourcing for small employers), observatory (a public observatory and
 * planetarium run by a university trust), seaside-pier (a Victorian pleasure pier with arcades, rides
 * and a pavilion), guitar-maker (a workshop-factory making acoustic guitars), builders-merchant (an
 * independent builders' merchant with 14 branches), scaffolder (a scaffolding contractor),
 * ev-charging (a charge point operator: motorway hubs, on-street chargers, an app), bookkeeping-saas
 * (an accounting app for sole traders and small companies), passport-office (a national passport and
 * identity agency), fertility-clinic (a private fertility clinic group that also treats NHS-funded
 * patients), foundry (an iron foundry: pump housings, access covers, rail parts), wildlife-trust (a
 * county wildlife charity: reserves, volunteers, members), self-storage (a self-storage company with
 * 30 stores), golf-club (a members' golf club with a pay-and-play nine), pawnbroker (a pawnbroking and
 * jewellery chain with 40 shops).
 *
 * Counts (printed by a throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_10: 500 objectives (25 per domain), 200 sound (expect [], 40.0%), 300 with at least one
 *   label. Per label: number-title 68, task-listing 45, compliance 45, job-requirement 45,
 *   generic-container 45, goal-clone 22, kr-not-measurable 22, no-key-results 22. Fourteen entries
 *   carry two labels: number-title + goal-clone (6), number-title + job-requirement (3),
 *   generic-container + no-key-results (2), and one each of task-listing + kr-not-measurable,
 *   compliance + kr-not-measurable and job-requirement + goal-clone. 25 entries have `krs: []`: 20
 *   sound titles (no-key-results), 2 containers (also no-key-results), and one duty, one task and one
 *   compliance title (no no-key-results: the definition excludes them).
 * - HOLDOUT_10_PLANS: 10 plans, 150 nodes (15 each), 29 clone groups (27 of two, 2 of three; 31
 *   copies); 32 sound nodes. Per label: generic-container 38, number-title 33, goal-clone 31,
 *   job-requirement 15, compliance 14, task-listing 5.
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout9's definitions (themselves holdout8's, holdout7's, holdout6's, holdout5's,
 * holdout4's and holdout3's), copied, by meaning and not by keywords:
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
 * Calls made where the definitions leave room. Holdout9's calls, copied as it wrote them: first the
 * calls it copied from holdout8 (holdout8's copy of holdout7's calls, with holdout6's, which holdout7
 * kept), then holdout8's own calls, then holdout9's own calls for its titles. Their examples come from
 * their own domains:
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
 * Holdout8's own calls, for its titles (copied as holdout9 copied them):
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
 * Holdout9's own calls, for its titles (copied as it wrote them):
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
 *
 * My calls, for this set's titles:
 * - Frequencies and limits, as above: "Do the roll check four times a day on every wing", "Answer
 *   employee payslip queries within 4 hours" and "Take a sand sample from the mixer every two hours",
 *   and in plans "Reply to Facebook messages within 30 minutes", "Answer payslip queries within 4
 *   hours" and its copy, are number-title + job-requirement. "after every sailing", "after each
 *   sailing", "after every call-out", "each afternoon", "each morning", "every morning", "before each
 *   cut-off", "before the cut-off", "before each purchase", "before close", "at closing", "between
 *   shows", "between tours", "at every unlock", "on the weekly rota", "in your rota week", "the same
 *   day", "during office hours", "before the week starts" and "monthly" leave job-requirement alone.
 *   "Annual counter-fraud training for all examiners", "Annual structural inspection of the pier
 *   legs", "Witnessing audit for the HFEA every quarter", "ADIPS inspection for every ride before
 *   Easter", "FCA Consumer Duty annual board report", "Charity Commission annual return filed", and in
 *   plans "MCA annual survey passed on every vessel" and "Annual counter-fraud e-learning for all
 *   examiners" leave compliance alone.
 * - Word grades and negations: "FORS Silver accreditation kept for the fleet" is compliance only, and
 *   so is "ISM audit with no major non-conformities" ("no" is not a count, as in the issue's "no
 *   material weaknesses"). "Zero RIDDOR-reportable accidents" is number-title only: a zero target for
 *   an outcome (nobody hurt), not a report filed or an audit passed.
 * - Numbers that are not targets, besides the lists above: years and decades that date a thing or
 *   name today's problem ("built 2019", "the 1998 linkspan", "the 2025 cancellations", "the 2011 Land
 *   Rover", "the 1970s storage heaters", "the 1990s dome projector", "the 1898 Pavilion", "the 2026
 *   price rise"); product specs, sizes, models and versions ("a 48-hour disruption outlook", "the new
 *   200-bed wing", "70cl bottles", "a six-bottle case", "the 1.2 m telescope", "our 000 model", "350 kW
 *   units", "Sealink 5", "ClickHouse 24", "scan our patterns in 3D", "the nine-hole loop"); times of day
 *   ("before 7", "at 6am", "a 7am slot"); figures that describe today's problem, a habit or the market
 *   ("the same six people", "wait a year", "spend 20 minutes", "the 2.7m of them", "for months");
 *   thresholds, ages and ranges that fix who or what is in scope ("aged 18–21", "past 50 staff", "in
 *   their early thirties", "their first six weeks", "all five vessels"); codes, forms, schemes and
 *   levels ("P60", "CP12", "TSM", "Part 1", "PA6", "CISRS", "ISO 27001", "SOC 2 Type II", "Cyber
 *   Essentials Plus", "the US three-tier system", the phone number "999"); ordinals ("the first time",
 *   "a second, heavier vessel", "past their third year", "the first night", "their first week", "their
 *   first winter", "their first pay period", "their first tax year", "a second tour", "a second mixer",
 *   "the second phase", "the 18th green", "the first tee-off", "first MTD quarter"); periods, dates and
 *   years ("2027/28", "FY27", "FY28", "H2", "2027–30", "2027", "in March", "Saturday 12 June", "in
 *   November", "after October"); ticket references and links ("SKY-412", "TAL-2104", "HPA-330",
 *   "go/mtd-journey", the Historic England URL).
 * - Targets: "Cut fuel burnt per crossing by an eighth", "Halve assaults on staff at Ashmoor",
 *   "Secondary-school bookings up by half" and "Hectares we manage up by a fifth" are fractions and
 *   multipliers; "Open 4 new stores", "Add 120 new employer clients", "Raise £180k for the new base",
 *   "Raise £2.5m for the deck restoration" and "Run 1,800 IVF cycles in 2027" are counts and sums (not
 *   tasks); "We carry 1.1m passengers in 2027" is a key result written as a sentence; values after a
 *   metric or a comparator ("OTIF deliveries 97%", "Operational members: 45", "Fraudulent applications
 *   stopped: 2,500", "Pledge book £48m", "ARR £14m", "Warranty returns stay below 1.5%", "90% of
 *   standard renewals issued within three weeks") are number-title.
 * - Only a metric name is number-title: "Reoffending within 12 months of release" (the 12 months
 *   defines the measure; no level is set), "Response time to call-outs", "Tenant satisfaction with
 *   repairs (TSM)", "Export revenue", "Spend per head", "Dealer sell-through rate", "Sales per branch
 *   per week", "Debtor days", "Utilisation per charger", "Monthly active businesses", "Cost per
 *   passport", "Live birth rate per embryo transfer", "Tonnes poured per shift", "Grant income", "Rent
 *   per square foot", "Rounds played per member", "Redemption rate", and in plans "Reoffending rate
 *   within a year of release" and "Trial-to-paid conversion".
 * - Containers: roles ("Harbour Master", "Governor, HMP Hollins Moor", "Team Leader", "Director of
 *   Housing Services", "Head Distiller", "Client Services Manager", "Director of Public Engagement",
 *   "Pier Manager", "Workshop Manager", "Branch Manager, Oldham", "Contracts Manager", "Head of Network
 *   Operations", "Head of Accountant Partnerships", "Director of Operations, Durham", "Lead
 *   Embryologist", "Works Manager", "Head of Conservation", "Area Manager, Yorkshire", "Club
 *   Secretary", "Regional Manager — West Midlands", and in plans "Head of Customer", "Head of Reducing
 *   Reoffending", "Director of Property", "Operations Director", "Head of Product", "CPO", "Director
 *   General, Operations", "Course Manager"), teams and functions ("Residential wings", "Kit &
 *   Vehicles", "Still House", "Pensions team", "Dome & Shows", "Arcade & Rides", "Custom Shop",
 *   "Heavy-side", "Yard", "Motorway hubs", "Payments squad", "Counter service", "Melt shop", "Reserves
 *   team", "Store Ops", "Greens committee", "Gold buying", and in plans "Compliance & Risk" and "Risk &
 *   Assurance", whose words are only team names), places ("Moss estate", "Guildford clinic", "North
 *   Bucks", and in plans "North area" / "South area", "Reserves — North" / "Reserves — South",
 *   "Peterborough office") and buckets with a period ("Fleet & Marine Ops — 2027/28 objectives",
 *   "Fundraising goals 2027", "Trade counter goals — FY28", "Trust priorities 2027–30", "Retail Ops H2
 *   objectives") are generic-container only; the year or period is not a number-title.
 * - Compliance vs duty: "MCA passenger certificates renewed for all five vessels", "ISM audit ...",
 *   "HMIP inspection — ready for the unannounced visit", "Every officer's control & restraint
 *   refresher in date", "Casualty care certificates in date ...", "Charity Commission annual return
 *   filed", "Consumer standards self-assessment signed off by the board for the regulator", "Excise
 *   warehouse approval kept with HMRC", "Environmental Health inspection of the café kitchen", "Keep
 *   ISO 27001 — a clean surveillance audit in March", "GDPR refresher module done by everyone",
 *   "Laser safety training ...", "Licence for public entertainment renewed ...", "Safeguarding policy
 *   signed by every volunteer", "CITES permits in place for every rosewood shipment", "LEV dust
 *   extraction thorough examination by the insurer's engineer", "LOLER thorough examination of the
 *   lorry-mounted cranes", "CISRS cards in date for every erector", "Working at height refresher ...",
 *   "Public Charge Point Regulations reliability report submitted to OZEV", "Electrical Installation
 *   Condition Report for every hub", "HMRC recognition kept for our MTD software", "Cabinet Office
 *   security review passed", "Baseline Personnel Security Standard checks on every new starter",
 *   "HFEA licence renewal inspection", "HFEA Code of Practice training for new starters",
 *   "Environmental permit emissions report to the Environment Agency", "Overhead crane insurance
 *   inspection", "Felling licences in place ...", "Lantra brushcutter tickets ...", "Fire risk
 *   assessments reviewed for every store", "SSA UK code of practice audit passed", "Pesticide store
 *   inspection by the Amenity Assured auditor", "AML training for all shop staff" are compliance.
 *   Three calls: "Gas safety checks (CP12) in date for every home with a boiler" is compliance although
 *   the landlord's own engineers do them (a statutory certificate, not a routine); "Statutory scaffold
 *   inspections logged for every live job" is compliance (the inspection regime the law sets), while
 *   "Check the tube back into the yard and scrap the bent lengths" is the yard's routine; in a plan,
 *   "Mandatory drug testing programme delivered" is compliance (a programme the prison must run by
 *   rule), while "Do the cell searches on the weekly rota" is a duty. The business's own routine
 *   checks are job-requirement: "Check the stretchers and vac mats after every call-out", "Test gold
 *   with acid and the XRF gun before each purchase", "Log the melt temperatures for each ladle",
 *   "Lock-check the corridors at closing", "Check the livestock on the reserves", "Wipe the screens and
 *   check the cables on the site rounds", "Set up each guitar before it goes in the box".
 * - Duties without "keep"/"maintain": "Cover the booking line and the Facebook inbox during office
 *   hours", "Escort men to outside hospital appointments", "Do the cell searches on the weekly rota",
 *   "Take the SARCALL alerts in your rota week", "Do the monthly estate walkabouts with the
 *   caretakers", "Send the arrears letters for your patch", "Fill and log the casks as they come off
 *   the spirit still", "Key in the timesheets from clients who still send spreadsheets", "Open and
 *   close the dome for the evening shows", "Empty the coin hoppers and bank the takings", "Close the
 *   pier gates when the wind gets up", "Sharpen the chisels and plane irons before the week starts",
 *   "Load tomorrow's delivery wagons before close", "Yard — cut timber to length for counter orders",
 *   "Strike scaffolds once the client signs off", "Respond to faults reported through the app",
 *   "Answer the in-app chat in queue order", "Triage the bank-feed errors each morning", "Examine the
 *   applications in your work queue", "Scan the supporting documents that come in by post", "Ring
 *   patients with their scan results the same day", "Top up the liquid nitrogen in the storage
 *   dewars", "Knock out the moulds and shot-blast the castings", "Empty the donation boxes in the
 *   hides", "Chase overdue rent and overlock the units", "Mow the greens and change the pin
 *   positions", "Run the pro shop till and the buggy hire", "Open the safe and dress the windows",
 *   "Send out the pledge reminder letters", and in plans "Visit every new tenant in their first six
 *   weeks" and "Fix faulty chargers reported in the app".
 * - Tasks as noun phrases: "Crew conference at the Oban Bay Hotel, February", "Staff awards evening at
 *   the officers' club, November", "Open day at the base for the village", "New team jackets with the
 *   logo on the back", "Tenant conference at the Civic Hall, Saturday 12 June", "Label refresh for the
 *   navy-strength gin", "Trade tasting at the Balmoral, March", "Client webinar on the April tax
 *   changes", "Refit of the gift shop", "Christmas lights switch-on with the Mayor", "New signage at
 *   the entrance kiosk", "Staff summer party on the fishing deck", "Shona – NAMM booth 2027", "New
 *   forklift racking in the Oldham yard", "Trade breakfast at the Bolton branch", "Yard
 *   reorganisation", "Van wraps for the new Transits", "Stand at the Fully Charged Show", "API
 *   reference for the partner endpoints (TAL-2104)", "Company offsite, Lisbon", "Examiner away day in
 *   Peterborough", "Patient information evening at the Guildford clinic", "Family open day for the
 *   apprentices", "Wildlife Watch summer fair", "Store manager conference, York", "Captain's Day
 *   dinner dance", "New scorecards for the 2027 season", "Shop refits in Walsall and Dudley",
 *   "Christmas window campaign shoot", and in a plan "Crew recruitment fair in Stornoway". Deliverables
 *   without an effect are tasks too ("Reprint the summer timetable leaflets ...", "Repaint the visits
 *   hall", "Refresh the tenants' handbook", "Write tasting notes for the new cask releases", "Rewrite
 *   the onboarding checklist in Notion", "Host the BAA regional meeting", "Photograph the new finishes
 *   for the catalog", "Rebrand the app", "Build the Stripe integration", "Relaunch the passport
 *   guidance pages on gov.uk (HPA-330)", "Redesign the consent forms", "Paint the fettling shop",
 *   "Launch the new website", "Repaint the unit doors in the new orange", "Write the new storage
 *   agreement", "Re-photograph the online catalogue"), and so is the plan's swap without an effect
 *   ("Move the API to Kubernetes"). With an effect they are sound: "Move bookings to Sealink 5 so
 *   islanders can book ...", "Migrate clients onto the new payroll engine so a late starter can be
 *   added ...", "Rebuild reporting on ClickHouse 24 so year-end reports open in the page ...", "Move
 *   the rides to contactless so ...", "Move the yard stock onto handheld scanners so ...", "Move
 *   access control to phone keys so ...", "Move the pledge ledger to the cloud so ...", "Move counter
 *   bookings to one national calendar so ...", "Move healthcare appointments onto in-cell tablets so
 *   ...", "Move tee bookings online so ...", "Replace the 1998 linkspan ... so ...", "Swap to lighter
 *   70cl bottles so ...", "Scan our patterns in 3D so ...", "Re-turf the 18th green so ...", "Put
 *   hire quotes online so ...", "Melt at night when power is cheap so ...", "Run the stills on heat
 *   from the biomass boiler so ...", and activities whose sentence names what changes ("Education —
 *   run forklift and CSCS card courses so that men leave with a job offer ...", "Open shops in towns
 *   the banks have left, so people there have somewhere to borrow", "Sell winter corporate events in
 *   the Pavilion so that seasonal staff aren't laid off ...").
 * - First time and renewals: "Win Dark Sky Park status for the valley for the first time so ..." and
 *   "Get the 1898 Pavilion off Historic England's Heritage at Risk register" are outcomes (sound).
 *   Plain renewals stay compliance ("MCA passenger certificates renewed ...", "Licence for public
 *   entertainment renewed ...", "SOC 2 Type II report renewed", "Club premises certificate renewed
 *   with the council", and in plans "Cyber Essentials Plus renewed"). Customers renewing are sound:
 *   "Let customers renew a pledge from their phone ..." and "Get councils renewing their on-street
 *   contracts with us" (which carries kr-not-measurable for its empty KR).
 * - Sound despite a trap word: hires that name compliance, licensing, security or a qualification to
 *   open a market, a contract or a product (a port security compliance lead for the Orkney contract, a
 *   safer custody compliance manager for the new wing, a building safety compliance manager for the
 *   tower blocks, an export compliance manager for the US, a pensions compliance specialist, an
 *   outreach lead with an enhanced DBS for overnight camps, an FSC compliance coordinator, a timber
 *   compliance lead for PEFC timber, a CISRS advanced scaffolder for refinery shutdowns, a metrology
 *   compliance manager, a tax compliance specialist, a data protection compliance lead for death
 *   records, an HFEA licensing lead for a satellite clinic, a metallurgist with rail approvals
 *   experience, a fire safety compliance manager for converted mills, a greenkeeper with a PA6
 *   spraying ticket, an FCA compliance officer for instalment loans); "Hire a structural engineer on
 *   staff so corrosion is found before it closes a section of deck"; audits and surveys sold to
 *   customers ("Sell our damp surveys to the council's temporary-accommodation team ...", "Sell a
 *   year-end payroll audit pack ...", "Hire an ecologist who can audit developers' biodiversity net
 *   gain plans so councils pay us for the checks"); a regulation named as what the change avoids
 *   ("... ship to the US without CITES paperwork"); training and teaching with an effect ("Training:
 *   teach pursers to rebook disrupted passengers ... so that ...", "Train members as swift-water
 *   technicians so ...", "Train the bureau team on the Scottish tax bands so ...", "Teach amateur
 *   astronomers ...", "Teach bar staff in our partner venues the signature serve, so ...", "Train the
 *   yard lads on the new crane so ...", "Train labourers up to Part 1 so ...", "Teach users to
 *   reconcile ... so that ...", "Train examiners in face-matching so ...", "Teach GPs what to refer
 *   and when, so ...", "Train the fettlers on robot grinding so ...", "Train teachers to run forest
 *   school themselves so ...", "Train store managers to price by local demand so ...", "Train valuers
 *   on lab-grown diamonds so ...", "Shorten the custom shop wait by training apprentices ..."); and
 *   "keep" of an outcome ("Keep the Tiree route running through the winter storms ...", "Keep
 *   experienced officers in post ...", "Keep the team going through the summer peak ...", "Keep
 *   tenants in their homes when Universal Credit is late ...", "Keep the cask programme selling ...",
 *   "Keep clients when they grow past 50 staff ...", "Keep the telescope open to the public ...",
 *   "Keep the arcade busy on rainy days ...", "Keep necks straight in humid markets ...", "Keep our
 *   trade customers ...", "Keep our erectors through the winter ...", "Keep chargers working through
 *   the winter ...", "Keep users past their first tax year ...", "Keep the summer peak from becoming a
 *   backlog ...", "Keep our embryologists ...", "Keep the moulding line running ...", "Keep the
 *   volunteer work parties going ...", "Keep customers storing through the house move ...", "Keep the
 *   greens playable through a dry summer ...", "Keep repeat pledge customers ...").
 * - Copies in entries: owner, team and site prefixes on the parent's goal with synonyms or reordering
 *   ("Ops team: a ferry service islanders can set their watches by", "Resettlement team — make sure men
 *   leave Ashmoor less likely to come back", "Search team: find missing people on the open fell
 *   faster", "Repairs backlog: clear it so tenants aren't chasing us any more", "Visitor centre: make
 *   us somewhere people make the trip to Speyside for", "Partnerships — be the first bureau accountants
 *   recommend", "Education team — open up the night sky ...", "Commercial — get the pier paying its own
 *   way all year", "R&D — make a guitar that sounds played-in from the first day", "Stockport branch:
 *   be the first call for small builders in Greater Manchester", "Commercial team: become the
 *   scaffolding firm main contractors trust on live sites", "On-street team — charging on the street
 *   as easy as parking", "Tax squad: filing a tax return as the easiest part of running a small
 *   business", "Digital — applying for a passport online without needing help", "Patient Experience
 *   team — make every patient feel like more than a number"); the same metric with another number and
 *   scope ("Islay route: 310,000 passengers carried" under 1.1 million, "North area — re-let empty
 *   homes in 18 days on average" under 21 days, "Production line B: 3,200 guitars out of the door"
 *   under 9,000, "On-street chargers available 97% of the time in Lewisham" under "Network availability
 *   99%", "Heavy line: scrap below 6% on pump housings" under 4%, "Durham store: 78% occupancy by area
 *   let" under 85%), keeping number-title; and an earlier sibling's duty reworded ("Rake all the
 *   bunkers before the first tee-off each morning"), keeping job-requirement. In plans: the root's goal
 *   repeated by a team ("Give the islands a ferry they can build their lives around", "Resettlement:
 *   men leave Ashmoor less likely to return", "North: homes tenants are proud to live in", "Make Glen
 *   Arvie the Speyside distillery people travel across the world to see", "Partnerships — make payday
 *   something clients never worry about", "Make charging the easy bit of owning an EV", "Renew your
 *   passport from the sofa", "Nature recovering across the South Vale, not only on our reserves", "A
 *   club people of all ages want to join"); siblings and cousins reworded ("Let islanders book a car
 *   space online, no phone call needed", "Block drone drops over the east wall so drugs stop reaching
 *   the wings", "Property services: put damp and mould right first time", "Specialist shops in Japan
 *   and Taiwan stocking our single malt", "Contactless payment on every charger so drivers don't need
 *   the app", "Tax squad — sole traders through their first Making Tax Digital quarter with no
 *   accountant", "Let people renew online without sending their old passport in the post"); the same
 *   metric with another number or scope ("Harbour teams — on-time sailings at the island ports 93%",
 *   "Education — 70% of men off the wing for learning or work", "Tenancy sustainment: arrears under
 *   3.5% on new tenancies", "Taiwan: £900k of export revenue", "Field engineers: rapid chargers up 99%
 *   of the time" and "On-street availability 97%" (one group of three), "Trial to paid conversion: 20%"
 *   after the bare metric, "Accountant partners: £4m ARR from practices", "Durham office — 95% ..." and
 *   "Peterborough — 95% ..." (one group of three), "Grow membership to 32k", "Membership Committee — 650
 *   full members"); and copies of duties, which keep job-requirement ("Respond to employee payslip
 *   queries inside 4 hours", which also keeps number-title, "Check the livestock on the northern
 *   reserves", "Bunkers raked every morning before first tee-off"). A team-level copy of the root
 *   states a direction, so it is not also a container.
 * - Not copies: sharper children under their parent (the sound entries that carry a parent, e.g. "Get
 *   hauliers booking the overnight freight sailing ..." under the freight goal, "Drone team: fly at
 *   night so thermal searches don't stop at dusk" under the search goal, "Cut scrap on the big pump
 *   housings by simulating the pour ..." under "Scrap rate under 4%", "Get paid on time by main
 *   contractors without having to strike the scaffold" under "Debtor days", "Train store managers to
 *   price by local demand ..." under the occupancy goal, "Cut the time a broken charger sits dead ..."
 *   under "Network availability 99%"); in plans, a new metric on the same theme ("Fleet availability
 *   98%" beside "Sailings on time: 95%", "Client churn below 8%" beside the right-first-time goal,
 *   "Land in nature recovery: 12,000 hectares" beside "Members: 32,000"), and containers differing only
 *   in scope ("North area" / "South area", "Reserves — North" / "Reserves — South").
 * - kr-not-measurable: not flagged for the untouched default KRs whose titles carry a quantity
 *   ("Freight units on the overnight sailing: 40 a night", "Online renewals with no old passport posted
 *   in: 70%"), nor for KRs from 0 with a unit and a target ("Repairs booked in a slot the tenant
 *   chose", % 0 -> 60; "Parlour guitars sold through teachers", 0 -> 1,500 guitars). Flagged when any
 *   KR is bare, even beside a good one ("Make cancellations predictable ...", "Make the kitchen the
 *   place men learn a trade ...", "Get new tenants paying rent by direct debit ...", "Get members
 *   renewing without being reminded", "Grow kitchen showroom sales", "Turn trial users into paying
 *   ones", "Get more people sending in wildlife sightings"), and on a task ("Christmas lights switch-on
 *   with the Mayor" / "Switch-on delivered") and a compliance title ("Annual counter-fraud training for
 *   all examiners" / "Training done").
 * - `krs: []` on a duty, a task and a compliance title ("Escort men to outside hospital
 *   appointments", "Write tasting notes for the new cask releases", "HFEA Code of Practice training for
 *   new starters") gives only their title label, as the definition says; on two containers ("Kit &
 *   Vehicles", "Reserves team") it gives no-key-results as well.
 * - Plans may reuse an entry's wording: plans and entries are scored apart.
 * - Typos kept as written: "queing", "accross", "wich", "untill". American spellings ("call center",
 *   "behavior", "catalog") sit beside British ones ("queueing", "programme", "catalogue") on purpose.
 */

export type Holdout10Domain =
  | 'ferry-operator'
  | 'prison-service'
  | 'mountain-rescue'
  | 'housing-association'
  | 'craft-distillery'
  | 'payroll-bureau'
  | 'observatory'
  | 'seaside-pier'
  | 'guitar-maker'
  | 'builders-merchant'
  | 'scaffolder'
  | 'ev-charging'
  | 'bookkeeping-saas'
  | 'passport-office'
  | 'fertility-clinic'
  | 'foundry'
  | 'wildlife-trust'
  | 'self-storage'
  | 'golf-club'
  | 'pawnbroker';

export interface Holdout10Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout10Entry {
  title: string;
  domain: Holdout10Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout10Kr[];
}

export interface Holdout10Plan {
  name: string;
  domain: Holdout10Domain;
  /** In tree order; each clone group's original comes first depth-first and breadth-first. */
  nodes: { key: string; parentKey: string | null; title: string; expect: RuleCode[] }[];
  /** Original first, then its copies. */
  cloneGroups: string[][];
}

type Extra = Pick<Holdout10Entry, 'parent' | 'siblings' | 'krs'>;

const at =
  (domain: Holdout10Domain) =>
  (title: string, expect: RuleCode[] = [], extra: Extra = {}): Holdout10Entry => ({ title, domain, expect, ...extra });

/** A KR as the app leaves it when nobody fills it in: 0 -> 100, nothing recorded, no unit. */
const placeholder = (title: string): Holdout10Kr => ({ title, unit: '', start: 0, target: 100, current: 0 });
/** A KR with no numbers at all. */
const empty = (title: string): Holdout10Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout10Kr => ({
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
// ferry-operator: "Skerry Line", a lifeline ferry operator for the western isles (car decks, foot
// passengers, freight, the booking office).
const ferry = at('ferry-operator');
const FERRY_OPERATOR: Holdout10Entry[] = [
  ferry('Make the ferry something islanders can plan a hospital appointment around'),
  ferry('Get hauliers booking the overnight freight sailing instead of queing for space on the morning boat', [], {
    parent: 'Grow freight on the lifeline routes',
    krs: [placeholder('Freight units on the overnight sailing: 40 a night')],
  }),
  ferry('Marine — fit battery hybrid drive to the MV Eilean Mòr (built 2019) so she can run the short crossing on shore power'),
  ferry("Training: teach pursers to rebook disrupted passengers at the desk, so that foot passengers aren't sent back to the call center"),
  ferry('Keep the Tiree route running through the winter storms by pairing it with a second, heavier vessel'),
  ferry('Hire a port security compliance lead so we can bid for the Orkney freight contract'),
  ferry('Move bookings to Sealink 5 so islanders can book a car space on their phone without ringing the office (SKY-412)'),
  ferry("Shift more freight onto unaccompanied trailers so hauliers' drivers can stay on the mainland"),
  ferry('Replace the 1998 linkspan at Port Ellen so the bigger vessels can berth there at low tide'),
  ferry('Ruaridh: win back the coach-tour operators we lost after the 2025 cancellations'),
  ferry('Be the crossing visitors remember as part of their holiday, not the bit before it', [X], { krs: [] }),
  ferry('Make cancellations predictable with a 48-hour disruption outlook islanders trust', [M], {
    krs: [kr('Islanders who check the outlook before travelling', '%', 0, 60, 0), placeholder('Outlook trusted by the community councils')],
  }),
  ferry('On-time departures 96% accross the network', [N]),
  ferry('We carry 1.1m passengers in 2027', [N]),
  ferry('Cut fuel burnt per crossing by an eighth', [N]),
  ferry('Islay route: 310,000 passengers carried', [N, K], { parent: 'Carry 1.1 million passengers across the network in 2027' }),
  ferry('Ops team: a ferry service islanders can set their watches by', [K], { parent: 'Give islanders a ferry they can set their watch by' }),
  ferry('Crew conference at the Oban Bay Hotel, February', [T]),
  ferry('Reprint the summer timetable leaflets for the tourist offices', [T]),
  ferry('MCA passenger certificates renewed for all five vessels', [C]),
  ferry('ISM audit with no major non-conformities', [C]),
  ferry('Ops — sweep and hose the car deck after every sailing', [J]),
  ferry('Cover the booking line and the Facebook inbox during office hours', [J]),
  ferry('Harbour Master', [G]),
  ferry('Fleet & Marine Ops — 2027/28 objectives', [G]),
];

// ---------------------------------------------------------------------------------------------
// prison-service: a regional group of public prisons (HMP Ashmoor, HMP Hollins Moor): resettlement,
// education, safety, security.
const prison = at('prison-service');
const PRISON_SERVICE: Holdout10Entry[] = [
  prison('Get every man leaving Ashmoor into settled accommodation on the night of release'),
  prison('Make the visits hall somewhere children want to come back to'),
  prison('Education — run forklift and CSCS card courses so that men leave with a job offer, not just a certificate'),
  prison('Hire a safer custody compliance manager so the new 200-bed wing can open on schedule'),
  prison('Cut the hours men spend behind their doors by opening the workshops in the afternoons too', [], {
    parent: 'Release men from Ashmoor less likely to come back',
  }),
  prison('Keep experienced officers in post past their third year'),
  prison('Stop drones getting parcels over the wall at Hollins Moor'),
  prison('Move healthcare appointments onto in-cell tablets so fewer men miss them for want of an escort'),
  prison('Get men aged 18–21 into education in their first week rather than waiting for a place'),
  prison('Reduce self-harm on the first night in custody by putting a Listener on every reception wing'),
  prison('Build family ties that last through a long sentence', [X], { krs: [] }),
  prison("Make the kitchen the place men learn a trade they'll use outside", [M], {
    krs: [kr('Kitchen workers leaving with a food hygiene qualification and an NVQ', '%', 0, 70, 0), empty('Links with local restaurants')],
  }),
  prison('Reoffending within 12 months of release', [N]),
  prison('Purposeful activity: 70% of men off the wing for part of every weekday', [N]),
  prison('Halve assaults on staff at Ashmoor', [N]),
  prison('Do the roll check four times a day on every wing', [N, J]),
  prison('Resettlement team — make sure men leave Ashmoor less likely to come back', [K], {
    parent: 'Release men from Ashmoor less likely to come back',
  }),
  prison("Staff awards evening at the officers' club, November", [T]),
  prison('Repaint the visits hall', [T]),
  prison('HMIP inspection — ready for the unannounced visit', [C]),
  prison("Every officer's control & restraint refresher in date", [C]),
  prison('Escort men to outside hospital appointments', [J], { krs: [] }),
  prison('Do the cell searches on the weekly rota', [J]),
  prison('Governor, HMP Hollins Moor', [G]),
  prison('Residential wings', [G]),
];

// ---------------------------------------------------------------------------------------------
// mountain-rescue: a volunteer mountain rescue team in the Lake District (a charity: call-outs,
// members, the base, vehicles, fundraising).
const rescue = at('mountain-rescue');
const MOUNTAIN_RESCUE: Holdout10Entry[] = [
  rescue('Reach casualties in Langstrath before dark in winter'),
  rescue('Get walkers ringing 999 with a what3words fix so we stop sweeping whole fells'),
  rescue("Recruit members who live on the west side of the valley so night call-outs aren't all driven from Keswick"),
  rescue('Train members as swift-water technicians so we can go into the river in spate without waiting for the fire service'),
  rescue('Keep the team going through the summer peak without burning out the same six people'),
  rescue('Raise money from the people we rescue and their families, not just from the village fete'),
  rescue('Replace the 2011 Land Rover with a vehicle that can get a stretcher team up the Honister track'),
  rescue("Drone team: fly at night so thermal searches don't stop at dusk", [], { parent: 'Find missing people faster on the open fell' }),
  rescue("Make our incident reports useful to the national park's footpath team"),
  rescue('Hire a part-time volunteer coordinator so new members stop drifting away after their first winter'),
  rescue('Be the team walkers already know about before they need us', [X], { krs: [] }),
  rescue('Get more walkers carrying a map and a torch in winter', [M], { krs: [placeholder('Walkers prepared')] }),
  rescue('Response time to call-outs', [N]),
  rescue('Raise £180k for the new base', [N]),
  rescue('Operational members: 45', [N]),
  rescue('Kit & Vehicles', [G, X], { krs: [] }),
  rescue('Search team: find missing people on the open fell faster', [K], { parent: 'Find missing people faster on the open fell' }),
  rescue('Open day at the base for the village', [T]),
  rescue('New team jackets with the logo on the back', [T]),
  rescue('Casualty care certificates in date for every team member', [C]),
  rescue('Charity Commission annual return filed', [C]),
  rescue('Check the stretchers and vac mats after every call-out', [J]),
  rescue('Take the SARCALL alerts in your rota week', [J]),
  rescue('Team Leader', [G]),
  rescue('Fundraising goals 2027', [G]),
];

// ---------------------------------------------------------------------------------------------
// housing-association: "Northmoor Homes", a housing association with about 18,000 homes in the North
// West (repairs, rents, empty homes, new build, tenant services).
const housing = at('housing-association');
const HOUSING_ASSOCIATION: Holdout10Entry[] = [
  housing("Fix damp and mould the first time we're called, so tenants don't have to chase us"),
  housing('Let tenants book a repair slot that fits around their shifts', [], {
    krs: [kr('Repairs booked in a slot the tenant chose', '%', 0, 60, 0)],
  }),
  housing('Build the Riverside scheme so older tenants can downsize without leaving the estate'),
  housing("Sell our damp surveys to the council's temporary-accommodation team so families aren't placed in mouldy flats"),
  housing('Hire a building safety compliance manager so we can take on the Pemberton tower blocks from the council'),
  housing('Keep tenants in their homes when Universal Credit is late, with a hardship fund that covers the rent gap'),
  housing("Replace the 1970s storage heaters on the Moss estate with heat pumps so tenants' bills come down"),
  housing("Repairs — operatives carry the parts for the commonest jobs so fewer visits end in 'we'll come back'", [], {
    parent: 'End the repairs backlog so tenants stop chasing us',
  }),
  housing('Rehouse the families in the Fairfield B&Bs into homes of their own'),
  housing('Make anti-social behavior reports something tenants trust us to act on'),
  housing('Give tenants a real say in how the estates are run', [X], { krs: [] }),
  housing('Get new tenants paying rent by direct debit from their first week', [M], {
    krs: [kr('New tenants paying by direct debit', '%', 0, 80, 0), placeholder('Sign-up process')],
  }),
  housing('Rent arrears under 2.5% of the rent roll', [N]),
  housing('Average re-let time 21 days', [N]),
  housing('Tenant satisfaction with repairs (TSM)', [N]),
  housing('North area — re-let empty homes in 18 days on average', [N, K], { parent: 'Cut the average re-let time to 21 days' }),
  housing("Repairs backlog: clear it so tenants aren't chasing us any more", [K], {
    parent: 'End the repairs backlog so tenants stop chasing us',
  }),
  housing('Tenant conference at the Civic Hall, Saturday 12 June', [T]),
  housing("Refresh the tenants' handbook", [T]),
  housing('Gas safety checks (CP12) in date for every home with a boiler', [C]),
  housing('Consumer standards self-assessment signed off by the board for the regulator', [C]),
  housing('Do the monthly estate walkabouts with the caretakers', [J]),
  housing('Send the arrears letters for your patch', [J]),
  housing('Director of Housing Services', [G]),
  housing('Moss estate', [G]),
];

// ---------------------------------------------------------------------------------------------
// craft-distillery: "Glen Arvie", a Speyside gin and single-malt distillery with a visitor centre, a
// cask club and an online shop.
const distillery = at('craft-distillery');
const CRAFT_DISTILLERY: Holdout10Entry[] = [
  distillery("Get our gin onto the back bar of the cocktail places in Edinburgh's New Town"),
  distillery("Sell our first single malt cask by cask to members before it's ever bottled"),
  distillery('Run the stills on heat from the biomass boiler so we can call the gin carbon-neutral honestly'),
  distillery('Give visitors a reason to book a second tour: a blending room where they make their own'),
  distillery('Get the gin listed in World Duty Free at Glasgow Airport'),
  distillery('Hire an export compliance manager so we can sell into the US three-tier system without a broker'),
  distillery('Keep the cask programme selling when whisky prices fall'),
  distillery("Swap to lighter 70cl bottles so a six-bottle case fits the courier's cheaper weight band"),
  distillery('Iona: grow trade accounts in the Highlands so we depend less on the tourist summer'),
  distillery('Teach bar staff in our partner venues the signature serve, so it ends up on their menus'),
  distillery('Be known for the botanicals we grow ourselves', [X], { krs: [] }),
  distillery('Turn online shop visitors into club members', [M], { krs: [empty('Club growth')] }),
  distillery('Bottles sold: 85,000 in FY27', [N]),
  distillery('Gross margin 58% on the online shop', [N]),
  distillery('Export revenue', [N]),
  distillery('Visitor centre: make us somewhere people make the trip to Speyside for', [K], {
    parent: 'Make Glen Arvie a distillery people travel to Speyside for',
  }),
  distillery('Label refresh for the navy-strength gin', [T]),
  distillery('Trade tasting at the Balmoral, March', [T]),
  distillery('Write tasting notes for the new cask releases', [T], { krs: [] }),
  distillery('Excise warehouse approval kept with HMRC', [C]),
  distillery('Environmental Health inspection of the café kitchen', [C]),
  distillery('Fill and log the casks as they come off the spirit still', [J]),
  distillery('Marcus: pack the web orders each afternoon', [J]),
  distillery('Head Distiller', [G]),
  distillery('Still House', [G]),
];

// ---------------------------------------------------------------------------------------------
// payroll-bureau: "Paywise", a payroll bureau for small employers (pay runs, pensions, RTI filing, a
// client portal, accountant partners).
const payroll = at('payroll-bureau');
const PAYROLL_BUREAU: Holdout10Entry[] = [
  payroll("Make payday a day our clients' staff never have to think about"),
  payroll("Get care-home clients' staff paid right when shifts change after the cut-off"),
  payroll('Win the payroll for the dental groups our partner accountants already look after'),
  payroll('Migrate clients onto the new payroll engine so a late starter can be added the day before payday'),
  payroll('Hire a pensions compliance specialist so we can sell auto-enrolment re-enrolment as a paid service'),
  payroll("Keep clients when they grow past 50 staff by offering the HR add-ons they'd otherwise buy elsewhere"),
  payroll('Let employees download their own P60 from the portal so clients stop forwarding us the requests'),
  payroll('Train the bureau team on the Scottish tax bands so Scottish clients stop getting coding errors'),
  payroll('Sell a year-end payroll audit pack to clients whose accountants ask for the evidence'),
  payroll('Get new clients live in their first pay period without parallel running', [], {
    parent: 'Become the bureau accountants recommend first',
  }),
  payroll('Make the portal the place clients go first, not the phone', [X], { krs: [] }),
  payroll('Cut the mistakes clients find on their payslips', [M], { krs: [placeholder('Payslip mistakes')] }),
  payroll('Pay runs with no correction needed: 99.5%', [N]),
  payroll('Client churn under 8% a year', [N]),
  payroll('Add 120 new employer clients', [N]),
  payroll('Answer employee payslip queries within 4 hours', [N, J]),
  payroll('Partnerships — be the first bureau accountants recommend', [K], { parent: 'Become the bureau accountants recommend first' }),
  payroll('Client webinar on the April tax changes', [T]),
  payroll('Rewrite the onboarding checklist in Notion', [T]),
  payroll('Keep ISO 27001 — a clean surveillance audit in March', [C]),
  payroll('GDPR refresher module done by everyone', [C]),
  payroll('Key in the timesheets from clients who still send spreadsheets', [J]),
  payroll('Process starters and leavers before each cut-off', [J]),
  payroll('Client Services Manager', [G]),
  payroll('Pensions team', [G]),
];

// ---------------------------------------------------------------------------------------------
// observatory: "Kielderhope Observatory", a public observatory and planetarium run by a university
// trust (shows, school visits, a research telescope, dark-sky tourism, members).
const observatory = at('observatory');
const OBSERVATORY: Holdout10Entry[] = [
  observatory('Get schools from the old coalfield villages up the hill, not just the grammar schools'),
  observatory('Make the planetarium what families do on a wet Saturday in half-term'),
  observatory("Sell time on the 1.2 m telescope to universities that don't have their own"),
  observatory('Win Dark Sky Park status for the valley for the first time so astro-tourists stay overnight'),
  observatory('Keep the telescope open to the public after the research grant ends'),
  observatory('Replace the 1990s dome projector so shows can run the live sky instead of fixed films'),
  observatory('Teach amateur astronomers to send in variable-star data wich our researchers can actually use'),
  observatory('Hire an outreach lead with an enhanced DBS so we can run overnight camps for Scout groups'),
  observatory('Get local B&Bs selling our stargazing evenings as part of a stay', [], {
    parent: 'Make the valley a place astro-tourists stay overnight',
  }),
  observatory('Turn the café into a reason to visit in daylight'),
  observatory('Put the observatory on the map for people who have never looked through a telescope', [X], { krs: [] }),
  observatory('Get members renewing without being reminded', [M], {
    krs: [kr('Members renewing before the reminder goes out', '%', 0, 45, 0), empty('Renewal experience')],
  }),
  observatory('Visitors: 60,000 a year', [N]),
  observatory('Planetarium shows 75% full at weekends', [N]),
  observatory('Secondary-school bookings up by half', [N]),
  observatory("Education team — open up the night sky to people who've never seen the Milky Way", [K], {
    parent: 'Open the night sky to people who have never seen the Milky Way',
  }),
  observatory('Refit of the gift shop', [T]),
  observatory('Host the BAA regional meeting', [T]),
  observatory('Laser safety training for every presenter who uses the green pointers', [C]),
  observatory('Licence for public entertainment renewed for the planetarium', [C]),
  observatory('Safeguarding policy signed by every volunteer', [C]),
  observatory('Open and close the dome for the evening shows', [J]),
  observatory('Reset the planetarium seating between shows', [J]),
  observatory('Director of Public Engagement', [G]),
  observatory('Dome & Shows', [G]),
];

// ---------------------------------------------------------------------------------------------
// seaside-pier: "Saltcombe Pier", a Victorian pleasure pier with arcades, rides, a fishing deck and a
// pavilion for events.
const pier = at('seaside-pier');
const SEASIDE_PIER: Holdout10Entry[] = [
  pier('Give people a reason to walk to the end of the pier in November'),
  pier('Get the ironwork repaired with heritage money so we never have to shut the far end'),
  pier('Turn the Pavilion into a wedding venue couples book a year ahead'),
  pier('Let anglers buy a season pass online so they stop queueing at the kiosk'),
  pier('Keep the arcade busy on rainy days with prize games families come back for'),
  pier("Move the rides to contactless so we don't run out of float on bank holidays"),
  pier('Hire a structural engineer on staff so corrosion is found before it closes a section of deck'),
  pier('Make the pier somewhere locals bring their visitors, not just a day-tripper thing'),
  pier("Get the 1898 Pavilion off Historic England's Heritage at Risk register (https://historicengland.org.uk/advice/heritage-at-risk/)"),
  pier("Sell winter corporate events in the Pavilion so that seasonal staff aren't laid off after October", [], {
    parent: 'Make the pier pay its own way all year round',
  }),
  pier('Bring the Victorian promenade feel back to the deck', [X], { krs: [] }),
  pier('Cut the litter that blows off the pier into the sea', [M], { krs: [empty('Less litter')] }),
  pier('Footfall 1.4m through the turnstiles', [N]),
  pier('Spend per head', [N]),
  pier('Raise £2.5m for the deck restoration', [N]),
  pier('Commercial — get the pier paying its own way all year', [K], { parent: 'Make the pier pay its own way all year round' }),
  pier('Christmas lights switch-on with the Mayor', [T, M], { krs: [placeholder('Switch-on delivered')] }),
  pier('New signage at the entrance kiosk', [T]),
  pier('Staff summer party on the fishing deck', [T]),
  pier('Annual structural inspection of the pier legs', [C]),
  pier('ADIPS inspection for every ride before Easter', [C]),
  pier('Empty the coin hoppers and bank the takings', [J]),
  pier('Close the pier gates when the wind gets up', [J]),
  pier('Pier Manager', [G]),
  pier('Arcade & Rides', [G]),
];

// ---------------------------------------------------------------------------------------------
// guitar-maker: "Holloway Guitars", a workshop-factory making acoustic guitars, with a custom shop and
// a dealer network.
const guitar = at('guitar-maker');
const GUITAR_MAKER: Holdout10Entry[] = [
  guitar("Build a parlour guitar that beginners' parents can afford and teachers recommend", [], {
    krs: [kr('Parlour guitars sold through teachers', 'guitars', 0, 1500, 0)],
  }),
  guitar('Shorten the custom shop wait by training apprentices to fret and set up'),
  guitar('Replace rosewood fingerboards with torrefied maple so we can ship to the US without CITES paperwork'),
  guitar('Win dealers in Germany who stock one acoustic brand per price point'),
  guitar('Keep necks straight in humid markets with a carbon-fibre reinforcement'),
  guitar('Hire an FSC compliance coordinator so we can sell the Ecotone range to the big music chains'),
  guitar('Make our setup so good out of the box that dealers stop redoing it'),
  guitar('Stop winter shipments cracking by humidifying the cartons'),
  guitar('Get touring players in Nashville playing our 000 model on stage'),
  guitar('Bring the spray booth in-house so finishing stops being the bottleneck', [], { parent: 'Ship 9,000 guitars this year' }),
  guitar('Be the workshop guitarists make a pilgrimage to', [X], { krs: [] }),
  guitar('Grow direct sales from the custom shop', [M], { krs: [placeholder('Custom orders')] }),
  guitar('Ship 9,000 guitars in 2027', [N]),
  guitar('Warranty returns stay below 1.5%', [N]),
  guitar('Dealer sell-through rate', [N]),
  guitar('Production line B: 3,200 guitars out of the door', [N, K], { parent: 'Ship 9,000 guitars this year' }),
  guitar('R&D — make a guitar that sounds played-in from the first day', [K], {
    parent: 'Make a guitar that sounds played-in from day one',
  }),
  guitar('Shona – NAMM booth 2027', [T]),
  guitar('Photograph the new finishes for the catalog', [T]),
  guitar('CITES permits in place for every rosewood shipment', [C]),
  guitar("LEV dust extraction thorough examination by the insurer's engineer", [C]),
  guitar('Sharpen the chisels and plane irons before the week starts', [J]),
  guitar('Set up each guitar before it goes in the box', [J]),
  guitar('Workshop Manager', [G]),
  guitar('Custom Shop', [G]),
];

// ---------------------------------------------------------------------------------------------
// builders-merchant: "Kellett's", an independent builders' merchant with 14 branches in Greater
// Manchester (timber, heavy-side, trade counters, deliveries, a kitchen showroom).
const merchant = at('builders-merchant');
const BUILDERS_MERCHANT: Holdout10Entry[] = [
  merchant('Get timber to site the same morning for small builders who order before 7'),
  merchant("Make the trade counter somewhere builders are in and out before the kettle's boiled"),
  merchant('Win the council framework for the Stockport retrofit scheme'),
  merchant('Sell heat pumps with an installer booked, so plumbers buy the kit from us rather than online'),
  merchant('Stop sending half-empty lorries by showing builders when a wagon is already going their way'),
  merchant('Hire a timber compliance lead so we can supply PEFC-certified timber to the housebuilders'),
  merchant('Keep our trade customers when the national chains undercut us on plasterboard'),
  merchant("Move the yard stock onto handheld scanners so the website stops selling timber we don't have"),
  merchant('Get self-builders opening an account instead of paying cash once'),
  merchant('Train the yard lads on the new crane so deliveries can go over site hoardings', [], {
    parent: 'Become the first call for small builders in Greater Manchester',
  }),
  merchant("Be the merchant small builders trust to tell them what's really in stock", [X], { krs: [] }),
  merchant('Grow kitchen showroom sales', [M], {
    krs: [empty('Showroom visits'), kr('Showroom revenue', '£', 0, 900000, 120000)],
  }),
  merchant('OTIF deliveries 97%', [N]),
  merchant('Trade accounts opened: 600', [N]),
  merchant('Sales per branch per week', [N]),
  merchant('Stockport branch: be the first call for small builders in Greater Manchester', [K], {
    parent: 'Become the first call for small builders in Greater Manchester',
  }),
  merchant('New forklift racking in the Oldham yard', [T]),
  merchant('Trade breakfast at the Bolton branch', [T]),
  merchant('LOLER thorough examination of the lorry-mounted cranes', [C]),
  merchant('FORS Silver accreditation kept for the fleet', [C]),
  merchant("Load tomorrow's delivery wagons before close", [J]),
  merchant('Yard — cut timber to length for counter orders', [J]),
  merchant('Branch Manager, Oldham', [G]),
  merchant('Heavy-side', [G]),
  merchant('Trade counter goals — FY28', [G]),
];

// ---------------------------------------------------------------------------------------------
// scaffolder: "Brightwell Scaffolding", a scaffolding contractor working for housebuilders, roofers
// and main contractors (erectors, a yard, design, hire).
const scaffold = at('scaffolder');
const SCAFFOLDER: Holdout10Entry[] = [
  scaffold("Get scaffolds up on the day we promised so roofers don't stand the weekend waiting"),
  scaffold("Win the repairs-and-maintenance scaffolding for the housing association's low-rise estates"),
  scaffold('Take on the temporary roof work we currently sub out'),
  scaffold('Hire a CISRS advanced scaffolder as supervisor so we can tender for the refinery shutdowns'),
  scaffold('Keep our erectors through the winter by finding them indoor access work'),
  scaffold('Stop losing tube and fittings on site by tagging every bundle that leaves the yard'),
  scaffold('Put hire quotes online so small builders can price a job on a Sunday'),
  scaffold('Make our scaffolds the ones roofers ask for by name'),
  scaffold('Train labourers up to Part 1 so they start earning as erectors sooner'),
  scaffold('Get paid on time by main contractors without having to strike the scaffold', [], { parent: 'Debtor days' }),
  scaffold("Be the scaffolder the neighbours don't complain about", [X], { krs: [] }),
  scaffold('Cut the damage to tube in the yard', [M], { krs: [placeholder('Tube condition')] }),
  scaffold('Turnover £6.8m', [N]),
  scaffold('Zero RIDDOR-reportable accidents', [N]),
  scaffold('Debtor days', [N]),
  scaffold('Commercial team: become the scaffolding firm main contractors trust on live sites', [K], {
    parent: 'Become the scaffolder main contractors trust on live sites',
  }),
  scaffold('Yard reorganisation', [T]),
  scaffold('Van wraps for the new Transits', [T]),
  scaffold('CISRS cards in date for every erector', [C]),
  scaffold('Statutory scaffold inspections logged for every live job', [C]),
  scaffold('Working at height refresher for the whole workforce', [C]),
  scaffold('Strike scaffolds once the client signs off', [J]),
  scaffold('Check the tube back into the yard and scrap the bent lengths', [J]),
  scaffold('Contracts Manager', [G]),
  scaffold('Yard', [G]),
];

// ---------------------------------------------------------------------------------------------
// ev-charging: "Voltway", a charge point operator (rapid hubs on motorways, on-street chargers for
// councils, an app).
const ev = at('ev-charging');
const EV_CHARGING: Holdout10Entry[] = [
  ev('Make a rapid charge at our hubs something drivers rely on without checking the app first'),
  ev("Win the on-street contract for Lewisham's terraced streets"),
  ev('Let drivers pay by card at every charger so nobody needs our app'),
  ev('Upgrade the Leigh Delamere hub to 350 kW units so long-range cars stop queuing'),
  ev('Get van fleets charging overnight at our hubs on a contract rate'),
  ev('Hire a metrology compliance manager so we can sell by the kWh under the new pricing rules'),
  ev('Keep chargers working through the winter by moving repairs to a local crew'),
  ev('Cut the time a broken charger sits dead by letting engineers reset it remotely', [], { parent: 'Network availability 99%' }),
  ev('Turn the hubs into somewhere people are happy to spend 20 minutes'),
  ev('Tomasz — win back the taxi drivers who left after the 2026 price rise'),
  ev('Be the network drivers plan their route around', [X], { krs: [] }),
  ev('Get councils renewing their on-street contracts with us', [M], { krs: [empty('Council relationships')] }),
  ev('Uptime 99% across the rapid network', [N]),
  ev('Energy sold: 180 GWh', [N]),
  ev('Utilisation per charger', [N]),
  ev('On-street chargers available 97% of the time in Lewisham', [N, K], { parent: 'Network availability 99%' }),
  ev('On-street team — charging on the street as easy as parking', [K], { parent: 'Make charging on the street as easy as parking' }),
  ev('Rebrand the app', [T]),
  ev('Stand at the Fully Charged Show', [T]),
  ev('Public Charge Point Regulations reliability report submitted to OZEV', [C]),
  ev('Electrical Installation Condition Report for every hub', [C]),
  ev('Respond to faults reported through the app', [J]),
  ev('Wipe the screens and check the cables on the site rounds', [J]),
  ev('Head of Network Operations', [G]),
  ev('Motorway hubs', [G]),
];

// ---------------------------------------------------------------------------------------------
// bookkeeping-saas: "Tally", an accounting app for sole traders and small limited companies (bank
// feeds, Making Tax Digital filing, accountant partners).
const tally = at('bookkeeping-saas');
const BOOKKEEPING_SAAS: Holdout10Entry[] = [
  tally('Get sole traders through their first Making Tax Digital quarter without calling an accountant — see go/mtd-journey'),
  tally('Make bank feeds reliable enough that users stop uploading CSVs'),
  tally('Win small accounting practices by letting them see all their clients in one place'),
  tally('Rebuild reporting on ClickHouse 24 so year-end reports open in the page instead of arriving by email'),
  tally('Hire a tax compliance specialist so we can file Self Assessment returns for users directly'),
  tally("Keep users past their first tax year by showing them what they'll owe before it's due"),
  tally('Let landlords track income per property so we can sell to the 2.7m of them'),
  tally('Dev: auto-categorise receipts from a photo so users stop leaving them all untill January'),
  tally('Get users in Ireland onto the same app, no separate Irish version'),
  tally('Teach users to reconcile with in-product walkthroughs, so that tickets about reconciliation dry up'),
  tally('Make bookkeeping something you do while the kettle boils', [X], { krs: [] }),
  tally('Turn trial users into paying ones', [M], {
    krs: [kr('Trials converting to paid within 30 days', '%', 0, 22, 0), placeholder('Onboarding quality')],
  }),
  tally('ARR £14m', [N]),
  tally('Net revenue retention 104%', [N]),
  tally('Monthly active businesses', [N]),
  tally('Tax squad: filing a tax return as the easiest part of running a small business', [K], {
    parent: 'Make filing a tax return the easiest part of running a small business',
  }),
  tally('API reference for the partner endpoints (TAL-2104)', [T]),
  tally('Build the Stripe integration', [T]),
  tally('Company offsite, Lisbon', [T]),
  tally('HMRC recognition kept for our MTD software', [C]),
  tally('SOC 2 Type II report renewed', [C]),
  tally('Answer the in-app chat in queue order', [J]),
  tally('Triage the bank-feed errors each morning', [J]),
  tally('Head of Accountant Partnerships', [G]),
  tally('Payments squad', [G]),
];

// ---------------------------------------------------------------------------------------------
// passport-office: the Passport & Identity Agency, a national public body (applications, examiners,
// counters, counter-fraud, the online service).
const passport = at('passport-office');
const PASSPORT_OFFICE: Holdout10Entry[] = [
  passport('Get renewals done without anyone having to post their old passport', [], {
    krs: [placeholder('Online renewals with no old passport posted in: 70%')],
  }),
  passport("Stop people paying for Fast Track because they don't trust the standard service"),
  passport('Make the online photo check good enough that applications rarely bounce for the photo'),
  passport("Issue children's first passports without a countersignatory where we can check identity another way"),
  passport("Hire a data protection compliance lead so we can get death records from the registrars and stop fraud on dead people's identities"),
  passport('Keep the summer peak from becoming a backlog by bringing seasonal examiners in from January'),
  passport('Move counter bookings to one national calendar so people in Cornwall can take a Bristol slot'),
  passport('Catch forged birth certificates before a passport is issued, not after', [], {
    parent: 'Keep fraudsters out of the passport system',
  }),
  passport('Get overseas renewals back to people abroad as fast as renewals at home'),
  passport('Train examiners in face-matching so we catch more impostor applications'),
  passport('Make a British passport the easiest official document to renew', [X], { krs: [] }),
  passport('Cut the calls from people asking where their application is', [M], {
    krs: [placeholder('Where-is-my-application calls')],
  }),
  passport('90% of standard renewals issued within three weeks', [N]),
  passport('Cost per passport', [N]),
  passport('Fraudulent applications stopped: 2,500', [N]),
  passport('Digital — applying for a passport online without needing help', [K], {
    parent: 'Make applying for a passport something people do online without help',
  }),
  passport('Annual counter-fraud training for all examiners', [C, M], { krs: [empty('Training done')] }),
  passport('Relaunch the passport guidance pages on gov.uk (HPA-330)', [T]),
  passport('Examiner away day in Peterborough', [T]),
  passport('Cabinet Office security review passed', [C]),
  passport('Baseline Personnel Security Standard checks on every new starter', [C]),
  passport('Examine the applications in your work queue', [J]),
  passport('Scan the supporting documents that come in by post', [J]),
  passport('Director of Operations, Durham', [G]),
  passport('Counter service', [G]),
];

// ---------------------------------------------------------------------------------------------
// fertility-clinic: "Meridian Fertility", a private fertility clinic group that also treats NHS-funded
// patients (IVF, egg freezing, donors, counselling).
const fertility = at('fertility-clinic');
const FERTILITY_CLINIC: Holdout10Entry[] = [
  fertility('Give every patient a named nurse from first consultation to pregnancy test'),
  fertility('Get NHS-funded couples from referral to first cycle without a waiting list'),
  fertility('Offer egg freezing so women in their early thirties can plan for it, not as a last resort'),
  fertility("Win the Kent commissioners' contract for NHS IVF"),
  fertility('Hire an HFEA licensing lead so we can open the Canterbury satellite clinic'),
  fertility('Keep our embryologists by giving them protected research time'),
  fertility('Move to time-lapse incubators so embryos can be assessed without taking them out'),
  fertility('Make the cost of treatment clear up front so no patient gets a surprise bill'),
  fertility('Aoife: recruit sperm donors from the communities our patients come from'),
  fertility("Teach GPs what to refer and when, so couples don't wait a year before they reach us"),
  fertility("Be the clinic patients recommend even when treatment didn't work", [X], { krs: [] }),
  fertility("Make counselling part of every patient's care", [M], { krs: [empty('Counselling offered')] }),
  fertility('Live birth rate per embryo transfer', [N]),
  fertility('Run 1,800 IVF cycles in 2027', [N]),
  fertility('Cancelled cycles below 5%', [N]),
  fertility('Patient Experience team — make every patient feel like more than a number', [K], {
    parent: 'Make every patient feel they are more than a number',
  }),
  fertility('Patient information evening at the Guildford clinic', [T]),
  fertility('Redesign the consent forms', [T]),
  fertility('HFEA licence renewal inspection', [C]),
  fertility('Witnessing audit for the HFEA every quarter', [C]),
  fertility('HFEA Code of Practice training for new starters', [C], { krs: [] }),
  fertility('Ring patients with their scan results the same day', [J]),
  fertility('Top up the liquid nitrogen in the storage dewars', [J]),
  fertility('Lead Embryologist', [G]),
  fertility('Guildford clinic', [G]),
];

// ---------------------------------------------------------------------------------------------
// foundry: "Hartshill Castings", an iron foundry (pump housings, access covers, parts for rail).
const foundry = at('foundry');
const FOUNDRY: Holdout10Entry[] = [
  foundry("Win castings for the water companies' new pumping stations"),
  foundry('Cut scrap on the big pump housings by simulating the pour before we make the pattern', [], {
    parent: 'Scrap rate under 4%',
  }),
  foundry('Melt at night when power is cheap so we can price against imported castings'),
  foundry('Get our access covers specified by councils on whole-street schemes'),
  foundry('Hire a metallurgist with rail approvals experience so we can cast brake parts for Network Rail'),
  foundry('Keep the moulding line running when the sand plant goes down by having a second mixer'),
  foundry('Scan our patterns in 3D so we can remake an obsolete part without the original pattern'),
  foundry('Train the fettlers on robot grinding so they stop getting vibration white finger'),
  foundry('Sell reclaimed cast-iron heritage railings into conservation areas'),
  foundry('Give customers delivery dates they can plan a shutdown around'),
  foundry('Be the foundry engineers ring when a part is no longer made', [X], { krs: [] }),
  foundry('Grow the rail business', [M], { krs: [placeholder('Rail customers')] }),
  foundry('Scrap rate under 4%', [N]),
  foundry('Tonnes poured per shift', [N]),
  foundry('Sales £22m', [N]),
  foundry('Heavy line: scrap below 6% on pump housings', [N, K], { parent: 'Scrap rate under 4%' }),
  foundry('Take a sand sample from the mixer every two hours', [N, J]),
  foundry('Paint the fettling shop', [T]),
  foundry('Family open day for the apprentices', [T]),
  foundry('Environmental permit emissions report to the Environment Agency', [C]),
  foundry('Overhead crane insurance inspection', [C]),
  foundry('Knock out the moulds and shot-blast the castings', [J]),
  foundry('Log the melt temperatures for each ladle', [J]),
  foundry('Works Manager', [G]),
  foundry('Melt shop', [G]),
];

// ---------------------------------------------------------------------------------------------
// wildlife-trust: "the Vale Wildlife Trust", a county wildlife charity (nature reserves, volunteers,
// members, planning casework, education).
const wildlife = at('wildlife-trust');
const WILDLIFE_TRUST: Holdout10Entry[] = [
  wildlife('Bring beavers back to the Ouse headwaters with the landowners on side'),
  wildlife('Get farmers in the clay vale paid for hedgerows through the new land schemes'),
  wildlife('Stop the Whitewater bypass going through the ancient woodland'),
  wildlife('Make our reserves somewhere people from the town estates visit, not just birders'),
  wildlife("Hire an ecologist who can audit developers' biodiversity net gain plans so councils pay us for the checks"),
  wildlife('Keep the volunteer work parties going when the Thursday regulars retire'),
  wildlife('Bring grazing in-house with our own herd so the meadows are grazed when they need it'),
  wildlife("Train teachers to run forest school themselves so we reach schools we can't visit"),
  wildlife('Turn members into regular givers with a reason to give more than the subscription'),
  wildlife('Restore the fen at Holme Lode so bitterns breed there again'),
  wildlife("Put nature back into the county's towns", [X], { krs: [] }),
  wildlife('Get more people sending in wildlife sightings', [M], {
    krs: [kr('Records submitted through the app', 'records', 0, 12000, 1500), empty('Recorder community')],
  }),
  wildlife('Members: 32,000', [N]),
  wildlife('Hectares we manage up by a fifth', [N]),
  wildlife('Grant income', [N]),
  wildlife('Reserves team', [G, X], { krs: [] }),
  wildlife('Head of Conservation', [G]),
  wildlife('North Bucks', [G]),
  wildlife('Trust priorities 2027–30', [G]),
  wildlife('Wildlife Watch summer fair', [T]),
  wildlife('Launch the new website', [T]),
  wildlife('Felling licences in place before the winter work starts', [C]),
  wildlife('Lantra brushcutter tickets for every volunteer who uses one', [C]),
  wildlife('Check the livestock on the reserves', [J]),
  wildlife('Empty the donation boxes in the hides', [J]),
];

// ---------------------------------------------------------------------------------------------
// self-storage: "Stackd", a self-storage company with 30 stores in the North of England (household,
// student and business storage).
const storage = at('self-storage');
const SELF_STORAGE: Holdout10Entry[] = [
  storage('Get small online sellers running their stock from our units, with courier collection at the door'),
  storage('Hannah — let people book and move in without visiting the store first'),
  storage('Keep customers storing through the house move by offering a van and a unit together'),
  storage('Win the student summer storage in Durham from the colleges'),
  storage('Move access control to phone keys so customers can get in at 6am without staff'),
  storage("Hire a fire safety compliance manager so we can open in converted mills the council wouldn't otherwise approve"),
  storage('End unit-size guesswork with a room-by-room calculator on the website'),
  storage('Make the Leeds store pay for its extension before we build the second phase'),
  storage('Sell business customers racking and shelving so they stay longer'),
  storage("Train store managers to price by local demand so empty units don't sit all winter", [], {
    parent: 'Occupancy 85% by let area',
  }),
  storage('Be the store people pick because the staff are helpful', [X], { krs: [] }),
  storage('Grow business storage', [M], { krs: [empty('Business customers')] }),
  storage('Occupancy 85% by let area', [N]),
  storage('Rent per square foot', [N]),
  storage('Open 4 new stores', [N]),
  storage('Durham store: 78% occupancy by area let', [N, K], { parent: 'Occupancy 85% by let area' }),
  storage('Store manager conference, York', [T]),
  storage('Repaint the unit doors in the new orange', [T]),
  storage('Write the new storage agreement', [T]),
  storage('Fire risk assessments reviewed for every store', [C]),
  storage('SSA UK code of practice audit passed', [C]),
  storage('Lock-check the corridors at closing', [J]),
  storage('Chase overdue rent and overlock the units', [J]),
  storage('Area Manager, Yorkshire', [G]),
  storage('Store Ops', [G]),
];

// ---------------------------------------------------------------------------------------------
// golf-club: "Harrowby Golf Club", a members' club with a pay-and-play nine, a pro shop and a
// clubhouse.
const golf = at('golf-club');
const GOLF_CLUB: Holdout10Entry[] = [
  golf('Get women who take lessons joining as members'),
  golf('Make the nine-hole loop the way beginners get into golf'),
  golf('Keep the greens playable through a dry summer with a borehole'),
  golf('Fill Tuesday afternoons with society days from local firms'),
  golf('Hire a greenkeeper with a PA6 spraying ticket so we stop paying a contractor for every spray'),
  golf('Move tee bookings online so visitors can book a 7am slot the night before'),
  golf('Make the clubhouse a place non-golfers eat on a Sunday'),
  golf('Win back the members who left for the course at Harewood'),
  golf("Get juniors from the state schools onto the course, not just members' children"),
  golf('Re-turf the 18th green so it stops flooding in winter'),
  golf('Be the friendliest club in the county to walk into as a visitor', [X], { krs: [] }),
  golf('Lift bar takings after rounds', [M], { krs: [placeholder('Bar spend')] }),
  golf('Full members: 650', [N]),
  golf('Green fee income £310k', [N]),
  golf('Rounds played per member', [N]),
  golf('Rake all the bunkers before the first tee-off each morning', [J, K], {
    parent: 'Course team',
    siblings: ['Rake the bunkers each morning before the first tee time'],
  }),
  golf("Captain's Day dinner dance", [T]),
  golf('New scorecards for the 2027 season', [T]),
  golf('Safeguarding training for every junior coach', [C]),
  golf('Pesticide store inspection by the Amenity Assured auditor', [C]),
  golf('Club premises certificate renewed with the council', [C]),
  golf('Mow the greens and change the pin positions', [J]),
  golf('Run the pro shop till and the buggy hire', [J]),
  golf('Club Secretary', [G]),
  golf('Greens committee', [G]),
];

// ---------------------------------------------------------------------------------------------
// pawnbroker: "Ashby & Co", a pawnbroking and jewellery chain with 40 shops (pledges, gold buying,
// second-hand jewellery and watches).
const pawn = at('pawnbroker');
const PAWNBROKER: Holdout10Entry[] = [
  pawn('Be the place people borrow against a ring instead of going to a doorstep lender'),
  pawn('Get more pledges redeemed so customers get their gold back instead of losing it'),
  pawn('Hire an FCA compliance officer so we can offer instalment loans alongside pledges'),
  pawn('Keep repeat pledge customers when the gold price falls'),
  pawn('Sell forfeited watches online so they stop sitting in the window for months'),
  pawn("Let customers renew a pledge from their phone so they don't have to come in"),
  pawn("Train valuers on lab-grown diamonds so we stop lending on stones that aren't worth it"),
  pawn('Open shops in towns the banks have left, so people there have somewhere to borrow'),
  pawn("Make the shops somewhere people aren't embarrassed to be seen walking into"),
  pawn('Move the pledge ledger to the cloud so any shop can redeem a pledge taken at another'),
  pawn('Become the fairest lender on the high street', [X], { krs: [] }),
  pawn('Grow the jewellery retail side', [M], { krs: [empty('Retail sales')] }),
  pawn('Pledge book £48m', [N]),
  pawn('Redemption rate', [N]),
  pawn('Shop refits in Walsall and Dudley', [T]),
  pawn('Christmas window campaign shoot', [T]),
  pawn('Re-photograph the online catalogue', [T]),
  pawn('FCA Consumer Duty annual board report', [C]),
  pawn('AML training for all shop staff', [C]),
  pawn('Test gold with acid and the XRF gun before each purchase', [J]),
  pawn('Open the safe and dress the windows', [J]),
  pawn('Send out the pledge reminder letters', [J]),
  pawn('Regional Manager — West Midlands', [G]),
  pawn('Gold buying', [G]),
  pawn('Retail Ops H2 objectives', [G]),
];

export const HOLDOUT_10: Holdout10Entry[] = [
  ...FERRY_OPERATOR,
  ...PRISON_SERVICE,
  ...MOUNTAIN_RESCUE,
  ...HOUSING_ASSOCIATION,
  ...CRAFT_DISTILLERY,
  ...PAYROLL_BUREAU,
  ...OBSERVATORY,
  ...SEASIDE_PIER,
  ...GUITAR_MAKER,
  ...BUILDERS_MERCHANT,
  ...SCAFFOLDER,
  ...EV_CHARGING,
  ...BOOKKEEPING_SAAS,
  ...PASSPORT_OFFICE,
  ...FERTILITY_CLINIC,
  ...FOUNDRY,
  ...WILDLIFE_TRUST,
  ...SELF_STORAGE,
  ...GOLF_CLUB,
  ...PAWNBROKER,
];

// ---------------------------------------------------------------------------------------------
// Plans: 15 nodes each, in tree order. Only the copies carry goal-clone.

export const HOLDOUT_10_PLANS: Holdout10Plan[] = [
  {
    name: 'Skerry Line — 2027 cascade',
    domain: 'ferry-operator',
    nodes: [
      { key: 'root', parentKey: null, title: 'Give the islands a ferry they can build a life around', expect: [] },
      { key: 'ops', parentKey: 'root', title: 'Ferry Operations', expect: [G] },
      { key: 'ops-otp', parentKey: 'ops', title: 'Sailings on time: 95%', expect: [N] },
      { key: 'ops-otp-ports', parentKey: 'ops', title: 'Harbour teams — on-time sailings at the island ports 93%', expect: [N, K] },
      { key: 'ops-deck', parentKey: 'ops', title: 'Hose down the car deck after each sailing', expect: [J] },
      { key: 'cust', parentKey: 'root', title: 'Head of Customer', expect: [G] },
      { key: 'cust-book', parentKey: 'cust', title: 'Islanders: book a car space without phoning', expect: [] },
      { key: 'cust-dm', parentKey: 'cust', title: 'Reply to Facebook messages within 30 minutes', expect: [N, J] },
      { key: 'cust-book2', parentKey: 'cust', title: 'Let islanders book a car space online, no phone call needed', expect: [K] },
      { key: 'fleet', parentKey: 'root', title: 'Fleet & Engineering', expect: [G] },
      { key: 'fleet-mca', parentKey: 'fleet', title: 'MCA annual survey passed on every vessel', expect: [C] },
      { key: 'fleet-root', parentKey: 'fleet', title: 'Give the islands a ferry they can build their lives around', expect: [K] },
      { key: 'fleet-avail', parentKey: 'fleet', title: 'Fleet availability 98%', expect: [N] },
      {
        key: 'crew',
        parentKey: 'root',
        title: "Recruit deck crew who live on the islands so sailings aren't cancelled for want of crew",
        expect: [],
      },
      { key: 'crew-fair', parentKey: 'crew', title: 'Crew recruitment fair in Stornoway', expect: [T] },
    ],
    cloneGroups: [
      ['root', 'fleet-root'],
      ['ops-otp', 'ops-otp-ports'],
      ['cust-book', 'cust-book2'],
    ],
  },
  {
    name: 'HMP Ashmoor — 2027/28',
    domain: 'prison-service',
    nodes: [
      { key: 'root', parentKey: null, title: 'Release men from Ashmoor less likely to come back', expect: [] },
      { key: 'rr', parentKey: 'root', title: 'Head of Reducing Reoffending', expect: [G] },
      { key: 'rr-rate', parentKey: 'rr', title: 'Reoffending rate within a year of release', expect: [N] },
      { key: 'rr-copy', parentKey: 'rr', title: 'Resettlement: men leave Ashmoor less likely to return', expect: [K] },
      { key: 'res', parentKey: 'root', title: 'Residential', expect: [G] },
      { key: 'res-roll', parentKey: 'res', title: 'Do the roll count at every unlock', expect: [J] },
      { key: 'res-pa', parentKey: 'res', title: 'Men off the wing for education or work: 70%', expect: [N] },
      { key: 'res-gym', parentKey: 'res', title: 'Get men to the gym and the library without waiting for an escort', expect: [] },
      { key: 'sec', parentKey: 'root', title: 'Security', expect: [G] },
      { key: 'sec-drone', parentKey: 'sec', title: 'Stop drugs coming in by drone over the east wall', expect: [] },
      { key: 'sec-mdt', parentKey: 'sec', title: 'Mandatory drug testing programme delivered', expect: [C] },
      {
        key: 'sec-drone2',
        parentKey: 'sec',
        title: 'Block drone drops over the east wall so drugs stop reaching the wings',
        expect: [K],
      },
      { key: 'ls', parentKey: 'root', title: 'Learning & Skills', expect: [G] },
      { key: 'ls-job', parentKey: 'ls', title: 'Get men leaving with a job offer from the kitchen and bakery courses', expect: [] },
      { key: 'ls-pa', parentKey: 'ls', title: 'Education — 70% of men off the wing for learning or work', expect: [N, K] },
    ],
    cloneGroups: [
      ['root', 'rr-copy'],
      ['sec-drone', 'sec-drone2'],
      ['res-pa', 'ls-pa'],
    ],
  },
  {
    name: 'Northmoor Homes — corporate plan 2027',
    domain: 'housing-association',
    nodes: [
      { key: 'root', parentKey: null, title: 'Homes tenants are proud to live in', expect: [] },
      { key: 'prop', parentKey: 'root', title: 'Director of Property', expect: [G] },
      { key: 'prop-damp', parentKey: 'prop', title: 'Fix damp and mould properly the first time', expect: [] },
      { key: 'prop-gas', parentKey: 'prop', title: 'Gas safety certificates in date for every home', expect: [C] },
      { key: 'prop-damp2', parentKey: 'prop', title: 'Property services: put damp and mould right first time', expect: [K] },
      { key: 'hs', parentKey: 'root', title: 'Housing Services', expect: [G] },
      { key: 'hs-arrears', parentKey: 'hs', title: 'Rent arrears below 3%', expect: [N] },
      { key: 'hs-arrears2', parentKey: 'hs', title: 'Tenancy sustainment: arrears under 3.5% on new tenancies', expect: [N, K] },
      { key: 'hs-visit', parentKey: 'hs', title: 'Visit every new tenant in their first six weeks', expect: [J] },
      { key: 'north', parentKey: 'root', title: 'North area', expect: [G] },
      { key: 'north-relet', parentKey: 'north', title: 'Re-let empty homes in 20 days', expect: [N] },
      { key: 'north-root', parentKey: 'north', title: 'North: homes tenants are proud to live in', expect: [K] },
      {
        key: 'north-keys',
        parentKey: 'north',
        title: "North area: get empty homes ready before the old tenant's keys are back",
        expect: [],
      },
      { key: 'south', parentKey: 'root', title: 'South area', expect: [G] },
      { key: 'south-garages', parentKey: 'south', title: "South area: turn the Moss estate's garages into homes", expect: [] },
    ],
    cloneGroups: [
      ['prop-damp', 'prop-damp2'],
      ['hs-arrears', 'hs-arrears2'],
      ['root', 'north-root'],
    ],
  },
  {
    name: 'Glen Arvie — 2027',
    domain: 'craft-distillery',
    nodes: [
      { key: 'root', parentKey: null, title: 'Make Glen Arvie the Speyside distillery people cross the world to visit', expect: [] },
      { key: 'vc', parentKey: 'root', title: 'Visitor Centre', expect: [G] },
      { key: 'vc-tours', parentKey: 'vc', title: 'Tour bookings 40,000', expect: [N] },
      { key: 'vc-back', parentKey: 'vc', title: 'Make the tour something people come back to with friends', expect: [] },
      { key: 'vc-reset', parentKey: 'vc', title: 'Reset the tasting room between tours', expect: [J] },
      { key: 'exp', parentKey: 'root', title: 'Sales & Export', expect: [G] },
      { key: 'exp-asia', parentKey: 'exp', title: 'Get the single malt into specialist shops in Taiwan and Japan', expect: [] },
      { key: 'exp-rev', parentKey: 'exp', title: 'Export revenue £3.1m', expect: [N] },
      { key: 'exp-tw', parentKey: 'exp', title: 'Taiwan: £900k of export revenue', expect: [N, K] },
      { key: 'prod', parentKey: 'root', title: 'Production', expect: [G] },
      { key: 'prod-bond', parentKey: 'prod', title: 'Excise warehouse approval kept with HMRC', expect: [C] },
      { key: 'prod-fill', parentKey: 'prod', title: 'Fill the casks and log them off the spirit still', expect: [J] },
      {
        key: 'prod-root',
        parentKey: 'prod',
        title: 'Make Glen Arvie the Speyside distillery people travel across the world to see',
        expect: [K],
      },
      { key: 'mkt', parentKey: 'root', title: 'Marketing', expect: [G] },
      { key: 'mkt-asia', parentKey: 'mkt', title: 'Specialist shops in Japan and Taiwan stocking our single malt', expect: [K] },
    ],
    cloneGroups: [
      ['exp-rev', 'exp-tw'],
      ['root', 'prod-root'],
      ['exp-asia', 'mkt-asia'],
    ],
  },
  {
    name: 'Paywise — 2027',
    domain: 'payroll-bureau',
    nodes: [
      { key: 'root', parentKey: null, title: 'Make payday something our clients never worry about', expect: [] },
      { key: 'ops', parentKey: 'root', title: 'Operations Director', expect: [G] },
      { key: 'ops-rft', parentKey: 'ops', title: 'Pay runs right first time: 99.5%', expect: [N] },
      { key: 'ops-sl', parentKey: 'ops', title: 'Process starters and leavers before the cut-off', expect: [J] },
      { key: 'ops-late', parentKey: 'ops', title: 'Payroll team — put late starters on the payroll the day before payday', expect: [] },
      { key: 'cs', parentKey: 'root', title: 'Client Services', expect: [G] },
      { key: 'cs-q', parentKey: 'cs', title: 'Answer payslip queries within 4 hours', expect: [N, J] },
      { key: 'cs-churn', parentKey: 'cs', title: 'Client churn below 8%', expect: [N] },
      { key: 'cs-q2', parentKey: 'cs', title: 'Respond to employee payslip queries inside 4 hours', expect: [N, J, K] },
      { key: 'cr', parentKey: 'root', title: 'Compliance & Risk', expect: [G] },
      { key: 'cr-iso', parentKey: 'cr', title: 'ISO 27001 surveillance audit passed', expect: [C] },
      { key: 'cr-cep', parentKey: 'cr', title: 'Cyber Essentials Plus renewed', expect: [C] },
      { key: 'cr-dp', parentKey: 'cr', title: 'Data protection e-learning for all staff', expect: [C] },
      { key: 'acc', parentKey: 'root', title: 'Grow through the accountants who already trust us', expect: [] },
      { key: 'acc-root', parentKey: 'acc', title: 'Partnerships — make payday something clients never worry about', expect: [K] },
    ],
    cloneGroups: [
      ['cs-q', 'cs-q2'],
      ['root', 'acc-root'],
    ],
  },
  {
    name: 'Voltway — 2027 OKRs',
    domain: 'ev-charging',
    nodes: [
      { key: 'root', parentKey: null, title: 'Make charging the easy part of owning an electric car', expect: [] },
      { key: 'netops', parentKey: 'root', title: 'Network Operations', expect: [G] },
      { key: 'netops-up', parentKey: 'netops', title: 'Rapid charger uptime 99%', expect: [N] },
      { key: 'netops-fix', parentKey: 'netops', title: 'Fix faulty chargers reported in the app', expect: [J] },
      { key: 'netops-up2', parentKey: 'netops', title: 'Field engineers: rapid chargers up 99% of the time', expect: [N, K] },
      { key: 'street', parentKey: 'root', title: 'On-street', expect: [G] },
      { key: 'street-lew', parentKey: 'street', title: 'Win the Lewisham on-street contract', expect: [] },
      { key: 'street-up', parentKey: 'street', title: 'On-street availability 97%', expect: [N, K] },
      { key: 'street-root', parentKey: 'street', title: 'Make charging the easy bit of owning an EV', expect: [K] },
      { key: 'prod', parentKey: 'root', title: 'Head of Product', expect: [G] },
      { key: 'prod-card', parentKey: 'prod', title: 'Let drivers pay by card at every charger', expect: [] },
      { key: 'prod-rebrand', parentKey: 'prod', title: 'Rebrand the app', expect: [T] },
      {
        key: 'prod-card2',
        parentKey: 'prod',
        title: "Contactless payment on every charger so drivers don't need the app",
        expect: [K],
      },
      { key: 'hubs', parentKey: 'root', title: 'Hubs', expect: [G] },
      { key: 'hubs-eicr', parentKey: 'hubs', title: 'Electrical Installation Condition Report for each hub', expect: [C] },
    ],
    cloneGroups: [
      ['netops-up', 'netops-up2', 'street-up'],
      ['root', 'street-root'],
      ['prod-card', 'prod-card2'],
    ],
  },
  {
    name: 'Tally — 2027 OKRs',
    domain: 'bookkeeping-saas',
    nodes: [
      { key: 'root', parentKey: null, title: 'Make keeping the books the easiest part of working for yourself', expect: [] },
      { key: 'cpo', parentKey: 'root', title: 'CPO', expect: [G] },
      {
        key: 'cpo-mtd',
        parentKey: 'cpo',
        title: 'Get sole traders through their first MTD quarter without an accountant',
        expect: [],
      },
      {
        key: 'cpo-mtd2',
        parentKey: 'cpo',
        title: 'Tax squad — sole traders through their first Making Tax Digital quarter with no accountant',
        expect: [K],
      },
      { key: 'cpo-conv', parentKey: 'cpo', title: 'Trial-to-paid conversion', expect: [N] },
      { key: 'eng', parentKey: 'root', title: 'Engineering', expect: [G] },
      { key: 'eng-stripe', parentKey: 'eng', title: 'Build the Stripe integration', expect: [T] },
      { key: 'eng-k8s', parentKey: 'eng', title: 'Move the API to Kubernetes', expect: [T] },
      { key: 'eng-feeds', parentKey: 'eng', title: "Bank feeds that don't break, so users stop uploading CSVs", expect: [] },
      { key: 'growth', parentKey: 'root', title: 'Growth', expect: [G] },
      { key: 'growth-arr', parentKey: 'growth', title: 'ARR £14m', expect: [N] },
      { key: 'growth-conv', parentKey: 'growth', title: 'Trial to paid conversion: 20%', expect: [N, K] },
      { key: 'growth-arr2', parentKey: 'growth', title: 'Accountant partners: £4m ARR from practices', expect: [N, K] },
      { key: 'risk', parentKey: 'root', title: 'Risk & Assurance', expect: [G] },
      { key: 'risk-soc', parentKey: 'risk', title: 'SOC 2 Type II report renewed', expect: [C] },
    ],
    cloneGroups: [
      ['cpo-mtd', 'cpo-mtd2'],
      ['cpo-conv', 'growth-conv'],
      ['growth-arr', 'growth-arr2'],
    ],
  },
  {
    name: 'Passport & Identity Agency — plan 2027-28',
    domain: 'passport-office',
    nodes: [
      { key: 'root', parentKey: null, title: 'A passport you can renew from your sofa', expect: [] },
      { key: 'ops', parentKey: 'root', title: 'Director General, Operations', expect: [G] },
      { key: 'ops-ts', parentKey: 'ops', title: 'Standard renewals issued within three weeks: 95%', expect: [N] },
      { key: 'ops-q', parentKey: 'ops', title: 'Examine the applications in your queue', expect: [J] },
      {
        key: 'ops-ts-dur',
        parentKey: 'ops',
        title: 'Durham office — 95% of standard renewals out inside three weeks',
        expect: [N, K],
      },
      { key: 'dig', parentKey: 'root', title: 'Digital Services', expect: [G] },
      { key: 'dig-post', parentKey: 'dig', title: 'Renew online without posting the old passport', expect: [] },
      {
        key: 'dig-post2',
        parentKey: 'dig',
        title: 'Let people renew online without sending their old passport in the post',
        expect: [K],
      },
      { key: 'dig-root', parentKey: 'dig', title: 'Renew your passport from the sofa', expect: [K] },
      { key: 'cf', parentKey: 'root', title: 'Counter Fraud', expect: [G] },
      { key: 'cf-birth', parentKey: 'cf', title: 'Catch forged birth certificates before a passport is issued', expect: [] },
      { key: 'cf-elearn', parentKey: 'cf', title: 'Annual counter-fraud e-learning for all examiners', expect: [C] },
      { key: 'cf-bpss', parentKey: 'cf', title: 'Baseline security checks on every new starter', expect: [C] },
      { key: 'pet', parentKey: 'root', title: 'Peterborough office', expect: [G] },
      { key: 'pet-ts', parentKey: 'pet', title: 'Peterborough — 95% of renewals issued within three weeks', expect: [N, K] },
    ],
    cloneGroups: [
      ['ops-ts', 'ops-ts-dur', 'pet-ts'],
      ['dig-post', 'dig-post2'],
      ['root', 'dig-root'],
    ],
  },
  {
    name: 'Vale Wildlife Trust — strategy 2027–30',
    domain: 'wildlife-trust',
    nodes: [
      { key: 'root', parentKey: null, title: 'Nature recovering across the Vale, not just on our reserves', expect: [] },
      { key: 'cons', parentKey: 'root', title: 'Head of Conservation', expect: [G] },
      { key: 'cons-beaver', parentKey: 'cons', title: 'Bring beavers back to the Ouse headwaters', expect: [] },
      { key: 'cons-ha', parentKey: 'cons', title: 'Land in nature recovery: 12,000 hectares', expect: [N] },
      { key: 'cons-stock', parentKey: 'cons', title: 'Check the cattle on the reserves', expect: [J] },
      { key: 'north', parentKey: 'root', title: 'Reserves — North', expect: [G] },
      { key: 'north-fen', parentKey: 'north', title: 'Restore the fen so bitterns breed there again', expect: [] },
      { key: 'north-stock', parentKey: 'north', title: 'Check the livestock on the northern reserves', expect: [J, K] },
      { key: 'south', parentKey: 'root', title: 'Reserves — South', expect: [G] },
      {
        key: 'south-root',
        parentKey: 'south',
        title: 'Nature recovering across the South Vale, not only on our reserves',
        expect: [K],
      },
      { key: 'south-fell', parentKey: 'south', title: 'Felling licence in place before the winter work', expect: [C] },
      { key: 'mem', parentKey: 'root', title: 'Membership & Fundraising', expect: [G] },
      { key: 'mem-n', parentKey: 'mem', title: 'Members: 32,000', expect: [N] },
      { key: 'mem-n2', parentKey: 'mem', title: 'Grow membership to 32k', expect: [N, K] },
      { key: 'mem-fair', parentKey: 'mem', title: 'Wildlife Watch summer fair', expect: [T] },
    ],
    cloneGroups: [
      ['cons-stock', 'north-stock'],
      ['root', 'south-root'],
      ['mem-n', 'mem-n2'],
    ],
  },
  {
    name: 'Harrowby Golf Club — 2027',
    domain: 'golf-club',
    nodes: [
      { key: 'root', parentKey: null, title: 'A club people of every age want to join', expect: [] },
      { key: 'sec', parentKey: 'root', title: 'Club Secretary', expect: [G] },
      { key: 'sec-mem', parentKey: 'sec', title: 'Full members: 650', expect: [N] },
      { key: 'sec-cert', parentKey: 'sec', title: 'Club premises certificate renewed', expect: [C] },
      { key: 'sec-mem2', parentKey: 'sec', title: 'Membership Committee — 650 full members', expect: [N, K] },
      { key: 'course', parentKey: 'root', title: 'Course Manager', expect: [G] },
      { key: 'course-bore', parentKey: 'course', title: 'Keep the greens playable through dry summers with a borehole', expect: [] },
      { key: 'course-rake', parentKey: 'course', title: 'Rake the bunkers each morning before the first tee time', expect: [J] },
      { key: 'course-rake2', parentKey: 'course', title: 'Bunkers raked every morning before first tee-off', expect: [J, K] },
      { key: 'jun', parentKey: 'root', title: 'Juniors & Coaching', expect: [G] },
      { key: 'jun-state', parentKey: 'jun', title: "Get state-school juniors playing, not just members' children", expect: [] },
      { key: 'jun-safe', parentKey: 'jun', title: 'Safeguarding training for every junior coach', expect: [C] },
      { key: 'jun-root', parentKey: 'jun', title: 'A club people of all ages want to join', expect: [K] },
      { key: 'club', parentKey: 'root', title: 'Clubhouse', expect: [G] },
      { key: 'club-rev', parentKey: 'club', title: 'Bar and catering revenue £420k', expect: [N] },
    ],
    cloneGroups: [
      ['sec-mem', 'sec-mem2'],
      ['course-rake', 'course-rake2'],
      ['root', 'jun-root'],
    ],
  },
];
