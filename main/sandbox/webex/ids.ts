import { randomBytes, randomInt, randomUUID } from 'node:crypto';

/** Webex REST ids are base64 (no padding) of a `ciscospark://us/{KIND}/{uuid}` URN. */
export function webexId(kind: 'PEOPLE' | 'ORGANIZATION', uuid: string): string {
  return Buffer.from(`ciscospark://us/${kind}/${uuid}`).toString('base64').replace(/=+$/, '');
}

/** A gateway tracking id as Webex sends it in the `TrackingID` header and the error bodies' `trackingId`. */
export function newTrackingId(): string {
  return `ROUTERGW_${randomUUID()}`;
}

/** 32 lower-case hex characters: the shape of meeting ids and MTIDs. */
export function hex32(): string {
  return randomBytes(16).toString('hex');
}

/** A string of random decimal digits, never starting with 0. */
export function digits(length: number): string {
  let text = String(randomInt(1, 10));
  while (text.length < length) text += String(randomInt(0, 10));
  return text;
}

/** An opaque Webex-style token: base64 of random uuids, then `_P0A1_` and the org's uuid (as real ones end). */
export function opaqueToken(orgUuid: string): string {
  const body = Buffer.from(`${randomUUID()}${randomUUID().slice(0, 13)}`).toString('base64').replace(/=+$/, '');
  return `${body}_P0A1_${orgUuid}`;
}
