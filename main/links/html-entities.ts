/** Named character references that show up in mail and calendar HTML (Latin-1 in full, plus typography). */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHERS: Record<string, number> = {
  amp: 38, AMP: 38, lt: 60, LT: 60, gt: 62, GT: 62, quot: 34, QUOT: 34, apos: 39,
  Tab: 9, NewLine: 10, excl: 33, num: 35, dollar: 36, percnt: 37, lpar: 40, rpar: 41, ast: 42, plus: 43, comma: 44,
  period: 46, sol: 47, colon: 58, semi: 59, equals: 61, quest: 63, commat: 64, lsqb: 91, bsol: 92, rsqb: 93, lowbar: 95,
  grave: 96, lcub: 123, verbar: 124, rcub: 125,
  OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, hyphen: 8208, ndash: 8211, mdash: 8212,
  lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226,
  hellip: 8230, permil: 8240, prime: 8242, Prime: 8243, lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482,
  larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, check: 10003,
};

const NAMED: ReadonlyMap<string, string> = new Map([
  ...LATIN1.split(' ').map((name, index): [string, string] => [name, String.fromCodePoint(160 + index)]),
  ...Object.entries(OTHERS).map(([name, code]): [string, string] => [name, String.fromCodePoint(code)]),
]);

/** How many named references the table knows (for tests). */
export const NAMED_ENTITY_COUNT = NAMED.size;

const MAX_NAME = 32;

/** A character reference starting at `text[at] === "&"`: its decoded text and length, or null when it is a plain "&". */
export function entityAt(text: string, at: number): { decoded: string; length: number } | null {
  if (text[at + 1] === '#') return numericAt(text, at);
  let end = at + 1;
  while (end < text.length && end - at <= MAX_NAME && isAlphanumeric(text.charCodeAt(end))) end++;
  if (end === at + 1 || text[end] !== ';') return null;
  const decoded = NAMED.get(text.slice(at + 1, end));
  return decoded === undefined ? null : { decoded, length: end + 1 - at };
}

/** Decodes every character reference in `text` (one pass; unknown ones stay as written). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let runStart = 0;
  for (let i = text.indexOf('&'); i >= 0 && i < text.length; i = text.indexOf('&', i + 1)) {
    const entity = entityAt(text, i);
    if (!entity) continue;
    out += text.slice(runStart, i) + entity.decoded;
    runStart = i + entity.length;
    i = runStart - 1;
  }
  return out + text.slice(runStart);
}

function numericAt(text: string, at: number): { decoded: string; length: number } | null {
  const hex = text[at + 2] === 'x' || text[at + 2] === 'X';
  const digitsStart = at + (hex ? 3 : 2);
  let end = digitsStart;
  while (end < text.length && end - digitsStart < 8 && (hex ? isHexDigit(text.charCodeAt(end)) : isDigit(text.charCodeAt(end)))) end++;
  if (end === digitsStart || text[end] !== ';') return null;
  const code = parseInt(text.slice(digitsStart, end), hex ? 16 : 10);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return { decoded: valid ? String.fromCodePoint(code) : '\uFFFD', length: end + 1 - at };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
