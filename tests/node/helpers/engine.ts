import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULES, type BuildRules } from '../../../src/data/build/rules/build-rules.js';
import type { RoleDefinition, SkillTaxonomy } from '../../../src/data/build/types.js';
import { DEFAULT_ROLES, DEFAULT_SKILLS } from '../../../src/data/taxonomy/index.js';
import { openEngine, type Engine } from '../../../src/cli/engine/engine.js';
import { ingest, INPUT_RECORD_TABLE } from '../../../src/cli/engine/ingest.js';
import { createRuleTables, createSettings } from '../../../src/cli/engine/prepare.js';
import { readAggregates, readStatistic, runStatistics } from '../../../src/cli/engine/statistics.js';
import type { Aggregates } from '../../../src/data/build/bundle/aggregates.js';
import { tempDir } from './cli.js';

export interface EngineOptions {
  rules?: Partial<BuildRules>;
  roles?: readonly RoleDefinition[];
  skills?: SkillTaxonomy;
}

/** An engine holding `listings` (written as NDJSON and read as the CLI reads them), rules and taxonomies ready. */
export async function engineWith(listings: readonly unknown[], options: EngineOptions = {}): Promise<Engine> {
  const dir = tempDir();
  const file = join(dir, 'listings.ndjson');
  writeFileSync(file, listings.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  const engine = await openEngine({ threads: 1 });
  await createSettings(
    engine,
    { ...DEFAULT_RULES, asOf: '2026-11-28T00:00:00.000Z', ...options.rules },
    { source: 'test', builderVersion: 'test' },
  );
  await createRuleTables(engine, options.roles ?? DEFAULT_ROLES.roles, options.skills ?? DEFAULT_SKILLS);
  await engine.run(INPUT_RECORD_TABLE);
  await ingest(engine, file, 0, 'listings.ndjson');
  return engine;
}

/** Runs the normalising SQL only (listings.sql, listing-skills.sql). */
export async function normalised(listings: readonly unknown[], options: EngineOptions = {}): Promise<Engine> {
  const engine = await engineWith(listings, options);
  await engine.run(await readStatistic('listings'));
  await engine.run(await readStatistic('listing-skills'));
  return engine;
}

/** Runs every statistic and returns the aggregates. */
export async function aggregatesOf(listings: readonly unknown[], options: EngineOptions = {}): Promise<Aggregates> {
  const engine = await engineWith(listings, options);
  try {
    await runStatistics(engine);
    return await readAggregates(engine);
  } finally {
    engine.close();
  }
}

/** The macro's answer for each value, e.g. `macro(engine, 'seniority_of_title', titles)`. */
export async function macro(engine: Engine, name: string, values: readonly string[]): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await engine.rows<{ i: number; out: string }>(
    `SELECT i, ${name}(v) AS out FROM (VALUES ${values.map((v, i) => `(${i}, '${v.replace(/'/g, "''")}')`).join(', ')}) t(i, v) ORDER BY i`,
  );
  return rows.map((r) => r.out);
}
