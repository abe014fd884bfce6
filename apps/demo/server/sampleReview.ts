import { type PmNodeJson, reviewDocument } from "@sfo-review/schema";

/**
 * The demo's sample review. Entirely synthetic: staff are referred to by identifiers
 * (PP1, SPO2, PDU1), the victim as "Victim A" and the person on probation as "AB".
 */
export function sampleReview(): PmNodeJson {
  return reviewDocument({
    summary: [
      "AB was subject to a 24-month community order with a rehabilitation activity requirement when charged with the serious further offence. This review covers the six months before that offence.",
      "PP1 completed a timely initial assessment and saw AB as often as the plan required. The assessment did not use information from the police about domestic abuse, so the risk to Victim A was not fully understood.",
    ],
    background: [
      "The index offence was assault occasioning actual bodily harm against a former partner. AB was sentenced at the magistrates' court and allocated to PP1 in the north team of PDU1.",
      "The reviewing manager interviewed PP1, SPO2 and PDU1. All three contributed openly.",
    ],
    risk: [
      "At the start of the review period OASys (the Offender Assessment System) assessed AB as presenting a medium risk of serious harm to known adults. The assessment did not record who the known adults were.",
    ],
    analysis: {
      assessment: [
        {
          id: "entry-1",
          date: "2026-01-12",
          title: "Initial assessment",
          events: ["PP1 completed the initial assessment within the expected 15 working days."],
          judgements: [
            "PP1 did not request domestic abuse call-out information from the police. PP1 told me they believed the request had been made at court.",
          ],
          learning: ["The PDU should make clear who requests domestic abuse information at the start of an order."],
          notForDisclosure: ["Details of Victim A's address and children are held in the case record."],
        },
      ],
      planning: [
        {
          id: "entry-2",
          date: "2026-02-02",
          title: "Sentence plan",
          events: ["PP1 agreed a sentence plan with AB that focused on employment."],
          judgements: [
            "The plan did not include any objective about relationships, which was the area most linked to harm.",
          ],
        },
      ],
    },
    judgements: [
      "Practice met the expected standard for the frequency of contact. It did not meet the standard for assessing the risk of domestic abuse.",
    ],
    learning: ["Learning is needed at individual, team and PDU level about domestic abuse enquiries."],
    glossary: [
      {
        term: "OASys",
        expansion: "Offender Assessment System",
        definition: "The tool probation staff use to assess the risks and needs of a person on probation.",
      },
      { term: "PDU", expansion: "Probation Delivery Unit", definition: "A local probation office and its teams." },
      { term: "SPO", expansion: "Senior Probation Officer", definition: "The manager of a team of probation staff." },
    ],
    learningRows: [
      {
        id: "lp-1",
        objective: [
          "PP1 to show effective assessment of domestic abuse risk, including requesting and using police information.",
        ],
        whoFor: "Individual",
        action: ["SPO2 to hold two reflective supervision sessions with PP1 on the domestic abuse guidance."],
        measure: ["SPO2 to audit six of PP1's new cases against the domestic abuse enquiry requirement."],
        owners: ["PP1", "SPO2", "PDU1"],
        actionDate: "2026-12-14",
        measureDate: "2027-03-15",
        qualifier: "audit within three months of the sessions",
      },
    ],
  });
}
