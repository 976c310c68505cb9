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

const key = (profileUrl: string) => `draft:${profileUrl}`;

export async function loadDraft(db: InroadsDb, profileUrl: string): Promise<Draft | undefined> {
  const row = await db.meta.get(key(profileUrl));
  const value = row?.value as Draft | undefined;
  return value && typeof value.body === 'string' && typeof value.templateId === 'string' ? value : undefined;
}

export async function saveDraft(db: InroadsDb, profileUrl: string, draft: Draft): Promise<void> {
  await db.meta.put({ key: key(profileUrl), value: draft });
}

export async function discardDraft(db: InroadsDb, profileUrl: string): Promise<void> {
  await db.meta.delete(key(profileUrl));
}
