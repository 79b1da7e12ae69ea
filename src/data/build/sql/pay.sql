-- Pay per slice.
--
-- `salary` holds each listing's stated pay, read: the midpoint of min and max (or the one given),
-- annualised by the period's constant, with `problem` = 'invalid' when no positive min or max, an
-- unknown period or a currency that is not three letters. A slice's currency is `currency` when
-- the build names one, else the one most of its readable salaries use (ties by code). Headline pay
-- (`agg_pay`) uses plausible salaries in that currency stated per year, or, with pay basis
-- 'all', stated per any period and annualised; R-7 percentiles (quantile_cont), exact, then
-- rounded. With basis 'year', salaries stated per hour, day, week or month give a separate,
-- approximate figure: their n and median, annualised. Left out, by reason: invalid, currency
-- (readable, another currency), implausible (annual pay outside the plausible range).

CREATE OR REPLACE VIEW salary AS
SELECT
  l.*,
  CASE
    WHEN (l.salary_min IS NULL AND l.salary_max IS NULL)
      OR l.salary_min <= 0 OR l.salary_max <= 0
      -- Not finite (NaN or ±infinity): abs(x) < infinity fails for exactly those.
      OR NOT (abs(coalesce(l.salary_min, 1)) < CAST('Infinity' AS DOUBLE))
      OR NOT (abs(coalesce(l.salary_max, 1)) < CAST('Infinity' AS DOUBLE)) THEN 'invalid'
    WHEN l.salary_period IS NULL OR l.salary_period NOT IN ('hour', 'day', 'week', 'month', 'year') THEN 'invalid'
    WHEN l.salary_currency IS NULL OR NOT regexp_matches(l.salary_currency, '^(?:[A-Z]{3})\z') THEN 'invalid'
  END AS problem,
  (CASE WHEN l.salary_min IS NOT NULL AND l.salary_max IS NOT NULL THEN (l.salary_min + l.salary_max) / 2
        ELSE coalesce(l.salary_min, l.salary_max) END)
  * CASE l.salary_period
      WHEN 'hour' THEN s.hours_per_year WHEN 'day' THEN s.days_per_year WHEN 'week' THEN s.weeks_per_year
      WHEN 'month' THEN s.months_per_year ELSE 1 END AS annual,
  l.salary_period = 'year' AS yearly
FROM slice_listing l, settings s
WHERE l.salary_given;

CREATE OR REPLACE TABLE slice_currency AS
SELECT role, slice_market AS market, currency FROM (
  SELECT role, slice_market, salary_currency AS currency,
    row_number() OVER (PARTITION BY role, slice_market ORDER BY count(*) DESC, salary_currency) AS place
  FROM salary WHERE problem IS NULL GROUP BY role, slice_market, salary_currency
) WHERE place = 1;

-- Every salary with the slice's verdict on it: 'headline', 'annualised', or why it is left out.
CREATE OR REPLACE TABLE paid AS
SELECT
  p.role, p.slice_market AS market, p.record_id, p.seniority, p.annual,
  CASE
    WHEN p.problem IS NOT NULL THEN 'invalid'
    WHEN p.salary_currency <> coalesce(s.currency, c.currency) THEN 'currency'
    WHEN p.annual < s.plausible_min OR p.annual > s.plausible_max THEN 'implausible'
    WHEN p.yearly OR s.pay_basis = 'all' THEN 'headline'
    ELSE 'annualised'
  END AS use
FROM salary p CROSS JOIN settings s
LEFT JOIN slice_currency c ON c.role = p.role AND c.market = p.slice_market;

-- Every slice with a salary has a row, even one whose salaries are all invalid (no currency then,
-- and n = 0): what was left out is counted either way.
CREATE OR REPLACE TABLE agg_pay AS
SELECT
  p.role, p.market, coalesce(s.currency, c.currency) AS currency, s.pay_basis AS basis,
  count(*) FILTER (WHERE p.use = 'headline') AS n,
  round(quantile_cont(p.annual, 0.10) FILTER (WHERE p.use = 'headline')) AS p10,
  round(quantile_cont(p.annual, 0.25) FILTER (WHERE p.use = 'headline')) AS p25,
  round(quantile_cont(p.annual, 0.50) FILTER (WHERE p.use = 'headline')) AS median,
  round(quantile_cont(p.annual, 0.75) FILTER (WHERE p.use = 'headline')) AS p75,
  round(quantile_cont(p.annual, 0.90) FILTER (WHERE p.use = 'headline')) AS p90,
  count(*) FILTER (WHERE p.use = 'annualised') AS annualised_n,
  round(quantile_cont(p.annual, 0.50) FILTER (WHERE p.use = 'annualised')) AS annualised_median,
  count(*) FILTER (WHERE p.use = 'invalid') AS excluded_invalid,
  count(*) FILTER (WHERE p.use = 'currency') AS excluded_currency,
  count(*) FILTER (WHERE p.use = 'implausible') AS excluded_implausible
FROM paid p
LEFT JOIN slice_currency c ON c.role = p.role AND c.market = p.market, settings s
GROUP BY p.role, p.market, coalesce(s.currency, c.currency), s.pay_basis;
