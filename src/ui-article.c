/*
 * ui-article.c: the article view.  A header (title, source, date, URL,
 * language), the cleaned body wrapped to the window by layout.c, and a
 * status line.  The view is a list of visible blocks (content, then the
 * reader comments under their heading; with H every block, hidden ones
 * dimmed under their reason) and a position: the top block and the row
 * within it.  Blocks are wrapped when first drawn, so a 10 MB article
 * opens as fast as a small one; the position is kept by block across
 * resizes, so the top paragraph stays in view.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

#define HEADER_ROWS	3

struct ui_claim;
struct ui_article;

static void	ui_article_cursor_to(struct ui_article *, size_t);
static struct ui_claim *ui_article_claim_here(struct ui_article *);

struct ui_article {
	struct article	*a;
	struct clean	*c;
	struct layout	*lo;
	size_t		 list_index;
	int		 show_hidden;
	size_t		*vis;		/* blocks shown, in order */
	size_t		 nvis;
	size_t		 comments;	/* vis index of the first comment */
	size_t		 top;		/* vis index at the top */
	size_t		 row;		/* row within it */
	/* search */
	char		*query;
	size_t		*mstart;	/* byte ranges of the matches */
	size_t		*mlen;
	size_t		 nmatches;
	char		*fold;
	size_t		 foldlen;
	size_t		*map;
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
};

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

/* Which blocks show: content, then comments; with H, all in order. */
static void
ui_article_visible(struct ui_article *v)
{
	size_t	i;

	free(v->vis);
	v->vis = xcalloc(v->c->nblocks + 1, sizeof *v->vis);
	v->nvis = 0;
	for (i = 0; i < v->c->nblocks; i++)
		if (v->show_hidden || v->c->blocks[i].verdict ==
		    VERDICT_CONTENT)
			v->vis[v->nvis++] = i;
	v->comments = v->nvis;
	if (!v->show_hidden)
		for (i = 0; i < v->c->nblocks; i++)
			if (v->c->blocks[i].verdict == VERDICT_COMMENT)
				v->vis[v->nvis++] = i;
}

/*
 * The rows of visible block k: a heading row before the first comment, a
 * reason row for a hidden block, the wrapped lines, an empty row after.
 */
static size_t
ui_article_rows(struct ui_article *v, size_t k)
{
	size_t	n, b = v->vis[k];

	layout_block(v->lo, b, &n);
	if (k == v->comments && k < v->nvis)
		n += 2;
	if (v->c->blocks[b].verdict != VERDICT_CONTENT && v->show_hidden)
		n++;
	return (n + (k + 1 < v->nvis));
}

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
	size_t			 keep = v->nvis > 0 ? v->vis[v->top] : 0, i;

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
	ui_article_visible(v);
	v->top = v->row = 0;
	for (i = 0; i < v->nvis; i++)
		if (v->vis[i] >= keep) {
			v->top = i;
			break;
		}
	return (0);
}

static void
ui_article_free_claims(struct ui_article *v)
{
	size_t	i;

	for (i = 0; i < v->nclaims; i++) {
		free(v->claims[i].tags);
		free(v->claims[i].note);
		free(v->claims[i].claimant);
	}
	free(v->claims);
	v->claims = NULL;
	v->nclaims = 0;
}

static int
ui_article_claim_cb(const struct claim_row *r, void *arg)
{
	struct ui_article	*v = arg;

	if (!r->has_range)
		return (0);
	v->claims = xreallocarray(v->claims, v->nclaims + 1,
	    sizeof *v->claims);
	v->claims[v->nclaims].start = r->start;
	v->claims[v->nclaims].end = r->end;
	v->claims[v->nclaims].id = r->id;
	v->claims[v->nclaims].tags = xstrdup(r->s[CLAIM_TAGS] != NULL ?
	    r->s[CLAIM_TAGS] : "");
	v->claims[v->nclaims].note = r->s[CLAIM_NOTE] != NULL ?
	    xstrdup(r->s[CLAIM_NOTE]) : NULL;
	v->claims[v->nclaims].claimant = r->s[CLAIM_CLAIMANT] != NULL ?
	    xstrdup(r->s[CLAIM_CLAIMANT]) : NULL;
	v->nclaims++;
	return (0);
}

/* The article's claims, for marking them and naming their tags. */
static void
ui_article_load_claims(struct ui *ui)
{
	struct ui_article	*v = ui->art;
	char			*cause;

	ui_article_free_claims(v);
	if (store_claims(ui->store, NULL, v->a->id, 0, ui_article_claim_cb, v,
	    &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	}
}

void
ui_article_close(struct ui *ui)
{
	struct ui_article	*v = ui->art;

	if (v == NULL)
		return;
	article_free(v->a);
	clean_free(v->c);
	layout_free(v->lo);
	free(v->vis);
	free(v->query);
	free(v->mstart);
	free(v->mlen);
	free(v->fold);
	free(v->map);
	ui_article_free_claims(v);
	free(v);
	ui->art = NULL;
}

int
ui_article_open(struct ui *ui, size_t index)
{
	struct ui_article	*v;
	struct store_item	 it;
	char			*cause;

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
	if (store_get_item(ui->store, v->a->id, &it) == 0) {
		v->done = it.done;
		store_item_free(&it);
	}
	ui->art = v;
	ui->view = VIEW_ARTICLE;
	ui->sel = index;
	ui_article_classify(ui);
	ui_article_load_claims(ui);
	if (store_set_read(ui->store, v->a->id, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	} else if (ui->items != NULL)
		ui->items[index].read = 1;
	return (0);
}

/* Rewrap at the new width; the top block stays, its row is clamped. */
void
ui_article_resize(struct ui *ui)
{
	struct ui_article	*v = ui->art;
	size_t			 rows;

	layout_set_width(v->lo, ui_article_width());
	if (v->nvis > 0) {
		rows = ui_article_rows(v, v->top);
		if (v->row >= rows)
			v->row = rows > 0 ? rows - 1 : 0;
	}
}

/* The selection: from the sentence where v was pressed to the cursor. */
static size_t
ui_article_sel_lo(const struct ui_article *v)
{
	return (v->sel_start < v->cur_start ? v->sel_start : v->cur_start);
}

static size_t
ui_article_sel_hi(const struct ui_article *v)
{
	return (v->sel_end > v->cur_end ? v->sel_end : v->cur_end);
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
	for (i = 0; i < v->nmatches; i++)
		if (pos >= v->mstart[i] && pos < v->mstart[i] + v->mlen[i])
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
	for (i = 0; i < v->nmatches; i++) {
		EDGE(v->mstart[i]);
		EDGE(v->mstart[i] + v->mlen[i]);
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
 * underline).
 */
static int
ui_article_claimed(const struct ui_article *v, const struct layout_line *l)
{
	size_t	i;

	for (i = 0; i < v->nclaims; i++)
		if (v->claims[i].start < l->start + l->len &&
		    l->start < v->claims[i].end)
			return (1);
	return (0);
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

void
ui_article_draw(struct ui *ui)
{
	struct ui_article		*v = ui->art;
	const struct layout_line	*lines;
	const struct clean_block	*cb;
	struct ui_claim			*cl;
	char				 status[256], meta[512];
	size_t				 k, r, n, skip, b, pct;
	int				 y, h = ui_article_height(), attr;

	ui_cut(0, 0, v->a->title != NULL ? v->a->title : "", COLS,
	    ui_attr(COLOUR_TITLE));
	snprintf(meta, sizeof meta, "%s  %s  %s  %s",
	    v->a->source != NULL && *v->a->source != '\0' ? v->a->source : "-",
	    v->a->published != NULL ? v->a->published : "-",
	    v->a->lang != NULL ? v->a->lang : "-",
	    v->a->url != NULL ? v->a->url : "");
	ui_cut(1, 0, meta, COLS, ui_attr(COLOUR_META));
	mvhline(2, 0, ACS_HLINE, COLS);

	y = HEADER_ROWS;
	skip = v->row;
	for (k = v->top; k < v->nvis && y < HEADER_ROWS + h; k++) {
		b = v->vis[k];
		cb = &v->c->blocks[b];
		attr = cb->verdict == VERDICT_CONTENT ? ui_attr(COLOUR_NORMAL) :
		    ui_attr(COLOUR_HIDDEN);
		r = 0;
		if (k == v->comments && !v->show_hidden) {
			if (r++ >= skip && y < HEADER_ROWS + h)
				ui_cut(y++, 0, _("-- Comments --"), COLS,
				    ui_attr(COLOUR_META));
			if (r++ >= skip && y < HEADER_ROWS + h)
				y++;
		}
		if (cb->verdict != VERDICT_CONTENT && v->show_hidden &&
		    r++ >= skip && y < HEADER_ROWS + h) {
			snprintf(meta, sizeof meta, "[%zu %s: %s]", b + 1,
			    _(clean_verdict_name(cb->verdict)), cb->reason);
			ui_cut(y++, 0, meta, COLS, ui_attr(COLOUR_META) |
			    A_DIM);
		}
		lines = layout_block(v->lo, b, &n);
		for (size_t i = 0; i < n && y < HEADER_ROWS + h; i++)
			if (r++ >= skip) {
				if (ui_article_claimed(v, &lines[i]))
					mvaddch(y, COLS - 1, ACS_VLINE |
					    ui_attr(COLOUR_CLAIM));
				ui_article_line(v, y++, &lines[i], attr);
			}
		if (k + 1 < v->nvis && r++ >= skip)
			y++;
		skip = 0;
	}

	pct = v->a->len == 0 || v->nvis == 0 ? 100 :
	    k >= v->nvis && y < HEADER_ROWS + h ? 100 :
	    (size_t)(v->c->blocks[v->vis[v->top]].start * 100 / v->a->len);
	snprintf(status, sizeof status, _("%zu/%zu  %zu%%  %zu hidden  %s  "
	    "block %zu  ? help"), v->list_index + 1, ui->nids, pct,
	    ui_article_hidden(v), v->show_hidden ? _("showing hidden") :
	    _("clean"), v->nvis > 0 ? v->vis[v->top] + 1 : 0);
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

	while (n > 0 && v->nvis > 0) {
		rows = ui_article_rows(v, v->top);
		if (v->row + 1 < rows)
			v->row++;
		else if (v->top + 1 < v->nvis) {
			v->top++;
			v->row = 0;
		} else
			break;
		n--;
	}
	while (n < 0 && v->nvis > 0) {
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

	if (v->nvis == 0)
		return;
	v->top = v->nvis - 1;
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

/* Find the query in the article (case-folded, width-folded). */
static void
ui_article_search(struct ui_article *v, const char *query)
{
	size_t	 qlen, *qmap, i;
	char	*q;
	const char *p, *f;

	free(v->mstart);
	free(v->mlen);
	v->mstart = v->mlen = NULL;
	v->nmatches = 0;
	if (v->fold == NULL)
		v->fold = text_fold(v->a->text, v->a->len, &v->foldlen,
		    &v->map);
	q = text_fold(query, strlen(query), &qlen, &qmap);
	free(qmap);
	if (qlen == 0) {
		free(q);
		return;
	}
	for (p = v->fold; (f = memmem(p, v->foldlen - (p - v->fold), q,
	    qlen)) != NULL; p = f + qlen) {
		i = v->nmatches++;
		v->mstart = xreallocarray(v->mstart, v->nmatches,
		    sizeof *v->mstart);
		v->mlen = xreallocarray(v->mlen, v->nmatches, sizeof *v->mlen);
		v->mstart[i] = v->map[f - v->fold];
		v->mlen[i] = v->map[f - v->fold + qlen] - v->mstart[i];
		if (v->mlen[i] == 0)
			v->mlen[i] = 1;
	}
	free(q);
}

/* Put the block holding the next (dir 1) or previous match on top. */
static int
ui_article_goto_match(struct ui_article *v, int dir)
{
	const struct layout_line	*lines;
	size_t				 i, k, here, at, n, line;

	if (v->nmatches == 0 || v->nvis == 0)
		return (-1);
	here = v->c->blocks[v->vis[v->top]].start;
	if (v->row > 0) {
		lines = layout_block(v->lo, v->vis[v->top], &n);
		line = v->row < n ? v->row : n - 1;
		here = lines[line].start;
	}
	for (i = 0; i < v->nmatches; i++) {
		at = v->mstart[dir > 0 ? i : v->nmatches - 1 - i];
		if (dir > 0 ? at <= here : at >= here)
			continue;
		for (k = 0; k < v->nvis; k++) {
			const struct clean_block *cb = &v->c->blocks[v->vis[k]];

			if (at < cb->start || at >= cb->start + cb->len)
				continue;
			v->top = k;
			v->row = 0;
			lines = layout_block(v->lo, v->vis[k], &n);
			for (line = 0; line + 1 < n && lines[line + 1].start <=
			    at; line++)
				/* nothing */;
			ui_article_scroll(v, (long)line + (k == v->comments) *
			    2 + (cb->verdict != VERDICT_CONTENT &&
			    v->show_hidden));
			ui_article_cursor_to(v, at);
			return (0);
		}
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
	const struct clean_block	*b = &v->c->blocks[v->vis[k]];

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

/* The visible block holding a byte offset, or nvis. */
static size_t
ui_article_vis_of(struct ui_article *v, size_t at)
{
	const struct clean_block	*b;
	size_t				 k;

	for (k = 0; k < v->nvis; k++) {
		b = &v->c->blocks[v->vis[k]];
		if (at >= b->start && at <= b->start + b->len)
			return (k);
	}
	return (v->nvis);
}

/* Bring the cursor's block into view when it is above or below it. */
static void
ui_article_show_cursor(struct ui_article *v)
{
	size_t	k = ui_article_vis_of(v, v->cur_start), i, rows = 0;
	size_t	h = ui_article_height();

	if (k >= v->nvis)
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
	size_t			k = ui_article_vis_of(v, at), i;

	if (k >= v->nvis)
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

	if (v->nvis == 0)
		return;
	if (!v->has_cur) {
		ui_article_cursor_to(v, v->c->blocks[v->vis[v->top]].start);
		return;
	}
	k = ui_article_vis_of(v, v->cur_start);
	if (k >= v->nvis)
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
			if ((dir > 0 && k + 1 >= v->nvis) || (dir < 0 && k == 0))
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
static int
ui_article_target(struct ui_article *v, size_t *start, size_t *end)
{
	if (!v->has_cur)
		return (-1);
	*start = v->has_sel ? ui_article_sel_lo(v) : v->cur_start;
	*end = v->has_sel ? ui_article_sel_hi(v) : v->cur_end;
	return (0);
}

/* The list's row of an article: its claim count and marks again. */
void
ui_refresh_item(struct ui *ui, int64_t id)
{
	size_t	i;

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

/* Before an action on claim id (0: a new claim): what it was. */
void
ui_undo_begin(struct ui *ui, struct ui_undo *u, int64_t id)
{
	memset(u, 0, sizeof *u);
	if (id > 0 && store_get_claim(ui->store, id, &u->before) == 0) {
		u->has_before = 1;
		memcpy(u->uuid, u->before.uuid, sizeof u->uuid);
		u->article_id = u->before.article_id;
	}
}

/*
 * After it succeeded: what claim id (0: none, deleted) is now, and what
 * was done; the action goes on the undo list, and what was undone
 * before it can no longer be redone.
 */
void
ui_undo_end(struct ui *ui, struct ui_undo *u, int64_t id, const char *fmt,
    ...)
{
	va_list	ap;
	size_t	i;

	if (id > 0 && store_get_claim(ui->store, id, &u->after) == 0) {
		u->has_after = 1;
		memcpy(u->uuid, u->after.uuid, sizeof u->uuid);
		u->article_id = u->after.article_id;
	}
	va_start(ap, fmt);
	vsnprintf(u->what, sizeof u->what, fmt, ap);
	va_end(ap);
	for (i = ui->undo_pos; i < ui->nundo; i++) {
		store_claim_snap_free(&ui->undo[i].before);
		store_claim_snap_free(&ui->undo[i].after);
	}
	ui->nundo = ui->undo_pos;
	if (ui->nundo == UI_UNDO_MAX) {
		store_claim_snap_free(&ui->undo[0].before);
		store_claim_snap_free(&ui->undo[0].after);
		memmove(ui->undo, ui->undo + 1, (ui->nundo - 1) *
		    sizeof *ui->undo);
		ui->nundo--;
	}
	ui->undo = xreallocarray(ui->undo, ui->nundo + 1, sizeof *ui->undo);
	ui->undo[ui->nundo++] = *u;
	ui->undo_pos = ui->nundo;
}

/* u (dir -1) and ^R (dir 1): put the claim back as it was, or again. */
void
ui_undo_step(struct ui *ui, int dir)
{
	struct ui_undo	*u;
	char		*cause;
	int		 rc;

	if (dir < 0 && ui->undo_pos == 0) {
		ui_message(ui, 0, "%s", _("nothing to undo"));
		return;
	}
	if (dir > 0 && ui->undo_pos == ui->nundo) {
		ui_message(ui, 0, "%s", _("nothing to redo"));
		return;
	}
	u = &ui->undo[dir < 0 ? ui->undo_pos - 1 : ui->undo_pos];
	if (dir < 0)
		rc = store_restore_claim(ui->store, u->uuid, u->has_before ?
		    &u->before : NULL, &cause);
	else
		rc = store_restore_claim(ui->store, u->uuid, u->has_after ?
		    &u->after : NULL, &cause);
	if (rc != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	ui->undo_pos += dir;
	ui_message(ui, 0, dir < 0 ? _("undone: %s") : _("redone: %s"),
	    u->what);
	if (ui->art != NULL && ui->art->a->id == u->article_id)
		ui_article_load_claims(ui);
	ui_refresh_item(ui, u->article_id);
}

void
ui_undo_free(struct ui *ui)
{
	size_t	i;

	for (i = 0; i < ui->nundo; i++) {
		store_claim_snap_free(&ui->undo[i].before);
		store_claim_snap_free(&ui->undo[i].after);
	}
	free(ui->undo);
	ui->undo = NULL;
	ui->nundo = ui->undo_pos = 0;
}

/*
 * Put a tag on the selection or the cursor's sentence: on the claim that
 * has exactly that range, else on a new claim.  Committed at once, and
 * undoable.
 */
static void
ui_article_apply_tag(struct ui *ui, char *tag)
{
	struct ui_article	*v = ui->art;
	struct ui_undo		 u;
	struct claim		 cl;
	size_t			 start, end, i;
	char			*cause;
	int64_t			 id = 0;

	if (ui_article_target(v, &start, &end) != 0) {
		ui_message(ui, 1, "%s", _("move the claim cursor with ] first"));
		return;
	}
	if (claim_check_tag(tag, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	for (i = 0; i < v->nclaims; i++)
		if (v->claims[i].start == start && v->claims[i].end == end &&
		    (id == 0 || v->claims[i].id > id))
			id = v->claims[i].id;
	ui_undo_begin(ui, &u, id);
	if (id > 0) {
		if (store_add_claim_tag(ui->store, id, tag, &cause) != 0)
			goto fail;
		ui_message(ui, 0, _("claim %lld: %s added"), (long long)id,
		    tag);
	} else {
		memset(&cl, 0, sizeof cl);
		cl.article_id = v->a->id;
		cl.start = start;
		cl.end = end;
		claim_context(&cl, v->a->text, v->a->len);
		claim_uuid(cl.uuid);
		claim_now(cl.created);
		cl.annotator = claim_annotator();
		cl.tags = &tag;
		cl.ntags = 1;
		id = store_add_claim(ui->store, &cl, &cause);
		free(cl.quote);
		free(cl.prefix);
		free(cl.suffix);
		if (id < 0)
			goto fail;
		ui_message(ui, 0, _("claim %lld: %s"), (long long)id, tag);
	}
	ui_undo_end(ui, &u, id, _("tag %s"), tag);
	v->has_sel = 0;
	ui_article_load_claims(ui);
	ui_refresh_item(ui, v->a->id);
	return;
fail:
	store_claim_snap_free(&u.before);
	ui_message(ui, 1, "%s", cause);
	free(cause);
}

/* t: pick a tag (type to filter, Enter applies) and apply it. */
static void
ui_article_tag(struct ui *ui)
{
	char	*tag;

	if (!ui->art->has_cur) {
		ui_message(ui, 1, "%s", _("move the claim cursor with ] first"));
		return;
	}
	if ((tag = ui_pick_tag(ui, _("tag: "), 1)) == NULL)
		return;
	if (*tag != '\0')
		ui_article_apply_tag(ui, tag);
	free(tag);
}

/* 1 to 9: the quick tag of a tag set, without the picker. */
static void
ui_article_quick_tag(struct ui *ui, int key)
{
	char	 k[2], *tag;

	k[0] = (char)key;
	k[1] = '\0';
	if ((tag = store_quick_tag(ui->store, k)) == NULL) {
		ui_message(ui, 1, _("no tag on %s: load a tag set with 'sift "
		    "tagset FILE'"), k);
		return;
	}
	ui_article_apply_tag(ui, tag);
	free(tag);
}

/* The newest claim under the cursor, or NULL. */
static struct ui_claim *
ui_article_claim_here(struct ui_article *v)
{
	struct ui_claim	*found = NULL;
	size_t		 i;

	for (i = 0; v->has_cur && i < v->nclaims; i++)
		if (v->cur_start < v->claims[i].end &&
		    v->claims[i].start < v->cur_end &&
		    (found == NULL || v->claims[i].id > found->id))
			found = &v->claims[i];
	return (found);
}

/*
 * a, c, d on the claim under the cursor; each commits at once and can be
 * undone.  The claimant is completed from those named before.
 */
static void
ui_article_edit_claim(struct ui *ui, int action)
{
	struct ui_article	*v = ui->art;
	struct ui_claim		*cl = ui_article_claim_here(v);
	struct ui_undo		 u;
	struct ui_menu		 m;
	char			*text, *cause, id[32], **names = NULL;
	size_t			 n = 0, i;
	int64_t			 cid;
	int			 rc;

	if (cl == NULL) {
		ui_message(ui, 1, "%s", _("no claim under the cursor"));
		return;
	}
	cid = cl->id;
	if (action == ACTION_DELETE) {
		ui_undo_begin(ui, &u, cid);
		snprintf(id, sizeof id, "%lld", (long long)cid);
		rc = store_delete_claim(ui->store, id, &cause);
		if (rc < 0) {
			store_claim_snap_free(&u.before);
			ui_message(ui, 1, "%s", cause);
			free(cause);
			return;
		}
		ui_undo_end(ui, &u, 0, _("delete claim %lld"), (long long)cid);
		ui_message(ui, 0, _("claim %lld deleted (u undoes)"),
		    (long long)cid);
		ui_article_load_claims(ui);
		ui_refresh_item(ui, v->a->id);
		return;
	}
	if (action == ACTION_CLAIMANT) {
		names = store_claimants(ui->store, &n);
		memset(&m, 0, sizeof m);
		m.items = (const char **)names;
		m.n = n;
		text = ui_prompt_menu(ui, _("claimant: "), cl->claimant, &m);
		for (i = 0; i < n; i++)
			free(names[i]);
		free(names);
	} else
		text = ui_prompt(ui, _("note: "), cl->note);
	if (text == NULL)
		return;
	ui_undo_begin(ui, &u, cid);
	if (store_set_claim_text(ui->store, cid, action == ACTION_CLAIMANT,
	    *text != '\0' ? text : NULL, &cause) != 0) {
		store_claim_snap_free(&u.before);
		ui_message(ui, 1, "%s", cause);
		free(cause);
	} else {
		ui_undo_end(ui, &u, cid, "%s", action == ACTION_NOTE ?
		    _("note") : _("claimant"));
		ui_message(ui, 0, "%s", action == ACTION_NOTE ?
		    _("note saved") : _("claimant saved"));
	}
	free(text);
	ui_article_load_claims(ui);
}

/*
 * Open an article of the list (by id) and put the claim cursor on the
 * sentence at byte offset at; the article is found in the list, which
 * loses its limits when it does not hold it.
 */
int
ui_article_goto_claim(struct ui *ui, int64_t id, size_t at)
{
	struct ui_article	*v;
	size_t			 i;

	if (ui->art == NULL || ui->art->a->id != id) {
		for (i = 0; i < ui->nids && ui->ids[i] != id; i++)
			/* nothing */;
		if (i == ui->nids && (ui->search != NULL || ui->tag != NULL)) {
			free(ui->search);
			free(ui->tag);
			ui->search = ui->tag = NULL;
			ui_list_load(ui);
			for (i = 0; i < ui->nids && ui->ids[i] != id; i++)
				/* nothing */;
		}
		if (i == ui->nids || ui_article_open(ui, i) != 0)
			return (-1);
	}
	ui->view = VIEW_ARTICLE;
	v = ui->art;
	ui_article_cursor_to(v, at);
	if (v->has_cur)
		ui_article_show_cursor(v);
	return (0);
}

void
ui_article_key(struct ui *ui, int key)
{
	struct ui_article	*v = ui->art;
	const struct clean_block *cb;
	long			 h = ui_article_height();
	char			*q, *cause;
	int			 verdict, action = keys_action(VIEW_ARTICLE, key);

	switch (action) {
	case ACTION_QUIT:
		ui_article_close(ui);
		ui->view = VIEW_LIST;
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
		q = ui_prompt(ui, _("search the article: "), NULL);
		if (q == NULL)
			break;
		free(v->query);
		v->query = q;
		ui_article_search(v, q);
		if (v->nmatches == 0)
			ui_message(ui, 1, _("not found: %s"), q);
		else {
			ui_message(ui, 0, _("%zu matches"), v->nmatches);
			if (ui_article_goto_match(v, 1) != 0)
				v->top = v->row = 0, ui_article_goto_match(v,
				    1);
		}
		break;
	case ACTION_NEXT:
	case ACTION_PREV:
		if (v->nmatches == 0)
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
		if (v->nvis == 0)
			break;
		cb = &v->c->blocks[v->vis[v->top]];
		verdict = cb->verdict == VERDICT_CONTENT ?
		    VERDICT_BOILERPLATE : VERDICT_CONTENT;
		if (store_set_override(ui->store, v->a->id, cb->start, cb->len,
		    clean_hash(v->a->text + cb->start, cb->len), verdict,
		    &cause) != 0) {
			ui_message(ui, 1, "%s", cause);
			free(cause);
			break;
		}
		ui_message(ui, 0, _("block %zu: %s"), v->vis[v->top] + 1,
		    _(clean_verdict_name(verdict)));
		ui_article_classify(ui);
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
		ui_article_tag(ui);
		break;
	case ACTION_QUICK_TAG:
		if (key >= '1' && key <= '9')
			ui_article_quick_tag(ui, key);
		break;
	case ACTION_NOTE:
	case ACTION_CLAIMANT:
	case ACTION_DELETE:
		ui_article_edit_claim(ui, action);
		break;
	case ACTION_SELECT:
		if (v->has_sel)
			v->has_sel = 0;
		else if (!v->has_cur)
			ui_message(ui, 1, "%s", _("move the claim cursor with "
			    "] first"));
		else {
			v->has_sel = 1;
			v->sel_start = v->cur_start;
			v->sel_end = v->cur_end;
		}
		break;
	case ACTION_UNDO:
	case ACTION_REDO:
		ui_undo_step(ui, action == ACTION_UNDO ? -1 : 1);
		break;
	case ACTION_DONE:
		if (store_set_done(ui->store, v->a->id, !v->done,
		    &cause) != 0) {
			ui_message(ui, 1, "%s", cause);
			free(cause);
			break;
		}
		v->done = !v->done;
		ui_message(ui, 0, "%s", v->done ? _("article done") :
		    _("article not done"));
		ui_refresh_item(ui, v->a->id);
		break;
	case ACTION_ARTICLE_CLAIMS:
		ui_claims_open(ui, v->a->id);
		break;
	case ACTION_ALL_CLAIMS:
		ui_claims_open(ui, 0);
		break;
	case ACTION_NEXT_ARTICLE:
		if (v->list_index + 1 < ui->nids)
			ui_article_open(ui, v->list_index + 1);
		else
			ui_message(ui, 0, "%s", _("this is the last article"));
		break;
	case ACTION_PREV_ARTICLE:
		if (v->list_index > 0)
			ui_article_open(ui, v->list_index - 1);
		else
			ui_message(ui, 0, "%s", _("this is the first article"));
		break;
	}
}
