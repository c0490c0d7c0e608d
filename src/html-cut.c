/*
 * html-cut.c: the bodies of a page's <script> and <style> elements, cut
 * out before libxml2 reads the page.  They are some 40% of a real page's
 * bytes, and libxml2 reads them a character at a time; cut, they cost a
 * memchr and a copy.  libxml2 then reads each such element empty, and the
 * walk (html-sax.c) is handed the body it cut, at the element's start, as
 * libxml2 would have handed it: in pieces of 1,000 bytes or more, without
 * the characters XML does not allow.
 *
 * A cut stands only where libxml2 agrees that a script or style starts
 * there: html_cut_claim matches each such start, by its place in the
 * page, to the next cut.  A cut that libxml2 did not start an element at
 * (our scan and libxml2 read some broken markup differently) spoils the
 * run, and the walk reads the whole page again, uncut.  So cutting never
 * changes what a page says, only how fast it is read.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "sift.h"
#include "html-int.h"

#define HTML_CUT_MIN	64	/* a body shorter is left to libxml2 */
#define HTML_CUT_PIECE	1000	/* libxml2's HTML_PARSER_BIG_BUFFER_SIZE */

static int
html_cut_namechar(unsigned char c)
{
	return (HTML_ALNUM(c) || c == ':' || c == '_' || c == '-' ||
	    c == '.');
}

/* Where the first byte of lit, ignoring case, is in s..n, or n. */
static size_t
html_cut_find(const char *s, size_t i, size_t n, const char *lit)
{
	size_t		 len = strlen(lit);
	const char	*p;

	while (i + len <= n) {
		if ((p = memchr(s + i, '<', n - i)) == NULL)
			return (n);
		i = (size_t)(p - s);
		if (i + len <= n && html_caseprefix(s + i, n - i, lit))
			return (i);
		i++;
	}
	return (n);
}

/*
 * The end of the tag that starts at i ('<' and a letter): the index of
 * its '>', or n.  Quoted attribute values may hold '>'.
 */
static size_t
html_cut_tagend(const char *s, size_t i, size_t n)
{
	const char	*q;

	for (i++; i < n; i++) {
		if (s[i] == '>')
			return (i);
		if (s[i] != '=')
			continue;
		for (i++; i < n && HTML_SPACE(s[i]); i++)
			/* nothing */;
		if (i < n && (s[i] == '"' || s[i] == '\'')) {
			if ((q = memchr(s + i + 1, s[i], n - i - 1)) == NULL)
				return (n);
			i = (size_t)(q - s);
		} else if (i < n && s[i] == '>')
			return (i);
	}
	return (n);
}

static void
html_cut_add(struct html_cuts *c, size_t gt, size_t from, size_t len)
{
	struct html_cut	*k;

	if (c->n == c->size) {
		c->size = c->size == 0 ? 16 : c->size * 2;
		c->v = xreallocarray(c->v, c->size, sizeof *c->v);
	}
	k = &c->v[c->n++];
	k->gt = gt;
	k->from = from;
	k->len = len;
}

/*
 * Where the markup that starts at i ('<') ends, the index past it; a
 * script's or style's body of HTML_CUT_MIN bytes or more is recorded.
 */
static size_t
html_cut_markup(struct html_cuts *c, const char *s, size_t i, size_t n)
{
	const char	*end, *q;
	size_t		 gt, name, body, stop;

	if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
		q = memmem(s + i + 4, n - i - 4, "-->", 3);
		return (q == NULL ? n : (size_t)(q - s) + 3);
	}
	if (i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '?' ||
	    s[i + 1] == '/')) {
		q = memchr(s + i, '>', n - i);
		return (q == NULL ? n : (size_t)(q - s) + 1);
	}
	if (i + 1 >= n || !html_cut_namechar(s[i + 1]) ||
	    (s[i + 1] >= '0' && s[i + 1] <= '9') || s[i + 1] == '-' ||
	    s[i + 1] == '.')
		return (i + 1);	/* text: libxml2 reads '<' as it stands */
	for (name = i + 1; name < n && html_cut_namechar(s[name]); name++)
		/* nothing */;
	if ((gt = html_cut_tagend(s, i, n)) >= n)
		return (n);
	if (name - i - 1 == 6 && html_caseprefix(s + i + 1, 6, "script"))
		end = "</script";
	else if (name - i - 1 == 5 && html_caseprefix(s + i + 1, 5, "style"))
		end = "</style";
	else
		return (gt + 1);
	body = gt + 1;
	if (s[gt - 1] == '/')
		return (body);	/* empty */
	stop = html_cut_find(s, body, n, end);
	/* a body that starts with a tag libxml2 reads first: left to it */
	if (stop - body >= HTML_CUT_MIN && s[body] != '<')
		html_cut_add(c, gt, body, stop - body);
	return (stop);
}

/*
 * Scan s..n for the bodies to cut; with any, c->page holds the page
 * without them (each cut's gt is then its '>' in that copy) and 1 is
 * returned.
 */
int
html_cut(const char *s, size_t n, struct html_cuts *c)
{
	const char	*q;
	size_t		 i = 0, at = 0, k, gap = 0;

	memset(c, 0, sizeof *c);
	c->src = s;
	buf_init(&c->page);
	while (i < n && (q = memchr(s + i, '<', n - i)) != NULL)
		i = html_cut_markup(c, s, (size_t)(q - s), n);
	if (c->n == 0)
		return (0);
	for (k = 0; k < c->n; k++) {
		buf_add(&c->page, s + at, c->v[k].from - at);
		at = c->v[k].from + c->v[k].len;
		c->v[k].gt -= gap;
		gap += c->v[k].len;
	}
	buf_add(&c->page, s + at, n - at);
	return (1);
}

/*
 * At the start of a script or style in the cut page: the cut libxml2
 * read empty here, or NULL.  A cut passed over spoils the run.
 */
const struct html_cut *
html_cut_claim(struct html_cuts *c)
{
	xmlParserInputPtr	 in;
	size_t			 at, gt;

	if (c->ctxt == NULL || (in = c->ctxt->input) == NULL ||
	    c->next >= c->n)
		return (NULL);
	at = (size_t)in->consumed + (size_t)(in->cur - in->base);
	gt = c->v[c->next].gt;
	if (at == gt || at == gt + 1)
		return (&c->v[c->next++]);
	if (at > gt + 1)
		c->bad = 1;
	return (NULL);
}

/* Was every cut claimed, in order? */
int
html_cut_whole(const struct html_cuts *c)
{
	return (!c->bad && c->next == c->n);
}

/* The length of the character at u (valid UTF-8) that XML allows, or
 * the negated length of one it does not. */
static int
html_cut_char(const unsigned char *u)
{
	if (u[0] < 0x20)
		return (u[0] == '\t' || u[0] == '\n' || u[0] == '\r' ? 1 : -1);
	if (u[0] < 0x80)
		return (1);
	if (u[0] < 0xe0)
		return (2);
	if (u[0] < 0xf0)
		return (u[0] == 0xef && u[1] == 0xbf && u[2] >= 0xbe ? -3 : 3);
	return (4);
}

/* Does u..n (valid UTF-8) hold only characters XML allows? */
static int
html_cut_allowed(const unsigned char *u, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (u[i] >= 0x20 && u[i] != 0xef)
			continue;
		if (html_cut_char(u + i) < 0)
			return (0);
	}
	return (1);
}

/*
 * Hand a cut's body (in the page it was cut from) to cdata as libxml2
 * would have: in pieces that end at the first character boundary at or
 * past HTML_CUT_PIECE bytes, the characters XML does not allow left out.
 */
void
html_cut_feed(const struct html_cuts *c, const struct html_cut *k,
    void (*cdata)(void *, const xmlChar *, int), void *arg)
{
	const unsigned char	*u = (const unsigned char *)c->src + k->from;
	xmlChar			 piece[HTML_CUT_PIECE + 8];
	size_t			 i = 0, len = 0, end;
	int			 l;

	if (html_cut_allowed(u, k->len)) {
		/* every character allowed: the pieces are the body's own */
		while (i < k->len) {
			end = i + HTML_CUT_PIECE < k->len ?
			    i + HTML_CUT_PIECE : k->len;
			while (end < k->len && (u[end] & 0xc0) == 0x80)
				end++;
			cdata(arg, u + i, (int)(end - i));
			i = end;
		}
		return;
	}
	while (i < k->len) {
		l = html_cut_char(u + i);
		if (l < 0) {
			i += (size_t)-l;
			continue;
		}
		memcpy(piece + len, u + i, (size_t)l);
		len += (size_t)l;
		i += (size_t)l;
		if (len >= HTML_CUT_PIECE) {
			cdata(arg, piece, (int)len);
			len = 0;
		}
	}
	if (len > 0)
		cdata(arg, piece, (int)len);
}

void
html_cut_free(struct html_cuts *c)
{
	free(c->v);
	buf_free(&c->page);
	memset(c, 0, sizeof *c);
}
