const BUILD = `role-hub build <inputs…> --out <dir> [options]

Reads job listings (NDJSON/JSONL or CSV, each optionally .gz, or Parquet; several files or a glob)
into the embedded engine, runs the statistics (docs/methodology.md) and writes one bundle per role
and market — <dir>/<role>.<market>.json, <dir>/<role>.json (the role's default market) — and
<dir>/index.json. The output folder is replaced as a whole, only after a good build.
  --out <dir>                 where to write (created when missing; must hold only files a build writes)
  --roles <file>              roles file (default: the shipped src/data/taxonomy/roles.json)
  --skills <file>             skills taxonomy (default: the shipped src/data/taxonomy/skills.json)
  --as-of <date-time>         the build's as-of moment (default: now): stamps the bundles, and
                              listings dated after it are rejected; fix it for byte-identical output
  --source <label>            where the listings come from, written into every bundle and shown in
                              the widgets' footers, e.g. "Acme job board, 2024" (default: none)
  --keep-reposts              keep listings that repeat company, title and location within 30 days
  --min-market-listings <n>   listings of a role a market needs for its own bundle (default 100)
  --pay-basis <year|all>      headline pay from yearly salaries (default) or every period annualised
  --currency <code>           report all pay in this currency (default: each slice's most common)
  --min-skill-salary-n <n>    the floor of salaried listings for pay by skill (default 3)
  --min-skill-salary-share <s>  and the share of them a skill needs (default 0.01: 1%)
  --strict                    any rejected record fails the build (exit 1) and nothing is written
  --top-unknown <n>           unknown skill keywords to list (default 20)
  --aggregates <dir>          also write the aggregate tables as Parquet (what \`role-hub bundle\` reads)
  --memory-limit <size>       the engine's memory before it spills to disk (default 640MB)
  --threads <n>               the engine's threads (default: every core)
  --progress, --no-progress   force progress on stderr on or off (default: on a terminal or for large inputs)
`;

const BUNDLE = `role-hub bundle <aggregates-dir> --out <dir> [--roles <file>]

Turns aggregate tables written as Parquet (by \`role-hub build --aggregates\`, or by the same SQL run
on another engine: docs/scale.md) into the bundles and index a direct build writes.
  --out <dir>                 where to write (replaced as a whole, as with build)
  --roles <file>              roles file the aggregates were made with (default: the shipped one)
`;

const SAMPLE = `role-hub sample [--count N] [--seed S] [--out file] [--end YYYY-MM-DD]

Writes deterministic synthetic listings (NDJSON) for several roles, to stdout or --out.
  --count <n>                 listings to write (default 1000)
  --seed <s>                  random seed, a whole number (default 1)
  --out <file>                write to a file instead of stdout (.gz compresses)
  --end <YYYY-MM-DD>          last posting day (default 2026-10-25); listings span the 16 weeks before it
`;

/** Each command's own usage, for `role-hub <command> --help` and `role-hub help <command>`. */
export const COMMAND_USAGE: Record<string, string> = { build: BUILD, bundle: BUNDLE, sample: SAMPLE };

export const USAGE = `Usage:
  ${BUILD.split('\n')[0]}
  ${BUNDLE.split('\n')[0]}
  ${SAMPLE.split('\n')[0]}

Run \`role-hub <command> --help\` for a command's options.
Exit codes: 0 done, 1 failed (unreadable input, no usable listing, --strict rejections, write error), 2 bad command line,
129, 130 or 143 stopped by a closed terminal, Ctrl+C or a TERM signal (the previous output kept, unless the new one
was already in place).
`;
