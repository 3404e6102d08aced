// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { countdown, timeRange } from '../../../renderer/format/agenda.js';
import { formatDateTime } from '../../../renderer/format/time.js';
import { formatSettings, setFormatSettings, FormatSettingsChangedEvent } from '../../../renderer/localization/format-settings.js';
import { dateTimeFormat, withHourCycle } from '../../../renderer/localization/formatters.js';
import { setLocale } from '../../../renderer/localization/localization.js';
import { agendaItem } from './support/memory-tray-api.js';

afterEach(async () => {
  setFormatSettings({ locale: undefined, hourCycle: 'system' }, false);
  await setLocale('en');
});

const at = (hour: number, minute = 0) => new Date(2025, 2, 4, hour, minute);
const item = (start: Date, end: Date) => agendaItem({ start: start.toISOString(), end: end.toISOString() });

describe('agenda times and the clock', () => {
  it('formats an agenda time on the 12-hour or the 24-hour clock, whatever the language’s own convention', () => {
    const afternoon = item(at(13, 30), at(14));
    setFormatSettings({ locale: 'de-DE', hourCycle: 'h12' });
    expect(timeRange(afternoon)).toMatch(/^1:30\s*[–-]\s*2:00\sPM$/);
    setFormatSettings({ locale: 'de-DE', hourCycle: 'h23' });
    expect(timeRange(afternoon)).toMatch(/^13:30\s*[–-]\s*14:00(\sUhr)?$/);
    setFormatSettings({ locale: 'en-US', hourCycle: 'h23' });
    expect(timeRange(item(at(9, 5), at(9, 30)))).toMatch(/^09:05\s*[–-]\s*09:30$/);
    setFormatSettings({ locale: 'en-US', hourCycle: 'system' });
    expect(timeRange(afternoon)).toMatch(/^1:30\s*[–-]\s*2:00\sPM$/);
  });

  it('spells out date styles so the clock applies to dates with times too', () => {
    expect(withHourCycle({ dateStyle: 'medium', timeStyle: 'short' }, 'h12')).toEqual({
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h12',
    });
    expect(withHourCycle({ weekday: 'long' }, 'h23')).toEqual({ weekday: 'long' });
    expect(withHourCycle({ timeStyle: 'short' }, 'system')).toEqual({ timeStyle: 'short' });
    setFormatSettings({ locale: 'en-GB', hourCycle: 'h12' });
    expect(formatDateTime(at(13, 30))).toMatch(/^4 Mar 2025, 1:30\spm$/);
  });

  it('reuses formatters, and makes new ones for another locale or clock', () => {
    setFormatSettings({ locale: 'sv-SE', hourCycle: 'system' });
    const first = dateTimeFormat({ timeStyle: 'short' });
    expect(dateTimeFormat({ timeStyle: 'short' })).toBe(first);
    setFormatSettings({ locale: 'sv-SE', hourCycle: 'h12' });
    expect(dateTimeFormat({ timeStyle: 'short' })).not.toBe(first);
  });

  it('announces a change of the settings, and only a change', () => {
    let events = 0;
    const count = () => events++;
    window.addEventListener(FormatSettingsChangedEvent.type, count);
    setFormatSettings({ locale: 'nl-NL', hourCycle: 'h23' });
    setFormatSettings({ locale: 'nl-NL', hourCycle: 'h23' });
    setFormatSettings({ locale: 'nl-BE', hourCycle: 'h23' }, false);
    window.removeEventListener(FormatSettingsChangedEvent.type, count);
    expect(events).toBe(1);
    expect(formatSettings()).toEqual({ locale: 'nl-BE', hourCycle: 'h23' });
  });
});

describe('countdowns', () => {
  const now = at(10);

  it('count down in Swedish, with Swedish plurals', async () => {
    await setLocale('sv');
    setFormatSettings({ locale: 'sv-SE', hourCycle: 'system' });
    expect(countdown(at(10, 1), now)).toBe('om 1 minut');
    expect(countdown(at(10, 5), now)).toBe('om 5 minuter');
    expect(countdown(at(12), now)).toBe('om 2 timmar');
    expect(countdown(at(12, 10), now)).toBe('om 2 tim 10 min');
    expect(countdown(new Date(2025, 2, 5, 11), now)).toBe('i morgon');
    expect(countdown(now, now)).toBe('börjar nu');
  });

  it('count down in English by default', () => {
    setFormatSettings({ locale: 'en-US', hourCycle: 'system' });
    expect(countdown(at(10, 5), now)).toBe('in 5 minutes');
    expect(countdown(at(12, 10), now)).toBe('in 2 hr 10 min');
    expect(countdown(at(9, 59), now)).toBe('starting now');
  });
});
