/*
 * claim-fuzzy.c: finding a claim's quote again, approximately, once its
 * article's text has changed (claim_fuzzy), for claim_reanchor.
 */

#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unistr.h>

#include "sift.h"

/*
 * Fuzzy anchoring, after Hypothesis' match-quote.ts.  Every place where
 * the quote occurs exactly is a candidate; when there is none, so are the
 * places where it occurs with at most min(256, m / 2) edits (m: its length
 * in code points), found with Myers' bit-parallel approximate search
 * (Sellers' edit distance, 64 rows of the table in a machine word).  Each
 * candidate is scored as Hypothesis scores it,
 *
 *	(50 quote + 20 prefix + 20 suffix + 2 position) / 92,
 *
 * where a similarity is 1 - edits / length and the position is 1 -
 * |start - hint| / len, and the best one wins.  An approximate one must
 * score CLAIM_FUZZY_MIN and keep CLAIM_FUZZY_QUOTESIM of the quote (good
 * context around a rewritten sentence does not make it the claim), and a
 * quote shorter than CLAIM_FUZZY_SHORT code points must keep
 * CLAIM_FUZZY_SHORTSIM of itself, so that a few words are not found in
 * noise.
 *
 * The approximate search takes a step per code point of the text and 64
 * code points of the quote (some 7 ns), so it is bounded.  It looks near
 * the hint first, CLAIM_FUZZY_NEAR bytes on either side, and further only
 * when nothing there scores enough; then past CLAIM_FUZZY_WORK steps only
 * a window of the text around the hint is searched (4 MB of text for a
 * quote of up to 64 code points, 1 MB for one of 256).  A quote longer
 * than CLAIM_FUZZY_QUOTE code points is only found exactly.  The exact
 * search is not bounded, but scores only the CLAIM_FUZZY_HITS places on
 * either side of the hint.
 */
#define CLAIM_FUZZY_NEAR	16384	/* bytes searched first on each side */
#define CLAIM_FUZZY_WORK	(1 << 22)	/* code points x blocks */
#define CLAIM_FUZZY_QUOTE	4096	/* code points */
#define CLAIM_FUZZY_CTX		64	/* context compared, code points */
#define CLAIM_FUZZY_CAND	32	/* approximate candidates kept */
#define CLAIM_FUZZY_HITS	256	/* exact hits scored on each side */
#define CLAIM_FUZZY_MIN		0.75
#define CLAIM_FUZZY_SHORT	32
#define CLAIM_FUZZY_SHORTSIM	0.9
#define CLAIM_FUZZY_QUOTESIM	0.7	/* a rewritten sentence is not it */

/* A quote prepared for Myers' search: a bit mask per character. */
struct claim_pat {
	size_t		 m;		/* code points */
	size_t		 nb;		/* blocks of 64 */
	uint64_t	*peq;		/* rows of nb words; row 0: others */
	size_t		 ascii[128];	/* the row of an ASCII character */
	ucs4_t		*hkey;		/* the other characters, hashed */
	size_t		*hrow;
	size_t		 hmask;
	uint64_t	*pv;		/* the column's vertical deltas of +1 */
	uint64_t	*mv;		/* and of -1 */
	uint64_t	 high;		/* the last row's bit */
	long		*bs;		/* each block's last row's value */
	long		 k;		/* the most edits of interest */
	size_t		 y;		/* the last block with any */
};

/* One search: the text, the quote and its context, the candidates. */
struct claim_fuzz {
	const uint8_t	*t;
	size_t		 len;
	size_t		 lo;		/* the window searched */
	size_t		 hi;
	size_t		 hint;
	ucs4_t		*q;
	size_t		 m;
	ucs4_t		*pre;		/* the prefix's last code points */
	size_t		 npre;
	ucs4_t		*suf;		/* the suffix's first */
	size_t		 nsuf;
	struct {
		size_t	 end;
		long	 err;
	}		 cand[CLAIM_FUZZY_CAND];
	size_t		 ncand;
	long		 kmax;		/* the most edits still wanted */
};

static ucs4_t	*claim_u32(const uint8_t *, size_t, size_t *);
static size_t	 claim_back(const uint8_t *, size_t, size_t, size_t);
static size_t	 claim_forward(const uint8_t *, size_t, size_t, size_t);
static double	 claim_similar(const ucs4_t *, size_t, const ucs4_t *,
		     size_t);
static double	 claim_score(struct claim_fuzz *, size_t, size_t, long,
		     double *);
static void	 claim_pat_init(struct claim_pat *, const ucs4_t *, size_t,
		     int, long);
static void	 claim_pat_reset(struct claim_pat *);
static void	 claim_pat_free(struct claim_pat *);
static inline int claim_pat_block(struct claim_pat *, uint64_t, size_t,
		     int);
static inline long claim_pat_step(struct claim_pat *, ucs4_t, int);
static int	 claim_exact(struct claim_fuzz *, const char *, size_t *,
		     size_t *, double *);
static void	 claim_candidate(struct claim_fuzz *, size_t, long);
static void	 claim_floor(struct claim_fuzz *, size_t, size_t, long);
static size_t	 claim_start(struct claim_fuzz *, struct claim_pat *, size_t,
		     long *);
static int	 claim_search(struct claim_fuzz *, struct claim_pat *,
		     struct claim_pat *, size_t, size_t, size_t *, size_t *,
		     double *);
static int	 claim_approx(struct claim_fuzz *, size_t *, size_t *,
		     double *);
static void	 claim_widen(struct claim_fuzz *, size_t *, size_t *);

/* Decode UTF-8, an invalid byte as U+FFFD. */
static ucs4_t *
claim_u32(const uint8_t *s, size_t n, size_t *len)
{
	ucs4_t	*u;
	size_t	 i, k;

	u = xreallocarray(NULL, n + 1, sizeof *u);
	for (i = k = 0; i < n; k++) {
		if (s[i] < 0x80)
			u[k] = s[i++];
		else
			i += u8_mbtouc(&u[k], s + i, n - i);
	}
	*len = k;
	return (u);
}

/* Back from byte pos by n characters, not past lo. */
static size_t
claim_back(const uint8_t *t, size_t lo, size_t pos, size_t n)
{
	size_t	i;

	for (i = 0; i < n && pos > lo; i++)
		do
			pos--;
		while (pos > lo && (t[pos] & 0xc0) == 0x80);
	return (pos);
}

/* On from byte pos by n characters, not past hi. */
static size_t
claim_forward(const uint8_t *t, size_t hi, size_t pos, size_t n)
{
	size_t	i;

	for (i = 0; i < n && pos < hi; i++)
		do
			pos++;
		while (pos < hi && (t[pos] & 0xc0) == 0x80);
	return (pos);
}

/*
 * How well p (at most CLAIM_FUZZY_CTX code points) occurs anywhere in t:
 * 1 - edits / length, as Hypothesis compares context.  No context is a
 * perfect match; context where the text has none is no match.
 */
static double
claim_similar(const ucs4_t *p, size_t n, const ucs4_t *t, size_t tn)
{
	size_t	col[CLAIM_FUZZY_CTX + 1], i, j, diag, up, v, best;

	if (n == 0)
		return (1.0);
	if (tn == 0)
		return (0.0);
	for (i = 0; i <= n; i++)
		col[i] = i;
	best = n;
	for (j = 0; j < tn; j++) {
		diag = col[0];
		for (i = 1; i <= n; i++) {
			up = col[i];
			v = diag + (p[i - 1] != t[j]);
			if (up + 1 < v)
				v = up + 1;
			if (col[i - 1] + 1 < v)
				v = col[i - 1] + 1;
			diag = up;
			col[i] = v;
		}
		if (col[n] < best)
			best = col[n];
	}
	return (1.0 - (double)best / n);
}

/*
 * Hypothesis' score of the candidate [a,b) with err edits; *qs is the
 * quote's similarity alone.
 */
static double
claim_score(struct claim_fuzz *f, size_t a, size_t b, long err, double *qs)
{
	ucs4_t	*u;
	size_t	 n, i, d;
	double	 ps, ss, pos;

	*qs = 1.0 - (double)err / f->m;
	i = claim_back(f->t, 0, a, f->npre);
	u = claim_u32(f->t + i, a - i, &n);
	if (n > f->npre)
		ps = claim_similar(f->pre, f->npre, u + n - f->npre, f->npre);
	else
		ps = claim_similar(f->pre, f->npre, u, n);
	free(u);
	i = claim_forward(f->t, f->len, b, f->nsuf);
	u = claim_u32(f->t + b, i - b, &n);
	ss = claim_similar(f->suf, f->nsuf, u, n > f->nsuf ? f->nsuf : n);
	free(u);
	d = a > f->hint ? a - f->hint : f->hint - a;
	pos = d >= f->len ? 0.0 : 1.0 - (double)d / f->len;
	return ((50 * *qs + 20 * ps + 20 * ss + 2 * pos) / 92);
}

/*
 * Prepare a quote, reversed if rev, for the search: for each character,
 * a mask of the rows that hold it.  Rows past k edits are not computed.
 */
static void
claim_pat_init(struct claim_pat *p, const ucs4_t *s, size_t m, int rev,
    long k)
{
	size_t	 i, h, nrow = 1, hsize;
	ucs4_t	 c;

	memset(p, 0, sizeof *p);
	p->m = m;
	p->nb = (m + 63) / 64;
	p->k = k;
	for (hsize = 16; hsize < 2 * m; hsize *= 2)
		/* nothing */;
	p->hmask = hsize - 1;
	p->hkey = xcalloc(hsize, sizeof *p->hkey);
	p->hrow = xcalloc(hsize, sizeof *p->hrow);
	p->peq = xcalloc(m + 1, p->nb * sizeof *p->peq);
	for (i = 0; i < m; i++) {
		c = rev ? s[m - 1 - i] : s[i];
		if (c < 128) {
			if (p->ascii[c] == 0)
				p->ascii[c] = nrow++;
			h = p->ascii[c];
		} else {
			h = (c * 2654435761U) & p->hmask;
			while (p->hrow[h] != 0 && p->hkey[h] != c)
				h = (h + 1) & p->hmask;
			if (p->hrow[h] == 0) {
				p->hkey[h] = c;
				p->hrow[h] = nrow++;
			}
			h = p->hrow[h];
		}
		p->peq[h * p->nb + i / 64] |= (uint64_t)1 << (i % 64);
	}
	p->pv = xcalloc(p->nb, sizeof *p->pv);
	p->mv = xcalloc(p->nb, sizeof *p->mv);
	p->bs = xcalloc(p->nb, sizeof *p->bs);
	p->high = (uint64_t)1 << ((m - 1) % 64);
	claim_pat_reset(p);
}

/*
 * Back to the first column of the table, where row i holds i; only the
 * blocks that may hold k edits are active.
 */
static void
claim_pat_reset(struct claim_pat *p)
{
	size_t	b;

	for (b = 0; b < p->nb; b++) {
		p->pv[b] = ~(uint64_t)0;
		p->mv[b] = 0;
		p->bs[b] = (b + 1) * 64;
	}
	p->bs[p->nb - 1] = p->m;
	p->y = p->k / 64 < (long)p->nb ? (size_t)(p->k / 64) : p->nb - 1;
}

static void
claim_pat_free(struct claim_pat *p)
{
	free(p->peq);
	free(p->hkey);
	free(p->hrow);
	free(p->pv);
	free(p->mv);
	free(p->bs);
}

/*
 * Block b of a column, for the masks e of its rows (Myers 1999,
 * "Advance_Block"): hin is the horizontal delta into its first row, the
 * delta out of its last is returned.
 */
static inline int
claim_pat_block(struct claim_pat *p, uint64_t e, size_t b, int hin)
{
	uint64_t	pv = p->pv[b], mv = p->mv[b], xv, xh, ph, mh, high;
	uint64_t	neg = hin < 0, pos = hin > 0;
	int		hout;

	high = b + 1 == p->nb ? p->high : (uint64_t)1 << 63;
	xv = e | mv;
	e |= neg;
	xh = (((e & pv) + pv) ^ pv) | e;
	ph = mv | ~(xh | pv);
	mh = pv & xh;
	hout = ((ph & high) != 0) - ((mh & high) != 0);
	ph = ph << 1 | pos;
	mh = mh << 1 | neg;
	p->pv[b] = mh | ~(xv | ph);
	p->mv[b] = ph & xv;
	return (hout);
}

/*
 * One column of the edit distance table, for the text's character c.
 * hin is the first row's horizontal delta: 0 to search (a match may start
 * anywhere), 1 to align from the first character.  Only the blocks down
 * to the last that may hold k edits are computed (Ukkonen's cut-off, as
 * Myers applies it to blocks).  Returns the last row's value, or k + 1
 * when it is more than k.
 */
static inline long
claim_pat_step(struct claim_pat *p, ucs4_t c, int hin)
{
	const uint64_t	*eq;
	size_t		 b, h, y = p->y;

	if (c < 128)
		h = p->ascii[c];
	else {
		h = (c * 2654435761U) & p->hmask;
		while (p->hrow[h] != 0 && p->hkey[h] != c)
			h = (h + 1) & p->hmask;
		h = p->hrow[h];
	}
	eq = p->peq + h * p->nb;
	if (p->nb == 1) {
		p->bs[0] += claim_pat_block(p, eq[0], 0, hin);
		return (p->bs[0] > p->k ? p->k + 1 : p->bs[0]);
	}
	for (b = 0; b <= y; b++) {
		hin = claim_pat_block(p, eq[b], b, hin);
		p->bs[b] += hin;
	}
	if (y + 1 < p->nb && p->bs[y] - hin <= p->k &&
	    ((eq[y + 1] & 1) || hin < 0)) {
		/* The next block may now hold k edits: start it. */
		y++;
		p->pv[y] = ~(uint64_t)0;
		p->mv[y] = 0;
		h = y + 1 == p->nb ? p->m - 64 * y : 64;
		p->bs[y] = p->bs[y - 1] + h - hin +
		    claim_pat_block(p, eq[y], y, hin);
	} else
		while (y > 0 && p->bs[y] >= p->k + 64)
			y--;
	p->y = y;
	if (y + 1 < p->nb || p->bs[y] > p->k)
		return (p->k + 1);
	return (p->bs[y]);
}

/*
 * The exact occurrences: the CLAIM_FUZZY_HITS nearest the hint on either
 * side are scored, and the best is taken whatever its score, since the
 * quote is there.
 */
static int
claim_exact(struct claim_fuzz *f, const char *quote, size_t *start,
    size_t *end, double *score)
{
	const char	*text = (const char *)f->t, *p, *hit;
	size_t		 hits[2 * CLAIM_FUZZY_HITS], nbefore = 0, nafter = 0;
	size_t		 qlen = strlen(quote), n, i, a, d, bd = SIZE_MAX;
	double		 s, qs, bs = -1.0;

	for (p = text; nafter < CLAIM_FUZZY_HITS && (hit = memmem(p,
	    f->len - (p - text), quote, qlen)) != NULL; p = hit + 1) {
		a = hit - text;
		if (a < f->hint)
			hits[nbefore++ % CLAIM_FUZZY_HITS] = a;
		else
			hits[CLAIM_FUZZY_HITS + nafter++] = a;
	}
	n = nbefore < CLAIM_FUZZY_HITS ? nbefore : CLAIM_FUZZY_HITS;
	for (i = 0; i < n + nafter; i++) {
		a = i < n ? hits[i] : hits[CLAIM_FUZZY_HITS + i - n];
		s = claim_score(f, a, a + qlen, 0, &qs);
		d = a > f->hint ? a - f->hint : f->hint - a;
		if (s > bs || (s == bs && d < bd)) {
			bs = s;
			bd = d;
			*start = a;
			*end = a + qlen;
			*score = s;
		}
	}
	return (bs < 0 ? -1 : 0);
}

/*
 * Keep a candidate ending at byte end with err edits, if it is among the
 * CLAIM_FUZZY_CAND best (fewest edits, then nearest the hint).
 */
static void
claim_candidate(struct claim_fuzz *f, size_t end, long err)
{
	size_t	i, w = 0, d, dw;

	if (f->ncand < CLAIM_FUZZY_CAND) {
		f->cand[f->ncand].end = end;
		f->cand[f->ncand++].err = err;
		return;
	}
	for (i = 1; i < f->ncand; i++) {
		d = f->cand[i].end > f->hint ? f->cand[i].end - f->hint :
		    f->hint - f->cand[i].end;
		dw = f->cand[w].end > f->hint ? f->cand[w].end - f->hint :
		    f->hint - f->cand[w].end;
		if (f->cand[i].err > f->cand[w].err ||
		    (f->cand[i].err == f->cand[w].err && d > dw))
			w = i;
	}
	d = end > f->hint ? end - f->hint : f->hint - end;
	dw = f->cand[w].end > f->hint ? f->cand[w].end - f->hint :
	    f->hint - f->cand[w].end;
	if (err < f->cand[w].err || (err == f->cand[w].err && d < dw)) {
		f->cand[w].end = end;
		f->cand[w].err = err;
	}
	/* Now no candidate with more edits than the worst kept is wanted. */
	for (i = 0, f->kmax = 0; i < f->ncand; i++)
		if (f->cand[i].err > f->kmax)
			f->kmax = f->cand[i].err;
}

/* The first and the last ends of a valley's floor are candidates. */
static void
claim_floor(struct claim_fuzz *f, size_t first, size_t last, long err)
{
	if (err > f->kmax)
		return;
	claim_candidate(f, first, err);
	if (last != first && err <= f->kmax)
		claim_candidate(f, last, err);
}

/*
 * Where the match ending at byte end starts: the reversed quote aligned
 * backwards from end (at most m + edits code points, not before the
 * window); of the starts with the fewest edits, the furthest.  *err is
 * set to those edits.
 */
static size_t
claim_start(struct claim_fuzz *f, struct claim_pat *rv, size_t end,
    long *err)
{
	size_t	 a, i, n, l, *off, start = end;
	ucs4_t	*u;
	long	 s, best = LONG_MAX;

	a = claim_back(f->t, f->lo, end, f->m + *err);
	u = xreallocarray(NULL, end - a + 1, sizeof *u);
	off = xreallocarray(NULL, end - a + 1, sizeof *off);
	for (i = a, n = 0; i < end; i += l, n++) {
		off[n] = i;
		if (f->t[i] < 0x80) {
			u[n] = f->t[i];
			l = 1;
		} else
			l = u8_mbtouc(&u[n], f->t + i, end - i);
	}
	claim_pat_reset(rv);
	while (n > 0) {
		n--;
		s = claim_pat_step(rv, u[n], 1);
		if (s <= best) {
			best = s;
			start = off[n];
		}
	}
	free(u);
	free(off);
	*err = best;
	return (start);
}

/*
 * Search the text from byte lo to byte hi: it is scanned once, and where
 * the last row of the table falls to no more than kmax edits and rises
 * again, the first and the last ends of that floor are candidates (a
 * changed last word may be left out or replaced).  Each is then found
 * its start and scored.
 */
static int
claim_search(struct claim_fuzz *f, struct claim_pat *fw,
    struct claim_pat *rv, size_t lo, size_t hi, size_t *start, size_t *end,
    double *score)
{
	const uint8_t	*t = f->t;
	size_t		 i, l, a, e, d, first = 0, bd = SIZE_MAX;
	ucs4_t		 c;
	long		 s, prev, err;
	double		 sc, qs, bs = -1.0;
	int		 down = 0;

	while (lo > 0 && (t[lo] & 0xc0) == 0x80)
		lo--;
	while (hi < f->len && (t[hi] & 0xc0) == 0x80)
		hi++;
	f->lo = lo;
	f->hi = hi;
	f->ncand = 0;
	f->kmax = f->m / 2 < 256 ? f->m / 2 : 256;
	claim_pat_reset(fw);
	prev = f->m;
	for (i = lo; i < hi; i += l) {
		if (t[i] < 0x80) {
			c = t[i];
			l = 1;
		} else
			l = u8_mbtouc(&c, t + i, hi - i);
		s = claim_pat_step(fw, c, 0);
		if (s < prev) {
			down = 1;
			first = i + l;
		} else if (s > prev && down) {
			claim_floor(f, first, i, prev);
			down = 0;
		}
		prev = s;
	}
	if (down)
		claim_floor(f, first, hi, prev);

	for (i = 0; i < f->ncand; i++) {
		e = f->cand[i].end;
		err = f->cand[i].err;
		a = claim_start(f, rv, e, &err);
		if (a == e)
			continue;
		sc = claim_score(f, a, e, err, &qs);
		if (sc < CLAIM_FUZZY_MIN || qs < CLAIM_FUZZY_QUOTESIM ||
		    (f->m < CLAIM_FUZZY_SHORT && qs < CLAIM_FUZZY_SHORTSIM))
			continue;
		d = a > f->hint ? a - f->hint : f->hint - a;
		if (sc > bs || (sc == bs && d < bd)) {
			bs = sc;
			bd = d;
			*start = a;
			*end = e;
			*score = sc;
		}
	}
	return (bs < 0 ? -1 : 0);
}

/*
 * The approximate search, near the hint first (CLAIM_FUZZY_NEAR bytes on
 * either side), then, if nothing there scores enough, in the whole text
 * or as much of it around the hint as CLAIM_FUZZY_WORK allows.
 */
static int
claim_approx(struct claim_fuzz *f, size_t *start, size_t *end,
    double *score)
{
	struct claim_pat	 fw, rv;
	size_t			 h, lo, hi, span;
	long			 k;
	int			 r = -1;

	if (f->m > CLAIM_FUZZY_QUOTE)
		return (-1);
	k = f->m / 2 < 256 ? f->m / 2 : 256;
	claim_pat_init(&fw, f->q, f->m, 0, k);
	claim_pat_init(&rv, f->q, f->m, 1, LONG_MAX / 2);
	h = f->hint < f->len ? f->hint : f->len;
	lo = h > CLAIM_FUZZY_NEAR ? h - CLAIM_FUZZY_NEAR : 0;
	hi = f->len - h > CLAIM_FUZZY_NEAR + 4 * f->m ? h + CLAIM_FUZZY_NEAR +
	    4 * f->m : f->len;
	if (lo > 0 || hi < f->len)
		r = claim_search(f, &fw, &rv, lo, hi, start, end, score);
	if (r != 0) {
		span = CLAIM_FUZZY_WORK / fw.nb;
		lo = 0;
		hi = f->len;
		if (f->len > span) {
			lo = h > span / 2 ? h - span / 2 : 0;
			if (lo + span > f->len)
				lo = f->len - span;
			hi = lo + span;
		}
		r = claim_search(f, &fw, &rv, lo, hi, start, end, score);
	}
	claim_pat_free(&fw);
	claim_pat_free(&rv);
	return (r);
}

/*
 * Widen a range found approximately to whole grapheme clusters (a
 * cluster is looked for no further than 32 code points away).
 */
static void
claim_widen(struct claim_fuzz *f, size_t *start, size_t *end)
{
	char	*brk;
	size_t	 a, b;

	a = claim_back(f->t, 0, *start, 32);
	b = claim_forward(f->t, f->len, *start, 32);
	brk = xmalloc(b - a + 1);
	u8_grapheme_breaks(f->t + a, b - a, brk);
	while (*start > a && !brk[*start - a])
		*start = claim_back(f->t, a, *start, 1);
	free(brk);

	a = claim_back(f->t, 0, *end, 32);
	b = claim_forward(f->t, f->len, *end, 32);
	brk = xmalloc(b - a + 1);
	u8_grapheme_breaks(f->t + a, b - a, brk);
	while (*end < b && !brk[*end - a])
		*end = claim_forward(f->t, b, *end, 1);
	free(brk);
}

/*
 * Find a claim's quote in a text that has changed: the exact occurrence
 * with the best score (context, then nearness to hint, the old start),
 * else the best approximate one that scores enough.  Returns 0 with the
 * range in *start, *end and the score (1.0 at best), or -1.
 */
int
claim_fuzzy(const char *text, size_t len, const char *quote,
    const char *prefix, const char *suffix, size_t hint, size_t *start,
    size_t *end, double *score)
{
	struct claim_fuzz	 f;
	size_t			 n;
	double			 sc = 0.0;
	int			 r = -1;

	if (text == NULL || quote == NULL || len == 0 || *quote == '\0')
		return (-1);
	memset(&f, 0, sizeof f);
	f.t = (const uint8_t *)text;
	f.len = len;
	f.hint = hint;
	if (prefix == NULL)
		prefix = "";
	if (suffix == NULL)
		suffix = "";
	f.q = claim_u32((const uint8_t *)quote, strlen(quote), &f.m);
	f.pre = claim_u32((const uint8_t *)prefix, strlen(prefix), &n);
	if (n > CLAIM_FUZZY_CTX) {
		memmove(f.pre, f.pre + n - CLAIM_FUZZY_CTX, CLAIM_FUZZY_CTX *
		    sizeof *f.pre);
		n = CLAIM_FUZZY_CTX;
	}
	f.npre = n;
	f.suf = claim_u32((const uint8_t *)suffix, strlen(suffix), &n);
	f.nsuf = n > CLAIM_FUZZY_CTX ? CLAIM_FUZZY_CTX : n;

	if (claim_exact(&f, quote, start, end, &sc) == 0)
		r = 0;
	else if (claim_approx(&f, start, end, &sc) == 0) {
		claim_widen(&f, start, end);
		r = 0;
	}
	if (r == 0 && score != NULL)
		*score = sc;
	free(f.q);
	free(f.pre);
	free(f.suf);
	return (r);
}
