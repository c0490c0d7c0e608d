#!/bin/sh
# What the search index costs (`make bench`): the import of a corpus
# with the index as sift makes it, its share of the store, and what
# cheaper settings would save and give up, built from the same values
# (bench/bench-index writes them) in scratch files; and the list search
# of CJK and other terms, as the reader's list runs it, before and
# after (SIFT_BEFORE).
#
# Run from the build directory.  Everything it writes goes under
# bench/out/index/.  Environment:
#   BENCH_INDEX_CORPUS  a folder of articles (default bench/out/corpus-100000,
#                       which bench/import.sh generates)
#   SIFT_BEFORE         another sift binary (say, of the commit before),
#                       to import the same corpus and search it beside
#   SQLITE3             the sqlite3 shell (default sqlite3)
# Units: MB is 2^20 bytes; times are wall clock, the best of 5 for a
# search (the process included: `sift list --search T >/dev/null`).
set -eu

: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BENCH_INDEX_CORPUS:=bench/out/corpus-100000}"
: "${SQLITE3:=sqlite3}"
SIFT=./src/sift
OUT=bench/out/index
LC_ALL=C.UTF-8
export LC_ALL

say() { printf '%s\n' "$*"; }
calc() { LC_ALL=C awk "BEGIN { $1 }" </dev/null; }
ms() { echo $(($(date +%s%N) / 1000000)); }
mb() { calc "printf \"%.1f\", $(stat -c %s "$1") / 1048576"; }

if [ ! -d "$BENCH_INDEX_CORPUS" ]; then
	say "index-cost: skipped: no corpus at $BENCH_INDEX_CORPUS (bench/import.sh makes it)"
	exit 0
fi
[ -x "$SIFT" ] && [ -x bench/bench-index ] ||
    { say "index-cost: $SIFT or bench/bench-index is missing: make bench"; exit 1; }
n=$(ls "$BENCH_INDEX_CORPUS" | wc -l)
rm -rf "$OUT"
mkdir -p "$OUT"

# import DB BINARY: seconds, and the store's size once checkpointed
import() {
	t0=$(ms)
	"$2" -d "$1" import "$BENCH_INDEX_CORPUS" >/dev/null 2>&1
	t1=$(ms)
	"$SQLITE3" "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	say "$(calc "printf \"%.1f\", ($t1 - $t0) / 1000") s, $(mb "$1") MB"
}
# search DB BINARY TERM [--all]: best of 5, ms, and how many it found
search() {
	best=999999
	for i in 1 2 3 4 5; do
		t0=$(ms)
		"$2" -d "$1" list --search "$3" ${4:-} >"$OUT/hits"
		t=$(($(ms) - t0))
		[ $t -lt $best ] && best=$t
	done
	say "$best ms ($(wc -l <"$OUT/hits") found)"
}

say "index-cost: $n articles of $BENCH_INDEX_CORPUS"
say "  import, index of what the reader shows: $(import "$OUT/sift.db" "$SIFT")"
if [ -n "${SIFT_BEFORE:-}" ]; then
	say "  import by SIFT_BEFORE: $(import "$OUT/before.db" "$SIFT_BEFORE")"
fi
say "  the store's parts (dbstat):"
"$SQLITE3" "$OUT/sift.db" "SELECT '    ' || CASE
    WHEN name LIKE 'search_grams%' THEN 'CJK grams index'
    WHEN name LIKE 'search_rows%' THEN 'search_rows (what was indexed)'
    WHEN name LIKE 'search%' THEN 'trigram index'
    WHEN name LIKE 'articles%' OR name LIKE 'sqlite_autoindex_articles%'
      OR name LIKE 'article_raw%' THEN 'articles (text and raw input)'
    ELSE 'the rest' END AS part,
    printf('%.1f MB', sum(pgsize) / 1048576.0)
    FROM dbstat GROUP BY part ORDER BY sum(pgsize) DESC"

# The index's values, then each setting built from them alone.
t0=$(ms)
v=$(./bench/bench-index docs "$OUT/sift.db" "$OUT/docs.db")
say "  make the values from the stored masks ($v): $(calc "printf \"%.1f\", ($(ms) - $t0) / 1000") s with writing them"

# variant NAME SQL: build a scratch index from the docs; time and size
variant() {
	rm -f "$OUT/v.db"
	t0=$(ms)
	"$SQLITE3" "$OUT/v.db" "PRAGMA journal_mode = OFF;
	    ATTACH '$OUT/docs.db' AS d; $2" >/dev/null
	t=$(($(ms) - t0))
	printf '    %-48s %6.1f s %8.1f MB\n' "$1" "$(calc "print $t / 1000")" \
	    "$(calc "print $(stat -c %s "$OUT/v.db") / 1048576")"
}
# works NAME MATCH TABLE: does the query run on v.db, and what it finds
works() {
	r=$("$SQLITE3" "$OUT/v.db" "SELECT count(*) FROM $3 WHERE $3 MATCH '$2'" 2>&1) ||
	    r="fails: ${r##*: }"
	printf '      %-44s %s\n' "$1" "$r"
}
TRI="CREATE VIRTUAL TABLE t USING fts5(title, body, hidden, content='',
    tokenize='trigram'"
FILL="INSERT INTO t(rowid, title, body, hidden) SELECT id, title, body,
    hidden FROM d.docs"
say "  index settings, built from the same values (scratch files):"
variant "trigram, detail=none: title and body; hidden apart (sift's)" \
    "CREATE VIRTUAL TABLE t USING fts5(title, body, content='',
    tokenize='trigram', detail=none); INSERT INTO t(rowid, title, body)
    SELECT id, title, body FROM d.docs;
    CREATE VIRTUAL TABLE h USING fts5(hidden, content='',
    tokenize='trigram', detail=none); INSERT INTO h(rowid, hidden)
    SELECT id, hidden FROM d.docs WHERE hidden != ''"
works "4+ characters, its trigrams: 金正恩近期" '"金正恩" AND "正恩近" AND "恩近期"' t
works "as a phrase: \"金正恩近期\"" '"金正恩近期"' t
works "one column: title: \"Put\"" 'title : "Put"' t
variant "trigram of title and text, detail=none (one index)" \
    "CREATE VIRTUAL TABLE t USING fts5(title, text, content='',
    tokenize='trigram', detail=none); INSERT INTO t(rowid, title, text)
    SELECT id, title, text FROM d.docs"
variant "trigram of title, body, hidden, detail=full (schemas 10-11)" "$TRI); $FILL"
works "4+ characters: \"金正恩近期\"" '"金正恩近期"' t
works "title and body only: {title body}: \"Putin\"" '{title body} : "Putin"' t
variant "trigram of title, body, hidden, detail=column" "$TRI, detail=column); $FILL"
works "4+ characters: \"金正恩近期\"" '"金正恩近期"' t
works "title and body only: {title body}: \"Put\"" '{title body} : "Put"' t
variant "schema 8: trigram of the whole text, kept apart" \
    "CREATE VIRTUAL TABLE t USING fts5(title, text, content='',
    tokenize='trigram'); INSERT INTO t(rowid, title, text)
    SELECT id, title, text FROM d.docs"
variant "CJK grams, detail=none (sift's)" "CREATE VIRTUAL TABLE g USING
    fts5(grams, content='', tokenize='unicode61', detail='none');
    INSERT INTO g(rowid, grams) SELECT id, grams FROM d.docs"
works "2 characters: 普京 (title or body)" '"普京" OR "t普京"' g
works "1 character: 普 (title or body)" '"普" OR "t普"' g
works "hidden too: 普京 OR h普京" '"普京" OR "h普京"' g
variant "CJK grams, detail=full" "CREATE VIRTUAL TABLE g USING
    fts5(grams, content='', tokenize='unicode61');
    INSERT INTO g(rowid, grams) SELECT id, grams FROM d.docs"
say "    without the grams, 1 and 2 CJK characters are a scan (LIKE);"
say "    without any index, every search is a scan of every text"
rm -f "$OUT/v.db"

say "  list search (best of 5 runs of sift list --search T):"
for t in 普 普京 金正 金正恩 金正恩近期 Putin putin '"North Korea"' '"said on Monday"'; do
	line="    $(printf '%-12s' "$t") $(search "$OUT/sift.db" "$SIFT" "$t")"
	line="$line, --all $(search "$OUT/sift.db" "$SIFT" "$t" --all)"
	if [ -n "${SIFT_BEFORE:-}" ]; then
		line="$line; before $(search "$OUT/before.db" "$SIFT_BEFORE" "$t")"
	fi
	say "$line"
done

# An older sift's store: nothing indexed, until the first command that
# writes indexes every article (here, a mark that changes nothing).
cp "$OUT/sift.db" "$OUT/old.db"
"$SQLITE3" "$OUT/old.db" "INSERT INTO search(search) VALUES('delete-all');
    INSERT INTO search_hidden(search_hidden) VALUES('delete-all');
    INSERT INTO search_grams(search_grams) VALUES('delete-all');
    DELETE FROM search_rows; DELETE FROM search_todo;
    UPDATE search_state SET complete = 0"
say "  a store of an older sift, searched before it is indexed: 普京 $(search "$OUT/old.db" "$SIFT" 普京)"
t0=$(ms)
"$SIFT" -d "$OUT/old.db" mark 1 1 auto >/dev/null 2>&1
say "  and indexed by the first command that writes: $(calc "printf \"%.1f\", ($(ms) - $t0) / 1000") s"
rm -f "$OUT/old.db" "$OUT/old.db-wal" "$OUT/old.db-shm" "$OUT/docs.db"
