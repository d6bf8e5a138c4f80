import type { RuleCode } from '../../shared/coach/types';

/**
 * FORTY-EIGHTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-330 of
 * test/coach/holdout22.ts (its header with the labelling definitions and calls, and the first lines of
 * its domain union; nothing past line 330, and that file was never grepped), test/coach/report.ts
 * (whole: the Labelled / LabelledPlan shapes and the harness), the output of
 * `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the RuleCode type line, the Fix type and the
 * Finding shape) and nothing else of that file, the brief's list of the 917 domains every earlier set
 * used (/tmp/brief/domains.txt, read whole and grepped for candidate names), tsconfig.json, and a
 * listing of the file names in test/coach/. Nothing else was opened: no other file under shared/, not
 * the README, corpus.ts, handbook.ts, reworded.ts, suite.ts, holdout1.ts to holdout46.ts (holdout22.ts
 * only as above), the other new set being written in parallel, or anything under test/unit/,
 * test/e2e/, out/, renderer/, electron/ or scripts/. No git command was run. The coach, `cascade lint`,
 * vitest and npm test were never run, on these titles or at all. The types below were written from
 * what report.ts reads.
 *
 * How it was checked: `tsc --noEmit` (Node 22, /work/main/node_modules/.bin/tsc) on a throw-away
 * tsconfig in /tmp/h48check/ listing this file, a throw-away file assigning HOLDOUT_48 to Labelled[]
 * and HOLDOUT_48_PLANS to LabelledPlan[] (imported from report.ts), and an ambient
 * `declare module '*.bin'`: no errors. A throw-away counting script (`node --experimental-strip-types`)
 * printed the counts below and checked: 25 entries per domain (10 sound in each); every
 * kr-not-measurable and no-key-results label matches its KRs under the definitions (and no unlabelled
 * entry has such KRs); every sound entry's explicit KRs have a unit and a target; every entry copy has a
 * parent or siblings; no entry or node carries more than one of compliance / job-requirement /
 * task-listing; plan nodes are in depth-first tree order (parent before child); each clone group's
 * original comes first both depth-first and breadth-first; only copies carry goal-clone. All checks
 * passed; the throw-away files were deleted afterwards.
 *
 * Domains (every name starts with a letter from m to z; none is in the brief's list), each kept apart
 * from its listed neighbours:
 * - vehicle-licensing-agency (a national driver and vehicle licensing agency: photocards, V5C logbooks,
 *   SORN, vehicle tax enforcement, Drivers Medical, personalised registrations, a contact centre):
 *   licenses drivers and keepers, so not the passport-office, land-registry, council-licensing,
 *   firearms-licensing-unit, tachograph-bureau or mot-garage.
 * - street-cleansing (a borough council's street scene service: sweepers, litter bins, fly-tips,
 *   graffiti, leaf fall, LEQ surveys): not refuse-collection (household bins), graffiti-removal (a
 *   contractor), street-markets-service, street-lighting-contractor or municipal-parks.
 * - social-prescribing-service (a primary care network's link workers taking GP referrals to community
 *   groups): not the befriending-charity, volunteer-centre, gp-practice, listening-helpline or
 *   carers-centre.
 * - virtual-ward (an acute trust's hospital at home: frailty and respiratory virtual wards with remote
 *   monitoring): not district-nursing, telecare-service, home-care, hospital-nursing or the
 *   urgent-treatment-centre.
 * - staircase-manufacturer (a joinery factory making softwood and oak staircases for builders and
 *   merchants, with fitting teams): not the stairlift-company, roof-truss-maker, furniture-maker,
 *   oak-frame-carpenters or shopfitter.
 * - vinegar-brewery (a Birmingham malt vinegar brewery: acetators, bottling, catering packs for chip
 *   shops, supermarket own-label): not the brewery (beer), cider-maker, preserves-maker, hot-sauce-maker
 *   or fish-and-chip-shop (its customer).
 * - window-fabricator (a PVCu and aluminium window and door factory supplying trade installers): makes
 *   frames, so not the glazier, window-blinds, window-cleaning, fire-door-maker or aluminium-extruder
 *   (its profile supplier).
 * - rivers-trust (a catchment charity: habitat restoration, weirs, farm advice, citizen science water
 *   testing): not the canal-trust, drainage-board, wildlife-trust, angling-club, water-utility or
 *   peatland-restoration.
 * - period-poverty-charity (a North East charity supplying free period products through schools, food
 *   banks and donation stations): not the baby-bank, food-bank, young-carers or the sexual-health-service.
 * - property-portal (a national property listings site and app paid for by estate agents): not the
 *   real-estate-agency (its customer), price-comparison-site, short-let-channel-manager,
 *   property-management or marketplace.
 * - tendering-portal (an e-procurement SaaS where councils and NHS buyers publish tenders and suppliers
 *   bid): not the bid-writing-consultancy, grant-management-saas, gov-it or e-signature.
 * - rhubarb-grower (a family farm in the Yorkshire rhubarb triangle: forcing sheds, candlelit picking,
 *   field rhubarb, PDO): not the asparagus-grower, soft-fruit-farm, watercress-grower, greenhouse-grower
 *   or farm-shop.
 * - suckler-beef-farm (a Welsh hill-edge suckler herd: calving, weaning, stores and finished cattle,
 *   grassland): not the dairy-farm, cattle-genetics (breeding stock), cattle-market, hill-sheep-farm,
 *   abattoir or deer-farm.
 * - road-marking-contractor (white lining, thermoplastic, road studs, anti-skid and line removal for
 *   councils and housebuilders): not the traffic-management-contractor, highways-authority,
 *   driveway-surfacing-contractor, road-safety-team or street-lighting-contractor.
 * - paddle-steamer-trust (a charity sailing a historic seagoing paddle steamer from the Mersey and
 *   Welsh piers): not the heritage-railway, ferry-operator, canal-trust, narrowboat-hire, seaside-pier
 *   or sail-training-charity.
 * - petrol-forecourt (an independent group of three fuel forecourts with convenience shops on the
 *   A49): not motorway-services, ev-charging, heating-oil-distributor, aviation-fuelling, newsagent or
 *   car-wash.
 * - record-shop (an independent vinyl shop in Leeds: new and used records, Record Store Day, in-store
 *   gigs, Discogs): sells records, so not the record-label, record-pressing-plant, recording-studio,
 *   independent-bookshop or music-festival.
 * - netball-club (a community netball club in Wrexham: senior and junior teams, umpires, league
 *   fixtures): not the sports-league, gymnastics-club, rugby-club, ice-hockey-club or five-a-side-centre.
 * - working-mens-club (a members' club with a bar, concert room, turns and bingo in Hemsworth): not the
 *   community-pub, bingo-hall, nightclub, comedy-club, mens-shed or trade-union.
 * - rd-tax-relief-consultancy (advisers who prepare R&D tax relief claims and defend HMRC enquiries,
 *   fed by accountancy firms): not the accountancy-practice, bid-writing-consultancy, bookkeeping-saas,
 *   patent-attorneys or research-office.
 *
 * Counts (printed by the throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_48: 500 objectives (25 per domain), 200 sound (expect [], 40.0%; 10 per domain), 300 with
 *   at least one label. Per label: number-title 82, job-requirement 49, task-listing 45,
 *   generic-container 42, compliance 41, no-key-results 24, kr-not-measurable 23, goal-clone 22.
 *   Twenty-eight entries carry two labels: number-title + job-requirement (10), number-title +
 *   goal-clone (8), generic-container + no-key-results (4), task-listing + kr-not-measurable (2), and
 *   one each of compliance + kr-not-measurable, job-requirement + goal-clone, number-title + compliance
 *   and number-title + kr-not-measurable. 26 entries have `krs: []`: 20 sound titles (no-key-results),
 *   4 containers (also no-key-results) and 2 tasks (no no-key-results: the definition excludes them).
 *   kr-not-measurable (23): 19 on outcome titles (11 with the untouched default KR, 8 with 0/0/0), 2 on
 *   tasks (one default, one 0/0/0), 1 on a compliance title (default), 1 on a metric-only title
 *   (default). 27 entries carry a parent (20 sound children, 7 copies); 21 carry earlier siblings (6
 *   sound, 15 copies). 20 sound entries (one per domain) carry explicit KRs with a unit and a target
 *   that must not be flagged.
 * - HOLDOUT_48_PLANS: 10 plans (street-cleansing, virtual-ward, staircase-manufacturer, rivers-trust,
 *   property-portal, tendering-portal, suckler-beef-farm, road-marking-contractor, petrol-forecourt,
 *   working-mens-club), 150 nodes (15 each), 33 clone groups (28 of two, 5 of three; 38 copies); 29
 *   sound nodes. Per label: generic-container 40, goal-clone 38, job-requirement 30, number-title 30,
 *   task-listing 3, compliance 3. More than one label on 23 nodes: number-title + goal-clone (11),
 *   job-requirement + goal-clone (9), number-title + job-requirement (3).
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
 * - Limits on a duty are number-title + job-requirement ("Contact centre: answer every call within 5
 *   mins", "Remove offensive graffiti within 24 hours of it being reported", "Ring every new referral
 *   within 5 working days", "Turn round tanker orders within 48 hours", "Reply to school requests
 *   within 2 working days", "Respond to P1 incidents in 15 minutes", "Register calves on BCMS within 27
 *   days of birth" (a calf's registration is the farm's routine record, so not compliance), "Get back
 *   to council enquiries in 24 hrs", "Post mail orders within 48h", "Turn technical narratives round
 *   in 10 working days"). Bare frequencies, periods and times leave a duty with job-requirement alone
 *   ("twice a day Apr–Sep", "three times a day in summer", "3x a day", "every 4 hours overnight",
 *   "every 3 hours through the night", "the day it lands", "each month", "every Tuesday", "every
 *   training night", "by Thursday", "before 10am", "at close", "every sailing day", "every week", "for
 *   the next quater", "two weeks ahead" (a horizon)). "Over 60 days" on unpaid invoices is a threshold
 *   that sets the scope of a duty: job-requirement only.
 * - Numbers that are not targets: ages and thresholds ("over-70s", "over-40s", "under-30s", "leave at
 *   16", "U9s", "within 90 days" inside a KR's name, "at 12 months" inside a KR's name); grades,
 *   ratings, divisions and tiers ("grade B", "Grade 1 sticks", "stay Good overall", "keep our A grade",
 *   "Division 2", "the premium tier", "level 3" safeguarding, "Standards Met"); identifiers, standards,
 *   versions and pack sizes ("D1", "V5C", "INF188/2", "ISO 27001", "NEWS2", "ONS4", "PAS 24", "NHSS
 *   7", "P1", "CT600", "Challenge 25", "OpenSearch 2.x", "the 284ml line", "the 5L catering bottles",
 *   "4-head welder", "A-roads", "the A49", "Hall 2"); years, periods and dates ("2024", "2026", "25/26",
 *   "2025/26", "FY26", "FY25/26", "H1", "Q2", "by March", "by end of June", "by Feb", "by the first week
 *   of January", "in May", "in October", "till 11", "before 10am", "since 1880", "for another fifty
 *   years"); ordinals ("a second summer", "a second fabrication supervisor", "a second water company",
 *   "a second gang", "a second wort chiller", "the first night's closure", "day one", "First team");
 *   "one" as an article ("one thumb", "one go", "one visit", "one shared portal"); "three months on" as
 *   a period.
 * - Targets: values after a metric or comparator ("Online share of driving licence transactions:
 *   92%", "Untaxed vehicle evasion rate below 1.2%", "LEQSE grade C or below on under 8% of
 *   transects", "Referrals per 1,000 patients: 25 a year", "Caseload per link worker 250", "Virtual
 *   ward capacity 120 beds by March", "30-day readmission rate below 15%", "Flights made per week: 85",
 *   "Turnover £6.8m", "Litres brewed: 14m", "Frames per day: 450", "Trade counter sales up 20%", "Km of
 *   river restored: 25", "Packs given out: 50k", "ARPA £1,650 per month", "Logo churn under 6%",
 *   "Tonnes forced: 140", "Supermarket share of sales under 50%", "Calving interval 375 days",
 *   "Deadweight price 10p/kg over base", "Linear metres laid per shift: 4,000", "Catering spend per
 *   head £9", "Fuel volume 9m litres", "Used vinyl share of sales 45%", "Members: 180", "Members 450
 *   by AGM", "Bar takings £4k a week", "Referral partners: 60 active firms"); a percentage on a
 *   compliance title is number-title + compliance ("Challenge 25 test purchases: 100% pass").
 * - Only a metric name is number-title: "Average call wait time in the contact centre", "Tonnes of
 *   litter collected per beat", "DNA rate for first appointments", "Average LOS on the VW", "Yield on
 *   oak boards", "Acetator yield", "Remake rate", "Water bodies at good ecological status", "Cost per
 *   pack delivered", "Lead-to-viewing conversion", "Tenders published per month", "Sticks picked per
 *   hour (pickers)", "Cost per kg liveweight gain", "LPG cost per tonne of thermo", "Passengers per
 *   sailing", "Pence per litre margin on unleaded", "Average basket" (with a bare KR: also
 *   kr-not-measurable), "Subs paid on time %", "Court hire cost per session", "Wet sales per member",
 *   "Average claim value", and in plans "Return rate on monitoring kit". Direction without a quantity
 *   is sound ("Fewer ...", "Less ...", "Cut ...", "More ...", "Better ...", "Cleaner ...",
 *   "Healthier ...", "faster", "quicker", "sooner", "early").
 * - Containers: owners' teams, sites, sections, shifts and committees ("Contact Centre — Morriston
 *   (Bethan)", "Street Scene — North area (Dai)" (with `krs: []`: also no-key-results), "Link workers
 *   (Shazia)", "Frailty VW (Dr Kaur)", "Respiratory virtual ward", "Workshop — Hall 2 (Lee)", "Fitting
 *   teams", "Brewhouse managment (Raj)", "Bottling — nights", "Aluminium shop (Darren)", "Transport &
 *   installs support", "Fisheries & Habitat (Owen)", "Volunteers & citizen science", "Schools (Aisha)",
 *   "Warehouse & volunteers" (`krs: []`: also no-key-results), "Consumer squad (Priyanka)",
 *   "Supplier Experience (Tomasz)", "Sheds (Pete)", "Field rhubarb", "Cattle (Gethin)", "Grassland &
 *   silage", "Night crews (Ste)", "Motorway & trunk roads", "Engine room (Harold)", "Ship's company &
 *   volunteers", "Shop staff — Church Stretton (Mandy)", "Fuel", "Online (Jo)", "Saturday staff",
 *   "Juniors (Carys)", "Committee", "Committee (Secretary: Brian)", "Entertainments", "Technical team
 *   (Dr Anand)" (`krs: []`: also no-key-results), and in plans the sites "Wem (Sunil)" and "Pool Road
 *   (Dawn)"); buckets with a period ("Digital services 25/26", "Cleansing targets 2025/26", "PCN social
 *   prescribing — Q2 goals", "Fundraising — 2025/26", "Agent Growth — FY26", "H1 OKRs", "Partnerships
 *   — FY25/26", "Season 2025/26" (`krs: []`: also no-key-results), and every plan root) are
 *   generic-container only.
 * - Compliance: audits, inspections, certificates, registrations, permits and licences the
 *   organisation undergoes or keeps ("ISO 27001 recertification audit — no majors", "Upper tier waste
 *   carrier registration renewed with NRW", "Data Security & Protection Toolkit signed off before the
 *   June deadline", "CQC inspection — stay Good overall", "FSC chain of custody audit — pass", "LEV
 *   thorough examination on the dust extraction (annual, insurers want the cert)", "BRCGS audit: keep
 *   our A grade", "Trade effluent consent renewed with Severn Trent", "PAS 24 retest for the new door
 *   range (Secured by Design)", "Factory Production Control audit — BM TRADA", "Flood risk activity
 *   permit from the EA for the weir removal", "Fundraising Regulator registration renewed", "PCI DSS AoC
 *   for agent billing", "ICO registration renewed and DPIA signed off for the AI valuation tool",
 *   "Cyber Essentials Plus renewal", "DSPT for our NHS buyers — Standards Met", "Red Tractor audit",
 *   "PDO inspection by the certification body passed", "Annual bTB herd test done in the window", "NHSS
 *   7 audit — no non-conformances", "MCA passenger certificate renewed for the season", "Petroleum
 *   storage certificate renewed with the council", "PRS & PPL licence for the music we play in the
 *   shop", "Fire risk assessment updated (landlord insists)", "DBS checks for all coaches renewed",
 *   "England Netball affiliation paid & every player registered", "Club premises certificate — annual
 *   fee paid to the council", "Gaming machine permit renewed", "AML supervision renewed with HMRC");
 *   certificates people must hold and mandatory training and policy sign-offs ("All drivers' CPC hours
 *   done before their cards expire", "Every caseworker completes Responsible for Information training
 *   by end of June (mandatory)", "Safeguarding adults level 3 for every link worker (mandatory)",
 *   "Medical devices training signed off for every nurse before they issue a pulse oximeter
 *   (mandatory)", "Manual handling training for everyone on the glass line (mandatory)" (with a bare
 *   KR: also kr-not-measurable), "Every volunteer leader's first aid certificate in date", "Trustees
 *   sign the updated safeguarding policy (funders require it)", "Every operative's road marking card
 *   renewed before it expires", "STCW basic safety training for all crew (mandatory)", "CPD hours
 *   logged for every ATT member (mandatory)").
 * - Duty rather than compliance: the organisation's own routine checks and records are
 *   job-requirement even where a scheme or the law asks for them ("Titrate every batch for acidity
 *   before it's transferred to the finishing vats", "Weld strength checked on a frame from each welder
 *   at every shift start", "Clean & calibrate the phosphate checkers before they go out", "Check every
 *   gas burner and hose before the truck leaves the yard", "Blow down the boiler and log the water
 *   tests every sailing day", "Wetstock recon on the daily sheet before 10am", "Register calves on BCMS
 *   ..." with its limit, "Code every contact in SystmOne with the right SNOMED code"). Upkeep, queues
 *   and routines: "Keep the Welsh language versions of every online service in step with the English
 *   ones", "sweeper maintenance log kept up to date (Gareth)", "Community directory on Joy updated each
 *   month", "Daily MDT board round at 9:30 — every patient reviewed", "Keep the IGU stock count on the
 *   whiteboard accurate", "Moderate reported listings in the queue every day", "Keep the agent CRM
 *   feeds (BLM/RTDF) running and fix failed imports", "Triage support tickets within the SLA" (no
 *   number: job-requirement only), "Pick by candlelight every morning in season", "Light the shed
 *   heaters once the frost count's reached", "Medicine book kept up to date", "Rotate the sandwiches &
 *   milk in the chiller at close", "Price & file the used stock as we recieve it", "Update the Discogs
 *   listings when things sell in the shop", "Collect match fees & subs every training night", "Clean
 *   the lines every week", "Book the turns for the next quater", "Chase clients for cost breakdowns
 *   before the filing deadline", "Keep the claims tracker up to date (notion.so/rdtax/claims-tracker)".
 * - Tasks: events, documents, purchases, builds and migrations without an effect ("New casework system
 *   for Drivers Medical (replaces the old Lotus Notes app)", "Refresh the INF188/2 leaflet and get it
 *   reprinted", "New barrows & litter-pick kit for the town centre team", "Leaf fall plan —
 *   SharePoint ...", "Walking for Wellbeing launch event at Victoria Park", "New referral template on
 *   EMIS & SystmOne", "Patient leaflet in Polish and Urdu", "Move off the pilot spreadsheet onto the
 *   proper VW module in SystmOne", "Tablet kits for patients who can't use a smartphone" (with a bare
 *   KR: also kr-not-measurable), "New CNC router to replace the Morbidelli (its on it's last legs)",
 *   "Install a second wort chiller", "New 4-head welder for the PVCu line", "River festival in Ludlow
 *   — July", "Write the catchment plan for the Lugg (Drive: ...)", "Period Poverty Awareness Week
 *   stall at the Metrocentre", "Migrate search to OpenSearch 2.x", "New agent dashboard —
 *   figma.com/...", "Android app rebuild in Kotlin", "Procurement Act webinar series for buyers",
 *   "Rewrite the notices module in TypeScript", "New cold store" (`krs: []`, task only), "New cattle
 *   handling system with a crush" (with a 0/0/0 KR: also kr-not-measurable), "Yard move to the Telford
 *   unit", "Winter refit in Birkenhead dry dock", "Refit the Pool Road shop to the new Spar format",
 *   "Record Store Day 2026 — order list & queue plan", "Move the website off Wix to Shopify",
 *   "Presentation night at the rugby club" (`krs: []`, task only), "Club website on Pitchero", "Sky
 *   Sports box in the games room", "Merged scheme guide for clients (PDF)"). With an effect they are
 *   sound ("Switch the small sweepers to electric so we're not running diesel through the pedestrian
 *   zone", "Put fill sensors in the busiest litter bins so they get emptied before they overflow", "Set
 *   up a benefits & debt clinic ... so money worries get sorted in one visit", "Take out the
 *   Bredwardine weir so salmon don't get stuck below it", "Put rapid chargers in at the A49 site so EV
 *   drivers stop here instead of the services", "Turn the back room into a listening bar that keeps
 *   people in on weekday evenings", "Get the roof done before the concert room floods again", "Open
 *   the concert room to local bands on Fridays so under-30s come through the door").
 * - Sound despite a trap word: a hire or a find in every domain ("Hire clinical advisers with a
 *   neurology background so complex cases don't queue for a doctor", "Hire a technical manager who's
 *   run a BRC site before", "Find a treasurer who isn't also the head coach"); "compliance" as a
 *   product's name ("Get agents using the new lettings compliance pack": its bare KR makes it
 *   kr-not-measurable, nothing else); "keep" of an outcome ("Keep link workers in post instead of
 *   losing them ...", "Keep the Asda own-label contract at the spring retender", "Keep the Earl calling
 *   at Llandudno pier ...", "Keep the Spar fascia deal when it comes up for renewal", "Keep people
 *   coming back on weekdays" (bare KR: kr-not-measurable), and "Keep the club open for the next
 *   generation of Hemsworth people" with `krs: []`: no-key-results); training with an effect ("Train
 *   volunteer stokers so we're not relying on Harold and Ken every sailing"); "Get into SFI for the
 *   hedges and herbal leys so they pay their way" (a scheme joined for income, not kept for
 *   compliance); "bTB-free long enough to sell breeding heifers again" (a herd-health outcome, not the
 *   test).
 * - Copies in entries (22): the parent's goal reworded with a team or directorate prefix or suffix
 *   (seven: "Digital by default for every motorist — Vehicles directorate", "Link workers: meet
 *   patients' non-medical needs ...", "Sales team — get British malt vinegar back onto every chip shop
 *   counter", "No one in the North East going without period products — schools team", "Be the road
 *   lining firm councils never need to chase — Midlands", "Be the record shop people travel to Leeds
 *   for — online team", "Partnerships: be the R&D tax advisers that accountants trust with clients");
 *   an earlier sibling's outcome reworded with synonyms or reordering (six: town centre clean before
 *   the shops open, ED referring step-ups directly, remakes from wrong-sized frames, field rhubarb to
 *   the jam makers, families aboard, enough umpires qualified); the same metric with another number or
 *   scope, keeping number-title (eight: staircases made each week, river restored, MAUs, buyer NPS,
 *   calving interval, passengers per sailing, diesel litres sold against fuel volume, full members);
 *   an earlier sibling's duty reworded, keeping job-requirement (one: the support ticket queue inside
 *   SLA). In plans: the North Star repeated by a team (ten groups, three of them of three); cousins'
 *   duties reworded, keeping job-requirement (six groups, one of three: bins three times a day, board
 *   round, phosphate kit calibration, support triage, burner and hose checks, wetstock recon);
 *   siblings' duties reworded (two: moderating flagged listings on the weekend rota, the medicine
 *   records); the same metric with another number or scope, keeping number-title (ten groups, one of
 *   three, one of them between siblings: fly-tips cleared in a working day, occupancy, kit return rate
 *   (siblings), river restored, MAUs, suppliers bidding within 90 days, linear metres per shift, fuel
 *   volume per site, membership, bar GP on function nights); sound objectives copied by a cousin team
 *   (five: town centre clean before
 *   the shops open, remakes from measuring errors, same-day quotes, renters scammed by fake listings,
 *   tighter calving block).
 * - Not copies: sharper children under their parent (20 sound entries carry a parent); siblings that
 *   share a theme but not a goal (six sound entries: gas for the acetators after effluent strength,
 *   shed tours after London restaurants, a listening bar after bands playing in the shop, misconnected
 *   houses after storm overflows, a second hydroblasting gang after worn lines, paying off the brewery
 *   loan after nights the bar loses money); in plans, a new metric beside an old one ("Stairs fitted
 *   per week: 30" beside flights made, "Sites tested monthly by volunteers: 40", "ARPA £1,700"), a different duty of the same team ("Log every volunteer's hours
 *   after each session" beside the kit calibration, "Patch the build agents every month"), and site
 *   containers that differ only in place.
 * - kr-not-measurable follows the definition literally: placeholder KRs (untouched default or
 *   0/0/0) with no quantity in their titles, on nineteen outcome titles, two tasks, one compliance title
 *   and one metric-only title. Not flagged: the twenty sound entries' KRs with a unit and a target,
 *   including a target of 0 from a start of -120000 ("Operating result before grants").
 * - Plans reuse some entries' wording: plans and entries are scored apart.
 *
 * Style notes: titles are written as each trade's managers write them in handbook pages, spreadsheets
 * and outlines, with the trade's own nouns and abbreviations ("SORN", "V5C", "LEQSE", "SNOMED", "ACP",
 * "LOS", "NEWS2", "IGU", "OTIF", "COD", "ARPA", "MAUs", "AoC", "DPIA", "P1", "BCMS", "SFI", "bTB",
 * "thermo", "LPG", "STCW", "MCA", "ANPR", "PRS & PPL", "CT600"), owners in brackets or
 * after dashes, team prefixes, numbers inside sentences, colons and ampersands, lowercase starts as
 * typed ("make the V5C change-of-keeper journey ...", "sweeper maintenance log kept up to date
 * (Gareth)", "hire a link worker who speaks Sylheti", "win the housebuilders' standard house types
 * ...", "fewer leaking caps ...", "evaluation scoring that panels can do in the browser ...", "cleaner
 * cattle going to the abattoir ...", "sharpen & change router tooling as per schedule"), hurried
 * fragments ("Fuel", "Lines that last", "Enquiries we win"), and duties in many shapes (nouns, "Keep
 * ...", "X kept up to date", "X done every Y", passive). Typos kept as written: "thier", "recieve",
 * "quater", "seperate", "managment", "its on it's last legs". A SharePoint path (Leaf fall plan), a
 * Drive path (Lugg catchment plan), a Figma link (agent dashboard) and a Notion link (claims tracker)
 * sit inside titles. None changes a label.
 */

export type Holdout48Domain =
  | 'vehicle-licensing-agency'
  | 'street-cleansing'
  | 'social-prescribing-service'
  | 'virtual-ward'
  | 'staircase-manufacturer'
  | 'vinegar-brewery'
  | 'window-fabricator'
  | 'rivers-trust'
  | 'period-poverty-charity'
  | 'property-portal'
  | 'tendering-portal'
  | 'rhubarb-grower'
  | 'suckler-beef-farm'
  | 'road-marking-contractor'
  | 'paddle-steamer-trust'
  | 'petrol-forecourt'
  | 'record-shop'
  | 'netball-club'
  | 'working-mens-club'
  | 'rd-tax-relief-consultancy';

export interface Holdout48Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout48Entry {
  title: string;
  domain: Holdout48Domain;
  expect: RuleCode[];
  parent?: string;
  siblings?: string[];
  krs?: Holdout48Kr[];
}

export interface Holdout48PlanNode {
  key: string;
  parentKey: string | null;
  title: string;
  expect: RuleCode[];
}

export interface Holdout48Plan {
  name: string;
  domain: Holdout48Domain;
  nodes: Holdout48PlanNode[];
  /** Node keys of each group of copies, the original first. */
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

type Row = Omit<Holdout48Entry, 'domain'>;
const at = (domain: Holdout48Domain, rows: Row[]): Holdout48Entry[] => rows.map((r) => ({ ...r, domain }));

// D01: vehicle-licensing-agency
const DVL_NS = 'Make dealing with us digital by default for every motorist';
const D01 = at('vehicle-licensing-agency', [
  { title: 'Get more drivers renewing their photocard online instead of posting a D1 form', expect: [] },
  { title: "Medical licensing decisions made faster so drivers with epilepsy or diabetes aren't left off the road for months", expect: [] },
  { title: 'Fewer customers having to ring us just to find out where their application has got to', expect: [] },
  { title: 'make the V5C change-of-keeper journey something a seller can finish on their phone at the kerb', expect: [] },
  { title: 'Cut untaxed vehicles on the road in the areas where the clamping contract ended', expect: [] },
  {
    title: 'Drivers Medical — get the GP-report backlog down so decisions stop slipping into a second summer',
    expect: [],
    krs: [
      { title: 'Cases waiting over 12 weeks for a GP report', unit: 'cases', start: 14200, target: 3000, current: 11800 },
      { title: 'Median days from medical declaration to decision', unit: 'days', start: 56, target: 21, current: 44 },
    ],
  },
  { title: 'Make it harder for criminals to get cloned plates made up', expect: [] },
  { title: 'Personalised registrations: sell more of the dateless numbers through the timed online auctions', expect: [] },
  { title: "Hire clinical advisers with a neurology background so complex cases don't queue for a doctor", expect: [] },
  { title: "Let keepers tell us they've sold a car without posting anything", parent: DVL_NS, expect: [] },
  { title: 'Online share of driving licence transactions: 92%', expect: [NT] },
  { title: 'Untaxed vehicle evasion rate below 1.2%', expect: [NT] },
  { title: 'Average call wait time in the contact centre', expect: [NT] },
  { title: 'Scan and index all incoming post the day it lands in the mailroom', expect: [JR] },
  { title: 'Keep the Welsh language versions of every online service in step with the English ones', expect: [JR] },
  { title: 'Contact centre: answer every call within 5 mins', expect: [NT, JR] },
  { title: 'New casework system for Drivers Medical (replaces the old Lotus Notes app)', expect: [TL] },
  { title: 'Refresh the INF188/2 leaflet and get it reprinted', expect: [TL] },
  { title: 'Contact Centre — Morriston (Bethan)', expect: [GC] },
  { title: 'Digital services 25/26', expect: [GC] },
  { title: 'ISO 27001 recertification audit — no majors', expect: [CO] },
  { title: 'Every caseworker completes Responsible for Information training by end of June (mandatory)', expect: [CO] },
  { title: 'Fewer drivers losing their licence by accident because a renewal reminder went to an old address', expect: [NK], krs: [] },
  { title: 'Make the SORN process clear enough that people stop getting fined by mistake', expect: [KM], krs: [{ title: 'Fewer wrongful late licensing penalties' }] },
  { title: 'Digital by default for every motorist — Vehicles directorate', parent: DVL_NS, expect: [CL] },
]);

// D02: street-cleansing
const SC_NS = 'A borough people are proud to walk through';
const D02 = at('street-cleansing', [
  { title: 'Town centre streets clean by the time shops open, not mid-morning', expect: [] },
  { title: 'Fly-tips on the estates cleared before they attract more dumping', expect: [] },
  { title: 'Get residents reporting fly-tipping through the app with a photo so crews find it first time', expect: [] },
  { title: 'Less chewing gum staining on Commercial St and the precinct', expect: [] },
  { title: 'Stop leaf fall blocking the gullies on the hill roads every November', expect: [] },
  { title: "Switch the small sweepers to electric so we're not running diesel through the pedestrian zone", expect: [] },
  {
    title: 'Cleaner streets in the wards residents rate worst',
    expect: [],
    krs: [
      { title: 'Transects at grade B or better in the LEQ survey (worst wards)', unit: '%', start: 71, target: 88, current: 76 },
      { title: 'Street cleanliness complaints via the app', unit: 'complaints/month', start: 410, target: 250, current: 350 },
    ],
  },
  { title: 'more volunteer litter-pick groups adopting their own streets', expect: [] },
  { title: 'Hire an enforcement officer for the evenings so the takeaway litter gets dealt with at source', expect: [] },
  { title: 'Put fill sensors in the busiest litter bins so they get emptied before they overflow', parent: SC_NS, expect: [] },
  { title: 'LEQSE grade C or below on under 8% of transects', expect: [NT] },
  { title: 'Fly-tipping incidents cleared within 1 working day — 95%', expect: [NT] },
  { title: 'Tonnes of litter collected per beat', expect: [NT] },
  { title: 'Empty the seafront litter bins twice a day Apr–Sep (the seperate recycling ones too)', expect: [JR] },
  { title: 'sweeper maintenance log kept up to date (Gareth)', expect: [JR] },
  { title: 'Remove offensive graffiti within 24 hours of it being reported', expect: [NT, JR] },
  { title: 'New barrows & litter-pick kit for the town centre team', expect: [TL] },
  { title: 'Leaf fall plan — SharePoint /sites/StreetScene/Shared Documents/Leaf Fall 2025.docx', expect: [TL] },
  { title: 'Street Scene — North area (Dai)', expect: [GC, NK], krs: [] },
  { title: 'Cleansing targets 2025/26', expect: [GC] },
  { title: 'Upper tier waste carrier registration renewed with NRW', expect: [CO] },
  { title: "All drivers' CPC hours done before their cards expire", expect: [CO] },
  { title: 'Make the back lanes somewhere people want to walk again', expect: [NK], krs: [] },
  { title: 'Cut the number of repeat fly-tips at the same hotspots', expect: [KM], krs: [{ title: 'Repeat fly-tip hotspots', start: 0, target: 0, current: 0 }] },
  {
    title: 'Clean town centre streets before the shops open rather than mid-morning',
    siblings: ['Town centre streets clean by the time shops open, not mid-morning'],
    expect: [CL],
  },
]);

// D03: social-prescribing-service
const SP_NS = "Patients' non-medical needs met in the community, not the consulting room";
const D03 = at('social-prescribing-service', [
  { title: 'People referred for loneliness still connected to a group three months on', expect: [] },
  { title: 'Fewer frequent attenders coming back to the GP for things a link worker can sort', expect: [] },
  { title: 'Get the Bangladeshi community in Tower ward using the service, not just white over-70s', expect: [] },
  { title: "Green prescribing that actually gets people out — walking groups, the allotment, the Wildlife Trust's conservation days", expect: [] },
  { title: 'Make referring from reception as easy as referring from the GP', expect: [] },
  { title: 'Keep link workers in post instead of losing them after a year to better-paid council jobs', expect: [] },
  {
    title: 'Help people feel better, not just busier',
    expect: [],
    krs: [
      { title: 'Average ONS4 life satisfaction change after 12 weeks', unit: 'points', start: 0, target: 1.5, current: 0.9 },
      { title: 'Clients reporting a WEMWBS improvement', unit: '%', start: 48, target: 65, current: 55 },
    ],
  },
  { title: 'Set up a benefits & debt clinic with Citizens Advice in the surgery so money worries get sorted in one visit', expect: [] },
  { title: 'hire a link worker who speaks Sylheti', expect: [] },
  { title: 'GPs can see at a glance what happened after they referred someone', parent: SP_NS, expect: [] },
  { title: 'Referrals per 1,000 patients: 25 a year', expect: [NT] },
  { title: 'DNA rate for first appointments', expect: [NT] },
  { title: 'Caseload per link worker 250', expect: [NT] },
  { title: 'Code every contact in SystmOne with the right SNOMED code', expect: [JR] },
  { title: 'Ring every new referral within 5 working days', expect: [NT, JR] },
  { title: 'Community directory on Joy updated each month', expect: [JR] },
  { title: 'Walking for Wellbeing launch event at Victoria Park', expect: [TL] },
  { title: 'New referral template on EMIS & SystmOne', expect: [TL] },
  { title: 'Link workers (Shazia)', expect: [GC] },
  { title: 'PCN social prescribing — Q2 goals', expect: [GC] },
  { title: 'Safeguarding adults level 3 for every link worker (mandatory)', expect: [CO] },
  { title: 'Data Security & Protection Toolkit signed off before the June deadline', expect: [CO] },
  { title: 'Carers get a break before they hit crisis', expect: [NK], krs: [] },
  { title: 'People with long-term pain finding something that helps besides pills', expect: [KM], krs: [{ title: 'Patients reducing their opioid prescriptions', start: 0, target: 100, current: 0 }] },
  { title: "Link workers: meet patients' non-medical needs in the community rather than the consulting room", parent: SP_NS, expect: [CL] },
]);

// D04: virtual-ward
const VW_NS = "Hospital-level care at home for anyone who's safe to have it";
const D04 = at('virtual-ward', [
  { title: "Frail patients who'd otherwise be admitted looked after at home just as safely as on a ward", expect: [] },
  { title: 'Get ED to refer step-up patients straight to us instead of holding them in majors', expect: [] },
  { title: 'Fewer kit boxes lost — the oximeters and tablets coming back after discharge', expect: [] },
  { title: 'More heart failure patients stepped down early so they go home days sooner', expect: [] },
  { title: 'patients and families feel safe enough at home to say yes to the virtual ward', expect: [] },
  { title: 'NEWS2 alerts reaching a clinician who can act on them, day and night', expect: [] },
  {
    title: "Fill the virtual beds we're funded for",
    expect: [],
    krs: [
      { title: 'Virtual ward occupancy', unit: '%', start: 54, target: 80, current: 63 },
      { title: 'Step-up admissions avoided per month', unit: 'patients', start: 35, target: 70, current: 48 },
    ],
  },
  { title: 'Work with the care homes so residents with a chest infection can be treated where they live', expect: [] },
  { title: "Hire an ACP for weekends so step-ups don't stop on a Friday", expect: [] },
  { title: 'Treat COPD exacerbations at home, with nebs and IV antibiotics if they need them', parent: VW_NS, expect: [] },
  { title: 'Virtual ward capacity 120 beds by March', expect: [NT] },
  { title: 'Average LOS on the VW', expect: [NT] },
  { title: '30-day readmission rate below 15%', expect: [NT] },
  { title: 'Daily MDT board round at 9:30 — every patient reviewed', expect: [JR] },
  { title: 'Clean and reset the monitoring kit after each patient', expect: [JR] },
  { title: 'Doccla dashboard checked every 4 hours overnight for red flags', expect: [JR] },
  { title: 'Patient leaflet in Polish and Urdu', expect: [TL] },
  { title: 'Move off the pilot spreadsheet onto the proper VW module in SystmOne', expect: [TL] },
  { title: 'Frailty VW (Dr Kaur)', expect: [GC] },
  { title: 'Respiratory virtual ward', expect: [GC] },
  { title: 'Medical devices training signed off for every nurse before they issue a pulse oximeter (mandatory)', expect: [CO] },
  { title: 'CQC inspection — stay Good overall', expect: [CO] },
  { title: 'Patients discharged early from the stroke unit get therapy at home from day one', expect: [NK], krs: [] },
  { title: "Tablet kits for patients who can't use a smartphone", expect: [TL, KM], krs: [{ title: 'Kit boxes ready for issue' }] },
  {
    title: 'ED referring step-ups directly to the virtual ward rather than keeping them in majors',
    siblings: ['Get ED to refer step-up patients straight to us instead of holding them in majors'],
    expect: [CL],
  },
]);

// D05: staircase-manufacturer
const ST_NS = 'Become the stair people builders ring first in the Midlands';
const D05 = at('staircase-manufacturer', [
  { title: 'Quotes back to builders same day so we stop losing jobs to the online kit sellers', expect: [] },
  { title: 'Fewer remakes because of site measurements', expect: [] },
  { title: "win the housebuilders' standard house types across the Midlands", expect: [] },
  { title: 'Get oak staircases out quicker than the glass balustrade lot can', expect: [] },
  { title: 'Sell the straight flight kits through merchants like Travis Perkins and Jewson', expect: [] },
  { title: 'Stop the oak newels splitting on site once the heating goes on', expect: [] },
  {
    title: 'Fewer stairs coming back for remedial work',
    expect: [],
    krs: [
      { title: 'Stairs needing a remedial visit', unit: '%', start: 7.5, target: 3, current: 5.2 },
      { title: 'Remedial cost per month', unit: '£', start: 9000, target: 3500, current: 6100 },
    ],
  },
  { title: "Offer a fitting service in the South West so self-builders don't have to find a joiner", expect: [] },
  { title: "Hire a CNC programmer so we're not stuck when Kev's on holiday", expect: [] },
  { title: 'Make quoting from a PDF drawing something the office can do without waiting for Mick', parent: ST_NS, expect: [] },
  { title: 'Flights made per week: 85', expect: [NT] },
  { title: 'On-time delivery 97% (Dispatch)', expect: [NT] },
  { title: 'Yield on oak boards', expect: [NT] },
  { title: 'Turnover £6.8m', expect: [NT] },
  { title: 'sharpen & change router tooling as per schedule', expect: [JR] },
  { title: 'Chase unpaid invoices over 60 days', expect: [JR] },
  { title: 'Site managers recommending us to the next site they run', expect: [KM], krs: [{ title: 'Referrals from site managers' }] },
  { title: "New CNC router to replace the Morbidelli (its on it's last legs)", expect: [TL] },
  { title: 'Trade brochure & price list for the merchants', expect: [TL] },
  { title: 'Workshop — Hall 2 (Lee)', expect: [GC] },
  { title: 'Fitting teams', expect: [GC] },
  { title: 'FSC chain of custody audit — pass', expect: [CO] },
  { title: 'LEV thorough examination on the dust extraction (annual, insurers want the cert)', expect: [CO] },
  { title: "Win the retirement village developer's stairs for the whole scheme", expect: [NK], krs: [] },
  { title: 'Staircases made each week — 95', siblings: ['Flights made per week: 85'], expect: [NT, CL] },
]);

// D06: vinegar-brewery
const VB_NS = 'Put proper British malt vinegar back on every chippy counter';
const D06 = at('vinegar-brewery', [
  { title: 'Win back the chip shop wholesalers we lost to cheap imported spirit vinegar', expect: [] },
  { title: 'Get our malt vinegar into the Co-op as a branded line, not just own-label', expect: [] },
  { title: 'Sell more pickling vinegar in the autumn without running out in September', expect: [] },
  { title: 'Cut the gas we burn heating the acetators', siblings: ['Less effluent strength going down to Severn Trent'], expect: [] },
  { title: 'fewer leaking caps on the 5L catering bottles', expect: [] },
  { title: 'An aged malt vinegar good enough that delis will stock it next to the balsamic', expect: [] },
  {
    title: 'Less effluent strength going down to Severn Trent',
    expect: [],
    krs: [
      { title: 'Average COD of effluent', unit: 'mg/l', start: 6200, target: 3500, current: 5100 },
      { title: 'Trade effluent charges', unit: '£/quarter', start: 48000, target: 30000, current: 41000 },
    ],
  },
  { title: "Hire a technical manager who's run a BRC site before", expect: [] },
  { title: 'Keep the Asda own-label contract at the spring retender', expect: [] },
  { title: "Get the 'brewed in Birmingham since 1880' story onto the catering bottles so chippies ask for us by name", parent: VB_NS, expect: [] },
  { title: 'Litres brewed: 14m', expect: [NT] },
  { title: 'Acetator yield', expect: [NT] },
  { title: 'Gross margin on catering 30%', expect: [NT] },
  { title: "Titrate every batch for acidity before it's transferred to the finishing vats", expect: [JR] },
  { title: 'Make ours the vinegar chippy owners ask their wholesaler for', expect: [KM], krs: [{ title: 'Wholesaler orders naming our brand', start: 0, target: 0, current: 0 }] },
  { title: 'Turn round tanker orders within 48 hours', expect: [NT, JR] },
  { title: 'New labeller on the 284ml line', expect: [TL] },
  { title: 'Website revamp with a recipes section', expect: [TL] },
  { title: 'Install a second wort chiller', expect: [TL] },
  { title: 'Brewhouse managment (Raj)', expect: [GC] },
  { title: 'Bottling — nights', expect: [GC] },
  { title: 'BRCGS audit: keep our A grade', expect: [CO] },
  { title: 'Trade effluent consent renewed with Severn Trent', expect: [CO] },
  { title: 'Make the brewery tours pay for themselves', expect: [NK], krs: [] },
  { title: 'Sales team — get British malt vinegar back onto every chip shop counter', parent: VB_NS, expect: [CL] },
]);

// D07: window-fabricator
const WF_NS = 'Be the fabricator installers trust with their name';
const D07 = at('window-fabricator', [
  { title: 'Installers get a full frame order in days, not weeks, even in the spring rush', expect: [] },
  { title: 'Fewer remakes from wrong-sized frames', expect: [] },
  { title: 'Win the social housing window replacement programmes in Leeds and Wakefield', expect: [] },
  { title: 'Get the aluminium bi-fold line making money instead of us carrying it', expect: [] },
  { title: 'Stop glass breakages in the back of the vans', expect: [] },
  { title: 'Installers can track thier order online without ringing the office', expect: [] },
  {
    title: 'On time, in full, every time for trade customers',
    expect: [],
    krs: [
      { title: 'Orders delivered OTIF', unit: '%', start: 86, target: 97, current: 91 },
      { title: 'Frames remade due to our error', unit: '%', start: 3.1, target: 1.2, current: 2.4 },
    ],
  },
  { title: 'Hire a second fabrication supervisor for the afternoon shift', expect: [] },
  { title: 'Recycle offcut PVCu through Recovinyl instead of paying to skip it', expect: [] },
  { title: 'Composite door lead times installers can quote to their customers with confidence', parent: WF_NS, expect: [] },
  { title: 'Frames per day: 450', expect: [NT] },
  { title: 'Trade counter sales up 20%', expect: [NT] },
  { title: 'Remake rate', expect: [NT] },
  { title: 'Average order value £2,300 on aluminium', expect: [NT] },
  { title: 'Weld strength checked on a frame from each welder at every shift start', expect: [JR] },
  { title: 'Keep the IGU stock count on the whiteboard accurate', expect: [JR] },
  { title: 'Stop losing trade customers to the cheaper Polish fabricators', expect: [NK], krs: [] },
  { title: 'New 4-head welder for the PVCu line', expect: [TL] },
  { title: 'Trade counter showroom makeover', expect: [TL] },
  { title: 'Aluminium shop (Darren)', expect: [GC] },
  { title: 'Transport & installs support', expect: [GC] },
  { title: 'PAS 24 retest for the new door range (Secured by Design)', expect: [CO] },
  { title: 'Factory Production Control audit — BM TRADA', expect: [CO] },
  { title: 'Manual handling training for everyone on the glass line (mandatory)', expect: [CO, KM], krs: [{ title: 'Glass line staff trained' }] },
  { title: 'Cut down remakes caused by frames made to the wrong size', siblings: ['Fewer remakes from wrong-sized frames'], expect: [CL] },
]);

// D08: rivers-trust
const RT_NS = 'Rivers full of life from source to sea';
const D08 = at('rivers-trust', [
  { title: 'Sea trout able to reach the upper Teme again', expect: [] },
  { title: 'More farms in the Lugg catchment keeping soil on the fields and out of the river', expect: [] },
  { title: 'Get Welsh Water to fix the storm overflows our volunteers keep finding spilling in dry weather', expect: [] },
  { title: 'Himalayan balsam gone from the top of the Arrow so it stops seeding down', expect: [] },
  { title: 'Local people trusting our water quality data enough to use it', expect: [] },
  {
    title: 'Fewer misconnected houses sending sewage into the surface water drains in Hereford',
    siblings: ['Get Welsh Water to fix the storm overflows our volunteers keep finding spilling in dry weather'],
    expect: [],
  },
  {
    title: 'Cleaner water in the Frome',
    expect: [],
    krs: [
      { title: 'Average orthophosphate across the Frome monitoring sites', unit: 'mg/l', start: 0.21, target: 0.1, current: 0.17 },
      { title: 'Sites where citizen scientists test monthly', unit: 'sites', start: 18, target: 40, current: 26 },
    ],
  },
  { title: "Hire a farm adviser who's actually farmed", expect: [] },
  { title: 'Get a second water company funding the citizen science kit', expect: [] },
  { title: "Take out the Bredwardine weir so salmon don't get stuck below it", parent: RT_NS, expect: [] },
  { title: 'Km of river restored: 25', expect: [NT] },
  { title: 'Volunteer hours: 6,000', expect: [NT] },
  { title: 'Water bodies at good ecological status', expect: [NT] },
  { title: "Log every volunteer's hours in Better Impact after each session", expect: [JR] },
  { title: 'Clean & calibrate the phosphate checkers before they go out', expect: [JR] },
  { title: 'River festival in Ludlow — July', expect: [TL] },
  { title: 'New website & donate button', expect: [TL] },
  { title: 'Write the catchment plan for the Lugg (Drive: Catchment Plans/Lugg 2026 draft)', expect: [TL] },
  { title: 'Fisheries & Habitat (Owen)', expect: [GC] },
  { title: 'Volunteers & citizen science', expect: [GC] },
  { title: 'Flood risk activity permit from the EA for the weir removal', expect: [CO] },
  { title: "Every volunteer leader's first aid certificate in date", expect: [CO] },
  { title: 'Eels getting past the pumping station at Kempsey', expect: [NK], krs: [] },
  { title: 'Get landowners along the Arrow on side with the re-meandering', expect: [KM], krs: [{ title: 'Landowners signed up', start: 0, target: 0, current: 0 }] },
  { title: 'River restored — 40 km across both catchments', siblings: ['Km of river restored: 25'], expect: [NT, CL] },
]);

// D09: period-poverty-charity
const PP_NS = 'Nobody in the North East goes without period products';
const D09 = at('period-poverty-charity', [
  { title: "No girl at a school we work with missing lessons because she can't get pads", expect: [] },
  { title: "Get reusables (cups, pants) to people who'll actually use them instead of sitting in boxes", expect: [] },
  { title: 'Food banks in the North East stocking period products all year, not just after a donation drive', expect: [] },
  { title: 'Make it normal for boys to sit in on the period talk', expect: [] },
  { title: 'Corporate partners giving all year round rather than only around Period Day', expect: [] },
  { title: "Women's hostels never running out", expect: [] },
  {
    title: 'Reach more people in period poverty in Sunderland and Gateshead',
    expect: [],
    krs: [
      { title: 'Packs distributed through partners', unit: 'packs', start: 18000, target: 35000, current: 24000 },
      { title: 'Partner venues with a free supply point', unit: 'venues', start: 42, target: 90, current: 61 },
    ],
  },
  { title: 'Hire a schools coordinator for Teesside', expect: [] },
  { title: 'Get the council putting free products in every library toilet', expect: [] },
  { title: "Free products in GP surgery toilets so women don't have to ask", parent: PP_NS, expect: [] },
  { title: 'Packs given out: 50k', expect: [NT] },
  { title: 'Cost per pack delivered', expect: [NT] },
  { title: 'Corporate income up 30% — Jen', expect: [NT] },
  { title: 'Pack the school orders every Tuesday', expect: [JR] },
  { title: 'Check dates on donated stock & rotate it', expect: [JR] },
  { title: 'Reply to school requests within 2 working days', expect: [NT, JR] },
  { title: 'Period Poverty Awareness Week stall at the Metrocentre', expect: [TL] },
  { title: 'New donation station design for supermarkets', expect: [TL] },
  { title: 'Schools (Aisha)', expect: [GC] },
  { title: 'Fundraising — 2025/26', expect: [GC] },
  { title: 'Trustees sign the updated safeguarding policy (funders require it)', expect: [CO] },
  { title: 'Fundraising Regulator registration renewed', expect: [CO] },
  { title: 'Warehouse & volunteers', expect: [GC, NK], krs: [] },
  { title: "Young people feel less embarrassed asking for help", expect: [KM], krs: [{ title: "Pupils saying they'd ask a teacher" }] },
  { title: 'No one in the North East going without period products — schools team', parent: PP_NS, expect: [CL] },
]);

// D10: property-portal
const PR_NS = 'The place people start every move';
const D10 = at('property-portal', [
  { title: 'Agents see more of their valuation leads turn into instructions', expect: [] },
  { title: 'Renters stop getting scammed by fake listings', expect: [] },
  { title: 'Buyers can see flood risk and broadband speed on every listing without leaving the page', expect: [] },
  { title: 'Win back the independent agents who left over the 2024 price rise', expect: [] },
  { title: 'make map search work on a phone with one thumb', expect: [] },
  { title: 'Get new homes developers listing whole sites with us, not just show homes', expect: [] },
  {
    title: 'Make saved searches something people come back for',
    expect: [],
    krs: [
      { title: 'Weekly active users with a saved search', unit: 'users', start: 1200000, target: 1800000, current: 1450000 },
      { title: 'Alert email click-through', unit: '%', start: 6, target: 9, current: 7.2 },
    ],
  },
  { title: 'Hire a head of data partnerships who knows the mortgage lenders', expect: [] },
  { title: 'Agents trust our lead quality enough to pay for the premium tier', expect: [] },
  { title: 'Renters can apply and share referencing in one go from the listing', parent: PR_NS, expect: [] },
  { title: 'ARPA £1,650 per month', expect: [NT] },
  { title: 'Monthly active users 30m', expect: [NT] },
  { title: 'Lead-to-viewing conversion', expect: [NT] },
  { title: 'Moderate reported listings in the queue every day', expect: [JR] },
  { title: 'Keep the agent CRM feeds (BLM/RTDF) running and fix failed imports', expect: [JR] },
  { title: 'Migrate search to OpenSearch 2.x', expect: [TL] },
  { title: 'New agent dashboard — figma.com/file/portal-agent-dash-v3', expect: [TL] },
  { title: 'Android app rebuild in Kotlin', expect: [TL] },
  { title: 'Consumer squad (Priyanka)', expect: [GC] },
  { title: 'Agent Growth — FY26', expect: [GC] },
  { title: 'PCI DSS AoC for agent billing', expect: [CO] },
  { title: 'ICO registration renewed and DPIA signed off for the AI valuation tool', expect: [CO] },
  { title: 'Make price history on sold listings trustworthy', expect: [NK], krs: [] },
  { title: 'Get agents using the new lettings compliance pack', expect: [KM], krs: [{ title: 'Agents using the pack' }] },
  { title: 'MAUs — 34m by year end', siblings: ['Monthly active users 30m'], expect: [NT, CL] },
]);

// D11: tendering-portal
const TP_NS = 'Public procurement that small businesses can win';
const D11 = at('tendering-portal', [
  { title: 'Small suppliers able to bid without paying for a bid writer', expect: [] },
  { title: 'Buyers ready for the Procurement Act on day one of go-live', expect: [] },
  { title: 'Fewer tenders abandoned half way because the supplier questionnaire times out', expect: [] },
  { title: 'Get the NHS trusts in the North West onto one shared portal', expect: [] },
  { title: 'evaluation scoring that panels can do in the browser, not in Excel', expect: [] },
  { title: 'Council buyers publish to Find a Tender straight from us', expect: [] },
  {
    title: 'Suppliers that register actually bid',
    expect: [],
    krs: [
      { title: 'Registered suppliers submitting a bid within 90 days', unit: '%', start: 22, target: 35, current: 27 },
      { title: 'Bid submissions per published tender', unit: 'bids', start: 4.1, target: 6, current: 4.8 },
    ],
  },
  { title: 'Hire a procurement lawyer into product so we read the regs before the buyers do', expect: [] },
  { title: 'Win the Welsh public sector framework', expect: [] },
  { title: 'Let SMEs team up on a bid as a consortium inside the portal', parent: TP_NS, expect: [] },
  { title: 'ARR £9.5m', expect: [NT] },
  { title: 'Logo churn under 6%', expect: [NT] },
  { title: 'Tenders published per month', expect: [NT] },
  { title: 'Buyer NPS — 45 by Q4', siblings: ['NPS from buyers 40+'], expect: [NT, CL] },
  { title: 'Triage support tickets within the SLA', expect: [JR] },
  { title: 'Make supplier onboarding painless', expect: [KM], krs: [{ title: 'Supplier onboarding feedback', start: 0, target: 0, current: 0 }] },
  { title: 'Respond to P1 incidents in 15 minutes', expect: [NT, JR] },
  { title: 'Procurement Act webinar series for buyers', expect: [TL] },
  { title: 'Rewrite the notices module in TypeScript', expect: [TL] },
  { title: 'Supplier Experience (Tomasz)', expect: [GC] },
  { title: 'H1 OKRs', expect: [GC] },
  { title: 'Cyber Essentials Plus renewal', expect: [CO] },
  { title: 'DSPT for our NHS buyers — Standards Met', expect: [CO] },
  { title: "Buyers can reuse last year's evaluation criteria without starting from scratch", expect: [NK], krs: [] },
  {
    title: 'Support: work through the ticket queue inside SLA',
    siblings: ['Triage support tickets within the SLA'],
    expect: [JR, CL],
  },
]);

// D12: rhubarb-grower
const RH_NS = 'Keep the family name on Yorkshire forced rhubarb for another fifty years';
const D12 = at('rhubarb-grower', [
  { title: 'Forced rhubarb on the menu in London restaurants by the first week of January', expect: [] },
  { title: 'Crowns healthy enough to force for another generation — less virus in the stock', expect: [] },
  { title: "Sell more field rhubarb to the jam makers so nothing's wasted in May", expect: [] },
  { title: 'Get visitors booking the candlelit shed tours', siblings: ['Forced rhubarb on the menu in London restaurants by the first week of January'], expect: [] },
  { title: 'Stop losing crowns to waterlogging in the bottom field', expect: [] },
  { title: 'Fewer sticks graded out for splitting', expect: [] },
  {
    title: 'Better return per forcing shed',
    expect: [],
    krs: [
      { title: 'Revenue per shed per season', unit: '£', start: 18000, target: 24000, current: 20500 },
      { title: 'Grade 1 sticks as a share of the crop', unit: '%', start: 61, target: 75, current: 66 },
    ],
  },
  { title: 'Find someone to learn the forcing from Dad before he retires', expect: [] },
  { title: 'Get our rhubarb sold in the festival shops as the PDO product it is', expect: [] },
  { title: 'New crowns from our own best plants coming through strong enough to force', parent: RH_NS, expect: [] },
  { title: 'Sticks picked per hour (pickers)', expect: [NT] },
  { title: 'Tonnes forced: 140', expect: [NT] },
  { title: 'Supermarket share of sales under 50%', expect: [NT] },
  { title: "Light the shed heaters once the frost count's reached", expect: [JR] },
  { title: 'Pick by candlelight every morning in season', expect: [JR] },
  { title: 'Get the Leeds market traders selling our sticks instead of imported field rhubarb', expect: [NK], krs: [] },
  { title: 'New cold store', expect: [TL], krs: [] },
  { title: 'Rhubarb recipe leaflet for the farm shop', expect: [TL] },
  { title: 'Sheds (Pete)', expect: [GC] },
  { title: 'Field rhubarb', expect: [GC] },
  { title: 'Red Tractor audit', expect: [CO] },
  { title: 'PDO inspection by the certification body passed', expect: [CO] },
  { title: 'Stop the field rhubarb going for nothing at the wholesale market', expect: [NK], krs: [] },
  { title: 'Make the shed tours worth the disruption', expect: [KM], krs: [{ title: 'Tour income' }] },
  {
    title: 'More of the field rhubarb sold to jam makers so none goes to waste in May',
    siblings: ["Sell more field rhubarb to the jam makers so nothing's wasted in May"],
    expect: [CL],
  },
]);

// D13: suckler-beef-farm
const SB_NS = 'A herd that makes money off grass';
const D13 = at('suckler-beef-farm', [
  { title: "Calves born in a tighter block so they're even at weaning", expect: [] },
  { title: 'Get the cows out-wintering on deferred grazing to save straw', expect: [] },
  { title: 'Sell finished cattle direct to the butcher in town rather than through the mart', expect: [] },
  { title: 'cleaner cattle going to the abattoir, no more dag deductions', expect: [] },
  { title: 'Fewer assisted calvings on the heifers', expect: [] },
  { title: 'bTB-free long enough to sell breeding heifers again', expect: [] },
  {
    title: 'Calves that grow well off grass',
    expect: [],
    krs: [
      { title: 'Average 200-day weaning weight', unit: 'kg', start: 265, target: 290, current: 272 },
      { title: 'Calves reared per cow put to the bull', unit: '%', start: 86, target: 93, current: 88 },
    ],
  },
  { title: 'Get into SFI for the hedges and herbal leys so they pay their way', expect: [] },
  { title: 'Hire a stockman who can do the AI', expect: [] },
  { title: 'Enough clover in the leys that we can stop buying fertiliser for the silage ground', parent: SB_NS, expect: [] },
  { title: 'Calving interval 375 days', expect: [NT] },
  { title: 'Cost per kg liveweight gain', expect: [NT] },
  { title: 'Deadweight price 10p/kg over base', expect: [NT] },
  { title: 'Register calves on BCMS within 27 days of birth', expect: [NT, JR] },
  { title: 'Check the cows at calving every 3 hours through the night', expect: [JR] },
  { title: 'Medicine book kept up to date', expect: [JR] },
  { title: 'New cattle handling system with a crush', expect: [TL, KM], krs: [{ title: 'Crush in and working', start: 0, target: 0, current: 0 }] },
  { title: 'Put up a new silage clamp', expect: [TL] },
  { title: 'Cattle (Gethin)', expect: [GC] },
  { title: 'Grassland & silage', expect: [GC] },
  { title: 'Annual bTB herd test done in the window', expect: [CO] },
  { title: 'Red Tractor beef & lamb assessment', expect: [CO] },
  { title: 'Stop losing money on the stores we sell in October', expect: [NK], krs: [] },
  { title: 'Healthier cows going into winter', expect: [KM], krs: [{ title: 'Cow body condition at housing', start: 0, target: 0, current: 0 }] },
  { title: 'Calving interval down to 365 days', siblings: ['Calving interval 375 days'], expect: [NT, CL] },
]);

// D14: road-marking-contractor
const RM_NS = "The lining firm councils don't have to chase";
const D14 = at('road-marking-contractor', [
  { title: 'White lines on the A-roads we maintain that still show up in the rain at night', expect: [] },
  { title: "Win the term maintenance contract for Shropshire when it's let next spring", expect: [] },
  { title: "Get the housebuilders' new estates (roads and car parks) as repeat work", expect: [] },
  { title: "Fewer call-backs for lines that've worn through inside a year", expect: [] },
  { title: 'Stop night crews running into daylight at the end of a closure', expect: [] },
  { title: 'Build up playground and school markings as a year-round sideline', expect: [] },
  {
    title: 'Lines that last',
    expect: [],
    krs: [
      { title: 'Retroreflectivity at 12 months on new thermo', unit: 'mcd/m²/lx', start: 150, target: 200, current: 170 },
      { title: 'Warranty call-backs', unit: 'jobs/quarter', start: 22, target: 8, current: 15 },
    ],
  },
  {
    title: "Hire a second gang for the hydroblasting so line removal isn't the bottleneck",
    siblings: ["Fewer call-backs for lines that've worn through inside a year"],
    expect: [],
  },
  { title: "Switch to the low-temperature thermo so the lads aren't breathing fumes all night", expect: [] },
  { title: "Get jobs done in the first night's closure so councils don't have to book a second", parent: RM_NS, expect: [] },
  { title: 'Linear metres laid per shift: 4,000', expect: [NT] },
  { title: 'Gross margin on anti-skid 28%', expect: [NT] },
  { title: 'LPG cost per tonne of thermo', expect: [NT] },
  { title: 'Sales £12m', expect: [NT] },
  { title: 'Check every gas burner and hose before the truck leaves the yard', expect: [JR] },
  { title: 'Stop losing the resurfacing follow-on work to the Sheffield firms', expect: [NK], krs: [] },
  { title: 'Get back to council enquiries in 24 hrs', expect: [NT, JR] },
  { title: 'New truck-mounted thermo machine', expect: [TL] },
  { title: 'Yard move to the Telford unit', expect: [TL] },
  { title: 'Night crews (Ste)', expect: [GC] },
  { title: 'Motorway & trunk roads', expect: [GC] },
  { title: 'NHSS 7 audit — no non-conformances', expect: [CO] },
  { title: "Every operative's road marking card renewed before it expires", expect: [CO] },
  { title: 'Cut the thermo left in the boilers at the end of a shift', expect: [KM], krs: [{ title: 'Thermo dumped per night' }] },
  { title: 'Be the road lining firm councils never need to chase — Midlands', parent: RM_NS, expect: [CL] },
]);

// D15: paddle-steamer-trust
const PS_NS = 'Keep the last paddle steamer on the Mersey sailing for the next generation';
const D15 = at('paddle-steamer-trust', [
  { title: 'More sailings sold out on weekdays, not just the August weekends', expect: [] },
  { title: "Keep the Earl calling at Llandudno pier when the pier company renews its berthing deal", expect: [] },
  { title: 'Younger families on board — not just enthusiasts and coach parties', expect: [] },
  { title: 'Get the boiler through another decade without an emergency retube', expect: [] },
  { title: 'Bar & galley paying for the fuel on every sailing', expect: [] },
  { title: "Fewer sailings cancelled because we couldn't crew the engine room", expect: [] },
  {
    title: 'A season that pays its way',
    expect: [],
    krs: [
      { title: 'Passengers carried', unit: 'passengers', start: 31000, target: 40000, current: 34500 },
      { title: 'Operating result before grants', unit: '£', start: -120000, target: 0, current: -60000 },
    ],
  },
  { title: "Train volunteer stokers so we're not relying on Harold and Ken every sailing", expect: [] },
  { title: "Hire a general manager who's run a visitor attraction", expect: [] },
  { title: 'Raise the match funding for the new boiler before the Heritage Fund offer lapses', parent: PS_NS, expect: [] },
  { title: 'Ticket income £1.1m', expect: [NT] },
  { title: 'Passengers per sailing', expect: [NT] },
  { title: 'Catering spend per head £9', expect: [NT] },
  { title: 'Blow down the boiler and log the water tests every sailing day', expect: [JR] },
  { title: 'Keep the volunteer rota on the shared spreadsheet filled two weeks ahead', expect: [JR] },
  { title: 'Winter refit in Birkenhead dry dock', expect: [TL] },
  { title: "New sailings brochure — to the printers by Feb", expect: [TL] },
  { title: 'Engine room (Harold)', expect: [GC] },
  { title: "Ship's company & volunteers", expect: [GC] },
  { title: 'MCA passenger certificate renewed for the season', expect: [CO] },
  { title: 'STCW basic safety training for all crew (mandatory)', expect: [CO] },
  { title: 'Get schools booking the ship as a floating classroom', expect: [NK], krs: [] },
  { title: 'Make the Earl a reason people come to the Wirral', expect: [KM], krs: [{ title: 'Visitors who came mainly for the ship', start: 0, target: 0, current: 0 }] },
  { title: 'Passenger numbers per sailing up to 250', siblings: ['Passengers per sailing'], expect: [NT, CL] },
  {
    title: 'Get families with young kids aboard, not only enthusiasts & coach parties',
    siblings: ['Younger families on board — not just enthusiasts and coach parties'],
    expect: [CL],
  },
]);

// D16: petrol-forecourt
const PF_NS = 'The forecourt every village on the A49 depends on';
const D16 = at('petrol-forecourt', [
  { title: 'Fewer drive-offs now the ANPR cameras are in at Pool Road', expect: [] },
  { title: 'Make the forecourt where locals buy their lunch, not just their fuel', expect: [] },
  { title: 'Get HGV drivers stopping overnight for the showers and the hot food', expect: [] },
  { title: 'Stop losing the morning commuters to the Tesco across the roundabout', expect: [] },
  { title: 'Cut wet stock losses on the diesel tanks at Wem', expect: [] },
  { title: 'Keep the Spar fascia deal when it comes up for renewal', expect: [] },
  {
    title: 'Food-to-go that makes us a destination',
    expect: [],
    krs: [
      { title: 'Food-to-go sales per week', unit: '£', start: 6200, target: 9500, current: 7100 },
      { title: 'Customers buying food with their fuel', unit: '%', start: 14, target: 22, current: 17 },
    ],
  },
  { title: "Find a site manager for Wem who'll stay", expect: [] },
  { title: 'Put rapid chargers in at the A49 site so EV drivers stop here instead of the services', expect: [] },
  { title: 'Stay open till 11 at Church Stretton so night shift workers can get fuel', parent: PF_NS, expect: [] },
  { title: 'Fuel volume 9m litres', expect: [NT] },
  { title: 'Shop margin 26%', expect: [NT] },
  { title: 'Pence per litre margin on unleaded', expect: [NT] },
  { title: 'Wetstock recon on the daily sheet before 10am', expect: [JR] },
  { title: 'Rotate the sandwiches & milk in the chiller at close', expect: [JR] },
  { title: 'Become where the village buys its papers and milk now the shop has shut', expect: [NK], krs: [] },
  { title: 'New canopy & LED lighting at Wem', expect: [TL] },
  { title: 'Refit the Pool Road shop to the new Spar format', expect: [TL] },
  { title: 'Shop staff — Church Stretton (Mandy)', expect: [GC] },
  { title: 'Fuel', expect: [GC] },
  { title: 'Petroleum storage certificate renewed with the council', expect: [CO] },
  { title: 'Challenge 25 test purchases: 100% pass', expect: [NT, CO] },
  { title: 'Get the car wash earning again', expect: [NK], krs: [] },
  { title: 'Make customers feel safe on the forecourt at night', expect: [KM], krs: [{ title: 'Customer feedback on safety' }] },
  { title: 'Diesel litres sold — 4.5m', siblings: ['Fuel volume 9m litres'], expect: [NT, CL] },
]);

// D17: record-shop
const RS_NS = 'The record shop people travel to Leeds for';
const D17 = at('record-shop', [
  { title: 'Record Store Day something regulars look forward to, not a queue of flippers', expect: [] },
  { title: 'Sell more of the used stock online through Discogs without it sitting there for months', expect: [] },
  { title: 'Get the students in from the uni, not just the over-40s', expect: [] },
  { title: 'Be the shop bands ask to play when they come through Leeds', expect: [] },
  { title: 'People with good collections ring us first when they sell up', expect: [] },
  { title: 'Fewer mail order returns from warped or damaged vinyl', expect: [] },
  {
    title: 'Pre-orders that people actually collect',
    expect: [],
    krs: [
      { title: 'Pre-orders collected within a month', unit: '%', start: 72, target: 90, current: 80 },
      { title: 'Pre-order revenue per month', unit: '£', start: 4000, target: 7000, current: 5200 },
    ],
  },
  { title: 'Hire someone who knows jazz and reggae properly', expect: [] },
  {
    title: 'Turn the back room into a listening bar that keeps people in on weekday evenings',
    siblings: ['Be the shop bands ask to play when they come through Leeds'],
    expect: [],
  },
  { title: 'Stock deeper in the genres the chains ignore — dub, library music, northern soul', parent: RS_NS, expect: [] },
  { title: 'Used vinyl share of sales 45%', expect: [NT] },
  { title: 'Average basket', expect: [NT, KM], krs: [{ title: 'Basket size' }] },
  { title: 'Online sales £8k a month', expect: [NT] },
  { title: 'Price & file the used stock as we recieve it', expect: [JR] },
  { title: 'Update the Discogs listings when things sell in the shop', expect: [JR] },
  { title: 'Post mail orders within 48h', expect: [NT, JR] },
  { title: 'Record Store Day 2026 — order list & queue plan', expect: [TL] },
  { title: 'Move the website off Wix to Shopify', expect: [TL] },
  { title: 'Online (Jo)', expect: [GC] },
  { title: 'Saturday staff', expect: [GC] },
  { title: 'PRS & PPL licence for the music we play in the shop', expect: [CO] },
  { title: 'Fire risk assessment updated (landlord insists)', expect: [CO] },
  { title: 'Get the in-store gigs paying for themselves', expect: [NK], krs: [] },
  { title: 'Keep people coming back on weekdays', expect: [KM], krs: [{ title: 'Weekday footfall', start: 0, target: 0, current: 0 }] },
  { title: 'Be the record shop people travel to Leeds for — online team', parent: RS_NS, expect: [CL] },
]);

// D18: netball-club
const NB_NS = 'A club where every girl in Wrexham can find a team';
const D18 = at('netball-club', [
  { title: 'Juniors who leave at 16 keep playing in our senior teams', expect: [] },
  { title: 'Get a walking netball session going for women who stopped playing years ago', expect: [] },
  { title: 'First team promoted out of Division 2', expect: [] },
  { title: 'Enough qualified umpires that we stop getting fined by the league', expect: [] },
  { title: 'Make the club somewhere mums can bring their daughters and both play', expect: [] },
  { title: 'Get court time at the new leisure centre on Thursday nights', expect: [] },
  {
    title: 'A junior section that keeps its players',
    expect: [],
    krs: [
      { title: 'Juniors re-registering for next season', unit: '%', start: 64, target: 80, current: 70 },
      { title: 'Junior members', unit: 'players', start: 85, target: 120, current: 96 },
    ],
  },
  { title: "Find a treasurer who isn't also the head coach", expect: [] },
  { title: 'Sponsorship that covers our court hire', expect: [] },
  { title: 'Start a U9s Bee Netball group so younger sisters have somewhere to go', parent: NB_NS, expect: [] },
  { title: 'Members: 180', expect: [NT] },
  { title: 'Subs paid on time %', expect: [NT] },
  { title: 'Court hire cost per session', expect: [NT] },
  { title: 'Collect match fees & subs every training night', expect: [JR] },
  { title: 'Team sheets to the league by Thursday', expect: [JR] },
  { title: 'New kit with the sponsor logo', expect: [TL] },
  { title: 'Presentation night at the rugby club', expect: [TL], krs: [] },
  { title: 'Club website on Pitchero', expect: [TL] },
  { title: 'Juniors (Carys)', expect: [GC] },
  { title: 'Committee', expect: [GC] },
  { title: 'DBS checks for all coaches renewed', expect: [CO] },
  { title: 'England Netball affiliation paid & every player registered', expect: [CO] },
  { title: 'Season 2025/26', expect: [GC, NK], krs: [] },
  { title: 'Get more girls from the Wrexham secondaries to try netball', expect: [KM], krs: [{ title: 'Girls at taster sessions' }] },
  {
    title: 'Get enough umpires qualified so the league stops fining us',
    siblings: ['Enough qualified umpires that we stop getting fined by the league'],
    expect: [CL],
  },
]);

// D19: working-mens-club
const WM_NS = 'Keep the club open for the next generation of Hemsworth people';
const D19 = at('working-mens-club', [
  { title: 'Younger members joining, not just sons of members', expect: [] },
  { title: 'Function room booked most Saturdays for christenings and parties', expect: [] },
  { title: 'Pay off the brewery loan early so we can shop around for our beer', siblings: ['Fewer nights the bar loses money'], expect: [] },
  { title: 'Make Sunday night turns worth coming out for again', expect: [] },
  { title: 'Get the roof done before the concert room floods again', expect: [] },
  { title: 'Fewer nights the bar loses money', expect: [] },
  {
    title: 'A club that pays its way without leaning on the fruit machines',
    expect: [],
    krs: [
      { title: 'Bar gross profit', unit: '%', start: 44, target: 52, current: 47 },
      { title: 'Function room income per month', unit: '£', start: 1800, target: 3500, current: 2300 },
    ],
  },
  { title: "Find a steward who'll live in the flat", expect: [] },
  { title: "Get the ladies' darts team based here", expect: [] },
  { title: 'Open the concert room to local bands on Fridays so under-30s come through the door', parent: WM_NS, expect: [] },
  { title: 'Members 450 by AGM', expect: [NT] },
  { title: 'Bar takings £4k a week', expect: [NT] },
  { title: 'Wet sales per member', expect: [NT] },
  { title: 'Clean the lines every week', expect: [JR] },
  { title: 'Book the turns for the next quater', expect: [JR] },
  { title: 'Bingo nights that bring new faces in', expect: [KM], krs: [{ title: 'New faces at bingo' }] },
  { title: 'New carpet in the lounge', expect: [TL] },
  { title: 'Sky Sports box in the games room', expect: [TL] },
  { title: 'Committee (Secretary: Brian)', expect: [GC] },
  { title: 'Entertainments', expect: [GC] },
  { title: 'Club premises certificate — annual fee paid to the council', expect: [CO] },
  { title: 'Gaming machine permit renewed', expect: [CO] },
  { title: WM_NS, expect: [NK], krs: [] },
  { title: 'Members who feel the committee listens', expect: [KM], krs: [{ title: 'Member satisfaction', start: 0, target: 0, current: 0 }] },
  { title: 'Full members 500 by the AGM', siblings: ['Members 450 by AGM'], expect: [NT, CL] },
]);

// D20: rd-tax-relief-consultancy
const RD_NS = 'The R&D advisers accountants trust with their clients';
const D20 = at('rd-tax-relief-consultancy', [
  { title: 'Claims that stand up when HMRC opens an enquiry', expect: [] },
  { title: 'Get accountancy firms referring clients to us instead of the cold-calling boilerhouses', expect: [] },
  { title: "Clients understand what qualifies before they sign, so nobody's surprised", expect: [] },
  { title: 'Move the software clients onto the merged scheme without losing value', expect: [] },
  { title: 'Fewer enquiries on our claims than the HMRC average', expect: [] },
  { title: 'Make technical narratives something the engineers recognise as their own work', expect: [] },
  {
    title: 'Enquiries we win',
    expect: [],
    krs: [
      { title: 'HMRC enquiries closed with no adjustment', unit: '%', start: 70, target: 90, current: 78 },
      { title: 'Average weeks to close an enquiry', unit: 'weeks', start: 26, target: 16, current: 21 },
    ],
  },
  { title: 'Hire a chartered engineer to review the manufacturing claims', expect: [] },
  { title: "Win the Midlands engineering firms the big four don't bother with", expect: [] },
  { title: "Share our claim workings with the client's accountant so they can sign off the CT600 without chasing us", parent: RD_NS, expect: [] },
  { title: 'Fee income £3.4m', expect: [NT] },
  { title: 'Average claim value', expect: [NT] },
  { title: 'Referral partners: 60 active firms', expect: [NT] },
  { title: 'Chase clients for cost breakdowns before the filing deadline', expect: [JR] },
  { title: 'Keep the claims tracker up to date (notion.so/rdtax/claims-tracker)', expect: [JR] },
  { title: 'Turn technical narratives round in 10 working days', expect: [NT, JR] },
  { title: 'New case studies page on the website', expect: [TL] },
  { title: 'Merged scheme guide for clients (PDF)', expect: [TL] },
  { title: 'Technical team (Dr Anand)', expect: [GC, NK], krs: [] },
  { title: 'Partnerships — FY25/26', expect: [GC] },
  { title: 'AML supervision renewed with HMRC', expect: [CO] },
  { title: 'CPD hours logged for every ATT member (mandatory)', expect: [CO] },
  { title: 'Get repeat clients claiming every year without us starting from scratch', expect: [NK], krs: [] },
  { title: "Clients who'd recommend us", expect: [KM], krs: [{ title: 'Client recommendations' }] },
  { title: 'Partnerships: be the R&D tax advisers that accountants trust with clients', parent: RD_NS, expect: [CL] },
]);

export const HOLDOUT_48: Holdout48Entry[] = [
  ...D01, ...D02, ...D03, ...D04, ...D05, ...D06, ...D07, ...D08, ...D09, ...D10,
  ...D11, ...D12, ...D13, ...D14, ...D15, ...D16, ...D17, ...D18, ...D19, ...D20,
];

const n = (key: string, parentKey: string | null, title: string, expect: RuleCode[]): Holdout48PlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

const P01: Holdout48Plan = {
  name: 'Street Scene plan 2025/26',
  domain: 'street-cleansing',
  nodes: [
    n('r', null, 'Street Scene 2025/26', [GC]),
    n('ns', 'r', 'A borough people are proud to walk through', []),
    n('ta', 'ns', 'Town centre team (Kelly)', [GC]),
    n('a1', 'ta', 'Town centre clean before the shops open', []),
    n('a2', 'ta', 'Empty the precinct bins three times a day in summer', [JR]),
    n('a3', 'ta', 'LEQ transects at grade B or better: 90%', [NT]),
    n('tb', 'ns', 'Estates & fly-tipping (Dai)', [GC]),
    n('b1', 'tb', 'Fly-tips cleared within 1 working day: 95%', [NT]),
    n('b2', 'tb', 'Make the estates places people are proud to walk through', [CL]),
    n('b3', 'tb', 'Empty the estate litter bins 3x a day over the summer', [JR, CL]),
    n('tc', 'ns', 'Mechanical sweeping (Gareth)', [GC]),
    n('c1', 'tc', 'Fly-tipping cleared inside a working day — 98% (sweeper crews)', [NT, CL]),
    n('c2', 'tc', 'Sweep the main roads on the published schedule', [JR]),
    n('c3', 'tc', "Electric small sweepers for the pedestrian zone so we stop running diesel through it", []),
    n('c4', 'tc', 'Sweepers: get the town centre clean before shops open', [CL]),
  ],
  cloneGroups: [['ns', 'b2'], ['a2', 'b3'], ['b1', 'c1'], ['a1', 'c4']],
};

const P02: Holdout48Plan = {
  name: 'Hospital at Home — 2025/26 plan',
  domain: 'virtual-ward',
  nodes: [
    n('r', null, 'Hospital at Home 2025/26', [GC]),
    n('ns', 'r', "Hospital-level care at home for anyone who's safe to have it", []),
    n('f', 'ns', 'Frailty VW (Dr Kaur)', [GC]),
    n('f1', 'f', 'Virtual ward occupancy 80%', [NT]),
    n('f2', 'f', 'Daily 9:30 board round — every patient reviewed', [JR]),
    n('f3', 'f', 'Step-up referrals from ED and the GPs so frail people avoid an admission', []),
    n('rs', 'ns', 'Respiratory VW (Sam)', [GC]),
    n('r1', 'rs', 'Hospital-level care at home for everyone safe to receive it — respiratory', [CL]),
    n('r2', 'rs', 'VW occupancy 85% on respiratory', [NT, CL]),
    n('r3', 'rs', 'Board round every morning; all patients reviewed', [JR, CL]),
    n('t', 'ns', 'Tech & kit (Leanne)', [GC]),
    n('t1', 't', 'Return rate on monitoring kit', [NT]),
    n('t2', 't', 'Clean and reset every kit box after discharge', [JR]),
    n('t3', 't', "Tech team: hospital-grade care at home for anyone it's safe for", [CL]),
    n('t4', 't', 'Oximeter & tablet kits back from patients — return rate 95%', [NT, CL]),
  ],
  cloneGroups: [['ns', 'r1', 't3'], ['f1', 'r2'], ['f2', 'r3'], ['t1', 't4']],
};

const P03: Holdout48Plan = {
  name: 'Company objectives 2026 — stairs',
  domain: 'staircase-manufacturer',
  nodes: [
    n('r', null, 'Company objectives 2026', [GC]),
    n('ns', 'r', 'Become the stair people builders ring first in the Midlands', []),
    n('w', 'ns', 'Workshop (Lee)', [GC]),
    n('w1', 'w', 'Flights made per week: 90', [NT]),
    n('w2', 'w', 'Sharpen and change the router tooling to schedule', [JR]),
    n('w3', 'w', 'Fewer remakes from site measurement errors', []),
    n('o', 'ns', 'Office & estimating (Jayne)', [GC]),
    n('o1', 'o', 'Quotes back to builders the same day', []),
    n('o2', 'o', 'Estimating: become the stair firm Midlands builders ring first', [CL]),
    n('o3', 'o', 'Chase invoices over 60 days', [JR]),
    n('fi', 'ns', 'Fitting teams (Mick)', [GC]),
    n('fi1', 'fi', 'Cut remakes caused by measuring mistakes on site', [CL]),
    n('fi2', 'fi', 'Fitters — the first stair company Midlands builders call', [CL]),
    n('fi3', 'fi', 'Stairs fitted per week: 30', [NT]),
    n('fi4', 'fi', 'Same-day quotes for builders, fitting jobs included', [CL]),
  ],
  cloneGroups: [['ns', 'o2', 'fi2'], ['w3', 'fi1'], ['o1', 'fi4']],
};

const P04: Holdout48Plan = {
  name: 'Teme & Lugg Rivers Trust — plan 2025-28',
  domain: 'rivers-trust',
  nodes: [
    n('r', null, 'Trust plan 2025–28', [GC]),
    n('ns', 'r', 'Rivers full of life from source to sea', []),
    n('fh', 'ns', 'Fisheries & Habitat (Owen)', [GC]),
    n('fh1', 'fh', 'Sea trout able to reach the upper Teme again', []),
    n('fh2', 'fh', 'Km of river restored: 25', [NT]),
    n('fh3', 'fh', 'Clear the Himalayan balsam from the top of the Arrow so it stops seeding downstream', []),
    n('cs', 'ns', 'Citizen science (Beth)', [GC]),
    n('cs1', 'cs', 'Calibrate the phosphate checkers before each sampling day', [JR]),
    n('cs2', 'cs', 'Sites tested monthly by volunteers: 40', [NT]),
    n('cs3', 'cs', 'Volunteers: rivers teeming with life from source to sea', [CL]),
    n('fa', 'ns', 'Farm advice (Huw)', [GC]),
    n('fa1', 'fa', 'More farms keeping soil on the fields and out of the river', []),
    n('fa2', 'fa', 'River restored — 10 km on farmland', [NT, CL]),
    n('fa3', 'fa', 'Check and calibrate the phosphate kits before every sampling round', [JR, CL]),
    n('fa4', 'fa', "Log every volunteer's hours after each session", [JR]),
  ],
  cloneGroups: [['ns', 'cs3'], ['fh2', 'fa2'], ['cs1', 'fa3']],
};

const P05: Holdout48Plan = {
  name: 'H1 2026 — Product & Engineering',
  domain: 'property-portal',
  nodes: [
    n('r', null, 'H1 2026 — Product & Engineering', [GC]),
    n('ns', 'r', 'The place people start every move', []),
    n('cs', 'ns', 'Consumer squad (Priyanka)', [GC]),
    n('c1', 'cs', 'Monthly active users 32m', [NT]),
    n('c2', 'cs', 'Renters stop getting scammed by fake listings', []),
    n('c3', 'cs', 'Migrate search to OpenSearch 2.x', [TL]),
    n('ag', 'ns', 'Agent squad (Femi)', [GC]),
    n('a1', 'ag', 'ARPA £1,700', [NT]),
    n('a2', 'ag', 'Keep agent feeds running and fix failed imports', [JR]),
    n('a3', 'ag', 'Agent squad — where every move starts', [CL]),
    n('ts', 'ns', 'Trust & safety (Marta)', [GC]),
    n('t1', 'ts', 'Stop renters being scammed by fake listings — T&S', [CL]),
    n('t2', 'ts', 'Moderate reported listings every day', [JR]),
    n('t3', 'ts', 'Monthly actives — 35m', [NT, CL]),
    n('t4', 'ts', 'Moderate flagged listings each day (weekend rota)', [JR, CL]),
  ],
  cloneGroups: [['ns', 'a3'], ['c2', 't1'], ['c1', 't3'], ['t2', 't4']],
};

const P06: Holdout48Plan = {
  name: 'FY26 OKRs',
  domain: 'tendering-portal',
  nodes: [
    n('r', null, 'FY26 OKRs', [GC]),
    n('ns', 'r', 'Public procurement that small businesses can win', []),
    n('se', 'ns', 'Supplier Experience (Tomasz)', [GC]),
    n('se1', 'se', 'Registered suppliers bidding within 90 days: 35%', [NT]),
    n('se2', 'se', 'Let SMEs bid as a consortium inside the portal', []),
    n('se3', 'se', 'Triage support tickets inside the SLA', [JR]),
    n('bx', 'ns', 'Buyer Experience (Nia)', [GC]),
    n('bx1', 'bx', 'Buyers ready for the Procurement Act on day one', []),
    n('bx2', 'bx', 'Buyer team: procurement small firms can actually win', [CL]),
    n('bx3', 'bx', 'Support tickets triaged within SLA — buyer side', [JR, CL]),
    n('pl', 'ns', 'Platform (Ravi)', [GC]),
    n('pl1', 'pl', 'Respond to P1 incidents within 15 minutes', [NT, JR]),
    n('pl2', 'pl', 'Patch the build agents every month', [JR]),
    n('pl3', 'pl', 'Platform: public procurement small businesses can win', [CL]),
    n('pl4', 'pl', 'Suppliers bidding within 90 days of registering — 40%', [NT, CL]),
  ],
  cloneGroups: [['ns', 'bx2', 'pl3'], ['se3', 'bx3'], ['se1', 'pl4']],
};

const P07: Holdout48Plan = {
  name: 'Pentre Farm 2026',
  domain: 'suckler-beef-farm',
  nodes: [
    n('r', null, 'Pentre Farm — 2026', [GC]),
    n('ns', 'r', 'A herd that makes money off grass', []),
    n('ca', 'ns', 'Cattle (Gethin)', [GC]),
    n('c1', 'ca', 'Calving interval 370 days', [NT]),
    n('c2', 'ca', 'Check calving cows every 3 hours overnight', [JR]),
    n('c3', 'ca', "Calves born in a tighter block so they're even at weaning", []),
    n('gr', 'ns', 'Grassland & silage (Rhys)', [GC]),
    n('g1', 'gr', 'Enough clover in the leys to stop buying fertiliser for silage', []),
    n('g2', 'gr', 'Grass: a herd making its money off grass', [CL]),
    n('g3', 'gr', 'Reseed the wet field', [TL]),
    n('of', 'ns', 'Office & records (Mam)', [GC]),
    n('o1', 'of', 'Keep the medicine book up to date', [JR]),
    n('o2', 'of', 'Register calves on BCMS within 27 days', [NT, JR]),
    n('o3', 'of', 'Tighter calving block so the calves are level at weaning', [CL]),
    n('o4', 'of', 'Fill in the medicine records as you go', [JR, CL]),
  ],
  cloneGroups: [['ns', 'g2'], ['c3', 'o3'], ['o1', 'o4']],
};

const P08: Holdout48Plan = {
  name: '2026 plan — lining',
  domain: 'road-marking-contractor',
  nodes: [
    n('r', null, '2026 plan', [GC]),
    n('ns', 'r', "The lining firm councils don't have to chase", []),
    n('nc', 'ns', 'Night crews (Ste)', [GC]),
    n('n1', 'nc', 'Linear metres per shift: 4,000', [NT]),
    n('n2', 'nc', 'Check every gas burner and hose before the truck leaves', [JR]),
    n('n3', 'nc', "Jobs finished in the first night's closure", []),
    n('dc', 'ns', 'Day crews (Bev)', [GC]),
    n('d1', 'dc', 'Linear metres per shift — 3,000 (days)', [NT, CL]),
    n('d2', 'dc', 'Check burners & hoses before each truck leaves the yard', [JR, CL]),
    n('d3', 'dc', 'Playground and school markings as a year-round sideline', []),
    n('of', 'ns', 'Office & estimating (Tina)', [GC]),
    n('o1', 'of', 'Get back to council enquiries in 24 hrs', [NT, JR]),
    n('o2', 'of', 'NHSS 7 audit — no non-conformances', [CO]),
    n('o3', 'of', 'Office: the lining contractor councils never have to chase', [CL]),
    n('o4', 'of', 'Check every burner and hose before the lorry leaves the yard — yard team', [JR, CL]),
  ],
  cloneGroups: [['n1', 'd1'], ['n2', 'd2', 'o4'], ['ns', 'o3']],
};

const P09: Holdout48Plan = {
  name: 'Marches Fuels 2026',
  domain: 'petrol-forecourt',
  nodes: [
    n('r', null, 'Marches Fuels — group plan 2026', [GC]),
    n('ns', 'r', 'The forecourt every village on the A49 depends on', []),
    n('ch', 'ns', 'Church Stretton (Mandy)', [GC]),
    n('ch1', 'ch', 'Fuel volume 3m litres', [NT]),
    n('ch2', 'ch', 'Wetstock recon before 10am every day', [JR]),
    n('ch3', 'ch', 'Stay open till 11 so night shift workers can get fuel', []),
    n('wm', 'ns', 'Wem (Sunil)', [GC]),
    n('wm1', 'wm', 'Fuel volume 2.5m litres', [NT, CL]),
    n('wm2', 'wm', 'Daily wetstock reconciliation done by 10am', [JR, CL]),
    n('wm3', 'wm', 'Petroleum storage certificate renewed', [CO]),
    n('pr', 'ns', 'Pool Road (Dawn)', [GC]),
    n('pr1', 'pr', 'Fuel volume 3.5m litres', [NT, CL]),
    n('pr2', 'pr', 'Fewer drive-offs since the ANPR went in', []),
    n('pr3', 'pr', 'Pool Road: the forecourt every village along the A49 relies on', [CL]),
    n('pr4', 'pr', 'Refit the shop to the new Spar format', [TL]),
  ],
  cloneGroups: [['ch1', 'wm1', 'pr1'], ['ch2', 'wm2'], ['ns', 'pr3']],
};

const P10: Holdout48Plan = {
  name: 'Club objectives to the AGM',
  domain: 'working-mens-club',
  nodes: [
    n('r', null, 'Club objectives to the AGM', [GC]),
    n('ns', 'r', 'Keep the club open for the next generation of Hemsworth people', []),
    n('cm', 'ns', 'Committee (Secretary: Brian)', [GC]),
    n('co1', 'cm', 'Members 450 by AGM', [NT]),
    n('co2', 'cm', "Find a steward who'll live in the flat", []),
    n('co3', 'cm', 'Club premises certificate fee paid', [CO]),
    n('br', 'ns', 'Bar (Steward: Maureen)', [GC]),
    n('b1', 'br', 'Clean the lines every week', [JR]),
    n('b2', 'br', 'Bar gross profit 52%', [NT]),
    n('b3', 'br', 'Bar: keep the club going for the next generation in Hemsworth', [CL]),
    n('en', 'ns', 'Entertainments (Terry)', [GC]),
    n('e1', 'en', 'Make Sunday night turns worth coming out for', []),
    n('e2', 'en', 'Book the turns for the next quarter', [JR]),
    n('e3', 'en', 'Membership — 500 by the AGM', [NT, CL]),
    n('e4', 'en', 'Gross profit on function nights 55%', [NT, CL]),
  ],
  cloneGroups: [['ns', 'b3'], ['co1', 'e3'], ['b2', 'e4']],
};

export const HOLDOUT_48_PLANS: Holdout48Plan[] = [P01, P02, P03, P04, P05, P06, P07, P08, P09, P10];
