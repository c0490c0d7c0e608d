/*
 * index.c: what the search index holds of an article, made from its
 * text and its verdicts, with no SQL (store-index.c writes it), and how
 * a term is looked up in it (store-search.c).  The reader shows the
 * title and the visible blocks (content and comments); the boilerplate
 * is hidden, and only a search of everything (--all, ~B) reads it.
 *
 * Two indexes.  Terms of three characters or more go to a trigram
 * index of the title and the whole text, without positions (FTS5's
 * detail=none): a term's trigrams, all present, name the articles that
 * may hold it, and index_found reads each of those to keep the ones
 * that hold it in the scope asked (the title, the visible blocks, the
 * hidden ones).  With positions the index answered a phrase by itself,
 * but was 7.6 times the size and made an import three times as slow;
 * reading the few articles named costs about what reading the
 * positions did (bench/index-cost.sh).  Terms of one or two CJK
 * characters (whole words in Chinese and Japanese, too short for
 * trigrams) are served by a word index over the grams: every CJK
 * character and every pair of neighbours in a run of CJK characters,
 * marked 't' in the title and 'h' in hidden text ("t普京", "h京"), so
 * one column of tokens without positions answers all three scopes
 * exactly.
 *
 * Which blocks are hidden is kept as a bit a block (the text's lines),
 * so what was indexed can be made again exactly, as a contentless FTS5
 * table needs to take an entry out, and the scope of a match checked.
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
		buf_adds(b, mark);
		buf_add(b, p, n);
		buf_addc(b, ' ');
		if (prev != NULL) {
			buf_adds(b, mark);
			buf_add(b, prev, q - prev);
			buf_addc(b, ' ');
		}
		prev = p;
		p = q;
	}
}

static int
index_cmp_gram(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

/*
 * The grams of g (each followed by a space), each once: the index has no
 * positions, so a gram's second time in an article adds nothing to it,
 * and writing each costs FTS5 a lookup (an import of 100,000 articles
 * spent 14 s on the grams, most of them repeats).
 */
static char *
index_grams_once(struct buf *g)
{
	struct buf	  out;
	char		**v = NULL, *p, *sp;
	size_t		  n = 0, size = 0, i;

	buf_addc(g, '\0');
	for (p = g->data; (sp = strchr(p, ' ')) != NULL; p = sp + 1) {
		*sp = '\0';
		if (n == size) {
			size = size == 0 ? 256 : size * 2;
			v = xreallocarray(v, size, sizeof *v);
		}
		v[n++] = p;
	}
	if (n > 1)
		qsort(v, n, sizeof *v, index_cmp_gram);
	buf_init(&out);
	for (i = 0; i < n; i++) {
		if (i > 0 && strcmp(v[i - 1], v[i]) == 0)
			continue;
		buf_adds(&out, v[i]);
		buf_addc(&out, ' ');
	}
	free(v);
	buf_free(g);
	return (buf_release(&out));
}

/* Is block i of the mask hidden? */
static int
index_hidden(const uint8_t *mask, size_t masklen, size_t i)
{
	return (i / 8 < masklen && (mask[i / 8] & (1 << (i % 8))));
}

/*
 * The grams of an article (the trigram index takes its title and text
 * as they are): from its title, its text and the mask of its hidden
 * blocks (NULL: none hidden).
 */
void
index_doc_make(struct index_doc *d, const char *title, const char *text,
    size_t len, const uint8_t *mask, size_t masklen)
{
	struct buf	 grams;
	const char	*p = text, *e = text + len, *nl;
	size_t		 i = 0;

	buf_init(&grams);
	if (title != NULL)
		index_grams(&grams, title, strlen(title), "t");
	while (len > 0 && p <= e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		index_grams(&grams, p, nl - p,
		    index_hidden(mask, masklen, i++) ? "h" : "");
		if (nl == e)
			break;
		p = nl + 1;
	}
	d->grams = index_grams_once(&grams);
}

void
index_doc_free(struct index_doc *d)
{
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

/*
 * The trigram query of a term: each of its trigrams (of code points, as
 * FTS5's trigram tokenizer makes them), all present; NULL for a term of
 * fewer than three characters.  The articles it names may hold the
 * term; index_found says which do.
 */
char *
index_trigram_query(const char *term)
{
	const uint8_t	*s = (const uint8_t *)term;
	size_t		 len = strlen(term), *at, n = 0, i, k;
	struct buf	 b;
	ucs4_t		 c;
	int		 w;

	at = xreallocarray(NULL, len + 1, sizeof *at);
	for (i = 0; i < len; i += w) {
		at[n++] = i;
		if ((w = u8_mbtoucr(&c, s + i, len - i)) < 0)
			w = 1;
	}
	at[n] = len;
	buf_init(&b);
	for (i = 0; i + 3 <= n; i++) {
		if (b.len != 0)
			buf_adds(&b, " AND ");
		buf_addc(&b, '"');
		for (k = at[i]; k < at[i + 3]; k++) {
			if (s[k] == '"')
				buf_addc(&b, '"');
			buf_addc(&b, s[k]);
		}
		buf_addc(&b, '"');
	}
	free(at);
	if (b.len == 0) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_release(&b));
}

struct index_scope {
	const uint8_t	*mask;
	size_t		 masklen;
	int		 scope;
};

/* Pass over a block out of the scope. */
static int
index_skip(size_t block, void *arg)
{
	const struct index_scope	*sc = arg;

	return (!(sc->scope & (index_hidden(sc->mask, sc->masklen, block) ?
	    INDEX_HIDDEN : INDEX_BODY)));
}

/*
 * Does an article hold the finder's term in scope (INDEX_*): in its
 * title, or in the blocks of its text (len bytes) that mask (the mask
 * it was indexed with) hides or shows, as the reader's search finds it?
 */
int
index_found(struct finder *fd, int scope, const char *title,
    size_t titlelen, const char *text, size_t len, const uint8_t *mask,
    size_t masklen)
{
	struct index_scope	 sc;
	struct find		 f;
	int			 found = 0;

	memset(&f, 0, sizeof f);
	if ((scope & INDEX_TITLE) && title != NULL) {
		finder_run(fd, &f, title, titlelen, NULL, NULL, 1);
		found = f.n > 0;
	}
	if (!found && (scope & (INDEX_BODY | INDEX_HIDDEN)) && text != NULL) {
		sc.mask = mask;
		sc.masklen = masklen;
		sc.scope = scope;
		finder_run(fd, &f, text, len, index_skip, &sc, 1);
		found = f.n > 0;
	}
	find_free(&f);
	return (found);
}
