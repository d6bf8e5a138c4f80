/**
 * PNG export: the SVG of shared/svg.ts rendered with resvg at 2× (crisp on high-density screens and
 * in slides). Only the Noto fonts shipped in the @embedpdf npm packages are used, never the
 * system's, so the same plan gives the same pixels on every machine. Plain Node: no Electron here.
 *
 * One bitmap has limits (image viewers and browsers give up around 16,384 px a side, and a
 * 100-megapixel RGBA buffer is already 400 MB), so a tree too large for one image is refused up
 * front with TooLargeForBitmap, whose message points to the PDF atlas or SVG instead.
 */
import { Resvg } from '@resvg/resvg-js';
import { fontFiles } from './pdf/fonts';

/** Longest side of the bitmap, in device pixels. */
export const MAX_BITMAP_SIDE = 16_384;
/** Pixel count of the bitmap. */
export const MAX_BITMAP_PIXELS = 100_000_000;

const num = (n: number): string => Math.round(n).toLocaleString('en-US');
const times = (scale: number): string => `${Number(scale.toFixed(2))}×`;

/** The picture would be too big for one bitmap; the UI offers the PDF atlas or SVG instead. */
export class TooLargeForBitmap extends Error {
  override readonly name = 'TooLargeForBitmap';
  /** Size of the bitmap that was asked for, in device pixels. */
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  /**
   * The largest scale at which the picture would fit in one bitmap (e.g. 1.4 when 2× is too much),
   * floored to a tenth; 0 when not even 0.1× fits.
   */
  readonly maxScale: number;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly scale: number,
  ) {
    const pw = Math.ceil(width * scale);
    const ph = Math.ceil(height * scale);
    super(
      `This cascade is too large for one image (${num(pw)} × ${num(ph)} px at ${times(scale)}). ` +
        'Export it as a PDF atlas or as SVG instead.',
    );
    this.pixelWidth = pw;
    this.pixelHeight = ph;
    this.maxScale = maxBitmapScale(width, height);
  }
}

/** The largest scale (in tenths) at which a width × height picture fits in one bitmap; 0 if none. */
export function maxBitmapScale(width: number, height: number): number {
  const limit = Math.min(MAX_BITMAP_SIDE / width, MAX_BITMAP_SIDE / height, Math.sqrt(MAX_BITMAP_PIXELS / (width * height)));
  let s = Math.floor(limit * 10) / 10;
  // Rounding up to whole pixels can still tip it over.
  while (s > 0 && !fits(width, height, s)) s = Math.round((s - 0.1) * 10) / 10;
  return Math.max(0, s);
}

function fits(width: number, height: number, scale: number): boolean {
  const pw = Math.ceil(width * scale);
  const ph = Math.ceil(height * scale);
  return pw <= MAX_BITMAP_SIDE && ph <= MAX_BITMAP_SIDE && pw * ph <= MAX_BITMAP_PIXELS;
}

/** Throws TooLargeForBitmap when a width × height picture at `scale` exceeds the bitmap limits. */
export function checkBitmapSize(width: number, height: number, scale = 2): void {
  if (!(Number.isFinite(width) && Number.isFinite(height) && Number.isFinite(scale)) || width <= 0 || height <= 0 || scale <= 0) {
    throw new RangeError(`Cannot make an image of ${width} × ${height} px at ${scale}×.`);
  }
  if (!fits(width, height, scale)) throw new TooLargeForBitmap(width, height, scale);
}

/**
 * Characters Noto Sans (Latin, Greek, Cyrillic, general punctuation) covers; anything else makes
 * the renderer load the CJK fallbacks too (16 MB, so only when needed).
 */
const PRIMARY_ONLY = /^[\u0000-\u052f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u21ff\u2200-\u22ff\ufffd]*$/;

/**
 * Renders `svg` (width × height CSS px, as planToSvg returns) to PNG at `scale` device pixels per
 * CSS pixel. Throws TooLargeForBitmap before any work when the bitmap would be too large.
 */
export function svgToPng(svg: string, width: number, height: number, scale = 2): Buffer {
  checkBitmapSize(width, height, scale);
  const faces = fontFiles();
  const primary = faces[0] ?? [];
  if (primary.length === 0) throw new Error('The font package @embedpdf/fonts-latin is missing; run npm install.');
  const files = PRIMARY_ONLY.test(svg) ? primary : faces.flat();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: files,
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
