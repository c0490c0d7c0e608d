/*
 * fuzz-clean.c: libFuzzer's entry for the classifier alone, on plain
 * text blocks as `sift clean` of a .txt file gives them: the input is
 * imported in the text format (decoded, one block a paragraph or line),
 * then classified without a page's shape, once alone and once with a
 * document frequency for every block (as reclean has from the store).
 * Every verdict must name a block inside the text, in order.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

int	fuzz_clean(const uint8_t *, size_t);
#ifndef SIFT_FUZZ_REGRESS
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return (fuzz_clean(data, size));
}
#endif

/* A block seen in 0 to 6 other articles of the source, by its hash. */
static unsigned
fuzz_clean_df(uint64_t hash, void *arg)
{
	(void)arg;
	return ((unsigned)(hash % 7));
}

static void
fuzz_clean_check(const struct article *a, const struct clean *c)
{
	size_t	i, end = 0;

	for (i = 0; i < c->nblocks; i++) {
		if (c->blocks[i].start < end || c->blocks[i].start > a->len ||
		    c->blocks[i].len > a->len - c->blocks[i].start)
			abort();
		if (c->blocks[i].verdict < VERDICT_CONTENT ||
		    c->blocks[i].verdict > VERDICT_COMMENT)
			abort();
		if (c->blocks[i].reason == NULL ||
		    memchr(c->blocks[i].reason, '\0', CLEAN_REASON_MAX) ==
		    NULL)
			abort();
		end = c->blocks[i].start + c->blocks[i].len;
	}
}

static int
fuzz_clean_article(struct article *a, void *arg)
{
	struct clean	*c;

	(void)arg;
	c = clean_text(a->title, a->text, a->len, a->links, a->nlinks, NULL,
	    NULL, NULL, CLEAN_REASONS);
	fuzz_clean_check(a, c);
	clean_free(c);
	c = clean_text(a->title, a->text, a->len, a->links, a->nlinks, NULL,
	    fuzz_clean_df, NULL, 0);
	fuzz_clean_check(a, c);
	clean_free(c);
	return (0);
}

int
fuzz_clean(const uint8_t *data, size_t size)
{
	struct import_opts	 opts;
	struct importer		*im;

	memset(&opts, 0, sizeof opts);
	opts.format = "text";
	opts.no_hash = 1;
	opts.max_size = size + 1;
	im = import_new(&opts, fuzz_clean_article, NULL, NULL);
	import_buffer(im, "fuzz.txt", (const char *)data, size);
	import_free(im);
	return (0);
}
