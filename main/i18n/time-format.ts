import type { HourCycleChoice, LocaleCode } from '../../preload/contract.js';

/** How the user reads times: the app's language, the system's conventions, the 12/24-hour choice and the zone. */
export interface TimeFormatOptions {
  /** The app's language. */
  locale: LocaleCode;
  /** The operating system's language tag: its regional conventions win when it is the same language (en-GB → 24 h). */
  systemLocale: string;
  hourCycle: HourCycleChoice;
  /** The user's IANA time zone. */
  timeZone: string;
}

/** Formats an instant as a time of day ("13:30" or "1:30 PM") in the user's zone, language and clock choice. */
export function timeFormatter(options: TimeFormatOptions): (iso: string) => string {
  const format = formatOf(options, {});
  return (iso) => format.format(new Date(iso));
}

/** Formats an instant as a day and a time ("tir. 24. nov., 13:30", "Tue, Nov 24, 1:30 PM"), for times that may not be today. */
export function dateTimeFormatter(options: TimeFormatOptions): (iso: string) => string {
  const format = formatOf(options, { weekday: 'short', day: 'numeric', month: 'short' });
  return (iso) => format.format(new Date(iso));
}

function formatOf({ locale, systemLocale, hourCycle, timeZone }: TimeFormatOptions, day: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = sameLanguage(systemLocale, locale) ? systemLocale.replace(/_/g, '-').replace(/\..*$/, '') : locale;
  const clock: Intl.DateTimeFormatOptions = hourCycle === 'h12' ? { hour: 'numeric', hourCycle: 'h12' } : hourCycle === 'h23' ? { hour: '2-digit', hourCycle: 'h23' } : { hour: '2-digit' };
  const options: Intl.DateTimeFormatOptions = { ...day, ...clock, minute: '2-digit', timeZone };
  // The system's tag may be malformed (e.g. "C"): then the app's language formats.
  try {
    return new Intl.DateTimeFormat(tag, options);
  } catch {
    return new Intl.DateTimeFormat(locale, options);
  }
}

function sameLanguage(systemLocale: string, locale: LocaleCode): boolean {
  const primary = systemLocale.split(/[-_.@]/)[0]?.toLowerCase() ?? '';
  return primary === locale || (locale === 'nb' && (primary === 'no' || primary === 'nn'));
}
