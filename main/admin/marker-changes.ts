import { PROVIDER_IDS, type ProviderId } from '../../preload/contract.js';
import { markerKey, parseMarker } from './marker-format.js';

/** What one sync writes and deletes so SuperOffice holds exactly the wanted markers of this installation. */
export interface MarkerChanges {
  save: Array<{ key: string; value: string }>;
  delete: string[];
}

/**
 * The difference between this installation's keys in SuperOffice (`current`, key → value) and the markers it
 * wants (`wanted`): a wanted marker is saved when missing or different; a marker key of this installation
 * (`<installation id>:<known provider>` with a value this app wrote) that is not wanted is deleted unless `keep`
 * names its provider (a removal that has not been carried out yet). Nothing else is touched: removal requests,
 * other installations' keys, keys or values this app did not write.
 */
export function markerChanges(current: ReadonlyMap<string, string>, wanted: ReadonlyMap<string, string>, installationId: string, keep: ReadonlyArray<ProviderId> = []): MarkerChanges {
  const save = [...wanted].filter(([key, value]) => current.get(key) !== value).map(([key, value]) => ({ key, value }));
  const ours = new Set(PROVIDER_IDS.filter((provider) => !keep.includes(provider)).map((provider) => markerKey(installationId, provider)));
  const remove = [...current].filter(([key, value]) => ours.has(key) && !wanted.has(key) && parseMarker(key, value) !== undefined).map(([key]) => key);
  return { save, delete: remove };
}
