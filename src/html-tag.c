/*
 * html-tag.c: what sift knows of HTML's vocabulary.  The table of the
 * elements html-sax.c knows by name (which break the text into blocks,
 * which hold no article text, which keep their white space, and the dom
 * node each becomes), the reading of attributes (hidden, role, itemprop,
 * itemtype, id, class) into a dom node, the case-blind word matching the
 * attributes need, html_detect, which tells a page from plain text by
 * the tags it starts with, and html_tag_span, the extent of a known tag
 * or a comment (for the tags a scraper left in a text, import-untag.c).
 * Nothing here builds a tree: it is the lowest layer of the HTML reader,
 * under html-sax.c and html.c.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unictype.h>
#include <unistr.h>

#include "sift.h"
#include "html-int.h"

#define HTML_DETECT_MAX	4096

/*
 * Every element the HTML reader knows by name, sorted for binary
 * search.  Others, custom elements included, get a node (they are often
 * a page's components: <amp-ad>, <comment-list>) but do not break the
 * text.  The text of <button>, <select> and <textarea> belongs to
 * widgets, not to the article; <audio>, <video> and <object> hold
 * fallback text for old browsers, <noscript> and <template> what a script
 * would show; <rt> is a reading shown above the text (furigana), not part
 * of it.  A box of phrasing (a <button>, a <select>) holds no flow
 * element (a paragraph, a heading, a list, a section): one that seems to
 * was left open (libxml2 keeps "<button><div></button>" open over the
 * rest of the page, where an HTML5 parser closes it).
 */
static const struct html_tagdef html_tags[] = {
	{ "a", TAG_INLINE, 0 },
	{ "abbr", TAG_INLINE, 0 },
	{ "acronym", TAG_INLINE, 0 },
	{ "address", TAG_BLOCK, DOM_ADDRESS },
	{ "applet", TAG_SKIP, 0 },
	{ "area", TAG_INLINE, 0 },
	{ "article", TAG_BLOCK | TAG_FLOW, DOM_ARTICLE },
	{ "aside", TAG_BLOCK | TAG_FLOW, DOM_ASIDE },
	{ "audio", TAG_SKIP, 0 },
	{ "b", TAG_INLINE, 0 },
	{ "base", TAG_INLINE, 0 },
	{ "basefont", TAG_INLINE, 0 },
	{ "bdi", TAG_INLINE, 0 },
	{ "bdo", TAG_INLINE, 0 },
	{ "big", TAG_INLINE, 0 },
	{ "blink", TAG_INLINE, 0 },
	{ "blockquote", TAG_BLOCK | TAG_FLOW, DOM_BLOCKQUOTE },
	{ "body", TAG_BLOCK, DOM_BODY },
	{ "br", TAG_INLINE, 0 },
	{ "button", TAG_SKIP | TAG_PHRASE, 0 },
	{ "canvas", TAG_SKIP, 0 },
	{ "caption", TAG_BLOCK, DOM_CAPTION },
	{ "center", TAG_BLOCK, DOM_CENTER },
	{ "cite", TAG_INLINE, 0 },
	{ "code", TAG_INLINE, 0 },
	{ "col", TAG_INLINE, 0 },
	{ "colgroup", TAG_INLINE, 0 },
	{ "data", TAG_INLINE, 0 },
	{ "datalist", TAG_SKIP | TAG_PHRASE, 0 },
	{ "dd", TAG_BLOCK, DOM_DD },
	{ "del", TAG_INLINE, 0 },
	{ "details", TAG_BLOCK, DOM_DETAILS },
	{ "dfn", TAG_INLINE, 0 },
	{ "dialog", TAG_BLOCK, DOM_DIALOG },
	{ "dir", TAG_BLOCK, DOM_UL },
	{ "div", TAG_BLOCK, DOM_DIV },
	{ "dl", TAG_BLOCK | TAG_FLOW, DOM_DL },
	{ "dt", TAG_BLOCK, DOM_DT },
	{ "em", TAG_INLINE, 0 },
	{ "embed", TAG_SKIP, 0 },
	{ "fieldset", TAG_BLOCK, DOM_FIELDSET },
	{ "figcaption", TAG_BLOCK, DOM_FIGCAPTION },
	{ "figure", TAG_BLOCK | TAG_FLOW, DOM_FIGURE },
	{ "font", TAG_INLINE, 0 },
	{ "footer", TAG_BLOCK | TAG_FLOW, DOM_FOOTER },
	{ "form", TAG_BLOCK | TAG_FLOW, DOM_FORM },
	{ "frame", TAG_SKIP, 0 },
	{ "frameset", TAG_SKIP, 0 },
	{ "h1", TAG_BLOCK | TAG_FLOW, DOM_H1 },
	{ "h2", TAG_BLOCK | TAG_FLOW, DOM_H2 },
	{ "h3", TAG_BLOCK | TAG_FLOW, DOM_H3 },
	{ "h4", TAG_BLOCK | TAG_FLOW, DOM_H4 },
	{ "h5", TAG_BLOCK | TAG_FLOW, DOM_H5 },
	{ "h6", TAG_BLOCK | TAG_FLOW, DOM_H6 },
	{ "head", TAG_INLINE, 0 },
	{ "header", TAG_BLOCK | TAG_FLOW, DOM_HEADER },
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
	{ "main", TAG_BLOCK | TAG_FLOW, DOM_MAIN },
	{ "map", TAG_INLINE, 0 },
	{ "mark", TAG_INLINE, 0 },
	{ "marquee", TAG_BLOCK, DOM_OTHER },
	{ "math", TAG_SKIP, 0 },
	{ "menu", TAG_BLOCK, DOM_MENU },
	{ "meta", TAG_INLINE, 0 },
	{ "meter", TAG_SKIP | TAG_PHRASE, 0 },
	{ "nav", TAG_BLOCK | TAG_FLOW, DOM_NAV },
	{ "nobr", TAG_INLINE, 0 },
	{ "noembed", TAG_SKIP, 0 },
	{ "noframes", TAG_SKIP, 0 },
	{ "noscript", TAG_SKIP, 0 },
	{ "object", TAG_SKIP, 0 },
	{ "ol", TAG_BLOCK | TAG_FLOW, DOM_OL },
	{ "optgroup", TAG_SKIP | TAG_PHRASE, 0 },
	{ "option", TAG_SKIP | TAG_PHRASE, 0 },
	{ "output", TAG_INLINE, 0 },
	{ "p", TAG_BLOCK | TAG_FLOW, DOM_P },
	{ "param", TAG_INLINE, 0 },
	{ "picture", TAG_INLINE, 0 },
	{ "pre", TAG_BLOCK | TAG_PRE, DOM_PRE },
	{ "progress", TAG_SKIP | TAG_PHRASE, 0 },
	{ "q", TAG_INLINE, 0 },
	{ "rp", TAG_SKIP, 0 },
	{ "rt", TAG_SKIP, 0 },
	{ "ruby", TAG_INLINE, 0 },
	{ "s", TAG_INLINE, 0 },
	{ "samp", TAG_INLINE, 0 },
	{ "script", TAG_SKIP, 0 },
	{ "search", TAG_BLOCK, DOM_SEARCH },
	{ "section", TAG_BLOCK | TAG_FLOW, DOM_SECTION },
	{ "select", TAG_SKIP | TAG_PHRASE, 0 },
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
	{ "table", TAG_BLOCK | TAG_FLOW, DOM_TABLE },
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
	{ "ul", TAG_BLOCK | TAG_FLOW, DOM_UL },
	{ "var", TAG_INLINE, 0 },
	{ "video", TAG_SKIP, 0 },
	{ "wbr", TAG_INLINE, 0 },
};
#define HTML_NTAGS	(sizeof html_tags / sizeof html_tags[0])

const struct html_tagdef *
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
int
html_caseprefix(const char *s, size_t n, const char *word)
{
	size_t	i;

	for (i = 0; word[i] != '\0'; i++) {
		if (i >= n || HTML_LOWER(s[i]) != word[i])
			return (0);
	}
	return (1);
}

/* Is there a tag html-tag.c knows at s[i] ('<'), within n? */
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
 * Is the input HTML?  It is when it starts with markup html-tag.c knows, or
 * has three known tags in its first 4 KB and a tag a line there; "a < b"
 * and "<foo@bar>" are not, nor is a text a scraper left tags in ("<div
 * class=\"share\">分享到：" among its lines of menu and story).
 */
int
html_detect(const char *s, size_t n)
{
	const char	*p;
	size_t		 i = 0, lim, count = 0, lines = 1;

	if (n >= 3 && memcmp(s, "\357\273\277", 3) == 0)
		i = 3;
	while (i < n && HTML_SPACE(s[i]))
		i++;
	if (i < n && s[i] == '<' &&
	    (html_caseprefix(s + i, n - i, "<!doctype") ||
	    html_caseprefix(s + i, n - i, "<!--") || html_known_tag(s, n, i)))
		return (1);
	lim = n < HTML_DETECT_MAX ? n : HTML_DETECT_MAX;
	for (p = s; (p = memchr(p, '<', lim - (p - s))) != NULL; p++)
		count += html_known_tag(s, lim, p - s);
	for (p = s; (p = memchr(p, '\n', lim - (p - s))) != NULL; p++)
		lines++;
	return (count >= 3 && count >= lines);
}

/*
 * The first c in s[i..n), or s + n, kept in *at while it is still ahead:
 * a text of a million "<p" or "<!--" is read in linear time.
 */
static const char *
html_next(const char *s, size_t n, size_t i, const char *c, size_t clen,
    const char **at)
{
	const char	*p;

	if (*at == NULL || *at < s + i) {
		p = memmem(s + i, n - i, c, clen);
		*at = p != NULL ? p : s + n;
	}
	return (*at);
}

/*
 * The length of the tag html-tag.c knows, or of the comment, at s[i]
 * ('<'), a tag ending at its first '>' within its line; 0 for none.
 * *brk says whether it breaks the text: a block's tag or a <br>.  The
 * caller's sp, zeroed before its first call, keeps what was found ahead.
 */
size_t
html_tag_span(const char *s, size_t n, size_t i, int *brk,
    struct html_span *sp)
{
	const struct html_tagdef	*t;
	const char			*gt;
	char				 name[16];
	size_t				 len = 0, j = i + 1;

	*brk = 0;
	if (html_caseprefix(s + i, n - i, "<!--")) {
		if (n - i < 7 || (gt = html_next(s, n, i + 4, "-->", 3,
		    &sp->close)) == s + n)
			return (0);
		return (gt + 3 - (s + i));
	}
	if (j < n && s[j] == '/')
		j++;
	for (; j < n && HTML_ALNUM(s[j]); j++) {
		if (len == sizeof name)
			return (0);
		name[len++] = HTML_LOWER(s[j]);
	}
	if (len == 0 || j >= n || (!HTML_SPACE(s[j]) && s[j] != '/' &&
	    s[j] != '>') || (t = html_tag(name, len)) == NULL)
		return (0);
	if ((gt = html_next(s, n, j, ">", 1, &sp->gt)) == s + n ||
	    html_next(s, n, j, "\n", 1, &sp->nl) < gt)
		return (0);
	*brk = (t->flags & TAG_BLOCK) || (len == 2 &&
	    memcmp(name, "br", 2) == 0);
	return (gt + 1 - (s + i));
}

/* The value of attribute name, or NULL (a bare attribute gives ""). */
const char *
html_attr(const xmlChar **atts, const char *name)
{
	size_t	i;

	for (i = 0; atts != NULL && atts[i] != NULL; i += 2) {
		if (HTML_IS((const char *)atts[i], name))
			return (atts[i + 1] != NULL ?
			    (const char *)atts[i + 1] : "");
	}
	return (NULL);
}

/* Is word (lower case) in s, ignoring case? */
const char *
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
int
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

/*
 * Does an <iframe> play a video: its src on a video host or a player
 * ("youtube.com/embed/…", "players.brightcove.net/…", "player.vimeo.com")?
 * Its box is a player's, as a <video>'s is.
 */
int
html_iframe_video(const xmlChar **atts)
{
	static const char *const hosts[] = {
		"youtube", "youtu.be", "vimeo", "brightcove", "dailymotion",
		"jwplayer", "jwplatform", "player.", "players.", "/video",
		"bilibili", "v.qq.com", "ixigua", "nicovideo", "tv.naver",
		"kakaotv", "rutube", "vk.com/video"
	};
	const char	*v;
	size_t		 i;

	if ((v = html_attr(atts, "src")) == NULL &&
	    (v = html_attr(atts, "data-src")) == NULL)
		return (0);
	for (i = 0; i < sizeof hosts / sizeof hosts[0]; i++)
		if (html_casefind(v, hosts[i]) != NULL)
			return (1);
	return (0);
}

/*
 * Does an <input> ask for an e-mail address: type=email, or a name,
 * id or placeholder that says "mail" ("E-Mail-Adresse", "邮箱",
 * "メールアドレス", "이메일", "Ваша почта")?  A form that holds one
 * signs the reader up, or in.
 */
int
html_input_email(const xmlChar **atts)
{
	static const char *const keys[] = {
		"type", "name", "id", "placeholder", "aria-label"
	};
	static const char *const says[] = {
		"mail", "courriel", "correo",
		"\xe9\x82\xae\xe7\xae\xb1",			/* 邮箱 */
		"\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab",		/* メール */
		"\xec\x9d\xb4\xeb\xa9\x94\xec\x9d\xbc",		/* 이메일 */
		"\xd0\xbf\xd0\xbe\xd1\x87\xd1\x82"		/* почт */
	};
	const char	*v;
	size_t		 i, j;

	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		if ((v = html_attr(atts, keys[i])) == NULL)
			continue;
		for (j = 0; j < sizeof says / sizeof says[0]; j++)
			if (html_casefind(v, says[j]) != NULL)
				return (1);
	}
	return (0);
}

/* Is the <input> a form's button: type submit, button or image? */
int
html_input_submit(const xmlChar **atts)
{
	const char	*v = html_attr(atts, "type");

	return (v != NULL && (strcasecmp(v, "submit") == 0 ||
	    strcasecmp(v, "button") == 0 || strcasecmp(v, "image") == 0));
}

/* How many words does s hold? */
static size_t
html_words(const char *s)
{
	size_t	n = 0;
	int	in = 0;

	for (; *s != '\0'; s++) {
		if (HTML_SPACE(*s))
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return (n);
}

/* Take what an element's attributes say into its node. */
void
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
		/* a control's words are its labels (a player's "Mute"); not
		 * buttons: an accordion's headings are buttons */
		{ "slider", DOM_N_WIDGET },
		{ "progressbar", DOM_N_WIDGET }, { "toolbar", DOM_N_WIDGET },
		{ "menuitem", DOM_N_WIDGET }, { "timer", DOM_N_WIDGET },
		{ "tab", DOM_N_WIDGET }, { "tablist", DOM_N_WIDGET },
		{ "scrollbar", DOM_N_WIDGET }, { "spinbutton", DOM_N_WIDGET },
		{ "switch", DOM_N_WIDGET },
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
	/* what a React page's tests and components call it */
	if ((v = html_attr(atts, "data-testid")) != NULL ||
	    (v = html_attr(atts, "data-component")) != NULL ||
	    (v = html_attr(atts, "data-qa")) != NULL ||
	    (v = html_attr(atts, "data-area")) != NULL ||
	    (v = html_attr(atts, "data-module")) != NULL)
		dom_name(nd, v, DOM_ATTR_DATA);
	if ((v = html_attr(atts, "class")) != NULL) {
		dom_name(nd, v, DOM_ATTR_CLASS);
		/* Paragraphs of a story kept from those who do not pay,
		 * shown on the page but hidden from screen readers, are
		 * the story (a scrape has them); what display:none hides
		 * there is the ask to pay, or a copy of the story. */
		if (html_casefind(v, "paywall") != NULL &&
		    html_attr(atts, "hidden") == NULL &&
		    ((v = html_attr(atts, "style")) == NULL ||
		    !html_style_hidden(v)))
			nd->flags &= ~DOM_N_HIDDEN;
	}
	/* what it says to a screen reader, when that is a name of a few
	 * words ("Breadcrumb", "Related stories") and nothing above
	 * named it */
	if (nd->family == DOM_FAM_NONE &&
	    (v = html_attr(atts, "aria-label")) != NULL && html_words(v) <= 3)
		dom_name(nd, v, DOM_ATTR_DATA);
}

/*
 * A link the page hides: a heading's permalink ("#" with aria-hidden),
 * a teaser's second link for the mouse alone.
 */
int
html_link_hidden(const xmlChar **atts)
{
	const char	*v;

	return (html_attr(atts, "hidden") != NULL ||
	    ((v = html_attr(atts, "aria-hidden")) != NULL &&
	    html_caseprefix(v, strlen(v), "true")));
}

/*
 * Whether a link is a mark pointing into its own page: "¶", "#", "§"
 * after a heading (its permalink), not words that lead away.
 */
int
html_link_mark(const char *href, const char *s, size_t n)
{
	const uint8_t	*u = (const uint8_t *)s;
	size_t		 i = 0;
	ucs4_t		 c;

	if (href == NULL || href[0] != '#' || n > 8)
		return (0);
	while (i < n) {
		i += u8_mbtouc(&c, u + i, n - i);
		if (uc_is_alnum(c))
			return (0);
	}
	return (1);
}

/*
 * A control that opens a panel ("<button aria-expanded=false>Weight
 * </button>") in node cur: it, and the element around it, hold an
 * accordion whose panels are hidden until a reader opens them.
 */
void
html_toggle(struct dom *dom, uint32_t cur, const xmlChar **atts)
{
	const char	*v;
	uint32_t	 k;
	int		 up;

	if ((v = html_attr(atts, "aria-expanded")) == NULL ||
	    strcmp(v, "false") != 0)
		return;
	for (k = cur, up = 0; k != DOM_NONE && up < 2; up++) {
		dom->nodes[k].flags |= DOM_N_TOGGLES;
		k = dom->nodes[k].parent;
	}
}

/*
 * Take what the attributes of node nd's element say into it; a hidden
 * element in an accordion (its panel, beside its control) is the page's
 * to open: its words are read, but for a menu's.
 */
void
html_node_read(struct dom *dom, struct dom_node *nd, const xmlChar **atts)
{
	const struct dom_node	*up;

	html_node_attrs(nd, atts);
	if (!(nd->flags & DOM_N_HIDDEN) || nd->parent == DOM_NONE)
		return;
	up = &dom->nodes[nd->parent];
	if ((up->flags & DOM_N_TOGGLES) && !(up->flags & DOM_N_NAV) &&
	    nd->tag != DOM_UL && nd->tag != DOM_OL && nd->tag != DOM_NAV)
		nd->flags &= ~DOM_N_HIDDEN;
}

/*
 * Is the element one of a row's items: a link, a button, a label, a
 * span?  Where two meet with no space between, a page lays them out
 * apart (a menu, a share bar, a byline and its date).
 */
int
html_item(const char *name)
{
	return (HTML_IS(name, "a") || HTML_IS(name, "span") ||
	    HTML_IS(name, "button") || HTML_IS(name, "label") ||
	    HTML_IS(name, "time"));
}

/* Is c at s the lead byte of a capital: Latin, Cyrillic? */
static int
html_capital(const unsigned char *s, size_t n)
{
	return ((s[0] >= 'A' && s[0] <= 'Z') || (n >= 2 && ((s[0] == 0xd0 &&
	    ((s[1] >= 0x90 && s[1] <= 0xaf) || s[1] == 0x81)))));
}

/* Does a[0..an) end in a small letter or a digit: Latin, Cyrillic? */
static int
html_small_end(const unsigned char *a, size_t an)
{
	unsigned char	c;

	if (an == 0)
		return (0);
	c = a[an - 1];
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		return (1);
	return (an >= 2 && ((a[an - 2] == 0xd0 && c >= 0xb0 && c <= 0xbf) ||
	    (a[an - 2] == 0xd1 && ((c >= 0x80 && c <= 0x8f) || c == 0x91))));
}

/*
 * Two items met with no space, the block so far a[0..an), the next
 * text s[0..n): is it a word's end and a capital or a figure
 * ("Share|Facebook", "Jane Doe|3 May")?  Then they are two words.
 */
int
html_glued(const char *a, size_t an, const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)a;
	const unsigned char	*v = (const unsigned char *)s;

	if (n == 0 || !html_small_end(u, an))
		return (0);
	if (html_capital(v, n) || v[0] == '$' || (n >= 2 && v[0] == 0xc2 &&
	    v[1] == 0xa3) || (n >= 3 && memcmp(v, "\xe2\x82\xac", 3) == 0))
		return (1);	/* a capital, "$", "£", "€" */
	return (v[0] >= '0' && v[0] <= '9' && !(u[an - 1] >= '0' &&
	    u[an - 1] <= '9'));
}

/* Whether an inline element's name says the page hides its text. */
int
html_span_hides(const struct dom_node *n)
{
	switch (n->family) {
	case DOM_FAM_CAPTION:
	case DOM_FAM_SHARE:
	case DOM_FAM_AD:
	case DOM_FAM_SUBSCRIBE:
	case DOM_FAM_RELATED:
	case DOM_FAM_HIDDEN:
	case DOM_FAM_PLAYER:
		return 1;
	default:
		return (n->flags & DOM_N_HIDDEN) != 0;
	}
}

/*
 * Is s..n more than a caption: over HTML_IMGCAP_MAX characters, or a
 * sentence ended before its last ("… slowly. He said …")?
 */
int
html_caption_prose(const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, chars = 0;

	for (i = 0; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80 && ++chars > HTML_IMGCAP_MAX)
			return (1);
		if (i + 3 < n && ((strchr(".!?", u[i]) != NULL &&
		    u[i + 1] == ' ') || memcmp(u + i, "\xe3\x80\x82", 3) == 0))
			return (1);
	}
	return (0);
}
