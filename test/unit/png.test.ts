/**
 * PNG export: the example cascade rendered at 2× (PNG signature, IHDR dimensions), text drawn with
 * the bundled Noto fonts (Latin and the CJK fallback), and the refusal of a tree too large for one
 * bitmap with a message that offers the PDF atlas or SVG.
 */
import { describe, expect, it } from 'vitest';
import { checkBitmapSize, maxBitmapScale, svgToPng, TooLargeForBitmap } from '../../electron/export/png';
import { generatePlan } from '../helpers/generate';
import { planToSvg } from '../../shared/svg';
import { examplePlan, planFrom } from '../helpers/plans';

const TODAY = new Date('2026-05-15T12:00:00Z');
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which always comes first. */
function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('svgToPng', () => {
  it('renders the example cascade at 2×', () => {
    const { svg, width, height } = planToSvg(examplePlan(), { today: TODAY });
    const png = svgToPng(svg, width, height);
    expect(ihdr(png)).toEqual({ width: width * 2, height: height * 2 });
    // Other scales too.
    expect(ihdr(svgToPng(svg, width, height, 1))).toEqual({ width, height });
  });

  it('draws text with the bundled fonts, CJK included, and no system fonts', () => {
    const doc = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="'Noto Sans', sans-serif"><text x="4" y="28" font-size="20">${text}</text></svg>`;
    const blank = svgToPng(doc(''), 200, 40, 1);
    expect(svgToPng(doc('Grow revenue'), 200, 40, 1).equals(blank)).toBe(false);
    expect(svgToPng(doc('提高客户满意度'), 200, 40, 1).equals(blank)).toBe(false);
    expect(svgToPng(doc('한국 고객'), 200, 40, 1).equals(blank)).toBe(false);
    // Same input, same bytes.
    expect(svgToPng(doc('Grow revenue'), 200, 40, 1).equals(svgToPng(doc('Grow revenue'), 200, 40, 1))).toBe(true);
  });

  it('refuses a tree too large for one bitmap, offering the PDF atlas or SVG', () => {
    const g = generatePlan({ n: 400, seed: 4 });
    const { svg, width, height } = planToSvg(planFrom(g.objectives, g.keyResults, 'Big'), { today: TODAY });
    expect(width * 2).toBeGreaterThan(16_384);
    let caught: unknown;
    try {
      svgToPng(svg, width, height);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TooLargeForBitmap);
    const err = caught as TooLargeForBitmap;
    expect(err.name).toBe('TooLargeForBitmap');
    expect(err.message).toMatch(/too large for one image/);
    expect(err.message).toMatch(/PDF atlas/);
    expect(err.message).toMatch(/SVG/);
    expect(err.message).toContain(`${(width * 2).toLocaleString('en-US')} × ${(height * 2).toLocaleString('en-US')} px at 2×`);
    expect(err.pixelWidth).toBe(width * 2);
    expect(err.maxScale).toBeLessThan(2);
    if (err.maxScale > 0) expect(() => checkBitmapSize(width, height, err.maxScale)).not.toThrow();
  });

  it('checks the side and the pixel count', () => {
    expect(new TooLargeForBitmap(11_700, 4_900, 2).message).toBe(
      'This cascade is too large for one image (23,400 × 9,800 px at 2×). Export it as a PDF atlas or as SVG instead.',
    );
    expect(() => checkBitmapSize(8_192, 100, 2)).not.toThrow();
    expect(() => checkBitmapSize(8_193, 100, 2)).toThrow(TooLargeForBitmap);
    expect(() => checkBitmapSize(100, 8_193, 2)).toThrow(TooLargeForBitmap);
    // Each side fits, the pixel count does not: 16,000 × 14,000 = 224 million.
    expect(() => checkBitmapSize(8_000, 7_000, 2)).toThrow(TooLargeForBitmap);
    expect(() => checkBitmapSize(5_000, 5_000, 2)).not.toThrow();
    expect(maxBitmapScale(8_000, 7_000)).toBe(1.3);
    expect(() => checkBitmapSize(0, 10, 2)).toThrow(RangeError);
  });
});
