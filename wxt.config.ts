import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Builds never try to open a browser (DEVELOPERS.md).
  webExt: { disabled: true },
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Inroads',
    description:
      'Informational interviews through LinkedIn: the approach, the draft, and every follow-up. Local-first.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms', 'activeTab', 'scripting', 'notifications'],
    action: { default_title: 'Inroads' },
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
