#!/bin/sh
# A mistyped -d (or $SIFT_DB) never makes a store: the commands that only
# read or change what is stored say there is no such store, name it, exit
# 1 and leave no file behind; the commands that add (import, tag, tagset,
# import-claims) still make one.
. "${srcdir:-.}/tests/lib.sh"

TYPO="$T/typo.db"
for cmd in "list" "show 1" "mark 1 1 content" "reclean" "untag 1" "tags" \
    "tagset" "claims" "export"; do
	# shellcheck disable=SC2086 # the command and its words
	run "$SIFT" -d "$TYPO" $cmd
	is "$rc" 1 "sift $cmd on a missing store exits 1"
	like "$T/err" "typo\.db: no such store" "sift $cmd names the missing store"
	[ ! -e "$TYPO" ] && [ ! -e "$TYPO-wal" ] && [ ! -e "$TYPO-shm" ]
	ok $? "sift $cmd leaves no file behind"
done

# $SIFT_DB is a name the user gave too
run env SIFT_DB="$TYPO" "$SIFT" list
is "$rc" 1 "SIFT_DB naming a missing store: list exits 1"
[ ! -e "$TYPO" ]
ok $? "and makes no file"

# The commands that add still make the store.
printf 'A title\nSome text of the article, long enough to be read.\n' >"$T/a.txt"
run "$SIFT" -d "$T/new.db" import "$T/a.txt"
is "$rc" 0 "import makes a new store"
[ -s "$T/new.db" ]
ok $? "and it is there"
run "$SIFT" -d "$T/new.db" list
is "$rc" 0 "which list then reads"
like "$T/out" "A title" "with the article"
printf 'exclusive arms-supply/*\n1 arms-supply/alleged\n' >"$T/set.txt"
run "$SIFT" -d "$T/set.db" tagset "$T/set.txt"
[ -e "$T/set.db" ]
ok $? "tagset may make a store"

done_testing
