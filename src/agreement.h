/*
 * agreement.h: how far annotators agree, worked out from the store
 * (agreement.c; the figures themselves are agree.c's).  The units are
 * the sentences of the blocks the reader shows (content and comments) of
 * the articles that two annotators or more marked done; each annotator's
 * value of a unit, in a tag family, is the set of the family's tags on
 * that annotator's claims over the sentence, or none.
 */

#ifndef AGREEMENT_H
#define AGREEMENT_H

#include <stddef.h>
#include <stdint.h>

#include "agree.h"

struct agreement_opts {
	const struct pattern	*where;		/* NULL: every article */
	char			**tags;		/* globs a tag must match */
	size_t			  ntags;	/* 0: every tag */
	char			**annotators;	/* only these */
	size_t			  nannotators;	/* 0: all who marked done */
};

struct agreement_family {
	char			*name;		/* "arms-supply"; a tag
						   without '/' is its own */
	struct agree_result	 alpha;
	struct agree_kappa	 kappa;		/* two annotators only */
};

struct agreement {
	char			**annotators;	/* sorted, or as asked */
	size_t			  nannotators;
	size_t			  articles;	/* read by two or more */
	size_t			  units;	/* their sentences */
	struct agreement_family	 *families;	/* sorted by name */
	size_t			  nfamilies;
};

/*
 * A unit the annotators who read it do not agree on: its article, its
 * byte range in the article's text and its text, the family, and each
 * annotator's value (NULL: did not read it; "": none of the family).
 */
struct agreement_diff {
	int64_t		 article;
	size_t		 start;		/* bytes */
	size_t		 end;
	size_t		 cp_start;	/* code points */
	size_t		 cp_end;
	const char	*text;
	size_t		 len;
	const char	*family;
	const char	**values;	/* one an annotator */
	char *const	 *annotators;	/* the agreement's */
	size_t		  nannotators;
};
typedef int	(*agreement_diff_cb)(const struct agreement_diff *, void *);

int	agreement_run(struct store *, const struct agreement_opts *,
	    struct agreement *, agreement_diff_cb, void *, char **);
void	agreement_free(struct agreement *);
int	agreement_article(struct store *, int64_t, agreement_diff_cb, void *,
	    char **);
int	agreement_disagrees(struct store *, int64_t, char **);

#endif
