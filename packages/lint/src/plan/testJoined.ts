/**
 * `re.test(parts.join("\n"))` for a pattern without the global flag that starts and ends with `\b`
 * and has no anchors or lookarounds: a match inside one part is then a match in the joined text,
 * so the join, which copies every part on each keystroke, is needed only to find a match across parts.
 */
export function testJoined(re: RegExp, ...parts: string[]): boolean {
  for (const part of parts) if (re.test(part)) return true;
  return re.test(parts.join("\n"));
}
