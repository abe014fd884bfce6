import type { TextBlock } from "../text/TextBlock.js";
import { findPhrases, type PhraseHit } from "./findPhrases.js";

/**
 * The phrases of a lexicon in each sentence of a block, with offsets into the sentence: the block is read once, not
 * each sentence apart. A phrase that runs over a sentence's end belongs to neither.
 */
export function phrasesBySentence(block: TextBlock, phrases: readonly string[]): PhraseHit[][] {
  const sentences = block.sentences;
  const out: PhraseHit[][] = sentences.map(() => []);
  let s = 0;
  for (const hit of findPhrases(block.text, phrases)) {
    while (s < sentences.length && sentences[s]!.to <= hit.from) s++;
    const sentence = sentences[s];
    if (!sentence || hit.from < sentence.from || hit.to > sentence.to) continue;
    out[s]!.push({ from: hit.from - sentence.from, to: hit.to - sentence.from, phrase: hit.phrase });
  }
  return out;
}
