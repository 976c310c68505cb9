import { z } from './zod';

/** Connection degree as LinkedIn shows it; `unknown` is an answer, never a guess. */
export const DEGREES = ['1st', '2nd', '3rd', 'out-of-network', 'self', 'unknown'] as const;
export const Degree = z.enum(DEGREES);
export type Degree = z.infer<typeof Degree>;

export const PAGE_KINDS = ['profile', 'self', 'authwall', 'not-profile'] as const;
export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

export const PrimaryAction = z.enum(['message', 'connect', 'follow', 'unknown']);
export type PrimaryAction = z.infer<typeof PrimaryAction>;

export const MutualConnection = z.object({
  name: z.string().min(1).max(200),
  url: z.string().max(2048).optional(),
});
export type MutualConnection = z.infer<typeof MutualConnection>;

/** The contract of `npm run extract` (DESIGN.md): what one profile page shows. */
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
