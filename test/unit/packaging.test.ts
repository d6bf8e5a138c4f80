import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const build = pkg.build;
const require = createRequire(import.meta.url);

/** The sizes inside an .ico directory and the entry types of an .icns, read from the bytes. */
function icoSizes(file: string): number[] {
  const b = fs.readFileSync(file);
  return Array.from({ length: b.readUInt16LE(4) }, (_, i) => b.readUInt8(6 + 16 * i) || 256);
}
function icnsTypes(file: string): string[] {
  const b = fs.readFileSync(file);
  expect(b.toString('ascii', 0, 4)).toBe('icns');
  expect(b.readUInt32BE(4)).toBe(b.length);
  const types: string[] = [];
  for (let at = 8; at < b.length; at += b.readUInt32BE(at + 4)) types.push(b.toString('ascii', at, at + 4));
  return types;
}
const pngSize = (file: string) => {
  const b = fs.readFileSync(file);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe('packaging (electron-builder configuration)', () => {
  it('is valid for electron-builder, with what the deb target needs', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(build, new DebugLogger())).resolves.toBeUndefined();
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author.email).toMatch(/@/);
  });

  it('flips the fuses: no run-as-node, NODE_OPTIONS or --inspect; encrypted cookies; only a verified app.asar', () => {
    expect(build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('has app and document icons for every platform, generated from the SVG sources', () => {
    expect(icoSizes('build/icon.ico')).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(icoSizes('build/document.ico')).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const f of ['build/icon.icns', 'build/document.icns']) expect(icnsTypes(f)).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic10']));
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(pngSize(`build/icons/${size}x${size}.png`)).toEqual([size, size]);
    expect(build.mac.icon).toBe('build/icon.icns');
    expect(build.win.icon).toBe('build/icon.ico');
    expect(build.linux.icon).toBe('build/icons');
    const [association] = build.fileAssociations;
    expect(association).toMatchObject({ ext: 'cascade', icon: 'document' });
    expect(build.linux.mimeTypes).toEqual([association.mimeType]);
  });

  it('ships the bundles and only the runtime packages; the PDF fonts it reads are unpacked for the native renderer', () => {
    const runtime = Object.keys(pkg.dependencies).sort();
    expect(runtime).toEqual(['@embedpdf/fonts-kr', '@embedpdf/fonts-latin', '@embedpdf/fonts-sc', '@resvg/resvg-js', 'better-sqlite3', 'pdfkit']);
    expect(build.files).toEqual(expect.arrayContaining(['!**/*.map', 'out/electron/main.cjs', 'out/electron/preload.cjs', 'out/renderer/**']));
    expect(build.files.some((f: string) => f.startsWith('test') || f.includes('out/bench') || f.includes('out/cli'))).toBe(false);
    expect(build.asarUnpack).toEqual(expect.arrayContaining(['node_modules/@embedpdf/**', 'node_modules/better-sqlite3/**']));
  });

  it('lists every bundle it ships in the README, with its size', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('What the app ships'), readme.indexOf('**total**'));
    for (const entry of build.files.filter((f: string) => f.startsWith('out/'))) {
      const [dir, name] = [entry.split('/')[1], entry.split('/').pop()!.replace('**', '')];
      const row = table.split('\n').find((l) => l.includes(`out/${dir}/`) && (name === '' || l.includes(name)));
      expect(row, entry).toMatch(/\| [\d.]+ MB \|$/);
    }
  });
});
