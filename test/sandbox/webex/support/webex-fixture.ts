import { afterAll, afterEach, beforeAll } from 'vitest';
import { startWebex, type RunningWebex, type WebexSandbox } from '../../../../main/sandbox/webex/index.js';
import { defaultSwitches } from '../../../../main/sandbox/webex/switches.js';

/** Starts one Webex emulator for the file, resets its switches after each test and closes it at the end. */
export function useWebex(): () => WebexSandbox {
  let running: RunningWebex | undefined;
  beforeAll(async () => {
    running = await startWebex(() => {});
  });
  afterAll(() => running?.close());
  afterEach(() => {
    if (running !== undefined) Object.assign(running.api.switches, defaultSwitches());
  });
  return () => {
    if (running === undefined) throw new Error('Webex sandbox not started');
    return running.api;
  };
}
