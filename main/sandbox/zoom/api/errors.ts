import type { Context } from 'koa';

/** Zoom's API error body; validation failures add `errors`. */
export interface ZoomErrorBody {
  code: number;
  message: string;
  errors?: Array<{ field: string; message: string }>;
}

export function sendZoomError(ctx: Context, status: number, body: ZoomErrorBody): void {
  ctx.status = status;
  ctx.body = body;
}

/** `400 {"code":300,"message":"Validation Failed.","errors":[{field,"Invalid field."}]}`. */
export function validationFailed(fields: ReadonlyArray<string>): ZoomErrorBody {
  return { code: 300, message: 'Validation Failed.', errors: fields.map((field) => ({ field, message: 'Invalid field.' })) };
}

export const INVALID_PASSWORD: ZoomErrorBody = { code: 300, message: 'Invalid password.' };
