/*
 * page.c: an article laid out as a page, the one layout that both the
 * reader's article view and `sift show --width` (and `sift clean
 * --width`) draw, so they cannot drift apart.  Which blocks show, in
 * which order: the content, then the reader comments under their
 * heading; with all, every block in the text's order.  And the rows of
 * each: the comments' heading and an empty row before the first comment,
 * a reason row ("[3 boilerplate: share widget]") when reasons are shown,
 * the block's wrapped lines, an empty row between blocks.  Blocks are
 * wrapped only when their rows are asked for, so a 10 MB article is
 * paged as fast as a small one.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

/* Which blocks show, in which order; the page's rows start again. */
void
page_order(struct page *p, const struct clean *c, struct layout *lo,
    int all, int reasons)
{
	size_t	i;

	free(p->vis);
	free(p->item);
	memset(p, 0, sizeof *p);
	p->c = c;
	p->lo = lo;
	p->all = all;
	p->reasons = reasons;
	p->vis = xcalloc_dense(c->nblocks + 1, sizeof *p->vis);
	for (i = 0; i < c->nblocks; i++)
		if (all || c->blocks[i].verdict == VERDICT_CONTENT)
			p->vis[p->nvis++] = i;
	p->comments = p->nvis;
	if (!all)
		for (i = 0; i < c->nblocks; i++)
			if (c->blocks[i].verdict == VERDICT_COMMENT)
				p->vis[p->nvis++] = i;
	p->item = xreallocarray(NULL, c->nblocks + 1, sizeof *p->item);
	for (i = 0; i < c->nblocks; i++)
		p->item[i] = p->nvis;
	for (i = 0; i < p->nvis; i++)
		p->item[p->vis[i]] = i;
}

void
page_free(struct page *p)
{
	free(p->vis);
	free(p->item);
	memset(p, 0, sizeof *p);
}

/* Does item k have a reason row? */
static int
page_has_reason(const struct page *p, size_t k)
{
	if (p->reasons == PAGE_REASONS_ALL)
		return (1);
	return (p->reasons == PAGE_REASONS_HIDDEN &&
	    p->c->blocks[p->vis[k]].verdict != VERDICT_CONTENT);
}

/* The rows before item k's lines: the comments' heading, its reason. */
static size_t
page_head_rows(const struct page *p, size_t k)
{
	return ((k == p->comments ? 2 : 0) + page_has_reason(p, k));
}

/* How many rows item k (the k-th block shown) takes. */
size_t
page_rows(struct page *p, size_t k)
{
	size_t	n;

	layout_block(p->lo, p->vis[k], &n);
	return (page_head_rows(p, k) + n + (k + 1 < p->nvis));
}

/* Row r of item k. */
void
page_row(struct page *p, size_t k, size_t r, struct page_row *out)
{
	const struct layout_line	*lines;
	size_t				 n;

	memset(out, 0, sizeof *out);
	out->block = p->vis[k];
	if (k == p->comments) {
		if (r == 0) {
			out->kind = PAGE_HEADING;
			return;
		}
		if (r == 1) {
			out->kind = PAGE_BLANK;
			return;
		}
		r -= 2;
	}
	if (page_has_reason(p, k)) {
		if (r == 0) {
			out->kind = PAGE_REASON;
			return;
		}
		r--;
	}
	lines = layout_block(p->lo, p->vis[k], &n);
	if (r < n) {
		out->kind = PAGE_LINE;
		out->line = &lines[r];
	} else
		out->kind = PAGE_BLANK;
}

/* The row of item k that holds byte offset at (its first line's row). */
size_t
page_row_of(struct page *p, size_t k, size_t at)
{
	const struct layout_line	*lines;
	size_t				 n, line;

	lines = layout_block(p->lo, p->vis[k], &n);
	for (line = 0; line + 1 < n && lines[line + 1].start <= at; line++)
		/* nothing */;
	return (page_head_rows(p, k) + line);
}

/*
 * The item holding byte offset at (its end included), or nvis: the
 * blocks are in the text's order, so the last that starts at or before
 * at, found by halving.
 */
size_t
page_item_of(const struct page *p, size_t at)
{
	const struct clean_block	*b = p->c->blocks;
	size_t				 lo = 0, hi = p->c->nblocks, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (b[mid].start <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || at > b[lo - 1].start + b[lo - 1].len)
		return (p->nvis);	/* before the first, or between two */
	return (p->item[lo - 1]);
}
