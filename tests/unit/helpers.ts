import type { ProfileSnapshot } from '@/lib/domain/model';
import { openInroadsDb } from '@/lib/store/database';

let counter = 0;

/** A fresh, isolated database (fake-indexeddb) for each test. */
export function freshDb() {
  counter += 1;
  return openInroadsDb(`inroads-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function snapshotOf(change: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    url: 'https://www.linkedin.com/in/jane-doe/',
    publicId: 'jane-doe',
    pageKind: 'profile',
    name: 'Jane Doe',
    headline: 'Product designer at Acme',
    degree: '2nd',
    mutualCount: 3,
    mutuals: [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }],
    missing: [],
    ...change,
  };
}
