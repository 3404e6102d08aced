import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDiagnosticsReport } from '../../../main/diagnostics/diagnostics-report.js';
import { redactText } from '../../../main/diagnostics/redact.js';
import { diagnosticsInput } from './diagnostics-fixture.js';

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const json64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Secrets as servers issue them: random bytes in hex or base64url (≥ 24 characters), and JWTs. */
const secret = fc.oneof(
  fc.uint8Array({ minLength: 12, maxLength: 48 }).map(hex),
  fc.uint8Array({ minLength: 18, maxLength: 64 }).map(base64url),
  fc
    .tuple(
      fc.record({ alg: fc.constantFrom('RS256', 'HS256', 'ES256', 'none'), typ: fc.constantFrom('JWT', 'at+jwt'), kid: fc.option(fc.string(), { nil: undefined }) }),
      fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer())),
      fc.uint8Array({ minLength: 1, maxLength: 64 }),
    )
    .map(([header, payload, signature]) => `${json64(header)}.${json64(payload)}.${base64url(signature)}`),
);

/** Where secrets end up in messages: bare, in URLs (host, path, query, fragment, user info), in pairs, after Bearer. */
const CONTEXTS = [
  '',
  ' ',
  'x',
  '-',
  '.',
  '@',
  'https://',
  'https://api.example.com/v1/',
  'https://api.example.com/v1/a%20',
  'http://127.0.0.1:4000/?code=',
  'https://h.example/cb#access_token=',
  'https://user:',
  'code=',
  'refresh_token=',
  '"access_token":"',
  '{"id_token": "',
  'Bearer ',
  'Authorization: Basic ',
  'mailto:',
  'eyJ',
];
const prefix = fc.tuple(fc.string({ maxLength: 40 }), fc.constantFrom(...CONTEXTS)).map(([text, context]) => text + context);
const suffix = fc.tuple(fc.constantFrom('', '.', '/x', '?y=1', '@example.com', '://', ')', '"', ' ok', 'x'), fc.string({ maxLength: 40 })).map(([context, text]) => context + text);

describe('redaction properties', () => {
  it('never lets an injected secret through redactText, wherever it sits', () => {
    fc.assert(
      fc.property(prefix, secret, suffix, (before, token, after) => {
        expect(redactText(before + token + after)).not.toContain(token);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets an injected secret into the report, text or JSON, from any field', () => {
    fc.assert(
      fc.property(prefix, secret, suffix, fc.constantFrom('message', 'statusText', 'displayName', 'keychain', 'cause', 'agenda'), (before, token, after, field) => {
        const text = before + token + after;
        const input = diagnosticsInput();
        const connection = input.connections[2]!;
        if (field === 'message') connection.error = { code: 'bad_response', message: text, remedy: text };
        if (field === 'statusText') connection.statusText = text;
        if (field === 'displayName') connection.account = { displayName: text, email: text };
        if (field === 'keychain') input.keychain = { backend: text, reachable: false, error: text };
        if (field === 'cause') connection.diagnosis = { ...connection.diagnosis!, cause: text, remedy: text };
        if (field === 'agenda') input.agenda = { ...input.agenda, error: { code: 'network', message: text } };
        expect(formatDiagnosticsReport(input, 'text')).not.toContain(token);
        expect(formatDiagnosticsReport(input, 'json')).not.toContain(token);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves text without secrets, URLs or pairs unchanged', () => {
    const plain = fc.stringMatching(/^[A-Za-z ,!()'’—-]{0,80}$/).filter((text) => !/[A-Za-z_-]{24}/.test(text) && !/Bearer|Basic/.test(text));
    fc.assert(
      fc.property(plain, (text) => {
        expect(redactText(text)).toBe(text);
      }),
    );
  });
});
