/*
 * meta.h: meta.c's candidates and choice of a page's metadata, for
 * html-sax.c, which gathers the candidates, and nothing else; and
 * meta-title.c's finding of the title's block, for meta.c.
 */

#ifndef META_H
#define META_H

#define META_TITLE	0
#define META_SITE	1
#define META_URL	2
#define META_DATE	3
#define META_AUTHOR	4
#define META_LANG	5
#define META_DESC	6	/* the page's summary of itself */
#define META_NFIELDS	7
#define META_PRIO_TITLE	3	/* <title> */
#define META_PRIO_TIME	3	/* <time datetime> */
struct meta;
struct meta	*meta_new(void);
void		 meta_free(struct meta *);
void		 meta_set(struct meta *, int, const char *, int);
void		 meta_key(struct meta *, const char *, const char *);
void		 meta_set_h1(struct meta *, char *);
void		 meta_jsonld(struct meta *, const char *, size_t);
void		 meta_finish(struct meta *, struct html_doc *);
char		*meta_body_unshown(struct meta *);
void		 meta_mark_title(struct html_doc *, const char *);
int		 meta_split_h1(struct html_doc *, const char *, const char *);

#endif /* META_H */
