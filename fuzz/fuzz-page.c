/*
 * fuzz-page.c: libFuzzer's entry for what sift reads from the web: the
 * bytes go through import as a file would (format and encoding found,
 * HTML through libxml2 with its dom and metadata, JSON-LD, the RSS dump
 * form, JSON Lines, text), then the classifier with the page's shape,
 * and the dom's stored form is read back; the bytes are read as a
 * stored form too.  A crash, a sanitizer's report
 * or a dom that does not read back the same is a finding; each goes to
 * tests/fuzz/ as a regression case.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

int	fuzz_page(const uint8_t *, size_t);
#ifndef SIFT_FUZZ_REGRESS
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return (fuzz_page(data, size));
}
#endif

static int
fuzz_article(struct article *a, void *arg)
{
	struct clean	*c;
	struct dom	*d;
	struct buf	 b;

	(void)arg;
	c = clean_text(a->title, a->text, a->len, a->links, a->nlinks,
	    a->dom, NULL, NULL, CLEAN_REASONS);
	clean_free(c);
	if (a->dom != NULL) {
		buf_init(&b);
		dom_pack(a->dom, &b);
		d = dom_unpack(b.data, b.len);
		if (d == NULL || d->nnodes != a->dom->nnodes ||
		    d->nblocks != a->dom->nblocks)
			abort();
		dom_free(d);
		buf_free(&b);
	}
	return (0);
}

int
fuzz_page(const uint8_t *data, size_t size)
{
	struct import_opts	 opts;
	struct importer		*im;

	/* the same bytes as a stored page shape, as a damaged store has */
	dom_free(dom_unpack(data, size));
	memset(&opts, 0, sizeof opts);
	opts.no_hash = 1;
	opts.max_size = size + 1;
	im = import_new(&opts, fuzz_article, NULL, NULL);
	import_buffer(im, "fuzz.html", (const char *)data, size);
	import_free(im);
	opts.format = "html";
	im = import_new(&opts, fuzz_article, NULL, NULL);
	import_buffer(im, "fuzz.html", (const char *)data, size);
	import_free(im);
	return (0);
}
