/**
 * Bench code that runs inside Chromium (bundled by esbuild, evaluated in a
 * page): the app's own functions on the real DOM and the real IndexedDB.
 */
import { openInroadsDb } from '@/lib/store/database';
import { followUpList } from '@/lib/store/history/follow-ups';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { restoreBackup } from '../unit/store/restore-backup';
import { importConnections } from '@/lib/store/directory/import-connections';
import { updatePerson } from '@/lib/store/people/person-edit';
import { extractProfile } from '@/lib/content/read/extract-profile';
import { clipArticle } from '@/lib/content/research-clip';
import { bigDataset } from './big-dataset';
import { packConnections } from '@/lib/domain/directory/buckets';
import { whoDoIKnowAt } from '@/lib/store/companies/who-do-i-know';
import { readVisiblePeople } from '@/lib/content/people-list';
import { atBenchCompanies, benchCompany, benchConnections, benchTargetCompanies } from './company-dataset';

const timed = async (run: () => unknown): Promise<number> => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

const bench = {
  /** Extraction on the current page, `runs` times (ms each). */
  extract(url: string, runs: number): number[] {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      extractProfile(document, url);
      samples.push(performance.now() - start);
    }
    return samples;
  },
  clip(runs: number): number[] {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      clipArticle(document, location.href, Date.now());
      samples.push(performance.now() - start);
    }
    return samples;
  },
  /** Seeds the extension's database with `people` people and `touches` touches. */
  async seed(people: number, touches: number): Promise<number> {
    const db = openInroadsDb();
    const data = bigDataset(people, touches, Date.now());
    const ms = await timed(() =>
      db.transaction('rw', db.people, db.touches, async () => {
        await db.people.bulkPut(data.people);
        await db.touches.bulkPut(data.touches);
      }),
    );
    db.close();
    return ms;
  },
  /** The people-list reader on the current page, `runs` times (ms each). */
  visiblePeople(runs: number): number[] {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      readVisiblePeople(document, location.href);
      samples.push(performance.now() - start);
    }
    return samples;
  },
  /** 30,000 connections at 8,000 companies, `people` people at those companies, 10 target companies. */
  async seedCompanies(connections: number, people: number): Promise<void> {
    const db = openInroadsDb();
    const now = Date.now();
    const data = bigDataset(people, people * 5, now);
    await db.transaction('rw', [db.people, db.touches, db.connections, db.companies], async () => {
      await db.connections.bulkPut(packConnections(benchConnections(connections, 8000)));
      await db.people.bulkPut(atBenchCompanies(data.people));
      await db.touches.bulkPut(data.touches);
      await db.companies.bulkPut(benchTargetCompanies(10, now));
    });
    db.close();
  },
  /** "Who do I know at …" for `runs` different companies (ms each). */
  async companyLookup(runs: number): Promise<number[]> {
    const db = openInroadsDb();
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) samples.push(await timed(() => whoDoIKnowAt(db, benchCompany(i * 997 + 13))));
    db.close();
    return samples;
  },
  /** A user's edit of a person's phone (the sync bench's one change). */
  async editPhone(personId: string, phone: string): Promise<void> {
    const db = openInroadsDb();
    await updatePerson(db, personId, { phone }, Date.now());
    db.close();
  },
  /** Rows in a table, and a person's phone (what the sync bench waits for). */
  async peek(personId: string): Promise<{ people: number; touches: number; phone?: string }> {
    const db = openInroadsDb();
    const [people, touches, person] = await Promise.all([db.people.count(), db.touches.count(), db.people.get(personId)]);
    db.close();
    return { people, touches, phone: person?.phone };
  },
  async wipe(): Promise<void> {
    const db = openInroadsDb();
    await Promise.all(db.tables.map((t) => t.clear()));
    db.close();
  },
  async followUpQuery(runs: number): Promise<number[]> {
    const db = openInroadsDb();
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) samples.push(await timed(() => followUpList(db, Date.now())));
    db.close();
    return samples;
  },
  async importConnections(csv: string): Promise<number> {
    const db = openInroadsDb();
    const ms = await timed(() => importConnections(db, csv, Date.now()));
    db.close();
    return ms;
  },
  /**
   * Backup of whatever is in the database, then — as on a new machine or after
   * a wipe — a restore into the emptied database: [backupMs, restoreMs, bytes].
   */
  async backupRestore(): Promise<[number, number, number]> {
    const db = openInroadsDb();
    let text = '';
    const backupMs = await timed(async () => {
      text = await exportBackup(db, Date.now());
    });
    await Promise.all(db.tables.map((t) => t.clear()));
    const restoreMs = await timed(() => restoreBackup(db, text, 'replace', Date.now()));
    db.close();
    return [backupMs, restoreMs, text.length];
  },
};

(globalThis as unknown as { __inroadsBench: typeof bench }).__inroadsBench = bench;
