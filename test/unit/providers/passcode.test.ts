import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePasscode } from '../../../main/providers/passcode/generate-passcode.js';
import { describeRules, DIGITS, LETTERS, ZOOM_BASE_RULES, type PasscodeRules } from '../../../main/providers/passcode/passcode-rules.js';
import { ENGLISH, translator } from '../../../main/i18n/translator.js';
import { longestConsecutiveRun, longestRepeatedRun, passcodeProblems } from '../../../main/providers/passcode/validate-passcode.js';
import { WEBEX_PASSCODE_RULES } from '../../../main/providers/webex/webex-adapter.js';

/** Zoom account requirements as GET /users/me/settings can report them. */
const zoomAccountRules = fc
  .record({
    length: fc.integer({ min: 0, max: 10 }),
    have_letter: fc.boolean(),
    have_number: fc.boolean(),
    have_special_character: fc.boolean(),
    have_upper_and_lower_characters: fc.boolean(),
    only_allow_numeric: fc.boolean(),
    consecutive_characters_length: fc.constantFrom(0, 4, 5, 6, 7, 8),
  })
  .map(
    (r): PasscodeRules => ({
      ...ZOOM_BASE_RULES,
      minLength: Math.max(1, r.length),
      requireLetter: r.have_letter,
      requireDigit: r.have_number || r.only_allow_numeric,
      requireSpecial: r.have_special_character,
      requireUpperAndLower: r.have_upper_and_lower_characters,
      onlyNumeric: r.only_allow_numeric,
      maxConsecutive: r.consecutive_characters_length,
      maxRepeated: 3,
    }),
  );

const ZOOM_ALPHABET = /^[A-Za-z0-9@\-_*]{1,10}$/;

describe('Zoom passcode generator', () => {
  it('always satisfies Zoom’s base rules: at most 10 characters from letters, digits and @ - _ *', () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        const passcode = generatePasscode(ZOOM_BASE_RULES);
        expect(passcode).toMatch(ZOOM_ALPHABET);
      }),
      { numRuns: 500 },
    );
  });

  it('always satisfies any account rules Zoom can report', () => {
    fc.assert(
      fc.property(zoomAccountRules, (rules) => {
        const passcode = generatePasscode(rules);
        expect(passcodeProblems(passcode, rules)).toEqual([]);
        expect(passcode).toMatch(ZOOM_ALPHABET);
        if (rules.onlyNumeric) expect(passcode).toMatch(/^\d+$/);
        if (rules.requireSpecial && !rules.onlyNumeric) expect(passcode).toMatch(/[@\-_*]/);
        if (rules.requireUpperAndLower && !rules.onlyNumeric) expect(passcode).toMatch(/(?=.*[a-z])(?=.*[A-Z])/);
        if (rules.maxConsecutive) expect(longestConsecutiveRun(passcode)).toBeLessThanOrEqual(rules.maxConsecutive);
        expect(longestRepeatedRun(passcode)).toBeLessThanOrEqual(3);
      }),
      { numRuns: 1000 },
    );
  });

  it('draws from a large space (no two of 2,000 passcodes alike)', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => generatePasscode(ZOOM_BASE_RULES)));
    expect(seen.size).toBe(2000);
  });

  it('satisfies Webex’s password rules', () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        expect(passcodeProblems(generatePasscode(WEBEX_PASSCODE_RULES), WEBEX_PASSCODE_RULES)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('passcode validation messages', () => {
  const strict: PasscodeRules = { ...ZOOM_BASE_RULES, minLength: 8, requireLetter: true, requireDigit: true, requireSpecial: true, requireUpperAndLower: true, maxConsecutive: 4, maxRepeated: 3 };

  it.each([
    ['', ZOOM_BASE_RULES, /Enter a passcode/],
    ['abcdefghijk', ZOOM_BASE_RULES, /11 characters long; at most 10/],
    ['pass word', ZOOM_BASE_RULES, /not allowed: "space"/],
    ['pass#word', ZOOM_BASE_RULES, /not allowed: "#"/],
    ['päss', ZOOM_BASE_RULES, /not allowed: "ä"/],
    ['Ab1*', strict, /at least 8 are needed/],
    ['abcdefg1*', strict, /upper and lower case/],
    ['Abcdefgh*', strict, /at least one digit/],
    ['Abcdefg12', strict, /special character/],
    ['A12345b*x', strict, /consecutive characters/],
    ['Aaaaab1*x', strict, /repeats one character/],
    ['123456', { ...ZOOM_BASE_RULES, onlyNumeric: true, maxConsecutive: 4 }, /consecutive/],
    ['12ab', { ...ZOOM_BASE_RULES, onlyNumeric: true }, /not allowed: "a" "b"/],
  ])('explains what is wrong with %j', (passcode, rules, message) => {
    expect(passcodeProblems(passcode, rules).join(' ')).toMatch(message);
  });

  it('accepts a compliant passcode', () => {
    expect(passcodeProblems('Zq7*mK2@pX', strict)).toEqual([]);
  });

  it('never accepts what it explains as invalid (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const problems = passcodeProblems(text, ZOOM_BASE_RULES);
        const valid = ZOOM_ALPHABET.test(text);
        expect(problems.length === 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('describes the rules in plain lines, in the user’s language', () => {
    expect(describeRules(ZOOM_BASE_RULES, ENGLISH)).toEqual(['At most 10 characters', 'Letters, digits and @ - _ *']);
    expect(describeRules(strict, ENGLISH)).toContain('Both upper and lower case letters');
    expect(describeRules(ZOOM_BASE_RULES, translator('nb'))).toEqual(['Høyst 10 tegn', 'Bokstaver, sifre og @ - _ *']);
    expect(describeRules({ ...strict, alphabet: LETTERS + DIGITS }, translator('de'))).toContain('Buchstaben und Ziffern');
  });
});
