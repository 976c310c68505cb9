import { z } from './zod';
import { DEGREES, PAGE_KINDS, PRIMARY_ACTIONS } from './constants';

export const Degree = z.enum(DEGREES);
export type Degree = z.infer<typeof Degree>;

export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

export const PrimaryAction = z.enum(PRIMARY_ACTIONS);
export type PrimaryAction = z.infer<typeof PrimaryAction>;

export const MutualConnection = z.object({
  name: z.string().min(1).max(200),
  url: z.string().max(2048).optional(),
});
export type MutualConnection = z.infer<typeof MutualConnection>;

/** The contract of `npm run extract` (docs/method.md): what one profile page shows. */
export const ProfileSnapshot = z.object({
  url: z.string().max(2048),
  publicId: z.string().max(200),
  memberUrn: z.string().max(200).optional(),
  pageKind: PageKind,
  name: z.string().max(300).optional(),
  headline: z.string().max(1000).optional(),
  company: z.string().max(300).optional(),
  location: z.string().max(300).optional(),
  degree: Degree,
  mutualCount: z.number().int().nonnegative().max(100000).optional(),
  mutuals: z.array(MutualConnection).max(100),
  mutualsSearchUrl: z.string().max(4096).optional(),
  primaryAction: PrimaryAction.optional(),
  missing: z.array(z.string().max(50)).max(30),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;
