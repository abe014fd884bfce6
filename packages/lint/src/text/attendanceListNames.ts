import { allMatches } from "../engine/allMatches.js";

/**
 * The label of a list of people: a meeting's attendance in minutes ("Present:", "Apologies:", "Chaired by", a pasted
 * row "Present | GT (YOT) | LS (leaving care)", "MAPPA level 3 attendance:"), the
 * witnesses or interviewees of a review, the staff on a shift, a document's or an e-mail's distribution ("cc:", "Distribution:"), and who
 * runs or owns something ("Facilitator:", "Trainer:", "Owner:").
 */
const LIST_LABEL =
  /\b(?:(?:Present on \d{1,2} [A-Z][a-z]+(?: \d{4})?|(?:(?:[Dd]oor|[Nn]ight|[Dd]ay|[Bb]ar|[Ss]hop) )?(?:[Ss]taff|[Ww]orkers|[Pp]ickers|[Cc]rew) on (?:shift|duty)(?:,? (?:on )?\d{1,2} [A-Z][a-z]+(?: \d{4})?| this week| tonight| today)?|(?:Night|Day|Late|Early) (?:pickers|packers|drivers|workers|cleaners|stewards)(?: this week| tonight| today)?|Staff on|On (?:shift|duty)|(?:Night|Day|Waking night|Sleep-in|Ward) staff|Present|Apologies|Attendees|Attending|In attendance|[Aa]ttendance(?: (?:list|sheet))?(?: (?:for|at) the [a-z-]+(?: [a-z-]+){0,2})?|[Aa]ttendance, [a-z'’-]+(?: [a-z'’-]+){0,3}(?: \d{1,2} [A-Z][a-z]+(?: \d{4})?)?|Sign-in(?: sheet| book| log)?|Signing-in (?:sheet|book)|[Aa]ttendees|[Aa]ttendance|(?:Friends|Guests|Others|Those|People) present(?: (?:that|on the) [a-z]+)?|(?:Volunteers|Residents|Witnesses|Friends|Staff)['’]? names|[Vv]olunteers|Panel members|Panel|[Rr]eview panel|Known associates|Associates|(?:[Gg]roup )?[Cc]hat members|Witness availability|(?:Staff|Passenger|Visitor|Guest|Crew) list, [a-z]+(?: [a-z]+){0,2}|Passenger list|Members|Team members|Staff list|Staff|Key ?workers|Keyworkers|Case ?workers|Chair|Minute[- ]taker|Witnesses|Witness(?: \d{1,2}| list)?|Witnesses (?:listed|named|interviewed|spoken to)|Interviewed|[Pp]eople interviewed|Interviewees|Interviews|Distribution|Circulation|cc|Cc|CC|Copied to|Facilitators?|Trainers?|Presenters?|Speakers?|[Cc]onductors?|[Dd]irectors?|[Uu]mpires?|[Rr]eferees?|Owners?|Lead|Author|Reviewer|Countersigner|[Ss]upervisor|[Cc]all handler|[Cc]aller|[Oo]fficer|[Tt]utor|[Kk]ey ?worker|[Cc]ase ?worker|[Ee]mergency contact|[Nn]ext of kin|[Ff]ather|[Mm]other|[Ss]tepfather|[Ss]tepmother|[Bb]rother|[Ss]ister|Son|Daughter|Partner|Complainer|Complainant|Cousin|Aunt|Uncle|Grandmother|Grandfather|Niece|Nephew|Action owner|(?:Night|Day|Duty|Support|Agency|Relief) worker|(?:Raised|Logged|Reported|Recorded|Entered|Submitted|Compiled|Prepared|Completed) by|(?:Officers|Staff|People|Those) attending|(?:Staff|Crew|Shift) sheet|(?:Committee|Board|Club|Church|Mosque|Trustee) members(?: on the [a-z]+| present)?|(?:Reception|Desk|Night|Weekend|Holiday) cover(?: on \d{1,2}\/\d{1,2}(?:\/\d{2,4})?| on \d{1,2} [A-Z][a-z]+)?|(?:Training|Course|Contact|Mailing|Invite|Invitation|Guest|Sign-up) list|[Rr]eferrer|(?:[A-Za-z]+['’]s )?[Cc]ountersignature|VLO|FLO|SPO|COM|POM|IDVA|ISVA|(?:Attendees|Attendance|Attending|Apologies|Present|Staff|Volunteers|Witnesses|Panel|Review panel),? (?:on )?\d{1,2} [A-Z][a-z]+(?: \d{4})?)\s*:|(?:Present|Apologies|Attendees|Attending|In attendance|Attendance)\s*\||(?:Chaired|Minuted|Minutes taken) by)[ \t]*/g;
const PEOPLE_ONLY =
  /^(?:(?:Committee|Board|Club|Church|Mosque|Trustee) members|(?:Reception|Desk|Night|Weekend|Holiday) cover|(?:Officers|Staff|People|Those) attending|(?:Staff|Crew|Shift) sheet|Passenger list|Known associates|Associates|(?:[Gg]roup )?[Cc]hat members|Witness availability|Witnesses(?: (?:listed|named|interviewed|spoken to))?|[Vv]olunteers|Witness(?: list)?|Interviewed|[Pp]eople interviewed|Interviewees|(?:Friends|Guests|Others|Those|People) present|(?:Volunteers|Residents|Witnesses|Friends|Staff)['’]? names|(?:(?:[Dd]oor|[Nn]ight|[Dd]ay|[Bb]ar|[Ss]hop) )?(?:[Ss]taff|[Ww]orkers|[Pp]ickers|[Cc]rew) on|(?:Night|Day|Late|Early) (?:pickers|packers|drivers|workers|cleaners|stewards)|On (?:shift|duty)|(?:Night|Day|Waking night|Sleep-in|Ward) staff)\b/;
// The staff on a shift may be listed by their kind ("Bank, Agency, Sleep-in"): each must read as a person.
const STAFF_LIST =
  /^(?:(?:(?:[Dd]oor|[Nn]ight|[Dd]ay|[Bb]ar|[Ss]hop) )?(?:[Ss]taff|[Ww]orkers|[Pp]ickers|[Cc]rew) on|(?:Night|Day|Late|Early) (?:pickers|packers|drivers|workers|cleaners|stewards)|On (?:shift|duty)|(?:Night|Day|Waking night|Sleep-in|Ward) staff)\b/;
const INITIALS = /^[A-Z]{2,3}$/;
// A practitioner's field by the role's capitals ("VLO: Kolskegg"): always a person, however the name is shaped.
const ROLE_CODE_FIELD = /^(?:VLO|FLO|SPO|COM|POM|IDVA|ISVA)\b/;
const VENUE_WORD = /^(?:Room|Suite|Hall|Centre|House|Court|Building|Office|Ward|Unit|Chapel|Library)$/;

// One person's field in a log or a form ("supervisor: Tetteh", "Call handler: Sirkka Vanhala"): one word is enough,
// where `isFieldPerson` says the words are a person's ("Caller: Neighbour" and "Call handler: Control Room" are not).
const ONE_PERSON =
  /^(?:[Ss]upervisor|[Cc]all handler|[Cc]aller|[Oo]fficer|[Tt]utor|[Kk]ey ?worker|[Cc]ase ?worker|[Ee]mergency contact|[Nn]ext of kin|[Ff]ather|[Mm]other|[Ss]tepfather|[Ss]tepmother|[Bb]rother|[Ss]ister|Son|Daughter|Partner|Complainer|Complainant|Cousin|Aunt|Uncle|Grandmother|Grandfather|Niece|Nephew|Action owner|(?:Night|Day|Duty|Support|Agency|Relief) worker|(?:Raised|Logged|Reported|Recorded|Entered|Submitted|Compiled|Prepared|Completed) by|[Rr]eferrer|(?:[A-Za-z]+['’]s )?[Cc]ountersignature|VLO|FLO|SPO|COM|POM|IDVA|ISVA)\b/;
/** A list ends with its sentence or its line. */
// Not after a title or an initial ("Present: Prof. S. Blotter (chair), RE, WI").
const LIST_END = /(?<!\b(?:Prof|Dr|Mr|Mrs|Ms|Mx|Revd|Rev|St|Cllr|[A-Z]))[.!?](?=\s+\p{Lu}|\s*$)|\n/u;
/** A role or identifier in brackets after a name ("(SPO1, chair)"): blanked out, keeping offsets. */
const BRACKETED = /\([^()]*\)/g;
const TOKEN = /\S+/g;
const TRAILING_SEPARATOR = /[,;]+$/;
// "Staff: HA.": initials closing the list keep their full stop, which the list's end does not take for an initial's.
const LAST_INITIALS_STOP = /(?<=\b[A-Z]{2,3})\.(?=\s*$)/;

/**
 * The people of an attendance list, each of two or three words that `isNamePart` accepts: in
 * "Present: Wojciech Nowicki (SPO1, chair), Niamh O'Driscoll (PP2) and Haruka Ishikawa (housing)"
 * the names, not the roles. A titled entry ("DS Ffion Garrick") fails `isNamePart` on its title and
 * is left to the titled-name pass; agencies ("Police", "Children's Services") are one word or fail it.
 */
export function attendanceListNames(
  text: string,
  isNamePart: (word: string) => boolean,
  isFieldPerson: (words: readonly string[]) => boolean,
  isLoneName: (word: string) => boolean = () => false,
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  // Every label ends with a colon or a bar, or is "Chaired by", "Minuted by" or "Minutes taken by".
  if (!(text.includes(":") || text.includes("|") || text.includes("ed by") || text.includes("taken by"))) return out;
  for (const label of allMatches(LIST_LABEL, text)) {
    const start = label.index + label[0].length;
    // Witnesses and interviewees are people, so one word is a name there ("Witnesses: Carver, Kwok Lok-yin and
    // Abshir"); a meeting's attendance may list agencies ("Present: Police, Housing and PP2").
    const onePerson = ONE_PERSON.test(label[0]);
    const staffList = STAFF_LIST.test(label[0]);
    const fewest = PEOPLE_ONLY.test(label[0]) || onePerson ? 1 : 2;
    const rest = text.slice(start);
    const end = LIST_END.exec(rest)?.index ?? rest.length;
    const list = rest
      .slice(0, end)
      .replace(BRACKETED, (bracketed) => " ".repeat(bracketed.length))
      .replace(LAST_INITIALS_STOP, " ");
    let group: { from: number; to: number }[] = [];
    const close = () => {
      if (group.length === 0) return;
      const words = group.map(({ from, to }) => text.slice(from, to));
      // Minutes list people by their initials too ("Present: Prof. S. Blotter (chair), RE, WI").
      const initials = words.length === 1 && INITIALS.test(words[0]!);
      // "Present: Deryn, Ugo": one word no dictionary or list of bodies knows is a name, wherever agencies may be listed.
      const lone = words.length === 1 && isLoneName(words[0]!);
      // A shift's staff may be a kind ("Bank, Agency"), but initials or a word no dictionary knows are a person there
      // ("Night worker: MK", "staff on duty: Paulinka and G. Moresby").
      const notPerson =
        (onePerson || staffList) &&
        !isFieldPerson(words) &&
        !initials &&
        !(lone && (staffList || ROLE_CODE_FIELD.test(label[0])));
      // "Training list: stalking awareness, Weaverham Room": where, not who.
      const venue = VENUE_WORD.test(words.at(-1)!);
      if ((group.length >= fewest || initials || lone) && group.length <= 3 && !notPerson && !venue)
        out.push({ from: group[0]!.from, to: group.at(-1)!.to });
      group = [];
    };
    let accepted = true;
    for (const token of allMatches(TOKEN, list)) {
      const word = token[0].replace(TRAILING_SEPARATOR, "");
      if (word === "and" || word === "&" || word === "|" || word === "") {
        if (accepted) close();
        group = [];
        accepted = true;
        continue;
      }
      const from = start + token.index;
      if (accepted && isNamePart(word)) group.push({ from, to: from + word.length });
      else accepted = false;
      if (word.length < token[0].length) {
        if (accepted) close();
        group = [];
        accepted = true;
      }
    }
    if (accepted) close();
  }
  return out;
}
