/*
 * test-html.c: unit tests for html.c.  Tables of inputs and expected
 * outputs for character references, text and blocks, links, metadata,
 * HTML detection and the charset prescan, then robustness runs that feed
 * every prefix of a damaged page and random bytes to html_parse, where
 * passing means not crashing (run it under ASan to make that mean more).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

struct text_case {
	const char	*name;
	const char	*html;
	const char	*text;
};

struct link_case {
	const char	*name;
	const char	*html;
	size_t		 nlinks;
	const char	*texts[3];	/* text of each link */
	const char	*hrefs[3];
};

struct meta_case {
	const char	*name;
	const char	*html;
	const char	*title;
	const char	*lang;
	const char	*url;
	const char	*date;
	const char	*site;
};

struct detect_case {
	const char	*name;
	const char	*in;
	int		 html;
};

struct charset_case {
	const char	*name;
	const char	*in;
	const char	*charset;
};

static void	test_text(void);
static void	test_links(void);
static void	test_meta(void);
static void	test_detect(void);
static void	test_charset(void);
static void	test_robust(void);
static void	test_large(void);
static int	doc_sane(const struct html_doc *);

static const struct text_case text_cases[] = {
	{ "plain text", "Hello,   world", "Hello, world" },
	{ "references in text",
	  "<p>Tom &amp; Jerry &lt;3 &copy 2023&nbsp;&nbsp;x &notit; &notin;"
	  "</p>",
	  "Tom & Jerry <3 &copy 2023 x &notit; \342\210\211" },
	{ "nested divs",
	  "<div><div>one</div><div><div>two</div> three</div></div>",
	  "one\ntwo\nthree" },
	{ "inline elements do not break",
	  "<p>a<b>b</b><em>c</em> <span>d</span><share-button>e"
	  "</share-button></p>", "abc de" },
	{ "items that meet with no space: a word's end and a capital",
	  "<div><a href=/>Home</a><a href=/n>News</a><span>Share</span>"
	  "<label>Facebook</label></div><p><span>By Jane Doe</span>"
	  "<time>3 May</time></p><p><span>Москва</span><span>Новости"
	  "</span> <a>iPhone</a><span>15</span></p>",
	  "Home News Share Facebook\nBy Jane Doe 3 May\nМосква Новости "
	  "iPhone 15" },
	{ "items that meet inside a word, in CJK, or at a figure's end stay "
	  "as they are",
	  "<p><span>Dan</span><span>ish</span> H<sub>2</sub>O <b>Bold</b><i>Face</i> <span>中国</span>"
	  "<span>新闻</span> <span>2024</span><span>2025</span></p>",
	  "Danish H2O BoldFace \344\270\255\345\233\275"
	  "\346\226\260\351\227\273 20242025" },
	{ "br runs", "<p>one<br><br/><BR >two</p>three", "one\ntwo\nthree" },
	{ "an invisible character alone makes no block",
	  "<p>one</p><p>&zwnj;</p><p>\342\200\213 &#x200F;\357\273\277</p>"
	  "<p>&shy;&#8288;two</p><p>\331\205\333\214&zwnj;\330\250</p>",
	  "one\ntwo\n\331\205\333\214\342\200\214\330\250" },
	{ "an indent of ideographic spaces alone makes no block",
	  "<p>\343\200\200\343\200\200<img src=a.jpg></p>"
	  "<p>\343\200\200\343\200\200\344\270\200</p>"
	  "<p>a\343\200\200b</p>",
	  "\343\200\200\343\200\200\344\270\200\na\343\200\200b" },
	{ "script, style and comments",
	  "<p>a<script>if (a < b) document.write('</p>x')</script>b"
	  "<style>p { x: '<p>' }</style>c<!-- <p>hidden</p> -->d</p>",
	  "abcd" },
	{ "unterminated comment", "<p>before</p><!-- never ends <p>x",
	  "before" },
	{ "comments", "a<!-- b -->c<!-- x -- y -->d", "acd" },
	{ "doctype, PI",
	  "<!DOCTYPE html><?xml version=\"1.0\"?><p>xz</p>", "xz" },
	{ "pre keeps lines and spacing",
	  "<p>a   b</p><pre>\nline  one\n\n    indented &lt;x&gt;\n</pre>c",
	  "a b\nline  one\n    indented <x>\nc" },
	{ "dropped widgets",
	  "<p>x<button>Share</button><select><option>1</select>"
	  "<svg><title>icon</title><text>t</text></svg>"
	  "<noscript>enable js</noscript><textarea>a</textarea>y</p>",
	  "xy" },
	{ "head dropped, title kept out",
	  "<html><head><title>T</title><style>s</style></head>"
	  "<body><p>body</p></body></html>", "body" },
	{ "hidden text stays, for the classifier",
	  "<div hidden><div>hid</div></div><p>yes</p>"
	  "<div style='display:block'>shown</div>",
	  "hid\nyes\nshown" },
	{ "NBSP and control characters",
	  "<p>\302\240a\302\240\302\240b\001\033[31m \302\240</p>",
	  "a b[31m" },
	{ "invalid UTF-8 is repaired", "<p>\377\376 x\300</p>",
	  "\357\277\275\357\277\275 x\357\277\275" },
	{ "stray < and >", "a < b and x > y<", "a < b and x > y<" },
	{ "unterminated tag", "<p>text</p><a href=\"x", "text" },
	{ "less than at the end", "<p>x</p><", "x\n<" },
	{ "end tag at the end", "x</", "x" },
	{ "table cells", "<table><tr><td>a</td><td>b</td></tr></table>",
	  "a\nb" },
	{ "empty document", "", "" },
	{ "only markup", "<div><br><hr></div>", "" },
	{ "feedx fragment",
	  "<div>05/09/2023 - 12:12</div><img src=x><p><strong>"
	  "\346\234\235\351\262\234\351\242\206\345\257\274\344\272\272"
	  "</strong></p><div><div>\345\210\206\344\272\253 :</div><div>"
	  "<a href=\"https://x\">  <span></span></a></div></div><br><hr>"
	  "<div>\350\216\267\345\217\226\346\233\264\345\244\232RSS\357\274"
	  "\232<br><a href=\"https://feedx.net\">https://feedx.net</a> <br>"
	  "</div>",
	  "05/09/2023 - 12:12\n"
	  "\346\234\235\351\262\234\351\242\206\345\257\274\344\272\272\n"
	  "\345\210\206\344\272\253 :\n"
	  "\350\216\267\345\217\226\346\233\264\345\244\232RSS\357\274\232\n"
	  "https://feedx.net" },
};

static const struct link_case link_cases[] = {
	{ "simple link", "<p>See <a href=\"/a?x=1&amp;y=2\"> the  page </a>.",
	  1, { "the page" }, { "/a?x=1&y=2" } },
	{ "legacy reference before = in an attribute",
	  "<a href='?a=1&amp=2&copy=3&copy;'>x</a>",
	  1, { "x" }, { "?a=1&amp=2&copy=3\302\251" } },
	{ "unquoted href, no href", "<a href=u>one</a> <a>two</a>",
	  2, { "one", "two" }, { "u", NULL } },
	{ "empty link is not recorded", "<a href=x> <img> </a>y",
	  0, { NULL }, { NULL } },
	{ "link split by a block", "<a href=h>one<p>two</p></a>",
	  2, { "one", "two" }, { "h", "h" } },
	{ "a starts a new link", "<a href=1>x<a href=2>y</a>",
	  2, { "x", "y" }, { "1", "2" } },
	{ "link in pre", "<pre>  <a href=p>code</a>\n</pre>",
	  1, { "code" }, { "p" } },
};

static const struct meta_case meta_cases[] = {
	{ "h1 inside title",
	  "<html lang=en-GB><head><title>Foo bar - Site</title>"
	  "<link rel=\"canonical\" href=\"https://e.com/foo\">"
	  "<meta property=\"og:url\" content=\"https://e.com/og\">"
	  "<meta property=\"og:site_name\" content=\"Site\">"
	  "<meta property=\"article:published_time\" "
	  "content=\"2023-09-05T12:12:00Z\"></head>"
	  "<body><h1> Foo  bar </h1><p><time datetime=\"2020\">x</time></p>",
	  "Foo bar", "en-GB", "https://e.com/foo", "2023-09-05T12:12:00Z",
	  "Site" },
	{ "h1 not in title",
	  "<TITLE>Site &amp; more</TITLE><H1>Other</H1><p>x",
	  "Site & more", NULL, NULL, NULL, NULL },
	{ "no title: first non-empty h1, og:url, meta name date",
	  "<meta property='og:url' content='https://e.com/og'>"
	  "<meta name=\"DC.date.issued\" content=\"2001-02-03\">"
	  "<h1></h1><h1>Head<br>line</h1><h1>Second</h1>",
	  "Head line", NULL, "https://e.com/og", "2001-02-03", NULL },
	{ "time datetime", "<p>Posted <time datetime=\"2022-01-01T10:00\">"
	  "Jan 1</time></p>", NULL, NULL, NULL, "2022-01-01T10:00", NULL },
	{ "nothing", "<p>text</p>", NULL, NULL, NULL, NULL, NULL },
	{ "references escaped twice are decoded",
	  "<meta property=\"og:title\" content=\"&amp;#8222;Nein&amp;#8220;"
	  " zu Fl&amp;ouml;ten &amp;amp; &amp;bogus; &amp;#1;\">",
	  "\342\200\236Nein\342\200\234 zu Fl\303\266ten & &bogus; &#1;",
	  NULL, NULL, NULL, NULL },
	{ "the site's name after the last separator goes",
	  "<meta property=\"og:title\" content=\"Talks may fail - again | "
	  "CBC News\">"
	  "<meta property=\"og:site_name\" content=\"CBC\">",
	  "Talks may fail - again", NULL, NULL, NULL, "CBC" },
	{ "the site's name before a longer rest goes",
	  "<meta property=\"og:title\" content=\"GitHub - user/repo: a "
	  "tool\">"
	  "<meta property=\"og:site_name\" content=\"GitHub\">",
	  "user/repo: a tool", NULL, NULL, NULL, "GitHub" },
	{ "a title that is the site's name alone stays",
	  "<meta property=\"og:title\" content=\"Harbour Times\">"
	  "<meta property=\"og:site_name\" content=\"Harbour Times\">",
	  "Harbour Times", NULL, NULL, NULL, "Harbour Times" },
	{ "a JSON-LD headline cut at 110 characters gives way to og:title",
	  "<meta property=\"og:title\" content=\"'I could not just leave "
	  "him there': Grandmother, 71, wades into a freezing sea to free a "
	  "seal pup tangled in a net\"><script type=\"application/ld+json\">"
	  "{\"@type\":\"NewsArticle\",\"headline\":\"'I could not just "
	  "leave him there': Grandmother, 71, wades into a freezing sea to "
	  "free a seal pu\"}</script>",
	  "'I could not just leave him there': Grandmother, 71, wades into a "
	  "freezing sea to free a seal pup tangled in a net",
	  NULL, NULL, NULL, NULL },
	{ "a whole headline is not cut short by a site's name after it",
	  "<title>Seoul doubles its late-night village buses for riders after "
	  "the last subway : Society : Hanbit</title><script type=\"applica"
	  "tion/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Seoul "
	  "doubles its late-night village buses for riders after the last "
	  "subway\"}</script>",
	  "Seoul doubles its late-night village buses for riders after the "
	  "last subway", NULL, NULL, NULL, NULL },
	{ "a whole og:title is not cut short by a <title> that adds a site",
	  "<title>Colder Temperatures Forecast for Wed. after Cold Wave Alert "
	  "Tues. l KBS WORLD</title><meta property=\"og:title\" content=\""
	  "Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues."
	  "\">",
	  "Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.",
	  NULL, NULL, NULL, NULL },
};

static const struct detect_case detect_cases[] = {
	{ "doctype", "\357\273\277  <!DOCTYPE html><html>", 1 },
	{ "comment first", "<!-- saved from url -->\n<html>", 1 },
	{ "div first", "<div>x</div>", 1 },
	{ "p first", "\n\t<P class=x>text", 1 },
	{ "RSS dump body",
	  "Title of the story\n<p>First paragraph</p><p>Second</p>"
	  "<img src=\"a.jpg\"><br>", 1 },
	{ "plain English",
	  "We know that a < b and x > y, hence a<b holds.\nAlso 3 < 4.", 0 },
	{ "unknown tag first", "<foo>bar</foo>", 0 },
	{ "email address", "Write to <someone@example.com> today", 0 },
	{ "a text dump with a scraper's leftover tags",
	  "Home\nNews\nWorld\nSearch\nLogin\nStrike goes on at the port\n"
	  "<div class=\"share\">Share:\nFacebook\nTwitter\nCopy link\n"
	  "The union said talks had broken down.\n<div class=\"ad\">\nAd\n"
	  "</div>\nShips are being diverted.\nTags: port, strike\n", 0 },
	{ "a dump with a tag for every two lines",
	  "WELT\nPolitik\n<div class=\"nav\">Wirtschaft\nSport\n"
	  "Bäcker ohne Nachfolger\n<div class=\"intro\">Von Jonas\n"
	  "Um halb drei Uhr morgens brennt Licht.<br><br>Er knetet.\n"
	  "<div class=\"ad\">Anzeige</div>\nRuhnke ist kein Einzelfall.\n", 0 },
	{ "a page's fragment, a tag a line",
	  "<div class=\"story\">\n<h1>Strike goes on</h1>\n"
	  "<p>The union said talks had broken down.</p>\n"
	  "<p>Ships are being diverted.</p>\n</div>\n", 1 },
	{ "empty", "", 0 },
};

static const struct charset_case charset_cases[] = {
	{ "meta charset", "<html><head><meta charset=\"ISO-8859-1\">",
	  "iso-8859-1" },
	{ "http-equiv",
	  "<meta http-equiv=\"Content-Type\" "
	  "content=\"text/html; charset=Shift_JIS\">", "shift_jis" },
	{ "http-equiv, content first, single quotes",
	  "<META CONTENT='text/html;charset=gb2312' HTTP-EQUIV='content-type'>",
	  "gb2312" },
	{ "content without http-equiv", "<meta content=\"charset=koi8-r\">",
	  NULL },
	{ "inside a comment", "<!-- <meta charset=big5> --><p>", NULL },
	{ "utf-16 means utf-8", "<meta charset=utf-16le>", "utf-8" },
	{ "none", "<p>hello</p>", NULL },
};

static void
test_text(void)
{
	static const char	 nul[] = "<p>a\0b</p><p\0>c";
	const struct text_case	*c;
	struct html_doc		*doc;
	size_t			 i;

	for (i = 0; i < sizeof text_cases / sizeof text_cases[0]; i++) {
		c = &text_cases[i];
		doc = html_parse(c->html, strlen(c->html));
		if (is_str(doc->text, c->text, c->name))
			ok(doc_sane(doc), "%s: text is well formed", c->name);
		html_doc_free(doc);
	}
	doc = html_parse(nul, sizeof nul - 1);
	is_str(doc->text, "ab\nc", "NUL bytes are dropped");
	html_doc_free(doc);
	html_doc_free(NULL);
}

static void
test_links(void)
{
	const struct link_case	*c;
	const struct html_link	*l;
	struct html_doc		*doc;
	size_t			 i, j;
	int			 same;

	for (i = 0; i < sizeof link_cases / sizeof link_cases[0]; i++) {
		c = &link_cases[i];
		doc = html_parse(c->html, strlen(c->html));
		same = doc->nlinks == c->nlinks && doc_sane(doc);
		for (j = 0; same && j < doc->nlinks; j++) {
			l = &doc->links[j];
			same = strlen(c->texts[j]) == l->len &&
			    memcmp(doc->text + l->start, c->texts[j],
			    l->len) == 0;
			if (c->hrefs[j] == NULL || l->href == NULL)
				same = same && c->hrefs[j] == l->href;
			else
				same = same &&
				    strcmp(c->hrefs[j], l->href) == 0;
		}
		if (!ok(same, "links: %s", c->name)) {
			printf("#   text '%s', %zu links\n", doc->text,
			    doc->nlinks);
			for (j = 0; j < doc->nlinks; j++)
				printf("#   [%zu, %zu) %s\n",
				    doc->links[j].start, doc->links[j].len,
				    doc->links[j].href ? doc->links[j].href :
				    "(null)");
		}
		html_doc_free(doc);
	}
}

static void
test_meta(void)
{
	const struct meta_case	*c;
	struct html_doc		*doc;
	size_t			 i;
	char			 name[128];

	for (i = 0; i < sizeof meta_cases / sizeof meta_cases[0]; i++) {
		c = &meta_cases[i];
		doc = html_parse(c->html, strlen(c->html));
		snprintf(name, sizeof name, "%s: title", c->name);
		is_str(doc->title, c->title, name);
		snprintf(name, sizeof name, "%s: lang, url, date, site",
		    c->name);
		ok((c->lang == NULL ? doc->lang == NULL :
		    doc->lang != NULL && strcmp(doc->lang, c->lang) == 0) &&
		    (c->url == NULL ? doc->url == NULL :
		    doc->url != NULL && strcmp(doc->url, c->url) == 0) &&
		    (c->date == NULL ? doc->date == NULL :
		    doc->date != NULL && strcmp(doc->date, c->date) == 0) &&
		    (c->site == NULL ? doc->site == NULL :
		    doc->site != NULL && strcmp(doc->site, c->site) == 0),
		    "%s", name);
		html_doc_free(doc);
	}
}

static void
test_detect(void)
{
	const struct detect_case	*c;
	size_t				 i;
	char				 many[5000];

	for (i = 0; i < sizeof detect_cases / sizeof detect_cases[0]; i++) {
		c = &detect_cases[i];
		ok(html_detect(c->in, strlen(c->in)) == c->html, "detect: %s",
		    c->name);
	}
	/* Tags past the first 4 KB do not count. */
	memset(many, 'x', sizeof many);
	memcpy(many + 4500, "<p><p><p>", 9);
	ok(!html_detect(many, sizeof many), "detect: only the first 4 KB");
}

static void
test_charset(void)
{
	const struct charset_case	*c;
	size_t				 i;
	char				*cs, late[1200];

	for (i = 0; i < sizeof charset_cases / sizeof charset_cases[0];
	    i++) {
		c = &charset_cases[i];
		cs = html_sniff_charset(c->in, strlen(c->in));
		is_str(cs, c->charset, c->name);
		free(cs);
	}
	memset(late, ' ', sizeof late);
	memcpy(late + 1100, "<meta charset=utf-8>", 20);
	ok(html_sniff_charset(late, sizeof late) == NULL,
	    "charset: only the first 1024 bytes");
}

/* Is the text free of NULs and empty blocks, and are links inside it? */
static int
doc_sane(const struct html_doc *doc)
{
	size_t	i;

	if (doc->text == NULL || strlen(doc->text) != doc->len)
		return (0);
	if (doc->len != 0 && (doc->text[0] == '\n' ||
	    doc->text[doc->len - 1] == '\n' || strstr(doc->text, "\n\n")))
		return (0);
	for (i = 0; i < doc->nlinks; i++) {
		if (doc->links[i].len == 0 || doc->links[i].start > doc->len ||
		    doc->links[i].len > doc->len - doc->links[i].start ||
		    memchr(doc->text + doc->links[i].start, '\n',
		    doc->links[i].len) != NULL)
			return (0);
	}
	return (1);
}

static void
test_robust(void)
{
	static const char	 tricky[] =
	    "<!DOCTYPE html><html lang=x><head><title>t &amp</title>"
	    "<meta charset='utf-8'><script>a<b</script></head><body>"
	    "<h1 hidden>h</h1><div style=display:none><p>x</div>"
	    "<pre>a\n b</pre><a href=\"&#x26;&bogus;\">l<p>m</a>"
	    "<svg/><svg><svg/></svg>&#x1F600;&#1234567890;&notin"
	    "<![CDATA[x]]><!--c--!><table><tr><td hidden>q<td>r</table>"
	    "<ul><li hidden>z<li>w</ul>\302\240&nbsp<br/></body></html>";
	static const char	 alphabet[] =
	    "<>/!-=\"' &#;xapbrdivhn1\n\302\240";
	struct html_doc		*doc;
	char			 buf[256], *cs;
	size_t			 i, j, len, bad = 0;
	unsigned int		 seed = 12345;

	for (i = 0; i <= sizeof tricky - 1; i++) {
		doc = html_parse(tricky, i);
		if (!doc_sane(doc))
			bad++;
		html_doc_free(doc);
		html_detect(tricky, i);
		free(html_sniff_charset(tricky, i));
	}
	ok(bad == 0, "every prefix of a tricky page parses sanely");

	for (i = 0; i < 3000; i++) {
		len = (seed = seed * 1103515245 + 12345) % sizeof buf;
		for (j = 0; j < len; j++) {
			seed = seed * 1103515245 + 12345;
			if (i % 2 == 0)
				buf[j] = seed >> 16;
			else
				buf[j] = alphabet[(seed >> 16) %
				    (sizeof alphabet - 1)];
		}
		doc = html_parse(buf, len);
		if (!doc_sane(doc))
			bad++;
		html_doc_free(doc);
		html_detect(buf, len);
		cs = html_sniff_charset(buf, len);
		free(cs);
	}
	ok(bad == 0, "3000 random inputs parse sanely");
}

static void
test_large(void)
{
	static const char	*units[] = {
		"<div>", "<a href=x>", "&amp;", "<!--", "<script>",
		"<p hidden>", "<", "&#", "<pre>", "<a b='", "<![CDATA[>",
		"<svg>", "<ul><li hidden>", "&notit"
	};
	struct html_doc	*doc;
	size_t		 i, u, len, n = 4 << 20;
	char		*s;
	int		 good = 1;

	/* Each unit repeated over 4 MB: quadratic work would not finish. */
	s = xmalloc(n);
	for (u = 0; u < sizeof units / sizeof units[0]; u++) {
		len = strlen(units[u]);
		for (i = 0; i + len <= n; i += len)
			memcpy(s + i, units[u], len);
		doc = html_parse(s, i);
		good = good && doc_sane(doc);
		html_doc_free(doc);
	}
	free(s);
	ok(good, "4 MB inputs of repeated markup");
}

/* Stories a page keeps in its scripts. */
static void
test_scripts(void)
{
	struct html_doc	*doc;
	struct buf	 b;
	char		*page;
	const char	*story;
	size_t		 i;

	buf_init(&b);
	story = "a\\u003cp\\u003e\\\"q\\\" \\ud83d\\ude00 \\x41\\n\\ud800 "
	    "\\u00";
	script_unescape(story, strlen(story), &b);
	buf_addc(&b, '\0');
	is_str(b.data, "a<p>\"q\" \360\237\230\200 A\n\357\277\275 u00",
	    "script: escapes, a surrogate pair, a lone one, a cut one");
	buf_free(&b);

	/* a page rendered by a script: its story only in a literal */
	story = "\\u003cp\\u003eThe harbour bridge will close to cars next "
	    "spring, after engineers found its steel supports corroded.\\u003c/p"
	    "\\u003e\\u003cp\\u003eThe mayor said the council would pay for a "
	    "shuttle bus for as long as the works last, which could be three "
	    "years, and that shops on the north side would get help.\\u003c/p"
	    "\\u003e\\u003cp\\u003eThe works will start in March and the "
	    "old bridge will be rebuilt in three stages.\\u003c/p\\u003e"
	    "\\u003cp\\u003eThe ministry declined to comment.\\u003c/p"
	    "\\u003e";
	buf_init(&b);
	buf_printf(&b, "<html><head><title>Bridge to close</title><script>"
	    "var x = 'it''s'; self.__next_f.push([1,\"%s\"])</script></head>"
	    "<body><nav><a href=/>Home</a></nav></body></html>", story);
	buf_addc(&b, '\0');
	page = buf_release(&b);
	doc = html_parse(page, strlen(page));
	ok(doc->text != NULL && strstr(doc->text, "The ministry declined to "
	    "comment.") != NULL && strstr(doc->text, "Home") == NULL &&
	    (doc->dom->flags & DOM_P_SCRIPT),
	    "script: a story only in a script is read from there");
	is_str(doc->title, "Bridge to close", "script: the page's title stays");
	html_doc_free(doc);
	free(page);

	/* a page that shows a story keeps it, whatever its scripts hold */
	buf_init(&b);
	buf_printf(&b, "<html><head><title>t</title></head><body><p>The harbour "
	    "bridge will close to cars next spring, after engineers found its "
	    "steel supports corroded.</p><script>window.x = {\"more\": \"%s %s"
	    "\"}</script></body></html>", story, story);
	buf_addc(&b, '\0');
	page = buf_release(&b);
	doc = html_parse(page, strlen(page));
	ok(!(doc->dom->flags & DOM_P_SCRIPT) && strstr(doc->text,
	    "The ministry") == NULL, "script: a page showing its story keeps "
	    "it");
	html_doc_free(doc);
	free(page);

	/* hostile scripts: unclosed strings, lone quotes, huge literals */
	buf_init(&b);
	buf_adds(&b, "<html><head><title>t</title></head><body><script>");
	for (i = 0; i < 20000; i++)
		buf_adds(&b, "'\"\\u003cp \\");
	buf_adds(&b, "</script></body></html>");
	buf_addc(&b, '\0');
	page = buf_release(&b);
	doc = html_parse(page, strlen(page));
	ok(doc != NULL, "script: a script of broken literals is read");
	html_doc_free(doc);
	free(page);
}

/* A blank line inside one text breaks it; between elements it does not. */
static void
test_blank_lines(void)
{
	struct html_doc	*doc;
	const char	*page;

	page = "<div class=\"bbs\">1.Source:\nDaily\n\n"
	    "The harbour bridge closes in spring.\n \n"
	    "The mayor said so.</div>";
	doc = html_parse(page, strlen(page));
	is_str(doc->text, "1.Source: Daily\nThe harbour bridge closes in "
	    "spring.\nThe mayor said so.", "a BBS post's blank lines part its "
	    "paragraphs");
	html_doc_free(doc);
	page = "<div><span>By Jane Roe</span>\n\n<span>3 May</span></div>";
	doc = html_parse(page, strlen(page));
	is_str(doc->text, "By Jane Roe 3 May", "a blank line between elements "
	    "is only white space");
	html_doc_free(doc);
}

int
main(void)
{
	test_text();
	test_links();
	test_meta();
	test_detect();
	test_charset();
	test_robust();
	test_large();
	test_scripts();
	test_blank_lines();
	return (tap_done());
}
