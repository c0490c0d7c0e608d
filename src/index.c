/*
 * index.c: what the search index holds of an article, made from its
 * text and its verdicts, with no SQL (store-index.c writes it).  The
 * index covers what the reader shows: the title and the visible blocks
 * (content and comments), in the body; the boilerplate goes apart, in
 * the hidden part, which only a search of everything (--all, ~B) reads.
 *
 * Two indexes: a trigram one over title, body and hidden text serves
 * terms of three characters or more; terms of one or two CJK characters
 * (whole words in Chinese and Japanese, too short for trigrams) are
 * served by a word index over the grams: every CJK character and every
 * pair of neighbours in a run of CJK characters, marked 't' in the title
 * and 'h' in hidden text ("t普京", "h京"), so one column of tokens
 * without positions (FTS5's detail=none) answers all three scopes.
 *
 * Which blocks are hidden is kept as a bit a block (the text's lines),
 * so what was indexed can be made again exactly, as a contentless FTS5
 * table needs to take an entry out.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "sift.h"
#include "index.h"

/* A character of the scripts written without spaces between words. */
int
index_is_cjk(ucs4_t c)
{
	return ((c >= 0x4e00 && c <= 0x9fff) ||	/* unified ideographs */
	    (c >= 0x3400 && c <= 0x4dbf) ||	/* extension A */
	    (c >= 0x20000 && c <= 0x3134f) ||	/* extensions B to G */
	    (c >= 0xf900 && c <= 0xfaff) ||	/* compatibility */
	    (c >= 0x3005 && c <= 0x3007) ||	/* 々 〆 〇 */
	    (c >= 0x3041 && c <= 0x3096) ||	/* hiragana */
	    (c >= 0x309d && c <= 0x309f) ||
	    (c >= 0x30a1 && c <= 0x30fa) ||	/* katakana */
	    (c >= 0x30fc && c <= 0x30ff) ||
	    (c >= 0x31f0 && c <= 0x31ff) ||
	    (c >= 0xac00 && c <= 0xd7a3) ||	/* hangul */
	    (c >= 0x1100 && c <= 0x11ff) ||
	    (c >= 0x3131 && c <= 0x318e));
}

/* The grams of s (len bytes), each after mark, into b. */
static void
index_grams(struct buf *b, const char *s, size_t len, const char *mark)
{
	const uint8_t	*p = (const uint8_t *)s, *e = p + len, *prev = NULL;
	const uint8_t	*q;
	ucs4_t		 c;
	int		 n;

	while (p < e) {
		n = u8_mbtoucr(&c, p, e - p);
		if (n < 0) {
			p++;
			prev = NULL;
			continue;
		}
		q = p + n;
		if (!index_is_cjk(c)) {
			prev = NULL;
			p = q;
			continue;
		}
		buf_printf(b, "%s%.*s ", mark, n, (const char *)p);
		if (prev != NULL)
			buf_printf(b, "%s%.*s ", mark, (int)(q - prev),
			    (const char *)prev);
		prev = p;
		p = q;
	}
}

/* Is block i of the mask hidden? */
static int
index_hidden(const uint8_t *mask, size_t masklen, size_t i)
{
	return (i / 8 < masklen && (mask[i / 8] & (1 << (i % 8))));
}

/*
 * What the index holds of an article: its title, its text and the
 * mask of its hidden blocks (NULL: none hidden).
 */
void
index_doc_make(struct index_doc *d, const char *title, const char *text,
    size_t len, const uint8_t *mask, size_t masklen)
{
	struct buf	 body, hidden, grams;
	const char	*p = text, *e = text + len, *nl;
	struct buf	*to;
	size_t		 i = 0;

	buf_init(&body);
	buf_init(&hidden);
	buf_init(&grams);
	if (title != NULL)
		index_grams(&grams, title, strlen(title), "t");
	while (len > 0 && p <= e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		if (index_hidden(mask, masklen, i++)) {
			to = &hidden;
			index_grams(&grams, p, nl - p, "h");
		} else {
			to = &body;
			index_grams(&grams, p, nl - p, "");
		}
		if (to->len != 0)
			buf_addc(to, '\n');
		buf_add(to, p, nl - p);
		if (nl == e)
			break;
		p = nl + 1;
	}
	d->body = buf_release(&body);
	d->hidden = buf_release(&hidden);
	d->grams = buf_release(&grams);
}

void
index_doc_free(struct index_doc *d)
{
	free(d->body);
	free(d->hidden);
	free(d->grams);
	memset(d, 0, sizeof *d);
}

/*
 * The mask of an article's hidden blocks, from its verdicts: a bit a
 * block, set when the reader hides it (boilerplate).  NULL, with 0 in
 * *len, when none is.
 */
uint8_t *
index_mask(const struct clean *c, size_t *len)
{
	uint8_t	*mask = NULL;
	size_t	 i;

	*len = 0;
	for (i = 0; i < c->nblocks; i++) {
		if (c->blocks[i].verdict != VERDICT_BOILERPLATE)
			continue;
		if (mask == NULL) {
			*len = (c->nblocks + 7) / 8;
			mask = xcalloc(*len, 1);
		}
		mask[i / 8] |= 1 << (i % 8);
	}
	return (mask);
}

/* Is a search term one or two CJK characters (served by the grams)? */
int
index_short_cjk(const char *term)
{
	const uint8_t	*p = (const uint8_t *)term;
	size_t		 len = strlen(term), n = 0;
	ucs4_t		 c;
	int		 k;

	while (len > 0) {
		if ((k = u8_mbtoucr(&c, p, len)) < 0 || !index_is_cjk(c))
			return (0);
		p += k;
		len -= k;
		n++;
	}
	return (n >= 1 && n <= 2);
}

/*
 * The grams query of a short CJK term (index_short_cjk) in the scopes
 * asked: INDEX_TITLE, INDEX_BODY, INDEX_HIDDEN.
 */
char *
index_gram_query(const char *term, int scope)
{
	struct buf	b;

	buf_init(&b);
	if (scope & INDEX_BODY)
		buf_printf(&b, "\"%s\"", term);
	if (scope & INDEX_TITLE)
		buf_printf(&b, "%s\"t%s\"", b.len != 0 ? " OR " : "", term);
	if (scope & INDEX_HIDDEN)
		buf_printf(&b, "%s\"h%s\"", b.len != 0 ? " OR " : "", term);
	return (buf_release(&b));
}

/* The trigram query of a term (three characters or more) in scope. */
char *
index_trigram_query(const char *term, int scope)
{
	struct buf	 b;
	const char	*p;

	buf_init(&b);
	buf_addc(&b, '{');
	if (scope & INDEX_TITLE)
		buf_adds(&b, " title");
	if (scope & INDEX_BODY)
		buf_adds(&b, " body");
	if (scope & INDEX_HIDDEN)
		buf_adds(&b, " hidden");
	buf_adds(&b, " } : \"");
	for (p = term; *p != '\0'; p++) {
		if (*p == '"')
			buf_addc(&b, '"');
		buf_addc(&b, *p);
	}
	buf_adds(&b, "\"");
	return (buf_release(&b));
}
