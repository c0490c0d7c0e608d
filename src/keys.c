/*
 * keys.c: the one key table.  Every key the reader knows maps to a named
 * action in the views where it works; the help screen and the manual
 * read the same table, so they cannot disagree with the code.
 */

#include "config.h"

#include <string.h>
#include <strings.h>

#include <curses.h>
#include <unistr.h>

#include "sift.h"
#include "ui.h"

#define F(k)	((k) | UI_FKEY)
#define C(k)	((k) & 0x1f)
#define QUICK(k) { VIEW_ARTICLE, (k), ACTION_QUICK_TAG, "1-9", \
	N_("apply a quick tag of the tag set (sift tagset)") }

static const struct key_binding keys_table[] = {
	{ VIEW_ANY, 'q', ACTION_QUIT, "q", N_("quit, or go back to the list") },
	{ VIEW_ANY, '?', ACTION_HELP, "?", N_("show this help") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_HELP | VIEW_CLAIMS, 'j', ACTION_DOWN,
	  "j",
	  N_("move down one line") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_HELP | VIEW_CLAIMS, F(KEY_DOWN),
	  ACTION_DOWN,
	  "Down", N_("move down one line") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_HELP | VIEW_CLAIMS, 'k', ACTION_UP,
	  "k",
	  N_("move up one line") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_HELP | VIEW_CLAIMS, F(KEY_UP),
	  ACTION_UP, "Up",
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
	{ VIEW_CLAIMS, '\n', ACTION_OPEN, "Enter",
	  N_("go to the claim in its article") },
	{ VIEW_CLAIMS, '\r', ACTION_OPEN, "Enter",
	  N_("go to the claim in its article") },
	{ VIEW_CLAIMS, F(KEY_ENTER), ACTION_OPEN, "Enter",
	  N_("go to the claim in its article") },
	{ VIEW_LIST | VIEW_ARTICLE, '/', ACTION_SEARCH, "/",
	  N_("search (the store in the list, the text in an article)") },
	{ VIEW_LIST | VIEW_ARTICLE, 'n', ACTION_NEXT, "n",
	  N_("next match") },
	{ VIEW_LIST | VIEW_ARTICLE, 'N', ACTION_PREV, "N",
	  N_("previous match") },
	{ VIEW_LIST, 's', ACTION_SORT, "s",
	  N_("sort by date, source or title") },
	{ VIEW_LIST, 'l', ACTION_LIMIT, "l",
	  N_("limit the list by a pattern (Patterns, below; Enter alone: "
	  "all)") },
	{ VIEW_CLAIMS, 'l', ACTION_LIMIT, "l",
	  N_("limit the claims to a tag") },
	{ VIEW_CLAIMS, 'a', ACTION_LIMIT_ANNOTATOR, "a",
	  N_("limit the claims to an annotator's") },
	{ VIEW_LIST | VIEW_ARTICLE, 'D', ACTION_DONE, "D",
	  N_("mark the article done (read, nothing more to tag), or not") },
	{ VIEW_LIST | VIEW_ARTICLE, 'C', ACTION_ALL_CLAIMS, "C",
	  N_("list every claim in the store") },
	{ VIEW_ARTICLE, 'H', ACTION_HIDDEN, "H",
	  N_("show hidden blocks with their reason, or hide them") },
	{ VIEW_ARTICLE, 'm', ACTION_MARK, "m",
	  N_("flip the top block: content or boilerplate (stored)") },
	{ VIEW_ARTICLE, 'J', ACTION_NEXT_ARTICLE, "J", N_("next article") },
	{ VIEW_ARTICLE, 'K', ACTION_PREV_ARTICLE, "K",
	  N_("previous article") },
	{ VIEW_ARTICLE, ']', ACTION_NEXT_SENTENCE, "]",
	  N_("claim cursor: next sentence") },
	{ VIEW_ARTICLE, '[', ACTION_PREV_SENTENCE, "[",
	  N_("claim cursor: previous sentence") },
	{ VIEW_ARTICLE, '}', ACTION_NEXT_BLOCK, "}",
	  N_("claim cursor: next block") },
	{ VIEW_ARTICLE, '{', ACTION_PREV_BLOCK, "{",
	  N_("claim cursor: previous block") },
	{ VIEW_ARTICLE, 'v', ACTION_SELECT, "v",
	  N_("start a selection that ] [ } { extend, or stop it") },
	{ VIEW_ARTICLE, 't', ACTION_TAG, "t",
	  N_("tag the sentence or the selection: pick a tag, or type a new "
	     "one") },
	QUICK('1'), QUICK('2'), QUICK('3'), QUICK('4'), QUICK('5'),
	QUICK('6'), QUICK('7'), QUICK('8'), QUICK('9'),
	{ VIEW_ARTICLE, 'a', ACTION_NOTE, "a",
	  N_("add or edit the note of the claim under the cursor") },
	{ VIEW_ARTICLE, 'c', ACTION_CLAIMANT, "c",
	  N_("set who makes the claim under the cursor") },
	{ VIEW_ARTICLE, 'd', ACTION_DELETE, "d",
	  N_("delete the claim under the cursor") },
	{ VIEW_LIST, 'd', ACTION_DELETE, "d",
	  N_("remove the article from the store (asks first; sift rm)") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_CLAIMS, 'u', ACTION_UNDO, "u",
	  N_("undo the last tagging action (again: the one before)") },
	{ VIEW_LIST | VIEW_ARTICLE | VIEW_CLAIMS, C('r'), ACTION_REDO, "^R",
	  N_("redo what u undid") },
	{ VIEW_ARTICLE, 'T', ACTION_ARTICLE_CLAIMS, "T",
	  N_("list this article's claims") },
	{ VIEW_ARTICLE, 'X', ACTION_NEXT_DISAGREEMENT, "X",
	  N_("claim cursor: the next sentence the annotators who marked the "
	  "article done disagree on, with who tagged what") },
	{ VIEW_ANY, C('l'), ACTION_REDRAW, "^L", N_("redraw the screen") },
	{ VIEW_ANY, C('z'), ACTION_SUSPEND, "^Z", N_("suspend sift") },
};

/*
 * What the reader takes outside the table, for the help screen: the
 * prompt's editing keys (ui-prompt.c reads them itself) and the mouse
 * (ui.c and each view's mouse function).
 */
static const struct key_note keys_notes[] = {
	{ KEYS_PROMPT, "Left", N_("cursor left a character (^B)") },
	{ KEYS_PROMPT, "Right", N_("cursor right a character (^F)") },
	{ KEYS_PROMPT, "Home", N_("cursor to the start (^A)") },
	{ KEYS_PROMPT, "End", N_("cursor to the end (^E)") },
	{ KEYS_PROMPT, "Bksp", N_("delete the character before the cursor") },
	{ KEYS_PROMPT, "Delete", N_("delete the character under the cursor "
	  "(^D)") },
	{ KEYS_PROMPT, "^U ^K", N_("delete before, or after, the cursor") },
	{ KEYS_PROMPT, "Tab", N_("complete to the highlighted item") },
	{ KEYS_PROMPT, "Escape", N_("cancel (^G)") },
	{ KEYS_MOUSE, "wheel", N_("scroll the list, an article, the claims or "
	  "this help") },
	{ KEYS_MOUSE, "click", N_("select a row; in an article, put the claim "
	  "cursor on the sentence") },
	{ KEYS_MOUSE, "double", N_("open the row's article, or go to the "
	  "claim") },
	{ KEYS_MOUSE, "off", N_("'mouse off' in the config file") },
	{ KEYS_PATTERN, "~t TAG", N_("a claim tagged TAG, a glob: ~t "
	  "arms-supply/*") },
	{ KEYS_PATTERN, "~C", N_("has claims (!~C: none yet)") },
	{ KEYS_PATTERN, "~s SRC", N_("from the source SRC") },
	{ KEYS_PATTERN, "~l LANG", N_("in the language LANG (en, zh, ja...)") },
	{ KEYS_PATTERN, "~d", N_("published: ~d <1w, ~d 2023-09-01..2023-09-30") },
	{ KEYS_PATTERN, "~b TEXT", N_("TEXT in the body the reader shows") },
	{ KEYS_PATTERN, "~B TEXT", N_("TEXT in the body or the hidden blocks") },
	{ KEYS_PATTERN, "~h TEXT", N_("TEXT in the title") },
	{ KEYS_PATTERN, "~U ~D", N_("unread; done") },
	{ KEYS_PATTERN, "~c ~a", N_("a claim by a claimant; by an annotator") },
	{ KEYS_PATTERN, "~o", N_("has claims lost from the text (orphans)") },
	{ KEYS_PATTERN, "~x", N_("the annotators who marked it done disagree") },
	{ KEYS_PATTERN, "! | ()", N_("not, or, grouping; side by side: and") },
	{ KEYS_PATTERN, "TEXT", N_("TEXT in the title or the body") },
};

/* The notes (KEYS_PROMPT, KEYS_MOUSE, KEYS_PATTERN), in order. */
const struct key_note *
keys_notes_list(size_t *n)
{
	*n = sizeof keys_notes / sizeof keys_notes[0];
	return (keys_notes);
}

/* The actions by name, for the configuration file. */
static const char *keys_actions[] = {
	[ACTION_NONE] = "none", [ACTION_QUIT] = "quit",
	[ACTION_HELP] = "help", [ACTION_DOWN] = "down", [ACTION_UP] = "up",
	[ACTION_PGDN] = "page-down", [ACTION_PGUP] = "page-up",
	[ACTION_TOP] = "top", [ACTION_BOTTOM] = "bottom",
	[ACTION_OPEN] = "open", [ACTION_SEARCH] = "search",
	[ACTION_NEXT] = "next-match", [ACTION_PREV] = "previous-match",
	[ACTION_SORT] = "sort", [ACTION_LIMIT] = "limit",
	[ACTION_HIDDEN] = "hidden", [ACTION_MARK] = "mark",
	[ACTION_NEXT_ARTICLE] = "next-article",
	[ACTION_PREV_ARTICLE] = "previous-article",
	[ACTION_REDRAW] = "redraw", [ACTION_SUSPEND] = "suspend",
	[ACTION_NEXT_SENTENCE] = "next-sentence",
	[ACTION_PREV_SENTENCE] = "previous-sentence",
	[ACTION_NEXT_BLOCK] = "next-block",
	[ACTION_PREV_BLOCK] = "previous-block", [ACTION_TAG] = "tag",
	[ACTION_NOTE] = "note", [ACTION_CLAIMANT] = "claimant",
	[ACTION_DELETE] = "delete", [ACTION_QUICK_TAG] = "quick-tag",
	[ACTION_UNDO] = "undo", [ACTION_REDO] = "redo",
	[ACTION_DONE] = "done", [ACTION_ARTICLE_CLAIMS] = "article-claims",
	[ACTION_ALL_CLAIMS] = "all-claims", [ACTION_SELECT] = "select",
	[ACTION_LIMIT_ANNOTATOR] = "limit-annotator",
	[ACTION_NEXT_DISAGREEMENT] = "next-disagreement",
};

static const struct {
	const char	*name;
	int		 key;
} keys_names[] = {
	{ "Enter", '\r' }, { "Space", ' ' }, { "Tab", '\t' },
	{ "Escape", 27 }, { "Down", F(KEY_DOWN) }, { "Up", F(KEY_UP) },
	{ "Left", F(KEY_LEFT) }, { "Right", F(KEY_RIGHT) },
	{ "PgDn", F(KEY_NPAGE) }, { "PgUp", F(KEY_PPAGE) },
	{ "Home", F(KEY_HOME) }, { "End", F(KEY_END) },
	{ "Backspace", F(KEY_BACKSPACE) },
};

/* Bindings from the configuration file, looked at before the table. */
static struct key_binding	*keys_user;
static size_t			 keys_nuser;

/* Parse a key name: a character, ^X, or one of keys_names. */
static int
keys_parse(const char *s)
{
	size_t	i;
	ucs4_t	c;
	int	l;

	for (i = 0; i < sizeof keys_names / sizeof keys_names[0]; i++)
		if (strcasecmp(s, keys_names[i].name) == 0)
			return (keys_names[i].key);
	if (s[0] == '^' && s[1] != '\0' && s[2] == '\0')
		return (C(s[1]));
	l = u8_mbtouc(&c, (const uint8_t *)s, strlen(s));
	if (l > 0 && (size_t)l == strlen(s) && c > ' ' && c != 0x7f)
		return ((int)c);
	return (-1);
}

/*
 * Bind a key in views ("list", "article", "help" or "all") to an action,
 * from the configuration file.  Returns -1 with a cause on a bad name.
 */
int
keys_bind(const char *views, const char *key, const char *action,
    char **cause)
{
	struct key_binding	*b;
	size_t			 i;
	int			 v, k, a = -1;

	if (strcmp(views, "list") == 0)
		v = VIEW_LIST;
	else if (strcmp(views, "article") == 0)
		v = VIEW_ARTICLE;
	else if (strcmp(views, "help") == 0)
		v = VIEW_HELP;
	else if (strcmp(views, "claims") == 0)
		v = VIEW_CLAIMS;
	else if (strcmp(views, "all") == 0)
		v = VIEW_ANY;
	else {
		*cause = xasprintf(_("unknown view '%s' (list, article, "
		    "claims, help or all)"), views);
		return (-1);
	}
	if ((k = keys_parse(key)) < 0) {
		*cause = xasprintf(_("unknown key '%s'"), key);
		return (-1);
	}
	for (i = 0; i < sizeof keys_actions / sizeof keys_actions[0]; i++)
		if (strcmp(action, keys_actions[i]) == 0)
			a = (int)i;
	if (a < 0) {
		*cause = xasprintf(_("unknown action '%s'"), action);
		return (-1);
	}
	keys_user = xreallocarray(keys_user, keys_nuser + 1,
	    sizeof *keys_user);
	b = &keys_user[keys_nuser++];
	b->views = v;
	b->key = k;
	b->action = a;
	b->keyname = xstrdup(key);
	b->help = N_("(your binding)");
	for (i = 0; i < sizeof keys_table / sizeof keys_table[0]; i++)
		if (keys_table[i].action == a) {
			b->help = keys_table[i].help;
			break;
		}
	return (0);
}

/* The name of an action, for the manual and the help screen. */
const char *
keys_action_name(int action)
{
	if (action < 0 || (size_t)action >= sizeof keys_actions /
	    sizeof keys_actions[0])
		return ("none");
	return (keys_actions[action]);
}

/* The action of a key in a view, or ACTION_NONE. */
int
keys_action(int view, int key)
{
	size_t	i;

	for (i = keys_nuser; i > 0; i--)
		if ((keys_user[i - 1].views & view) &&
		    keys_user[i - 1].key == key)
			return (keys_user[i - 1].action);
	for (i = 0; i < sizeof keys_table / sizeof keys_table[0]; i++)
		if ((keys_table[i].views & view) && keys_table[i].key == key)
			return (keys_table[i].action);
	return (ACTION_NONE);
}

/* The table, for the help screen; the user's bindings in *user. */
const struct key_binding *
keys_list(size_t *n, const struct key_binding **user, size_t *nuser)
{
	*n = sizeof keys_table / sizeof keys_table[0];
	*user = keys_user;
	*nuser = keys_nuser;
	return (keys_table);
}
