/*
 * import-pipe.h: reading inputs on a thread of their own while the
 * calling thread takes the articles in order (import-pipe.c).
 */

#ifndef SIFT_IMPORT_PIPE_H
#define SIFT_IMPORT_PIPE_H

struct import_pipe_ops {
	/* on the calling thread, when what threads share is built, before
	 * the reading starts (import starts its indexing thread); or NULL */
	void		 (*start)(void *);
	/* on the reading thread, before the article is queued; or NULL */
	void		 (*prepare)(struct article *);
	/* on the calling thread, in order: 0, or -1 to stop reading */
	int		 (*take)(struct article *, void *);
	/* a report, on the calling thread in order; or NULL */
	import_report_cb report;
	void		*arg;
};

int		 import_pipe_run(const struct import_opts *, char **, int,
		     const struct import_pipe_ops *, struct import_stats *);

#endif
