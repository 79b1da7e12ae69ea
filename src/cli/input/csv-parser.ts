export interface CsvRow {
  fields: string[];
  /** Line the record starts on (1-based; a quoted field may carry it over several lines). */
  line: number;
  /** Set when the record is broken (text after a closing quote, a quote never closed). */
  error?: string;
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/**
 * A small streaming CSV parser (RFC 4180): fields separated by commas, records by newlines (LF or
 * CRLF), fields in double quotes may hold commas, newlines and doubled quotes (""). Text arrives
 * in chunks of any size, split anywhere; only the record being read is held in memory.
 *
 * @example
 * const parser = new CsvParser();
 * const rows = [...parser.push('id,title\n1,"Data, ""Senior""\nAnalyst"\n'), ...parser.end()];
 * // rows[1].fields → ['1', 'Data, "Senior"\nAnalyst']
 */
export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private line = 1;
  private recordLine = 1;
  private error: string | undefined;
  private started = false;

  /** Parses a chunk and returns the records it completed. */
  *push(chunk: string): Generator<CsvRow> {
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < chunk.length; i++) {
      const c = chunk[i];
      switch (this.state) {
        case State.FieldStart:
          if (c === '"') this.state = State.Quoted;
          else if (c === ',') this.endField();
          else if (c === '\n') {
            const row = this.endRecord();
            if (row) yield row;
          } else if (c !== '\r') {
            this.field += c;
            this.state = State.Unquoted;
          }
          break;
        case State.Unquoted:
          if (c === ',') this.endField();
          else if (c === '\n') {
            const row = this.endRecord();
            if (row) yield row;
          } else if (c !== '\r') this.field += c;
          break;
        case State.Quoted:
          if (c === '"') this.state = State.QuoteInQuoted;
          else {
            if (c === '\n') this.line += 1;
            this.field += c;
          }
          break;
        case State.QuoteInQuoted:
          if (c === '"') {
            this.field += '"';
            this.state = State.Quoted;
          } else if (c === ',') this.endField();
          else if (c === '\n') {
            const row = this.endRecord();
            if (row) yield row;
          } else if (c !== '\r') {
            this.error ??= `unexpected text after a closing quote in field ${this.fields.length + 1}`;
            this.field += c;
            this.state = State.Unquoted;
          }
          break;
      }
    }
  }

  /** Ends the input: returns the last record when the text did not end with a newline. */
  *end(): Generator<CsvRow> {
    if (this.state === State.Quoted) {
      this.error ??= `a quoted field is never closed (opened in field ${this.fields.length + 1})`;
    }
    if (this.state !== State.FieldStart || this.fields.length > 0) {
      const row = this.endRecord();
      if (row) yield row;
    }
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRecord(): CsvRow | undefined {
    this.endField();
    const row: CsvRow = { fields: this.fields, line: this.recordLine };
    if (this.error) row.error = this.error;
    const blank = this.fields.length === 1 && this.fields[0] === '' && !this.error;
    this.line += 1;
    this.recordLine = this.line;
    this.fields = [];
    this.error = undefined;
    return blank ? undefined : row;
  }
}
