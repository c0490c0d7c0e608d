/*
 * test-fuzz.c: the fuzz targets' regression cases.  Every file under
 * tests/fuzz/<target>/ (inputs a fuzzer once found, and hand-made hostile
 * ones) goes through the same entry `make fuzz` runs for that target,
 * built here without libFuzzer; passing means no crash, no sanitizer
 * report (under ./configure --enable-sanitizers) and no failed check in
 * the entry, which aborts.
 */

#include "config.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

int	fuzz_page(const uint8_t *, size_t);
int	fuzz_json(const uint8_t *, size_t);
int	fuzz_rss(const uint8_t *, size_t);
int	fuzz_text(const uint8_t *, size_t);
int	fuzz_clean(const uint8_t *, size_t);
int	fuzz_layout(const uint8_t *, size_t);
int	fuzz_claims(const uint8_t *, size_t);
int	fuzz_pattern(const uint8_t *, size_t);

/* The targets of fuzz/, each with its folder under tests/fuzz. */
static const struct {
	const char	*name;
	int		(*fn)(const uint8_t *, size_t);
} targets[] = {
	{ "page", fuzz_page },
	{ "json", fuzz_json },
	{ "rss", fuzz_rss },
	{ "text", fuzz_text },
	{ "clean", fuzz_clean },
	{ "layout", fuzz_layout },
	{ "claims", fuzz_claims },
	{ "pattern", fuzz_pattern },
};

static char *
slurp(const char *path, size_t *n)
{
	struct buf	 b;
	FILE		*fp;
	char		 chunk[65536];
	size_t		 got;

	if ((fp = fopen(path, "rb")) == NULL)
		return (NULL);
	buf_init(&b);
	while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, got);
	fclose(fp);
	*n = b.len;
	return (buf_release(&b));
}

static void
replay(const char *dir, int (*fn)(const uint8_t *, size_t))
{
	DIR		*dp;
	struct dirent	*de;
	char		*path, *s;
	size_t		 n, count = 0;

	if ((dp = opendir(dir)) == NULL) {
		ok(0, "%s: cannot be read", dir);
		return;
	}
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		path = xasprintf("%s/%s", dir, de->d_name);
		if ((s = slurp(path, &n)) != NULL) {
			fn((const uint8_t *)s, n);
			free(s);
			count++;
		}
		free(path);
	}
	closedir(dp);
	ok(count > 0, "%s: %zu cases replayed", dir, count);
}

int
main(void)
{
	const char	*srcdir = getenv("srcdir");
	char		*dir;
	size_t		 i;

	if (srcdir == NULL)
		srcdir = ".";
	for (i = 0; i < sizeof targets / sizeof targets[0]; i++) {
		dir = xasprintf("%s/tests/fuzz/%s", srcdir, targets[i].name);
		replay(dir, targets[i].fn);
		free(dir);
		/* and nothing at all */
		targets[i].fn((const uint8_t *)"", 0);
		ok(1, "%s: the empty input", targets[i].name);
	}
	return (tap_done());
}
