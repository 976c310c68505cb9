// @vitest-environment node
/**
 * hiddenTest: right, and linear. Tens of thousands of hidden elements used to cost
 * hidden x tested comparisons (seconds of frozen tab); now each test walks up once
 * and remembers what it settled. Counted in DOM operations, never in time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hiddenTest } from '@/lib/content/read/dom-text';
import { readActions } from '@/lib/content/read/actions';
import { parse } from './fixture-pages';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hiddenTest', () => {
  it('finds elements hidden by markup, themselves or by an ancestor inside the root', () => {
    const doc = parse(
      `<main><section id="root">
        <p id="shown">a</p>
        <div hidden><p id="in-hidden">b</p></div>
        <div style="display: none"><span><i id="deep">c</i></span></div>
        <p id="class" class="hidden">d</p>
        <div style="visibility:hidden"><b id="invisible">e</b></div>
        <div data-display-contents="true"><p id="wrapped">f</p></div>
      </section><p id="outside" hidden>g</p></main>`,
    );
    const root = doc.getElementById('root') as Element;
    const hidden = hiddenTest(root);
    const is = (id: string) => hidden(doc.getElementById(id) as Element);
    expect(['in-hidden', 'deep', 'class', 'invisible'].map(is)).toEqual([true, true, true, true]);
    // A layout wrapper is not hiding anything; elements outside the root are not its business.
    expect(['shown', 'wrapped', 'outside'].map(is)).toEqual([false, false, false]);
    // Asked again (answers are remembered), the same.
    expect(['deep', 'shown'].map(is)).toEqual([true, false]);
  });

  /** A card with `n` hidden spans (each inside its own hidden wrapper too) and a few buttons. */
  function page(n: number) {
    const spans = '<span hidden><span hidden></span></span>'.repeat(n / 2);
    const doc = parse(
      `<main><section id="card"><div><div>${spans}</div></div><button>Message</button><button hidden>Connect</button></section></main>`,
    );
    return { doc, card: doc.getElementById('card') as Element };
  }

  /** Counts the DOM steps of `work`: ancestor walks and containment tests. */
  function steps(doc: Document, work: () => void): number {
    const win = doc.defaultView as unknown as typeof globalThis;
    const up = vi.spyOn(win.Node.prototype, 'parentElement', 'get');
    const contains = vi.spyOn(win.Node.prototype, 'contains');
    work();
    const count = up.mock.calls.length + contains.mock.calls.length;
    up.mockRestore();
    contains.mockRestore();
    return count;
  }

  it('tests 60,000 hidden elements in a number of steps linear in their number', { timeout: 120_000 }, () => {
    const counts = [30_000, 60_000].map((n) => {
      const { doc, card } = page(n);
      const all = Array.from(card.querySelectorAll('span'));
      expect(all).toHaveLength(n);
      let hiddenCount = 0;
      const count = steps(doc, () => {
        const hidden = hiddenTest(card);
        for (const el of all) if (hidden(el)) hiddenCount++;
      });
      expect(hiddenCount).toBe(n);
      // Each element is walked from at most once, plus one step to a remembered parent.
      expect(count).toBeLessThanOrEqual(2 * n + 10);
      return count;
    });
    expect(counts[1]).toBeLessThanOrEqual(2 * (counts[0] ?? 0) + 10);
  });

  it('reading the actions of a card with 60,000 hidden elements stays linear too', { timeout: 120_000 }, () => {
    const { doc, card } = page(60_000);
    let primary: string | undefined;
    const count = steps(doc, () => {
      primary = readActions(card).primary;
    });
    expect(primary).toBe('message'); // the hidden Connect is no action
    expect(count).toBeLessThanOrEqual(60_000);
  });
});
