import { z } from 'zod';
import { HOUR_CYCLES, LOCALES, REMINDER_MINUTES, THEMES, type Preferences } from '../../preload/contract.js';

const display = z.enum(['show', 'dim', 'hide']);
/** Electron accelerators: modifiers joined with + and one key, e.g. CommandOrControl+Alt+J. */
const ACCELERATOR = /^((CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+){1,4}([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Tab|Up|Down|Left|Right|Home|End|PageUp|PageDown|Insert|Delete|Plus|Minus)$/;

export const preferencesSchema = z.object({
  reminderMinutes: z.union(REMINDER_MINUTES.map((m) => z.literal(m)) as [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<3>, z.ZodLiteral<5>, z.ZodLiteral<10>]),
  horizonDays: z.number().int().min(1, 'The agenda covers at least today.').max(14, 'The agenda covers at most 14 days.'),
  invitations: z.object({ tentative: display, notAnswered: display, declined: display }),
  openInApp: z.object({ zoom: z.boolean(), teams: z.boolean() }),
  googleAccount: z.union([z.literal(''), z.email('Enter the e-mail address of a Google account, or leave it empty.')]),
  joinShortcut: z.union([z.literal(''), z.string().regex(ACCELERATOR, 'Use modifiers and a key, for example CommandOrControl+Alt+J.')]),
  // Added in 0.1 after the first settings files were written: defaults let an older file be read as it is.
  language: z.enum(['system', ...LOCALES]).default('system'),
  hourCycle: z.enum(HOUR_CYCLES).default('system'),
  theme: z.enum(THEMES).default('system'),
  launchAtLogin: z.boolean().default(false),
}) satisfies z.ZodType<Preferences>;

export const DEFAULT_PREFERENCES: Preferences = {
  reminderMinutes: 1,
  horizonDays: 2,
  invitations: { tentative: 'dim', notAnswered: 'dim', declined: 'hide' },
  openInApp: { zoom: false, teams: false },
  googleAccount: '',
  joinShortcut: '',
  language: 'system',
  hourCycle: 'system',
  theme: 'system',
  launchAtLogin: false,
};

/** Applies a partial change from the renderer; nested objects merge. Throws a ZodError with a readable message. */
export function mergePreferences(current: Preferences, changes: unknown): Preferences {
  const partial = z
    .object({
      reminderMinutes: z.unknown(),
      horizonDays: z.unknown(),
      invitations: z.record(z.string(), z.unknown()),
      openInApp: z.record(z.string(), z.unknown()),
      googleAccount: z.unknown(),
      joinShortcut: z.unknown(),
      language: z.unknown(),
      hourCycle: z.unknown(),
      theme: z.unknown(),
      launchAtLogin: z.unknown(),
    })
    .partial()
    .strict()
    .parse(changes);
  return preferencesSchema.parse({
    ...current,
    ...partial,
    invitations: { ...current.invitations, ...(partial.invitations ?? {}) },
    openInApp: { ...current.openInApp, ...(partial.openInApp ?? {}) },
  });
}
