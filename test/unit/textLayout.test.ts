/**
 * Word wrap with Noto Sans advance widths. Expected lines are worked out by hand from the font's
 * widths (per 1000 em, Regular): 'a' 561, space 260, '-' 322. At 10 px: 'aaa' = 16.83 px,
 * 'aaa aaa' = 36.26 px, 'aaa-aaa' = 36.88 px.
 */
import { describe, expect, it } from 'vitest';
import { CARD, cardHeight, layoutCard } from '../../shared/card';
import { textWidth, wrapText } from '../../shared/textLayout';

const R10 = { face: 'regular', size: 10 } as const;

describe('textLayout', () => {
  it('measures with the font widths', () => {
    expect(textWidth('aaa', 10)).toBeCloseTo(16.83, 2);
    expect(textWidth('aaa aaa', 10)).toBeCloseTo(36.26, 2);
  });

  it('wraps at spaces, keeping the space at the end of its line', () => {
    expect(wrapText('aaa aaa aaa', R10, 40).lines).toEqual(['aaa aaa ', 'aaa']);
    expect(wrapText('aaa aaa aaa', R10, 60).lines).toEqual(['aaa aaa aaa']);
    expect(wrapText('aaa aaa aaa', R10, 20).lines).toEqual(['aaa ', 'aaa ', 'aaa']);
  });

  it('breaks after a hyphen but not before a number', () => {
    expect(wrapText('aaa-aaa', R10, 30).lines).toEqual(['aaa-', 'aaa']);
    // "-5" stays together: the only break is the space.
    expect(wrapText('aaa a-5', R10, 30).lines).toEqual(['aaa ', 'a-5']);
  });

  it('splits a word longer than a line between characters', () => {
    expect(wrapText('aaaaaaaaaa', R10, 20).lines).toEqual(['aaa', 'aaa', 'aaa', 'a']);
  });

  it('ends the last allowed line with an ellipsis', () => {
    const w = wrapText('aaa aaa aaa aaa', R10, 40, 1);
    expect(w.truncated).toBe(true);
    expect(w.lines).toHaveLength(1);
    expect(w.lines[0]!.endsWith('\u2026')).toBe(true);
    expect(w.lines[0]!.startsWith('aaa')).toBe(true);
    expect(textWidth(w.lines[0]!, 10)).toBeLessThanOrEqual(40);
  });

  it('handles a 10,000-character string quickly', () => {
    const long = 'word '.repeat(2000);
    const t0 = performance.now();
    const w = wrapText(long, { face: 'semibold', size: 16 }, 268, 4);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(w.lines).toHaveLength(4);
    expect(w.lines[3]!.endsWith('\u2026')).toBe(true);
    const unbroken = wrapText('x'.repeat(10_000), { face: 'regular', size: 13 }, 266);
    expect(unbroken.lines.join('')).toBe('x'.repeat(10_000));
    for (const l of unbroken.lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(266);
  });

  it('wraps CJK between characters and keeps emoji sequences whole', () => {
    const cjk = '提高客户满意度并扩大华东市场'.repeat(3);
    const w = wrapText(cjk, { face: 'regular', size: 13 }, 130);
    // Unknown to Noto Sans: 1 em each, so ten characters (130 px) a line.
    expect(w.lines.map((l) => [...l].length)).toEqual([10, 10, 10, 10, 2]);
    expect(w.lines.join('')).toBe(cjk);
    const emoji = wrapText('🚀 launch 👨‍👩‍👧 family 🇸🇪 flag', { face: 'regular', size: 13 }, 60);
    expect(emoji.lines.join('')).toBe('🚀 launch 👨‍👩‍👧 family 🇸🇪 flag');
    for (const l of emoji.lines) expect(l.startsWith('\u200d')).toBe(false);
    expect(emoji.lines.some((l) => l.includes('👨‍👩‍👧'))).toBe(true);
    expect(emoji.lines.some((l) => l.includes('🇸🇪'))).toBe(true);
  });
});

describe('card model', () => {
  it('sums the geometry: chrome 121, title lines of 21, KR rows of 18 per line + 30, badges 22', () => {
    expect(cardHeight('Short', [])).toBe(121 + 21);
    expect(cardHeight('Short', ['One KR'], true)).toBe(121 + 21 + 22 + 18 + 30);
    const long = layoutCard('word '.repeat(100), ['word '.repeat(100)]);
    expect(long.title.lines).toHaveLength(CARD.title.maxLines);
    expect(long.krs[0]!.lines).toHaveLength(CARD.kr.maxLines);
    expect(long.height).toBe(121 + 4 * 21 + 2 * 18 + 30);
    // The footer sits inside the card, below the last key result.
    expect(long.footerTop + CARD.footer).toBeLessThanOrEqual(long.height);
    expect(long.footerTop).toBeGreaterThanOrEqual(long.krs[0]!.top + long.krs[0]!.height);
  });
});
