/*
 * ui-draw.c: what every view draws with: the colour table (set from the
 * configuration file), text made safe for the terminal and cut to a
 * width, and the status line with its message.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

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
	[COLOUR_CLAIM_OTHER] =	{ COLOR_CYAN, -1, A_BOLD },
};

static const char *ui_colour_names[COLOUR_COUNT] = {
	[COLOUR_NORMAL] = "normal", [COLOUR_TITLE] = "title",
	[COLOUR_META] = "meta", [COLOUR_SELECTED] = "selected",
	[COLOUR_STATUS] = "status", [COLOUR_HIDDEN] = "hidden",
	[COLOUR_MATCH] = "match", [COLOUR_UNREAD] = "unread",
	[COLOUR_ERROR] = "error", [COLOUR_CLAIM] = "claim",
	[COLOUR_CLAIM_OTHER] = "claim-other",
};

static int	ui_colour_on;

/* The list's colour rules, from the configuration file. */
#define UI_MAX_RULES	64
static struct ui_rule {
	struct pattern	*where;
	short		 fg;
	short		 bg;
	int		 attr;
} ui_rules[UI_MAX_RULES];
static size_t	ui_nrules;

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

/* Attributes: bold, dim, reverse, underline, normal, comma-separated. */
static int
ui_colour_attrs(const char *attrs, int *at, char **cause)
{
	char	*copy, *a, *save = NULL;

	*at = A_NORMAL;
	if (attrs == NULL)
		return (0);
	copy = xstrdup(attrs);
	for (a = strtok_r(copy, ",", &save); a != NULL;
	    a = strtok_r(NULL, ",", &save)) {
		if (strcmp(a, "bold") == 0)
			*at |= A_BOLD;
		else if (strcmp(a, "dim") == 0)
			*at |= A_DIM;
		else if (strcmp(a, "reverse") == 0)
			*at |= A_REVERSE;
		else if (strcmp(a, "underline") == 0)
			*at |= A_UNDERLINE;
		else if (strcmp(a, "normal") != 0) {
			*cause = xasprintf(_("unknown attribute '%s'"), a);
			free(copy);
			return (-1);
		}
	}
	free(copy);
	return (0);
}

/* A foreground, an optional background and attributes. */
static int
ui_colour_parse(const char *fg, const char *bg, const char *attrs,
    short *f, short *b, int *at, char **cause)
{
	*b = -1;
	if (ui_colour_number(fg, f) != 0 || (bg != NULL &&
	    ui_colour_number(bg, b) != 0)) {
		*cause = xasprintf(_("unknown colour value '%s'"),
		    ui_colour_number(fg, f) != 0 ? fg : bg);
		return (-1);
	}
	return (ui_colour_attrs(attrs, at, cause));
}

/* Whether fg [bg [attrs]] are colours and attributes sift knows. */
int
ui_colour_words_ok(const char *fg, const char *bg, const char *attrs)
{
	short	 f, b;
	int	 at;
	char	*cause = NULL;

	if (ui_colour_parse(fg, bg, attrs, &f, &b, &at, &cause) == 0)
		return (1);
	free(cause);
	return (0);
}

/*
 * Set a colour from the configuration file: its foreground, background
 * and attributes (bold, dim, reverse, underline, normal, comma-separated).
 */
int
ui_set_colour(const char *name, const char *fg, const char *bg,
    const char *attrs, char **cause)
{
	size_t	 i;
	short	 f, b;
	int	 at;

	for (i = 0; i < COLOUR_COUNT; i++)
		if (strcmp(name, ui_colour_names[i]) == 0)
			break;
	if (i == COLOUR_COUNT) {
		*cause = xasprintf(_("unknown colour '%s'"), name);
		return (-1);
	}
	if (ui_colour_parse(fg, bg, attrs, &f, &b, &at, cause) != 0)
		return (-1);
	ui_colours[i].fg = f;
	ui_colours[i].bg = b;
	ui_colours[i].attr = at;
	return (0);
}

/*
 * A colour rule of the list (color list PATTERN FG [BG [ATTRS]]): the
 * rows of the articles the pattern matches, the first rule first.
 */
int
ui_add_rule(const char *pattern, const char *fg, const char *bg,
    const char *attrs, char **cause)
{
	struct ui_rule	*r;
	struct pattern	*p;
	short		 f, b;
	int		 at;

	if (ui_nrules == UI_MAX_RULES) {
		*cause = xasprintf(ngettext("more than %d colour rule",
		    "more than %d colour rules", UI_MAX_RULES), UI_MAX_RULES);
		return (-1);
	}
	if (ui_colour_parse(fg, bg, attrs, &f, &b, &at, cause) != 0)
		return (-1);
	if ((p = pattern_parse(pattern, cause)) == NULL)
		return (-1);
	r = &ui_rules[ui_nrules++];
	r->where = p;
	r->fg = f;
	r->bg = b;
	r->attr = at;
	return (0);
}

/* How many colour rules there are, and rule i's pattern. */
size_t
ui_rule_count(void)
{
	return (ui_nrules);
}

const struct pattern *
ui_rule_pattern(size_t i)
{
	return (ui_rules[i].where);
}

/* The attribute of rule i's rows. */
int
ui_rule_attr(size_t i)
{
	if (ui_colour_on)
		return (COLOR_PAIR(COLOUR_COUNT + 1 + (int)i) |
		    (ui_rules[i].attr & ~A_REVERSE));
	return (ui_rules[i].attr);
}

void
ui_rules_free(void)
{
	size_t	i;

	for (i = 0; i < ui_nrules; i++)
		pattern_free(ui_rules[i].where);
	ui_nrules = 0;
}

void
ui_colour_start(void)
{
	size_t	i;

	ui_colour_on = has_colors() && getenv("NO_COLOR") == NULL;
	if (!ui_colour_on)
		return;
	start_color();
	use_default_colors();
	for (i = 0; i < COLOUR_COUNT; i++)
		init_pair(i + 1, ui_colours[i].fg, ui_colours[i].bg);
	for (i = 0; i < ui_nrules; i++)
		init_pair(COLOUR_COUNT + 1 + i, ui_rules[i].fg,
		    ui_rules[i].bg);
}

int
ui_attr(enum ui_colour c)
{
	if (ui_colour_on && c != COLOUR_SELECTED && c != COLOUR_STATUS &&
	    c != COLOUR_HIDDEN)
		return (COLOR_PAIR(c + 1) | (ui_colours[c].attr & ~A_REVERSE));
	return (ui_colours[c].attr);
}

/* A message before the screen is ours (or after): stderr, sanitised. */
void
ui_say_stderr(const char *msg)
{
	char	*safe = text_safe(msg);

	fprintf(stderr, "sift: %s\n", safe);
	free(safe);
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

/*
 * The byte of s[0..n) drawn at column x (as ui_text draws it from column
 * 0); n when x is past its end.  For a click on a line of text.
 */
size_t
ui_byte_at(const char *s, size_t n, int x)
{
	struct buf	b;
	size_t		pos = 0, next;
	int		col = 0;

	buf_init(&b);
	while (pos < n) {
		for (next = pos + 1; next < n &&
		    ((unsigned char)s[next] & 0xc0) == 0x80; next++)
			/* nothing */;
		b.len = 0;
		col = text_display(s + pos, next - pos, col, 0, &b);
		if (col > x)
			break;
		pos = next;
	}
	buf_free(&b);
	return (pos);
}

/* The config file's "mouse on" or "mouse off": the frame asks at start. */
static int	ui_mouse_on = 1;

void
ui_mouse_enable(int on)
{
	ui_mouse_on = on;
}

int
ui_mouse_enabled(void)
{
	return (ui_mouse_on);
}
