import { describe, expect, it } from "vitest";
import { buildSfoSchema } from "../buildSfoSchema.js";
import { validateDocumentJson } from "../document/validateDocumentJson.js";
import { documentKinds, type DocumentKind } from "../nodes/Review.js";
import { newDocumentTemplate } from "./newDocumentTemplate.js";
import { newReviewTemplate } from "./newReviewTemplate.js";

const kinds = Object.keys(documentKinds) as DocumentKind[];

describe("newDocumentTemplate", () => {
  it.each(kinds)("gives a valid %s skeleton", (kind) => {
    const result = validateDocumentJson(newDocumentTemplate(kind));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it.each(kinds)("gives %s with every attribute present, so JSON survives the schema unchanged", (kind) => {
    const json = newDocumentTemplate(kind);
    expect(buildSfoSchema().nodeFromJSON(json).toJSON()).toEqual(json);
  });

  it("keeps newReviewTemplate as the review skeleton", () => {
    expect(newReviewTemplate()).toEqual(newDocumentTemplate("review"));
  });

  it("puts no placeholder text in the review, apart from the legal basis statement", () => {
    const review = newDocumentTemplate("review");
    const texts: string[] = [];
    const walk = (node: { text?: string; content?: unknown[] }) => {
      if (node.text) texts.push(node.text);
      for (const child of (node.content ?? []) as (typeof node)[]) walk(child);
    };
    const root = review.content?.[0];
    for (const section of root?.content?.slice(3) ?? []) walk(section);
    expect(texts).toEqual([]);
  });

  it("fills an empty editor with a review, as in schema version 1", () => {
    const doc = buildSfoSchema().topNodeType.createAndFill();
    expect(doc?.firstChild?.type.name).toBe("review");
  });
});
