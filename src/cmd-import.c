/*
 * cmd-import.c: the commands that read files into articles: `sift import`
 * stores them (a thousand a transaction, import-batch.c), `sift clean`
 * prints them cleaned and stores nothing.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "cmd.h"
#include "import-batch.h"
#include "import-pipe.h"

static int	cmd_import_exec(const struct cmd_entry *, int, char **);
static int	cmd_clean_exec(const struct cmd_entry *, int, char **);

static const struct option cmd_import_options[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "encoding", required_argument, NULL, 'e' },
	{ "source", required_argument, NULL, 's' },
	{ "max-size", required_argument, NULL, 'm' },
	{ "replace", no_argument, NULL, 'r' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_import_entry = {
	.name = "import",
	.usage = N_("import [--format F] [--encoding E] [--source NAME]"
	    " [--max-size MB] [--replace] PATH... | -"),
	.summary = N_("store articles from files, directories or standard "
	    "input"),
	.help = { N_("Options:\n"
"  -f, --format F     text, html, rss (the RSS dump form) or jsonl;\n"
"                     detected from each file when not given\n"
"  -e, --encoding E   the input's encoding (GB18030, Big5, Shift_JIS,\n"
"                     EUC-KR, windows-1251, ... any iconv knows);\n"
"                     default: a BOM, UTF-8, <meta charset>, or else the\n"
"                     encoding uchardet detects (GBK, Big5, KOI8-R, ...)\n"
"  -s, --source NAME  the source of every article imported\n"
"  -m, --max-size MB  the largest single article (default 32)\n"
"  -r, --replace      an article stored before from the same URL, or\n"
"                     from the same file of one article, is replaced in\n"
"                     place (its id, claims re-anchored, decisions kept)\n"
"                     when its text is now another: say, imported again\n"
"                     with the --encoding the first import lacked\n"
"Directories are read recursively; '-' reads standard input.\n"
"An article already stored (same normalised text) is not added again.\n") },
	.sopts = "f:e:s:m:r",
	.lopts = cmd_import_options,
	.exec = cmd_import_exec
};

static const struct option cmd_clean_options[] = {
	SHOW_LONG_OPTIONS,
	{ "format", required_argument, NULL, 'f' },
	{ "encoding", required_argument, NULL, 'e' },
	{ "max-size", required_argument, NULL, 'm' },
	{ "title", no_argument, NULL, 't' },
	{ "comments", no_argument, NULL, 'c' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_clean_entry = {
	.name = "clean",
	.usage = N_("clean [--explain] [--all] [--width N] [--title]"
	    " [--comments] [--format F] [--encoding E] [--max-size MB]"
	    " [FILE... | -]"),
	.summary = N_("print articles with the boilerplate hidden, storing "
	    "nothing"),
	.help = { N_("Options:\n"), show_help, N_(
"  -f, --format F     text, html, rss or jsonl (detected when not given)\n"
"  -e, --encoding E   the input's encoding, as for import\n"
"  -m, --max-size MB  the largest single article (default 32)\n"
"  -t, --title        print a web page's title first\n"
"  -c, --comments     print the reader comments after the article, under\n"
"                     '-- Comments --'\n"
"Without a file, or with '-', standard input is read.  One block a line,\n"
"the story alone, as extractors print it; a text dump's first line and\n"
"a feed item's title are its text.  --width and --explain print the\n"
"title and comments as the reader shows them.\n") },
	.sopts = SHOW_SHORT_OPTIONS "f:e:m:tc",
	.lopts = cmd_clean_options,
	.exec = cmd_clean_exec
};

/* --format, --encoding and --max-size (import and clean), --source. */
static int
cmd_import_option(const struct cmd_entry *self, int ch, char *arg,
    void *data)
{
	struct import_opts	*opts = data;

	switch (ch) {
	case 'f':
		opts->format = cmd_check_format(self, arg);
		return (0);
	case 'e':
		opts->encoding = arg;
		return (0);
	case 's':	/* import's only */
		opts->source = arg;
		return (0);
	case 'm':
		opts->max_size = cmd_parse_mb(self, arg);
		return (0);
	case 'r':	/* import's only */
		opts->replace = 1;
		return (0);
	}
	return (-1);
}

/* An encoding import does not know ends the command before any file. */
static int
cmd_import_check_encoding(const struct import_opts *opts)
{
	char	*cause;

	if (opts->encoding != NULL &&
	    import_check_encoding(opts->encoding, &cause) != 0) {
		cmd_warn(cause);
		return (-1);
	}
	return (0);
}

static void
cmd_import_report(const char *name, const char *msg, void *arg)
{
	(void)arg;
	cmd_say("%s: %s", name, msg);
}

/* The store failed: the message says which articles were kept. */
static void
cmd_import_lost(const char *msg, unsigned long lost, void *arg)
{
	(void)lost;
	(void)arg;
	cmd_say("%s", msg);
}

/* The store's side of import's pipe: the batch, and how it reports. */
static void
cmd_import_start(void *arg)
{
	struct import_batch	*b = arg;

	b->im = NULL;		/* the reader stops itself */
	import_batch_index_thread(b);
}

static int
cmd_import_take(struct article *a, void *arg)
{
	struct import_batch	*b = arg;

	import_batch_add(a, b);
	return (b->failed ? -1 : 0);
}

static int
cmd_import_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct import_opts	 opts;
	struct import_batch	 batch;
	struct import_stats	 st;
	struct import_pipe_ops	 ops = { cmd_import_start,
				     import_batch_prepare, cmd_import_take,
				     cmd_import_report, NULL };
	int			 ret = 0;

	memset(&opts, 0, sizeof opts);
	if (cmd_parse(self, argc, argv, cmd_import_option, &opts))
		return (0);
	argc -= optind;
	argv += optind;
	if (argc == 0)
		cmd_usage_error(self, _("nothing to import"));
	if (cmd_import_check_encoding(&opts) != 0)
		return (1);

	import_batch_init(&batch, cmd_open_store(), cmd_import_lost, NULL);
	batch.replace = opts.replace;
	ops.arg = &batch;
	/* read on one core, store on the other */
	if (import_pipe_run(&opts, argv, argc, &ops, &st) != 0)
		ret = 1;
	if (import_batch_end(&batch) != 0)
		ret = 1;
	if (st.failed != 0 || st.warnings != 0 || batch.failed)
		ret = 1;
	if (opts.replace)
		printf(_("%lu imported, %lu replaced, %lu already stored, "
		    "%lu failed\n"), batch.added, batch.replaced,
		    batch.duplicates, st.failed);
	else
		printf(_("%lu imported, %lu already stored, %lu failed\n"),
		    batch.added, batch.duplicates, st.failed);
	store_close(batch.store);
	return (ret);
}

struct cmd_clean_opts {
	struct show_opts	show;
	struct import_opts	import;
};

static int
cmd_clean_option(const struct cmd_entry *self, int ch, char *arg,
    void *data)
{
	struct cmd_clean_opts	*o = data;

	if (show_option(self, ch, arg, &o->show))
		return (0);
	if (ch == 't' || ch == 'c') {
		o->show.bare &= ch == 't' ? ~SHOW_BARE_TITLE :
		    ~SHOW_BARE_COMMENTS;
		return (0);
	}
	return (cmd_import_option(self, ch, arg, &o->import));
}

static int
clean_one(struct article *a, void *arg)
{
	struct clean	*c;

	c = clean_text(a->title, a->text, a->len, a->links, a->nlinks, a->dom,
	    NULL, NULL, ((struct show_opts *)arg)->explain ? CLEAN_REASONS : 0);
	show_article(a, c, arg);
	clean_free(c);
	return (0);
}

static int
cmd_clean_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct cmd_clean_opts	 o;
	struct import_stats	 st;
	struct import_pipe_ops	 ops = { NULL, NULL, clean_one,
				     cmd_import_report, NULL };
	char			*stdin_argv[] = { (char *)"-" };
	int			 ret = 0;

	memset(&o, 0, sizeof o);
	o.show.first = 1;
	o.show.bare = SHOW_BARE_TITLE | SHOW_BARE_COMMENTS;
	o.show.lo.emoji_full = -1;
	if (cmd_parse(self, argc, argv, cmd_clean_option, &o))
		return (0);
	show_option_defaults(&o.show);
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		argc = 1;
		argv = stdin_argv;
	}
	if (cmd_import_check_encoding(&o.import) != 0)
		return (1);
	o.import.no_hash = 1;	/* nothing is stored */
	ops.arg = &o.show;
	/* read and parse on one core, classify and print on the other */
	if (import_pipe_run(&o.import, argv, argc, &ops, &st) != 0)
		ret = 1;
	/* a repaired file was cleaned: its warning is said, not failed */
	if (st.failed != 0)
		ret = 1;
	if (fflush(stdout) != 0)
		ret = 1;
	return (ret);
}
