import { t, textDirection } from '@/lib/domain/i18n';

/**
 * The page's language, text direction and title from the messages in use:
 * an HTML file cannot use __MSG_…__, so the popup and side panel set them
 * before their first paint.
 */
export function localizePage(doc: Document = document): void {
  doc.documentElement.lang = t('appLocale');
  doc.documentElement.dir = textDirection();
  doc.title = t('extName');
}
