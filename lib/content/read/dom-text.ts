/**
 * Reading text and attributes from page elements, as plain text only.
 * Works on a browser Document and on jsdom's; no layout is assumed.
 */

const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'code']);
const SKIP_CLASSES = ['visually-hidden', 'a11y-text', 'hidden', 'sr-only'];
const MAX_TEXT = 4000;

/** Collapses whitespace (including no-break spaces) and trims. */
export function clean(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u200e\u200f\u202f]+/g, ' ').trim();
}

/** Hidden by markup alone: `hidden`, `display:none`, or a `hidden` class. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return el.classList.contains('hidden');
}

/** Candidates for isHiddenByMarkup, found in one query. */
const MAYBE_HIDDEN = '[hidden], [style*="none"], [style*="hidden"], .hidden';

/**
 * A test "is this element (or an ancestor up to `root`) hidden by markup?",
 * prepared once per root. Linear: one query to mark the hidden elements, then
 * each test walks up from the element and remembers every ancestor it settled,
 * so a page with tens of thousands of hidden elements costs a walk per element,
 * never a comparison of every element with every hidden one.
 */
export function hiddenTest(root: Element): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  for (const el of Array.from(root.querySelectorAll(MAYBE_HIDDEN))) if (isHiddenByMarkup(el)) known.set(el, true);
  return (el) => {
    const path: Element[] = [];
    let node: Element | null = el;
    let hidden: boolean | undefined;
    while (node && node !== root && (hidden = known.get(node)) === undefined) {
      path.push(node);
      node = node.parentElement;
    }
    for (const settled of path) known.set(settled, hidden === true);
    return hidden === true;
  };
}

function skip(el: Element, withHidden: boolean): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (!withHidden && SKIP_CLASSES.some((c) => el.classList.contains(c))) return true;
  return isHiddenByMarkup(el);
}

function collect(node: Node, out: string[], withHidden: boolean, size: { n: number }): void {
  for (let child = node.firstChild; child && size.n < MAX_TEXT; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      out.push(value);
      size.n += value.length;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (skip(el, withHidden)) continue;
      if (/^(?:p|div|li|br|h\d)$/.test(el.localName)) out.push(' ');
      collect(el, out, withHidden, size);
    }
  }
}

/**
 * The text a sighted reader sees in `el` (screen-reader-only and hidden parts
 * left out), whitespace-collapsed. `withHidden` keeps visually-hidden labels.
 */
export function textOf(el: Element | null | undefined, withHidden = false): string {
  if (!el) return '';
  const out: string[] = [];
  collect(el, out, withHidden, { n: 0 });
  return clean(out.join('')).slice(0, MAX_TEXT);
}

/** The first element in `root` matching one of `selectors`, tried in order. */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** The first non-empty text of the elements matching `selectors`, tried in order. */
export function firstText(root: ParentNode, selectors: readonly string[], max = 300): string | undefined {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector)).slice(0, 5)) {
      const text = textOf(el);
      if (text && text.length <= max) return text;
    }
  }
  return undefined;
}

/** True when the browser lays out this element (real browsers only; jsdom has no layout). */
export function hasLayout(el: Element): boolean | null {
  const view = el.ownerDocument.defaultView as (Window & { navigator?: Navigator }) | null;
  if (!view || /jsdom/i.test(view.navigator?.userAgent ?? '')) return null;
  try {
    return el.getClientRects().length > 0;
  } catch {
    return null;
  }
}
