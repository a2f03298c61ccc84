import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds only the classroom pages (teacher console, student page, projector) into
 * CLASSROOM_OUT_DIR, keeping the page at src/game/classroom/index.html as the main build would
 * once its inputs list it. The browser test uses this so it never touches dist.
 */
const root = resolve(import.meta.dirname, '../../..');

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: process.env.CLASSROOM_OUT_DIR ?? resolve(root, 'dist'),
    emptyOutDir: true,
    rollupOptions: { input: { classroom: resolve(root, 'src/game/classroom/index.html') } },
  },
});
