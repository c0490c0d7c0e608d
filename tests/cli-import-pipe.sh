#!/bin/sh
# tests/cli-import-pipe.sh: import reads on one thread while it stores on
# the other (issue 13, item 3), and says and stores exactly what it did
# on one: ids in the order read, the bad files' messages in that order, a
# file that repeats an earlier one "already stored", counts right; when
# the store refuses an article mid-import, the message names the last
# article kept, the store holds exactly the batches committed, and
# nothing read ahead beyond the failure is said or counted.
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"
q() {
	"$SQLITE3" -cmd ".timeout 5000" "$@"
}

# 2,500 files, three batches: 0600 is empty, 1800 a dangling link (it
# cannot be opened), 2100 the same text as 0050.
D=$T/in
mkdir "$D"
awk -v d="$D" 'BEGIN { for (i = 1; i <= 2500; i++) {
	f = sprintf("%s/%04d.txt", d, i)
	printf "Article %d\n\nThe body of article number %d, a sentence " \
	    "long enough to count as content, and another %d.\n", i, i, i >f
	close(f) } }'
: >"$D/0600.txt"
rm "$D/1800.txt"
ln -s "$D/nowhere" "$D/1800.txt"
cp "$D/0050.txt" "$D/2100.txt"

run "$SIFT" -d "$T/a.db" import "$D"
is "$rc" 1 "bad files: import exits 1"
is "$(cat "$T/out")" "2497 imported, 1 already stored, 2 failed" \
    "counts: 2,497 new, the copy already stored, two failed"
is "$(grep -vc "made a new store" "$T/err")" 2 "one message for each bad file"
is "$(sed -n 's/^.*\/\([0-9]*\.txt\): .*$/\1/p' "$T/err" | tr '\n' ' ')" \
    "0600.txt 1800.txt " "the messages in the order read"
like "$T/err" "0600\.txt: empty file" "the empty file's"
like "$T/err" "1800\.txt: cannot open" "the dangling link's"
is "$(q "$T/a.db" "SELECT count(*), min(id), max(id) FROM articles")" \
    "2497|1|2497" "ids 1 to 2,497, no gap"
is "$(q "$T/a.db" "SELECT count(*) FROM articles a JOIN articles b
    ON b.id = a.id + 1 WHERE b.path <= a.path")" 0 "ids in the order read"
is "$(q "$T/a.db" "SELECT id FROM articles WHERE path LIKE '%/0050.txt'
    UNION ALL SELECT count(*) FROM articles WHERE path LIKE '%/2100.txt'")" \
    "$(printf '50\n0')" "the copy is the first file's article, not another"
is "$(q "$T/a.db" "SELECT id FROM articles WHERE path LIKE '%/2500.txt'")" \
    2497 "the last file is the last id"

# The store fails in the middle: a trigger refuses the article of 1500
# (the 1,498th read), in the second batch.  0400 is bad before it, 1510
# just after (read ahead while the writer was behind), 2450 well after.
: >"$D/0400.txt"
: >"$D/1510.txt"
: >"$D/2450.txt"
"$SIFT" -d "$T/b.db" import /dev/null >/dev/null 2>&1
if [ -n "${SIFT_ON_PG:-}" ]; then
	q "$T/b.db" "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql
	    AS \$\$ BEGIN RAISE EXCEPTION 'boom'; END \$\$;
	    CREATE TRIGGER boom BEFORE INSERT ON articles FOR EACH ROW
	    WHEN (NEW.path LIKE '%/1500.txt') EXECUTE FUNCTION boom()"
else
	q "$T/b.db" "CREATE TRIGGER boom BEFORE INSERT ON articles
	    WHEN new.path LIKE '%/1500.txt' BEGIN SELECT RAISE(ABORT, 'boom'); END"
fi
run "$SIFT" -d "$T/b.db" import "$D"
is "$rc" 1 "a failing store: import exits 1"
like "$T/err" "boom.*articles 1,?001 to 1,?498: nothing after article 1,?000 was kept" \
    "the message names the cause, the articles lost and the last kept"
is "$(q "$T/b.db" "SELECT count(*), max(id) FROM articles")" "1000|1000" \
    "the store holds exactly the first batch"
is "$(grep -c . "$T/err")" 3 "three messages: the two bad files before the failure, then it"
is "$(sed -n '1s/^.*\/\([0-9]*\.txt\): .*$/\1/p;2s/^.*\/\([0-9]*\.txt\): .*$/\1/p' "$T/err" | tr '\n' ' ')" \
    "0400.txt 0600.txt " "the bad files read before the failure, in order"
unlike "$T/err" "1510\.txt|1800\.txt|2450\.txt" "none read after it"
like "$T/out" "^1000 imported, 0 already stored, 2 failed$" \
    "counts only what was committed and said"
is "$(q "$T/b.db" "SELECT count(*) FROM articles a JOIN articles b
    ON b.id = a.id + 1 WHERE b.path <= a.path")" 0 "ids in the order read"
is "$(q "$T/b.db" "$INTEGRITY")" ok "the store is intact"

# Two threads: while it waits for standard input the importer has a
# reading thread besides the writer.
if [ -d /proc/self/task ]; then
	mkfifo "$T/fifo"
	"$SIFT" -d "$T/c.db" import - <"$T/fifo" >"$T/out" 2>"$T/err" &
	pid=$!
	exec 3>"$T/fifo"
	printf '{"title":"One","text":"The first record of the stream."}\n' >&3
	threads=0
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		threads=$(ls "/proc/$pid/task" 2>/dev/null | wc -l)
		[ "$threads" -ge 2 ] && break
		sleep 0.5
	done
	# 2, or more under a sanitizer with a thread of its own
	[ "$threads" -ge 2 ]
	ok $? "import runs a reading thread beside the writer ($threads threads)"
	exec 3>&-
	wait "$pid"
	is "$?" 0 "and ends when the input does"
	like "$T/out" "^1 imported, 0 already stored, 0 failed$" "with the record stored"
else
	ok 0 "# SKIP no /proc"
	ok 0 "# SKIP no /proc"
	ok 0 "# SKIP no /proc"
fi

done_testing
