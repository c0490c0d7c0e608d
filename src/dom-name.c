/*
 * dom-name.c: what a page's class, id, role and itemprop names say of an
 * element, for dom.c's nodes: one family (navigation, related,
 * comments, share, ad, ...) and one positive mark (article body, or a
 * weak "content").
 *
 * Class and id values are split into tokens (at anything that is not an
 * ASCII letter or digit, and at camelCase and letter-digit boundaries,
 * lower-cased) and a token names a family only when it equals an entry
 * of the table, or starts with one of five letters or more: "sidebar"
 * and "relatedPosts" do, "subheader", "masthead-ad" (for "ad") and
 * "download" do not.  Two adjacent tokens are tried joined as well
 * ("side-bar", "most-read").  Generated names say nothing: hex runs
 * (a UUID's "ad6ed79d"), CSS modules' hashes, atomic and utility CSS
 * (dom-gen.c finds them).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sift.h"
#include "dom-int.h"

struct dom_entry {
	const char	*token;
	int		 family;
};

#define DOM_ATTR_BLOCK	0x40	/* dom_name_words reads a BEM block */

/*
 * The table, sorted by token for binary search.  The English tokens
 * merge Readability's, trafilatura's and GeneralNewsExtractor's lists;
 * the pinyin and romaji ones are what Chinese and Japanese sites write.
 * Positive marks are families too: DOM_FAM_BODY (the story's own
 * container) and DOM_FAM_CONTENT (a weak hint).
 */
static const struct dom_entry dom_entries[] = {
	{ "abbona", DOM_FAM_SUBSCRIBE },
	{ "abonn", DOM_FAM_SUBSCRIBE },
	{ "ad", DOM_FAM_AD },
	{ "adbox", DOM_FAM_AD },
	{ "addthis", DOM_FAM_SHARE },
	{ "ads", DOM_FAM_AD },
	{ "adsense", DOM_FAM_AD },
	{ "adslot", DOM_FAM_AD },
	{ "adunit", DOM_FAM_AD },
	{ "advert", DOM_FAM_AD },
	{ "advertisement", DOM_FAM_AD },
	{ "advertising", DOM_FAM_AD },
	{ "adwrap", DOM_FAM_AD },
	{ "appeal", DOM_FAM_SUBSCRIBE },
	{ "artibody", DOM_FAM_BODY },
	{ "article", DOM_FAM_CONTENT },
	{ "articlebody", DOM_FAM_BODY },
	{ "articlecontent", DOM_FAM_BODY },
	{ "articledetail", DOM_FAM_BODY },
	{ "articleinfo", DOM_FAM_META },
	{ "articlemeta", DOM_FAM_META },
	{ "articlesummary", DOM_FAM_STANDFIRST },
	{ "articletext", DOM_FAM_BODY },
	{ "aside", DOM_FAM_SIDEBAR },
	{ "assinatura", DOM_FAM_SUBSCRIBE },
	{ "audioplayer", DOM_FAM_PLAYER },
	{ "author", DOM_FAM_META },
	{ "banner", DOM_FAM_AD },
	{ "banquan", DOM_FAM_FOOTER },
	{ "bianji", DOM_FAM_META },
	{ "biaoqian", DOM_FAM_TAGS },
	{ "bio", DOM_FAM_META },
	{ "blogpost", DOM_FAM_CONTENT },
	{ "body", DOM_FAM_CONTENT },
	{ "bodytext", DOM_FAM_BODY },
	{ "breadcrumb", DOM_FAM_NAV },
	{ "breadcrumbs", DOM_FAM_NAV },
	{ "byline", DOM_FAM_META },
	{ "caption", DOM_FAM_CAPTION },
	{ "captions", DOM_FAM_CAPTION },
	{ "carousel", DOM_FAM_CAPTION },
	{ "cebian", DOM_FAM_SIDEBAR },
	{ "cmt", DOM_FAM_COMMENTS },
	{ "comentarios", DOM_FAM_COMMENTS },
	{ "comment", DOM_FAM_COMMENTS },
	{ "commentaires", DOM_FAM_COMMENTS },
	{ "comments", DOM_FAM_COMMENTS },
	{ "consent", DOM_FAM_POPUP },
	{ "content", DOM_FAM_CONTENT },
	{ "contentbody", DOM_FAM_BODY },
	{ "contentinfo", DOM_FAM_FOOTER },
	{ "contribute", DOM_FAM_SUBSCRIBE },
	{ "contributions", DOM_FAM_SUBSCRIBE },
	{ "cookie", DOM_FAM_POPUP },
	{ "cookies", DOM_FAM_POPUP },
	{ "copyright", DOM_FAM_FOOTER },
	{ "crumbs", DOM_FAM_NAV },
	{ "daohang", DOM_FAM_NAV },
	{ "dateline", DOM_FAM_META },
	{ "deck", DOM_FAM_STANDFIRST },
	{ "dek", DOM_FAM_STANDFIRST },
	{ "dfp", DOM_FAM_AD },
	{ "dingyue", DOM_FAM_SUBSCRIBE },
	{ "disclaimer", DOM_FAM_FOOTER },
	{ "discuss", DOM_FAM_COMMENTS },
	{ "discussion", DOM_FAM_COMMENTS },
	{ "diskussion", DOM_FAM_COMMENTS },
	{ "disqus", DOM_FAM_COMMENTS },
	{ "donate", DOM_FAM_SUBSCRIBE },
	{ "donation", DOM_FAM_SUBSCRIBE },
	{ "donations", DOM_FAM_SUBSCRIBE },
	{ "dsq", DOM_FAM_COMMENTS },
	{ "entry", DOM_FAM_CONTENT },
	{ "entrycontent", DOM_FAM_BODY },
	{ "entrymeta", DOM_FAM_META },
	{ "fenxiang", DOM_FAM_SHARE },
	{ "figcaption", DOM_FAM_CAPTION },
	{ "footer", DOM_FAM_FOOTER },
	{ "gallery", DOM_FAM_CAPTION },
	{ "gdpr", DOM_FAM_POPUP },
	{ "gentie", DOM_FAM_COMMENTS },
	{ "guanggao", DOM_FAM_AD },
	{ "hangqing", DOM_FAM_TICKER },
	{ "hidden", DOM_FAM_HIDDEN },
	{ "hide", DOM_FAM_HIDDEN },
	{ "imagecredit", DOM_FAM_CAPTION },
	{ "invisible", DOM_FAM_HIDDEN },
	{ "journalist", DOM_FAM_META },
	{ "jwplayer", DOM_FAM_PLAYER },
	{ "kanren", DOM_FAM_RELATED },
	{ "keyfacts", DOM_FAM_STANDFIRST },
	{ "keypoints", DOM_FAM_STANDFIRST },
	{ "keywords", DOM_FAM_TAGS },
	{ "komentarze", DOM_FAM_COMMENTS },
	{ "kommentare", DOM_FAM_COMMENTS },
	{ "laiyuan", DOM_FAM_META },
	{ "lightbox", DOM_FAM_POPUP },
	{ "liuyan", DOM_FAM_COMMENTS },
	{ "login", DOM_FAM_SUBSCRIBE },
	{ "main", DOM_FAM_CONTENT },
	{ "maincontent", DOM_FAM_BODY },
	{ "mainfacts", DOM_FAM_STANDFIRST },
	{ "marquee", DOM_FAM_TICKER },
	{ "masthead", DOM_FAM_NAV },
	{ "mediaplayer", DOM_FAM_PLAYER },
	{ "megamenu", DOM_FAM_NAV },
	{ "mejs", DOM_FAM_PLAYER },
	{ "membership", DOM_FAM_SUBSCRIBE },
	{ "menu", DOM_FAM_NAV },
	{ "menubar", DOM_FAM_NAV },
	{ "midtitle", DOM_FAM_STANDFIRST },
	{ "modal", DOM_FAM_POPUP },
	{ "morestories", DOM_FAM_RELATED },
	{ "mostpopular", DOM_FAM_RELATED },
	{ "mostread", DOM_FAM_RELATED },
	{ "mostviewed", DOM_FAM_RELATED },
	{ "nav", DOM_FAM_NAV },
	{ "navbar", DOM_FAM_NAV },
	{ "navigation", DOM_FAM_NAV },
	{ "neirong", DOM_FAM_CONTENT },
	{ "newsarticle", DOM_FAM_CONTENT },
	{ "newscontent", DOM_FAM_BODY },
	{ "newsletter", DOM_FAM_SUBSCRIBE },
	{ "newstext", DOM_FAM_BODY },
	{ "nextarticle", DOM_FAM_RELATED },
	{ "ninki", DOM_FAM_RELATED },
	{ "offscreen", DOM_FAM_HIDDEN },
	{ "osusume", DOM_FAM_RELATED },
	{ "outbrain", DOM_FAM_RELATED },
	{ "overlay", DOM_FAM_POPUP },
	{ "pager", DOM_FAM_NAV },
	{ "pagination", DOM_FAM_NAV },
	{ "paihang", DOM_FAM_RELATED },
	{ "photocredit", DOM_FAM_CAPTION },
	{ "picbox", DOM_FAM_CAPTION },
	{ "pinglun", DOM_FAM_COMMENTS },
	{ "pitch", DOM_FAM_AD },
	{ "playlist", DOM_FAM_PLAYER },
	{ "plyr", DOM_FAM_PLAYER },
	{ "poll", DOM_FAM_AD },
	{ "popular", DOM_FAM_RELATED },
	{ "popup", DOM_FAM_POPUP },
	{ "post", DOM_FAM_CONTENT },
	{ "postbody", DOM_FAM_BODY },
	{ "postcontent", DOM_FAM_BODY },
	{ "postmeta", DOM_FAM_META },
	{ "posttext", DOM_FAM_BODY },
	{ "powa", DOM_FAM_PLAYER },
	{ "prenumer", DOM_FAM_SUBSCRIBE },
	{ "promo", DOM_FAM_AD },
	{ "ranking", DOM_FAM_RELATED },
	{ "reacties", DOM_FAM_COMMENTS },
	{ "readmore", DOM_FAM_RELATED },
	{ "rebang", DOM_FAM_RELATED },
	{ "recirc", DOM_FAM_RELATED },
	{ "recommend", DOM_FAM_RELATED },
	{ "regwall", DOM_FAM_SUBSCRIBE },
	{ "related", DOM_FAM_RELATED },
	{ "remen", DOM_FAM_RELATED },
	{ "replies", DOM_FAM_COMMENTS },
	{ "reply", DOM_FAM_COMMENTS },
	{ "reporter", DOM_FAM_META },
	{ "respond", DOM_FAM_COMMENTS },
	{ "screenreader", DOM_FAM_HIDDEN },
	{ "secondtitle", DOM_FAM_STANDFIRST },
	{ "share", DOM_FAM_SHARE },
	{ "sharethis", DOM_FAM_SHARE },
	{ "sharing", DOM_FAM_SHARE },
	{ "side", DOM_FAM_SIDEBAR },
	{ "sidebar", DOM_FAM_SIDEBAR },
	{ "signin", DOM_FAM_SUBSCRIBE },
	{ "signup", DOM_FAM_SUBSCRIBE },
	{ "skiplink", DOM_FAM_NAV },
	{ "skyscraper", DOM_FAM_AD },
	{ "slider", DOM_FAM_CAPTION },
	{ "slideshow", DOM_FAM_CAPTION },
	{ "sns", DOM_FAM_SHARE },
	{ "sociable", DOM_FAM_SHARE },
	{ "social", DOM_FAM_SHARE },
	{ "sponsor", DOM_FAM_AD },
	{ "sronly", DOM_FAM_HIDDEN },
	{ "standfirst", DOM_FAM_STANDFIRST },
	{ "story", DOM_FAM_CONTENT },
	{ "storybody", DOM_FAM_BODY },
	{ "storycontent", DOM_FAM_BODY },
	{ "storytext", DOM_FAM_BODY },
	{ "subdeck", DOM_FAM_STANDFIRST },
	{ "subdek", DOM_FAM_STANDFIRST },
	{ "subhead", DOM_FAM_STANDFIRST },
	{ "subheadline", DOM_FAM_STANDFIRST },
	{ "subnav", DOM_FAM_NAV },
	{ "subscribe", DOM_FAM_SUBSCRIBE },
	{ "subscription", DOM_FAM_SUBSCRIBE },
	{ "subtit", DOM_FAM_STANDFIRST },
	{ "subtitle", DOM_FAM_STANDFIRST },
	{ "subtitulo", DOM_FAM_STANDFIRST },
	{ "summary", DOM_FAM_STANDFIRST },
	{ "suscri", DOM_FAM_SUBSCRIBE },
	{ "taboola", DOM_FAM_RELATED },
	{ "tagcloud", DOM_FAM_TAGS },
	{ "taglist", DOM_FAM_TAGS },
	{ "tags", DOM_FAM_TAGS },
	{ "takeaways", DOM_FAM_STANDFIRST },
	{ "ticker", DOM_FAM_TICKER },
	{ "titsub", DOM_FAM_STANDFIRST },
	{ "toolbar", DOM_FAM_NAV },
	{ "topbar", DOM_FAM_NAV },
	{ "topics", DOM_FAM_TAGS },
	{ "topstories", DOM_FAM_RELATED },
	{ "trending", DOM_FAM_RELATED },
	{ "tuijian", DOM_FAM_RELATED },
	{ "untertitel", DOM_FAM_STANDFIRST },
	/* block-only (dom_blockonly): "voc-video__title" */
	{ "video", DOM_FAM_PLAYER },
	{ "videobox", DOM_FAM_PLAYER },
	{ "videocontainer", DOM_FAM_PLAYER },
	{ "videoduration", DOM_FAM_PLAYER },
	{ "videoembed", DOM_FAM_PLAYER },
	{ "videoinfo", DOM_FAM_PLAYER },
	{ "videojs", DOM_FAM_PLAYER },
	{ "videolabel", DOM_FAM_PLAYER },
	{ "videoplayer", DOM_FAM_PLAYER },
	{ "videotitle", DOM_FAM_PLAYER },
	{ "videotitulo", DOM_FAM_PLAYER },
	{ "videowrap", DOM_FAM_PLAYER },
	{ "visuallyhidden", DOM_FAM_HIDDEN },
	{ "widget", DOM_FAM_SIDEBAR },
	{ "widgets", DOM_FAM_SIDEBAR },
	{ "wpcaption", DOM_FAM_CAPTION },
	{ "writer", DOM_FAM_META },
	{ "xiangguan", DOM_FAM_RELATED },
	{ "zebian", DOM_FAM_META },
	{ "zhengwen", DOM_FAM_BODY },
	{ "zuozhe", DOM_FAM_META },
};
#define DOM_NENTRIES	(sizeof dom_entries / sizeof dom_entries[0])

/* Longer words that start with an entry and mean something else. */
static const char *dom_not_prefixed[] = {
	"adaptive", "address", "admin", "advance", "advice", "advisor",
	"commentary", "commentaries", "contentious", "contributed",
	"hiddenite",
	"menuitem", "postal", "poster", "promote", "shared", "shareholder",
	"shareholders", "socialist", "storyline", NULL
};

static const char *dom_family_names[DOM_NFAMILIES] = {
	"", "navigation", "sidebar", "related", "comments", "share", "ad",
	"footer", "meta", "subscribe", "ticker", "tags", "hidden", "popup",
	"caption", "content", "article body", "media player", "standfirst"
};

const char *
dom_family_name(int family)
{
	if (family < 0 || family >= DOM_NFAMILIES)
		return ("");
	return (dom_family_names[family]);
}

const char *
dom_token_name(int token)
{
	if (token <= 0 || (size_t)token > DOM_NENTRIES)
		return ("");
	return (dom_entries[token - 1].token);
}

/*
 * Is a node named for text only a screen reader speaks ("sr-only",
 * "visually-hidden", "offscreen"), which no one sees on the page?
 */
int
dom_name_offscreen(const struct dom_node *nd)
{
	static const char	*words[] = { "offscreen", "screenreader",
	    "sronly", "visuallyhidden" };
	const char		*t;
	size_t			 i;

	if (nd->family != DOM_FAM_HIDDEN)
		return (0);
	t = dom_token_name(nd->token);
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(t, words[i]) == 0)
			return (1);
	return (0);
}

static int
dom_entry_cmp(const char *s, size_t n, const char *token)
{
	size_t	i;

	for (i = 0; i < n && token[i] != '\0'; i++)
		if (s[i] != token[i])
			return ((unsigned char)s[i] - (unsigned char)token[i]);
	if (i < n)
		return (1);	/* the token is a prefix of s */
	return (token[i] == '\0' ? 0 : -1);
}

/*
 * The entry a token names: equal, or the longest entry of five letters
 * or more that the token starts with.  Returns its index + 1, or 0.
 */
static int
dom_lookup(const char *s, size_t n)
{
	size_t	lo, hi, mid, len, i;
	int	c;

	if (n < 2 || n > DOM_TOKEN_MAX)
		return (0);
	lo = 0;
	hi = DOM_NENTRIES;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = dom_entry_cmp(s, n, dom_entries[mid].token)) == 0)
			return (mid + 1);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	/* A prefix sorts just before where s would be: look back. */
	for (i = lo; i > 0; i--) {
		len = strlen(dom_entries[i - 1].token);
		if (dom_entries[i - 1].token[0] != s[0])
			break;
		if (len >= 5 && len < n &&
		    memcmp(s, dom_entries[i - 1].token, len) == 0)
			break;
	}
	if (i == 0 || dom_entries[i - 1].token[0] != s[0])
		return (0);
	for (len = 0; dom_not_prefixed[len] != NULL; len++) {
		size_t	l = strlen(dom_not_prefixed[len]);

		if (n >= l && memcmp(s, dom_not_prefixed[len], l) == 0)
			return (0);
	}
	return (i);
}

/*
 * Which family ranks first when one element is called several things:
 * what hides beats what keeps ("article-comments" are comments,
 * "sidebar-content" is a sidebar), but the story's own body beats a
 * weak negative such as "meta" or "tags", and a standfirst beats the
 * body its component is named for ("ArticleDetail_subtitle__x1").
 */
static int
dom_rank(int family)
{
	switch (family) {
	case DOM_FAM_NONE:
		return (0);
	case DOM_FAM_CONTENT:
		return (1);
	case DOM_FAM_META:
	case DOM_FAM_TAGS:
		return (2);
	case DOM_FAM_BODY:
		return (3);
	case DOM_FAM_STANDFIRST:
		return (4);
	default:
		return (5);
	}
}

/*
 * Does an entry name only a BEM block's elements?  A video's own box is
 * named for more than "video" ("video-article" is a story, "has-video"
 * a state), but its title and length are named for it
 * ("voc-video__title", "sdc-video__duration").
 */
static int
dom_blockonly(int entry)
{
	return (strcmp(dom_entries[entry - 1].token, "video") == 0);
}

static void
dom_take(struct dom_node *nd, int entry, int attr)
{
	int	family;

	if (entry == 0 || (!(attr & DOM_ATTR_BLOCK) && dom_blockonly(entry)))
		return;
	attr &= ~DOM_ATTR_BLOCK;
	family = dom_entries[entry - 1].family;
	if (dom_rank(family) > dom_rank(nd->family)) {
		nd->family = family;
		nd->token = entry;
		nd->attr = attr;
	}
	if (family == DOM_FAM_BODY)
		nd->flags |= DOM_N_BODY;
	else if (family == DOM_FAM_CONTENT)
		nd->flags |= DOM_N_CONTENT;
}

/*
 * Does the token before say that this one is not what the element is:
 * Drupal's "field-label-hidden" is a field whose label is not shown,
 * and its "node-promoted" and "node-not-promoted" are articles put on
 * (or kept off) the front page, not adverts ("promoted-post" is one);
 * a "table_caption" titles a table of the story, no photo?
 */
static int
dom_qualified(const char *prev, size_t np, const char *tok, size_t n)
{
	static const struct {
		const char	*prev;
		const char	*tok;
	} pairs[] = {
		{ "label", "hidden" }, { "title", "hidden" },
		{ "heading", "hidden" }, { "caption", "hidden" },
		{ "icon", "hidden" }, { "legend", "hidden" },
		{ "label", "hide" }, { "title", "hide" },
		{ "node", "promoted" }, { "not", "promoted" },
		{ "table", "caption" }, { "tbl", "caption" },
	};
	size_t	i;

	for (i = 0; np > 0 && i < sizeof pairs / sizeof pairs[0]; i++) {
		if (strlen(pairs[i].prev) == np && strlen(pairs[i].tok) == n &&
		    memcmp(prev, pairs[i].prev, np) == 0 &&
		    memcmp(tok, pairs[i].tok, n) == 0)
			return (1);
	}
	return (0);
}

/*
 * Is the token one that names a box only at the head of a name: "side"
 * (old Reddit's "side", "side-col") but not a theme's
 * "td-pb-padding-side"?
 */
static int
dom_leading(const char *tok, size_t n)
{
	return (n == 4 && memcmp(tok, "side", 4) == 0);
}

/*
 * Take a token that follows, in one name, the token that named the
 * story's body (body is 1; 2 when the node was the body before): a
 * weak name after it is the body's part, as in a BEM element
 * ("Page-storyBody-tags" is the story's tags, "story-body-meta" its
 * byline box), and no longer the body.
 */
static void
dom_take_after(struct dom_node *nd, int entry, int attr, int body)
{
	int	family = entry > 0 ? dom_entries[entry - 1].family : 0;

	if (body != 0 && family == DOM_FAM_BODY &&
	    (nd->family == DOM_FAM_TAGS || nd->family == DOM_FAM_META))
		return;		/* "bodymeta" names the body again */
	if (body == 0 || nd->family != DOM_FAM_BODY ||
	    (family != DOM_FAM_TAGS && family != DOM_FAM_META)) {
		dom_take(nd, entry, attr);
		return;
	}
	nd->family = family;
	nd->token = entry;
	nd->attr = attr & ~DOM_ATTR_BLOCK;
	if (body == 1)
		nd->flags &= ~DOM_N_BODY;
}

/* Is s[0..n) one of words, in any case? */
static int
dom_in(const char *s, size_t n, const char *const words[])
{
	size_t	i;

	for (i = 0; words[i] != NULL; i++) {
		if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
			return (1);
	}
	return (0);
}

/*
 * Does token tok say that what follows is what the element has not,
 * rather than what it is: "no_caption", "without-comments"?  ("-with-"
 * is left alone: a "media-with-caption" is the caption's box; but a
 * camel-cased "With" is what the element has, "anchorWithStickyNavbar";
 * a name "has-…" is a state, dom_state's.)
 */
static int
dom_having(const char *tok, size_t n)
{
	static const char *const	 words[] = { "no", "non", "without",
					    NULL };

	return (dom_in(tok, n, words));
}

/*
 * Is a name the state of the page's comments or sidebar
 * ("comments-enabled", "comments-open", "sidebar-closed"), or what an
 * element has ("has-comments")?  It says how the page is set up, on an
 * element that holds the story as well.  (A "sharing-enabled" box is
 * the share buttons.)
 */
static int
dom_state(const char *p, const char *e)
{
	static const char		*what[] = { "comments-",
					    "comments_", "comment-", "sidebar-",
					    "sidebar_", NULL };
	static const char *const	 words[] = { "enabled", "disabled",
					    "open", "opened", "closed", NULL };
	const char			*b;
	size_t				 i;

	for (i = 0; what[i] != NULL; i++) {
		if ((size_t)(e - p) > strlen(what[i]) &&
		    strncasecmp(p, what[i], strlen(what[i])) == 0)
			break;
	}
	if (what[i] == NULL)	/* what it has: "has-comments", "has_ads" */
		return (e - p > 4 && strncasecmp(p, "has", 3) == 0 &&
		    (p[3] == '-' || p[3] == '_'));
	b = p + strlen(what[i]);	/* the rest: one word of state */
	return (dom_in(b, e - b, words));
}

/* Entry e, unless it is a popup's word in a table's name: then 0. */
static int
dom_framed(int e, int tabled)
{
	return (tabled && e > 0 && dom_entries[e - 1].family ==
	    DOM_FAM_POPUP ? 0 : e);
}

/* Name a node from one class or id name, s[0..n): its tokens and pairs. */
static void
dom_name_words(struct dom_node *nd, const char *s, size_t len, int attr)
{
	char		 tok[DOM_TOKEN_MAX + 1], prev[DOM_TOKEN_MAX + 1];
	char		 pair[2 * DOM_TOKEN_MAX + 1];
	const char	*p = s, *e = s + len;
	size_t		 n, np = 0, hex;
	int		 up, lo, dig, pup, plo, pdig, body = 0, tabled = 0;
	int		 hadbody = (nd->flags & DOM_N_BODY) != 0;

	while (p < e) {
		if ((p == s || !((p[-1] >= 'a' && p[-1] <= 'z') ||
		    (p[-1] >= 'A' && p[-1] <= 'Z') ||
		    (p[-1] >= '0' && p[-1] <= '9'))) &&
		    (hex = dom_hex_run(p, e)) > 0) {
			p += hex;
			np = 0;
			continue;
		}
		/* one token: letters and digits, cut at case and digit
		 * boundaries */
		n = 0;
		pup = plo = pdig = 0;
		while (p < e) {
			up = *p >= 'A' && *p <= 'Z';
			lo = *p >= 'a' && *p <= 'z';
			dig = *p >= '0' && *p <= '9';
			if (!up && !lo && !dig)
				break;
			if (n > 0 && ((plo && up) || pdig != dig))
				break;	/* "relatedPosts", "col2" */
			if (n > 0 && up && pup && p + 1 < e && p[1] >= 'a' &&
			    p[1] <= 'z')
				break;	/* "RSSFeed": RSS | Feed */
			if (n < DOM_TOKEN_MAX)
				tok[n++] = lo || dig ? *p : *p + 32;
			else
				n = DOM_TOKEN_MAX + 1;	/* too long */
			pup = up;
			plo = lo;
			pdig = dig;
			p++;
		}
		if (n == 0) {
			if ((unsigned char)*p >= 0x80)
				np = 0;	/* no pair across other letters */
			p++;
			continue;
		}
		if (n > DOM_TOKEN_MAX || (tok[0] >= '0' && tok[0] <= '9')) {
			np = 0;
			continue;
		}
		if (dom_having(tok, n) || (n == 4 && p[-4] == 'W' &&
		    memcmp(tok, "with", 4) == 0 && np > 0))
			break;	/* "no_caption", "anchorWithStickyNavbar" */
		/* a table's overlay ("o-table-overlay-wrapper") is its
		 * frame, no popup */
		tabled |= n == 5 && memcmp(tok, "table", 5) == 0;
		if (!dom_qualified(prev, np, tok, n) &&
		    (p - n == s || !dom_leading(tok, n)))
			dom_take_after(nd, dom_framed(dom_lookup(tok, n),
			    tabled), attr, body);
		/* a letter alone joins nothing: "c-mt-7" is a margin */
		if (np > 1 && n > 1 && np + n <= 2 * DOM_TOKEN_MAX) {
			memcpy(pair, prev, np);
			memcpy(pair + np, tok, n);
			dom_take_after(nd, dom_framed(dom_lookup(pair,
			    np + n), tabled), attr, body);
		}
		if (nd->family == DOM_FAM_BODY && body == 0)
			body = hadbody ? 2 : 1;
		memcpy(prev, tok, n);
		np = n;
	}
}

/*
 * Does a class list mark a blog's entry ("hentry", hAtom's)?  Its other
 * names then file the entry ("author-marta-lindqvist", "category-news",
 * "tag-bread"): they name no box.
 */
static int
dom_entry(const char *v)
{
	const char	*p = v, *e;

	while ((p = dom_next_name(p, &e)) != NULL) {
		if (e - p == 6 && strncasecmp(p, "hentry", 6) == 0)
			return (1);
		p = e;
	}
	return (0);
}

/* Is a name an entry's filing: its author, category or tag? */
static int
dom_taxonomy(const char *p, const char *e)
{
	static const char	*what[] = { "author-", "category-", "tag-",
				    "tags-", NULL };
	size_t			 i;

	for (i = 0; what[i] != NULL; i++)
		if ((size_t)(e - p) > strlen(what[i]) &&
		    strncasecmp(p, what[i], strlen(what[i])) == 0)
			return (1);
	return (0);
}

/*
 * A BEM block's name for an element whose own part says nothing: only
 * what hides ("contributions__epic" asks for money) or an author's box
 * ("bio__container"); "content__glance" is a box in the story, not the
 * story's body.
 */
static void
dom_name_block(struct dom_node *nd, const char *s, size_t n)
{
	struct dom_node	 tmp;

	memset(&tmp, 0, sizeof tmp);
	dom_name_words(&tmp, s, n, DOM_ATTR_CLASS | DOM_ATTR_BLOCK);
	if (dom_rank(tmp.family) > dom_rank(DOM_FAM_STANDFIRST) ||
	    tmp.family == DOM_FAM_META)
		dom_take(nd, tmp.token, DOM_ATTR_CLASS | DOM_ATTR_BLOCK);
}

/* The length of [s, e) if it is letters only, else 0. */
static size_t
dom_letters(const char *s, const char *e)
{
	const char	*p;

	for (p = s; p < e; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
			return (0);
	return ((size_t)(e - s));
}

/*
 * A name in a design system's namespace, its parts joined by "--"
 * ("duet--article--share-bar", "duet--contributions--appeal"): its last
 * part is the element, as after "__", and what it joins the block.
 * Returns where the last part starts, or p for a name of one "--"
 * ("article--has-sidebar": a block and its modifier).
 */
static const char *
dom_namespaced(const char *p, const char *e)
{
	const char	*m, *last = NULL;
	int		 n = 0;

	for (m = p; m + 1 < e; m++) {
		if (m[0] == '-' && m[1] == '-') {
			n++;
			last = m + 2;
			m++;
		}
	}
	if (n < 2 || last == NULL || last >= e)
		return (p);
	return (last);
}

/*
 * Name a node from a class or id value: each white-space separated name
 * on its own.  A BEM name ("block__element--modifier") says what the
 * element is in its element part: "sidebar-grid__content" is content
 * placed in a sidebar grid, "article__related" is related links, and
 * "article--has-sidebar" is an article; an element part that names
 * nothing leaves the block part to say it ("contributions__epic").
 */
static void
dom_name_value(struct dom_node *nd, const char *v, int attr)
{
	const char	*p = v, *e, *b, *m;
	int		 utility, entry, atomic;
	uint16_t	 had;

	if (dom_atomic(v) || dom_hashed(v))
		return;
	atomic = dom_atomic_mixed(v);
	utility = dom_utility(v);
	entry = dom_entry(v);
	while ((p = dom_next_name(p, &e)) != NULL) {
		if (dom_responsive(v, p, e - p) || dom_state(p, e) ||
		    (utility && dom_styled(p, e)) || (atomic && e - p <= 3) ||
		    (entry && dom_taxonomy(p, e))) {
			p = e;
			continue;
		}
		b = p;
		for (m = p; m + 1 < e; m++) {
			if (m[0] == '_' && m[1] == '_' && m + 2 < e)
				b = m + 2;	/* the last element part */
		}
		if (b > p && dom_module_hash(p, b - 2, b, e)) {
			/* CSS modules: "Para_para__lOxAd" is para */
			dom_name_words(nd, p, b - 2 - p, attr);
			p = e;
			continue;
		}
		if (b == p)
			b = dom_namespaced(p, e);
		for (m = b; m + 1 < e; m++) {
			if (m[0] == '-' && m[1] == '-' && m > b)
				break;		/* a modifier */
		}
		m = dom_hash_tail(b, m + 1 < e ? m : e);
		had = nd->token;
		dom_name_words(nd, b, m - b, attr);
		/* an element part that says nothing ("__epic", "__inner")
		 * is part of its block: "contributions__epic" asks */
		if (b > p && nd->token == had && attr == DOM_ATTR_CLASS &&
		    dom_letters(b, m) >= 3)
			dom_name_block(nd, p, b - 2 - p);
		p = e;
	}
}

/*
 * What a class or id value names, remembered: a page names its hundreds
 * of elements with a few values ("css-1x2y3z", a utility soup), and a
 * value names the same thing on every page.  A value's names, each
 * taken in turn, leave the first of the highest rank and the flags of
 * all, so what it makes of any node is what it made of an empty one.
 * Each thread has its own (import's indexing thread).
 */
#define DOM_MEMO_SLOTS	1024
#define DOM_MEMO_KEY	128

struct dom_memo {
	char		 key[DOM_MEMO_KEY];	/* the value, NUL ended */
	uint8_t		 used;
	uint8_t		 attr;			/* what was asked */
	struct dom_node	 made;
};

static _Thread_local struct dom_memo	dom_memo[DOM_MEMO_SLOTS];

void
dom_name(struct dom_node *nd, const char *v, int attr)
{
	struct dom_memo	*mo;
	struct dom_node	 made;
	size_t		 n;
	uint32_t	 h = 2166136261u;

	for (n = 0; v[n] != '\0'; n++)
		h = (h ^ (unsigned char)v[n]) * 16777619u;
	mo = &dom_memo[(h ^ (uint32_t)attr) % DOM_MEMO_SLOTS];
	if (n < DOM_MEMO_KEY && mo->used && mo->attr == attr &&
	    memcmp(mo->key, v, n + 1) == 0)
		made = mo->made;
	else {
		memset(&made, 0, sizeof made);
		dom_name_value(&made, v, attr);
		if (n < DOM_MEMO_KEY) {
			memcpy(mo->key, v, n + 1);
			mo->used = 1;
			mo->attr = attr;
			mo->made = made;
		}
	}
	/* an id that names comments' content ("cmtContent") on an
	 * element its class calls the content ("content all-txt") is a
	 * script's handle on the story, which readers comment on (the id
	 * is named first) */
	if (attr == DOM_ATTR_CLASS && nd->family == DOM_FAM_COMMENTS &&
	    nd->attr == DOM_ATTR_ID && (nd->flags & (DOM_N_CONTENT |
	    DOM_N_BODY)) && (made.family == DOM_FAM_CONTENT ||
	    made.family == DOM_FAM_BODY))
		nd->family = DOM_FAM_NONE;
	if (dom_rank(made.family) > dom_rank(nd->family)) {
		nd->family = made.family;
		nd->token = made.token;
		nd->attr = made.attr;
	}
	nd->flags |= made.flags;
}

/* The number of entries in the table: tokens are 1 to this. */
int
dom_name_entries(void)
{
	return ((int)DOM_NENTRIES);
}

/* The entry whose word is exactly s[0..n), or 0. */
int
dom_name_word(const char *s, size_t n)
{
	int	t;

	t = dom_lookup(s, n);
	return (t > 0 && strlen(dom_entries[t - 1].token) == n ? t : 0);
}
