/**
 * The cadence part of the settings as a form: text fields in, a validated
 * change out (the zod Settings schema decides what is valid). Pure.
 */
import { labels, t } from '@/lib/domain/i18n';
import { Settings } from '@/lib/domain/model';

/** Settings that change when follow-ups fall due: saving one recomputes every next action. */
export const CADENCE_KEYS = [
  'followUpDays',
  'preferredDays',
  'keepInTouchDays',
  'moveOnAfter',
  'hardStopAfter',
  'timeZone',
] as const satisfies readonly (keyof Settings)[];
export type CadenceKey = (typeof CADENCE_KEYS)[number];

/** The form as typed: numbers as text, calling days as weekday numbers (0 = Sunday). */
export interface CadenceForm {
  followUpDays: string;
  preferredDays: number[];
  keepInTouchDays: string;
  moveOnAfter: string;
  hardStopAfter: string;
  timeZone: string;
}

export type CadenceChange = Pick<Settings, CadenceKey>;

export type CadenceParse =
  | { ok: true; change: CadenceChange }
  | { ok: false; errors: Partial<Record<CadenceKey, string>> };

export function cadenceFormOf(settings: Settings): CadenceForm {
  return {
    followUpDays: String(settings.followUpDays),
    preferredDays: [...settings.preferredDays],
    keepInTouchDays: String(settings.keepInTouchDays),
    moveOnAfter: String(settings.moveOnAfter),
    hardStopAfter: String(settings.hardStopAfter),
    timeZone: settings.timeZone,
  };
}

const FIELD_NAMES = labels<CadenceKey>({
  followUpDays: 'settingsFieldFollowUpDays',
  preferredDays: 'settingsFieldCallingDays',
  keepInTouchDays: 'settingsFieldKeepInTouchDays',
  moveOnAfter: 'settingsFieldMoveOnAfter',
  hardStopAfter: 'settingsFieldHardStopAfter',
  timeZone: 'settingsFieldTimeZone',
});

/** A whole number from the text of a number field, or NaN (empty or not a whole number). */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

type NumberKey = 'followUpDays' | 'keepInTouchDays' | 'moveOnAfter' | 'hardStopAfter';

/** "Follow-up days: enter a whole number from 1 to 60." (the range read from the schema). */
function rangeMessage(key: NumberKey): string {
  const number = Settings.shape[key].unwrap();
  const { minValue: min, maxValue: max } = number;
  return min !== null && max !== null
    ? t('settingsWholeNumberRange', [FIELD_NAMES[key], min, max])
    : t('settingsWholeNumber', FIELD_NAMES[key]);
}

/** Validates the form against the settings schema, plus: the hard stop comes at or after moving on. */
export function parseCadenceForm(form: CadenceForm, isValidZone: (zone: string) => boolean): CadenceParse {
  const candidate = {
    followUpDays: wholeNumber(form.followUpDays),
    preferredDays: [...new Set(form.preferredDays)].sort((a, b) => a - b),
    keepInTouchDays: wholeNumber(form.keepInTouchDays),
    moveOnAfter: wholeNumber(form.moveOnAfter),
    hardStopAfter: wholeNumber(form.hardStopAfter),
    timeZone: form.timeZone.trim(),
  };
  const errors: Partial<Record<CadenceKey, string>> = {};
  const parsed = Settings.pick({
    followUpDays: true,
    preferredDays: true,
    keepInTouchDays: true,
    moveOnAfter: true,
    hardStopAfter: true,
    timeZone: true,
  }).safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as CadenceKey;
      errors[key] ??=
        key === 'preferredDays' || key === 'timeZone'
          ? t('settingsFieldProblem', [FIELD_NAMES[key], issue.message])
          : rangeMessage(key);
    }
  }
  if (candidate.preferredDays.length === 0) errors.preferredDays ??= t('settingsPickCallingDay');
  if (candidate.timeZone !== '' && !isValidZone(candidate.timeZone)) errors.timeZone ??= t('settingsUnknownTimeZone');
  if (!errors.moveOnAfter && !errors.hardStopAfter && candidate.hardStopAfter < candidate.moveOnAfter) {
    errors.hardStopAfter = t('settingsHardStopBeforeMoveOn');
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, change: parsed.data };
}

/** True when saving `next` changes when follow-ups fall due compared with `before`. */
export function cadenceChanged(before: Settings, next: Settings): boolean {
  return CADENCE_KEYS.some((key) => JSON.stringify(before[key]) !== JSON.stringify(next[key]));
}
