-- What each slice rests on: `agg_provenance(role, market, first_day, last_day, reposts,
-- before_reposts, titles_outside_patterns)`.
-- `reposts`: the slice's accepted listings dropped as reposts (0 when the build keeps them);
-- `before_reposts`: its accepted listings before that; `titles_outside_patterns`: its listings
-- whose title matches none of the role's title patterns (the role was stated in the input).

CREATE OR REPLACE TABLE agg_provenance AS
SELECT s.role, s.market,
  min(l.posted_day) FILTER (WHERE NOT l.repost OR st.keep_reposts) AS first_day,
  max(l.posted_day) FILTER (WHERE NOT l.repost OR st.keep_reposts) AS last_day,
  count(*) FILTER (WHERE l.repost AND NOT st.keep_reposts) AS reposts,
  count(*) AS before_reposts,
  count(*) FILTER (WHERE (NOT l.repost OR st.keep_reposts) AND NOT f.fits) AS titles_outside_patterns
FROM agg_slice s
JOIN listing l ON l.role = s.role AND (s.market = 'all' OR s.market = l.market)
JOIN title_fit f ON f.title = l.title AND f.role = l.role
CROSS JOIN settings st
GROUP BY s.role, s.market;
