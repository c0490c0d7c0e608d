# tests/lib.sh: TAP helpers for the end-to-end tests, sourced by each
# tests/cli-*.sh.  Every test gets a fresh temporary directory ($T) that
# is removed on exit; $SIFT is the binary under test.

set -u
: "${SIFT:?SIFT must name the sift binary}"
: "${srcdir:=.}"
T=$(mktemp -d "${TMPDIR:-/tmp}/sift-test.XXXXXX")
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/xdg"
unset SIFT_DB
mkdir -p "$HOME"
tap_n=0
tap_fail=0

ok() {
	# ok COND-STATUS NAME
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
	else
		echo "not ok $tap_n - $2"
		tap_fail=$((tap_fail + 1))
	fi
}

# run CMD...: run it, keep stdout in $T/out, stderr in $T/err, status in $rc
run() {
	"$@" >"$T/out" 2>"$T/err"
	rc=$?
}

# is GOT WANT NAME
is() {
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '#   got:  %s\n#   want: %s\n' "$1" "$2"
	fi
}

# like FILE PATTERN NAME: FILE matches the grep -E pattern
like() {
	if grep -Eq -- "$2" "$1"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		echo "#   no match for /$2/ in $1:"
		sed 's/^/#   | /' "$1" | head -20
	fi
}

# unlike FILE PATTERN NAME
unlike() {
	if grep -Eq -- "$2" "$1"; then
		ok 1 "$3"
		grep -E -- "$2" "$1" | sed 's/^/#   | /' | head -5
	else
		ok 0 "$3"
	fi
}

# INDEX_CHECK: SQL that prints nothing for an intact search index:
# FTS5's own checks of its tables, and search_rows naming exactly the
# articles not taken out, once the index is complete, but those import
# left in search_todo to index later (none of them indexed).  The index is
# contentless (src/store-index.c), so FTS5 cannot compare it with the
# text itself; the searches of tests/cli-search-visible.sh do.  On
# PostgreSQL ($SIFT_ON_PG: tests/on-pg.sh, whose $SQLITE3 may be psql)
# the server keeps its trigram indexes itself: the rows' checks only.
INDEX_ROWS_CHECK="SELECT 'not indexed: ' || id FROM articles a
  WHERE removed IS NULL
  AND (SELECT complete FROM search_state) <> 0 AND NOT EXISTS
  (SELECT 1 FROM search_rows r WHERE r.article_id = a.id) AND NOT EXISTS
  (SELECT 1 FROM search_todo t WHERE t.article_id = a.id);
SELECT 'indexed and to index: ' || article_id FROM search_todo t
  WHERE EXISTS (SELECT 1 FROM search_rows r
  WHERE r.article_id = t.article_id);
SELECT 'indexed but gone: ' || article_id FROM search_rows r
  WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id
  AND a.removed IS NULL);"
INDEX_CHECK="INSERT INTO search(search, rank) VALUES('integrity-check', 1);
INSERT INTO search_hidden(search_hidden, rank) VALUES('integrity-check', 1);
INSERT INTO search_grams(search_grams, rank) VALUES('integrity-check', 1);
$INDEX_ROWS_CHECK"
# INTEGRITY, FK_CHECK: SQL that prints "ok", then nothing, for a store
# whose files are intact and whose references hold.  PostgreSQL keeps
# the references itself; amcheck checks its B-tree indexes.
INTEGRITY="PRAGMA integrity_check;"
FK_CHECK="PRAGMA foreign_key_check;"
# TABLES_N: a query that counts the store's tables (0: none made yet)
TABLES_N="SELECT count(*) FROM sqlite_master"
if [ -n "${SIFT_ON_PG:-}" ]; then
	INDEX_CHECK=$INDEX_ROWS_CHECK
	INTEGRITY="CREATE EXTENSION IF NOT EXISTS amcheck;
SELECT 'ok' FROM (SELECT count(*) AS n FROM (SELECT bt_index_check(c.oid)
  FROM pg_class c JOIN pg_am m ON m.oid = c.relam
  JOIN pg_namespace s ON s.oid = c.relnamespace
  WHERE c.relkind = 'i' AND m.amname = 'btree'
  AND s.nspname = 'public') i) n;"
	FK_CHECK=""
	TABLES_N="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
fi

# UNINDEX: SQL that leaves a store as an older sift's is after its
# upgrade, nothing indexed, for the next writing command to index it
# all.  A test that changes an article's text by hand must run it: the
# index takes an entry out with the text it was made from.
UNINDEX="INSERT INTO search(search) VALUES('delete-all');
INSERT INTO search_hidden(search_hidden) VALUES('delete-all');
INSERT INTO search_grams(search_grams) VALUES('delete-all');
DELETE FROM search_rows; DELETE FROM search_todo;
UPDATE search_state SET complete = 0;"
if [ -n "${SIFT_ON_PG:-}" ]; then
	UNINDEX="DELETE FROM search_docs; DELETE FROM search_rows;
DELETE FROM search_todo; UPDATE search_state SET complete = 0;"
fi

# SCHEMA8: SQL that turns a store back into schema 8's: the raw input in
# the article's row (schema 11 keeps it apart), without the indexes and
# the count of the articles not removed (schema 9), with one trigram
# index over the whole text kept by triggers (before schema 10), the
# done marks without names in article_state, no editors and no index of
# the repeated blocks (before schema 14); then PRAGMA user_version = 8.
SCHEMA8="UPDATE article_state SET done = EXISTS (SELECT 1 FROM article_done d
  WHERE d.article_id = article_state.article_id);
INSERT OR IGNORE INTO article_state(article_id, done)
  SELECT article_id, 1 FROM article_done;
DROP TABLE article_done; DROP TABLE editors; DROP INDEX block_counts_repeated;
UPDATE articles SET raw = (SELECT r.raw FROM article_raw r
  WHERE r.article_id = articles.id)
  WHERE id IN (SELECT article_id FROM article_raw);
DROP TRIGGER article_raw_removed; DROP TABLE article_raw;
DROP INDEX articles_live_by_date; DROP INDEX articles_live_by_source;
DROP INDEX articles_live; DROP TRIGGER article_count_add;
DROP TRIGGER article_count_delete; DROP TRIGGER article_count_removed;
DROP TABLE article_count;
DROP TABLE search; DROP TABLE search_hidden; DROP TABLE search_grams;
DROP TABLE search_rows; DROP TABLE search_todo;
DROP TABLE search_state;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,
  content='articles', content_rowid='id', tokenize='trigram');
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text
  ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text)
    VALUES (new.id, new.title, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"

# store_cp FROM TO, store_rm DB: copy a store, remove one (a SQLite
# file with its journal; on PostgreSQL a database, tests/pg-sqlite3)
store_cp() {
	if [ -n "${SIFT_ON_PG:-}" ]; then
		"$SQLITE3" --copy "$1" "$2"
	else
		rm -f "$2-wal" "$2-shm"
		cp "$1" "$2"
	fi
}
store_rm() {
	if [ -n "${SIFT_ON_PG:-}" ]; then
		"$SQLITE3" --remove "$1"
	else
		rm -f "$1" "$1-wal" "$1-shm" "$1-journal"
	fi
}

# fts_indexed DB: how many articles the full-text index itself holds,
# counted from the index's own terms (fts5vocab), which an article
# missing from the index has none of.
fts_indexed() {
	if [ -n "${SIFT_ON_PG:-}" ]; then
		"$SQLITE3" "$1" "SELECT count(*) FROM search_docs"
		return
	fi
	"$SQLITE3" "$1" "CREATE VIRTUAL TABLE temp.fts_terms USING
	    fts5vocab(main, search, instance);
	    SELECT count(DISTINCT doc) FROM temp.fts_terms"
}

# fts_check DB: INDEX_CHECK; 0 when it found nothing wrong.
fts_check() {
	fc_out=$("$SQLITE3" "$1" "$INDEX_CHECK" 2>&1)
	[ -z "$fc_out" ] && return 0
	echo "$fc_out" | sed 's/^/#   | /' | head -5
	return 1
}

# tmux_setup NAME: for a test that drives the reader in tmux, on a
# socket of its own: sets $S, defines tm (its tmux command) and ends
# the server at exit; 1 when there is no tmux
tmux_setup() {
	TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
	[ -n "$TMUX_BIN" ] || return 1
	unset TMUX
	S="sift-$1-$$"
	tm() { "$TMUX_BIN" -S "$T/tmux.sock" "$@"; }
	trap 'tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
}

# tm_new ARGS...: tm new-session -d ARGS, tried again for up to 5 s
# while a server that tm kill-server just ended still holds the socket
# ("server exited unexpectedly"); 1 when it never starts
tm_new() {
	i=0
	until tm -f /dev/null new-session -d "$@" 2>/dev/null; do
		[ $i -ge 50 ] && return 1
		sleep 0.1
		i=$((i + 1))
	done
}

# settle: for the tests that drive the reader in tmux (they define tm,
# their tmux command, and $S, the session): wait until the screen stops
# changing, then keep it in $T/screen
settle() {
	prev=""
	i=0
	while [ $i -lt 40 ]; do
		sleep 0.1
		tm capture-pane -p -t "$S" >"$T/screen" 2>/dev/null || return 1
		cur=$(cksum <"$T/screen")
		# a blank screen is a program still starting, not a settled one
		[ "$cur" = "$prev" ] && grep -q '[^ ]' "$T/screen" && return 0
		prev=$cur
		i=$((i + 1))
	done
	return 0
}

# steady: settle, and again until two settled screens half a second
# apart agree (up to 5 s): a reader that paints its list first and fills
# in what a thread or the store's server sends later has done so
steady() {
	settle
	steady_n=0	# not i: settle counts with i
	while [ $steady_n -lt 10 ]; do
		cp "$T/screen" "$T/steady"
		sleep 0.5
		settle
		cmp -s "$T/screen" "$T/steady" && return 0
		steady_n=$((steady_n + 1))
	done
	return 0
}

# wait_for PATTERN [TENTHS]: up to 5 s (or TENTHS tenths of a second)
# for the screen to show it (no key sent), the screen kept in
# $T/screen; 1 if it never did
wait_for() {
	i=0
	while [ $i -lt "${2:-50}" ]; do
		tm capture-pane -p -t "$S" >"$T/screen"
		grep -Eq -- "$1" "$T/screen" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

done_testing() {
	echo "1..$tap_n"
	[ "$tap_fail" -eq 0 ]
}


# pg_setup: a PostgreSQL cluster of the test's own (initdb and pg_ctl, as
# user nobody when the test runs as root: the server refuses root),
# reached only by a Unix socket in a directory of its own, with trust
# for local connections and superuser sift; stopped at exit.  1 when
# PostgreSQL is not installed.  pg_uri DB [ROLE] names a database.
pg_setup() {
	PGBIN=$(pg_config --bindir 2>/dev/null)
	[ -x "$PGBIN/initdb" ] || PGBIN=$(ls -d /usr/lib/postgresql/*/bin \
	    2>/dev/null | sort -V | tail -1)
	[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || return 1
	# a socket's path is at most 107 bytes: a short directory
	PGDIR=$(mktemp -d /tmp/sift-pg.XXXXXX)
	pg_as=""
	if [ "$(id -u)" = 0 ]; then
		chown nobody "$PGDIR"
		pg_as="runuser -u nobody --"
	fi
	trap 'pg_stop; type tm >/dev/null 2>&1 && tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
	$pg_as "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U sift -E UTF8 \
	    --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1 || {
		sed 's/^/# initdb: /' "$PGDIR/initdb.log"
		return 1
	}
	pg_start
}

pg_start() {
	$pg_as "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
	    -o "-k $PGDIR -c listen_addresses=''" start >/dev/null
}

pg_stop() {
	[ -n "${PGDIR:-}" ] && [ -d "$PGDIR/data" ] || return 0
	$pg_as "$PGBIN/pg_ctl" -D "$PGDIR/data" -m ${1:-immediate} -w stop \
	    >/dev/null 2>&1
	[ "${1:-}" != "" ] || rm -rf "$PGDIR"
}

pg_uri() {
	echo "postgresql:///$1?host=$PGDIR&user=${2:-sift}"
}

# psql_do DB SQL: run SQL on a database as sift, quietly
psql_do() {
	"$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$(pg_uri "$1")" -c "$2"
}
