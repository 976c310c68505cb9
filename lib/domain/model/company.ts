import { z } from './zod';
import { COMPANY_STATUSES } from './constants';
import { COMPANY_LIMITS as LIMIT, ID_LIMIT } from './limits';
import { StoredDate } from './stored-date';

export const CompanyStatus = z.enum(COMPANY_STATUSES);
export type CompanyStatus = z.infer<typeof CompanyStatus>;

/**
 * A company the user targets: known by its key (lib/domain/companies/company-key.ts),
 * shown by its name. People and connections belong to it through the key of
 * their free-text company; `aliases` are the keys of other spellings the user
 * merged into it ("Facebook" into "Meta"), remembered for later imports.
 */
export const Company = z.object({
  key: z.string().min(1).max(LIMIT.key),
  name: z.string().min(1).max(LIMIT.name),
  aliases: z.array(z.string().min(1).max(LIMIT.key)).max(LIMIT.aliases).default([]),
  /** The objective this company serves (an ObjectiveRecord id). */
  objectiveId: z.string().max(ID_LIMIT).optional(),
  notes: z.string().max(LIMIT.notes).default(''),
  status: CompanyStatus.default('researching'),
  createdAt: StoredDate,
  updatedAt: StoredDate,
});
export type Company = z.infer<typeof Company>;
