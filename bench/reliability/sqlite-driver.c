/* A small workload for bench/reliability/sqlite.sh: an in-memory database,
 * a table with an index, inserts through a prepared statement, a join, an
 * aggregate, a string function, a transaction rolled back. It prints every
 * result row, so a build that computes differently prints differently. */
#include "sqlite3.h"

#include <stdio.h>
#include <stdlib.h>

static int row(void *tag, int n, char **vals, char **names) {
  printf("%s:", (const char *)tag);
  for (int i = 0; i < n; i++)
    printf(" %s=%s", names[i], vals[i] ? vals[i] : "NULL");
  printf("\n");
  return 0;
}

static void exec(sqlite3 *db, const char *tag, const char *sql) {
  char *err = NULL;
  if (sqlite3_exec(db, sql, row, (void *)tag, &err) != SQLITE_OK) {
    printf("%s: error: %s\n", tag, err);
    sqlite3_free(err);
  }
}

int main(void) {
  sqlite3 *db;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    return 1;
  exec(db, "create",
       "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, v REAL, k INT);"
       "CREATE INDEX t_k ON t(k);"
       "CREATE TABLE u(k INT, label TEXT);");
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "INSERT INTO t(name, v, k) VALUES(?, ?, ?)", -1, &st,
                     NULL);
  exec(db, "begin", "BEGIN");
  for (int i = 0; i < 2000; i++) {
    char name[32];
    snprintf(name, sizeof name, "n%04d", (i * 7919) % 2000);
    sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
    sqlite3_bind_double(st, 2, i * 0.5);
    sqlite3_bind_int(st, 3, i % 17);
    sqlite3_step(st);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  exec(db, "commit", "COMMIT");
  exec(db, "u", "WITH RECURSIVE s(x) AS (SELECT 0 UNION ALL SELECT x + 1 "
                "FROM s WHERE x < 16) INSERT INTO u SELECT x, 'label' || x FROM s");
  exec(db, "agg", "SELECT k, count(*) AS c, sum(v) AS s, min(name) AS m "
                  "FROM t GROUP BY k ORDER BY k");
  exec(db, "join", "SELECT u.label, count(*) AS c FROM t JOIN u ON t.k = u.k "
                   "WHERE t.v > 500 GROUP BY u.label ORDER BY c DESC, u.label "
                   "LIMIT 5");
  exec(db, "str", "SELECT upper(substr(name, 2)) AS s, printf('%.3f', v) AS f "
                  "FROM t WHERE id % 400 = 1 ORDER BY id");
  exec(db, "rollback", "BEGIN; DELETE FROM t; ROLLBACK; SELECT count(*) FROM t");
  exec(db, "like", "SELECT count(*) AS c FROM t WHERE name LIKE 'n1%'");
  sqlite3_close(db);
  return 0;
}
