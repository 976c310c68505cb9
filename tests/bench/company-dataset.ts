import type { Company, Connection, Person } from '@/lib/domain/model';
import { companyKey } from '@/lib/domain/companies/company-key';

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dev', 'Eun', 'Femi', 'Gia', 'Hugo', 'Ines', 'Jon', 'Kofi', 'Lena'];
const SUFFIXES = ['Ltd', 'Inc.', 'GmbH', 'SA', '', 'LLC'];
const DAY = 86_400_000;

/** A company name of the bench's 8,000, written as exports write them (legal forms vary). */
export const benchCompany = (i: number) => `Company ${i % 8000} ${SUFFIXES[i % SUFFIXES.length]}`.trim();

/** `count` connections spread over `companies` companies (one in 50 with none). */
export function benchConnections(count: number, companies: number): Connection[] {
  return Array.from({ length: count }, (_, i) => ({
    profileUrl: `https://www.linkedin.com/in/bench-conn-${i}/`,
    name: `${FIRST[i % FIRST.length]} Connection-${i}`,
    ...(i % 50 === 0 ? {} : { company: benchCompany(i % companies) }),
    position: 'Designer',
    connectedOn: Date.UTC(2022, 5, 1) + (i % 900) * DAY,
  }));
}

/** People of the follow-up bench moved to the bench's companies, so companies have people tracked. */
export function atBenchCompanies(people: Person[]): Person[] {
  return people.map((p, i) => ({ ...p, company: benchCompany((i * 4) % 8000) }));
}

/**
 * `count` target companies among the bench's, each where the user has what a
 * real target company has: 3 or 4 connections (a company whose index is a
 * multiple of 50 has none, see benchConnections) and a tracked person (people
 * sit at every fourth company, see atBenchCompanies).
 */
export function benchTargetCompanies(count: number, now: number): Company[] {
  return Array.from({ length: count }, (_, i) => {
    const name = benchCompany(i * 400 + 4);
    return {
      key: companyKey(name),
      name,
      aliases: [],
      notes: '',
      status: 'reaching-out',
      createdAt: now,
      updatedAt: now,
    };
  });
}
