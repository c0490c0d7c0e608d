/*
 * ui-article.c: the article view.  A header (title, source, date, URL,
 * language), the cleaned body wrapped to the window by layout.c, and a
 * status line.  The view is a list of visible blocks (content, then the
 * reader comments under their heading; with H every block, hidden ones
 * dimmed under their reason) and a position: the top block and the row
 * within it.  Blocks are wrapped when first drawn, from the screen
 * outward (G wraps the last ones, a search the one of its match), so a
 * 20 MB article opens as fast as a small one; the position is kept by
 * block across resizes, so the top paragraph stays in view.  / searches
 * the text block by block (find.c), never a fold of all of it.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "reclean.h"
#include "ui.h"
#include "ui-article.h"

#define HEADER_ROWS	3

static void	ui_article_cursor_to(struct ui_article *, size_t);
static void	ui_article_show_cursor(struct ui_article *);

static int
ui_article_width(void)
{
	return (COLS - 1 > 1 ? COLS - 1 : 1);
}

static int
ui_article_height(void)
{
	return (LINES - HEADER_ROWS - 1);
}

/* The rows of visible block k (see page.c). */
static size_t
ui_article_rows(struct ui_article *v, size_t k)
{
	return (page_rows(&v->pg, k));
}

/* The blocks hidden, counted once a classification, not every frame. */
static size_t
ui_article_hidden(const struct ui_article *v)
{
	size_t	i, n = 0;

	for (i = 0; i < v->c->nblocks; i++)
		n += v->c->blocks[i].verdict == VERDICT_BOILERPLATE;
	return (n);
}

/* Load the verdicts and lay out; keep the top block where it can. */
static int
ui_article_classify(struct ui *ui)
{
	struct ui_article	*v = ui->art;
	struct layout_opts	 o = { 0, 0, 0 };
	char			*cause;
	size_t			 keep = v->pg.nvis > 0 ? v->pg.vis[v->top] : 0, i;

	clean_free(v->c);
	if ((v->c = reclean_verdicts(ui->store, v->a, &cause)) == NULL) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		v->c = xcalloc(1, sizeof *v->c);
	}
	if (v->lo == NULL) {
		o.width = ui_article_width();
		v->lo = layout_new(v->a->text, v->a->len, &o);
	}
	page_order(&v->pg, v->c, v->lo, v->show_hidden, v->show_hidden ?
	    PAGE_REASONS_HIDDEN : PAGE_REASONS_NONE);
	v->nhidden = ui_article_hidden(v);
	v->top = v->row = 0;
	for (i = 0; i < v->pg.nvis; i++)
		if (v->pg.vis[i] >= keep) {
			v->top = i;
			break;
		}
	return (0);
}

static void
ui_article_close(struct ui *ui)
{
	struct ui_article	*v = ui->art;

	if (v == NULL)
		return;
	article_free(v->a);
	clean_free(v->c);
	layout_free(v->lo);
	page_free(&v->pg);
	free(v->query);
	find_free(&v->found);
	ui_article_free_claims(v);
	free(v);
	ui->art = NULL;
}

/*
 * Open the article at row index of the list, with the claim cursor on
 * the sentence at arg->at when arg->has_at; the open article stays open
 * when it is the one asked for.
 */
static int
ui_article_open(struct ui *ui, const struct ui_arg *arg)
{
	struct ui_article	*v;
	char			*cause;
	size_t			 index = arg->index;

	if (ui->art == NULL || !arg->has_at ||
	    ui->art->a->id != ui->ids[index]) {
		ui_article_close(ui);
		v = xcalloc(1, sizeof *v);
		if ((v->a = store_get_article(ui->store, ui->ids[index], 0,
		    &cause)) == NULL) {
			ui_message(ui, 1, "%s", cause);
			free(cause);
			free(v);
			return (-1);
		}
		v->list_index = index;
		v->done = store_get_done(ui->store, v->a->id);
		ui->art = v;
		ui->sel = index;
		ui_article_classify(ui);
		ui_article_load_claims(ui);
		if (store_set_read(ui->store, v->a->id, &cause) != 0) {
			ui_message(ui, 1, "%s", cause);
			free(cause);
		} else if (ui->items != NULL)
			ui->items[index].read = 1;
	}
	if (arg->has_at) {
		ui_article_cursor_to(ui->art, arg->at);
		if (ui->art->has_cur)
			ui_article_show_cursor(ui->art);
	}
	return (0);
}

/* Rewrap at the new width; the top block stays, its row is clamped. */
static void
ui_article_resize(struct ui *ui)
{
	struct ui_article	*v = ui->art;
	size_t			 rows;

	layout_set_width(v->lo, ui_article_width());
	if (v->pg.nvis > 0) {
		rows = ui_article_rows(v, v->top);
		if (v->row >= rows)
			v->row = rows > 0 ? rows - 1 : 0;
	}
}

/* The attribute of the text at byte offset pos. */
static int
ui_article_attr_at(struct ui_article *v, size_t pos, int base)
{
	size_t	i;
	int	attr = base;

	for (i = 0; i < v->nclaims; i++)
		if (pos >= v->claims[i].start && pos < v->claims[i].end)
			attr |= A_UNDERLINE;
	if (v->has_cur && pos >= v->cur_start && pos < v->cur_end)
		attr |= A_REVERSE;
	if (v->has_sel && pos >= ui_article_sel_lo(v) &&
	    pos < ui_article_sel_hi(v))
		attr |= A_REVERSE;
	i = find_after(&v->found, pos);
	if (i < v->found.n && pos >= v->found.start[i])
		return (ui_attr(COLOUR_MATCH));
	return (attr);
}

/* The next byte after pos where the attribute may change. */
static size_t
ui_article_next_change(struct ui_article *v, size_t pos, size_t end)
{
	size_t	i, next = end;

#define EDGE(x)	do { if ((x) > pos && (x) < next) next = (x); } while (0)
	for (i = 0; i < v->nclaims; i++) {
		EDGE(v->claims[i].start);
		EDGE(v->claims[i].end);
	}
	if (v->has_cur) {
		EDGE(v->cur_start);
		EDGE(v->cur_end);
	}
	if (v->has_sel) {
		EDGE(ui_article_sel_lo(v));
		EDGE(ui_article_sel_hi(v));
	}
	if ((i = find_after(&v->found, pos)) < v->found.n) {
		EDGE(v->found.start[i]);
		EDGE(v->found.start[i] + v->found.len[i]);
	}
#undef EDGE
	return (next);
}

/*
 * Draw one wrapped line: search matches highlighted, claims underlined,
 * the claim cursor in reverse.
 */
static void
ui_article_line(struct ui_article *v, int y, const struct layout_line *l,
    int attr)
{
	size_t	pos = l->start, end = l->start + l->len, next;
	int	x = 0;

	while (pos < end) {
		next = ui_article_next_change(v, pos, end);
		x += ui_text(y, x, v->a->text + pos, next - pos, x,
		    ui_article_attr_at(v, pos, attr));
		pos = next;
	}
}

/*
 * Does a claim cover part of a wrapped line?  Such lines get a mark in
 * the margin (the last column, which the text leaves free), so claims
 * show even where the underline does not (spaces, a terminal without
 * underline): 1 for the reader's own claims, 2 when only other
 * annotators' are there (their own mark and colour), 0 for none.
 */
static int
ui_article_claimed(const struct ui_article *v, const struct layout_line *l)
{
	size_t	i;
	int	found = 0;

	for (i = 0; i < v->nclaims; i++)
		if (v->claims[i].start < l->start + l->len &&
		    l->start < v->claims[i].end) {
			if (!v->claims[i].other)
				return (1);
			found = 2;
		}
	return (found);
}

/* Draw row r of visible block k at screen row y. */
static void
ui_article_row(struct ui_article *v, size_t k, size_t r, int y)
{
	const struct clean_block	*cb;
	struct page_row			 row;
	char				 meta[512];

	page_row(&v->pg, k, r, &row);
	cb = &v->c->blocks[row.block];
	switch (row.kind) {
	case PAGE_HEADING:
		ui_cut(y, 0, _("-- Comments --"), COLS, ui_attr(COLOUR_META));
		break;
	case PAGE_REASON:
		snprintf(meta, sizeof meta, "[%zu %s: %s]", row.block + 1,
		    _(clean_verdict_name(cb->verdict)), cb->reason);
		ui_cut(y, 0, meta, COLS, ui_attr(COLOUR_META) | A_DIM);
		break;
	case PAGE_LINE:
		switch (ui_article_claimed(v, row.line)) {
		case 1:
			mvaddch(y, COLS - 1, ACS_VLINE | ui_attr(COLOUR_CLAIM));
			break;
		case 2:
			mvaddch(y, COLS - 1, ':' | ui_attr(COLOUR_CLAIM_OTHER));
			break;
		}
		ui_article_line(v, y, row.line, cb->verdict ==
		    VERDICT_CONTENT ? ui_attr(COLOUR_NORMAL) :
		    ui_attr(COLOUR_HIDDEN));
		break;
	case PAGE_BLANK:
		break;
	}
}

/* Put text and two spaces before the status line's text. */
static void
ui_article_prepend(char *status, size_t size, const char *text)
{
	char	*joined = xasprintf("%s  %s", text, status);
	size_t	 len = strlen(joined);

	if (len >= size)
		len = size - 1;
	memcpy(status, joined, len);
	status[len] = '\0';
	free(joined);
}

/* The title; without one, the first line of the text, in brackets. */
static void
ui_article_title(const struct ui_article *v)
{
	const char	*t = v->a->text;
	char		*line;
	size_t		 n;

	if (v->a->title != NULL && *v->a->title != '\0') {
		ui_cut(0, 0, v->a->title, COLS, ui_attr(COLOUR_TITLE));
		return;
	}
	t += strspn(t, " \t\r\n");
	for (n = 0; n < 400 && t[n] != '\0' && t[n] != '\n' && t[n] != '\r';
	    n++)
		/* nothing */;
	while (n > 0 && t[n] != '\0' && (t[n] & 0xc0) == 0x80)
		n--;	/* cut at a character */
	line = xasprintf("[%.*s]", (int)n, t);
	ui_cut(0, 0, line, COLS, ui_attr(COLOUR_TITLE) | A_DIM);
	free(line);
}

static void
ui_article_draw(struct ui *ui)
{
	struct ui_article	*v = ui->art;
	struct ui_claim		*cl;
	char			 status[256], meta[512];
	size_t			 k, r = 0, n = 0, skip, pct;
	int			 y, h = ui_article_height();

	ui_article_title(v);
	snprintf(meta, sizeof meta, "%s  %s  %s  %s",
	    v->a->source != NULL && *v->a->source != '\0' ? v->a->source : "-",
	    v->a->published != NULL ? v->a->published : "-",
	    v->a->lang != NULL ? v->a->lang : "-",
	    v->a->url != NULL ? v->a->url : "");
	ui_cut(1, 0, meta, COLS, ui_attr(COLOUR_META));
	mvhline(2, 0, ACS_HLINE, COLS);

	y = HEADER_ROWS;
	skip = v->row;
	for (k = v->top; k < v->pg.nvis && y < HEADER_ROWS + h; k++) {
		n = ui_article_rows(v, k);
		for (r = skip; r < n && y < HEADER_ROWS + h; r++)
			ui_article_row(v, k, r, y++);
		skip = 0;
	}

	/*
	 * 100% when the last row is on the screen; else the top block's
	 * offset in the text, an estimate of the row's place that needs no
	 * block laid out but those on the screen (rows are counted only
	 * where the blocks have been wrapped)
	 */
	pct = v->a->len == 0 || v->pg.nvis == 0 ? 100 :
	    k >= v->pg.nvis && r >= n ? 100 :
	    (size_t)(v->c->blocks[v->pg.vis[v->top]].start * 100 / v->a->len);
	snprintf(status, sizeof status, _("%zu/%zu  %zu%%  %zu hidden  %s  "
	    "block %zu  ? help"), v->list_index + 1, ui->nids, pct,
	    v->nhidden, v->show_hidden ? _("showing hidden") :
	    _("clean"), v->pg.nvis > 0 ? v->pg.vis[v->top] + 1 : 0);
	if (v->done)
		ui_article_prepend(status, sizeof status, _("done"));
	if (v->has_sel)
		ui_article_prepend(status, sizeof status, _("selecting: ] [ } "
		    "{ extend, t tags, v stops"));
	if (!v->has_sel && (cl = ui_article_claim_here(v)) != NULL) {
		/* the claim a, c and d act on */
		snprintf(meta, sizeof meta, _("tags: %s"), cl->tags);
		ui_article_prepend(status, sizeof status, meta);
	}
	ui_status(ui, status);
}

/* Scroll by rows: down when n > 0. */
static void
ui_article_scroll(struct ui_article *v, long n)
{
	size_t	rows;

	while (n > 0 && v->pg.nvis > 0) {
		rows = ui_article_rows(v, v->top);
		if (v->row + 1 < rows)
			v->row++;
		else if (v->top + 1 < v->pg.nvis) {
			v->top++;
			v->row = 0;
		} else
			break;
		n--;
	}
	while (n < 0 && v->pg.nvis > 0) {
		if (v->row > 0)
			v->row--;
		else if (v->top > 0) {
			v->top--;
			rows = ui_article_rows(v, v->top);
			v->row = rows > 0 ? rows - 1 : 0;
		} else
			break;
		n++;
	}
}

/* The end: the last rows fill the screen. */
static void
ui_article_bottom(struct ui_article *v)
{
	size_t	h = ui_article_height(), total = 0, rows;

	if (v->pg.nvis == 0)
		return;
	v->top = v->pg.nvis - 1;
	v->row = 0;
	rows = ui_article_rows(v, v->top);
	total = rows;
	if (total > h) {
		v->row = total - h;
		return;
	}
	while (v->top > 0) {
		rows = ui_article_rows(v, v->top - 1);
		if (total + rows > h) {
			v->top--;
			v->row = total + rows - h;
			return;
		}
		total += rows;
		v->top--;
	}
}

/*
 * Put the block holding the next (dir 1) or previous match on top: the
 * nearest below (above) the top line in the text that is in a block
 * shown.  Only the blocks on the way are laid out: the one on top, the
 * one of the match.
 */
static int
ui_article_goto_match(struct ui_article *v, int dir)
{
	const struct layout_line	*lines;
	size_t				 i, k, here, n, line;

	if (v->found.n == 0 || v->pg.nvis == 0)
		return (-1);
	here = v->c->blocks[v->pg.vis[v->top]].start;
	if (v->row > 0) {
		lines = layout_block(v->lo, v->pg.vis[v->top], &n);
		line = v->row < n ? v->row : n - 1;
		here = lines[line].start;
	}
	/* the first match starting after here, or the last before it */
	for (i = find_after(&v->found, here); i < v->found.n &&
	    v->found.start[i] <= here; i++)
		/* nothing */;
	for (; dir > 0 ? i < v->found.n : i-- > 0; i += dir > 0) {
		if (dir < 0 && v->found.start[i] >= here)
			continue;
		if ((k = page_item_of(&v->pg, v->found.start[i])) >=
		    v->pg.nvis)
			continue;	/* in a hidden block */
		v->top = k;
		v->row = 0;
		ui_article_scroll(v, (long)page_row_of(&v->pg, k,
		    v->found.start[i]));
		ui_article_cursor_to(v, v->found.start[i]);
		return (0);
	}
	return (-1);
}

struct ui_sentences {
	size_t	 base;
	size_t	*st;
	size_t	*en;
	size_t	 n;
};

static void
ui_sentence_cb(size_t start, size_t len, void *arg)
{
	struct ui_sentences	*s = arg;

	s->st = xreallocarray(s->st, s->n + 1, sizeof *s->st);
	s->en = xreallocarray(s->en, s->n + 1, sizeof *s->en);
	s->st[s->n] = s->base + start;
	s->en[s->n] = s->base + start + len;
	s->n++;
}

/* The sentences of visible block k, as byte ranges of the text. */
static void
ui_article_sentences(struct ui_article *v, size_t k, struct ui_sentences *s)
{
	const struct clean_block	*b = &v->c->blocks[v->pg.vis[k]];

	memset(s, 0, sizeof *s);
	s->base = b->start;
	text_sentences(v->a->text + b->start, b->len, ui_sentence_cb, s);
}

static void
ui_sentences_free(struct ui_sentences *s)
{
	free(s->st);
	free(s->en);
}

/* Bring the cursor's block into view when it is above or below it. */
static void
ui_article_show_cursor(struct ui_article *v)
{
	size_t	k = page_item_of(&v->pg, v->cur_start), i, rows = 0;
	size_t	h = ui_article_height();

	if (k >= v->pg.nvis)
		return;
	if (k < v->top || (k == v->top && v->row > 0)) {
		v->top = k;
		v->row = 0;
		return;
	}
	for (i = v->top; i < k && rows < h; i++)
		rows += ui_article_rows(v, i);
	if (rows + (v->row > 0 ? 0 : 0) + 2 > h) {
		v->top = k;
		v->row = 0;
	}
}

/* Put the cursor on the sentence holding a byte offset. */
static void
ui_article_cursor_to(struct ui_article *v, size_t at)
{
	struct ui_sentences	s;
	size_t			k = page_item_of(&v->pg, at), i;

	if (k >= v->pg.nvis)
		return;
	ui_article_sentences(v, k, &s);
	for (i = 0; i < s.n; i++)
		if (at < s.en[i] || i + 1 == s.n) {
			v->has_cur = 1;
			v->cur_start = s.st[i];
			v->cur_end = s.en[i];
			break;
		}
	ui_sentences_free(&s);
}

/* Move the cursor by sentence (whole blocks with block) forward or back. */
static void
ui_article_cursor_move(struct ui_article *v, int dir, int block)
{
	struct ui_sentences	s;
	size_t			k, i;

	if (v->pg.nvis == 0)
		return;
	if (!v->has_cur) {
		ui_article_cursor_to(v, v->c->blocks[v->pg.vis[v->top]].start);
		return;
	}
	k = page_item_of(&v->pg, v->cur_start);
	if (k >= v->pg.nvis)
		k = v->top;
	ui_article_sentences(v, k, &s);
	for (i = 0; i < s.n && s.st[i] != v->cur_start; i++)
		/* nothing */;
	if (!block && dir > 0 && i + 1 < s.n) {
		v->cur_start = s.st[i + 1];
		v->cur_end = s.en[i + 1];
	} else if (!block && dir < 0 && i > 0 && i < s.n) {
		v->cur_start = s.st[i - 1];
		v->cur_end = s.en[i - 1];
	} else {
		/* to the next or previous block with a sentence */
		ui_sentences_free(&s);
		for (;;) {
			if ((dir > 0 && k + 1 >= v->pg.nvis) || (dir < 0 && k == 0))
				goto out;
			k += dir;
			ui_article_sentences(v, k, &s);
			if (s.n > 0)
				break;
			ui_sentences_free(&s);
		}
		i = dir > 0 || block ? 0 : s.n - 1;
		v->cur_start = s.st[i];
		v->cur_end = s.en[i];
	}
	ui_sentences_free(&s);
out:
	ui_article_show_cursor(v);
}

/* The range a tag goes on: the selection, else the cursor's sentence. */
/* The answer to /: find it in the article and go to the first match. */
static void
ui_article_searched(struct ui *ui, char *q, const struct ui_ask *ask)
{
	struct ui_article	*v = ui->art;

	(void)ask;
	if (q == NULL || v == NULL) {
		free(q);
		return;
	}
	free(v->query);
	v->query = q;
	find_text(&v->found, v->a->text, v->a->len, q);
	if (v->found.n == 0)
		ui_message(ui, 1, _("not found: %s"), q);
	else {
		ui_message(ui, 0, ngettext("%zu match", "%zu matches",
		    v->found.n), v->found.n);
		if (ui_article_goto_match(v, 1) != 0) {
			v->top = v->row = 0;
			ui_article_goto_match(v, 1);
		}
	}
}

/* m: the top block's verdict turned, and kept for this article. */
static void
ui_article_mark(struct ui *ui)
{
	struct ui_article		*v = ui->art;
	const struct clean_block	*cb;
	char				*cause;
	int				 verdict;

	if (v->pg.nvis == 0)
		return;
	cb = &v->c->blocks[v->pg.vis[v->top]];
	verdict = cb->verdict == VERDICT_CONTENT ? VERDICT_BOILERPLATE :
	    VERDICT_CONTENT;
	if (store_set_override(ui->store, v->a->id, cb->start, cb->len,
	    clean_hash(v->a->text + cb->start, cb->len), verdict,
	    &cause) != 0 || reclean_index(ui->store, v->a, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	ui_message(ui, 0, _("block %zu: %s"), v->pg.vis[v->top] + 1,
	    _(clean_verdict_name(verdict)));
	ui_article_classify(ui);
}

/* D: the article done, or not. */
static void
ui_article_done(struct ui *ui)
{
	struct ui_article	*v = ui->art;
	char			*cause;

	if (store_set_done(ui->store, v->a->id, !v->done, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	v->done = !v->done;
	ui_message(ui, 0, "%s", v->done ? _("article done") :
	    _("article not done"));
	ui_changed(ui, v->a->id);
}

/* v: start a selection at the cursor's sentence, or stop it. */
static void
ui_article_select(struct ui *ui)
{
	struct ui_article	*v = ui->art;

	if (v->has_sel)
		v->has_sel = 0;
	else if (!v->has_cur)
		ui_message(ui, 1, "%s", _("move the claim cursor with ] first"));
	else {
		v->has_sel = 1;
		v->sel_start = v->cur_start;
		v->sel_end = v->cur_end;
	}
}

/* J and K: the next (dir 1) or previous article of the list. */
static void
ui_article_step(struct ui *ui, int dir)
{
	struct ui_arg	arg;
	size_t		i = ui->art->list_index;

	if (dir > 0 && i + 1 >= ui->nids) {
		ui_message(ui, 0, "%s", _("this is the last article"));
		return;
	}
	if (dir < 0 && i == 0) {
		ui_message(ui, 0, "%s", _("this is the first article"));
		return;
	}
	memset(&arg, 0, sizeof arg);
	arg.index = dir > 0 ? i + 1 : i - 1;
	ui_open(ui, VIEW_ARTICLE, &arg);
}

static void
ui_article_key(struct ui *ui, int key)
{
	struct ui_article	*v = ui->art;
	struct ui_arg		 arg;
	long			 h = ui_article_height();
	int			 action = keys_action(VIEW_ARTICLE, key);

	memset(&arg, 0, sizeof arg);
	switch (action) {
	case ACTION_QUIT:
		ui_pop(ui);
		break;
	case ACTION_DOWN:
		ui_article_scroll(v, 1);
		break;
	case ACTION_UP:
		ui_article_scroll(v, -1);
		break;
	case ACTION_PGDN:
		ui_article_scroll(v, h > 1 ? h - 1 : 1);
		break;
	case ACTION_PGUP:
		ui_article_scroll(v, -(h > 1 ? h - 1 : 1));
		break;
	case ACTION_TOP:
		v->top = v->row = 0;
		break;
	case ACTION_BOTTOM:
		ui_article_bottom(v);
		break;
	case ACTION_SEARCH:
		ui_ask(ui, _("search the article: "), NULL, NULL,
		    ui_article_searched, NULL);
		break;
	case ACTION_NEXT:
	case ACTION_PREV:
		if (v->found.n == 0)
			ui_message(ui, 1, "%s", _("no search"));
		else if (ui_article_goto_match(v, action == ACTION_NEXT ? 1 :
		    -1) != 0)
			ui_message(ui, 0, "%s", action == ACTION_NEXT ?
			    _("no match below") : _("no match above"));
		break;
	case ACTION_HIDDEN:
		v->show_hidden = !v->show_hidden;
		ui_article_classify(ui);
		break;
	case ACTION_MARK:
		ui_article_mark(ui);
		break;
	case ACTION_NEXT_SENTENCE:
	case ACTION_PREV_SENTENCE:
		ui_article_cursor_move(v, action == ACTION_NEXT_SENTENCE ? 1 :
		    -1, 0);
		break;
	case ACTION_NEXT_BLOCK:
	case ACTION_PREV_BLOCK:
		ui_article_cursor_move(v, action == ACTION_NEXT_BLOCK ? 1 : -1,
		    1);
		break;
	case ACTION_TAG:
		ui_tag_start(ui);
		break;
	case ACTION_QUICK_TAG:
		if (key >= '1' && key <= '9')
			ui_tag_quick(ui, key);
		break;
	case ACTION_NOTE:
	case ACTION_CLAIMANT:
	case ACTION_DELETE:
		ui_tag_edit(ui, action);
		break;
	case ACTION_SELECT:
		ui_article_select(ui);
		break;
	case ACTION_UNDO:
	case ACTION_REDO:
		ui_undo(ui, action == ACTION_UNDO ? -1 : 1);
		break;
	case ACTION_DONE:
		ui_article_done(ui);
		break;
	case ACTION_NEXT_DISAGREEMENT:
		ui_tag_next_disagreement(ui);
		break;
	case ACTION_ARTICLE_CLAIMS:
	case ACTION_ALL_CLAIMS:
		arg.article = action == ACTION_ARTICLE_CLAIMS ? v->a->id : 0;
		ui_open(ui, VIEW_CLAIMS, &arg);
		break;
	case ACTION_NEXT_ARTICLE:
	case ACTION_PREV_ARTICLE:
		ui_article_step(ui, action == ACTION_NEXT_ARTICLE ? 1 : -1);
		break;
	}
}

/*
 * The mouse: the wheel scrolls; a click on a line of text puts the claim
 * cursor on the sentence there (a selection, when one is open, extends to
 * it).
 */
static void
ui_article_mouse(struct ui *ui, enum ui_mouse what, int y, int x)
{
	struct ui_article	*v = ui->art;
	struct page_row		 row;
	size_t			 k = v->top, r = v->row, n;

	if (what == MOUSE_WHEEL_UP || what == MOUSE_WHEEL_DOWN) {
		ui_article_scroll(v, what == MOUSE_WHEEL_UP ? -UI_WHEEL_ROWS :
		    UI_WHEEL_ROWS);
		return;
	}
	if (y < HEADER_ROWS || y >= HEADER_ROWS + ui_article_height())
		return;
	for (y -= HEADER_ROWS; k < v->pg.nvis; k++, r = 0) {
		n = ui_article_rows(v, k);
		if (r + (size_t)y < n)
			break;
		y -= (int)(n - r);
	}
	if (k >= v->pg.nvis)
		return;
	page_row(&v->pg, k, r + (size_t)y, &row);
	if (row.kind != PAGE_LINE)
		return;
	n = ui_byte_at(v->a->text + row.line->start, row.line->len, x);
	if (n >= row.line->len && n > 0)
		n--;	/* past the end: its last character */
	ui_article_cursor_to(v, row.line->start + n);
}

/* An article's claims changed (0: any): the open one's marks again. */
static void
ui_article_changed(struct ui *ui, int64_t id)
{
	if (ui->art != NULL && (id == 0 || ui->art->a->id == id))
		ui_article_load_claims(ui);
}

const struct ui_view ui_article_view = {
	.id = VIEW_ARTICLE,
	.open = ui_article_open,
	.draw = ui_article_draw,
	.key = ui_article_key,
	.mouse = ui_article_mouse,
	.resize = ui_article_resize,
	.changed = ui_article_changed,
	.close = ui_article_close,
};
