import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './electron/backend/static.ts';

/** Writes the one Content Security Policy into index.html, so the page and the hosts cannot disagree. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'seve-csp',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
  ],
});

// The renderer is served from app:// (Electron) or http://127.0.0.1 (browser mode): relative URLs work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  // The app icon doubles as the page's favicon.
  publicDir: '../resources/icons',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
