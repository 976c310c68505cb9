import type { Page } from 'playwright-core';

/**
 * All text the accessibility tree exposes for a page — including the badge's
 * closed shadow root, which page scripts (and DOM queries) cannot see.
 */
export async function accessibleTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { name?: { value?: unknown }; ignored?: boolean }[];
    };
    return nodes.flatMap((n) => (!n.ignored && typeof n.name?.value === 'string' && n.name.value ? [n.name.value] : []));
  } finally {
    await cdp.detach();
  }
}
