import { describe, expect, it } from 'vitest';
import { allClips, attachClip, clipsFor, deleteClip } from '@/lib/store/history/clips';
import type { ResearchClip } from '@/lib/domain/model';
import { freshDb } from '../helpers';
import { personOf, T0 } from './import-fixtures';

function clip(id: string, savedAt: number, extra: Partial<ResearchClip> = {}): ResearchClip {
  return { id, url: `https://example.com/${id}`, title: `Article ${id}`, readable: true, savedAt: T0 + savedAt, ...extra };
}

async function seeded() {
  const db = freshDb();
  await db.people.add(personOf({ id: 'ann', name: 'Ann Lee', kind: 'target', company: 'Acme' }));
  await db.clips.bulkAdd([
    clip('a', 1),
    clip('b', 3),
    clip('c', 2, { company: 'ACME' }),
    clip('d', 4, { personId: 'ann' }),
  ]);
  return db;
}

describe('research clips', () => {
  it('lists all clips newest first', async () => {
    const db = await seeded();
    expect((await allClips(db)).map((c) => c.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('attaches a clip to a person and a company, and detaches with blanks', async () => {
    const db = await seeded();
    expect(await attachClip(db, 'a', { personId: 'ann', company: '  Acme Corp ' })).toMatchObject({
      personId: 'ann',
      company: 'Acme Corp',
    });
    const detached = await attachClip(db, 'a', { personId: '', company: '' });
    expect(detached).not.toHaveProperty('personId');
    expect(detached).not.toHaveProperty('company');
    expect(await db.clips.get('a')).toEqual(clip('a', 1));
  });

  it('refuses to attach to someone who is not stored, or a missing clip', async () => {
    const db = await seeded();
    await expect(attachClip(db, 'a', { personId: 'ghost' })).rejects.toMatchObject({ code: 'storeGonePerson' });
    await expect(attachClip(db, 'zz', { company: 'Acme' })).rejects.toMatchObject({ code: 'storeGoneClip' });
    expect(await db.clips.get('a')).toEqual(clip('a', 1));
  });

  it('finds clips for a person or their company (case-insensitive), newest first, once each', async () => {
    const db = await seeded();
    await attachClip(db, 'b', { personId: 'ann', company: 'acme' });
    expect((await clipsFor(db, 'ann', 'Acme')).map((c) => c.id)).toEqual(['d', 'b', 'c']);
    expect((await clipsFor(db, undefined, 'acme')).map((c) => c.id)).toEqual(['b', 'c']);
    expect(await clipsFor(db, undefined, '  ')).toEqual([]);
  });

  it('deletes a clip', async () => {
    const db = await seeded();
    await deleteClip(db, 'b');
    expect(await db.clips.get('b')).toBeUndefined();
    expect(await db.clips.count()).toBe(3);
  });
});
