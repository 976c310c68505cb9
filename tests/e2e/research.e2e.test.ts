import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarAction, launchExtension, menuClick, waitFor, type ExtensionSession } from './harness';
import { FIXTURES_DIR } from './paths';

const ARTICLE = 'https://news.example/health/calm-design';
const LOGIN = 'https://app.example/login';

describe('saving a page as research', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    session.sitePages.set(ARTICLE, readFileSync(`${FIXTURES_DIR}/articles/news-article.html`, 'utf8'));
    session.sitePages.set(LOGIN, readFileSync(`${FIXTURES_DIR}/articles/login-form.html`, 'utf8'));
  });
  afterAll(async () => session?.close());

  it('clips an article with Readability through the activeTab grant and lists it in the side panel', async () => {
    const page = await session.context.newPage();
    await page.goto(ARTICLE);
    const title = await page.title();
    await clickToolbarAction(session, ARTICLE);
    const outcome = (await menuClick(session, { menuItemId: 'inroads-save-research', pageUrl: ARTICLE }, ARTICLE)) as { saved?: { title: string; readable: boolean; text: string } };
    expect(outcome.saved).toMatchObject({ readable: true });
    expect(outcome.saved!.text.length).toBeGreaterThan(200);
    const panel = await session.openExtensionPage('sidepanel.html#/research');
    await panel.getByRole('link', { name: new RegExp(outcome.saved!.title.slice(0, 20)) }).waitFor();
    expect(title.length).toBeGreaterThan(0);
    await panel.close();
  });

  it('keeps just the link, with a clear message, for a page Readability cannot parse', async () => {
    const page = await session.context.newPage();
    await page.goto(LOGIN);
    await clickToolbarAction(session, LOGIN);
    const outcome = (await menuClick(session, { menuItemId: 'inroads-save-research', pageUrl: LOGIN }, LOGIN)) as { saved?: { readable: boolean }; message?: string };
    expect(outcome.saved).toMatchObject({ readable: false });
    expect(outcome.message).toMatch(/link was saved/);
    const clips = await waitFor(async () => {
      const rows = await session.readTable<{ url: string; readable: boolean }>('clips');
      return rows.length === 2 && rows;
    }, 'both clips');
    expect(clips.find((c) => c.url === LOGIN)).toMatchObject({ readable: false });
  });

  it('cannot read a page the user did not act on (no broad host permission)', async () => {
    const other = 'https://news.example/other';
    session.sitePages.set(other, readFileSync(`${FIXTURES_DIR}/articles/news-article.html`, 'utf8'));
    const page = await session.context.newPage();
    await page.goto(other);
    const outcome = (await menuClick(session, { menuItemId: 'inroads-save-research', pageUrl: other }, other)) as { error?: string };
    expect(outcome.error).toMatch(/Could not save/);
  });
});
