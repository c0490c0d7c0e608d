/*
 * fuzz-layout.c: libFuzzer's entry for the layout and the display
 * sanitiser (layout.c, text.c).  The first byte picks the width (1 to 64
 * columns) and the variant (keep-all Korean, emoji as they are); the rest,
 * made valid UTF-8 as import stores it, is wrapped block by block at that
 * width and again at another.  Every line must be a byte range of its
 * block, in order, losing nothing but hanging spaces and hard breaks,
 * and as wide as the sanitiser draws it.  The raw bytes also go through
 * the sanitiser alone: what it gives must be valid UTF-8 with no control,
 * bidi override or other hidden format character left.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "sift.h"

int	fuzz_layout(const uint8_t *, size_t);
#ifndef SIFT_FUZZ_REGRESS
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return (fuzz_layout(data, size));
}
#endif

/* What the sanitiser may never let through to a terminal. */
static int
fuzz_layout_hidden(ucs4_t c, int emoji_full)
{
	return (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
	    c == 0xad || c == 0xfeff || (c >= 0x202a && c <= 0x202e) ||
	    (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f ||
	    c == 0x61c || (!emoji_full && c == 0xfe0f));
}

static void
fuzz_layout_sanitised(const char *s, size_t n, int emoji_full)
{
	struct buf	 b;
	const uint8_t	*p, *e;
	ucs4_t		 c;
	int		 l;

	buf_init(&b);
	(void)text_display(s, n, 0, emoji_full, &b);
	if (b.len == 0)
		return;		/* b.data may be NULL */
	p = (const uint8_t *)b.data;
	e = p + b.len;
	if (u8_check(p, b.len) != NULL)
		abort();
	for (; p < e; p += l) {
		l = u8_mbtouc(&c, p, e - p);
		if (fuzz_layout_hidden(c, emoji_full))
			abort();
	}
	buf_free(&b);
}

/* Are the bytes from a to b only hanging spaces or tabs and hard breaks? */
static int
fuzz_layout_gap(const char *a, const char *b)
{
	const uint8_t	*p = (const uint8_t *)a, *e = (const uint8_t *)b;
	ucs4_t		 c;

	while (p < e) {
		p += u8_mbtouc(&c, p, e - p);
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r' &&
		    c != 0x2028 && c != 0x2029)
			return (0);
	}
	return (1);
}

static void
fuzz_layout_block(struct layout *lo, size_t i, int emoji_full)
{
	const struct layout_line	*ll;
	const struct layout_block	*bl = &lo->blocks[i];
	struct buf			 b;
	size_t				 k, n, at = bl->start;

	ll = layout_block(lo, i, &n);
	if (n == 0)
		abort();
	for (k = 0; k < n; k++) {
		if (ll[k].start < at || ll[k].start > bl->start + bl->len ||
		    ll[k].len > bl->start + bl->len - ll[k].start ||
		    ll[k].width < 0)
			abort();
		if (!fuzz_layout_gap(lo->text + at, lo->text + ll[k].start))
			abort();
		buf_init(&b);
		if (text_display(lo->text + ll[k].start, ll[k].len, 0,
		    emoji_full, &b) != ll[k].width)
			abort();
		buf_free(&b);
		at = ll[k].start + ll[k].len;
	}
	if (!fuzz_layout_gap(lo->text + at, lo->text + bl->start + bl->len))
		abort();
}

int
fuzz_layout(const uint8_t *data, size_t size)
{
	struct layout_opts	 o;
	struct layout		*lo;
	struct buf		 text;
	size_t			 i, bad;

	if (size == 0)
		return (0);
	memset(&o, 0, sizeof o);
	o.width = 1 + (data[0] & 0x3f);
	o.korean_words = (data[0] & 0x40) != 0;
	o.emoji_full = (data[0] & 0x80) != 0;
	data++;
	size--;
	fuzz_layout_sanitised((const char *)data, size, o.emoji_full);

	buf_init(&text);
	(void)text_repair_utf8((const char *)data, size, &text, &bad);
	lo = layout_new(text.data, text.len, &o);
	for (i = 0; i < lo->nblocks; i++)
		fuzz_layout_block(lo, i, o.emoji_full);
	layout_set_width(lo, o.width > 40 ? o.width / 3 : o.width * 2 + 17);
	for (i = 0; i < lo->nblocks; i++)
		fuzz_layout_block(lo, i, o.emoji_full);
	layout_free(lo);
	buf_free(&text);
	return (0);
}
