/** Public options and result of the PDF export. */
import type { Paper } from './paper';
import type { Tone } from './theme';

export interface ShelfItem {
  title: string;
  owner: string;
  note?: string;
}

export interface Finding {
  objectiveId: string;
  code: string;
  message: string;
}

export interface StatusInfo {
  label: string;
  tone: Tone;
}

export interface PdfOptions {
  paper: Paper;
  landscape: boolean;
  /**
   * 'fit': the tree on one page; 'atlas': overview plus pages per branch; 'auto': fit when legible;
   * 'poster': the one-page drawing across `sheets` of the paper, to assemble on a wall.
   */
  mode: 'fit' | 'atlas' | 'auto' | 'poster';
  /** Poster: sheets across and down (default 2 × 2). */
  sheets?: { cols: number; rows: number };
  /** Export only this objective's branch, as if it were the root. */
  focusId?: string | null;
  /** Which appendices to add (each only when its list below is given and not empty). */
  appendices?: { shelf?: boolean; findings?: boolean };
  /** Health & Hygiene shelf items (kept out of the cascade, listed in an appendix). */
  shelf?: readonly ShelfItem[];
  /** The coach's findings, listed in an appendix. */
  findings?: readonly Finding[];
  /** Date printed on every page; defaults to now. */
  date?: Date;
  /** Coach rule codes shown as badges on a card. */
  badges?: (objectiveId: string) => string[];
  /** Status shown on a card. */
  status?: (objectiveId: string) => StatusInfo | null;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface PdfResult {
  pages: number;
  mode: 'fit' | 'atlas' | 'poster';
  /** Set when the export did something other than asked, e.g. fell back from fit to the atlas. */
  notice?: string;
  /** Smallest text size drawn, in points (diagnostic; never below 6). */
  minFontSize: number;
  /** Things drawn outside the page's safe area (diagnostic; always 0 unless a layout bug). */
  outOfBounds: number;
  /** Scale of the tree on a fit page (1 = atlas size). */
  fitScale?: number;
}
