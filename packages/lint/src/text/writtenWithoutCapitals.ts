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

// Messages quoted or logged anywhere in a block, typed without capitals: 'He sent "saffie u ok?"', "the SI wrote 'dont
// tell helena'", "Handover log, 23:40: kenzie back late", "[07:12] mam: pedr wheres ur phone". A verb or a noun of
// messaging must come before (or a time, before a colon): a writer's own quotation ('he would "sort it on the
// morrow"', 'called it "the nadir"') and a label's comment ("CM: the newel post") are no messages. For registered
// names only, which no word shares.
const LOWER_DOUBLE_QUOTE = /["“]\p{Ll}[^"”\n]{2,}["”]/gu;
const LOWER_SINGLE_QUOTE = /['‘]\p{Ll}(?:[^'’\n]|['’](?=\p{L}))+['’](?!\p{L})/gu;
const LOWER_AFTER_COLON = /:[^\S\n]+\p{Ll}[^\n.!?]*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MESSAGE_CUE =
  /(?:\b(?:wrote|writes|sent|texted|messaged|posted|replied|repl(?:y|ies)|typed|reads?|shows?|showing|texts?|messages?|chat|voice\s+note|handover|snapchat|whatsapp|instagram|facebook)\b|\d{1,2}[:.]\d{2}\]?)[^.!?\n]{0,30}$/i;
const MESSAGE_VERB_AFTER = /^[,\s]*(?:wrote|texted|messaged|posted|replied|typed)\b/i;

/** `hastyRanges`, and messages quoted or logged in lower case anywhere in the block. */
export function lowerCaseStretches(text: string): Array<readonly [number, number]> {
  const ranges = [...hastyRanges(text)];
  if (ranges.length === 1 && ranges[0]![1] === text.length) return ranges;
  const add = (re: RegExp, quote: boolean) => {
    for (const m of text.matchAll(re)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      // An opening quote stands after a space or a colon, not inside a word ("the SI's 'friend'").
      if (quote && from > 0 && LETTER_OR_DIGIT.test(text[from - 1]!)) continue;
      const message =
        MESSAGE_CUE.test(text.slice(Math.max(0, from - 40), from)) ||
        (quote && MESSAGE_VERB_AFTER.test(text.slice(to, to + 12)));
      if (message) ranges.push([from, to]);
    }
  };
  if (text.includes('"') || text.includes("“")) add(LOWER_DOUBLE_QUOTE, true);
  if (text.includes("'") || text.includes("‘")) add(LOWER_SINGLE_QUOTE, true);
  if (text.includes(": ")) add(LOWER_AFTER_COLON, false);
  return ranges;
}

/** Whether the word at `from`–`to` is part of an e-mail address, a handle or a path ("ardit.h92@", "SFO/quispe/"). */
export function insideAddressOrHandle(text: string, from: number, to: number): boolean {
  return /[@._/\\-]/.test(text[from - 1] ?? "") || /^(?:[@_/\\-]|\.[\p{L}\p{N}])/u.test(text.slice(to, to + 2));
}
