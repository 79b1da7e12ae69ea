import { buildCommand } from './commands/build.js';
import { bundleCommand } from './commands/bundle.js';
import { sampleCommand } from './commands/sample.js';
import { InputError } from './input/input-error.js';
import type { Io } from './io.js';
import { COMMAND_USAGE, USAGE } from './usage.js';
import { UsageError } from './usage-error.js';

/** Runs one `role-hub` command line and returns its exit code; every failure becomes a message. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const own = command !== undefined && Object.hasOwn(COMMAND_USAGE, command) ? COMMAND_USAGE[command] : undefined;
  try {
    if (own && (rest.includes('--help') || rest.includes('-h'))) {
      io.stdout.write(`Usage: ${own}`);
      return 0;
    }
    if (command === 'build') return await buildCommand(rest, io);
    if (command === 'bundle') return await bundleCommand(rest, io);
    if (command === 'sample') return await sampleCommand(rest, io);
    // `role-hub help build`, as `role-hub build --help`.
    const asked = command === 'help' && rest[0] !== undefined && Object.hasOwn(COMMAND_USAGE, rest[0]) ? COMMAND_USAGE[rest[0]] : undefined;
    if (asked) {
      io.stdout.write(`Usage: ${asked}`);
      return 0;
    }
    if (command === 'help' && rest[0] !== undefined) throw new UsageError(`unknown command "${rest[0]}"`);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`role-hub: ${error.message}\n\n${own ? `Usage: ${own}` : USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr.write(`role-hub: ${error.message.split('\n').join('\nrole-hub: ')}\n`);
      return 1;
    }
    io.stderr.write(`role-hub: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
