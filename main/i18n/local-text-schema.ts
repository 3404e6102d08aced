import { z } from 'zod';
import type { MessageKey } from './catalogue.js';
import type { LocalText } from './local-text.js';
import { en } from './locales/en.js';

const messageKeySchema = z.custom<MessageKey>((value) => typeof value === 'string' && Object.hasOwn(en, value));

/** A LocalText as kept in the settings file (a wizard's outcome): a known key with bounded parameters. */
export const localTextSchema: z.ZodType<LocalText> = z.lazy(() =>
  z.object({
    key: messageKeySchema,
    params: z.record(z.string().max(40), z.union([z.string().max(1000), z.number(), z.object({ instant: z.iso.datetime({ offset: true }) }), localTextSchema])).optional(),
    clause: z.boolean().optional(),
  }),
);
