import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app:// (Electron) or http://127.0.0.1 (browser mode): relative URLs work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
