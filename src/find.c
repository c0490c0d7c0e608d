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
 * matches are byte ranges of the text in the text's order.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unigbrk.h>
#include <uninorm.h>
#include <unistr.h>

#include "sift.h"

#define FIND_MEMO	1024	/* folds of single code points kept */
#define FIND_MEMO_LEN	18	/* the longest kept; longer ones are made */

struct find_memo {
	ucs4_t	 c;
	uint8_t	 len;		/* 0: empty slot */
	uint8_t	 fold[FIND_MEMO_LEN];
};

struct find_ctx {
	struct find		*f;
	const char		*q;	/* folded query */
	size_t			 qlen;
	struct buf		 b;	/* a block folded */
	size_t			*map;	/* its bytes' offsets in the block */
	size_t			 msize;
	char			*brk;	/* its grapheme breaks */
	size_t			 bsize;
	struct find_memo	*memo;
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
find_ascii(struct find_ctx *x, const char *s, size_t n, size_t base)
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

/* The fold of cluster s[0..n), appended to x->b. */
static void
find_fold(struct find_ctx *x, const char *s, size_t n)
{
	struct find_memo	*m = NULL;
	uint8_t			*f;
	ucs4_t			 c;
	size_t			 len;

	if (n == 1 && (unsigned char)*s < 0x80) {
		buf_addc(&x->b, *s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
		return;
	}
	if (u8_mbtouc(&c, (const uint8_t *)s, n) == (int)n) {
		m = &x->memo[c % FIND_MEMO];
		if (m->len > 0 && m->c == c) {
			buf_add(&x->b, m->fold, m->len);
			return;
		}
	}
	f = u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFKC, NULL, &len);
	if (f == NULL)
		fatal("u8_casefold");
	buf_add(&x->b, f, len);
	if (m != NULL && len > 0 && len <= FIND_MEMO_LEN) {
		m->c = c;
		m->len = (uint8_t)len;
		memcpy(m->fold, f, len);
	}
	free(f);
}

/* Any other block: folded cluster by cluster, with a map back. */
static void
find_other(struct find_ctx *x, const char *s, size_t n, size_t base)
{
	const char	*p, *h;
	size_t		 start, i, k, at;

	if (n + 1 > x->bsize) {
		x->bsize = n + 1;
		x->brk = xrealloc(x->brk, x->bsize);
	}
	u8_grapheme_breaks((const uint8_t *)s, n, x->brk);
	x->b.len = 0;
	for (start = 0; start < n; start = i) {
		for (i = start + 1; i < n && !x->brk[i]; i++)
			/* nothing */;
		k = x->b.len;
		find_fold(x, s + start, i - start);
		if (x->b.len + 1 > x->msize) {
			x->msize = x->b.len * 2 + 1;
			x->map = xreallocarray(x->map, x->msize, sizeof *x->map);
		}
		for (; k < x->b.len; k++)
			x->map[k] = start;
	}
	if (x->b.len == 0)
		return;
	x->map[x->b.len] = n;
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
 * Find query in text (len bytes) into f (emptied first): the matches in
 * the text's order, as a search of text_fold's folds of both finds them.
 */
void
find_text(struct find *f, const char *text, size_t len, const char *query)
{
	struct find_ctx	 x;
	const char	*p = text, *e = text + len, *nl;
	size_t		*qmap;

	find_free(f);
	memset(&x, 0, sizeof x);
	x.f = f;
	x.q = text_fold(query, strlen(query), &x.qlen, &qmap);
	free(qmap);
	if (x.qlen == 0) {
		free((char *)x.q);
		return;
	}
	buf_init(&x.b);
	x.memo = xcalloc(FIND_MEMO, sizeof *x.memo);
	while (p < e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		/* folding keeps the length of ASCII, not of all text */
		if (find_is_ascii(p, nl - p)) {
			if ((size_t)(nl - p) >= x.qlen)
				find_ascii(&x, p, nl - p, p - text);
		} else
			find_other(&x, p, nl - p, p - text);
		p = nl + 1;
	}
	buf_free(&x.b);
	free(x.map);
	free(x.brk);
	free(x.memo);
	free((char *)x.q);
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
