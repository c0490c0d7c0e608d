/*
 * fuzz-rss.c: libFuzzer's entry for the RSS dump reader (import_rss
 * through import_buffer with --format rss): the "<!--EPOCH_MS-->" stamp,
 * the "[title](url)" line, the rule and the page below it, or, when the
 * header is not there, the whole input read as HTML.  Every article it
 * gives must be valid UTF-8 with its links inside its text.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

int	fuzz_rss(const uint8_t *, size_t);
#ifndef SIFT_FUZZ_REGRESS
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return (fuzz_rss(data, size));
}
#endif

static int
fuzz_rss_article(struct article *a, void *arg)
{
	size_t	i;

	(void)arg;
	if (!utf8_valid(a->text, a->len) || (a->title != NULL &&
	    !utf8_valid(a->title, strlen(a->title))))
		abort();
	for (i = 0; i < a->nlinks; i++)
		if (a->links[i].start > a->len ||
		    a->links[i].len > a->len - a->links[i].start)
			abort();
	return (0);
}

int
fuzz_rss(const uint8_t *data, size_t size)
{
	struct import_opts	 opts;
	struct importer		*im;
	const char		*formats[] = { "rss", NULL };
	size_t			 i;

	for (i = 0; i < sizeof formats / sizeof formats[0]; i++) {
		memset(&opts, 0, sizeof opts);
		opts.format = formats[i];
		opts.no_hash = 1;
		opts.max_size = size + 1;
		im = import_new(&opts, fuzz_rss_article, NULL, NULL);
		import_buffer(im, "fuzz.txt", (const char *)data, size);
		import_free(im);
	}
	return (0);
}
