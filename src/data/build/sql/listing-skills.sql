-- The skills of each listing the statistics count (`listings`: reposts dropped unless kept):
-- `listing_skill(record_id, skill, category, known)`, each skill once per listing. A description is
-- read to its first `description_chars` characters.
--
-- A listing with a `skills` list (`has_skills`, an empty list included) takes its skills from the
-- list: every keyword, lower-cased with white space collapsed, maps to its canonical skill through
-- `skill_alias`; a keyword the taxonomy does not know counts under its own name (category
-- "other", known = false). A listing without a list takes its skills from its `description`:
--   * text is cut into word tokens (letters and digits of any script, and + # . & -) and the gaps
--     between them, so "Réseau" is one word, not R;
--   * an alias matches one to three words ("power bi", "ci/cd", "react native"); where matches
--     overlap the longest wins; a trailing full stop is not part of a word ("… and SQL.");
--   * "Java-based" is Java, but an alias never matches inside a hyphenated word's tail ("T-SQL" is
--     not SQL) and an ambiguous alias never matches as a hyphenated compound ("go-to", "C-suite");
--   * an ambiguous alias (an ordinary word too: go, r, c, flow, excel, …) counts only written with
--     a capital first letter and inside a list of skills that holds at least one unambiguous
--     skill: neighbours separated only by white space, commas, slashes, semicolons, brackets,
--     "&", "+", "and" or "or" ("Python, R and SQL"; "Java/Go"; "Python, Go, Rust").

CREATE OR REPLACE TABLE listing_skill AS
WITH listed AS (
  SELECT record_id, unnest(skills) AS raw FROM listings WHERE has_skills
),
-- Keywords repeat across listings: each distinct spelling is normalised and looked up once.
spelling AS (
  SELECT s.raw, coalesce(a.name, s.keyword) AS skill, coalesce(a.category, 'other') AS category, a.name IS NOT NULL AS known
  FROM (SELECT raw, normalise_keyword(raw) AS keyword FROM (SELECT DISTINCT raw FROM listed)) s
  LEFT JOIN skill_alias a ON a.alias = s.keyword, settings st
  -- A keyword longer than a bundle may hold as a name is no skill anyone lists: it is passed over.
  WHERE s.keyword <> '' AND length(s.keyword) <= st.max_name
),
from_list AS (
  SELECT DISTINCT l.record_id, m.skill, m.category, m.known FROM listed l JOIN spelling m ON m.raw = l.raw
),
token AS (
  SELECT d.record_id, unnest(d.parts) AS text, generate_subscripts(d.parts, 1) AS i
  FROM (
    SELECT record_id, regexp_extract_all(substr(description, 1, s.description_chars), '[\p{L}\p{N}+#.&\-]+|[^\p{L}\p{N}+#.&\-]+') AS parts
    FROM listings, settings s
    WHERE NOT has_skills AND description IS NOT NULL
  ) d
),
word AS (
  SELECT
    record_id, i, text,
    regexp_matches(text, '^[\p{L}\p{N}+#.&\-]') AS is_word,
    regexp_matches(text, '^[&+]+\z') OR lower(text) IN ('and', 'or') AS is_joiner,
    regexp_matches(text, '^(?:[\t\n\f\r ,;/|()\[\]]{1,12})\z') AS is_gap
  FROM token
),
-- A span's tokens after its first: a span is at most five tokens (three words and two gaps).
span_offset AS (
  SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
),
-- One- to three-word spans starting at each word, and the token each ends on.
ahead AS (
  SELECT record_id, i, text, is_word,
    lead(text, 1) OVER w AS t1, lead(text, 2) OVER w AS t2, lead(text, 3) OVER w AS t3, lead(text, 4) OVER w AS t4
  FROM word
  WINDOW w AS (PARTITION BY record_id ORDER BY i)
),
span AS (
  SELECT record_id, i AS first, i AS last, text, FALSE AS compound FROM ahead WHERE is_word
  UNION ALL
  SELECT record_id, i, i + 2, text || t1 || t2, FALSE FROM ahead WHERE is_word AND t2 IS NOT NULL AND length(t1) <= 3
  UNION ALL
  SELECT record_id, i, i + 4, text || t1 || t2 || t3 || t4, FALSE FROM ahead WHERE is_word AND t4 IS NOT NULL AND length(t1) <= 3 AND length(t3) <= 3
  UNION ALL
  -- The head of a hyphenated word: "Java" in "Java-based".
  SELECT record_id, i, i, split_part(text, '-', 1), TRUE FROM ahead WHERE is_word AND position('-' IN text) > 1
),
candidate AS (
  SELECT s.record_id, s.first, s.last, s.text, s.compound, a.name, a.category, a.ambiguous
  FROM span s
  JOIN skill_alias a ON a.alias = normalise_keyword(trim(TRAILING '.' FROM s.text))
),
-- A match another longer match covers is dropped. A span is at most five tokens, so a match that
-- covers one starts at most four tokens before it: the pairs are found by equality on the record
-- and that start, which keeps the cost in step with the text even in a description of megabytes
-- (comparing every pair of a listing's matches took minutes for one such listing).
covered AS (
  SELECT DISTINCT c.record_id, c.first, c.last
  FROM (
    SELECT DISTINCT c.record_id, c.first, c.last, c.first - back.k AS start
    FROM candidate c CROSS JOIN span_offset back
  ) c
  JOIN candidate o ON o.record_id = c.record_id AND o.first = c.start
  WHERE o.last >= c.last AND (o.last - o.first) > (c.last - c.first)
),
longest AS (
  SELECT c.* FROM candidate c
  LEFT JOIN covered v ON v.record_id = c.record_id AND v.first = c.first AND v.last = c.last
  WHERE v.record_id IS NULL
),
kept AS (
  SELECT * FROM longest
  WHERE NOT ambiguous OR (regexp_matches(text, '^[A-Z]') AND NOT compound)
),
-- Lists: runs of kept matches joined only by gaps and joiners; anything else starts a new run.
marked AS (
  SELECT w.record_id, w.i,
    k.first IS NOT NULL AS in_match,
    k.name, k.category, k.ambiguous,
    coalesce(k.last = w.i AND k.text LIKE '%.', FALSE) AS ends_sentence,
    w.is_gap OR w.is_joiner AS joins
  FROM word w
  LEFT JOIN (
    -- Each kept match with every token it spans (at most five), for an equality join.
    SELECT k.*, k.first + o.k AS i FROM kept k CROSS JOIN span_offset o WHERE k.first + o.k <= k.last
  ) k ON k.record_id = w.record_id AND k.i = w.i
),
runs AS (
  SELECT *, sum(CASE WHEN NOT in_match AND NOT joins THEN 1 ELSE 0 END) OVER (PARTITION BY record_id ORDER BY i)
    + coalesce(sum(CASE WHEN ends_sentence THEN 1 ELSE 0 END) OVER (PARTITION BY record_id ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS run
  FROM marked
),
from_text AS (
  SELECT t.record_id, t.skill, t.category, TRUE AS known
  FROM (
    SELECT r.record_id, r.name AS skill, r.category, r.ambiguous,
      bool_or(r.in_match AND NOT r.ambiguous) OVER (PARTITION BY r.record_id, r.run) AS run_has_unambiguous
    FROM runs r
    WHERE r.in_match
  ) t
  WHERE NOT t.ambiguous OR t.run_has_unambiguous
)
-- A listing's skills come from its list or from its text, never both: the two parts do not overlap.
SELECT record_id, skill, category, known FROM from_list
UNION ALL
SELECT DISTINCT record_id, skill, category, known FROM from_text;
