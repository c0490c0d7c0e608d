/*
 * import-batch.h: storing what import reads, a thousand articles a
 * transaction (import-batch.c).  Kept apart from sift.h while issue 11's
 * branches are merged; it may be folded into sift.h's import.c section.
 */

#ifndef SIFT_IMPORT_BATCH_H
#define SIFT_IMPORT_BATCH_H

#include "reclean.h"

/*
 * Called when the store fails: the message (the file, the cause, which
 * articles were kept), and how many articles read were not stored.
 */
typedef void	(*import_batch_fail_cb)(const char *, unsigned long, void *);

struct import_batch {
	struct store		*store;
	struct importer		*im;		/* stopped if the store fails;
						   NULL: the caller stops */
	import_batch_fail_cb	 fail;
	void			*arg;
	struct reclean		 rc;
	unsigned long		 pending;	/* articles in this batch */
	unsigned long		 added;		/* committed, new */
	unsigned long		 duplicates;	/* committed, already stored */
	unsigned long		 replaced;	/* committed, in place (--replace) */
	unsigned long		 batch_added;
	unsigned long		 batch_duplicates;
	unsigned long		 batch_replaced;
	int			 replace;	/* import --replace */
	int			 failed;	/* the store failed */
	struct import_index	*ix;		/* the indexing thread */
};

void		 import_batch_init(struct import_batch *, struct store *,
		     import_batch_fail_cb, void *);
void		 import_batch_prepare(struct article *);
int		 import_batch_add(struct article *, void *);
int		 import_batch_end(struct import_batch *);

void		 import_batch_index_thread(struct import_batch *);

/* import-index.c */
struct index_made;
struct import_index *import_index_new(const char *);
void		 import_index_give(struct import_index *, int64_t *, size_t);
int		 import_index_busy(struct import_index *);
int		 import_index_take(struct import_index *, int64_t **, size_t *,
		     struct index_made **);
void		 import_index_free(struct import_index *);

#endif
