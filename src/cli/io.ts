/** What a command may touch besides the file system: its output streams and the clock. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  now: () => Date;
}
