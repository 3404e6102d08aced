/**
 * Dial-in numbers in invite text (`+47 21 93 37 37,,123456789#`, `tel:+1-555-…`), as digit strings without the
 * dial suffix, in order of appearance and without repeats. Only numbers written with "+" or "tel:" count, so
 * meeting IDs and PINs are not mistaken for phone numbers. Linear: each character is looked at a bounded number of times.
 */
export function findPhoneNumbers(text: string): string[] {
  const numbers: string[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const plus = text[i] === '+';
    const tel = !plus && (text[i] === 't' || text[i] === 'T') && text.slice(i, i + 4).toLowerCase() === 'tel:';
    if (!plus && !tel) {
      i++;
      continue;
    }
    let j = i + (tel ? 4 : 1);
    if (tel && text[j] === '+') j++;
    let digits = '';
    let dialing = true;
    while (j < text.length && isPhoneChar(text[j]!)) {
      const char = text[j]!;
      if (char === ',' || char === '#' || char === ';' || char === '*') dialing = false;
      else if (dialing && char >= '0' && char <= '9') digits += char;
      j++;
    }
    if (digits.length >= 7 && digits.length <= 15 && !seen.has(digits)) {
      seen.add(digits);
      numbers.push(digits);
    }
    i = Math.max(j, i + 1);
  }
  return numbers;
}

function isPhoneChar(char: string): boolean {
  return (char >= '0' && char <= '9') || ' -.()/,#*;\u00a0'.includes(char);
}
