import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliUrlOpener } from '../../main/cli/cli-url-opener.js';
import { packageVersion } from '../../main/cli/package-version.js';
import { MemoryLogger } from '../support/memory-logger.js';

function opener() {
  const logger = new MemoryLogger();
  let stderr = '';
  const instance = new CliUrlOpener({ allowedOrigins: ['http://127.0.0.1:4000'], logger, stderr: (text) => void (stderr += text), env: { VMT_CLI_OPEN_BROWSER: '0' } });
  return { instance, logger, stderr: () => stderr };
}

describe('the CLI URL opener', () => {
  it('prints an allowed sign-in page on standard error', async () => {
    const { instance, stderr } = opener();
    expect(await instance.open('http://127.0.0.1:4000/login/authorize?state=s&code_challenge=c')).toBe(true);
    expect(stderr()).toBe('Open this page in your browser to sign in: http://127.0.0.1:4000/login/authorize?state=s&code_challenge=c\n');
  });

  it('refuses a page that is not allow-listed, as the app does', async () => {
    const { instance, logger, stderr } = opener();
    expect(await instance.open('https://evil.example/phish')).toBe(false);
    expect(stderr()).toBe('');
    expect(logger.events()).toEqual(['opener.refused']);
  });
});

describe('packageVersion', () => {
  it("finds the app's package.json above the module", () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(packageVersion(import.meta.url)).toBe(version);
  });

  it("says 'unknown' where there is none", () => {
    expect(packageVersion('file:///tmp/nowhere/cli.js')).toBe('unknown');
  });
});
