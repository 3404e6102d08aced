// Runs Electronegativity over one folder and writes its findings as JSON (used by electronegativity.test.ts):
//   node test/hostile/run-electronegativity.cjs <folder> <electron version> <output.json>
// Two adjustments, both made by hooking module loading for Electronegativity's own modules only:
// - it must not reach the network: its `got` (a locale download and Electron's release list) fails at once;
// - its TypeScript parser (@typescript-eslint/typescript-estree 4) needs the TypeScript 4 it ships, not the
//   project's TypeScript 7, which has no JavaScript API (TypeScript files are parsed by Babel first anyway).
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { writeFileSync } = require('node:fs');

const root = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const ownTypescript = require.resolve('typescript', { paths: [root] });
const estree = path.dirname(require.resolve('@typescript-eslint/typescript-estree/package.json', { paths: [root] }));
const offline = () => Promise.reject(new Error('no network in tests'));
offline.head = offline;
offline.get = offline;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename?.startsWith(estree + path.sep)) return ownTypescript;
  return resolveFilename.call(this, request, parent, ...rest);
};
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  if (request === 'got' && parent?.filename?.startsWith(root + path.sep)) return offline;
  return load.call(this, request, parent, ...rest);
};

const [input, electronVersion, output] = process.argv.slice(2);
const run = require('@doyensec/electronegativity/dist/runner.js');
run({
  input,
  isRelative: true,
  electronVersionOverride: electronVersion,
  // Needs Electron's release list from the network; Electron's version is kept current by other means.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
})
  .then((result) => {
    const issues = result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      severity: issue.severity.name,
      severityValue: issue.severity.value,
      confidence: issue.confidence.name,
      description: issue.description,
      sample: issue.sample ?? null,
    }));
    writeFileSync(output, JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues }));
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
