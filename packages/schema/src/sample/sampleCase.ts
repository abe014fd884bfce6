import { qaChecklistItemIds } from "../config/qaChecklist.js";
import { responseIntroductionText } from "../config/documentGuidance.js";
import {
  actionPlanDocument,
  qaChecklistDocument,
  qaFeedbackDocument,
  redactionLogDocument,
  responsePlanDocument,
} from "../document/documentBuilders.js";
import { reviewDocument } from "../document/jsonBuilders.js";
import type { PmNodeJson } from "../document/pmNode.schema.js";
import { sampleCaseHeader } from "./sampleCasePeople.js";
import { sampleGoodPracticeRows, sampleLearningRows, sampleReviewInput } from "./sampleReview.js";

/** Every document of the synthetic sample case, as ProseMirror JSON (root `doc`). */
export interface SampleCase {
  review: PmNodeJson;
  actionPlanUpdate: PmNodeJson;
  qaFeedback: PmNodeJson;
  qaChecklist: PmNodeJson;
  redactionLog: PmNodeJson;
  responsePlan: PmNodeJson;
}

const checklistNoes: Readonly<Record<string, string>> = {
  "B1.3": "Not a custody-stage case for HDC, ROTL or parole: Mr K was released at the automatic release point.",
  "B2.1": "Pre-release planning was outside the six-month period and is given as context only.",
  "D2.5": "Learning for the police will be shared through the multi-agency learning review; no separate action yet.",
};

/**
 * A complete, realistic and entirely synthetic SFO case: the review with its action plan,
 * the six-month action plan update, external QA feedback, the internal QA checklist answers,
 * the redaction log for sharing with the victim, and an HMPPS response to an (invented)
 * inspection. Every document is valid against the schema; the demo and tests seed from it.
 */
export function sampleCase(): SampleCase {
  const review = reviewDocument(sampleReviewInput());
  const actionPlanUpdate = actionPlanDocument({
    ...sampleCaseHeader,
    goodPracticeRows: sampleGoodPracticeRows,
    learningRows: sampleLearningRows,
    update: { updateDate: "2025-12-12", sequence: 1 },
    updateRows: [
      {
        id: "U1",
        planRowId: "GP1",
        progress: [
          "SPO2 briefed the team on PP2's response at the team meeting on 10 July 2025, using the three steps in the action. Eleven of the thirteen practitioners attended; the two absent received the briefing notes.",
        ],
        measurement: [
          "PDU1 discussed the briefing with SPO2 in supervision on 9 September 2025 and confirmed it had been delivered.",
        ],
        impact: [
          "Two emergency professionals meetings have since been arranged by the team within a day of new risk information.",
        ],
        status: "Complete",
        nextSteps: ["None."],
      },
      {
        id: "U2",
        planRowId: "LP1",
        progress: [
          "SPO2 held a reflective discussion with PP1 on 10 July 2025. QDO delivered two one-to-one sessions on 17 and 29 July 2025.",
        ],
        measurement: [
          "SPO2 audited six of PP1's domestic abuse cases on 28 October 2025. Checks were requested at the start in 6 of 6 cases and on a new relationship in 2 of 2. The results were analysed in the assessment in 5 of 6; the remaining case was discussed with PP1 and corrected.",
        ],
        impact: [
          "PP1 now requests checks routinely and plans victim safety actions. SPO2 will re-check two new cases in January 2026.",
        ],
        status: "Complete",
        nextSteps: ["SPO2 to re-check two new cases by 30 January 2026."],
      },
      {
        id: "U3",
        planRowId: "LP2",
        progress: [
          "PDU1 held a reflective session with SPO2 on 4 August 2025. SPO2 attended the regional countersigning workshop on 21 August 2025 and agreed a checklist with QDO.",
        ],
        measurement: [
          "PDU1 reviewed ten assessments countersigned by SPO2 between September and November 2025. Eight had countersigning comments on the risk to known adults and children; the two that did not were returned to the officers.",
        ],
        impact: [
          "Countersigning now addresses domestic abuse checks in most cases; PDU1 will repeat the review in March 2026.",
        ],
        status: "Partly complete",
        revisedDate: "2026-03-31",
        nextSteps: ["PDU1 to review a further ten assessments by 31 March 2026 to confirm the improvement has lasted."],
      },
      {
        id: "U4",
        planRowId: "LP3",
        progress: [
          "PDU1 rebalanced teams in September 2025; no SPO now covers more than two offices. The induction module was delayed because SPO6 was on leave in October and November.",
        ],
        measurement: ["The audit of 15 cases has not yet taken place."],
        impact: ["Not yet known."],
        status: "Outstanding",
        revisedDate: "2026-04-30",
        nextSteps: [
          "Outstanding: SPO6 was on leave in October and November. The induction module is now due by 31 January 2026 and the audit by 30 April 2026.",
        ],
      },
    ],
  });

  const qaFeedback = qaFeedbackDocument({
    ...sampleCaseHeader,
    details: {
      qaBody: "HMPPS SFO Team",
      feedbackDate: "2025-07-21",
      assurerRole: "SFO quality assurance manager",
      submission: 1,
      countersigningSufficient: true,
      sourcesAccessed: "nDelius and OASys were consulted.",
      sharingRequested: false,
    },
    standards: {
      analysis: {
        rating: "Good",
        narrative: [
          "The review analyses assessment, planning, implementation and reviewing clearly and explains the reasons for the deficiencies, including workload and management oversight. The reviewing manager's own checks with the police are a strength.",
        ],
      },
      judgements: {
        rating: "Good",
        narrative: [
          "Judgements are balanced and evidence-based and cover staff at all levels. The judgement on MAPPA management could say more about whether a level 2 referral should have been considered.",
        ],
      },
      learning: {
        rating: "Requires improvement",
        narrative: [
          "The action plan addresses PP1, SPO2 and the PDU, but there is no action to share learning with the police or children's services, and the measure for learning point LP3 does not say when the span-of-oversight figures will be judged sufficient.",
        ],
      },
      victims: {
        rating: "Good",
        narrative: [
          "The review is written sensitively in plain English and explains expected practice. Personal information about Ms B is correctly placed in the not-for-disclosure column.",
        ],
      },
    },
    disclosureComments: ["Consider whether the reference to Ms B's child's age is needed in the shared copy."],
    decision: { decision: "further-work", resubmissionDueDate: null },
  });

  const qaChecklist = qaChecklistDocument({
    ...sampleCaseHeader,
    version: "appendix-4-2022",
    answers: qaChecklistItemIds("appendix-4-2022").map((itemId) => ({
      itemId,
      answer: itemId in checklistNoes ? "no" : "yes",
      comment: checklistNoes[itemId] ?? "",
    })),
    signOffs: [
      {
        kind: "internal-qa",
        signedBy: "SFOL1",
        date: "2025-06-02",
        comment: "Robust review. Learning for partner agencies to be followed up through the learning review.",
      },
      { kind: "factual-accuracy", signedBy: "PDU1", date: "2025-06-04", comment: "Factually accurate." },
      {
        kind: "countersignature",
        signedBy: "CM1",
        date: "2025-06-09",
        comment:
          "I am independent of the line management of this case. Practice was not exceptionally poor, and capability or disciplinary procedures were considered and are not needed.",
        capabilityConsidered: true,
      },
    ],
  });

  const redactionLog = redactionLogDocument({
    ...sampleCaseHeader,
    request: {
      requesterType: "victim-family",
      requestDate: "2025-09-01",
      note: "Ms B asked for a copy through the victim liaison officer after Mr K's conviction.",
    },
    entries: [
      {
        id: "R1",
        location: "Analysis > Planning > entry 2 (not for disclosure)",
        entryId: "E4",
        category: "victim identity",
        testsApplied: ["necessary", "relevant", "risk to a person if shared"],
        decision: "withhold",
        discussedWith: "SPO2",
        signedOffBy: "SM1",
        signedOffDate: "2025-09-10",
        gist: ["Ms B's address and the name of her child's school."],
        argumentsFor: ["Sharing could identify where Ms B and her child live and put them at risk."],
        argumentsAgainst: ["Ms B already knows this information."],
      },
      {
        id: "R2",
        location: "Analysis > Reviewing > entry 2 (not for disclosure)",
        entryId: "E8",
        category: "victim identity",
        testsApplied: ["necessary", "proportionate", "risk to a person if shared"],
        decision: "withhold",
        discussedWith: "",
        signedOffBy: "SM1",
        signedOffDate: "2025-09-10",
        gist: ["Ms B's mobile number given for safety calls."],
        argumentsFor: ["Personal data not needed to understand the review."],
        argumentsAgainst: ["None."],
      },
      {
        id: "R3",
        location: "Analysis > Assessment > entry 1 (not for disclosure)",
        entryId: "E1",
        category: "third-party personal data",
        testsApplied: ["necessary", "relevant", "third-party consent"],
        decision: "share in summary",
        discussedWith: "SPO2",
        signedOffBy: "SM1",
        signedOffDate: "2025-09-10",
        gist: ["Details of A's reports to the police in 2021 and 2022."],
        argumentsFor: ["A has not consented to her information being shared with Ms B."],
        argumentsAgainst: [
          "Ms B may want to know that Mr K had a history of domestic abuse; the disclosable summary in the events column says so without details.",
        ],
      },
      {
        id: "R4",
        location: "Background",
        entryId: null,
        category: "prison name",
        testsApplied: ["necessary", "relevant"],
        decision: "withhold",
        discussedWith: "",
        signedOffBy: "SM1",
        signedOffDate: "2025-09-10",
        gist: ['The name of the releasing prison, replaced by "prison".'],
        argumentsFor: [
          "Generic reference expected unless there is a specific reason and the prison knows it is named.",
        ],
        argumentsAgainst: ["None."],
      },
    ],
  });

  const responsePlan = responsePlanDocument({
    header: {
      submittedDate: "2025-10-06",
      reportTitle: "Thematic inspection of domestic abuse checks in probation supervision (synthetic sample)",
      publishedDate: "2025-09-08",
      addressee: "His Majesty's Prison and Probation Service",
    },
    introduction: [...responseIntroductionText.paragraphs],
    recommendations: [
      {
        number: 1,
        text: [
          "Make sure that police domestic abuse checks are requested at the start of supervision and whenever a new relationship is disclosed, and that the results are used in risk assessments. (Repeat Recommendation)",
        ],
        repeat: true,
        category: "Agreed",
        rows: [
          {
            kind: "action",
            text: [
              "HMPPS will revise the domestic abuse policy framework to set out when checks must be requested and how the results are recorded in assessments.",
            ],
            owners: ["Deputy Director Public Protection Group"],
            targetDate: "2026-03",
            targetText: "March 2026",
          },
          {
            kind: "action",
            text: [
              "Each region will audit 30 cases after the revised framework is issued and report compliance to the Probation Performance Board.",
            ],
            owners: ["Regional Probation Directors"],
            targetDate: "2026-09",
            targetText: "September 2026",
          },
        ],
      },
      {
        number: 2,
        text: [
          "Provide domestic abuse training for all newly qualified probation officers within three months of qualifying.",
        ],
        category: "Partly Agreed",
        reasonCategories: ["affordability"],
        rows: [
          {
            kind: "explanation",
            text: [
              "Partly agreed for affordability reasons: a new face-to-face course for every newly qualified officer within three months cannot be funded in 2025/26.",
            ],
          },
          {
            kind: "action",
            text: [
              "HMPPS will add a domestic abuse module to the e-learning that all newly qualified officers complete in their first six months.",
            ],
            owners: ["Head of Probation Workforce Programme"],
            targetDate: "2026-01-31",
            targetText: "",
          },
        ],
      },
      {
        number: 3,
        text: ["Review senior probation officers' spans of oversight in every probation delivery unit."],
        category: "Agreed",
        inPrinciple: true,
        rows: [
          {
            kind: "action",
            text: ["Regions will report spans of oversight to the Probation Operations Directorate every quarter."],
            owners: ["Chief Probation Officer"],
            targetDate: null,
            targetText: "Commencing January 2026",
          },
        ],
      },
      {
        number: 4,
        text: ["Introduce a national domestic abuse information system shared with the police."],
        category: "Not Agreed",
        reasonCategories: ["policy", "commissioning"],
        rows: [
          {
            kind: "explanation",
            text: [
              "Not agreed for policy and commissioning reasons: information sharing with the police is governed by local protocols, and a new national system is outside HMPPS's remit.",
            ],
          },
        ],
      },
    ],
  });

  return { review, actionPlanUpdate, qaFeedback, qaChecklist, redactionLog, responsePlan };
}
