/*
 * ui.h: what the reader's files (ui*.c, keys.c) share.  Only these files
 * include curses; the model they draw is in sift.h.
 */

#ifndef UI_H
#define UI_H

#define UI_FKEY		0x40000000	/* a function key, not a character */

#define VIEW_LIST	1
#define VIEW_ARTICLE	2
#define VIEW_HELP	4
#define VIEW_CLAIMS	8
#define VIEW_ANY	(VIEW_LIST | VIEW_ARTICLE | VIEW_HELP | VIEW_CLAIMS)

enum action {
	ACTION_NONE, ACTION_QUIT, ACTION_HELP, ACTION_DOWN, ACTION_UP,
	ACTION_PGDN, ACTION_PGUP, ACTION_TOP, ACTION_BOTTOM, ACTION_OPEN,
	ACTION_SEARCH, ACTION_NEXT, ACTION_PREV, ACTION_SORT, ACTION_LIMIT,
	ACTION_HIDDEN, ACTION_MARK, ACTION_NEXT_ARTICLE, ACTION_PREV_ARTICLE,
	ACTION_REDRAW, ACTION_SUSPEND, ACTION_NEXT_SENTENCE,
	ACTION_PREV_SENTENCE, ACTION_NEXT_BLOCK, ACTION_PREV_BLOCK, ACTION_TAG,
	ACTION_NOTE, ACTION_CLAIMANT, ACTION_DELETE, ACTION_QUICK_TAG,
	ACTION_UNDO, ACTION_REDO, ACTION_DONE, ACTION_ARTICLE_CLAIMS,
	ACTION_ALL_CLAIMS, ACTION_SELECT
};

struct key_binding {
	int		 views;
	int		 key;
	int		 action;
	const char	*keyname;
	const char	*help;
};

/* The colours and attributes, declared once. */
enum ui_colour {
	COLOUR_NORMAL, COLOUR_TITLE, COLOUR_META, COLOUR_SELECTED,
	COLOUR_STATUS, COLOUR_HIDDEN, COLOUR_MATCH, COLOUR_UNREAD,
	COLOUR_ERROR, COLOUR_CLAIM, COLOUR_COUNT
};

struct ui_article;
struct ui_claims;

/*
 * One tagging action, for undo and redo: the claim before and after it
 * (absent: created or deleted).
 */
struct ui_undo {
	char			 uuid[37];
	int64_t			 article_id;
	struct claim_snap	 before;
	struct claim_snap	 after;
	int			 has_before;
	int			 has_after;
	char			 what[128];	/* "tag arms-supply/denied" */
};
#define UI_UNDO_MAX	100

struct ui {
	struct store		*store;
	int			 view;
	int			 back;		/* the view help returns to */
	int			 quit;
	/* the list */
	int64_t			*ids;
	size_t			 nids;
	struct store_item	*items;		/* loaded when first drawn */
	size_t			 sel;
	size_t			 top;
	int			 sort;
	char			*search;
	char			*tag;		/* l: only articles so tagged */
	char			*list_query;	/* for n/N in the list */
	/* the article */
	struct ui_article	*art;
	size_t			 help_top;
	/* the claims view: T (the article's) or C (all) */
	struct ui_claims	*claims;
	int			 claims_back;	/* the view it returns to */
	/* undo and redo: actions [0, undo_pos) are done */
	struct ui_undo		*undo;
	size_t			 nundo;
	size_t			 undo_pos;
	/* the status line */
	char			 msg[256];
	int			 msg_error;
};

/* A menu under a prompt: what ui_prompt_menu offers to pick from. */
struct ui_menu {
	const char	**items;	/* in the order shown */
	const char	**notes;	/* shown beside each, or NULL */
	size_t		  n;
	int		  pick;		/* Enter takes the first match */
	const char	 *create;	/* the row that makes a new item */
};

/* config.c */
int		 config_load(const char *, char **);

/* keys.c */
int		 keys_action(int, int);
int		 keys_bind(const char *, const char *, const char *, char **);
const char	*keys_action_name(int);
const struct key_binding *keys_list(size_t *, const struct key_binding **,
		     size_t *);

/* ui.c */
int		 ui_attr(enum ui_colour);
int		 ui_set_colour(const char *, const char *, const char *,
		     const char *, char **);
void		 ui_message(struct ui *, int, const char *, ...)
		     __attribute__((format(printf, 3, 4)));
char		*ui_prompt(struct ui *, const char *, const char *);
char		*ui_prompt_menu(struct ui *, const char *, const char *,
		     const struct ui_menu *);
char		*ui_pick_tag(struct ui *, const char *, int);
int		 ui_text(int, int, const char *, size_t, int, int);
int		 ui_cut(int, int, const char *, int, int);
void		 ui_status(struct ui *, const char *);

/* ui-list.c */
int		 ui_list_load(struct ui *);
void		 ui_list_draw(struct ui *);
void		 ui_list_key(struct ui *, int);
void		 ui_list_free(struct ui *);

/* ui-article.c */
int		 ui_article_open(struct ui *, size_t);
void		 ui_article_draw(struct ui *);
void		 ui_article_key(struct ui *, int);
void		 ui_article_resize(struct ui *);
void		 ui_article_close(struct ui *);

/* ui-claims.c */
int		 ui_claims_open(struct ui *, int64_t);
void		 ui_claims_draw(struct ui *);
void		 ui_claims_key(struct ui *, int);
void		 ui_claims_close(struct ui *);

/* ui-undo (in ui-article.c) */
void		 ui_undo_begin(struct ui *, struct ui_undo *, int64_t);
void		 ui_undo_end(struct ui *, struct ui_undo *, int64_t,
		     const char *, ...) __attribute__((format(printf, 4, 5)));
void		 ui_undo_step(struct ui *, int);
void		 ui_undo_free(struct ui *);
void		 ui_refresh_item(struct ui *, int64_t);
int		 ui_article_goto_claim(struct ui *, int64_t, size_t);

/* ui-help.c */
void		 ui_help_draw(struct ui *);
void		 ui_help_key(struct ui *, int);

#endif /* UI_H */
