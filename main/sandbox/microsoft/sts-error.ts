import { newGuid } from './ids.js';

/** An Entra security token service error: the OAuth `error`, the AADSTS number and its message. */
export interface StsError {
  error: string;
  code: number;
  message: string;
  /** Token endpoint: e.g. 'consent_required' next to invalid_grant. */
  suberror?: string;
  /** Authorization redirects: e.g. 'cancel' when the user declined. */
  subcode?: string;
}

export function stsError(error: string, code: number, message: string, extra: Pick<StsError, 'suberror' | 'subcode'> = {}): StsError {
  return { error, code, message, ...extra };
}

/** The identifiers every STS error carries; the correlation id echoes the client's `client-request-id`. */
export interface StsTrace {
  traceId: string;
  correlationId: string;
  timestamp: string;
}

/** Entra's timestamp format in errors, e.g. "2016-01-09 02:02:12Z". */
export function stsTimestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** Fresh trace ids; the correlation id is the client's `client-request-id` when it is a GUID. */
export function newTrace(now: number, clientRequestId?: string): StsTrace {
  const correlationId = clientRequestId !== undefined && /^[0-9a-f-]{36}$/i.test(clientRequestId) ? clientRequestId : newGuid();
  return { traceId: newGuid(), correlationId, timestamp: stsTimestamp(now) };
}

/** "AADSTSnnnn: message\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: …" */
export function stsDescription(error: StsError, trace: StsTrace): string {
  return `AADSTS${error.code}: ${error.message}\r\nTrace ID: ${trace.traceId}\r\nCorrelation ID: ${trace.correlationId}\r\nTimestamp: ${trace.timestamp}`;
}

/** The JSON body of a token-endpoint (or discovery) error. */
export function stsErrorBody(error: StsError, trace: StsTrace, authority: string): Record<string, unknown> {
  return {
    error: error.error,
    error_description: stsDescription(error, trace),
    error_codes: [error.code],
    timestamp: trace.timestamp,
    trace_id: trace.traceId,
    correlation_id: trace.correlationId,
    error_uri: `${authority}/error?code=${error.code}`,
    ...(error.suberror === undefined ? {} : { suberror: error.suberror }),
  };
}

/** Tells a parse result that failed (an StsError) from one that succeeded. */
export function isStsError(value: unknown): value is StsError {
  return typeof value === 'object' && value !== null && 'code' in value && 'error' in value && 'message' in value;
}

/** AADSTS900144: a required parameter is missing. */
export function missingParameter(name: string): StsError {
  return stsError('invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);
}
