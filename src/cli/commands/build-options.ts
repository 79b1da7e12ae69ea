import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../usage-error';

export interface BuildOptions {
  inputs: string[];
  out: string;
  roles?: string;
  skills?: string;
  currency?: string;
  minSkillN: number;
  generatedAt: string;
  source: string;
  strict: boolean;
  topUnknown: number;
  progress?: boolean;
}

function wholeNumber(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  return Number(value);
}

/** Reads `role-hub build` arguments; `now` is used only when `--as-of` is absent. */
export function parseBuildOptions(argv: string[], now: () => Date): BuildOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        roles: { type: 'string' },
        skills: { type: 'string' },
        currency: { type: 'string' },
        'min-skill-salary-n': { type: 'string' },
        'as-of': { type: 'string' },
        source: { type: 'string' },
        strict: { type: 'boolean', default: false },
        'top-unknown': { type: 'string' },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('build needs at least one input file');
  if (!values.out) throw new UsageError('build needs --out <dir>');
  if (values.currency !== undefined && !/^[A-Za-z]{3}$/.test(values.currency)) {
    throw new UsageError(`--currency must be a 3-letter code such as USD, not "${values.currency}"`);
  }
  let generatedAt = now().toISOString();
  if (values['as-of'] !== undefined) {
    const ms = Date.parse(values['as-of']);
    if (Number.isNaN(ms)) throw new UsageError(`--as-of must be an ISO date or date-time, not "${values['as-of']}"`);
    generatedAt = new Date(ms).toISOString();
  }
  return {
    inputs: positionals,
    out: values.out,
    roles: values.roles,
    skills: values.skills,
    currency: values.currency?.toUpperCase(),
    minSkillN: wholeNumber(values['min-skill-salary-n'], 'min-skill-salary-n', 3, 1),
    generatedAt,
    source: values.source ?? positionals.map((p) => basename(p)).join(', '),
    strict: values.strict ?? false,
    topUnknown: wholeNumber(values['top-unknown'], 'top-unknown', 20, 0),
    progress: values['no-progress'] ? false : values.progress ? true : undefined,
  };
}
