import { randomInt } from 'node:crypto';
import type { MeetingPasswordPolicy } from '../switches.js';

/** Characters Webex sites refuse in meeting passwords (as listed for Webex Meetings Server). */
const DISALLOWED = new Set([' ', '\\', "'", '"', '/', '&', '<', '>', '=', '[', ']']);
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const NUMERIC = '23456789';
const SPECIAL = '@#$*';

const count = (text: string, pattern: RegExp): number => [...text].filter((char) => pattern.test(char)).length;

/** Every rule of the site's policy the password breaks; empty when it complies. */
export function passwordProblems(password: string, policy: MeetingPasswordPolicy): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) problems.push(`The password must be at least ${policy.minLength} characters long.`);
  if (count(password, /[A-Za-z]/) < policy.minAlpha) problems.push(`The password must contain at least ${policy.minAlpha} letter(s).`);
  if (count(password, /[0-9]/) < policy.minNumeric) problems.push(`The password must contain at least ${policy.minNumeric} number(s).`);
  if (count(password, /[^A-Za-z0-9]/) < policy.minSpecial) problems.push(`The password must contain at least ${policy.minSpecial} special character(s).`);
  if (policy.mixedCase && (!/[A-Z]/.test(password) || !/[a-z]/.test(password))) problems.push('The password must contain both upper-case and lower-case letters.');
  const bad = [...new Set([...password].filter((char) => DISALLOWED.has(char)))];
  if (bad.length > 0) problems.push(`The password must not contain these characters: ${bad.join(' ')}`);
  return problems;
}

const pick = (alphabet: string): string => alphabet[randomInt(0, alphabet.length)] ?? 'x';

/** A random password that meets the policy, shaped like Webex's own (e.g. `BgJep@43`). */
export function generatePassword(policy: MeetingPasswordPolicy): string {
  const letters = Math.max(5, policy.minAlpha);
  let text = pick(UPPER) + Array.from({ length: letters - 2 }, () => pick(LOWER + UPPER)).join('') + pick(LOWER);
  text += Array.from({ length: Math.max(1, policy.minSpecial) }, () => pick(SPECIAL)).join('');
  text += Array.from({ length: Math.max(2, policy.minNumeric) }, () => pick(NUMERIC)).join('');
  while (text.length < policy.minLength) text += pick(NUMERIC);
  return text;
}
