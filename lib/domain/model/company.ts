import { z } from './zod';
import { COMPANY_STATUSES } from './constants';

export const CompanyStatus = z.enum(COMPANY_STATUSES);
export type CompanyStatus = z.infer<typeof CompanyStatus>;

/**
 * A company the user targets: known by its key (lib/domain/companies/company-key.ts),
 * shown by its name. People and connections belong to it through the key of
 * their free-text company; `aliases` are the keys of other spellings the user
 * merged into it ("Facebook" into "Meta"), remembered for later imports.
 */
export const Company = z.object({
  key: z.string().min(1).max(300),
  name: z.string().min(1).max(300),
  aliases: z.array(z.string().min(1).max(300)).max(100).default([]),
  /** The objective this company serves (an ObjectiveRecord id). */
  objectiveId: z.string().max(64).optional(),
  notes: z.string().max(10000).default(''),
  status: CompanyStatus.default('researching'),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Company = z.infer<typeof Company>;
