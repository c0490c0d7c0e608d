/*
 * ui-help.c: the help view, made from the key table (keys.c) so it lists
 * exactly the keys there are.  It scrolls with every movement key it
 * lists, and stops with its last line on the last row.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

/* The rows under the title and above the status line. */
static size_t
ui_help_height(void)
{
	return (LINES > 2 ? (size_t)LINES - 2 : 1);
}

/* Row row of the help: drawn when it is on the screen. */
static void
ui_help_put(struct ui *ui, size_t row, const char *line, int attr)
{
	if (row >= ui->help_top && row - ui->help_top < ui_help_height())
		ui_cut(1 + (int)(row - ui->help_top), 0, line, COLS, attr);
}

/* A section of what is not in the key table; returns the next row. */
static size_t
ui_help_notes(struct ui *ui, size_t row, int kind, const char *title)
{
	const struct key_note	*k;
	char			 line[256];
	size_t			 n, i;

	ui_help_put(ui, row++, title, ui_attr(COLOUR_META));
	k = keys_notes_list(&n);
	for (i = 0; i < n; i++)
		if (k[i].kind == kind) {
			snprintf(line, sizeof line, "  [%s]%*s %s",
			    k[i].keyname, (int)(7 - strlen(k[i].keyname)), "",
			    _(k[i].help));
			ui_help_put(ui, row++, line, A_NORMAL);
		}
	return (row);
}

/* Lay the help out, drawing the rows on the screen; returns its rows. */
static size_t
ui_help_lines(struct ui *ui)
{
	static const struct {
		int		 view;
		const char	*title;
	} sections[] = {
		{ VIEW_LIST, N_("In the list") },
		{ VIEW_ARTICLE, N_("In an article") },
		{ VIEW_CLAIMS, N_("In the claims view (T, C)") },
		{ VIEW_HELP, N_("In this help") },
	};
	const struct key_binding	*k, *user;
	char				 line[256];
	size_t				 n, i, s, row = 0, j, nuser;
	int				 dup;

	k = keys_list(&n, &user, &nuser);
	for (s = 0; s < sizeof sections / sizeof sections[0]; s++) {
		ui_help_put(ui, row++, _(sections[s].title),
		    ui_attr(COLOUR_META));
		for (i = 0; i < nuser; i++) {
			if (!(user[i].views & sections[s].view))
				continue;
			snprintf(line, sizeof line, "  [%s]%*s %s",
			    user[i].keyname,
			    (int)(7 - strlen(user[i].keyname)), "",
			    _(user[i].help));
			ui_help_put(ui, row++, line, A_NORMAL);
		}
		for (i = 0; i < n; i++) {
			if (!(k[i].views & sections[s].view))
				continue;
			/* one line a key name and action */
			for (j = dup = 0; j < i; j++)
				if ((k[j].views & sections[s].view) &&
				    strcmp(k[j].keyname, k[i].keyname) == 0 &&
				    k[j].action == k[i].action)
					dup = 1;
			if (dup)
				continue;
			snprintf(line, sizeof line, "  [%s]%*s %s", k[i].keyname,
			    (int)(7 - strlen(k[i].keyname)), "",
			    _(k[i].help));
			ui_help_put(ui, row++, line, A_NORMAL);
		}
	}
	row = ui_help_notes(ui, row, KEYS_PROMPT, _("In a prompt (/, l, t, "
	    "a, c)"));
	row = ui_help_notes(ui, row, KEYS_PATTERN, _("Patterns (l and / in "
	    "the list, --where)"));
	return (ui_help_notes(ui, row, KEYS_MOUSE, _("With the mouse")));
}

/* The last top row: the help's last line on the screen's last row. */
static size_t
ui_help_last_top(struct ui *ui)
{
	size_t	top = ui->help_top, rows, h = ui_help_height();

	ui->help_top = (size_t)-1 / 2;	/* off the screen: nothing drawn */
	rows = ui_help_lines(ui);
	ui->help_top = top;
	return (rows > h ? rows - h : 0);
}

static void
ui_help_draw(struct ui *ui)
{
	size_t	last = ui_help_last_top(ui);

	if (ui->help_top > last)	/* a resize made it taller */
		ui->help_top = last;
	ui_cut(0, 0, _("sift: keys"), COLS, ui_attr(COLOUR_TITLE));
	ui_help_lines(ui);
	ui_status(ui, _("q: back"));
}

static int
ui_help_open(struct ui *ui, const struct ui_arg *arg)
{
	(void)arg;
	ui->help_top = 0;
	return (0);
}

/* Scroll by n rows (up when negative), within the help. */
static void
ui_help_scroll(struct ui *ui, long n)
{
	size_t	last = ui_help_last_top(ui);

	if (n < 0)
		ui->help_top = (size_t)-n > ui->help_top ? 0 :
		    ui->help_top - (size_t)-n;
	else
		ui->help_top = ui->help_top + (size_t)n > last ? last :
		    ui->help_top + (size_t)n;
}

static void
ui_help_key(struct ui *ui, int key)
{
	long	page = ui_help_height() > 1 ? (long)ui_help_height() - 1 : 1;

	switch (keys_action(VIEW_HELP, key)) {
	case ACTION_QUIT:
	case ACTION_HELP:
		ui_pop(ui);
		break;
	case ACTION_DOWN:
		ui_help_scroll(ui, 1);
		break;
	case ACTION_UP:
		ui_help_scroll(ui, -1);
		break;
	case ACTION_PGDN:
		ui_help_scroll(ui, page);
		break;
	case ACTION_PGUP:
		ui_help_scroll(ui, -page);
		break;
	case ACTION_TOP:
		ui->help_top = 0;
		break;
	case ACTION_BOTTOM:
		ui->help_top = ui_help_last_top(ui);
		break;
	}
}

/* The wheel scrolls the help; clicks do nothing. */
static void
ui_help_mouse(struct ui *ui, enum ui_mouse what, int y, int x)
{
	(void)y;
	(void)x;
	if (what == MOUSE_WHEEL_UP || what == MOUSE_WHEEL_DOWN)
		ui_help_scroll(ui, what == MOUSE_WHEEL_UP ? -UI_WHEEL_ROWS :
		    UI_WHEEL_ROWS);
}

const struct ui_view ui_help_view = {
	.id = VIEW_HELP,
	.open = ui_help_open,
	.draw = ui_help_draw,
	.key = ui_help_key,
	.mouse = ui_help_mouse,
};
