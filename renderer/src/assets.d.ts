/** Stylesheets are bundled by Vite; importing one has only side effects. */
declare module '*.css';

/** The user guide, bundled as text and rendered in the app (features/help). */
declare module '*.md?raw' {
  const text: string;
  export default text;
}

/** Vite's glob import (its client types are not loaded: the renderer's tsconfig lists no ambient types). */
interface ImportMeta {
  glob: (pattern: string, options: { eager: true; query: '?url'; import: 'default' }) => Record<string, string>;
}
