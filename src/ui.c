/*
 * ui.c: the reader's frame.  It starts and ends curses (the terminal is
 * restored on every exit path: normal, fatal error, SIGINT, SIGTERM) and
 * holds the one loop: draw the top view (and the prompt over it, when
 * one is open), get_wch, handle KEY_RESIZE for every open view, then
 * pass the key to the prompt, or to the frame's own keys, or to the top
 * view.  The views are tables (ui-list.c, ui-article.c, ui-claims.c,
 * ui-help.c) stacked by ui-view.c; keys are in keys.c.
 */

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

#define UI_MIN_COLS	20
#define UI_MIN_LINES	5

static const struct ui_view *const ui_views[] = {
	&ui_list_view, &ui_article_view, &ui_claims_view, &ui_help_view
};

static int	ui_active;

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

static int
ui_too_small(void)
{
	return (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES);
}

/* Draw the top view and the prompt over it, then the terminal. */
static void
ui_draw(struct ui *ui)
{
	erase();
	if (ui_too_small())
		ui_cut(0, 0, _("window too small"), COLS, A_NORMAL);
	else {
		ui_top(ui)->draw(ui);
		if (ui->prompt != NULL)
			ui_prompt_draw(ui);
	}
	refresh();
}

/* A resize: take the whole burst, then lay every open view out once. */
static void
ui_resize(struct ui *ui)
{
	wint_t	wc;
	size_t	i;

	timeout(0);
	while (get_wch(&wc) == KEY_CODE_YES && wc == KEY_RESIZE)
		/* nothing */;
	timeout(UI_IDLE_MS);
	clearok(curscr, TRUE);
	for (i = 0; i < ui->depth; i++)
		if (ui->stack[i]->resize != NULL)
			ui->stack[i]->resize(ui);
}

/* The keys every view shares: redraw, suspend, help.  1 if taken. */
static int
ui_frame_key(struct ui *ui, int key)
{
	switch (keys_action(ui_top(ui)->id, key)) {
	case ACTION_REDRAW:
		clearok(curscr, TRUE);
		return (1);
	case ACTION_SUSPEND:
		def_prog_mode();
		endwin();
		kill(getpid(), SIGTSTP);
		reset_prog_mode();
		clearok(curscr, TRUE);
		return (1);
	case ACTION_HELP:
		if (ui_top(ui)->id == VIEW_HELP)
			return (0);
		ui_open(ui, VIEW_HELP, NULL);
		return (1);
	}
	return (0);
}

/*
 * A mouse event: the wheel, a click, or a second click on the same row
 * soon after the first (a double click), to the top view.  A prompt
 * takes no mouse.
 */
static void
ui_mouse(struct ui *ui)
{
	static struct timespec	 last;
	static int		 last_y = -1;
	struct timespec		 now;
	MEVENT			 ev;
	enum ui_mouse		 what;
	long			 ms;

	if (getmouse(&ev) != OK || ui->prompt != NULL || ui_too_small() ||
	    ui_top(ui)->mouse == NULL)
		return;
	if (ev.bstate & BUTTON4_PRESSED)
		what = MOUSE_WHEEL_UP;
	else if (ev.bstate & BUTTON5_PRESSED)
		what = MOUSE_WHEEL_DOWN;
	else if (ev.bstate & BUTTON1_DOUBLE_CLICKED) {
		what = MOUSE_DOUBLE;
		last_y = -1;
	} else if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		ms = (now.tv_sec - last.tv_sec) * 1000 +
		    (now.tv_nsec - last.tv_nsec) / 1000000;
		what = ev.y == last_y && ms < UI_DOUBLE_MS ? MOUSE_DOUBLE :
		    MOUSE_CLICK;
		/* a third click starts again */
		last_y = what == MOUSE_DOUBLE ? -1 : ev.y;
		last = now;
	} else
		return;
	ui->msg[0] = '\0';
	ui_top(ui)->mouse(ui, what, ev.y, ev.x);
}

/* One key from get_wch (rc KEY_CODE_YES: a function key). */
static void
ui_key(struct ui *ui, int rc, wint_t wc)
{
	int	key;

	if (rc == KEY_CODE_YES && wc == KEY_RESIZE) {
		ui_resize(ui);
		return;
	}
	if (rc == KEY_CODE_YES && wc == KEY_MOUSE) {
		ui_mouse(ui);
		return;
	}
	if (ui->prompt != NULL) {
		ui_prompt_key(ui, rc, wc);
		return;
	}
	key = rc == KEY_CODE_YES ? (int)wc | UI_FKEY : (int)wc;
	ui->msg[0] = '\0';
	if (ui_too_small()) {
		if (key == 'q')
			ui->quit = 1;
		return;
	}
	if (!ui_frame_key(ui, key))
		ui_top(ui)->key(ui, key);
}

static void
ui_start(void)
{
	struct sigaction	sa;

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
	if (ui_mouse_enabled()) {
		/* no waiting for a second click: a click acts at once, and
		 * a double click (curses' own, or two clicks on one row in
		 * UI_DOUBLE_MS) opens */
		mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED |
		    BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED,
		    NULL);
		mouseinterval(0);
	}
	ui_colour_start();
}

/*
 * The reader: the list, or one article when id is not 0.  Returns the
 * exit status.
 */
int
ui_run(struct store *s, int64_t id)
{
	struct ui	 ui;
	struct ui_arg	 arg;
	wint_t		 wc;
	char		*cause;
	int64_t		 version, now;
	int		 rc, dirty = 1;

	/* the reader draws UTF-8 only: say what to set, not garbage */
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
		fprintf(stderr, _("sift: the reader needs a UTF-8 locale, not "
		    "%s: set LANG=C.UTF-8 (or en_US.UTF-8, zh_CN.UTF-8, "
		    "...)\n"), nl_langinfo(CODESET));
		return (1);
	}
	memset(&ui, 0, sizeof ui);
	ui.store = s;
	ui.views = ui_views;
	ui.nviews = sizeof ui_views / sizeof ui_views[0];
	if (config_load(NULL, &cause) != 0) {
		ui_say_stderr(cause);
		free(cause);
		return (1);
	}
	if ((id != 0 ? ui_list_load(&ui) : ui_list_load_first(&ui)) != 0)
		return (1);
	ui.stack[ui.depth++] = &ui_list_view;
	ui_start();
	ui.started = 1;
	if (store_readonly(s))
		ui_message(&ui, 0, _("read-only store: read as you like; tags "
		    "cannot be kept"));
	if (id != 0) {
		memset(&arg, 0, sizeof arg);
		arg.index = ui_list_index(&ui, id);
		if (arg.index < ui.nids) {
			ui.sel = arg.index;
			ui_open(&ui, VIEW_ARTICLE, &arg);
		} else
			ui_message(&ui, 1, _("no article %lld"), (long long)id);
	}
	version = store_data_version(s);
	timeout(UI_IDLE_MS);
	while (!ui.quit) {
		if (dirty)
			ui_draw(&ui);
		dirty = 1;
		if (ui_load_step(&ui))	/* painted: now the whole list */
			continue;
		if ((rc = get_wch(&wc)) != ERR) {
			if (ui.loader != NULL && !ui_load_key_ok(&ui, rc, wc))
				ui_load_finish(&ui);
			ui_key(&ui, rc, wc);
		} else if (ui.loader != NULL)
			dirty = 0;
		else if ((now = store_data_version(s)) != version) {
			/* idle, and another process changed the store:
			 * every view reads what it shows again */
			version = now;
			ui_changed(&ui, 0);
		} else
			dirty = 0;
	}
	ui_load_finish(&ui);
	ui_prompt_free(&ui);	/* before curses ends: it hides the cursor */
	ui_end();
	while (ui.depth > 1)
		ui_pop(&ui);
	ui_list_view.close(&ui);
	undo_free(&ui.undo);
	ui_rules_free();
	return (0);
}
