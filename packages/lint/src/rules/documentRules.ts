import type { DocumentRule } from "../engine/DocumentRule.js";
import { acr001FirstUse } from "./acr001FirstUse.js";
import { acr002MissingFromGlossary } from "./acr002MissingFromGlossary.js";
import { acr003UnusedGlossaryEntry } from "./acr003UnusedGlossaryEntry.js";
import { acr004Ambiguous } from "./acr004Ambiguous.js";
import { acr005InconsistentForm } from "./acr005InconsistentForm.js";
import { acr006UnknownAcronym } from "./acr006UnknownAcronym.js";
import { lang003ProfessionalTerms } from "./lang003ProfessionalTerms.js";
import { lang008OrganisationName } from "./lang008OrganisationName.js";
import { pii016NicknameElsewhere } from "./pii016NicknameElsewhere.js";
import { risk003RoshGroups } from "./risk003RoshGroups.js";
import { tone002Failings } from "./tone002Failings.js";

/** Rules recomputed over cached block facts each time. */
export const documentRules: readonly DocumentRule[] = [
  acr001FirstUse,
  acr002MissingFromGlossary,
  acr003UnusedGlossaryEntry,
  acr004Ambiguous,
  acr005InconsistentForm,
  acr006UnknownAcronym,
  lang003ProfessionalTerms,
  lang008OrganisationName,
  pii016NicknameElsewhere,
  risk003RoshGroups,
  tone002Failings,
];
