import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, PhoneNumberScanner } from '../../../main/links/phone-numbers.js';

const PIECES = ['+', '+47', ' 21 93', ' 37 37', ',,123456789#', 'tel:', 'TEL:+1-555-', '0100', 'Tel', 'te', 'l:', '(0)', '.', '/', ';', '*', '\u00a0', 'abc', '\n', 'https://x.example/+4721933737'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

/** Cut points in a text: sorted, within it. */
const cuts = (value: string) => fc.array(fc.integer({ min: 0, max: value.length }), { maxLength: 6 }).map((points) => [...points].sort((a, b) => a - b));

describe('phone numbers between links', () => {
  it('reads a range of the text as it reads that range cut out', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const from = Math.min(a, b) % (value.length + 1);
        const to = Math.max(from, Math.max(a, b) % (value.length + 1));
        expect(findPhoneNumbers(value, from, to)).toEqual(findPhoneNumbers(value.slice(from, to)));
      }),
      { numRuns: 500 },
    );
  });

  it('scans consecutive ranges of one text as each range on its own', () => {
    fc.assert(
      fc.property(text.chain((value) => fc.tuple(fc.constant(value), cuts(value))), ([value, points]) => {
        const scanner = new PhoneNumberScanner(value);
        const bounds = [0, ...points, value.length];
        for (let i = 0; i + 1 < bounds.length; i += 2) {
          expect(scanner.scan(bounds[i]!, bounds[i + 1]!)).toEqual(findPhoneNumbers(value.slice(bounds[i], bounds[i + 1])));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not read a "tel:" that the range end cuts', () => {
    expect(findPhoneNumbers('call tel:+4721933737', 0, 7)).toEqual([]);
    expect(findPhoneNumbers('call tel:+4721933737', 5)).toEqual(['4721933737']);
    expect(findPhoneNumbers('+47 21 93 37 37 and +47 21 93 37 37, TEL:+1-555-0100-123')).toEqual(['4721933737', '15550100123']);
  });
});
