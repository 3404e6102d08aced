import type { UserConfiguration } from '../../preload/contract.js';

/**
 * Whether a configuration matches the Manage users search: an associate ID that is the query or starts with it,
 * or a name that contains it (any case). An empty query matches everything.
 */
export function matchesUserSearch(item: UserConfiguration, query: string): boolean {
  const wanted = query.trim();
  if (!wanted) return true;
  if (/^\d+$/.test(wanted) && String(item.associateId).startsWith(wanted)) return true;
  return item.userName.toLocaleLowerCase().includes(wanted.toLocaleLowerCase());
}
