-- Headline pay per seniority level: `agg_pay_by_seniority(role, market, level, n, p10 … p90)` for
-- every level with at least one headline salary, in career order. A level with fewer than
-- `min_seniority_pay_n` salaries carries its n only (percentiles null): too few to draw a band.

CREATE OR REPLACE TABLE agg_pay_by_seniority AS
SELECT
  p.role, p.market, p.seniority AS level, max(v.position) AS position, count(*) AS n,
  CASE WHEN count(*) >= max(s.min_seniority_pay_n) THEN round(quantile_cont(p.annual, 0.10)) END AS p10,
  CASE WHEN count(*) >= max(s.min_seniority_pay_n) THEN round(quantile_cont(p.annual, 0.25)) END AS p25,
  CASE WHEN count(*) >= max(s.min_seniority_pay_n) THEN round(quantile_cont(p.annual, 0.50)) END AS median,
  CASE WHEN count(*) >= max(s.min_seniority_pay_n) THEN round(quantile_cont(p.annual, 0.75)) END AS p75,
  CASE WHEN count(*) >= max(s.min_seniority_pay_n) THEN round(quantile_cont(p.annual, 0.90)) END AS p90
FROM paid p JOIN seniority_level v ON v.level = p.seniority, settings s
WHERE p.use = 'headline'
GROUP BY p.role, p.market, p.seniority;
