/*
 * ui-prompt.c: the line read on the bottom row, with or without a menu
 * of items above it.  A prompt is state, not a loop: ui_ask opens it,
 * the frame's one loop feeds it keys (ui_prompt_key) and draws it over
 * the view (ui_prompt_draw), so a resize or a redraw while it is open
 * takes the same path as any other.  When it is answered or cancelled it
 * closes and calls the function it was opened with.
 *
 * Editing is full UTF-8 at a cursor that moves by grapheme cluster:
 * Left and Right (^B, ^F), Home and End (^A, ^E); Backspace deletes the
 * cluster before it, Delete (^D) the one under it, ^U what is before it,
 * ^K what is after it.  The terminal's cursor is at the insertion point
 * (where an input method shows its preedit); a CJK character is two
 * columns.  With a menu, the items that hold the typed text show above
 * it: Up and Down (^P, ^N) move the highlight, Tab completes to it, and
 * Enter takes it, or the typed text when nothing is highlighted (in a
 * picking menu the first match is, once something is typed, and a last
 * row offers to create the typed text).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>
#include <unigbrk.h>
#include <unistr.h>

#include "sift.h"
#include "ui.h"

struct ui_prompt {
	char		*label;
	struct buf	 b;
	size_t		 cur;		/* the cursor: a byte offset in b */
	ui_answer_cb	 cb;
	struct ui_ask	 ask;
	/* the menu, when there is one: copies, the prompt's own */
	int		 has_menu;
	char		**items;
	char		**notes;
	size_t		 n;
	int		 pick;
	char		*create;
	char		**folds;	/* the items case- and width-folded */
	size_t		*flens;
	int		*widths;	/* the items' columns (CJK: 2 each) */
	size_t		*match;		/* the items shown, in order */
	size_t		 nmatch;
	long		 hl;		/* the highlighted row, or -1 */
	int		 create_row;	/* the last row creates the typed */
	int		 changed;	/* typed text changed: filter again */
};

static const char *
ui_prompt_typed(const struct ui_prompt *p)
{
	return (p->b.data != NULL ? p->b.data : "");
}

/*
 * The grapheme cluster boundary before (dir -1) or after (dir 1) byte
 * offset at of s: where Left, Right, Backspace and Delete go.
 */
static size_t
ui_cluster_step(const char *s, size_t n, size_t at, int dir)
{
	char	*brk;
	size_t	 i;

	if (n == 0 || (dir < 0 && at == 0) || (dir > 0 && at >= n))
		return (at);
	brk = xmalloc(n);
	u8_grapheme_breaks((const uint8_t *)s, n, brk);
	if (dir < 0)
		for (i = at - 1; i > 0 && !brk[i]; i--)
			/* nothing */;
	else
		for (i = at + 1; i < n && !brk[i]; i++)
			/* nothing */;
	free(brk);
	return (i);
}

/* Delete bytes [from, to) of the typed text; the cursor at from. */
static void
ui_prompt_cut(struct ui_prompt *p, size_t from, size_t to)
{
	if (to <= from)
		return;
	memmove(p->b.data + from, p->b.data + to, p->b.len - to);
	p->b.len -= to - from;
	p->b.data[p->b.len] = '\0';
	p->cur = from;
	p->changed = 1;
}

/*
 * Which items show for the typed text (case- and width-folded): the one
 * that is the typed text first, then those that start with it, then the
 * others that hold it, each in the menu's order; then the highlight.
 */
static void
ui_prompt_filter(struct ui_prompt *p)
{
	const char	*hit;
	char		*t;
	size_t		 i, len, *map;
	int		 pass, rank;

	p->nmatch = 0;
	t = text_fold(ui_prompt_typed(p), p->b.len, &len, &map);
	free(map);
	for (pass = 0; pass < 3; pass++)
		for (i = 0; i < p->n; i++) {
			hit = len == 0 ? p->folds[i] : memmem(p->folds[i],
			    p->flens[i], t, len);
			if (hit == NULL)
				continue;
			rank = hit != p->folds[i] ? 2 : p->flens[i] == len ?
			    0 : 1;
			if (rank == pass)
				p->match[p->nmatch++] = i;
		}
	free(t);
	p->create_row = p->create != NULL && p->b.len > 0;
	for (i = 0; p->create_row && i < p->nmatch; i++)
		if (strlen(p->items[p->match[i]]) == p->b.len &&
		    memcmp(p->items[p->match[i]], p->b.data, p->b.len) == 0)
			p->create_row = 0;
	/* picking: the first row once something is typed */
	p->hl = !p->pick || p->b.len == 0 ? -1 :
	    p->nmatch + p->create_row > 0 ? 0 : -1;
	p->changed = 0;
}

static char **
ui_prompt_copy(const char **v, size_t n)
{
	char	**out = xcalloc(n + 1, sizeof *out);
	size_t	  i;

	for (i = 0; v != NULL && i < n; i++)
		out[i] = v[i] != NULL ? xstrdup(v[i]) : NULL;
	return (out);
}

/*
 * Open a prompt on the bottom row (over any other), with a menu or NULL;
 * cb gets the answer, with a copy of ask.
 */
void
ui_ask(struct ui *ui, const char *label, const char *initial,
    const struct ui_menu *m, ui_answer_cb cb, const struct ui_ask *ask)
{
	struct ui_prompt	*p;
	struct buf		 scratch;
	size_t			 i, *map;

	ui_prompt_free(ui);
	buf_init(&scratch);
	p = xcalloc(1, sizeof *p);
	p->label = xstrdup(label);
	buf_init(&p->b);
	if (initial != NULL)
		buf_adds(&p->b, initial);
	p->cur = p->b.len;
	p->cb = cb;
	if (ask != NULL)
		p->ask = *ask;
	p->hl = -1;
	if (m != NULL) {
		p->has_menu = 1;
		p->n = m->n;
		p->items = ui_prompt_copy(m->items, m->n);
		p->notes = m->notes != NULL ? ui_prompt_copy(m->notes, m->n) :
		    NULL;
		p->pick = m->pick;
		p->create = m->create != NULL ? xstrdup(m->create) : NULL;
		p->folds = xcalloc(m->n + 1, sizeof *p->folds);
		p->flens = xcalloc(m->n + 1, sizeof *p->flens);
		p->match = xcalloc(m->n + 1, sizeof *p->match);
		p->widths = xcalloc(m->n + 1, sizeof *p->widths);
		for (i = 0; i < m->n; i++) {
			p->folds[i] = text_fold(p->items[i],
			    strlen(p->items[i]), &p->flens[i], &map);
			free(map);
			p->widths[i] = text_display(p->items[i],
			    strlen(p->items[i]), 0, 0, &scratch);
			scratch.len = 0;
		}
		buf_free(&scratch);
		p->changed = 1;
	}
	ui->prompt = p;
	ui->msg[0] = '\0';
	curs_set(1);
}

void
ui_prompt_free(struct ui *ui)
{
	struct ui_prompt	*p = ui->prompt;
	size_t			 i;

	if (p == NULL)
		return;
	for (i = 0; i < p->n; i++) {
		free(p->items[i]);
		if (p->notes != NULL)
			free(p->notes[i]);
		free(p->folds[i]);
	}
	free(p->items);
	free(p->notes);
	free(p->folds);
	free(p->flens);
	free(p->widths);
	free(p->match);
	free(p->create);
	free(p->label);
	buf_free(&p->b);
	free(p);
	ui->prompt = NULL;
	curs_set(0);
}

/*
 * Draw the menu's rows above the bottom row; the highlighted reversed.
 * The notes (a tag's quick key and description) start in one column,
 * after the widest item shown (in columns, up to half the screen).
 */
static void
ui_prompt_menu_draw(const struct ui_prompt *p)
{
	const char	*note;
	char		 row[512];
	size_t		 rows, i, first, k, total = p->nmatch + p->create_row;
	int		 y, attr, wi = 0;

	rows = LINES > 3 ? (size_t)LINES - 3 : 1;
	if (rows > 8)
		rows = 8;
	if (rows > total)
		rows = total;
	first = p->hl >= 0 && (size_t)p->hl >= rows ? (size_t)p->hl - rows +
	    1 : 0;
	for (i = 0; i < p->nmatch; i++)
		if (p->widths[p->match[i]] > wi)
			wi = p->widths[p->match[i]];
	if (wi > COLS / 2)
		wi = COLS / 2;
	for (i = 0; i < rows; i++) {
		y = LINES - 1 - (int)rows + (int)i;
		attr = (long)(first + i) == p->hl ? ui_attr(COLOUR_SELECTED) :
		    ui_attr(COLOUR_STATUS);
		attron(attr);
		mvhline(y, 0, ' ', COLS);
		attroff(attr);
		if (first + i < p->nmatch) {
			k = p->match[first + i];
			note = p->notes != NULL ? p->notes[k] : NULL;
			ui_cut(y, 1, p->items[k], wi, attr);
			if (note != NULL && wi + 4 < COLS)
				ui_cut(y, wi + 4, note, COLS - wi - 4, attr);
			continue;
		}
		snprintf(row, sizeof row, " %s%.*s", p->create,
		    (int)p->b.len, ui_prompt_typed(p));
		ui_cut(y, 0, row, COLS, attr);
	}
}

/* Draw the prompt (and its menu) over the view; the cursor in it. */
void
ui_prompt_draw(struct ui *ui)
{
	struct ui_prompt	*p = ui->prompt;
	int			 w, x;

	if (p->has_menu) {
		if (p->changed)
			ui_prompt_filter(p);
		ui_prompt_menu_draw(p);
	}
	move(LINES - 1, 0);
	clrtoeol();
	w = ui_cut(LINES - 1, 0, p->label, COLS / 2, ui_attr(COLOUR_NORMAL));
	x = w;
	if (p->b.len > 0) {
		/* before the cursor, then after it: the cursor between */
		x += ui_text(LINES - 1, w, p->b.data, p->cur, 0,
		    ui_attr(COLOUR_NORMAL));
		ui_text(LINES - 1, x, p->b.data + p->cur, p->b.len - p->cur,
		    x - w, ui_attr(COLOUR_NORMAL));
	}
	if (x >= COLS)
		x = COLS - 1;
	move(LINES - 1, x);
}

/* Close the prompt and hand its answer (NULL: cancelled) on. */
static void
ui_prompt_close(struct ui *ui, int answered)
{
	struct ui_prompt	*p = ui->prompt;
	struct ui_ask		 ask = p->ask;
	ui_answer_cb		 cb = p->cb;
	char			*out = NULL;
	size_t			 len;

	if (answered && p->has_menu && p->changed)
		ui_prompt_filter(p);
	if (answered && p->hl >= 0 && (size_t)p->hl < p->nmatch)
		out = xstrdup(p->items[p->match[p->hl]]);
	else if (answered)
		out = text_nfc(ui_prompt_typed(p), p->b.len, &len);
	ui_prompt_free(ui);
	cb(ui, out, &ask);	/* it may open another prompt */
}

/* Up (dir -1) or down the menu's rows, round. */
static void
ui_prompt_move(struct ui_prompt *p, int dir)
{
	long	total;

	if (p->changed)
		ui_prompt_filter(p);
	total = (long)(p->nmatch + p->create_row);
	if (total == 0)
		return;
	if (dir < 0)
		p->hl = p->hl <= 0 ? total - 1 : p->hl - 1;
	else
		p->hl = p->hl + 1 >= total ? 0 : p->hl + 1;
}

/* Tab: the typed text becomes the highlighted (or first) item. */
static void
ui_prompt_complete(struct ui_prompt *p)
{
	size_t	i;

	if (p->changed)
		ui_prompt_filter(p);
	if (p->nmatch == 0)
		return;
	i = p->hl >= 0 && (size_t)p->hl < p->nmatch ? (size_t)p->hl : 0;
	p->b.len = 0;
	buf_adds(&p->b, p->items[p->match[i]]);
	p->cur = p->b.len;
	p->changed = 1;
}

/* Insert n bytes at the cursor, which goes after them. */
static void
ui_prompt_insert(struct ui_prompt *p, const uint8_t *u, size_t n)
{
	size_t	tail = p->b.len - p->cur;

	buf_add(&p->b, u, n);	/* room; the tail moves after the new */
	memmove(p->b.data + p->cur + n, p->b.data + p->cur, tail);
	memcpy(p->b.data + p->cur, u, n);
	p->b.data[p->b.len] = '\0';
	p->cur += n;
	p->changed = 1;
}

/*
 * An editing key (Left, Right, Home, End, Delete, Backspace: a KEY_
 * code | UI_FKEY, or its control character): 1 if it was one.
 */
static int
ui_prompt_edit(struct ui_prompt *p, int key)
{
	const char	*s = ui_prompt_typed(p);
	size_t		 n = p->b.len;

	switch (key) {
	case KEY_LEFT | UI_FKEY: case 2:			/* ^B */
		p->cur = ui_cluster_step(s, n, p->cur, -1);
		break;
	case KEY_RIGHT | UI_FKEY: case 6:			/* ^F */
		p->cur = ui_cluster_step(s, n, p->cur, 1);
		break;
	case KEY_HOME | UI_FKEY: case 1:			/* ^A */
		p->cur = 0;
		break;
	case KEY_END | UI_FKEY: case 5:			/* ^E */
		p->cur = n;
		break;
	case KEY_BACKSPACE | UI_FKEY: case 127: case 8:
		ui_prompt_cut(p, ui_cluster_step(s, n, p->cur, -1), p->cur);
		break;
	case KEY_DC | UI_FKEY: case 4:			/* Delete, ^D */
		ui_prompt_cut(p, p->cur, ui_cluster_step(s, n, p->cur, 1));
		break;
	case 21:				/* ^U */
		ui_prompt_cut(p, 0, p->cur);
		break;
	case 11:				/* ^K */
		ui_prompt_cut(p, p->cur, n);
		break;
	default:
		return (0);
	}
	return (1);
}

/* A character typed into the prompt, at the cursor. */
static void
ui_prompt_char(struct ui_prompt *p, wint_t wc)
{
	uint8_t	u[8];
	int	n;

	if (wc >= 0x20 && wc != 0x7f && (wc < 0x80 || wc >= 0xa0) &&
	    (n = u8_uctomb(u, (ucs4_t)wc, sizeof u)) > 0)
		ui_prompt_insert(p, u, (size_t)n);
}

/* A key for the open prompt: rc is get_wch's (KEY_CODE_YES or OK). */
void
ui_prompt_key(struct ui *ui, int rc, wint_t wc)
{
	struct ui_prompt	*p = ui->prompt;

	if (rc == KEY_CODE_YES) {
		if (wc == KEY_ENTER)
			ui_prompt_close(ui, 1);
		else if (ui_prompt_edit(p, (int)wc | UI_FKEY))
			/* done */;
		else if (p->has_menu && (wc == KEY_UP || wc == KEY_DOWN))
			ui_prompt_move(p, wc == KEY_UP ? -1 : 1);
		return;
	}
	if (wc == '\n' || wc == '\r')
		ui_prompt_close(ui, 1);
	else if (wc == 27 || wc == 7)	/* Escape, ^G */
		ui_prompt_close(ui, 0);
	else if (p->has_menu && (wc == 16 || wc == 14))	/* ^P, ^N */
		ui_prompt_move(p, wc == 16 ? -1 : 1);
	else if (wc == '\t')
		ui_prompt_complete(p);
	else if (!ui_prompt_edit(p, (int)wc))
		ui_prompt_char(p, wc);
}

/* The picker's order: quick keys first, then the most used, by name. */
static int
ui_tag_before(const struct store_tag *a, const struct store_tag *b)
{
	if ((a->key != NULL) != (b->key != NULL))
		return (a->key != NULL);
	if (a->key != NULL)
		return (strcmp(a->key, b->key) < 0);
	if (a->count != b->count)
		return (a->count > b->count);
	return (strcmp(a->name, b->name) < 0);
}

/*
 * Pick a tag in a menu under a prompt: the tags with their quick keys and
 * descriptions, quick keys first, then the most used; with create, a
 * last row offers to make the typed one.  cb gets it, "" for nothing,
 * NULL when cancelled; it is not called when the tags cannot be read.
 */
void
ui_ask_tag(struct ui *ui, const char *label, int create, ui_answer_cb cb,
    const struct ui_ask *ask)
{
	struct store_tag	*t;
	struct ui_menu		 m;
	const char		**items, **notes;
	char			*cause, **own;
	size_t			 n, i, k, x, *order;

	if (store_tags(ui->store, &t, &n, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	order = xcalloc(n + 1, sizeof *order);
	for (i = 0; i < n; i++)
		order[i] = i;
	for (i = 1; i < n; i++)
		for (k = i; k > 0 && ui_tag_before(&t[order[k]],
		    &t[order[k - 1]]); k--) {
			x = order[k];
			order[k] = order[k - 1];
			order[k - 1] = x;
		}
	items = xcalloc(n + 1, sizeof *items);
	notes = xcalloc(n + 1, sizeof *notes);
	own = xcalloc(n + 1, sizeof *own);
	for (i = 0; i < n; i++) {
		x = order[i];
		items[i] = t[x].name;
		/* the quick key in a column of its own, blank without */
		own[i] = xasprintf("%s%s%s%s%s", t[x].key != NULL ? "[" : "",
		    t[x].key != NULL ? t[x].key : "    ", t[x].key != NULL ?
		    "] " : "", t[x].description != NULL ? t[x].description :
		    "", t[x].exclusive ? _(" (one of its family)") : "");
		notes[i] = own[i];
	}
	memset(&m, 0, sizeof m);
	m.items = items;
	m.notes = notes;
	m.n = n;
	m.pick = 1;
	m.create = create ? _("new tag: ") : NULL;
	ui_ask(ui, label, NULL, &m, cb, ask);
	for (i = 0; i < n; i++)
		free(own[i]);
	free(own);
	free(items);
	free(notes);
	free(order);
	store_tags_free(t, n);
}
