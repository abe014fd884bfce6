import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { type ContactRead, isOrganisations } from "../text/contactModel.js";
import type { TextBlock } from "../text/TextBlock.js";
import { piiSeverity } from "./piiSeverity.js";
import { allMatches } from "../engine/allMatches.js";
import { isCommonWordName, isKnownFirstName } from "../text/firstNames.js";
import {
  isMailboxTeamWord,
  isOrganisationalLocalPart,
  isServiceAcronym,
  isTownName,
  namesTeam,
} from "../text/mailboxWords.js";
import { titleCase } from "../text/titleCase.js";
import { isEnglishWord } from "../text/englishWords.js";
import { isListedSurname } from "../text/surnames.js";

const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;
const LOCAL_PART_WORDS = /[._+-]/;
// "mappa.level3@", "sfo2@": a number after a word is a mailbox's series, not part of a name.
const TRAILING_DIGITS = /\d+$/;
// The sentence calls the address a team's: "The community mental health team mailbox, cmht.saltbeck@…", "Complaints
// about the machines go to bubbles@…", "The
// Coroner's office can be reached at coroner.oxtide@…", "… to yjs.transitions@…, the team mailbox". The word must
// name the address itself, not where a person read it ("from his inbox: x@", "left the office and emailed x@").
const MAILBOX_BEFORE =
  /(?<!\b(?:his|her|their|my|your|own|personal)\s+)\b(?:(?:shed|club|centre|firm|shop|project|group|team|office|unit|service|charity|church|school)['’]s\s+e-?mail(?:\s+address)?|(?:referrals|enquiries|bookings|applications)(?=\s*:)|send\s+(?:all\s+)?(?:replies|enquiries|referrals|returns|forms)\s+to|mailbox|inbox|office|shared address|team address|generic address|(?:enquiries|queries|questions|complaints|invoices|bookings|orders|referrals|requests|applications|renewals|subscriptions|entries|payments|donations|returns|(?:membership\s+)?renewals)(?:\s+about\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+(?:went|go|should\s+go|are\s+sent|can\s+be\s+sent)\s+to)(?:\s+(?:address|email|e-mail))?(?:\s*[,:]|\s+(?:is|was|can\s+be\s+(?:reached|contacted|emailed)\s+(?:at|on|via)|at|on))?\s*$/i;
const MAILBOX_AFTER =
  /^[\s,]*(?:\(|the\s+(?:centre|team|service|project|unit|office|charity|trust|hub|clinic|practice|council|agency|organisation|school|college|hostel)['’]s\s+|the\s+|a\s+|its\s+)?(?:shared\s+|team\s+|generic\s+|functional\s+)(?:mailbox|inbox)\b/i;
// Surnames that are words for a trade or its doer: "smith", "wright", "turner", "taylor", "chapman".
const TRADE_SURNAME = /(?:er|or|man|smith|wright|ward|ard)$/;
const SURNAME_TEAM_WORDS = new Set(["ward", "court", "hall", "house", "hill", "staff", "parish"]);
// Webmail is a person's, whatever the sentence calls it.
const WEBMAIL =
  /@(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|aol|protonmail|proton|btinternet|sky|virginmedia|talktalk|gmx|mail|yandex)\./i;

/**
 * Whether a mailbox's local part is two words of the language of four letters or more run together, as a club or a
 * service names its mailbox ("filmclub", "ringsteward", "timesheets"); not where a first name starts it ("johnsmith").
 * Shorter parts make names as readily ("kid" and "brisk", "hop" and "craft").
 */
function compoundTeamWord(word: string): boolean {
  if (isEnglishWord(word)) return false;
  let found = false;
  for (let i = 4; i <= word.length - 4; i++) {
    const [first, rest] = [word.slice(0, i), word.slice(i)];
    if (!isEnglishWord(first) || !(isEnglishWord(rest) || isEnglishWord(rest.replace(/s$/, "")))) continue;
    if (isKnownFirstName(titleCase(first))) return false;
    found = true;
  }
  return found;
}

/** A word of a local part that no dictionary or list of names knows, long enough to be a place ("kilnholt", "sayle"). */
const unknownPlace = (word: string) =>
  word.length > 4 && !isEnglishWord(word) && !isKnownFirstName(titleCase(word)) && !isListedSurname(titleCase(word));

// Acronyms of a person's role, not a service's: "flo.hartley@" is the family liaison officer Hartley's.
const ROLE_ACRONYMS: ReadonlySet<string> = new Set([
  "flo",
  "vlo",
  "idva",
  "isva",
  "spo",
  "pom",
  "com",
  "dsl",
  "cpn",
  "pso",
]);
// "listings.millbrook@courts.example.org": a public body's own domain, a team's word, then the place it serves (a
// person's puts the name first: "gowdie.hatecrime@").
const PUBLIC_BODY_DOMAIN = /@(?:[\w-]+\.)*(?:courts|police|council|nhs|justice|probation)\./i;
const PUBLIC_SERVICE_WORDS: ReadonlySet<string> = new Set(["probation", "police", "council", "safeguarding", "courts"]);
const TEAM_ONLY_WORDS: ReadonlySet<string> = new Set(["team", "office", "unit", "desk", "duty", "admin", "hub"]);
// An approved premises' or a delivery unit's mailbox put after the place it serves ("loksa.ap@", "kaspi.pdu@").
const PLACE_BASE_WORDS: ReadonlySet<string> = new Set(["station", "office", "depot", "base", "hub", "branch"]);
const PLACE_FIRST_TEAM_WORDS: ReadonlySet<string> = new Set([...TEAM_ONLY_WORDS, "ap", "pdu", "omu"]);

/** The e-mail addresses in a block, and whether the written cues make each a team's mailbox. */
export function readEmails(block: TextBlock): ContactRead[] {
  return allMatches(EMAIL, block.text).map((m): ContactRead => {
    const local = m[0].split("@")[0]!.toLowerCase();
    const words = local
      .split(LOCAL_PART_WORDS)
      .map((word) => word.replace(TRAILING_DIGITS, ""))
      .filter(Boolean);
    // A team's address names the team ("victim.liaison@", "wmeps.sfo@", "eastmidlandssfo@"), or is made of
    // nothing but team words ("custody.omu@", "actionplan.updates@"); a person's names the person, by a first
    // name or an initial, or by a surname beside a team word ("k.records@", "okafor.qa@").
    // Nothing but digits ("07700900123@", "1985@") is a person's number or year, not a team.
    // "flo.team@": a team's word beside a first name's shape makes the mailbox the team's.
    const personal =
      words.length === 0 ||
      (words.some((word) => word.length === 1 || isKnownFirstName(titleCase(word))) &&
        !(words.length > 1 && words.some((word) => TEAM_ONLY_WORDS.has(word))));
    // "dunsmere.probation@", "cmht.saltbeck@": a team word and a town; not on webmail, nor beside a team word that
    // is also a surname ("hilton.ward@").
    const townTeam = !WEBMAIL.test(m[0]) && !words.some((word) => SURNAME_TEAM_WORDS.has(word));
    const compound = !WEBMAIL.test(m[0]) && words.length === 1 && words[0] === local && compoundTeamWord(local);
    // "mir.actions@" where the text says "MIR actions": the team's capitals, spelt out beside the address.
    // "asc.maesyfed@" where the text says "the adult social care team", "vcu.wishaw@" beside "the victim contact unit":
    // the words a team's capitals stand for.
    // Two letters only before the team's word: "eh.karasjok@" where the text says "environmental health team".
    const spelledOutInText = (word: string) =>
      word.length >= 2 &&
      word.length <= 5 &&
      /^[a-z]+$/.test(word) &&
      new RegExp(
        `${word.length > 2 ? `\\b${[...word].map((c) => `${c}[a-z'’-]{2,}`).join("\\s+")}(?<=\\b(?:team|service|unit|desk|office|hub|department))\\b|` : ""}\\b${[
          ...word,
        ]
          .map((c) => `${c}[a-z'’-]{2,}`)
          .join("\\s+")}\\s+(?:team|service|unit|desk|office|hub|department)\\b`,
        "i",
      ).test(block.text);
    const acronymInText = (word: string) =>
      (word.length >= 2 &&
        word.length <= 5 &&
        /^[a-z]+$/.test(word) &&
        new RegExp(`\\b${word.toUpperCase()}\\b`).test(block.text)) ||
      spelledOutInText(word);
    // "prevent.kent@" where the text says "the Prevent team": a word the text calls a team's name.
    const teamNamedInText = (word: string) =>
      /^[a-z]{3,}$/.test(word) &&
      new RegExp(`\\b${titleCase(word)}\\s+(?:team|service|unit|hub|panel|office|programme|project|desk)\\b`).test(
        block.text,
      );
    // "unpaid.work.kilnholt@": two team words, and the place they serve in a word no list knows.
    const teamWords = words.filter(
      (word) => isMailboxTeamWord(word) || teamNamedInText(word) || acronymInText(word),
    ).length;
    // "resettlement.castlehuntly@" where the text says "Resettlement desk": the team named, the rest is where it serves.
    // "listings.glenrothes@" where the text says "Glenrothes Magistrates' Court": a place the text names a body after.
    const placeNamedInText = (word: string) =>
      /^[a-z]{4,}$/.test(word) &&
      new RegExp(
        `\\b${titleCase(word)}\\s+(?:Magistrates|Crown|County|Court|Probation|Police|Council|Station|Hospital|Library|Jobcentre|Office)\\b`,
      ).test(block.text);
    // "saltney.probation@": a public service's word and one word no list knows, the place it serves.
    const placeServed = (word: string) =>
      isTownName(word) ||
      (PUBLIC_BODY_DOMAIN.test(m[0]) && teamWords >= 1 && word === words.at(-1) && unknownPlace(word)) ||
      // "loksa.ap@probation…": on a public body's domain, the place first and a team's word after it;
      // "kingsdown.station@lifeboats…": on any body's own domain, the place and its station or office.
      (words.length === 2 &&
        word === words[0] &&
        unknownPlace(word) &&
        ((PUBLIC_BODY_DOMAIN.test(m[0]) && PLACE_FIRST_TEAM_WORDS.has(words[1]!)) ||
          (!WEBMAIL.test(m[0]) && PLACE_BASE_WORDS.has(words[1]!)))) ||
      (words.length === 2 && words.some((w) => w !== word && spelledOutInText(w)) && unknownPlace(word)) ||
      (teamWords >= 1 && unknownPlace(word) && placeNamedInText(word)) ||
      ((teamWords >= 2 ||
        words.some(teamNamedInText) ||
        (words.length === 2 && words.some((w) => PUBLIC_SERVICE_WORDS.has(w)))) &&
        unknownPlace(word));
    const onlyTeamWords =
      teamWords > 0 &&
      words.every(
        (word) =>
          isMailboxTeamWord(word) ||
          isServiceAcronym(word) ||
          acronymInText(word) ||
          teamNamedInText(word) ||
          (townTeam && placeServed(word)),
      );
    // "nrm.tarnwick@", "mash.saltbeck@": a service's acronym and the town it serves.
    const serviceInTown =
      townTeam &&
      words.length === 2 &&
      words.some(isServiceAcronym) &&
      words.some((word) => isTownName(word) || (!isServiceAcronym(word) && unknownPlace(word)));
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const calledMailbox =
      !WEBMAIL.test(m[0]) &&
      (MAILBOX_BEFORE.test(block.text.slice(Math.max(0, from - 60), from)) ||
        MAILBOX_AFTER.test(block.text.slice(to, to + 40)));
    // "lots@mossantauctions…", "galas@gilsteadbaths…": one word of the language, which no one is called, on a
    // domain of its own; not "rose@", "baker@" or "turner@" (a first name, a surname, a trade's), nor webmail.
    const wordMailbox =
      !WEBMAIL.test(m[0]) &&
      words.length === 1 &&
      words[0] === local &&
      local.length >= 3 &&
      isEnglishWord(local) &&
      !TRADE_SURNAME.test(local) &&
      !isKnownFirstName(titleCase(local)) &&
      !isListedSurname(titleCase(local)) &&
      !isCommonWordName(titleCase(local));
    // "mappa.elham@", "mash.saltbeck@": a service's acronym first, then the place it serves, even a place that is also
    // a given name; a person's address puts their name first ("sam.pdu@"), and a role's is a person's ("flo.hartley@").
    const acronymFirst =
      townTeam &&
      words.length === 2 &&
      isServiceAcronym(words[0]!) &&
      !ROLE_ACRONYMS.has(words[0]!) &&
      words[1]!.length > 3 &&
      /^[a-z]+$/.test(words[1]!);
    // "fonfix@fonfix.example.co.uk": a mailbox named as its own domain is the firm's.
    const domainMailbox =
      !WEBMAIL.test(m[0]) &&
      words.length === 1 &&
      local.length >= 4 &&
      local.toLowerCase() ===
        m[0]
          .slice(m[0].indexOf("@") + 1)
          .split(".")[0]!
          .toLowerCase();
    const organisational =
      isOrganisationalLocalPart(local) ||
      wordMailbox ||
      domainMailbox ||
      acronymFirst ||
      (!personal && (namesTeam(local, words) || onlyTeamWords || serviceInTown || calledMailbox || compound));
    // The model may call an address a team's only where every word of it is a word of the language, a team's or a
    // town's, and none may be someone's name ("smith@", "baker@", "okafor.qa@", "jnp@").
    const owned =
      (personal && !domainMailbox) ||
      WEBMAIL.test(m[0]) ||
      (!domainMailbox &&
        !words.every(
          (word) =>
            (isMailboxTeamWord(word) ||
              (word.length > 3 && isTownName(word)) ||
              (isEnglishWord(word) && !TRADE_SURNAME.test(word))) &&
            !isKnownFirstName(titleCase(word)) &&
            !isListedSurname(titleCase(word)) &&
            !isCommonWordName(titleCase(word)),
        ));
    return { from, to, byCues: organisational, owned };
  });
}

/** PII-009: email addresses; personal ones warn, organisational mailboxes are info. */
export const pii009Email: BlockRule = {
  ids: ["PII-009"],
  run(block, ctx) {
    const base = piiSeverity(ctx);
    if (!base || !block.text.includes("@")) return [];
    return readEmails(block).map((read) => {
      const organisational = isOrganisations(block.text, read, "email");
      return createFinding(
        "PII-009",
        organisational ? "info" : base,
        block.text,
        read.from,
        read.to,
        organisational ? "Mailbox address: not needed in a review." : "Personal email address: remove it.",
      );
    });
  },
};
