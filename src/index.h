/*
 * index.h: what the search index holds of an article (index.c), for the
 * files that make its entries (reclean.c) and query it (store-*.c).
 */

#ifndef INDEX_H
#define INDEX_H

struct article;
struct clean;
struct store;
struct finder;

struct index_doc {
	const char	*body;		/* the visible blocks, a line each */
	size_t		 bodylen;
	char		*own;		/* body, when not the text itself */
	char		*hidden;	/* the hidden blocks */
	size_t		 hiddenlen;
	char		*grams;		/* CJK characters and pairs, marked */
};
/* An article's entry, made by one thread for another to write. */
struct index_made {
	int64_t			 id;
	const struct article	*a;	/* its article */
	struct article		*own;	/* a, when read for the entry */
	struct index_doc	 d;
	uint8_t			*mask;	/* its hidden blocks */
	size_t			 masklen;
};
#define INDEX_TITLE	0x1
#define INDEX_BODY	0x2
#define INDEX_HIDDEN	0x4
int		 index_is_cjk(ucs4_t);
void		 index_doc_make(struct index_doc *, const char *,
		     const char *, size_t, const uint8_t *, size_t);
void		 index_doc_free(struct index_doc *);
uint8_t		*index_mask(const struct clean *, size_t *);
int		 index_short_cjk(const char *);
char		*index_gram_query(const char *, int);
char		*index_trigram_query(const char *);
int		 index_found(struct finder *, int, const char *, size_t,
		     const char *, size_t, const uint8_t *, size_t);

/* reclean.c: entries made on one thread, written on another */
int		 reclean_index_make(struct store *, const int64_t *, size_t,
		     struct index_made **, char **);
int		 reclean_index_put(struct store *, const struct index_made *,
		     size_t, char **);
void		 reclean_index_made_free(struct index_made *, size_t);
int		 reclean_index_ids(struct store *, const int64_t *, size_t,
		     char **);

/* store-index.c */
int		 store_index_pending(struct store *, int64_t, const char *);
int		 store_index_put_doc(struct store *, int64_t, const char *,
		     const struct index_doc *, const uint8_t *, size_t,
		     char **);

#endif
