/** What "List people on this page" reads from a people search or a company's People page (lib/content/people-list.ts). */
import type { Degree } from '@/lib/domain/model/snapshot';

export interface VisiblePerson {
  name: string;
  /** Normalised https://www.linkedin.com/in/<slug>/. */
  profileUrl: string;
  headline?: string;
  degree: Degree;
  mutualCount?: number;
  /** Mutual connections the card names (first names on 2026 pages). */
  mutualNames: string[];
  /** On a company's People tab: that company, as the page heads it (the people listed work there). */
  company?: string;
}

export type PeoplePageKind = 'people-search' | 'company-people' | 'other';

export interface PeopleReading {
  kind: PeoplePageKind;
  people: VisiblePerson[];
}
