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

struct reclean_df {
	struct store	*store;
	const char	*source;
	int64_t		 id;
};

static unsigned
reclean_df_cb(uint64_t hash, void *arg)
{
	struct reclean_df	*d = arg;

	return (store_block_df(d->store, d->source, hash, d->id));
}

/* Classify an article's text against its source and store the blocks. */
static struct clean *
reclean_classify(struct store *s, const struct article *a, char **cause)
{
	struct reclean_df	 d = { s, a->source, a->id };
	struct clean		*c;

	c = clean_text(a->title, a->text, a->len, a->links, a->nlinks,
	    reclean_df_cb, &d);
	if (store_set_blocks(s, a->id, a->text, c, cause) != 0) {
		clean_free(c);
		return (NULL);
	}
	return (c);
}

struct reclean_pending {
	struct reclean	*r;
};

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
	uint64_t	 h;
	size_t		 i;

	if ((c = reclean_classify(r->store, a, cause)) == NULL)
		return (-1);
	for (i = 0; i < c->nblocks; i++) {
		h = clean_hash(a->text + c->blocks[i].start,
		    c->blocks[i].len);
		if (store_block_df(r->store, a->source, h, a->id) != 2)
			continue;
		if (store_block_sharers(r->store, a->source, h, a->id,
		    reclean_add_pending, r) != 0) {
			*cause = xasprintf(_("%s: finding repeated blocks"),
			    store_path(r->store));
			clean_free(c);
			return (-1);
		}
	}
	clean_free(c);
	return (0);
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
		if (store_update_text(r->store, fresh, cause) != 0)
			goto out;
		free(a->text);
		a->text = fresh->text;
		a->len = fresh->len;
		fresh->text = NULL;
		r->changed++;
	}
	if ((c = reclean_classify(r->store, a, cause)) == NULL)
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
