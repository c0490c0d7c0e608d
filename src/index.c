/*
 * index.c: what the search index holds of an article, made from its
 * text and its verdicts, with no SQL (store-index.c writes it), and how
 * a term is looked up in it (store-search.c).  The reader shows the
 * title and the visible blocks (content and comments); the boilerplate
 * is hidden, and only a search of everything (--all, ~B) reads it.
 *
 * Terms of three characters or more go to trigram indexes without
 * positions (FTS5's detail=none), one of the title and the visible
 * blocks, one of the hidden blocks: a term's trigrams, all present, name
 * the articles that may hold it.  A term of three characters is found
 * by that alone; a longer one, or one asked of the title or the body
 * alone, is looked for in each article named (index_found).  With
 * positions the index answered a phrase by itself, but was 7 times the
 * size and took twice as long to build (bench/index-cost.sh).
 *
 * Terms of one or two CJK characters (whole words in Chinese and
 * Japanese, too short for trigrams) are served by a word index over the
 * grams: every CJK character and every pair of neighbours in a run of
 * CJK characters, marked 't' in the title and 'h' in hidden text
 * ("t普京", "h京"), so one column of tokens without positions answers
 * all three scopes exactly.
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

/*
 * The grams of an article, each once: the index has no positions, so a
 * gram's second time in an article adds nothing to it, and writing each
 * costs FTS5 a lookup (an import of 100,000 articles spent 14 s on the
 * grams, most of them repeats).  A gram is known by a number: its mark
 * and its one or two code points (CJK ones are below 2^21).
 */
struct index_grams {
	struct buf	 out;	/* each gram after its mark, then a space */
	uint64_t	*seen;	/* open addressing; 0 is an empty slot */
	size_t		 size;	/* a power of 2 */
	size_t		 n;
};

/* Add the gram s[0..len) after mark (k its number), if not there yet. */
static void
index_gram_add(struct index_grams *g, uint64_t k, int mark, const uint8_t *s,
    size_t len)
{
	uint64_t	*old;
	size_t		 i, oldsize;

	if ((g->n + 1) * 2 > g->size) {
		old = g->seen;
		oldsize = g->size;
		g->size = g->size == 0 ? 1024 : g->size * 2;
		g->seen = xcalloc(g->size, sizeof *g->seen);
		g->n = 0;
		for (i = 0; i < oldsize; i++)
			if (old[i] != 0)
				index_gram_add(g, old[i], 0, NULL, 0);
		free(old);
	}
	/* Fibonacci hashing: the top bits of k times 2^64 / phi */
	i = (size_t)((k * 0x9e3779b97f4a7c15ULL) >> 32) & (g->size - 1);
	while (g->seen[i] != 0) {
		if (g->seen[i] == k)
			return;
		i = (i + 1) & (g->size - 1);
	}
	g->seen[i] = k;
	g->n++;
	if (s == NULL)
		return;		/* rehashing */
	if (mark != '\0')
		buf_addc(&g->out, mark);
	buf_add(&g->out, s, len);
	buf_addc(&g->out, ' ');
}

/* The grams of s (len bytes), each after mark ('\0', 't' or 'h'). */
static void
index_grams(struct index_grams *g, const char *s, size_t len, int mark)
{
	const uint8_t	*p = (const uint8_t *)s, *e = p + len, *prev = NULL;
	const uint8_t	*q;
	uint64_t	 m = (uint64_t)(mark == 't' ? 2 : mark == 'h' ? 3 : 1) <<
			    42;
	ucs4_t		 c, pc = 0;
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
		index_gram_add(g, m | (uint64_t)c << 21, mark, p, n);
		if (prev != NULL)
			index_gram_add(g, m | (uint64_t)pc << 21 | c, mark, prev,
			    q - prev);
		prev = p;
		pc = c;
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
 * What the index holds of an article: its visible blocks (the text
 * itself when none is hidden), its hidden ones, and its grams; from
 * its title, its text and the mask of its hidden blocks (NULL: none
 * hidden).
 */
void
index_doc_make(struct index_doc *d, const char *title, const char *text,
    size_t len, const uint8_t *mask, size_t masklen)
{
	struct index_grams grams;
	struct buf	 body, hidden, *to;
	const char	*p = text, *e = text + len, *nl;
	size_t		 i = 0;
	int		 h;

	memset(d, 0, sizeof *d);
	memset(&grams, 0, sizeof grams);
	buf_init(&grams.out);
	buf_init(&body);
	buf_init(&hidden);
	if (title != NULL)
		index_grams(&grams, title, strlen(title), 't');
	while (len > 0 && p <= e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		h = index_hidden(mask, masklen, i++);
		index_grams(&grams, p, nl - p, h ? 'h' : '\0');
		if (mask != NULL) {
			to = h ? &hidden : &body;
			if (to->len != 0)
				buf_addc(to, '\n');
			buf_add(to, p, nl - p);
		}
		if (nl == e)
			break;
		p = nl + 1;
	}
	free(grams.seen);
	d->grams = buf_release(&grams.out);
	if (mask == NULL) {
		d->body = text;
		d->bodylen = len;
		buf_free(&body);
	} else {
		d->bodylen = body.len;
		d->body = d->own = buf_release(&body);
	}
	d->hiddenlen = hidden.len;
	d->hidden = buf_release(&hidden);
}

void
index_doc_free(struct index_doc *d)
{
	free(d->grams);
	free(d->own);
	free(d->hidden);
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
