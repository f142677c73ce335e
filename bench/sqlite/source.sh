# Sourced by bench scripts: fetches the sqlite3 amalgamation into the cache
# (outside the repository; never committed) and sets SQLITE_C and
# SQLITE_VERSION. Needs npm and sha256sum; honours CACHE if set.
#
# sqlite3.c comes from the npm package better-sqlite3 (pinned below, checked
# by sha256).
CACHE=${CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow}
# better-sqlite3 13.2.0 ships the sqlite 3.54.1 amalgamation unpacked in
# package/deps/sqlite3/ (no nested tarball).
BSQL_VERSION=13.2.0
BSQL_TGZ_SHA256=40487589df3496f2ee0079d22b73c63fccebe7db0e8ee9a2c42421861e321e0b
SQLITE_C_SHA256=75a4760a7b9727a4c4c877aec92eacf39e52a8f2921ce00bd33be6d3a8e8e254

say() { printf '== %s\n' "$*" >&2; }
die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

SRC=$CACHE/better-sqlite3-$BSQL_VERSION
TGZ=$CACHE/better-sqlite3-$BSQL_VERSION.tgz
mkdir -p "$CACHE"
check_sha() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]; }
if ! check_sha "$SRC/sqlite3.c" "$SQLITE_C_SHA256"; then
  if ! check_sha "$TGZ" "$BSQL_TGZ_SHA256"; then
    say "fetching better-sqlite3@$BSQL_VERSION from npm"
    rm -f "$TGZ"
    (cd "$CACHE" && npm pack "better-sqlite3@$BSQL_VERSION" --silent >/dev/null)
    check_sha "$TGZ" "$BSQL_TGZ_SHA256" ||
      die "$TGZ: sha256 $(sha256sum "$TGZ" | cut -d' ' -f1), expected $BSQL_TGZ_SHA256"
  fi
  rm -rf "$SRC" && mkdir -p "$SRC"
  tar -xzf "$TGZ" -C "$SRC" --strip-components=3 \
    package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h
  check_sha "$SRC/sqlite3.c" "$SQLITE_C_SHA256" ||
    die "$SRC/sqlite3.c: sha256 mismatch, expected $SQLITE_C_SHA256"
fi
SQLITE_C=$SRC/sqlite3.c
SQLITE_VERSION=$(sed -n 's/^#define SQLITE_VERSION  *"\(.*\)"/\1/p' "$SRC/sqlite3.h")

