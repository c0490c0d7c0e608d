/*
 * ui-article.h: the article view's state, shared by ui-article.c (the
 * view: drawing, scrolling, search, the claim cursor) and ui-tag.c
 * (tagging: the article's claims and what t, 1-9, a, c and d do).
 * ui-article.c calls into ui-tag.c, never the other way round.
 */

#ifndef UI_ARTICLE_H
#define UI_ARTICLE_H

struct ui_claim;

struct ui_article {
	struct article	*a;
	struct clean	*c;
	struct layout	*lo;
	size_t		 list_index;
	int		 show_hidden;
	size_t		 nhidden;	/* blocks hidden */
	struct page	 pg;		/* the blocks shown, their rows */
	size_t		 top;		/* pg.vis index at the top */
	size_t		 row;		/* row within it */
	/* search */
	char		*query;
	struct find	 found;		/* its matches, in the text's order */
	/* the claim cursor: a sentence */
	int		 has_cur;
	size_t		 cur_start;
	size_t		 cur_end;
	/* v: a selection from this sentence to the cursor's */
	int		 has_sel;
	size_t		 sel_start;
	size_t		 sel_end;
	/* the article's claims */
	struct ui_claim	*claims;
	size_t		 nclaims;
	int		 done;		/* D: read, nothing more to tag */
};

struct ui_claim {
	int64_t	 id;
	size_t	 start;
	size_t	 end;
	char	*tags;
	char	*note;
	char	*claimant;
	int	 other;		/* by another annotator */
};


/* ui-tag.c */
void		 ui_article_load_claims(struct ui *);
void		 ui_article_free_claims(struct ui_article *);
struct ui_claim	*ui_article_claim_here(struct ui_article *);
size_t		 ui_article_sel_lo(const struct ui_article *);
size_t		 ui_article_sel_hi(const struct ui_article *);

#endif /* UI_ARTICLE_H */
