-- Weekly demand per slice, over complete weeks only.
--
-- `agg_week(week, label, position)`: the last `trend_weeks` ISO weeks (Monday to Sunday, UTC) that
-- lie wholly inside the build's data window, from the first to the last posting day of every
-- accepted listing; a week the data only partly covers is never shown. Position 1 is the oldest.
-- `agg_trend_week(role, market, week, listings, skill_listings)`: each slice's listings per week and
-- those of them that carry skills. `agg_trend_skill(role, market, skill, week, listings)`: the
-- weekly mentions of each of the slice's top `trend_skills` skills.
-- `agg_trend_verdict(role, market, skill, verdict, recent_mentions, recent_listings,
-- earlier_mentions, earlier_listings)`: the last `trend_window` complete weeks against the
-- `trend_window` before them, by a two-sided two-proportion z-test (pooled) of the share of
-- skill-carrying listings that mention the skill. 'rising' or 'falling' only when |z| reaches
-- `trend_z` (95%) and each side has at least `trend_min_mentions` mentions; else 'steady'.

CREATE OR REPLACE TABLE agg_week AS
WITH bounds AS (SELECT CAST(min(posted) AS DATE) AS first_day, CAST(max(posted) AS DATE) AS last_day FROM accepted),
monday AS (
  SELECT CAST(m AS DATE) AS week
  FROM bounds, generate_series(CAST(date_trunc('week', first_day) AS TIMESTAMP), CAST(last_day AS TIMESTAMP), INTERVAL '7' DAY) g(m)
  WHERE CAST(m AS DATE) >= first_day AND CAST(m AS DATE) + INTERVAL '6' DAY <= last_day
),
kept AS (
  SELECT week, row_number() OVER (ORDER BY week DESC) AS back FROM monday
)
SELECT week,
  -- The ISO week-year and week ("2024-W07"): a Monday's ISO year is the year of its Thursday.
  CAST(year(week + INTERVAL '3' DAY) AS VARCHAR) || '-W' || lpad(CAST(weekofyear(week) AS VARCHAR), 2, '0') AS label,
  CAST(count(*) OVER () - back + 1 AS INTEGER) AS position
FROM kept, settings s
WHERE back <= s.trend_weeks;

CREATE OR REPLACE TABLE agg_trend_week AS
SELECT s.role, s.market, w.week, w.position,
  count(l.record_id) AS listings,
  count(l.record_id) FILTER (WHERE l.has_skills OR l.description IS NOT NULL) AS skill_listings
FROM agg_slice s
CROSS JOIN agg_week w
LEFT JOIN slice_listing l ON l.role = s.role AND l.slice_market = s.market AND l.posted_day BETWEEN w.week AND w.week + INTERVAL '6' DAY
GROUP BY s.role, s.market, w.week, w.position;

CREATE OR REPLACE TABLE agg_trend_skill AS
WITH followed AS (
  SELECT k.role, k.market, k.skill, k.rank FROM agg_skills k, settings s WHERE k.rank <= s.trend_skills
),
mention AS (
  SELECT l.role, l.slice_market AS market, k.skill, l.posted_day
  FROM slice_listing l JOIN listing_skill k ON k.record_id = l.record_id
)
SELECT f.role, f.market, f.skill, f.rank, w.week, w.position, count(m.posted_day) AS listings
FROM followed f
CROSS JOIN agg_week w
LEFT JOIN mention m ON m.role = f.role AND m.market = f.market AND m.skill = f.skill AND m.posted_day BETWEEN w.week AND w.week + INTERVAL '6' DAY
GROUP BY f.role, f.market, f.skill, f.rank, w.week, w.position;

CREATE OR REPLACE TABLE agg_trend_verdict AS
WITH span AS (
  SELECT max(position) AS last FROM agg_week
),
side AS (
  SELECT t.role, t.market, t.skill,
    sum(t.listings) FILTER (WHERE t.position > sp.last - s.trend_window) AS x1,
    sum(w.skill_listings) FILTER (WHERE t.position > sp.last - s.trend_window) AS n1,
    sum(t.listings) FILTER (WHERE t.position <= sp.last - s.trend_window AND t.position > sp.last - 2 * s.trend_window) AS x2,
    sum(w.skill_listings) FILTER (WHERE t.position <= sp.last - s.trend_window AND t.position > sp.last - 2 * s.trend_window) AS n2,
    max(sp.last) >= 2 * max(s.trend_window) AS enough_weeks,
    max(s.trend_z) AS z_needed,
    max(s.trend_min_mentions) AS min_mentions
  FROM agg_trend_skill t
  JOIN agg_trend_week w ON w.role = t.role AND w.market = t.market AND w.week = t.week
  CROSS JOIN span sp CROSS JOIN settings s
  GROUP BY t.role, t.market, t.skill
),
tested AS (
  SELECT *,
    CASE WHEN n1 > 0 AND n2 > 0 AND x1 + x2 > 0 AND x1 + x2 < n1 + n2 THEN
      (x1 / n1 - x2 / n2) / sqrt(((x1 + x2) / (n1 + n2)) * (1 - (x1 + x2) / (n1 + n2)) * (1 / n1 + 1 / n2))
    END AS z
  FROM side
)
SELECT role, market, skill,
  CASE
    WHEN NOT enough_weeks OR z IS NULL OR x1 < min_mentions OR x2 < min_mentions THEN 'steady'
    WHEN z >= z_needed THEN 'rising'
    WHEN z <= -z_needed THEN 'falling'
    ELSE 'steady'
  END AS verdict,
  CASE WHEN enough_weeks THEN x1 ELSE 0 END AS recent_mentions,
  CASE WHEN enough_weeks THEN n1 ELSE 0 END AS recent_listings,
  CASE WHEN enough_weeks THEN x2 ELSE 0 END AS earlier_mentions,
  CASE WHEN enough_weeks THEN n2 ELSE 0 END AS earlier_listings
FROM tested;
