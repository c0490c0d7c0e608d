/*
 * layout.c: wrapping text to N columns for the terminal, the same for the
 * reader and for `sift show --width N`.  A display line is a byte range
 * of the stored text and its width, so the reader can map the cursor and
 * selections back to the text.
 *
 * The rules: breaks only at UAX #14 opportunities (u8_possible_linebreaks)
 * that are grapheme cluster boundaries (u8_grapheme_breaks); greedy fill;
 * trailing spaces hang (neither counted nor printed); a word or URL wider
 * than a line is broken at the last cluster that fits; a wide character
 * never straddles the margin; widths are glibc's per code point summed per
 * cluster, after the display transform of text.c, so they are what
 * the terminal library will draw.  Tabs stop every 8 columns.  With
 * keep-all, Korean breaks only between words.  Layout is per block and
 * lazy: a block is wrapped when first asked for at a width, then kept.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>

#include "sift.h"

/* Decode one code point; the stored text is valid UTF-8. */
static inline int
layout_dec(ucs4_t *c, const uint8_t *u, size_t n)
{
	if (u[0] < 0x80) {
		*c = u[0];
		return (1);
	}
	if (u[0] >= 0xe0 && u[0] < 0xf0 && n >= 3 && (u[1] & 0xc0) == 0x80 &&
	    (u[2] & 0xc0) == 0x80) {
		*c = (ucs4_t)(u[0] & 0x0f) << 12 | (ucs4_t)(u[1] & 0x3f) << 6 |
		    (u[2] & 0x3f);
		if (*c >= 0x800 && (*c < 0xd800 || *c > 0xdfff))
			return (3);
	}
	return (u8_mbtouc(c, u, n));
}

static int
layout_is_hangul(ucs4_t c)
{
	return ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) ||
	    (c >= 0x3130 && c <= 0x318f));
}

/* Small kana and the prolonged sound mark: UAX #14 class CJ. */
static int
layout_is_cj(ucs4_t c)
{
	switch (c) {
	case 0x3041: case 0x3043: case 0x3045: case 0x3047: case 0x3049:
	case 0x3063: case 0x3083: case 0x3085: case 0x3087: case 0x308e:
	case 0x3095: case 0x3096: case 0x30a1: case 0x30a3: case 0x30a5:
	case 0x30a7: case 0x30a9: case 0x30c3: case 0x30e3: case 0x30e5:
	case 0x30e7: case 0x30ee: case 0x30f5: case 0x30f6: case 0x30fc:
		return (1);
	}
	return ((c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff67 && c <= 0xff70));
}

/* Ideographs and kana (halfwidth too): UAX #14 class ID, or CJ. */
static int
layout_is_ideo(ucs4_t c)
{
	return ((c >= 0x3041 && c <= 0x30ff && c != 0x30a0 && c != 0x30fb) ||
	    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3fffd) ||
	    (c >= 0xff66 && c <= 0xff9d) || layout_is_cj(c));
}

/*
 * The break opportunities of a block, as layout uses them: UAX #14 from
 * libunistring (p[i] is UC_BREAK_POSSIBLE when a line may start at s[i]),
 * with small kana breaking like the kana they follow ("normal" line
 * breaking, as browsers do for Japanese, and as ../shared/bin/check-wrap
 * measures: strict breaking leaves a kana off a line it fits), curly
 * quotes among ideographs
 * breakable outside (Unicode 15.1's LB19a), and with keep-all no break
 * between Hangul syllables.
 */
void
layout_breaks(const char *s, size_t n, int korean_words, char *p)
{
	const uint8_t	*u = (const uint8_t *)s;
	ucs4_t		 c, pc;
	size_t		 i;

	if (n == 0)
		return;
	u8_possible_linebreaks(u, n, "UTF-8", p);
	for (i = 1; i < n; i++) {
		/* Every tailoring below is about a non-ASCII character. */
		if (u[i] < 0xc0 || (p[i] != UC_BREAK_PROHIBITED &&
		    p[i] != UC_BREAK_POSSIBLE) || u8_prev(&pc, u + i, u) == NULL)
			continue;
		u8_mbtouc(&c, u + i, n - i);
		if (p[i] == UC_BREAK_PROHIBITED && layout_is_cj(c) &&
		    layout_is_ideo(pc))
			p[i] = UC_BREAK_POSSIBLE;
		else if (p[i] == UC_BREAK_PROHIBITED && ((c == 0x201c &&
		    layout_is_ideo(pc)) || (pc == 0x201d && layout_is_ideo(c))))
			/* Unicode 15.1 LB19a: curly quotes among ideographs
			 * are East Asian quotes, breakable outside */
			p[i] = UC_BREAK_POSSIBLE;
		else if (p[i] == UC_BREAK_POSSIBLE && korean_words &&
		    layout_is_hangul(pc) && layout_is_hangul(c))
			p[i] = UC_BREAK_PROHIBITED;
	}
}

/* Punctuation that may not start a line (UAX #14 CL, CP, EX, IS, NS). */
static int
layout_no_start(ucs4_t c)
{
	static const ucs4_t	 set[] = {
		',', '.', ':', ';', '!', '?', ')', ']', '}', 0x3001, 0x3002,
		0xff0c, 0xff0e, 0xff1a, 0xff1b, 0xff01, 0xff1f, 0xff09, 0xff3d,
		0xff5d, 0x300d, 0x300f, 0x3011, 0x3015, 0x3009, 0x300b, 0x3017,
		0x3019, 0x301b, 0x3005, 0x309d, 0x309e, 0x30fd, 0x30fe, 0x30fb,
		0x203c, 0x2047, 0x2048, 0x2049, 0x2026, 0x2025, 0x00bb
	};
	size_t			 i;

	for (i = 0; i < sizeof set / sizeof set[0]; i++)
		if (set[i] == c)
			return (1);
	return (0);
}

/* The start of the cluster before i, not before start. */
static size_t
layout_prev_cluster(const uint8_t *u, const char *gb, size_t start,
    size_t i)
{
	(void)u;
	while (i > start) {
		i--;
		if (gb[i] || i == start)
			break;
	}
	return (i);
}

/* The width of [a, b) on a line of its own. */
static int
layout_width(const uint8_t *u, size_t a, size_t b,
    const struct layout_opts *o)
{
	ucs4_t	c, prev = 0, next;
	int	w, col = 0, l;

	while (a < b) {
		l = u8_mbtouc(&c, u + a, b - a);
		next = 0;
		if (a + l < b)
			u8_mbtouc(&next, u + a + l, b - a - l);
		if (c == '\t')
			w = 8 - col % 8;
		else
			(void)text_display_uc(c, prev, next, o->emoji_full,
			    &w);
		col += w;
		prev = c;
		a += l;
	}
	return (col);
}

static void
layout_push(struct layout_line **lines, size_t *n, size_t *size,
    size_t start, size_t len, int width)
{
	if (*n == *size) {
		*size = *size == 0 ? 16 : *size * 2;
		*lines = xreallocarray(*lines, *size, sizeof **lines);
	}
	(*lines)[*n].start = start;
	(*lines)[*n].len = len;
	(*lines)[*n].width = width;
	(*n)++;
}

/*
 * One block being wrapped.  The line is [start, end) and text wide; col
 * also counts the spaces after end.  brk is the last break opportunity,
 * with the line's end and widths as they were there.  Lines go to *lines
 * (*nlines of *size), their starts offsets from base.
 */
struct layout_run {
	const uint8_t			*u;
	size_t				 n;
	const char			*gb;	/* grapheme cluster starts */
	const struct layout_opts	*o;
	size_t				 base;
	struct layout_line		**lines;
	size_t				*nlines;
	size_t				*size;
	size_t				 start, end, brk, brkend;
	int				 col, text, brkcol, brktext;
};

/* Mark in gb the bytes of u that start a grapheme cluster. */
static void
layout_graphemes(const uint8_t *u, size_t n, char *gb)
{
	size_t	i;

	for (i = 0; i < n && u[i] < 0x80; i++)
		/* nothing */;
	if (i == n) {
		/* ASCII: every character is a cluster but CR LF */
		memset(gb, 1, n);
		for (i = 1; i < n; i++)
			if (u[i] == '\n' && u[i - 1] == '\r')
				gb[i] = 0;
	} else
		u8_grapheme_breaks(u, n, gb);
}

/*
 * The cluster that starts at i: returns its end, its width (at column
 * col, for a tab) in *cwp; *prev is its last character.
 */
static size_t
layout_cluster(const struct layout_run *r, size_t i, int col, ucs4_t *prev,
    int *cwp)
{
	const uint8_t	*u = r->u;
	size_t		 j, n = r->n;
	ucs4_t		 c, next;
	int		 cw = 0, w, l = 0;

	if (u[i] >= 0x20 && u[i] < 0x7f && (i + 1 == n || u[i + 1] < 0x80)) {
		/* ASCII followed by ASCII: a cluster of one column */
		*prev = u[i];
		*cwp = 1;
		return (i + 1);
	}
	for (j = i; j < n && (j == i || !r->gb[j]); j += l) {
		l = layout_dec(&c, u + j, n - j);
		if (j > i && (c == '\n' || c == '\r'))
			break;
		next = 0;
		if (j + l < n)
			layout_dec(&next, u + j + l, n - j - l);
		if (c == '\t')
			w = 8 - (col + cw) % 8;
		else
			(void)text_display_uc(c, *prev, next, r->o->emoji_full,
			    &w);
		cw += w;
		*prev = c;
	}
	*cwp = cw;
	return (j);
}

/*
 * The cluster c at i, cw wide, does not fit: end the line at the last
 * break opportunity, and if it still does not fit, before i (or one
 * cluster earlier if i may not start a line).
 */
static void
layout_overflow(struct layout_run *r, size_t i, ucs4_t c, int cw, int width)
{
	size_t	k;

	if (r->brk > r->start) {
		layout_push(r->lines, r->nlines, r->size, r->base + r->start,
		    r->brkend - r->start, r->brktext);
		r->start = r->brk;
		r->col -= r->brkcol;
		r->text = r->end > r->brk ? r->text - r->brkcol : 0;
		if (r->end < r->brk)
			r->end = r->brk;
		/* A tab carried over stops at the new line's columns. */
		if (memchr(r->u + r->start, '\t', i - r->start) != NULL) {
			r->text = layout_width(r->u, r->start, r->end, r->o);
			r->col = layout_width(r->u, r->start, i, r->o);
		}
	}
	if (r->col + cw > width && i > r->start) {
		/* No opportunity left. */
		k = i;
		if (layout_no_start(c) && (k = layout_prev_cluster(r->u, r->gb,
		    r->start, i)) > r->start) {
			r->text = layout_width(r->u, r->start, k, r->o);
			r->end = k;
		} else
			k = i;
		layout_push(r->lines, r->nlines, r->size, r->base + r->start,
		    r->end - r->start, r->text);
		r->start = r->end = k;
		r->col = r->text = k < i ? layout_width(r->u, k, i, r->o) : 0;
		if (k < i)
			r->end = i;
	}
	r->brk = r->start;
}

/*
 * Wrap s (one block; '\n', U+2028 and U+2029 inside are hard breaks) to
 * width columns.  Appends lines whose starts are offsets from base; an
 * empty block gives one empty line.  Returns the number of lines added.
 */
size_t
layout_wrap(const char *s, size_t n, size_t base,
    const struct layout_opts *o, struct layout_line **lines, size_t *nlines,
    size_t *size)
{
	struct layout_run	 r;
	const uint8_t		*u = (const uint8_t *)s;
	char			*gb, *lb;
	size_t			 i, j, before = *nlines;
	ucs4_t			 c, prev = 0;
	int			 cw, l;
	int			 width = o->width < 1 ? 1 : o->width;

	if (n == 0) {
		layout_push(lines, nlines, size, base, 0, 0);
		return (1);
	}
	gb = xmalloc(n);
	lb = xmalloc(n);
	layout_graphemes(u, n, gb);
	layout_breaks(s, n, o->korean_words, lb);

	memset(&r, 0, sizeof r);
	r.u = u;
	r.n = n;
	r.gb = gb;
	r.o = o;
	r.base = base;
	r.lines = lines;
	r.nlines = nlines;
	r.size = size;
	for (i = 0; i < n; i = j) {
		l = layout_dec(&c, u + i, n - i);
		if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
			/* A hard break inside the block. */
			layout_push(lines, nlines, size, base + r.start,
			    r.end - r.start, r.text);
			j = i + l;
			if (c == '\r' && j < n && u[j] == '\n')
				j++;
			r.start = r.end = r.brk = j;
			r.col = r.text = 0;
			prev = 0;
			continue;
		}
		j = layout_cluster(&r, i, r.col, &prev, &cw);
		if (i > r.start && lb[i] == UC_BREAK_POSSIBLE && gb[i]) {
			r.brk = i;
			r.brkend = r.end;
			r.brkcol = r.col;
			r.brktext = r.text;
		}
		if ((c == ' ' || c == '\t') && j == i + 1) {
			/* a space or a tab hangs at the end of a line (not
			   one that carries a combining mark: that is shown) */
			r.col += cw;
			continue;
		}
		if (r.col + cw > width && i > r.start) {
			layout_overflow(&r, i, c, cw, width);
			if (c == '\t') {
				j = i;	/* a tab measures from the new start */
				continue;
			}
		}
		r.col += cw;
		r.text = r.col;
		r.end = j;
	}
	layout_push(lines, nlines, size, base + r.start, r.end - r.start,
	    r.text);
	free(gb);
	free(lb);
	return (*nlines - before);
}

/*
 * A whole text (blocks separated by '\n') laid out lazily: a block is
 * wrapped the first time it is asked for at the current width.
 */
struct layout *
layout_new(const char *text, size_t len, const struct layout_opts *o)
{
	struct layout	*lo;
	const char	*p = text, *e = text + len, *nl;
	size_t		 n = 1;

	lo = xcalloc(1, sizeof *lo);
	lo->text = text;
	lo->len = len;
	lo->opts = *o;
	for (nl = text; len > 0 && (nl = memchr(nl, '\n', e - nl)) != NULL;
	    nl++)
		n++;
	lo->blocks = xcalloc_dense(n, sizeof *lo->blocks);
	while (p <= e && len > 0) {
		nl = memchr(p, '\n', e - p);
		if (nl == NULL)
			nl = e;
		lo->blocks[lo->nblocks].start = p - text;
		lo->blocks[lo->nblocks].len = nl - p;
		lo->nblocks++;
		if (nl == e)
			break;
		p = nl + 1;
	}
	return (lo);
}

void
layout_free(struct layout *lo)
{
	size_t	i;

	if (lo == NULL)
		return;
	for (i = 0; i < lo->nblocks; i++)
		free(lo->blocks[i].lines);
	free(lo->blocks);
	free(lo);
}

/* Change the width; blocks are wrapped again when next asked for. */
void
layout_set_width(struct layout *lo, int width)
{
	size_t	i;

	if (width == lo->opts.width)
		return;
	lo->opts.width = width;
	for (i = 0; i < lo->nblocks; i++) {
		free(lo->blocks[i].lines);
		lo->blocks[i].lines = NULL;
		lo->blocks[i].nlines = 0;
		lo->blocks[i].wrapped = 0;
	}
}

/* The display lines of block i at the current width. */
const struct layout_line *
layout_block(struct layout *lo, size_t i, size_t *nlines)
{
	struct layout_block	*b = &lo->blocks[i];
	size_t			 size = 0;

	if (!b->wrapped) {
		layout_wrap(lo->text + b->start, b->len, b->start, &lo->opts,
		    &b->lines, &b->nlines, &size);
		b->wrapped = 1;
	}
	*nlines = b->nlines;
	return (b->lines);
}

/* Print one display line, sanitised, without its trailing spaces. */
void
layout_print_line(FILE *fp, const char *text, const struct layout_line *l,
    int emoji_full)
{
	struct buf	b;

	buf_init(&b);
	text_display(text + l->start, l->len, 0, emoji_full, &b);
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.len--;
	if (b.len > 0)
		fwrite(b.data, 1, b.len, fp);
	fputc('\n', fp);
	buf_free(&b);
}
