/*
 * html.c: turns scraped HTML into sift's text model.  It owns the HTML
 * tokenizer, character reference decoding (the names themselves are in the
 * generated entities.c), the guess whether input is HTML at all and the
 * <meta> charset prescan.
 *
 * html_parse builds no tree.  It walks the tokens once, left to right, and
 * keeps only counters: the depth of <pre>, and for a dropped element (one
 * never shown with its content, such as <svg> or <div hidden>) its name and
 * nesting depth.  Every loop moves forward through the input, so the walk
 * is linear in its length whatever the nesting or the damage.
 *
 * Text goes to one buffer as blocks separated by '\n'.  White space is
 * never written eagerly: it is remembered and written only before the next
 * visible byte of the same block, so blocks come out trimmed and empty
 * blocks never appear.  Link and <h1> extents are taken at that moment
 * too, which keeps them inside the final text and inside one block.
 * Control characters (NUL included) never reach the text, so it is a
 * C string and safe to put on a terminal; other bytes, invalid UTF-8
 * too, pass through unchanged.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

#define HTML_NOPOS	((size_t)-1)
#define HTML_SNIFF_MAX	1024
#define HTML_DETECT_MAX	4096

#define HTML_SPACE(c)	((c) == ' ' || (c) == '\t' || (c) == '\n' || \
			    (c) == '\r' || (c) == '\f')
#define HTML_ALPHA(c)	(((c) >= 'a' && (c) <= 'z') || \
			    ((c) >= 'A' && (c) <= 'Z'))
#define HTML_ALNUM(c)	(HTML_ALPHA(c) || ((c) >= '0' && (c) <= '9'))
#define HTML_LOWER(c)	((c) >= 'A' && (c) <= 'Z' ? (c) - 'A' + 'a' : (c))

#define TAG_BLOCK	0x01	/* starts and ends a block */
#define TAG_DROP	0x02	/* hidden with all inside it */
#define TAG_RAW		0x04	/* no markup until its end tag */
#define TAG_VOID	0x08	/* no content, no end tag */
#define TAG_HEAD	0x10	/* does not end <head> */

struct html_tagdef {
	const char	*name;
	int		 flags;
};

/* The attributes html.c reads; a tag keeps the first of each. */
enum {
	ATTR_CHARSET, ATTR_CONTENT, ATTR_DATETIME, ATTR_HIDDEN, ATTR_HREF,
	ATTR_HTTP_EQUIV, ATTR_ITEMPROP, ATTR_LANG, ATTR_NAME, ATTR_PROPERTY,
	ATTR_REL, ATTR_STYLE, ATTR_COUNT
};

struct html_tag {
	const char			*name;	/* in the input */
	size_t				 namelen;
	char				 lname[16]; /* lower case or "" */
	const struct html_tagdef	*def;	/* NULL if unknown */
	int				 end;
	int				 selfclose;
	const char			*attr[ATTR_COUNT]; /* or NULL */
	size_t				 attrlen[ATTR_COUNT];
};

struct html_parser {
	const char		*s;
	size_t			 n;
	struct html_doc		*doc;

	struct buf		 out;
	size_t			 block;	/* start of the open block */
	int			 newline; /* a block ended before here */
	int			 space;	/* white space is pending */
	struct buf		 ws;	/* pending white space in <pre> */
	size_t			 pre;	/* depth of <pre> */

	const char		*drop;	/* dropped element's name */
	size_t			 droplen;
	size_t			 dropdepth;
	size_t			 dropsub; /* lists, tables inside it */

	int			 inlink;
	char			*href;
	size_t			 linkstart;
	size_t			 linkalloc;

	int			 h1state; /* 0 none, 1 in it, 2 done */
	size_t			 h1start;
	char			*h1;
	int			 gottitle;
	char			*canon;
	char			*ogurl;
	int			 dateprio;
};

static int	 html_caseeq(const char *, size_t, const char *);
static int	 html_caseprefix(const char *, size_t, const char *);
static size_t	 html_skipws(const char *, size_t, size_t);
static size_t	 html_scan(const char *, size_t, size_t, const char *);
static size_t	 html_find(const char *, size_t, size_t, const char *,
		     int);
static char	*html_lowercase(char *);
static int	 html_word(const char *, const char *);
static const void *html_bsearch(const void *, size_t, size_t, const char *,
		     size_t);
static int	 html_utf8(uint32_t, char[8]);
static int	 html_numref(const char *, size_t, size_t *, char[8]);
static int	 html_ref(const char *, size_t, size_t *, char[8], int);
static int	 html_attr(const char *, size_t, size_t *, const char **,
		     size_t *, const char **, size_t *, int *);
static size_t	 html_tag_read(const char *, size_t, size_t,
		     struct html_tag *);
static int	 html_tag_is(const struct html_tag *, const char *);
static size_t	 html_comment_end(const char *, size_t, size_t);
static size_t	 html_raw_end(const char *, size_t, size_t, const char *,
		     size_t);
static int	 html_known_tag(const char *, size_t, size_t);
static char	*html_charset_name(const char *, size_t);
static char	*html_meta_charset(const struct html_tag *);
static char	*html_decode(const char *, size_t, int);
static char	*html_squash(char *);
static char	*html_attr_value(const struct html_tag *, int);
static int	 html_hidden(const struct html_tag *);
static void	 html_ws_clear(struct html_parser *);
static void	 html_write(struct html_parser *, const char *, size_t);
static void	 html_put(struct html_parser *, const char *, size_t);
static void	 html_text(struct html_parser *, const char *, size_t);
static void	 html_break(struct html_parser *, int);
static void	 html_link_cut(struct html_parser *);
static void	 html_link_close(struct html_parser *);
static void	 html_h1_finish(struct html_parser *);
static void	 html_set(char **, char *);
static void	 html_set_date(struct html_parser *, char *, int);
static void	 html_meta(struct html_parser *, const struct html_tag *);
static int	 html_drop_ends(struct html_parser *,
		     const struct html_tag *);
static void	 html_drop_tag(struct html_parser *,
		     const struct html_tag *);
static void	 html_element(struct html_parser *, const struct html_tag *);
static size_t	 html_markup(struct html_parser *, size_t);
static void	 html_finish(struct html_parser *);

/*
 * Every element html.c knows by name, sorted for binary search.  Anything
 * else, custom elements included, is inline and its text is kept.  The
 * text of <button>, <select> and <textarea> belongs to widgets ("Share",
 * "Subscribe"), not to the article, so they are dropped; <audio>, <video>
 * and <object> hold only fallback text for old browsers.
 */
static const struct html_tagdef html_tags[] = {
	{ "a", 0 }, { "abbr", 0 }, { "address", TAG_BLOCK },
	{ "applet", TAG_DROP }, { "area", TAG_VOID },
	{ "article", TAG_BLOCK }, { "aside", TAG_BLOCK },
	{ "audio", TAG_DROP }, { "b", 0 }, { "base", TAG_VOID|TAG_HEAD },
	{ "basefont", TAG_VOID|TAG_HEAD }, { "bdi", 0 }, { "bdo", 0 },
	{ "bgsound", TAG_VOID|TAG_HEAD }, { "big", 0 },
	{ "blockquote", TAG_BLOCK }, { "body", TAG_BLOCK },
	{ "br", TAG_VOID }, { "button", TAG_DROP }, { "canvas", TAG_DROP },
	{ "caption", TAG_BLOCK }, { "center", TAG_BLOCK }, { "cite", 0 },
	{ "code", 0 }, { "col", TAG_VOID }, { "data", 0 },
	{ "datalist", TAG_DROP }, { "dd", TAG_BLOCK }, { "del", 0 },
	{ "details", TAG_BLOCK }, { "dfn", 0 }, { "dialog", TAG_BLOCK },
	{ "dir", TAG_BLOCK }, { "div", TAG_BLOCK }, { "dl", TAG_BLOCK },
	{ "dt", TAG_BLOCK }, { "em", 0 }, { "embed", TAG_VOID },
	{ "fieldset", TAG_BLOCK }, { "figcaption", TAG_BLOCK },
	{ "figure", TAG_BLOCK }, { "font", 0 }, { "footer", TAG_BLOCK },
	{ "form", TAG_BLOCK }, { "h1", TAG_BLOCK }, { "h2", TAG_BLOCK },
	{ "h3", TAG_BLOCK }, { "h4", TAG_BLOCK }, { "h5", TAG_BLOCK },
	{ "h6", TAG_BLOCK }, { "head", TAG_DROP|TAG_HEAD },
	{ "header", TAG_BLOCK }, { "hgroup", TAG_BLOCK },
	{ "hr", TAG_BLOCK|TAG_VOID }, { "html", TAG_BLOCK|TAG_HEAD },
	{ "i", 0 }, { "iframe", TAG_DROP|TAG_RAW }, { "img", TAG_VOID },
	{ "input", TAG_VOID }, { "ins", 0 }, { "kbd", 0 }, { "label", 0 },
	{ "legend", TAG_BLOCK }, { "li", TAG_BLOCK },
	{ "link", TAG_VOID|TAG_HEAD }, { "listing", TAG_BLOCK },
	{ "main", TAG_BLOCK }, { "mark", 0 }, { "math", TAG_DROP },
	{ "menu", TAG_BLOCK }, { "meta", TAG_VOID|TAG_HEAD },
	{ "nav", TAG_BLOCK }, { "noembed", TAG_DROP|TAG_RAW },
	{ "noframes", TAG_DROP|TAG_RAW|TAG_HEAD },
	{ "noscript", TAG_DROP|TAG_RAW|TAG_HEAD }, { "object", TAG_DROP },
	{ "ol", TAG_BLOCK }, { "p", TAG_BLOCK }, { "param", TAG_VOID },
	{ "picture", 0 }, { "pre", TAG_BLOCK }, { "q", 0 }, { "s", 0 },
	{ "samp", 0 }, { "script", TAG_DROP|TAG_RAW|TAG_HEAD },
	{ "search", TAG_BLOCK }, { "section", TAG_BLOCK },
	{ "select", TAG_DROP }, { "small", 0 }, { "source", TAG_VOID },
	{ "span", 0 }, { "strike", 0 }, { "strong", 0 },
	{ "style", TAG_DROP|TAG_RAW|TAG_HEAD }, { "sub", 0 },
	{ "summary", TAG_BLOCK }, { "sup", 0 }, { "svg", TAG_DROP },
	{ "table", TAG_BLOCK }, { "tbody", TAG_BLOCK }, { "td", TAG_BLOCK },
	{ "template", TAG_DROP|TAG_HEAD }, { "textarea", TAG_DROP|TAG_RAW },
	{ "tfoot", TAG_BLOCK }, { "th", TAG_BLOCK }, { "thead", TAG_BLOCK },
	{ "time", 0 }, { "title", TAG_RAW|TAG_HEAD }, { "tr", TAG_BLOCK },
	{ "track", TAG_VOID }, { "tt", 0 }, { "u", 0 }, { "ul", TAG_BLOCK },
	{ "var", 0 }, { "video", TAG_DROP }, { "wbr", TAG_VOID },
};

static const char *html_attrnames[ATTR_COUNT] = {
	"charset", "content", "datetime", "hidden", "href", "http-equiv",
	"itemprop", "lang", "name", "property", "rel", "style"
};

/*
 * Elements whose end tag may be left out: a dropped one also ends at a
 * start tag in starts or an end tag in ends, unless a list or table opened
 * inside it is still open.  (A dropped <p> ends at any block tag.)
 */
static const struct {
	const char	*drop;
	const char	*starts;
	const char	*ends;
} html_implied[] = {
	{ "li", "li", "ul ol" },
	{ "dt", "dt dd", "dl" },
	{ "dd", "dt dd", "dl" },
	{ "td", "td th tr", "tr tbody thead tfoot table" },
	{ "th", "td th tr", "tr tbody thead tfoot table" },
	{ "tr", "tr", "tbody thead tfoot table" },
};

/* Windows-1252 for numeric references to 0x80-0x9F; 0 keeps the value. */
static const uint16_t html_cp1252[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
};

/*
 * The <meta property|name|itemprop> keys html.c reads.  A date's prio
 * ranks it: lower wins, and a <time datetime> comes last at 3.
 */
#define META_URL	-1
#define META_SITE	-2
static const struct {
	const char	*key;
	int		 prio;	/* or META_URL, META_SITE */
} html_metakeys[] = {
	{ "og:url", META_URL },
	{ "og:site_name", META_SITE },
	{ "article:published_time", 0 },
	{ "pubdate", 1 },
	{ "publishdate", 1 },
	{ "date", 1 },
	{ "dc.date", 1 },
	{ "dc.date.issued", 1 },
	{ "parsely-pub-date", 1 },
	{ "datepublished", 2 },
};

/* Is s[0..n) the lower-case word, ignoring ASCII case? */
static int
html_caseeq(const char *s, size_t n, const char *word)
{
	return (strlen(word) == n && html_caseprefix(s, n, word));
}

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

static size_t
html_skipws(const char *s, size_t n, size_t i)
{
	while (i < n && HTML_SPACE(s[i]))
		i++;
	return (i);
}

/* The first byte from s[i] in stop (' ' is any white space), or n. */
static size_t
html_scan(const char *s, size_t n, size_t i, const char *stop)
{
	int	ws = strchr(stop, ' ') != NULL;

	for (; i < n; i++) {
		if ((ws && HTML_SPACE(s[i])) ||
		    (s[i] != '\0' && strchr(stop, s[i]) != NULL))
			break;
	}
	return (i);
}

/*
 * Where pat (lower case if nocase) next occurs at or after s[i], or
 * HTML_NOPOS.
 */
static size_t
html_find(const char *s, size_t n, size_t i, const char *pat, int nocase)
{
	size_t	len = strlen(pat);

	for (; i < n && n - i >= len; i++) {
		if (nocase ? html_caseprefix(s + i, n - i, pat) :
		    (s[i] == pat[0] && memcmp(s + i, pat, len) == 0))
			return (i);
	}
	return (HTML_NOPOS);
}

/* Lower-case s in place; NULL stays NULL. */
static char *
html_lowercase(char *s)
{
	size_t	i;

	for (i = 0; s != NULL && s[i] != '\0'; i++)
		s[i] = HTML_LOWER(s[i]);
	return (s);
}

/* Is word one of the space-separated words in list? */
static int
html_word(const char *list, const char *word)
{
	size_t	len = strlen(word);

	while (*list != '\0') {
		if (strncmp(list, word, len) == 0 &&
		    (list[len] == ' ' || list[len] == '\0'))
			return (1);
		list += strcspn(list, " ");
		list += strspn(list, " ");
	}
	return (0);
}

/*
 * Binary search an array of structures that start with a name, sorted by
 * its bytes, for the name s[0..n).
 */
static const void *
html_bsearch(const void *base, size_t nmemb, size_t size, const char *s,
    size_t n)
{
	const char	*name, *elem;
	size_t		 lo = 0, hi = nmemb, mid, len;
	int		 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		elem = (const char *)base + mid * size;
		memcpy(&name, elem, sizeof name);
		len = strlen(name);
		if ((c = memcmp(s, name, n < len ? n : len)) == 0)
			c = n < len ? -1 : n > len;
		if (c == 0)
			return (elem);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return (NULL);
}

static int
html_utf8(uint32_t cp, char out[8])
{
	int	len, i;

	if (cp < 0x80) {
		out[0] = cp;
		return (1);
	}
	len = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	for (i = len - 1; i > 0; i--, cp >>= 6)
		out[i] = 0x80 | (cp & 0x3f);
	out[0] = (char)((0xf00 >> len) | cp);	/* 0xc0, 0xe0 or 0xf0 */
	return (len);
}

static int
html_numref(const char *s, size_t n, size_t *used, char out[8])
{
	size_t		i = 1, start;
	uint32_t	cp = 0;
	int		hex = 0, d;

	if (i < n && (s[i] == 'x' || s[i] == 'X')) {
		hex = 1;
		i++;
	}
	for (start = i; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else if (hex && HTML_LOWER(s[i]) >= 'a' &&
		    HTML_LOWER(s[i]) <= 'f')
			d = HTML_LOWER(s[i]) - 'a' + 10;
		else
			break;
		cp = cp * (hex ? 16 : 10) + d;
		if (cp > 0x10ffff)
			cp = 0x110000;	/* saturate */
	}
	if (i == start)
		return (0);
	if (i < n && s[i] == ';')
		i++;
	*used = i;
	if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	else if (cp >= 0x80 && cp <= 0x9f && html_cp1252[cp - 0x80] != 0)
		cp = html_cp1252[cp - 0x80];
	return (html_utf8(cp, out));
}

/*
 * Decode the reference at s (just after '&').  A name followed by ';' is
 * looked up whole; failing that, the longest legacy name that prefixes it
 * wins, as in "&notit;" which is "not" followed by "it;".  In an attribute
 * value a legacy name followed by '=' or an alphanumeric stays literal, so
 * that URLs such as "?a=1&copy=2" survive.
 */
static int
html_ref(const char *s, size_t n, size_t *used, char out[8], int attr)
{
	const struct html_entref	*e = NULL;
	size_t				 k, m;

	*used = 0;
	if (n != 0 && s[0] == '#')
		return (html_numref(s, n, used, out));
	for (k = 0; k < n && k < html_entref_maxname; k++) {
		if (!HTML_ALNUM(s[k]))
			break;
	}
	if (k == 0)
		return (0);
	if (k < n && s[k] == ';')
		e = html_bsearch(html_entrefs, html_nentrefs, sizeof *e, s,
		    k + 1);
	if (e != NULL)
		m = k + 1;
	else {
		m = k < html_entref_maxlegacy ? k : html_entref_maxlegacy;
		for (; m > 0; m--) {
			e = html_bsearch(html_entrefs, html_nentrefs,
			    sizeof *e, s, m);
			if (e != NULL)
				break;
		}
		if (e == NULL || (attr && m < n &&
		    (s[m] == '=' || HTML_ALNUM(s[m]))))
			return (0);
	}
	*used = m;
	k = strlen(e->utf8);
	memcpy(out, e->utf8, k);
	return (k);
}

int
html_entity(const char *s, size_t n, size_t *used, char out[8])
{
	return (html_ref(s, n, used, out, 0));
}

/*
 * Read one attribute of a tag from s[*ip], as the HTML tokenizer does.
 * Return 1 with an attribute (val NULL if it has no value), 0 after the
 * closing '>', or -1 if the input ends inside the tag.
 */
static int
html_attr(const char *s, size_t n, size_t *ip, const char **name,
    size_t *namelen, const char **val, size_t *vallen, int *selfclose)
{
	size_t	i = *ip, j;

	for (; i < n && (HTML_SPACE(s[i]) || s[i] == '/'); i++) {
		if (s[i] == '/')
			*selfclose = i + 1 < n && s[i + 1] == '>';
	}
	*ip = n;
	if (i >= n)
		return (-1);
	if (s[i] == '>') {
		*ip = i + 1;
		return (0);
	}
	*selfclose = 0;
	j = i;
	i = html_scan(s, n, i + 1, " />=");	/* it may start with '=' */
	*name = s + j;
	*namelen = i - j;
	*val = NULL;
	*vallen = 0;
	i = html_skipws(s, n, i);
	if (i < n && s[i] == '=') {
		i = html_skipws(s, n, i + 1);
		j = i;
		if (i < n && (s[i] == '"' || s[i] == '\'')) {
			i = html_scan(s, n, ++j, s[i] == '"' ? "\"" : "'");
			if (i >= n)
				return (-1);
			*vallen = i++ - j;
		} else
			*vallen = (i = html_scan(s, n, i, " >")) - j;
		*val = s + j;
	}
	*ip = i;
	return (1);
}

/*
 * Read the tag at s[i], which is "<" or "</" and a letter.  Return the
 * offset after it, or HTML_NOPOS if the input ends first: such a tag is
 * dropped, as a browser does.
 */
static size_t
html_tag_read(const char *s, size_t n, size_t i, struct html_tag *t)
{
	const char	*an, *av;
	size_t		 anl, avl, j;
	int		 a, r;

	memset(t, 0, sizeof *t);
	if (s[++i] == '/') {
		t->end = 1;
		i++;
	}
	j = i;
	i = html_scan(s, n, i, " />");
	t->name = s + j;
	t->namelen = i - j;
	if (t->namelen < sizeof t->lname &&
	    memchr(t->name, '\0', t->namelen) == NULL) {
		for (j = 0; j < t->namelen; j++)
			t->lname[j] = HTML_LOWER(t->name[j]);
		t->def = html_bsearch(html_tags, sizeof html_tags /
		    sizeof html_tags[0], sizeof html_tags[0], t->lname,
		    t->namelen);
	}
	while ((r = html_attr(s, n, &i, &an, &anl, &av, &avl,
	    &t->selfclose)) == 1) {
		for (a = 0; a < ATTR_COUNT; a++) {
			if (t->attr[a] == NULL &&
			    html_caseeq(an, anl, html_attrnames[a])) {
				t->attr[a] = av != NULL ? av : "";
				t->attrlen[a] = avl;
			}
		}
	}
	return (r == 0 ? i : HTML_NOPOS);
}

static int
html_tag_is(const struct html_tag *t, const char *name)
{
	return (strcmp(t->lname, name) == 0);
}

/* Where the comment whose text starts at s[i] ends ("-->" or "--!>"). */
static size_t
html_comment_end(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '>')
		return (i + 1);
	if (i + 1 < n && s[i] == '-' && s[i + 1] == '>')
		return (i + 2);
	for (; i + 2 < n; i++) {
		if (s[i] != '-' || s[i + 1] != '-')
			continue;
		if (s[i + 2] == '>')
			return (i + 3);
		if (s[i + 2] == '!' && i + 3 < n && s[i + 3] == '>')
			return (i + 4);
	}
	return (n);
}

/* Where the end tag "</name" of raw text from s[i] starts, or n. */
static size_t
html_raw_end(const char *s, size_t n, size_t i, const char *name,
    size_t len)
{
	const char	*p;
	size_t		 k;

	while (i < n && (p = memchr(s + i, '<', n - i)) != NULL) {
		i = p - s;
		k = i + 2 + len;
		if (k <= n && s[i + 1] == '/' &&
		    html_caseprefix(s + i + 2, len, name) &&
		    (k == n || HTML_SPACE(s[k]) || s[k] == '/' || s[k] == '>'))
			return (i);
		i++;
	}
	return (n);
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
	return (html_bsearch(html_tags, sizeof html_tags / sizeof html_tags[0],
	    sizeof html_tags[0], name, len) != NULL);
}

int
html_detect(const char *s, size_t n)
{
	const char	*p;
	size_t		 i = 0, lim, count = 0;

	if (n >= 3 && memcmp(s, "\357\273\277", 3) == 0)
		i = 3;
	i = html_skipws(s, n, i);
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

/* A lower-case encoding label, or NULL if s[0..n) cannot be one. */
static char *
html_charset_name(const char *s, size_t n)
{
	char	*name;
	size_t	 i;

	while (n > 0 && HTML_SPACE(s[n - 1]))
		n--;
	if ((i = html_skipws(s, n, 0)) == n || n - i > 40)
		return (NULL);
	name = html_lowercase(xstrndup(s + i, n - i));
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
 * The encoding a <meta> tag declares: its charset attribute, or the
 * charset parameter of its content attribute if it also has
 * http-equiv="Content-Type".
 */
static char *
html_meta_charset(const struct html_tag *t)
{
	const char	*s = t->attr[ATTR_CONTENT];
	size_t		 n = t->attrlen[ATTR_CONTENT], i = 0, j;

	if (t->attr[ATTR_CHARSET] != NULL)
		return (html_charset_name(t->attr[ATTR_CHARSET],
		    t->attrlen[ATTR_CHARSET]));
	if (s == NULL || t->attr[ATTR_HTTP_EQUIV] == NULL ||
	    !html_caseeq(t->attr[ATTR_HTTP_EQUIV], t->attrlen[ATTR_HTTP_EQUIV],
	    "content-type"))
		return (NULL);
	for (;;) {
		if ((i = html_find(s, n, i, "charset", 1)) == HTML_NOPOS)
			return (NULL);
		if ((i = html_skipws(s, n, i + 7)) < n && s[i] == '=')
			break;
	}
	i = html_skipws(s, n, i + 1);
	if (i < n && (s[i] == '"' || s[i] == '\'')) {
		j = html_scan(s, n, i + 1, s[i] == '"' ? "\"" : "'");
		if (j >= n)
			return (NULL);
		i++;
	} else
		j = html_scan(s, n, i, " ;");
	return (html_charset_name(s + i, j - i));
}

char *
html_sniff_charset(const char *s, size_t n)
{
	struct html_tag	 t;
	size_t		 i = 0;
	char		*name;

	if (n > HTML_SNIFF_MAX)
		n = HTML_SNIFF_MAX;
	while (i + 1 < n) {
		if (s[i] != '<')
			i++;
		else if (html_caseprefix(s + i, n - i, "<!--"))
			i = html_comment_end(s, n, i + 4);
		else if (HTML_ALPHA(s[i + 1]) || (s[i + 1] == '/' &&
		    i + 2 < n && HTML_ALPHA(s[i + 2]))) {
			if ((i = html_tag_read(s, n, i, &t)) == HTML_NOPOS)
				return (NULL);
			if (!t.end && html_tag_is(&t, "meta") &&
			    (name = html_meta_charset(&t)) != NULL)
				return (name);
		} else if (s[i + 1] == '!' || s[i + 1] == '/' ||
		    s[i + 1] == '?') {
			if ((i = html_find(s, n, i, ">", 0)) == HTML_NOPOS)
				return (NULL);
		} else
			i++;
	}
	return (NULL);
}

/* Decode the references in s[0..n) and drop NUL bytes. */
static char *
html_decode(const char *s, size_t n, int attr)
{
	struct buf	 b;
	size_t		 i = 0, j, used;
	char		 out[8];
	int		 k;

	buf_init(&b);
	while (i < n) {
		for (j = i; j < n && s[j] != '&' && s[j] != '\0'; j++)
			/* nothing */;
		buf_add(&b, s + i, j - i);
		if (j >= n)
			break;
		i = j + 1;
		if (s[j] == '\0')
			continue;
		if ((k = html_ref(s + i, n - i, &used, out, attr)) > 0) {
			buf_add(&b, out, k);
			i += used;
		} else
			buf_addc(&b, '&');
	}
	return (buf_release(&b));
}

/*
 * Collapse white space (NBSP too) to single spaces and trim, in place,
 * dropping control characters.  An empty result is freed: return NULL.
 */
static char *
html_squash(char *s)
{
	unsigned char	*r = (unsigned char *)s, *w = r;
	int		 space = 0;

	for (; *r != '\0'; r++) {
		if (HTML_SPACE(*r) || (r[0] == 0xc2 && r[1] == 0xa0)) {
			r += *r == 0xc2;
			space = w != (unsigned char *)s;
		} else if (*r >= 0x20 && *r != 0x7f) {
			if (space)
				*w++ = ' ';
			space = 0;
			*w++ = *r;
		}
	}
	*w = '\0';
	if (*s == '\0') {
		free(s);
		return (NULL);
	}
	return (s);
}

/* An attribute's value, decoded and squashed, or NULL if empty. */
static char *
html_attr_value(const struct html_tag *t, int a)
{
	if (t->attr[a] == NULL)
		return (NULL);
	return (html_squash(html_decode(t->attr[a], t->attrlen[a], 1)));
}

/* Is the element hidden by the hidden attribute or display:none? */
static int
html_hidden(const struct html_tag *t)
{
	const char	*s = t->attr[ATTR_STYLE];
	size_t		 n = t->attrlen[ATTR_STYLE], i = 0, j;

	if (t->attr[ATTR_HIDDEN] != NULL)
		return (1);
	while (s != NULL && (i = html_find(s, n, i, "display", 1)) !=
	    HTML_NOPOS) {
		j = html_skipws(s, n, i += 7);
		if (j < n && s[j] == ':' &&
		    (j = html_skipws(s, n, j + 1)) < n &&
		    html_caseprefix(s + j, n - j, "none"))
			return (1);
	}
	return (0);
}

static void
html_ws_clear(struct html_parser *p)
{
	p->space = 0;
	p->ws.len = 0;
	if (p->ws.data != NULL)
		p->ws.data[0] = '\0';
}

/* Write visible bytes, after whatever separator is pending. */
static void
html_write(struct html_parser *p, const char *s, size_t n)
{
	if (p->newline) {
		buf_addc(&p->out, '\n');
		p->block = p->out.len;
		p->newline = 0;
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
 * Add decoded text: white space is made pending (or, in <pre>, a line
 * break ends the block), control characters are dropped, everything else
 * is written as it is, invalid UTF-8 included.
 */
static void
html_put(struct html_parser *p, const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, j;
	int			 nbsp, c1;

	while (i < n) {
		nbsp = u[i] == 0xc2 && i + 1 < n && u[i + 1] == 0xa0;
		c1 = u[i] == 0xc2 && i + 1 < n && u[i + 1] >= 0x80 &&
		    u[i + 1] <= 0x9f;
		if (HTML_SPACE(u[i]) || nbsp) {
			if (p->pre == 0)
				p->space = 1;
			else if (u[i] == '\n' || u[i] == '\r')
				html_break(p, 1);
			else
				buf_addc(&p->ws, u[i] == '\t' ? '\t' : ' ');
			i += 1 + nbsp;
		} else if (u[i] < 0x20 || u[i] == 0x7f || c1)
			i += 1 + c1;
		else {
			for (j = i + 1; j < n && u[j] > 0x20 && u[j] != 0x7f &&
			    u[j] != 0xc2; j++)
				/* nothing */;
			html_write(p, s + i, j - i);
			i = j;
		}
	}
}

/* Add text from the input, decoding its character references. */
static void
html_text(struct html_parser *p, const char *s, size_t n)
{
	const char	*amp;
	size_t		 i = 0, j, used;
	char		 out[8];
	int		 k;

	while (i < n) {
		amp = memchr(s + i, '&', n - i);
		j = amp != NULL ? (size_t)(amp - s) : n;
		html_put(p, s + i, j - i);
		if (j >= n)
			break;
		i = j + 1;
		if ((k = html_ref(s + i, n - i, &used, out, 0)) > 0) {
			html_put(p, out, k);
			i += used;
		} else
			html_put(p, "&", 1);
	}
}

/* End the open block; a <br> does not end the <h1> being read. */
static void
html_break(struct html_parser *p, int br)
{
	html_link_cut(p);
	if (!br && p->h1state == 1 && p->h1start != HTML_NOPOS)
		html_h1_finish(p);
	if (p->out.len > p->block)
		p->newline = 1;
	html_ws_clear(p);
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

static void
html_h1_finish(struct html_parser *p)
{
	p->h1 = html_squash(xstrndup(p->out.data + p->h1start,
	    p->out.len - p->h1start));
	p->h1state = p->h1 != NULL ? 2 : 0;
	p->h1start = HTML_NOPOS;
}

/* Keep the first value found for a field. */
static void
html_set(char **field, char *value)
{
	if (*field == NULL)
		*field = value;
	else
		free(value);
}

/* Keep the date of the best kind (lowest prio) seen first. */
static void
html_set_date(struct html_parser *p, char *value, int prio)
{
	if (value != NULL && (p->doc->date == NULL || prio < p->dateprio)) {
		free(p->doc->date);
		p->doc->date = value;
		p->dateprio = prio;
	} else
		free(value);
}

/* Take metadata from <html>, <link>, <meta> and <time>. */
static void
html_meta(struct html_parser *p, const struct html_tag *t)
{
	static const int	 keys[] = {
		ATTR_PROPERTY, ATTR_NAME, ATTR_ITEMPROP
	};
	char			*key, *value;
	size_t			 i, k;

	if (html_tag_is(t, "html"))
		html_set(&p->doc->lang, html_attr_value(t, ATTR_LANG));
	else if (html_tag_is(t, "time") && p->drop == NULL)
		html_set_date(p, html_attr_value(t, ATTR_DATETIME), 3);
	else if (html_tag_is(t, "link")) {
		key = html_lowercase(html_attr_value(t, ATTR_REL));
		if (key != NULL && html_word(key, "canonical"))
			html_set(&p->canon, html_attr_value(t, ATTR_HREF));
		free(key);
	}
	if (!html_tag_is(t, "meta"))
		return;
	for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
		if ((key = html_lowercase(html_attr_value(t, keys[k]))) == NULL)
			continue;
		for (i = 0; i < sizeof html_metakeys / sizeof html_metakeys[0];
		    i++) {
			if (strcmp(key, html_metakeys[i].key) != 0)
				continue;
			value = html_attr_value(t, ATTR_CONTENT);
			if (html_metakeys[i].prio == META_URL)
				html_set(&p->ogurl, value);
			else if (html_metakeys[i].prio == META_SITE)
				html_set(&p->doc->site, value);
			else
				html_set_date(p, value, html_metakeys[i].prio);
		}
		free(key);
	}
}

/* Does this tag end the dropped element although its end tag is missing? */
static int
html_drop_ends(struct html_parser *p, const struct html_tag *t)
{
	int	flags = t->def != NULL ? t->def->flags : 0;
	size_t	i;

	if (html_caseeq(p->drop, p->droplen, "head")) {
		if (!t->end)
			return (!(flags & TAG_HEAD));
		return (html_tag_is(t, "body") || html_tag_is(t, "html"));
	}
	if (html_caseeq(p->drop, p->droplen, "p"))
		return ((flags & TAG_BLOCK) &&
		    !(t->end && html_tag_is(t, "p")));
	for (i = 0; p->dropsub == 0 && t->lname[0] != '\0' &&
	    i < sizeof html_implied / sizeof html_implied[0]; i++) {
		if (html_caseeq(p->drop, p->droplen, html_implied[i].drop))
			return (html_word(t->end ? html_implied[i].ends :
			    html_implied[i].starts, t->lname));
	}
	return (0);
}

/* Count a tag inside the dropped element, which ends at depth 0. */
static void
html_drop_tag(struct html_parser *p, const struct html_tag *t)
{
	size_t	i;
	int	same, sub;

	same = t->namelen == p->droplen;
	for (i = 0; same && i < t->namelen; i++)
		same = HTML_LOWER(t->name[i]) == HTML_LOWER(p->drop[i]);
	sub = t->lname[0] != '\0' && html_word("ul ol dl table", t->lname);
	if (t->end) {
		if (same && --p->dropdepth == 0)
			p->drop = NULL;
		else if (sub && p->dropsub != 0)
			p->dropsub--;
	} else if (same) {
		if (t->def == NULL || !(t->def->flags & TAG_VOID))
			p->dropdepth++;
	} else if (sub)
		p->dropsub++;
}

/* Act on a start or end tag. */
static void
html_element(struct html_parser *p, const struct html_tag *t)
{
	int	flags = t->def != NULL ? t->def->flags : 0;

	if (!t->end)
		html_meta(p, t);
	if (p->drop != NULL) {
		if (!html_drop_ends(p, t)) {
			html_drop_tag(p, t);
			if (p->drop == NULL && (flags & TAG_BLOCK))
				html_break(p, 0);
			return;
		}
		p->drop = NULL;
	}
	if (flags & TAG_BLOCK)
		html_break(p, 0);
	if (html_tag_is(t, "br"))
		html_break(p, 1);
	else if (t->end) {
		if (html_tag_is(t, "a"))
			html_link_close(p);
		else if ((html_tag_is(t, "pre") ||
		    html_tag_is(t, "listing")) && p->pre != 0)
			p->pre--;
		else if (html_tag_is(t, "h1") && p->h1state == 1)
			p->h1state = 0;	/* it was empty: try the next */
	} else if (((flags & TAG_DROP) || html_hidden(t)) &&
	    !(flags & TAG_VOID) && !(t->selfclose &&
	    (html_tag_is(t, "svg") || html_tag_is(t, "math")))) {
		if (flags & TAG_RAW)
			return;	/* html_markup skips the content */
		p->drop = t->name;
		p->droplen = t->namelen;
		p->dropdepth = 1;
		p->dropsub = 0;
	} else if (html_tag_is(t, "a")) {
		html_link_close(p);
		p->inlink = 1;
		p->href = html_attr_value(t, ATTR_HREF);
	} else if (html_tag_is(t, "pre") || html_tag_is(t, "listing"))
		p->pre++;
	else if (html_tag_is(t, "h1") && p->h1state == 0)
		p->h1state = 1;
}

/* Handle the markup at s[i] ('<'); return the offset after it. */
static size_t
html_markup(struct html_parser *p, size_t i)
{
	const char	*s = p->s;
	size_t		 n = p->n, j;
	struct html_tag	 t;
	int		 c = i + 1 < n ? s[i + 1] : '\0';

	if (c == '!' && html_caseprefix(s + i, n - i, "<!--"))
		return (html_comment_end(s, n, i + 4));
	if (c == '!' && n - i >= 9 && memcmp(s + i, "<![CDATA[", 9) == 0) {
		j = html_find(s, n, i + 9, "]]>", 0);
		return (j != HTML_NOPOS ? j + 3 : n);
	}
	if (c == '!' || c == '?' || (c == '/' && i + 2 < n &&
	    !HTML_ALPHA(s[i + 2]))) {
		/* A doctype, a processing instruction or a bogus comment. */
		j = html_find(s, n, i + 2, ">", 0);
		return (j != HTML_NOPOS ? j + 1 : n);
	}
	if (!HTML_ALPHA(c) && (c != '/' || i + 2 >= n)) {
		if (p->drop == NULL)
			html_put(p, "<", 1);
		return (i + 1);
	}
	if ((i = html_tag_read(s, n, i, &t)) == HTML_NOPOS)
		return (n);
	html_element(p, &t);
	if (t.end || t.def == NULL || !(t.def->flags & TAG_RAW))
		return (i);
	j = html_raw_end(s, n, i, t.lname, t.namelen);
	if (html_tag_is(&t, "title") && !p->gottitle && (p->drop == NULL ||
	    html_caseeq(p->drop, p->droplen, "head"))) {
		p->gottitle = 1;
		p->doc->title = html_squash(html_decode(s + i, j - i, 0));
	}
	return (j);
}

/* Close what is open and settle the title and URL. */
static void
html_finish(struct html_parser *p)
{
	struct html_doc	*doc = p->doc;

	html_link_close(p);
	if (p->h1state == 1 && p->h1start != HTML_NOPOS)
		html_h1_finish(p);
	if (p->h1 != NULL && (doc->title == NULL ||
	    strstr(doc->title, p->h1) != NULL)) {
		free(doc->title);
		doc->title = p->h1;
	} else
		free(p->h1);
	if (p->canon != NULL) {
		doc->url = p->canon;
		free(p->ogurl);
	} else
		doc->url = p->ogurl;
	buf_free(&p->ws);
	doc->len = p->out.len;
	doc->text = buf_release(&p->out);
}

struct html_doc *
html_parse(const char *s, size_t n)
{
	struct html_parser	 p;
	const char		*lt;
	size_t			 i = 0, j;

	memset(&p, 0, sizeof p);
	p.s = s;
	p.n = n;
	p.doc = xcalloc(1, sizeof *p.doc);
	buf_init(&p.out);
	buf_init(&p.ws);
	p.linkstart = p.h1start = HTML_NOPOS;
	while (i < n) {
		if (s[i] == '<') {
			i = html_markup(&p, i);
			continue;
		}
		lt = memchr(s + i, '<', n - i);
		j = lt != NULL ? (size_t)(lt - s) : n;
		if (p.drop == NULL)
			html_text(&p, s + i, j - i);
		i = j;
	}
	html_finish(&p);
	return (p.doc);
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
	free(doc);
}
