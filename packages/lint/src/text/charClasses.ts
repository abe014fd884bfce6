// Character tests by UTF-16 code unit, for scanners that run on every character of a keystroke's
// block: a regex test on `text[i]` clones nothing but allocates a string for each non-Latin-1 unit.

/** Whether the code unit is matched by a regex `\s`. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// 0 not yet seen, 1 no, 2 yes: each code unit is tested once, then looked up.
const letterOrDigitSeen = new Uint8Array(0x10000);

/** Whether the code unit, taken alone, is matched by `/[\p{L}\p{N}]/u` (a lone surrogate is not). */
export function isLetterOrDigitUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let seen = letterOrDigitSeen[c]!;
  if (seen === 0) {
    seen = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
    letterOrDigitSeen[c] = seen;
  }
  return seen === 2;
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
