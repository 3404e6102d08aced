import { z } from 'zod';
import { API_CALL_NAMES, CONNECTION_IDS, type ApiCallName } from '../../preload/contract.js';

const connectionId = z.enum(CONNECTION_IDS);

/** Run-time argument guards, one per contract call (types vanish at the boundary). */
export const ARG_SCHEMAS = {
  getAppInfo: z.tuple([]),
  listConnections: z.tuple([]),
  connect: z.tuple([connectionId]),
  cancelConnect: z.tuple([connectionId]),
  disconnect: z.tuple([connectionId]),
} satisfies Record<ApiCallName, z.ZodType>;

export function isApiCallName(name: unknown): name is ApiCallName {
  return typeof name === 'string' && (API_CALL_NAMES as readonly string[]).includes(name);
}
