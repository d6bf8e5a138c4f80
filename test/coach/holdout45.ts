import type { RuleCode } from '../../shared/coach/types';

/**
 * FORTY-FIFTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * What was read. Written blind to the coach's rules by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole); issue 10 (`issues show 10`); lines 1-330 of
 * test/coach/holdout22.ts (its header with the labelling definitions and calls, and the first two lines
 * of its domain union; nothing past line 330, and that file was never grepped); test/coach/report.ts
 * (whole: the Labelled / LabelledPlan shapes and the harness); the output of
 * `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the RuleCode type line, the Fix type and the
 * Finding shape) and nothing else of that file; the brief's list of the 877 domains every earlier set
 * used (/tmp/brief/domains.txt, read whole and grepped for candidate names); tsconfig.json; and a
 * listing of the file names in test/coach/. One slip to record: the shell line that checked the tsc and
 * Node paths also ran `ls shared/coach/`, so the file names in that folder were seen; none of those
 * files was opened. Not opened: any other file under shared/, the README, corpus.ts, handbook.ts,
 * reworded.ts, suite.ts, holdout.ts and holdout1.ts to holdout44.ts (holdout22.ts only as above), or
 * anything under test/unit/, test/e2e/, out/, renderer/, electron/ or scripts/. No git command was
 * run. The coach, `cascade lint`, vitest and npm test were never run, on these titles or at all.
 *
 * How it was checked. Two checks only, both from a throw-away folder (/tmp/h45check/) deleted
 * afterwards: (1) `tsc --noEmit` (node_modules/.bin/tsc under Node 22) on a throw-away tsconfig that
 * copies this repo's compiler options and lists this file, a throw-away file assigning HOLDOUT_45 to
 * Labelled[] and HOLDOUT_45_PLANS to LabelledPlan[] (imported from report.ts), and an ambient
 * `declare module '*.bin'` for the `.bin` import report.ts pulls in through the coach's modules: no
 * errors. (2) A throw-away counting script (`node --experimental-strip-types`) that imports this file,
 * prints the counts below and checks: 25 entries per domain; every kr-not-measurable and no-key-results
 * label matches its KRs under the definitions below (and no entry lacks one it should carry); every
 * sound entry's explicit KRs have a unit and a target; every entry copy has a parent or siblings; no
 * entry or node carries more than one of compliance / job-requirement / task-listing; plan nodes in
 * tree order (parent before child, the list equal to a depth-first walk); each clone group's original
 * first both depth-first and breadth-first; only the copies carry goal-clone; no duplicate entry
 * titles. It also listed every sound title holding a digit or a number word, and each was re-read
 * against the calls below. All checks passed.
 *
 * Domains (20), none in the brief's list, each kept apart from its listed neighbours:
 * - home-improvement-agency (Safe at Home Kirklees: Disabled Facilities Grants casework, a handyperson
 *   service and hospital-discharge jobs for older and disabled people): it arranges and oversees
 *   adaptations, so it is not the community-equipment-service (loans kit), the
 *   occupational-therapy-service (assesses), the stairlift-company (sells and fits one product), the
 *   housing-association (landlord), telecare-service or falls-prevention-service.
 * - infection-prevention-team (an acute trust's IPC nurses: C. diff, MRSA, CPE, norovirus,
 *   isolation, outbreaks): inside one hospital, so not the health-protection-team (public health across
 *   a population), the sterile-services-unit (decontaminates instruments), hospital-nursing (ward care),
 *   the diagnostics-lab or environmental-health.
 * - caravan-manufacturer (Swanholme Leisure Homes, East Yorkshire: touring caravans, holiday lodges,
 *   dealers and holiday parks): not the horsebox-builder, shepherd-hut-builder or modular-home-factory
 *   (other bodies and homes), the bus-maker, or the parks that site and sell them (camping-park,
 *   park-home-estate).
 * - hosiery-knitter (Braunstone Hosiery, Leicestershire: socks and compression hosiery knitted,
 *   toe-closed, boarded and paired for own-label customers and its own brand): knits finished socks, so
 *   not the textile-mill (cloth), glove-maker, carpet-mill, yarn-shop, fashion or fashion-retailer.
 * - baby-bank (Little Bundles Baby Bank, Sheffield: cots, prams, car seats and clothes bundles for
 *   families referred by midwives and health visitors): not the food-bank, furniture-reuse-charity,
 *   charity-shops (sell donations), scrapstore, or the health-visiting-service that refers to it.
 * - u3a (Tynedale u3a: a members' club of retired and semi-retired people running interest groups and
 *   monthly meetings): member-led learning, so not adult-literacy (taught), education, the mens-shed,
 *   the volunteer-centre or a single-activity club such as the bridge-club.
 * - wms-saas (Pickwise: warehouse management software for 3PLs and e-commerce warehouses): sells the
 *   software, so not the logistics-warehouse that runs on it, warehouse-robotics (hardware), mrp-saas
 *   (manufacturing planning), field-service-saas or pos-saas.
 * - grant-management-saas (Fundfolio: application, assessment, payments and monitoring software for
 *   trusts, foundations and councils): serves funders, so not the community-foundation (a funder),
 *   charity-crm (fundraisers' donor records), the crowdfunding-platform, the lottery-operator or the
 *   bid-writing-consultancy (applicants' side).
 * - salmon-farm (Sgeir Salmon: sea pens on west-coast lochs, a freshwater hatchery, lice, gill health,
 *   harvest): Atlantic salmon at sea, so not the trout-farm (freshwater), oyster-fishery, seaweed-farm,
 *   the fisheries-authority (regulator), the smokehouse or the fishmonger.
 * - veg-box-scheme (Rowan Field Organics, Devon: grows and buys in organic veg and delivers weekly
 *   subscription boxes): not the farm-shop (customers come to it), grocery-delivery (a full shop),
 *   meal-kit (recipes and portions), the greengrocer, soft-fruit-farm or the organic-certification-body.
 * - district-nursing (North Tyneside community nursing: housebound patients, wounds, insulin,
 *   catheters, end of life care at home): not hospital-nursing, community-midwifery, the
 *   health-visiting-service (under-fives), the tissue-viability-service (a specialist it refers to) or
 *   home-care (personal care, not nursing).
 * - aircraft-mro (Kestrel Aero Engineering: Part-145 base maintenance, C-checks on regional
 *   turboprops, AOG support): maintains aircraft others build and fly, so not aerospace, airline-ops,
 *   the ga-airfield, the train-maintenance-depot or ndt-inspection (one inspection trade).
 * - vehicle-transporter (Midway Vehicle Logistics: car transporters and trade plate drivers moving new
 *   and used cars between ports, auctions, dealers and leasing customers): not fleet-leasing or the
 *   car-dealership (its customers), vehicle-recovery (breakdowns), heavy-haulage (abnormal loads),
 *   generic logistics or the auction-house.
 * - motor-factor (Partsline Motor Factors: six South Wales branches selling car parts over the trade
 *   counter and by van to garages): not the mot-garage or car-bodyshop (its customers), the
 *   car-dealership, the vehicle-dismantler (used parts), the tyre-retreader or the builders-merchant.
 * - country-store (Tanat Valley Country Stores: feed, fencing, workwear, tack, pet food and animal
 *   medicines for farmers, smallholders and horse owners): retail, so not the feed-mill or
 *   grain-merchant (wholesale), the builders-merchant, garden-centre, saddlery or ironmonger.
 * - sailing-club (Hanford Reservoir Sailing Club: dinghy racing, RYA training, juniors, Sailability):
 *   a members' club, so not the rowing-club, the marina (berths), the sail-training-charity (tall
 *   ships), the sailmaker or the water-ski-school.
 * - patent-attorneys (Harwood Pryce LLP: patent and trade mark attorneys for spin-outs and tech
 *   companies): private practice acting for applicants, so not the patent-office (grants), the
 *   law-firm or generic legal, or legal-practice-software.
 * - town-planning-consultancy (Carrow Planning, Norwich: applications, appeals and Local Plan promotion
 *   for landowners and housebuilders): the applicant's side, so not the planning-authority, and not
 *   architecture, the land-agent, the ecology-consultancy or the party-wall-surveyor.
 * - school-admissions-team (Hartshire County Council: coordinated admissions, in-year applications,
 *   Fair Access, appeals): allocates places, so not university-admissions, the school-transport-team,
 *   the school-district, school-mis (software) or the educational-psychology-service.
 * - ceramic-tile-maker (Burslem Tile Works, Stoke-on-Trent: heritage encaustic, floor and glazed wall
 *   tiles pressed, glazed and fired): not the pottery-studio (wares), the brickworks, glassworks,
 *   stained-glass-studio or the flooring-contractor (lays them).
 *
 * Counts (printed by the throw-away script):
 * - HOLDOUT_45: 500 objectives, 25 per domain; 200 sound (expect [], 40.0%, 10 per domain) and 300
 *   with at least one label. Per label: number-title 80, job-requirement 50, task-listing 45,
 *   generic-container 40, compliance 40, no-key-results 24, kr-not-measurable 23, goal-clone 22.
 *   Double labels on 24 entries: number-title + goal-clone 6, number-title + job-requirement 6,
 *   job-requirement + goal-clone 3, generic-container + no-key-results 2, task-listing +
 *   kr-not-measurable 2, and one each of number-title + compliance, compliance + kr-not-measurable,
 *   number-title + no-key-results, number-title + kr-not-measurable and goal-clone + no-key-results.
 * - `krs: []` on 26 entries: 20 sound titles (no-key-results), 2 containers (+ no-key-results), one
 *   number title (+ no-key-results), one copy (+ no-key-results), and one task and one duty that carry
 *   no no-key-results (the definition excludes them).
 * - kr-not-measurable (23 entries, one bad KR each): on 19 outcome titles (11 KRs with their numbers
 *   left out, so the harness's untouched default 0 -> 100, current 0, no unit; 2 with that default
 *   written out; 6 empty at 0, 0, 0), on 2 tasks (one default left out, one written out), on one
 *   compliance title and on one number title (both defaults left out). 20 sound entries (one per
 *   domain) carry explicit KRs with a unit and a target that must not be flagged.
 * - Context: 28 entries carry a parent (20 sound sharper children, 8 copies); 34 carry earlier
 *   siblings (20 sound, 14 copies).
 * - HOLDOUT_45_PLANS: 10 plans (home-improvement-agency, caravan-manufacturer, wms-saas, salmon-farm,
 *   district-nursing, aircraft-mro, motor-factor, sailing-club, town-planning-consultancy,
 *   ceramic-tile-maker), 150 nodes (15 each), 30 clone groups (25 pairs, 5 triples; 35 copies), 19
 *   sound nodes. Per label: generic-container 51, number-title 39, goal-clone 35, job-requirement 30,
 *   task-listing 4, compliance 2. More than one label on 26 nodes: number-title + goal-clone 10,
 *   job-requirement + goal-clone 7, number-title + job-requirement 5, number-title + job-requirement +
 *   goal-clone 4.
 *
 * Rules of use: Frozen. Measured once. Do not edit labels after the first measurement, and never tune
 * rules on these titles. If a label is later believed wrong, record the disagreement next to the first
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
 * - Limits on a duty are number-title + job-requirement ("Respond to every P1 within 15 minutes,
 *   24/7", "Respond to urgent referrals within 2 hours", "AOG calls: engineer on the way within 4
 *   hours", "Every hot shot at the garage within 45 minutes", "Process in-year applications within 10
 *   school days", "Sample tiles posted to architects within 2 working days of the request", and in
 *   plans "Ring every new referral back within 2 working days", "Hot shots delivered within 45
 *   minutes", "Support rota: answer every P1 inside 15 min, day or night"). Bare periods, frequencies and times leave a duty with
 *   job-requirement alone ("every Monday", "8–8, seven days a week", "every Sunday night", "every Tues
 *   & Thurs", "the same week", "every Friday", "on Wednesday night", "weekly", "each week", "every
 *   morning", "at close", "at the end of each shift", "the day it arrives", "every 28 days", "by Friday
 *   4pm", "3 months before each annuity falls due", "before each session").
 * - Numbers that are not targets: ages and thresholds ("over-75s", "couples in their 40s", "band 5s",
 *   "reviewed in the last 12 weeks" inside a metric's name, "every customer over £30k ARR" as the scope
 *   of an activity, "the top 5,000 lines" and "in first 12 months" in KR names); grades, levels and
 *   types ("Level 3 safeguarding", "IPC level 2", "no level 1 findings", "B1s", "Category 3 and 4" in a
 *   KR, "FORS Silver"); identifiers, standards, versions and models ("BS 3632", "OEKO-TEX Standard
 *   100", "ISO 27001", "WCAG 2.2 AA", "G-Cloud 14", "Part-145", "Q400", "Dash 8", "360Giving", "3PL",
 *   "ward 7", "No. 3 periodic kiln", "Hangar 1", "SoR 2025.xlsx"); years and periods ("2026", "2027",
 *   "2026/27", "2027/28", "FY26", "since 2009", "the 2026 generation", "quarter end", "after a year",
 *   "by 9am" beside a real target, "after 5pm", "every 2 years"); ordinals ("a second framework
 *   contractor", "a second IPC nurse", "a second grower", "a second counter person", "a second SQP",
 *   "a second van", "a second label provider", "their first winter", "their first shift", "their first
 *   term", "first time", "40th anniversary", "our first lottery distributor"); "one" as an article
 *   ("one firm off sick", "one of their top preferences"); compound modifiers and horizons
 *   ("one-piece", "4-pillar", "11-car rigs", "a 3-week check into a 6-week one", "one-off farmers",
 *   "twice-a-year event", "two weeks ahead", "twice a day" as a frequency in a sound title).
 * - Targets: values after a metric or comparator ("Get DFG completions up to 240 this year",
 *   "Handyperson visits up 20%", "C. diff cases: no more than 38 in 2026/27", "Side rooms free by 9am
 *   on 85% of days", "Bed days lost to outbreak closures down by half", "Touring line output: 38
 *   units/week", "Dozen pairs per shift – 1,800", "Yarn cost per dozen down 8p", "Referral to delivery
 *   down to 5 working days", "Interest groups running: from 64 to 75", "Attendance ... up by a third",
 *   "ARR £9.5m exit FY26", "Applications through the platform: 60k", "Average harvest weight 5.2kg",
 *   "Camas: lice under 1 adult female per fish", "Care plans reviewed in the last 12 weeks: 95% of the
 *   caseload", "Cars moved: 140k", "Get empty miles down to 18%", "Stock turn on batteries up to 6x",
 *   "Workwear up 15% on last year", "Membership: 420", "Billable hours per fee earner: 1,350",
 *   "Applications approved: 85%", "Appeals lodged down 20%", "Kiln gas cost per m² down 10%"); a
 *   percentage on a compliance title is number-title + compliance ("IPC level 2 e-learning compliance
 *   at 90% across the Medicine division").
 * - Only a metric name is number-title: "Average cost per adaptation (Bev to report)", "MRSA
 *   screening rate for elective admissions", "PDI failure rate", "Seconds rate on compression
 *   hosiery", "Bundles out per volunteer session", "Renewal rate", "Net revenue retention", "Time to go
 *   live for a new funder", "Support tickets per customer per month", "Cost per kg HOG", "Own-grown
 *   share of box content", "Mileage per visit", "Average TAT on ATR C-checks", "Loads per truck per
 *   week", "Gross margin on the trade counter", "Online sales share" (with a bare KR: also
 *   kr-not-measurable), "Average basket in garden & pets", "Boats on the start line per Sunday race",
 *   "Realisation rate", "Pre-app to submission time", "Number of late primary applications", "Square
 *   metres fired per week", and in plans "Average weeks from enquiry to DFG approval", "Smolt weight at
 *   transfer", "Warranty claims per 100 units". Direction without a quantity is sound ("Cut ...",
 *   "Fewer ...", "More ...", "Less ...", "Shorter ...", "Bigger, healthier ...", "quicker", "faster",
 *   "Lose fewer ...", "Grow ...").
 * - Containers: roles, owners' teams, sections, shifts and channels ("Casework team (Bev)",
 *   "Handyperson service", "IPC nurses (Sr Adeyemi)", "Surveillance & audit", "Touring line — Jason",
 *   "Lodges & holiday homes", "Knitting room (nights)", "Own-label accounts — Sandra", "Volunteers &
 *   rotas", "Warehouse (Dean)", "Groups coordinator – Marian", "Implementation team (Aisha)",
 *   "Platform & SRE", "Customer success — Scotland", "Product (Ravi)", "Marine sites – North (Calum)",
 *   "Freshwater / hatchery", "Pack shed", "Growing team – Ruth", "Whitley Bay team (Sr Patel)",
 *   "Twilight & nights", "Base maintenance — nights (Dave R)", "Planning & tech services", "Trade
 *   plate drivers — Midlands", "Transport office (Kev)", "Trade counter – Newport", "Drivers (Gareth
 *   B)", "Welshpool store (Bethan)", "Farm delivery", "Rear Commodore Sailing", "Juniors & training
 *   (Helen)", "Trade marks team (Fiona)", "Development management team", "Strategic land (Rob)",
 *   "In-year team – Shabana", "Appeals clerking", "Glaze shop (Tony)", "Heritage & restoration
 *   sales"); buckets with a period, and every plan root, are generic-container only. "Committee
 *   2026/27" and "Chemistry & life sciences — partners" with `krs: []` also carry no-key-results.
 * - Compliance: audits, inspections, accreditations, certifications, registrations, returns,
 *   licences and insurance the organisation undergoes or keeps ("TrustMark registration renewed ...",
 *   "Enhanced DBS in date for every handyperson ...", "FFP3 fit testing in date ... (mandatory)", "NCC
 *   approval renewed ...", "BS 3632 certification ...", "Sedex SMETA 4-pillar audit — no criticals",
 *   "OEKO-TEX Standard 100 certificate renewed", "Trustees' annual report and accounts filed with the
 *   Charity Commission", "Independent examination of the accounts done before the AGM", "ISO 27001
 *   recertification audit in March", "Cyber Essentials Plus renewed", "External WCAG 2.2 AA audit of
 *   the applicant portal", "ASC certification audit at Loch Ailort", "SEPA CAR licence conditions met
 *   at every site, annual return in on time", "Soil Association inspection — keep organic status",
 *   "Food business registration with Mid Devon ...", "NMC revalidation done on time ...", "CAA
 *   Part-145 audit closed with no level 1 findings", "FORS Silver reaccreditation", "Waste carrier
 *   licence renewed ...", "AMTRA registration renewed for every SQP", "BASIS registration renewed for
 *   Emyr ...", "RYA Training Centre inspection", "CPD hours logged with IPReg ...", "RTPI chartered
 *   membership kept ...", "PI insurance renewed", "Annual report to the Schools Adjudicator
 *   submitted by the deadline", "LEV thorough examination on all the dust extraction", "UKCA marking
 *   and DoPs updated ..."); mandatory training and policy sign-offs ("Level 3 safeguarding for every
 *   caseload holder (mandatory)", "Human factors continuation training ... (mandatory, every 2
 *   years)", "Driver CPC periodic training done ... before their DQC expires", "Forklift certificates
 *   ... (mandatory)", "Every instructor's RYA safeguarding course and DBS up to date", "GDPR training
 *   for everyone handling applications (mandatory)", "Trustees sign the data protection policy (Third
 *   Age Trust requirement)", "DPIA signed off for the AI summary feature", "AML risk assessment and
 *   client due diligence policy signed by all staff", "Basic DBS for every volunteer doing home
 *   deliveries (policy)" (with a bare KR: also kr-not-measurable)).
 * - Duty rather than compliance: the organisation's own routine checks, records and queues are
 *   job-requirement even where a regulator or scheme asks for them ("Weekly lice counts on every pen,
 *   reported to the Fish Health Inspectorate", "Download tacho cards every 28 days and check for
 *   infringements" (with `krs: []`: no no-key-results), "Keep the VMD record of wormers and medicines
 *   sold upto date", "Restock the bags and check the CD book weekly", "Tool control — every tool back
 *   on the shadow board ...", "Go through the calibration due list weekly ...", "Damp test every van at
 *   end of line and log the readings", "Make sure every driver walks round the rig ..."). A trap word
 *   inside a duty does not make it compliance: "Nightly Charity Commission register sync for due
 *   diligence — fix it when it falls over" and "Send renewal reminders to clients 3 months before each
 *   annuity falls due" (the clients' patent renewals, a service) are job-requirement. Upkeep, routines
 *   and queues, in every shape: "Keep ... up to date", "Keep on top of the yarn stock sheet ...",
 *   "Daily review of every patient flagged ...", "Machines cleaned and oiled every Sunday night ...",
 *   "Dealer stock list on the portal updated every Friday", "Moorings and nets checked after every
 *   storm", "Newsletter out by email and post before every monthly meeting", "Timesheets in by Friday
 *   4pm", "Cover the IPC bleep ...", "Out-of-hours on-call: triage PagerDuty alerts ...", "Answer the
 *   applicant helpdesk on behalf of funders", "Chase failed card payments — Lucy", "Warranty returns
 *   back to suppliers each week", "Duty rota — fill every race officer and safety boat slot ...",
 *   "Formalities: docket every incoming EPO communication the day it arrives", "Key in the paper
 *   application forms ... every Monday", "Keep the waiting lists ... in rank order after every offer".
 * - Tasks: events and deliverables as noun phrases ("New leaflet for GP surgeries on what we do",
 *   "NEC Caravan & Motorhome Show stand, October", "New floor-panel jig for the 2027 tourer range",
 *   "New packaging for the walking sock range", "Pure London trade show — stand and samples" (with a
 *   bare KR: also kr-not-measurable), "Donation drive with the Meadowhall shops in September", "Online
 *   referral portal for health visitors to replace the Google Form", "40th anniversary lunch at the
 *   Beaumont", "New customer onboarding playbook (notion.so/...)", "New feed barge for Camas", "New
 *   electric delivery van", "Summer recipe cards designed and printed", "New leg ulcer pathway
 *   document", "New hangar doors", "New 11-car rigs for the northern fleet", "Caerphilly branch
 *   fit-out", "New loyalty card", "Christmas late-night shopping evening", "New slipway", "ILCA open
 *   meeting in June", "Client seminar on the UPC ...", "Reps on the Greater Norwich Local Plan
 *   submitted", "Housebuilder breakfast briefing on the new NPPF" (with a 0 -> 100 KR: also
 *   kr-not-measurable), "New parents' guide to admissions 2027/28", "Year 6 parents webinar in
 *   October", "New showroom display for the heritage range"); one-off jobs, purchases, migrations,
 *   rebuilds and refits without an effect ("Move the casework off the old Access database onto
 *   Charitylog", "Redo the IPC intranet page ...", "Buy another HPV decontamination machine", "Replace
 *   the old boarding machine", "Buy a second van" (`krs: []`, task only), "Move the label service onto
 *   Kubernetes", "Write the G-Cloud 14 service definition", "Rebuild the form builder in React",
 *   "Upgrade the pen cameras to the new AI feeding system", "Move tech records from paper into AMOS",
 *   "Upgrade the EPOS ...", "Re-roof the feed store", "Move the records from Patrawin to Inprotech",
 *   "Reline the No. 3 periodic kiln", and in plans "Run a QBR with every customer over £30k ARR", as
 *   issue 10 calls a quarterly business review an activity). With an effect they are sound ("Start a
 *   hospital discharge fast track so nobody's kept on a ward waiting for a grab rail", "Switch to
 *   one-piece aluminium roofs so there are no seams left to leak", "Ship storage & pick billing so 3PLs
 *   invoice from the WMS instead of Excel", "Add a paint shop so customers don't have to ferry aircraft
 *   to Shannon", "Open Pontypridd on Sunday mornings for the MOT centres that work weekends", "Start a
 *   monthly smallholder evening so new people find us", "Family week in August that gets parents into
 *   boats too", "Put on evening and Saturday groups so members still working part-time can join in").
 * - Sound despite a trap word: a hire or a found person in most domains, some naming a qualification
 *   or licence category ("Hire a second SQP for Welshpool so we can sell wormers all week", "grow our
 *   own B1s through the apprenticeship", "Recruit a nurse prescriber ...", "Hire a partner with an EPO
 *   opposition track record"); training with an effect ("Train health visitors to spot when a family
 *   needs more than a bundle", "Get every ward's link nurse confident enough to run their own outbreak
 *   huddle", "Get compression bandaging skills into every team so venous ulcers heal", "Get counter
 *   staff reg-lookup trained so they stop guessing the part", "Get trainees through the finals first
 *   time", "Pass on the hand-decorating skills before Maureen retires"); "keep" of an outcome ("Keep
 *   young joiners on the line past their first year", "Keep the M&S sock business when they review
 *   suppliers next spring", "Keep the lease from Anglian Water when it comes up in 2027" (a lease, not
 *   a licence), "Keep clients after their spin-out raises money ...", "Keep the monthly meeting worth
 *   coming to ...", and "Families moved into temporary accommodation keep their children's school
 *   place" with `krs: []`: no-key-results); a regulator or scheme named as the client's outcome ("Our
 *   SQPs' worming advice actually cuts resistance on local farms", "Diabetic sock range on NHS Supply
 *   Chain so podiatrists can prescribe it", "Get the Fair Access Protocol agreed by every secondary
 *   head so the panel stops stalling").
 * - Copies in entries (22): the parent's goal reworded with a team prefix (eight: "Handyperson team -
 *   help older & disabled people ...", "Care of the Elderly: fewer of our patients picking up C.
 *   diff", "Transport & siting: be the lodge maker ...", "Referrals team: every Sheffield baby gets a
 *   safe start ...", "Sales: be the WMS growing 3PLs choose ...", "Twilight service: people cared for
 *   at home don't go into hospital ...", "Life sciences group: be the IP firm ...", and "Primary
 *   admissions: every child in Hartshire gets a fair school place, quickly" with `krs: []`, also
 *   no-key-results); an earlier sibling repeated with synonyms or reordering (five: the school sock
 *   business from Turkey, the just-retired, C-checks before the summer programme, the Barry
 *   independents lost to ECP, appeals lost on heritage); the same metric with another number and
 *   another scope, keeping number-title (six: lodge warranty claims per 100 units, new funders signed
 *   by trusts & foundations, Camas lice per fish, dealer deliveries on time, youth course learners,
 *   floor tile breakage in firing); an earlier sibling's duty reworded, keeping job-requirement
 *   (three: ringing clients before works start, crates washed when the vans return, rotating feed bag
 *   dates). In plans (30 groups): the North Star repeated by
 *   a team (nine groups, four of them of three: HIA, caravans, WMS, MRO); the same metric with another
 *   number or scope, keeping number-title, as cousins or siblings (ten groups: jobs done, units a week,
 *   new logos signed, survival to harvest, visits per nurse per day, TAT on C-checks, boats on the line
 *   per race, learners trained, appeals allowed, breakage in firing); cousins' duties reworded, keeping
 *   job-requirement (six groups, one of three: damp tests, lice counts, SystmOne write-ups (the triple),
 *   shadow boards, cashing up, the councils' weekly lists); limited duties with another limit, keeping
 *   number-title + job-requirement (four groups: referral call-backs, P1 response, hot shot delivery,
 *   trade samples); and one sound branch goal paraphrased by a cousin branch (parts to the garages
 *   quicker / faster).
 * - Not copies: sharper children under their parent (20 sound entries carry a parent); siblings that
 *   share a theme but not a goal ("Norovirus PCR back the same day so bays reopen sooner" after closing
 *   bays not wards, "Switch to one-piece aluminium roofs ..." after water ingress, "Catch dropped
 *   stitches at the knitting machine ..." after fewer seconds, "Back-load auction cars ... so the rigs
 *   don't run home empty" after cutting empty running, "Set up a rotables pool ..." after waiting for
 *   parts); in plans, a different metric beside another ("Average weeks from enquiry to DFG approval"
 *   beside jobs done, "Net revenue retention 112%", "Fee income per planner £140k"), a different duty of
 *   the same team ("Vaccinate every batch before transfer ..." beside lice counts, "Fill in the firing
 *   log for every kiln run" beside the press room clean-down), and containers differing only in scope
 *   ("Touring line" / "Lodge line", "Hangar 1 — ATR" / "Hangar 2 — Dash 8 / Q400", the three locality
 *   teams).
 * - kr-not-measurable follows the definition literally: placeholder or empty KRs with no quantity in
 *   their titles, whatever the title above them. Not flagged: KRs with a unit and a target (one sound
 *   entry per domain, four of them with two KRs), including falling targets ("Economic FCR" 1.32 ->
 *   1.18, "Seconds and rejects at selection" 14 -> 8).
 * - Plans reuse some entries' wording: plans and entries are scored apart.
 *
 * Style notes: each domain is written in its own trade's words and abbreviations (DFG, OT, SoR, CPE,
 * HPV, ICNet, PDI, NCC, SMETA, ACV, CSM, DPIA, HOG, FCR, AGD, SystmOne, CD book, TAT, AOG, AMOS, B1,
 * ePOD, DQC, ECP, EPOS, SQP, VMD, AMTRA, ILCA, UPC, EPO, IPReg, BNG, NPPF, DoPs, LEV, m²); owners in
 * brackets or after dashes ("(Bev)", "— Mick", "– Ruth", "(Dave R)"); team prefixes with colons;
 * numbers inside sentences ("Get DFG completions up to 240 this year", "Interest groups running: from
 * 64 to 75"); lowercase starts as typed ("cut the wait ...", "win Parkdean's ...", "fewer seconds off
 * the toe closers", "make the RF app ...", "get community foundations ...", "catch AGD early ...",
 * "stop losing band 5s ...", "grow our own B1s ...", "new website on the Third Age Trust template");
 * noun-phrase outcomes ("Bundles that feel like a gift, not a handout", "A waiting list people can see
 * and trust"); passive duties ("Moorings and nets checked after every storm"). Typos kept as written,
 * none changing a label: "aproval", "were not caught short", "when ever they change there APIs",
 * "after there first month", "signs of", "for them to", "upto date", "seasson", "dont", "thru". Paths
 * and links kept inside titles: "SharePoint (HIA > Contractors > SoR 2025.xlsx)",
 * "notion.so/pickwise/Onboarding-Playbook-v2", "Drive > Bids > G-Cloud 14 > Service definition",
 * "Teams > District Nursing > Pathways", "SharePoint/Templates/Fees".
 */

export type Holdout45Domain =
  | 'home-improvement-agency'
  | 'infection-prevention-team'
  | 'caravan-manufacturer'
  | 'hosiery-knitter'
  | 'baby-bank'
  | 'u3a'
  | 'wms-saas'
  | 'grant-management-saas'
  | 'salmon-farm'
  | 'veg-box-scheme'
  | 'district-nursing'
  | 'aircraft-mro'
  | 'vehicle-transporter'
  | 'motor-factor'
  | 'country-store'
  | 'sailing-club'
  | 'patent-attorneys'
  | 'town-planning-consultancy'
  | 'school-admissions-team'
  | 'ceramic-tile-maker';

export interface Holdout45Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout45Entry {
  title: string;
  domain: Holdout45Domain;
  expect: RuleCode[];
  /** The parent objective's title, when the entry sits under one. */
  parent?: string;
  /** Titles of earlier siblings under the same parent. */
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout45Kr[];
}

export interface Holdout45PlanNode {
  key: string;
  parentKey: string | null;
  title: string;
  expect: RuleCode[];
}

export interface Holdout45Plan {
  name: string;
  domain: Holdout45Domain;
  nodes: Holdout45PlanNode[];
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

type EntryOpts = Pick<Holdout45Entry, 'parent' | 'siblings' | 'krs'>;

function at(domain: Holdout45Domain) {
  return (title: string, expect: RuleCode[] = [], opts: EntryOpts = {}): Holdout45Entry => ({ title, domain, expect, ...opts });
}

// ---------------------------------------------------------------------------------------------
// D01 home-improvement-agency: Safe at Home Kirklees
const hia = at('home-improvement-agency');
const HIA_NS = 'Help older and disabled people stay living safely in their own homes';
const D01: Holdout45Entry[] = [
  hia('Get people home from Dewsbury and Pinderfields quicker when the only thing keeping them in is a rail or a key safe'),
  hia('cut the wait between the OT referral and a level-access shower going in'),
  hia('Fewer DFG cases dropping out at the means test'),
  hia('More handyperson jobs that stop a fall before it happens, aimed at over-75s living alone'),
  hia('Win the Calderdale DFG agency contract when it goes out to tender in 2026'),
  hia("Get a second framework contractor on ramps so one firm off sick doesn't stall the whole list"),
  hia('Hire a caseworker who speaks Urdu and Punjabi so Batley and Dewsbury families actually come to us'),
  hia('Make the DFG something people can get through without a relative fighting for them', [], {
    krs: [
      { title: 'Average weeks from enquiry to works complete', unit: 'weeks', start: 38, target: 22, current: 31 },
      { title: 'Applicants rating the process good or very good', unit: '%', start: 61, target: 85, current: 70 },
    ],
  }),
  hia("Start a hospital discharge fast track so nobody's kept on a ward waiting for a grab rail", [], { parent: HIA_NS }),
  hia('Stop people going back to the bottom of the list when their OT leaves the council', [], {
    siblings: ['cut the wait between the OT referral and a level-access shower going in'],
  }),
  hia('Get DFG completions up to 240 this year', [NT]),
  hia('Average cost per adaptation (Bev to report)', [NT]),
  hia('Handyperson visits up 20% — Mick', [NT]),
  hia('Keep the schedule of rates up to date on SharePoint (HIA > Contractors > SoR 2025.xlsx)', [JR]),
  hia('Chase Kirklees for grant aproval letters every Monday', [JR]),
  hia('New leaflet for GP surgeries on what we do', [TL]),
  hia('Move the casework off the old Access database onto Charitylog', [TL]),
  hia('Casework team (Bev)', [GC]),
  hia('Handyperson service', [GC]),
  hia('TrustMark registration renewed for the handyperson service', [CO]),
  hia("Enhanced DBS in date for every handyperson going into people's homes", [CO]),
  hia('Give people a say in which contractor does their bathroom', [NK], { krs: [] }),
  hia('A waiting list people can see and trust', [KM], { krs: [{ title: 'Applicants who know where they are in the queue' }] }),
  hia("phone each client in the week before the builders arrive to make sure they're ready", [JR, CL], {
    siblings: ["Ring every client the week before works start to check they're ready"],
  }),
  hia('Handyperson team - help older & disabled people stay living safely at home', [CL], { parent: HIA_NS }),
];

// ---------------------------------------------------------------------------------------------
// D02 infection-prevention-team: an acute trust's IPC team
const ipc = at('infection-prevention-team');
const IPC_CDIFF = 'Fewer patients catching C. diff on our wards';
const D02: Holdout45Entry[] = [
  ipc(IPC_CDIFF),
  ipc('Stop norovirus shutting whole wards — close bays, not wards'),
  ipc('get CPE screens back before the patient has already been moved round the hospital'),
  ipc('Wards can isolate someone the moment they have loose stools, even when the side rooms are full'),
  ipc('Cut catheter-associated E. coli bloodstream infections on Care of the Elderly'),
  ipc("Hire a second IPC nurse for nights so outbreaks aren't left till the morning"),
  ipc("Get every ward's link nurse confident enough to run their own outbreak huddle"),
  ipc('Protect hip and knee patients from surgical site infections', [], {
    krs: [
      { title: 'SSI rate after primary hip replacement', unit: '%', start: 1.4, target: 0.8, current: 1.1 },
      { title: 'Patients given decolonisation before surgery', unit: '%', start: 55, target: 95, current: 72 },
    ],
  }),
  ipc("Cut broad-spectrum antibiotic use on surgery, which is what's driving our C. diff", [], { parent: IPC_CDIFF }),
  ipc('Norovirus PCR back the same day so bays reopen sooner', [], {
    siblings: ['Stop norovirus shutting whole wards — close bays, not wards'],
  }),
  ipc('C. diff cases: no more than 38 in 2026/27 (NHSE objective)', [NT]),
  ipc('MRSA screening rate for elective admissions', [NT]),
  ipc('Side rooms free by 9am on 85% of days', [NT]),
  ipc('Bed days lost to outbreak closures down by half', [NT]),
  ipc('Daily review of every patient flagged with an alert organism on ICNet', [JR]),
  ipc('Cover the IPC bleep 8–8, seven days a week', [JR]),
  ipc('Redo the IPC intranet page with the new isolation flowchart', [TL]),
  ipc('Buy another HPV decontamination machine', [TL]),
  ipc('IPC nurses (Sr Adeyemi)', [GC]),
  ipc('Surveillance & audit', [GC]),
  ipc('FFP3 fit testing in date for everyone on Respiratory and ED (mandatory)', [CO]),
  ipc('IPC level 2 e-learning compliance at 90% across the Medicine division', [NT, CO]),
  ipc("Patients on ward 7 stop catching each other's flu every winter", [NK], { krs: [] }),
  ipc('Give wards outbreak information they can act on, not just the daily spreadsheet', [KM], {
    krs: [{ title: 'Wards finding the outbreak updates useful', unit: '', start: 0, target: 0, current: 0 }],
  }),
  ipc('Care of the Elderly: fewer of our patients picking up C. diff', [CL], { parent: IPC_CDIFF }),
];

// ---------------------------------------------------------------------------------------------
// D03 caravan-manufacturer: Swanholme Leisure Homes, East Yorkshire
const cvn = at('caravan-manufacturer');
const CVN_NS = 'Be the lodge builder holiday parks trust to turn up on time';
const D03: Holdout45Entry[] = [
  cvn('Stop parks sending lodges back for water ingress after their first winter'),
  cvn("win Parkdean's holiday home order for the 2027 season"),
  cvn('Get couples in their 40s into touring with a van they can tow behind the family car'),
  cvn('Dealers ordering off the configurator rather than faxing spec sheets over'),
  cvn('Shorter lead times on lodges so parks can still sell them this season'),
  cvn("Bring upholstery back in-house so we're not waiting on Burnley for cushions"),
  cvn('Keep young joiners on the line past their first year'),
  cvn("Fewer warranty call-outs in a van's first year", [], {
    krs: [{ title: 'Warranty claims per 100 units delivered', unit: 'claims', start: 34, target: 18, current: 27 }],
  }),
  cvn('Book the crane and siting crew with the lodge order so parks stop losing their opening weekend', [], { parent: CVN_NS }),
  cvn('Switch to one-piece aluminium roofs so there are no seams left to leak', [], {
    siblings: ['Stop parks sending lodges back for water ingress after their first winter'],
  }),
  cvn('Touring line output: 38 units/week', [NT]),
  cvn('Lodge margin 22% (Gary)', [NT]),
  cvn('PDI failure rate', [NT]),
  cvn('Damp test every van at end of line and log the readings', [JR]),
  cvn('Dealer stock list on the portal updated every Friday', [JR]),
  cvn('NEC Caravan & Motorhome Show stand, October', [TL]),
  cvn('New floor-panel jig for the 2027 tourer range', [TL]),
  cvn('Touring line — Jason', [GC]),
  cvn('Lodges & holiday homes', [GC]),
  cvn('NCC approval renewed for the 2026 tourer range', [CO]),
  cvn('BS 3632 certification for the residential lodge range', [CO]),
  cvn('Lodges warm enough to let all year round', [NK], { krs: [] }),
  cvn('Park managers genuinely like dealing with our aftersales team', [KM], { krs: [{ title: 'Park manager satisfaction' }] }),
  cvn('Lodges: warranty claims under 12 per 100 units', [NT, CL], {
    siblings: ['Touring vans: warranty claims under 25 per 100 units'],
  }),
  cvn('Transport & siting: be the lodge maker holiday parks can trust to show up on time', [CL], { parent: CVN_NS }),
];

// ---------------------------------------------------------------------------------------------
// D04 hosiery-knitter: Braunstone Hosiery, Leicestershire
const sox = at('hosiery-knitter');
const D04: Holdout45Entry[] = [
  sox('Win back the school sock business we lost to Turkey'),
  sox('fewer seconds off the toe closers'),
  sox('Get our own walking sock brand into independent outdoor shops'),
  sox('Diabetic sock range on NHS Supply Chain so podiatrists can prescribe it'),
  sox("Stop running out of the merino blend in the middle of a customer's order"),
  sox('Hire a knitting mechanic who can set up the Lonatis without us ringing Italy'),
  sox('Keep the M&S sock business when they review suppliers next spring'),
  sox('Make the factory shop pay for its own staff', [], {
    krs: [{ title: 'Factory shop sales per month', unit: '£', start: 9000, target: 15000, current: 11200 }],
  }),
  sox('Lower the minimum run on own-label so small brands can afford to order', [], {
    parent: 'Be the UK sock maker brands choose for short, quick runs',
  }),
  sox('Catch dropped stitches at the knitting machine, not at pairing', [], { siblings: ['fewer seconds off the toe closers'] }),
  sox('Dozen pairs per shift – 1,800', [NT]),
  sox('Seconds rate on compression hosiery', [NT]),
  sox('Yarn cost per dozen down 8p', [NT]),
  sox('Machines cleaned and oiled every Sunday night ready for the week', [JR]),
  sox("Keep on top of the yarn stock sheet so were not caught short", [JR]),
  sox('New packaging for the walking sock range', [TL]),
  sox('Replace the old boarding machine', [TL]),
  sox('Knitting room (nights)', [GC]),
  sox('Own-label accounts — Sandra', [GC]),
  sox('Sedex SMETA 4-pillar audit — no criticals', [CO]),
  sox('OEKO-TEX Standard 100 certificate renewed', [CO]),
  sox('Small brands can try us out without committing to a whole range', [NK], { krs: [] }),
  sox('Dyehouse turning colours round faster', [KM], {
    krs: [{ title: 'Dyehouse turnaround improved', start: 0, target: 100, current: 0 }],
  }),
  sox('Pure London trade show — stand and samples', [TL, KM], { krs: [{ title: 'Stand booked and built' }] }),
  sox('Get the school socks back from the Turkish mills', [CL], {
    siblings: ['Win back the school sock business we lost to Turkey'],
  }),
];

// ---------------------------------------------------------------------------------------------
// D05 baby-bank: Little Bundles Baby Bank, Sheffield
const bb = at('baby-bank');
const BB_NS = 'Every baby in Sheffield has a safe start, whatever their family can afford';
const D05: Holdout45Entry[] = [
  bb('Get a cot to families before the baby comes home, not after'),
  bb('More referrals from midwives in Parson Cross and Page Hall'),
  bb('Stop turning families away when the prams run out in winter'),
  bb('Bundles that feel like a gift, not a handout'),
  bb("Find a regular funder for new car seats so we're not relying on appeals"),
  bb("A warehouse we won't get moved out of every time the landlord sells up"),
  bb('Train health visitors to spot when a family needs more than a bundle'),
  bb('Reach more families before the birth', [], {
    krs: [
      { title: 'Bundles delivered before the due date', unit: '%', start: 35, target: 60, current: 44 },
      { title: 'Midwives who have referred to us', unit: 'midwives', start: 12, target: 40, current: 19 },
    ],
  }),
  bb('Fewer babies sleeping on sofas or in adult beds in the families we support', [], { parent: BB_NS }),
  bb('Families get winter coats and sleeping bags before the cold, not after a December appeal', [], {
    siblings: ['Stop turning families away when the prams run out in winter'],
  }),
  bb('Families helped: 1,200 in 2026', [NT]),
  bb('Bundles out per volunteer session', [NT]),
  bb('Referral to delivery down to 5 working days', [NT]),
  bb('Sort the drop-off donations every Tues & Thurs', [JR]),
  bb("Answer referrers' emails the same week (Kirsty)", [JR]),
  bb('Donation drive with the Meadowhall shops in September', [TL]),
  bb('Online referral portal for health visitors to replace the Google Form', [TL]),
  bb('Buy a second van', [TL], { krs: [] }),
  bb('Volunteers & rotas', [GC]),
  bb('Warehouse (Dean)', [GC]),
  bb("Trustees' annual report and accounts filed with the Charity Commission", [CO]),
  bb('Basic DBS for every volunteer doing home deliveries (policy)', [CO, KM], { krs: [{ title: 'Volunteer DBS checks' }] }),
  bb('Dads feel the baby bank is for them to', [NK], { krs: [] }),
  bb('Partner agencies trust that our stock is safe', [KM], {
    krs: [{ title: 'Agency confidence in our safety checks', unit: '', start: 0, target: 0, current: 0 }],
  }),
  bb('Referrals team: every Sheffield baby gets a safe start, whatever the family can afford', [CL], { parent: BB_NS }),
];

// ---------------------------------------------------------------------------------------------
// D06 u3a: Tynedale u3a
const u3 = at('u3a');
const D06: Holdout45Entry[] = [
  u3("Get the newly retired joining, not just people who've been retired for years"),
  u3('Fewer groups folding when the convenor steps down'),
  u3('Members in the outlying villages can get to a group without driving'),
  u3("More men in groups that aren't walking or golf"),
  u3('Stop the Spanish and pilates waiting lists putting people off joining'),
  u3('Keep the monthly meeting worth coming to even on months with no speaker'),
  u3('Persuade some of the younger members to take a turn on the committee'),
  u3('Grow membership beyond the Hexham regulars', [], {
    krs: [{ title: 'Members living outside Hexham', unit: 'members', start: 140, target: 220, current: 166 }],
  }),
  u3('Put on evening and Saturday groups so members still working part-time can join in', [], {
    parent: 'A u3a people in their sixties find and want to join',
  }),
  u3("Give new convenors a buddy so they don't give up after their first term", [], {
    siblings: ['Fewer groups folding when the convenor steps down'],
  }),
  u3('Membership 850 by the AGM', [NT]),
  u3('Renewal rate', [NT]),
  u3('Interest groups running: from 64 to 75', [NT]),
  u3('Attendance at monthly meetings up by a third', [NT]),
  u3('Membership sec: keep Beacon up to date with renewals and new joiners', [JR]),
  u3('Newsletter out by email and post before every monthly meeting', [JR]),
  u3('40th anniversary lunch at the Beaumont', [TL]),
  u3('new website on the Third Age Trust template', [TL]),
  u3('Groups coordinator – Marian', [GC]),
  u3('Committee 2026/27', [GC, NK], { krs: [] }),
  u3('Independent examination of the accounts done before the AGM', [CO]),
  u3('Trustees sign the data protection policy (Third Age Trust requirement)', [CO]),
  u3('People on their own after losing a partner find the groups welcoming', [NK], { krs: [] }),
  u3('Members with hearing loss can follow the talks', [KM], { krs: [{ title: 'Hearing loop used and speakers on the mic' }] }),
  u3('Recruit the just-retired, not only folk who retired ages ago', [CL], {
    siblings: ["Get the newly retired joining, not just people who've been retired for years"],
  }),
];

// ---------------------------------------------------------------------------------------------
// D07 wms-saas: Pickwise, a warehouse management system for 3PLs and e-commerce warehouses
const wms = at('wms-saas');
const WMS_NS = 'Be the WMS growing 3PLs pick when they outgrow spreadsheets';
const D07: Holdout45Entry[] = [
  wms('Get a new 3PL customer live in weeks, not months'),
  wms('Customers get through Black Friday without ringing us'),
  wms('make the RF app usable by agency pickers on their first shift'),
  wms('Win the 3PLs moving off Mintsoft'),
  wms("Stop carrier label outages holding up our customers' trailers"),
  wms('Warehouses can change their own pick paths without raising a ticket'),
  wms("Hire a solutions engineer in the Midlands so demos aren't all over Teams"),
  wms('Fewer customers leaving in their first year', [], {
    krs: [
      { title: 'Logo churn in first 12 months', unit: '%', start: 14, target: 7, current: 11 },
      { title: 'Onboarding NPS', unit: 'pts', start: 18, target: 40, current: 26 },
    ],
  }),
  wms('Ship storage & pick billing so 3PLs invoice from the WMS instead of Excel', [], { parent: WMS_NS }),
  wms("Fail over to a second label provider when DPD's API goes down, so packing never stops", [], {
    siblings: ["Stop carrier label outages holding up our customers' trailers"],
  }),
  wms('ARR £9.5m exit FY26', [NT]),
  wms('Net revenue retention', [NT]),
  wms('Platform uptime 99.95% through peak', [NT]),
  wms('Out-of-hours on-call: triage PagerDuty alerts for the platform', [JR]),
  wms('Keep the Shopify and Amazon connectors working when ever they change there APIs', [JR]),
  wms('Move the label service onto Kubernetes', [TL]),
  wms('New customer onboarding playbook (notion.so/pickwise/Onboarding-Playbook-v2)', [TL]),
  wms('Implementation team (Aisha)', [GC]),
  wms('Platform & SRE', [GC]),
  wms('ISO 27001 recertification audit in March', [CO]),
  wms('Cyber Essentials Plus renewed', [CO]),
  wms('Warehouse managers trust our stock figures more than their own counts', [NK], { krs: [] }),
  wms('Integrators rate our API the best in the market', [KM], {
    krs: [{ title: 'Integrator satisfaction', start: 0, target: 100, current: 0 }],
  }),
  wms('Respond to every P1 within 15 minutes, 24/7', [NT, JR]),
  wms('Sales: be the WMS growing 3PLs choose once spreadsheets stop working', [CL], { parent: WMS_NS }),
];

// ---------------------------------------------------------------------------------------------
// D08 grant-management-saas: Fundfolio, grants software for trusts, foundations and councils
const gms = at('grant-management-saas');
const D08: Holdout45Entry[] = [
  gms('Small charities can apply without paying a bid writer'),
  gms('Funders publish to 360Giving straight from us'),
  gms("get community foundations off systems they've been stuck on since 2009"),
  gms('Cut the time grants officers spend chasing monitoring reports'),
  gms('An applicant portal that works for someone applying on their phone'),
  gms('Land our first lottery distributor'),
  gms('Hire a CSM who has worked inside a grant-maker'),
  gms('Funders renew because the reporting is good enough for their trustees', [], {
    krs: [{ title: 'Gross revenue retention', unit: '%', start: 88, target: 95, current: 91 }],
  }),
  gms("Start a funders' user group that gets customers talking to prospects", [], {
    parent: 'The grants system funders recommend to each other',
  }),
  gms('Let grantees send monitoring updates just by replying to an email', [], {
    siblings: ['Cut the time grants officers spend chasing monitoring reports'],
  }),
  gms('New ACV £1.1m', [NT]),
  gms('Applications through the platform: 60k', [NT]),
  gms('Time to go live for a new funder', [NT]),
  gms('Support tickets per customer per month', [NT]),
  gms('Nightly Charity Commission register sync for due diligence — fix it when it falls over', [JR]),
  gms('Answer the applicant helpdesk on behalf of funders', [JR]),
  gms('Write the G-Cloud 14 service definition (Drive > Bids > G-Cloud 14 > Service definition)', [TL]),
  gms('Rebuild the form builder in React', [TL]),
  gms('Customer success — Scotland', [GC]),
  gms('Product (Ravi)', [GC]),
  gms('External WCAG 2.2 AA audit of the applicant portal', [CO]),
  gms('DPIA signed off for the AI summary feature', [CO]),
  gms('Funders can see what happened after the money went out', [NK], { krs: [] }),
  gms('Applicants stop abandoning the long forms', [KM], {
    krs: [{ title: 'Form abandonment', unit: '', start: 0, target: 0, current: 0 }],
  }),
  gms('Trusts & foundations: 25 new funders signed this year', [NT, CL], {
    siblings: ['Councils: 15 new funders signed this year'],
  }),
];

// ---------------------------------------------------------------------------------------------
// D09 salmon-farm: Sgeir Salmon, marine sites on the west coast of Scotland
const sal = at('salmon-farm');
const D09: Holdout45Entry[] = [
  sal('Fewer fish lost to gill disease over the summer'),
  sal('Get lice under control without putting fish through the Thermolicer so often'),
  sal('Win the community council round before we apply to extend Ardnish'),
  sal('Keep seals out of the Camas pens without the acoustic scarers'),
  sal('Bigger, healthier smolts going to sea'),
  sal('More of the harvest sold as premium whole fish, less as commodity fillet'),
  sal('Hire a fish vet who lives locally instead of flying in from Inverness'),
  sal('Less feed wasted per kilo of salmon grown', [], {
    krs: [{ title: 'Economic FCR', unit: 'ratio', start: 1.32, target: 1.18, current: 1.26 }],
  }),
  sal('Move the Sgeir pens into deeper water so the seabed recovers between cycles', [], {
    parent: 'Grow healthy fish with less impact on the loch',
  }),
  sal('catch AGD early enough to treat with a freshwater bath', [], {
    siblings: ['Fewer fish lost to gill disease over the summer'],
  }),
  sal('Survival to harvest 90%', [NT]),
  sal('Average harvest weight 5.2kg', [NT]),
  sal('Cost per kg HOG', [NT]),
  sal('Weekly lice counts on every pen, reported to the Fish Health Inspectorate', [JR]),
  sal('Moorings and nets checked after every storm', [JR]),
  sal('New feed barge for Camas', [TL]),
  sal('Upgrade the pen cameras to the new AI feeding system', [TL]),
  sal('Marine sites – North (Calum)', [GC]),
  sal('Freshwater / hatchery', [GC]),
  sal('ASC certification audit at Loch Ailort', [CO]),
  sal('SEPA CAR licence conditions met at every site, annual return in on time', [CO]),
  sal('Local people see the farm as a good neighbour', [NK], { krs: [] }),
  sal("Harvest crews' job less brutal in winter", [KM], { krs: [{ title: 'Crew wellbeing' }] }),
  sal('Camas: lice under 1 adult female per fish through the spring', [NT, CL], {
    siblings: ['Ailort: lice under 0.5 adult females per fish through the spring'],
  }),
  sal('Mortality under 10% on the 2026 generation', [NT, NK], { krs: [] }),
];

// ---------------------------------------------------------------------------------------------
// D10 veg-box-scheme: Rowan Field Organics, Devon
const veg = at('veg-box-scheme');
const D10: Holdout45Entry[] = [
  veg('Fill the hungry gap with our own greens instead of buying in from Spain'),
  veg('Fewer customers cancelling after there first month'),
  veg('more of each box grown on our own land'),
  veg('Get boxes into the Exeter flats without the driver hunting for a parking space'),
  veg("Stop the cool store failing on hot days and losing a week's salad"),
  veg("Customers swap out what they don't eat without emailing us"),
  veg("Take on a second grower for the tunnels so Ruth isn't doing it all"),
  veg('Customers stay with us through the winter', [], {
    krs: [{ title: 'Active subscriptions in February as a share of September', unit: '%', start: 71, target: 85, current: 76 }],
  }),
  veg("Show what's coming two weeks ahead so the box is less of a surprise", [], {
    parent: 'The box people in Devon stay with for years',
  }),
  veg('Win back lapsed customers with a taster box', [], { siblings: ['Fewer customers cancelling after there first month'] }),
  veg('Boxes packed per week: 650', [NT]),
  veg('Average order value £27', [NT]),
  veg('Own-grown share of box content', [NT]),
  veg("Pack Thursday's boxes on Wednesday night", [JR]),
  veg('Box contents on the website updated every Friday for the following week', [JR]),
  veg('Chase failed card payments — Lucy', [JR]),
  veg('New electric delivery van', [TL]),
  veg('Summer recipe cards designed and printed', [TL]),
  veg('Pack shed', [GC]),
  veg('Growing team – Ruth', [GC]),
  veg('Soil Association inspection — keep organic status', [CO]),
  veg('Food business registration with Mid Devon for the pack shed', [CO]),
  veg('Customers feel like they know the farm', [NK], { krs: [] }),
  veg('Less veg composted at the end of the week', [KM], { krs: [{ title: 'Waste down' }] }),
  veg('Crates washed and checked when the drivers get back', [JR, CL], {
    siblings: ['Wash and check the crates when the vans come back'],
  }),
];

// ---------------------------------------------------------------------------------------------
// D11 district-nursing: North Tyneside community (district) nursing
const dn = at('district-nursing');
const DN_NS = "People cared for at home don't end up in hospital when they needn't";
const D11: Holdout45Entry[] = [
  dn('Fewer housebound patients getting pressure ulcers on our caseload'),
  dn('Patients die at home with their symptoms controlled, as they wanted'),
  dn('Heal leg ulcers instead of dressing them for years'),
  dn("Diabetic patients who can manage their own insulin doing it, so we're not visiting twice a day"),
  dn('stop losing band 5s to the acute trust after a year'),
  dn('More leg ulcer patients seen at the hub clinic instead of at home'),
  dn('Recruit a nurse prescriber for the Whitley Bay team'),
  dn('Catch pressure damage before it becomes a wound', [], {
    krs: [{ title: 'Category 3 and 4 pressure ulcers acquired on caseload', unit: 'ulcers', start: 22, target: 8, current: 15 }],
  }),
  dn("Sort catheter problems ourselves at night so patients aren't sent to A&E", [], { parent: DN_NS }),
  dn('Get compression bandaging skills into every team so venous ulcers heal', [], {
    siblings: ['Heal leg ulcers instead of dressing them for years'],
  }),
  dn('Visits per nurse per day — 9', [NT]),
  dn('Care plans reviewed in the last 12 weeks: 95% of the caseload', [NT]),
  dn('Mileage per visit', [NT]),
  dn('Document every visit on SystmOne before the end of the shift', [JR]),
  dn('Restock the bags and check the CD book weekly', [JR]),
  dn('New leg ulcer pathway document (draft in Teams > District Nursing > Pathways)', [TL]),
  dn('Move the team diary off the whiteboard and onto the SystmOne scheduler', [TL]),
  dn('Whitley Bay team (Sr Patel)', [GC]),
  dn('Twilight & nights', [GC]),
  dn('Level 3 safeguarding for every caseload holder (mandatory)', [CO]),
  dn('NMC revalidation done on time for everyone due this year', [CO]),
  dn('Carers know who to ring when things go wrong at night', [NK], { krs: [] }),
  dn("Patients know roughly what time we're coming", [KM], {
    krs: [{ title: 'Visit time windows given to patients', start: 0, target: 0, current: 0 }],
  }),
  dn('Respond to urgent referrals within 2 hours', [NT, JR]),
  dn("Twilight service: people cared for at home don't go into hospital unless they need to", [CL], { parent: DN_NS }),
];

// ---------------------------------------------------------------------------------------------
// D12 aircraft-mro: Kestrel Aero Engineering, base maintenance for regional turboprops
const mro = at('aircraft-mro');
const D12: Holdout45Entry[] = [
  mro('Get C-checks back to the airline before their summer schedule starts'),
  mro('Fewer surprise findings turning a 3-week check into a 6-week one'),
  mro('Win the Loganair ATR base maintenance contract'),
  mro('Stop waiting days for parts out of Toulouse on every check'),
  mro('grow our own B1s through the apprenticeship instead of poaching them'),
  mro("Add a paint shop so customers don't have to ferry aircraft to Shannon after the check"),
  mro('Bring heavy checks on the Q400 in-house instead of sending them to Norwich'),
  mro('Airlines get their aircraft back when we said they would', [], {
    krs: [{ title: 'C-checks delivered on or before the agreed date', unit: '%', start: 58, target: 85, current: 66 }],
  }),
  mro('Give customers a live view of check progress so they can plan their schedule', [], {
    parent: 'The hangar regional airlines book first',
  }),
  mro('Set up a rotables pool with other MROs so we can swap rather than wait', [], {
    siblings: ['Stop waiting days for parts out of Toulouse on every check'],
  }),
  mro('Hangar utilisation 80%', [NT]),
  mro('Average TAT on ATR C-checks', [NT]),
  mro('Revenue per hangar slot up 12%', [NT]),
  mro('Tool control — every tool back on the shadow board before the shift signs of', [JR]),
  mro("Go through the calibration due list weekly and send out what's due", [JR]),
  mro('New hangar doors', [TL]),
  mro('Move tech records from paper into AMOS', [TL]),
  mro('Base maintenance — nights (Dave R)', [GC]),
  mro('Planning & tech services', [GC]),
  mro('CAA Part-145 audit closed with no level 1 findings', [CO]),
  mro('Human factors continuation training for all certifying staff (mandatory, every 2 years)', [CO]),
  mro('Engineers want to stay rather than go contracting', [NK], { krs: [] }),
  mro('Customers find our quotes easy to trust', [KM], { krs: [{ title: 'Quote accuracy improved' }] }),
  mro('AOG calls: engineer on the way within 4 hours', [NT, JR]),
  mro("Return aircraft from C-check before the airlines' summer programme begins", [CL], {
    siblings: ['Get C-checks back to the airline before their summer schedule starts'],
  }),
];

// ---------------------------------------------------------------------------------------------
// D13 vehicle-transporter: Midway Vehicle Logistics, car transporters and trade plate drivers
const vt = at('vehicle-transporter');
const D13: Holdout45Entry[] = [
  vt('Fewer cars reaching dealers with damage we caused'),
  vt('Leasing customers get their new car on the day they were promised'),
  vt('cut empty running back from the ports'),
  vt('Stop trade plate drivers getting stranded at Peterborough with no train home'),
  vt('Win the Stellantis port-to-dealer work out of Portbury'),
  vt('EVs delivered with enough charge for the customer to get home'),
  vt("Take on a second transport planner so the night loads aren't planned by the MD"),
  vt('Dealers see us as the carrier that never lets them down at quarter end', [], {
    krs: [{ title: 'Deliveries on the agreed day in the last fortnight of the quarter', unit: '%', start: 81, target: 96, current: 88 }],
  }),
  vt('Settle damage disputes from the ePOD photos instead of arguing for weeks', [], {
    parent: 'The carrier dealers trust with new cars',
  }),
  vt("Back-load auction cars from Manheim Bedford on the way north so the rigs don't run home empty", [], {
    siblings: ['cut empty running back from the ports'],
  }),
  vt('Cars moved: 140k', [NT]),
  vt('Loads per truck per week', [NT]),
  vt('Damage claims below 0.4% of deliveries', [NT]),
  vt('Get empty miles down to 18%', [NT]),
  vt('Make sure every driver walks round the rig before it leaves the yard and logs defects on the app', [JR]),
  vt('Download tacho cards every 28 days and check for infringements', [JR], { krs: [] }),
  vt('New 11-car rigs for the northern fleet', [TL]),
  vt("Move the drivers' jobs onto the new ePOD app", [TL]),
  vt('Trade plate drivers — Midlands', [GC]),
  vt('Transport office (Kev)', [GC]),
  vt('FORS Silver reaccreditation', [CO]),
  vt('Driver CPC periodic training done for everyone before their DQC expires', [CO]),
  vt('Drivers want to work for us rather than the agencies', [NK], { krs: [] }),
  vt('Auction customers stop ringing to ask where their cars are', [KM], {
    krs: [{ title: 'Customers using the tracking link' }],
  }),
  vt('Dealer deliveries: on time 97%', [NT, CL], { siblings: ['Leasing deliveries: on time 95%'] }),
];

// ---------------------------------------------------------------------------------------------
// D14 motor-factor: Partsline Motor Factors, six branches in South Wales
const mf = at('motor-factor');
const D14: Holdout45Entry[] = [
  mf('Garages get the right part first time, not on the second trip'),
  mf('Win back the Barry independents who moved to Euro Car Parts'),
  mf("fewer parts coming back as 'wrong part ordered'"),
  mf('Get parts up to the valleys garages quicker'),
  mf("Stop losing body shop trade because we don't carry paint"),
  mf('Make the trade app the way garages order after 5pm'),
  mf("Hire a second counter person for Bridgend so Saturdays don't fall apart"),
  mf('Have the part on the shelf when the garage rings', [], {
    krs: [{ title: 'First-time availability across the top 5,000 lines', unit: '%', start: 88, target: 94, current: 90 }],
  }),
  mf('Open Pontypridd on Sunday mornings for the MOT centres that work weekends', [], {
    parent: 'The factor Welsh garages ring first',
  }),
  mf('Get counter staff reg-lookup trained so they stop guessing the part', [], {
    siblings: ["fewer parts coming back as 'wrong part ordered'"],
  }),
  mf('Branch sales £14.8m', [NT]),
  mf('Gross margin on the trade counter', [NT]),
  mf('Stock turn on batteries up to 6x', [NT]),
  mf('Cash up and bank the tills at close', [JR]),
  mf('Warranty returns back to suppliers each week', [JR]),
  mf('Caerphilly branch fit-out', [TL]),
  mf('Upgrade the EPOS to the latest Autopart release', [TL]),
  mf('Trade counter – Newport', [GC]),
  mf('Drivers (Gareth B)', [GC]),
  mf('Waste carrier licence renewed for collecting old batteries', [CO]),
  mf('Forklift certificates for everyone in the warehouse (mandatory)', [CO]),
  mf('Garages trust our delivery times', [NK], { krs: [] }),
  mf('Every hot shot at the garage within 45 minutes', [NT, JR]),
  mf('Online sales share', [NT, KM], { krs: [{ title: 'Grow web orders' }] }),
  mf('Win back the independent garages in Barry we lost to ECP', [CL], {
    siblings: ['Win back the Barry independents who moved to Euro Car Parts'],
  }),
];

// ---------------------------------------------------------------------------------------------
// D15 country-store: Tanat Valley Country Stores, Oswestry and Welshpool
const cs = at('country-store');
const D15: Holdout45Entry[] = [
  cs('Farm accounts paying on time without us losing the farmer'),
  cs('More horse owners shopping with us, not just farmers'),
  cs('Everything for lambing on the shelf before the first ewe goes'),
  cs('stop the pet food trade drifting off to Amazon subscribe & save'),
  cs('Farmers can order feed by text and have it on the next delivery'),
  cs("Our SQPs' worming advice actually cuts resistance on local farms"),
  cs('Hire a second SQP for Welshpool so we can sell wormers all week'),
  cs("Win a bigger share of the valley's bagged feed", [], {
    krs: [{ title: 'Bagged feed sold', unit: 't', start: 2100, target: 2600, current: 2280 }],
  }),
  cs('Start a monthly smallholder evening so new people find us', [], {
    parent: 'The store farmers and smallholders in the Marches rely on',
  }),
  cs('Give Welshpool a proper equestrian corner, run by someone who rides, so horse owners stop driving to Shrewsbury', [], {
    siblings: ['More horse owners shopping with us, not just farmers'],
  }),
  cs('Turnover £11m', [NT]),
  cs('Workwear up 15% on last year', [NT]),
  cs('Average basket in garden & pets', [NT]),
  cs('Restock the gas bottle cage every morning', [JR]),
  cs('Keep the VMD record of wormers and medicines sold upto date', [JR]),
  cs('New loyalty card', [TL]),
  cs('Christmas late-night shopping evening', [TL]),
  cs('Re-roof the feed store', [TL]),
  cs('Welshpool store (Bethan)', [GC]),
  cs('Farm delivery', [GC]),
  cs('AMTRA registration renewed for every SQP', [CO]),
  cs('BASIS registration renewed for Emyr on the agronomy desk', [CO]),
  cs('Young farmers think of us first', [NK], { krs: [] }),
  cs('The website actually brings people into the store', [KM], {
    krs: [{ title: 'Click and collect working', start: 0, target: 0, current: 0 }],
  }),
  cs('Rotate the feed bag dates and tidy the aisle every Monday', [JR, CL], {
    siblings: ['Face up the feed aisle and rotate the dates on a Monday'],
  }),
];

// ---------------------------------------------------------------------------------------------
// D16 sailing-club: Hanford Reservoir Sailing Club
const sc = at('sailing-club');
const D16: Holdout45Entry[] = [
  sc('Juniors who learn here keep sailing as teenagers'),
  sc('More members racing on Sundays, not just the same few boats'),
  sc('Sailability part of normal club life, not a twice-a-year event'),
  sc('Stop the dinghy park filling up with boats nobody sails'),
  sc('Keep the lease from Anglian Water when it comes up in 2027'),
  sc('more women helming in club races'),
  sc('Find a bosun who can keep the safety boats running'),
  sc('New members still sailing with us a year later', [], {
    krs: [{ title: 'First-year members who renew', unit: '%', start: 48, target: 70, current: 55 }],
  }),
  sc('Family week in August that gets parents into boats too, not just watching from the bank', [], {
    parent: 'A club families join and stay in',
  }),
  sc('Give teenagers their own squad and a coach who races', [], {
    siblings: ['Juniors who learn here keep sailing as teenagers'],
  }),
  sc('Membership: 420', [NT]),
  sc('Boats on the start line per Sunday race', [NT]),
  sc('Bar profit £18k', [NT]),
  sc('RYA course places sold up 25%', [NT]),
  sc('Duty rota — fill every race officer and safety boat slot for the seasson', [JR]),
  sc('Check and fuel the safety boats before each session', [JR]),
  sc('New slipway', [TL]),
  sc('ILCA open meeting in June', [TL]),
  sc('Rear Commodore Sailing', [GC]),
  sc('Juniors & training (Helen)', [GC]),
  sc('RYA Training Centre inspection', [CO]),
  sc("Every instructor's RYA safeguarding course and DBS up to date", [CO]),
  sc("Members feel the clubhouse is theirs, not the committee's", [NK], { krs: [] }),
  sc('Better racing for the slower boats', [KM], { krs: [{ title: 'Handicap fleet happiness' }] }),
  sc('Youth courses: 90 learners trained this season', [NT, CL], {
    siblings: ['Adult courses: 60 learners trained this season'],
  }),
];

// ---------------------------------------------------------------------------------------------
// D17 patent-attorneys: Harwood Pryce LLP, patent and trade mark attorneys
const pa = at('patent-attorneys');
const PA_NS = 'The IP firm life-science founders recommend';
const D17: Holdout45Entry[] = [
  pa('Be the firm tech transfer offices send their spin-outs to'),
  pa("Win more UPC litigation work now the court's up and running"),
  pa('Clients understand what their patents are worth, not just what they cost'),
  pa('Get trainees through the finals first time'),
  pa('fewer deadlines caught on the last day'),
  pa('Grow the medtech practice in Manchester'),
  pa('Hire a partner with an EPO opposition track record'),
  pa('Keep clients after their spin-out raises money and the big firms come calling', [], {
    krs: [{ title: 'Clients retained through a Series A', unit: '%', start: 60, target: 85, current: 72 }],
  }),
  pa('Give founders a fixed-fee filing package they can budget for', [], { parent: PA_NS }),
  pa('Build a UPC team with a litigator and attorneys who can argue in German', [], {
    siblings: ["Win more UPC litigation work now the court's up and running"],
  }),
  pa('Fee income £6.4m', [NT]),
  pa('Billable hours per fee earner: 1,350', [NT]),
  pa('Realisation rate', [NT]),
  pa('Formalities: docket every incoming EPO communication the day it arrives', [JR]),
  pa('Send renewal reminders to clients 3 months before each annuity falls due', [JR]),
  pa('New website with attorney profiles', [TL]),
  pa('Move the records from Patrawin to Inprotech', [TL]),
  pa('Client seminar on the UPC at the Judge Business School', [TL]),
  pa('Trade marks team (Fiona)', [GC]),
  pa('Chemistry & life sciences — partners', [GC, NK], { krs: [] }),
  pa('CPD hours logged with IPReg for every registered attorney', [CO]),
  pa('AML risk assessment and client due diligence policy signed by all staff', [CO]),
  pa('Associates can see what it takes to make partner', [NK], { krs: [] }),
  pa('Clients get a straight answer on cost up front', [KM], {
    krs: [{ title: 'Estimates that hold', unit: '', start: 0, target: 0, current: 0 }],
  }),
  pa('Life sciences group: be the IP firm founders in life sciences recommend', [CL], { parent: PA_NS }),
];

// ---------------------------------------------------------------------------------------------
// D18 town-planning-consultancy: Carrow Planning, Norwich
const tp = at('town-planning-consultancy');
const D18: Holdout45Entry[] = [
  tp("Get more of our clients' sites allocated in the next Local Plan"),
  tp('Find a way through nutrient neutrality for housebuilders stuck in the Wensum catchment'),
  tp('Clients get permission without having to go to appeal'),
  tp('Repeat work from the regional housebuilders, not just one-off farmers'),
  tp('Stop losing appeals on heritage grounds'),
  tp('Sort BNG for clients ourselves instead of sending them elsewhere'),
  tp('Hire a heritage consultant so we can write our own heritage statements'),
  tp('Win more appeals for clients', [], {
    krs: [{ title: 'Appeals allowed', unit: '%', start: 38, target: 55, current: 44 }],
  }),
  tp('Get known by the land agents who hear about sites before anyone else', [], {
    parent: "The planning consultancy East Anglia's landowners call first",
  }),
  tp('Sort highways objections at pre-app so they dont kill schemes at committee', [], {
    siblings: ['Clients get permission without having to go to appeal'],
  }),
  tp('Fee income per planner £140k', [NT]),
  tp('Applications approved: 85%', [NT]),
  tp('Pre-app to submission time', [NT]),
  tp('Check the council weekly lists for applications near client sites', [JR]),
  tp('Timesheets in by Friday 4pm', [JR]),
  tp('Reps on the Greater Norwich Local Plan submitted', [TL]),
  tp('New fee proposal template (SharePoint/Templates/Fees)', [TL]),
  tp('Development management team', [GC]),
  tp('Strategic land (Rob)', [GC]),
  tp('RTPI chartered membership kept for every senior planner (CPD logged)', [CO]),
  tp('PI insurance renewed', [CO]),
  tp('Parish councils see us as straight with them', [NK], { krs: [] }),
  tp('Clients understand why decisions take so long', [KM], { krs: [{ title: 'Client understanding of timescales' }] }),
  tp('Housebuilder breakfast briefing on the new NPPF', [TL, KM], {
    krs: [{ title: 'Briefing delivered', start: 0, target: 100, current: 0 }],
  }),
  tp('Lose fewer appeals on heritage', [CL], { siblings: ['Stop losing appeals on heritage grounds'] }),
];

// ---------------------------------------------------------------------------------------------
// D19 school-admissions-team: Hartshire County Council school admissions
const adm = at('school-admissions-team');
const ADM_NS = 'Every child in Hartshire gets a fair school place quickly';
const D19: Holdout45Entry[] = [
  adm('Fewer families with no school offered at all on national offer day'),
  adm('Children who move here mid-year are in school quickly, not sat at home'),
  adm('Parents understand their real chances before they put down preferences'),
  adm('Stop hard-to-place pupils always going to the same few schools'),
  adm('Get Gypsy, Roma and Traveller children into school without going thru appeals'),
  adm('More parents applying online rather than on paper'),
  adm('Take on an admissions officer who speaks Polish for the Boston area'),
  adm('More children offered one of their top preferences', [], {
    krs: [{ title: 'Secondary applicants offered their first preference', unit: '%', start: 79, target: 85, current: 81 }],
  }),
  adm('Bring in-year admissions back from schools so families only deal with us', [], { parent: ADM_NS }),
  adm('Get the Fair Access Protocol agreed by every secondary head so the panel stops stalling', [], {
    siblings: ['Children who move here mid-year are in school quickly, not sat at home'],
  }),
  adm('Appeals lodged down 20%', [NT]),
  adm('Number of late primary applications', [NT]),
  adm('On-time application rate 97%', [NT]),
  adm('Key in the paper application forms from the libraries every Monday', [JR]),
  adm('Keep the waiting lists for oversubscribed schools in rank order after every offer', [JR]),
  adm("New parents' guide to admissions 2027/28", [TL]),
  adm('Year 6 parents webinar in October', [TL]),
  adm('In-year team – Shabana', [GC]),
  adm('Appeals clerking', [GC]),
  adm('Annual report to the Schools Adjudicator submitted by the deadline', [CO]),
  adm('GDPR training for everyone handling applications (mandatory)', [CO]),
  adm("Families moved into temporary accommodation keep their children's school place", [NK], { krs: [] }),
  adm('Headteachers trust that in-year allocations are fair', [KM], { krs: [{ title: 'Heads confident in allocations' }] }),
  adm('Process in-year applications within 10 school days', [NT, JR]),
  adm('Primary admissions: every child in Hartshire gets a fair school place, quickly', [CL, NK], {
    parent: ADM_NS,
    krs: [],
  }),
];

// ---------------------------------------------------------------------------------------------
// D20 ceramic-tile-maker: Burslem Tile Works, Stoke-on-Trent
const tile = at('ceramic-tile-maker');
const D20: Holdout45Entry[] = [
  tile('Be where conservation architects come for matching Victorian encaustics'),
  tile('Fewer tiles cracking in the kiln'),
  tile('Glaze colours matching batch to batch so fitters stop mixing boxes'),
  tile('win the Palace of Westminster floor restoration'),
  tile("Use less gas per firing now the tunnel kiln's been rebuilt"),
  tile('Sell direct to homeowners doing up period hallways'),
  tile('Pass on the hand-decorating skills before Maureen retires'),
  tile('Less waste at selection', [], {
    krs: [{ title: 'Seconds and rejects at selection', unit: '%', start: 14, target: 8, current: 11 }],
  }),
  tile('Find a body recipe that survives frost on outdoor paths', [], {
    parent: "Britain's maker of heritage tiles that last another century",
  }),
  tile("Dry pressed tiles slower in winter so they don't go into the kiln damp", [], {
    siblings: ['Fewer tiles cracking in the kiln'],
  }),
  tile('Square metres fired per week', [NT]),
  tile('Heritage sales £2.3m', [NT]),
  tile('Kiln gas cost per m² down 10%', [NT]),
  tile('Clean down the press room at the end of each shift', [JR]),
  tile('Keep the glaze recipe book up to date after every trial', [JR]),
  tile('New showroom display for the heritage range', [TL]),
  tile('Reline the No. 3 periodic kiln', [TL]),
  tile('Glaze shop (Tony)', [GC]),
  tile('Heritage & restoration sales', [GC]),
  tile('LEV thorough examination on all the dust extraction', [CO]),
  tile('UKCA marking and DoPs updated for the floor tile range', [CO]),
  tile('Fitters recommend our tiles to their customers', [NK], { krs: [] }),
  tile('Architects find it easy to order specials', [KM], { krs: [{ title: 'Specials process simpler' }] }),
  tile('Floor tiles: breakage in firing under 5%', [NT, CL], { siblings: ['Wall tiles: breakage in firing under 3%'] }),
  tile('Sample tiles posted to architects within 2 working days of the request', [NT, JR]),
];

export const HOLDOUT_45: Holdout45Entry[] = [
  ...D01, ...D02, ...D03, ...D04, ...D05, ...D06, ...D07, ...D08, ...D09, ...D10,
  ...D11, ...D12, ...D13, ...D14, ...D15, ...D16, ...D17, ...D18, ...D19, ...D20,
];

// ---------------------------------------------------------------------------------------------
// Plans
function node(key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): Holdout45PlanNode {
  return { key, parentKey, title, expect };
}

const P01: Holdout45Plan = {
  name: 'Safe at Home Kirklees — 2026/27',
  domain: 'home-improvement-agency',
  nodes: [
    node('a01', null, 'Safe at Home Kirklees — 2026/27 plan', [GC]),
    node('a02', 'a01', HIA_NS),
    node('a03', 'a01', 'Casework (Bev)', [GC]),
    node('a04', 'a03', 'Caseworkers: help older & disabled people stay safe in their own homes', [CL]),
    node('a05', 'a03', 'Average weeks from enquiry to DFG approval', [NT]),
    node('a06', 'a03', 'Chase OT reports on every open DFG case each week', [JR]),
    node('a07', 'a03', 'cut the wait between OT referral and the works starting'),
    node('a08', 'a01', 'Handyperson service (Mick)', [GC]),
    node('a09', 'a08', 'Handyperson — helping older and disabled people live safely at home', [CL]),
    node('a10', 'a08', 'Handyperson jobs done: 1,900', [NT]),
    node('a11', 'a08', 'Ring every new referral back within 2 working days', [NT, JR]),
    node('a12', 'a01', 'Hospital discharge team', [GC]),
    node('a13', 'a12', 'Discharge jobs done: 650', [NT, CL]),
    node('a14', 'a12', 'Call each ward referral back within 1 working day', [NT, JR, CL]),
    node('a15', 'a12', 'Get people home from hospital without waiting on a grab rail'),
  ],
  cloneGroups: [['a02', 'a04', 'a09'], ['a10', 'a13'], ['a11', 'a14']],
};

const P03: Holdout45Plan = {
  name: 'Swanholme Leisure Homes — FY27',
  domain: 'caravan-manufacturer',
  nodes: [
    node('b01', null, 'Swanholme Leisure Homes — FY27 objectives', [GC]),
    node('b02', 'b01', CVN_NS),
    node('b03', 'b01', 'Production (Neil)', [GC]),
    node('b04', 'b03', 'Touring line', [GC]),
    node('b05', 'b04', 'Touring line: 38 units a week', [NT]),
    node('b06', 'b04', 'Damp test every tourer at end of line and record the readings', [JR]),
    node('b07', 'b03', 'Lodge line', [GC]),
    node('b08', 'b07', 'Lodge line: 9 units a week', [NT, CL]),
    node('b09', 'b07', 'Every lodge damp-tested as it comes off the line, readings logged', [JR, CL]),
    node('b10', 'b01', 'Sales & dealers', [GC]),
    node('b11', 'b10', 'Sales: be the lodge maker holiday parks can trust to show up on time', [CL]),
    node('b12', 'b10', 'Dealer stock list on the portal updated every Friday', [JR]),
    node('b13', 'b01', 'Aftersales (Julie)', [GC]),
    node('b14', 'b13', 'Aftersales — the lodge builder parks trust to turn up when we say', [CL]),
    node('b15', 'b13', 'Warranty claims per 100 units', [NT]),
  ],
  cloneGroups: [['b02', 'b11', 'b14'], ['b05', 'b08'], ['b06', 'b09']],
};

const P07: Holdout45Plan = {
  name: 'Pickwise — FY26',
  domain: 'wms-saas',
  nodes: [
    node('c01', null, 'Pickwise — FY26 company objectives', [GC]),
    node('c02', 'c01', WMS_NS),
    node('c03', 'c01', 'ARR £9.5m', [NT]),
    node('c04', 'c01', 'Go-to-market (Hannah)', [GC]),
    node('c05', 'c04', 'Sales: be the WMS growing 3PLs choose once spreadsheets stop scaling', [CL]),
    node('c06', 'c04', 'New logos signed: 40', [NT]),
    node('c07', 'c04', 'Partners: new logos signed — 12', [NT, CL]),
    node('c08', 'c01', 'Customer success (Aisha)', [GC]),
    node('c09', 'c08', "CS — the WMS 3PLs pick once they've outgrown spreadsheets", [CL]),
    node('c10', 'c08', 'Net revenue retention 112%', [NT]),
    node('c11', 'c08', 'Run a QBR with every customer over £30k ARR', [TL]),
    node('c12', 'c01', 'Engineering', [GC]),
    node('c13', 'c12', 'Platform uptime 99.95%', [NT]),
    node('c14', 'c12', 'Respond to P1 incidents within 15 minutes', [NT, JR]),
    node('c15', 'c12', 'Support rota: answer every P1 inside 15 min, day or night', [NT, JR, CL]),
  ],
  cloneGroups: [['c02', 'c05', 'c09'], ['c06', 'c07'], ['c14', 'c15']],
};

const P09: Holdout45Plan = {
  name: 'Sgeir Salmon — 2026',
  domain: 'salmon-farm',
  nodes: [
    node('d01', null, 'Sgeir Salmon — 2026 goals', [GC]),
    node('d02', 'd01', 'Grow healthy fish with less impact on the loch'),
    node('d03', 'd01', 'Sea sites', [GC]),
    node('d04', 'd03', 'Loch Ailort (Calum)', [GC]),
    node('d05', 'd04', 'Ailort: survival to harvest 92%', [NT]),
    node('d06', 'd04', 'Lice counts on every pen every week', [JR]),
    node('d07', 'd04', 'Ailort — growing healthy fish with less impact on the loch', [CL]),
    node('d08', 'd03', 'Camas (Iain)', [GC]),
    node('d09', 'd08', 'Camas: survival to harvest 88%', [NT, CL]),
    node('d10', 'd08', 'Count the lice on all pens weekly and send the numbers in', [JR, CL]),
    node('d11', 'd01', 'Freshwater', [GC]),
    node('d12', 'd11', 'Smolt weight at transfer', [NT]),
    node('d13', 'd11', 'Vaccinate every batch before transfer and record it', [JR]),
    node('d14', 'd01', 'Processing & sales', [GC]),
    node('d15', 'd14', 'More of the harvest sold as premium whole fish'),
  ],
  cloneGroups: [['d02', 'd07'], ['d05', 'd09'], ['d06', 'd10']],
};

const P11: Holdout45Plan = {
  name: 'North Tyneside community nursing — 2026/27',
  domain: 'district-nursing',
  nodes: [
    node('e01', null, 'Community nursing — 2026/27', [GC]),
    node('e02', 'e01', DN_NS),
    node('e03', 'e01', 'Locality teams', [GC]),
    node('e04', 'e03', 'Whitley Bay (Sr Patel)', [GC]),
    node('e05', 'e04', 'Visits per nurse per day: 9', [NT]),
    node('e06', 'e04', 'Write up every visit on SystmOne before going home', [JR]),
    node('e07', 'e03', 'Wallsend (Sr Hughes)', [GC]),
    node('e08', 'e07', 'Visits per nurse per day: 10', [NT, CL]),
    node('e09', 'e07', 'Document all visits on SystmOne before the end of the day', [JR, CL]),
    node('e10', 'e03', 'North Shields (Sr Amos)', [GC]),
    node('e11', 'e10', 'Each visit written up on SystmOne before the shift ends', [JR, CL]),
    node('e12', 'e10', 'Heal leg ulcers instead of dressing them for years'),
    node('e13', 'e01', 'Twilight & nights', [GC]),
    node('e14', 'e13', "Twilight: people looked after at home don't go into hospital unless they need to", [CL]),
    node('e15', 'e13', 'Respond to urgent referrals within 2 hours', [NT, JR]),
  ],
  cloneGroups: [['e02', 'e14'], ['e05', 'e08'], ['e06', 'e09', 'e11']],
};

const P12: Holdout45Plan = {
  name: 'Kestrel Aero Engineering — 2026',
  domain: 'aircraft-mro',
  nodes: [
    node('f01', null, 'Kestrel Aero Engineering — 2026 plan', [GC]),
    node('f02', 'f01', 'Airlines get their aircraft back when we said they would'),
    node('f03', 'f01', 'Hangar 1 — ATR', [GC]),
    node('f04', 'f03', 'Average TAT on ATR C-checks: 21 days', [NT]),
    node('f05', 'f03', 'Tool control: shadow boards checked at every shift handover', [JR]),
    node('f06', 'f03', 'Hangar 1: aircraft back to the airline when we promised', [CL]),
    node('f07', 'f01', 'Hangar 2 — Dash 8 / Q400', [GC]),
    node('f08', 'f07', 'Average TAT on Q400 C-checks: 26 days', [NT, CL]),
    node('f09', 'f07', 'Shadow boards checked at each shift change, every tool accounted for', [JR, CL]),
    node('f10', 'f07', 'Hangar 2 — airlines get their aircraft back on the date we said', [CL]),
    node('f11', 'f01', 'Stores & logistics', [GC]),
    node('f12', 'f11', "Set up a rotables pool with other MROs so checks don't stop for parts"),
    node('f13', 'f11', 'Goods-in: receipt and inspect incoming parts the day they arrive', [JR]),
    node('f14', 'f01', 'Quality (Sarah)', [GC]),
    node('f15', 'f14', 'CAA Part-145 audit with no level 1 findings', [CO]),
  ],
  cloneGroups: [['f02', 'f06', 'f10'], ['f04', 'f08'], ['f05', 'f09']],
};

const P14: Holdout45Plan = {
  name: 'Partsline Motor Factors — 2026',
  domain: 'motor-factor',
  nodes: [
    node('g01', null, 'Partsline Motor Factors — 2026', [GC]),
    node('g02', 'g01', 'The factor Welsh garages ring first'),
    node('g03', 'g01', 'Branches', [GC]),
    node('g04', 'g03', 'Newport branch (Rhys)', [GC]),
    node('g05', 'g04', 'Newport: get parts to garages quicker'),
    node('g06', 'g04', 'Hot shots delivered within 45 minutes', [NT, JR]),
    node('g07', 'g04', 'Cash up and bank the tills at close', [JR]),
    node('g08', 'g03', 'Cardiff West branch (Nia)', [GC]),
    node('g09', 'g08', 'Cardiff West: parts to the garages faster', [CL]),
    node('g10', 'g08', 'Hot shot orders at the garage inside 40 minutes', [NT, JR, CL]),
    node('g11', 'g08', 'Bank the takings and cash up the tills at closing', [JR, CL]),
    node('g12', 'g01', 'Online & trade app', [GC]),
    node('g13', 'g12', 'Online sales share 15%', [NT]),
    node('g14', 'g01', 'Warehouse (Gareth B)', [GC]),
    node('g15', 'g14', 'New racking in the central warehouse', [TL]),
  ],
  cloneGroups: [['g05', 'g09'], ['g06', 'g10'], ['g07', 'g11']],
};

const P16: Holdout45Plan = {
  name: 'Hanford Reservoir SC — 2026 season',
  domain: 'sailing-club',
  nodes: [
    node('h01', null, 'Hanford Reservoir SC — 2026 season', [GC]),
    node('h02', 'h01', 'A club families join and stay in'),
    node('h03', 'h01', 'Sailing (Rear Commodore)', [GC]),
    node('h04', 'h03', 'Boats on the start line per Sunday race: 25', [NT]),
    node('h05', 'h03', 'Fill every race officer slot on the duty rota', [JR]),
    node('h06', 'h03', 'Wednesday evening series — 18 boats on the line per race', [NT, CL]),
    node('h07', 'h01', 'Training (Principal — Helen)', [GC]),
    node('h08', 'h07', 'Adult courses: 60 learners trained', [NT]),
    node('h09', 'h07', 'Youth courses: 90 learners trained', [NT, CL]),
    node('h10', 'h07', 'Training: a club that families join and stay in', [CL]),
    node('h11', 'h01', 'House & grounds', [GC]),
    node('h12', 'h11', 'New slipway', [TL]),
    node('h13', 'h11', 'Check and fuel the safety boats before each session', [JR]),
    node('h14', 'h01', 'Membership secretary', [GC]),
    node('h15', 'h14', 'Membership: 420', [NT]),
  ],
  cloneGroups: [['h02', 'h10'], ['h04', 'h06'], ['h08', 'h09']],
};

const P18: Holdout45Plan = {
  name: 'Carrow Planning — 2026/27',
  domain: 'town-planning-consultancy',
  nodes: [
    node('i01', null, 'Carrow Planning — objectives 2026/27', [GC]),
    node('i02', 'i01', "The planning consultancy East Anglia's landowners call first"),
    node('i03', 'i01', 'Development management (Kate)', [GC]),
    node('i04', 'i03', 'Applications approved: 85%', [NT]),
    node('i05', 'i03', 'Check the weekly lists for applications near client sites', [JR]),
    node('i06', 'i03', 'DM: be the planning consultancy landowners in East Anglia ring first', [CL]),
    node('i07', 'i01', 'Strategic land (Rob)', [GC]),
    node('i08', 'i07', "Get more of our clients' sites allocated in the next Local Plan"),
    node('i09', 'i07', 'Fee income per planner £140k', [NT]),
    node('i10', 'i07', "Go through the councils' weekly lists for anything near our clients' land", [JR, CL]),
    node('i11', 'i01', 'Appeals & heritage', [GC]),
    node('i12', 'i11', 'Appeals allowed 55%', [NT]),
    node('i13', 'i11', 'Lose fewer appeals on heritage grounds'),
    node('i14', 'i11', 'Heritage appeals allowed: 60%', [NT, CL]),
    node('i15', 'i11', 'RTPI CPD logged for every chartered planner', [CO]),
  ],
  cloneGroups: [['i02', 'i06'], ['i05', 'i10'], ['i12', 'i14']],
};

const P20: Holdout45Plan = {
  name: 'Burslem Tile Works — FY27',
  domain: 'ceramic-tile-maker',
  nodes: [
    node('j01', null, 'Burslem Tile Works — FY27', [GC]),
    node('j02', 'j01', "Britain's maker of heritage tiles that last another century"),
    node('j03', 'j01', 'Works (Phil)', [GC]),
    node('j04', 'j03', 'Pressing (Dawn)', [GC]),
    node('j05', 'j04', 'Clean down the press room at the end of each shift', [JR]),
    node('j06', 'j04', 'Fewer tiles going into the kiln damp'),
    node('j07', 'j03', 'Kilns (Stuart)', [GC]),
    node('j08', 'j07', 'Wall tiles: breakage in firing under 3%', [NT]),
    node('j09', 'j07', 'Floor tiles: breakage in firing under 5%', [NT, CL]),
    node('j10', 'j07', 'Fill in the firing log for every kiln run', [JR]),
    node('j11', 'j01', 'Sales', [GC]),
    node('j12', 'j11', "Heritage & restoration: Britain's heritage tile maker, tiles that last another century", [CL]),
    node('j13', 'j11', 'Sample tiles to architects within 2 working days', [NT, JR]),
    node('j14', 'j11', 'Trade samples out inside 3 working days of the request', [NT, JR, CL]),
    node('j15', 'j11', 'New showroom display for the heritage range', [TL]),
  ],
  cloneGroups: [['j02', 'j12'], ['j08', 'j09'], ['j13', 'j14']],
};

export const HOLDOUT_45_PLANS: Holdout45Plan[] = [P01, P03, P07, P09, P11, P12, P14, P16, P18, P20];
