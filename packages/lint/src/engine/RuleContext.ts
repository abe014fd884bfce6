import type { LintContext, Scope } from "../LintContext.js";
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
}

/** The case context compiled once per lint run or incremental linter. */
export interface CompiledContext {
  register: CompiledRegister;
  known: ReadonlySet<string>;
  shareable: boolean;
  region: string | undefined;
  forScope(scope: Scope): RuleContext;
}

export function compileContext(context: LintContext = {}): CompiledContext {
  const register = compileRegister(context.register ?? []);
  const known = new Set(context.known ?? []);
  const shareable = context.shareable === true;
  const byScope = new Map<Scope, RuleContext>();
  const region = context.region;
  return {
    register,
    known,
    shareable,
    region,
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
        };
        byScope.set(scope, ctx);
      }
      return ctx;
    },
  };
}
