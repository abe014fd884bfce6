import { describe, expect, it } from "vitest";
import { writtenAsRegistered } from "./registerSpelling.js";

const register = [{ name: "Kiều Thị Nhàn" }, { name: "Olufemi Penry-Awbrey" }, { name: "Caius Tanfield" }];

describe("writtenAsRegistered", () => {
  it.each([
    "Kiều Thị Nhàn",
    "Thị Nhàn",
    "nhan",
    "Olufemi",
    "Penry-Awbrey",
    "Awbrey",
    "PENRY-AWBREY",
    "Mr Tanfield",
    "Tanfield's",
    "“Caius”",
    "CT",
    "C.T.",
    "KN",
    "T",
  ])("reads %j as the register writes the name", (span) => {
    expect(writtenAsRegistered(span, register)).toBe(true);
  });

  it.each(["Ticking", "Radzia", "Cai", "Nhan Kieu", "PO", "Z", "Tanfields"])(
    "reads %j as a name the register does not give",
    (span) => {
      expect(writtenAsRegistered(span, register)).toBe(false);
    },
  );

  it("needs a register entry to match", () => {
    expect(writtenAsRegistered("Caius", [])).toBe(false);
  });
});
