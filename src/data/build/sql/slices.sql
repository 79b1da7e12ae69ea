-- The slices bundles are made for: `agg_slice(role, market, market_name, listings)`.
-- Every role with listings gets an all-markets slice (market 'all'); a market (a listing's
-- `country`) gets its own slice of a role when it holds at least `min_market_listings` of the
-- role's listings. `slice_listing` is every listing of `listings` once per slice it belongs to.

CREATE OR REPLACE TABLE agg_slice AS
WITH market_count AS (
  SELECT role, market, count(*) AS listings FROM listings WHERE market IS NOT NULL GROUP BY role, market
),
-- A market's name is its most common spelling, ties by code-point order.
spelling AS (
  SELECT market, country, count(*) AS n FROM listings WHERE market IS NOT NULL GROUP BY market, country
),
market_name AS (
  SELECT t.market, t.name FROM (
    SELECT market, country AS name, row_number() OVER (PARTITION BY market ORDER BY n DESC, country) AS place FROM spelling
  ) t
  WHERE t.place = 1
)
SELECT role, 'all' AS market, 'All markets' AS market_name, count(*) AS listings FROM listings GROUP BY role
UNION ALL
SELECT c.role, c.market, n.name, c.listings
FROM market_count c JOIN market_name n ON n.market = c.market, settings s
WHERE c.listings >= s.min_market_listings;

-- Two equality joins rather than one with OR: each listing meets its role's all-markets slice and
-- its own market's, not every slice of its role.
CREATE OR REPLACE VIEW slice_listing AS
SELECT s.market AS slice_market, l.*
FROM listings l JOIN agg_slice s ON s.role = l.role AND s.market = 'all'
UNION ALL
SELECT s.market AS slice_market, l.*
FROM listings l JOIN agg_slice s ON s.role = l.role AND s.market = l.market AND s.market <> 'all';

-- The market mix of each role's all-markets slice: listings per market that has its own slice,
-- and one entry (key '', "Other markets") for every other market and listings without a country.
-- `markets` is how many markets an entry's listings come from (listings without a country count as
-- one; a country that names no market key, "日本", counts by its name, '~' keeping it apart from the
-- keys): "Other markets" may hold several markets, and the view is pooled when the sum exceeds 1.
CREATE OR REPLACE TABLE agg_market_mix AS
SELECT l.role, coalesce(n.market, '') AS market, coalesce(max(n.market_name), 'Other markets') AS market_name, count(*) AS listings,
  count(DISTINCT coalesce(l.market, '~' || l.country, '')) AS markets
FROM listings l
LEFT JOIN agg_slice n ON n.role = l.role AND n.market = l.market AND n.market <> 'all'
GROUP BY l.role, coalesce(n.market, '');
