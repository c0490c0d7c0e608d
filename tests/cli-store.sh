#!/bin/sh
# Where the database lives, and the databases sift refuses.
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"

printf 'Store test\nOne paragraph for the store tests.\n' >"$T/a.txt"

# $XDG_DATA_HOME/sift/sift.db, directories created.
run "$SIFT" import "$T/a.txt"
is "$rc" 0 "import with no -d and no SIFT_DB"
[ -f "$XDG_DATA_HOME/sift/sift.db" ]
ok $? "database created under XDG_DATA_HOME with its directories"
run env -u XDG_DATA_HOME "$SIFT" import "$T/a.txt"
[ -f "$HOME/.local/share/sift/sift.db" ]
ok $? "without XDG_DATA_HOME: ~/.local/share/sift/sift.db"

# $SIFT_DB beats XDG; -d beats $SIFT_DB.
SIFT_DB="$T/env.db" "$SIFT" import "$T/a.txt" >/dev/null 2>&1
[ -f "$T/env.db" ]
ok $? "SIFT_DB names the database"
SIFT_DB="$T/env.db" "$SIFT" -d "$T/opt.db" import "$T/a.txt" >/dev/null 2>&1
[ -f "$T/opt.db" ]
ok $? "-d wins over SIFT_DB"

DB="$T/opt.db"
is "$("$SQLITE3" "$DB" "PRAGMA application_id")" 1397311060 "application_id is set"
is "$("$SQLITE3" "$DB" "PRAGMA user_version")" 14 "user_version is the schema version"
is "$("$SQLITE3" "$DB" "PRAGMA journal_mode")" wal "the database is in WAL mode"

# The list's orders and count come from indexes of the articles not
# removed, never from the rows (whose last column, removed, is after the
# text: reading it walked each row's overflow pages).
for q in "SELECT id FROM articles WHERE removed IS NULL ORDER BY published DESC, id DESC" \
    "SELECT id FROM articles WHERE removed IS NULL ORDER BY source, published DESC, id DESC" \
    "SELECT count(*) FROM articles WHERE removed IS NULL" \
    "SELECT id FROM articles WHERE removed IS NULL ORDER BY id"; do
	"$SQLITE3" "$DB" "EXPLAIN QUERY PLAN $q" >"$T/plan"
	like "$T/plan" "USING (COVERING )?INDEX articles_live" "from an index: ${q#SELECT }"
done

# The store counts its articles as they come and go: imported, removed,
# imported again, and removed for good with their claims.
C="$T/count.db"
for i in 1 2 3 4; do printf 'Count %s\nArticle number %s of the count.\n' "$i" "$i" >"$T/c$i.txt"; done
"$SIFT" -d "$C" import "$T/c1.txt" "$T/c2.txt" "$T/c3.txt" "$T/c4.txt" >/dev/null 2>&1
counts() { "$SQLITE3" "$C" "SELECT (SELECT live FROM article_count) || ' ' || (SELECT count(*) FROM articles WHERE removed IS NULL)"; }
is "$(counts)" "4 4" "four imported: counted 4"
"$SIFT" -d "$C" tag 2 --quote "Article number" x/y >/dev/null 2>&1
"$SIFT" -d "$C" rm 1 >/dev/null 2>&1
"$SIFT" -d "$C" rm --force 2 >/dev/null 2>&1
is "$(counts)" "2 2" "two removed (one with a claim, kept as a tombstone): counted 2"
"$SIFT" -d "$C" import "$T/c2.txt" >/dev/null 2>&1
is "$(counts)" "3 3" "one imported again: counted 3"

# An article's raw input is kept beside its row, not in it (where it
# came before the text, which a reader of the text then walked through);
# an article stored before keeps its input in its row and is read alike.
R="$T/raw.db"
"$SIFT" -d "$R" import "$T/c1.txt" "$T/c2.txt" >/dev/null 2>&1
is "$("$SQLITE3" "$R" "SELECT sum(length(a.raw)), sum(length(r.raw) > 0) FROM articles a JOIN article_raw r ON r.article_id = a.id")" \
    "0|2" "the input of new articles is in article_raw, not in their rows"
"$SQLITE3" "$R" "UPDATE articles SET raw = (SELECT raw FROM article_raw WHERE article_id = 1) WHERE id = 1; DELETE FROM article_raw WHERE article_id = 1"
"$SIFT" -d "$R" show 1 >"$T/before"
"$SQLITE3" "$R" "$UNINDEX UPDATE articles SET text = 'stale' WHERE id = 1"
run "$SIFT" -d "$R" reclean
is "$rc" 0 "reclean reads an input kept in its row, as older stores keep it"
"$SIFT" -d "$R" show 1 >"$T/after"
is "$(cksum <"$T/after")" "$(cksum <"$T/before")" "and stores the same text again"
is "$("$SQLITE3" "$R" "$INDEX_CHECK")" "" "the search index is sound"

# A version-1 database (before blocks were stored) is migrated.
cp "$DB" "$T/v1.db"
"$SQLITE3" "$T/v1.db" "$SCHEMA8 DROP TABLE block_overrides; DROP TABLE block_counts; DROP TABLE source_gen; DROP TABLE verdict_cache; DROP TABLE claim_tags; DROP TABLE claims; DROP TABLE tags; DROP TABLE article_state; DROP TABLE tag_families; DROP TABLE article_dom; ALTER TABLE articles DROP COLUMN author; ALTER TABLE articles DROP COLUMN encoding; ALTER TABLE articles DROP COLUMN removed; PRAGMA user_version = 1"
run "$SIFT" -d "$T/v1.db" list
is "$rc" 0 "a version-1 database opens"
is "$("$SQLITE3" "$T/v1.db" "PRAGMA user_version")" 14 "and is migrated to version 14"
is "$("$SQLITE3" "$T/v1.db" "SELECT count(*) FROM sqlite_schema WHERE name IN ('block_overrides', 'block_counts', 'verdict_cache', 'claims', 'article_state', 'tag_families', 'article_dom')")" 7 \
    "with the new tables"

# A version-5 database with claims: the claims table is rebuilt for
# schema 6 and keeps every claim with its tags.
cp "$DB" "$T/v5.db"
"$SIFT" -d "$T/v5.db" list -f tsv | head -1 | cut -f1 >"$T/id"
"$SIFT" -d "$T/v5.db" tag "$(cat "$T/id")" --quote "One paragraph" --note kept one/a two/b >/dev/null 2>&1
"$SQLITE3" "$T/v5.db" "PRAGMA foreign_keys = OFF; BEGIN; $SCHEMA8
CREATE TABLE c5 (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, start INTEGER, end INTEGER, quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '', anchor TEXT NOT NULL DEFAULT 'exact' CHECK (anchor IN ('exact', 'moved', 'orphaned')), claimant TEXT, note TEXT, annotator TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL);
INSERT INTO c5 SELECT id, uuid, article_id, start, end, quote, prefix, suffix, anchor, claimant, note, annotator, created, modified FROM claims;
DROP TABLE claims; ALTER TABLE c5 RENAME TO claims; CREATE INDEX claims_by_article ON claims(article_id, start);
DROP TABLE tag_families; ALTER TABLE article_state DROP COLUMN done; DROP TABLE article_dom; ALTER TABLE articles DROP COLUMN author; ALTER TABLE articles DROP COLUMN encoding; DROP INDEX articles_live_by_date; DROP INDEX articles_live_by_source; DROP INDEX articles_live; DROP TRIGGER article_count_add; DROP TRIGGER article_count_delete; DROP TRIGGER article_count_removed; DROP TABLE article_count; ALTER TABLE articles DROP COLUMN removed; PRAGMA user_version = 5; COMMIT;"
is "$("$SQLITE3" "$T/v5.db" "SELECT count(*) FROM claim_tags")" 2 "a version-5 database has a claim with two tags"
run "$SIFT" -d "$T/v5.db" claims
is "$rc" 0 "it opens"
like "$T/out" "one/a;two/b" "and the claim keeps both tags"
is "$("$SQLITE3" "$T/v5.db" "PRAGMA user_version; PRAGMA foreign_key_check; PRAGMA integrity_check")" "14
ok" "it is at version 14, its foreign keys and pages sound"
is "$("$SQLITE3" "$T/v5.db" "SELECT note FROM claims")" kept "the note is kept"

# A database newer than this sift.
cp "$DB" "$T/newer.db"
"$SQLITE3" "$T/newer.db" "PRAGMA user_version = 99"
run "$SIFT" -d "$T/newer.db" list
is "$rc" 1 "a newer database exits 1"
like "$T/err" "newer.db: the database has schema version 99, newer than this sift knows \(14\); upgrade sift" \
    "and says it is newer"

# Not a sift database: another application's SQLite file, and a text file.
"$SQLITE3" "$T/other.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1)"
run "$SIFT" -d "$T/other.db" list
is "$rc" 1 "another SQLite database exits 1"
like "$T/err" "other.db: not a sift database" "and says so"
is "$("$SQLITE3" "$T/other.db" "SELECT count(*) FROM t")" 1 "and leaves it alone"
printf 'just some text, not a database at all, but long enough to be read\n%.0s' $(seq 1 100) >"$T/text.db"
cp "$T/text.db" "$T/text.orig"
run "$SIFT" -d "$T/text.db" list
is "$rc" 1 "a text file exits 1"
like "$T/err" "text.db: not a SQLite database" "and says it is not SQLite"
cmp -s "$T/text.db" "$T/text.orig"
ok $? "the text file is untouched"

# A corrupt database: damage the pages after the header.
for i in $(seq 1 30); do
	printf 'Article %s\nParagraph number %s for the corruption test, long enough to fill pages.\n' "$i" "$i" >"$T/c$i.txt"
done
"$SIFT" -d "$T/corrupt.db" import "$T"/c*.txt >/dev/null 2>&1
"$SQLITE3" "$T/corrupt.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
size=$(wc -c <"$T/corrupt.db")
dd if=/dev/urandom of="$T/corrupt.db" bs=1 seek=4096 count=$((size - 4096)) conv=notrunc 2>/dev/null
run "$SIFT" -d "$T/corrupt.db" list
is "$rc" 1 "a corrupt database exits 1"
like "$T/err" "corrupt.db: (the database is corrupt|not a SQLite database)" "and says it is corrupt"

# A read-only database: listing works, importing is refused cleanly.
cp "$DB" "$T/ro.db"
"$SQLITE3" "$T/ro.db" "PRAGMA journal_mode = DELETE" >/dev/null
chmod 444 "$T/ro.db"
if [ "$(id -u)" -eq 0 ]; then
	as="setpriv --reuid=65534 --regid=65534 --clear-groups --"
	chmod 777 "$T"
	command -v setpriv >/dev/null || as="skip"
else
	as=""
fi
if [ "$as" != skip ]; then
	printf 'New one\nA new article for a read-only store.\n' >"$T/new.txt"
	chmod 644 "$T/new.txt"
	run $as "$SIFT" -d "$T/ro.db" list
	is "$rc" 0 "a read-only database can be listed"
	like "$T/out" "Store test" "and lists its articles"
	run $as "$SIFT" -d "$T/ro.db" import "$T/new.txt"
	is "$rc" 1 "importing into a read-only database exits 1"
	like "$T/err" "ro.db: read-only store" "and says it is a read-only store"
else
	for i in 1 2 3 4; do ok 0 "# SKIP no setpriv"; done
fi

# A directory given as the database.
run "$SIFT" -d "$T" list
is "$rc" 1 "a directory as the database exits 1"
like "$T/err" "is a directory, not a database" "and says so"

# kill -9 in the middle of an import leaves a consistent database.
for i in $(seq 1 5000); do
	printf '{"title":"Record %s","text":"Body of record %s with some words to index."}\n' "$i" "$i"
done >"$T/many.jsonl"
"$SIFT" -d "$T/kill.db" import "$T/many.jsonl" >/dev/null 2>&1 &
pid=$!
# kill it once its first batch is in (a fixed sleep may kill it before
# it has made the database, which proves nothing)
i=0
while [ $i -lt 200 ] && kill -0 $pid 2>/dev/null; do
	[ -s "$T/kill.db" ] && [ "$("$SQLITE3" -readonly "$T/kill.db" \
	    "SELECT count(*) FROM articles" 2>/dev/null || echo 0)" -gt 0 ] &&
	    break
	sleep 0.05
	i=$((i + 1))
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
is "$("$SQLITE3" "$T/kill.db" "PRAGMA integrity_check")" ok "killed import: database intact"
n=$("$SQLITE3" "$T/kill.db" "SELECT count(*) FROM articles")
[ "${n:-0}" -gt 0 ]
ok $? "killed import: what it had committed is there ($n articles)"
# the last batch committed may be left to index (src/import-index.c)
todo=$("$SQLITE3" "$T/kill.db" "SELECT count(*) FROM search_todo")
is "$(fts_indexed "$T/kill.db")" "$((n - todo))" "killed import: the index holds the $n articles but the $todo left to index"
fts_check "$T/kill.db"
ok $? "killed import: the index matches the articles"
run "$SIFT" -d "$T/kill.db" import "$T/many.jsonl"
is "$rc" 0 "the import can simply be run again"
is "$("$SQLITE3" "$T/kill.db" "SELECT count(*) FROM articles; SELECT count(*) FROM search_todo")" "5000
0" "and completes it, nothing left to index"
is "$(fts_indexed "$T/kill.db")" 5000 "every article is indexed"
done_testing
