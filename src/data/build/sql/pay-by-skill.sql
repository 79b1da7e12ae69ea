-- Headline pay by skill: `agg_pay_by_skill(role, market, skill, n, median, n_without,
-- median_without)` and `agg_pay_skill_floor(role, market, min_n)`.
--
-- A skill is listed when at least max(min_skill_pay_n, min_skill_pay_share × the slice's headline
-- n) of the slice's headline salaries mention it; the share is multiplied as a decimal, to the 9
-- places the CLI reads, so that 7% of 100 is 7 (in floating point, 100 × 0.07 is just over 7, whose
-- ceiling is 8). Beside its median is the median of the headline
-- salaries that do not mention it, with their number: listings with and without the skill, an
-- association, not a cause. Order: median descending, then name.

CREATE OR REPLACE TABLE agg_pay_skill_floor AS
SELECT p.role, p.market, greatest(max(s.min_skill_pay_n), CAST(ceil(count(*) * CAST(max(s.min_skill_pay_share) AS DECIMAL(18, 9))) AS BIGINT)) AS min_n
FROM paid p, settings s
WHERE p.use = 'headline'
GROUP BY p.role, p.market;

CREATE OR REPLACE TABLE agg_pay_by_skill AS
WITH headline AS (
  SELECT role, market, record_id, annual FROM paid WHERE use = 'headline'
),
with_skill AS (
  SELECT h.role, h.market, k.skill, count(*) AS n, round(quantile_cont(h.annual, 0.5)) AS median
  FROM headline h JOIN listing_skill k ON k.record_id = h.record_id
  GROUP BY h.role, h.market, k.skill
),
listed AS (
  SELECT w.* FROM with_skill w JOIN agg_pay_skill_floor f ON f.role = w.role AND f.market = w.market WHERE w.n >= f.min_n
),
without_skill AS (
  SELECT x.role, x.market, x.skill, count(h.record_id) AS n_without, round(quantile_cont(h.annual, 0.5)) AS median_without
  FROM listed x
  JOIN headline h ON h.role = x.role AND h.market = x.market
  LEFT JOIN listing_skill k ON k.record_id = h.record_id AND k.skill = x.skill
  WHERE k.record_id IS NULL
  GROUP BY x.role, x.market, x.skill
)
SELECT r.* FROM (
  SELECT x.role, x.market, x.skill, x.n, x.median, coalesce(o.n_without, 0) AS n_without, o.median_without,
    row_number() OVER (PARTITION BY x.role, x.market ORDER BY x.median DESC, x.skill) AS rank
  FROM listed x LEFT JOIN without_skill o ON o.role = x.role AND o.market = x.market AND o.skill = x.skill
) r, settings s
-- A bundle lists at most `max_items` entries (the contract's limit).
WHERE r.rank <= s.max_items;
