/*
 * clean-stamp.c: the tests of one block for dates, times and phone
 * numbers: a time alone, a date alone, a date with its time, a line
 * that only stamps the story ("Published: …"), a phone number alone.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "sift.h"
#include "clean-int.h"

/*
 * Is the block only a time, "15:48", "21:35 Uhr"?  Alone, that is a live
 * page's entry or a timestamp, not a video's length: a video list gives
 * each length with its title or its views.
 */
int
clean_only_time(const struct clean_feat *f)
{
	static const char	*zones[] = { "", "uhr", "h", "gmt", "bst", "cet",
		"cest", "utc", "am", "pm", "a.m.", "p.m.", "et", "mez", "msk",
		NULL };
	const char		*p = f->lower, *e = f->lower + f->lowern;
	size_t			 i;

	if (f->lowern > 14)
		return (0);
	while (p < e && ((*p >= '0' && *p <= '9') || *p == ':' || *p == ' ' ||
	    *p == '.'))
		p++;
	if (p == f->lower)
		return (0);
	for (i = 0; zones[i] != NULL; i++)
		if ((size_t)(e - p) == strlen(zones[i]) &&
		    memcmp(p, zones[i], (size_t)(e - p)) == 0)
			return (1);
	return (0);
}

/*
 * Does the block open as a page's date line does ("Published: April 8,
 * 2022 at 5:33 p.m. Updated: ...")?  Its "p.m." is no sentence's end.
 */
int
clean_stamp_word(const struct clean_feat *f)
{
	static const char	*words[] = { "published", "updated", "posted",
		"last updated", "veröffentlicht", "aktualisiert", "publicado",
		"actualizado", "publié", "mis à jour", "опубликовано",
		"обновлено", NULL };
	size_t			 i, l;

	for (i = 0; words[i] != NULL; i++) {
		l = strlen(words[i]);
		if (f->lowern > l && memcmp(f->lower, words[i], l) == 0 &&
		    (f->lower[l] == ':' || f->lower[l] == ' '))
			return (1);
	}
	return (0);
}

/* A date or time alone: digits and separators, a few letters at most. */
int
clean_stamp(const struct clean_feat *f)
{
	const uint8_t	*p = (const uint8_t *)f->s, *e = p + f->n;
	ucs4_t		 c;
	int		 runs = 0, in = 0, l;

	if (f->digits < 4 || f->wlen > 40 || f->terminal ||
	    memchr(f->s, '%', f->n) != NULL || clean_signoff_dated(f))
		return (0);
	/* A date or a time must be there: figures with words are not. */
	if (!clean_datetime(f) && !clean_date_only(f) &&
	    !(clean_only_time(f) && memchr(f->s, ':', f->n) != NULL))
		return (0);
	/* Digits and separators, and at most three words (a month name,
	 * "at", "pm"), or the CJK date characters. */
	while (p < e) {
		l = utf8_next(&c, p, e);
		p += l;
		if ((c >= '0' && c <= '9') || strchr("/-:.,+() ", c) != NULL ||
		    c == 0xff1a || c == 0x3000) {
			in = 0;
			continue;
		}
		if (c == 0x5e74 || c == 0x6708 || c == 0x65e5 || c == 0x6642 ||
		    c == 0x65f6 || c == 0x5206 || c == 0x79d2 || c == 0xb144 ||
		    c == 0xc6d4 || c == 0xc77c || c == 0xc2dc || c == 0xbd84)
			continue;	/* 年月日時时分秒 년월일시분 */
		if (c == 0x661f || c == 0x671f || c == 0x5468 || c == 0x9031 ||
		    c == 0x66dc || c == 0x4e00 || c == 0x4e8c || c == 0x4e09 ||
		    c == 0x56db || c == 0x4e94 || c == 0x516d || c == 0x5929 ||
		    c == 0x706b || c == 0x6c34 || c == 0x6728 || c == 0x91d1 ||
		    c == 0x571f || c == 0xc694)
			continue;	/* 星期一..日 周 週 曜 月火水木金土 요 */
		if (clean_is_cjk(c))
			return (0);
		if (!uc_is_alpha(c)) {
			in = 0;		/* symbols: 👁, ·, | */
			continue;
		}
		if (!in)
			runs++;
		in = 1;
	}
	/* a year alone among words is no date ("Neue Eintrittspreise ab
	 * 2026"); a month's name and the year are one ("März 2026") */
	return (runs <= 3 && !(f->digits == 4 && runs >= 2));
}

/*
 * Is a word of the block a month's name or its start ("Sept.", "März",
 * "mai", "сентября", "листопада"), in the languages of Latin and
 * Cyrillic script?  "Outlook" is no "outubro".
 */
static int
clean_month_word(const struct clean_feat *f)
{
	static const char	*months[] = { "january", "february", "march",
	    "april", "may", "june", "july", "august", "september", "october",
	    "november", "december", "januar", "jänner", "februar", "märz",
	    "mai", "juni", "juli", "oktober", "dezember", "janvier",
	    "février", "mars", "avril", "juin", "juillet", "août",
	    "septembre", "octobre", "novembre", "décembre", "enero",
	    "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
	    "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
	    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio",
	    "settembre", "ottobre", "dicembre", "janeiro", "fevereiro",
	    "março", "maio", "junho", "julho", "setembro", "outubro",
	    "dezembro", "январ", "феврал", "март", "апрел", "мая", "май",
	    "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
	    "січ", "лют", "берез", "квіт", "травн", "червн", "липн",
	    "серпн", "верес", "жовтн", "листопад", "грудн", "stycznia",
	    "styczeń", "lutego", "luty", "marca", "marzec", "kwietnia",
	    "kwiecień", "maja", "maj", "czerwca", "czerwiec", "lipca",
	    "lipiec", "sierpnia", "sierpień", "września", "wrzesień",
	    "października", "październik", "listopada", "listopad",
	    "grudnia", "grudzień", "ledna", "února", "března", "dubna",
	    "května", "června", "července", "srpna", "září", "října",
	    "listopadu", "prosince", "januari", "februari", "maart", "mei",
	    "augustus", "maret", "agustus", "desember", "ocak", "şubat",
	    "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
	    "ekim", "kasım", "aralık", NULL };
	const char		*p = f->lower, *e = f->lower + f->lowern, *w;
	size_t			 i, l, m;

	while (p < e) {
		for (w = p; p < e && ((unsigned char)*p >= 0x80 ||
		    (*p >= 'a' && *p <= 'z')); p++)
			/* nothing */;
		l = (size_t)(p - w);
		for (i = 0; l >= 3 && months[i] != NULL; i++) {
			m = strlen(months[i]);
			/* its start; or a Cyrillic stem and its ending */
			if (strncmp(w, months[i], l) == 0 || (m < l &&
			    l - m <= 4 && (unsigned char)*w >= 0x80 &&
			    memcmp(w, months[i], m) == 0))
				return (1);
		}
		if (p == w)
			p++;
	}
	return (0);
}

/*
 * A date without a time: 2023-09-05, 05/09/2023, 14.11.2024, 2024年6月,
 * or a year with a month name ("22 марта 2024", "March 3, 2025").
 */
int
clean_date_only(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n;
	int		 groups = 0, seps = 0, year = 0, d;

	while (p < e) {
		if (*p >= '0' && *p <= '9') {
			for (d = 0; p < e && *p >= '0' && *p <= '9'; p++)
				d++;
			groups++;	/* a year is 1xxx or 2xxx, no "0800" */
			year |= d == 4 && (p[-4] == '1' || p[-4] == '2');
			if (p < e && (*p == '-' || *p == '/' || *p == '.') &&
			    p + 1 < e && p[1] >= '0' && p[1] <= '9')
				seps++;
			continue;
		}
		p++;
	}
	if (seps >= 2)
		return (1);
	if (memmem(f->s, f->n, "年", 3) != NULL || memmem(f->s, f->n, "월",
	    3) != NULL)
		return (1);
	/* a year and a word: a month name ("2026 Outlook" is none) */
	return (year && groups <= 3 && f->chars - f->digits >= 3 &&
	    clean_month_word(f));
}

/*
 * Is the block a phone number alone: "(202) 555-0148", "+49 30 1234567",
 * eight to fifteen figures in two groups or more, no date, no span of
 * years ("2008-2012") and no figure in thousands ("12 345 678")?
 */
int
clean_phone(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n;
	int		 digits = 0, groups = 0, in = 0, run = 0, fours = 0;
	int		 threes = 0, marks = 0;

	for (; p <= e; p++) {
		if (p < e && *p >= '0' && *p <= '9') {
			digits++;
			run++;
			groups += !in;
			in = 1;
			continue;
		}
		fours += run == 4;
		threes += run == 3 && groups > 1;
		run = in = 0;
		if (p < e && (*p == '\0' || strchr(" ()+-./", *p) == NULL))
			return (0);
		marks += p < e && *p != ' ' && *p != '.';
	}
	/* (a figure in thousands, "12 345 678", is none) */
	return (digits >= 8 && digits <= 15 && groups >= 2 &&
	    !(groups == 2 && fours == 2) && (marks > 0 ||
	    threes < groups - 1) && !clean_date_only(f) &&
	    !clean_datetime(f));
}

/*
 * Does the block hold a date and a time of day: "2024-06-24 13:36",
 * "10.03.2024, 22:47 Uhr", "2025年3月7日 18時40分", "7/28(日) 17:52"?
 */
int
clean_datetime(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n, *b;
	int		 date = 0, time = 0, year = 0, d1, d2;

	for (; p < e; p++) {
		if (*p < '0' || *p > '9')
			continue;
		for (b = p, d1 = 0; p < e && *p >= '0' && *p <= '9'; p++)
			d1++;
		/* a year, with a month's name beside it: "20 мая 2025" */
		year |= d1 == 4 && (b[0] == '1' || b[0] == '2');
		if (p >= e)
			break;
		if (*p == ':' || (e - p >= 3 && memcmp(p, "時", 3) == 0)) {
			const char *q = p + (*p == ':' ? 1 : 3);

			for (d2 = 0; q < e && *q >= '0' && *q <= '9'; q++)
				d2++;
			if (d1 >= 1 && d1 <= 2 && d2 == 2)
				time = 1;
		} else if ((*p == '-' || *p == '/' || *p == '.') &&
		    p + 1 < e && p[1] >= '0' && p[1] <= '9')
			date = 1;
		else if (e - p >= 3 && (memcmp(p, "年", 3) == 0 ||
		    memcmp(p, "月", 3) == 0))
			date = 1;
	}
	return (time && (date || clean_date_only(f) ||
	    (year && f->chars - f->digits >= 5)));
}
