/**
 * The one message protocol between the content script and the background.
 * Types only: the content script imports this file without pulling in zod.
 * The background validates every incoming message with ./schemas.ts.
 */
import type { Degree, NextAction, ProfileSnapshot, Stage } from '@/lib/domain/model';

export interface ProfileViewedRequest {
  type: 'profile-viewed';
  snapshot: ProfileSnapshot;
}

export interface BadgeSettingsRequest {
  type: 'badge-settings';
}

/** The status of a profile already viewed (no write), e.g. after the popup changed it. */
export interface ProfileStatusRequest {
  type: 'profile-status';
  snapshot: ProfileSnapshot;
}

/** The user clicked the badge: open the popup (or the side panel where it cannot). */
export interface OpenInroadsRequest {
  type: 'open-inroads';
}

/** Every message the background accepts. */
export type InroadsRequest = ProfileViewedRequest | BadgeSettingsRequest | ProfileStatusRequest | OpenInroadsRequest;
export type InroadsRequestType = InroadsRequest['type'];

/** What the badge shows about the person being viewed. */
export interface ProfileStatus {
  personId?: string;
  degree: Degree;
  tracked: boolean;
  stage?: Stage;
  nextAction?: NextAction;
  approach: { kind: string; label: string };
  badgeEnabled: boolean;
}

export interface BadgeSettings {
  badgeEnabled: boolean;
}

export interface ResultOf {
  'profile-viewed': ProfileStatus;
  'badge-settings': BadgeSettings;
  'profile-status': ProfileStatus;
  'open-inroads': { opened: 'popup' | 'side-panel' | 'none' };
}

export const ERROR_CODES = ['forbidden-sender', 'invalid-message', 'unknown-type', 'storage-error', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type InroadsResponse<T> = { ok: true; result: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Messages the background sends to a tab's content script. */
export type ContentRequest = { type: 'link-name'; linkUrl: string } | { type: 'status-changed' };
