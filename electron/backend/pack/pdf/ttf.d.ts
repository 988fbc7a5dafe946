/** Font files are bundled as bytes (esbuild's binary loader, and a matching vitest plugin). */
declare module '*.ttf' {
  const bytes: Uint8Array;
  export default bytes;
}
