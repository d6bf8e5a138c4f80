import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { parseMarkdown } from '../../shared/formats';

/**
 * A plan shaped like a real company's: wide and shallow, owners named in prose, a typo or two,
 * links, and key results in mixed units, written the way people outline them.
 */
export const COMPANY_OUTLINE = `# Northwind Logistics — FY2026

- North Star: **Become the most reliable regional carrier in the Nordics** — Leadership team · 2026
  > On-time delivery is the promise; see https://intranet.northwind.example/strategy-2026
  - KR: On-time delivery rate (91 → 93 → 98 %)
  - KR: Net promoter score (22 → 25 → 40)
  - Strategic Bridge: **Make every route predictable** — Operations · 2026
    - KR: Routes with live ETA (10 → 35 → 100 %)
    - Contribution: **Pilot dynamic re-routing in Gothenburg** — Astrid Lindqvist · Q2 2026
      - KR: Late arrivals on pilot routes (14 → 11 → 5 %, decrease)
    - Contribution: **Cut depot dwell time at Malmö hub** — Jonas Berg · Q2 2026
      - KR: Average dwell (95 → 80 → 45 minutes, decrease)
    - Contribution: **Instrument the last 50 trucks with telematics** — Fleet team · Q1 2026
      - KR: Trucks reporting live (0 → 12 → 50 trucks)
  - Strategic Bridge: **Win back trust with key acounts** — Account Management · 2026
    - KR: Renewals of top-30 accounts (18 → 20 → 28 accounts)
    - Contribution: **Quarterly business reviews with every top-30 account** — Maja Holm · Q2 2026
      - KR: QBRs held (0 → 9 → 30)
    - Contribution: **Publish a service credit policy customers can read in 2 minutes** — Legal & CX · Q2 2026
      - KR: Policy live (0 → 0 → 1, binary)
  - Strategic Bridge: **Grow revenue from temperature-controlled freight** — Commercial · 2026
    - KR: Cold-chain revenue (2.1 → 2.4 → 4.0 MSEK)
    - Contribution: **Sign two pharma distributors in Stockholm** — Erik Sandström · Q3 2026
      - KR: Signed distributors (0 → 0 → 2 contracts)
    - Contribution: **Certify the Uppsala warehouse for GDP** — Quality team · Q2 2026
      - KR: Audit findings closed (0 → 4 → 17 findings)
  - Strategic Bridge: **Hire and keep great drivers** — People & Culture · 2026
    - KR: Driver attrition (24 → 21 → 12 %, decrease)
    - Contribution: **Launch a mentor programme for first-year drivers** — Sofia Ek · Q2 2026
      - KR: New drivers with a mentor (0 → 15 → 100 %)
- North Star: **Be carbon-neutral on city routes by 2028** — Leadership team · 2026
  - KR: Electric share of city kilometres (8 → 12 → 40 %)
  - Strategic Bridge: **Electrify the Copenhagen fleet** — Fleet team · 2026
    - KR: E-vans in service (6 → 9 → 30 vans)
    - Contribution: **Install 12 chargers at the Ørestad depot** — Facilities · Q2 2026
      - KR: Chargers live (0 → 3 → 12 chargers)
`;

/** Writes the company plan into `file` (created) and returns what it holds. */
export function writeCompanyPlan(file: string): { objectives: number; keyResults: number } {
  const parsed = parseMarkdown(COMPANY_OUTLINE);
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  const db = openPlanDb(file, { create: true });
  try {
    const out = new PlanRepo(db).importPlan(null, parsed.objectives, parsed.keyResults, parsed.dismissals);
    return { objectives: out.objectives.length, keyResults: out.keyResults.length };
  } finally {
    closePlanDb(db);
  }
}
