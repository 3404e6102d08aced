import Router from '@koa/router';
import type { Context } from 'koa';
import { sendPage } from '../../http/html.js';
import { readForm } from '../../http/read-body.js';
import { SANDBOX_ACCOUNTS } from '../accounts.js';
import { authorisedPage, authorisePage, badLinkPage, cancelledPage } from './authorise-pages.js';
import { AUTHORISE_PATH, CANCEL_PATH, type LinkUser, type LoginLinks } from './login-links.js';
import { VIDEO_MEETING_PROVIDER_ID } from './provider.js';
import type { SandboxVideoMeetings } from './video-meeting-store.js';

export interface AuthoriseRouteDeps {
  links: LoginLinks;
  meetings: SandboxVideoMeetings;
}

function describeUser(user: LinkUser): string {
  const account = SANDBOX_ACCOUNTS.find((candidate) => candidate.ctx.toLowerCase() === user.ctx.toLowerCase() && candidate.associateId === user.associateId);
  return account === undefined ? `Associate ${user.associateId}` : `${account.fullName} (${account.username})`;
}

async function formUser(ctx: Context, links: LoginLinks): Promise<LinkUser | undefined> {
  const user = links.verify(await readForm(ctx.req));
  if (user === undefined) sendPage(ctx, badLinkPage(), 400);
  return user;
}

/**
 * The LoginUrl pages on the authority host: `GET /__sandbox/video-meetings/authorise?ctx&associate&sig`
 * shows "Authorise" and "Cancel" (plain form POSTs); "Authorise" marks the user connected to the central
 * video meeting service. A missing or edited signature → 400 page.
 */
export function authoriseRoutes(deps: AuthoriseRouteDeps): Router {
  const router = new Router();
  router.get(AUTHORISE_PATH, (ctx) => {
    const user = deps.links.verify(new URLSearchParams(ctx.querystring));
    if (user === undefined) {
      sendPage(ctx, badLinkPage(), 400);
      return;
    }
    sendPage(
      ctx,
      authorisePage({
        user: describeUser(user),
        ctx: user.ctx,
        providerId: VIDEO_MEETING_PROVIDER_ID,
        authoriseAction: AUTHORISE_PATH,
        cancelAction: CANCEL_PATH,
        fields: deps.links.fields(user),
      }),
    );
  });
  router.post(AUTHORISE_PATH, async (ctx) => {
    const user = await formUser(ctx, deps.links);
    if (user === undefined) return;
    deps.meetings.authorise(user.ctx, user.associateId);
    sendPage(ctx, authorisedPage(describeUser(user)));
  });
  router.post(CANCEL_PATH, async (ctx) => {
    if ((await formUser(ctx, deps.links)) === undefined) return;
    sendPage(ctx, cancelledPage());
  });
  return router;
}
