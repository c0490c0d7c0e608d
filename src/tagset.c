/*
 * tagset.c: the tag-set file `sift tagset` reads and prints.  A line is
 * "KEY TAG [DESCRIPTION]" (KEY 1 to 9 applies TAG with one key in the
 * reader, - for none) or "exclusive FAMILY/" and a star (the tags
 * FAMILY/... exclude each other); # starts a comment, blank lines are
 * skipped.  A set is all or nothing: the first wrong line ends the parse,
 * and the caller is told which line and what is wrong with it, to say in
 * its own words.
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tagset.h"

/* Cut the next blank-separated word off *p. */
static char *
tagset_word(char **p)
{
	char	*w = *p;

	*p += strcspn(*p, " \t");
	if (**p != '\0')
		*(*p)++ = '\0';
	*p += strspn(*p, " \t");
	return (w);
}

/* An "exclusive" line: its family (FAMILY/ and a star, FAMILY/ or FAMILY). */
static int
tagset_family(struct tagset *ts, char *tag, const char *rest,
    struct tagset_error *err)
{
	size_t	 len = strlen(tag);
	char	*cause;

	if (len >= 2 && strcmp(tag + len - 2, "/*") == 0)
		tag[len - 2] = '\0';
	else if (len >= 1 && tag[len - 1] == '/')
		tag[len - 1] = '\0';
	if (*rest != '\0' || claim_check_tag(tag, &cause) != 0) {
		if (*rest != '\0')
			cause = xstrdup(_("one family a line"));
		err->fault = TAGSET_BAD_LINE;
		err->text = cause;
		return (-1);
	}
	ts->families = xreallocarray(ts->families, ts->nfamilies + 1,
	    sizeof *ts->families);
	ts->families[ts->nfamilies++] = xstrdup(tag);
	return (0);
}

/* "KEY TAG [DESCRIPTION]": the tag, kept. */
static int
tagset_tag(struct tagset *ts, const char *key, const char *tag,
    const char *desc, struct tagset_error *err)
{
	struct store_tag	*t;
	char			*cause;

	if (strcmp(key, "-") != 0 && (strlen(key) != 1 || *key < '1' ||
	    *key > '9')) {
		err->fault = TAGSET_BAD_KEY;
		err->text = xstrdup(key);
		return (-1);
	}
	if (claim_check_tag(tag, &cause) != 0) {
		err->fault = TAGSET_BAD_LINE;
		err->text = cause;
		return (-1);
	}
	ts->tags = xreallocarray(ts->tags, ts->ntags + 1, sizeof *ts->tags);
	t = &ts->tags[ts->ntags++];
	memset(t, 0, sizeof *t);
	t->name = xstrdup(tag);
	t->key = strcmp(key, "-") == 0 ? NULL : xstrdup(key);
	t->description = *desc != '\0' ? xstrdup(desc) : NULL;
	return (0);
}

/* One line of the file, its end of line cut; 0 if right (or empty). */
static int
tagset_line(struct tagset *ts, char *line, struct tagset_error *err)
{
	char	*p, *key, *tag, *desc;
	size_t	 len;

	p = line + strspn(line, " \t");
	if (*p == '\0' || *p == '#')
		return (0);
	key = tagset_word(&p);
	tag = tagset_word(&p);
	desc = p;
	for (len = strlen(desc); len > 0 && (desc[len - 1] == ' ' ||
	    desc[len - 1] == '\t'); len--)
		desc[len - 1] = '\0';
	if (strcmp(key, "exclusive") == 0)
		return (tagset_family(ts, tag, desc, err));
	return (tagset_tag(ts, key, tag, desc, err));
}

/*
 * Read a tag set from fp into ts.  Returns 0, or -1 with err saying what
 * is wrong where (its text the caller's to free) and ts left empty.
 */
int
tagset_parse(FILE *fp, struct tagset *ts, struct tagset_error *err)
{
	char	*line = NULL;
	size_t	 size = 0;
	ssize_t	 got;
	int	 bad = 0;

	memset(ts, 0, sizeof *ts);
	memset(err, 0, sizeof *err);
	while ((got = getline(&line, &size, fp)) != -1) {
		err->line++;
		if (memchr(line, '\0', got) != NULL ||
		    !utf8_valid(line, got)) {
			err->fault = TAGSET_NOT_UTF8;
			bad = 1;
			break;
		}
		line[strcspn(line, "\r\n")] = '\0';
		if (tagset_line(ts, line, err) != 0) {
			bad = 1;
			break;
		}
	}
	if (!bad && ferror(fp)) {
		err->fault = TAGSET_READ_ERROR;
		err->text = xstrdup(strerror(errno));
		bad = 1;
	}
	free(line);
	if (bad)
		tagset_free(ts);
	return (bad ? -1 : 0);
}

/* Free what ts holds and leave it empty. */
void
tagset_free(struct tagset *ts)
{
	size_t	i;

	store_tags_free(ts->tags, ts->ntags);
	for (i = 0; i < ts->nfamilies; i++)
		free(ts->families[i]);
	free(ts->families);
	memset(ts, 0, sizeof *ts);
}

/*
 * Write a tag set in the form tagset_parse reads: the tags that have a key
 * or a description, then the exclusive families.
 */
void
tagset_write(FILE *fp, const struct store_tag *t, size_t n, char **fam,
    size_t nfam)
{
	char	*name, *desc;
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (t[i].key == NULL && t[i].description == NULL)
			continue;
		/* as every listing: no control character gets out */
		name = text_safe(t[i].name);
		desc = t[i].description != NULL ?
		    text_safe(t[i].description) : NULL;
		fprintf(fp, "%s\t%s%s%s\n", t[i].key != NULL ? t[i].key : "-",
		    name, desc != NULL ? "\t" : "", desc != NULL ? desc : "");
		free(name);
		free(desc);
	}
	for (i = 0; i < nfam; i++)
		fprintf(fp, "exclusive\t%s/*\n", fam[i]);
}
