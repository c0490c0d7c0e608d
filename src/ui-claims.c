/*
 * ui-claims.c: the claims view.  T lists the claims of the open article,
 * C every claim in the store; l limits the list to a tag, a to an
 * annotator, and Enter goes to the claim, in its article, with the claim
 * cursor on it.  Orphaned claims (their quote is no longer in the text)
 * are listed too, marked; other annotators' claims show their name.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

struct ui_claims_row {
	int64_t		 id;
	int64_t		 article_id;
	int		 has_range;
	size_t		 start;
	char		*tags;
	char		*quote;
	char		*title;
	char		*claimant;
	char		*annotator;	/* NULL: the reader's own */
};

struct ui_claims {
	int64_t			 article;	/* 0: every article */
	char			*tag;		/* l: only claims so tagged */
	char			*annotator;	/* a: only claims by */
	char			**names;	/* the annotators there are */
	size_t			 nnames;
	struct ui_claims_row	*rows;
	size_t			 n;
	size_t			 sel;
	size_t			 top;
};

static char *
ui_claims_dup(const char *s)
{
	return (xstrdup(s != NULL ? s : ""));
}

static int
ui_claims_row_cb(const struct claim_row *r, void *arg)
{
	struct ui_claims	*c = arg;
	struct ui_claims_row	*row;
	const char		*who = r->s[CLAIM_ANNOTATOR] != NULL ?
				    r->s[CLAIM_ANNOTATOR] : "";
	size_t			 i;

	for (i = 0; i < c->nnames && strcmp(c->names[i], who) != 0; i++)
		continue;
	if (i == c->nnames) {
		c->names = xreallocarray(c->names, c->nnames + 1,
		    sizeof *c->names);
		c->names[c->nnames++] = xstrdup(who);
	}
	if (c->annotator != NULL && strcmp(c->annotator, who) != 0)
		return (0);
	c->rows = xreallocarray(c->rows, c->n + 1, sizeof *c->rows);
	row = &c->rows[c->n++];
	row->id = r->id;
	row->article_id = r->article_id;
	row->has_range = r->has_range;
	row->start = r->has_range ? (size_t)r->start : 0;
	row->tags = ui_claims_dup(r->s[CLAIM_TAGS]);
	row->quote = ui_claims_dup(r->s[CLAIM_QUOTE]);
	row->title = ui_claims_dup(r->s[CLAIM_TITLE]);
	row->claimant = r->s[CLAIM_CLAIMANT] != NULL ?
	    xstrdup(r->s[CLAIM_CLAIMANT]) : NULL;
	row->annotator = strcmp(who, claim_annotator()) != 0 ? xstrdup(who) :
	    NULL;
	return (0);
}

static void
ui_claims_clear(struct ui_claims *c)
{
	size_t	i;

	for (i = 0; i < c->n; i++) {
		free(c->rows[i].tags);
		free(c->rows[i].quote);
		free(c->rows[i].title);
		free(c->rows[i].claimant);
		free(c->rows[i].annotator);
	}
	for (i = 0; i < c->nnames; i++)
		free(c->names[i]);
	free(c->names);
	c->names = NULL;
	c->nnames = 0;
	free(c->rows);
	c->rows = NULL;
	c->n = c->sel = c->top = 0;
}

static int
ui_claims_load(struct ui *ui)
{
	struct ui_claims	*c = ui->claims;
	char			*cause;

	ui_claims_clear(c);
	if (store_claims(ui->store, c->tag, c->article, 0, ui_claims_row_cb, c,
	    &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return (-1);
	}
	return (0);
}

static void	ui_claims_close(struct ui *);

/* T (the article's id) or C (0): the claims, over the current view. */
static int
ui_claims_open(struct ui *ui, const struct ui_arg *arg)
{
	int64_t	article = arg->article;

	ui_claims_close(ui);
	ui->claims = xcalloc(1, sizeof *ui->claims);
	ui->claims->article = article;
	if (ui_claims_load(ui) != 0) {
		ui_claims_close(ui);
		return (-1);
	}
	if (ui->claims->n == 0)
		ui_message(ui, 0, "%s", article != 0 ?
		    _("no claims in this article: t tags one") :
		    _("no claims yet"));
	return (0);
}

static void
ui_claims_close(struct ui *ui)
{
	if (ui->claims == NULL)
		return;
	ui_claims_clear(ui->claims);
	free(ui->claims->tag);
	free(ui->claims->annotator);
	free(ui->claims);
	ui->claims = NULL;
}

static int
ui_claims_height(void)
{
	return (LINES - 2);	/* a header row and the status line */
}

static void
ui_claims_draw(struct ui *ui)
{
	struct ui_claims	*c = ui->claims;
	struct ui_claims_row	*r;
	char			 head[512], status[256], *quote, *p;
	size_t			 i, h = ui_claims_height();
	int			 y, x, attr, wtags, wtitle;

	if (c->sel < c->top)
		c->top = c->sel;
	if (c->sel >= c->top + h)
		c->top = c->sel - h + 1;
	snprintf(head, sizeof head, "%s%s%s%s%s", c->article != 0 ?
	    _("claims of this article") : _("all claims"), c->tag != NULL ?
	    _(", tagged ") : "", c->tag != NULL ? c->tag : "",
	    c->annotator != NULL ? _(", by ") : "", c->annotator != NULL ?
	    c->annotator : "");
	attron(ui_attr(COLOUR_TITLE));
	mvhline(0, 0, ' ', COLS);
	attroff(ui_attr(COLOUR_TITLE));
	ui_cut(0, 0, head, COLS, ui_attr(COLOUR_TITLE));
	wtags = COLS >= 60 ? 24 : COLS / 3;
	wtitle = c->article == 0 && COLS >= 100 ? 30 : 0;
	for (i = c->top, y = 1; i < c->n && (size_t)y <= h; i++, y++) {
		r = &c->rows[i];
		attr = i == c->sel ? ui_attr(COLOUR_SELECTED) :
		    ui_attr(COLOUR_NORMAL);
		if (i == c->sel) {
			attron(attr);
			mvhline(y, 0, ' ', COLS);
			attroff(attr);
		}
		ui_cut(y, 0, r->tags, wtags, attr);
		x = wtags + 1;
		quote = xasprintf("%s%s%s%s%s%s%s", r->has_range ? "" :
		    _("(orphaned) "), r->annotator != NULL ? "[" : "",
		    r->annotator != NULL ? r->annotator : "",
		    r->annotator != NULL ? "] " : "",
		    r->claimant != NULL ? r->claimant : "",
		    r->claimant != NULL ? ": " : "", r->quote);
		for (p = quote; *p != '\0'; p++)
			if (*p == '\n' || *p == '\t')
				*p = ' ';
		if (x < COLS)
			ui_cut(y, x, quote, COLS - x - (wtitle > 0 ? wtitle +
			    1 : 0), attr);
		free(quote);
		if (wtitle > 0)
			ui_cut(y, COLS - wtitle, r->title, wtitle, attr |
			    (i == c->sel ? 0 : ui_attr(COLOUR_META)));
	}
	snprintf(status, sizeof status, _("%zu/%zu  Enter: go to the claim  "
	    "l: limit to a tag  a: to an annotator  q: back"), c->n == 0 ? 0 :
	    c->sel + 1, c->n);
	ui_status(ui, status);
}

/*
 * The answer to l (ask->what ACTION_LIMIT: a tag) or a (an annotator):
 * the claims of that one, or (empty) of all.
 */
static void
ui_claims_limited(struct ui *ui, char *name, const struct ui_ask *ask)
{
	struct ui_claims	*c = ui->claims;
	char			**field;

	if (name == NULL || c == NULL) {
		free(name);
		return;
	}
	field = ask->what == ACTION_LIMIT ? &c->tag : &c->annotator;
	free(*field);
	*field = *name != '\0' ? name : NULL;
	if (*field == NULL)
		free(name);
	ui_claims_load(ui);
	ui_message(ui, 0, ngettext("%zu claim", "%zu claims", c->n), c->n);
}

/* a: ask for an annotator, those with claims here offered. */
static void
ui_claims_ask_by(struct ui *ui)
{
	struct ui_claims	*c = ui->claims;
	struct ui_menu		 m;
	struct ui_ask		 ask;

	memset(&m, 0, sizeof m);
	m.items = (const char **)c->names;
	m.n = c->nnames;
	m.pick = 1;
	memset(&ask, 0, sizeof ask);
	ask.what = ACTION_LIMIT_ANNOTATOR;
	ui_ask(ui, _("limit to the annotator (empty: all): "), NULL, &m,
	    ui_claims_limited, &ask);
}

/* Enter: the claim, in its article, with the claim cursor on it. */
static void
ui_claims_go(struct ui *ui)
{
	struct ui_claims	*c = ui->claims;
	struct ui_arg		 arg;
	int64_t			 article;

	if (c->n == 0)
		return;
	if (!c->rows[c->sel].has_range) {
		ui_message(ui, 1, "%s", _("this claim is orphaned: its "
		    "quote is no longer in the article"));
		return;
	}
	article = c->rows[c->sel].article_id;
	memset(&arg, 0, sizeof arg);
	arg.has_at = 1;
	arg.at = c->rows[c->sel].start;
	ui_pop(ui);
	arg.index = ui_list_index(ui, article);
	if (arg.index == ui->nids || ui_open(ui, VIEW_ARTICLE, &arg) != 0)
		ui_message(ui, 1, _("article %lld is not in the store"),
		    (long long)article);
}

/* The claims of an article changed (undo): read them again. */
static void
ui_claims_changed(struct ui *ui, int64_t article)
{
	struct ui_claims	*c = ui->claims;
	size_t			 at;

	(void)article;
	if (c == NULL)
		return;
	at = c->sel;
	ui_claims_load(ui);
	c->sel = at < c->n ? at : c->n > 0 ? c->n - 1 : 0;
}

static void
ui_claims_key(struct ui *ui, int key)
{
	struct ui_claims	*c = ui->claims;
	size_t			 h = ui_claims_height() > 1 ?
				    (size_t)ui_claims_height() - 1 : 1;
	int			 action = keys_action(VIEW_CLAIMS, key);
	struct ui_ask		 ask;

	switch (action) {
	case ACTION_QUIT:
		ui_pop(ui);
		break;
	case ACTION_DOWN:
		if (c->sel + 1 < c->n)
			c->sel++;
		break;
	case ACTION_UP:
		if (c->sel > 0)
			c->sel--;
		break;
	case ACTION_PGDN:
		c->sel = c->sel + h < c->n ? c->sel + h : c->n > 0 ?
		    c->n - 1 : 0;
		break;
	case ACTION_PGUP:
		c->sel = c->sel > h ? c->sel - h : 0;
		break;
	case ACTION_TOP:
		c->sel = 0;
		break;
	case ACTION_BOTTOM:
		c->sel = c->n > 0 ? c->n - 1 : 0;
		break;
	case ACTION_LIMIT:
		memset(&ask, 0, sizeof ask);
		ask.what = ACTION_LIMIT;
		ui_ask_tag(ui, _("limit to the tag (empty: all): "), 0,
		    ui_claims_limited, &ask);
		break;
	case ACTION_LIMIT_ANNOTATOR:
		ui_claims_ask_by(ui);
		break;
	case ACTION_UNDO:
	case ACTION_REDO:
		ui_undo(ui, action == ACTION_UNDO ? -1 : 1);
		break;
	case ACTION_OPEN:
		ui_claims_go(ui);
		break;
	}
}

/* The mouse: the wheel scrolls, a click selects, a double click goes. */
static void
ui_claims_mouse(struct ui *ui, enum ui_mouse what, int y, int x)
{
	struct ui_claims	*c = ui->claims;
	size_t			 h = ui_claims_height(), last;

	(void)x;
	last = c->n > h ? c->n - h : 0;
	switch (what) {
	case MOUSE_WHEEL_UP:
	case MOUSE_WHEEL_DOWN:
		if (what == MOUSE_WHEEL_UP)
			c->top = c->top > UI_WHEEL_ROWS ? c->top -
			    UI_WHEEL_ROWS : 0;
		else
			c->top = c->top + UI_WHEEL_ROWS < last ? c->top +
			    UI_WHEEL_ROWS : last;
		if (c->sel < c->top)
			c->sel = c->top;
		if (c->sel >= c->top + h)
			c->sel = c->top + h - 1;
		break;
	case MOUSE_CLICK:
	case MOUSE_DOUBLE:
		if (y < 1 || (size_t)y > h || c->top + y - 1 >= c->n)
			return;
		c->sel = c->top + y - 1;
		if (what == MOUSE_DOUBLE)
			ui_claims_go(ui);
		break;
	}
}

const struct ui_view ui_claims_view = {
	.id = VIEW_CLAIMS,
	.open = ui_claims_open,
	.draw = ui_claims_draw,
	.key = ui_claims_key,
	.mouse = ui_claims_mouse,
	.changed = ui_claims_changed,
	.close = ui_claims_close,
};
