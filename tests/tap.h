/*
 * tap.h: a tiny Test Anything Protocol emitter for the unit tests.  Each
 * test program includes it once; ok() prints one result line, and
 * tap_done() prints the plan and returns the exit status.
 */

#ifndef TAP_H
#define TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_n, tap_failed;

static int __attribute__((format(printf, 2, 3)))
ok(int cond, const char *fmt, ...)
{
	va_list	 ap;
	char	 name[256], *nl;

	tap_n++;
	if (!cond)
		tap_failed++;
	printf("%sok %d - ", cond ? "" : "not ", tap_n);
	va_start(ap, fmt);
	vsnprintf(name, sizeof name, fmt, ap);
	va_end(ap);
	if ((nl = strchr(name, '\n')) != NULL)
		*nl = '\0';	/* a TAP line has one line */
	printf("%s\n", name);
	fflush(stdout);
	return (cond);
}

/* Compare two strings; on a mismatch print both as TAP diagnostics. */
static int __attribute__((unused))
is_str(const char *got, const char *want, const char *name)
{
	int	same;

	if (got == NULL || want == NULL)
		same = got == want;
	else
		same = strcmp(got, want) == 0;
	ok(same, "%s", name);
	if (!same) {
		printf("#   got:  '%s'\n", got == NULL ? "(null)" : got);
		printf("#   want: '%s'\n", want == NULL ? "(null)" : want);
	}
	return (same);
}

/*
 * The store a test opens: $SIFT_TEST_STORE, a fresh PostgreSQL database
 * that tests/unit-on-pg.sh made for this run, when set; else PATH, a
 * SQLite file in the test's temporary directory.
 */
static __attribute__((unused)) const char *
tap_store(const char *path)
{
	const char	*url = getenv("SIFT_TEST_STORE");

	return (url != NULL && *url != '\0' ? url : path);
}

static int __attribute__((unused))
tap_on_pg(void)
{
	return (*tap_store("") != '\0');
}

/* N results that do not apply here, each shown as skipped. */
static void __attribute__((unused))
tap_skip(int n, const char *why)
{
	while (n-- > 0)
		printf("ok %d # SKIP %s\n", ++tap_n, why);
}

static int __attribute__((unused))
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return (tap_failed != 0);
}

#endif /* TAP_H */
