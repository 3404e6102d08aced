import { startGoogle, type RunningGoogle } from '../../../../main/sandbox/google/index.js';

/** Starts a private Google sandbox for one test file; `lines` collects its log. */
export async function startTestGoogle(): Promise<RunningGoogle & { lines: string[] }> {
  const lines: string[] = [];
  const running = await startGoogle((line) => lines.push(line));
  return { ...running, lines };
}
