import { afterAll, afterEach, beforeAll } from 'vitest';
import { startMicrosoft, type MicrosoftSandbox, type RunningMicrosoft } from '../../../../main/sandbox/microsoft/index.js';
import { defaultSwitches } from '../../../../main/sandbox/microsoft/switches.js';

/** One emulator per test file; switches reset after every test. */
export function useMicrosoftSandbox(): () => MicrosoftSandbox {
  let running: RunningMicrosoft | undefined;
  beforeAll(async () => {
    running = await startMicrosoft(() => {});
  });
  afterAll(() => running?.close());
  afterEach(() => {
    if (running !== undefined) Object.assign(running.api.switches, defaultSwitches());
  });
  return () => {
    if (running === undefined) throw new Error('sandbox not started');
    return running.api;
  };
}
