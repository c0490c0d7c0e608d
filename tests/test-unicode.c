/*
 * test-unicode.c: conformance of the segmentation layout relies on, and
 * the glibc widths it draws with.  Grapheme clusters come from
 * libunistring's u8_grapheme_breaks() (layout, the reader's cursor, claim
 * anchors and search all cut text there) and must match Unicode's
 * GraphemeBreakTest exactly; line breaks come from layout_breaks(), which
 * must match LineBreakTest except for the deviations pinned, one test
 * line each, in tests/linebreak-known.txt.  Word boundaries are not
 * tested: sift never asks for them (search is FTS5 trigrams and a
 * case-folded substring scan), so WordBreakTest would only test
 * libunistring.  The test files are Debian's unicode-data; without them
 * the program is skipped, with TAP's skip plan and status 0 (the TAP
 * driver reports any other status as an error).
 */

#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>

#include "sift.h"
#include "tap.h"

#ifndef UNICODE_AUX
#define UNICODE_AUX	"/usr/share/unicode/auxiliary"
#endif
#define MAX_CPS		64	/* longest test line is about 40 */
#define MAX_SHOWN	5	/* failures printed per file */

/* One test line: its code points and the marker before each of them. */
struct case_line {
	uint32_t	 cps[MAX_CPS];
	size_t		 ncps;
	int		 want[MAX_CPS + 1];	/* 1: ÷, 0: × */
	int		 got[MAX_CPS + 1];
	uint8_t		 s[MAX_CPS * 4];
	size_t		 off[MAX_CPS + 1];	/* byte offset of each */
	size_t		 len;
	char		 p[MAX_CPS * 4];
};

/* A pinned LineBreakTest deviation. */
struct known {
	unsigned long	 lineno;
	char		*cps;
	int		 seen;
};

static struct known	*knowns;
static size_t		 nknowns;

/*
 * Parse "÷ 0020 × 0308 ÷" (the rest after '#' already cut off).  Returns
 * 0 for a line with no code points, -1 for a malformed one.
 */
static int
case_parse(char *line, struct case_line *cl)
{
	char		*tok, *end, *last;
	unsigned long	 v;
	size_t		 i;
	int		 marker = -1, n;

	cl->ncps = 0;
	for (tok = strtok_r(line, " \t\r\n", &last); tok != NULL;
	    tok = strtok_r(NULL, " \t\r\n", &last)) {
		if (strcmp(tok, "÷") == 0 || strcmp(tok, "×") == 0) {
			if (marker != -1)
				return (-1);
			marker = strcmp(tok, "÷") == 0;
			continue;
		}
		errno = 0;
		v = strtoul(tok, &end, 16);
		if (*end != '\0' || errno != 0 || v > 0x10ffff ||
		    marker == -1 || cl->ncps == MAX_CPS)
			return (-1);
		cl->want[cl->ncps] = marker;
		cl->cps[cl->ncps++] = v;
		marker = -1;
	}
	if (cl->ncps == 0)
		return (0);
	if (marker == -1)
		return (-1);
	cl->want[cl->ncps] = marker;

	cl->len = 0;
	for (i = 0; i < cl->ncps; i++) {
		cl->off[i] = cl->len;
		n = u8_uctomb(cl->s + cl->len, cl->cps[i],
		    sizeof cl->s - cl->len);
		if (n <= 0)
			return (-1);
		cl->len += n;
	}
	cl->off[cl->ncps] = cl->len;
	return (1);
}

/* The code points as "0041 000A", as in tests/linebreak-known.txt. */
static void
case_cps(const struct case_line *cl, char *out, size_t size)
{
	size_t	i, used = 0;

	out[0] = '\0';
	for (i = 0; i < cl->ncps && used < size; i++)
		used += snprintf(out + used, size - used, "%s%04lX",
		    i == 0 ? "" : " ", (unsigned long)cl->cps[i]);
}

/* The line with the given markers: "÷ 0041 × 000A ÷". */
static void
case_markers(const struct case_line *cl, const int *m, char *out,
    size_t size)
{
	size_t	i, used = 0;

	out[0] = '\0';
	for (i = 0; i <= cl->ncps && used < size; i++) {
		used += snprintf(out + used, size - used, "%s",
		    m[i] ? "÷" : "×");
		if (i < cl->ncps && used < size)
			used += snprintf(out + used, size - used, " %04lX ",
			    (unsigned long)cl->cps[i]);
	}
}

/*
 * The checks fill cl->got from the function under test and return the
 * first code point whose marker they can tell; the marker at the end of
 * the text is always ÷ and not compared.
 */

/* Grapheme clusters: a cluster starts at every code point start with ÷. */
static int
check_grapheme(struct case_line *cl)
{
	size_t	k;

	u8_grapheme_breaks(cl->s, cl->len, cl->p);
	for (k = 0; k < cl->ncps; k++)
		cl->got[k] = cl->p[cl->off[k]] != 0;
	return (0);
}

/*
 * Line breaks as layout sees them.  libunistring marks a hard break
 * (MANDATORY) on the break character itself, which ends the line and is
 * not printed; the test file puts its ÷ after that character.  So a line
 * may start at k when p says POSSIBLE there or when the code point
 * before k is a MANDATORY one.  CR_BEFORE_LF keeps CR and LF together.
 */
static int
check_line(struct case_line *cl)
{
	size_t	k;

	layout_breaks((const char *)cl->s, cl->len, 0, cl->p);
	for (k = 1; k < cl->ncps; k++)
		cl->got[k] = cl->p[cl->off[k]] == UC_BREAK_POSSIBLE ||
		    cl->p[cl->off[k - 1]] == UC_BREAK_MANDATORY;
	return (1);
}

static struct known *
known_find(unsigned long lineno, const char *cps)
{
	size_t	i;

	for (i = 0; i < nknowns; i++)
		if (knowns[i].lineno == lineno &&
		    strcmp(knowns[i].cps, cps) == 0)
			return (&knowns[i]);
	return (NULL);
}

/* Read "LINENO<TAB>CODE POINTS" lines; '#' starts a comment line. */
static int
known_load(const char *path)
{
	FILE		*f;
	char		 line[1024], *tab, *end;
	unsigned long	 lineno;

	if ((f = fopen(path, "r")) == NULL) {
		printf("# %s: %s\n", path, strerror(errno));
		return (-1);
	}
	while (fgets(line, sizeof line, f) != NULL) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		lineno = strtoul(line, &end, 10);
		if ((tab = strchr(line, '\t')) == NULL || end != tab) {
			printf("# %s: bad line '%s'\n", path, line);
			continue;
		}
		knowns = xreallocarray(knowns, nknowns + 1, sizeof *knowns);
		knowns[nknowns].lineno = lineno;
		knowns[nknowns].cps = xstrdup(tab + 1);
		knowns[nknowns].seen = 0;
		nknowns++;
	}
	fclose(f);
	return (0);
}

/*
 * Run every line of one test file through check and print one result.
 * With pinned set, a line that fails must be in the known list.
 */
static void
conform(const char *name, int (*check)(struct case_line *), int pinned)
{
	struct case_line	 cl;
	struct known		*kn;
	FILE			*f;
	char			 path[1024], line[4096], cps[MAX_CPS * 5];
	char			 want[MAX_CPS * 10], got[MAX_CPS * 10];
	unsigned long		 lineno = 0, total = 0, pass = 0, bad = 0;
	unsigned long		 pins = 0, stray = 0;
	size_t			 k, from;
	int			 r, same;

	snprintf(path, sizeof path, "%s/%s.txt", UNICODE_AUX, name);
	if ((f = fopen(path, "r")) == NULL) {
		ok(0, "%s: cannot open %s: %s", name, path, strerror(errno));
		return;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		lineno++;
		line[strcspn(line, "#")] = '\0';
		memset(&cl, 0, sizeof cl);
		if ((r = case_parse(line, &cl)) == 0)
			continue;
		total++;
		if (r == -1) {
			bad++;
			if (bad <= MAX_SHOWN)
				printf("# %s:%lu: cannot parse\n", name,
				    lineno);
			continue;
		}
		memcpy(cl.got, cl.want, sizeof cl.got);
		from = check(&cl);
		same = 1;
		for (k = from; k < cl.ncps; k++)
			if (!cl.got[k] != !cl.want[k])
				same = 0;
		case_cps(&cl, cps, sizeof cps);
		kn = pinned ? known_find(lineno, cps) : NULL;
		if (kn != NULL)
			kn->seen = 1;
		if (same) {
			pass++;
			if (kn != NULL)
				printf("# %s:%lu now passes; unpin it: "
				    "%lu\t%s\n", name, lineno, lineno, cps);
			continue;
		}
		if (kn != NULL) {
			pins++;
			continue;
		}
		stray++;
		if (!pinned && stray > MAX_SHOWN)
			continue;
		case_markers(&cl, cl.want, want, sizeof want);
		case_markers(&cl, cl.got, got, sizeof got);
		if (pinned)
			printf("# not pinned: %lu\t%s\n", lineno, cps);
		else
			printf("# %s:%lu fails\n", name, lineno);
		printf("#   want: %s\n#   got:  %s\n", want, got);
	}
	fclose(f);

	if (!pinned) {
		ok(total > 0 && pass == total, "%s: %lu/%lu", name, pass,
		    total);
		return;
	}
	for (k = 0; k < nknowns; k++)
		if (!knowns[k].seen)
			printf("# pinned line %lu\t%s is not in %s\n",
			    knowns[k].lineno, knowns[k].cps, name);
	ok(total > 0 && bad == 0 && stray == 0,
	    "%s: %lu/%lu, %lu pinned deviations, %lu not pinned", name, pass,
	    total, pins, stray);
}

/* What text_display_uc makes of one code point between two others. */
static void
display(uint32_t c, uint32_t prev, uint32_t next, int emoji_full,
    int32_t want, int wantw, const char *name)
{
	int32_t	got;
	int	w = -99;

	got = text_display_uc(c, prev, next, emoji_full, &w);
	if (want == -1)
		ok(got == -1, "%s shows as nothing", name);
	else
		ok(got == want && w == wantw, "%s shows as U+%04lX width %d",
		    name, (unsigned long)want, wantw);
	if (got != want || (want != -1 && w != wantw))
		printf("#   got %ld width %d\n", (long)got, w);
}

int
main(void)
{
	static const struct {
		uint32_t	 c, prev, next;
		int		 emoji_full;
		int32_t		 want;	/* -1: nothing */
		int		 width;
		const char	*name;
	} widths[] = {
		{ 0x1faf8, 0, 0, 0, 0xfffd, 1,
		  "U+1FAF8 (Unicode 15, unknown to glibc)" },
		{ 0xad, 'o', 'o', 0, -1, 0, "U+00AD SOFT HYPHEN" },
		{ 0xfeff, 0, 'a', 0, -1, 0, "U+FEFF BOM" },
		{ 0x1b, 0, '[', 0, -1, 0, "ESC" },
		{ 0x9b, 0, '2', 0, -1, 0, "U+009B CSI" },
		{ 0x4e2d, 0, 0, 0, 0x4e2d, 2, "中" },
		{ 'e', 0, 0x301, 0, 'e', 1, "e before U+0301" },
		{ 0x301, 'e', 0, 0, 0x301, 0, "U+0301 after e" },
		{ 0x200d, 0x1f468, 0x1f469, 0, -1, 0,
		  "safe: ZWJ between 👨 and 👩" },
		{ 0xfe0f, 0x2764, 0, 0, -1, 0, "safe: U+FE0F after ❤" },
		{ 0x1f3fd, 0x1f44d, 0, 0, -1, 0, "safe: U+1F3FD after 👍" },
		{ 0x1f44d, 0, 0x1f3fd, 0, 0x1f44d, 2, "safe: 👍 itself" },
		{ 0x200d, 0x1f468, 0x1f469, 1, 0x200d, 0,
		  "full: ZWJ between 👨 and 👩" },
		{ 0xfe0f, 0x2764, 0, 1, 0xfe0f, 0, "full: U+FE0F after ❤" },
		{ 0x1f3fd, 0x1f44d, 0, 1, 0x1f3fd, 2,
		  "full: U+1F3FD after 👍" },
	};
	struct stat	 sb;
	char		 path[1024];
	size_t		 i;
	int		 r;

	setlocale(LC_ALL, "");
	if (stat(UNICODE_AUX, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		printf("1..0 # SKIP no %s (Debian: unicode-data)\n",
		    UNICODE_AUX);
		return (0);
	}

	conform("GraphemeBreakTest", check_grapheme, 0);
	snprintf(path, sizeof path, "%s/tests/linebreak-known.txt",
	    getenv("srcdir") != NULL ? getenv("srcdir") : ".");
	r = known_load(path);
	ok(r == 0, "read %s (%zu lines)", path, nknowns);
	conform("LineBreakTest", check_line, 1);

	ok(strcmp(nl_langinfo(CODESET), "UTF-8") == 0,
	    "the locale's codeset is UTF-8 (%s)", nl_langinfo(CODESET));
	for (i = 0; i < sizeof widths / sizeof widths[0]; i++)
		display(widths[i].c, widths[i].prev, widths[i].next,
		    widths[i].emoji_full, widths[i].want, widths[i].width,
		    widths[i].name);

	for (i = 0; i < nknowns; i++)
		free(knowns[i].cps);
	free(knowns);
	return (tap_done());
}
