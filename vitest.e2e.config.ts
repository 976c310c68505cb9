import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Real-Chromium tests of the built extension (`npm run build` first). */
export default defineConfig({
  // The `@/` alias WXT gives the source (tsconfig paths), for tests that import it.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/e2e/i18n-setup.ts'],
  },
});
