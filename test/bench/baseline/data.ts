import type { KeyResult, Level } from '../../../shared/model';

/** What the bench serves to the baseline page as /plan.json: every card with its layout position. */
export interface BaselineCard {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  owner: string;
  level: Level;
  /** Roll-up progress 0..1, or null. */
  rollup: number | null;
  krs: KeyResult[];
}

export interface BaselinePlan {
  cards: BaselineCard[];
  /** [parent id, child id] for every edge. */
  edges: Array<[string, string]>;
}
