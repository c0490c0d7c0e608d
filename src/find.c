/*
 * find.c: finding what the reader typed in an article, as text_fold
 * folds both (NFKC with full case folding, one grapheme cluster at a
 * time), without folding the whole text at once: the text is searched
 * block by block (a block is a line; a query never holds a newline, so
 * no match crosses one), a block of ASCII lowered byte for byte with no
 * map, another folded into buffers kept from block to block, a cluster
 * of one code point through a small table of the folds already made.
 * Folding a 20 MB article whole took 1.7 s and 200 MB (a map entry of
 * 8 bytes per byte); block by block it is one pass over the text.  The
 * matches are byte ranges of the text in the text's order.  A finder
 * looks for one query in many texts (the list search checks the
 * articles the index names, store-search.c), skipping the blocks it is
 * told to (the hidden ones) and stopping at the first match if asked.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unigbrk.h>
#include <uninorm.h>
#include <unistr.h>

#include "sift.h"

#define FIND_MEMO_BITS	12
#define FIND_MEMO	(1 << FIND_MEMO_BITS)	/* folds of code points kept */
#define FIND_MEMO_LEN	16	/* the longest kept; longer ones are made */

struct find_memo {
	ucs4_t	 c;
	uint8_t	 used;
	uint8_t	 len;		/* 0: a fold too long to keep */
	uint8_t	 alone;		/* always a cluster of its own */
	uint8_t	 fold[FIND_MEMO_LEN];
};

struct finder {
	struct find		*f;
	const char		*q;	/* folded query */
	size_t			 qlen;
	struct buf		 b;	/* a block folded */
	size_t			*map;	/* its bytes' offsets in the block */
	size_t			 msize;
	char			*brk;	/* its grapheme breaks */
	size_t			 bsize;
	struct find_memo	*memo;
	int			 mapping;	/* fill map */
};

static void
find_add(struct find *f, size_t start, size_t len)
{
	if (f->n == f->size) {
		f->size = f->size == 0 ? 64 : f->size * 2;
		f->start = xreallocarray(f->start, f->size, sizeof *f->start);
		f->len = xreallocarray(f->len, f->size, sizeof *f->len);
	}
	f->start[f->n] = start;
	f->len[f->n] = len > 0 ? len : 1;
	f->n++;
}

/* A block of ASCII: lowered, each byte its own cluster. */
static void
find_ascii(struct finder *x, const char *s, size_t n, size_t base)
{
	const char	*p, *h;
	size_t		 i;

	x->b.len = 0;
	buf_grow(&x->b, n);
	for (i = 0; i < n; i++)
		x->b.data[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i];
	x->b.len = n;
	for (p = x->b.data; (h = memmem(p, n - (p - x->b.data), x->q,
	    x->qlen)) != NULL; p = h + x->qlen)
		find_add(x->f, base + (h - x->b.data), x->qlen);
}

static struct find_memo *
find_memo(struct finder *x, ucs4_t c)
{
	struct find_memo	*m;
	uint8_t			 u[6], *f;
	size_t			 len;
	int			 n, gbp;

	/* Fibonacci hashing: the top 12 bits of c times 2^32 / phi */
	m = &x->memo[(uint32_t)(c * 2654435761u) >> (32 - FIND_MEMO_BITS)];
	if (m->used && m->c == c)
		return (m);
	n = u8_uctomb(u, c, sizeof u);
	f = u8_casefold(u, n, NULL, UNINORM_NFKC, NULL, &len);
	if (f == NULL)
		fatal("u8_casefold");
	m->used = 1;
	m->c = c;
	m->len = len <= FIND_MEMO_LEN ? len : 0;
	memcpy(m->fold, f, m->len);
	free(f);
	/*
	 * Between two of these every rule of UAX #29 breaks: none extends,
	 * prepends, joins or pairs, and Hangul syllables join only jamo.
	 */
	gbp = uc_graphemeclusterbreak_property(c);
	m->alone = gbp == GBP_OTHER || gbp == GBP_CONTROL || gbp == GBP_LV ||
	    gbp == GBP_LVT;
	return (m);
}

/* The fold of cluster s[0..n), appended to x->b. */
static void
find_fold(struct finder *x, const char *s, size_t n)
{
	struct find_memo	*m = NULL;
	uint8_t			*f;
	ucs4_t			 c;
	size_t			 len;

	if (n == 1 && (unsigned char)*s < 0x80) {
		buf_addc(&x->b, *s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
		return;
	}
	if (u8_mbtouc(&c, (const uint8_t *)s, n) == (int)n &&
	    (m = find_memo(x, c))->len > 0) {
		buf_add(&x->b, m->fold, m->len);
		return;
	}
	f = u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFKC, NULL, &len);
	if (f == NULL)
		fatal("u8_casefold");
	buf_add(&x->b, f, len);
	free(f);
}

/* Room in the map for n more bytes and the end. */
static void
find_room(struct finder *x, size_t n)
{
	if (x->b.len + n + 1 > x->msize) {
		x->msize = (x->b.len + n) * 2 + 1;
		x->map = xreallocarray(x->map, x->msize, sizeof *x->map);
	}
}

/*
 * Fold the clusters of s[start..end), which ends at a cluster break: a
 * code point at a time while each is a cluster of its own, else with
 * the breaks found by libunistring.
 */
static void
find_fold_run(struct finder *x, const char *s, size_t start, size_t end)
{
	struct find_memo	*m;
	ucs4_t			 u;
	size_t			 i, c, k, keep = x->b.len;
	int			 n;

	for (c = start; c < end; c += n) {
		n = u8_mbtouc(&u, (const uint8_t *)s + c, end - c);
		m = find_memo(x, u);
		if (!m->alone || m->len == 0)
			break;
		if (x->mapping) {
			find_room(x, m->len);
			for (k = 0; k < m->len; k++)
				x->map[x->b.len + k] = c;
		}
		buf_add(&x->b, m->fold, m->len);
	}
	if (c >= end)
		return;
	x->b.len = keep;

	if (end - start + 1 > x->bsize) {
		x->bsize = end - start + 1;
		x->brk = xrealloc(x->brk, x->bsize);
	}
	u8_grapheme_breaks((const uint8_t *)s + start, end - start, x->brk);
	for (c = start; c < end; c = i) {
		for (i = c + 1; i < end && !x->brk[i - start]; i++)
			/* nothing */;
		k = x->b.len;
		find_fold(x, s + c, i - c);
		if (!x->mapping)
			continue;
		find_room(x, 0);
		for (; k < x->b.len; k++)
			x->map[k] = c;
	}
}

/*
 * Fold a block that is not all ASCII into x->b, with the map back when
 * x->mapping.  Two ASCII characters always have a cluster break between
 * them (none of them extends or prepends, and a block holds no newline
 * for CR LF), so only the runs between such breaks that hold other text
 * are segmented.
 */
static void
find_fold_block(struct finder *x, const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, j, k;
	char			*d;

	x->b.len = 0;
	for (i = 0; i < n; i = j) {
		/* a run of ASCII, each character a cluster */
		for (j = i; j < n && u[j] < 0x80 && (j + 1 == n ||
		    u[j + 1] < 0x80); j++)
			/* nothing */;
		if (j > i) {
			buf_grow(&x->b, j - i);
			d = x->b.data + x->b.len;
			for (k = i; k < j; k++)
				*d++ = s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 :
				    s[k];
			if (x->mapping) {
				find_room(x, j - i);
				for (k = i; k < j; k++)
					x->map[x->b.len + k - i] = k;
			}
			x->b.len += j - i;
			continue;
		}
		for (j = i + 1; j < n && (u[j - 1] >= 0x80 || u[j] >= 0x80);
		    j++)
			/* nothing */;
		find_fold_run(x, s, i, j);
	}
	x->b.data[x->b.len] = '\0';
	if (x->mapping) {
		find_room(x, 0);
		x->map[x->b.len] = n;
	}
}

/*
 * Any other block: folded without a map, and only when the query is in
 * it folded again with one, to find where its matches are in the text.
 */
static void
find_other(struct finder *x, const char *s, size_t n, size_t base)
{
	const char	*p, *h;
	size_t		 at;

	x->mapping = 0;
	find_fold_block(x, s, n);
	if (x->b.len < x->qlen || memmem(x->b.data, x->b.len, x->q,
	    x->qlen) == NULL)
		return;
	x->mapping = 1;
	find_fold_block(x, s, n);
	for (p = x->b.data; (h = memmem(p, x->b.len - (p - x->b.data), x->q,
	    x->qlen)) != NULL; p = h + x->qlen) {
		at = x->map[h - x->b.data];
		find_add(x->f, base + at, x->map[h - x->b.data + x->qlen] - at);
	}
}

static int
find_is_ascii(const char *s, size_t n)
{
	size_t	i;
	char	or = 0;

	for (i = 0; i < n; i++)
		or |= s[i];
	return ((or & 0x80) == 0);
}

/*
 * A finder of query, to look for it in many texts (finder_run): the
 * query folded once, and the folds of the code points met kept from
 * text to text.
 */
struct finder *
finder_new(const char *query)
{
	struct finder	*x;
	size_t		*qmap;

	x = xcalloc(1, sizeof *x);
	x->q = text_fold(query, strlen(query), &x->qlen, &qmap);
	free(qmap);
	buf_init(&x->b);
	x->memo = xcalloc(FIND_MEMO, sizeof *x->memo);
	return (x);
}

void
finder_free(struct finder *x)
{
	if (x == NULL)
		return;
	buf_free(&x->b);
	free(x->map);
	free(x->brk);
	free(x->memo);
	free((char *)x->q);
	free(x);
}

/*
 * Find x's query in text (len bytes) into f (emptied first), the
 * matches in the text's order, passing over the blocks (lines, counted
 * from 0) for which skip(block, arg) is not 0; with first, stop at the
 * first block that has a match.
 */
void
finder_run(struct finder *x, struct find *f, const char *text, size_t len,
    find_skip_cb skip, void *arg, int first)
{
	const char	*p = text, *e = text + len, *nl;
	size_t		 block = 0;

	find_free(f);
	if (x->qlen == 0)
		return;
	x->f = f;
	for (; p < e && (!first || f->n == 0); p = nl + 1, block++) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		if (skip != NULL && skip(block, arg))
			continue;
		/* folding keeps the length of ASCII, not of all text */
		if (find_is_ascii(p, nl - p)) {
			if ((size_t)(nl - p) >= x->qlen)
				find_ascii(x, p, nl - p, p - text);
		} else
			find_other(x, p, nl - p, p - text);
	}
	x->f = NULL;
}

/*
 * Find query in text (len bytes) into f (emptied first): the matches in
 * the text's order, as a search of text_fold's folds of both finds them.
 */
void
find_text(struct find *f, const char *text, size_t len, const char *query)
{
	struct finder	*x;

	x = finder_new(query);
	finder_run(x, f, text, len, NULL, NULL, 0);
	finder_free(x);
}

void
find_free(struct find *f)
{
	free(f->start);
	free(f->len);
	memset(f, 0, sizeof *f);
}

/* The first match that ends after byte pos, or f->n. */
size_t
find_after(const struct find *f, size_t pos)
{
	size_t	lo = 0, hi = f->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (f->start[mid] + f->len[mid] <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo);
}
