/*
 * agreement.c: the tables agree.c measures, made from the store.  The
 * done marks say who read which article to the end; the articles two
 * annotators or more read are cut into sentences (text_sentences, as the
 * reader's claim cursor moves) in the blocks the reader shows; each
 * annotator's claims over a sentence give their value of it in each tag
 * family: the family's tags on those claims, joined with '+' when more
 * than one, or none.  An annotator who did not mark the article done has
 * no value (AGREE_MISSING), so a sentence counts for those who read it.
 *
 * The values are kept sparse (most sentences carry no tag), a cell an
 * annotator's tag of a family on a sentence; each family's table is
 * made from them at the end, every reader's other sentences none.
 */

#include "config.h"

#include <fnmatch.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "sift.h"
#include "reclean.h"
#include "agreement.h"

struct ag_cell {
	size_t	 unit;
	size_t	 family;
	size_t	 coder;
	char	*value;		/* the family's tags, '+' between */
};

struct ag_claim {
	size_t	 coder;
	size_t	 start;
	size_t	 end;
	char	*tags;		/* ';' between */
};

struct ag_unit {
	size_t	 start;
	size_t	 end;
};

struct ag {
	struct store		*s;
	const struct agreement_opts *o;
	struct agreement	*r;
	struct idset		 where;
	int64_t			*marks;		/* article, coder: pairs */
	char			**names;	/* each mark's annotator */
	size_t			 nmarks, smarks, snames;
	int64_t			*art;		/* the articles read by two */
	uint8_t			*readers;	/* art x coders */
	size_t			 nart, sart, sreaders;
	size_t			*unit_art;	/* each unit's article */
	size_t			 nunits, sunits;
	struct ag_cell		*cells;
	size_t			 ncells, scells;
	struct ag_claim		*claims;	/* the article's */
	size_t			 nclaims, sclaims;
	size_t			 at;		/* the article being read */
	agreement_diff_cb	 cb;
	void			*arg;
};

/* Room in *v (*size items of size bytes) for item n: doubled as needed. */
static void *
ag_grow(void *v, size_t *size, size_t n, size_t item)
{
	if (n < *size)
		return (v);
	*size = *size < 16 ? 16 : *size * 2;
	if (*size <= n)
		*size = n + 1;
	return (xreallocarray(v, *size, item));
}

static int
ag_strcmp(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

/* The index of name in v, or n. */
static size_t
ag_index(char **v, size_t n, const char *name)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], name) == 0)
			return (i);
	return (n);
}

static int
ag_mark(const struct store_done *d, void *arg)
{
	struct ag	*g = arg;
	int64_t		 article = d->article;
	const char	*who = d->annotator;

	if (g->o->where != NULL && !idset_has(&g->where, article))
		return (0);
	if (g->o->nannotators > 0 && ag_index(g->o->annotators,
	    g->o->nannotators, who) == g->o->nannotators)
		return (0);
	g->marks = ag_grow(g->marks, &g->smarks, g->nmarks, sizeof *g->marks);
	g->names = ag_grow(g->names, &g->snames, g->nmarks, sizeof *g->names);
	g->marks[g->nmarks] = article;
	g->names[g->nmarks++] = xstrdup(who);
	return (0);
}

/* The annotators, as asked or each of those in an article read by two. */
static void
ag_coders(struct ag *g)
{
	struct agreement	*r = g->r;
	size_t			 i, j, k;

	if (g->o->nannotators > 0) {
		for (i = 0; i < g->o->nannotators; i++)
			if (ag_index(r->annotators, r->nannotators,
			    g->o->annotators[i]) == r->nannotators) {
				r->annotators = xreallocarray(r->annotators,
				    r->nannotators + 1, sizeof *r->annotators);
				r->annotators[r->nannotators++] =
				    xstrdup(g->o->annotators[i]);
			}
		return;
	}
	for (i = 0; i < g->nmarks; i = j) {
		for (j = i; j < g->nmarks && g->marks[j] == g->marks[i]; j++)
			continue;
		if (j - i < 2)
			continue;
		for (k = i; k < j; k++)
			if (ag_index(r->annotators, r->nannotators,
			    g->names[k]) == r->nannotators) {
				r->annotators = xreallocarray(r->annotators,
				    r->nannotators + 1, sizeof *r->annotators);
				r->annotators[r->nannotators++] =
				    xstrdup(g->names[k]);
			}
	}
	if (r->nannotators > 0)
		qsort(r->annotators, r->nannotators, sizeof *r->annotators,
		    ag_strcmp);
}

/* The articles two annotators or more read, and who read each. */
static void
ag_articles(struct ag *g)
{
	size_t	 nc = g->r->nannotators, i, j, k;

	for (i = 0; i < g->nmarks; i = j) {
		for (j = i; j < g->nmarks && g->marks[j] == g->marks[i]; j++)
			continue;
		if (j - i < 2)
			continue;
		g->art = ag_grow(g->art, &g->sart, g->nart, sizeof *g->art);
		g->readers = ag_grow(g->readers, &g->sreaders, g->nart,
		    nc > 0 ? nc : 1);
		memset(g->readers + g->nart * nc, 0, nc);
		for (k = i; k < j; k++)
			g->readers[g->nart * nc + ag_index(g->r->annotators,
			    nc, g->names[k])] = 1;
		g->art[g->nart++] = g->marks[i];
	}
	g->r->articles = g->nart;
}

/* Does a tag count: --tags names it, its family, or nothing? */
static int
ag_tag_wanted(const struct agreement_opts *o, const char *tag)
{
	const char	*slash = strrchr(tag, '/');
	char		*family;
	size_t		 i;
	int		 yes = o->ntags == 0;

	family = slash != NULL ? xstrndup(tag, slash - tag) : xstrdup(tag);
	for (i = 0; i < o->ntags && !yes; i++)
		yes = fnmatch(o->tags[i], tag, 0) == 0 ||
		    fnmatch(o->tags[i], family, 0) == 0;
	free(family);
	return (yes);
}

static int
ag_claim(const struct claim_row *row, void *arg)
{
	struct ag	*g = arg;
	struct ag_claim	*c;
	size_t		 coder;

	if (!row->has_range || row->s[CLAIM_TAGS] == NULL)
		return (0);
	coder = ag_index(g->r->annotators, g->r->nannotators,
	    row->s[CLAIM_ANNOTATOR]);
	if (coder == g->r->nannotators ||
	    !g->readers[g->at * g->r->nannotators + coder])
		return (0);
	g->claims = ag_grow(g->claims, &g->sclaims, g->nclaims,
	    sizeof *g->claims);
	c = &g->claims[g->nclaims++];
	c->coder = coder;
	c->start = (size_t)row->start;
	c->end = (size_t)row->end;
	c->tags = xstrdup(row->s[CLAIM_TAGS]);
	return (0);
}

static void
ag_unit_cb(size_t start, size_t len, void *arg)
{
	struct buf	*units = arg;
	struct ag_unit	 u;

	u.start = start;
	u.end = start + len;
	buf_add(units, &u, sizeof u);
}

/* A unit's tags, as (family, coder, value) triples sorted. */
struct ag_triple {
	char	*family;
	size_t	 coder;
	char	*value;
};

static int
ag_triple_cmp(const void *a, const void *b)
{
	const struct ag_triple	*x = a, *y = b;
	int			 d;

	if ((d = strcmp(x->family, y->family)) != 0)
		return (d);
	if (x->coder != y->coder)
		return (x->coder < y->coder ? -1 : 1);
	return (strcmp(x->value, y->value));
}

/* The triples of the claims over [start, end). */
static size_t
ag_triples(struct ag *g, size_t start, size_t end, struct ag_triple **out)
{
	struct ag_triple	*t = NULL;
	size_t			 n = 0, i;
	const char		*p, *e, *slash;

	for (i = 0; i < g->nclaims; i++) {
		const struct ag_claim *c = &g->claims[i];

		if (!(c->start < end && (c->end > start ||
		    (c->end == c->start && c->start >= start))))
			continue;
		for (p = c->tags; *p != '\0'; p = *e == ';' ? e + 1 : e) {
			char *tag;

			e = strchr(p, ';');
			if (e == NULL)
				e = p + strlen(p);
			tag = xstrndup(p, e - p);
			if (*tag == '\0' || !ag_tag_wanted(g->o, tag)) {
				free(tag);
				continue;
			}
			t = xreallocarray(t, n + 1, sizeof *t);
			slash = strrchr(tag, '/');
			t[n].family = slash != NULL ?
			    xstrndup(tag, slash - tag) : xstrdup(tag);
			t[n].value = xstrdup(slash != NULL ? slash + 1 : tag);
			t[n++].coder = c->coder;
			free(tag);
		}
	}
	if (n > 1)
		qsort(t, n, sizeof *t, ag_triple_cmp);
	*out = t;
	return (n);
}

/* Add one family's values of a unit (triples [i, j)); report a diff. */
static int
ag_family(struct ag *g, const struct ag_triple *t, size_t i, size_t j,
    const struct article *a, const struct ag_unit *u)
{
	struct agreement	*r = g->r;
	struct agreement_diff	 d;
	struct buf		 v;
	char			**val;
	size_t			 nc = r->nannotators, k, c, f;
	int			 differ = 0, ret = 0;
	const char		*first = NULL;

	for (f = 0; f < r->nfamilies; f++)
		if (strcmp(r->families[f].name, t[i].family) == 0)
			break;
	if (f == r->nfamilies) {
		r->families = xreallocarray(r->families, r->nfamilies + 1,
		    sizeof *r->families);
		memset(&r->families[f], 0, sizeof r->families[f]);
		r->families[r->nfamilies++].name = xstrdup(t[i].family);
	}
	val = xcalloc(nc, sizeof *val);
	for (k = i; k < j; k = c) {
		buf_init(&v);
		for (c = k; c < j && t[c].coder == t[k].coder; c++) {
			if (c > k && strcmp(t[c].value, t[c - 1].value) == 0)
				continue;
			if (v.len > 0)
				buf_addc(&v, '+');
			buf_adds(&v, t[c].value);
		}
		val[t[k].coder] = buf_release(&v);
		g->cells = ag_grow(g->cells, &g->scells, g->ncells,
		    sizeof *g->cells);
		g->cells[g->ncells].unit = g->nunits;
		g->cells[g->ncells].family = f;
		g->cells[g->ncells].coder = t[k].coder;
		g->cells[g->ncells++].value = xstrdup(val[t[k].coder]);
	}
	for (c = 0; c < nc; c++) {
		if (!g->readers[g->at * nc + c])
			continue;
		if (val[c] == NULL)
			val[c] = xstrdup("");
		if (first == NULL)
			first = val[c];
		else if (strcmp(first, val[c]) != 0)
			differ = 1;
	}
	if (differ && g->cb != NULL) {
		d.article = a->id;
		d.start = u->start;
		d.end = u->end;
		d.cp_start = u8_mbsnlen((const uint8_t *)a->text, u->start);
		d.cp_end = d.cp_start + u8_mbsnlen((const uint8_t *)a->text +
		    u->start, u->end - u->start);
		d.annotators = r->annotators;
		d.nannotators = nc;
		d.text = a->text + u->start;
		d.len = u->end - u->start;
		d.family = r->families[f].name;
		d.values = (const char **)val;
		ret = g->cb(&d, g->arg);
	}
	for (c = 0; c < nc; c++)
		free(val[c]);
	free(val);
	return (ret);
}

/* One unit: its cells, and its diffs reported. */
static int
ag_unit(struct ag *g, const struct article *a, const struct ag_unit *u)
{
	struct ag_triple	*t;
	size_t			 n, i, j;
	int			 ret = 0;

	n = ag_triples(g, u->start, u->end, &t);
	for (i = 0; i < n && ret == 0; i = j) {
		for (j = i; j < n && strcmp(t[j].family, t[i].family) == 0;
		    j++)
			continue;
		ret = ag_family(g, t, i, j, a, u);
	}
	for (i = 0; i < n; i++) {
		free(t[i].family);
		free(t[i].value);
	}
	free(t);
	g->unit_art = ag_grow(g->unit_art, &g->sunits, g->nunits,
	    sizeof *g->unit_art);
	g->unit_art[g->nunits++] = g->at;
	return (ret);
}

/* The units of the article g->at: the sentences of its shown blocks. */
static int
ag_article(struct ag *g, char **cause)
{
	struct article	*a;
	struct clean	*cl = NULL;
	struct buf	 units;
	struct ag_unit	*u;
	size_t		 b, i, n;
	int		 ret = 0;

	if ((a = store_get_article(g->s, g->art[g->at], 0, cause)) == NULL ||
	    (cl = reclean_verdicts(g->s, a, cause)) == NULL) {
		article_free(a);
		return (-1);
	}
	g->nclaims = 0;
	if (store_claims(g->s, NULL, a->id, 0, ag_claim, g, cause) != 0)
		ret = -1;
	buf_init(&units);
	for (b = 0; b < cl->nblocks && ret == 0; b++) {
		const struct clean_block *bl = &cl->blocks[b];

		if (bl->verdict == VERDICT_BOILERPLATE)
			continue;
		units.len = 0;
		text_sentences(a->text + bl->start, bl->len, ag_unit_cb,
		    &units);
		u = (struct ag_unit *)units.data;
		n = units.len / sizeof *u;
		for (i = 0; i < n && ret == 0; i++) {
			u[i].start += bl->start;
			u[i].end += bl->start;
			if ((ret = ag_unit(g, a, &u[i])) != 0)
				ret = 1;
		}
	}
	buf_free(&units);
	for (i = 0; i < g->nclaims; i++)
		free(g->claims[i].tags);
	clean_free(cl);
	article_free(a);
	return (ret);
}

static int
ag_cell_cmp(const void *a, const void *b)
{
	const struct ag_cell	*x = a, *y = b;

	if (x->family != y->family)
		return (x->family < y->family ? -1 : 1);
	return (strcmp(x->value, y->value));
}

/*
 * One family's figures: its table, every reader's value none but where a
 * cell says otherwise; the cells [i, j) are the family's, sorted by value
 * (a category a distinct value, none 0).
 */
static void
ag_measure(struct ag *g, struct agreement_family *f, const struct ag_cell *c,
    size_t n, int *table)
{
	size_t	 nc = g->r->nannotators, u, k, cat = 0;

	for (u = 0; u < g->nunits; u++)
		for (k = 0; k < nc; k++)
			table[u * nc + k] = g->readers[g->unit_art[u] * nc +
			    k] ? 0 : AGREE_MISSING;
	for (k = 0; k < n; k++) {
		if (k == 0 || strcmp(c[k].value, c[k - 1].value) != 0)
			cat++;
		table[c[k].unit * nc + c[k].coder] = (int)cat;
	}
	agree_alpha(table, g->nunits, nc, &f->alpha);
	if (nc == 2)
		agree_kappa(table, g->nunits, nc, 0, 1, &f->kappa);
	else
		f->kappa.kappa = NAN;
}

static int
ag_family_cmp(const void *a, const void *b)
{
	return (strcmp(((const struct agreement_family *)a)->name,
	    ((const struct agreement_family *)b)->name));
}

/* Every family's figures, the families then sorted by name. */
static void
ag_figures(struct ag *g)
{
	struct agreement	*r = g->r;
	size_t			 i, j;
	int			*table;

	if (g->ncells > 1)
		qsort(g->cells, g->ncells, sizeof *g->cells, ag_cell_cmp);
	table = xreallocarray(NULL, g->nunits > 0 ? g->nunits : 1,
	    (r->nannotators > 0 ? r->nannotators : 1) * sizeof *table);
	for (i = 0; i < g->ncells; i = j) {
		for (j = i; j < g->ncells && g->cells[j].family ==
		    g->cells[i].family; j++)
			continue;
		ag_measure(g, &r->families[g->cells[i].family],
		    g->cells + i, j - i, table);
	}
	free(table);
	if (r->nfamilies > 1)
		qsort(r->families, r->nfamilies, sizeof *r->families,
		    ag_family_cmp);
}

static void
ag_free(struct ag *g)
{
	size_t	i;

	for (i = 0; i < g->nmarks; i++)
		free(g->names[i]);
	for (i = 0; i < g->ncells; i++)
		free(g->cells[i].value);
	free(g->marks);
	free(g->names);
	free(g->art);
	free(g->readers);
	free(g->unit_art);
	free(g->cells);
	free(g->claims);
	idset_free(&g->where);
}

/*
 * Read the done marks (of one article, or 0: of all), then the articles
 * two annotators or more read, reporting to cb each unit they do not
 * agree on; 0, 1 when cb stopped, or -1 with *cause set.
 */
static int
ag_read(struct store *s, const struct agreement_opts *o, int64_t article,
    struct agreement *r, agreement_diff_cb cb, void *arg, struct ag *g,
    char **cause)
{
	int	ret = 0;

	memset(r, 0, sizeof *r);
	memset(g, 0, sizeof *g);
	g->s = s;
	g->o = o;
	g->r = r;
	g->cb = cb;
	g->arg = arg;
	if ((o->where != NULL && store_match_ids(s, o->where, &g->where,
	    cause) != 0) || store_done_rows(s, article, ag_mark, g,
	    cause) != 0)
		return (-1);
	ag_coders(g);
	ag_articles(g);
	for (g->at = 0; g->at < g->nart && ret == 0; g->at++)
		ret = ag_article(g, cause);
	r->units = g->nunits;
	return (ret);
}

/*
 * Work out how far the annotators agree, reporting each unit they do
 * not agree on to cb (NULL: none) as the articles are read; cb's
 * non-zero return stops there, the figures then not made.  Returns 0,
 * or -1 with *cause set.
 */
int
agreement_run(struct store *s, const struct agreement_opts *o,
    struct agreement *r, agreement_diff_cb cb, void *arg, char **cause)
{
	struct ag	 g;
	int		 ret;

	if ((ret = ag_read(s, o, 0, r, cb, arg, &g, cause)) == 0)
		ag_figures(&g);
	ag_free(&g);
	return (ret < 0 ? -1 : 0);
}

void
agreement_free(struct agreement *r)
{
	size_t	i;

	for (i = 0; i < r->nannotators; i++)
		free(r->annotators[i]);
	for (i = 0; i < r->nfamilies; i++)
		free(r->families[i].name);
	free(r->annotators);
	free(r->families);
	memset(r, 0, sizeof *r);
}

static int
ag_stop(const struct agreement_diff *d, void *arg)
{
	(void)d;
	(void)arg;
	return (1);
}

/*
 * Each sentence of an article that the annotators who marked it done
 * disagree on, in every family, to cb (whose non-zero return stops:
 * then 1).  Returns 0, 1, or -1 with *cause set.
 */
int
agreement_article(struct store *s, int64_t id, agreement_diff_cb cb,
    void *arg, char **cause)
{
	struct agreement_opts	 o;
	struct agreement	 r;
	struct ag		 g;
	int			 ret;

	memset(&o, 0, sizeof o);
	ret = ag_read(s, &o, id, &r, cb, arg, &g, cause);
	ag_free(&g);
	agreement_free(&r);
	return (ret);
}

/*
 * Do the annotators who marked an article done disagree on a sentence
 * of it, in any family?  1 yes, 0 no (or fewer than two read it), -1
 * with *cause set.  What ~x asks (store_set_disagree).
 */
int
agreement_disagrees(struct store *s, int64_t id, char **cause)
{
	return (agreement_article(s, id, ag_stop, NULL, cause));
}
