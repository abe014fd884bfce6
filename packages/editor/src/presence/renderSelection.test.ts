import { describe, expect, it } from "vitest";
import { renderSelection } from "./renderCaret.js";

const user = { id: "u1", name: "Rowan Reviewer", role: "editor", color: "#1d70b8" };

describe("renderSelection", () => {
  it("highlights another user's selection in their colour, translucent", () => {
    expect(renderSelection(user)).toEqual({
      style: "background-color: #1d70b870",
      class: "ProseMirror-yjs-selection",
    });
  });

  it("draws nothing for a colour that is not one, so another client cannot write styles into the page", () => {
    expect(renderSelection({ ...user, color: "red; background-image: url(https://example.org/x)" })).toEqual({});
    expect(renderSelection({ name: "No role" })).toEqual({});
  });
});
