// Style sheets are bundled by esbuild; importing them has no value to type.
declare module '*.css';
/** package.json's version, put in by esbuild (see esbuild.config.mjs). */
declare const __APP_VERSION__: string;
