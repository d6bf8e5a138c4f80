import type { RuleCode } from '../../shared/coach/types';

/**
 * TWENTY-FIFTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole), issue 10 (`issues show 10`), lines 1-330 of
 * test/coach/holdout22.ts (its header with the labelling definitions and calls, and the first lines of
 * its domain type; line 330 ends inside its `Holdout22Domain` union, so none of its interfaces,
 * helpers, label constants, entries or plans were seen; this file's entry, KR, node and plan shapes
 * were written from `Labelled` / `LabelledPlan` in report.ts), test/coach/report.ts (whole: the
 * Labelled / LabelledPlan shapes and the harness around them), the output of
 * `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the RuleCode type line, the Fix type and the
 * Finding shape), nothing else of that file, and the brief's list of the domains every earlier set used
 * (/tmp/brief/domains.txt, also grepped for this set's candidate names). Besides these it saw only file
 * names (a listing of test/coach/) and tsconfig.json's settings. Not opened: any other file under
 * shared/, the README, holdout.ts to holdout21.ts, holdout22.ts from line 331 on, holdout23.ts,
 * holdout24.ts, corpus.ts, handbook.ts, reworded.ts, suite.ts, or anything under test/unit/, test/e2e/,
 * out/, renderer/, electron/ or scripts/. No git command was run. Nothing was committed. The coach,
 * `cascade lint`, vitest and npm test were never run, on these titles or at all. The file was written
 * in pieces under /tmp and checked only with `tsc --noEmit` (a throw-away tsconfig in /tmp/h25check/
 * listing this file, a throw-away file that assigns both exports to Labelled[] and LabelledPlan[], and
 * a throw-away ambient `declare module '*.bin'` for the `.bin` import that report.ts pulls in through
 * the coach's modules; tsc type-checks the modules report.ts imports without their text being opened)
 * and with a throw-away counting script kept outside the repo (run with `node
 * --experimental-strip-types`, Node 22), which also checked per-domain counts, duplicate titles, that
 * every kr-not-measurable / no-key-results label matches its KRs under the definitions below, that
 * every entry copy has a parent or siblings, that no entry carries two of compliance / job-requirement /
 * task-listing, tree order, clone-group order both depth-first and breadth-first, and that only copies
 * carry goal-clone; all were deleted afterwards.
 *
 * Domains, none of them in the brief's list, and each kept away from near-duplicates of it:
 * - driveway-surfacing-contractor (Kerbline Driveways, Leicester: block paving, tarmac and resin-bound
 *   drives, dropped kerbs): private drives for householders, so not the highways-authority, the
 *   traffic-management-contractor, a flooring-, roofing- or plastering-contractor or the
 *   builders-merchant.
 * - pool-builder (Bluewater Pools, Hampshire: builds and services private pools for homes, schools and
 *   hotels): builds and looks after other people's pools, so not the lido, swim-school or thermal-spa
 *   that run one, and not plumbing-heating.
 * - community-equipment-service (Northshire ICES, run jointly by the council and the NHS: loans beds,
 *   hoists and aids to people at home): lends kit on prescription, so not the mobility-scooter-dealer
 *   (sells), home-care (cares), hospital-nursing or the prosthetics-centre.
 * - rights-of-way-team (Wealdshire County Council's public rights of way team: footpaths, bridleways,
 *   the definitive map): paths across private land, not the national-park, municipal-parks, the
 *   highways-authority (roads), the canal-trust or the wildlife-trust.
 * - playground-equipment-maker (Timbertop Play, Devon: designs, makes and installs play equipment for
 *   councils and schools): a maker and installer, not the adventure-playground (a place to play), the
 *   toy-maker, trampoline-park or furniture-maker.
 * - cardboard-box-maker (Trentside Packaging, Nottingham: corrugated boxes, die-cut and printed): turns
 *   board into boxes, so not the paper-mill (makes the board), the printing-house, the pallet-network
 *   or the logistics-warehouse.
 * - child-bereavement-charity (Little Lanterns, Kent: support for children after someone close has
 *   died): not the hospice, the listening-helpline, young-carers, talking-therapies-service, the
 *   funeral-home or crematorium.
 * - equine-welfare-charity (Greyfield Horse Rescue: rescues, rehabilitates and rehomes horses, ponies
 *   and donkeys): welfare and rehoming, not the riding-school, thoroughbred-stud, farrier, veterinary
 *   practice or cat-rescue.
 * - speech-transcription-saas (Verbatim: transcription for researchers, journalists and councils): turns
 *   speech into text in the same language, so not the translation-agency, bsl-interpreting, the
 *   podcast-network or survey-platform.
 * - allergy-clinic (a district hospital's children's and adults' allergy service: food and drug
 *   challenges, immunotherapy): not the dermatology-clinic, dietetics-service, gp-practice, pharmacy or
 *   diagnostics-lab.
 * - van-hire (Kestrel Van & Minibus Hire, Yorkshire: self-drive vans, Lutons and minibuses by the day):
 *   short hires to the public, so not fleet-leasing (contract leases), the moving-company, taxi-firm,
 *   community-transport or car-dealership.
 * - deer-farm (Brackenhurst Venison, Somerset: a red deer farm selling venison and breeding stock): not
 *   the dairy-farm, pig-unit, abattoir, charcuterie-maker, livestock-haulier or zoo.
 * - printmaking-workshop (Inkwell Press, Norwich: an open-access etching, screenprint and letterpress
 *   studio with members and courses): an artists' studio, not the printing-house (commercial print),
 *   pottery-studio, art-gallery or arts-centre.
 * - fish-and-chip-shop (Harbour Lights, Whitby: a family chippy with a takeaway and a restaurant): cooks
 *   and serves, so not the fishmonger, a restaurant-chain, the street-food-hall or the seaside-pier.
 * - bingo-hall (Regal Bingo, Burnley: one independent club in an old cinema): not the lottery-operator,
 *   bowling-alley, comedy-club, cinema-chain or the online gaming sets.
 * - dive-centre (Blue Horizon Divers, Swanage: scuba courses, a dive boat, hire, servicing and a
 *   shop): not the swim-school, water-ski-school, marina, coastguard-station or ferry-operator.
 * - historic-house (Hartwell Court, Wiltshire: a family-owned country house open to visitors, with
 *   parkland, filming and events): a home kept open, not the museum, art-gallery, wedding-venue (one
 *   income among several here), botanic-garden or national-park.
 * - horsebox-builder (Ashcombe Horseboxes, Lancashire: 3.5t, 7.5t and HGV horseboxes built on
 *   chassis): coachbuilding, not the bus-maker, livestock-haulier, saddlery, thoroughbred-stud or
 *   shepherd-hut-builder.
 * - road-safety-team (Calderbrook Council's road safety team: education, Bikeability, school crossing
 *   patrols, collision data): changes road users' behaviour, so not the highways-authority (builds
 *   roads), the driving-school, neighbourhood-policing or the traffic-management-contractor.
 * - travelling-funfair (Harris Bros Funfairs: a showmen's family touring fairs with its own rides):
 *   moves from ground to ground, so not the theme-park (a fixed site), the music-festival, the
 *   county-show-society (which books such fairs) or the seaside-pier.
 *
 * Counts (printed by the throw-away script that imports this file and tallies `expect`):
 * - HOLDOUT_25: 500 objectives (25 per domain), 200 sound (expect [], 40.0%, the largest class; 10
 *   per domain), 300 with at least one label. Per label: number-title 73, job-requirement 51,
 *   generic-container 44, task-listing 43, compliance 43, kr-not-measurable 22, no-key-results 22,
 *   goal-clone 22. Twenty entries carry two labels: number-title + goal-clone (6), number-title +
 *   job-requirement (5), job-requirement + goal-clone (4), generic-container + no-key-results (2), and
 *   one each of task-listing + kr-not-measurable, compliance + kr-not-measurable and number-title +
 *   compliance. 23 entries have `krs: []`: 20 sound titles (no-key-results), 2 containers (also
 *   no-key-results) and one task (no no-key-results: the definition excludes it). 29 entries carry a
 *   parent, 20 of them sound (9 copies); 33 carry earlier siblings (20 of them sound, 13 copies). 20
 *   sound entries carry explicit KRs with a unit and a target (one per domain) that must not be flagged.
 * - HOLDOUT_25_PLANS: 10 plans, 150 nodes (15 each), 27 clone groups (21 of two, 6 of three; 33
 *   copies); 29 sound nodes. Per label: generic-container 40, number-title 36, goal-clone 33,
 *   job-requirement 27, compliance 6, task-listing 3. More than one label on 22 nodes: number-title +
 *   goal-clone (11), job-requirement + goal-clone (6), number-title + job-requirement (3), number-title
 *   + job-requirement + goal-clone (2).
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
 * - Limits on a duty are number-title + job-requirement ("Reply to every web enquiry within 24 hours",
 *   "Answer prescriber calls within 2 minutes", "Dictate clinic letters and get them out within 10
 *   days", "Fill cylinders within 30 minutes of a customer dropping them off", "Answer warranty claims
 *   within 5 working days", and in plans "Send thank-you letters to donors within 48 hours", "Answer
 *   support tickets within 4 business hours", "Reply to every support ticket inside one working day",
 *   "Dictate clinic letters within 7 days", "Clinic letters typed and sent within 10 days"). Bare
 *   periods, frequencies and times leave a duty with job-requirement alone ("every Monday", "each
 *   spring", "the day it comes in", "the same day", "twice a day", "every morning", "each morning",
 *   "every week", "weekly", "each month", "every month", "daily", "at close", "every Sunday night",
 *   "on the six-monthly cycle", "on the annual cycle", "at five").
 * - Numbers that are not targets: ages, thresholds and scopes ("aged 4–11", "over-60s", "longer than a
 *   year", "more than once", "resin, anything over £5k", "four or more group sessions" in a KR's name,
 *   "60 miles", "two horses and their tack", "two people talking over each other", "within a year" in
 *   a KR's name); identifiers, classes and standards ("A28", "CS30/31", "EN 1176", "ISO 27001", "3D",
 *   "3.5t", "7.5t", "C1", "O2", "Year 6", "Level 2", "Level 3", "20mph", "STATS19", "Think 25", "bay 4",
 *   "line 2", "grade A", "teams-v2", "SOP AL-07"); years, periods and horizons ("2026", "2026/27",
 *   "2026–29", "FY27", "H1", "Q3", "May–September", "by August", "in September", "in the first two
 *   years", "for another century" / "another 100 years" / "another hundred years"); ordinals ("a
 *   second tarmac gang", "a second speech scientist", "the second palletiser", "their first session",
 *   "first week", "first upload", "first night home", "first year", "first time"); "one"/"single" as an
 *   article ("one consultant", "a single catalogue", "one of our boxes"); compound modifiers ("one-off",
 *   "one-way", "one-to-one", "six-monthly", "two-week runs", "same-day", "next-day").
 * - Targets: values after a metric or comparator ("Turnover £1.4m", "Average job value up 12% on last
 *   year", "Service contracts: 240 pools", "Gross margin on new builds above 30%", "Deliveries within 7
 *   days: 95%", "Recycling rate 85%", "Paths open and easy to use: 80%", "Reports resolved within three
 *   months — 70%", "Sales £3.2m, up from £2.7m", "Tender win rate above 35%", "Tonnes converted:
 *   14,500", "Waste below 8% of board used", "Children supported: 650", "Raise £420k in voluntary
 *   income", "Horses rehomed: 180", "Cost per horse per week under £95", "ARR £2.5m", "Word error rate
 *   below 6% on the benchmark set", "RTT performance 85%", "Food challenges per month: 40", "Fleet
 *   utilisation 78%", "Revenue per vehicle per month: £1,350", "Calving percentage 88%", "Venison sales
 *   £310k", "Members: 140", "Courses fill 85% of their places", "Takings £620k", "Average spend per head
 *   up to £16", "Admissions per week: 2,100", "Bar spend per head £4.50", "Dives sold: 4,800", "Course
 *   revenue up 20%", "Visitor numbers 95,000", "Secondary spend per visitor £9", "Boxes built: 46",
 *   "Margin per build £9k", "KSI casualties down 15%", "Bikeability places: 3,000", "Takings per fair
 *   above £40k", "Rides on the road: 14"); a multiplier is a target ("Double the mail order customers",
 *   and in a plan "Halve the wait for one-to-one support" / "Cut the wait ... by half"); a percentage
 *   on a compliance title is number-title + compliance ("Think 25 test purchases passed: 100%").
 * - Only a metric name is number-title: "Conversion rate, site survey to signed job", "Revenue per
 *   service engineer", "Average cost per item issued", "Average age of outstanding DMMO applications",
 *   "Installs per team per month", "OEE on the rotary die-cutter", "Families waiting more than 6 weeks",
 *   "Average length of stay", "Minutes transcribed per month", "DNA rate for new appointments", "Damage
 *   recovery rate", "Price per kg deadweight", "Average studio hours booked per member", "Portions per
 *   hour at peak", "Electronic terminal revenue per session", "Boat occupancy", "Conversion of day
 *   visitors to members", "Weeks from deposit to handover", "Child pedestrian casualties per 100,000
 *   children", "Ride uptime", and in a plan "Paid conversion rate from trials". Direction without a
 *   quantity is sound ("Cut GPU cost per hour of audio transcribed", "Shorten ...", "Fewer ...", "Lose
 *   fewer ...", "Scrap less ...", "Burn less ...", "Grow legacy income", "faster", "quicker").
 * - Containers: roles, owners' teams, sections and periods with no direction ("Tarmac gang (Shaun)",
 *   "Office & sales", "Builds", "Service team (Kev)", "Hotel & school contracts", "Technicians
 *   (Mark)", "Prescriber support", "Definitive Map team", "South area (Bev)", "Design studio (Ella)",
 *   "Install teams", "Night shift (Gary)", "Customer service", "Fundraising (Jo)", "Volunteers", "Field
 *   officers", "Yard team (Lizzie)", "ML team (Dan)", "Growth — Q3", "Enterprise (Ruth)", "Paediatric
 *   allergy (Dr Shah)", "Nurse-led clinics", "Depot managers", "Minibuses (Andy)", "Stock", "Farm shop
 *   (Maggie)", "Letterpress (Tom)", "Members' committee", "Front of house (Sandra)", "Takeaway", "Bar &
 *   café (Trish)", "Callers", "Boat (skipper Mike)", "Training department", "Estate office (Clare)",
 *   "Visitor experience", "Workshop (Gaz)", "Sales & aftersales", "Education officers", "School
 *   crossing patrols (Denise)", "Rides (Uncle Ray)", "Food stalls"), and every plan root and team node.
 *   "Bridleways" and "Summer staff" with `krs: []` also carry no-key-results.
 * - Compliance: audits, inspections, accreditations, certifications, registrations, statutory tests,
 *   insurance and licences the organisation or its people undergo or hold ("CHAS accreditation
 *   renewed", "NRSWA street works cards in date for every supervisor", "Gas Safe registration kept for
 *   the heating engineers", "CQC registration maintained for the regulated activity", "LOLER thorough
 *   examination of every hoist signed off by the insurer's engineer", "Chainsaw tickets (CS30/31)
 *   current for all rangers", "EN 1176 certification renewed by TÜV for the new range", "RPII annual
 *   inspector qualification renewed ...", "FSC chain of custody audit passed", "BRCGS Packaging
 *   Materials certificate kept at grade A", "Enhanced DBS checks for all volunteers renewed",
 *   "Fundraising Regulator registration renewed", "Everyone who drives the horsebox holds a C1 licence
 *   that's in date", "ISO 27001 recertification audit — no major non-conformities", "UKAS IQIPS
 *   accreditation kept ...", "O-licence renewed with the Traffic Commissioner", "MOTs and tacho
 *   calibrations on all the Lutons done before they fall due", "Annual herd TB test — clear", "FSA
 *   approved premises inspection for the larder passed", "COSHH assessments for the etching room redone
 *   and signed off", "Fire safety inspection passed", "Late night refreshment licence renewed",
 *   "Gambling Commission annual return and licence fee done", "MCA coding for the dive boat renewed",
 *   "Premises licence for weddings and events renewed", "HMRC Gift Aid audit passed", "IVA test passed
 *   first time for every new build", "Plating and weighing certificate for each box", "Bikeability
 *   Trust instructor accreditation renewed", "Risk assessment for every crossing patrol site reviewed
 *   and signed off", "ADIPS Declaration of Operational Compliance for every ride", "Public liability
 *   insurance renewed", "Gas safety certificates for all the catering trailers"); mandatory training
 *   and policy sign-offs ("PWTAG operator training for every service tech (mandatory)", "Lone working
 *   policy read and signed by everyone in the team", "Manual handling training for all fabricators
 *   (mandatory)" (with a bare KR: also kr-not-measurable), "Safeguarding Level 3 for all practitioners
 *   (mandatory)", "Annual DPIA reviewed and signed off by the DPO", "Anaphylaxis and resus update for
 *   all nurses (mandatory)", "Allergen training for every counter assistant (mandatory)", "Social
 *   responsibility training for all floor staff (mandatory under LCCP)", "First aid & O2 provider
 *   refresher for all instructors (mandatory)").
 * - Duty rather than compliance: the organisation's own routine checks, records and upkeep are
 *   job-requirement ("Test and balance the water on every visit and log it in the app", "Service every
 *   hoist and sling on the six-monthly cycle" beside the insurer's LOLER examination, "Inspect the
 *   promoted routes each spring", "Check the resus trolley and adrenaline stock before every challenge
 *   list", "Fridge and fryer temps written up twice a day", "Check the game results and prize payouts
 *   every session", "Daily checks on every ride before we open", "Service the regulators on the annual
 *   cycle"); checking customers' licences at the counter is the hire desk's routine ("Check every
 *   driver's licence with the DVLA before handing over the keys"), not a licence the firm holds. Upkeep,
 *   routines and queues: "Keep the plant sheet filled in ...", "Chase the balance on every finished
 *   job", "Order the chemicals for the vans every Monday", "Decontaminate returned items ...", "Log every
 *   reported problem on CAMS the day it comes in", "Keep the timber yard stocked and the stock sheet
 *   right", "Send the O&M manual and certificates to the client after each install", "Clean the print
 *   plates and anilox rolls after each run", "Book in the board deliveries and check them against the
 *   PO", "Write up every session note on Lamplight the same day", "Monthly supervision with each
 *   volunteer", "Worm count and weigh every horse each month", "Muck out and skip out the barns twice a
 *   day", "Triage the support inbox every morning", "Keep the status page updated during incidents",
 *   "Weekly triage of GP referral letters", "Valet and check every van when it comes back in", "Move
 *   vans between depots for the next day's bookings", "Walk the fences every week ...", "Feed silage to
 *   the hinds daily through the winter", "Keep the acid room tidy and the ferric chloride topped up",
 *   "Induct every new member on the presses before they can book", "Change the oil and clean down the
 *   range every Sunday night", "Cash up the tills and the machines at close", "Rinse, check and hang up
 *   the hire kit after every dive", "Open up and close down the show rooms every day", "Humidity and
 *   light readings in the state rooms, weekly", "Update the build board every morning", "Order chassis
 *   and aluminium for next month's builds", "Cover absent crossing patrols each morning", "Answer
 *   councillors' road safety enquiries", "Collate the police STATS19 data every month", "Pay the ground
 *   rent and sort out the pitch with each committee".
 * - Tasks: events and deliverables as noun phrases ("New brochure with the resin color samples in it",
 *   "Showroom pool refit", "New online catalogue for prescribers", "New waymark discs with the council
 *   logo", "New catalogue for the Playground Expo", "3D render library for the sales team", "New sample
 *   room", "Memory box redesign", "New website with a section young people can use on their own", "New
 *   roof on the indoor school", "Open day posters & banners", "New onboarding email sequence", "New
 *   patient leaflet on the milk ladder", "New booking website", "New handling unit", "Label design for
 *   the burgers", "Online shop for members' prints", "Print fair stand at The Forum" (with a bare KR:
 *   also kr-not-measurable), "New menu boards", "New LED number boards", "Christmas party night", "New
 *   RIB", "New guidebook", "New showroom", "Brochure for Horse of the Year Show", "Poster campaign for
 *   the new 20mph zones", "New LED lights on the big wheel", and in plans "New die-cutter installed on
 *   line 2", "Christmas appeal mailing"); one-off jobs, purchases, migrations, rewrites and refits
 *   without an effect ("Buy another plate compactor", "Write the new-owner handover pack", "Move the
 *   stock system onto the supplier's new cloud version", "Rewrite the public path order guidance
 *   notes", "Install the second palletiser", "Reorganize the finished goods racking in bay 4",
 *   "Organise the summer fun day at Howletts", "Migrate the audio store to the new bucket region", "Set
 *   up the allergy pages on the trust website", "Rebrand the vans in the new livery", "Hold the open
 *   studio weekend in September", "Buy a new potato rumbler", "Film a promo video of the wrecks",
 *   "Restore the Orangery" (`krs: []`, task only), "Publish a new road safety strategy document",
 *   "Repaint the dodgem track front", and in a plan "Move inference onto the new GPU cluster"). With an
 *   effect they are sound ("Run a free castration clinic ... so fewer unwanted foals are born", "Put
 *   electric Transits on hire so trades working inside Sheffield's clean air zone stay with us", "Start
 *   a club night so newly qualified divers have someone to buddy with", "Switch to MSC-certified haddock
 *   and tell people why it matters", "Fit bed sensors for people who've fallen more than once, so
 *   someone knows ...").
 * - Sound despite a trap word or shape: hires and recruits with a reason in most domains ("Hire an
 *   structural designer so we can do our own die-cut designs in house", "Take on an apprentice
 *   stockperson so the farm isn't all on Rob", "Recruit crossing patrols for the schools where the
 *   post's been empty"); a certification or approval as the client's or the product's outcome ("Get
 *   university ethics committees to approve us for sensitive interview data", "Switch to MSC-certified
 *   haddock ...", "Build a 3.5t box that can legally carry two horses and their tack"); training with
 *   an effect ("Train a trusted assessor for the north of the county so simple aids don't wait for an
 *   OT visit", "teach school staff to use adrenaline pens with confidence", and in a plan "Train staff
 *   in every secondary school to handle the first day back after a death"); "keep" of an outcome ("Keep
 *   the school pools we maintain open right through the summer term", "Keep cod on the menu at a price
 *   locals will still pay ...", "keep the studio open in the evenings without burning the staff out",
 *   "keep the minibus running for players who can't drive in", "keep Bikeability going when the DfT
 *   grant is cut", "Find a technician who can keep the old Columbian press running"); a funding status
 *   sought is an outcome, not a registration ("Become an Arts Council National Portfolio Organisation",
 *   with `krs: []`: no-key-results).
 * - Copies in entries (22): the parent's goal reworded with a team prefix, synonyms or reordering
 *   (nine: "Service: convert our one-off builds into long-term servicing contracts", "Sales: win
 *   plastic-free packaging business from online brands", "Rehoming: find new homes for more horses,
 *   ponies & donkeys", "Nurse team: reduce how long children wait for a food challenge", "Farm shop:
 *   sell more of our venison straight to households", "Restaurant: fill the tables on rainy winter
 *   weekdays", "Events team — make the winter months worth opening", "Become the horsebox builder of
 *   choice for eventers", "Reduce the number of people killed or seriously injured on Calderbrook
 *   roads"); an earlier sibling repeated with synonyms or reordering (three: "Speed up equipment
 *   deliveries so no one's discharge from hospital gets delayed", "Attract a younger crowd while keeping
 *   our regulars happy", "Win back the towns that stopped booking us after Covid"); the same metric
 *   with another number or scope, keeping number-title (six: resin drives laid, order-to-install lead
 *   time, children supported, word error rate on UK English, membership, boat occupancy); an earlier
 *   sibling's duty reworded, keeping job-requirement (four: the summer vegetation cut, horse passports
 *   after the vet, the walk-round at pickup, locking up and setting the alarm). In plans: the North
 *   Star repeated by a team (ten groups, four of them of three); the same metric with another number
 *   or scope, keeping number-title, as cousins (ten groups, one of three: drives per gang per month,
 *   deliveries on the agreed day, corrugator / converting-line waste, halving the wait, word error
 *   rate by accent, food / drug challenges per month, fleet utilisation by depot, visitor numbers,
 *   portions per hour at peak, takings per fair); cousins' duties reworded, keeping job-requirement
 *   (five groups, one of three: site diary and photos, resus trolley check, van valet on return, daily
 *   checks on rides / games and stalls, fridge temperatures); cousins' limited duties with another
 *   limit, keeping number-title + job-requirement (two groups: support tickets, clinic letters).
 * - Not copies: sharper children under their parent (20 sound entries carry a parent); siblings that
 *   share a theme but not a goal ("Sell permeable drives ..." after resin jobs and sunken paving, "Sell
 *   covers and automation with every new build ..." after service contracts, "Make it easy for families
 *   to tell us a bed isn't needed any more" after bringing kit back, "Lighter board grades ..." after
 *   crushed boxes, "Give parents something while their child waits ..." after cutting the wait, "Make
 *   sure the horses we rehome stay rehomed" after rehoming more, "Handle two people talking over each
 *   other ..." after accents, "Put on themed nights the regulars bring their daughters and
 *   granddaughters to" after younger players, "Win a Christmas fair in a city centre" after being booked
 *   back); in plans, a new metric beside an old one ("OEE on the rotary die-cutter" beside corrugator
 *   waste, "Paid conversion rate from trials", "Weddings booked: 45", "Fairs booked: 28", "Average
 *   spend per head £16"), a different duty of the same or a cousin team ("Service all hoists and slings
 *   ..." beside loading the vans, "Run the telephone advice line" beside the resus check), sound goals
 *   near the North Star but not it ("Win more e-commerce brands moving off plastic mailers", "Get
 *   booked back by the towns that dropped us"), and containers differing only in scope ("Leeds depot
 *   (Andy)" / "Sheffield depot (Tasha)" / "Bradford depot").
 * - kr-not-measurable follows the definition literally: placeholder or empty KRs with no quantity in
 *   their titles, on twenty outcome titles, and on a task and a compliance title. Not flagged: KRs with
 *   a unit and a target (one sound entry per domain), including one whose target is 0 from a start of
 *   4 ("Damage incidents during filming") and KRs whose target is below their start ("Posts replaced
 *   under warranty", "Average changeover", "Median wait for a first appointment").
 * - Plans reuse some entries' wording: plans and entries are scored apart.
 * - Spelling and voice: British and American spellings ("utilisation", "organise", "colour" beside
 *   "color", "program", "Reorganize", "standardize"), shorthand ("&", "£1.4m", "£3.2m", "£k", "O&M",
 *   "PO", "OEE", "WER", "ARR", "RTT", "DNA", "KSI", "ICB", "OT", "RIB", "temps", "tacho", "certs"),
 *   lowercase starts as people type them ("make the website bring in ...", "get the ramblers and the NFU
 *   talking ...", "bring johne's down in the herd"), prose-like lines and KRs ("The online map should
 *   match what's actually on the ground", "Booking a minibus should be as easy as booking a taxi",
 *   "Share of the jobs we win that are resin-bound"), typos kept as written ("actualy", "an structural",
 *   "seperate", "johne's"), owners' names, a Notion link, a Linear link, an SOP reference and a Drive
 *   path inside some titles. None changes a label.
 */

export type Holdout25Domain =
  | 'driveway-surfacing-contractor'
  | 'pool-builder'
  | 'community-equipment-service'
  | 'rights-of-way-team'
  | 'playground-equipment-maker'
  | 'cardboard-box-maker'
  | 'child-bereavement-charity'
  | 'equine-welfare-charity'
  | 'speech-transcription-saas'
  | 'allergy-clinic'
  | 'van-hire'
  | 'deer-farm'
  | 'printmaking-workshop'
  | 'fish-and-chip-shop'
  | 'bingo-hall'
  | 'dive-centre'
  | 'historic-house'
  | 'horsebox-builder'
  | 'road-safety-team'
  | 'travelling-funfair';

/** A key result as the harness reads it: omitted numbers default to 0 -> 100, current 0, no unit. */
export interface Holdout25Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

/** One labelled objective, scored with its parent and earlier siblings as its only context. */
export interface Holdout25Entry {
  title: string;
  domain: Holdout25Domain;
  expect: RuleCode[];
  parent?: string;
  siblings?: string[];
  /** Omitted: the harness attaches one well-formed KR. `[]`: really none. */
  krs?: Holdout25Kr[];
}

export interface Holdout25PlanNode {
  key: string;
  parentKey: string | null;
  title: string;
  expect: RuleCode[];
}

export interface Holdout25Plan {
  name: string;
  domain: Holdout25Domain;
  nodes: Holdout25PlanNode[];
  cloneGroups: string[][];
}

type Context = Pick<Holdout25Entry, 'parent' | 'siblings' | 'krs'>;

const NT: RuleCode = 'number-title';
const JR: RuleCode = 'job-requirement';
const GC: RuleCode = 'generic-container';
const TL: RuleCode = 'task-listing';
const CO: RuleCode = 'compliance';
const KRNM: RuleCode = 'kr-not-measurable';
const NKR: RuleCode = 'no-key-results';
const CL: RuleCode = 'goal-clone';
/** Sound: the coach should raise nothing. */
const OK: readonly RuleCode[] = [];

function domain(d: Holdout25Domain) {
  return (title: string, expect: readonly RuleCode[], context: Context = {}): Holdout25Entry => ({
    title,
    domain: d,
    expect: [...expect],
    ...context,
  });
}

const dr = domain('driveway-surfacing-contractor');
const po = domain('pool-builder');
const ce = domain('community-equipment-service');
const rw = domain('rights-of-way-team');
const pg = domain('playground-equipment-maker');
const bx = domain('cardboard-box-maker');
const cb = domain('child-bereavement-charity');
const eq = domain('equine-welfare-charity');
const st = domain('speech-transcription-saas');
const al = domain('allergy-clinic');
const vh = domain('van-hire');
const df = domain('deer-farm');
const pm = domain('printmaking-workshop');
const fc = domain('fish-and-chip-shop');
const bg = domain('bingo-hall');
const dv = domain('dive-centre');
const hh = domain('historic-house');
const hb = domain('horsebox-builder');
const rs = domain('road-safety-team');
const ff = domain('travelling-funfair');

export const HOLDOUT_25: Holdout25Entry[] = [
  // Kerbline Driveways, Leicester: block paving, tarmac, resin-bound drives, dropped kerbs.
  dr("Turnover £1.4m", [NT]),
  dr("Win more resin-bound jobs from people who've seen a neighbour's drive", OK),
  dr("Tarmac gang (Shaun)", [GC]),
  dr("Average job value up 12% on last year", [NT]),
  dr("Stop the callbacks for block paving that's sunk after its first winter", OK),
  dr("Keep the plant sheet filled in for the mini diggers, whackers and the roller", [JR]),
  dr("Make resin a bigger share of what we sell", OK, {
    krs: [
      { title: "Share of the jobs we win that are resin-bound", unit: "%", start: 22, target: 40, current: 25 },
      { title: "Average resin job value", unit: "£", start: 6800, target: 7500, current: 6900 },
    ],
  }),
  dr("Conversion rate, site survey to signed job", [NT]),
  dr("New brochure with the resin color samples in it", [TL]),
  dr("CHAS accreditation renewed", [CO]),
  dr("Cut the number of drives we go back to for weeds and sinking in the first two years", OK, {
    parent: "Be the firm people in Leicestershire recommend for a drive that lasts",
  }),
  dr("Chase the balance on every finished job", [JR]),
  dr("Office & sales", [GC]),
  dr("Sell permeable drives to householders who'd otherwise need planning permission for one", OK, {
    siblings: [
      "Win more resin-bound jobs from people who've seen a neighbour's drive",
      "Stop the callbacks for block paving that's sunk after its first winter",
    ],
  }),
  dr("Get a second tarmac gang on the road so we can say yes to the summer work we turn down now", OK),
  dr("Buy another plate compactor", [TL]),
  dr("NRSWA street works cards in date for every supervisor", [CO]),
  dr("Quotes out faster, so fewer leads go cold while they wait", OK),
  dr("Win repeat work from the landscape gardeners", [KRNM], { krs: [{ title: "Landscapers sending us work" }] }),
  dr("Send less of the old paving we rip up to landfill", OK),
  dr("More of our work from recommendations rather than leaflets through doors", [NKR], { krs: [] }),
  dr("Resin-bound drives laid — 150", [NT, CL], {
    siblings: ["Resin jobs: 120 this year", "Quotes out faster, so fewer leads go cold while they wait"],
  }),
  dr(
    "make the website bring in the drives we actually want (resin, anything over £5k) not patch repairs — brief: https://www.notion.so/kerbline/web-2026",
    OK,
  ),
  dr("Reply to every web enquiry within 24 hours", [NT, JR]),
  dr("Dropped kerb applications through the council quicker so jobs aren't sat waiting on them", OK),

  // Bluewater Pools, Hampshire: builds and services private pools for homes, schools and hotels.
  po("Service contracts: 240 pools", [NT]),
  po("Turn one-off pool builds into service contracts that last for years", OK),
  po("Builds", [GC]),
  po("Heat pumps on the pools we look after, so owners' running costs come down", OK, {
    krs: [{ title: "Serviced pools running on a heat pump", unit: "pools", start: 31, target: 70, current: 38 }],
  }),
  po("Test and balance the water on every visit and log it in the app", [JR]),
  po("No more green pools after the spring opening visit", OK),
  po("Gross margin on new builds above 30%", [NT]),
  po("Win the Marwell Manor spa refit by showing we can keep a hotel pool open through the works", OK, {
    parent: "Be the pool company hotels trust with their spa",
  }),
  po("Showroom pool refit", [TL]),
  po("Order the chemicals for the vans every Monday", [JR]),
  po("Sell covers and automation with every new build so owners aren't doing it all by hand", OK, {
    siblings: ["Turn one-off pool builds into service contracts that last for years"],
  }),
  po("Revenue per service engineer", [NT]),
  po("Gas Safe registration kept for the heating engineers", [CO]),
  po("Hire another service engineer for the New Forest round so visits stop slipping", OK),
  po("Service team (Kev)", [GC]),
  po("Shorten the time from deposit to first swim", OK),
  po("PWTAG operator training for every service tech (mandatory)", [CO]),
  po("Get more of our builds through architects rather than cold enquiries", [KRNM], {
    krs: [{ title: "Architect referrals", start: 0, target: 0, current: 0 }],
  }),
  po("Write the new-owner handover pack", [TL]),
  po("Fewer leaks in the first year after handover", OK),
  po("Make the quiet winter months pay for themselves", [NKR], { krs: [] }),
  po("Make natural, chlorine-free pools something we can actualy sell — and build well", OK),
  po("Service: convert our one-off builds into long-term servicing contracts", [CL], {
    parent: "Turn one-off pool builds into service contracts that last for years",
  }),
  po("Hotel & school contracts", [GC]),
  po("Keep the school pools we maintain open right through the summer term", OK),

  // Northshire Integrated Community Equipment Service: loans beds, hoists and aids to people at home.
  ce("Deliveries within 7 days: 95%", [NT]),
  ce("Get equipment into people's homes fast enough that nobody's hospital discharge is held up", OK),
  ce("Technicians (Mark)", [GC]),
  ce("Bring back more of the kit people no longer need instead of writing it off", OK),
  ce("Service every hoist and sling on the six-monthly cycle", [JR]),
  ce("Reissue more of what comes back to us", OK, {
    krs: [
      { title: "Returned items cleaned and reissued", unit: "%", start: 68, target: 80, current: 70 },
      { title: "Spend on new equipment", unit: "£k", start: 2100, target: 1800, current: 2050 },
    ],
  }),
  ce("Recycling rate 85%", [NT]),
  ce("Fit bed sensors for people who've fallen more than once, so someone knows before they've lain on the floor all night", OK, {
    parent: "Help people stay safely in their own homes instead of moving into care",
  }),
  ce("New online catalogue for prescribers", [TL]),
  ce("Decontaminate returned items before they go back on the shelves", [JR]),
  ce("Make it easy for families to tell us a bed isn't needed any more", OK, {
    siblings: [
      "Get equipment into people's homes fast enough that nobody's hospital discharge is held up",
      "Bring back more of the kit people no longer need instead of writing it off",
    ],
  }),
  ce("Average cost per item issued", [NT]),
  ce("CQC registration maintained for the regulated activity", [CO]),
  ce("Train a trusted assessor for the north of the county so simple aids don't wait for an OT visit", OK),
  ce("Prescriber support", [GC]),
  ce("LOLER thorough examination of every hoist signed off by the insurer's engineer", [CO]),
  ce("Fewer failed deliveries because nobody was in", OK),
  ce("Move the stock system onto the supplier's new cloud version", [TL]),
  ce("Make sure people leaving hospital have the right bed from their first night home", [KRNM], {
    krs: [{ title: "Discharges with the bed already in place" }],
  }),
  ce("Stop prescribers ordering specials when a stock item would do the job", OK),
  ce("Get the council and the ICB to agree a single catalogue between them", [NKR], { krs: [] }),
  ce("Speed up equipment deliveries so no one's discharge from hospital gets delayed", [CL], {
    siblings: ["Get equipment into people's homes fast enough that nobody's hospital discharge is held up"],
  }),
  ce("get same-day delivery working for end of life patients, weekends included", OK),
  ce("Answer prescriber calls within 2 minutes", [NT, JR]),
  ce("Cut the miles our vans do on collections", OK),

  // Wealdshire County Council, Public Rights of Way team: footpaths, bridleways, the definitive map.
  rw("Paths open and easy to use: 80%", [NT]),
  rw("Swap stiles for gates so more people can actually use the paths", OK),
  rw("Definitive Map team", [GC]),
  rw("Clear the backlog of map modification orders that's older than most of the team", OK),
  rw("Inspect the promoted routes each spring", [JR]),
  rw("Make the network usable by someone who doesn't know the area", OK, {
    krs: [{ title: "Paths passing the ease-of-use survey", unit: "%", start: 61, target: 75, current: 63 }],
  }),
  rw("Reports resolved within three months — 70%", [NT]),
  rw("Open a circular bridleway near Ashford so riders aren't stuck on the A28", OK, {
    parent: "Get more people walking and riding in the county's countryside",
  }),
  rw("New waymark discs with the council logo", [TL]),
  rw("Log every reported problem on CAMS the day it comes in", [JR]),
  rw("Landowners fixing their own broken gates before we have to serve notice", OK, {
    siblings: ["Swap stiles for gates so more people can actually use the paths"],
  }),
  rw("Average age of outstanding DMMO applications", [NT]),
  rw("Chainsaw tickets (CS30/31) current for all rangers", [CO]),
  rw("Recruit volunteer path wardens for the parishes we hardly ever get to", OK),
  rw("South area (Bev)", [GC]),
  rw("Lone working policy read and signed by everyone in the team", [CO]),
  rw("Fewer complaints about paths ploughed out after harvest", OK),
  rw("Rewrite the public path order guidance notes", [TL]),
  rw("More routes that work for wheelchairs and buggies", [KRNM], {
    krs: [{ title: "Step-free routes promoted", start: 0, target: 0, current: 0 }],
  }),
  rw("The online map should match what's actually on the ground", OK),
  rw("Win back the trust of the parish councils after last year's cuts", [NKR], { krs: [] }),
  rw("Do the summer vegetation cut on schedule", [JR, CL], {
    siblings: ["Cut back the vegetation on the summer cutting schedule", "The online map should match what's actually on the ground"],
  }),
  rw("Bridleways", [GC, NKR], { krs: [] }),
  rw("get the ramblers and the NFU talking to each other before the disputes start, not after", OK),
  rw("make the fingerposts last longer, the new oak ones are rotting in no time", OK),

  // Timbertop Play, Devon: designs, makes and installs timber and steel play equipment.
  pg("Sales £3.2m, up from £2.7m", [NT]),
  pg("Design play that disabled children can use alongside their friends, not in a corner on their own", OK),
  pg("Design studio (Ella)", [GC]),
  pg("Win more council tenders on quality, not just on price", OK),
  pg("Keep the timber yard stocked and the stock sheet right", [JR]),
  pg("Use timber that lasts longer in the ground", OK, {
    krs: [{ title: "Posts replaced under warranty", unit: "posts", start: 140, target: 40, current: 118 }],
  }),
  pg("Tender win rate above 35%", [NT]),
  pg("A wheelchair-accessible roundabout in the range at a price parish councils can afford", OK, {
    parent: "Become the inclusive play specialist councils call first",
  }),
  pg("New catalogue for the Playground Expo", [TL]),
  pg("Send the O&M manual and certificates to the client after each install", [JR]),
  pg("Win schools' playground work through the PTAs that raise the money for it", OK, {
    siblings: ["Win more council tenders on quality, not just on price"],
  }),
  pg("Installs per team per month", [NT]),
  pg("EN 1176 certification renewed by TÜV for the new range", [CO]),
  pg("Hire an installer who can lay the safety surfacing too, so we stop subcontracting it", OK),
  pg("Install teams", [GC]),
  pg("RPII annual inspector qualification renewed for both our inspectors", [CO]),
  pg("Fewer snagging visits after handover", OK),
  pg("3D render library for the sales team", [TL]),
  pg("Manual handling training for all fabricators (mandatory)", [CO, KRNM], { krs: [{ title: "Staff trained" }] }),
  pg("Sell refurbishments to councils that can't afford new kit", OK),
  pg("Make the sensory panels something schools ask for by name", [NKR], { krs: [] }),
  pg("Order-to-install lead time 8 weeks", [NT, CL], { siblings: ["Lead time from order to install: 10 weeks"] }),
  pg("Get more repeat orders from councils we've already supplied", [KRNM], { krs: [{ title: "Repeat council customers" }] }),
  pg("Scrap less steel off the cutting table", OK),
  pg("get lead times short enough that we can take on summer holiday installs", OK),

  // Trentside Packaging, Nottingham: corrugated boxes, die-cut and printed, for food and e-commerce.
  bx("Tonnes converted: 14,500", [NT]),
  bx("Win e-commerce brands that want to get plastic out of their packaging", OK),
  bx("Night shift (Gary)", [GC]),
  bx("Stop our boxes crushing in customers' warehouses when it's damp", OK),
  bx("Clean the print plates and anilox rolls after each run", [JR]),
  bx("Cut changeover time on the flexo folder-gluer", OK, {
    krs: [{ title: "Average changeover", unit: "min", start: 55, target: 30, current: 48 }],
  }),
  bx("Waste below 8% of board used", [NT]),
  bx("Let small brands order printed boxes in runs small enough for a market stall", OK, {
    parent: "Be the box maker small brands grow up with",
  }),
  bx("New sample room", [TL]),
  bx("Book in the board deliveries and check them against the PO", [JR]),
  bx("Lighter board grades where the box doesn't need the strength", OK, {
    siblings: ["Stop our boxes crushing in customers' warehouses when it's damp"],
  }),
  bx("OEE on the rotary die-cutter", [NT]),
  bx("FSC chain of custody audit passed", [CO]),
  bx("Hire an structural designer so we can do our own die-cut designs in house", OK),
  bx("Customer service", [GC]),
  bx("BRCGS Packaging Materials certificate kept at grade A", [CO]),
  bx("Fewer late deliveries to the food customers", OK),
  bx("Install the second palletiser", [TL]),
  bx("Design and sales quoting die-cut work together", [KRNM], {
    krs: [{ title: "Joint quotes", start: 0, target: 0, current: 0 }],
  }),
  bx("Get customers onto call-off stock so they stop ordering in a panic", OK),
  bx("Make us the easiest box supplier to reorder from", [NKR], { krs: [] }),
  bx("Sales: win plastic-free packaging business from online brands", [CL], {
    parent: "Win e-commerce brands that want to get plastic out of their packaging",
  }),
  bx("Reorganize the finished goods racking in bay 4", [TL]),
  bx("turn the offcuts into void fill instead of baling them back to the mill", OK),
  bx("lose fewer small accounts to the online box shops", OK),

  // Little Lanterns, Kent: support for children and young people after someone close has died.
  cb("Children supported: 650", [NT]),
  cb("Reach bereaved children in East Kent, where we've had almost nobody referred", OK),
  cb("Fundraising (Jo)", [GC]),
  cb("Cut the wait between a family's first call and their first session", OK),
  cb("Write up every session note on Lamplight the same day", [JR]),
  cb("Our groups should be somewhere teenagers actually want to keep coming back to", OK, {
    krs: [{ title: "Teenagers who come to four or more group sessions", unit: "%", start: 35, target: 55, current: 38 }],
  }),
  cb("Raise £420k in voluntary income", [NT]),
  cb("Every secondary school in Thanet referring to us, rather than waiting for families to find us", OK, {
    parent: "No bereaved child in Kent without someone to talk to",
  }),
  cb("Memory box redesign", [TL]),
  cb("Monthly supervision with each volunteer", [JR]),
  cb("Give parents something while their child waits, so they're not left on their own with it", OK, {
    siblings: ["Cut the wait between a family's first call and their first session"],
  }),
  cb("Families waiting more than 6 weeks", [NT]),
  cb("Enhanced DBS checks for all volunteers renewed", [CO]),
  cb("Recruit volunteers who speak Polish and Romanian", OK),
  cb("Volunteers", [GC]),
  cb("Safeguarding Level 3 for all practitioners (mandatory)", [CO]),
  cb("Bring in more regular givers through a monthly giving program so we stop living grant to grant", OK),
  cb("Organise the summer fun day at Howletts", [TL]),
  cb("Help young people cope with going back to school after the funeral", [KRNM], {
    krs: [{ title: "Young people coping better" }],
  }),
  cb("Support children bereaved by suicide in a group of their own, so they don't feel like the odd one out", OK),
  cb("Be there for families after a sudden death, not only an expected one", [NKR], { krs: [] }),
  cb("Support 800 children this year", [NT, CL], {
    siblings: ["Children supported: 650", "Recruit volunteers who speak Polish and Romanian"],
  }),
  cb("New website with a section young people can use on their own", [TL]),
  cb("help dads talk to their kids about what's happened", OK),
  cb("teachers confident enough to handle a child's first day back after a death", OK),

  // Greyfield Horse Rescue: rescues, rehabilitates and rehomes horses, ponies and donkeys.
  eq("Horses rehomed: 180", [NT]),
  eq("Rehome more of the ponies that have been with us longer than a year", OK),
  eq("Field officers", [GC]),
  eq("Get fly-grazing cases sorted before the horses are starving", OK),
  eq("Worm count and weigh every horse each month", [JR]),
  eq("Get more horses out on loan so the yard isn't full to bursting", OK, {
    krs: [{ title: "Horses out on loan", unit: "horses", start: 212, target: 260, current: 220 }],
  }),
  eq("Cost per horse per week under £95", [NT]),
  eq("Run a free castration clinic on the Traveller sites with the vet school so fewer unwanted foals are born", OK, {
    parent: "Break the cycle of overbreeding in cobs",
  }),
  eq("New roof on the indoor school", [TL]),
  eq("Muck out and skip out the barns twice a day", [JR]),
  eq("Make sure the horses we rehome stay rehomed", OK, {
    siblings: ["Rehome more of the ponies that have been with us longer than a year"],
  }),
  eq("Average length of stay", [NT]),
  eq("Fundraising Regulator registration renewed", [CO]),
  eq("Take on our own farrier instead of paying call-out fees every week", OK),
  eq("Yard team (Lizzie)", [GC]),
  eq("Everyone who drives the horsebox holds a C1 licence that's in date", [CO]),
  eq("Fewer horses coming in with laminitis, because owners know the signs", OK),
  eq("Open day posters & banners", [TL]),
  eq("Get owners talking to us before they abandon a horse", [KRNM], {
    krs: [{ title: "Owners contacting us early", start: 0, target: 0, current: 0 }],
  }),
  eq("Grow legacy income", OK),
  eq("Become the charity vets think of first when they see a neglected horse", [NKR], { krs: [] }),
  eq("Rehoming: find new homes for more horses, ponies & donkeys", [CL], {
    parent: "Rehome more horses, ponies and donkeys",
  }),
  eq("Keep every horse's passport and records up to date after the vet's been", [JR, CL], {
    siblings: ["Update each horse's passport and record after a vet visit"],
  }),
  eq("take in fewer horses as emergencies by helping owners earlier", OK),
  eq("make the visitor centre pay its own way", OK),

  // Verbatim: a transcription service for researchers, journalists and councils.
  st("ARR £2.5m", [NT]),
  st("Make transcripts accurate enough on Scottish and Welsh accents that people stop correcting them by hand", OK),
  st("ML team (Dan)", [GC]),
  st("Council committees using us for minutes instead of a clerk typing them up", OK),
  st("Triage the support inbox every morning", [JR]),
  st("Make the Teams integration good enough that people stop uploading files (spec: https://linear.app/verbatim/project/teams-v2)", OK, {
    krs: [
      { title: "Meetings captured through the integration rather than uploaded", unit: "%", start: 18, target: 50, current: 22 },
      { title: "Workspaces using it every week", unit: "workspaces", start: 140, target: 400, current: 170 },
    ],
  }),
  st("Word error rate below 6% on the benchmark set", [NT]),
  st("Get university ethics committees to approve us for sensitive interview data", OK, {
    parent: "Become the transcription tool UK universities standardise on",
  }),
  st("Migrate the audio store to the new bucket region", [TL]),
  st("Keep the status page updated during incidents", [JR]),
  st("Handle two people talking over each other without losing either of them", OK, {
    siblings: ["Make transcripts accurate enough on Scottish and Welsh accents that people stop correcting them by hand"],
  }),
  st("Minutes transcribed per month", [NT]),
  st("ISO 27001 recertification audit — no major non-conformities", [CO]),
  st("Hire a second speech scientist so model work doesn't stop when Dan's on leave", OK),
  st("Growth — Q3", [GC]),
  st("Annual DPIA reviewed and signed off by the DPO", [CO]),
  st("Fewer trial users dropping off before their first upload", OK),
  st("New onboarding email sequence", [TL]),
  st("Make speaker labels right without anyone fixing them afterwards", [KRNM], { krs: [{ title: "Speaker labels correct" }] }),
  st("Cut GPU cost per hour of audio transcribed", OK),
  st("Win the BBC's regional newsrooms", [NKR], { krs: [] }),
  st("WER on UK English down to 5%", [NT, CL], { siblings: ["Word error rate on English (UK): 7%"] }),
  st("Enterprise (Ruth)", [GC]),
  st("let journalists search across every interview they've ever uploaded", OK),
  st("stop losing customers to the free tools at renewal", OK),

  // A district hospital's allergy service: children's and adults' clinics, food and drug challenges.
  al("RTT performance 85%", [NT]),
  al("See children with suspected peanut allergy before they start school", OK),
  al("Paediatric allergy (Dr Shah)", [GC]),
  al("More food challenges done in clinic, so families aren't avoiding foods for years on end", OK),
  al("Check the resus trolley and adrenaline stock before every challenge list", [JR]),
  al("Bring the wait for a first appointment down", OK, {
    krs: [{ title: "Median wait for a first appointment", unit: "weeks", start: 38, target: 18, current: 34 }],
  }),
  al("Food challenges per month: 40", [NT]),
  al("Start oral immunotherapy for peanut-allergic children aged 4–11", OK, {
    parent: "Help families live with food allergy without living in fear",
  }),
  al("New patient leaflet on the milk ladder", [TL]),
  al("Dictate clinic letters and get them out within 10 days (SOP AL-07 on Q-Pulse)", [NT, JR]),
  al("Give GPs advice and guidance so babies with milk allergy don't need a seperate referral at all", OK, {
    siblings: ["See children with suspected peanut allergy before they start school"],
  }),
  al("DNA rate for new appointments", [NT]),
  al("Anaphylaxis and resus update for all nurses (mandatory)", [CO]),
  al("Recruit a paediatric allergy nurse specialist so challenges don't all depend on one consultant", OK),
  al("Nurse-led clinics", [GC]),
  al("UKAS IQIPS accreditation kept for the lung function and skin testing service", [CO]),
  al("Fewer anaphylaxis readmissions among our own patients", OK),
  al("Set up the allergy pages on the trust website", [TL]),
  al("Make moving from the children's to the adults' clinic less of a cliff edge", [KRNM], {
    krs: [{ title: "Young people transitioned smoothly", start: 0, target: 0, current: 0 }],
  }),
  al("Wrong penicillin allergy labels taken off people who aren't allergic", OK),
  al("Get the ICB to commission a community allergy service", [NKR], { krs: [] }),
  al("Nurse team: reduce how long children wait for a food challenge", [CL], {
    parent: "Cut how long children wait for a food challenge",
  }),
  al("Weekly triage of GP referral letters", [JR]),
  al("teach school staff to use adrenaline pens with confidence", OK),
  al("stop families driving 60 miles for drug allergy testing", OK),

  // Kestrel Van & Minibus Hire: self-drive vans, Lutons and minibuses from depots across Yorkshire.
  vh("Fleet utilisation 78%", [NT]),
  vh("Win the university and sports club minibus work back from the national firms", OK),
  vh("Depot managers", [GC]),
  vh("Stop losing money on damage we can't prove was the hirer's", OK),
  vh("Valet and check every van when it comes back in", [JR]),
  vh("Get more of the fleet out earning midweek", OK, {
    krs: [{ title: "Midweek utilisation", unit: "%", start: 58, target: 72, current: 60 }],
  }),
  vh("Revenue per vehicle per month: £1,350", [NT]),
  vh("Let customers collect out of hours from a key safe so they don't lose half a morning", OK, {
    parent: "Be the easiest van hire in Yorkshire to deal with",
  }),
  vh("Rebrand the vans in the new livery", [TL]),
  vh("Check every driver's licence with the DVLA before handing over the keys", [JR]),
  vh("Hirers photographing any damage themselves at pickup, so there's no argument at return", OK, {
    siblings: ["Stop losing money on damage we can't prove was the hirer's"],
  }),
  vh("Damage recovery rate", [NT]),
  vh("O-licence renewed with the Traffic Commissioner", [CO]),
  vh("Hire a fleet manager who knows electric vans", OK),
  vh("Minibuses (Andy)", [GC]),
  vh("MOTs and tacho calibrations on all the Lutons done before they fall due", [CO]),
  vh("Fewer breakdowns on hire", OK),
  vh("New booking website", [TL]),
  vh("Get more corporate accounts", [KRNM], { krs: [{ title: "Corporate accounts" }] }),
  vh("Make one-way hire between depots pay", OK),
  vh("Booking a minibus should be as easy as booking a taxi", [NKR], { krs: [] }),
  vh("Walk round every van with the hirer when they pick it up", [JR, CL], {
    siblings: ["Do the walk-round check with the customer at every handover"],
  }),
  vh("Move vans between depots for the next day's bookings", [JR]),
  vh("Put electric Transits on hire so trades working inside Sheffield's clean air zone stay with us", OK),
  vh("cut how long a van sits on the depot between hires", OK),

  // Brackenhurst Venison, Somerset: a red deer farm selling venison direct, to chefs and as breeding stock.
  df("Calving percentage 88%", [NT]),
  df("Get our venison onto more restaurant menus in Bristol and Bath", OK),
  df("Stock", [GC]),
  df("Lose fewer calves in their first week", OK),
  df("Walk the fences every week and fix whatever's down", [JR]),
  df("Sell more of each carcass at full price, not as mince", OK, {
    krs: [{ title: "Carcass weight sold as prime cuts", unit: "%", start: 34, target: 45, current: 36 }],
  }),
  df("Venison sales £310k", [NT]),
  df("A venison burger in the Co-op's local sourcing range", OK, {
    parent: "Make farmed venison something people cook at home every week",
  }),
  df("New handling unit", [TL]),
  df("Feed silage to the hinds daily through the winter", [JR]),
  df("Sell breeding hinds to new farms that are just starting up", OK, {
    siblings: ["Get our venison onto more restaurant menus in Bristol and Bath"],
  }),
  df("Price per kg deadweight", [NT]),
  df("Annual herd TB test — clear", [CO]),
  df("Take on an apprentice stockperson so the farm isn't all on Rob", OK),
  df("Farm shop (Maggie)", [GC]),
  df("FSA approved premises inspection for the larder passed", [CO]),
  df("Fewer hinds empty at scanning", OK),
  df("Label design for the burgers", [TL]),
  df("Sell more of our meat direct instead of through the wholesaler", [KRNM], {
    krs: [{ title: "Direct sales", start: 0, target: 0, current: 0 }],
  }),
  df("Grow the farm shop's Christmas trade without running out of haunches", OK),
  df("Be the farm chefs in the South West ask for by name", [NKR], { krs: [] }),
  df("Farm shop: sell more of our venison straight to households", [CL], {
    parent: "Sell more venison direct to households",
  }),
  df("Double the mail order customers", [NT]),
  df("bring johne's down in the herd", OK),
  df("make the farm walks pay for the hay", OK),

  // Inkwell Press, Norwich: an open-access print studio (etching, screenprint, letterpress), courses and editions.
  pm("Members: 140", [NT]),
  pm("Make the studio somewhere printmakers can earn a living, not just a hobby space", OK),
  pm("Letterpress (Tom)", [GC]),
  pm("Get more members using the etching room, not only the screen beds", OK),
  pm("Keep the acid room tidy and the ferric chloride topped up", [JR]),
  pm("Bring in more from courses so membership fees can stay low", OK, {
    krs: [{ title: "Course income", unit: "£", start: 41000, target: 55000, current: 43500 }],
  }),
  pm("Courses fill 85% of their places", [NT]),
  pm("People from Lakenham and Mile Cross who've never made a print, on our beginners' courses", OK, {
    parent: "Open printmaking up to people who've never set foot in a studio",
  }),
  pm("Online shop for members' prints", [TL]),
  pm("Induct every new member on the presses before they can book", [JR]),
  pm("Sell members' editions through galleries outside Norwich", OK, {
    siblings: ["Make the studio somewhere printmakers can earn a living, not just a hobby space"],
  }),
  pm("Average studio hours booked per member", [NT]),
  pm("COSHH assessments for the etching room redone and signed off", [CO]),
  pm("Find a technician who can keep the old Columbian press running", OK),
  pm("Members' committee", [GC]),
  pm("Fire safety inspection passed", [CO]),
  pm("Fewer screens spoiled by bad coating", OK),
  pm("Hold the open studio weekend in September", [TL]),
  pm("Make the studio feel welcoming to young printmakers", [KRNM], { krs: [{ title: "Young printmakers feel welcome" }] }),
  pm("Switch to safer solvents without the etchings suffering", OK),
  pm("Become an Arts Council National Portfolio Organisation", [NKR], { krs: [] }),
  pm("Grow membership to 170 printmakers", [NT, CL], { siblings: ["Members: 140"] }),
  pm("Print fair stand at The Forum", [TL, KRNM], { krs: [{ title: "Stand booked" }] }),
  pm("win commissions from local businesses for limited editions", OK),
  pm("keep the studio open in the evenings without burning the staff out", OK),

  // Harbour Lights Fish & Chips, Whitby: a family chippy with a takeaway and a sit-down restaurant.
  fc("Takings £620k", [NT]),
  fc("Keep cod on the menu at a price locals will still pay when the quota's cut", OK),
  fc("Front of house (Sandra)", [GC]),
  fc("Get the restaurant busy on wet weekdays in winter", OK),
  fc("Change the oil and clean down the range every Sunday night", [JR]),
  fc("Use less oil without the chips suffering for it", OK, {
    krs: [{ title: "Oil bought per week", unit: "litres", start: 300, target: 240, current: 290 }],
  }),
  fc("Average spend per head up to £16", [NT]),
  fc("Batter crisp enough that takeaways still crunch when they're opened at home", OK, {
    parent: "Be the chippy people queue for, not just the nearest one",
  }),
  fc("New menu boards", [TL]),
  fc("Fridge and fryer temps written up twice a day", [JR]),
  fc("Make the takeaway queue move faster in August", OK, {
    siblings: ["Get the restaurant busy on wet weekdays in winter"],
  }),
  fc("Portions per hour at peak", [NT]),
  fc("Allergen training for every counter assistant (mandatory)", [CO]),
  fc("Take on a fryer who can run the range on their own", OK),
  fc("Takeaway", [GC]),
  fc("Late night refreshment licence renewed", [CO]),
  fc("Fewer complaints about soggy chips on delivery", OK),
  fc("Buy a new potato rumbler", [TL]),
  fc("Get more families in for Saturday lunch", [KRNM], { krs: [{ title: "Families in on Saturday" }] }),
  fc("Switch to MSC-certified haddock and tell people why it matters", OK),
  fc("Be known as the sustainable chippy on this stretch of coast", [NKR], { krs: [] }),
  fc("Restaurant: fill the tables on rainy winter weekdays", [CL], {
    parent: "Get the restaurant busy on wet weekdays in winter",
  }),
  fc("Summer staff", [GC, NKR], { krs: [] }),
  fc("get a gluten free night going that coeliacs can trust", OK),
  fc("win the coach parties back from the place on the pier", OK),

  // Regal Bingo, Burnley: an independent bingo club in a converted cinema, with a bar and café.
  bg("Admissions per week: 2,100", [NT]),
  bg("Bring in younger players without losing the regulars", OK),
  bg("Bar & café (Trish)", [GC]),
  bg("Make the Tuesday afternoon session worth opening for", OK),
  bg("Cash up the tills and the machines at close", [JR]),
  bg("Get more players staying on for the evening session", OK, {
    krs: [{ title: "Afternoon players who stay for the evening", unit: "%", start: 14, target: 25, current: 15 }],
  }),
  bg("Bar spend per head £4.50", [NT]),
  bg("A proper cabaret act on Fridays so people make a night of it", OK, {
    parent: "Make a night at the Regal the best night out in Burnley for the money",
  }),
  bg("New LED number boards", [TL]),
  bg("Check the game results and prize payouts every session", [JR]),
  bg("Put on themed nights the regulars bring their daughters and granddaughters to", OK, {
    siblings: ["Bring in younger players without losing the regulars"],
  }),
  bg("Electronic terminal revenue per session", [NT]),
  bg("Gambling Commission annual return and licence fee done", [CO]),
  bg("Find a caller with a bit of personality for the evening sessions", OK),
  bg("Callers", [GC]),
  bg("Social responsibility training for all floor staff (mandatory under LCCP)", [CO]),
  bg("Fewer players drifting off to online bingo", OK),
  bg("Christmas party night", [TL]),
  bg("Help players keep their spending in check", [KRNM], {
    krs: [{ title: "Players using spend limits", start: 0, target: 0, current: 0 }],
  }),
  bg("Café food good enough that people come early to eat", OK),
  bg("Become the place Burnley's over-60s go to see their friends", [NKR], { krs: [] }),
  bg("Attract a younger crowd while keeping our regulars happy", [CL], {
    siblings: ["Bring in younger players without losing the regulars"],
  }),
  bg("Think 25 test purchases passed: 100%", [NT, CO]),
  bg("cut the heating bill for the old auditorium", OK),
  bg("keep the minibus running for players who can't drive in", OK),

  // Blue Horizon Divers, Swanage: a dive centre with courses, a boat, kit hire, servicing and a shop.
  dv("Dives sold: 4,800", [NT]),
  dv("Turn more Open Water students into divers who keep diving", OK),
  dv("Boat (skipper Mike)", [GC]),
  dv("Fill the boat midweek in the shoulder months", OK),
  dv("Rinse, check and hang up the hire kit after every dive", [JR]),
  dv("Sell further courses to people we've already trained", OK, {
    krs: [
      { title: "Open Water graduates booking another course within a year", unit: "%", start: 21, target: 35, current: 24 },
    ],
  }),
  dv("Course revenue up 20%", [NT]),
  dv("Stop divers surfacing away from the shot line and drifting off", OK, {
    parent: "Be the dive centre the south coast trusts on safety",
  }),
  dv("New RIB", [TL]),
  dv("Service the regulators on the annual cycle", [JR]),
  dv("Start a club night so newly qualified divers have someone to buddy with", OK, {
    siblings: ["Turn more Open Water students into divers who keep diving"],
  }),
  dv("Boat occupancy", [NT]),
  dv("MCA coding for the dive boat renewed", [CO]),
  dv("Hire an instructor who can teach rebreather courses", OK),
  dv("Training department", [GC]),
  dv("First aid & O2 provider refresher for all instructors (mandatory)", [CO]),
  dv("Fewer trips cancelled because the skipper isn't available", OK),
  dv("Film a promo video of the wrecks", [TL]),
  dv("Make the centre a place people feel safe learning to dive", [KRNM], { krs: [{ title: "Students feeling safe" }] }),
  dv("Grow equipment servicing into a winter income", OK),
  dv("Win the university dive club's trips", [NKR], { krs: [] }),
  dv("Boat occupancy 80% May–September", [NT, CL], { siblings: ["Boat occupancy 70%"] }),
  dv("Fill cylinders within 30 minutes of a customer dropping them off", [NT, JR]),
  dv("move the pool sessions to a pool that isn't booked solid by the swim club", OK),
  dv("make the shop somewhere people buy kit, not just try it on before buying online", OK),

  // Hartwell Court, Wiltshire: a privately owned country house open to visitors, with parkland, events and filming.
  hh("Visitor numbers 95,000", [NT]),
  hh("Get visitors into the upstairs rooms nobody finds", OK),
  hh("Estate office (Clare)", [GC]),
  hh("Make winter worth opening for", OK),
  hh("Open up and close down the show rooms every day", [JR]),
  hh("Earn more from filming without damaging the house", OK, {
    krs: [
      { title: "Location fees", unit: "£k", start: 85, target: 150, current: 90 },
      { title: "Damage incidents during filming", unit: "incidents", start: 4, target: 0, current: 3 },
    ],
  }),
  hh("Secondary spend per visitor £9", [NT]),
  hh("Raise enough for the east wing roof that the repair can start", OK, {
    parent: "Keep Hartwell in the family and open to the public for another century",
  }),
  hh("New guidebook", [TL]),
  hh("Humidity and light readings in the state rooms, weekly", [JR]),
  hh("Tell the servants' story, not just the family's — see Drive/Interpretation/below-stairs.docx", OK, {
    siblings: ["Get visitors into the upstairs rooms nobody finds"],
  }),
  hh("Conversion of day visitors to members", [NT]),
  hh("Premises licence for weddings and events renewed", [CO]),
  hh("Take on a collections care assistant so conservation cleaning doesn't depend on volunteers", OK),
  hh("Visitor experience", [GC]),
  hh("HMRC Gift Aid audit passed", [CO]),
  hh("Fewer visitors turned away at the gate on bank holidays", OK),
  hh("Restore the Orangery", [TL], { krs: [] }),
  hh("Make the house feel lived in, not like a museum", [KRNM], { krs: [{ title: "Visitors say it feels lived in" }] }),
  hh("Stop light damage to the tapestries in the Long Gallery", OK),
  hh("Get the gardens recognised as worth a visit in their own right", [NKR], { krs: [] }),
  hh("Events team — make the winter months worth opening", [CL], { parent: "Make winter worth opening for" }),
  hh("Lock up and set the alarm zones once the last visitors have gone", [JR, CL], {
    siblings: ["Check the alarm zones and lock up after the last visitor"],
  }),
  hh("get local primary schools visiting for their history topics", OK),
  hh("grow membership so the house isn't hostage to the weather", OK),

  // Ashcombe Horseboxes, Lancashire: builds 3.5t, 7.5t and HGV horseboxes on new and used chassis.
  hb("Boxes built: 46", [NT]),
  hb("Build a 3.5t box that can legally carry two horses and their tack", OK),
  hb("Workshop (Gaz)", [GC]),
  hb("Stop customers waiting a year for a build slot", OK),
  hb("Update the build board every morning", [JR]),
  hb("Cut the hours it takes to build a 7.5t box", OK, {
    krs: [{ title: "Labour hours per 7.5t build", unit: "hours", start: 620, target: 480, current: 590 }],
  }),
  hb("Margin per build £9k", [NT]),
  hb("One of our boxes on the lorry park at Badminton with a top rider's name on the side", OK, {
    parent: "Be the horsebox builder eventers choose",
  }),
  hb("New showroom", [TL]),
  hb("Order chassis and aluminium for next month's builds", [JR]),
  hb("Sell the part-built stock boxes so buyers can have one in weeks", OK, {
    siblings: ["Stop customers waiting a year for a build slot"],
  }),
  hb("Weeks from deposit to handover", [NT]),
  hb("IVA test passed first time for every new build", [CO]),
  hb("Hire a coachbuilder who can work in aluminium, not just ply", OK),
  hb("Sales & aftersales", [GC]),
  hb("Plating and weighing certificate for each box", [CO]),
  hb("Fewer boxes coming back for leaks and rattles", OK),
  hb("Brochure for Horse of the Year Show", [TL]),
  hb("Get more customers through word of mouth at shows", [KRNM], {
    krs: [{ title: "Referrals from shows", start: 0, target: 0, current: 0 }],
  }),
  hb("Finance in place so people can spread the cost", OK),
  hb("Make ours the boxes vets and grooms say are safest for horses", [NKR], { krs: [] }),
  hb("Become the horsebox builder of choice for eventers", [CL], { parent: "Be the horsebox builder eventers choose" }),
  hb("Answer warranty claims within 5 working days", [NT, JR]),
  hb("win conversions of old HGV boxes onto newer chassis", OK),
  hb("make the living areas nice enough that people sell their caravans", OK),

  // Calderbrook Council road safety team: education, Bikeability, school crossing patrols, collision data.
  rs("KSI casualties down 15%", [NT]),
  rs("Fewer children hurt on the way to school", OK),
  rs("Education officers", [GC]),
  rs("Get older drivers refreshing their skills before they have a crash rather than after", OK),
  rs("Cover absent crossing patrols each morning", [JR]),
  rs("Get more Year 6 pupils cycling to secondary school safely", OK, {
    krs: [{ title: "Year 6 pupils completing Bikeability Level 2", unit: "%", start: 55, target: 75, current: 58 }],
  }),
  rs("Bikeability places: 3,000", [NT]),
  rs("Bring down motorcycle casualties on the Moor road", OK, {
    parent: "Cut deaths and serious injuries on Calderbrook's roads",
  }),
  rs("Poster campaign for the new 20mph zones", [TL]),
  rs("Answer councillors' road safety enquiries", [JR]),
  rs("Parents to stop parking on the zig-zags outside schools", OK, {
    siblings: ["Fewer children hurt on the way to school"],
  }),
  rs("Child pedestrian casualties per 100,000 children", [NT]),
  rs("Bikeability Trust instructor accreditation renewed", [CO]),
  rs("Recruit crossing patrols for the schools where the post's been empty", OK),
  rs("School crossing patrols (Denise)", [GC]),
  rs("Risk assessment for every crossing patrol site reviewed and signed off", [CO]),
  rs("Get young drivers in their first year to take Pass Plus", OK),
  rs("Publish a new road safety strategy document", [TL]),
  rs("Change attitudes to drink driving among young farm workers", [KRNM], { krs: [{ title: "Attitudes shifted" }] }),
  rs("Make the collision data something the highways team actually use to pick schemes", OK),
  rs("Get parents walking their children to school instead of driving", [NKR], { krs: [] }),
  rs("Reduce the number of people killed or seriously injured on Calderbrook roads", [CL], {
    parent: "Cut deaths and serious injuries on Calderbrook's roads",
  }),
  rs("Collate the police STATS19 data every month", [JR]),
  rs("reduce speeding past schools in the villages", OK),
  rs("keep Bikeability going when the DfT grant is cut", OK),

  // Harris Bros Funfairs: a showmen's family touring fairs with their own rides, and hiring rides to events.
  ff("Takings per fair above £40k", [NT]),
  ff("Get booked back by the towns that dropped us after Covid", OK),
  ff("Rides (Uncle Ray)", [GC]),
  ff("Make the fair somewhere families feel safe after dark", OK),
  ff("Daily checks on every ride before we open", [JR]),
  ff("Earn more from private hire in the gaps between fairs", OK, {
    krs: [{ title: "Private hire bookings", unit: "bookings", start: 22, target: 40, current: 25 }],
  }),
  ff("Rides on the road: 14", [NT]),
  ff("Jade and Connor running the Waltzer on their own by the end of the season", OK, {
    parent: "Keep the family's fairs going for the next generation",
  }),
  ff("Repaint the dodgem track front", [TL]),
  ff("Pay the ground rent and sort out the pitch with each committee", [JR]),
  ff("Win a Christmas fair in a city centre", OK, {
    siblings: ["Get booked back by the towns that dropped us after Covid"],
  }),
  ff("Ride uptime", [NT]),
  ff("ADIPS Declaration of Operational Compliance for every ride", [CO]),
  ff("Find a ride mechanic who'll travel with us", OK),
  ff("Food stalls", [GC]),
  ff("Public liability insurance renewed", [CO]),
  ff("Fewer breakdowns mid-run on the older rides", OK),
  ff("New LED lights on the big wheel", [TL]),
  ff("Make ours the fairs committees ask for", [KRNM], { krs: [{ title: "Committees asking for us" }] }),
  ff("Burn less diesel on generators by taking mains power where we can", OK),
  ff("Bring the young crowd back onto the traditional rides", [NKR], { krs: [] }),
  ff("Win back the towns that stopped booking us after Covid", [CL], {
    siblings: ["Get booked back by the towns that dropped us after Covid"],
  }),
  ff("Gas safety certificates for all the catering trailers", [CO]),
  ff("get the ground rents down at the council-run fairs", OK),
  ff("make build-up quicker so we can do two-week runs without losing a weekend", OK),
];

const n = (key: string, parentKey: string | null, title: string, expect: readonly RuleCode[]): Holdout25PlanNode => ({
  key,
  parentKey,
  title,
  expect: [...expect],
});

export const HOLDOUT_25_PLANS: Holdout25Plan[] = [
  {
    name: 'Kerbline Driveways — 2026',
    domain: 'driveway-surfacing-contractor',
    nodes: [
      n('r', null, "Kerbline Driveways — 2026", [GC]),
      n('ns', 'r', "Be the driveway firm Leicestershire recommends to its neighbours", OK),
      n('ta', 'ns', "Resin & block gang (Shaun)", [GC]),
      n('a1', 'ta', "Win resin-bound jobs on the streets where we've already laid a drive", OK),
      n('a2', 'ta', "Drives laid per gang per month: 9", [NT]),
      n('a3', 'ta', "Fill in the daily site diary and photos for every job", [JR]),
      n('tb', 'ns', "Tarmac gang (Deano)", [GC]),
      n('b1', 'tb', "Tarmac: be the drive firm people in Leicestershire recommend to the neighbours", [CL]),
      n('b2', 'tb', "Drives per gang per month — 11", [NT, CL]),
      n('b3', 'tb', "Do the site diary and photos each day on each job", [JR, CL]),
      n('tc', 'ns', "Office (Karen)", [GC]),
      n('c1', 'tc', "Stop losing quotes because it takes us a fortnight to send them", OK),
      n('c2', 'tc', "Survey-to-order conversion 40%", [NT]),
      n('c3', 'tc', "Chase the final balance on completed drives", [JR]),
      n('c4', 'tc', "Street works cards in date for all supervisors", [CO]),
    ],
    cloneGroups: [
      ['ns', 'b1'],
      ['a2', 'b2'],
      ['a3', 'b3'],
    ],
  },
  {
    name: 'ICES objectives 2026/27',
    domain: 'community-equipment-service',
    nodes: [
      n('r', null, "ICES objectives 2026/27", [GC]),
      n('ns', 'r', "Help people get home from hospital and stay there safely", OK),
      n('ta', 'ns', "Logistics (Wayne)", [GC]),
      n('a1', 'ta', "Make next-day delivery the norm for hospital discharges", OK),
      n('a2', 'ta', "Deliveries on the agreed day — 97%", [NT]),
      n('a3', 'ta', "Load the vans the night before from the next day's run sheets", [JR]),
      n('tb', 'ns', "Technicians", [GC]),
      n('b1', 'tb', "Technicians: help people get home from hospital and stay safe there", [CL]),
      n('b2', 'tb', "Service all hoists and slings on the six-monthly schedule", [JR]),
      n('b3', 'tb', "Items cleaned and back on the shelf within 2 days: 90%", [NT]),
      n('tc', 'ns', "Prescriber support (Asha)", [GC]),
      n('c1', 'tc', "Cut orders for specials where a stock item would do", OK),
      n('c2', 'tc', "Prescribers — get people home from hospital and keep them safe at home", [CL]),
      n('c3', 'tc', "Answer prescriber queries on the helpline", [JR]),
      n('c4', 'tc', "Deliveries on the agreed day: 99% for end of life orders", [NT, CL]),
    ],
    cloneGroups: [
      ['ns', 'b1', 'c2'],
      ['a2', 'c4'],
    ],
  },
  {
    name: 'Trentside Packaging FY27',
    domain: 'cardboard-box-maker',
    nodes: [
      n('r', null, "FY27 goals", [GC]),
      n('ns', 'r', "Become the packaging partner brands pick when they want plastic gone", OK),
      n('ta', 'ns', "Corrugator (Phil)", [GC]),
      n('a1', 'ta', "Run lighter board grades without more crushed boxes", OK),
      n('a2', 'ta', "Corrugator waste 4%", [NT]),
      n('a3', 'ta', "Clean the glue kitchen and starch lines at the end of each shift", [JR]),
      n('tb', 'ns', "Converting — nights (Gary)", [GC]),
      n('b1', 'tb', "Waste on the converting lines: 6%", [NT, CL]),
      n('b2', 'tb', "New die-cutter installed on line 2", [TL]),
      n('b3', 'tb', "OEE on the rotary die-cutter", [NT]),
      n('tc', 'ns', "Sales (Nadia)", [GC]),
      n('c1', 'tc', "Sales: become the packaging partner brands choose when they want to ditch plastic", [CL]),
      n('c2', 'tc', "Win more e-commerce brands moving off plastic mailers", OK),
      n('c3', 'tc', "Quote every enquiry the same day", [JR]),
      n('c4', 'tc', "FSC chain of custody audit passed", [CO]),
    ],
    cloneGroups: [
      ['ns', 'c1'],
      ['a2', 'b1'],
    ],
  },
  {
    name: 'Little Lanterns 2026–29',
    domain: 'child-bereavement-charity',
    nodes: [
      n('r', null, "Little Lanterns 2026–29", [GC]),
      n('ns', 'r', "No bereaved child in Kent goes without someone to talk to", OK),
      n('ta', 'ns', "Children & families team (Ruth)", [GC]),
      n('a1', 'ta', "Halve the wait for one-to-one support", [NT]),
      n('a2', 'ta', "Write up session notes on Lamplight the same day", [JR]),
      n('a3', 'ta', "Reach families in Thanet and Swale who never get referred", OK),
      n('tb', 'ns', "Schools team", [GC]),
      n('b1', 'tb', "Schools team — make sure no grieving child in Kent is left without someone to talk to", [CL]),
      n('b2', 'tb', "Cut the wait for one-to-one support by half", [NT, CL]),
      n('b3', 'tb', "Train staff in every secondary school to handle the first day back after a death", OK),
      n('tc', 'ns', "Fundraising (Jo)", [GC]),
      n('c1', 'tc', "Voluntary income £450k", [NT]),
      n('c2', 'tc', "Fundraising: ensure no bereaved child in Kent goes without someone to talk to", [CL]),
      n('c3', 'tc', "Send thank-you letters to donors within 48 hours", [NT, JR]),
      n('c4', 'tc', "Christmas appeal mailing", [TL]),
    ],
    cloneGroups: [
      ['ns', 'b1', 'c2'],
      ['a1', 'b2'],
    ],
  },
  {
    name: 'Verbatim H1 2026',
    domain: 'speech-transcription-saas',
    nodes: [
      n('r', null, "H1 2026 OKRs", [GC]),
      n('ns', 'r', "Make Verbatim the transcription tool UK universities standardise on", OK),
      n('ta', 'ns', "ML (Dan)", [GC]),
      n('a1', 'ta', "WER on UK accents below 6%", [NT]),
      n('a2', 'ta', "Move inference onto the new GPU cluster", [TL]),
      n('a3', 'ta', "Handle crosstalk in focus groups without dropping speakers", OK),
      n('tb', 'ns', "Product (Leah)", [GC]),
      n('b1', 'tb', "WER on Scottish accents below 8%", [NT, CL]),
      n('b2', 'tb', "Product: make Verbatim the transcription tool universities in the UK standardize on", [CL]),
      n('b3', 'tb', "Paid conversion rate from trials", [NT]),
      n('b4', 'tb', "Answer support tickets within 4 business hours", [NT, JR]),
      n('tc', 'ns', "Customer success (Mo)", [GC]),
      n('c1', 'tc', "Net revenue retention 115%", [NT]),
      n('c2', 'tc', "Reply to every support ticket inside one working day", [NT, JR, CL]),
      n('c3', 'tc', "Get ethics committees to approve us for sensitive interviews", OK),
    ],
    cloneGroups: [
      ['a1', 'b1'],
      ['ns', 'b2'],
      ['b4', 'c2'],
    ],
  },
  {
    name: 'Allergy service — 2026/27',
    domain: 'allergy-clinic',
    nodes: [
      n('r', null, "Allergy service — 2026/27", [GC]),
      n('ns', 'r', "Families living with allergy get answers quickly and stop living in fear", OK),
      n('ta', 'ns', "Paediatric allergy (Dr Shah)", [GC]),
      n('a1', 'ta', "Get peanut-allergic toddlers assessed before they start nursery", OK),
      n('a2', 'ta', "Food challenges per month: 40", [NT]),
      n('a3', 'ta', "Check the resus trolley before every challenge list", [JR]),
      n('tb', 'ns', "Adult allergy (Dr Okoro)", [GC]),
      n('b1', 'tb', "Drug challenges per month: 25", [NT, CL]),
      n('b2', 'tb', "Check the resus trolley and adrenaline before each challenge session", [JR, CL]),
      n('b3', 'tb', "Dictate clinic letters within 7 days", [NT, JR]),
      n('tc', 'ns', "Allergy nurses", [GC]),
      n('c1', 'tc', "Nurses: help families with allergies get answers fast and stop living in fear", [CL]),
      n('c2', 'tc', "Run the telephone advice line", [JR]),
      n('c3', 'tc', "Anaphylaxis training for every nurse (mandatory)", [CO]),
      n('c4', 'tc', "Clinic letters typed and sent within 10 days", [NT, JR, CL]),
    ],
    cloneGroups: [
      ['a2', 'b1'],
      ['a3', 'b2'],
      ['ns', 'c1'],
      ['b3', 'c4'],
    ],
  },
  {
    name: 'Kestrel Van Hire — targets 2026',
    domain: 'van-hire',
    nodes: [
      n('r', null, "Kestrel Van Hire — targets 2026", [GC]),
      n('ns', 'r', "Be the van hire Yorkshire trades and clubs come back to", OK),
      n('ta', 'ns', "Leeds depot (Andy)", [GC]),
      n('a1', 'ta', "Fleet utilisation 75%", [NT]),
      n('a2', 'ta', "Valet and check every van on return", [JR]),
      n('a3', 'ta', "Win the university minibus contracts back", OK),
      n('tb', 'ns', "Sheffield depot (Tasha)", [GC]),
      n('b1', 'tb', "Fleet utilisation at Sheffield — 70%", [NT, CL]),
      n('b2', 'tb', "Clean and inspect each van when it comes back", [JR, CL]),
      n('b3', 'tb', "Get trades in the clean air zone hiring our electric Transits", OK),
      n('tc', 'ns', "Bradford depot", [GC]),
      n('c1', 'tc', "Utilisation of the Bradford fleet 80%", [NT, CL]),
      n('c2', 'tc', "Valet & check the vans as they come in", [JR, CL]),
      n('c3', 'tc', "O-licence renewed with the Traffic Commissioner", [CO]),
      n('c4', 'tc', "Bradford: be the van hire that Yorkshire trades and clubs keep coming back to", [CL]),
    ],
    cloneGroups: [
      ['a1', 'b1', 'c1'],
      ['a2', 'b2', 'c2'],
      ['ns', 'c4'],
    ],
  },
  {
    name: 'Hartwell 2026',
    domain: 'historic-house',
    nodes: [
      n('r', null, "Hartwell 2026", [GC]),
      n('ns', 'r', "Keep Hartwell open and loved for another hundred years", OK),
      n('ta', 'ns', "Visitor experience (Sam)", [GC]),
      n('a1', 'ta', "Visitors 95,000", [NT]),
      n('a2', 'ta', "Open up the show rooms each morning and close them down at five", [JR]),
      n('a3', 'ta', "Tell the servants' story alongside the family's", OK),
      n('tb', 'ns', "Events & weddings (Clare)", [GC]),
      n('b1', 'tb', "Events: keep Hartwell open and loved for the next century", [CL]),
      n('b2', 'tb', "Weddings booked: 45", [NT]),
      n('b3', 'tb', "Premises licence renewed", [CO]),
      n('tc', 'ns', "Collections & conservation", [GC]),
      n('c1', 'tc', "Humidity and light readings in the state rooms every week", [JR]),
      n('c2', 'tc', "Stop light damage to the Long Gallery tapestries", OK),
      n('c3', 'tc', "Collections: keep the house open and cared for for another 100 years", [CL]),
      n('c4', 'tc', "Visitor numbers: 110,000 including events", [NT, CL]),
    ],
    cloneGroups: [
      ['ns', 'b1', 'c3'],
      ['a1', 'c4'],
    ],
  },
  {
    name: 'Harris Bros — season 2026',
    domain: 'travelling-funfair',
    nodes: [
      n('r', null, "Season 2026", [GC]),
      n('ns', 'r', "Keep Harris Bros fairs on the road for the next generation", OK),
      n('ta', 'ns', "Rides (Uncle Ray)", [GC]),
      n('a1', 'ta', "Daily checks on every ride before we open", [JR]),
      n('a2', 'ta', "Ride uptime 98%", [NT]),
      n('a3', 'ta', "Get Jade running the Waltzer on her own by August", OK),
      n('tb', 'ns', "Bookings & grounds (Lorraine)", [GC]),
      n('b1', 'tb', "Get booked back by the towns that dropped us", OK),
      n('b2', 'tb', "Fairs booked: 28", [NT]),
      n('b3', 'tb', "Bookings: keep the Harris Bros fairs going for our children's generation", [CL]),
      n('b4', 'tb', "Takings per fair £40k", [NT]),
      n('tc', 'ns', "Food & games (Chelsea)", [GC]),
      n('c1', 'tc', "Daily checks on every game and stall before opening", [JR, CL]),
      n('c2', 'tc', "Food and games takings per fair: £9k", [NT, CL]),
      n('c3', 'tc', "Catering trailer gas certs in date", [CO]),
    ],
    cloneGroups: [
      ['ns', 'b3'],
      ['a1', 'c1'],
      ['b4', 'c2'],
    ],
  },
  {
    name: 'Harbour Lights — 2026',
    domain: 'fish-and-chip-shop',
    nodes: [
      n('r', null, "Harbour Lights — 2026", [GC]),
      n('ns', 'r', "Be the chippy people queue for, not just the nearest", OK),
      n('ta', 'ns', "Fryers (Dave)", [GC]),
      n('a1', 'ta', "Change the oil and clean the range every Sunday night", [JR]),
      n('a2', 'ta', "Portions per hour at peak: 180", [NT]),
      n('a3', 'ta', "Get the batter crisp enough that takeaways still crunch at home", OK),
      n('tb', 'ns', "Restaurant (Sandra)", [GC]),
      n('b1', 'tb', "Restaurant: be the chip shop people queue for, not simply the closest", [CL]),
      n('b2', 'tb', "Average spend per head £16", [NT]),
      n('b3', 'tb', "Record fridge temperatures twice a day", [JR]),
      n('tc', 'ns', "Takeaway & delivery (Liam)", [GC]),
      n('c1', 'tc', "Takeaway — be the chippy folk will queue for rather than the nearest one", [CL]),
      n('c2', 'tc', "Portions per hour at peak — 220 in August", [NT, CL]),
      n('c3', 'tc', "Record fridge and hot-hold temperatures twice a day", [JR, CL]),
      n('c4', 'tc', "Fewer complaints about soggy chips on delivery", OK),
    ],
    cloneGroups: [
      ['ns', 'b1', 'c1'],
      ['a2', 'c2'],
      ['b3', 'c3'],
    ],
  },
];
