#!/bin/sh
# tests/cli-diskfull.sh: a disk that fills (issue 12, item 4).  An import
# that runs into the file size limit (ulimit -f) or, as root, a small
# filesystem (tmpfs) stops with one message that names the store, the
# cause and the last article kept; the store stays intact and holds
# exactly that; once there is room the same import completes, with no
# article twice.  On a full disk the commands that read work or say
# "disk full", never a bare "disk I/O error"; reclean, tag and
# import-claims say what failed and lose nothing acknowledged.

. "${srcdir:-.}/tests/lib.sh"

[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 program"
q() {
	"$SQLITE3" -cmd ".timeout 5000" "$@"
}
# intact DB: both integrity checks (FTS5's with rank = 1 compares the
# index with the articles), one line
intact() {
	q "$1" "PRAGMA integrity_check; $INDEX_CHECK SELECT 'fts ok'" 2>&1 |
	    tr '\n' ' '
}
# kept: the last article kept, from the message in $T/err
kept() {
	if grep -q 'nothing was kept' "$T/err"; then
		echo 0
	else
		sed -n 's/.*nothing after article \([0-9,]*\) was kept.*/\1/p' \
		    "$T/err" | tr -d ,
	fi
}

N=3000
awk -v n=$N 'BEGIN { for (i = 1; i <= n; i++)
    printf "{\"title\":\"Record %d\",\"url\":\"http://x/%d\",\"text\":\"Body of record %d with some words to index, and a second sentence %d that makes the article a little longer than one line.\"}\n",
    i, i, i, i }' >"$T/many.jsonl"

# --- the file size limit ------------------------------------------------
# ulimit -f 3000: the WAL reaches 3 MB in the second or third batch.
(ulimit -f 3000 && exec "$SIFT" -d "$T/u.db" import "$T/many.jsonl") \
    >"$T/out" 2>"$T/err"
rc=$?
is "$rc" 1 "past ulimit -f, import exits 1 (not killed by SIGXFSZ)"
like "$T/err" "u\.db: the file size limit \(ulimit -f\) was reached while storing articles? [0-9,]+" \
    "the message names the store and the cause"
k=$(kept)
n=$(q "$T/u.db" "SELECT count(*) FROM articles")
like "$T/err" "storing articles? $((k + 1))( |:)" "it names the first article not stored ($((k + 1)))"
is "$n" "${k:-?}" "the store holds exactly what the message says was kept ($n)"
[ "${k:-0}" -gt 0 ]
ok $? "a batch was kept before the limit"
like "$T/err" "run the import again" "and says what to do"
is "$(intact "$T/u.db")" "ok fts ok " "the store is intact"
run "$SIFT" -d "$T/u.db" import "$T/many.jsonl"
is "$rc" 0 "without the limit the same import completes"
is "$(q "$T/u.db" "SELECT count(*) || ' ' || count(DISTINCT hash) FROM articles")" \
    "$N $N" "every article once"

# The store on a device that is always full.
printf 'A title\n\nA body long enough to be stored as an article.\n' >"$T/one.txt"
if [ -w /dev/full ]; then
	run "$SIFT" -d /dev/full import "$T/one.txt"
	is "$rc" 1 "a store on /dev/full: import exits 1"
	like "$T/err" "/dev/full: not a regular file" "and says it cannot hold a store"
else
	ok 0 "# SKIP no /dev/full"
	ok 0 "# SKIP no /dev/full"
fi

# --- a small filesystem -------------------------------------------------
M="$T/mnt"
mkdir -p "$M"
if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=2m tmpfs "$M" 2>/dev/null; then
	i=0
	while [ $i -lt 26 ]; do
		ok 0 "# SKIP a small filesystem needs root (mount -t tmpfs)"
		i=$((i + 1))
	done
	done_testing
	exit $?
fi
trap 'umount "$M" 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
DB="$M/s.db"
# fill [KB]: leave KB kilobytes free on the filesystem (0: none)
fill() {
	rm -f "$M/fill"
	avail=$(df -k "$M" | awk 'NR == 2 { print $4 }')
	if [ "${1:-0}" -eq 0 ]; then
		dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null
	else
		dd if=/dev/zero of="$M/fill" bs=1k count=$((avail - $1)) 2>/dev/null
	fi
}

run "$SIFT" -d "$DB" import "$T/many.jsonl"
is "$rc" 1 "a disk that fills mid-import: exit 1"
like "$T/err" "s\.db: disk full while storing articles? [0-9,]+" \
    "the message names the store and says the disk is full"
unlike "$T/err" "disk I/O error" "not a bare 'disk I/O error'"
k=$(kept)
is "$(q "$DB" "SELECT count(*) FROM articles")" "${k:-?}" \
    "the store holds exactly what the message says was kept (${k:-?})"
is "$(intact "$DB")" "ok fts ok " "the store is intact"
run "$SIFT" -d "$DB" list
is "$rc" 0 "the full disk's store can be listed"
is "$(wc -l <"$T/out")" "${k:-?}" "with every article kept"
mount -o remount,size=20m "$M"
run "$SIFT" -d "$DB" import "$T/many.jsonl"
is "$rc" 0 "with room, the same import completes"
is "$(q "$DB" "SELECT count(*) || ' ' || count(DISTINCT hash) FROM articles")" \
    "$N $N" "every article once"

# Reading a store closed cleanly (no -wal, no -shm) on a full disk: a
# reader needs a 32 KB -shm file beside the store.
"$SIFT" -d "$DB" tag 1 --quote "Body of record 1 with" kept/one >/dev/null
fill 0
bad=""
for cmd in list "show 1" "export --format jsonl" tags; do
	run "$SIFT" -d "$DB" $cmd
	if [ $rc -ne 0 ] || [ ! -s "$T/out" ]; then
		bad="$bad [$cmd: $(cat "$T/err")]"
	elif grep -q "disk I/O error" "$T/err"; then
		bad="$bad [$cmd: $(cat "$T/err")]"
	fi
done
is "$bad" "" "on a full disk list, show, export and tags still work"
# The reader there: its connection holds the store alone (no -shm), so
# it reads the list's ids itself, not on a second connection that
# would wait out the lock (30 s; src/ui-load.c).
TMUX_BIN=$(command -v tmux || :)
if [ -n "$TMUX_BIN" ]; then
	unset TMUX
	S="sift-full-$$"
	tm() { "$TMUX_BIN" -S "$T/tmux.sock" "$@"; }
	tm_new -s "$S" -x 100 -y 12 \
	    "LC_ALL=C.UTF-8 $SIFT -d $DB; sleep 60"
	wait_for "1/$N "
	tm send-keys -t "$S" G
	wait_for "$N/$N "
	ok $? "the reader on a full disk reaches the last of $N at once"
	tm kill-server 2>/dev/null
else
	ok 0 "# SKIP no tmux"
fi

# Writing on a full disk: tag says why and stores nothing.
run "$SIFT" -d "$DB" tag 2 --quote "Body of record 2 with" full/x
is "$rc" 1 "tag on a full disk exits 1"
like "$T/err" "s\.db: disk full" "and names the store and the cause"
rm -f "$M/fill"
is "$(q "$DB" "SELECT count(*) FROM claims")" 1 "the claim tagged before is there, and no other"

# reclean, one transaction, runs out of room midway: nothing changes.
# (by hand: the index is made again from the changed text, UNINDEX,
# by the next command that writes, mark)
q "$DB" "UPDATE articles SET text = 'An old first line.' || char(10) || text; $UNINDEX"
"$SIFT" -d "$DB" mark 1 1 auto >/dev/null
before=$(q "$DB" "SELECT hex(sha3_query('SELECT id, text FROM articles ORDER BY id'))")
fill 300
run "$SIFT" -d "$DB" reclean
is "$rc" 1 "reclean on a disk that fills: exit 1"
like "$T/err" "s\.db: disk full while" "the message names the store and the cause"
like "$T/err" "no article was changed; run reclean again" "and says nothing changed"
is "$(grep -c . "$T/err")" 2 "in two lines, not one per article"
is "$(q "$DB" "SELECT hex(sha3_query('SELECT id, text FROM articles ORDER BY id'))")" \
    "$before" "every article is as it was"
is "$(intact "$DB")" "ok fts ok " "the store is intact"
rm -f "$M/fill"
run "$SIFT" -d "$DB" reclean
is "$rc" 0 "with room, reclean completes"

# import-claims: each claim is a transaction; those stored are kept.
awk 'BEGIN { for (i = 1; i <= 300; i++)
    printf "{\"id\":\"urn:uuid:00000000-0000-7000-8000-%012d\",\"article\":{\"url\":\"http://x/%d\"},\"quote\":\"Body of record %d with\",\"tags\":[\"imp/a\"],\"annotator\":\"someone\",\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\"}\n",
    i, i, i }' >"$T/claims.jsonl"
fill 200
run "$SIFT" -d "$DB" import-claims "$T/claims.jsonl"
c=$(sed -n 's/.*claim \([0-9]*\) of the file and those after it were not stored.*/\1/p' "$T/err")
is "$rc" 1 "import-claims on a disk that fills: exit 1"
like "$T/err" "s\.db: disk full while .*: claim [0-9]+ of the file and those after it were not stored; run import-claims again" \
    "the message names the store, the cause and the first claim not stored"
is "$(q "$DB" "SELECT count(*) FROM claims WHERE annotator = 'someone'")" \
    "$((${c:-1} - 1))" "the claims before it are stored ($((${c:-1} - 1)))"
rm -f "$M/fill"
run "$SIFT" -d "$DB" import-claims "$T/claims.jsonl"
is "$rc" 0 "with room, import-claims completes"
is "$(q "$DB" "SELECT count(*) || ' ' || count(DISTINCT uuid) FROM claims WHERE annotator = 'someone'")" \
    "300 300" "every claim once"
is "$(intact "$DB")" "ok fts ok " "the store is intact at the end"
done_testing
