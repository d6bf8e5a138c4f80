// Style sheets are bundled by esbuild; importing them has no value to type.
declare module '*.css';
