import type { RegisterEntry } from "../LintContext.js";

/** The synthetic people register the block-rule tests share: two staff, the SFO victim and the supervised individual. */
export const testRegister: RegisterEntry[] = [
  { name: "Sarah Jenkins", identifier: "PP1", role: "staff", pronouns: "unconfirmed", identifiableByGender: true },
  { name: "Tom Reid", identifier: "SPO2", role: "staff", pronouns: "he/him" },
  { name: "Kelly Brown", identifier: "Ms B", role: "SFO victim" },
  { name: "Darren Mills", identifier: "Mr K", role: "supervised individual" },
];
