import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  build: { outDir: 'dist', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['src/engine/**/*.test.ts', 'src/ai/**/*.test.ts', 'src/cli/**/*.test.ts'],
          benchmark: { include: ['src/**/*.bench.ts'] },
        },
      },
    ],
  },
});
