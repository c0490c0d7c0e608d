/*
 * cmd-article.c: the commands on stored articles: `sift read` opens the
 * reader, `sift list` lists them, `sift show` prints one as sift sees it
 * (with show.c, as `sift clean` does), `sift mark` decides
 * a block's verdict and `sift reclean` reads stored articles again.
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sift.h"
#include "reclean.h"
#include "cmd.h"

static int	cmd_read_exec(const struct cmd_entry *, int, char **);
static int	cmd_list_exec(const struct cmd_entry *, int, char **);
static int	cmd_show_exec(const struct cmd_entry *, int, char **);
static int	cmd_mark_exec(const struct cmd_entry *, int, char **);
static int	cmd_reclean_exec(const struct cmd_entry *, int, char **);
static int	cmd_done_exec(const struct cmd_entry *, int, char **);
static int	cmd_rm_exec(const struct cmd_entry *, int, char **);

const struct cmd_entry cmd_read_entry = {
	.name = "read",
	.usage = N_("read [ID]"),
	.summary = N_("the reader: the list of articles, or one article"),
	.help = { N_("Keys: j/k move, Enter opens, / searches, H shows hidden "
	    "blocks,\nm marks a block, q goes back or quits, ? lists every "
	    "key.\n") },
	.exec = cmd_read_exec
};

static const struct option cmd_list_options[] = {
	{ "search", required_argument, NULL, 's' },
	{ "tag", required_argument, NULL, 't' },
	{ "format", required_argument, NULL, 'f' },
	{ "limit", required_argument, NULL, 'n' },
	{ "where", required_argument, NULL, 'w' },
	{ "all", no_argument, NULL, 'a' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_list_entry = {
	.name = "list",
	.usage = N_("list [--where PATTERN] [--tag TAG] [--search QUERY"
	    " [--all]] [--format tsv|jsonl] [--limit N]"),
	.summary = N_("list stored articles, newest first"),
	.help = { N_("Options:\n"
"  -w, --where PAT     only articles PAT matches (see PATTERNS in sift(1)):\n"
"                      ~t TAG (glob), ~C has claims, ~s SOURCE, ~l LANG,\n"
"                      ~d <1w or 2023-09-01..2023-09-30, ~b TEXT (body),\n"
"                      ~B TEXT (body and hidden blocks), ~h TEXT (title),\n"
"                      ~U unread, ~D done, ~c CLAIMANT,\n"
"                      ~a ANNOTATOR, ~o orphaned claims, ~x annotators\n"
"                      disagree (sift agreement); ! not, | or, ( );\n"
"                      side by side: and; a bare word: title or body\n"
"  -t, --tag TAG       only articles with a claim tagged TAG\n"
"  -s, --search QUERY  only articles whose title or shown text contain\n"
"                      every word of QUERY (\"double quotes\" keep a\n"
"                      phrase); works for CJK without spaces, even one\n"
"                      character; hidden blocks are not searched\n"
"  -a, --all           search the hidden blocks too\n"
"  -f, --format F      tsv (default): id, date, source, lang, title\n"
"                      separated by tabs; or jsonl, one object a line\n"
"  -n, --limit N       at most N articles\n") },
	.sopts = "s:t:f:n:w:a",
	.lopts = cmd_list_options,
	.exec = cmd_list_exec
};

static const struct option cmd_show_options[] = {
	SHOW_LONG_OPTIONS,
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_show_entry = {
	.name = "show",
	.usage = N_("show [--explain] [--all] [--width N] ID"),
	.summary = N_("print a stored article with the boilerplate hidden"),
	.help = { N_("Options:\n"), show_help, N_(
"The title comes first, then one block a line; reader comments follow\n"
"the article.  Block numbers are those 'sift mark' takes.\n") },
	.sopts = SHOW_SHORT_OPTIONS,
	.lopts = cmd_show_options,
	.exec = cmd_show_exec
};

const struct cmd_entry cmd_mark_entry = {
	.name = "mark",
	.usage = N_("mark ID BLOCK content|boilerplate|comment|auto"),
	.summary = N_("decide a block's verdict yourself (auto: the "
	    "classifier's)"),
	.help = { N_("BLOCK is the number 'sift show --explain' prints.  The "
	    "decision is\nstored at once and survives 'sift reclean' and "
	    "re-import.\n") },
	.exec = cmd_mark_exec
};

const struct cmd_entry cmd_reclean_entry = {
	.name = "reclean",
	.usage = N_("reclean [ID...]"),
	.summary = N_("read stored articles' raw input again after an "
	    "upgrade"),
	.help = { N_("Without an ID every article is read again.  The "
	    "reader's decisions\non blocks and tagged claims are kept.\n") },
	.exec = cmd_reclean_exec
};

static const struct option cmd_done_options[] = {
	{ "undo", no_argument, NULL, 'u' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_done_entry = {
	.name = "done",
	.usage = N_("done [--undo] ID..."),
	.summary = N_("mark articles done: read to the end, nothing more to "
	    "tag"),
	.help = { N_("As D in the reader, for the annotator who runs sift "
	    "($SIFT_ANNOTATOR,\nelse the configuration file's annotator, "
	    "else the login name); sift\nagreement compares annotators on "
	    "the articles each of them marked done.\n\nOptions:\n"
"  -u, --undo    take the mark back\n") },
	.sopts = "u",
	.lopts = cmd_done_options,
	.exec = cmd_done_exec
};

static const struct option cmd_rm_options[] = {
	{ "force", no_argument, NULL, 'f' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_rm_entry = {
	.name = "rm",
	.usage = N_("rm [--force] ID..."),
	.summary = N_("remove stored articles"),
	.help = { N_("Options:\n"
"  -f, --force   remove an article with claims too: its text goes, its\n"
"                claims stay, orphaned, with their quotes (they list and\n"
"                export, and find their places again if the same article\n"
"                is imported again)\n"
"Without --force an article with claims is not removed: the claims are\n"
"somebody's work.  Each article is removed at once, on its own.\n") },
	.sopts = "f",
	.lopts = cmd_rm_options,
	.exec = cmd_rm_exec
};

static int
cmd_done_option(const struct cmd_entry *self, int ch, char *arg, void *data)
{
	(void)self;
	(void)arg;
	if (ch != 'u')
		return (-1);
	*(int *)data = 1;
	return (0);
}

static int
cmd_done_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct store	*s;
	char		*cause;
	int64_t		*ids;
	int		 i, n, undo = 0, ret = 0;

	if (cmd_parse(self, argc, argv, cmd_done_option, &undo))
		return (0);
	ids = cmd_parse_ids(self, argc, argv, &n,
	    _("done needs at least one article"));
	s = cmd_open_existing();
	for (i = 0; i < n && ret == 0; i++) {
		if (!store_article_live(s, ids[i])) {
			cmd_say(_("no article %lld in %s"), (long long)ids[i],
			    store_path(s));
			ret = 1;
		} else if (store_set_done(s, ids[i], !undo, &cause) != 0) {
			cmd_warn(cause);
			ret = 1;
		}
	}
	free(ids);
	store_close(s);
	return (ret);
}

static int
cmd_rm_option(const struct cmd_entry *self, int ch, char *arg, void *data)
{
	(void)self;
	(void)arg;
	if (ch != 'f')
		return (-1);
	*(int *)data = 1;
	return (0);
}

static int
cmd_rm_exec(const struct cmd_entry *self, int argc, char **argv)
{
	enum remove_result	 res;
	struct store		*s;
	char			*cause;
	int64_t			*ids, claims;
	int			 i, n, force = 0, ret = 0;

	if (cmd_parse(self, argc, argv, cmd_rm_option, &force))
		return (0);
	ids = cmd_parse_ids(self, argc, argv, &n,
	    _("rm needs at least one article"));
	s = cmd_open_existing();
	for (i = 0; i < n; i++) {
		if (article_remove(s, ids[i], force, &res, &claims,
		    &cause) != 0) {
			cmd_warn(cause);
			ret = 1;
			break;
		}
		switch (res) {
		case REMOVE_GONE:
			printf(_("article %lld removed\n"), (long long)ids[i]);
			break;
		case REMOVE_KEPT_CLAIMS:
			printf(ngettext("article %lld removed; its claim is "
			    "kept, orphaned, with its quote\n", "article %lld "
			    "removed; its %lld claims are kept, orphaned, with "
			    "their quotes\n", claims), (long long)ids[i],
			    (long long)claims);
			break;
		case REMOVE_REFUSED:
			cmd_say(ngettext("article %lld has a claim: not "
			    "removed (--force removes it and keeps the claim, "
			    "orphaned)", "article %lld has %lld claims: not "
			    "removed (--force removes it and keeps the claims, "
			    "orphaned)", claims), (long long)ids[i],
			    (long long)claims);
			ret = 1;
			break;
		case REMOVE_NONE:
			cmd_say(_("no article %lld"), (long long)ids[i]);
			ret = 1;
			break;
		}
	}
	free(ids);
	store_close(s);
	return (ret);
}

static int
cmd_read_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct store	*s;
	int64_t		 id = 0;
	int		 ret;

	if (cmd_parse(self, argc, argv, NULL, NULL))
		return (0);
	if (argc - optind > 1)
		cmd_usage_error(self, _("read takes at most one article "
		    "number"));
	if (argc - optind == 1)
		id = cmd_parse_id(self, _("article"), argv[optind]);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		cmd_say(_("the reader needs a terminal"));
		return (1);
	}
	s = cmd_open_reader();
	ret = ui_run(s, id);
	store_close(s);
	return (ret);
}

struct list_out {
	struct store_query	*q;
	int			 jsonl;
	struct buf		 line;
};

/* The date part of an ISO 8601 timestamp. */
static void
list_date(struct buf *b, const char *d)
{
	if (d != NULL)
		buf_add(b, d, strnlen(d, 10));
}

/*
 * A field for one line of the listing: its first line, tabs made spaces.
 * TSV goes to a terminal as often as to a script, so it passes through
 * the reader's sanitiser (no control character, C1 or bidi control gets
 * out); JSON Lines keeps the text exact, escaped.
 */
static void
list_field(struct buf *b, const char *t, int json)
{
	size_t	 n = strcspn(t, "\n");
	char	*s = xstrndup(t, n), *p;

	for (p = s; *p != '\0'; p++)
		if (*p == '\t' || (unsigned char)*p < 0x20)
			*p = ' ';
	if (json)
		buf_add_json(b, s);
	else
		text_display(s, strlen(s), 0, 1, b);
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
		list_field(b, r->title != NULL ? r->title : "", 1);
		buf_adds(b, ",\"url\":");
		if (r->url != NULL)
			buf_add_json(b, r->url);
		else
			buf_adds(b, "null");
		buf_adds(b, "}\n");
	} else {
		buf_printf(b, "%lld\t", (long long)r->id);
		list_date(b, r->published);
		buf_addc(b, '\t');
		list_field(b, r->source != NULL ? r->source : "", 0);
		buf_addc(b, '\t');
		list_field(b, r->lang != NULL ? r->lang : "", 0);
		buf_addc(b, '\t');
		list_field(b, r->title != NULL ? r->title : "", 0);
		buf_addc(b, '\n');
	}
	if (fwrite(b->data, 1, b->len, stdout) != b->len)
		return (-1);
	return (0);
}

static int
cmd_list_option(const struct cmd_entry *self, int ch, char *arg, void *data)
{
	struct store_query	*q = ((struct list_out *)data)->q;
	char			*end;
	long			 v;

	switch (ch) {
	case 's':
		q->search = arg;
		return (0);
	case 't':
		q->tag = arg;
		return (0);
	case 'a':
		q->all = 1;
		return (0);
	case 'f':
		if (strcmp(arg, "jsonl") == 0)
			((struct list_out *)data)->jsonl = 1;
		else if (strcmp(arg, "tsv") != 0)
			cmd_usage_error(self, _("--format must be tsv or "
			    "jsonl, not '%s'"), arg);
		return (0);
	case 'n':
		v = strtol(arg, &end, 10);
		if (*end != '\0' || v <= 0 || v > 100000000)
			cmd_usage_error(self, _("--limit: '%s' is not a "
			    "positive number"), arg);
		q->limit = (int)v;
		return (0);
	case 'w':
		pattern_free((struct pattern *)q->where);
		q->where = cmd_parse_where(self, arg);
		return (0);
	}
	return (-1);
}

static int
cmd_list_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct store_query	 q;
	struct list_out		 o;
	struct store		*s;
	char			*cause;
	int			 ret = 0;

	memset(&q, 0, sizeof q);
	memset(&o, 0, sizeof o);
	o.q = &q;
	if (cmd_parse(self, argc, argv, cmd_list_option, &o))
		return (0);
	if (optind != argc)
		cmd_usage_error(self, _("unexpected argument '%s'"),
		    argv[optind]);
	if (q.search != NULL && strspn(q.search, " \t\"") ==
	    strlen(q.search))
		cmd_usage_error(self, _("--search needs a word to look for"));

	s = cmd_open_read();
	buf_init(&o.line);
	if (store_list(s, &q, list_row, &o, &cause) != 0) {
		cmd_warn(cause);
		ret = 1;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			cmd_say("%s: %s", _("standard output"),
			    strerror(errno));
		ret = 1;
	}
	buf_free(&o.line);
	pattern_free((struct pattern *)q.where);
	store_close(s);
	return (ret);
}

static int
cmd_show_option(const struct cmd_entry *self, int ch, char *arg, void *data)
{
	return (show_option(self, ch, arg, data) ? 0 : -1);
}

static int
cmd_show_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct show_opts	 so;
	struct store		*s;
	struct article		*a;
	struct clean		*cl;
	char			*cause;
	int64_t			 id;
	int			 ret = 0;

	memset(&so, 0, sizeof so);
	so.first = 1;
	so.lo.emoji_full = -1;
	if (cmd_parse(self, argc, argv, cmd_show_option, &so))
		return (0);
	show_option_defaults(&so);
	if (argc - optind != 1)
		cmd_usage_error(self, _("show takes one article number"));
	id = cmd_parse_id(self, _("article"), argv[optind]);
	s = cmd_open_read();
	if ((a = store_get_article(s, id, 0, &cause)) == NULL ||
	    (cl = reclean_verdicts(s, a, &cause)) == NULL) {
		cmd_warn(cause);
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

/* A verdict as mark takes it: -1 for auto. */
static int
cmd_mark_verdict(const struct cmd_entry *self, const char *s)
{
	if (strcmp(s, "content") == 0)
		return (VERDICT_CONTENT);
	if (strcmp(s, "boilerplate") == 0)
		return (VERDICT_BOILERPLATE);
	if (strcmp(s, "comment") == 0)
		return (VERDICT_COMMENT);
	if (strcmp(s, "auto") != 0)
		cmd_usage_error(self, _("the verdict must be content, "
		    "boilerplate, comment or auto, not '%s'"), s);
	return (-1);
}

static int
cmd_mark_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct store			*s;
	struct article			*a = NULL;
	struct clean			*cl = NULL;
	const struct clean_block	*b;
	char				*cause = NULL;
	int64_t				 id, block;
	int				 verdict, ret = 1;

	if (cmd_parse(self, argc, argv, NULL, NULL))
		return (0);
	if (argc - optind != 3)
		cmd_usage_error(self, _("mark takes an article, a block and a "
		    "verdict"));
	id = cmd_parse_id(self, _("article"), argv[optind]);
	block = cmd_parse_id(self, _("block"), argv[optind + 1]);
	verdict = cmd_mark_verdict(self, argv[optind + 2]);

	s = cmd_open_existing();
	if ((a = store_get_article(s, id, 0, &cause)) == NULL ||
	    (cl = reclean_verdicts(s, a, &cause)) == NULL)
		goto out;
	if ((size_t)block > cl->nblocks) {
		cause = xasprintf(ngettext("article %lld has %zu block, "
		    "not %lld", "article %lld has %zu blocks, not %lld",
		    cl->nblocks), (long long)id, cl->nblocks,
		    (long long)block);
		goto out;
	}
	b = &cl->blocks[block - 1];
	if (store_set_override(s, id, b->start, b->len, clean_hash(a->text +
	    b->start, b->len), verdict, &cause) != 0 ||
	    reclean_index(s, a, &cause) != 0)
		goto out;
	if (verdict < 0)
		printf(_("article %lld block %lld: the classifier decides\n"),
		    (long long)id, (long long)block);
	else
		printf(_("article %lld block %lld: %s\n"), (long long)id,
		    (long long)block, clean_verdict_name(verdict));
	ret = 0;
out:
	if (cause != NULL)
		cmd_warn(cause);
	clean_free(cl);
	article_free(a);
	store_close(s);
	return (ret);
}

struct reclean_run {
	struct reclean	 rc;
	int		 failed;
	char		*stop;		/* the store failed: why */
};

/*
 * Clean one article again.  An article that cannot be is said and
 * skipped; a failing store (disk full, an I/O error, the transaction
 * rolled back by SQLite) stops the run.
 */
static int
reclean_each(int64_t id, void *arg)
{
	struct reclean_run	*r = arg;
	char			*cause, *fault;

	if (reclean_one(&r->rc, id, &cause) != 0) {
		fault = store_fault(r->rc.store);
		if (fault != NULL || !store_in_transaction(r->rc.store)) {
			free(fault);
			r->stop = cause;
			return (-1);
		}
		cmd_warn(cause);
		r->failed = 1;
	}
	return (0);
}

static int
cmd_reclean_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct reclean_run	 r;
	char			*cause = NULL;
	int			 i;

	if (cmd_parse(self, argc, argv, NULL, NULL))
		return (0);
	for (i = optind; i < argc; i++)
		(void)cmd_parse_id(self, _("article"), argv[i]);
	memset(&r, 0, sizeof r);
	r.rc.store = cmd_open_existing();
	if (store_begin(r.rc.store, &cause) != 0)
		goto fail;
	if (optind == argc)
		(void)store_each_id(r.rc.store, reclean_each, &r, &cause);
	else {
		for (i = optind; i < argc && r.stop == NULL; i++)
			reclean_each(cmd_parse_id(self, _("article"), argv[i]),
			    &r);
	}
	if (cause != NULL || (cause = r.stop) != NULL)
		goto fail;
	if (reclean_flush(&r.rc, &cause) != 0 ||
	    store_commit(r.rc.store, &cause) != 0)
		goto fail;
	printf(ngettext("%lu article cleaned again, %lu with new text\n",
	    "%lu articles cleaned again, %lu with new text\n", r.rc.done),
	    r.rc.done, r.rc.changed);
	store_close(r.rc.store);
	return (r.failed);
fail:
	cmd_warn(cause);
	fprintf(stderr, _("%s: no article was changed; run reclean again\n"),
	    progname);
	reclean_discard(&r.rc);
	store_rollback(r.rc.store);
	store_close(r.rc.store);
	return (1);
}
