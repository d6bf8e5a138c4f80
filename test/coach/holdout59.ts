import type { RuleCode } from '../../shared/coach/types';

/**
 * FIFTY-NINTH HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * What was read: written blind to the coach's rules by a helper that read only: the method article
 * (/work/shared/reference/strategic-alignment.md, whole); issue 10 (the output of `issues show 10`);
 * lines 1-330 of test/coach/holdout22.ts (its header with the labelling definitions and calls, and the
 * opening of its domain type; not grepped, nothing past line 330 seen); test/coach/report.ts (whole: the
 * Labelled / LabelledPlan shapes and the harness around them); the output of
 * `grep -n "RuleCode" -A 12 shared/coach/types.ts` (the RuleCode type line, the Fix type and the Finding
 * shape) and nothing else of that file; the brief's list of the domains every earlier set used
 * (/tmp/brief/domains.txt, read whole and grepped for candidate names); tsconfig.json; and a listing of
 * the file names in test/coach/. Nothing else was opened: no other file under shared/, not the README,
 * corpus.ts, handbook.ts, reworded.ts, suite.ts, no other holdout*.ts (holdout22.ts past line 330
 * included), not the set another helper was writing in parallel, nothing under test/unit/, test/e2e/,
 * out/, renderer/, electron/ or scripts/. No git command was run. The coach, `cascade lint`, vitest and
 * npm test were never run, on these titles or at all.
 *
 * How it was checked: only with `tsc --noEmit` (node_modules/.bin/tsc on a throw-away tsconfig in
 * /tmp/h59check/ listing this file, a throw-away file that assigns HOLDOUT_59 to Labelled[] and
 * HOLDOUT_59_PLANS to LabelledPlan[] from report.ts, and a throw-away ambient `declare module '*.bin'`
 * for the `.bin` import report.ts pulls in through the coach's modules; skipLibCheck on), and with a
 * throw-away counting script kept outside the repo (`node --experimental-strip-types`, Node 22,
 * importing only this file). The script printed the counts below and checked: 25 entries per domain;
 * every kr-not-measurable and no-key-results label matches its KRs under the definitions below, and no
 * unlabelled entry has such KRs; every sound entry's explicit KRs have a unit and a target; every entry
 * copy (goal-clone) has a parent or siblings; no entry or node carries more than one of compliance /
 * job-requirement / task-listing; plan nodes in tree order; each clone group's original first both
 * depth-first and breadth-first; only copies carry goal-clone. All throw-away files were deleted.
 *
 * Domains: COUNTS_AND_DOMAINS_PLACEHOLDER
 */

export type Holdout59Domain =
  | 'aquarium-maintenance'
  | 'abrasives-maker'
  | 'aircraft-leasing'
  | 'art-supplies-shop'
  | 'bed-and-breakfast'
  | 'brownfield-remediation'
  | 'cad-software'
  | 'camera-club'
  | 'camhs-team'
  | 'childrens-home'
  | 'counter-fraud-team'
  | 'crab-processor'
  | 'cystic-fibrosis-centre'
  | 'dog-agility-club'
  | 'energy-advice-charity'
  | 'film-location-agency'
  | 'gps-tracker-maker'
  | 'heir-hunters'
  | 'land-based-college'
  | 'lubricants-blender';

/** A key result as the harness reads it; fields left out take the editor's defaults (0 -> 100, no unit). */
export interface Holdout59Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

/** One labelled objective: `krs` omitted means the harness attaches one well-formed KR; `[]` means none. */
export interface Holdout59Entry {
  title: string;
  domain: Holdout59Domain;
  expect: RuleCode[];
  parent?: string;
  siblings?: string[];
  krs?: Holdout59Kr[];
}

/** A node of a small plan, listed in tree order; nodes carry no KRs of their own. */
export interface Holdout59PlanNode {
  key: string;
  parentKey?: string | null;
  title: string;
  expect: RuleCode[];
}

/** A small labelled plan and the groups of copies a reader would name (original first). */
export interface Holdout59Plan {
  name: string;
  domain: Holdout59Domain;
  nodes: Holdout59PlanNode[];
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

type Row = Omit<Holdout59Entry, 'domain'>;
const dom = (domain: Holdout59Domain, rows: Row[]): Holdout59Entry[] => rows.map((r) => ({ ...r, domain }));
/** A KR left at the editor's defaults: a title and nothing else. */
const bare = (title: string): Holdout59Kr[] => [{ title }];
/** A KR whose numbers were all emptied to zero. */
const empty = (title: string): Holdout59Kr[] => [{ title, unit: '', start: 0, target: 0, current: 0 }];

// Clearwater Aquatics, Leeds: installs, leases and services fish tanks in offices, dental surgeries,
// care homes and restaurants, with a small livestock shop.
const AQUARIUM = dom('aquarium-maintenance', [
  { title: 'Get more care homes leasing a tank so residents have something calming to watch in the lounge', expect: [] },
  {
    title: 'lose fewer fish in the first month after an install (new tank syndrome)',
    expect: [],
    siblings: ['Win restaurant clients in York before anyone else sets up there'],
  },
  { title: "Hire a second marine tech so reef clients aren't all waiting on Dave", expect: [] },
  { title: "Make the dentists' tanks something patients actually mention in their Google reviews", expect: [] },
  { title: "Keep the Harrogate hotel contract when it's retendered in the spring", expect: [] },
  {
    title: 'Get the Anchor care group to trial a tank in each of its Leeds homes',
    expect: [],
    parent: 'Be the aquarium firm every care home in Yorkshire rings first',
  },
  { title: 'Train activity coordinators to spot a sick fish early so tanks stay healthy between our visits', expect: [] },
  { title: 'Turn one-off tank buyers into service plan customers', expect: [] },
  { title: 'Quieter pumps in the consulting rooms - so GPs stop asking us to switch them off', expect: [] },
  {
    title: 'Make office tanks something staff are proud to look after',
    expect: [],
    krs: [
      { title: 'Leases renewed at the end of the first term', unit: '%', start: 62, target: 80, current: 66 },
      { title: 'Clients on a service plan', unit: 'clients', start: 48, target: 70, current: 51 },
    ],
  },
  { title: 'Stop losing whole tanks when the power goes off overnight', expect: [NK], krs: [] },
  { title: 'Make our reef installs the best looking in the North', expect: [KM], krs: bare('Clients love how it looks') },
  { title: 'Service plans: 70 clients, £240k revenue, churn under 5%', expect: [NT] },
  { title: 'Livestock losses below 3% a month', expect: [NT] },
  { title: 'Avg call-out response time (hrs)', expect: [NT] },
  { title: 'Service rounds (Dave)', expect: [GC] },
  { title: 'Shop & livestock — Q3', expect: [GC] },
  { title: 'New van livery with the QR code on the back doors', expect: [TL] },
  { title: 'Rewrite the tank care sheet we leave with clients — drive/Clients/Care sheets/care-sheet-v3.docx', expect: [TL] },
  { title: 'Stand at the Care Show, Harrogate', expect: [TL] },
  { title: 'Water tests done + logged on every service visit', expect: [JR] },
  { title: 'Answer the out-of-hours livestock line within 2 hours', expect: [NT, JR] },
  { title: 'CITES import permits for the hard corals renewed', expect: [CO] },
  { title: 'Animal activity licence for the shop renewed — keep the 5 stars', expect: [CO] },
  { title: 'Install team: fewer fish lost after new installs', expect: [CL], parent: 'Cut fish losses after new installs' },
]);

// Pennine Abrasives, Sheffield: bonded grinding wheels, cut-off discs and sanding belts for steel
// stockholders, foundries, fabricators and DIY brands.
const ABRASIVES = dom('abrasives-maker', [
  { title: 'Get our cut-off discs onto the shelves of a national DIY chain', expect: [] },
  { title: 'Make the thin discs last longer than the German ones fabricators compare us with', expect: [] },
  {
    title: "Hire a bond chemist who's done resin systems before, so new wheel specs stop depending on one man's notebook",
    expect: [],
  },
  {
    title: 'Stop wheels cracking in the kiln on the big diameters',
    expect: [],
    siblings: ['Get belt changeovers on the converting line quick enough that we can take small orders'],
  },
  { title: "Keep Outokumpu's grinding wheel business when they rationalise suppliers", expect: [] },
  {
    title: 'Fettling wheels that Midlands foundries pick over the imported ones on cost per casting',
    expect: [],
    parent: 'Win the foundries back from the importers',
  },
  { title: 'Get belt changeovers on the converting line quick enough that we can take small orders', expect: [] },
  { title: 'sell more under our own brand and less as white label', expect: [] },
  { title: 'Fewer returns for out-of-balance wheels', expect: [] },
  {
    title: 'Make us the easy supplier for distributors to deal with',
    expect: [],
    krs: [{ title: 'Orders shipped complete and on time', unit: '%', start: 81, target: 95, current: 84 }],
  },
  { title: "Grind cleaner: less dust at the user's end of the wheel", expect: [NK], krs: [] },
  { title: 'Build a name for our flap discs with welders', expect: [KM], krs: empty('Brand awareness') },
  { title: 'Export sales €1.2m', expect: [NT] },
  { title: 'Scrap on 230mm discs: 4% → 2%', expect: [NT] },
  { title: 'Wheels pressed per shift', expect: [NT] },
  { title: 'Press shop (Nigel)', expect: [GC] },
  { title: 'Technical / QA', expect: [GC] },
  { title: 'Converting — nights', expect: [GC] },
  { title: 'New product configurator on the website', expect: [TL] },
  { title: 'Buy the second hydraulic press', expect: [TL] },
  { title: 'Make sure every batch goes on the speed test rig before it ships', expect: [JR] },
  { title: 'keep the resin and grain stock sheet right', expect: [JR] },
  { title: 'EN 12413 certification audit by oSa passed', expect: [CO] },
  { title: 'COSHH assessments for the phenolic resin redone and signed', expect: [CO] },
  {
    title: 'Scrap rate on the 115mm discs under 3%',
    expect: [NT, CL],
    siblings: ['Cut the scrap rate on 230mm cut-off discs to 2%'],
  },
]);

// Shannon-Thames Aviation Capital: leases narrowbody and regional aircraft to airlines; technical,
// remarketing and lease transitions.
const AIRCRAFT = dom('aircraft-leasing', [
  { title: 'Place our ATR 72s with regional airlines before the current leases run out', expect: [] },
  { title: "Get transitions between lessees done fast enough that aircraft aren't parked earning nothing", expect: [] },
  { title: 'Hire a technical manager based in Asia so we can lease into the region without flying people out', expect: [] },
  { title: "Build a book of lessees that doesn't lean on one country", expect: [] },
  { title: 'Keep Aer Lingus Regional as a customer when their fleet plan is redone', expect: [] },
  {
    title: 'Win sale-and-leasebacks of A320ceos from airlines refreshing their fleets',
    expect: [],
    parent: 'Be the lessor airlines call first for mid-life narrowbodies',
  },
  {
    title: 'Fewer surprises on return conditions - airlines should know what they owe months before redelivery',
    expect: [],
    siblings: ["Get transitions between lessees done fast enough that aircraft aren't parked earning nothing"],
  },
  { title: 'Get a green financing line in place so we can buy newer, less thirsty aircraft', expect: [] },
  { title: 'Sell older aircraft to part-out buyers at the right time rather than too late', expect: [] },
  {
    title: 'Put our idle aircraft back to work',
    expect: [],
    krs: [{ title: 'Aircraft on ground without a lessee', unit: 'aircraft', start: 5, target: 1, current: 4 }],
  },
  { title: 'Stop lessees falling behind on maintenance reserves', expect: [NK], krs: [] },
  { title: 'Be known as a fair lessor at redelivery', expect: [KM], krs: bare('Airlines say we were fair') },
  { title: 'Portfolio utilisation 98%', expect: [NT] },
  { title: 'Lease rate factor on new placements above 0.85%', expect: [NT] },
  { title: 'Weighted average remaining lease term', expect: [NT] },
  { title: 'Technical (Siobhan)', expect: [GC] },
  { title: 'Remarketing — EMEA', expect: [GC] },
  { title: 'New asset management system live', expect: [TL] },
  { title: 'Write the transition manual for redeliveries', expect: [TL] },
  { title: 'Monthly utilisation reports from every lessee chased and filed', expect: [JR] },
  { title: 'Annual physical inspection of each aircraft by our tech reps', expect: [JR] },
  { title: 'Invoice maintenance reserves by the 5th of each month', expect: [JR] },
  { title: 'AML/KYC refresh on every lessee done (compliance sign-off)', expect: [CO] },
  { title: 'Central Bank annual return filed on time', expect: [CO] },
  {
    title: 'Faster re-leasing after an aircraft comes back',
    expect: [CL],
    siblings: ['Get aircraft back on lease faster after a redelivery'],
  },
]);

// Ochre & Umber, Frome: an independent art supplies shop with classes upstairs, a web shop and a
// schools and colleges account.
const ART_SHOP = dom('art-supplies-shop', [
  { title: 'Be the place local art students buy their kit rather than Amazon', expect: [] },
  { title: 'Get the Saturday drawing classes full enough to pay for the room', expect: [] },
  { title: 'Hire a part-timer who actually paints so customers get proper advice at weekends', expect: [] },
  { title: "Make the website's search find the colour people type in, not just the brand", expect: [] },
  { title: "keep the college's foundation year kit order when they go out to tender again", expect: [] },
  {
    title: 'Short videos of us trying new paints that get people buying online',
    expect: [],
    parent: "Grow the online shop without losing the shop's feel",
  },
  { title: 'Stock fewer lines and sell through more of them', expect: [] },
  {
    title: 'Get the Frome Independent market crowd into the shop on non-market days',
    expect: [],
    siblings: ['Be the place local art students buy their kit rather than Amazon'],
  },
  { title: 'Train the Saturday staff on pigments so they can sell the expensive tubes with confidence', expect: [] },
  {
    title: 'Turn class attendees into regular customers',
    expect: [],
    krs: [{ title: 'Class attendees who buy again within 3 months', unit: '%', start: 20, target: 40, current: 24 }],
  },
  { title: "Make the kids' corner busy during half term", expect: [NK], krs: [] },
  { title: 'Get local artists to see us as their shop', expect: [KM], krs: empty('Artists on board') },
  { title: 'Online sales £85k', expect: [NT] },
  { title: 'Average basket — up £4', expect: [NT] },
  { title: 'Stock turn', expect: [NT] },
  { title: 'Shop floor (Mel)', expect: [GC] },
  { title: 'Schools & colleges', expect: [GC] },
  { title: 'Christmas gift guide', expect: [TL] },
  { title: 'Get the paper stockroom reorganised', expect: [TL] },
  { title: 'Do the weekly Winsor & Newton order', expect: [JR] },
  { title: 'Pick and pack web orders the same day', expect: [JR] },
  { title: 'PAT testing for the studio and the till area', expect: [CO] },
  { title: "UKCA safety sign-off for the kids' craft kits we make up", expect: [CO] },
  { title: 'Card machine PCI questionnaire - done?', expect: [CO] },
  {
    title: 'Schools: more art supply orders from local schools',
    expect: [CL],
    parent: 'Get more schools buying their art supplies from us',
  },
]);

// Hawthorn House, Keswick: a six-room bed and breakfast run by a couple and one part-timer.
const B_AND_B = dom('bed-and-breakfast', [
  { title: 'Fill the rooms midweek in winter with walkers, not just weekenders', expect: [] },
  { title: 'Get more guests booking direct instead of through Booking.com', expect: [] },
  { title: 'Breakfasts people write about - local sausage, proper porridge, no sad buffet', expect: [] },
  { title: 'Hire a housekeeper for the summer so we can actualy take a day off together', expect: [] },
  { title: 'Keep the cyclists who came for the Fred Whitton coming back every May', expect: [] },
  {
    title: 'Drying room and packed lunches good enough that walking groups rebook',
    expect: [],
    parent: 'Become the B&B walkers in Keswick recommend to each other',
  },
  { title: 'Cut the laundry bill without going back to polyester sheets', expect: [] },
  {
    title: 'Make the annexe room work for guests with a dog',
    expect: [],
    siblings: ['Fill the rooms midweek in winter with walkers, not just weekenders'],
  },
  { title: 'Stop late check-ins eating our evenings', expect: [] },
  {
    title: 'Bring guests back',
    expect: [],
    krs: [{ title: 'Guests who have stayed before', unit: '%', start: 18, target: 30, current: 21 }],
  },
  { title: 'Get on the radar of the walking holiday companies', expect: [NK], krs: [] },
  { title: 'Make breakfast the highlight of the stay', expect: [KM], krs: bare('Breakfast feedback') },
  { title: 'Occupancy 75% Nov–Mar', expect: [NT] },
  { title: 'RevPAR up 10% on last year', expect: [NT] },
  { title: 'Direct booking share', expect: [NT] },
  { title: 'Breakfast (Gill)', expect: [GC] },
  { title: 'Rooms & laundry', expect: [GC] },
  { title: 'New website with a proper booking button', expect: [TL] },
  { title: 'Redecorate room 4', expect: [TL] },
  { title: 'Paint the front and fix the gate', expect: [TL], krs: [] },
  { title: 'Beds changed and rooms cleaned by 3pm', expect: [JR] },
  { title: 'Answer booking emails the same day', expect: [JR] },
  { title: 'Get the fire risk assessment sorted and updated', expect: [CO] },
  { title: 'Food hygiene inspection — keep the 5', expect: [CO] },
  {
    title: 'More direct bookings, fewer through Booking.com and Expedia',
    expect: [CL],
    siblings: ['Get more guests booking direct instead of through the OTAs'],
  },
]);

// Terraclean Remediation: contaminated land contractor (soil washing, bioremediation of
// hydrocarbons, validation) working mostly for housebuilders and councils.
const BROWNFIELD = dom('brownfield-remediation', [
  { title: 'Treat more soil on site so less goes to landfill', expect: [] },
  { title: 'Win remediation on the Homes England sites around Teesside', expect: [] },
  { title: 'Hire a hydrogeologist so we can price groundwater jobs ourselves', expect: [] },
  { title: 'Get the soil washing plant working on clays, not just sands', expect: [] },
  { title: "Keep the Barratt framework when it's re-let next year", expect: [] },
  {
    title: 'Get validation reports to the council early enough that plots are released without waiting on us',
    expect: [],
    parent: 'Be the remediation contractor housebuilders trust to hand sites back on time',
  },
  {
    title: 'Stop neighbours complaining about odour from the biopiles',
    expect: [],
    siblings: ['Treat more soil on site so less goes to landfill'],
  },
  { title: "Burn less diesel on site by moving plant onto grid power where there's a connection", expect: [] },
  { title: 'Fewer disputes over re-measured volumes at final account', expect: [] },
  {
    title: 'Reuse more treated soil on the same site',
    expect: [],
    krs: [{ title: 'Treated soil reused on site', unit: '%', start: 55, target: 75, current: 58 }],
  },
  {
    title: 'Make us the contractor the Environment Agency is happy to see on a permit application',
    expect: [NK],
    krs: [],
  },
  { title: 'Treat PFAS soils ourselves instead of sending them away', expect: [KM], krs: bare('PFAS treatment capability') },
  { title: 'Get turnover to £14m', expect: [NT] },
  { title: 'Tonnes treated per week: 3,500', expect: [NT] },
  { title: 'Landfill diversion rate', expect: [NT] },
  { title: 'Site teams — North', expect: [GC] },
  { title: 'Estimating (Phil)', expect: [GC] },
  { title: 'Plant & workshop', expect: [GC, NK], krs: [] },
  { title: 'Case study brochure for the Middlesbrough gasworks job', expect: [TL] },
  { title: 'We need the site diaries moved off paper and onto the tablets before the summer jobs start', expect: [TL] },
  { title: 'Dust monitoring readings logged twice a day on every site', expect: [JR] },
  { title: 'who chases the labs when results are late? (Phil)', expect: [JR] },
  { title: 'Mobile treatment permit deployment forms in to the EA before each job', expect: [CO] },
  { title: 'CHAS and Constructionline Gold renewed', expect: [CO] },
  { title: 'Site teams: send less soil to landfill', expect: [CL], parent: 'Cut the soil we send to landfill' },
]);

// Linework: a CAD product for sheet-metal and fabrication shops (desktop and cloud, subscriptions).
const CAD = dom('cad-software', [
  { title: 'Make flat patterns come out right first time so fabricators stop checking them by hand', expect: [] },
  { title: 'Get small fab shops off pirated copies and onto a subscription they can afford', expect: [] },
  { title: 'Hire a product designer who has worked in a fab shop', expect: [] },
  { title: 'Help fab shops pass their EN 1090 audits with drawings straight out of Linework', expect: [] },
  { title: 'Keep the Trumpf partnership when they pick their preferred CAD vendors', expect: [] },
  {
    title: 'Get colleges teaching welding and fabrication to use Linework on their courses',
    expect: [],
    parent: 'Become the CAD fabricators learn on',
  },
  { title: 'New users should draw their first bracket without a tutorial', expect: [] },
  {
    title: 'Fewer support tickets about DXF export',
    expect: [],
    siblings: ['Stop large assemblies freezing the app on laptops'],
  },
  { title: 'Let customers work offline on the shop floor and sync later without losing changes', expect: [] },
  {
    title: 'Make the cloud version good enough that desktop users move over',
    expect: [],
    krs: [{ title: 'Active seats on cloud', unit: '%', start: 22, target: 50, current: 27 }],
  },
  { title: 'Win over shops that use SolidWorks for sheet metal', expect: [NK], krs: [] },
  {
    title: 'Make the bend table feature something people buy us for',
    expect: [KM],
    krs: empty('Bend tables adoption'),
  },
  { title: 'Hit £6m ARR by Q4', expect: [NT] },
  { title: 'Trial → paid 12%', expect: [NT] },
  { title: 'Net revenue retention', expect: [NT] },
  { title: 'Platform team (Arjun)', expect: [GC] },
  { title: 'EMEA sales', expect: [GC] },
  { title: 'Rewrite the licensing server in Go', expect: [TL] },
  { title: 'v5.0 launch webinar', expect: [TL] },
  { title: 'Triage the support queue every morning', expect: [JR] },
  { title: 'Build servers patched monthly - Ops', expect: [JR] },
  { title: 'Reply to partner integration requests within 5 working days', expect: [NT, JR] },
  { title: 'SOC 2 Type II report renewed', expect: [CO] },
  { title: 'Everyone completes secure coding training (mandatory, see notion.so/linework/secure-coding)', expect: [CO] },
  {
    title: 'API docs updated after each release (Priya)',
    expect: [JR, CL],
    siblings: ['Keep the public API docs up to date after every release'],
  },
]);

// Fernside Camera Club: a photographic society with weekly meetings, competitions, an annual
// exhibition and membership of its regional federation.
const CAMERA_CLUB = dom('camera-club', [
  { title: 'Get younger photographers joining, not just retired members', expect: [] },
  { title: 'Make competition nights something beginners enter, not only the same few experts', expect: [] },
  { title: 'Find a new home for the club before the church hall closes', expect: [] },
  { title: "Get members' prints into the library's summer exhibition", expect: [] },
  { title: 'Keep the club afloat without putting subs up again', expect: [] },
  {
    title: 'Pair each new member with a mentor for their first year so they improve and stay',
    expect: [],
    parent: 'Help members become better photographers',
  },
  {
    title: "Members should come home from field trips with pictures they're proud of",
    expect: [],
    siblings: ['Help members become better photographers'],
  },
  { title: "Win the federation's interclub battle for once", expect: [] },
  { title: "Train members to judge so we aren't borrowing judges from other clubs", expect: [] },
  {
    title: 'Grow the membership',
    expect: [],
    krs: [{ title: 'Paid-up members', unit: 'members', start: 48, target: 60, current: 51 }],
  },
  { title: "Get the club's photos seen by people in town", expect: [NK], krs: [] },
  { title: 'Be the friendliest club in the federation', expect: [KM], krs: bare('Friendliness') },
  { title: 'Membership to 60 by the AGM', expect: [NT] },
  { title: 'Competition entries per meeting', expect: [NT] },
  { title: 'Raise £1,500 for the new projector', expect: [NT] },
  { title: 'Programme secretary', expect: [GC] },
  { title: 'Exhibition committee', expect: [GC] },
  { title: 'Annual exhibition at the library', expect: [TL] },
  { title: 'New club website', expect: [TL] },
  { title: 'Collect subs at the door and bank them', expect: [JR] },
  { title: "Book the judges for the season's competitions", expect: [JR] },
  { title: 'Public liability insurance — renewed yet?', expect: [CO] },
  { title: 'Safeguarding policy signed by every committee member', expect: [CO, KM], krs: bare('Policy signed') },
  { title: "GDPR sign-off for the members' list", expect: [CO] },
  { title: 'Attract more young members', expect: [CL], siblings: ['Get younger people joining the club'] },
]);

// An NHS child and adolescent mental health service (CAMHS): getting help and getting more help
// teams, duty and crisis, and mental health support teams in schools.
const CAMHS = dom('camhs-team', [
  { title: "Young people shouldn't wait so long that they end up in A&E before we've seen them", expect: [] },
  { title: "Get schools to send referrals we can act on, with what's been tried already", expect: [] },
  { title: 'Hire a family therapist for the east locality', expect: [] },
  { title: 'Stop discharging young people just because they missed appointments', expect: [] },
  { title: "Keep the funding for the schools' mental health support teams past the pilot", expect: [] },
  {
    title: 'Drop-in at the sixth form college so students can talk to someone the same week',
    expect: [],
    parent: 'Help young people get the right help earlier',
  },
  { title: 'Train GP receptionists to spot a crisis call and put it straight through to us', expect: [] },
  {
    title: 'Young people help choose what goes in their own care plan',
    expect: [],
    siblings: ["Get schools to send referrals we can act on, with what's been tried already"],
  },
  { title: 'Let families see where they are on the waiting list without ringing us', expect: [] },
  {
    title: 'See young people sooner after they are referred',
    expect: [],
    krs: [{ title: 'Median weeks from referral to first appointment', unit: 'weeks', start: 14, target: 6, current: 12 }],
  },
  { title: 'Get the eating disorder pathway and ours talking to each other', expect: [NK], krs: [] },
  { title: 'Make waiting safer for young people on the list', expect: [KM], krs: bare('Waiting well support in place') },
  { title: 'Referral to treatment within 18 weeks - 92%', expect: [NT] },
  { title: 'DNA rate under 10%', expect: [NT] },
  { title: 'Caseload per clinician', expect: [NT] },
  { title: 'Getting Help (East)', expect: [GC] },
  { title: 'Duty & crisis', expect: [GC] },
  { title: 'New leaflet for parents on what happens at a choice appointment', expect: [TL] },
  { title: 'Launch event for the mental health support teams', expect: [TL] },
  { title: 'Move the team onto the new RiO forms', expect: [TL] },
  { title: 'Duty worker screens every new referral the same day', expect: [JR] },
  { title: 'Risk assessments updated at every review', expect: [JR] },
  { title: 'Level 3 safeguarding children training for all clinicians (mandatory)', expect: [CO] },
  { title: 'CQC inspection - keep our Good', expect: [CO] },
  {
    title: 'East team — shorter waits from referral to first appointment',
    expect: [CL],
    parent: 'Cut waits between referral and first appointment',
  },
]);

// Brookfield: a council-run children's residential home for four young people (registered
// manager, residential workers on shifts).
const CHILDRENS_HOME = dom('childrens-home', [
  { title: 'Young people should feel this is their home, not a placement', expect: [] },
  { title: 'Keep every young person at the same school when they move here', expect: [] },
  { title: 'Hire a deputy manager who has run a home before', expect: [] },
  { title: 'Fewer police call-outs for missing episodes', expect: [] },
  {
    title: "Get young people cooking and budgeting before they leave so moving on isn't a cliff edge",
    expect: [],
  },
  {
    title: 'Make family time happen here rather than in a contact centre',
    expect: [],
    parent: 'Help young people stay in touch with the people who matter to them',
  },
  { title: 'Staff should stay long enough for the young people to get attached to them', expect: [] },
  { title: 'Train the team in therapeutic parenting so restraints become rare', expect: [] },
  {
    title: 'Get each young person into a club or activity outside the home that they chose',
    expect: [],
    siblings: ["Get young people cooking and budgeting before they leave so moving on isn't a cliff edge"],
  },
  {
    title: 'Cut missing from home episodes',
    expect: [],
    krs: [{ title: 'Missing from home episodes per quarter', unit: 'episodes', start: 14, target: 5, current: 11 }],
  },
  { title: "Make the home somewhere young people's friends are welcome", expect: [NK], krs: [] },
  { title: 'Young people feel listened to', expect: [KM], krs: empty('Voice of the child') },
  { title: 'Agency staff spend down 40%', expect: [NT] },
  { title: 'Placement stability', expect: [NT] },
  { title: 'Staff turnover below 15%', expect: [NT] },
  { title: 'Residential team — nights', expect: [GC] },
  { title: 'Registered manager (Donna)', expect: [GC] },
  { title: 'Brookfield 2026/27', expect: [GC] },
  { title: 'New sofas and a games console for the lounge', expect: [TL] },
  { title: 'Write the new welcome pack', expect: [TL] },
  { title: 'Daily logs written up before the end of each shift', expect: [JR] },
  { title: 'Meds counted and signed for at every handover', expect: [JR] },
  { title: 'Ofsted interim inspection - stay Good or better', expect: [CO] },
  { title: 'Reg 44 visits every month with the reports sent to Ofsted', expect: [CO] },
  {
    title: 'Fewer missing episodes from the home',
    expect: [CL],
    siblings: ['Cut the number of times young people go missing'],
  },
]);

// A shared counter fraud service for three district councils: tenancy and right to buy fraud, blue
// badge misuse, council tax discounts, internal fraud and National Fraud Initiative matches.
const COUNTER_FRAUD = dom('counter-fraud-team', [
  { title: 'Get council homes back from tenants who sublet them, so that families on the list get them', expect: [] },
  { title: 'Stop fraudulent right to buy applications before they complete', expect: [] },
  { title: 'Hire a financial investigator so we can use POCA ourselves', expect: [] },
  { title: 'Make it easy for staff to report a suspicion without feeling like a grass', expect: [] },
  { title: 'Keep the third council in the shared service when the agreement is reviewed', expect: [] },
  {
    title: 'Work with housing officers so subletting is spotted at the annual tenancy check',
    expect: [],
    parent: 'Stop fraud costing residents money and homes',
  },
  { title: 'Fewer cases dropped because evidence was gathered wrong', expect: [] },
  {
    title: "Get payroll and creditors data matched before payments go out, not after",
    expect: [],
    siblings: ['Stop fraudulent right to buy applications before they complete'],
  },
  {
    title: 'Train revenues staff to spot single person discount fraud when people apply',
    expect: [],
  },
  {
    title: 'Recover more of what fraud takes',
    expect: [],
    krs: [{ title: 'Money recovered from proven fraud', unit: '£k', start: 310, target: 500, current: 340 }],
  },
  { title: 'Make fraudsters think twice about the councils', expect: [NK], krs: [] },
  { title: 'Be the team other councils come to for advice', expect: [KM], krs: bare('Reputation with peers') },
  { title: 'Recover 40 council homes from tenancy fraud', expect: [NT] },
  { title: 'Value of fraud identified £2.5m', expect: [NT] },
  { title: 'Sanction rate on closed cases', expect: [NT] },
  { title: 'Investigations (Karen)', expect: [GC] },
  { title: 'Intelligence', expect: [GC] },
  { title: 'Fraud awareness e-learning module for staff', expect: [TL] },
  { title: 'New case management system', expect: [TL] },
  { title: 'Someone has to go through the NFI matches and close them off on the portal by the Cabinet Office deadline, it keeps falling between us', expect: [JR] },
  { title: 'Record every referral on the system within 48 hours', expect: [NT, JR] },
  { title: 'Quarterly report to audit committee', expect: [JR] },
  { title: 'All investigators keep their ACFS accreditation', expect: [CO] },
  { title: 'RIPA inspection by the IPCO passed', expect: [CO] },
  {
    title: 'Blue badge hotspots checked every match day',
    expect: [JR, CL],
    siblings: ['Visit every blue badge misuse hotspot on match days'],
  },
]);

// Salthouse Shellfish, Bridlington: crab and lobster processing (white and brown meat, dressed crab
// for supermarkets), live exports.
const CRAB = dom('crab-processor', [
  { title: 'Get more meat out of every crab by picking better, not faster', expect: [] },
  { title: 'Sell the brown meat instead of paying to get rid of it', expect: [] },
  { title: 'Hire a technical manager who has been through a supermarket audit before', expect: [] },
  { title: 'Keep the Waitrose dressed crab line when they review suppliers', expect: [] },
  { title: 'Get boats landing to us rather than the Dutch buyers on the quay', expect: [] },
  {
    title: "Put the boat's name on the dressed crab pack so shoppers know where it came from",
    expect: [],
    parent: 'Make Yorkshire crab something people ask for by name',
  },
  { title: 'Stop shell going to landfill by selling it for fertiliser', expect: [] },
  { title: 'Keep our pickers through the winter when landings drop off', expect: [] },
  {
    title: 'Fewer customer complaints about shell in the white meat',
    expect: [],
    siblings: ['Get more meat out of every crab by picking better, not faster'],
  },
  {
    title: 'Make more from each crab',
    expect: [],
    krs: [{ title: 'Meat yield from live weight', unit: '%', start: 28, target: 33, current: 29 }],
  },
  { title: 'Reach London restaurants directly', expect: [NK], krs: [] },
  { title: 'Be the buyer fishermen trust on price', expect: [KM], krs: empty('Trust from the fleet') },
  { title: 'Live crab processed: 1,800 tonnes', expect: [NT] },
  { title: 'Yield 32%', expect: [NT] },
  { title: 'Labour cost per kg of white meat', expect: [NT] },
  { title: 'Picking room (Lorraine)', expect: [GC] },
  { title: 'Live exports', expect: [GC] },
  { title: 'Get the new cooker in', expect: [TL] },
  { title: 'Shellfish recipe cards for the farm shops', expect: [TL] },
  { title: 'Clean down the picking room at the end of every shift', expect: [JR] },
  { title: 'Chiller temps checked and logged each morning', expect: [JR] },
  { title: 'BRCGS audit — grade AA', expect: [CO] },
  { title: 'Approved premises status with the council renewed', expect: [CO] },
  { title: 'Allergen training for all staff: 100% done by March (customer code)', expect: [NT, CO] },
  {
    title: 'Brown meat — more value from it (sales team)',
    expect: [CL],
    parent: 'Get more value from the brown meat',
  },
]);

// The adult cystic fibrosis centre of a teaching hospital: clinics, home IV antibiotics, modulator
// therapy, physiotherapy and dietetics, transition from the children's centre.
const CF_CENTRE = dom('cystic-fibrosis-centre', [
  { title: 'Keep people on Kaftrio well enough to stay in work or college', expect: [] },
  { title: "Get more IV courses done at home so people aren't stuck on the ward for a fortnight", expect: [] },
  { title: 'Hire a CF psychologist so people can talk to someone who knows the condition', expect: [] },
  { title: "Make transition from the children's centre feel like a handover, not a cliff", expect: [] },
  { title: 'Fewer people skipping annual review because they feel well now', expect: [] },
  {
    title: 'Support people planning a family now that more of them can',
    expect: [],
    parent: 'Help people live well with CF now that modulators have changed everything',
  },
  {
    title: "Virtual clinics so people from Cumbria don't lose a day travelling",
    expect: [],
    siblings: ["Make transition from the children's centre feel like a handover, not a cliff"],
  },
  { title: 'Stop cross-infection in clinic by keeping everyone in their own room', expect: [] },
  { title: "Train ward nurses on CF so night shifts don't need to ring the team", expect: [] },
  {
    title: 'Keep lung function up',
    expect: [],
    krs: [{ title: 'Median FEV1 % predicted', unit: '%', start: 71, target: 75, current: 72 }],
  },
  { title: 'Get people sending sputum samples from home', expect: [NK], krs: [] },
  { title: 'Make clinic less of a day out', expect: [KM], krs: bare('Time in clinic feedback') },
  { title: 'Home IV share of courses 60%', expect: [NT] },
  { title: 'Median BMI in the adult cohort above 22', expect: [NT] },
  { title: 'Bed days for CF admissions', expect: [NT] },
  { title: 'Physio (Helen)', expect: [GC] },
  { title: 'Ward 33 nurses', expect: [GC] },
  { title: 'New patient portal for results', expect: [TL] },
  { title: 'Patient day in October with the CF Trust', expect: [TL] },
  { title: 'Refresh the transition booklet', expect: [TL, KM], krs: bare('Booklet done') },
  { title: "Book each patient's annual review in their birthday month", expect: [JR] },
  { title: 'Review sputum results and call people with new growths the same day', expect: [JR] },
  { title: 'CF Trust peer review - no serious concerns', expect: [CO] },
  { title: 'Infection control training done by everyone on the team (mandatory)', expect: [CO] },
  {
    title: 'More home IVs rather than ward admissions',
    expect: [CL],
    siblings: ['Get more IV antibiotic courses done at home'],
  },
]);

// Valeside Agility Club: dog agility training classes, a summer show under Kennel Club rules, a
// rented field.
const AGILITY = dom('dog-agility-club', [
  { title: "Get beginners' dogs ready to compete at their first show", expect: [] },
  { title: "Find a field we can use all winter that doesn't flood", expect: [] },
  { title: 'Make our show the one handlers pick over the others that weekend', expect: [] },
  {
    title: "Get more members helping at the show so the same people aren't doing every job",
    expect: [],
  },
  { title: 'Keep the field lease when the farmer retires', expect: [] },
  {
    title: 'Give intermediate handlers a coach who watches them run and tells them what to fix',
    expect: [],
    parent: 'Be a club where every dog and handler improves',
  },
  { title: 'Hire a qualified instructor for the puppy foundation classes', expect: [] },
  {
    title: 'Fewer injuries from the old A-frame',
    expect: [],
    siblings: ["Find a field we can use all winter that doesn't flood"],
  },
  { title: "Train more of our members as judges so we aren't paying judges' travel", expect: [] },
  {
    title: 'Grow the show entries',
    expect: [],
    krs: [{ title: 'Runs entered at the summer show', unit: 'runs', start: 900, target: 1200, current: 950 }],
  },
  { title: 'Make the club welcoming for rescue dogs', expect: [NK], krs: [] },
  { title: 'Improve how our members run courses', expect: [KM], krs: empty('Handling skill') },
  { title: 'Class income £9k', expect: [NT] },
  { title: 'Members competing at grade 4 and above', expect: [NT] },
  { title: 'Clear rounds 50%', expect: [NT] },
  { title: 'Committee', expect: [GC] },
  { title: 'Show secretary (Jan)', expect: [GC] },
  { title: 'Summer show 2026', expect: [GC, NK], krs: [] },
  { title: 'New weave poles and a tyre', expect: [TL] },
  { title: 'Club night barbecue', expect: [TL] },
  { title: 'Set up and pack away the equipment every training night', expect: [JR] },
  { title: 'Mow the field before each session', expect: [JR] },
  { title: 'Kennel Club show licence applied for and approved', expect: [CO] },
  { title: 'Make sure every instructor has an in-date first aid certificate', expect: [CO] },
  {
    title: 'Beginners: get new handlers to their first show',
    expect: [CL],
    parent: 'Help new handlers get to their first show',
  },
]);

// Warm Homes Trust, Leicester: an energy advice charity (advice line, home visits, fuel vouchers,
// help with insulation and heating grants).
const ENERGY_ADVICE = dom('energy-advice-charity', [
  { title: 'Get people onto the Warm Home Discount who are entitled but have never claimed', expect: [] },
  { title: "Reach older people who won't ring a helpline", expect: [] },
  { title: 'Hire an adviser who speaks Gujarati', expect: [] },
  { title: 'Stop people self-disconnecting their prepayment meters in January', expect: [] },
  { title: "Keep the council's winter fund grant when it's recommissioned", expect: [] },
  {
    title: 'Get landlords to fix damp and heating when we find it on home visits',
    expect: [],
    parent: 'Fewer people in Leicester living in cold homes',
  },
  { title: 'Train community volunteers to spot fuel poverty and refer people to us', expect: [] },
  {
    title: "Make our advice stick so people don't ring back with the same problem",
    expect: [],
    siblings: ["Reach older people who won't ring a helpline"],
  },
  { title: 'Help private tenants get their landlord to bring the EPC up to band C', expect: [] },
  {
    title: 'Help households cut their energy bills',
    expect: [],
    krs: [{ title: 'Average annual saving per household advised', unit: '£', start: 150, target: 250, current: 170 }],
  },
  { title: 'Be there for people when the price cap goes up', expect: [NK], krs: [] },
  { title: 'Build trust in communities that distrust energy companies', expect: [KM], krs: bare('Community trust') },
  { title: 'Households advised: 4,000', expect: [NT] },
  { title: 'Fuel vouchers issued - £60k', expect: [NT] },
  { title: 'Cost per household helped', expect: [NT] },
  { title: 'Home visits team (Raj)', expect: [GC] },
  { title: 'Advice line', expect: [GC] },
  { title: 'New leaflet in Gujarati, Punjabi and Polish', expect: [TL] },
  { title: 'Stall at the Diwali lights switch-on on Belgrave Road', expect: [TL] },
  { title: 'Ring back everyone who leaves a voicemail within one working day', expect: [NT, JR] },
  { title: 'Log every case on Charitylog', expect: [JR] },
  { title: 'Process the fuel voucher requests as they come in', expect: [JR] },
  { title: 'Advice Quality Standard renewed', expect: [CO] },
  { title: 'DBS checks for every home visitor', expect: [CO] },
  {
    title: 'Home visits written up on Charitylog same day',
    expect: [JR, CL],
    siblings: ['Write up every home visit on the case system the same day'],
  },
]);

// Frame & Place Locations, London: a location agency finding houses and sites for film, TV and
// advertising shoots; a library of owners' properties and their contracts.
const LOCATIONS = dom('film-location-agency', [
  {
    title: 'Get more period houses outside the M25 on our books so that productions stop going to Belgium',
    expect: [],
  },
  { title: 'Make owners want to host a second shoot after the first', expect: [] },
  { title: 'Hire a location scout who knows the North West', expect: [] },
  { title: 'Win the big streaming series, not just commercials', expect: [] },
  { title: 'Keep the council film office recommending us when they redo their approved list', expect: [] },
  {
    title: 'Build a library of brutalist and industrial sites nobody else has',
    expect: [],
    parent: 'Be the agency productions call when the brief is impossible',
  },
  { title: 'Fewer shoots ending in complaints from the neighbours', expect: [] },
  {
    title: 'Stop owners pulling out days before a shoot',
    expect: [],
    siblings: ['Make owners want to host a second shoot after the first'],
  },
  { title: "Make the photo library searchable by what a location looks like, not its postcode", expect: [] },
  {
    title: 'Turn more recces into booked shoots',
    expect: [],
    krs: [{ title: 'Recces that become bookings', unit: '%', start: 30, target: 45, current: 33 }],
  },
  { title: 'Be known to supervising location managers on the big productions', expect: [NK], krs: [] },
  { title: "Make the owner's experience great", expect: [KM], krs: empty('Owner experience') },
  { title: 'Commission income £900k', expect: [NT] },
  { title: 'Locations on the books: 3,000', expect: [NT] },
  { title: 'Average fee per shoot day', expect: [NT] },
  { title: 'Scouts (Tara)', expect: [GC] },
  { title: 'Commercials desk', expect: [GC] },
  { title: 'New website with the location search', expect: [TL] },
  { title: 'Reshoot the photos of the Hampstead houses', expect: [TL] },
  { title: 'Update owner availability every Monday', expect: [JR] },
  { title: 'Location agreement sent to the owner before each shoot', expect: [JR] },
  { title: 'Public liability and production insurance renewed', expect: [CO] },
  { title: 'Right to work checks done for every freelance scout', expect: [CO] },
  { title: 'Everyone in the office does the annual data protection training (mandatory)', expect: [CO] },
  { title: 'Scouts: more period properties on the books', expect: [CL], parent: 'Get more period houses on our books' },
]);

// Pawtrack, Bristol: GPS trackers for dogs and cats, for people living with dementia and for
// bikes; hardware sold with an app subscription.
const GPS_TRACKER = dom('gps-tracker-maker', [
  { title: 'Make the battery last long enough that people stop forgetting to charge it', expect: [] },
  { title: 'Get dementia charities recommending our tracker to families', expect: [] },
  { title: 'Hire a firmware engineer who has done low-power cellular before', expect: [] },
  { title: "Find lost dogs faster in the countryside where there's barely any signal", expect: [] },
  { title: 'Keep subscribers after the first year when the free plan ends', expect: [] },
  {
    title: 'Make the SOS button something a person with dementia can use without thinking',
    expect: [],
    parent: 'Be the tracker families trust for someone living with dementia',
  },
  { title: 'Fewer returns because the collar clip breaks', expect: [] },
  {
    title: 'Get into Pets at Home stores',
    expect: [],
    siblings: ['Get dementia charities recommending our tracker to families'],
  },
  { title: "Let vets scan our tags to see the owner's details", expect: [] },
  {
    title: 'Make the app fast when a pet is lost',
    expect: [],
    krs: [{ title: 'Median time to first location fix', unit: 's', start: 45, target: 15, current: 38 }],
  },
  { title: 'Get bike owners using it as an alarm too', expect: [NK], krs: [] },
  { title: 'Make setup painless', expect: [KM], krs: bare('Setup experience') },
  { title: 'Sell 80k devices', expect: [NT] },
  { title: 'Subscription churn under 3% a month', expect: [NT] },
  { title: 'Gross margin per device', expect: [NT] },
  { title: 'Hardware (Ines)', expect: [GC] },
  { title: 'Retail partnerships — UK', expect: [GC] },
  { title: 'New onboarding screens in the app', expect: [TL] },
  { title: 'Redesign the charging dock', expect: [TL] },
  { title: 'CES stand', expect: [TL] },
  { title: 'Reply to app store reviews every week', expect: [JR] },
  { title: 'Keep the firmware release notes upto date', expect: [JR] },
  { title: 'CE / UKCA radio testing for the new tracker', expect: [CO] },
  { title: 'PSTI statement of compliance published for every device we sell', expect: [CO] },
  { title: 'Devices sold in Germany: 15k', expect: [NT, CL], siblings: ['Devices sold in the UK: 60k'] },
]);

// Lineage Probate Research, Leeds: heir hunters tracing the missing relatives of people who died
// without a known heir, for a share of the estate, and for solicitors.
const HEIR_HUNTERS = dom('heir-hunters', [
  { title: 'Get to heirs before the other firms on the Bona Vacantia list do', expect: [] },
  { title: "Make our first letter trusted enough that heirs don't bin it as a scam", expect: [] },
  { title: 'Hire a researcher who can read old German church records', expect: [] },
  { title: "Win more instructions from solicitors with estates they can't distribute", expect: [] },
  { title: "Keep our Government Legal Department panel place when it's retendered", expect: [] },
  {
    title: 'Give solicitors a report they can put straight in front of the court',
    expect: [],
    parent: 'Be the firm solicitors trust with a missing beneficiary',
  },
  {
    title: "Fewer cases stuck because an heir abroad can't be found",
    expect: [],
    siblings: ["Win more instructions from solicitors with estates they can't distribute"],
  },
  { title: 'Stop heirs feeling ripped off by our fee when the estate pays out', expect: [] },
  { title: 'Train researchers to use DNA matches to break through brick walls in family trees', expect: [] },
  {
    title: 'Close cases faster',
    expect: [],
    krs: [{ title: 'Median months from instruction to distribution', unit: 'months', start: 14, target: 9, current: 13 }],
  },
  { title: 'Make us the name people recognise from daytime TV', expect: [NK], krs: [] },
  { title: 'Get heirs to trust us', expect: [KM], krs: empty('Trust') },
  { title: 'Can we get fee income past £2.1m?', expect: [NT] },
  { title: 'Cases won from the BV list: 120', expect: [NT] },
  { title: 'Conversion from first contact to signed agreement', expect: [NT] },
  { title: 'Research team (Mo)', expect: [GC] },
  { title: 'Overseas', expect: [GC] },
  { title: 'Q1 priorities', expect: [GC] },
  { title: 'New case tracking database', expect: [TL] },
  { title: 'Write a guide for solicitors on missing beneficiaries', expect: [TL] },
  { title: 'Check the Bona Vacantia list every morning', expect: [JR] },
  { title: 'update solicitors on each case monthly', expect: [JR] },
  { title: 'AML supervision registration with HMRC renewed', expect: [CO] },
  { title: 'Professional indemnity insurance - renewed before it lapses in Febuary', expect: [CO] },
  { title: 'Research: reach heirs ahead of competitors', expect: [CL], parent: 'Get to heirs before the other firms do' },
]);

// Wyedale College: a land-based further education college (agriculture, animal care, equine,
// arboriculture) with a working farm, an equine centre and apprentices.
const LAND_COLLEGE = dom('land-based-college', [
  { title: 'Get more students from farming families staying on to do the Level 3', expect: [] },
  { title: 'Make the college farm a place local farmers come to see new kit and methods', expect: [] },
  { title: 'Hire a lecturer with a current veterinary nursing background', expect: [] },
  { title: 'Stop animal care students dropping out in their first term', expect: [] },
  { title: 'Keep the college dairy herd paying its way', expect: [] },
  {
    title: 'Start an arboriculture apprenticeship with the council tree teams so they can recruit locally',
    expect: [],
    parent: 'Train the people the countryside needs',
  },
  { title: 'Get every arb apprentice through their chainsaw tickets first time so that councils want to take them on', expect: [] },
  {
    title: 'Get the public using the equine centre in the evenings',
    expect: [],
    siblings: ['Make the college farm a place local farmers come to see new kit and methods'],
  },
  { title: 'Train our own staff in precision farming so students learn on kit farms actually use', expect: [] },
  {
    title: 'Get students into land-based jobs',
    expect: [],
    krs: [
      { title: 'Leavers in land-based work or further study after 6 months', unit: '%', start: 72, target: 85, current: 74 },
    ],
  },
  { title: 'Make students from towns feel they belong here', expect: [NK], krs: [] },
  { title: 'Become the go-to college for tractor driving', expect: [KM], krs: bare('Reputation with farmers') },
  { title: '16-18 enrolments 1,100', expect: [NT] },
  { title: 'Achievement 88%, retention 90%, attendance 92%', expect: [NT] },
  { title: 'Apprenticeship starts', expect: [NT] },
  { title: 'Animal care (Claire)', expect: [GC] },
  { title: 'Estates & farm', expect: [GC] },
  { title: 'Open day in March', expect: [TL] },
  { title: 'Get the new calf shed built', expect: [TL] },
  { title: 'Enrol students on the MIS before the census date', expect: [JR] },
  { title: 'Feed and check the animal unit at weekends on the rota', expect: [JR] },
  { title: 'Mark assignments within 15 working days', expect: [NT, JR] },
  { title: 'Ofsted inspection — keep Good', expect: [CO] },
  { title: 'Every arb tutor holds in-date Lantra chainsaw tickets', expect: [CO] },
  {
    title: 'Cut first-term drop-out on animal care',
    expect: [CL],
    siblings: ['Fewer animal care students leaving in the first term'],
  },
]);

// Calder Lubricants, Huddersfield: blends engine oils, hydraulic oils and cutting fluids; drums,
// IBCs and bulk tankers; private label for motor factors.
const LUBRICANTS = dom('lubricants-blender', [
  { title: 'Win the hydraulic oil supply for a big quarry group', expect: [] },
  { title: 'Cut flushes between blends so less oil ends up as slops', expect: [] },
  { title: 'Hire a formulation chemist with OEM approval experience', expect: [] },
  { title: 'Get our own brand into motor factors rather than just private label', expect: [] },
  { title: 'Keep the Arnold Clark workshops when their oil contract is rebid', expect: [] },
  {
    title: "Cutting fluids that don't go rancid in the sump over a fortnight's shutdown",
    expect: [],
    parent: 'Be the blender machine shops trust with their cutting fluids',
  },
  { title: 'Fewer complaints about wrong lables on drums', expect: [] },
  {
    title: 'Move customers from drums to bulk so fewer empty drums come back',
    expect: [],
    siblings: ['Win the hydraulic oil supply for a big quarry group'],
  },
  { title: 'Make re-refined base oil good enough for our engine oils', expect: [] },
  {
    title: 'Deliver more orders complete',
    expect: [],
    krs: [{ title: 'Orders delivered in full on the day promised', unit: '%', start: 88, target: 97, current: 90 }],
  },
  { title: 'Make our bio-hydraulic fluids the default for forestry kit', expect: [NK], krs: [] },
  { title: 'Make the customer portal useful', expect: [KM], krs: empty('Portal usefulness') },
  { title: 'Litres blended 24m', expect: [NT] },
  { title: 'Slops below 0.5% of throughput', expect: [NT] },
  { title: 'Blend cycle time', expect: [NT] },
  { title: 'Blending hall — days', expect: [GC] },
  { title: 'Lab (Rashid)', expect: [GC] },
  { title: 'New IBC filling head', expect: [TL] },
  { title: '2027 price list', expect: [TL] },
  { title: 'Sample every blend and check the viscosity before it is released', expect: [JR] },
  { title: 'Dip the base oil tanks every Friday', expect: [JR] },
  { title: 'COMAH lower tier notification updated with the HSE', expect: [CO] },
  { title: 'ISO 9001 surveillance audit - no majors', expect: [CO] },
  { title: 'ADR training for every driver, 100% in date', expect: [NT, CO] },
  { title: 'Bulk deliveries — 750 tankers', expect: [NT, CL], siblings: ['Bulk tanker deliveries: 600'] },
]);

export const HOLDOUT_59: Holdout59Entry[] = [
  ...AQUARIUM,
  ...ABRASIVES,
  ...AIRCRAFT,
  ...ART_SHOP,
  ...B_AND_B,
  ...BROWNFIELD,
  ...CAD,
  ...CAMERA_CLUB,
  ...CAMHS,
  ...CHILDRENS_HOME,
  ...COUNTER_FRAUD,
  ...CRAB,
  ...CF_CENTRE,
  ...AGILITY,
  ...ENERGY_ADVICE,
  ...LOCATIONS,
  ...GPS_TRACKER,
  ...HEIR_HUNTERS,
  ...LAND_COLLEGE,
  ...LUBRICANTS,
];

type NodeRow = [key: string, parentKey: string | null, title: string, expect: RuleCode[]];
const plan = (name: string, domain: Holdout59Domain, rows: NodeRow[], cloneGroups: string[][]): Holdout59Plan => ({
  name,
  domain,
  nodes: rows.map(([key, parentKey, title, expect]) => ({ key, parentKey, title, expect })),
  cloneGroups,
});

export const HOLDOUT_59_PLANS: Holdout59Plan[] = [
  plan(
    'Clearwater Aquatics FY27',
    'aquarium-maintenance',
    [
      ['r', null, 'FY27 objectives', [GC]],
      ['ns', 'r', 'Be the aquarium firm every care home in Yorkshire rings first', []],
      ['ops', 'r', 'Service & installs (Dave)', [GC]],
      ['o1', 'ops', 'Cut fish losses in the first month after an install', []],
      ['o2', 'ops', 'Water tests done and logged on every visit', [JR]],
      ['o3', 'ops', 'Service plan clients: 70', [NT]],
      ['o4', 'ops', 'New van for the second install crew', [TL]],
      ['sales', 'r', 'Sales — care & healthcare', [GC]],
      ['s1', 'sales', 'Be the aquarium firm every care home in Yorkshire calls first', [CL]],
      ['s2', 'sales', 'Service plan clients in care homes: 30', [NT, CL]],
      ['s3', 'sales', 'Hire a care sector account manager', []],
      ['shop', 'r', 'Shop (Kirsty)', [GC]],
      ['h1', 'shop', 'Check every tank in the shop for sick fish each morning', [JR]],
      ['h2', 'shop', 'lose fewer fish in the first month after a new install', [CL]],
      ['h3', 'shop', 'Livestock sales per week', [NT]],
    ],
    [
      ['ns', 's1'],
      ['o3', 's2'],
      ['o1', 'h2'],
    ],
  ),
  plan(
    'Pennine Abrasives 2026/27',
    'abrasives-maker',
    [
      ['r', null, '2026/27 plan', [GC]],
      ['ns', 'r', 'Win the foundries back from the importers', []],
      ['prod', 'r', 'Production (Nigel)', [GC]],
      ['p1', 'prod', 'Scrap on 230mm cut-off discs under 2%', [NT]],
      ['p2', 'prod', 'Speed test every batch before it leaves', [JR]],
      ['p3', 'prod', 'Wheels pressed per shift: 1,400', [NT]],
      ['tech', 'r', 'Technical / QA', [GC]],
      ['t1', 'tech', 'Win back the foundries from the importers', [CL]],
      ['t2', 'tech', 'Scrap rate on 115mm discs below 3%', [NT, CL]],
      ['t3', 'tech', 'Check every batch on the speed test rig before it ships', [JR, CL]],
      ['sales', 'r', 'Sales — UK & export', [GC]],
      ['s1', 'sales', 'Foundries: win them back from the importers', [CL]],
      ['s2', 'sales', 'Export sales €1.2m', [NT]],
      ['s3', 'sales', 'Get a national DIY chain stocking our cut-off discs', []],
      ['s4', 'sales', 'Sales meeting every Monday', [JR]],
    ],
    [
      ['ns', 't1', 's1'],
      ['p1', 't2'],
      ['p2', 't3'],
    ],
  ),
  plan(
    'Shannon-Thames Aviation Capital FY27',
    'aircraft-leasing',
    [
      ['r', null, 'FY27 corporate objectives', [GC]],
      ['ns', 'r', 'Be the lessor airlines call first for mid-life narrowbodies', []],
      ['tech', 'r', 'Technical (Siobhan)', [GC]],
      ['t1', 'tech', 'Faster transitions between lessees', []],
      ['t2', 'tech', "Chase every lessee's monthly utilisation report", [JR]],
      ['t3', 'tech', 'Aircraft inspected once a year by our tech reps', [JR]],
      ['rem', 'r', 'Remarketing — EMEA', [GC]],
      ['m1', 'rem', 'Be the first call for airlines wanting mid-life narrowbodies', [CL]],
      ['m2', 'rem', 'Portfolio utilisation 98%', [NT]],
      ['m3', 'rem', 'Place the ATR 72s before their leases run out', []],
      ['m4', 'rem', 'Lease rate factor on new placements above 0.85%', [NT]],
      ['amer', 'r', 'Remarketing — Americas', [GC]],
      ['a1', 'amer', 'Portfolio utilisation in the Americas 96%', [NT, CL]],
      ['a2', 'amer', 'Get the monthly utilisation reports in from every lessee', [JR, CL]],
      ['a3', 'amer', 'Transitions between lessees done faster', [CL]],
    ],
    [
      ['ns', 'm1'],
      ['m2', 'a1'],
      ['t2', 'a2'],
      ['t1', 'a3'],
    ],
  ),
  plan(
    'Linework FY27',
    'cad-software',
    [
      ['r', null, 'FY27 OKRs', [GC]],
      ['ns', 'r', 'Become the CAD fabricators learn on', []],
      ['ns2', 'r', 'Get small fab shops off pirated copies and onto a subscription', []],
      ['plat', 'r', 'Platform team (Arjun)', [GC]],
      ['p1', 'plat', 'Flat patterns right first time, so that fabricators stop checking them by hand', []],
      ['p2', 'plat', 'Patch the build servers every month', [JR]],
      ['p3', 'plat', 'Crash-free sessions 99.5%', [NT]],
      ['growth', 'r', 'Growth (Lena)', [GC]],
      ['g1', 'growth', 'Trial to paid conversion 12%', [NT]],
      ['g2', 'growth', 'Move small fab shops from pirated copies to a subscription', [CL]],
      ['g3', 'growth', 'Become the CAD that fabricators learn on — Growth', [CL]],
      ['sup', 'r', 'Support', [GC]],
      ['u1', 'sup', 'Triage the support queue every morning', [JR]],
      ['u2', 'sup', 'Crash-free sessions on the cloud app 99%', [NT, CL]],
      ['u3', 'sup', 'Answer every ticket within 1 business day', [NT, JR]],
    ],
    [
      ['ns2', 'g2'],
      ['ns', 'g3'],
      ['p3', 'u2'],
    ],
  ),
  plan(
    'CAMHS 2026/27',
    'camhs-team',
    [
      ['r', null, '2026/27 service objectives', [GC]],
      ['ns', 'r', 'Help young people get the right help earlier', []],
      ['east', 'r', 'Getting Help — East', [GC]],
      ['e1', 'east', 'Cut waits from referral to first appointment', []],
      ['e2', 'east', 'Screen every new referral the same day', [JR]],
      ['e3', 'east', 'Referral to treatment within 18 weeks: 92%', [NT]],
      ['west', 'r', 'Getting Help — West', [GC]],
      ['w1', 'west', 'Shorter waits between referral and first appointment', [CL]],
      ['w2', 'west', 'New referrals screened by the duty worker on the day they arrive', [JR, CL]],
      ['w3', 'west', 'Referral to treatment within 18 weeks: 95%', [NT, CL]],
      ['mhst', 'r', 'Mental health support teams in schools', [GC]],
      ['m1', 'mhst', 'Help young people get the right help, earlier', [CL]],
      ['m2', 'mhst', 'Level 3 safeguarding training for all practitioners (mandatory)', [CO]],
      ['crisis', 'r', 'Duty & crisis (Sam)', [GC]],
      ['c1', 'crisis', 'Answer crisis line calls within 3 rings', [NT, JR]],
    ],
    [
      ['e1', 'w1'],
      ['e2', 'w2'],
      ['e3', 'w3'],
      ['ns', 'm1'],
    ],
  ),
  plan(
    'Shared counter fraud service FY27',
    'counter-fraud-team',
    [
      ['r', null, 'FY27 objectives', [GC]],
      ['ns', 'r', 'Stop fraud costing residents money and homes', []],
      ['inv', 'r', 'Investigations (Karen)', [GC]],
      ['i1', 'inv', 'Council homes recovered: 40', [NT]],
      ['i2', 'inv', 'Record every referral within 48 hours', [NT, JR]],
      ['i3', 'inv', 'Fewer cases dropped because evidence was gathered wrong', []],
      ['intel', 'r', 'Intelligence', [GC]],
      ['n1', 'intel', 'Work through all the NFI matches before the deadline', [JR]],
      ['n2', 'intel', 'Log each new referral on the system inside 2 days', [NT, JR, CL]],
      ['n3', 'intel', 'Stop fraud costing our residents money and homes', [CL]],
      ['north', 'r', 'Housing fraud — North district', [GC]],
      ['h1', 'north', 'Council homes recovered in the North district: 15', [NT, CL]],
      ['h2', 'north', 'Stop fraud costing residents homes and money', [CL]],
      ['h3', 'north', 'Spot subletting at the annual tenancy check', []],
      ['south', 'r', 'Housing fraud — South district', [GC]],
    ],
    [
      ['i2', 'n2'],
      ['ns', 'n3', 'h2'],
      ['i1', 'h1'],
    ],
  ),
  plan(
    'Salthouse Shellfish 2027',
    'crab-processor',
    [
      ['r', null, '2027 goals', [GC]],
      ['ns', 'r', 'Make Yorkshire crab something people ask for by name', []],
      ['pick', 'r', 'Picking room (Lorraine)', [GC]],
      ['p1', 'pick', 'Yield 32%', [NT]],
      ['p2', 'pick', 'Clean down the picking room at the end of every shift', [JR]],
      ['p3', 'pick', 'Fewer complaints about shell in the white meat', []],
      ['dress', 'r', 'Dressed crab line', [GC]],
      ['d1', 'dress', 'Meat yield on the dressed line 34%', [NT, CL]],
      ['d2', 'dress', 'Clean down the dressing line after each shift', [JR, CL]],
      ['d3', 'dress', 'Chiller temps checked each morning', [JR]],
      ['sales', 'r', 'Sales & exports', [GC]],
      ['s1', 'sales', 'Make Yorkshire crab a name people ask for', [CL]],
      ['s2', 'sales', 'Keep the Waitrose dressed crab line when they review suppliers', []],
      ['s3', 'sales', 'Live exports to Spain: 300 tonnes', [NT]],
      ['tech', 'r', 'Technical (Amy)', [GC]],
    ],
    [
      ['p1', 'd1'],
      ['p2', 'd2'],
      ['ns', 's1'],
    ],
  ),
  plan(
    'Warm Homes Trust 2026/27',
    'energy-advice-charity',
    [
      ['r', null, 'Our objectives for 2026/27', [GC]],
      ['ns', 'r', 'Fewer people in Leicester living in cold homes', []],
      ['line', 'r', 'Advice line', [GC]],
      ['l1', 'line', 'Ring back every voicemail within one working day', [NT, JR]],
      ['l2', 'line', 'Log every case on Charitylog', [JR]],
      ['l3', 'line', 'Households advised: 4,000', [NT]],
      ['visits', 'r', 'Home visits (Raj)', [GC]],
      ['v1', 'visits', 'Fewer Leicester households living in cold homes', [CL]],
      ['v2', 'visits', 'Write up every visit on Charitylog', [JR, CL]],
      ['v3', 'visits', 'Get landlords to fix the damp we find on visits', []],
      ['comm', 'r', 'Community outreach', [GC]],
      ['c1', 'comm', 'Households advised through outreach: 1,500', [NT, CL]],
      ['c2', 'comm', 'Train community volunteers to spot fuel poverty and refer people to us', []],
      ['c3', 'comm', 'Stall at the Diwali lights switch-on', [TL]],
      ['fund', 'r', 'Fundraising', [GC]],
    ],
    [
      ['ns', 'v1'],
      ['l2', 'v2'],
      ['l3', 'c1'],
    ],
  ),
  plan(
    'Wyedale College 2026-27',
    'land-based-college',
    [
      ['r', null, 'College plan 2026-27', [GC]],
      ['ns', 'r', 'Train the people the countryside needs', []],
      ['ag', 'r', 'Agriculture (Tom)', [GC]],
      ['a1', 'ag', 'Achievement rate 88%', [NT]],
      ['a2', 'ag', 'Mark assignments within 15 working days', [NT, JR]],
      ['a3', 'ag', 'More students leaving with a job or an apprenticeship', []],
      ['an', 'r', 'Animal care (Claire)', [GC]],
      ['n1', 'an', 'Achievement rate on animal care 85%', [NT, CL]],
      ['n2', 'an', 'Assignments marked and back to students inside three weeks', [NT, JR, CL]],
      ['n3', 'an', 'Stop animal care students dropping out in their first term', []],
      ['eq', 'r', 'Equine (Beth)', [GC]],
      ['q1', 'eq', 'Train the people the countryside needs — equine', [CL]],
      ['q2', 'eq', 'Achievement rate in equine: 90%', [NT, CL]],
      ['q3', 'eq', 'Get the public using the equine centre in the evenings', []],
      ['est', 'r', 'Estates & farm', [GC]],
    ],
    [
      ['a1', 'n1', 'q2'],
      ['a2', 'n2'],
      ['ns', 'q1'],
    ],
  ),
  plan(
    'Calder Lubricants FY27',
    'lubricants-blender',
    [
      ['r', null, 'FY27', [GC]],
      ['ns', 'r', 'Be the blender machine shops trust with their cutting fluids', []],
      ['blend', 'r', 'Blending hall — days', [GC]],
      ['b1', 'blend', 'Dip the base oil tanks every Friday', [JR]],
      ['b2', 'blend', 'Slops below 0.5% of throughput', [NT]],
      ['b3', 'blend', 'Sample every blend before release', [JR]],
      ['nights', 'r', 'Blending hall — nights', [GC]],
      ['n1', 'nights', 'Slops under 0.4% of throughput on nights', [NT, CL]],
      ['n2', 'nights', "Check a sample of each blend before it's released", [JR, CL]],
      ['n3', 'nights', 'Cut flushes between blends', []],
      ['sales', 'r', 'Sales (Gemma)', [GC]],
      ['s1', 'sales', 'Be the blender that machine shops trust for cutting fluids', [CL]],
      ['s2', 'sales', 'Keep the Arnold Clark workshops when their oil contract is rebid', []],
      ['s3', 'sales', 'Litres sold 24m', [NT]],
      ['lab', 'r', 'Lab (Rashid)', [GC]],
    ],
    [
      ['b2', 'n1'],
      ['b3', 'n2'],
      ['ns', 's1'],
    ],
  ),
];
