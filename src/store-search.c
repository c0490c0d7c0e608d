/*
 * store-search.c: a search term as an SQL condition on the articles
 * table (alias a), for sift list --search and the patterns' ~b, ~B and
 * bare words.  The index (index.c, store-index.c) holds what the reader
 * shows; a term is looked for in the title, the body (visible blocks)
 * and the hidden blocks as its scope asks:
 *
 *	three characters or more	the trigram indexes name the
 *					articles that may hold it, and
 *					sift_found reads them for it
 *					(not for three characters in
 *					the title and body, or all)
 *	one or two CJK characters	the index of CJK characters and pairs
 *	anything else (a, ab, 5%)	a substring of the title and the
 *					whole text, hidden blocks too: the
 *					index has no entry short enough
 *
 * While an upgraded store's articles are being indexed, those not yet
 * indexed are searched in their whole text.  Every term is a bound
 * parameter.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "sift.h"
#include "index.h"
#include "store-int.h"

/*
 * Split a search into terms: white space separates them, double quotes
 * group a phrase.  Returns the number of terms; each is malloc'd.
 */
size_t
store_search_terms(const char *q, char ***terms)
{
	const char	*p = q, *start;
	size_t		 n = 0;

	*terms = NULL;
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		if (*p == '"') {
			start = ++p;
			while (*p != '\0' && *p != '"')
				p++;
		} else {
			start = p;
			while (*p != '\0' && *p != ' ' && *p != '\t')
				p++;
		}
		if (p > start) {
			*terms = xreallocarray(*terms, n + 1, sizeof **terms);
			(*terms)[n++] = xstrndup(start, p - start);
		}
		if (*p == '"')
			p++;
	}
	return (n);
}

static size_t
store_search_chars(const char *s)
{
	size_t	n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return (n);
}

/* Add a string to bind; its parameter's number. */
int
store_search_bind(struct store_binds *b, char *v)
{
	b->v = xreallocarray(b->v, b->n + 1, sizeof *b->v);
	b->v[b->n++] = v;
	return (b->base + (int)b->n - 1);
}

/* The LIKE pattern of term anywhere, escaped by '\'. */
static char *
store_search_pattern(const char *term)
{
	struct buf	 v;
	const char	*p;

	buf_init(&v);
	buf_addc(&v, '%');
	for (p = term; *p != '\0'; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			buf_addc(&v, '\\');
		buf_addc(&v, *p);
	}
	buf_addc(&v, '%');
	return (buf_release(&v));
}

/* The term as a substring of the text (and the title, in scope). */
static void
store_search_like(struct buf *sql, struct store_binds *b, const char *term,
    int scope)
{
	const char	*like;
	int		 n;

	n = store_search_bind(b, store_search_pattern(term));
	/* SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE, all case */
	like = b->s != NULL && b->s->db->pg != NULL ? "ILIKE" : "LIKE";
	if (scope & INDEX_TITLE)
		buf_printf(sql, "(a.title %s ?%d ESCAPE '\\' OR"
		    " a.text %s ?%d ESCAPE '\\')", like, n, like, n);
	else
		buf_printf(sql, "a.text %s ?%d ESCAPE '\\'", like, n);
}

/*
 * The trigram part of the condition: the articles the indexes in scope
 * name, and unless that answers exactly (a term of three characters,
 * asked of the title and the body or of everything), those that hold
 * the term when read (sift_found).
 */
static void
store_search_trigram(struct buf *sql, struct store_binds *b,
    const char *term, char *q, int scope)
{
	int	n = store_search_bind(b, q), t;

	buf_adds(sql, "(a.id IN (");
	if (scope & (INDEX_TITLE | INDEX_BODY))
		buf_printf(sql, "SELECT rowid FROM search WHERE search"
		    " MATCH ?%d", n);
	if ((scope & (INDEX_TITLE | INDEX_BODY)) && (scope & INDEX_HIDDEN))
		buf_adds(sql, " UNION ");
	if (scope & INDEX_HIDDEN)
		buf_printf(sql, "SELECT rowid FROM search_hidden WHERE"
		    " search_hidden MATCH ?%d", n);
	buf_addc(sql, ')');
	if (store_search_chars(term) > 3 ||
	    (scope & (INDEX_TITLE | INDEX_BODY)) !=
	    (INDEX_TITLE | INDEX_BODY)) {
		t = store_search_bind(b, xstrdup(term));
		buf_printf(sql, " AND sift_found(?%d, %d, a.title, a.text,"
		    " (SELECT mask FROM search_rows r"
		    " WHERE r.article_id = a.id))", t, scope);
	}
	buf_addc(sql, ')');
}

/*
 * PostgreSQL: the term as a substring, any case, of the index's title,
 * visible blocks and hidden blocks as scope asks (search_docs, whose
 * trigram indexes serve a term of three characters or more), and of
 * the whole text of the articles not indexed yet.
 */
static void
store_search_pg(struct buf *sql, struct store_binds *b, const char *term,
    int scope)
{
	const char	*or = "";
	int		 n;

	n = store_search_bind(b, store_search_pattern(term));
	buf_adds(sql, "(a.id IN (SELECT article_id FROM search_docs WHERE ");
	if (scope & INDEX_TITLE) {
		buf_printf(sql, "title ILIKE ?%d", n);
		or = " OR ";
	}
	if (scope & INDEX_BODY) {
		buf_printf(sql, "%sbody ILIKE ?%d", or, n);
		or = " OR ";
	}
	if (scope & INDEX_HIDDEN)
		buf_printf(sql, "%shidden ILIKE ?%d", or, n);
	buf_printf(sql, ") OR (a.id IN (SELECT article_id FROM search_todo)"
	    " AND (a.title ILIKE ?%d OR a.text ILIKE ?%d)))", n, n);
}

/* Append the condition that article a holds term in scope (INDEX_*). */
void
store_search_cond(struct buf *sql, struct store_binds *b, const char *term,
    int scope)
{
	char	*q = NULL;

	if (b->s != NULL && b->s->db->pg != NULL) {
		store_search_pg(sql, b, term, scope);
		return;
	}
	if (store_search_chars(term) >= 3)
		q = index_trigram_query(term);
	else if (index_short_cjk(term))
		q = index_gram_query(term, scope);
	if (q == NULL) {
		store_search_like(sql, b, term, scope);
		return;
	}
	if (b->partial)
		buf_addc(sql, '(');
	if (store_search_chars(term) >= 3)
		store_search_trigram(sql, b, term, q, scope);
	else
		buf_printf(sql, "a.id IN (SELECT rowid FROM search_grams"
		    " WHERE search_grams MATCH ?%d)",
		    store_search_bind(b, q));
	if (!b->partial)
		return;
	if (b->partial == STORE_INDEX_TODO)
		buf_adds(sql, " OR (a.id IN (SELECT article_id FROM"
		    " search_todo) AND ");
	else
		buf_adds(sql, " OR (NOT EXISTS (SELECT 1 FROM search_rows r"
		    " WHERE r.article_id = a.id) AND ");
	store_search_like(sql, b, term, scope);
	buf_adds(sql, "))");
}

static void
store_search_finder_free(void *p)
{
	finder_free(p);
}

/*
 * sift_found(TERM, SCOPE, TITLE, TEXT, MASK): does the article hold
 * TERM in SCOPE (INDEX_*), as the reader's search finds it, with MASK
 * its hidden blocks (index_found)?  The finder of TERM is kept for the
 * statement's next rows.
 */
static void
store_search_found(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct finder	*fd;
	const char	*term;

	(void)argc;
	if ((fd = sqlite3_get_auxdata(ctx, 0)) == NULL) {
		if ((term = (const char *)sqlite3_value_text(argv[0])) == NULL) {
			sqlite3_result_int(ctx, 0);
			return;
		}
		fd = finder_new(term);
		sqlite3_set_auxdata(ctx, 0, fd, store_search_finder_free);
		if ((fd = sqlite3_get_auxdata(ctx, 0)) == NULL) {
			sqlite3_result_error_nomem(ctx);
			return;
		}
	}
	sqlite3_result_int(ctx, index_found(fd, sqlite3_value_int(argv[1]),
	    (const char *)sqlite3_value_text(argv[2]),
	    sqlite3_value_bytes(argv[2]),
	    (const char *)sqlite3_value_text(argv[3]),
	    sqlite3_value_bytes(argv[3]), sqlite3_value_blob(argv[4]),
	    sqlite3_value_bytes(argv[4])));
}

/* The functions the search's SQL calls, on a store's connection. */
int
store_search_functions(sqlite3 *db)
{
	return (sqlite3_create_function(db, "sift_found", 5, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, NULL, store_search_found, NULL, NULL));
}
