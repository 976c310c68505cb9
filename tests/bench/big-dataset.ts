import type { Person, Touch } from '@/lib/domain/model';
import { DEFAULT_SETTINGS } from '@/lib/domain/model/constants';
import { computeNextAction } from '@/lib/domain/cadence/cadence';

const DAY = 86_400_000;
const STAGES = ['to-contact', 'requested', 'requested', 'requested', 'scheduled', 'met'] as const;
const FIRST = ['Ana', 'Ben', 'Chloé', 'Dev', 'Eun', 'Femi', 'Gia', 'Hugo', 'Ines', 'Jon', 'Kofi', 'Lena'];
const LAST = ['Silva', 'Okafor', 'Martin', 'Patel', 'Kim', 'Adeyemi', 'Rossi', 'Laurent', 'Duarte', 'Berg'];
const COMPANIES = ['Northwind Health', 'Fabrikam', 'Contoso Bank', 'Tailspin Care', 'Litware', 'Adatum'];

/** A deterministic large database: `people` targets and `touches` touches spread among them. */
export function bigDataset(people: number, touches: number, now: number): { people: Person[]; touches: Touch[] } {
  const touchRows: Touch[] = [];
  const byPerson = new Map<number, Touch[]>();
  for (let i = 0; i < touches; i += 1) {
    const owner = (i * 7919) % people;
    const at = now - ((i * 104729) % (120 * DAY));
    const touch: Touch = {
      id: `t${i}`,
      personId: `p${owner}`,
      kind: i % 9 === 0 ? 'reply' : i % 3 === 0 ? 'follow-up' : 'request',
      at,
      channel: i % 2 ? 'email' : 'linkedin',
      text: 'Hello — would you have 20 minutes to share how you got started?',
      createdAt: at,
    };
    touchRows.push(touch);
    byPerson.set(owner, [...(byPerson.get(owner) ?? []), touch]);
  }
  const peopleRows: Person[] = [];
  for (let i = 0; i < people; i += 1) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
    const person: Person = {
      id: `p${i}`,
      profileUrl: `https://www.linkedin.com/in/bench-person-${i}/`,
      publicId: `bench-person-${i}`,
      kind: 'target',
      stage: STAGES[i % STAGES.length],
      name,
      headline: `Designer at ${COMPANIES[i % COMPANIES.length]}`,
      company: COMPANIES[i % COMPANIES.length],
      degree: i % 3 === 0 ? '1st' : i % 3 === 1 ? '2nd' : '3rd',
      mutuals: [],
      notes: '',
      userEdited: [],
      createdAt: now - 200 * DAY,
      updatedAt: now - (i % 90) * DAY,
    };
    const next = computeNextAction({ person, touches: byPerson.get(i) ?? [], meetings: [], settings: DEFAULT_SETTINGS, now });
    peopleRows.push(next ? { ...person, nextAction: next, nextActionAt: next.due } : person);
  }
  return { people: peopleRows, touches: touchRows };
}

/** A Connections.csv export (newer format) with `rows` people. */
export function connectionsCsv(rows: number): string {
  const lines = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(`${FIRST[i % FIRST.length]},${LAST[i % LAST.length]}-${i},https://www.linkedin.com/in/conn-${i},,"${COMPANIES[i % COMPANIES.length]}, Inc.",Designer,0${(i % 9) + 1} Jun 2022`);
  }
  return lines.join('\r\n');
}
