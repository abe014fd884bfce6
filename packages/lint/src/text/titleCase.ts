/** A word with its first letter in capitals and the rest in lower case ("GRAHAM", "graham" → "Graham"). */
export function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
