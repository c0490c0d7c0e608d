/*
 * import-batch.c: storing the articles import reads.  Articles go in
 * batches of a thousand, one transaction a batch: a crash loses at most
 * the batch under way, never leaves half an article, and counts only what
 * was committed.  A failing store (disk full, read-only, corrupt) rolls
 * the batch back, says so through the fail callback and stops the import:
 * one message with the file, the cause, the article being stored and the
 * last article kept (articles are numbered in the order read).
 * The block counts of the new articles (reclean.c) are written with the
 * batch that stored them.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "index.h"
#include "import-batch.h"

#define IMPORT_BATCH_SIZE	1000

/* Store into s, telling fail(cause, lost, arg) when the store fails. */
void
import_batch_init(struct import_batch *b, struct store *s,
    import_batch_fail_cb fail, void *arg)
{
	memset(b, 0, sizeof *b);
	b->store = s;
	b->rc.store = s;
	b->fail = fail;
	b->arg = arg;
	store_bulk(s);
}

/*
 * Classify the articles of each batch but the last on a thread of their
 * own, after their commit, and index them with the next batch
 * (import-index.c); not with --replace, whose next batch may change them,
 * nor when no other connection can read the store.
 */
void
import_batch_index_thread(struct import_batch *b)
{
	if (!b->replace && b->ix == NULL && store_shared(b->store))
		b->ix = import_index_new(store_path(b->store));
}

/*
 * Write the entries the indexing thread made of the batch before, in the
 * transaction under way; or, when it could not, make them here.  An
 * entry another command made unwanted since (sift rm, reclean, mark, in
 * another process, between the two transactions) is not written.
 */
static int
import_batch_index_last(struct import_batch *b, char **cause)
{
	struct index_made	*made;
	int64_t			*ids;
	size_t			 n, i;
	int			 ret = 0;

	if (b->ix == NULL || !import_index_busy(b->ix))
		return (0);
	if (import_index_take(b->ix, &ids, &n, &made) == 0) {
		for (i = 0; i < n && ret == 0; i++)
			if (store_index_pending(b->store, made[i].id,
			    made[i].a->hash))
				ret = reclean_index_put(b->store, &made[i], 1,
				    cause);
		reclean_index_made_free(made, n);
	} else {
		for (i = 0; i < n && ret == 0; i++)
			if (store_index_pending(b->store, ids[i], NULL))
				ret = reclean_index_ids(b->store, &ids[i], 1,
				    cause);
	}
	free(ids);
	return (ret);
}

/*
 * Commit the batch under way, with its block counts and the index
 * entries of the batch before; the batch's own are made after the
 * commit, but for the last one's (final).
 */
static int
import_batch_commit(struct import_batch *b, int final, char **cause)
{
	if (import_batch_index_last(b, cause) != 0)
		return (-1);
	b->rc.defer = b->ix != NULL && !final;
	if (reclean_flush(&b->rc, cause) != 0 ||
	    store_commit(b->store, cause) != 0)
		return (-1);
	if (b->rc.nlater != 0) {
		import_index_give(b->ix, b->rc.later, b->rc.nlater);
		b->rc.later = NULL;
		b->rc.nlater = 0;
	}
	b->added += b->batch_added;
	b->duplicates += b->batch_duplicates;
	b->replaced += b->batch_replaced;
	b->pending = b->batch_added = b->batch_duplicates =
	    b->batch_replaced = 0;
	return (0);
}

/*
 * The store failed while storing articles first to last (numbered in the
 * order read; the first is 1): roll the batch back and say which articles
 * were kept, in one message that names the file and the cause.
 */
static void
import_batch_failed(struct import_batch *b, const char *cause,
    unsigned long first, unsigned long last)
{
	unsigned long	 kept = b->added + b->duplicates;
	char		*fault, *what, *left, *msg;

	fault = store_fault(b->store);	/* before the rollback clears it */
	reclean_discard(&b->rc);
	store_rollback(b->store);
	if (first == last)
		what = xasprintf(_("article %'lu"), last);
	else
		what = xasprintf(_("articles %'lu to %'lu"), first, last);
	if (kept == 0)
		left = xstrdup(_("nothing was kept"));
	else
		left = xasprintf(_("nothing after article %'lu was kept"),
		    kept);
	if (fault != NULL)
		msg = xasprintf(_("%s: %s while storing %s: %s; run the "
		    "import again"), store_path(b->store), fault, what, left);
	else
		msg = xasprintf(_("%s; stopped at %s: %s"), cause, what, left);
	b->fail(msg, last - kept, b->arg);
	free(msg);
	free(left);
	free(what);
	free(fault);
	b->pending = b->batch_added = b->batch_duplicates = 0;
	b->failed = 1;
}

/*
 * Make an article ready for the store: all the store needs of it that
 * the article alone decides (its block hashes, its page's shape packed),
 * so that import's reading thread does it and the writer only writes.
 * Pure: no store, no global state.
 */
void
import_batch_prepare(struct article *a)
{
	struct article_prep	*p;
	struct buf		 b;

	if (a->prep != NULL)
		return;
	p = xcalloc(1, sizeof *p);
	p->nblocks = reclean_block_hashes(a->text, a->len, &p->blocks);
	p->cached = reclean_cached(a->text, a->len);
	if (a->dom != NULL) {
		buf_init(&b);
		dom_pack(a->dom, &b);
		p->domlen = b.len;
		p->dom = buf_release(&b);
	}
	a->prep = p;
}

/*
 * import --replace: when an earlier import stored a copy of a (the same
 * URL, or the same one-article file) with another text, a takes its
 * place.  1 when it did, 0 to store a as usual, -1 with a cause.
 */
static int
import_batch_replace(struct import_batch *b, struct article *a, char **cause)
{
	int64_t	id;

	if ((id = store_find_copy(b->store, a)) == 0 ||
	    store_find_hash(b->store, a->hash) != 0)
		return (0);	/* nothing to replace, or the same text */
	if (reclean_replace(&b->rc, id, a, cause) != 0)
		return (-1);
	b->batch_replaced++;
	return (1);
}

/*
 * Store one imported article: import's article callback, with the batch
 * as its argument.  On failure the batch is rolled back and the import
 * stopped; the article is not a bad input, so 0 all the same.
 */
int
import_batch_add(struct article *a, void *arg)
{
	struct import_batch	*b = arg;
	unsigned long		 first = b->added + b->duplicates + 1;
	char			*cause;
	int64_t			 back;
	int			 rc;

	if (b->pending == 0 && store_begin(b->store, &cause) != 0)
		goto fail;
	if (b->replace && (rc = import_batch_replace(b, a, &cause)) != 0) {
		if (rc < 0)
			goto fail;
		goto stored;
	}
	rc = store_add_article(b->store, a, &cause);
	if (rc < 0)
		goto fail;
	/* stored before and taken out by sift rm --force: back in its
	 * place, its claims found again in its text */
	if (rc == 0 && (back = store_revive_article(b->store, a,
	    &cause)) != 0) {
		if (back < 0 || reclean_claims(b->store, a, &cause) != 0)
			goto fail;
		rc = 1;
	}
	if (rc == 1) {
		if (reclean_new(&b->rc, a, &cause) != 0)
			goto fail;
		b->batch_added++;
	} else
		b->batch_duplicates++;
stored:
	if (++b->pending >= IMPORT_BATCH_SIZE &&
	    import_batch_commit(b, 0, &cause) != 0) {
		import_batch_failed(b, cause, first, first + b->pending - 1);
		goto out;
	}
	return (0);
fail:
	import_batch_failed(b, cause, first, first + b->pending);
out:
	free(cause);
	if (b->im != NULL)
		import_abort(b->im);
	return (0);	/* the article was good: import does not count it */
}

/*
 * Commit the last batch, indexed, with the entries of the one before;
 * -1 if it was rolled back.  The indexing thread ends.
 */
int
import_batch_end(struct import_batch *b)
{
	unsigned long	 first = b->added + b->duplicates + 1;
	char		*cause;
	int		 ret = 0;

	if (!b->failed && (b->pending != 0 ||
	    (b->ix != NULL && import_index_busy(b->ix)))) {
		if ((b->pending != 0 || store_begin(b->store, &cause) == 0) &&
		    import_batch_commit(b, 1, &cause) == 0)
			goto out;
		import_batch_failed(b, cause, first, first + (b->pending != 0 ?
		    b->pending - 1 : 0));
		free(cause);
		ret = -1;
	}
out:
	import_index_free(b->ix);
	b->ix = NULL;
	return (ret);
}
