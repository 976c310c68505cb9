import type { InroadsRequest, InroadsResponse, ResultOf } from '@/lib/domain/protocol/protocol';

type Send = (message: unknown) => Promise<unknown>;

/** Typed send from the content script; `send` is `browser.runtime.sendMessage`. */
export async function sendRequest<T extends InroadsRequest>(
  send: Send,
  request: T,
): Promise<InroadsResponse<ResultOf[T['type']]>> {
  const response = (await send(request)) as InroadsResponse<ResultOf[T['type']]> | undefined;
  return response ?? { ok: false, error: { code: 'internal', message: 'No response from the background.' } };
}
