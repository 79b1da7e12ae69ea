-- Listings per seniority level: `agg_seniority(role, market, level, position, listings)`, every
-- level of every slice, zeros included, in career order (`position`).

CREATE OR REPLACE TABLE agg_seniority AS
SELECT s.role, s.market, v.level, v.position, count(l.record_id) AS listings
FROM agg_slice s
CROSS JOIN seniority_level v
LEFT JOIN slice_listing l ON l.role = s.role AND l.slice_market = s.market AND l.seniority = v.level
GROUP BY s.role, s.market, v.level, v.position;
