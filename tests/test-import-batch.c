/*
 * test-import-batch.c: storing imported articles a thousand a
 * transaction.  A batch is committed when it is full and at the end, with
 * new and duplicate articles counted only once committed; when the store
 * refuses an article the batch under way is rolled back, the caller told
 * how many articles were lost, and nothing committed before is touched.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "sift.h"
#include "import-batch.h"
#include "pq-dl.h"
#include "tap.h"

static char	dir[] = "/tmp/sift-batch.XXXXXX";

struct failure {
	int		 calls;
	unsigned long	 lost;
	char		*cause;
};

static void
on_fail(const char *cause, unsigned long lost, void *arg)
{
	struct failure	*f = arg;

	f->calls++;
	f->lost = lost;
	free(f->cause);
	f->cause = xstrdup(cause);
}

/* Import article number i (a text file of its own). */
static int
feed(struct importer *im, int i)
{
	char	*text, *name;
	int	 rc;

	text = xasprintf("Article %d\n\nThe body of article number %d, a "
	    "sentence long enough to count as content.\n", i, i);
	name = xasprintf("a%d.txt", i);
	rc = import_buffer(im, name, text, strlen(text));
	free(name);
	free(text);
	return (rc);
}

/* STMT on PostgreSQL's database URL, the same done there. */
static void
sql_pg(const char *url, const char *stmt)
{
	PGconn		*c;
	PGresult	*r;
	char		*cause;

	if (pq_dl_load(&cause) == -1) {
		printf("# %s\n", cause);
		free(cause);
		return;
	}
	c = PQconnectdb(url);
	r = PQexec(c, stmt);
	if (PQresultStatus(r) != PGRES_COMMAND_OK)
		printf("# sql failed: %s", PQerrorMessage(c));
	PQclear(r);
	PQfinish(c);
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

/* 1,200 articles and one again: a full batch, then the rest at the end. */
static void
test_batches(const char *path)
{
	struct import_opts	 opts;
	struct import_batch	 b;
	struct failure		 f;
	struct importer		*im;
	struct store		*s;
	char			*cause;
	int			 i;

	memset(&opts, 0, sizeof opts);
	memset(&f, 0, sizeof f);
	if ((s = store_open(path, &cause)) == NULL) {
		ok(0, "store_open: %s", cause);
		exit(1);
	}
	import_batch_init(&b, s, on_fail, &f);
	im = import_new(&opts, import_batch_add, NULL, &b);
	b.im = im;
	for (i = 0; i < 999; i++)
		feed(im, i);
	ok(b.added == 0 && b.pending == 999 && store_in_transaction(s),
	    "999 articles wait in the batch, uncounted");
	feed(im, 999);
	ok(b.added == 1000 && b.pending == 0 && !store_in_transaction(s),
	    "the thousandth commits the batch");
	for (i = 1000; i < 1200; i++)
		feed(im, i);
	feed(im, 5);
	ok(b.added == 1000 && b.pending == 201, "the next batch waits");
	ok(import_batch_end(&b) == 0, "the last batch commits");
	ok(b.added == 1200 && b.duplicates == 1 && b.pending == 0,
	    "1,200 added, 1 already stored");
	ok(store_count(s) == 1200, "the store holds 1,200 articles");
	ok(f.calls == 0 && !b.failed, "nothing failed");
	ok(import_batch_end(&b) == 0, "ending an empty batch does nothing");
	import_free(im);
	store_close(s);
}

/* The store refuses the 101st article of the next import. */
static void
test_failure(const char *path)
{
	struct import_opts	 opts;
	struct import_batch	 b;
	struct failure		 f;
	struct importer		*im;
	struct store		*s;
	char			*cause;
	int			 i, rc = 0;

	if (tap_on_pg())
		sql_pg(path, "CREATE FUNCTION boom() RETURNS trigger "
		    "LANGUAGE plpgsql AS $$BEGIN IF (SELECT count(*) FROM "
		    "articles) >= 1300 THEN RAISE EXCEPTION 'boom'; END IF; "
		    "RETURN NEW; END$$; CREATE TRIGGER boom BEFORE INSERT ON "
		    "articles FOR EACH ROW EXECUTE FUNCTION boom();");
	else
		sql(path, "CREATE TRIGGER boom BEFORE INSERT ON articles WHEN "
		    "(SELECT count(*) FROM articles) >= 1300 BEGIN "
		    "SELECT RAISE(ABORT, 'boom'); END;");
	memset(&opts, 0, sizeof opts);
	memset(&f, 0, sizeof f);
	if ((s = store_open(path, &cause)) == NULL) {
		ok(0, "store_open: %s", cause);
		exit(1);
	}
	import_batch_init(&b, s, on_fail, &f);
	im = import_new(&opts, import_batch_add, NULL, &b);
	b.im = im;
	for (i = 2000; i < 2200 && !b.failed; i++)
		rc = feed(im, i);
	ok(b.failed && i == 2101, "the import stops at the refused article");
	ok(rc == 0 && import_stats(im)->failed == 0,
	    "which import does not count as a bad input");
	ok(f.calls == 1 && f.lost == 101, "the caller is told: %lu lost",
	    f.lost);
	ok(f.cause != NULL && strstr(f.cause, "boom") != NULL,
	    "with the store's cause");
	ok(b.added == 0 && b.pending == 0 && !store_in_transaction(s),
	    "the batch is rolled back");
	ok(import_batch_end(&b) == 0, "and there is nothing left to commit");
	ok(store_count(s) == 1200, "what was committed before stays");
	free(f.cause);
	import_free(im);
	store_close(s);
}

int
main(void)
{
	char	*path;

	if (mkdtemp(dir) == NULL)
		return (99);
	path = xasprintf("%s/t.db", dir);
	test_batches(tap_store(path));
	test_failure(tap_store(path));
	sql(path, "PRAGMA wal_checkpoint(TRUNCATE);");
	unlink(path);
	free(path);
	path = xasprintf("%s/t.db-wal", dir);
	unlink(path);
	free(path);
	path = xasprintf("%s/t.db-shm", dir);
	unlink(path);
	free(path);
	rmdir(dir);
	return (tap_done());
}
