import { createApiToken } from './create-api-token';
import type { Deps } from './deps';
import { verifyCredentials } from './verify-credentials';

/** For scripts: email and password in, an API token out, without a browser session. */
export async function createTokenWithPassword(
  deps: Deps,
  options: { email: string; password: string; name: string },
) {
  const user = await verifyCredentials(deps, options.email, options.password);
  return createApiToken(
    deps,
    { userId: user.id, name: user.name, organizationId: user.organizationId, role: user.role },
    { name: options.name },
  );
}
