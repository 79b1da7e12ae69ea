/** CSV columns, matched to the header case-insensitively; the same names as the NDJSON fields. */
export const CSV_TEXT_COLUMNS = ['id', 'title', 'postedAt', 'role', 'seniority', 'description', 'company', 'location', 'country', 'employmentType'] as const;
export const CSV_COLUMNS = [...CSV_TEXT_COLUMNS, 'remote', 'skills', 'salaryMin', 'salaryMax', 'salaryCurrency', 'salaryPeriod'] as const;
export const CSV_REQUIRED = ['id', 'title', 'postedAt'] as const;

/**
 * Turns one CSV row (header name → cell text) into a listing object shaped like an NDJSON line:
 * empty cells are absent, `skills` is split on ";", `remote` becomes a boolean when it reads as
 * one, and the four salary columns become `salary: {min, max, currency, period}`. Amounts may use
 * thousands separators ("120,000"); anything else that is not a number is passed on as text so
 * the pay check reports it.
 */
export function csvListing(cells: ReadonlyMap<string, string>): Record<string, unknown> {
  const get = (column: string) => {
    const v = cells.get(column)?.trim();
    return v ? v : undefined;
  };
  const listing: Record<string, unknown> = {};
  for (const column of CSV_TEXT_COLUMNS) {
    const v = get(column);
    if (v !== undefined) listing[column] = v;
  }
  const remote = get('remote');
  if (remote !== undefined) listing.remote = toBoolean(remote);
  const skills = get('skills');
  if (skills !== undefined) listing.skills = skills.split(';').map((s) => s.trim()).filter(Boolean);
  const min = get('salaryMin');
  const max = get('salaryMax');
  const currency = get('salaryCurrency');
  const period = get('salaryPeriod');
  if (min !== undefined || max !== undefined || currency !== undefined || period !== undefined) {
    const salary: Record<string, unknown> = {};
    if (min !== undefined) salary.min = toAmount(min);
    if (max !== undefined) salary.max = toAmount(max);
    if (currency !== undefined) salary.currency = currency;
    if (period !== undefined) salary.period = period.toLowerCase();
    listing.salary = salary;
  }
  return listing;
}

function toBoolean(v: string): boolean | string {
  const s = v.toLowerCase();
  if (s === 'true' || s === 'yes' || s === '1') return true;
  if (s === 'false' || s === 'no' || s === '0') return false;
  return v;
}

function toAmount(v: string): number | string {
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(v) ? v.replace(/,/g, '') : v;
  return /^\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : v;
}
