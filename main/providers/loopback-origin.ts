/** True for the sandbox's plain-http loopback endpoints (real providers are https only). */
export function isLoopbackHttp(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
}

/** RFC 3339 in UTC without milliseconds, e.g. 2026-11-23T09:00:00Z. */
export function utcSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
