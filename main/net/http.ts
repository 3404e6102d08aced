/** Every outgoing request gets a deadline; no call may hang the app. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** An AbortSignal that fires on `timeoutMs` or when `signal` aborts. */
export function deadlineSignal(timeoutMs: number, signal?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([timeout, signal]) : timeout;
}

/** fetch with a deadline. */
export function fetchWithTimeout(url: string | URL, init: RequestInit = {}, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): Promise<Response> {
  return fetch(url, { ...init, signal: deadlineSignal(timeoutMs, init.signal ?? undefined) });
}

/** True for the errors fetch raises when the network or the deadline fails (not HTTP errors). */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || (error.name === 'AbortError' && /timeout/i.test(String(error.message))));
}
