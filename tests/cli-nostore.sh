#!/bin/sh
# A mistyped -d (or $SIFT_DB) never makes a store: the commands that only
# read or change what is stored say there is no such store, name it, exit
# 1 and leave no file behind; the commands that add (import, tag, tagset)
# still make one, and say so on stderr the first time.
. "${srcdir:-.}/tests/lib.sh"

TYPO="$T/typo.db"
printf '{"uuid":"x"}\n' >"$T/none.jsonl"
for cmd in "list" "show 1" "mark 1 1 content" "reclean" "untag 1" "tags" \
    "tagset" "claims" "export" "import-claims $T/none.jsonl"; do
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

# Nor does the default store: no folder is made under $XDG_DATA_HOME.
unset XDG_DATA_HOME
for cmd in "list" "show 1" "tags" "claims" "export"; do
	# shellcheck disable=SC2086 # the command and its words
	run "$SIFT" $cmd
	is "$rc" 1 "sift $cmd with no store at the default path exits 1"
	like "$T/err" "no store yet at .*/\.local/share/sift/sift\.db \(sift import" \
	    "sift $cmd says where it looked and how to make one"
	[ ! -e "$HOME/.local" ]
	ok $? "sift $cmd makes no folder for it"
done

# The commands that add still make the store, and say so once.
printf 'A title\nSome text of the article, long enough to be read.\n' >"$T/a.txt"
run "$SIFT" -d "$T/new.db" import "$T/a.txt"
is "$rc" 0 "import makes a new store"
[ -s "$T/new.db" ]
ok $? "and it is there"
like "$T/err" "^sift: made a new store at $T/new\.db\$" "and says it made it"
run "$SIFT" -d "$T/new.db" import "$T/a.txt"
unlike "$T/err" "made a new store" "but not the second time"
run "$SIFT" import "$T/a.txt"
like "$T/err" "made a new store at $HOME/\.local/share/sift/sift\.db" \
    "the default store is made, with its folders, and named"
run "$SIFT" -d "$T/new.db" list
is "$rc" 0 "which list then reads"
like "$T/out" "A title" "with the article"
printf 'exclusive arms-supply/*\n1 arms-supply/alleged\n' >"$T/set.txt"
run "$SIFT" -d "$T/set.db" tagset "$T/set.txt"
[ -e "$T/set.db" ]
ok $? "tagset may make a store"
like "$T/err" "made a new store at $T/set\.db" "and says so"
run "$SIFT" -d "$T/tag.db" tag 1 --quote x a/b
like "$T/err" "made a new store at $T/tag\.db" "tag may make one too, and says so"

# Not a file that can hold a store: a device, a pipe.
for dev in /dev/null "$T/fifo"; do
	[ "$dev" = /dev/null ] || mkfifo "$dev"
	for cmd in "list" "import $T/a.txt"; do
		# shellcheck disable=SC2086 # the command and its words
		run "$SIFT" -d "$dev" $cmd
		is "$rc" 1 "sift -d $dev $cmd exits 1"
		like "$T/err" "^sift: $dev: not a regular file, so it cannot hold a store\$" \
		    "sift -d $dev $cmd says it is not a regular file"
		unlike "$T/err" "I/O error" "and not that the disk failed"
	done
done

done_testing
