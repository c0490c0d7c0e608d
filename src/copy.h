/*
 * copy.h: a whole store copied into another, SQLite or PostgreSQL either
 * way (store-copy.c), for sift copy (cmd-copy.c).
 */

#ifndef SIFT_COPY_H
#define SIFT_COPY_H

#include <stdint.h>

struct store;

struct copy_stats {
	int64_t	articles;	/* copied by this run */
	int64_t	claims;
	int64_t	tags;
	int64_t	resumed;	/* articles and claims a run before copied */
};

/* What has been copied so far: what (articles, claims), done of total. */
typedef void	(*copy_progress_cb)(const char *, int64_t, int64_t, void *);

/* store-copy.c */
int	store_copy(struct store *, struct store *, copy_progress_cb, void *,
	    struct copy_stats *, char **);

#endif /* SIFT_COPY_H */
