import type { BlockRule } from "../engine/BlockRule.js";
import { hind001Hindsight } from "./hind001Hindsight.js";
import { hind002Counterfactual } from "./hind002Counterfactual.js";
import { judg001HedgedJudgement } from "./judg001HedgedJudgement.js";
import { judg005WorkloadWithoutEvidence } from "./judg005WorkloadWithoutEvidence.js";
import { lang001PassiveVoice } from "./lang001PassiveVoice.js";
import { lang002SentenceLength } from "./lang002SentenceLength.js";
import { lang004OasysSections } from "./lang004OasysSections.js";
import { lang005DetachedOffence } from "./lang005DetachedOffence.js";
import { lang006GraphicDetail } from "./lang006GraphicDetail.js";
import { lang007PersonTerms } from "./lang007PersonTerms.js";
import { lang009FixedTermTypos } from "./lang009FixedTermTypos.js";
import { pii005NamedPrison } from "./pii005NamedPrison.js";
import { pii006DateOfBirth } from "./pii006DateOfBirth.js";
import { pii007Address } from "./pii007Address.js";
import { pii008PhoneNumber } from "./pii008PhoneNumber.js";
import { pii009Email } from "./pii009Email.js";
import { pii010NiNumber } from "./pii010NiNumber.js";
import { pii011CaseIdentifiers } from "./pii011CaseIdentifiers.js";
import { pii012SfoReference } from "./pii012SfoReference.js";
import { pii013Medical } from "./pii013Medical.js";
import { pii014SpecialCategory } from "./pii014SpecialCategory.js";
import { pii015StaffPersonal } from "./pii015StaffPersonal.js";
import { pii016BankDetails } from "./pii016BankDetails.js";
import { pii016OnlineHandles } from "./pii016OnlineHandles.js";
import { pii016VehicleRegistration } from "./pii016VehicleRegistration.js";
import { pii017SensitiveHistory } from "./pii017SensitiveHistory.js";
import { pii020SpecialistReport } from "./pii020SpecialistReport.js";
import { piiPersonNames } from "./piiPersonNames.js";
import { risk001UnqualifiedRisk } from "./risk001UnqualifiedRisk.js";
import { risk002RoshLevelWords } from "./risk002RoshLevelWords.js";
import { risk004NoOneAtRisk } from "./risk004NoOneAtRisk.js";
import { tone001FailedTo } from "./tone001FailedTo.js";
import { tone003EmotiveWords } from "./tone003EmotiveWords.js";
import { tone004Blame } from "./tone004Blame.js";
import { tone005VictimSensitivity } from "./tone005VictimSensitivity.js";
import { tone006StaffPronouns } from "./tone006StaffPronouns.js";

/** Every rule that looks at one textblock at a time. */
export const blockRules: readonly BlockRule[] = [
  lang001PassiveVoice,
  lang002SentenceLength,
  lang004OasysSections,
  lang005DetachedOffence,
  lang006GraphicDetail,
  lang007PersonTerms,
  lang009FixedTermTypos,
  risk001UnqualifiedRisk,
  risk002RoshLevelWords,
  risk004NoOneAtRisk,
  tone001FailedTo,
  tone003EmotiveWords,
  tone004Blame,
  tone005VictimSensitivity,
  tone006StaffPronouns,
  hind001Hindsight,
  hind002Counterfactual,
  judg001HedgedJudgement,
  judg005WorkloadWithoutEvidence,
  piiPersonNames,
  pii005NamedPrison,
  pii006DateOfBirth,
  pii007Address,
  pii008PhoneNumber,
  pii009Email,
  pii010NiNumber,
  pii011CaseIdentifiers,
  pii012SfoReference,
  pii013Medical,
  pii014SpecialCategory,
  pii015StaffPersonal,
  pii016BankDetails,
  pii016OnlineHandles,
  pii016VehicleRegistration,
  pii017SensitiveHistory,
  pii020SpecialistReport,
];
