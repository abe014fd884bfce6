/** Thrown at the end of an exhaustive switch; the `never` parameter makes a missed case a type error. */
export class UnreachableCaseError extends Error {
  override name = "UnreachableCaseError";
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}
