/*
 * ui.h: what the reader's files (ui*.c, keys.c) share.  Only these files
 * include curses; the model they draw is in sift.h.
 */

#ifndef UI_H
#define UI_H

#include <wchar.h>

#include "undo.h"

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
	ACTION_ALL_CLAIMS, ACTION_SELECT, ACTION_LIMIT_ANNOTATOR,
	ACTION_NEXT_DISAGREEMENT
};

struct key_binding {
	int		 views;
	int		 key;
	int		 action;
	const char	*keyname;
	const char	*help;
};

/* The help's lines for what is not in the key table: a prompt, the mouse. */
#define KEYS_PROMPT	1
#define KEYS_MOUSE	2
#define KEYS_PATTERN	3
struct key_note {
	int		 kind;
	const char	*keyname;
	const char	*help;
};

/* The colours and attributes, declared once. */
enum ui_colour {
	COLOUR_NORMAL, COLOUR_TITLE, COLOUR_META, COLOUR_SELECTED,
	COLOUR_STATUS, COLOUR_HIDDEN, COLOUR_MATCH, COLOUR_UNREAD,
	COLOUR_ERROR, COLOUR_CLAIM, COLOUR_CLAIM_OTHER, COLOUR_COUNT
};

struct ui;
struct ui_article;
struct ui_claims;
struct ui_prompt;

/* What a view is opened on. */
struct ui_arg {
	size_t		 index;		/* the article: its row in the list */
	int64_t		 article;	/* claims: of this article, 0 all */
	int		 has_at;	/* the article: the claim cursor */
	size_t		 at;		/* on the sentence at this byte */
};

/*
 * A view: a table of what it does.  Its state is in struct ui (the list's
 * fields, art, claims, help_top).  Views open each other by id through
 * the stack in ui-view.c, never by calling each other; the frame (ui.c)
 * draws the top view, passes it the keys, and tells every view of a
 * resize; a change to an article's claims reaches each view's changed.
 */
/* What the mouse did, for a view's mouse function. */
enum ui_mouse {
	MOUSE_WHEEL_UP, MOUSE_WHEEL_DOWN, MOUSE_CLICK, MOUSE_DOUBLE
};
/* Rows a turn of the wheel scrolls. */
#define UI_WHEEL_ROWS	3
/* Two clicks on one row within this many ms are a double click. */
#define UI_DOUBLE_MS	400

struct ui_view {
	int	 id;		/* VIEW_*: whose keys it takes */
	int	(*open)(struct ui *, const struct ui_arg *);
	void	(*draw)(struct ui *);
	void	(*key)(struct ui *, int);
	/* the mouse at screen row y, column x */
	void	(*mouse)(struct ui *, enum ui_mouse, int, int);
	void	(*resize)(struct ui *);
	void	(*changed)(struct ui *, int64_t);
	void	(*close)(struct ui *);
};
#define UI_STACK	8
/* Idle this long (ms), the reader looks for other processes' changes. */
#define UI_IDLE_MS	1000
#define UI_LOAD_MS	10	/* the wait for a key while the ids load */

/* A prompt's extra words for the function that takes its answer. */
struct ui_ask {
	int64_t		 id;
	int		 what;
};
/* The answer: the NFC text, the callee's to free; NULL when cancelled. */
typedef void	(*ui_answer_cb)(struct ui *, char *, const struct ui_ask *);

struct ui {
	struct store		*store;
	const struct ui_view	*const *views;	/* all there are */
	size_t			 nviews;
	const struct ui_view	*stack[UI_STACK];
	size_t			 depth;
	int			 started;	/* curses is on */
	int			 quit;
	/* the list */
	int64_t			*ids;
	size_t			 nids;
	struct store_item	*items;		/* loaded when first drawn */
	size_t			*loaded;	/* which, to free only them */
	size_t			 first;		/* all there are while only a
						   first screen is loaded */
	struct ui_loader	*loader;	/* reading the rest (ui-load.c) */
	size_t			 nloaded;
	size_t			 sel;
	size_t			 top;
	int			 sort;
	char			*search;
	char			*limit;		/* l: the pattern, as typed */
	struct pattern		*where;		/* l: the pattern */
	struct pattern		*search_where;	/* /: a search that is one */
	char			*list_query;	/* for n/N in the list */
	struct idset		*rule_ids;	/* what each colour rule matches */
	/* the article */
	struct ui_article	*art;
	size_t			 help_top;
	/* the claims view: T (the article's) or C (all) */
	struct ui_claims	*claims;
	/* the prompt open on the bottom row, or NULL */
	struct ui_prompt	*prompt;
	struct undo		 undo;
	/* the status line */
	char			 msg[256];
	int			 msg_error;
};

/* A menu under a prompt: what ui_ask offers to pick from. */
struct ui_menu {
	const char	**items;	/* in the order shown */
	const char	**notes;	/* shown beside each, or NULL */
	size_t		  n;
	int		  pick;		/* Enter takes the first match */
	const char	 *create;	/* the row that makes a new item */
};

/* config.c */
int		 config_load(const char *, char **);
int		 config_annotator(char **);


/* keys.c */
int		 keys_action(int, int);
int		 keys_bind(const char *, const char *, const char *, char **);
const char	*keys_action_name(int);
const struct key_note *keys_notes_list(size_t *);
const struct key_binding *keys_list(size_t *, const struct key_binding **,
		     size_t *);

/* ui-draw.c */
void		 ui_mouse_enable(int);
int		 ui_mouse_enabled(void);
void		 ui_colour_start(void);
int		 ui_attr(enum ui_colour);
int		 ui_add_rule(const char *, const char *, const char *,
		     const char *, char **);
int		 ui_colour_words_ok(const char *, const char *,
		     const char *);
size_t		 ui_rule_count(void);
const struct pattern *ui_rule_pattern(size_t);
int		 ui_rule_attr(size_t);
void		 ui_rules_free(void);
int		 ui_set_colour(const char *, const char *, const char *,
		     const char *, char **);
void		 ui_say_stderr(const char *);
void		 ui_message(struct ui *, int, const char *, ...)
		     __attribute__((format(printf, 3, 4)));
int		 ui_text(int, int, const char *, size_t, int, int);
int		 ui_cut(int, int, const char *, int, int);
size_t		 ui_byte_at(const char *, size_t, int);
void		 ui_status(struct ui *, const char *);

/* ui-prompt.c */
void		 ui_ask(struct ui *, const char *, const char *,
		     const struct ui_menu *, ui_answer_cb,
		     const struct ui_ask *);
void		 ui_ask_tag(struct ui *, const char *, int, ui_answer_cb,
		     const struct ui_ask *);
void		 ui_prompt_draw(struct ui *);
void		 ui_prompt_key(struct ui *, int, wint_t);
void		 ui_prompt_free(struct ui *);

/* ui-view.c */
const struct ui_view *ui_top(struct ui *);
int		 ui_open(struct ui *, int, const struct ui_arg *);
void		 ui_pop(struct ui *);
void		 ui_changed(struct ui *, int64_t);
void		 ui_undo(struct ui *, int);
void		 ui_undo_end(struct ui *, struct undo_action *, int64_t,
		     const char *, ...) __attribute__((format(printf, 4, 5)));

/* ui-list.c */
extern const struct ui_view ui_list_view;
int		 ui_list_load(struct ui *);
int		 ui_list_load_first(struct ui *);
void		 ui_list_take(struct ui *, int64_t *, size_t);

/* ui-load.c */
int		 ui_load_step(struct ui *);
int		 ui_load_key_ok(struct ui *, int, wint_t);
void		 ui_load_finish(struct ui *);
size_t		 ui_list_index(struct ui *, int64_t);

/* ui-article.c, ui-tag.c */
extern const struct ui_view ui_article_view;
void		 ui_tag_start(struct ui *);
void		 ui_tag_quick(struct ui *, int);
void		 ui_tag_edit(struct ui *, int);
void		 ui_tag_next_disagreement(struct ui *);

/* ui-claims.c */
extern const struct ui_view ui_claims_view;

/* ui-help.c */
extern const struct ui_view ui_help_view;

#endif /* UI_H */
