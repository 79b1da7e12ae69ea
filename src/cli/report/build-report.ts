/** A market whose listings' locations say it may not be where they are (a country field mis-set). */
export interface StrayMarket {
  market: string;
  listings: number;
  /** Its listings whose location most listings (more than half) put in another market. */
  elsewhere: number;
  /** The market most of those locations belong to. */
  other: string;
}

/**
 * Markets with a bundle a quarter or more of whose bundled listings give a location that, across
 * the build, most listings with that location put in one other market: "Austin, TX" under Sudan
 * when nearly every "Austin, TX" is in the United States. A check on the country field, which the
 * build takes as given; a location seen as often in two markets decides nothing. Only listings in a
 * market's own slices count on its side, so a market no role has a bundle in is never named.
 */
const STRAY_MARKETS = `
  WITH placed AS (
    SELECT l.record_id, l.market, c.location_group AS place FROM listings l JOIN record_check c USING (record_id)
    WHERE l.market IS NOT NULL AND c.location_group <> 0
  ),
  by_place AS (SELECT place, market, count(*) AS n FROM placed GROUP BY place, market),
  usual AS (
    SELECT place, arg_max(market, n) AS main FROM by_place GROUP BY place HAVING max(n) * 2 > sum(n)
  ),
  bundled AS (SELECT record_id, slice_market AS market FROM slice_listing WHERE slice_market <> 'all'),
  stray AS (
    SELECT b.market, u.main AS other, count(*) AS n FROM bundled b JOIN placed p USING (record_id) JOIN usual u USING (place)
    WHERE u.main <> b.market GROUP BY b.market, u.main
  ),
  ranked AS (SELECT *, row_number() OVER (PARTITION BY market ORDER BY n DESC, other) AS place_in_market FROM stray),
  total AS (SELECT market, count(*) AS listings FROM bundled GROUP BY market)
  SELECT t.market, t.listings, sum(s.n) AS elsewhere, max(CASE WHEN s.place_in_market = 1 THEN s.other END) AS other
  FROM total t JOIN ranked s USING (market)
  GROUP BY t.market, t.listings
  HAVING sum(s.n) * 4 >= t.listings
  ORDER BY elsewhere DESC, t.market`;

import { REJECTION_REASONS, type RejectionReason } from '../../data/build/types.js';
import type { Engine } from '../engine/engine.js';
import { fileIndexOf } from '../engine/input-record.js';

export interface Rejection {
  file: string;
  /** "line" in NDJSON and for broken CSV rows; "row" (the record's number) in CSV and Parquet. */
  kind: 'line' | 'row';
  line: number;
  reason: RejectionReason;
  detail: string;
  /** The input value the detail quotes, as read (the report escapes and cuts it). */
  value: string | null;
}

export interface FileCounts {
  file: string;
  records: number;
  used: number;
  rejected: number;
}

export interface RoleSummary {
  slug: string;
  market: string;
  listings: number;
  salaried: number;
  median: number | null;
  currency: string | null;
  annualised: number;
  topSkills: string[];
  excluded: Record<string, number>;
  reposts: number;
  titlesOutsidePatterns: number;
}

export interface BuildReport {
  /** Records read = used + rejected, in total and per file; used = kept + reposts. */
  records: number;
  used: number;
  reposts: number;
  rejected: Record<RejectionReason, number>;
  /** The first few rejections of each reason, in reading order. */
  examples: Rejection[];
  files: FileCounts[];
  /** Skill keywords outside the taxonomy, by listings mentioning them (most first). */
  unknownSkills: Array<[string, number]>;
  /** `role` values outside the roles file (their titles decided the role), by count. */
  unknownRoles: Array<[string, number]>;
  /** `country` values that name no market (no Latin letter or digit, too long, or "All"), by counted listings. */
  unkeyedCountries: Array<[string, number]>;
  /** Markets a quarter or more of whose listings give a location most listings put in another market. */
  strayMarkets: StrayMarket[];
  roles: RoleSummary[];
}

/** The reconciliation of what was read with what was used, from the engine's `checked` table. */
export async function buildReport(engine: Engine, files: readonly string[], examplesPerReason = 5): Promise<BuildReport> {
  // Reposts by file from the record id's high bits (see `recordId`): no join of every record with every listing.
  const counts = await engine.rows<{ file_index: number; records: number; used: number; reposts: number }>(
    `SELECT file_index, sum(records) AS records, sum(used) AS used, sum(reposts) AS reposts FROM (
       SELECT file_index, count(*) AS records, count(*) FILTER (WHERE reason IS NULL) AS used, 0 AS reposts FROM checked GROUP BY file_index
       UNION ALL
       SELECT CAST(${fileIndexOf('a.record_id')} AS INTEGER), 0, 0, count(*) FROM accepted a, settings s WHERE a.repost AND NOT s.keep_reposts GROUP BY 1
     ) GROUP BY file_index`,
  );
  const byReason = await engine.rows<{ reason: RejectionReason; n: number }>(
    `SELECT reason, count(*) AS n FROM checked WHERE reason IS NOT NULL GROUP BY reason`,
  );
  const examples = await engine.rows<{
    file: string;
    location_kind: 'line' | 'row';
    line: number;
    reason: RejectionReason;
    detail: string;
    detail_value: string | null;
  }>(
    `SELECT f.file, f.location_kind, c.line, c.reason, c.detail, c.detail_value
     FROM (SELECT * FROM checked WHERE reason IS NOT NULL QUALIFY row_number() OVER (PARTITION BY reason ORDER BY file_index, line) <= ${examplesPerReason}) c
     JOIN input_file f ON f.file_index = c.file_index
     ORDER BY c.file_index, c.line`,
  );
  const unknownSkills = await engine.rows<{ skill: string; n: number }>(
    `SELECT skill, count(*) AS n FROM listing_skill k JOIN listings USING (record_id) WHERE NOT k.known GROUP BY skill ORDER BY n DESC, skill`,
  );
  const unknownRoles = await engine.rows<{ role: string; n: number }>(
    // A listing whose title then names no role either is rejected for that, and its stated role is
    // still the value the data owner needs to add.
    `SELECT unlisted_role AS role, count(*) AS n FROM checked
     WHERE (reason IS NULL OR reason = 'unclassified-role') AND unlisted_role IS NOT NULL
     GROUP BY unlisted_role ORDER BY n DESC, role`,
  );
  const unkeyedCountries = await engine.rows<{ country: string; n: number }>(
    `SELECT country, count(*) AS n FROM listings WHERE market IS NULL AND country IS NOT NULL GROUP BY country ORDER BY n DESC, country`,
  );
  const strayMarkets = await engine.rows<StrayMarket>(STRAY_MARKETS);
  const roles = await engine.rows<RoleSummary & { top: string[]; ex_invalid: number; ex_currency: number; ex_implausible: number }>(
    `SELECT s.role AS slug, s.market, s.listings, coalesce(p.n, 0) AS salaried, p.median, p.currency,
       coalesce(p.annualised_n, 0) AS annualised,
       coalesce((SELECT list(k.skill ORDER BY k.rank) FROM agg_skills k WHERE k.role = s.role AND k.market = s.market AND k.rank <= 3), []) AS top,
       coalesce(p.excluded_invalid, 0) AS ex_invalid, coalesce(p.excluded_currency, 0) AS ex_currency, coalesce(p.excluded_implausible, 0) AS ex_implausible,
       v.reposts, v.titles_outside_patterns AS titlesOutsidePatterns
     FROM agg_slice s
     LEFT JOIN agg_pay p USING (role, market)
     JOIN agg_provenance v USING (role, market)
     JOIN role_definition d ON d.slug = s.role
     ORDER BY d.position, s.market <> 'all', s.listings DESC, s.market`,
  );
  const rejected = Object.fromEntries(REJECTION_REASONS.map((r) => [r, byReason.find((x) => x.reason === r)?.n ?? 0])) as Record<
    RejectionReason,
    number
  >;
  const fileCounts = files.map((file, i) => {
    const row = counts.find((c) => c.file_index === i);
    return {
      file,
      records: row?.records ?? 0,
      used: row?.used ?? 0,
      rejected: (row?.records ?? 0) - (row?.used ?? 0),
      reposts: row?.reposts ?? 0,
    };
  });
  return {
    records: fileCounts.reduce((sum, f) => sum + f.records, 0),
    used: fileCounts.reduce((sum, f) => sum + f.used, 0),
    reposts: fileCounts.reduce((sum, f) => sum + f.reposts, 0),
    rejected,
    examples: examples.map((e) => ({
      file: e.file,
      kind: e.location_kind,
      line: e.line,
      reason: e.reason,
      detail: e.detail,
      value: e.detail_value,
    })),
    files: fileCounts.map(({ reposts: _reposts, ...f }) => f),
    unknownSkills: unknownSkills.map((u) => [u.skill, u.n]),
    unknownRoles: unknownRoles.map((u) => [u.role, u.n]),
    unkeyedCountries: unkeyedCountries.map((u) => [u.country, u.n]),
    strayMarkets,
    roles: roles.map((r) => ({
      slug: r.slug,
      market: r.market,
      listings: r.listings,
      salaried: r.salaried,
      median: r.median,
      currency: r.currency,
      annualised: r.annualised,
      topSkills: r.top,
      excluded: { invalid: r.ex_invalid, currency: r.ex_currency, implausible: r.ex_implausible },
      reposts: r.reposts,
      titlesOutsidePatterns: r.titlesOutsidePatterns,
    })),
  };
}
