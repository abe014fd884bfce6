/**
 * Every match of the global regex `re` in `text`, as `[...text.matchAll(re)]` gives them, without
 * the copy of `re` and the iterator that `matchAll` makes on each call: block and row rules run
 * on every keystroke. `re` must not be in use by a caller's own `exec` loop.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("allMatches needs a global regex");
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // As matchAll: an empty match moves on by one code point.
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}
