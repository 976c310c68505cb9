/**
 * Who introduced the user to whom: every introduction request logged with its
 * introducer (Mark as sent records one), for the referral map beside the
 * referrals given in meetings. Touches have no index by kind, so this reads
 * them all once (the referral map is opened on request, never at first paint).
 */
import type { Person } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';

export interface Introduction {
  introducer: Pick<Person, 'id' | 'name'>;
  person: Pick<Person, 'id' | 'name' | 'stage'>;
  /** When the introduction was asked for. */
  at: number;
}

export async function loadIntroductions(db: InroadsDb): Promise<Introduction[]> {
  return db.transaction('r', db.touches, db.people, async () => {
    const asked = await db.touches.filter((t) => t.kind === 'introduction-request' && !!t.introducerId).toArray();
    const ids = [...new Set(asked.flatMap((t) => [t.personId, t.introducerId!]))];
    const people = new Map((await db.people.bulkGet(ids)).flatMap((p) => (p ? [[p.id, p] as const] : [])));
    const out: Introduction[] = [];
    const seen = new Set<string>();
    for (const touch of asked.sort((a, b) => b.at - a.at)) {
      const person = people.get(touch.personId);
      const introducer = people.get(touch.introducerId!);
      const key = `${touch.introducerId}>${touch.personId}`;
      if (!person || !introducer || seen.has(key)) continue;
      seen.add(key);
      out.push({
        introducer: { id: introducer.id, name: introducer.name },
        person: { id: person.id, name: person.name, stage: person.stage },
        at: touch.at,
      });
    }
    return out;
  });
}
