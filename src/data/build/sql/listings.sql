-- The normalised listings every statistic reads.
--
-- Input: `input_record` (one row per record read: file, line, the listing's fields as text, or a
-- `malformed` reason), the `settings` row, and the macros generated from the rule tables:
-- role_of_title(title), seniority_of_title(title), market_key(country), normalise_keyword(text).
-- Output: `checked` (every record with its rejection reason, or none) and `listing` (every
-- accepted listing, reposts marked), and the view `listings` (what the statistics count).

-- 1. Each record, checked in order: malformed, a required field, an implausible date, no role.
CREATE OR REPLACE TEMP TABLE parsed AS
SELECT
  r.*,
  nullif(trim(r.id), '') AS id_text,
  nullif(trim(r.title), '') AS title_text,
  CASE
    WHEN regexp_full_match(trim(r.posted_at), '\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?')
      THEN try_cast(trim(r.posted_at) AS TIMESTAMPTZ)
  END AS posted,
  CASE
    WHEN lower(trim(r.role)) IN (SELECT slug FROM role_definition) THEN lower(trim(r.role))
    ELSE role_of_title(r.title)
  END AS role_slug
FROM input_record r;

CREATE OR REPLACE TABLE checked AS
WITH reasoned AS (
  SELECT
    p.*,
    CASE
      WHEN p.malformed IS NOT NULL THEN 'malformed'
      WHEN p.id_text IS NULL OR p.title_text IS NULL OR p.posted IS NULL THEN 'missing-field'
      WHEN p.posted > s.as_of OR p.posted < s.earliest_date THEN 'implausible-date'
      WHEN p.role_slug IS NULL THEN 'unclassified-role'
    END AS early_reason,
    -- What a message says of the record, and the input value it quotes (the CLI escapes and cuts it).
    CASE
      WHEN p.malformed IS NOT NULL THEN p.malformed
      WHEN p.id_text IS NULL THEN 'id is missing or not a string'
      WHEN p.title_text IS NULL THEN 'title is missing or not a string'
      WHEN p.posted IS NULL THEN 'postedAt is missing or not an ISO date'
      WHEN p.posted > s.as_of THEN 'postedAt is after the build''s as-of moment:'
      WHEN p.posted < s.earliest_date THEN 'postedAt is before ' || strftime(s.earliest_date, '%Y') || ':'
      WHEN p.role_slug IS NULL THEN 'no role matches the title'
    END AS early_detail,
    CASE
      WHEN p.malformed IS NOT NULL OR p.id_text IS NULL OR p.title_text IS NULL OR p.posted IS NULL THEN NULL
      WHEN p.posted > s.as_of OR p.posted < s.earliest_date THEN p.posted_at
      WHEN p.role_slug IS NULL THEN p.title_text
    END AS early_value
  FROM parsed p, settings s
)
SELECT
  * EXCLUDE (early_reason, early_detail, early_value),
  -- 2. Of the records that pass, the first with an id (in reading order) wins.
  CASE
    WHEN early_reason IS NOT NULL THEN early_reason
    WHEN row_number() OVER (PARTITION BY id_text, early_reason IS NULL ORDER BY file_index, line) > 1 THEN 'duplicate-id'
  END AS reason,
  CASE WHEN early_reason IS NOT NULL THEN early_detail ELSE 'this id was seen before:' END AS detail,
  CASE WHEN early_reason IS NOT NULL THEN early_value ELSE id_text END AS detail_value
FROM reasoned;

-- 3. Accepted listings, normalised. A repost is a listing whose previous listing with the same
--    company, title and location (lower case, white space collapsed) was posted less than
--    `repost_days` before it; listings without a company are never reposts.
CREATE OR REPLACE TABLE listing AS
WITH accepted AS (
  SELECT
    c.*,
    coalesce(normalise_keyword(c.company), '') AS company_key,
    normalise_keyword(c.title) AS title_key,
    coalesce(normalise_keyword(c.location), '') AS location_key
  FROM checked c
  WHERE c.reason IS NULL
), keyed AS (
  SELECT
    a.*,
    lag(a.posted) OVER (PARTITION BY a.company_key, a.title_key, a.location_key ORDER BY a.posted, a.id_text) AS previous_posted
  FROM accepted a
)
SELECT
  k.record_id,
  k.id_text AS id,
  k.role_slug AS role,
  k.title_text AS title,
  k.posted,
  CAST(k.posted AS DATE) AS posted_day,
  market_key(k.country) AS market,
  nullif(trim(k.country), '') AS country,
  CASE
    WHEN lower(trim(k.seniority)) IN (SELECT level FROM seniority_level) THEN lower(trim(k.seniority))
    ELSE seniority_of_title(k.title_text)
  END AS seniority,
  k.has_skills,
  k.skills,
  k.description,
  k.salary_given,
  k.salary_min,
  k.salary_max,
  upper(trim(k.salary_currency)) AS salary_currency,
  lower(trim(k.salary_period)) AS salary_period,
  k.company_key <> ''
    AND k.previous_posted IS NOT NULL
    AND epoch(k.posted) - epoch(k.previous_posted) < s.repost_days * 86400 AS repost
FROM keyed k, settings s;

-- What the statistics count: accepted listings, reposts dropped unless the build keeps them.
CREATE OR REPLACE VIEW listings AS
SELECT l.* FROM listing l, settings s WHERE NOT l.repost OR s.keep_reposts;
