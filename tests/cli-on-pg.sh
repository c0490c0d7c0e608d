#!/bin/sh
# The end-to-end tests again, on PostgreSQL: each script below runs with
# $SIFT the wrapper tests/pg-sift, which makes every store path a
# database of this test's cluster and the annotator a role, and each
# gives one line here (its failures shown under it).  The scripts not
# listed test what only a SQLite file has (its folder, its size, its
# integrity check, its FTS5 index, the file a store is not yet), or are
# PostgreSQL's own (cli-pg*.sh, cli-copy.sh).
. "${srcdir:-.}/tests/lib.sh"
pg_setup || skip_all "PostgreSQL is not installed (./bootstrap installs it)"

# Their own $SQLITE3 checks are SQLite's: without it they leave them out.
ON_PG="cli-basic.sh cli-badinput.sh cli-biglist.sh cli-charset.sh
cli-claims.sh cli-clean.sh cli-controls.sh cli-dev.sh cli-edges.sh
cli-html.sh cli-huge.sh cli-i18n.sh cli-import.sh cli-locale.sh
cli-mouse.sh cli-race.sh cli-refresh.sh cli-resize.sh cli-sizes.sh
cli-tagrule.sh cli-tui.sh cli-wrap.sh"
# Under the sanitizers (CI's second pass) the same code runs in
# cli-pg.sh, cli-copy.sh and cli-pg-team.sh: here only a few, for time.
ON_PG_SANITIZED="cli-basic.sh cli-claims.sh cli-controls.sh
cli-refresh.sh cli-tagrule.sh"
if [ "${SIFT_SANITIZERS:-no}" = yes ]; then
	ON_PG=$ON_PG_SANITIZED
fi
TESTS_ON_PG=${TESTS_ON_PG:-$ON_PG}
top=$(cd "$srcdir" && pwd)
export SIFT_REAL="$SIFT" SIFT_PG_HOST="$PGDIR" SIFT_PG_BIN="$PGBIN"
for t in $TESTS_ON_PG; do
	SIFT="$top/tests/pg-sift" SQLITE3= srcdir="$top" sh "$top/tests/$t" \
	    >"$T/$t.log" 2>&1
	rc=$?
	passed=$(grep -c '^ok' "$T/$t.log")
	failed=$(grep '^not ok' "$T/$t.log" | grep -vc '# TODO')
	if grep -q '^1\.\.0 # SKIP' "$T/$t.log"; then
		ok 0 "$t on PostgreSQL # SKIP $(sed -n 's/^1\.\.0 # SKIP //p' "$T/$t.log")"
		continue
	fi
	[ "$rc" = 0 ] && [ "$failed" = 0 ] && [ "$passed" -gt 0 ]
	ok $? "$t on PostgreSQL: $passed passed"
	if [ "$rc" != 0 ] || [ "$failed" != 0 ]; then
		grep -A4 '^not ok' "$T/$t.log" | grep -v '# TODO' | head -30 |
		    sed 's/^/#   /'
		echo "#   exit $rc"
	fi
done
done_testing
