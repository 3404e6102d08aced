import { afterEach, beforeEach } from 'vitest';
import type { CoreApp } from './core-app.js';
import { startUserAndAdmin } from './user-and-admin.js';

/** Starts both installations before each test of the file (handing them to `use`) and closes them after it. */
export function useUserAndAdmin(use: (apps: { user: CoreApp; admin: CoreApp }) => void): void {
  let close: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const started = await startUserAndAdmin();
    close = () => started.close();
    use(started);
  });
  afterEach(() => close?.());
}
