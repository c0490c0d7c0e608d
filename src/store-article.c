/*
 * store-article.c: the store's articles and what hangs on them: their
 * links and page shapes, the query of `sift list`, the block
 * counts of each source and their generations, the verdicts cached for
 * large articles, the reader's decisions on blocks (rows only: reclean.c
 * matches them to blocks) and the reader's read and done marks.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "db.h"

#include "sift.h"
#include "index.h"
#include "store-int.h"

static int	 store_verdict(const char *);

/* Store the link ranges of an article. */
int
store_add_links(struct store *s, const struct article *a, char **cause)
{
	db_stmt	*st = s->stmt[STMT_ADD_LINK];
	size_t		 i;

	for (i = 0; i < a->nlinks; i++) {
		db_bind_int64(st, 1, a->id);
		db_bind_int64(st, 2, a->links[i].start);
		db_bind_int64(st, 3, a->links[i].len);
		store_bind_text(st, 4, a->links[i].href);
		if (store_step_done(s, STMT_ADD_LINK, _("adding links"),
		    cause) != 0)
			return (-1);
	}
	return (0);
}

/*
 * Add one article, its links and its page's shape (its search index
 * entry comes with its verdicts, at the end of the batch: reclean.c).  Returns 1 when added,
 * 0 when an article with the same hash is already stored, -1 on error;
 * after an error the caller must roll the transaction back (the article
 * may be half written), so a batch is all or nothing.
 */
int
store_add_article(struct store *s, struct article *a, char **cause)
{
	db_stmt	*st = s->stmt[STMT_ADD_ARTICLE];

	store_bind_article(st, a);
	if (store_step_done(s, STMT_ADD_ARTICLE, _("adding an article"),
	    cause) != 0)
		return (-1);
	if (db_changes(s->db) == 0)
		return (0);
	a->id = db_last_insert_rowid(s->db);
	if (store_set_raw(s, a, cause) != 0 ||
	    store_add_links(s, a, cause) != 0)
		return (-1);
	if (a->prep == NULL || a->prep->dom == NULL)
		return (store_set_dom(s, a->id, a->dom, cause) != 0 ? -1 : 1);
	/* packed before the store was reached */
	st = s->stmt[STMT_SET_DOM];
	db_bind_int64(st, 1, a->id);
	db_bind_blob64(st, 2, a->prep->dom, a->prep->domlen,
	    SQLITE_STATIC);
	if (store_step_done(s, STMT_SET_DOM, _("adding a page's shape"),
	    cause) != 0)
		return (-1);
	return (1);
}

/* An article's raw input (a->id's), beside its row. */
int
store_set_raw(struct store *s, const struct article *a, char **cause)
{
	db_stmt	*st = s->stmt[STMT_SET_RAW];

	db_bind_int64(st, 1, a->id);
	db_bind_blob64(st, 2, a->raw != NULL ? a->raw : "", a->rawlen,
	    SQLITE_STATIC);
	return (store_step_done(s, STMT_SET_RAW, _("adding an article"),
	    cause));
}

/*
 * An article's fields as ?1 to ?12: hash, source, url, title, lang,
 * published, format, path, raw, text, author, encoding (adding one, and
 * bringing one back after sift rm --force).
 */
void
store_bind_article(db_stmt *st, const struct article *a)
{
	store_bind_text(st, 1, a->hash);
	store_bind_text(st, 2, a->source != NULL ? a->source : "");
	store_bind_text(st, 3, a->url);
	store_bind_text(st, 4, a->title);
	store_bind_text(st, 5, a->lang != NULL ? a->lang : "und");
	store_bind_text(st, 6, a->published);
	store_bind_text(st, 7, a->format);
	store_bind_text(st, 8, a->path);
	db_bind_blob64(st, 9, a->raw, a->rawlen, SQLITE_STATIC);
	db_bind_text64(st, 10, a->text, a->len, SQLITE_STATIC,
	    SQLITE_UTF8);
	store_bind_text(st, 11, a->author);
	store_bind_text(st, 12, a->encoding);
}

/* Store a web page's shape (NULL: it has none, nothing is written). */
int
store_set_dom(struct store *s, int64_t id, const struct dom *d,
    char **cause)
{
	db_stmt	*st = s->stmt[STMT_SET_DOM];
	struct buf	 b;
	int		 ret;

	if (d == NULL)
		return (0);
	buf_init(&b);
	dom_pack(d, &b);
	db_bind_int64(st, 1, id);
	db_bind_blob64(st, 2, b.data, b.len, SQLITE_STATIC);
	ret = store_step_done(s, STMT_SET_DOM, _("adding a page's shape"),
	    cause);
	buf_free(&b);
	return (ret);
}

int64_t
store_count(struct store *s)
{
	db_stmt	*st = s->stmt[STMT_COUNT_ARTICLES];
	int64_t		 n = -1;

	if (db_step(st) == SQLITE_ROW)
		n = db_column_int64(st, 0);
	db_reset(st);
	return (n);
}

/*
 * The query of `sift list`: ?1 the tag, ?2 the limit, then the search's
 * terms and the pattern's strings (binds, from ?3).
 */
static void
store_list_sql(const struct store_query *q, char **terms, size_t nterms,
    struct buf *sql, struct store_binds *binds)
{
	const char	*nulls;
	size_t		 i;

	/* the reader's search: the hits' dates (and sources) from the
	 * index of the live articles, not from their rows (108,387 hits
	 * of a million articles: 34.5 s from a cold cache, now 2.3 s) */
	if (q->ids_only && nterms > 0 && q->tag == NULL && q->where == NULL &&
	    q->sort != STORE_SORT_TITLE && binds->s->db->lite != NULL)
		buf_adds(sql, "SELECT a.id, NULL, NULL, NULL, NULL, NULL"
		    " FROM articles a INDEXED BY articles_live"
		    " WHERE a.removed IS NULL");
	else if (q->ids_only)
		buf_adds(sql, "SELECT a.id, NULL, NULL, NULL, NULL, NULL"
		    " FROM articles a WHERE a.removed IS NULL");
	else
		buf_adds(sql, "SELECT a.id, a.published, a.source, a.lang,"
		    " coalesce(nullif(a.title, ''), substr(a.text, 1, 200)),"
		    " a.url FROM articles a WHERE a.removed IS NULL");
	for (i = 0; i < nterms; i++) {
		buf_adds(sql, " AND ");
		store_search_cond(sql, binds, terms[i], INDEX_TITLE |
		    INDEX_BODY | (q->all ? INDEX_HIDDEN : 0));
	}
	if (q->tag != NULL)
		buf_adds(sql, " AND a.id IN (SELECT c.article_id FROM claims c"
		    " JOIN claim_tags ct ON ct.claim_id = c.id JOIN tags t"
		    " ON t.id = ct.tag_id WHERE t.name = ?1)");
	if (q->where != NULL) {
		buf_adds(sql, " AND ");
		store_pattern_sql(q->where, sql, binds);
	}
	/* undated last: SQLite sorts NULL lowest, PostgreSQL highest */
	nulls = binds->s->db->pg != NULL ? " NULLS LAST" : "";
	switch (q->sort) {
	case STORE_SORT_SOURCE:
		buf_printf(sql, " ORDER BY a.source, a.published DESC%s,"
		    " a.id DESC", nulls);
		break;
	case STORE_SORT_TITLE:
		/* untitled: by the first words, as the list shows them */
		buf_adds(sql, " ORDER BY coalesce(nullif(a.title, ''),"
		    " substr(a.text, 1, 200)), a.id");
		break;
	default:
		/* NULL sorts lowest, so undated articles come last, and
		 * the index on (published, id) serves the order. */
		buf_printf(sql, " ORDER BY a.published DESC%s, a.id DESC",
		    nulls);
		break;
	}
	if (q->limit > 0)
		buf_adds(sql, " LIMIT ?2");
}

/*
 * List articles, newest first.  A search looks for every term in the
 * title and what the reader shows of the text (with q->all, the hidden
 * blocks too), through the index (store-search.c).
 */
int
store_list(struct store *s, const struct store_query *q, store_row_cb cb,
    void *arg, char **cause)
{
	struct buf	 sql;
	struct store_binds binds;
	db_stmt	*st;
	struct store_row row;
	char		**terms = NULL;
	size_t		 nterms = 0, i;
	int		 rc, ret = 0;

	buf_init(&sql);
	memset(&binds, 0, sizeof binds);
	if (q->search != NULL)
		nterms = store_search_terms(q->search, &terms);
	binds.base = 3;
	binds.partial = store_index_state(s);
	binds.s = s;
	store_list_sql(q, terms, nterms, &sql, &binds);
	if (db_prepare(s->db, sql.data, NULL, &st) != SQLITE_OK) {
		*cause = store_cause(s, _("listing articles"));
		ret = -1;
		goto out;
	}
	if (q->tag != NULL)
		db_bind_text(st, 1, q->tag, -1, SQLITE_STATIC);
	if (q->limit > 0)
		db_bind_int(st, 2, q->limit);
	store_pattern_bind_all(st, &binds);
	while ((rc = db_step(st)) == SQLITE_ROW) {
		row.id = db_column_int64(st, 0);
		row.published = (const char *)db_column_text(st, 1);
		row.source = (const char *)db_column_text(st, 2);
		row.lang = (const char *)db_column_text(st, 3);
		row.title = (const char *)db_column_text(st, 4);
		row.url = (const char *)db_column_text(st, 5);
		if (cb(&row, arg) != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = store_cause(s, _("listing articles"));
		ret = -1;
	}
	db_finalize(st);
out:
	for (i = 0; i < nterms; i++)
		free(terms[i]);
	free(terms);
	buf_free(&sql);
	store_pattern_binds_free(&binds);
	return (ret);
}

static int
store_match_row(const struct store_row *r, void *arg)
{
	idset_add(arg, r->id);
	return (0);
}

/* The articles pattern p matches, into ids (sorted).  -1 with a cause. */
int
store_match_ids(struct store *s, const struct pattern *p, struct idset *ids,
    char **cause)
{
	struct store_query	q;

	memset(&q, 0, sizeof q);
	q.ids_only = 1;
	q.where = p;
	if (store_list(s, &q, store_match_row, ids, cause) != 0)
		return (-1);
	idset_sort(ids);
	return (0);
}

/*
 * A column's value of the row with key id (articles: id, the others:
 * article_id), NUL-ended, read by a query: PostgreSQL's way, where
 * SQLite reads it as a blob (below).  NULL when there is none.
 */
static char *
store_read_value(struct store *s, const char *table, const char *column,
    int64_t id, size_t *len)
{
	db_stmt		*st;
	char		*sql, *data = NULL;
	const void	*v;

	sql = xasprintf("SELECT %s FROM %s WHERE %s = ?1", column, table,
	    strcmp(table, "articles") == 0 ? "id" : "article_id");
	if (db_prepare(s->db, sql, NULL, &st) != SQLITE_OK) {
		free(sql);
		return (NULL);
	}
	free(sql);
	db_bind_int64(st, 1, id);
	if (db_step(st) == SQLITE_ROW &&
	    (v = db_column_blob(st, 0)) != NULL) {
		*len = (size_t)db_column_bytes(st, 0);
		data = xmalloc(*len + 1);
		memcpy(data, v, *len);
		data[*len] = '\0';
	}
	db_finalize(st);
	return (data);
}

/*
 * A column's value read with SQLite's incremental blob reading into a
 * buffer of its own (NUL-terminated), as an article's text and its cached
 * verdicts are: a column value would be read into SQLite's buffer and
 * then copied, twice the memory touched.  NULL when it cannot be read.
 */
static char *
store_read_blob(struct store *s, const char *table, const char *column,
    int64_t id, size_t *len)
{
	sqlite3_blob	*b;
	char		*data;
	int		 n;

	if (s->db->lite == NULL)
		return (store_read_value(s, table, column, id, len));
	if (sqlite3_blob_open(s->db->lite, "main", table, column, id, 0, &b) !=
	    SQLITE_OK)
		return (NULL);
	n = sqlite3_blob_bytes(b);
	data = xmalloc((size_t)n + 1);
	if (n > 0 && sqlite3_blob_read(b, data, n, 0) != SQLITE_OK) {
		sqlite3_blob_close(b);
		free(data);
		return (NULL);
	}
	sqlite3_blob_close(b);
	data[n] = '\0';
	*len = n;
	return (data);
}

/*
 * The first n characters of an article's text, as substr(text, 1, n)
 * gives them, read without reading the rest (substr reads it all, 20 MB
 * for a huge article).  NULL when the article has no text.
 */
static char *
store_text_head(struct store *s, int64_t id, size_t n)
{
	sqlite3_blob	*b;
	char		*head;
	size_t		 len, i, chars = 0;

	if (s->db->lite == NULL) {
		if ((head = store_read_value(s, "articles", "text", id,
		    &len)) == NULL)
			return (NULL);
	} else {
		if (sqlite3_blob_open(s->db->lite, "main", "articles", "text",
		    id, 0, &b) != SQLITE_OK)
			return (NULL);
		len = sqlite3_blob_bytes(b);
		if (len > n * 4)
			len = n * 4;
		head = xmalloc(len + 1);
		if (sqlite3_blob_read(b, head, (int)len, 0) != SQLITE_OK)
			len = 0;
		sqlite3_blob_close(b);
	}
	/* n characters: n lead bytes, and the continuation bytes of the last */
	for (i = 0; i < len; i++)
		if (((unsigned char)head[i] & 0xc0) != 0x80 && chars++ == n)
			break;
	head[i] = '\0';
	return (head);
}

/*
 * Load a stored article with its links.  Returns NULL with a cause when
 * there is no such article.
 */
struct article *
store_get_article(struct store *s, int64_t id, int with_raw,
    char **cause)
{
	db_stmt	*st = s->stmt[STMT_GET_ARTICLE];
	struct article	*a;
	const char	*v;
	size_t		 linksize = 0;
	int		 rc;

	db_bind_int64(st, 1, id);
	db_bind_int(st, 2, with_raw);
	rc = db_step(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			*cause = xasprintf(_("no article %lld in %s"),
			    (long long)id, s->path);
		else
			*cause = store_cause(s, _("reading an article"));
		db_reset(st);
		return (NULL);
	}
	a = xcalloc(1, sizeof *a);
	a->id = id;
	a->title = store_column_dup(st, 0);
	a->url = store_column_dup(st, 1);
	a->published = store_column_dup(st, 2);
	a->lang = store_column_dup(st, 3);
	a->source = store_column_dup(st, 4);
	v = (const char *)db_column_text(st, 5);
	a->format = v == NULL ? "text" : strcmp(v, "html") == 0 ? "html" :
	    strcmp(v, "rss") == 0 ? "rss" : strcmp(v, "jsonl") == 0 ?
	    "jsonl" : "text";
	a->path = store_column_dup(st, 6);
	if (with_raw) {
		a->rawlen = db_column_bytes(st, 7);
		a->raw_buf = xmalloc(a->rawlen + 1);
		if (a->rawlen != 0)
			memcpy(a->raw_buf, db_column_blob(st, 7),
			    a->rawlen);
		a->raw_buf[a->rawlen] = '\0';
		a->raw = a->raw_buf;
	}
	v = (const char *)db_column_text(st, 9);
	snprintf(a->hash, sizeof a->hash, "%s", v != NULL ? v : "");
	a->author = store_column_dup(st, 10);
	a->encoding = store_column_dup(st, 11);
	/* the text, while the row's read transaction holds */
	if ((a->text = store_read_blob(s, "articles", "text", id,
	    &a->len)) == NULL) {
		*cause = store_cause(s, _("reading an article"));
		db_reset(st);
		article_free(a);
		return (NULL);
	}
	db_reset(st);

	st = s->stmt[STMT_GET_DOM];
	db_bind_int64(st, 1, id);
	if (db_step(st) == SQLITE_ROW)
		a->dom = dom_unpack(db_column_blob(st, 0),
		    db_column_bytes(st, 0));
	db_reset(st);

	st = s->stmt[STMT_GET_LINKS];
	db_bind_int64(st, 1, id);
	while (db_step(st) == SQLITE_ROW) {
		/* Doubling: an article of many links loads in linear time. */
		if (a->nlinks == linksize) {
			linksize = linksize == 0 ? 16 : linksize * 2;
			a->links = xreallocarray(a->links, linksize,
			    sizeof *a->links);
		}
		a->links[a->nlinks].start = db_column_int64(st, 0);
		a->links[a->nlinks].len = db_column_int64(st, 1);
		a->links[a->nlinks].href = store_column_dup(st, 2);
		a->nlinks++;
	}
	db_reset(st);
	return (a);
}

/*
 * Replace an article's text and links, and what import learns of it
 * (re-cleaning after an upgrade).
 */
int
store_update_text(struct store *s, const struct article *a, char **cause)
{
	db_stmt	*st = s->stmt[STMT_UPDATE_TEXT];

	/* its entry was made from the text it had (store-index.c) */
	if (store_index_drop(s, a->id, cause) != 0)
		return (-1);
	db_bind_int64(st, 1, a->id);
	db_bind_text64(st, 2, a->text, a->len, SQLITE_STATIC,
	    SQLITE_UTF8);
	db_bind_text(st, 3, a->hash, -1, SQLITE_STATIC);
	if (store_step_done(s, STMT_UPDATE_TEXT, _("updating an article"),
	    cause) != 0)
		return (-1);
	db_bind_int64(s->stmt[STMT_DELETE_LINKS], 1, a->id);
	if (store_step_done(s, STMT_DELETE_LINKS, _("updating links"),
	    cause) != 0)
		return (-1);
	if (store_add_links(s, a, cause) != 0)
		return (-1);
	return (store_update_meta(s, a, cause));	/* drops the cache */
}

/*
 * Bring what import learns of a page up to date: its title, date,
 * author, encoding and shape (re-cleaning after an upgrade).  What the
 * fresh reading does not give is kept, and so is the source, which the
 * user may have named.
 */
int
store_update_meta(struct store *s, const struct article *a, char **cause)
{
	db_stmt	*st = s->stmt[STMT_UPDATE_META];

	db_bind_int64(st, 1, a->id);
	store_bind_text(st, 2, a->author);
	store_bind_text(st, 3, a->encoding);
	store_bind_text(st, 4, a->published);
	if (store_step_done(s, STMT_UPDATE_META, _("updating an article"),
	    cause) != 0)
		return (-1);
	st = s->stmt[STMT_UPDATE_TITLE];
	db_bind_int64(st, 1, a->id);
	store_bind_text(st, 2, a->title);
	if (store_step_done(s, STMT_UPDATE_TITLE, _("updating an article"),
	    cause) != 0)
		return (-1);
	db_bind_int64(s->stmt[STMT_DROP_CACHE], 1, a->id);
	if (store_step_done(s, STMT_DROP_CACHE, _("updating an article"),
	    cause) != 0)
		return (-1);
	return (store_set_dom(s, a->id, a->dom, cause));
}

/* Call cb with the id of every article, in order. */
int
store_each_id(struct store *s, int (*cb)(int64_t, void *), void *arg,
    char **cause)
{
	db_stmt	*st = s->stmt[STMT_ALL_IDS];
	int64_t		*ids = NULL;
	size_t		 n = 0, i;
	int		 rc, ret = 0;

	/* Collect first: the callback may write to the same tables. */
	while ((rc = db_step(st)) == SQLITE_ROW) {
		ids = xreallocarray(ids, n + 1, sizeof *ids);
		ids[n++] = db_column_int64(st, 0);
	}
	db_reset(st);
	if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("listing articles"));
		free(ids);
		return (-1);
	}
	for (i = 0; i < n && ret == 0; i++)
		ret = cb(ids[i], arg);
	free(ids);
	return (ret);
}

/* One article's list row: malloc'd strings, freed by store_item_free. */
int
store_get_item(struct store *s, int64_t id, struct store_item *it)
{
	db_stmt	*st = s->stmt[STMT_GET_ROW];
	int		 rc;

	memset(it, 0, sizeof *it);
	it->id = id;
	db_bind_int64(st, 1, id);
	db_bind_text(st, 2, claim_annotator(), -1, SQLITE_TRANSIENT);
	rc = db_step(st);
	if (rc == SQLITE_ROW) {
		it->published = store_column_dup(st, 0);
		it->source = store_column_dup(st, 1);
		it->lang = store_column_dup(st, 2);
		it->title = store_column_dup(st, 3);
		if (it->title == NULL)
			it->title = store_text_head(s, id, 200);
		it->url = store_column_dup(st, 4);
		it->read = db_column_int(st, 5);
		it->claims = db_column_int(st, 6);
		it->done = db_column_int(st, 7);
	}
	db_reset(st);
	return (rc == SQLITE_ROW ? 0 : -1);
}

void
store_item_free(struct store_item *it)
{
	free(it->published);
	free(it->source);
	free(it->lang);
	free(it->title);
	free(it->url);
	memset(it, 0, sizeof *it);
}

/* Mark an article read; committed at once. */
int
store_set_read(struct store *s, int64_t id, char **cause)
{
	db_bind_int64(s->stmt[STMT_SET_READ], 1, id);
	return (store_step_done(s, STMT_SET_READ, _("marking an article read"),
	    cause));
}

/* In how many articles of a source a block hash occurs. */
unsigned
store_block_df(struct store *s, const char *source, uint64_t hash)
{
	db_stmt	*st = s->stmt[STMT_BLOCK_DF];
	unsigned	 n = 0;

	db_bind_int64(st, 1, (int64_t)hash);
	db_bind_text(st, 2, source != NULL ? source : "", -1,
	    SQLITE_STATIC);
	if (db_step(st) == SQLITE_ROW)
		n = (unsigned)db_column_int(st, 0);
	db_reset(st);
	db_clear_bindings(st);
	return (n);
}

/* Add delta to the number of articles of a source with a block. */
int
store_count_block(struct store *s, const char *source, uint64_t hash,
    int delta, char **cause)
{
	db_stmt	*st = s->stmt[STMT_COUNT_BLOCK];

	db_bind_text(st, 1, source != NULL ? source : "", -1,
	    SQLITE_STATIC);
	db_bind_int64(st, 2, (int64_t)hash);
	db_bind_int(st, 3, delta);
	return (store_step_done(s, STMT_COUNT_BLOCK, _("counting blocks"),
	    cause));
}

/*
 * The blocks of a source that three or more of its articles share, as
 * (hash, count) pairs sorted by hash, for classifying an article in one
 * query instead of one a block.
 */
size_t
store_repeated(struct store *s, const char *source, uint64_t **hashes,
    unsigned **counts)
{
	db_stmt	*st = s->stmt[STMT_REPEATED];
	size_t		 n = 0, size = 0;

	*hashes = NULL;
	*counts = NULL;
	db_bind_text(st, 1, source != NULL ? source : "", -1,
	    SQLITE_STATIC);
	while (db_step(st) == SQLITE_ROW) {
		if (n == size) {
			size = size == 0 ? 64 : size * 2;
			*hashes = xreallocarray(*hashes, size, sizeof **hashes);
			*counts = xreallocarray(*counts, size, sizeof **counts);
		}
		(*hashes)[n] = db_column_int64(st, 0);
		(*counts)[n++] = (unsigned)db_column_int(st, 1);
	}
	db_reset(st);
	db_clear_bindings(st);
	return (n);
}

/* The generation of a source's block counts (0 before any). */
int64_t
store_source_gen(struct store *s, const char *source)
{
	db_stmt	*st = s->stmt[STMT_GET_GEN];
	int64_t		 gen = 0;

	db_bind_text(st, 1, source != NULL ? source : "", -1,
	    SQLITE_STATIC);
	if (db_step(st) == SQLITE_ROW)
		gen = db_column_int64(st, 0);
	db_reset(st);
	db_clear_bindings(st);
	return (gen);
}

/* A source's block counts changed: its cached verdicts are stale. */
int
store_bump_gen(struct store *s, const char *source, char **cause)
{
	db_bind_text(s->stmt[STMT_BUMP_GEN], 1, source != NULL ? source :
	    "", -1, SQLITE_STATIC);
	return (store_step_done(s, STMT_BUMP_GEN, _("counting blocks"),
	    cause));
}

/* Cached verdicts of an article, if made at gen by this classifier. */
char *
store_get_cache(struct store *s, int64_t id, int64_t gen, int version,
    size_t *len)
{
	db_stmt	*st = s->stmt[STMT_GET_CACHE];
	char		*data = NULL;

	db_bind_int64(st, 1, id);
	db_bind_int64(st, 2, gen);
	db_bind_int(st, 3, version);
	if (db_step(st) == SQLITE_ROW)
		data = store_read_blob(s, "verdict_cache", "data", id, len);
	db_reset(st);
	return (data);
}

/* Cache verdicts; a read-only store simply keeps none. */
void
store_put_cache(struct store *s, int64_t id, int64_t gen, int version,
    const void *data, size_t len)
{
	db_stmt	*st = s->stmt[STMT_PUT_CACHE];

	db_bind_int64(st, 1, id);
	db_bind_int64(st, 2, gen);
	db_bind_int(st, 3, version);
	db_bind_blob64(st, 4, data, len, SQLITE_STATIC);
	store_step_done(s, STMT_PUT_CACHE, "cache", NULL);
}

static int
store_verdict(const char *v)
{
	if (v == NULL)
		return (VERDICT_BOILERPLATE);
	if (strcmp(v, "content") == 0)
		return (VERDICT_CONTENT);
	if (strcmp(v, "comment") == 0)
		return (VERDICT_COMMENT);
	return (VERDICT_BOILERPLATE);
}

/* The reader's decisions on an article's blocks. */
int
store_overrides(struct store *s, int64_t id, struct store_override **out,
    size_t *n, char **cause)
{
	db_stmt		*st = s->stmt[STMT_GET_OVERRIDES];
	struct store_override	*ov = NULL;
	int			 rc;

	*n = 0;
	db_bind_int64(st, 1, id);
	while ((rc = db_step(st)) == SQLITE_ROW) {
		ov = xreallocarray(ov, *n + 1, sizeof *ov);
		ov[*n].start = db_column_int64(st, 0);
		ov[*n].len = db_column_int64(st, 1);
		ov[*n].hash = db_column_int64(st, 2);
		ov[*n].verdict = store_verdict((const char *)
		    db_column_text(st, 3));
		(*n)++;
	}
	db_reset(st);
	*out = ov;
	if (rc != SQLITE_DONE) {
		*cause = store_cause(s, _("reading decisions"));
		return (-1);
	}
	return (0);
}

/* Store a reader's decision on a block; verdict -1 clears it. */
int
store_set_override(struct store *s, int64_t id, size_t start, size_t len,
    uint64_t hash, int verdict, char **cause)
{
	db_stmt	*st;
	int		 i;

	if (verdict < 0) {
		i = STMT_CLEAR_OVERRIDE;
		st = s->stmt[i];
		db_bind_int64(st, 1, id);
		db_bind_int64(st, 2, start);
		db_bind_int64(st, 3, len);
	} else {
		i = STMT_SET_OVERRIDE;
		st = s->stmt[i];
		db_bind_int64(st, 1, id);
		db_bind_int64(st, 2, start);
		db_bind_int64(st, 3, len);
		db_bind_int64(st, 4, (int64_t)hash);
		db_bind_text(st, 5, clean_verdict_name(verdict), -1,
		    SQLITE_STATIC);
	}
	return (store_step_done(s, i, _("storing a decision"), cause));
}

/* Move a reader's decision to another block of the article. */
int
store_move_override(struct store *s, int64_t id, size_t start, size_t len,
    size_t to_start, size_t to_len, char **cause)
{
	db_stmt	*st = s->stmt[STMT_MOVE_OVERRIDE];

	db_bind_int64(st, 1, id);
	db_bind_int64(st, 2, start);
	db_bind_int64(st, 3, len);
	db_bind_int64(st, 4, to_start);
	db_bind_int64(st, 5, to_len);
	return (store_step_done(s, STMT_MOVE_OVERRIDE, _("moving a decision"),
	    cause));
}
