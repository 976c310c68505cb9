/**
 * The user's target companies: add one (by any spelling), change its
 * objective, notes or status, merge another spelling into it (remembered as
 * an alias, so later imports and profile views land there too), or forget it.
 * Every write validates the row with the model's Company schema.
 */
import { storable } from '@/lib/store/contract';
import { InroadsError } from '@/lib/domain/errors';
import { Company, type CompanyStatus } from '@/lib/domain/model';
import { companyKey } from '@/lib/domain/companies/company-key';
import type { InroadsDb } from '@/lib/store/database';
import { conflictsOf, EditConflict } from '@/lib/store/edit-conflict';

export interface CompanyInput {
  name: string;
  objectiveId?: string;
  notes?: string;
  status?: CompanyStatus;
}

/** The stored company a key belongs to (as its key or one of its aliases). */
export async function companyOfKey(db: InroadsDb, key: string): Promise<Company | undefined> {
  if (!key) return undefined;
  return (await db.companies.get(key)) ?? db.companies.where('aliases').equals(key).first();
}

/**
 * Makes a company a target: a spelling already known (as a company or an
 * alias) updates that company, keeping its name; a new one is created.
 */
export async function saveCompany(db: InroadsDb, input: CompanyInput, now: number): Promise<Company> {
  const key = companyKey(input.name);
  if (!key) throw new InroadsError('companiesErrorNoName');
  return db.transaction('rw', db.companies, async () => {
    const stored = await companyOfKey(db, key);
    const next = storable(Company, {
      ...(stored ?? { key, name: input.name.trim(), aliases: [], createdAt: now }),
      ...(input.objectiveId !== undefined ? { objectiveId: input.objectiveId || undefined } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.status ? { status: input.status } : {}),
      updatedAt: now,
    });
    if (!next.objectiveId) delete next.objectiveId;
    await db.companies.put(next);
    return next;
  });
}

export type CompanyChange = Partial<Pick<Company, 'name' | 'notes' | 'status' | 'objectiveId'>>;

/**
 * Changes a stored company's display name, notes, status or objective ('' clears
 * the objective). With `expected` (what the form started from), a field stored
 * otherwise meanwhile throws an EditConflict and nothing is written.
 */
export async function updateCompany(
  db: InroadsDb,
  key: string,
  change: CompanyChange,
  now: number,
  expected?: Partial<Record<keyof CompanyChange, unknown>>,
): Promise<Company> {
  return db.transaction('rw', db.companies, async () => {
    const stored = await db.companies.get(key);
    if (!stored) throw new InroadsError('companiesErrorGone');
    const conflicts = conflictsOf(stored, expected);
    if (conflicts.length > 0) throw new EditConflict(conflicts);
    const next = storable(Company, { ...stored, ...change, name: change.name?.trim() || stored.name, updatedAt: now });
    if (!next.objectiveId) delete next.objectiveId;
    await db.companies.put(next);
    return next;
  });
}

/**
 * Merges another spelling (a name, or a stored company's key) into `intoKey`:
 * its key and aliases become aliases of the company kept; a stored company of
 * that spelling is removed, its notes appended and its objective kept when
 * the company kept has none. Merging a company into itself changes nothing.
 */
export async function mergeCompany(db: InroadsDb, intoKey: string, other: string, now: number): Promise<Company> {
  const otherKey = companyKey(other);
  if (!otherKey) throw new InroadsError('companiesErrorNoName');
  return db.transaction('rw', db.companies, async () => {
    const into = await db.companies.get(intoKey);
    if (!into) throw new InroadsError('companiesErrorGone');
    const from = await companyOfKey(db, otherKey);
    if (from?.key === into.key || otherKey === into.key || into.aliases.includes(otherKey)) return into;
    const aliases = [...new Set([...into.aliases, from?.key ?? otherKey, ...(from?.aliases ?? [])])].filter(
      (alias) => alias !== into.key,
    );
    const notes = [into.notes, from?.notes ?? ''].filter((n) => n.trim() !== '').join('\n\n');
    const objectiveId = into.objectiveId ?? from?.objectiveId;
    const next = storable(Company, { ...into, aliases, notes, ...(objectiveId ? { objectiveId } : {}), updatedAt: now });
    if (from) await db.companies.delete(from.key);
    await db.companies.put(next);
    return next;
  });
}

/** Stops targeting a company (its people and connections are kept; merged spellings part again). */
export async function forgetCompany(db: InroadsDb, key: string): Promise<void> {
  await db.companies.delete(key);
}
