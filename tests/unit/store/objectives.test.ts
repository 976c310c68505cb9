import { describe, expect, it } from 'vitest';
import type { Person } from '@/lib/domain/model';
import type { VisiblePerson } from '@/lib/domain/people-list';
import { newCandidate } from '@/lib/domain/model/new-person';
import { assignObjective, createObjective, updateObjective } from '@/lib/store/objectives/objectives';
import { listObjectives } from '@/lib/store/objectives/objective-list';
import { objectiveProgress, overallProgress } from '@/lib/store/objectives/progress';
import { addVisibleTargets, trackedByUrl } from '@/lib/store/use-cases/add-visible-targets';
import { logTouch } from '@/lib/store/history/touches';
import { freshDb } from '../helpers';

const NOW = Date.UTC(2025, 2, 13, 10);
const seen = (slug: string, over: Partial<VisiblePerson> = {}): VisiblePerson => ({
  name: slug.replace(/-/g, ' '),
  profileUrl: `https://www.linkedin.com/in/${slug}/`,
  degree: '2nd',
  mutualNames: [],
  ...over,
});

describe('objectives and their lists', () => {
  it('creates, lists (open first), archives, and refuses an empty title', async () => {
    const db = freshDb();
    const design = await createObjective(db, { kind: 'industry', title: '  Health tech design ' }, NOW);
    expect(design).toMatchObject({ title: 'Health tech design', goal: 5, archived: false });
    const old = await createObjective(db, { kind: 'role', title: 'A role', goal: 3 }, NOW);
    await updateObjective(db, old.id, { archived: true }, NOW);
    expect((await listObjectives(db)).map((o) => o.title)).toEqual(['Health tech design', 'A role']);
    await expect(createObjective(db, { kind: 'role', title: ' ' }, NOW)).rejects.toMatchObject({
      code: 'objectivesErrorNoTitle',
    });
    db.close();
  });

  it('puts people on a list; their own objective follows unless they had one of their own', async () => {
    const db = freshDb();
    const objective = await createObjective(db, { kind: 'company', title: 'Northwind design team' }, NOW);
    const person = (id: string, over: Partial<Person> = {}): Person => ({
      ...newCandidate(id, id, NOW),
      kind: 'target',
      ...over,
    });
    await db.people.bulkPut([person('a'), person('b', { objective: { kind: 'role', detail: 'Research ops' } })]);
    await assignObjective(db, ['a', 'b'], objective.id, NOW);
    expect(await db.people.get('a')).toMatchObject({
      objectiveId: objective.id,
      objective: { kind: 'company', detail: 'Northwind design team' },
    });
    expect(await db.people.get('b')).toMatchObject({
      objectiveId: objective.id,
      objective: { kind: 'role', detail: 'Research ops' },
    });
    await assignObjective(db, ['a'], null, NOW);
    expect((await db.people.get('a'))?.objectiveId).toBeUndefined();
    db.close();
  });
});

describe('people listed on a LinkedIn page, added as targets', () => {
  it('become targets on the objective, with what the row showed; a second add changes no stage; progress counts them', async () => {
    const db = freshDb();
    const objective = await createObjective(db, { kind: 'company', title: 'Northwind design team', goal: 5 }, NOW);
    const added = await addVisibleTargets(
      db,
      [
        seen('maya-lindqvist', { headline: 'Designer at Northwind Health', mutualCount: 7 }),
        seen('priya-raman', { degree: '3rd' }),
      ],
      objective.id,
      NOW,
    );
    expect(added.map((p) => [p.name, p.kind, p.stage, p.degree, p.objectiveId])).toEqual([
      ['maya lindqvist', 'target', 'to-contact', '2nd', objective.id],
      ['priya raman', 'target', 'to-contact', '3rd', objective.id],
    ]);
    expect(added[0]).toMatchObject({
      headline: 'Designer at Northwind Health',
      mutualCount: 7,
      nextAction: { kind: 'send-request' },
    });
    await logTouch(db, { personId: added[0]!.id, kind: 'request', channel: 'linkedin', at: NOW - 1000 }, NOW);
    const again = await addVisibleTargets(db, [seen('maya-lindqvist', { degree: '1st' })], undefined, NOW + 1);
    expect(again[0]).toMatchObject({ id: added[0]!.id, stage: 'requested', degree: '2nd', objectiveId: objective.id });
    const tracked = await trackedByUrl(db, [
      'https://www.linkedin.com/in/maya-lindqvist/',
      'https://www.linkedin.com/in/nobody/',
    ]);
    expect([...tracked.keys()]).toEqual(['https://www.linkedin.com/in/maya-lindqvist/']);
    const progress = await objectiveProgress(db, objective, NOW);
    expect(progress).toMatchObject({
      targets: 2,
      goal: 5,
      requestsLastWeek: 1,
      routes: { cold: { asked: 1, replied: 0 } },
    });
    expect((await overallProgress(db, NOW)).targets).toBe(2);
    db.close();
  });

  it("from a company's People tab, join that company (so the Companies view counts them), unless the user wrote another", async () => {
    const db = freshDb();
    const edited = await addVisibleTargets(db, [seen('dev-patel')], undefined, NOW);
    await db.people.update(edited[0]!.id, { company: 'Contoso', userEdited: ['company'] });
    const at = { company: 'Northwind Health' };
    const added = await addVisibleTargets(db, [seen('chloe-martin', at), seen('dev-patel', at)], undefined, NOW + 1);
    expect(added.map((p) => [p.name, p.company, p.companyKey])).toEqual([
      ['chloe martin', 'Northwind Health', 'northwind health'],
      ['dev patel', 'Contoso', 'contoso'],
    ]);
    db.close();
  });

  it('a profile already read keeps what its page showed', async () => {
    const db = freshDb();
    await db.people.put({
      ...newCandidate('p', 'Tomás Okafor', NOW),
      profileUrl: 'https://www.linkedin.com/in/tomas-okafor/',
      degree: '1st',
      headline: 'UX Research Lead at Fabrikam',
      lastSeenAt: NOW - 1,
    });
    const [person] = await addVisibleTargets(
      db,
      [seen('tomas-okafor', { degree: '3rd', headline: 'Old headline' })],
      undefined,
      NOW,
    );
    expect(person).toMatchObject({
      id: 'p',
      kind: 'target',
      degree: '1st',
      headline: 'UX Research Lead at Fabrikam',
      name: 'Tomás Okafor',
    });
    db.close();
  });
});
