/*
 * store-life.c: an article's life after its import, in SQL: taken out
 * (deleted, or a tombstone that keeps its identity for its claims),
 * brought back when imported again, replaced in place (import
 * --replace), and the number that tells the reader another process
 * changed the store.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db.h"

#include "sift.h"
#include "store-int.h"

/* The claims of an article not deleted. */
int64_t
store_live_claims(struct store *s, int64_t id)
{
	return (store_int_of(s, STMT_LIVE_CLAIMS, id));
}

/* Delete an article with all that hangs on it (the caller's transaction). */
int
store_delete_article(struct store *s, int64_t id, char **cause)
{
	if (store_index_drop(s, id, cause) != 0)
		return (-1);
	db_bind_int64(s->stmt[STMT_DELETE_ARTICLE], 1, id);
	return (store_step_done(s, STMT_DELETE_ARTICLE, _("removing an "
	    "article"), cause));
}

/*
 * Take an article out but keep its claims: its text, input, links, shape
 * and the reader's marks go; its identity (hash, URL, title, source)
 * stays for the claims, which become orphans with their quotes.
 */
int
store_tombstone_article(struct store *s, int64_t id, char **cause)
{
	static const char *const side[] = {
		"DELETE FROM links WHERE article_id = ?",
		"DELETE FROM article_dom WHERE article_id = ?",
		"DELETE FROM verdict_cache WHERE article_id = ?",
		"DELETE FROM block_overrides WHERE article_id = ?",
		"DELETE FROM article_state WHERE article_id = ?",
	};
	db_stmt	*st;
	char		 now[32];
	size_t		 i;
	int		 rc;

	if (store_index_drop(s, id, cause) != 0)
		return (-1);
	claim_now(now);
	db_bind_int64(s->stmt[STMT_TOMBSTONE], 1, id);
	db_bind_text(s->stmt[STMT_TOMBSTONE], 2, now, -1, SQLITE_STATIC);
	if (store_step_done(s, STMT_TOMBSTONE, _("removing an article"),
	    cause) != 0)
		return (-1);
	db_bind_int64(s->stmt[STMT_ORPHAN_CLAIMS], 1, id);
	db_bind_text(s->stmt[STMT_ORPHAN_CLAIMS], 2, now, -1,
	    SQLITE_STATIC);
	if (store_step_done(s, STMT_ORPHAN_CLAIMS, _("removing an article"),
	    cause) != 0)
		return (-1);
	for (i = 0; i < sizeof side / sizeof side[0]; i++) {
		if (db_prepare(s->db, side[i], NULL, &st) !=
		    SQLITE_OK) {
			*cause = store_cause(s, _("removing an article"));
			return (-1);
		}
		db_bind_int64(st, 1, id);
		rc = db_step(st);
		db_finalize(st);
		if (rc != SQLITE_DONE) {
			*cause = store_cause(s, _("removing an article"));
			return (-1);
		}
	}
	return (0);
}

/*
 * An article imported again after sift rm --force took it out: it takes
 * its old row back (its id and its claims), with the text, links and
 * shape of this import.  Its id, or 0 when it was not taken out.
 */
int64_t
store_revive_article(struct store *s, struct article *a, char **cause)
{
	db_stmt	*st = s->stmt[STMT_REVIVE];
	int64_t		 id = 0;
	int		 rc;

	store_bind_article(st, a);
	if ((rc = db_step(st)) == SQLITE_ROW)
		id = db_column_int64(st, 0);
	while (rc == SQLITE_ROW)
		rc = db_step(st);
	db_reset(st);
	db_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("adding an article"));
		return (-1);
	}
	if (id == 0)
		return (0);
	a->id = id;
	if (store_set_raw(s, a, cause) != 0 ||
	    store_add_links(s, a, cause) != 0 ||
	    store_set_dom(s, a->id, a->dom, cause) != 0)
		return (-1);
	return (id);
}

static int64_t
store_id_of(db_stmt *st)
{
	int64_t	id = 0;

	if (db_step(st) == SQLITE_ROW)
		id = db_column_int64(st, 0);
	db_reset(st);
	db_clear_bindings(st);
	return (id);
}

/* The article import --replace would replace with a, or 0. */
int64_t
store_find_copy(struct store *s, const struct article *a)
{
	db_stmt	*st = s->stmt[STMT_FIND_COPY];

	store_bind_text(st, 1, a->url);
	store_bind_text(st, 2, a->path);
	store_bind_text(st, 3, a->format);
	return (store_id_of(st));
}

/* The article with this text's hash, or 0. */
int64_t
store_find_hash(struct store *s, const char *hash)
{
	db_stmt	*st = s->stmt[STMT_FIND_HASH];

	store_bind_text(st, 1, hash);
	return (store_id_of(st));
}

/* A replaced article's input and what it was read as (a->id's). */
int
store_replace_input(struct store *s, const struct article *a, char **cause)
{
	db_stmt	*st = s->stmt[STMT_REPLACE_INPUT];

	db_bind_int64(st, 1, a->id);
	db_bind_blob64(st, 2, a->raw, a->rawlen, SQLITE_STATIC);
	store_bind_text(st, 3, a->format);
	store_bind_text(st, 4, a->path);
	store_bind_text(st, 5, a->encoding);
	store_bind_text(st, 6, a->lang != NULL ? a->lang : "und");
	store_bind_text(st, 7, a->url);
	if (store_step_done(s, STMT_REPLACE_INPUT, _("replacing an "
	    "article"), cause) != 0)
		return (-1);
	return (store_set_raw(s, a, cause));
}

/*
 * A number that changes when another process has changed the store
 * since the last call (SQLite's data_version); -1 if it cannot be read.
 */
int64_t
store_data_version(struct store *s)
{
	db_stmt	*st = s->stmt[STMT_DATA_VERSION];
	int64_t		 v = -1;

	if (s->db->pg != NULL)
		return (store_pg_data_version(s));
	if (db_step(st) == SQLITE_ROW)
		v = db_column_int64(st, 0);
	db_reset(st);
	return (v);
}
