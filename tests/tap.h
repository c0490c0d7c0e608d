/*
 * tap.h: a tiny Test Anything Protocol emitter for the unit tests.  Each
 * test program includes it once; ok() prints one result line, and
 * tap_done() prints the plan and returns the exit status.
 */

#ifndef TAP_H
#define TAP_H

#include <stdarg.h>
#include <stdio.h>
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

static int __attribute__((unused))
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return (tap_failed != 0);
}

#endif /* TAP_H */
