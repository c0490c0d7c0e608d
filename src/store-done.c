/*
 * store-done.c: the done marks, each an article and the annotator who
 * read it to the end: the reader's D and sift done set them, the list's
 * flag and ~D read the marks of the annotator who runs sift, and sift
 * agreement reads them all (whose sentences it compares).
 */

#include "config.h"

#include <sqlite3.h>

#include "db.h"
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "store-int.h"

/* Is an article done, by the annotator who runs sift?  (Its list row
 * reads its title, and the text when it has none.) */
int
store_get_done(struct store *s, int64_t id)
{
	db_stmt	*st = s->stmt[STMT_GET_DONE];
	int		 done = 0;

	db_bind_int64(st, 1, id);
	db_bind_text(st, 2, claim_annotator(), -1, SQLITE_TRANSIENT);
	if (db_step(st) == SQLITE_ROW)
		done = db_column_int(st, 0);
	db_reset(st);
	db_clear_bindings(st);
	return (done);
}

/*
 * Mark an article done (or not) by the annotator who runs sift: read,
 * nothing more to tag.  Undone, a mark made before marks had names
 * goes too: it was this store's own annotator's.
 */
int
store_set_done(struct store *s, int64_t id, int done, char **cause)
{
	enum store_stmt	 i = done ? STMT_SET_DONE : STMT_UNSET_DONE;
	char		 now[32];

	db_bind_int64(s->stmt[i], 1, id);
	db_bind_text(s->stmt[i], 2, claim_annotator(), -1,
	    SQLITE_TRANSIENT);
	if (done) {
		claim_now(now);
		db_bind_text(s->stmt[i], 3, now, -1, SQLITE_TRANSIENT);
	}
	return (store_step_done(s, i, _("marking an article done"), cause));
}

/*
 * The done marks with their articles' names, by article then annotator:
 * of one article, or (0) of every live one; a mark made before marks had
 * names ('') as the annotator who runs sift's.  cb's non-zero return
 * stops.  Returns 0, or -1 with *cause set.
 */
int
store_done_rows(struct store *s, int64_t article,
    int (*cb)(const struct store_done *, void *), void *arg, char **cause)
{
	enum store_stmt		 i = article != 0 ? STMT_DONE_ONE :
				    STMT_DONE_ALL;
	db_stmt		*st = s->stmt[i];
	struct store_done	 d;
	int			 rc;

	db_bind_text(st, 1, claim_annotator(), -1, SQLITE_TRANSIENT);
	if (article != 0)
		db_bind_int64(st, 2, article);
	while ((rc = db_step(st)) == SQLITE_ROW) {
		d.article = db_column_int64(st, 0);
		d.url = (const char *)db_column_text(st, 1);
		d.title = (const char *)db_column_text(st, 2);
		d.hash = (const char *)db_column_text(st, 3);
		d.annotator = (const char *)db_column_text(st, 4);
		d.at = (const char *)db_column_text(st, 5);
		if (cb(&d, arg) != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		*cause = store_cause(s, _("reading done marks"));
	db_reset(st);
	db_clear_bindings(st);
	return (rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1);
}

/* Is there an article of this number, not removed? */
int
store_article_live(struct store *s, int64_t id)
{
	return (store_int_of(s, STMT_ARTICLE_LIVE, id) != 0);
}

/*
 * Add a done mark another store made (import-claims): 1 added, 0 there
 * already, -1 with *cause set.
 */
int
store_add_done(struct store *s, int64_t id, const char *annotator,
    const char *at, char **cause)
{
	db_stmt	*st = s->stmt[STMT_SET_DONE];

	db_bind_int64(st, 1, id);
	db_bind_text(st, 2, annotator, -1, SQLITE_TRANSIENT);
	db_bind_text(st, 3, at, -1, SQLITE_TRANSIENT);
	if (store_step_done(s, STMT_SET_DONE, _("marking an article done"),
	    cause) != 0)
		return (-1);
	return (db_changes(s->db) > 0);
}

static store_disagree_cb	store_disagree;

/*
 * ~x on PostgreSQL, which cannot call sift_disagrees: the articles two
 * or more annotators marked done, asked here one by one, as a list of
 * their numbers (none when it cannot be read).
 */
void
store_disagree_ids(struct store *s, struct buf *sql)
{
	db_stmt		*st;
	struct idset	 ids;
	char		*cause = NULL;
	size_t		 i;

	memset(&ids, 0, sizeof ids);
	if (store_disagree != NULL && db_prepare(s->db, "SELECT article_id"
	    " FROM article_done GROUP BY article_id HAVING count(*) > 1",
	    NULL, &st) == SQLITE_OK) {
		while (db_step(st) == SQLITE_ROW)
			idset_add(&ids, db_column_int64(st, 0));
		db_finalize(st);
	}
	/* 0, no article's number: never NULL, which NOT IN would make
	 * unknown for every article */
	buf_adds(sql, "a.id IN (0");
	for (i = 0; i < ids.n; i++) {
		if (store_disagree(s, ids.v[i], &cause) > 0)
			buf_printf(sql, ", %lld", (long long)ids.v[i]);
		free(cause);
		cause = NULL;
	}
	buf_addc(sql, ')');
	idset_free(&ids);
}

/* Who answers sift_disagrees(ID), the SQL of ~x (main sets it). */
void
store_set_disagree(store_disagree_cb cb)
{
	store_disagree = cb;
}

static void
store_disagrees(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct store	*s = sqlite3_user_data(ctx);
	char		*cause = NULL;
	int		 r;

	(void)argc;
	if (store_disagree == NULL || s == NULL) {
		sqlite3_result_int(ctx, 0);
		return;
	}
	r = store_disagree(s, sqlite3_value_int64(argv[0]), &cause);
	if (r < 0) {
		sqlite3_result_error(ctx, cause != NULL ? cause :
		    "sift_disagrees", -1);
		free(cause);
		return;
	}
	sqlite3_result_int(ctx, r);
}

/* sift_disagrees(ID) on a connection, of store s (NULL: always 0). */
int
store_disagree_function(sqlite3 *db, struct store *s)
{
	return (sqlite3_create_function(db, "sift_disagrees", 1,
	    SQLITE_UTF8, s, store_disagrees, NULL, NULL));
}
