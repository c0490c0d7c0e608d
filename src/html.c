/*
 * html.c: turns a web page into sift's text model.  html_parse repairs
 * what libxml2 would misread (NUL bytes, invalid UTF-8: the input must be
 * UTF-8, which import decodes it to first, and bytes that are not become
 * U+FFFD, so that libxml2 never falls back to reading the page as
 * Latin-1), has html-sax.c walk it into text, links, dom and metadata,
 * and then decides whether the page shows its story at all: a page
 * rendered by a script, or one showing only a teaser of its JSON-LD
 * articleBody, is read from that story instead, keeping what the page
 * said of itself.  That second read is the only recursion.  html.c also
 * finds the charset a page declares in a <meta> (html_sniff_charset), for
 * import to decode it.
 *
 * The layers of the HTML reader: html.c over html-cut.c (the bodies of
 * scripts and styles, cut out before libxml2 reads the page) and
 * html-sax.c (which html-run.c runs libxml2 for) over html-tag.c
 * (html-int.h is what they share); meta.c, script.c and dom.c below.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "sift.h"
#include "html-int.h"

#define HTML_SNIFF_MAX	1024
#define HTML_STORY_MIN	300	/* a story from the scripts, in bytes */

static struct html_doc *html_read(const char *, size_t, int);
static struct html_doc *html_instead(struct html_doc *, struct html_doc *,
    unsigned);

/*
 * The bytes of the page's paragraphs (its blocks of 250 bytes or more),
 * counted up to stop: a page that holds one holds a story of its own.
 */
static size_t
html_prose(const struct html_doc *page, size_t stop)
{
	const char	*s, *e, *nl;
	size_t		 n = 0;

	for (s = page->text, e = s + (s != NULL ? page->len : 0); s < e &&
	    n < stop; s = nl + 1) {
		if ((nl = memchr(s, '\n', (size_t)(e - s))) == NULL)
			nl = e;
		if (nl - s >= 250)
			n += (size_t)(nl - s);
	}
	return (n);
}

/*
 * Does the page show any of the story its scripts hold (the start of
 * one of its blocks), or a paragraph of its own?  Then it was not
 * rendered by a script, and the scripts' story is another one.
 */
static int
html_shows(const struct html_doc *page, const struct html_doc *story)
{
	const char	*s, *e, *nl;
	size_t		 n, tries = 0;

	if (story->text == NULL || story->len == 0 || html_prose(page, 1) > 0)
		return (1);
	for (s = story->text, e = s + story->len; s < e && tries < 64;
	    s = nl + 1) {
		if ((nl = memchr(s, '\n', (size_t)(e - s))) == NULL)
			nl = e;
		if (nl - s < 40)
			continue;
		tries++;
		n = 40;
		while (n > 0 && n < (size_t)(nl - s) && (s[n] & 0xc0) == 0x80)
			n--;	/* end at a character */
		if (page->len > 0 && memmem(page->text, page->len, s, n) != NULL)
			return (1);
	}
	return (0);
}

/*
 * A page whose markup holds less than half the text of the story in its
 * scripts, none of that story and no paragraph was rendered by a script:
 * read the story instead, keeping what the page said of itself.
 */
static struct html_doc *
html_from_scripts(struct html_doc *doc, struct buf *story)
{
	struct html_doc	*in;

	if (story->len < HTML_STORY_MIN)
		return (doc);
	in = html_read(story->data, story->len, 0);
	if (in->len < HTML_STORY_MIN || doc->len * 2 >= in->len ||
	    html_shows(doc, in)) {
		html_doc_free(in);
		return (doc);
	}
	return (html_instead(doc, in, DOM_P_SCRIPT));
}

/* Keep what the page said of itself in the story read in its stead. */
static struct html_doc *
html_instead(struct html_doc *doc, struct html_doc *in, unsigned flag)
{
	char	*t;

#define HTML_MOVE(f)	do { t = in->f; in->f = doc->f; doc->f = t; } while (0)
	HTML_MOVE(title);
	HTML_MOVE(lang);
	HTML_MOVE(url);
	HTML_MOVE(date);
	HTML_MOVE(site);
	HTML_MOVE(author);
#undef HTML_MOVE
	in->dom->flags |= flag | (doc->dom->flags & DOM_P_PAGE);
	html_doc_free(doc);
	return (in);
}

/*
 * A page that holds less than a quarter of its JSON-LD articleBody (meta.c
 * decided that) and paragraphs of its own of less than half the body's
 * length (a bio, a caption) shows a teaser: read the body instead, a
 * paragraph a line (or as markup, when it is some).
 */
static struct html_doc *
html_from_ldbody(struct html_doc *doc, const char *body)
{
	struct html_doc	*in;
	struct buf	 b;
	const char	*s, *e, *nl;

	if ((doc->dom->flags & DOM_P_SCRIPT) ||
	    html_prose(doc, strlen(body) / 2) >= strlen(body) / 2)
		return (doc);
	buf_init(&b);
	if (strstr(body, "<p") != NULL || strstr(body, "<br") != NULL)
		buf_adds(&b, body);
	else {
		for (s = body, e = s + strlen(s); s < e; s = nl + 1) {
			if ((nl = memchr(s, '\n', (size_t)(e - s))) == NULL)
				nl = e;
			buf_adds(&b, "<p>");
			for (; s < nl; s++) {
				if (*s == '<')
					buf_adds(&b, "&lt;");
				else if (*s == '&')
					buf_adds(&b, "&amp;");
				else
					buf_addc(&b, *s);
			}
			buf_adds(&b, "</p>\n");
		}
	}
	in = html_read(b.data != NULL ? b.data : "", b.len, 0);
	buf_free(&b);
	if (in->len < HTML_STORY_MIN) {
		html_doc_free(in);
		return (doc);
	}
	return (html_instead(doc, in, DOM_P_LDBODY));
}

struct html_doc *
html_parse(const char *s, size_t n)
{
	return (html_read(s, n, 1));
}

/* Parse a page; scripts: look in its scripts for a story it hides. */
static struct html_doc *
html_read(const char *s, size_t n, int scripts)
{
	struct html_doc	*doc;
	struct buf	 fixed, repaired, story;
	struct html_cuts cuts;
	size_t		 bad;
	char		*ldbody;

	buf_init(&fixed);
	if (memchr(s, '\0', n) != NULL) {
		/* libxml2 stops at a NUL: drop them (import refuses them) */
		for (bad = 0; bad < n; bad++) {
			if (s[bad] != '\0')
				buf_addc(&fixed, s[bad]);
		}
		s = fixed.data;
		n = fixed.len;
	}
	if (!utf8_valid(s, n)) {
		buf_init(&repaired);
		text_repair_utf8(s, n, &repaired, &bad);
		buf_free(&fixed);
		fixed = repaired;
		s = fixed.data;
		n = fixed.len;
	}
	/* the scripts' and styles' bodies cut out, unless libxml2 disagrees */
	doc = NULL;
	if (html_cut(s, n, &cuts)) {
		doc = html_walk(cuts.page.data, cuts.page.len, scripts, &cuts,
		    &story, &ldbody);
		if (!html_cut_whole(&cuts)) {
			html_doc_free(doc);
			buf_free(&story);
			free(ldbody);
			doc = NULL;
		}
	}
	html_cut_free(&cuts);
	if (doc == NULL)
		doc = html_walk(s, n, scripts, NULL, &story, &ldbody);
	buf_free(&fixed);
	if (scripts)
		doc = html_from_scripts(doc, &story);
	if (ldbody != NULL)
		doc = html_from_ldbody(doc, ldbody);
	free(ldbody);
	buf_free(&story);
	return (doc);
}


void
html_doc_free(struct html_doc *doc)
{
	size_t	i;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->nlinks; i++)
		free(doc->links[i].href);
	free(doc->links);
	free(doc->text);
	free(doc->title);
	free(doc->lang);
	free(doc->url);
	free(doc->date);
	free(doc->site);
	free(doc->author);
	dom_free(doc->dom);
	free(doc);
}

/* A lower-case encoding label, or NULL if s cannot be one. */
static char *
html_charset_name(const char *s, size_t n)
{
	char	*name;
	size_t	 i;

	while (n > 0 && HTML_SPACE(s[n - 1]))
		n--;
	for (i = 0; i < n && HTML_SPACE(s[i]); i++)
		/* nothing */;
	if (i == n || n - i > 40)
		return (NULL);
	name = xstrndup(s + i, n - i);
	for (i = 0; name[i] != '\0'; i++)
		name[i] = HTML_LOWER(name[i]);
	if (name[strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-_.:+")]
	    != '\0') {
		free(name);
		return (NULL);
	}
	/* Bytes sniffed as ASCII cannot be UTF-16: the standard says UTF-8. */
	if (strncmp(name, "utf-16", 6) == 0) {
		free(name);
		return (xstrdup("utf-8"));
	}
	return (name);
}

/*
 * The encoding a <meta> declares: its charset attribute, or the charset
 * parameter of its content with http-equiv="Content-Type".
 */
static void
html_sniff_start(void *arg, const xmlChar *name, const xmlChar **atts)
{
	char		**out = arg;
	const char	*v, *c;
	size_t		 n;

	if (*out != NULL || strcmp((const char *)name, "meta") != 0)
		return;
	if ((v = html_attr(atts, "charset")) != NULL) {
		*out = html_charset_name(v, strlen(v));
		return;
	}
	if ((v = html_attr(atts, "http-equiv")) == NULL ||
	    strcasecmp(v, "content-type") != 0 ||
	    (v = html_attr(atts, "content")) == NULL)
		return;
	for (c = v; (c = html_casefind(c, "charset")) != NULL; c++) {
		c += 7;
		while (HTML_SPACE(*c))
			c++;
		if (*c != '=')
			continue;
		c++;
		while (HTML_SPACE(*c))
			c++;
		if (*c == '"' || *c == '\'') {
			const char *q = strchr(c + 1, *c);

			if (q == NULL)
				return;
			*out = html_charset_name(c + 1, q - c - 1);
		} else {
			for (n = 0; c[n] != '\0' && c[n] != ';' &&
			    !HTML_SPACE(c[n]); n++)
				/* nothing */;
			*out = html_charset_name(c, n);
		}
		return;
	}
}

/*
 * The charset a page declares in a <meta> of its first 1024 bytes, lower
 * case, or NULL.  The bytes are read as Latin-1, which never fails, so
 * any encoding's ASCII markup is found.
 */
char *
html_sniff_charset(const char *s, size_t n)
{
	htmlSAXHandler	 sax;
	struct buf	 b;
	char		*out = NULL;
	size_t		 i;

	if (n > HTML_SNIFF_MAX)
		n = HTML_SNIFF_MAX;
	buf_init(&b);
	for (i = 0; i < n; i++) {
		/* Latin-1 to UTF-8, by hand: the bytes stay one each */
		if ((unsigned char)s[i] < 0x80)
			buf_addc(&b, s[i] == '\0' ? ' ' : s[i]);
		else {
			buf_addc(&b, (char)(0xc0 | ((unsigned char)s[i] >> 6)));
			buf_addc(&b, (char)(0x80 | (s[i] & 0x3f)));
		}
	}
	memset(&sax, 0, sizeof sax);
	sax.startElement = html_sniff_start;
	html_run(b.data, b.len, &sax, &out, 0, NULL);
	buf_free(&b);
	return (out);
}
