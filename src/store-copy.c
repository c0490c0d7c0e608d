/*
 * store-copy.c: a whole store copied into another, between SQLite and
 * PostgreSQL in either direction (sift copy).  Every row keeps its
 * numbers (articles, claims, tags), so the copy exports the same claims,
 * byte for byte.  What is copied: the tags, tag families, editors and
 * block counts; then the articles a batch a transaction, each batch with
 * the rows that hang on its articles (their input, links, decisions,
 * shape, the reader's marks and done marks); then the claims a batch a
 * transaction with their tags.  The verdict cache is not copied (it is
 * made again), nor the search index: the target makes its own after.
 *
 * A copy killed part way leaves whole batches; run again, it goes on
 * from the last article and claim the target holds, once it has checked
 * that they are the source's.  The source is read in one transaction,
 * so what is copied is the source as it was at the start.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "db.h"
#include "store-int.h"
#include "copy.h"

#define COPY_BATCH	500

struct copy_table {
	const char	*name;
	const char	*cols;
	int		 ncols;
};

/* Copied whole, before the articles; a row there already stays. */
static const struct copy_table copy_whole[] = {
	{ "tags", "id, name, key, description", 4 },
	{ "tag_families", "family, exclusive", 2 },
	{ "editors", "annotator", 1 },
	{ "source_gen", "source, gen", 2 },
	{ "block_counts", "source, hash, n", 3 },
};

static const struct copy_table copy_articles = {
	"articles", "id, hash, source, url, title, lang, published, imported,"
	" format, path, raw, text, read, author, encoding, removed", 16
};

/* What hangs on an article (article_id), copied in its batch. */
static const struct copy_table copy_side[] = {
	{ "article_raw", "article_id, raw", 2 },
	{ "links", "article_id, start, len, href", 4 },
	{ "block_overrides", "article_id, start, len, hash, verdict, created",
	  6 },
	{ "article_state", "article_id, read, done", 3 },
	{ "article_dom", "article_id, data", 2 },
	{ "article_done", "article_id, annotator, at", 3 },
};

static const struct copy_table copy_claims = {
	"claims", "id, uuid, article_id, start, end, quote, prefix, suffix,"
	" anchor, score, claimant, note, annotator, created, modified,"
	" deleted", 16
};

static const struct copy_table copy_claim_tags = {
	"claim_tags", "claim_id, tag_id", 2
};

/* Column i of in's row, bound as it is to parameter i + 1 of out. */
static void
copy_value(db_stmt *in, int i, db_stmt *out)
{
	switch (db_column_type(in, i)) {
	case SQLITE_INTEGER:
		db_bind_int64(out, i + 1, db_column_int64(in, i));
		break;
	case SQLITE_FLOAT:
		db_bind_double(out, i + 1, db_column_double(in, i));
		break;
	case SQLITE_BLOB:
		db_bind_blob64(out, i + 1, db_column_blob(in, i),
		    db_column_bytes(in, i), SQLITE_TRANSIENT);
		break;
	case SQLITE_NULL:
		db_bind_null(out, i + 1);
		break;
	default:
		db_bind_text64(out, i + 1, (const char *)db_column_text(in, i),
		    db_column_bytes(in, i), SQLITE_TRANSIENT, SQLITE_UTF8);
		break;
	}
}

/*
 * The rows of table t whose key is in (lo, hi] (key NULL: every row)
 * copied from one store to the other; how many in *n.
 */
static int
copy_rows(struct store *from, struct store *to, const struct copy_table *t,
    const char *key, int64_t lo, int64_t hi, int64_t *n, char **cause)
{
	db_stmt		*in = NULL, *out = NULL;
	struct buf	 sql;
	char		*doing;
	int		 i, rc, ret = -1;

	doing = xasprintf(_("copying %s"), t->name);
	buf_init(&sql);
	buf_printf(&sql, "SELECT %s FROM %s", t->cols, t->name);
	if (key != NULL)
		buf_printf(&sql, " WHERE %s > ?1 AND %s <= ?2", key, key);
	if (db_prepare(from->db, sql.data, NULL, &in) != SQLITE_OK) {
		*cause = store_cause(from, doing);
		goto out;
	}
	sql.len = 0;
	buf_printf(&sql, "INSERT OR IGNORE INTO %s(%s) VALUES (?", t->name,
	    t->cols);
	for (i = 1; i < t->ncols; i++)
		buf_adds(&sql, ", ?");
	buf_addc(&sql, ')');
	if (db_prepare(to->db, sql.data, NULL, &out) != SQLITE_OK) {
		*cause = store_cause(to, doing);
		goto out;
	}
	if (key != NULL) {
		db_bind_int64(in, 1, lo);
		db_bind_int64(in, 2, hi);
	}
	while ((rc = db_step(in)) == SQLITE_ROW) {
		for (i = 0; i < t->ncols; i++)
			copy_value(in, i, out);
		if (db_step(out) != SQLITE_DONE) {
			*cause = store_cause(to, doing);
			goto out;
		}
		*n += db_changes(to->db);	/* not one there already */
		db_reset(out);
		db_clear_bindings(out);
	}
	if (rc != SQLITE_DONE) {
		*cause = store_cause(from, doing);
		goto out;
	}
	ret = 0;
out:
	db_finalize(in);
	db_finalize(out);
	buf_free(&sql);
	free(doing);
	return (ret);
}

/* One number a query answers (?1 bound to arg), 0 for none or NULL. */
static int64_t
copy_number(struct store *s, const char *sql, int64_t arg)
{
	db_stmt	*st;
	int64_t	 v = 0;

	if (db_prepare(s->db, sql, NULL, &st) != SQLITE_OK)
		return (-1);
	if (strchr(sql, '?') != NULL)
		db_bind_int64(st, 1, arg);
	if (db_step(st) == SQLITE_ROW)
		v = db_column_int64(st, 0);
	db_finalize(st);
	return (v);
}

/* The text a query answers for ?1 = arg (a hash, a UUID), or NULL. */
static char *
copy_text(struct store *s, const char *sql, int64_t arg)
{
	db_stmt	*st;
	char	*v = NULL;

	if (db_prepare(s->db, sql, NULL, &st) != SQLITE_OK)
		return (NULL);
	db_bind_int64(st, 1, arg);
	if (db_step(st) == SQLITE_ROW)
		v = store_column_dup(st, 0);
	db_finalize(st);
	return (v);
}

/*
 * Where a copy into to goes on from in table (articles, claims): the
 * last row to holds, when the source's row of that number is the same
 * (its hash, its UUID); 0 for an empty target; -1 for a target that is
 * not an unfinished copy of from.
 */
static int64_t
copy_resume(struct store *from, struct store *to, const char *table,
    const char *same, char **cause)
{
	char	*sql, *a, *b;
	int64_t	 last;
	int	 match;

	sql = xasprintf("SELECT max(id) FROM %s", table);
	last = copy_number(to, sql, 0);
	free(sql);
	if (last <= 0)
		return (last);
	sql = xasprintf("SELECT %s FROM %s WHERE id = ?1", same, table);
	a = copy_text(from, sql, last);
	b = copy_text(to, sql, last);
	free(sql);
	match = a != NULL && b != NULL && strcmp(a, b) == 0;
	free(a);
	free(b);
	if (match)
		return (last);
	*cause = xasprintf(_("%s already holds %s that are not %s's: copy "
	    "needs an empty store, or one that a copy from it left "
	    "unfinished"), to->path, table, from->path);
	return (-1);
}

/* PostgreSQL: the numbers made next follow those copied. */
static int
copy_sequences(struct store *to, char **cause)
{
	static const char *const tables[] = { "articles", "claims", "tags" };
	char	*sql;
	size_t	 i;

	if (to->db->pg == NULL)
		return (0);
	for (i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		sql = xasprintf("SELECT setval(pg_get_serial_sequence('%s',"
		    " 'id'), (SELECT max(id) FROM %s))", tables[i], tables[i]);
		if (copy_number(to, sql, 0) < 0) {
			free(sql);
			*cause = store_cause(to, _("copying"));
			return (-1);
		}
		free(sql);
	}
	return (0);
}

/*
 * The rows of t (with, for articles, those that hang on them) in
 * batches from after the row to holds, a transaction each.
 */
static int
copy_batches(struct store *from, struct store *to, const struct copy_table *t,
    const char *same, copy_progress_cb cb, void *arg, int64_t *copied,
    struct copy_stats *stats, char **cause)
{
	char	*next, *count;
	int64_t	 lo, hi, total, done, n = 0;
	size_t	 i;
	int	 ok;

	if ((lo = copy_resume(from, to, t->name, same, cause)) < 0)
		return (-1);
	count = xasprintf("SELECT count(*) FROM %s", t->name);
	total = copy_number(from, count, 0);
	done = copy_number(to, count, 0);
	free(count);
	stats->resumed += done;
	next = xasprintf("SELECT max(id) FROM (SELECT id FROM %s WHERE"
	    " id > ?1 ORDER BY id LIMIT %d) batch", t->name, COPY_BATCH);
	while ((hi = copy_number(from, next, lo)) != 0) {
		if (hi < 0) {
			*cause = store_cause(from, _("copying"));
			goto fail;
		}
		if (store_begin(to, cause) != 0)
			goto fail;
		ok = copy_rows(from, to, t, "id", lo, hi, &n, cause) == 0;
		for (i = 0; ok && t == &copy_articles &&
		    i < sizeof copy_side / sizeof copy_side[0]; i++)
			ok = copy_rows(from, to, &copy_side[i], "article_id",
			    lo, hi, &(int64_t){ 0 }, cause) == 0;
		if (ok && t == &copy_claims)
			ok = copy_rows(from, to, &copy_claim_tags, "claim_id",
			    lo, hi, &(int64_t){ 0 }, cause) == 0;
		if (!ok || copy_sequences(to, cause) != 0 ||
		    store_commit(to, cause) != 0) {
			store_rollback(to);
			goto fail;
		}
		lo = hi;
		if (cb != NULL)
			cb(t->name, done + n, total, arg);
	}
	free(next);
	*copied += n;
	return (0);
fail:
	free(next);
	return (-1);
}

/* The small tables, whole, in one transaction. */
static int
copy_small(struct store *from, struct store *to, struct copy_stats *stats,
    char **cause)
{
	int64_t	n;
	size_t	i;

	if (store_begin(to, cause) != 0)
		return (-1);
	for (i = 0; i < sizeof copy_whole / sizeof copy_whole[0]; i++) {
		n = 0;
		if (copy_rows(from, to, &copy_whole[i], NULL, 0, 0, &n,
		    cause) != 0) {
			store_rollback(to);
			return (-1);
		}
		if (i == 0)
			stats->tags = n;
	}
	if (copy_sequences(to, cause) != 0 || store_commit(to, cause) != 0) {
		store_rollback(to);
		return (-1);
	}
	return (0);
}

/*
 * Copy the store from into to (see above), telling cb how far it is.
 * The target's search index is then made by the caller
 * (reclean_index_missing): until it is, the store says it is not.
 */
int
store_copy(struct store *from, struct store *to, copy_progress_cb cb,
    void *arg, struct copy_stats *stats, char **cause)
{
	int	ret = -1;

	memset(stats, 0, sizeof *stats);
	if (store_exec(to, "UPDATE search_state SET complete = 0", cause) != 0)
		return (-1);
	if (store_begin_read(from, cause) != 0)
		return (-1);
	if (copy_small(from, to, stats, cause) == 0 &&
	    copy_batches(from, to, &copy_articles, "hash", cb, arg,
	    &stats->articles, stats, cause) == 0 &&
	    copy_batches(from, to, &copy_claims, "uuid", cb, arg,
	    &stats->claims, stats, cause) == 0)
		ret = 0;
	store_end_read(from);
	return (ret);
}
