/*
 * config.c: the configuration file, $XDG_CONFIG_HOME/sift/config (else
 * ~/.config/sift/config).  One setting a line, '#' starts a comment:
 *
 *	colour NAME FOREGROUND [BACKGROUND [ATTRIBUTES]]
 *	bind VIEW KEY ACTION
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
		else {
			why = xasprintf(_("cannot read '%s' (colour NAME FG "
			    "[BG [ATTRS]] or bind VIEW KEY ACTION)"), word[0]);
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
