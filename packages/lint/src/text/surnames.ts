import surnames from "../data/surnames.json" with { type: "json" };

const NAMES: ReadonlySet<string> = new Set(surnames.names.split(" "));

/**
 * Whether a capitalised word is a surname of the census list ("Fothergill", "Khatri", "Ibbotson"). The list leaves
 * out English words but not places, firms or gods that are also surnames ("Durham", "Greggs", "Allah"): a caller
 * rules those out.
 */
export function isListedSurname(word: string): boolean {
  return NAMES.has(word);
}
