/*
 * dom-gen.c: what in a page's class and id values is generated or
 * styling rather than a name: hex runs and codes (a UUID's "ad6ed79d",
 * 163.com's "0JNTR5AD"), the hashes CSS modules and styling libraries
 * add ("Para_para__lOxAd", "container-ZxsA7"), atomic and utility CSS,
 * and names that hide an element at some screen sizes only.  dom-name.c
 * skips what these find, so that their letters name nothing.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sift.h"
#include "dom-int.h"

/*
 * Is the run at p a generated code of letters and digits ("0JNTR5AD",
 * a 163.com paragraph's id): six characters or more, two digits or
 * more, in capitals or opening with a digit, or six to eight in lower
 * case with the digits inside?  Its "AD" is no advert.  Its length, or 0.
 */
size_t
dom_code_run(const char *p, const char *e)
{
	const char	*q;
	int		 digits = 0, lower = 0;

	for (q = p; q < e && ((*q >= '0' && *q <= '9') ||
	    (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')); q++) {
		if (*q >= '0' && *q <= '9')
			digits++;
		else if (*q >= 'a')
			lower = 1;
	}
	if (q - p < 6 || digits < 2 || q - p - digits < 2)
		return (0);
	if (!lower || (*p >= '0' && *p <= '9'))
		return (q - p);
	/* an emotion hash in lower case, figures inside ("ad295wj" in
	 * "ssrcss-ad295wj-RichTextComponentWrapper"); "ad300x250" ends in
	 * its figures, a size */
	return (q - p <= 8 && q[-1] >= 'a' && q[-1] <= 'z' ? (size_t)(q - p) :
	    0);
}

/*
 * Is the run of letters and digits at p (up to e) a generated hex
 * string: a part of a UUID or a hash ("ad6ed79d" in
 * "ad6ed79d-88fd-4c8e"), six characters or more (three, opening with a
 * figure: "0ad3"; five that end a name, a letter after a figure:
 * "fhnve_ad7f3"), letters and digits mixed?  Or another generated
 * code?  It says nothing, though its
 * letters may spell "ad".  Its length, or 0.
 */
size_t
dom_hex_run(const char *p, const char *e)
{
	const char	*q;
	int		 alpha = 0, digit = 0, mixed = 0;

	for (q = p; q < e && ((*q >= '0' && *q <= '9') ||
	    (*q >= 'a' && *q <= 'f') || (*q >= 'A' && *q <= 'F')); q++) {
		if (*q >= '0' && *q <= '9')
			digit = 1;
		else {
			mixed |= digit;
			alpha = 1;
		}
	}
	/* a word goes on ("ad300x250"): a code, or a name */
	if (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
		return (dom_code_run(p, e));
	/* or a short one that opens with a figure: Medium's paragraph
	 * ids ("0ad3") */
	/* or five, a letter after a figure, the end of a name a hash
	 * ends ("fhnve_ad7f3"; "ad728" is an advert's) */
	return (((q - p >= 6) || (q - p >= 3 && *p >= '0' && *p <= '9') ||
	    (q - p == 5 && mixed && q == e)) &&
	    alpha && digit ? (size_t)(q - p) : dom_code_run(p, e));
}

/*
 * Is a class name one that hides an element at some screen sizes only:
 * Bootstrap's "hidden-xs" and "visible-md", Foundation's
 * "hide-for-small-only", or Tailwind's "hidden" beside "md:block"?
 * Such an element is shown on a desktop; its name says nothing of what
 * it is.
 */
int
dom_responsive(const char *all, const char *s, size_t n)
{
	static const char	*prefixes[] = { "hidden-", "visible-",
				    "hide-for", "show-for", NULL };
	static const char	*shows[] = { ":block", ":flex", ":inline",
				    ":grid", ":table", NULL };
	size_t			 i, len;

	for (i = 0; prefixes[i] != NULL; i++) {
		len = strlen(prefixes[i]);
		if (n > len && strncasecmp(s, prefixes[i], len) == 0)
			return (1);
	}
	if (n != 6 || strncasecmp(s, "hidden", 6) != 0)
		return (0);
	for (i = 0; shows[i] != NULL; i++) {
		if (strstr(all, shows[i]) != NULL)
			return (1);
	}
	return (0);
}

/*
 * Is h..e the hash that CSS modules add to a name ("Para_para__lOxAd",
 * "styles_body__x7Gq2"): five to eight letters and digits, with a
 * capital or a digit, after a "Component_local" name?  It says nothing,
 * though its letters may spell "Ad".
 */
int
dom_module_hash(const char *p, const char *pe, const char *h, const char *e)
{
	return (memchr(p, '_', pe - p) != NULL && dom_hash(h, e, 1));
}

/*
 * Is h..e a generated hash: five to eight letters and digits (dashes
 * and underscores too, when dashes is set), with a capital or a digit?
 */
int
dom_hash(const char *h, const char *e, int dashes)
{
	const char	*q;
	int		 mixed = 0;

	if (e - h < 5 || e - h > 8)
		return (0);
	for (q = h; q < e; q++) {
		if ((*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9'))
			mixed = 1;
		else if (!(*q >= 'a' && *q <= 'z') &&
		    (!dashes || (*q != '-' && *q != '_')))
			return (0);
	}
	return (mixed);
}

/*
 * The end of b..e without the hash a styling library puts after a dash
 * ("container-ZxsA7"): five to eight letters and digits, with a digit
 * or a capital inside; a word with a capital ("css-1dgm0zi-Advert",
 * emotion's label) is a name.
 */
const char *
dom_hash_tail(const char *b, const char *e)
{
	const char	*d, *q;

	for (d = e; d > b && d[-1] != '-'; d--)
		/* nothing */;
	if (d - 1 <= b || !dom_hash(d, e, 0))
		return (e);
	for (q = d; q < e; q++)
		if ((*q >= '0' && *q <= '9') ||
		    (q > d && *q >= 'A' && *q <= 'Z'))
			return (d - 1);
	return (e);
}

/*
 * The next white-space separated name of a class value from p: its
 * start, its end in *e; NULL when there is none.
 */
const char *
dom_next_name(const char *p, const char **e)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
	    *p == '\f')
		p++;
	if (*p == '\0')
		return (NULL);
	for (*e = p; **e != '\0' && **e != ' ' && **e != '\t' &&
	    **e != '\n' && **e != '\r' && **e != '\f'; (*e)++)
		/* nothing */;
	return (p);
}

/*
 * Atomic CSS, one short generated name a rule ("fv qm bm hr qk lc su ad
 * pi", as Medium's pages have): four names or more, none longer than
 * three letters.  Their letters spell nothing ("ad" is no advert).
 */
int
dom_atomic(const char *v)
{
	const char	*p = v, *e;
	size_t		 names = 0;

	while ((p = dom_next_name(p, &e)) != NULL) {
		if (e - p > 3)
			return (0);
		names++;
		p = e;
	}
	return (names >= 4);
}

/*
 * Generated names of one length, a style's hash each ("zWkaY xMQds ikVBX
 * LyHcW", "mdxhx emSzv ygAfx uhtXQ"): three names or more, all of four
 * to eight letters or digits and of the same length, two or more with a
 * capital inside.  What their letters spell by chance ("lXaAd" is no
 * advert) says nothing.
 */
int
dom_hashed(const char *v)
{
	const char	*p = v, *e, *q;
	size_t		 names = 0, inner = 0, len = 0;
	int		 up;

	while ((p = dom_next_name(p, &e)) != NULL) {
		if (e - p < 4 || e - p > 8 || (len != 0 && (size_t)(e - p) !=
		    len))
			return (0);
		len = (size_t)(e - p);
		for (q = p, up = 0; q < e; q++) {
			if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' &&
			    *q <= 'Z') || (*q >= '0' && *q <= '9')))
				return (0);
			if (q > p && *q >= 'A' && *q <= 'Z')
				up = 1;
		}
		names++;
		inner += up;
		p = e;
	}
	return (names >= 3 && inner >= 2);
}

/*
 * The same with a name or two of the site's own among them ("lg ss uh ao
 * z4 … ad xm … pw-post-body-paragraph"): six short names or more, four
 * to each longer one.  The short ones say nothing; the long ones may.
 */
int
dom_atomic_mixed(const char *v)
{
	const char	*p = v, *e;
	size_t		 shorts = 0, longs = 0;

	while ((p = dom_next_name(p, &e)) != NULL) {
		if (e - p > 3)
			longs++;
		else
			shorts++;
		p = e;
	}
	return (shorts >= 6 && longs * 4 <= shorts);
}

/* Is p..e a utility class's name: a digit or a ':' in it ("text-18")? */
int
dom_styled(const char *p, const char *e)
{
	for (; p < e; p++) {
		if ((*p >= '0' && *p <= '9') || *p == ':')
			return (1);
	}
	return (0);
}

/*
 * Utility CSS, a class of many names that set a style each ("mb-3
 * sm:mb-5 text-br-2-90 caption-s5-fx lg:leading-22"): five names or more,
 * three of them with a digit or a ':'.  Those names say how the element
 * looks ("caption-s5" is a type size), not what it is; its other names
 * still do.
 */
int
dom_utility(const char *v)
{
	const char	*p = v, *e;
	int		 names = 0, styled = 0;

	while ((p = dom_next_name(p, &e)) != NULL) {
		names++;
		styled += dom_styled(p, e);
		p = e;
	}
	return (names >= 5 && styled >= 3);
}
