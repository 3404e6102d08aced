import { randomBytes, randomInt } from 'node:crypto';

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

/** Calendar's rule for client-chosen event ids: base32hex characters (a–v, 0–9), 5 to 1024 of them. */
export const EVENT_ID_FORMAT = /^[a-v0-9]{5,1024}$/;

/** A new event id like Google's (26 base32hex characters). */
export function newEventId(): string {
  return [...randomBytes(26)].map((byte) => BASE32HEX[byte % 32]).join('');
}

function letters(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String.fromCharCode(97 + randomInt(26));
  return out;
}

/** A Meet code like abc-defg-hij. */
export function newMeetCode(): string {
  return `${letters(3)}-${letters(4)}-${letters(3)}`;
}

/** A 13-digit dial-in PIN. */
export function newPin(): string {
  let out = String(1 + randomInt(9));
  for (let i = 0; i < 12; i++) out += String(randomInt(10));
  return out;
}

/** An opaque token (page tokens, conference signatures). */
export function opaque(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}
