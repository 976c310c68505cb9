import { browser, type Browser } from 'wxt/browser';
import type { InroadsDb } from '@/lib/store/database';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { t } from '@/lib/domain/i18n';
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';
import { ProfileSnapshot } from '@/lib/domain/model';
import { z } from '@/lib/domain/model/zod';
import type { ContentRequest } from '@/lib/domain/protocol/protocol';

export const ADD_LINK_MENU = 'inroads-add-link-target';
export const ADD_PAGE_MENU = 'inroads-add-page-target';
export const SAVE_RESEARCH_MENU = 'inroads-save-research';

/** Profile links and pages only, on any LinkedIn locale host (URL rules re-check on click). */
const PROFILE_PATTERNS = ['https://*.linkedin.com/in/*', 'https://linkedin.com/in/*'];

/** Creates the right-click items; each appears only where it applies. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: ADD_LINK_MENU,
    title: t('menuAddTarget'),
    contexts: ['link'],
    targetUrlPatterns: PROFILE_PATTERNS,
  });
  browser.contextMenus.create({
    id: ADD_PAGE_MENU,
    title: t('menuAddTarget'),
    contexts: ['page'],
    documentUrlPatterns: ['https://www.linkedin.com/in/*'],
  });
  browser.contextMenus.create({
    id: SAVE_RESEARCH_MENU,
    title: t('menuSaveResearch'),
    contexts: ['page', 'selection'],
    documentUrlPatterns: ['https://*/*', 'http://*/*'],
  });
}

const LinkName = z.object({ name: z.string().max(200).optional() });
const CurrentProfile = z.object({ snapshot: ProfileSnapshot.optional() });

/** Asks our content script in the tab (top frame); never fetches the page. */
async function askTab<T>(tabId: number, message: ContentRequest, schema: z.ZodType<T>): Promise<T | undefined> {
  try {
    const parsed = schema.safeParse(await browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export type MenuOutcome = { added: string } | { skipped: string } | { research: true };

/** Handles "Add to Inroads as target" for a profile link or the profile page. */
export async function onAddTargetClick(
  db: InroadsDb,
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl' | 'pageUrl'>,
  tabId: number | undefined,
  now: number,
): Promise<MenuOutcome> {
  if (info.menuItemId === ADD_LINK_MENU) {
    const profileUrl = info.linkUrl ? normaliseProfileUrl(info.linkUrl) : null;
    if (!profileUrl) return { skipped: t('menuNotProfileLink') };
    const name = tabId === undefined ? undefined : (await askTab(tabId, { type: 'link-name', linkUrl: info.linkUrl! }, LinkName))?.name;
    const person = await addTarget(db, { profileUrl, name }, now);
    return { added: person.id };
  }
  const pageUrl = info.pageUrl ? normaliseProfileUrl(info.pageUrl) : null;
  if (!pageUrl) return { skipped: t('menuNotProfilePage') };
  const current = tabId === undefined ? undefined : (await askTab(tabId, { type: 'current-profile' }, CurrentProfile))?.snapshot;
  // Never a person: one's own profile, or LinkedIn's signed-out page at a profile's address.
  if (current?.url === pageUrl && current.pageKind === 'self') return { skipped: t('menuOwnProfile') };
  if (current?.url === pageUrl && current.pageKind === 'authwall') return { skipped: t('menuSignedOut') };
  const snapshot = current?.url === pageUrl && current.pageKind === 'profile' ? current : undefined;
  const person = await addTarget(db, snapshot ? { snapshot } : { profileUrl: pageUrl }, now);
  return { added: person.id };
}
