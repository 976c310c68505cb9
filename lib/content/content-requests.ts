import type { ProfileSnapshot } from '@/lib/domain/model/snapshot';
import type { ContentRequest } from '@/lib/domain/protocol/protocol';
import { clean } from '@/lib/content/read/dom-text';
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';

/** What the content script does for the background's messages. */
export interface ContentState {
  /** The snapshot of the profile on screen, if any. */
  current(): ProfileSnapshot | undefined;
  /** Asks for the profile's status again (the person or the settings changed). */
  refresh(): void;
}

/**
 * Answers the background's questions to the page, reading only what is on
 * screen: the text of a profile link the user right-clicked, the profile on
 * screen; and refreshes the badge when told the status changed.
 */
export function answerContentRequest(doc: Document, message: unknown, state: ContentState): Promise<unknown> | undefined {
  // Checked field by field: the content script has no zod (the sender is checked by the caller).
  const request = message as Partial<ContentRequest> & { linkUrl?: unknown } | null;
  if (request?.type === 'link-name' && typeof request.linkUrl === 'string') {
    return Promise.resolve({ name: linkName(doc, request.linkUrl) });
  }
  if (request?.type === 'current-profile') return Promise.resolve({ snapshot: state.current() });
  if (request?.type === 'status-changed') {
    state.refresh();
    return Promise.resolve({ ok: true });
  }
  return undefined;
}

/** The visible text of the first link on the page to the same profile. */
export function linkName(doc: Document, linkUrl: string): string | undefined {
  const target = normaliseProfileUrl(linkUrl);
  if (!target) return undefined;
  for (const link of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href*="/in/"]'))) {
    if (normaliseProfileUrl(link.href) !== target) continue;
    const hidden = link.querySelector('[aria-hidden="true"]');
    const text = clean((hidden ?? link).textContent ?? '').slice(0, 200);
    if (text) return text;
  }
  return undefined;
}
