import { randomInt } from 'node:crypto';
import type { PasscodeRequirement } from '../switches.js';
import { passcodeViolation } from './passcode-rules.js';

const DIGITS = '0123456789';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const SPECIAL = '@-_*';

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)] ?? '0';
}

function shuffle(characters: string[]): string[] {
  for (let i = characters.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [characters[i], characters[j]] = [characters[j] ?? '', characters[i] ?? ''];
  }
  return characters;
}

function attempt(requirement: PasscodeRequirement, length: number): string {
  if (requirement.only_allow_numeric) return Array.from({ length }, () => pick(DIGITS)).join('');
  const required: string[] = [];
  if (requirement.have_number) required.push(pick(DIGITS));
  if (requirement.have_special_character) required.push(pick(SPECIAL));
  if (requirement.have_upper_and_lower_characters) required.push(pick(LOWER), pick(UPPER));
  else if (requirement.have_letter) required.push(pick(LOWER));
  const pool = DIGITS + LOWER + UPPER;
  while (required.length < length) required.push(pick(pool));
  return shuffle(required).join('');
}

/** A passcode Zoom could have generated: 6 characters or the required minimum (max 10), meeting every rule. */
export function generatePasscode(requirement: PasscodeRequirement): string {
  const length = Math.min(Math.max(6, requirement.length), 10);
  for (let tries = 0; tries < 1000; tries++) {
    const candidate = attempt(requirement, length);
    if (passcodeViolation(candidate, requirement) === undefined) return candidate;
  }
  throw new Error('the passcode requirement cannot be met within 10 characters');
}
