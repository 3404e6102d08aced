import { randomInt } from 'node:crypto';
import { DIGITS, LETTERS, type PasscodeRules } from './passcode-rules.js';
import { passcodeProblems } from './validate-passcode.js';

/** A source of uniform random integers in [0, max); crypto-strong by default, injectable for tests. */
export type RandomInt = (max: number) => number;

/**
 * A random passcode of the longest allowed length (capped at 10, a length people can type) that
 * satisfies every rule: required character classes placed first, the rest drawn from the alphabet,
 * shuffled, and redrawn until no consecutive or repeated run breaks the rules.
 */
export function generatePasscode(rules: PasscodeRules, random: RandomInt = randomInt): string {
  const alphabet = rules.onlyNumeric ? DIGITS : rules.alphabet;
  const length = Math.max(rules.minLength, Math.min(rules.maxLength, 10));
  const pick = (set: string) => set[random(set.length)]!;
  const classes: string[] = [];
  if (!rules.onlyNumeric) {
    const letters = [...LETTERS].filter((c) => alphabet.includes(c)).join('');
    const specials = [...alphabet].filter((c) => !LETTERS.includes(c) && !DIGITS.includes(c)).join('');
    if (rules.requireUpperAndLower) classes.push('abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    else if (rules.requireLetter) classes.push(letters);
    if (rules.requireSpecial && specials) classes.push(specials);
  }
  if (rules.requireDigit) classes.push(DIGITS);

  for (let attempt = 0; attempt < 1000; attempt++) {
    const chars = classes.map(pick);
    while (chars.length < length) chars.push(pick(alphabet));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = random(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const passcode = chars.join('');
    if (passcodeProblems(passcode, rules).length === 0) return passcode;
  }
  throw new Error('No passcode satisfies these rules.');
}
