import { DIGITS, LETTERS, type PasscodeRules } from './passcode-rules.js';

/** Every rule the passcode breaks, as a sentence; empty when it is valid. */
export function passcodeProblems(passcode: string, rules: PasscodeRules): string[] {
  const problems: string[] = [];
  const chars = [...passcode];
  if (chars.length === 0) return ['Enter a passcode, or press Generate.'];
  if (chars.length > rules.maxLength) problems.push(`It is ${chars.length} characters long; at most ${rules.maxLength} are allowed.`);
  if (chars.length < rules.minLength) problems.push(`It is ${chars.length} characters long; at least ${rules.minLength} are needed.`);
  const alphabet = rules.onlyNumeric ? DIGITS : rules.alphabet;
  const invalid = [...new Set(chars.filter((c) => !alphabet.includes(c)))];
  if (invalid.length) problems.push(`These characters are not allowed: ${invalid.map(visible).join(' ')}.`);
  if (!rules.onlyNumeric) {
    if (rules.requireLetter && !chars.some((c) => LETTERS.includes(c))) problems.push('It needs at least one letter.');
    if (rules.requireSpecial && !chars.some(isSpecial)) problems.push('It needs at least one special character.');
    if (rules.requireUpperAndLower && !(chars.some((c) => c >= 'a' && c <= 'z') && chars.some((c) => c >= 'A' && c <= 'Z'))) {
      problems.push('It needs both upper and lower case letters.');
    }
  }
  if (rules.requireDigit && !chars.some((c) => DIGITS.includes(c))) problems.push('It needs at least one digit.');
  if (rules.maxConsecutive > 0 && longestConsecutiveRun(passcode) > rules.maxConsecutive) {
    problems.push(`It has a run of consecutive characters (like 1234 or abcd) longer than ${rules.maxConsecutive}.`);
  }
  if (rules.maxRepeated > 0 && longestRepeatedRun(passcode) > rules.maxRepeated) {
    problems.push(`It repeats one character more than ${rules.maxRepeated} times in a row.`);
  }
  return problems;
}

/** Longest run where each character is the previous one ±1 in the same direction (1234, dcba). */
export function longestConsecutiveRun(text: string): number {
  let longest = text.length ? 1 : 0;
  let run = 1;
  let step = 0;
  for (let i = 1; i < text.length; i++) {
    const delta = text.charCodeAt(i) - text.charCodeAt(i - 1);
    if ((delta === 1 || delta === -1) && sameClass(text[i]!, text[i - 1]!) && (run === 1 || delta === step)) {
      run++;
      step = delta;
    } else if ((delta === 1 || delta === -1) && sameClass(text[i]!, text[i - 1]!)) {
      run = 2;
      step = delta;
    } else {
      run = 1;
      step = 0;
    }
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Longest run of one character repeated (aaa → 3). */
export function longestRepeatedRun(text: string): number {
  let longest = text.length ? 1 : 0;
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    run = text[i] === text[i - 1] ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

function isSpecial(c: string): boolean {
  return !LETTERS.includes(c) && !DIGITS.includes(c);
}

function sameClass(a: string, b: string): boolean {
  const cls = (c: string) => (DIGITS.includes(c) ? 'd' : c >= 'a' && c <= 'z' ? 'l' : c >= 'A' && c <= 'Z' ? 'u' : 's');
  return cls(a) === cls(b) && cls(a) !== 's';
}

function visible(c: string): string {
  return /\s/.test(c) ? `"${c === ' ' ? 'space' : `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`}"` : `"${c}"`;
}
