/*
 * store-search.c: a search term as an SQL condition on the articles
 * table (alias a), for sift list --search and the patterns' ~b, ~B and
 * bare words.  The index (index.c, store-index.c) holds what the reader
 * shows; a term is looked for in the title, the body (visible blocks)
 * and the hidden blocks as its scope asks:
 *
 *	three characters or more	the trigram index, as a phrase
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

/* The term as a substring of the text (and the title, in scope). */
static void
store_search_like(struct buf *sql, struct store_binds *b, const char *term,
    int scope)
{
	struct buf	 v;
	const char	*p;
	int		 n;

	buf_init(&v);
	buf_addc(&v, '%');
	for (p = term; *p != '\0'; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			buf_addc(&v, '\\');
		buf_addc(&v, *p);
	}
	buf_addc(&v, '%');
	n = store_search_bind(b, buf_release(&v));
	if (scope & INDEX_TITLE)
		buf_printf(sql, "(a.title LIKE ?%d ESCAPE '\\' OR"
		    " a.text LIKE ?%d ESCAPE '\\')", n, n);
	else
		buf_printf(sql, "a.text LIKE ?%d ESCAPE '\\'", n);
}

/* Append the condition that article a holds term in scope (INDEX_*). */
void
store_search_cond(struct buf *sql, struct store_binds *b, const char *term,
    int scope)
{
	char	*q;
	int	 n;

	if (store_search_chars(term) >= 3)
		q = index_trigram_query(term, scope);
	else if (index_short_cjk(term))
		q = index_gram_query(term, scope);
	else {
		store_search_like(sql, b, term, scope);
		return;
	}
	n = store_search_bind(b, q);
	if (b->partial)
		buf_addc(sql, '(');
	if (store_search_chars(term) >= 3)
		buf_printf(sql, "a.id IN (SELECT rowid FROM search"
		    " WHERE search MATCH ?%d)", n);
	else
		buf_printf(sql, "a.id IN (SELECT rowid FROM search_grams"
		    " WHERE search_grams MATCH ?%d)", n);
	if (!b->partial)
		return;
	buf_adds(sql, " OR (NOT EXISTS (SELECT 1 FROM search_rows r"
	    " WHERE r.article_id = a.id) AND ");
	store_search_like(sql, b, term, scope);
	buf_adds(sql, "))");
}
