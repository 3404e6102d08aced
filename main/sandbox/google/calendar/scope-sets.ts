import { CALENDAR_SCOPES as S } from '../scopes.js';

/** Scopes that let a token read events. */
export const READ_EVENTS: ReadonlyArray<string> = [S.full, S.readonly, S.events, S.eventsReadonly, S.eventsOwned];
/** Scopes that let a token create, change and delete events. */
export const WRITE_EVENTS: ReadonlyArray<string> = [S.full, S.events, S.eventsOwned];
/** Scopes that let a token read calendar metadata (calendars.get); calendar.events is NOT one of them. */
export const READ_CALENDARS: ReadonlyArray<string> = [S.full, S.readonly];
