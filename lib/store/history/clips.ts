/** Research clips: attaching them to a person or a company, and finding them for meeting prep. */
import { InroadsError } from '@/lib/domain/errors';
import { ResearchClip } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import type { InroadsDb } from '@/lib/store/database';

export interface ClipAttachment {
  /** A person's id, or '' / undefined to detach from any person. */
  personId?: string;
  /** A company name (free text), or '' / undefined for none. */
  company?: string;
}

/** Sets who and which company a clip is about (one transaction); blank values detach. */
export async function attachClip(db: InroadsDb, clipId: string, attachment: ClipAttachment): Promise<ResearchClip> {
  return db.transaction('rw', [db.clips, db.people], async () => {
    const clip = await db.clips.get(clipId);
    if (!clip) throw new InroadsError('storeGoneClip');
    const personId = attachment.personId?.trim() ?? '';
    const company = attachment.company?.trim() ?? '';
    if (personId && !(await db.people.get(personId))) throw new InroadsError('storeGonePerson');
    const { personId: _p, company: _c, ...rest } = clip;
    const next = storable(ResearchClip, { ...rest, ...(personId ? { personId } : {}), ...(company ? { company } : {}) });
    await db.clips.put(next);
    return next;
  });
}

export async function deleteClip(db: InroadsDb, clipId: string): Promise<void> {
  await db.clips.delete(clipId);
}

/** All clips, newest first. */
export function allClips(db: InroadsDb): Promise<ResearchClip[]> {
  return db.clips.orderBy('savedAt').reverse().toArray();
}

/**
 * Clips about a person or their company (company compared case-insensitively),
 * newest first, each once.
 */
export async function clipsFor(
  db: InroadsDb,
  personId: string | undefined,
  company: string | undefined,
): Promise<ResearchClip[]> {
  const name = company?.trim() ?? '';
  const [mine, theirs] = await Promise.all([
    personId ? db.clips.where('personId').equals(personId).toArray() : Promise.resolve([]),
    name ? db.clips.where('company').equalsIgnoreCase(name).toArray() : Promise.resolve([]),
  ]);
  const byId = new Map<string, ResearchClip>();
  for (const clip of [...mine, ...theirs]) byId.set(clip.id, clip);
  return [...byId.values()].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
}
