#!/bin/sh
# sift copy: a whole store from SQLite to PostgreSQL and back, the copy
# exporting the same claims byte for byte; killed again and again, it
# goes on where it stopped; a target that is not empty is refused.
. "${srcdir:-.}/tests/lib.sh"

pg_setup || skip_all "PostgreSQL is not installed (./bootstrap installs it)"
psql_do postgres "CREATE ROLE ann LOGIN" &&
    psql_do postgres "CREATE DATABASE one OWNER ann" &&
    psql_do postgres "CREATE DATABASE two OWNER ann" &&
    psql_do postgres "CREATE DATABASE three OWNER ann" ||
    skip_all "cannot create the databases"
export SIFT_ANNOTATOR=ann
LITE="$T/lite.db"

# A store with one of everything: 1,500 made-up articles beside the
# samples, claims with notes, a deleted claim, an article removed with
# its claims kept, a tag set, done marks, an editor and a decision.
mkdir "$T/in"
i=0
while [ $i -lt 1500 ]; do
	case $((i % 3)) in
	0)	printf 'Title: 普京访问第%d站\nSource: 东方%d\nDate: 2024-%02d-%02d\nLanguage: zh\n\n普京第%d次抵达，金正恩在机场迎接。会谈讨论了合作。\n' \
		    $i $((i % 7)) $((i % 12 + 1)) $((i % 28 + 1)) $i ;;
	1)	printf 'Title: Port report %d\nSource: Coast %d\nDate: 2023-%02d-%02d\n\nDock workers at harbour %d ended a strike after talks on shift rules.\n' \
		    $i $((i % 5)) $((i % 12 + 1)) $((i % 28 + 1)) $i ;;
	2)	printf 'Title: Отчёт %d\nSource: Вести %d\nLanguage: ru\n\nДепутаты обсудили бюджет района номер %d на следующий год.\n' \
		    $i $((i % 4)) $i ;;
	esac >"$T/in/a$i.txt"
	i=$((i + 1))
done
"$SIFT" -d "$LITE" import "$srcdir/samples" "$T/in" >/dev/null 2>&1
printf '1 claim/alleged\n2 claim/denied\nexclusive claim/*\n' |
    "$SIFT" -d "$LITE" tagset - >/dev/null
n=0
for id in $("$SIFT" -d "$LITE" list -w '~l zh' | cut -f1 | head -60); do
	"$SIFT" -d "$LITE" tag "$id" --quote 普京 --note "n$n" claim/alleged \
	    >/dev/null 2>&1
	n=$((n + 1))
done
for id in $("$SIFT" -d "$LITE" list --search harbour | cut -f1 | head -40); do
	"$SIFT" -d "$LITE" tag "$id" --quote strike --claimant union \
	    claim/denied place >/dev/null 2>&1
done
"$SIFT" -d "$LITE" untag 3 >/dev/null
victim=$("$SIFT" -d "$LITE" list -w '~t place' | cut -f1 | head -1)
"$SIFT" -d "$LITE" rm --force "$victim" >/dev/null 2>&1
"$SIFT" -d "$LITE" done 5 6 7 >/dev/null
"$SIFT" -d "$LITE" editors --add lead >/dev/null
"$SIFT" -d "$LITE" mark 5 1 boilerplate >/dev/null 2>&1
run "$SIFT" -d "$LITE" claims
claims=$(( $(wc -l <"$T/out") + 1 ))	# and the deleted one
[ "$claims" -ge 90 ]
ok $? "the SQLite store: $claims claims, one of them deleted"

# export FILE-PREFIX DB: its claims in the three formats, its list, tags
# and tag set
export_all() {
	for f in jsonl csv w3c; do
		"$SIFT" -d "$2" export --format $f >"$1.$f"
	done
	"$SIFT" -d "$2" list >"$1.list"
	"$SIFT" -d "$2" tags >"$1.tags"
	"$SIFT" -d "$2" tagset >"$1.tagset"
	"$SIFT" -d "$2" claims >"$1.claims"
	"$SIFT" -d "$2" editors >"$1.editors"
	"$SIFT" -d "$2" list -w '~D' >"$1.done"
}

# same A B NAME: every file of export_all the same
same() {
	r=0
	for f in jsonl csv w3c list tags tagset claims editors done; do
		if ! cmp -s "$1.$f" "$2.$f"; then
			echo "#   $f differs:"
			diff "$1.$f" "$2.$f" | head -5 | sed 's/^/#   /'
			r=1
		fi
	done
	ok $r "$3"
}

export_all "$T/lite" "$LITE"
ONE=$(pg_uri one ann)
run "$SIFT" copy "$LITE" "$ONE"
is "$rc" 0 "copy to PostgreSQL"
like "$T/out" "^1511 articles, $claims claims and 3 tags copied \\(0 copied" \
    "and says what it copied"
export_all "$T/one" "$ONE"
same "$T/lite" "$T/one" "PostgreSQL's exports, list, tags and marks are SQLite's, byte for byte"
run "$SIFT" -d "$ONE" list --search 金正恩
is "$(wc -l <"$T/out")" 500 "the copy searches: 500 articles name 金正恩"

BACK="$T/back.db"
run "$SIFT" copy "$ONE" "$BACK"
is "$rc" 0 "and back to SQLite"
export_all "$T/back" "$BACK"
same "$T/lite" "$T/back" "the round trip changes nothing"
"$SIFT" -d "$LITE" list --search 'shift rules' >"$T/l.search"
"$SIFT" -d "$BACK" list --search 'shift rules' >"$T/b.search"
cmp -s "$T/l.search" "$T/b.search"
ok $? "the SQLite copy has its search index"
run "$SIFT" -d "$BACK" import "$T/in/a1.txt"
like "$T/out" '1 already stored' "its articles are known as stored"

run "$SIFT" copy "$LITE" "$ONE"
is "$rc" 0 "copied again onto its own copy: nothing to do"
like "$T/out" '^0 articles, 0 claims' "nothing copied twice"
"$SIFT" -d "$T/other.db" import "$srcdir/samples/01_en_trade-talks.txt" \
    >/dev/null 2>&1
run "$SIFT" copy "$T/other.db" "$ONE"
is "$rc" 1 "a target that holds another store's articles: refused"
like "$T/err" 'copy needs an empty store' "and says why"
run "$SIFT" copy "$T/none.db" "$(pg_uri two ann)"
is "$rc" 1 "a missing source: exit 1"
like "$T/err" 'none.db: no such store' "and it is named"
run "$SIFT" copy "$LITE" "$LITE"
is "$rc" 2 "a store copied onto itself: a usage error"

# Killed over and over, the copy keeps whole batches and goes on.
TWO=$(pg_uri two ann)
kills=0
while :; do
	"$SIFT" copy "$LITE" "$TWO" >"$T/copy.out" 2>"$T/copy.err" &
	pid=$!
	# longer each time: the last runs outlast the search index's batch
	sleep "$(awk -v k=$kills 'BEGIN { print 0.3 + k * 0.2 }')"
	if kill -9 "$pid" 2>/dev/null; then
		kills=$((kills + 1))
		wait "$pid" 2>/dev/null
		[ $kills -lt 40 ] && continue
	fi
	wait "$pid"
	rc=$?
	break
done
echo "# the copy was killed $kills times"
is "$rc" 0 "killed again and again, the copy ends"
[ "$kills" -gt 0 ]
ok $? "it was killed part way ($kills times)"
run "$SIFT" copy "$LITE" "$TWO"
like "$T/out" "^0 articles, 0 claims and 0 tags copied \\($((1511 + claims))" \
    "run again: everything was there"
export_all "$T/two" "$TWO"
same "$T/lite" "$T/two" "the copy that was killed exports what the source does"
run "$SIFT" -d "$TWO" import "$T/in/new.txt"
printf 'Title: After the copy\n\nA new article after the copy gets a new number.\n' \
    >"$T/in/new.txt"
run "$SIFT" -d "$TWO" import "$T/in/new.txt"
is "$rc" 0 "a new article on the copy"
run "$SIFT" -d "$TWO" list --search 'after the copy'
is "$(cut -f1 "$T/out")" "$(( $(cut -f1 "$T/lite.list" | sort -n | tail -1) + 1 ))" \
    "numbered after the copied ones"

# Into PostgreSQL with a role that may not write: refused, nothing kept.
psql_do three "CREATE ROLE reader LOGIN"
psql_do three "GRANT CONNECT ON DATABASE three TO reader"
run "$SIFT" copy "$LITE" "$(pg_uri three reader)"
is "$rc" 1 "a role that cannot make the schema: refused"
like "$T/err" 'reader|permission' "with the server's reason"

done_testing
