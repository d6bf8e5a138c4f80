import type { RuleCode } from '../../shared/coach/types';

/**
 * SECOND HOLD-OUT SET for the trap coach. Frozen. Measured once.
 *
 * Written blind to the coach's rules on 2026-12-04: the author read only the labelling
 * definitions (corpus.ts header), the method article (shared/reference/strategic-alignment.md)
 * and issue 10. No rule source, no existing corpus or hold-out entries were opened.
 *
 * Domains are ones that neither the tuning set nor the first hold-out uses (mining, airline,
 * automotive, pharmacy, architecture, maritime, fashion, water-utility, consulting, call-centre,
 * banking-branch, marketplace, veterinary, research-office, museum, restaurant-chain,
 * real-estate-agency, hr-services, semiconductors, publishing-house).
 *
 * Rules of use: do not edit labels after the first measurement, and never tune rules on these
 * titles. If a label is later believed wrong, record the disagreement next to the first figures
 * instead of changing it.
 *
 * Labelling (by meaning, not keywords):
 * - number-title: a target quantity in the title (money, %, count, multiplier like double/halve,
 *   a value after a metric or comparator) or only a metric name. Versions, years, periods, ranks,
 *   ordinals, identifiers/tiers/models, compound modifiers, horizons and fixed scopes are not.
 * - generic-container: a bucket of goals, or only a scope/role/team with no direction.
 * - task-listing: an activity or internal deliverable without a change in the world.
 * - job-requirement: a standing duty of the role (upkeep, routine, queues).
 * - compliance: mandatory training, policy sign-offs, audits, inspections, certifications kept.
 *   Only the first of compliance > job-requirement > task-listing is expected.
 * - goal-clone: repeats the parent or an earlier sibling (or, in plans, any node) word for word
 *   or nearly (synonyms, reordering, a different owner prefix, different numbers).
 * - kr-not-measurable: a KR with no quantity in its title whose numbers are empty (0,0,0) or the
 *   untouched default (0 -> 100, current 0, no unit).
 * - no-key-results: `krs: []`, unless the title is compliance/job-requirement/task-listing.
 *
 * `krs` omitted: the harness attaches one well-formed KR. `krs: []`: really none.
 * Plan nodes carry no KRs of their own; their labels cover title rules and goal-clone only.
 */

export type Holdout2Domain =
  | 'mining'
  | 'airline'
  | 'automotive'
  | 'pharmacy'
  | 'architecture'
  | 'maritime'
  | 'fashion'
  | 'water-utility'
  | 'consulting'
  | 'call-centre'
  | 'banking-branch'
  | 'marketplace'
  | 'veterinary'
  | 'research-office'
  | 'museum'
  | 'restaurant-chain'
  | 'real-estate-agency'
  | 'hr-services'
  | 'semiconductors'
  | 'publishing-house';

export interface Holdout2Kr {
  title: string;
  unit?: string;
  start?: number;
  target?: number;
  current?: number;
}

export interface Holdout2Entry {
  title: string;
  domain: Holdout2Domain;
  expect: RuleCode[];
  /** The parent objective's title. */
  parent?: string;
  /** Earlier siblings under the same parent, in order; the entry comes after them. */
  siblings?: string[];
  krs?: Holdout2Kr[];
}

export interface Holdout2PlanNode {
  key: string;
  parentKey: string | null;
  title: string;
  expect: RuleCode[];
}

export interface Holdout2Plan {
  name: string;
  domain: Holdout2Domain;
  /** Depth-first order. */
  nodes: Holdout2PlanNode[];
  /** Each group: keys of copies of one objective; the first (depth-first) is the original. */
  cloneGroups: string[][];
}

const e = (
  domain: Holdout2Domain,
  title: string,
  expect: RuleCode[] = [],
  extra: Partial<Holdout2Entry> = {},
): Holdout2Entry => ({ title, domain, expect, ...extra });

/** The untouched default: 0 -> 100, current 0, no unit. */
const vague = (title: string): Holdout2Kr => ({ title, start: 0, target: 100, current: 0 });
/** Numbers never filled in. */
const blank = (title: string): Holdout2Kr => ({ title, start: 0, target: 0, current: 0 });
const kr = (title: string, unit: string, start: number, target: number, current: number): Holdout2Kr => ({
  title,
  unit,
  start,
  target,
  current,
});

export const HOLDOUT_2: Holdout2Entry[] = [
  // ---------------------------------------------------------------- mining
  e('mining', 'Make Kalgoorlie the safest underground operation in WA'),
  e('mining', 'Raise mill recovery at our 3 concentrators through tighter reagent control'),
  e('mining', 'Move the north pit to autonomous drilling before the 2028 wet season'),
  e('mining', "Earn the community's trust for the Tanami extension"),
  e('mining', 'Site GM: get ore to port without the rail bottlenecks we had in 2026'),
  e('mining', "Make Tier-1 contractors pick our sites over the neighbours'"),
  e('mining', 'Lower the cost of moving a tonne from the face to the ROM pad', [], {
    krs: [kr('Cost per tonne hauled', 'AUD/t', 4.1, 3.6, 4.0)],
  }),
  e('mining', 'HSE Manager: supervisors spot fatigue before it hurts someone'),
  e('mining', 'Stop dust from reaching the township', [], {
    krs: [blank('Cut PM10 exceedances at the township monitor to 2 a year')],
  }),
  e('mining', 'Mine Ops Director: cut haul-truck idle time by 15%', ['number-title']),
  e('mining', 'Complete annual Part 48 refresher for all crews', ['compliance']),
  e('mining', 'Keep the shift handover log up to date', ['job-requirement']),
  e('mining', 'Mining goals FY27', ['generic-container']),
  e('mining', 'Run a contractor safety day in Q2', ['task-listing']),
  e('mining', 'Shift tailings management from reactive to predictive', ['no-key-results'], { krs: [] }),
  e('mining', 'Reduce unplanned downtime on the primary crusher', ['kr-not-measurable'], {
    krs: [vague('Crusher availability improves')],
  }),
  e('mining', 'Geology & Resource Modelling', ['generic-container']),
  e('mining', 'Make Kalgoorlie the safest underground mine in WA', ['goal-clone'], {
    parent: 'Make Kalgoorlie the safest underground operation in WA',
  }),
  e('mining', 'Ore tonnes mined', ['number-title']),
  e('mining', 'Bring the Block 3 cave into production without a mudrush event'),

  // ---------------------------------------------------------------- airline
  e('airline', 'Become the most punctual carrier at Schiphol'),
  e('airline', 'Make the A350 cabin the one passengers ask for by name'),
  e('airline', 'Turn the transfer experience at our hub into a reason to fly with us'),
  e('airline', 'Get the 737-8 fleet back to full utilisation after the groundings'),
  e('airline', 'Network Planning: make the 2027 summer schedule work for connecting pax'),
  e('airline', 'Lift NPS in premium cabins', [], { krs: [kr('Premium-cabin NPS', 'pts', 31, 45, 33)] }),
  e('airline', 'Hire a Compliance Manager for the new AOC in Malta'),
  e('airline', 'Make lounge access feel worth paying for'),
  e('airline', 'Get more passengers checking in on the app', [], {
    krs: [kr('Share of check-ins done in the app', '%', 0, 100, 0)],
  }),
  e('airline', 'OTP 85%', ['number-title']),
  e('airline', 'Cabin Crew', ['generic-container']),
  e('airline', 'Complete recurrent dangerous-goods training (all ramp staff)', ['compliance']),
  e('airline', 'Pass the IOSA audit w/o findings', ['compliance']),
  e('airline', 'Answer all customer emails within 24h', ['job-requirement']),
  e('airline', 'Roll out the new crew rostering tool to all bases', ['task-listing']),
  e('airline', 'Halve mishandled bags at the FRA hub', ['number-title']),
  e('airline', 'Grow ancillary revenue per pax', ['no-key-results'], { krs: [] }),
  e('airline', 'Make rebooking painless when flights are disrupted', ['kr-not-measurable'], {
    krs: [blank('Rebooking is painless')],
  }),
  e('airline', 'Turn around aircraft faster at gates', ['goal-clone'], {
    parent: 'Become the most punctual carrier at Schiphol',
    siblings: ['Turn aircraft around faster at the gate', 'Cut late inbound crew connections'],
  }),
  e('airline', 'Make the new Lisbon base profitable in its first winter'),
  e('airline', 'Stop late inbound crews from delaying first-wave departures', [], {
    parent: 'Become the most punctual carrier at Schiphol',
  }),

  // ---------------------------------------------------------------- automotive
  e('automotive', 'Make EV charging effortless for our fleet customers'),
  e('automotive', 'Launch the v2.3 infotainment software with fewer field complaints than v2.2'),
  e('automotive', 'Win back fleet buyers we lost to leasing start-ups'),
  e('automotive', 'Build the E-series platform in Plant 4 at launch quality from day one'),
  e('automotive', 'Become the brand dealers are proud to sell again'),
  e('automotive', 'Make our used-car certification something buyers look for'),
  e('automotive', "Make dealer service visits something owners don't dread"),
  e('automotive', 'Quality VP - make the Plant 4 body shop the benchmark for first-pass quality'),
  e('automotive', 'Sell 40k units of the S7 in Europe', ['number-title']),
  e('automotive', 'Plant Engineering', ['generic-container']),
  e('automotive', 'IATF 16949 surveillance audit passed', ['compliance']),
  e('automotive', 'Update the dealer price lists every month', ['job-requirement']),
  e('automotive', 'Attend the IAA Mobility show in Munich', ['task-listing']),
  e('automotive', 'Dealer NPS > 60', ['number-title']),
  e('automotive', 'Cut warranty cost per vehicle by €40', ['number-title']),
  e('automotive', 'Shorten order-to-delivery for built-to-order cars', ['no-key-results'], { krs: [] }),
  e('automotive', 'Make EV charging effortless for fleet customers', ['goal-clone'], {
    parent: 'Make EV charging effortless for our fleet customers',
  }),
  e('automotive', 'Reduce paint-shop rework', ['kr-not-measurable'], { krs: [vague('Rework reduced')] }),
  e('automotive', 'Make the 11.3 head-unit release the one that finally stops the reboot complaints'),
  e('automotive', 'Turn the Gen-3 battery into our strongest sales argument'),

  // ---------------------------------------------------------------- pharmacy
  e('pharmacy', 'Be the pharmacy people trust for a same-day answer on their meds'),
  e('pharmacy', 'Let patients pick up prescriptions 24/7 in our busiest neighbourhoods'),
  e('pharmacy', 'Make medicine reviews the reason patients come back'),
  e('pharmacy', 'Get pharmacists out from behind the counter and into consultations'),
  e('pharmacy', 'Turn our independent stores into the first stop for minor ailments'),
  e('pharmacy', 'Take the stress out of repeat prescriptions', [], {
    krs: [kr('Repeat scripts ready at first visit', '%', 71, 90, 74)],
  }),
  e('pharmacy', 'Area Manager: make locums feel like part of the team'),
  e('pharmacy', 'Complete the annual controlled drugs audit', ['compliance']),
  e('pharmacy', 'Keep the dispensary shelves stocked and tidy', ['job-requirement']),
  e('pharmacy', 'Hold weekly huddles with store pharmacists', ['task-listing']),
  e('pharmacy', 'Flu jabs: 12,000 this season', ['number-title']),
  e('pharmacy', 'Pharmacy Ops Q1 objectives', ['generic-container']),
  e('pharmacy', 'Reduce dispensing errors', ['kr-not-measurable'], { krs: [vague('Fewer errors')] }),
  e('pharmacy', 'Grow our travel-clinic service in rural stores', ['no-key-results'], { krs: [] }),
  e('pharmacy', 'Complete GPhC revalidation for all registrants', ['compliance']),
  e('pharmacy', 'Double uptake of the New Medicine Service', ['number-title']),
  e('pharmacy', 'Hire a Compliance Lead so the online pharmacy can launch in Ireland'),
  e('pharmacy', 'Turn the annual patient survey into changes people notice'),

  // ---------------------------------------------------------------- architecture
  e('architecture', 'Be the practice councils call first for net-zero schools'),
  e('architecture', 'Make post-occupancy feedback shape every new brief'),
  e('architecture', 'Make double-glazed timber facades our signature for mid-rise housing'),
  e('architecture', 'Get clients to sign off designs at the first review'),
  e('architecture', 'Partner: win our first major cultural commission outside London'),
  e('architecture', 'Make RIBA Stage 4 packages buildable without endless RFIs'),
  e('architecture', 'Stop losing our best Part 2 students to the big London firms'),
  e('architecture', 'Win 3 design competitions', ['number-title']),
  e('architecture', 'Submit the planning application for Riverside Block B', ['task-listing']),
  e('architecture', 'Keep the CAD standards library current', ['job-requirement']),
  e('architecture', 'Complete mandatory CPD hours', ['compliance']),
  e('architecture', 'Design Studio', ['generic-container']),
  e('architecture', 'Reduce embodied carbon across our residential work', ['kr-not-measurable'], {
    krs: [blank('Embodied carbon')],
  }),
  e('architecture', 'Fee income £2.4m', ['number-title']),
  e('architecture', 'grow repeat work from housing assocations', ['no-key-results'], { krs: [] }),
  e('architecture', 'Update the fee proposal template', ['task-listing']),
  e('architecture', 'Win the trust of planning officers in our 5 core boroughs'),

  // ---------------------------------------------------------------- maritime
  e('maritime', 'Make Rotterdam–Hull the most reliable ro-ro crossing on the North Sea'),
  e('maritime', 'Give shippers live ETAs they can plan around'),
  e('maritime', 'Turn our crewing agency into the employer seafarers recommend'),
  e('maritime', 'Get ready for ammonia-fuelled vessels before the 2030 regs bite'),
  e('maritime', 'Make Berth 7 the fastest container berth in the port'),
  e('maritime', 'Burn less fuel on every crossing', [], {
    krs: [kr('Fuel per nautical mile', 'kg/nm', 62, 57, 61)],
  }),
  e('maritime', 'Fleet Manager: get our ships out of dry-dock when we said they would be'),
  e('maritime', 'Cut fuel burn per nm by 8%', ['number-title']),
  e('maritime', 'Pass all port state control inspections without detention', ['compliance']),
  e('maritime', 'Complete STCW refresher courses for deck officers', ['compliance']),
  e('maritime', 'Send noon reports daily', ['job-requirement']),
  e('maritime', 'Fleet goals 2027', ['generic-container']),
  e('maritime', "Repaint MV Aurora's hull during dry-dock", ['task-listing']),
  e('maritime', 'Move 2 more vessels onto LNG', ['number-title']),
  e('maritime', 'Lower port turnaround time in Antwerp', ['kr-not-measurable'], {
    krs: [kr('Average vessel turnaround', 'h', 38, 30, 36), vague('Turnaround faster')],
  }),
  e('maritime', "Give shippers live ETA's they can plan around", ['goal-clone'], {
    parent: 'Give shippers live ETAs they can plan around',
  }),
  e('maritime', 'Chartering desk', ['generic-container']),
  e('maritime', 'Make the 2030 fleet renewal plan something the board can say yes to'),

  // ---------------------------------------------------------------- fashion
  e('fashion', 'Make the AW27 collection sell through at full price'),
  e('fashion', 'Make returns a rarity by getting fit right online'),
  e('fashion', 'Become the go-to denim brand for under-25s in the Nordics'),
  e('fashion', 'One-stop styling service in flagship stores that grows basket size'),
  e('fashion', 'Trace every cotton bale back to the farm it came from'),
  e('fashion', 'Creative Director: make the brand recognisable without the logo'),
  e('fashion', 'Get the SS28 drop into stores before the competiton copies it'),
  e('fashion', 'Sell-through 70%', ['number-title']),
  e('fashion', 'Design team', ['generic-container']),
  e('fashion', 'Attend Première Vision Paris', ['task-listing']),
  e('fashion', 'Get the supplier code of conduct signed by all Tier-1 factories', ['compliance']),
  e('fashion', 'Keep the lookbook updated every drop', ['job-requirement']),
  e('fashion', 'Cut returns by a third', ['number-title']),
  e('fashion', 'Build a resale channel customers actually use', ['no-key-results'], { krs: [] }),
  e('fashion', 'Shrink sample waste', ['kr-not-measurable'], { krs: [vague('Less waste')] }),
  e('fashion', 'Give shoppers a fit predictor that they trust', ['goal-clone'], {
    parent: 'Make returns a rarity by getting fit right online',
    siblings: ['Give shoppers a fit predictor they trust'],
  }),
  e('fashion', 'Make the Edition 01 capsule the start of a collector following'),

  // ---------------------------------------------------------------- water-utility
  e('water-utility', 'Stop losing treated water before it reaches customers'),
  e('water-utility', 'Win back customer trust after the 2026 boil notices'),
  e('water-utility', 'Make bills readable for customers in vulnerable circumstances'),
  e('water-utility', 'Bring the Wye back to good ecological status'),
  e('water-utility', 'Make the eastern zone resilient to a 1-in-200 year drought'),
  e('water-utility', 'Find leaks before customers report them', [], {
    krs: [kr('Leaks found proactively', '%', 38, 60, 41)],
  }),
  e('water-utility', 'Find hidden leaks using acoustic loggers in the DMAs', [], {
    parent: 'Stop losing treated water before it reaches customers',
    siblings: ['Fix pressure transients in the hill zones'],
  }),
  e('water-utility', 'Leakage down 15% by 2028', ['number-title']),
  e('water-utility', 'Complete DWI water quality audit', ['compliance']),
  e('water-utility', 'Read all meters on schedule', ['job-requirement']),
  e('water-utility', 'Network Operations', ['generic-container']),
  e('water-utility', 'Replace the SCADA historian', ['task-listing']),
  e('water-utility', 'Reduce sewer overflows into the river', ['kr-not-measurable'], {
    krs: [vague('Overflows reduced')],
  }),
  e('water-utility', 'Protect supply in the eastern zone through dry summers', ['no-key-results'], { krs: [] }),
  e('water-utility', 'Respond to every burst main within the SLA', ['job-requirement']),
  e('water-utility', 'Find hidden leaks using acoustic loggers in DMAs', ['goal-clone'], {
    parent: 'Stop losing treated water before it reaches customers',
    siblings: ['Find hidden leaks with acoustic loggers in district metered areas'],
  }),
  e('water-utility', 'Make the 2025-2030 business plan promises real for customers in the valleys'),

  // ---------------------------------------------------------------- consulting
  e('consulting', 'Become the #1 advisor for mid-market carve-outs in DACH'),
  e('consulting', 'Turn pilot engagements into multi-year retainers'),
  e('consulting', 'Hire a Risk & Compliance Officer so we can bid for public tenders'),
  e('consulting', 'Make our juniors billable on real client work from week one'),
  e('consulting', 'Be known for pricing stratgey in consumer goods'),
  e('consulting', 'Stop losing proposals on price to the Big 4'),
  e('consulting', 'MD DACH - get clients to come back to us for the post-merger work'),
  e('consulting', 'Utilisation 80%', ['number-title']),
  e('consulting', 'Grow partner-led revenue to $12M', ['number-title']),
  e('consulting', 'Complete independence declarations', ['compliance']),
  e('consulting', 'Fill in timesheets by Friday noon', ['job-requirement']),
  e('consulting', 'Write three thought-leadership pieces', ['number-title', 'task-listing']),
  e('consulting', 'Practice priorities H1', ['generic-container']),
  e('consulting', 'Make the pricing-strategy offering profitable', ['no-key-results'], { krs: [] }),
  e('consulting', 'Deepen relationships with our top 20 clients', ['kr-not-measurable'], {
    krs: [blank('Relationship depth')],
  }),
  e('consulting', 'Convert pilot engagements into multi year retainers', ['goal-clone'], {
    parent: 'Turn pilot engagements into multi-year retainers',
  }),
  e('consulting', 'Make our training academy something clients pay for'),

  // ---------------------------------------------------------------- call-centre
  e('call-centre', 'Fix billing questions on the first call'),
  e('call-centre', 'Let customers fix simple problems without calling us'),
  e('call-centre', 'Make agents want to stay past their first year'),
  e('call-centre', 'Offer 24/7 help for outage reports'),
  e('call-centre', 'Make the IVR stop sending people in circles'),
  e('call-centre', 'Take the anger out of cancellation calls', [], {
    krs: [kr('Cancellation-call CSAT', '%', 52, 70, 55)],
  }),
  e('call-centre', 'WFM lead: stop Monday mornings from overwhelming the floor'),
  e('call-centre', 'AHT < 4 min', ['number-title']),
  e('call-centre', 'FCR', ['number-title']),
  e('call-centre', 'Answer every call in the queue within SLA', ['job-requirement']),
  e('call-centre', 'Complete PCI DSS awareness training', ['compliance']),
  e('call-centre', 'Team leads: hold daily stand-ups', ['task-listing']),
  e('call-centre', 'Call Centre Manager', ['generic-container']),
  e('call-centre', 'Cut repeat calls about deliveries', ['kr-not-measurable'], { krs: [vague('Repeat calls down')] }),
  e('call-centre', 'Bring down complaint escalations', ['no-key-results'], { krs: [] }),
  e('call-centre', 'Process callback requests same day', ['job-requirement']),
  e('call-centre', 'Give agents every answer on a single screen'),
  e('call-centre', 'Keep customers on the self-service path without trapping them there'),

  // ---------------------------------------------------------------- banking-branch
  e('banking-branch', 'Make our branches the place small businesses come for advice'),
  e('banking-branch', 'Get older customers confident with the app'),
  e('banking-branch', 'Turn mortgage appointments into lifelong relationships'),
  e('banking-branch', 'Be the bank that still knows its customers by name in rural towns'),
  e('banking-branch', 'Hire a compliance officer for the Cardiff hub to speed up business onboarding'),
  e('banking-branch', 'Grow mortgage share across our 40 branches'),
  e('banking-branch', 'Open 500 new current accounts', ['number-title']),
  e('banking-branch', 'Complete AML/KYC annual training', ['compliance']),
  e('banking-branch', 'Balance the tills at close', ['job-requirement']),
  e('banking-branch', 'Branch network KPIs', ['generic-container']),
  e('banking-branch', 'Host a mortgage open evening every month', ['task-listing']),
  e('banking-branch', 'Mortgage share >12%', ['number-title']),
  e('banking-branch', 'Cut counter waiting times', ['kr-not-measurable'], { krs: [blank('Waiting times cut')] }),
  e('banking-branch', 'Grow SME deposits in the Midlands', ['no-key-results'], { krs: [] }),
  e('banking-branch', 'Pass internal branch audit', ['compliance']),
  e('banking-branch', 'Regional Manager – North', ['generic-container']),
  e('banking-branch', 'Make first-time buyers feel guided from offer to keys'),

  // ---------------------------------------------------------------- marketplace
  e('marketplace', 'Make first-time sellers successful in their first 30 days'),
  e('marketplace', 'Make buyers feel safe paying strangers they never meet'),
  e('marketplace', 'Turn top-rated sellers into our growth engine'),
  e('marketplace', 'Become the default place to sell used bikes in Germany'),
  e('marketplace', 'Get disputes resolved without either side feeling cheated'),
  e('marketplace', 'Grow repeat purchase among new buyers', [], {
    krs: [kr('New buyers who buy again within 90 days', '%', 18, 26, 19)],
  }),
  e('marketplace', 'Make listing an item take less effort than taking the photo'),
  e('marketplace', 'GMV €50M', ['number-title']),
  e('marketplace', 'Take rate', ['number-title']),
  e('marketplace', 'Moderate reported listings', ['job-requirement']),
  e('marketplace', 'Ship the new seller dashboard', ['task-listing']),
  e('marketplace', 'Trust & Safety', ['generic-container']),
  e('marketplace', 'Expand into used furniture in Poland', ['no-key-results'], { krs: [] }),
  e('marketplace', '3x fewer fraud chargebacks', ['number-title']),
  e('marketplace', 'Complete the DSA transparency report', ['compliance']),
  e('marketplace', 'Lift seller retention', ['kr-not-measurable'], { krs: [vague('Retention')] }),
  e('marketplace', 'Make the v3 search show buyers what they meant, not what they typed'),
  e('marketplace', 'Grow cross-border sales', [], {
    krs: [blank('Cross-border orders reach 15% of all orders')],
  }),

  // ---------------------------------------------------------------- veterinary
  e('veterinary', 'Make our clinics the first call for exotic pet owners'),
  e('veterinary', 'Get more pets onto preventive health plans'),
  e('veterinary', 'Make euthanasia appointments kinder for families'),
  e('veterinary', 'Keep young vets from burning out in their first 5 years'),
  e('veterinary', 'Bring orthopaedic referrals in-house'),
  e('veterinary', 'Clinical Director: make our practices the ones nurses want to work at'),
  e('veterinary', 'Book 2,000 dental checks', ['number-title']),
  e('veterinary', 'Complete RCVS CPD requirements', ['compliance']),
  e('veterinary', 'Restock the pharmacy fridge weekly', ['job-requirement']),
  e('veterinary', 'Nursing team', ['generic-container']),
  e('veterinary', 'Run a puppy-socialisation evening', ['task-listing']),
  e('veterinary', 'Cut waiting time for emergency triage', ['kr-not-measurable'], {
    krs: [blank('Triage waiting time')],
  }),
  e('veterinary', 'Open out-of-hours care in the valley practices', ['no-key-results'], { krs: [] }),
  e('veterinary', 'Controlled drugs register audit - pass', ['compliance']),
  e('veterinary', 'Update patient records after every consult', ['job-requirement']),
  e('veterinary', 'Get more pets on preventative health plans', ['goal-clone'], {
    parent: 'Get more pets onto preventive health plans',
  }),
  e('veterinary', 'Make the health plan the default offer at every puppy and kitten visit', [], {
    parent: 'Get more pets onto preventive health plans',
  }),

  // ---------------------------------------------------------------- research-office
  e('research-office', 'Make our university the partner of choice for Horizon Europe consortia'),
  e('research-office', 'Help early-career researchers land their first fellowship'),
  e('research-office', 'Make REF 2029 impact case studies our strongest yet'),
  e('research-office', 'Stop good proposals dying in internal review'),
  e('research-office', 'Make industry partners see us as easy to contract with'),
  e('research-office', 'Give ECRs mock interviews before every fellowship panel', [], {
    parent: 'Help early-career researchers land their first fellowship',
  }),
  e('research-office', 'Win £20m in grant income', ['number-title']),
  e('research-office', 'Complete research integrity training', ['compliance']),
  e('research-office', 'Process grant applications on time', ['job-requirement']),
  e('research-office', 'Research Office objectives 2027', ['generic-container']),
  e('research-office', 'Organise the annual research showcase', ['task-listing']),
  e('research-office', 'Submit 40 ERC proposals', ['number-title', 'task-listing']),
  e('research-office', 'Shorten contract negotiation with industry sponsors', ['kr-not-measurable'], {
    krs: [vague('Negotiation shorter')],
  }),
  e('research-office', 'Grow industry co-funded PhDs', ['no-key-results'], { krs: [] }),
  e('research-office', 'Give early-career researchers mock interviews before each fellowship panel', ['goal-clone'], {
    parent: 'Help early-career researchers land their first fellowship',
    siblings: ['Give ECRs mock interviews before every fellowship panel'],
  }),
  e('research-office', 'Hire a Research Compliance Officer to unblock export-control reviews'),

  // ---------------------------------------------------------------- museum
  e('museum', 'Make the museum a place families come back to every season'),
  e('museum', 'Bring teenagers in outside of school trips'),
  e('museum', 'Turn the 1851 collection into a touring show that pays for itself'),
  e('museum', 'Make the galleries work for blind and partially sighted visitors'),
  e('museum', 'Director: put the museum on the map for international scholars'),
  e('museum', 'Get the Victorian glass out of storage and in front of people'),
  e('museum', 'Visitors 1.2M', ['number-title']),
  e('museum', 'Exhibitions', ['generic-container']),
  e('museum', 'Keep collection database up-to-date', ['job-requirement']),
  e('museum', 'Install the new lighting in the Egypt gallery', ['task-listing']),
  e('museum', 'Pass the Arts Council accreditation review', ['compliance']),
  e('museum', 'Raise membership renewals', ['kr-not-measurable'], { krs: [vague('Renewals up')] }),
  e('museum', 'Grow income from venue hire', ['no-key-results'], { krs: [] }),
  e('museum', 'Increase donations by 25%', ['number-title']),
  e('museum', 'Make the Level 2 galleries worth the climb'),

  // ---------------------------------------------------------------- restaurant-chain
  e('restaurant-chain', 'Be the neighbourhood favourite for weekday lunch'),
  e('restaurant-chain', 'Make delivery food arrive like it just left the pass'),
  e('restaurant-chain', 'Get new kitchen staff confident on the line within their first week'),
  e('restaurant-chain', 'Make our veggie menu the reason groups pick us'),
  e('restaurant-chain', 'Win the breakfast trade in city-centre sites', [], {
    krs: [kr('Breakfast covers per city-centre site per week', 'covers', 180, 320, 205)],
  }),
  e('restaurant-chain', 'Head Chef: make the Sunday roast worth queueing for'),
  e('restaurant-chain', 'Covers +10% LFL', ['number-title']),
  e('restaurant-chain', 'Complete food hygiene level 2 for all new starters', ['compliance']),
  e('restaurant-chain', 'Clean the fryers nightly', ['job-requirement']),
  e('restaurant-chain', 'Hold a menu tasting with franchisees', ['task-listing']),
  e('restaurant-chain', 'Restaurant Ops – Q3 targets', ['generic-container']),
  e('restaurant-chain', 'Reduce food waste in the kitchens', ['kr-not-measurable'], { krs: [vague('Food waste')] }),
  e('restaurant-chain', 'Food cost 28%', ['number-title']),
  e('restaurant-chain', 'Pass every EHO inspection first time', ['compliance']),
  e('restaurant-chain', "Become the neighbourhood's favourite for weekday lunches", ['goal-clone'], {
    parent: 'Be the neighbourhood favourite for weekday lunch',
  }),
  e('restaurant-chain', "Open in Manchester's Northern Quarter", ['no-key-results'], { krs: [] }),
  e('restaurant-chain', 'Make our 24-hour sites feel safe after midnight'),

  // ---------------------------------------------------------------- real-estate-agency
  e('real-estate-agency', 'Become the agent landlords recommend in Leeds'),
  e('real-estate-agency', 'Make sale-agreed-to-completion less painful for buyers'),
  e('real-estate-agency', 'Win off-plan sales of 2-bed new builds before completion'),
  e('real-estate-agency', 'Get vendors to trust our valuations'),
  e('real-estate-agency', 'Make our lettings team the one tenants actually like dealing with'),
  e('real-estate-agency', 'Branch Mgr Headingley: win instructions from the student-let landlords'),
  e('real-estate-agency', 'List 150 properties this quarter', ['number-title']),
  e('real-estate-agency', 'Complete AML checks on every vendor', ['compliance']),
  e('real-estate-agency', 'Update portal listings daily', ['job-requirement']),
  e('real-estate-agency', 'Lettings', ['generic-container']),
  e('real-estate-agency', 'Do viewings on Saturdays', ['task-listing']),
  e('real-estate-agency', 'Shorten time on market', ['kr-not-measurable'], { krs: [blank('Time on market')] }),
  e('real-estate-agency', 'Grow our managed lettings book', ['no-key-results'], { krs: [] }),
  e('real-estate-agency', 'Cut fall-throughs in half', ['number-title']),
  e('real-estate-agency', 'Get landlords to renew with us at the end of a 12-month tenancy'),

  // ---------------------------------------------------------------- hr-services
  e('hr-services', 'Make payroll something clients never have to think about'),
  e('hr-services', 'Hire a Compliance Analyst to open the Irish payroll market'),
  e('hr-services', 'Become the first choice for multi-country payroll among SMEs'),
  e('hr-services', 'Make our benefits portal the place employees actually go'),
  e('hr-services', 'Account Director: turn our biggest clients into references'),
  e('hr-services', 'Make year-end P60s a non-event for our clients'),
  e('hr-services', 'Onboard 25 new payroll clients', ['number-title']),
  e('hr-services', 'Complete GDPR refresher training', ['compliance']),
  e('hr-services', 'Run payroll on the 25th every month', ['job-requirement']),
  e('hr-services', 'HR Business Partners', ['generic-container']),
  e('hr-services', 'Write the employee handbook template for SMEs', ['task-listing']),
  e('hr-services', 'Cut payroll errors', ['kr-not-measurable'], { krs: [vague('Fewer errors')] }),
  e('hr-services', 'Grow our EOR offering in Spain', ['no-key-results'], { krs: [] }),
  e('hr-services', 'Client churn <5%', ['number-title']),
  e('hr-services', 'Make the 2027 auto-enrolment changes painless for clients'),
  e('hr-services', 'Get client employees using self-service payslips', [], {
    krs: [kr('Employees on self-service payslips', '%', 0, 100, 0)],
  }),

  // ---------------------------------------------------------------- semiconductors
  e('semiconductors', 'Bring our 3nm line to yields customers can build roadmaps on'),
  e('semiconductors', 'Make the 2027 tape-outs first-time-right'),
  e('semiconductors', 'Shorten mask-to-silicon for our 28nm customers'),
  e('semiconductors', 'Become the second source automotive OEMs trust for MCUs'),
  e('semiconductors', 'Make Fab 2 the benchmark for cleanroom energy use'),
  e('semiconductors', 'Get our 300mm line trusted by carmakers for safety-critical parts'),
  e('semiconductors', 'Yield 92% on N5 by Q3', ['number-title']),
  e('semiconductors', 'Pass ISO 14644 cleanroom certification audit', ['compliance']),
  e('semiconductors', 'Calibrate the metrology tools on schedule', ['job-requirement']),
  e('semiconductors', 'Fab 2 engineering', ['generic-container']),
  e('semiconductors', 'Hold a design-win review with each Tier-1 customer', ['task-listing']),
  e('semiconductors', 'Reduce wafer scrap', ['kr-not-measurable'], { krs: [vague('Scrap reduced')] }),
  e('semiconductors', 'Win the automotive MCU socket at two OEMs', ['number-title']),
  e('semiconductors', 'Grow revenue from advanced packaging', ['no-key-results'], { krs: [] }),
  e('semiconductors', 'Cycle time down 20 days', ['number-title']),
  e('semiconductors', 'Make the 7nm-to-5nm port painless for our design partners'),

  // ---------------------------------------------------------------- publishing-house
  e('publishing-house', 'Make our backlist discoverable to new readers'),
  e('publishing-house', "Turn our children's imprint into the one teachers ask for"),
  e('publishing-house', 'Get debut authors a real shot at the bestseller lists'),
  e('publishing-house', 'Make the 2nd edition of the atlas the definitive one'),
  e('publishing-house', 'Grow audiobook revenue', [], { krs: [kr('Audiobook revenue', '£k', 340, 520, 360)] }),
  e('publishing-house', 'Publisher: make us the house agents send their best non-fiction to first'),
  e('publishing-house', 'Sell 1M copies across the frontlist', ['number-title']),
  e('publishing-house', 'Editorial', ['generic-container']),
  e('publishing-house', 'Attend the Frankfurt Book Fair', ['task-listing']),
  e('publishing-house', 'Clear the slush pile every week', ['job-requirement']),
  e('publishing-house', 'Complete the EAA accessibility audit of our ebook files', ['compliance']),
  e('publishing-house', 'Make translation rights a real income line', ['no-key-results'], { krs: [] }),
  e('publishing-house', 'Grow direct-to-reader sales', ['kr-not-measurable'], { krs: [vague('D2C sales')] }),
  e('publishing-house', 'Sign 2 debut authors who can lead a list', ['number-title']),
  e('publishing-house', 'Make the backlist discoverable for new readers', ['goal-clone'], {
    parent: 'Make our backlist discoverable to new readers',
  }),
  e('publishing-house', 'Make Book 2 of the Harrow trilogy outsell the first'),
];

const n = (key: string, parentKey: string | null, title: string, expect: RuleCode[] = []): Holdout2PlanNode => ({
  key,
  parentKey,
  title,
  expect,
});

export const HOLDOUT_2_PLANS: Holdout2Plan[] = [
  {
    name: 'Pilbara Operations FY27',
    domain: 'mining',
    nodes: [
      n('m1', null, 'Make the Pilbara our lowest-cost iron ore province'),
      n('m2', 'm1', 'Mine Ops: shorten haul cycles on the north pit'),
      n('m3', 'm2', 'Source 60 candidates and hire 4 haul-truck operators', ['number-title']),
      n('m4', 'm2', 'Get autonomous haulage running on the night shift'),
      n('m5', 'm1', 'Processing: lift plant throughput without adding another crusher'),
      n('m6', 'm5', 'Source 25 candidates and hire 2 haul-truck operators', ['number-title', 'goal-clone']),
      n('m7', 'm5', 'Complete the annual Part 48 refresher', ['compliance']),
      n('m8', 'm1', 'Maintenance', ['generic-container']),
      n('m9', 'm8', 'Shorten haul cycles on the north pit', ['goal-clone']),
      n('m10', 'm8', 'Keep the CMMS work-order backlog under control', ['job-requirement']),
      n('m11', 'm1', 'Make the Pilbara our lowest cost iron-ore province', ['goal-clone']),
    ],
    cloneGroups: [
      ['m1', 'm11'],
      ['m2', 'm9'],
      ['m3', 'm6'],
    ],
  },
  {
    name: 'European network summer 2027',
    domain: 'airline',
    nodes: [
      n('a1', null, 'Win back business travellers on European routes'),
      n('a2', 'a1', 'Commercial: make corporate deals easy to say yes to'),
      n('a3', 'a2', 'Sign 15 new corporate accounts in DACH', ['number-title']),
      n('a4', 'a2', 'Launch the revamped corporate booking portal', ['task-listing']),
      n('a5', 'a1', 'Ground Ops: make connections at the hub reliable'),
      n('a6', 'a5', 'Cut misconnected bags at the hub'),
      n('a7', 'a5', 'Ramp staff: complete recurrent DG training', ['compliance']),
      n('a8', 'a1', 'Customer Service', ['generic-container']),
      n('a9', 'a8', 'Reduce misconnected bags at our hub', ['goal-clone']),
      n('a10', 'a8', 'Answer corporate travel desk emails within 24h', ['job-requirement']),
      n('a11', 'a8', 'Sign 30 new corporate accounts in DACH', ['number-title', 'goal-clone']),
      n('a12', 'a1', 'Win back business travelers on European routes', ['goal-clone']),
    ],
    cloneGroups: [
      ['a1', 'a12'],
      ['a3', 'a11'],
      ['a6', 'a9'],
    ],
  },
  {
    name: 'Leakage programme 2025-2030',
    domain: 'water-utility',
    nodes: [
      n('w1', null, 'Stop losing treated water before it reaches customers'),
      n('w2', 'w1', 'Network North: find leaks before customers do'),
      n('w3', 'w2', 'Install 300 acoustic loggers in the DMAs', ['number-title', 'task-listing']),
      n('w4', 'w2', 'Respond to reported leaks within SLA', ['job-requirement']),
      n('w5', 'w1', 'Network South: find leaks before customers do', ['goal-clone']),
      n('w6', 'w5', 'Install 180 acoustic loggers in the DMAs', ['number-title', 'task-listing', 'goal-clone']),
      n('w7', 'w5', 'Calm pressure transients in the hill zones'),
      n('w8', 'w1', 'Customer Ops: help customers spot leaks on their own supply pipes'),
      n('w9', 'w8', 'Write the leak-spotting leaflet', ['task-listing']),
      n('w10', 'w8', 'Customer Ops goals', ['generic-container']),
    ],
    cloneGroups: [
      ['w2', 'w5'],
      ['w3', 'w6'],
    ],
  },
  {
    name: 'Advisory growth plan FY27',
    domain: 'consulting',
    nodes: [
      n('c1', null, 'Become the #1 advisor for mid-market carve-outs in DACH'),
      n('c2', 'c1', 'Deals practice: turn carve-out pilots into retainers'),
      n('c3', 'c2', 'Source 60 candidates and hire 2 senior managers', ['number-title']),
      n('c4', 'c2', 'Make carve-out playbooks reusable from one client to the next'),
      n('c5', 'c1', 'Ops practice: be the TSA-exit team buyers ask for'),
      n('c6', 'c5', 'Source 150 candidates and hire 5 senior managers', ['number-title', 'goal-clone']),
      n('c7', 'c5', 'Complete independence checks for each new client', ['compliance']),
      n('c8', 'c1', 'Tech practice: turn carve-out pilots into retainers', ['goal-clone']),
      n('c9', 'c8', 'Source 90 candidates and hire 3 senior managers', ['number-title', 'goal-clone']),
      n('c10', 'c8', 'Hold monthly partner breakfasts', ['task-listing']),
      n('c11', 'c1', 'Partners', ['generic-container']),
    ],
    cloneGroups: [
      ['c2', 'c8'],
      ['c3', 'c6', 'c9'],
    ],
  },
  {
    name: 'Franchise plan 2027',
    domain: 'restaurant-chain',
    nodes: [
      n('r1', null, 'Be the neighbourhood favourite for weekday lunch'),
      n('r2', 'r1', 'North region: fill lunchtime seats on weekdays'),
      n('r3', 'r2', 'Open 6 new sites', ['number-title']),
      n('r4', 'r2', 'Get lunch served in under ten minutes', ['number-title']),
      n('r5', 'r1', 'South region: fill lunchtime seats on weekdays', ['goal-clone']),
      n('r6', 'r5', 'Open 4 new sites', ['number-title', 'goal-clone']),
      n('r7', 'r5', 'Get lunch served in less than 10 minutes', ['number-title', 'goal-clone']),
      n('r8', 'r1', 'Kitchen Ops', ['generic-container']),
      n('r9', 'r8', 'Clean fryers and extraction every night', ['job-requirement']),
      n('r10', 'r8', 'Complete food hygiene level 2 for every new starter', ['compliance']),
      n('r11', 'r8', 'Cut food waste without shrinking portions'),
      n('r12', 'r1', 'Make the veggie menu the reason groups choose us'),
    ],
    cloneGroups: [
      ['r2', 'r5'],
      ['r3', 'r6'],
      ['r4', 'r7'],
    ],
  },
  {
    name: 'Fab 2 - 2027',
    domain: 'semiconductors',
    nodes: [
      n('s1', null, 'Make Fab 2 the fab customers trust with their first silicon'),
      n('s2', 's1', 'Process Eng: get N5 yields to where customers can plan on them'),
      n('s3', 's2', 'Yield 92% on N5', ['number-title']),
      n('s4', 's2', 'Calibrate metrology tools on schedule', ['job-requirement']),
      n('s5', 's1', 'Equipment Eng: stop litho downtime from holding up lots'),
      n('s6', 's5', 'Yield at 94% on N5', ['number-title', 'goal-clone']),
      n('s7', 's5', 'Hold a weekly tool-down review', ['task-listing']),
      n('s8', 's1', 'Customer Eng: make first silicon arrive on the date we promised'),
      n('s9', 's8', 'Make first silicon arrive on the promised date', ['goal-clone']),
      n('s10', 's8', 'Pass customer quality audits', ['compliance']),
      n('s11', 's1', 'Q3 targets', ['generic-container']),
    ],
    cloneGroups: [
      ['s3', 's6'],
      ['s8', 's9'],
    ],
  },
  {
    name: 'Backlist 2027',
    domain: 'publishing-house',
    nodes: [
      n('p1', null, 'Make our backlist work as hard as the frontlist'),
      n('p2', 'p1', 'Marketing: get backlist titles in front of new readers'),
      n('p3', 'p2', 'Run 12 backlist promotions', ['number-title', 'task-listing']),
      n('p4', 'p2', 'Build a readers newsletter people actually open'),
      n('p5', 'p1', 'Sales: get backlist titles in front of new readers', ['goal-clone']),
      n('p6', 'p5', 'Run 20 backlist promotions', ['number-title', 'task-listing', 'goal-clone']),
      n('p7', 'p5', 'Keep retailer metadata accurate', ['job-requirement']),
      n('p8', 'p1', 'Rights: sell translation rights for dormant backlist titles'),
      n('p9', 'p8', 'Attend the Frankfurt Book Fair', ['task-listing']),
      n('p10', 'p8', 'Complete the annual rights audit', ['compliance']),
    ],
    cloneGroups: [
      ['p2', 'p5'],
      ['p3', 'p6'],
    ],
  },
  {
    name: 'Visitor strategy 2027-28',
    domain: 'museum',
    nodes: [
      n('u1', null, 'Make the museum part of family life in the city'),
      n('u2', 'u1', 'Learning: bring families back outside the school holidays'),
      n('u3', 'u2', 'Run 8 family Saturdays', ['number-title', 'task-listing']),
      n('u4', 'u2', 'Make the galleries easy to explore with a buggy'),
      n('u5', 'u1', 'Visitor Experience: bring families back outside of school holidays', ['goal-clone']),
      n('u6', 'u5', 'Visitor Experience team', ['generic-container']),
      n('u7', 'u5', 'Keep the cafe and shop open on bank holidays', ['job-requirement']),
      n('u8', 'u1', 'Collections: put the stored Victorian toys on show for families'),
      n('u9', 'u8', 'Pass the Arts Council accreditation review', ['compliance']),
      n('u10', 'u8', 'Run 12 family Saturdays', ['number-title', 'task-listing', 'goal-clone']),
    ],
    cloneGroups: [
      ['u2', 'u5'],
      ['u3', 'u10'],
    ],
  },
];
