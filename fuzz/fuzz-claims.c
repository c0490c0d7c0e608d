/*
 * fuzz-claims.c: libFuzzer's entry for what `sift import-claims` reads:
 * a claim export, JSON Lines and W3C (claim_read), each claim placed in a
 * small text as import-claims places it.  A placed claim must lie inside
 * the text.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

static const char fuzz_claims_text[] = "Officials denied the report on "
    "Monday. "
    "\xe5\x9b\xbd\xe9\x98\xb2\xe9\x83\xa8\xe6\x8b\x92\xe7\xbb\x9d\xe8\xaf"
    "\x84\xe8\xae\xba\xe3\x80\x82";

int	fuzz_claims(const uint8_t *, size_t);
#ifndef SIFT_FUZZ_REGRESS
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return (fuzz_claims(data, size));
}
#endif

static int
fuzz_claims_one(struct claim *c, const char *hash, const char *url,
    int64_t cp, void *arg)
{
	size_t	n = strlen(fuzz_claims_text);

	(void)hash;
	(void)url;
	(void)arg;
	if (c->quote == NULL)
		return (0);
	claim_place(c, fuzz_claims_text, n, cp);
	if (!c->orphaned && (c->start > c->end || c->end > n))
		abort();
	return (0);
}

/* A done mark: any field may be missing; each is read to its end. */
static int
fuzz_claims_done(const char *hash, const char *url, const char *who,
    const char *at, void *arg)
{
	size_t	n = 0;

	(void)arg;
	n += hash != NULL ? strlen(hash) : 0;
	n += url != NULL ? strlen(url) : 0;
	n += who != NULL ? strlen(who) : 0;
	n += at != NULL ? strlen(at) : 0;
	return (n == (size_t)-1);
}

int
fuzz_claims(const uint8_t *data, size_t size)
{
	char	*doc, *cause = NULL;
	int	 w3c;

	doc = xmalloc(size + 1);
	memcpy(doc, data, size);
	doc[size] = '\0';
	for (w3c = 0; w3c <= 1; w3c++) {
		claim_read(doc, w3c, fuzz_claims_one, fuzz_claims_done, NULL,
		    &cause);
		free(cause);
		cause = NULL;
	}
	free(doc);
	return (0);
}
