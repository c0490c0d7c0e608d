/*
 * test-tagset.c: the tag-set file.  Good files give their tags, keys,
 * descriptions and families; each wrong line is refused with its fault
 * and line number and nothing of the set kept; what tagset_write prints
 * reads back the same.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tagset.h"
#include "tap.h"

/* A string as a stream to parse. */
static int
parse(const char *text, size_t len, struct tagset *ts,
    struct tagset_error *e)
{
	FILE	*fp;
	int	 rc;

	if (len == 0)	/* fmemopen may refuse an empty buffer */
		fp = fopen("/dev/null", "r");
	else
		fp = fmemopen((void *)text, len, "r");
	if (fp == NULL) {
		ok(0, "fmemopen");
		exit(1);
	}
	rc = tagset_parse(fp, ts, e);
	fclose(fp);
	return (rc);
}

/* The set as one line: "key:name:description" a tag, then "family/". */
static char *
flatten(const struct tagset *ts)
{
	struct buf	b;
	size_t		i;

	buf_init(&b);
	for (i = 0; i < ts->ntags; i++)
		buf_printf(&b, "%s%s:%s:%s", i ? " " : "",
		    ts->tags[i].key != NULL ? ts->tags[i].key : "-",
		    ts->tags[i].name, ts->tags[i].description != NULL ?
		    ts->tags[i].description : "");
	for (i = 0; i < ts->nfamilies; i++)
		buf_printf(&b, " %s/", ts->families[i]);
	if (b.data == NULL)
		buf_adds(&b, "");
	return (b.data);
}

static void
test_good(void)
{
	static const struct {
		const char	*in;
		const char	*want;
	} t[] = {
		{ "", "" },
		{ "# only a comment\n\n   \n", "" },
		{ "1 a/b", "1:a/b:" },
		{ "1 a/b first\n2\tc  \n- d/e desc here  \n",
		  "1:a/b:first 2:c: -:d/e:desc here" },
		{ "  3   x   two  words \t\r\n", "3:x:two  words" },
		{ "exclusive a/*\nexclusive d/\nexclusive e\n",
		  " a/ d/ e/" },
		{ "9 stance/for\n# c\nexclusive stance/*\n",
		  "9:stance/for: stance/" },
		{ "1 \xe5\x8f\xb0\xe9\xa2\xa8 \xe6\x94\xaf\xe6\x8c\x81\n",
		  "1:\xe5\x8f\xb0\xe9\xa2\xa8:\xe6\x94\xaf\xe6\x8c\x81" },
	};
	struct tagset		 ts;
	struct tagset_error	 e;
	char			*got;
	size_t			 i;
	int			 rc;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		rc = parse(t[i].in, strlen(t[i].in), &ts, &e);
		ok(rc == 0, "good %zu parses", i);
		got = flatten(&ts);
		is_str(got, t[i].want, "good set");
		free(got);
		tagset_free(&ts);
	}
}

static void
test_bad(void)
{
	static const struct {
		const char		*in;
		size_t			 len;	/* 0: strlen */
		enum tagset_fault	 fault;
		size_t			 line;
		const char		*text;	/* NULL: any */
	} t[] = {
		{ "1 a/b\n0 x\n", 0, TAGSET_BAD_KEY, 2, "0" },
		{ "10 x\n", 0, TAGSET_BAD_KEY, 1, "10" },
		{ "a x\n", 0, TAGSET_BAD_KEY, 1, "a" },
		{ "1 a/b\n\xff\n", 0, TAGSET_NOT_UTF8, 2, NULL },
		{ "1 a\0b\n", 6, TAGSET_NOT_UTF8, 1, NULL },
		{ "1 a/b\nexclusive a/* more\n", 0, TAGSET_BAD_LINE, 2, NULL },
		{ "exclusive Bad Tag\n", 0, TAGSET_BAD_LINE, 1, NULL },
		{ "1\n", 0, TAGSET_BAD_LINE, 1, NULL },
		{ "# fine\n1 ok\n2 a;b\n", 0, TAGSET_BAD_LINE, 3, NULL },
		{ "- \"x\n3  \n", 0, TAGSET_BAD_LINE, 2, NULL },
	};
	struct tagset		 ts;
	struct tagset_error	 e;
	size_t			 i, len;
	int			 rc;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		len = t[i].len != 0 ? t[i].len : strlen(t[i].in);
		rc = parse(t[i].in, len, &ts, &e);
		ok(rc == -1, "bad %zu refused", i);
		ok(e.fault == t[i].fault, "bad %zu: fault %d", i, e.fault);
		ok(e.line == t[i].line, "bad %zu: line %zu", i, e.line);
		if (t[i].text != NULL)
			is_str(e.text, t[i].text, "bad: the key named");
		else if (t[i].fault == TAGSET_BAD_LINE)
			ok(e.text != NULL && *e.text != '\0',
			    "bad %zu: a cause", i);
		ok(ts.ntags == 0 && ts.nfamilies == 0 && ts.tags == NULL &&
		    ts.families == NULL, "bad %zu: nothing kept", i);
		free(e.text);
	}
}

/* What tagset_write prints, tagset_parse reads back the same. */
static void
test_round_trip(void)
{
	static const char	*in = "1 a/b first\n- d/e desc here\n"
	    "2 c\nexclusive a/*\n";
	struct store_tag	 extra = { (char *)"plain", NULL, NULL, 3, 0 };
	struct tagset		 ts, back;
	struct tagset_error	 e;
	struct store_tag	*t;
	char			*out = NULL, *a, *b;
	size_t			 size = 0, i;
	FILE			*fp;

	ok(parse(in, strlen(in), &ts, &e) == 0, "round trip: parses");
	t = xreallocarray(NULL, ts.ntags + 1, sizeof *t);
	for (i = 0; i < ts.ntags; i++)
		t[i] = ts.tags[i];
	t[ts.ntags] = extra;	/* no key, no description: not written */
	fp = open_memstream(&out, &size);
	tagset_write(fp, t, ts.ntags + 1, ts.families, ts.nfamilies);
	fclose(fp);
	free(t);
	is_str(out, "1\ta/b\tfirst\n-\td/e\tdesc here\n2\tc\n"
	    "exclusive\ta/*\n", "round trip: written");
	ok(parse(out, size, &back, &e) == 0, "round trip: reads back");
	a = flatten(&ts);
	b = flatten(&back);
	is_str(b, a, "round trip: the same set");
	free(a);
	free(b);
	free(out);
	tagset_free(&ts);
	tagset_free(&back);
	tagset_free(&back);	/* freeing an empty set is harmless */
}

int
main(void)
{
	test_good();
	test_bad();
	test_round_trip();
	return (tap_done());
}
