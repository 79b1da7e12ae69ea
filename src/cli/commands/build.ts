import { constants } from 'node:fs';
import { access, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { assembleBundles, type AssembledBuild } from '../../data/build/bundle/assemble-bundles.js';
import { wireBundle } from '../../data/build/bundle/wire-bundle.js';
import { REJECTION_REASONS } from '../../data/build/types.js';
import { validateBundle } from '../../data/bundle/validate.js';
import { openEngine, type Engine } from '../engine/engine.js';
import { asOutOfMemory } from '../engine/out-of-memory.js';
import { ingest, INPUT_RECORD_TABLE, detectFormat, startLineScans } from '../engine/ingest.js';
import { createRuleTables, createSettings, unreadableRolePattern } from '../engine/prepare.js';
import { checkAggregatesFolder, exportAggregates, readAggregates, runStatistics } from '../engine/statistics.js';
import { describeError, errorLine } from '../input/describe-error.js';
import { InputError } from '../input/input-error.js';
import { safePath } from '../report/quote-input.js';
import { loadRoles, loadSkills } from '../load-taxonomy.js';
import { removeOnInterrupt } from '../output/on-interrupt.js';
import { realPath, within } from '../output/own-folder.js';
import { stageFolder } from '../output/replace-folder.js';
import { isClosedPipe, watchWrites } from '../output/watch-writes.js';
import { checkOutputFolder, writeBundles, type WrittenFile } from '../output/write-bundles.js';
import { buildReport } from '../report/build-report.js';
import { formatCount } from '../report/format-table.js';
import { formatReport } from '../report/format-report.js';
import { createStages } from '../report/progress.js';
import type { Io } from '../io.js';
import { BUILDER_VERSION } from '../../data/build/version.js';
import { buildRules, parseBuildOptions } from './build-options.js';
import { expandInputs } from './expand-inputs.js';

/** Every bundle must pass the widgets' own validator before anything is written. */
export function checkAssembled(build: AssembledBuild): void {
  for (const { role, market, bundle } of build.slices) {
    const result = validateBundle(JSON.parse(JSON.stringify(wireBundle(bundle))));
    if (!result.ok) throw new InputError(`the ${role} bundle for market ${market} fails the bundle contract: ${result.reason}`);
  }
}

/**
 * `role-hub build`: reads every input into the embedded engine, runs the statistics (one SQL file
 * each), assembles and checks the bundles, swaps the new output set in, and prints the summary and
 * reconciliation. Returns the exit code.
 */
export async function buildCommand(argv: string[], io: Io): Promise<number> {
  // A reader that stops early (`role-hub build … | head`) closes the pipe: the report ends there
  // without a word, as `role-hub sample`'s output does, and the build's outcome stands. With
  // stderr in the same pipe (`2>&1 | head`), its lines after that are lost the same way.
  const reportWrites = watchWrites(io.stdout);
  watchWrites(io.stderr);
  const options = parseBuildOptions(argv, io.now);
  const [{ taxonomy: skills }, roles] = await Promise.all([loadSkills(options.skills), loadRoles(options.roles)]);

  // Check every input, and where the output goes, before reading anything.
  // Folders are compared with symbolic links resolved: a link must not lead --out into an input's folder.
  const inputs = await expandInputs(options.inputs);
  const realOut = await realPath(resolve(options.out));
  const aggregates = options.aggregates === undefined ? null : await realPath(options.aggregates);
  let totalBytes = 0;
  const problems: string[] = [];
  if (aggregates && within(aggregates, realOut)) {
    problems.push(
      `--aggregates ${options.aggregates} is in --out ${options.out}, which a build replaces; write the aggregates somewhere else`,
    );
  } else if (aggregates && within(realOut, aggregates)) {
    problems.push(
      `--out ${options.out} is in --aggregates ${options.aggregates}, which holds the aggregates alone; write the bundles somewhere else`,
    );
  }
  for (const input of inputs) {
    try {
      detectFormat(input);
      const info = await stat(input);
      if (!info.isFile()) throw new InputError(`cannot read ${safePath(input)}: not a file`);
      // Unreadable is found here, with the other problems, not midway through the build.
      await access(input, constants.R_OK);
      totalBytes += info.size;
      const folder = dirname(await realPath(input));
      if (within(realOut, folder)) {
        throw new InputError(`--out ${options.out} is in the folder of the input ${safePath(input)}; write the bundles somewhere else`);
      }
      if (aggregates && within(aggregates, folder)) {
        throw new InputError(
          `--aggregates ${options.aggregates} is in the folder of the input ${safePath(input)}; write the aggregates somewhere else`,
        );
      }
    } catch (error) {
      problems.push(error instanceof InputError ? error.message : `cannot read ${safePath(input)}: ${describeError(error)}`);
    }
  }
  if (problems.length) throw new InputError(problems.join('\n'));
  // A link's target is what is replaced: the link stays, and whatever serves the target sees the build.
  await checkOutputFolder(realOut);
  if (aggregates) await checkAggregatesFolder(aggregates);

  const stages = createStages(io.stderr, totalBytes, options.progress);
  const spill = await mkdtemp(join(tmpdir(), 'role-hub-spill-'));
  const spillKept = removeOnInterrupt(spill);
  // The inputs' line scans start now and run while the engine starts.
  const stopScans = new AbortController();
  const scans = startLineScans(inputs, stopScans.signal);
  let engine: Engine | undefined;
  try {
    engine = await openEngine({ memoryLimit: options.memoryLimit, threads: options.threads, tempDirectory: spill });
    await createSettings(engine, buildRules(options), { source: options.source, builderVersion: BUILDER_VERSION });
    try {
      await createRuleTables(engine, roles.roles, skills);
    } catch (error) {
      const pattern = await unreadableRolePattern(engine, roles.roles);
      if (pattern) throw new InputError(`the roles file ${options.roles ?? '(the shipped one)'} cannot be used: ${pattern}`);
      throw new InputError(`the skills or roles file cannot be used: ${errorLine(error)}`);
    }
    await engine.run(INPUT_RECORD_TABLE);
    const blankLines = new Map<string, number>();
    const ignoredColumns = new Map<string, { format: string; columns: string[] }>();
    // Each file as every message names it (a glob may pick up a name with control characters).
    const labels: string[] = [];
    for (const [i, input] of inputs.entries()) {
      const label = safePath(input);
      labels.push(label);
      stages.step(`reading ${label} (${i + 1} of ${inputs.length})`);
      const read = await ingest(engine, input, i, label, scans[i]);
      blankLines.set(label, read.blank);
      ignoredColumns.set(label, { format: read.format === 'parquet' ? 'Parquet' : 'CSV', columns: read.ignoredColumns });
      // Said as soon as the file is read, so a build that stops later has said it too.
      for (const warning of read.warnings) io.stderr.write(`role-hub: warning: ${label}: ${warning}\n`);
    }
    await runStatistics(engine, (name) => stages.step(`computing ${name}`));
    const report = await buildReport(engine, labels);
    const build = assembleBundles(await readAggregates(engine), roles.roles);
    stages.done();

    const rejected = REJECTION_REASONS.reduce((sum, r) => sum + report.rejected[r], 0);
    const extras = { blankLines, ignoredColumns, unknownLimit: options.topUnknown };
    if (build.slices.length === 0) {
      io.stdout.write(`${formatReport(report, extras)}\n`);
      io.stderr.write('role-hub: no listing was usable, so nothing was written; the previous output is unchanged\n');
      return 1;
    }
    if (options.strict && rejected > 0) {
      io.stdout.write(`${formatReport(report, extras)}\n`);
      io.stderr.write(`role-hub: --strict: ${formatCount(rejected)} record(s) rejected; nothing was written\n`);
      return 1;
    }
    checkAssembled(build);
    const warn = (m: string) => io.stderr.write(`role-hub: ${m}\n`);
    // The aggregates are written in full before the bundles replace theirs, and replace their own
    // folder just after: a build that fails writing either leaves both as they were. (`engine` is
    // still open; the closure needs it by a const.)
    const ready = engine;
    const aggregatesStaged = aggregates ? await stageFolder(aggregates, (dir) => exportAggregates(ready, dir), warn) : null;
    let written: Map<string, WrittenFile>;
    try {
      written = await writeBundles(realOut, build.slices, build.defaults, build.index, warn);
    } catch (error) {
      await aggregatesStaged?.discard();
      throw error;
    }
    try {
      await aggregatesStaged?.commit();
    } catch (error) {
      // The rare failure between the two swaps (a folder the user may not replace): said as it is.
      throw new InputError(
        `${(error as Error).message}, but the new bundles are already in ${options.out}: build again to bring the two in step`,
      );
    }
    const gzipBytes = new Map([...written].map(([name, file]) => [name, file.gzipBytes]));
    io.stdout.write(`${formatReport(report, { ...extras, gzipBytes })}\n`);
    // An input none of whose listings was used is often a wrong file (an empty export, another
    // table, a copy of another input): the build stands on the rest, and says which, on stderr.
    const unused = report.files.filter((f) => f.used === 0).map((f) => f.file);
    if (unused.length) {
      const named = `${unused.slice(0, 3).join(', ')}${unused.length > 3 ? ` and ${formatCount(unused.length - 3)} more` : ''}`;
      io.stderr.write(
        `role-hub: warning: no listing in ${named} was used (see the rejections by reason); the bundles rest on the other inputs\n`,
      );
    }
    io.stdout.write(
      `\nWrote ${written.size - 1} bundle file(s) for ${build.index.roles.length} role(s) and index.json to ${options.out}\n`,
    );
    // Any other failure to write the report (a full disk) is said: the bundles are written, but
    // what the build found in the inputs was not.
    const failure = await reportWrites.settled();
    if (failure && !isClosedPipe(failure)) {
      throw new InputError(`cannot write the report: ${describeError(failure)}; the bundles are written to ${options.out}`);
    }
    return 0;
  } catch (error) {
    throw asOutOfMemory(error, options.memoryLimit);
  } finally {
    stopScans.abort();
    engine?.close();
    await rm(spill, { recursive: true, force: true });
    spillKept();
  }
}
