import { stat } from 'node:fs/promises';
import { BuildAccumulator } from '../../data/build/accumulate/build-accumulator';
import { DEFAULT_PAY_CONSTANTS } from '../../data/build/pay/constants';
import { REJECTION_REASONS } from '../../data/build/types';
import { describeError } from '../input/describe-error';
import { detectFormat } from '../input/detect-format';
import { InputError } from '../input/input-error';
import { openInput } from '../input/open-input';
import { readCsv } from '../input/read-csv';
import { readNdjson } from '../input/read-ndjson';
import { loadRoles, loadSkills } from '../load-taxonomy';
import { writeBundles } from '../output/write-bundles';
import { formatCount } from '../report/format-table';
import { formatReport } from '../report/format-report';
import { createProgress } from '../report/progress';
import type { Io } from '../io';
import { parseBuildOptions } from './build-options';

/**
 * `role-hub build`: streams every input through one accumulator, then writes the bundles and
 * index and prints the summary and reconciliation. Returns the exit code.
 */
export async function buildCommand(argv: string[], io: Io): Promise<number> {
  const options = parseBuildOptions(argv, io.now);
  const [{ index: skills }, roles] = await Promise.all([loadSkills(options.skills), loadRoles(options.roles)]);

  // Check every input before reading any, so a typo in the last name fails fast.
  let totalBytes = 0;
  const problems: string[] = [];
  for (const input of options.inputs) {
    try {
      detectFormat(input);
      const info = await stat(input);
      if (!info.isFile()) throw new InputError(`cannot read ${input}: not a file`);
      totalBytes += info.size;
    } catch (error) {
      problems.push(error instanceof InputError ? error.message : `cannot read ${input}: ${describeError(error)}`);
    }
  }
  if (problems.length) throw new InputError(problems.join('\n'));

  const build = new BuildAccumulator({
    skills,
    roles,
    constants: DEFAULT_PAY_CONSTANTS,
    currency: options.currency,
    minSkillN: options.minSkillN,
  });
  const progress = createProgress(io.stderr, totalBytes, options.progress);
  const blankLines = new Map<string, number>();
  const ignoredColumns = new Map<string, string[]>();
  let records = 0;
  let bytesBefore = 0;
  for (const input of options.inputs) {
    const opened = await openInput(input);
    const tick = () => {
      records += 1;
      if ((records & 1023) === 0) progress.update(records, bytesBefore + opened.bytesRead());
    };
    const sink = {
      record: (value: unknown, line: number) => {
        build.add(value, { file: input, line });
        tick();
      },
      malformed: (line: number, detail: string) => {
        build.reject('malformed', { file: input, line }, detail);
        tick();
      },
    };
    try {
      if (detectFormat(input) === 'csv') ignoredColumns.set(input, (await readCsv(opened.stream, sink, input)).ignoredColumns);
      else blankLines.set(input, (await readNdjson(opened.stream, sink)).blank);
    } catch (error) {
      opened.stream.destroy();
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${input}: ${describeError(error)}`);
    }
    bytesBefore += opened.size;
  }
  progress.done();

  const result = build.finish({ generatedAt: options.generatedAt, source: options.source });
  const rejected = REJECTION_REASONS.reduce((sum, r) => sum + result.report.rejected[r], 0);
  const extras = { blankLines, ignoredColumns, unknownLimit: options.topUnknown };
  if (options.strict && rejected > 0) {
    io.stdout.write(`${formatReport(result.report, extras)}\n`);
    io.stderr.write(`role-hub: --strict: ${formatCount(rejected)} record(s) rejected; no bundles written\n`);
    return 1;
  }
  const written = await writeBundles(options.out, result.bundles, result.index);
  const gzipBytes = new Map([...written].map(([slug, file]) => [slug, file.gzipBytes]));
  io.stdout.write(`${formatReport(result.report, { ...extras, gzipBytes })}\n`);
  io.stdout.write(`\nWrote ${result.bundles.length} role bundle(s) and index.json to ${options.out}\n`);
  if (result.bundles.length === 0) io.stderr.write('role-hub: warning: no listing was usable, so no role bundle was written\n');
  return 0;
}
