import { createHash } from 'node:crypto';

/** Deterministic fake ids and meeting links: the same seed always gives the same value. */

function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

export function hex(seed: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) out += digest(`${seed}#${round}`).toString('hex');
  return out.slice(0, length);
}

export function digits(seed: string, length: number): string {
  const source = hex(seed, length * 2);
  let out = '';
  for (let i = 0; i < length; i++) out += String(parseInt(source.slice(i * 2, i * 2 + 2), 16) % 10);
  return out.replace(/^0/, '7');
}

function fromAlphabet(seed: string, length: number, alphabet: string): string {
  const source = hex(seed, length * 2);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[parseInt(source.slice(i * 2, i * 2 + 2), 16) % alphabet.length];
  return out;
}

/** A GUID (version 4 layout). */
export function guid(seed: string): string {
  const h = hex(seed, 32);
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** SuperOffice's own video meeting service: `https://{ctx}.meetings.superoffice.com/join/{guid}`. */
export function superOfficeVideo(ctx: string, seed: string): { url: string; id: string } {
  const id = guid(`so-video:${seed}`);
  return { url: `https://${ctx.toLowerCase()}.meetings.superoffice.com/join/${id}`, id };
}

/** A Teams join link as Outlook and Teams write it (meeting id = base64 of a GUID, context with tenant and organiser). */
export function teamsJoinUrl(tenantSeed: string, seed: string): string {
  const meeting = Buffer.from(guid(`teams-meeting:${seed}`)).toString('base64').replace(/=+$/, '');
  const context = `{"Tid":"${guid(`teams-tenant:${tenantSeed}`)}","Oid":"${guid(`teams-organiser:${seed}`)}"}`;
  return (
    `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${encodeURIComponent(meeting)}%40thread.v2/0` +
    `?context=${encodeURIComponent(context).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())}`
  );
}

/** A Zoom join link with the embedded passcode (`pwd`). */
export function zoomJoinUrl(seed: string): string {
  const pwd = fromAlphabet(`zoom-pwd:${seed}`, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
  return `https://us06web.zoom.us/j/8${digits(`zoom-id:${seed}`, 10)}?pwd=${pwd}.1`;
}

/** A Google Meet link, code `abc-defg-hij`. */
export function meetUrl(seed: string): string {
  const code = fromAlphabet(`meet:${seed}`, 10, 'abcdefghijklmnopqrstuvwxyz');
  return `https://meet.google.com/${code.slice(0, 3)}-${code.slice(3, 7)}-${code.slice(7)}`;
}

/** A Webex meeting link on a customer site. */
export function webexJoinUrl(site: string, seed: string): string {
  return `https://${site}.webex.com/${site}/j.php?MTID=m${hex(`webex:${seed}`, 32)}`;
}

/** `url` wrapped by Microsoft Defender for Office 365 Safe Links, as Outlook rewrites links in received mail. */
export function safeLink(url: string, recipient: string, seed: string): string {
  const data =
    `05|02|${recipient}|${hex(`sl-msg:${seed}`, 32)}|${guid(`sl-tenant:${seed}`)}|0|0|638${digits(`sl-ticks:${seed}`, 15)}` +
    '|Unknown|TWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ==|0|||';
  const sdata = Buffer.from(hex(`sl-sig:${seed}`, 32), 'hex').toString('base64');
  return (
    `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}` +
    `&data=${encodeURIComponent(data)}&sdata=${encodeURIComponent(sdata)}&reserved=0`
  );
}
