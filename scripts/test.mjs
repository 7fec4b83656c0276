#!/usr/bin/env node
// The project's one test command (`npm test`, also run by .ci/run): type-check, lint, format, then the
// Vitest suite. Ends with a plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } }).status ?? 1;
const bin = (name) => join('node_modules', '.bin', name);

let passed = 0;
let failed = 0;
for (const [name, command, args] of [
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['typecheck (detect, browser: no Node APIs)', bin('tsc'), ['-p', 'packages/detect/tsconfig.json', '--noEmit']],
  ['typecheck (chat, browser: no Node APIs)', bin('tsc'), ['-p', 'packages/chat/tsconfig.json', '--noEmit']],
  ...(existsSync('packages/web/tsconfig.json')
    ? [['typecheck (web)', bin('tsc'), ['-p', 'packages/web/tsconfig.json', '--noEmit']]]
    : []),
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['format', bin('prettier'), ['--check', '.']],
]) {
  process.stdout.write(`\n> ${name}\n`);
  if (run(command, args) === 0) passed++;
  else {
    failed++;
    process.stdout.write(`FAILED: ${name}\n`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'raksa-test-'));
const report = join(dir, 'vitest.json');
process.stdout.write('\n> vitest\n');
const status = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A test file that failed without a failing test (it did not load, or a hook threw) counts once.
  const brokenFiles = (result.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  failed += brokenFiles;
  if (status !== 0 && result.numFailedTests === 0 && brokenFiles === 0) failed++;
} catch {
  failed++;
  process.stdout.write('FAILED: vitest wrote no report\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
