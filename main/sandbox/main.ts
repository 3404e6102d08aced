// CLI entry of the sandbox (dist/sandbox/main.js): starts every emulator, prints ONE JSON line to stdout
// when ready, logs everything else to stderr, and closes cleanly on SIGTERM/SIGINT.
import { startSandbox } from './server.js';

function logLine(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({ logger: logLine });
  process.stdout.write(`${JSON.stringify({ sandbox: sandbox.describe() })}\n`);
  logLine(`sandbox ready: SuperOffice authority ${sandbox.superoffice.authority}, tenant Cust12345 at ${sandbox.superoffice.tenantEndpoint('Cust12345')}`);
  logLine(`sandbox users (password "sandbox"): SuperOffice ${sandbox.superoffice.users.map((user) => user.username).join(', ')}`);
  logLine(`  Zoom ${sandbox.zoom.users.map((user) => user.username).join(', ')}; Google ${sandbox.google.users.map((user) => user.username).join(', ')}`);
  logLine(`  Microsoft ${sandbox.microsoft.users.map((user) => user.username).join(', ')}; Webex ${sandbox.webex.users.map((user) => user.email).join(', ')}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logLine(`sandbox: ${signal}, closing`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logLine(`sandbox: close failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  logLine(`sandbox failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
