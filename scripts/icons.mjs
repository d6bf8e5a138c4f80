// Makes every platform's icons from the two sources in build/ (icon.svg, document.svg), with resvg
// (already a dependency): icon.png (1024), icons/<size>x<size>.png for Linux, icon.ico, icon.icns,
// and the same set for the .cascade document icon. Run `node scripts/icons.mjs` after editing a
// source; the outputs are committed so that packaging needs no extra tool.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const dir = path.join(import.meta.dirname, '..', 'build');

const render = (svg, size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

/** Windows .ico: a directory of PNG images (allowed since Vista), 16 to 256 px. */
function ico(svg) {
  const sizes = [16, 24, 32, 48, 64, 128, 256];
  const images = sizes.map((s) => render(svg, s));
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((s, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(s === 256 ? 0 : s, e);
    header.writeUInt8(s === 256 ? 0 : s, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(images[i].length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += images[i].length;
  });
  return Buffer.concat([header, ...images]);
}

/** macOS .icns: typed PNG entries, 16 px to 1024 px (512@2x). */
function icns(svg) {
  const types = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];
  const entries = types.map(([type, size]) => {
    const png = render(svg, size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

for (const [source, name] of [['icon.svg', 'icon'], ['document.svg', 'document']]) {
  const svg = fs.readFileSync(path.join(dir, source));
  fs.writeFileSync(path.join(dir, `${name}.png`), render(svg, 1024));
  fs.writeFileSync(path.join(dir, `${name}.ico`), ico(svg));
  fs.writeFileSync(path.join(dir, `${name}.icns`), icns(svg));
}
// Linux: electron-builder takes a folder of <size>x<size>.png for the app icon.
fs.mkdirSync(path.join(dir, 'icons'), { recursive: true });
const app = fs.readFileSync(path.join(dir, 'icon.svg'));
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) fs.writeFileSync(path.join(dir, 'icons', `${size}x${size}.png`), render(app, size));
