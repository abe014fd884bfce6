import { signedInPostBefore } from "../text/signedInPost.js";
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { type ContactRead, isOrganisations } from "../text/contactModel.js";
import { hasWordStartingWith } from "../engine/findPhrases.js";
import type { TextBlock } from "../text/TextBlock.js";
import { piiSeverity } from "./piiSeverity.js";
import { allMatches } from "../engine/allMatches.js";
import { sortByFrom } from "../engine/sortByFrom.js";

const STREET =
  "(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Way|Crescent|Gardens|Grove|Place|Terrace|Court|Square|Hill|Rise|View|Walk|Mews|Park|Row|Parade|Green|Vale|Fields?|Mount|Meadows?|Wharf|Quay|Estate|Yard|Cottages|Villas|Buildings|Heights|Chase|Croft|Gate|Path|Wynd|Boulevard|Broadway|Circus|Embankment|Approach|Ridge|Dale|Glade|Brow|Lea|Promenade|Passage)";
// Not the last group of a phone number before a street ("AP office: 0191 496 2292, Kirkandrews Street"), nor a sum's
// pence ("cash withdrawal 200.00, Utena Road ATM"), nor a numbered thing's number ("Channel 2, Glazeley Road depot").
const HOUSE = new RegExp(
  `(?<!\\d[ -]|\\d[.,]|\\b(?:[Ww]eek|[Ww]k|[Pp]age|[Rr]ow|[Ii]tem|[Ll]ot|[Ss]eat|[Bb]ay|[Gg]ate|[Pp]latform|[Rr]oute|[Tt]able|[Ee]xit|[Ee]ntrance|[Ll]evel|[Ff]loor|[Zz]one|[Pp]itch|[Cc]hannel|[Tt]rack|[Dd]oor|[Ss]tand|[Aa]isle|[Pp]hase|[Ss]tage|[Cc]lass|[Gg]roup|[Cc]rew|[Rr]ound|[Ss]hift|[Ww]agon|[Ll]orry|[Tt]ruck|[Bb]us|[Vv]an|[Rr]ide|[Cc]amera)\\s)\\b(?:(?:Flat|Apartment|Unit)\\s+\\d+[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?(?:-\\d{1,4}[A-Za-z]?)?,?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}${STREET}\\b(?:,\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?`,
  "gu",
);
// Welsh street names put the street's word first ("9 Stryd y Castell", "8 Heol Pen y Bont", "3 Ffordd Caerdydd"),
// and, to be told from "10 Maes Awards", are followed by a town.
const WELSH_HOUSE =
  /\b(?:(?:Flat|Fflat)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+(?:Stryd|Heol|Ffordd|Lôn|Rhodfa|Teras|Cilgant|Maes|Plas|Stad)(?:\s+(?:y|yr|'r|\p{Lu}[\p{L}'’-]+)){1,4}(?=,\s*\p{Lu})(?:,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;
// A named house before a street, with no number, where someone lives or stays ("living alone at The Old Chapel,
// Moss Lane, Kelderby", "stayed at Rowan Cottage, Back Lane"): the house name opens with "The" or ends with a
// building word, so a list of names ("Denton Burke, Dolet Hill") is not one, and the cue before it keeps out
// institutions ("The Civic Centre, Castle Hill Road", "County Hall, Market Street").
const HOUSE_WORD =
  "(?:House|Cottage|Cottages|Farm|Farmhouse|Chapel|Lodge|Barn|Mill|Manor|Villa|Bungalow|Rectory|Vicarage|Grange|Flats|Mansions|Stables)";
// The lookaheads before the lookbehinds below only let positions through where a match can start: tried first,
// they save a lookbehind at every other position.
// Every named house follows one of these words (its pattern's lookbehind): a block with none skips the pattern.
const NAMED_HOUSE_CUES = ["live", "living", "stay", "moved", "reside", "residing", "home", "address"];
const NAMED_HOUSE = new RegExp(
  `(?=\\p{Lu})(?<=\\b(?:(?:lives?|lived|living|stay(?:s|ed|ing)?|moved|resides?|resided|residing)(?:\\s+\\p{Ll}+){0,2}\\s+(?:at|to|into)|(?:home|address)(?:\\s+(?:is|was))?(?:\\s+at|:|,)?)\\s)(?:The\\s+(?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s+){0,2}\\p{Lu}\\p{Ll}[\\p{L}'’-]*|(?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s+){1,2}${HOUSE_WORD}),\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}${STREET}\\b(?:,\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?`,
  "gu",
);
// Case notes write addresses in lower case too ("staying at his nan's at 8 brook st"): a house number after a
// preposition, one or two street-name words that are not function words ("in 2019 on the road" is not one), and a
// street word.
const LOWER_HOUSE =
  /(?=\d)(?<=\b(?:at|on|to|from|in|of)\s)\d{1,3}[a-z]?,?\s+(?:(?!(?:on|in|at|the|a|an|of|to|by|for|from|with|his|her|their|main|side|back|same|busy|quiet)\s)[a-z][a-z'’-]+\s+){1,2}(?:street|st|road|rd|avenue|ave|crescent|terrace|mews|lane)\b/g;
const FLAT = /\b(?:Flat|Apartment)\s+\d+[A-Za-z]?\b/g;
const FLAT_BUILDING_AFTER = new RegExp(
  `^,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}(?:${HOUSE_WORD}|Court|Tower|Towers|Heights|Point|Buildings|Block)\\b(?:,\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?(?=[,.;]|\\s+\\p{Ll}|$))?`,
  "u",
);
const FLAT_ADDRESS_BEFORE =
  /\b(?:address(?:\s+(?:is|was))?(?:\s+given)?(?:\s+as)?|left\s+at|posted\s+(?:to|through)|living\s+at|stay(?:s|ed|ing)?\s+at)\s*:?\s*$/i;
// "Flat 9", "Room 6" or "Unit 4" is an address only as part of one ("Room 6, 40 Station Road", or after "lives at"):
// these spans must merge with another. Alone it says which door in a block ("the tenant in Flat 9 complained").
const ROOM = /\b(?:Room|Unit|Studio)\s+\d+[A-Za-z]?\b/g;
// "Committee Room 2, Tewkesbury Road": a room where people meet, in a public building; no one's home.
const MEETING_ROOM_BEFORE =
  /\b(?:Committee|Meeting|Interview|Conference|Consulting|Consultation|Function|Training|Board|Visits|Visiting|Seminar|Lecture)\s+(?:Room\s+)?$/i;
// "02:00, Minsterley Park": a time's minutes, not a house's number.
const REFERENCE_BEFORE = /[/:-]$/;
const NUMBERED_PLACE_BEFORE =
  /\b(?:Stop|stop|Peg|peg|Pitch|pitch|Bay|bay|Stand|stand|Route|route|room|courtroom|Court|court|Courtroom|Screen|Platform|platform|Gate)\s$/;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g;
// A what3words address names a three-metre square: a home as exactly as a postcode does, or more.
const WHAT3WORDS = /(?:\/\/\/|\bwhat3words(?:\s+(?:address|location|reference))?\s*:?\s*)\p{Ll}+\.\p{Ll}+\.\p{Ll}+\b/gu;
// Not a date or a time: "was moved to 2 April", "Stop 14 was moved to 3.45pm", "moved to 19/01/2026".
const LIVES_AT =
  /\b(?:lives|lived|living|resides|resided|residing|moved)\s+(?:at|to)\s+(?=\d(?!\d?(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d?[.:]\d{2}(?!\d)|\d?\s*[ap]\.?m\b|\d?[/.-]\d{1,2}[/.-]\d{2,4}\b)|(?:Flat|Apartment)\b)/gi;
// What may sit between two parts of one address: house names, numbers, towns and commas ("Flat 11, Sandpiper House, Anytown").
const ADDRESS_GAP = /^[\s,]*(?:(?:\p{Lu}[\p{L}'’-]*|\d{1,4}[A-Za-z]?)[\s,]+){0,6}$/u;

interface AddressSpan {
  from: number;
  to: number;
  firm: boolean;
}

/** Adds [from, to) to the address spans, joining it to one it touches or nearly touches. */
function addAddress(spans: AddressSpan[], from: number, to: number, firm = true): void {
  const overlap = spans.find((s) => from <= s.to + 2 && to >= s.from - 2);
  if (overlap) {
    overlap.from = Math.min(overlap.from, from);
    overlap.to = Math.max(overlap.to, to);
    overlap.firm ||= firm;
  } else spans.push({ from, to, firm });
}

/** The addresses and postcodes in a block, and whether the written cues make each an organisation's or someone's home. */
export function readAddresses(block: TextBlock): ContactRead[] {
  const out: ContactRead[] = [];
  const spans: AddressSpan[] = [];
  const namedHouse = hasWordStartingWith(block.text, NAMED_HOUSE_CUES);
  for (const pattern of [HOUSE, WELSH_HOUSE, NAMED_HOUSE, LOWER_HOUSE, POSTCODE, WHAT3WORDS])
    for (const m of pattern === NAMED_HOUSE && !namedHouse ? [] : allMatches(pattern, block.text)) {
      // "case number TL/25/0744, Tollbury Crown Court": the end of a reference, not a house's number.
      if (pattern === HOUSE && REFERENCE_BEFORE.test(block.text.slice(Math.max(0, (m.index ?? 0) - 1), m.index)))
        continue;
      // "Stop 4, Mudgeworth Green", "Court 1, Lewes Crown Court": a route's stop, a peg, a pitch or a courtroom numbered, not a house.
      if (pattern === HOUSE && NUMBERED_PLACE_BEFORE.test(block.text.slice(Math.max(0, (m.index ?? 0) - 12), m.index)))
        continue;
      if (pattern === HOUSE && MEETING_ROOM_BEFORE.test(block.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index)))
        continue;
      addAddress(spans, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
  for (const pattern of [FLAT, ROOM])
    for (const m of allMatches(pattern, block.text)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      if (pattern === ROOM && MEETING_ROOM_BEFORE.test(block.text.slice(Math.max(0, from - 14), from))) continue;
      // A flat in a named building, with the building and its town ("Flat 3, Wexcombe House, Leeds"), or given as an
      // address ("His address was Flat 3", "card left at Flat 2B").
      const building = pattern === FLAT ? FLAT_BUILDING_AFTER.exec(block.text.slice(to, to + 80)) : null;
      const given = pattern === FLAT && FLAT_ADDRESS_BEFORE.test(block.text.slice(Math.max(0, from - 40), from));
      addAddress(spans, from, to + (building?.[0].length ?? 0), building !== null || given);
    }
  for (const m of allMatches(LIVES_AT, block.text)) {
    const start = (m.index ?? 0) + m[0].length;
    // "lives at Flat 3 with his mother": the flat, not the rest of the clause.
    const flat = spans.find((s) => s.from === start);
    if (flat) flat.firm = true;
    else addAddress(spans, start, start + (/^[^,.;]+/.exec(block.text.slice(start))?.[0].length ?? 0));
  }
  // One contiguous address is one finding: join parts separated only by house names, towns and commas.
  sortByFrom(spans);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && ADDRESS_GAP.test(block.text.slice(last.to, span.from))) {
      last.to = Math.max(last.to, span.to);
      last.firm ||= span.firm;
    } else merged.push({ ...span });
  }
  for (const { from, to } of merged.filter((s) => s.firm)) {
    // "… the centre's address, 9 …, was his licence address": someone lives there after all.
    const after = block.text.slice(to, to + 80);
    // "Netherhall House, 4 Camerton Street, Seascale BJ71 2HQ." and nothing more: a named house is a home.
    const namedHouseAlone =
      NOTHING_AFTER.test(after) && BUILDING_LETTERHEAD_BEFORE.test(block.text.slice(Math.max(0, from - 60), from));
    const home = RESIDENCE_AFTER.test(after) || livesThere(block.text, from) || namedHouseAlone;
    const byCues =
      (officeAddressAt(block.text, from) ||
        signedInPostBefore(block.text.slice(Math.max(0, from - 200), from)) ||
        PREMISES_AFTER.test(after) ||
        ORGANISATION_AFTER.test(after) ||
        (OFFICE_BUILDING_INSIDE.test(block.text.slice(from, to)) && !livesThere(block.text, from)) ||
        PUBLIC_OR_BUSINESS_SITE.test(block.text.slice(from, to)) ||
        (BUSINESS_UNIT_START.test(block.text.slice(from, to)) && !livesThere(block.text, from)) ||
        PUBLIC_OR_BUSINESS_SITE_BEFORE.test(block.text.slice(Math.max(0, from - 40), from)) ||
        (WORKPLACE_BEFORE.test(block.text.slice(Math.max(0, from - 90), from)) && !livesThere(block.text, from)) ||
        (OFFICE_LINE_AFTER.test(after) &&
          BUILDING_LETTERHEAD_BEFORE.test(block.text.slice(Math.max(0, from - 60), from)))) &&
      !RESIDENCE_AFTER.test(after);
    out.push({ from, to, byCues, owned: home });
  }
  return out;
}

/** PII-007: addresses and postcodes; "his partner's home" or "approved premises" pass. */
export const pii007Address: BlockRule = {
  ids: ["PII-007"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    return readAddresses(block).map((read) => {
      const office = isOrganisations(block.text, read, "address");
      return createFinding(
        "PII-007",
        office ? "info" : severity,
        block.text,
        read.from,
        read.to,
        office
          ? "An organisation's office address: no one's personal data, but not needed in a review."
          : 'Address or postcode: describe the place generically ("his partner\'s home").',
      );
    });
  },
};

// "The office address on the letterhead is Mossgrave House, 40 …", "our offices are at 40 …", "the club's address is
// Kiraly's Boxing Club, 3 …", "the firm's address on the reference is Hallworth & Sons, 9 …", "the agency's office is
// at Kestrelway Recruitment, Unit 6, …": an explicit cue, then the address (after a building's name at most). Plain
// "the office at …" may be anyone's workplace or home; "the bakery at 10 …", "the testing laboratory at 4 …" are a business's.
// "Duty line 0191 …; Urretxu House, 2 …", "Market office: 0191 …, auctions@…, Loctudy Quay, …": a line or a mailbox no
// home has, then the address. "Reporting: fortnightly at Scuol House, …": where someone reports, an office.
// "Police station: Kizhinga WF9 1PY": a station's, labelled.
const OFFICE_BEFORE =
  /\b(?:[Oo]ffice\s+address|[Pp]lacement\s+address|[Pp]remises['’]?\s+address\s+is|[Rr]egistered\s+office|[Ll]etterhead|[Hh]eadquarters|[Oo]ur\s+offices?|(?:PDU|team|[Tt]eam's|service's|[Pp]robation)\s+offices?\s+(?:is|are|was|were)|(?:[Pp]olice|[Ff]ire|[Aa]mbulance)\s+station(?=\s+(?:is|was)\s+at)|\b(?:service|centre|clinic|hub|charity|project|surgery|shop|store|branch|depot|warehouse|showroom|salon|practice|site|track|rink|studio|gym|hall|library|mosque|gurdwara|temple|synagogue|hotel|clubhouse|pub|restaurant)(?=\s+(?:is|was)\s+at)|\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,3}(?:unit|team|office)(?=\s+(?:is|was)\s+at)|(?<!\b(?:above|over|behind|beside|opposite|near|by|next\s+to)\s+)\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:bakery|shop|laboratory|lab|café|cafe|pub|garage|pharmacy|chemist|surgery|clinic|depot|warehouse|salon|takeaway|factory|workshop|supermarket|bank|library|gym)\s+at|(?:^|[.;]\s+)(?!(?:His|Her|Their|My|Your|Our|The)\s)(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:[\p{Ll}-]+\s+){0,3}(?:office|reception|registry)(?=\s*[:,])|[Gg]round\s+address|\bits\s+offices?\s+(?:is|are|was|were)|\b\p{Ll}+\s+(?:manager|director|officer|clerk|co-?ordinator|administrator|registrar|warden|superintendent|inspector|sergeant)['’]s\s+office\s+(?:is|was)|\btrades\s+as\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}\p{Lu}[\p{L}'’&-]*|[Pp]robation\s+office(?=\s*:)|(?:^|[.;]\s+)[Pp]olice\s+station(?=\s*:)|(?:^|[.;]\s+)(?:(?:Site|Head|Main|Park|Booking|Sales|Estate|Farm|Yard|Depot|Club|Branch|Parish|Church|AP|PDU|OMU|Hostel|Team)\s+)?[Oo]ffices?(?=\s*:)|(?:^|[.;!?]\s+)(?:(?:The|Our)\s+)?[Oo]ffices?\s+(?:is|are)(?:\s+at)?(?=\s)|(?:^|[.;]\s+)(?:\p{Lu}[\p{L}'’-]*\s+)?(?:(?:[Dd]uty|[Oo]ffice|[Mm]ain|[Rr]eception|[Ss]witchboard)\s+(?:line|number|phone)|[Ff]ront\s+desk)(?=\s*:?\s*(?:\+44\s?|0)\d)|(?:^|[.;]\s+)[Rr]eporting\b[^.;\n\d]{0,30}\bat|(?:^|[.;]\s+)(?!(?:His|Her|Their|My|Your|Our|The)\s)(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5})\s+(?:\p{Ll}+\s+){0,2}(?:unit|team|service|hub)(?=\s*,)|(?:^|[.;]\s+)(?!(?:His|Her|Their|My|Your|Our|The)\s)(?:\p{Lu}[\p{L}'’-]*\s+(?:&\s+)?){1,3}(?:tattoo\s+|hair\s+|nail\s+|beauty\s+)?(?:studio|salon|launderette|laundrette|garage|workshop|bakery|pharmacy|café|cafe|takeaway|pizzeria|restaurant|barbers?)(?=\s*,)|(?:^|[,;:]\s*)(?:depot|yard|warehouse|showroom|branch|works)\s+at|\b(?:office|clinic|surgery)\s+(?:visit|appointment|meeting)s?\s+at|(?<=\p{Lu}\p{Ll}+\s+)(?:(?:benefit|job|day|community|health|advice|resource|visitor|visitors|contact|call)\s+centre|food\s?bank|(?:circuit|parish|diocesan|district|regional|area|county|site|estate|head)\s+office|[Pp]robation\s+office|(?:[Pp]olice|[Ff]ire|[Aa]mbulance)\s+station)(?=\s*,)|(?:centre|office|club|clinic|surgery|service|team|depot)\s+address(?:\s+for\s+(?:[\p{Ll}-]+\s*){1,3})?(?=\s*:)|(?:club|firm|company|business|shop|gym|pub|school|college|church|mosque|charity|practice|surgery|agency|employer|centre|clinic)['’]s\s+address|(?:agency|employer|firm|company|business|charity|council|club|coroner|court|probation|police|provider|contractor|supplier|Trust|Charity|Council|Service|Project|Foundation|Agency|Association|Haulage|Logistics|Transport|Coaches|Motors|Ltd|Limited)['’]s\s+(?:(?:head|regional|local|main|area)\s+)?(?:offices?|yard|depot|warehouse|workshop)\s+(?:is|are|was|were)|\b(?:[Dd]uty|[Oo]ffice|[Tt]eam|[Dd]esk|[Ss]ervice|[Uu]nit)\s+can\s+be\s+(?:reached|contacted|called|rung)\s+on\s+0(?!7)\d[\d ]{8,13}\d\s+at)(?:\s+on\s+the\s+(?:letterhead|reference|website|invoice|form))?(?:\s+(?:is|are|was|were))?(?:\s+at)?\s*[:,]?\s*(?:(?:\+44\s?|0)\d[\d ]{8,13}\d\s*[;,]\s*)?(?:[\w.+-]+@[\w.-]+\.[a-z]{2,}\s*[;,]\s*)?(?:(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,3},\s*){0,2}(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;
// An organisation's name and a comma straight before the address, as on a letterhead ("Probation Service, Mossgrave
// House, 40 …", "Saltbeck CMHT, Weir House, 6 …", "Saltbeck General Hospital, 2 …"): a service's word after at least
// one word of its name; a landlord's too ("Ellerholt Homes, 40 …"). Not "the Council, 14 …" or "MAPPA, 14 …", nor a
// role, a kind of care or a block of flats ("Support Worker, …", "Foster Care, …", "Kestrel Court, …").
export const LETTERHEAD_WORDS =
  "(?:Scheme|Paintball|Karting|Heating|Plumbing|Plumbers|Electricians|Farm\\s+Park|Wildlife\\s+Park|Country\\s+Park|Picture\\s+House|Service|Council|Trust|Unit|Campus|Wash|Project|Bar|Bingo|Casino|Arcade|Print|Printers|Printing|Exchange|Crematorium|Cemetery|Lets|Zoo|Aquarium|Farriery|Vets|Kennels|Cattery|Stables|Riding School|Theatre|Cinema|Playhouse|Museum|Gallery|Library|Stadium|Arena|(?:Church|Village|Community|Parish|Market|Memorial|Scout|Drill)\\s+Hall|Advice|Board|Pharmacy|Surgery|Clinic|Police|Constabulary|Prison|Directorate|Tribunal|Hospital|Infirmary|CMHT|CAMHS|NHS|PDU|YOS|YOT|Homes|Housing|Lettings|Mosque|Church|Chapel|Gurdwara|Temple|Centre|Staffing|Recruitment|Buses|Coaches|Taxis|Motors|Garage|Grill|Café|Cafe|Bakery|Ltd|Limited|Hire|Solicitors|Hotel|Inn|Arms|Tavern|Pizzeria|Restaurant|Diner|Bistro|Takeaway|Launderette|Laundrette|Depot|Gym|Glassworks|Ironworks|Brickworks|Tap|Taproom|Brewery|Transport|Fuel|SARC|Bank|Mutual|Insurance|Monitoring|Department|Foods|Fuels|Chandlery|Mart|Mission|Mediation|Outreach|(?:Women['’]s|Victim|Legal|Citizens['’]?\\s+Advice|Family)\\s+Aid|(?:Medical|Dental|Veterinary|GP)\\s+Practice|(?:Home|Tree|Lawn|Garden|Pet|Foot|Skin|Car)\\s+Care|Growers|Nurseries|Produce|Packers|Advocacy|Mentors|Mentoring|Works|Recovery|Shelter|Office|Association|Logistics|Hub|Union|Club|LLP|Repairs|Chambers|Supermarket|Store|Stores|Masjid|Mandir|Synagogue|Cathedral|Care Home|Nursing Home|probation office|police station|approved premises|Approved Premises|(?:Magistrates['’]?|Crown|County|Family|Youth|Coroner['’]?s['’]?) Court)";
// A school's name before its address (or before its street and town, then its postcode: "Softley Primary School,
// Church Lane, Softley DL35 6PS"), unless the address is placed by it ("a flat opposite Ouzelbrook Primary
// School, 6 …", "after leaving Crossmere College, 4 …").
const SCHOOL_BEFORE =
  /(?<!\b(?:opposite|near|beside|outside|behind|to|from|leaving|past|by|of)(?:\s+the)?)(?<!\p{Lu}[\p{L}'’&-]*)(?:^|[\s(])(?:\p{Lu}[\p{L}'’&-]*\s+){1,3}(?:School|Academy|Nursery|College|University),\s*(?:(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*){1,2}\p{Lu}[\p{L}'’-]*\s+)?$/u;
// Where meetings are held, by a building's name: "Conferences are held at Garganey House, 9 …" (not "were held at
// 14 Linnet Close, the family home").
// "Room: Vangaindrano Room, Ankazobe House, Moramanga …", "kept in the parish office, Tsiafahy Hall, Moramanga …": a
// meeting's room, or a body's office, by its building's name.
const VENUE_BEFORE =
  /\b(?:[Cc]onferences|[Mm]eetings|[Pp]anels|[Hh]earings|[Ss]essions|[Cc]lasses)\s+(?:are|were)\s+held\s+at\s+(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*$|(?:^|[.;]\s*)(?:Approved\s+premises|AP|Hostel|(?:[\p{L}-]+\s+){0,2}(?:footer|header|letterhead))\s*:\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*){0,3}(?:\d{1,4}[A-Za-z]?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}$|(?:^|[.;]\s*)(?:Room|Venue|Location|Meeting\s+room|Meeting\s+place)\s*:\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*){1,3}(?:\p{Lu}[\p{L}'’-]*\s+)?$|\b(?:[Rr]eception|[Oo]ffice|[Ss]witchboard)(?:\s+(?:line|number))?(?:\s+for\s+[^:\n]{1,40})?\s*:\s*0[\d ]{9,13},\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*){1,2}(?:\p{Lu}[\p{L}'’-]*\s+)?$|\b(?:parish|church|site|club|estate|school|college|farm|yard)\s+office,\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*){1,2}(?:\p{Lu}[\p{L}'’-]*\s+)?$/u;
// A court's own address, where a hearing sits: "The inquest sat at the coroner's court, Ravenstock House, 6 …"; not a
// home placed by it ("a flat opposite Harlby Crown Court, 6 …"): only after a hearing's verb.
const COURT_BEFORE =
  /\b(?:sat|sits|sitting|held|heard|adjourned|resumed|opened|reopened|took\s+place|listed)\s+(?:\p{Ll}+\s+){0,2}(?:at|in)\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:[Cc]oroner['’]?s['’]?|[Mm]agistrates['’]?|[Cc]rown|[Cc]ounty|[Ff]amily|[Yy]outh|[Ss]heriff)\s+[Cc]ourt,\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*)?$/u;
// An organisation's own office, named with "the" ("The Royal British Legion's office is at 6 …"); a person's name
// takes no article.
const THE_ORGANISATION_OFFICE_BEFORE =
  /\b[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+(?:head\s+|main\s+|local\s+|regional\s+)?offices?\s+(?:is|are|was|were)(?:\s+at)?\s*:?\s*$/u;
// Welsh names put the service's word first ("Swyddfa Prawf", probation office; "Gwasanaeth Prawf Cymru").
const WELSH_LETTERHEAD = `(?:Swyddfa|Gwasanaeth|Cyngor|Heddlu|Ysbyty|Carchar|Llys|Tribiwnlys)(?:\\s+(?!${HOUSE_WORD}\\b)\\p{Lu}[\\p{L}'’-]*){1,3}`;
// A postcode alone may follow the street and the town ("Quaymark Bank, Stonegate Road, Bedlington QW35 1RT").
const ORGANISATION_BEFORE = new RegExp(
  `(?:^|[\\s(])(?:(?:(?:\\p{Lu}[\\p{L}'’&-]*|&)\\s+){1,5}${LETTERHEAD_WORDS}|${WELSH_LETTERHEAD})(?:,|\\s+[-–—])\\s*(?:(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3},\\s*)?|(?:(?:\\d{1,4}[A-Za-z]?\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3},\\s*){1,2}\\p{Lu}[\\p{L}'’-]*\\s+(?=$))$`,
  "u",
);
// "Postling Suite, Densole Street Sexual Assault Referral Centre, Elham CT22 4JD": a letterhead's body, its town and
// postcode, opening the line or a part of it; not "His flat above the Hope Centre, Elham …".
const ORGANISATION_TOWN_BEFORE = new RegExp(
  `(?:^|[,:;(]\\s*)(?:(?:\\p{Lu}[\\p{L}'’&-]*|&)\\s+){1,5}${LETTERHEAD_WORDS},\\s*\\p{Lu}[\\p{L}'’-]*\\s+$`,
  "u",
);
// "Harthope Mutual, Claims Department, PO Box 682, Newbiggin ZQ38 1AA": a PO box is an organisation's.
const PO_BOX_BEFORE = /\bP\.?\s?O\.?\s+Box\s+\d+,\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

// Post for a team, or where a team is based: "Letters for the team go to Drayholt House, 4 …", "the unit is based at
// 4 …" (a building's name at most between).
const TEAM_BASE_BEFORE =
  /\b(?:(?:HR|[Aa]dmin|[Pp]ayroll|[Ss]afeguarding|[Ll]egal|[Cc]ustomer\s+services?)\s+(?:team|department|unit|office)\s+(?:is|are|was|were)\s+(?:based\s+)?at|(?:[Ll]etters|[Pp]ost|[Mm]ail|[Cc]orrespondence|[Pp]apers)\s+(?:for|to)\s+(?:the|our|this)\s+(?:team|office|service|unit|panel|board|hub)\s+(?:go(?:es)?|went|should\s+go|(?:is|are)\s+sent)\s+to|(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:team|service|unit|office|panel|hub)(?:['’]s)?\s+(?:is|are|was|were)\s+based\s+at)\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*)?$/u;

// A service's office opening a sentence or after reporting to it, then its address in apposition: "The Harlby
// probation office, 5 Kilnhurst Street, …", "He reports weekly to the Harlby probation office, 5 …"; not a home placed
// by it ("a flat next door to the police station, 6 …").
const OFFICE_APPOSITIVE_BEFORE =
  /(?:^|[.!?:;(]\s*|\n|\b(?:reports?|reported|reporting|attends?|attended|attending|visits?|visited|signs?\s+on|signed\s+on)\s+(?:\p{Ll}+\s+){0,2}(?:to|at)\s+)(?:(?:[Tt]he|[Oo]ur|[Tt]his)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:(?:probation|PDU|team|council|police|housing|estate|YOS|YOT)\s+(?:office|offices|station|hub)|Jobcentre(?:\s+Plus)?|job\s+centre),\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},?\s*){0,2}$/u;

// A hostel's or a care home's beds, or its being the approved premises, said after its address: "Ambergate House, 14
// …, has twenty-two beds", "… XH1 5RT is the AP", "…, is a private care home".
const PREMISES_AFTER =
  /^,?\s+(?:is|was)\s+(?:the|an?)\s+(?:[a-z]+\s+)?(?:office|offices|depot|headquarters|HQ|surgery|clinic|(?:care|nursing|residential)\s+home)\b|^,?\s+(?:and\s+(?:it\s+)?)?(?:has|had)\s+(?:[\w-]+\s+){0,2}beds\b|^,?\s+(?:is|was)\s+the\s+(?:AP|approved\s+premises|hostel|care\s+home)\b|^,\s+curfew\s+\d|^:\s+(?:an?\s+|the\s+)?(?:AP|approved\s+premises|hostel|care\s+home)\b|^\s*\((?:the\s+)?(?:AP|approved\s+premises|hostel)(?:['’]s)?(?:\s+office)?(?:,[^()\n]{0,40})?\)/;

const RESIDENCE_BEFORE =
  /\b(?:lives?|lived|living|moved|placed|stay(?:s|ed|ing)?|resides?|resided|housed|(?:house|home|flat)\s+was)\s+(?:\p{Ll}+\s+){0,2}(?:at|to|in|into)\s+(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}[^\s,]*,\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*)?$/u;
// "Room 6, Seghill House approved premises, 22 …": a room in the premises is someone's home.
// "was living at The Old Chapel, Ffordd Pant, Hobbleford …": however many parts the address has.
const RESIDENCE_CLAUSE_BEFORE =
  /\b(?:lives?|lived|living|stay(?:s|ed|ing)?|resides?|resided|residing|housed)\s+(?:\p{Ll}+\s+){0,2}(?:at|in|opposite|near|beside|behind|next\s+to)\s[^.;!?]*$/u;
const ROOM_OR_FLAT_BEFORE =
  /(?<!\b(?:Interview|Meeting|Committee|Conference|Consulting|Training|Visits|Visiting|Group)\s+)\b(?:Room|Rm|Flat|Bedsit)\s+\d{1,3}[A-Za-z]?\b/;
const RESIDENCE_AFTER =
  /^(?:[^.!?]*\b(?<!\bnot\s+an?\s+)(?:licence address|release address|home address|where (?:he|she|they) (?:lives?|lived|stays?|stayed)|(?:he|she|they) (?:lives?|lived|moved in))\b|\s*,\s*(?:a|an|his|her|their)\s+(?:shared\s+house|bedsit|flat|room|home)\b)/;

// "Netherhall Lodge, 40 …, Camerton BZ84 1EX; office 0191 …": a named building's address, then its office line.
const BUILDING_LETTERHEAD_BEFORE = new RegExp(
  `(?:^|[.;:\\n]\\s*)(?:\\p{Lu}[\\p{L}'’&-]*\\s+){1,3}${HOUSE_WORD},\\s*$`,
  "u",
);
// "… CX22 9QA (council offices)", "…: store open 07:00 to 22:00", "… (club gym, open Monday to Friday)", "…, 0191 …,
// VAT registration 809 4411 27" (a firm's invoice).
const ORGANISATION_AFTER =
  /^\s+(?:is|was)\s+the\s+(?:[\p{L}'’]+\s+){0,2}(?:registered|head\s+office|business|trading)\s+address\b|^[^\n]{0,60}\bVAT\s+(?:registration|reg\.?|no\.?|number)\b|^\s*\((?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:offices?|gym|club|depot|shop|store|surgery|clinic|headquarters|HQ|reception|switchboard)\b[^()\n]{0,40}\)|^\s*[:;,(]\s*(?:(?:the\s+)?(?:store|shop|office|club|gym|centre|branch|site|depot|reception)\s+)?(?:is\s+)?opens?\s+(?:at\s+)?(?:\d|from|on|between|until|daily|Monday|Mon|seven|24)/u;
// "Room 2, Faldingworth Probation Office, 8 Station Road": a room in a service's building.
const OFFICE_BUILDING_INSIDE =
  /^(?:Room|Rm|Suite|Unit)\s+\d{1,3}[A-Za-z]?,\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Probation Office|Police Station|Hospital|Crown Court|County Court|Magistrates['’]? Court|Library|Town Hall|Civic Centre|Council Offices|Community Centre|Leisure Centre|Health Centre|Day Centre|Youth Centre|Annex|Annexe),|^(?:Room|Rm|Suite)\s+\d{1,3}[A-Za-z]?,\s*(?:Children['’]s|Social|Adult|Youth|Housing)\s+Services,/u;
// "Unit 4, Longmynd Business Park, CL93 4FR", "Suite 3, Wolverton Health Park", "Leedstown Civic Centre, CU40 1AA",
// "the Town Hall, DV88 2FS": a business park's or a public building's address, where nobody lives.
const SITE_WORDS =
  "(?:(?:Business|Industrial|Trading|Retail|Health|Enterprise|Science|Technology)\\s+(?:Park|Estate)|(?:Business|Enterprise|Civic)\\s+Centre|Town\\s+Hall|County\\s+Hall|(?:Council|Civic)\\s+Offices|Showground(?!\\s+(?:Road|Lane|Way|Street|Close|Drive)))";
const PUBLIC_OR_BUSINESS_SITE = new RegExp(`\\b${SITE_WORDS}\\b`);
// "… for Kizhinga Cars, Unit 4, Tunka Road, …": a numbered unit is a firm's premises, not a home.
const BUSINESS_UNIT_START = /^Unit\s+\d{1,3}[A-Za-z]?,/;
// "…, depot CV25 8HX", "warehouse: Unit 7, …": a firm's depot or yard, named as one before its address.
// "SI works at Hatherden Nails, 4 Hatherden Parade, …", "work placement: Downe Community Garden, Church Path …": a
// workplace's name, then its address.
const WORKPLACE_BEFORE =
  /\b(?:works|worked|working|work|employed|job|placement|started\s+work)\b[^.;\n]{0,25}?(?:\bat|\bfor|:)\s+(?:\p{Lu}[\p{L}'’&-]*\s+){1,3}\p{Lu}[\p{L}'’&-]*,\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*)?$/u;
// "from the golf club, AL9 5GC", "the club office is on 0191 …, and its postcode is AL9 5GC", "Your appointment is at
// the office at 2 …", "meets in the church hall, Church Lane, Lebork SN9 1HX", "Town Hall, Hepley HD9 4DS": a club's,
// a hall's or an office's postcode, said to be its.
const PUBLIC_OR_BUSINESS_SITE_BEFORE = new RegExp(
  `\\b(?:police|fire|ambulance)\\s+station\\s*\\(\\s*$|\\b${SITE_WORDS},\\s*(?:[A-Z][A-Za-z'’-]*(?:\\s+[A-Z][A-Za-z'’-]*){0,3}(?:,\\s*|\\s+))?$|\\bthe\\s+(?:golf|football|rugby|cricket|tennis|bowls|boxing|social|sports|youth)\\s+club,\\s*$|(?<!\\b(?:to|near|opposite|beside|behind|by)\\s+)\\bthe\\s+(?:church|village|community|parish|scout|sports|drill)\\s+hall,\\s*(?:[A-Z][A-Za-z'’-]*(?:\\s+[A-Z][A-Za-z'’-]*){0,3},\\s*)?(?:[A-Z][A-Za-z'’-]*\\s+)?$|\\b(?:its|the\\s+(?:club|office|site|station|centre|depot|park)['’]s)\\s+postcode\\s+(?:is|was)\\s*:?\\s*$|\\b[Tt]he\\s+(?:probation|PDU|council|housing|police)\\s+office\\s+at\\s+$|\\b(?:appointments?|appt|induction|meeting)\\s+(?:is|are|was|were)\\s+at\\s+the\\s+(?:probation\\s+)?office\\s+at\\s+$|\\b(?:depot|yard|warehouse|site\\s+office)\\s*:?\\s+$|\\b(?:allotments?|unpaid\\s+work)\\s+project,\\s*$`,
);
// "get-in via Dock Lane, Cleveleys FY31 4HT", "Goods in: Unit 2, …": a venue's or a firm's way in for deliveries.
const DELIVERY_ENTRANCE_BEFORE =
  /\b(?:get-in|[Gg]oods\s+(?:in|entrance)|[Ll]oading\s+bay|[Ss]tage\s+door|[Ss]ervice\s+entrance)\s*(?:(?:is|are)\s+)?(?:via|at|on|through)?\s*:?\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*){0,2}(?:\p{Lu}[\p{L}'’-]*\s+)?$/u;
const NOTHING_AFTER = /^\s*[.;]?\s*$/;
const OFFICE_LINE_AFTER =
  /^\s*[:;,.]\s*(?:office|tel|telephone|reception|switchboard|main line|duty line|enquiries|clinic line|bookings)\b/i;

const lineBefore = (text: string, from: number) =>
  text.slice(Math.max(text.lastIndexOf("\n", from - 1) + 1, from - 120), from);

/** "He moved to Riverside Housing, 12 Elm Road", "The victim lived in Green Homes, 14 Ash Grove": someone lives there. */
function livesThere(text: string, from: number): boolean {
  const before = lineBefore(text, from);
  return RESIDENCE_BEFORE.test(before) || ROOM_OR_FLAT_BEFORE.test(before) || RESIDENCE_CLAUSE_BEFORE.test(before);
}

/** Whether the address at `from` is an organisation's: given as its office's, or after its name as on a letterhead. */
function officeAddressAt(text: string, from: number): boolean {
  if (livesThere(text, from)) return false;
  const before = lineBefore(text, from);
  return (
    OFFICE_BEFORE.test(before) ||
    ORGANISATION_BEFORE.test(before) ||
    ORGANISATION_TOWN_BEFORE.test(before) ||
    TEAM_BASE_BEFORE.test(before) ||
    OFFICE_APPOSITIVE_BEFORE.test(before) ||
    SCHOOL_BEFORE.test(before) ||
    COURT_BEFORE.test(before) ||
    THE_ORGANISATION_OFFICE_BEFORE.test(before) ||
    PO_BOX_BEFORE.test(before) ||
    DELIVERY_ENTRANCE_BEFORE.test(before) ||
    VENUE_BEFORE.test(before)
  );
}
