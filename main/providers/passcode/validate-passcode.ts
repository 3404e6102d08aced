import { DIGITS, LETTERS, type PasscodeRules } from './passcode-rules.js';
import { say, said, type LocalText } from '../../i18n/local-text.js';
import { ENGLISH } from '../../i18n/translator.js';

/** Every rule the passcode breaks, as an English sentence; empty when it is valid. */
export function passcodeProblems(passcode: string, rules: PasscodeRules): string[] {
  return passcodeProblemTexts(passcode, rules).map((text) => say(ENGLISH, text));
}

/** Every rule the passcode breaks, as a sentence to say in the user's language; empty when it is valid. */
export function passcodeProblemTexts(passcode: string, rules: PasscodeRules): LocalText[] {
  const problems: LocalText[] = [];
  const chars = [...passcode];
  if (chars.length === 0) return [said('passcode.empty')];
  if (chars.length > rules.maxLength) problems.push(said('passcode.tooLong', { length: chars.length, max: rules.maxLength }));
  if (chars.length < rules.minLength) problems.push(said('passcode.tooShort', { length: chars.length, min: rules.minLength }));
  const alphabet = rules.onlyNumeric ? DIGITS : rules.alphabet;
  const invalid = [...new Set(chars.filter((c) => !alphabet.includes(c)))];
  if (invalid.length) problems.push(said('passcode.badCharacters', { characters: invalid.map(visible).join(' ') }));
  if (!rules.onlyNumeric) {
    if (rules.requireLetter && !chars.some((c) => LETTERS.includes(c))) problems.push(said('passcode.needsLetter'));
    if (rules.requireSpecial && !chars.some(isSpecial)) problems.push(said('passcode.needsSpecial'));
    if (rules.requireUpperAndLower && !(chars.some((c) => c >= 'a' && c <= 'z') && chars.some((c) => c >= 'A' && c <= 'Z'))) {
      problems.push(said('passcode.needsCases'));
    }
  }
  if (rules.requireDigit && !chars.some((c) => DIGITS.includes(c))) problems.push(said('passcode.needsDigit'));
  if (rules.maxConsecutive > 0 && longestConsecutiveRun(passcode) > rules.maxConsecutive) problems.push(said('passcode.consecutive', { max: rules.maxConsecutive }));
  if (rules.maxRepeated > 0 && longestRepeatedRun(passcode) > rules.maxRepeated) problems.push(said('passcode.repeated', { max: rules.maxRepeated }));
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
