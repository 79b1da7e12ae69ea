/**
 * The `role-hub` command: `build` turns job listings into stats bundles, `sample` writes
 * synthetic listings. See `role-hub --help` and docs/builder.md.
 */
import { run } from './run.js';

const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, now: () => new Date() });
// Let pending writes to stdout (a pipe) drain before the exit code is set.
process.exitCode = code;
