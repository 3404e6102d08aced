import { SANDBOX_ORG } from '../accounts.js';
import { webexId } from '../ids.js';
import type { ApiHandler } from './api-route.js';

/** GET /v1/people/me ("Get My Own Details"); needs spark:people_read. */
export const getMyOwnDetails: ApiHandler = (ctx, caller) => {
  const { account } = caller;
  ctx.status = 200;
  ctx.body = {
    id: account.personId,
    emails: [account.email],
    phoneNumbers: [],
    displayName: account.displayName,
    nickName: account.nickName,
    firstName: account.firstName,
    lastName: account.lastName,
    orgId: webexId('ORGANIZATION', SANDBOX_ORG.uuid),
    created: account.created,
    lastModified: account.created,
    lastActivity: new Date().toISOString(),
    status: 'active',
    timezone: account.timezone,
    type: 'person',
  };
};
