import { describe, expect, it } from "vitest";
import { baseForm, irregularForms, pastTense } from "./verbForms.js";

describe("verb forms", () => {
  it("gives base forms of common review verbs", () => {
    const cases: Record<string, string> = {
      completed: "complete",
      assessed: "assess",
      reviewed: "review",
      identified: "identify",
      planned: "plan",
      referred: "refer",
      shared: "share",
      noted: "note",
      used: "use",
      managed: "manage",
      arranged: "arrange",
      received: "receive",
      issued: "issue",
      provided: "provide",
      avoided: "avoid",
      requested: "request",
      followed: "follow",
      escalated: "escalate",
      treated: "treat",
      created: "create",
      visited: "visit",
      analysed: "analyse",
      included: "include",
      explained: "explain",
      determined: "determine",
      taken: "take",
      agreed: "agree",
      added: "add",
      developed: "develop",
      handled: "handle",
      monitored: "monitor",
      ignored: "ignore",
      required: "require",
      measured: "measure",
      sought: "seek",
      done: "do",
      discussed: "discuss",
      focused: "focus",
    };
    for (const [participle, base] of Object.entries(cases)) expect(baseForm(participle), participle).toBe(base);
  });

  it("gives the simple past", () => {
    expect(pastTense("taken")).toBe("took");
    expect(pastTense("completed")).toBe("completed");
  });

  it("derives prefixed irregular verbs", () => {
    expect(irregularForms("redrawn")).toEqual(["redrew", "redraw"]);
    expect(irregularForms("overthrown")).toEqual(["overthrew", "overthrow"]);
    expect(pastTense("misheard")).toBe("misheard");
    expect(baseForm("undersold")).toBe("undersell");
    expect(baseForm("foretold")).toBe("foretell");
    expect(irregularForms("redrew")).toBeUndefined();
    expect(irregularForms("lent")).toEqual(["lent", "lend"]);
  });
});
