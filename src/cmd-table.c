/*
 * cmd-table.c: the table of sift's commands, in the order --help lists
 * them, and what reads it: finding a command by name, sift --help, and
 * the help command.  Only main.c and this file know every command.
 */

#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "reclean.h"
#include "cmd.h"

static int	cmd_help_exec(const struct cmd_entry *, int, char **);

static const struct cmd_entry cmd_help_entry = {
	.name = "help",
	.usage = N_("help [COMMAND]"),
	.summary = N_("show help for sift or a command"),
	.exec = cmd_help_exec
};

/* In the order --help lists them. */
static const struct cmd_entry *cmd_table[] = {
	&cmd_read_entry,
	&cmd_import_entry,
	&cmd_list_entry,
	&cmd_clean_entry,
	&cmd_show_entry,
	&cmd_mark_entry,
	&cmd_reclean_entry,
	&cmd_rm_entry,
	&cmd_done_entry,
	&cmd_tag_entry,
	&cmd_untag_entry,
	&cmd_tags_entry,
	&cmd_tagset_entry,
	&cmd_claims_entry,
	&cmd_export_entry,
	&cmd_import_claims_entry,
	&cmd_agreement_entry,
	&cmd_editors_entry,
	&cmd_copy_entry,
	&cmd_help_entry,
	NULL
};

const struct cmd_entry *
cmd_find(const char *name)
{
	const struct cmd_entry	**c;

	for (c = cmd_table; *c != NULL; c++)
		if (strcmp((*c)->name, name) == 0)
			return (*c);
	return (NULL);
}

/* sift --help: the global options and the commands. */
void
cmd_print_usage(void)
{
	const struct cmd_entry	**c;

	printf(_("usage: %s [-d DB] [COMMAND [ARGS]]\n\n"), progname);
	printf("%s", _("sift reads a local store of scraped news articles.\n"
	    "Without a command it opens the reader (on a terminal) or lists\n"
	    "the stored articles (in a pipe).\n\n"));
	printf("%s", _("Options:\n"
	    "  -d, --db STORE  the store: a SQLite file or a postgresql://\n"
	    "                  URI (default: $SIFT_DB, else\n"
	    "                  $XDG_DATA_HOME/sift/sift.db)\n"
	    "  -h, --help      show this help and exit\n"
	    "  -V, --version   show the version and exit\n\n"));
	printf("%s", _("Commands:\n"));
	for (c = cmd_table; *c != NULL; c++)
		printf("  %-8s %s\n", (*c)->name, _((*c)->summary));
	printf("\n");
	printf(_("Run '%s COMMAND --help' for a command's options.\n"),
	    progname);
	/* sift has no public address: no made-up one either */
	printf("%s", _("Report bugs in sift's issue tracker: what you ran, what "
	    "you saw,\nand the output of 'sift --version'.\n"));
}

/* help [COMMAND]: sift's help, or the command's, as --help prints it. */
static int
cmd_help_exec(const struct cmd_entry *self, int argc, char **argv)
{
	const struct cmd_entry	*c;
	char			*args[] = { NULL, (char *)"--help", NULL };

	(void)self;
	if (argc < 2) {
		cmd_print_usage();
		return (0);
	}
	if ((c = cmd_find(argv[1])) == NULL)
		cmd_usage_error(NULL, _("unknown command '%s'"), argv[1]);
	args[0] = (char *)c->name;
	optind = 0;
	return (c->exec(c, 2, args));
}
