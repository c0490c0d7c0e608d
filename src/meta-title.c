/*
 * meta-title.c: which block of a page is its title, as meta.c chose it:
 * the block that is the title (or the title and the site its link goes
 * to, or after a badge), the first in an <h1> if one is; else the <h1>;
 * else the headline shown at length where the title is cut short.
 * The block is marked DOM_B_TITLE for the classifier, which hides it
 * from the story (the reader shows the title above it).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "sift.h"
#include "meta.h"

/* Is s[0..n) a badge's word before a title: letters only ("LIVE")? */
static int
meta_badge(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' &&
		    s[i] <= 'z') || s[i] == ' '))
			return (0);
	return (n > 0);
}

/*
 * Is s[0..n) the site a link goes to, after its title: " (example.org)",
 * as a forum's listing shows it?
 */
static int
meta_domain(const char *s, size_t n)
{
	size_t	i;
	int	dot = 0;

	if (n < 6 || n > 64 || s[0] != ' ' || s[1] != '(' || s[n - 1] != ')')
		return (0);
	for (i = 2; i < n - 1; i++) {
		if (s[i] == ' ' || s[i] == '(')
			return (0);
		dot |= s[i] == '.';
	}
	return (dot);
}

/* Is block i in an <h1> (its own element or the one around it)? */
static int
meta_in_h1(const struct dom *d, size_t i)
{
	uint32_t	k = d->blocks[i].node;

	return (k != DOM_NONE && (d->nodes[k].tag == DOM_H1 ||
	    (d->nodes[k].parent != DOM_NONE &&
	    d->nodes[d->nodes[k].parent].tag == DOM_H1)));
}

static void	meta_mark_longer(struct html_doc *);

/*
 * Mark the first block that is the title (or the title and the site its
 * link goes to), the first in an <h1> if one is (a list of stories
 * above may head one of them alike), or else the <h1>, or else the
 * title after a badge of a few letters ("LIVE[실시간] …").
 */
void
meta_mark_title(struct html_doc *doc, const char *h1)
{
	struct dom	*d = doc->dom;
	const char	*p, *e = doc->text + doc->len, *nl, *t;
	size_t		 i, tlen, n, first, pick;
	int		 k;

	for (k = 0; k < 3; k++) {
		if ((t = k == 1 ? h1 : doc->title) == NULL)
			continue;
		tlen = strlen(t);
		p = doc->text;
		first = pick = SIZE_MAX;
		for (i = 0; i < d->nblocks && p < e; i++) {
			nl = memchr(p, '\n', e - p);
			if (nl == NULL)
				nl = e;
			n = nl - p;
			if (((n == tlen || (k == 2 && tlen >= 12 && n > tlen &&
			    n - tlen <= 12 && meta_badge(p, n - tlen))) &&
			    memcmp(nl - tlen, t, tlen) == 0) || (k != 1 &&
			    n > tlen && memcmp(p, t, tlen) == 0 &&
			    meta_domain(p + tlen, n - tlen))) {
				if (first == SIZE_MAX)
					first = i;
				if (meta_in_h1(d, i)) {
					pick = i;
					break;
				}
			}
			p = nl + 1;
		}
		if (first != SIZE_MAX) {
			d->blocks[pick != SIZE_MAX ? pick : first].flags |=
			    DOM_B_TITLE;
			return;
		}
	}
	meta_mark_longer(doc);
}

/*
 * The headline the page shows at length where its title is cut short
 * ("Victorian pier shut after storm rips 40ft hole in decking" over
 * "Victorian pier shut indefinitely after storm rips 40ft hole in its
 * decking - leaving …"): the first block of an <h1> or <h2> that opens
 * with the title's first word and holds all its words in their order,
 * at most three times as long.
 */
static void
meta_mark_longer(struct html_doc *doc)
{
	struct dom	*d = doc->dom;
	const char	*p = doc->text, *e = doc->text + doc->len, *nl;
	const char	*t = doc->title, *w, *q;
	size_t		 i, n, tlen, l;
	uint32_t	 k;

	if (t == NULL || (tlen = strlen(t)) < 20 || strchr(t, ' ') == NULL)
		return;
	for (i = 0; i < d->nblocks && p < e; i++, p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		n = nl - p;
		k = d->blocks[i].node;
		if (n <= tlen || n > 3 * tlen || k == DOM_NONE ||
		    (d->nodes[k].tag != DOM_H1 && d->nodes[k].tag != DOM_H2) ||
		    memcmp(p, t, strcspn(t, " ")) != 0)
			continue;
		for (w = t, q = p; *w != '\0' && q < nl; w += l) {
			while (*w == ' ')
				w++;
			if ((l = strcspn(w, " ")) == 0)
				break;
			while (q + l <= nl && !(memcmp(q, w, l) == 0 &&
			    (q == p || q[-1] == ' ') && (q + l == nl ||
			    q[l] == ' ')))
				q++;
			if (q + l > nl)
				break;
			q += l;
		}
		if (*w == '\0' || (strspn(w, " ") == strlen(w))) {
			d->blocks[i].flags |= DOM_B_TITLE;
			return;
		}
	}
}


/*
 * Does a line start as a new one would, at r: a capital (Latin, with an
 * accent or not, or Cyrillic) or a letter of a script without case,
 * not a small letter or punctuation ("…", "—")?
 */
static int
meta_capital(const unsigned char *r)
{
	if (r[0] >= 'A' && r[0] <= 'Z')
		return (1);
	if (r[0] < 0xc0 || r[0] == 0xe2)	/* ASCII, "…", "—", "“" */
		return (0);
	if (r[0] == 0xc3)			/* À-Þ, not à-ÿ */
		return (r[1] >= 0x80 && r[1] <= 0x9e);
	if (r[0] == 0xd0)			/* Ё, А-Я, not а-п */
		return (r[1] == 0x81 || (r[1] >= 0x90 && r[1] <= 0xaf));
	return (r[0] != 0xd1 && r[0] != 0xc4 && r[0] != 0xc5);
}

/*
 * Is h1 the title t and then a line more, as a page that sets its
 * subtitle in the headline's element shows it (Lenta's "<h1><span>
 * title</span> <span>subtitle</span></h1>"): t, a space and a capital,
 * for a title not cut short?  Then its block is two: the title and the
 * line under it.
 */
int
meta_split_h1(struct html_doc *doc, const char *h1, const char *t)
{
	struct dom	*d = doc->dom;
	char		*p, *e = doc->text + doc->len, *nl;
	size_t		 i, j, tlen = strlen(t), n = strlen(h1);
	const char	*r = h1 + tlen + 1;

	if (d == NULL || tlen < 8 || n < tlen + 21 ||
	    memcmp(h1, t, tlen) != 0 || h1[tlen] != ' ' ||
	    !meta_capital((const unsigned char *)r) || t[tlen - 1] == '.' ||
	    (tlen >= 3 && memcmp(t + tlen - 3, "\xe2\x80\xa6", 3) == 0))
		return (0);
	for (i = 0, p = doc->text; i < d->nblocks && p < e; i++, p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		if ((size_t)(nl - p) != n || memcmp(p, h1, n) != 0 ||
		    !meta_in_h1(d, i))
			continue;
		for (j = 0; j < doc->nlinks; j++)
			if (doc->links[j].start < (size_t)(p - doc->text) +
			    tlen && doc->links[j].start + doc->links[j].len >
			    (size_t)(p - doc->text) + tlen)
				return (0);	/* a link across it */
		p[tlen] = '\n';
		dom_split_block(d, i);
		return (1);
	}
	return (0);
}
