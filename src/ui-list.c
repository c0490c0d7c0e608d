/*
 * ui-list.c: the list view.  It holds only the ids of the articles in the
 * current order and search; a row's date, source, language and title are
 * read from the store when the row is first drawn, so a store of any size
 * opens at once and scrolls without loading text.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

static int
ui_list_collect(const struct store_row *r, void *arg)
{
	struct ui	*ui = arg;

	if ((ui->nids & (ui->nids + 1)) == 0 || ui->nids == 0)
		ui->ids = xreallocarray(ui->ids, ui->nids * 2 + 16,
		    sizeof *ui->ids);
	ui->ids[ui->nids++] = r->id;
	return (0);
}

static void
ui_list_free(struct ui *ui)
{
	size_t	i;

	/* not every item: their pages were never touched (at a million
	 * articles, freeing them all faulted in 64 MB) */
	for (i = 0; i < ui->nloaded; i++)
		store_item_free(&ui->items[ui->loaded[i]]);
	free(ui->loaded);
	ui->loaded = NULL;
	ui->nloaded = 0;
	free(ui->items);
	free(ui->ids);
	ui->items = NULL;
	ui->ids = NULL;
	ui->nids = 0;
	for (i = 0; ui->rule_ids != NULL && i < ui_rule_count(); i++)
		idset_free(&ui->rule_ids[i]);
	free(ui->rule_ids);
	ui->rule_ids = NULL;
}

/* The articles each colour rule of the configuration file matches. */
static void
ui_list_rules(struct ui *ui)
{
	size_t	 i, n = ui_rule_count();
	char	*cause;

	if (n == 0)
		return;
	ui->rule_ids = xcalloc(n, sizeof *ui->rule_ids);
	for (i = 0; i < n; i++) {
		if (store_match_ids(ui->store, ui_rule_pattern(i),
		    &ui->rule_ids[i], &cause) != 0) {
			ui_message(ui, 1, "%s", cause);
			free(cause);
		}
	}
}

/* A row's attribute: the first colour rule that matches it, else its own. */
static int
ui_list_row_attr(struct ui *ui, const struct store_item *it)
{
	size_t	i;

	for (i = 0; ui->rule_ids != NULL && i < ui_rule_count(); i++)
		if (idset_has(&ui->rule_ids[i], it->id))
			return (ui_rule_attr(i) | (!it->read ? A_BOLD : 0));
	return (!it->read ? ui_attr(COLOUR_UNREAD) : ui_attr(COLOUR_NORMAL));
}

/*
 * At start, only the first screen: it paints before the ids of a million
 * articles are read (a quarter of a second), which ui_list_load then
 * reads, after the paint and before the first key.  The status line
 * counts them all meanwhile.
 */
int
ui_list_load_first(struct ui *ui)
{
	struct store_query	 q;
	char			*cause;
	int64_t			 n;

	if ((n = store_count(ui->store)) < 0)
		return (ui_list_load(ui));
	memset(&q, 0, sizeof q);
	q.sort = ui->sort;
	q.ids_only = 1;
	q.limit = 500;		/* rows: more than a screen has */
	if (store_list(ui->store, &q, ui_list_collect, ui, &cause) != 0) {
		free(cause);
		ui_list_free(ui);
		return (ui_list_load(ui));
	}
	ui->items = xcalloc(ui->nids + 1, sizeof *ui->items);
	/* all of them already: nothing more to read */
	ui->first = (size_t)n > ui->nids ? (size_t)n : 0;
	return (0);
}

/*
 * The ids of all the articles, read after the first screen (ui-load.c):
 * the list's now, the cursor and the rows above it as they were.
 */
void
ui_list_take(struct ui *ui, int64_t *ids, size_t n)
{
	int64_t	 keep = ui->sel < ui->nids ? ui->ids[ui->sel] : 0;
	size_t	 above = ui->sel - ui->top, i;

	ui_list_free(ui);
	ui->first = 0;
	ui->ids = ids;
	ui->nids = n;
	ui->items = xcalloc(ui->nids + 1, sizeof *ui->items);
	ui_list_rules(ui);
	ui->sel = 0;
	for (i = 0; keep != 0 && i < ui->nids; i++)
		if (ui->ids[i] == keep) {
			ui->sel = i;
			break;
		}
	ui->top = ui->sel >= above ? ui->sel - above : 0;
}

/* (Re)load the ids for the current sort and search. */
int
ui_list_load(struct ui *ui)
{
	struct store_query	 q;
	struct pattern		 both;
	char			*cause;
	int64_t			 keep = 0;

	if (ui->ids != NULL && ui->sel < ui->nids)
		keep = ui->ids[ui->sel];
	ui_list_free(ui);
	ui->first = 0;
	memset(&q, 0, sizeof q);
	memset(&both, 0, sizeof both);
	q.search = ui->search_where == NULL ? ui->search : NULL;
	q.where = ui->where != NULL ? ui->where : ui->search_where;
	if (ui->where != NULL && ui->search_where != NULL) {
		both.op = PATTERN_AND;
		both.l = ui->where;
		both.r = ui->search_where;
		q.where = &both;
	}
	q.sort = ui->sort;
	q.ids_only = 1;
	if (store_list(ui->store, &q, ui_list_collect, ui, &cause) != 0) {
		if (ui->started)
			ui_message(ui, 1, "%s", cause);
		else
			ui_say_stderr(cause);
		free(cause);
		return (-1);
	}
	ui->items = xcalloc(ui->nids + 1, sizeof *ui->items);
	ui->sel = ui->top = 0;
	ui_list_rules(ui);
	for (size_t i = 0; keep != 0 && i < ui->nids; i++)
		if (ui->ids[i] == keep)
			ui->sel = i;
	return (0);
}

static struct store_item *
ui_list_item(struct ui *ui, size_t i)
{
	if (ui->items[i].id == 0) {
		if ((ui->nloaded & (ui->nloaded + 1)) == 0)
			ui->loaded = xreallocarray(ui->loaded,
			    ui->nloaded * 2 + 16, sizeof *ui->loaded);
		ui->loaded[ui->nloaded++] = i;
		store_get_item(ui->store, ui->ids[i], &ui->items[i]);
	}
	return (&ui->items[i]);
}

static int
ui_list_height(void)
{
	return (LINES - 2);	/* a header row and the status line */
}

static void
ui_list_scroll(struct ui *ui)
{
	size_t	h = ui_list_height();

	if (ui->sel < ui->top)
		ui->top = ui->sel;
	if (ui->sel >= ui->top + h)
		ui->top = ui->sel - h + 1;
}

static void
ui_list_draw(struct ui *ui)
{
	static const char	*sorts[] = { N_("date"), N_("source"),
				    N_("title") };
	struct store_item	*it;
	char			 status[256], title[256], count[8];
	size_t			 i, h = ui_list_height();
	int			 y, x, attr, wsrc;

	ui_list_scroll(ui);
	attron(ui_attr(COLOUR_TITLE));
	mvhline(0, 0, ' ', COLS);
	if (ui->limit != NULL)
		snprintf(title, sizeof title, _("sift: limit %s%s%s"),
		    ui->limit, ui->search != NULL ? "  / " : "",
		    ui->search != NULL ? ui->search : "");
	else
		snprintf(title, sizeof title, "%s", ui->search != NULL ?
		    ui->search : _("sift: all articles"));
	ui_cut(0, 0, title, COLS, ui_attr(COLOUR_TITLE));
	attroff(ui_attr(COLOUR_TITLE));
	wsrc = COLS >= 80 ? 14 : COLS >= 50 ? 10 : 0;
	for (i = ui->top, y = 1; i < ui->nids && (size_t)y <= h; i++, y++) {
		it = ui_list_item(ui, i);
		attr = i == ui->sel ? ui_attr(COLOUR_SELECTED) :
		    ui_list_row_attr(ui, it);
		if (i == ui->sel) {
			attron(attr);
			mvhline(y, 0, ' ', COLS);
			attroff(attr);
		}
		/* the flags: N unread, D done; a space before the date */
		mvaddstr(y, 0, it->read ? " " : "N");
		if (it->done)
			mvaddstr(y, 1, "D");
		x = 3;
		if (COLS >= 40) {
			if (it->published != NULL)
				ui_text(y, x, it->published,
				    strnlen(it->published, 10), 0, attr);
			x += 11;
		}
		if (wsrc > 0) {
			ui_cut(y, x, it->source != NULL ? it->source : "",
			    wsrc, attr);
			x += wsrc + 1;
			ui_cut(y, x, it->lang != NULL ? it->lang : "", 7, attr);
			x += 8;
			if (it->claims > 0) {
				snprintf(count, sizeof count, "%3d",
				    it->claims > 999 ? 999 : it->claims);
				ui_text(y, x, count, strlen(count), 0, attr);
			}
			x += 4;
		}
		if (x < COLS)
			ui_cut(y, x, it->title != NULL ? it->title : "",
			    COLS - x, attr);
	}
	if (ui->nids == 0)
		ui_cut(2, 2, ui->search != NULL ? _("nothing matches") :
		    _("no articles: sift import FILE... to add some"), COLS - 2,
		    A_NORMAL);
	snprintf(status, sizeof status, _("%zu/%zu  sort: %s  ? help"),
	    ui->nids == 0 ? 0 : ui->sel + 1, ui->first != 0 ? ui->first :
	    ui->nids, _(sorts[ui->sort]));
	ui_status(ui, status);
}

/* Move the selection to the next row whose title contains the query. */
static void
ui_list_find(struct ui *ui, int dir)
{
	struct store_item	*it;
	size_t			 i, n = ui->nids, qlen, flen, *map;
	char			*q, *f;

	if (ui->list_query == NULL || n == 0) {
		ui_message(ui, 1, "%s", _("no search"));
		return;
	}
	q = text_fold(ui->list_query, strlen(ui->list_query), &qlen, &map);
	free(map);
	for (i = 1; i <= n; i++) {
		it = ui_list_item(ui, (ui->sel + (dir > 0 ? i : n - i)) % n);
		f = text_fold(it->title != NULL ? it->title : "",
		    it->title != NULL ? strlen(it->title) : 0, &flen, &map);
		free(map);
		if (memmem(f, flen, q, qlen) != NULL) {
			ui->sel = (ui->sel + (dir > 0 ? i : n - i)) % n;
			free(f);
			free(q);
			return;
		}
		free(f);
	}
	free(q);
	ui_message(ui, 0, "%s", _("no other title matches"));
}

/* The answer to /: search the store. */
/* A search or limit that is a pattern: it starts with ~, ! or (. */
static int
ui_list_is_pattern(const char *q)
{
	q += strspn(q, " \t");
	return (*q == '~' || *q == '!' || *q == '(');
}

/* Drop the search, the limit or both (q, as in mutt, leaves them). */
static void
ui_list_unlimit(struct ui *ui, int search, int limit)
{
	if (search) {
		free(ui->search);
		ui->search = NULL;
		pattern_free(ui->search_where);
		ui->search_where = NULL;
	}
	if (limit) {
		free(ui->limit);
		ui->limit = NULL;
		pattern_free(ui->where);
		ui->where = NULL;
	}
}

static void
ui_list_searched(struct ui *ui, char *q, const struct ui_ask *ask)
{
	struct pattern	*p = NULL;
	char		*cause;

	(void)ask;
	if (q == NULL)
		return;
	if (ui_list_is_pattern(q) && (p = pattern_parse(q, &cause)) == NULL) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		free(q);
		return;
	}
	ui_list_unlimit(ui, 1, 0);
	if (strspn(q, " \t\"") != strlen(q)) {
		ui->search = q;
		ui->search_where = p;
		free(ui->list_query);
		ui->list_query = p == NULL ? xstrdup(q) : NULL;
	} else
		free(q);
	ui_list_load(ui);
	if (ui->search != NULL)
		ui_message(ui, 0, ngettext("%zu article matches",
		    "%zu articles match", ui->nids), ui->nids);
}

/* The answer to l: only the articles the pattern matches; none: all. */
static void
ui_list_limited(struct ui *ui, char *q, const struct ui_ask *ask)
{
	struct pattern	*p = NULL;
	char		*cause;

	(void)ask;
	if (q == NULL)
		return;
	if (strspn(q, " \t") != strlen(q) &&
	    (p = pattern_parse(q, &cause)) == NULL) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		free(q);
		return;
	}
	ui_list_unlimit(ui, 0, 1);
	if (p != NULL) {
		ui->limit = q;
		ui->where = p;
	} else
		free(q);
	ui_list_load(ui);
	if (ui->limit != NULL)
		ui_message(ui, 0, ngettext("%zu article matches %s",
		    "%zu articles match %s", ui->nids), ui->nids, ui->limit);
	else
		ui_message(ui, 0, _("no limit: every article"));
}

/* The answer to d: y removes the article (its claims kept, orphaned). */
static void
ui_list_removed(struct ui *ui, char *answer, const struct ui_ask *ask)
{
	enum remove_result	 res;
	int64_t			 claims;
	char			*cause;

	if (answer == NULL || (*answer != 'y' && *answer != 'Y')) {
		if (answer != NULL)
			ui_message(ui, 0, _("not removed"));
		free(answer);
		return;
	}
	free(answer);
	if (article_remove(ui->store, ask->id, 1, &res, &claims,
	    &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	ui_changed(ui, 0);
	if (res == REMOVE_KEPT_CLAIMS)
		ui_message(ui, 0, ngettext("article %lld removed; its claim "
		    "is kept, orphaned", "article %lld removed; its %lld "
		    "claims are kept, orphaned", claims), (long long)ask->id,
		    (long long)claims);
	else
		ui_message(ui, 0, _("article %lld removed"),
		    (long long)ask->id);
}

/* d: remove the selected article, once the reader says yes. */
static void
ui_list_remove(struct ui *ui)
{
	struct ui_ask	 ask;
	int64_t		 n;
	char		*q;

	if (ui->nids == 0)
		return;
	memset(&ask, 0, sizeof ask);
	ask.id = ui->ids[ui->sel];
	if ((n = store_live_claims(ui->store, ask.id)) > 0)
		q = xasprintf(ngettext("remove %lld, keeping its claim? y/N ",
		    "remove %lld, keeping its %lld claims? y/N ", n),
		    (long long)ask.id, (long long)n);
	else
		q = xasprintf(_("remove article %lld? y/N "),
		    (long long)ask.id);
	ui_ask(ui, q, NULL, NULL, ui_list_removed, &ask);
	free(q);
}

/* D: the selected article done, or not. */
static void
ui_list_done(struct ui *ui)
{
	struct store_item	*it;
	char			*cause;

	if (ui->nids == 0)
		return;
	it = ui_list_item(ui, ui->sel);
	/* done means read (the manual): marking done marks read too */
	if (store_set_done(ui->store, it->id, !it->done, &cause) != 0 ||
	    (!it->done && !it->read && store_set_read(ui->store, it->id,
	    &cause) != 0)) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	if (!it->done)
		it->read = 1;
	it->done = !it->done;
	ui_message(ui, 0, "%s", it->done ? _("article done") :
	    _("article not done"));
}

static void
ui_list_key(struct ui *ui, int key)
{
	struct ui_arg	arg;
	size_t		h = ui_list_height();
	int		action = keys_action(VIEW_LIST, key);

	memset(&arg, 0, sizeof arg);
	switch (action) {
	case ACTION_QUIT:
		if (ui->search != NULL || ui->limit != NULL) {
			/* q leaves a search or a limit first, as in mutt */
			ui_list_unlimit(ui, 1, 1);
			ui_list_load(ui);
		} else
			ui->quit = 1;
		break;
	case ACTION_DOWN:
		if (ui->sel + 1 < ui->nids)
			ui->sel++;
		break;
	case ACTION_UP:
		if (ui->sel > 0)
			ui->sel--;
		break;
	case ACTION_PGDN:
		ui->sel = ui->sel + h < ui->nids ? ui->sel + h :
		    ui->nids > 0 ? ui->nids - 1 : 0;
		ui->top = ui->sel >= h ? ui->top + h : 0;
		break;
	case ACTION_PGUP:
		ui->sel = ui->sel > h ? ui->sel - h : 0;
		ui->top = ui->top > h ? ui->top - h : 0;
		break;
	case ACTION_TOP:
		ui->sel = 0;
		break;
	case ACTION_BOTTOM:
		ui->sel = ui->nids > 0 ? ui->nids - 1 : 0;
		break;
	case ACTION_OPEN:
		arg.index = ui->sel;
		if (ui->nids > 0)
			ui_open(ui, VIEW_ARTICLE, &arg);
		break;
	case ACTION_SEARCH:
		ui_ask(ui, _("search the store: "), NULL, NULL,
		    ui_list_searched, NULL);
		break;
	case ACTION_NEXT:
	case ACTION_PREV:
		ui_list_find(ui, action == ACTION_NEXT ? 1 : -1);
		break;
	case ACTION_SORT:
		ui->sort = (ui->sort + 1) % 3;
		ui_list_load(ui);
		break;
	case ACTION_DONE:
		ui_list_done(ui);
		break;
	case ACTION_DELETE:
		ui_list_remove(ui);
		break;
	case ACTION_ALL_CLAIMS:
		ui_open(ui, VIEW_CLAIMS, &arg);
		break;
	case ACTION_UNDO:
	case ACTION_REDO:
		ui_undo(ui, action == ACTION_UNDO ? -1 : 1);
		break;
	case ACTION_LIMIT:
		ui_ask(ui, _("limit (~t ~s ~l ~d ~U !~C; Enter: all): "),
		    NULL, NULL, ui_list_limited, NULL);
		break;
	}
}

/*
 * The mouse: the wheel scrolls the rows (the cursor stays on the screen),
 * a click selects a row, a double click opens its article.
 */
static void
ui_list_mouse(struct ui *ui, enum ui_mouse what, int y, int x)
{
	struct ui_arg	arg;
	size_t		h = ui_list_height(), last;

	(void)x;
	last = ui->nids > h ? ui->nids - h : 0;
	switch (what) {
	case MOUSE_WHEEL_UP:
	case MOUSE_WHEEL_DOWN:
		if (what == MOUSE_WHEEL_UP)
			ui->top = ui->top > UI_WHEEL_ROWS ? ui->top -
			    UI_WHEEL_ROWS : 0;
		else
			ui->top = ui->top + UI_WHEEL_ROWS < last ? ui->top +
			    UI_WHEEL_ROWS : last;
		if (ui->sel < ui->top)
			ui->sel = ui->top;
		if (ui->sel >= ui->top + h)
			ui->sel = ui->top + h - 1;
		break;
	case MOUSE_CLICK:
	case MOUSE_DOUBLE:
		if (y < 1 || (size_t)y > h || ui->top + y - 1 >= ui->nids)
			return;
		ui->sel = ui->top + y - 1;
		if (what == MOUSE_DOUBLE) {
			memset(&arg, 0, sizeof arg);
			arg.index = ui->sel;
			ui_open(ui, VIEW_ARTICLE, &arg);
		}
		break;
	}
}

/*
 * The row of an article in the list; the list loses its search and
 * limit when they hide it.  nids when it is not in the store.
 */
size_t
ui_list_index(struct ui *ui, int64_t id)
{
	size_t	i;

	for (i = 0; i < ui->nids && ui->ids[i] != id; i++)
		/* nothing */;
	if (i == ui->nids && (ui->search != NULL || ui->limit != NULL)) {
		ui_list_unlimit(ui, 1, 1);
		ui_list_load(ui);
		for (i = 0; i < ui->nids && ui->ids[i] != id; i++)
			/* nothing */;
	}
	return (i);
}

/*
 * An article's claims changed: its row's claim count and marks again.
 * 0: another process changed the store; the list is read again, the
 * cursor staying on its article and the rows where they were.
 */
static void
ui_list_changed(struct ui *ui, int64_t id)
{
	size_t	i, row = ui->sel >= ui->top ? ui->sel - ui->top : 0;
	size_t	h = ui_list_height();

	if (id == 0) {
		ui_list_load(ui);
		/* the cursor on the same screen row, as far as it can be
		 * with no blank rows at the end */
		ui->top = ui->sel >= row ? ui->sel - row : 0;
		if (ui->top + h > ui->nids)
			ui->top = ui->nids > h ? ui->nids - h : 0;
		return;
	}
	if (ui->items == NULL)
		return;
	for (i = 0; i < ui->nids; i++)
		if (ui->ids[i] == id) {
			if (ui->items[i].id != 0) {	/* loaded */
				store_item_free(&ui->items[i]);
				store_get_item(ui->store, id, &ui->items[i]);
			}
			return;
		}
}

static void
ui_list_close(struct ui *ui)
{
	ui_list_free(ui);
	ui_list_unlimit(ui, 1, 1);
	free(ui->list_query);
	ui->list_query = NULL;
}

const struct ui_view ui_list_view = {
	.id = VIEW_LIST,
	.draw = ui_list_draw,
	.key = ui_list_key,
	.mouse = ui_list_mouse,
	.changed = ui_list_changed,
	.close = ui_list_close,
};
