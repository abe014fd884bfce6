import lexicon from "../data/passiveLexicon.json" with { type: "json" };

const irregular = lexicon.irregularParticiples as Record<string, string[]>;
/** Prefixes that form new verbs from irregular ones ("redrawn", "misheard", "overthrown", "undersold"). */
const IRREGULAR_PREFIXES = ["re", "mis", "over", "under", "fore"];
const PREFIX_INITIALS = new Set(IRREGULAR_PREFIXES.map((p) => p.charCodeAt(0)));

/**
 * The [simple past, base] of an irregular past participle, also when it is an irregular verb with a
 * verb-forming prefix ("redrawn" → ["redrew", "redraw"]). Adjectival forms are the caller's concern.
 */
export function irregularForms(participle: string): readonly string[] | undefined {
  return lowerIrregularForms(participle.toLowerCase());
}

/** `irregularForms` of a word already in lower case (no copy on the hot path). */
export function lowerIrregularForms(word: string): readonly string[] | undefined {
  const known = irregular[word];
  if (known) return known;
  if (word.length < 5 || !PREFIX_INITIALS.has(word.charCodeAt(0))) return undefined;
  for (const prefix of IRREGULAR_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
    const forms = irregular[word.slice(prefix.length)];
    if (forms) return forms.map((f) => prefix + f);
  }
  return undefined;
}
const E_AFTER_IT_ET = new Set([
  "invit",
  "cit",
  "unit",
  "excit",
  "ignit",
  "recit",
  "incit",
  "complet",
  "delet",
  "compet",
  "creat",
]);

/** The simple past of a past participle ("taken" → "took", "completed" → "completed"). */
export function pastTense(participle: string): string {
  return irregularForms(participle)?.[0] ?? participle;
}

/** The base form of a past participle, by table and suffix rules ("identified" → "identify"). */
export function baseForm(participle: string): string {
  const word = participle.toLowerCase();
  const known = irregularForms(word);
  if (known) return known[1] ?? word;
  if (!word.endsWith("ed")) return word;
  if (word.endsWith("ied")) return word.length <= 4 ? word.slice(0, -1) : `${word.slice(0, -3)}y`;
  if (word.endsWith("eed")) return word.slice(0, -1);
  const stem = word.slice(0, -2);
  const last = stem.at(-1) ?? "";
  if (stem.length >= 4 && last === stem.at(-2) && "bdgmnprtz".includes(last)) return stem.slice(0, -1);
  if (stem === "focus" || stem === "bias") return stem;
  if (E_AFTER_IT_ET.has(stem) || E_AFTER_IT_ET.has(stem.slice(-5)) || E_AFTER_IT_ET.has(stem.slice(-4)))
    return `${stem}e`;
  const needsE =
    /(?:[^aeiou]at|ut|[^o]ot|[^s]s|z|c|u|v|[^a]ir|[^o]ur|[^e]ar|[^ao]id|ud|[^o]od|[^aeo]ad|ag|dg|rg|ng|[^aeiou][aiuo]k|[^aeiou][aiou]m|[^aeiou]in|[^aeiou][iou]b|[^aeiou][ay]p|[^aeiol]l|[^aeiou][ai]l|lor|gnor|plor|stor|scor|ador)$/;
  if (stem === "belong" || (stem.endsWith("eat") && stem !== "creat")) return stem;
  return needsE.test(stem) ? `${stem}e` : stem;
}
