/*
 * fuzz-json.c: libFuzzer's entry for json.c, strict (JSON Lines) and
 * lenient (a page's JSON-LD): either a tree or a cause, never a crash;
 * then the readers built on it that take files from outside: a JSON
 * Lines record of articles (json_record_parse) and a claim export, JSON
 * Lines and W3C (claim_read), each claim placed in a small text as
 * sift import-claims places it.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

static const char fuzz_text[] = "Officials denied the report on Monday. "
    "\xe5\x9b\xbd\xe9\x98\xb2\xe9\x83\xa8\xe6\x8b\x92\xe7\xbb\x9d\xe8\xaf\x84\xe8\xae\xba\xe3\x80\x82";

static int
fuzz_claim(struct claim *c, const char *hash, const char *url, int64_t cp,
    void *arg)
{
	(void)hash;
	(void)url;
	(void)arg;
	if (c->quote == NULL)
		return (0);
	claim_place(c, fuzz_text, strlen(fuzz_text), cp);
	if (!c->orphaned && (c->start > c->end ||
	    c->end > strlen(fuzz_text)))
		abort();
	return (0);
}

int	fuzz_json(const uint8_t *, size_t);
#ifndef SIFT_FUZZ_REGRESS
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return (fuzz_json(data, size));
}
#endif

int
fuzz_json(const uint8_t *data, size_t size)
{
	struct json		*j;
	struct json_record	 r;
	char			*cause = NULL, *doc;
	int			 flags, w3c;

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
	doc = xmalloc(size + 1);
	memcpy(doc, data, size);
	doc[size] = '\0';
	for (w3c = 0; w3c <= 1; w3c++) {
		claim_read(doc, w3c, fuzz_claim, NULL, &cause);
		free(cause);
		cause = NULL;
	}
	free(doc);
	return (0);
}
