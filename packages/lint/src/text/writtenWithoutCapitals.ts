// A sentence or line that starts in lower case, or a title before a lower-case name: text typed in a hurry.
// Not after an abbreviation's dot ("e.g. the police", "approx. three times"); a bullet or a number may open the line,
// and a one- or two-word label may where the note speaks as notes do ("Hasty note: tel w/ eithne re hrs"; not
// "Summary: the SI's brother reoffended").
const LOWER_START_OR_TITLE =
  /(?:^|(?<!\b(?:e\.g|i\.e|approx|etc|cf|vs|incl|esp|viz|al|ca|no))[.!?]\s+|\n)(?:[-•*–]\s+|\d+[.)]\s+)?\p{Ll}|\b(?:mr|mrs|ms|dr)\.?\s+\p{Ll}/u;
const HASTY_LABEL =
  /(?:^|\n)\p{Lu}\p{Ll}+(?:[^\S\n]\p{Ll}+)?:[^\S\n]+(?=[^\n]*\b(?:tel|w\/|re|appt|appts|hrs|txt|pls|tmrw|asap|wk|wks|hv|ok'd|msg|cb|ring|rang)(?![\p{L}]))\p{Ll}/u;

/**
 * Whether a block is written without capitals somewhere ("spoke to gary at the hostel", "mr breen rang"): only
 * there are lower-case words read as names, so that "the rowan tree" or "a police constable" in a properly
 * written sentence stay words, whoever is called Rowan or Constable.
 */
export function writtenWithoutCapitals(text: string): boolean {
  return LOWER_START_OR_TITLE.test(text) || (text.includes(": ") && HASTY_LABEL.test(text));
}

// A message quoted after its heading or at a line's start, typed without capitals: 'Snapchat, 09/02: "jaden said
// tay has it"'. A quotation inside a sentence ('he was "back most nights"') is the writer's, not a message.
const LOWER_MESSAGE = /(?:^|[:\n]\s*)["“]\p{Ll}[^"”\n]{3,}["”]/gu;

/**
 * Where a block is written without capitals: all of it if any of it is, else its messages quoted in lower case
 * ("Instagram, 15/03: \"sherbet u ok??\"").
 */
export function hastyRanges(text: string): Array<readonly [number, number]> {
  if (writtenWithoutCapitals(text)) return [[0, text.length]];
  const ranges: Array<readonly [number, number]> = [];
  if (!text.includes('"') && !text.includes("“")) return ranges;
  for (const m of text.matchAll(LOWER_MESSAGE))
    ranges.push([(m.index ?? 0) + m[0].search(/["“]/), (m.index ?? 0) + m[0].length]);
  return ranges;
}

/** Whether the word at `from`–`to` is part of an e-mail address, a handle or a path ("ardit.h92@", "SFO/quispe/"). */
export function insideAddressOrHandle(text: string, from: number, to: number): boolean {
  return /[@._/\\-]/.test(text[from - 1] ?? "") || /^(?:[@_/\\-]|\.[\p{L}\p{N}])/u.test(text.slice(to, to + 2));
}
