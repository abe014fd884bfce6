import { buildSfoSchema, reviewDocument } from "@sfo-review/schema";
import { describe, expect, it } from "vitest";
import { lintDocument } from "../lintDocument.js";
import { lintText } from "../lintText.js";
import { pii016NicknameElsewhere } from "./pii016NicknameElsewhere.js";

const GIVEN = 'Dwayne (or "Tank" as everyone at the hostel calls him) moved in on 3 May.';
const nicknameFindings = (text: string) =>
  lintText(text, { scope: "review.summary" })
    .filter((f) => f.rule === "PII-016" && f.message.includes("nickname given elsewhere"))
    .map((f) => text.slice(f.from, f.to));

describe("pii016NicknameElsewhere (PII-016 across paragraphs)", () => {
  it("is a document rule for PII-016", () => {
    expect(pii016NicknameElsewhere.ids).toEqual(["PII-016"]);
  });

  it.each([
    [`${GIVEN}\n\nTank left the hostel two weeks later.`, ["Tank"]],
    [`${GIVEN}\n\nThe SI said Tank's mate had a car.`, ["Tank"]],
    [`Tank moved out in June.\n\n${GIVEN}`, ["Tank"]],
    // A word only, a street, a place after "at": not the person.
    [`${GIVEN}\n\nThe water tank leaked. Staff at Tank Street were told.`, []],
    [`${GIVEN}\n\nHe was seen at Tank on Friday.`, []],
    // The paragraph that gives the nickname reports its own mentions; they are not repeated here.
    [`${GIVEN} Tank then left.`, []],
  ])("in %j flags %j", (text, expected) => {
    expect(nicknameFindings(text)).toEqual(expected);
  });

  it("finds a nickname the not-for-disclosure column gives where the shared columns use it, not inside the column", () => {
    const schema = buildSfoSchema();
    const doc = schema.nodeFromJSON(
      reviewDocument({
        analysis: {
          assessment: [
            {
              id: "e1",
              events: ["Tank missed two appointments in June."],
              notForDisclosure: ['Liam Hurst ("Tank") is the SI.', "Tank was living with his mother."],
            },
          ],
        },
      }),
    );
    const found = lintDocument(doc).filter((f) => f.rule === "PII-016");
    expect(found.map((f) => [doc.textBetween(f.from, f.to), f.blockId])).toEqual([["Tank", "e1"]]);
    expect(found[0]!.message).toContain("nickname given elsewhere");
  });

  it("leaves a registered person's name to the register rules", () => {
    const register = [{ name: "Tank Morris", identifier: "PP4" }];
    const text = `${GIVEN}\n\nTank rang the hostel.`;
    const second = lintText(text, { scope: "review.summary", register }).filter((f) => f.from > GIVEN.length);
    expect(second.map((f) => [f.rule, text.slice(f.from, f.to)])).toEqual([["PII-001", "Tank"]]);
  });
});
