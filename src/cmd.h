/*
 * cmd.h: sift's commands, as tmux keeps them.  Each command is an entry
 * (name, usage, summary, help, options and the function that runs it) in
 * one of the cmd-*.c files; cmd.c holds the table of them and what every
 * command shares: option parsing, usage errors, help, opening the store,
 * parsing numbers and reporting a cause.  Only main.c and the cmd files
 * include this header; the library and its tests never see it.
 */

#ifndef SIFT_CMD_H
#define SIFT_CMD_H

#include <getopt.h>

#define CMD_NHELP	3
struct cmd_entry {
	const char		*name;
	const char		*usage;		/* N_(), translated at use */
	const char		*summary;	/* N_() */
	const char		*help[CMD_NHELP]; /* N_(), printed in turn */
	const char		*sopts;		/* short options, but h */
	const struct option	*lopts;		/* ends with CMD_HELP_OPTION */
	int			(*exec)(const struct cmd_entry *, int,
				    char **);
};

/* Every command takes -h and --help; the entry's lopts end with these. */
#define CMD_HELP_OPTION \
	{ "help", no_argument, NULL, 'h' }, \
	{ NULL, 0, NULL, 0 }

/* Called for each option but --help; 0 taken, -1 not an option of ours. */
typedef int	(*cmd_option_cb)(const struct cmd_entry *, int, char *,
		    void *);

/* cmd.c (main.c sets db_path) */
#define SHOW_LONG_OPTIONS \
	{ "explain", no_argument, NULL, 'x' }, \
	{ "all", no_argument, NULL, 'a' }, \
	{ "width", required_argument, NULL, 'w' }, \
	{ "korean-words", no_argument, NULL, 'K' }, \
	{ "emoji", required_argument, NULL, 'E' }
#define SHOW_SHORT_OPTIONS	"xaw:"
extern const char	*progname;	/* "sift", the start of messages */
extern const char	*db_path;	/* -d, else $SIFT_DB, else XDG */
void			 cmd_usage_error(const struct cmd_entry *,
			     const char *, ...)
			     __attribute__((format(printf, 2, 3), noreturn));
int			 cmd_parse(const struct cmd_entry *, int, char **,
			     cmd_option_cb, void *);
void			 cmd_warn(char *);
void			 cmd_say(const char *, ...)
			    __attribute__((format(printf, 1, 2)));
struct store		*cmd_open_store(void);
struct store		*cmd_open_existing(void);
struct store		*cmd_open_read(void);
struct store		*cmd_open_reader(void);
int64_t			 cmd_parse_id(const struct cmd_entry *,
			     const char *, const char *);
int64_t			*cmd_parse_ids(const struct cmd_entry *, int, char **,
			     int *, const char *);
struct pattern		*cmd_parse_where(const struct cmd_entry *,
			     const char *);
size_t			 cmd_parse_mb(const struct cmd_entry *,
			     const char *);
const char		*cmd_check_format(const struct cmd_entry *,
			     const char *);
FILE			*cmd_open_input(const char *);
void			 cmd_index_progress(size_t, size_t, void *);
extern const char	 show_help[];	/* N_(), SHOW_LONG_OPTIONS' */
void			 show_option_defaults(struct show_opts *);
int			 show_option(const struct cmd_entry *, int,
			     const char *, struct show_opts *);

/* cmd-table.c */
const struct cmd_entry	*cmd_find(const char *);
void			 cmd_print_usage(void);

/* cmd-import.c */
extern const struct cmd_entry	cmd_import_entry;
extern const struct cmd_entry	cmd_clean_entry;

/* cmd-article.c */
extern const struct cmd_entry	cmd_read_entry;
extern const struct cmd_entry	cmd_list_entry;
extern const struct cmd_entry	cmd_show_entry;
extern const struct cmd_entry	cmd_mark_entry;
extern const struct cmd_entry	cmd_reclean_entry;
extern const struct cmd_entry	cmd_rm_entry;
extern const struct cmd_entry	cmd_done_entry;

/* cmd-claim.c */
extern const struct cmd_entry	cmd_tag_entry;
extern const struct cmd_entry	cmd_untag_entry;
extern const struct cmd_entry	cmd_tags_entry;
extern const struct cmd_entry	cmd_tagset_entry;
extern const struct cmd_entry	cmd_claims_entry;
extern const struct cmd_entry	cmd_export_entry;
extern const struct cmd_entry	cmd_import_claims_entry;
extern const struct cmd_entry	cmd_editors_entry;

/* cmd-copy.c */
extern const struct cmd_entry	cmd_copy_entry;

/* cmd-agree.c */
extern const struct cmd_entry	cmd_agreement_entry;

#endif
