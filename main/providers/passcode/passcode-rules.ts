/** What a meeting passcode must satisfy: the provider's base rules plus the account's own. */
export interface PasscodeRules {
  maxLength: number;
  minLength: number;
  /** Characters allowed at all. */
  alphabet: string;
  requireLetter: boolean;
  requireDigit: boolean;
  /** At least one character that is neither a letter nor a digit. */
  requireSpecial: boolean;
  requireUpperAndLower: boolean;
  onlyNumeric: boolean;
  /** Longest allowed run of consecutive characters ("1234", "abcd", "4321"); 0 = no limit. */
  maxConsecutive: number;
  /** Longest allowed run of one repeated character ("aaaa"); 0 = no limit. */
  maxRepeated: number;
}

export const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';

/** Zoom: at most 10 characters from letters, digits and @ - _ *. */
export const ZOOM_BASE_RULES: PasscodeRules = {
  maxLength: 10,
  minLength: 1,
  alphabet: `${LETTERS}${DIGITS}@-_*`,
  requireLetter: false,
  requireDigit: false,
  requireSpecial: false,
  requireUpperAndLower: false,
  onlyNumeric: false,
  maxConsecutive: 0,
  maxRepeated: 0,
};

/** The rules as lines a person reads under the passcode field. */
export function describeRules(rules: PasscodeRules): string[] {
  const specials = [...rules.alphabet].filter((c) => !LETTERS.includes(c) && !DIGITS.includes(c)).join(' ');
  const lines = [
    rules.minLength > 1 ? `${rules.minLength} to ${rules.maxLength} characters` : `At most ${rules.maxLength} characters`,
    rules.onlyNumeric ? 'Digits only' : `Letters, digits${specials ? ` and ${specials}` : ''}`,
  ];
  if (rules.requireLetter && !rules.onlyNumeric) lines.push('At least one letter');
  if (rules.requireDigit) lines.push('At least one digit');
  if (rules.requireSpecial && !rules.onlyNumeric) lines.push(`At least one of ${specials}`);
  if (rules.requireUpperAndLower && !rules.onlyNumeric) lines.push('Both upper and lower case letters');
  if (rules.maxConsecutive > 0) lines.push(`No runs of more than ${rules.maxConsecutive} consecutive characters (like 1234 or abcd)`);
  if (rules.maxRepeated > 0) lines.push(`No character repeated more than ${rules.maxRepeated} times in a row`);
  return lines;
}
