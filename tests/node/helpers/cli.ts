import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { repoRoot } from './paths.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `role-hub` command from its TypeScript source (through tsx) in a child process. Not
 * through bin/role-hub.js: that prefers dist/cli/main.js whenever a build exists, so these tests
 * would check whatever the last `npm run build` compiled instead of the code being changed.
 */
export function runCli(args: string[], options: { cwd?: string; imports?: string[] } = {}): CliResult {
  // tsx by its resolved URL, so a `cwd` outside the repository still finds it.
  const imports = [...(options.imports ?? []), import.meta.resolve('tsx')].flatMap((url) => ['--import', url]);
  const result = spawnSync(process.execPath, [...imports, join(repoRoot, 'src/cli/main.ts'), ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'role-hub-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every JSON file the build wrote, parsed, by file name. */
export function readBundles(dir: string): Map<string, unknown> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
  );
}

/** Every file of two output folders, byte for byte. */
export function assertSameFiles(a: string, b: string): void {
  assert.deepEqual(readdirSync(b).sort(), readdirSync(a).sort());
  for (const file of readdirSync(a)) assert.equal(readFileSync(join(b, file), 'utf8'), readFileSync(join(a, file), 'utf8'), file);
}
