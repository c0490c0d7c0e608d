/*
 * test-export.c: the claim exports, through export_claims() on a store
 * in a temporary directory holding one made-up article and three claims:
 * CSV (RFC 4180 quoting, CRLF, formula-looking cells defused), JSON Lines
 * (control characters escaped, text beyond the BMP as UTF-8, offsets in
 * code points and bytes, an orphan's nulls) and the W3C Web Annotation
 * collection (its fields, a body per tag and for the note, the
 * selectors, positions in code points).
 */

#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

static char	dir[] = "/tmp/sift-export.XXXXXX";

/*
 * The article: "Le café 😀 dit: " is 19 bytes and 15 code points (é is
 * two bytes, the emoji U+1F600 four), so the first quote starts at byte
 * 19, code point 15.
 */
#define TEXT	"Le caf\303\251 \360\237\230\200 dit: \"Ports, reopen\" " \
		"today, \360\240\200\213 too.\nA second line."

static int64_t
add_article(struct store *s)
{
	struct article	a;
	char		*sq, *cause = NULL;
	size_t		 len;
	int		 rc;

	memset(&a, 0, sizeof a);
	a.title = (char *)"Harbour notes";
	a.text = (char *)TEXT;
	a.len = strlen(TEXT);
	a.source = (char *)"test";
	a.lang = (char *)"fr";
	a.format = "text";
	a.raw = TEXT;
	a.rawlen = a.len;
	sq = text_squeeze(a.text, a.len, &len);
	sha256_hex(sq, len, a.hash);
	free(sq);
	rc = store_add_article(s, &a, &cause);
	if (rc != 1) {
		printf("# adding the article: %s\n", cause);
		free(cause);
		return (-1);
	}
	return (a.id);
}

/* A claim on quote in the article, or an orphan when quote is absent. */
static void
add_claim(struct store *s, int64_t article, const char *quote,
    const char *uuid, const char **tags, size_t ntags, const char *note,
    const char *claimant)
{
	struct claim	 cl;
	char		*cause = NULL;

	memset(&cl, 0, sizeof cl);
	cl.article_id = article;
	if (claim_find(TEXT, strlen(TEXT), quote, &cl.start, &cl.end) > 0)
		claim_context(&cl, TEXT, strlen(TEXT));
	else {
		cl.orphaned = 1;
		cl.quote = xstrdup(quote);
		cl.prefix = xstrdup("");
		cl.suffix = xstrdup("");
	}
	snprintf(cl.uuid, sizeof cl.uuid, "%s", uuid);
	snprintf(cl.created, sizeof cl.created, "2024-05-01T10:00:00Z");
	cl.annotator = "tester";
	cl.note = note;
	cl.claimant = claimant;
	cl.tags = tags;
	cl.ntags = ntags;
	if (store_add_claim(s, &cl, &cause) < 0) {
		printf("# adding a claim: %s\n", cause);
		free(cause);
	}
	free(cl.quote);		/* the claim's own (src/sift.h) */
	free(cl.prefix);
	free(cl.suffix);
}

/* Export in format to a string. */
static char *
export(struct store *s, int format, const char *tag, long *n)
{
	FILE	*fp = tmpfile();
	char	*cause = NULL, *out;
	long	 size;

	*n = export_claims(s, format, tag, 0, NULL, NULL, fp, &cause);
	if (*n < 0) {
		printf("# export: %s\n", cause);
		free(cause);
	}
	size = ftell(fp);
	out = xmalloc(size + 1);
	rewind(fp);
	if (fread(out, 1, size, fp) != (size_t)size)
		size = 0;
	out[size] = '\0';
	fclose(fp);
	return (out);
}

/* The record of s that contains what (records end in eol), as a string. */
static char *
record_with(const char *s, const char *what, const char *eol)
{
	const char	*p = strstr(s, what), *a, *b;
	size_t		 n = strlen(eol);

	if (p == NULL)
		return (xstrdup(""));
	for (a = p; a - s >= (ptrdiff_t)n && strncmp(a - n, eol, n) != 0; a--)
		;
	if (a - s < (ptrdiff_t)n)
		a = s;
	if ((b = strstr(p, eol)) == NULL)
		b = p + strlen(p);
	return (xstrndup(a, b - a));
}

static char *
line_with(const char *s, const char *what)
{
	return (record_with(s, what, "\n"));
}

static size_t
count(const char *s, const char *what)
{
	size_t	n = 0;

	while ((s = strstr(s, what)) != NULL) {
		n++;
		s += strlen(what);
	}
	return (n);
}

static void
has(const char *s, const char *want, const char *name)
{
	ok(strstr(s, want) != NULL, "%s", name);
	if (strstr(s, want) == NULL)
		printf("#   no '%s' in:\n#   %.300s\n", want, s);
}

#define U1	"11111111-1111-4111-8111-111111111111"
#define U2	"22222222-2222-4222-8222-222222222222"
#define U3	"33333333-3333-4333-8333-333333333333"

int
main(void)
{
	struct store	*s;
	char		*cause = NULL, *path, *out, *line;
	const char	*tags1[] = { "trade/ports", "quote" };
	const char	*tags2[] = { "trade/ports" };
	const char	*tags3[] = { "lost" };
	int64_t		 id;
	long		 n;

	if (mkdtemp(dir) == NULL)
		return (99);
	path = xasprintf("%s/t.db", dir);
	if ((s = store_open(tap_store(path), &cause)) == NULL) {
		printf("1..0 # SKIP no store: %s\n", cause);
		return (0);
	}
	store_begin(s, &cause);
	id = add_article(s);
	ok(store_commit(s, &cause) == 0 && id > 0, "the article stored");
	add_claim(s, id, "\"Ports, reopen\"", U1, tags1, 2,
	    "first, \"checked\"", NULL);
	add_claim(s, id, "today, \360\240\200\213 too.", U2, tags2, 1,
	    "line one\nsaid\ttwice \001\177 end", "=HYPERLINK(\"x\")");
	add_claim(s, id, "a sentence no longer there", U3, tags3, 1, NULL,
	    "-the mayor");

	/* CSV */
	out = export(s, EXPORT_CSV, NULL, &n);
	ok(n == 3, "CSV: three claims exported (%ld)", n);
	ok(strncmp(out, "claim_id,article_id,article_url,article_title,"
	    "article_sha,quote,prefix,suffix,start,end,byte_start,byte_end,"
	    "tags,note,claimant,annotator,created,modified,anchor,uuid\r\n",
	    strlen("claim_id,article_id,article_url,article_title,"
	    "article_sha,quote,prefix,suffix,start,end,byte_start,byte_end,"
	    "tags,note,claimant,annotator,created,modified,anchor,uuid\r\n"))
	    == 0, "CSV: the header row first, ended by CRLF");
	ok(count(out, "\r\n") == 4 && strlen(out) > 2 &&
	    strcmp(out + strlen(out) - 2, "\r\n") == 0,
	    "CSV: a header and three rows, each ended by CRLF");
	line = record_with(out, U1, "\r\n");
	has(line, ",\"\"\"Ports, reopen\"\"\",",
	    "CSV: a quote with commas and quotes is quoted, quotes doubled");
	has(line, ",15,30,19,34,", "CSV: code points, then bytes");
	has(line, ",quote;trade/ports,", "CSV: the tags, sorted, ';' between");
	has(line, ",\"first, \"\"checked\"\"\",", "CSV: a note quoted");
	has(line, ",Harbour notes,", "CSV: a plain cell is bare");
	free(line);
	has(out, ",\"line one\nsaid\ttwice \001\177 end\",",
	    "CSV: a newline inside a quoted cell is kept");
	has(out, ",\"'=HYPERLINK(\"\"x\"\")\",",
	    "CSV: a formula-looking cell gets a leading quote");
	line = record_with(out, U3, "\r\n");
	has(line, ",\"'-the mayor\",", "CSV: so does one starting with -");
	has(line, ",,,,,lost,", "CSV: an orphan's offsets are empty");
	free(line);
	free(out);

	/* JSON Lines */
	out = export(s, EXPORT_JSONL, NULL, &n);
	ok(n == 3, "JSON Lines: three claims (%ld)", n);
	ok(count(out, "\n") == 3 && out[strlen(out) - 1] == '\n',
	    "JSON Lines: three lines");
	line = line_with(out, U2);
	ok(line[0] == '{' && line[strlen(line) - 1] == '}',
	    "JSON Lines: one object a line");
	has(line, "\"note\":\"line one\\nsaid\\ttwice \\u0001\\u007f end\"",
	    "JSON Lines: control characters escaped");
	has(line, "\"quote\":\"today, \360\240\200\213 too.\"",
	    "JSON Lines: a character beyond the BMP as UTF-8");
	has(line, "\"claimant\":\"=HYPERLINK(\\\"x\\\")\"",
	    "JSON Lines: no formula guard, quotes escaped");
	has(line, "\"tags\":[\"trade/ports\"]", "JSON Lines: tags an array");
	has(line, "\"id\":\"urn:uuid:" U2 "\"", "JSON Lines: the uuid as URN");
	has(line, "\"start\":31,\"end\":44,\"byte_start\":35,"
	    "\"byte_end\":51", "JSON Lines: offsets in code points and "
	    "bytes");
	has(line, "\"url\":null", "JSON Lines: an absent URL is null");
	free(line);
	line = line_with(out, U1);
	has(line, "\"prefix\":\"Le caf\303\251 \360\237\230\200 dit: \"",
	    "JSON Lines: the prefix, emoji and all");
	has(line, "\"quote\":\"\\\"Ports, reopen\\\"\"",
	    "JSON Lines: quotes in the quote escaped");
	has(line, "\"tags\":[\"quote\",\"trade/ports\"]",
	    "JSON Lines: several tags");
	has(line, "\"claimant\":null", "JSON Lines: no claimant is null");
	free(line);
	line = line_with(out, U3);
	has(line, "\"start\":null,\"end\":null,\"byte_start\":null,"
	    "\"byte_end\":null", "JSON Lines: an orphan's offsets are null");
	free(line);
	free(out);

	/* W3C Web Annotation */
	out = export(s, EXPORT_W3C, "trade/ports", &n);
	ok(n == 2, "W3C: the two claims of a tag (%ld)", n);
	ok(strncmp(out, "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\","
	    "\"id\":\"urn:sift:claims\",\"type\":\"AnnotationCollection\",", 97)
	    == 0, "W3C: an AnnotationCollection in the anno.jsonld context");
	has(out, "\"total\":2", "W3C: its total");
	has(out, "\"first\":{\"type\":\"AnnotationPage\",\"items\":[",
	    "W3C: the items on its first page");
	ok(strlen(out) > 5 && strcmp(out + strlen(out) - 5, "\n]}}\n") == 0,
	    "W3C: the collection is closed");
	line = line_with(out, U1);
	has(line, "\"type\":\"Annotation\",\"motivation\":\"tagging\"",
	    "W3C: a tagging Annotation");
	has(line, "\"created\":\"2024-05-01T10:00:00Z\"", "W3C: created");
	has(line, "\"creator\":{\"type\":\"Person\",\"nickname\":\"tester\"}",
	    "W3C: the annotator as creator");
	has(line, "\"generator\":{\"type\":\"Software\",\"name\":\"sift ",
	    "W3C: sift as generator");
	has(line, "{\"type\":\"TextualBody\",\"purpose\":\"tagging\","
	    "\"value\":\"quote\"},{\"type\":\"TextualBody\",\"purpose\":"
	    "\"tagging\",\"value\":\"trade/ports\"}", "W3C: a body per tag");
	has(line, "{\"type\":\"TextualBody\",\"purpose\":\"commenting\","
	    "\"value\":\"first, \\\"checked\\\"\"}",
	    "W3C: the note a commenting body");
	has(line, "\"source\":\"urn:sha256:",
	    "W3C: an article without URL is named by its hash");
	has(line, "{\"type\":\"TextQuoteSelector\",\"exact\":\"\\\"Ports, "
	    "reopen\\\"\",\"prefix\":\"Le caf\303\251 \360\237\230\200 dit: "
	    "\",\"suffix\":\" today,", "W3C: a TextQuoteSelector");
	has(line, "{\"type\":\"TextPositionSelector\",\"start\":15,"
	    "\"end\":30}", "W3C: a TextPositionSelector in code points");
	free(line);
	line = line_with(out, U2);
	has(line, "\"purpose\":\"describing\",\"value\":\"claimant: "
	    "=HYPERLINK(\\\"x\\\")\"", "W3C: the claimant a describing body");
	free(line);
	ok(strstr(out, U3) == NULL, "W3C: a claim of another tag is left out");
	free(out);

	store_close(s);
	free(path);
	path = xasprintf("rm -rf %s", dir);
	if (system(path) != 0)
		printf("# cleanup failed\n");
	free(path);
	return (tap_done());
}
