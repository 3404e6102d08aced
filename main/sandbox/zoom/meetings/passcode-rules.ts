import type { PasscodeRequirement } from '../switches.js';

/** Zoom's base rule for meeting passcodes: at most 10 characters from a-z, A-Z, 0-9 and @ - _ *. */
const BASE_RULE = /^[A-Za-z0-9@\-_*]{1,10}$/;
const SPECIAL = /[@\-_*]/;

/** Passcodes "enhanced weak passcode detection" refuses (our list; Zoom does not publish one). */
const WEAK = new Set([
  '123456', '1234567', '12345678', '123456789', '1234567890', '654321', '000000', '111111', '112233', '121212',
  '123123', '666666', '888888', 'password', 'passw0rd', 'qwerty', 'abc123', 'abcdef', 'zoom', 'zoom123',
]);

function step(a: string, b: string): number {
  return b.toLowerCase().charCodeAt(0) - a.toLowerCase().charCodeAt(0);
}

function sameClass(a: string, b: string): boolean {
  const digit = (c: string) => c >= '0' && c <= '9';
  const letter = (c: string) => /[a-z]/i.test(c);
  return (digit(a) && digit(b)) || (letter(a) && letter(b));
}

/** Whether the passcode contains `length` characters in a row that repeat (1111) or count up or down (1234, dcba). */
export function hasConsecutiveRun(passcode: string, length: number): boolean {
  if (length < 2) return false;
  for (const direction of [0, 1, -1]) {
    let run = 1;
    for (let i = 1; i < passcode.length; i++) {
      const previous = passcode[i - 1] ?? '';
      const current = passcode[i] ?? '';
      const continues = direction === 0 ? previous === current : sameClass(previous, current) && step(previous, current) === direction;
      run = continues ? run + 1 : 1;
      if (run >= length) return true;
    }
  }
  return false;
}

/** The first rule the passcode breaks (for logs), or undefined when Zoom would accept it. */
export function passcodeViolation(passcode: string, requirement: PasscodeRequirement): string | undefined {
  if (!BASE_RULE.test(passcode)) return 'at most 10 characters from [A-Za-z0-9@-_*]';
  if (passcode.length < requirement.length) return `shorter than ${requirement.length}`;
  if (requirement.only_allow_numeric && !/^\d+$/.test(passcode)) return 'numbers only';
  if (requirement.have_letter && !/[A-Za-z]/.test(passcode)) return 'needs a letter';
  if (requirement.have_number && !/\d/.test(passcode)) return 'needs a number';
  if (requirement.have_special_character && !SPECIAL.test(passcode)) return 'needs a special character';
  if (requirement.have_upper_and_lower_characters && !(/[a-z]/.test(passcode) && /[A-Z]/.test(passcode))) return 'needs upper and lower case';
  if (hasConsecutiveRun(passcode, requirement.consecutive_characters_length)) return 'consecutive characters';
  if (requirement.weak_enhance_detection && (WEAK.has(passcode.toLowerCase()) || /^(.)\1+$/.test(passcode))) return 'weak passcode';
  return undefined;
}
