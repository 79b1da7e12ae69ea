import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { errorLine } from '../input/describe-error.js';
import { InputError } from '../input/input-error.js';
import { onInterrupt } from '../output/on-interrupt.js';

/** The embedded engine's connection, with the few calls the builder makes. */
export interface Engine {
  /** Runs statements, discarding results. */
  run(sql: string): Promise<void>;
  /** Runs a query and returns its rows as plain objects (BIGINT as number, DATE as "YYYY-MM-DD"). */
  rows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): void;
}

/**
 * The engine's memory before it spills to disk, by default. The process as a whole peaks about
 * 300 MB above it (Node, the reader's buffers, allocations the engine does not count), so 640 MB
 * keeps a build of a million listings under 1 GiB.
 */
export const DEFAULT_MEMORY_LIMIT = '640MB';

export interface EngineLimits {
  /** Memory the engine may use before it spills to `tempDirectory`, e.g. "1GB". */
  memoryLimit?: string;
  threads?: number;
  tempDirectory?: string;
}

/** The engine is an optional dependency: a site that only embeds widgets never downloads it. */
async function loadDuckDb(): Promise<typeof import('@duckdb/node-api')> {
  try {
    return await import('@duckdb/node-api');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Installed, but its native part for this machine is not (a lockfile made on another system,
    // `npm install --omit=optional`): installing the package again would change nothing.
    if (!/Cannot find (?:module|package) '@duckdb\/node-api'/.test(message)) {
      throw new InputError(
        `DuckDB (@duckdb/node-api) is installed but could not be loaded on this machine (${process.platform}-${process.arch}): ${errorLine(error)}; reinstall it here without --omit=optional (npm install @duckdb/node-api)`,
      );
    }
    throw new InputError('the builder needs DuckDB: run `npm install @duckdb/node-api` in this project, then build again');
  }
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Opens an in-memory engine set to UTC, with bounded memory and threads. */
export async function openEngine(limits: EngineLimits = {}): Promise<Engine> {
  const duckdb = await loadDuckDb();
  // Kept in insertion order: the NDJSON reader numbers a file's rows by their place (read-ndjson.ts).
  const options: Record<string, string> = { preserve_insertion_order: 'true' };
  if (limits.memoryLimit) options.memory_limit = limits.memoryLimit;
  if (limits.threads) options.threads = String(limits.threads);
  if (limits.tempDirectory) options.temp_directory = limits.tempDirectory;
  const instance: DuckDBInstance = await duckdb.DuckDBInstance.create(':memory:', options);
  const connection: DuckDBConnection = await instance.connect();
  // A stop (Ctrl-C, a kill) ends the running query at once: the process cannot exit while the
  // engine's threads work on, which could be minutes into a long statement.
  const forget = onInterrupt(() => connection.interrupt());
  await connection.run("SET TimeZone = 'UTC'");
  return {
    run: async (sql) => {
      await connection.run(sql);
    },
    rows: async <T>(sql: string) => {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((row) => {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString().slice(0, 10) : plain(value);
        return out as T;
      });
    },
    close: () => {
      forget();
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A value as an SQL string literal. */
export const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;
