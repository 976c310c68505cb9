// `npm run demo`: builds Inroads, opens Chromium with it loaded on bundled
// profile pages of fictitious people (served locally, no network), with a
// realistic week of follow-ups. With no display it runs headless and saves
// screenshots of the page badge, the popup and the side panel to demo-output/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtension, seedTables, tabIdOf, waitFor } from '../tests/e2e/harness';
import { DEMO_PROFILES, profilePageHtml } from '../tests/fixtures/demo/profiles';
import { buildDemoWeek } from '../tests/fixtures/demo/seed-week';
import { installNodeI18n } from '../tests/i18n-messages';
import { BADGE_HOST } from '../tests/e2e/badge-host';

// Seed data built here in Node gets its texts (next-action reasons) in English.
installNodeI18n();

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const out = resolve('demo-output');

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const session = await launchExtension({ headless });
for (const profile of DEMO_PROFILES) session.linkedinPages.set(`/in/${profile.slug}/`, profilePageHtml(profile));
await seedTables(session, await buildDemoWeek(Date.now()));

const maya = DEMO_PROFILES[0]!;
const page = await session.openLinkedIn(`/in/${maya.slug}/`);
const tabId = await tabIdOf(session, `https://www.linkedin.com/in/${maya.slug}/`);
await waitFor(() => page.locator(BADGE_HOST).count(), 'the badge');
await page.waitForTimeout(300);

if (headless) {
  mkdirSync(out, { recursive: true });
  const shots: string[] = [];
  const shot = async (target: { screenshot(o: { path: string }): Promise<unknown> }, name: string) => {
    const path = `${out}/${name}.png`;
    await target.screenshot({ path });
    shots.push(path);
  };
  await shot(page, 'linkedin-badge');
  const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.getByTestId('draft').waitFor();
  await popup.waitForTimeout(300);
  await shot(popup, 'popup');
  const panel = await session.openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 420, height: 1000 });
  await panel.getByRole('main').waitFor();
  await panel.waitForTimeout(500);
  await shot(panel, 'sidepanel-follow-ups');
  await panel.goto(panel.url().replace(/#.*$/, '') + '#/referrals');
  await panel.waitForTimeout(500);
  await shot(panel, 'sidepanel-referrals');
  await session.close();
  console.log('\nDemo screenshots:');
  for (const path of shots) console.log(`  ${path}`);
  process.exit(0);
} else {
  console.log('\nInroads is loaded. Try the profiles:');
  for (const p of DEMO_PROFILES) console.log(`  https://www.linkedin.com/in/${p.slug}/  (${p.degree})`);
  console.log(`Popup for this tab: chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  console.log('Close the browser window (or press Ctrl+C) to end the demo.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
}
