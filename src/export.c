/*
 * export.c: claims out of the store, in CSV (RFC 4180, UTF-8, CRLF, a
 * header row; cells that a spreadsheet would run as formulas get a
 * leading quote), JSON Lines (one claim an object) and a W3C Web
 * Annotation collection (JSON-LD: a tagging body per tag, a commenting
 * body for the note, TextQuoteSelector and TextPositionSelector, the
 * positions in code points).  CSV and JSON Lines carry both byte and
 * code-point offsets.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

struct export_run {
	const struct idset *only;	/* the articles, or NULL for all */
	const char	*annotator;	/* only theirs, or NULL */
	int		 format;
	struct buf	 out;
	size_t		 n;
};

/* A CSV cell (RFC 4180); text: never read as a formula. */
void
export_csv_cell(struct buf *b, const char *s, int text)
{
	const char	*p;

	if (s == NULL)
		s = "";
	if (strpbrk(s, ",\"\r\n") == NULL && !(text && strchr("=+-@", *s) !=
	    NULL && *s != '\0')) {
		buf_adds(b, s);
		return;
	}
	buf_addc(b, '"');
	if (text && *s != '\0' && strchr("=+-@", *s) != NULL)
		buf_addc(b, '\'');	/* not a formula */
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			buf_addc(b, '"');
		buf_addc(b, *p);
	}
	buf_addc(b, '"');
}

static void
export_json_or_null(struct buf *b, const char *s)
{
	if (s == NULL)
		buf_adds(b, "null");
	else
		buf_add_json(b, s);
}

/* The tags as a JSON array from "a;b;c". */
static void
export_json_tags(struct buf *b, const char *tags)
{
	const char	*p = tags, *semi;
	char		*t;

	buf_addc(b, '[');
	while (p != NULL && *p != '\0') {
		semi = strchr(p, ';');
		t = xstrndup(p, semi != NULL ? (size_t)(semi - p) : strlen(p));
		if (p != tags)
			buf_addc(b, ',');
		buf_add_json(b, t);
		free(t);
		p = semi != NULL ? semi + 1 : NULL;
	}
	buf_addc(b, ']');
}

/* One TextualBody of a W3C annotation (the n-th in its body array). */
static void __attribute__((format(printf, 4, 5)))
export_w3c_body(struct buf *b, int n, const char *purpose, const char *fmt,
    ...)
{
	va_list	 ap;
	char	*value;

	va_start(ap, fmt);
	value = xvasprintf(fmt, ap);
	va_end(ap);
	buf_adds(b, n > 0 ? "," : "");
	buf_printf(b, "{\"type\":\"TextualBody\",\"purpose\":\"%s\","
	    "\"value\":", purpose);
	buf_add_json(b, value);
	buf_addc(b, '}');
	free(value);
}

/* One claim as a CSV row. */
static void
export_csv_row(struct buf *b, const struct claim_row *r)
{
	static const int	 csv_text[] = { CLAIM_URL, CLAIM_TITLE,
				    CLAIM_HASH, CLAIM_QUOTE, CLAIM_PREFIX,
				    CLAIM_SUFFIX };
	size_t			 i;

	buf_printf(b, "%lld,%lld,", (long long)r->id,
	    (long long)r->article_id);
	for (i = 0; i < sizeof csv_text / sizeof csv_text[0]; i++) {
		export_csv_cell(b, r->s[csv_text[i]], 1);
		buf_addc(b, ',');
	}
	if (r->has_range)
		buf_printf(b, "%lld,%lld,%lld,%lld,",
		    (long long)r->cp_start, (long long)r->cp_end,
		    (long long)r->start, (long long)r->end);
	else
		buf_adds(b, ",,,,");
	export_csv_cell(b, r->s[CLAIM_TAGS], 1);
	buf_addc(b, ',');
	export_csv_cell(b, r->s[CLAIM_NOTE], 1);
	buf_addc(b, ',');
	export_csv_cell(b, r->s[CLAIM_CLAIMANT], 1);
	buf_addc(b, ',');
	export_csv_cell(b, r->s[CLAIM_ANNOTATOR], 1);
	buf_addc(b, ',');
	export_csv_cell(b, r->s[CLAIM_CREATED], 0);
	buf_addc(b, ',');
	export_csv_cell(b, r->s[CLAIM_MODIFIED], 0);
	buf_addc(b, ',');
	export_csv_cell(b, r->s[CLAIM_ANCHOR], 0);
	buf_addc(b, ',');
	export_csv_cell(b, r->s[CLAIM_UUID], 0);
	buf_adds(b, "\r\n");
}

/* One claim as a JSON Lines record. */
static void
export_jsonl_row(struct buf *b, const struct claim_row *r)
{
	buf_adds(b, "{\"id\":\"urn:uuid:");
	buf_adds(b, r->s[CLAIM_UUID]);
	buf_printf(b, "\",\"claim_id\":%lld,\"article\":{\"id\":%lld,"
	    "\"url\":", (long long)r->id, (long long)r->article_id);
	export_json_or_null(b, r->s[CLAIM_URL]);
	buf_adds(b, ",\"title\":");
	export_json_or_null(b, r->s[CLAIM_TITLE]);
	buf_adds(b, ",\"sha256\":");
	export_json_or_null(b, r->s[CLAIM_HASH]);
	buf_adds(b, "},\"quote\":");
	buf_add_json(b, r->s[CLAIM_QUOTE]);
	buf_adds(b, ",\"prefix\":");
	buf_add_json(b, r->s[CLAIM_PREFIX]);
	buf_adds(b, ",\"suffix\":");
	buf_add_json(b, r->s[CLAIM_SUFFIX]);
	if (r->has_range)
		buf_printf(b, ",\"start\":%lld,\"end\":%lld,"
		    "\"byte_start\":%lld,\"byte_end\":%lld",
		    (long long)r->cp_start, (long long)r->cp_end,
		    (long long)r->start, (long long)r->end);
	else
		buf_adds(b, ",\"start\":null,\"end\":null,"
		    "\"byte_start\":null,\"byte_end\":null");
	buf_adds(b, ",\"tags\":");
	export_json_tags(b, r->s[CLAIM_TAGS]);
	buf_adds(b, ",\"note\":");
	export_json_or_null(b, r->s[CLAIM_NOTE]);
	buf_adds(b, ",\"claimant\":");
	export_json_or_null(b, r->s[CLAIM_CLAIMANT]);
	buf_adds(b, ",\"annotator\":");
	buf_add_json(b, r->s[CLAIM_ANNOTATOR]);
	buf_adds(b, ",\"anchor\":");
	buf_add_json(b, r->s[CLAIM_ANCHOR]);
	if (r->has_score)
		buf_printf(b, ",\"score\":%.3f", r->score);
	else
		buf_adds(b, ",\"score\":null");
	if (r->found != NULL) {
		buf_adds(b, ",\"found\":");
		buf_add_json(b, r->found);
	}
	buf_adds(b, ",\"created\":");
	buf_add_json(b, r->s[CLAIM_CREATED]);
	buf_adds(b, ",\"modified\":");
	buf_add_json(b, r->s[CLAIM_MODIFIED]);
	buf_adds(b, ",\"deleted\":");
	export_json_or_null(b, r->deleted);
	buf_adds(b, "}\n");
}

/* One claim as a W3C Web Annotation; n: the annotations before it. */
static void
export_w3c_row(struct buf *b, const struct claim_row *r, size_t n)
{
	const char	*p, *semi;
	char		*t;
	size_t		 i;

	if (n > 0)
		buf_addc(b, ',');
	buf_adds(b, "\n{\"@context\":\"http://www.w3.org/ns/anno.jsonld"
	    "\",\"id\":\"urn:uuid:");
	buf_adds(b, r->s[CLAIM_UUID]);
	buf_adds(b, "\",\"type\":\"Annotation\",\"motivation\":"
	    "\"tagging\",\"created\":");
	buf_add_json(b, r->s[CLAIM_CREATED]);
	buf_adds(b, ",\"modified\":");
	buf_add_json(b, r->s[CLAIM_MODIFIED]);
	buf_adds(b, ",\"creator\":{\"type\":\"Person\",\"nickname\":");
	buf_add_json(b, r->s[CLAIM_ANNOTATOR]);
	buf_printf(b, "},\"generator\":{\"type\":\"Software\","
	    "\"name\":\"sift %s\"},\"body\":[", PACKAGE_VERSION);
	i = 0;
	for (p = r->s[CLAIM_TAGS]; p != NULL && *p != '\0';
	    p = semi != NULL ? semi + 1 : NULL) {
		semi = strchr(p, ';');
		t = xstrndup(p, semi != NULL ? (size_t)(semi - p) :
		    strlen(p));
		export_w3c_body(b, i++, "tagging", "%s", t);
		free(t);
	}
	if (r->s[CLAIM_NOTE] != NULL)
		export_w3c_body(b, i++, "commenting", "%s",
		    r->s[CLAIM_NOTE]);
	if (r->found != NULL)
		/* found again approximately: the selectors name the
		 * text that is there now, the body the quote */
		export_w3c_body(b, i++, "describing", "quoted as: %s",
		    r->s[CLAIM_QUOTE]);
	if (r->s[CLAIM_CLAIMANT] != NULL)
		export_w3c_body(b, i++, "describing", "claimant: %s",
		    r->s[CLAIM_CLAIMANT]);
	buf_adds(b, "],\"target\":{\"source\":");
	if (r->s[CLAIM_URL] != NULL)
		buf_add_json(b, r->s[CLAIM_URL]);
	else
		buf_printf(b, "\"urn:sha256:%s\"", r->s[CLAIM_HASH]);
	buf_adds(b, ",\"selector\":[{\"type\":\"TextQuoteSelector\","
	    "\"exact\":");
	buf_add_json(b, r->found != NULL ? r->found : r->s[CLAIM_QUOTE]);
	buf_adds(b, ",\"prefix\":");
	buf_add_json(b, r->s[CLAIM_PREFIX]);
	buf_adds(b, ",\"suffix\":");
	buf_add_json(b, r->s[CLAIM_SUFFIX]);
	buf_addc(b, '}');
	if (r->has_range)
		buf_printf(b, ",{\"type\":\"TextPositionSelector\","
		    "\"start\":%lld,\"end\":%lld}",
		    (long long)r->cp_start, (long long)r->cp_end);
	buf_adds(b, "]}}");
}

/* A done mark as a JSON Lines record, after the claims. */
static int
export_done_row(const struct store_done *d, void *arg)
{
	struct export_run	*e = arg;
	struct buf		*b = &e->out;

	if ((e->only != NULL && !idset_has(e->only, d->article)) ||
	    (e->annotator != NULL && strcmp(e->annotator, d->annotator) != 0))
		return (0);
	buf_printf(b, "{\"type\":\"done\",\"article\":{\"id\":%lld,"
	    "\"url\":", (long long)d->article);
	export_json_or_null(b, d->url);
	buf_adds(b, ",\"title\":");
	export_json_or_null(b, d->title);
	buf_adds(b, ",\"sha256\":");
	export_json_or_null(b, d->hash);
	buf_adds(b, "},\"annotator\":");
	buf_add_json(b, d->annotator);
	buf_adds(b, ",\"at\":");
	export_json_or_null(b, d->at);
	buf_adds(b, "}\n");
	return (0);
}

static int
export_row(const struct claim_row *r, void *arg)
{
	struct export_run	*e = arg;

	if ((e->only != NULL && !idset_has(e->only, r->article_id)) ||
	    (e->annotator != NULL && (r->s[CLAIM_ANNOTATOR] == NULL ||
	    strcmp(e->annotator, r->s[CLAIM_ANNOTATOR]) != 0)))
		return (0);
	switch (e->format) {
	case EXPORT_CSV:
		export_csv_row(&e->out, r);
		break;
	case EXPORT_JSONL:
		export_jsonl_row(&e->out, r);
		break;
	default:
		export_w3c_row(&e->out, r, e->n);
		break;
	}
	e->n++;
	return (0);
}

/*
 * Export the claims (by tag and article: NULL, 0 for all; only those of
 * the articles in only, and of the annotator, unless NULL) to fp.
 * Returns the number of claims, or -1 with a cause.
 */
long
export_claims(struct store *s, int format, const char *tag,
    int64_t article, const struct idset *only, const char *annotator,
    FILE *fp, char **cause)
{
	struct export_run	e;

	memset(&e, 0, sizeof e);
	e.only = only;
	e.annotator = annotator;
	e.format = format;
	buf_init(&e.out);
	if (format == EXPORT_CSV)
		buf_adds(&e.out, "claim_id,article_id,article_url,"
		    "article_title,article_sha,quote,prefix,suffix,start,end,"
		    "byte_start,byte_end,tags,note,claimant,annotator,created,"
		    "modified,anchor,uuid\r\n");
	/* JSON Lines carries the tombstones too, so deletions merge */
	if (store_claims(s, tag, article, format == EXPORT_JSONL, export_row,
	    &e, cause) != 0 || (format == EXPORT_JSONL &&
	    store_done_rows(s, article, export_done_row, &e, cause) != 0)) {
		buf_free(&e.out);
		return (-1);
	}
	if (format == EXPORT_W3C) {
		fprintf(fp, "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\","
		    "\"id\":\"urn:sift:claims\",\"type\":\"AnnotationCollection\","
		    "\"label\":\"sift claims; positions count code points of the "
		    "cleaned text\",\"total\":%zu,\"first\":{\"type\":"
		    "\"AnnotationPage\",\"items\":[", e.n);
	}
	if (e.out.len > 0)
		fwrite(e.out.data, 1, e.out.len, fp);
	if (format == EXPORT_W3C)
		fputs("\n]}}\n", fp);
	buf_free(&e.out);
	return ((long)e.n);
}
