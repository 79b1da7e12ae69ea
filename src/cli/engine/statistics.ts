import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { AGGREGATE_TABLES, type Aggregates } from '../../data/build/bundle/aggregates.js';
import { sqlString, type Engine } from './engine.js';
import { refuseForeignFiles } from '../output/own-folder.js';

/**
 * The statistics, one SQL file each, in the order they run: the normalised listings first, then
 * one file per bundle section. Each file creates its `agg_*` tables from the ones before it.
 */
export const STATISTICS = [
  'listings',
  'listing-skills',
  'slices',
  'skills',
  'pay',
  'pay-by-seniority',
  'pay-by-skill',
  'seniority',
  'trend',
  'provenance',
] as const;

/**
 * The SQL files ship as they are, in the package's `src/`: beside this module when it runs from
 * source, two folders up from `dist/cli/main.js` when it runs built.
 */
const fromSource = new URL('../../data/build/sql/', import.meta.url);
const fromBuild = new URL('../../src/data/build/sql/', import.meta.url);
const sqlDir = existsSync(new URL('listings.sql', fromSource)) ? fromSource : fromBuild;

export function readStatistic(name: (typeof STATISTICS)[number]): Promise<string> {
  return readFile(new URL(`${name}.sql`, sqlDir), 'utf8');
}

/** Runs every statistic over `input_record`, reporting each step to `onStep`. */
export async function runStatistics(engine: Engine, onStep: (name: string) => void = () => {}): Promise<void> {
  for (const name of STATISTICS) {
    onStep(name);
    await engine.run(await readStatistic(name));
  }
  await engine.run('CREATE OR REPLACE TABLE agg_settings AS SELECT * FROM settings');
}

const ORDER: Partial<Record<keyof Aggregates, string>> = {
  slice: 'role, market',
  market_mix: 'role, market',
  skill_base: 'role, market',
  skills: 'role, market, rank',
  pay: 'role, market',
  pay_by_seniority: 'role, market, position',
  pay_skill_floor: 'role, market',
  pay_by_skill: 'role, market, rank',
  seniority: 'role, market, position',
  week: 'position',
  trend_week: 'role, market, position',
  trend_skill: 'role, market, rank, position',
  trend_verdict: 'role, market, skill',
  provenance: 'role, market',
};

/** The aggregate tables as rows (dates as "YYYY-MM-DD", the as-of moment as an ISO string). */
export async function readAggregates(engine: Engine): Promise<Aggregates> {
  const out: Record<string, unknown[]> = {};
  for (const table of AGGREGATE_TABLES) {
    const order = ORDER[table] ? ` ORDER BY ${ORDER[table]}` : '';
    const select =
      table === 'settings'
        ? `SELECT * REPLACE (strftime(CAST(as_of AS TIMESTAMPTZ), '%Y-%m-%dT%H:%M:%S.%gZ') AS as_of) FROM agg_settings`
        : `SELECT * FROM agg_${table}`;
    out[table] = await engine.rows(`${select}${order}`);
  }
  return out as unknown as Aggregates;
}

/** An aggregate table's file: `<table>.parquet`, as this builder writes it and `role-hub bundle` reads it. */
const aggregateFile = (table: string) => `${table}.parquet`;

/** Refuses an `--aggregates` folder holding anything but the tables an earlier run wrote there, which the export overwrites. */
export async function checkAggregatesFolder(dir: string): Promise<void> {
  await refuseForeignFiles('--aggregates', dir, new Set(AGGREGATE_TABLES.map(aggregateFile)));
}

/** Writes every aggregate table as `<dir>/<table>.parquet`: what `role-hub bundle` reads. */
export async function exportAggregates(engine: Engine, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of AGGREGATE_TABLES) {
    // Sorted by every column: a table's rows come out of the engine's threads in no fixed order,
    // and the same build must write the same bytes here too, not only the same bundles.
    await engine.run(`COPY (SELECT * FROM agg_${table} ORDER BY ALL) TO ${sqlString(`${dir}/${aggregateFile(table)}`)} (FORMAT parquet)`);
  }
}

/** Loads aggregate tables written as Parquet (by this builder or any engine that ran the SQL). */
export async function importAggregates(engine: Engine, dir: string): Promise<void> {
  for (const table of AGGREGATE_TABLES) {
    await engine.run(`CREATE OR REPLACE TABLE agg_${table} AS SELECT * FROM read_parquet(${sqlString(`${dir}/${aggregateFile(table)}`)})`);
  }
}
