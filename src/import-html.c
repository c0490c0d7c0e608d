/*
 * import-html.c: a decoded HTML page, or the RSS dump form, into an
 * article's fields.  The page is read by html.c, its title's own block
 * dropped from the body; the RSS dump has its header read before the
 * page, and a body with no markup is text (import-format.c).  Nothing
 * here reports or counts: import-read.c, which calls these, does.
 */

#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "import-int.h"

void
import_html_doc(struct article *a, const char *s, size_t n)
{
	struct html_doc	*doc;
	const char	*nl;
	size_t		 cut, i, k;

	doc = html_parse(s, n);
	a->text = doc->text;
	a->len = doc->len;
	a->links = doc->links;
	a->nlinks = doc->nlinks;
	a->title = doc->title;
	a->url = doc->url;
	a->lang = doc->lang;
	a->source = doc->site;
	a->author = doc->author;
	a->dom = doc->dom;
	/* A page's own date is a hint: one not understood is left out
	 * quietly (a date given in JSON Lines is checked, with a word). */
	a->published = doc->date != NULL ? date_parse(doc->date) : NULL;
	free(doc->date);
	doc->text = NULL;
	doc->links = NULL;
	doc->nlinks = 0;
	doc->title = doc->url = doc->date = doc->lang = doc->site = NULL;
	doc->author = NULL;
	doc->dom = NULL;
	html_doc_free(doc);

	/* The title's own block (an <h1>) is not repeated in the body. */
	if (a->title == NULL)
		return;
	nl = memchr(a->text, '\n', a->len);
	cut = nl != NULL ? (size_t)(nl - a->text) : a->len;
	if (cut != strlen(a->title) || memcmp(a->text, a->title, cut) != 0)
		return;
	cut = nl != NULL ? cut + 1 : cut;
	dom_drop_first_block(a->dom);
	memmove(a->text, a->text + cut, a->len - cut + 1);
	a->len -= cut;
	for (i = k = 0; i < a->nlinks; i++) {
		if (a->links[i].start < cut) {
			free(a->links[i].href);
			continue;
		}
		a->links[k] = a->links[i];
		a->links[k++].start -= cut;
	}
	a->nlinks = k;
}

/* Does s[0..n) hold a tag ("<p>", "</div>", "<!--")? */
static int
import_has_markup(const char *s, size_t n)
{
	const char	*p = s, *end = s + n;

	while ((p = memchr(p, '<', end - p)) != NULL && p + 1 < end) {
		p++;
		if (isalpha((unsigned char)*p) || *p == '/' || *p == '!')
			return (1);
	}
	return (0);
}

/*
 * The RSS dump form: "<!--EPOCH_MS-->", "[title](url)", "------", then
 * the article as HTML (or as text, a block a line, when it has no
 * markup).  Returns -1 when the header is not there (the whole input is
 * then read as HTML).
 */
int
import_rss(struct article *a, const char *s, size_t n)
{
	const char	*p = s, *end = s + n, *nl, *q, *mid;
	char		*stamp = NULL, *title = NULL, *url = NULL;
	int		 ok = 0;

	while (p < end && isspace((unsigned char)*p))
		p++;
	nl = memchr(p, '\n', end - p);
	if (nl != NULL && end - p > 7 && memcmp(p, "<!--", 4) == 0) {
		for (q = p + 4; q < nl && isdigit((unsigned char)*q); q++)
			/* nothing */;
		if (q + 3 <= nl && memcmp(q, "-->", 3) == 0) {
			stamp = xstrndup(p + 4, q - (p + 4));
			p = nl + 1;
		}
	}
	nl = p < end ? memchr(p, '\n', end - p) : NULL;
	if (stamp != NULL && nl != NULL) {
		q = nl;
		while (q > p && isspace((unsigned char)q[-1]))
			q--;
		mid = NULL;
		if (q - p > 4 && *p == '[' && q[-1] == ')') {
			for (mid = q - 1; mid > p; mid--)
				if (mid[0] == ']' && mid[1] == '(')
					break;
		}
		if (mid != NULL && mid > p) {
			title = xstrndup(p + 1, mid - p - 1);
			url = xstrndup(mid + 2, q - 1 - (mid + 2));
			p = nl + 1;
			ok = 1;
		}
	}
	if (ok) {
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p < end && *p == '-') {
			nl = memchr(p, '\n', end - p);
			p = nl != NULL ? nl + 1 : end;
		}
	} else
		p = s;
	/* a body with no markup is text, a block a line */
	if (ok && !import_has_markup(p, end - p))
		import_text_blocks(a, p, end - p, 0);
	else
		import_html_doc(a, p, end - p);
	if (title != NULL && *title != '\0') {
		free(a->title);
		a->title = title;
		title = NULL;
	}
	if (url != NULL && *url != '\0') {
		free(a->url);
		a->url = url;
		url = NULL;
	}
	if (stamp != NULL) {
		free(a->published);
		a->published = stamp;
		stamp = NULL;
	}
	free(title);
	free(url);
	free(stamp);
	return (ok ? 0 : -1);
}
