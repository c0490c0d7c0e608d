/*
 * import-batch.c: storing the articles import reads.  Articles go in
 * batches of a thousand, one transaction a batch: a crash loses at most
 * the batch under way, never leaves half an article, and counts only what
 * was committed.  A failing store (disk full, read-only, corrupt) rolls
 * the batch back, says so through the fail callback and stops the import.
 * The block counts of the new articles (reclean.c) are written with the
 * batch that stored them.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
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
}

/* Commit the batch under way, with its block counts. */
static int
import_batch_commit(struct import_batch *b, char **cause)
{
	if (reclean_flush(&b->rc, cause) != 0 ||
	    store_commit(b->store, cause) != 0)
		return (-1);
	b->added += b->batch_added;
	b->duplicates += b->batch_duplicates;
	b->pending = b->batch_added = b->batch_duplicates = 0;
	return (0);
}

/*
 * Store one imported article: import's article callback, with the batch
 * as its argument.  On failure the batch is rolled back and the import
 * stopped.
 */
int
import_batch_add(struct article *a, void *arg)
{
	struct import_batch	*b = arg;
	char			*cause;
	unsigned long		 lost = 0;
	int			 rc;

	if (b->pending == 0 && store_begin(b->store, &cause) != 0)
		goto fail;
	rc = store_add_article(b->store, a, &cause);
	if (rc < 0)
		goto fail;
	if (rc == 1) {
		if (reclean_new(&b->rc, a, &cause) != 0)
			goto fail;
		b->batch_added++;
	} else
		b->batch_duplicates++;
	if (++b->pending >= IMPORT_BATCH_SIZE &&
	    import_batch_commit(b, &cause) != 0)
		goto fail;
	return (0);
fail:
	reclean_discard(&b->rc);
	if (b->pending > 0 || store_in_transaction(b->store)) {
		store_rollback(b->store);
		lost = b->pending + 1;
	}
	b->fail(cause, lost, b->arg);
	free(cause);
	b->pending = 0;
	b->batch_added = b->batch_duplicates = 0;
	b->failed = 1;
	import_abort(b->im);
	return (-1);
}

/* Commit the last batch; -1 if it was rolled back. */
int
import_batch_end(struct import_batch *b)
{
	char	*cause;

	if (b->pending == 0 || import_batch_commit(b, &cause) == 0)
		return (0);
	reclean_discard(&b->rc);
	store_rollback(b->store);
	b->fail(cause, b->pending, b->arg);
	free(cause);
	return (-1);
}
