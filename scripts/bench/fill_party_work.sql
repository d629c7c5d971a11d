-- :rows household visits over the last year by the demo's Party members (each visit a points line, as the visit
-- rule writes it), and a fifth as many opinions, spread over every household and member of the demo street.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
CREATE TEMP TABLE bench_members AS
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id, name, org_id, street_code, community_code FROM party_members;
CREATE TEMP TABLE bench_households AS
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id, street_code, community_code, grid_code FROM households;
CREATE TEMP TABLE bench_visitor AS SELECT id FROM accounts WHERE username = 'party.member';
WITH RECURSIVE series(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM series WHERE i < :rows)
INSERT OR IGNORE INTO visits (id, street_code, community_code, grid_code, household_id, member_id, visitor_account_id,
  visitor_name, visited_on, findings, created_at)
SELECT 'bench-v' || i, h.street_code, h.community_code, h.grid_code, h.id, m.id, (SELECT id FROM bench_visitor), m.name,
  date('now', '-' || (i % 365) || ' days'), '基准走访 ' || i, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM series
JOIN bench_households h ON h.n = i % (SELECT COUNT(*) FROM bench_households)
JOIN bench_members m ON m.n = (i / 7) % (SELECT COUNT(*) FROM bench_members);
INSERT INTO point_entries (id, member_id, org_id, street_code, community_code, rule_id, item, kind, points, earned_on,
  reason, source, recorded_by, created_at)
SELECT 'bench-p' || v.id, v.member_id, m.org_id, m.street_code, m.community_code, NULL, '入户走访联系户', 'automatic', 1,
  v.visited_on, '基准', 'visit:' || v.id, 'doorstep', v.created_at
FROM visits v JOIN bench_members m ON m.id = v.member_id WHERE v.id LIKE 'bench-v%';
WITH RECURSIVE series(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM series WHERE i < :rows / 5)
INSERT INTO opinions (id, street_code, community_code, grid_code, source, topic, content, household_id, member_id,
  collector_account_id, collector_name, collected_on, status, created_at)
SELECT 'bench-o' || i, h.street_code, h.community_code, h.grid_code, 'visit', 'environment', '基准意见 ' || i, h.id, m.id,
  (SELECT id FROM bench_visitor), m.name, date('now', '-' || (i % 365) || ' days'), 'open', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM series
JOIN bench_households h ON h.n = i % (SELECT COUNT(*) FROM bench_households)
JOIN bench_members m ON m.n = i % (SELECT COUNT(*) FROM bench_members);
