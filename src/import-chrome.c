/*
 * import-chrome.c: the lines of a text dump that are its page's chrome,
 * whatever they name: a bar of the site's topics, a call, a skip link, a
 * breadcrumb's label, a login's button, the site's account bar, the note
 * on cookies.  No such line is a headline (import-head.c asks).
 */

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unistr.h>

#include "sift.h"
#include "import-int.h"
#include "lexicon.h"

/* Is lower-case line s a whole phrase of a share bar or a promo? */
static int
import_is_button(const char *s, size_t n)
{
	static const enum lexicon_kind	 kinds[] = { LEXICON_SHARE,
	    LEXICON_PROMO, LEXICON_CTA };
	struct lexicon_block		 lx;
	size_t				 i;

	lexicon_prepare(&lx, s, n);
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (lexicon_whole(kinds[i], lexicon_match(kinds[i], &lx)))
			return (1);
	return (0);
}

/* The bytes of a line's first max at most, cut at a character's start. */
static size_t
import_cut(const char *ls, const char *le, size_t max)
{
	size_t	n = (size_t)(le - ls);

	if (n <= max)
		return (n);
	for (n = max; n > 0 && ((unsigned char)ls[n] & 0xc0) == 0x80; n--)
		/* nothing */;
	return (n);
}

/*
 * Is a line the page's chrome, whatever it names: a bar of the site's
 * topics ("Trending: Border surge update, Winter storm tracker, Election
 * 2024 results"), a call ("Sign up for our newsletters"), a skip link, a
 * search box's placeholder ("Search CNN..."), a breadcrumb's label ("Du
 * bist hier: tagesschau.de")?
 */
int
import_is_chrome(const char *ls, const char *le)
{
	static const char	*words[] = { "trending", "hot topics",
	    "top stories", "most read", "sign up for", "subscribe to",
	    "subscribe for ", "log in to", "sign in to", "skip to ",
	    "zum inhalt", "подписаться", "подпишитесь", "suscríbete",
	    "jetzt abonnieren", "abonnez-vous", "继续滑动", "微信扫一扫",
	    "breaking news", "breaking:", "live updates:", "última hora",
	    "eilmeldung", "срочно", "aller au contenu",
	    "saltar al contenido", "ir al contenido", "перейти к ",
	    "본문 바로가기", "本文へ", "跳到主要", "跳至主要",
	    /* a login's button ("Войти через Лента ID") */
	    "войти", "iniciar sesión", "se connecter", "登录", "登入",
	    "ログイン", "로그인",
	    /* a breadcrumb's label */
	    "du bist hier", "sie sind hier", "you are here", "vous êtes ici",
	    "usted está en", "estás en:", "вы здесь", "当前位置", "您的位置",
	    "您现在的位置", "目前位置", "現在位置", "現在地", NULL };
	char			 low[96];
	uint8_t			*r;
	size_t			 i, k, n = sizeof low;
	int			 hit = 0;

	if (le - ls <= 32 && le - ls > 3 && memcmp(le - 3, "...", 3) == 0)
		return (1);
	/* the words open a line: lower-case its first 96 bytes or so */
	r = u8_tolower((const uint8_t *)ls, import_cut(ls, le, 80), NULL,
	    NULL, (uint8_t *)low, &n);
	for (i = 0; r != NULL && words[i] != NULL && !hit; i++) {
		k = strlen(words[i]);
		hit = n >= k && memcmp(r, words[i], k) == 0;
	}
	/* or a button's or a link's words that are all of a line the
	 * classifier hides ("Get Started Free", "メインコンテンツへスキップ") */
	if (r != NULL && !hit && import_cut(ls, le, 80) == (size_t)(le - ls))
		hit = import_is_button((const char *)r, n);
	if (r != (uint8_t *)low)
		free(r);
	return (hit);
}

/*
 * Is a line the site's account bar, its name and buttons to log in and
 * to sign up ("해오름일보 로그인 회원가입 유료 구독신청", "Log in
 * Subscribe")?
 */
int
import_is_account(const char *ls, const char *le)
{
	static const char	*pairs[][2] = { { "로그인", "회원가입" },
	    { "로그인", "구독" }, { "登录", "注册" }, { "登入", "註冊" },
	    { "ログイン", "会員登録" }, { "Войти", "Регистрация" },
	    { "Log in", "Subscribe" }, { "Sign in", "Subscribe" },
	    { "Log in", "Sign up" }, { "Anmelden", "Abonnieren" } };
	size_t			 i, n = (size_t)(le - ls);

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if (memmem(ls, n, pairs[i][0], strlen(pairs[i][0])) != NULL &&
		    memmem(ls, n, pairs[i][1], strlen(pairs[i][1])) != NULL)
			return (1);
	return (0);
}

/* Is a line the page's note on cookies, in any language? */
int
import_is_cookie(const char *s, size_t n)
{
	static const char	*words[] = { "cookie", "Cookie", "COOKIE",
	    "クッキー", "쿠키", NULL };
	size_t			 i;

	for (i = 0; words[i] != NULL; i++) {
		if (memmem(s, n, words[i], strlen(words[i])) != NULL)
			return (1);
	}
	return (0);
}
