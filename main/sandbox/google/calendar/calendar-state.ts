import type { RouterContext } from '@koa/router';
import type { GoogleAccount } from '../accounts.js';

/** Who is calling: resolved from the bearer token before any route runs. */
export interface CalendarPrincipal {
  account: GoogleAccount;
  /** Scopes of the access token (what the user granted). */
  scopes: ReadonlySet<string>;
}

export interface CalendarState {
  principal: CalendarPrincipal;
}

export type CalendarContext = RouterContext<CalendarState>;
