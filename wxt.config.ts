import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { shippedMessages } from './scripts/shipped-messages';

/**
 * zod 4 keeps two `Function` constructor calls (its JIT, and a probe of
 * whether eval works). Inroads runs zod jitless (lib/domain/model/zod.ts), so both
 * are dead code; this strips them so the bundles hold no code generation at
 * all (MV3's CSP forbids it, and store reviewers flag it).
 */
const noCodeGeneration = {
  name: 'inroads-no-code-generation',
  transform(code: string, id: string) {
    if (!/zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/.test(id)) return null;
    return code.replaceAll(
      'const F = Function;',
      'const F = undefined; throw new Error("code generation is disabled");',
    );
  },
};

/**
 * The LinkedIn content script (entrypoints/linkedin.ts, built as an unlisted script). LinkedIn is a
 * single-page app: match the whole site, react to in-page navigation.
 */
const LINKEDIN_CONTENT_SCRIPT = {
  matches: ['https://www.linkedin.com/*'],
  js: ['linkedin.js'],
  run_at: 'document_idle' as const,
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // INROADS_OUT_DIR lets two builds (e.g. a bench and a test run) not overwrite each other.
  outDir: process.env.INROADS_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [noCodeGeneration],
    // INROADS_SOURCEMAP=1: source maps, to see which modules make a chunk (e.g. the popup's first paint).
    build: { sourcemap: process.env.INROADS_SOURCEMAP === '1' },
    // Test hooks (the context-menu handler on the worker's global scope) exist only in builds made
    // with INROADS_TEST_HOOKS=1 for the browser tests; a production build has none.
    define: { __INROADS_TEST_HOOKS__: JSON.stringify(process.env.INROADS_TEST_HOOKS === '1') },
  }),
  // Builds never try to open a browser (the browser tests launch their own).
  webExt: { disabled: true },
  hooks: {
    // Translators' descriptions stay in the source; the build ships the messages only.
    'build:publicAssets': (_wxt, files) => {
      files.forEach((file, i) => {
        if ('absoluteSrc' in file && /_locales[\\/][^\\/]+[\\/]messages\.json$/.test(file.relativeDest)) {
          files[i] = {
            relativeDest: file.relativeDest,
            contents: shippedMessages(readFileSync(file.absoluteSrc, 'utf8')),
          };
        }
      });
    },
  },
  imports: false,
  manifest: ({ browser }) => ({
    // Text from public/_locales/<locale>/messages.json (lib/domain/i18n.ts reads the same files).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms', 'activeTab', 'scripting', 'notifications'],
    // The same site as the content script (no wider install warning): lets "Copy diagnostics" read the
    // LinkedIn page the user is on even when the popup was opened from the page badge (no activeTab then),
    // and lets "List people on this page" in the side panel read the tab beside it (no activeTab from a side panel).
    host_permissions: ['https://www.linkedin.com/*'],
    // Sync (opt-in): the user's WebDAV server, asked for when they turn sync on, for that origin only.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: '__MSG_extName__' },
    content_scripts: [LINKEDIN_CONTENT_SCRIPT],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'inroads@inroads.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
