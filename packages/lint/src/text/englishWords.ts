import english from "../data/englishWords.json" with { type: "json" };

const WORDS: ReadonlySet<string> = new Set(english.words.split(" "));

/**
 * Whether a word (any case) is a common English word (SCOWL size 35): "Rationale", "Supervisor", "Landlord" are;
 * "Ilyas", "Bogusia" are not. Names that are also words ("Rose", "Tinker") are words here too, so this can only
 * rule a name out.
 */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return WORDS.has(lower) || (lower.length > 3 && lower.endsWith("s") && WORDS.has(lower.slice(0, -1)));
}
