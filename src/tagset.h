/*
 * tagset.h: the tag-set file (tagset.c).  Kept apart from sift.h while
 * issue 11's branches are merged; it may be folded into sift.h.
 */

#ifndef SIFT_TAGSET_H
#define SIFT_TAGSET_H

/* A tag set as read: the tags with keys or descriptions, the families. */
struct tagset {
	struct store_tag	*tags;
	size_t			 ntags;
	char			**families;	/* "a" of "exclusive a/..." */
	size_t			 nfamilies;
};

/* What is wrong with a tag-set file, for the caller to say. */
enum tagset_fault {
	TAGSET_NOT_UTF8,	/* the line is not UTF-8 text */
	TAGSET_BAD_KEY,		/* text: the key, not 1 to 9 or - */
	TAGSET_BAD_LINE,	/* text: the cause */
	TAGSET_READ_ERROR	/* text: strerror's */
};
struct tagset_error {
	enum tagset_fault	 fault;
	size_t			 line;		/* 1 for the first line */
	char			*text;		/* owned, or NULL */
};

int		 tagset_parse(FILE *, struct tagset *, struct tagset_error *);
void		 tagset_free(struct tagset *);
void		 tagset_write(FILE *, const struct store_tag *, size_t,
		     char **, size_t);

#endif
