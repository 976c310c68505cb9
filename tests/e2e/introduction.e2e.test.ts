/**
 * Issue 15, items 1–3 in Chromium: the introduction route end to end (a
 * first-name mutual linked to a Connections.csv contact, the follow-up to the
 * introducer with their e-mail, "introduced", the meeting, the thanks owed to
 * the introducer) and one date per promise in the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILES, profilePageHtml } from '../fixtures/demo/profiles';
import { launchExtension, tabIdOf, waitFor, type ExtensionSession } from './harness';
import { dayWords, isoInDays } from './page-dates';

const maya = DEMO_PROFILES[0]!;
const priya = DEMO_PROFILES[2]!;
const mayaUrl = `https://www.linkedin.com/in/${maya.slug}/`;
const priyaUrl = `https://www.linkedin.com/in/${priya.slug}/`;
const CSV = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Laetitia,Dupont,https://www.linkedin.com/in/laetitia-dupont-3a1b,laetitia.dupont@example.com,Hôpital Lumière,Design Lead,12 Mar 2023',
  'Laetitia,Moreau,https://www.linkedin.com/in/laetitia-moreau,,Studio Nord,Researcher,02 Feb 2022',
  'Clément,Roux,https://www.linkedin.com/in/clement-roux,,Fabrikam,Engineer,01 Jan 2021',
].join('\n');

interface StoredPerson {
  id: string;
  name: string;
  email?: string;
  profileUrl?: string;
}

describe('the introduction route', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    session.linkedinPages.set(`/in/${maya.slug}/`, profilePageHtml(maya));
    session.linkedinPages.set(`/in/${priya.slug}/`, profilePageHtml(priya));
  });
  afterAll(async () => session?.close());

  const mayaId = async () =>
    (await session.readTable<StoredPerson>('people')).find((p) => p.profileUrl === mayaUrl)!.id;

  it('asks Laetitia (a first name on the page), links her to the Connections.csv contact, and follows up to her', async () => {
    const data = await session.openExtensionPage('sidepanel.html#/data');
    await data
      .getByLabel('Connections.csv file')
      .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await data.getByRole('status', { name: 'Import summary' }).waitFor();
    await data.close();

    await session.openLinkedIn(`/in/${maya.slug}/`);
    const popup = await session.openExtensionPage(`popup.html?tabId=${await tabIdOf(session, mayaUrl)}`);
    // Your details are not filled in: the draft keeps its markers, and Mark as sent asks to confirm.
    popup.on('dialog', (dialog) => void dialog.accept());
    await expect.poll(() => popup.getByTestId('draft').inputValue()).toMatch(/^Hi Laetitia/);
    await popup.getByRole('button', { name: 'Mark as sent…' }).click();
    // Two connections are called Laetitia: the user says which one the page meant.
    const link = popup.getByTestId('introducer-link');
    await expect.poll(() => link.locator('option').count()).toBe(3);
    expect(await link.inputValue()).toBe('');
    await link.selectOption({ label: (await link.locator('option', { hasText: 'Dupont' }).textContent())! });
    await popup.getByRole('button', { name: 'Record as sent' }).click();
    await popup.getByRole('status').filter({ hasText: 'recorded' }).waitFor();
    await popup.close();

    const touch = await waitFor(
      async () => (await session.readTable<{ kind: string; introducerId?: string }>('touches'))[0],
      'the request',
    );
    const laetitia = (await session.readTable<StoredPerson>('people')).find((p) => p.id === touch.introducerId);
    expect(laetitia).toMatchObject({ name: 'Laetitia Dupont', email: 'laetitia.dupont@example.com' });

    const panel = await session.openExtensionPage('sidepanel.html#/follow-ups');
    const row = panel.getByTestId('follow-up-row').filter({ hasText: maya.name });
    await row.getByRole('button', { name: 'Draft' }).click();
    const draft = row.getByRole('group', { name: new RegExp(`Draft for ${maya.name}`) });
    await expect
      .poll(() => draft.getByTestId('draft-recipient').textContent())
      .toBe('To: Laetitia Dupont (the introducer)');
    const text = await draft.getByLabel('Message').inputValue();
    expect(text).toMatch(/^Hi Laetitia,/);
    expect(text).not.toMatch(/Hi Maya/);
    // A follow-up replies to what was sent: the request's own subject, or none.
    const sent = touch as { subject?: string };
    if (sent.subject) expect(await draft.getByLabel('Subject').inputValue()).toBe(`Re: ${sent.subject}`);
    else expect(await draft.getByLabel('Subject').count()).toBe(0);
    expect(await draft.getByTestId('open-email').getAttribute('href')).toMatch(
      /^mailto:laetitia\.dupont%40example\.com\?/,
    );
    expect(await draft.getByTestId('open-linkedin').getAttribute('href')).toContain('laetitia-dupont-3a1b');
    expect(session.consoleErrors).toEqual([]);
    await panel.close();
  });

  it('logs "introduced": the target thread starts; after the meeting and the thank-you, the introducer is thanked', async () => {
    const id = await mayaId();
    const page = await session.openExtensionPage(`sidepanel.html#/person/${id}`);
    const thread = page.getByTestId('introducer-thread');
    await expect.poll(() => thread.textContent()).toContain('Introduction through Laetitia Dupont');
    await thread.getByRole('button', { name: 'They introduced us' }).click();
    await thread.getByRole('button', { name: 'Record “Introduced”' }).click();
    const next = page.getByTestId('next-action');
    await expect.poll(() => next.textContent()).toContain(`Laetitia Dupont introduced you to ${maya.name}`);

    // A meeting three hours ago, its notes, then the thank-you to Maya.
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    const schedule = page.getByRole('form', { name: 'Schedule a meeting' });
    const threeHoursAgo = await page.evaluate(() => {
      const d = new Date(Date.now() - 3 * 3_600_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    await schedule.getByLabel('When').fill(threeHoursAgo);
    await schedule.getByRole('button', { name: 'Add the meeting' }).click();
    const meeting = await waitFor(
      async () =>
        (await session.readTable<{ id: string; personId: string }>('meetings')).find((m) => m.personId === id),
      'the meeting',
    );
    await page.goto(page.url().replace(/#.*$/, `#/meeting/${meeting.id}`));
    await page.getByLabel(/What you learned/).fill('Start with the clinic teams; ask Jordan about research ops.');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await waitFor(
      async () =>
        (await session.readTable<{ id: string; notes: string }>('meetings')).find(
          (m) => m.id === meeting.id && m.notes !== '',
        ),
      'the notes',
    );

    const list = await session.openExtensionPage('sidepanel.html#/follow-ups');
    const row = list.getByTestId('follow-up-row').filter({ hasText: maya.name });
    await expect.poll(() => row.textContent()).toContain('thank-you');
    await row.getByRole('button', { name: 'Done', exact: true }).click();
    await waitFor(
      async () => (await session.readTable<{ kind: string }>('touches')).some((t) => t.kind === 'thank-you'),
      'the thank-you',
    );
    await list.close();

    await page.goto(page.url().replace(/#.*$/, `#/person/${id}`));
    await expect.poll(() => page.getByTestId('next-action').textContent()).toContain('Next: Thank the introducer');
    expect(await page.getByTestId('next-action').textContent()).toContain(
      `Thank Laetitia Dupont for the introduction to ${maya.name}`,
    );
    await page.close();
  });
});

describe('changing the introducer after editing the draft', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    session.linkedinPages.set(`/in/${maya.slug}/`, profilePageHtml(maya));
    await session.openLinkedIn(`/in/${maya.slug}/`);
  });
  afterAll(async () => session?.close());

  it('offers to greet the new introducer, and records the one greeted', async () => {
    const popup = await session.openExtensionPage(`popup.html?tabId=${await tabIdOf(session, mayaUrl)}`);
    popup.on('dialog', (dialog) => void dialog.accept());
    const draft = popup.getByTestId('draft');
    await expect.poll(() => draft.inputValue()).toMatch(/^Hi Laetitia,/);
    await draft.fill(`${await draft.inputValue()}
P.S. Laetitia, thank you either way.`);
    const picker = popup.getByTestId('introducer');
    await picker.selectOption({ label: (await picker.locator('option', { hasText: 'Clément' }).textContent())! });
    const check = popup.getByTestId('greeting-check');
    await expect
      .poll(() => check.textContent())
      .toContain('The draft was written to Laetitia, but Clément is now chosen');
    expect(await popup.getByRole('button', { name: 'Mark as sent…' }).isDisabled()).toBe(true);
    await check.getByRole('button', { name: 'Write to Clément instead' }).click();
    await expect.poll(() => draft.inputValue()).toMatch(/^Hi Clément,/);
    expect(await draft.inputValue()).toContain('P.S. Clément, thank you either way.');
    expect(await check.count()).toBe(0);
    await popup.getByRole('button', { name: 'Mark as sent…' }).click();
    await popup.getByRole('button', { name: 'Record as sent' }).click();
    await popup.getByRole('status').filter({ hasText: 'recorded' }).waitFor();
    const touch = await waitFor(
      async () => (await session.readTable<{ text: string; appNote?: { params: string[] } }>('touches'))[0],
      'the request',
    );
    expect(touch.text).toMatch(/^Hi Clément,/);
    expect(touch.appNote?.params).toEqual(['Clément']);
    await popup.close();
  });
});

describe('one date per promise', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    session.linkedinPages.set(`/in/${priya.slug}/`, profilePageHtml(priya));
    await session.openLinkedIn(`/in/${priya.slug}/`);
  });
  afterAll(async () => session?.close());

  it('a date changed in the form changes the sentence; a hand-edited text is flagged', async () => {
    const popup = await session.openExtensionPage(`popup.html?tabId=${await tabIdOf(session, priyaUrl)}`);
    const draft = popup.getByTestId('draft');
    await expect.poll(() => draft.inputValue()).toContain('I will follow up on');
    await popup.getByRole('button', { name: 'Mark as sent…' }).click();
    const date = popup.getByTestId('follow-up-date');
    expect(await draft.inputValue()).toContain(`I will follow up on ${await dayWords(popup, await date.inputValue())}`);
    const later = await isoInDays(popup, 12);
    await date.fill(later);
    const words = await dayWords(popup, later);
    await expect.poll(() => draft.inputValue()).toContain(`I will follow up on ${words}`);
    expect(await popup.getByTestId('promise-warning').count()).toBe(0);

    // Edited by hand, the text keeps its words: changing the date again warns it still says the old day.
    await draft.fill(`${await draft.inputValue()}\nP.S. Thank you for reading.`);
    const sooner = await isoInDays(popup, 9);
    await date.fill(sooner);
    await expect
      .poll(() => popup.getByTestId('promise-warning').textContent())
      .toContain(`The text still says ${words}`);
    expect(await draft.inputValue()).toContain(words);
    await popup.close();
  });
});
