/** fast-check arbitraries for the contact directory: valid connections, distinct by connectionKey. */
import { EARLIEST_DATE } from '@/lib/domain/model/limits';
import fc from 'fast-check';
import { connectionKey } from '@/lib/domain/identity/person-match';
import type { Connection } from '@/lib/domain/model';

const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength: Math.floor(maxLength / 2) });
// Stored dates are 1990–2200 (lib/domain/model/limits.ts); up to 2100 here.
const epoch = fc.integer({ min: EARLIEST_DATE, max: 4_102_444_800_000 });
const slug = fc.stringMatching(/^[a-z0-9-]{3,20}$/);

export interface DirectoryPools {
  /** Profile slugs (a small pool makes two directories share contacts). */
  slugs?: fc.Arbitrary<string>;
  names?: fc.Arbitrary<string>;
  companies?: fc.Arbitrary<string>;
}

export const connection = ({
  slugs = slug,
  names = text(300).filter((name) => name.length > 0),
  companies = text(300),
}: DirectoryPools = {}): fc.Arbitrary<Connection> =>
  fc.record(
    {
      profileUrl: slugs.map((s) => `https://www.linkedin.com/in/${s}/`),
      name: names,
      company: companies,
      position: text(300),
      email: fc.emailAddress(),
      connectedOn: epoch,
    },
    { requiredKeys: ['name'] },
  );

/** A directory as the database holds it: no two connections with the same key. */
export const directory = (max = 8, pools: DirectoryPools = {}): fc.Arbitrary<Connection[]> =>
  fc.uniqueArray(connection(pools), { maxLength: max, selector: connectionKey });

/** Connections sorted by key, to compare directories as sets. */
export const byKey = (contacts: readonly Connection[]): Connection[] =>
  [...contacts].sort((a, b) =>
    connectionKey(a) < connectionKey(b) ? -1 : connectionKey(a) > connectionKey(b) ? 1 : 0,
  );
