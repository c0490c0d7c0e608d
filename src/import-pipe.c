/*
 * import-pipe.c: `sift import` and `sift clean` on two cores.  A reading
 * thread runs the importer over the paths (read, decode, parse,
 * normalise, hash) and makes each article ready for its taker (for the
 * store, import_batch_prepare); the calling thread takes the articles and
 * the reports off a bounded queue, in the order they were read, and hands
 * each to the taker (import stores it, import-batch.c; clean classifies
 * and prints it) or says it.  So ids follow the order read, and articles
 * and messages come out in order, from one thread, as with one core.
 *
 * The reader touches neither the store nor the classifier.  The taker
 * may do both (import's writer classifies large articles, and all with
 * --replace); for import a third thread, on a connection of its own that
 * only reads, classifies each committed batch for the search index
 * (import-index.c).  What they reach lazily (the lexicon's tables) is
 * built, and libxml2 set up, before the threads start.  Counts are the
 * taker's: when it stops (the store failed), what the reader had read
 * beyond is dropped unsaid and uncounted, as if the import had stopped
 * there, which it does.
 */

#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "lexicon.h"
#include "import-pipe.h"

/* Read ahead at most this many articles, or this many bytes of them. */
#define IMPORT_PIPE_ITEMS	256
#define IMPORT_PIPE_BYTES	((size_t)64 << 20)

struct import_pipe_item {
	struct article		*a;	/* an article, or NULL: a report */
	char			*name;
	char			*msg;
	int			 fail;	/* the report refuses the input */
	size_t			 bytes;
	struct import_pipe_item	*next;
};

struct import_pipe {
	pthread_mutex_t		 lock;
	pthread_cond_t		 more;	/* an item was put, or reading ended */
	pthread_cond_t		 room;	/* one was taken, or writing stopped */
	struct import_pipe_item	*head;
	struct import_pipe_item	*tail;
	size_t			 items;
	size_t			 bytes;
	int			 done;	/* the reader has ended */
	int			 stopped;	/* the writer takes no more */

	/* the reader's */
	struct importer		*im;
	void			(*prepare)(struct article *);
	char			**paths;
	int			 npaths;
	unsigned long		 failed_seen;
	int			 ret;
};

static void
import_pipe_lock(struct import_pipe *p)
{
	if (pthread_mutex_lock(&p->lock) != 0)
		fatalx("pthread_mutex_lock failed");
}

static void
import_pipe_unlock(struct import_pipe *p)
{
	if (pthread_mutex_unlock(&p->lock) != 0)
		fatalx("pthread_mutex_unlock failed");
}

/*
 * Put an item on the queue, waiting while it is full (one item always
 * fits, however large).  0, or -1 when the writer has stopped: the item
 * is not taken.
 */
static int
import_pipe_put(struct import_pipe *p, struct import_pipe_item *it)
{
	import_pipe_lock(p);
	while (!p->stopped && p->items > 0 &&
	    (p->items >= IMPORT_PIPE_ITEMS ||
	    p->bytes + it->bytes > IMPORT_PIPE_BYTES))
		pthread_cond_wait(&p->room, &p->lock);
	if (p->stopped) {
		import_pipe_unlock(p);
		return (-1);
	}
	it->next = NULL;
	if (p->tail != NULL)
		p->tail->next = it;
	else
		p->head = it;
	p->tail = it;
	p->items++;
	p->bytes += it->bytes;
	pthread_cond_signal(&p->more);
	import_pipe_unlock(p);
	return (0);
}

/* The next item, waiting for one; NULL when the reader has ended. */
static struct import_pipe_item *
import_pipe_take(struct import_pipe *p)
{
	struct import_pipe_item	*it;

	import_pipe_lock(p);
	while (p->head == NULL && !p->done)
		pthread_cond_wait(&p->more, &p->lock);
	if ((it = p->head) != NULL) {
		if ((p->head = it->next) == NULL)
			p->tail = NULL;
		p->items--;
		p->bytes -= it->bytes;
		pthread_cond_signal(&p->room);
	}
	import_pipe_unlock(p);
	return (it);
}

static void
import_pipe_item_free(struct import_pipe_item *it)
{
	article_free(it->a);
	free(it->name);
	free(it->msg);
	free(it);
}

/* The writer takes no more: the reader stops at its next article. */
static void
import_pipe_stop(struct import_pipe *p)
{
	import_pipe_lock(p);
	p->stopped = 1;
	pthread_cond_broadcast(&p->room);
	import_pipe_unlock(p);
}

/*
 * The importer's article callback, on the reading thread: the article
 * (its raw input lent by the importer) is made the queue's own and ready
 * for the store.
 */
static int
import_pipe_article(struct article *a, void *arg)
{
	struct import_pipe	*p = arg;
	struct import_pipe_item	*it;
	struct article		*c;

	c = xcalloc(1, sizeof *c);
	*c = *a;
	memset(a, 0, sizeof *a);	/* what the importer would free */
	c->raw_buf = xmalloc(c->rawlen + 1);
	memcpy(c->raw_buf, c->raw, c->rawlen);
	c->raw_buf[c->rawlen] = '\0';
	c->raw = c->raw_buf;
	if (p->prepare != NULL)
		p->prepare(c);

	it = xcalloc(1, sizeof *it);
	it->a = c;
	it->bytes = c->rawlen + c->len;
	if (import_pipe_put(p, it) != 0) {
		import_pipe_item_free(it);
		import_abort(p->im);
	}
	return (0);
}

/* The importer's report callback, on the reading thread. */
static void
import_pipe_report(const char *name, const char *msg, void *arg)
{
	struct import_pipe		*p = arg;
	const struct import_stats	*st = import_stats(p->im);
	struct import_pipe_item		*it;

	it = xcalloc(1, sizeof *it);
	it->name = xstrdup(name);
	it->msg = xstrdup(msg);
	/* import_report counted it, a refusal or a warning, just before */
	it->fail = st->failed != p->failed_seen;
	p->failed_seen = st->failed;
	it->bytes = strlen(msg);
	if (import_pipe_put(p, it) != 0) {
		import_pipe_item_free(it);
		import_abort(p->im);
	}
}

static void *
import_pipe_read(void *arg)
{
	struct import_pipe	*p = arg;
	int			 i;

	for (i = 0; i < p->npaths; i++)
		if (import_path(p->im, p->paths[i]) != 0)
			p->ret = -1;
	import_pipe_lock(p);
	p->done = 1;
	pthread_cond_signal(&p->more);
	import_pipe_unlock(p);
	return (NULL);
}

/* What both threads reach lazily is built before there are two. */
static void
import_pipe_warm(void)
{
	html_init();	/* libxml2's own set-up, on the main thread */
	lexicon_warm();
}

/*
 * Hand one item to the taker, or say it; 0, or -1 when the taker stops
 * (the store failed): the reader is stopped.  The counts of the reports
 * said go in st.
 */
static int
import_pipe_give(struct import_pipe *p, struct import_pipe_item *it,
    const struct import_pipe_ops *ops, struct import_stats *st)
{
	if (it->a == NULL) {
		if (it->fail)
			st->failed++;
		else
			st->warnings++;
		if (ops->report != NULL)
			ops->report(it->name, it->msg, ops->arg);
		return (0);
	}
	st->bytes += it->a->rawlen;
	if (ops->take(it->a, ops->arg) != 0) {
		import_pipe_stop(p);
		return (-1);
	}
	return (0);
}

/*
 * Read the paths on a thread of its own while this one hands what they
 * hold to ops->take, and their reports to ops->report, in the order
 * read.  The counts of what was said are put in *st.  Returns -1 when an
 * input failed, as import_path.
 */
int
import_pipe_run(const struct import_opts *opts, char **paths, int npaths,
    const struct import_pipe_ops *ops, struct import_stats *st)
{
	struct import_pipe	 p;
	struct import_pipe_item	*it;
	pthread_t		 reader;
	int			 taking = 1;

	memset(&p, 0, sizeof p);
	memset(st, 0, sizeof *st);
	if (pthread_mutex_init(&p.lock, NULL) != 0 ||
	    pthread_cond_init(&p.more, NULL) != 0 ||
	    pthread_cond_init(&p.room, NULL) != 0)
		fatalx("pthread_mutex_init failed");
	p.im = import_new(opts, import_pipe_article, import_pipe_report, &p);
	p.prepare = ops->prepare;
	p.paths = paths;
	p.npaths = npaths;
	import_pipe_warm();
	if (ops->start != NULL)
		ops->start(ops->arg);
	if (pthread_create(&reader, NULL, import_pipe_read, &p) != 0)
		fatalx("pthread_create failed");
	while ((it = import_pipe_take(&p)) != NULL) {
		if (taking && import_pipe_give(&p, it, ops, st) != 0)
			taking = 0;
		import_pipe_item_free(it);
	}
	if (pthread_join(reader, NULL) != 0)
		fatalx("pthread_join failed");
	import_free(p.im);
	pthread_cond_destroy(&p.room);
	pthread_cond_destroy(&p.more);
	pthread_mutex_destroy(&p.lock);
	return (p.ret);
}
