import { ProfileSnapshot } from '@/lib/domain/model';
import { z } from '@/lib/domain/model/zod';

/** zod mirror of ./protocol.ts; background only. */
export const InroadsRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('profile-viewed'), snapshot: ProfileSnapshot }).strict(),
  z.object({ type: z.literal('badge-settings') }).strict(),
  z.object({ type: z.literal('profile-status'), snapshot: ProfileSnapshot }).strict(),
  z.object({ type: z.literal('open-inroads') }).strict(),
]);

export const KNOWN_TYPES: ReadonlySet<string> = new Set(['profile-viewed', 'badge-settings', 'profile-status', 'open-inroads']);
