/*
 * test-layout.c: the layout cases of the rendering notes (section 6) that
 * need no terminal, sentences and case-folded search.  Each case wraps a
 * text and checks the rows: their widths (by the same width function
 * ncurses uses), where they break, and that they cover the text.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unistr.h>

#include "sift.h"
#include "tap.h"

struct rows {
	struct layout_line	*l;
	size_t			 n;
	size_t			 size;
	char			 text[64][256];	/* displayed rows */
};

static void
wrap(const char *s, int width, int korean, struct rows *r)
{
	struct layout_opts	o = { width, korean, 0 };
	struct buf		b;
	size_t			i;

	free(r->l);
	memset(r, 0, sizeof *r);
	layout_wrap(s, strlen(s), 0, &o, &r->l, &r->n, &r->size);
	for (i = 0; i < r->n && i < 64; i++) {
		buf_init(&b);
		text_display(s + r->l[i].start, r->l[i].len, 0, 0, &b);
		while (b.len > 0 && b.data[b.len - 1] == ' ')
			b.len--;
		snprintf(r->text[i], sizeof r->text[i], "%.*s", (int)b.len,
		    b.data != NULL ? b.data : "");
		buf_free(&b);
	}
}

/* Every row at most width columns. */
static int
fits(const struct rows *r, int width)
{
	size_t	i;

	for (i = 0; i < r->n; i++)
		if (r->l[i].width > width)
			return (0);
	return (1);
}

static int
starts_with_any(const struct rows *r, const char *const *set, int ends)
{
	size_t		i, k, len, rl;

	for (i = 1; i < r->n; i++) {
		rl = strlen(r->text[i - 1]);
		for (k = 0; set[k] != NULL; k++) {
			len = strlen(set[k]);
			if (!ends && strncmp(r->text[i], set[k], len) == 0)
				return (1);
			if (ends && rl >= len && strcmp(r->text[i - 1] + rl -
			    len, set[k]) == 0)
				return (1);
		}
	}
	return (0);
}

/* The expected sentence ranges, from the sentences written out. */
static const char *
sentences_want(const char *s)
{
	static const char	*parts[] = {
		"Mr. Kim met Dr. Lee at 3.5 p.m. on Monday.",
		"He said \"yes.\"", "Shares rose 3%!", "朝鲜否认。", "美国表示关切！",
		NULL
	};
	static char		 out[256];
	const char		*p;
	size_t			 i, len = 0;

	out[0] = '\0';
	for (i = 0; parts[i] != NULL; i++) {
		p = strstr(s, parts[i]);
		len += snprintf(out + len, sizeof out - len, "[%zu+%zu]",
		    (size_t)(p - s), strlen(parts[i]));
	}
	return (out);
}

static void
sentence_cb(size_t start, size_t len, void *arg)
{
	struct buf	*b = arg;

	buf_printf(b, "[%zu+%zu]", start, len);
}

int
main(void)
{
	static const char *const no_start[] = { "、", "。", "」", "！", "）",
	    NULL };
	static const char *const no_end[] = { "「", "（", "“", NULL };
	struct rows	 r;
	struct buf	 b;
	char		 s[512], brk[64];
	size_t		 i, n, *map, len;
	char		*f;
	int		 ok1;

	setlocale(LC_ALL, "");
	memset(&r, 0, sizeof r);

	/* 1: a wide character never straddles the margin. */
	wrap("aaaaaaaaaaaaaaaaaaa中", 20, 0, &r);
	ok(r.n == 2 && strcmp(r.text[1], "中") == 0 && r.l[0].width == 19,
	    "19 a + 中 at 20 columns: 中 starts the next row");

	/* 2: kinsoku and widths on mixed CJK. */
	wrap("我们的软件支持中文、日本語와 한국어。「引号」不能出现在行首或行尾。",
	    16, 0, &r);
	ok(fits(&r, 16), "mixed CJK at 16: every row fits");
	ok(!starts_with_any(&r, no_start, 0), "no row starts with 、。」！");
	ok(!starts_with_any(&r, no_end, 1), "no row ends with 「（“");

	/* 3: Japanese at 10. */
	wrap("これはテストです。ちょっと待ってください！", 10, 0, &r);
	ok(fits(&r, 10) && !starts_with_any(&r, no_start, 0),
	    "Japanese at 10: no row starts with 。 or ！");
	/* a tab at the end of a row hangs, as a space does */
	wrap("Men:\t1. Daniel\t2:05:31", 18, 0, &r);
	ok(r.n == 2 && strcmp(r.text[0], "Men:    1. Daniel") == 0,
	    "a tab at the end of a row hangs: '%s' / '%s'", r.text[0],
	    r.text[1]);

	/* 4: Korean keep-all breaks between words only. */
	strcpy(s, "한국어 문장은 띄어쓰기 단위로 줄바꿈합니다 그렇죠?");
	wrap(s, 12, 1, &r);
	ok1 = fits(&r, 12);
	for (i = 0; i < r.n; i++) {
		char	*w, *save = NULL, row[256];

		snprintf(row, sizeof row, "%s", r.text[i]);
		for (w = strtok_r(row, " ", &save); w != NULL;
		    w = strtok_r(NULL, " ", &save)) {
			snprintf(brk, sizeof brk, "%s ", w);
			if (strstr(s, brk) == NULL && strcmp(w, "그렇죠?") != 0)
				ok1 = 0;	/* a piece of a word */
		}
	}
	ok(ok1 && r.n == 6, "Korean keep-all at 12: whole words a row (%zu "
	    "rows)", r.n);
	wrap("한국어문장은띄어쓰기없이도", 12, 0, &r);
	ok(r.n > 1 && fits(&r, 12), "Korean without spaces still wraps");

	/* 5: a combining mark stays with its base. */
	wrap("cafe\xcc\x81 cafe\xcc\x81 cafe\xcc\x81 cafe\xcc\x81", 9, 0, &r);
	ok1 = fits(&r, 9);
	for (i = 0; i < r.n; i++)
		if (strncmp(r.text[i], "\xcc\x81", 2) == 0)
			ok1 = 0;
	ok(ok1, "cafe + U+0301 x4 at 9: no row starts with the mark");
	f = text_nfc("cafe\xcc\x81", 6, &len);
	is_str(f, "caf\xc3\xa9", "and NFC composes it");
	free(f);

	/* 6, 7: emoji clusters. */
	n = strlen("👨‍👩‍👧");
	u8_grapheme_breaks((const uint8_t *)"👨‍👩‍👧", n, brk);
	for (i = 1, len = 1; i < n; i++)
		len += brk[i] != 0;
	ok(len == 1, "👨‍👩‍👧 is one cluster (u8_grapheme_breaks)");
	wrap("👨‍👩‍👧", 2, 0, &r);
	ok(r.n == 1, "and is never broken inside");
	wrap("🇯🇵🇰🇷", 2, 0, &r);
	ok(r.n == 2 && strcmp(r.text[0], "🇯🇵") == 0 &&
	    strcmp(r.text[1], "🇰🇷") == 0, "🇯🇵🇰🇷 breaks between the flags only");

	/* 9: over-long words and URLs. */
	wrap("abcdefghijklmnopqrstuvwxyzabcd", 8, 0, &r);
	ok(r.n == 4 && fits(&r, 8) && strcmp(r.text[0], "abcdefgh") == 0,
	    "a 30-letter word at 8: 8-column pieces");
	wrap("https://example.com/a/very/long/path", 10, 0, &r);
	ok(fits(&r, 10), "a long URL at 10: nothing wider");

	/* 10: hard breaks inside a block, and an empty block. */
	wrap("line one\nline two\r\nCRLF", 40, 0, &r);
	ok(r.n == 3 && strcmp(r.text[0], "line one") == 0 &&
	    strcmp(r.text[1], "line two") == 0 &&
	    strcmp(r.text[2], "CRLF") == 0, "LF and CRLF end rows");
	wrap("", 40, 0, &r);
	ok(r.n == 1 && r.l[0].len == 0, "an empty block is one empty row");

	/* 11: tabs. */
	wrap("a\tb", 40, 0, &r);
	ok(r.n == 1 && r.l[0].width == 9 &&
	    strcmp(r.text[0], "a       b") == 0, "a tab stops at column 8");

	/* 12: repaired invalid UTF-8 lays out. */
	buf_init(&b);
	text_repair_utf8("x\xc3(y\xc0\xafz\xed\xa0\x80w\xe4\xb8", 13, &b, &len);
	wrap(b.data, 4, 0, &r);
	ok(fits(&r, 4) && strstr(r.text[0], "\xef\xbf\xbd") != NULL,
	    "invalid UTF-8 shows as U+FFFD and wraps");
	buf_free(&b);

	/* 13, 14, 15: what the terminal never sees, and widths. */
	wrap("\x1b[31mred\x07 \xc2\x9b" "2J", 40, 0, &r);
	ok(strchr(r.text[0], 0x1b) == NULL && strchr(r.text[0], 0x07) ==
	    NULL && strstr(r.text[0], "\xc2\x9b") == NULL &&
	    strstr(r.text[0], "red") != NULL, "escape sequences are defused");
	wrap("co\xc2\xad" "operate", 40, 0, &r);
	ok(r.l[0].width == 9 && strcmp(r.text[0], "cooperate") == 0,
	    "a soft hyphen takes no column");
	snprintf(s, sizeof s, "%s|%s|%s", "\xf0\x9f\xab\xb8", "\xe3\x89\x88",
	    "\xe4\xb7\x80");
	wrap(s, 40, 0, &r);
	ok(r.l[0].width == 1 + 1 + 2 + 1 + 2 &&
	    strncmp(r.text[0], "\xef\xbf\xbd", 3) == 0,
	    "U+1FAF8 shows as U+FFFD; U+3248 and U+4DC0 are glibc-wide");

	/* 18: case-folded search with a map back. */
	f = text_fold("ＡＰＰＬＥ Straße ｶﾀｶﾅ", strlen("ＡＰＰＬＥ Straße ｶﾀｶﾅ"),
	    &len, &map);
	ok(strstr(f, "apple") != NULL && strstr(f, "strasse") != NULL &&
	    strstr(f, "カタカナ") != NULL, "fold: %s", f);
	n = strstr(f, "strasse") - f;
	ok(map[n] == strlen("ＡＰＰＬＥ "), "the fold maps back to the "
	    "original offset");
	free(f);
	free(map);

	/* Sentences. */
	buf_init(&b);
	strcpy(s, "Mr. Kim met Dr. Lee at 3.5 p.m. on Monday. He said "
	    "\"yes.\" Shares rose 3%! 朝鲜否认。美国表示关切！");
	text_sentences(s, strlen(s), sentence_cb, &b);
	is_str(b.data, sentences_want(s), "sentences: abbreviations, "
	    "decimals, quotes, 。！");
	buf_free(&b);

	free(r.l);
	return (tap_done());
}
