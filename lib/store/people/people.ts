// Kept small: the popup reads people at first paint (profile views are in profile-view.ts).
import type { Person } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';

export function newId(): string {
  return crypto.randomUUID();
}

export function findPersonByUrl(db: InroadsDb, profileUrl: string): Promise<Person | undefined> {
  return db.people.where('profileUrl').equals(profileUrl).first();
}
