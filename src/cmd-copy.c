/*
 * cmd-copy.c: sift copy FROM TO, a whole store into another, SQLite or
 * PostgreSQL either way (store-copy.c does it; this file opens the two,
 * shows how far it is on a terminal, and makes the target's search
 * index after).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sift.h"
#include "cmd.h"
#include "copy.h"
#include "reclean.h"

static int	cmd_copy_exec(const struct cmd_entry *, int, char **);

const struct cmd_entry cmd_copy_entry = {
	.name = "copy",
	.usage = N_("copy FROM TO"),
	.summary = N_("copy a whole store into another, SQLite or "
	    "PostgreSQL either way"),
	.help = { N_("FROM and TO are a SQLite file or a postgresql:// URI. "
	    "Everything is copied\nwith its numbers: articles, their input "
	    "and decisions, claims, deleted\nclaims, removed articles, tags, "
	    "tag sets, done marks and editors; the\ncopy exports the same "
	    "claims.  TO is made when there is none; it must be\nempty, or "
	    "a copy from FROM that was stopped: run again, a copy goes on\n"
	    "where it stopped.  It works in batches of 500, each kept at "
	    "once.\n") },
	.exec = cmd_copy_exec
};

static void
cmd_copy_progress(const char *what, int64_t done, int64_t total, void *arg)
{
	(void)arg;
	fprintf(stderr, "\r%s: ", progname);
	/* TRANSLATORS: what is "articles" or "claims", as the tables */
	fprintf(stderr, _("copying %s: %lld of %lld"), what, (long long)done,
	    (long long)total);
	if (done == total)
		fputc('\n', stderr);
}

static int
cmd_copy_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct store		*from, *to;
	struct copy_stats	 st;
	char			*cause;
	int			 tty = isatty(STDERR_FILENO), ret = 0;

	if (cmd_parse(self, argc, argv, NULL, NULL))
		return (0);	/* --help */
	argc -= optind;
	argv += optind;
	if (argc != 2)
		cmd_usage_error(self, _("copy takes FROM and TO"));
	if (strcmp(argv[0], argv[1]) == 0)
		cmd_usage_error(self, _("FROM and TO are the same store"));
	if ((from = store_open_mode(argv[0], STORE_READ, &cause)) == NULL) {
		cmd_warn(cause);
		return (1);
	}
	if ((to = store_open_mode(argv[1], STORE_CREATE, &cause)) == NULL) {
		cmd_warn(cause);
		store_close(from);
		return (1);
	}
	if (store_readonly(to)) {
		cmd_warn(xasprintf(_("%s: read-only store, so nothing was "
		    "copied"), store_path(to)));
		ret = 1;
	} else if (store_copy(from, to, tty ? cmd_copy_progress : NULL, NULL,
	    &st, &cause) != 0 || (!store_index_complete(to) &&
	    reclean_index_missing(to, tty ? cmd_index_progress : NULL,
	    NULL, &cause) != 0)) {
		if (tty)
			fputc('\n', stderr);
		cmd_warn(cause);
		ret = 1;
	} else
		printf(_("%lld articles, %lld claims and %lld tags copied "
		    "(%lld copied before)\n"), (long long)st.articles,
		    (long long)st.claims, (long long)st.tags,
		    (long long)st.resumed);
	store_close(to);
	store_close(from);
	return (ret);
}
