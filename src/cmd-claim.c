/*
 * cmd-claim.c: the commands on claims and tags: `sift tag` tags a quote
 * of an article, `sift untag` deletes a claim, `sift tags` counts the
 * tags, `sift tagset` loads or prints the tag set (tagset.c reads it),
 * `sift claims` lists the claims, `sift export` writes them out and
 * `sift import-claims` merges another annotator's export.
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>

#include "sift.h"
#include "cmd.h"
#include "tagset.h"

static int	cmd_tag_exec(const struct cmd_entry *, int, char **);
static int	cmd_untag_exec(const struct cmd_entry *, int, char **);
static int	cmd_tags_exec(const struct cmd_entry *, int, char **);
static int	cmd_tagset_exec(const struct cmd_entry *, int, char **);
static int	cmd_editors_exec(const struct cmd_entry *, int, char **);
static int	cmd_claims_exec(const struct cmd_entry *, int, char **);
static int	cmd_export_exec(const struct cmd_entry *, int, char **);
static int	cmd_import_claims_exec(const struct cmd_entry *, int,
		    char **);

static const struct option cmd_tag_options[] = {
	{ "quote", required_argument, NULL, 'q' },
	{ "note", required_argument, NULL, 'n' },
	{ "claimant", required_argument, NULL, 'c' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_tag_entry = {
	.name = "tag",
	.usage = N_("tag ID --quote TEXT [--note N] [--claimant C] TAG..."),
	.summary = N_("tag a claim: a quote of an article"),
	.help = { N_("Options:\n"
"  -q, --quote TEXT     the claim: text of the article (exact, else\n"
"                       case- and width-insensitive; the first place)\n"
"  -n, --note TEXT      a note on the claim\n"
"  -c, --claimant NAME  who makes the claim\n"
"The annotator is $SIFT_ANNOTATOR, else the configuration file's\n"
"annotator, else your login name.\n") },
	.sopts = "q:n:c:",
	.lopts = cmd_tag_options,
	.exec = cmd_tag_exec
};

const struct cmd_entry cmd_untag_entry = {
	.name = "untag",
	.usage = N_("untag CLAIM"),
	.summary = N_("delete a claim (by number or UUID)"),
	.help = { N_("CLAIM is the number 'sift claims' prints, or the "
	    "claim's UUID.\n") },
	.exec = cmd_untag_exec
};

static const struct option cmd_editors_options[] = {
	{ "add", required_argument, NULL, 'a' },
	{ "remove", required_argument, NULL, 'r' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_editors_entry = {
	.name = "editors",
	.usage = N_("editors [--add NAME]... [--remove NAME]..."),
	.summary = N_("who may change or delete others' claims (lists them "
	    "without options)"),
	.help = { N_("An annotator changes and deletes their own claims; an "
	    "editor the store\nnames may change anybody's.  On a SQLite store "
	    "this guards against\nmistakes: whoever may write the file may "
	    "name editors.\n\nOptions:\n"
"  -a, --add NAME     make NAME an editor\n"
"  -r, --remove NAME  NAME is an editor no more\n") },
	.sopts = "a:r:",
	.lopts = cmd_editors_options,
	.exec = cmd_editors_exec
};

const struct cmd_entry cmd_tags_entry = {
	.name = "tags",
	.usage = N_("tags"),
	.summary = N_("list the tags with the number of claims (tag TAB "
	    "count)"),
	.help = { N_("Tags without a claim count 0.\n") },
	.exec = cmd_tags_exec
};

const struct cmd_entry cmd_tagset_entry = {
	.name = "tagset",
	.usage = N_("tagset [FILE | -]"),
	.summary = N_("load quick keys, descriptions and exclusive families of "
	    "tags, or print them"),
	.help = { N_("A line of FILE is 'KEY TAG [DESCRIPTION]': KEY 1 to 9 "
	    "applies TAG with\none key in the reader (- for none).  "
	    "'exclusive FAMILY/*' makes the tags\nFAMILY/... exclude each "
	    "other: a claim has one of them.  # starts a comment.\nWithout "
	    "FILE, print the tag set in this form.\n") },
	.exec = cmd_tagset_exec
};

static const struct option cmd_claims_options[] = {
	{ "tag", required_argument, NULL, 't' },
	{ "article", required_argument, NULL, 'a' },
	{ "annotator", required_argument, NULL, 'A' },
	{ "where", required_argument, NULL, 'w' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_claims_entry = {
	.name = "claims",
	.usage = N_("claims [--where PATTERN] [--tag TAG] [--article ID] "
	    "[--annotator NAME]"),
	.summary = N_("list the claims"),
	.help = { N_("Prints claim, article, tags (';' between them), anchor "
	    "and quote,\nseparated by tabs.\n\nOptions:\n"
"  -w, --where PAT  only claims of the articles PAT matches (see\n"
"                   sift list --help and PATTERNS in sift(1))\n"
"  -t, --tag TAG    only claims with this tag\n"
"  -a, --article ID only claims of this article\n"
"  -A, --annotator NAME  only this annotator's claims\n") },
	.sopts = "t:a:w:A:",
	.lopts = cmd_claims_options,
	.exec = cmd_claims_exec
};

static const struct option cmd_export_options[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "tag", required_argument, NULL, 't' },
	{ "article", required_argument, NULL, 'a' },
	{ "where", required_argument, NULL, 'w' },
	{ "annotator", required_argument, NULL, 'A' },
	{ "output", required_argument, NULL, 'o' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_export_entry = {
	.name = "export",
	.usage = N_("export [--where PATTERN] [--format csv|jsonl|w3c] [--tag TAG]"
	    " [--article ID] [--annotator NAME] [-o FILE]"),
	.summary = N_("export the claims"),
	.help = { N_("Options:\n"
"  -f, --format F   csv (default; RFC 4180), jsonl, or w3c (a W3C Web\n"
"                   Annotation collection)\n"
"  -w, --where PAT  only claims of the articles PAT matches (see\n"
"                   sift list --help and PATTERNS in sift(1))\n"
"  -t, --tag TAG    only claims with this tag\n"
"  -a, --article ID only claims of this article\n"
"  -A, --annotator NAME  only this annotator's claims (and done marks)\n"
"  -o, --output F   write F (through a temporary file renamed at the\n"
"                   end, so a failed export leaves no half file); -\n"
"                   is standard output\n") },
	.sopts = "f:t:a:o:w:A:",
	.lopts = cmd_export_options,
	.exec = cmd_export_exec
};

const struct cmd_entry cmd_import_claims_entry = {
	.name = "import-claims",
	.usage = N_("import-claims FILE | -"),
	.summary = N_("merge another annotator's export (JSON Lines or W3C)"),
	.help = { N_("FILE is what 'sift export --format jsonl' or '--format "
	    "w3c' wrote,\nhere or in another store. Articles are matched by "
	    "content hash, else URL;\nclaims by UUID: a newer one updates its "
	    "note, claimant and tags,\nand a newer deletion (JSON Lines "
	    "carries them) deletes it.\n") },
	.exec = cmd_import_claims_exec
};

struct cmd_tag_opts {
	struct claim	 cl;
	char		*quote;
};

static int
cmd_tag_option(const struct cmd_entry *self, int ch, char *arg, void *data)
{
	struct cmd_tag_opts	*o = data;

	(void)self;
	switch (ch) {
	case 'q':
		o->quote = arg;
		return (0);
	case 'n':
		o->cl.note = arg;
		return (0);
	case 'c':
		o->cl.claimant = arg;
		return (0);
	}
	return (-1);
}

/*
 * Place the claim on the first place of the quote in the article, with
 * its context, identity and time.
 */
static int
cmd_tag_place(struct claim *cl, const struct article *a, const char *quote,
    int *places, char **cause)
{
	char	*q;
	size_t	 len;
	int	 n;

	q = text_nfc(quote, strlen(quote), &len);
	n = claim_find(a->text, a->len, q, &cl->start, &cl->end);
	free(q);
	if (n == 0) {
		*cause = xasprintf(_("article %lld does not contain the "
		    "quote"), (long long)a->id);
		return (-1);
	}
	*places = n;
	cl->article_id = a->id;
	claim_context(cl, a->text, a->len);
	claim_uuid(cl->uuid);
	claim_now(cl->created);
	cl->annotator = claim_annotator();
	return (0);
}

static int
cmd_tag_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct cmd_tag_opts	 o;
	struct claim		*cl = &o.cl;
	struct claim_snap	 snap;
	struct article		*a = NULL;
	struct store		*s;
	char			*cause = NULL;
	int64_t			 id, claim, at;
	int			 i, places, ret = 1;

	memset(&o, 0, sizeof o);
	if (cmd_parse(self, argc, argv, cmd_tag_option, &o))
		return (0);
	if (o.quote == NULL)
		cmd_usage_error(self, _("tag needs --quote"));
	if (argc - optind < 2)
		cmd_usage_error(self, _("tag needs an article and at least one "
		    "tag"));
	id = cmd_parse_id(self, _("article"), argv[optind]);
	for (i = optind + 1; i < argc; i++)
		if (claim_check_tag(argv[i], &cause) != 0)
			cmd_usage_error(self, "%s", cause);
	cl->tags = (const char **)argv + optind + 1;
	cl->ntags = argc - optind - 1;
	s = cmd_open_store();
	if ((a = store_get_article(s, id, 0, &cause)) == NULL ||
	    cmd_tag_place(cl, a, o.quote, &places, &cause) != 0 ||
	    (at = tagging_find(s, cl, &cause)) < 0 ||
	    (claim = tagging_apply(s, cl, at, &cause)) < 0)
		goto out;
	if (at != 0 && store_get_claim(s, claim, &snap) == 0) {
		/* the tags went on the claim already there */
		memcpy(cl->uuid, snap.uuid, sizeof cl->uuid);
		store_claim_snap_free(&snap);
	}
	printf(_("claim %lld (%s)\n"), (long long)claim, cl->uuid);
	if (places > 1)
		cmd_say(_("the quote is in %d places; the first is tagged"),
		    places);
	ret = 0;
out:
	if (cause != NULL)
		cmd_warn(cause);
	free(cl->quote);
	free(cl->prefix);
	free(cl->suffix);
	article_free(a);
	store_close(s);
	return (ret);
}

static int
cmd_untag_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct store	*s;
	char		*cause;
	int		 rc;

	if (cmd_parse(self, argc, argv, NULL, NULL))
		return (0);
	if (argc - optind != 1)
		cmd_usage_error(self, _("untag takes one claim"));
	s = cmd_open_existing();
	cause = NULL;
	if ((rc = tagging_may_change(s, argv[optind], &cause)) == 1)
		rc = store_delete_claim(s, argv[optind], &cause);
	if (rc < 0)
		cmd_warn(cause);
	else if (rc == 0)
		cmd_say(_("no claim %s"), argv[optind]);
	store_close(s);
	return (rc == 1 ? 0 : 1);
}

/* --add and --remove, in the order given: a name and 1 or 0. */
struct cmd_editors_opts {
	char	**names;
	int	 *add;
	size_t	  n;
};

static int
cmd_editors_option(const struct cmd_entry *self, int ch, char *arg,
    void *data)
{
	struct cmd_editors_opts	*o = data;
	char			*why;

	if (ch != 'a' && ch != 'r')
		return (-1);
	if (claim_check_annotator(arg, &why) != 0)
		cmd_usage_error(self, "%s: %s", ch == 'a' ? "--add" :
		    "--remove", why);
	o->names = xreallocarray(o->names, o->n + 1, sizeof *o->names);
	o->add = xreallocarray(o->add, o->n + 1, sizeof *o->add);
	o->names[o->n] = arg;
	o->add[o->n++] = ch == 'a';
	return (0);
}

static void
cmd_editors_row(const char *name, void *arg)
{
	char	*safe = text_safe(name);

	(void)arg;
	printf("%s\n", safe);
	free(safe);
}

static int
cmd_editors_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct cmd_editors_opts	 o;
	struct store		*s;
	char			*cause;
	size_t			 i;
	int			 ret = 0;

	memset(&o, 0, sizeof o);
	if (cmd_parse(self, argc, argv, cmd_editors_option, &o))
		return (0);
	if (optind != argc)
		cmd_usage_error(self, _("editors takes no arguments"));
	if (o.n == 0) {
		s = cmd_open_read();
		if (store_editors(s, cmd_editors_row, NULL, &cause) != 0) {
			cmd_warn(cause);
			ret = 1;
		}
	} else {
		s = cmd_open_existing();
		for (i = 0; i < o.n && ret == 0; i++)
			if (store_set_editor(s, o.names[i], o.add[i],
			    &cause) != 0) {
				cmd_warn(cause);
				ret = 1;
			}
	}
	free(o.names);
	free(o.add);
	store_close(s);
	return (ret);
}

static void
tags_row(const char *name, int64_t n, void *arg)
{
	char	*safe = text_safe(name);

	(void)arg;
	printf("%s\t%lld\n", safe, (long long)n);
	free(safe);
}

static int
cmd_tags_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct store	*s;
	int		 ret;

	if (cmd_parse(self, argc, argv, NULL, NULL))
		return (0);
	if (argc != optind)
		cmd_usage_error(self, _("unexpected argument '%s'"),
		    argv[optind]);
	s = cmd_open_read();
	ret = store_tag_counts(s, tags_row, NULL) != 0;
	store_close(s);
	return (ret);
}

/* Print the tag set in the form tagset reads. */
static int
cmd_tagset_print(void)
{
	struct store		*s;
	struct store_tag	*t;
	char			*cause, **fam;
	size_t			 n, i, nfam;

	s = cmd_open_read();
	if (store_tags(s, &t, &n, &cause) != 0) {
		cmd_warn(cause);
		store_close(s);
		return (1);
	}
	fam = store_families(s, &nfam);
	tagset_write(stdout, t, n, fam, nfam);
	for (i = 0; i < nfam; i++)
		free(fam[i]);
	free(fam);
	store_tags_free(t, n);
	store_close(s);
	return (0);
}

/* Say what is wrong with the tag-set file name. */
static void
cmd_tagset_error(const char *name, const struct tagset_error *e)
{
	switch (e->fault) {
	case TAGSET_NOT_UTF8:
		cmd_say(_("%s:%zu: not UTF-8 text"), name, e->line);
		break;
	case TAGSET_BAD_KEY:
		cmd_say(_("%s:%zu: the key '%s' is not 1 to 9 or -"), name,
		    e->line, e->text);
		break;
	case TAGSET_BAD_LINE:
		cmd_say("%s:%zu: %s", name, e->line, e->text);
		break;
	case TAGSET_READ_ERROR:
		cmd_say(_("%s: read error: %s"), name, e->text);
		break;
	}
}

static int
cmd_tagset_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct tagset		 ts;
	struct tagset_error	 e;
	struct store		*s;
	FILE			*fp;
	char			*cause;
	int			 ret;

	if (cmd_parse(self, argc, argv, NULL, NULL))
		return (0);
	if (argc - optind > 1)
		cmd_usage_error(self, _("tagset takes one file"));
	if (argc == optind)
		return (cmd_tagset_print());
	if ((fp = cmd_open_input(argv[optind])) == NULL)
		return (1);
	ret = tagset_parse(fp, &ts, &e);
	if (fp != stdin)
		fclose(fp);
	if (ret != 0) {
		cmd_tagset_error(argv[optind], &e);
		free(e.text);
		return (1);
	}
	s = cmd_open_store();
	if (store_load_tagset(s, ts.tags, ts.ntags, ts.families,
	    ts.nfamilies, &cause) != 0) {
		cmd_warn(cause);
		ret = 1;
	} else
		printf(ngettext("%zu tag and %zu exclusive families loaded\n",
		    "%zu tags and %zu exclusive families loaded\n",
		    ts.ntags), ts.ntags, ts.nfamilies);
	store_close(s);
	tagset_free(&ts);
	return (ret);
}

/* --tag, --article, --annotator and --where, shared by claims and export. */
struct cmd_claim_filter {
	const char	*tag;
	const char	*annotator;
	int64_t		 article;
	struct pattern	*where;
	struct idset	 only;		/* the articles where matches */
};

static int
claims_row(const struct claim_row *r, void *arg)
{
	const struct cmd_claim_filter *f = arg;
	struct buf	 b;
	char		*q, *p, *tags;

	if ((f->where != NULL && !idset_has(&f->only, r->article_id)) ||
	    (f->annotator != NULL && (r->s[CLAIM_ANNOTATOR] == NULL ||
	    strcmp(f->annotator, r->s[CLAIM_ANNOTATOR]) != 0)))
		return (0);
	q = xstrdup(r->s[CLAIM_QUOTE]);
	for (p = q; *p != '\0'; p++)
		if (*p == '\t' || *p == '\n' || (unsigned char)*p < 0x20)
			*p = ' ';
	buf_init(&b);
	text_display(q, strlen(q), 0, 0, &b);
	tags = text_safe(r->s[CLAIM_TAGS] != NULL ? r->s[CLAIM_TAGS] : "");
	printf("%lld\t%lld\t%s\t%s\t%s\n", (long long)r->id,
	    (long long)r->article_id, tags, r->s[CLAIM_ANCHOR],
	    b.data != NULL ? b.data : "");
	buf_free(&b);
	free(tags);
	free(q);
	return (0);
}


static int
cmd_claim_filter(const struct cmd_entry *self, int ch, char *arg,
    void *data)
{
	struct cmd_claim_filter	*f = data;

	if (ch == 't') {
		f->tag = arg;
		return (0);
	}
	if (ch == 'a') {
		f->article = cmd_parse_id(self, _("article"), arg);
		return (0);
	}
	if (ch == 'A') {
		f->annotator = arg;
		return (0);
	}
	if (ch == 'w') {
		pattern_free(f->where);
		f->where = cmd_parse_where(self, arg);
		return (0);
	}
	return (-1);
}

/* The articles --where matches, into f->only.  -1 with a cause. */
static int
cmd_claim_filter_load(struct store *s, struct cmd_claim_filter *f,
    char **cause)
{
	if (f->where == NULL)
		return (0);
	return (store_match_ids(s, f->where, &f->only, cause));
}

static void
cmd_claim_filter_free(struct cmd_claim_filter *f)
{
	pattern_free(f->where);
	idset_free(&f->only);
}

static int
cmd_claims_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct cmd_claim_filter	 f;
	struct store		*s;
	char			*cause;
	int			 ret = 0;

	memset(&f, 0, sizeof f);
	if (cmd_parse(self, argc, argv, cmd_claim_filter, &f))
		return (0);
	s = cmd_open_read();
	if (cmd_claim_filter_load(s, &f, &cause) != 0 || store_claims(s,
	    f.tag, f.article, 0, claims_row, &f,
	    &cause) != 0) {
		cmd_warn(cause);
		ret = 1;
	}
	cmd_claim_filter_free(&f);
	store_close(s);
	return (ret);
}

struct cmd_export_opts {
	struct cmd_claim_filter	 f;	/* first: cmd_claim_filter's */
	const char		*out;
	int			 format;
};

static int
cmd_export_option(const struct cmd_entry *self, int ch, char *arg,
    void *data)
{
	struct cmd_export_opts	*o = data;

	if (cmd_claim_filter(self, ch, arg, &o->f) == 0)
		return (0);
	switch (ch) {
	case 'f':
		if (strcmp(arg, "csv") == 0)
			o->format = EXPORT_CSV;
		else if (strcmp(arg, "jsonl") == 0)
			o->format = EXPORT_JSONL;
		else if (strcmp(arg, "w3c") == 0)
			o->format = EXPORT_W3C;
		else
			cmd_usage_error(self, _("--format must be csv, jsonl "
			    "or w3c, not '%s'"), arg);
		return (0);
	case 'o':
		o->out = strcmp(arg, "-") == 0 ? NULL : arg;
		return (0);
	}
	return (-1);
}

/*
 * Write the export to standard output, or to the output file through a
 * temporary file renamed at the end (removed when the export fails).
 */
static int
cmd_export_write(struct store *s, const struct cmd_export_opts *o,
    char **cause)
{
	const char	*out = o->out;
	FILE		*fp = stdout;
	char		*tmp = NULL, *safe;
	long		 n;
	int		 fd, ret = -1;

	if (out != NULL) {
		tmp = xasprintf("%s.XXXXXX", out);
		if ((fd = mkstemp(tmp)) < 0 || (fp = fdopen(fd, "w")) == NULL) {
			*cause = xasprintf(_("%s: cannot write: %s"), out,
			    strerror(errno));
			goto out;
		}
	}
	if ((n = export_claims(s, o->format, o->f.tag, o->f.article,
	    o->f.where != NULL ? &o->f.only : NULL, o->f.annotator, fp,
	    cause)) < 0)
		goto out;
	if (fflush(fp) != 0 || ferror(fp)) {
		*cause = xasprintf(_("%s: cannot write: %s"), out != NULL ?
		    out : _("standard output"), strerror(errno));
		goto out;
	}
	if (out != NULL) {
		if (fclose(fp) != 0 || rename(tmp, out) != 0) {
			fp = NULL;
			*cause = xasprintf(_("%s: cannot write: %s"), out,
			    strerror(errno));
			goto out;
		}
		fp = NULL;
		safe = text_safe(out);
		fprintf(stderr, ngettext("%ld claim written to %s\n",
		    "%ld claims written to %s\n", n), n, safe);
		free(safe);
	}
	ret = 0;
out:
	if (fp != NULL && fp != stdout)
		fclose(fp);
	if (tmp != NULL) {
		if (ret != 0)
			unlink(tmp);
		free(tmp);
	}
	return (ret);
}

static int
cmd_export_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct cmd_export_opts	 o;
	struct store		*s;
	char			*cause = NULL;
	int			 ret = 0;

	memset(&o, 0, sizeof o);
	o.format = EXPORT_CSV;
	if (cmd_parse(self, argc, argv, cmd_export_option, &o))
		return (0);
	if (argc != optind)
		cmd_usage_error(self, _("unexpected argument '%s'"),
		    argv[optind]);
	s = cmd_open_read();
	if (cmd_claim_filter_load(s, &o.f, &cause) != 0 ||
	    cmd_export_write(s, &o, &cause) != 0) {
		if (cause != NULL)
			cmd_warn(cause);
		ret = 1;
	}
	cmd_claim_filter_free(&o.f);
	store_close(s);
	return (ret);
}

struct merge_run {
	struct store	*store;
	struct article	*a;		/* the last article looked at */
	unsigned long	 added, updated, same, skipped;
	unsigned long	 done_added, done_same, done_skipped;
	int		 failed;
};

/*
 * The store failed on the next claim: each claim is stored in a
 * transaction of its own, so those before it are kept and it, and those
 * after, are not; running the command again merges the rest.
 */
static int
merge_failed(struct merge_run *m, char *cause)
{
	cmd_say(_("%s: claim %lu of the file and those after it were not "
	    "stored; run import-claims again"), cause,
	    m->added + m->updated + m->same + m->skipped + 1);
	free(cause);
	m->failed = 1;
	return (-1);
}

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
		cmd_say(_("a claim without its UUID, quote, annotator or "
		    "time, skipped"));
		m->skipped++;
		return (0);
	}
	if ((id = store_find_article(m->store, hash, url)) == 0) {
		cmd_say(_("claim %s: its article is not in this store, "
		    "skipped"), c->uuid);
		m->skipped++;
		return (0);
	}
	if (m->a == NULL || m->a->id != id) {
		article_free(m->a);
		if ((m->a = store_get_article(m->store, id, 0, &cause)) ==
		    NULL)
			return (merge_failed(m, cause));
	}
	for (i = k = 0; i < c->ntags; i++)	/* keep the tags we can */
		if (claim_check_tag(c->tags[i], &cause) == 0)
			c->tags[k++] = c->tags[i];
		else {
			cmd_say("%s", cause);
			free(cause);
			cause = NULL;
		}
	c->ntags = k;
	c->article_id = id;
	claim_place(c, m->a->text, m->a->len, cp);
	rc = store_merge_claim(m->store, c, &cause);
	if (rc < 0)
		return (merge_failed(m, cause));
	if (rc == 1)
		m->added++;
	else if (rc == 2)
		m->updated++;
	else
		m->same++;
	return (0);
}

/* A done mark of the file: added to its article, if this store has it. */
static int
merge_done(const char *hash, const char *url, const char *who,
    const char *at, void *arg)
{
	struct merge_run	*m = arg;
	char			*cause = NULL, *why = NULL;
	int64_t			 id;
	int			 rc;

	if (who == NULL || claim_check_annotator(who, &why) != 0 ||
	    at == NULL || *at == '\0') {
		free(why);
		cmd_say(_("a done mark without its annotator or time, "
		    "skipped"));
		m->skipped++;
		return (0);
	}
	if ((id = store_find_article(m->store, hash, url)) == 0) {
		m->done_skipped++;
		return (0);
	}
	if ((rc = store_add_done(m->store, id, who, at, &cause)) < 0)
		return (merge_failed(m, cause));
	if (rc == 1)
		m->done_added++;
	else
		m->done_same++;
	return (0);
}

/* Read a whole file, or standard input, into b; -1 (said) if it won't open. */
static int
cmd_read_input(const char *path, struct buf *b)
{
	FILE	*fp;
	char	 chunk[65536];
	size_t	 got;

	if ((fp = cmd_open_input(path)) == NULL)
		return (-1);
	buf_init(b);
	while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(b, chunk, got);
	if (fp != stdin)
		fclose(fp);
	return (0);
}

static int
cmd_import_claims_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct merge_run	 m;
	struct buf		 b;
	char			*cause = NULL;
	const char		*p;
	int			 w3c;

	if (cmd_parse(self, argc, argv, NULL, NULL))
		return (0);
	if (argc - optind != 1)
		cmd_usage_error(self, _("import-claims takes one file"));
	if (cmd_read_input(argv[optind], &b) != 0)
		return (1);
	if (b.data == NULL || memchr(b.data, '\0', b.len) != NULL ||
	    u8_check((const uint8_t *)b.data, b.len) != NULL) {
		cmd_say(_("%s: not a claim export (empty, binary or not "
		    "UTF-8)"), argv[optind]);
		buf_free(&b);
		return (1);
	}
	p = b.data + strspn(b.data, " \t\r\n");
	w3c = *p == '{' && strstr(b.data, "\"AnnotationCollection\"") != NULL;
	memset(&m, 0, sizeof m);
	m.store = cmd_open_existing();
	if (claim_read(b.data, w3c, merge_one, merge_done, &m, &cause) != 0 &&
	    cause != NULL) {
		cmd_say("%s: %s", argv[optind], cause);
		free(cause);
		m.failed = 1;
	}
	printf(ngettext("%lu claim added, %lu updated, %lu unchanged, %lu "
	    "skipped\n", "%lu claims added, %lu updated, %lu unchanged, %lu "
	    "skipped\n", m.added), m.added, m.updated, m.same, m.skipped);
	if (m.done_added + m.done_same + m.done_skipped > 0)
		printf(ngettext("%lu done mark added, %lu known, %lu of "
		    "articles not here\n", "%lu done marks added, %lu known, "
		    "%lu of articles not here\n", m.done_added), m.done_added,
		    m.done_same, m.done_skipped);
	article_free(m.a);
	buf_free(&b);
	store_close(m.store);
	return (m.failed || m.skipped != 0);
}
