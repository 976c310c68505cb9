import { z } from './zod';
import { TEMPLATE_MOMENTS } from './constants';

export const TemplateMoment = z.enum(TEMPLATE_MOMENTS);
export type TemplateMoment = z.infer<typeof TemplateMoment>;

export const Template = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  moment: TemplateMoment,
  /** Subject line where the channel is email. */
  subject: z.string().max(1000).optional(),
  body: z.string().max(20000),
  /** Built-in templates ship with the extension and can be reset. */
  builtIn: z.boolean(),
  /** For a user's edited copy: the built-in it was copied from. */
  basedOn: z.string().max(64).optional(),
  updatedAt: z.number(),
});
export type Template = z.infer<typeof Template>;
