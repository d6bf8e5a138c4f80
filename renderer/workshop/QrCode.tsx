import { useMemo } from 'react';
import { create } from 'qrcode';

/** The white margin scanners need around the symbol, in modules (the standard's quiet zone). */
const QUIET = 4;

/**
 * A QR code as SVG, drawn from the `qrcode` library's module matrix: one path of dark squares,
 * always black on white whatever the theme (phone cameras read dark on light), crisp at any size.
 * Named for what it holds, so a screen reader says where it leads.
 */
export function QrCode({ text, size }: { text: string; size: number }) {
  const { d, n } = useMemo(() => {
    // Level L: a screen is never creased or smudged, and fewer, larger modules read from further away.
    const { modules } = create(text, { errorCorrectionLevel: 'L' });
    let path = '';
    for (let row = 0; row < modules.size; row++) {
      // Runs of dark modules along a row become one rectangle each: a short path for a long address.
      for (let col = 0; col < modules.size; col++) {
        if (!modules.get(row, col)) continue;
        let end = col;
        while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
        path += `M${col + QUIET} ${row + QUIET}h${end - col + 1}v1h-${end - col + 1}z`;
        col = end;
      }
    }
    return { d: path, n: modules.size + 2 * QUIET };
  }, [text]);
  return (
    <svg className="qr-code" role="img" aria-label={`QR code for ${text}`} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges">
      <rect width={n} height={n} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
