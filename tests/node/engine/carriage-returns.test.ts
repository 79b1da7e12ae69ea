import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { tabsForCarriageReturns } from '../../../src/cli/engine/carriage-returns.js';

async function through(chunks: Buffer[]): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks).pipe(tabsForCarriageReturns())) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

test('tabsForCarriageReturns(): every carriage return becomes a tab and every other byte stays, wherever the chunks end', async () => {
  // CRLF, a CR between tokens, one inside a string, two in a row, a last byte, and bytes that are
  // not UTF-8, which must pass untouched.
  const bytes = Buffer.concat([
    Buffer.from('{"a":1,\r"b":2}\r\n{"t":"x\ry"}\n\r\r\n', 'latin1'),
    Buffer.of(0xff, 0x0d, 0xc3),
    Buffer.from('\r'),
  ]);
  const expected = Buffer.concat([
    Buffer.from('{"a":1,\t"b":2}\t\n{"t":"x\ty"}\n\t\t\n', 'latin1'),
    Buffer.of(0xff, 0x09, 0xc3),
    Buffer.from('\t'),
  ]);
  assert.deepEqual(await through([bytes]), expected, 'one chunk');
  for (let cut = 1; cut < bytes.length; cut++) {
    assert.deepEqual(await through([bytes.subarray(0, cut), bytes.subarray(cut)]), expected, `cut at ${cut}`);
  }
});
