import type { RuleCode } from '../../shared/coach/types';

/**
 * FIFTY-SIXTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * What was read: the brief (/tmp/brief/p56.md); the method article
 * (/work/shared/reference/strategic-alignment.md, whole); issue 10 (the output of `issues show
 * 10`); lines 1-330 of test/coach/holdout22.ts only (its header with the
 * labelling definitions and its calls, and the first lines of its domain type; the file was not
 * grepped and nothing past line 330 was seen); test/coach/report.ts (whole: the Labelled /
 * LabelledPlan shapes and the harness around them); the output of `grep -n "RuleCode" -A 12
 * shared/coach/types.ts` (the RuleCode type line, the Fix type and the Finding shape) and nothing
 * else of that file; the brief's list of the domains every earlier set used (/tmp/brief/domains.txt,
 * read whole and grepped for candidate names); tsconfig.json; and a listing of the file names in
 * test/coach/. Nothing else was opened: no other file under shared/, not the README, corpus.ts,
 * handbook.ts, reworded.ts, suite.ts, any other holdout*.ts file (nor holdout22.ts past line 330),
 * the set another helper was writing in parallel, nor anything under test/unit/, test/e2e/, out/,
 * renderer/, electron/ or scripts/. No git command was run. The coach, `cascade lint`, vitest and
 * npm test were never run, on these titles or at all.
 *
 * How it was checked: only with `tsc --noEmit` (node_modules/.bin/tsc, on a throw-away tsconfig in
 * /tmp/h56check/ listing this file, a throw-away file that assigns HOLDOUT_56 to Labelled[] and
 * HOLDOUT_56_PLANS to LabelledPlan[] imported from report.ts, and a throw-away ambient `declare module
 * '*.bin'` for the `.bin` import report.ts pulls in through the coach's modules; skipLibCheck on), and
 * with a throw-away counting script outside the repo (`node --experimental-strip-types`, Node 22,
 * importing only this file). The script printed the counts below and checked: 25 entries per domain;
 * that every kr-not-measurable and no-key-results label matches its KRs under the definitions below
 * and that no unlabelled entry has such KRs; that every sound entry's explicit KRs have a unit and a
 * target; that every entry copy (goal-clone) has a parent or siblings; that no entry or node carries
 * more than one of compliance / job-requirement / task-listing; plan tree order; that each clone
 * group's original comes first both depth-first and breadth-first; and that only copies carry
 * goal-clone. All throw-away files were deleted afterwards.
 *
 * Domains (20, all beginning with a letter from m to z; none is in the brief's list, and each was
 * kept apart from its neighbours there):
 * - metal-detecting-club (Wessex Searchers, north Dorset: landowners' permissions, club digs, finds
 *   recorded with the Finds Liaison Officer): a hobby club that finds things, so not the
 *   archaeology-unit (professional excavation), the scrap-metal-merchant, the model-flying-club or the
 *   county-archives.
 * - mnd-charity (MND Support West Yorkshire: care coordinators, communication aids and equipment loans,
 *   respite grants, research funding): not the brain-injury-charity (acquired injury), the hospice,
 *   the sight-loss-charity or the community-equipment-service (a council store).
 * - nut-butter-maker (Hilltop Nut Co., Stroud: peanut and almond butters for indie shops, delis, Ocado
 *   and Amazon): not the preserves-maker, chocolate-maker, hot-sauce-maker, tofu-maker or
 *   oat-drink-maker.
 * - olive-oil-importer (Kalamos, Bristol: buys from Cretan and Peloponnese co-ops, bottles and tins at
 *   Avonmouth for restaurants and delis): imports and bottles, so not the rapeseed-oil-press (a
 *   presser), the spice-merchant, the wine-merchant or the delicatessen (its customer).
 * - paediatric-diabetes-team (an NHS children's diabetes team: clinics, pumps and sensors, DKA, school
 *   care plans, transition): treatment of children, so not diabetic-eye-screening (screening),
 *   dietetics-service, the neonatal-unit or the hospital-school.
 * - parental-control-app (Harbour: screen time, app blocking and school-time mode sold by
 *   subscription): a consumer app for families, not the password-manager, vulnerability-scanner-saas,
 *   language-app or dating-app.
 * - property-guardians (Keyholder Guardians, London: guardians live under licence in empty council and
 *   developer buildings): it fills buildings awaiting redevelopment, so not property-management
 *   (letting and managing homes), the empty-homes-team (a council team bringing homes back into use),
 *   security or student-housing.
 * - quiz-night-company (Brainstorm Quizzes, Manchester: weekly pub quizzes, corporate and charity
 *   quizzes, freelance hosts): runs live nights, so not puzzle-syndication (publishes puzzles), the
 *   pub-company, the comedy-club or the bingo-hall.
 * - rheumatology-department (an NHS department: early arthritis clinic, biologics, DMARD monitoring,
 *   advice line): not the pain-management-service, physio-clinic, hand-therapy-service or
 *   urology-department.
 * - rubber-compounder (Marston Polymers, Staffordshire: mixes EPDM, nitrile and natural compounds for
 *   moulders and extruders): supplies them, so not the gasket-maker, injection-moulder (plastics) or
 *   tyre-retreader.
 * - rural-payments-agency (a government agency paying farm schemes: SFI, Countryside Stewardship,
 *   delinked payments; its inspections and helpline): not agriculture, grant-management-saas,
 *   revenues-benefits or the export-credit-agency, and not fintech-payments (a name neighbour only).
 * - skatepark-charity (Ramp Up, Sheffield: an indoor skatepark run as a youth charity, lessons, girls'
 *   nights, SEND sessions): not the climbing-gym, trampoline-park, adventure-playground or
 *   youth-movement.
 * - sweet-shop (Jar & Scoop, Whitby: sweets from jars by the quarter, with mail order): a retailer, so
 *   not the seaside-rock-maker or chocolate-maker (makers), the newsagent or the
 *   convenience-store-group.
 * - table-tennis-club (Riverside, Leicester: league teams, juniors, coaching in a leisure-centre hall):
 *   a different sport from the real-tennis-club and badminton-club, and not the leisure-centre-trust.
 * - traveller-sites-team (a county council's Gypsy and Traveller sites: permanent pitches, a transit
 *   site, unauthorised encampments): not the park-home-estate, camping-park, housing-options-team or
 *   homelessness-outreach.
 * - video-conferencing-saas (Palaver: video calls for small firms, media servers, guests,
 *   recordings): software, not telecom or the telecom-carrier, the conference-organiser (events), the
 *   av-integrator or speech-transcription-saas.
 * - vr-arcade (Portal VR, Nottingham: free-roam VR arenas, parties, team building, a bar): not the
 *   escape-room, axe-throwing-venue, bowling-alley, esports or the game-studio.
 * - weighing-scale-maker (Pennine Weighing, Halifax: industrial scales, weighbridges and checkweighers,
 *   and their service): makes and services them, so not the calibration-lab, trading-standards (which
 *   checks scales) or precision-machining.
 * - womens-institute (Aldbourne WI: monthly meetings, groups, outings, campaigns): a members'
 *   organisation, not the u3a (learning), the mens-shed, the village-hall (a venue) or the
 *   choral-society.
 * - yeast-maker (Northern Yeast Co., Hull: fresh, cream and dried baker's yeast grown on molasses):
 *   supplies bakers, so not the bakery-chain, the maltings, the flour-mill, the brewery or the
 *   kombucha-brewer.
 *
 * Counts (printed by the throw-away counting script that imports this file and tallies `expect`):
 * - HOLDOUT_56: 500 objectives (25 per domain), 200 sound (expect [], 40.0%; 10 per domain), 300 with
 *   at least one label. Per label: number-title 70, job-requirement 51, task-listing 44, compliance
 *   44, generic-container 43, kr-not-measurable 22, no-key-results 22, goal-clone 20. Sixteen entries
 *   carry two labels: number-title + goal-clone (5), number-title + job-requirement (4),
 *   job-requirement + goal-clone (3), generic-container + no-key-results (2), compliance +
 *   kr-not-measurable (1), task-listing + kr-not-measurable (1). 22 entries have `krs: []`: 20 outcome
 *   titles (no-key-results) and 2 containers (also no-key-results). 29 entries carry a parent (20 of
 *   them sound, 9 copies); 30 carry earlier siblings (19 of them sound, 11 copies). 20 sound entries
 *   (one per domain) carry explicit KRs with a unit and a target that must not be flagged.
 * - HOLDOUT_56_PLANS: 10 plans, 150 nodes (15 each), 30 clone groups (25 of two, 5 of three; 35
 *   copies); 26 sound nodes. Per label: generic-container 40, goal-clone 35, job-requirement 34,
 *   number-title 31, compliance 10, task-listing 1. More than one label on 25 nodes: job-requirement +
 *   goal-clone (10), number-title + goal-clone (9), number-title + job-requirement (4), number-title +
 *   job-requirement + goal-clone (2).
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never
 * tune rules on these titles. If a label is later believed wrong, record the disagreement next to
 * the first figures instead of changing it.
 *
 * Labelling: holdout22's definitions (themselves those of every hold-out back to holdout3), copied,
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
 * Calls made where the definitions leave room (holdout22's calls, as its header states them, were
 * followed; this set's own, for its titles):
 * - Limits on a duty are number-title + job-requirement ("Answer Amazon buyer messages within 24h",
 *   "Triage GP referrals within 2 working days", "Welfare check on every new encampment within 24
 *   hours", "Answer service calls within 4 hours for contract customers", and in plans "Advice line
 *   calls returned within 1 working day", "Answer contract customers' breakdown calls within 4
 *   hours"). Bare periods, frequencies and times leave a duty with job-requirement alone ("each
 *   quarter", "every morning", "every quarter", "every afternoon", "each month", "every week",
 *   "fortnightly", "overnight", "between sessions", "at the end of each shift", "the day they come
 *   back", "by Thursday", "by March", "every two hours").
 * - Numbers that are not targets: fixed scopes and thresholds ("the Hendersons' 400 acres", "every
 *   building with 5+ guardians", "within 3 weeks of referral" and "within 5 days" inside KR names,
 *   "RTT 18 weeks" as the name of a standard, "an 18-month CAMHS waiting list", "24/7 security",
 *   "more than a year"); grades, levels, ratings and divisions ("Division 3", "Level 2 coach", "level 2
 *   safeguarding", "Year 7", "Year 9", "1-star reviews", "keep our 5", "grade AA", "Type II");
 *   identifiers, standards, versions and pack sizes ("IATF 16949", "SOC 2", "v4.0", "mediasoup 3.14",
 *   "No. 2 mixer", "the 5L tin", "the 340g line", "S5" postcode, "the 4Ts", "P95" as a percentile's
 *   name); years, periods and dates ("2025", "2026", "2026/27", "2027", "FY27", "Q1", "Q3", "H1",
 *   "Nov–Feb", "21 June", "by 31 December" beside a real target, "the 1950s", "six months", "a
 *   fortnight", "every 14 months" as a legal interval); ordinals ("a second care coordinator", "the
 *   second free-roam arena", "first pick", "their first girls' night", "the first month's novelty",
 *   "the first five minutes", "the first week of the payment window"); "one" as an article or idiom
 *   ("one supplier", "our one specialist", "in one go", "one place", "a single scale"); compound
 *   modifiers ("one click", "Three Peaks", "24/7"); "by the quarter" as a weight of sweets.
 * - Targets: values after a metric or comparator ("Permissions held: 40 farms", "150 paid-up
 *   members", "Raise £450k in FY27", "Revenue £1.2m (from £780k)", "Jars per hour on the filler →
 *   1,800", "Import 240 tonnes of EVOO", "Gross margin per litre up to £2.10", "Median HbA1c < 58
 *   mmol/mol", "% of CYP on CGM – 95%", "MRR £300k", "Trial → paid conversion 25%", "Occupancy 92%",
 *   "Properties under management: 60 → 85", "Venues on the weekly rota – 45", "Average teams per night
 *   ≥ 12", "RTT 18 weeks – 92% of patients", "Follow-up backlog down 40%", "Tonnes mixed: 14,000",
 *   "OTIF 97%", "95% of BPS delinked payments made by 31 December", "Helpline calls answered in under 5
 *   min: 80%", "10,000 session visits", "Unrestricted income £90k", "Average basket over £8", "120
 *   members by September", "League teams: 8", "Pitch occupancy 98%", "Rent arrears below £15k", "ARR to
 *   $5M", "P95 join time under 3s", "Revenue per headset per day £150", "Weekday utilisation 60%",
 *   "Service revenue £3.4m", "First-time fix rate ≥ 85%", "Raise £2,000 for the air ambulance",
 *   "Fresh yeast volume 22,000 tonnes", "Export sales up 30% on 2025"); a multiplier or fraction
 *   ("Research fund – double it", "Grow the charity quiz side by a third"); lists of KRs folded into
 *   one title ("Online: £60k sales, 1,500 customers, repeat rate 30%", "Membership 45, average
 *   attendance 30, £2k raised").
 * - Only a metric name is number-title: "Finds recorded on the PAS database per member", "Average days
 *   from referral to equipment delivered", "Online repeat purchase rate", "Days of stock cover at
 *   Avonmouth", "Admissions with DKA per 100 patients", "Monthly churn", "Licence fee income per
 *   building", "Corporate quiz revenue", "DNA rate", "First-time-right rate on the No. 2 mixer", "Cost
 *   per claim processed", "Lesson bookings per week", "Footfall in January", "Junior retention after
 *   the taster course", "Average days an encampment stays", "Packet loss on mobile", "Party bookings per
 *   month", "Mean time between failures on checkweighers", "Attendance at monthly meetings",
 *   "Complaints per 1,000 tonnes shipped", and in a plan "Teenagers moved to adult clinic who are still
 *   attending a year later". Direction without a quantity is sound ("Cut ...", "Fewer ...", "More
 *   ...", "sooner", "faster", "less", "Bring down average HbA1c").
 * - Containers: roles, owners' teams, committees, sections, seasons and regions ("Committee",
 *   "Finds liaison (Margaret)", "Fundraising (Bev)", "Care coordination team", "Production (Jake)",
 *   "Trade sales (Nikos)", "Warehouse", "Diabetes nurse specialists (Claire)", "Transition clinic",
 *   "iOS squad", "Property managers – North London", "Ops", "Quizmasters", "Questions desk (Fran)",
 *   "Nurse-led clinics (Sue)", "Mixing – night shift (Gaz)", "Lab", "Inspections directorate",
 *   "Customer Service Centre (Newcastle)", "Volunteers", "Online shop (Megan)", "Summer season",
 *   "Juniors (Priya)", "Site wardens", "Encampments (Mick)", "Media team (Anya)", "Game guides
 *   (Jordan)", "Marketing", "Weekend team", "Field service – Scotland", "Weighbridge team (Phil)",
 *   "Programme secretary (Ann)", "Outings", "Fermentation (Dawn)", "Tanker fleet"), buckets with a
 *   period or year ("Sales & marketing — 2027", "Growth — Q1", "Rheumatology – Q3 priorities",
 *   "Platform – H1", and every plan root) are generic-container only. "Trustees' objectives 2026/27"
 *   and "Committee objectives 2026" with `krs: []` also carry no-key-results.
 * - Compliance: audits, inspections, accreditations, approvals, registrations, returns, permits,
 *   insurance and licences the organisation undergoes or keeps ("NCMD membership & public liability
 *   insurance renewed", "SALSA audit passed", "Trading Standards labelling check ok'd", "Soil
 *   Association organic licence renewed", "AEO authorisation kept – HMRC revisit passed", "NPDA audit
 *   data submitted by the deadline", "Peer review visit ... all standards met", "Children's code (AADC)
 *   DPIA signed off", "HMO licences in place ...", "Fire risk assessment done and signed off ...",
 *   "Get the PRS and PPL licences sorted", "NEIAA audit data submitted", "IATF 16949 surveillance
 *   audit", "REACH registrations kept up to date", "NAO audit of the accounts – unqualified opinion",
 *   "Enhanced DBS checks for all staff and volunteers", "Food business registration with the council",
 *   "Scales verified and stamped by Trading Standards", "Keep our 5 at the next council food hygiene
 *   inspection", "Table Tennis England affiliation renewed", "Site licence conditions met", "Gas
 *   safety certificates ... renewed", "SOC 2 Type II report renewed", "Pen test by a CREST-accredited
 *   firm done", "Premises licence for the bar approved", "UKAS accreditation ... kept", "NAWI approval
 *   for the new checkweigher", "Federation insurance – renewed for this year?", "Charity registration
 *   kept and annual accounts filed", "BRCGS audit – grade AA", "Environment Agency permit – effluent
 *   consent conditions met"); a statutory report is a return ("Make sure every possible Treasure
 *   find is reported to the coroner like the Treasure Act says"); mandatory or required training and
 *   policy sign-offs, with or without the word "mandatory" ("Safeguarding adults training – everyone,
 *   mandatory", "Code of Fundraising Practice signed by all staff", "Annual insulin safety e-learning
 *   ... (mandatory)", "Everyone does the annual GDPR module", "Everyone's mandatory training in date",
 *   "Everyone completes Counter-Fraud and Security training (mandatory)", "Make sure every coach has
 *   been on the safeguarding course", "Fire safety training for all staff – done", "food defence
 *   refresher (mandatory)"); "LEV systems tested and certified every 14 months (COSHH)" with a bare KR
 *   is compliance + kr-not-measurable.
 * - Duty rather than compliance: the organisation's own routine checks, records and queues are
 *   job-requirement even where a regulation or scheme asks for them ("Clean down the grinder between
 *   every allergen changeover", "Check the roast colour on every batch and log it", "Lab-test and
 *   panel-test every lot before it's labelled extra virgin, as the marketing standards ask", "Run a
 *   rheometer test on every batch", "Check the ramps for loose screws and splinters before every
 *   session", "Clean every headset in the UV box", "Check the cream yeast tank temperatures");
 *   inspecting is the routine work of a guardian company (its fortnightly building inspections for
 *   clients) and of the payments agency ("Carry out the year's rural inspections on the sample
 *   farms"), and calibrating is the scale maker's service work ("Calibrate customers' scales on their
 *   annual service visit"), so job-requirement, not compliance. Upkeep and routines: "keep the
 *   permissions spreadsheet up to date — Dave", "Collect subs and chase ...", "Process equipment loan
 *   requests", "Claim Gift Aid ... each quarter", "Book the containers and clear them through
 *   customs", "Rotate stock ...", "Download every patients pump and CGM data before clinic", "Make
 *   sure the out-of-hours phone is always answered", "triage the support inbox every morning", "Keep
 *   the blocked-app lists ... current", "Collect licence fees and chase arrears", "Write and check
 *   next week's questions by Thursday", "Invoice the pubs ...", "Ring back every advice line
 *   message", "Process bank detail changes with a call-back check", "Do the till and cash up", "Open up
 *   and run the Saturday morning sessions", "Weigh out and bag the pick'n'mix", "Post the online
 *   orders", "Put the tables out and away", "Enter the teams and results on the league site", "Book the
 *   hall, pay the hire ...", "Collect the pitch rents", "On-call for the media servers", "Keep the
 *   status page up to date", "Rotate the TURN server credentials", "Charge the headsets", "Pay the
 *   NFWI subs ...", "Take the minutes at every meeting — Carol", "Do the teas rota", "Clean and steam
 *   the fermenters". A "so that" clause that only restates the duty's own purpose leaves it a duty
 *   ("Walk every site each week and log the repairs so that nothing gets missed between warden
 *   visits").
 * - Tasks: events and deliverables as noun phrases or questions ("New club website with a finds
 *   gallery", "Volunteer handbook – rewrite?", "Awareness day stall at the White Rose Centre on 21
 *   June", "New tins for the 5L", "School care plan template – new one?", "Guardian app for reporting
 *   repairs", "Xmas special question pack", "New patient information leaflets on methotrexate",
 *   "Grant application to Sport England", "New till that does cards and online stock?", "Club night
 *   fixtures list online", "New fencing at the Brook Farm site", "Teams integration live – spec in
 *   notion.so/...", "New website with online booking", "New brochure for the checkweigher range",
 *   "Centenary tea in the village hall", "New banner for the show", "New sachet artwork"); passive
 *   "done" lines ("App Store screenshots refreshed ...", "Product photos done for the website",
 *   "Regional roadshows done before the SFI window opens"); one-off jobs, purchases, builds,
 *   migrations, rewrites and refits without an effect ("Organise the Boxing Day charity dig", "Clear
 *   out the shed ...", "Get the new labels sorted", "Move the stock sheets into Unleashed", "Visit the
 *   co-ops in November", "Move clinic letters over to the new EPR template", "Ship v4.0 with the new
 *   onboarding", "Rewrite the blocking engine in Kotlin", "Redo the guardian welcome pack (its out of
 *   date)", "Buy new PA kits", "Set up the new infusion chairs", "Install the new batch-off unit",
 *   "Write up the new compound specs in the ERP", "Migrate claims from the legacy system ...", "Build
 *   the new mini ramp", "Buy new tables and a robot for coaching", "Refurb the amenity blocks",
 *   "Upgrade the SFU to mediasoup 3.14", "Install the second free-roam arena", "Redesign the junction
 *   box", "Install the new drier – Pete"; "Move the spares catalogue onto the new webshop" with a bare
 *   KR is task-listing + kr-not-measurable). With an effect they are sound ("Fix the leaking roof
 *   properly so we stop losing sessions every time it rains", "Fix the land parcel maps before the
 *   claim window opens so claims don't bounce", "Move the media servers closer to users in the Gulf so
 *   calls there stop lagging", "Add a bar so groups stay for a drink", "Put harvest date and grove on
 *   every bottle so buyers can see it's the real thing", "A display of the club's finds ... that
 *   brings people in", "A window display so good it gets photographed and posted", "Start a weekly
 *   early arthritis clinic so GP referrals aren't left waiting", "Get fermenter cleaning done with
 *   less downtime so we can run more batches").
 * - Sound despite a trap word: a hire in every domain (a volunteer, a coach and a treasurer for the
 *   clubs), some naming a trap word ("Hire a fire safety manager who can walk a building ...",
 *   "Recruit a Level 2 coach ...", "Hire data scientists to target inspections ..."); licences,
 *   inspections, audits and certificates in another sense or as the customer's achievement ("Get
 *   guardians' licence agreements written so a tenant adviser would call them fair", "Keep the
 *   free-roam arena fresh by getting new game licences", "Help farmers get their land ready for
 *   inspection", "Help our customers pass their own ISO audits", "Help our customers pass Trading
 *   Standards inspections", "Help craft bakeries get their loaves through a supermarket's supplier
 *   approval", "Get parents through the county umpire certificate so junior matches can go ahead");
 *   training with an effect ("Train newer members to tell a Roman grot from a hammered penny", "Train
 *   hospice nurses to set up eye-gaze", "Train school staff to use the CGM apps", "Train the mill
 *   operators to read the rheometer curve", "Teach members to use Zoom so housebound members can still
 *   join", and one in most domains); "keep" of an outcome in every domain ("Keep the Hendersons' 400
 *   acres as club land", "Keep Southwark as a client", "Keep the scooter kids and the skaters sharing
 *   the park without fights", "Keep the Tuesday coffee morning going after Joan steps down", ...);
 *   "make sure" and "get ... done" on outcomes ("Make sure nobody with MND in our area goes through
 *   diagnosis without someone from us alongside them").
 * - Copies in entries (20): the parent's goal reworded with a team prefix, synonyms or reordering
 *   (nine: permissions, transition, council buildings, EIA treatment, shop floor, encampments, sales
 *   group nights, craft bakery sales, and the parent's metric with another number and scope "OTIF to
 *   automotive customers – 98.5%" under "OTIF 97%", which keeps number-title); an earlier sibling
 *   reworded (four: Three Peaks research nurse, quiz night as the pub's best night, paying farmers on
 *   the promised date, lifts for members); the same metric as an earlier sibling with another number
 *   or scope, keeping number-title (four: filler output, Android trial-to-paid, membership, guest join
 *   time); an earlier sibling's duty reworded, keeping job-requirement (three: shipping and customs,
 *   the ramp check, calibration at the yearly service). In plans: the North Star repeated by one or two
 *   teams (ten groups, four of them of three); cousins' duties reworded, keeping job-requirement
 *   (nine groups, one of three: grinder clean-down, pump downloads, fortnightly inspections, weekly
 *   questions, DMARD bloods, rheometer tests, bank detail call-backs, calibration, cold store temps);
 *   cousins' limited duties with another limit, keeping number-title + job-requirement (two groups:
 *   referral triage, breakdown calls); the same metric with another number or scope (nine groups:
 *   filler output, adult clinic attendance, occupancy, teams per night, EIA patients seen, Banbury
 *   scrap, helpline answer time, café takings, first-time fix), a metric-only original counting as
 *   the same metric as its numbered copy.
 * - Not copies: sharper children under their parent (20 sound entries carry a parent); siblings that
 *   share a theme but not a goal ("Stop members leaving gates open ..." after more permissions, "Bank
 *   people's voices ..." after communication aids, "Offer chefs a bag-in-box ..." after restaurants
 *   using our oil in the kitchen, "Put off-spec compound back into lower-grade mixes ..." after cutting
 *   scrap, "Get engineers fixing more faults remotely ..." after fewer load cell callouts, "Start an
 *   evening craft group ..." after younger members); in plans, a new metric beside an old one
 *   ("Online repeat purchase rate 35%", "Lesson bookings per week: 60", "Service revenue £3.4m"), a
 *   different duty of the same team ("Carb counting refresher ...", "Weigh up tomorrow's chemicals
 *   ...", "Cash up the till ...", "Check the cream yeast tank temperatures ..." beside the cold
 *   store), and containers differing only in scope ("Mixing – days (Sandeep)" / "Mixing – nights
 *   (Gaz)", "Field service – North (Phil)" / "– South (Kerry)").
 * - kr-not-measurable follows the definition literally: placeholder KRs with no quantity in their
 *   titles, left at the default or set to 0/0/0, on twenty outcome titles, one task and one compliance
 *   title. Not flagged: KRs with a unit and a target (one sound entry per domain), including ones
 *   whose target is below the start ("Median days from referral to first home visit" 24 -> 7, "Calls
 *   with a reported audio problem" 3.2 -> 1).
 * - Plans reuse some entries' wording: plans and entries are scored apart.
 * - Spelling and voice: British spellings ("organisation", "utilisation", "licence", "centre",
 *   "colour"), shorthand and jargon ("&", "£1.2m", "$5M", "10k", "h", "min", "→", "≥", "<", "EVOO",
 *   "CYP", "CGM", "DKA", "HbA1c", "RTT", "DNA", "EIA", "DMARD", "OTIF", "SFI", "BPS", "SFU", "TURN",
 *   "P95", "MRR", "ARR", "HMO", "PAS", "FLO"), lowercase starts ("make the club the place ...",
 *   "triage the support inbox ...", "keep the permissions spreadsheet ...", "be known for oils ...",
 *   "people who find us on holiday ..."), question-like fragments ("Volunteer handbook – rewrite?",
 *   "Could we fill weekday daytimes ...?", "Federation insurance – renewed for this year?"), prose
 *   with "so that" ("We want families who stop on the transit site ..."), owners after a dash ("—
 *   Dave", "— Carol", "– Pete"), typos kept as written ("definately", "untill", "intrest", "familys",
 *   "comming", "its out of date", "its the humidity", "every patients pump"), a Windows path, a
 *   SharePoint path, a GitHub path and a Notion link inside some titles. None changes a label.
 */

export type Holdout56Domain =
  | 'metal-detecting-club'
  | 'mnd-charity'
  | 'nut-butter-maker'
  | 'olive-oil-importer'
  | 'paediatric-diabetes-team'
  | 'parental-control-app'
  | 'property-guardians'
  | 'quiz-night-company'
  | 'rheumatology-department'
  | 'rubber-compounder'
  | 'rural-payments-agency'
  | 'skatepark-charity'
  | 'sweet-shop'
  | 'table-tennis-club'
  | 'traveller-sites-team'
  | 'video-conferencing-saas'
  | 'vr-arcade'
  | 'weighing-scale-maker'
  | 'womens-institute'
  | 'yeast-maker';

/** A key result as report.ts reads it: unit, start, target and current default to '', 0, 100, 0. */
export interface Holdout56Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout56Entry {
  title: string;
  domain: Holdout56Domain;
  expect: RuleCode[];
  parent?: string;
  siblings?: string[];
  krs?: Holdout56Kr[];
}

export interface Holdout56PlanNode {
  key: string;
  parentKey?: string | null;
  title: string;
  expect: RuleCode[];
}

export interface Holdout56Plan {
  name: string;
  domain: Holdout56Domain;
  nodes: Holdout56PlanNode[];
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

type Row = Omit<Holdout56Entry, 'domain'>;
const inDomain = (domain: Holdout56Domain, rows: Row[]): Holdout56Entry[] => rows.map((r) => ({ ...r, domain }));

/** Wessex Searchers, a metal detecting club in north Dorset: permissions, club digs, finds recording. */
const METAL_DETECTING_CLUB = inDomain('metal-detecting-club', [
  { title: "Get more farmers saying yes to us detecting their land so members aren't all squeezed onto the same couple of fields", expect: [] },
  { title: 'make the club the place new detectorists come to learn to search responsibly', expect: [] },
  { title: 'Win back the landowners we lost after the trespass story in the paper in 2025', expect: [] },
  { title: 'Recruit a finds liaison volunteer who can photograph and ID coins properly, so FLO records stop bouncing back to us', expect: [] },
  { title: 'Train newer members to tell a Roman grot from a hammered penny so fewer finds go unrecognised', expect: [] },
  { title: "Keep the Hendersons' 400 acres as club land when the estate changes hands", expect: [] },
  {
    title: 'Start a junior section with loan detectors so teenagers can try it before their parents buy one',
    parent: 'Make the club somewhere young people want to be',
    expect: [],
  },
  {
    title: 'Stop members leaving gates open and holes unfilled – give farmers no reason to say no',
    siblings: ["Get more farmers saying yes to us detecting their land so members aren't all squeezed onto the same couple of fields"],
    expect: [],
  },
  { title: "A display of the club's finds at the heritage centre that brings people in asking how to get into detecting", expect: [] },
  {
    title: 'Make our finds records good enough that the FLO takes them without re-checking',
    krs: [{ title: 'Records accepted by the FLO first time', unit: '%', start: 55, target: 90, current: 60 }],
    expect: [],
  },
  { title: 'Farmers see us as good neighbours, not treasure hunters', krs: [], expect: [NK] },
  { title: 'Make club digs feel welcoming for women and families', krs: [{ title: 'Digs feel more welcoming' }], expect: [KM] },
  { title: 'Permissions held: 40 farms by the AGM', expect: [NT] },
  { title: '150 paid-up members', expect: [NT] },
  { title: 'Finds recorded on the PAS database per member', expect: [NT] },
  { title: 'Committee', expect: [GC] },
  { title: 'Finds liaison (Margaret)', expect: [GC] },
  { title: 'New club website with a finds gallery + a page for landowners', expect: [TL] },
  { title: 'Organise the Boxing Day charity dig', expect: [TL] },
  { title: 'Clear out the shed and sort the loan detectors', expect: [TL] },
  { title: 'keep the permissions spreadsheet up to date — Dave', expect: [JR] },
  { title: "Collect subs and chase whoever hasn't paid by March", expect: [JR] },
  { title: 'NCMD membership & public liability insurance renewed for every member', expect: [CO] },
  { title: 'Make sure every possible Treasure find is reported to the coroner like the Treasure Act says, definately no exceptions', expect: [CO] },
  {
    title: 'Permissions team: more landowners agreeing to let us detect their farms',
    parent: 'Get more farmers saying yes to us detecting their land',
    expect: [CL],
  },
]);

/** MND Support West Yorkshire, a charity for people living with motor neurone disease and their families. */
const MND_CHARITY = inDomain('mnd-charity', [
  { title: "Get a communication aid to people in the same month their speech starts to go, not after it's gone", expect: [] },
  { title: 'Make sure nobody with MND in our area goes through diagnosis without someone from us alongside them', expect: [] },
  { title: 'Hire a second care coordinator for Calderdale so families there stop waiting on Leeds', expect: [] },
  { title: "Train hospice nurses to set up eye-gaze so patients aren't waiting for our one specialist", expect: [] },
  { title: 'Keep the equipment loan service free at the point of need when the trust grant ends in 2026', expect: [] },
  { title: 'Raise enough from the Three Peaks challenge to fund a research nurse at the MND Care Centre', expect: [] },
  {
    title: 'Offer respite grants at diagnosis rather than when carers are already exhausted',
    parent: 'Families affected by MND get help before they hit crisis',
    expect: [],
  },
  {
    title: "Bank people's voices before they lose them, so their aid speaks in their own voice",
    siblings: ["Get a communication aid to people in the same month their speech starts to go, not after it's gone"],
    expect: [],
  },
  { title: "Get the council's OTs to fast-track home adaptations for MND because people don't have months to wait", expect: [] },
  {
    title: 'Shorten the wait between referral and first home visit',
    krs: [{ title: 'Median days from referral to first home visit', unit: 'days', start: 24, target: 7, current: 18 }],
    expect: [],
  },
  { title: 'People with MND in Kirklees get the same support as in Leeds', krs: [], expect: [NK] },
  {
    title: 'Help more carers look after themselves as well as the person with MND',
    krs: [{ title: 'Carers supported better', unit: '', start: 0, target: 0, current: 0 }],
    expect: [KM],
  },
  { title: 'Raise £450k in FY27', expect: [NT] },
  { title: 'Research fund – double it', expect: [NT] },
  { title: 'Average days from referral to equipment delivered', expect: [NT] },
  { title: 'Fundraising (Bev)', expect: [GC] },
  { title: 'Care coordination team', expect: [GC] },
  { title: "Trustees' objectives 2026/27", krs: [], expect: [GC, NK] },
  { title: 'Volunteer handbook – rewrite?', expect: [TL] },
  { title: 'Awareness day stall at the White Rose Centre on 21 June', expect: [TL] },
  { title: 'Process equipment loan requests and book the collections', expect: [JR] },
  { title: 'Claim Gift Aid on all eligible donations each quarter', expect: [JR] },
  { title: 'Fundraising Regulator levy paid and Code of Fundraising Practice signed by all staff', expect: [CO] },
  { title: 'Safeguarding adults training – everyone, mandatory, before home visits', expect: [CO] },
  {
    title: 'Fund a research nurse at the Care Centre out of the Three Peaks money',
    siblings: ['Raise enough from the Three Peaks challenge to fund a research nurse at the MND Care Centre'],
    expect: [CL],
  },
]);

/** Hilltop Nut Co., Stroud: peanut and almond butters for indie shops, delis, Ocado and Amazon. */
const NUT_BUTTER_MAKER = inDomain('nut-butter-maker', [
  { title: 'Get Hilltop into a national supermarket without having to add palm oil', expect: [] },
  { title: 'Stop the oil separating in the jar so people stop leaving 1-star reviews about stirring', expect: [] },
  { title: 'Roast in-house so we stop depending on one supplier for roasted peanuts', expect: [] },
  { title: 'Hire a food technologist who can get our shelf life tested and extended', expect: [] },
  { title: 'Get our crunchy back on the shelf at Waitrose Cheltenham after the delisting', expect: [] },
  { title: 'Keep the indie shops stocking us when we go into Ocado', expect: [] },
  { title: "Train the packing team to run the filler themselves so we aren't stuck when Jake's off", expect: [] },
  {
    title: 'A small-batch roasted almond range that sells in delis at a premium',
    parent: 'Become the nut butter people buy for the taste, not the price',
    expect: [],
  },
  { title: 'Cut the jar breakages between us and the Ocado hub', expect: [] },
  {
    title: 'Make more of each tonne of nuts end up in a jar',
    krs: [{ title: 'Yield from raw nuts to filled product', unit: '%', start: 86, target: 93, current: 88 }],
    expect: [],
  },
  { title: 'Get people cooking with nut butter, not just spreading it on toast', krs: [], expect: [NK] },
  { title: 'Make the brand stand out on a crowded shelf', krs: [{ title: 'Stand-out on shelf improved' }], expect: [KM] },
  { title: 'Revenue £1.2m (from £780k)', expect: [NT] },
  { title: 'Jars per hour on the filler → 1,800', expect: [NT] },
  { title: 'Online repeat purchase rate', expect: [NT] },
  { title: 'Production (Jake)', expect: [GC] },
  { title: 'Sales & marketing — 2027', expect: [GC] },
  { title: 'Get the new labels sorted for crunchy and smooth', expect: [TL] },
  { title: 'Move the stock sheets into Unleashed', expect: [TL] },
  { title: 'Clean down the grinder between every allergen changeover', expect: [JR] },
  { title: 'Check the roast colour on every batch and log it in G:\\Production\\Roast logs', expect: [JR] },
  { title: 'Answer Amazon buyer messages within 24h', expect: [NT, JR] },
  { title: 'SALSA audit passed – no non-conformances', expect: [CO] },
  { title: "Trading Standards labelling check ok'd for the new range", expect: [CO] },
  {
    title: 'Filler output up to 2,000 jars an hour on the 340g line',
    siblings: ['Jars per hour on the filler → 1,800'],
    expect: [NT, CL],
  },
]);

/** Kalamos, Bristol: imports extra virgin olive oil from Cretan and Peloponnese co-ops, bottles and tins it at Avonmouth. */
const OLIVE_OIL_IMPORTER = inDomain('olive-oil-importer', [
  { title: 'Get restaurants to use our extra virgin in the kitchen, not just on the tables', expect: [] },
  { title: 'Buy direct from the Sitia co-op so growers there get a better price and we get first pick of the harvest', expect: [] },
  { title: "Stop this year's price spike pushing our delis onto cheaper blends", expect: [] },
  { title: 'Hire a buyer who speaks Greek and can be in the groves at harvest', expect: [] },
  { title: 'Keep our early harvest tasting like it did the day it was pressed, all the way to the shelf', expect: [] },
  { title: 'Make the 5L tin the one chefs ask for by name', expect: [] },
  {
    title: "Put harvest date and grove on every bottle so buyers can see it's the real thing",
    parent: 'Kalamos becomes the olive oil people trust to be genuine',
    expect: [],
  },
  {
    title: 'Offer chefs a bag-in-box that costs less per litre than their blended oil',
    siblings: ['Get restaurants to use our extra virgin in the kitchen, not just on the tables'],
    expect: [],
  },
  { title: 'Train the deli owners who stock us to run tastings that actually sell bottles', expect: [] },
  {
    title: 'Sell more of each harvest before it loses its fresh taste',
    krs: [{ title: 'Share of the harvest sold within 12 months of pressing', unit: '%', start: 62, target: 85, current: 70 }],
    expect: [],
  },
  { title: 'be known for oils from small groves you can name', krs: [], expect: [NK] },
  {
    title: 'Make the bottling line less of a bottleneck at Christmas',
    krs: [{ title: 'Bottling keeps up with orders', unit: '', start: 0, target: 100, current: 0 }],
    expect: [KM],
  },
  { title: 'Import 240 tonnes of EVOO', expect: [NT] },
  { title: 'Gross margin per litre up to £2.10', expect: [NT] },
  { title: 'Days of stock cover at Avonmouth', expect: [NT] },
  { title: 'Trade sales (Nikos)', expect: [GC] },
  { title: 'Warehouse', expect: [GC] },
  { title: 'New tins for the 5L', expect: [TL] },
  { title: 'Visit the co-ops in November', expect: [TL] },
  { title: 'Book the containers and clear them through customs', expect: [JR] },
  { title: 'Rotate stock so the oldest harvest ships first', expect: [JR] },
  { title: "Lab-test and panel-test every lot before it's labelled extra virgin, as the marketing standards ask", expect: [JR] },
  { title: 'Soil Association organic licence renewed for the bottling site', expect: [CO] },
  { title: 'AEO authorisation kept – HMRC revisit passed', expect: [CO] },
  {
    title: 'Arrange shipping for each container and get it through customs clearance',
    siblings: ['Book the containers and clear them through customs'],
    expect: [JR, CL],
  },
]);

/** A children's and young people's diabetes team in an NHS trust: clinics, pumps and sensors, transition. */
const PAEDIATRIC_DIABETES_TEAM = inDomain('paediatric-diabetes-team', [
  { title: 'Get children who want hybrid closed loop onto it this year rather than onto a waiting list', expect: [] },
  { title: 'Fewer children arriving in DKA at diagnosis, because GPs and parents know the 4Ts', expect: [] },
  { title: "Make the move to adult clinic something teenagers don't drop out of", expect: [] },
  { title: "Hire a psychologist for the team so families aren't on an 18-month CAMHS waiting list", expect: [] },
  { title: "Train school staff to use the CGM apps so kids aren't sent home when their alarm goes off", expect: [] },
  { title: 'Keep our Best Practice Tariff income when the tariff changes in 2026', expect: [] },
  {
    title: 'Use the clinic dashboard to spot children whose HbA1c is drifting before their next appointment',
    parent: 'Children with diabetes here have control as good as the best units in the country',
    expect: [],
  },
  { title: 'Get families from the Somali community coming to clinic, not only ringing when things go wrong', expect: [] },
  {
    title: 'Get GP practices doing a finger-prick glucose the same day a parent mentions thirst',
    siblings: ['Fewer children arriving in DKA at diagnosis, because GPs and parents know the 4Ts'],
    expect: [],
  },
  {
    title: 'Bring down average HbA1c across the clinic',
    krs: [{ title: 'Median HbA1c across the clinic', unit: 'mmol/mol', start: 64, target: 58, current: 62 }],
    expect: [],
  },
  { title: 'Teenagers feel like they are in charge of their own diabetes', krs: [], expect: [NK] },
  {
    title: 'Parents feel confident managing sick days at home',
    krs: [{ title: 'Parents are confident with sick day rules' }],
    expect: [KM],
  },
  { title: 'Median HbA1c < 58 mmol/mol', expect: [NT] },
  { title: '% of CYP on CGM – 95%', expect: [NT] },
  { title: 'Admissions with DKA per 100 patients', expect: [NT] },
  { title: 'Diabetes nurse specialists (Claire)', expect: [GC] },
  { title: 'Transition clinic', expect: [GC] },
  { title: 'School care plan template – new one?', expect: [TL] },
  { title: 'Move clinic letters over to the new EPR template', expect: [TL] },
  { title: 'Download every patients pump and CGM data before clinic', expect: [JR] },
  { title: 'Make sure the out-of-hours phone is always answered by someone from the team', expect: [JR] },
  { title: 'NPDA audit data submitted by the deadline', expect: [CO] },
  { title: 'Annual insulin safety e-learning done by all nurses (mandatory)', expect: [CO] },
  { title: 'Peer review visit from the regional network – all standards met', expect: [CO] },
  {
    title: 'Transition team: stop teenagers dropping out when they move to the adult clinic',
    parent: "Make the move to adult clinic something teenagers don't drop out of",
    expect: [CL],
  },
]);

/** Harbour, a parental control app (screen time, app blocking, school-time mode) sold by subscription. */
const PARENTAL_CONTROL_APP = inDomain('parental-control-app', [
  { title: 'Help parents agree screen time rules with their kids instead of just imposing them', expect: [] },
  { title: "Make setting up on a child's iPhone something a parent finishes in one go", expect: [] },
  { title: 'Stop kids getting round the limits with the time-zone trick', expect: [] },
  { title: 'Hire an Android engineer who knows Family Link inside out', expect: [] },
  { title: "Keep parents subscribed after the first month's novelty wears off", expect: [] },
  { title: 'Get schools recommending Harbour to parents at Year 7 induction', expect: [] },
  {
    title: 'Give kids a way to ask for more time that parents can approve from a notification',
    parent: 'Become the app families trust, not the one kids hate',
    expect: [],
  },
  { title: "Win the Android users we lose to Google's free tools", expect: [] },
  {
    title: "Tell parents straight away when a child removes the app or the VPN profile, so they can act before the evening's gone",
    siblings: ['Stop kids getting round the limits with the time-zone trick'],
    expect: [],
  },
  {
    title: 'Get more trial families to the point where the limits actually work',
    krs: [{ title: 'Trials with a schedule active on a child device by day 3', unit: '%', start: 38, target: 60, current: 41 }],
    expect: [],
  },
  { title: 'Make Harbour the app parents recommend at the school gate', krs: [], expect: [NK] },
  { title: 'Make the dashboard less overwhelming for parents', krs: [{ title: 'Dashboard clarity' }], expect: [KM] },
  { title: 'MRR £300k', expect: [NT] },
  { title: 'Trial → paid conversion 25%', expect: [NT] },
  { title: 'Monthly churn', expect: [NT] },
  { title: 'iOS squad', expect: [GC] },
  { title: 'Growth — Q1', expect: [GC] },
  { title: 'Ship v4.0 with the new onboarding', expect: [TL] },
  { title: 'Rewrite the blocking engine in Kotlin', expect: [TL] },
  { title: 'App Store screenshots refreshed for the autumn campaign', expect: [TL] },
  { title: 'triage the support inbox every morning', expect: [JR] },
  { title: 'Keep the blocked-app lists in github.com/harbour/blocklists current as new apps launch', expect: [JR] },
  { title: "Children's code (AADC) DPIA signed off", expect: [CO] },
  { title: 'Everyone does the annual GDPR module', expect: [CO] },
  { title: 'Android trial-to-paid up to 18%', siblings: ['Trial → paid conversion 25%'], expect: [NT, CL] },
]);

/** Keyholder Guardians, London: guardians live in empty council and developer buildings under licence. */
const PROPERTY_GUARDIANS = inDomain('property-guardians', [
  { title: 'Get empty council buildings lived in while they wait for redevelopment, instead of boarded up', expect: [] },
  { title: 'Be the guardian company key workers actually want to live with', expect: [] },
  { title: 'Stop squatters getting into the buildings we look after', expect: [] },
  { title: 'Hire a fire safety manager who can walk a building and tell us what it needs on the day', expect: [] },
  { title: 'Keep Southwark as a client when the contract is retendered', expect: [] },
  { title: "Give guardians proper notice when a building's going back so nobody is on the street in a fortnight", expect: [] },
  {
    title: "Catch damp and leaks early enough that owners don't get a building back with a ruined ceiling",
    parent: 'Buildings we protect go back to the owner in better shape than we found them',
    expect: [],
  },
  {
    title: "Get buildings occupied the week they're handed over rather than sitting empty for a month",
    siblings: ['Stop squatters getting into the buildings we look after'],
    expect: [],
  },
  { title: "Get guardians' licence agreements written so a tenant adviser would call them fair", expect: [] },
  {
    title: 'Fill rooms faster when a guardian moves out',
    krs: [{ title: 'Average days a room sits empty between guardians', unit: 'days', start: 21, target: 7, current: 16 }],
    expect: [],
  },
  { title: 'make living as a guardian feel less precarious', krs: [], expect: [NK] },
  {
    title: "Owners feel they know what's going on in their building",
    krs: [{ title: 'Owner updates improved', start: 0, target: 0, current: 0 }],
    expect: [KM],
  },
  { title: 'Occupancy 92% across all buildings', expect: [NT] },
  { title: 'Properties under management: 60 → 85', expect: [NT] },
  { title: 'Licence fee income per building', expect: [NT] },
  { title: 'Property managers – North London', expect: [GC] },
  { title: 'Guardian services (Amara)', expect: [GC] },
  { title: 'Ops', expect: [GC] },
  { title: 'Guardian app for reporting repairs', expect: [TL] },
  { title: 'Redo the guardian welcome pack (its out of date)', expect: [TL] },
  { title: 'Inspect every building fortnightly and write up the report for the client', expect: [JR] },
  { title: 'Collect licence fees and chase arrears', expect: [JR] },
  { title: 'HMO licences in place for every building with 5+ guardians', expect: [CO] },
  { title: 'Fire risk assessment done and signed off for each new building before anyone moves in', expect: [CO] },
  {
    title: 'Council team: get vacant council-owned buildings occupied until they are redeveloped',
    parent: 'Get empty council buildings lived in while they wait for redevelopment',
    expect: [CL],
  },
]);

/** Brainstorm Quizzes, Manchester: weekly pub quiz nights, corporate and charity quizzes, freelance hosts. */
const QUIZ_NIGHT_COMPANY = inDomain('quiz-night-company', [
  { title: 'Get pubs seeing the Tuesday quiz as their best night, not a favour to us', expect: [] },
  { title: 'Make the music round something teams look forward to instead of dread', expect: [] },
  { title: 'Hire quizmasters who can hold a room, not just read out questions', expect: [] },
  { title: 'Keep the Crown & Anchor after the new landlord takes over', expect: [] },
  { title: "Get corporate bookings in January and February when pubs don't want us", expect: [] },
  { title: "Train the newer hosts to handle answer disputes so nights don't end in a row", expect: [] },
  {
    title: 'Get the whole table joining in, not just the pub know-it-all',
    parent: 'Make a Brainstorm quiz the best night out in the pub',
    expect: [],
  },
  { title: 'Stop other firms copying our picture rounds', expect: [] },
  {
    title: 'Sell a charity quiz pack to PTAs so it runs without us there',
    siblings: ["Get corporate bookings in January and February when pubs don't want us"],
    expect: [],
  },
  {
    title: 'More teams come back week after week',
    krs: [{ title: 'Teams returning within four weeks', unit: '%', start: 45, target: 60, current: 48 }],
    expect: [],
  },
  { title: 'Get known as the quiz with the fair questions', krs: [], expect: [NK] },
  {
    title: 'Make the answer-sheet app easier for older players',
    krs: [{ title: 'App is easier for older players' }],
    expect: [KM],
  },
  { title: 'Venues on the weekly rota – 45', expect: [NT] },
  { title: 'Average teams per night ≥ 12', expect: [NT] },
  { title: 'Corporate quiz revenue', expect: [NT] },
  { title: 'Grow the charity quiz side by a third', expect: [NT] },
  { title: 'Quizmasters', expect: [GC] },
  { title: 'Questions desk (Fran)', expect: [GC] },
  { title: 'Buy new PA kits for the hosts', expect: [TL] },
  { title: 'Xmas special question pack', expect: [TL] },
  { title: "Write and check next week's questions by Thursday", expect: [JR] },
  { title: 'Invoice the pubs at the end of each month and chase untill paid', expect: [JR] },
  { title: 'Get the PRS and PPL licences sorted for the music rounds', expect: [CO] },
  { title: 'Public liability insurance renewed and copies sent to every venue', expect: [CO] },
  {
    title: "Make quiz night the pub's busiest night of the week rather than a favour",
    siblings: ['Get pubs seeing the Tuesday quiz as their best night, not a favour to us'],
    expect: [CL],
  },
]);

/** An NHS rheumatology department: early arthritis clinic, biologics, nurse-led clinics, advice line. */
const RHEUMATOLOGY_DEPARTMENT = inDomain('rheumatology-department', [
  { title: "See people with new inflammatory arthritis while there's still time to stop the joint damage", expect: [] },
  { title: "Move stable patients onto patient-initiated follow-up so they stop coming in just because it's been six months", expect: [] },
  { title: "Switch patients to biosimilars where it's safe, and put the savings into a specialist nurse", expect: [] },
  { title: 'Recruit a consultant with a lupus intrest so patients stop travelling to Leeds', expect: [] },
  { title: 'Keep patients on homecare deliveries when the provider changes in April', expect: [] },
  { title: 'Train GPs to spot axial SpA in young men with back pain', expect: [] },
  {
    title: "Start a weekly early arthritis clinic so GP referrals aren't left waiting for the next general slot",
    parent: 'Patients with inflammatory arthritis get treated early enough to stay in work',
    expect: [],
  },
  {
    title: 'Cut the number of people coming in for blood monitoring by letting them use their GP surgery',
    siblings: ["Switch patients to biosimilars where it's safe, and put the savings into a specialist nurse"],
    expect: [],
  },
  { title: 'Get the advice line answered by someone who can actually change a dose', expect: [] },
  {
    title: 'Start treatment sooner after an inflammatory arthritis referral',
    krs: [{ title: 'EIA patients seen within 3 weeks of referral', unit: '%', start: 31, target: 70, current: 40 }],
    expect: [],
  },
  { title: 'Patients feel they can reach us when they flare', krs: [], expect: [NK] },
  {
    title: 'Improve how patients experience the infusion suite',
    krs: [{ title: 'Better infusion suite experience', unit: '', start: 0, target: 0, current: 0 }],
    expect: [KM],
  },
  { title: 'RTT 18 weeks – 92% of patients', expect: [NT] },
  { title: 'Follow-up backlog down 40%', expect: [NT] },
  { title: 'DNA rate', expect: [NT] },
  { title: 'Nurse-led clinics (Sue)', expect: [GC] },
  { title: 'Rheumatology – Q3 priorities', expect: [GC] },
  { title: 'New patient information leaflets on methotrexate', expect: [TL] },
  { title: 'Set up the new infusion chairs', expect: [TL] },
  { title: 'Check DMARD bloods and act on abnormal results the day they come back', expect: [JR] },
  { title: 'Triage GP referrals within 2 working days', expect: [NT, JR] },
  { title: 'Ring back every advice line message', expect: [JR] },
  { title: 'NEIAA audit data submitted', expect: [CO] },
  { title: "Everyone's mandatory training in date, including level 2 safeguarding", expect: [CO] },
  {
    title: "EIA clinic: start people on treatment sooner after they're referred with inflammatory arthritis",
    parent: 'Start treatment sooner after an inflammatory arthritis referral',
    expect: [CL],
  },
]);

/** Marston Polymers, Staffordshire: mixes rubber compounds (EPDM, nitrile, natural) for moulders and extruders. */
const RUBBER_COMPOUNDER = inDomain('rubber-compounder', [
  { title: "Cut the scrap on the Banbury so we stop throwing away compound we've paid to mix", expect: [] },
  { title: "Win a rail customer so we're not just hanging on automotive orders", expect: [] },
  { title: 'Get nitrile batches consistent enough that moulders stop re-testing them on arrival', expect: [] },
  { title: 'Hire a rubber chemist to develop our own low-smoke compounds', expect: [] },
  { title: 'Keep the Continental business when they move to dual-sourcing in 2027', expect: [] },
  { title: 'Train the mill operators to read the rheometer curve so bad batches are caught at the mill', expect: [] },
  {
    title: 'Develop a peroxide-cured EPDM for hot-water seals that no one else in the UK offers',
    parent: 'Become the compounder moulders call first for a difficult spec',
    expect: [],
  },
  { title: 'Stop the carbon black dust getting out of the mixing bay and into the village', expect: [] },
  {
    title: 'Put off-spec compound back into lower-grade mixes instead of sending it to landfill',
    siblings: ["Cut the scrap on the Banbury so we stop throwing away compound we've paid to mix"],
    expect: [],
  },
  {
    title: 'Use less energy for every tonne of compound we mix',
    krs: [{ title: 'kWh per tonne mixed', unit: 'kWh/t', start: 420, target: 360, current: 405 }],
    expect: [],
  },
  { title: 'Customers see us as a development partner, not a mixing shop', krs: [], expect: [NK] },
  { title: 'Reduce batch-to-batch variation on EPDM', krs: [{ title: 'EPDM variation reduced' }], expect: [KM] },
  { title: 'Tonnes mixed: 14,000', expect: [NT] },
  { title: 'OTIF 97%', expect: [NT] },
  { title: 'First-time-right rate on the No. 2 mixer', expect: [NT] },
  { title: 'Mixing – night shift (Gaz)', expect: [GC] },
  { title: 'Lab', expect: [GC] },
  { title: 'Install the new batch-off unit', expect: [TL] },
  { title: 'Write up the new compound specs in the ERP', expect: [TL] },
  { title: "Run a rheometer test on every batch before it's released", expect: [JR] },
  { title: "Weigh up the chemicals for tomorrow's mixes at the end of each shift", expect: [JR] },
  { title: 'IATF 16949 surveillance audit passed with no majors', expect: [CO] },
  { title: 'REACH registrations kept up to date for every substance we import', expect: [CO] },
  { title: 'LEV systems tested and certified every 14 months (COSHH)', krs: [{ title: 'LEV test done' }], expect: [CO, KM] },
  { title: 'OTIF to automotive customers – 98.5%', parent: 'OTIF 97%', expect: [NT, CL] },
]);

/** A rural payments agency: farm scheme claims (SFI, Countryside Stewardship, delinked payments), inspections, helpline. */
const RURAL_PAYMENTS_AGENCY = inDomain('rural-payments-agency', [
  { title: 'Pay farmers on the day we said we would, so that nobody has to go to the bank to cover a late payment', expect: [] },
  { title: 'Make SFI applications simple enough that a farmer can do one without an agent', expect: [] },
  { title: 'Get more upland farms into agreements that pay for peat and hedges', expect: [] },
  { title: 'Hire data scientists to target inspections at the claims most likely to be wrong', expect: [] },
  { title: 'Keep the helpline the place farmers trust when they are stuck, not the last resort', expect: [] },
  { title: 'Help farmers get their land ready for inspection so fewer lose money over mapping errors', expect: [] },
  {
    title: "Fix the land parcel maps before the claim window opens so claims don't bounce on mapping",
    parent: 'Farmers get their money right and on time',
    expect: [],
  },
  {
    title: "Let tenant farmers apply without their landlord's signature where the tenancy allows it",
    siblings: ['Make SFI applications simple enough that a farmer can do one without an agent'],
    expect: [],
  },
  { title: 'Stop fraudsters redirecting payments by changing bank details', expect: [] },
  {
    title: "Get more of the year's payments out in the first week of the payment window",
    krs: [{ title: 'Eligible claims paid in the first week', unit: '%', start: 58, target: 85, current: 64 }],
    expect: [],
  },
  { title: 'Farmers trust that the agency will get it right', krs: [], expect: [NK] },
  {
    title: 'Make the Rural Payments service easier for farmers with poor broadband',
    krs: [{ title: 'Service works on poor broadband', start: 0, target: 100, current: 0 }],
    expect: [KM],
  },
  { title: '95% of BPS delinked payments made by 31 December', expect: [NT] },
  { title: 'Helpline calls answered in under 5 min: 80%', expect: [NT] },
  { title: 'Cost per claim processed', expect: [NT] },
  { title: 'Inspections directorate', expect: [GC] },
  { title: 'Customer Service Centre (Newcastle)', expect: [GC] },
  { title: 'Migrate claims from the legacy system to the new platform', expect: [TL] },
  { title: 'New SFI 2026 guidance page on GOV.UK (draft in SharePoint > Comms > SFI)', expect: [TL] },
  { title: 'Regional roadshows done before the SFI window opens', expect: [TL] },
  { title: "Carry out the year's rural inspections on the sample farms", expect: [JR] },
  { title: 'Process bank detail changes with a call-back check', expect: [JR] },
  { title: 'NAO audit of the accounts – unqualified opinion', expect: [CO] },
  { title: 'Everyone completes Counter-Fraud and Security training (mandatory)', expect: [CO] },
  {
    title: "Make payments to farmers on the promised date so they don't need an overdraft to cover late money",
    siblings: ['Pay farmers on the day we said we would, so that nobody has to go to the bank to cover a late payment'],
    expect: [CL],
  },
]);

/** Ramp Up, Sheffield: an indoor skatepark run as a youth charity, with lessons, girls' nights and SEND sessions. */
const SKATEPARK_CHARITY = inDomain('skatepark-charity', [
  { title: "Get girls who've never skated coming back after their first girls' night", expect: [] },
  { title: "Make the park somewhere lads who've been excluded from school want to be in the daytime", expect: [] },
  { title: 'Fix the leaking roof properly so we stop losing sessions every time it rains', expect: [] },
  { title: 'Hire a youth worker who skates', expect: [] },
  { title: 'Keep the scooter kids and the skaters sharing the park without fights', expect: [] },
  { title: 'Train volunteers as coaches so lessons stop depending on Kieran', expect: [] },
  {
    title: 'Turn the café into something that makes money on session days',
    parent: "Make Ramp Up pay its own way so we're not at the council's mercy",
    expect: [],
  },
  {
    title: 'Run adaptive sessions where kids with SEND can skate without the crowd',
    siblings: ["Get girls who've never skated coming back after their first girls' night"],
    expect: [],
  },
  { title: 'Get the council to write skateparks into the new youth strategy', expect: [] },
  {
    title: 'More young people from Parson Cross using the park',
    krs: [{ title: 'Regular users with an S5 postcode', unit: 'people', start: 40, target: 120, current: 55 }],
    expect: [],
  },
  { title: 'Skaters feel the park is theirs, not run at them', krs: [], expect: [NK] },
  { title: 'Make sessions feel safe for younger kids', krs: [{ title: 'Younger kids feel safer' }], expect: [KM] },
  { title: '10,000 session visits this year', expect: [NT] },
  { title: 'Unrestricted income £90k', expect: [NT] },
  { title: 'Lesson bookings per week', expect: [NT] },
  { title: 'Volunteers', expect: [GC] },
  { title: 'Sessions & coaching (Kieran)', expect: [GC] },
  { title: 'Build the new mini ramp', expect: [TL] },
  { title: 'Grant application to Sport England', expect: [TL] },
  { title: 'Check the ramps for loose screws and splinters before every session', expect: [JR] },
  { title: 'Do the till and cash up after each session', expect: [JR] },
  { title: 'Open up and run the Saturday morning sessions', expect: [JR] },
  { title: 'Enhanced DBS checks for all staff and volunteers', expect: [CO] },
  { title: 'Annual fire risk assessment and extinguisher service', expect: [CO] },
  {
    title: 'Before each session walk the ramps and check for splinters and loose screws',
    siblings: ['Check the ramps for loose screws and splinters before every session'],
    expect: [JR, CL],
  },
]);

/** Jar & Scoop, Whitby: a traditional sweet shop selling by the quarter from jars, with an online mail-order side. */
const SWEET_SHOP = inDomain('sweet-shop', [
  { title: 'Make winter pay: get locals and online orders to carry us through Nov–Feb', expect: [] },
  { title: 'Get the online shop to the point where nostalgia hampers sell themselves at Christmas', expect: [] },
  { title: "Sell sweets by the quarter the old way but at prices people don't gasp at", expect: [] },
  { title: "Hire a Saturday lad who's good with the little ones and the till", expect: [] },
  { title: 'Keep the coach parties stopping at ours rather than the big shop on the front', expect: [] },
  { title: 'Stop sweets going sticky in the jars in August – its the humidity', expect: [] },
  {
    title: 'A window display so good it gets photographed and posted',
    parent: 'Become the sweet shop people come to Whitby for',
    expect: [],
  },
  {
    title: "Offer school-party pick'n'mix bags that teachers can order ahead",
    siblings: ['Make winter pay: get locals and online orders to carry us through Nov–Feb'],
    expect: [],
  },
  { title: 'Get our own-label rhubarb and custards made by a local boiler instead of bought in', expect: [] },
  {
    title: 'More people ordering again after their first online order',
    krs: [{ title: 'Online customers ordering a second time within 6 months', unit: '%', start: 18, target: 30, current: 21 }],
    expect: [],
  },
  { title: 'people who find us on holiday keep buying from us at home', krs: [], expect: [NK] },
  {
    title: 'Make the shop feel like stepping back into the 1950s',
    krs: [{ title: 'Shop feels more old-fashioned' }],
    expect: [KM],
  },
  { title: 'Online: £60k sales, 1,500 customers, repeat rate 30%', expect: [NT] },
  { title: 'Average basket over £8', expect: [NT] },
  { title: 'Footfall in January', expect: [NT] },
  { title: 'Online shop (Megan)', expect: [GC] },
  { title: 'Summer season', expect: [GC] },
  { title: 'New till that does cards and online stock?', expect: [TL] },
  { title: 'Product photos done for the website', expect: [TL] },
  { title: "Weigh out and bag the pick'n'mix for the weekend", expect: [JR] },
  { title: 'Post the online orders every afternoon', expect: [JR] },
  { title: 'Food business registration with the council and the allergen info sorted', expect: [CO] },
  { title: 'Scales verified and stamped by Trading Standards', expect: [CO] },
  { title: 'Keep our 5 at the next council food hygiene inspection', expect: [CO] },
  {
    title: 'Shop floor: be the reason people visit Whitby for sweets',
    parent: 'Become the sweet shop people come to Whitby for',
    expect: [CL],
  },
]);

/** Riverside Table Tennis Club, Leicester: league teams, juniors, coaching, a leisure-centre hall. */
const TABLE_TENNIS_CLUB = inDomain('table-tennis-club', [
  { title: 'Get a team promoted out of Division 3 without poaching players from other clubs', expect: [] },
  { title: 'Make Tuesday nights somewhere a beginner can turn up and get a game', expect: [] },
  { title: 'Find a hall we can use on Saturdays so juniors have somewhere to train', expect: [] },
  { title: "Recruit a Level 2 coach so the juniors aren't coached by whoever's free", expect: [] },
  { title: 'Keep our slot at the leisure centre when they rebook the sports hall', expect: [] },
  { title: 'Get older members playing again after hip ops and long breaks', expect: [] },
  {
    title: 'Run a school-holiday camp that turns taster sessions into members',
    parent: 'Become the club juniors in Leicester want to join',
    expect: [],
  },
  {
    title: "Sort out a buddy for every new adult so they're not stood at the side",
    siblings: ['Make Tuesday nights somewhere a beginner can turn up and get a game'],
    expect: [],
  },
  { title: 'Get parents through the county umpire certificate so junior matches can go ahead', expect: [] },
  {
    title: 'Get more juniors playing in the county league',
    krs: [{ title: 'Juniors with a county league ranking', unit: 'players', start: 6, target: 18, current: 9 }],
    expect: [],
  },
  { title: 'the club feels friendly to someone walking in off the street', krs: [], expect: [NK] },
  {
    title: 'More women playing competitively',
    krs: [{ title: 'More women in league teams', unit: '', start: 0, target: 0, current: 0 }],
    expect: [KM],
  },
  { title: '120 members by September', expect: [NT] },
  { title: 'League teams: 8', expect: [NT] },
  { title: 'Junior retention after the taster course', expect: [NT] },
  { title: 'Committee objectives 2026', krs: [], expect: [GC, NK] },
  { title: 'Juniors (Priya)', expect: [GC] },
  { title: 'Buy new tables and a robot for coaching', expect: [TL] },
  { title: 'Club night fixtures list online', expect: [TL] },
  { title: 'Put the tables out and away on club nights', expect: [JR] },
  { title: 'Enter the teams and results on the league site every week', expect: [JR] },
  { title: 'Book the hall, pay the hire and chase it with the treasurer', expect: [JR] },
  { title: 'Table Tennis England affiliation renewed for all members', expect: [CO] },
  { title: 'Make sure every coach has been on the safeguarding course', expect: [CO] },
  { title: 'Membership up to 150 by next summer', siblings: ['120 members by September'], expect: [NT, CL] },
]);

/** A county council's Gypsy and Traveller sites team: permanent sites, a transit site, encampments. */
const TRAVELLER_SITES_TEAM = inDomain('traveller-sites-team', [
  { title: 'Give familys on the waiting list a pitch before they give up and go back on the roadside', expect: [] },
  { title: 'Get children from our sites staying in school past Year 9', expect: [] },
  { title: 'Open a transit site so families passing through have somewhere legal to stop', expect: [] },
  { title: 'Hire a liaison officer from the Traveller community', expect: [] },
  { title: 'Keep the Mill Lane site open when the land is reviewed in the local plan', expect: [] },
  {
    title: 'We want families who stop on the transit site to be able to see a GP and get their kids into school, so that they come back to the site next time rather than the park',
    expect: [],
  },
  {
    title: 'Agree negotiated stopping places with families so they move on by agreement, not eviction',
    parent: 'Fewer unauthorised encampments in parks and car parks',
    expect: [],
  },
  {
    title: 'Add pitches at Brook Farm so grown-up children can stay near their parents',
    siblings: ['Give familys on the waiting list a pitch before they give up and go back on the roadside'],
    expect: [],
  },
  { title: 'Train council staff in Romani and Traveller culture so families stop being talked down to', expect: [] },
  {
    title: "Get utility blocks fixed quickly enough that families don't go without hot water",
    krs: [{ title: 'Utility block repairs done within 5 days', unit: '%', start: 40, target: 90, current: 55 }],
    expect: [],
  },
  { title: 'Traveller families see the council as someone they can deal with', krs: [], expect: [NK] },
  {
    title: 'Better relations between the sites and the neighbours',
    krs: [{ title: 'Relations with neighbours' }],
    expect: [KM],
  },
  { title: 'Pitch occupancy 98%', expect: [NT] },
  { title: 'Rent arrears below £15k', expect: [NT] },
  { title: 'Average days an encampment stays', expect: [NT] },
  { title: 'Site wardens', expect: [GC] },
  { title: 'Encampments (Mick)', expect: [GC] },
  { title: 'New fencing at the Brook Farm site', expect: [TL] },
  { title: 'Refurb the amenity blocks on Mill Lane', expect: [TL] },
  { title: 'Welfare check on every new encampment within 24 hours', expect: [NT, JR] },
  { title: 'Collect the pitch rents and chase arrears', expect: [JR] },
  { title: 'Walk every site each week and log the repairs so that nothing gets missed between warden visits', expect: [JR] },
  { title: 'Site licence conditions met at every site – fire points, spacing, hydrants', expect: [CO] },
  { title: 'Gas safety certificates for all amenity blocks renewed', expect: [CO] },
  {
    title: 'Encampments team: cut the number of unauthorised camps on parks and car parks',
    parent: 'Fewer unauthorised encampments in parks and car parks',
    expect: [CL],
  },
]);

/** Palaver, a video calling tool for small firms: WebRTC media servers, guests, recordings, transcripts. */
const VIDEO_CONFERENCING_SAAS = inDomain('video-conferencing-saas', [
  { title: 'Make calls hold up on bad hotel wifi, so people stop switching to their phone', expect: [] },
  { title: 'Get joining a call down to one click from the invite, even for guests', expect: [] },
  { title: "Win law firms that can't use the big US tools because of where the data sits", expect: [] },
  { title: "Hire an SRE who's run media servers at scale", expect: [] },
  { title: 'Keep our biggest customer, Hartley Recruitment, past their renewal in Q3', expect: [] },
  { title: 'Stop echo on calls where one person is on a laptop speaker', expect: [] },
  {
    title: 'Move the media servers closer to users in the Gulf so calls there stop lagging',
    parent: 'Be the call tool people forget is there because it just works',
    expect: [],
  },
  {
    title: 'Give people a clear warning before their connection drops, not after',
    siblings: ['Make calls hold up on bad hotel wifi, so people stop switching to their phone'],
    expect: [],
  },
  { title: 'Help our customers pass their own ISO audits by giving them the evidence pack in one place', expect: [] },
  {
    title: 'Fewer calls where someone cannot be heard',
    krs: [{ title: 'Calls with a reported audio problem', unit: '%', start: 3.2, target: 1, current: 2.8 }],
    expect: [],
  },
  { title: "customers trust us with the calls they'd never put on Zoom", krs: [], expect: [NK] },
  { title: 'Make recordings easier to find afterwards', krs: [{ title: 'Recordings easier to find' }], expect: [KM] },
  { title: 'ARR to $5M', expect: [NT] },
  { title: 'P95 join time under 3s', expect: [NT] },
  { title: 'Packet loss on mobile', expect: [NT] },
  { title: 'Media team (Anya)', expect: [GC] },
  { title: 'Platform – H1', expect: [GC] },
  { title: 'Upgrade the SFU to mediasoup 3.14', expect: [TL] },
  { title: 'Teams integration live – spec in notion.so/palaver/teams-integration', expect: [TL] },
  { title: 'On-call for the media servers – respond to pages', expect: [JR] },
  { title: 'Keep the status page up to date during incidents', expect: [JR] },
  { title: 'Rotate the TURN server credentials every quarter', expect: [JR] },
  { title: 'SOC 2 Type II report renewed', expect: [CO] },
  { title: 'Pen test by a CREST-accredited firm done & findings closed', expect: [CO] },
  { title: 'Join time for guests (p95) < 4s', siblings: ['P95 join time under 3s'], expect: [NT, CL] },
]);

/** Portal VR, Nottingham: free-roam VR arenas and booths for parties, groups and team building, with a bar. */
const VR_ARCADE = inDomain('vr-arcade', [
  { title: 'Get people who came for a birthday party coming back with their mates', expect: [] },
  { title: "Make the first five minutes in a headset feel easy for people who've never tried VR", expect: [] },
  { title: 'Could we fill weekday daytimes with school and uni groups?', expect: [] },
  { title: 'Hire a technician who can fix headsets here instead of posting them back', expect: [] },
  { title: 'Keep the free-roam arena fresh by getting new game licences before regulars get bored', expect: [] },
  { title: 'Stop people feeling sick in the zombie game', expect: [] },
  {
    title: 'Add a bar so groups stay for a drink after their session',
    parent: "Be Nottingham's go-to for a group night out",
    expect: [],
  },
  {
    title: 'Sell team-building packages to firms in the city centre for quiet afternoons',
    siblings: ['Could we fill weekday daytimes with school and uni groups?'],
    expect: [],
  },
  { title: "Train game guides to read when someone's nervous and slow things down", expect: [] },
  {
    title: 'More of our bookings are groups',
    krs: [{ title: 'Bookings of 6 or more players', unit: '%', start: 35, target: 55, current: 40 }],
    expect: [],
  },
  { title: 'Make Portal the place people bring visiting family', krs: [], expect: [NK] },
  {
    title: 'Make the booking page less confusing',
    krs: [{ title: 'Booking page clarity', unit: '', start: 0, target: 0, current: 0 }],
    expect: [KM],
  },
  { title: 'Revenue per headset per day £150', expect: [NT] },
  { title: 'Weekday utilisation 60%', expect: [NT] },
  { title: 'Party bookings per month', expect: [NT] },
  { title: 'Game guides (Jordan)', expect: [GC] },
  { title: 'Marketing', expect: [GC] },
  { title: 'Weekend team', expect: [GC] },
  { title: 'New website with online booking', expect: [TL] },
  { title: 'Install the second free-roam arena', expect: [TL] },
  { title: 'Clean every headset in the UV box between sessions', expect: [JR] },
  { title: 'Charge the headsets and controllers overnight', expect: [JR] },
  { title: 'Premises licence for the bar approved by the council', expect: [CO] },
  { title: 'Fire safety training for all staff – done', expect: [CO] },
  {
    title: 'Sales: make us the first choice for group nights out in Nottingham',
    parent: "Be Nottingham's go-to for a group night out",
    expect: [CL],
  },
]);

/** Pennine Weighing, Halifax: makes industrial scales, weighbridges and checkweighers, and services them. */
const WEIGHING_SCALE_MAKER = inDomain('weighing-scale-maker', [
  { title: 'Get food factories choosing our checkweighers over the German ones on service, not price', expect: [] },
  { title: 'Make a weighbridge that farmers can install on a normal concrete pad', expect: [] },
  { title: 'Stop the callouts for load cell failures after heavy rain', expect: [] },
  { title: "Hire a software engineer so our indicators can talk to customers' ERP", expect: [] },
  { title: 'Keep the Tesco depots as service customers when their contract is retendered', expect: [] },
  { title: 'Help our customers pass Trading Standards inspections without a single scale failing', expect: [] },
  {
    title: 'Sell service contracts with every new weighbridge instead of waiting for the first breakdown',
    parent: 'Make service, not new kit, the part of the business that grows',
    expect: [],
  },
  {
    title: "Get engineers fixing more faults remotely so the van doesn't have to go out",
    siblings: ['Stop the callouts for load cell failures after heavy rain'],
    expect: [],
  },
  { title: 'Train dealers in Ireland to install our scales so we can sell there', expect: [] },
  {
    title: 'Cut the lead time on a standard weighbridge',
    krs: [{ title: 'Weeks from order to installed weighbridge', unit: 'weeks', start: 14, target: 8, current: 12 }],
    expect: [],
  },
  { title: 'Be the scale maker people recommend to each other', krs: [], expect: [NK] },
  { title: 'Make the new indicator easier to set up', krs: [{ title: 'Easier setup' }], expect: [KM] },
  { title: 'Service revenue £3.4m', expect: [NT] },
  { title: 'First-time fix rate ≥ 85%', expect: [NT] },
  { title: 'Mean time between failures on checkweighers', expect: [NT] },
  { title: 'Field service – Scotland', expect: [GC] },
  { title: 'Weighbridge team (Phil)', expect: [GC] },
  { title: 'New brochure for the checkweigher range', expect: [TL] },
  { title: 'Redesign the junction box', expect: [TL] },
  { title: 'Move the spares catalogue onto the new webshop', krs: [{ title: 'Catalogue moved' }], expect: [TL, KM] },
  { title: "Calibrate customers' scales on their annual service visit", expect: [JR] },
  { title: 'Answer service calls within 4 hours for contract customers', expect: [NT, JR] },
  { title: 'UKAS accreditation for our calibration lab kept after the assessment', expect: [CO] },
  { title: 'NAWI approval for the new checkweigher under UKCA', expect: [CO] },
  {
    title: "At each customer's yearly service, calibrate their scales",
    siblings: ["Calibrate customers' scales on their annual service visit"],
    expect: [JR, CL],
  },
]);

/** Aldbourne WI: a village Women's Institute with monthly meetings, groups, outings and campaigns. */
const WOMENS_INSTITUTE = inDomain('womens-institute', [
  { title: "Get younger women in the village comming to meetings, not just the ones who've been coming for years", expect: [] },
  { title: 'Make the monthly meeting something members would miss, not a duty', expect: [] },
  { title: "Get the village behind the WI's campaign on clean rivers", expect: [] },
  { title: "Find a treasurer who'll stay more than a year", expect: [] },
  { title: 'Keep the Tuesday coffee morning going after Joan steps down', expect: [] },
  { title: 'Teach members to use Zoom so housebound members can still join meetings', expect: [] },
  {
    title: 'Take on the empty bus shelter and make it the village noticeboard people actually read',
    parent: 'Make the WI matter in the village again',
    expect: [],
  },
  {
    title: 'Start an evening craft group for women who work in the day',
    siblings: ["Get younger women in the village comming to meetings, not just the ones who've been coming for years"],
    expect: [],
  },
  { title: "Stop members dropping out because they can't get a lift", expect: [] },
  {
    title: 'More members taking part in something beyond the monthly meeting',
    krs: [{ title: 'Members in at least one group or outing', unit: '%', start: 30, target: 60, current: 35 }],
    expect: [],
  },
  { title: 'Members feel the WI is theirs to shape', krs: [], expect: [NK] },
  {
    title: 'Make newcomers feel welcome from their first meeting',
    krs: [{ title: 'Newcomers feel welcome', start: 0, target: 100, current: 0 }],
    expect: [KM],
  },
  { title: 'Membership 45, average attendance 30, £2k raised', expect: [NT] },
  { title: 'Raise £2,000 for the air ambulance', expect: [NT] },
  { title: 'Attendance at monthly meetings', expect: [NT] },
  { title: 'Programme secretary (Ann)', expect: [GC] },
  { title: 'Outings', expect: [GC] },
  { title: 'Centenary tea in the village hall', expect: [TL] },
  { title: 'New banner for the show', expect: [TL] },
  { title: 'Pay the NFWI subs and send the membership list to the Federation', expect: [JR] },
  { title: 'Take the minutes at every meeting — Carol', expect: [JR] },
  { title: 'Do the teas rota each month', expect: [JR] },
  { title: 'Federation insurance – renewed for this year?', expect: [CO] },
  { title: 'Charity registration kept and annual accounts filed with the Commission', expect: [CO] },
  {
    title: "Sort out lifts so members don't drop out for lack of transport",
    siblings: ["Stop members dropping out because they can't get a lift"],
    expect: [CL],
  },
]);

/** Northern Yeast Co., Hull: fresh, cream and dried baker's yeast grown on molasses for plant and craft bakeries. */
const YEAST_MAKER = inDomain('yeast-maker', [
  { title: 'Get more of the plant bakeries onto cream yeast by tanker so they stop handling blocks', expect: [] },
  { title: 'Make our dried yeast the one home bakers trust to rise every time', expect: [] },
  { title: 'Stop losing fermenters to contamination in the summer', expect: [] },
  { title: 'Hire a microbiologist to build strains for sourdough-style breads', expect: [] },
  { title: 'Keep Warburtons as a customer when they go to tender in 2026', expect: [] },
  { title: 'Cut what we pay for molasses by taking beet molasses from the sugar factory down the road', expect: [] },
  {
    title: 'Sell fresh yeast in small packs that craft bakeries can use up before it goes off',
    parent: 'Become the yeast supplier craft bakers ask for by name',
    expect: [],
  },
  {
    title: 'Get fermenter cleaning done with less downtime so we can run more batches',
    siblings: ['Stop losing fermenters to contamination in the summer'],
    expect: [],
  },
  {
    title: "Help craft bakeries get their loaves through a supermarket's supplier approval with our spec sheets and allergen data",
    expect: [],
  },
  {
    title: 'Get more yeast out of every tonne of molasses',
    krs: [{ title: 'Yeast yield on molasses', unit: '%', start: 68, target: 74, current: 70 }],
    expect: [],
  },
  { title: 'Be the yeast maker bakers call when a dough goes wrong', krs: [], expect: [NK] },
  {
    title: 'Make the effluent less of a problem for the treatment works',
    krs: [{ title: 'Effluent improved', unit: '', start: 0, target: 0, current: 0 }],
    expect: [KM],
  },
  { title: 'Fresh yeast volume 22,000 tonnes', expect: [NT] },
  { title: 'Complaints per 1,000 tonnes shipped', expect: [NT] },
  { title: 'Export sales up 30% on 2025', expect: [NT] },
  { title: 'Fermentation (Dawn)', expect: [GC] },
  { title: 'Tanker fleet', expect: [GC] },
  { title: 'Install the new drier – Pete', expect: [TL] },
  { title: 'New sachet artwork for the retail range', expect: [TL] },
  { title: 'Check the cream yeast tank temperatures on every delivery round', expect: [JR] },
  { title: 'Clean and steam the fermenters between batches', expect: [JR] },
  { title: 'BRCGS audit – grade AA', expect: [CO] },
  { title: 'Environment Agency permit – effluent consent conditions met', expect: [CO] },
  { title: 'Everyone on site does the food defence refresher (mandatory)', expect: [CO] },
  {
    title: 'Craft bakery sales: be the yeast brand craft bakers request by name',
    parent: 'Become the yeast supplier craft bakers ask for by name',
    expect: [CL],
  },
]);

export const HOLDOUT_56: Holdout56Entry[] = [
  ...METAL_DETECTING_CLUB,
  ...MND_CHARITY,
  ...NUT_BUTTER_MAKER,
  ...OLIVE_OIL_IMPORTER,
  ...PAEDIATRIC_DIABETES_TEAM,
  ...PARENTAL_CONTROL_APP,
  ...PROPERTY_GUARDIANS,
  ...QUIZ_NIGHT_COMPANY,
  ...RHEUMATOLOGY_DEPARTMENT,
  ...RUBBER_COMPOUNDER,
  ...RURAL_PAYMENTS_AGENCY,
  ...SKATEPARK_CHARITY,
  ...SWEET_SHOP,
  ...TABLE_TENNIS_CLUB,
  ...TRAVELLER_SITES_TEAM,
  ...VIDEO_CONFERENCING_SAAS,
  ...VR_ARCADE,
  ...WEIGHING_SCALE_MAKER,
  ...WOMENS_INSTITUTE,
  ...YEAST_MAKER,
];

const n = (key: string, parentKey: string | null, title: string, expect: RuleCode[]): Holdout56PlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_56_PLANS: Holdout56Plan[] = [
  {
    name: 'Hilltop Nut Co. FY27',
    domain: 'nut-butter-maker',
    nodes: [
      n('p0', null, 'FY27 objectives', [GC]),
      n('p1', 'p0', 'Get Hilltop into a national supermarket without adding palm oil', []),
      n('p2', 'p1', 'Production (Jake)', [GC]),
      n('p3', 'p2', 'Jars per hour on the filler: 1,800', [NT]),
      n('p4', 'p2', 'Clean down the grinder between every allergen changeover', [JR]),
      n('p5', 'p2', 'Stop the oil separating in the jar', []),
      n('p6', 'p1', 'Sales (Rosie)', [GC]),
      n('p7', 'p6', 'Sales: get Hilltop listed in a national supermarket, no palm oil', [CL]),
      n('p8', 'p6', 'Online repeat purchase rate 35%', [NT]),
      n('p9', 'p6', 'Answer Amazon buyer messages within 24h', [NT, JR]),
      n('p10', 'p1', 'Packing & despatch (Lou)', [GC]),
      n('p11', 'p10', 'Filler output 2,000 jars an hour on the 340g line', [NT, CL]),
      n('p12', 'p10', 'Wipe down the grinder at every allergen changeover', [JR, CL]),
      n('p13', 'p10', 'Cut jar breakages on the way to the Ocado hub', []),
      n('p14', 'p0', 'SALSA audit passed with no non-conformances', [CO]),
    ],
    cloneGroups: [
      ['p1', 'p7'],
      ['p3', 'p11'],
      ['p4', 'p12'],
    ],
  },
  {
    name: "Children's diabetes 2026/27",
    domain: 'paediatric-diabetes-team',
    nodes: [
      n('q0', null, "Children's diabetes – 2026/27 objectives", [GC]),
      n('q1', 'q0', 'Children with diabetes here have control as good as the best units in the country', []),
      n('q2', 'q1', 'Nurses (Claire)', [GC]),
      n('q3', 'q2', '% of CYP on CGM: 95%', [NT]),
      n('q4', 'q2', "Download every child's pump and CGM data before clinic", [JR]),
      n('q5', 'q2', 'Get every child who wants hybrid closed loop onto it this year', []),
      n('q6', 'q1', 'Dietitians (Harpreet)', [GC]),
      n('q7', 'q6', 'Dietitians: children here achieve control as good as the best units nationally', [CL]),
      n('q8', 'q6', 'Pull the pump and sensor downloads for each child ahead of clinic', [JR, CL]),
      n('q9', 'q6', 'Carb counting refresher for families at every annual review', [JR]),
      n('q10', 'q1', 'Psychology & transition (Dr Mensah)', [GC]),
      n('q11', 'q10', 'Teenagers moved to adult clinic who are still attending a year later', [NT]),
      n('q12', 'q10', 'Transition: 90% of young people still attending adult clinic after a year', [NT, CL]),
      n('q13', 'q10', "Hire a psychologist so families aren't stuck on the CAMHS list", []),
      n('q14', 'q0', 'NPDA audit return submitted by the deadline', [CO]),
    ],
    cloneGroups: [
      ['q1', 'q7'],
      ['q4', 'q8'],
      ['q11', 'q12'],
    ],
  },
  {
    name: 'Keyholder Guardians FY27',
    domain: 'property-guardians',
    nodes: [
      n('r0', null, 'Objectives FY27', [GC]),
      n('r1', 'r0', 'Get empty buildings lived in while they wait for redevelopment, not boarded up', []),
      n('r2', 'r1', 'Councils (Amara)', [GC]),
      n('r3', 'r2', 'Occupancy 92% across council buildings', [NT]),
      n('r4', 'r2', 'Inspect each building every fortnight and send the client a report', [JR]),
      n('r5', 'r2', 'Keep Southwark when the contract is retendered', []),
      n('r6', 'r1', 'Developers (Tom)', [GC]),
      n('r7', 'r6', 'Occupancy on developer sites – 90%', [NT, CL]),
      n('r8', 'r6', 'Fortnightly inspection of every building with a write-up for the owner', [JR, CL]),
      n('r9', 'r6', "Win developers who'd normally pay for 24/7 security", []),
      n('r10', 'r1', 'Guardian services (Ife)', [GC]),
      n('r11', 'r10', 'New guardian welcome pack', [TL]),
      n('r12', 'r10', 'Guardian services: get empty buildings occupied until redevelopment rather than boarded up', [CL]),
      n('r13', 'r10', 'Collect licence fees and chase arrears', [JR]),
      n('r14', 'r0', 'HMO licences in place for every building that needs one', [CO]),
    ],
    cloneGroups: [
      ['r1', 'r12'],
      ['r3', 'r7'],
      ['r4', 'r8'],
    ],
  },
  {
    name: 'Brainstorm Quizzes 2027',
    domain: 'quiz-night-company',
    nodes: [
      n('s0', null, '2027 goals', [GC]),
      n('s1', 's0', 'Make a Brainstorm quiz the best night out in the pub', []),
      n('s2', 's1', 'Venues (Gemma)', [GC]),
      n('s3', 's2', 'Venues on the weekly rota: 45', [NT]),
      n('s4', 's2', 'Invoice the pubs at the end of every month', [JR]),
      n('s5', 's2', 'Get pubs seeing quiz night as their best night, not a favour', []),
      n('s6', 's1', 'Hosts (Dan)', [GC]),
      n('s7', 's6', 'Average teams per night 12+', [NT]),
      n('s8', 's6', 'Hosts: make our quiz the best night out the pub has', [CL]),
      n('s9', 's6', "Write and check next week's questions by Thursday", [JR]),
      n('s10', 's1', 'Questions desk (Fran)', [GC]),
      n('s11', 's10', "Questions desk: write and check the following week's questions by Thursday", [JR, CL]),
      n('s12', 's10', 'Questions: be the best night out in the pub, every week', [CL]),
      n('s13', 's10', 'Teams per night on average – 15', [NT, CL]),
      n('s14', 's0', 'PRS & PPL licences renewed', [CO]),
    ],
    cloneGroups: [
      ['s1', 's8', 's12'],
      ['s7', 's13'],
      ['s9', 's11'],
    ],
  },
  {
    name: 'Rheumatology 2026/27',
    domain: 'rheumatology-department',
    nodes: [
      n('t0', null, 'Rheumatology objectives 2026/27', [GC]),
      n('t1', 't0', 'Patients with inflammatory arthritis treated early enough to stay in work', []),
      n('t2', 't1', 'Early arthritis clinic', [GC]),
      n('t3', 't2', 'EIA patients seen within 3 weeks – 70%', [NT]),
      n('t4', 't2', 'Triage GP referrals within 2 working days', [NT, JR]),
      n('t5', 't2', "Start a weekly early arthritis clinic so GP referrals aren't batched", []),
      n('t6', 't1', 'Specialist nurses (Sue)', [GC]),
      n('t7', 't6', 'Check DMARD bloods and act on abnormal results the same day', [JR]),
      n('t8', 't6', 'Nurses: treat inflammatory arthritis early enough that patients stay in work', [CL]),
      n('t9', 't6', 'Advice line calls returned within 1 working day', [NT, JR]),
      n('t10', 't1', 'Consultants', [GC]),
      n('t11', 't10', 'Vet GP referrals inside 3 working days', [NT, JR, CL]),
      n('t12', 't10', 'Share of early arthritis patients seen inside 3 weeks: 80%', [NT, CL]),
      n('t13', 't10', 'Act on abnormal DMARD blood results the day they come back', [JR, CL]),
      n('t14', 't0', 'Mandatory training in date for the whole department', [CO]),
    ],
    cloneGroups: [
      ['t1', 't8'],
      ['t3', 't12'],
      ['t4', 't11'],
      ['t7', 't13'],
    ],
  },
  {
    name: 'Marston Polymers FY27',
    domain: 'rubber-compounder',
    nodes: [
      n('u0', null, 'FY27 objectives', [GC]),
      n('u1', 'u0', 'Become the compounder moulders call first for a difficult spec', []),
      n('u2', 'u1', 'Mixing – days (Sandeep)', [GC]),
      n('u3', 'u2', 'Run a rheometer test on every batch before release', [JR]),
      n('u4', 'u2', 'Scrap on the Banbury below 1.5%', [NT]),
      n('u5', 'u2', 'Train mill operators to read the rheometer curve so bad batches are caught at the mill', []),
      n('u6', 'u1', 'Mixing – nights (Gaz)', [GC]),
      n('u7', 'u6', "Rheometer-test each batch before it's released to the customer", [JR, CL]),
      n('u8', 'u6', 'Banbury scrap down to 2% on nights', [NT, CL]),
      n('u9', 'u6', "Weigh up tomorrow's chemicals at the end of each shift", [JR]),
      n('u10', 'u1', 'Lab & development (Dr Kaur)', [GC]),
      n('u11', 'u10', 'Develop a peroxide-cured EPDM for hot-water seals nobody else in the UK offers', []),
      n('u12', 'u10', 'Lab: become the first compounder moulders ring with a hard spec', [CL]),
      n('u13', 'u10', 'Check each batch on the rheometer prior to release', [JR, CL]),
      n('u14', 'u0', 'IATF 16949 surveillance audit passed', [CO]),
    ],
    cloneGroups: [
      ['u1', 'u12'],
      ['u3', 'u7', 'u13'],
      ['u4', 'u8'],
    ],
  },
  {
    name: 'Rural payments 2026-27',
    domain: 'rural-payments-agency',
    nodes: [
      n('v0', null, 'Agency objectives 2026-27', [GC]),
      n('v1', 'v0', 'Pay farmers on the day we said we would', []),
      n('v2', 'v1', 'Claims processing (Newcastle)', [GC]),
      n('v3', 'v2', '95% of BPS delinked payments by 31 December', [NT]),
      n('v4', 'v2', 'Process bank detail changes with a call-back check', [JR]),
      n('v5', 'v2', "Fix land parcel maps before the claim window opens so claims don't bounce", []),
      n('v6', 'v1', 'Customer Service Centre', [GC]),
      n('v7', 'v6', 'Helpline calls answered in under 5 minutes: 80%', [NT]),
      n('v8', 'v6', 'CSC: pay farmers on the date we promised', [CL]),
      n('v9', 'v6', 'Helpline: 85% of calls picked up inside 3 minutes', [NT, CL]),
      n('v10', 'v1', 'Inspections', [GC]),
      n('v11', 'v10', "Carry out the rural inspections on this year's sample farms", [JR]),
      n('v12', 'v10', 'Inspections: make payments to farmers on the promised day', [CL]),
      n('v13', 'v10', 'Check bank detail changes by calling the farmer back before processing', [JR, CL]),
      n('v14', 'v0', 'Counter-fraud training completed by all staff (mandatory)', [CO]),
    ],
    cloneGroups: [
      ['v1', 'v8', 'v12'],
      ['v4', 'v13'],
      ['v7', 'v9'],
    ],
  },
  {
    name: 'Ramp Up 2026/27',
    domain: 'skatepark-charity',
    nodes: [
      n('w0', null, 'Ramp Up objectives 2026/27', [GC]),
      n('w1', 'w0', "Make Ramp Up pay its own way so we're not at the council's mercy", []),
      n('w2', 'w1', 'Café (Leanne)', [GC]),
      n('w3', 'w2', 'Turn the café into something that makes money on session days', []),
      n('w4', 'w2', 'Café takings per session £250', [NT]),
      n('w5', 'w2', 'Cash up the till after each session', [JR]),
      n('w6', 'w1', 'Sessions & coaching (Kieran)', [GC]),
      n('w7', 'w6', 'Lesson bookings per week: 60', [NT]),
      n('w8', 'w6', 'Check the ramps for loose screws before every session', [JR]),
      n('w9', 'w6', "Coaching: make Ramp Up self-funding so the council can't pull the plug", [CL]),
      n('w10', 'w1', 'Fundraising (Trustees)', [GC]),
      n('w11', 'w10', 'Café takings per session up to £300', [NT, CL]),
      n('w12', 'w10', 'Fundraising: make the charity pay its own way and stop relying on the council', [CL]),
      n('w13', 'w10', 'Get the council to write skateparks into the new youth strategy', []),
      n('w14', 'w0', 'Enhanced DBS checks for all staff and volunteers', [CO]),
    ],
    cloneGroups: [
      ['w1', 'w9', 'w12'],
      ['w4', 'w11'],
    ],
  },
  {
    name: 'Pennine Weighing FY27',
    domain: 'weighing-scale-maker',
    nodes: [
      n('x0', null, 'FY27 objectives', [GC]),
      n('x1', 'x0', 'Make service, not new kit, the part of the business that grows', []),
      n('x2', 'x1', 'Field service – North (Phil)', [GC]),
      n('x3', 'x2', "Calibrate customers' scales at their annual service visit", [JR]),
      n('x4', 'x2', 'First-time fix rate 85%', [NT]),
      n('x5', 'x2', "Answer contract customers' breakdown calls within 4 hours", [NT, JR]),
      n('x6', 'x1', 'Field service – South (Kerry)', [GC]),
      n('x7', 'x6', "Calibrate each customer's scales on the yearly service", [JR, CL]),
      n('x8', 'x6', 'First-time fix ≥ 90% in the South', [NT, CL]),
      n('x9', 'x6', 'Breakdown calls from contract customers answered inside 6 hours', [NT, JR, CL]),
      n('x10', 'x1', 'Service sales (Nadia)', [GC]),
      n('x11', 'x10', 'Sell a service contract with every new weighbridge instead of waiting for the first breakdown', []),
      n('x12', 'x10', "Service sales: grow service, not new equipment, as the part of the business that's growing", [CL]),
      n('x13', 'x10', 'Service revenue £3.4m', [NT]),
      n('x14', 'x0', 'UKAS accreditation for the calibration lab kept', [CO]),
    ],
    cloneGroups: [
      ['x1', 'x12'],
      ['x3', 'x7'],
      ['x4', 'x8'],
      ['x5', 'x9'],
    ],
  },
  {
    name: 'Northern Yeast 2026/27',
    domain: 'yeast-maker',
    nodes: [
      n('y0', null, '2026/27 company objectives', [GC]),
      n('y1', 'y0', 'Become the yeast supplier craft bakers ask for by name', []),
      n('y2', 'y1', 'Fermentation (Dawn)', [GC]),
      n('y3', 'y2', 'Clean and steam the fermenters between batches', [JR]),
      n('y4', 'y2', 'Yeast yield on molasses 74%', [NT]),
      n('y5', 'y2', 'Stop losing fermenters to contamination in the summer', []),
      n('y6', 'y1', 'Packing – fresh yeast (Tariq)', [GC]),
      n('y7', 'y6', 'Sell fresh yeast in packs small enough for craft bakeries to use before it goes off', []),
      n('y8', 'y6', 'Packing: make us the yeast supplier craft bakers name when they order', [CL]),
      n('y9', 'y6', 'Check cold store temps every two hours', [JR]),
      n('y10', 'y1', 'Tankers & delivery', [GC]),
      n('y11', 'y10', 'Check the cream yeast tank temperatures on every delivery round', [JR]),
      n('y12', 'y10', 'Logistics: be the yeast craft bakeries ask for by name', [CL]),
      n('y13', 'y10', 'Check the cold store temperatures every two hours and log them', [JR, CL]),
      n('y14', 'y0', 'BRCGS audit – AA grade', [CO]),
    ],
    cloneGroups: [
      ['y1', 'y8', 'y12'],
      ['y9', 'y13'],
    ],
  },
];
