-- The normalised listings every statistic reads.
--
-- Input: `input_record` (one row per record read: file number, line, the listing's fields as text,
-- or a `malformed` reason), the `settings` row, and the macros generated from the rule tables:
-- role_of_title(title), seniority_of_title(title), title_fits_role(title, role),
-- market_key(country), collapse_white_space(text), normalise_keyword(text).
-- Output: the view `checked` (every record with its rejection reason, or none) over
-- `record_check` and `duplicate_record`; `accepted` (every accepted listing by number, reposts
-- marked) and the view `listing` (the same with names); `title_fit`; and `listings` (what the
-- statistics count, with every field they read).
--
-- Titles, companies, locations, countries and stated roles repeat across listings, so each rule
-- that reads them runs once per distinct value, and records join the answers. A pass over every
-- record carries numbers, not names, where it can: the repost window sorts three integers, a
-- time and an id. The raw fields are read once more only for the listings the statistics count.

-- What each distinct title says: whether it is blank, its role by the title patterns, its level,
-- and its repost key as a number (`title_group`: titles with the same normalised key share one).
CREATE OR REPLACE TEMP TABLE title_rule AS
SELECT title, title_clean, title_role, title_level,
  CAST(row_number() OVER (ORDER BY title) AS INTEGER) AS title_no,
  CAST(dense_rank() OVER (ORDER BY title_key) AS INTEGER) AS title_group
FROM (
  SELECT title, title_clean, role_of_title(title_clean) AS title_role, seniority_of_title(title_clean) AS title_level,
    lower(title_clean) AS title_key
  FROM (SELECT title, collapse_white_space(title) AS title_clean FROM (SELECT DISTINCT title FROM input_record WHERE title IS NOT NULL))
);

-- The company and location of a repost key, as numbers: normalise_keyword (lower case, white
-- space collapsed and trimmed) decides which spellings are one; no company or location, or one
-- that normalises to nothing, is group 0.
CREATE OR REPLACE TEMP TABLE company_key AS
SELECT company, CAST(CASE WHEN company_key = '' THEN 0 ELSE dense_rank() OVER (ORDER BY company_key) END AS INTEGER) AS company_group
FROM (SELECT company, normalise_keyword(company) AS company_key FROM (SELECT DISTINCT company FROM input_record WHERE company IS NOT NULL));
CREATE OR REPLACE TEMP TABLE location_key AS
SELECT location, CAST(CASE WHEN location_key = '' THEN 0 ELSE dense_rank() OVER (ORDER BY location_key) END AS INTEGER) AS location_group
FROM (SELECT location, normalise_keyword(location) AS location_key FROM (SELECT DISTINCT location FROM input_record WHERE location IS NOT NULL));
CREATE OR REPLACE TEMP TABLE country_key AS
SELECT country, market_key(country) AS market, nullif(trim(country), '') AS country_name, CAST(row_number() OVER (ORDER BY country) AS INTEGER) AS country_no
FROM (SELECT DISTINCT country FROM input_record WHERE country IS NOT NULL);

-- A stated role counts when, trimmed and lower-cased, it is a role's slug; one that is not, and
-- not blank, is reported (`unlisted_role`). A stated seniority counts when it is a level.
CREATE OR REPLACE TEMP TABLE stated_role_key AS
SELECT s.role, d.slug, CASE WHEN d.slug IS NULL THEN nullif(trim(s.role), '') END AS unlisted_role
FROM (SELECT DISTINCT role FROM input_record WHERE role IS NOT NULL) s
LEFT JOIN role_definition d ON d.slug = lower(trim(s.role));
-- A stated "unspecified" names no level, so it is as if no level were stated and the title decides.
CREATE OR REPLACE TEMP TABLE stated_level_key AS
SELECT s.seniority, v.level
FROM (SELECT DISTINCT seniority FROM input_record WHERE seniority IS NOT NULL) s
JOIN seniority_level v ON v.level = lower(trim(s.seniority)) AND v.level <> 'unspecified';

-- 1. Each record, checked in order: malformed, a required field, an implausible date, no role.
--    A date is read as written, or else trimmed (iso_moment: the one ISO form, in prepare.ts).
--    `record_check` keeps, of every record, only what the later steps read: the reason, keys
--    as numbers, and the fields an accepted listing needs.
CREATE OR REPLACE TEMP TABLE record_check AS
WITH parsed AS (
  SELECT
    r.record_id, r.file_index, r.line, r.malformed,
    nullif(trim(r.id), '') AS id_text,
    t.title IS NULL OR t.title_clean = '' AS title_missing,
    coalesce(iso_moment(r.posted_at), iso_moment(trim(r.posted_at))) AS posted,
    coalesce(sr.slug, t.title_role) AS role_slug, sr.unlisted_role,
    t.title_no, t.title_group,
    coalesce(ck.company_group, 0) AS company_group, coalesce(lk.location_group, 0) AS location_group,
    k.country_no, sl.level AS stated_level
  FROM input_record r
  LEFT JOIN stated_role_key sr ON sr.role = r.role
  LEFT JOIN title_rule t ON t.title = r.title
  LEFT JOIN company_key ck ON ck.company = r.company
  LEFT JOIN location_key lk ON lk.location = r.location
  LEFT JOIN country_key k ON k.country = r.country
  LEFT JOIN stated_level_key sl ON sl.seniority = r.seniority
)
SELECT
  p.record_id, p.file_index, p.line, p.unlisted_role, p.id_text, p.posted, p.role_slug,
  p.title_no, p.title_group, p.company_group, p.location_group, p.country_no, p.stated_level,
  CASE
    WHEN p.malformed IS NOT NULL THEN 'malformed'
    WHEN p.id_text IS NULL OR p.title_missing OR p.posted IS NULL THEN 'missing-field'
    WHEN p.posted > s.as_of OR p.posted < s.earliest_date THEN 'implausible-date'
    WHEN p.role_slug IS NULL THEN 'unclassified-role'
  END AS early_reason
FROM parsed p, settings s;

-- What a message says of each record rejected so far, and the input value it quotes (the CLI
-- escapes and cuts it).
CREATE OR REPLACE TEMP TABLE record_rejection AS
SELECT
  c.record_id,
  CASE c.early_reason
    WHEN 'malformed' THEN r.malformed
    WHEN 'missing-field' THEN CASE
      WHEN c.id_text IS NULL THEN 'id is missing or not a string'
      WHEN r.title IS NULL OR collapse_white_space(r.title) = '' THEN 'title is missing or not a string'
      WHEN r.posted_at IS NULL THEN 'postedAt is missing or not a string'
      ELSE 'postedAt is not an ISO date:' END
    WHEN 'implausible-date' THEN CASE
      WHEN c.posted > s.as_of THEN 'postedAt is after the build''s as-of moment:'
      ELSE 'postedAt is before ' || CAST(year(s.earliest_date) AS VARCHAR) || ':' END
    WHEN 'unclassified-role' THEN 'no role matches the title'
  END AS detail,
  CASE c.early_reason
    WHEN 'missing-field' THEN CASE WHEN c.id_text IS NOT NULL AND collapse_white_space(r.title) <> '' THEN r.posted_at END
    WHEN 'implausible-date' THEN r.posted_at
    WHEN 'unclassified-role' THEN collapse_white_space(r.title)
  END AS detail_value
FROM record_check c
JOIN input_record r ON r.record_id = c.record_id
CROSS JOIN settings s
WHERE c.early_reason IS NOT NULL;

-- Only the fields of counted listings are read from `input_record` again. Dropping the rest frees
-- more than half of its memory in DuckDB before the steps below; where `input_record` is a view
-- over your own table, leave these out.
ALTER TABLE input_record DROP COLUMN line;
ALTER TABLE input_record DROP COLUMN malformed;
ALTER TABLE input_record DROP COLUMN id;
ALTER TABLE input_record DROP COLUMN title;
ALTER TABLE input_record DROP COLUMN posted_at;
ALTER TABLE input_record DROP COLUMN company;
ALTER TABLE input_record DROP COLUMN location;
ALTER TABLE input_record DROP COLUMN country;
ALTER TABLE input_record DROP COLUMN role;
ALTER TABLE input_record DROP COLUMN seniority;

-- 2. Of the records that pass, the first with an id (in reading order) wins: the others are
--    duplicates. Only ids held more than once are kept while counting, so the join is small.
CREATE OR REPLACE TEMP TABLE duplicate_record AS
WITH first_of_id AS (
  SELECT id_text, min(record_id) AS first_record FROM record_check WHERE early_reason IS NULL GROUP BY id_text HAVING count(*) > 1
)
SELECT r.record_id
FROM record_check r JOIN first_of_id f ON f.id_text = r.id_text
WHERE r.early_reason IS NULL AND r.record_id <> f.first_record;

CREATE OR REPLACE VIEW checked AS
SELECT
  c.record_id, c.file_index, c.line, c.unlisted_role, c.id_text, c.posted, c.role_slug,
  CASE WHEN c.early_reason IS NOT NULL THEN c.early_reason WHEN d.record_id IS NOT NULL THEN 'duplicate-id' END AS reason,
  CASE WHEN c.early_reason IS NOT NULL THEN j.detail WHEN d.record_id IS NOT NULL THEN 'this id was seen before:' END AS detail,
  CASE WHEN c.early_reason IS NOT NULL THEN j.detail_value WHEN d.record_id IS NOT NULL THEN c.id_text END AS detail_value
FROM record_check c
LEFT JOIN duplicate_record d ON d.record_id = c.record_id
LEFT JOIN record_rejection j ON j.record_id = c.record_id;

-- 3. Accepted listings. A repost is a listing whose previous listing with the same company,
--    title and location (by their groups above; no location is the empty location) was posted
--    less than `repost_days` before it; listings without a company are never reposts. The
--    previous listing is found among the accepted records alone, by posting time then id; the
--    comparison is in whole microseconds, so it is exact.
CREATE OR REPLACE TABLE accepted AS
SELECT
  r.record_id, r.id_text, r.role_slug, r.posted, r.title_no, r.country_no, r.stated_level,
  coalesce(
    r.company_group <> 0
      AND lag(epoch_us(r.posted)) OVER (PARTITION BY r.company_group, r.title_group, r.location_group ORDER BY r.posted, r.id_text)
        > epoch_us(r.posted) - CAST(s.repost_days AS BIGINT) * 86400000000,
    FALSE) AS repost
FROM record_check r
CROSS JOIN settings s
LEFT JOIN duplicate_record d ON d.record_id = r.record_id
WHERE r.early_reason IS NULL AND d.record_id IS NULL;

-- Every accepted listing, normalised: a stated seniority level stands, else the title's decides.
CREATE OR REPLACE VIEW listing AS
SELECT
  a.record_id,
  a.id_text AS id,
  a.role_slug AS role,
  t.title_clean AS title,
  a.posted,
  CAST(a.posted AS DATE) AS posted_day,
  k.market,
  k.country_name AS country,
  coalesce(a.stated_level, t.title_level) AS seniority,
  a.repost
FROM accepted a
JOIN title_rule t ON t.title_no = a.title_no
LEFT JOIN country_key k ON k.country_no = a.country_no;

-- What the statistics count: accepted listings, reposts dropped unless the build keeps them, with
-- every field the statistics read (the same names as `listing`, and the raw fields). The listings
-- are chosen first, so only those are named and looked up.
CREATE OR REPLACE TABLE listings AS
WITH counted AS (
  SELECT a.* FROM accepted a, settings s WHERE NOT a.repost OR s.keep_reposts
)
SELECT
  a.record_id,
  a.id_text AS id,
  a.role_slug AS role,
  t.title_clean AS title,
  a.posted,
  CAST(a.posted AS DATE) AS posted_day,
  k.market,
  k.country_name AS country,
  coalesce(a.stated_level, t.title_level) AS seniority,
  r.has_skills,
  r.skills,
  -- A blank description is none, as an empty CSV cell is: no skill share counts it.
  CASE WHEN has_text(r.description) THEN r.description END AS description,
  r.salary_given,
  r.salary_min,
  r.salary_max,
  upper(trim(r.salary_currency)) AS salary_currency,
  lower(trim(r.salary_period)) AS salary_period,
  a.repost
FROM counted a
JOIN input_record r ON r.record_id = a.record_id
JOIN title_rule t ON t.title_no = a.title_no
LEFT JOIN country_key k ON k.country_no = a.country_no;

-- Whether each accepted listing's title fits its role's title patterns, once per distinct title
-- and role.
CREATE OR REPLACE TEMP TABLE title_fit AS
SELECT a.title_no, a.role_slug AS role, t.title_clean AS title, title_fits_role(t.title_clean, a.role_slug) AS fits
FROM (SELECT DISTINCT title_no, role_slug FROM accepted) a
JOIN title_rule t ON t.title_no = a.title_no;

-- Every record is now in `record_check`, `accepted` or `listings`; the raw fields are not read again.
DROP TABLE input_record;
