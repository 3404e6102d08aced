// Prints one line "N passed, N failed, N skipped" over both runners; exits 1 on any failure or on zero tests.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

if (existsSync('reports/vitest.json')) {
  const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  const brokenFiles = (v.testResults ?? []).filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  if (brokenFiles.length) problems.push(`${brokenFiles.length} vitest file(s) failed to load`);
  failed += brokenFiles.length;
} else {
  problems.push('vitest wrote no report');
  failed += 1;
}

if (existsSync('reports/playwright.json')) {
  const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
  if (p.errors?.length) {
    problems.push(`playwright reported ${p.errors.length} error(s) outside tests`);
    failed += p.errors.length;
  }
} else {
  problems.push('playwright wrote no report');
  failed += 1;
}

// A runner that failed without a failed test (an unhandled error, a crash) still fails the run.
for (const runner of ['vitest', 'playwright']) {
  const file = `reports/${runner}.exit`;
  const code = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  if (code !== 0 && failed === 0) {
    problems.push(`${runner} exited with ${Number.isNaN(code) ? 'no exit code' : code} (errors outside tests)`);
    failed += 1;
  }
}

for (const problem of problems) console.log(`note: ${problem}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
