import { newGuid } from '../ids.js';
import { TENANT } from '../tenant.js';

/** A Teams chat thread id, `19:meeting_<base64 of a GUID>@thread.v2`. */
export function newThreadId(): string {
  return `19:meeting_${Buffer.from(newGuid()).toString('base64').replace(/=+$/, '')}@thread.v2`;
}

/** encodeURIComponent with lower-case escapes (Teams writes `%3a`, `%40`, `%7b`…). */
function encodeLower(value: string): string {
  return encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
}

/** `https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context={"Tid","Oid"}` */
export function teamsJoinUrl(threadId: string, organizerId: string): string {
  const context = encodeLower(JSON.stringify({ Tid: TENANT.id, Oid: organizerId }));
  return `https://teams.microsoft.com/l/meetup-join/${encodeLower(threadId)}/0?context=${context}`;
}
