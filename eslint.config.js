import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Sinks that turn page-derived text into markup or code: forbidden everywhere. */
const unsafeSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is forbidden: render page text as text.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is forbidden.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is forbidden.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'document.write is forbidden.' },
];

/**
 * Import zones: folders say where code runs, and these rules keep it so
 * (ARCHITECTURE.md). Each source file gets exactly one zone (a later config
 * object would replace, not extend, an earlier one's list).
 */
const STORE = { group: ['@/lib/store', '@/lib/store/**'], message: 'Only extension pages and the background use the database.' };
const CONTENT = { group: ['@/lib/content', '@/lib/content/**'], message: 'lib/content is the LinkedIn content script: nothing imports it.' };
const BACKGROUND = { group: ['@/lib/background/**'], message: 'lib/background runs in the service worker only.' };
const PLATFORM = { group: ['@/lib/platform/**'], message: 'Browser wrappers are not pure.' };
const COMPONENTS = { group: ['@/components/**'], message: 'lib/ never imports React components.' };
const ENTRYPOINTS = { group: ['@/entrypoints/**'], message: 'Entry points only wire; nothing imports them.' };
const POPUP = { group: ['@/components/popup/**'], message: 'The popup and the side panel never import each other: share through components/shared.' };
const SIDEPANEL = { group: ['@/components/sidepanel/**'], message: 'The popup and the side panel never import each other: share through components/shared.' };
const PARENT = { group: ['../*', '../../*', '../../../*'], message: 'Import across folders with the @/ alias.' };
const pkgs = (names, message) => ({ group: names, message });
const REACT = pkgs(['react', 'react-dom', 'react-dom/*', 'dexie-react-hooks'], 'No React here.');
const DEXIE = pkgs(['dexie', 'dexie-react-hooks'], 'No Dexie here: the database lives in lib/store.');
const BROWSER = pkgs(['wxt/browser', 'wxt/utils/*'], 'lib/domain is pure: browser APIs go through lib/platform.');
/** Modules that carry zod at run time: the content script may import their types only. */
const ZOD_RUNTIME = {
  regex: '^(zod|@/lib/domain/model(/(?!constants$)[^/]+)?|@/lib/domain/protocol/schemas|@/lib/domain/formats(/.*)?)$',
  allowTypeImports: true,
  message: 'The content script carries no zod: import types only (`import type`).',
};
const zone = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});
const ZONES = [
  zone(['lib/domain/**'], [PARENT, STORE, CONTENT, BACKGROUND, PLATFORM, COMPONENTS, ENTRYPOINTS, REACT, DEXIE, BROWSER]),
  // i18n reads the browser's i18n API (in every context: pages, worker, content script).
  zone(['lib/domain/i18n.ts'], [PARENT, STORE, CONTENT, BACKGROUND, PLATFORM, COMPONENTS, ENTRYPOINTS, REACT, DEXIE]),
  zone(['lib/content/**'], [PARENT, STORE, BACKGROUND, PLATFORM, COMPONENTS, ENTRYPOINTS, REACT, DEXIE, ZOD_RUNTIME]),
  zone(['lib/store/**'], [PARENT, CONTENT, BACKGROUND, COMPONENTS, ENTRYPOINTS, REACT]),
  zone(['lib/background/**'], [PARENT, CONTENT, COMPONENTS, ENTRYPOINTS, REACT]),
  zone(['lib/platform/**'], [PARENT, STORE, CONTENT, BACKGROUND, COMPONENTS, ENTRYPOINTS, REACT, DEXIE]),
  zone(['components/shared/**'], [PARENT, CONTENT, BACKGROUND, ENTRYPOINTS, POPUP, SIDEPANEL]),
  zone(['components/popup/**'], [PARENT, CONTENT, BACKGROUND, ENTRYPOINTS, SIDEPANEL]),
  zone(['components/sidepanel/**'], [PARENT, CONTENT, BACKGROUND, ENTRYPOINTS, POPUP]),
  zone(['entrypoints/**'], [PARENT]),
];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...unsafeSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // React code only: the hooks rules (the React Compiler's analysis) are most of lint's time, and lib/ has no React.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', '**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...ZONES,
  {
    // Tests may build hostile markup on purpose (to prove it stays inert).
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
