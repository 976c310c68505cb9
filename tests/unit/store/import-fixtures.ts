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

export function personOf(overrides: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    kind: 'candidate',
    degree: 'unknown',
    mutuals: [],
    notes: '',
    userEdited: [],
    createdAt: 1000,
    updatedAt: 1000,
    ...overrides,
  };
}
