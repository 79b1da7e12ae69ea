/** A problem with an input file as a whole (missing, unreadable, unknown format): the build stops. */
export class InputError extends Error {
  override name = 'InputError';
}
