/*
 * ui.c: the reader's frame.  It starts and ends curses (the terminal is
 * restored on every exit path: normal, fatal error, SIGINT, SIGTERM),
 * holds the single loop (draw the current view from its state, get_wch,
 * handle KEY_RESIZE centrally, pass the key to the view), the colour
 * table, the status line and the prompt.  Views are in ui-list.c,
 * ui-article.c and ui-help.c; keys in keys.c.
 */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curses.h>
#include <unigbrk.h>
#include <unistr.h>

#include "sift.h"
#include "ui.h"

#define UI_MIN_COLS	20
#define UI_MIN_LINES	5

static struct {
	short	fg;
	short	bg;
	int	attr;		/* used with and without colour */
} ui_colours[COLOUR_COUNT] = {
	[COLOUR_NORMAL] =	{ -1, -1, A_NORMAL },
	[COLOUR_TITLE] =	{ COLOR_YELLOW, -1, A_BOLD },
	[COLOUR_META] =		{ COLOR_CYAN, -1, A_NORMAL },
	[COLOUR_SELECTED] =	{ -1, -1, A_REVERSE },
	[COLOUR_STATUS] =	{ -1, -1, A_REVERSE },
	[COLOUR_HIDDEN] =	{ -1, -1, A_DIM },
	[COLOUR_MATCH] =	{ COLOR_BLACK, COLOR_YELLOW, A_REVERSE },
	[COLOUR_UNREAD] =	{ -1, -1, A_BOLD },
	[COLOUR_ERROR] =	{ COLOR_RED, -1, A_BOLD },
	[COLOUR_CLAIM] =	{ COLOR_MAGENTA, -1, A_BOLD },
};

static const char *ui_colour_names[COLOUR_COUNT] = {
	[COLOUR_NORMAL] = "normal", [COLOUR_TITLE] = "title",
	[COLOUR_META] = "meta", [COLOUR_SELECTED] = "selected",
	[COLOUR_STATUS] = "status", [COLOUR_HIDDEN] = "hidden",
	[COLOUR_MATCH] = "match", [COLOUR_UNREAD] = "unread",
	[COLOUR_ERROR] = "error", [COLOUR_CLAIM] = "claim",
};

static int	ui_active;

static int
ui_colour_number(const char *name, short *out)
{
	static const char	*names[] = { "black", "red", "green",
				    "yellow", "blue", "magenta", "cyan",
				    "white" };
	size_t			 i;

	if (strcmp(name, "default") == 0) {
		*out = -1;
		return (0);
	}
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i]) == 0) {
			*out = (short)i;
			return (0);
		}
	return (-1);
}

/*
 * Set a colour from the configuration file: its foreground, background
 * and attributes (bold, dim, reverse, underline, normal, comma-separated).
 */
int
ui_set_colour(const char *name, const char *fg, const char *bg,
    const char *attrs, char **cause)
{
	char	*copy, *a, *save = NULL;
	size_t	 i;
	short	 f, b = -1;
	int	 at = A_NORMAL;

	for (i = 0; i < COLOUR_COUNT; i++)
		if (strcmp(name, ui_colour_names[i]) == 0)
			break;
	if (i == COLOUR_COUNT) {
		*cause = xasprintf(_("unknown colour '%s'"), name);
		return (-1);
	}
	if (ui_colour_number(fg, &f) != 0 || (bg != NULL &&
	    ui_colour_number(bg, &b) != 0)) {
		*cause = xasprintf(_("unknown colour value '%s'"),
		    ui_colour_number(fg, &f) != 0 ? fg : bg);
		return (-1);
	}
	if (attrs != NULL) {
		copy = xstrdup(attrs);
		for (a = strtok_r(copy, ",", &save); a != NULL;
		    a = strtok_r(NULL, ",", &save)) {
			if (strcmp(a, "bold") == 0)
				at |= A_BOLD;
			else if (strcmp(a, "dim") == 0)
				at |= A_DIM;
			else if (strcmp(a, "reverse") == 0)
				at |= A_REVERSE;
			else if (strcmp(a, "underline") == 0)
				at |= A_UNDERLINE;
			else if (strcmp(a, "normal") != 0) {
				*cause = xasprintf(_("unknown attribute '%s'"),
				    a);
				free(copy);
				return (-1);
			}
		}
		free(copy);
		ui_colours[i].attr = at;
	}
	ui_colours[i].fg = f;
	ui_colours[i].bg = b;
	return (0);
}
static int	ui_colour_on;

static void
ui_end(void)
{
	if (ui_active) {
		ui_active = 0;
		endwin();
	}
}

static void
ui_signal(int sig)
{
	ui_end();
	_exit(128 + sig);
}

int
ui_attr(enum ui_colour c)
{
	if (ui_colour_on && c != COLOUR_SELECTED && c != COLOUR_STATUS &&
	    c != COLOUR_HIDDEN)
		return (COLOR_PAIR(c + 1) | (ui_colours[c].attr & ~A_REVERSE));
	return (ui_colours[c].attr);
}

void
ui_message(struct ui *ui, int error, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(ui->msg, sizeof ui->msg, fmt, ap);
	va_end(ap);
	ui->msg_error = error;
}

/*
 * Draw n bytes of text at (y, x), made safe for the terminal (text.c's
 * display transform), with an attribute.  The caller has laid the text
 * out to fit; returns the columns drawn.
 */
int
ui_text(int y, int x, const char *s, size_t n, int col, int attr)
{
	struct buf	b;
	int		end;

	buf_init(&b);
	end = text_display(s, n, col, 0, &b);
	attron(attr);
	if (b.len > 0)
		mvaddnstr(y, x, b.data, (int)b.len);
	attroff(attr);
	buf_free(&b);
	return (end - col);
}

/*
 * Draw a string cut to width columns at a grapheme (and, where it can, a
 * word) boundary, with "…" when cut.  Returns the columns drawn.
 */
int
ui_cut(int y, int x, const char *s, int width, int attr)
{
	struct layout_opts	 o = { 0, 0, 0 };
	struct layout_line	*l = NULL;
	size_t			 n = 0, size = 0, len = strcspn(s, "\n");
	int			 w;

	if (width <= 0)
		return (0);
	o.width = width;
	layout_wrap(s, len, 0, &o, &l, &n, &size);
	if (n <= 1) {
		w = n == 1 ? ui_text(y, x, s + l[0].start, l[0].len, 0, attr) :
		    0;
		free(l);
		return (w);
	}
	free(l);
	l = NULL;
	n = size = 0;
	o.width = width - 1;
	if (o.width < 1) {
		attron(attr);
		mvaddstr(y, x, "…");
		attroff(attr);
		return (1);
	}
	layout_wrap(s, len, 0, &o, &l, &n, &size);
	w = ui_text(y, x, s + l[0].start, l[0].len, 0, attr);
	attron(attr);
	mvaddstr(y, x + w, "…");
	attroff(attr);
	free(l);
	return (w + 1);
}

/* The status line: the view's own, or a message that replaces it. */
void
ui_status(struct ui *ui, const char *text)
{
	move(LINES - 1, 0);
	clrtoeol();
	if (ui->msg[0] != '\0') {
		ui_cut(LINES - 1, 0, ui->msg, COLS, ui_attr(ui->msg_error ?
		    COLOUR_ERROR : COLOUR_NORMAL));
		return;
	}
	attron(ui_attr(COLOUR_STATUS));
	mvhline(LINES - 1, 0, ' ', COLS);
	attroff(ui_attr(COLOUR_STATUS));
	ui_cut(LINES - 1, 0, text, COLS, ui_attr(COLOUR_STATUS));
}

/* The start of the last grapheme cluster of s (for backspace). */
static size_t
ui_last_cluster(const char *s, size_t n)
{
	char	*brk;
	size_t	 i;

	if (n == 0)
		return (0);
	brk = xmalloc(n);
	u8_grapheme_breaks((const uint8_t *)s, n, brk);
	for (i = n - 1; i > 0 && !brk[i]; i--)
		/* nothing */;
	free(brk);
	return (i);
}

static void	ui_draw(struct ui *);
static void	ui_paint(struct ui *);

/* The folded (case, width) form of s, for matching in a menu. */
static char *
ui_fold(const char *s, size_t *len)
{
	size_t	*map;
	char	*f;

	f = text_fold(s, strlen(s), len, &map);
	free(map);
	return (f);
}

/*
 * The items of a menu that hold the typed text (case- and width-folded):
 * the one that is the typed text first, then those that start with it,
 * then the others, each in the menu's order.  Returns how many.
 */
static size_t
ui_menu_filter(const struct ui_menu *m, char **folds, size_t *flens,
    const char *typed, size_t tlen, size_t *out)
{
	char		*t;
	size_t		 n = 0, i, len, *map;
	const char	*hit;
	int		 pass, rank;

	t = text_fold(typed, tlen, &len, &map);
	free(map);
	for (pass = 0; pass < 3; pass++)
		for (i = 0; i < m->n; i++) {
			hit = len == 0 ? folds[i] : memmem(folds[i], flens[i],
			    t, len);
			if (hit == NULL)
				continue;
			rank = hit != folds[i] ? 2 : flens[i] == len ? 0 : 1;
			if (rank == pass)
				out[n++] = i;
		}
	free(t);
	return (n);
}

/* Draw the menu's rows above the bottom row; the highlighted reversed. */
static void
ui_menu_draw(const struct ui_menu *m, const size_t *match, size_t nmatch,
    long hl, int create, const char *typed, size_t tlen)
{
	char	 row[512];
	size_t	 rows, i, first, total = nmatch + (create != 0);
	int	 y, attr;

	rows = LINES > 3 ? (size_t)LINES - 3 : 1;
	if (rows > 8)
		rows = 8;
	if (rows > total)
		rows = total;
	first = hl >= 0 && (size_t)hl >= rows ? (size_t)hl - rows + 1 : 0;
	for (i = 0; i < rows; i++) {
		y = LINES - 1 - (int)rows + (int)i;
		attr = (long)(first + i) == hl ? ui_attr(COLOUR_SELECTED) :
		    ui_attr(COLOUR_STATUS);
		attron(attr);
		mvhline(y, 0, ' ', COLS);
		attroff(attr);
		if (first + i < nmatch)
			snprintf(row, sizeof row, " %s%s%s",
			    m->items[match[first + i]], m->notes != NULL &&
			    m->notes[match[first + i]] != NULL ? "   " : "",
			    m->notes != NULL && m->notes[match[first + i]] !=
			    NULL ? m->notes[match[first + i]] : "");
		else
			snprintf(row, sizeof row, " %s%.*s", m->create,
			    (int)tlen, typed);
		ui_cut(y, 0, row, COLS, attr);
	}
}

/*
 * Read a line on the bottom row: full UTF-8 editing, backspace deletes a
 * grapheme cluster, the cursor stays at the insertion point (where an
 * input method shows its preedit).  With a menu, the items that hold the
 * typed text show above it: Up and Down (^P, ^N) move the highlight, Tab
 * completes to it, and Enter takes it, or the typed text when nothing is
 * highlighted (in a picking menu the first match is, once something is
 * typed, and a last row offers to create the typed text).  Returns the
 * NFC text, or NULL when cancelled with Escape or ^G.
 */
char *
ui_prompt_menu(struct ui *ui, const char *label, const char *initial,
    const struct ui_menu *m)
{
	struct buf	 b;
	wint_t		 wc;
	uint8_t		 u[8];
	char		*out, **folds = NULL;
	size_t		 len, *flens = NULL, *match = NULL, nmatch = 0, i;
	long		 hl = -1;
	int		 rc, n, w, x, create = 0, changed = 1;

	buf_init(&b);
	if (initial != NULL)
		buf_adds(&b, initial);
	if (m != NULL && m->n > 0) {
		folds = xcalloc(m->n, sizeof *folds);
		flens = xcalloc(m->n, sizeof *flens);
		match = xcalloc(m->n, sizeof *match);
		for (i = 0; i < m->n; i++)
			folds[i] = ui_fold(m->items[i], &flens[i]);
	}
	ui->msg[0] = '\0';
	curs_set(1);
	for (;;) {
		if (m != NULL && changed) {
			nmatch = m->n > 0 ? ui_menu_filter(m, folds, flens,
			    b.data != NULL ? b.data : "", b.len, match) : 0;
			create = m->create != NULL && b.len > 0;
			for (i = 0; create && i < nmatch; i++)
				if (strlen(m->items[match[i]]) == b.len &&
				    memcmp(m->items[match[i]], b.data,
				    b.len) == 0)
					create = 0;
			/* picking: the first match once something is
			 * typed (Enter on nothing typed is nothing) */
			hl = !m->pick || b.len == 0 ? -1 : nmatch > 0 ? 0 :
			    create ? 0 : -1;
			changed = 0;
		}
		if (m != NULL) {
			ui_paint(ui);	/* the view under the menu */
			ui_menu_draw(m, match, nmatch, hl, create,
			    b.data != NULL ? b.data : "", b.len);
		}
		move(LINES - 1, 0);
		clrtoeol();
		w = ui_cut(LINES - 1, 0, label, COLS / 2, ui_attr(COLOUR_NORMAL));
		x = w;
		if (b.len > 0)
			x += ui_text(LINES - 1, w, b.data, b.len, 0,
			    ui_attr(COLOUR_NORMAL));
		if (x >= COLS)
			x = COLS - 1;
		move(LINES - 1, x);
		refresh();
		rc = get_wch(&wc);
		if (rc == ERR)
			continue;
		if (rc == KEY_CODE_YES) {
			if (wc == KEY_BACKSPACE && b.len > 0) {
				b.len = ui_last_cluster(b.data, b.len);
				changed = 1;
			} else if (wc == KEY_ENTER)
				break;
			else if (wc == KEY_UP && m != NULL &&
			    nmatch + create > 0)
				hl = hl <= 0 ? (long)(nmatch + create) - 1 :
				    hl - 1;
			else if (wc == KEY_DOWN && m != NULL &&
			    nmatch + create > 0)
				hl = hl + 1 >= (long)(nmatch + create) ? 0 :
				    hl + 1;
			if (b.data != NULL)
				b.data[b.len] = '\0';
			continue;
		}
		if (wc == '\n' || wc == '\r')
			break;
		if (wc == 27 || wc == 7) {
			buf_free(&b);
			out = NULL;
			goto done;
		}
		if (m != NULL && (wc == 16 || wc == 14) && nmatch + create > 0) {
			/* ^P, ^N */
			if (wc == 16)
				hl = hl <= 0 ? (long)(nmatch + create) - 1 :
				    hl - 1;
			else
				hl = hl + 1 >= (long)(nmatch + create) ? 0 :
				    hl + 1;
			continue;
		}
		if (wc == '\t') {
			if (m != NULL && nmatch > 0) {
				i = hl >= 0 && (size_t)hl < nmatch ?
				    (size_t)hl : 0;
				b.len = 0;
				buf_adds(&b, m->items[match[i]]);
				changed = 1;
			}
			continue;
		}
		if (wc == 127 || wc == 8) {
			if (b.len > 0)
				b.len = ui_last_cluster(b.data, b.len);
		} else if (wc == 21)	/* ^U */
			b.len = 0;
		else if (wc >= 0x20 && wc != 0x7f && (wc < 0x80 ||
		    wc >= 0xa0) && (n = u8_uctomb(u, (ucs4_t)wc,
		    sizeof u)) > 0)
			buf_add(&b, u, n);
		else
			continue;
		if (b.data != NULL)
			b.data[b.len] = '\0';
		changed = 1;
	}
	if (m != NULL && hl >= 0 && (size_t)hl < nmatch)
		out = xstrdup(m->items[match[hl]]);
	else
		out = text_nfc(b.data != NULL ? b.data : "", b.len, &len);
	buf_free(&b);
done:
	curs_set(0);
	for (i = 0; m != NULL && i < m->n; i++)
		free(folds[i]);
	free(folds);
	free(flens);
	free(match);
	return (out);
}

char *
ui_prompt(struct ui *ui, const char *label, const char *initial)
{
	return (ui_prompt_menu(ui, label, initial, NULL));
}

/* The picker's order: quick keys first, then the most used, by name. */
static int
ui_tag_before(const struct store_tag *a, const struct store_tag *b)
{
	if ((a->key != NULL) != (b->key != NULL))
		return (a->key != NULL);
	if (a->key != NULL)
		return (strcmp(a->key, b->key) < 0);
	if (a->count != b->count)
		return (a->count > b->count);
	return (strcmp(a->name, b->name) < 0);
}

/*
 * Pick a tag in a menu under a prompt: the tags with their quick keys and
 * descriptions, quick keys first, then the most used; with create, a
 * last row offers to make the typed one.  Returns it, "" for nothing,
 * or NULL when cancelled or the tags cannot be read.
 */
char *
ui_pick_tag(struct ui *ui, const char *label, int create)
{
	struct store_tag	*t;
	struct ui_menu		 m;
	const char		**items, **notes;
	char			*tag, *cause, **own;
	size_t			 n, i, k, x, *order;

	if (store_tags(ui->store, &t, &n, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return (NULL);
	}
	order = xcalloc(n + 1, sizeof *order);
	for (i = 0; i < n; i++)
		order[i] = i;
	for (i = 1; i < n; i++)
		for (k = i; k > 0 && ui_tag_before(&t[order[k]],
		    &t[order[k - 1]]); k--) {
			x = order[k];
			order[k] = order[k - 1];
			order[k - 1] = x;
		}
	items = xcalloc(n + 1, sizeof *items);
	notes = xcalloc(n + 1, sizeof *notes);
	own = xcalloc(n + 1, sizeof *own);
	for (i = 0; i < n; i++) {
		x = order[i];
		items[i] = t[x].name;
		own[i] = xasprintf("%s%s%s%s%s", t[x].key != NULL ? "[" : "",
		    t[x].key != NULL ? t[x].key : "", t[x].key != NULL ?
		    "] " : "", t[x].description != NULL ? t[x].description :
		    "", t[x].exclusive ? _(" (one of its family)") : "");
		notes[i] = own[i];
	}
	memset(&m, 0, sizeof m);
	m.items = items;
	m.notes = notes;
	m.n = n;
	m.pick = 1;
	m.create = create ? _("new tag: ") : NULL;
	tag = ui_prompt_menu(ui, label, NULL, &m);
	for (i = 0; i < n; i++)
		free(own[i]);
	free(own);
	free(items);
	free(notes);
	free(order);
	store_tags_free(t, n);
	return (tag);
}

static void
ui_draw(struct ui *ui)
{
	ui_paint(ui);
	refresh();
}

/* Draw the view into the screen buffer, not yet onto the terminal. */
static void
ui_paint(struct ui *ui)
{
	erase();
	if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
		ui_cut(0, 0, _("window too small"), COLS, A_NORMAL);
		return;
	}
	switch (ui->view) {
	case VIEW_ARTICLE:
		ui_article_draw(ui);
		break;
	case VIEW_HELP:
		ui_help_draw(ui);
		break;
	case VIEW_CLAIMS:
		ui_claims_draw(ui);
		break;
	default:
		ui_list_draw(ui);
		break;
	}
}

static void
ui_start(void)
{
	struct sigaction	sa;
	size_t			i;

	if (initscr() == NULL)
		fatalx("%s", _("cannot start the terminal screen"));
	ui_active = 1;
	fatal_hook = ui_end;
	atexit(ui_end);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	ui_colour_on = has_colors() && getenv("NO_COLOR") == NULL;
	if (ui_colour_on) {
		start_color();
		use_default_colors();
		for (i = 0; i < COLOUR_COUNT; i++)
			init_pair(i + 1, ui_colours[i].fg, ui_colours[i].bg);
	}
}

/*
 * The reader: the list, or one article when id is not 0.  Returns the
 * exit status.
 */
int
ui_run(struct store *s, int64_t id)
{
	struct ui	 ui;
	wint_t		 wc;
	size_t		 i;
	char		*cause;
	int		 rc, key, action;

	memset(&ui, 0, sizeof ui);
	ui.store = s;
	ui.view = VIEW_LIST;
	if (config_load(NULL, &cause) != 0) {
		fprintf(stderr, "sift: %s\n", cause);
		free(cause);
		return (1);
	}
	if (ui_list_load(&ui) != 0)
		return (1);
	ui_start();
	if (id != 0) {
		for (i = 0; i < ui.nids; i++)
			if (ui.ids[i] == id)
				break;
		if (i < ui.nids) {
			ui.sel = i;
			ui_article_open(&ui, i);
		} else
			ui_message(&ui, 1, _("no article %lld"), (long long)id);
	}
	while (!ui.quit) {
		ui_draw(&ui);
		rc = get_wch(&wc);
		if (rc == ERR)
			continue;
		if (rc == KEY_CODE_YES && wc == KEY_RESIZE) {
			/* Bursts come: take them all, then lay out once. */
			timeout(0);
			while (get_wch(&wc) == KEY_CODE_YES && wc == KEY_RESIZE)
				/* nothing */;
			timeout(-1);
			clearok(curscr, TRUE);
			if (ui.art != NULL)
				ui_article_resize(&ui);
			continue;
		}
		key = rc == KEY_CODE_YES ? (int)wc | UI_FKEY : (int)wc;
		ui.msg[0] = '\0';
		if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
			if (key == 'q')
				ui.quit = 1;
			continue;
		}
		action = keys_action(ui.view, key);
		if (action == ACTION_REDRAW) {
			clearok(curscr, TRUE);
			continue;
		}
		if (action == ACTION_SUSPEND) {
			def_prog_mode();
			endwin();
			kill(getpid(), SIGTSTP);
			reset_prog_mode();
			clearok(curscr, TRUE);
			continue;
		}
		if (action == ACTION_HELP && ui.view != VIEW_HELP) {
			ui.back = ui.view;
			ui.view = VIEW_HELP;
			ui.help_top = 0;
			continue;
		}
		switch (ui.view) {
		case VIEW_ARTICLE:
			ui_article_key(&ui, key);
			break;
		case VIEW_HELP:
			ui_help_key(&ui, key);
			break;
		case VIEW_CLAIMS:
			ui_claims_key(&ui, key);
			break;
		default:
			ui_list_key(&ui, key);
			break;
		}
	}
	ui_end();
	ui_claims_close(&ui);
	ui_article_close(&ui);
	ui_undo_free(&ui);
	ui_list_free(&ui);
	free(ui.search);
	free(ui.tag);
	free(ui.list_query);
	return (0);
}
