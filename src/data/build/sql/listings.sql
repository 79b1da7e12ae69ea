-- The normalised listings every statistic reads.
--
-- Input: `input_record` (one row per record read: file, line, the listing's fields as text, or a
-- `malformed` reason), the `settings` row, and the macros generated from the rule tables:
-- role_of_title(title), seniority_of_title(title), title_fits_role(title, role),
-- market_key(country), normalise_keyword(text).
-- Output: `checked` (every record with its rejection reason, or none), `listing` (every accepted
-- listing, reposts marked), `title_fit`, and the view `listings` (what the statistics count).
--
-- Titles, companies, locations and countries repeat across listings, so each rule that reads
-- them runs once per distinct value, and listings join the answers.

-- What each distinct title says: its role by the title patterns, its level, its repost key.
CREATE OR REPLACE TEMP TABLE title_rule AS
SELECT title, role_of_title(title) AS title_role, seniority_of_title(title) AS title_level, normalise_keyword(title) AS title_key
FROM (SELECT DISTINCT title FROM input_record WHERE title IS NOT NULL);

-- 1. Each record, checked in order: malformed, a required field, an implausible date, no role.
CREATE OR REPLACE TABLE checked AS
WITH parsed AS (
  SELECT
    r.record_id, r.file_index, r.file, r.line, r.location_kind, r.malformed, r.role AS stated_role, r.posted_at,
    nullif(trim(r.id), '') AS id_text,
    nullif(trim(r.title), '') AS title_text,
    CASE
      WHEN regexp_matches(trim(r.posted_at), '^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?)\z')
        THEN try_cast(trim(r.posted_at) AS TIMESTAMPTZ)
    END AS posted,
    coalesce(d.slug, t.title_role) AS role_slug
  FROM input_record r
  LEFT JOIN role_definition d ON d.slug = lower(trim(r.role))
  LEFT JOIN title_rule t ON t.title = r.title
),
reasoned AS (
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
      WHEN p.posted < s.earliest_date THEN 'postedAt is before ' || CAST(year(s.earliest_date) AS VARCHAR) || ':'
      WHEN p.role_slug IS NULL THEN 'no role matches the title'
    END AS early_detail,
    CASE
      WHEN p.malformed IS NOT NULL OR p.id_text IS NULL OR p.title_text IS NULL OR p.posted IS NULL THEN NULL
      WHEN p.posted > s.as_of OR p.posted < s.earliest_date THEN p.posted_at
      WHEN p.role_slug IS NULL THEN p.title_text
    END AS early_value
  FROM parsed p, settings s
),
-- 2. Of the records that pass, the first with an id (in reading order) wins.
first_of_id AS (
  SELECT id_text, min(record_id) AS first_record FROM reasoned WHERE early_reason IS NULL GROUP BY id_text
)
SELECT
  r.record_id, r.file_index, r.file, r.line, r.location_kind, r.stated_role, r.id_text, r.posted, r.role_slug,
  CASE
    WHEN r.early_reason IS NOT NULL THEN r.early_reason
    WHEN f.first_record <> r.record_id THEN 'duplicate-id'
  END AS reason,
  CASE WHEN r.early_reason IS NOT NULL THEN r.early_detail ELSE 'this id was seen before:' END AS detail,
  CASE WHEN r.early_reason IS NOT NULL THEN r.early_value ELSE r.id_text END AS detail_value
FROM reasoned r
LEFT JOIN first_of_id f ON f.id_text = r.id_text;

-- 3. Accepted listings, normalised. A repost is a listing whose previous listing with the same
--    company, title and location (normalise_keyword: lower case, white space collapsed and
--    trimmed; no location is the empty location) was posted less than `repost_days` before it;
--    listings without a company are never reposts.
CREATE OR REPLACE TEMP TABLE company_key AS
SELECT company, normalise_keyword(company) AS company_key FROM (SELECT DISTINCT company FROM input_record WHERE company IS NOT NULL);
CREATE OR REPLACE TEMP TABLE location_key AS
SELECT location, normalise_keyword(location) AS location_key FROM (SELECT DISTINCT location FROM input_record WHERE location IS NOT NULL);
CREATE OR REPLACE TEMP TABLE country_key AS
SELECT country, market_key(country) AS market, nullif(trim(country), '') AS country_name FROM (SELECT DISTINCT country FROM input_record WHERE country IS NOT NULL);

CREATE OR REPLACE TABLE listing AS
WITH accepted AS (
  SELECT
    c.record_id, c.id_text, c.role_slug, c.posted, r.title, r.seniority, r.has_skills, r.skills, r.description,
    r.salary_given, r.salary_min, r.salary_max, r.salary_currency, r.salary_period,
    coalesce(ck.company_key, '') AS company_key, t.title_key, coalesce(lk.location_key, '') AS location_key,
    t.title_level, k.market, k.country_name
  FROM checked c
  JOIN input_record r ON r.record_id = c.record_id
  JOIN title_rule t ON t.title = r.title
  LEFT JOIN company_key ck ON ck.company = r.company
  LEFT JOIN location_key lk ON lk.location = r.location
  LEFT JOIN country_key k ON k.country = r.country
  WHERE c.reason IS NULL
),
keyed AS (
  SELECT
    a.*,
    lag(a.posted) OVER (PARTITION BY a.company_key, a.title_key, a.location_key ORDER BY a.posted, a.id_text) AS previous_posted
  FROM accepted a
)
SELECT
  k.record_id,
  k.id_text AS id,
  k.role_slug AS role,
  trim(k.title) AS title,
  k.posted,
  CAST(k.posted AS DATE) AS posted_day,
  k.market,
  k.country_name AS country,
  CASE
    WHEN v.level IS NOT NULL THEN v.level
    ELSE k.title_level
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
    AND date_diff('microsecond', k.previous_posted, k.posted) < CAST(s.repost_days AS BIGINT) * 86400000000 AS repost
FROM keyed k
CROSS JOIN settings s
LEFT JOIN seniority_level v ON v.level = lower(trim(k.seniority));

-- Whether each listing's title fits its role's title patterns, once per distinct title and role.
CREATE OR REPLACE TEMP TABLE title_fit AS
SELECT title, role, title_fits_role(title, role) AS fits FROM (SELECT DISTINCT title, role FROM listing);

-- Every record is now in `checked` or `listing`; the raw fields are not read again.
DROP TABLE input_record;

-- What the statistics count: accepted listings, reposts dropped unless the build keeps them.
CREATE OR REPLACE VIEW listings AS
SELECT l.* FROM listing l, settings s WHERE NOT l.repost OR s.keep_reposts;
