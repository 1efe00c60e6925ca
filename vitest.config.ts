import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/support/*.test.ts'],
    environment: 'node',
    // Vitest leaves one of two cores idle by default. The content-build tests run Astro for most of
    // the suite's time; the other files fit beside them on the second core.
    maxWorkers: 2,
  },
});
