import { z } from 'zod';
import type { EnvironmentId } from '../../preload/contract.js';
import { PROVIDER_PAGE_ORIGINS } from '../troubleshooting/provider-pages.js';
import { providerSignInOrigins, realProvidersConfig, sandboxProvidersConfig, sandboxProvidersSchema, type ProvidersConfig } from './providers-config.js';

/** How the app reaches SuperOffice: the built-in sandbox or a real environment. */
export interface SuperOfficeConfig {
  /** Origin of the SuperID authority, e.g. https://online.superoffice.com or the sandbox's loopback origin. */
  authority: string;
  clientId: string;
  /** SuperOffice native apps carry a client secret that is not secret (it ships with the app). */
  clientSecret?: string;
}

export interface AppConfig {
  environment: EnvironmentId;
  environmentLabel: string;
  superoffice: SuperOfficeConfig;
  dataDir: string;
  /** Keychain service name; entries of different environments never mix. */
  keychainService: string;
  /** Origins the app may open in the system browser. */
  allowedExternalOrigins: string[];
  providers: ProvidersConfig;
}

const REAL_ENVIRONMENTS = ['sod', 'qaonline', 'online'] as const;
const ENVIRONMENT_LABELS: Record<EnvironmentId, string> = {
  sandbox: 'Sandbox',
  sod: 'SuperOffice development (sod)',
  qaonline: 'SuperOffice stage (qaonline)',
  online: 'SuperOffice Online',
};

const sandboxDescription = z.object({
  superoffice: z.object({ authority: z.url(), clientId: z.string().min(1), clientSecret: z.string().optional() }),
}).extend(sandboxProvidersSchema.shape);
/** What the sandbox prints when it is ready, passed to the hosts in VMT_SANDBOX. */
export type SandboxDescription = z.infer<typeof sandboxDescription>;

/** A real tenant configured in the settings file (environment variables win). */
export const tenantSettingsSchema = z.object({
  environment: z.enum(REAL_ENVIRONMENTS),
  clientId: z.string().min(1),
  clientSecret: z.string().optional(),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const APP_NAME = 'Video Meetings Tray';

/**
 * Reads the configuration from environment variables (and an optional tenant from the settings file).
 * VMT_SUPEROFFICE_ENV + VMT_SUPEROFFICE_CLIENT_ID (+ _SECRET) select a real tenant; otherwise
 * VMT_SANDBOX (the sandbox's ready line) selects the sandbox. Throws a clear Error when neither is usable.
 */
export function loadAppConfig(
  env: Record<string, string | undefined>,
  defaults: { dataDir: string; tenant?: TenantSettings },
): AppConfig {
  const dataDir = env.VMT_DATA_DIR || defaults.dataDir;
  const real = realTenantFrom(env) ?? defaults.tenant;
  if (real) {
    const authority = `https://${real.environment}.superoffice.com`;
    const providers = realProvidersConfig(env);
    return {
      environment: real.environment,
      environmentLabel: ENVIRONMENT_LABELS[real.environment],
      superoffice: { authority, clientId: real.clientId, clientSecret: real.clientSecret },
      dataDir,
      keychainService: env.VMT_KEYCHAIN_SERVICE || keychainServiceFor(real.environment),
      allowedExternalOrigins: [authority, ...providerSignInOrigins(providers), ...PROVIDER_PAGE_ORIGINS],
      providers,
    };
  }
  if (!env.VMT_SANDBOX) {
    throw new Error(
      'No SuperOffice environment configured: set VMT_SUPEROFFICE_ENV and VMT_SUPEROFFICE_CLIENT_ID, or start through `npm start`, which runs the sandbox.',
    );
  }
  const sandbox = parseSandboxDescription(env.VMT_SANDBOX);
  const authority = new URL(sandbox.superoffice.authority).origin;
  const providers = sandboxProvidersConfig(sandbox, env);
  return {
    environment: 'sandbox',
    environmentLabel: ENVIRONMENT_LABELS.sandbox,
    superoffice: { ...sandbox.superoffice, authority },
    dataDir,
    keychainService: env.VMT_KEYCHAIN_SERVICE || keychainServiceFor('sandbox'),
    allowedExternalOrigins: [authority, ...providerSignInOrigins(providers), ...PROVIDER_PAGE_ORIGINS],
    providers,
  };
}

/** Parses and checks the sandbox's ready line (it must point at loopback). */
export function parseSandboxDescription(json: string): SandboxDescription {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('VMT_SANDBOX is not valid JSON.');
  }
  const parsed = sandboxDescription.safeParse(raw);
  if (!parsed.success) throw new Error(`VMT_SANDBOX is not a sandbox description: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const urls = JSON.stringify(parsed.data).match(/"https?:\/\/[^"]+"/g) ?? [];
  for (const quoted of urls) {
    const { hostname, protocol } = new URL(quoted.slice(1, -1));
    if (protocol !== 'http:' || hostname !== '127.0.0.1') throw new Error('The sandbox must run on http://127.0.0.1.');
  }
  return parsed.data;
}

function realTenantFrom(env: Record<string, string | undefined>): TenantSettings | undefined {
  if (!env.VMT_SUPEROFFICE_ENV && !env.VMT_SUPEROFFICE_CLIENT_ID) return undefined;
  const parsed = tenantSettingsSchema.safeParse({
    environment: env.VMT_SUPEROFFICE_ENV,
    clientId: env.VMT_SUPEROFFICE_CLIENT_ID,
    clientSecret: env.VMT_SUPEROFFICE_CLIENT_SECRET || undefined,
  });
  if (!parsed.success) {
    throw new Error(
      `A real tenant needs VMT_SUPEROFFICE_ENV (one of ${REAL_ENVIRONMENTS.join(', ')}) and VMT_SUPEROFFICE_CLIENT_ID.`,
    );
  }
  return parsed.data;
}

function keychainServiceFor(environment: EnvironmentId): string {
  return environment === 'online' ? APP_NAME : `${APP_NAME} (${environment})`;
}
