import type { BuildReport } from './build-report.js';
import { quoteInput } from './quote-input.js';
import { REJECTION_REASONS } from '../../data/build/types.js';
import { formatBytes, formatCount, formatTable } from './format-table.js';

export interface ReportExtras {
  /** Gzip size of each written bundle, by file name. */
  gzipBytes?: ReadonlyMap<string, number>;
  /** Blank lines skipped, per file. */
  blankLines?: ReadonlyMap<string, number>;
  /** Unrecognised columns, per file, with the file's format (`CSV`, `Parquet`). */
  ignoredColumns?: ReadonlyMap<string, { format: string; columns: string[] }>;
  /** How many unknown skill keywords to list. */
  unknownLimit?: number;
}

const REASON_TEXT: Record<string, string> = {
  malformed: 'malformed (not UTF-8 text, not JSON, not an object, broken CSV row)',
  'missing-field': 'missing required field (id, title, postedAt)',
  'implausible-date': 'implausible date (after the as-of moment, or before 1990)',
  'duplicate-id': 'duplicate id (a later copy)',
  'unclassified-role': 'unclassified role (no known role, no title pattern matched)',
};

/**
 * The text a build prints: a per-role summary, then the reconciliation (records read = used +
 * rejected, per file and by reason, with the first rejections by file:line), pay left out, and
 * the skill keywords the taxonomy does not know yet.
 */
export function formatReport(report: BuildReport, extras: ReportExtras = {}): string {
  const out: string[] = [];
  const roleRows = report.roles.map((r) => [
    r.slug,
    r.market,
    formatCount(r.listings),
    formatCount(r.reposts),
    formatCount(r.salaried),
    r.median === null ? '–' : `${formatCount(r.median)} ${r.currency}`,
    r.annualised ? formatCount(r.annualised) : '–',
    r.topSkills.join(', ') || '–',
    Object.entries(r.excluded)
      .filter(([, n]) => n > 0)
      .map(([reason, n]) => `${reason} ${formatCount(n)}`)
      .join(', ') || '–',
    r.listings ? `${((100 * r.titlesOutsidePatterns) / r.listings).toFixed(1)}%` : '–',
    ((gz) => (gz === undefined ? '–' : formatBytes(gz)))(extras.gzipBytes?.get(`${r.slug}.${r.market}.json`)),
  ]);
  out.push(
    report.roles.length
      ? formatTable(
          [
            { title: 'Role' },
            { title: 'Market' },
            { title: 'Listings', align: 'right' },
            { title: 'Reposts', align: 'right' },
            { title: 'Yearly pay n', align: 'right' },
            { title: 'Median pay', align: 'right' },
            { title: 'Other-period n', align: 'right' },
            { title: 'Top skills' },
            { title: 'Pay left out' },
            { title: 'Titles off pattern', align: 'right' },
            { title: 'Gzip', align: 'right' },
          ],
          roleRows,
        )
      : 'No role has listings.',
  );

  const rejected = REJECTION_REASONS.reduce((sum, r) => sum + report.rejected[r], 0);
  out.push(
    '',
    `Reconciliation: ${formatCount(report.records)} records read = ${formatCount(report.used)} used + ${formatCount(rejected)} rejected; ` +
      `of the used, ${formatCount(report.reposts)} dropped as reposts`,
  );
  out.push(
    formatTable(
      [
        { title: 'File' },
        { title: 'Read', align: 'right' },
        { title: 'Used', align: 'right' },
        { title: 'Rejected', align: 'right' },
        { title: 'Blank lines', align: 'right' },
      ],
      report.files.map((f) => [
        f.file,
        formatCount(f.records),
        formatCount(f.used),
        formatCount(f.rejected),
        formatCount(extras.blankLines?.get(f.file) ?? 0),
      ]),
    ),
  );
  out.push('', 'Rejected by reason:');
  for (const reason of REJECTION_REASONS) out.push(`  ${formatCount(report.rejected[reason]).padStart(9)}  ${REASON_TEXT[reason]}`);
  if (report.examples.length) {
    out.push('', 'First rejections:');
    for (const e of report.examples) {
      const where = e.kind === 'line' ? `${e.file}:${e.line}` : `${e.file}: row ${e.line}`;
      out.push(`  ${where}: ${e.reason}: ${e.detail}${e.value === null ? '' : ` ${quoteInput(e.value)}`}`);
    }
  }
  const limit = extras.unknownLimit ?? 20;
  if (report.unknownSkills.length) {
    const shown = report.unknownSkills.slice(0, limit).map(([k, n]) => `${quoteInput(k)} (${formatCount(n)})`);
    out.push(
      '',
      `Unknown skill keywords: ${formatCount(report.unknownSkills.length)} (top ${Math.min(limit, report.unknownSkills.length)} by listings; add them to the skills file):`,
      `  ${shown.join(', ')}`,
    );
  }
  if (report.unknownRoles.length) {
    out.push(
      '',
      'Role values not in the roles file (the title decides the role instead; a title that names none is rejected, unclassified-role):',
      `  ${report.unknownRoles.map(([k, n]) => `${quoteInput(k)} (${formatCount(n)})`).join(', ')}`,
    );
  }
  if (report.unkeyedCountries.length) {
    out.push(
      '',
      'Country values that name no market (no Latin letter or digit, too long, or "all"; counted under Other markets):',
      `  ${report.unkeyedCountries.map(([k, n]) => `${quoteInput(k)} (${formatCount(n)})`).join(', ')}`,
    );
  }
  if (report.strayMarkets.length) {
    out.push(
      '',
      "Markets whose listings' locations are mostly another market's (check the country field; the build takes it as given):",
      ...report.strayMarkets.map(
        (m) =>
          `  ${m.market}: ${formatCount(m.elsewhere)} of its ${formatCount(m.listings)} listings (${Math.round((100 * m.elsewhere) / m.listings)}%) give a location most listings put in ${m.other}`,
      ),
    );
  }
  for (const [file, { format, columns }] of extras.ignoredColumns ?? []) {
    // Names come from the file, so they are quoted like any other input value.
    if (columns.length) out.push('', `${file}: ignored ${format} columns: ${columns.map(quoteInput).join(', ')}`);
  }
  return out.join('\n');
}
