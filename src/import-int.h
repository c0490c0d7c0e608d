/*
 * import-int.h: what the files of the importer share and nothing else
 * needs.  The layers: import-read.c reads inputs and calls
 * import-decode.c, import-markup.c, import-format.c and import-html.c;
 * import-read.c and
 * import-decode.c call import.c (the importer and its reports); never
 * the other way.
 */

#ifndef IMPORT_INT_H
#define IMPORT_INT_H

#include <sys/types.h>

#include <unitypes.h>

#define IMPORT_MAX_DEPTH	64

struct importer {
	struct import_opts	 opts;
	import_article_cb	 cb;
	import_report_cb	 report;
	void			*arg;
	struct import_stats	 stats;
	int			 aborted;
	dev_t			 dirdev[IMPORT_MAX_DEPTH];
	ino_t			 dirino[IMPORT_MAX_DEPTH];
	int			 depth;
};

/* Where an article came from, for metadata and messages. */
struct import_src {
	const char	*name;		/* for messages */
	const char	*path;		/* NULL for standard input */
	const char	*format;	/* detected or forced */
	unsigned long	 line;		/* JSON Lines record, or 0 */
};

/* import.c */
void		 import_report(struct importer *, const struct import_src *,
		     int, const char *, ...)
		     __attribute__((format(printf, 4, 5)));

/* import-decode.c */
int		 import_decode(struct importer *, const struct import_src *,
		     const char *, size_t, struct buf *, char **);

/* import-head.c */
#define IMPORT_TITLE_MAX	150	/* characters in a title line */
ucs4_t		 import_prev_uc(const char *, const char *);
int		 import_is_cjk(ucs4_t);
int		 import_is_nav(const char *, size_t);
size_t		 import_chars(const char *, size_t);
size_t		 import_cols(const char *, size_t);
int		 import_ends_sentence(const char *, const char *);
int		 import_is_headline(const char *, const char *);
const char	*import_headline(const char *, size_t, const char **);

/* import-chrome.c */
int		 import_is_chrome(const char *, const char *);
int		 import_is_account(const char *, const char *);
int		 import_is_cookie(const char *, size_t);

/* import-format.c */
char		*import_untag(const char *, size_t, size_t *);
void		 import_text_blocks(struct article *, const char *, size_t,
		     int);
void		 import_text_linked(struct article *, const char *, size_t,
		     int, struct html_link *, size_t, const char *, size_t);

/* import-markup.c */
char		*import_unmark(struct article *, const char *, size_t,
		     size_t *, struct html_link **, size_t *);

/* import-html.c */
void		 import_html_doc(struct article *, const char *, size_t);
int		 import_rss(struct article *, const char *, size_t);

#endif /* IMPORT_INT_H */
