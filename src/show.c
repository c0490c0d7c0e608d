/*
 * show.c: an article printed as `sift show` and `sift clean` print it:
 * the title, then the blocks the page (page.c) shows, in its order.
 * With a width, each row of the page as the reader draws it: an empty
 * line between blocks, the comments' heading, reason lines with
 * --explain.  Without one, one block a line (what scripts and scorers
 * read): "-- Comments --" before the comments, and with --explain each
 * block prefixed with its number, verdict and reason.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

/* Print a byte range, wrapped when a width is set, else on one line. */
static void
show_text(const char *s, size_t n, struct show_opts *o)
{
	struct layout_line	*lines = NULL;
	struct buf		 b;
	size_t			 nl = 0, size = 0, i;

	if (o->lo.width <= 0) {
		buf_init(&b);
		text_display(s, n, 0, o->lo.emoji_full, &b);
		if (b.len > 0)
			fwrite(b.data, 1, b.len, stdout);
		putchar('\n');
		buf_free(&b);
		return;
	}
	layout_wrap(s, n, 0, &o->lo, &lines, &nl, &size);
	for (i = 0; i < nl; i++)
		layout_print_line(stdout, s, &lines[i], o->lo.emoji_full);
	free(lines);
}

/*
 * What --explain says of the article as a whole, before its blocks: the
 * encoding its bytes were in, its author, and how its page was read.
 */
static void
show_page(const struct article *a, const struct clean *c,
    struct show_opts *o)
{
	struct buf	 b;
	char		*line;

	buf_init(&b);
	if (a->encoding != NULL)
		buf_printf(&b, "%s%s %s", b.len ? "; " : "", _("encoding"),
		    a->encoding);
	if (a->author != NULL)
		buf_printf(&b, "%s%s %s", b.len ? "; " : "", _("author"),
		    a->author);
	if (c->page[0] != '\0')
		buf_printf(&b, "%s%s", b.len ? "; " : "", c->page);
	if (b.len > 0) {
		line = xasprintf("[%s]", b.data);
		show_text(line, strlen(line), o);
		free(line);
		if (o->lo.width > 0)
			putchar('\n');
	}
	buf_free(&b);
}

/* Print the page wrapped to o->lo.width, row by row. */
static void
show_rows(const struct article *a, struct page *pg, struct show_opts *o)
{
	const struct clean_block	*b;
	struct page_row			 row;
	size_t				 k, r, n;

	for (k = 0; k < pg->nvis; k++) {
		n = page_rows(pg, k);
		for (r = 0; r < n; r++) {
			page_row(pg, k, r, &row);
			b = &pg->c->blocks[row.block];
			switch (row.kind) {
			case PAGE_HEADING:
				printf("%s\n", _("-- Comments --"));
				break;
			case PAGE_REASON:
				printf("[%zu %s: %s]\n", row.block + 1,
				    clean_verdict_name(b->verdict), b->reason);
				break;
			case PAGE_LINE:
				layout_print_line(stdout, a->text, row.line,
				    o->lo.emoji_full);
				break;
			case PAGE_BLANK:
				putchar('\n');
				break;
			}
		}
	}
}

/* Print the page one block a line. */
static void
show_lines(const struct article *a, struct page *pg, struct show_opts *o)
{
	const struct clean_block	*b;
	size_t				 k;

	for (k = 0; k < pg->nvis; k++) {
		b = &pg->c->blocks[pg->vis[k]];
		if (k == pg->comments)
			printf("%s\n", _("-- Comments --"));
		if (o->explain)
			printf("[%zu %s: %s] ", pg->vis[k] + 1,
			    clean_verdict_name(b->verdict), b->reason);
		show_text(a->text + b->start, b->len, o);
	}
}

/*
 * A web page's title comes from its head and the <h1> over the story, not
 * from the story's text: clean leaves it out, as extractors do, unless
 * asked for it (--title), wrapping as the reader shows it (--width) or
 * explaining (--explain: a block is "the page's title, shown above").
 */
static int
show_untitled(const struct article *a, const struct show_opts *o)
{
	return ((o->bare & SHOW_BARE_TITLE) && !o->explain &&
	    o->lo.width == 0 && a->format != NULL &&
	    strcmp(a->format, "html") == 0);
}

/*
 * Print an article as sift sees it: the title, then its page.  Comments
 * follow the article under their own heading; --all prints the hidden
 * blocks in place, --explain (which implies it) says why of each block.
 */
void
show_article(const struct article *a, const struct clean *c,
    struct show_opts *o)
{
	struct page	 pg;
	struct layout	*lo = NULL;

	if (!o->first)
		putchar('\n');
	o->first = 0;
	if (a->title != NULL && !show_untitled(a, o))
		show_text(a->title, strlen(a->title), o);
	if (o->explain)
		show_page(a, c, o);
	if (o->lo.width > 0)
		lo = layout_new(a->text, a->len, &o->lo);
	memset(&pg, 0, sizeof pg);
	page_order(&pg, c, lo, o->all, o->explain ? PAGE_REASONS_ALL :
	    PAGE_REASONS_NONE);
	/* clean prints the article alone, unless asked for comments */
	if ((o->bare & SHOW_BARE_COMMENTS) && !o->all && o->lo.width == 0)
		pg.nvis = pg.comments;
	if (lo != NULL) {
		if (a->title != NULL && !show_untitled(a, o) && pg.nvis > 0)
			putchar('\n');
		show_rows(a, &pg, o);
	} else
		show_lines(a, &pg, o);
	page_free(&pg);
	layout_free(lo);
}
