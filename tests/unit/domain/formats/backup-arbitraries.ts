/** fast-check arbitraries for valid backup tables (every row satisfies lib/domain/model's schemas). */
import fc from 'fast-check';
import type { BackupTables } from '@/lib/domain/formats/backup/backup';
import {
  Channel,
  DEGREES,
  EDITABLE_FIELDS,
  MeetingMode,
  MeetingStatus,
  APP_NOTE_CODES,
  REASON_CODES,
  STAGES,
  TEMPLATE_MOMENTS,
  TOUCH_KINDS,
  COMPANY_STATUSES,
  OBJECTIVE_KINDS,
  type Company,
  type Meeting,
  type ObjectiveRecord,
  type Person,
  type ResearchClip,
  type Template,
  type Touch,
} from '@/lib/domain/model';
import { EARLIEST_DATE } from '@/lib/domain/model/limits';
import { directory } from './directory-arbitraries';
import { metaValue, safeKey, settings } from './meta-arbitraries';
import { companyKey } from '@/lib/domain/companies/company-key';
import { withCompanyKey } from '@/lib/store/derived-keys';

const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength: Math.floor(maxLength / 2) });
const id = fc.string({ unit: 'binary', minLength: 1, maxLength: 16 });
// Stored dates are 1990–2200 (lib/domain/model/limits.ts); up to 2100 here.
const epoch = fc.integer({ min: EARLIEST_DATE, max: 4_102_444_800_000 });
const slug = fc.stringMatching(/^[a-z0-9-]{3,20}$/);

const personFields = {
  publicId: slug,
  memberUrn: text(40),
  kind: fc.constantFrom('candidate', 'target' as const),
  stage: fc.constantFrom(...STAGES),
  objective: fc.record({ kind: fc.constantFrom('industry', 'company', 'role' as const), detail: text(100) }),
  name: text(300),
  headline: text(200),
  company: text(100),
  position: text(100),
  location: text(100),
  email: fc.emailAddress(),
  phone: fc.stringMatching(/^\+?[0-9 ]{3,20}$/),
  degree: fc.constantFrom(...DEGREES),
  mutualCount: fc.nat({ max: 500 }),
  mutuals: fc.array(
    fc.record({ name: text(100).filter((s) => s.length > 0), url: text(100) }, { requiredKeys: ['name'] }),
    {
      maxLength: 3,
    },
  ),
  connectedOn: epoch,
  referredByName: text(100),
  referrerNameAllowed: fc.boolean(),
  notes: text(500),
  userEdited: fc.uniqueArray(fc.constantFrom(...EDITABLE_FIELDS)),
  nextAction: fc.record(
    {
      kind: text(50),
      due: epoch,
      reason: fc.record({
        code: fc.constantFrom(...REASON_CODES),
        params: fc.array(fc.oneof(text(100), fc.integer()), { maxLength: 4 }),
      }),
      templateMoment: text(50),
    },
    { requiredKeys: ['kind', 'due', 'reason'] },
  ),
  nextActionAt: epoch,
  snoozedUntil: epoch,
  lastSeenAt: epoch,
  createdAt: epoch,
  updatedAt: epoch,
};

const person = (personId: string, peopleIds: string[], slugs: fc.Arbitrary<string>): fc.Arbitrary<Person> =>
  fc
    .record(
      {
        ...personFields,
        profileUrl: slugs.map((s) => `https://www.linkedin.com/in/${s}/`),
        referredById: fc.constantFrom(...peopleIds),
      },
      { requiredKeys: ['kind', 'name', 'degree', 'mutuals', 'notes', 'userEdited', 'createdAt', 'updatedAt'] },
    )
    // Stored people always carry the key derived from their company (lib/store/derived-keys.ts).
    .map((fields) => withCompanyKey({ ...fields, id: personId }));

/** Target companies with distinct keys, and objectives. */
const companies = (max: number): fc.Arbitrary<Company[]> =>
  fc
    .uniqueArray(
      fc.record(
        {
          name: text(100).filter((name) => companyKey(name) !== ''),
          aliases: fc.array(text(60).map(companyKey).filter(Boolean), { maxLength: 2 }),
          objectiveId: id,
          notes: text(200),
          status: fc.constantFrom(...COMPANY_STATUSES),
          createdAt: epoch,
          updatedAt: epoch,
        },
        { requiredKeys: ['name', 'aliases', 'notes', 'status', 'createdAt', 'updatedAt'] },
      ),
      { maxLength: max, selector: (c) => companyKey(c.name) },
    )
    .map((rows) => rows.map((row) => ({ ...row, key: companyKey(row.name) })));

const objectives = (max: number): fc.Arbitrary<ObjectiveRecord[]> =>
  fc.uniqueArray(
    fc.record({
      id,
      kind: fc.constantFrom(...OBJECTIVE_KINDS),
      title: text(200).filter((title) => title.length > 0),
      goal: fc.integer({ min: 1, max: 100 }),
      archived: fc.boolean(),
      createdAt: epoch,
      updatedAt: epoch,
    }),
    { maxLength: max, selector: (o) => o.id },
  );

const touch = (touchId: string, peopleIds: string[]): fc.Arbitrary<Touch> =>
  fc
    .record(
      {
        personId: fc.constantFrom(...peopleIds),
        kind: fc.constantFrom(...TOUCH_KINDS),
        at: epoch,
        channel: fc.constantFrom(...Channel.options),
        text: text(500),
        subject: text(100),
        promisedFollowUpAt: epoch,
        introducerId: fc.constantFrom(...peopleIds),
        templateId: id,
        note: text(100),
        appNote: fc.record({ code: fc.constantFrom(...APP_NOTE_CODES), params: fc.array(text(100), { maxLength: 2 }) }),
        createdAt: epoch,
      },
      { requiredKeys: ['personId', 'kind', 'at', 'channel', 'createdAt'] },
    )
    .map((fields) => ({ ...fields, id: touchId }));

const meeting = (meetingId: string, peopleIds: string[]): fc.Arbitrary<Meeting> =>
  fc
    .record(
      {
        personId: fc.constantFrom(...peopleIds),
        at: epoch,
        minutes: fc.integer({ min: 1, max: 600 }),
        mode: fc.constantFrom(...MeetingMode.options),
        place: text(100),
        status: fc.constantFrom(...MeetingStatus.options),
        questions: fc.array(text(200), { maxLength: 4 }),
        notes: text(300),
        notesWrittenAt: epoch,
        referrals: fc.array(
          fc.record(
            { personId: fc.constantFrom(...peopleIds), nameAllowed: fc.boolean(), checkBackAt: epoch },
            { requiredKeys: ['personId', 'nameAllowed'] },
          ),
          { maxLength: 2 },
        ),
        createdAt: epoch,
        updatedAt: epoch,
      },
      {
        requiredKeys: [
          'personId',
          'at',
          'minutes',
          'mode',
          'status',
          'questions',
          'notes',
          'referrals',
          'createdAt',
          'updatedAt',
        ],
      },
    )
    .map((fields) => ({ ...fields, id: meetingId }));

const template = (templateId: string): fc.Arbitrary<Template> =>
  fc
    .record(
      {
        name: text(100).filter((s) => s.length > 0),
        moment: fc.constantFrom(...TEMPLATE_MOMENTS),
        subject: text(100),
        body: text(1000),
        builtIn: fc.boolean(),
        basedOn: id,
        updatedAt: epoch,
      },
      { requiredKeys: ['name', 'moment', 'body', 'builtIn', 'updatedAt'] },
    )
    .map((fields) => ({ ...fields, id: templateId }));

const clip = (clipId: string, peopleIds: string[]): fc.Arbitrary<ResearchClip> =>
  fc
    .record(
      {
        url: fc.webUrl(),
        title: text(200),
        byline: text(100),
        site: text(100),
        excerpt: text(300),
        text: text(1000),
        readable: fc.boolean(),
        personId: peopleIds.length > 0 ? fc.constantFrom(...peopleIds) : id,
        company: text(100),
        savedAt: epoch,
      },
      { requiredKeys: ['url', 'title', 'readable', 'savedAt'] },
    )
    .map((fields) => ({ ...fields, id: clipId }));

function rowsFor<T>(ids: string[], arb: (rowId: string) => fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(arb));
}

/** Drops the profile URL of a person whose URL an earlier person already has. */
function uniqueUrls(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.map((p) => {
    if (!p.profileUrl) return p;
    if (!seen.has(p.profileUrl)) {
      seen.add(p.profileUrl);
      return p;
    }
    const { profileUrl: _dropped, ...rest } = p;
    return rest;
  });
}

/**
 * Valid tables. `ids` and `slugs` may be narrowed to a small pool so that two
 * generated databases share ids and profile URLs (for merge tests); the
 * connections' URLs come from the same slugs.
 */
export const backupTables = (
  max = 6,
  { ids: rowId = id, slugs = slug }: { ids?: fc.Arbitrary<string>; slugs?: fc.Arbitrary<string> } = {},
): fc.Arbitrary<BackupTables> =>
  fc
    .record({
      people: fc.uniqueArray(rowId, { maxLength: max }),
      touches: fc.uniqueArray(rowId, { maxLength: max }),
      meetings: fc.uniqueArray(rowId, { maxLength: max }),
      templates: fc.uniqueArray(rowId, { maxLength: max }),
      clips: fc.uniqueArray(rowId, { maxLength: max }),
      meta: fc.uniqueArray(
        safeKey.filter((key) => key.length > 0 && key !== 'settings'),
        { maxLength: 3 },
      ),
      withSettings: fc.boolean(),
    })
    .chain((ids) => {
      const peopleIds = ids.people;
      const linked = peopleIds.length > 0;
      return fc.record({
        people: rowsFor(peopleIds, (p) => person(p, peopleIds, slugs)).map(uniqueUrls),
        touches: linked ? rowsFor(ids.touches, (t) => touch(t, peopleIds)) : fc.constant([]),
        meetings: linked ? rowsFor(ids.meetings, (m) => meeting(m, peopleIds)) : fc.constant([]),
        templates: rowsFor(ids.templates, template),
        clips: rowsFor(ids.clips, (c) => clip(c, peopleIds)),
        meta: fc
          .tuple(
            rowsFor(ids.meta, (key) => metaValue.map((value) => ({ key, value }))),
            ids.withSettings ? settings.map((value) => [{ key: 'settings', value }]) : fc.constant([]),
          )
          .map(([rows, settingsRow]) => [...rows, ...settingsRow]),
        connections: directory(max, { slugs }),
        companies: companies(Math.min(max, 3)),
        objectives: objectives(Math.min(max, 3)),
      });
    });
