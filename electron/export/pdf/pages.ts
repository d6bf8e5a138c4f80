/** What each planned page holds; planning assigns page numbers before anything is drawn. */
import type { CardSpec, Op } from './card';
import type { Block } from './layout';
import type { Section } from './prepare';
import type { Rect } from './paper';

/** A branch to print starting at `node` (children from `from`). */
export interface Job {
  node: number;
  from: number;
  /** A continuation: the node is repeated as a slim header. */
  slim: boolean;
  fromPage: number | null;
  section: Section;
  /** First page of this job (1-based), assigned when planned. */
  page: number;
  /** Page whose marker leads here. */
  markerPage: number | null;
  /** Cache: the whole subtree laid out for one page, or null when it does not fit one. */
  whole?: Block | null;
}

/** One tree drawn on a page; packed pages hold several small branches, each with a caption. */
export interface PagePart {
  block: Block;
  ox: number;
  oy: number;
  caption: string | null;
}

export interface TreePage {
  kind: 'tree';
  /** The job the page belongs to (the first one, on a packed page). */
  job: Job;
  /** Jobs whose first page this is (all of them on a packed page). */
  jobs: Job[];
  parts: PagePart[];
  /** Children left for the next page. */
  more: { job: Job; count: number } | null;
  /** The job each of the parts' markers leads to, in order of parts, then markers. */
  markerJobs: Job[];
}

export interface FitPage {
  kind: 'fit';
  block: Block;
  scale: number;
  ox: number;
  oy: number;
  legend: Rect;
}

export interface OverviewTile {
  x: number;
  y: number;
  spec: CardSpec;
  /** Job whose page the tile leads to. */
  job: Job;
  pageRef: { x: number; y: number };
}

export interface OverviewPage {
  kind: 'overview';
  index: number;
  count: number;
  titleBlock: boolean;
  cards: { x: number; y: number; spec: CardSpec }[];
  tiles: OverviewTile[];
  labels: { x: number; y: number; text: string }[];
  /** Where the legend goes; ops when it is set narrower than the page (beside a card). */
  legend: (Rect & { ops?: readonly Op[] }) | null;
}

export interface TableRow {
  cells: { lines: { text: string; w: number }[]; weight: 'regular' | 'semibold' | 'bold'; color: string; chip?: boolean }[];
  h: number;
  /** Where the row links to (an objective's page). */
  node?: number;
}

export interface TablePage {
  kind: 'table';
  title: string;
  subtitle: string | null;
  first: boolean;
  columns: { label: string; x: number; w: number }[];
  rows: { y: number; row: TableRow }[];
  dest: string;
  outline: string | null;
}

export type PagePlan = TreePage | FitPage | OverviewPage | TablePage;
