export const USAGE = `Usage:
  role-hub build <inputs…> --out <dir> [options]
  role-hub sample [--count N] [--seed S] [--out file]

build   Reads job listings (NDJSON/JSONL or CSV, optionally .gz) and writes one stats bundle per
        role, <dir>/<role>.json, and <dir>/index.json.
  --out <dir>                 where to write the bundles (created when missing)
  --roles <file>              roles file (default: the shipped src/data/taxonomy/roles.json)
  --skills <file>             skills taxonomy (default: the shipped src/data/taxonomy/skills.json)
  --currency <code>           report every role's pay in this currency (default: each role's most common)
  --min-skill-salary-n <n>    salaried listings a skill needs for pay by skill (default 3)
  --as-of <date-time>         the generated-at stamp (default: now); fix it for byte-identical output
  --source <label>            source label written into every bundle (default: the input file names)
  --strict                    any rejected record fails the build (exit 1) and nothing is written
  --top-unknown <n>           unknown skill keywords to list (default 20)
  --progress, --no-progress   force progress on stderr on or off (default: on a terminal or for large inputs)

sample  Writes deterministic synthetic listings (NDJSON) for several roles, to stdout or --out.
  --count <n>                 listings to write (default 1000)
  --seed <s>                  random seed, a whole number (default 1)
  --out <file>                write to a file instead of stdout (.gz compresses)
  --end <YYYY-MM-DD>          last posting day (default 2026-10-25); listings span the 16 weeks before it

Exit codes: 0 done, 1 failed (unreadable input, --strict rejections, write error), 2 bad command line.
`;
