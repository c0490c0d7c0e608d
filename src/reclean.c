/*
 * reclean.c: keeping the stored verdicts current.  It joins the
 * classifier (clean.c) to the store: an article is classified with what
 * the store knows of its source (how many other articles repeat each
 * block), its blocks are stored, and when a new article makes a block
 * common to three articles of a source, the older articles that have it
 * are classified again.  `sift reclean` re-reads an article's raw input
 * with the current importer, so an upgrade reaches stored articles;
 * the reader's decisions on blocks follow the blocks' text.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

static int	reclean_add_pending(int64_t, void *);

struct reclean_df {
	struct store	*store;
	const char	*source;
	int		 counted;	/* the article is in the counts */
};

/* In how many other articles of the source a block occurs. */
static unsigned
reclean_df_cb(uint64_t hash, void *arg)
{
	struct reclean_df	*d = arg;
	unsigned		 n;

	n = store_block_df(d->store, d->source, hash);
	return (d->counted && n > 0 ? n - 1 : n);
}

static int
reclean_cmp_hash(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x < y ? -1 : x > y);
}

/* The distinct block hashes of a text, sorted. */
static size_t
reclean_hashes(const char *text, size_t len, uint64_t **out)
{
	const char	*p = text, *e = text + len, *nl;
	uint64_t	*h = NULL;
	size_t		 n = 0, i, k;

	while (p <= e && len > 0) {
		nl = memchr(p, '\n', e - p);
		if (nl == NULL)
			nl = e;
		h = xreallocarray(h, n + 1, sizeof *h);
		h[n++] = clean_hash(p, nl - p);
		if (nl == e)
			break;
		p = nl + 1;
	}
	if (n > 1)
		qsort(h, n, sizeof *h, reclean_cmp_hash);
	for (i = k = 0; i < n; i++)
		if (k == 0 || h[k - 1] != h[i])
			h[k++] = h[i];
	*out = h;
	return (k);
}

/*
 * Count an article's blocks in or out of its source's counts.  Blocks
 * that an article brings to exactly three articles put the other
 * articles that have them on the pending list.
 */
static int
reclean_count(struct reclean *r, const char *source, const char *text,
    size_t len, int64_t id, int delta, char **cause)
{
	uint64_t	*h;
	size_t		 n, i;
	unsigned	 count;
	int		 ret = 0;

	n = reclean_hashes(text, len, &h);
	for (i = 0; i < n && ret == 0; i++) {
		if (store_count_block(r->store, source, h[i], delta, &count,
		    cause) != 0)
			ret = -1;
		else if (delta > 0 && count == 3 &&
		    store_block_sharers(r->store, source, h[i], id,
		    reclean_add_pending, r) != 0) {
			*cause = xasprintf(_("%s: finding repeated blocks"),
			    store_path(r->store));
			ret = -1;
		}
	}
	free(h);
	return (ret);
}

/* Classify an article's text against its source and store the blocks. */
static struct clean *
reclean_classify(struct store *s, const struct article *a, int counted,
    char **cause)
{
	struct reclean_df	 d = { s, a->source, counted };
	struct clean		*c;

	c = clean_text(a->title, a->text, a->len, a->links, a->nlinks,
	    reclean_df_cb, &d);
	if (store_set_blocks(s, a->id, a->text, c, cause) != 0) {
		clean_free(c);
		return (NULL);
	}
	return (c);
}

static int
reclean_add_pending(int64_t id, void *arg)
{
	struct reclean	*r = arg;
	size_t		 i;

	for (i = 0; i < r->npending; i++)
		if (r->pending[i] == id)
			return (0);
	r->pending = xreallocarray(r->pending, r->npending + 1,
	    sizeof *r->pending);
	r->pending[r->npending++] = id;
	return (0);
}

/*
 * Classify a newly stored article.  A block that this article makes
 * common to three articles of its source puts the other two on the
 * pending list, to be classified again by reclean_flush.
 */
int
reclean_new(struct reclean *r, const struct article *a, char **cause)
{
	struct clean	*c;

	if ((c = reclean_classify(r->store, a, 0, cause)) == NULL)
		return (-1);
	clean_free(c);
	return (reclean_count(r, a->source, a->text, a->len, a->id, 1,
	    cause));
}

/*
 * Classify an article again.  With reparse, its raw input is read anew
 * first and its text replaced when the importer now makes something else
 * of it; the reader's decisions move with their blocks.
 */
int
reclean_one(struct reclean *r, int64_t id, int reparse, char **cause)
{
	struct article	*a, *fresh = NULL;
	struct clean	*c;
	int		 ret = -1;

	if ((a = store_get_article(r->store, id, cause)) == NULL)
		return (-1);
	if (reparse && import_reparse(a, &fresh) == 0 && fresh != NULL &&
	    (fresh->len != a->len || memcmp(fresh->text, a->text,
	    a->len) != 0)) {
		fresh->id = a->id;
		if (reclean_count(r, a->source, a->text, a->len, a->id, -1,
		    cause) != 0 ||
		    store_update_text(r->store, fresh, cause) != 0 ||
		    reclean_count(r, a->source, fresh->text, fresh->len, a->id,
		    1, cause) != 0)
			goto out;
		free(a->text);
		a->text = fresh->text;
		a->len = fresh->len;
		fresh->text = NULL;
		r->changed++;
	}
	if ((c = reclean_classify(r->store, a, 1, cause)) == NULL)
		goto out;
	if (store_move_overrides(r->store, a->id, a->text, c, cause) == 0)
		ret = 0;
	clean_free(c);
	r->done++;
out:
	article_free(fresh);
	article_free(a);
	return (ret);
}

/* Classify again the older articles that new ones made repeat. */
int
reclean_flush(struct reclean *r, char **cause)
{
	size_t	i;
	int	ret = 0;

	for (i = 0; i < r->npending && ret == 0; i++)
		ret = reclean_one(r, r->pending[i], 0, cause);
	free(r->pending);
	r->pending = NULL;
	r->npending = 0;
	return (ret);
}
