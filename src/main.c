/*
 * main.c: sift's command line.  It sets up the locale and gettext, parses
 * the global options, picks the subcommand from a table and runs it.
 * Exit status: 0 success, 1 failure (the message names the file and the
 * reason), 2 usage error.
 */

#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>

#include "sift.h"

struct cmd {
	const char	*name;
	int		 (*fn)(int, char **);
	const char	*usage;		/* translated at use */
	const char	*summary;
};

static int	cmd_read(int, char **);
static int	cmd_import(int, char **);
static int	cmd_list(int, char **);
static int	cmd_clean(int, char **);
static int	cmd_show(int, char **);
static int	cmd_mark(int, char **);
static int	cmd_reclean(int, char **);
static int	cmd_tag(int, char **);
static int	cmd_untag(int, char **);
static int	cmd_tags(int, char **);
static int	cmd_claims(int, char **);
static int	cmd_export(int, char **);
static int	cmd_import_claims(int, char **);
static int	cmd_tagset(int, char **);
static int	cmd_help(int, char **);

static const struct cmd cmds[] = {
	{ "read", cmd_read, N_("read [ID]"),
	  N_("the reader: the list of articles, or one article") },
	{ "import", cmd_import,
	  N_("import [--format F] [--encoding E] [--source NAME]"
	     " [--max-size MB] PATH... | -"),
	  N_("store articles from files, directories or standard input") },
	{ "list", cmd_list,
	  N_("list [--tag TAG] [--search QUERY] [--format tsv|jsonl]"
	     " [--limit N]"),
	  N_("list stored articles, newest first") },
	{ "clean", cmd_clean,
	  N_("clean [--explain] [--all] [--width N] [--format F]"
	     " [--encoding E] [--max-size MB] [FILE... | -]"),
	  N_("print articles with the boilerplate hidden, storing nothing") },
	{ "show", cmd_show, N_("show [--explain] [--all] [--width N] ID"),
	  N_("print a stored article with the boilerplate hidden") },
	{ "mark", cmd_mark, N_("mark ID BLOCK content|boilerplate|comment|auto"),
	  N_("decide a block's verdict yourself (auto: the classifier's)") },
	{ "reclean", cmd_reclean, N_("reclean [ID...]"),
	  N_("read stored articles' raw input again after an upgrade") },
	{ "tag", cmd_tag,
	  N_("tag ID --quote TEXT [--note N] [--claimant C] TAG..."),
	  N_("tag a claim: a quote of an article") },
	{ "untag", cmd_untag, N_("untag CLAIM"),
	  N_("delete a claim (by number or UUID)") },
	{ "tags", cmd_tags, N_("tags"),
	  N_("list the tags with the number of claims (tag TAB count)") },
	{ "tagset", cmd_tagset, N_("tagset [FILE | -]"),
	  N_("load quick keys, descriptions and exclusive families of tags,"
	     " or print them") },
	{ "claims", cmd_claims, N_("claims [--tag TAG] [--article ID]"),
	  N_("list the claims") },
	{ "export", cmd_export,
	  N_("export [--format csv|jsonl|w3c] [--tag TAG] [--article ID]"
	     " [-o FILE]"),
	  N_("export the claims") },
	{ "import-claims", cmd_import_claims, N_("import-claims FILE | -"),
	  N_("merge another annotator's export (JSON Lines or W3C)") },
	{ "help", cmd_help, N_("help [COMMAND]"),
	  N_("show help for sift or a command") },
};
#define NCMDS	(sizeof cmds / sizeof cmds[0])

static const char	*db_path;	/* -d, else $SIFT_DB, else XDG */
static const char	*progname = "sift";

static void __attribute__((noreturn))
usage_error(const struct cmd *c, const char *fmt, ...)
{
	va_list	ap;

	if (fmt != NULL) {
		fprintf(stderr, "%s: ", progname);
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
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

static void
print_help(void)
{
	size_t	i;

	printf(_("usage: %s [-d DB] [COMMAND [ARGS]]\n\n"), progname);
	printf("%s", _("sift reads a local store of scraped news articles.\n"
	    "Without a command it opens the reader (on a terminal) or lists\n"
	    "the stored articles (in a pipe).\n\n"));
	printf("%s", _("Options:\n"
	    "  -d, --db FILE   the database (default: $SIFT_DB, else\n"
	    "                  $XDG_DATA_HOME/sift/sift.db)\n"
	    "  -h, --help      show this help and exit\n"
	    "  -V, --version   show the version and exit\n\n"));
	printf("%s", _("Commands:\n"));
	for (i = 0; i < NCMDS; i++)
		printf("  %-8s %s\n", cmds[i].name, _(cmds[i].summary));
	printf("\n");
	printf(_("Run '%s COMMAND --help' for a command's options.\n"),
	    progname);
	printf(_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
}

static void
print_cmd_help(const struct cmd *c, const char *options)
{
	printf(_("usage: %s [-d DB] %s\n\n"), progname, _(c->usage));
	printf(_("%s.\n"), _(c->summary));
	if (options != NULL)
		printf("\n%s", options);
}

static const struct cmd *
find_cmd(const char *name)
{
	size_t	i;

	for (i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i].name, name) == 0)
			return (&cmds[i]);
	return (NULL);
}

static struct store *
open_store(void)
{
	struct store	*s;
	char		*cause;

	if ((s = store_open(db_path, &cause)) == NULL) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		exit(1);
	}
	return (s);
}

/* Parse a positive size in megabytes. */
static size_t
parse_mb(const struct cmd *c, const char *s)
{
	char		*end;
	unsigned long	 v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno != 0 || *end != '\0' || v == 0 || v > 4096 || *s == '-')
		usage_error(c, _("--max-size: '%s' is not a size in MB "
		    "(1-4096)"), s);
	return ((size_t)v << 20);
}

static const char *
check_format(const struct cmd *c, const char *f)
{
	if (strcmp(f, "text") != 0 && strcmp(f, "html") != 0 &&
	    strcmp(f, "rss") != 0 && strcmp(f, "jsonl") != 0)
		usage_error(c, _("--format must be text, html, rss or jsonl, "
		    "not '%s'"), f);
	return (f);
}

struct import_run {
	struct store	*store;
	struct importer	*im;
	struct reclean	 rc;
	unsigned long	 pending;
	unsigned long	 added;
	unsigned long	 duplicates;
	unsigned long	 batch_added;
	unsigned long	 batch_duplicates;
	int		 failed;
};

/* Commit the batch under way, with its block counts. */
static int
import_run_commit(struct import_run *r, char **cause)
{
	if (reclean_flush(&r->rc, cause) != 0 ||
	    store_commit(r->store, cause) != 0)
		return (-1);
	r->added += r->batch_added;
	r->duplicates += r->batch_duplicates;
	r->pending = r->batch_added = r->batch_duplicates = 0;
	return (0);
}

static void
import_report_stderr(const char *name, const char *msg, void *arg)
{
	(void)arg;
	fprintf(stderr, "%s: %s: %s\n", progname, name, msg);
}

/*
 * Store one imported article.  Articles go in batches of a thousand, one
 * transaction a batch: a crash loses at most the batch under way, never
 * leaves half an article, and counts only what was committed.  A failing
 * store (disk full, read-only, corrupt) rolls the batch back and stops
 * the import.
 */
static int
import_store_article(struct article *a, void *arg)
{
	struct import_run	*r = arg;
	char			*cause;
	int			 rc;

	if (r->pending == 0 && store_begin(r->store, &cause) != 0)
		goto fail;
	rc = store_add_article(r->store, a, &cause);
	if (rc < 0)
		goto fail;
	if (rc == 1) {
		if (reclean_new(&r->rc, a, &cause) != 0)
			goto fail;
		r->batch_added++;
	} else
		r->batch_duplicates++;
	if (++r->pending >= 1000 && import_run_commit(r, &cause) != 0)
		goto fail;
	return (0);
fail:
	fprintf(stderr, "%s: %s\n", progname, cause);
	free(cause);
	reclean_discard(&r->rc);
	if (r->pending > 0 || store_in_transaction(r->store)) {
		store_rollback(r->store);
		fprintf(stderr, _("%s: the last %lu articles read were not "
		    "stored\n"), progname, r->pending + 1);
	}
	r->pending = 0;
	r->batch_added = r->batch_duplicates = 0;
	r->failed = 1;
	import_abort(r->im);
	return (-1);
}

static int
cmd_import(int argc, char **argv)
{
	static const struct option	 lopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "source", required_argument, NULL, 's' },
		{ "max-size", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd		*c = find_cmd("import");
	struct import_opts		 opts;
	struct import_run		 run;
	struct importer			*im;
	const struct import_stats	*st;
	char				*cause;
	int				 ch, i, ret = 0;

	memset(&opts, 0, sizeof opts);
	memset(&run, 0, sizeof run);
	while ((ch = getopt_long(argc, argv, "f:e:s:m:h", lopts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			opts.format = check_format(c, optarg);
			break;
		case 'e':
			opts.encoding = optarg;
			break;
		case 's':
			opts.source = optarg;
			break;
		case 'm':
			opts.max_size = parse_mb(c, optarg);
			break;
		case 'h':
			print_cmd_help(c, _("Options:\n"
"  -f, --format F     text, html, rss (the RSS dump form) or jsonl;\n"
"                     detected from each file when not given\n"
"  -e, --encoding E   the input's encoding (GB18030, Big5, Shift_JIS,\n"
"                     EUC-KR, windows-1251, ... any iconv knows);\n"
"                     default: a BOM, UTF-8, <meta charset>, or else the\n"
"                     encoding uchardet detects (GBK, Big5, KOI8-R, ...)\n"
"  -s, --source NAME  the source of every article imported\n"
"  -m, --max-size MB  the largest single article (default 32)\n"
"Directories are read recursively; '-' reads standard input.\n"
"An article already stored (same normalised text) is not added again.\n"));
			return (0);
		default:
			usage_error(c, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage_error(c, _("nothing to import"));
	if (opts.encoding != NULL &&
	    import_check_encoding(opts.encoding, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		return (1);
	}

	run.store = open_store();
	run.rc.store = run.store;
	im = import_new(&opts, import_store_article, import_report_stderr,
	    &run);
	run.im = im;
	for (i = 0; i < argc; i++) {
		if (import_path(im, argv[i]) != 0)
			ret = 1;
	}
	if (run.pending != 0 && import_run_commit(&run, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		reclean_discard(&run.rc);
		store_rollback(run.store);
		fprintf(stderr, _("%s: the last %lu articles read were not "
		    "stored\n"), progname, run.pending);
		ret = 1;
	}
	st = import_stats(im);
	if (st->failed != 0 || st->warnings != 0 || run.failed)
		ret = 1;
	printf(_("%lu imported, %lu already stored, %lu failed\n"), run.added,
	    run.duplicates, st->failed);
	import_free(im);
	store_close(run.store);
	return (ret);
}

struct list_out {
	int	jsonl;
	struct buf line;
};

/* The date part of an ISO 8601 timestamp. */
static void
list_date(struct buf *b, const char *d)
{
	if (d != NULL)
		buf_add(b, d, strnlen(d, 10));
}

/* A title for one line: the first line of it, tabs made spaces. */
static void
list_title(struct buf *b, const char *t, int json)
{
	size_t	 n = strcspn(t, "\n");
	char	*s = xstrndup(t, n), *p;

	for (p = s; *p != '\0'; p++)
		if (*p == '\t' || (unsigned char)*p < 0x20)
			*p = ' ';
	if (json)
		buf_add_json(b, s);
	else
		buf_adds(b, s);
	free(s);
}

static int
list_row(const struct store_row *r, void *arg)
{
	struct list_out	*o = arg;
	struct buf	*b = &o->line;

	b->len = 0;
	if (o->jsonl) {
		buf_printf(b, "{\"id\":%lld,\"date\":", (long long)r->id);
		if (r->published != NULL)
			buf_add_json(b, r->published);
		else
			buf_adds(b, "null");
		buf_adds(b, ",\"source\":");
		buf_add_json(b, r->source);
		buf_adds(b, ",\"lang\":");
		buf_add_json(b, r->lang);
		buf_adds(b, ",\"title\":");
		list_title(b, r->title != NULL ? r->title : "", 1);
		buf_adds(b, ",\"url\":");
		if (r->url != NULL)
			buf_add_json(b, r->url);
		else
			buf_adds(b, "null");
		buf_adds(b, "}\n");
	} else {
		buf_printf(b, "%lld\t", (long long)r->id);
		list_date(b, r->published);
		buf_printf(b, "\t%s\t%s\t", r->source != NULL ? r->source : "",
		    r->lang != NULL ? r->lang : "");
		list_title(b, r->title != NULL ? r->title : "", 0);
		buf_addc(b, '\n');
	}
	if (fwrite(b->data, 1, b->len, stdout) != b->len)
		return (-1);
	return (0);
}

static int
cmd_list(int argc, char **argv)
{
	static const struct option	 lopts[] = {
		{ "search", required_argument, NULL, 's' },
		{ "tag", required_argument, NULL, 't' },
		{ "format", required_argument, NULL, 'f' },
		{ "limit", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd		*c = find_cmd("list");
	struct store_query		 q;
	struct list_out			 o;
	struct store			*s;
	char				*cause, *end;
	int				 ch, ret = 0;
	long				 v;

	memset(&q, 0, sizeof q);
	memset(&o, 0, sizeof o);
	while ((ch = getopt_long(argc, argv, "s:t:f:n:h", lopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 's':
			q.search = optarg;
			break;
		case 't':
			q.tag = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "jsonl") == 0)
				o.jsonl = 1;
			else if (strcmp(optarg, "tsv") != 0)
				usage_error(c, _("--format must be tsv or "
				    "jsonl, not '%s'"), optarg);
			break;
		case 'n':
			v = strtol(optarg, &end, 10);
			if (*end != '\0' || v <= 0 || v > 100000000)
				usage_error(c, _("--limit: '%s' is not a "
				    "positive number"), optarg);
			q.limit = (int)v;
			break;
		case 'h':
			print_cmd_help(c, _("Options:\n"
"  -t, --tag TAG       only articles with a claim tagged TAG\n"
"  -s, --search QUERY  only articles whose title or text contain every\n"
"                      word of QUERY (\"double quotes\" keep a phrase);\n"
"                      works for CJK without spaces, even one character\n"
"  -f, --format F      tsv (default): id, date, source, lang, title\n"
"                      separated by tabs; or jsonl, one object a line\n"
"  -n, --limit N       at most N articles\n"));
			return (0);
		default:
			usage_error(c, NULL);
		}
	}
	if (optind != argc)
		usage_error(c, _("unexpected argument '%s'"), argv[optind]);
	if (q.search != NULL && strspn(q.search, " \t\"") ==
	    strlen(q.search))
		usage_error(c, _("--search needs a word to look for"));

	s = open_store();
	buf_init(&o.line);
	if (store_list(s, &q, list_row, &o, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		ret = 1;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			fprintf(stderr, "%s: %s: %s\n", progname,
			    _("standard output"), strerror(errno));
		ret = 1;
	}
	buf_free(&o.line);
	store_close(s);
	return (ret);
}

/* The layout options shared by clean and show. */
static int
show_option(const struct cmd *c, int ch, struct show_opts *o)
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
		v = strtol(optarg, &end, 10);
		if (*end != '\0' || v < 1 || v > 10000)
			usage_error(c, _("--width: '%s' is not a number of "
			    "columns (1-10000)"), optarg);
		o->lo.width = (int)v;
		return (1);
	case 'K':
		o->lo.korean_words = 1;
		return (1);
	case 'E':
		if (strcmp(optarg, "full") == 0)
			o->lo.emoji_full = 1;
		else if (strcmp(optarg, "safe") == 0)
			o->lo.emoji_full = 0;
		else
			usage_error(c, _("--emoji must be safe or full, not "
			    "'%s'"), optarg);
		return (1);
	}
	return (0);
}

#define SHOW_LONG_OPTIONS \
	{ "explain", no_argument, NULL, 'x' }, \
	{ "all", no_argument, NULL, 'a' }, \
	{ "width", required_argument, NULL, 'w' }, \
	{ "korean-words", no_argument, NULL, 'K' }, \
	{ "emoji", required_argument, NULL, 'E' }
#define SHOW_SHORT_OPTIONS	"xaw:"
#define SHOW_HELP N_( \
"  -x, --explain      print every block, hidden ones too, prefixed with\n" \
"                     its number, verdict and the reason for it\n" \
"  -a, --all          print hidden blocks too\n" \
"  -w, --width N      wrap to N columns exactly as the reader does: the\n" \
"                     title, then the blocks, an empty line between them\n" \
"      --korean-words break Korean between words only (keep-all)\n" \
"      --emoji MODE   safe (default): show emoji sequences in a form\n" \
"                     whose width terminals agree on; full: as they are\n")

static int
clean_one(struct article *a, void *arg)
{
	struct clean	*c;

	c = clean_text(a->title, a->text, a->len, a->links, a->nlinks, a->dom, NULL,
	    NULL, ((struct show_opts *)arg)->explain ? CLEAN_REASONS : 0);
	show_article(a, c, arg);
	clean_free(c);
	return (0);
}

static int
cmd_clean(int argc, char **argv)
{
	static const struct option	 lopts[] = {
		SHOW_LONG_OPTIONS,
		{ "format", required_argument, NULL, 'f' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "max-size", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd		*c = find_cmd("clean");
	struct show_opts		 so;
	struct import_opts		 opts;
	struct importer			*im;
	char				*cause, *stdin_argv[] = { (char *)"-" };
	char				*help;
	int				 ch, i, ret = 0;

	memset(&so, 0, sizeof so);
	memset(&opts, 0, sizeof opts);
	so.first = 1;
	while ((ch = getopt_long(argc, argv, SHOW_SHORT_OPTIONS "f:e:m:h",
	    lopts, NULL)) != -1) {
		if (show_option(c, ch, &so))
			continue;
		switch (ch) {
		case 'f':
			opts.format = check_format(c, optarg);
			break;
		case 'e':
			opts.encoding = optarg;
			break;
		case 'm':
			opts.max_size = parse_mb(c, optarg);
			break;
		case 'h':
			help = xasprintf("%s%s%s", _("Options:\n"), _(SHOW_HELP),
			    _(
"  -f, --format F     text, html, rss or jsonl (detected when not given)\n"
"  -e, --encoding E   the input's encoding, as for import\n"
"  -m, --max-size MB  the largest single article (default 32)\n"
"Without a file, or with '-', standard input is read.  The title comes\n"
"first, then one block a line; reader comments follow the article.\n"));
			print_cmd_help(c, help);
			free(help);
			return (0);
		default:
			usage_error(c, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		argc = 1;
		argv = stdin_argv;
	}
	if (opts.encoding != NULL &&
	    import_check_encoding(opts.encoding, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		return (1);
	}
	opts.no_hash = 1;	/* nothing is stored */
	im = import_new(&opts, clean_one, import_report_stderr, &so);
	for (i = 0; i < argc; i++)
		if (import_path(im, argv[i]) != 0)
			ret = 1;
	/* a repaired file was cleaned: its warning is said, not failed */
	if (import_stats(im)->failed != 0)
		ret = 1;
	import_free(im);
	if (fflush(stdout) != 0)
		ret = 1;
	return (ret);
}

/* Parse an article or block number: a positive decimal integer. */
static int64_t
parse_id(const struct cmd *c, const char *what, const char *s)
{
	char		*end;
	long long	 v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v <= 0 || *s == '+')
		usage_error(c, _("%s: '%s' is not a positive number"), what, s);
	return (v);
}

static int
cmd_show(int argc, char **argv)
{
	static const struct option	 lopts[] = {
		SHOW_LONG_OPTIONS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd		*c = find_cmd("show");
	struct show_opts		 so;
	struct store			*s;
	struct article			*a;
	struct clean			*cl;
	char				*cause, *help;
	int64_t				 id;
	int				 ch, ret = 0;

	memset(&so, 0, sizeof so);
	so.first = 1;
	while ((ch = getopt_long(argc, argv, SHOW_SHORT_OPTIONS "h", lopts,
	    NULL)) != -1) {
		if (show_option(c, ch, &so))
			continue;
		switch (ch) {
		case 'h':
			help = xasprintf("%s%s%s", _("Options:\n"), _(SHOW_HELP),
			    _(
"The title comes first, then one block a line; reader comments follow\n"
"the article.  Block numbers are those 'sift mark' takes.\n"));
			print_cmd_help(c, help);
			free(help);
			return (0);
		default:
			usage_error(c, NULL);
		}
	}
	if (argc - optind != 1)
		usage_error(c, _("show takes one article number"));
	id = parse_id(c, _("article"), argv[optind]);
	s = open_store();
	if ((a = store_get_article(s, id, 0, &cause)) == NULL ||
	    (cl = reclean_verdicts(s, a, &cause)) == NULL) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		article_free(a);
		store_close(s);
		return (1);
	}
	show_article(a, cl, &so);
	if (fflush(stdout) != 0)
		ret = 1;
	clean_free(cl);
	article_free(a);
	store_close(s);
	return (ret);
}

/*
 * Parse the options of a command whose only option is --help; returns 1
 * when the help was printed.
 */
static int
help_only(const struct cmd *c, int argc, char **argv, const char *help)
{
	static const struct option	 lopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int				 ch;

	while ((ch = getopt_long(argc, argv, "h", lopts, NULL)) != -1) {
		if (ch != 'h')
			usage_error(c, NULL);
		print_cmd_help(c, help);
		return (1);
	}
	return (0);
}

static int
cmd_mark(int argc, char **argv)
{
	const struct cmd		*c = find_cmd("mark");
	struct store			*s;
	struct article			*a = NULL;
	struct clean			*cl = NULL;
	const struct clean_block	*b;
	char				*cause = NULL;
	int64_t				 id, block;
	int				 verdict, ret = 1;

	if (help_only(c, argc, argv, _("BLOCK is the number 'sift show "
	    "--explain' prints.  The decision is\nstored at once and survives "
	    "'sift reclean' and re-import.\n")))
		return (0);
	if (argc - optind != 3)
		usage_error(c, _("mark takes an article, a block and a "
		    "verdict"));
	id = parse_id(c, _("article"), argv[optind]);
	block = parse_id(c, _("block"), argv[optind + 1]);
	if (strcmp(argv[optind + 2], "content") == 0)
		verdict = VERDICT_CONTENT;
	else if (strcmp(argv[optind + 2], "boilerplate") == 0)
		verdict = VERDICT_BOILERPLATE;
	else if (strcmp(argv[optind + 2], "comment") == 0)
		verdict = VERDICT_COMMENT;
	else if (strcmp(argv[optind + 2], "auto") == 0)
		verdict = -1;
	else
		usage_error(c, _("the verdict must be content, boilerplate, "
		    "comment or auto, not '%s'"), argv[optind + 2]);

	s = open_store();
	if ((a = store_get_article(s, id, 0, &cause)) == NULL ||
	    (cl = reclean_verdicts(s, a, &cause)) == NULL)
		goto out;
	if ((size_t)block > cl->nblocks) {
		cause = xasprintf(_("article %lld has %zu blocks, not %lld"),
		    (long long)id, cl->nblocks, (long long)block);
		goto out;
	}
	b = &cl->blocks[block - 1];
	if (store_set_override(s, id, b->start, b->len, clean_hash(a->text +
	    b->start, b->len), verdict, &cause) != 0)
		goto out;
	if (verdict < 0)
		printf(_("article %lld block %lld: the classifier decides\n"),
		    (long long)id, (long long)block);
	else
		printf(_("article %lld block %lld: %s\n"), (long long)id,
		    (long long)block, clean_verdict_name(verdict));
	ret = 0;
out:
	if (cause != NULL) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
	}
	clean_free(cl);
	article_free(a);
	store_close(s);
	return (ret);
}

struct reclean_run {
	struct reclean	 rc;
	int		 failed;
};

static int
reclean_each(int64_t id, void *arg)
{
	struct reclean_run	*r = arg;
	char			*cause;

	if (reclean_one(&r->rc, id, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		r->failed = 1;
	}
	return (0);
}

static int
cmd_reclean(int argc, char **argv)
{
	const struct cmd		*c = find_cmd("reclean");
	struct reclean_run		 r;
	char				*cause = NULL;
	int				 i;

	if (help_only(c, argc, argv, _("Without an ID every article is read "
	    "again.  The reader's decisions\non blocks and tagged claims are "
	    "kept.\n")))
		return (0);
	for (i = optind; i < argc; i++)
		(void)parse_id(c, _("article"), argv[i]);
	memset(&r, 0, sizeof r);
	r.rc.store = open_store();
	if (store_begin(r.rc.store, &cause) != 0)
		goto fail;
	if (optind == argc) {
		if (store_each_id(r.rc.store, reclean_each, &r, &cause) != 0)
			goto fail;
	} else {
		for (i = optind; i < argc; i++)
			reclean_each(parse_id(c, _("article"), argv[i]), &r);
	}
	if (reclean_flush(&r.rc, &cause) != 0 ||
	    store_commit(r.rc.store, &cause) != 0)
		goto fail;
	printf(_("%lu articles cleaned again, %lu with new text\n"),
	    r.rc.done, r.rc.changed);
	store_close(r.rc.store);
	return (r.failed);
fail:
	fprintf(stderr, "%s: %s\n", progname, cause);
	free(cause);
	reclean_discard(&r.rc);
	store_rollback(r.rc.store);
	store_close(r.rc.store);
	return (1);
}

static int
cmd_read(int argc, char **argv)
{
	const struct cmd		*c = find_cmd("read");
	struct store			*s;
	int64_t				 id = 0;
	int				 ret;

	if (help_only(c, argc, argv, _("Keys: j/k move, Enter opens, / "
	    "searches, H shows hidden blocks,\nm marks a block, q goes back or "
	    "quits, ? lists every key.\n")))
		return (0);
	if (argc - optind > 1)
		usage_error(c, _("read takes at most one article number"));
	if (argc - optind == 1)
		id = parse_id(c, _("article"), argv[optind]);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("%s: the reader needs a terminal\n"),
		    progname);
		return (1);
	}
	s = open_store();
	ret = ui_run(s, id);
	store_close(s);
	return (ret);
}

static int
cmd_tag(int argc, char **argv)
{
	static const struct option	 lopts[] = {
		{ "quote", required_argument, NULL, 'q' },
		{ "note", required_argument, NULL, 'n' },
		{ "claimant", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd		*c = find_cmd("tag");
	struct claim			 cl;
	struct article			*a = NULL;
	struct store			*s;
	char				*cause = NULL, *quote = NULL;
	int64_t				 id, claim;
	size_t				 len;
	int				 ch, i, n, ret = 1;

	memset(&cl, 0, sizeof cl);
	while ((ch = getopt_long(argc, argv, "q:n:c:h", lopts, NULL)) != -1) {
		switch (ch) {
		case 'q':
			quote = optarg;
			break;
		case 'n':
			cl.note = optarg;
			break;
		case 'c':
			cl.claimant = optarg;
			break;
		case 'h':
			print_cmd_help(c, _("Options:\n"
"  -q, --quote TEXT     the claim: text of the article (exact, else\n"
"                       case- and width-insensitive; the first place)\n"
"  -n, --note TEXT      a note on the claim\n"
"  -c, --claimant NAME  who makes the claim\n"
"The annotator is $SIFT_ANNOTATOR, else your login name.\n"));
			return (0);
		default:
			usage_error(c, NULL);
		}
	}
	if (quote == NULL)
		usage_error(c, _("tag needs --quote"));
	if (argc - optind < 2)
		usage_error(c, _("tag needs an article and at least one tag"));
	id = parse_id(c, _("article"), argv[optind]);
	for (i = optind + 1; i < argc; i++)
		if (claim_check_tag(argv[i], &cause) != 0)
			usage_error(c, "%s", cause);
	cl.tags = argv + optind + 1;
	cl.ntags = argc - optind - 1;
	s = open_store();
	if ((a = store_get_article(s, id, 0, &cause)) == NULL)
		goto out;
	quote = text_nfc(quote, strlen(quote), &len);
	n = claim_find(a->text, a->len, quote, &cl.start, &cl.end);
	free(quote);
	if (n == 0) {
		cause = xasprintf(_("article %lld does not contain the quote"),
		    (long long)id);
		goto out;
	}
	if (n > 1)
		fprintf(stderr, _("%s: the quote is in %d places; the first "
		    "is tagged\n"), progname, n);
	cl.article_id = id;
	claim_context(&cl, a->text, a->len);
	claim_uuid(cl.uuid);
	claim_now(cl.created);
	cl.annotator = claim_annotator();
	if ((claim = store_add_claim(s, &cl, &cause)) < 0)
		goto out;
	printf(_("claim %lld (%s)\n"), (long long)claim, cl.uuid);
	ret = 0;
out:
	if (cause != NULL) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
	}
	free(cl.quote);
	free(cl.prefix);
	free(cl.suffix);
	article_free(a);
	store_close(s);
	return (ret);
}

static int
cmd_untag(int argc, char **argv)
{
	const struct cmd	*c = find_cmd("untag");
	struct store		*s;
	char			*cause;
	int			 rc;

	if (help_only(c, argc, argv, _("CLAIM is the number 'sift claims' "
	    "prints, or the claim's UUID.\n")))
		return (0);
	if (argc - optind != 1)
		usage_error(c, _("untag takes one claim"));
	s = open_store();
	rc = store_delete_claim(s, argv[optind], &cause);
	if (rc < 0) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
	} else if (rc == 0)
		fprintf(stderr, _("%s: no claim %s\n"), progname, argv[optind]);
	store_close(s);
	return (rc == 1 ? 0 : 1);
}

static void
tags_row(const char *name, int64_t n, void *arg)
{
	(void)arg;
	printf("%s\t%lld\n", name, (long long)n);
}

static int
cmd_tags(int argc, char **argv)
{
	const struct cmd	*c = find_cmd("tags");
	struct store		*s;
	int			 ret;

	if (help_only(c, argc, argv, _("Tags without a claim count 0.\n")))
		return (0);
	if (argc != optind)
		usage_error(c, _("unexpected argument '%s'"), argv[optind]);
	s = open_store();
	ret = store_tag_counts(s, tags_row, NULL) != 0;
	store_close(s);
	return (ret);
}

static int
claims_row(const struct claim_row *r, void *arg)
{
	struct buf	 b;
	char		*q, *p;

	(void)arg;
	q = xstrdup(r->s[CLAIM_QUOTE]);
	for (p = q; *p != '\0'; p++)
		if (*p == '\t' || *p == '\n' || (unsigned char)*p < 0x20)
			*p = ' ';
	buf_init(&b);
	text_display(q, strlen(q), 0, 0, &b);
	printf("%lld\t%lld\t%s\t%s\t%s\n", (long long)r->id,
	    (long long)r->article_id, r->s[CLAIM_TAGS] != NULL ?
	    r->s[CLAIM_TAGS] : "", r->s[CLAIM_ANCHOR],
	    b.data != NULL ? b.data : "");
	buf_free(&b);
	free(q);
	return (0);
}

/* --tag and --article, shared by claims and export. */
static int
claim_filter(const struct cmd *c, int ch, const char **tag,
    int64_t *article)
{
	if (ch == 't') {
		*tag = optarg;
		return (1);
	}
	if (ch == 'a') {
		*article = parse_id(c, _("article"), optarg);
		return (1);
	}
	return (0);
}

static int
cmd_claims(int argc, char **argv)
{
	static const struct option	 lopts[] = {
		{ "tag", required_argument, NULL, 't' },
		{ "article", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd		*c = find_cmd("claims");
	const char			*tag = NULL;
	struct store			*s;
	char				*cause;
	int64_t				 article = 0;
	int				 ch, ret = 0;

	while ((ch = getopt_long(argc, argv, "t:a:h", lopts, NULL)) != -1) {
		if (claim_filter(c, ch, &tag, &article))
			continue;
		if (ch == 'h') {
			print_cmd_help(c, _("Prints claim, article, tags (';' "
			    "between them), anchor and quote,\nseparated by "
			    "tabs.\n"));
			return (0);
		}
		usage_error(c, NULL);
	}
	s = open_store();
	if (store_claims(s, tag, article, 0, claims_row, NULL, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		ret = 1;
	}
	store_close(s);
	return (ret);
}

static int
cmd_export(int argc, char **argv)
{
	static const struct option	 lopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "tag", required_argument, NULL, 't' },
		{ "article", required_argument, NULL, 'a' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd		*c = find_cmd("export");
	const char			*tag = NULL, *out = NULL;
	struct store			*s;
	FILE				*fp = stdout;
	char				*cause = NULL, *tmp = NULL;
	int64_t				 article = 0;
	long				 n;
	int				 ch, format = EXPORT_CSV, fd, ret = 1;

	while ((ch = getopt_long(argc, argv, "f:t:a:o:h", lopts, NULL)) !=
	    -1) {
		if (claim_filter(c, ch, &tag, &article))
			continue;
		switch (ch) {
		case 'f':
			if (strcmp(optarg, "csv") == 0)
				format = EXPORT_CSV;
			else if (strcmp(optarg, "jsonl") == 0)
				format = EXPORT_JSONL;
			else if (strcmp(optarg, "w3c") == 0)
				format = EXPORT_W3C;
			else
				usage_error(c, _("--format must be csv, jsonl "
				    "or w3c, not '%s'"), optarg);
			break;
		case 'o':
			out = optarg;
			break;
		case 'h':
			print_cmd_help(c, _("Options:\n"
"  -f, --format F   csv (default; RFC 4180), jsonl, or w3c (a W3C Web\n"
"                   Annotation collection)\n"
"  -t, --tag TAG    only claims with this tag\n"
"  -a, --article ID only claims of this article\n"
"  -o, --output F   write F (through a temporary file renamed at the\n"
"                   end, so a failed export leaves no half file)\n"));
			return (0);
		default:
			usage_error(c, NULL);
		}
	}
	if (argc != optind)
		usage_error(c, _("unexpected argument '%s'"), argv[optind]);
	s = open_store();
	if (out != NULL) {
		tmp = xasprintf("%s.XXXXXX", out);
		if ((fd = mkstemp(tmp)) < 0 || (fp = fdopen(fd, "w")) == NULL) {
			cause = xasprintf(_("%s: cannot write: %s"), out,
			    strerror(errno));
			goto out;
		}
	}
	if ((n = export_claims(s, format, tag, article, fp, &cause)) < 0)
		goto out;
	if (fflush(fp) != 0 || ferror(fp)) {
		cause = xasprintf(_("%s: cannot write: %s"), out != NULL ? out :
		    _("standard output"), strerror(errno));
		goto out;
	}
	if (out != NULL) {
		if (fclose(fp) != 0 || rename(tmp, out) != 0) {
			fp = NULL;
			cause = xasprintf(_("%s: cannot write: %s"), out,
			    strerror(errno));
			goto out;
		}
		fp = NULL;
		fprintf(stderr, _("%ld claims written to %s\n"), n, out);
	}
	ret = 0;
out:
	if (cause != NULL) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
	}
	if (fp != NULL && fp != stdout)
		fclose(fp);
	if (tmp != NULL) {
		if (ret != 0)
			unlink(tmp);
		free(tmp);
	}
	store_close(s);
	return (ret);
}

struct merge_run {
	struct store	*store;
	struct article	*a;		/* the last article looked at */
	unsigned long	 added, updated, same, skipped;
	int		 failed;
};

static int
merge_one(struct claim *c, const char *hash, const char *url, int64_t cp,
    void *arg)
{
	struct merge_run	*m = arg;
	char			*cause = NULL;
	int64_t			 id;
	size_t			 i, k;
	int			 rc;

	if (strlen(c->uuid) != 36 || c->quote == NULL || c->annotator ==
	    NULL || c->created[0] == '\0') {
		fprintf(stderr, _("%s: a claim without its UUID, quote, "
		    "annotator or time, skipped\n"), progname);
		m->skipped++;
		return (0);
	}
	if ((id = store_find_article(m->store, hash, url)) == 0) {
		fprintf(stderr, _("%s: claim %s: its article is not in this "
		    "store, skipped\n"), progname, c->uuid);
		m->skipped++;
		return (0);
	}
	if (m->a == NULL || m->a->id != id) {
		article_free(m->a);
		if ((m->a = store_get_article(m->store, id, 0, &cause)) ==
		    NULL) {
			fprintf(stderr, "%s: %s\n", progname, cause);
			free(cause);
			m->failed = 1;
			return (-1);
		}
	}
	for (i = k = 0; i < c->ntags; i++)	/* keep the tags we can */
		if (claim_check_tag(c->tags[i], &cause) == 0)
			c->tags[k++] = c->tags[i];
		else {
			fprintf(stderr, "%s: %s\n", progname, cause);
			free(cause);
			cause = NULL;
		}
	c->ntags = k;
	c->article_id = id;
	claim_place(c, m->a->text, m->a->len, cp);
	rc = store_merge_claim(m->store, c, &cause);
	if (rc < 0) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		m->failed = 1;
		return (-1);
	}
	if (rc == 1)
		m->added++;
	else if (rc == 2)
		m->updated++;
	else
		m->same++;
	return (0);
}

static int
cmd_import_claims(int argc, char **argv)
{
	const struct cmd	*c = find_cmd("import-claims");
	struct merge_run	 m;
	struct buf		 b;
	FILE			*fp;
	char			 chunk[65536], *cause = NULL;
	const char		*p;
	size_t			 got;
	int			 w3c;

	if (help_only(c, argc, argv, _("FILE is what 'sift export --format "
	    "jsonl' or '--format w3c' wrote,\nhere or in another store. "
	    "Articles are matched by content hash, else URL;\nclaims by "
	    "UUID: a newer one updates its note, claimant and tags,\nand a "
	    "newer deletion (JSON Lines carries them) deletes it.\n")))
		return (0);
	if (argc - optind != 1)
		usage_error(c, _("import-claims takes one file"));
	if (strcmp(argv[optind], "-") == 0)
		fp = stdin;
	else if ((fp = fopen(argv[optind], "r")) == NULL) {
		fprintf(stderr, _("%s: %s: cannot open: %s\n"), progname,
		    argv[optind], strerror(errno));
		return (1);
	}
	buf_init(&b);
	while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, got);
	if (fp != stdin)
		fclose(fp);
	if (b.data == NULL || memchr(b.data, '\0', b.len) != NULL ||
	    u8_check((const uint8_t *)b.data, b.len) != NULL) {
		fprintf(stderr, _("%s: %s: not a claim export (empty, binary "
		    "or not UTF-8)\n"), progname, argv[optind]);
		buf_free(&b);
		return (1);
	}
	p = b.data + strspn(b.data, " \t\r\n");
	w3c = *p == '{' && strstr(b.data, "\"AnnotationCollection\"") != NULL;
	memset(&m, 0, sizeof m);
	m.store = open_store();
	if (claim_read(b.data, w3c, merge_one, &m, &cause) != 0 &&
	    cause != NULL) {
		fprintf(stderr, "%s: %s: %s\n", progname, argv[optind], cause);
		free(cause);
		m.failed = 1;
	}
	printf(_("%lu claims added, %lu updated, %lu unchanged, %lu "
	    "skipped\n"), m.added, m.updated, m.same, m.skipped);
	article_free(m.a);
	buf_free(&b);
	store_close(m.store);
	return (m.failed || m.skipped != 0);
}

/* Print the tag set in the form tagset reads. */
static int
tagset_print(struct store *s)
{
	struct store_tag	*t;
	char			*cause, **fam;
	size_t			 n, i, nfam;

	if (store_tags(s, &t, &n, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", progname, cause);
		free(cause);
		return (1);
	}
	for (i = 0; i < n; i++) {
		if (t[i].key == NULL && t[i].description == NULL)
			continue;
		printf("%s\t%s%s%s\n", t[i].key != NULL ? t[i].key : "-",
		    t[i].name, t[i].description != NULL ? "\t" : "",
		    t[i].description != NULL ? t[i].description : "");
	}
	fam = store_families(s, &nfam);
	for (i = 0; i < nfam; i++) {
		printf("exclusive\t%s/*\n", fam[i]);
		free(fam[i]);
	}
	free(fam);
	store_tags_free(t, n);
	return (0);
}

/*
 * Read a tag set: "KEY TAG [DESCRIPTION]" a line (KEY 1-9, or - for
 * none) and "exclusive FAMILY/..." lines; # starts a comment.  Nothing is
 * loaded unless every line is right.
 */
static int
tagset_parse(const char *name, FILE *fp, struct store_tag **out, size_t *n,
    char ***fam, size_t *nfam)
{
	char	*line = NULL, *p, *key, *tag, *desc, *cause;
	size_t	 size = 0, lineno = 0, len;
	ssize_t	 got;
	int	 bad = 0;

	*out = NULL;
	*n = *nfam = 0;
	*fam = NULL;
	while ((got = getline(&line, &size, fp)) != -1) {
		lineno++;
		if (memchr(line, '\0', got) != NULL ||
		    !utf8_valid(line, got)) {
			fprintf(stderr, _("%s: %s:%zu: not UTF-8 text\n"),
			    progname, name, lineno);
			bad = 1;
			break;
		}
		line[strcspn(line, "\r\n")] = '\0';
		p = line + strspn(line, " \t");
		if (*p == '\0' || *p == '#')
			continue;
		key = p;
		p += strcspn(p, " \t");
		if (*p != '\0')
			*p++ = '\0';
		p += strspn(p, " \t");
		tag = p;
		p += strcspn(p, " \t");
		if (*p != '\0')
			*p++ = '\0';
		desc = p + strspn(p, " \t");
		for (len = strlen(desc); len > 0 && (desc[len - 1] == ' ' ||
		    desc[len - 1] == '\t'); len--)
			desc[len - 1] = '\0';
		if (strcmp(key, "exclusive") == 0) {
			len = strlen(tag);
			if (len >= 2 && strcmp(tag + len - 2, "/*") == 0)
				tag[len - 2] = '\0';
			else if (len >= 1 && tag[len - 1] == '/')
				tag[len - 1] = '\0';
			if (*desc != '\0' || claim_check_tag(tag, &cause) != 0) {
				if (*desc != '\0')
					cause = xstrdup(_("one family a line"));
				fprintf(stderr, "%s: %s:%zu: %s\n", progname,
				    name, lineno, cause);
				free(cause);
				bad = 1;
				break;
			}
			*fam = xreallocarray(*fam, *nfam + 1, sizeof **fam);
			(*fam)[(*nfam)++] = xstrdup(tag);
			continue;
		}
		if (strcmp(key, "-") != 0 && (strlen(key) != 1 ||
		    *key < '1' || *key > '9')) {
			fprintf(stderr, _("%s: %s:%zu: the key '%s' is not 1 to "
			    "9 or -\n"), progname, name, lineno, key);
			bad = 1;
			break;
		}
		if (claim_check_tag(tag, &cause) != 0) {
			fprintf(stderr, "%s: %s:%zu: %s\n", progname, name,
			    lineno, cause);
			free(cause);
			bad = 1;
			break;
		}
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		memset(&(*out)[*n], 0, sizeof **out);
		(*out)[*n].name = xstrdup(tag);
		(*out)[*n].key = strcmp(key, "-") == 0 ? NULL : xstrdup(key);
		(*out)[*n].description = *desc != '\0' ? xstrdup(desc) : NULL;
		(*n)++;
	}
	if (!bad && ferror(fp)) {
		fprintf(stderr, _("%s: %s: read error: %s\n"), progname, name,
		    strerror(errno));
		bad = 1;
	}
	free(line);
	return (bad ? -1 : 0);
}

static int
cmd_tagset(int argc, char **argv)
{
	const struct cmd	*c = find_cmd("tagset");
	struct store		*s;
	struct store_tag	*t;
	FILE			*fp;
	char			*cause, **fam;
	size_t			 n, nfam, i;
	int			 ret = 0;

	if (help_only(c, argc, argv, _("A line of FILE is 'KEY TAG "
	    "[DESCRIPTION]': KEY 1 to 9 applies TAG with\none key in the "
	    "reader (- for none).  'exclusive FAMILY/*' makes the tags\n"
	    "FAMILY/... exclude each other: a claim has one of them.  # "
	    "starts a comment.\nWithout FILE, print the tag set in this "
	    "form.\n")))
		return (0);
	if (argc - optind > 1)
		usage_error(c, _("tagset takes one file"));
	if (argc == optind) {
		s = open_store();
		ret = tagset_print(s);
		store_close(s);
		return (ret);
	}
	if (strcmp(argv[optind], "-") == 0)
		fp = stdin;
	else if ((fp = fopen(argv[optind], "r")) == NULL) {
		fprintf(stderr, _("%s: %s: cannot open: %s\n"), progname,
		    argv[optind], strerror(errno));
		return (1);
	}
	ret = tagset_parse(argv[optind], fp, &t, &n, &fam, &nfam);
	if (fp != stdin)
		fclose(fp);
	if (ret == 0) {
		s = open_store();
		if (store_load_tagset(s, t, n, fam, nfam, &cause) != 0) {
			fprintf(stderr, "%s: %s\n", progname, cause);
			free(cause);
			ret = -1;
		} else
			printf(_("%zu tags and %zu exclusive families "
			    "loaded\n"), n, nfam);
		store_close(s);
	}
	store_tags_free(t, n);
	for (i = 0; i < nfam; i++)
		free(fam[i]);
	free(fam);
	return (ret != 0);
}

static int
cmd_help(int argc, char **argv)
{
	const struct cmd	*c;
	char			*args[] = { NULL, (char *)"--help", NULL };

	if (argc < 2) {
		print_help();
		return (0);
	}
	if ((c = find_cmd(argv[1])) == NULL)
		usage_error(NULL, _("unknown command '%s'"), argv[1]);
	args[0] = (char *)c->name;
	optind = 0;
	return (c->fn(2, args));
}

int
main(int argc, char **argv)
{
	static const struct option	 lopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd		*c;
	char				*list_argv[] = { (char *)"list", NULL };
	char				*read_argv[] = { (char *)"read", NULL };
	const char			*localedir;
	int				 ch;

	setlocale(LC_ALL, "");
	/* SIFT_LOCALEDIR: catalogues from a build tree, for the tests */
	if ((localedir = getenv("SIFT_LOCALEDIR")) == NULL)
		localedir = LOCALEDIR;
	(void)bindtextdomain(PACKAGE, localedir);
	(void)textdomain(PACKAGE);

	while ((ch = getopt_long(argc, argv, "+d:hV", lopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			db_path = optarg;
			break;
		case 'h':
			print_help();
			return (0);
		case 'V':
			printf("sift %s\n", PACKAGE_VERSION);
			return (0);
		default:
			usage_error(NULL, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	optind = 0;	/* the subcommand parses its own options */
	if (argc == 0) {
		if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
			return (cmd_read(1, read_argv));
		return (cmd_list(1, list_argv));
	}
	if ((c = find_cmd(argv[0])) == NULL)
		usage_error(NULL, _("unknown command '%s'"), argv[0]);
	return (c->fn(argc, argv));
}
