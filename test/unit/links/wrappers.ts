/** Test-side encoders for link wrappers, written from the formats (not from main/links/unwrap.ts). */

export function safeLinks(url: string, region = 'eur02'): string {
  return `https://${region}.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C02%7Cjane.doe%40example.com%7C6f1e%7C0%7C0%7C638420%7CUnknown%7CTWFpbGZsb3d8%7C0%7C%7C%7C&sdata=AbCdEf%2BgHiJkLmN%3D&reserved=0`;
}

export function googleRedirect(url: string): string {
  return `https://www.google.com/url?q=${encodeURIComponent(url)}&sa=D&source=calendar&ust=1700000000000000&usg=AOvVaw0AbCdEfGhIjKlMnOp`;
}

/** Proofpoint v2: percent-encode, then "%" → "-" and "/" → "_" (so "-" and "_" themselves are encoded). */
export function proofpointV2(url: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(url)) {
    const char = String.fromCharCode(byte);
    if (char === '/') encoded += '_';
    else if (/[A-Za-z0-9.]/.test(char)) encoded += char;
    else encoded += `-${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `https://urldefense.proofpoint.com/v2/url?u=${encoded}&d=DwMFaQ&c=Vxt5e0Osvvt2gflwSlsJ5DmPGcPvTRKLJyp031rXjhg&r=MujLDFBJstxoxZI_GKbsW7wxGM7nnIK__qZvVy6j9Wc&m=QJGhloAyfD0UZ6n8r6y9dF-khNKqvRAIWDRU_K65xPI&s=ew-rOtBFjiX1Hgv71XQJ5BEgl9TPaoWRm_Xp9Nuo8bk&e=`;
}

/**
 * Proofpoint v3: "%", "*" and the characters in `extraHidden` are replaced by "*" (one) or "**X" (a run of 2+, X = A for 2,
 * B for 3 …), and the replaced characters go, in order, into base64url after "__;" (`*3A*2F*2F…__;JSUl`).
 */
export function proofpointV3(url: string, extraHidden = ''): string {
  const hide = `%*${extraHidden}`;
  const runLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let body = '';
  let hidden = '';
  for (let i = 0; i < url.length; ) {
    if (!hide.includes(url[i]!)) {
      body += url[i++];
      continue;
    }
    let run = 1;
    while (i + run < url.length && hide.includes(url[i + run]!)) run++;
    body += run === 1 ? '*' : `**${runLetters[run - 2]}`;
    hidden += url.slice(i, i + run);
    i += run;
  }
  return `https://urldefense.com/v3/__${body}__;${Buffer.from(hidden).toString('base64url')}!!Kx3bQ9!Zm9vYmFyYmF6cXV4MTIzNDU2$`;
}
