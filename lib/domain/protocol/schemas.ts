/**
 * The messages the background accepts from the content script, as zod
 * schemas: the background validates every message with them, and their
 * types (protocol.ts) are derived from them. The content script imports the
 * types only, so zod never enters its bundle.
 */
import { ProfileSnapshot } from '@/lib/domain/model';
import { z } from '@/lib/domain/model/zod';

export const InroadsRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('profile-viewed'), snapshot: ProfileSnapshot }).strict(),
  /** The status of a profile already viewed (no write), e.g. after the popup changed it. */
  z.object({ type: z.literal('profile-status'), snapshot: ProfileSnapshot }).strict(),
  /** The user clicked the badge: open the popup (or the side panel where it cannot). */
  z.object({ type: z.literal('open-inroads') }).strict(),
  /**
   * The tab's page changed: it left the profile ('left'), a new profile is being read ('reading'),
   * or its top card never matched the address ('unreadable'). The popup then shows no stale person.
   */
  z
    .object({
      type: z.literal('page-state'),
      state: z.enum(['left', 'reading', 'unreadable']),
      url: z.string().max(2048).optional(),
    })
    .strict(),
]);

/** Every message type the background knows, from the schema itself. */
export const KNOWN_TYPES: ReadonlySet<string> = new Set(
  InroadsRequestSchema.options.map((option) => option.shape.type.value),
);
