import { afterAll, afterEach, beforeAll } from 'vitest';
import { startZoom, type RunningZoom, type ZoomSandbox, type ZoomSwitches } from '../../../../main/sandbox/zoom/index.js';

/** The switches as startZoom sets them. */
export function defaultSwitchValues(): ZoomSwitches {
  return {
    accessTokenTtlSeconds: 3600,
    rateLimit: null,
    serverErrors: 0,
    revokeErrors: 0,
    tokenErrors: 0,
    slowMs: 0,
    disabledByAdmin: false,
    malformedJson: false,
    invalidGrantStatus: 400,
    anotherDevice: false,
    passcodeRequirement: {
      length: 0,
      have_letter: false,
      have_number: false,
      have_special_character: false,
      have_upper_and_lower_characters: false,
      only_allow_numeric: false,
      consecutive_characters_length: 0,
      weak_enhance_detection: false,
    },
    passcodeLocked: false,
    dailyMeetingsLeft: 100,
  };
}

export interface ZoomFixture {
  readonly zoom: ZoomSandbox;
  readonly running: RunningZoom;
  /** Request log lines so far. */
  readonly logs: string[];
}

/** One sandbox per test file; switches go back to their defaults after each test. */
export function useZoomSandbox(): ZoomFixture {
  let running: RunningZoom | undefined;
  const logs: string[] = [];
  beforeAll(async () => {
    running = await startZoom((line) => logs.push(line));
  });
  afterAll(() => running?.close());
  afterEach(() => {
    if (running !== undefined) Object.assign(running.api.switches, defaultSwitchValues());
  });
  return {
    get zoom() {
      if (running === undefined) throw new Error('zoom sandbox not started');
      return running.api;
    },
    get running() {
      if (running === undefined) throw new Error('zoom sandbox not started');
      return running;
    },
    logs,
  };
}
