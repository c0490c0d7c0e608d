/*
 * cmd-agree.c: sift agreement, how far annotators agree (agreement.c
 * works it out; this file takes the options and prints the figures or
 * the sentences they disagree on, as text, CSV or JSON Lines).
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "cmd.h"
#include "agreement.h"

static int	cmd_agreement_exec(const struct cmd_entry *, int, char **);

static const struct option cmd_agreement_options[] = {
	{ "where", required_argument, NULL, 'w' },
	{ "tags", required_argument, NULL, 't' },
	{ "annotators", required_argument, NULL, 'a' },
	{ "format", required_argument, NULL, 'f' },
	{ "disagreements", no_argument, NULL, 'D' },
	CMD_HELP_OPTION
};

const struct cmd_entry cmd_agreement_entry = {
	.name = "agreement",
	.usage = N_("agreement [--where PATTERN] [--tags FAMILY/*,...] "
	    "[--annotators A,B,...] [--format text|csv|jsonl] "
	    "[--disagreements]"),
	.summary = N_("how far annotators agree, tag family by tag family"),
	.help = { N_("The units are the sentences of the articles that two "
	    "annotators or more\nmarked done (D in the reader, or sift done); "
	    "each annotator's value of a\nsentence in a family is the "
	    "family's tags on their claims over it, or\nnone.  For each "
	    "family: the sentences, the values, observed and expected\n"
	    "agreement, Krippendorff's alpha (nominal) and, for two "
	    "annotators,\nCohen's kappa.\n\nOptions:\n"
"  -w, --where PAT      only the articles PAT matches (PATTERNS in sift(1))\n"
"  -t, --tags GLOBS     only tags or families matching one of the globs\n"
"                       (',' between, e.g. 'arms-supply/*')\n"
"  -a, --annotators A,B only these annotators (two or more)\n"
"  -f, --format F       text (default), csv or jsonl\n"
"  -D, --disagreements  list the sentences they disagree on instead:\n"
"                       article, place, family, who tagged what (-: no\n"
"                       tag of the family), the sentence\n") },
	.sopts = "w:t:a:f:D",
	.lopts = cmd_agreement_options,
	.exec = cmd_agreement_exec
};

#define AGREE_TEXT	0
#define AGREE_CSV	1
#define AGREE_JSONL	2

struct cmd_agreement_opts {
	struct agreement_opts	 ao;
	struct pattern		*where;
	int			 format;
	int			 diffs;
	int			 header;	/* the CSV header is out */
	struct buf		 out;
};

/* Split a list at ',' into *v (the pieces, owned), adding to *n. */
static void
cmd_agreement_list(const struct cmd_entry *self, const char *opt,
    const char *arg, char ***v, size_t *n)
{
	const char	*p = arg, *e;

	for (;;) {
		e = strchr(p, ',');
		if (e == NULL)
			e = p + strlen(p);
		if (e == p)
			cmd_usage_error(self, _("%s: an empty name in the "
			    "list"), opt);
		*v = xreallocarray(*v, *n + 1, sizeof **v);
		(*v)[(*n)++] = xstrndup(p, e - p);
		if (*e == '\0')
			break;
		p = e + 1;
	}
}

static int
cmd_agreement_option(const struct cmd_entry *self, int ch, char *arg,
    void *data)
{
	struct cmd_agreement_opts	*o = data;

	switch (ch) {
	case 'w':
		pattern_free(o->where);
		o->where = cmd_parse_where(self, arg);
		o->ao.where = o->where;
		return (0);
	case 't':
		cmd_agreement_list(self, "--tags", arg, &o->ao.tags,
		    &o->ao.ntags);
		return (0);
	case 'a':
		cmd_agreement_list(self, "--annotators", arg,
		    &o->ao.annotators, &o->ao.nannotators);
		return (0);
	case 'f':
		if (strcmp(arg, "text") == 0)
			o->format = AGREE_TEXT;
		else if (strcmp(arg, "csv") == 0)
			o->format = AGREE_CSV;
		else if (strcmp(arg, "jsonl") == 0)
			o->format = AGREE_JSONL;
		else
			cmd_usage_error(self, _("--format must be text, csv "
			    "or jsonl, not '%s'"), arg);
		return (0);
	case 'D':
		o->diffs = 1;
		return (0);
	}
	return (-1);
}

/* A figure: three decimals, or "-" (text), "" (CSV), null (JSON). */
static const char *
cmd_agreement_figure(double v, int format, char out[32])
{
	if (isnan(v))
		return (format == AGREE_TEXT ? "-" : format == AGREE_JSONL ?
		    "null" : "");
	snprintf(out, 32, "%.3f", v);
	return (out);
}

/* A string as the format takes it; text: no control character. */
static void
cmd_agreement_string(struct buf *b, const char *s, size_t n, int format)
{
	char	*t = xstrndup(s, n), *p;

	if (format == AGREE_JSONL)
		buf_add_json(b, t);
	else if (format == AGREE_CSV)
		export_csv_cell(b, t, 1);
	else {
		for (p = t; *p != '\0'; p++)
			if (*p == '\n' || *p == '\t')
				*p = ' ';
		text_display(t, strlen(t), 0, 0, b);
	}
	free(t);
}

static int
cmd_agreement_flush(struct cmd_agreement_opts *o)
{
	if (o->out.len > 0 && fwrite(o->out.data, 1, o->out.len, stdout) !=
	    o->out.len)
		return (-1);
	o->out.len = 0;
	return (0);
}

/* The CSV header of the disagreements, once. */
static void
cmd_agreement_diff_header(struct cmd_agreement_opts *o, char *const *names,
    size_t n)
{
	size_t	i;

	if (o->format != AGREE_CSV || o->header++)
		return;
	buf_adds(&o->out, "article,start,end,family,");
	for (i = 0; i < n; i++) {
		export_csv_cell(&o->out, names[i], 1);
		buf_addc(&o->out, ',');
	}
	buf_adds(&o->out, "sentence\r\n");
}

/* One sentence they disagree on. */
static int
cmd_agreement_diff(const struct agreement_diff *d, void *arg)
{
	struct cmd_agreement_opts	*o = arg;
	struct buf			*b = &o->out;
	size_t				 i;
	int				 sep = 0;

	cmd_agreement_diff_header(o, d->annotators, d->nannotators);
	if (o->format == AGREE_JSONL) {
		buf_printf(b, "{\"article\":%lld,\"start\":%zu,\"end\":%zu,"
		    "\"family\":", (long long)d->article, d->cp_start,
		    d->cp_end);
		buf_add_json(b, d->family);
		buf_adds(b, ",\"values\":{");
	} else
		buf_printf(b, "%lld%c%zu%c%zu%c", (long long)d->article,
		    o->format == AGREE_CSV ? ',' : '\t', d->cp_start,
		    o->format == AGREE_CSV ? ',' : '\t', d->cp_end,
		    o->format == AGREE_CSV ? ',' : '\t');
	if (o->format != AGREE_JSONL) {
		cmd_agreement_string(b, d->family, strlen(d->family),
		    o->format);
		buf_addc(b, o->format == AGREE_CSV ? ',' : '\t');
	}
	for (i = 0; i < d->nannotators; i++) {
		const char *v = d->values[i];

		if (o->format == AGREE_CSV) {
			export_csv_cell(b, v == NULL ? "" : *v == '\0' ? "-" :
			    v, v != NULL && *v != '\0');
			buf_addc(b, ',');
			continue;
		}
		if (v == NULL)
			continue;
		if (o->format == AGREE_JSONL) {
			if (sep++)
				buf_addc(b, ',');
			buf_add_json(b, d->annotators[i]);
			buf_addc(b, ':');
			buf_add_json(b, v);
			continue;
		}
		if (sep++)
			buf_addc(b, ' ');
		cmd_agreement_string(b, d->annotators[i],
		    strlen(d->annotators[i]), AGREE_TEXT);
		buf_addc(b, '=');
		cmd_agreement_string(b, *v == '\0' ? "-" : v,
		    *v == '\0' ? 1 : strlen(v), AGREE_TEXT);
	}
	if (o->format == AGREE_JSONL)
		buf_adds(b, "},\"sentence\":");
	else if (o->format == AGREE_TEXT)
		buf_addc(b, '\t');
	cmd_agreement_string(b, d->text, d->len, o->format);
	buf_adds(b, o->format == AGREE_JSONL ? "}\n" : o->format ==
	    AGREE_CSV ? "\r\n" : "\n");
	return (o->out.len > 65536 ? cmd_agreement_flush(o) : 0);
}

/* A cell of the text table, padded to width columns (left: on the right). */
static void
cmd_agreement_cell(struct buf *b, const char *s, int width, int left)
{
	struct buf	 t;
	int		 w;

	buf_init(&t);
	w = text_display(s, strlen(s), 0, 0, &t);
	for (; !left && w < width; w++)
		buf_addc(b, ' ');
	if (t.len > 0)
		buf_add(b, t.data, t.len);
	for (; left && w < width; w++)
		buf_addc(b, ' ');
	buf_free(&t);
}

/* The text table's header: what each column holds. */
static void
cmd_agreement_header(struct buf *b)
{
	static const int	 widths[] = { 7, 7, 9, 9, 7, 7 };
	const char		*names[6];
	size_t			 i;

	names[0] = _("units");
	names[1] = _("values");
	names[2] = _("observed");
	names[3] = _("expected");
	names[4] = _("alpha");
	names[5] = _("kappa");
	buf_addc(b, '\n');
	cmd_agreement_cell(b, _("family"), 24, 1);
	for (i = 0; i < 6; i++) {
		buf_addc(b, ' ');
		cmd_agreement_cell(b, names[i], widths[i], 0);
	}
	buf_addc(b, '\n');
}

/* The figures, a family a row. */
static void
cmd_agreement_print(struct cmd_agreement_opts *o, const struct agreement *r)
{
	struct buf	*b = &o->out;
	size_t		 i;
	char		 a[32], e[32], k[32], x[32];
	int		 j;

	if (o->format == AGREE_TEXT && r->articles == 0) {
		buf_adds(b, _("no article was marked done by two annotators or "
		    "more (sift done, or D in the reader)\n"));
		return;
	}
	if (o->format == AGREE_TEXT) {
		buf_adds(b, _("annotators:"));
		for (i = 0; i < r->nannotators; i++) {
			buf_adds(b, i > 0 ? ", " : " ");
			cmd_agreement_string(b, r->annotators[i],
			    strlen(r->annotators[i]), AGREE_TEXT);
		}
		buf_addc(b, '\n');
		buf_printf(b, _("articles done by two or more: %zu; their "
		    "sentences: %zu\n"), r->articles, r->units);
		if (r->nfamilies == 0) {
			buf_adds(b, _("no claims in them to compare\n"));
			return;
		}
		cmd_agreement_header(b);
	} else if (o->format == AGREE_CSV)
		buf_adds(b, "family,annotators,units,values,observed,"
		    "expected,alpha,kappa\r\n");
	for (i = 0; i < r->nfamilies; i++) {
		const struct agreement_family *f = &r->families[i];

		if (o->format == AGREE_TEXT) {
			cmd_agreement_cell(b, f->name, 24, 1);
			buf_printf(b, " %7zu %7zu %9.3f %9.3f %7s %7s\n",
			    f->alpha.units, f->alpha.values,
			    f->alpha.observed, f->alpha.expected,
			    cmd_agreement_figure(f->alpha.alpha, o->format, a),
			    cmd_agreement_figure(f->kappa.kappa, o->format,
			    k));
			continue;
		}
		if (o->format == AGREE_JSONL) {
			buf_adds(b, "{\"family\":");
			buf_add_json(b, f->name);
			buf_printf(b, ",\"annotators\":%zu,\"units\":%zu,"
			    "\"values\":%zu,\"observed\":", r->nannotators,
			    f->alpha.units, f->alpha.values);
		} else {
			export_csv_cell(b, f->name, 1);
			buf_printf(b, ",%zu,%zu,%zu,", r->nannotators,
			    f->alpha.units, f->alpha.values);
		}
		j = o->format == AGREE_JSONL;
		buf_printf(b, "%s%s%s%s%s%s%s%s", cmd_agreement_figure(
		    f->alpha.observed, o->format, a), j ? ",\"expected\":" :
		    ",", cmd_agreement_figure(f->alpha.expected, o->format, e),
		    j ? ",\"alpha\":" : ",", cmd_agreement_figure(
		    f->alpha.alpha, o->format, k), j ? ",\"kappa\":" : ",",
		    cmd_agreement_figure(f->kappa.kappa, o->format, x),
		    j ? "}\n" : "\r\n");
	}
}

static int
cmd_agreement_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct cmd_agreement_opts	 o;
	struct agreement		 r;
	struct store			*s;
	char				*cause;
	size_t				 i;
	int				 ret = 0;

	memset(&o, 0, sizeof o);
	buf_init(&o.out);
	if (cmd_parse(self, argc, argv, cmd_agreement_option, &o))
		return (0);
	if (optind != argc)
		cmd_usage_error(self, _("agreement takes no arguments"));
	if (o.ao.nannotators == 1)
		cmd_usage_error(self, _("--annotators: name two or more"));
	s = cmd_open_read();
	if (agreement_run(s, &o.ao, &r, o.diffs ? cmd_agreement_diff : NULL,
	    &o, &cause) != 0) {
		cmd_warn(cause);
		ret = 1;
	} else if (o.diffs)
		cmd_agreement_diff_header(&o, r.annotators, r.nannotators);
	else
		cmd_agreement_print(&o, &r);
	if (cmd_agreement_flush(&o) != 0 || fflush(stdout) != 0 ||
	    ferror(stdout))
		ret = 1;
	agreement_free(&r);
	for (i = 0; i < o.ao.ntags; i++)
		free(o.ao.tags[i]);
	for (i = 0; i < o.ao.nannotators; i++)
		free(o.ao.annotators[i]);
	free(o.ao.tags);
	free(o.ao.annotators);
	pattern_free(o.where);
	buf_free(&o.out);
	store_close(s);
	return (ret);
}
