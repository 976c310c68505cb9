import { browser } from 'wxt/browser';
import type { InroadsDb } from '@/lib/store/database';
import { newId } from '@/lib/store/people/people';
import { t } from '@/lib/domain/i18n';
import { isInroadsError } from '@/lib/domain/errors';
import { ResearchClip } from '@/lib/domain/model';
import { z } from '@/lib/domain/model/zod';
import { storable } from '@/lib/store/contract';

const ClipResult = z.object({
  readable: z.boolean(),
  reason: z.string().max(500).optional(),
  clip: ResearchClip.omit({ id: true, personId: true, company: true }),
});

export type SaveResearchOutcome = { saved: ResearchClip; message: string } | { error: string };

/**
 * "Save page to Inroads research": runs the clipper in the tab the user
 * right-clicked (the activeTab grant covers it; no host permission), validates
 * what comes back, and stores it — the article, or just the link when
 * Readability could not parse the page.
 */
export async function saveResearchFromTab(db: InroadsDb, tabId: number, now: number): Promise<SaveResearchOutcome> {
  let outcome: SaveResearchOutcome;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/research-clip.js'] });
    const parsed = ClipResult.safeParse(injection?.result);
    if (!parsed.success) throw new Error(t('researchPageUnreadable'));
    const saved = storable(ResearchClip, { ...parsed.data.clip, id: newId(), savedAt: now });
    await db.clips.add(saved);
    outcome = {
      saved,
      message: parsed.data.readable
        ? t('researchSaved', saved.title)
        : t('researchLinkOnly', parsed.data.reason ?? t('researchNoReadableText')),
    };
  } catch (error) {
    const words = isInroadsError(error) ? t(error.code, error.params) : (error as Error).message;
    outcome = { error: t('researchSaveFailed', words) };
  }
  await notify('error' in outcome ? outcome.error : outcome.message);
  return outcome;
}

async function notify(message: string): Promise<void> {
  try {
    await browser.notifications.create({
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('researchNotificationTitle'),
      message: message.slice(0, 300),
    });
  } catch {
    // Notifications may be blocked; the clip list in the side panel shows the result.
  }
}
