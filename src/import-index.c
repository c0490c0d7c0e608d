/*
 * import-index.c: import's indexing thread.  Import stores a thousand
 * articles a transaction; their search index entries need their verdicts,
 * and the verdicts need the block counts of their batch, final only at
 * its commit.  So instead of classifying them in the writer, between the
 * counts and the commit, the writer leaves them in search_todo
 * (reclean_flush with defer) and hands their ids here after the commit.
 * This thread reads them on a connection of its own, which sees the store
 * as just committed, classifies them and makes their entries
 * (reclean_index_make) while the writer stores the next batch; the writer
 * writes the entries in that batch's transaction (import-batch.c).  The
 * entries are the ones the writer would have made: the same articles,
 * the same counts.
 *
 * One job at a time: the writer collects a job's entries before it hands
 * over the next.  When this thread cannot (its connection fails to open
 * or to read) the job comes back failed and the writer indexes the
 * articles itself.
 */

#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "index.h"
#include "import-batch.h"

enum import_index_state {
	IMPORT_INDEX_IDLE,
	IMPORT_INDEX_JOB,	/* handed over, not yet made */
	IMPORT_INDEX_DONE,	/* made, or failed */
	IMPORT_INDEX_QUIT
};

struct import_index {
	pthread_t		 thread;
	pthread_mutex_t		 lock;
	pthread_cond_t		 cond;
	enum import_index_state	 state;
	char			*path;
	struct store		*store;		/* the thread's, read only */
	int			 broken;	/* it could not be opened */

	int64_t			*ids;		/* the job */
	size_t			 n;
	struct index_made	*made;		/* its entries, or NULL */
};

static void
import_index_lock(struct import_index *ix)
{
	if (pthread_mutex_lock(&ix->lock) != 0)
		fatalx("pthread_mutex_lock failed");
}

static void
import_index_unlock(struct import_index *ix)
{
	if (pthread_mutex_unlock(&ix->lock) != 0)
		fatalx("pthread_mutex_unlock failed");
}

/* Make the job's entries; NULL when this thread cannot. */
static struct index_made *
import_index_make(struct import_index *ix)
{
	struct index_made	*made = NULL;
	char			*cause = NULL;

	if (ix->store == NULL && !ix->broken &&
	    (ix->store = store_open_mode(ix->path, STORE_READ,
	    &cause)) == NULL)
		ix->broken = 1;
	if (ix->broken) {
		free(cause);
		return (NULL);
	}
	if (store_begin_read(ix->store, &cause) == 0 &&
	    reclean_index_make(ix->store, ix->ids, ix->n, &made,
	    &cause) != 0)
		made = NULL;
	store_end_read(ix->store);
	free(cause);
	return (made);
}

static void *
import_index_run(void *arg)
{
	struct import_index	*ix = arg;
	struct index_made	*made;

	import_index_lock(ix);
	for (;;) {
		while (ix->state != IMPORT_INDEX_JOB &&
		    ix->state != IMPORT_INDEX_QUIT)
			pthread_cond_wait(&ix->cond, &ix->lock);
		if (ix->state == IMPORT_INDEX_QUIT)
			break;
		import_index_unlock(ix);
		made = import_index_make(ix);
		import_index_lock(ix);
		ix->made = made;
		ix->state = IMPORT_INDEX_DONE;
		pthread_cond_broadcast(&ix->cond);
	}
	import_index_unlock(ix);
	store_close(ix->store);
	ix->store = NULL;
	return (NULL);
}

/* The thread for the store at path, waiting for a job. */
struct import_index *
import_index_new(const char *path)
{
	struct import_index	*ix;

	ix = xcalloc(1, sizeof *ix);
	ix->path = xstrdup(path);
	if (pthread_mutex_init(&ix->lock, NULL) != 0 ||
	    pthread_cond_init(&ix->cond, NULL) != 0)
		fatalx("pthread_mutex_init failed");
	if (pthread_create(&ix->thread, NULL, import_index_run, ix) != 0)
		fatalx("pthread_create failed");
	return (ix);
}

/*
 * Hand over the ids[0..n) of articles just committed (the ids are the
 * thread's now); the last job's entries must have been collected.
 */
void
import_index_give(struct import_index *ix, int64_t *ids, size_t n)
{
	import_index_lock(ix);
	if (ix->state != IMPORT_INDEX_IDLE)
		fatalx("import_index_give: a job is under way");
	ix->ids = ids;
	ix->n = n;
	ix->made = NULL;
	ix->state = IMPORT_INDEX_JOB;
	pthread_cond_broadcast(&ix->cond);
	import_index_unlock(ix);
}

/* Whether a job was handed over and not yet collected. */
int
import_index_busy(struct import_index *ix)
{
	int	busy;

	import_index_lock(ix);
	busy = ix->state == IMPORT_INDEX_JOB || ix->state == IMPORT_INDEX_DONE;
	import_index_unlock(ix);
	return (busy);
}

/*
 * Wait for the job's entries and take them: 0 with *made (n of them, in
 * the order of its ids, *ids the job's ids), or -1 when the thread could
 * not make them (*ids and *n say which to index otherwise).  The caller
 * frees both.
 */
int
import_index_take(struct import_index *ix, int64_t **ids, size_t *n,
    struct index_made **made)
{
	import_index_lock(ix);
	while (ix->state == IMPORT_INDEX_JOB)
		pthread_cond_wait(&ix->cond, &ix->lock);
	if (ix->state != IMPORT_INDEX_DONE)
		fatalx("import_index_take: no job");
	*ids = ix->ids;
	*n = ix->n;
	*made = ix->made;
	ix->ids = NULL;
	ix->n = 0;
	ix->made = NULL;
	ix->state = IMPORT_INDEX_IDLE;
	import_index_unlock(ix);
	return (*made != NULL ? 0 : -1);
}

/* End the thread; a job's entries not collected are dropped. */
void
import_index_free(struct import_index *ix)
{
	int64_t			*ids;
	struct index_made	*made;
	size_t			 n;

	if (ix == NULL)
		return;
	if (import_index_busy(ix)) {
		import_index_take(ix, &ids, &n, &made);
		reclean_index_made_free(made, made != NULL ? n : 0);
		free(ids);
	}
	import_index_lock(ix);
	ix->state = IMPORT_INDEX_QUIT;
	pthread_cond_broadcast(&ix->cond);
	import_index_unlock(ix);
	if (pthread_join(ix->thread, NULL) != 0)
		fatalx("pthread_join failed");
	pthread_cond_destroy(&ix->cond);
	pthread_mutex_destroy(&ix->lock);
	free(ix->path);
	free(ix);
}
