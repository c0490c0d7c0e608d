#!/bin/sh
# The unit tests of the store again, on PostgreSQL: each program gets a
# fresh database of this test's own cluster in $SIFT_TEST_STORE and opens
# it where it would make a SQLite file (tests/tap.h's tap_store); what
# only a SQLite file has it shows as skipped.  One line a program, its
# failures shown under it.
. "${srcdir:-.}/tests/lib.sh"
. "${srcdir:-.}/tests/on-pg.sh"

pg_setup || skip_all "PostgreSQL is not installed (./bootstrap installs it)"
bin=$(dirname "$SIFT")/../tests
n=0
for t in test-store test-export test-verdicts test-undo test-import-batch; do
	n=$((n + 1))
	psql_do postgres "CREATE DATABASE u$n" >/dev/null
	SIFT_TEST_STORE=$(pg_uri "u$n") "$bin/$t" >"$T/$t.log" 2>&1
	pg_result "$t on PostgreSQL" "$T/$t.log" $?
done
done_testing
