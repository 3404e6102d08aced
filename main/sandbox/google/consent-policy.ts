import type { interactionPolicy, KoaContextWithOIDC } from 'oidc-provider';

type PolicyModule = typeof interactionPolicy;

/**
 * oidc-provider's base policy adjusted to Google:
 * - `prompt=select_account` is supported (it shows the sign-in page again);
 * - consent is asked when a requested scope is not granted yet (or for `prompt=consent`), not on every
 *   native-client authorization; and once the user answered the consent page in this authorization it is
 *   not asked again even if they unticked scopes (granular consent), so the code carries what they granted.
 */
export function googlePolicy(policyModule: PolicyModule): interactionPolicy.DefaultPolicy {
  const { Check, Prompt } = policyModule;
  const policy = policyModule.base();
  policy.add(new Prompt({ name: 'select_account', requestable: true }), 0);
  const consent = policy.get('consent');
  if (consent === undefined) throw new Error('oidc-provider base policy has no consent prompt');
  consent.checks.remove('native_client_prompt');
  consent.checks.remove('op_scopes_missing');
  consent.checks.add(
    new Check('google_scopes_missing', 'requested scopes not granted', (ctx) => missingScopes(ctx).length > 0, (ctx) => ({
      missingOIDCScope: missingScopes(ctx),
    })),
    0,
  );
  return policy;
}

function missingScopes(ctx: KoaContextWithOIDC): string[] {
  const { oidc } = ctx;
  if (oidc.result?.consent !== undefined) return [];
  const granted = new Set((oidc.grant?.getOIDCScope() ?? '').split(' '));
  return [...oidc.requestParamOIDCScopes].filter((scope) => !granted.has(scope));
}
