import { z } from './zod';
import { TEMPLATE_MOMENTS } from './constants';
import { LATEST_DATE, TEMPLATE_LIMITS as LIMIT } from './limits';

export const TemplateMoment = z.enum(TEMPLATE_MOMENTS);
export type TemplateMoment = z.infer<typeof TemplateMoment>;

export const Template = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(LIMIT.name),
  moment: TemplateMoment,
  /** Subject line where the channel is email. */
  subject: z.string().max(LIMIT.subject).optional(),
  body: z.string().max(LIMIT.body),
  /** Built-in templates ship with the extension and can be reset. */
  builtIn: z.boolean(),
  /** For a user's edited copy: the built-in it was copied from. */
  basedOn: z.string().max(64).optional(),
  /** When saved; a counter rather than a shown date (version 1 wrote 1), so only bounded. */
  updatedAt: z.number().min(0).max(LATEST_DATE),
});
export type Template = z.infer<typeof Template>;
