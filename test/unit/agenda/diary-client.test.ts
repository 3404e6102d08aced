import { describe, expect, it } from 'vitest';
import { invitationOf, toAppointment, type DiaryCarrier } from '../../../main/agenda/diary-client.js';

const carrier = (over: Partial<DiaryCarrier> = {}): DiaryCarrier => ({ AppointmentId: 1, StartDate: '2026-11-24T10:00:00', EndDate: '2026-11-24T11:00:00', ...over });
const iso = (ms: number) => new Date(ms).toISOString();

describe('diary carriers', () => {
  it('read SuperOffice local times in the user’s zone', () => {
    const appointment = toAppointment(carrier(), 'Europe/Oslo')!;
    expect(iso(appointment.start)).toBe('2026-11-24T09:00:00.000Z');
    expect(iso(appointment.end)).toBe('2026-11-24T10:00:00.000Z');
  });

  it('keep an appointment that starts in the spring DST gap, with its wall-clock length', () => {
    const short = toAppointment(carrier({ StartDate: '2026-03-29T02:30:00', EndDate: '2026-03-29T03:10:00' }), 'Europe/Oslo')!;
    expect(short).toBeDefined();
    expect((short.end - short.start) / 60_000).toBe(40);
    const hour = toAppointment(carrier({ StartDate: '2026-03-29T02:30:00', EndDate: '2026-03-29T03:30:00' }), 'Europe/Oslo')!;
    expect((hour.end - hour.start) / 60_000).toBe(60);
  });

  it('drop carriers with unreadable or reversed times', () => {
    expect(toAppointment(carrier({ StartDate: 'soon' }), 'Europe/Oslo')).toBeUndefined();
    expect(toAppointment(carrier({ StartDate: '2026-11-24T12:00:00', EndDate: '2026-11-24T11:00:00' }), 'Europe/Oslo')).toBeUndefined();
  });

  it('take the title, else the first line of the description, and join description and agenda', () => {
    expect(toAppointment(carrier({ Title: '', Description: '<p>Lunch with Kari</p>\nTable at 12' }), 'UTC')!.title).toBe('Lunch with Kari');
    expect(toAppointment(carrier({ Description: 'a', Agenda: 'b' }), 'UTC')!.description).toBe('a\nb');
  });

  it.each([
    [{ InvitationStatus: 'Accepted', IsBooking: true }, 'accepted'],
    [{ InvitationStatus: 'Invitation', IsBooking: true }, 'not-answered'],
    [{ InvitationStatus: 'Seen', IsBooking: true }, 'not-answered'],
    [{ InvitationStatus: 'MovedSeen', IsBooking: true }, 'not-answered'],
    [{ InvitationStatus: 'Declined', IsBooking: true }, 'declined'],
    [{ InvitationStatus: 'Cancelled', IsBooking: true }, 'declined'],
    [{ InvitationStatus: 'Hidden', IsBooking: true }, 'declined'],
    [{ InvitationStatus: 'None', IsBooking: false }, 'own'],
    [{ InvitationStatus: null, IsBooking: false }, 'own'],
    [{ InvitationStatus: 'Unknown', Type: 'BookingForDiary' }, 'not-answered'],
  ] as const)('map InvitationStatus %j to %s', (fields, expected) => {
    expect(invitationOf(fields)).toBe(expected);
  });
});
