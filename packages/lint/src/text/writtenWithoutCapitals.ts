// A sentence or line that starts in lower case, or a title before a lower-case name: text typed in a hurry.
// Not after an abbreviation's dot ("e.g. the police", "approx. three times"); a bullet or a number may open the line.
const LOWER_START_OR_TITLE =
  /(?:^|(?<!\b(?:e\.g|i\.e|approx|etc|cf|vs|incl|esp|viz|al|ca|no))[.!?]\s+|\n)(?:[-•*–]\s+|\d+[.)]\s+)?\p{Ll}|\b(?:mr|mrs|ms|dr)\.?\s+\p{Ll}/u;

/**
 * Whether a block is written without capitals somewhere ("spoke to gary at the hostel", "mr breen rang"): only
 * there are lower-case words read as names, so that "the rowan tree" or "a police constable" in a properly
 * written sentence stay words, whoever is called Rowan or Constable.
 */
export function writtenWithoutCapitals(text: string): boolean {
  return LOWER_START_OR_TITLE.test(text);
}

/** Whether the word at `from`–`to` is part of an e-mail address, a handle or a path ("ardit.h92@", "SFO/quispe/"). */
export function insideAddressOrHandle(text: string, from: number, to: number): boolean {
  return /[@._/\\-]/.test(text[from - 1] ?? "") || /^(?:[@_/\\-]|\.[\p{L}\p{N}])/u.test(text.slice(to, to + 2));
}
