import { resolve } from 'node:path';
import { assembleBundles } from '../../data/build/bundle/assemble-bundles';
import { openEngine } from '../engine/engine';
import { importAggregates, readAggregates } from '../engine/statistics';
import { InputError } from '../input/input-error';
import type { Io } from '../io';
import { loadRoles } from '../load-taxonomy';
import { checkOutputFolder, writeBundles } from '../output/write-bundles';
import { UsageError } from '../usage-error';
import { parseCommandArgs } from './build-options';
import { checkAssembled } from './build';

/**
 * `role-hub bundle <aggregates-dir> --out <dir>`: turns the statistics' aggregate tables, written
 * as Parquet by `role-hub build --aggregates` or by any engine that ran the same SQL, into the
 * bundles and index a direct build writes — the same bytes.
 */
export async function bundleCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' }, roles: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('bundle needs one aggregates folder');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('bundle needs --out <dir>');
  const roles = await loadRoles(values.roles as string | undefined);
  await checkOutputFolder(resolve(out));
  const engine = await openEngine();
  try {
    try {
      await importAggregates(engine, positionals[0]!);
    } catch (error) {
      throw new InputError(`cannot read the aggregates in ${positionals[0]}: ${(error as Error).message.split('\n')[0]}`);
    }
    const build = assembleBundles(await readAggregates(engine), roles.roles);
    if (build.slices.length === 0) {
      io.stderr.write('role-hub: the aggregates hold no role of the roles file, so nothing was written\n');
      return 1;
    }
    checkAssembled(build);
    const written = await writeBundles(resolve(out), build.slices, build.defaults, build.index);
    io.stdout.write(`Wrote ${written.size - 1} bundle file(s) for ${build.index.roles.length} role(s) and index.json to ${out}\n`);
    return 0;
  } finally {
    engine.close();
  }
}
