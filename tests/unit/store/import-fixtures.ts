import type { Person } from '@/lib/domain/model';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A newer-format Connections.csv; each row: first, last, url, company, position, connected on. */
export function connectionsCsv(rows: readonly (readonly string[])[]): string {
  const lines = rows.map(([first = '', last = '', url = '', company = '', position = '', on = '']) =>
    [first, last, url, '', company, position, on].map(quote).join(','),
  );
  return `${HEADER}\n${lines.join('\n')}\n`;
}

/** Test dates are small offsets from here: stored dates are within 1990–2200 (lib/domain/model/limits.ts). */
export const T0 = Date.UTC(2024, 0, 1);

export function personOf(overrides: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    kind: 'candidate',
    degree: 'unknown',
    mutuals: [],
    notes: '',
    userEdited: [],
    createdAt: T0 + 1000,
    updatedAt: T0 + 1000,
    ...overrides,
  };
}
