/*
 * date.c: publication dates as scraped pages write them, to ISO 8601 in
 * UTC ("2023-09-05T10:15:02Z", or "2023-09-05" when only the day is
 * known), which sorts as text.
 */

#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "sift.h"

/*
 * A day written with the year last: DD.MM.YYYY as Europe writes it, and
 * with slashes MM/DD/YYYY as America does, unless the first number
 * cannot be a month (DD/MM/YYYY).
 */
static int
date_dmy(const char *p, int *y, int *m, int *d, int *n)
{
	int	a, b;

	/* one or two digits first: a year comes first otherwise */
	if (!(p[0] >= '0' && p[0] <= '9') || (p[1] >= '0' && p[1] <= '9' &&
	    p[2] >= '0' && p[2] <= '9'))
		return (0);
	if (sscanf(p, "%2d.%2d.%4d%n", &a, &b, y, n) == 3) {
		*d = a;
		*m = b;
		return (*n >= 8);
	}
	if (sscanf(p, "%2d/%2d/%4d%n", &a, &b, y, n) == 3 && *n >= 8) {
		*m = a > 12 ? b : a;
		*d = a > 12 ? a : b;
		return (1);
	}
	return (0);
}

/* The parts of a date as read, before they are checked and turned to UTC. */
struct date_parts {
	int	y, m, d, H, M, S;
	int	has_time;
	int	off;		/* the zone's offset east of UTC, seconds */
};

/* Epoch seconds, or milliseconds (12 digits or more), into *tm. */
static int
date_epoch(const char *p, struct tm *tm, int *ok)
{
	char		*end;
	long long	 v;
	time_t		 t;

	*ok = 0;
	if (!isdigit((unsigned char)*p))
		return (0);
	errno = 0;
	v = strtoll(p, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	if (*end != '\0' || errno != 0 || end - p < 9)
		return (0);
	if (end - p >= 12)
		v /= 1000;
	t = (time_t)v;
	*ok = gmtime_r(&t, tm) != NULL;
	return (1);
}

/*
 * A day with the year first or last, then "T" or " " and a time, with
 * seconds, their fraction and a zone ("Z", "+HH:MM", "+HHMM") if given.
 */
static int
date_numeric(const char *p, struct date_parts *dp)
{
	int	n = 0, zh, zm;

	if (!(date_dmy(p, &dp->y, &dp->m, &dp->d, &n) ||
	    sscanf(p, "%4d-%2d-%2d%n", &dp->y, &dp->m, &dp->d, &n) == 3 ||
	    sscanf(p, "%4d/%2d/%2d%n", &dp->y, &dp->m, &dp->d, &n) == 3 ||
	    sscanf(p, "%4d.%2d.%2d%n", &dp->y, &dp->m, &dp->d, &n) == 3 ||
	    sscanf(p, "%4d年%2d月%2d日%n", &dp->y, &dp->m, &dp->d, &n) == 3))
		return (0);
	p += n;
	if ((*p == 'T' || *p == ' ') &&
	    sscanf(p + 1, "%2d:%2d%n", &dp->H, &dp->M, &n) == 2) {
		dp->has_time = 1;
		p += 1 + n;
		if (sscanf(p, ":%2d%n", &dp->S, &n) == 1)
			p += n;
		if (*p == '.' || *p == ',')
			for (p++; isdigit((unsigned char)*p); p++)
				/* nothing */;
		if (*p == 'Z' || *p == 'z')
			p++;
		else if ((*p == '+' || *p == '-') &&
		    (sscanf(p + 1, "%2d:%2d", &zh, &zm) == 2 ||
		    sscanf(p + 1, "%2d%2d", &zh, &zm) == 2)) {
			dp->off = (zh * 60 + zm) * 60;
			if (*p == '-')
				dp->off = -dp->off;
		}
	}
	return (1);
}

/* RFC 2822: [Wdy,] DD Mon YYYY [HH:MM[:SS] [zone]]. */
static int
date_rfc2822(const char *p, struct date_parts *dp)
{
	static const char	*months[] = { "jan", "feb", "mar", "apr",
				    "may", "jun", "jul", "aug", "sep", "oct",
				    "nov", "dec" };
	char			 mon[4];
	int			 n, zh, zm, i;

	if (isalpha((unsigned char)*p)) {
		p = strchr(p, ',');
		if (p == NULL)
			return (0);
		p++;
	}
	n = 0;
	if (sscanf(p, "%2d %3s %4d%n", &dp->d, mon, &dp->y, &n) != 3)
		return (0);
	p += n;
	for (dp->m = 0, i = 0; i < 12; i++)
		if (strncasecmp(mon, months[i], 3) == 0)
			dp->m = i + 1;
	if (dp->m == 0)
		return (0);
	if (sscanf(p, " %2d:%2d%n", &dp->H, &dp->M, &n) == 2) {
		dp->has_time = 1;
		p += n;
		if (sscanf(p, ":%2d%n", &dp->S, &n) == 1)
			p += n;
		while (*p == ' ')
			p++;
		if ((*p == '+' || *p == '-') &&
		    sscanf(p + 1, "%2d%2d", &zh, &zm) == 2) {
			dp->off = (zh * 60 + zm) * 60;
			if (*p == '-')
				dp->off = -dp->off;
		}
	}
	return (1);
}

static char *
date_format(const struct tm *tm)
{
	return (xasprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", tm->tm_year + 1900,
	    tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec));
}

/*
 * Dates to ISO 8601 in UTC: epoch seconds or milliseconds, ISO 8601 with
 * or without time and zone, YYYY/MM/DD, YYYY年M月D日, DD.MM.YYYY,
 * MM/DD/YYYY, and RFC 2822.
 * Returns NULL for what it does not understand.
 */
char *
date_parse(const char *in)
{
	struct date_parts	 dp;
	struct tm		 tm;
	const char		*p = in;
	int			 ok;
	time_t			 t;

	while (isspace((unsigned char)*p))
		p++;
	if (date_epoch(p, &tm, &ok))
		return (ok ? date_format(&tm) : NULL);
	memset(&tm, 0, sizeof tm);
	memset(&dp, 0, sizeof dp);
	if (!date_numeric(p, &dp) && !date_rfc2822(p, &dp))
		return (NULL);
	if (dp.y < 1000 || dp.m < 1 || dp.m > 12 || dp.d < 1 || dp.d > 31 ||
	    dp.H > 23 || dp.M > 59 || dp.S > 60)
		return (NULL);
	if (!dp.has_time)
		return (xasprintf("%04d-%02d-%02d", dp.y, dp.m, dp.d));
	tm.tm_year = dp.y - 1900;
	tm.tm_mon = dp.m - 1;
	tm.tm_mday = dp.d;
	tm.tm_hour = dp.H;
	tm.tm_min = dp.M;
	tm.tm_sec = dp.S;
	t = timegm(&tm) - dp.off;
	if (gmtime_r(&t, &tm) == NULL)
		return (NULL);
	return (date_format(&tm));
}
