/*
 * test-keys.c: the reader's key table (src/keys.c) without a terminal:
 * the default keys and the views they work in, the names of actions,
 * and the key specs of the configuration's "bind VIEW KEY ACTION" lines
 * (a character, ^X, or a named key such as PgDn, in any case), the
 * errors a bad one gives, and a binding's precedence over the table.
 * keys.c names curses' function keys, so this test includes curses too.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"
#include "tap.h"

#define FKEY(k)	((k) | UI_FKEY)
#define CTRL(k)	((k) & 0x1f)

/* keys_bind(views, key, action) fails with a cause containing want. */
static void
refused(const char *views, const char *key, const char *action,
    const char *want)
{
	char	*cause = NULL;
	int	 rc = keys_bind(views, key, action, &cause);

	ok(rc == -1 && cause != NULL && strstr(cause, want) != NULL,
	    "bind %s %s %s is refused: %s", views, key, action,
	    cause != NULL ? cause : "(no cause)");
	free(cause);
}

static void
bind(const char *views, const char *key, const char *action)
{
	char	*cause = NULL;

	ok(keys_bind(views, key, action, &cause) == 0, "bind %s %s %s",
	    views, key, action);
	if (cause != NULL) {
		printf("#   %s\n", cause);
		free(cause);
	}
}

int
main(void)
{
	const struct key_binding	*t, *user;
	size_t				 n, nuser, i;
	int				 found;

	/* The defaults, in the views where they work. */
	ok(keys_action(VIEW_LIST, 'q') == ACTION_QUIT &&
	    keys_action(VIEW_HELP, 'q') == ACTION_QUIT, "q quits everywhere");
	ok(keys_action(VIEW_ARTICLE, 'j') == ACTION_DOWN &&
	    keys_action(VIEW_ARTICLE, FKEY(KEY_DOWN)) == ACTION_DOWN,
	    "j and Down move down");
	ok(keys_action(VIEW_LIST, '\r') == ACTION_OPEN &&
	    keys_action(VIEW_LIST, '\n') == ACTION_OPEN &&
	    keys_action(VIEW_LIST, FKEY(KEY_ENTER)) == ACTION_OPEN,
	    "Enter opens, as CR, LF or the keypad's");
	ok(keys_action(VIEW_ARTICLE, 't') == ACTION_TAG &&
	    keys_action(VIEW_LIST, 't') == ACTION_NONE,
	    "t tags in an article, does nothing in the list");
	ok(keys_action(VIEW_ARTICLE, '5') == ACTION_QUICK_TAG,
	    "a digit is a quick tag in an article");
	ok(keys_action(VIEW_HELP, CTRL('l')) == ACTION_REDRAW &&
	    keys_action(VIEW_CLAIMS, CTRL('z')) == ACTION_SUSPEND,
	    "^L redraws and ^Z suspends in every view");
	ok(keys_action(VIEW_ARTICLE, KEY_DOWN) == ACTION_NONE,
	    "a function key's code is not a character's");
	ok(keys_action(VIEW_LIST, 0x4e2d) == ACTION_NONE,
	    "an unbound character does nothing");

	/* Action names, for the configuration and the manual. */
	is_str(keys_action_name(ACTION_PGDN), "page-down", "page-down");
	is_str(keys_action_name(ACTION_NEXT_ARTICLE), "next-article",
	    "next-article");
	is_str(keys_action_name(ACTION_SELECT), "select", "select, the last");
	is_str(keys_action_name(-1), "none", "a negative action is none");
	is_str(keys_action_name(1000), "none", "one past the table is none");

	/* The table: every entry has a name and help, in known views. */
	t = keys_list(&n, &user, &nuser);
	for (i = 0; i < n; i++)
		if (t[i].keyname == NULL || t[i].help == NULL ||
		    (t[i].views & ~VIEW_ANY) != 0 || t[i].views == 0 ||
		    strcmp(keys_action_name(t[i].action), "none") == 0)
			break;
	ok(n > 40 && i == n, "the table's %zu keys are named, helped and "
	    "in views", n);
	ok(nuser == 0, "no user bindings yet");

	/* Key specs. */
	refused("everywhere", "x", "quit", "unknown view 'everywhere'");
	refused("list", "", "quit", "unknown key ''");
	refused("list", "ab", "quit", "unknown key 'ab'");
	refused("list", "^ab", "quit", "unknown key '^ab'");
	refused("list", " ", "quit", "unknown key ' '");
	refused("list", "\177", "quit", "unknown key");	/* DEL */
	refused("list", "x", "fly", "unknown action 'fly'");
	refused("list", "x", "Quit", "unknown action 'Quit'");
	keys_list(&n, &user, &nuser);
	ok(nuser == 0, "a refused binding binds nothing");

	bind("list", "x", "quit");
	ok(keys_action(VIEW_LIST, 'x') == ACTION_QUIT &&
	    keys_action(VIEW_ARTICLE, 'x') == ACTION_NONE,
	    "a character, in its view only");
	bind("article", "^O", "open");
	ok(keys_action(VIEW_ARTICLE, CTRL('o')) == ACTION_OPEN, "^O is ctrl-O");
	bind("all", "pgdn", "next-article");
	ok(keys_action(VIEW_LIST, FKEY(KEY_NPAGE)) == ACTION_NEXT_ARTICLE &&
	    keys_action(VIEW_HELP, FKEY(KEY_NPAGE)) == ACTION_NEXT_ARTICLE,
	    "a named key in any case, in all views");
	ok(keys_action(VIEW_LIST, ' ') == ACTION_PGDN,
	    "Space still pages down");
	bind("claims", "Escape", "quit");
	ok(keys_action(VIEW_CLAIMS, 27) == ACTION_QUIT, "Escape is 27");
	bind("help", "Tab", "down");
	ok(keys_action(VIEW_HELP, '\t') == ACTION_DOWN, "Tab is 9");
	bind("article", "\303\244", "mark");
	ok(keys_action(VIEW_ARTICLE, 0xe4) == ACTION_MARK,
	    "a UTF-8 character is its code point");
	bind("list", "^", "top");
	ok(keys_action(VIEW_LIST, '^') == ACTION_TOP,
	    "a caret alone is the caret key");
	bind("list", "j", "up");
	ok(keys_action(VIEW_LIST, 'j') == ACTION_UP &&
	    keys_action(VIEW_ARTICLE, 'j') == ACTION_DOWN,
	    "a binding beats the table, in its view");
	bind("list", "j", "bottom");
	ok(keys_action(VIEW_LIST, 'j') == ACTION_BOTTOM,
	    "the last binding of a key wins");

	t = keys_list(&n, &user, &nuser);
	ok(nuser == 9, "the bindings are listed for the help (%zu)", nuser);
	found = 0;
	for (i = 0; i < nuser; i++)
		if (user[i].key == FKEY(KEY_NPAGE) &&
		    strcmp(user[i].keyname, "pgdn") == 0 &&
		    user[i].help != NULL && strcmp(user[i].help,
		    "next article") == 0)
			found = 1;
	ok(found, "with the key as written and the action's help");
	return (tap_done());
}
