/**
 * An error meant for the user: a message key and its parameters, rendered in
 * the interface language where it is shown (never a sentence made at throw time).
 */
import type { MessageKey, Substitution } from './i18n';

export class InroadsError extends Error {
  override readonly name = 'InroadsError';
  constructor(
    readonly code: MessageKey,
    readonly params: readonly Substitution[] = [],
  ) {
    // The code and its parameters (for logs and tests); the user reads t(code, params).
    super(params.length > 0 ? `${code}: ${params.join(' | ')}` : code);
  }
}

export function isInroadsError(error: unknown): error is InroadsError {
  return error instanceof InroadsError || (error as { name?: unknown } | null)?.name === 'InroadsError';
}
