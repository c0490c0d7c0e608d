/*
 * test-store.c: the store on real SQLite files in a temporary directory
 * (or on PostgreSQL: tests/unit-on-pg.sh):
 * creation, reopening, refusal of foreign and newer databases, adding
 * and deduplicating articles, listing and searching (CJK included), and
 * the JSON record parser.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "sift.h"
#include "reclean.h"
#include "tap.h"

#define STRINGIFY1(x)	#x
#define STRINGIFY(x)	STRINGIFY1(x)

static char	dir[] = "/tmp/sift-store.XXXXXX";

static struct article *
mkarticle(const char *title, const char *text, const char *date)
{
	struct article	*a = xcalloc(1, sizeof *a);
	char		*sq;
	size_t		 len;

	a->title = title != NULL ? xstrdup(title) : NULL;
	a->text = xstrdup(text);
	a->len = strlen(text);
	a->published = date != NULL ? xstrdup(date) : NULL;
	a->source = xstrdup("test");
	a->lang = xstrdup(text_guess_lang(text, a->len));
	a->format = "text";
	a->raw = text;
	a->rawlen = a->len;
	sq = text_squeeze(text, a->len, &len);
	sha256_hex(sq, len, a->hash);
	free(sq);
	return (a);
}

static int
collect(const struct store_row *r, void *arg)
{
	struct buf	*b = arg;

	buf_printf(b, "%lld:%s;", (long long)r->id, r->title);
	return (0);
}

static char *
search(struct store *s, const char *q)
{
	struct store_query	 query;
	struct buf		 b;
	char			*cause = NULL;

	memset(&query, 0, sizeof query);
	query.search = q;
	buf_init(&b);
	if (store_list(s, &query, collect, &b, &cause) != 0) {
		printf("# %s\n", cause);
		free(cause);
	}
	return (buf_release(&b));
}

/* The integer a one-value statement gives on the file, -1 on an error. */
static int
sql_int(const char *path, const char *stmt)
{
	sqlite3		*db;
	sqlite3_stmt	*st = NULL;
	int		 v = -1;

	if (sqlite3_open(path, &db) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, stmt, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return (v);
}

static void
sql(const char *path, const char *stmt)
{
	sqlite3	*db;

	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, stmt, NULL, NULL, NULL) != SQLITE_OK)
		printf("# sql failed: %s\n", sqlite3_errmsg(db));
	sqlite3_close(db);
}

/*
 * A SQLite file's own: its version read back and kept across a reopen,
 * a newer one refused, a foreign and a junk file refused.  *PATH ends
 * as the last file's, for the caller to free.
 */
static void
sqlite_files(char **pathp)
{
	struct store	*s;
	char		*cause = NULL, *path = *pathp;
	FILE		*fp;
	int		 nschema;

	/*
	 * The schema version is read back from the file, and holds across
	 * a reopen: a migration run a second time would fail on its
	 * existing tables, or add to the schema.
	 */
	nschema = sql_int(path, "SELECT count(*) FROM sqlite_schema");
	ok(sql_int(path, "PRAGMA user_version") == STORE_SCHEMA_VERSION,
	    "the file is at schema version %d", STORE_SCHEMA_VERSION);
	s = store_open(path, &cause);
	ok(s != NULL && store_count(s) == 3, "reopened with its articles");
	store_close(s);
	ok(sql_int(path, "PRAGMA user_version") == STORE_SCHEMA_VERSION &&
	    sql_int(path, "SELECT count(*) FROM sqlite_schema") == nschema,
	    "reopening keeps the version and migrates nothing again");

	sql(path, "PRAGMA user_version = 42");
	s = store_open(path, &cause);
	ok(s == NULL && strstr(cause, "schema version 42") != NULL,
	    "a newer schema is refused: %s", cause);
	free(cause);
	ok(sql_int(path, "PRAGMA user_version") == 42,
	    "and its version is left as it was");
	sql(path, "PRAGMA user_version = " STRINGIFY(STORE_SCHEMA_VERSION));
	s = store_open(path, &cause);
	ok(s != NULL && store_count(s) == 3 &&
	    sql_int(path, "PRAGMA user_version") == STORE_SCHEMA_VERSION,
	    "set back to version %d, it opens as before",
	    STORE_SCHEMA_VERSION);
	store_close(s);

	free(path);
	path = *pathp = xasprintf("%s/other.db", dir);
	sql(path, "CREATE TABLE notes(x)");
	s = store_open(path, &cause);
	ok(s == NULL && strstr(cause, "not a sift database") != NULL,
	    "a foreign database is refused: %s", cause);
	free(cause);

	free(path);
	path = *pathp = xasprintf("%s/junk.db", dir);
	fp = fopen(path, "w");
	fprintf(fp, "%-4096s", "this is not a database");
	fclose(fp);
	s = store_open(path, &cause);
	ok(s == NULL && strstr(cause, "not a SQLite database") != NULL,
	    "a text file is refused: %s", cause);
	free(cause);
}

int
main(void)
{
	struct store	*s;
	struct article	*a;
	char		*cause = NULL, *path, *got;
	int		 rc;

	if (mkdtemp(dir) == NULL)
		return (99);
	path = xasprintf("%s/t.db", dir);

	s = store_open(tap_store(path), &cause);
	ok(s != NULL, "a new database is created");
	ok(store_count(s) == 0, "and is empty");

	store_begin(s, &cause);
	a = mkarticle("Typhoon nears coast", "The typhoon is expected to "
	    "make landfall tonight.\nSchools are closed.", "2024-08-01");
	rc = store_add_article(s, a, &cause);
	ok(rc == 1 && a->id == 1, "first article added with id 1");
	/* indexed as the reader shows it (import does it once a batch) */
	reclean_index(s, a, &cause);
	article_free(a);
	a = mkarticle("Typhoon nears coast", "The typhoon   is expected to "
	    "make landfall tonight. Schools are closed.", "2024-08-01");
	ok(store_add_article(s, a, &cause) == 0, "same text re-spaced is a "
	    "duplicate");
	article_free(a);
	a = mkarticle("金正恩或将与普京会面", "朝鲜领导人金正恩近期或将到访俄罗斯。",
	    "2024-08-03T10:00:00Z");
	ok(store_add_article(s, a, &cause) == 1, "Chinese article added");
	reclean_index(s, a, &cause);
	article_free(a);
	a = mkarticle(NULL, "Без заголовка: первая строка служит "
	    "названием.\nВторая строка.", NULL);
	ok(store_add_article(s, a, &cause) == 1, "untitled article added");
	reclean_index(s, a, &cause);
	article_free(a);
	ok(store_commit(s, &cause) == 0, "commit");
	ok(store_count(s) == 3, "three articles");

	got = search(s, NULL);
	is_str(got, "2:金正恩或将与普京会面;1:Typhoon nears coast;"
	    "3:Без заголовка: первая строка служит названием.\nВторая строка.;",
	    "newest first, undated last, untitled shows its text");
	free(got);
	got = search(s, "金正恩");
	is_str(got, "2:金正恩或将与普京会面;", "three-character CJK search");
	free(got);
	got = search(s, "普京");
	is_str(got, "2:金正恩或将与普京会面;", "two-character CJK search");
	free(got);
	got = search(s, "俄");
	is_str(got, "2:金正恩或将与普京会面;", "one-character CJK search");
	free(got);
	got = search(s, "TYPHOON schools");
	is_str(got, "1:Typhoon nears coast;", "words ANDed, case folded");
	free(got);
	got = search(s, "typhoon 普京");
	is_str(got, "", "no article has both");
	free(got);
	got = search(s, "\"landfall tonight\"");
	is_str(got, "1:Typhoon nears coast;", "quoted phrase");
	free(got);
	got = search(s, "\"unbalanced");
	is_str(got, "", "an unbalanced quote is harmless");
	free(got);
	got = search(s, "50% a_b \\ ' OR NEAR(");
	is_str(got, "", "SQL and FTS syntax in a query is just text");
	free(got);
	store_close(s);

	if (tap_on_pg()) {
		/* cli-pg.sh refuses a newer and a foreign database there */
		s = store_open(tap_store(path), &cause);
		ok(s != NULL && store_count(s) == 3,
		    "reopened with its articles");
		store_close(s);
		tap_skip(7, "a SQLite file's own checks");
	} else
		sqlite_files(&path);

	free(path);
	path = xasprintf("rm -rf %s", dir);
	if (system(path) != 0)
		printf("# cleanup failed\n");
	free(path);
	return (tap_done());
}
