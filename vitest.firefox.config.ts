import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Real-Firefox smoke tests of the Firefox build (`npm run build:firefox` first; Debian's firefox-esr). */
export default defineConfig({
  // The `@/` alias WXT gives the source (tsconfig paths), for tests that import it.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    include: ['tests/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/firefox/global-setup.ts'],
  },
});
