/*
 * config.c: the configuration file, $XDG_CONFIG_HOME/sift/config (else
 * ~/.config/sift/config).  One setting a line, '#' starts a comment:
 *
 *	colour NAME FOREGROUND [BACKGROUND [ATTRIBUTES]]
 *	colour list PATTERN FOREGROUND [BACKGROUND [ATTRIBUTES]]
 *	bind VIEW KEY ACTION
 *	mouse on|off
 *
 * (color for colour too).  A PATTERN with spaces is quoted, "..." or
 * '...'; the first rule that matches an article colours its row.
 *
 * A missing file is fine; a bad line is an error naming the file, the
 * line and the reason, before the terminal is touched.
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "ui.h"

static char *
config_path(void)
{
	const char	*xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		return (xasprintf("%s/sift/config", xdg));
	if (home == NULL || *home == '\0')
		return (NULL);
	return (xasprintf("%s/.config/sift/config", home));
}

/*
 * A colour rule: "list", then the pattern, then the colours.  The
 * pattern may be quoted ("..." or '...', a backslash taking the next
 * character); unquoted, it is every word before the last one to three
 * that read as FG [BG [ATTRS]].
 */
static int
config_rule(char *p, char **why)
{
	char	*pat = NULL, *word[32], *w, q;
	size_t	 n = 0, k;

	p += strspn(p, " \t");
	if (*p == '"' || *p == '\'') {
		q = *p++;
		for (pat = w = p; *p != q; p++) {
			if (*p == '\0' || *p == '\n') {
				*why = xasprintf(_("the pattern's quote (%c) is "
				    "not closed"), q);
				return (-1);
			}
			if (*p == '\\' && p[1] != '\0')
				p++;
			*w++ = *p;
		}
		*w = '\0';
		p++;
	}
	/* a word that starts with '#' starts a comment */
	for (w = strtok(p, " \t\r\n"); w != NULL && n < 32 && *w != '#';
	    w = strtok(NULL, " \t\r\n"))
		word[n++] = w;
	if (pat == NULL) {
		/* unquoted: the longest tail of colours leaving a pattern */
		for (k = 3; k >= 1; k--)
			if (n > k && ui_colour_words_ok(word[n - k],
			    k > 1 ? word[n - k + 1] : NULL, k > 2 ?
			    word[n - 1] : NULL))
				break;
		if (k == 0)
			n = 0;
		else {
			pat = word[0];
			for (w = word[0]; w < word[n - k - 1]; w++)
				if (*w == '\0')
					*w = ' ';	/* joined again */
			memmove(word, word + n - k, k * sizeof *word);
			n = k;
		}
	}
	if (pat == NULL || *pat == '\0' || n < 1 || n > 3) {
		*why = xstrdup(_("colour list PATTERN FG [BG [ATTRS]]"));
		return (-1);
	}
	return (ui_add_rule(pat, word[0], n > 1 ? word[1] : NULL,
	    n > 2 ? word[2] : NULL, why));
}

/* Whether the line is a colour rule: its text after "colour list". */
static char *
config_is_rule(char *line)
{
	size_t	n;

	line += strspn(line, " \t");
	if (strncmp(line, "colour", 6) == 0)
		n = 6;
	else if (strncmp(line, "color", 5) == 0)
		n = 5;
	else
		return (NULL);
	line += n;
	if (*line != ' ' && *line != '\t')
		return (NULL);
	line += strspn(line, " \t");
	if (strncmp(line, "list", 4) != 0 || (line[4] != ' ' &&
	    line[4] != '\t'))
		return (NULL);
	return (line + 4);
}

/*
 * "annotator NAME": who tags, unless $SIFT_ANNOTATOR says.  A name of one
 * to 64 bytes of UTF-8 without control characters.
 */
static int
config_set_annotator(const char *name, char **why)
{
	if (claim_check_annotator(name, why) != 0)
		return (-1);
	claim_set_annotator(name);
	return (0);
}

/*
 * The annotator the configuration file names, for the commands that do
 * not read the rest of it; a later line wins, as in config_load.
 */
int
config_annotator(char **cause)
{
	FILE		*fp;
	char		*line = NULL, *p, *name, *path, *why;
	size_t		 size = 0;
	unsigned long	 lineno = 0;
	int		 ret = 0;

	if ((path = config_path()) == NULL ||
	    (fp = fopen(path, "r")) == NULL) {
		free(path);
		return (0);	/* none, or not readable: config_load says */
	}
	while (ret == 0 && getline(&line, &size, fp) != -1) {
		lineno++;
		if ((p = strchr(line, '#')) != NULL)
			*p = '\0';
		if ((p = strtok(line, " \t\r\n")) == NULL ||
		    strcmp(p, "annotator") != 0)
			continue;
		if ((name = strtok(NULL, " \t\r\n")) == NULL ||
		    strtok(NULL, " \t\r\n") != NULL)
			name = (char *)"";
		if ((ret = config_set_annotator(name, &why)) != 0) {
			*cause = xasprintf("%s:%lu: %s", path, lineno, why);
			free(why);
		}
	}
	free(line);
	fclose(fp);
	free(path);
	return (ret);
}

int
config_load(const char *path, char **cause)
{
	FILE		*fp;
	char		*line = NULL, *word[6], *p, *why = NULL, *own = NULL;
	size_t		 size = 0, n;
	unsigned long	 lineno = 0;
	int		 ret = 0;

	if (path == NULL && (path = own = config_path()) == NULL)
		return (0);
	if ((fp = fopen(path, "r")) == NULL) {
		if (errno == ENOENT) {
			free(own);
			return (0);
		}
		*cause = xasprintf(_("%s: cannot open: %s"), path,
		    strerror(errno));
		free(own);
		return (-1);
	}
	while (ret == 0 && getline(&line, &size, fp) != -1) {
		lineno++;
		if ((p = config_is_rule(line)) != NULL) {
			/* a pattern may hold '#': no comment cut */
			if ((ret = config_rule(p, &why)) != 0) {
				*cause = xasprintf("%s:%lu: %s", path, lineno,
				    why);
				free(why);
			}
			continue;
		}
		if ((p = strchr(line, '#')) != NULL)
			*p = '\0';
		n = 0;
		for (p = strtok(line, " \t\r\n"); p != NULL && n < 6;
		    p = strtok(NULL, " \t\r\n"))
			word[n++] = p;
		if (n == 0)
			continue;
		if ((strcmp(word[0], "colour") == 0 ||
		    strcmp(word[0], "color") == 0) && n >= 3 && n <= 5)
			ret = ui_set_colour(word[1], word[2], n > 3 ? word[3] :
			    NULL, n > 4 ? word[4] : NULL, &why);
		else if (strcmp(word[0], "bind") == 0 && n == 4)
			ret = keys_bind(word[1], word[2], word[3], &why);
		else if (strcmp(word[0], "mouse") == 0 && n == 2 &&
		    (strcmp(word[1], "on") == 0 || strcmp(word[1], "off") == 0))
			ui_mouse_enable(strcmp(word[1], "on") == 0);
		else if (strcmp(word[0], "annotator") == 0)
			ret = config_set_annotator(n == 2 ? word[1] : "",
			    &why);
		else {
			why = xasprintf(_("cannot read '%s' (colour NAME FG "
			    "[BG [ATTRS]], bind VIEW KEY ACTION, mouse on|off "
			    "or annotator NAME)"), word[0]);
			ret = -1;
		}
		if (ret != 0) {
			*cause = xasprintf("%s:%lu: %s", path, lineno, why);
			free(why);
		}
	}
	free(line);
	fclose(fp);
	free(own);
	return (ret);
}
