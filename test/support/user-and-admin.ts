import { CoreApp } from './core-app.js';

/**
 * Two installations against one SuperOffice sandbox, each with its own settings and keychain service:
 * Alice's (a user) and Ada's (an administrator), both signed in to SuperOffice.
 */
export async function startUserAndAdmin(): Promise<{ user: CoreApp; admin: CoreApp; close(): Promise<void> }> {
  const user = await new CoreApp().start();
  const admin = await new CoreApp().start({ sandbox: user.sandbox });
  await user.call('connect', 'superoffice');
  admin.person.user = { username: 'admin@example.com', password: 'sandbox' };
  await admin.call('connect', 'superoffice');
  return {
    user,
    admin,
    async close() {
      await admin.close();
      await user.close();
    },
  };
}
