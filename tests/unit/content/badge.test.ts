// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadge } from '@/lib/content/badge/badge';

/** Badge hosts: elements right under <html> (LinkedIn's page has only <head> and <body> there). */
const hosts = () => [...document.documentElement.children].filter((el) => el.localName === 'div');
import type { Badge, BadgeView } from '@/lib/content/badge/badge';
import { mutualsText, trackedText } from '@/lib/content/badge/view';

const ready: BadgeView = {
  state: 'ready',
  degree: '2nd',
  degreeText: '2nd degree',
  mutualCount: 5,
  mutualFirstNames: ['Laetitia', 'Clément'],
  approachLabel: 'Introduction request via Laetitia',
  tracked: { stageLabel: 'Requested', nextActionLabel: 'follow up', nextActionDue: 'Tue 3 Dec' },
};

function handlers() {
  return { onDismiss: vi.fn(), onOpen: vi.fn() };
}

/** The words of the visible lines, in order (shown by CSS from data-t: the badge has no text nodes). */
function visibleLines(badge: Badge): string[] {
  return [...badge.root.querySelectorAll<HTMLElement>('p')].filter((p) => !p.hidden).map((p) => p.dataset.t ?? '');
}

/** Every text node under a node (the badge must have none: page scripts could find them). */
function textNodes(root: Node): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.trim()) found.push(node.nodeValue);
  return found;
}

function button(badge: Badge, name: RegExp): HTMLButtonElement {
  const found = [...badge.root.querySelectorAll('button')].find((b) =>
    name.test(b.getAttribute('aria-label') ?? b.dataset.t ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

beforeEach(() => {
  document.body.replaceChildren();
  document.body.append(Object.assign(document.createElement('main'), { textContent: 'LinkedIn page' }));
});
afterEach(() => hosts().forEach((host) => host.remove()));

describe('badge wording', () => {
  it('words mutual connections with first names and the rest as +N', () => {
    expect(mutualsText(5, ['Laetitia', 'Clément'])).toBe('5 mutual: Laetitia, Clément +3');
    expect(mutualsText(2, ['Laetitia', 'Clément'])).toBe('2 mutual: Laetitia, Clément');
    expect(mutualsText(undefined, ['A', 'B', 'C'])).toBe('3 mutual: A, B +1');
    expect(mutualsText(4, [])).toBe('4 mutual');
    expect(mutualsText(0, [])).toBe('No mutual connections');
    expect(mutualsText(undefined, [])).toBeNull();
  });

  it('words the tracked status, its next action and overdue', () => {
    expect(trackedText(undefined)).toBe('Not tracked yet');
    expect(trackedText({ stageLabel: 'To contact' })).toBe('Target · To contact');
    expect(trackedText({ ...ready.tracked!, overdue: true })).toBe(
      'Target · Requested — follow up Tue 3 Dec · overdue',
    );
  });
});

describe('createBadge', () => {
  it('holds its words in attributes shown by CSS, never in text nodes page scripts could find or select', () => {
    const badge = createBadge(document, handlers());
    badge.render(ready);
    expect(visibleLines(badge).join(' ')).toContain('Target');
    const card = badge.root.querySelector('.inroads-card')!;
    expect(textNodes(card)).toEqual([]);
    expect(badge.root.querySelector('style')?.textContent).toContain('content:attr(data-t)');
  });

  it('offers to set the degree in one click when it is unknown', () => {
    const badge = createBadge(document, handlers());
    badge.render({ ...ready, degree: 'unknown', canCorrect: true });
    expect(button(badge, /Set the degree/).dataset.t).toBe('Set the degree in Inroads');
    badge.render(ready);
    expect(button(badge, /Open Inroads/).dataset.t).toBe('Open Inroads');
  });

  it('mounts one fixed host with a shadow root, outside LinkedIn flow', () => {
    const bodyBefore = [...document.body.childNodes];
    const badge = createBadge(document, handlers());
    expect(hosts()).toHaveLength(1);
    expect(badge.host.parentNode).toBe(document.documentElement);
    expect([...document.body.childNodes]).toEqual(bodyBefore);
    expect(badge.host.style.getPropertyValue('position')).toBe('fixed');
    expect(badge.host.style.getPropertyPriority('position')).toBe('important');
    expect(badge.host.style.getPropertyValue('all')).toBe('initial');
    expect(badge.host.style.getPropertyValue('contain')).toContain('layout');
    expect(Number(badge.host.style.getPropertyValue('z-index'))).toBeGreaterThan(1_000_000);
    // Closed: LinkedIn's scripts cannot reach the content through the host.
    expect(badge.host.shadowRoot).toBeNull();
    expect(badge.root.querySelector('style')?.textContent).toContain('prefers-color-scheme:dark');
    expect(badge.host.childNodes).toHaveLength(0);
  });

  it('is an accessible, labelled region with real buttons', () => {
    const badge = createBadge(document, handlers());
    const region = badge.root.querySelector('[role="complementary"]');
    expect(region?.getAttribute('aria-label')).toBe('Inroads');
    expect(button(badge, /^Dismiss Inroads badge$/).type).toBe('button');
    expect(button(badge, /Open Inroads/).tagName).toBe('BUTTON');
  });

  it('renders the ready state: degree, mutuals, approach, tracked status', () => {
    const badge = createBadge(document, handlers());
    badge.render(ready);
    expect(visibleLines(badge)).toEqual([
      '2nd degree',
      '5 mutual: Laetitia, Clément +3',
      'Introduction request via Laetitia',
      'Target · Requested — follow up Tue 3 Dec',
    ]);
    expect(badge.root.querySelector('[role="complementary"]')?.getAttribute('aria-busy')).toBe('false');
  });

  it('marks an overdue follow-up, and says when the person is not tracked', () => {
    const badge = createBadge(document, handlers());
    badge.render({ ...ready, tracked: { ...ready.tracked!, overdue: true } });
    const overdue = badge.root.querySelector('.inroads-overdue');
    expect((overdue as HTMLElement | null)?.dataset.t).toBe('Target · Requested — follow up Tue 3 Dec · overdue');
    badge.render({ ...ready, tracked: undefined });
    expect(badge.root.querySelector('.inroads-overdue')).toBeNull();
    expect(visibleLines(badge)).toContain('Not tracked yet');
  });

  it('renders the loading and error states, and other degrees', () => {
    const badge = createBadge(document, handlers());
    expect(visibleLines(badge)).toEqual(['Reading this profile…']);
    badge.render({ state: 'loading', degree: 'unknown', mutualFirstNames: [] });
    expect(visibleLines(badge)).toEqual(['Reading this profile…']);
    expect(badge.root.querySelector('[aria-busy="true"]')).not.toBeNull();
    badge.render({ state: 'error', degree: 'unknown', mutualFirstNames: [], message: 'Top card not found' });
    expect(visibleLines(badge)).toEqual(['Top card not found']);
    badge.render({ state: 'error', degree: 'unknown', mutualFirstNames: [] });
    expect(visibleLines(badge)).toEqual(['Inroads could not read this profile.']);
    badge.render({ state: 'ready', degree: 'unknown', degreeText: 'Degree unknown', mutualFirstNames: [], message: 'Unknown degree' });
    expect(visibleLines(badge)).toEqual(['Unknown degree', 'Degree unknown', 'Not tracked yet']);
    badge.render({ state: 'ready', degree: 'out-of-network', degreeText: 'Out of network', mutualFirstNames: [] });
    expect(visibleLines(badge)).toEqual(['Out of network', 'Not tracked yet']);
    badge.render({ state: 'ready', degree: 'self', degreeText: 'Your profile', mutualCount: 3, mutualFirstNames: ['X'] });
    expect(visibleLines(badge)).toEqual(['Your profile']);
    badge.render({ state: 'ready', degree: '1st', degreeText: '1st degree', mutualFirstNames: [], approachLabel: 'Direct ask' });
    expect(visibleLines(badge)).toEqual(['1st degree', 'Direct ask', 'Not tracked yet']);
  });

  it('keeps hostile page text as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const badge = createBadge(document, handlers());
    badge.render({
      ...ready,
      mutualFirstNames: [hostile, 'Clément'],
      approachLabel: `Introduction request via ${hostile}`,
      tracked: { stageLabel: hostile, nextActionLabel: hostile },
      message: hostile,
    });
    expect(badge.root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(visibleLines(badge)).toContain(`5 mutual: ${hostile}, Clément +3`);
    expect(visibleLines(badge)).toContain(hostile);
  });

  it('updates in place without replacing nodes or the host', () => {
    const badge = createBadge(document, handlers());
    badge.render(ready);
    const before = [...badge.root.querySelectorAll('*')];
    badge.render({ ...ready, degree: '3rd', degreeText: '3rd degree', mutualCount: 1, mutualFirstNames: ['Lola'] });
    expect([...badge.root.querySelectorAll('*')]).toEqual(before);
    expect(visibleLines(badge)).toContain('3rd degree');
    expect(visibleLines(badge)).toContain('1 mutual: Lola');
    expect(hosts()).toHaveLength(1);
  });

  it('carries no id, class or name of ours on the page', () => {
    const badge = createBadge(document, handlers());
    expect(badge.host.localName).toBe('div');
    expect(badge.host.getAttributeNames()).toEqual(['style']);
    expect(document.documentElement.outerHTML).not.toMatch(/inroads/i);
  });

  it('dismiss removes the host and calls onDismiss; later renders do nothing', () => {
    const h = handlers();
    const badge = createBadge(document, h);
    badge.render(ready);
    button(badge, /^Dismiss Inroads badge$/).click();
    expect(h.onDismiss).toHaveBeenCalledTimes(1);
    expect(h.onOpen).not.toHaveBeenCalled();
    expect(hosts()).toEqual([]);
    badge.render(ready);
    expect(hosts()).toEqual([]);
  });

  it('open calls onOpen and keeps the badge', () => {
    const h = handlers();
    const badge = createBadge(document, h);
    button(badge, /Open Inroads/).click();
    expect(h.onOpen).toHaveBeenCalledTimes(1);
    expect(h.onDismiss).not.toHaveBeenCalled();
    expect(badge.host.isConnected).toBe(true);
  });

  it('puts itself back if the page swept it away, and remove() is final', () => {
    const badge = createBadge(document, handlers());
    badge.host.remove();
    badge.render(ready);
    expect(hosts()).toEqual([badge.host]);
    badge.remove();
    badge.remove();
    expect(hosts()).toEqual([]);
  });
});
