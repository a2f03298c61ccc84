import { defineConfig } from 'vitest/config';

const E2E = 'src/**/*.e2e.test.ts';
/** Benches run once, in the engine project (every other project lists none). */
const NO_BENCH = { include: [] };

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The game, and the classroom pages (teacher console, student page, projector).
    rollupOptions: { input: { main: 'index.html', classroom: 'src/game/classroom/index.html' } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          // Whole simulated games on a 2-core CI machine: tests check behaviour, benches time it.
          testTimeout: 30_000,
          environment: 'node',
          include: ['src/engine/**/*.test.ts', 'src/ai/**/*.test.ts', 'src/cli/**/*.test.ts'],
          exclude: [E2E],
          benchmark: { include: ['src/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'game',
          // Whole simulated games on a 2-core CI machine: tests check behaviour, benches time it.
          testTimeout: 30_000,
          benchmark: NO_BENCH,
          environment: 'node',
          include: ['src/game/**/*.test.ts'],
          exclude: [E2E],
        },
      },
      {
        extends: true,
        test: {
          // Real server processes and network clients on loopback.
          name: 'server',
          benchmark: NO_BENCH,
          environment: 'node',
          include: ['src/server/**/*.test.ts'],
          exclude: [E2E],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The built game in Debian's Chromium, driven by playwright-core.
          name: 'e2e',
          benchmark: NO_BENCH,
          environment: 'node',
          include: [E2E],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
