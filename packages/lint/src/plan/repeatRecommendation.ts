import data from "../data/repeatRecommendations.json" with { type: "json" };

/** An earlier recommendation (DOMAIN.md §2.8) with its content words, compiled once per lint context. */
export interface PreviousRecommendation {
  text: string;
  tokens: ReadonlySet<string>;
}

/** An earlier recommendation that a new one repeats, with the Dice coefficient of their content words. */
export interface RepeatMatch {
  previous: PreviousRecommendation;
  dice: number;
}

const STOPWORDS: ReadonlySet<string> = new Set(data.stopwords);
const MARKER = /\(\s*repeat(?:ed)?\s+recommendation\s*\)/i;

/** The recommendation carries the published "(Repeat Recommendation)" marker (000_…, Rec 1–7). */
export function hasRepeatMarker(text: string): boolean {
  return MARKER.test(text);
}

/**
 * Content words of a recommendation: lower case, without the marker, stopwords and words under
 * three letters, and with a plural "s" dropped, so that "checks" and "check" compare equal.
 */
export function recommendationTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text
    .replace(MARKER, " ")
    .toLowerCase()
    .matchAll(/[\p{L}\p{N}]+/gu)) {
    let token = m[0];
    if (token.length < 3 || STOPWORDS.has(token)) continue;
    if (token.length > 4 && token.endsWith("s") && !token.endsWith("ss")) token = token.slice(0, -1);
    out.add(token);
  }
  return out;
}

export function compilePreviousRecommendations(texts: readonly string[]): PreviousRecommendation[] {
  return texts.map((text) => ({ text, tokens: recommendationTokens(text) })).filter((p) => p.tokens.size > 0);
}

/**
 * The earlier recommendation with the most content words in common relative to both lengths
 * (Dice), when it reaches `minDice` and shares at least `minShared` words. A reworded repeat keeps
 * most of its content words while a new recommendation on the same topic shares only the topic
 * ("domestic abuse"); the minimum stops two short texts matching on a single pair of words.
 */
export function findRepeat(
  tokens: ReadonlySet<string>,
  previous: readonly PreviousRecommendation[],
): RepeatMatch | undefined {
  if (tokens.size === 0) return undefined;
  let best: RepeatMatch | undefined;
  for (const p of previous) {
    let shared = 0;
    for (const t of tokens) if (p.tokens.has(t)) shared++;
    const identical = shared === tokens.size && shared === p.tokens.size;
    if (shared < data.minShared && !identical) continue;
    const dice = (2 * shared) / (tokens.size + p.tokens.size);
    if (dice >= data.minDice && (!best || dice > best.dice)) best = { previous: p, dice };
  }
  return best;
}
