/** Binary assets are bundled as bytes (esbuild's `binary` loader; vitest.config.ts does the same). */
declare module '*.bin' {
  const bytes: Uint8Array;
  export default bytes;
}
