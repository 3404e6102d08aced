/**
 * Dial-in numbers in invite text (`+47 21 93 37 37,,123456789#`, `tel:+1-555-…`), as digit strings without the
 * dial suffix, in order of appearance and without repeats. Only numbers written with "+" or "tel:" count, so
 * meeting IDs and PINs are not mistaken for phone numbers. Only `text[from, to)` is read (a gap between links
 * needs no copy). Linear: each character is looked at a bounded number of times.
 */
export function findPhoneNumbers(text: string, from = 0, to = text.length): string[] {
  return new PhoneNumberScanner(text).scan(from, to);
}

/**
 * findPhoneNumbers over several ranges of one text, in increasing order (the gaps between links): the "+" and
 * "tel:" search positions are kept between ranges, so the whole text is searched once (by indexOf and one
 * fixed-string regex, not character by character in script).
 */
export class PhoneNumberScanner {
  private readonly plus: Cursor;
  private readonly tel: Cursor;

  constructor(private readonly text: string) {
    this.plus = new Cursor((from) => text.indexOf('+', from));
    const telPattern = /tel:/gi;
    this.tel = new Cursor((from) => {
      telPattern.lastIndex = from;
      return telPattern.exec(text)?.index ?? -1;
    });
  }

  /** The numbers that start in `text[from, to)` and are read up to `to`; `from` must not go back between calls. */
  scan(from: number, to: number): string[] {
    const { text } = this;
    const numbers: string[] = [];
    const seen = new Set<string>();
    let i = from;
    while (i < to) {
      const plusAt = this.plus.next(i);
      const telAt = this.tel.next(i);
      const at = plusAt < 0 ? telAt : telAt < 0 ? plusAt : Math.min(plusAt, telAt);
      if (at < 0 || at >= to) break;
      const tel = at !== plusAt;
      if (tel && at + 4 > to) {
        i = at + 1;
        continue;
      }
      let j = at + (tel ? 4 : 1);
      if (tel && j < to && text.charCodeAt(j) === PLUS) j++;
      let digits = '';
      let dialing = true;
      while (j < to && isPhoneChar(text.charCodeAt(j))) {
        const char = text.charCodeAt(j);
        if (char === 44 || char === 35 || char === 59 || char === 42 /* , # ; * */) dialing = false;
        else if (dialing && char >= 48 && char <= 57) digits += text[j];
        j++;
      }
      if (digits.length >= 7 && digits.length <= 15 && !seen.has(digits)) {
        seen.add(digits);
        numbers.push(digits);
      }
      i = Math.max(j, at + 1);
    }
    return numbers;
  }
}

const PLUS = 43;

/** The next hit of a forward search at or after a position; positions asked for never go back. */
class Cursor {
  /** The last hit, -1 for none left, undefined before the first search. */
  private at: number | undefined;

  constructor(private readonly find: (from: number) => number) {}

  next(from: number): number {
    if (this.at === undefined || (this.at >= 0 && this.at < from)) this.at = this.find(from);
    return this.at;
  }
}

/** Digits and what is written between them: space, - . ( ) / , # * ; and no-break space. */
function isPhoneChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 32 || code === 45 || code === 46 || code === 40 || code === 41 || code === 47 ||
    code === 44 || code === 35 || code === 42 || code === 59 || code === 0xa0
  );
}
