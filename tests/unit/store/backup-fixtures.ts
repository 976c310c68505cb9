/** A small, cross-linked database for backup tests, seeded through plain table writes. */
import { packConnections } from '@/lib/domain/directory/buckets';
import type { InroadsDb } from '@/lib/store/database';
import { DEFAULT_SETTINGS, type Meeting, type ResearchClip, type Template, type Touch } from '@/lib/domain/model';
import { personOf, T0 } from './import-fixtures';

export const ANN_URL = 'https://www.linkedin.com/in/ann-lee/';
export const CY_URL = 'https://www.linkedin.com/in/cy-park/';

export async function seedSample(db: InroadsDb, prefix = ''): Promise<void> {
  const id = (name: string) => `${prefix}${name}`;
  await db.people.bulkAdd([
    personOf({
      id: id('ann'),
      name: 'Ann Lee',
      kind: 'target',
      stage: 'requested',
      degree: '2nd',
      profileUrl: prefix ? undefined : ANN_URL,
      updatedAt: T0 + 2000,
    }),
    personOf({ id: id('bo'), name: 'Bo Chen', degree: '1st', referredById: id('ann'), notes: 'met at a meetup' }),
  ]);
  const touch: Touch = {
    id: id('t1'),
    personId: id('ann'),
    kind: 'request',
    at: T0 + 1500,
    channel: 'email',
    text: 'Hi Ann',
    createdAt: T0 + 1500,
  };
  await db.touches.add(touch);
  const meeting: Meeting = {
    id: id('m1'),
    personId: id('bo'),
    at: T0 + 9_000,
    minutes: 20,
    mode: 'phone',
    status: 'scheduled',
    questions: ['How did you start?'],
    notes: '',
    referrals: [{ personId: id('ann'), nameAllowed: true }],
    createdAt: T0 + 3,
    updatedAt: T0 + 3,
  };
  await db.meetings.add(meeting);
  const template: Template = {
    id: id('tp1'),
    name: 'Direct ask',
    moment: 'direct-ask',
    body: 'Hi {{firstName}}',
    builtIn: true,
    updatedAt: 1,
  };
  await db.templates.add(template);
  const clip: ResearchClip = {
    id: id('c1'),
    url: 'https://example.com/a',
    title: 'An article',
    readable: true,
    savedAt: T0 + 4,
    personId: id('ann'),
  };
  await db.clips.add(clip);
  await db.meta.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, myName: `Me${prefix}` } });
  await db.connections.bulkPut(
    packConnections([
      {
        profileUrl: prefix ? undefined : CY_URL,
        name: 'Cy Park',
        company: 'Northwind',
        position: 'Researcher',
        connectedOn: 1_600_000_000_000,
      },
      { name: `${prefix}Di Ng`, company: 'Contoso', email: 'di@example.com' },
    ]),
  );
}

export async function dumpDb(db: InroadsDb) {
  const [people, touches, meetings, templates, clips, meta, connections] = await Promise.all([
    db.people.toArray(),
    db.touches.toArray(),
    db.meetings.toArray(),
    db.templates.toArray(),
    db.clips.toArray(),
    db.meta.toArray(),
    db.connections.toArray(),
  ]);
  // The directory as stored: its bucket rows, in key order.
  return { people, touches, meetings, templates, clips, meta, connections };
}
