/**
 * Card geometry shared by the graph and the layout. Heights are computed from content rather than
 * measured in the DOM, so the layout never waits for a render and a card never changes size after
 * it appears. The numbers mirror renderer/styles.css (.card and its parts); change both together.
 */
export const CARD = {
  width: 300,
  /** Borders, paddings, header, roll-up bar, footer and the gaps between them. */
  chrome: 121,
  titleLine: 21,
  titleCharsPerLine: 28,
  titleMaxLines: 4,
  krLine: 18,
  krCharsPerLine: 40,
  krMaxLines: 2,
  /** The value row, the row's padding and the gap to the next row. */
  krExtra: 30,
  /** The row of coach badges, with its gap, on a card that has findings. */
  badges: 22,
  hGap: 28,
  vGap: 44,
} as const;

export const lineCount = (text: string, perLine: number, max: number): number =>
  Math.min(max, Math.max(1, Math.ceil(text.length / perLine)));

export const krRowHeight = (title: string): number =>
  lineCount(title, CARD.krCharsPerLine, CARD.krMaxLines) * CARD.krLine + CARD.krExtra;

/** A card's height without its KR rows: chrome, title and the row of badges if it has one. */
export const cardHeadHeight = (title: string, hasBadges = false): number =>
  CARD.chrome + lineCount(title, CARD.titleCharsPerLine, CARD.titleMaxLines) * CARD.titleLine + (hasBadges ? CARD.badges : 0);

export function cardHeight(title: string, krTitles: readonly string[], hasBadges = false): number {
  let h = cardHeadHeight(title, hasBadges);
  for (const t of krTitles) h += krRowHeight(t);
  return h;
}
