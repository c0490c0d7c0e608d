/*
 * test-text.c: UTF-8 repair, NFC, white space and the language guess, and
 * the classifier's quick paths against libunistring: clean_lower_fast
 * lower-cases as u8_tolower does, text_is_nfc never calls a text NFC
 * that NFC would change.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <uninorm.h>
#include <unistr.h>

#include "sift.h"
#include "tap.h"

/* Every character of the Basic Multilingual Plane, alone and in a word. */
static void
test_quick_paths(void)
{
	uint8_t		 in[16], *low, *nfc;
	char		 out[16];
	size_t		 n, lown, nfcn, lower_bad = 0, fast = 0, nfc_bad = 0;
	ucs4_t		 c;
	int		 l;

	for (c = 1; c < 0x10000; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		in[0] = 'A';
		l = u8_uctomb(in + 1, c, sizeof in - 2);
		in[1 + l] = 'z';
		n = l + 2;
		if (clean_lower_fast((const char *)in, n, out)) {
			fast++;
			low = u8_tolower(in, n, NULL, NULL, NULL, &lown);
			if (low == NULL || lown != n ||
			    memcmp(low, out, n) != 0)
				lower_bad++;
			free(low);
		}
		if (text_is_nfc((const char *)in, n)) {
			nfc = u8_normalize(UNINORM_NFC, in, n, NULL, &nfcn);
			if (nfc == NULL || nfcn != n || memcmp(nfc, in, n) != 0)
				nfc_bad++;
			free(nfc);
		}
	}
	/* ASCII goes eight bytes a step: every byte at every offset */
	{
		char	ascii[300], got[300];
		size_t	i, j, bad = 0;

		for (j = 0; j < 8; j++) {
			for (i = 0; i < 127 + j; i++)
				ascii[i] = (char)(i < j ? 'Q' : i - j + 1);
			if (!clean_lower_fast(ascii, i, got))
				bad++;
			for (n = 0; n < i; n++)
				if (got[n] != (ascii[n] >= 'A' &&
				    ascii[n] <= 'Z' ? ascii[n] + 32 : ascii[n]))
					bad++;
		}
		ok(bad == 0, "clean_lower_fast lower-cases ASCII (%zu wrong)",
		    bad);
	}
	ok(lower_bad == 0 && fast > 40000, "clean_lower_fast agrees with "
	    "u8_tolower on the %zu BMP characters it takes (%zu differ)",
	    fast, lower_bad);
	ok(nfc_bad == 0, "text_is_nfc is never wrong about a BMP character "
	    "(%zu wrong)", nfc_bad);
}

static void
repair(const char *in, size_t n, const char *want, size_t wcount,
    size_t wfirst, const char *name)
{
	struct buf	b;
	size_t		first, count;

	buf_init(&b);
	count = text_repair_utf8(in, n, &b, &first);
	is_str(b.data != NULL ? b.data : "", want, name);
	ok(count == wcount && (count == 0 || first == wfirst),
	    "%s: %zu bad at %zu", name, count, first);
	buf_free(&b);
}

int
main(void)
{
	static const struct {
		const char	*text;
		const char	*lang;
	} langs[] = {
		{ "The ministry said on Tuesday that the talks would resume "
		  "next week.", "en" },
		{ "Die Regierung hat am Dienstag mitgeteilt, dass die "
		  "Gespräche fortgesetzt werden.", "de" },
		{ "El gobierno dijo el martes que las conversaciones se "
		  "reanudarán la próxima semana.", "es" },
		{ "Le gouvernement a annoncé mardi que les discussions "
		  "reprendront la semaine prochaine.", "fr" },
		{ "Правительство заявило во вторник, что переговоры "
		  "возобновятся.", "ru" },
		{ "Уряд заявив, що переговори відновляться наступного "
		  "тижня.", "uk" },
		{ "政府は火曜日、協議を来週再開すると発表した。", "ja" },
		{ "정부는 화요일 협상이 다음 주에 재개될 것이라고 밝혔다.", "ko" },
		{ "政府周二表示，这个会谈将于下周恢复进行。", "zh-Hans" },
		{ "政府週二表示，這個會談將於下週恢復進行。", "zh-Hant" },
		{ "12345 -- 678", "und" },
		/* An English story with a Chinese video list glued on. */
		{ "Washington has accused North Korea of providing arms.\n"
		  "Both countries have denied those claims.\n"
		  "1:57王定宇開會偷看台韓戰! 賴總統問:是拿幾分啦民視影音\n"
		  "1:30男偕朋友前妻入住摩鐵 清晨驚見女子已往生民視影音\n"
		  "5:36一分鐘報天氣 週五至週末天兔颱風警報 東南部有顯著風雨\n",
		  "en" },
	};
	static const struct {
		const char	*declared;
		const char	*text;
		const char	*want;
	} tags[] = {
		{ "zh-CN", "台风登陆。", "zh-Hans" },
		{ "zh_TW", "颱風登陸。", "zh-Hant" },
		{ "zh-Hant-HK", "颱風登陸。", "zh-Hant" },
		{ "zh", "这个台风登陆了。", "zh-Hans" },
		{ "en-US", "The storm made landfall.", "en" },
		{ "DE", "Der Sturm ist da und die Schulen sind zu.", "de" },
		{ "en", "这个台风登陆了。", "zh-Hans" },
		{ "ko-KR", "태풍이 상륙했다.", "ko" },
		{ NULL, "Шторм пришёл.", "ru" },
		{ "", "12345", "und" },
		{ "x-verylongtag", "The storm made landfall.", "en" },
	};
	const char *sq = "  a \t b\n\nc\xc2\xa0\xe3\x80\x80 d  ";
	char	*s;
	size_t	 len, i;

	repair("plain", 5, "plain", 0, 0, "valid ASCII unchanged");
	repair("a\xffz", 3, "a\xef\xbf\xbdz", 1, 1, "lone 0xFF");
	repair("\xe4\xb8", 2, "\xef\xbf\xbd", 1, 0, "truncated sequence");
	repair("x\xc0\xafy\x80", 5, "x\xef\xbf\xbd\xef\xbf\xbdy\xef\xbf\xbd",
	    3, 1, "overlong and stray continuation");
	repair("中文\xed\xa0\x80", 9, "中文\xef\xbf\xbd", 1, 6,
	    "surrogate half");

	s = text_nfc("Cafe\xcc\x81", 6, &len);
	is_str(s, "Caf\xc3\xa9", "NFC composes e + combining acute");
	ok(len == 5, "NFC length");
	free(s);
	s = text_nfc("\xe1\x84\x80\xe1\x85\xa1", 6, &len);
	is_str(s, "가", "NFC composes conjoining jamo");
	free(s);
	s = text_nfc("\xe3\x81\x8b\xe3\x82\x99", 6, &len);
	is_str(s, "が", "NFC composes kana with a combining sound mark");
	free(s);
	s = text_nfc("\xe2\x80\x80", 3, &len);
	is_str(s, "\xe2\x80\x82", "NFC maps the singleton U+2000");
	free(s);
	s = text_nfc("中文 ΑΒΓ абв", strlen("中文 ΑΒΓ абв"), &len);
	is_str(s, "中文 ΑΒΓ абв", "NFC text unchanged");
	free(s);

	s = text_squeeze(sq, strlen(sq), &len);
	is_str(s, "a b c d", "squeeze collapses and trims all white space");
	free(s);

	for (i = 0; i < sizeof langs / sizeof langs[0]; i++) {
		is_str(text_guess_lang(langs[i].text, strlen(langs[i].text)),
		    langs[i].lang, langs[i].text);
	}
	for (i = 0; i < sizeof tags / sizeof tags[0]; i++) {
		s = text_lang(tags[i].declared, tags[i].text,
		    strlen(tags[i].text));
		is_str(s, tags[i].want, tags[i].declared != NULL ?
		    tags[i].declared : "(none)");
		free(s);
	}
	test_quick_paths();
	return (tap_done());
}
