/**
 * Fonts that ship inside npm packages, so every machine that runs the app has them. pdfkit's
 * built-in Helvetica only knows WinAnsi; Noto Sans covers Latin (extended), Greek and Cyrillic, and
 * the Noto Sans CJK subsets cover Chinese and Japanese (Hans) and Korean (KR). The CJK fonts are big
 * (8 MB), so they are read only when the document contains a character the primary font lacks.
 * Emoji have no font here: they come out as the primary font's empty box.
 */
import fs from 'node:fs';
import path from 'node:path';
// A namespace import: the ESM bundles' banner already declares `createRequire` at top level.
import * as nodeModule from 'node:module';

export type Weight = 'regular' | 'semibold' | 'bold';
export const WEIGHTS: readonly Weight[] = ['regular', 'semibold', 'bold'];

interface Face {
  pkg: string;
  files: Record<Weight, string>;
}

/** Primary first, then fallbacks in the order they are tried for a missing character. */
const FACES: readonly Face[] = [
  {
    pkg: '@embedpdf/fonts-latin',
    files: { regular: 'NotoSans-Regular.ttf', semibold: 'NotoSans-SemiBold.ttf', bold: 'NotoSans-Bold.ttf' },
  },
  {
    pkg: '@embedpdf/fonts-sc',
    files: { regular: 'NotoSansHans-Regular.otf', semibold: 'NotoSansHans-Bold.otf', bold: 'NotoSansHans-Bold.otf' },
  },
  {
    pkg: '@embedpdf/fonts-kr',
    files: { regular: 'NotoSansKR-Regular.otf', semibold: 'NotoSansKR-Bold.otf', bold: 'NotoSansKR-Bold.otf' },
  },
];

// Works in the CommonJS bundle (Electron main), the ESM bundles (whose banner defines require)
// and under vitest, without touching import.meta (which the CJS bundle cannot have).
const nodeRequire: NodeJS.Require =
  typeof require === 'function' && typeof require.resolve === 'function'
    ? require
    : nodeModule.createRequire(path.join(process.cwd(), 'noop.js'));

const fileCache = new Map<string, Buffer>();

function facePath(face: Face, weight: Weight): string | null {
  try {
    // The packages export only their index (in dist/); the fonts sit beside dist/.
    const entry = nodeRequire.resolve(face.pkg);
    const file = path.join(path.dirname(path.dirname(entry)), 'fonts', face.files[weight]);
    return fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

function readFace(face: Face, weight: Weight): Buffer | null {
  const file = facePath(face, weight);
  if (!file) return null;
  let buf = fileCache.get(file);
  if (!buf) {
    buf = fs.readFileSync(file);
    fileCache.set(file, buf);
  }
  return buf;
}

/**
 * Paths of the font files present, one list per face (primary first, then the fallbacks), each
 * file once. For renderers that load fonts by path, such as resvg in the PNG export.
 */
export function fontFiles(): string[][] {
  return FACES.map((face) => [...new Set(WEIGHTS.map((w) => facePath(face, w)).filter((p): p is string => p !== null))]);
}

/** What pdfkit keeps for an embedded font; only these members are used. */
interface PdfkitFont {
  widthOfString(text: string, size: number): number;
  font: { hasGlyphForCodePoint(cp: number): boolean };
  /** pdfkit's per-word glyph-run cache (grows with every distinct word and number). */
  layoutCache?: Record<string, unknown>;
}

export const fontKey = (weight: Weight, face: number): string => `${weight}-${face}`;

/**
 * The fonts registered with one document: which face draws a character, and width measurement.
 * Face 0 is the primary; a character no face has is drawn with face 0.
 */
export class FontSet {
  private readonly loaded: boolean[] = [];
  private readonly objects = new Map<string, PdfkitFont>();
  private readonly faceOf = new Map<number, number>();

  constructor(private readonly doc: PDFKit.PDFDocument) {
    if (!this.load(0)) {
      throw new Error(`The PDF font package ${FACES[0]!.pkg} is missing; run npm install.`);
    }
  }

  get faces(): number {
    return this.loaded.length;
  }

  private load(face: number): boolean {
    if (this.loaded[face] !== undefined) return this.loaded[face]!;
    const spec = FACES[face]!;
    let ok = true;
    for (const w of WEIGHTS) {
      const buf = readFace(spec, w);
      if (!buf) {
        ok = false;
        break;
      }
      this.doc.registerFont(fontKey(w, face), buf);
    }
    this.loaded[face] = ok;
    return ok;
  }

  object(key: string): PdfkitFont {
    let f = this.objects.get(key);
    if (!f) {
      // Selecting the font makes pdfkit open it; its internal object measures and maps glyphs.
      this.doc.font(key);
      f = (this.doc as unknown as { _font: PdfkitFont })._font;
      this.objects.set(key, f);
    }
    return f;
  }

  /**
   * Empties pdfkit's per-word layout caches. A big document has hundreds of thousands of distinct
   * "words" (figures, mostly), and each cached layout is a few kilobytes; trimming now and then
   * keeps memory flat at little cost, since common words are cached again at once.
   */
  trimCaches(): void {
    for (const f of this.objects.values()) if (f.layoutCache) f.layoutCache = Object.create(null) as Record<string, unknown>;
  }

  private has(face: number, cp: number): boolean {
    return this.object(fontKey('regular', face)).font.hasGlyphForCodePoint(cp);
  }

  /**
   * Loads the fallback faces that the given text needs. Call once with all the document's text
   * before measuring anything, so that measurement and drawing agree on the face of each character.
   */
  prepare(texts: Iterable<string>): void {
    const missing = new Set<number>();
    for (const t of texts) {
      if (isPlainAscii(t)) continue;
      for (const ch of t) {
        const cp = ch.codePointAt(0)!;
        if (cp < 0x80 || this.faceOf.has(cp)) continue;
        if (this.has(0, cp)) this.faceOf.set(cp, 0);
        else missing.add(cp);
      }
    }
    for (let face = 1; face < FACES.length && missing.size > 0; face++) {
      if (!this.load(face)) continue;
      for (const cp of [...missing]) {
        if (this.has(face, cp)) {
          this.faceOf.set(cp, face);
          missing.delete(cp);
        }
      }
    }
    for (const cp of missing) this.faceOf.set(cp, 0);
  }

  /** Face for a code point (prepare() must have seen it; anything unseen uses the primary). */
  face(cp: number): number {
    return cp < 0x80 ? 0 : (this.faceOf.get(cp) ?? 0);
  }
}

const PLAIN = /^[\x20-\x7e]*$/;
export const isPlainAscii = (s: string): boolean => PLAIN.test(s);
