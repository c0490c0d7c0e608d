/*
 * main.c: sift's command line.  It sets up the locale and gettext, parses
 * the global options and runs the subcommand the table in cmd-table.c names;
 * without one, the reader on a terminal, else the list.  Exit status: 0
 * success, 1 failure (the message names the file and the reason), 2 usage
 * error.
 */

#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "sift.h"
#include "cmd.h"
#include "ui.h"
#include "agreement.h"

int
main(int argc, char **argv)
{
	static const struct option	 lopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cmd_entry		*c;
	char				*list_argv[] = { (char *)"list", NULL };
	char				*read_argv[] = { (char *)"read", NULL };
	const char			*localedir, *env;
	char				*cause;
	int				 ch;

	/*
	 * Past the file size limit (ulimit -f) a write fails with EFBIG and
	 * the store says so, rolling back; the default SIGXFSZ would kill
	 * sift with nothing said.
	 */
	signal(SIGXFSZ, SIG_IGN);
	setlocale(LC_ALL, "");
	store_set_disagree(agreement_disagrees);	/* ~x */
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
			cmd_print_usage();
			return (0);
		case 'V':
			printf("sift %s\n", PACKAGE_VERSION);
			return (0);
		default:
			cmd_usage_error(NULL, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	optind = 0;	/* the subcommand parses its own options */
	if (config_annotator(&cause) != 0) {
		cmd_warn(cause);
		return (1);
	}
	if ((env = getenv("SIFT_ANNOTATOR")) != NULL && *env != '\0' &&
	    claim_check_annotator(env, &cause) != 0) {
		cmd_warn(xasprintf("SIFT_ANNOTATOR: %s", cause));
		free(cause);
		return (1);
	}
	(void)claim_annotator();	/* settled before any thread asks */
	if (argc == 0) {
		if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
			return (cmd_read_entry.exec(&cmd_read_entry, 1,
			    read_argv));
		return (cmd_list_entry.exec(&cmd_list_entry, 1, list_argv));
	}
	if ((c = cmd_find(argv[0])) == NULL)
		cmd_usage_error(NULL, _("unknown command '%s'"), argv[0]);
	return (c->exec(c, argc, argv));
}
