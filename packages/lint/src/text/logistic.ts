/** A logistic model's probability for the features present: the weights of those it knows, added up and squashed. */
export function logistic(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
}
