import english from "../data/englishWords.json" with { type: "json" };

const WORDS: ReadonlySet<string> = new Set(english.words.split(" "));

/**
 * Whether a word (any case) is a common English word (SCOWL size 35): "Rationale", "Supervisor", "Landlord" are;
 * "Ilyas", "Bogusia" are not. Names that are also words ("Rose", "Tinker") are words here too, so this can only
 * rule a name out.
 */
export function isEnglishWord(word: string): boolean {
  return isLowerCaseEnglishWord(word.toLowerCase());
}

/** `isEnglishWord` for a word already in lower case. */
export function isLowerCaseEnglishWord(lower: string): boolean {
  return WORDS.has(lower) || (lower.length > 3 && lower.endsWith("s") && WORDS.has(lower.slice(0, -1)));
}

/** "finder", "keeper": a verb and "-er". */
const agentNoun = (word: string) => word.endsWith("er") && WORDS.has(word.slice(0, -2));

/** Whether a word is two common English words run together ("Keyworker", "Pathfinder", "Foodbank"). */
export function isEnglishCompound(word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = 3; i <= lower.length - 3; i++)
    if (WORDS.has(lower.slice(0, i)) && (isEnglishWord(lower.slice(i)) || agentNoun(lower.slice(i)))) return true;
  return false;
}
