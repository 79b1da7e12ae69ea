-- What each slice rests on: `agg_provenance(role, market, first_day, last_day, reposts,
-- before_reposts, titles_outside_patterns)`.
-- `reposts`: the slice's accepted listings dropped as reposts (0 when the build keeps them);
-- `before_reposts`: its accepted listings before that; `titles_outside_patterns`: its listings
-- whose title matches none of the role's title patterns (the role was stated in the input).
--
-- The accepted listings are first counted by role, country and title, which leaves a row per
-- distinct combination rather than per listing; the slices then add those counts up.

CREATE OR REPLACE TABLE agg_provenance AS
WITH counted AS (
  SELECT
    a.role_slug AS role, a.country_no, a.title_no,
    min(a.posted) FILTER (WHERE NOT a.repost OR st.keep_reposts) AS first_posted,
    max(a.posted) FILTER (WHERE NOT a.repost OR st.keep_reposts) AS last_posted,
    count(*) FILTER (WHERE a.repost AND NOT st.keep_reposts) AS reposts,
    count(*) AS before_reposts,
    count(*) FILTER (WHERE NOT a.repost OR st.keep_reposts) AS kept
  FROM accepted a
  CROSS JOIN settings st
  GROUP BY a.role_slug, a.country_no, a.title_no
),
named AS (
  SELECT c.*, k.market, f.fits
  FROM counted c
  LEFT JOIN country_key k ON k.country_no = c.country_no
  JOIN title_fit f ON f.title_no = c.title_no AND f.role = c.role
)
SELECT s.role, s.market,
  -- A day is its instant's UTC date, so the first day is the first instant's.
  CAST(min(n.first_posted) AS DATE) AS first_day,
  CAST(max(n.last_posted) AS DATE) AS last_day,
  CAST(sum(n.reposts) AS BIGINT) AS reposts,
  CAST(sum(n.before_reposts) AS BIGINT) AS before_reposts,
  CAST(coalesce(sum(n.kept) FILTER (WHERE NOT n.fits), 0) AS BIGINT) AS titles_outside_patterns
FROM agg_slice s
JOIN named n ON n.role = s.role AND (s.market = 'all' OR s.market = n.market)
GROUP BY s.role, s.market;
