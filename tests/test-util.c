/*
 * test-util.c: SHA-256 test vectors, the byte buffer, JSON strings, and
 * UTF-8: utf8_valid and utf8_next agree with libunistring everywhere.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "sift.h"
#include "tap.h"

/*
 * utf8_valid against u8_check, and utf8_next against u8_mbtouc, on the
 * edge cases of Unicode's table 3-7 and on random bytes at every offset.
 */
static void
test_utf8(void)
{
	static const char *edge[] = {
		"plain ASCII, longer than eight bytes", "caf\xc3\xa9",
		"\xc2\x80", "\xc1\xbf", "\xc0\x80", "\xdf\xbf",
		"\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf",
		"\xed\xa0\x80", "\xee\x80\x80", "\xef\xbf\xbf",
		"\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\x80",
		"\xe4\xb8", "abcdefg\xe4\xb8\xad", "abcdefgh\xe4\xb8",
		"\xe6\x99\xae\xe4\xba\xac", "\xf0\x9f\x98\x80x",
	};
	uint8_t		 buf[64];
	size_t		 i, j, n, bad = 0, badnext = 0;
	ucs4_t		 a;
	uint32_t	 b;
	int		 la, lb;

	for (i = 0; i < sizeof edge / sizeof edge[0]; i++) {
		n = strlen(edge[i]);
		ok(utf8_valid(edge[i], n) ==
		    (u8_check((const uint8_t *)edge[i], n) == NULL),
		    "utf8_valid agrees with u8_check on edge case %zu", i);
	}
	srand(1);
	for (i = 0; i < 200000; i++) {
		n = 1 + rand() % (sizeof buf - 1);
		for (j = 0; j < n; j++)	/* mostly text-like bytes */
			buf[j] = rand() % 4 == 0 ? rand() % 256 :
			    "a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80 "[rand() % 12];
		if (utf8_valid((const char *)buf, n) !=
		    (u8_check(buf, n) == NULL))
			bad++;
		for (j = 0; j < n; j++) {
			la = u8_mbtouc(&a, buf + j, n - j);
			lb = utf8_next(&b, buf + j, buf + n);
			if (la != lb || a != b)
				badnext++;
		}
	}
	ok(bad == 0, "utf8_valid agrees with u8_check on 200000 random "
	    "strings (%zu differ)", bad);
	ok(badnext == 0, "utf8_next agrees with u8_mbtouc at every offset "
	    "(%zu differ)", badnext);
}

int
main(void)
{
	static const struct {
		const char	*in;
		const char	*hex;
	} vec[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb924"
		      "27ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223"
			 "b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039"
		  "a33ce45964ff2167f6ecedd419db06c1" },
	};
	char		 hex[SHA256_HEX_LEN + 1], *big;
	struct buf	 b;
	size_t		 i;

	for (i = 0; i < sizeof vec / sizeof vec[0]; i++) {
		sha256_hex(vec[i].in, strlen(vec[i].in), hex);
		is_str(hex, vec[i].hex, "sha256 test vector");
	}
	big = xmalloc(1000000);
	memset(big, 'a', 1000000);
	sha256_hex(big, 1000000, hex);
	is_str(hex, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0", "sha256 of a million 'a'");
	free(big);

	buf_init(&b);
	for (i = 0; i < 10000; i++)
		buf_addc(&b, 'x');
	ok(b.len == 10000 && b.data[10000] == '\0', "buf grows and stays "
	    "NUL-terminated");
	b.len = 0;
	buf_printf(&b, "%d-%s", 42, "z");
	is_str(b.data, "42-z", "buf_printf");
	b.len = 0;
	buf_add_json(&b, "a\"b\\c\nd\te\x01 中");
	is_str(b.data, "\"a\\\"b\\\\c\\nd\\te\\u0001 中\"", "JSON string escapes");
	buf_free(&b);
	ok(b.data == NULL && b.len == 0, "buf_free resets");
	test_utf8();
	return (tap_done());
}
