/*
 * test-html-cut.c: unit tests for html-cut.c.  What the scan cuts (the
 * bodies of scripts and styles, and nothing a comment, an attribute value
 * or a script's own text holds), that libxml2 claims every cut of a sane
 * page, that a page whose markup the scan reads otherwise than libxml2 is
 * read again uncut, and that a walk over the cut page gives what a walk
 * over the whole page gives: text, links, metadata, dom, the scripts'
 * story and the JSON-LD body, for made-up pages and for every page of
 * tests/pages.
 */

#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "html-int.h"
#include "tap.h"

#define LONG_JS	"var a = 1; var b = 2; if (a < b) { document.title = 'x'; }" \
		"/* padding the body past the shortest cut */"

struct cut_case {
	const char	*name;
	const char	*html;
	size_t		 cuts;		/* how many bodies are cut */
	const char	*kept;		/* the cut page holds this, or NULL */
	int		 whole;		/* libxml2 agrees with every cut */
};

static const struct cut_case cut_cases[] = {
	{ "a script's and a style's bodies",
	  "<p>a</p><script>" LONG_JS "</script><style>p { color: red; } "
	  "div { margin: 0 auto; padding: 0 1em; border: none; }</style>"
	  "<p>b</p>", 2, "<script></script><style></style>", 1 },
	{ "a short body is left to libxml2",
	  "<p>a</p><script>var a = 1;</script><p>b</p>", 0, NULL, 1 },
	{ "upper case, attributes, a '>' in a quoted value",
	  "<p>a</p><SCRIPT type=\"text/javascript\" data-x='a>b'>" LONG_JS
	  "</ScRiPt ><p>b</p>", 1, "data-x='a>b'></ScRiPt >", 1 },
	{ "a script in a comment is not one",
	  "<!-- <script>" LONG_JS "</script> --><p>a</p>", 0, NULL, 1 },
	{ "a script in an attribute value is not one",
	  "<div title=\"<script>" LONG_JS "</script>\"><p>a</p></div>", 0,
	  NULL, 1 },
	{ "an empty script element",
	  "<script src=a.js /><p>" LONG_JS "</p><script>" LONG_JS
	  "</script>", 1, "<script src=a.js /><p>", 1 },
	{ "a body that starts with a tag is left whole to libxml2",
	  "<script type=\"text/javascript\"><script>" LONG_JS
	  "</script><p>a</p>", 0, NULL, 1 },
	{ "a script that never ends runs to the end of the page",
	  "<p>a</p><script>" LONG_JS, 1, "<p>a</p><script>", 1 },
	{ "'</p>' in a script does not end it",
	  "<p>a<script>document.write('</p><p>x'); " LONG_JS "</script>b</p>",
	  1, "<p>a<script></script>b</p>", 1 },
	{ "markup the scan and libxml2 read otherwise ('b/' is a value)",
	  "<script a=b/>document.write(\"<script>" LONG_JS "</script>\");"
	  "</script><p>a</p>", 1, NULL, 0 },
};

/* A page whose scripts hold its story, and JSON-LD that holds a body. */
static const char story_page[] =
    "<html><head><title>Ferry</title>"
    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
    "\"headline\": \"Ferry contract signed\", \"datePublished\": "
    "\"2024-03-01\", \"articleBody\": \"The council signed the ferry "
    "contract on Friday after a year of talks with three bidders.\"}"
    "</script></head><body><div id=app></div><script>window.__STATE__ = "
    "{\"article\": {\"body\": \"<p>The council signed the ferry contract "
    "on Friday after a year of talks with three bidders, the mayor "
    "said.</p><p>The new boats will run every twenty minutes from May, "
    "and fares stay as they are until the end of next year, the "
    "operator said in a statement on Friday evening.</p><p>The contract "
    "runs for ten years and is worth 40 million euros.</p><p>Two "
    "of the bidders said they would appeal the decision in court.</p>"
    "\"}};\x01</script></body></html>";

static char *
slurp(const char *path, size_t *len)
{
	struct buf	 b;
	FILE		*fp;
	char		 chunk[4096];
	size_t		 got;

	buf_init(&b);
	if ((fp = fopen(path, "rb")) == NULL)
		return (NULL);
	while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, got);
	fclose(fp);
	*len = b.len;
	buf_addc(&b, '\0');
	return (buf_release(&b));
}

static int
same_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a == b);
	return (strcmp(a, b) == 0);
}

/* Do two walks' results say the same, to the byte? */
static int
same_doc(const struct html_doc *a, const struct html_doc *b)
{
	struct buf	 pa, pb;
	size_t		 i;
	int		 same;

	if (a->len != b->len || memcmp(a->text, b->text, a->len) != 0 ||
	    a->nlinks != b->nlinks || !same_str(a->title, b->title) ||
	    !same_str(a->lang, b->lang) || !same_str(a->url, b->url) ||
	    !same_str(a->date, b->date) || !same_str(a->site, b->site) ||
	    !same_str(a->author, b->author))
		return (0);
	for (i = 0; i < a->nlinks; i++) {
		if (a->links[i].start != b->links[i].start ||
		    a->links[i].len != b->links[i].len ||
		    !same_str(a->links[i].href, b->links[i].href))
			return (0);
	}
	buf_init(&pa);
	buf_init(&pb);
	dom_pack(a->dom, &pa);
	dom_pack(b->dom, &pb);
	same = pa.len == pb.len && memcmp(pa.data, pb.data, pa.len) == 0;
	buf_free(&pa);
	buf_free(&pb);
	return (same);
}

/*
 * Walk s..n cut and whole; 1 when they agree, 0 when not, -1 when the
 * cut walk was refused (libxml2 read the markup otherwise).
 */
static int
walk_both(const char *s, size_t n, size_t *ncuts)
{
	struct html_cuts	 cuts;
	struct html_doc		*cut = NULL, *whole;
	struct buf		 cstory, wstory;
	char			*cld = NULL, *wld;
	int			 same;

	*ncuts = 0;
	buf_init(&cstory);
	if (html_cut(s, n, &cuts)) {
		*ncuts = cuts.n;
		cut = html_walk(cuts.page.data, cuts.page.len, 1, &cuts,
		    &cstory, &cld);
		if (!html_cut_whole(&cuts)) {
			html_doc_free(cut);
			cut = NULL;
		}
	}
	html_cut_free(&cuts);
	whole = html_walk(s, n, 1, NULL, &wstory, &wld);
	if (cut == NULL) {
		html_doc_free(whole);
		buf_free(&wstory);
		free(wld);
		return (*ncuts == 0 ? 1 : -1);
	}
	same = same_doc(cut, whole) && cstory.len == wstory.len &&
	    (cstory.len == 0 || memcmp(cstory.data, wstory.data,
	    cstory.len) == 0) && same_str(cld, wld);
	html_doc_free(cut);
	html_doc_free(whole);
	buf_free(&cstory);
	buf_free(&wstory);
	free(cld);
	free(wld);
	return (same);
}

static void
test_cases(void)
{
	const struct cut_case	*c;
	struct html_cuts	 cuts;
	struct html_doc		*doc;
	size_t			 i, n;
	int			 r;

	for (i = 0; i < sizeof cut_cases / sizeof cut_cases[0]; i++) {
		c = &cut_cases[i];
		html_cut(c->html, strlen(c->html), &cuts);
		ok(cuts.n == c->cuts, "%s: %zu cut (%zu)", c->name, c->cuts,
		    cuts.n);
		if (c->kept != NULL)
			ok(cuts.page.data != NULL && strstr(cuts.page.data,
			    c->kept) != NULL, "%s: the cut page holds '%s'",
			    c->name, c->kept);
		html_cut_free(&cuts);
		r = walk_both(c->html, strlen(c->html), &n);
		if (c->whole)
			ok(r == 1, "%s: the cut page reads as the whole one",
			    c->name);
		else
			ok(r == -1, "%s: the cut walk is refused", c->name);
		/* and html_parse, which reads it again uncut, still has it */
		doc = html_parse(c->html, strlen(c->html));
		ok(doc != NULL && doc->len > 0, "%s: the page has text",
		    c->name);
		html_doc_free(doc);
	}
}

static void
test_story(void)
{
	struct html_doc	*doc;
	size_t		 n;

	ok(walk_both(story_page, sizeof story_page - 1, &n) == 1 && n == 2,
	    "a story in a cut script and a cut JSON-LD body read as uncut");
	doc = html_parse(story_page, sizeof story_page - 1);
	ok(doc != NULL && strstr(doc->text, "Two of the bidders said") !=
	    NULL, "the scripts' story is read from the cut body");
	ok(doc != NULL && same_str(doc->date, "2024-03-01"),
	    "the JSON-LD is read from the cut body");
	html_doc_free(doc);
}

/* A long script's body goes to the walk in libxml2's pieces. */
static void
test_long(void)
{
	struct buf	 b;
	size_t		 i, n;

	buf_init(&b);
	buf_adds(&b, "<p>a</p><script>var story = \"");
	for (i = 0; i < 5000; i++)
		buf_adds(&b, i % 7 == 0 ? "\344\270\255" : "x");
	buf_adds(&b, "\";</script><p>b</p>");
	ok(walk_both(b.data, b.len, &n) == 1 && n == 1,
	    "a script of 5,000 characters reads as uncut");
	buf_free(&b);
}

static void
test_pages(void)
{
	const char	*dir = getenv("srcdir");
	char		*path, *s;
	struct dirent	*de;
	DIR		*d;
	size_t		 len, n, pages = 0, cut = 0, same = 0;

	path = xasprintf("%s/tests/pages", dir != NULL ? dir : ".");
	if ((d = opendir(path)) == NULL) {
		ok(0, "cannot open %s", path);
		free(path);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len < 5 || strcmp(de->d_name + len - 5, ".html") != 0)
			continue;
		free(path);
		path = xasprintf("%s/tests/pages/%s", dir != NULL ? dir : ".",
		    de->d_name);
		if ((s = slurp(path, &len)) == NULL)
			continue;
		pages++;
		if (walk_both(s, len, &n) == 1)
			same++;
		else
			printf("# %s: the cut walk differs\n", de->d_name);
		if (n > 0)
			cut++;
		free(s);
	}
	closedir(d);
	free(path);
	ok(pages > 50 && same == pages, "every page of tests/pages reads "
	    "the same cut (%zu of %zu)", same, pages);
	ok(cut > pages / 4, "many of them have a body to cut (%zu)", cut);
}

int
main(void)
{
	test_cases();
	test_story();
	test_long();
	test_pages();
	return (tap_done());
}
