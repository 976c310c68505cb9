import { t } from '@/lib/domain/i18n';

/** Copies a draft (subject, blank line, body) and says how it went, in the user's words. */
export async function copyDraft(subject: string, body: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(subject ? `${subject}\n\n${body}` : body);
    return t('draftCopied');
  } catch {
    return t('draftCopyFailed');
  }
}
