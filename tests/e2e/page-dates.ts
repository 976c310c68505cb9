/** Dates as an extension page sees them (its own clock and time zone), for date inputs and the words drafts use. */
import type { Page } from 'playwright-core';

/** The local date `days` from now, as a date input's value (YYYY-MM-DD). */
export function isoInDays(page: Page, days: number): Promise<string> {
  return page.evaluate((ahead) => {
    const d = new Date(Date.now() + ahead * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/** A date input's value as the English templates say it: "Monday 14 December". */
export function dayWords(page: Page, iso: string): Promise<string> {
  return page.evaluate((value) => {
    const [y, m, d] = value.split('-').map(Number);
    return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' })
      .format(new Date(y!, m! - 1, d!, 12))
      .replace(',', '');
  }, iso);
}
