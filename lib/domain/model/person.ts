import { z } from './zod';
import { CORRECTABLE_FIELDS, EDITABLE_FIELDS, OBJECTIVE_KINDS, PERSON_KINDS, REASON_CODES, STAGES } from './constants';
import { Degree, MutualConnection } from './snapshot';
import { ID_LIMIT, PERSON_LIMITS as LIMIT } from './limits';
import { StoredDate } from './stored-date';

export const PersonKind = z.enum(PERSON_KINDS);
export type PersonKind = z.infer<typeof PersonKind>;

export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const ObjectiveKind = z.enum(OBJECTIVE_KINDS);
export type ObjectiveKind = z.infer<typeof ObjectiveKind>;

export const Objective = z.object({
  kind: ObjectiveKind,
  /** Free text, e.g. "product design at fintechs". */
  detail: z.string().max(LIMIT.objectiveDetail).default(''),
});
export type Objective = z.infer<typeof Objective>;

/** Why something is owed: a code and its parameters (names, counts), worded when shown. */
export const NextActionReason = z.object({
  code: z.enum(REASON_CODES),
  params: z.array(z.union([z.string().max(300), z.number()])).max(4),
});
export type NextActionReason = z.infer<typeof NextActionReason>;

/** The next thing the user owes this person, computed by the cadence rules. */
export const NextAction = z.object({
  kind: z.string().max(50),
  /** Epoch ms when it is due. */
  due: StoredDate,
  reason: NextActionReason,
  templateMoment: z.string().max(50).optional(),
});
export type NextAction = z.infer<typeof NextAction>;

export const EditableField = z.enum(EDITABLE_FIELDS);
export type EditableField = z.infer<typeof EditableField>;

/** A field the user edited or corrected by hand: page reads and imports never overwrite it. */
export const UserField = z.enum([...EDITABLE_FIELDS, ...CORRECTABLE_FIELDS]);
export type UserField = z.infer<typeof UserField>;

/** The introducer the user chose: one of their connections, a stored person, or a name they typed. */
export const ChosenIntroducer = z.object({
  name: z.string().min(1).max(300),
  url: z.string().max(2048).optional(),
  personId: z.string().max(64).optional(),
});
export type ChosenIntroducer = z.infer<typeof ChosenIntroducer>;

export const Person = z.object({
  id: z.string().min(1).max(64),
  /** Normalised https://www.linkedin.com/in/<slug>/ — unique when present. */
  profileUrl: z.string().max(2048).optional(),
  publicId: z.string().max(200).optional(),
  memberUrn: z.string().max(200).optional(),
  kind: PersonKind,
  stage: Stage.optional(),
  objective: Objective.optional(),
  /** The objective list this person is on (an ObjectiveRecord id). */
  objectiveId: z.string().max(ID_LIMIT).optional(),
  name: z.string().max(LIMIT.name),
  headline: z.string().max(LIMIT.headline).optional(),
  company: z.string().max(LIMIT.company).optional(),
  /** Derived from `company` on every write (lib/store/derived-keys.ts): the company look-ups' index. */
  companyKey: z.string().max(LIMIT.company).optional(),
  position: z.string().max(LIMIT.position).optional(),
  location: z.string().max(LIMIT.location).optional(),
  email: z.string().max(LIMIT.email).optional(),
  phone: z.string().max(LIMIT.phone).optional(),
  degree: Degree,
  /** The degree LinkedIn's page showed at the last read, kept beside a degree the user corrected. */
  seenDegree: Degree.optional(),
  /** The introducer the user chose (userEdited has 'introducer'). */
  introducer: ChosenIntroducer.optional(),
  mutualCount: z.number().int().nonnegative().optional(),
  mutuals: z.array(MutualConnection).max(100).default([]),
  /** Set when the person is a known 1st-degree contact from Connections.csv. */
  connectedOn: StoredDate.optional(),
  /** The person who referred the user to this one (a Person id). */
  referredById: z.string().max(64).optional(),
  /** Name of a referrer no longer in the database (kept when they are deleted). */
  referredByName: z.string().max(300).optional(),
  /** Whether the referrer allowed the user to use their name. */
  referrerNameAllowed: z.boolean().optional(),
  notes: z.string().max(LIMIT.notes).default(''),
  userEdited: z.array(UserField).default([]),
  nextAction: NextAction.optional(),
  /** Indexed copy of nextAction.due (IndexedDB cannot index nested optional fields well). */
  nextActionAt: StoredDate.optional(),
  snoozedUntil: StoredDate.optional(),
  /** When the person became a target (what is owed first dates from then). */
  targetedAt: StoredDate.optional(),
  lastSeenAt: StoredDate.optional(),
  createdAt: StoredDate,
  updatedAt: StoredDate,
});
export type Person = z.infer<typeof Person>;
