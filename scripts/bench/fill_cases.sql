-- One million cases spread over the demo's grids and three years, in the mix of a working community: most
-- finished, a tenth in hand (some overdue), a few waiting for dispatch, a check or a call-back. Handled cases go to
-- the grid's worker account where the demo has one, so the grid worker's inbox is as full as it can get.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
CREATE TEMP TABLE bench_grids AS
  SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS n, code, community_code,
         substr(code, 1, 9) AS street_code,
         (SELECT id FROM accounts WHERE role = 'gridWorker' AND accounts.grid_code = grids.code) AS worker,
         (SELECT display_name FROM accounts WHERE role = 'gridWorker' AND accounts.grid_code = grids.code) AS worker_name
  FROM grids;
WITH RECURSIVE series(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM series WHERE i < :rows),
rows AS (
  SELECT i,
    CASE WHEN i % 100 < 85 THEN 'evaluated' WHEN i % 100 < 92 THEN 'inProgress' WHEN i % 100 < 95 THEN 'dispatched'
         WHEN i % 100 < 97 THEN 'feedback' WHEN i % 100 < 99 THEN 'reported' ELSE 'closed' END AS state,
    (SELECT code FROM bench_grids WHERE n = i % (SELECT COUNT(*) FROM bench_grids)) AS grid,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (i % 1095) || ' days', '-' || (i % 86400) || ' seconds') AS created
  FROM series
)
INSERT INTO cases (id, tracking_code, version, state, source, kind, category_code, category_name, urgency, time_limit,
  response_limit, description, address, street_code, community_code, grid_code, reporter_name, anonymous, escalation,
  warned, rework_count, reopen_count, handler_account_id, handler_name, dispatched_at, deadline, warn_at, closed_at,
  closed_on_time, solved, satisfaction, evaluated_at, created_at, updated_at)
SELECT 'bench-' || i, 'BENCH' || printf('%07d', i), 5, state, 'patrol', 'event', 'L0205', '楼道堆放杂物', 'routine', '3d', '2h',
  '基准数据 ' || i, '3号楼', g.street_code, g.community_code, grid, '', 1, 'grid', 0, 0, 0,
  CASE WHEN state IN ('reported') THEN NULL ELSE g.worker END,
  CASE WHEN state IN ('reported') THEN NULL ELSE coalesce(g.worker_name, '网格员') END,
  CASE WHEN state = 'reported' THEN NULL ELSE created END,
  CASE WHEN state = 'reported' THEN NULL
       WHEN state IN ('inProgress', 'dispatched') AND i % 7 <> 0 THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || (i % 20) || ' days')
       ELSE strftime('%Y-%m-%dT%H:%M:%fZ', created, '+3 days') END,
  CASE WHEN state = 'reported' THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', created, '+2 days') END,
  CASE WHEN state IN ('evaluated', 'closed') THEN strftime('%Y-%m-%dT%H:%M:%fZ', created, '+2 days') END,
  CASE WHEN state IN ('evaluated', 'closed') THEN 1 END,
  CASE WHEN state = 'evaluated' THEN i % 10 <> 0 END,
  CASE WHEN state = 'evaluated' THEN CASE WHEN i % 5 = 0 THEN 'fairlySatisfied' ELSE 'verySatisfied' END END,
  CASE WHEN state = 'evaluated' THEN strftime('%Y-%m-%dT%H:%M:%fZ', created, '+4 days') END,
  created, created
FROM rows JOIN bench_grids g ON g.code = rows.grid;
ANALYZE;
