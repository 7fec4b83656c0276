#!/usr/bin/env node
// Runs the TypeScript sources directly (Node 20 cannot strip types itself): tsx's loader is
// registered for this process, then the CLI's entry point takes over.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
