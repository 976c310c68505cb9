import type { Degree, ObjectiveKind, Person, Stage } from '@/lib/domain/model';
import { STAGES } from '@/lib/domain/model';

/** A target with sensible defaults; override anything. */
export function personOf(change: Partial<Person> & { id: string }): Person {
  return {
    name: `Person ${change.id}`,
    kind: 'target',
    stage: 'to-contact',
    degree: '2nd',
    mutuals: [],
    notes: '',
    userEdited: [],
    // Stored dates are within 1990–2200 (lib/domain/model/limits.ts).
    createdAt: Date.UTC(2024, 0, 1),
    updatedAt: Date.UTC(2024, 0, 1),
    ...change,
  };
}

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Élodie', 'Farid', 'Grace', 'Hiro', 'Inès', 'José'];
const LAST = ['Silva', 'Okafor', 'Müller', 'Nguyen', 'Dubois', 'Kowalski', 'Smith', 'Tanaka', 'García', 'Brown'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Société Générale', 'Hooli', 'Stark', 'Wayne'];
const DEGREES: Degree[] = ['1st', '2nd', '3rd', 'out-of-network'];
const OBJECTIVES: ObjectiveKind[] = ['role', 'company', 'industry'];

/** `count` varied targets (deterministic), e.g. 10,000 for the list's performance tests. */
export function manyTargets(count: number, now = 1_700_000_000_000): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const stage: Stage = STAGES[i % STAGES.length]!;
    const company = COMPANIES[i % COMPANIES.length]!;
    const person = personOf({
      id: `p${String(i).padStart(5, '0')}`,
      name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
      company,
      headline: `Designer ${i % 3 === 0 ? 'lead' : 'senior'} at ${company}`,
      degree: DEGREES[i % DEGREES.length]!,
      stage,
      objective: { kind: OBJECTIVES[i % OBJECTIVES.length]!, detail: '' },
      updatedAt: now - i * 60_000,
    });
    if (i % 5 !== 0) {
      const due = now + ((i * 7919) % 30) * 86_400_000;
      person.nextAction = { kind: 'follow-up', due, reason: { code: 'follow-up-first', params: [person.name] } };
      person.nextActionAt = due;
    }
    return person;
  });
}
