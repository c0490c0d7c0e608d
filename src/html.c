/*
 * html.c: turns a web page into sift's text model, with libxml2's HTML
 * parser doing the parsing: tag soup and its repairs (implied and
 * misnested end tags), character references, <script> and <style> as
 * raw text.  html.c listens to the parser's events (SAX) and builds no
 * libxml2 tree: it writes the text as blocks separated by '\n', records
 * the byte ranges of link text, and builds the page's shape as a dom
 * (dom.c): a node for each block-level element, with what its tag,
 * class, id, role and itemprop say, and for each block the node it was
 * written in.  The page's metadata (title, date, author, site, canonical
 * URL, language) is gathered on the way, from <title>, <h1>, <meta>,
 * <link>, <time> and JSON-LD (meta.c chooses among what was found).
 *
 * White space is never written eagerly: it is remembered and written
 * only before the next visible byte of the same block, so blocks come out
 * trimmed and empty blocks never appear.  Control characters never reach
 * the text.  The input must be UTF-8 (import decodes it first); bytes
 * that are not are repaired to U+FFFD before libxml2 sees them, so that
 * it never falls back to reading the page as Latin-1.  Nothing here
 * recurses, but for one parse of a story found in the page's scripts
 * (script.c) when its markup holds none: a page of 100,000 nested
 * elements costs what its bytes do.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "sift.h"

#define HTML_NOPOS	((size_t)-1)
#define HTML_SNIFF_MAX	1024
#define HTML_DETECT_MAX	4096
#define HTML_LD_MAX	(4 * 1024 * 1024)	/* JSON-LD kept, in bytes */
#define HTML_SCRIPT_MAX	(16 * 1024 * 1024)	/* one script read, in bytes */
#define HTML_STORY_MIN	300	/* a story from the scripts, in bytes */

#define HTML_SPACE(c)	((c) == ' ' || (c) == '\t' || (c) == '\n' || \
			    (c) == '\r' || (c) == '\f')
#define HTML_ALNUM(c)	(((c) >= 'a' && (c) <= 'z') || \
			    ((c) >= 'A' && (c) <= 'Z') || \
			    ((c) >= '0' && (c) <= '9'))
#define HTML_LOWER(c)	((c) >= 'A' && (c) <= 'Z' ? (c) - 'A' + 'a' : (c))

#define TAG_BLOCK	0x01	/* starts and ends a block of text */
#define TAG_SKIP	0x02	/* its content is never article text */
#define TAG_INLINE	0x04	/* phrasing: no node of its own */
#define TAG_PRE		0x08	/* keeps its white space */

struct html_tagdef {
	const char	*name;
	int		 flags;
	int		 dom;		/* enum dom_tag */
};

/* What an open element did, to undo at its end. */
#define OPEN_SKIP	0x01
#define OPEN_LINK	0x02
#define OPEN_PRE	0x04
#define OPEN_H1		0x08
#define OPEN_TITLE	0x10
#define OPEN_LD		0x20
#define OPEN_HEAD	0x40
#define OPEN_BLOCK	0x80
#define OPEN_SCRIPT	0x100
#define OPEN_TPL	0x200

struct html_open {
	const xmlChar	*name;
	uint32_t	 node;		/* the dom node it opened */
	uint32_t	 prev;		/* the innermost node before it */
	int		 what;		/* OPEN_* */
};

struct html_parser {
	struct html_doc		*doc;
	struct dom		*dom;

	struct buf		 out;
	size_t			 block;	/* start of the open block */
	int			 inblock; /* it has text */
	int			 space;	/* white space is pending */
	struct buf		 ws;	/* pending white space in <pre> */
	size_t			 pre;	/* depth of <pre> */

	struct html_open	*stack;
	size_t			 depth;
	size_t			 stacksize;
	size_t			 skip;	/* open elements whose text is not */
	size_t			 head;
	uint32_t		 cur;	/* the innermost open node */

	int			 inlink;
	char			*href;
	size_t			 linkstart;
	size_t			 linkalloc;

	int			 h1state; /* 0 none, 1 in it, 2 done */
	size_t			 h1start;
	int			 intitle;
	struct buf		 title;
	int			 gottitle;
	int			 inld;
	struct buf		 ld;	/* JSON-LD scripts, NUL between */
	int			 scripts; /* read scripts for a story */
	int			 inscript;
	struct buf		 script;	/* the script being read */
	struct buf		 story;	/* the longest story in them */
	int			 intpl;	/* in a <script type=text/template> */
	int			 tplrun; /* reading one's markup in place */
	int			 tplready;
	struct buf		 tpl;	/* its markup */
	size_t			 floor;	/* depth a template's end tags stop at */
	htmlSAXHandler		*sax;

	struct meta		*meta;
};

static struct html_doc *html_read(const char *, size_t, int);
static void html_run(const char *, size_t, htmlSAXHandler *, void *, int);
static struct html_doc *html_instead(struct html_doc *, struct html_doc *,
    unsigned);

/*
 * Every element html.c knows by name, sorted for binary search.  Others,
 * custom elements included, get a node (they are often a page's
 * components: <amp-ad>, <comment-list>) but do not break the text.  The
 * text of <button>, <select> and <textarea> belongs to widgets, not to
 * the article; <audio>, <video> and <object> hold fallback text for old
 * browsers, <noscript> and <template> what a script would show; <rt> is
 * a reading shown above the text (furigana), not part of it.
 */
static const struct html_tagdef html_tags[] = {
	{ "a", TAG_INLINE, 0 },
	{ "abbr", TAG_INLINE, 0 },
	{ "acronym", TAG_INLINE, 0 },
	{ "address", TAG_BLOCK, DOM_ADDRESS },
	{ "applet", TAG_SKIP, 0 },
	{ "area", TAG_INLINE, 0 },
	{ "article", TAG_BLOCK, DOM_ARTICLE },
	{ "aside", TAG_BLOCK, DOM_ASIDE },
	{ "audio", TAG_SKIP, 0 },
	{ "b", TAG_INLINE, 0 },
	{ "base", TAG_INLINE, 0 },
	{ "basefont", TAG_INLINE, 0 },
	{ "bdi", TAG_INLINE, 0 },
	{ "bdo", TAG_INLINE, 0 },
	{ "big", TAG_INLINE, 0 },
	{ "blink", TAG_INLINE, 0 },
	{ "blockquote", TAG_BLOCK, DOM_BLOCKQUOTE },
	{ "body", TAG_BLOCK, DOM_BODY },
	{ "br", TAG_INLINE, 0 },
	{ "button", TAG_SKIP, 0 },
	{ "canvas", TAG_SKIP, 0 },
	{ "caption", TAG_BLOCK, DOM_CAPTION },
	{ "center", TAG_BLOCK, DOM_CENTER },
	{ "cite", TAG_INLINE, 0 },
	{ "code", TAG_INLINE, 0 },
	{ "col", TAG_INLINE, 0 },
	{ "colgroup", TAG_INLINE, 0 },
	{ "data", TAG_INLINE, 0 },
	{ "datalist", TAG_SKIP, 0 },
	{ "dd", TAG_BLOCK, DOM_DD },
	{ "del", TAG_INLINE, 0 },
	{ "details", TAG_BLOCK, DOM_DETAILS },
	{ "dfn", TAG_INLINE, 0 },
	{ "dialog", TAG_BLOCK, DOM_DIALOG },
	{ "dir", TAG_BLOCK, DOM_UL },
	{ "div", TAG_BLOCK, DOM_DIV },
	{ "dl", TAG_BLOCK, DOM_DL },
	{ "dt", TAG_BLOCK, DOM_DT },
	{ "em", TAG_INLINE, 0 },
	{ "embed", TAG_SKIP, 0 },
	{ "fieldset", TAG_BLOCK, DOM_FIELDSET },
	{ "figcaption", TAG_BLOCK, DOM_FIGCAPTION },
	{ "figure", TAG_BLOCK, DOM_FIGURE },
	{ "font", TAG_INLINE, 0 },
	{ "footer", TAG_BLOCK, DOM_FOOTER },
	{ "form", TAG_BLOCK, DOM_FORM },
	{ "frame", TAG_SKIP, 0 },
	{ "frameset", TAG_SKIP, 0 },
	{ "h1", TAG_BLOCK, DOM_H1 },
	{ "h2", TAG_BLOCK, DOM_H2 },
	{ "h3", TAG_BLOCK, DOM_H3 },
	{ "h4", TAG_BLOCK, DOM_H4 },
	{ "h5", TAG_BLOCK, DOM_H5 },
	{ "h6", TAG_BLOCK, DOM_H6 },
	{ "head", TAG_INLINE, 0 },
	{ "header", TAG_BLOCK, DOM_HEADER },
	{ "hgroup", TAG_BLOCK, DOM_HGROUP },
	{ "hr", TAG_BLOCK, DOM_OTHER },
	{ "html", TAG_BLOCK, DOM_HTML },
	{ "i", TAG_INLINE, 0 },
	{ "iframe", TAG_SKIP, 0 },
	{ "img", TAG_INLINE, 0 },
	{ "input", TAG_SKIP, 0 },
	{ "ins", TAG_INLINE, 0 },
	{ "kbd", TAG_INLINE, 0 },
	{ "label", TAG_INLINE, 0 },
	{ "legend", TAG_BLOCK, DOM_OTHER },
	{ "li", TAG_BLOCK, DOM_LI },
	{ "link", TAG_INLINE, 0 },
	{ "listing", TAG_BLOCK | TAG_PRE, DOM_PRE },
	{ "main", TAG_BLOCK, DOM_MAIN },
	{ "map", TAG_INLINE, 0 },
	{ "mark", TAG_INLINE, 0 },
	{ "marquee", TAG_BLOCK, DOM_OTHER },
	{ "math", TAG_SKIP, 0 },
	{ "menu", TAG_BLOCK, DOM_MENU },
	{ "meta", TAG_INLINE, 0 },
	{ "meter", TAG_SKIP, 0 },
	{ "nav", TAG_BLOCK, DOM_NAV },
	{ "nobr", TAG_INLINE, 0 },
	{ "noembed", TAG_SKIP, 0 },
	{ "noframes", TAG_SKIP, 0 },
	{ "noscript", TAG_SKIP, 0 },
	{ "object", TAG_SKIP, 0 },
	{ "ol", TAG_BLOCK, DOM_OL },
	{ "optgroup", TAG_SKIP, 0 },
	{ "option", TAG_SKIP, 0 },
	{ "output", TAG_INLINE, 0 },
	{ "p", TAG_BLOCK, DOM_P },
	{ "param", TAG_INLINE, 0 },
	{ "picture", TAG_INLINE, 0 },
	{ "pre", TAG_BLOCK | TAG_PRE, DOM_PRE },
	{ "progress", TAG_SKIP, 0 },
	{ "q", TAG_INLINE, 0 },
	{ "rp", TAG_SKIP, 0 },
	{ "rt", TAG_SKIP, 0 },
	{ "ruby", TAG_INLINE, 0 },
	{ "s", TAG_INLINE, 0 },
	{ "samp", TAG_INLINE, 0 },
	{ "script", TAG_SKIP, 0 },
	{ "search", TAG_BLOCK, DOM_SEARCH },
	{ "section", TAG_BLOCK, DOM_SECTION },
	{ "select", TAG_SKIP, 0 },
	{ "small", TAG_INLINE, 0 },
	{ "source", TAG_INLINE, 0 },
	{ "span", TAG_INLINE, 0 },
	{ "strike", TAG_INLINE, 0 },
	{ "strong", TAG_INLINE, 0 },
	{ "style", TAG_SKIP, 0 },
	{ "sub", TAG_INLINE, 0 },
	{ "summary", TAG_BLOCK, DOM_OTHER },
	{ "sup", TAG_INLINE, 0 },
	{ "svg", TAG_SKIP, 0 },
	{ "table", TAG_BLOCK, DOM_TABLE },
	{ "tbody", TAG_BLOCK, DOM_OTHER },
	{ "td", TAG_BLOCK, DOM_TD },
	{ "template", TAG_SKIP, 0 },
	{ "textarea", TAG_SKIP, 0 },
	{ "tfoot", TAG_BLOCK, DOM_OTHER },
	{ "th", TAG_BLOCK, DOM_TH },
	{ "thead", TAG_BLOCK, DOM_OTHER },
	{ "time", TAG_INLINE, 0 },
	{ "title", TAG_INLINE, 0 },
	{ "tr", TAG_BLOCK, DOM_TR },
	{ "track", TAG_INLINE, 0 },
	{ "tt", TAG_INLINE, 0 },
	{ "u", TAG_INLINE, 0 },
	{ "ul", TAG_BLOCK, DOM_UL },
	{ "var", TAG_INLINE, 0 },
	{ "video", TAG_SKIP, 0 },
	{ "wbr", TAG_INLINE, 0 },
};
#define HTML_NTAGS	(sizeof html_tags / sizeof html_tags[0])

static void	html_break(struct html_parser *, int);

static const struct html_tagdef *
html_tag(const char *s, size_t n)
{
	size_t	lo = 0, hi = HTML_NTAGS, mid, len;
	int	c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		len = strlen(html_tags[mid].name);
		if ((c = memcmp(s, html_tags[mid].name, n < len ? n : len)) ==
		    0)
			c = n < len ? -1 : n > len;
		if (c == 0)
			return (&html_tags[mid]);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return (NULL);
}

/* Does s start with word, ignoring ASCII case? */
static int
html_caseprefix(const char *s, size_t n, const char *word)
{
	size_t	i;

	for (i = 0; word[i] != '\0'; i++) {
		if (i >= n || HTML_LOWER(s[i]) != word[i])
			return (0);
	}
	return (1);
}

/* Is there a tag html.c knows at s[i] ('<'), within n? */
static int
html_known_tag(const char *s, size_t n, size_t i)
{
	char	name[16];
	size_t	len = 0;

	if (++i < n && s[i] == '/')
		i++;
	for (; i < n && HTML_ALNUM(s[i]); i++) {
		if (len == sizeof name)
			return (0);
		name[len++] = HTML_LOWER(s[i]);
	}
	if (len == 0 || i >= n ||
	    (!HTML_SPACE(s[i]) && s[i] != '/' && s[i] != '>'))
		return (0);
	return (html_tag(name, len) != NULL);
}

/*
 * Is the input HTML?  It is when it starts with markup html.c knows, or
 * has three known tags in its first 4 KB; "a < b" and "<foo@bar>" are
 * not.
 */
int
html_detect(const char *s, size_t n)
{
	const char	*p;
	size_t		 i = 0, lim, count = 0;

	if (n >= 3 && memcmp(s, "\357\273\277", 3) == 0)
		i = 3;
	while (i < n && HTML_SPACE(s[i]))
		i++;
	if (i < n && s[i] == '<' &&
	    (html_caseprefix(s + i, n - i, "<!doctype") ||
	    html_caseprefix(s + i, n - i, "<!--") || html_known_tag(s, n, i)))
		return (1);
	lim = n < HTML_DETECT_MAX ? n : HTML_DETECT_MAX;
	for (p = s; (p = memchr(p, '<', lim - (p - s))) != NULL; p++) {
		if (html_known_tag(s, lim, p - s) && ++count >= 3)
			return (1);
	}
	return (0);
}

/* The value of attribute name, or NULL (a bare attribute gives ""). */
static const char *
html_attr(const xmlChar **atts, const char *name)
{
	size_t	i;

	for (i = 0; atts != NULL && atts[i] != NULL; i += 2) {
		if (strcmp((const char *)atts[i], name) == 0)
			return (atts[i + 1] != NULL ?
			    (const char *)atts[i + 1] : "");
	}
	return (NULL);
}

/* Is word (lower case) in s, ignoring case? */
static const char *
html_casefind(const char *s, const char *word)
{
	size_t	n = strlen(s);

	for (; *s != '\0'; s++, n--) {
		if (HTML_LOWER(*s) == word[0] && html_caseprefix(s, n, word))
			return (s);
	}
	return (NULL);
}

/* Does a style say display:none or visibility:hidden? */
static int
html_style_hidden(const char *s)
{
	static const char	*props[] = { "display", "visibility" };
	static const char	*vals[] = { "none", "hidden" };
	const char		*p;
	size_t			 i;

	for (i = 0; i < 2; i++) {
		for (p = s; (p = html_casefind(p, props[i])) != NULL;) {
			p += strlen(props[i]);
			while (HTML_SPACE(*p))
				p++;
			if (*p != ':')
				continue;	/* p is at a byte, or the NUL */
			p++;
			while (HTML_SPACE(*p))
				p++;
			if (html_caseprefix(p, strlen(p), vals[i]))
				return (1);
		}
	}
	return (0);
}

/* Is word one of the white-space separated words of s, ignoring case? */
static int
html_has_word(const char *s, const char *word)
{
	size_t	len = strlen(word), n;

	while (*s != '\0') {
		while (HTML_SPACE(*s))
			s++;
		for (n = 0; s[n] != '\0' && !HTML_SPACE(s[n]); n++)
			/* nothing */;
		if (n == len && html_caseprefix(s, n, word))
			return (1);
		s += n;
	}
	return (0);
}

/* Take what an element's attributes say into its node. */
static void
html_node_attrs(struct dom_node *nd, const xmlChar **atts)
{
	static const struct {
		const char	*role;
		int		 flag;
	} roles[] = {
		{ "navigation", DOM_N_NAV }, { "menu", DOM_N_NAV },
		{ "menubar", DOM_N_NAV }, { "complementary", DOM_N_ASIDE },
		{ "contentinfo", DOM_N_FOOTER }, { "banner", DOM_N_BANNER },
		{ "dialog", DOM_N_DIALOG }, { "alertdialog", DOM_N_DIALOG },
		{ "alert", DOM_N_DIALOG }, { "main", DOM_N_MAIN },
		{ "article", DOM_N_ARTICLE }, { "search", DOM_N_SEARCH },
	};
	const char	*v;
	size_t		 i;

	if ((v = html_attr(atts, "hidden")) != NULL ||
	    ((v = html_attr(atts, "aria-hidden")) != NULL &&
	    html_caseprefix(v, strlen(v), "true")) ||
	    ((v = html_attr(atts, "style")) != NULL && html_style_hidden(v)))
		nd->flags |= DOM_N_HIDDEN;
	if ((v = html_attr(atts, "role")) != NULL) {
		for (i = 0; i < sizeof roles / sizeof roles[0]; i++) {
			if (html_has_word(v, roles[i].role))
				nd->flags |= roles[i].flag;
		}
	}
	if ((v = html_attr(atts, "itemprop")) != NULL) {
		if (html_has_word(v, "articlebody"))
			nd->flags |= DOM_N_ARTBODY;
		else if (html_has_word(v, "comment"))
			nd->flags |= DOM_N_COMMENT;
		else
			dom_name(nd, v, DOM_ATTR_ITEMPROP);
	}
	if ((v = html_attr(atts, "itemtype")) != NULL) {
		if (html_casefind(v, "comment") != NULL)
			nd->flags |= DOM_N_COMMENT;
		else if (html_casefind(v, "article") != NULL ||
		    html_casefind(v, "blogposting") != NULL)
			nd->flags |= DOM_N_ARTICLE;
	}
	if ((v = html_attr(atts, "id")) != NULL)
		dom_name(nd, v, DOM_ATTR_ID);
	if ((v = html_attr(atts, "class")) != NULL)
		dom_name(nd, v, DOM_ATTR_CLASS);
}

static void
html_ws_clear(struct html_parser *p)
{
	p->space = 0;
	p->ws.len = 0;
	if (p->ws.data != NULL)
		p->ws.data[0] = '\0';
}

/*
 * Write visible bytes, after whatever separator is pending.  The first
 * byte of a block records where in the page the block stands.
 */
static void
html_write(struct html_parser *p, const char *s, size_t n)
{
	if (!p->inblock) {
		if (p->out.len > 0)
			buf_addc(&p->out, '\n');
		p->block = p->out.len;
		p->inblock = 1;
		dom_add_block(p->dom, p->cur);
	}
	if (p->pre != 0 && p->ws.len != 0)
		buf_add(&p->out, p->ws.data, p->ws.len);
	else if (p->pre == 0 && p->space && p->out.len > p->block)
		buf_addc(&p->out, ' ');
	html_ws_clear(p);
	if (p->inlink && p->linkstart == HTML_NOPOS)
		p->linkstart = p->out.len;
	if (p->h1state == 1 && p->h1start == HTML_NOPOS)
		p->h1start = p->out.len;
	buf_add(&p->out, s, n);
}

/*
 * Add text: white space is made pending (in <pre>, a line break ends the
 * block), control characters are dropped, the rest is written.
 */
static void
html_put(struct html_parser *p, const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, j;
	int			 nbsp, c1, wrote = 0, lines = 0;

	while (i < n) {
		nbsp = u[i] == 0xc2 && i + 1 < n && u[i + 1] == 0xa0;
		c1 = u[i] == 0xc2 && i + 1 < n && u[i + 1] >= 0x80 &&
		    u[i + 1] <= 0x9f;
		if (HTML_SPACE(u[i]) || nbsp) {
			/* a blank line between words of one text: a
			 * post laid out by white-space: pre-wrap (a BBS
			 * article) has its paragraphs so */
			if (p->pre == 0 && u[i] == '\n' && wrote &&
			    ++lines == 2)
				html_break(p, 1);
			if (p->pre == 0)
				p->space = 1;
			else if (u[i] == '\n' || u[i] == '\r')
				html_break(p, 1);
			else
				buf_addc(&p->ws, u[i] == '\t' ? '\t' : ' ');
			i += 1 + nbsp;
		} else if (u[i] < 0x20 || u[i] == 0x7f || c1)
			i += 1 + c1;	/* a control: no text, no break */
		else {
			for (j = i + 1; j < n && u[j] > 0x20 && u[j] != 0x7f &&
			    u[j] != 0xc2; j++)
				/* nothing */;
			html_write(p, s + i, j - i);
			i = j;
			wrote = 1;
			lines = 0;
		}
	}
}

/* Record the part of the open link written so far, if any. */
static void
html_link_cut(struct html_parser *p)
{
	struct html_doc		*doc = p->doc;
	struct html_link	*l;

	if (!p->inlink || p->linkstart == HTML_NOPOS)
		return;
	if (p->out.len > p->linkstart) {
		if (doc->nlinks == p->linkalloc) {
			p->linkalloc = p->linkalloc == 0 ? 8 :
			    p->linkalloc * 2;
			doc->links = xreallocarray(doc->links, p->linkalloc,
			    sizeof *doc->links);
		}
		l = &doc->links[doc->nlinks++];
		l->start = p->linkstart;
		l->len = p->out.len - p->linkstart;
		l->href = p->href != NULL ? xstrdup(p->href) : NULL;
	}
	p->linkstart = HTML_NOPOS;
}

static void
html_link_close(struct html_parser *p)
{
	html_link_cut(p);
	free(p->href);
	p->href = NULL;
	p->inlink = 0;
}

/*
 * Collapse white space (NBSP too) to single spaces and trim, in place,
 * dropping control characters.  An empty result is freed: return NULL.
 */
char *
html_squash(char *s)
{
	unsigned char	*r = (unsigned char *)s, *w = r;
	int		 space = 0;

	if (s == NULL)
		return (NULL);
	for (; *r != '\0'; r++) {
		if (HTML_SPACE(*r) || (r[0] == 0xc2 && r[1] == 0xa0)) {
			r += *r == 0xc2;
			space = w != (unsigned char *)s;
		} else if (*r >= 0x20 && *r != 0x7f && !(r[0] == 0xc2 &&
		    r[1] >= 0x80 && r[1] <= 0x9f)) {
			if (space)
				*w++ = ' ';
			space = 0;
			*w++ = *r;
		} else if (r[0] == 0xc2)
			r++;
	}
	*w = '\0';
	if (*s == '\0') {
		free(s);
		return (NULL);
	}
	return (s);
}

static void
html_h1_finish(struct html_parser *p)
{
	char	*h1;

	h1 = html_squash(xstrndup(p->out.data + p->h1start,
	    p->out.len - p->h1start));
	p->h1state = h1 != NULL ? 2 : 0;
	p->h1start = HTML_NOPOS;
	meta_set_h1(p->meta, h1);
}

/* End the open block; a <br> does not end the <h1> being read. */
static void
html_break(struct html_parser *p, int br)
{
	html_link_cut(p);
	if (!br && p->h1state == 1 && p->h1start != HTML_NOPOS)
		html_h1_finish(p);
	p->inblock = 0;
	html_ws_clear(p);
}

/* Metadata from <html>, <meta>, <link> and <time>. */
static void
html_meta(struct html_parser *p, const char *name, const xmlChar **atts)
{
	const char	*v, *key;

	if (strcmp(name, "html") == 0) {
		if ((v = html_attr(atts, "lang")) != NULL)
			meta_set(p->meta, META_LANG, v, 0);
	} else if (strcmp(name, "time") == 0) {
		if ((v = html_attr(atts, "datetime")) != NULL && p->skip == 0)
			meta_set(p->meta, META_DATE, v, META_PRIO_TIME);
	} else if (strcmp(name, "link") == 0) {
		if ((v = html_attr(atts, "rel")) != NULL &&
		    html_has_word(v, "canonical") &&
		    (v = html_attr(atts, "href")) != NULL)
			meta_set(p->meta, META_URL, v, 0);
	} else if (strcmp(name, "meta") == 0) {
		if ((v = html_attr(atts, "content")) == NULL)
			return;
		if ((key = html_attr(atts, "property")) != NULL)
			meta_key(p->meta, key, v);
		if ((key = html_attr(atts, "name")) != NULL)
			meta_key(p->meta, key, v);
		if ((key = html_attr(atts, "itemprop")) != NULL)
			meta_key(p->meta, key, v);
	}
}

static struct html_open *
html_push(struct html_parser *p, const xmlChar *name)
{
	struct html_open	*o;

	if (p->depth == p->stacksize) {
		p->stacksize = p->stacksize == 0 ? 64 : p->stacksize * 2;
		p->stack = xreallocarray(p->stack, p->stacksize,
		    sizeof *p->stack);
	}
	o = &p->stack[p->depth++];
	o->name = name;
	o->node = DOM_NONE;
	o->prev = p->cur;
	o->what = 0;
	return (o);
}

/* Is an element of a form open (a textarea there is the reader's)? */
static int
html_in_form(const struct html_parser *p)
{
	size_t	i;

	for (i = 0; i < p->depth; i++)
		if (strcmp((const char *)p->stack[i].name, "form") == 0)
			return (1);
	return (0);
}

static void
html_start(void *arg, const xmlChar *xname, const xmlChar **atts)
{
	struct html_parser		*p = arg;
	const char			*name = (const char *)xname, *v;
	const struct html_tagdef	*def;
	struct html_open		*o;
	struct dom_node			*nd;

	def = html_tag(name, strlen(name));
	o = html_push(p, xname);
	html_meta(p, name, atts);
	if (p->skip != 0)
		return;
	if (strcmp(name, "title") == 0 || strcmp(name, "meta") == 0)
		p->dom->flags |= DOM_P_PAGE;
	if (strcmp(name, "head") == 0) {
		o->what |= OPEN_HEAD;
		p->head++;
		return;
	}
	if (strcmp(name, "title") == 0) {
		if (!p->gottitle && p->h1state != 1) {
			o->what |= OPEN_TITLE;
			p->intitle = 1;
		}
		return;
	}
	if (strcmp(name, "script") == 0 && (v = html_attr(atts, "type")) !=
	    NULL && html_casefind(v, "ld+json") != NULL) {
		o->what |= OPEN_LD | OPEN_SKIP;
		p->inld = 1;
		p->skip++;
		return;
	}
	if (!p->tplrun && ((strcmp(name, "script") == 0 &&
	    (v = html_attr(atts, "type")) != NULL &&
	    (html_casefind(v, "text/template") != NULL ||
	    html_casefind(v, "text/html") != NULL ||
	    html_casefind(v, "text/x-template") != NULL)) ||
	    (strcmp(name, "textarea") == 0 && !html_in_form(p)))) {
		o->what |= OPEN_SKIP | OPEN_TPL;
		p->skip++;
		p->intpl = 1;
		p->tpl.len = 0;
		return;
	}
	if (def != NULL && (def->flags & TAG_SKIP)) {
		o->what |= OPEN_SKIP;
		p->skip++;
		if (p->scripts && strcmp(name, "script") == 0) {
			o->what |= OPEN_SCRIPT;
			p->inscript = 1;
			p->script.len = 0;
		}
		return;
	}
	if (def == NULL || !(def->flags & TAG_INLINE)) {
		/* a block, or an element html.c does not know */
		if (def != NULL && (def->flags & TAG_BLOCK)) {
			html_break(p, 0);
			o->what |= OPEN_BLOCK;
		}
		o->node = dom_add_node(p->dom, p->cur,
		    def != NULL ? def->dom : DOM_OTHER);
		nd = &p->dom->nodes[o->node];
		if (def == NULL)
			dom_name(nd, name, DOM_ATTR_CLASS);
		html_node_attrs(nd, atts);
		p->cur = o->node;
		if (def != NULL && (def->flags & TAG_PRE)) {
			o->what |= OPEN_PRE;
			p->pre++;
		}
		if (def != NULL && def->dom == DOM_H1 && p->h1state == 0) {
			o->what |= OPEN_H1;
			p->h1state = 1;
		}
		return;
	}
	if (strcmp(name, "br") == 0)
		html_break(p, 1);
	else if (strcmp(name, "a") == 0) {
		html_link_close(p);
		p->inlink = 1;
		o->what |= OPEN_LINK;
		if ((v = html_attr(atts, "href")) != NULL)
			p->href = html_squash(xstrdup(v));
	}
}

/* Undo what an open element did. */
static void
html_close(struct html_parser *p, struct html_open *o)
{
	if (o->what & OPEN_SKIP) {
		p->skip--;
		p->inld = 0;
	}
	if (o->what & OPEN_HEAD)
		p->head--;
	if (o->what & OPEN_TITLE) {
		p->intitle = 0;
		p->gottitle = 1;
		meta_set(p->meta, META_TITLE, p->title.data != NULL ?
		    p->title.data : "", META_PRIO_TITLE);
	}
	if (o->what & OPEN_LD)
		buf_addc(&p->ld, '\0');
	if (o->what & OPEN_SCRIPT) {
		p->inscript = 0;
		script_scan(&p->story, p->script.data, p->script.len);
	}
	if (o->what & OPEN_TPL) {
		p->intpl = 0;
		p->tplready = 1;
	}
	if (o->what & OPEN_LINK)
		html_link_close(p);
	if (o->what & OPEN_PRE)
		p->pre--;
	if (o->what & OPEN_BLOCK)
		html_break(p, 0);
	if ((o->what & OPEN_H1) && p->h1state == 1)
		p->h1state = 0;	/* it was empty: try the next */
	if (o->node != DOM_NONE)
		p->cur = o->prev;
}

/*
 * Blogger's templates (Google's own blogs among them) ship the post as
 * markup in a <script type="text/template"> inside the article's own
 * element, for a script to show; some portals (huanqiu.com) keep it
 * escaped in a hidden <textarea>.  Read that markup in place, as a
 * browser would show it once the script ran, unless it is a template
 * with holes to fill in ("{{title}}", "<%= body %>"): that is a
 * widget's, not a story.
 */
static void
html_tpl(struct html_parser *p)
{
	struct buf	 t;
	size_t		 depth = p->depth, floor = p->floor, i;

	if (!p->tplready)
		return;
	p->tplready = 0;
	t = p->tpl;
	buf_init(&p->tpl);
	for (i = 0; i < t.len && strchr(" \t\r\n", t.data[i]) != NULL; i++)
		/* nothing */;
	/* markup, not JSON that holds some ("<![CDATA[ {...<\/p>") */
	if (t.len >= 200 && i + 1 < t.len && t.data[i] == '<' &&
	    ((t.data[i + 1] | 0x20) >= 'a' && (t.data[i + 1] | 0x20) <= 'z') &&
	    memmem(t.data, t.len, "<\\/", 3) == NULL &&
	    (memmem(t.data, t.len, "<p", 2) != NULL ||
	    memmem(t.data, t.len, "<br", 3) != NULL ||
	    memmem(t.data, t.len, "<P", 2) != NULL) &&
	    memmem(t.data, t.len, "{{", 2) == NULL &&
	    memmem(t.data, t.len, "<%", 2) == NULL &&
	    memmem(t.data, t.len, "${", 2) == NULL &&
	    memmem(t.data, t.len, "{%", 2) == NULL) {
		p->tplrun = 1;
		p->floor = depth;
		html_run(t.data, t.len, p->sax, p, 1);
		while (p->depth > depth)
			html_close(p, &p->stack[--p->depth]);
		p->floor = floor;
		p->tplrun = 0;
	}
	buf_free(&t);
}

static void
html_end(void *arg, const xmlChar *name)
{
	struct html_parser	*p = arg;
	size_t			 i;

	/* libxml2 balances its events; be safe if it did not. */
	for (i = p->depth; i > p->floor; i--) {
		if (p->stack[i - 1].name == name ||
		    strcmp((const char *)p->stack[i - 1].name,
		    (const char *)name) == 0)
			break;
	}
	if (i == p->floor)
		return;
	while (p->depth >= i)
		html_close(p, &p->stack[--p->depth]);
	html_tpl(p);
}

static void
html_chars(void *arg, const xmlChar *s, int n)
{
	struct html_parser	*p = arg;

	if (p->intitle) {
		buf_add(&p->title, s, n);
		return;
	}
	if (p->intpl && p->tpl.len + n < HTML_SCRIPT_MAX) {
		buf_add(&p->tpl, s, n);
		return;
	}
	if (p->skip != 0 || p->head != 0)
		return;
	html_put(p, (const char *)s, n);
}

static void
html_cdata(void *arg, const xmlChar *s, int n)
{
	struct html_parser	*p = arg;

	if (p->inld && p->ld.len + n < HTML_LD_MAX)
		buf_add(&p->ld, s, n);
	else if (p->intpl && p->tpl.len + n < HTML_SCRIPT_MAX)
		buf_add(&p->tpl, s, n);
	else if (p->inscript && p->script.len + n < HTML_SCRIPT_MAX)
		buf_add(&p->script, s, n);
}

static void
html_silent(void *arg, const char *fmt, ...)
{
	(void)arg;
	(void)fmt;
}

/*
 * Run libxml2's HTML parser over UTF-8 input with our handlers: no
 * network, no tree, the input's own charset declarations ignored.
 */
static void
html_run(const char *s, size_t n, htmlSAXHandler *sax, void *arg,
    int fragment)
{
	static int		 init;
	htmlParserCtxtPtr	 ctxt;
	htmlSAXHandlerPtr	 saved;

	if (!init) {
		xmlInitParser();
		xmlSetGenericErrorFunc(NULL, html_silent);
		init = 1;
	}
	if (n > INT32_MAX)
		n = INT32_MAX;	/* libxml2 takes an int */
	if (n == 0)
		return;
	ctxt = htmlCreateMemoryParserCtxt(s, (int)n);
	if (ctxt == NULL)
		fatalx("libxml2: cannot create a parser");
	saved = ctxt->sax;
	ctxt->sax = sax;
	ctxt->userData = arg;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC |
	    HTML_PARSE_NODEFDTD | (fragment ? HTML_PARSE_NOIMPLIED : 0));
	xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	htmlParseDocument(ctxt);
	ctxt->sax = saved;
	if (ctxt->myDoc != NULL)
		xmlFreeDoc(ctxt->myDoc);
	htmlFreeParserCtxt(ctxt);
}

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
	struct html_parser	 p;
	struct html_doc		*doc;
	htmlSAXHandler		 sax;
	struct buf		 fixed, repaired;
	size_t			 bad;
	char			*ldbody = NULL;

	memset(&p, 0, sizeof p);
	p.scripts = scripts;
	buf_init(&p.script);
	buf_init(&p.story);
	doc = p.doc = xcalloc(1, sizeof *doc);
	p.dom = doc->dom = dom_new();
	p.meta = meta_new();
	p.cur = DOM_NONE;
	p.linkstart = p.h1start = HTML_NOPOS;
	buf_init(&p.out);
	buf_init(&p.ws);
	buf_init(&p.title);
	buf_init(&p.ld);
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

	memset(&sax, 0, sizeof sax);
	sax.startElement = html_start;
	sax.endElement = html_end;
	sax.characters = html_chars;
	sax.ignorableWhitespace = html_chars;
	sax.cdataBlock = html_cdata;
	p.sax = &sax;
	buf_init(&p.tpl);
	html_run(s, n, &sax, &p, 0);
	while (p.depth > 0)
		html_close(&p, &p.stack[--p.depth]);
	html_tpl(&p);

	html_link_close(&p);
	if (p.h1state == 1 && p.h1start != HTML_NOPOS)
		html_h1_finish(&p);
	if (p.ld.len > 0)
		meta_jsonld(p.meta, p.ld.data, p.ld.len);
	doc->len = p.out.len;
	doc->text = buf_release(&p.out);
	meta_finish(p.meta, doc);
	if (scripts)
		ldbody = meta_body_unshown(p.meta);
	meta_free(p.meta);
	dom_prune(doc->dom);

	free(p.stack);
	buf_free(&p.ws);
	buf_free(&p.title);
	buf_free(&p.ld);
	buf_free(&fixed);
	buf_free(&p.script);
	buf_free(&p.tpl);
	if (scripts)
		doc = html_from_scripts(doc, &p.story);
	if (ldbody != NULL)
		doc = html_from_ldbody(doc, ldbody);
	free(ldbody);
	buf_free(&p.story);
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
	html_run(b.data, b.len, &sax, &out, 0);
	buf_free(&b);
	return (out);
}
