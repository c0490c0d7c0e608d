/*
 * cmd.c: what every command shares (the table of commands is in
 * cmd-table.c).  A
 * command's options are parsed by cmd_parse from its entry, so --help
 * and an unknown option behave alike everywhere; a usage error prints the
 * command's usage and exits with 2, a failure to open the store exits
 * with 1, and cmd_warn prints a cause as every other message of sift is
 * printed: "sift: cause".
 */

#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sift.h"
#include "reclean.h"
#include "cmd.h"

const char	*progname = "sift";
const char	*db_path;	/* -d, else $SIFT_DB, else XDG */

/* The help of the options show and clean share (SHOW_LONG_OPTIONS). */
const char show_help[] = N_(
"  -x, --explain      print every block, hidden ones too, prefixed with\n"
"                     its number, verdict and the reason for it\n"
"  -a, --all          print hidden blocks too\n"
"  -w, --width N      wrap to N columns exactly as the reader does: the\n"
"                     title, then the blocks, an empty line between them\n"
"      --korean-words break Korean between words only (keep-all)\n"
"      --emoji MODE   safe: show emoji sequences in a form whose width\n"
"                     terminals agree on (the default on a terminal or\n"
"                     with --width); full: as they are\n");

static void	 cmd_vsay(const char *, va_list);

/*
 * Say what is wrong (when fmt is not NULL) and how the command, or sift,
 * is used, and exit with 2.
 */
void
cmd_usage_error(const struct cmd_entry *c, const char *fmt, ...)
{
	va_list	ap;

	if (fmt != NULL) {
		va_start(ap, fmt);
		cmd_vsay(fmt, ap);
		va_end(ap);
	}
	if (c != NULL)
		fprintf(stderr, _("usage: %s [-d DB] %s\n"), progname,
		    _(c->usage));
	else
		fprintf(stderr, _("usage: %s [-d DB] [COMMAND [ARGS]]\n"
		    "Try '%s --help' for more information.\n"), progname,
		    progname);
	exit(2);
}

/* A command's usage and summary, then its help text when it has one. */
static void
cmd_print_help(const struct cmd_entry *c, const char *help)
{
	printf(_("usage: %s [-d DB] %s\n\n"), progname, _(c->usage));
	printf(_("%s.\n"), _(c->summary));
	if (help != NULL)
		printf("\n%s", help);
}

/* The entry's help strings, each translated, as one. */
static void
cmd_print_entry_help(const struct cmd_entry *c)
{
	struct buf	b;
	size_t		i;

	buf_init(&b);
	for (i = 0; i < CMD_NHELP && c->help[i] != NULL; i++)
		buf_adds(&b, _(c->help[i]));
	cmd_print_help(c, b.data);
	buf_free(&b);
}

/*
 * Parse a command's options as its entry names them, handing each one but
 * --help to fn.  --help prints the command's help and returns 1 (the
 * command then returns 0 at once); an option fn does not take is a usage
 * error.  Returns 0 with optind at the first operand.
 */
int
cmd_parse(const struct cmd_entry *c, int argc, char **argv, cmd_option_cb fn,
    void *arg)
{
	static const struct option	 help_only[] = { CMD_HELP_OPTION };
	const struct option		*lopts;
	char				*sopts;
	int				 ch;

	lopts = c->lopts != NULL ? c->lopts : help_only;
	sopts = xasprintf("%sh", c->sopts != NULL ? c->sopts : "");
	while ((ch = getopt_long(argc, argv, sopts, lopts, NULL)) != -1) {
		if (ch == 'h') {
			free(sopts);
			cmd_print_entry_help(c);
			return (1);
		}
		if (fn == NULL || fn(c, ch, optarg, arg) != 0)
			cmd_usage_error(c, NULL);
	}
	free(sopts);
	return (0);
}

/*
 * Say something on stderr, "sift: message": through the sanitiser, as a
 * message may quote a file name, a tag or a date from a file.
 */
static void
cmd_vsay(const char *fmt, va_list ap)
{
	char	*msg, *safe;

	if (vasprintf(&msg, fmt, ap) == -1)
		fatal("vasprintf");
	safe = text_safe(msg);
	fprintf(stderr, "%s: %s\n", progname, safe);
	free(safe);
	free(msg);
}

void
cmd_say(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	cmd_vsay(fmt, ap);
	va_end(ap);
}

/* Print a cause, "sift: cause", and free it. */
void
cmd_warn(char *cause)
{
	cmd_say("%s", cause);
	free(cause);
}

/* How far the index of a store is, on a terminal (an upgrade, a copy). */
void
cmd_index_progress(size_t done, size_t total, void *arg)
{
	(void)arg;
	fprintf(stderr, "\r%s: ", progname);
	fprintf(stderr, _("indexing the articles for search: %zu of %zu"),
	    done, total);
	if (done == total)
		fputc('\n', stderr);
}

/*
 * A store made by an older sift has its articles indexed for search as
 * the reader shows them, once, by the first command that writes to it.
 */
static void
cmd_index_upgrade(struct store *s)
{
	char	*cause;

	if (store_index_complete(s))
		return;
	if (reclean_index_missing(s, isatty(STDERR_FILENO) ?
	    cmd_index_progress : NULL, NULL, &cause) != 0) {
		cmd_warn(cause);
		store_close(s);
		exit(1);
	}
}

/*
 * The store -d names, opened for mode; one that cannot be opened ends
 * sift.  A command that changes the store (STORE_CREATE, STORE_WRITE)
 * refuses one it cannot write, and says so when it made a new one.
 */
static struct store *
cmd_open_mode(enum store_mode mode, int readonly_ok)
{
	struct store	*s;
	char		*cause;

	if ((s = store_open_mode(db_path, mode, &cause)) == NULL) {
		cmd_warn(cause);
		exit(1);
	}
	if (mode != STORE_READ && !readonly_ok && store_readonly(s)) {
		cmd_warn(xasprintf(_("%s: read-only store: it or its folder "
		    "cannot be written, so nothing was changed"),
		    store_path(s)));
		store_close(s);
		exit(1);
	}
	if (mode != STORE_READ && !store_readonly(s))
		cmd_index_upgrade(s);
	if (store_created(s))
		cmd_warn(xasprintf(_("made a new store at %s"),
		    store_path(s)));
	return (s);
}

/* The store for the commands that add: made when there is none. */
struct store *
cmd_open_store(void)
{
	return (cmd_open_mode(STORE_CREATE, 0));
}

/* The store for the commands that change what is there. */
struct store *
cmd_open_existing(void)
{
	return (cmd_open_mode(STORE_WRITE, 0));
}

/* The store for the commands that only read: never written. */
struct store *
cmd_open_read(void)
{
	return (cmd_open_mode(STORE_READ, 0));
}

/* The reader's store: written when it can be, else only read. */
struct store *
cmd_open_reader(void)
{
	return (cmd_open_mode(STORE_WRITE, 1));
}

/* Parse an article or block number: a positive decimal integer. */
int64_t
cmd_parse_id(const struct cmd_entry *c, const char *what, const char *s)
{
	char		*end;
	long long	 v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v <= 0 || *s == '+')
		cmd_usage_error(c, _("%s: '%s' is not a positive number"),
		    what, s);
	return (v);
}

/*
 * The article numbers left on the command line, in *n (one at least:
 * else the usage error none says); the caller frees them.
 */
int64_t *
cmd_parse_ids(const struct cmd_entry *c, int argc, char **argv, int *n,
    const char *none)
{
	int64_t	*ids;
	int	 i;

	if ((*n = argc - optind) <= 0)
		cmd_usage_error(c, "%s", none);
	ids = xcalloc(*n, sizeof *ids);
	for (i = 0; i < *n; i++)
		ids[i] = cmd_parse_id(c, _("article"), argv[optind + i]);
	return (ids);
}

/* Parse a pattern (--where); a bad one is a usage error naming the column. */
struct pattern *
cmd_parse_where(const struct cmd_entry *c, const char *s)
{
	struct pattern	*p;
	char		*cause;

	if ((p = pattern_parse(s, &cause)) == NULL)
		cmd_usage_error(c, "--where: %s", cause);
	return (p);
}

/* Parse a positive size in megabytes. */
size_t
cmd_parse_mb(const struct cmd_entry *c, const char *s)
{
	char		*end;
	unsigned long	 v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno != 0 || *end != '\0' || v == 0 || v > 4096 || *s == '-')
		cmd_usage_error(c, _("--max-size: '%s' is not a size in MB "
		    "(1-4096)"), s);
	return ((size_t)v << 20);
}

/* An input format import reads. */
const char *
cmd_check_format(const struct cmd_entry *c, const char *f)
{
	if (strcmp(f, "text") != 0 && strcmp(f, "html") != 0 &&
	    strcmp(f, "rss") != 0 && strcmp(f, "jsonl") != 0)
		cmd_usage_error(c, _("--format must be text, html, rss or "
		    "jsonl, not '%s'"), f);
	return (f);
}

/* A file to read, or standard input for "-"; NULL (said) if it won't open. */
FILE *
cmd_open_input(const char *path)
{
	FILE	*fp;

	if (strcmp(path, "-") == 0)
		return (stdin);
	if ((fp = fopen(path, "r")) == NULL)
		cmd_say(_("%s: cannot open: %s"), path, strerror(errno));
	return (fp);
}

/*
 * What the layout options not given default to: emoji as they are where
 * the output is no terminal (a file, a pipe to another program) and no
 * width was asked for, so widths do not matter; else the form terminals
 * agree on.
 */
void
show_option_defaults(struct show_opts *o)
{
	if (o->lo.emoji_full < 0)
		o->lo.emoji_full = o->lo.width == 0 &&
		    !isatty(STDOUT_FILENO);
}

/* The layout options shared by clean and show; 1 if ch was one. */
int
show_option(const struct cmd_entry *c, int ch, const char *arg,
    struct show_opts *o)
{
	char	*end;
	long	 v;

	switch (ch) {
	case 'x':
		o->explain = o->all = 1;
		return (1);
	case 'a':
		o->all = 1;
		return (1);
	case 'w':
		v = strtol(arg, &end, 10);
		if (*end != '\0' || v < 1 || v > 10000)
			cmd_usage_error(c, _("--width: '%s' is not a number "
			    "of columns (1-10000)"), arg);
		o->lo.width = (int)v;
		return (1);
	case 'K':
		o->lo.korean_words = 1;
		return (1);
	case 'E':
		if (strcmp(arg, "full") == 0)
			o->lo.emoji_full = 1;
		else if (strcmp(arg, "safe") == 0)
			o->lo.emoji_full = 0;
		else
			cmd_usage_error(c, _("--emoji must be safe or full, "
			    "not '%s'"), arg);
		return (1);
	}
	return (0);
}
