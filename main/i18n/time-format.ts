import type { HourCycleChoice, LocaleCode } from '../../preload/contract.js';

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
export function timeFormatter({ locale, systemLocale, hourCycle, timeZone }: TimeFormatOptions): (iso: string) => string {
  const tag = sameLanguage(systemLocale, locale) ? systemLocale.replace(/_/g, '-').replace(/\..*$/, '') : locale;
  const clock = hourCycle === 'h12' ? { hour: 'numeric', hourCycle: 'h12' } : hourCycle === 'h23' ? { hour: '2-digit', hourCycle: 'h23' } : { hour: '2-digit' };
  const format = formatOf(tag, locale, { ...clock, minute: '2-digit', timeZone } as Intl.DateTimeFormatOptions);
  return (iso) => format.format(new Date(iso));
}

function sameLanguage(systemLocale: string, locale: LocaleCode): boolean {
  const primary = systemLocale.split(/[-_.@]/)[0]?.toLowerCase() ?? '';
  return primary === locale || (locale === 'nb' && (primary === 'no' || primary === 'nn'));
}

/** The system's tag may be malformed (e.g. "C"): then the app's language formats. */
function formatOf(tag: string, fallback: LocaleCode, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(tag, options);
  } catch {
    return new Intl.DateTimeFormat(fallback, options);
  }
}
