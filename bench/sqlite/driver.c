// Workload for the sqlite run-time benchmark: an in-memory database, a
// table filled with ROWS pseudo-random rows in one transaction, an index,
// and a handful of queries, updates and deletes. Everything it prints is a
// deterministic function of the data, so the instrumented and the
// uninstrumented build must print exactly the same text.
//
//   driver [ROWS]        (default 20000)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sqlite3.h"

static sqlite3 *db;

static void die(const char *what) {
  fprintf(stderr, "driver: %s: %s\n", what, sqlite3_errmsg(db));
  exit(1);
}

static void exec(const char *sql) {
  char *err = 0;
  if (sqlite3_exec(db, sql, 0, 0, &err) != SQLITE_OK) {
    fprintf(stderr, "driver: %s: %s\n", sql, err ? err : "?");
    exit(1);
  }
}

// Prints every row of a query, columns separated by '|'.
static void query(const char *sql) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, sql, -1, &st, 0) != SQLITE_OK) die(sql);
  printf("> %s\n", sql);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    int n = sqlite3_column_count(st);
    for (int i = 0; i < n; ++i) {
      const unsigned char *t = sqlite3_column_text(st, i);
      printf("%s%s", i ? "|" : "", t ? (const char *)t : "NULL");
    }
    putchar('\n');
  }
  if (rc != SQLITE_DONE) die(sql);
  sqlite3_finalize(st);
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint32_t next(void) {
  rng = rng * 6364136223846793005ull + 1442695040888963407ull;
  return (uint32_t)(rng >> 33);
}

int main(int argc, char **argv) {
  int rows = argc > 1 ? atoi(argv[1]) : 20000;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) die("open");
  exec("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
       " grp INTEGER NOT NULL, val REAL NOT NULL, blob BLOB)");
  exec("CREATE TABLE g(grp INTEGER PRIMARY KEY, label TEXT)");

  exec("BEGIN");
  sqlite3_stmt *ins;
  if (sqlite3_prepare_v2(db, "INSERT INTO t(name, grp, val, blob)"
                         " VALUES(?1, ?2, ?3, ?4)", -1, &ins, 0) != SQLITE_OK)
    die("prepare insert");
  for (int i = 0; i < rows; ++i) {
    char name[32], blob[16];
    static const char *syl[] = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"};
    uint32_t r = next();
    int len = 0;
    for (int k = 0; k < 2 + (int)(r % 4); ++k)
      len += snprintf(name + len, sizeof name - len, "%s", syl[(r >> (3 * k + 2)) & 7]);
    for (int k = 0; k < (int)sizeof blob; ++k) blob[k] = (char)next();
    sqlite3_bind_text(ins, 1, name, len, SQLITE_TRANSIENT);
    sqlite3_bind_int(ins, 2, (int)(next() % 100));
    sqlite3_bind_double(ins, 3, (double)(next() % 1000000) / 1000.0);
    sqlite3_bind_blob(ins, 4, blob, sizeof blob, SQLITE_TRANSIENT);
    if (sqlite3_step(ins) != SQLITE_DONE) die("insert");
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  exec("INSERT INTO g WITH RECURSIVE s(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM s"
       " WHERE x < 99) SELECT x, 'group-' || x FROM s");
  exec("COMMIT");

  exec("CREATE INDEX t_grp ON t(grp, val)");
  exec("CREATE INDEX t_name ON t(name)");

  query("SELECT count(*), min(val), max(val), printf('%.3f', sum(val)) FROM t");
  query("SELECT grp, count(*), printf('%.3f', avg(val)) FROM t"
        " GROUP BY grp ORDER BY count(*) DESC, grp LIMIT 5");
  query("SELECT name, count(*) FROM t GROUP BY name ORDER BY 2 DESC, 1 LIMIT 5");
  query("SELECT count(*) FROM t WHERE name LIKE '%ru%sa%'");
  query("SELECT g.label, count(*), printf('%.3f', max(t.val)) FROM t JOIN g USING(grp)"
        " WHERE t.val BETWEEN 100 AND 200 GROUP BY g.label ORDER BY 1 LIMIT 5");
  query("SELECT id, name, printf('%.3f', val), hex(substr(blob, 1, 4)) FROM t"
        " ORDER BY val DESC, id LIMIT 5");
  query("SELECT count(DISTINCT name), count(DISTINCT grp) FROM t");
  exec("UPDATE t SET val = val * 2 WHERE grp < 10");
  exec("DELETE FROM t WHERE id % 7 = 0");
  query("SELECT count(*), printf('%.3f', sum(val)) FROM t");
  query("SELECT grp, printf('%.3f', total(val)) FROM t WHERE grp BETWEEN 5 AND 12"
        " GROUP BY grp ORDER BY grp");
  query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000)"
        " SELECT count(*), sum(x) FROM c");
  query("PRAGMA integrity_check");

  if (sqlite3_close(db) != SQLITE_OK) die("close");
  return 0;
}
