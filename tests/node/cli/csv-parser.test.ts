import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CsvParser, type CsvRow } from '../../../src/cli/input/csv-parser';

function parse(chunks: string[]): CsvRow[] {
  const parser = new CsvParser();
  return [...chunks.flatMap((c) => [...parser.push(c)]), ...parser.end()];
}

const text = 'id,title,skills\r\n1,"Data, ""Senior""\nAnalyst",sql;python\n\n2,Plain,\n3,"",x';

test('CsvParser.push(chunk) handles quotes, doubled quotes, commas and newlines inside quotes, CRLF and blank lines', () => {
  assert.deepEqual(parse([text]), [
    { fields: ['id', 'title', 'skills'], line: 1 },
    { fields: ['1', 'Data, "Senior"\nAnalyst', 'sql;python'], line: 2 },
    { fields: ['2', 'Plain', ''], line: 5 },
    { fields: ['3', '', 'x'], line: 6 },
  ]);
});

test('CsvParser.push(chunk) gives the same rows however the text is split into chunks', () => {
  const whole = parse([text]);
  for (let size = 1; size <= 7; size++) {
    const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
    assert.deepEqual(parse(chunks), whole, `chunks of ${size}`);
  }
});

test('CsvParser.end() reports a quote that is never closed, and text after a closing quote, on the record\'s first line', () => {
  assert.deepEqual(parse(['a,b\n1,"open\nstill open']), [
    { fields: ['a', 'b'], line: 1 },
    { fields: ['1', 'open\nstill open'], line: 2, error: 'a quoted field is never closed (opened in field 2)' },
  ]);
  assert.deepEqual(parse(['a,b\n"x"y,2\n']), [
    { fields: ['a', 'b'], line: 1 },
    { fields: ['xy', '2'], line: 2, error: 'unexpected text after a closing quote in field 1' },
  ]);
});

test('CsvParser.push(chunk) drops a byte order mark at the start', () => {
  assert.deepEqual(parse(['\ufeffid\n7\n']).map((r) => r.fields), [['id'], ['7']]);
});
