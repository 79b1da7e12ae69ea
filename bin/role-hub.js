#!/usr/bin/env node
// The role-hub command. Runs the compiled CLI when the package has been built; otherwise runs the
// TypeScript source through tsx (a dev dependency), which is how a fresh checkout uses it.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
