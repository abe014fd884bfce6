import { BODY_FIELD, buildSfoSchema, newDocumentTemplate, sampleCase, validateDocumentJson } from "@sfo-review/schema";
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";

const schema = buildSfoSchema();

/** JSON → Y.Doc → binary update → fresh Y.Doc → ProseMirror node → JSON. */
function roundTrip(json: unknown): unknown {
  const ydoc = prosemirrorJSONToYDoc(schema, json, BODY_FIELD);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment(BODY_FIELD), schema).toJSON();
}

describe("JSON → Yjs → ProseMirror → JSON", () => {
  it.each(Object.entries(sampleCase()))("is lossless for the sample %s", (_name, json) => {
    const back = roundTrip(json);
    expect(back).toEqual(json);
    expect(validateDocumentJson(back).ok).toBe(true);
  });

  it.each(["review", "action-plan", "qa-feedback", "qa-checklist", "redaction-log", "response-plan"] as const)(
    "is lossless for the %s template",
    (kind) => {
      const json = newDocumentTemplate(kind);
      expect(roundTrip(json)).toEqual(json);
    },
  );

  it("keeps array and boolean attributes as values, not strings", () => {
    const back = roundTrip(sampleCase().review) as { content: { content: { type: string; content?: unknown[] }[] }[] };
    const register = back.content[0]?.content.find((node) => node.type === "peopleRegister");
    expect(register?.content?.[0]).toMatchObject({ attrs: { genderNeutral: false, region: null } });
  });
});
