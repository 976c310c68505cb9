/** Plain text out of an extracted article: paragraphs kept, whitespace collapsed, capped. */

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The text of a node with a line break around every block element, so
 * `<p>a</p><p>b</p>` reads "a\nb" rather than "ab" (textContent glues them).
 * Walks iteratively: a deeply nested page cannot overflow the stack.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const stack: (Node | '\n')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node | '\n';
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const block = node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
    if (block) {
      parts.push('\n');
      stack.push('\n');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return parts.join('');
}

/** One line: every run of whitespace (line breaks included) becomes one space. */
export function collapseLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs: spaces collapsed within lines, blank lines squeezed to one. */
export function collapseArticleText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * At most `max` UTF-16 units: cut at a word boundary near the end when there
 * is one, marked with "…", never leaving half a surrogate pair.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '';
  let end = max - 1;
  const space = text.lastIndexOf(' ', end);
  if (space > end - 80 && space > 0) end = space;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
