#!/bin/sh
# The end-to-end tests that read back what the store holds (the index,
# the claims, what a kill -9 leaves) again, on PostgreSQL
# (tests/on-pg.sh): their SQL runs by psql (tests/pg-sqlite3), their
# checks of SQLite's own (an FTS5 index, older SQLite schemas) left out
# ($SIFT_ON_PG).
. "${srcdir:-.}/tests/lib.sh"
. "${srcdir:-.}/tests/on-pg.sh"

ON_PG="cli-agreement.sh cli-pattern.sh cli-rm.sh cli-replace.sh
cli-search-visible.sh cli-import-pipe.sh cli-import-index.sh cli-team.sh
cli-kill.sh"
# Under the sanitizers (CI's second pass): a few, for time.
if [ "${SIFT_SANITIZERS:-no}" = yes ]; then
	ON_PG="cli-rm.sh cli-replace.sh cli-pattern.sh"
fi
on_pg "$(cd "$srcdir" && pwd)/tests/pg-sqlite3" $ON_PG
