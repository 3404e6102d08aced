import Router from '@koa/router';
import type { ParsedUrlQuery } from 'node:querystring';
import { listItem, type ZoomMeetingListItem } from '../meetings/list-item.js';
import { comparePositions, inListType, isListType, listPosition, type ListType } from '../meetings/list-types.js';
import { PageTokens, type PageCursor } from '../meetings/page-tokens.js';
import type { ApiDeps, ApiState } from './deps.js';
import { sendZoomError, validationFailed } from './errors.js';
import { requireScope } from './scopes.js';
import { resolveUser } from './users.js';

/** The granular scope of List meetings (the classic one was `meeting:read`). */
export const LIST_MEETINGS_SCOPE = 'meeting:read:list_meetings';
const DEFAULT_PAGE_SIZE = 30;
const MAX_PAGE_SIZE = 300;

/** The 200 body of List meetings. */
export interface ZoomMeetingList {
  page_size: number;
  total_records: number;
  /** Empty when this is the last page. */
  next_page_token: string;
  meetings: ZoomMeetingListItem[];
}

interface ListQuery {
  type: ListType;
  pageSize: number;
  token: string | undefined;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The query, or the field Zoom would name in a code 300 validation error [inf: the exact error is undocumented]. */
function parseQuery(query: ParsedUrlQuery): ListQuery | { field: string } {
  const type = single(query.type) || 'scheduled';
  if (!isListType(type)) return { field: 'type' };
  const sizeText = single(query.page_size) || String(DEFAULT_PAGE_SIZE);
  const pageSize = /^\d{1,4}$/.test(sizeText) ? Number(sizeText) : 0;
  if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) return { field: 'page_size' };
  return { type, pageSize, token: single(query.next_page_token) || undefined };
}

/**
 * `GET /v2/users/{userId}/meetings` (List meetings): the host's meetings of `type` (scheduled by default),
 * oldest start first, `page_size` (default 30, max 300) at a time; a non-empty `next_page_token` fetches the
 * rest and carries the type of the first request. `page_number`, `from`, `to` and `timezone` are ignored.
 */
export function listMeetingRoutes(deps: ApiDeps): Router<ApiState> {
  const router = new Router<ApiState>({ prefix: '/v2' });
  const tokens = new PageTokens(deps.clock);

  router.get('/users/:userId/meetings', (ctx) => {
    const { grant } = ctx.state;
    if (!requireScope(ctx, grant, LIST_MEETINGS_SCOPE)) return;
    const host = resolveUser(ctx, grant.account, ctx.params.userId ?? '');
    if (host === undefined) return;
    const query = parseQuery(ctx.query);
    if ('field' in query) {
      sendZoomError(ctx, 400, validationFailed([query.field]));
      return;
    }
    let cursor: PageCursor | undefined;
    if (query.token !== undefined) {
      cursor = tokens.find(query.token, host.userId);
      if (cursor === undefined) {
        sendZoomError(ctx, 400, validationFailed(['next_page_token']));
        return;
      }
    }
    const type = cursor?.type ?? query.type;
    const now = deps.clock.now();
    const matching = deps.meetings
      .list()
      .filter((meeting) => meeting.host_id === host.userId && inListType(meeting, type, now))
      .sort((a, b) => comparePositions(listPosition(a), listPosition(b)));
    const after = cursor?.after;
    const rest = after === undefined ? matching : matching.filter((meeting) => comparePositions(listPosition(meeting), after) > 0);
    const page = rest.slice(0, query.pageSize);
    const last = page.at(-1);
    const body: ZoomMeetingList = {
      page_size: query.pageSize,
      total_records: matching.length,
      next_page_token: last !== undefined && rest.length > page.length ? tokens.issue({ hostId: host.userId, type, after: listPosition(last) }) : '',
      meetings: page.map(listItem),
    };
    ctx.body = body;
  });

  return router;
}
