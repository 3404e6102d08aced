import type { Translator } from '../../i18n/translator.js';

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

/** The rules as lines a person reads under the passcode field, in the user's language. */
export function describeRules(rules: PasscodeRules, texts: Translator): string[] {
  const { t } = texts;
  const specials = [...rules.alphabet].filter((c) => !LETTERS.includes(c) && !DIGITS.includes(c)).join(' ');
  const lines = [
    rules.minLength > 1 ? t('passcodeRule.lengthRange', { min: rules.minLength, max: rules.maxLength }) : t('passcodeRule.lengthMax', { max: rules.maxLength }),
    rules.onlyNumeric ? t('passcodeRule.digitsOnly') : specials ? t('passcodeRule.lettersDigitsAnd', { specials }) : t('passcodeRule.lettersDigits'),
  ];
  if (rules.requireLetter && !rules.onlyNumeric) lines.push(t('passcodeRule.letter'));
  if (rules.requireDigit) lines.push(t('passcodeRule.digit'));
  if (rules.requireSpecial && !rules.onlyNumeric) lines.push(t('passcodeRule.special', { specials }));
  if (rules.requireUpperAndLower && !rules.onlyNumeric) lines.push(t('passcodeRule.cases'));
  if (rules.maxConsecutive > 0) lines.push(t('passcodeRule.consecutive', { max: rules.maxConsecutive }));
  if (rules.maxRepeated > 0) lines.push(t('passcodeRule.repeated', { max: rules.maxRepeated }));
  return lines;
}
