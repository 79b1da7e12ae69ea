/** A command line that cannot be run (unknown option, missing value): usage is printed, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
