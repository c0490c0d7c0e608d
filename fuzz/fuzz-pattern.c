/*
 * fuzz-pattern.c: libFuzzer's entry for the pattern language (what
 * --where, the reader's l and / and the colour rules read).  A pattern
 * that parses must become SQL that SQLite prepares and runs against a
 * store's tables, with its strings bound, never spliced in, and the
 * search's own function (sift_found) reads what the index names.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "sift.h"
#include "store-int.h"

static const char fuzz_pattern_schema[] =
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, source TEXT NOT NULL"
    " DEFAULT '', title TEXT, lang TEXT NOT NULL DEFAULT 'und',"
    " published TEXT, text TEXT NOT NULL);"
    "CREATE VIRTUAL TABLE search USING fts5(title, body, content='',"
    " tokenize='trigram', detail='none');"
    "CREATE VIRTUAL TABLE search_hidden USING fts5(hidden, content='',"
    " tokenize='trigram', detail='none');"
    "CREATE VIRTUAL TABLE search_grams USING fts5(grams, content='',"
    " tokenize='unicode61', detail='none');"
    "CREATE TABLE search_rows (article_id INTEGER PRIMARY KEY, title TEXT,"
    " mask BLOB);"
    "CREATE TABLE search_todo (article_id INTEGER PRIMARY KEY);"
    "CREATE TABLE claims (id INTEGER PRIMARY KEY, article_id INTEGER,"
    " anchor TEXT, claimant TEXT, annotator TEXT, deleted TEXT);"
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);"
    "CREATE TABLE claim_tags (claim_id INTEGER, tag_id INTEGER);"
    "CREATE TABLE article_state (article_id INTEGER PRIMARY KEY,"
    " read INTEGER, done INTEGER);"
    "CREATE TABLE article_done (article_id INTEGER, annotator TEXT,"
    " at TEXT);"
    "INSERT INTO articles VALUES (1, 'Wire', 'A title', 'en',"
    " '2023-09-05', 'Some text of the article');"
    "INSERT INTO search(rowid, title, body) VALUES (1, 'A title',"
    " 'Some text of the article');"
    "INSERT INTO search_grams(rowid, grams) VALUES (1, '');"
    "INSERT INTO search_rows VALUES (1, 'A title', NULL);"
    "INSERT INTO claims VALUES (1, 1, 'exact', 'x', 'ana', NULL);"
    "INSERT INTO tags VALUES (1, 'arms-supply/alleged');"
    "INSERT INTO claim_tags VALUES (1, 1);";

static sqlite3	*fuzz_pattern_db;

int	fuzz_pattern(const uint8_t *, size_t);
#ifndef SIFT_FUZZ_REGRESS
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return (fuzz_pattern(data, size));
}
#endif

/*
 * The same pattern as PostgreSQL's SQL: every pattern the parser takes
 * must translate (db_pgsql), with no bare ? left.  The connection is
 * never used: ~x asks the store only when main set its hook.
 */
static void
fuzz_pattern_pg(const struct pattern *p, size_t size)
{
	static struct db	 db;
	struct store		 s;
	struct store_binds	 binds;
	struct buf		 sql;
	char			*pg;
	int			 n = 0;

	memset(&s, 0, sizeof s);
	db.pg = (struct pg_conn *)&db;	/* "on PostgreSQL", not dialled */
	s.db = &db;
	buf_init(&sql);
	memset(&binds, 0, sizeof binds);
	binds.base = 1;
	binds.partial = size % 3;
	binds.s = &s;
	buf_adds(&sql, "SELECT a.id FROM articles a WHERE ");
	store_pattern_sql(p, &sql, &binds);
	if ((pg = db_pgsql(sql.data, &n)) == NULL || strchr(pg, '?') != NULL ||
	    n != binds.base + (int)binds.n - 1)
		abort();	/* what SQLite takes, PostgreSQL must too */
	free(pg);
	store_pattern_binds_free(&binds);
	buf_free(&sql);
}

int
fuzz_pattern(const uint8_t *data, size_t size)
{
	struct store_binds	 binds;
	struct pattern		*p;
	struct buf		 sql;
	struct db		 db;
	db_stmt			*st;
	char			*src, *cause = NULL;

	if (fuzz_pattern_db == NULL) {
		if (sqlite3_open(":memory:", &fuzz_pattern_db) != SQLITE_OK ||
		    store_search_functions(fuzz_pattern_db) != SQLITE_OK ||
		    store_disagree_function(fuzz_pattern_db, NULL) !=
		    SQLITE_OK ||
		    sqlite3_exec(fuzz_pattern_db, fuzz_pattern_schema, NULL,
		    NULL, NULL) != SQLITE_OK)
			abort();
	}
	src = xmalloc(size + 1);
	memcpy(src, data, size);
	src[size] = '\0';
	if ((p = pattern_parse(src, &cause)) == NULL) {
		if (cause == NULL || strstr(cause, "column ") == NULL)
			abort();	/* every fault names its column */
		free(cause);
		free(src);
		return (0);
	}
	buf_init(&sql);
	memset(&binds, 0, sizeof binds);
	binds.base = 1;
	binds.partial = size % 3;	/* STORE_INDEX_*: some articles not
					   indexed yet */
	buf_adds(&sql, "SELECT a.id FROM articles a WHERE ");
	store_pattern_sql(p, &sql, &binds);
	memset(&db, 0, sizeof db);
	db.lite = fuzz_pattern_db;
	if (db_prepare(&db, sql.data, NULL, &st) != SQLITE_OK)
		abort();	/* what the parser takes, SQLite must take */
	store_pattern_bind_all(st, &binds);
	while (db_step(st) == SQLITE_ROW)
		/* nothing */;
	db_finalize(st);
	store_pattern_binds_free(&binds);
	buf_free(&sql);
	fuzz_pattern_pg(p, size);
	pattern_free(p);
	free(src);
	return (0);
}
