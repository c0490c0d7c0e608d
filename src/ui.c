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
};

static const char *ui_colour_names[COLOUR_COUNT] = {
	[COLOUR_NORMAL] = "normal", [COLOUR_TITLE] = "title",
	[COLOUR_META] = "meta", [COLOUR_SELECTED] = "selected",
	[COLOUR_STATUS] = "status", [COLOUR_HIDDEN] = "hidden",
	[COLOUR_MATCH] = "match", [COLOUR_UNREAD] = "unread",
	[COLOUR_ERROR] = "error",
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

/*
 * Read a line on the bottom row: full UTF-8 editing, backspace deletes a
 * grapheme cluster, the cursor stays at the insertion point (where an
 * input method shows its preedit).  Returns the NFC text, or NULL when
 * cancelled with Escape or ^G.
 */
char *
ui_prompt(struct ui *ui, const char *label, const char *initial)
{
	struct buf	 b;
	wint_t		 wc;
	uint8_t		 u[8];
	char		*out;
	size_t		 len;
	int		 rc, n, w, x;

	buf_init(&b);
	if (initial != NULL)
		buf_adds(&b, initial);
	ui->msg[0] = '\0';
	curs_set(1);
	for (;;) {
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
			if (wc == KEY_BACKSPACE && b.len > 0)
				b.len = ui_last_cluster(b.data, b.len);
			else if (wc == KEY_ENTER)
				break;
			else if (wc == KEY_RESIZE)
				continue;
			if (b.data != NULL)
				b.data[b.len] = '\0';
			continue;
		}
		if (wc == '\n' || wc == '\r')
			break;
		if (wc == 27 || wc == 7) {
			buf_free(&b);
			curs_set(0);
			return (NULL);
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
		if (b.data != NULL)
			b.data[b.len] = '\0';
	}
	curs_set(0);
	out = text_nfc(b.data != NULL ? b.data : "", b.len, &len);
	buf_free(&b);
	return (out);
}

static void
ui_draw(struct ui *ui)
{
	erase();
	if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
		ui_cut(0, 0, _("window too small"), COLS, A_NORMAL);
		refresh();
		return;
	}
	switch (ui->view) {
	case VIEW_ARTICLE:
		ui_article_draw(ui);
		break;
	case VIEW_HELP:
		ui_help_draw(ui);
		break;
	default:
		ui_list_draw(ui);
		break;
	}
	refresh();
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
		default:
			ui_list_key(&ui, key);
			break;
		}
	}
	ui_end();
	ui_article_close(&ui);
	ui_list_free(&ui);
	free(ui.search);
	free(ui.tag);
	free(ui.list_query);
	return (0);
}
