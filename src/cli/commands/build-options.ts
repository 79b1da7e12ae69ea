import { parseArgs } from 'node:util';
import { DEFAULT_RULES, PAY_BASES, type BuildRules, type PayBasis } from '../../data/build/rules/build-rules.js';
import { MAX_COUNT } from '../../data/bundle/limits.js';
import { DEFAULT_MEMORY_LIMIT } from '../engine/engine.js';
import { UsageError } from '../usage-error.js';
import { quoteInput } from '../report/quote-input.js';
import { parseIsoMoment } from './iso-moment.js';

export interface BuildOptions {
  inputs: string[];
  out: string;
  roles?: string;
  skills?: string;
  currency?: string;
  minSkillN: number;
  minSkillShare: number;
  minMarketListings: number;
  keepReposts: boolean;
  payBasis: PayBasis;
  generatedAt: string;
  source: string;
  strict: boolean;
  topUnknown: number;
  progress?: boolean;
  memoryLimit: string;
  threads?: number;
  /** Also write the aggregate tables as Parquet here (what `role-hub bundle` reads). */
  aggregates?: string;
}

/**
 * The rules a build runs under: the defaults with the command line's rule options over them. The
 * builder and a warehouse's generated settings (docs/scale.md) both take them from here, so an
 * option cannot reach one and not the other.
 */
export function buildRules(options: BuildOptions): BuildRules {
  return {
    ...DEFAULT_RULES,
    asOf: options.generatedAt,
    keepReposts: options.keepReposts,
    minMarketListings: options.minMarketListings,
    payBasis: options.payBasis,
    currency: options.currency,
    minSkillPayN: options.minSkillN,
    minSkillPayShare: options.minSkillShare,
  };
}

/**
 * A whole-number option from `min` to the largest count a bundle may carry (`MAX_COUNT`): past it,
 * a setting the bundle records would fail the contract only after the whole build had run.
 */
export function wholeNumber(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > MAX_COUNT)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${MAX_COUNT.toLocaleString('en-US')}, not "${value}"`);
  return Number(value);
}

/** Parses a command's arguments; a wrong one is a `UsageError`. */
export function parseCommandArgs(
  argv: string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'],
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A share from 0 to 1, e.g. 0.01. */
function share(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^(?:[01](?:\.\d*)?|\.\d+)$/.test(value) || !(n >= 0 && n <= 1))
    throw new UsageError(`--${name} must be a share from 0 to 1 such as 0.01, not "${value}"`);
  return n;
}

/** `--as-of` as an ISO date-time in UTC, or now. */
export function asOf(value: string | undefined, now: () => Date): string {
  if (value === undefined) return now().toISOString();
  const ms = parseIsoMoment(value);
  if (ms === null) throw new UsageError(`--as-of must be an ISO date or date-time such as 2025-06-01T00:00:00Z, not ${quoteInput(value)}`);
  return new Date(ms).toISOString();
}

/** Reads `role-hub build` arguments; `now` is used only when `--as-of` is absent. */
export function parseBuildOptions(argv: string[], now: () => Date): BuildOptions {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string' },
    roles: { type: 'string' },
    skills: { type: 'string' },
    currency: { type: 'string' },
    'min-skill-salary-n': { type: 'string' },
    'min-skill-salary-share': { type: 'string' },
    'min-market-listings': { type: 'string' },
    'keep-reposts': { type: 'boolean', default: false },
    'pay-basis': { type: 'string' },
    'as-of': { type: 'string' },
    source: { type: 'string' },
    strict: { type: 'boolean', default: false },
    'top-unknown': { type: 'string' },
    progress: { type: 'boolean' },
    'no-progress': { type: 'boolean' },
    'memory-limit': { type: 'string' },
    threads: { type: 'string' },
    aggregates: { type: 'string' },
  });
  const text = (key: string) => values[key] as string | undefined;
  if (positionals.length === 0) throw new UsageError('build needs at least one input file');
  const out = text('out');
  if (!out) throw new UsageError('build needs --out <dir>');
  const currency = text('currency');
  if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) {
    throw new UsageError(`--currency must be a 3-letter code such as USD, not "${currency}"`);
  }
  const payBasis = text('pay-basis') ?? DEFAULT_RULES.payBasis;
  if (!(PAY_BASES as readonly string[]).includes(payBasis))
    throw new UsageError(`--pay-basis must be ${PAY_BASES.join(' or ')}, not "${payBasis}"`);
  const memoryLimit = text('memory-limit') ?? DEFAULT_MEMORY_LIMIT;
  if (!/^\d+(?:\.\d+)?\s*(?:KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(memoryLimit))
    throw new UsageError(`--memory-limit must look like 1GB or 512MB, not "${memoryLimit}"`);
  return {
    inputs: positionals,
    out,
    roles: text('roles'),
    skills: text('skills'),
    currency: currency?.toUpperCase(),
    minSkillN: wholeNumber(text('min-skill-salary-n'), 'min-skill-salary-n', DEFAULT_RULES.minSkillPayN, 1),
    minSkillShare: share(text('min-skill-salary-share'), 'min-skill-salary-share', DEFAULT_RULES.minSkillPayShare),
    minMarketListings: wholeNumber(text('min-market-listings'), 'min-market-listings', DEFAULT_RULES.minMarketListings, 1),
    keepReposts: Boolean(values['keep-reposts']),
    payBasis: payBasis as PayBasis,
    generatedAt: asOf(text('as-of'), now),
    source: text('source') ?? '',
    strict: Boolean(values.strict),
    topUnknown: wholeNumber(text('top-unknown'), 'top-unknown', 20, 0),
    progress: values['no-progress'] ? false : values.progress ? true : undefined,
    memoryLimit,
    threads: text('threads') === undefined ? undefined : wholeNumber(text('threads'), 'threads', 1, 1),
    aggregates: text('aggregates'),
  };
}
