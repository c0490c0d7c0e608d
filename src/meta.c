/*
 * meta.c: a page's metadata, chosen from what it says of itself.  html-sax.c
 * hands over every candidate it meets (<title>, the first <h1>, <meta>
 * keys of Open Graph, Dublin Core, Parse.ly and the like, <link
 * rel=canonical>, <time datetime>, and the page's JSON-LD scripts); each
 * field keeps the candidate of the best rank, the first of equal ones.
 * Ranks follow Readability and trafilatura: JSON-LD of an article type
 * first, then Open Graph and article: keys, then the rest.
 *
 * The title is the page's <h1> when another source agrees with it (the
 * reader sees it above the story), else the JSON-LD headline or
 * og:title, else <title> less the site's name; meta-title.c marks its
 * block.  JSON-LD's articleBody,
 * when a page has one, is kept only as evidence: each block whose text
 * it holds is marked in the dom.
 */

#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <unistr.h>

#include "sift.h"
#include "meta.h"

struct meta_value {
	char	*s;
	int	 prio;
};

struct meta {
	struct meta_value	 v[META_NFIELDS];
	char			*h1;
	char			*body;		/* JSON-LD articleBody */
	size_t			 bodylen;	/* its bytes but white space */
	size_t			 shown;		/* bytes of blocks that hold it */
};

/* The <meta> keys meta.c reads (lower case), with their field and rank. */
static const struct {
	const char	*key;
	int		 field;
	int		 prio;
} meta_keys[] = {
	{ "og:title", META_TITLE, 1 },
	{ "twitter:title", META_TITLE, 2 },
	{ "dc.title", META_TITLE, 2 },
	{ "headline", META_TITLE, 2 },
	{ "parsely-title", META_TITLE, 2 },
	{ "og:description", META_DESC, 1 },
	{ "twitter:description", META_DESC, 2 },
	{ "description", META_DESC, 2 },
	{ "og:site_name", META_SITE, 0 },
	{ "application-name", META_SITE, 3 },
	{ "og:url", META_URL, 1 },
	{ "og:locale", META_LANG, 1 },
	{ "article:published_time", META_DATE, 0 },
	{ "og:published_time", META_DATE, 0 },
	{ "datepublished", META_DATE, 1 },
	{ "pubdate", META_DATE, 1 },
	{ "publishdate", META_DATE, 1 },
	{ "publish-date", META_DATE, 1 },
	{ "publication_date", META_DATE, 1 },
	{ "date", META_DATE, 1 },
	{ "dc.date", META_DATE, 1 },
	{ "dc.date.issued", META_DATE, 1 },
	{ "dcterms.date", META_DATE, 1 },
	{ "dcterms.created", META_DATE, 1 },
	{ "parsely-pub-date", META_DATE, 1 },
	{ "sailthru.date", META_DATE, 2 },
	{ "article.published", META_DATE, 2 },
	{ "author", META_AUTHOR, 1 },
	{ "article:author", META_AUTHOR, 1 },
	{ "dc.creator", META_AUTHOR, 1 },
	{ "dcterms.creator", META_AUTHOR, 1 },
	{ "parsely-author", META_AUTHOR, 1 },
	{ "sailthru.author", META_AUTHOR, 2 },
	{ "byl", META_AUTHOR, 2 },
};

static int	meta_cut(const char *, const char *);

struct meta *
meta_new(void)
{
	struct meta	*m;
	int		 i;

	m = xcalloc(1, sizeof *m);
	for (i = 0; i < META_NFIELDS; i++)
		m->v[i].prio = 1000;
	return (m);
}

void
meta_free(struct meta *m)
{
	int	i;

	if (m == NULL)
		return;
	for (i = 0; i < META_NFIELDS; i++)
		free(m->v[i].s);
	free(m->h1);
	free(m->body);
	free(m);
}

/*
 * The code point of the character reference at p, which ends at e (the
 * ';'), or 0 if it names none or a control character.
 */
static ucs4_t
meta_ref(const char *p, const char *e)
{
	const htmlEntityDesc	*ent;
	char			 name[32];
	unsigned long		 cp = 0;
	const char		*q;
	int			 hex, d;

	hex = p[1] == '#' && (p[2] | 0x20) == 'x';
	if (p[1] == '#') {
		if (e - p < 3 + hex)
			return (0);
		for (q = p + 2 + hex; q < e && cp <= 0x10ffff; q++) {
			if (*q >= '0' && *q <= '9')
				d = *q - '0';
			else if (hex && (*q | 0x20) >= 'a' &&
			    (*q | 0x20) <= 'f')
				d = (*q | 0x20) - 'a' + 10;
			else
				return (0);
			cp = cp * (hex ? 16 : 10) + d;
		}
	} else {
		if ((size_t)(e - p - 1) >= sizeof name)
			return (0);
		memcpy(name, p + 1, e - p - 1);
		name[e - p - 1] = '\0';
		if ((ent = htmlEntityLookup((const xmlChar *)name)) == NULL)
			return (0);
		cp = ent->value;
	}
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ||
	    (cp >= 0xd800 && cp < 0xe000) || cp > 0x10ffff)
		return (0);
	return ((ucs4_t)cp);
}

/*
 * Decode, in place, the character references a value still holds
 * ("zerst&ouml;ren", "T\303\274rkiye&#039;de"): its CMS escaped it twice,
 * or wrote JSON-LD as HTML.  A reference is never shorter than its
 * character in UTF-8.  One that names nothing stays as it is.
 */
static void
meta_unref(char *s)
{
	char	*p, *q, *e;
	ucs4_t	 c;
	int	 n;

	for (p = q = s; *p != '\0';) {
		if (*p == '&' && (e = strchr(p + 1, ';')) != NULL &&
		    e - p >= 3 && e - p <= 33 && (c = meta_ref(p, e)) != 0 &&
		    (n = u8_uctomb((uint8_t *)q, c, (int)(e + 1 - p))) > 0) {
			q += n;
			p = e + 1;
		} else
			*q++ = *p++;
	}
	*q = '\0';
}

/* Offer a value for a field; it is kept if it ranks better. */
void
meta_set(struct meta *m, int field, const char *value, int prio)
{
	char	*s, *had;
	int	 cut;

	if (field < 0 || field >= META_NFIELDS)
		return;
	had = m->v[field].s;
	if (prio >= m->v[field].prio && (field != META_TITLE || had == NULL))
		return;
	s = xstrdup(value);
	if (strchr(s, '&') != NULL)
		meta_unref(s);
	if ((s = text_squash(s)) == NULL)
		return;
	/* a title cut short gives way to the whole of it, whichever
	 * source had the rank (JSON-LD's headline, cut at 110) */
	cut = field != META_TITLE || had == NULL ? 0 :
	    meta_cut(s, had) ? 1 : meta_cut(had, s) ? 2 : 0;
	if (cut != 0) {
		if (cut == 1)
			free(s);	/* the new one is the cut */
		else {
			free(had);
			m->v[field].s = s;
		}
		if (prio < m->v[field].prio)
			m->v[field].prio = prio;
		return;
	}
	if (prio >= m->v[field].prio) {
		free(s);
		return;
	}
	if (field == META_AUTHOR) {
		/* "By Jane Doe" and URLs are not names */
		if (strncasecmp(s, "by ", 3) == 0)
			memmove(s, s + 3, strlen(s + 3) + 1);
		if (strstr(s, "://") != NULL || *s == '\0' || *s == '@') {
			free(s);
			return;
		}
	}
	free(m->v[field].s);
	m->v[field].s = s;
	m->v[field].prio = prio;
}

/* A <meta> with a property, name or itemprop key. */
void
meta_key(struct meta *m, const char *key, const char *value)
{
	size_t	i;

	for (i = 0; i < sizeof meta_keys / sizeof meta_keys[0]; i++) {
		if (strcasecmp(key, meta_keys[i].key) == 0) {
			meta_set(m, meta_keys[i].field, value,
			    meta_keys[i].prio);
			return;
		}
	}
}

/* The page's first <h1> (meta.c takes it over). */
void
meta_set_h1(struct meta *m, char *h1)
{
	if (m->h1 == NULL)
		m->h1 = h1;
	else
		free(h1);
}

/* Are two titles the same but for case, spaces and punctuation? */
static int
meta_same(const char *a, const char *b)
{
	size_t	la = strlen(a), lb = strlen(b);

	if (la == lb && strcasecmp(a, b) == 0)
		return (1);
	/* one inside the other: "Headline - Site" holds "Headline" */
	if (la >= 8 && lb >= 8 && (strstr(a, b) != NULL || strstr(b, a) !=
	    NULL))
		return (1);
	return (0);
}

/*
 * What parts a <title>: " | ", " - ", " – ", " — ", " :: ", " · ", "_",
 * "｜"; beside a blog's name in its <h1>, " » " too ("Blog » Archive »
 * Entry"), which elsewhere may part a headline's own words.
 */
static const char *const meta_seps[] = { " \302\273 ", " | ", " - ",
    " \342\200\223 ", " \342\200\224 ", " :: ", " \302\267 ", "_",
    " \357\275\234 ", NULL };
#define META_SEPS	(meta_seps + 1)		/* without " » " */

/*
 * Is title s the title l cut short (a JSON-LD headline cut at 110
 * characters): sixty characters or more that end in "…", inside a word,
 * or at a hundred or more, and the rest of l more of its words, no
 * site's name after a separator (" : 사회 : 한빛신문", " | CBC News",
 * " l KBS WORLD" after a whole title)?
 */
static int
meta_cut(const char *s, const char *l)
{
	static const char *const more[] = { " : ", " / ", " :: " };
	size_t	ns = strlen(s), nl = strlen(l), i, chars = 0;
	const unsigned char *r;
	int	dots = 0;

	if (ns >= 3 && (strcmp(s + ns - 3, "\342\200\246") == 0 ||
	    strcmp(s + ns - 3, "...") == 0)) {
		ns -= 3;
		dots = 1;
	}
	while (ns > 0 && s[ns - 1] == ' ')
		ns--;
	for (i = 0; i < ns; i++)
		chars += ((unsigned char)s[i] & 0xc0) != 0x80;
	if (chars < 60 || ns >= nl || strncmp(s, l, ns) != 0)
		return (0);
	r = (const unsigned char *)l + ns + (l[ns] == ' ');
	if (!(isalnum(*r) || *r >= 0x80) ||
	    (l[ns] == ' ' && !dots && chars < 100))
		return (0);
	for (i = 0; meta_seps[i] != NULL; i++)
		if (strstr(l + ns, meta_seps[i]) != NULL)
			return (0);
	for (i = 0; i < sizeof more / sizeof more[0]; i++)
		if (strstr(l + ns, more[i]) != NULL)
			return (0);
	return (1);
}

/*
 * <title> without the site's name: of the parts between the separators
 * seps (the first one it has), the longest.
 */
static char *
meta_strip_site(const char *t, const char *const *seps)
{
	const char		*p, *best, *q, *end;
	size_t			 i, bestlen, len;

	for (i = 0; seps[i] != NULL; i++) {
		if (strstr(t, seps[i]) == NULL)
			continue;
		best = t;
		bestlen = 0;
		for (p = t; p != NULL; p = q != NULL ?
		    q + strlen(seps[i]) : NULL) {
			q = strstr(p, seps[i]);
			end = q != NULL ? q : p + strlen(p);
			len = end - p;
			if (len > bestlen) {
				best = p;
				bestlen = len;
			}
		}
		return (text_squash(xstrndup(best, bestlen)));
	}
	return (xstrdup(t));
}

static char *
meta_take(struct meta *m, int field)
{
	char	*s = m->v[field].s;

	m->v[field].s = NULL;
	return (s);
}

/* "en_US" as a language tag: "en-US". */
static char *
meta_locale(char *s)
{
	char	*p;

	if (s != NULL && (p = strchr(s, '_')) != NULL)
		*p = '-';
	return (s);
}

/* Remove white space, in place, for comparing texts. */
static size_t
meta_nospace(char *s, size_t n)
{
	size_t	i, k;

	for (i = k = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
		    s[i] == '\r')
			continue;
		if ((unsigned char)s[i] == 0xc2 && i + 1 < n &&
		    (unsigned char)s[i + 1] == 0xa0) {
			i++;
			continue;
		}
		s[k++] = s[i];
	}
	s[k] = '\0';
	return (k);
}

/*
 * Mark the blocks the JSON-LD articleBody holds: a block of 12 bytes or
 * more whose start (its first 48 bytes without white space) is found in
 * the body without white space.  Keep how much of the page they are.
 */
static void
meta_mark_body(struct meta *m, struct html_doc *doc)
{
	struct dom	*d = doc->dom;
	char		*body, probe[49];
	const char	*p = doc->text, *e = doc->text + doc->len, *nl;
	size_t		 bodylen, i, n, k;

	bodylen = strlen(m->body);
	body = xstrdup(m->body);
	m->bodylen = bodylen = meta_nospace(body, bodylen);
	if (bodylen < 100) {
		free(body);
		return;
	}
	for (i = 0; i < d->nblocks && p < e; i++) {
		nl = memchr(p, '\n', e - p);
		if (nl == NULL)
			nl = e;
		n = nl - p;
		for (k = 0; k < n && k < sizeof probe - 1; k++)
			probe[k] = p[k];
		k = meta_nospace(probe, k);
		if (k >= 12 && memmem(body, bodylen, probe, k) != NULL) {
			d->blocks[i].flags |= DOM_B_LDBODY;
			m->shown += n;
		}
		p = nl + 1;
	}
	free(body);
}

/*
 * Mark the block that is all of the page's description of itself
 * (og:description), or starts with it: over the story, that is its
 * standfirst.
 */
static void
meta_mark_desc(struct html_doc *doc, const char *desc)
{
	struct dom	*d = doc->dom;
	char		*want, *line;
	const char	*p = doc->text, *e = doc->text + doc->len, *nl;
	size_t		 wantlen, i, n;

	want = xstrdup(desc);
	wantlen = meta_nospace(want, strlen(want));
	/* one cut short ("…") is its block's start */
	if (wantlen >= 3 && (memcmp(want + wantlen - 3, "…", 3) == 0 ||
	    memcmp(want + wantlen - 3, "...", 3) == 0))
		wantlen -= 3;
	/* its full stop may be the description's own */
	else if (wantlen >= 1 && want[wantlen - 1] == '.')
		wantlen--;
	if (wantlen < 20) {
		free(want);
		return;
	}
	for (i = 0; i < d->nblocks && i < 64 && p < e; i++, p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		if ((n = nl - p) < wantlen || n > 2 * wantlen)
			continue;
		/* the whole block, or its first half or more: a
		 * description stops where a sentence goes on */
		line = xstrndup(p, n);
		if (meta_nospace(line, n) >= wantlen &&
		    memcmp(line, want, wantlen) == 0)
			d->blocks[i].flags |= DOM_B_DESC;
		free(line);
	}
	free(want);
}

/*
 * Is h1 a whole piece at either end of the title t, beside a separator
 * ("Entry - Blog" and <h1>Blog</h1>)?
 */
static int
meta_piece(const char *t, const char *h1)
{
	size_t			 i, lt = strlen(t), lh = strlen(h1), ls;

	for (i = 0; meta_seps[i] != NULL; i++) {
		ls = strlen(meta_seps[i]);
		if (lt < lh + ls)
			continue;
		if (strncmp(t, h1, lh) == 0 &&
		    strncmp(t + lh, meta_seps[i], ls) == 0)
			return (1);
		if (strcmp(t + lt - lh, h1) == 0 &&
		    strncmp(t + lt - lh - ls, meta_seps[i], ls) == 0)
			return (1);
	}
	return (0);
}

/*
 * Is piece p (n bytes) the site's name: the same words, or the first
 * words of the other ("CBC News" and "CBC")?
 */
static int
meta_names_site(const char *p, size_t n, const char *site)
{
	size_t	ls = strlen(site), k = n < ls ? n : ls;

	if (k == 0 || strncasecmp(p, site, k) != 0)
		return (0);
	if (n == ls)
		return (1);
	return ((n > ls ? p[k] : site[k]) == ' ');
}

/*
 * The title less the site's name at either end, after a separator
 * ("Talks may fail | CBC News" on site "CBC"), in place; a title that is
 * the name alone stays, and so does a name before a shorter rest (a
 * site named for its page's title).
 */
static void
meta_strip_named(char *t, const char *site)
{
	size_t	 i, lt = strlen(t), ls;
	char	*q, *r;

	if (strcasecmp(t, site) == 0)
		return;
	for (i = 0; META_SEPS[i] != NULL; i++) {
		ls = strlen(META_SEPS[i]);
		/* the last separator: the site's name after it */
		for (q = NULL, r = t; (r = strstr(r, META_SEPS[i])) != NULL;
		    r++)
			q = r;
		if (q != NULL && q > t && meta_names_site(q + ls,
		    lt - (q + ls - t), site)) {
			*q = '\0';
			return;
		}
		/* the first: the site's name before it, if shorter than
		 * the rest ("GitHub - user/repo: what it is") */
		q = strstr(t, META_SEPS[i]);
		if (q != NULL && q > t && strlen(q + ls) > (size_t)(q - t) &&
		    meta_names_site(t, q - t, site)) {
			memmove(t, q + ls, strlen(q + ls) + 1);
			return;
		}
	}
}

/* Settle the fields of a parsed page. */
void
meta_finish(struct meta *m, struct html_doc *doc)
{
	const char	*t = m->v[META_TITLE].s;
	char		*s = NULL;
	int		 agree;

	/* the <h1>, when a title from the page's head agrees; but an
	 * <h1> that is the shorter piece of the <title> names the site or
	 * the blog, and the longer piece is the title */
	agree = m->h1 != NULL && t != NULL && meta_same(m->h1, t);
	if (agree && m->v[META_TITLE].prio == META_PRIO_TITLE &&
	    meta_piece(t, m->h1)) {
		/* " » " only where no other separator parts it */
		s = meta_strip_site(t, META_SEPS);
		if (strcmp(s, t) == 0) {
			free(s);
			s = meta_strip_site(t, meta_seps);
		}
		if (strlen(s) > strlen(m->h1))
			agree = 0;
		else {
			free(s);
			s = NULL;
		}
	}
	/* an <h1> of half the title or less that it holds names the site
	 * or a forum ("Portland" in "r/Portland - Portland water bills
	 * …"), when the title is no <title> */
	if (s == NULL && agree && t != NULL && strlen(m->h1) * 2 <=
	    strlen(t) && m->v[META_TITLE].prio != META_PRIO_TITLE) {
		s = meta_strip_site(t, META_SEPS);
		free(m->h1);	/* and it marks no block as the title */
		m->h1 = NULL;
	}
	/* an <h1> that is the title and its subtitle: two lines */
	if (s == NULL && agree && meta_split_h1(doc, m->h1, t))
		m->h1[strlen(t)] = '\0';
	if (s != NULL)
		doc->title = s;
	else if (m->h1 != NULL && (agree || t == NULL))
		doc->title = xstrdup(m->h1);
	else if (t != NULL && m->v[META_TITLE].prio == META_PRIO_TITLE)
		doc->title = meta_strip_site(t, META_SEPS);
	else
		doc->title = meta_take(m, META_TITLE);
	doc->site = meta_take(m, META_SITE);
	if (doc->title != NULL && doc->site != NULL)
		meta_strip_named(doc->title, doc->site);
	doc->url = meta_take(m, META_URL);
	doc->date = meta_take(m, META_DATE);
	doc->author = meta_take(m, META_AUTHOR);
	doc->lang = meta_locale(meta_take(m, META_LANG));
	if (m->body != NULL)
		meta_mark_body(m, doc);
	if (m->v[META_DESC].s != NULL && doc->dom != NULL)
		meta_mark_desc(doc, m->v[META_DESC].s);
	meta_mark_title(doc, m->h1);
}

/*
 * Does a text still hold character references ("&amp;Ccedil;", "&#39;")?
 * A CMS escaped it twice: it is no text to show.
 */
static int
meta_mangled(const char *s)
{
	const char	*p, *q;

	for (p = s; (p = strchr(p, '&')) != NULL; p++) {
		q = p + 1;
		if (*q == '#')
			q++;
		while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
		    (*q >= '0' && *q <= '9'))
			q++;
		if (*q == ';' && q - p >= 3)
			return (1);
	}
	return (0);
}

/*
 * A page that shows only a teaser of its story (a paywall's, or one a
 * script fills in) may keep the whole story in its JSON-LD articleBody.
 * When the page's blocks hold less than a quarter of that body (as
 * meta_finish measured it), hand the body over (the caller frees it);
 * else NULL.
 */
char *
meta_body_unshown(struct meta *m)
{
	char	*s;

	if (m->body == NULL || m->bodylen < 600 ||
	    m->shown * 4 >= m->bodylen || meta_mangled(m->body))
		return (NULL);
	s = m->body;
	m->body = NULL;
	return (s);
}

/* Is a JSON-LD @type (a string or an array of them) one of a kind? */
static int
meta_type_is(const struct json *t, const char **kinds)
{
	const char	*v;
	size_t		 i, k;

	for (i = 0; t != NULL && i < (t->type == JSON_ARRAY ? json_len(t) :
	    1); i++) {
		v = json_str(t->type == JSON_ARRAY ? json_at(t, i) : t);
		if (v == NULL)
			continue;
		if (strncmp(v, "http://schema.org/", 18) == 0)
			v += 18;
		else if (strncmp(v, "https://schema.org/", 19) == 0)
			v += 19;
		for (k = 0; kinds[k] != NULL; k++) {
			if (strcmp(v, kinds[k]) == 0)
				return (1);
		}
	}
	return (0);
}

/* A person or an organisation as a name: a string, or its "name". */
static const char *
meta_name(const struct json *v)
{
	if (v == NULL)
		return (NULL);
	if (v->type == JSON_STRING)
		return (json_str(v));
	return (json_str(json_get(v, "name")));
}

/* The authors of an article, ", " between. */
static void
meta_authors(struct meta *m, const struct json *v)
{
	struct buf	 b;
	const char	*name;
	size_t		 i, n;

	buf_init(&b);
	n = v->type == JSON_ARRAY ? json_len(v) : 1;
	for (i = 0; i < n && i < 16; i++) {
		name = meta_name(v->type == JSON_ARRAY ? json_at(v, i) : v);
		if (name == NULL || *name == '\0' || strlen(name) > 100)
			continue;
		if (b.len > 0)
			buf_adds(&b, ", ");
		buf_adds(&b, name);
	}
	if (b.len > 0)
		meta_set(m, META_AUTHOR, b.data, 0);
	buf_free(&b);
}

/*
 * Take what an article object of JSON-LD says, and look into the
 * objects that may hold one (an @graph, a list, a mainEntity), a few
 * levels down at most.  A discussion's comments stay comments: sift
 * shows them after the story (a thread's post, a bot's summary).
 */
static void
meta_ld_value(struct meta *m, const struct json *v, int depth)
{
	static const char	*articles[] = {
		"Article", "NewsArticle", "BlogPosting", "ReportageNews",
		"AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
		"BackgroundNewsArticle", "AskPublicNewsArticle",
		"SatiricalArticle", "LiveBlogPosting", "TechArticle",
		"ScholarlyArticle", "Report", "SocialMediaPosting",
		"DiscussionForumPosting", "Blog", "WebPage", NULL
	};
	const struct json	*t, *x;
	const char		*s;
	size_t			 i;
	int			 page;

	if (v == NULL || depth > 4)
		return;
	if (v->type == JSON_ARRAY) {
		for (i = 0; i < json_len(v) && i < 64; i++)
			meta_ld_value(m, json_at(v, i), depth + 1);
		return;
	}
	if (v->type != JSON_OBJECT)
		return;
	meta_ld_value(m, json_get(v, "@graph"), depth + 1);
	t = json_get(v, "@type");
	if (!meta_type_is(t, articles)) {
		meta_ld_value(m, json_get(v, "mainEntity"), depth + 1);
		return;
	}
	/* a WebPage says less of the story than an article does */
	page = json_str(t) != NULL && (strcmp(json_str(t), "WebPage") == 0 ||
	    strcmp(json_str(t), "Blog") == 0);
	if ((s = json_str(json_get(v, "headline"))) != NULL ||
	    (s = json_str(json_get(v, "name"))) != NULL)
		meta_set(m, META_TITLE, s, page ? 2 : 0);
	if ((s = json_str(json_get(v, "datePublished"))) != NULL ||
	    (s = json_str(json_get(v, "dateCreated"))) != NULL)
		meta_set(m, META_DATE, s, page ? 2 : 0);
	if ((x = json_get(v, "author")) != NULL && !page)
		meta_authors(m, x);
	if ((s = meta_name(json_get(v, "publisher"))) != NULL)
		meta_set(m, META_SITE, s, 1);
	if ((s = json_str(json_get(v, "inLanguage"))) != NULL)
		meta_set(m, META_LANG, s, 2);
	if ((s = json_str(json_get(v, "articleBody"))) != NULL && !page &&
	    (m->body == NULL || strlen(s) > strlen(m->body))) {
		free(m->body);
		m->body = xstrdup(s);
	}
	meta_ld_value(m, json_get(v, "mainEntity"), depth + 1);
}

/*
 * The page's JSON-LD scripts, NUL after each, read leniently (pages
 * wrap them in comments and CDATA, leave trailing commas); one that
 * does not parse is passed over.
 */
void
meta_jsonld(struct meta *m, const char *s, size_t n)
{
	const char	*p = s, *e = s + n, *z;
	struct json	*j;

	while (p < e) {
		z = memchr(p, '\0', e - p);
		if (z == NULL)
			z = e;
		if ((j = json_parse(p, z - p, JSON_LENIENT, NULL)) != NULL) {
			meta_ld_value(m, j, 0);
			json_free(j);
		}
		p = z + 1;
	}
}
