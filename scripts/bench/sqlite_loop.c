/* The limit for the benchmark suite (issue 16): what reporting a case writes (the case, its first history line, two
 * notifications), through the SQLite C API with prepared statements, in WAL with synchronous=FULL as Doorstep runs,
 * one transaction per case; then the same with PER_COMMIT cases sharing a transaction (the group-commit ceiling).
 * Usage: sqlite_loop FILE SECONDS PER_COMMIT   prints: cases_per_second commits_per_second */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void check(int rc, sqlite3 *db, const char *what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    exit(1);
  }
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static void run(sqlite3 *db, const char *sql) {
  check(sqlite3_exec(db, sql, 0, 0, 0), db, sql);
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s FILE SECONDS PER_COMMIT\n", argv[0]);
    return 2;
  }
  double seconds = atof(argv[2]);
  int per = atoi(argv[3]);
  sqlite3 *db;
  check(sqlite3_open(argv[1], &db), db, "open");
  run(db, "PRAGMA journal_mode=WAL");
  run(db, "PRAGMA synchronous=FULL");
  run(db, "CREATE TABLE IF NOT EXISTS cases (id TEXT PRIMARY KEY, tracking_code TEXT UNIQUE, street_code TEXT, "
             "community_code TEXT, grid_code TEXT, category TEXT, state TEXT, description TEXT, address TEXT, "
             "created_at TEXT, deadline TEXT)");
  run(db, "CREATE INDEX IF NOT EXISTS cases_grid ON cases(grid_code, created_at)");
  run(db, "CREATE TABLE IF NOT EXISTS case_events (case_id TEXT, version INTEGER, action TEXT, actor TEXT, note TEXT, "
             "at TEXT, PRIMARY KEY (case_id, version))");
  run(db, "CREATE TABLE IF NOT EXISTS notifications (id TEXT PRIMARY KEY, account_id TEXT, case_id TEXT, kind TEXT, "
             "created_at TEXT)");
  sqlite3_stmt *c, *e, *n;
  check(sqlite3_prepare_v3(db, "INSERT INTO cases VALUES (?1, ?2, '510107012', '510107012001', '510107012001001', "
                               "'L0201', 'reported', ?3, '3号楼', '2026-12-06T09:00:00.000Z', '2026-12-08T09:00:00.000Z')",
                           -1, SQLITE_PREPARE_PERSISTENT, &c, 0), db, "prepare cases");
  check(sqlite3_prepare_v3(db, "INSERT INTO case_events VALUES (?1, 1, 'reported', 'grid.worker', ?2, "
                               "'2026-12-06T09:00:00.000Z')", -1, SQLITE_PREPARE_PERSISTENT, &e, 0), db, "prepare events");
  check(sqlite3_prepare_v3(db, "INSERT INTO notifications VALUES (?1, ?2, ?3, 'newCase', '2026-12-06T09:00:00.000Z')",
                           -1, SQLITE_PREPARE_PERSISTENT, &n, 0), db, "prepare notifications");
  long cases = 0, commits = 0;
  char id[96], code[32], text[160], note[64];
  double start = now();
  while (now() - start < seconds) {
    run(db, "BEGIN IMMEDIATE");
    for (int i = 0; i < per; i++, cases++) {
      snprintf(id, sizeof id, "case-%ld-%08lx-0000-4000-8000-000000000000", cases, (unsigned long)(cases * 2654435761u));
      snprintf(code, sizeof code, "T%09ld", cases);
      snprintf(text, sizeof text, "基准测试：楼道堆放杂物 %ld", cases);
      sqlite3_bind_text(c, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text(c, 2, code, -1, SQLITE_STATIC);
      sqlite3_bind_text(c, 3, text, -1, SQLITE_STATIC);
      check(sqlite3_step(c), db, "insert case");
      sqlite3_reset(c);
      sqlite3_bind_text(e, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text(e, 2, text, -1, SQLITE_STATIC);
      check(sqlite3_step(e), db, "insert event");
      sqlite3_reset(e);
      for (int k = 0; k < 2; k++) {
        snprintf(note, sizeof note, "note-%ld-%d", cases, k);
        sqlite3_bind_text(n, 1, note, -1, SQLITE_STATIC);
        sqlite3_bind_text(n, 2, k ? "grid.worker2" : "grid.worker", -1, SQLITE_STATIC);
        sqlite3_bind_text(n, 3, id, -1, SQLITE_STATIC);
        check(sqlite3_step(n), db, "insert notification");
        sqlite3_reset(n);
      }
    }
    run(db, "COMMIT");
    commits++;
  }
  double elapsed = now() - start;
  printf("%.0f %.0f\n", cases / elapsed, commits / elapsed);
  sqlite3_finalize(c);
  sqlite3_finalize(e);
  sqlite3_finalize(n);
  return sqlite3_close(db) == SQLITE_OK ? 0 : 1;
}
