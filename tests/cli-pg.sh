#!/bin/sh
# The store on PostgreSQL: every command gives what it gives on SQLite,
# on a cluster the test starts itself; the schema's checks, the role as
# the annotator and its rights, a server that goes away and comes back,
# and the reader told of another process's changes (LISTEN/NOTIFY).
. "${srcdir:-.}/tests/lib.sh"

pg_setup || skip_all "PostgreSQL is not installed (./bootstrap installs it)"

# the parity store's owner is role ann, the SQLite store's annotator
psql_do postgres "CREATE ROLE ann LOGIN" &&
    psql_do postgres "CREATE DATABASE par OWNER ann" ||
    skip_all "cannot create a database"
PG=$(pg_uri par ann)
LITE="$T/lite.db"
export SIFT_ANNOTATOR=ann

mkdir "$T/in"
cat >"$T/in/putin.txt" <<'X'
Title: 普京与金正恩会晤
Source: 东方通讯
Date: 2024-06-19
Language: zh

普京周三抵达平壤，与金正恩举行会谈。双方签署了全面战略伙伴关系条约。

据报道，会谈持续了两个小时。普京表示，两国关系进入新阶段。
X
cat >"$T/in/trade.txt" <<'X'
Title: Harbour strike ends after talks
Source: Coast Wire
Date: 2024-05-02

Dock workers at the northern harbour ended a three-day strike on Friday
after the port authority agreed to review shift rules, union leaders said.

The agreement covers 1,200 workers and takes effect next month.
X
cat >"$T/in/nodate.txt" <<'X'
Title: Ein Artikel ohne Datum
Language: de

Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.
X

# both STEP ARGS...: the command on each store; their outputs, with
# UUIDs, times and the store's name made alike, must be the same
both() {
	step=$1
	shift
	"$SIFT" -d "$LITE" "$@" >"$T/l.out" 2>"$T/l.err"
	lrc=$?
	"$SIFT" -d "$PG" "$@" >"$T/p.out" 2>"$T/p.err"
	prc=$?
	for f in l.out l.err p.out p.err; do
		sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/UUID/g
		    s/20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z/TIME/g' "$T/$f" |
		    sed "s#$LITE#STORE#g; s#postgresql://ann@/par#STORE#g" \
		    >"$T/$f.n"
	done
	if [ "$lrc" = "$prc" ] && cmp -s "$T/l.out.n" "$T/p.out.n" &&
	    cmp -s "$T/l.err.n" "$T/p.err.n"; then
		ok 0 "$step: the same on both (exit $lrc)"
	else
		ok 1 "$step: the same on both"
		echo "#   exit $lrc (SQLite) and $prc (PostgreSQL)"
		diff "$T/l.out.n" "$T/p.out.n" | head -10 | sed 's/^/#   /'
		diff "$T/l.err.n" "$T/p.err.n" | head -6 | sed 's/^/#   /'
	fi
}

both "import" import "$srcdir/samples" "$T/in"
both "import again" import "$T/in/trade.txt"
both "list" list
both "list by title" list --sort title
both "list by source" list --sort source
both "search 普京 (two CJK characters)" list --search 普京
both "search 金正恩" list --search 金正恩
both "search a phrase" list --search '"shift rules"'
both "search of two terms, ASCII case ignored" list --search 'HARBOUR strike'
# (a term of one or two Latin letters: SQLite's index has no entry that
# short, and it looks in the hidden blocks too; PostgreSQL's does not)
both "search of a short term, hidden blocks too" list --search ab --all
both "pattern ~l zh" list -w '~l zh'
both "pattern ~s glob" list -w '~s *Wire*'
both "pattern ~d" list -w '~d 2024-01-01..2024-12-31'
both "pattern ~h" list -w '~h 普京'
both "pattern with ! and |" list -w '!~l en | ~s Coast*'
both "show" show 2
both "show a CJK article" show 12
both "tag" tag 2 --quote '台风' arms-supply/denied
both "tag with a note and claimant" tag 12 --quote '普京' --note 'met Kim' \
    --claimant 'state media' arms-supply/alleged
both "tag again" tag 12 --quote '金正恩' person
both "tags" tags
both "claims" claims
both "claims by tag" claims --tag person
both "pattern ~t" list -w '~t arms-supply/*'
both "pattern ~a" list -w '~a ann'
both "export csv" export --format csv
both "export jsonl" export --format jsonl
both "export w3c" export --format w3c
both "done" done 12 2
both "pattern ~D" list -w '~D'
both "pattern ~U" list -w '~U'
both "untag" untag 2
both "untag again" untag 2
both "claims after untag" claims
both "tagset" tagset
both "agreement" agreement
both "editors --add" editors --add bob
both "editors" editors
both "rm" rm 3
both "list after rm" list
both "mark" mark 12 1 boilerplate
both "show after mark" show 12
both "list of a missing article" show 999
"$SIFT" -d "$LITE" export --format jsonl >"$T/l.jsonl"
"$SIFT" -d "$PG" export --format jsonl >"$T/p.jsonl"
"$SIFT" -d "$LITE" import-claims "$T/l.jsonl" >"$T/l.merge" 2>&1
run "$SIFT" -d "$PG" import-claims "$T/p.jsonl"
cmp -s "$T/l.merge" "$T/out"
ok $? "import-claims of its own export: the same on both"
like "$T/out" '1 unchanged' "every claim unchanged"
run "$SIFT" -d "$LITE" import-claims "$T/p.jsonl"
like "$T/out" '^1 claim added' "PostgreSQL's export merges into SQLite"

# libpq is loaded for a store on PostgreSQL only: a run on SQLite starts
# without it and the TLS, Kerberos and LDAP it brings (src/pq-dl.h).
LD_DEBUG=libs "$SIFT" -d "$LITE" list >/dev/null 2>"$T/ld-lite"
grep -q 'libpq' "$T/ld-lite"
ok $((! $?)) "a run on SQLite does not load libpq"
LD_DEBUG=libs "$SIFT" -d "$PG" list >/dev/null 2>"$T/ld-pg"
grep -q 'calling init: .*libpq' "$T/ld-pg"
ok $? "a run on PostgreSQL loads it"

# The schema and the database's own checks.
run "$SIFT" -d "$(pg_uri postgres)" list
is "$rc" 1 "a database without a store: exit 1"
like "$T/err" 'no sift store in this database yet' "and says so"
psql_do postgres "CREATE TABLE other (x int)"
run "$SIFT" -d "$(pg_uri postgres)" import "$T/in/trade.txt"
is "$rc" 1 "a database of another program: refused"
like "$T/err" 'not a sift database' "and named so"
psql_do par "UPDATE sift_meta SET value = '99' WHERE key = 'schema_version'"
run "$SIFT" -d "$PG" list
is "$rc" 1 "a store of a newer sift: refused"
like "$T/err" 'schema version 99, newer than this sift knows' "and says so"
psql_do par "UPDATE sift_meta SET value = '14' WHERE key = 'schema_version'"
run "$SIFT" -d "postgresql:///par?host=$T/none&user=sift" list
is "$rc" 1 "no server: exit 1"
like "$T/err" 'cannot connect to PostgreSQL' "and says so"
run env SIFT_DB="$PG" "$SIFT" list
is "$rc" 0 "SIFT_DB names it too"

# The list's order from an index (newest first, undated last, which an
# index on (published, id) read backwards does not give PostgreSQL); a
# store made without it gets it when opened to write.
newest_plan() {
	# a table of a few rows is read whole unless told not to
	"$PGBIN/psql" -X -A -t "$(pg_uri par)" -c "SET enable_seqscan = off" \
	    -c "EXPLAIN SELECT a.id FROM articles a WHERE a.removed IS NULL
	    ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 30" \
	    >"$T/plan" 2>&1
}
newest_plan
like "$T/plan" 'Index .*articles_live_newest' "the list's first page is read from an index"
unlike "$T/plan" 'Sort' "and not sorted"
psql_do par "DROP INDEX articles_live_newest; DROP INDEX articles_live_source_newest;
    CREATE INDEX articles_live_by_date ON articles(published, id) WHERE removed IS NULL"
newest_plan
like "$T/plan" 'Sort' "a store made before the index sorts every article"
"$SIFT" -d "$PG" list >/dev/null 2>&1
newest_plan
like "$T/plan" 'Sort' "a command that only reads leaves it as it is"
run "$SIFT" -d "$PG" done 1
newest_plan
like "$T/plan" 'Index .*articles_live_newest' "one that writes makes the index"
"$SIFT" -d "$PG" done --undo 1 >/dev/null 2>&1

# The role is the annotator, whatever $SIFT_ANNOTATOR says; a role may
# not change another's claim unless it is an editor.
psql_do par "CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN;
    CREATE ROLE carol LOGIN; CREATE ROLE sift_editors;
    GRANT ALL ON ALL TABLES IN SCHEMA public TO alice, bob, carol;
    GRANT USAGE ON SCHEMA public TO alice, bob, carol;
    CREATE ROLE reader LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public
    TO reader"
ALICE=$(pg_uri par alice)
chile=$("$SIFT" -d "$PG" list --search 'trade pact' | cut -f1)
putin=$("$SIFT" -d "$PG" list --search '金正恩' | cut -f1)
run env SIFT_ANNOTATOR=mallory "$SIFT" -d "$ALICE" tag "$chile" --quote Chile \
    place
is "$rc" 0 "alice tags"
id=$(sed -n 's/^claim \([0-9]*\) .*/\1/p' "$T/out")
run "$SIFT" -d "$PG" claims --annotator alice
like "$T/out" 'Chile' "the claim is alice's, not mallory's"
run "$SIFT" -d "$(pg_uri par carol)" untag "$id"
is "$rc" 1 "carol may not untag alice's claim"
like "$T/err" "alice" "and is told whose it is"
psql_do par "GRANT sift_editors TO carol"
run "$SIFT" -d "$(pg_uri par carol)" untag "$id"
is "$rc" 0 "a member of sift_editors may"
run "$SIFT" -d "$(pg_uri par reader)" tag "$chile" --quote Chile place
is "$rc" 1 "a role without write rights cannot tag"
like "$T/err" 'reader' "and the message names the role"
run "$SIFT" -d "$(pg_uri par reader)" list
is "$rc" 0 "but it can read"

# Two roles who disagree: agreement on PostgreSQL, and ~x finds the
# article (its SQL function is SQLite's; here the ids are asked first).
BOB=$(pg_uri par bob)
"$SIFT" -d "$ALICE" tag "$putin" --quote 普京周三抵达平壤 stance/alleged >/dev/null 2>&1
"$SIFT" -d "$BOB" tag "$putin" --quote 普京周三抵达平壤 stance/denied >/dev/null 2>&1
"$SIFT" -d "$ALICE" done "$putin" >/dev/null
"$SIFT" -d "$BOB" done "$putin" >/dev/null
run "$SIFT" -d "$PG" agreement --annotators alice,bob --format csv
like "$T/out" '^stance,' "agreement compares alice and bob"
run "$SIFT" -d "$PG" list -w '~x'
is "$(cut -f1 "$T/out")" "$putin" "~x finds the article they disagree on"
run "$SIFT" -d "$PG" agreement --disagreements
like "$T/out" 'alice' "and --disagreements says who tagged what"

# A server that goes away: a command fails, saying so, and nothing
# acknowledged is lost; the next command, with the server back, works.
"$SIFT" -d "$PG" export --format jsonl >"$T/before.jsonl"
pg_stop fast
run "$SIFT" -d "$PG" tag "$chile" --quote Chile place
is "$rc" 1 "no server: tagging fails"
like "$T/err" 'cannot connect to PostgreSQL' "and says why"
pg_start
run "$SIFT" -d "$PG" export --format jsonl
cmp -s "$T/out" "$T/before.jsonl"
ok $? "the server back: every claim as it was"

# The reader: another process's tag shows without a key (LISTEN/NOTIFY),
# and a server restart under it is survived.
if tmux_setup pg; then
	trap 'pg_stop; tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
	tm_new -s "$S" -x 100 -y 20 \
	    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$PG'; sleep 60"
	wait_for 'trade pact'
	tm send-keys -t "$S" l
	tm send-keys -t "$S" -l '~t live/*'
	tm send-keys -t "$S" Enter
	settle
	unlike "$T/screen" 'trade pact' "l ~t live/*: no article yet"
	"$SIFT" -d "$PG" tag "$chile" --quote Chile live/one >/dev/null 2>&1
	wait_for 'trade pact'
	ok $? "another process's tag shows without a key"
	pg_stop fast
	pg_start
	"$SIFT" -d "$PG" tag "$putin" --quote 平壤 live/two >/dev/null 2>&1
	wait_for '普京'
	ok $? "after a server restart the reader reconnects and shows it"
	tm send-keys -t "$S" 'q'
else
	ok 0 "# SKIP no tmux"
fi

done_testing
