import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'vmt-cli-test-'));
const bundle = join(outdir, 'cli.mjs');

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'main/cli.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
  });
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a real process with `input` piped to standard input. */
function runCli(args: string[], input: string | Buffer = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined); // the CLI may stop reading early (oversized input)
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const ZOOM_INVITE = `Kari Nordmann is inviting you to a scheduled Zoom meeting.

Join Zoom Meeting
https://us02web.zoom.us/j/85512345678?pwd=aBcDeF.1

Meeting ID: 855 1234 5678
Passcode: 482913
One tap mobile
+4721933737,,85512345678#,,,,*482913# Norway

Or use Google Meet: https://meet.google.com/xkq-ruvb-wne
Find your local number: https://us02web.zoom.us/u/kdXyZ12AbC
`;

describe('npm run cli -- explain-link', () => {
  it('prints exactly one JSON line with service, url, alternatives and why, and exits 0', async () => {
    const run = await runCli(['explain-link', '--json'], ZOOM_INVITE);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    const decision = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(decision)).toEqual(['service', 'url', 'alternatives', 'why']);
    expect(decision).toEqual({
      service: 'zoom',
      url: 'https://us02web.zoom.us/j/85512345678?pwd=aBcDeF.1',
      alternatives: [{ service: 'google-meet', serviceName: 'Google Meet', url: 'https://meet.google.com/xkq-ruvb-wne', field: 'description', rank: 2 }],
      why:
        'Zoom link in the description (https://us02web.zoom.us/j/85512345678?pwd=aBcDeF.1); 1 other link: Google Meet in the description (https://meet.google.com/xkq-ruvb-wne); ignored 1 Zoom page that is not a meeting and 1 phone number',
    });
  });

  it('exits 1 with nulls when there is no meeting link', async () => {
    const run = await runCli(['explain-link', '--json'], 'Lunch at https://www.acme.no/kantina, call +47 21 93 37 37 if late.');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      service: null,
      url: null,
      alternatives: [],
      why: 'No meeting link found: 1 web page and 1 phone number were ignored',
    });
  });

  it('reads an Outlook HTML body with SafeLinks, a BOM and CRLF line ends', async () => {
    const teams = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nm%40thread.v2/0?context=%7b%22Tid%22%3a%22a%22%7d';
    const safe = `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(teams)}&amp;data=05%7C02&amp;reserved=0`;
    const run = await runCli(['explain-link', '--json'], `\uFEFF<html>\r\n<body>\r\n<a href="${safe}">Join the meeting now</a>\r\n</body></html>\r\n`);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ service: 'teams', url: teams });
    expect((JSON.parse(run.stdout) as { why: string }).why).toContain('unwrapped from Outlook SafeLinks');
  });

  it('prints the same decision for a person without --json', async () => {
    const run = await runCli(['explain-link'], ZOOM_INVITE);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Join link: https://us02web.zoom.us/j/85512345678?pwd=aBcDeF.1',
        'Service:   Zoom (zoom)',
        'Why:       Zoom link in the description (https://us02web.zoom.us/j/85512345678?pwd=aBcDeF.1); 1 other link: Google Meet in the description (https://meet.google.com/xkq-ruvb-wne); ignored 1 Zoom page that is not a meeting and 1 phone number',
        'Other links:',
        '  2. Google Meet, from the description: https://meet.google.com/xkq-ruvb-wne',
        '',
      ].join('\n'),
    );
  });

  it('says "none found" for a person when there is no link, and exits 1', async () => {
    const run = await runCli(['explain-link'], '');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('Join link: none found\nWhy:       No meeting link found: the appointment has no text to search\n');
  });

  it.each([
    [['explain-link', '--jsn'], /^explain-link: unknown option "--jsn"; usage: npm run cli -- explain-link \[--json\] < invite\.txt$/],
    [['explain-link', 'invite.txt'], /^explain-link: unexpected argument "invite\.txt" .*; usage: /],
    [['explain'], /^unknown command "explain"; usage: npm run cli -- <explain-link\|status\|diagnose\|disconnect\|repair> \[options\]$/],
    [[], /^usage: npm run cli -- <explain-link\|status\|diagnose\|disconnect\|repair> \[options\]$/],
  ])('exits 2 with a usage message on stderr for %j', async (args, message) => {
    const run = await runCli(args, 'https://zoom.us/j/85512345678');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(message);
  });

  it('refuses more than 1 MB of input with a clear error', async () => {
    const run = await runCli(['explain-link', '--json'], Buffer.alloc(1024 * 1024 + 1, 'a'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^explain-link: the input is larger than 1 MB; pipe only the invite text; usage: /);
  });

  it('accepts exactly 1 MB', async () => {
    const padding = 'x'.repeat(1024 * 1024 - 40);
    const run = await runCli(['explain-link', '--json'], `${padding} https://meet.jit.si/AcmeDaily`);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { url: string }).url).toBe('https://meet.jit.si/AcmeDaily');
  });

  it('is a plain Node bundle: no electron, no other packages', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/from\s*["']electron["']|require\(["']electron["']\)/);
    expect(code).not.toMatch(/^\s*import\s[^;]*from\s*["'](?!node:)[^"']+["']/m);
  });
});
