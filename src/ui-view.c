/*
 * ui-view.c: the stack of open views and what views do to each other
 * through it.  A view opens another by its id (VIEW_*), looked up in the
 * table the frame hands over, so no view file calls another; the list
 * is always at the bottom.  A change to the store (a tag, an undo) is
 * told to every view at once through its changed function.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

const struct ui_view *
ui_top(struct ui *ui)
{
	return (ui->depth > 0 ? ui->stack[ui->depth - 1] : NULL);
}

static const struct ui_view *
ui_view_of(struct ui *ui, int id)
{
	size_t	i;

	for (i = 0; i < ui->nviews; i++)
		if (ui->views[i]->id == id)
			return (ui->views[i]);
	return (NULL);
}

/*
 * Open view id on arg: over the top view, or in its place when the top
 * is the same view (the next article, the claims of another).  Returns
 * -1 (the view has said why) when it cannot be opened; a view that was
 * replaced and could not open again is closed.
 */
int
ui_open(struct ui *ui, int id, const struct ui_arg *arg)
{
	const struct ui_view	*v = ui_view_of(ui, id);
	int			 replace;

	if (v == NULL)
		return (-1);
	replace = ui_top(ui) == v;
	if (!replace && ui->depth == UI_STACK)
		return (-1);
	if (v->open != NULL && v->open(ui, arg) != 0) {
		if (replace)
			ui_pop(ui);
		return (-1);
	}
	if (!replace)
		ui->stack[ui->depth++] = v;
	return (0);
}

/* Close the top view; the one under it shows again. */
void
ui_pop(struct ui *ui)
{
	const struct ui_view	*v;

	if (ui->depth <= 1)	/* the list stays */
		return;
	v = ui->stack[--ui->depth];
	if (v->close != NULL)
		v->close(ui);
}

/* The claims of an article (0: of several) changed: every view hears. */
void
ui_changed(struct ui *ui, int64_t article)
{
	size_t	i;

	for (i = 0; i < ui->nviews; i++)
		if (ui->views[i]->changed != NULL)
			ui->views[i]->changed(ui, article);
}

/*
 * After a tagging action succeeded: put it on the undo list, with what
 * was done, for the messages "undone: ..." and "redone: ...".
 */
void
ui_undo_end(struct ui *ui, struct undo_action *u, int64_t id,
    const char *fmt, ...)
{
	va_list	ap;
	char	what[128];

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	undo_end(ui->store, &ui->undo, u, id, what);
}

/* u (dir -1) and ^R (dir 1), in any view that takes them. */
void
ui_undo(struct ui *ui, int dir)
{
	const struct undo_action	*u;
	char				*cause;

	switch (undo_step(ui->store, &ui->undo, dir, &u, &cause)) {
	case 1:
		ui_message(ui, 0, "%s", dir < 0 ? _("nothing to undo") :
		    _("nothing to redo"));
		return;
	case -1:
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	ui_message(ui, 0, dir < 0 ? _("undone: %s") : _("redone: %s"),
	    u->what);
	ui_changed(ui, u->article_id);
}
