import type { LintContext, Scope } from "../LintContext.js";
import { compilePreviousRecommendations, type PreviousRecommendation } from "../plan/repeatRecommendation.js";
import { type CompiledRegister, compileRegister } from "../register/compileRegister.js";
import { type ScopeTraits, scopeTraits } from "../scopeTraits.js";

/** What a block rule sees besides the text: the scope and the compiled case context. */
export interface RuleContext {
  scope: Scope;
  traits: ScopeTraits;
  register: CompiledRegister;
  known: ReadonlySet<string>;
  shareable: boolean;
  /** Managing region of the case, when known (APL-018). */
  region: string | undefined;
  /** Earlier recommendations with their content words (RESP-011); undefined when none were given. */
  previousRecommendations: readonly PreviousRecommendation[] | undefined;
}

/** The case context compiled once per lint run or incremental linter. */
export interface CompiledContext {
  register: CompiledRegister;
  known: ReadonlySet<string>;
  shareable: boolean;
  region: string | undefined;
  /** `LintContext.today` and `reviewSubmittedDate` when they are ISO dates (UPD-005). */
  today: string | undefined;
  reviewSubmittedDate: string | undefined;
  previousRecommendations: readonly PreviousRecommendation[] | undefined;
  forScope(scope: Scope): RuleContext;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = (value: string | undefined) => (value && ISO_DATE.test(value) ? value : undefined);

export function compileContext(context: LintContext = {}): CompiledContext {
  const register = compileRegister(context.register ?? []);
  const known = new Set(context.known ?? []);
  const shareable = context.shareable === true;
  const byScope = new Map<Scope, RuleContext>();
  const region = context.region;
  const previousRecommendations = context.previousRecommendations
    ? compilePreviousRecommendations(context.previousRecommendations)
    : undefined;
  return {
    register,
    known,
    shareable,
    region,
    today: isoDate(context.today),
    reviewSubmittedDate: isoDate(context.reviewSubmittedDate),
    previousRecommendations,
    forScope(scope) {
      let ctx = byScope.get(scope);
      if (!ctx) {
        ctx = {
          scope,
          traits: scopeTraits(scope),
          register,
          known,
          shareable: shareable || scope === "export.shareable",
          region,
          previousRecommendations,
        };
        byScope.set(scope, ctx);
      }
      return ctx;
    },
  };
}
