/** A small, valid, cross-linked set of tables for backup tests. */
import type { BackupTables } from '@/lib/domain/formats/backup/backup';

/** Dates are stored within 1990–2200: the sample's are minutes into 2024. */
export const T0 = Date.UTC(2024, 0, 1);
const at = (minutes: number) => T0 + minutes * 60_000;

export function sampleTables(): BackupTables {
  return {
    people: [
      {
        id: 'p1',
        name: 'Ann Lee',
        kind: 'target',
        stage: 'requested',
        degree: '2nd',
        mutuals: [{ name: 'Bo' }],
        notes: '',
        userEdited: [],
        createdAt: at(1),
        updatedAt: at(2),
        profileUrl: 'https://www.linkedin.com/in/ann-lee/',
      },
      {
        id: 'p2',
        name: 'Bo Chen',
        kind: 'candidate',
        degree: '1st',
        mutuals: [],
        notes: 'met at a meetup',
        userEdited: ['name'],
        createdAt: at(1),
        updatedAt: at(1),
        referredById: 'p1',
      },
    ],
    touches: [{ id: 't1', personId: 'p1', kind: 'request', at: at(5), channel: 'email', createdAt: at(5), introducerId: 'p2' }],
    meetings: [
      {
        id: 'm1',
        personId: 'p2',
        at: at(9),
        minutes: 20,
        mode: 'phone',
        status: 'scheduled',
        questions: ['How did you start?'],
        notes: '',
        referrals: [{ personId: 'p1', nameAllowed: true }],
        createdAt: at(3),
        updatedAt: at(3),
      },
    ],
    templates: [
      { id: 'tp1', name: 'Direct ask', moment: 'direct-ask', body: 'Hi {{firstName}}', builtIn: true, updatedAt: 1 },
    ],
    clips: [
      { id: 'c1', url: 'https://example.com/a', title: 'An article', readable: true, savedAt: at(4), personId: 'p1' },
    ],
    meta: [
      {
        key: 'settings',
        value: {
          myName: 'Me',
          myEmail: '',
          myPhone: '',
          signature: '',
          targetRole: '',
          minutes: 20,
          followUpDays: 7,
          preferredDays: [2, 3, 4],
          keepInTouchDays: 60,
          moveOnAfter: 3,
          hardStopAfter: 5,
          badgeEnabled: true,
          quietMode: false,
          dailyNotification: false,
          timeZone: '',
        },
      },
      { key: 'lastBackupAt', value: 123 },
    ],
    connections: [
      {
        profileUrl: 'https://www.linkedin.com/in/cy-park/',
        name: 'Cy Park',
        company: 'Northwind',
        position: 'Researcher',
        email: 'cy@example.com',
        connectedOn: 1_600_000_000_000,
      },
      { name: 'Di Ng', company: 'Contoso' },
    ],
    companies: [
      {
        key: 'northwind',
        name: 'Northwind',
        aliases: ['northwind traders'],
        objectiveId: 'o1',
        notes: 'Design team in Stockholm',
        status: 'reaching-out',
        createdAt: at(2),
        updatedAt: at(3),
      },
    ],
    objectives: [
      { id: 'o1', kind: 'company', title: 'Health tech design', goal: 5, archived: false, createdAt: at(1), updatedAt: at(1) },
    ],
  };
}
