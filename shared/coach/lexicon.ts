/**
 * Word classes the rules reason with. These are general English vocabulary of plans (verbs, units,
 * department names), never phrases copied from particular titles: a rule that only works because a
 * sentence is listed here would not work on the next plan.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Verbs that open objective titles. Used to tell a sentence ("Grow advisory revenue") from a bare
 * label ("Advisory revenue"), which matters for container and KPI titles. Deliberately leaves out
 * words that are far more often nouns at the start of a label (store, finance, market, engineer).
 */
const BASE_VERBS = set(`
  accelerate achieve acknowledge acquire activate add adhere adopt advance align answer apply arrange
  assess assist attain attend attract automate become begin boost break bring build burn call capture chase
  change check choose clean close coach collect complete comply conduct consolidate continue
  contribute convert coordinate cover create cultivate cut decrease deepen define deliver deploy
  design develop digitise digitize do double draft drive earn educate electrify eliminate email
  embed empower enable encourage end engage enhance enrol enroll ensure enter equip establish evolve
  exceed expand experiment extend file finish fix follow forward foster gain generate get give go
  grow halve handle have help hire hit hold host improve increase inspect install integrate introduce
  invest join keep land launch lead learn lift load log lower maintain make manage map mark
  maximise maximize meet migrate minimise minimize modernise modernize monitor move nurture obtain
  offer onboard open optimise optimize organise organize overhaul own participate pass perform
  phone pilot plan post prepare present prevent process produce promote protect prove provide
  publish quadruple raise reach read rebuild reconcile record recruit redesign reduce refresh
  reinvent release remove renew reorganise replace reposition respond restock restore retain
  rethink retire review rework rewrite ring roll run save scale schedule secure sell send serve set
  shadow shift ship shorten sign simplify sit slash solve speed stabilise stabilize standardise
  standardize start stop streamline strengthen submit support sustain take teach test track train
  transform transition triage triple turn tweet undergo unify unlock unload update upgrade upskill
  use validate visit watch win work write find connect shape paint implement fit steer guide inform
  observe speak talk walk travel listen chair facilitate moderate liaise patch supervise pay bill
  reorder replenish refill tidy sweep wash repair verify authorise authorize dispatch pick label let
  put partner qualify declare teach mentor coach present attend refine tell share equip rebuild resolve
  brew bake print shoot cook roast distil distill knit sew weave switch swap distribute edit
  trim appoint mow sow dredge sharpen greet hose descale restring rinse scrub prune groom bathe harvest knock
  preflight proofread hoover vacuum mop polish defrost dust audit draw wire steam settle wrap report probe weed
  query embroider strim reframe brief
  destroy reunite engrave sieve shred laminate fumigate degrease deburr
  decorate redecorate plaster varnish upholster reupholster refurbish
  diagnose recover delight
`);

/** Verbs that only point at a target ("Hit quota", "Meet Q3 targets"); they add no direction. */
export const TARGET_VERBS = set('achieve attain beat deliver exceed hit make meet reach smash');

// ── Containers, scopes, metrics ─────────────────────────────────────────────────────────────

/** Nouns that name a bucket of goals rather than a goal. */
export const CONTAINER_NOUNS = set(`
  goal goals objective objectives target targets okr okrs kpi kpis priority priorities initiative
  initiatives theme themes commitment commitments deliverable deliverables misc miscellaneous other
  others general bau stuff things items todos workstreams agenda aims aim ambitions
`);

/** Months, as titles date things ("…, October", "in Nov"). */
export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);

/** Nouns that name a unit of an organisation: a line ending in one names who, not what. */
export const ORG_UNITS = set(`
  team teams desk studio practice office centre center lab labs bureau squad tribe crew hub unit department division function engineering operations ops region branch board committee council directorate secretariat development relations affairs administration gang gangs crews squads bench workshop shop shed yard room section pathway pathways mdt service services sales house dept ward wards cell clinic
`);

/** Words that only say whose or when: departments, org units, periods, and size adjectives. */
export const SCOPE_WORDS = set(`
  marketing sales engineering product design finance hr people operations ops it legal support
  success data security platform nursing pharmacy admissions fundraising production maths math
  science english department dept team teams division group unit company corporate org
  organisation organization business store school council ward branch region emea apac amer latam
  na uk us eu global regional my our personal individual key main top core overall big major
  important critical annual quarterly yearly monthly weekly year quarter half term semester this
  next current fy the a an for of and in
`);

/** More names of departments and functions, for headings made only of them ("Field Marketing"). */
export const DEPARTMENT_WORDS = set(`
  customer customers field growth brand content recruiting talent infrastructure devops sre qa
  quality analytics research partnerships partner partners channel alliances procurement accounting
  communications comms pr facilities workplace enablement strategy development services
  professional solutions architecture frontend backend mobile web ux ui editorial clinical medical
  supply chain logistics fleet warehouse revenue demand corporate internal tax treasury audit
  risk infra leadership executive office staff board & management
  americas europe asia africa anz dach nordics benelux north south east west central
`);

/** Job titles: a line that only names a role ("VP Engineering", "Head of Sales") groups goals, it is none. */
export const ROLE_WORDS = set(`
  vp svp evp avp ceo cto cfo coo cmo cro cpo cio ciso cso cdo chro cxo chief head heads director
  directors manager managers officer officers president vice founder cofounder gm principal senior
  sr junior jr associate exec lead leads leader leaders owner owners dri liaison
`);

/** Nouns that are measures; a title made of one of these and nothing else is a KPI, not a goal. */
export const METRIC_HEADS = set(`
  factor depth size loss
  revenue revenues arr mrr nrr grr acv tcv bookings sales pipeline margin margins ebitda profit
  profits nps csat ces churn retention conversion conversions mql mqls sql sqls leads lead signups
  downloads installs dau mau wau uptime latency headcount attrition turnover utilisation
  utilization throughput yield score scores rate rates ratio occupancy attendance quota revpar adr
  oee dso dpo cac ltv aov gmv roi roas ctr cpl cpa aht fcr mttr mtbf otif coverage traffic value
  cost costs spend volume volumes count numbers number share time times duration percentage auc
  index performance availability punctuality productivity profitability accuracy mortality
  footfall ridership enrolment enrolments enrollment enrollments absenteeism wastage shrinkage spoilage
  backlog arpu arppu arpa cogs capex opex ebit views pageviews impressions clicks turnaround
  penetration wait income takings membership efficiency
`);

/** Acronyms that are metrics, so "NPS 50" reads as a value rather than a product name. */
export const METRIC_ACRONYMS = set(
  'arr mrr nrr grr acv tcv nps csat ces mql mqls sql sqls dau mau wau revpar adr oee dso dpo cac ltv aov gmv roi roas ctr cpl cpa aht fcr mttr mtbf otif ebitda kpi arpu arppu arpa cogs capex opex ebit ' +
    // Safety, utility and energy measures.
    'lcoe trifr ltifr trir ltir cml saidi saifi caidi pue wue ftr enps cpm mtta mttd mttf',
);

// ── Numbers ─────────────────────────────────────────────────────────────────────────────────

/**
 * A number right after one of these names a thing (Tier 1, Year 9, ISO 9001, berth 7, season 3), not
 * an amount. Only nouns that are no verb: "Screen 500 candidates", "Track 200 shipments" count.
 */
export const IDENTIFIER_BEFORE = set(`
  category cat tier level hole phase stage version release gen generation iso soc type class grade year week day
  month quarter wave sprint step chapter section article title part room ward building floor route
  line zone district plant site lot gate bay band pillar cohort round series windows web industry
  covid key stage module unit pod cell block v version model sev severity priority p mark gpt
  berth pier quay terminal platform hangar runway hall aisle bed lane door wing studio season episode
  scene edition firmware software scope os ios android form schedule crew gang squad shift clause paragraph troop squadron platoon pathway
  gameweek matchday van
`);

/** A number right after one of these is a rank ("top 20 accounts"), which is direction, not target. */
export const RANK_BEFORE = set('top no number rank ranked');

/** Time units, for horizons like "within 10 years" that say when, not how much. */
export const TIME_UNITS = set(
  'second seconds minute minutes hour hours day days week weeks month months quarter quarters year years fortnight fortnights term terms yr yrs wk wks mth mths',
);
export const HORIZON_BEFORE = set('within in over next past last first coming another further beyond before after');

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  thousand: 1000, million: 1e6, billion: 1e9, dozen: 12,
};
/** Number words after these refer to things that exist already ("the two teams"), not a target. */
export const DEFINITE_BEFORE = set('the our these those both your their its my top');

/** Prepositions, determiners and conjunctions: never the thing a number counts. */
export const FUNCTION_WORDS = set(`
  a an the and or but nor of for to in on at by with via through from into onto across within
  about as than then so that this these those it its our my your their per over under after before
  until since during between among while
`);

/** Others a business serves: helping them through their own audit is a service ("Get clients through their Ofsted inspection…"). */
export const CLIENT_NOUNS = set('customers clients tenants suppliers partners schools retailers growers buyers users businesses firms practices');

/** Particles an unknown verb takes before its object ("Hose down the yard", "Bag up the leaves", "Knock out the moulds"). */
export const VERB_PARTICLES = set('up down out off back over in');

/** Verbs that are themselves a multiplier target ("Double the pipeline"). */
export const MULTIPLIER_VERBS = set('double doubling triple tripling quadruple halve halving twofold threefold tenfold');

export const UNIT_WORDS: Readonly<Record<string, string>> = {
  percent: '%', pct: '%', million: '', billion: '', thousand: '', bps: 'bps',
};
export const CURRENCY = set('$ € £ ¥');

/** A person named by their work ("surveyor", "radiographers", "pharmacist"), singular or plural. */
export const STAFF_NOUN = /^[a-z]{2,}(?:or|er|ist|ian|ant|ent)s?$/;

/** Comparators and level words: "to 45", "under 4 hours", "above 90" name the value to reach. */
export const LEVEL_BEFORE = set('to under below above over least most of at reach');

/** Verbs that already say which way a measure should go ("Cut costs", "Grow sales"): a direction, not a name;
 * in -ing before a measure they still direct it ("Growing revenue"). */
export const DIRECTED_VERBS = new Set([
  'grow', 'increase', 'raise', 'boost', 'lift', 'improve', 'maximise', 'maximize', 'accelerate', 'expand', 'drive', 'win',
  'protect', 'double', 'triple', 'halve', 'reduce', 'cut', 'lower', 'decrease', 'shorten', 'speed', 'minimise', 'minimize', 'slash',
  'drop', 'eliminate', 'stabilise', 'stabilize', 'sustain', 'defend',
]);


export const DECREASE_VERBS = set('reduce cut lower decrease halve shorten minimise minimize slash drop eliminate');

// ── Activities and duties ───────────────────────────────────────────────────────────────────

/** Leading words that carry no action of their own ("We will…", "Regularly…"). */
export const LEAD_FILLER = set(
  'i we will to must should shall always regularly consistently actively proactively personally also please',
);

/** Leading words that say the work is already ongoing: a standing duty by definition. */
export const CONTINUITY = set('continue keep carry');

/** Verbs of activity: what you do, whatever comes of it. */
export const TASK_VERBS = set(
  'attend join participate send email phone ring call visit schedule shadow post tweet forward assist speak talk walk observe travel listen chair facilitate liaise contact',
);

/** Verbs that are an activity only with the right particle ("go to", "sit in", "follow up", "help with"). */
export const TASK_PHRASAL: Readonly<Record<string, ReadonlySet<string>>> = {
  present: set('at to'),
  take: set('part'),
  catch: set('up'),
  go: set('to on'),
  sit: set('in on'),
  follow: set('up'),
  help: set('with out'),
  work: set('on'),
  meet: set('with'),
  read: set('up'),
  // "Cut over to the new WMS": the switch-over itself.
  cut: set('over'),
};

/** Particles that turn an activity verb into an idiom ("call out", "call off"). */
export const NOT_TASK_PARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  call: set('out off for down'),
};

/** Verbs that are an activity when their object is one (make calls, hold meetings, write reports). */
export const ACTIVITY_VERBS = set(
  'make do write prepare present organise organize run give deliver host conduct publish produce hold have take book arrange draft read call record film create print',
);

/** An occasion put on once, named by its noun: "Harvest party", "Launch event at Leeds station", "Technician away day". */
export const EVENT_NOUNS = set(`
  tournament party dinner lunch breakfast trail masterclass shoot fair gala festival ceremony celebration reception
  exhibition conference summit offsite retreat awayday day event morning evening barbecue bbq trip outing
  social picnic hunt jamboree fiesta carnival parade fete quiz dance roast popup booth fundraiser launch
  convention championships championship jam forum concert recital gig showcase auction raffle competition drinks
  webinar
`);
/**
 * A piece of work named by its noun, with no verb: "Weighbridge software upgrade", "New ERP
 * go-live", "Yard reorganisation", "Van wraps for the new Transits".
 */
export const PROJECT_NOUNS = set(`
  upgrade upgrades migration rollout redesign revamp overhaul refit refits refurbishment renovation
  installation replacement relaunch rebuild rewrite golive cutover changeover move relocation
  reorganisation reorganization refresh wrap wraps fitout makeover reprint redo extension refurb shopfit
  repaint repaints rewire rewiring resurface resurfacing reroof reroofing respray reline relining repointing
`);
/** Of those, the ones a noun in front names ("Staff barbecue", "Launch party"), however like a verb it looks. */
export const OCCASIONS = set('barbecue bbq party dinner lunch trip outing social event awayday gala ceremony celebration picnic day hunt dance evening night conference roast popup fundraiser launch convention roadshow concert forum');

/** Things made, named by their noun ("Price list for 2027", "New booking app theme"): a piece of work. */
export const DELIVERABLE_NOUNS = set(`
  reels banners banner mailing photography series artwork wrappers packaging pack library footage
  sign signs explainer list lists map maps window windows display displays signage graphics photos
  photographs livery logo logos website menu menus redesign rebrand refresh book programme program
  schedule timetable portal portals kiosk kiosks app dashboard dashboards brochure brochures
  leaflet leaflets guide guides catalogue catalog template templates showreel noticeboard appeal
  script scripts integration integrations scorecard scorecards plugin plugins widget widgets uniforms
`);

/** Things you attend, send or produce as an activity. */
export const ACTIVITY_OBJECTS = set(`
  meeting meetings call calls visit visits standup standups oneonones checkin checkins email emails
  report reports note notes minutes slide slides deck decks presentation presentations webinar
  webinars event events conference conferences show shows session sessions workshop workshops huddle
  huddles round rounds briefing briefings demo demos post posts blog blogs newsletter newsletters
  update updates paper papers retro retros retrospective retrospectives planning review reviews
  interview interviews trip trips evening evenings lunch lunches breakfast stand guild
  catchup catchups coffee coffees party parties dinner dinners offsite offsites social socials
  awayday awaydays celebration celebrations
  roadmap roadmaps guide guides article articles video videos podcast podcasts whitepaper
  whitepapers ebook ebooks playbook playbooks proposal proposals agenda agendas summary summaries
  recap recaps announcement announcements kickoff kickoffs summit summits hackathon hackathons
  meetup meetups survey surveys memo memos doc docs document documents spec specs rfc rfcs
  changelog changelogs faq faqs brief briefs townhall allhands ama amas roundtable roundtables
  talk talks keynote keynotes study studies writeup writeups postmortem postmortems demo walkthrough
  walkthroughs tutorial tutorials sessions lecture lectures class classes bulletin bulletins day days
  weekend weekends camp camps tournament tournaments exercise exercises expo expos fair fairs
  festival festivals drill drills qbr qbrs trailer trailers campaign campaigns page pages
  tasting tastings viewing viewings promotion promotions panel panels screening screenings
  monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday
  saturdays sunday sundays
  manual manuals brochure brochures zine zines leaflet leaflets flyer flyers poster posters prospectus
  prospectuses catalogue catalogues catalog catalogs template templates checklist checklists handout
  handouts factsheet factsheets booklet booklets handbook handbooks
  seminar seminars masterclass masterclasses bootcamp bootcamps roadshow roadshows tour tours assembly
  assemblies ceremony ceremonies gala galas auction auctions raffle raffles showcase showcases retreat retreats brunch
  brunches webcast webcasts livestream livestreams episode episodes mailer mailers mailshot mailshots infographic
  infographics photoshoot photoshoots rehearsal rehearsals premiere premieres takeover takeovers popup popups night nights
  stall stalls booth booths experiment experiments trial trials playtest playtests
`);

/**
 * What is launched or set up as an initiative someone will own and grow, not a thing delivered
 * ("Launch a referral programme", "Set up a customer advisory board"): the article's own kind of
 * objective.
 */
export const INITIATIVES = set(`
  programme program scheme initiative service board track pilot partnership fund academy clinic
  desk community network council movement marketplace practice venture business brand line range
  offer offering product tier plan membership subscription club apprenticeship fellowship residency
  campus hub centre center studio lab school store shop
`);

/** Verbs that, with "up", put a new thing up: "Set up a …", "Stand up a …", "Spin up a …". */
export const SETUP_VERBS = set('set stand spin');

/** Verbs of producing or presenting something: an activity whatever the thing ("Write SOPs", "Exhibit at…"). */
export const PRODUCE_VERBS = set('write draft publish present exhibit organise organize host film blog stream broadcast livestream');

/** Verbs that name a piece of work rather than its result, whatever their object ("Migrate CI to…"). */
export const PROJECT_VERBS = set('migrate buy purchase procure lease redo rewrite format typeset design commission overhaul translate photograph digitise digitize document catalogue localise localize rebrand transcribe integrate refresh refurbish repaint');

/** Where a duty is written down: adding something there makes it part of the job. */
export const DUTY_RECORDS = set('responsibilities duties description descriptions remit profile bau');
/** Words that make such a record the role's own ("job responsibilities", "role profile"). */
export const ROLE_OWNERS = set('job role roles position day');

/** Verbs of checking a stream of work; with "all"/"every" they are a standing duty ("Review all pull requests"). */
export const QUEUE_VERBS = set('review check approve handle verify inspect test monitor track triage answer respond read book');

/** People named by their job: a word before one is part of a name ("Compliance Analyst"), not a cue. */
export const PERSON_NOUNS = set(`
  analyst analysts manager managers officer officers specialist specialists coordinator coordinators
  engineer engineers lead leads director directors consultant consultants counsel auditor auditors
  trainer trainers administrator administrators advisor advisors adviser advisers partner partners
  associate associates assistant assistants clerk clerks champion champions architect architects
  head heads owner owners representative representatives rep reps scientist scientists designer
  designers developer developers recruiter recruiters accountant accountants controller lawyer
  lawyers nurse nurses teacher teachers
`);

/** Verbs of service and upkeep that are a standing duty whatever their object. */
export const DUTY_VERBS = set(
  'answer respond reply process triage reconcile restock file log administer staff clean mark load unload pack maintain invoice supervise tidy sweep wash replenish refill reorder dispatch bill handle calibrate lubricate refuel sanitise sanitize feed moderate chase patrol greet mow',
);

/** Verbs that are a standing duty when their object is routine or the work recurs. */
export const DUTY_IF_ROUTINE = set(`
  update manage monitor track handle review support run check do perform conduct carry prepare dictate decontaminate quote notify
  submit fix record enter plan take look service inspect oversee chase issue book
  complete cover order sort fill keep patch pay repair verify pick label approve authorise authorize
  work apply water rotate balance clear weigh grade sterilise sterilize disinfect charge shelve stack
  scan count wipe mop vacuum defrost descale polish fold unpack bake reset set collect hoover dust mow
  launder groom lock unlock refresh confirm register empty allocate assign match upload strip top rake return
`);

/** "Keep the stockroom tidy": keeping something in a state is upkeep. */
export const KEPT_STATES = set('tidy clean current accurate straight correct stocked organised organized running updated maintained open staffed dry clear complete healthy fed working');

/** Records, queues and upkeep objects that belong to the job itself. */
export const ROUTINE_OBJECTS = set(`
  crm salesforce hubspot jira record records register registers database databases spreadsheet
  spreadsheets tracker trackers board boards ticket tickets queue queues inbox inboxes email emails
  rota rotas timesheet timesheets expense expenses invoice invoices payroll book books account
  accounts stock inventory shelf shelves equipment machine machines server servers environment
  environments documentation wiki website intranet calendar calendars diary diaries file files
  paperwork form forms order orders request requests enquiry enquiries inquiry inquiries query
  queries question questions complaint complaints claim claims shipment shipments delivery
  deliveries bug bugs defect defects patch patches log logs forecast forecasts lesson lessons
  homework vle lms material materials rosters roster shift shifts desk phones post mail
  subscription subscriptions license licenses licence licences backup backups duty duties
  reception helpdesk switchboard till tills counter close call calls rule rules permission
  permissions access alert alerts dashboard dashboards forum forums channel channels
  bins waste recycling floors toilets tables linen laundry dishes trolleys batteries tools kit uniforms
  lockers keys cash float stockroom storeroom pantry fridge fridges freezer freezers signage noticeboard notices payslips
  receipts refunds returns bookings reservations appointments voicemail voicemails messages mailbox specimens
  instruments vehicles alarms rent rents arrears dues boxes grass verges verge livestock cattle subs fees permits jams blockages
`);

/** Records and systems a role keeps current: upkeep, even when the verb is an activity ("Schedule rotas"). */
export const RECORD_OBJECTS = set(`
  crm salesforce hubspot jira record records register registers database databases spreadsheet
  spreadsheets tracker trackers board boards rota rotas roster rosters timesheet timesheets calendar
  calendars diary diaries wiki documentation inbox inboxes queue queues ticket tickets forum forums
  sheet sheets log logs logbook logbooks notes casenotes system
`);

/** Words that say the work recurs or is simply kept up. */
export const FREQUENCY = set(
  // Not "on weekdays" or "on Saturdays": which days is a scope ("fill seats on weekdays"), not upkeep.
  'daily weekly monthly quarterly annual annually yearly every each regular regularly routine routinely ongoing always usual promptly nightly overnight hourly whenever scheduled programmed fortnightly biweekly bimonthly biannually termly',
);

// ── Compliance ──────────────────────────────────────────────────────────────────────────────

export const COMPLIANCE_VERBS = set(
  'complete watch take attend finish pass sign acknowledge read renew refresh submit undergo do undertake sit follow adhere comply observe maintain wear',
);

/** A certificate or licence is compliance whoever gets it and however ("Get the rating certificate"). */
export const CERTIFICATES = set(`
  certificate certificates certification certifications recertification accreditation accreditations revalidation
  licence licences license licenses clearance clearances rating
  permit permits cert certs iso
`);
/** Verbs of getting or keeping a certificate. */
export const CERTIFICATE_VERBS = set('get obtain gain achieve earn secure keep hold renew maintain pass retain');

/** Verbs that are an obligation whatever follows (disclosures, adherence). */
export const OBLIGATION_VERBS = set('comply adhere declare');

/** Objects that are an organisational requirement rather than a change. */
export const COMPLIANCE_OBJECTS = set(`
  training trainings course courses module modules elearning video videos refresher refreshers
  induction certification recertification certificate certificates policy policies handbook
  conductcode attestation attestations declaration declarations audit audits inspection inspections
  procedure procedures protocol protocols guideline guidelines regulation regulations rules sop
  sops quiz quizzes compliance check checks screening vetting assessment assessments clearance
  clearances dpia dpias cla clas nda ndas revalidation cpd hygiene transparency disclosure disclosures
  renewal renewals ppe safeguarding whistleblowing
`);

/** "Audit fieldwork completed", "with no material weaknesses": an audit or inspection reported as passed. */
export const DONE_WORDS = set(`
  completed complete passed pass done signed closed finished renewed submitted clean tested
  certified approved filed accepted audited refreshed ok'd okayed
`);
/** Words that make an obligation everyone's ("for all staff", "by every new freelancer"). */
export const EVERYONE = set('all every everyone everybody each');

/** Markers that make any training or module mandatory by definition. */
export const MANDATORY = set('mandatory compulsory statutory required obligatory');

/** Regimes whose training or audits are compliance whatever verb is used. */
export const REGULATORY = set(`
  gdpr hipaa sox pci aml kyc osha ferpa coshh dot fca sec cqc ofsted haccp itar nist cmmc fedramp psd2 mifid
  dora nis2 riddor loler puwer cpc isps solas marpol iatf brcgs gmp cdm ofcom ofgem ofwat fsa
`);

export const COMPLIANT_WORDS = set('compliant compliance');

// ── Clone comparison ────────────────────────────────────────────────────────────────────────

/**
 * Words that never distinguish one goal from another: function words, possessives, periods and
 * "team" words. Dropping them lets "Grow our advisory revenue in 2026" match "Grow advisory revenue".
 */
export const CLONE_STOP = set(`
  a an the and or but nor of for to in on at by with via through from into onto across within
  about as than then so that this these those it its our my your their his her we us i you they
  them be is are was were been being can could will would should shall may might must do does
  also all every each any some more most much many very just only new same whole entire entirely
  how what which who whom whose where when why while again further once rather instead
  team teams department dept group company organisation organization division
  year years quarter quarters annual annually yearly quarterly fy q1 q2 q3 q4 h1 h2 s1 s2
  last next this current per inside onto among amongst become becomes throughout own
  incl including excl excluding during properly toward towards there
`);

/**
 * Compass words: a region handed the same objective ("… in the north", "… in the south") is the
 * same objective. Part of a place's name ("North America", "East Midlands") they stay.
 */
export const COMPASS = set('north south east west northern southern eastern western central');

/**
 * Words plans use interchangeably, so a copy reworded with one of them is still a copy ("Cut the
 * wait…" / "Reduce the wait…"). Each line is one meaning; its first word stands for all of them.
 */
export const CLONE_SYNONYMS: ReadonlyMap<string, string> = new Map(
  `
  reduce cut lower shorten decrease slash trim minimise minimize shorter fewer less
  stop prevent end eliminate avoid halt not can't cannot don't doesn't won't isn't aren't never ditch couldn't wouldn't shouldn't didn't wasn't weren't hasn't haven't
  turn convert transform make get
  keep maintain retain renew kept
  grow increase raise boost lift grew grown increased raised raising boosted lifted expand expands expanded
  talk speak spoke spoken tell told
  trust rely relies relied depend depends depended
  way route path
  people citizens citizen residents resident neighbour neighbours neighbor neighbors
  production prod output outputs throughput
  cost costs spend spending
  restock restocks replenish replenishes refill refills
  move migrate switch switches swap swaps
  game games fixture fixtures match matches
  approval consent
  start begin
  choose chose pick picks select selects
  outside beyond
  absence absences absenteeism
  client clients customer customers
  employee employees staff workforce
  hire recruit employ
  pupil pupils student students learner learners
  kid kids child children
  build create
  improve enhance
  quick quicker fast faster rapid
  purchase purchases buy buys
  help helps assist assists
  mistake mistakes error errors
  problem problems issue issues
  win earn
  rider riders passenger passengers traveller travellers traveler travelers flyer flyers flier fliers
  call calls calling phone phones phoning ring ringing
  fix fixes solve solves resolve resolves
  regain regains recapture recaptures reclaim reclaims
  revenue revenues income
  shop shops store stores
  independent indie indies
  town towns city cities
  tyre tyres tire tires
  distribute distributes
  month monthly
  week weekly
  fortnight fortnightly
  day daily daytime daytimes
  year yearly annual annually
  quarter quarterly
  availability uptime available
  waste wastage
  travel cross
  fill full
  answer answers answered respond responds responded reply replies replied
  part parts bit bits
  examination examinations exam exams
  record records recorded log logs logged register registers
  ev evs
  member members membership memberships
  complete completes completed completing done finish finished
  paid paying
  fly flies flew flown flying
  legacy legacies
  sell sells sold selling sale sales
  weekday weekdays midweek monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays
  weekend weekends saturday saturdays sunday sundays
  donor donors donate donates donating donation donations
  leak leaks leaky leaking leakage
  lose loses losing lost loss losses disappear disappears disappearing disappeared
  single one
  broadcast tv television
  everyone everybody
  anyone anybody
  someone somebody
  instead rather
  hard harder hardest tough tougher toughest difficult
  university universities uni unis
  young youth
  rural countryside
  temperature temperatures temp temps
  work job jobs
  early earlier sooner
  identify identifies spot spots detect detects
  suitable appropriate eligible
  complex complicated
  referral referrals introduction introductions
  average avg mean
  miss missed missing omit omits omitted omission omissions
  retender retendered retendering rebid rebids
  factory factories manufacturer manufacturers
  minute minutes min mins
  reach reaches hit hits
  subscriber subscribers sub subs
  hour hours hr hrs
  give gives gave given giving hand hands handed handing
  intro intros introductory
  noon midday lunchtime
  leave leaves leaving left dropout dropouts
  spread spreads spreading transmission transmissions transmit transmitted
  charity charities
  reconciliation reconciliations recon recons reconcile reconciles reconciled reconciling
  close closes closing closed closure closures shut shuts shutting shutdown shutdowns
  `
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [first, ...rest] = line.trim().split(/\s+/);
      return [first!, ...rest].map((w) => [w, first!] as const);
    }),
);

/**
 * Every verb any rule knows, so that adding a verb to one class can never leave it unrecognised as
 * the verb a title opens with.
 */
export const VERBS: ReadonlySet<string> = new Set([
  ...BASE_VERBS,
  ...TARGET_VERBS,
  ...CONTINUITY,
  ...TASK_VERBS,
  ...Object.keys(TASK_PHRASAL),
  ...Object.keys(NOT_TASK_PARTICLES),
  ...ACTIVITY_VERBS,
  ...DUTY_VERBS,
  ...DUTY_IF_ROUTINE,
  ...COMPLIANCE_VERBS,
  ...OBLIGATION_VERBS,
  ...PROJECT_VERBS,
  ...PRODUCE_VERBS,
  ...SETUP_VERBS,
  ...CERTIFICATE_VERBS,
  ...QUEUE_VERBS,
  ...MULTIPLIER_VERBS,
  ...DECREASE_VERBS,
]);

/** People a service is for, not staff who must be trained ("first aid courses for all parents"). */
export const SERVED = new Set([
  'parents', 'families', 'children', 'kids', 'residents', 'members', 'pupils', 'students', 'patients', 'visitors', 'guests', 'people', 'carers',
  'learners', 'adults', 'women', 'men', 'girls', 'boys', 'teenagers', 'communities', 'households', 'homeowners', 'landlords', 'renters',
  'farmers', 'owners', 'businesses', 'schools', 'employers', 'citizens', 'fans', 'audiences', 'readers', 'listeners', 'viewers', 'riders', 'passengers',
]);

/** Parts of a day a round comes back to ("each morning", "by 2 in the morning"). */
export const PARTS_OF_DAY = set('morning afternoon evening night');

/** Words that make a measure of what follows ("Average queue at the plaza", "Median days from referral…"). */
export const STATISTICS = set('average avg mean median');

/** Beats of days or weeks a title may open with ("Quarterly client review pack" is a paper made four times a year). */
export const ON_A_BEAT = set('daily nightly weekly fortnightly monthly');

/** Participles that do not end in -ed ("Bowl sludge dug out…", "kilos sold: 9,000"). */
export const IRREGULAR_PARTICIPLES = set(`
  dug done swept kept cut run set sent shut taken made put held written seen hung spread
  sold grown built paid given won caught bought brought shorn sown
`);
