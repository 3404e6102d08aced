import type { HourCycleChoice } from '../../preload/contract.js';
import { formatSettings } from './format-settings.js';

// Intl formatters are expensive to create: one per locale, clock and options, reused.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();
const MAX_CACHED = 200;

function cached<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(key: string, create: () => F): F {
  let format = cache.get(key) as F | undefined;
  if (!format) {
    if (cache.size >= MAX_CACHED) cache.clear();
    format = create();
    cache.set(key, format);
  }
  return format;
}

/** Date styles spelled out as fields, so they can be combined with an explicit clock. */
const DATE_FIELDS: Record<NonNullable<Intl.DateTimeFormatOptions['dateStyle']>, Intl.DateTimeFormatOptions> = {
  full: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  medium: { year: 'numeric', month: 'short', day: 'numeric' },
  short: { year: '2-digit', month: 'numeric', day: 'numeric' },
};

/**
 * The options with the user's clock applied: times without a clock choice stay as the locale has them; h12 shows
 * "1:30 PM", h23 "13:30" (timeStyle becomes hour and minute fields, as Intl pads a forced 12-hour "01:30" otherwise).
 */
export function withHourCycle(options: Intl.DateTimeFormatOptions, hourCycle: HourCycleChoice): Intl.DateTimeFormatOptions {
  if (hourCycle === 'system' || (!options.timeStyle && !options.hour)) return options;
  const { timeStyle, dateStyle, ...fields } = options;
  const date = dateStyle ? DATE_FIELDS[dateStyle] : {};
  const time: Intl.DateTimeFormatOptions = timeStyle ? { minute: '2-digit' } : {};
  return { ...date, ...fields, ...time, hour: hourCycle === 'h12' ? 'numeric' : '2-digit', hourCycle };
}

/** A cached DateTimeFormat in the active locale (or `locale`) with the user's clock. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale?: string): Intl.DateTimeFormat {
  const settings = formatSettings();
  const tag = locale ?? settings.locale;
  const resolved = withHourCycle(options, settings.hourCycle);
  return cached(`dt|${tag ?? ''}|${JSON.stringify(resolved)}`, () => new Intl.DateTimeFormat(tag, resolved));
}

/** A cached RelativeTimeFormat in the active locale (or `locale`). */
export function relativeTimeFormat(options: Intl.RelativeTimeFormatOptions, locale?: string): Intl.RelativeTimeFormat {
  const tag = locale ?? formatSettings().locale;
  return cached(`rt|${tag ?? ''}|${JSON.stringify(options)}`, () => new Intl.RelativeTimeFormat(tag, options));
}

/** A cached NumberFormat in the active locale (or `locale`), e.g. for units ("10 min"). */
export function numberFormat(options: Intl.NumberFormatOptions, locale?: string): Intl.NumberFormat {
  const tag = locale ?? formatSettings().locale;
  return cached(`nf|${tag ?? ''}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
}
