/*
 * fuzz-json.c: libFuzzer's entry for json.c, strict (JSON Lines) and
 * lenient (a page's JSON-LD): either a tree or a cause, never a crash.
 */

#include "config.h"

#include <stdlib.h>

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

int
fuzz_json(const uint8_t *data, size_t size)
{
	struct json	*j;
	char		*cause = NULL;
	int		 flags;

	for (flags = 0; flags <= JSON_LENIENT; flags += JSON_LENIENT) {
		j = json_parse((const char *)data, size, flags, &cause);
		if ((j == NULL) == (cause == NULL))
			abort();
		json_free(j);
		free(cause);
		cause = NULL;
	}
	return (0);
}
