-- Skill demand per slice: `agg_skills(role, market, skill, category, listings, rank)` for the top
-- `top_skills` skills by listings mentioning them (ties by name), and `agg_skill_base(role, market,
-- skill_listings)`: the listings that carry skills (a `skills` list, an empty one included, or a
-- description the extractor read), which every share of a skill is a share of.

CREATE OR REPLACE TABLE agg_skill_base AS
SELECT l.role, l.slice_market AS market, count(*) FILTER (WHERE l.has_skills OR l.description IS NOT NULL) AS skill_listings
FROM slice_listing l
GROUP BY l.role, l.slice_market;

CREATE OR REPLACE TABLE agg_skills AS
SELECT role, market, skill, category, listings, rank
FROM (
  SELECT l.role, l.slice_market AS market, k.skill, max(k.category) AS category, count(*) AS listings,
    row_number() OVER (PARTITION BY l.role, l.slice_market ORDER BY count(*) DESC, k.skill) AS rank
  FROM slice_listing l JOIN listing_skill k ON k.record_id = l.record_id
  GROUP BY l.role, l.slice_market, k.skill
), settings s
WHERE rank <= s.top_skills;
