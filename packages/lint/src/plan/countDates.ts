const DATE =
  /\b(?:\d{1,2}\/\d{1,2}(?:\/(?:\d{2,4}|20XX))?|\d{4}-\d{2}-\d{2}|(?:end\s+of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+(?:\d{4}|20XX)|\d{1,2}\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\s+\d{4})?|within\s+(?:\w+\s+){1,2}(?:weeks?|months?)|(?:\d+|one|two|three|four|five|six|twelve)\s+(?:weeks?|months?)\s+after)\b/gi;

/** Date expressions in a date cell ("by 14/11/20XX", "end of Feb 20XX", "within three months of …"). */
export function countDates(text: string): number {
  return (text.match(DATE) ?? []).length;
}
