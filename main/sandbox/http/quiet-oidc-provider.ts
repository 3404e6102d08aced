import type { interactionPolicy, Provider } from 'oidc-provider';

type ConsoleMethod = (...args: unknown[]) => void;

const PREFIX = 'oidc-provider ';
const sinks = new Set<(line: string) => void>();
let installed = false;

function isOidcProviderNotice(args: unknown[]): string | undefined {
  const [first] = args;
  if (typeof first !== 'string') return undefined;
  // attention.ts colours the text on a TTY: strip ANSI escapes before matching.
  const plain = first.replace(/\x1b\[[0-9;]*m/g, '');
  return plain.startsWith(PREFIX) ? plain : undefined;
}

function filtered(original: ConsoleMethod): ConsoleMethod {
  return (...args: unknown[]) => {
    const notice = isOidcProviderNotice(args);
    if (notice === undefined) {
      original(...args);
      return;
    }
    for (const sink of sinks) sink(notice);
  };
}

/**
 * oidc-provider prints dev notices and an "Unsupported runtime" warning (Node 20) through console.warn and
 * console.info (stdout!). The sandbox's CLI owns stdout for its ready line, so those notices go to the
 * sandbox loggers instead. Only lines starting with "oidc-provider " are diverted.
 */
function installFilter(): void {
  if (installed) return;
  installed = true;
  console.warn = filtered(console.warn.bind(console));
  console.info = filtered(console.info.bind(console));
}

/** Loads oidc-provider with its console notices diverted to `sink`; call the returned function to stop. */
export async function loadOidcProvider(sink: (line: string) => void): Promise<LoadedOidcProvider> {
  installFilter();
  sinks.add(sink);
  const module = await import('oidc-provider');
  return { Provider: module.Provider, interactionPolicy: module.interactionPolicy, release: () => sinks.delete(sink) };
}

export interface LoadedOidcProvider {
  Provider: typeof Provider;
  interactionPolicy: typeof interactionPolicy;
  /** Stops routing oidc-provider notices to this caller's sink. */
  release: () => void;
}
