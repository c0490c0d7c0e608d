/* test-util.c: SHA-256 test vectors, the byte buffer, JSON strings. */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

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
	return (tap_done());
}
