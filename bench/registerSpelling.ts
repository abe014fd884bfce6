/**
 * Whether a corpus span labelled `registered` writes the person as the line's register does: the full name, one of
 * its words (first name only, surname, either half of a double-barrelled name), with a courtesy title, a possessive or
 * quotes, in any case and without its diacritics, or its initials (all of them, first and last, or one). The corpora
 * also label as `registered` what the register does not give: a nickname, a pet form, a role's initials ("Ticking",
 * "Radzia" for Radosława). Both are scored; this tells them apart.
 */
export function writtenAsRegistered(span: string, register: readonly { name: string }[]): boolean {
  const bare = fold(span)
    .trim()
    .replace(/^["“'‘]+|["”'’]+$/g, "")
    .replace(/['’]s?$/, "")
    .replace(/\.$/, "")
    .replace(/^(?:mr|mrs|ms|miss|mx|dr)\.?\s+/, "");
  const spanWords = bare.split(/\s+/).filter(Boolean);
  const letters = bare.replace(/[.\s]/g, "");
  return register.some(({ name }) => {
    const words = fold(name)
      .split(/[^\p{L}'’-]+/u)
      .filter(Boolean);
    const initials = words.map((w) => w[0]).join("");
    const parts = words.flatMap((w) => [w, ...w.split("-")]);
    return (
      parts.includes(bare) ||
      isRunOf(spanWords, words) ||
      letters === initials ||
      letters === `${initials[0]}${initials.at(-1)}` ||
      (letters.length === 1 && initials.includes(letters))
    );
  });
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Whether `run` stands in `words` as consecutive words. */
function isRunOf(run: readonly string[], words: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let start = 0; start + run.length <= words.length; start++)
    if (run.every((word, i) => words[start + i] === word)) return true;
  return false;
}
