import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import type { Finding } from "../Finding.js";
import { piiSeverity } from "./piiSeverity.js";
import { allMatches } from "../engine/allMatches.js";
import { sortByFrom } from "../engine/sortByFrom.js";

const DVLA_NUMBER = /\b[A-Z9]{5}\s?\d{6}\s?[A-Z9]{2}\d\s?[A-Z]{2}\b/g;
const SIX_DIGITS = /\d{6}/;
const FOUR_DIGITS_END = /(?<![\dA-Za-z/-])\d{4}$/;
const GROUP_BADGE_BEFORE = /\b(?:crew|volunteer|club|event|team|visitor|member)\s+(?:ID\s+)?[Bb]adge/;
const COLLAR_NUMBER = "police officer's collar number";
const PATTERNS: [RegExp, string][] = [
  // Armed forces service numbers, only with their label: seven or eight digits, or a letter and six or seven (a
  // "service number" of six digits is a helpline's); an army or regimental number from five digits.
  [
    /\b(?:(?:service|personnel)\s+(?:no\.?|number)(?:\s+(?:is|was))?\s*[:,–-]?\s*(?:\([A-Z]?\d{7,8}\)|[A-Z]?\d{7,8}|[A-Z]\d{6})|(?:army|RAF|navy|naval|forces|military|regimental)\s+(?:no\.?|number)(?:\s+(?:is|was))?\s*[:,–-]?\s*(?:\([A-Z]{0,2}\d{5,8}\)|[A-Z]{0,2}\d{5,8}))(?![\dA-Za-z])/gi,
    "service number (armed forces)",
  ],
  // A DVLA driver number: five letters of the surname, the date of birth encoded in six digits, initials and checks.
  [DVLA_NUMBER, "DVLA driver number"],
  // Licences, badges, student and learner numbers, only with their label; not a year or a span of years, nor a
  // police officer's collar number ("PC Jones, badge number 4471").
  [
    /\b(?:(?:[Pp]rivate\s+hire|[Tt]axi|[Hh]ackney|[Dd]river|[Dd]riving)(?:\s+driver)?\s+(?:licence|badge)(?:\s+(?:no\.?|number))?|[Bb]adge\s+(?:no\.?|number)|[Ss]tudent\s+(?:ID|no\.?|number)(?:\s+number)?|ULN)(?<!\b(?:PC|DC|PS|DS|Sgt|Constable|[Oo]fficer)\b[^.\n]{0,45})(?:\s+(?:is|was))?\s*[:,]?\s*(?!(?:19|20)\d{2}(?:[-/]\d{2,4})?(?![\dA-Za-z]))(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]{3,19}(?![\dA-Za-z])/g,
    "licence, badge or learner number",
  ],
  // A tenancy's reference names its tenant to the landlord, as a customer number does; only with its label.
  [
    /\btenancy\s+(?:ref(?:erence)?\.?|no\.?|number|account)(?:\s+(?:no\.?|number))?(?:\s+(?:is|was))?\s*[:,]?\s*(?!(?:19|20)\d{2}(?:[-/](?:\d{2}|(?:19|20)\d{2}))?(?![\dA-Za-z/-]))(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]{3,23}(?![\dA-Za-z])/gi,
    "tenancy reference",
  ],
  // A club's membership or a player's registration number names its member; only with its label, and from five
  // characters: four digits alone ("membership number 0417") single out no one outside the club.
  [
    /\b(?:membership|player\s+reg(?:istration|\.)?)\s+(?:no\.?|number)(?:\s+(?:is|was))?\s*[:,]?\s*(?!(?:19|20)\d{2}(?:[-/](?:\d{2}|(?:19|20)\d{2}))?(?![\dA-Za-z/-]))(?!\d{4}(?![\dA-Za-z/-]))(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]{3,23}(?![\dA-Za-z])/gi,
    "membership or registration number",
  ],
  // Passports, travel documents, visas and residence permits name their holder; only with their label ("passport
  // number, 548201937", "a travel document, number TD0048215", "immigration reference is H2260914").
  [
    /\b(?:passport|travel\s+document|immigration|visa|BRP|(?:biometric\s+)?residence\s+permit)(?:,?\s+\(?(?:ref(?:erence)?\.?|no\.?|number)){0,2}(?:\s+(?:is|was)(?:\s+recorded\s+as)?)?\s*[:,(]?\s*(?=[A-Za-z0-9]{0,4}\d)(?:[A-Za-z]{0,3}(?:\d{6,10}|\d{3}\s\d{3}\s\d{3})|\d{2}[A-Za-z]{2}\d{5})(?:\/\d{1,3})?(?![\dA-Za-z/])/gi,
    "passport, travel document or immigration number",
  ],
  // A payroll or employee number names its employee to the employer; only with its label, perhaps with its employer
  // ("His employee number at the warehouse, 00471638").
  [
    /\b(?:[Pp]ayroll|[Ee]mployee|[Ss]taff|[Ww]orks)\s+(?:(?:[Nn]o\.?|[Nn]umber|ID)(?:\s+(?:at|with|for)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?(?:\s+(?:is|was)\s*|\s*[:,]\s*)(?!(?:19|20)\d{2}(?![\dA-Za-z]))(?=[A-Za-z0-9-]*\d{4})[A-Za-z0-9][A-Za-z0-9-]{3,11}|(?:[Nn]o\.?|[Nn]umber|ID)\s+(?=[A-Za-z]{0,2}\d{5})[A-Za-z0-9][A-Za-z0-9-]{4,11})(?![\dA-Za-z-])/g,
    "payroll or employee number",
  ],
  // A ride or delivery app's ID for its driver or rider names one worker ("driver ID TRD-55812", "driver DB-40733").
  [
    /\b(?:[Dd]river|[Rr]ider|[Cc]ourier|[Ww]orker)\s+(?:ID(?:\s+(?:is|was))?\s*[:,]?\s*[A-Z]{2,4}-?\d{4,8}|[A-Z]{2,4}-\d{4,8})(?![\dA-Za-z])/g,
    "app's driver or rider ID",
  ],
  // A staff ID badge's number names its holder ("staff ID badge: UPW 5532").
  [
    /\b[Ss]taff\s+(?:ID\s+)?badge(?:\s+(?:[Nn]o\.?|[Nn]umber))?\s*[:,]?\s*[A-Z]{0,4}\s?\d{4,8}(?![\dA-Za-z])/g,
    "staff ID badge number",
  ],
  // A DBS certificate's twelve digits, in a sentence about the DBS check.
  // The lookbehind follows the digits: at the start of the pattern it would run at every position of the text.
  [/\b\d{12}\b(?<=\bDBS\s+certificate\b[^;\n]{0,60}\d{12})/g, "DBS certificate number"],
  // Firearm and shotgun certificate numbers, only with their label.
  [
    /\b(?:[Ss]hotgun|[Ff]irearms?)\s+[Cc]ertificate(?:\s+(?:[Nn]o\.?|[Nn]umber))?(?:\s+(?:is|was))?\s*[:,]?\s*(?:[A-Z]{1,3}[\s/-]?\d{4,8}|(?=[A-Z0-9/-]*\d{4})[A-Z]{1,4}\/[A-Z0-9/-]{4,20}|(?!(?:19|20)\d{2}\b)\d{4,8})(?![\dA-Za-z])/g,
    "firearm or shotgun certificate number",
  ],
  // A lasting power of attorney's registration with the Office of the Public Guardian names the donor.
  [
    /\b(?:OPG|LPA)\s+(?:ref(?:erence)?\.?|registration|case)(?:\s+(?:no\.?|number))?(?:\s+(?:is|was))?\s*[:,]?\s*(?=[A-Z0-9-]*\d{4})[A-Z0-9][A-Z0-9-]{6,20}(?![\dA-Za-z])/g,
    "Office of the Public Guardian (power of attorney) reference",
  ],
  // A hospital's own number for a patient ("Hospital number: RGH448127") names the patient as an NHS number does.
  [
    /\b(?:[Hh]ospital|[Pp]atient|[Mm]edical\s+records?|MRN)\s+(?:[Nn]o\.?|[Nn]umber|ID)(?:\s+(?:is|was))?\s*[:,]?\s*(?!(?:19|20)\d{2}(?![\dA-Za-z]))[A-Z]{0,4}\d{4,10}[A-Z]?(?![\dA-Za-z])/g,
    "hospital or patient number",
  ],
  // A ViSOR nominal's reference names its subject as a PNC number does; only with its label.
  [
    /\bViSOR\s+(?:nominal|ref(?:erence)?\.?|ID|no\.?|number)(?:\s+(?:ref(?:erence)?|no\.?|number))?(?:\s+(?:is|was))?\s*[:,]?\s*(?!(?:19|20)\d{2}(?![\dA-Za-z])|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\dA-Za-z]))(?:[A-Z]{2}\s)?(?=[A-Za-z0-9/-]*\d{4})[A-Za-z0-9][A-Za-z0-9/-]{4,23}(?![\dA-Za-z])/g,
    "ViSOR nominal reference",
  ],
  // A door supervisor's SIA licence: sixteen digits in fours, after its label, names its holder.
  [
    /\bSIA\s+(?:badge|licen[cs]e|card)(?:\s+(?:no\.?|number))?(?:\s+(?:is|was)(?:\s+(?:no\.?|number))?)?\s*[:,]?\s*\d{4}[\s-]?\d{4}[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g,
    "Security Industry Authority (SIA) licence number",
  ],
  // A National Referral Mechanism referral's reference names a victim of trafficking; a collar number, its officer.
  [
    /\bNRM\s+(?:ref(?:erence)?\.?|referral(?:\s+(?:ref(?:erence)?|no\.?|number))?|no\.?|number)\s*[:,]?\s*(?!(?:19|20)\d{2}(?![\dA-Za-z])|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\dA-Za-z]))(?=[A-Za-z0-9/-]*\d{4})[A-Za-z0-9][A-Za-z0-9/-]{4,23}(?![\dA-Za-z])/g,
    "National Referral Mechanism (NRM) reference",
  ],
  // A phone's IMEI identifies the handset and so its owner.
  [/\bIMEI\b[^.\d\n]{0,40}?\d{6}[\s-]?\d{2}[\s-]?\d{6}[\s-]?\d(?!\d)/g, "handset identifier (IMEI)"],
  [
    /\bcollar\s+(?:number|no\.?)(?:\s+of\s+(?:the|an?|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z]+)?(?:\s+(?:is|was))?\s*[:,]?\s*\d{3,5}(?!\d)/gi,
    COLLAR_NUMBER,
  ],
  [/\b(?:CRN[:\s]*)?[A-Z]\d{6}\b/g, "NDelius case reference number (CRN)"],
  [
    /\b(?:PNC(?:\s+(?:ID|no\.?|number))?[:\s]*)?\d{2}(?:\d{2})?\/\d{1,7}[A-Z]\b/g,
    "Police National Computer (PNC) number",
  ],
  [/\b(?:CRO(?:\s+(?:no\.?|number))?[:\s]*)?\d{1,6}\/\d{2}[A-Z]\b/g, "Criminal Records Office (CRO) number"],
  [/\b(?:(?:prison|NOMIS)\s+(?:no\.?|number)[:\s]*)?[A-Z]\d{4}[A-Z]{2}\b/g, "prison number"],
  // Only with their label: ten digits or a letter and seven digits alone are too many other things.
  [/\bNHS(?:\s+(?:no\.?|number))?(?:\s+is|\s*[:(,])?\s*\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/gi, "NHS number"],
  [
    /\b(?:Home\s+Office|HO)\s+(?:ref(?:erence)?\.?|reference\s+number|case\s+(?:ID|number))(?:\s+(?:no\.?|number))?(?:\s+(?:is|was)|\s*[:(])?\s*[A-Z]\d{7}(?:\/\d{1,3})?\b/gi,
    "Home Office reference",
  ],
  // A UK visa application's GWF reference names its applicant; "GWF" and nine digits are nothing else.
  [/\bGWF\d{9}\b/g, "visa application (GWF) reference"],
  // A National Referral Mechanism referral's number names the potential victim of modern slavery.
  [/\bNRM[-/]\d{2}[-/]\d{4,6}\b/g, "National Referral Mechanism (NRM) referral number"],
  // A staff or a member number, with its label: it names one employee or one member.
  [
    /\b(?:staff|member(?:ship)?(?:\s+card)?)\s+(?:number|no\.?)(?:\s+(?:is|was))?\s*[:,]?\s*[A-Z]{2,4}[-/]\d{2,6}(?:[-/]\d{2,6})?\b/g,
    "staff or member number",
  ],
  // A qualification's number, with its label, and a nurse's NMC PIN: each is issued to one person.
  [
    /\bqualification\s+(?:number|no\.?)(?:\s+(?:is|was))?\s*[:,]?\s*[A-Z]{2,4}[-/]\d{2,6}(?:[-/]\d{2,6})?\b/g,
    "qualification number",
  ],
  [
    /\b(?:NMC\s+PIN|PIN|(?:nursing|NMC|professional)\s+registration\s+(?:number|no\.?))(?:\s+(?:is|was))?\s*[:,]?\s*\d{2}[A-Z]\d{4}[A-Z]\b/g,
    "NMC registration number (PIN)",
  ],
  // A construction worker's CSCS card number, with its label.
  [/\bCSCS\s+card(?:\s+(?:number|no\.?))?(?:\s+(?:is|was))?\s*[:,]?\s*\d{6,10}\b/g, "CSCS card number"],
  // A library card's number, with its label: one reader's.
  [
    /\blibrary\s+card(?:\s+(?:number|no\.?))?(?:\s+(?:is|was))?\s*[:,]?\s*\d{4}\s?\d{4}\s?\d{4}\b/g,
    "library card number",
  ],
  // A driving examiner's or a coach's own number, with its label.
  [
    /\b(?:(?:DVSA\s+)?tester|coaching\s+licen[cs]e)\s+(?:number|no\.?)(?:\s+(?:is|was))?\s*[:,]?\s*[A-Z]{2,5}\d{3,9}\b/g,
    "tester or coaching licence number",
  ],
  // A tachograph driver card's number, with its label: it is issued to one driver.
  [
    /\b(?:tachograph\s+)?(?:driver\s+)?card\s+(?:number|no\.?)(?:\s+(?:is|was))?\s*[:,]?\s*(?:[A-Z]{0,3}\d[A-Z0-9]{11,15}|[A-Z]{5}\d{6}[A-Z0-9]{3,5})\b/g,
    "tachograph driver card number",
  ],
  // An animal's microchip number, with its label, names the keeper it is registered to.
  [
    /\bmicrochip\s+(?:number|no\.?)(?:\s+(?:is|was))?\s*[:,]?\s*\d{15}\b/gi,
    "microchip number (names the animal's keeper)",
  ],
  // An Afghan relocation (ARAP) case's reference names the family relocated.
  [/\bARAP[-/]\d{3,6}(?:[-/]\d{2,6})?\b/g, "Afghan relocation (ARAP) reference"],
];

// Three, three and four digits, not starting with 0 as a phone number does.
/** "a tenancy reference", "an NHS number", "an Office of the Public Guardian reference": by the sound the word opens with. */
const withArticle = (what: string) => `${/^[AEIOUaeiou]|^[FHLMNRSX][A-Z]/.test(what) ? "an" : "a"} ${what}`;
const NHS_SHAPE = /(?<![\d-])[1-9]\d{2} \d{3} \d{4}(?![\d-])/g;
const HEALTH_CONTEXT =
  /\b(?:NHS|GP|hospital|patient|surgery|clinic|medical|prescription|pharmacy|triage|emergency department|accident and emergency|A&E|ambulance|paramedics?|on the ward|ward (?:manager|sister|nurse|round))\b/i;

const EVENT_REFERENCE_BEFORE =
  /\b(?:incident|log|crime|CAD|job|call)(?:\s+(?:ref(?:erence)?|no\.?|number))?\s*[:#]?\s*$/i;
const PHONE_BEFORE = /(?:\+44|\(0\)|\b(?:tel|phone|telephone|mobile|on))[\s:.]*$/i;

/**
 * Whether ten digits can be an NHS number: the modulus 11 check digit holds, or they are in the 999 range the NHS
 * keeps for test records (what synthetic fixtures use). About ten in eleven other numbers fail.
 */
function nhsNumberShape(value: string): boolean {
  const digits = value.replace(/\D/g, "");
  if (digits.startsWith("999")) return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
}

/** PII-011: CRN, PNC, CRO and prison numbers, and labelled NHS numbers and Home Office references (formats [inferred], for SME confirmation). */
export const pii011CaseIdentifiers: BlockRule = {
  ids: ["PII-011"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    const out: Finding[] = [];
    // A DVLA number's six digits in a row: most blocks have none, and its pattern tries at every capital.
    const sixDigits = SIX_DIGITS.test(block.text);
    for (const [pattern, what] of PATTERNS) {
      if (pattern === DVLA_NUMBER && !sixDigits) continue;
      for (const m of allMatches(pattern, block.text)) {
        const from = m.index ?? 0;
        const to = from + m[0].length;
        if (out.some((f) => from < f.to && to > f.from)) continue;
        // "His crew badge number was 0356": four digits on a club's or a crew's own badge single out no one outside it,
        // unlike a licensing authority's ("The council issued badge number 6183").
        if (
          what === "licence, badge or learner number" &&
          FOUR_DIGITS_END.test(m[0]) &&
          GROUP_BADGE_BEFORE.test(block.text.slice(Math.max(0, from - 12), from + 6))
        )
          continue;
        // An officer's collar number identifies the officer at work, as a staff list does: not needed, but no one's
        // personal data.
        const collar = what === COLLAR_NUMBER;
        out.push(
          createFinding(
            "PII-011",
            collar ? "info" : severity,
            block.text,
            from,
            to,
            collar
              ? "An officer's collar number: a work identifier, not personal data, but not needed in a review."
              : `Looks like ${withArticle(what)}: remove it from the review.`,
          ),
        );
      }
    }
    // An NHS number written the NHS's way ("999 602 8815"), unlabelled, in a sentence about health care.
    for (const m of allMatches(NHS_SHAPE, block.text)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      const sentence = block.sentenceAt(from)?.text ?? block.text;
      if (!HEALTH_CONTEXT.test(sentence) || out.some((f) => from < f.to && to > f.from)) continue;
      if (PHONE_BEFORE.test(block.text.slice(Math.max(0, from - 12), from)) || !nhsNumberShape(m[0])) continue;
      // "Ambulance incident 943 476 5919", "police log 943 …": an event's reference, not a patient's number.
      if (EVENT_REFERENCE_BEFORE.test(block.text.slice(Math.max(0, from - 30), from))) continue;
      out.push(
        createFinding(
          "PII-011",
          severity,
          block.text,
          from,
          to,
          "Looks like an NHS number: remove it from the review.",
        ),
      );
    }
    return sortByFrom(out);
  },
};
