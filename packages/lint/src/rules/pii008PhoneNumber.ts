import { signedInPostBefore } from "../text/signedInPost.js";
import { type ContactRead, isOrganisations } from "../text/contactModel.js";
import { isKnownFirstName } from "../text/firstNames.js";
import type { TextBlock } from "../text/TextBlock.js";
import { isMailboxTeamWord, isOrganisationalLocalPart } from "../text/mailboxWords.js";
import type { BlockRule } from "../engine/BlockRule.js";
import { createFinding } from "../engine/createFinding.js";
import { lookupAcronym } from "../text/acronymDictionary.js";
import { piiSeverity } from "./piiSeverity.js";
import { allMatches } from "../engine/allMatches.js";
import { LETTERHEAD_WORDS, readAddresses } from "./pii007Address.js";
import { readEmails } from "./pii009Email.js";

// +44 (also "(+44)" and "0044") or 0, then digit groups split by spaces, hyphens or a bracketed area code:
// "07700 900123", "020 7946 0381", "0161-496-0921", "(01632) 960418", "+44 (0)113 496 0000". Not 08/09 service
// numbers. The digit count decides.
const PHONE =
  /(?<![\w/.+-])(?:(?:\+44|\(\+44\)|0044)[\s-]?(?:\(0\)[\s-]?)?|\(0|0)[1-37]\d{1,3}\)?(?:[\s-]?\d{2,4}){1,3}(?![\w/]|[.-]\d)/g;
const UK_CODE = /^(?:\+44|\(\+44\)|0044)/;
const DIGITS_BEFORE = /\d[\s-]$/;
const TIME_AFTER = /\s\d{2}:\d{2}/;

// Another country's number, written with its code: "+1 305 555 0163", "(+1) 305 555 0163", "+251-91-155-0123", and
// "0034 612 345 678" (spaced or hyphenated groups after 00, so that a receipt or invoice number such as 0048812 or
// "0012 3456" is not one).
// E.164 allows 15 digits at most; fewer than 8 is a score or a count, not a number someone answers.
const INTERNATIONAL =
  /(?<![\w/.+-])(?:(?:\+(?!44)[1-9]\d{0,2}|\(\+(?!44)[1-9]\d{0,2}\))(?:[\s-]?(?:\(\d{1,4}\)|\d{1,4})){2,6}|00(?!44)[1-9]\d{0,2}(?:[\s-]\d{2,4}){2,5})(?![\w/]|[.-]\d)/g;
const internationalDigits = (match: string) => match.replace(/\D/g, "").length;

/** Number of national digits (with the leading 0) in a match: 10 or 11 for a UK number. */
function nationalDigits(match: string): number {
  return nationalNumber(match).length;
}

/** The number as dialled at home: "+44 (0)191 496 3451" and "0191 496 3451" are one line. */
function nationalNumber(match: string): string {
  const digits = match.replace(/\D/g, "");
  if (!UK_CODE.test(match)) return digits;
  const rest = digits.slice(match.startsWith("0044") ? 4 : 2);
  return rest.startsWith("0") ? rest : `0${rest}`;
}

/**
 * "His phone 0191 … (saved in the office as +44 191 …)": one line written twice is one person's if the text says so
 * of either; else a body's if the text says so of either.
 */
function sameLineSameOwner(reads: ContactRead[], texts: string[]): ContactRead[] {
  const keys = texts.map(nationalNumber);
  return reads.map((read, i) => {
    const same = reads.filter((_, j) => keys[j] === keys[i]);
    if (same.length === 1) return read;
    if (same.some((r) => r.owned && !r.byCues)) return { ...read, byCues: false, owned: true };
    if (same.some((r) => r.byCues)) return { ...read, byCues: true };
    return read;
  });
}

// An organisation's line, named as one before the number: "The switchboard of the offender management unit, 0113 …",
// "the AP's reception on 0191 …", "the duty desk number is …", "the duty desk number on his appointment card is …", "the repairs line is …", "Church office: …", "the league's safeguarding office can be reached on …", "the club's office line", "The OMU office line". Not "his work number", nor "the office number", which may be a
// practitioner's direct line ("PP1's office number" is the office's; "PP1's direct line" is theirs).
const ORGANISATION_LINE_BEFORE =
  /\b(?:(?:fire|ambulance|police|traffic)\s+(?:and\s+rescue\s+)?(?:service\s+)?control(?:\s+room)?|(?:weapons|ambulance|air\s+ambulance|intelligence|firearms|custody|duty|front|enquiry)\s+desk|victim\s+(?:liaison(?:\s+(?:unit|team|service|contact))?|contact\s+(?:line|scheme|team|unit|service))\s*:|switchboard|reception(?:\s+desk)?|reservations(?:\s+are)?|leave\s+a\s+message|helpline|hotline|call\s+centre|duty\s+(?:line|desk|phone|mobile)|(?:team|office|on[\s-]call|shared|unit|ward)\s+(?:mobile|phone)|dispatch\s+(?:number|line)|delivery\s+unit|bookings\s+(?:are\s+)?(?:taken|made)|(?:GP\s+)?(?:surgery|practice|pharmacy|clinic)(?:\s+phone)?|takeaway(?:['’]s)?\s+number(?:\s+on\s+the\s+(?:menu|door|window|leaflet|sign))?|organisers|general\s+enquiries|enquiries(?:\s+line)?|(?:advice|crisis|main|business|liaison|recall|donations?|fixtures|shop|store|site|service|enquiry|bar|control|desk|hall|orders?|security|weighbridge(?:\s+office)?|accounts|branch|warehouse|bandroom|band\s+room|foyer|canteen|clubhouse|pavilion|welfare|wellbeing|emergency|enforcement|parks|agency|studio|referral|referrals|support|safeguarding|night|company|fraud|incident|depot|opening\s+hours|visits|licensing|customer|delivery|(?:community\s+)?safety|estates)\s+(?:land)?line|hospital\s+radio|radio\s+station|claims\s+(?:line|number|team)|(?:sales|tenancy|tenancies|lettings)\s+(?:line|number|team)|dial-in(?:\s+(?:number|line))?|front\s+door|(?:welfare|medical)\s+tent\s+direct\s+line|(?:team|unit)\s+office|absence\s+line|(?:control\s+room|custody\s+suite)(?:\s+(?:direct\s+line|phone|line|number))?|interpret(?:er|ers|ing)\s+line(?:\s+for\s+[A-Z][a-z]+)?|nurses['’]?\s+station|ward\s+(?:phone|office|telephone|line)|bank\s+office(?:,?\s+ext\.?)?|box\s+office(?:\s+(?:line|number|phone))?|press\s+office|neighbourhood\s+watch|PALS(?:\s+(?:office|team))?|council['’]s\s+(?:[\p{Ll}-]+\s+){0,2}office|firm['’]s\s+(?:office\s+)?(?:number|line)(?:\s+on\s+the\s+\p{Ll}+)?|(?:driver|customer)\s+support|(?:call|ring|phone)\s+the\s+(?:kennels|shop|marina|boatyard|caf[eé]|college|surgery|practice|foodbank|hall|club|council|depot)|(?:club|pub|hotel)\s+bar|(?:site|park)\s+security|company\s+(?:phone|number)|campus\s+security|(?:medical|welfare|first\s+aid)\s+tent|(?:bus|taxi|cab|coach)\s+company|police\s+station|[Pp]olice\s+(?:were|was)\s+(?:called|rung|phoned|told|informed|contacted)|[Pp]olice(?=(?:\s+(?:in|at|for)\s+\p{Lu}[\p{L}'’-]+)?\s+can\s+be\s+(?:contacted|reached|called))|stewards['’]?\s+control|[Pp]ublic\s+[Gg]uardian|(?:school|college|surgery|practice|mosque|church|gurdwara|temple|council|club)\s+number|non[\s-]emergency(?:\s+(?:line|number))?|(?:IT\s+)?help\s?desk|event\s+desk|repairs(?:\s+(?:line|team|desk))?|out[\s-]of[\s-]hours(?:\s+(?:line|number))?|front\s+(?:desk|counter)|dispatch\s+desk|(?:placements?|bookings?|orders?|hire|lettings)\s+desk|bookings?\s+line|(?:hall|room|venue|pitch|stall)\s+bookings|takes\s+referrals|(?:church|parish|school|college|club|surgery|council|depot|site|union|sorting|track|mill|stewards['’]?|nursery|gurdwara|mosque|temple|synagogue|refuge|centre|scheme|staff|harbour|park|marina|port|depot|probation|police|programme|project|lets|lettings|charity|service|hostel|league|safeguarding|festival|agency|farm|ticket|licensing|cash|accommodation|association|night|housing|village|welfare|yard|mart|market|fair|guild|regional|area|district|county|local|head|section|branch|dispatch|academy|ferry|hall|foodbank|rally|entries|show|booking|bookings|listing|listings|court|tribunal|coroner['’]s|coroners['’]?)\s+office|(?:factory\s+)?gatehouse|stage\s+door|HR\s+(?:line|number|department|team|office)|(?:payroll|personnel)\s+(?:line|number|department|team|office)|occupational\s+health(?:\s+(?:team|department|service|unit))?|(?:council\s+)?dog\s+wardens?|(?:nursery|school|club|surgery|office|centre|hostel|shop|pub|firm|depot|track|studio)\s+(?:phoned|rang|called)\s+(?:the\s+)?(?:police|999|ambulance)\s+from|(?:complaints|bookings|orders|enquiries|referrals|queries)\s+to|(?:complaints|bookings|orders|enquiries|referrals|queries|(?:out[\s-]of[\s-]hours|after[\s-]hours|evening|weekend|night)\s+calls)\s+go\s+to\s+(?:\S+@\S+\s+or\s+)?(?:the\s+(?:shop|office|counter|bakery|depot|yard|desk)\s+on\s+)?|bookings\s+go\s+through(?:\s+(?:the\s+)?[\p{L}'’-]+){0,3}|tickets\s+(?:are\s+)?(?:sold|booked|available)|rehearsal\s+room(?:\s+phone)?|(?:learners|customers|clients|members|patients|parents|callers|guests|visitors)\s+(?:can\s+|should\s+)?(?:ring|call|phone)|concierge\s+(?:desk|office)|(?:visitors['’]?|day|community|resource)\s+centre|duty\s+manager(?:['’]s)?\s+(?:line|number|phone)|charity['’]s\s+office|approved\s+premises(?:\s+office)?|control\s+room(?:\s+(?:called|rang)(?:\s+back)?\s+from)?|(?:club|centre|scheme|group|hut|pavilion|clubhouse|food\s+bank|guild|café|cafe|tower|society|association|trust|charity|council|project|hub)\s+(?:phone\s+)?(?:line|phone))(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?:(?!(?:from|his|her|their|my|own|he|she|they|gave|rang|called|mobile|phone)\b)[\p{L}'’-]+\s*){1,4})?(?:['’]s)?(?:\s+(?:phone\s+)?(?:number|line)|\s+phone)?(?:\s+for\s+(?:professionals|staff|referrers|partners|agencies|members|parents|the\s+public))?(?:\s*\([^()\n\d]{1,30}\))?(?:\s+on\s+(?:his|her|their|the|its)\s+(?:appointment\s+)?(?:card|leaflet|poster))?(?:\s+(?:is|was|answers|can\s+be\s+(?:reached|contacted|called|rung)|(?:(?:was|were)\s+)?(?:called|rung|phoned|contacted|informed|notified)))?(?:,?\s+on)?\s*[:,|]?\s*$/iu;

// A body's office line, by a lower-case owner, a team's capitals, a body's name or a word for a body: "the club's
// office line", "The OMU office line", "The Veterans' Gateway office line", "The day centre office line", "PP1's office
// number" (a practitioner's office, where "PP1's direct line" is their own); not "Smith's office number" or "her office number" (case matters, so apart from the pattern above). A shop's or a
// hostel's own phone stays a warning: people use it as theirs. A body named by its kind ("Cowdray Pharmacy, 020 …",
// "Drumlarig Estate office:", "Rahim's Chemist can be reached on …", "Felindre Surgery's number is …", "Hafren
// Labour Ltd can be reached on …"), a team by its work ("the bank fraud team 020 …") or by its name ("The Prevent team
// can be reached on …"), or a place of worship's or a service's own number ("The mosque's number was given as …").
const BODY_OFFICE_LINE_BEFORE =
  /(?:\b\p{Ll}+(?:['’]s|s['’])\s+office\s+(?:line|number)|\b\p{Ll}+['’]s\s+office(?=\s+can\s+be\s+(?:reached|contacted|called|rung))|\b\p{Lu}\p{Ll}+\s+(?:House|Lodge)\s+office|\b\p{Lu}\p{Ll}+\s+(?:House|Lodge)(?=\s+can\s+be\s+(?:reached|contacted|called|rung))|\b([A-Z]{2,6})\s+(?:office\s+(?:line|number)|team|unit|service|hub|line|duty(?:\s+(?:line|desk|phone|number))?|office\s+(?:at|is\s+on|on))|\b\p{Lu}\p{Ll}+\s+(?:PDU|OMU|YOT|YOS|MASH|CMHT)\s*,|\b(?!(?:The|His|Her|Their|My|Our|Your|Its)\s)\p{Lu}\p{Ll}+['’]?\s+office\s+(?:line|number)|\b(?:Club|Society|Association|Trust|Council|Centre|Church|School|College|Museum|Hall)['’]s\s+office\s+(?:line|number)|\b(?:centre|center|shop|club|hostel|charity|surgery|practice|school|college|church|council|team|unit|service|ward|pub|garage|firm|company|agency|association|scheme|hospice|museum|gallery|library|theatre|cinema|stadium|[Dd]epartment|[Ff]aculty)(?:['’]s)?\s+office\s+(?:line|number|is\s+on)|\bits\s+office\s+(?:line|number)|\b(?:Unit|Team|Service|Centre|Office|Station)\s+desk|(?<!\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)\b(?:Estate|Estates|Centre|Trust|Mission|Council|Homes|Housing|Advocacy|Mentors|Surgery|Practice|Pharmacy|Chemist|Vets|Veterinary|Advice|Rehoming|Rescue|Autos|Bookmakers|Grill|Takeaway|Security|Coaches|Academy|School|College|Clinic|Mosque|Chapel|Food\s+Bank|Job\s*Centre|(?:Crown|Magistrates['’]?|County|Family)\s+Court|Probation|Ltd|Limited|PLC|plc|LLP|Watch|Butchers|Bakery|Garage|Motors|Stores|Salon|Shelter|Hub|Promotions|Groundworks|Contractors|Construction|Management|Support|Cabs|Taxis|Cars|Barbers|Haulage|Logistics|Transport|Removals|Lettings|Forge|Saddlery|Portraits|Pianos|Taxidermy|Cycles|Flooring|Carpets|Cleaners|Hire|Fisheries|Florists|Nurseries|Locksmiths|Inn|Arms|Tavern|Hotel|Kitchen|Staffing|Recruitment|Repairs|&\s+(?:Sons|Co))(?:['’]s?)?(?:\s+\p{Ll}+){0,2}?(?:\s+office)?(?:\s+(?:line|number))?|\b(?:PP|SPO|OM|POM|COM|PO|PSO)\d{1,2}['’]s\s+office\s+(?:line|number)|\b(?:mosque|church|chapel|gurdwara|temple|synagogue|surgery|practice|school|college|academy|club|centre|charity|council|hostel|refuge|clinic|team|unit|service|authority|association|company|agency|gym|provider|bank|pharmacy|ward|bakery|dairy|mill|mart|station|butcher|fair|university|lodge|takeaway|insurer|insurers|supplier|league|venue|salon|shop|alley|bowl|track|choir|park|bar|caf[eé]|marina|boatyard|hall|wholesaler|studio|kiosk|van|library|stall|garage|depot|yard|nursery|kennels|cattery|cinema|theatre|museum|fishery|florist|fishmonger|orchard|allotment|society|trust|project|estate|farm|workshop|showroom|warehouse|forge|business|launderette|laundrette|guild|diocese|group|clubroom)['’]s\s+(?:own\s+)?(?:main\s+|office\s+|phone\s+|direct\s+|order\s+|orders\s+|studio\s+|emergency\s+)?(?:number|line)|\b(?:club|society|association|league|guild|trust|charity|council|school|college)['’]s\s+landline|\b(?:club|fair|university|lodge|depot|church|school|college|surgery|practice|association|group|society|workshop)['’]s\s+phone|\b(?:flyer|leaflet|poster|website|sign)\s+(?:gave|gives|lists|listed|shows|showed)\s+(?:the|its|an?)\s+(?:office\s+|main\s+|phone\s+)?(?:number|line)|\b(?:flyer|leaflet|poster|website|notice)\b[^.\n]{0,60}\b(?:gives|gave|lists|listed|shows|showed)|\b(?:call|calls|rang|phoned|called|ringing)\s+(?:to\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}(?:Club|Centre|Hall|Surgery|School|College|Council|Trust|Ltd|Inn|Hotel|Library|Office)\s+on|\b(?:takes|took)\s+(?:phone\s+|standing\s+)?(?:orders|bookings)(?:\s+by\s+phone)?(?:\s+on)?|\b\p{Lu}\p{Ll}+\s+(?:support|customer\s+services)(?=\s+(?:is|can\s+be\s+(?:reached|contacted|called|rung))\s+on)|\b[Tt]he\s+(?:[\p{Ll}-]+['’]?\s+){0,2}(?:agency|firm|company|charity|council|society|club|trust|association|authority|department)(?=\s+can\s+be\s+(?:reached|contacted|called|rung))|\b(?:museum|gallery|library)\s+office|\b[Tt]rading\s+[Ss]tandards(?=\s+can\s+be\s+(?:reached|contacted|called|rung))|\b(?:bank|lender|supplier|suppliers|[Ss]ervices?|[Tt]eam|[Uu]nit|[Hh]ub)(?=\s+can\s+be\s+(?:reached|contacted|called|rung))|\binsurers?(?:\s+was\s+contacted)?|\b(?:booked|ordered|arranged)\s+through(?:\s+(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)\p{Lu}[\p{L}'’&-]*){0,3}\s+(?:Services|Service|Agency|Ltd|Limited|Interpreting|Translations|Group|Company|Centre|Hub|Team|Trust|Council)|(?<!\b(?:used|uses|using)\s+the\s+)\b(?:shop|stall|museum|pub|site|forecourt|takeaway|salon|caf[eé]|garage|car\s+wash|cash\s+and\s+carry|kiosk|school|college|premises|centre|studio|lodge|depot|hall|yard|clubhouse|mosque|church|temple|gurdwara|laundrette|bar|farm|kennels|academy)(?:['’]s?)?\s+(?:only\s+|main\s+|listed\s+)?(?:landline|(?:phone\s+)?number|phone)|\bcouncil['’]s\s+(?:[\p{Ll}-]+\s+){1,3}(?:line|number)|(?<=\b[Tt]he\s+)\p{Lu}\p{Ll}+\s+(?:team|unit|service)|\b(?!(?:his|her|their|my|our|your|its|the|a|an)\s)\p{Ll}+\s+(?:team|department|unit|service)(?:\s+at\s+\p{Lu}\p{Ll}+)?(?:\s+(?:line|number))?|\b(?:Care|Services|Housing|Homes|Group|Association|Support|Agency|Trust|Council|Centre|Foundation|Project|Partnership|Network|Freight|Haulage|Logistics|Transport|Removals|Motors|Cabs|Taxis|Homecare|Healthcare|Solicitors|LLP|Crewing|Recruitment|Staffing|Shipping|Marine)['’]s\s+(?:office\s+)?(?:line|number)|(?<=\b[Tt]he\s+(?:\p{Lu}\p{Ll}+\s+)?)(?!(?:VLO|IDVA|ISVA|SPO|POM|COM|DSL|CPN|OMU)\b)[A-Z]{3,5}(?=\s+can\s+be\s+(?:reached|contacted))|\b(?!(?:VLO|IDVA|ISVA|SPO|POM|COM|DSL|CPN)['’])[A-Z]{3,5}['’]s\s+(?:general\s+|main\s+|office\s+)?(?:number|line))(?:\s+(?:is|was|can\s+be\s+(?:reached|contacted|called|rung)|takes\s+(?:referrals|orders)|answers|was\s+given(?:\s+in\s+the\s+\p{Ll}+)?\s+as))?(?:,?\s+on)?\s*[:,|]?(?:\s*(?:tel|phone|telephone)\.?:?)?\s*$/u;

// "Brightdose Pharmacy, 3 Station Road, Bedlington QW33 5HD; tel …": a body's number after its letterhead address.
const LETTERHEAD_ADDRESS_BEFORE = new RegExp(
  `(?:^|[.;:\\n]\\s*)(?:\\p{Lu}[\\p{L}'’&-]*\\s+){1,4}${LETTERHEAD_WORDS},[^;\\n]{4,70}\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\s*[;,.]\\s*(?:(?:[Tt]el|[Tt]elephone|phone|t|referrals|bookings|enquiries|[Oo]ffice|[Rr]eception|[Tt]rade\\s+counter|[Ss]ales|[Ww]orkshop|[Dd]epot|[Ss]witchboard)\\.?:?\\s*)?$`,
  "u",
);
// "care of Calderbrook Logistics HR, 0191 …": a body's department, then its number.
const ORGANISATION_DEPARTMENT_BEFORE = new RegExp(
  `(?:\\p{Lu}[\\p{L}'’&-]*\\s+){1,3}(?:${LETTERHEAD_WORDS}|Academy|School|College|University)(?:\\s+(?:HR|[Ss]ecurity|[Rr]eception|[Oo]ffice|[Aa]ccounts|[Pp]ayroll|[Ss]ales)|,\\s*(?:[a-z]+\\s+)?(?:office|desk|team|reception|line))?,\\s*$`,
  "u",
);
// "Papcastle Recovery Service, group room B, Tuesdays 14:00, tel …": a body's number at the end of its own line.
const LETTERHEAD_LINE_BEFORE = new RegExp(
  `(?:^|[.;:\\n]\\s*)(?:\\p{Lu}[\\p{L}'’&-]*\\s+){1,4}${LETTERHEAD_WORDS},[^;\\n.!?]{0,60}[,;]\\s*(?:[Tt]el|[Tt]elephone|[Pp]hone|t)\\.?:?\\s*$`,
  "u",
);

// "The police contact line is", "The police desk number", "The police rang the shop from", "The police called the studio on", "Police took the
// report on": the force's line, or the place it rang.
const POLICE_LINE_BEFORE =
  /\b(?:[Tt]he\s+)?(?:[Pp]olice|[Oo]fficers)\s+(?:(?:contact\s+|enquiry\s+|enquiries\s+|non-emergency\s+|desk\s+)?(?:line|number|contact|phone)(?:\s+for\s+[A-Z][a-z]+)?(?:\s+used)?(?:\s+(?:is|was))?|(?:rang|phoned|called)\s+the\s+(?:[a-z-]+\s+)?(?:shop|studio|salon|office|club|bar|pub|café|cafe|hall|centre|school|surgery|garage|yard|depot|site|desk|museum|gallery|library|reception)\s+(?:from|on)|(?:took|take|takes|logged|recorded|received)\s+(?:the\s+|a\s+)?(?:report|call|details|complaint)s?\s+on|control\s+room\s+used|lines?|call\s+handlers?(?:\s+on)?|(?:can|could)\s+be\s+(?:reached|contacted|called|rung)\s+on)\s*[:,]?\s*$|(?:^|[.!?;:]\s+)(?:[Tt]he\s+)?[Pp]olice\s+at\s*$|\b(?:[Cc]all|[Rr]ing|[Pp]hone)\s+the\s+police\s+on\s*[:,]?\s*$|\b[Pp]olice\s+lines?\s+\d[\d ]{8,13}\d\s+and\s+$/;
// "The museum desk number", "The junior coaching line is", "Bookings can be made on": a place's desk, a club's line
// for a service, where bookings are made.
// "Ormeswick police, 020 7946 0031", "Larkmere police gave the number …": a force named before its number.
const FORCE_BEFORE =
  /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[Pp]olice\s*,?\s*(?:on\s+|gave\s+(?:the|a|their)\s+(?:number|line)\s+)?$/;
// "the freezer repair line is", "the depot line is", "The fishery's bailiff line,": a line called after what it is for;
// not someone's mobile, home, personal or direct line. "The race office is on": an office named by its work.
const THE_SOMETHING_LINE_BEFORE =
  /\b(?:[Tt]he|[Ii]ts|(?:[Tt]he\s+)?(?:studio|club|shop|salon|depot|centre|gym|hall|bar|pub|café|cafe|school|college|museum|hospice|charity|church|firm|company|practice|surgery|office|association|society|fishery|marina|harbour|yard|track|course|ground|stadium|reserve|estate|farm|park|station|guild|garage|kiosk|workshop|forge|cattery|kennels|dairy|mill|lido|orchard|gate|league|federation|union|board|agency|trust|council|service|authority|bank)['’]s)\s+(?!(?:mobile|home|personal|private|direct|own|landline)\b)(?:[a-z-]+\s+){1,2}line(?:\s+(?:is|was))?(?:,?\s+on)?\s*[:,]?\s*$|\b[Tt]he\s+(?:[a-z]+['’]s\s+)?(?:[a-z-]+\s+)?office\s+(?:is|was)\s+on\s*$/;
// "The farm office gave its number, 0161 …": a thing's or a body's own number; a person's would be "his" or "her".
// "its phone is 0191 …", "You can call us on 0191 …": a body's own line.
const ITS_NUMBER_BEFORE =
  /\bits\s+(?:own\s+|main\s+)?(?:phone(?:\s+number)?|(?:phone\s+)?(?:number|line))(?:\s+(?:is|was|as))?\s*[:,]?\s*$|\b(?:call|ring|phone|contact|reach)\s+us\s+on\s*$/;
// "deliveries@nibbles-wings.example.org or 0113 496 0369": a number given as the other way to reach a team's mailbox.
// "… Duty Manager, cressage.pdu@example.com, 0121 …": a signature's number after the team's mailbox.
const TEAM_MAILBOX_OR_BEFORE =
  /\b([a-z]+)@[\w.-]+\.[a-z]{2,}(?:\s+(?:or|and)\s+(?:(?:call|ring|phone)\s+)?(?:on\s+)?|\s*,\s*)$/;
// "call me on 0191 … or write to victims.kaspi@…": a line given beside a team's mailbox as the other way to reach it.
// The mailbox must be one PII-009 calls a team's ("w.parker.mosovo@" is a person's).
const TEAM_MAILBOX_OR_AFTER =
  /^\s+(?:or|and)\s+(?:(?:write\s+to|reply\s+to|e-?mail|contact|send\s+(?:it|them|details)\s+to)\s+(?:us\s+)?)?(?:at\s+|on\s+)?(?=[\w.+-]+@[\w.-]+\.[a-z]{2,})/;
// "Victim Contact Scheme, victims.mansfield@probation…, 0191 …": a number straight after a mailbox PII-009 calls a team's.
const BETWEEN_MAILBOX_AND_LINE = /^(?:\s+(?:or|and)\s+(?:(?:call|ring|phone)\s+)?(?:on\s+)?|\s*,\s*)$/;
function teamMailboxJustBefore(block: TextBlock, from: number): boolean {
  if (!block.text.slice(Math.max(0, from - 60), from).includes("@")) return false;
  const mailbox = readEmails(block).findLast((read) => read.to <= from);
  return (
    mailbox !== undefined &&
    BETWEEN_MAILBOX_AND_LINE.test(block.text.slice(mailbox.to, from)) &&
    isOrganisations(block.text, mailbox, "email")
  );
}
function teamMailboxAfter(block: TextBlock, to: number): boolean {
  const or = TEAM_MAILBOX_OR_AFTER.exec(block.text.slice(to, to + 60));
  if (or === null) return false;
  const at = to + or[0].length;
  const mailbox = readEmails(block).find((read) => read.from === at);
  return mailbox !== undefined && isOrganisations(block.text, mailbox, "email");
}
const teamMailboxBefore = (before: string) => {
  const local = TEAM_MAILBOX_OR_BEFORE.exec(before)?.[1];
  return local !== undefined && (isOrganisationalLocalPart(local) || isMailboxTeamWord(local));
};
// "the track office as 0113 …": a workplace's number given; not a shelter's or a refuge's, whose number would lead
// to where someone hides.
// "The hostel warden's number is", "The club's welfare officer can be reached on", "The organiser's office on": the
// landline of someone's post, which whoever holds the post answers; a mobile ("07…") stays the holder's own.
// "Shop phone:", "Kiosk line": a place's own landline; a mobile given as the shop's stays the owner's.
// "The cattery office number is", "The costume hire firm is on", "booked through the agency on": a workplace's or a
// firm's landline.
const PLACE_LANDLINE_BEFORE =
  /(?:^|[.;,:(]\s*)(?:[Oo]ffice|[Mm]ain|[Tt]eam)\s+(?:line|number|phone)(?:\s+(?:on|from)\s+the\s+(?:[a-z-]+\s+){0,2}(?:header|letterhead|invoice|website|card|van|sign|leaflet))?\s*[:,]?\s*$|(?:^|[.;,:(]\s*)[Mm]ain\s+office\s*:\s*$|\b[Ww]ard\s+\d{1,2}\s+(?:phone|line|number)\s*(?:is)?\s*$|\b(?:HMP|HMYOI)\s+[A-Z][a-z]+(?:\s+legal)?\s+visits(?:\s+(?:booking|bookings|line|office))?\s*:\s*$|\b[A-Z][a-z]+\s+(?:police\s+)?station,\s*(?:tel|phone|telephone)\.?:?\s*$|(?:^|[.;]\s*)(?:[A-Za-z]+\s+){0,3}(?:unit|team|mailbox|service|office|desk|hub|department)\s*:\s*[\w.+-]+@[\w.-]+\.[a-z]{2,}\s*[;,]\s*(?:(?:tel|phone|ring|call|(?:direct|duty)\s+(?:line|number))\.?:?\s*)?$|(?:^|[.;]\s*)(?:[A-Za-z]+\s+){0,3}(?:office|counter|desk|reception|station),\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\s*:\s*$|\b[Vv]isits\s+at\s+(?:HMP|HMYOI)\s+[A-Z][a-z]+\s+are\s+booked\s+on\s*$|\b(?:at\s+)?[A-Z][a-z]+\s+office,\s*$|\b(?:AP|OMU|PDU|YOT|YOS|CMHT|MASH|PPU|CID|VLU|IOM)\s+office(?:\s+(?:line|number|phone))?(?:\s+is)?\s*:?\s*$|\b[Dd]esk\s+\d{1,2},\s*$|\b(?:[Uu]nit|[Tt]eam|[Oo]ffice|[Ss]ervice),\s*(?:ext|extension)\.?\s*$|(?:^|[,;:]\s*)(?:centre|school|college|surgery|council|hospital|PDU|OMU|office|reception)\s+$|\b[Oo]ffice\s+hours(?:\s+only)?,\s*$|(?:^|[.;]\s*)[Oo]ffice\s+numbers\s*:\s*$|(?:^|[.;]\s*)(?:[A-Z][a-z]+\s+)?(?:[Bb]ookings|[Ee]nquiries|[Oo]rders)\s*:\s*$|(?:^|[.;]\s*)[Oo]ffice\s*:?\s*$|(?:^|[.;]\s*)(?:[A-Z]?[a-z]+\s+){0,3}(?:unit|team|hub|service|desk|department|centre|helpline)\s*:\s*$|[:,]\s*[Oo]ffice\s*:?\s*$|(?:^|[;,]\s*)[Dd]esk(?:\s+(?:phone|line|number))?\s*[:,]?\s*$|\b(?:[Ss]hed|[Ss]hop|[Pp]ub|[Kk]iosk|[Ss]tall|[Ss]alon|[Gg]arage|[Yy]ard|[Dd]epot|[Hh]all|[Ll]ibrary|[Vv]an|[Hh]ub|[Ww]orkshop|[Cc]lubroom|[Ss]tudio|[Vv]enue|(?<!\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y)\s+)[Rr]oom|[Tt]ruck['’]s)\s+(?:phone|line|landline|number)(?:\s+(?:is|was))?\s*[:,]?\s*$|\b[Tt]he\s+(?:workshop|forge|cattery|kennels|dairy|mill|yard|guild|lido|garage|orchard|farm|baths|pool|saleroom|auction\s+house|studio|loft|boatyard|chandlery|rope\s?walk|bakery|smithy|tannery)(?:['’]s?)?\s+(?:office\s+)?(?:phone\s+)?(?:number|line|landline)(?:\s+(?:is|was)|\s*,)\s*$|\b[Tt]he\s+(?:workshop|forge|cattery|kennels|dairy|mill|yard|studio|loft|boatyard|chandlery|bakery|smithy|tannery|garage|depot|salon|centre|club|hall|society)['’]s(?:\s+(?:is|was)|\s*,)?\s*$|\b[Tt]he\s+(?:[a-z-]+\s+)?(?:workshop|forge|cattery|kennels|dairy|mill|yard|guild|lido|garage|orchard|farm|baths|pool|saleroom|studio|depot|office|shop|salon|hall|club|centre|surgery|practice|library|school|college|hostel|café|cafe|pub|bar)\s+(?:can|could)\s+be\s+(?:reached|contacted|called|rung)\s+on\s*$|\b(?:booked|ordered|reserved|sold)\s+through\s*$|\b(?:booked|ordered|reserved|sold|arranged)\s+through\s+the\s+(?:[a-z-]+\s+)?(?:office|agency|firm|company)\s+on\s*$|\b[Tt]he\s+(?:[a-z-]+\s+){1,2}office\s+(?:(?:phone|number|line|landline)(?:\s+(?:is|was)|\s*,)?|on)\s*$|\b[Tt]he\s+(?:[a-z-]+\s+)?(?!(?:victim|mother|father|sister|brother|partner|wife|husband|son|daughter|landlord|landlady|friend|neighbour|boss|manager|employer)['’]s)(?:[a-z]+['’]s\s+)?(?:[a-z-]+\s+)?(?:office|gate|counter|till|kitchen|workshop|clubroom)(?:['’]s)?\s+(?:phone\s+)?(?:is|was)?\s*$|\b[Tt]he\s+(?:[a-z-]+\s+)?(?:cave|kiosk|studio|workshop|depot|yard|loft|centre|park|track|site|venue|gallery|museum|society|club)['’]s\s+(?:office\s+|shed\s+)?(?:phone|line|landline|number)(?:\s+(?:is|was))?\s*[:,]?\s*$|\b[Tt]he\s+(?:kiosk|studio|workshop|depot|site\s+office|office|gatehouse),\s*$|\b[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:firm|company|business|shop|centre|club|kiosk|desk|office|café|cafe|studio|depot|observatory|cathedral|church|museum)\s+is\s+on\s*$|\bthe\s+(?!(?:shelter|refuge)\s)(?:[a-z-]+\s+)?(?:office|desk|reception|depot|shop)\s+as\s*$/;
// "Roseland Homecare office 0191 …", "Payback unit 0191 …", "Trade counter 0191 …", "Bookings 0191 …", "00:38 control
// (0191 …)": a directory's entry, a body's
// office or desk opening the clause; not "Her office 0191 …", "Mrs Dolfor's office 0191 …" or "DDP office:" (which may
// be someone's initials).
const DIRECTORY_ENTRY_BEFORE =
  /(?:^|[.;]\s*)(?:\d{1,2}[:.]\d{2}\s+)?(?!(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)\s)(?:[\p{L}&-]+\s+){0,3}(?<!\b\p{Lu}{2,4}\s+)(?:office|unit|team|desk|counter|reception|registry|drop-in|switchboard|helpline|[Bb]ookings|[Ee]nquiries|[Oo]rders|[Rr]eservations|[Ss]ales|[Cc]ontrol|[Dd]uty|centre)\s*:?\s*$/u;
const POST_LINE_BEFORE =
  /\b(?:warden|steward|organiser|organizer|secretary|secretaries|treasurer|lead|officer|coordinator|co-ordinator|manager|commissioner|administrator|receptionist|clerk|caretaker)(?:['’]s)?(?:\s+(?:desk|office))?(?:\s+(?:line|number|phone))?(?:\s+for\s+(?:partner\s+)?(?:agencies|professionals|staff|referrers|partners))?(?:\s+(?:is|was))?(?:\s+(?:can|could)\s+be\s+(?:reached|contacted|called|rung))?(?:,?\s+(?:is\s+)?(?:on|at))?[^\S\n]*[:,]?[^\S\n]*$/;
// "The owner rang the council on 0113 …", "phoned the rally office on …": the place rung; a mobile there is the
// caller's own ("Mrs Butterfield phoned the office on 07700 …").
const RANG_PLACE_BEFORE =
  /\b(?:rang|phoned|called|rings|phones|calls|contacted|[Cc]ontact|[Cc]all|[Rr]ing|[Pp]hone)\s+the\s+(?:[a-z]+\s+){0,3}(?:council|surgery|hospital|helpline|hub|project|depot|marina|harbour\s+office|station|library|museum|office|police|theatre|cinema|venue|box\s+office|hotel|school|college|studio|workshop|loft|yard|boatyard|shop|salon|garage|bakery|centre|club|PDU|OMU|YOT|YOS|CMHT|MASH|team|unit|hostel|AP|approved\s+premises)\s+on\s*$/;
// "checked by phone with the letting agent on 0191 …": a firm's line, named by its trade.
const AGENT_LINE_BEFORE =
  /\b(?:with|to|from|via)\s+the\s+(?:letting|lettings|estate|managing)\s+agents?(?:['’]s?\s+office)?\s+on\s*$/;
const CALL_NOTICE_BEFORE =
  /(?:^|[.!?:,;]\s+)(?:[Pp]lease\s+)?(?:[Cc]all|[Rr]ing|[Pp]hone|[Tt]elephone)\s+(?:us\s+|the\s+[a-z-]+\s+)?(?:on\s+)?$/;
// "If you want to comment on licence conditions, please call …", "Residents …, please report visitors at night on …",
// "Visits booking for the prison: …": a notice's line, for whoever reads it.
const NOTICE_LINE_BEFORE =
  /(?:\b[Ii]f\s+you\s+(?:want|wish|need|would\s+like|have|see|are)\b[^.!?\n]{0,60},\s+(?:please\s+)?(?:call|ring|phone)|\b[Pp]lease\s+report\b[^.!?\n]{0,40}\bon|\b[Vv]isits?\s+(?:booking|bookings|line)\b(?:\s+for\s+the\s+(?:prison|ward|unit|centre))?\s*:)\s*$/;
const SERVICE_PURPOSE_AFTER =
  /^\s+(?:or\s+e-?mail\b|if\s+(?:you\s+)?(?:see|hear|notice|spot)\b|if\s+you\s+(?:would\s+like|want|wish|need)\s+to\s+(?:talk|speak|discuss|ask)\b|if\s+(?:you\s+are\s+|you['’]re\s+)?(?:late|lost|delayed|running\s+late)\b|with\s+(?:any\s+)?(?:questions|queries)\b|to\s+(?:book|report|order|arrange|reserve|request|cancel|make|enquire|donate|change|amend)\b|for\s+(?:[a-z-]+\s+)?(?:bookings|orders|enquiries|tickets|collections|details|information)\b|for\s+the\s+(?:[a-z-]+\s+){0,3}(?:office|unit|team|service|desk|centre)\b)/;
// "on 0191 … between 9am and 4pm": a landline staffed in office hours.
const OFFICE_HOURS_AFTER =
  /^\s+(?:between|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?\s+(?:and|to|-)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|^\s+(?:on\s+)?(?:weekdays|Monday\s+to\s+Friday|in\s+office\s+hours)\b/;
// "You can call me on 0191 … or write to the address above": a letter's line, beside its address.
const WRITE_INSTEAD_AFTER = /^\s+or\s+(?:write|e-?mail)\s+(?:to\s+)?(?:me|us|the\s+(?:address|office|unit|team))\b/;
// Not "We will only call 0191 … between 10am and 2pm": the number rung, the caller's hours.
const REACH_US_BEFORE = /\b(?:reach|contact|ring|call|phone)\s+(?:me|us|the\s+[a-z]+)\s+(?:on\s+)?$/;
const MOBILE_START = /^(?:\+44\s?\(?0?\)?\s?7|07)/;
// 03 numbers are for public bodies and organisations: one is someone's only where the text says whose it is ("Neighbour's
// phone:", "mobile", "contact", "phone call to", "for Hubbocks:", "staff nurse Spendlove:").
const NON_GEOGRAPHIC_START = /^(?:\+44\s?\(?0?\)?\s?3|03)/;
const PERSONAL_LINE_BEFORE =
  /\b(?:[Mm]obile|[Ll]andline|[Hh]ome|[Pp]ersonal|own|[Pp]rivate|[Dd]irect|[Cc]ontact|[Cc]ustomer|rang|texted|phoned|called|call\s+to|call\s+from|[Pp]hone\s+call|(?:[Rr]ider|[Dd]river|[Cc]aller|[Tt]enant|[Cc]lient|[Pp]atient|[Vv]ictim|[Ww]itness)\s+(?:phone|number))\b|['’]s\s+(?:\p{Ll}+\s+)?(?:phone|number|line|mobile)\b|\b(?:for|of|by)\s+(?:[A-Z]\.\s?)?\p{Lu}[\p{L}'’-]+\s*[:,]?\s*$|\b\p{Lu}\p{Ll}+\s*:\s*$/u;
const SERVICE_LINE_BEFORE =
  /(?:\b(?:museum|gallery|library|hotel|reception|front|club|shop|hospital|ward|site|security|safety|support|complaints|fraud|information|enquiry|enquiries|visitor|visitors['’]?|refund|refunds|returns|service|help|customer)\s+desk(?:['’]s)?\s+(?:(?:line|number|phone)|is\s+on)|\b(?:coaching|membership|tickets?|entries|competitions?|fixtures|lessons|bookings?|tee-time|court\s+bookings?)\s+(?:line|number)|\b[Bb]ookings(?:\s+for\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+(?:(?:can|could)\s+(?:also\s+)?be|(?:are|were)\s+(?:also\s+)?)\s*(?:made|taken)(?:\s+by\s+phone)?|\b(?:is|are|was|were|can\s+be)\s+(?:placed|ordered)|\b(?:[Cc]ustomers|[Bb]orrowers|[Hh]irers|[Mm]embers|[Rr]esidents|[Cc]lients|[Uu]sers|[Ss]tewards|[Vv]olunteers|[Pp]arents)\b[^.!?\n]{0,40}?\b(?:can|could|should|may|must)\s+(?:ring|call|phone)(?:\s+the\s+[a-z-]+)?|\boffice\s+can\s+be\s+(?:reached|contacted|called|rung)|\b[Bb]ookings\s+on|\b[Bb]ookings\s+(?:came|come)\s+in|\b(?:[Rr]esults|[Ss]cores|[Ff]ixtures)\s+(?:are|were)\s+(?:posted|given|announced|read\s+out)|\b(?:[Cc]ustomers|[Ss]tallholders|[Cc]lients|[Hh]irers|[Mm]embers|[Tt]raders|[Vv]isitors|[Pp]arents)\s+(?:book|booked|order|ordered|reserved)(?:\s+[a-z]+)?\s+(?:on|through)|\b[Mm]embers\s+book\s+(?:[A-Za-z]+\s+){0,2}(?:visits?|sessions?|lessons?|places?|slots?|tables?|courts?))(?:\s+(?:is|was))?(?:,?\s+on)?\s*[:,]?\s*$/;
const PERSON_OWNER_LINE_BEFORE =
  /\b(?:mum|mother|dad|father|sister|brother|partner|wife|husband|son|daughter|landlord|landlady|(?<!duty\s)manager|sponsor|caseworker|neighbour|friend|boss|mentor|employer|girlfriend|boyfriend)['’]s\s+(?:work\s+|office\s+|team\s+|unit\s+|direct\s+|warehouse\s+|shop\s+|yard\s+|business\s+|desk\s+)?(?:line|number)\b[^.]{0,20}$|\b(?:landlord|landlady|neighbour|friend|boss|employer|manager)['’]s\s+(?:own\s+|personal\s+)?mobile\b[^.]{0,40}$|\b(?:my|his|her|their|(?:supervisor|manager|officer|worker|keyworker|mentor|sponsor|coach|carer|driver|tenant|partner|victim|witness|caller|customer|client|volunteer|steward)['’]s)\s+(?:own|personal|private)\s+(?:mobile|phone|number|line)\b[^.\d]{0,40}$/i;
// "Job card 4471, Collessie Autos Ltd: customer V. Kinglassie, tel 0191 …": a firm's record gives its customer's number.
// "Police log: caller B. Osbaldeston, landline 0191 …": a log gives its caller's.
const CUSTOMER_LINE_BEFORE =
  /\b(?:[Cc]ustomer|[Cc]lient|[Pp]atient|[Tt]enant|[Kk]eeper|[Bb]uyer|[Hh]irer|[Cc]aller|[Cc]omplainant|[Ii]nformant|[Ww]itness)\s*:?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.\s*)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:tel|telephone|phone|mobile|landline|home|t)\.?:?\s*$/u;
// "Ladybridge Linen Ltd supplies the uniforms; their office number is …": a firm's, said of it as "their".
const FIRM_THEIR_LINE_BEFORE =
  /\b(?:Ltd|Limited|PLC|plc|LLP|&\s+(?:Sons|Co))\b[^.!?\n]{0,80}\btheir\s+(?:office|main|general|head\s+office)\s+(?:number|line)(?:\s+is)?\s*:?\s*$/;
const OWNER_BEFORE_LINE = /\b(?:his|her|their|my|own)\s+(?:own\s+)?$/i;
// "Office: 0113 496 0659 (Kelsborough probation office)": a body named in brackets after the number, "… is the MAPPA
// coordinator's line"; not "(his office)", nor a small firm's "(the yard office)", which may be the owner's own phone.
const ORGANISATION_LINE_AFTER =
  /^\s*\((?:option|press|ext\.?|extension)\s+\d|^\s*,?\s*and\s+(?:it\s+)?(?:goes|went|is\s+put|diverts)\s+(?:through\s+)?to\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:trust|office|council|team|desk|service|company|firm|charity)\b|^\s*\((?:office|main\s+office|switchboard|reception|booking\s+line|bookings|work|office\s+line)\)|^\s*\((?!(?:his|her|their|my|own|the)\s)(?:[a-z]+\s+){1,3}(?:switchboard|reception|office)\)|^\s*\((?:the\s+)?(?:school|college|surgery|council|hospital|club|church|mosque|PDU|OMU|police|probation)(?:\s+[A-Za-z]+){0,2}(?:,[^()\n]{0,30})?\)|^\s*\([^()\n]{0,30}\bshared\s+by\s+the\s+(?:team|office|staff|unit|ward)\b|^\s+(?:is|are)\s+the\s+(?:team|office|unit|service|ward)['’]s\s+(?:shared\s+)?(?:contacts?|line|number)\b|^\s*,?\s+(?:is|was)\s+(?:staffed|manned|open)\s+(?:until|from|between|24|round|day|at)\b|^\s*,\s+(?:a|the)\s+(?:church|office|council|school|club|shop|firm|works)\s+(?:line|number|phone)\b|^\s*,?\s+(?:is|was)\s+the\s+(?:\p{Lu}{2,6}\s+|[a-z]+\s+)?(?:coordinator|co-ordinator|administrator|clerk|receptionist|office|team|unit|desk|reception|switchboard)(?:['’]s)?\s+(?:line|phone|extension)\b|^\s*,?\s+(?:is|was)\s+answered\s+by\s+(?:whoever|whichever|the\s+(?:duty|staff|team|office)|staff)\b|^\s*\(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s+(?:office|team|service|centre|switchboard|reception|helpline|unit|desk|[Cc]ourt|[Cc]ouncil|[Tt]rust|[Ss]urgery|[Pp]harmacy|[Hh]ospital|[Ss]chool|[Cc]ollege)\)/u;

// "The pub's number 07700 900917 was the landlord's own mobile": said after it to be someone's own; "contacted the
// police on 0113 … from a friend's phone": the number is the phone called from.
const PERSON_OWNER_AFTER =
  /^\s*,?\s+(?:which\s+)?(?:was|is)\s+(?:also\s+)?(?:(?:the\s+)?[\p{L}'’]+['’]s|the\s+[\p{L}'’]+\s+own|his|her|their|my)\s+(?:(?:own|personal|home)\s+)*(?:mobile|phone|number|landline)\b|^\s+from\s+(?:a|an|his|her|their|my)\s+(?:[\p{L}'’-]+\s+){0,2}(?:phone|mobile|landline)\b/u;

// "Victim liaison can be reached on 0191 …", "Network customer services on …", "The employer line for the car wash is …":
// a team or a business reached on its line.
// "Night control phone", "Control room extension", "out of hours call", "contact our office on", "cctv@…, phone",
// "Ditcheat House phoned (0191 …)":
// a control room's or an office's line, a service's out-of-hours number, a team's phone after its mailbox.
const SERVICE_DESK_BEFORE =
  /(?:\b(?:rang|phoned|called|contacted)\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:House|Lodge|Hostel)\s+on|\b[Cc]ustomer\s+services\s+on|\bline\s+for\s+the\s+(?:[a-z-]+\s+){0,2}(?:car\s+wash|shop|garage|office|club|centre|yard|depot|site|firm|business|salon|gym)\s+is|\b(?:[Vv]ictim\s+liaison|unit|team|service|office|desk|reception|switchboard|admissions|enrolment|[Ww]ard(?:\s+\([^()\n]{1,20}\))?)\s+(?:can|could)\s+be\s+(?:reached|contacted|called|rung)\s+on|(?:^|:\s*)(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Team|Unit|Service|Office|Desk|Centre)\s*\|\s*[\w.+-]+@[\w.-]+\.[a-z]{2,}\s*\||\b\p{Lu}\p{Ll}+\s+(?:House|Lodge|Hostel)\s+(?:phoned|rang|called)(?:\s+(?:from|on))?|\bline\s+for\s+(?:professionals|staff|referrers|partners|(?:partner\s+)?agencies)|\b(?:probation|police|PDU|team|office|council)\s+duty|\b\p{Lu}\p{Ll}+\s+(?:Depot|Office|Station|Centre|Hub|Yard|Surgery|Clinic),?\s+(?:tel|telephone|phone|t)\.?|\b(?:[Nn]ight\s+|[Dd]ay\s+|[Ee]vent\s+|[Ff]estival\s+|[Dd]epot\s+)?[Cc]ontrol(?:\s+room)?\s+(?:phone|line|number|extension)(?:\s+(?:is|was))?|\b[Oo]ut[\s-]of[\s-]hours(?:\s+(?:call|ring|phone|line|number|contact))?(?:\s+(?:is|on))?|\b(?:contact|call|ring|phone)\s+our\s+(?:office|team|reception|switchboard|helpline)(?:\s+on)?|@[\w.-]+\.[a-z]{2,},\s*(?:phone|tel|telephone|t)\.?)\s*:?\s*$/u;
// "(Dromara Buses customer services)", "(fire safety office, weekdays 9 to 5)": a body's service named in brackets after
// the number; "0191 … via the office": a line a body answers.
const SERVICE_AFTER =
  /^\s*\((?:\p{Lu}[\p{L}'’&-]*\s+){1,3}(?:customer\s+services|services|office|depot|control|helpline|reception|switchboard|enquiries)\)|^\s*\((?!(?:the|saved|stored|written|listed|kept)\s)(?:[\p{Ll}-]+\s+){0,3}(?:office|desk|team|unit|switchboard|reception|helpline)\b[^()\n]{0,30}\)|^\s+via\s+(?:the\s+)?(?:office|switchboard|reception|front\s+desk)\b/u;

// "Her office number is", "Dr Eraser's office line is", "The KS office line", "the office number" (perhaps a
// practitioner's direct line), "the shelter office as": the text says whose, or the number leads to where someone hides.
const OWNED_OR_HIDDEN_BEFORE =
  /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|own)\b[^.;:!?]{0,40}:?\s*$|['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:line|number|phone|mobile|office|landline|desk)\b[^.;:!?]{0,20}:?\s*$|\b(?:[Tt]he|[A-Z]{2})\s+office\s+(?:number|line)\b[^.;:!?]{0,12}$|\b(?:[Ss]helter|[Rr]efuge)\b[^.;]{0,30}$/u;

// "Signed: Tam, tam.quell@…, 0121 …", "Regards, P. Quell, …": a signature (someone signs) or a sign-off that opens
// with a first name or an initial gives that person's number; "Kind regards, Student Support Team, …" a team's.
const SIGNED_BY_BEFORE =
  /(?:^|[.;]\s+)(Signed|[Kk]ind\s+regards|[Bb]est\s+regards|Regards|[Bb]est\s+wishes|[Mm]any\s+thanks|Thanks|Yours\s+(?:sincerely|faithfully))[:,]?\s+(\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?:[^.;]|\.(?=\S))*$/u;
const signedByName = (before: string) => {
  const m = SIGNED_BY_BEFORE.exec(before);
  return m !== null && (m[1]!.startsWith("Signed") || m[2]!.endsWith(".") || isKnownFirstName(m[2]!));
};

// "Littlebourne House, 6 Wincheap Road, Chartham CT82 1AP, telephone …", "Probation office: Comber Road, Bangor BT20
// 4PL. Telephone …", "…, Maesyfed LD21 6RX; dispensary 0191 …": the number straight after an address, with at most a
// word for a phone or a desk between them.
const PHONE_AFTER_ADDRESS =
  /^\s*[,.;]?\s*(?:(?:[Tt]el|[Tt]elephone|[Pp]hone|[Tt]|[Dd]ispensary|[Rr]eception|[Ss]witchboard|[Oo]ffice|[Ee]nquiries|[Bb]ookings|[Ss]ales|[Mm]ain\s+line|(?:[Ss]tudent|[Cc]ustomer|[Vv]isitor)\s+services)\.?:?\s*)?$/;

/** Whether the number at [from, …) follows an address that is an organisation's, and so is that organisation's. */
function afterOrganisationsAddress(block: TextBlock, from: number, addresses: ContactRead[]): boolean {
  const address = addresses.findLast((a) => a.to <= from);
  return (
    address !== undefined &&
    PHONE_AFTER_ADDRESS.test(block.text.slice(address.to, from)) &&
    isOrganisations(block.text, address, "address")
  );
}

/** The phone numbers in a block, and whether the written cues make each an organisation's. */
export function readPhoneNumbers(block: TextBlock): ContactRead[] {
  const addresses = readAddresses(block);
  // "From 0191 496 2281 01:55:": the hour of a time after a number is not one of its groups.
  const uk = allMatches(PHONE, block.text)
    .map((m) => {
      const from = m.index ?? 0;
      const time = TIME_AFTER.exec(block.text.slice(from, from + m[0].length + 3));
      return { text: time && time.index < m[0].length ? m[0].slice(0, time.index) : m[0], from };
    })
    .filter((m) => {
      const n = nationalDigits(m.text);
      return n === 10 || n === 11;
    });
  const abroad = allMatches(INTERNATIONAL, block.text)
    .filter((m) => {
      const n = internationalDigits(m[0]);
      return n >= 8 && n <= 15;
    })
    .map((m) => ({ text: m[0], from: m.index ?? 0 }));
  const found = [...uk, ...abroad]
    .sort((a, b) => a.from - b.from)
    // "4000 0027 1836 0019": the last groups of a card's number, not a number abroad.
    .filter((m) => !DIGITS_BEFORE.test(block.text.slice(Math.max(0, m.from - 2), m.from)));
  return sameLineSameOwner(
    found.map((m): ContactRead => {
      const from = m.from;
      const before = block.text.slice(Math.max(0, from - 80), from);
      const body = BODY_OFFICE_LINE_BEFORE.exec(before);
      // Capitals must be a team's the dictionary knows ("OMU"), not two letters that may be someone's initials.
      const bodyLine = body !== null && (body[1] === undefined || (body[1].length > 2 && !!lookupAcronym(body[1])));
      const line = ORGANISATION_LINE_BEFORE.exec(before);
      const service = SERVICE_LINE_BEFORE.exec(before);
      // "His bookings line", "her own repairs line": a person's own number, whatever it is called.
      const ownLine = line !== null && OWNER_BEFORE_LINE.test(before.slice(0, line.index));
      // "His mum's office number", "the landlord's work line": a person's line, whatever the place it rings.
      // "Lettings Manager (mobile 0191 …)": a signer's own mobile, whatever the number looks like.
      const signedInPost =
        !MOBILE_START.test(m.text) &&
        !/\b(?:mobile|personal|home)\b[^\d]{0,4}$/i.test(before) &&
        signedInPostBefore(block.text.slice(Math.max(0, from - 200), from));
      const personsLine =
        PERSON_OWNER_LINE_BEFORE.test(before) ||
        CUSTOMER_LINE_BEFORE.test(before) ||
        PERSON_OWNER_AFTER.test(block.text.slice(from + m.text.length, from + m.text.length + 60));
      // "Call 0113 496 0878 to book a collection": a notice's landline, for a service; a mobile stays its owner's.
      const serviceCall =
        !MOBILE_START.test(m.text) &&
        CALL_NOTICE_BEFORE.test(before) &&
        SERVICE_PURPOSE_AFTER.test(block.text.slice(from + m.text.length, from + m.text.length + 30));
      const nonGeographic =
        NON_GEOGRAPHIC_START.test(m.text) && !PERSONAL_LINE_BEFORE.test(before.slice(Math.max(0, before.length - 50)));
      const byCues =
        !personsLine &&
        (serviceCall ||
          signedInPost ||
          nonGeographic ||
          (line !== null && !ownLine) ||
          bodyLine ||
          POLICE_LINE_BEFORE.test(before) ||
          ((POST_LINE_BEFORE.test(before) ||
            PLACE_LANDLINE_BEFORE.test(before) ||
            RANG_PLACE_BEFORE.test(before) ||
            AGENT_LINE_BEFORE.test(before) ||
            DIRECTORY_ENTRY_BEFORE.test(before)) &&
            !MOBILE_START.test(m.text)) ||
          FORCE_BEFORE.test(before) ||
          (NOTICE_LINE_BEFORE.test(before) && !MOBILE_START.test(m.text)) ||
          THE_SOMETHING_LINE_BEFORE.test(before) ||
          ITS_NUMBER_BEFORE.test(before) ||
          teamMailboxBefore(before) ||
          teamMailboxJustBefore(block, from) ||
          (!MOBILE_START.test(m.text) && teamMailboxAfter(block, from + m.text.length)) ||
          ((LETTERHEAD_ADDRESS_BEFORE.test(before) ||
            LETTERHEAD_LINE_BEFORE.test(before) ||
            ORGANISATION_DEPARTMENT_BEFORE.test(before)) &&
            !MOBILE_START.test(m.text)) ||
          (service !== null && !OWNER_BEFORE_LINE.test(before.slice(0, service.index))) ||
          ORGANISATION_LINE_AFTER.test(block.text.slice(from + m.text.length, from + m.text.length + 60)) ||
          (!MOBILE_START.test(m.text) && afterOrganisationsAddress(block, from, addresses)) ||
          (!MOBILE_START.test(m.text) &&
            REACH_US_BEFORE.test(before) &&
            (OFFICE_HOURS_AFTER.test(block.text.slice(from + m.text.length, from + m.text.length + 40)) ||
              WRITE_INSTEAD_AFTER.test(block.text.slice(from + m.text.length, from + m.text.length + 40)))) ||
          (!MOBILE_START.test(m.text) &&
            FIRM_THEIR_LINE_BEFORE.test(block.text.slice(Math.max(0, from - 160), from))) ||
          (!MOBILE_START.test(m.text) &&
            (SERVICE_DESK_BEFORE.test(before) ||
              SERVICE_AFTER.test(block.text.slice(from + m.text.length, from + m.text.length + 60)))));
      const owned =
        personsLine ||
        MOBILE_START.test(m.text) ||
        OWNED_OR_HIDDEN_BEFORE.test(before) ||
        (signedByName(before) && !signedInPost);
      return { from, to: from + m.text.length, byCues, owned };
    }),
    found.map((m) => m.text),
  );
}

/** PII-008: UK mobile, landline and 03 numbers, and numbers abroad with their country code (patterns [inferred], DOMAIN.md §4.7). */
export const pii008PhoneNumber: BlockRule = {
  ids: ["PII-008"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    const reads = readPhoneNumbers(block);
    const keys = reads.map((read) => nationalNumber(block.text.slice(read.from, read.to)));
    const bodies = reads.map((read) => isOrganisations(block.text, read, "phone"));
    // "Phone on file: 0191 …; the officers reached him on +44 191 …": one line is one owner's; a person's if either says so.
    const personal = new Set(keys.filter((_, i) => !bodies[i]));
    return reads.map((read, i) => {
      const organisation = bodies[i]! && !personal.has(keys[i]!);
      return createFinding(
        "PII-008",
        organisation ? "info" : severity,
        block.text,
        read.from,
        read.to,
        organisation
          ? "An organisation's phone number: no one's personal data, but not needed in a review."
          : "Phone number: remove it from the review.",
      );
    });
  },
};
