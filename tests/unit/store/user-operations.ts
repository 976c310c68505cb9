/**
 * Random sequences of what a user does, run through the same functions the
 * interface calls (the forms, the popup, the background's handlers): add
 * targets, edit every field with any Unicode up to and past its limit, log
 * touches, meetings, referrals, drafts, templates, settings, corrections,
 * imports, deletions. For the round-trip property (round-trip-property.test.ts).
 */
import fc from 'fast-check';
import { ProfileSnapshot } from '@/lib/domain/model';
import { PERSON_LIMITS, TOUCH_LIMITS, MEETING_LIMITS, TEMPLATE_LIMITS } from '@/lib/domain/model/limits';
import { CHANNELS, TOUCH_KINDS, MEETING_MODES, MEETING_STATUSES, STAGES, TEMPLATE_MOMENTS } from '@/lib/domain/model/constants';
import { BUILT_IN_TEMPLATES } from '@/lib/domain/templates/built-in';
import { withQuestion } from '@/lib/domain/templates/question-bank';
import type { InroadsDb } from '@/lib/store/database';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { deletePerson, setStage, snoozePerson, updatePerson, type PersonChange } from '@/lib/store/people/person-edit';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { markSent } from '@/lib/store/use-cases/mark-sent';
import { markActionDone } from '@/lib/store/use-cases/mark-done';
import { correctPerson } from '@/lib/store/use-cases/correct-person';
import { recordReferrals } from '@/lib/store/use-cases/record-referrals';
import { deleteTouch, logTouch } from '@/lib/store/history/touches';
import { editMeetingQuestions, scheduleMeeting, updateMeeting } from '@/lib/store/history/meetings';
import { attachClip } from '@/lib/store/history/clips';
import { discardDraft, saveDraft } from '@/lib/store/settings/drafts';
import { createTemplate, resetOrDeleteTemplate, saveTemplate } from '@/lib/store/settings/template-edits';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { importConnections } from '@/lib/store/directory/import-connections';
import { connectionsCsv } from './import-fixtures';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Any Unicode (lone surrogates included), short, or cut at `limit - 1`, `limit` or `limit + 1` UTF-16 units. */
export const textNear = (limit: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(limit - 1, limit, limit + 1), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }))
        .map(([length, seed]) => seed.repeat(Math.ceil(length / seed.length) + 1).slice(0, length)),
    },
  );

const slug = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{1,12}$/),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => encodeURIComponent(s)),
);
const urlOf = (s: string) => `https://www.linkedin.com/in/${s}/`;
const EDIT_FIELDS = ['name', 'headline', 'company', 'location', 'email', 'phone', 'notes'] as const;

export const operation = fc.oneof(
  fc.record({ type: fc.constant('view' as const), slug, name: textNear(PERSON_LIMITS.name), headline: textNear(PERSON_LIMITS.headline), degree: fc.constantFrom('1st' as const, '2nd' as const, 'unknown' as const) }),
  fc.record({ type: fc.constant('add' as const), slug, name: textNear(PERSON_LIMITS.name), detail: textNear(PERSON_LIMITS.objectiveDetail) }),
  fc.record({ type: fc.constant('edit' as const), who: fc.nat(), field: fc.constantFrom(...EDIT_FIELDS), value: textNear(PERSON_LIMITS.notes) }),
  fc.record({ type: fc.constant('editShort' as const), who: fc.nat(), field: fc.constantFrom(...EDIT_FIELDS), value: textNear(PERSON_LIMITS.phone), stale: fc.boolean() }),
  fc.record({ type: fc.constant('objective' as const), who: fc.nat(), detail: textNear(PERSON_LIMITS.objectiveDetail) }),
  fc.record({ type: fc.constant('stage' as const), who: fc.nat(), stage: fc.constantFrom(...STAGES) }),
  fc.record({ type: fc.constant('touch' as const), who: fc.nat(), kind: fc.constantFrom(...TOUCH_KINDS), channel: fc.constantFrom(...CHANNELS), days: fc.integer({ min: -400, max: 3 }), note: textNear(TOUCH_LIMITS.note) }),
  fc.record({ type: fc.constant('sent' as const), who: fc.nat(), text: textNear(TEMPLATE_LIMITS.body), promise: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }) }),
  fc.record({ type: fc.constant('done' as const), who: fc.nat() }),
  fc.record({ type: fc.constant('snooze' as const), who: fc.nat(), days: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ type: fc.constant('deleteTouch' as const), who: fc.nat() }),
  fc.record({ type: fc.constant('meeting' as const), who: fc.nat(), days: fc.integer({ min: -30, max: 30 }), mode: fc.constantFrom(...MEETING_MODES), place: textNear(MEETING_LIMITS.place) }),
  fc.record({ type: fc.constant('meetingEdit' as const), m: fc.nat(), notes: textNear(MEETING_LIMITS.notes), status: fc.constantFrom(...MEETING_STATUSES), question: textNear(MEETING_LIMITS.question) }),
  fc.record({ type: fc.constant('referrals' as const), m: fc.nat(), name: textNear(PERSON_LIMITS.name), company: textNear(PERSON_LIMITS.company), slug: fc.option(slug, { nil: undefined }), allowed: fc.boolean() }),
  fc.record({ type: fc.constant('correct' as const), who: fc.nat(), degree: fc.constantFrom('1st' as const, '3rd' as const, null), introducer: fc.option(textNear(PERSON_LIMITS.name), { nil: null }) }),
  fc.record({ type: fc.constant('draft' as const), slug, body: textNear(TEMPLATE_LIMITS.body), subject: textNear(TEMPLATE_LIMITS.subject), discard: fc.boolean() }),
  fc.record({ type: fc.constant('template' as const), name: textNear(TEMPLATE_LIMITS.name), body: textNear(TEMPLATE_LIMITS.body), moment: fc.constantFrom(...TEMPLATE_MOMENTS), builtIn: fc.nat(), reset: fc.boolean() }),
  fc.record({ type: fc.constant('settings' as const), field: fc.constantFrom('myName', 'myEmail', 'myPhone', 'signature', 'targetRole'), value: textNear(2000), followUpDays: fc.integer({ min: 0, max: 61 }), zone: fc.constantFrom('', 'Pacific/Auckland', 'America/Los_Angeles') }),
  fc.record({ type: fc.constant('import' as const), rows: fc.array(fc.tuple(textNear(150), textNear(150), fc.option(slug, { nil: undefined }), textNear(300)), { maxLength: 4 }) }),
  fc.record({ type: fc.constant('clip' as const), who: fc.nat(), company: textNear(PERSON_LIMITS.company) }),
  fc.record({ type: fc.constant('deletePerson' as const), who: fc.nat() }),
);
export type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** A session: a few people first (viewed or added), then anything, so most operations act on someone. */
export const session = fc
  .tuple(
    fc.array(operation.filter((op) => op.type === 'add' || op.type === 'view'), { minLength: 1, maxLength: 4 }),
    fc.array(operation, { minLength: 1, maxLength: 30, size: 'medium' }),
  )
  .map(([first, rest]) => [...first, ...rest]);

/** Whether the operation writes a text past its limit (the write must be refused); `someone`: a person to act on exists. */
function overLimit(op: Operation, someone: boolean): boolean {
  const over = (text: string | null | undefined, limit: number) => (text?.length ?? 0) > limit;
  if (op.type !== 'add' && !someone) return false;
  switch (op.type) {
    case 'add':
      return over(op.detail, PERSON_LIMITS.objectiveDetail);
    case 'edit':
    case 'editShort':
      return op.field !== 'name' || op.value.trim() !== '' ? over(op.field === 'notes' ? op.value : op.value.trim(), PERSON_LIMITS[op.field]) : false;
    case 'objective':
      return over(op.detail.trim(), PERSON_LIMITS.objectiveDetail);
    case 'touch':
      return over(op.note.trim(), TOUCH_LIMITS.note);
    case 'meeting':
      return over(op.place.trim(), MEETING_LIMITS.place);
    default:
      return false;
  }
}

/** Runs one operation as the interface would; returns whether a refusal was expected and whether one came. */
export async function run(db: InroadsDb, op: Operation, now: number): Promise<{ refused: boolean; mustRefuse: boolean }> {
  const people = (await db.people.toCollection().primaryKeys()).map(String).sort();
  const person = (n: number) => (people.length ? people[n % people.length]! : undefined);
  const meetings = (await db.meetings.toCollection().primaryKeys()).map(String).sort();
  try {
    await perform(db, op, now, person, meetings);
    return { refused: false, mustRefuse: overLimit(op, people.length > 0) };
  } catch (error) {
    // Every refusal is the user's words (an InroadsError), never a crash, JSON or a stack.
    if ((error as { name?: string }).name !== 'InroadsError') throw error;
    return { refused: true, mustRefuse: overLimit(op, people.length > 0) };
  }
}

async function perform(
  db: InroadsDb,
  op: Operation,
  now: number,
  person: (n: number) => string | undefined,
  meetings: string[],
): Promise<void> {
  switch (op.type) {
    case 'view': {
      const snapshot = { url: urlOf(op.slug), publicId: op.slug, pageKind: 'profile', name: op.name, headline: op.headline, degree: op.degree, mutuals: [], missing: [] };
      // The router refuses what the schema refuses, before any handler runs.
      const parsed = ProfileSnapshot.safeParse(snapshot);
      if (parsed.success) await recordProfileView(db, parsed.data, now);
      return;
    }
    case 'add':
      await addTarget(db, { profileUrl: urlOf(op.slug), name: op.name.slice(0, PERSON_LIMITS.name), objective: { kind: 'role', detail: op.detail } }, now);
      return;
    case 'edit':
    case 'editShort': {
      const id = person(op.who);
      if (!id) return;
      const stored = (await db.people.get(id))!;
      const value = op.field === 'notes' ? op.value : op.value.trim();
      if (op.field === 'name' && value === '') return;
      const change: PersonChange = { [op.field]: value };
      // A form that started from what is stored, or (stale) from something else: a conflict, in words.
      const expected = { [op.field]: 'stale' in op && op.stale ? `${stored[op.field] ?? ''}~` : stored[op.field] };
      await updatePerson(db, id, change, now, expected);
      return;
    }
    case 'objective': {
      const id = person(op.who);
      if (id) await updatePerson(db, id, { objective: { kind: 'company', detail: op.detail.trim() } }, now);
      return;
    }
    case 'stage': {
      const id = person(op.who);
      if (id) await setStage(db, id, op.stage, now);
      return;
    }
    case 'touch': {
      const id = person(op.who);
      const note = op.note.trim();
      if (id) await logTouch(db, { personId: id, kind: op.kind, channel: op.channel, at: now + op.days * DAY, ...(note ? { note } : {}) }, now);
      return;
    }
    case 'sent': {
      const id = person(op.who);
      const promised = op.promise === undefined ? {} : { promisedFollowUpAt: now + op.promise * DAY };
      if (id) await markSent(db, { personId: id, kind: 'request', channel: 'linkedin', text: op.text.slice(0, TEMPLATE_LIMITS.body), ...promised }, now);
      return;
    }
    case 'done': {
      const id = person(op.who);
      if (id) await markActionDone(db, id, now);
      return;
    }
    case 'snooze': {
      const id = person(op.who);
      if (id) await snoozePerson(db, id, now + op.days * DAY, now);
      return;
    }
    case 'deleteTouch': {
      const id = person(op.who);
      const touch = id ? await db.touches.where('[personId+at]').between([id, -Infinity], [id, Infinity]).first() : undefined;
      if (touch) await deleteTouch(db, touch.id, now);
      return;
    }
    case 'meeting': {
      const id = person(op.who);
      const place = op.place.trim();
      if (id) await scheduleMeeting(db, { personId: id, at: now + op.days * DAY + 12 * 60 * MINUTE, mode: op.mode, ...(place ? { place } : {}) }, now);
      return;
    }
    case 'meetingEdit': {
      const id = meetings.length ? meetings[op.m % meetings.length] : undefined;
      if (!id) return;
      await editMeetingQuestions(db, id, (questions) => withQuestion(questions, op.question), now);
      const stored = (await db.meetings.get(id))!;
      await updateMeeting(db, id, { notes: op.notes, status: op.status }, now, { notes: stored.notes });
      return;
    }
    case 'referrals': {
      const id = meetings.length ? meetings[op.m % meetings.length] : undefined;
      const name = op.name.trim();
      if (id && name) {
        const company = op.company.trim();
        await recordReferrals(db, id, [{ name, nameAllowed: op.allowed, ...(company ? { company } : {}), ...(op.slug ? { profileUrl: urlOf(op.slug) } : {}) }], now);
      }
      return;
    }
    case 'correct': {
      const id = person(op.who);
      const name = op.introducer?.trim();
      if (id) await correctPerson(db, { personId: id }, { degree: op.degree, introducer: name ? { name } : null }, now);
      return;
    }
    case 'draft':
      if (op.discard) await discardDraft(db, urlOf(op.slug));
      else await saveDraft(db, urlOf(op.slug), { templateId: 'direct-ask', subject: op.subject, body: op.body, edited: true, updatedAt: now });
      return;
    case 'template': {
      const builtIn = BUILT_IN_TEMPLATES[op.builtIn % BUILT_IN_TEMPLATES.length]!;
      if (op.reset) await resetOrDeleteTemplate(db, builtIn.id);
      else if (op.name.trim()) await createTemplate(db, { name: op.name.trim(), moment: op.moment, body: op.body }, now);
      else await saveTemplate(db, { ...builtIn, body: op.body }, now);
      return;
    }
    case 'settings':
      await saveSettings(db, { [op.field]: op.value, followUpDays: op.followUpDays, timeZone: op.zone });
      return;
    case 'import':
      await importConnections(db, connectionsCsv(op.rows.map(([first, last, s, company]) => [first, last, s ? urlOf(s) : '', company, '', '02 Jun 2022'])), now);
      return;
    case 'clip': {
      const clipId = `clip-${op.who % 3}`;
      if (!(await db.clips.get(clipId))) await db.clips.add({ id: clipId, url: 'https://example.com/a', title: 'An article', readable: true, savedAt: now });
      await attachClip(db, clipId, { personId: person(op.who) ?? '', company: op.company });
      return;
    }
    case 'deletePerson': {
      const id = person(op.who);
      if (id) await deletePerson(db, id);
      return;
    }
  }
}
