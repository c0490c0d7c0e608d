#!/bin/sh
# The unit tests of the store again, on PostgreSQL: each program gets a
# fresh database of this test's own cluster in $SIFT_TEST_STORE and opens
# it where it would make a SQLite file (tests/tap.h's tap_store); what
# only a SQLite file has it shows as skipped.  One line a program, its
# failures shown under it.
. "${srcdir:-.}/tests/lib.sh"

pg_setup || skip_all "PostgreSQL is not installed (./bootstrap installs it)"
bin=$(dirname "$SIFT")/../tests
n=0
for t in test-store test-export test-verdicts test-undo test-import-batch; do
	n=$((n + 1))
	psql_do postgres "CREATE DATABASE u$n" >/dev/null
	SIFT_TEST_STORE=$(pg_uri "u$n") "$bin/$t" >"$T/$t.log" 2>&1
	rc=$?
	passed=$(grep -c '^ok' "$T/$t.log")
	skipped=$(grep -c '^ok .* # SKIP' "$T/$t.log")
	failed=$(grep -c '^not ok' "$T/$t.log")
	[ "$rc" = 0 ] && [ "$failed" = 0 ] && [ "$passed" -gt "$skipped" ]
	ok $? "$t on PostgreSQL: $((passed - skipped)) passed, $skipped SQLite's own"
	if [ "$rc" != 0 ] || [ "$failed" != 0 ]; then
		grep -A3 '^not ok' "$T/$t.log" | head -30 | sed 's/^/#   /'
		echo "#   exit $rc"
	fi
done
done_testing
