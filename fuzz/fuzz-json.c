/*
 * fuzz-json.c: libFuzzer's entry for json.c, strict (JSON Lines) and
 * lenient (a page's JSON-LD): either a tree or a cause, never a crash;
 * then the reader built on it for the files import takes, a JSON Lines
 * record of articles (json_record_parse), and the same bytes imported as
 * a JSON Lines file, a record a line.  Claim exports have their own
 * target, fuzz-claims.c.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

int	fuzz_json(const uint8_t *, size_t);
#ifndef SIFT_FUZZ_REGRESS
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return (fuzz_json(data, size));
}
#endif

/* A record's article: valid UTF-8, its links inside its text. */
static int
fuzz_json_article(struct article *a, void *arg)
{
	size_t	i;

	(void)arg;
	if (!utf8_valid(a->text, a->len))
		abort();
	for (i = 0; i < a->nlinks; i++)
		if (a->links[i].start > a->len ||
		    a->links[i].len > a->len - a->links[i].start)
			abort();
	return (0);
}

int
fuzz_json(const uint8_t *data, size_t size)
{
	struct json		*j;
	struct json_record	 r;
	struct import_opts	 opts;
	struct importer		*im;
	char			*cause = NULL;
	int			 flags;

	for (flags = 0; flags <= JSON_LENIENT; flags += JSON_LENIENT) {
		j = json_parse((const char *)data, size, flags, &cause);
		if ((j == NULL) == (cause == NULL))
			abort();
		json_free(j);
		free(cause);
		cause = NULL;
	}
	if (json_record_parse((const char *)data, size, &r, &cause) == 0)
		json_record_clear(&r);
	free(cause);
	cause = NULL;

	memset(&opts, 0, sizeof opts);
	opts.format = "jsonl";
	opts.no_hash = 1;
	opts.max_size = size + 1;
	im = import_new(&opts, fuzz_json_article, NULL, NULL);
	import_buffer(im, "fuzz.jsonl", (const char *)data, size);
	import_free(im);
	return (0);
}
