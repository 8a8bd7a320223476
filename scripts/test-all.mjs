#!/usr/bin/env node
// Runs every check in order — typecheck, lint, unit and component tests, then the e2e tests in real
// Chromium — and ends with one plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
let passed = 0, failed = 0, skipped = 0;
let ok = true;

function run(title, cmd, args) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) { ok = false; console.log(`=== ${title} failed (exit ${r.status ?? r.signal})`); }
  return r.status === 0;
}

function vitest(title, extra, json) {
  run(title, 'npx', ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
  if (!existsSync(json)) { failed++; return; }
  const r = JSON.parse(readFileSync(json, 'utf8'));
  const p = r.numPassedTests ?? 0, f = r.numFailedTests ?? 0, s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${title}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p; failed += f; skipped += s;
}

run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
vitest('unit and component tests', [], `${results}/unit.json`);
if (run('chromium', 'node', ['scripts/ensure-chromium.mjs']) && run('build', 'npx', ['wxt', 'build'])) {
  vitest('e2e tests in Chromium', ['--config', 'vitest.e2e.config.ts'], `${results}/e2e.json`);
}
console.log(`\nall tests (unit, component, e2e): ${passed} passed, ${failed} failed, ${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
