/*
 * reclean.h: the verdicts of stored articles, their block counts and
 * their search index entries, made again when the store or the article
 * changes (reclean.c).
 */

#ifndef RECLEAN_H
#define RECLEAN_H

/* reclean.c */
struct reclean_delta {
	char		*source;
	uint64_t	 hash;
	int		 n;
};
#define RECLEAN_CACHE_MIN	(256 * 1024)	/* cache verdicts above */
struct reclean {
	struct store		*store;
	int64_t			*big;		/* to cache verdicts of */
	size_t			 nbig;
	int64_t			*fresh;		/* to index */
	size_t			 nfresh;
	int			 defer;		/* index fresh ones later */
	int64_t			*later;		/* deferred by the flush */
	size_t			 nlater;
	unsigned long		 done;
	unsigned long		 changed;	/* text changed on re-import */
	struct reclean_delta	*deltas;	/* block counts to write */
	size_t			 ndeltas;
	size_t			 size;
};
int		 reclean_new(struct reclean *, const struct article *,
		     char **);
size_t		 reclean_block_hashes(const char *, size_t, uint64_t **);
int		 reclean_cached(const char *, size_t);
struct clean	*reclean_verdicts(struct store *, const struct article *,
		     char **);
int		 reclean_one(struct reclean *, int64_t, char **);
int		 reclean_replace(struct reclean *, int64_t, struct article *,
		     char **);
int		 reclean_gone(struct reclean *, const struct article *,
		     char **);
int		 reclean_claims(struct store *, const struct article *,
		     char **);
int		 reclean_index(struct store *, const struct article *,
		     char **);
typedef void	(*reclean_progress_cb)(size_t, size_t, void *);
int		 reclean_index_missing(struct store *, reclean_progress_cb,
		     void *, char **);
int		 reclean_flush(struct reclean *, char **);
void		 reclean_discard(struct reclean *);

#endif /* RECLEAN_H */
