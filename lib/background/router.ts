import type { ErrorCode, InroadsRequest, InroadsResponse, ResultOf } from '@/lib/domain/protocol/protocol';
import { InroadsRequestSchema, KNOWN_TYPES } from '@/lib/domain/protocol/schemas';
import { describeStorageError } from '@/lib/store/storage-errors';

/** The parts of `runtime.MessageSender` the router relies on (never `url`). */
export interface SenderInfo {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who sent a message, once checked: the tab of our own content script. */
export interface CheckedSender {
  tabId: number;
}

export type Handlers = {
  [K in InroadsRequest['type']]: (
    request: Extract<InroadsRequest, { type: K }>,
    sender: CheckedSender,
  ) => Promise<ResultOf[K]>;
};

/** Longest error message sent back: a zod issue can quote a sender's 100 kB key or value. */
export const MAX_ERROR_MESSAGE = 200;

export function failure(code: ErrorCode, message: string): InroadsResponse<never> {
  const short = message.length > MAX_ERROR_MESSAGE ? `${message.slice(0, MAX_ERROR_MESSAGE - 1)}…` : message;
  return { ok: false, error: { code, message: short } };
}

/**
 * Only our own content script, in a tab's top frame, may talk to the
 * background: `sender.id` must be this extension and `sender.tab` present.
 * `sender.url` is not trusted (it can lag behind SPA navigation).
 */
export function checkSender(sender: SenderInfo, extensionId: string): CheckedSender | undefined {
  if (!sender || sender.id !== extensionId) return undefined;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return undefined;
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  return { tabId };
}

function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'Invalid message.';
  const path = first.path.map(String).join('.');
  return path ? `${path}: ${first.message}` : first.message;
}

/**
 * Validates a raw message and dispatches it. Anything unknown or malformed
 * gets `{ ok: false, error }` before any handler (and so any write) runs.
 */
export function createRouter(handlers: Handlers, extensionId: string) {
  return async (raw: unknown, sender: SenderInfo): Promise<InroadsResponse<unknown>> => {
    const checked = checkSender(sender, extensionId);
    if (!checked) return failure('forbidden-sender', 'Messages are accepted only from Inroads on a LinkedIn tab.');
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) {
      return failure('unknown-type', `Unknown message type: ${typeof type === 'string' ? type.slice(0, 60) : typeof type}.`);
    }
    const parsed = InroadsRequestSchema.safeParse(raw);
    if (!parsed.success) return failure('invalid-message', describeIssue(parsed.error.issues));
    const request = parsed.data as InroadsRequest;
    try {
      const handler = handlers[request.type] as (r: InroadsRequest, s: CheckedSender) => Promise<unknown>;
      return { ok: true, result: await handler(request, checked) };
    } catch (error) {
      const problem = describeStorageError(error);
      if (problem) return failure('storage-error', problem.message);
      return failure('internal', error instanceof Error ? error.message : String(error));
    }
  };
}
