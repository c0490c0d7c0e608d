/*
 * test-fuzz.c: the fuzz targets' regression cases.  Every file under
 * tests/fuzz/page and tests/fuzz/json (inputs a fuzzer once found, and
 * hand-made hostile ones) goes through the same entry `make fuzz` runs,
 * built here without libFuzzer; passing means no crash, no sanitizer
 * report (under ASan and UBSan) and no failed check in the entry.
 */

#include "config.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

int	fuzz_page(const uint8_t *, size_t);
int	fuzz_json(const uint8_t *, size_t);

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

	if (srcdir == NULL)
		srcdir = ".";
	dir = xasprintf("%s/tests/fuzz/page", srcdir);
	replay(dir, fuzz_page);
	free(dir);
	dir = xasprintf("%s/tests/fuzz/json", srcdir);
	replay(dir, fuzz_json);
	free(dir);
	/* and nothing at all */
	fuzz_page((const uint8_t *)"", 0);
	fuzz_json((const uint8_t *)"", 0);
	ok(1, "empty inputs");
	return (tap_done());
}
