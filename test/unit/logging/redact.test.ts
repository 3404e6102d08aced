import { describe, expect, it } from 'vitest';
import { redact, redactText } from '../../../main/logging/redact.js';

describe('log redaction', () => {
  it('replaces secret fields at any depth', () => {
    const out = redact({
      access_token: 'AT',
      nested: { refreshToken: 'RT', code: 'CODE', code_verifier: 'V', clientSecret: 'S', passcode: 'P', keep: 'visible' },
      list: [{ id_token: 'eyJx.eyJy.z' }],
      errorCode: 'invalid_grant',
    });
    expect(JSON.stringify(out)).not.toMatch(/"(AT|RT|CODE|V|S|P)"/);
    expect(out).toMatchObject({ nested: { keep: 'visible' }, errorCode: 'invalid_grant' });
  });

  it('removes bearer credentials, JWTs and URL query strings from text', () => {
    const text = redactText('GET http://127.0.0.1:5/?code=abc&state=s Authorization: Bearer 8A:Cust1.secret token eyJhbGc.eyJzdWI.sig');
    expect(text).not.toContain('abc');
    expect(text).not.toContain('8A:Cust1.secret');
    expect(text).not.toContain('eyJzdWI');
    expect(text).toContain('http://127.0.0.1:5/?[redacted]');
  });

  it('redacts Error messages but keeps their names', () => {
    expect(redact(new TypeError('failed https://x.example/cb?code=123'))).toEqual({ name: 'TypeError', message: 'failed https://x.example/cb?[redacted]' });
  });
});
