/*
 * import-markup.c: a plain-text dump written in Markdown (html2text,
 * trafilatura's or a browser add-on's Markdown, Jina Reader, Firecrawl)
 * or by a text browser (lynx -dump, links, elinks) reads as the text it
 * shows.  A link's text stays, as a link (the cleaner weighs links as it
 * does in a page), and its target goes; so do images, rules, a table's
 * bars, a heading's or a quote's marks, "**" and lynx's "[12]" marks and
 * its closing list of URLs ("References").  A text is read so only when
 * its marks are many: three Markdown links or images, or two headings and
 * one more mark; five lynx marks numbered upwards, or its list of URLs.
 * Every line stays a line (a line that was all marks is left blank), so
 * the blocks are found as in any text.  Linear in the text.
 */

#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sift.h"
#include "import-int.h"

#define MARK_MD_LINKS	3	/* Markdown links or images that make one */
#define MARK_LYNX_MIN	5	/* lynx's link marks that make a lynx dump */
#define MARK_NEST	4	/* links or images inside one another */
#define MARK_WORDS	3	/* words of a lynx link inside a sentence */
#define MARK_WORD_BYTES	40	/* and at most so many bytes */

enum mark_kind { MARK_NONE, MARK_MD, MARK_LYNX };

struct unmark {
	struct buf		 out;
	struct html_link	*links;
	size_t			 nlinks, size;
	enum mark_kind		 kind;
	int			 refs;	/* in lynx's list of URLs */
	int			 row;	/* in a Markdown table's row */
	int			 head;	/* in the lines a header may hold */
	char			*url, *date;	/* from the header */
};

/* The text out[start..] (but the spaces after it) as a link to href
 * (may be NULL). */
static void
unmark_link(struct unmark *u, size_t start, const char *href, size_t hlen)
{
	struct html_link	*l;
	size_t			 end = u->out.len;

	while (end > start && u->out.data[end - 1] == ' ')
		end--;
	if (end <= start)
		return;
	if (u->nlinks == u->size) {
		u->size = u->size ? u->size * 2 : 16;
		u->links = xreallocarray(u->links, u->size, sizeof *u->links);
	}
	l = &u->links[u->nlinks++];
	l->start = start;
	l->len = end - start;
	l->href = href != NULL && hlen > 0 ? xstrndup(href, hlen) : NULL;
}

/*
 * Where the bracket or the parenthesis open at p closes, or NULL; NULL
 * too past MARK_NEST opened inside, so that no byte is read from more
 * than a few places ("[[[[…" stays linear).
 */
static const char *
unmark_close(const char *p, const char *e, char open, char close)
{
	int	depth = 0;

	for (; p < e; p++) {
		if (*p == '\\' && p + 1 < e)
			p++;
		else if (*p == open && ++depth > MARK_NEST)
			return (NULL);
		else if (*p == close && --depth == 0)
			return (p);
	}
	return (NULL);
}

/* Is p at a lynx link mark ("[12]" before its text)?  Its end in *q. */
static int
unmark_lynx_mark(const char *p, const char *e, const char **q)
{
	const char	*d = p + 1;

	while (d < e && d - p <= 6 && isdigit((unsigned char)*d))
		d++;
	if (d == p + 1 || d >= e || *d != ']')
		return (0);
	*q = d + 1;
	return (1);
}

/* Is [p, e) a lynx placeholder ("[IMG]", "[logo.png]", "[_____]")? */
static int
unmark_lynx_thing(const char *p, const char *e, const char **q)
{
	static const char *const things[] = { "[IMG]", "[INLINE]",
	    "[BUTTON]", "[LINK]", "[image]", "[img]", "[EMBED]", NULL };
	static const char *const pics[] = { ".png]", ".jpg]", ".jpeg]",
	    ".gif]", ".svg]", ".webp]", NULL };
	const char	*c;
	size_t		 i, len;

	for (i = 0; things[i] != NULL; i++) {
		len = strlen(things[i]);
		if ((size_t)(e - p) >= len && memcmp(p, things[i], len) == 0) {
			*q = p + len;
			return (1);
		}
	}
	for (c = p + 1; c < e && c - p < 80 && *c != ']' && *c != ' ' &&
	    *c != '['; c++)
		/* nothing */;
	if (c >= e || *c != ']' || c == p + 1)
		return (0);
	for (i = 0; pics[i] != NULL; i++) {
		len = strlen(pics[i]);
		if (c + 1 - p > (ptrdiff_t)len &&
		    strncasecmp(c + 1 - len, pics[i], len) == 0)
			break;
	}
	if (pics[i] == NULL && strspn(p + 1, "_") != (size_t)(c - p - 1))
		return (0);
	*q = c + 1;
	return (1);
}

/*
 * Where a lynx link's text that starts at p ends: at the next mark or
 * the line's end when it opens the line or follows a link (a menu, a
 * list of headlines), else after a few words (inside a sentence).
 */
static const char *
unmark_lynx_end(const char *p, const char *e, int opens)
{
	const char	*q, *s = p;
	size_t		 words = 0;

	for (q = p; q < e; q++) {
		if (*q == '[' && unmark_lynx_mark(q, e, &s))
			return (q);
		if (opens)
			continue;
		if (q - p >= MARK_WORD_BYTES || strchr(",.;:!?)\"", *q) != NULL)
			return (q);
		if (*q == ' ' && q > p && q[-1] != ' ' && ++words >= MARK_WORDS)
			return (q);
	}
	return (e);
}

static void	unmark_inline(struct unmark *, const char *, const char *,
		    int);

/* A Markdown link or image at p ("[text](url)", "![alt](src)",
 * "[text][3]"): its text as a link, or nothing; the end in *q. */
static int
unmark_md_link(struct unmark *u, const char *p, const char *e,
    const char **q, int depth)
{
	const char	*t = p + (*p == '!'), *te, *h, *he;
	size_t		 start;

	if (t >= e || *t != '[' || (te = unmark_close(t, e, '[', ']')) ==
	    NULL || te + 1 >= e)
		return (0);
	if (te[1] == '(') {
		if ((he = unmark_close(te + 1, e, '(', ')')) == NULL)
			return (0);
		h = te + 2;
	} else if (te[1] == '[' && te + 2 < e && te[2] != ']' &&
	    (he = unmark_close(te + 1, e, '[', ']')) != NULL)
		h = NULL;
	else
		return (0);
	*q = he + 1;
	if (*p == '!')
		return (1);	/* an image shows nothing */
	start = u->out.len;
	unmark_inline(u, t + 1, te, depth + 1);
	if (depth > 0)
		return (1);	/* a link's text: no link in a link */
	/* a title after the target ("(url \"title\")") is not its part */
	if (h != NULL) {
		while (h < he && *h == ' ')
			h++;
		if (h < he && *h == '<')
			h++;
		te = h;
		while (te < he && *te != ' ' && *te != '>')
			te++;
		unmark_link(u, start, h, te - h);
	} else
		unmark_link(u, start, NULL, 0);
	return (1);
}

/* Is a '*' or '_' at p an emphasis mark: at a word's edge, not alone? */
static int
unmark_emphasis(const char *s, const char *p, const char *e)
{
	int	before = p > s && !isspace((unsigned char)p[-1]);
	int	after = p + 1 < e && !isspace((unsigned char)p[1]);

	if (*p == '_' && before && after && isalnum((unsigned char)p[-1]) &&
	    isalnum((unsigned char)p[1]))
		return (0);	/* snake_case */
	return (before != after);
}

/* The text of s[p..e) without its inline marks, links as links. */
static void
unmark_inline(struct unmark *u, const char *p, const char *e, int depth)
{
	const char	*s = p, *q, *he, *gt = NULL;
	size_t		 start;
	int		 opens = 1;

	while (p < e) {
		if (u->kind == MARK_LYNX && *p == '[') {
			if (unmark_lynx_thing(p, e, &q)) {
				p = q;
				continue;
			}
			if (unmark_lynx_mark(p, e, &q) && (q == e ||
			    *q == ' ')) {
				p = q;	/* a mark whose text went on */
				continue;
			}
			if (unmark_lynx_mark(p, e, &q) && depth == 0) {
				start = u->out.len;
				he = unmark_lynx_end(q, e, opens);
				unmark_inline(u, q, he, depth + 1);
				unmark_link(u, start, NULL, 0);
				p = he;
				continue;
			}
		}
		if (u->kind == MARK_MD && depth < MARK_NEST &&
		    (*p == '[' || *p == '!') &&
		    unmark_md_link(u, p, e, &q, depth)) {
			p = q;
			continue;
		}
		if (u->kind == MARK_MD) {
			if (*p == '\\' && p + 1 < e &&
			    ispunct((unsigned char)p[1])) {
				buf_addc(&u->out, p[1]);
				p += 2;
				continue;
			}
			if ((*p == '*' || *p == '_') && p + 1 < e &&
			    p[1] == *p) {
				p += 2;
				continue;
			}
			if (*p == '`' || ((*p == '*' || *p == '_') &&
			    unmark_emphasis(s, p, e))) {
				p++;
				continue;
			}
			/* (the next '>' is looked for once: "<http<http…"
			 * stays linear) */
			if (*p == '<' && (gt == NULL || gt < p) &&
			    (gt = memchr(p, '>', e - p)) == NULL)
				gt = e;
			if (*p == '<' && e - p > 8 && (memcmp(p + 1, "http", 4)
			    == 0) && (q = gt) < e) {
				start = u->out.len;
				buf_add(&u->out, p + 1, q - p - 1);
				unmark_link(u, start, p + 1, q - p - 1);
				p = q + 1;
				continue;
			}
		}
		if (*p != ' ' && *p != '*' && *p != '+' && *p != '-')
			opens = 0;
		if (u->row && *p == '|') {	/* a cell's end: " | " */
			while (u->out.len > 0 &&
			    u->out.data[u->out.len - 1] == ' ')
				u->out.len--;
			buf_add(&u->out, " | ", 3);
			for (p++; p < e && *p == ' '; p++)
				/* nothing */;
			continue;
		}
		buf_addc(&u->out, *p++);
	}
}

/* Is s[0..n) all of one rule's character ("---", "===", "* * *")? */
static int
unmark_is_rule(const char *s, size_t n)
{
	size_t	i, count = 0;
	char	c = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t')
			continue;
		if (strchr("-=*_", s[i]) == NULL || (c != 0 && s[i] != c))
			return (0);
		c = s[i];
		count++;
	}
	return (count >= 3);
}

/* Is s[0..n) a table's rule ("|---|:--:|") or a link's definition
 * ("[3]: https://…")? */
static int
unmark_md_gone(const char *s, size_t n)
{
	const char	*q;

	if (n > 0 && (s[0] == '|' || s[0] == ':' || s[0] == '-') &&
	    strspn(s, "|:- \t") == n && memchr(s, '|', n) != NULL)
		return (1);
	return (n > 4 && s[0] == '[' && (q = memchr(s, ']', n)) != NULL &&
	    q + 1 < s + n && q[1] == ':');
}

/* Is s[0..n) a line of lynx's list of URLs ("  12. https://…")? */
static int
unmark_lynx_url(const char *s, size_t n)
{
	size_t	i = 0;

	while (i < n && isdigit((unsigned char)s[i]))
		i++;
	if (i == 0 || i + 2 >= n || s[i] != '.' || s[i + 1] != ' ')
		return (0);
	for (i += 2; i < n && s[i] == ' '; i++)
		/* nothing */;
	for (; i < n && isalpha((unsigned char)s[i]); i++)
		/* nothing */;
	return (i < n && s[i] == ':');
}

/* Is s[0..n) the heading of lynx's list of URLs? */
static int
unmark_lynx_refs(const char *s, size_t n)
{
	return ((n == 10 && memcmp(s, "References", 10) == 0) ||
	    (n == 13 && memcmp(s, "Visible links", 13) == 0) ||
	    (n >= 12 && memcmp(s, "Hidden links", 12) == 0));
}

/*
 * A line of a Jina Reader header ("Title: …", "URL Source: …",
 * "Published Time: …", "Markdown Content:"), above the text: the title
 * stays as its first line, the rest go to u's fields.
 */
static int
unmark_header(struct unmark *u, const char **pp, const char *e)
{
	static const char *const keys[] = { "Title:", "URL Source:",
	    "Published Time:", "Markdown Content:", NULL };
	const char	*p = *pp;
	size_t		 i, len;

	for (i = 0; keys[i] != NULL; i++) {
		len = strlen(keys[i]);
		if ((size_t)(e - p) >= len && memcmp(p, keys[i], len) == 0)
			break;
	}
	if (keys[i] == NULL)
		return (0);
	for (p += len; p < e && *p == ' '; p++)
		/* nothing */;
	if (i == 0) {
		*pp = p;
		return (0);
	}
	if (i == 1 && u->url == NULL && e > p)
		u->url = xstrndup(p, e - p);
	else if (i == 2 && u->date == NULL && e > p)
		u->date = xstrndup(p, e - p);
	else if (i == 3)
		u->head = 0;
	return (1);
}

/* One line of s[p..e), its marks gone, to u->out with its newline. */
static void
unmark_line(struct unmark *u, const char *p, const char *e)
{
	const char	*q;

	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	if (u->head && p < e && unmark_header(u, &p, e))
		p = e;
	else if (u->head && p < e && u->out.len > 0)
		u->head = 0;	/* no header, or past it */
	if (u->kind == MARK_LYNX) {
		if (unmark_lynx_refs(p, e - p))
			u->refs = 1;
		else if (p < e && !(u->refs && unmark_lynx_url(p, e - p)))
			u->refs = 0;
		if (u->refs || (p < e && unmark_lynx_url(p, e - p) &&
		    memchr(p, ' ', e - p) == memrchr(p, ' ', e - p)))
			p = e;
	} else if (unmark_is_rule(p, e - p) || unmark_md_gone(p, e - p))
		p = e;
	else {
		for (q = p; q < e && q - p < 6 && *q == '#'; q++)
			/* nothing */;
		if (q > p && (q == e || *q == ' ')) {
			p = q;	/* a heading's marks, before and after */
			while (e > p && (e[-1] == '#' || e[-1] == ' '))
				e--;
		}
		while (p < e && *p == '>')
			for (p++; p < e && *p == ' '; p++)
				/* nothing */;
		if (p < e && *p == '|') {	/* a table's row: its outer
						 * bars go, " | " between cells
						 * stays (clean-table.c) */
			for (p++; p < e && *p == ' '; p++)
				/* nothing */;
			if (e > p && e[-1] == '|')
				e--;
			u->row = 1;
		}
	}
	unmark_inline(u, p, e, 0);
	u->row = 0;
	buf_addc(&u->out, '\n');
}

/* Which marks does s[0..n) carry, if enough of them? */
static enum mark_kind
unmark_kind(const char *s, size_t n)
{
	const char	*p, *e = s + n, *nl, *q, *c;
	size_t		 links = 0, heads = 0, bold = 0, marks = 0, up = 0;
	long		 last = 0, v;
	int		 refs = 0;

	for (p = s; p < e; p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		while (p < nl && (*p == ' ' || *p == '\t'))
			p++;
		if (unmark_lynx_refs(p, nl - p))
			refs = 1;
		else if (refs == 1 && p < nl)
			refs = unmark_lynx_url(p, nl - p) ? 2 : 0;
		if (nl - p > 2 && *p == '#' && memchr(p, ' ', nl - p) != NULL &&
		    strspn(p, "#") <= 6 && p[strspn(p, "#")] == ' ')
			heads++;
		for (q = p; q < nl && (q = memchr(q, '[', nl - q)) != NULL;
		    q++) {
			if ((c = unmark_close(q, nl, '[', ']')) != NULL &&
			    c + 1 < nl && ((q == p && c[1] == ':') ||
			    (c[1] == '(' && unmark_close(c + 1, nl, '(',
			    ')') != NULL) || (c[1] == '[' &&
			    unmark_close(c + 1, nl, '[', ']') != NULL)))
				links++;
			/* a link's text after it, not a footnote's "[3]." */
			if (unmark_lynx_mark(q, nl, &c) && c < nl &&
			    (isalnum((unsigned char)*c) ||
			    (unsigned char)*c >= 0x80)) {
				v = strtol(q + 1, NULL, 10);
				marks++;
				up += v > last;
				last = v;
			}
		}
		if ((q = memmem(p, nl - p, "**", 2)) != NULL &&
		    memmem(q + 2, nl - q - 2, "**", 2) != NULL)
			bold++;
		if (nl == e)
			break;
	}
	if (refs == 2 || (marks >= MARK_LYNX_MIN && up * 10 >= marks * 8 &&
	    marks > links))
		return (MARK_LYNX);
	if (links >= MARK_MD_LINKS || (heads >= 2 && links + bold >= 1))
		return (MARK_MD);
	return (MARK_NONE);
}

/*
 * The text s[0..n) without its Markdown or lynx marks, its links in
 * *links (offsets in the text returned), or NULL when it has not enough
 * marks to be read so.  A header's URL and date go to a's fields.
 */
char *
import_unmark(struct article *a, const char *s, size_t n, size_t *outlen,
    struct html_link **links, size_t *nlinks)
{
	struct unmark	 u;
	const char	*p, *e = s + n, *nl;

	memset(&u, 0, sizeof u);
	if ((u.kind = unmark_kind(s, n)) == MARK_NONE)
		return (NULL);
	u.head = 1;
	buf_init(&u.out);
	for (p = s; p < e; p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		unmark_line(&u, p, nl);
		if (nl == e)
			break;
	}
	if (a->url == NULL)
		a->url = u.url;
	else
		free(u.url);
	if (a->published == NULL && u.date != NULL)
		a->published = date_parse(u.date);
	free(u.date);
	*outlen = u.out.len;
	*links = u.links;
	*nlinks = u.nlinks;
	return (buf_release(&u.out));
}
