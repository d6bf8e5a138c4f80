import type { RuleCode } from '../../shared/coach/types';

/**
 * The tuning set: labelled objectives the trap coach's rules were written against. The honest
 * measure is the frozen hold-out in holdout.ts, written blind to the rules (see the README).
 *
 * Labelled by the definitions below, not by what the rules happen to do. The main list was written
 * before any rule existed, but the rules were then designed while reading it, so it is in-sample:
 * it guards against regressions and says little about unseen titles. Three hold-out batches were
 * written later, each before the rules saw it; each was measured once, then its misses were used
 * to generalise the rules (by word classes and grammar, never by listing a sentence). Their
 * first measurements, not today's scores, are the estimate for unseen titles (see the README).
 *
 * Labelling definitions (the same ones the README documents):
 * - number-title: the title carries a target quantity (money, %, a count of things, a multiplier
 *   such as "double", a value after a metric or comparator), or is nothing but a metric name.
 *   Not a quantity: years and periods, ranks (#1, number one, top 20), ordinals, identifiers
 *   (Tier-1, SOC 2, ISO 9001, Year 9, v1, 24/7, K-12, 1:1s), compound modifiers (same-day,
 *   90-day) and horizons or scopes ("within 10 years", "the first 1,000 days").
 * - generic-container: names a bucket of goals (goals, objectives, targets, KPIs, OKRs,
 *   priorities...) or only a scope (a department, a period), without a direction.
 * - task-listing: an activity you do (attend, send, hold meetings, make calls, write reports,
 *   work on...) rather than the change it should bring.
 * - job-requirement: a standing duty of the role: keeping records or systems current, working a
 *   queue, routine upkeep and admin, "continue to"/"keep" doing what the job already is.
 * - compliance: mandatory training, courses, policy sign-offs, audits, inspections, adherence.
 *   Only one of compliance > job-requirement > task-listing is expected, the first that applies:
 *   they are three answers to the same question ("where does this belong instead?").
 * - goal-clone: the title repeats its parent or an earlier sibling word for word or nearly.
 * - kr-not-measurable: a KR whose title has no quantity and whose numbers are still empty
 *   (start = target = current = 0) or the untouched default (0 → 100, current 0, no unit).
 * - no-key-results: no KRs at all, unless the title is already shelved or flagged as an
 *   activity (compliance, job-requirement, task-listing), where adding KRs is the wrong advice.
 *
 * `krs` omitted means the harness attaches one well-formed KR, so that title-only entries
 * measure title rules; `krs: []` means the objective really has none.
 */

export type Domain =
  | 'software'
  | 'healthcare'
  | 'sales'
  | 'public-sector'
  | 'education'
  | 'marketing'
  | 'manufacturing'
  | 'retail'
  | 'finance'
  | 'hospitality'
  | 'logistics'
  | 'nonprofit'
  | 'people';

export interface CorpusKr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export type Batch = 'holdout-1' | 'holdout-2' | 'holdout-3';

export interface CorpusEntry {
  title: string;
  domain: Domain;
  expect: RuleCode[];
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  krs?: CorpusKr[];
  batch?: Batch;
}

const e = (domain: Domain, title: string, expect: RuleCode[] = [], extra: Partial<CorpusEntry> = {}): CorpusEntry => ({
  title,
  domain,
  expect,
  ...extra,
});

/** The default KR the app creates: 0 → 100, nothing recorded, no unit. */
const placeholder = (title: string): CorpusKr => ({ title, unit: '', start: 0, target: 100, current: 0 });
const empty = (title: string): CorpusKr => ({ title, unit: '', start: 0, target: 0, current: 0 });

/** First hold-out, written after the main list had been used to design the rules. */
const HOLDOUT_1: CorpusEntry[] = [
  // Good
  e('software', 'Let customers undo any change they make in the editor'),
  e('software', 'Make search feel instant for our largest tenants'),
  e('software', "Retire the monolith's billing module without customer-visible downtime"),
  e('software', 'Move our observability stack to OpenTelemetry'),
  e('software', 'Make accessibility part of the definition of done for every squad'),
  e('software', 'Win the trust of security teams at Fortune 500 prospects'),
  e('software', 'Launch a v2 of the partner API with webhooks'),
  e('software', 'Stop shipping regressions to the mobile apps'),
  e('healthcare', 'Get frail patients home before the weekend'),
  e('healthcare', 'Build a single view of each patient across primary and secondary care'),
  e('healthcare', 'Partner with care homes to stop avoidable ambulance call-outs'),
  e('healthcare', 'Give junior doctors protected time for teaching'),
  e('healthcare', 'Introduce virtual fracture clinics for low-risk injuries'),
  e('healthcare', 'Open a second MRI scanner at the community hospital'),
  e('healthcare', 'Give every patient a named nurse on every shift'),
  e('sales', 'Open the door to procurement teams in the German Mittelstand'),
  e('sales', 'Turn customer success into a source of expansion revenue'),
  e('sales', 'Establish our brand as the default choice for mid-size law firms'),
  e('sales', 'Become the preferred partner of the three largest system integrators'),
  e('sales', 'Sell the platform, not the point solution, to existing customers'),
  e('public-sector', 'Make applying for free school meals a two-minute job'),
  e('public-sector', 'Keep older residents living independently for longer'),
  e('public-sector', 'Restore bus services to villages cut off since 2020'),
  e('public-sector', 'Let residents report street problems from their phones'),
  e('public-sector', 'Turn empty shops on the high street into community spaces'),
  e('public-sector', 'Reach net zero in council buildings by 2030'),
  e('education', 'Get every child reading fluently by the end of Year 3'),
  e('education', 'Make our sixth form the first choice for local students'),
  e('education', 'Bring industry mentors into the engineering degree'),
  e('education', 'Cut teacher workload from data drops'),
  e('education', 'Build a reputation for outstanding SEND provision'),
  e('education', 'Pilot a four-day week for sixth-form timetables'),
  e('marketing', 'Own the conversation on payroll compliance for small businesses'),
  e('marketing', 'Make our customers the heroes of our content'),
  e('manufacturing', 'Qualify a second source for every critical component'),
  e('manufacturing', 'Design packaging that ships without plastic'),
  e('retail', 'Make returns painless for online shoppers'),
  e('retail', 'Stock local producers in every store by autumn'),
  e('finance', 'Give the board a forward-looking view of cash'),
  e('finance', 'Move procurement onto a single purchase-to-pay platform'),
  e('hospitality', 'Turn our restaurant into a destination for Sunday lunch'),
  e('logistics', 'Cut empty miles across the trunking network'),
  e('nonprofit', "Put young people on the charity's board"),
  e('people', 'Make internal moves the first option for career growth'),
  e('people', 'Build a hiring process candidates recommend even when rejected'),

  // Number titles
  e('software', 'Grow weekly active teams from 8,000 to 12,000', ['number-title']),
  e('software', 'Reduce cloud spend 30% year over year', ['number-title']),
  e('healthcare', 'Cut DNA rate to below 5%', ['number-title']),
  e('sales', 'Net new ARR: $3.5M', ['number-title']),
  e('sales', 'Win ten new enterprise customers in the Nordics', ['number-title']),
  e('public-sector', 'Answer 80% of calls within 60 seconds', ['number-title', 'job-requirement']),
  e('education', 'Raise Year 11 attainment 8 score to 50', ['number-title']),
  e('marketing', 'Triple organic sign-ups', ['number-title']),
  e('marketing', 'Customer acquisition cost', ['number-title']),
  e('manufacturing', 'First-pass yield', ['number-title']),
  e('retail', 'Conversion rate', ['number-title']),
  e('finance', 'Working capital days below 40', ['number-title']),
  e('nonprofit', 'Recruit 150 new regular donors', ['number-title']),
  e('people', 'eNPS +20', ['number-title']),
  e('logistics', 'Fewer than 1 in 200 parcels damaged', ['number-title']),
  e('hospitality', 'ADR of €180 in peak season', ['number-title']),
  e('public-sector', 'Number of potholes repaired', ['number-title']),

  // Containers
  e('software', 'Platform team – H1 priorities', ['generic-container']),
  e('healthcare', 'Trust objectives 2026/27', ['generic-container']),
  e('education', 'Key priorities for the English department', ['generic-container']),
  e('sales', 'My goals', ['generic-container']),
  e('nonprofit', 'Strategic objectives', ['generic-container']),
  e('public-sector', 'Highways targets', ['generic-container']),
  e('retail', 'Hit the Q4 targets', ['generic-container']),

  // Task listing
  e('sales', 'Take clients out for lunch', ['task-listing']),
  e('software', 'Attend AWS re:Invent', ['task-listing']),
  e('healthcare', 'Join the sepsis working group', ['task-listing']),
  e('education', "Observe colleagues' lessons", ['task-listing']),
  e('marketing', 'Run a webinar every month', ['task-listing']),
  e('people', 'Meet with each new joiner in their first week', ['task-listing']),
  e('public-sector', 'Go to ward surgeries', ['task-listing']),
  e('nonprofit', 'Speak at three conferences', ['task-listing', 'number-title']),
  e('manufacturing', 'Walk the shop floor daily', ['task-listing']),
  e('software', 'Participate in hackathons', ['task-listing']),

  // Job requirements
  e('software', 'Patch servers monthly', ['job-requirement']),
  e('healthcare', 'Complete discharge paperwork', ['job-requirement']),
  e('public-sector', 'Handle planning enquiries', ['job-requirement']),
  e('education', 'Supervise lunchtime duty', ['job-requirement']),
  e('finance', 'Pay suppliers on time', ['job-requirement']),
  e('retail', 'Keep the stockroom tidy', ['job-requirement']),
  e('logistics', 'Schedule driver rotas', ['job-requirement']),
  e('hospitality', 'Manage bookings and the front desk', ['job-requirement']),
  e('people', 'Run onboarding for new starters', ['job-requirement']),
  e('sales', 'Continue to nurture existing accounts', ['job-requirement']),
  e('nonprofit', 'Respond to supporter emails within two days', ['job-requirement']),

  // Compliance
  e('healthcare', 'Do my mandatory training', ['compliance']),
  e('finance', 'Complete the AML refresher', ['compliance']),
  e('education', 'Attend the Prevent duty training', ['compliance']),
  e('public-sector', 'Declare interests in the annual register', ['compliance']),
  e('manufacturing', 'Ensure all operators follow lockout/tagout procedures', ['compliance']),
  e('people', 'Acknowledge the updated remote work policy', ['compliance']),
  e('logistics', 'Pass the annual fleet safety inspection', ['compliance']),
  e('retail', 'Complete age-verification training for all till staff', ['compliance']),

  // Clones and near misses
  e('sales', 'Make self serve the main way SMB customers buy', ['goal-clone'], {
    parent: 'Make self-serve the main way SMB customers buy from us',
  }),
  e('healthcare', 'Reducing avoidable A&E attendances from care homes', ['goal-clone'], {
    parent: 'Reduce avoidable A&E attendances from care homes',
  }),
  e('sales', 'Grow our North American partner channel', ['goal-clone'], {
    siblings: ['Grow the partner channel in North America', 'Simplify partner onboarding'],
  }),
  e('education', 'Raise the attainment of disadvantaged pupils across the school', ['goal-clone'], {
    parent: 'Raise attainment for disadvantaged pupils',
  }),
  e('public-sector', 'Make the town centre somewhere people want to visit', ['goal-clone'], {
    parent: 'Make our town centre a place people want to visit',
  }),
  e('sales', 'Recruit regional resellers in Canada', [], { parent: 'Grow the partner channel in North America' }),
  e('healthcare', 'Cut wait times for cataract surgery', [], {
    siblings: ['Cut wait times for hip replacements', 'Cut wait times for knee replacements'],
  }),
  e('sales', 'Let SMB customers upgrade plans without talking to sales', [], {
    parent: 'Make self-serve the main way SMB customers buy from us',
  }),

  // Key results
  e('sales', 'Simplify partner onboarding', ['kr-not-measurable'], { krs: [placeholder('Partner onboarding simplified')] }),
  e('healthcare', 'Give junior doctors protected time for teaching', ['kr-not-measurable'], {
    krs: [empty('Rota changes agreed')],
  }),
  e('retail', 'Make returns painless for online shoppers', [], {
    krs: [{ title: 'Returns rated easy by shoppers', unit: '%', start: 61, target: 85, current: 64 }],
  }),
  e('logistics', 'Cut empty miles across the trunking network', [], { krs: [placeholder('Empty running below 12% of miles')] }),
  e('public-sector', 'Turn empty shops on the high street into community spaces', ['kr-not-measurable'], {
    krs: [placeholder('Council agrees the meanwhile-use policy')],
  }),

  // No key results
  e('education', 'Build a reputation for outstanding SEND provision', ['no-key-results'], { krs: [] }),
  e('healthcare', 'Open a second MRI scanner at the community hospital', ['no-key-results'], { krs: [] }),
  e('public-sector', 'Handle planning enquiries', ['job-requirement'], { krs: [] }),
];

/**
 * Second hold-out, written after the fixes prompted by the first one (which is therefore no
 * longer a hold-out, and is kept in the corpus as ordinary data).
 */
const HOLDOUT_2: CorpusEntry[] = [
  // Good
  e('software', 'Make our docs good enough that developers never need to file a ticket'),
  e('software', 'Replace nightly batch jobs with event streaming'),
  e('software', 'give SREs one dashboard they trust during incidents'),
  e('software', 'Bring the Android app to feature parity with iOS'),
  e('software', 'Enable customers to self-host behind their own firewall'),
  e('software', 'Cut flaky tests out of the main pipeline'),
  e('software', 'Launch in Japan with a local partner'),
  e('healthcare', 'Treat more patients in the community instead of in hospital'),
  e('healthcare', 'Make our maternity unit one families recommend'),
  e('healthcare', 'Reduce the paperwork nurses face at every shift change'),
  e('healthcare', 'Stand up a long-COVID clinic with community partners'),
  e('healthcare', 'Detect sepsis earlier on general wards'),
  e('healthcare', 'Become a Level 1 trauma centre for the region'),
  e('sales', 'Expand into Spanish-speaking markets in Latin America'),
  e('sales', 'Make renewals a non-event for our largest customers'),
  e('sales', 'Help resellers sell our managed service without us in the room'),
  e('sales', 'Position ourselves as the specialist for cross-border payroll'),
  e('public-sector', 'End the need for residents to queue at the town hall'),
  e('public-sector', 'Get more people cycling to work safely'),
  e('public-sector', 'Make council tax support simple to claim'),
  e('public-sector', 'Protect our most vulnerable children from exploitation online'),
  e('public-sector', 'Pilot 20mph zones around primary schools'),
  e('education', 'Build confidence in speaking French among Key Stage 3 pupils'),
  e('education', 'Make the library the heart of school life again'),
  e('education', 'Create a clear path from apprenticeship to degree'),
  e('education', 'Reduce exclusions by building a nurture provision'),
  e('marketing', 'Turn our annual report into a story customers share'),
  e('marketing', 'Become known for the best guides on open banking'),
  e('manufacturing', 'Move final assembly closer to our European customers'),
  e('manufacturing', 'Make line changeovers a team sport'),
  e('retail', 'Bring the online catalogue into every store through kiosks'),
  e('finance', 'Make month-end a non-event'),
  e('finance', 'Free the finance team from manual data entry'),
  e('hospitality', 'Make every guest feel like a regular'),
  e('logistics', 'Offer evening delivery slots in every major city'),
  e('nonprofit', 'Give people with lived experience a real say in our services'),
  e('people', "Create a path to leadership for engineers who don't want to manage"),
  e('people', 'Become a four-day-week employer without losing output'),

  // Number titles
  e('software', 'Get 5,000 beta sign-ups before launch', ['number-title']),
  e('finance', 'Grow gross margin to 62%', ['number-title']),
  e('healthcare', 'patient wait time < 30 mins', ['number-title']),
  e('software', 'REDUCE CHURN BY 2 POINTS', ['number-title']),
  e('sales', 'Sign 3 new hospital trusts', ['number-title']),
  e('healthcare', 'Average handle time', ['number-title']),
  e('software', 'Net Revenue Retention', ['number-title']),
  e('nonprofit', 'Twenty new volunteers each month', ['number-title']),
  e('public-sector', 'Save £250k in agency spend', ['number-title']),
  e('people', 'Employee engagement score', ['number-title']),

  // Containers
  e('people', 'Goals for next year', ['generic-container']),
  e('logistics', 'Ops KPIs', ['generic-container']),
  e('software', 'Q2 OKRs – Customer Success', ['generic-container']),
  e('sales', 'Team targets (FY25)', ['generic-container']),
  e('education', 'Priorities', ['generic-container']),

  // Task listing
  e('software', 'I will attend all team huddles', ['task-listing']),
  e('nonprofit', 'Call every lapsed donor', ['task-listing']),
  e('people', 'Present at the quarterly town hall', ['task-listing']),
  e('marketing', 'Write two blog posts per quarter', ['task-listing', 'number-title']),
  e('healthcare', 'Shadow a senior nurse for a week', ['task-listing']),
  e('retail', 'Visit each branch once a quarter', ['task-listing']),
  e('software', 'Hold a stand-up every morning', ['task-listing']),

  // Job requirements
  e('healthcare', 'Keep patient notes up to date', ['job-requirement']),
  e('public-sector', 'Cover reception on Fridays', ['job-requirement']),
  e('hospitality', 'Answer the phones', ['job-requirement']),
  e('finance', 'Approve purchase orders', ['job-requirement']),
  e('software', 'Monitor the security alerts queue', ['job-requirement']),
  e('retail', 'Continue delivering excellent customer service', ['job-requirement']),
  e('retail', 'Processing refunds', ['job-requirement']),
  e('people', "Manage the team's annual leave calendar", ['job-requirement']),

  // Compliance
  e('people', 'Renew my first aid certificate', ['compliance']),
  e('public-sector', 'Complete fire warden training', ['compliance']),
  e('software', 'Sign off the information security policy', ['compliance']),
  e('education', 'Undergo the annual DBS check', ['compliance']),
  e('retail', 'Pass our PCI DSS assessment', ['compliance']),

  // Clones and near misses
  e('healthcare', 'Treat more patients in the community rather than in hospital', ['goal-clone'], {
    parent: 'Treat more patients in the community instead of in hospital',
  }),
  e('sales', 'Expand into Latin American Spanish-speaking markets', ['goal-clone'], {
    siblings: ['Expand into Spanish-speaking markets in Latin America'],
  }),
  e('finance', 'Make month end a non event', ['goal-clone'], { parent: 'Make month-end a non-event' }),
  e('public-sector', 'Get more people cycling safely to work', ['goal-clone'], { parent: 'Get more people cycling to work safely' }),
  e('public-sector', 'Build protected cycle lanes on the three busiest commuter routes', [], {
    parent: 'Get more people cycling to work safely',
  }),
  e('software', 'Launch in Korea with a local partner', [], { siblings: ['Launch in Japan with a local partner'] }),

  // Key results and missing key results
  e('manufacturing', 'Make line changeovers a team sport', ['kr-not-measurable'], {
    krs: [placeholder('Changeovers run by the line team')],
  }),
  e('marketing', 'Become known for the best guides on open banking', [], {
    krs: [{ title: 'Organic visits to the guides', unit: 'visits/month', start: 4000, target: 15000, current: 5200 }],
  }),
  e('education', 'Make the library the heart of school life again', ['no-key-results'], { krs: [] }),
];

/**
 * Third hold-out, written after the fixes prompted by the second. Its first measurement is the
 * honest estimate of how the coach does on titles it has never seen (see the README).
 */
const HOLDOUT_3: CorpusEntry[] = [
  // Good
  e('software', 'Make deployments boring'),
  e('software', 'Let sales engineers spin up a demo environment in minutes'),
  e('software', 'Earn a place on the G2 leaderboard for mid-market CRM'),
  e('software', 'Open our roadmap to customer voting'),
  e('software', 'Kill the legacy admin panel'),
  e('healthcare', 'Put a pharmacist in every care home'),
  e('healthcare', 'Help stroke survivors regain independence at home'),
  e('healthcare', 'Free up beds by speeding discharge to social care'),
  e('healthcare', 'Offer same-week appointments to every child with asthma'),
  e('healthcare', 'Halt the rise in waiting lists for autism assessments'),
  e('sales', 'Move our mid-market customers onto annual contracts'),
  e('sales', 'Crack the US healthcare market'),
  e('sales', 'Build trust with procurement before the RFP lands'),
  e('public-sector', 'Stop families being placed in B&Bs'),
  e('public-sector', 'Make reporting fly-tipping a one-tap job'),
  e('public-sector', 'Bring council services into libraries'),
  e('education', 'Give every Year 7 a reading mentor'),
  e('education', 'Make careers advice part of every subject'),
  e('education', 'Win back trust with parents after the Ofsted report'),
  e('marketing', 'Make our webinars worth giving up a lunch hour for'),
  e('marketing', 'Get analysts to cover us as a challenger'),
  e('manufacturing', 'Bring scrap back into the production loop'),
  e('manufacturing', 'Automate quality inspection on the bottling line'),
  e('retail', 'Make the app the easiest way to shop with us'),
  e('finance', 'Replace spreadsheets with a proper planning tool'),
  e('hospitality', 'Win a Michelin star for the restaurant'),
  e('logistics', 'Guarantee next-day delivery across Scotland'),
  e('nonprofit', 'Help more carers know their rights'),
  e('people', 'Make pay fair and transparent at every level'),
  e('people', 'Grow our own data engineers through apprenticeships'),

  // Number titles
  e('software', 'Get NPS above 60', ['number-title']),
  e('finance', 'Process 95% of invoices within 5 days', ['number-title', 'job-requirement']),
  e('healthcare', 'Bring DTOC down to 3.5%', ['number-title']),
  e('healthcare', 'Open five new clinics', ['number-title']),
  e('retail', 'Customer lifetime value', ['number-title']),
  e('sales', 'Book 40 demos a month', ['number-title', 'task-listing']),
  e('sales', 'Q3 bookings', ['number-title']),
  e('sales', '£1m of new business from partners', ['number-title']),

  // Containers
  e('sales', 'Our targets', ['generic-container']),
  e('software', 'Customer success objectives for H2', ['generic-container']),
  e('people', '2026 company goals', ['generic-container']),

  // Task listing
  e('marketing', 'Go to at least two industry events', ['task-listing', 'number-title']),
  e('finance', 'Send monthly updates to investors', ['task-listing']),
  e('people', 'Take part in the mentoring scheme', ['task-listing']),
  e('sales', 'Catch up with each account manager weekly', ['task-listing']),
  e('people', 'Organise the summer party', ['task-listing']),

  // Job requirements
  e('marketing', 'Keep the website up to date', ['job-requirement']),
  e('finance', 'Run the month-end close', ['job-requirement']),
  e('sales', 'Respond to RFP questions', ['job-requirement']),
  e('software', 'Manage the on-call rota', ['job-requirement']),
  e('hospitality', 'Order stock for the café', ['job-requirement']),

  // Compliance
  e('software', 'Complete the cyber security awareness module', ['compliance']),
  e('education', 'Refresh my safeguarding certificate', ['compliance']),
  e('people', 'Read and sign the whistleblowing policy', ['compliance']),
  e('healthcare', 'Attend mandatory infection control training', ['compliance']),

  // Clones and near misses
  e('software', 'Make our deployments boring', ['goal-clone'], { parent: 'Make deployments boring' }),
  e('healthcare', 'Put pharmacists into all care homes', ['goal-clone'], {
    siblings: ['Put a pharmacist in every care home', 'Help stroke survivors regain independence at home'],
  }),
  e('sales', 'Crack the US market for healthcare', ['goal-clone'], { parent: 'Crack the US healthcare market' }),
  e('sales', 'Win three reference customers among US hospital systems', ['number-title'], {
    parent: 'Crack the US healthcare market',
  }),
  e('public-sector', 'Bring council services into GP surgeries', [], { siblings: ['Bring council services into libraries'] }),

  // Key results and missing key results
  e('software', 'Kill the legacy admin panel', ['kr-not-measurable'], { krs: [placeholder('Admin panel switched off')] }),
  e('nonprofit', 'Help more carers know their rights', [], {
    krs: [{ title: 'Carers reached with rights advice', unit: 'carers', start: 0, target: 2500, current: 300 }],
  }),
  e('hospitality', 'Win a Michelin star for the restaurant', ['no-key-results'], { krs: [] }),
];

export const CORPUS: CorpusEntry[] = [
  // ── Software ────────────────────────────────────────────────────────────────────────────
  e('software', 'Make self-serve onboarding the default path for new SMB customers'),
  e('software', 'Launch usage-based pricing for the analytics add-on'),
  e('software', 'Pilot an AI-assisted triage flow in the support portal'),
  e('software', 'Become the most trusted data platform for regulated industries'),
  e('software', 'Ship offline mode so field engineers can work without signal'),
  e('software', 'Cut the time from commit to production for the payments team'),
  e('software', 'Build a tier-1 partner integration marketplace'),
  e('software', 'Earn SOC 2 Type II certification to unlock enterprise deals'),
  e('software', 'Migrate our customers off the legacy v1 API without losing a single account'),
  e('software', 'Make the mobile app fast enough that nobody notices loading'),
  e('software', 'Turn product analytics into a weekly habit for every squad'),
  e('software', 'Rebuild the checkout so it works on 3G connections'),
  e('software', 'Give enterprise admins full control over data residency'),
  e('software', 'Reduce the on-call burden on the platform team'),
  e('software', 'Establish a design system that every product team adopts'),
  // Relabelled for issue 10, whose definition makes a bare migration an activity ("Migrate…").
  e('software', 'Migrate to Postgres 16', ['task-listing']),
  e('software', 'Upgrade all services to Node 22'),
  e('software', 'Make our public API the easiest in fintech to integrate with'),
  e('software', 'Increase ARR by 25%', ['number-title']),
  e('software', '# of active workspaces', ['number-title']),
  e('software', 'Reach 99.95% API uptime', ['number-title']),
  e('software', 'Ship 12 features this quarter', ['number-title']),
  e('software', 'Improve NPS to 45', ['number-title']),
  e('software', 'Sign up 500 new trial users per month', ['number-title']),
  e('software', 'Halve p95 latency on search', ['number-title']),
  e('software', 'MRR', ['number-title']),
  e('software', 'Engineering goals H2', ['generic-container']),
  e('software', 'Product team OKRs 2026', ['generic-container']),
  e('software', 'Attend sprint planning and retros', ['task-listing']),
  e('software', 'Join the weekly architecture guild', ['task-listing']),
  e('software', 'Write release notes for every deploy', ['task-listing']),
  e('software', 'Do code reviews', ['task-listing']),
  e('software', 'Review pull requests within one working day', ['job-requirement']),
  e('software', 'Keep the Jira board up to date', ['job-requirement']),
  e('software', 'Respond to customer bug reports', ['job-requirement']),
  e('software', 'Fix bugs', ['job-requirement']),
  e('software', 'Maintain the staging environment', ['job-requirement']),
  e('software', 'Complete secure coding training', ['compliance']),
  e('software', 'Sign the acceptable use policy', ['compliance']),

  // ── Healthcare ──────────────────────────────────────────────────────────────────────────
  e('healthcare', 'Pilot remote monitoring for heart-failure patients after discharge'),
  e('healthcare', 'Make the emergency department the safest place to hand over care'),
  e('healthcare', 'Reduce avoidable readmissions among frail elderly patients'),
  e('healthcare', 'Bring mental-health support into every GP practice in the district'),
  e('healthcare', "Become the region's first choice for orthopaedic surgery"),
  e('healthcare', 'Open a nurse-led same-day clinic for minor injuries'),
  e('healthcare', 'Give patients access to their own records through the app'),
  e('healthcare', 'Build a 24/7 virtual ward for respiratory patients'),
  e('healthcare', 'Shorten the journey from referral to diagnosis for suspected cancer'),
  e('healthcare', 'Create a culture where staff feel safe to report near misses'),
  e('healthcare', 'Roll out electronic prescribing across all inpatient wards'),
  e('healthcare', 'Eliminate hospital-acquired pressure ulcers on our surgical wards'),
  e('healthcare', 'Reduce sepsis mortality'),
  e('healthcare', 'Launch a community-based diabetes prevention programme with local pharmacies'),
  e('healthcare', 'Make it easy for new parents to find support in the first 1,000 days'),
  e('healthcare', 'Reduce A&E waiting times to under 4 hours', ['number-title']),
  e('healthcare', '95% of patients seen within 18 weeks', ['number-title']),
  e('healthcare', 'Bed occupancy', ['number-title']),
  e('healthcare', 'Patient satisfaction score above 90', ['number-title']),
  e('healthcare', 'Increase flu vaccination uptake to 80%', ['number-title']),
  e('healthcare', 'Hire 40 nurses', ['number-title']),
  e('healthcare', 'Achieve zero never events', ['number-title']),
  e('healthcare', 'Ward 7 goals for 2026', ['generic-container']),
  e('healthcare', 'Nursing objectives Q1', ['generic-container']),
  e('healthcare', 'Attend ward rounds', ['task-listing']),
  e('healthcare', 'Sit in on multidisciplinary team meetings', ['task-listing']),
  e('healthcare', 'Update patient records in Epic', ['job-requirement']),
  e('healthcare', 'Answer the nurse call bells promptly', ['job-requirement']),
  e('healthcare', 'Do the daily medication reconciliation', ['job-requirement']),
  e('healthcare', 'Restock the crash trolleys', ['job-requirement']),
  e('healthcare', 'Process discharge summaries', ['job-requirement']),
  e('healthcare', 'Complete annual manual handling training', ['compliance']),
  e('healthcare', 'Pass the CQC inspection', ['compliance']),
  e('healthcare', 'Complete HIPAA privacy training', ['compliance']),
  e('healthcare', 'Follow the hand hygiene policy', ['compliance']),

  // ── Sales ───────────────────────────────────────────────────────────────────────────────
  e('sales', 'Grow Strategic Advisory Revenue'),
  e('sales', 'Deepen Client Relationships via Continuous Learning Programs'),
  e('sales', 'Pilot a Knowledge Gap Audit for Tier-1 accounts to drive organic retraining growth'),
  e('sales', 'Become the #1 Choice for Digital Transformation in Europe'),
  e('sales', 'Break into the mid-market manufacturing segment in the Nordics'),
  e('sales', 'Turn our top 20 accounts into reference customers'),
  e('sales', 'Shift our pipeline from one-off projects to recurring contracts'),
  e('sales', 'Make partners our biggest source of new business'),
  e('sales', 'Win back customers we lost to low-cost competitors'),
  e('sales', 'Build a repeatable enterprise sales motion for the healthcare vertical'),
  e('sales', 'Land our first public-sector framework agreement'),
  e('sales', 'Shorten sales cycles for renewals in EMEA'),
  e('sales', '$5M ARR', ['number-title']),
  e('sales', '# MQLs', ['number-title']),
  e('sales', 'Close 30 new logos', ['number-title']),
  e('sales', 'Pipeline coverage 3x', ['number-title']),
  e('sales', 'Grow revenue from existing accounts by $1.2M', ['number-title']),
  e('sales', 'Hit quota', ['number-title']),
  e('sales', 'Sales targets 2026', ['generic-container']),
  e('sales', 'Q3 Goals', ['generic-container']),
  e('sales', 'EMEA Sales KPIs', ['generic-container']),
  e('sales', 'Attend client meetings', ['task-listing']),
  e('sales', 'Make 60 cold calls a day', ['task-listing', 'number-title']),
  e('sales', 'Send proposals after every discovery call', ['task-listing']),
  e('sales', 'Follow up on every inbound lead', ['task-listing']),
  e('sales', 'Update the CRM', ['job-requirement']),
  e('sales', 'Log all customer calls in Salesforce', ['job-requirement']),
  e('sales', 'Prepare the monthly forecast', ['job-requirement']),
  e('sales', 'Complete anti-bribery training', ['compliance']),

  // ── Public sector ───────────────────────────────────────────────────────────────────────
  e('public-sector', 'Make it possible to renew a driving licence entirely online'),
  e('public-sector', 'Cut the backlog of planning applications so residents get faster decisions'),
  e('public-sector', 'Make our town centre a place families choose to spend Saturdays'),
  e('public-sector', 'Become a carbon-neutral council within 10 years'),
  e('public-sector', 'Give every resident a single account for all council services'),
  e('public-sector', 'Bring broadband to the last unconnected villages in the county'),
  e('public-sector', 'Prevent homelessness before families reach crisis point'),
  e('public-sector', 'Restore public trust in how we handle complaints'),
  e('public-sector', 'Move the permit process from paper to a digital service'),
  e('public-sector', 'Reduce rough sleeping in the city centre this winter'),
  e('public-sector', 'Open up council data so local businesses can build on it'),
  e('public-sector', 'Pilot participatory budgeting in two wards', ['number-title']),
  e('public-sector', 'Resolve 90% of complaints at first contact', ['number-title']),
  e('public-sector', 'Collect 98% of council tax', ['number-title']),
  e('public-sector', 'Reduce processing time for housing benefit claims to 10 days', ['number-title']),
  e('public-sector', 'Build 1,200 affordable homes by 2030', ['number-title']),
  e('public-sector', 'Youth unemployment rate', ['number-title']),
  e('public-sector', 'Council priorities 2025-2026', ['generic-container']),
  e('public-sector', 'Department objectives', ['generic-container']),
  e('public-sector', 'Miscellaneous', ['generic-container']),
  e('public-sector', 'Attend council committee meetings', ['task-listing']),
  e('public-sector', 'Prepare papers for the cabinet meeting', ['task-listing']),
  e('public-sector', 'Attend the LGA conference', ['task-listing']),
  e('public-sector', 'Process FOI requests', ['job-requirement']),
  e('public-sector', 'Answer resident enquiries', ['job-requirement']),
  e('public-sector', 'Maintain the asset register', ['job-requirement']),
  e('public-sector', 'Complete the annual data protection e-learning', ['compliance']),
  e('public-sector', 'Comply with the Public Sector Equality Duty', ['compliance']),
  e('public-sector', 'Pass the external audit with no qualifications', ['compliance']),
  e('public-sector', 'Complete the mandatory safeguarding module', ['compliance']),

  // ── Education ───────────────────────────────────────────────────────────────────────────
  e('education', 'Close the reading gap for disadvantaged pupils by the end of Year 2'),
  e('education', 'Make every lesson start with a purpose pupils can explain'),
  e('education', 'Launch a peer tutoring programme run by sixth-formers'),
  e('education', 'Become the school parents recommend for children with SEND'),
  e('education', 'Build a K-12 computer science pathway across the district'),
  e('education', 'Help first-generation students feel they belong from week one'),
  e('education', 'Redesign the Year 9 curriculum around real-world projects'),
  e('education', 'Give teachers back time by rethinking marking'),
  e('education', 'Pilot project-based learning in the science department'),
  e('education', 'Turn our alumni into a mentoring network for current students'),
  e('education', 'Raise attainment in maths for pupils eligible for free school meals'),
  e('education', 'Attract more international students to our engineering programmes'),
  e('education', 'Improve GCSE pass rate to 75%', ['number-title']),
  e('education', 'Attendance 96%', ['number-title']),
  e('education', 'Enrol 300 new students', ['number-title']),
  e('education', 'Reduce persistent absence below 10%', ['number-title']),
  e('education', 'Graduation rate', ['number-title']),
  e('education', 'Double the number of pupils taking A-level physics', ['number-title']),
  e('education', 'School improvement plan targets', ['generic-container']),
  e('education', 'Maths department goals 2025/26', ['generic-container']),
  e('education', "Attend parents' evening", ['task-listing']),
  e('education', 'Hold weekly department meetings', ['task-listing']),
  e('education', 'Write end-of-term reports', ['task-listing']),
  e('education', 'Go on the Year 10 residential trip', ['task-listing']),
  e('education', 'Mark homework', ['job-requirement']),
  e('education', 'Take the register every morning', ['job-requirement']),
  e('education', 'Plan and deliver lessons', ['job-requirement']),
  e('education', 'Update the VLE with course materials', ['job-requirement']),
  e('education', 'Complete safeguarding training', ['compliance']),
  e('education', 'Read the staff handbook', ['compliance']),

  // ── Marketing ───────────────────────────────────────────────────────────────────────────
  e('marketing', 'Make our brand the first thing CFOs think of for spend management'),
  e('marketing', 'Build a community of practitioners around our open-source SDK'),
  e('marketing', 'Reposition the product from tool to platform in the analyst market'),
  e('marketing', 'Launch the brand in Germany with a local-first content strategy'),
  e('marketing', 'Increase website traffic by 40%', ['number-title']),
  e('marketing', '1,000 MQLs per quarter', ['number-title']),
  e('marketing', 'Cost per lead', ['number-title']),
  e('marketing', 'Publish 4 blog posts a month', ['number-title', 'task-listing']),
  e('marketing', 'Marketing objectives', ['generic-container']),
  e('marketing', 'Post on LinkedIn every day', ['task-listing']),
  e('marketing', 'Attend trade shows to generate leads', ['task-listing']),
  e('marketing', 'Manage social media accounts', ['job-requirement']),

  // ── Manufacturing ───────────────────────────────────────────────────────────────────────
  e('manufacturing', 'Make Plant 2 the benchmark for changeover speed in the group'),
  e('manufacturing', 'Bring predictive maintenance to the packaging lines'),
  e('manufacturing', 'Move from reactive to planned maintenance on line 3'),
  e('manufacturing', 'Build a supplier base that can survive a port closure'),
  e('manufacturing', 'Make safety the first topic in every shift handover'),
  e('manufacturing', 'OEE 85%', ['number-title']),
  e('manufacturing', 'Reduce scrap by 15%', ['number-title']),
  e('manufacturing', 'Production targets Q2', ['generic-container']),
  e('manufacturing', 'Attend the daily production meeting', ['task-listing']),
  e('manufacturing', 'Clean and inspect machines at end of shift', ['job-requirement']),
  e('manufacturing', 'Complete forklift safety recertification', ['compliance']),
  e('manufacturing', 'Pass the ISO 9001 surveillance audit', ['compliance']),

  // ── Retail ──────────────────────────────────────────────────────────────────────────────
  e('retail', 'Turn store staff into product experts customers seek out'),
  e('retail', 'Launch click-and-collect in every store'),
  e('retail', 'Become the go-to shop for sustainable outdoor gear'),
  e('retail', 'Build a loyalty programme customers actually use'),
  e('retail', 'Like-for-like sales +5%', ['number-title']),
  e('retail', 'Average basket value', ['number-title']),
  e('retail', 'Store goals', ['generic-container']),
  e('retail', 'Restock shelves', ['job-requirement']),
  e('retail', 'Watch the new till system video', ['compliance']),

  // ── Finance ─────────────────────────────────────────────────────────────────────────────
  e('finance', 'Close the books faster so leaders decide on fresh numbers'),
  e('finance', 'Give budget holders a live view of their spend'),
  e('finance', 'Automate supplier invoice matching end to end'),
  e('finance', 'EBITDA margin of 18%', ['number-title']),
  e('finance', 'Reduce DSO to 45 days', ['number-title']),
  e('finance', 'Finance team objectives FY26', ['generic-container']),
  e('finance', 'Reconcile bank accounts', ['job-requirement']),
  e('finance', 'Submit expense reports on time', ['job-requirement']),
  e('finance', 'Run payroll', ['job-requirement']),
  e('finance', 'Complete SOX controls attestation', ['compliance']),

  // ── Hospitality ─────────────────────────────────────────────────────────────────────────
  e('hospitality', 'Make our hotel the base for walking holidays in the Lakes'),
  e('hospitality', 'Create a guest experience that earns us repeat bookings'),
  e('hospitality', 'Open a rooftop bar that locals choose over the city centre'),
  e('hospitality', 'RevPAR £120', ['number-title']),
  e('hospitality', 'Occupancy above 85%', ['number-title']),
  e('hospitality', 'Attend the morning briefing', ['task-listing']),
  e('hospitality', 'Check guests in and out', ['job-requirement']),
  e('hospitality', 'Complete food hygiene level 2 certificate', ['compliance']),

  // ── Logistics ───────────────────────────────────────────────────────────────────────────
  e('logistics', 'Make same-day delivery profitable in tier-2 cities'),
  e('logistics', 'Give customers a delivery window they can trust'),
  e('logistics', 'Electrify the last-mile fleet in London'),
  e('logistics', 'On-time delivery 98%', ['number-title']),
  e('logistics', 'Track shipments', ['job-requirement']),
  e('logistics', 'Load the trucks', ['job-requirement']),
  e('logistics', 'Complete the annual DOT hours-of-service training', ['compliance']),

  // ── Nonprofit ───────────────────────────────────────────────────────────────────────────
  e('nonprofit', 'Reach families in rural counties who have never heard of our service'),
  e('nonprofit', 'Build a volunteer network that can run events without staff'),
  e('nonprofit', 'Make monthly giving the way most supporters give'),
  e('nonprofit', 'Grow unrestricted income from individual givers'),
  e('nonprofit', 'Raise £2m', ['number-title']),
  e('nonprofit', 'Fundraising goals 2026', ['generic-container']),
  e('nonprofit', 'Send the supporter newsletter', ['task-listing']),
  e('nonprofit', 'Attend networking events', ['task-listing']),
  e('nonprofit', 'Process gift aid claims', ['job-requirement']),

  // ── People ──────────────────────────────────────────────────────────────────────────────
  e('people', 'Make us the place senior engineers want to work in Berlin'),
  e('people', 'Build a promotion process people trust'),
  e('people', 'Help new managers lead their first team with confidence'),
  e('people', 'Headcount 250', ['number-title']),
  e('people', 'Reduce attrition to 10%', ['number-title']),
  e('people', 'HR priorities', ['generic-container']),
  e('people', 'Schedule interviews', ['task-listing']),
  e('people', 'Have monthly 1:1s with each direct report', ['task-listing']),
  e('people', 'Conduct annual performance reviews', ['job-requirement']),
  e('people', 'Answer employee questions about benefits', ['job-requirement']),
  e('people', 'Complete unconscious bias training', ['compliance']),

  // ── Goal clones: repeats of a parent or an earlier sibling ──────────────────────────────
  e('sales', 'Grow strategic advisory revenue', ['goal-clone'], { parent: 'Grow Strategic Advisory Revenue' }),
  e('sales', 'Deepen client relationships via continuous learning programmes', ['goal-clone'], {
    parent: 'Deepen Client Relationships via Continuous Learning Programs',
  }),
  e('sales', 'Deepen client relationships through continuous learning programs.', ['goal-clone'], {
    parent: 'Deepen client relationships via continuous learning programs',
  }),
  e('healthcare', 'Become the first choice for orthopaedic surgery in the region', ['goal-clone'], {
    parent: "Become the region's first choice for orthopaedic surgery",
  }),
  e('software', 'Make self-serve onboarding the default for new SMB customers', ['goal-clone'], {
    parent: 'Make self-serve onboarding the default path for new SMB customers',
  }),
  e('retail', 'Launch click and collect in all stores', ['goal-clone'], {
    siblings: ['Launch click-and-collect in every store', 'Train store staff on the new loyalty app'],
  }),
  e('healthcare', 'Reduce avoidable readmissions among frail, elderly patients', ['goal-clone'], {
    siblings: ['Reduce avoidable readmissions among frail elderly patients', 'Open a nurse-led same-day clinic for minor injuries'],
  }),
  e('education', 'Close the reading gap for our disadvantaged pupils in 2026', ['goal-clone'], {
    parent: 'Close the reading gap for disadvantaged pupils',
  }),
  e('sales', 'Build a repeatable enterprise sales motion for healthcare', ['goal-clone'], {
    parent: 'Build a repeatable enterprise sales motion for the healthcare vertical',
  }),
  e('public-sector', 'Make it possible to renew driving licences online', ['goal-clone'], {
    parent: 'Make it possible to renew a driving licence entirely online',
  }),
  e('sales', 'Shorten the sales cycle for EMEA renewals', ['goal-clone'], { parent: 'Shorten sales cycles for renewals in EMEA' }),
  e('sales', 'Become the number one choice for digital transformation in Europe', ['goal-clone'], {
    parent: 'Become the #1 Choice for Digital Transformation in Europe',
  }),
  e('logistics', "Electrify London's last-mile fleet", ['goal-clone'], {
    siblings: ['Electrify the last-mile fleet in London', 'Give customers a delivery window they can trust'],
  }),
  e('nonprofit', 'Grow unrestricted income from individual givers', ['goal-clone'], {
    parent: 'Grow unrestricted income from individual givers',
  }),
  e('education', 'Turn alumni into a mentoring network for students', ['goal-clone'], {
    parent: 'Turn our alumni into a mentoring network for current students',
  }),
  e('software', 'Ship offline mode so that field engineers can work without a signal', ['goal-clone'], {
    siblings: ['Ship offline mode so field engineers can work without signal', 'Cut the time from commit to production for the payments team'],
  }),
  e('education', 'Give our teachers back time by rethinking how we mark', ['goal-clone'], {
    parent: 'Give teachers back time by rethinking marking',
  }),
  e('healthcare', 'Bring mental health support into GP practices', ['goal-clone'], {
    parent: 'Bring mental-health support into every GP practice in the district',
  }),
  e('sales', 'Grow strategic advisory revenue in DACH', ['goal-clone'], { parent: 'Grow strategic advisory revenue' }),

  // ── Not clones: children and siblings that share words but pull a different lever ──────
  e('sales', 'Deepen Client Relationships via Continuous Learning Programs', [], { parent: 'Grow Strategic Advisory Revenue' }),
  e('sales', 'Pilot a Knowledge Gap Audit for Tier-1 accounts to drive organic retraining growth', [], {
    parent: 'Deepen Client Relationships via Continuous Learning Programs',
  }),
  e('healthcare', 'Cut the wait for hip and knee replacements at the day-surgery unit', [], {
    parent: "Become the region's first choice for orthopaedic surgery",
  }),
  e('software', 'Replace the onboarding call with an in-app setup checklist', [], {
    parent: 'Make self-serve onboarding the default path for new SMB customers',
  }),
  e('retail', 'Launch a returns desk in every store', [], {
    siblings: ['Launch click-and-collect in every store', 'Build a loyalty programme customers actually use'],
  }),
  e('healthcare', 'Reduce avoidable readmissions among heart-failure patients through pharmacist follow-up', [], {
    parent: 'Reduce avoidable readmissions among frail elderly patients',
  }),
  e('education', 'Close the reading gap for disadvantaged pupils in Year 1 through daily phonics catch-up', [], {
    parent: 'Close the reading gap for disadvantaged pupils',
  }),
  e('sales', 'Grow revenue from partners in Benelux', [], {
    siblings: ['Grow revenue from partners in DACH', 'Grow revenue from partners in the Nordics'],
  }),
  e('sales', 'Shorten the legal review step for renewals in the DACH region', [], {
    parent: 'Shorten sales cycles for renewals in EMEA',
  }),
  e('marketing', 'Make our brand the first thing procurement leads think of', [], {
    parent: 'Make our brand the first thing CFOs think of for spend management',
  }),
  e('healthcare', 'Open a nurse-led same-day clinic for sexual health', [], {
    siblings: ['Open a nurse-led same-day clinic for minor injuries', 'Pilot remote monitoring for heart-failure patients after discharge'],
  }),
  e('nonprofit', 'Make monthly giving the way most supporters give', [], { parent: 'Grow unrestricted income from individual givers' }),
  e('public-sector', "Electrify the council's vehicle fleet", [], { parent: 'Become a carbon-neutral council within 10 years' }),
  e('sales', 'Build a repeatable enterprise sales motion for the public-sector vertical', [], {
    siblings: ['Build a repeatable enterprise sales motion for the healthcare vertical'],
  }),
  e('education', 'Replace written marking with live feedback in Year 8 English', [], {
    parent: 'Give teachers back time by rethinking marking',
  }),
  e('sales', 'Grow strategic advisory revenue in France', [], { siblings: ['Grow strategic advisory revenue in DACH'] }),

  // ── Key results without a measure ───────────────────────────────────────────────────────
  e('software', 'Launch self-serve onboarding for SMB customers', ['kr-not-measurable'], {
    krs: [placeholder('Launch the new onboarding flow')],
  }),
  e('healthcare', 'Improve how patients experience discharge', ['kr-not-measurable'], {
    krs: [empty('Better discharge communication')],
  }),
  e('sales', 'Deepen client relationships via continuous learning programs', ['kr-not-measurable'], {
    krs: [placeholder('Clients value the learning program')],
  }),
  e('nonprofit', 'Build a volunteer network that can run events without staff', ['kr-not-measurable'], {
    krs: [placeholder('Recruit volunteer leads')],
  }),
  e('education', 'Redesign the Year 9 curriculum around real-world projects', ['kr-not-measurable'], {
    krs: [placeholder('New curriculum approved by governors')],
  }),
  e('public-sector', 'Make it possible to renew a driving licence entirely online', ['kr-not-measurable'], {
    krs: [
      placeholder('Online renewal live'),
      { title: 'Cut renewal time to 10 minutes', unit: 'min', start: 45, target: 10, current: 45 },
    ],
  }),
  e('finance', 'Give budget holders a live view of their spend', ['kr-not-measurable'], {
    krs: [empty('Dashboards for all budget holders')],
  }),
  e('sales', 'Shorten sales cycles for renewals in EMEA', ['kr-not-measurable'], { krs: [placeholder('Faster renewals')] }),
  e('logistics', 'Electrify the last-mile fleet in London', ['kr-not-measurable'], {
    krs: [placeholder('Electric vans in every depot')],
  }),
  e('healthcare', 'Reduce avoidable readmissions among frail elderly patients', ['kr-not-measurable'], {
    krs: [placeholder('Fewer readmissions')],
  }),
  e('nonprofit', 'Grow unrestricted income from individual givers', ['kr-not-measurable'], {
    krs: [{ title: 'Increase regular giving', unit: '£', start: 0, target: 0, current: 0 }],
  }),
  e('education', 'Turn our alumni into a mentoring network for current students', ['kr-not-measurable'], {
    krs: [placeholder('Alumni mentors signed up')],
  }),
  e('software', 'Earn SOC 2 Type II certification to unlock enterprise deals', ['kr-not-measurable'], {
    krs: [placeholder('Pass the SOC 2 Type II audit by September')],
  }),
  e('marketing', 'Reposition the product from tool to platform in the analyst market', ['kr-not-measurable'], {
    krs: [placeholder('Named a Leader in the Q4 analyst report')],
  }),

  // ── Key results that do measure, with or without a number in the title ─────────────────
  e('retail', 'Launch click-and-collect in every store', [], {
    krs: [{ title: 'Stores offering click-and-collect', unit: 'stores', start: 0, target: 140, current: 12 }],
  }),
  e('healthcare', 'Reduce sepsis mortality', [], {
    krs: [{ title: 'Sepsis mortality rate', unit: '%', start: 18, target: 12, current: 17 }],
  }),
  e('sales', 'Make partners our biggest source of new business', [], {
    krs: [{ title: 'Partner-sourced share of new bookings', unit: '%', start: 12, target: 35, current: 12 }],
  }),
  e('retail', 'Build a loyalty programme customers actually use', [], {
    krs: [{ title: 'Members who redeem at least once a quarter', unit: 'members', start: 0, target: 100, current: 0 }],
  }),
  e('hospitality', 'Make our hotel the base for walking holidays in the Lakes', [], {
    krs: [placeholder('Grow walking-package bookings to 400 a season')],
  }),
  e('retail', 'Become the go-to shop for sustainable outdoor gear', [], {
    krs: [placeholder('Double repeat purchases among outdoor customers')],
  }),
  e('people', 'Help new managers lead their first team with confidence', [], {
    krs: [{ title: 'New-manager confidence score', unit: 'pts', start: 3.1, target: 4.2, current: 3.4 }],
  }),
  e('healthcare', 'Create a culture where staff feel safe to report near misses', [], {
    krs: [{ title: 'Near-miss reports per month', unit: '', start: 40, target: 80, current: 52 }],
  }),
  e('education', 'Make every lesson start with a purpose pupils can explain', [], {
    krs: [{ title: 'Pupils who can explain the lesson purpose', unit: '%', start: 35, target: 80, current: 41 }],
  }),
  e('manufacturing', 'Bring predictive maintenance to the packaging lines', [], {
    krs: [placeholder('Cut unplanned downtime on packaging to 2 hours a week')],
  }),
  e('sales', 'Grow Strategic Advisory Revenue', [], {
    krs: [
      { title: 'Achieve $200k in initial training sales', unit: '$', start: 0, target: 200_000, current: 85_000 },
      { title: 'Secure $100k in retraining contracts', unit: '$', start: 0, target: 100_000, current: 30_000 },
      { title: 'Maintain a Customer Satisfaction Score of over 90%', unit: '%', start: 84, target: 90, current: 88 },
    ],
  }),
  e('software', 'Roll out the new design system to product teams', [], {
    krs: [{ title: 'Product teams shipping with the design system', unit: '', start: 0, target: 100, current: 35 }],
  }),

  // ── Objectives without key results ──────────────────────────────────────────────────────
  e('sales', 'Become the #1 choice for digital transformation in Europe', ['no-key-results'], { krs: [] }),
  e('healthcare', 'Pilot remote monitoring for heart-failure patients after discharge', ['no-key-results'], { krs: [] }),
  e('education', 'Launch a peer tutoring programme run by sixth-formers', ['no-key-results'], { krs: [] }),
  e('sales', 'Win back customers we lost to low-cost competitors', ['no-key-results'], { krs: [] }),
  e('public-sector', 'Move the permit process from paper to a digital service', ['no-key-results'], { krs: [] }),
  e('software', 'Make self-serve onboarding the default path for new SMB customers', ['no-key-results'], { krs: [] }),
  e('sales', 'Q3 Goals', ['generic-container', 'no-key-results'], { krs: [] }),
  e('software', 'Increase ARR by 25%', ['number-title', 'no-key-results'], { krs: [] }),
  e('people', 'Complete GDPR training', ['compliance'], { krs: [] }),
  e('sales', 'Update the CRM', ['job-requirement'], { krs: [] }),
  e('sales', 'Attend client meetings', ['task-listing'], { krs: [] }),

  // ══ Hold-out batches (see the header) ═══════════════════════════════════════════════════
  ...batch('holdout-1', HOLDOUT_1),
  ...batch('holdout-2', HOLDOUT_2),
  ...batch('holdout-3', HOLDOUT_3),
];

/** Marks the entries of a hold-out batch, so the report can show them on their own. */
function batch(name: Batch, entries: CorpusEntry[]): CorpusEntry[] {
  return entries.map((x) => ({ ...x, batch: name }));
}
