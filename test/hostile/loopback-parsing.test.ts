import fc from 'fast-check';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackReceiver, type LoopbackCallback, type LoopbackReceiver } from '../../main/oauth/loopback-receiver.js';
import { FakeClock } from '../support/fake-clock.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { nastyString, timedAsync } from './arbitraries.js';

/**
 * The OAuth loopback receivers (SuperOffice's bare origin and a provider's path) against raw HTTP written
 * byte by byte over sockets: odd methods, absolute-form and `//` targets, %-encodings, repeated and
 * look-alike parameters, huge query strings, broken header lines. Nothing may crash the receiver or
 * resolve its callback; each request gets 400 (or Node's own 400/431, or a closed socket, for HTTP it
 * cannot parse); and the real callback works afterwards. One receiver per path serves every run.
 */

const STATE = 'st4te-Xy_9~rAnd0m.value-0123456789';
const RUNS = 1_000;

interface Target {
  path: string;
  receiver: LoopbackReceiver;
  host: string;
  resolved: () => boolean;
}
const targets: Target[] = [];
/** The first request after which a receiver had resolved (for the failure message: later runs all fail). */
let firstResolvedBy = '';

beforeAll(async () => {
  for (const path of ['/', '/zoom/callback']) {
    // A fake clock: the 5-minute deadline never fires during the test.
    const receiver = await startLoopbackReceiver({ expectedState: STATE, callbackPath: path, deadlineMs: 5 * 60_000, clock: new FakeClock(), logger: new MemoryLogger() });
    let resolved = false;
    receiver.callback.then(
      () => (resolved = true),
      () => undefined,
    );
    targets.push({ path, receiver, host: new URL(receiver.redirectUri).host, resolved: () => resolved });
  }
});
afterAll(async () => {
  await Promise.all(targets.map((target) => target.receiver.close()));
});

// ---------------------------------------------------------------------------------------------------
// Requests, as a model that is also written out raw

interface RawRequest {
  method: string;
  form: 'origin' | 'absolute' | 'double-slash' | 'asterisk' | 'relative' | 'empty';
  authority: string;
  path: string;
  params: [string, string][];
  separator: string;
  fragment: string;
  version: string;
  host: 'exact' | 'missing' | 'twice' | string;
  headers: string[];
  eol: string;
  body: string;
}

const KNOWN_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'M-SEARCH', 'PURGE'];
const PARAM_NAMES = ['state', 'code', 'error', 'iss', 'error_description', 'session_state', '%73tate', 'STATE', 'state ', ' state', 'code[]', 'cod%65', 'state%00', '', '&', '='];
const paramValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(STATE, 'abc', '', 'access_denied', `${STATE}x`, STATE.slice(1), encodeURIComponent(STATE), STATE.toUpperCase(), `${STATE}%00`, `${STATE}%20`, '%', '%zz', '%E2%80%AE', '+', 'a+b') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(5_000), 'y'.repeat(20_000)) },
);
const param: fc.Arbitrary<[string, string]> = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('state', 'code', 'error') }, { weight: 2, arbitrary: fc.constantFrom(...PARAM_NAMES) }), paramValue);

const HEADER_LINES = [
  'Accept: text/html',
  'User-Agent: Mozilla/5.0',
  'Connection: keep-alive',
  'Cookie: a=b',
  'Expect: 100-continue',
  'Transfer-Encoding: chunked',
  'Content-Length: 5',
  'Content-Length: -1',
  'Content-Length: 1, 2',
  'Connection: Upgrade',
  'Upgrade: websocket',
  'Origin: http://evil.example',
  'X-Forwarded-Host: 127.0.0.1',
  'broken header line without a colon',
  ' folded: continuation',
  ': no name',
  'Bad Name: value',
  'X-Nul: a\u0000b',
  'X-Long: ' + 'h'.repeat(17_000),
  'X-Utf8: naïve ☃',
];

const rawRequest: fc.Arbitrary<RawRequest> = fc.record({
  method: fc.oneof({ weight: 6, arbitrary: fc.constant('GET') }, { weight: 2, arbitrary: fc.constantFrom(...KNOWN_METHODS) }, { weight: 1, arbitrary: fc.constantFrom('get', 'FOO', 'G ET', '', 'GET\u0000', 'CONNECT') }),
  form: fc.oneof({ weight: 6, arbitrary: fc.constant('origin' as const) }, { weight: 1, arbitrary: fc.constantFrom('absolute' as const, 'double-slash' as const, 'asterisk' as const, 'relative' as const, 'empty' as const) }),
  authority: fc.constantFrom('127.0.0.1', 'evil.example', 'localhost', '[::1]', ''),
  path: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('', 'zoom/callback') },
    { weight: 2, arbitrary: fc.constantFrom('done', 'favicon.ico', '%2F', '.', '..', 'zoom/callback/', 'Zoom/callback', 'zoom/./callback', 'zoom/%63allback', 'zoom//callback', 'zoom\\callback', 'zoom/callback%00', '%2e%2e/zoom/callback', ';x') },
    { weight: 1, arbitrary: nastyString.map((s) => s.slice(0, 200)) },
  ),
  params: fc.array(param, { maxLength: 5 }),
  separator: fc.constantFrom('&', '&', '&', ';', '&&', '&amp;'),
  fragment: fc.constantFrom('', '', '#', '#code=abc', `#state=${STATE}`),
  version: fc.oneof({ weight: 8, arbitrary: fc.constant('HTTP/1.1') }, { weight: 1, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1x', '', 'http/1.1', 'HTTP/0.9') }),
  host: fc.oneof({ weight: 6, arbitrary: fc.constant('exact') }, { weight: 1, arbitrary: fc.constantFrom('missing', 'twice', 'localhost', '127.0.0.1', 'evil.example', '127.0.0.1:1', ' exact') }),
  headers: fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 2, arbitrary: fc.array(fc.constantFrom(...HEADER_LINES), { maxLength: 3 }) }),
  eol: fc.oneof({ weight: 8, arbitrary: fc.constant('\r\n') }, { weight: 1, arbitrary: fc.constantFrom('\n', '\r') }),
  body: fc.constantFrom('', '', 'hello', `code=abc&state=${STATE}`),
});

function targetOf(request: RawRequest, target: Target): string {
  const query = request.params.map(([name, value]) => (name === '&' || name === '=' ? name : `${name}=${value}`)).join(request.separator);
  const pathAndQuery = `/${request.path}${query ? `?${query}` : ''}${request.fragment}`;
  switch (request.form) {
    case 'origin':
      return pathAndQuery;
    case 'absolute':
      return `http://${request.authority === '127.0.0.1' ? target.host : request.authority}${pathAndQuery}`;
    case 'double-slash':
      return `/${pathAndQuery}`;
    case 'asterisk':
      return '*';
    case 'relative':
      return pathAndQuery.slice(1);
    case 'empty':
      return '';
  }
}

function serialise(request: RawRequest, target: Target): string {
  const lines = [`${request.method} ${targetOf(request, target)} ${request.version}`.replace(/ +$/, '')];
  const exact = target.host;
  if (request.host === 'exact') lines.push(`Host: ${exact}`);
  else if (request.host === 'twice') lines.push(`Host: ${exact}`, `Host: ${exact}`);
  else if (request.host === ' exact') lines.push(`Host:  ${exact} `);
  else if (request.host !== 'missing') lines.push(`Host: ${request.host}`);
  lines.push(...request.headers);
  return `${lines.join(request.eol)}${request.eol}${request.eol}${request.body}`;
}

/** Whether the receiver may take this request as the sign-in's answer (README: exactly one GET on the path, one matching state, one of code/error). */
function isValidCallback(request: RawRequest, target: Target): boolean {
  const raw = targetOf(request, target);
  // Node reads "Host:  x " as "x", keeps the first of two Host lines, and takes HTTP/2.0, HTTP/0.9 and no
  // version at all as a request line too; headers are left out here, so this may call valid what Node refuses.
  if (request.method !== 'GET' || request.form !== 'origin' || !['exact', ' exact', 'twice'].includes(request.host)) return false;
  let url: URL;
  try {
    url = new URL(raw, `http://${target.host}`);
  } catch {
    return false;
  }
  if (url.pathname !== target.path) return false;
  const states = url.searchParams.getAll('state');
  const codes = url.searchParams.getAll('code');
  const errors = url.searchParams.getAll('error');
  return states.length === 1 && states[0] === STATE && codes.length + errors.length === 1 && !(codes.length === 1 && codes[0] === '');
}

/**
 * Sends raw bytes and reads until the server closes; fails on a hang. `halfClose` ends the sending side
 * (so an incomplete request cannot keep the server waiting); a browser waiting for the callback's answer does not.
 */
function exchange(port: number, raw: string, halfClose = true): Promise<{ status: number | null; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer and no close within 3 s'));
    }, 3_000);
    socket.on('connect', () => (halfClose ? socket.end(Buffer.from(raw, 'utf8')) : socket.write(Buffer.from(raw, 'utf8'))));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      // The first final (non-1xx) status line, if any.
      const statuses = [...text.matchAll(/^HTTP\/1\.[01] (\d{3})/gm)].map((match) => Number(match[1]));
      resolve({ status: statuses.find((status) => status >= 200) ?? null, text });
    });
  });
}

/** Requests Node parses without objection: a known upper-case method, a printable target, HTTP/1.x, CRLF, plain headers. */
function plainHttp(request: RawRequest, target: Target): boolean {
  const raw = targetOf(request, target);
  return (
    KNOWN_METHODS.includes(request.method) &&
    ['origin', 'double-slash', 'absolute'].includes(request.form) &&
    request.method !== 'CONNECT' &&
    /^[\x21-\x7e]+$/.test(raw) &&
    (request.version === 'HTTP/1.1' || request.version === 'HTTP/1.0') &&
    request.eol === '\r\n' &&
    request.headers.every((line) => /^[A-Za-z-]+: [\x20-\x7e]*$/.test(line) && !/^(expect|transfer-encoding|content-length|connection|upgrade|x-long):/i.test(line)) &&
    raw.length < 8_000 &&
    !(request.version === 'HTTP/1.1' && request.host === 'missing') &&
    request.host !== 'twice'
  );
}

describe('loopback receivers against raw HTTP', () => {
  it('never resolve, crash or hang on anything but the one valid callback, and answer 400', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(rawRequest, fc.nat(targets.length - 1), async (generated, which) => {
        const target = targets[which]!;
        // The one valid shape is sent at the end; here a second state makes it invalid again.
        const request = isValidCallback(generated, target) ? { ...generated, params: [...generated.params, ['state', STATE] as [string, string]] } : generated;
        expect(isValidCallback(request, target)).toBe(false);
        const port = Number(target.host.split(':')[1]);
        const { status, text } = await timedAsync('loopback exchange', () => exchange(port, serialise(request, target)), 3_500);
        const key = status === null ? 'closed' : String(status);
        seen.set(key, (seen.get(key) ?? 0) + 1);

        if (plainHttp(request, target)) {
          // Parsed by Node, refused by the receiver.
          expect(status, serialise(request, target).slice(0, 300)).toBe(400);
          if (request.method !== 'HEAD') expect(text).toContain('Not a sign-in answer');
        } else {
          // Node's own 400 or 431 (headers too large), a closed socket, or the receiver's 400.
          expect([400, 431, null], serialise(request, target).slice(0, 300)).toContain(status);
        }
        // Nothing from the request is echoed.
        expect(text).not.toContain(STATE);
        if (targets.some((t) => t.resolved()) && !firstResolvedBy) firstResolvedBy = JSON.stringify({ path: target.path, raw: serialise(request, target) });
        for (const t of targets) expect(t.resolved(), `resolved by ${firstResolvedBy}`).toBe(false);
      }),
      { numRuns: RUNS, timeout: 4_000 },
    );
    // The generators reach the receiver's refusal and Node's parser errors.
    expect(seen.get('400') ?? 0).toBeGreaterThan(RUNS / 2);
    expect((seen.get('closed') ?? 0) + (seen.get('431') ?? 0)).toBeGreaterThan(0);
  });

  it('still takes the real callback afterwards, once, and shows the done page', async () => {
    for (const target of targets) {
      const port = Number(target.host.split(':')[1]);
      const answer = exchange(port, `GET ${target.path}?code=the-code&state=${STATE}&iss=x HTTP/1.1\r\nHost: ${target.host}\r\n\r\n`, false);
      const callback: LoopbackCallback = await target.receiver.callback;
      expect(callback.params.get('code')).toBe('the-code');
      // A second valid-looking callback is refused while the first is being handled.
      expect((await exchange(port, `GET ${target.path}?code=other&state=${STATE} HTTP/1.1\r\nHost: ${target.host}\r\n\r\n`)).status).toBe(400);
      callback.finish('success');
      const redirect = await answer;
      expect(redirect.status).toBe(302);
      expect(redirect.text).toMatch(/\r\nLocation: \/done\r\n/i);
      const done = await exchange(port, `GET /done HTTP/1.1\r\nHost: ${target.host}\r\n\r\n`);
      expect(done.status).toBe(200);
      expect(done.text).not.toContain('the-code');
    }
  });
});
