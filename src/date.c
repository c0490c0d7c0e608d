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

/*
 * Dates to ISO 8601 in UTC: epoch seconds or milliseconds, ISO 8601 with
 * or without time and zone, YYYY/MM/DD, YYYY年M月D日, DD.MM.YYYY,
 * MM/DD/YYYY, and RFC 2822.
 * Returns NULL for what it does not understand.
 */
char *
date_parse(const char *in)
{
	static const char	*months[] = { "jan", "feb", "mar", "apr",
				    "may", "jun", "jul", "aug", "sep", "oct",
				    "nov", "dec" };
	struct tm		 tm;
	const char		*p = in;
	char			*end, mon[4];
	long long		 v;
	int			 y, m, d, H = 0, M = 0, S = 0, n = 0, zh, zm, i;
	int			 has_time = 0, off = 0;
	time_t			 t;

	while (isspace((unsigned char)*p))
		p++;
	if (isdigit((unsigned char)*p)) {
		errno = 0;
		v = strtoll(p, &end, 10);
		while (isspace((unsigned char)*end))
			end++;
		if (*end == '\0' && errno == 0 && end - p >= 9) {
			if (end - p >= 12)
				v /= 1000;
			t = (time_t)v;
			if (gmtime_r(&t, &tm) == NULL)
				return (NULL);
			goto format;
		}
	}
	memset(&tm, 0, sizeof tm);
	if (date_dmy(p, &y, &m, &d, &n) ||
	    sscanf(p, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 ||
	    sscanf(p, "%4d/%2d/%2d%n", &y, &m, &d, &n) == 3 ||
	    sscanf(p, "%4d.%2d.%2d%n", &y, &m, &d, &n) == 3 ||
	    sscanf(p, "%4d年%2d月%2d日%n", &y, &m, &d, &n) == 3) {
		p += n;
		if ((*p == 'T' || *p == ' ') &&
		    sscanf(p + 1, "%2d:%2d%n", &H, &M, &n) == 2) {
			has_time = 1;
			p += 1 + n;
			if (sscanf(p, ":%2d%n", &S, &n) == 1)
				p += n;
			if (*p == '.' || *p == ',')
				for (p++; isdigit((unsigned char)*p); p++)
					/* nothing */;
			if (*p == 'Z' || *p == 'z')
				p++;
			else if ((*p == '+' || *p == '-') &&
			    (sscanf(p + 1, "%2d:%2d", &zh, &zm) == 2 ||
			    sscanf(p + 1, "%2d%2d", &zh, &zm) == 2)) {
				off = (zh * 60 + zm) * 60;
				if (*p == '-')
					off = -off;
			}
		}
	} else {
		/* RFC 2822: [Wdy,] DD Mon YYYY [HH:MM[:SS] [zone]] */
		if (isalpha((unsigned char)*p)) {
			p = strchr(p, ',');
			if (p == NULL)
				return (NULL);
			p++;
		}
		n = 0;
		if (sscanf(p, "%2d %3s %4d%n", &d, mon, &y, &n) != 3)
			return (NULL);
		p += n;
		for (m = 0, i = 0; i < 12; i++)
			if (strncasecmp(mon, months[i], 3) == 0)
				m = i + 1;
		if (m == 0)
			return (NULL);
		if (sscanf(p, " %2d:%2d%n", &H, &M, &n) == 2) {
			has_time = 1;
			p += n;
			if (sscanf(p, ":%2d%n", &S, &n) == 1)
				p += n;
			while (*p == ' ')
				p++;
			if ((*p == '+' || *p == '-') &&
			    sscanf(p + 1, "%2d%2d", &zh, &zm) == 2) {
				off = (zh * 60 + zm) * 60;
				if (*p == '-')
					off = -off;
			}
		}
	}
	if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 || H > 23 ||
	    M > 59 || S > 60)
		return (NULL);
	if (!has_time)
		return (xasprintf("%04d-%02d-%02d", y, m, d));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = H;
	tm.tm_min = M;
	tm.tm_sec = S;
	t = timegm(&tm) - off;
	if (gmtime_r(&t, &tm) == NULL)
		return (NULL);
format:
	return (xasprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec));
}
