/*
 * ui-help.c: the help view, made from the key table (keys.c) so it lists
 * exactly the keys there are.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

static void
ui_help_draw(struct ui *ui)
{
	static const struct {
		int		 view;
		const char	*title;
	} sections[] = {
		{ VIEW_LIST, N_("In the list") },
		{ VIEW_ARTICLE, N_("In an article") },
		{ VIEW_CLAIMS, N_("In the claims view (T, C)") },
	};
	const struct key_binding	*k, *user;
	char				 line[256];
	size_t				 n, i, s, row = 0, j, nuser;
	int				 y = 1, dup;

	ui_cut(0, 0, _("sift: keys"), COLS, ui_attr(COLOUR_TITLE));
	k = keys_list(&n, &user, &nuser);
	for (s = 0; s < sizeof sections / sizeof sections[0]; s++) {
		if (row++ >= ui->help_top && y < LINES - 1)
			ui_cut(y++, 0, _(sections[s].title), COLS,
			    ui_attr(COLOUR_META));
		for (i = 0; i < nuser; i++) {
			if (!(user[i].views & sections[s].view))
				continue;
			snprintf(line, sizeof line, "  [%s]%*s %s",
			    user[i].keyname,
			    (int)(7 - strlen(user[i].keyname)), "",
			    _(user[i].help));
			if (row++ >= ui->help_top && y < LINES - 1)
				ui_cut(y++, 0, line, COLS, A_NORMAL);
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
			if (row++ >= ui->help_top && y < LINES - 1)
				ui_cut(y++, 0, line, COLS, A_NORMAL);
		}
	}
	ui_status(ui, _("q: back"));
}

static int
ui_help_open(struct ui *ui, const struct ui_arg *arg)
{
	(void)arg;
	ui->help_top = 0;
	return (0);
}

static void
ui_help_key(struct ui *ui, int key)
{
	switch (keys_action(VIEW_HELP, key)) {
	case ACTION_QUIT:
	case ACTION_HELP:
		ui_pop(ui);
		break;
	case ACTION_DOWN:
		ui->help_top++;
		break;
	case ACTION_UP:
		if (ui->help_top > 0)
			ui->help_top--;
		break;
	case ACTION_TOP:
		ui->help_top = 0;
		break;
	}
}

const struct ui_view ui_help_view = {
	.id = VIEW_HELP,
	.open = ui_help_open,
	.draw = ui_help_draw,
	.key = ui_help_key,
};
