/** What goes into "Copy invitation". */
export interface InvitationInput {
  title: string;
  start: number;
  end: number;
  allDay: boolean;
  timeZone: string;
  joinUrl: string;
  providerTitle?: string;
  meetingId?: string;
  passcode?: string;
}

/**
 * A short invitation a person can paste into a mail or chat: the title, when, and SuperOffice's
 * "Join meeting: …" line, then the meeting ID and passcode where there are any. Plain text, one fact per line.
 */
export function invitationText(input: InvitationInput): string {
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: input.timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: input.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const when = input.allDay
    ? `${date.format(input.start)} (all day)`
    : `${date.format(input.start)}, ${time.format(input.start)}–${time.format(input.end)} (${input.timeZone})`;
  const lines = [oneLine(input.title), when, '', `Join meeting: ${input.joinUrl}`];
  if (input.providerTitle && input.meetingId) lines.push(`${input.providerTitle} meeting ID: ${input.meetingId}`);
  if (input.passcode) lines.push(`Passcode: ${input.passcode}`);
  return lines.join('\n');
}

/** Appointment titles may hold line breaks or control characters; an invitation line must not. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim().slice(0, 300);
}
