/*
 * keys.c: the one key table.  Every key the reader knows maps to a named
 * action in the views where it works; the help screen and the manual
 * read the same table, so they cannot disagree with the code.
 */

#include "config.h"

#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

#define F(k)	((k) | UI_FKEY)
#define C(k)	((k) & 0x1f)

static const struct key_binding keys_table[] = {
	{ VIEW_ANY, 'q', ACTION_QUIT, "q", N_("quit, or go back to the list") },
	{ VIEW_ANY, '?', ACTION_HELP, "?", N_("show this help") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_HELP, 'j', ACTION_DOWN, "j",
	  N_("move down one line") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_HELP, F(KEY_DOWN), ACTION_DOWN,
	  "Down", N_("move down one line") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_HELP, 'k', ACTION_UP, "k",
	  N_("move up one line") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_HELP, F(KEY_UP), ACTION_UP, "Up",
	  N_("move up one line") },
	{ VIEW_ANY, ' ', ACTION_PGDN, "Space", N_("next page") },
	{ VIEW_ANY, F(KEY_NPAGE), ACTION_PGDN, "PgDn", N_("next page") },
	{ VIEW_ANY, 'b', ACTION_PGUP, "b", N_("previous page") },
	{ VIEW_ANY, F(KEY_PPAGE), ACTION_PGUP, "PgUp", N_("previous page") },
	{ VIEW_ANY, 'g', ACTION_TOP, "g", N_("go to the top") },
	{ VIEW_ANY, F(KEY_HOME), ACTION_TOP, "Home", N_("go to the top") },
	{ VIEW_ANY, 'G', ACTION_BOTTOM, "G", N_("go to the bottom") },
	{ VIEW_ANY, F(KEY_END), ACTION_BOTTOM, "End", N_("go to the bottom") },
	{ VIEW_LIST, '\n', ACTION_OPEN, "Enter", N_("open the article") },
	{ VIEW_LIST, '\r', ACTION_OPEN, "Enter", N_("open the article") },
	{ VIEW_LIST, F(KEY_ENTER), ACTION_OPEN, "Enter",
	  N_("open the article") },
	{ VIEW_LIST | VIEW_ARTICLE, '/', ACTION_SEARCH, "/",
	  N_("search (the store in the list, the text in an article)") },
	{ VIEW_LIST | VIEW_ARTICLE, 'n', ACTION_NEXT, "n",
	  N_("next match") },
	{ VIEW_LIST | VIEW_ARTICLE, 'N', ACTION_PREV, "N",
	  N_("previous match") },
	{ VIEW_LIST, 's', ACTION_SORT, "s",
	  N_("sort by date, source or title") },
	{ VIEW_LIST, 'l', ACTION_LIMIT, "l", N_("limit the list to a tag") },
	{ VIEW_ARTICLE, 'H', ACTION_HIDDEN, "H",
	  N_("show hidden blocks with their reason, or hide them") },
	{ VIEW_ARTICLE, 'm', ACTION_MARK, "m",
	  N_("flip the top block: content or boilerplate (stored)") },
	{ VIEW_ARTICLE, 'J', ACTION_NEXT_ARTICLE, "J", N_("next article") },
	{ VIEW_ARTICLE, 'K', ACTION_PREV_ARTICLE, "K",
	  N_("previous article") },
	{ VIEW_ANY, C('l'), ACTION_REDRAW, "^L", N_("redraw the screen") },
	{ VIEW_ANY, C('z'), ACTION_SUSPEND, "^Z", N_("suspend sift") },
};

/* The action of a key in a view, or ACTION_NONE. */
int
keys_action(int view, int key)
{
	size_t	i;

	for (i = 0; i < sizeof keys_table / sizeof keys_table[0]; i++)
		if ((keys_table[i].views & view) && keys_table[i].key == key)
			return (keys_table[i].action);
	return (ACTION_NONE);
}

/* The table, for the help screen. */
const struct key_binding *
keys_list(size_t *n)
{
	*n = sizeof keys_table / sizeof keys_table[0];
	return (keys_table);
}
