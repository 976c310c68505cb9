/**
 * The one message protocol between the content script and the background.
 * Request types come from the zod schemas (./schemas.ts) through type-only
 * imports: the content script imports this file without pulling in zod.
 */
import type { z } from 'zod';
import type { Degree, NextAction, Stage } from '@/lib/domain/model';
import type { DegreeSource } from '@/lib/domain/approach/effective';
import type { InroadsRequestSchema } from './schemas';

/** Every message the background accepts. */
export type InroadsRequest = z.infer<typeof InroadsRequestSchema>;
export type InroadsRequestType = InroadsRequest['type'];

/** What the badge shows about the person being viewed. */
export interface ProfileStatus {
  personId?: string;
  /** The degree to act on (the user's correction, else the page, else what Inroads knows) and its source. */
  degree: Degree;
  degreeSource: DegreeSource;
  tracked: boolean;
  stage?: Stage;
  nextAction?: NextAction;
  /** The next action's due day as the side panel shows it (in the zone of Settings), worded by the background. */
  nextActionDueLabel?: string;
  approach: { kind: string; label: string };
  badgeEnabled: boolean;
  /** Nothing on LinkedIn's page: the toolbar icon shows the degree instead. */
  quietMode: boolean;
}

export interface BadgeSettings {
  badgeEnabled: boolean;
}

/** What each request answers. */
export interface ResultOf {
  'profile-viewed': ProfileStatus;
  'badge-settings': BadgeSettings;
  'profile-status': ProfileStatus;
  'open-inroads': { opened: 'popup' | 'side-panel' | 'none' };
  'page-state': { ok: true };
}

export const ERROR_CODES = ['forbidden-sender', 'invalid-message', 'unknown-type', 'storage-error', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type InroadsResponse<T> = { ok: true; result: T } | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * Messages the background sends to a tab's content script (answered by
 * lib/content/content-requests.ts): the text of a right-clicked profile link,
 * and the snapshot of the profile on screen.
 */
export type ContentRequest = { type: 'link-name'; linkUrl: string } | { type: 'current-profile' };
