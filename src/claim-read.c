/*
 * claim-read.c: the claims of an export read back (sift import-claims):
 * JSON Lines, a claim a line as export.c writes them (tombstones too), or
 * a W3C Web Annotation collection.  Each claim goes to a callback with
 * its article's hash and URL and its code-point start (-1: unknown); the
 * store is not involved, so what a claim becomes is the caller's choice.
 *
 * A field is read as text the way SQLite's json_extract gave it when the
 * store read exports (json_text), so a file is read as it was: an id
 * without its "urn:uuid:", a missing field as NULL, a body picked by its
 * purpose.  A malformed document is "not a claim export".
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sift.h"

/* The fields of a claim, in the order of struct claim_read's f. */
enum {
	CR_ID, CR_QUOTE, CR_PREFIX, CR_SUFFIX, CR_NOTE, CR_CLAIMANT,
	CR_ANNOTATOR, CR_CREATED, CR_MODIFIED, CR_HASH, CR_URL, CR_DELETED,
	CR_NFIELDS
};

/* What one claim of an export holds, as text, until its callback ends. */
struct claim_read {
	char	*f[CR_NFIELDS];		/* each its own, or NULL */
	int64_t	 start;
	char	*tags;			/* separated by \x1f, or NULL */
	int	 note_seen;		/* the first body of its purpose */
	int	 claimant_seen;
};

static const char	*claim_read_skip(const char *, size_t);
static const struct json *claim_read_path(const struct json *,
			    const char *);
static int64_t		 claim_read_int(const struct json *);
static const struct json *claim_read_item(const struct json *,
			    struct json **, int *);
static void		 claim_read_tag(struct buf *, const struct json *);
static void		 claim_read_clear(struct claim_read *);
static int		 claim_read_one(struct claim_read *,
			    int (*)(struct claim *, const char *, const char *,
			    int64_t, void *), void *);
static void		 claim_read_jsonl(struct claim_read *,
			    const struct json *);
static int		 claim_read_w3c(struct claim_read *,
			    const struct json *);

/* s past its first n code points (SQL's substr(s, n + 1)). */
static const char *
claim_read_skip(const char *s, size_t n)
{
	for (; *s != '\0' && n > 0; n--)
		do
			s++;
		while (((unsigned char)*s & 0xc0) == 0x80);
	return (s);
}

/* A value by path: member names and [i] of arrays, as "a.b[1].c". */
static const struct json *
claim_read_path(const struct json *j, const char *path)
{
	char	 name[64];
	size_t	 n;

	while (j != NULL && *path != '\0') {
		if (*path == '.')
			path++;
		if (*path == '[') {
			n = strtoul(path + 1, NULL, 10);
			path = strchr(path, ']') + 1;
			j = j->type == JSON_ARRAY ? json_at(j, n) : NULL;
			continue;
		}
		n = strcspn(path, ".[");
		snprintf(name, sizeof name, "%.*s", (int)n, path);
		path += n;
		j = json_get(j, name);
	}
	return (j);
}

/* A number as SQLite reads a value as an integer; -1 when it is null. */
static int64_t
claim_read_int(const struct json *j)
{
	char	*s;
	int64_t	 v;

	if (j == NULL || j->type == JSON_NULL)
		return (-1);
	if (j->type == JSON_NUMBER) {
		/* past the range (1e300), the nearest end, as SQLite casts */
		if (j->number >= 9223372036854775807.0)
			return (INT64_MAX);
		if (j->number <= -9223372036854775808.0)
			return (INT64_MIN);
		return (j->number == j->number ? (int64_t)j->number : -1);
	}
	s = json_text(j);
	v = strtoll(s, NULL, 10);
	free(s);
	return (v);
}

/*
 * An item of a collection, as json_each gives it for json_extract to read:
 * a string is read as the JSON it holds (*tmp, to be freed), and is an
 * error (*bad) when it holds none.
 */
static const struct json *
claim_read_item(const struct json *j, struct json **tmp, int *bad)
{
	*tmp = NULL;
	if (j->type != JSON_STRING)
		return (j);
	if ((*tmp = json_parse(j->s, strlen(j->s), 0, NULL)) == NULL)
		*bad = 1;
	return (*tmp);
}

/* Add a tag to a list of tags separated by \x1f. */
static void
claim_read_tag(struct buf *b, const struct json *j)
{
	char	*t;

	if ((t = json_text(j)) == NULL)
		return;
	if (b->data != NULL)
		buf_addc(b, '\x1f');
	buf_adds(b, t);
	free(t);
}

/* Hand one claim to the callback, then forget it. */
static int
claim_read_one(struct claim_read *r, int (*cb)(struct claim *, const char *,
    const char *, int64_t, void *), void *arg)
{
	struct claim	 c;
	const char	**tags = NULL;
	char		*t;
	size_t		 ntags = 0;
	int		 ret;

	memset(&c, 0, sizeof c);
	snprintf(c.uuid, sizeof c.uuid, "%s", r->f[CR_ID] != NULL ?
	    claim_read_skip(r->f[CR_ID], 9) : "");	/* "urn:uuid:" */
	c.quote = r->f[CR_QUOTE];
	c.prefix = r->f[CR_PREFIX];
	c.suffix = r->f[CR_SUFFIX];
	c.note = r->f[CR_NOTE];
	c.claimant = r->f[CR_CLAIMANT];
	c.annotator = r->f[CR_ANNOTATOR];
	snprintf(c.created, sizeof c.created, "%s", r->f[CR_CREATED] != NULL ?
	    r->f[CR_CREATED] : "");
	c.modified = r->f[CR_MODIFIED];
	c.deleted = r->f[CR_DELETED];
	for (t = r->tags; t != NULL && *t != '\0'; ) {
		tags = xreallocarray(tags, ntags + 1, sizeof *tags);
		tags[ntags++] = t;
		t += strcspn(t, "\x1f");
		if (*t != '\0')
			*t++ = '\0';
	}
	c.tags = tags;
	c.ntags = ntags;
	ret = cb(&c, r->f[CR_HASH], r->f[CR_URL], r->start, arg);
	free(tags);
	claim_read_clear(r);
	return (ret);
}

static void
claim_read_clear(struct claim_read *r)
{
	size_t	i;

	for (i = 0; i < CR_NFIELDS; i++)
		free(r->f[i]);
	free(r->tags);
	memset(r, 0, sizeof *r);
}

/* A claim as a line of JSON Lines has it. */
static void
claim_read_jsonl(struct claim_read *r, const struct json *j)
{
	static const char	*paths[CR_NFIELDS] = {
		"id", "quote", "prefix", "suffix", "note", "claimant",
		"annotator", "created", "modified", "article.sha256",
		"article.url", "deleted"
	};
	const struct json	*tags;
	struct buf		 b;
	size_t			 i;

	for (i = 0; i < CR_NFIELDS; i++)
		r->f[i] = json_text(claim_read_path(j, paths[i]));
	r->start = claim_read_int(json_get(j, "start"));
	buf_init(&b);
	if ((tags = json_get(j, "tags")) != NULL) {
		if (tags->type == JSON_ARRAY || tags->type == JSON_OBJECT) {
			for (i = 0; i < tags->n; i++)
				claim_read_tag(&b, &tags->v[i]);
		} else
			claim_read_tag(&b, tags);
	}
	r->tags = b.data;
}

/*
 * A claim as a W3C annotation has it: the quote in its first selector,
 * the start in its second, the note, claimant and tags in bodies by
 * purpose.  Returns -1 when a body is not JSON.
 */
static int
claim_read_w3c(struct claim_read *r, const struct json *j)
{
	static const char	*paths[] = {
		"id", "target.selector[0].exact", "target.selector[0].prefix",
		"target.selector[0].suffix"
	};
	const struct json	*body, *b;
	struct json		*tmp;
	struct buf		 tags;
	const char		*purpose;
	char			*v;
	size_t			 i, n;
	int			 bad = 0;

	for (i = 0; i < sizeof paths / sizeof paths[0]; i++)
		r->f[i] = json_text(claim_read_path(j, paths[i]));
	r->f[CR_ANNOTATOR] = json_text(claim_read_path(j, "creator.nickname"));
	r->f[CR_CREATED] = json_text(json_get(j, "created"));
	r->f[CR_MODIFIED] = json_text(json_get(j, "modified"));
	r->f[CR_URL] = json_text(claim_read_path(j, "target.source"));
	if (r->f[CR_URL] != NULL && strncasecmp(r->f[CR_URL], "urn:sha256:",
	    11) == 0)
		r->f[CR_HASH] = xstrdup(claim_read_skip(r->f[CR_URL], 11));
	r->start = claim_read_int(claim_read_path(j, "target.selector[1].start"));
	body = json_get(j, "body");
	n = body == NULL ? 0 : body->type == JSON_ARRAY ||
	    body->type == JSON_OBJECT ? body->n : 1;
	buf_init(&tags);
	for (i = 0; i < n && !bad; i++) {
		b = body->type == JSON_ARRAY || body->type == JSON_OBJECT ?
		    &body->v[i] : body;
		if ((b = claim_read_item(b, &tmp, &bad)) == NULL)
			break;
		purpose = json_str(json_get(b, "purpose"));
		v = json_text(json_get(b, "value"));
		if (purpose == NULL)
			free(v);
		else if (strcmp(purpose, "commenting") == 0 &&
		    !r->note_seen++)
			r->f[CR_NOTE] = v;
		else if (strcmp(purpose, "describing") == 0 && v != NULL &&
		    strncasecmp(v, "claimant: ", 10) == 0 &&
		    !r->claimant_seen++) {
			r->f[CR_CLAIMANT] = xstrdup(claim_read_skip(v, 10));
			free(v);
		} else {
			if (strcmp(purpose, "tagging") == 0)
				claim_read_tag(&tags, json_get(b, "value"));
			free(v);
		}
		json_free(tmp);
	}
	r->tags = tags.data;
	return (bad ? -1 : 0);
}

/*
 * A done mark (a record of "type" "done"): to done, if not NULL, with
 * its article's hash and URL, the annotator and the time (each may be
 * NULL); 1 when j was one, *ret what done returned.
 */
static int
claim_read_done(const struct json *j, claim_done_cb done, void *arg,
    int *ret)
{
	const char	*type = json_str(json_get(j, "type"));
	char		*f[4];
	int		 i;

	if (type == NULL || strcmp(type, "done") != 0)
		return (0);
	if (done == NULL)
		return (1);
	f[0] = json_text(claim_read_path(j, "article.sha256"));
	f[1] = json_text(claim_read_path(j, "article.url"));
	f[2] = json_text(json_get(j, "annotator"));
	f[3] = json_text(json_get(j, "at"));
	*ret = done(f[0], f[1], f[2], f[3], arg);
	for (i = 0; i < 4; i++)
		free(f[i]);
	return (1);
}

/*
 * Read the claims of an export, JSON Lines or (w3c) a W3C annotation
 * collection, and give each to cb with its article's hash and URL and its
 * code-point start (-1: unknown); JSON Lines' done marks go to done.  The claim and its strings are valid
 * during the callback, which may place it (claim_place) and filter its
 * tags.  Returns 0, what cb returned when that was not 0, or -1 with a
 * cause.
 */
int
claim_read(const char *doc, int w3c, int (*cb)(struct claim *,
    const char *, const char *, int64_t, void *), claim_done_cb done,
    void *arg, char **cause)
{
	struct claim_read	 r;
	struct json		*j, *tmp;
	const struct json	*items, *it;
	const char		*p, *nl;
	size_t			 i, n;
	int			 ret = 0, bad = 0;

	memset(&r, 0, sizeof r);
	for (p = doc; *p != '\0' && ret == 0; p = *nl != '\0' ? nl + 1 : nl) {
		nl = w3c ? p + strlen(p) : p + strcspn(p, "\n");
		if (strspn(p, " \t\r") >= (size_t)(nl - p))
			continue;
		if ((j = json_parse(p, nl - p, 0, NULL)) == NULL) {
			*cause = xasprintf(_("not a claim export (%s)"),
			    "malformed JSON");
			return (-1);
		}
		if (!w3c && claim_read_done(j, done, arg, &ret)) {
			json_free(j);
			continue;
		}
		if (!w3c) {
			claim_read_jsonl(&r, j);
			ret = claim_read_one(&r, cb, arg);
			json_free(j);
			continue;
		}
		items = claim_read_path(j, "first.items");
		n = items == NULL ? 0 : items->type == JSON_ARRAY ||
		    items->type == JSON_OBJECT ? items->n : 1;
		for (i = 0; i < n && ret == 0; i++) {
			it = items->type == JSON_ARRAY || items->type ==
			    JSON_OBJECT ? &items->v[i] : items;
			if ((it = claim_read_item(it, &tmp, &bad)) == NULL ||
			    claim_read_w3c(&r, it) != 0) {
				claim_read_clear(&r);
				bad = 1;
			} else
				ret = claim_read_one(&r, cb, arg);
			json_free(tmp);
			if (bad)
				break;
		}
		json_free(j);
		if (bad) {
			*cause = xasprintf(_("not a claim export (%s)"),
			    "malformed JSON");
			ret = -1;
		}
	}
	return (ret);
}
