#!/bin/sh
# Many processes opening a store at once: 8 imports started together on
# a path where no store exists yet, several rounds.  Each must succeed,
# the store must hold every article, and its schema must be whole: the
# schema step is one transaction that reads the version again inside it.
. "${srcdir:-.}/tests/lib.sh"

for i in 1 2 3 4 5 6 7 8; do
	printf 'Article %s\nThe council met on day %s and voted on the harbour plan.\n' \
	    "$i" "$i" >"$T/a$i.txt"
done

rounds=6
failed=0
short=0
for r in $(seq 1 $rounds); do
	DB="$T/race-$r.db"
	pids=""
	for i in 1 2 3 4 5 6 7 8; do
		"$SIFT" -d "$DB" import "$T/a$i.txt" >"$T/out-$r-$i" 2>"$T/err-$r-$i" &
		pids="$pids $!"
	done
	for p in $pids; do
		wait "$p" || failed=$((failed + 1))
	done
	n=$("$SIFT" -d "$DB" list 2>/dev/null | wc -l)
	[ "$n" -eq 8 ] || short=$((short + 1))
done
is "$failed" 0 "8 imports at once on a new store, $rounds rounds: none fails"
if [ "$failed" -ne 0 ]; then
	cat "$T"/err-* | sort | uniq -c | sed 's/^/#   /' | head -5
fi
is "$short" 0 "and every round's store holds all 8 articles"

# The schema is whole: every table of a store made by one process alone.
"$SIFT" -d "$T/alone.db" import "$T/a1.txt" >/dev/null 2>&1
if [ -n "${SQLITE3:-}" ]; then
	q="SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') ORDER BY name"
	want=$("$SQLITE3" "$T/alone.db" "$q; PRAGMA user_version")
	got=$("$SQLITE3" "$T/race-$rounds.db" "$q; PRAGMA user_version")
	is "$got" "$want" "the raced store has the schema of one made alone"
	is "$("$SQLITE3" "$T/race-$rounds.db" "PRAGMA integrity_check")" ok \
	    "and passes the integrity check"
fi

# Readers and a writer on an old store at once: no one sees half a schema.
DB="$T/race-1.db"
pids=""
for i in 1 2 3 4; do
	"$SIFT" -d "$DB" list >/dev/null 2>"$T/lerr-$i" &
	pids="$pids $!"
	"$SIFT" -d "$DB" import "$T/a$i.txt" >/dev/null 2>"$T/ierr-$i" &
	pids="$pids $!"
done
failed=0
for p in $pids; do
	wait "$p" || failed=$((failed + 1))
done
is "$failed" 0 "4 lists and 4 imports at once on one store: none fails"

done_testing
