import type { UserConfigurationRef } from '../../preload/contract.js';

/** One string per configuration (user, installation, provider): for selections and list keys. */
export function configurationKey(ref: UserConfigurationRef): string {
  return `${ref.associateId}|${ref.installationId}|${ref.provider}`;
}

/** Just the reference removeUserConfigurations takes (the core refuses anything more). */
export function toConfigurationRef(ref: UserConfigurationRef): UserConfigurationRef {
  return { associateId: ref.associateId, installationId: ref.installationId, provider: ref.provider };
}
