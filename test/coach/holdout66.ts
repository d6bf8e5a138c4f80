import type { RuleCode } from '../../shared/coach/types';

/**
 * SIXTY-SIXTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * What was read: written blind to the coach's rules by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole); issue 10 (`issues show 10`); lines 1-330 of
 * test/coach/holdout22.ts (its header with the labelling definitions and calls, and the start of its
 * domain type; the file was not grepped and nothing past line 330 was seen); test/coach/report.ts
 * (whole: the Labelled / LabelledPlan shapes and the harness); the output of
 * `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the RuleCode type line, the Fix type and the
 * Finding shape) and nothing else of that file; the brief's list of the domains every earlier set used
 * (/tmp/brief/domains.txt, read whole and grepped for candidate names); tsconfig.json; and a listing of
 * the file names in test/coach/ (plus bare listings of /tmp and /tmp/brief, names only, when resuming
 * after an interrupted session, to see whether any of this work already existed). Nothing else was opened: no other file under shared/, not the README,
 * corpus.ts, handbook.ts, reworded.ts, suite.ts, any other holdout*.ts (nor holdout22.ts past line
 * 330), the set another helper wrote in parallel, nor anything under test/unit/, test/e2e/, out/,
 * renderer/, electron/ or scripts/. No git command was run. The coach, `cascade lint`, vitest and npm
 * test were never run, on these titles or at all.
 *
 * How it was checked: only with `tsc --noEmit` (node_modules/.bin/tsc, on a throw-away tsconfig in
 * /tmp/h66check/ listing this file, a throw-away file that assigns HOLDOUT_66 to Labelled[] and
 * HOLDOUT_66_PLANS to LabelledPlan[] imported from report.ts, and a throw-away ambient
 * `declare module '*.bin'` for the `.bin` import report.ts pulls in through the coach's modules;
 * skipLibCheck on), and with a throw-away counting script kept outside the repo (Node 22,
 * `node --experimental-strip-types`, importing only this file). The script printed the counts below and
 * checked: 25 entries per domain; every kr-not-measurable and no-key-results label matches its KRs
 * under the definitions below, and no unlabelled entry has such KRs; every sound entry's explicit KRs
 * have a unit and a target; every entry copy (goal-clone) has a parent or siblings; no entry or node
 * carries more than one of compliance / job-requirement / task-listing; plan nodes are in tree order;
 * each clone group's original comes first both depth-first and breadth-first; only copies carry
 * goal-clone. All throw-away files were deleted afterwards.
 *
 * Domains (20, none of them in the brief's list, and each kept apart from its near neighbours there;
 * all begin with a letter from m to z):
 * - meat-hygiene-service (Fenwold Official Controls: official veterinarians and meat hygiene
 *   inspectors carrying out the FSA's official controls in abattoirs and cutting plants): the
 *   inspector, not the abattoir it inspects, and neither environmental-health, the
 *   port-health-authority nor the bee-inspectorate.
 * - medium-secure-unit (Ashdown Clinic, an NHS forensic medium secure unit, six wards): inpatient
 *   forensic care, not liaison-psychiatry, the crisis-resolution-team, the
 *   early-intervention-psychosis-team, prison-healthcare or the intensive-care-unit.
 * - mobile-coffee-van (Bean There, Bristol: converted Piaggio Apes and an H van at office parks,
 *   markets, weddings and festivals): sells coffee from vans, so not the coffee-roaster, the
 *   street-food-hall, the tea-room or the event-caterer.
 * - murder-mystery-company (Foul Play Events, Leeds: murder mystery dinners in hotels, corporate
 *   events, party kits, freelance actors): not the quiz-night-company, escape-room, supper-club,
 *   theatre-company or ghost-tour-company, nor the mystery-shopping-agency (a name only).
 * - parkinsons-support-charity (Tremor Together, Cumbria: groups, exercise classes, a helpline,
 *   nurse funding): a condition charity apart from the mnd-charity, epilepsy-charity and
 *   brain-injury-charity, and not the carers-centre.
 * - plasterboard-plant (Tessford Gypsum, Nottinghamshire: calciner, two board lines, recycled
 *   gypsum): makes the board, so not the plastering-contractor that fixes it, and neither the
 *   cement-works, the brickworks nor the builders-merchant.
 * - powerlifting-club (Ironworks Barbell Club, affiliated to British Powerlifting): a members'
 *   sports club, not the gym-chain or the weight-loss-group, and not the boxing-club or judo-club.
 * - pushchair-retailer (Little Wheels, Harrogate: prams, pushchairs, car seats and seat fitting, an
 *   online shop): a specialist shop, not the baby-bank, nappy-maker, toy-maker or department-store.
 * - road-user-charging-team (Wessex City Council's clean air zone and bus-lane charging team: ANPR,
 *   payments, PCNs, exemptions, scrappage): not the parking-operator, speed-camera-partnership,
 *   toll-bridge or highways-authority, nor ev-charging or the care-charging-team (other senses of
 *   "charging").
 * - school-sports-coaching-company (Premier Play Coaching, West Yorkshire: PE cover, after-school
 *   clubs, holiday camps): a private contractor to schools, not the council's
 *   sports-development-team, the swim-school or the outdoor-education-centre, nor the coach
 *   operators (another sense of "coach").
 * - sculpture-park (Hawkridge Sculpture Park, a charitable trust: an outdoor collection on a country
 *   estate, exhibitions, learning, a café): not the art-gallery, public-art-agency, botanic-garden
 *   or historic-house.
 * - soil-testing-lab (Terralab Analytical, Lincolnshire: soil, grass and manure analysis, its own
 *   samplers): analyses, so not the agronomy-consultancy that advises, and not the diagnostics-lab,
 *   calibration-lab, radiocarbon-lab or forensic-lab.
 * - speakers-bureau (Podium Speakers, London: keynotes, hosts and after-dinner speakers on
 *   commission): not the conference-organiser, literary-agency, animal-talent-agency or pr-agency,
 *   nor the loudspeaker-maker (a name only).
 * - teacher-training-provider (Pennine SCITT, school-centred initial teacher training): trains
 *   teachers, so not the apprenticeship-provider, university-admissions, the private-school or the
 *   school-district, nor the listed training providers for other trades (first aid, cycling, HGV).
 * - team-chat-app (Threadly, B2B team messaging): not video-conferencing-saas,
 *   online-whiteboard-saas, helpdesk-saas or the note-taking-app.
 * - time-tracking-app (Tally Hours, time tracking and invoicing for agencies and freelancers): not
 *   rota-saas, the payroll-bureau, expense-management-saas or bookkeeping-saas.
 * - waste-to-energy-plant (Marshgate Energy Recovery Facility: a residual waste incinerator with a
 *   turbine and a heat link): not the anaerobic-digestion-plant, landfill-site, recycling-plant,
 *   clinical-waste-collector, heat-network or the generic energy set.
 * - water-softener-company (Hardwater Solutions, Essex: softeners sold, fitted and serviced, salt
 *   rounds): not plumbing-heating, the water-utility, the hot-tub-dealer or the spring-water-bottler.
 * - wav-converter (Access Motors, West Midlands: vans and MPVs converted into wheelchair accessible
 *   vehicles): not the mobility-scooter-dealer, wheelchair-service, bus-maker, horsebox-builder,
 *   car-dealership or vehicle-transporter.
 * - youtube-channel (Kettle & Crumb, a baking channel run by five people: videos, Shorts, sponsors,
 *   memberships, a cookbook): not the podcast-network, film-studio, the generic media set, the
 *   cookery-school or the recipe-app.
 *
 * Counts (printed by the throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_66: 500 objectives (25 per domain, 20 domains), 200 sound (expect [], 40.0%, the
 *   largest class; 10 per domain), 300 with at least one label. Per label: number-title 64,
 *   job-requirement 47, task-listing 47, generic-container 45, compliance 42, kr-not-measurable 22,
 *   no-key-results 22, goal-clone 20. Nine entries carry two labels: number-title + job-requirement
 *   (3), generic-container + no-key-results (2), and one each of compliance + kr-not-measurable,
 *   task-listing + kr-not-measurable, job-requirement + goal-clone and number-title + goal-clone.
 *   24 entries have `krs: []`: 20 sound titles (no-key-results), 2 containers (also
 *   no-key-results), one task and one duty (no no-key-results: the definition excludes them). 27
 *   entries carry a parent (19 of them sound, 8 copies); 14 carry earlier siblings (2 sound, 12
 *   copies). 20 sound entries carry explicit KRs with a unit and a target (one per domain) that must
 *   not be flagged.
 * - HOLDOUT_66_PLANS: 10 plans, 150 nodes (15 each), 34 clone groups (30 of two, 4 of three; 38
 *   copies); 40 sound nodes. Per label: goal-clone 38, number-title 30, job-requirement 23,
 *   generic-container 21, task-listing 10, compliance 10. More than one label on 20 nodes:
 *   number-title + goal-clone (9), job-requirement + goal-clone (7), number-title +
 *   job-requirement (2), number-title + job-requirement + goal-clone (2).
 *
 * Rules of use: Frozen. Measured once. Never tune rules on these titles. Do not edit labels after the
 * first measurement: if a label is later believed wrong, record the disagreement next to the first
 * figures instead of changing it.
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
 * - Limits on a duty are number-title + job-requirement ("Answer plant queries on the shared inbox
 *   within two working days", "Respond to every PCN challenge within 56 days" (a statutory limit is
 *   still a limit), "Reply to support chats in under 4 hours", and in plans "Review every PCN
 *   challenge within 28 days", "Follow up every taxi lead within 24 hours"). Bare periods,
 *   frequencies and times leave a duty with job-requirement alone ("every six months", "hourly",
 *   "every night", "before 6am", "every Monday", "on the first of the month", "Mon–Fri 9–5",
 *   "every hour", "at every shift change", "each spring", "after a storm", "every fortnight",
 *   "daily", "on the monthly cycle", "each month", "every shift", "every Thursday at 5pm", "the same
 *   day", "the day they arrive", "every half term"). "Over 60 days" on unpaid
 *   invoices is a threshold that sets the scope of a duty: job-requirement only.
 * - Numbers that are not targets: thresholds and ages that set a scope ("people under 60", "over 100
 *   staff", "per 10,000 birds" / "per 1,000 head" inside a metric's name, "six months after QTS");
 *   grades, ratings, classes and levels ("keep the 5", "5-star", "Good or better", "Category 1 or
 *   2", "FORS Silver", "Level 2"); identifiers, standards, versions and models ("ISO 17020", "ISO
 *   17025", "ISO 27001", "ISO 9001", "BS EN 520", "SOC 2 Type II", "Section 17", "Line 1", "Line 2",
 *   "Van 2", "Y5/6", "Year 4", "NO2", "p95", "React 19", "ICP-OES", "A36"); ranks
 *   ("the top 20 speakers"); years, periods and dates ("2026/27", "2027", "2028", "FY27", "H1", "H2",
 *   "Q2", "Q4", "1 April", "in June", "in November", "by December", "phase 2"); ordinals ("a second
 *   festival", "a second Parkinson's nurse", "a second ICP-OES", "the second child", "their first
 *   meet", "our first NHS trust", "their first employee", "first time", "first page of Google",
 *   "past their second year", "the first month", "the first three months", "their first session",
 *   "first issue", "first choice"); "one" and "a single" as articles ("one named OV", "in one go",
 *   "a single tracked hour").
 * - Targets: values after a metric or comparator ("Verification checks completed on time: 98%",
 *   "Cost per livestock unit inspected down 12%", "Restrictive interventions down 30% by Q4",
 *   "Section 17 leave granted and actually used: 85%", "£1,200 a week per van", "Wedding bookings up
 *   to 30 this year", "Shows per month: 40", "Kit sales €25k", "Raise £350,000", "Members: 1,800 →
 *   2,200", "OEE on Line 1 — 82%", "Lifters qualifying for the British Classic: 8", "Turnover
 *   £1.1m", "Average basket up £40", "Daily non-compliant entries below 1,500", "Schools on contract:
 *   45", "After-school club attendance 70%", "Membership up by a quarter", "Turnaround of 3 days or
 *   less on 90% of samples", "Bookings 650", "Commission income £2.4m FY27", "QTS pass rate 95%",
 *   "ARR $30M by Q4", "p95 message latency under 200ms", "MRR €450k", "Churn under 3% a month",
 *   "Availability 92%", "Gate fee income £38m", "Installs per month: 60", "Average order value
 *   £1,450", "Conversions: 520 this year", "Warranty cost per vehicle down 20%", "1M subscribers by
 *   December", "RPM $9"); KRs folded into a title are number-title ("Grow the club — 110 paying
 *   members, renewals at 85%, 8 lifters at the British Classic", "Visitors 210,000 / members 9,000 /
 *   café £1.2m"). "Compliance rate of vehicles entering the zone: 95%" is a metric (vehicles meeting
 *   the emission standard) with a target: number-title only, not compliance.
 * - Only a metric name is number-title: "Carcases inspected per MHI per shift", "Average length of
 *   stay (days)", "Avg spend per customer", "Repeat booking rate", "Cost per pound raised", "Tonnes
 *   of recycled gypsum used", "Energy per m² of board", "Average attendance per session",
 *   "Conversion rate in store", "PCN recovery rate", "Coach utilisation", "Secondary spend per head",
 *   "Cost per sample", "Enquiry-to-booking conversion", "Employment rate six months after QTS",
 *   "Weekly active users per paid seat", "Tracked hours per active user per week", "Export MWh per
 *   tonne", "Service plan take-up", "Lead time (order to handover)", "Average view duration", and in
 *   plans "Call waiting time", "Steam per tonne of waste", "Samples collected per sampler per day",
 *   "Warranty claims per 100 vehicles". Direction without a quantity is sound ("Fewer ...", "Cut
 *   ...", "Less scrap board", "Quicker ...", "Shorter stays", "More ...", "Grow ...", "Higher fees
 *   per booking", "Better ...").
 * - Containers: roles, owners' teams, sections, shifts and channels ("Poultry plants (Aisha)", "OV
 *   team — North", "Rowan ward (Dr Mensah)", "OT & vocational", "Van 2 (Jess)", "Events &
 *   weddings", "Actors & casting (Marcus)", "Hotel partnerships", "Fundraising (Bev)", "Groups &
 *   volunteers", "Board line — nights (Kev)", "Quality lab", "Committee", "Coaching (Sam)", "Shop
 *   floor (Nadia)", "Online", "Enforcement & PCNs (Hannah)", "CAZ — phase 2", "Camera network",
 *   "Holiday camps (Leanne)", "Coaches — Wakefield", "Collections & conservation (Ruth)", "Learning
 *   team", "Sampling team (Rob)", "Chemistry lab — night shift", "Corporate desk (Olu)", "Speaker
 *   relations", "Primary programme (Helen)", "Secondary — STEM", "Platform (Ines)", "Mobile",
 *   "Integrations team (Pavel)", "Customer success", "Operations — Blue shift (Craig)",
 *   "Maintenance", "Installers (Gary)", "Salt rounds", "Sales office", "Fabrication shop (Jas)",
 *   "Motability", "Editing (Tom)", "Partnerships"), buckets with a period ("H1 goals", every plan
 *   root) are generic-container only. "Q2 priorities" and "Growth — H2" with `krs: []` also carry
 *   no-key-results.
 * - Compliance: audits, inspections, accreditations, certifications, approvals, registrations,
 *   returns and licences the organisation undergoes or keeps ("Every OV's RCVS registration renewed
 *   and checked before 1 April", "UKAS ISO 17020 assessment visit passed with no findings", "CQC
 *   Mental Health Act monitoring visit — no actions", "Food hygiene inspection — keep the 5", "Street
 *   trading consent for Corn St renewed with the council", "Public liability insurance renewed and
 *   the certificate sent to all the hotels", "Fundraising Regulator levy paid and registration
 *   renewed", "Environmental permit annual report sent to the EA", "BS EN 520 factory production
 *   control audit — passed?", "Car seat fitter certification renewed with each manufacturer", "PCI
 *   compliance questionnaire for the card terminals done", "Annual fire risk assessment for the shop
 *   and stockroom signed off", "DVLA KADOE contract audit passed", "Annual report on the zone to
 *   JAQU submitted on time", "Ofsted registration for the holiday camps renewed", "Government
 *   Indemnity Scheme conditions met for the loan", "Museum Accreditation return submitted to ACE",
 *   "PAAG membership renewed and every proficiency round passed", "Anti-bribery policy signed off
 *   by all staff", "Ofsted ITE inspection — Good or better", "ITT census return to the DfE submitted
 *   by the deadline", "SOC 2 Type II report renewed", "DPIA for the screenshot feature signed off",
 *   "Annual pen test done and the report shared with enterprise customers", "Environmental permit —
 *   no Category 1 or 2 breaches", "Annual boiler insurance inspection passed", "WRAS approval for
 *   the new softener model", "Waste carrier registration renewed with the EA", "IVA passed on each
 *   new model" (type approval of a product), "Music licence for the background tracks renewed");
 *   staff vetting kept in date ("Get the DBS checks sorted for actors doing the school murder
 *   mystery days", "Enhanced DBS and paediatric first aid in date for every coach", "Welfare
 *   officer's safeguarding course and DBS in date"); mandatory or required training ("WATOK welfare
 *   refresher done by all MHIs — mandatory, yearly", "Annual Mental Health Act refresher for all RCs
 *   and nurses (mandatory)" (with an empty KR: also kr-not-measurable), "Safeguarding training for
 *   all group leaders — mandatory", "Everyone competing registered with British Powerlifting and
 *   through the UKAD anti-doping module", "GDPR training completed (mandatory)", "Everyone does the
 *   annual security awareness training", "Food hygiene level 2 for everyone who cooks on camera
 *   (insurer's requirement)").
 * - Duty rather than compliance: for the meat hygiene service, inspecting is its routine work, so
 *   "Carry out ante-mortem inspection on every animal presented for slaughter" and in a plan "Do
 *   post-mortem inspection of every bird on the poultry line" and "Report welfare breaches at
 *   unloading to APHA the same day" are job-requirement, not compliance; only its own registrations,
 *   accreditation and mandatory training are compliance. The organisation's own routine records and
 *   checks are job-requirement even where a regulator asks for them ("Hourly observations done and
 *   written up in the obs chart", "Make sure every patient's CPA review is done every six months",
 *   "Check board weight and edge profile every hour and log it", "Run QC standards with every
 *   batch", "Make sure the CEMS readings are recorded and any exceedance is reported to the EA the
 *   same day", "Check the ANPR images before a PCN goes out", "Road test every vehicle before
 *   handover and sign the checksheet", "Check every work after a storm and record any damage").
 *   Upkeep, routines and queues: "Clean and descale the machines every night", "Post the week's
 *   pitches on Insta every Monday", "Send party hosts their character packs ...", "Keep the
 *   volunteer database up to date", "Order paper rolls and keep the reel store stocked", "Wipe the
 *   benches down and put the plates back after every session" (`krs: []`, duty only), "Collect subs
 *   on the first of the month", "Web chat and emails — who's covering?", "cover sick coaches from
 *   the bank", "Send each school its termly sports premium report", "Clean and wax the bronzes each
 *   spring", "Chase client deposits and pay speakers once the event's done", "Collate the evidence
 *   for QTS recommendations", "Triage incoming support tickets daily", "Patch dependencies on the
 *   monthly cycle", "Reconcile Stripe payouts each month", "Crane the bunker and mix the waste every
 *   shift", "Do the annual service visits when they're due", "Order chassis from Stellantis each
 *   month against the forecast", "Upload a video every Thursday at 5pm", and in plans "Work the
 *   on-call queue for mobile crashes", "Answer security questionnaires from prospects", "Deliver salt
 *   on the round every fortnight", "Keep the monitor data uploaded and validated each week".
 * - Tasks: events and deliverables as noun phrases ("New handheld for recording post-mortem
 *   findings", "Patient-led newsletter, first issue out in the spring", "New menu boards for the
 *   Ape" (`krs: []`, task only), "New brochure for corporate", "New website", "new platforms and a
 *   calibrated plate set", "Club hoodies", "New fitting bay with a demo car", "Shopify theme
 *   update", "Family trail for the summer holidays", "New client portal — see notion.so/...",
 *   "Showreels for the top 20 speakers", "New CRM", "New weighbridge software", "New brochure and
 *   price list", "New ramp jig", "New kitchen set", and in plans "New pallet labels with barcodes",
 *   "Termly impact report template", "Wellbeing week for trainees in February"); one-off jobs,
 *   events, purchases, installs, migrations, rewrites and refits without an effect ("rewrite the
 *   enforcement letter templates", "Refurbish the family visiting room", "Move the clinical record
 *   from RiO to the new EPR", "sort out a website with a booking form", "Write the 1920s speakeasy
 *   script", "Host the Parky Picnic at Lowther in June", "Publish the annual impact report", "Install
 *   the new edge trimmer on Line 2", "Hold a Christmas deadlift-athon", "Put the new signs up on the
 *   A36 approaches", "Launch the new exemptions portal", "Write the Y5/6 tag rugby scheme of work",
 *   "Print a new site map (draft in Drive > ...)", "Install the Gormley loan on the east ridge",
 *   "Buy a second ICP-OES", "Rewrite the curriculum handbook for 2027 entry", "Run the open evening
 *   in November", "Ship the new emoji picker", "Migrate message storage to ScyllaDB", "Redo the
 *   pricing page", "Launch the Asana integration", "Replace the grate bars on Line 2 during the
 *   outage", "Get the vans signwritten", "Build a demo vehicle for Naidex", "Move the job cards onto
 *   the ERP", "Film the Christmas series", "Launch the merch shop" (with a bare KR: also
 *   kr-not-measurable), and in plans "Install air quality monitors outside the ring road schools",
 *   "Migrate the web client to React 19", "Heat offtake feasibility study for the business park").
 *   With an effect they are sound ("Switch the dryer to hydrogen-ready burners so we're not stuck on
 *   gas", "Do a hot chocolate and mulled cider bar so winter weddings book us too", "Get the
 *   pre-loved pram trade-in running so families come back for the second child", "Take back
 *   contractors' offcuts so recycled gypsum replaces mined rock in the mix").
 * - Sound despite a trap word: a hire in every domain ("Hire an OV who speaks Romanian ...", "Find
 *   a qualified coach who'll take the Tuesday beginners", "Recruit a volunteer coordinator ...",
 *   "Hire a homologation engineer who's been through IVA" names an approval without being one);
 *   "keep" of an outcome in every domain ("Keep the Hartley's night-kill contract when the FSA
 *   re-tenders the region", "Keep the Temple Quay pitch ...", "Keep the unit when the lease comes
 *   up", "Keep Arts Council NPO funding in the next round" (funding, not an accreditation), "Keep
 *   trainees who wobble in the spring term ...", "Keep service customers when their warranty runs
 *   out"); training with an effect in most ("Train plant staff to spot lameness at unloading so
 *   welfare cases are caught before stunning", "Train every ward team in Safewards so restraint
 *   becomes the rare exception", "Train our own refs so we can run sanctioned meets at the club",
 *   "Train installers to explain the regen settings so customers stop ringing us"); "compliance",
 *   approvals and certificates as the customer's or client's outcome ("Make Threadly the chat app
 *   compliance teams sign off without a fight", "Get the new Berlingo conversion onto the
 *   Motability scheme", "Get the new fire board specified on high-rise jobs"); "Get the Hepworth
 *   loan extended beyond next year" and "Win the Birmingham black cab replacement programme" are
 *   outcomes, not tasks.
 * - Copies in entries (20): the parent's goal reworded with a team prefix, synonyms or reordering
 *   (eight: "Rowan ward: reduce violence on the ward", "Corporate: grow corporate bookings", "Shop
 *   floor: be the shop parents in Yorkshire trust ...", "Every child moving more — Wakefield
 *   coaches", "Secondary: fill shortage subjects in schools across Calderdale", "Integrations team —
 *   be the timesheet nobody hates", "Salt rounds: be Essex's name for hard water", "People bake from
 *   the channel rather than just watching it"); an earlier sibling repeated with synonyms or
 *   reordering (ten: lairage condemnations, festival queues, younger-onset group members, rushed
 *   warm-ups, exemptions before a PCN, winter visitors, repeat business from event agencies,
 *   notification overload, unplanned boiler outages, ramp warranty returns); the same metric with
 *   another number and scope, keeping number-title (one: samples per week off-peak); an earlier
 *   sibling's duty reworded, keeping job-requirement (one: hourly board weight and edge checks). In
 *   plans: the North Star repeated by a team (ten groups, four of them of three), a second
 *   top-level goal repeated by a team (six groups); cousins' duties reworded, keeping
 *   job-requirement (seven groups: post-mortem inspection, calciner gas meter readings, auger
 *   cleaning, boiler house defects, old unit removal, mentor report QA, registers to the school
 *   office); cousins' limited duties with another limit, keeping number-title + job-requirement
 *   (two groups: PCN challenges, follow-ups on leads); the same metric with another number or scope,
 *   keeping number-title, as cousins (nine groups: carcase rejections, recycled gypsum content,
 *   samples per sampler per day, crash-free sessions, steam per tonne, installs per installer,
 *   trainees recruited, after-school club take-up, conversions delivered).
 * - Not copies: sharper children under their parent (19 sound entries carry a parent, 2 sound
 *   entries carry siblings that share a theme but not a goal: "Do a hot chocolate and mulled cider
 *   bar ..." after making weddings the main earner, "make ward rounds something patients actually
 *   take part in ..." after fewer assaults); in plans, a new metric beside an old one ("PCNs
 *   cancelled on appeal below 10%", "Call waiting time", "OTIF to merchants 97%", "Turbine
 *   availability 96%", "Employment rate 90%", "Schools retained 90%", "Warranty claims per 100
 *   vehicles"), a different duty beside a reworded one ("Work the on-call queue for mobile crashes",
 *   "Answer security questionnaires from prospects"), and sound children under a team's copy.
 * - kr-not-measurable follows the definition literally: placeholder or empty KRs with no quantity in
 *   their titles (one per domain on an outcome title, plus one on a task and one on a compliance
 *   title). Not flagged: KRs with a unit and a target (one sound entry per domain; the road charging
 *   one has "NO2" in its KR title, a name rather than a quantity, and is well-formed anyway).
 * - Plans reuse some entries' wording: plans and entries are scored apart.
 * - Spelling and voice: British spellings ("utilisation", "licence", "programme",
 *   "neighbours"), shorthand ("&", "£1.1m", "€25k", "$30M", "Avg", "Insta", "OEE", "OTIF", "MHI",
 *   "OV", "RC", "CPA", "CAZ", "PCN", "ANPR", "QTS", "ECT", "ITE", "MRR", "ARR", "RPM", "WAV", "IVA",
 *   "CEMS"), lowercase starts as people type them ("rewrite the enforcement letter templates", "get
 *   regulars at the Aztec West pitch ...", "sort out a website ...", "new platforms and a calibrated
 *   plate set", "cover sick coaches from the bank", "make ward rounds ..."), prose-like lines with
 *   "so that", questions ("— passed?", "— who's covering?"), "make sure ..." and "get ... sorted"
 *   shapes, typos kept as written ("runing", "payed", "whose worked", "Labs results"), owners' names
 *   in brackets or after a dash, a Notion link and a Drive path inside titles. None changes a label.
 */

export type Holdout66Domain =
  | 'meat-hygiene-service'
  | 'medium-secure-unit'
  | 'mobile-coffee-van'
  | 'murder-mystery-company'
  | 'parkinsons-support-charity'
  | 'plasterboard-plant'
  | 'powerlifting-club'
  | 'pushchair-retailer'
  | 'road-user-charging-team'
  | 'school-sports-coaching-company'
  | 'sculpture-park'
  | 'soil-testing-lab'
  | 'speakers-bureau'
  | 'teacher-training-provider'
  | 'team-chat-app'
  | 'time-tracking-app'
  | 'waste-to-energy-plant'
  | 'water-softener-company'
  | 'wav-converter'
  | 'youtube-channel';

/** A key result as the harness reads it (CorpusKr in report.ts): missing numbers take the defaults. */
export interface Holdout66Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout66Entry {
  title: string;
  domain: Holdout66Domain;
  expect: RuleCode[];
  parent?: string;
  siblings?: string[];
  krs?: Holdout66Kr[];
}

export interface Holdout66PlanNode {
  key: string;
  parentKey: string | null;
  title: string;
  expect: RuleCode[];
}

export interface Holdout66Plan {
  name: string;
  domain: Holdout66Domain;
  nodes: Holdout66PlanNode[];
  cloneGroups: string[][];
}

const NT: RuleCode = 'number-title';
const GC: RuleCode = 'goal-clone';
const TL: RuleCode = 'task-listing';
const JR: RuleCode = 'job-requirement';
const CO: RuleCode = 'compliance';
const CL: RuleCode = 'generic-container';
const KM: RuleCode = 'kr-not-measurable';
const NK: RuleCode = 'no-key-results';

type Extra = Pick<Holdout66Entry, 'parent' | 'siblings' | 'krs'>;
type Row = [title: string, expect: RuleCode[], extra?: Extra];

/** One domain's rows as entries. */
const rows = (domain: Holdout66Domain, list: Row[]): Holdout66Entry[] =>
  list.map(([title, expect, extra]) => ({ title, domain, expect, ...extra }));

// Fenwold Official Controls: official veterinarians (OVs) and meat hygiene inspectors (MHIs) working
// the FSA's official controls in abattoirs and cutting plants across the east Midlands.
const MEAT_HYGIENE = rows('meat-hygiene-service', [
  ["Get ante-mortem findings back to farmers quick enough that they can actually change something on farm", []],
  ["Fewer carcases condemned for things that could have been caught at the lairage", []],
  ["Make our OVs the reason the small red meat plants stay open, not the reason they close", []],
  ["Hire an OV who speaks Romanian so the night kill at Hartley's isn't run through a phone translator", []],
  ["Keep the Hartley's night-kill contract when the FSA re-tenders the region", []],
  ["Train plant staff to spot lameness at unloading so welfare cases are caught before stunning", []],
  ["Stop welfare breaches only coming to light on CCTV weeks after they happened", []],
  [
    "Plant managers understand why we took an enforcement decision before our inspector leaves site",
    [],
    { parent: "Make official controls something plants trust rather than dread" },
  ],
  ["Cut the time between a suspect TB lesion at slaughter and the herd owner hearing about it", []],
  [
    "Bring inspectors' hours back under control without leaving gaps on the line",
    [],
    { krs: [{ title: "Overtime hours per inspector per month", unit: "h", start: 38, target: 15, current: 30 }] },
  ],
  ["Earn the small plants' trust back after the charging row", [NK], { krs: [] }],
  [
    "Make the meat inspection app something inspectors actually want to use",
    [KM],
    { krs: [{ title: "Inspector app adoption" }] },
  ],
  ["Carcases inspected per MHI per shift", [NT]],
  ["Verification checks completed on time: 98%", [NT]],
  ["Cost per livestock unit inspected down 12% (Dave)", [NT]],
  ["Poultry plants (Aisha)", [CL]],
  ["OV team — North", [CL]],
  ["New handheld for recording post-mortem findings", [TL]],
  ["rewrite the enforcement letter templates", [TL]],
  ["Carry out ante-mortem inspection on every animal presented for slaughter", [JR]],
  ["Answer plant queries on the shared inbox within two working days", [NT, JR]],
  ["Every OV's RCVS registration renewed and checked before 1 April", [CO]],
  ["WATOK welfare refresher done by all MHIs — mandatory, yearly", [CO]],
  ["UKAS ISO 17020 assessment visit passed with no findings", [CO]],
  [
    "Reduce condemnations that should have been spotted in lairage",
    [GC],
    { siblings: ["Fewer carcases condemned for faults we could have caught at the lairage"] },
  ],
]);

// Ashdown Clinic: an NHS forensic medium secure unit, six wards, men and women detained under the
// Mental Health Act, many via the courts.
const MEDIUM_SECURE = rows('medium-secure-unit', [
  ["Shorter stays: patients move on to low secure or the community once they're ready, not when a bed turns up", []],
  ["Patients leave us with a job, a course or a volunteering place lined up", []],
  ["Fewer assaults on staff on Beech and Rowan", []],
  ["Fewer tribunal hearings adjourned because our paperwork wasn't ready", []],
  ["Hire a peer support worker with lived experience of secure care", []],
  ["Keep patients connected to their families while they're with us, however far away home is", []],
  ["Train every ward team in Safewards so restraint becomes the rare exception", []],
  [
    "Cut readmissions from community forensic placements",
    [],
    { parent: "Recovery that lasts after discharge" },
  ],
  [
    "make ward rounds something patients actually take part in rather than sit through",
    [],
    { siblings: ["Fewer assaults on staff on Beech and Rowan"] },
  ],
  [
    "Less seclusion, and shorter when we do have to use it",
    [],
    {
      krs: [
        { title: "Seclusion episodes per month", unit: "episodes", start: 22, target: 10, current: 18 },
        { title: "Median seclusion length", unit: "h", start: 19, target: 8, current: 15 },
      ],
    },
  ],
  ["Patients feel safe on the ward at night", [NK], { krs: [] }],
  [
    "Smoke-free grounds that actually stay smoke-free",
    [KM],
    { krs: [{ title: "Smoke free", start: 0, target: 0, current: 0 }] },
  ],
  ["Average length of stay (days)", [NT]],
  ["Restrictive interventions down 30% by Q4", [NT]],
  ["Section 17 leave granted and actually used: 85%", [NT]],
  ["Rowan ward (Dr Mensah)", [CL]],
  ["OT & vocational", [CL]],
  ["Patient-led newsletter, first issue out in the spring", [TL]],
  ["Refurbish the family visiting room", [TL]],
  ["Move the clinical record from RiO to the new EPR", [TL]],
  ["Make sure every patient's CPA review is done every six months", [JR]],
  ["Hourly observations done and written up in the obs chart", [JR]],
  [
    "Annual Mental Health Act refresher for all RCs and nurses (mandatory)",
    [CO, KM],
    { krs: [{ title: "Done", start: 0, target: 0, current: 0 }] },
  ],
  ["CQC Mental Health Act monitoring visit — no actions", [CO]],
  [
    "Rowan ward: reduce violence on the ward",
    [GC],
    { parent: "Reduce violence on the wards" },
  ],
]);

// Bean There, Bristol: two converted Piaggio Apes and a Citroën H van doing office parks, markets,
// weddings and festivals.
const COFFEE_VAN = rows('mobile-coffee-van', [
  ["get regulars at the Aztec West pitch coming back every day not just Fridays", []],
  ["Make weddings our main earner so we're not stuck in car parks in the rain", []],
  ["Cut the queue at festivals so people don't walk off to the next van", []],
  ["Hire a barista who can also drive the H van so I'm not doing every wedding myself", []],
  ["Keep the Temple Quay pitch when the landlord re-lets the spaces", []],
  ["Stop pouring milk away at the end of market days", []],
  ["Win a second festival where we're the only coffee on site", []],
  ["Couples book us for weddings straight off Instagram without having to ring", []],
  [
    "Do a hot chocolate and mulled cider bar so winter weddings book us too",
    [],
    { siblings: ["Make weddings our main earner so we're not stuck in car parks in the rain"] },
  ],
  [
    "Make the vans pay on days without events",
    [],
    { krs: [{ title: "Weekday takings per van", unit: "£", start: 140, target: 260, current: 170 }] },
  ],
  ["Be the van people look for at Harbourside market", [NK], { krs: [] }],
  [
    "Get customers bringing their own cups",
    [KM],
    { krs: [{ title: "Reusable cups" }] },
  ],
  ["£1,200 a week per van over the summer", [NT]],
  ["Avg spend per customer", [NT]],
  ["Wedding bookings up to 30 this year (18 last year)", [NT]],
  ["Van 2 (Jess)", [CL]],
  ["Events & weddings", [CL]],
  ["New menu boards for the Ape", [TL], { krs: [] }],
  ["sort out a website with a booking form", [TL]],
  ["Clean and descale the machines every night", [JR]],
  ["Restock the vans and do the milk run before 6am", [JR]],
  ["Post the week's pitches on Insta every Monday", [JR]],
  ["Food hygiene inspection — keep the 5", [CO]],
  ["Street trading consent for Corn St renewed with the council", [CO]],
  [
    "Shorter festival queues so punters don't wander off to other vans",
    [GC],
    { siblings: ["Cut the queue at festivals so people don't walk off to the next van"] },
  ],
]);

// Foul Play Events, Leeds: murder mystery dinners in hotels, corporate team events and
// download-and-host party kits, with freelance actors.
const MURDER_MYSTERY = rows('murder-mystery-company', [
  ["Corporate clients book us again for their Christmas do", []],
  ["Hotels see our nights fill their dining room on a dead Tuesday", []],
  ["Plots hard enough to be fun but fair enough that guests don't feel cheated at the reveal", []],
  ["Hire a writer who can turn out a new plot every season", []],
  ["Keep our best actors coming back instead of drifting off to panto in December", []],
  ["Get the download kits selling overseas without us having to do anything", []],
  ["Train actors to improvise round drunk guests without losing the plot", []],
  [
    "Land team-building days with the big Leeds law firms",
    [],
    { parent: "Grow the corporate side" },
  ],
  ["Fewer no-shows on public nights", []],
  [
    "Make public nights profitable in their own right",
    [],
    { krs: [{ title: "Margin per public night", unit: "£", start: 180, target: 450, current: 240 }] },
  ],
  ["A show that works on Zoom as well as it does in a room", [NK], { krs: [] }],
  [
    "Better reviews on Tripadvisor",
    [KM],
    { krs: [{ title: "Reviews", start: 0, target: 0, current: 0 }] },
  ],
  ["Shows per month: 40", [NT]],
  ["Repeat booking rate", [NT]],
  ["Kit sales €25k", [NT]],
  ["Actors & casting (Marcus)", [CL]],
  ["Hotel partnerships", [CL]],
  ["H1 goals", [CL]],
  ["Write the 1920s speakeasy script", [TL]],
  ["New brochure for corporate", [TL]],
  ["Send party hosts their character packs and the invite wording once they've paid", [JR]],
  ["Book actors and confirm runing order with the hotel for every show", [JR]],
  ["Public liability insurance renewed and the certificate sent to all the hotels", [CO]],
  ["Get the DBS checks sorted for actors doing the school murder mystery days", [CO]],
  [
    "Corporate: grow corporate bookings",
    [GC],
    { parent: "Grow the corporate side" },
  ],
]);

// Tremor Together: a regional Parkinson's charity in Cumbria (local groups, exercise classes, a
// helpline, part-funded specialist nurses, fundraising).
const PARKINSONS = rows('parkinsons-support-charity', [
  ["People newly diagnosed hear from us in the first month, not when things get bad", []],
  ["Get the ICB to fund a second Parkinson's nurse for West Cumbria", []],
  ["More people under 60 finding a group that feels like theirs", []],
  ["Recruit a volunteer coordinator who can get groups going in the villages", []],
  ["Keep the Whitehaven group going when its founder steps down", []],
  ["Exercise classes that people with advanced Parkinson's can still join", []],
  ["Train care home staff to get Parkinson's meds in on time so residents don't seize up", []],
  [
    "Reach the carers who never come to groups",
    [],
    { parent: "Nobody with Parkinson's in our area faces it alone" },
  ],
  ["Legacy income that doesn't hang on a few big gifts", []],
  [
    "Fewer people with Parkinson's ending up in hospital after a fall",
    [],
    { krs: [{ title: "Falls admissions among members", unit: "admissions", start: 64, target: 45, current: 58 }] },
  ],
  ["Make our helpline the first number people ring", [NK], { krs: [] }],
  [
    "A louder voice with the ICB",
    [KM],
    { krs: [{ title: "Influence" }] },
  ],
  ["Raise £350,000 in 2026/27", [NT]],
  ["Members: 1,800 → 2,200", [NT]],
  ["Cost per pound raised", [NT]],
  ["Fundraising (Bev)", [CL]],
  ["Groups & volunteers", [CL]],
  ["Host the Parky Picnic at Lowther in June", [TL]],
  ["New website", [TL]],
  ["Publish the annual impact report", [TL]],
  ["Answer the helpline Mon–Fri 9–5", [JR]],
  ["Keep the volunteer database up to date", [JR]],
  ["Safeguarding training for all group leaders — mandatory", [CO]],
  ["Fundraising Regulator levy paid and registration renewed", [CO]],
  [
    "More younger-onset people finding a group they feel they belong to",
    [GC],
    { siblings: ["More people under 60 finding a group that feels like theirs"] },
  ],
]);

// Tessford Gypsum, Nottinghamshire: a plasterboard plant (calciner, two board lines, FGD and
// recycled gypsum).
const PLASTERBOARD = rows('plasterboard-plant', [
  ["Take back contractors' offcuts so recycled gypsum replaces mined rock in the mix", []],
  ["Cut gas use on the board dryer", []],
  ["Fewer broken boards reaching merchants' yards", []],
  ["Hire a process engineer who's run a calciner before", []],
  ["Keep the Wickes framework when it's retendered", []],
  ["Get the new fire board specified on high-rise jobs", []],
  ["Line 2 runs through the night without stopping for paper breaks", []],
  [
    "Switch the dryer to hydrogen-ready burners so we're not stuck on gas",
    [],
    { parent: "Be the greenest board maker in the UK" },
  ],
  ["Train line operators to fix edge faults themselves so they stop waiting for the shift engineer", []],
  [
    "Less scrap board",
    [],
    { krs: [{ title: "Board scrap rate", unit: "%", start: 6.5, target: 3, current: 5.2 }] },
  ],
  ["A plant where agency staff want to stay on", [NK], { krs: [] }],
  [
    "Quicker deliveries to merchants",
    [KM],
    { krs: [{ title: "Deliveries faster", start: 0, target: 0, current: 0 }] },
  ],
  ["OEE on Line 1 — 82%", [NT]],
  ["Tonnes of recycled gypsum used", [NT]],
  ["Energy per m² of board", [NT]],
  ["Board line — nights (Kev)", [CL]],
  ["Quality lab", [CL]],
  ["Install the new edge trimmer on Line 2", [TL]],
  ["Write a product datasheet for the moisture board", [TL]],
  ["Check board weight and edge profile every hour and log it", [JR]],
  ["Clean the mixer and forming table at every shift change", [JR]],
  ["Order paper rolls and keep the reel store stocked", [JR]],
  ["Environmental permit annual report sent to the EA", [CO]],
  ["BS EN 520 factory production control audit — passed?", [CO]],
  [
    "Log the board weight and edge checks hourly",
    [JR, GC],
    { siblings: ["Check board weight and edge profile every hour and log it"] },
  ],
]);

// Ironworks Barbell Club: a members' powerlifting club in a unit on an industrial estate,
// affiliated to British Powerlifting.
const POWERLIFTING = rows('powerlifting-club', [
  ["More women lifting at the club and staying past the first three months", []],
  ["Get our lifters to competitions without them having to sort it all themselves", []],
  ["Novices reach their first meet feeling ready, not terrified", []],
  ["Find a qualified coach who'll take the Tuesday beginners", []],
  ["Keep the unit when the lease comes up", []],
  ["A club where Masters lifters feel as welcome as the juniors", []],
  ["Train our own refs so we can run sanctioned meets at the club", []],
  [
    "Turn the club open into a date people put in their calendar every year",
    [],
    { parent: "Run a club lifters are proud to represent" },
  ],
  ["Fewer injuries from rushed warm-ups", []],
  [
    "Grow paying membership without cramming the platforms",
    [],
    { krs: [{ title: "Paying members", unit: "members", start: 74, target: 110, current: 86 }] },
  ],
  ["People feel at home from their first session", [NK], { krs: [] }],
  [
    "Better technique across the club",
    [KM],
    { krs: [{ title: "Technique" }] },
  ],
  ["Lifters qualifying for the British Classic: 8", [NT]],
  ["Grow the club — 110 paying members, renewals at 85%, 8 lifters at the British Classic", [NT]],
  ["Average attendance per session", [NT]],
  ["Committee", [CL]],
  ["Coaching (Sam)", [CL]],
  ["new platforms and a calibrated plate set", [TL]],
  ["Club hoodies", [TL]],
  ["Hold a Christmas deadlift-athon", [TL]],
  ["Wipe the benches down and put the plates back after every session", [JR], { krs: [] }],
  ["Collect subs on the first of the month", [JR]],
  ["Everyone competing registered with British Powerlifting and through the UKAD anti-doping module", [CO]],
  ["Welfare officer's safeguarding course and DBS in date", [CO]],
  [
    "Cut injuries caused by rushing warm ups",
    [GC],
    { siblings: ["Fewer injuries from rushed warm-ups"] },
  ],
]);

// Little Wheels, Harrogate: an independent pram, pushchair and car seat shop with an online shop and
// a car seat fitting service.
const PUSHCHAIRS = rows('pushchair-retailer', [
  ["Parents-to-be book a car seat fitting with us before they buy anywhere else", []],
  ["Win back the customers who come in to try and then buy online", []],
  ["Get the pre-loved pram trade-in running so families come back for the second child", []],
  ["Hire a car seat specialist for Saturdays so customers aren't left waiting", []],
  ["Keep the Bugaboo dealership when they cut stockists", []],
  ["Fewer returns from online buyers who didn't understand the fold", []],
  ["Train staff to fit isofix bases well enough that we can offer fitting at home", []],
  [
    "Become the go-to for twin and tandem buggies in the north",
    [],
    { parent: "Be the shop Yorkshire parents trust with the big decisions" },
  ],
  ["Sell more to grandparents kitting out their own house", []],
  [
    "Make online pay its way",
    [],
    { krs: [{ title: "Online gross margin", unit: "%", start: 18, target: 27, current: 21 }] },
  ],
  ["Stop losing sales because stock shown online isn't actually in", [NK], { krs: [] }],
  [
    "More 5-star Google reviews",
    [KM],
    { krs: [{ title: "Google reviews" }] },
  ],
  ["Turnover £1.1m", [NT]],
  ["Conversion rate in store", [NT]],
  ["Average basket up £40", [NT]],
  ["Shop floor (Nadia)", [CL]],
  ["Online", [CL]],
  ["New fitting bay with a demo car", [TL]],
  ["Shopify theme update", [TL]],
  ["Unpack deliveries and get the prams out on display the same day", [JR]],
  ["Web chat and emails — who's covering?", [JR]],
  ["Car seat fitter certification renewed with each manufacturer", [CO]],
  ["PCI compliance questionnaire for the card terminals done", [CO]],
  ["Annual fire risk assessment for the shop and stockroom signed off", [CO]],
  [
    "Shop floor: be the shop parents in Yorkshire trust with the big decisions",
    [GC],
    { parent: "Be the shop Yorkshire parents trust with the big decisions" },
  ],
]);

// Wessex City Council's road user charging team: the clean air zone and bus-lane charging (ANPR
// cameras, payments, penalty charge notices, exemptions, the scrappage fund).
const ROAD_CHARGING = rows('road-user-charging-team', [
  ["Fewer of the oldest taxis and vans driving in the zone", []],
  ["Drivers who need an exemption get it before they're fined, not after", []],
  ["Cleaner air along the Ring Road, so that one day we can take the zone down", []],
  ["Make paying the charge as easy as paying for parking", []],
  ["Get small traders into the scrappage scheme before the money runs out", []],
  ["Hire a data analyst who can tell us which streets the traffic moved to", []],
  ["Keep public support for the zone through the election", []],
  [
    "Stop out-of-area visitors getting PCNs because they never saw a sign",
    [],
    { parent: "A zone people see as fair" },
  ],
  ["Cut the PCNs we lose at tribunal", []],
  [
    "Bring NO2 down on the worst roads",
    [],
    { krs: [{ title: "Annual mean NO2 at the Station Rd monitor", unit: "µg/m³", start: 46, target: 38, current: 42 }] },
  ],
  ["A scrappage fund that reaches the people it was meant for", [NK], { krs: [] }],
  [
    "Fewer non-compliant vehicles",
    [KM],
    { krs: [{ title: "Non-compliant vehicles", start: 0, target: 0, current: 0 }] },
  ],
  ["Compliance rate of vehicles entering the zone: 95%", [NT]],
  ["PCN recovery rate", [NT]],
  ["Daily non-compliant entries below 1,500", [NT]],
  ["Enforcement & PCNs (Hannah)", [CL]],
  ["CAZ — phase 2", [CL]],
  ["Camera network", [CL]],
  ["Put the new signs up on the A36 approaches", [TL]],
  ["Launch the new exemptions portal", [TL]],
  ["Respond to every PCN challenge within 56 days", [NT, JR]],
  ["Check the ANPR images before a PCN goes out", [JR]],
  ["DVLA KADOE contract audit passed", [CO]],
  ["Annual report on the zone to JAQU submitted on time", [CO]],
  [
    "Exempt drivers get their exemption sorted before a PCN arrives instead of after",
    [GC],
    { siblings: ["Drivers who need an exemption get it before they're fined, not after"] },
  ],
]);

// Premier Play Coaching, West Yorkshire: PE cover in primary schools, after-school clubs and holiday
// camps, mostly paid from the PE and sport premium.
const SCHOOL_SPORTS = rows('school-sports-coaching-company', [
  ["Kids who hate PE start coming to an after-school club", []],
  ["Schools renew for next year without us having to chase them", []],
  ["Holiday camps that working parents book as their first choice", []],
  ["Recruit a coach who can lead dance and gymnastics, not just football", []],
  ["Keep St Mary's when the new head reviews the sports premium spend", []],
  ["Teachers feel confident teaching PE themselves after we've coached alongside them", []],
  ["Get girls' football clubs running in every school we work in", []],
  [
    "More Year 4 pupils leaving their swimming block able to swim unaided",
    [],
    { parent: "Get every child moving more" },
  ],
  ["Fewer coach no-shows on Monday mornings", []],
  [
    "Grow holiday camps without losing quality",
    [],
    {
      krs: [
        { title: "Camp places sold", unit: "places", start: 1400, target: 2100, current: 1650 },
        { title: "Parent rating", unit: "/5", start: 4.3, target: 4.6, current: 4.4 },
      ],
    },
  ],
  ["Coaches who stay with us longer than a season", [NK], { krs: [] }],
  [
    "Happier schools",
    [KM],
    { krs: [{ title: "School satisfaction" }] },
  ],
  ["Schools on contract: 45", [NT]],
  ["After-school club attendance 70%", [NT]],
  ["Coach utilisation", [NT]],
  ["Holiday camps (Leanne)", [CL]],
  ["Coaches — Wakefield", [CL]],
  ["New booking system for camps on the website", [TL]],
  ["Write the Y5/6 tag rugby scheme of work", [TL]],
  ["Do the register and send it to the school office every session", [JR]],
  ["Send each school its termly sports premium report", [JR]],
  ["cover sick coaches from the bank", [JR]],
  ["Enhanced DBS and paediatric first aid in date for every coach", [CO]],
  ["Ofsted registration for the holiday camps renewed", [CO]],
  [
    "Every child moving more — Wakefield coaches",
    [GC],
    { parent: "Get every child moving more" },
  ],
]);

// Hawkridge Sculpture Park: a charitable trust with an outdoor collection on a hundred-acre estate,
// temporary exhibitions, a learning programme and a café.
const SCULPTURE_PARK = rows('sculpture-park', [
  ["Visitors come back in winter, not just for summer picnics", []],
  ["Get the Hepworth loan extended beyond next year", []],
  ["Local schools use the park as a classroom", []],
  ["Hire a conservator who can look after bronze and stone outdoors", []],
  ["Keep Arts Council NPO funding in the next round", []],
  ["Fewer works damaged by climbing and graffiti", []],
  ["Make the lakeside path usable for wheelchairs and buggies all year round", []],
  [
    "Emerging artists apply for our residency ahead of the big-name programmes",
    [],
    { parent: "Become a place artists want to make new work for" },
  ],
  ["Café income that pays for the learning programme, so that schools from the estates can come free", []],
  [
    "More members who renew",
    [],
    { krs: [{ title: "Member renewal rate", unit: "%", start: 61, target: 72, current: 64 }] },
  ],
  ["Visitors understand what they're looking at without buying a guidebook", [NK], { krs: [] }],
  [
    "A stronger profile with the national press",
    [KM],
    { krs: [{ title: "Press coverage", start: 0, target: 0, current: 0 }] },
  ],
  ["Visitors 210,000 / members 9,000 / café £1.2m", [NT]],
  ["Secondary spend per head", [NT]],
  ["Membership up by a quarter", [NT]],
  ["Collections & conservation (Ruth)", [CL]],
  ["Learning team", [CL]],
  ["Print a new site map (draft in Drive > Visitor Services > Maps 2026)", [TL]],
  ["Family trail for the summer holidays", [TL]],
  ["Install the Gormley loan on the east ridge", [TL]],
  ["Clean and wax the bronzes each spring", [JR]],
  ["Check every work after a storm and record any damage", [JR]],
  ["Government Indemnity Scheme conditions met for the loan", [CO]],
  ["Museum Accreditation return submitted to ACE", [CO]],
  [
    "Get visitors returning through the winter months, not only in summer",
    [GC],
    { siblings: ["Visitors come back in winter, not just for summer picnics"] },
  ],
]);

// Terralab Analytical, Lincolnshire: soil, grass and manure analysis for farmers and agronomists,
// with its own field sampling team.
const SOIL_LAB = rows('soil-testing-lab', [
  ["Farmers get results before they've ordered fertiliser, not after", []],
  ["Agronomists trust our numbers enough to stop sending split samples elsewhere", []],
  ["Make soil biology tests cheap enough that farmers run them every year", []],
  ["Hire a soil scientist who can talk a grower through their results on the phone", []],
  ["Keep the Frontier contract when it comes up", []],
  ["Fewer samples arriving unlabelled or in the wrong bags", []],
  ["Sample more fields in the short window between harvest and drilling", []],
  [
    "Results explained in plain English on every report so growers act on them",
    [],
    { parent: "Become the lab growers ring first" },
  ],
  ["Train the lab techs on the new ICP so we stop sending metals work out", []],
  [
    "Quicker turnaround at peak",
    [],
    { krs: [{ title: "Median turnaround in Feb–Mar", unit: "working days", start: 9, target: 4, current: 7 }] },
  ],
  ["Labs results that feed straight into farm software", [NK], { krs: [] }],
  [
    "Better client retention",
    [KM],
    { krs: [{ title: "Retention" }] },
  ],
  ["Samples per week in peak season: 6,000", [NT]],
  ["Cost per sample", [NT]],
  ["Turnaround of 3 days or less on 90% of samples", [NT]],
  ["Sampling team (Rob)", [CL]],
  ["Chemistry lab — night shift", [CL]],
  ["Buy a second ICP-OES", [TL]],
  ["New client portal — see notion.so/terralab/portal-spec", [TL]],
  ["Run QC standards with every batch", [JR]],
  ["Dry and grind incoming samples the day they arrive", [JR]],
  ["Chase unpaid invoices over 60 days", [JR]],
  ["UKAS ISO 17025 surveillance visit — no major findings", [CO]],
  ["PAAG membership renewed and every proficiency round passed", [CO]],
  [
    "Samples per week off-peak: 2,500",
    [NT, GC],
    { siblings: ["Samples per week in peak season: 6,000"] },
  ],
]);

// Podium Speakers, London: a speakers' bureau booking keynotes, hosts and after-dinner speakers for
// conferences and corporate events, on commission.
const SPEAKERS = rows('speakers-bureau', [
  ["Event planners come to us first for speakers on AI and the future of work", []],
  ["Fewer last-minute speaker cancellations that leave clients stranded", []],
  ["Sign speakers who look like the audiences they speak to", []],
  ["Hire a booker with contacts in the pharma conference world", []],
  ["Keep our exclusive with the Olympic rowers when their contract is up", []],
  ["Get more repeat business from the big event agencies", []],
  ["Make virtual keynotes worth the fee", []],
  [
    "Win conference business from Manchester and Leeds event agencies",
    [],
    { parent: "Grow beyond London" },
  ],
  ["Speakers get payed quick enough that they recommend us to other speakers", []],
  [
    "Higher fees per booking",
    [],
    { krs: [{ title: "Average fee per booking", unit: "£", start: 6200, target: 8000, current: 6900 }] },
  ],
  ["A roster that doesn't look like a gentlemen's club", [NK], { krs: [] }],
  [
    "Higher client satisfaction",
    [KM],
    { krs: [{ title: "Client feedback", start: 0, target: 0, current: 0 }] },
  ],
  ["Bookings 650", [NT]],
  ["Commission income £2.4m FY27", [NT]],
  ["Enquiry-to-booking conversion", [NT]],
  ["Corporate desk (Olu)", [CL]],
  ["Speaker relations", [CL]],
  ["Q2 priorities", [CL, NK], { krs: [] }],
  ["Showreels for the top 20 speakers", [TL]],
  ["New CRM", [TL]],
  ["Send every speaker their brief and the client call details", [JR]],
  ["Chase client deposits and pay speakers once the event's done", [JR]],
  ["Anti-bribery policy signed off by all staff", [CO]],
  ["GDPR training completed (mandatory)", [CO]],
  [
    "More repeat bookings from the large event agencies",
    [GC],
    { siblings: ["Get more repeat business from the big event agencies"] },
  ],
]);

// Pennine SCITT: a school-centred initial teacher training partnership (trainee recruitment,
// placements in partner schools, mentors, recommendations for QTS).
const TEACHER_TRAINING = rows('teacher-training-provider', [
  ["Trainees stay in teaching past their second year", []],
  ["More career changers from engineering training with us to teach physics", []],
  ["Partner schools give mentors protected time so that trainees get proper feedback every week and stop feeling like spare staff", []],
  ["Hire a maths lead who's taught in a tough school recently", []],
  ["Keep trainees who wobble in the spring term instead of losing them to withdrawal", []],
  ["Partner schools snap up our trainees before they've finished the course", []],
  ["Train mentors to give feedback trainees can act on in the very next lesson", []],
  [
    "Get computing trainees from the local tech sector",
    [],
    { parent: "Fill the shortage subjects in Calderdale schools" },
  ],
  ["Fewer trainees failing their final placement", []],
  [
    "Recruit more in shortage subjects",
    [],
    { krs: [{ title: "Physics, chemistry and computing trainees", unit: "trainees", start: 9, target: 18, current: 12 }] },
  ],
  ["Trainees feel ready on their first day as ECTs", [NK], { krs: [] }],
  [
    "Better school partnerships",
    [KM],
    { krs: [{ title: "Partnerships" }] },
  ],
  ["Trainees recruited: 85", [NT]],
  ["QTS pass rate 95%", [NT]],
  ["Employment rate six months after QTS", [NT]],
  ["Primary programme (Helen)", [CL]],
  ["Secondary — STEM", [CL]],
  ["Rewrite the curriculum handbook for 2027 entry", [TL]],
  ["Run the open evening in November", [TL]],
  ["Observe each trainee every fortnight and write it up", [JR]],
  ["Collate the evidence for QTS recommendations", [JR]],
  ["Answer applicant emails and get interviews booked in", [JR]],
  ["Ofsted ITE inspection — Good or better", [CO]],
  ["ITT census return to the DfE submitted by the deadline", [CO]],
  [
    "Secondary: fill shortage subjects in schools across Calderdale",
    [GC],
    { parent: "Fill the shortage subjects in Calderdale schools" },
  ],
]);

// Threadly: a B2B team messaging app (channels, huddles, integrations, enterprise admin).
const TEAM_CHAT = rows('team-chat-app', [
  ["Teams that move off email onto Threadly don't drift back", []],
  ["Make search find the message people are thinking of, not just the words they typed", []],
  ["Land our first NHS trust", []],
  ["Hire a staff engineer who's scaled websockets before", []],
  ["Keep Northvolt when their IT team consolidates tools", []],
  ["Enterprise admins can set up SSO without a call with us", []],
  ["Make Threadly the chat app compliance teams sign off without a fight", []],
  [
    "Shift workers can use Threadly on a shared tablet without seeing each other's messages",
    [],
    { parent: "Become the default chat tool for frontline workers" },
  ],
  ["Messages arrive fast enough on bad mobile signal that people stop texting instead", []],
  [
    "Grow paid seats in existing accounts",
    [],
    { krs: [{ title: "Net revenue retention", unit: "%", start: 104, target: 118, current: 109 }] },
  ],
  ["Huddles people prefer to a video call", [NK], { krs: [] }],
  [
    "Better onboarding",
    [KM],
    { krs: [{ title: "Onboarding", start: 0, target: 0, current: 0 }] },
  ],
  ["ARR $30M by Q4", [NT]],
  ["Weekly active users per paid seat", [NT]],
  ["p95 message latency under 200ms", [NT]],
  ["Platform (Ines)", [CL]],
  ["Mobile", [CL]],
  ["Ship the new emoji picker", [TL]],
  ["Migrate message storage to ScyllaDB", [TL]],
  ["Redo the pricing page", [TL]],
  ["Triage incoming support tickets daily", [JR]],
  ["Patch dependencies on the monthly cycle", [JR]],
  ["SOC 2 Type II report renewed", [CO]],
  ["Everyone does the annual security awareness training", [CO]],
  [
    "Cut notification overload so people don't mute every channel",
    [GC],
    { siblings: ["Stop notification fatigue driving people to mute everything"] },
  ],
]);

// Tally Hours: a time-tracking and invoicing app for agencies and freelancers.
const TIME_TRACKING = rows('time-tracking-app', [
  ["Freelancers who forget to start the timer still get their hours right", []],
  ["Agencies bill for hours they used to write off", []],
  ["Land our first accountancy firm with over 100 staff", []],
  ["Hire a product designer whose worked agency side", []],
  ["Keep customers when they go from solo to hiring their first employee", []],
  ["Make the desktop timer light enough that people leave it running", []],
  ["Get Xero users invoicing straight from tracked time", []],
  [
    "Filling in a timesheet on a Friday takes less time than complaining about it",
    [],
    { parent: "Become the timesheet people don't hate" },
  ],
  ["Fewer trials that end without a single tracked hour", []],
  [
    "Convert more trials to paid",
    [],
    { krs: [{ title: "Trial-to-paid conversion", unit: "%", start: 7, target: 11, current: 8 }] },
  ],
  ["A reporting view managers open without being asked", [NK], { krs: [] }],
  [
    "Stronger brand in Germany",
    [KM],
    { krs: [{ title: "Brand awareness DE" }] },
  ],
  ["MRR €450k", [NT]],
  ["Churn under 3% a month", [NT]],
  ["Tracked hours per active user per week", [NT]],
  ["Growth — H2", [CL, NK], { krs: [] }],
  ["Integrations team (Pavel)", [CL]],
  ["Customer success", [CL]],
  ["Launch the Asana integration", [TL]],
  ["Write the help docs for the new invoicing flow", [TL]],
  ["Reply to support chats in under 4 hours", [NT, JR]],
  ["Reconcile Stripe payouts each month", [JR]],
  ["DPIA for the screenshot feature signed off", [CO]],
  ["Annual pen test done and the report shared with enterprise customers", [CO]],
  [
    "Integrations team — be the timesheet nobody hates",
    [GC],
    { parent: "Become the timesheet people don't hate" },
  ],
]);

// Marshgate Energy Recovery Facility: a residual waste incinerator with a steam turbine, bottom ash
// recovery and a link to a district heat main.
const WASTE_TO_ENERGY = rows('waste-to-energy-plant', [
  ["Supply heat to the new hospital through the district heat link", []],
  ["Fewer unplanned boiler outages", []],
  ["Get bottom ash recycled into aggregate instead of landfilled", []],
  ["Hire a combustion engineer who's tuned a moving grate", []],
  ["Keep the county's residual waste contract at the 2028 extension", []],
  ["Stop hauliers queueing back onto the main road at the weighbridge, so that the parish council stops raising it at every liaison meeting", []],
  ["Neighbours stop smelling the bunker on hot days", []],
  [
    "Sell more electricity at peak by holding waste in the bunker for the evening",
    [],
    { parent: "Run the plant as a power station, not a tip" },
  ],
  ["Train control room operators to ride through a turbine trip without venting steam", []],
  [
    "Burn more tonnes without more downtime",
    [],
    {
      krs: [
        { title: "Tonnes processed", unit: "kt", start: 318, target: 345, current: 326 },
        { title: "Availability", unit: "%", start: 88, target: 92, current: 89 },
      ],
    },
  ],
  ["A plant the local schools want to visit", [NK], { krs: [] }],
  [
    "Carbon capture ready",
    [KM],
    { krs: [{ title: "CCS readiness", start: 0, target: 0, current: 0 }] },
  ],
  ["Availability 92%", [NT]],
  ["Export MWh per tonne", [NT]],
  ["Gate fee income £38m", [NT]],
  ["Operations — Blue shift (Craig)", [CL]],
  ["Maintenance", [CL]],
  ["Replace the grate bars on Line 2 during the outage", [TL]],
  ["New weighbridge software", [TL]],
  ["Crane the bunker and mix the waste every shift", [JR]],
  ["Make sure the CEMS readings are recorded and any exceedance is reported to the EA the same day", [JR]],
  ["Sample bottom ash for the monthly test", [JR]],
  ["Environmental permit — no Category 1 or 2 breaches", [CO]],
  ["Annual boiler insurance inspection passed", [CO]],
  [
    "Reduce unplanned outages on the boilers",
    [GC],
    { siblings: ["Fewer unplanned boiler outages"] },
  ],
]);

// Hardwater Solutions, Essex: sells, installs and services domestic water softeners and delivers
// block salt on rounds.
const WATER_SOFTENERS = rows('water-softener-company', [
  ["Customers never run out of salt because we turn up before they notice", []],
  ["Get plumbers recommending us instead of fitting cheap units themselves", []],
  ["Fewer call-backs after installs", []],
  ["Hire an installer who can do the drinking water tap side too", []],
  ["Keep service customers when their warranty runs out", []],
  ["Sell servicing plans to people who bought their softener from the big sheds", []],
  ["Get into new-build developments before the kitchens go in", []],
  [
    "Rank on the first page of Google for 'water softener Chelmsford'",
    [],
    { parent: "Be the name Essex thinks of for hard water" },
  ],
  ["Train installers to explain the regen settings so customers stop ringing us", []],
  [
    "Grow the salt delivery rounds",
    [],
    { krs: [{ title: "Salt delivery customers", unit: "customers", start: 1900, target: 2600, current: 2100 }] },
  ],
  ["Customers understand what soft water saves them", [NK], { krs: [] }],
  [
    "Better Trustpilot",
    [KM],
    { krs: [{ title: "Trustpilot" }] },
  ],
  ["Installs per month: 60", [NT]],
  ["Service plan take-up", [NT]],
  ["Average order value £1,450", [NT]],
  ["Installers (Gary)", [CL]],
  ["Salt rounds", [CL]],
  ["Sales office", [CL]],
  ["Get the vans signwritten", [TL]],
  ["New brochure and price list", [TL]],
  ["Do the annual service visits when they're due", [JR]],
  ["Load the salt van and plan the rounds every Monday", [JR]],
  ["WRAS approval for the new softener model", [CO]],
  ["Waste carrier registration renewed with the EA", [CO]],
  [
    "Salt rounds: be Essex's name for hard water",
    [GC],
    { parent: "Be the name Essex thinks of for hard water" },
  ],
]);

// Access Motors, West Midlands: converts vans and MPVs into wheelchair accessible vehicles (lowered
// floors, ramps, winches) for Motability customers, taxi fleets and private buyers.
const WAV_CONVERTER = rows('wav-converter', [
  ["Families wait less between ordering and driving away", []],
  ["Get the new Berlingo conversion onto the Motability scheme", []],
  ["Fewer ramps coming back under warranty", []],
  ["Hire a homologation engineer who's been through IVA", []],
  ["Keep the council taxi fleet contract when it's retendered", []],
  ["Make the rear-entry conversion work for power chairs, not just manual ones", []],
  ["Taxi drivers can fix ramp faults on the rank without a call-out", []],
  [
    "Win the Birmingham black cab replacement programme",
    [],
    { parent: "Become the converter taxi firms choose" },
  ],
  ["Train the sales team to assess a wheelchair user's needs so fewer orders change after the build starts", []],
  [
    "Build more vehicles without overtime",
    [],
    { krs: [{ title: "Conversions completed per week", unit: "vehicles", start: 9, target: 14, current: 11 }] },
  ],
  ["A used WAV stock that sells itself", [NK], { krs: [] }],
  [
    "Faster build times",
    [KM],
    { krs: [{ title: "Build time", start: 0, target: 0, current: 0 }] },
  ],
  ["Conversions: 520 this year", [NT]],
  ["Lead time (order to handover)", [NT]],
  ["Warranty cost per vehicle down 20%", [NT]],
  ["Fabrication shop (Jas)", [CL]],
  ["Motability", [CL]],
  ["New ramp jig", [TL]],
  ["Build a demo vehicle for Naidex", [TL]],
  ["Move the job cards onto the ERP", [TL]],
  ["Road test every vehicle before handover and sign the checksheet", [JR]],
  ["Order chassis from Stellantis each month against the forecast", [JR]],
  ["IVA passed on each new model", [CO]],
  ["ISO 9001 surveillance audit passed", [CO]],
  [
    "Cut warranty returns on ramps",
    [GC],
    { siblings: ["Fewer ramps coming back under warranty"] },
  ],
]);

// Kettle & Crumb: a baking channel on YouTube run by a team of five (long videos, Shorts, sponsors,
// channel memberships, a cookbook).
const YOUTUBE_CHANNEL = rows('youtube-channel', [
  ["Viewers who find us on Shorts stay for the long videos", []],
  ["Sponsors come to us rather than us pitching them", []],
  ["Earn enough from members that a bad sponsor month doesn't hurt", []],
  ["Hire an editor who can cut a video in our style without Ella redoing it", []],
  ["Keep the Dr. Oetker sponsorship when they review creators in the spring", []],
  ["Get the cookbook into supermarkets, not just Amazon", []],
  ["Stop burning out on the upload schedule", []],
  [
    "Recipes that work first time for viewers in the US, cups and °F included",
    [],
    { parent: "Become the channel people bake from, not just watch" },
  ],
  ["Comments full of photos of people's bakes", []],
  [
    "Grow channel members",
    [],
    { krs: [{ title: "Channel members", unit: "members", start: 2100, target: 4000, current: 2600 }] },
  ],
  ["A channel that survives an algorithm change", [NK], { krs: [] }],
  [
    "Better thumbnails",
    [KM],
    { krs: [{ title: "Thumbnails" }] },
  ],
  ["1M subscribers by December", [NT]],
  ["Average view duration", [NT]],
  ["RPM $9", [NT]],
  ["Editing (Tom)", [CL]],
  ["Partnerships", [CL]],
  ["Film the Christmas series", [TL]],
  ["New kitchen set", [TL]],
  [
    "Launch the merch shop",
    [TL, KM],
    { krs: [{ title: "Merch shop live" }] },
  ],
  ["Upload a video every Thursday at 5pm", [JR]],
  ["Reply to comments after each upload", [JR]],
  ["Music licence for the background tracks renewed", [CO]],
  ["Food hygiene level 2 for everyone who cooks on camera (insurer's requirement)", [CO]],
  [
    "People bake from the channel rather than just watching it",
    [GC],
    { parent: "Become the channel people bake from, not just watch" },
  ],
]);

export const HOLDOUT_66: Holdout66Entry[] = [
  ...MEAT_HYGIENE,
  ...MEDIUM_SECURE,
  ...COFFEE_VAN,
  ...MURDER_MYSTERY,
  ...PARKINSONS,
  ...PLASTERBOARD,
  ...POWERLIFTING,
  ...PUSHCHAIRS,
  ...ROAD_CHARGING,
  ...SCHOOL_SPORTS,
  ...SCULPTURE_PARK,
  ...SOIL_LAB,
  ...SPEAKERS,
  ...TEACHER_TRAINING,
  ...TEAM_CHAT,
  ...TIME_TRACKING,
  ...WASTE_TO_ENERGY,
  ...WATER_SOFTENERS,
  ...WAV_CONVERTER,
  ...YOUTUBE_CHANNEL,
];

type NodeRow = [key: string, parentKey: string | null, title: string, expect: RuleCode[]];

/** One plan from its rows (tree order) and its clone groups (original first). */
const plan = (name: string, domain: Holdout66Domain, list: NodeRow[], cloneGroups: string[][]): Holdout66Plan => ({
  name,
  domain,
  nodes: list.map(([key, parentKey, title, expect]) => ({ key, parentKey, title, expect })),
  cloneGroups,
});

export const HOLDOUT_66_PLANS: Holdout66Plan[] = [
  plan(
    'Fenwold official controls FY27',
    'meat-hygiene-service',
    [
      ['r', null, "FY27 objectives", [CL]],
      ['a', 'r', "Make official controls something plants trust rather than dread", []],
      ['a1', 'a', "Poultry: make official controls something plants trust, not dread", [GC]],
      ['a1x', 'a1', "Do post-mortem inspection of every bird on the poultry line", [JR]],
      ['a1y', 'a1', "Carcases rejected for contamination per 10,000 birds", [NT]],
      ['a2', 'a', "Red meat plants (Tariq)", [CL]],
      ['a2x', 'a2', "Post-mortem inspection of every carcase on the red meat line", [JR, GC]],
      ['a2y', 'a2', "Carcases rejected for contamination per 1,000 head", [NT, GC]],
      ['a2z', 'a2', "Small plants get one named OV they can ring instead of whoever's on the rota", []],
      ['b', 'r', "Fewer animals suffering on the way to slaughter", []],
      ['b1', 'b', "New welfare assessment form on the handheld", [TL]],
      ['b2', 'b', "Animal welfare refresher for all OVs (mandatory)", [CO]],
      ['b3', 'b', "Hauliers with repeat welfare breaches stop getting loads from our plants' suppliers", []],
      ['b4', 'b', "Red meat team — plants trust official controls rather than dread them", [GC]],
      ['b5', 'b', "Report welfare breaches at unloading to APHA the same day", [JR]],
    ],
    [
      ['a', 'a1', 'b4'],
      ['a1x', 'a2x'],
      ['a1y', 'a2y'],
    ],
  ),
  plan(
    'Tessford Gypsum 2026/27',
    'plasterboard-plant',
    [
      ['r', null, "2026/27 plan", [CL]],
      ['a', 'r', "Be the greenest board maker in the UK", []],
      ['a1', 'a', "Sustainability: become the UK's greenest plasterboard maker", [GC]],
      ['a1x', 'a1', "Recycled gypsum content across all board: 30%", [NT]],
      ['a1y', 'a1', "Log the gas meter readings on the calciner every shift", [JR]],
      ['a2', 'a', "Line 2 (Mo)", [CL]],
      ['a2x', 'a2', "Recycled gypsum in Line 2 board 35%", [NT, GC]],
      ['a2y', 'a2', "Read the gas meters on the calciner every shift and write them in the log", [JR, GC]],
      ['a2z', 'a2', "Stop sending paper trim to landfill", []],
      ['b', 'r', "Merchants reorder from us before they look at anyone else", []],
      ['b1', 'b', "New pallet labels with barcodes", [TL]],
      ['b2', 'b', "FORS Silver for the delivery fleet renewed", [CO]],
      ['b3', 'b', "Merchants can see where their load is without ringing the office", []],
      ['b4', 'b', "Logistics — be the greenest plasterboard maker in the UK", [GC]],
      ['b5', 'b', "OTIF to merchants 97%", [NT]],
    ],
    [
      ['a', 'a1', 'b4'],
      ['a1x', 'a2x'],
      ['a1y', 'a2y'],
    ],
  ),
  plan(
    'Wessex road user charging 2027',
    'road-user-charging-team',
    [
      ['r', null, "Objectives 2027", [CL]],
      ['a', 'r', "A clean air zone people see as fair", []],
      ['a1', 'a', "Enforcement team: a zone people think is fair", [GC]],
      ['a1x', 'a1', "Review every PCN challenge within 28 days", [NT, JR]],
      ['a1y', 'a1', "PCNs cancelled on appeal below 10%", [NT]],
      ['a2', 'a', "Customer contact (Jo)", [CL]],
      ['a2x', 'a2', "Answer every PCN challenge within 21 days", [NT, JR, GC]],
      ['a2y', 'a2', "Call waiting time", [NT]],
      ['a2z', 'a2', "Drivers can check their vehicle and pay in one go on the phone", []],
      ['b', 'r', "Cleaner air outside schools on the ring road", []],
      ['b1', 'b', "Install air quality monitors outside the ring road schools", [TL]],
      ['b2', 'b', "Annual air quality status report submitted to Defra", [CO]],
      ['b3', 'b', "Parents stop idling outside the school gates", []],
      ['b4', 'b', "Schools team — cleaner air outside ring road schools", [GC]],
      ['b5', 'b', "Keep the monitor data uploaded and validated each week", [JR]],
    ],
    [
      ['a', 'a1'],
      ['a1x', 'a2x'],
      ['b', 'b4'],
    ],
  ),
  plan(
    'Terralab FY27',
    'soil-testing-lab',
    [
      ['r', null, "FY27 goals", [CL]],
      ['a', 'r', "Become the lab growers ring first", []],
      ['a1', 'a', "Sampling: become the first lab growers ring", [GC]],
      ['a1x', 'a1', "Samples collected per sampler per day", [NT]],
      ['a1y', 'a1', "Clean and calibrate the sampling augers at the end of every day", [JR]],
      ['a2', 'a', "Sampling — South (Dee)", [CL]],
      ['a2x', 'a2', "Samples collected per sampler per day in the Fens", [NT, GC]],
      ['a2y', 'a2', "Calibrate and clean the augers every evening", [JR, GC]],
      ['a2z', 'a2', "Growers can book sampling from their phone", []],
      ['b', 'r', "Results that change what farmers put on the field", []],
      ['b1', 'b', "New report template with traffic lights", [TL]],
      ['b2', 'b', "UKAS surveillance visit — no major NCs", [CO]],
      ['b3', 'b', "Agronomists use our recommendations without rewriting them", []],
      ['b4', 'b', "Reports team: growers ring us first", [GC]],
      ['b5', 'b', "Turnaround within 5 working days: 95%", [NT]],
    ],
    [
      ['a', 'a1', 'b4'],
      ['a1x', 'a2x'],
      ['a1y', 'a2y'],
    ],
  ),
  plan(
    'Threadly H1 2027',
    'team-chat-app',
    [
      ['r', null, "H1 2027 OKRs", [CL]],
      ['a', 'r', "Become the default chat tool for frontline workers", []],
      ['a1', 'a', "Mobile: default chat tool for frontline workers", [GC]],
      ['a1x', 'a1', "Crash-free sessions on Android 99.8%", [NT]],
      ['a1y', 'a1', "Work the on-call queue for mobile crashes", [JR]],
      ['a2', 'a', "Web client (Ade)", [CL]],
      ['a2x', 'a2', "Crash-free sessions on web 99.9%", [NT, GC]],
      ['a2y', 'a2', "Migrate the web client to React 19", [TL]],
      ['a2z', 'a2', "Messages typed offline send themselves when the signal comes back", []],
      ['b', 'r', "Win enterprise deals in regulated industries", []],
      ['b1', 'b', "Security (Ravi)", [CL]],
      ['b2', 'b', "ISO 27001 recertification audit passed", [CO]],
      ['b3', 'b', "Customers can keep their data in the EU without a custom contract", []],
      ['b4', 'b', "Sales: win enterprise deals in regulated sectors", [GC]],
      ['b5', 'b', "Answer security questionnaires from prospects", [JR]],
    ],
    [
      ['a', 'a1'],
      ['a1x', 'a2x'],
      ['b', 'b4'],
    ],
  ),
  plan(
    'Marshgate ERF 2027',
    'waste-to-energy-plant',
    [
      ['r', null, "2027 objectives", [CL]],
      ['a', 'r', "Run the plant as a power station, not a tip", []],
      ['a1', 'a', "Operations: run Marshgate as a power station, not a tip", [GC]],
      ['a1x', 'a1', "Walk the boiler house and log defects every shift", [JR]],
      ['a1y', 'a1', "Steam per tonne of waste", [NT]],
      ['a2', 'a', "Shift B (Nadine)", [CL]],
      ['a2x', 'a2', "Log boiler house defects on the shift walk round", [JR, GC]],
      ['a2y', 'a2', "Steam raised per tonne burned", [NT, GC]],
      ['a2z', 'a2', "Operators spot fouling early enough to plan the boiler clean", []],
      ['b', 'r', "Get heat customers onto the district heat link", []],
      ['b1', 'b', "Heat offtake feasibility study for the business park", [TL]],
      ['b2', 'b', "Heat network metering and billing compliance report submitted", [CO]],
      ['b3', 'b', "The business park buys heat from us instead of running its own boilers", []],
      ['b4', 'b', "Heat team — sign heat customers up to the district heat link", [GC]],
      ['b5', 'b', "Turbine availability 96%", [NT]],
    ],
    [
      ['a', 'a1'],
      ['a1x', 'a2x'],
      ['a1y', 'a2y'],
      ['b', 'b4'],
    ],
  ),
  plan(
    'Hardwater Solutions 2027',
    'water-softener-company',
    [
      ['r', null, "Plan for 2027", [CL]],
      ['a', 'r', "Be the name Essex thinks of for hard water", []],
      ['a1', 'a', "Installers — be Essex's name for hard water", [GC]],
      ['a1x', 'a1', "Installs per installer per week: 6", [NT]],
      ['a1y', 'a1', "Clean up and take the old unit away on every install", [JR]],
      ['a2', 'a', "Installers — Suffolk (Lee)", [CL]],
      ['a2x', 'a2', "Installs per installer per week in Suffolk: 5", [NT, GC]],
      ['a2y', 'a2', "Take the old unit away and clean up after every install", [JR, GC]],
      ['a2z', 'a2', "Suffolk customers get an install date the week they order", []],
      ['b', 'r', "Customers never run out of salt", []],
      ['b1', 'b', "Route planning app for the salt van", [TL]],
      ['b2', 'b', "Waste carrier registration renewed", [CO]],
      ['b3', 'b', "Salt customers can skip a delivery from a text", []],
      ['b4', 'b', "Salt rounds: customers never run out of salt", [GC]],
      ['b5', 'b', "Deliver salt on the round every fortnight", [JR]],
    ],
    [
      ['a', 'a1'],
      ['a1x', 'a2x'],
      ['a1y', 'a2y'],
      ['b', 'b4'],
    ],
  ),
  plan(
    'Pennine SCITT 2026-27',
    'teacher-training-provider',
    [
      ['r', null, "2026-27 objectives", [CL]],
      ['a', 'r', "Fill the shortage subjects in Calderdale schools", []],
      ['a1', 'a', "Secondary — fill Calderdale's shortage subjects", [GC]],
      ['a1x', 'a1', "Physics trainees recruited: 10", [NT]],
      ['a1y', 'a1', "Quality assure the mentor reports every half term", [JR]],
      ['a2', 'a', "Primary (Helen)", [CL]],
      ['a2x', 'a2', "Primary trainees recruited: 40", [NT, GC]],
      ['a2y', 'a2', "QA the mentor reports each half term", [JR, GC]],
      ['a2z', 'a2', "Primary trainees confident teaching phonics before their first placement", []],
      ['b', 'r', "Trainees stay in teaching", []],
      ['b1', 'b', "Wellbeing week for trainees in February", [TL]],
      ['b2', 'b', "Safeguarding and Prevent training for every trainee before placement (mandatory)", [CO]],
      ['b3', 'b', "Former trainees come back to mentor", []],
      ['b4', 'b', "ECT support: keep trainees in teaching", [GC]],
      ['b5', 'b', "Employment rate 90%", [NT]],
    ],
    [
      ['a', 'a1'],
      ['a1x', 'a2x'],
      ['a1y', 'a2y'],
      ['b', 'b4'],
    ],
  ),
  plan(
    'Premier Play FY27',
    'school-sports-coaching-company',
    [
      ['r', null, "FY27 — objectives", [CL]],
      ['a', 'r', "Get every child moving more", []],
      ['a1', 'a', "Leeds coaches: get every child moving more", [GC]],
      ['a1x', 'a1', "Send the register to the school office after every session", [JR]],
      ['a1y', 'a1', "Pupils taking part in after-school clubs 40%", [NT]],
      ['a2', 'a', "Coaches — Bradford (Imran)", [CL]],
      ['a2x', 'a2', "Registers to the school office after each session", [JR, GC]],
      ['a2y', 'a2', "After-school club take-up in Bradford schools 30%", [NT, GC]],
      ['a2z', 'a2', "Clubs that children with SEND can join without a TA coming too", []],
      ['b', 'r', "Schools renew without us chasing them", []],
      ['b1', 'b', "Termly impact report template", [TL]],
      ['b2', 'b', "Enhanced DBS renewed for every coach", [CO]],
      ['b3', 'b', "Heads can see what the sports premium bought at a glance", []],
      ['b4', 'b', "Bradford coaches — get every child moving more", [GC]],
      ['b5', 'b', "Schools retained 90%", [NT]],
    ],
    [
      ['a', 'a1', 'b4'],
      ['a1x', 'a2x'],
      ['a1y', 'a2y'],
    ],
  ),
  plan(
    'Access Motors FY2027',
    'wav-converter',
    [
      ['r', null, "Objectives FY2027", [CL]],
      ['a', 'r', "Become the converter taxi firms choose", []],
      ['a1', 'a', "Taxi sales: become the converter taxi fleets choose", [GC]],
      ['a1x', 'a1', "Conversions delivered to taxi fleets: 150", [NT]],
      ['a1y', 'a1', "Follow up every taxi lead within 24 hours", [NT, JR]],
      ['a2', 'a', "Private sales (Kerry)", [CL]],
      ['a2x', 'a2', "Conversions delivered to private buyers: 220", [NT, GC]],
      ['a2y', 'a2', "Follow up every private enquiry within 48 hours", [NT, JR, GC]],
      ['a2z', 'a2', "Private buyers can try a conversion at home before they commit", []],
      ['b', 'r', "Fewer ramps coming back under warranty", []],
      ['b1', 'b', "New ramp test rig", [TL]],
      ['b2', 'b', "ISO 9001 surveillance audit passed", [CO]],
      ['b3', 'b', "Fitters catch ramp faults before the vehicle leaves", []],
      ['b4', 'b', "Quality: cut warranty returns on ramps", [GC]],
      ['b5', 'b', "Warranty claims per 100 vehicles", [NT]],
    ],
    [
      ['a', 'a1'],
      ['a1x', 'a2x'],
      ['a1y', 'a2y'],
      ['b', 'b4'],
    ],
  ),
];
