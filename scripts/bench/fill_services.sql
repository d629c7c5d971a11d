-- :rows deliveries over the last year on the demo's project, twelve community-wide surveys (one a month) each answered by
-- every household of the demo's first community on the five-level scale, and a clinic session a day for a year.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
CREATE TEMP TABLE bench_secretary AS SELECT id, community_code FROM accounts WHERE username = 'secretary';
WITH RECURSIVE series(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM series WHERE i < :rows)
INSERT INTO project_deliveries (id, project_id, community_code, day, people_reached, note, recorded_by, created_at)
SELECT 'bench-d' || i, (SELECT id FROM projects ORDER BY created_at LIMIT 1), (SELECT community_code FROM bench_secretary),
  date('now', '-' || (i % 365) || ' days'), i % 9,
  '基准服务 ' || i, (SELECT id FROM bench_secretary), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM series;
WITH RECURSIVE months(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM months WHERE m < 12)
INSERT INTO surveys (id, street_code, community_code, place_kind, place_id, place_name, title, opens_on, closes_on, created_by,
  created_at)
SELECT 'bench-s' || m, substr(s.community_code, 1, 9), s.community_code, 'community', s.community_code, '基准社区', '基准调查 ' || m,
  date('now', '-' || (m * 30) || ' days'), date('now', '-' || (m * 30 - 20) || ' days'), s.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM months, bench_secretary s;
INSERT INTO survey_questions (survey_id, position, kind, text)
SELECT id, 1, 'scale', '总体评价' FROM surveys WHERE id LIKE 'bench-s%';
INSERT INTO survey_answers (id, survey_id, household_id, building_id, street_code, community_code, grid_code, estate_id, channel,
  recorded_by, answered_on, created_at)
SELECT s.id || '-' || h.id, s.id, h.id, h.building_id, h.street_code, h.community_code, h.grid_code, b.estate_id, 'door',
  (SELECT id FROM bench_secretary), s.opens_on, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM surveys s JOIN households h ON h.community_code = s.community_code JOIN buildings b ON b.id = h.building_id
WHERE s.id LIKE 'bench-s%';
INSERT INTO survey_responses (answer_id, survey_id, position, level, text)
SELECT a.id, a.survey_id, 1,
  CASE abs(random()) % 5 WHEN 0 THEN 'verySatisfied' WHEN 1 THEN 'satisfied' WHEN 2 THEN 'satisfied'
    WHEN 3 THEN 'fairlySatisfied' ELSE 'dissatisfied' END, NULL
FROM survey_answers a WHERE a.survey_id LIKE 'bench-s%';
WITH RECURSIVE days(d) AS (SELECT 1 UNION ALL SELECT d + 1 FROM days WHERE d < 365)
INSERT OR IGNORE INTO health_sessions (id, station_id, community_code, day, service, served, doctor_name, recorded_by,
  recorded_by_name, created_at)
SELECT 'bench-h' || d, (SELECT id FROM health_stations LIMIT 1), (SELECT community_code FROM bench_secretary),
  date('now', '-' || d || ' days'), '义诊', d % 40, '基准医生', (SELECT id FROM bench_secretary), '基准',
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM days;
