/** Where readers deliver what they parse, record by record, with the line it started on. */
export interface RecordSink {
  record(value: unknown, line: number): void;
  malformed(line: number, detail: string): void;
}
