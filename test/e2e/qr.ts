import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';

/**
 * What a QR code on screen says, read back the way a phone's camera would: from the pixels
 * (a screenshot of the element, a margin of page around it) by an independent decoder, jsQR.
 * Null when it cannot be read.
 */
export async function readQr(qr: Locator): Promise<string | null> {
  const box = (await qr.boundingBox())!;
  const margin = 12;
  const shot = await qr.page().screenshot({ clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin }, scale: 'device' });
  const png = PNG.sync.read(shot);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
