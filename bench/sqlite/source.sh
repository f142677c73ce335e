# shellcheck shell=bash disable=SC2034
# Sourced by the sqlite benchmarks (bench/sqlite/run.sh, bench/compare/run.sh):
# fetches the pinned sqlite amalgamation once into the cache and checks it.
#
#   . bench/sqlite/source.sh; sqlite_source CACHE_DIR
#
# sets SRC (directory with sqlite3.c and sqlite3.h), SQLITE_C, SQLITE_VERSION,
# BSQL_VERSION and SQLITE_C_SHA256. Needs npm, sha256sum, tar; the caller's
# die() reports errors.
#
# better-sqlite3 13.2.0 ships the sqlite 3.54.1 amalgamation unpacked in
# package/deps/sqlite3/ (no nested tarball). Nothing from sqlite is in the
# repository.
BSQL_VERSION=13.2.0
BSQL_TGZ_SHA256=40487589df3496f2ee0079d22b73c63fccebe7db0e8ee9a2c42421861e321e0b
SQLITE_C_SHA256=75a4760a7b9727a4c4c877aec92eacf39e52a8f2921ce00bd33be6d3a8e8e254

sqlite_check_sha() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]; }

sqlite_source() {
  local cache=$1 tgz
  SRC=$cache/better-sqlite3-$BSQL_VERSION
  tgz=$cache/better-sqlite3-$BSQL_VERSION.tgz
  mkdir -p "$cache"
  if ! sqlite_check_sha "$SRC/sqlite3.c" "$SQLITE_C_SHA256"; then
    if ! sqlite_check_sha "$tgz" "$BSQL_TGZ_SHA256"; then
      command -v npm >/dev/null ||
        die "npm not found: it fetches the pinned sqlite source (apt-get install npm)"
      printf '== fetching better-sqlite3@%s from npm\n' "$BSQL_VERSION" >&2
      rm -f "$tgz"
      (cd "$cache" && npm pack "better-sqlite3@$BSQL_VERSION" --silent >/dev/null) ||
        die "npm pack better-sqlite3@$BSQL_VERSION failed"
      sqlite_check_sha "$tgz" "$BSQL_TGZ_SHA256" ||
        die "$tgz: sha256 $(sha256sum "$tgz" | cut -d' ' -f1), expected $BSQL_TGZ_SHA256"
    fi
    rm -rf "$SRC" && mkdir -p "$SRC"
    tar -xzf "$tgz" -C "$SRC" --strip-components=3 \
      package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h
    sqlite_check_sha "$SRC/sqlite3.c" "$SQLITE_C_SHA256" ||
      die "$SRC/sqlite3.c: sha256 mismatch, expected $SQLITE_C_SHA256"
  fi
  SQLITE_C=$SRC/sqlite3.c
  SQLITE_VERSION=$(sed -n 's/^#define SQLITE_VERSION  *"\(.*\)"/\1/p' "$SRC/sqlite3.h")
}
