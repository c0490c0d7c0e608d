#!/bin/sh
# tests/cli-kill.sh: kill -9 at random moments of `sift import`,
# `sift reclean`, `sift tag` and `sift import-claims`, 20 times each
# (issue 12, item 4).  After every kill the database passes SQLite's
# integrity check and FTS5's own (rank = 1: the index against the
# articles), everything acknowledged is there, what was cut short was cut
# at a transaction's edge, and running the command again completes with
# the full result.  The delays are random fractions of a clean run's
# time, from a seed printed first: SIFT_KILL_SEED=N repeats a run.

. "${srcdir:-.}/tests/lib.sh"

[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 program"
start=$(date +%s)
RUNS=${SIFT_KILL_RUNS:-20}
SEED=${SIFT_KILL_SEED:-$(date +%s)}
echo "# seed $SEED (SIFT_KILL_SEED=$SEED repeats these delays)"
awk -v s="$SEED" 'BEGIN { srand(s); for (i = 0; i < 1000; i++)
    printf "%d\n", rand() * 10000 }' >"$T/rand"
exec 3<"$T/rand"
# rnd: the next random number, 0 to 9999, in $R (read in this shell, so
# that the next call gets the next one)
rnd() {
	read -r R <&3
}
now_ms() {
	echo $(($(date +%s%N) / 1000000))
}
# delay MS: a random fraction of MS (up to 1.2 times, so that some runs
# end before the kill), in seconds for sleep
delay() {
	rnd
	d_ms=$((R * $1 * 12 / 100000))
	d=$((d_ms / 1000)).$(printf %03d $((d_ms % 1000)))
}
# killed CMD...: run it, kill -9 it after $d seconds; its status in $st
killed() {
	"$@" >"$T/kout" 2>"$T/kerr" &
	kpid=$!
	sleep "$d"
	kill -9 $kpid 2>/dev/null
	{ wait $kpid; } 2>/dev/null
	st=$?
}
# check DB [SQL]: in one sqlite3, both integrity checks, then what SQL
# prints, on one line: "ok fts ok ..." for an intact store.  A store
# killed before its schema's transaction committed holds no table, which
# is intact too: "ok fts ok empty".
check() {
	c_out=$(q "$1" 2>&1 <<EOF | tr '\n' ' '
SELECT 'tables', ($TABLES_N);
$INTEGRITY
$INDEX_CHECK
SELECT 'fts ok';
${2:-}
EOF
)
	case "$c_out" in
	"tables|0 "*)	echo "ok fts ok empty" ;;
	*)		c_out=${c_out#tables|* }; echo "${c_out% }" ;;
	esac
}
q() {
	"$SQLITE3" -cmd ".timeout 5000" "$@"
}
# note VAR RUN WHAT: add a failed run to the list in VAR
note() {
	note_msg="[$2: $3] "
	eval "$1=\"\${$1}\${note_msg}\""
}

# The inputs: a folder of small text articles and a JSON Lines file,
# 1,060 articles in all (the first batch of a thousand commits midway).
mkdir -p "$T/in/dir/wire"
i=1
while [ $i -le 60 ]; do
	printf 'Folder article %s\n\nThe body of folder article %s, a sentence long enough to count as content.\n' \
	    $i $i >"$T/in/dir/wire/a$i.txt"
	i=$((i + 1))
done
awk 'BEGIN { for (i = 1; i <= 1000; i++)
    printf "{\"title\":\"Record %d\",\"url\":\"http://x/%d\",\"text\":\"Body of record %d with some words to index, and a second sentence %d.\"}\n",
    i, i, i, i }' >"$T/in/m.jsonl"
ALL=1060

# --- import -------------------------------------------------------------
echo "# at $(($(date +%s) - start)) s: import"
t0=$(now_ms)
"$SIFT" -d "$T/ref.db" import "$T/in/dir" "$T/in/m.jsonl" >/dev/null 2>&1
ms=$(($(now_ms) - t0))
echo "# a clean import of $ALL articles: $ms ms"
bad_int="" bad_ack="" bad_rerun="" counts=""
r=1
while [ $r -le "$RUNS" ]; do
	store_rm "$T/i.db"
	delay $ms
	killed "$SIFT" -d "$T/i.db" import "$T/in/dir" "$T/in/m.jsonl"
	s=$(check "$T/i.db" "SELECT count(*) FROM articles;")
	n=${s##* }
	[ "$n" = empty ] && n=0
	[ "$s" = "ok fts ok ${s##* }" ] || note bad_int $r "$d s: $s"
	counts="$counts $n"
	# acknowledged: all of it when import returned 0; else whole
	# batches only (a thousand articles a transaction)
	if [ $st -eq 0 ]; then
		[ "$n" = $ALL ] || note bad_ack $r "exit 0 but $n articles"
	else
		case "$n" in 0|1000|$ALL) ;; *) note bad_ack $r "$d s: $n articles" ;; esac
	fi
	run "$SIFT" -d "$T/i.db" import "$T/in/dir" "$T/in/m.jsonl"
	s=$(check "$T/i.db" "SELECT count(*), count(DISTINCT hash),
	    (SELECT count(*) FROM search_todo) FROM articles;")
	[ $rc -eq 0 ] && [ "$s" = "ok fts ok $ALL|$ALL|0" ] ||
	    note bad_rerun $r "exit $rc, $s"
	r=$((r + 1))
done
echo "# articles after each kill:$counts"
is "$bad_int" "" "import killed $RUNS times: integrity_check and the FTS check pass each time"
is "$bad_ack" "" "every kill left whole batches only, and a finished import all $ALL"
is "$bad_rerun" "" "running it again completes: $ALL articles, no duplicates, all indexed"

# --- reclean ------------------------------------------------------------
echo "# at $(($(date +%s) - start)) s: reclean"
# A store as an older importer left it: each text has a line more than
# today's importer makes, and claims on the text; reclean rewrites them
# all in one transaction, moving the claims.
head -300 "$T/in/m.jsonl" >"$T/in/r.jsonl"
"$SIFT" -d "$T/base.db" import "$T/in/r.jsonl" >/dev/null 2>&1
i=1
while [ $i -le 10 ]; do
	"$SIFT" -d "$T/base.db" tag $i --quote "a second sentence $i" r/x >/dev/null 2>&1
	i=$((i + 1))
done
q "$T/base.db" "UPDATE articles SET text = 'An old first line.' || char(10) || text;
    UPDATE claims SET start = start + 19, \"end\" = \"end\" + 19; $UNINDEX"
# (the index is made again from the changed text by a command that writes)
"$SIFT" -d "$T/base.db" mark 1 1 auto >/dev/null 2>&1
# the texts, claims, block counts and generations, as one hash
DIGEST="SELECT hex(sha3_query('SELECT id, hash, text FROM articles ORDER BY id;
    SELECT id, start, \"end\", anchor FROM claims ORDER BY id;
    SELECT source, hash, n FROM block_counts ORDER BY 1, 2;
    SELECT source, gen FROM source_gen ORDER BY 1'));"
before=$(check "$T/base.db" "$DIGEST")
store_cp "$T/base.db" "$T/rref.db"
t0=$(now_ms)
"$SIFT" -d "$T/rref.db" reclean >/dev/null 2>&1
ms=$(($(now_ms) - t0))
after=$(check "$T/rref.db" "$DIGEST")
echo "# a clean reclean of 300 articles: $ms ms"
[ "$before" != "$after" ] && [ "${after% *}" = "ok fts ok" ]
ok $? "reclean has work to do on the old store"
bad_int="" bad_ack="" bad_rerun="" states=""
r=1
while [ $r -le "$RUNS" ]; do
	store_cp "$T/base.db" "$T/r.db"
	delay $ms
	killed "$SIFT" -d "$T/r.db" reclean
	s=$(check "$T/r.db" "$DIGEST")
	[ "${s% *}" = "ok fts ok" ] || note bad_int $r "$d s: $s"
	# one transaction: all of it or none of it
	if [ "$s" = "$before" ] && [ $st -ne 0 ]; then
		states="$states none"
	elif [ "$s" = "$after" ]; then
		states="$states all"
	else
		note bad_ack $r "$d s: exit $st, neither before nor after"
	fi
	run "$SIFT" -d "$T/r.db" reclean
	[ $rc -eq 0 ] && [ "$(check "$T/r.db" "$DIGEST")" = "$after" ] ||
	    note bad_rerun $r "exit $rc"
	r=$((r + 1))
done
echo "# reclean's changes after each kill:$states"
is "$bad_int" "" "reclean killed $RUNS times: integrity_check and the FTS check pass each time"
is "$bad_ack" "" "each kill left all of reclean's changes or none"
is "$bad_rerun" "" "running it again completes with the same result as an unbroken run"

# --- tag ----------------------------------------------------------------
echo "# at $(($(date +%s) - start)) s: tag"
# Tag commands one after another; each that exits 0 is acknowledged.
# After a few, the next is killed at a random moment, then run again.
store_cp "$T/rref.db" "$T/t.db"
t0=$(now_ms)
"$SIFT" -d "$T/t.db" tag 300 --quote "Body of record 300 with" probe/x >/dev/null 2>&1
ms=$(($(now_ms) - t0))
echo "# one tag command: $ms ms"
: >"$T/acked"
bad_int="" bad_ack="" bad_rerun="" nacked=0 kdone=0
r=1
while [ $r -le "$RUNS" ]; do
	rnd
	k=$((R * 2 / 10000 + 1))
	j=1
	while [ $j -le $((k + 1)) ]; do
		rnd
		a=$((R * 290 / 10000 + 1))
		tag="kill/r$r-$j"
		if [ $j -le $k ]; then
			if "$SIFT" -d "$T/t.db" tag $a --quote "Body of record $a with" "$tag" >"$T/tout" 2>/dev/null; then
				sed -n "s|^claim \([0-9]*\) .*|(\1, '$tag')|p" "$T/tout" >>"$T/acked"
				nacked=$((nacked + 1))
			fi
		else
			delay $ms
			killed "$SIFT" -d "$T/t.db" tag $a --quote "Body of record $a with" "$tag"
			[ $st -eq 0 ] && kdone=$((kdone + 1))
		fi
		j=$((j + 1))
	done
	# the acknowledged (claim, tag) pairs that are not in the store
	s=$(check "$T/t.db" "WITH acked(id, name) AS
	    (VALUES $(paste -sd, "$T/acked"))
	    SELECT 'missing:' || coalesce(group_concat(id || ' ' || name, ', '), '')
	    FROM acked a WHERE NOT EXISTS (SELECT 1 FROM claim_tags x
	    JOIN tags t ON t.id = x.tag_id
	    WHERE x.claim_id = a.id AND t.name = a.name);")
	case "$s" in
	"ok fts ok missing:"*) ;;
	*) note bad_int $r "$d s: $s" ;;
	esac
	[ "${s#*missing:}" = "" ] || note bad_ack $r "${s#*missing:} missing"
	run "$SIFT" -d "$T/t.db" tag $a --quote "Body of record $a with" "$tag"
	[ $rc -eq 0 ] && [ "$(q "$T/t.db" "SELECT count(*) FROM claim_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name = '$tag'")" = 1 ] ||
	    note bad_rerun $r "exit $rc"
	r=$((r + 1))
done
echo "# $nacked tag commands acknowledged; $kdone of the $RUNS killed ones had finished"
[ $nacked -ge "$RUNS" ]
ok $? "the tag commands between the kills succeeded ($nacked)"
is "$bad_int" "" "tag killed $RUNS times: integrity_check and the FTS check pass each time"
is "$bad_ack" "" "every acknowledged tag is there after every kill"
is "$bad_rerun" "" "the killed tag command run again exits 0 and tags once"

# --- import-claims ------------------------------------------------------
echo "# at $(($(date +%s) - start)) s: import-claims"
# 100 claims on the store's articles, each merged in a transaction of
# its own: a kill keeps the first n of the file, whole, and no other.
NC=100
awk -v n=$NC 'BEGIN { for (i = 1; i <= n; i++)
    printf "{\"id\":\"urn:uuid:00000000-0000-7000-8000-%012d\",\"article\":{\"url\":\"http://x/%d\"},\"quote\":\"Body of record %d with\",\"tags\":[\"imp/a\",\"imp/n%d\"],\"annotator\":\"someone\",\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\"}\n",
    i, i, i, i }' >"$T/claims.jsonl"
store_cp "$T/rref.db" "$T/cref.db"
t0=$(now_ms)
"$SIFT" -d "$T/cref.db" import-claims "$T/claims.jsonl" >"$T/out" 2>&1
ms=$(($(now_ms) - t0))
echo "# a clean import-claims of $NC claims: $ms ms"
like "$T/out" "^$NC claims added" "import-claims merges the $NC claims"
# how many of ours, the highest number among them, their tags
CLAIMS="SELECT count(*) || ' ' ||
    coalesce(max(CAST(substr(uuid, 25) AS INTEGER)), 0) || ' ' ||
    (SELECT count(*) FROM claim_tags x JOIN claims c ON c.id = x.claim_id
     WHERE c.annotator = 'someone') FROM claims WHERE annotator = 'someone';"
bad_int="" bad_ack="" bad_rerun="" counts=""
r=1
while [ $r -le "$RUNS" ]; do
	store_cp "$T/rref.db" "$T/c.db"
	delay $ms
	killed "$SIFT" -d "$T/c.db" import-claims "$T/claims.jsonl"
	s=$(check "$T/c.db" "$CLAIMS")
	set -- ${s#ok fts ok }
	[ "$s" = "ok fts ok $1 $2 $3" ] || note bad_int $r "$d s: $s"
	counts="$counts $1"
	# the first n claims of the file, each with both its tags; all
	# of them when the command returned 0
	[ "$1" = "$2" ] && [ "$3" = $(($1 * 2)) ] ||
	    note bad_ack $r "$d s: $*"
	[ $st -ne 0 ] || [ "$1" = $NC ] || note bad_ack $r "exit 0 with $1"
	run "$SIFT" -d "$T/c.db" import-claims "$T/claims.jsonl"
	s=$(check "$T/c.db" "$CLAIMS")
	[ $rc -eq 0 ] && [ "$s" = "ok fts ok $NC $NC $((NC * 2))" ] ||
	    note bad_rerun $r "exit $rc, $s"
	r=$((r + 1))
done
echo "# claims after each kill:$counts"
is "$bad_int" "" "import-claims killed $RUNS times: integrity_check and the FTS check pass each time"
is "$bad_ack" "" "each kill kept a whole prefix of the file's claims, and a finished run all"
is "$bad_rerun" "" "running it again completes: $NC claims with their tags, none twice"
echo "# $(($(date +%s) - start)) s in all"
done_testing
