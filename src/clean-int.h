/*
 * clean-int.h: what the classifier's files share and nothing else
 * includes: a block's features and state while it is classified, the
 * kinds of rule that decide it, and the DOM pass's state.  The files are
 * layers, each calling only those below it:
 *
 *   clean.c          the pipeline: clean_text runs the passes in order
 *   clean-dom.c      the DOM evidence joined to the text's: the verdicts
 *   clean-story.c    where the story runs in the main subtree
 *   clean-box.c      the boxes headings and widgets make
 *   clean-tree.c     sums, zones and the main subtree of a page's tree
 *   clean-context.c  jusText's classes, its context vote, lists, the end
 *                    of the article and the safety net
 *   clean-shop.c     a review's shop cards, before the tree decides
 *   clean-runs.c     runs of blocks: video and teaser lists, repeats,
 *                    pull quotes, the title again
 *   clean-strong.c   the strong rules, one block at a time
 *   clean-feat.c     the features of one block
 *   clean-line.c     the tests of one block's shape
 *   clean-stamp.c    its dates, times and phone numbers
 *   clean-widget.c   the lines of widgets and labels: share lines,
 *                    menus, a label's teaser, glued credits
 *   clean-base.c     setting a verdict, keeping reasons, character
 *                    classes, lower case, normalised text and its hashes
 *
 * The classifier's API (clean_text, clean_hash, struct clean) is in
 * sift.h; include sift.h first.
 */

#ifndef CLEAN_INT_H
#define CLEAN_INT_H

struct lexicon_block;		/* lexicon.h */

/* jusText's thresholds, in weighted characters (a CJK character is 3). */
#define LENGTH_LOW	70
#define LENGTH_HIGH	200
#define CJK_WEIGHT	3
#define STRONG_MAX	300	/* phrase rules apply to blocks this short */

/* jusText's classes of a block. */
enum clean_class { CLS_BAD, CLS_SHORT, CLS_NEARGOOD, CLS_GOOD };
/* What decided a block, and whether a context rule alone did. */
enum clean_kind {
	KIND_NONE, KIND_QUALITY, KIND_CONTEXT, KIND_MARKUP, KIND_URL,
	KIND_BOT, KIND_COMMENT_FORM, KIND_VIDEO, KIND_COPYRIGHT, KIND_SHARE,
	KIND_COOKIE, KIND_PROMO, KIND_AD, KIND_RELATED, KIND_BREADCRUMB,
	KIND_LINKS, KIND_BIO, KIND_TEASER, KIND_NUMERIC, KIND_DUPLICATE,
	KIND_REPEATED, KIND_AFTER_END, KIND_COMMENT, KIND_COMMENT_META,
	KIND_DOM, KIND_KEPT
};
/*
 * The features and the state of one block while it is classified: 10
 * million one-word lines make 10 million of these, so what only the
 * features' own computation needs stays there (clean-feat.c), lengths
 * and counts take 32 bits (clean_text cuts a line at CLEAN_BLOCK_MAX
 * bytes), yes-or-no a bit, and the reasons are kept aside, only when
 * they are wanted (clean-base.c).  A block takes 80 bytes.
 */
#define CLEAN_BLOCK_MAX	UINT32_MAX
struct clean_feat {
	const char	*s;
	char		*lower;		/* lower-cased copy */
	uint64_t	 normhash;	/* of the normalised text */
	double		 sw;		/* function-word density */
	uint32_t	 n;
	uint32_t	 lowern;
	uint32_t	 normlen;
	uint32_t	 chars;		/* non-space code points */
	uint32_t	 cjk;		/* of which CJK (Hangul too) */
	uint32_t	 wlen;		/* weighted length */
	uint32_t	 digits;
	uint32_t	 linkchars;
	uint32_t	 clauses;	/* clause punctuation inside */
	uint32_t	 dupof;		/* 1 + the block it repeats, or 0 */
	unsigned char	 tcls;		/* the class its text alone gives */
	unsigned char	 cls;		/* enum clean_class */
	unsigned char	 kind;		/* enum clean_kind */
	signed char	 verdict;
	char		 script;	/* 'L', 'C' (zh/ja) or 'K' */
	unsigned	 sentence:1;	/* punctuated, with function words */
	unsigned	 kana:1;	/* has kana */
	unsigned	 marks:1;	/* has '<', '&' or '=': markup? */
	unsigned	 terminal:1;
	unsigned	 ellipsis:1;
	unsigned	 duration:1;
	unsigned	 views:1;
	unsigned	 ago:1;
	unsigned	 byline:1;	/* the byline rule hid it */
	unsigned	 anchored:1;	/* a phrase that starts it hid it */
	unsigned	 inmain:1;	/* in a page's main subtree */
	unsigned	 code:1;	/* in a page's <pre> */
	unsigned	 lower_own:1;	/* lower is not in the text's copy */
	unsigned	 ctx_only:1;	/* hidden by a context rule alone */
	unsigned	 biohead:1;	/* heads an author's box */
	unsigned	 inbio:1;	/* under an author's box's head */
	unsigned	 slot:1;	/* a caption or a lone video in the story */
	unsigned	 factpart:1;	/* a fact-check's claim or sources */
	unsigned	 facthead:1;	/* their label or heading */
	unsigned	 cjkcred:1;	/* clean_cjk_credit(), for the strong rules */
};

/* clean-base.c */
const char	*clean_memrstr(const char *, size_t, const char *);
const char	*clean_phrase_at(const struct clean_feat *, const char *);
void		 clean_set(struct clean_feat *, enum clean_kind, int,
		     const char *, ...) __attribute__((format(printf, 4, 5)));
void		 clean_reason(struct clean_feat *, const char *, ...)
		     __attribute__((format(printf, 2, 3)));
void		 clean_reasons_begin(struct clean *, struct clean_feat *,
		     size_t);
const char	**clean_reasons_end(void);
void		 clean_reasons_free(struct clean_reasons *);
int		 clean_is_cjk(ucs4_t);
int		 clean_is_word_char(ucs4_t);
int		 clean_is_word_more(ucs4_t);
uint64_t	 clean_fnv(const char *, size_t);
size_t		 clean_norm(const struct clean_feat *, char *, size_t);
size_t		 clean_norm_span(const char *, const char *, char *, size_t);
int		 clean_is_prose(const struct clean_feat *);
int		 clean_colon_end(const struct clean_feat *);
int		 clean_age_rating(const struct clean_feat *);
int		 clean_writer_stamp(const struct clean_feat *);
int		 clean_copyright_owner(const struct clean_feat *,
		     const char *);
double		 clean_ld(const struct clean_feat *);
int		 clean_phrase_kind(enum clean_kind);

/* clean-line.c */
int		 clean_markup(const struct clean_feat *);
int		 clean_cjk_credit(const struct clean_feat *);
int		 clean_cjk_giver(const struct clean_feat *);
int		 clean_latin_credit(const struct clean_feat *);
int		 clean_only_time(const struct clean_feat *);
int		 clean_placeholder(const struct clean_feat *);
int		 clean_name_line(const struct clean_feat *);
int		 clean_name_shape(const struct clean_feat *, int);
int		 clean_byline_name(const struct clean_feat *, const char *);
int		 clean_handle(const struct clean_feat *);
int		 clean_stamp_word(const struct clean_feat *);
int		 clean_speech(const struct clean_feat *);
int		 clean_byline_lede(const struct clean_feat *, const char *);
int		 clean_name_then(const struct clean_feat *, const char *);
int		 clean_bio_opens(const struct clean_feat *);
int		 clean_bio_more(const struct clean_feat *, size_t);
int		 clean_bio_self(const struct clean_feat *, size_t,
		    const struct lexicon_block *);
int		 clean_counter(const struct clean_feat *);
const char	*clean_colon_cta(const struct clean_feat *);
int		 clean_stamp(const struct clean_feat *);
int		 clean_date_only(const struct clean_feat *);
int		 clean_phone(const struct clean_feat *);
int		 clean_datetime(const struct clean_feat *);
int		 clean_video_bare(const char *, size_t);
int		 clean_bare_url(const struct clean_feat *);
int		 clean_breadcrumb(const struct clean_feat *);
int		 clean_list_number(const struct clean_feat *);
int		 clean_hashtags(const struct clean_feat *);

/* clean-told.c */
int		 clean_told_stated(const struct clean_feat *);
int		 clean_told(const struct clean_feat *, const char *);
int		 clean_narrated(const struct clean_feat *,
		     const struct lexicon_block *, int,
		     const char *);

/* clean-widget.c */
const char	*clean_share_line(const struct clean_feat *);
int		 clean_label_colon(const char *, const char *, const char *);
int		 clean_cjk_edge(const char *, const char *, const char *);
int		 clean_ctx_marked(const struct clean_feat *);
int		 clean_told_closes(const struct clean_feat *, const char *);
int		 clean_opens(const struct clean_feat *, const char *const *);
int		 clean_holds(const struct clean_feat *, const char *const *);
int		 clean_closes(const struct clean_feat *, const char *const *);
int		 clean_negated(const struct clean_feat *, const char *);
int		 clean_menu_line(const struct clean_feat *);
int		 clean_poll_question(const struct clean_feat *, size_t);
/* clean-groups.c */
int		 clean_slot(const struct clean_feat *);
void		 clean_groups(struct clean_feat *, size_t);
const char	*clean_more_reports(const struct clean_feat *);
int		 clean_form_word(const struct clean_feat *, const char *);
int		 clean_after_sentence(const struct clean_feat *, const char *);
int		 clean_has_sentence(const struct clean_feat *);

/* clean-signoff.c */
int		 clean_signoff(const struct clean_feat *);
int		 clean_signoff_dated(const struct clean_feat *);
int		 clean_contributors(const struct clean_feat *);
int		 clean_names_critic(const struct clean_feat *);
int		 clean_reporter(const char *);

/* clean-feat.c */
void		 clean_features(struct clean_feat *, char *,
		     const struct html_link *, size_t, size_t);

/* clean-strong.c */
void		 clean_strong(struct clean_feat *, size_t, size_t);

/* clean-runs.c */
void		 clean_runs(struct clean_feat *, size_t, int);
void		 clean_factcheck(struct clean_feat *, size_t);
void		 clean_about(struct clean_feat *, size_t);
void		 clean_feed(struct clean_feat *, size_t);
void		 clean_series(struct clean_feat *, size_t);
int		 clean_factpart(const struct clean_feat *, size_t, size_t);
void		 clean_title(struct clean_feat *, size_t, const char *, int);
int		 clean_runs_reporter(const struct clean_feat *);

/* clean-context.c */
void		 clean_classes(struct clean_feat *, size_t);
void		 clean_headings(struct clean_feat *, size_t);
void		 clean_context(struct clean_feat *, size_t);
void		 clean_class_set(struct clean_feat *);
void		 clean_lists(struct clean_feat *, size_t);
void		 clean_tail(struct clean_feat *, size_t);
void		 clean_safety(struct clean_feat *, size_t);
int		 clean_list_item(const struct clean_feat *);
int		 clean_item_like(const struct clean_feat *,
		    const struct clean_feat *);
void		 clean_deals(struct clean_feat *, size_t);	/* clean-shop.c */

/* clean-tree.c: the DOM pass's state, shared with clean-box.c,
 * clean-story.c and clean-dom.c */
#define CD_ZONE_NONE	0
#define CD_ZONE_HIDDEN	1
#define CD_ZONE_COMMENTS 2
#define CD_ZONE_OTHER	3
#define CD_ZONE_STORY	4	/* another story after this one */

/* What box a block is in, in cd->signup. */
#define CD_SIGNUP_FORM	1	/* around a form for an e-mail address */
#define CD_SIGNUP_OFFER	2	/* an offer to subscribe */
#define CD_SIGNUP_AD	3	/* an ad's lines under its label */

struct cd_group {
	uint32_t	 key;
	double		 prose;
	int		 elsewhere;	/* the story is marked outside it */
};

struct cd_node {
	float		 text;		/* weighted characters below */
	float		 linkw;		/* of which in links */
	float		 prose;		/* in sentences */
	float		 free;		/* prose outside any zone */
	float		 body;		/* text in JSON-LD's articleBody */
	float		 score;		/* Readability's */
	uint32_t	 blocks;
	uint32_t	 zone;		/* the node that makes its zone */
	uint32_t	 list;		/* the outermost list of links */
	uint32_t	 key;		/* its group of zones */
	uint32_t	 outer;		/* the nearest zone group above */
	uint32_t	 metanode;	/* the byline, dateline or tags above */
	uint32_t	 depth;
	uint16_t	 items;		/* its <li> children */
	uint16_t	 timed;		/* of which hold a time alone */
	uint8_t		 zkind;		/* CD_ZONE_* */
	uint8_t		 own;		/* the zone it would make itself */
	unsigned	 scored:1;
	unsigned	 title:1;	/* holds the page's title */
	unsigned	 h1:1;		/* holds an <h1> */
	unsigned	 inmain:1;
	unsigned	 beside:1;	/* near the main subtree */
	unsigned	 article:1;	/* below an article marker */
	unsigned	 links:1;	/* in a list of links */
	unsigned	 meta:1;	/* below a byline, a dateline, tags */
	unsigned	 ownprose:1;	/* a block of its own is prose */
	unsigned	 stamped:1;	/* an <li> holding a time alone */
	unsigned	 led:1;		/* in a list the story leads in to */
	unsigned	 alike:1;	/* below a later box named as main */
};

/* The DOM part of the classifier's state. */
struct cd {
	const struct dom	*d;
	struct clean_feat	*fs;
	size_t			 n;
	struct cd_node		*nodes;
	double			 prose;		/* the page's */
	double			 free;
	double			 others;	/* of it, in other stories */
	double			 body;		/* in JSON-LD's articleBody */
	uint32_t		 main;		/* DOM_NONE: none found */
	uint32_t		 core;		/* where main was found */
	const char		*how;		/* how it was found */
	struct cd_group		*groups;	/* of zones named alike */
	size_t			 ngroups;
	size_t			 groupsize;
	size_t			 title;		/* the title's block, or n */
	size_t			 under;		/* the block under it, or n */
	size_t			 first;		/* the story's run in main */
	size_t			 lastprose;
	size_t			 dataend;	/* and the data lines after */
	int			 metaskip;	/* meta boxes are not the story */
	int			 photos;	/* its captions tell the story */
	size_t			*prev;		/* blocks back to its prose */
	size_t			*incom;		/* under a comments heading: its
						   block + 1 */
	size_t			*inrel;		/* under a heading of other
						   stories: its block + 1 */
	char			*card;		/* CD_CARD_* */
	char			*bot;		/* a bot's comment */
	char			*quote;		/* a table of share prices */
	char			*datatab;	/* a table the story leads in to */
	char			*signup;	/* CD_SIGNUP_*: a signup box */
	char			*figure;	/* an image's caption */
	char			*player;	/* a video player's box */
	char			*reply;		/* a forum's reply (1), a
						 * stamped comment (2) */
	uint32_t		 boxzone;	/* the box clean_box_aside read */
	int			 boxok;		/* and whether it is the story's */
	size_t			 listheads;	/* list headings + 1 */
};

#define CD_CARD_OTHER	1	/* in cards of other stories */
#define CD_CARD_ITEM	2	/* a roundup's item's heading */

#define CD_MIN_PROSE	150	/* weighted characters a main must hold */

void		 clean_tree_read(struct cd *);
void		 clean_tree_links(struct cd *);
int		 clean_tree_below(const struct cd *, uint32_t, uint32_t);

/* clean-zone.c */
int		 clean_zone_negative(int);
int		 clean_zone_story_in_ad(const struct cd *, size_t);
int		 clean_zone_story_in_gallery(const struct cd *, size_t);
void		 clean_describe(const struct cd *, uint32_t, char *, size_t);
void		 clean_zones(struct cd *);

/* clean-cards.c */
void		 clean_cards(struct cd *);

/* clean-box.c */
void		 clean_box_comments(struct cd *);
void		 clean_box_replies(struct cd *);
int		 clean_box_comment_text(const struct clean_feat *);
void		 clean_box_related(struct cd *);
void		 clean_box_bots(struct cd *);
void		 clean_box_quotes(struct cd *);	/* clean-table.c */
int		 clean_box_after_story(const struct cd *, size_t);
int		 clean_text_row(const struct clean_feat *, size_t, size_t);
int		 clean_table_row_shares(const struct cd *, uint32_t, size_t);
void		 clean_box_signup(struct cd *);
void		 clean_box_offer(struct cd *);
void		 clean_box_ads(struct cd *);
void		 clean_media_figures(struct cd *);
void		 clean_media_players(struct cd *);
int		 clean_box_aside(struct cd *, uint32_t, size_t);

/* clean-dek.c */
int		 clean_story_point(const struct cd *, size_t);
int		 clean_story_subtitle(const struct cd *, size_t, int);
int		 clean_story_deck(const struct cd *, size_t);
int		 clean_story_named(const struct cd *, size_t);

/* clean-story.c */
void		 clean_story_run(struct cd *);
void		 clean_story_undup(struct cd *, size_t);
int		 clean_story_retitle(const struct cd *, size_t);
int		 clean_story_joined(const struct cd *, size_t);
int		 clean_story_caption(const struct cd *, size_t);
int		 clean_story_beside(const struct cd *, size_t);
int		 clean_story_heads_box(const struct cd *, size_t);
int		 clean_story_heads_points(const struct cd *, size_t);
int		 clean_story_signature(const struct cd *, size_t);
int		 clean_story_near(const struct cd *, size_t);
int		 clean_story_item(const struct cd *, size_t);
int		 clean_story_past_box(const struct cd *, size_t, size_t);
int		 clean_story_heads_links(const struct cd *, size_t);
int		 clean_story_last_item(const struct cd *, size_t);
int		 clean_story_listhead(struct cd *, size_t);
int		 clean_story_led(struct cd *, size_t);
int		 clean_story_listed(const struct cd *, size_t);
int		 clean_story_schedule(const struct cd *, size_t);
int		 clean_story_updated(const struct clean_feat *);
int		 clean_story_prose_soon(const struct cd *, size_t);
size_t		 clean_story_data_end(const struct cd *);
int		 clean_story_data(const struct cd *, const struct clean_feat *,
		     size_t);

/* clean-dom.c */
void		 clean_dom(struct clean_feat *, size_t, const struct dom *,
		     char *, size_t);

#endif /* CLEAN_INT_H */
