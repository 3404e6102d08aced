import { z } from 'zod';
import { HOUR_CYCLES, LOCALES, REMINDER_MINUTES, THEMES, type Preferences } from '../../preload/contract.js';
import { said, type LocalText } from '../i18n/local-text.js';

const MAX_HORIZON_DAYS = 14;

/** What a rejected change is told, by the name the schema gives its check (zod's message is only that name). */
const PROBLEMS = {
  horizonMin: said('preferences.horizonMin'),
  horizonMax: said('preferences.horizonMax', { days: MAX_HORIZON_DAYS }),
  googleAccount: said('preferences.googleAccount'),
  joinShortcut: said('preferences.joinShortcut', { example: 'CommandOrControl+Alt+J' }),
} satisfies Record<string, LocalText>;
type Problem = keyof typeof PROBLEMS;
const problem = (name: Problem): string => name;

const display = z.enum(['show', 'dim', 'hide']);
/** Electron accelerators: modifiers joined with + and one key, e.g. CommandOrControl+Alt+J. */
const ACCELERATOR = /^((CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+){1,4}([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Tab|Up|Down|Left|Right|Home|End|PageUp|PageDown|Insert|Delete|Plus|Minus)$/;

export const preferencesSchema = z.object({
  reminderMinutes: z.union(REMINDER_MINUTES.map((m) => z.literal(m)) as [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<3>, z.ZodLiteral<5>, z.ZodLiteral<10>]),
  horizonDays: z.number().int().min(1, problem('horizonMin')).max(MAX_HORIZON_DAYS, problem('horizonMax')),
  invitations: z.object({ tentative: display, notAnswered: display, declined: display }),
  openInApp: z.object({ zoom: z.boolean(), teams: z.boolean() }),
  googleAccount: z.union([z.literal(''), z.email(problem('googleAccount'))]),
  joinShortcut: z.union([z.literal(''), z.string().regex(ACCELERATOR, problem('joinShortcut'))]),
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

/** What to tell the user about a change mergePreferences rejected, in words for their language. */
export function preferencesProblem(error: unknown): LocalText {
  const name = error instanceof z.ZodError ? error.issues[0]?.message : undefined;
  return name !== undefined && Object.hasOwn(PROBLEMS, name) ? PROBLEMS[name as Problem] : said('preferences.invalid');
}

/** Applies a partial change from the renderer; nested objects merge. Throws a ZodError (see preferencesProblem). */
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
