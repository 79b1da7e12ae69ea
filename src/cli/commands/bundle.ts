import { errorLine } from '../input/describe-error.js';
import { assembleBundles } from '../../data/build/bundle/assemble-bundles.js';
import { openEngine } from '../engine/engine.js';
import { importAggregates, readAggregates } from '../engine/statistics.js';
import { InputError } from '../input/input-error.js';
import type { Io } from '../io.js';
import { loadRoles } from '../load-taxonomy.js';
import { realPath, within } from '../output/own-folder.js';
import { checkOutputFolder, writeBundles } from '../output/write-bundles.js';
import { UsageError } from '../usage-error.js';
import { parseCommandArgs } from './build-options.js';
import { checkAssembled } from './build.js';

/**
 * `role-hub bundle <aggregates-dir> --out <dir>`: turns the statistics' aggregate tables, written
 * as Parquet by `role-hub build --aggregates` or by any engine that ran the same SQL, into the
 * bundles and index a direct build writes — the same bytes.
 */
export async function bundleCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' }, roles: { type: 'string' } });
  const [folder] = positionals;
  if (positionals.length !== 1 || folder === undefined) throw new UsageError('bundle needs one aggregates folder');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('bundle needs --out <dir>');
  // The bundles replace --out as a whole: inside the aggregates folder they would be files the
  // next `build --aggregates` there refuses, and equal to it they would take the aggregates.
  const realOut = await realPath(out);
  if (within(realOut, await realPath(folder))) {
    throw new InputError(`--out ${out} is in the aggregates folder ${folder}; write the bundles somewhere else`);
  }
  const roles = await loadRoles(values.roles as string | undefined);
  // A link's target is what is replaced: the link stays.
  await checkOutputFolder(realOut);
  const engine = await openEngine();
  try {
    try {
      await importAggregates(engine, folder);
    } catch (error) {
      throw new InputError(`cannot read the aggregates in ${folder}: ${errorLine(error)}`);
    }
    const build = assembleBundles(await readAggregates(engine), roles.roles);
    if (build.slices.length === 0) {
      io.stderr.write('role-hub: the aggregates hold no role of the roles file, so nothing was written\n');
      return 1;
    }
    checkAssembled(build);
    const written = await writeBundles(realOut, build.slices, build.defaults, build.index, (m) => io.stderr.write(`role-hub: ${m}\n`));
    io.stdout.write(`Wrote ${written.size - 1} bundle file(s) for ${build.index.roles.length} role(s) and index.json to ${out}\n`);
    return 0;
  } finally {
    engine.close();
  }
}
