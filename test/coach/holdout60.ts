import type { RuleCode } from '../../shared/coach/types';

/**
 * SIXTIETH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * What was read: written blind to the coach's rules by a helper that read only the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (the output of `issues show 10`),
 * lines 1-330 of test/coach/holdout22.ts (its header with the labelling definitions and calls, and the
 * start of its domain union; nothing past line 330, and that file was not grepped),
 * test/coach/report.ts (whole: the Labelled / LabelledPlan shapes and the harness around them), the
 * output of `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the RuleCode type line, the Fix type and
 * the Finding shape) and nothing else of that file, the brief's list of the domains every earlier set
 * used (/tmp/brief/domains.txt, read whole and grepped for candidate names), tsconfig.json, and a
 * listing of the file names in test/coach/. Nothing else was opened: no other file under shared/, not
 * the README, corpus.ts, handbook.ts, reworded.ts, suite.ts, any other holdout*.ts file, the set
 * another helper was writing in parallel, nor anything under test/unit/, test/e2e/, out/, renderer/,
 * electron/ or scripts/. No git command was run. The coach, `cascade lint`, vitest and npm test were
 * never run, on these titles or at all.
 *
 * How it was checked: only with `tsc --noEmit` (node_modules/.bin/tsc, Node 22) on a throw-away
 * tsconfig in /tmp/h60check/ listing this file, a throw-away file that assigns HOLDOUT_60 to
 * Labelled[] and HOLDOUT_60_PLANS to LabelledPlan[] (both imported from report.ts), and a throw-away
 * ambient `declare module '*.bin'` for the `.bin` import that report.ts pulls in through the coach's
 * modules; and with a throw-away counting script kept outside the repo (`node
 * --experimental-strip-types`, importing only this file), which printed the counts below and checked:
 * 25 entries per domain; that every kr-not-measurable and no-key-results label matches its KRs under
 * the definitions below and that no unlabelled entry has such KRs; that every sound entry's explicit
 * KRs have a unit and a target; that every entry copy (goal-clone) has a parent or siblings; that no
 * entry or node carries more than one of compliance / job-requirement / task-listing; plan tree order;
 * that each clone group's original comes first both depth-first and breadth-first; and that only
 * copies carry goal-clone. All throw-away files were deleted afterwards.
 *
 * Domains (20, all beginning with a letter from m to z; none is in the brief's list, and each is kept
 * away from its neighbours there):
 * - marine-salvage (Fal Salvage & Marine, Falmouth: refloating grounded vessels, wreck removal,
 *   pollution salvage, a dive team): salvage, not towage (tug-operator), dredging-contractor,
 *   subsea-cable-repair, oil-spill-response, marine-pilotage, dive-centre or the
 *   architectural-salvage-yard.
 * - oil-refinery (Kestrel Point Refinery on the Thames estuary: crude, hydrotreating, marine fuel,
 *   jet and SAF blending): refines crude, so not energy, industrial-gases, the chemical-distributor,
 *   aviation-fuelling, the heating-oil-distributor or the rapeseed-oil-press.
 * - period-tracker-app (Cyclia, a period and fertility tracking app with a free tier and premium):
 *   consumer health software, not the fertility-clinic, the period-poverty-charity, the dating-app,
 *   the language-app or the home-energy-app.
 * - polo-club (Hurstbourne Park Polo Club: grounds, pony lines, club chukkas, tournaments, a polo
 *   school): a playing club, not the riding-school, livery-yard, racecourse, thoroughbred-stud or
 *   hockey-club.
 * - prison-healthcare (the NHS-commissioned healthcare provider inside HMP Millbrook: primary care,
 *   pharmacy, substance misuse, mental health in-reach): it treats prisoners and does not run the
 *   prison, so not the prison-service, police-custody-suite, gp-practice, substance-misuse-service or
 *   hospital-pharmacy.
 * - reading-volunteers-charity (Read Together: volunteers reading one to one with primary pupils in
 *   schools): children in school, so not adult-literacy, the public-library, the tutoring-agency (paid),
 *   the befriending-charity or the volunteer-centre.
 * - referees-association (Mercia Rugby Referees' Society: recruits, trains, assesses and appoints
 *   match officials): not the rugby-club, the sports-league, the anti-doping-agency or any club.
 * - residents-association (Canal Basin Tenants' & Residents' Association, a council estate of 600
 *   flats): a tenants' voluntary body, not the parish-council (statutory), the housing-association
 *   (a landlord), the park-home-estate, the commoners-association or the village-hall.
 * - roads-policing-unit (a county force's roads policing unit: collisions, impaired driving, ANPR,
 *   serious collision investigation): not neighbourhood-policing, the police-control-room or
 *   police-custody-suite, the speed-camera-partnership or the council's road-safety-team.
 * - sexual-assault-referral-centre (a SARC: forensic medical exams, crisis workers, ISVAs, a
 *   paediatric SARC): not the sexual-health-service, the domestic-abuse-service, the
 *   victim-support-service or the forensic-lab.
 * - shipyard (Carrick Shipyard: builds and refits ferries, workboats and fishing vessels, with a dry
 *   dock): steel ships, not the narrowboat-builder, canoe-builder, aircraft-mro,
 *   ship-classification-society, shipbroker or maritime (shipping).
 * - sub-post-office (Brackley Road Post Office & Stores: a sub-postmaster's counter and a small
 *   shop): not the newsagent, the convenience-store-group, the banking-branch, the courier or the
 *   parcel-locker-network.
 * - tea-room (The Copper Kettle, a market-town tea room: cream teas, lunches, afternoon tea
 *   bookings): not the tea-estate (growing tea), the restaurant-chain, the board-game-cafe, the
 *   bakery-chain or the supper-club.
 * - ultimate-frisbee-club (Riverside Ultimate: mixed, open and women's teams, juniors, beach): a
 *   different sport from every listed club (volleyball-club, netball-club, lacrosse-club and the rest),
 *   and not the sports-league.
 * - vintage-tractor-club (Wolds Vintage Tractor & Engine Club: road runs, a ploughing match, an annual
 *   rally, restorations): not the agricultural-machinery-dealer, the county-show-society, the
 *   heritage-railway, the vintage-clothing-shop or the model clubs.
 * - vpn-provider (Tunnelwise VPN: consumer and small-business VPN apps and a server network): not the
 *   password-manager, parental-control-app, cybersecurity-consultancy, cdn-provider or telecom.
 * - weight-loss-group (Lighter Together: a franchised network of weekly slimming groups run by
 *   consultants in community halls): not the gym-chain, the yoga-studio, the dietetics-service (NHS) or
 *   the meal-kit.
 * - welfare-rights-service (a council's welfare rights unit: benefit checks, mandatory
 *   reconsiderations, tribunal appeals): it wins benefits for residents, so not revenues-benefits
 *   (which pays them), debt-advice, the jobcentre, independent-advocacy or immigration-advisers.
 * - zip-wire-attraction (Zip Valley, a quarry zip wire and aerial trek in North Wales): not the
 *   theme-park, trampoline-park, mtb-trail-centre, skydiving-centre or adventure-playground.
 * - vfx-studio (Northlight VFX, Manchester: visual effects for TV drama and film, compositing, CG,
 *   FX): not the film-studio (stages), archviz-studio, stop-motion-studio, game-studio or the
 *   outside-broadcast-facilities.
 *
 * Counts (printed by the throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_60: 500 objectives (25 per domain), 201 sound (expect [], 40.2%, the largest class: 10
 *   per domain, 11 in ultimate-frisbee-club), 299 with at least one label. Per label: number-title 63,
 *   compliance 54, task-listing 45, job-requirement 45, generic-container 42, kr-not-measurable 23,
 *   no-key-results 22, goal-clone 22. Sixteen entries carry more than one label: number-title +
 *   job-requirement (6), task-listing + kr-not-measurable (2), generic-container + no-key-results (2),
 *   number-title + goal-clone (2), and one each of number-title + compliance, compliance +
 *   kr-not-measurable, job-requirement + goal-clone and number-title + job-requirement + goal-clone.
 *   25 entries have `krs: []`: 20 sound titles (no-key-results), 2 containers (also no-key-results),
 *   and one each of a duty, a task and a compliance title (no no-key-results: the definition excludes
 *   them). 26 entries carry a parent (20 of them sound, 6 copies); 18 carry earlier siblings (2 of them
 *   sound, 16 copies). 20 sound entries carry explicit KRs with a unit and a target (one per domain)
 *   that must not be flagged; the other entries with explicit KRs are the 23 kr-not-measurable ones.
 * - HOLDOUT_60_PLANS: 10 plans, 150 nodes (15 each), 30 clone groups (22 of two, 8 of three; 38
 *   copies); 26 sound nodes. Per label: generic-container 40, goal-clone 38, number-title 35,
 *   job-requirement 25, compliance 10, task-listing 7. More than one label on 27 nodes: number-title +
 *   goal-clone (12), job-requirement + goal-clone (6), number-title + job-requirement (5), number-title
 *   + job-requirement + goal-clone (4).
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
 * - Limits on a duty are number-title + job-requirement ("Answer app store reviews within 48h",
 *   "Do the secondary health screen within seven days of arrival", "Send red card reports to the RFU
 *   within 48 hours of the match", "Respond to abuse and DMCA notices within one business day",
 *   "Return calls on the advice line within two working days", "Answer client notes within 24 hours",
 *   and in plans "Secondary screen done inside 5 days ...", "Call clients back within three working
 *   days ...", "Reply to client notes inside 24h", "Fatal collision files to CPS within 12 weeks").
 *   With a share after it the same limit sits inside a metric's name and the title is number-title
 *   only ("Fatal collision files to CPS within 12 weeks - 90%", "Reception screening done within 24
 *   hours of arrival - 98%", "Forensic exams started within 4 hours of arrival: 90%"). Bare periods,
 *   frequencies and times leave a duty with job-requirement alone ("every 90 days" on key rotation,
 *   "twice a day", "hourly", "each night", "every Wednesday for the trading period", "every quarter",
 *   "by Thursday, every week", "each Monday", "the same week", "a month ahead", "before each shift",
 *   "at the start of each tour of duty", "between every client").
 * - Numbers that are not targets: ages and thresholds ("people over 40", "at 16", "us over-60s",
 *   "under-18s"); grades, levels, tiers and ranks ("Year 4", "Level 5 and below panel", "Tier 1" beside
 *   a target of zero, "class standard", "Finish top 8 at Mixed Tour" (a rank: sound), "TPN Gold");
 *   identifiers, standards, versions and models ("ISO 27701", "ISO 15189", "ISO 17020", "SOC 2 Type II",
 *   "Tank 41", "line 2", "C wing", "Area 3", "A38", "A50", "M1", "v4.0", "Nuke 15", "Day-30" in a
 *   metric's name, "S:\Casualties\2026"); years and periods ("2026", "2026/27", "FY27", "H1", "H2",
 *   "Q3", "by March", "by June", "in September", "at 4am", "next spring", "this summer", "for another
 *   three years", "after their first three months" as a horizon); ordinals ("first call", "the first
 *   weeks after release", "their first season", "their first term", "a second forensic nurse examiner",
 *   "a second compressor", "a second airline", "their second show", "their second year", "its 50th",
 *   "first time"); "one" and "both" as words, not targets ("in one tap", "one buyer", "both boats");
 *   compound modifiers and specs ("80-tonne travel hoist", "3D model", "two-child limit", "multi-year
 *   grant", "on-device").
 * - Targets: values after a metric or comparator ("Salvage revenue £4.8m", "Refinery margin $9/bbl",
 *   "Process safety events (Tier 1) - zero", "MAU 2.4m, premium conversion 6%", "App Store rating 4.7+",
 *   "Subs income up 12% on last season", "Wait for the dentist: 6 weeks max", "Games without a ref -
 *   under 5% any weekend", "Get 60% turnout in the regeneration ballot", "KSI casualties down 10%",
 *   "Self-referrals up 25%", "Order book £38m", "Lost time injuries: 0", "Shop takings £4k a week", "GP
 *   on food 70%", "Riders 120k this season", "Revenue per rider £52", "Bid win rate above 35%", "Raise
 *   £5,000 for the air ambulance ...", "Members 250 by the AGM", "New groups: 25", "ARR $30m", "Trial
 *   to paid 18%"), KR lists folded into a title ("Volunteers: 450, schools: 60, children: 1,200",
 *   "Members 100, juniors 30", "Turnover £14m, margin 12%"); counts of people to find are targets
 *   ("Hire 4 more grooms for the summer", "Recruit 80 new volunteers by September", and in a plan
 *   "Source 60 candidates and hire 2 network engineers"); a percentage on a compliance title is
 *   number-title + compliance ("ILS and safeguarding training compliance 95% across healthcare staff").
 * - Only a metric name is number-title: "Lloyd's Open Form awards won per year", "Energy Intensity
 *   Index", "Day-30 retention", "Cost per child supported", "Referee drop-out rate", "Number of
 *   outstanding repairs on the estate", "Drink-drive arrests per officer", "Time from first call to
 *   ISVA contact", "Man-hours per tonne of steel", "Parcel transactions per week", "Average spend per
 *   head", "Training attendance", "Average weight loss per member", "Weather cancellation rate",
 *   "Shots delivered per artist week", and in a plan "Electrical fit-out man-hours per vessel".
 *   Direction without a quantity is sound ("Cut ...", "Fewer ...", "Reduce ...", "Grow ...", "More
 *   ...", "sooner", "quicker", "in fewer rounds").
 * - Containers: roles, owners' teams, sections, shifts, regions and channels ("Dive team (Kerenza)",
 *   "Wreck removal", "Utilities & offsites (Graham)", "Operations - B shift", "Android (Mateus)",
 *   "Grounds (Pete)", "Primary care (Sister Adebayo)", "Pharmacy", "Volunteer coordinators", "South
 *   Yorkshire hub (Bev)", "Appointments (Gareth)", "Level 5 and below panel", "Kennet House reps (Tunde &
 *   Mary)", "Serious Collision Investigation Unit (DS Kaur)", "Roads crime - nights", "Crisis
 *   workers", "Paediatric SARC (Dr Howells)", "Outfitting (Jim)", "Dry dock", "Counter (Sunita)",
 *   "Shop side", "Kitchen", "Front of house (Jo)", "Juniors (Hannah)", "Rally committee", "Road runs
 *   (Derek)", "Infra / SRE (Kenji)", "Business plans (Marta)", "Consultants - North West (Lisa)",
 *   "Digital", "Appeals & tribunals (Nadia)", "Outreach advisers", "Operations - launch & landing
 *   (Rhys)", "Marketing", "Compositing (Ines)"), and buckets with a period ("Growth squad - Q3",
 *   "Tournaments 2026", "Committee 2026", "Apps - H1", "Welfare rights team - 2026/27 priorities", and
 *   every plan root) are generic-container only. "Committee" and "Pipeline & R&D" with `krs: []` also
 *   carry no-key-results.
 * - Compliance: audits, inspections, accreditations, certifications, registrations, returns,
 *   licences and insurance the organisation undergoes or keeps ("HSE diver medicals in date ...",
 *   "IMCA audit of the dive spread passed", "MCA workboat coding renewed on both boats - Jago", "COMAH
 *   safety report resubmitted to the HSE by March", "Environmental permit annual return to the EA -
 *   filed?", "ISO 27701 certification renewed", "DPIA for the AI symptom checker signed off by the
 *   DPO", "HPA club affiliation renewed", "Fire risk assessment for the clubhouse and stables done",
 *   "CQC and HMIP joint inspection with no requirement notices", "Pre-acceptance audit for clinical
 *   waste completed", "Enhanced DBS check for every volunteer ...", "Accounts and annual return in to
 *   the Charity Commission by January", "DBS for anyone refereeing under-18s", "AGM held and accounts
 *   examined, as the constitution requires", "Public liability insurance for the fun day renewed",
 *   "Council recognition renewed (annual return of officers and accounts)", "Advanced driver
 *   refreshers in date for all traffic officers", "Speed detection devices - calibration certificates
 *   current", "ISO 15189 accreditation for the forensic exam service kept", "FSR Code of Practice
 *   compliance declared", "Lloyd's Register shipyard approval renewed", "LOLER thorough examination of
 *   all the lifting gear", "Welders' coding certificates kept in date", "Post Office branch compliance
 *   audit passed", "EHO visit passed with no actions", "Premises licence renewed so we can keep
 *   serving fizz with afternoon tea" (a licence renewed, whatever it is for), "UK Ultimate affiliation
 *   and insurance renewed", "Road run notified to the police and the council as required", "Event
 *   insurance and risk assessment for the rally signed off", "Boiler certificates in date for the
 *   steam engines before the rally", "Independent no-logs audit passed", "SOC 2 Type II report
 *   renewed", "Every consultant's food hygiene and first aid certificates in date", "ICO data
 *   protection registration renewed", "Advice Quality Standard re-accreditation", "ADIPS inspection and
 *   Declaration of Operational Compliance in date" (with `krs: []`: compliance only), "PAT testing and
 *   fire risk assessment for the café done", "TPN Gold shield assessment passed"); mandatory or required
 *   training ("H2S awareness refresher for all contractors (site rule, mandatory)", "Make sure
 *   everyone's done the annual GDPR training (mandatory)", "Safeguarding training for everyone coaching
 *   juniors (HPA requirement)", "Safeguarding training for all volunteers - mandatory, every two
 *   years", "Every referee's World Rugby concussion module in date (mandatory)", "Officer safety
 *   training refresher for the whole unit (mandatory, annual)" (with an empty KR: also
 *   kr-not-measurable), "AML training done for everyone who serves on the counter (mandatory)",
 *   "Allergen training for all staff (Natasha's Law)", "Welfare officer's safeguarding course done
 *   (required for juniors)", "Security awareness training completed by all staff (mandatory)", "CAP
 *   code training for the marketing team (required by the franchise agreement)", "Data protection
 *   training for all advisers (mandatory, annual)", "Annual rescue training for all instructors
 *   (required by the operating manual)", "Content security training for the whole studio (required by
 *   the studios)").
 * - Duty rather than compliance: the organisation's own routine checks, records and queues are
 *   job-requirement even where a rule lies behind them ("Sample the product tanks before every ship
 *   loads", "Do the daily walk-round of the tank farm and log any weeps", "Keep the controlled drugs
 *   register right", "Check every patrol car's kit at the start of each tour of duty", "Clean and swab
 *   the exam suite between every client", "Inspect the cranes before each shift" (the yard's own
 *   pre-use check; the statutory LOLER examination is compliance), "Keep the welding procedure records
 *   filed for every job", "Do the cash declaration every night" (`krs: []`: duty only), "Balance the
 *   counter every Wednesday ...", "Fridge temperature checks twice a day", "Check every harness and
 *   trolley before opening each morning", "Log wind speeds hourly and stop the rides when it gets above
 *   the limit"). "Mandatory" as part of a name is not compliance: "Lodge a mandatory reconsideration
 *   for every client who wants to challenge a decision" is job-requirement. Upkeep, routines and
 *   queues: "Service the salvage pumps and generators after every job", "Keep the casualty log and
 *   photos up to date on the shared drive ...", "Triage the support inbox every morning", "Roll and
 *   divot the grounds after every match", "Handicaps list to the HPA and members' subs chased - Sue",
 *   "Run the medication hatch twice a day on every wing", "Match new volunteers to schools as they come
 *   through", "Log every session in Beacon the same week", "Do the Saturday appointments every Tuesday
 *   night", "Collect subs and pay travel expenses", "Minute the meetings and put them up on the
 *   noticeboards", "Chase the council on repairs people report to us", "collision log on Niche updated
 *   before going off shift", "Make sure the on-call rota is filled a month ahead", "Face up the shelves
 *   and date-check the fridge", "Cash up and bank the takings every evening", "Collect match fees and
 *   pay the pitch hire", "Team list to the league by Thursday, every week", "Send the newsletter out
 *   every quarter", "Keep the membership list and insurance schedule up to date", "Rotate the server
 *   keys every 90 days", "Weigh members in and record it every week", "Pay the hall hire and send in
 *   the group takings each Monday", "Back up every show's project files to tape each night".
 * - Tasks: events and deliverables as noun phrases ("New lift bags and a second compressor for the
 *   dive spread", "Tank 41 repaint", "New scoreboard by the stick and ball field", "New clinic room on
 *   C wing", "Annual impact report", "Volunteer thank-you evening at the town hall in June" (with a
 *   bare KR: also kr-not-measurable), "New society website", "Annual dinner at the county cricket
 *   ground", "Summer fun day on the green", "Posters up in every block for the AGM", "New ANPR cameras
 *   on the A38 junctions", "Operation Snap upload page refresh", "New colposcope for the adult suite",
 *   "Leaflets in Polish, Romanian and Urdu", "New website with the vessels we've built" (bare KR: also
 *   kr-not-measurable), "New 80-tonne travel hoist", "New Horizon terminal screens fitted", "New coffee
 *   machine" (`krs: []`: task only), "New club kit", "Club marquee", "New recipe book for autumn", "New
 *   online benefits calculator on the council website", "New braking system on line 2", "Showreel for
 *   2026", "Render wrangling dashboard", and in plans "Customer portal for bunker orders", "Paywall
 *   experiment write-up", "New website booking flow"); one-off jobs, migrations, rewrites, launches and
 *   purchases without an effect, in every shape ("write up the MV Carina wreck removal as a case study
 *   ...", "Replace the DCS consoles in the main control room", "Migrate push notifications to the new
 *   provider", "Redesign the calendar screen as per figma.com/file/cal-v3", "Get the car park
 *   resurfaced", "Club website - get it sorted before the season?", "Get the SystmOne templates for
 *   reception sorted", "Set up a WhatsApp group for each block", "Repaint the shop front", "Get the
 *   menus reprinted", "Book the pitches for the summer league", "Organise a hat tournament in
 *   September", "Make sure the rally programme goes to the printers by June", "Write a history of the
 *   club for its 50th", "Migrate billing to Stripe", "Launch the v4.0 Windows client", "Relaunch the
 *   food diary in the app", "Write factsheets on managed migration to Universal Credit", "Build the new
 *   ticket kiosk", "Upgrade to Nuke 15 across the studio"). With an effect they are sound ("Turn the old
 *   tea hut into a members' bar so people stay on after the last chukka", "Open a satellite suite in
 *   Hereford so rural clients aren't travelling half the day", "Move to WireGuard everywhere so phones
 *   stop dropping the tunnel", "Move rendering to the cloud so we can take big shows ...", "Get a cash
 *   machine in so people spend their cash here", "Put a viewing deck by the café so families can watch
 *   riders land", "Run benefit checks at the food bank so people get help where they already are",
 *   "Get the Fordson restoration finished so it can go to shows", "Turnaround 2027: hand the units back
 *   on time so the market isn't short of diesel in the spring", "A perimenopause mode that people over
 *   40 actually stick with").
 * - Sound despite a trap word: a hire or a recruit in seventeen domains (all but the residents'
 *   association and the two volunteer clubs, ultimate-frisbee-club and vintage-tractor-club), several
 *   naming a trap word ("Hire a process safety engineer with COMAH experience so we stop relying on consultants
 *   for the safety report", "Hire a rope access technician of our own so line inspections don't stop
 *   us opening", "Hire a clinical lead (ob-gyn) so the health content is checked by someone who
 *   knows"); an audit as the customer's reading rather than the company's ordeal ("Make our no-logs
 *   audit result something customers actually read and believe", beside "Independent no-logs audit
 *   passed", compliance); a permit as a process to improve ("Make the permit-to-work system quicker for
 *   contractors", with an empty KR: kr-not-measurable only); training with an effect ("Train the dive
 *   team in hot tapping so we can take fuel off wrecks ourselves ...", "Train panel operators on the new
 *   simulator so upsets are caught ...", "Train wing officers to spot spice toxicity ...", "Train
 *   volunteers to notice when a child might need glasses ...", "Train assessors to coach rather than
 *   just mark ...", "Train response officers to do roadside drug wipes ...", "Train GP receptionists to
 *   refer people to us ...", "Train the Saturday girls so table service stays quick ...", "Train our
 *   captains to coach ...", "Teach new members to drive in convoy ...", "Train consultants to talk
 *   about weight without shaming anyone", "Train housing officers to spot unclaimed benefits ...",
 *   "Train the launch team to calm nervous riders ...", "Train juniors in comp so they're billable by
 *   their second show", "Get apprentices welding to class standard ..."); "keep" of an outcome ("Keep
 *   the MoD salvage standby contract when it's retendered", "Keep our licence to operate with the
 *   neighbours" (a figure of speech, with a sound KR), "Keep free users after their first three
 *   months", "Keep the Gold Cup sponsor ...", "Keep the dental wait short enough ...", "Keep volunteers
 *   coming back ...", "Keep new referees past their first season", "Keep the youth club open ...",
 *   "Keep motorcyclists alive on the Peak routes this summer", "Keep the dry dock busy through the
 *   winter", "Keep a post office in the village when I retire", "Keep the regulars when the rent goes
 *   up ...", "Keep students playing after they graduate", "Keep the ploughing match going ...", "Keep
 *   streaming unblocked ...", "Help members keep the weight off ...", "Keep members coming through
 *   January ...", "Keep the service funded after the Household Support Fund ends", "Keep riders coming
 *   back for the night rides", "Keep the regional tax relief uplift ..."); "make sure" of an outcome
 *   ("Make sure older people on our estates are claiming the Pension Credit they're owed"); a change to
 *   how every client is served ("Get every client an ISVA before they leave the building, not weeks
 *   later by letter").
 * - Copies in entries (22): the parent's goal reworded with a team prefix or synonyms (six: "Dive team
 *   - get grounded fishing vessels off ...", "Data science: more accurate period predictions for
 *   irregular cycles", "Development group - keep new refs going beyond season one", "Traffic - get
 *   drink/drug drivers off our roads ...", "Consultants: help members keep the weight off once they hit
 *   target", "Talent: stop artists leaving us for London"); an earlier sibling repeated with synonyms or
 *   reordering (twelve: flaring, pony injuries, hep C, working-age volunteers, the Avon Court dealers,
 *   male survivors, handing over new builds, the parcel trade, quiet midweek afternoons, holiday camps,
 *   streaming unblocked, medical evidence for tribunals); the same metric with another number and
 *   another scope, keeping number-title (two: self-referrals from under-18s, £2,500 for the air
 *   ambulance at the ploughing match); an earlier sibling's duty reworded, keeping its labels (two:
 *   harness and trolley checks, keeping job-requirement; advice line call-backs within two working
 *   days, keeping number-title + job-requirement). In plans (30 groups, 38 copies): the North Star
 *   repeated by a team, in every plan (ten groups, six of them of three); cousins' duties reworded,
 *   keeping job-requirement (six groups: tank farm walk-round, patrol car kit checks, crane
 *   inspections, server key rotation, weigh-ins, harness checks); cousins' limited duties with another
 *   limit, keeping number-title + job-requirement (four groups: app review replies, the secondary health
 *   screen, advice line call-backs, client notes); the same metric with another number or scope,
 *   keeping number-title (ten groups: crude throughput, premium conversion, hep C treatment, KSI
 *   casualties, man-hours per tonne, "Source N candidates and hire M ..." (three), new groups, client
 *   financial gains (three), riders, shots per artist week).
 * - Not copies: sharper children under their parent (20 sound entries carry a parent); siblings that
 *   share a theme but not a goal ("Get medication in possession working safely ..." after reducing
 *   self-harm, "Open through the winter without losing money" after filling midweek slots); in
 *   entries, the same organisation's two sides of a theme ("Independent no-logs audit passed" and the
 *   sound no-logs audit title); in plans, a new
 *   metric beside an old one ("Marine fuel sales 1.2m tonnes", "Electrical fit-out man-hours per
 *   vessel", "Drink-drive arrests per officer", "Tribunal success rate 75%"), a different duty of the
 *   same team ("Triage the support inbox every morning" beside the review replies, "Controlled drugs
 *   register kept right" beside the hatch), sound goals near the North Star but not it, and containers
 *   differing only in region ("North West region (Lisa)" / "Midlands region (Gurpreet)").
 * - kr-not-measurable follows the definition literally: placeholder or empty KRs with no quantity in
 *   their titles, on twenty outcome titles, on two tasks and on one compliance title. Not flagged: KRs
 *   with a unit and a target (one sound entry per domain), including one whose current is 0 ("Positive
 *   breath tests from stops in December", 120 -> 180), one from a start of 0 ("Extra annual income
 *   secured for residents", £0 -> £1.2m) and one from a negative start ("Rally surplus after costs",
 *   -£800 -> £1,500).
 * - Plans reuse some entries' wording: plans and entries are scored apart.
 * - Spelling and voice: British spellings ("centre", "licence", "programme", "organise"), shorthand
 *   and jargon ("P&I", "LOF", "$9/bbl", "kbd", "SAF", "MAU", "DPIA", "HPA", "ISVA", "SARC", "KSI",
 *   "ANPR", "LOLER", "GP" for gross profit, "ARR", "AQS", "ADIPS", "TPN", "comp", "48h", "£4k", "120k"),
 *   lowercase starts as people type them ("write up the MV Carina ...", "collision log on Niche ..."),
 *   question-like fragments ("... to the EA - filed?", "Club website - get it sorted before the
 *   season?"), owners after a dash ("- Jago", "- Sue", "- launch team"), long prose lines with "so",
 *   typos kept as written ("assesments", "seperate"), a Figma link and a Windows path inside titles.
 *   None changes a label.
 */

export type Holdout60Domain =
  | 'marine-salvage'
  | 'oil-refinery'
  | 'period-tracker-app'
  | 'polo-club'
  | 'prison-healthcare'
  | 'reading-volunteers-charity'
  | 'referees-association'
  | 'residents-association'
  | 'roads-policing-unit'
  | 'sexual-assault-referral-centre'
  | 'shipyard'
  | 'sub-post-office'
  | 'tea-room'
  | 'ultimate-frisbee-club'
  | 'vintage-tractor-club'
  | 'vpn-provider'
  | 'weight-loss-group'
  | 'welfare-rights-service'
  | 'zip-wire-attraction'
  | 'vfx-studio';

/** A key result as the harness reads it: missing numbers fall back to 0 -> 100, current 0, no unit. */
export interface Holdout60Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout60Entry {
  title: string;
  domain: Holdout60Domain;
  expect: RuleCode[];
  parent?: string;
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout60Kr[];
}

export interface Holdout60PlanNode {
  key: string;
  parentKey?: string | null;
  title: string;
  expect: RuleCode[];
}

export interface Holdout60Plan {
  name: string;
  domain: Holdout60Domain;
  nodes: Holdout60PlanNode[];
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

type Extra = Pick<Holdout60Entry, 'parent' | 'siblings' | 'krs'>;
const entriesOf =
  (domain: Holdout60Domain) =>
  (title: string, expect: RuleCode[], extra: Extra = {}): Holdout60Entry => ({ title, domain, expect, ...extra });

/** An empty KR (0, 0, 0) and an untouched one (no numbers, no unit), for kr-not-measurable. */
const emptyKr = (title: string): Holdout60Kr => ({ title, unit: '', start: 0, target: 0, current: 0 });
const bareKr = (title: string): Holdout60Kr => ({ title });

// ---------------------------------------------------------------------------------------------
// marine-salvage: Fal Salvage & Marine, Falmouth (refloating, wreck removal, pollution salvage)
// ---------------------------------------------------------------------------------------------
const ms = entriesOf('marine-salvage');
const MARINE_SALVAGE: Holdout60Entry[] = [
  ms("Be the first call for P&I clubs when a ship goes aground between Land's End and Portland", []),
  ms("Get grounded fishing boats off the rocks before the next spring tide so owners don't lose the hull", []),
  ms("Hire a salvage master of our own so we stop borrowing one from Rotterdam on the big jobs", []),
  ms("Win the wreck removal work from the harbour authorities along the south coast", []),
  ms("Keep the MoD salvage standby contract when it's retendered next spring", []),
  ms("Cut the time from first call to a team and kit on scene", []),
  ms("Train the dive team in hot tapping so we can take fuel off wrecks ourselves instead of subcontracting it", []),
  ms("Pollution salvage - stop leaking wrecks turning into a beach clean story on the news", []),
  ms("Lift sunk yachts in marinas without wrecking the pontoons around them", [], {
    parent: "Become the salvor marinas trust after a storm",
  }),
  ms("Make refloating cheaper than writing the boat off for more owners", [], {
    krs: [
      { title: "Casualties refloated and handed back to owners", unit: "vessels", start: 14, target: 22, current: 15 },
      { title: "Average salvage bill as a % of hull value", unit: "%", start: 38, target: 30, current: 37 },
    ],
  }),
  ms("Turn the Falmouth yard into the base for wreck removal in Cornwall", [NK], { krs: [] }),
  ms("Get better at first salvage assesments in bad weather", [KM], { krs: [bareKr("Assessments improved")] }),
  ms("Salvage revenue £4.8m (Dave)", [NT]),
  ms("Lloyd's Open Form awards won per year", [NT]),
  ms("Response to casualties: on scene in under 6 hours on 90% of call outs", [NT]),
  ms("Dive team (Kerenza)", [GC]),
  ms("Wreck removal", [GC]),
  ms("New lift bags and a second compressor for the dive spread", [TL]),
  ms("write up the MV Carina wreck removal as a case study for the website", [TL]),
  ms("Service the salvage pumps and generators after every job", [JR]),
  ms("Keep the casualty log and photos up to date on the shared drive (S:\\Casualties\\2026)", [JR]),
  ms("HSE diver medicals in date for everyone on the dive team", [CO]),
  ms("IMCA audit of the dive spread passed", [CO]),
  ms("MCA workboat coding renewed on both boats - Jago", [CO]),
  ms("Dive team - get grounded fishing vessels off before the next big spring tide so owners keep their hulls", [CL], {
    parent: "Get grounded fishing boats off the rocks before the next spring tide so owners don't lose the hull",
  }),
];

// ---------------------------------------------------------------------------------------------
// oil-refinery: Kestrel Point Refinery, Thames estuary (crude, hydrotreating, marine fuel, jet)
// ---------------------------------------------------------------------------------------------
const or = entriesOf('oil-refinery');
const OIL_REFINERY: Holdout60Entry[] = [
  or("Make Kestrel Point the supplier of choice for low-sulphur marine fuel on the Thames", []),
  or("Run the crude unit through the winter without an unplanned shutdown", []),
  or("Hire a process safety engineer with COMAH experience so we stop relying on consultants for the safety report", []),
  or("Cut flaring so the estate stops ringing us about the noise and the glow", []),
  or("Blend more SAF into jet so we're ready for the airport deal", []),
  or("Get the hydrotreater back to design throughput so we can run cheaper sour crudes", []),
  or("Turnaround 2027: hand the units back on time so the market isn't short of diesel in the spring", []),
  or("Train panel operators on the new simulator so upsets are caught before the relief valves lift", []),
  or("Recover heat from the vacuum unit to preheat the crude", [], { parent: "Burn less energy per barrel" }),
  or("Keep our licence to operate with the neighbours", [], {
    krs: [{ title: "Odour complaints from Corringham residents", unit: "complaints", start: 46, target: 15, current: 40 }],
  }),
  or("Sell our sulphur to fertiliser makers instead of paying to get rid of it", [NK], { krs: [] }),
  or("Make the permit-to-work system quicker for contractors", [KM], { krs: [emptyKr("Faster permits")] }),
  or("Refinery margin $9/bbl", [NT]),
  or("Energy Intensity Index", [NT]),
  or("Process safety events (Tier 1) - zero", [NT]),
  or("Utilities & offsites (Graham)", [GC]),
  or("Operations - B shift", [GC]),
  or("Replace the DCS consoles in the main control room", [TL]),
  or("Tank 41 repaint", [TL]),
  or("Do the daily walk-round of the tank farm and log any weeps", [JR]),
  or("Sample the product tanks before every ship loads", [JR]),
  or("COMAH safety report resubmitted to the HSE by March", [CO]),
  or("Environmental permit annual return to the EA - filed?", [CO]),
  or("H2S awareness refresher for all contractors (site rule, mandatory)", [CO]),
  or("Reduce flaring so people on the estate stop ringing about the noise and light", [CL], {
    siblings: ["Cut flaring so the estate stops ringing us about the noise and the glow"],
  }),
];

// ---------------------------------------------------------------------------------------------
// period-tracker-app: Cyclia, a period and fertility tracking app (free tier and premium)
// ---------------------------------------------------------------------------------------------
const pt = entriesOf('period-tracker-app');
const PERIOD_TRACKER_APP: Holdout60Entry[] = [
  pt("Make Cyclia the app people trust with their cycle data", []),
  pt("Predict periods more accurately for people with irregular cycles", []),
  pt("Get GPs recommending Cyclia to patients with PCOS", []),
  pt("Hire a clinical lead (ob-gyn) so the health content is checked by someone who knows", []),
  pt("Keep free users after their first three months", []),
  pt("Let users delete all their data in one tap so nobody worries about where it goes", []),
  pt("A perimenopause mode that people over 40 actually stick with", []),
  pt("Grow premium subscriptions in Germany and the Nordics", []),
  pt("Show fertile windows people can rely on even when their cycles vary", [], {
    parent: "Make Cyclia useful for people trying to conceive",
  }),
  pt("Make onboarding something people finish", [], {
    krs: [{ title: "New users completing onboarding", unit: "%", start: 54, target: 70, current: 55 }],
  }),
  pt("Earn the trust of privacy-minded users in the US", [NK], { krs: [] }),
  pt("Make symptom logging feel less like homework", [KM], { krs: [bareKr("Logging is easier")] }),
  pt("MAU 2.4m, premium conversion 6%", [NT]),
  pt("Day-30 retention", [NT]),
  pt("App Store rating 4.7+", [NT]),
  pt("Growth squad - Q3", [GC]),
  pt("Android (Mateus)", [GC]),
  pt("Migrate push notifications to the new provider", [TL]),
  pt("Redesign the calendar screen as per figma.com/file/cal-v3", [TL]),
  pt("Answer app store reviews within 48h", [NT, JR]),
  pt("Triage the support inbox every morning", [JR]),
  pt("ISO 27701 certification renewed", [CO]),
  pt("DPIA for the AI symptom checker signed off by the DPO", [CO]),
  pt("Make sure everyone's done the annual GDPR training (mandatory)", [CO]),
  pt("Data science: more accurate period predictions for irregular cycles", [CL], {
    parent: "Predict periods more accurately for people with irregular cycles",
  }),
];

// ---------------------------------------------------------------------------------------------
// polo-club: Hurstbourne Park Polo Club (grounds, pony lines, club chukkas, polo school)
// ---------------------------------------------------------------------------------------------
const pc = entriesOf('polo-club');
const POLO_CLUB: Holdout60Entry[] = [
  pc("Get more local families watching Sunday polo so the club isn't only for members", []),
  pc("Make the polo school the way new players come into the club", []),
  pc("Keep the Gold Cup sponsor for another three years", []),
  pc("Hire a head groom who can run the pony lines without Charlotte checking everything", []),
  pc("Grounds that play fast and true even in a dry August", []),
  pc("Bring juniors through to club chukkas instead of losing them at 16", []),
  pc("Fewer pony injuries on the hard ground in high summer", []),
  pc("Turn the old tea hut into a members' bar so people stay on after the last chukka", []),
  pc("Fill the arena league with corporate teams on Thursday nights", [], {
    parent: "Make arena polo pay for the winter",
  }),
  pc("Get the ground fit for higher-goal tournaments", [], {
    krs: [{ title: "Tournament days lost to ground conditions", unit: "days", start: 6, target: 1, current: 5 }],
  }),
  pc("Make visitors feel welcome at the clubhouse, not just members", [NK], { krs: [] }),
  pc("Improve pony welfare on match days", [KM], { krs: [emptyKr("Welfare better")] }),
  pc("Club website - get it sorted before the season?", [TL]),
  pc("Subs income up 12% on last season", [NT]),
  pc("Hire 4 more grooms for the summer", [NT]),
  pc("Grounds (Pete)", [GC]),
  pc("Tournaments 2026", [GC]),
  pc("New scoreboard by the stick and ball field", [TL]),
  pc("Get the car park resurfaced", [TL]),
  pc("Roll and divot the grounds after every match", [JR]),
  pc("Handicaps list to the HPA and members' subs chased - Sue", [JR]),
  pc("HPA club affiliation renewed", [CO]),
  pc("Safeguarding training for everyone coaching juniors (HPA requirement)", [CO]),
  pc("Fire risk assessment for the clubhouse and stables done", [CO]),
  pc("Cut pony injuries from hard going in July and August", [CL], {
    siblings: ["Fewer pony injuries on the hard ground in high summer"],
  }),
];

// ---------------------------------------------------------------------------------------------
// prison-healthcare: the NHS-commissioned healthcare provider at HMP Millbrook (a category B local)
// ---------------------------------------------------------------------------------------------
const ph = entriesOf('prison-healthcare');
const PRISON_HEALTHCARE: Holdout60Entry[] = [
  ph("Get every man on opiate substitution a community prescriber lined up before he's released", []),
  ph("Fewer men dying of an overdose in the first weeks after release", []),
  ph("Hire a mental health nurse for the segregation unit so people down there are seen properly", []),
  ph("Make healthcare appointments something the wings stop cancelling for lack of officers", []),
  ph("Find hep C in everyone who has it and treat them before they leave", []),
  ph("Keep the dental wait short enough that nobody's in pain for weeks", []),
  ph("Train wing officers to spot spice toxicity so they call a code blue sooner", []),
  ph("Get medication in possession working safely so nurses spend less time on hatch queues", [], {
    siblings: ["Reduce self-harm on the wings"],
  }),
  ph("Stop people being released on a Friday without their medication", [], {
    parent: "Better continuity of care when people leave prison",
  }),
  ph("Reduce self-harm on the wings", [], {
    krs: [{ title: "Self-harm incidents per 100 prisoners per month", unit: "incidents", start: 9, target: 6, current: 8.5 }],
  }),
  ph("Make the in-reach team the first people men talk to when they're struggling", [NK], { krs: [] }),
  ph("Improve how we handle healthcare complaints from prisoners", [KM], { krs: [bareKr("Complaints handled better")] }),
  ph("Reception screening done within 24 hours of arrival - 98%", [NT]),
  ph("Wait for the dentist: 6 weeks max", [NT]),
  ph("Primary care (Sister Adebayo)", [GC]),
  ph("Pharmacy", [GC]),
  ph("New clinic room on C wing", [TL]),
  ph("Get the SystmOne templates for reception sorted", [TL]),
  ph("Run the medication hatch twice a day on every wing", [JR]),
  ph("Do the secondary health screen within seven days of arrival", [NT, JR]),
  ph("Keep the controlled drugs register right", [JR]),
  ph("CQC and HMIP joint inspection with no requirement notices", [CO]),
  ph("ILS and safeguarding training compliance 95% across healthcare staff", [NT, CO]),
  ph("Pre-acceptance audit for clinical waste completed", [CO]),
  ph("Test and treat hepatitis C in all prisoners before release", [CL], {
    siblings: ["Find hep C in everyone who has it and treat them before they leave"],
  }),
];

// ---------------------------------------------------------------------------------------------
// reading-volunteers-charity: Read Together, volunteers reading one to one with primary pupils
// ---------------------------------------------------------------------------------------------
const rv = entriesOf('reading-volunteers-charity');
const READING_VOLUNTEERS_CHARITY: Holdout60Entry[] = [
  rv("Get children who've fallen behind reading for pleasure by the end of Year 4", []),
  rv("Recruit volunteers from the big employers in town so we aren't only retired teachers", []),
  rv("Be in every primary in Barnsley that wants us", []),
  rv("Keep volunteers coming back after their first term", []),
  rv("Show schools the difference a year of reading with a volunteer makes to a child", []),
  rv("Train volunteers to notice when a child might need glasses or a hearing test so schools can follow it up", []),
  rv("Win a multi-year grant so we stop living year to year", []),
  rv("Take reading sessions into the holidays so kids don't slip back over the summer", []),
  rv("Let children take the books they've read with us home to keep", [], {
    parent: "More children choosing to read at home",
  }),
  rv("Help the children we read with catch up", [], {
    krs: [{ title: "Children reading at the expected level after a year", unit: "%", start: 31, target: 50, current: 33 }],
  }),
  rv("Make volunteering fit round shift workers and parents", [NK], { krs: [] }),
  rv("Volunteer thank-you evening at the town hall in June", [TL, KM], { krs: [bareKr("Evening held")] }),
  rv("Volunteers: 450, schools: 60, children: 1,200", [NT]),
  rv("Cost per child supported", [NT]),
  rv("Recruit 80 new volunteers by September", [NT]),
  rv("Volunteer coordinators", [GC]),
  rv("South Yorkshire hub (Bev)", [GC]),
  rv("Annual impact report", [TL]),
  rv("Match new volunteers to schools as they come through", [JR]),
  rv("Log every session in Beacon the same week", [JR]),
  rv("Enhanced DBS check for every volunteer before they go into a school", [CO]),
  rv("Accounts and annual return in to the Charity Commission by January", [CO]),
  rv("Safeguarding training for all volunteers - mandatory, every two years", [CO]),
  rv("Improve how schools see the programme", [KM], { krs: [emptyKr("Schools are happier")] }),
  rv("Get more working-age volunteers from local employers, not just retired teachers", [CL], {
    siblings: ["Recruit volunteers from the big employers in town so we aren't only retired teachers"],
  }),
];

// ---------------------------------------------------------------------------------------------
// referees-association: Mercia Rugby Referees' Society (recruits, trains, assesses, appoints)
// ---------------------------------------------------------------------------------------------
const ra = entriesOf('referees-association');
const REFEREES_ASSOCIATION: Holdout60Entry[] = [
  ra("Have a referee at every community game on a Saturday so clubs stop handing a parent the whistle", []),
  ra("Keep new referees past their first season", []),
  ra("Get more women refereeing men's community rugby", []),
  ra("Make abuse of referees something clubs deal with, not just us", []),
  ra("Find a development officer the RFU will part-fund so every new ref gets a mentor", []),
  ra("Get Mercia referees promoted onto the national panel again", []),
  ra("Make appointments a week ahead so refs can plan their weekends", []),
  ra("Train assessors to coach rather than just mark, so referees actually improve between games", []),
  ra("Run a refereeing module with the sixth form colleges so students count it towards their sports leaders award", [], {
    parent: "Get young referees from schools into the society",
  }),
  ra("Cover more games with a qualified referee", [], {
    krs: [{ title: "Community fixtures covered by an appointed referee", unit: "%", start: 72, target: 90, current: 74 }],
  }),
  ra("Make referees feel backed when they send someone off", [NK], { krs: [] }),
  ra("Improve the match-day welcome for referees at clubs", [KM], { krs: [bareKr("Better welcome at clubs")] }),
  ra("Active referees 310 by May", [NT]),
  ra("Referee drop-out rate", [NT]),
  ra("Games without a ref - under 5% any weekend", [NT]),
  ra("Appointments (Gareth)", [GC]),
  ra("Level 5 and below panel", [GC]),
  ra("New society website", [TL]),
  ra("Annual dinner at the county cricket ground", [TL]),
  ra("Do the Saturday appointments every Tuesday night", [JR]),
  ra("Send red card reports to the RFU within 48 hours of the match", [NT, JR]),
  ra("Collect subs and pay travel expenses", [JR]),
  ra("Every referee's World Rugby concussion module in date (mandatory)", [CO]),
  ra("DBS for anyone refereeing under-18s", [CO]),
  ra("Development group - keep new refs going beyond season one", [CL], {
    parent: "Keep new referees past their first season",
  }),
];

// ---------------------------------------------------------------------------------------------
// residents-association: Canal Basin Tenants' & Residents' Association (a council estate, 600 flats)
// ---------------------------------------------------------------------------------------------
const rs = entriesOf('residents-association');
const RESIDENTS_ASSOCIATION: Holdout60Entry[] = [
  rs("Get the council to fix the lifts in Kennet House so older residents aren't stuck indoors", []),
  rs("Make the estate somewhere people want to stay rather than bid to move off", []),
  rs("Get young people onto the committee so it isn't just us over-60s", []),
  rs("Stop the drug dealing in the Avon Court stairwells", []),
  rs("Win the old garage site for a community garden", []),
  rs("Keep the youth club open when the council cuts its grant", []),
  rs("Have repairs done right first time so people don't keep taking days off to wait in for the same leak", []),
  rs("Get residents a real say on the refurbishment before the plans are signed off", []),
  rs("Get the towpath lights fixed so people can walk home from the station", [], {
    parent: "Make the estate feel safe after dark",
  }),
  rs("Get more residents involved in the TRA", [], {
    krs: [{ title: "Households who are members", unit: "households", start: 85, target: 150, current: 92 }],
  }),
  rs("Make the TRA the first place people come with a problem", [NK], { krs: [] }),
  rs("Improve communication with residents who don't speak English", [KM], { krs: [emptyKr("Communication improved")] }),
  rs("Posters up in every block for the AGM", [TL]),
  rs("Number of outstanding repairs on the estate", [NT]),
  rs("Get 60% turnout in the regeneration ballot", [NT]),
  rs("Committee", [GC, NK], { krs: [] }),
  rs("Kennet House reps (Tunde & Mary)", [GC]),
  rs("Summer fun day on the green", [TL]),
  rs("Set up a WhatsApp group for each block", [TL]),
  rs("Minute the meetings and put them up on the noticeboards", [JR]),
  rs("Chase the council on repairs people report to us", [JR]),
  rs("AGM held and accounts examined, as the constitution requires", [CO]),
  rs("Public liability insurance for the fun day renewed", [CO]),
  rs("Council recognition renewed (annual return of officers and accounts)", [CO]),
  rs("Get the dealers out of the Avon Court stairwells", [CL], {
    siblings: ["Stop the drug dealing in the Avon Court stairwells"],
  }),
];

// ---------------------------------------------------------------------------------------------
// roads-policing-unit: a county force's roads policing unit (collisions, impaired driving, ANPR)
// ---------------------------------------------------------------------------------------------
const rp = entriesOf('roads-policing-unit');
const ROADS_POLICING_UNIT: Holdout60Entry[] = [
  rp("Fewer people killed or seriously injured on the county's A-roads", []),
  rp("Take drink and drug drivers off the road before they hurt someone", []),
  rp("Get collision scenes reopened sooner without losing evidence", []),
  rp("Make ANPR alerts lead to stops instead of being ignored", []),
  rp("Recruit a forensic collision investigator so we're not waiting on the neighbouring force", []),
  rp("Keep motorcyclists alive on the Peak routes this summer", []),
  rp("Train response officers to do roadside drug wipes so more drivers get tested", []),
  rp("Disrupt the county lines gangs using the M1 corridor", []),
  rp("Seize more uninsured vehicles from known offenders", [], { parent: "Deny criminals the use of the roads" }),
  rp("Catch more drink drivers over Christmas", [], {
    krs: [{ title: "Positive breath tests from stops in December", unit: "drivers", start: 120, target: 180, current: 0 }],
  }),
  rp("Families of people killed on the roads feel kept informed", [NK], { krs: [] }),
  rp("Officer safety training refresher for the whole unit (mandatory, annual)", [CO, KM], {
    krs: [emptyKr("Refresher done")],
  }),
  rp("KSI casualties down 10%", [NT]),
  rp("Drink-drive arrests per officer", [NT]),
  rp("Fatal collision files to CPS within 12 weeks - 90%", [NT]),
  rp("Serious Collision Investigation Unit (DS Kaur)", [GC]),
  rp("Roads crime - nights", [GC]),
  rp("New ANPR cameras on the A38 junctions", [TL]),
  rp("Operation Snap upload page refresh", [TL]),
  rp("Check every patrol car's kit at the start of each tour of duty", [JR]),
  rp("collision log on Niche updated before going off shift", [JR]),
  rp("Advanced driver refreshers in date for all traffic officers", [CO]),
  rp("Speed detection devices - calibration certificates current", [CO]),
  rp("Improve our presence on rural roads", [KM], { krs: [bareKr("More visible patrols")] }),
  rp("Traffic - get drink/drug drivers off our roads before they kill someone", [CL], {
    parent: "Take drink and drug drivers off the road before they hurt someone",
  }),
];

// ---------------------------------------------------------------------------------------------
// sexual-assault-referral-centre: a SARC (forensic medical exams, crisis workers, ISVAs, paediatric SARC)
// ---------------------------------------------------------------------------------------------
const sa = entriesOf('sexual-assault-referral-centre');
const SEXUAL_ASSAULT_REFERRAL_CENTRE: Holdout60Entry[] = [
  sa("Let people who've been raped have a forensic exam without having to report to the police first", []),
  sa("See children at the paediatric SARC without a long drive across the county", []),
  sa("Get every client an ISVA before they leave the building, not weeks later by letter", []),
  sa("Hire a second forensic nurse examiner for nights so nobody has to wait till morning", []),
  sa("Make more survivors feel able to report when they're ready", []),
  sa("Reach men and boys who don't think a SARC is for them", []),
  sa("Train GP receptionists to refer people to us instead of sending them to A&E", []),
  sa("Get aftercare - sexual health, counselling - booked before the client goes home", []),
  sa("Open a satellite suite in Hereford so rural clients aren't travelling half the day", [], {
    parent: "Make the SARC easier to reach for people in rural areas",
  }),
  sa("Cut the wait for a forensic exam", [], {
    krs: [{ title: "Median wait from call to exam", unit: "hours", start: 5, target: 3, current: 4.5 }],
  }),
  sa("Make survivors with learning disabilities feel understood here", [NK], { krs: [] }),
  sa("Improve feedback from clients at follow up", [KM], { krs: [emptyKr("Feedback better")] }),
  sa("Self-referrals up 25%", [NT]),
  sa("Forensic exams started within 4 hours of arrival: 90%", [NT]),
  sa("Time from first call to ISVA contact", [NT]),
  sa("Crisis workers", [GC]),
  sa("Paediatric SARC (Dr Howells)", [GC]),
  sa("New colposcope for the adult suite", [TL]),
  sa("Leaflets in Polish, Romanian and Urdu", [TL]),
  sa("Clean and swab the exam suite between every client", [JR]),
  sa("Make sure the on-call rota is filled a month ahead", [JR]),
  sa("ISO 15189 accreditation for the forensic exam service kept", [CO]),
  sa("FSR Code of Practice compliance declared", [CO]),
  sa("Get more male survivors, men and boys, to see the SARC is for them too", [CL], {
    siblings: ["Reach men and boys who don't think a SARC is for them"],
  }),
  sa("Self-referrals from under-18s up 40%", [NT, CL], { siblings: ["Self-referrals up 25%"] }),
];

// ---------------------------------------------------------------------------------------------
// shipyard: Carrick Shipyard (builds and refits ferries, workboats and fishing vessels; dry dock)
// ---------------------------------------------------------------------------------------------
const sy = entriesOf('shipyard');
const SHIPYARD: Holdout60Entry[] = [
  sy("Win the ferry replacement order for the Scilly service", []),
  sy("Deliver hulls on the date we promised so owners stop adding penalty clauses", []),
  sy("Bring steelwork back in-house so we're not at the mercy of the fabricators", []),
  sy("Hire a naval architect so we can design our own workboats", []),
  sy("Get apprentices welding to class standard by the end of their second year", []),
  sy("Keep the dry dock busy through the winter", []),
  sy("Be the yard fishermen come to for a hybrid conversion", []),
  sy("Cut rework on pipework by getting the 3D model right before we cut steel", []),
  sy("Price refits from a survey, not a guess, so we stop eating the overruns", [], {
    parent: "Make refits profitable again",
  }),
  sy("Finish refits on time", [], {
    krs: [{ title: "Refits handed back on or before the contract date", unit: "%", start: 55, target: 80, current: 58 }],
  }),
  sy("Make the yard somewhere young welders want to work", [NK], { krs: [] }),
  sy("New website with the vessels we've built", [TL, KM], { krs: [bareKr("Website live")] }),
  sy("Order book £38m", [NT]),
  sy("Man-hours per tonne of steel", [NT]),
  sy("Lost time injuries: 0", [NT]),
  sy("Outfitting (Jim)", [GC]),
  sy("Dry dock", [GC]),
  sy("New 80-tonne travel hoist", [TL]),
  sy("Inspect the cranes before each shift", [JR]),
  sy("Keep the welding procedure records filed for every job", [JR]),
  sy("Lloyd's Register shipyard approval renewed", [CO]),
  sy("LOLER thorough examination of all the lifting gear", [CO]),
  sy("Welders' coding certificates kept in date", [CO]),
  sy("Improve how we hand vessels over to owners", [KM], { krs: [bareKr("Better handovers")] }),
  sy("Hand new builds over when we said we would, so owners drop the penalty clauses", [CL], {
    siblings: ["Deliver hulls on the date we promised so owners stop adding penalty clauses"],
  }),
];

// ---------------------------------------------------------------------------------------------
// sub-post-office: Brackley Road Post Office & Stores (a sub-postmaster's counter and small shop)
// ---------------------------------------------------------------------------------------------
const po = entriesOf('sub-post-office');
const SUB_POST_OFFICE: Holdout60Entry[] = [
  po("Get the older customers who lost their bank branch doing their banking with us", []),
  po("Become the drop-off point for the eBay sellers on the industrial estate", []),
  po("Make the shop side pay its way so we don't depend on the Post Office money", []),
  po("Keep a post office in the village when I retire", []),
  po("Hire someone I can trust to run the counter on Saturdays", []),
  po("Cut the lunchtime queue so people don't walk out", []),
  po("Stop losing parcel customers to the lockers at the supermarket", []),
  po("Get a cash machine in so people spend their cash here", []),
  po("Start a click-and-collect counter for the local online shops so customers pick up from us, not the depot", [], {
    parent: "Be the place people come for parcels",
  }),
  po("Make the counter more profitable", [], {
    krs: [{ title: "Monthly Post Office remuneration", unit: "£", start: 2100, target: 2600, current: 2150 }],
  }),
  po("Make the shop somewhere people pop in even when they don't need the post office", [NK], { krs: [] }),
  po("Improve the look of the shop from the street", [KM], { krs: [emptyKr("Looks better")] }),
  po("Parcel transactions per week", [NT]),
  po("Shop takings £4k a week", [NT]),
  po("Banking deposits up 30% this year", [NT]),
  po("Counter (Sunita)", [GC]),
  po("Shop side", [GC]),
  po("New Horizon terminal screens fitted", [TL]),
  po("Repaint the shop front", [TL]),
  po("Balance the counter every Wednesday for the trading period", [JR]),
  po("Do the cash declaration every night", [JR], { krs: [] }),
  po("Face up the shelves and date-check the fridge", [JR]),
  po("Post Office branch compliance audit passed", [CO]),
  po("AML training done for everyone who serves on the counter (mandatory)", [CO]),
  po("Win back the parcel trade we're losing to the supermarket lockers", [CL], {
    siblings: ["Stop losing parcel customers to the lockers at the supermarket"],
  }),
];

// ---------------------------------------------------------------------------------------------
// tea-room: The Copper Kettle, a market-town tea room (cream teas, lunches, afternoon tea bookings)
// ---------------------------------------------------------------------------------------------
const tr = entriesOf('tea-room');
const TEA_ROOM: Holdout60Entry[] = [
  tr("Be the place in town people book for birthdays and afternoon tea", []),
  tr("Fill the quiet Tuesday to Thursday afternoons", []),
  tr("Make our scones the thing people drive out for", []),
  tr("Hire a baker so I'm not in at 4am every day", []),
  tr("Keep the regulars when the rent goes up and prices have to follow", []),
  tr("Cut food waste so we're not binning cakes on a Monday", []),
  tr("Get coach parties booking ahead instead of just turning up", []),
  tr("Train the Saturday girls so table service stays quick even when we're full", []),
  tr("Sell afternoon tea gift vouchers online so people buy them for Christmas", [], {
    parent: "Make afternoon tea our biggest earner",
  }),
  tr("Make weekdays pay", [], {
    krs: [{ title: "Average weekday takings", unit: "£", start: 420, target: 600, current: 430 }],
  }),
  tr("Be known for the best gluten-free cakes in the county", [NK], { krs: [] }),
  tr("Improve online reviews", [KM], { krs: [bareKr("Reviews improve")] }),
  tr("Covers per day 120", [NT]),
  tr("Average spend per head", [NT]),
  tr("GP on food 70%", [NT]),
  tr("Kitchen", [GC]),
  tr("Front of house (Jo)", [GC]),
  tr("New coffee machine", [TL], { krs: [] }),
  tr("Get the menus reprinted", [TL]),
  tr("Fridge temperature checks twice a day", [JR]),
  tr("Cash up and bank the takings every evening", [JR]),
  tr("EHO visit passed with no actions", [CO]),
  tr("Allergen training for all staff (Natasha's Law)", [CO]),
  tr("Premises licence renewed so we can keep serving fizz with afternoon tea", [CO]),
  tr("Get more people in on quiet midweek afternoons", [CL], {
    siblings: ["Fill the quiet Tuesday to Thursday afternoons"],
  }),
];

// ---------------------------------------------------------------------------------------------
// ultimate-frisbee-club: Riverside Ultimate (mixed, open and women's teams, juniors, beach)
// ---------------------------------------------------------------------------------------------
const uf = entriesOf('ultimate-frisbee-club');
const ULTIMATE_FRISBEE_CLUB: Holdout60Entry[] = [
  uf("Get a women's team to Nationals", []),
  uf("Keep students playing after they graduate", []),
  uf("Grow the junior section through the school holiday camps", []),
  uf("Make the club welcoming for people who've never thrown a disc", []),
  uf("Find a regular indoor venue so winter training stops getting cancelled", []),
  uf("Spirit of the game - be the team others want to play against", []),
  uf("Train our captains to coach so beginners improve without waiting for Sam", []),
  uf("Get a council pitch with lines on it so we stop training on the rugby club's back field", []),
  uf("Get our women's line confident handling under pressure", [], {
    parent: "Build a mixed team that can win at Tour",
  }),
  uf("Grow the club", [], {
    krs: [{ title: "Paid-up members", unit: "members", start: 64, target: 90, current: 66 }],
  }),
  uf("Finish top 8 at Mixed Tour", []),
  uf("Make beach ultimate a thing in the club", [NK], { krs: [] }),
  uf("Get better at zone defence", [KM], { krs: [emptyKr("Zone works")] }),
  uf("Members 100, juniors 30", [NT]),
  uf("Training attendance", [NT]),
  uf("Organise a hat tournament in September", [TL]),
  uf("Juniors (Hannah)", [GC]),
  uf("Committee 2026", [GC]),
  uf("New club kit", [TL]),
  uf("Book the pitches for the summer league", [TL]),
  uf("Collect match fees and pay the pitch hire", [JR]),
  uf("Team list to the league by Thursday, every week", [JR]),
  uf("UK Ultimate affiliation and insurance renewed", [CO]),
  uf("Welfare officer's safeguarding course done (required for juniors)", [CO]),
  uf("Use the holiday camps to grow our juniors", [CL], {
    siblings: ["Grow the junior section through the school holiday camps"],
  }),
];

// ---------------------------------------------------------------------------------------------
// vintage-tractor-club: Wolds Vintage Tractor & Engine Club (road runs, ploughing match, rally)
// ---------------------------------------------------------------------------------------------
const vt = entriesOf('vintage-tractor-club');
const VINTAGE_TRACTOR_CLUB: Holdout60Entry[] = [
  vt("Get younger members restoring tractors alongside the old hands", []),
  vt("Make the annual rally the day out Wolds families look forward to", []),
  vt("Keep the ploughing match going now the farmer who hosted it has sold up", []),
  vt("Find a barn we can rent so members' restorations aren't scattered over everyone's farms", []),
  vt("Pass on how to set up a trailed plough before the people who know are gone", []),
  vt("Raise money for the air ambulance from the road runs", []),
  vt("Get the Fordson restoration finished so it can go to shows", []),
  vt("Teach new members to drive in convoy on the road runs so we keep the traffic moving", []),
  vt("Put the road runs on Facebook live so people come out to wave", [], {
    parent: "Make the club known beyond the old hands",
  }),
  vt("Make the rally pay for itself", [], {
    krs: [{ title: "Rally surplus after costs", unit: "£", start: -800, target: 1500, current: -800 }],
  }),
  vt("Get more women involved in the club", [NK], { krs: [] }),
  vt("Improve the club magazine", [KM], { krs: [bareKr("Better magazine")] }),
  vt("Members 250 by the AGM", [NT]),
  vt("Make sure the rally programme goes to the printers by June", [TL]),
  vt("Raise £5,000 for the air ambulance from the road runs", [NT]),
  vt("Rally committee", [GC]),
  vt("Road runs (Derek)", [GC]),
  vt("Club marquee", [TL]),
  vt("Write a history of the club for its 50th", [TL]),
  vt("Send the newsletter out every quarter", [JR]),
  vt("Keep the membership list and insurance schedule up to date", [JR]),
  vt("Road run notified to the police and the council as required", [CO]),
  vt("Event insurance and risk assessment for the rally signed off", [CO]),
  vt("Boiler certificates in date for the steam engines before the rally", [CO]),
  vt("Raise £2,500 for the air ambulance at the ploughing match", [NT, CL], {
    siblings: ["Raise £5,000 for the air ambulance from the road runs"],
  }),
];

// ---------------------------------------------------------------------------------------------
// vpn-provider: Tunnelwise VPN (consumer and small-business VPN apps and server network)
// ---------------------------------------------------------------------------------------------
const vp = entriesOf('vpn-provider');
const VPN_PROVIDER: Holdout60Entry[] = [
  vp("Be the VPN people recommend to their parents because it just works", []),
  vp("Make connections in China and Iran hold up for the people who need them", []),
  vp("Get small businesses onto team plans instead of individual accounts", []),
  vp("Hire a head of security research so our no-logs claim gets tested by us first", []),
  vp("Keep streaming unblocked on the big services after they change their detection", []),
  vp("Cut churn after the first year's discount ends", []),
  vp("Make our no-logs audit result something customers actually read and believe", []),
  vp("Move to WireGuard everywhere so phones stop dropping the tunnel", []),
  vp("Put servers in more South American cities so users there get a fast exit nearby", [], {
    parent: "Be the fastest VPN in independent tests",
  }),
  vp("Make the app quicker to connect", [], {
    krs: [{ title: "Median time to connect on mobile", unit: "s", start: 3.2, target: 1.5, current: 3.0 }],
  }),
  vp("Win back trust after last year's outage", [NK], { krs: [] }),
  vp("Improve our support experience", [KM], { krs: [emptyKr("Support better")] }),
  vp("ARR $30m", [NT]),
  vp("Trial to paid 18%", [NT]),
  vp("Business plans (Marta)", [GC]),
  vp("Infra / SRE (Kenji)", [GC]),
  vp("Apps - H1", [GC]),
  vp("Migrate billing to Stripe", [TL]),
  vp("Launch the v4.0 Windows client", [TL]),
  vp("Rotate the server keys every 90 days", [JR]),
  vp("Respond to abuse and DMCA notices within one business day", [NT, JR]),
  vp("Independent no-logs audit passed", [CO]),
  vp("SOC 2 Type II report renewed", [CO]),
  vp("Security awareness training completed by all staff (mandatory)", [CO]),
  vp("Stay unblocked on Netflix, iPlayer and the rest when they update their VPN detection", [CL], {
    siblings: ["Keep streaming unblocked on the big services after they change their detection"],
  }),
];

// ---------------------------------------------------------------------------------------------
// weight-loss-group: Lighter Together, a franchised network of weekly slimming groups
// ---------------------------------------------------------------------------------------------
const wl = entriesOf('weight-loss-group');
const WEIGHT_LOSS_GROUP: Holdout60Entry[] = [
  wl("Help members keep the weight off after they reach target", []),
  wl("Get men coming to groups, not just their wives", []),
  wl("Make the online group feel as supportive as the hall on a Tuesday night", []),
  wl("Recruit consultants in the towns where we don't have a group yet", []),
  wl("Get GPs referring patients to us through the NHS weight management scheme", []),
  wl("Keep members coming through January and into the spring", []),
  wl("Train consultants to talk about weight without shaming anyone", []),
  wl("Cut the cost of joining so people on low incomes can start", []),
  wl("Teach members to cook the family's meals our way instead of seperate diet food", [], {
    parent: "Help members lose weight in a way that lasts",
  }),
  wl("Help more members reach their target weight", [], {
    krs: [{ title: "Members reaching target within a year of joining", unit: "%", start: 22, target: 30, current: 23 }],
  }),
  wl("Make our recipes the ones people cook on a weeknight", [NK], { krs: [] }),
  wl("Get consultants happier in their role", [KM], { krs: [bareKr("Consultants happier")] }),
  wl("Members weighed per week: 40,000", [NT]),
  wl("Average weight loss per member", [NT]),
  wl("New groups: 25", [NT]),
  wl("Consultants - North West (Lisa)", [GC]),
  wl("Digital", [GC]),
  wl("New recipe book for autumn", [TL]),
  wl("Relaunch the food diary in the app", [TL]),
  wl("Weigh members in and record it every week", [JR]),
  wl("Pay the hall hire and send in the group takings each Monday", [JR]),
  wl("Every consultant's food hygiene and first aid certificates in date", [CO]),
  wl("CAP code training for the marketing team (required by the franchise agreement)", [CO]),
  wl("ICO data protection registration renewed", [CO]),
  wl("Consultants: help members keep the weight off once they hit target", [CL], {
    parent: "Help members keep the weight off after they reach target",
  }),
];

// ---------------------------------------------------------------------------------------------
// welfare-rights-service: a council's welfare rights unit (benefit checks, appeals, tribunals)
// ---------------------------------------------------------------------------------------------
const wr = entriesOf('welfare-rights-service');
const WELFARE_RIGHTS_SERVICE: Holdout60Entry[] = [
  wr("Get disabled residents the PIP they're entitled to first time, not after an appeal", []),
  wr("Make sure older people on our estates are claiming the Pension Credit they're owed", []),
  wr("Win more tribunal appeals by getting the medical evidence in early", []),
  wr("Train housing officers to spot unclaimed benefits so they refer people to us", []),
  wr("Hire a Universal Credit sanctions specialist so challenges don't all wait for me", []),
  wr("Stop families being pushed into rent arrears by the two-child limit", []),
  wr("Get people in hospital their benefits sorted before they're discharged", []),
  wr("Keep the service funded after the Household Support Fund ends", []),
  wr("Run benefit checks at the food bank so people get help where they already are", [], {
    parent: "Put money in residents' pockets",
  }),
  wr("Raise take-up of Pension Credit", [], {
    krs: [{ title: "Extra annual income secured for residents", unit: "£", start: 0, target: 1200000, current: 150000 }],
  }),
  wr("Make the advice line easy to get through to", [NK], { krs: [] }),
  wr("Improve partnership working with the DWP", [KM], { krs: [emptyKr("Better relationship")] }),
  wr("Client financial gains £6m", [NT]),
  wr("Tribunal success rate 75%", [NT]),
  wr("Welfare rights team - 2026/27 priorities", [GC]),
  wr("Appeals & tribunals (Nadia)", [GC]),
  wr("Outreach advisers", [GC]),
  wr("New online benefits calculator on the council website", [TL]),
  wr("Write factsheets on managed migration to Universal Credit", [TL]),
  wr("Lodge a mandatory reconsideration for every client who wants to challenge a decision", [JR]),
  wr("Return calls on the advice line within two working days", [NT, JR]),
  wr("Advice Quality Standard re-accreditation", [CO]),
  wr("Data protection training for all advisers (mandatory, annual)", [CO]),
  wr("Get the medical evidence in sooner so we win more appeals at tribunal", [CL], {
    siblings: ["Win more tribunal appeals by getting the medical evidence in early"],
  }),
  wr("Call back advice line clients inside two working days", [NT, JR, CL], {
    siblings: ["Return calls on the advice line within two working days"],
  }),
];

// ---------------------------------------------------------------------------------------------
// zip-wire-attraction: Zip Valley, a quarry zip wire and aerial trek attraction in North Wales
// ---------------------------------------------------------------------------------------------
const zw = entriesOf('zip-wire-attraction');
const ZIP_WIRE_ATTRACTION: Holdout60Entry[] = [
  zw("Be the adventure day out stag and hen groups book, not just families", []),
  zw("Keep riders coming back for the night rides", []),
  zw("Get school groups booking in term time", []),
  zw("Cut the queue at the top launch so people aren't standing in the rain", []),
  zw("Hire a rope access technician of our own so line inspections don't stop us opening", []),
  zw("Open through the winter without losing money", [], { siblings: ["Fill more midweek slots"] }),
  zw("Make the aerial trek accessible to wheelchair users with the adapted harness", []),
  zw("Train the launch team to calm nervous riders so fewer bottle it at the top", []),
  zw("Put a viewing deck by the café so families can watch riders land", [], {
    parent: "Make the café part of the day out",
  }),
  zw("Fill more midweek slots", [], {
    krs: [{ title: "Midweek rides sold", unit: "rides", start: 9000, target: 14000, current: 9400 }],
  }),
  zw("Make the photo package something people actually want to buy", [NK], { krs: [] }),
  zw("Improve the booking experience online", [KM], { krs: [bareKr("Better booking")] }),
  zw("Riders 120k this season", [NT]),
  zw("Revenue per rider £52", [NT]),
  zw("Weather cancellation rate", [NT]),
  zw("Operations - launch & landing (Rhys)", [GC]),
  zw("Marketing", [GC]),
  zw("New braking system on line 2", [TL]),
  zw("Build the new ticket kiosk", [TL]),
  zw("Check every harness and trolley before opening each morning", [JR]),
  zw("Log wind speeds hourly and stop the rides when it gets above the limit", [JR]),
  zw("ADIPS inspection and Declaration of Operational Compliance in date", [CO], { krs: [] }),
  zw("Annual rescue training for all instructors (required by the operating manual)", [CO]),
  zw("PAT testing and fire risk assessment for the café done", [CO]),
  zw("Harness and trolley checks every morning before we open - launch team", [JR, CL], {
    siblings: ["Check every harness and trolley before opening each morning"],
  }),
];

// ---------------------------------------------------------------------------------------------
// vfx-studio: Northlight VFX, Manchester (visual effects for TV drama and film: comp, CG, FX)
// ---------------------------------------------------------------------------------------------
const vx = entriesOf('vfx-studio');
const VFX_STUDIO: Holdout60Entry[] = [
  vx("Be the studio HBO and Netflix call for invisible effects on UK dramas", []),
  vx("Stop losing artists to London studios", []),
  vx("Get shots approved in fewer rounds so we stop eating the overtime", []),
  vx("Hire an FX supervisor who can lead water and destruction work", []),
  vx("Keep the regional tax relief uplift by doing more of the work in Manchester", []),
  vx("Move rendering to the cloud so we can take big shows without buying a bigger render farm", []),
  vx("Train juniors in comp so they're billable by their second show", []),
  vx("Win a feature film as lead vendor", []),
  vx("Bid from our own shot data, not gut feel, so we stop under-pricing crowd shots", [], {
    parent: "Make bids we win and still make money on",
  }),
  vx("Finish shows without weekend crunch", [], {
    krs: [{ title: "Artist weekend hours in the last month of a show", unit: "h", start: 1400, target: 300, current: 1200 }],
  }),
  vx("Make Northlight a place artists stay for the long run", [NK], { krs: [] }),
  vx("Improve pipeline stability", [KM], { krs: [emptyKr("Stable pipeline")] }),
  vx("Turnover £14m, margin 12%", [NT]),
  vx("Shots delivered per artist week", [NT]),
  vx("Bid win rate above 35%", [NT]),
  vx("Compositing (Ines)", [GC]),
  vx("Pipeline & R&D", [GC, NK], { krs: [] }),
  vx("Upgrade to Nuke 15 across the studio", [TL]),
  vx("Showreel for 2026", [TL]),
  vx("Render wrangling dashboard", [TL]),
  vx("Back up every show's project files to tape each night", [JR]),
  vx("Answer client notes within 24 hours", [NT, JR]),
  vx("TPN Gold shield assessment passed", [CO]),
  vx("Content security training for the whole studio (required by the studios)", [CO]),
  vx("Talent: stop artists leaving us for London", [CL], { parent: "Stop losing artists to London studios" }),
];

export const HOLDOUT_60: Holdout60Entry[] = [
  ...MARINE_SALVAGE,
  ...OIL_REFINERY,
  ...PERIOD_TRACKER_APP,
  ...POLO_CLUB,
  ...PRISON_HEALTHCARE,
  ...READING_VOLUNTEERS_CHARITY,
  ...REFEREES_ASSOCIATION,
  ...RESIDENTS_ASSOCIATION,
  ...ROADS_POLICING_UNIT,
  ...SEXUAL_ASSAULT_REFERRAL_CENTRE,
  ...SHIPYARD,
  ...SUB_POST_OFFICE,
  ...TEA_ROOM,
  ...ULTIMATE_FRISBEE_CLUB,
  ...VINTAGE_TRACTOR_CLUB,
  ...VPN_PROVIDER,
  ...WEIGHT_LOSS_GROUP,
  ...WELFARE_RIGHTS_SERVICE,
  ...ZIP_WIRE_ATTRACTION,
  ...VFX_STUDIO,
];

// ---------------------------------------------------------------------------------------------
// Plans: 15 nodes each, in tree order; each clone group's original comes first.
// ---------------------------------------------------------------------------------------------
const node = (key: string, parentKey: string | null, title: string, expect: RuleCode[]): Holdout60PlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_60_PLANS: Holdout60Plan[] = [
  {
    name: "Kestrel Point refinery FY27",
    domain: 'oil-refinery',
    nodes: [
      node('r', null, "FY27 objectives", [GC]),
      node('ns', 'r', "Make Kestrel Point the refinery the Thames relies on for low-sulphur fuels", []),
      node('ops', 'r', "Operations (Graham)", [GC]),
      node('ops1', 'ops', "Operations - be the refinery the Thames relies on for low-sulphur fuels", [CL]),
      node('ops2', 'ops', "Do the daily walk-round of the tank farm and log any weeps", [JR]),
      node('ops3', 'ops', "Crude throughput 185 kbd", [NT]),
      node('tech', 'r', "Technical & process safety", [GC]),
      node('tech1', 'tech', "Tank farm walk-round every day, weeps logged - Area 3", [JR, CL]),
      node('tech2', 'tech', "Find the bottleneck in the hydrotreater so we can run sour crudes", []),
      node('tech3', 'tech', "Crude throughput 192 kbd from Q3", [NT, CL]),
      node('com', 'r', "Commercial", [GC]),
      node('com1', 'com', "Commercial: make us the refinery the Thames relies on for low sulphur fuel", [CL]),
      node('com2', 'com', "Marine fuel sales 1.2m tonnes", [NT]),
      node('com3', 'com', "Customer portal for bunker orders", [TL]),
      node('com4', 'com', "Sign up a second airline for SAF blends so the jet pool isn't hostage to one buyer", []),
    ],
    cloneGroups: [
      ['ns', 'ops1', 'com1'],
      ['ops2', 'tech1'],
      ['ops3', 'tech3'],
    ],
  },
  {
    name: "Cyclia H2",
    domain: 'period-tracker-app',
    nodes: [
      node('r', null, "Company OKRs - H2", [GC]),
      node('ns', 'r', "Be the period tracker people trust with their most private data", []),
      node('prod', 'r', "Product (Mateus)", [GC]),
      node('p1', 'prod', "Be the period tracker people trust with their most private data - product", [CL]),
      node('p2', 'prod', "Premium conversion 6% in Germany", [NT]),
      node('p3', 'prod', "Answer app store reviews within 48h", [NT, JR]),
      node('p4', 'prod', "DPIA for on-device storage signed off", [CO]),
      node('grw', 'r', "Growth (Aisha)", [GC]),
      node('g1', 'grw', "Premium conversion 5% in France", [NT, CL]),
      node('g2', 'grw', "Reply to every app review inside two days", [NT, JR, CL]),
      node('g3', 'grw', "Paywall experiment write-up", [TL]),
      node('sup', 'r', "Support", [GC]),
      node('s1', 'sup', "Triage the support inbox every morning", [JR]),
      node('s2', 'sup', "Make Cyclia the tracker people trust with their most private data", [CL]),
      node('s3', 'sup', "Let users delete everything in one tap so nobody worries where their data goes", []),
    ],
    cloneGroups: [
      ['ns', 'p1', 's2'],
      ['p2', 'g1'],
      ['p3', 'g2'],
    ],
  },
  {
    name: "HMP Millbrook healthcare 2026/27",
    domain: 'prison-healthcare',
    nodes: [
      node('r', null, "2026/27 objectives", [GC]),
      node('ns', 'r', "Men leave Millbrook healthier than they arrived", []),
      node('pc', 'r', "Primary care (Sister Adebayo)", [GC]),
      node('pc1', 'pc', "Primary care - men leaving Millbrook healthier than when they came in", [CL]),
      node('pc2', 'pc', "Do the secondary health screen within 7 days of arrival", [NT, JR]),
      node('pc3', 'pc', "Hep C treatment started for 90% of those diagnosed", [NT]),
      node('pc4', 'pc', "ILS refresher for all nurses (mandatory)", [CO]),
      node('rx', 'r', "Pharmacy (Ravi)", [GC]),
      node('rx1', 'rx', "Run the medication hatch twice a day on every wing", [JR]),
      node('rx2', 'rx', "Controlled drugs register kept right", [JR]),
      node('rx3', 'rx', "Get medication in possession working safely so nurses spend less time on hatch queues", []),
      node('sm', 'r', "Substance misuse (Dan)", [GC]),
      node('sm1', 'sm', "Hep C treatment started for 85% of men diagnosed on the recovery wing", [NT, CL]),
      node('sm2', 'sm', "Secondary screen done inside 5 days for everyone arriving on detox", [NT, JR, CL]),
      node('sm3', 'sm', "Help men leave Millbrook in better health than they came in", [CL]),
    ],
    cloneGroups: [
      ['ns', 'pc1', 'sm3'],
      ['pc2', 'sm2'],
      ['pc3', 'sm1'],
    ],
  },
  {
    name: "Roads policing 2026",
    domain: 'roads-policing-unit',
    nodes: [
      node('r', null, "Roads Policing - 2026 plan", [GC]),
      node('ns', 'r', "Make the county's roads safe to use and hostile to criminals", []),
      node('a', 'r', "Casualty reduction", [GC]),
      node('a1', 'a', "KSI casualties down 10%", [NT]),
      node('a2', 'a', "Check every patrol car's kit at the start of each tour", [JR]),
      node('b', 'r', "Roads crime - nights (Sgt Lowe)", [GC]),
      node('b1', 'b', "Nights: make the roads safe to use and hostile to criminals", [CL]),
      node('b2', 'b', "Kit check on every car at start of tour - nights", [JR, CL]),
      node('b3', 'b', "Drink-drive arrests per officer", [NT]),
      node('b4', 'b', "New ANPR cameras on the A38", [TL]),
      node('c', 'r', "Collision investigation (DS Kaur)", [GC]),
      node('c1', 'c', "KSI casualties down 15% on the A50", [NT, CL]),
      node('c2', 'c', "Fatal collision files to CPS within 12 weeks", [NT, JR]),
      node('c3', 'c', "ISO 17020 accreditation for collision investigation kept", [CO]),
      node('c4', 'c', "Reopen collision scenes sooner without losing evidence", []),
    ],
    cloneGroups: [
      ['ns', 'b1'],
      ['a2', 'b2'],
      ['a1', 'c1'],
    ],
  },
  {
    name: "Carrick Shipyard 2027",
    domain: 'shipyard',
    nodes: [
      node('r', null, "2027 goals", [GC]),
      node('ns', 'r', "Be the yard owners trust to deliver on time and on budget", []),
      node('st', 'r', "Steelwork (Alan)", [GC]),
      node('st1', 'st', "Man-hours per tonne of steel 85", [NT]),
      node('st2', 'st', "Inspect the cranes before each shift", [JR]),
      node('st3', 'st', "Bring steelwork back in-house so we're not at the mercy of the fabricators", []),
      node('ou', 'r', "Outfitting (Jim)", [GC]),
      node('ou1', 'ou', "Outfitting - be the yard owners trust to deliver on time and budget", [CL]),
      node('ou2', 'ou', "Pre-use crane inspection every shift - outfitting quay", [JR, CL]),
      node('ou3', 'ou', "Electrical fit-out man-hours per vessel", [NT]),
      node('dd', 'r', "Dry dock & refits", [GC]),
      node('dd1', 'dd', "Man-hours per tonne of steel on refits: 110", [NT, CL]),
      node('dd2', 'dd', "Price refits from a survey so we stop eating the overruns", []),
      node('dd3', 'dd', "LOLER thorough examination of the dock cranes", [CO]),
      node('dd4', 'dd', "Deliver on time and on budget so owners trust the yard", [CL]),
    ],
    cloneGroups: [
      ['ns', 'ou1', 'dd4'],
      ['st2', 'ou2'],
      ['st1', 'dd1'],
    ],
  },
  {
    name: "Tunnelwise 2026",
    domain: 'vpn-provider',
    nodes: [
      node('r', null, "Company goals 2026", [GC]),
      node('ns', 'r', "Be the VPN that still works where the internet is censored", []),
      node('eng', 'r', "Engineering", [GC]),
      node('e1', 'eng', "Source 60 candidates and hire 2 network engineers", [NT]),
      node('e2', 'eng', "Rotate the server keys every 90 days", [JR]),
      node('e3', 'eng', "Move every server to WireGuard so phones stop dropping the tunnel", []),
      node('app', 'r', "Apps (Kenji)", [GC]),
      node('a1', 'app', "Source 150 candidates and hire 5 mobile engineers", [NT, CL]),
      node('a2', 'app', "Apps: be the VPN that still works where the internet's censored", [CL]),
      node('a3', 'app', "Launch the v4.0 Windows client", [TL]),
      node('sec', 'r', "Security & compliance", [GC]),
      node('c1', 'sec', "SOC 2 Type II report renewed", [CO]),
      node('c2', 'sec', "Server key rotation every 90 days - EU fleet", [JR, CL]),
      node('c3', 'sec', "Source 40 candidates and hire 1 security engineer", [NT, CL]),
      node('c4', 'sec', "Security awareness training for all staff (mandatory)", [CO]),
    ],
    cloneGroups: [
      ['ns', 'a2'],
      ['e1', 'a1', 'c3'],
      ['e2', 'c2'],
    ],
  },
  {
    name: "Lighter Together 2026",
    domain: 'weight-loss-group',
    nodes: [
      node('r', null, "2026 objectives", [GC]),
      node('ns', 'r', "Help members lose weight in a way that lasts", []),
      node('nw', 'ns', "North West region (Lisa)", [GC]),
      node('nw1', 'nw', "New groups: 10", [NT]),
      node('nw2', 'nw', "Weigh members in and record it every week", [JR]),
      node('nw3', 'nw', "North West: help members lose weight in a way that lasts", [CL]),
      node('mi', 'ns', "Midlands region (Gurpreet)", [GC]),
      node('mi1', 'mi', "New groups: 14", [NT, CL]),
      node('mi2', 'mi', "Weigh-in recorded for every member, every week", [JR, CL]),
      node('mi3', 'mi', "Get men coming to groups, not just their wives", []),
      node('dg', 'ns', "Digital", [GC]),
      node('dg1', 'dg', "Relaunch the food diary in the app", [TL]),
      node('dg2', 'dg', "Make the online group feel as supportive as the hall", []),
      node('dg3', 'dg', "Help members lose weight that stays off", [CL]),
      node('co', 'r', "ICO data protection registration renewed", [CO]),
    ],
    cloneGroups: [
      ['ns', 'nw3', 'dg3'],
      ['nw1', 'mi1'],
      ['nw2', 'mi2'],
    ],
  },
  {
    name: "Welfare rights 2026/27",
    domain: 'welfare-rights-service',
    nodes: [
      node('r', null, "Welfare Rights - 2026/27", [GC]),
      node('ns', 'r', "Put money in residents' pockets", []),
      node('adv', 'r', "Advice line (Kemi)", [GC]),
      node('a1', 'adv', "Return calls on the advice line within two working days", [NT, JR]),
      node('a2', 'adv', "Client financial gains £2m", [NT]),
      node('a3', 'adv', "Advice line: put money into residents' pockets", [CL]),
      node('app', 'r', "Appeals & tribunals (Nadia)", [GC]),
      node('p1', 'app', "Tribunal success rate 75%", [NT]),
      node('p2', 'app', "Client financial gains £3.5m from appeals", [NT, CL]),
      node('p3', 'app', "Win more appeals by getting the medical evidence in early", []),
      node('p4', 'app', "Data protection training for all advisers (mandatory)", [CO]),
      node('out', 'r', "Outreach", [GC]),
      node('o1', 'out', "Call clients back within three working days at outreach sessions", [NT, JR, CL]),
      node('o2', 'out', "Run benefit checks at the food bank so people get help where they already are", []),
      node('o3', 'out', "Client financial gains £1m from outreach", [NT, CL]),
    ],
    cloneGroups: [
      ['ns', 'a3'],
      ['a1', 'o1'],
      ['a2', 'p2', 'o3'],
    ],
  },
  {
    name: "Zip Valley season 2027",
    domain: 'zip-wire-attraction',
    nodes: [
      node('r', null, "Season 2027", [GC]),
      node('ns', 'r', "Make Zip Valley the adventure day out North Wales is known for", []),
      node('ops', 'r', "Operations - launch & landing (Rhys)", [GC]),
      node('o1', 'ops', "Check every harness and trolley before opening each morning", [JR]),
      node('o2', 'ops', "Riders 60k on the Big Zipper", [NT]),
      node('o3', 'ops', "ADIPS inspection in date", [CO]),
      node('trk', 'r', "Aerial trek (Ffion)", [GC]),
      node('t1', 'trk', "Harness checks every morning before opening - trek", [JR, CL]),
      node('t2', 'trk', "Aerial trek: make Zip Valley the day out North Wales is known for", [CL]),
      node('t3', 'trk', "Make the trek accessible to wheelchair users", []),
      node('sal', 'r', "Sales & marketing", [GC]),
      node('s1', 'sal', "Riders 45k on the Little Zipper", [NT, CL]),
      node('s2', 'sal', "Get school groups booking in term time", []),
      node('s3', 'sal', "New website booking flow", [TL]),
      node('s4', 'sal', "Be the adventure day out North Wales is known for", [CL]),
    ],
    cloneGroups: [
      ['ns', 't2', 's4'],
      ['o1', 't1'],
      ['o2', 's1'],
    ],
  },
  {
    name: "Northlight VFX FY27",
    domain: 'vfx-studio',
    nodes: [
      node('r', null, "FY27 objectives", [GC]),
      node('ns', 'r', "Be the studio streamers call first for invisible effects on UK drama", []),
      node('cp', 'r', "Compositing (Ines)", [GC]),
      node('cp1', 'cp', "Shots delivered per artist week: 4", [NT]),
      node('cp2', 'cp', "Answer client notes within 24 hours", [NT, JR]),
      node('cp3', 'cp', "Train juniors in comp so they're billable by their second show", []),
      node('cg', 'r', "CG & FX (Tom)", [GC]),
      node('cg1', 'cg', "Shots delivered per artist week: 2.5 for CG", [NT, CL]),
      node('cg2', 'cg', "Reply to client notes inside 24h", [NT, JR, CL]),
      node('cg3', 'cg', "CG: be the studio streamers call first for invisible effects on UK dramas", [CL]),
      node('cg4', 'cg', "Hire an FX supervisor who can lead water and destruction work", []),
      node('pl', 'r', "Pipeline (Arjun)", [GC]),
      node('pl1', 'pl', "Back up every show to tape each night", [JR]),
      node('pl2', 'pl', "TPN assessment passed", [CO]),
      node('pl3', 'pl', "Upgrade to Nuke 15", [TL]),
    ],
    cloneGroups: [
      ['ns', 'cg3'],
      ['cp1', 'cg1'],
      ['cp2', 'cg2'],
    ],
  },
];
