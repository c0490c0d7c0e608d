/*
 * index.h: what the search index holds of an article (index.c), for the
 * files that make its entries (reclean.c) and query it (store-*.c).
 */

#ifndef INDEX_H
#define INDEX_H

struct clean;
struct finder;

struct index_doc {
	const char	*body;		/* the visible blocks, a line each */
	size_t		 bodylen;
	char		*own;		/* body, when not the text itself */
	char		*hidden;	/* the hidden blocks */
	size_t		 hiddenlen;
	char		*grams;		/* CJK characters and pairs, marked */
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

#endif
