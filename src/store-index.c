/*
 * store-index.c: the search index's rows, in SQL (index.c makes what
 * goes in them).  The index is contentless: FTS5 keeps no copy of the
 * text, and takes an entry out only when given the values it went in
 * with.  So search_rows keeps, for every article indexed, the title and
 * the mask of hidden blocks it was indexed with, and the invariant is
 * that an article's row in search_rows and its current text make the
 * entry in the index again: whoever changes an article's text (or
 * deletes it) takes its entry out first, with store_index_drop.
 *
 * search_state says whether every article is indexed; an older store's
 * articles are not until a writing command indexes them
 * (reclean_index_missing), and a search meanwhile reads the text of
 * those not yet indexed (store-search.c).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db.h"

#include "sift.h"
#include "index.h"
#include "store-int.h"

/*
 * Write (or, with del, take out) an article's entries: its title and
 * visible blocks, its hidden blocks (none when there are none) and its
 * grams.
 */
static int
store_index_write(struct store *s, int64_t id, const char *title,
    const struct index_doc *d, int del, char **cause)
{
	enum store_stmt	 vis = del ? STMT_INDEX_DEL : STMT_INDEX_ADD;
	enum store_stmt	 hid = del ? STMT_INDEX_DEL_HIDDEN :
			    STMT_INDEX_ADD_HIDDEN;
	enum store_stmt	 grams = del ? STMT_INDEX_DEL_GRAMS :
			    STMT_INDEX_ADD_GRAMS;

	db_bind_int64(s->stmt[vis], 1, id);
	store_bind_text(s->stmt[vis], 2, title != NULL ? title : "");
	db_bind_text64(s->stmt[vis], 3, d->body, d->bodylen,
	    SQLITE_STATIC, SQLITE_UTF8);
	if (store_step_done(s, vis, _("indexing an article"), cause) != 0)
		return (-1);
	if (d->hiddenlen != 0) {
		db_bind_int64(s->stmt[hid], 1, id);
		db_bind_text64(s->stmt[hid], 2, d->hidden, d->hiddenlen,
		    SQLITE_STATIC, SQLITE_UTF8);
		if (store_step_done(s, hid, _("indexing an article"),
		    cause) != 0)
			return (-1);
	}
	db_bind_int64(s->stmt[grams], 1, id);
	db_bind_text(s->stmt[grams], 2, d->grams, -1, SQLITE_STATIC);
	return (store_step_done(s, grams, _("indexing an article"), cause));
}

/*
 * Take an article's entry out of the index, if it has one: before its
 * text changes, or it goes.
 */
int
store_index_drop(struct store *s, int64_t id, char **cause)
{
	db_stmt	*st = s->stmt[STMT_INDEX_GET_ROW];
	struct index_doc d;
	const char	*text;
	char		*title;
	size_t		 len;
	int		 rc, ret;

	db_bind_int64(st, 1, id);
	if ((rc = db_step(st)) != SQLITE_ROW) {
		db_reset(st);
		if (rc == SQLITE_DONE)
			return (0);
		*cause = store_cause(s, _("indexing an article"));
		return (-1);
	}
	title = store_column_dup(st, 0);
	text = (const char *)db_column_text(st, 2);
	len = db_column_bytes(st, 2);
	index_doc_make(&d, title, text, len, db_column_blob(st, 1),
	    db_column_bytes(st, 1));
	ret = store_index_write(s, id, title, &d, 1, cause);
	db_reset(st);
	index_doc_free(&d);
	free(title);
	if (ret != 0)
		return (-1);
	db_bind_int64(s->stmt[STMT_INDEX_DEL_ROW], 1, id);
	return (store_step_done(s, STMT_INDEX_DEL_ROW, _("indexing an "
	    "article"), cause));
}

/*
 * Index an article (its entry made again when it had one): its title,
 * its text and the mask of its hidden blocks (index_mask).
 */
int
store_index_put(struct store *s, int64_t id, const char *title,
    const char *text, size_t len, const uint8_t *mask, size_t masklen,
    char **cause)
{
	struct index_doc d;
	int		 ret;

	index_doc_make(&d, title, text, len, mask, masklen);
	ret = store_index_put_doc(s, id, title, &d, mask, masklen, cause);
	index_doc_free(&d);
	return (ret);
}

/*
 * Index an article from its entry made already (index_doc_make, of its
 * title, its current text and mask), in place of the one it had; it is
 * no longer one to index later.
 */
int
store_index_put_doc(struct store *s, int64_t id, const char *title,
    const struct index_doc *d, const uint8_t *mask, size_t masklen,
    char **cause)
{
	db_stmt	*st = s->stmt[STMT_INDEX_ADD_ROW];

	if (store_index_drop(s, id, cause) != 0 ||
	    store_index_write(s, id, title, d, 0, cause) != 0)
		return (-1);
	db_bind_int64(st, 1, id);
	store_bind_text(st, 2, title != NULL ? title : "");
	if (masklen != 0)
		db_bind_blob64(st, 3, mask, masklen, SQLITE_STATIC);
	else
		db_bind_null(st, 3);
	if (store_step_done(s, STMT_INDEX_ADD_ROW, _("indexing an article"),
	    cause) != 0)
		return (-1);
	db_bind_int64(s->stmt[STMT_INDEX_TODO_DEL], 1, id);
	return (store_step_done(s, STMT_INDEX_TODO_DEL, _("indexing an "
	    "article"), cause));
}

/*
 * A stored article to index later, in another transaction: a search
 * reads its text until then (STORE_INDEX_TODO).
 */
int
store_index_later(struct store *s, int64_t id, char **cause)
{
	db_bind_int64(s->stmt[STMT_INDEX_TODO_ADD], 1, id);
	return (store_step_done(s, STMT_INDEX_TODO_ADD, _("indexing an "
	    "article"), cause));
}

/*
 * Whether an article left to index later (store_index_later) still is,
 * with the text of the given hash (NULL: any): no other command took it
 * out, changed its text or indexed it meanwhile.
 */
int
store_index_pending(struct store *s, int64_t id, const char *hash)
{
	db_stmt	*st = s->stmt[STMT_INDEX_TODO_HAS];
	int		 rc;

	db_bind_int64(st, 1, id);
	if (hash != NULL)
		db_bind_text(st, 2, hash, -1, SQLITE_STATIC);
	else
		db_bind_null(st, 2);
	rc = db_step(st);
	db_reset(st);
	return (rc == SQLITE_ROW);
}

/*
 * How far the index goes: STORE_INDEX_COMPLETE, STORE_INDEX_PARTIAL
 * (an older store's articles not indexed yet) or STORE_INDEX_TODO
 * (all but the few import left to index later).
 */
int
store_index_state(struct store *s)
{
	db_stmt	*st = s->stmt[STMT_INDEX_STATE];
	int		 state = STORE_INDEX_PARTIAL;

	if (db_step(st) == SQLITE_ROW) {
		if (!db_column_int(st, 0))
			state = STORE_INDEX_PARTIAL;
		else if (db_column_int(st, 1))
			state = STORE_INDEX_TODO;
		else
			state = STORE_INDEX_COMPLETE;
	}
	db_reset(st);
	return (state);
}

/* Is every article indexed?  (Not yet after an upgrade.) */
int
store_index_complete(struct store *s)
{
	return (store_index_state(s) == STORE_INDEX_COMPLETE);
}

/* Every article is indexed; none is left for later. */
int
store_index_set_complete(struct store *s, char **cause)
{
	if (store_step_done(s, STMT_INDEX_SET_STATE, _("indexing articles"),
	    cause) != 0)
		return (-1);
	return (store_step_done(s, STMT_INDEX_TODO_CLEAR, _("indexing "
	    "articles"), cause));
}

/* The articles not indexed, in order of id. */
int
store_index_missing(struct store *s, int64_t **ids, size_t *n,
    char **cause)
{
	db_stmt	*st = s->stmt[STMT_INDEX_MISSING];
	size_t		 size = 0;
	int		 rc;

	*ids = NULL;
	*n = 0;
	while ((rc = db_step(st)) == SQLITE_ROW) {
		if (*n == size) {
			size = size == 0 ? 1024 : size * 2;
			*ids = xreallocarray(*ids, size, sizeof **ids);
		}
		(*ids)[(*n)++] = db_column_int64(st, 0);
	}
	db_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("indexing articles"));
		return (-1);
	}
	return (0);
}
