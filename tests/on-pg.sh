# tests/on-pg.sh, sourced by tests/cli-on-pg*.sh after tests/lib.sh:
# on_pg SQL TEST...: run each end-to-end test of the SQLite store again on
# PostgreSQL, with $SIFT the wrapper tests/pg-sift, which makes every
# store path a database of this test's cluster and the annotator a role,
# and $SQLITE3 SQL (tests/pg-sqlite3 for a test whose checks read the
# store, the same SQL by psql; else empty, and the test leaves its
# checks of SQLite out).  Each test gives one line, its failures shown
# under it (pg_result, which tests/unit-on-pg.sh uses too).  $TESTS_ON_PG,
# when set, names the tests instead.
on_pg() {
	op_sq=$1
	shift
	pg_setup ||
	    skip_all "PostgreSQL is not installed (./bootstrap installs it)"
	op_top=$(cd "$srcdir" && pwd)
	export SIFT_REAL="$SIFT" SIFT_PG_HOST="$PGDIR" SIFT_PG_BIN="$PGBIN"
	for t in ${TESTS_ON_PG:-"$@"}; do
		SIFT="$op_top/tests/pg-sift" SQLITE3=$op_sq SIFT_ON_PG=1 \
		    srcdir="$op_top" sh "$op_top/tests/$t" >"$T/$t.log" 2>&1
		rc=$?
		if grep -q '^1\.\.0 # SKIP' "$T/$t.log"; then
			ok 0 "$t on PostgreSQL # SKIP $(sed -n 's/^1\.\.0 # SKIP //p' "$T/$t.log")"
			continue
		fi
		pg_result "$t on PostgreSQL" "$T/$t.log" $rc
	done
	done_testing
}

# pg_result NAME LOG RC: one TAP line for a test run on PostgreSQL whose
# TAP is in LOG and whose exit status was RC: how many passed and how
# many were skipped (what only SQLite has); its failures shown under it.
pg_result() {
	pr_passed=$(grep -c '^ok' "$2")
	pr_skipped=$(grep -c '^ok .* # SKIP' "$2")
	pr_failed=$(grep '^not ok' "$2" | grep -vc '# TODO')
	[ "$3" = 0 ] && [ "$pr_failed" = 0 ] && [ "$pr_passed" -gt "$pr_skipped" ]
	ok $? "$1: $((pr_passed - pr_skipped)) passed, $pr_skipped skipped"
	if [ "$3" != 0 ] || [ "$pr_failed" != 0 ]; then
		grep -A4 '^not ok' "$2" | grep -v '# TODO' | head -30 |
		    sed 's/^/#   /'
		echo "#   exit $3"
	fi
}
