import { randomBytes, randomInt, randomUUID } from 'node:crypto';

export function newGuid(): string {
  return randomUUID();
}

/** An opaque credential in Entra's style (authorization codes and refresh tokens start with "0.A"). */
export function opaqueToken(bytes = 64): string {
  return `0.AS${randomBytes(bytes).toString('base64url')}`;
}

/** A string of random decimal digits whose first digit is not 0. */
export function randomDigits(length: number): string {
  let digits = String(randomInt(1, 10));
  while (digits.length < length) digits += String(randomInt(0, 10));
  return digits;
}

const ALPHANUMERIC = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** Random letters and digits (no look-alikes), e.g. a Teams meeting passcode. */
export function randomAlphanumeric(length: number): string {
  let value = '';
  while (value.length < length) value += ALPHANUMERIC[randomInt(0, ALPHANUMERIC.length)];
  return value;
}
