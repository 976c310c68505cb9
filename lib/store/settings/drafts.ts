import { InroadsError } from '@/lib/domain/errors';
import { draftKey } from '@/lib/domain/model/draft-key';
import { TEMPLATE_LIMITS } from '@/lib/domain/model/limits';
import type { InroadsDb } from '@/lib/store/database';

/** An unsent draft for one person, kept so closing the popup loses nothing. */
export interface Draft {
  templateId: string;
  introducerName?: string;
  subject: string;
  body: string;
  /** True once the user typed in it (then template changes ask before replacing). */
  edited: boolean;
  updatedAt: number;
}

/** As stored: the profile URL too, so a look-up never takes another profile's draft for this one's. */
type StoredDraft = Draft & { profileUrl: string };

export async function loadDraft(db: InroadsDb, profileUrl: string): Promise<Draft | undefined> {
  const row = await db.meta.get(draftKey(profileUrl));
  const value = row?.value as StoredDraft | undefined;
  if (!value || typeof value.body !== 'string' || typeof value.templateId !== 'string') return undefined;
  if (value.profileUrl !== profileUrl) return undefined;
  const { profileUrl: _url, ...draft } = value;
  return draft;
}

/**
 * Saves the draft under a key of fixed length (a hash of the URL: any
 * profile's draft fits the backup's keys). Texts longer than a template
 * allows are refused in words (the composer keeps to the same limits).
 */
export async function saveDraft(db: InroadsDb, profileUrl: string, draft: Draft): Promise<void> {
  if (draft.body.length > TEMPLATE_LIMITS.body) {
    throw new InroadsError('draftTooLong', [TEMPLATE_LIMITS.body.toLocaleString('en-US'), draft.body.length.toLocaleString('en-US')]);
  }
  if (draft.subject.length > TEMPLATE_LIMITS.subject) {
    throw new InroadsError('draftSubjectTooLong', [TEMPLATE_LIMITS.subject.toLocaleString('en-US')]);
  }
  const value: StoredDraft = { ...draft, profileUrl };
  await db.meta.put({ key: draftKey(profileUrl), value });
}

export async function discardDraft(db: InroadsDb, profileUrl: string): Promise<void> {
  await db.meta.delete(draftKey(profileUrl));
}
