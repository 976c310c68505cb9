/**
 * Accessibility probes for the browser tests: axe-core run inside a page, the
 * page's settled state, keyboard focus with its computed focus style, and the
 * Chromium accessibility tree (which sees into closed shadow roots).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** axe-core's violations on the page (its source is evaluated: extension CSP forbids inline script tags). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeRun> } }).axe;
    interface AxeRun {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ') })),
    }));
  });
}

export const isBlocking = (finding: AxeFinding) => finding.impact === 'serious' || finding.impact === 'critical';

/** Waits until the page has its heading and nothing is still loading (busy, or saying "Loading…"). */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[aria-busy="true"]').length === 0 &&
      ![...document.querySelectorAll('main *')].some((el) => el.childElementCount === 0 && /^Loading/.test(el.textContent ?? '')),
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export interface FocusStop {
  /** The test's own `data-a11y-key` mark on the element, if any. */
  key: string | null;
  tag: string;
  /** Focus is in the page badge (its host sits right under <html>, its buttons in a closed shadow root). */
  inBadge: boolean;
  text: string;
  outline: string;
  boxShadow: string;
}

/** What has keyboard focus now, and how it is drawn. */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      key: el?.getAttribute('data-a11y-key') ?? null,
      tag: el?.tagName.toLowerCase() ?? '',
      inBadge: el?.parentElement === document.documentElement,
      text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 60),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
      boxShadow: style?.boxShadow ?? '',
    };
  });
}

/** Marks an element with `data-a11y-key` (so focus stops can name it) and returns its unfocused style. */
export function markForFocus(locator: Locator, key: string): Promise<Pick<FocusStop, 'outline' | 'boxShadow'>> {
  return locator.evaluate((el, k) => {
    el.setAttribute('data-a11y-key', k);
    const style = getComputedStyle(el);
    return { outline: `${style.outlineStyle} ${style.outlineWidth}`, boxShadow: style.boxShadow };
  }, key);
}

/** Presses Tab until `done` says so (or `max` presses), returning every stop. */
export async function tabThrough(page: Page, done: (stop: FocusStop) => boolean, max = 80): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    stops.push(stop);
    if (done(stop)) break;
  }
  return stops;
}

/** True when a focused element's outline or shadow is visibly different from its resting style. */
export function showsFocus(focused: Pick<FocusStop, 'outline' | 'boxShadow'>, resting: Pick<FocusStop, 'outline' | 'boxShadow'>): boolean {
  const [style = 'none', width = '0px'] = focused.outline.split(' ');
  const outlined = style !== 'none' && parseFloat(width) >= 2 && focused.outline !== resting.outline;
  const shadowed = focused.boxShadow !== 'none' && focused.boxShadow !== resting.boxShadow;
  return outlined || shadowed;
}

export interface AxNode {
  nodeId: string;
  parentId?: string;
  ignored?: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** Chromium's full accessibility tree of the page (closed shadow roots included). */
export async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes;
  } finally {
    await cdp.detach();
  }
}

export const roleOf = (node: AxNode) => String(node.role?.value ?? '');
export const nameOf = (node: AxNode) => String(node.name?.value ?? '');
export const isFocused = (node: AxNode) => node.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false;

/** Whether `node` sits inside `ancestor` in the tree. */
export function isInside(nodes: AxNode[], node: AxNode, ancestor: AxNode): boolean {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  for (let at = node.parentId; at !== undefined; at = byId.get(at)?.parentId) {
    if (at === ancestor.nodeId) return true;
  }
  return false;
}

/** Polls the accessibility tree until `ready` holds. */
export async function waitForTree(page: Page, ready: (nodes: AxNode[]) => boolean, timeoutMs = 15_000): Promise<AxNode[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const nodes = await accessibilityTree(page);
    if (ready(nodes)) return nodes;
    if (Date.now() > deadline) throw new Error('Timed out waiting for the accessibility tree');
    await new Promise((r) => setTimeout(r, 100));
  }
}
