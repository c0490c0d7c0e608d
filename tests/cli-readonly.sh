#!/bin/sh
# A store on a read-only folder or mount (an archive): the commands that
# only read work and leave nothing behind (no -wal or -shm file), the
# commands that write say "read-only store", exit 1 and change nothing.
# A read-only folder holding a -wal with writes the file lacks is named.
# Permissions mean nothing to root, so root runs sift as nobody.
. "${srcdir:-.}/tests/lib.sh"

if [ "$(id -u)" -eq 0 ]; then
	command -v setpriv >/dev/null || { echo "1..0 # SKIP no setpriv"; exit 0; }
	as="setpriv --reuid=65534 --regid=65534 --clear-groups --"
	chmod 755 "$T"
else
	as=""
fi
# the binary must be reachable by whoever runs it: a copy in $T when the
# build folder is not (a clone in a private temporary folder)
if ! $as test -x "$SIFT"; then
	mkdir -p "$T/bin"
	cp "$SIFT" "$T/bin/sift"
	chmod 755 "$T/bin" "$T/bin/sift"
	SIFT="$T/bin/sift"
fi
$as test -x "$SIFT" || { echo "1..0 # SKIP $SIFT not reachable as nobody"; exit 0; }

A="$T/archive"
mkdir -p "$A"
cat >"$T/a.txt" <<'EOF'
Harbour talks resume
Negotiators met again on Monday to discuss the harbour agreement.
Officials said the arms shipments had been delayed by a week.
EOF
"$SIFT" -d "$A/s.db" import "$T/a.txt" >/dev/null 2>&1
"$SIFT" -d "$A/s.db" tag 1 --quote "arms shipments" supply/alleged >/dev/null 2>&1
printf 'exclusive supply/*\n1 supply/alleged A claim made\n' >"$T/set.txt"
"$SIFT" -d "$A/s.db" tagset "$T/set.txt" >/dev/null 2>&1
"$SIFT" -d "$A/s.db" export --format jsonl -o "$T/claims.jsonl" >/dev/null 2>&1
chmod 644 "$T/claims.jsonl"
[ -s "$A/s.db" ] && [ ! -s "$A/s.db-wal" ]
ok $? "a store closed cleanly has no writes waiting in a -wal"

chmod 444 "$A/s.db"
chmod 555 "$A"
sum=$(cksum <"$A/s.db")
files=$(ls -a "$A")

# Reading: each command works and its output is the store's.
run $as "$SIFT" -d "$A/s.db" list
is "$rc" 0 "list reads a store in a read-only folder"
like "$T/out" "Harbour talks resume" "and lists its article"
run $as "$SIFT" -d "$A/s.db" show 1
is "$rc" 0 "show reads it"
like "$T/out" "arms shipments had been delayed" "and shows the text"
run $as "$SIFT" -d "$A/s.db" export --format csv
is "$rc" 0 "export reads it"
like "$T/out" "supply/alleged" "and exports the claim"
run $as "$SIFT" -d "$A/s.db" claims
is "$rc" 0 "claims reads it"
like "$T/out" "arms shipments" "and lists the claim"
run $as "$SIFT" -d "$A/s.db" tags
is "$rc" 0 "tags reads it"
like "$T/out" "supply/alleged" "and counts the tag"
run $as "$SIFT" -d "$A/s.db" tagset
is "$rc" 0 "tagset (printing) reads it"
like "$T/out" "exclusive.supply/" "and prints the family"
is "$(ls -a "$A")" "$files" "reading made no file (no -wal or -shm)"

# Writing: refused, named, nothing changed.
for cmd in "tag 1 --quote Negotiators supply/denied" "untag 1" \
    "mark 1 1 boilerplate" "reclean" "import $T/a.txt" \
    "tagset $T/set.txt" "import-claims $T/claims.jsonl"; do
	# shellcheck disable=SC2086 # the command and its words
	run $as "$SIFT" -d "$A/s.db" $cmd
	is "$rc" 1 "sift ${cmd%% *} on a read-only store exits 1"
	like "$T/err" "s\.db: read-only store" "sift ${cmd%% *} says read-only store"
	unlike "$T/err" "attempt to write|disk I/O" "with no SQLite jargon"
done
is "$(cksum <"$A/s.db")" "$sum" "the store's bytes are unchanged"

# The reader: it opens, says the store is read-only, shows the article,
# and a tag is refused with the same words.
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
if [ -n "$TMUX_BIN" ]; then
	unset TMUX
	SK="$T/sock"
	mkdir -p "$SK"
	chmod 777 "$SK"
	S="sift-ro-$$"
	# SHELL: without it tmux runs the command in nobody's login shell,
	# which is nologin
	tm() { $as env HOME="$SK" SHELL=/bin/sh "$TMUX_BIN" -S "$SK/s" "$@"; }
	trap 'tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
	tm_new -s "$S" -x 100 -y 20 \
	    "LC_ALL=C.UTF-8 $SIFT -d $A/s.db; sleep 60"
	settle
	like "$T/screen" "Harbour talks resume" "the reader lists the article"
	like "$T/screen" "read-only store" "and says the store is read-only"
	tm send-keys -t "$S" Enter
	settle
	like "$T/screen" "arms shipments had been delayed" "it opens the article"
	tm send-keys -t "$S" ']'
	settle
	tm send-keys -t "$S" t
	settle
	tm send-keys -t "$S" "x/y" Enter
	settle
	like "$T/screen" "s\.db: read-only store" "a tag is refused: read-only store"
	tm kill-server 2>/dev/null
else
	for i in 1 2 3 4; do ok 0 "# SKIP no tmux"; done
fi
is "$(cksum <"$A/s.db")" "$sum" "the store's bytes are still unchanged"

# A read-only file in a folder we may write: read too, writes refused.
B="$T/open"
mkdir -p "$B"
chmod 777 "$B"
cp "$A/s.db" "$B/s.db"
chmod 444 "$B/s.db"
run $as "$SIFT" -d "$B/s.db" list
is "$rc" 0 "list reads a read-only file in a writable folder"
run $as "$SIFT" -d "$B/s.db" tag 1 --quote Negotiators supply/denied
is "$rc" 1 "tag on it exits 1"
like "$T/err" "s\.db: read-only store" "and says read-only store"
unlike "$T/err" "is tagged" "without first claiming it tagged anything"

# A read-only folder whose -wal holds writes the file does not have:
# reading only the file would show an old store, so sift says why not.
C="$T/unfinished"
mkdir -p "$C"
cp "$A/s.db" "$C/s.db"
chmod 644 "$C/s.db"
# a writer that dies before its checkpoint leaves its commit in the -wal
python3 - "$C/s.db" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("UPDATE articles SET title = 'Renamed' WHERE id = 1")
c.commit()
os._exit(0)
PY
if [ -s "$C/s.db-wal" ]; then
	rm -f "$C/s.db-shm"
	chmod 555 "$C"
	run $as "$SIFT" -d "$C/s.db" list
	is "$rc" 1 "a read-only folder with unfinished writes in -wal: exit 1"
	like "$T/err" "s\.db: read-only store whose last changes are still in .*s\.db-wal" \
	    "names the -wal file and why"
	chmod 755 "$C"
	run "$SIFT" -d "$C/s.db" list
	like "$T/out" "Renamed" "once writable, the changes in the -wal are read"
else
	for i in 1 2 3; do ok 1 "a killed writer left a -wal"; done
fi

done_testing
