import pii from "../data/piiLexicon.json" with { type: "json" };
import { allMatches } from "../engine/allMatches.js";
import { findPhrases } from "../engine/findPhrases.js";
import {
  articleBefore,
  capitalisedWordAfter,
  fixedPhraseSpans,
  hospitalWardAt,
  isMonthUse,
  joinedToProperNoun,
  animalNameAt,
  definedAsWordAt,
  familyBusinessAfter,
  partOfOtherProperNoun,
  personFollows,
  pastDeedFollows,
  isPastDeed,
  nationalityOrPrefixedWord,
  modifiesPluralSubject,
  sentenceInitial,
  speakerLabelAt,
  titleCaseWordAfter,
} from "./nameContext.js";
import { isCapitalisedWord, lookupAcronym } from "./acronymDictionary.js";
import { isEnglishCompound, isEnglishWord } from "./englishWords.js";
import { attendanceListNames } from "./attendanceListNames.js";
import { isAscii, isSpace } from "./charClasses.js";
import { containsAny } from "./containsAny.js";
import { escapeRegExp } from "./escapeRegExp.js";
import { COMMON_WORD_NAMES, FIRST_NAMES, foldName, isKnownFirstName } from "./firstNames.js";
import { isMailboxTeamWord } from "./mailboxWords.js";
import { mayNameSomeone, NOTE_MARKS } from "./mayNameSomeone.js";
import { isListedSurname } from "./surnames.js";
import { cellsBesideRole, nameColumnCells } from "./nameColumnCells.js";
import type { TextBlock } from "./TextBlock.js";
import { sortByFrom } from "../engine/sortByFrom.js";
import { cueAlternation } from "./cueAlternation.js";
import { titleCase } from "./titleCase.js";
import { hastyRanges, insideAddressOrHandle, lowerCaseStretches } from "./writtenWithoutCapitals.js";

/** A likely person name that may not be in the register. */
export interface NameCandidate {
  from: number;
  to: number;
  text: string;
  /** `titled`: "Ms Kelly Brown", "Mr Mills", "PC Gemma Rudd"; `full`: a known first name and a surname; `first`: a known first name alone; `cued`: a capitalised name after "her partner" or "the report writer," or before ", a friend". */
  kind: "titled" | "full" | "first" | "cued";
}

const NOT_NAMES = new Set(pii.notNames);
const PLACE_WORDS = new Set(pii.placeWords);
const TITLES = new Set(pii.titles);
const KINSHIP_WORDS = new Set(pii.kinshipWords);
const SENTENCE_ADVERBS = new Set(pii.sentenceAdverbs);
const ORGANISATION_WORDS = new Set(pii.organisationWords);
const PERSON_VERBS = new Set(pii.personVerbs);
/** Role cues as capitalised words ("Manager", "Officer"): in a heading or signature they follow a person's name. */
const ROLE_WORDS = new Set(pii.roleCues.flatMap((cue) => cue.split(" ").map(titleCase)));
// Letters may carry combining marks: text pasted from elsewhere can be decomposed ("Kovac\u030cevic\u0301").
// Cantonese and Korean given names are written with a hyphen and a lower-case second syllable: "Siu-ming", "Ji-hoon".
const HYPHENED_GIVEN = "\\p{Lu}\\p{Ll}{1,4}-\\p{Ll}{2,5}";
const NAME_PART = `(?:${HYPHENED_GIVEN}(?![\\p{L}\\p{M}'’-])|(?:Mc|Mac|O['’]|D['’])?\\p{Lu}\\p{M}*[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}\\p{M}*[\\p{Ll}\\p{M}]+)*)`;
const NAME_WORD = new RegExp(`^${NAME_PART}$`, "u");
/** A cue word with its first letter in either case ("partner" / "Partner"). */
// Longest first, so that "Mr Justice" wins over "Mr" ("Mr Justice Sawyer").
const TITLE_ALTERNATION = [...pii.titles].sort((a, b) => b.length - a.length).join("|");
// Titles may be stacked ("Detective Sergeant Jones", "Revd Dr Okafor"); a police officer's collar number may come
// between rank and name ("PC 5162 Oluwaseyi Adeyemo"). Within a line: "Senior Probation Officer\nAudit" is no name.
const TITLED = new RegExp(
  `\\b(?:(?:${TITLE_ALTERNATION})\\.?[^\\S\\n]+)+(?:(?<=\\b(?:PC|DC|PS|DS|Sgt|Constable)\\.?[^\\S\\n]+)\\d{3,5}[^\\S\\n]+)?((?:(?:${pii.nameParticles.join("|")})(?:[^\\S\\n]+|-(?=\\p{Lu}))){0,2}${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){0,2}|\\p{Lu}(?![\\p{L}]))`,
  "gu",
);
// Within a line: a name never runs on into the next ("To: Lleucu Tholepin\nSubject: …").
const CAPITALISED = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])${NAME_PART}(?:[^\\S\\n\\v\\u2028\\u2029]+${NAME_PART}){0,3}`,
  "gu",
);
// Relationship cues take a name of up to three words ("her partner, Dean", "a cousin, Lê Văn Thắng"); "named only
// as Gaz" and "known as Gaz" too.
const CAPS_SURNAME_AFTER = /^\s\p{Lu}{2}/u;
const CUED = new RegExp(
  `\\b(?:${cueAlternation(pii.thirdPartyCues)})(?:\\s+(?:from|by|with)\\s+(?:a|an|his|her|their|the)(?:\\s+\\p{Ll}+){1,3},)?(?:\\s+(?:only|simply|just))?(?:\\s+as)?[,:]?\\s+(?:\\(|"|“|'|‘)?(${NAME_PART}(?:\\s+${NAME_PART}){0,2})`,
  "gu",
);
// The person under review named beside what the review calls them: "The SI, Jorvel Landreth, was recalled", "the
// defendant (Orrin Vell)".
const SUBJECT_NAMED = new RegExp(
  `\\b[Tt]he[^\\S\\n]+(?:SI|supervised[^\\S\\n]+individual|person[^\\S\\n]+on[^\\S\\n]+probation|offender|defendant|accused|suspect|perpetrator)(?:,[^\\S\\n]+|[^\\S\\n]+\\()(${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){0,2})(?=[^\\S\\n]*[,;.)])`,
  "gu",
);
const hasSubjectCue = containsAny([
  "he SI",
  "he supervised",
  "he person on",
  "he offender",
  "he defendant",
  "he accused",
  "he suspect",
  "he perpetrator",
]);
/** The person under review named beside the identifier (see SUBJECT_NAMED). */
function subjectNamed(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(SUBJECT_NAMED, text)) {
    const value = m[1]!;
    const words = value.split(SPACES);
    if (!words.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w))) continue;
    if (!isKnownFirstName(words[0]!) && !noEnglishWord(words)) continue;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// "Ikenna's children, Serenity and Somto, …", "her sisters Amal, Hodan and Nimco": a plural relation and a list of names.
const LIST_CUED = new RegExp(
  `\\b(?:${cueAlternation(pii.pluralRelationCues)})(?:\\s+(?:at|from|of|in)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’&-]*\\s+){0,3}\\p{Lu}[\\p{L}'’&-]*)?(?:,?\\s+(?:were|are))?,?\\s+(${NAME_PART}(?:\\s+${NAME_PART})?(?:,\\s+${NAME_PART}(?:\\s+${NAME_PART})?)*,?\\s+(?:and|&)\\s+${NAME_PART}(?:\\s+${NAME_PART})?)(?![\\p{L}\\p{N}'’-])`,
  "gu",
);
const NON_KIN_PLURALS =
  /\b(?:colleagues|workmates|teammates|housemates|flatmates|co-workers|carers|foster carers|grandparents|step-parents|guardians|pickers|volunteers|mentors|patients|residents|workers|nurses|officers)\b/i;
const COMMAND_AFTER = /^\s+(?:command|commanders?)\b/;
const PLACE_PHRASE_IN_CUE = /\s(?:at|from|of|in)\s/;
const LIST_SEPARATOR = /,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/;
// Family words used as titles ("Auntie Cherry", "Nan Ebele"): the name after them.
const KIN_TITLED = new RegExp(
  `\\b(?:${pii.kinshipTitles.join("|")})\\s+(${NAME_PART})(?![\\p{L}\\p{N}'’-]|\\s+${NAME_PART})`,
  "gu",
);
const WORD_TITLED = new RegExp(`^(?:${[...pii.wordTitles].sort((a, b) => b.length - a.length).join("|")})\\.?\\s`);
const BE_BEFORE_NAME = /\s(?:is|was)\s+$/;
const TITLE_DOT_THEN_LABEL = /\.\s+\S+$/;
// Common English surnames that are also words, for where a word after a rank is read as a new sentence.
const COMMON_SURNAME_WORDS: ReadonlySet<string> = new Set(
  "Smith Taylor Baker Turner Cooper Hill Wood Hall Green Ward King Wright Walker Clarke Hughes Parker Cook Bell Marshall Mason Fisher Carter Butcher Fletcher Shepherd Hunter Thatcher Porter Cross Stone Rose Lamb Fox Bird Nash Field Lane Marsh Hope Page Day Moss Fry Brook Brooks Wells Rich Head Price Young Long Short Sharp Moon Frost Snow Lord Bishop Dean Mills Bush Lake Pond Hart Gill Glass Steel Stark Bright Noble Golding".split(
    " ",
  ),
);
const WORD_TITLE_THEN_DOT = /(?:^|\s)(\p{Lu}\p{Ll}{3,}|\p{Lu}{2,3})\.\s/u;
const JOB_TITLED = /^(?:Coach|Vicar|Pastor|Officer|Operator|Driver|SO|Custodial Manager)\s/;
// "Officer Safety training", "the Custodial Manager Support role": a job title and a word naming a thing, not a person.
const THING_AFTER_JOB_TITLED =
  /^\s+(?:course|training|module|certificate|grade|scheme|programme|policy|briefing|session|refresher|update|standards|manual|procedures?|award|rota|meeting|team|role|post|vacancy)s?\b/;
const HONOUR_TITLE = /^(?:Sir|Dame|Lady|Lord)\s/;
const THE_BEFORE_TITLE = /\bthe\s+$/i;
const NUMBER_AFTER = /^\s+\d/;
const ANIMAL_CALLED_BEFORE =
  /\b(?:dog|dogs|puppy|cat|kitten|horse|pony|pet|bully|terrier|lurcher|mastiff|breed|type|boat|yacht|van|car)\s+(?:(?:was|is)\s+)?(?:called|named|known)\b/;
// Ward titles before one or two names that end the capitalised run ("Nurse Azevedo found him", "Sister Tinker rang");
// not a nurse's job or service ("Nurse Led Clinic", "Nurse Prescribing").
const WARD_TITLED = new RegExp(
  `\\b(?:${pii.wardTitles.join("|")})\\s+(${NAME_PART}(?:\\s+${NAME_PART})?)(?![\\p{L}\\p{N}'’-]|\\s+\\p{Lu})`,
  "gu",
);
// Naming verbs need "as": "a man he knew only as Dazza", "referred to him as Kez", "introduced herself as Bex".
const NAMED_AS = new RegExp(
  `\\b(?:${cueAlternation(pii.namingCues)})(?:\\s+(?:him|her|them|himself|herself|themselves|(?<=\\b[Kk]new\\s+)(?:${NAME_PART}|the\\s+(?:SI|victim))))?(?:\\s+to\\s+(?:him|her|them|staff|neighbours|everyone|everybody|mates|colleagues|the\\s+(?:lads|women|men|girls|boys|residents|tenants|others|crew|cast|team|regulars|drivers|players|members|volunteers|porters|marshals)|(?:his|her|their)\\s+(?:mates|friends|unit|section|platoon|squadron|crew)))?(?:\\s+(?:only|simply|just))?(?:\\s+(?:online|locally|on\\s+the\\s+streets?|on\\s+the\\s+(?:wings?|wards?|landings?|estate|roads?|rounds?|circuit|floor|beat|van|site|yard|farm|course|unit|ward|scheme|programme|project|parade|street|rank|door|app|platform)|inside|in\\s+(?:prison|custody|jail)|in\\s+(?:the\\s+)?chats?|(?:in|at)\\s+the\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}?(?:town|village|valley|dale|parish|area|city|neighbourhood|community|family|group|gang|flat|house|hostel|street|pub|club|yard|class|school|team|trade|mart|hotel|gym|centre|church|mosque|site|camp|warehouse|fair|temple|market|depot|office|studio|salon|shop|farm|stables|ring|wharf|marina|hall|kitchen|ward|wing)|at\\s+work|in\\s+\\p{Lu}\\p{Ll}+|to\\s+(?:police|friends)))?\\s+as\\s+(?:"|“|'|‘)?(${NAME_PART}(?:\\s+${NAME_PART})?)`,
  "gu",
);
const CALLED_OR_NAMED = /^(?:called|named|known)\b/i;
const THING_NAMED_BEFORE =
  /\b(?:group|chat|channel|page|account|band|shop|pub|café|cafe|boat|trawler|vessel|ponies|horses|dogs|cats|hens|goats|donkeys|eight|coxless\s+four|quad|scull|skiff|dinghy|canoe|kayak|yacht|catamaran|laser|topper|wayfarer|cruiser|narrowboat|barge|horse|racehorse|filly|colt|pony|dog|puppy|cat|pet|operation|project|programme|scheme|app|website|game|song|track|film|book|street|road|village|estate|racecourse|course|ground|stadium|ward|unit|network|server|wi-?fi|studio|salon|parlour|firm|company|business|reef|rock|island|skerry|loch|croft|park|field|paddock|meadow|garden|screen|rink)(?:\s+(?:was|is|were|are))?\s+$/i;
// "The team is called Glenhorn Dressers": what a team or a club is called.
const GROUP_CALLED_BEFORE =
  /\b(?:team|club|crew|choir|society|side|troupe|league|gym|app|firm|shop|pub|bar|café|cafe|company|business|venue|website|charity|project|band|programme|scheme|salon|studio)\s+(?:was|is)\s+$/i;
const PLACE_OF_WORK_NAMING = /\son\s+the\s+(?:van|site|yard|farm|course|unit|ward|scheme|programme|project)\s+as\s/;
const QUOTE_BEFORE = /["“'‘]/;
const QUOTE_CLOSING = /["”]/;
// Who is "known … as": a word for a person set off before it ("His cellmate, known on the wing as"), or a pronoun or a
// full name before "was known" ("He was known …", "Gennaro Esposito was known …"), which must read as a person's
// ("The Segregation Unit was known on the wing as" is a place).
const PERSON_KNOWN_AS = new RegExp(
  `(?:\\b(?:cellmate|flatmate|housemate|workmate|colleague|mate|man|woman|boy|girl|lad|brother|sister|cousin|friend|associate|co-defendant|prisoner|inmate|partner|son|daughter|neighbour|rider|driver|runner|dealer|shark|player|user|${cueAlternation(pii.roleCues)}),?|\\b(?:man|woman|patient|resident|prisoner)\\s+in\\s+(?:bed|room|cell|bay)\\s+\\d{1,3},?|\\b(?:[Hh]e|[Ss]he|[Tt]hey)\\s+(?:was|is|had\\s+been|has\\s+been|became|were|are)|(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)(?:,?\\s+(?:was|is|had\\s+been|has\\s+been|became)|,))\\s+$`,
  "u",
);
const KNOWN_CUE = /^known\b/;
const KNOWN_FIELD = /^[Kk]nown\b/;
/** "Bekim Osmani", "Gennaro Esposito": a known first name, or no English word at all ("Synthetic Cannabinoids"). */
const knownOrForeignName = (parts: readonly string[]) => isKnownFirstName(parts[0]!) || noEnglishWord(parts);
// "Malachi Gold, whose street name is "Nugget"": a person's other name, word or not.
const STREET_NAME = new RegExp(
  `\\b(?:(?:whose|his|her|their)\\s+(?:street|road|wing|gang|drill|stage|ring|working|on-air|CB)\\s+name\\s+(?:is|was)|under\\s+the\\s+(?:stage|ring|working|pen|on-air)\\s+name|(?:uses|used)\\s+the\\s+(?:radio\\s+|CB\\s+|on-air\\s+)?(?:handle|call\\s+sign|tag)|(?:[Ww]hose|[Hh]is|[Hh]er|[Tt]heir|\\p{Lu}\\p{Ll}+['’]s)\\s+(?:radio\\s+|CB\\s+)?(?:handle|call\\s+sign)(?:\\s+on\\s+the\\s+(?:radio|channel))?\\s+(?:is|was)|(?:listed\\s+(?:him|her)|works|worked|performs|performed|fights|fought)\\s+as(?=\\s+["“]))\\s+(?:["“‘'](${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)["”’']|(${NAME_PART}))`,
  "gu",
);
// The words every form of that pattern holds; most blocks have none.
const STREET_NAME_CUES = ["name", "handle", "call sign", " tag", 'as "', "as “"];
const hasStreetNameCue = containsAny(STREET_NAME_CUES);
// "Darrell Partridge, aka Dazza,": another name for someone.
const AKA = new RegExp(
  `${NAME_PART},?\\s+(?:aka|AKA|a\\.k\\.a\\.?)\\s+(?:"|“|'|‘)?(${NAME_PART}(?:\\s+${NAME_PART})?)`,
  "gu",
);
// "known online as", "known on the streets as": a qualified naming is as often a drug's or a group's name.
const QUALIFIED_NAMING =
  /\s(?:online|locally|on\s+the\s+streets?|on\s+the\s+(?:wing|landings?|estate|roads?|van|site|yard|farm|course|unit|ward|scheme|programme|project)|inside|in\s+(?:prison|custody|jail)|in\s+(?:the\s+)?chats?|in\s+the\s+(?:town|village|area|city|neighbourhood|community|family|group|gang)|(?:in|at)\s+the\s+[a-z'’-]+(?:\s+[a-z'’-]+){0,2}|at\s+work|in\s+[A-Z][a-z]+|to\s+(?:police|friends|him|her|them|staff|neighbours|everyone|everybody|mates|colleagues|the\s+(?:lads|women|men|girls|boys|residents|tenants|others|crew|cast|team|regulars|drivers|players|members|volunteers|porters|marshals)|(?:his|her|their)\s+(?:mates|friends|unit|section|platoon|squadron|crew))(?:\s+(?:only|simply|just))?)\s+as\s/;
// The name a letter or e-mail is signed with, alone on the line after the sign-off ("Yours sincerely\nMeirion Tegid",
// "Yn gywir / Yours sincerely\nMeirion Tegid", "Cofion\nAnwen").
const SIGNED = new RegExp(
  `(?:[Rr]egards|[Ss]incerely|[Ff]aithfully|[Ww]ishes|[Tt]hanks|[Tt]hank\\s+you|[Cc]ofion|[Yy]n\\s+gywir),?[^\\S\\n]*\\n[^\\S\\n]*(${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){0,2})[^\\S\\n]*(?=\\n|$)`,
  "gu",
);
const PERSON_TAKING_BEFORE = /\b(?:for|with|told|asked|gave|owed|owes|visited|called|threatened|assaulted|hit|and)\s+$/;
const CELL_AFTER_NAME = new RegExp(`(${NAME_PART})\\s+\\((?:cell|room)\\s+[\\p{L}\\d][\\p{L}\\d/-]*\\)`, "gu");
// A log of timed entries, and the initials that end one: "22:55 Room 4 back from the shop. DF".
const LOG_ENTRY = /(?:^|\n)\s*\d{1,2}[:.]\d{2}\s/;
// A message, and the writer's initials that end it: "Re: breath test 11 May. Thanks Dumenicu, I will raise it. LP".
const MESSAGE_HEAD = /^(?:(?:Re|RE|Fwd?|FW):\s|(?:Hi|Hello|Dear|Morning|Afternoon|Thanks)\b)/;
// What a log's line may end with that is no one's initials: "Returned to the AP. OK", "No further action. NFA".
const LOG_ABBREVIATIONS: ReadonlySet<string> = new Set(
  "OK NFA NTR NA TBC TBA ASAP FYI CD TV PC SO HCA CCTV AP UK".split(" "),
);
// The roles a note's writer signs with; not "(HMP)" or "(CRC)", which follow a place or a body.
const STAFF_ROLES_SIGNED: ReadonlySet<string> = new Set(
  "RMN RGN CPN HCA SW OT PP PO SPO PSO POM COM OSG RC AMHP SALT GP DS DC PC PS CM SO AP IDVA ISVA VLO".split(" "),
);
const SIGNED_WITH_ROLE =
  /[.!?][^\S\n]+(\p{Lu}{2,3}|\p{Lu}\p{Ll}+)[^\S\n]*\((\p{Lu}{2,5}|\p{Lu}\p{Ll}+)\)[^\S\n]*(?=\n|$)/gu;
const LOG_INITIALS = /[.!?][^\S\n]+(\p{Lu}{2,3})[^\S\n]*(?=\n|$)/gu;
// A maiden or former name: "Glory (née Mabey)", "The SI, formerly Glory Mabey,".
const NEE = new RegExp(`\\b(?:née|nee)\\s+(${NAME_PART}(?:\\s+${NAME_PART}){0,1})`, "gu");
const FORMERLY = new RegExp(
  `\\b(?:formerly|previously\\s+known\\s+as)\\s+(${NAME_PART}\\s+${NAME_PART})(?![\\p{L}'’-]|\\s+\\p{Lu})`,
  "gu",
);
// Whoever was born on a date given in brackets after the name: 'the child AWEN PENRY-AWBREY (born 03/03/2016)'.
const BORN_IN_BRACKETS = /\((?:born|b\.|DOB|D\.O\.B\.?)[\s:]/;
const PRODUCT_AFTER =
  /^\s+(?:sunglasses|trainers|tracksuits?|jackets?|hoodies?|handbags?|jeans|perfume|aftershave|headphones|earphones)(?![\p{L}'’-])/u;
// What is worn or owned, not given: "a pair of Oakley sunglasses", "wore Jordan trainers"; "He bought Kian trainers".
const WORN_BEFORE = /\b(?:a|an|the|his|her|their|of|wore|wearing|in|new|fake|designer|black|white|grey|red|blue)\s+$/i;
// A message signed inside its quotation marks: '"… I promise. Chantal"', '"see you there, Amira x"'.
const NOT_SENDERS: ReadonlySet<string> = new Set(["Ok", "OK", "Okay", "Nobody", "Everyone", "Someone"]);
const SENDER_HERE = new RegExp(`(?:^|\\n|["“‘])[^\\S\\n]*(${NAME_PART})[^\\S\\n]+here[.,!:]`, "gu");
const SIGNED_IN_QUOTE = new RegExp(
  `(?:[.!?,]|\\p{Extended_Pictographic})\\s+(?:[–—-]\\s*)?(${NAME_PART})(?:\\s+x+)?\\s*["”]`,
  "gu",
);
// A quotation that a text or a message opened: 'The message read: "Don't tell your mum. Fordy"'.
const MESSAGE_QUOTED_BEFORE =
  /\b(?:[Tt]ext|[Mm]essage|WhatsApp|[Vv]oicemail|[Cc]ard|[Nn]ote|[Ee]-?mail|[Rr]eply)s?\b[^"“”\n]{0,24}["“][^"“”\n]*$/;
// What a group chat or a game called someone: 'In the flat chat he was "Wolz" and she was "Sìl"'.
const QUOTED_AS_PERSON = /\b(?:he|she|they)\s+(?:was|were|is|are|went\s+by)\s+["“](\p{Lu}[\p{L}\p{M}'’-]+)["”]/gu;
// A chat's speaker before the quoted words: 'Wolz: "leave it"', 'Ayo: "can we all calm down pls"'.
// 'Group chat, Helmi: "…"': after the chat's label too.
const QUOTED_TURN = new RegExp(
  `(?:^|\\n|\\b(?:[Cc]hat|[Mm]essage|[Tt]ext|WhatsApp|[Tt]hread|[Pp]ost|[Rr]eply|DM),)[^\\S\\n]*(${NAME_PART}):[^\\S\\n]*["“]`,
  "gu",
);
// 'Rota: "Night – Oluchi"', 'Sign: "Closed"': what a record or a notice is, before what it says.
const QUOTED_LABEL_WORDS: ReadonlySet<string> = new Set(
  "Rota Log Entry Note Notes Sign Notice Caption Subject Title Ref Reference Heading Card Sheet Board Poster Banner Text Message Post Comment Reply Status Result Outcome Reason Action Update Summary Quote Answer Question Minutes Agenda Label Sign-off Sign-in Sign-out".split(
    " ",
  ),
);
const SIGN_OFF_BEFORE =
  /\b(?:[Rr]egards|[Tt]hanks|[Cc]heers|[Bb]est|[Ww]ishes|[Ss]incerely|[Tt]a|[Ss]alaam|[Ss]halom|[Bb]lessings|[Ww]armly|[Rr]espectfully),\s+$/;
// Initials in minutes and logs: at a sentence's, a time's or a dated entry's start ("03:25 DL called 999", "20/05 - MH
// phoned") before what is said or done, after "Owner:", before a role in
// brackets, after "notes by", or after an item's number ("Item 2: WP said").
// Two capitals only: three are as often a body's ("DWP", "CGL", "AOB"). The role in brackets must be someone's
// ("AL (HR adviser, notes)"), not an expansion ("HB (housing benefit)").
const MINUTES_INITIALS =
  /(?:^|[.;:]\s+["“]?|\n\s*|\|\s*|^["“]|\b\d{1,2}[:.]\d{2}\s+|,\s+\d{1,2}\/\d{1,2}\s+|:\s+\d{1,2}\/\d{1,2}\s+|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+[-–]\s+)([A-Z]{2})(?:\s+and\s+([A-Z]{2}))?\s+(?:advised|confirmed|noted|summarised|summarized|reported|stated|agreed|explained|updated|shared|raised|queried|outlined|suggested|informed|described|declined|spoke|met|visited|rang|phoned|emailed|asked|said|called|notified|heard|checked|completed|found|saw|went|opened|locked|unlocked|attended|left|returned|arrived|entered|woke|gave|took|logged|recorded|observed|signed|countersigned|wrote|had|has|was|to\s+(?:circulate|ask|send|chase|check|confirm|arrange|contact|share|review|update|book|complete|follow|ring|call|phone|e-?mail|visit|write|speak|meet|liaise|refer|inform|discuss))\b|\bOwner:\s*([A-Z]{2})(?=\s*(?:\||\(|$|\n|,))|\b([A-Z]{2})\s*\(((?:[A-Z]{2,4}\s)?[a-z][a-z ,]*)\)|\b(?:(?:[Nn]otes|[Mm]inuted|[Mm]inutes|[Cc]haired|[Ww]ritten|[Tt]aken|[Ee]ntry|[Ll]ogged|[Cc]ompleted|[Ii]nitialled|[Cc]hecked|[Cc]ollected|[Ww]itnessed|[Cc]ounted|[Ss]ealed|[Vv]erified|[Cc]ountersigned|[Oo]bserved|[Ss]upervised|[Bb]agged|[Rr]eceived|[Ii]ssued|[Ss]een|[Ff]iled|[Ee]ntered|[Rr]aised)\s+by|(?:[Ss]igned|[Ii]nitialled)(?:\s+by)?:?)\s+["“]?([A-Z]{2})\b|\b(?:[Ii]tem|[Pp]oint|[Aa]ction)\s+\d{1,2}(?:\.\d{1,2})?(?:[.:]\s+|\s+\()([A-Z]{2})(?:\s+(?:said|asked|proposed|will|to)\b|\)\s*:)|\b[Aa]ction\s+([A-Z]{2})(?::|\s+to\s+\p{Ll})|\bat\s+\d{1,2}[:.]\d{2}\s+by\s+([A-Z]{2})(?=\s*(?:[.;,]|$))/gu;
// A log entry signed with initials in brackets: "Keywork session (KJ):", "police informed (AC)." at the entry's end.
// Its cheap test: the brackets end an entry or open one (not "domestic abuse (DA) checks").
const BRACKETED_TWO_CAPITALS = /\([A-Z]{2}\)(?::|[^\S\n]*(?:$|\n|[.;]))/;
const BRACKETED_LOG_INITIALS =
  /\b(?:[Ss]ession|[Vv]isit|[Ss]upervision|[Mm]eeting|[Cc]all|[Cc]heck|[Ee]ntry|[Hh]andover|[Rr]ound)\s+\(([A-Z]{2})\):|\b(\p{Ll}+)\s+(\p{Ll}+)\s+\(([A-Z]{2})\)(?=[^\S\n]*(?:$|\n|[.;]))/gu;
// A dated note signed with its writer's initials, or initials marked present: "Case note 14/02/2025, KS: YP not at
// school", "Case note 19/09/2024 PL: no answer", "Key worker entry, 11/04/2024, FT: settled", "Youth court list, 24/04/2025: KS present".
const DATED_NOTE_INITIALS =
  /\b(?:[Nn]ote|[Ee]ntry|[Ll]og|[Rr]ecord|[Cc]ontact|[Ss]ession|[Vv]isit)\b[^:\n]{0,24}?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[^\S\n]*\(?([A-Z]{2})\)?:[^\S\n]|(?:[:;,][^\S\n]*|\n[^\S\n]*)([A-Z]{2})[^\S\n]+(?:present|absent|attended|in\s+the\s+public\s+gallery)\b/g;
const TIMED_LINE = /(?:^|\s)\d{1,2}[:.]\d{2}\s/;
const INITIALS_ITEM = /^[A-Z]{2}$/;
const INITIAL_ITEM = /^[A-Z]\.$/;
// Four capitals or more with a vowel: a surname ("RINTOUL"), not a body's letters ("CGL").
const CAPS_NAME_ITEM = /^(?=\p{Lu}*[AEIOUY])\p{Lu}{4,}(?:['’-]\p{Lu}+)*$/u;
// A time with a colon only: "4.12 SU stated …" is a numbered paragraph.
// Not a unit's capitals: "02:26 BA team rescued …".
const TIMED_ENTRY_INITIALS =
  /(?:^|\n)[^\S\n]*\d{1,2}:\d{2}[^\S\n]+([A-Z]{2})[^\S\n]+(?!(?:team|teams|crew|crews|unit|units|set|sets|wearers?|staff|patrol|officers?)\b)(?=\p{Ll})/gu;
const LAST_WORDS = /(?:[\p{L}'’-]+[^\p{L}\n]+){1,6}$/u;
/** Whether two capitals are the initials of two words side by side, in either order, among the last six before. */
function expandsWordsBefore(before: string, initials: string): boolean {
  const words = (LAST_WORDS.exec(before)?.[0] ?? "").split(/[^\p{L}'’-]+/u).filter(Boolean);
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = `${words[i]![0]}${words[i + 1]![0]}`.toUpperCase();
    if (pair === initials || `${pair[1]}${pair[0]}` === initials) return true;
  }
  return false;
}
// What a person is in a meeting's brackets, besides the role words: "(chair)", "(notes)", "(employee)".
const MEETING_PARTS: ReadonlySet<string> = new Set([
  "chair",
  "notes",
  "minutes",
  "employee",
  "victim",
  "witness",
  "observer",
]);
// Two capitals that are a firm, a benefit, a group or a role more often than anyone's initials (VS, Victim Support;
// RJ, restorative justice; MW, TM, DM, DN, FW, a midwife, team or duty manager, district nurse, family worker; log and
// clinical shorthand: urine analysis, emergency department, overdose, service user, incident report, blood pressure).
const NOT_INITIALS: ReadonlySet<string> = new Set(
  "HB AA NA TA EE BT CA CT SS MH QC ER UC HR LA GP IT HM ID OK PM AM TV UK EU US NB PS YP VS RJ MW TM DM DN FW YJ UA ED OD SU IR RA BP OP WS VP CC DD ST JC EH JP AOB OIC".split(
    " ",
  ),
);
const ACRONYM_OR_IDENTIFIER = /^(?:PP|SPO|PDU|PO|RM|CM|SI|DS|DC|PC|PS|DI)$/;
/**
 * Whether capitals may be someone's initials where the context says a person is meant (a date or a reviewer's label
 * beside them): no acronym, title, log abbreviation, role or identifier; unlike `initialsNotAcronym`, capitals also
 * used as an abbreviation may be ("MH", mental health).
 */
const mayBeInitialsInContext = (value: string) =>
  !lookupAcronym(value) &&
  !TITLES.has(value) &&
  !LOG_ABBREVIATIONS.has(value) &&
  !STAFF_ROLES_SIGNED.has(value) &&
  !ACRONYM_OR_IDENTIFIER.test(value);
const initialsWhereSaid = (value: string) => mayBeInitialsInContext(value) || NOTE_MARKS.has(value);
/** Whether capitals may be someone's initials: no acronym, title, log abbreviation, role, body or identifier. */
const initialsNotAcronym = (value: string) => mayBeInitialsInContext(value) && !NOT_INITIALS.has(value);
const LIST_THEN_ATTENDED = new RegExp(
  `((?:${NAME_PART},\\s+){1,6}${NAME_PART},?\\s+and\\s+${NAME_PART})\\s+(?:attended|all\\s+attended|were\\s+present|met|were\\s+interviewed|gave\\s+evidence|were\\s+(?:all\\s+|both\\s+)?(?:in\\s+the\\s+(?:room|kitchen|flat|car|van|yard|loft|office)|moved\\s+to|on\\s+shift|working|questioned))\\b`,
  "gu",
);
const STATEMENT_WORDS =
  /\b(?:[Ss]tatements?|[Aa]ccounts?|[Ee]vidence)\s+(?:of|from|by|made|given|taken|obtained|recorded)\s/;
// Group 1 is "statement": whoever makes one is a person; an account or evidence may come "from Hemel Hempstead".
const STATEMENT_OF = new RegExp(
  `\\b(?:([Ss]tatements?)|[Aa]ccounts?|[Ee]vidence)\\s+(?:of|from|(?:made\\s+|given\\s+)?by|(?:taken|obtained|recorded)\\s+from)\\s+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){1,2})(?![\\p{L}'’-]|[^\\S\\n]+\\p{Lu})`,
  "gu",
);
// "The statement names Irwenna Nadderby as the driver of van 3", "The list names Dorcalie as the driver on the Friday
// cover": a record that names someone as what only a person is (a role: not "names Leeds as the worst city").
const NAMED_AS_ROLE = new RegExp(
  `\\b(?:names|named|lists|listed|identifies|identified)\\s+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){0,2})\\s+as\\s+(?:the|a|an|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${cueAlternation(pii.roleCues)})\\b`,
  "gu",
);
// "Agency worker: Sexburga Aubade, night shift", "(conductor: Nghia Unsworth)", "Judge: Pellow": a form's or a
// programme's role label, then who holds it; not "Victim: Ebbage, Mitch", a surname before its first name.
// Posts only a person holds, so that any word no list knows after them is a name: "Interpreter: Laimonas".
const PERSON_ONLY_ROLE_LABEL =
  /\b(?:[Ii]nterpreter|[Kk]ey ?worker|[Rr]ecovery worker|[Ss]upport worker|[Ss]ocial worker|[Nn]urse|[Dd]octor|[Mm]idwife|[Pp]aramedic|[Mm]entor|[Ee]xaminer|[Ee]ngineer|[Ss]alesperson|[Mm]echanic|[Ss]teward|[Cc]ounsellor|[Tt]herapist|[Pp]sychologist|[Pp]sychiatrist|[Ss]olicitor|[Cc]oach|[Ll]andlord|[Ll]andlady|[Ww]arden)\s*:/;
const ROLE_LABELLED = new RegExp(
  `(?:^|\\n|[.;(]\\s*|["“])[^\\S\\n]*(?:\\p{L}\\p{Ll}+[^\\S\\n]+)?(?:${cueAlternation(pii.roleCues)})(?:[^\\S\\n]+on[^\\S\\n]+(?:shift|duty|call))?:[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){0,2})(?=[^\\S\\n]*(?:[.;)(\\n]|,(?![^\\S\\n]*\\p{Lu})|,[^\\S\\n]*(?:\\p{Lu}{2,}\\b|\\p{Lu}\\p{Ll}+[^\\S\\n]+\\p{Ll})|$))`,
  "gu",
);
const RANK_INITIALS = /\b(?:PCSO|PC|DC|PS|DS|DSgt|DI|DCI|Sgt|Insp)\s+([A-Z]{2,3})\b(?![\w-])/g;
// A log in capitals ("PC AT SCENE"), or a team's acronym after a rank ("the DS SA team"): no one's initials.
const CAPITALS_OR_TEAM_AFTER = /^\s+(?:[A-Z]{2,}\b|(?:team|unit|role|lead|desk|hub)\b)/;
const FIRE_RANK_TITLED = /^(?:SM|WM)\s/;
const PLATFORMS: ReadonlySet<string> = new Set(
  "Facebook Instagram Snapchat TikTok Twitter WhatsApp YouTube Telegram Signal Messenger Discord Reddit X".split(" "),
);
// A numbered or bulleted list of people: "1. Vesta Linstock – Flat 3", "- Ksenia Damper, Flat 12".
const LIST_ITEM_NAME = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(?:\\d{1,3}[.)]|[-•*])[^\\S\\n]+(${NAME_PART}[^\\S\\n]+${NAME_PART})(?=[^\\S\\n]*(?:[–—(,|:]|-[^\\S\\n]|$|\\n))`,
  "gu",
);
const DOSE_AFTER = /^[^\n]*?\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml|g|micrograms?|milligrams?)\b/;
// Initials and surnames listed together, or alone in a table's cell: "D. Billhook, M. Awl, K. Trug", "| P. Twig |".
const INITIAL_NAME = `[A-Z]\\.[^\\S\\n]?(${NAME_PART})`;
const INITIALS_LIST = new RegExp(
  `${INITIAL_NAME}(?:,[^\\S\\n]+(?:and[^\\S\\n]+)?${INITIAL_NAME}|[^\\S\\n]+and[^\\S\\n]+${INITIAL_NAME})+`,
  "gu",
);
const INITIAL_IN_CELL = new RegExp(`\\|[^\\S\\n]*(${INITIAL_NAME})(?=[^\\S\\n]*(?:\\||\\n|$))`, "gu");
// Letters and words that look like an initial and a surname: "A. Yes", "E. Coli", "C. Difficile".
const NOT_INITIAL_SURNAMES: ReadonlySet<string> = new Set(["Coli", "Difficile", "Diff", "Aureus"]);
const INITIAL_DOT_CAPITAL = /[A-Z]\.\s?[A-Z]/;
// A form's field that holds a person: "Injured person: Jestyn Kerb", "Witness: H. Ballast", "Name: B PUTTY |".
const PERSON_FIELD_WORDS =
  /(?:person|[Nn]ame|[Ww]itness|[Vv]ictim|[Cc]aller|[Ee]mployee|[Aa]pplicant|[Aa]ppellant|[Rr]eported by|[Cc]ompleted by|[Cc]ompleting|[Ss]igned(?: by)?|[Ii]nterpreter(?: present)?|[Rr]epresentative|[Jj]udge|From|To)\s*:/;
const BODY_OR_PERSON_FIELD =
  /(?:[Ff]rom|[Tt]o|[Ii]nterpreter(?: present)?|[Rr]epresentative|[Jj]udge|[Cc]ompleting)[^\S\n]*:/;
const PERSON_FIELD = new RegExp(
  `(?:^|[\\n|][^\\S\\n]*)(?:[A-Z][a-z]+[^\\S\\n]+)?(?:${cueAlternation(["person", "name", "full name", "witness", "victim", "caller", "subject", "suspect", "informant", "complainant", "employee", "apprentice", "tenant", "applicant", "appellant", "referrer", "reported by", "completed by", "officer completing", "signed", "signed by", "author", "supervisor", "interpreter", "interpreter present", "representative", "judge", "from", "to"])})[^\\S\\n]*:[^\\S\\n]*((?:[A-Z]\\.?[^\\S\\n])?(?:${NAME_PART}|\\p{Lu}{2,})(?:[^\\S\\n]+(?:${NAME_PART}|\\p{Lu}{2,})){0,2})(?=[^\\S\\n]*(?:$|\\n|\\||\\(|,|;|<|\\.[^\\S\\n]+(?:To|From|Subject|Cc|Sent|Date)\\b))`,
  "gu",
);
// A phone's contact list: "Dorotea – 07700 900781", "Socket: 07700 900527", "contact sheet: Hero 07700 900213; Cronan …".
const CONTACT_LINE = new RegExp(
  `(?:^|\\n|[;:])[^\\S\\n]*(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]*(?:[–—:-][^\\S\\n]*)?(?:\\+44[^\\S\\n]?|0)\\d[\\d ]{8,12}\\d`,
  "gu",
);
// Who sent a message to whom: "Message from Dashie to Ebrel".
const MESSAGE_FROM_TO = new RegExp(
  `\\b(?:[Mm]essages?|[Tt]exts?|[Ee]-?mails?|[Ll]etters?|[Cc]alls?|[Vv]oicemails?|DMs?)\\s+from\\s+(${NAME_PART})\\s+to\\s+(${NAME_PART})(?![\\p{L}'’-])`,
  "gu",
);
// Each pattern above starts at every word: run it only where its fixed words or shapes occur.
const MESSAGE_FROM_WORDS =
  /\b(?:[Mm]essages?|[Tt]exts?|[Ee]-?mails?|[Ll]etters?|[Cc]alls?|[Vv]oicemails?|DMs?)\s+from\s/;
const PHONE_SHAPE = /(?:\+44|\b0)\d{2,4}[ ]?\d{3}/;
const LINE_LABEL_START = /(?:^|\n)[^\S\n]*[A-Z]{2}[^\S\n]*[(:]/;
const commentInitialsMayBeIn = (text: string) =>
  text.includes("nitial") ||
  text.includes("):") ||
  text.includes("[") ||
  (text.includes("/") && text.includes("(")) ||
  (text.includes(" 20") && text.includes("(")) ||
  LINE_LABEL_START.test(text);
// A word that opens a sentence and does what only a person does to a person: "Socket told the SI", "Gravel said
// the SI", "Bellows said he", "Ballast lent the SI his van", "Hero drove the SI to church", "Yolk copied the victim's
// address", "Harbour's statement says", "Silk sent the victim", "Claret took £20 from", "Whirligig's shifts". Groups,
// bodies and abstractions say and tell too.
const WORD_NAME_SUBJECT =
  /(?:^|[.!?]["”]?\s+|\n\s*)(\p{Lu}\p{Ll}{2,})(?=\s+(?:also\s+|later\s+|then\s+|first\s+)?(?:told\s+(?:the\s+(?:SI|RM|CM|police|panel|court|IDVA|committee|meeting|board|inquiry)\b|the\s+(?:[\p{Ll}-]+\s+)?(?:worker|officer|manager|nurse|keyworker|tutor|handler|interpreter|caseworker|pharmacist|doctor|teacher|coordinator)\s+(?:that\s+(?:the|they)\b|that\s+)?(?:he\b|she\b|her\b|his\b|["“]\p{Lu}|(?<=that\s+(?:the|they))\s)|him\b|her\b|me\b|us\b|PP\d|SPO\d|W\d|D[CS]\s)|said\s+(?:that\s+)?(?:he|she|the\s+SI|\p{Lu}\p{Ll}+\s+(?:had|was|has|is|did))\b|(?:rang|phoned|texted)\s+(?:me|him|her|the\s+SI|PP\d|999|the\s+(?:hostel|home|depot|ambulance|police))\b|lent\s+the\s+SI\b|let\s+(?:the\s+SI|him|her|them)\s+(?:stay|use|in)\b|kept\s+(?:screenshots|a\s+log|notes)\b|told\s+(?:staff|police|the\s+(?:coroner|review))\b|noticed\s+(?:that|the)\b|left\s+(?:at\s+\d|the\s+(?:ward|hostel|unit|pub|club|house|flat|party)\b)|wrote\s+(?:that|a\s+(?:character\s+)?(?:reference|letter|statement))\b|did\s+not\s+(?:know|record|invite)\b|(?:copied|followed|threatened|punched|kicked|grabbed|approached|befriended|stalked|pestered)\s+the\s+(?:victim|SI)\b|asked\s+(?:PP\d|SPO\d|W\d|the\s+(?:SI|SPO|police|court|panel))\b|drove\s+(?:the\s+SI|him|her)\s+(?:to|home|back)\b|sent\s+the\s+(?:victim|SI)\b|gave\s+(?:the\s+police\s+)?(?:a|his|her)\s+(?:witness\s+)?statement\b|asked\s+for\s+(?:cash|money|a\s+lift|a\s+loan)\b|took\s+£\d+\s+from\s+the\s+(?:[\p{Ll}-]+\s+)?(?:tin|till|float|box|jar|drawer|bag|purse|wallet|safe|kitty)\b|kept\s+the\s+(?:float|takings|keys)\b|(?:had\s+)?parked\s+(?:outside|the\s+van|his|her)\b|was\s+seen\s+(?:copying|carrying|filming|photographing|following|arguing|drinking|fighting|shouting|loitering|hiding|talking)\b)|['’]s\s+(?:witness\s+)?statement\s+(?:says|said|states|stated|records|describes)\b|['’]s\s+(?:shifts|messages\s+to|float\s+bag|mum|dad|girlfriend|boyfriend)\b|['’]s?\s+name\s+(?:appears|appeared|was|is)\s+(?:on|in)\b)/gu;
const PERSON_PREDICATE_WORDS =
  /\b(?:told|said|rang|phoned|texted|lent|let|kept|noticed|left|wrote|not|drove|statement|asked|copied|followed|threatened|punched|kicked|grabbed|approached|befriended|stalked|pestered|sent|took|parked|shifts|messages|float|mum|dad|girlfriend|boyfriend|name|gave|seen)\s/;
const NOT_WORD_NAMES: ReadonlySet<string> = new Set(
  "You They One Some Many Most Few All None Several This That These Those What Which Whichever Who Whoever Other Nobody Everyone Everybody Someone Somebody Anyone Anybody Nothing Something Everything Both Neither Either Each Others Another Only Just Even Never Always Often Somehow Somewhere Yesterday Today Tomorrow Later Afterwards Staff Security Reception Control Records Intelligence Research Evidence Experience Guidance Policy History Management Supervision Probation Police Housing Health Education Services Nursing Prison Court Counsel Defence Prosecution Crown Council Government Literature Instinct Hindsight Correspondence Paperwork Legislation Dispatch Switchboard Payroll Healthcare Forensic Legal Finance Registry Duty Intake Audit Tenancy Escort Canteen Mail Post Gym Parole Recall Fire Ambulance Footage Medicine Science Data Letter Email Text Message Phone Press Newspaper Internet Headline Gossip Rumour Word Grapevine Intuition Conscience Memory Fear Pride Shame Logic Reason Wing Night Parliament Refuge Crisis Bench Jury Clerk Usher Cousin Wife Husband Girlfriend Boyfriend Partner Caller Bystander Survivor Perpetrator Defendant Applicant Inmate Client Juvenile Toddler Teenager Optician Family Friends Neighbours Witness Victim Mother Father Sister Brother Daughter Son Discipline".split(
    " ",
  ),
);
// Abstract nouns, departments and activities: "Intimidation", "Enforcement", "Licensing", "Psychology", "Leadership".
const ABSTRACT_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ology|iatry|ing|age|ure|ism|ics)$/;
/** Whether a plural's singular is a word ("Witnesses", "Agencies", "Paramedics"). */
const pluralOfAnyNoun = (word: string) => {
  const lower = word.toLowerCase();
  if (pluralOfNoun(word)) return true;
  if (lower.endsWith("ies") && isEnglishWord(`${lower.slice(0, -3)}y`)) return true;
  return lower.endsWith("es") && isEnglishWord(lower.slice(0, -2));
};
// A list of people and their jobs: "Lofty – foreman", "Hakon – bricklayer".
const ROLE_LINE = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]*[–—-][^\\S\\n]*(?:(?:the|an?|site|night|day|senior|trainee|apprentice)[^\\S\\n]+)?(?:${cueAlternation(pii.roleCues)})(?=[^\\S\\n]*(?:$|\\n|[,;(]))`,
  "gu",
);
const ROTA_WORDS =
  /^(?:Nights?|Days?|Mornings?|Afternoons?|Evenings?|Weekends?|Weekdays?|Early|Late|Lates|Earlies|Shifts?|Cover|Duty|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/;
const PHONE_CONTACTS = /\b(?:[Cc]ontacts?|(?:his|her|their|the SI['’]s)\s+phone)\b/;
// What a contact is saved as that names no one.
const CONTACT_LABELS: ReadonlySet<string> = new Set(
  "Mobile Landline Tel Telephone Phone Mob Fax Contact Number Emergency Duty Reception Switchboard Helpline Main Home Work Office Taxi Dentist Surgery School College Bank Gym Pharmacy Hospital Police Council Housing Probation".split(
    " ",
  ),
);
// Months and days that are no English word (March and May are, and are read as words already).
const MONTH_OR_DAY =
  /^(?:January|February|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)$/;
const PRONOUN_AFTER = /^\s+(?:he|she|they)\b/;
// Whoever is rung, told, asked or met: "Aldwyn rang Breaca before the hearing", "The SI told Urith he wanted …".
const PERSON_OBJECT_WORDS =
  /\b(?:rang|phoned|texted|told|asked|thanked|emailed|messaged|met|referred|[Tt]ell|[Aa]sk)\s+\p{Lu}/u;
// "Email to Teguh on 09/07/2025": whom a dated message went to.
const MESSAGE_TO_ON_DATE = new RegExp(
  `\\b(?:[Ee]-?mail|[Ll]etter|[Tt]ext|[Mm]essage)\\s+to\\s+(${NAME_PART})(?=\\s+on\\s+\\d)`,
  "gu",
);
const MESSAGE_TO_WORDS = /(?:mail|etter|ext|essage) to \p{Lu}/u;
// "PP1 learnt of the relationship from Katimwa on 02/02/2024": whom news came from.
const LEARNT_FROM = new RegExp(
  `\\b(?:learnt|learned|heard|found\\s+out)\\b[^.\\n]{0,40}?\\bfrom\\s+(${NAME_PART})(?=\\s+on\\s+\\d|\\s*[.,;])`,
  "gu",
);
// A separate gate: one more branch above made the whole pattern three times slower to fail.
const hasSpokenTo = containsAny([
  "speak to ",
  "spoke to ",
  "spoken to ",
  "talk to ",
  "talked to ",
  "Speak to ",
  "Talk to ",
]);
const IMPERATIVE_OBJECT = /^(?:[Tt]ell|[Aa]sk)\s/;
const TEXTED_BEFORE = /^(?:texted|messaged)\s/;
const SPOKEN_TO_BEFORE = /^(?:[Ss]peak|spoke|spoken|[Tt]alk|talked)\s/;
const PERSON_OBJECT = new RegExp(
  `\\b(?:rang|phoned|texted|told|asked|thanked|emailed|messaged|met|referred|[Tt]ell|[Aa]sk|(?:[Ss]peak|spoke|spoken|[Tt]alk|talked)\\s+to)\\s+(${NAME_PART})(?=\\s+(?:he|she|they|that|to|about|before|after|whether|if|and|on|at|twice|again|back|later|daily)\\b|[,.;:])`,
  "gu",
);
// A nickname in quotes that someone is given, goes by, or is saved under in a phone: 'called the SI "Pudding"',
// 'TRANSOM, Tiberiu – aka "Socket"', 'a contact saved as "Socket"'.
const NICKNAME_CUE_WORDS = /\b(?:called|calls|call|nicknamed|aka|AKA|a\.k\.a|saved|stored|under)\b/;
const QUOTED_NICKNAME =
  /\b(?:(?:called|calls|call|nicknamed)\s+(?:him|her|them|the\s+(?:SI|V|victim|boy|girl|man|woman|lad|lass|skipper|boss|manager|landlord|landlady|warden|chef|cook|driver|foreman|gaffer|teacher|coach|neighbour|barman|barmaid|groundsman|porter|guard|steward|cleaner|attendant|rider|mechanic|walker)|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)|(aka|AKA|a\.k\.a\.?)|((?:saved|stored)\s+(?:(?:in|to|on)\s+(?:his|her|their|the)\s+(?:[\p{L}'’]+\s+){0,3}(?:phone|handset|mobile)\s+)?(?:as|under)|phone\s+under))\s+["“‘']([\p{Lu}][\p{Ll}'’-]+)["”’']/gu;
const NICKNAMED_QUOTED =
  /\b(?:nicknamed|(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir)[^\S\n]+nickname|(?:display|screen|user|profile)[^\S\n]+name)[^\S\n]+(?:["“‘']([\p{Lu}][\p{Ll}'’-]+)["”’']|([\p{Lu}][\p{Ll}'’-]+)(?=[^\S\n]+(?:from|since|for|in|at|on|and|with)\b|[^\S\n]*[.,;:!?)]|[^\S\n]*$))/gu;
// "saved as" names a contact only in a phone ("a contact saved as …"; not 'The file was saved as "Final"').
const PHONE_BEFORE = /\b(?:phone|phones|handsets?|contacts?|mobile|number)\b/;
const CONTACT_BEFORE = /\b(?:contacts?|number)\b/;
const CALLED = /^(?:called|calls|call)\s/;
const CALLED_OBJECT = /^(?:called|calls|call|nicknamed)\s+(\p{Lu}\p{Ll}+)/u;
const CALLED_THE_POST =
  /\bthe\s+(?:groundsman|porter|guard|steward|cleaner|attendant|rider|mechanic|walker|skipper|foreman|gaffer|chef|cook|driver|barman|barmaid|warden|coach)\s+["“‘']/;
/** Whether a capitalised word someone is said to call something is a person: a first name, or no word, place or day. */
const calledPerson = (word: string) =>
  isKnownFirstName(word) ||
  (!isEnglishWord(word) &&
    isCueNameWord(word) &&
    neitherPlaceNorBody(word) &&
    !looksLikeTown(word) &&
    !MONTH_OR_DAY.test(word) &&
    !PRISONS.has(word));
const GROUP_BEFORE_CALLED =
  /\b(?:(?:everyone|everybody|they)\b(?:(?!\b(?:he|she|I|we|you)\b)[^.;:!?"“]){0,30}|(?:group|lads|others|girls|boys|family|gang|residents|men|women|mates|friends)\s+(?:all\s+|always\s+|had\s+)?)$/i;
const NAME_BEFORE_AKA = /(\p{Lu}[\p{L}'’-]+),?[^\S\n]*(?:[–—-][^\S\n]*)?$/u;
// What a contact or a person may be called that is no one's name.
const NOT_NICKNAMES: ReadonlySet<string> = new Set(
  "Babe Baby Princess Darling Love Sweetheart Mate Bro Bruv Boss Chief Sir Madam Hun Honey Sweetie Angel Fam Work Home Unknown Private Office Taxi Dealer Doctor Landlord Bank Gym School Garage Surgery Boat Harbour Pharmacy Dentist Vet Council Bitch Slag Slut Whore Gypsy Pikey Tramp Junkie Nonce Paedo Grass Scum Freak Loser Fatty Trouble Final Draft Archive Backup Copy".split(
    " ",
  ),
);
// Initials in a comment thread: "initialled VB", "MH (HMPPS SFO Team): …", "SN: …", "(MH, 28/05/2025)", "QA (MH):",
// and Word's comment marker "[LS1]".
const COMMENT_INITIALS =
  /\binitiall?ed\s+(?:by\s+)?["“]?([A-Z]{2,3})\b|\b(?:[A-Z]{2,4}|Reviewer|Comment|Reply)[^\S\n]+\(([A-Z]{2,3})\):|(?:^|\n)[^\S\n]*([A-Z]{2})(?:[^\S\n]+\([^()\n]{3,40}\))?:[^\S\n]|\(([A-Z]{2,3}),[^\S\n]*\d{1,2}(?:[/.]\d{1,2}[/.]|[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[^\S\n]+)\d{2,4}\)|(?:\b[Cc]omment[^\S\n]+|(?<=[A-Za-z.,;:!?"”]))\[([A-Z]{2,3})\d{1,2}\]/g;
// A comment thread: a bare "SN:" at a line's start is someone's initials only in one.
const THREAD_CUE = /\b(?:[Tt]hread|[Cc]omment|[Rr]eply|[Rr]esolved)\b|\n[^\S\n]*[A-Z]{2}[^\S\n]+\([^()\n]{3,40}\):/;
// Or an interview's turn: a sentence of four words or more after the label ("LG: He'd sit in the lounge …"), not a
// key's definition ("UN: unannounced visit") or a value ("CC: SPO1").
const SENTENCE_TURN_AFTER = /^\p{Lu}\S*(?:[^\S\n]+\S+){3,}/u;
// Capitals that are a note's abbreviation or a heading more often than anyone's initials.
const NOT_LABEL_INITIALS: ReadonlySet<string> = new Set("CC SU YP TL UN BB SA TS DV HV FAO RE NB PS OK".split(" "));
// A chronology's attendance and test codes: "(DNA, 12/03/2024)", "(UTA, 12 March 2024)".
const LOG_CODES: ReadonlySet<string> = new Set(
  "DNA FTA UA AA BW FW UTA FTC NEG POS VH MED ND DV HV AV OV TC".split(" "),
);
const CELL_OR_ROOM = /\((?:cell|room)\s/;
const ATTENDED_WORDS =
  /\b(?:attended|present|met|interviewed|evidence|were\s+(?:all\s+|both\s+)?(?:in|moved|on|working|questioned))\b/;
const SENIOR_OR_JUNIOR = /\b(?:senior|junior|[Ss]nr|[Jj]nr)\b/;
const TWO_CAPITALS = /\b[A-Z]{2}\b/;
/**
 * Whether a cue of `cues` stands in `text` as a word, read from the block's phrase walk: a pattern that opens with
 * `cueAlternation(cues)` after `\b` and goes on with a space or a comma cannot match without one, so the text need
 * not be scanned for it. (The walk also wants no letter outside ASCII glued before the cue, where `\b` would not.)
 */
const hasCue = (text: string, cues: readonly string[]) => findPhrases(text, cues).length > 0;
const NEE_WORDS = /\bn[ée]e\b/;
const FORMERLY_WORDS = /\b(?:formerly|previously)\b/;
const SENIOR_JUNIOR =
  /(\p{Lu}\p{Ll}+)\s+(?:senior|junior|snr|jnr|Snr|Jnr)(?=\s+\p{Ll})(?!\s+(?:school|schools|staff|management|managers?|officers?|team|doctors?|nurses?|section|league|cup|kit|years|partner|leaders?)\b)/gu;
// A name and its age in a relative clause ("Bramble, who is six and in Year 1, and Ocean, who turned four").
const WHO_AGED = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME_PART}),\\s+who\\s+(?:is|was|turned|turns|will\\s+be)\\s+(?:aged\\s+)?(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|(?:eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\\p{Ll}+)?)\\b(?!\\s+(?:of|months?|weeks?|days?|points?|minutes?|hours?|miles?|goals?|places?|per)\\b)`,
  "gu",
);
const WITNESS_PAIR = /\bW\d{1,2}\s+\p{Lu}\p{Ll}+\s+(?:and|&)\s+W\d{1,2}\s+\p{Lu}/u;
// "W1 Camber", "SPO1 Froude signed the plan", "PP1, Gollop, did not record it": a register's identifier before the
// surname it stands for.
const IDENTIFIED_NAME_CUE = /\b(?:W|PP|SPO|PSO|POM|COM)\d{1,2},?\s+\p{Lu}/u;
// "PP1 Ayten Ocak did not check the app": a register's identifier before the full name it stands for.
const IDENTIFIER_BEFORE_PAIR = new RegExp(
  `\\b(?:PP|SPO|PSO|POM|COM|W|V)\\d{1,2},?[^\\S\\n]+(${NAME_PART}[^\\S\\n]+${NAME_PART})(?![\\p{L}'’-]|[^\\S\\n]+\\p{Lu})`,
  "gu",
);
const IDENTIFIER_PAIR_CUE = /\b(?:PP|SPO|PSO|POM|COM|W|V)\d{1,2},?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const IDENTIFIED_NAME = new RegExp(
  `\\b(?:W|PP|SPO|PSO|POM|COM)\\d{1,2}(?:\\s+|,\\s+(?=\\p{Lu}\\p{Ll}+,))(${NAME_PART})(?![\\p{L}'’-]|\\s+\\p{Lu})`,
  "gu",
);
const SENDER_BEFORE_TEXT = new RegExp(
  `\\b(?:[Mm]essages?|[Tt]exts?|[Ee]-?mails?|[Vv]oicemails?|[Ll]etters?|[Nn]otes?)\\s+from\\s+(${NAME_PART})(?=\\s*:|\\s*[.;,]?\\s*$|\\s*[.;]\\s)`,
  "gu",
);
// "love from Torcuil and Raonaid xx": who signs a card or a message, up to three of them.
const LOVE_FROM = new RegExp(
  `\\b[Ll]ove(?:\\s+(?:you|always))?,?\\s+from\\s+(${NAME_PART})(?:(?:,\\s*|\\s+(?:and|&)\\s+)(${NAME_PART}))?(?:(?:,\\s*|\\s+(?:and|&)\\s+)(${NAME_PART}))?(?![\\p{L}'’-])`,
  "gu",
);
const CAPITALISED_AFTER = /^\s+(\p{Lu}\p{Ll}+)/u;
const SIGNED_IN_BRACKETS = new RegExp(`\\(signed\\s+(?:by\\s+)?(${NAME_PART})\\)`, "gu");
const NAME_AND_OWN_KIN = new RegExp(
  `(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)\\s+and\\s+(?:his|her|their)\\s+(?:(?:older|younger|elder|little|big|twin|baby)\\s+)?(?:${cueAlternation(pii.relationNouns)})(?![\\p{L}-])`,
  "gu",
);
// Gods, brands and abstractions that are said to give accounts and letters: "God's letter", "Nature's account".
const NOT_RECORD_OWNERS: ReadonlySet<string> = new Set(
  "God Allah Jesus Christ Lord Nature Heaven Fate Science History Apple Google Microsoft Amazon Meta Twitter".split(
    " ",
  ),
);
const RECORD_AFTER_POSSESSIVE =
  /['’]s\s+(?:(?:own|first|second|written|witness|signed|later|earlier|original)\s+)?(?:statement|statements|notes|note|account|e-?mail|entry|letter|diary)\b/g;
const OWNER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NAME_PART})$`, "u");
const NAME_BEFORE_WHOM = new RegExp(`(${NAME_PART}),\\s+whom\\s`, "gu");
// Animals are named too: "the family dog, Bramble, who is six".
const ANIMAL_BEFORE = /\b(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|horse|pony|rabbit|hamster|parrot)\s*,?\s*$/;
// A pet name in quotes that someone is called by: 'calls her youngest "Peanut"', "called him 'Tank'".
const CALLED_QUOTED = new RegExp(
  `\\bcall(?:s|ed|ing)?\\s+(?:him|her|them|(?:his|her|their)\\s+\\p{Ll}+|the\\s+(?:SI|victim)|${NAME_PART})\\s+["“'‘](${NAME_PART}(?:\\s+${NAME_PART})?)["”'’]`,
  "gu",
);
// "The other cutters called him Solder", "His flatmates call him Footnote", "everyone called her "Raffle"": what a group calls someone is a nickname, even
// a word; one person's word for another may be an insult.
const GROUP_CALLS_BEFORE =
  /\b(?:[Oo]ther\s+\p{Ll}+s|(?:[Tt]he\s+)?\p{L}{3,}(?:ers|ors)|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+\p{Ll}{2,}(?:[^s\s]s|ves)|[Tt]he\s+(?:children|kids|men|women|people)|[Ee]veryone|[Ee]verybody|[Pp]eople|[Ff]olk|[Cc]olleagues|[Ss]taff|[Ff]riends|[Mm]ates|[Rr]egulars|[Ll]ocals|[Ll]ads|[Hh]elpers|[Mm]embers|[Vv]olunteers|[Cc]ustomers|[Cc]ast|[Cc]rew|[Cc]horus|[Tt]eam|[Ss]quad|[Cc]lass|[Pp]upils|[Pp]layers|[Nn]eighbours|[Pp]olice|[Oo]fficers)(?:\s+(?:at|in|on|from)\s+the\s+\p{Ll}+)?\s+$/u;
// What someone is called that is no name: slurs, pet names, slang and days ("called him Nonce", "call her Mon").
const NOT_CALLED_NAMES: ReadonlySet<string> = new Set(
  "Paki Nonce Snr Jnr Wifey Asap Hun Bae Bruv Bro Fam Missus Hubby Babe Babes Bestie Hon Luv Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun Tmrw Pls Plz".split(
    " ",
  ),
);
// "called him Tharu because it was shorter", "calls him Csongi in her messages", "called the SI Hoppy".
const CALLED_PLAIN = new RegExp(
  `\\bcall(?:s|ed|ing)?\\s+(?:him|her|them|the\\s+(?:SI|victim|owner|boss|manager|landlord|landlady|skipper|foreman|gaffer|chef|driver|warden))\\s+(${NAME_PART})(?=\\s*(?:[.,;:!?)]|$|\\n)|\\s+(?:in|at|on|because|when|after|since|for|and|but|behind)\\b)`,
  "gu",
);
const RELATION_PHRASE = /\s(?:from|by|with)\s+(?:a|an|his|her|their|the)\s[^,]*,/;
const NAME_CLOSED_AFTER = /^\s*(?:[,.;:)!?]|$)/;
const CHILD_OR_KIN_CALLED =
  /\s(?:youngest|eldest|oldest|son|daughter|baby|child|boy|girl|grandson|granddaughter|nephew|niece|brother|sister)\s/;
// A name someone gives themselves: "the older man called himself Harith ibn Sulaiman".
const NAMED_SELF = new RegExp(
  `\\b(?:called|calls|calling|named|names|naming|styled|styles|signed|signs|signing)\\s+(?:himself|herself|themselves)\\s+(?:"|“|'|‘)?(${NAME_PART}(?:\\s+${NAME_PART})?)`,
  "gu",
);
// Role cues ("the report writer, Olumide Bankole") need a full name or a known first name.
// "The barber on the parade, Sonny Hardy, …", "The key worker at the Florian Project, Ludovic, …", "his supervisor
// there, Rich, …", "The driver of van 5, Rimmage, …": a short place phrase may come between the role and its comma.
// Set off by commas, the name may be quoted ('A shop customer, "Odrienne Yelverby", told the police').
const ROLE_CUED = new RegExp(
  `\\b(?:${cueAlternation(pii.roleCues)})(?:\\s+(?:there|then|too))?(?:\\s+(?:on|at|in|from|of|for)\\s+(?:(?:[Tt]he|a|his|her|their)\\s+(?:\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}|(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)|(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*|\\p{Ll}+\\s+\\d{1,4}),)?,?\\s+(?:(?:is|was)\\s+|\\(|(?<=,\\s+)["“](?=[^"”\\n]{3,40}["”],))?(${NAME_PART}(?:\\s+(?:(?:${pii.nameParticles.join("|")})\\s+){0,2}${NAME_PART}){0,2})(?![\\p{L}'’-]|\\s+\\p{Lu})`,
  "gu",
);
// A nickname in quotes in brackets after a name or a relation: 'Liam ("Macca" to his mates)', 'Dwayne (or "Tank"
// as …)', 'his cousin ("Bazza")', 'Room 3 ("Gasket")'; not a thing's street name ('synthetic cannabinoids ("Spice")').
const NICKNAME = new RegExp(
  `(?:(${NAME_PART})|\\b(?:${cueAlternation([...pii.kinshipWords, ...pii.thirdPartyCues])})|\\b(?:Room|Flat|Bed|Cell)\\s+\\d{1,3})\\s+\\(\\s*(?:or\\s+|aka\\s+|a\\.k\\.a\\.?\\s+|known\\s+as\\s+)?["“‘](\\p{Lu}\\p{Ll}+)["”’]`,
  "gu",
);
const EAST_ASIAN_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:\\p{Lu}\\p{Ll}+\\s+${HYPHENED_GIVEN}|${HYPHENED_GIVEN}\\s+\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}'’-])`,
  "gu",
);
// "the attack on Crescenzo Hothersall", "the murder of Ellis Farrant": the person harmed, by a full name (one word
// after "attack on" is as often a place or a day).
const HARMED_PERSON = new RegExp(
  `\\b(?:attacks?|assaults?|murder|killing|stabbing|manslaughter|rape|death|shooting)\\s+(?:on|of)\\s+(${NAME_PART}(?:\\s+${NAME_PART}){1,2})(?![\\p{L}\\p{N}'’-]|\\s+(?:\\p{Lu}|\\d))`,
  "gu",
);
// "Get well soon, Theudebert!", "Congratulations to Mireille Oduya on …": a newsletter's greeting names its person.
const GREETED = new RegExp(
  `\\b(?:[Gg]et\\s+well\\s+soon|[Cc]ongratulations|[Hh]appy\\s+(?:birthday|retirement)|[Ww]elcome\\s+back|[Gg]ood\\s+luck|[Ff]arewell|[Bb]est\\s+wishes)(?:,|\\s+to|(?=\\s+\\p{Lu}\\p{Ll}+,))\\s+(${NAME_PART}(?:\\s+${NAME_PART})?)(?=\\s*[!.,;]|\\s+(?:on|from|for|and|who|in)\\b|\\s*$)`,
  "gu",
);
// "Group chat: Sig: \"don't start\"", "Traders' chat, 13/04/2025 08:31, Sadb: 'Tincture …'": who speaks in a chat,
// before the quoted message; a word may be a nickname there ("Rags").
const CHAT_HEAD_SPEAKER = new RegExp(
  `\\b[Cc]hat\\b[^\\n"“‘']{0,60}?[:,][^\\S\\n]+(${NAME_PART}):[^\\S\\n]*["“‘']|(?:^|\\n)[^\\S\\n]*\\[(?:[^\\]\\n]{0,40}\\b)?(?:WhatsApp|[Cc]hat|Messenger|Signal|SMS|Teams|[Tt]ext)\\b[^\\]\\n]{0,50}\\][^\\S\\n]*(${NAME_PART}):[^\\S\\n]+(?=[\\p{L}\\p{N}"“‘'(])`,
  "gu",
);
// "staying with Wojtek", "visits from Ilinca", "in a relationship with Teodora Vance".
const COMPANION_CUED = new RegExp(
  `\\b(?:${cueAlternation(pii.companionCues)})\\s+(${NAME_PART}(?:\\s+${NAME_PART}){0,2})(?![\\p{L}\\p{N}'’-]|\\s+(?:\\p{Lu}|\\d))`,
  "gu",
);
const FEARED = /^(?:scared|afraid|frightened|terrified)\b/;
const pluralOfKind = (word: string) => {
  const singular = word.slice(0, -1);
  return (
    word.endsWith("s") &&
    (pluralOfWord(word) ||
      nationalityOrPrefixedWord(singular, 0, singular.length) ||
      RELIGIONS.has(singular) ||
      DAY_OR_MONTH.test(singular))
  );
};
const SHOUTED_CUE = /^\p{Lu}{2,}\b/u;
// "traced to Tyrell Ashdown, aged 31, of …", "Tyrell Ashdown (31)": an age straight after two or three capitalised words.
const AGED = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])${NAME_PART}(?:\\s+${NAME_PART}){1,3}(?=,?\\s+(?:aged\\s+\\d{1,3}(?![\\d–-]|\\s*(?:and|to|or|-|–)\\s*(?:\\d|over|under|above|below))|\\(\\d{1,2}\\)))`,
  "gu",
);
// The words an age or a label needs: most blocks have none ("aged 31", "(31)", "(his cousin)", "PNC 12/…").
const mayBeAgedOrLabelled = containsAny(["aged", "(", "PNC", "CRO", "DOB", "D.O.B", "CRN", "date of birth"]);
// A child or relative named with an age in brackets and no surname: "Zuri (9) attends …", "Tiago (6) and …",
// "Ferdia (then 12) and Finola (then 9) stayed".
const AGED_SINGLE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME_PART})(?=\\s+\\((?:(?:then|now)\\s+)?\\d{1,2}\\)(?:,|\\s+(?:and|is|was|are|were|has|had|have|live|lives|lived|go|goes|went|attend|attends|attended|stay|stays|stayed|told|tells|said|says|drew|asked|saw|sees)\\b))`,
  "gu",
);
const CHILDREN_BEFORE =
  /\b(?:children|child|sons?|daughters?|kids|grandchildren|grandsons?|granddaughters?|siblings|brothers?|sisters?|twins)\b[^.;:()]{0,20}$/i;
// Relations and roles in words: "(IDVA)" after "Independent Domestic Violence Advocate" spells an acronym out.
const RELATION_WORDS = [...pii.kinshipWords, ...pii.thirdPartyCues, ...pii.roleCues].filter(
  (w) => w !== w.toUpperCase(),
);
// Who someone is in brackets, with up to two words before the relation or role: "(aunt)", "(night worker)".
// "(near his sister)" says where, not who.
const WHO_IN_BRACKETS = `\\(\\s*(?:(?!(?:near|with|by|for|from|to|at|in|on|of|and|or|the|a|an|his|her|their|my|our)\\s)[\\p{Ll}-]+\\s+){0,2}(?:${cueAlternation(RELATION_WORDS)})\\s*\\)`;
// A name that a record labels: who they are in brackets ("Eluned Tuckwell (aunt)") or their police identifiers
// straight after ("Lennart Voss – PNC 2009/…", "…, DOB 03/04/1990").
const LABELLED = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])${NAME_PART}(?:\\s+${NAME_PART}){1,2}(?=\\s*(?:${WHO_IN_BRACKETS}|[,–-]?\\s*(?:PNC|CRO|DOB|D\\.O\\.B\\.?|CRN|date\\s+of\\s+birth)\\s*(?:no\\.?|number)?\\s*:?\\s*\\d))`,
  "gu",
);
// One name and who they are in brackets, in a log: "Wanjiru (night worker) heard shouting".
const LABELLED_SINGLE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NAME_PART})(?=\\s*${WHO_IN_BRACKETS})`, "gu");
// A letter's salutation: "Dear Makoa,", "Dear Tomasz and Ilse,", "Dear Makoa and Lani Fifita," ending its line or
// before a comma ("Dear Mrs X" is a titled name). The parts stay on one line. A message's greeting: "Hi Brynjolf,".
const SALUTATION = new RegExp(
  `\\b(?:Dear|(H)(?:i|ello|iya))[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?(?:[^\\S\\n]+(?:and|&)[^\\S\\n]+${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)?)(?=[^\\S\\n]*(?:[,\\n]|$))`,
  "gu",
);
// Who a letter may be addressed to that is no one's name.
const NOT_ADDRESSEES = new Set([
  "Sir",
  "Sirs",
  "Madam",
  "All",
  "Everyone",
  "Colleague",
  "Colleagues",
  "Team",
  "Friends",
  "Family",
  "Families",
  "Parent",
  "Parents",
  "Resident",
  "Residents",
  "Governor",
  "Doctor",
  "Partners",
  // An office written to: "Dear Registry,".
  "Registry",
  "Admissions",
  "Reception",
  "Enquiries",
  "Secretariat",
  "Committee",
  "Panel",
  "Board",
]);
// One name and where they are from, then what they did: "Ingeborg from the Witness Care Unit rang".
// Found from "from" (a literal the engine scans for quickly), the name read back from there.
const FROM_ORGANISATION = new RegExp(
  `\\s+from\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’&-]*\\s+){0,4}?(?:${pii.organisationWords.map(escapeRegExp).join("|")})\\s+(\\p{Ll}+(?:-\\p{Ll}+)?)`,
  "gu",
);
// It starts with the name, not a lookbehind: V8 would run a lookbehind at every position of the block.
const FIRST_NAME_AT_SERVICE =
  /(\p{Lu}\p{Ll}+)\s+(?:at|from|in)\s+the\s+(?:[\p{L}'’&-]+\s+){0,3}?(?:service|team|hub|centre|project|charity|council|school|college|hostel|shelter|office|unit|clinic|surgery|practice|refuge|trust|authority|police|station|mosque|church|gurdwara|temple|synagogue|chapel)["”]?\s+(\p{Ll}+(?:-\p{Ll}+)?)/gu;
// A text message quoted with its sender after a message emoji: "📲 Nkosana: sofa's yours", "💬 [Sadhbh]: I'm
// outside"; not a heading after a tick or a warning sign ("✅ Accommodation: confirmed").
const MESSAGE_EMOJI = "[📲📱💬🗨🗯✉📩📨📧💌👻]";
const HAS_MESSAGE_EMOJI = new RegExp(MESSAGE_EMOJI, "u");
const EMOJI_SPEAKER = new RegExp(`${MESSAGE_EMOJI}\\uFE0F?\\s*\\[?(${NAME_PART}(?:\\s+${NAME_PART})?)\\]?:\\s`, "gu");
// Any other emoji opening a turn before a name and a colon is a sender only when the words after it talk to someone
// ("🙏 Bogusia: thank you for ringing mum"); "✅ Accommodation: confirmed" and "⚠️ Risk: high" say nothing to anyone.
// Faces, hearts and hands stand for a sender; a pill or a house before a word is a heading ("💊 Methadone:").
const EMOJI_TURN = new RegExp(
  `(?:^|[\\n"“‘'(]\\s*|:\\s+)[\\u{1F600}-\\u{1F64F}\\u{1F970}-\\u{1F97A}\\u{1F90C}-\\u{1F91F}\\u{1F44A}-\\u{1F450}\\u{1F493}-\\u{1F49F}\\u{2764}\\u{1F9E1}\\u{1F5A4}]\\uFE0F?\\s*\\[?(${NAME_PART})\\]?:\\s+([^\\n]{0,80})`,
  "gu",
);
const HAS_PICTOGRAPH = /\p{Extended_Pictographic}/u;
const MEDICAL_WORDS: ReadonlySet<string> = new Set(pii.medical);
const RELIGIONS: ReadonlySet<string> = new Set(pii.specialCategoryTerms.religions);
// A line opened by one name and a colon ("Ilyas: can you ring me back"): a speaker when the turn speaks in the first
// person (speakerLabelAt).
const DEAR_AFTER = /^\s*Dear\b/;
const CHAT_TIME = /\[\d{1,2}:\d{2}|\d{1,2}:\d{2}[^\S\n]+-[^\S\n]/;
const TIMED_CHAT_TURN = new RegExp(
  `(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?(?:,[^\\]\\n]{1,14})?\\]|(?:^|\\n)[^\\S\\n]*(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4},?[^\\S\\n]+)?\\d{1,2}:\\d{2}[^\\S\\n]+-)[^\\S\\n]*(${NAME_PART}):[^\\S\\n]`,
  "gu",
);
const CHAT_CUE =
  /\b(?:[Cc]hat|WhatsApp|Snapchat|Messenger|Telegram|Discord|[Gg]roup|[Tt]hread|[Ee]xport|[Mm]essages|[Tt]exts|DMs?)\b/;
// A turn written as a chat is: emoji and text speak ("🔥🔥 we go now", "omw", "where r u").
const TEXT_SPEAK_TURN =
  /\p{Extended_Pictographic}|\b(?:u|r|ur|omw|lol|tmrw|pls|plz|bro|m8|wya|wru|innit|nah|ffs|im|dont|cant)\b/u;
const NOT_CHAT_SPEAKERS: ReadonlySet<string> = new Set(
  "Staff Police Officer Officers Control System Admin Unknown Me You Us Them Caller Operator Duty Night Day Shift Team Office Reception Security Ambulance Dispatch Server Triage Bot Crew Fire Paramedic Paramedics Hospital Ward Nurse Doctor Court Council Probation Housing Gate Custody Alert Reminder Group Bank App Notification Notifications".split(
    " ",
  ),
);
const LINE_TURN = new RegExp(`(?:^|\\n)[^\\S\\n]*(${NAME_PART}):[^\\S\\n]`, "gu");
const MESSAGE_HEADINGS: ReadonlySet<string> = new Set(pii.messageHeadings);
/**
 * A single word alone before a colon, or after a sign-off, is a name only if a known first name or shaped like one,
 * or at least no English word nor heading ("Ilyas:", "🙏 Bogusia:"; not "Rationale:", "Landlord:", "✅ Accommodation:").
 */
const nameNotWord = (word: string) =>
  isKnownFirstName(word) ||
  distinctShape(word) ||
  !(
    MESSAGE_HEADINGS.has(word) ||
    WORD_ENDING.test(word) ||
    isEnglishWord(word) ||
    isEnglishCompound(word) ||
    UK_PLACES.has(word) ||
    MEDICAL_WORDS.has(word.toLowerCase()) ||
    isCapitalisedWord(word) ||
    lookupAcronym(word) !== undefined
  );
/** Whether every part of a name is a known first name, shaped like a name, or no English word ("Zone 2", "Safer Streets" are words). */
const noEnglishWord = (parts: readonly string[]) =>
  parts.every((part) => isKnownFirstName(part) || distinctShape(part) || !isEnglishWord(part));
/**
 * A name of several words that reads as a person's: its first word a known first name, shaped like one or no English
 * word, or its last no English word ("Tom Baker", "Zarmina Baker", "Goodwill Sibanda"; not "Hire Direct", "Safer
 * Streets"), and no building's word in it.
 */
/** "Tesco Dunsmere", "Wendlemere Rovers": a firm's branch or a club, by a town's name at either end of the pair. */
const branchOrClub = (parts: readonly string[]) =>
  !isKnownFirstName(parts[0]!) &&
  [parts[0]!, parts.at(-1)!].some((part) => UK_PLACES.has(part) || TOWN_SHAPE.test(part));
const personLike = (parts: readonly string[]) =>
  !parts.some((part) => NAMED_AFTER_WORDS.has(part)) &&
  (isKnownFirstName(parts[0]!) ||
    distinctShape(parts[0]!) ||
    !isEnglishWord(parts[0]!) ||
    (parts.length > 1 && !isEnglishWord(parts.at(-1)!)));
// Endings of English nouns and adjectives that names rarely have ("Accommodation", "Employment", "Wellbeing").
const WORD_ENDING =
  /(?:tion|sion|ment|ness|ity|ance|ence|ing|ship|ism|ist|able|ible|ous|ive|ful|less|ure|ics|ery|ory|ise|ize)$/;
const TALKS_TO_SOMEONE = /(?<![\p{L}'’])(?:i|i['’]m|im|me|my|you|u|your|ur|we|us|mum|dad)(?![\p{L}'’])/iu;
// A name with an e-mail address made from it straight after: "Marivic Fifita (m.fifita@example.com)".
const EMAILED = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME_PART}(?:\\s+${NAME_PART}){1,2})\\s*[(,<–-]?\\s*([\\w.+-]+)@`,
  "gu",
);
const EMAIL_ADDRESS = /[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// An address made of a name's words ("ysolde.trist@…"), and the name it is made of, wherever it stands in the block.
// Or of an initial and a surname ("m.hasp@…" beside "Merewyn Hasp").
const NAME_MADE_ADDRESS = /(\p{L}+(?:[._-]\p{L}{2,}){1,2})@/gu;
// Police and hostel logs write a person surname first in capitals after a field label: "CALLER: HOLLINRAKE, Saffron".
// Or as the items of a list: "1. TRANSOM, Tiberiu – aka …".
const SYSTEM_ORDER =
  /(?:^|\n[^\S\n]*(?:(?:\d{1,3}[.)]|[-•*])[^\S\n]+)?|[:|]\s*)(\p{Lu}{2,}(?:['’-]\p{Lu}+)*),\s+(\p{Lu}\p{Ll}+|\p{Lu}{2,})(?![\p{L}\p{N}'’-])/gu;
// Field labels of logs that hold a person ("CALLER:", "SUBJECT:"), unlike "LOCATION: LEEDS, Kirkstall".
const PERSON_FIELD_BEFORE =
  /\b(?:caller|subject|victim|name|witness|suspect|informant|author|officer|contact|person|associate|partner|next of kin|visitor|resident|complainant)\s*:\s*$/i;
// Two or three capitalised words followed by a lower-case word ("when Kenan Aksoy arrived"); the verb is checked after.
const PAIR = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])${NAME_PART}(?:\\s+${NAME_PART}){1,2}(?=\\s+\\p{Ll}|,\\s+who(?:m|se)?\\b)`,
  "gu",
);
// A relative clause for a person: "The shop belongs to Ilkay Toprak, who let her sweep up".
const WHO_AFTER = /^,\s+who(?:m|se)?\b/;
const PAIR_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|his|her|their|its|our|your|this|these|those|of|in|at|on|to|from|by|for|into|near)\s+$/iu;
// A pair who came from somewhere on someone's behalf: "attended by Ludmila Rennard from the council, Istahil Osoble
// from the college"; a place's name does not come from an institution.
const FROM_INSTITUTION_AFTER = new RegExp(
  `^\\s+from\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+|their\\s+)?(?:(?:\\p{Lu}[\\p{L}'’&-]*\\s+){0,4}(?:${pii.organisationWords.map(escapeRegExp).join("|")})|(?:${pii.institutionNouns.map(escapeRegExp).join("|")}))(?![\\p{L}])`,
  "u",
);
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|his|her|their|its|our|your|this|these|those)\s+$/iu;
const RELATIONS = pii.thirdPartyCues.filter((c) => !/^(?:named|called|known as)$/.test(c));
// "Datix, the official incident system", "Unison, the union representative body": these roles also describe things.
const APPOSITIVE_ROLES = pii.roleCues.filter((c) => !pii.rolesAlsoThings.includes(c));
const PLACE_NAME_PHRASE = /\s(?:on|at|in|from|of)\s+(?:the|a|his|her|their)\s+\p{Lu}/u;
// "His mentor at the boxing club, Kestrel Gym, said": a venue's own name.
const VENUE_WORDS: ReadonlySet<string> = new Set(
  "Gym Zone Club Studio Studios Wash Bar Cafe Café Fitness Boxing Barbers Salon Garage Motors Autos Stores Store Shop Market Kitchen Diner Lounge Hub Ward".split(
    " ",
  ),
);
const VENUE_PHRASE = /\s(?:on|at|in|from|of|for)\s+(?:the|a|his|her|their)\s+\p{Ll}+\s+\p{Ll}+/u;
// "The officer from Bridgend, Ogmore,": after a place named bare, one unknown word may be the next place.
const BARE_PLACE_PHRASE = /\s(?:on|at|in|from|of|for)\s+\p{Lu}/u;
// Endings and Welsh prefixes of town names ("Saltbeck", "Hollinsey", "Llanfair").
const TOWN_SHAPE = new RegExp(`(?:${pii.townEndings.join("|")})$|^(?:${pii.townPrefixes.join("|")})\\p{Ll}`, "u");
const UK_PLACES: ReadonlySet<string> = new Set(pii.ukPlaces);
/** Whether a single capitalised word may be a town: a listed UK place, a town's shape, or an English word. */
const mayBeTown = (word: string) => UK_PLACES.has(word) || TOWN_SHAPE.test(word) || isEnglishWord(word);
/** Whether a capitalised word names a UK town or is shaped like one ("Leeds", "Kestleford", "Ashby"). */
export const looksLikeTown = (word: string) => UK_PLACES.has(word) || TOWN_SHAPE.test(word);
/** A town, city or country the lexicon lists. */
export const isKnownPlace = (word: string) => UK_PLACES.has(word) || COUNTRIES.has(word);
const STAFF_ROLE_START = new RegExp(`^(?:${cueAlternation(pii.staffCues)})\\b`, "i");
const RECORD_VERBS = new Set(pii.recordVerbs);
/** A verb a person does after a role and a name: "said", "rang", or a record's "logged", "noted". */
const recordedBy = (verb: string) => PERSON_VERBS.has(verb) || RECORD_VERBS.has(verb);
// "The letting agent, Foxtons, kept the deposit": one word after such a role may be a firm.
const ROLE_ALSO_THING = new RegExp(`^(?:${cueAlternation(pii.rolesAlsoThings)})\\b`, "i");
// A name followed by an appositive that says who they are ("Ngozi Eze and Wei Chen, two residents of …"):
// find ", two residents" first, then read the names just before the comma.
// ", the SPO,", "a neighbour,"; a bare role before its place ("Tamati Paewai, captain of Cransby Cricket Club,").
const APPOSITIVE = new RegExp(
  `,\\s+(?:(?:(?:a|an|the|his|her|their|its|our|my|your|two|three|four|both|one|another|also|then|now)\\s+)+|(?:(?:Ms|Mr|Mrs|Miss|Mx|Dr)\\s+)?\\p{Lu}[\\p{L}\\d]*['’]s\\s+)(?:(?!(?:where|who|whom|whose|which|that|when|while|with|and|or|but|in|on|at|of|to|for|from|by|was|were|is|are|had|has|have)\\b)[\\p{L}'’-]+\\s+){0,3}?(?:${cueAlternation([...RELATIONS, ...APPOSITIVE_ROLES])})(?:s|es|ren)?\\b(?!['’])|,\\s+(?:${cueAlternation(APPOSITIVE_ROLES)})\\s+(?:of|at|for)\\s+(?:the\\s+)?\\p{Lu}`,
  "gu",
);
// A pair of capitalised words joined to a name by "and", "or" or a comma, and not followed by another capitalised
// word ("… and Northmoor City Council").
const COORDINATED = new RegExp(
  `^(?:\\s*,(?:\\s+(?:and|or))?|\\s+(?:and|or))\\s+(${NAME_PART}\\s+${NAME_PART})(?:['’]s)?(?![\\p{L}\\p{N}'’-]|\\s+\\p{Lu})`,
  "u",
);
const PRISONS = new Set(pii.prisonGazetteer);
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NAME_PART})$`, "u");
const PLACES_AFTER = [
  "in",
  "at",
  "from",
  "to",
  "near",
  "around",
  "outside",
  "inside",
  "across",
  "within",
  "into",
  "towards",
  "via",
];
const PLACE_PREPOSITION = new RegExp(`(?:^|[^\\p{L}])(?:${PLACES_AFTER.join("|")}|by)\\s+$`, "iu");
// "returned by Wyndrash", "signed out by Zorrell": "by" after a participle is the agent's, not "by" a place.
const AGENT_BY_BEFORE =
  /\b(?:\p{Ll}{2,}ed|seen|given|taken|written|shown|known|made|held|kept|left|sent|told|brought|found|lent|driven|paid)(?:[^\S\n]+(?:out|in|off|back|up|over))?[^\S\n]+by[^\S\n]+$/u;
// Before a name with diacritics, "by" is usually an agent ("threatened by Jiří Novák"), not a place.
const PLACE_OR_THING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PLACES_AFTER.join("|")}|the|a|an)\\s+$`, "iu");
const GIVEN_NAME_AND_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NAME_PART})\\s+and\\s+$`, "u");
const NAMES_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME_PART}(?:\\s+${NAME_PART}){1,3})(?:\\s+and\\s+(${NAME_PART}(?:\\s+${NAME_PART}){1,2}))?$`,
  "u",
);

// Names in capitals, as case notes write them ("his mate KYLE WHITTAKER", "SHANICE (his ex)").
const CAPS_WORD = "\\p{Lu}{2,}(?:['’-]\\p{Lu}+)*";
const CAPS_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’-])${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,2}(?![\\p{L}\\p{N}'’-])`, "gu");
const CAPS_BEFORE = /\p{Lu}{2,}[\s,]*$/u;
const CODE_BEFORE = /\bcodes?\s+(?:[A-Z0-9]+(?:,\s*|\s+and\s+))*$/i;
const CAPS_AFTER = /^[\s,]*\p{Lu}{2,}(?![\p{L}\p{N}'’-])/u;
const NAME_BEFORE_BORN = new RegExp(
  `(?:${CAPS_WORD}|${NAME_PART})(?:\\s+(?:${CAPS_WORD}|${NAME_PART})){0,2}\\s*\\((?:born|b\\.|DOB|D\\.O\\.B\\.?)[\\s:]`,
  "gu",
);
// Two or three capitalised words of which a later one has a shape English words and place names rarely have:
// letters with diacritics ("Stanislav Horák", "Phạm Thị Thu") or a D', O' or Mc prefix ("Crispin D'Almeida").
const SHAPED_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])${NAME_PART}(?:\\s+${NAME_PART}){1,2}(?![\\p{L}\\p{N}'’-])`,
  "gu",
);
const PREFIXED_SURNAME = /^(?:D['’]|O['’]|Mc)\p{Lu}/u;
/** A name part with diacritics or another script's letters, or a D', O' or Mc prefix. */
const distinctShape = (part: string) => !isAscii(part) || PREFIXED_SURNAME.test(part);
const POSTCODE_AFTER = /^,?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
/**
 * "Ruzica Scawton", "Ottis Frickley": a given name no list knows and no English or place word resembles, before a
 * surname shaped like a town. A place's two words rarely pair like that; one before a postcode is an address.
 */
function givenBeforeTownSurname(parts: string[], text: string, to: number): boolean {
  if (parts.length !== 2) return false;
  const [given, surname] = parts as [string, string];
  const unknown = (word: string) => !isEnglishWord(word) && !isEnglishCompound(word) && !isKnownFirstName(word);
  // "Heddlu Gwent", "Tesco Dunsmere": a body, or a place the gazetteer knows, is no surname here.
  return (
    unknown(given) &&
    !looksLikeTown(given) &&
    neitherPlaceNorBody(given) &&
    unknown(surname) &&
    looksLikeTown(surname) &&
    !isKnownPlace(surname) &&
    !POSTCODE_AFTER.test(text.slice(to, to + 12))
  );
}
const FAMILY_NAME = new RegExp(`\\b[Tt]he\\s+(${NAME_PART})\\s+family\\b`, "gu");
const ORGANISATION_NAMES: ReadonlySet<string> = new Set(pii.organisationNames);
const FIRM_AMPERSAND_BEFORE = /(?:^|[^\p{L}'’-])(?:(\p{Lu}[\p{L}'’-]*)\s+)?(\p{Lu}[\p{L}'’-]*)\s+&\s+$/u;
// "Stobart's new partner", "Kaur's cousin": whoever has a partner or a cousin is a person.
const POSSESSOR_OF_KIN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?<!\\p{Lu}[\\p{L}'’-]*\\s)(${NAME_PART})['’]s\\s+(?:(?:new|former|late|own|younger|older|elder|eldest|youngest|current)\\s+)?(?:partner|ex-partner|girlfriend|boyfriend|wife|husband|ex-wife|ex-husband|fiancée?|daughter|son|mother|father|mum|dad|sister|brother|cousin|nephew|niece|stepson|stepdaughter|stepfather|stepmother|grandmother|grandfather)(?![\\p{L}'’-]|\\s+(?:agenc|organisation|service|and\\s+baby|unit))`,
  "gu",
);
// "Cadog's weight", "Ruqiya's school attendance", "Ebrel's mobile": what only a person has, especially a child.
const POSSESSOR_OF_PERSONAL = new RegExp(
  `(${NAME_PART})['’]s\\s+(?:(?:own|school|nursery|current|physical|mental|emotional)\\s+)?(?:weight|health|behaviour|attendance|welfare|wellbeing|well-being|safety|development|diagnosis|medication|injuries|bedroom|birthday|nappies|cot|foster\\s+carers?|childminder|class\\s+teacher|teacher|school|nursery|mobile|landline|999\\s+call|witness\\s+statement|diary|date\\s+of\\s+birth|DOB|drawing)(?![\\p{L}'’-])`,
  "gu",
);
/** "Prideaux & Nance": the second name of a firm, after a surname ("Nadia & Zlata", "Mrs Okafor & Zlata" are people). */
function firmPartnerAt(text: string, from: number): boolean {
  const m = FIRM_AMPERSAND_BEFORE.exec(text.slice(Math.max(0, from - 40), from));
  if (!m) return false;
  const [, title, word] = m;
  return !isKnownFirstName(word!) && !(title && TITLES.has(title)) && !TITLES.has(word!);
}
// "Fothergill told the panel", "that Ruddick rented", "Rimmer did not record", "Ibbotson's questions", "McAllister
// said": a surname alone before a person's verb (group 1 is an auxiliary's) or owning something (groups 2 and 3 are
// the first two words after it).
const LONE_SURNAME = new RegExp(
  `(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}{2,}(?:(?=\\s+(?:(?:later|then|also|still|immediately)\\s+)?(?:${pii.loneSurnameVerbs.join("|")}|(${pii.loneSurnameAuxiliaries.join("|")}))(?![\\p{L}'’-]))|(?=['’]s\\s+(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?))`,
  "gu",
);
const SURNAMES_NOT_PEOPLE: ReadonlySet<string> = new Set(pii.surnamesNotPeople);
/**
 * Whether a surname the lists take for a town or a firm ("Daventry", "Corby") is a person's after an initial: "signed
 * by P. Daventry", "examiner P. Daventry". Not after a compass point's letter ("N. Ireland", "S. Shields").
 */
const townOrFirmAfterInitial = (word: string, initial: string) =>
  SURNAMES_NOT_PEOPLE.has(word) &&
  !"NSEW".includes(initial) &&
  !isEnglishWord(word.toLowerCase()) &&
  !UK_PLACES.has(word) &&
  !countryNotName(word) &&
  !ORGANISATION_NAMES.has(word);
const LONE_SURNAME_VERBS: ReadonlySet<string> = new Set([...pii.loneSurnameVerbs, ...pii.loneSurnameAuxiliaries]);
const CHAINS: ReadonlySet<string> = new Set(["Morrison", "Mcdonald", "Sainsbury", "Wilkinson", "Dixon", "Clark"]);
const SHOP_STAFF: ReadonlySet<string> = new Set(["staff", "manager", "managers", "store", "branch", "shop"]);
const INITIAL_BEFORE = /\b[A-Z]\.\s?$/;
// Words a letter labels ("Plan B", "Annex C"): their letter before a full stop is no initial.
const LABEL_LETTER_WORDS: ReadonlySet<string> = new Set(
  "Plan Annex Appendix Option Category Level Wing Block Part Section Schedule Grade Tier Type Class Group Unit Ward Form Exhibit Table Figure Box Stage Step Phase Zone Area Route Flat Cell Room House Landing Pod Bay".split(
    " ",
  ),
);
const TITLE_BEFORE_INITIAL = new RegExp(`(?:^|(?<=[\\s(|:"“]))(?:${TITLE_ALTERNATION})\\.?[^\\S\\n]+$`, "u");
// "I. Folarin (interim SPO)", "J. Idowu (hospital IDVA)", "M. Okoro (chair)": an identifier or a role in brackets.
const ROLE_IN_BRACKETS_AFTER = new RegExp(
  `^\\s*\\((?:[a-z]+\\s)?(?:(?:PP|SPO|PSO|PO|POM|COM|OSG|SW|RM|CM)\\d{0,2}|(?:[a-z-]+\\s)?(?:${cueAlternation(pii.roleCues)}))\\)`,
);
// "Witness: H. Ballast", "Witness 2: B. Clutch", "Reported by the foreman E. Gravel", "Ward Sister G. Askew".
const ROLE_BEFORE_INITIAL = new RegExp(
  `\\b(?:${cueAlternation(pii.roleCues)}|${pii.wardTitles.join("|")})(?:\\s+\\d{1,2})?[:,]?\\s+$`,
  "i",
);
// "K. Duckworth (Thewlis ABC)", "Signed: D. Mallinson": an initial and a surname of the census list.
// "23:35 Room 7 in (A. Cruet)", 'signed the book as "Z. Gravey"', "lists the applicant as E. Blizzard and": an initial
// and a surname alone in brackets, or after "as" or "by" to the end of a clause, are a person's whatever the surname.
const AS_OR_BY_BEFORE = /\b(?:as|by)[^\S\n]+["“]?$/;
const CLAUSE_END_AFTER = /^["”]?(?:[^\S\n]*(?:[),.;:]|$)|[^\S\n]+and\b)/;
const initialNameSetOff = (text: string, from: number, to: number) =>
  !NOT_INITIAL_SURNAMES.has(text.slice(from + 2, to).trim()) &&
  ((text[from - 1] === "(" && text[to] === ")") ||
    (AS_OR_BY_BEFORE.test(text.slice(Math.max(0, from - 8), from)) && CLAUSE_END_AFTER.test(text.slice(to, to + 6))));
const INITIAL_SURNAME = /\b[A-Z]\.[^\S\n]?((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}-]|['’](?!s\b))/gu;
const PARTNER_BODY_AFTER =
  /^\s+(?:is|was)\s+\S+\s+(?:\p{Ll}+\s+)?partner\s+(?:agency|agencies|authority|provider|organisation|organization|body|service|school|force|trust)\b(?!\s+(?:lead|manager|worker|officer|coordinator|representative|contact))/u;
// "Skelton is the half-brother", "Piran was her cousin": a name said to be someone's relative or friend.
const IS_KIN = new RegExp(
  `(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}{2,}(?=\\s+(?:is|was)\\s+(?:the|his|her|their|a|an)\\s+(?:(?:older|younger|elder|late|former|only|best|oldest|youngest)\\s+)?(?:${cueAlternation(pii.relationNouns)})(?![\\p{L}-]))`,
  "gu",
);
// "K. Dancer did not want to be contacted", "Witnesses: H. Candle (Flat 12)", "K. Sparrowhawk and DS Bellwether": an
// initial and any surname opening a text, a line or a list's item, before what a person does or another person.
const OPENS_ITEM_BEFORE = /(?:^|\n|[:;,(][^\S\n]*)[^\S\n]*$/;
const ACTS_AFTER_INITIAL_NAME = new RegExp(
  `^(?:\\s+(?:did|does|was|is|had|has|said|says|told|attended|rang|phoned|gave|wrote|asked|confirmed|refused|declined|agreed|reported|signed|served|noted|logged|recorded)\\b|\\s+and\\s+(?:${TITLE_ALTERNATION}|[A-Z]\\.)\\s|\\s*\\((?:Flat|Room|Cell|Bed)\\s)`,
);
// A lettered item's heading acts too ("C. Ward did not want …", "D. Recall was considered"): an ordinary word as the
// surname counts only beside another person or a flat.
const BESIDE_PERSON_AFTER_INITIAL_NAME = new RegExp(
  `^(?:\\s+and\\s+(?:${TITLE_ALTERNATION}|[A-Z]\\.)\\s|\\s*\\((?:Flat|Room|Cell|Bed)\\s)`,
);
const initialNameActs = (text: string, from: number, to: number) => {
  if (!OPENS_ITEM_BEFORE.test(text.slice(Math.max(0, from - 4), from))) return false;
  const after = text.slice(to, to + 30);
  const surname = text.slice(text.lastIndexOf(" ", to - 1) + 1, to).replace(/^[A-Z]\./, "");
  return isEnglishWord(surname) ? BESIDE_PERSON_AFTER_INITIAL_NAME.test(after) : ACTS_AFTER_INITIAL_NAME.test(after);
};
// One capitalised word and the spaces after it, ending where the next word starts.
const WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)[^\S\n]+$/u;
const PRISON_PREFIX_BEFORE = /\b(?:HMP|HMYOI|YOI|HMP\/YOI)[^\S\n]+$/;
// "Westmorland and Furness said", "Hinckley and Bosworth said": the second word of a place's name.
const PLACE_AND_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+$/u;
// "Selby said it had no bed", "Mears told the panel its staff …": a body speaks of itself as "it", a person does not.
const ITSELF_AFTER =
  /^\s+\p{Ll}+(?:\s+(?:the|a|an|our|this)\s+\p{Ll}+)?(?:\s+that)?\s+it\b|^[^.,;:!?]{0,60}?\b(?:its|itself)\b/u;
const STRONG_PERSON_AFTER =
  /^(?:\s+(?:(?:rang|phoned|texted|messaged|told)\s+(?:him|her|them|\p{Lu}\p{Ll}+\b|(?:his|their)\s+(?:mother|father|mum|dad|sister|brother|partner|wife|girlfriend|boyfriend)\b)|(?:drove|hugged|punched|kicked|slapped|befriended)\s+(?:him|her)\b|gave\s+(?:a\s+)?(?:statement|evidence)\b|(?:later\s+|then\s+|also\s+)?told\s+(?:the\s+(?:[\p{Ll}-]+\s+)?(?:panel|review|reviewer|court|officer|worker|nurse|doctor|coroner|inquest|handler)|(?:the\s+)?(?:police|officers|detectives)\s+(?:that|she|he)\b|me|us|him|her|them|PP\d)|(?:said|says)\s+(?:that\s+)?(?:he|she|I|her|his|you|we|they)\b|wrote\s+(?:that|in\s+(?:her|his))|wrote\s*:\s*["“]|wrote\s+in\s+the\s+(?:[\p{Ll}-]+\s+)?(?:log|notes|diary|record|book|file)\b|wrote\s+the\s+(?:[\p{Ll}-]+\s+){0,3}(?:assessment|report|statement|plan|letter|note|entry)\b|(?:rang|phoned)\s+(?:me|us|PP\d)\b|had\s+supervised|supervised\s+him|grew\s+up\s+(?:in|with|on|as|near)\b|gave\s+(?:his|her|their)\s+(?:own\s+)?(?:number|address|mobile|name|date\s+of\s+birth)\b|told\s+(?:his|her|their)\s+(?:teacher|mother|father|mum|dad|sister|brother|partner|friend|doctor|GP|social\s+worker)\b|told\s+the\s+(?:ISVA|IDVA|VLO|SPO|GP|CPN|POM|COM)\b|said\s+\p{Lu}\p{Ll}+\s+(?:was|had|is|has)\b|(?:rang|phoned)\s+the\s+(?:\p{Ll}|SPO\b|SI\b|OMU\b|[A-Z]{2,5}\s+(?:office|team|duty)\b)|logged\s+the\b|signed\s+off\b|booked\s+(?:the\s+SI|him|her|them)\s+in\b|recognised\s+(?:him|her|\p{Lu})|invoiced\s+the\b|was\s+born\s+(?:on|in)\b|(?:was|had\s+been)\s+(?:not\s+)?(?:convicted|sentenced|remanded|acquitted|jailed|arrested|interviewed)\b|said\s+(?:that\s+)?(?:the\s+)?(?:SI|PP\d+|SPO\d+|victim)\b)|['’]s\s+(?:[\p{Ll}-]+\s+)?(?:notes?|record|entry|log|handover|statement|account|email|e-mail|texts?|messages?|phone|mobile|flat|bedroom|summary|recollection|referral\s+form|diary|signature|solicitor|call|voicemail|dog(?!\s+warden)|terrier|cat|landline)\b|['’]s\s+(?:home|own|personal|private)\s+(?:number|address|phone)\b|['’]s\s+(?:widow|widower|husband|wife|girlfriend|boyfriend|grandson|granddaughter|nephew|niece|funeral|ashes|grave)\b)/u;
// "Avraham's statement": what only a person has, though the name is shaped like a town ("-ham").
const PERSONAL_RECORD_AFTER =
  /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:statement|account|diary|recollection|signature|mobile|texts?|voicemail|solicitor|mother|father|partner|wife|husband)\b/u;
const SPOKE_OF_SELF_AFTER =
  /^\s+(?:(?:said|told\s+(?:the\s+)?(?:police|officers|detectives|panel|court|review))\s+(?:that\s+)?(?:she|he|I)\b|wrote\s+in\s+(?:the|her|his)\s+(?:[\p{Ll}-]+\s+)?(?:log|notes|diary|record|book)\b|wrote\s*:\s*["“])/u;
/**
 * A surname the census list lacks ("Micklethwaite", "Garforth") alone before what only a person does: tells the panel,
 * writes that, keeps notes. Not inside a longer name ("HMP Ravensmoor said he").
 */
const unlistedSurnameAt = (text: string, from: number, to: number) => {
  const value = text.slice(from, to);
  return (
    STRONG_PERSON_AFTER.test(text.slice(to, to + 40)) &&
    !isEnglishWord(value) &&
    isCueNameWord(value) &&
    // "Quarmby told the police she heard glass break": a town's shape, but no town says "she" of itself.
    (!looksLikeTown(value) ||
      (!UK_PLACES.has(value) &&
        (SPOKE_OF_SELF_AFTER.test(text.slice(to, to + 40)) || PERSONAL_RECORD_AFTER.test(text.slice(to, to + 40))))) &&
    !/(?:ia|stan)$/.test(value) &&
    // "Paramedics told the police", "Carers said that she": a group, not one person.
    !pluralOfNoun(value) &&
    firstNameOrNothingBefore(text.slice(Math.max(0, from - 24), from))
  );
};
// Plurals of nouns for people and groups, whether or not the word list has them ("Paramedics", "Carers", "Medics").
const GROUP_NOUN_ENDING = /(?:ic|er|or|ist|ant|ent|ian|ate|ee)$/;
const pluralOfNoun = (word: string) => {
  const singular = word.slice(0, -1).toLowerCase();
  return PLURAL_S.test(word) && (isEnglishWord(singular) || GROUP_NOUN_ENDING.test(singular));
};
const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}'’.]*)\s+$/u;
/** No capitalised word before, or one that may be a first name ("Godswill Oyediran told"), not "HMP" or a town. */
function firstNameOrNothingBefore(before: string): boolean {
  const word = CAPITALISED_WORD_BEFORE.exec(before)?.[1];
  if (word === undefined || isKnownFirstName(word)) return true;
  return (
    !word.includes(".") &&
    !isEnglishWord(word) &&
    isCueNameWord(word) &&
    neitherPlaceNorBody(word) &&
    !looksLikeTown(word) &&
    !/\p{Lu}[\p{L}'’.]*\s+\S+\s+$/u.test(before)
  );
}
const PERSON_PRONOUN_AFTER = /^[^.;:!?]{0,60}?\b(?:he|she|him|her|his|hers|himself|herself)\b/i;
const COUNTRIES: ReadonlySet<string> = new Set(pii.countries);
// "Ukraine told him": a country no one is named after; "Jordan", "India" and "Holland" are people's names too.
const countryNotName = (word: string) =>
  COUNTRIES.has(word) && !isKnownFirstName(word) && !isListedSurname(censusForm(word));
const COORDINATED_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+),?\s+(?:and|or|&)\s+$/u;
const COORDINATED_AFTER = /^,?\s+(?:and|or|&)\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/u;
/**
 * "through Niger and Chad", "Jordan and Syria": a word that names a country or a UK place, joined to another, is the
 * place; "Leeds and Reon's mother" are not.
 */
export function coordinatedWithPlace(text: string, from: number, to: number): boolean {
  const word = text.slice(from, to);
  if (!COUNTRIES.has(word) && !UK_PLACES.has(word)) return false;
  const other =
    COORDINATED_BEFORE.exec(text.slice(Math.max(0, from - 30), from))?.[1] ??
    COORDINATED_AFTER.exec(text.slice(to, to + 30))?.[1];
  // "Chad and Jordan travelled together": two people's names, whatever else they name.
  return other !== undefined && (COUNTRIES.has(other) || UK_PLACES.has(other)) && !isKnownFirstName(other);
}
// "Zipcab", "Cleartech", "Fitmart": a firm's made-up name ending in what it sells; no surname ends so.
export const FIRM_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:cabs?|taxis?|tech|soft|mart)$/u;
export const neitherPlaceNorBody = (word: string) =>
  !SURNAMES_NOT_PEOPLE.has(word) &&
  !FIRM_COMPOUND.test(word) &&
  !countryNotName(word) &&
  !UK_PLACES.has(word) &&
  !PRISONS.has(word) &&
  !ORGANISATION_NAMES.has(word) &&
  !VEHICLE_MAKES.has(word) &&
  !NOT_NAMES.has(word) &&
  !word.endsWith("shire");
/** The census list's spelling of a surname: "McAllister" → "Mcallister", "O'Rourke" → "Orourke". */
const censusForm = (word: string) => {
  const bare = word.replace(/['’]/g, "");
  return bare[0] + bare.slice(1).toLowerCase();
};
const EPONYM_NOUNS: ReadonlySet<string> = new Set(pii.eponymNouns);
const YEAR_AFTER_NAME = /^,\s*(?:19|20)\d{2}\b/;
// "Smudge and Chalky were the two men from his section": two names the sentence says are people. "Peigi and Ailig
// both came to the induction": two names that both do what a person does (group 3), if neither is a place or a body;
// "Satch and Pree had split up": two names that were a couple.
const maySayPairArePeople = containsAny([" were ", " are ", " both ", "split", "broke", " got "]);
const PAIR_SAID_PEOPLE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME_PART})\\s+and\\s+(${NAME_PART})\\s+(?:(?:were|are)\\s+(?:the\\s+)?(?:(?:two|both|only|three)\\s+)?(?:\\p{Ll}+\\s+)?(?:men|women|people|lads|friends|brothers|sisters|mates|boys|girls|runners|dealers|youths|teenagers)|,\\s+both\\s+(?:stewards|officers|nurses|carers|workers|volunteers|paramedics|residents|friends|neighbours|witnesses|runners)|both\\s+(${pii.personVerbs.join("|")})|(?:had\\s+|have\\s+)?(?:split|broke)\\s+up|were\\s+(?:dating|engaged|married|a\\s+couple|seeing\\s+each\\s+other)|got\\s+(?:together|engaged|married))(?![\\p{L}'’-])`,
  "gu",
);
// "Larch, Aske and Dr Prentice all describe the same injury", "Zorana Marwood and Milica Prout each received
// messages": a list whose members all do what a person does (group 2); group 1 is the list.
const LIST_ITEM = `(?:(?:${TITLE_ALTERNATION})\\.?\\s+)?${NAME_PART}(?:\\s+${NAME_PART})?`;
const LIST_ALL_DO = new RegExp(
  `(${LIST_ITEM}(?:,\\s+${LIST_ITEM})*,?\\s+and\\s+${LIST_ITEM})\\s+(?:both|each|all)\\s+(\\p{Ll}+)`,
  "gu",
);
const LIST_ITEM_SEPARATOR = /,?\s+and\s+|,\s+/;
const LIST_DO_VERBS: ReadonlySet<string> = new Set([
  ...pii.personVerbs,
  ...pii.loneSurnameVerbs,
  ..."signed received describe say agree recall remember know gave give attend".split(" "),
]);
const OBJECT_PRONOUN_AFTER = /^\s+(?:him|her|them|me|us)\b/;
// Words that end the name of a firm or an award named after someone ("Ann Court" may be a person).
const FIRM_ENDINGS: ReadonlySet<string> = new Set(pii.firmEndings);
const PLACE_NAMED_BEFORE =
  /\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir)\s+(?:house|farm|cottage|farmhouse|property|pub|shop|boat|caravan|yard|estate),\s*(?:\p{Lu}\p{Ll}*\s+(?:(?:y|yr|ar|an)\s+)?)?$/u;
const ROLE_AT_PLACE_BEFORE = new RegExp(
  `\\b(?:${cueAlternation(pii.roleCues)})\\s+(?:on|at|in|from|of)\\s+(?:the|a|his|her|their)\\s+\\p{Ll}+,\\s*$`,
  "u",
);
// "Nash Hall, the security studies building, …", "Mapplethorpe and Drabble, the family's solicitors,": an appositive
// says the name is a place's or a firm's.
const PLACE_APPOSITIVE_AFTER =
  /^,\s+(?:the|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:building|block|wing|centre|hall|venue|site|campus|library|church|chapel|mosque|pub|school|hotel|shop|farm|company|firm|agency|charity|business|solicitors|accountants|vets|builders)(?=\s*[,.;)]|\s+(?:on|in|at|near|off)\s+\p{Lu}|$)/u;
/** "Dimmock Haulage", "the Dorothy Akinola Award", "Tova Abramson Training": a firm or an award named after someone. */
function namesOrganisation(text: string, c: NameCandidate): boolean {
  if (c.kind === "titled") return false;
  if (PLACE_APPOSITIVE_AFTER.test(text.slice(c.to, c.to + 60))) return true;
  // "The house, Bryn Hebog, was empty", "The farm, Pen y Bryn,": a house's or a farm's name set off after it; not a
  // person's after their role there ("The manager in the shop, Grenna Swainby, moved the till").
  if (
    PLACE_NAMED_BEFORE.test(text.slice(Math.max(0, c.from - 24), c.from)) &&
    !ROLE_AT_PLACE_BEFORE.test(text.slice(Math.max(0, c.from - 60), c.from))
  )
    return true;
  const last = c.text.split(SPACES).at(-1)!;
  if (c.text.includes(" ") && FIRM_ENDINGS.has(last)) return !OBJECT_PRONOUN_AFTER.test(text.slice(c.to, c.to + 6));
  let after = capitalisedWordAfter(text, c.to);
  if (!after || !FIRM_ENDINGS.has(after)) return false;
  // The organisation's words end the capitalised run ("Priya Shah Team Manager" is a person and a role; "Glen Ardvie
  // Community Council" is a body), and are no verb ("Dean Coaches him at football").
  let afterEnd = c.to;
  while (after && FIRM_ENDINGS.has(after)) {
    afterEnd = text.indexOf(after, afterEnd) + after.length;
    after = capitalisedWordAfter(text, afterEnd);
  }
  return after === undefined && !OBJECT_PRONOUN_AFTER.test(text.slice(afterEnd, afterEnd + 6));
}
const AS_A_JOB_BEFORE = /\bas\s+an?\s+$/;
// "represented by Elowen Dewhurst of …": a first name and a surname; not "by Counsel", "by Cafcass", "by Kinsella
// Solicitors" or a firm of two surnames with its ending.
const REPRESENTED_BY = new RegExp(
  `\\brepresented\\s+by\\s+(${NAME_PART}\\s+${NAME_PART})(?![\\p{L}'’-]|\\s+(?:Solicitors|LLP|Law|Legal|Chambers|&|and\\s+Co))`,
  "gu",
);
const PARTICLE_AFTER = new RegExp(
  `^[^\\S\\n\\t]+(?:${pii.nameParticles.join("|")})[^\\S\\n\\t]+(${NAME_PART})(?![\\p{L}\\p{N}'’-])`,
  "u",
);

// Regexes used inside functions live here: a literal there is a new object on every call.
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’]*\s+$/u;
const CARE_OF = /^c\/o\b/i;
const AND_SEPARATOR = /\s+(?:and|&)\s+/;
const PLURAL_S = /(?<=[^s'’])s$/;
const LABEL_BEFORE = /:\s*$/;
const ACRONYM_OR_CODE = /^(?:[A-Z]{2,}|[A-Z]\d)/;
const POSSESSIVE = /['’]s$/;
const SPACES = /\s+/;
/** Where `words`, found one after another from `from`, end: their spacing need not be one space. */
function endOfWords(text: string, from: number, words: readonly string[]): number {
  let to = from;
  for (const word of words) to = text.indexOf(word, to) + word.length;
  return to;
}
const NON_SPACE_RUN = /\S+/g;
const VERB_AFTER = /^\s+(\p{Ll}+)/u;
const ADVERB_ENDING = /(?:ly|wards)$/;
// A table's cell that holds a person's role: "Polygraph examiner", "Probation officer", "Facilitator".
const ROLE_CELL_NOUNS: ReadonlySet<string> = new Set(
  APPOSITIVE_ROLES.map((cue) => cue.split(" ").at(-1)!.toLowerCase()),
);
const ROLE_CELL = /^(?:[\p{L}-]+\s+){0,3}([\p{L}-]+)$/u;
// A staff identifier or a role's capitals in a cell: "PP1", "SPO2", "SPOC", "IDVA".
const ROLE_CELL_CODE = /^(?:PP|PO|PSO|SPO|RM|CM|KW|POM|COM|UPW|YOT)\d{0,2}$/;
const ROLE_CELL_CAPITALS: ReadonlySet<string> = new Set(APPOSITIVE_ROLES.filter((cue) => /^[A-Z]{2,}$/.test(cue)));
const roleCell = (cell: string) => {
  if (ROLE_CELL_CODE.test(cell) || ROLE_CELL_CAPITALS.has(cell)) return true;
  const last = ROLE_CELL.exec(cell)?.[1]?.toLowerCase();
  return last !== undefined && ROLE_CELL_NOUNS.has(last);
};
const CLOSES_APPOSITIVE = /^(?:\s+[\p{Ll}'’-]+){0,4},/u;
const ROLE_ENDS = /^(?:,|\s+(?:of|for|at|in|from|on|to)\b)/;
const SET_BEFORE_VERB =
  /^(?:\s+\((?:W|V|PP|SPO|RM|CM|KW|PO)\d{0,2}\))?(?:\s+(?:later|then|also|never|still|first|only|often|always|once|soon|immediately|eventually|initially)(?=\s))?/;
const IDENTIFIER_BEFORE_VERB = /^\s+\((?:W|V|PP|SPO|RM|CM|KW|PO)\d{0,2}\)/;
const STARTS_PREDICATE = /^\s*(?:was|had|has|is|did|does|and|,)/;

function isNameWord(word: string): boolean {
  return !NOT_NAMES.has(word) && !ACRONYM_OR_CODE.test(word);
}

/** A capitalised word that could be part of a name found by a cue alone: not a place, organisation, title or family word. */
function isCueNameWord(word: string): boolean {
  const bare = word.replace(POSSESSIVE, "");
  return (
    isNameWord(bare) &&
    !PLACE_WORDS.has(bare) &&
    !ORGANISATION_WORDS.has(bare) &&
    !TITLES.has(bare) &&
    !KINSHIP_WORDS.has(bare) &&
    !SENTENCE_ADVERBS.has(bare)
  );
}

/** An ordinary word that is only sometimes a name and is not a known first name ("Sky", "Summer", "Brown"). */
const isWordNotFirstName = (word: string) => COMMON_WORD_NAMES.has(word) && !FIRST_NAMES.has(word);

/**
 * Extends each name over a lower-case particle and the name part after it ("Dafydd ap Rhys", "Pieter van Dijk"),
 * dropping the candidate that the extension swallows.
 */
function joinParticles(text: string, out: NameCandidate[]): void {
  // Sorted, the candidates an extension overlaps all come after it, so removing them leaves `i` in place.
  sortByFrom(out);
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const m = PARTICLE_AFTER.exec(text.slice(c.to, c.to + 40));
    if (!m || !isCueNameWord(m[1]!)) continue;
    const to = c.to + m[0].length;
    out[i] = { ...c, to, text: text.slice(c.from, to), kind: c.kind === "first" ? "full" : c.kind };
    for (let k = out.length - 1; k > i; k--) if (out[k]!.from < to) out.splice(k, 1);
  }
}

const JOINED_BEFORE = /[\p{L}\p{N}'’-]/u;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
const JOINED_AFTER = /[\p{L}\p{M}\p{N}-]/u;

/**
 * Adds the other mentions, in the same block, of the first or last word of a name found in full ("Peregrine
 * Foxley … whether Peregrine had children", "Mantas Žukauskas … the intelligence on Mantas") or of a single
 * name a cue found that reads as a name ("a man he called Hùng … Hùng's brother"; not "an app called Snapchat"):
 * once named, a person is often named again by one part. A mention that is part of a place or organisation
 * ("Preston Crown Court", "drove him to Barnsley") or is also an ordinary word ("Hope House") is not one; a
 * nickname given in quotes ("Macca") is one even so.
 */
const AMPERSAND_PARTNER_AFTER = /^\s*&\s*\p{Lu}/u;
// "a village called Zennor", "an app called Grindr": what is called so may be a place or a thing.
const NAMING_BEFORE = /\b(?:called|named)\s+["“'‘]?$/;
const POSSESSIVE_NAMING_FIRM = /^['’]s\s+\p{Lu}/u;
function addLaterMentions(text: string, out: NameCandidate[], nicknames: ReadonlySet<string>): void {
  // A nickname given in quotes is that person's name wherever it comes again.
  const parts = new Set<string>(nicknames);
  // A part that is also an ordinary word ("Melody", "Rice") counts again only where a person's verb follows it.
  const wordParts = new Set<string>();
  const titledParts = new Set<string>();
  for (const c of out) {
    const words = c.text.replace(POSSESSIVE, "").split(SPACES);
    if (c.kind === "titled") {
      // "DS Fothergill … Fothergill told the panel": a titled surname that is no English word, said alone again.
      const surname = words.at(-1)!;
      if (words.length > 1 && !TITLES.has(surname) && !isEnglishWord(surname) && isCueNameWord(surname))
        titledParts.add(surname);
      continue;
    }
    const named = NAMING_BEFORE.test(text.slice(Math.max(0, c.from - 12), c.from));
    if (
      words.length === 1 &&
      !(
        c.kind === "cued" &&
        (isKnownFirstName(words[0]!) || distinctShape(words[0]!) || (!isEnglishWord(words[0]!) && !named))
      )
    )
      continue;
    for (const part of new Set([words[0]!, words.at(-1)!]))
      if (part.length >= 3 && isCueNameWord(part)) (COMMON_WORD_NAMES.has(part) ? wordParts : parts).add(part);
  }
  for (const mention of mentionsOf(text, parts, out)) out.push(mention);
  // "Mr Mehmood" names the man, not "Mehmood's Cash & Carry".
  for (const mention of mentionsOf(text, titledParts, out))
    if (!POSSESSIVE_NAMING_FIRM.test(text.slice(mention.to, mention.to + 4))) out.push(mention);
  for (const mention of mentionsOf(text, wordParts, out)) if (personFollows(text, mention.to)) out.push(mention);
  // 'The SI's text to Dorotea Grate read: "dorotea get out"': the name again, in a message typed in lower case.
  const lowered = [...parts, ...titledParts]
    .map((part) => part.toLowerCase())
    .filter((part) => part.length >= 4 && !isEnglishWord(part));
  if (lowered.length === 0) return;
  const hasty = hastyRanges(text);
  if (hasty.length === 0) return;
  for (const mention of mentionsOf(text, lowered, out))
    if (
      hasty.some(([a, b]) => mention.from >= a && mention.to <= b) &&
      !insideAddressOrHandle(text, mention.from, mention.to)
    )
      out.push(mention);
}

const MONTH_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const RECORD_FOR_BEFORE =
  /\b(?:sheet|rota|list|book|log|diary|schedule|plan|register|figures|report|minutes|accounts|returns|timesheet|ledger|calendar|invoice|statement|bill|payslip|newsletter|programme|fixtures|takings|entries|bookings|orders|round|topic|agenda|session|date|meeting|talk)s?\s+(?:for|in|of)\s+$/;
// "Parish newsletter, April:": a publication's issue, by its month.
const ISSUE_OF_BEFORE = /\b(?:newsletter|bulletin|magazine|update|edition|issue|digest|round-up|roundup)s?,\s+$/i;
// "opened the first Chenhalls shop": the name again, as the shop's.
const SHOP_NOUN_AFTER = /^[^\S\n]+(?:shops?|stores?|bakery|bakeries|branch|branches|brand|range)\b/;

/**
 * Where `text` names again one of `parts`, a name given earlier (a nickname, a first name or surname), outside
 * `taken`: as a whole word, not part of a place or organisation ("Tank Street", "at Tank") unless possessive.
 */
export function mentionsOf(
  text: string,
  parts: Iterable<string>,
  taken: readonly NameCandidate[] = [],
): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const part of parts)
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) {
      const to = at + part.length;
      if (JOINED_BEFORE.test(text[at - 1] ?? "") || JOINED_AFTER.test(text[to] ?? "")) continue;
      if (taken.some((c) => at < c.to && to > c.from) || out.some((c) => at < c.to && to > c.from)) continue;
      // A possessive is a person's ("to Hùng's brother"), unless a firm's name goes on ("Norah's Fabrics");
      // otherwise a place or organisation may share the word.
      const possessive = POSSESSIVE_AFTER.exec(text.slice(to, to + 3));
      if (possessive && firmAfterPossessive(text, to + possessive[0].length)) continue;
      if (!possessive) {
        if (
          partOfOtherProperNoun(text, at, to) ||
          (PLACE_PREPOSITION.test(text.slice(Math.max(0, at - 12), at)) &&
            !AGENT_BY_BEFORE.test(text.slice(Math.max(0, at - 24), at)))
        )
          continue;
        const next = capitalisedWordAfter(text, to);
        if (next && (PLACE_WORDS.has(next) || ORGANISATION_WORDS.has(next))) continue;
        // "Gwennol Tregarth … on Tregarth Ward": a hospital's ward or a prison's wing named after someone.
        if (next === "Ward" || next === "Wing") continue;
        // "Steinar McAleese, McAleese & Nutter Solicitors": partners' names heading a firm's.
        if (AMPERSAND_PARTNER_AFTER.test(text.slice(to, to + 4))) continue;
        // "Mr Silloway … runs Silloway Laundry": the firm or the place named after them, a word of the language after.
        if (
          next &&
          ((isEnglishWord(next.toLowerCase()) && !isKnownFirstName(next) && !COMMON_WORD_NAMES.has(next)) ||
            FIRM_ENDINGS.has(next))
        )
          continue;
        if (FIRM_AFTER.test(text.slice(to, to + 16)) || SHOP_NOUN_AFTER.test(text.slice(to, to + 12))) continue;
        // "Wilmot Scaffolding Ltd": the owner's name at the head of a firm's.
        const run = CAPITALISED_RUN.exec(text.slice(to, to + 60))?.[1]?.split(SPACES);
        if (next && run && ORGANISATION_WORDS.has(run.at(-1)!)) continue;
      }
      out.push({ from: at, to, text: part, kind: "first" });
    }
  return out;
}

// A shop or firm named by its owner's possessive: "Mehmood's Cash & Carry", "Tony's Garage" (not "Tony's garage").
const FIRM_AFTER_POSSESSIVE: ReadonlySet<string> = new Set(pii.firmWordsAfterPossessive);
const CAPITALISED_RUN = /^[^\S\n]*(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:&[^\S\n]+)?\p{Lu}[\p{L}'’-]*){0,3})/u;
// "Kayleigh's Social Worker", "Jason's Social Media accounts": what a person has, not a venue.
const NOT_A_FIRM_END: ReadonlySet<string> = new Set(
  "Services Media Worker Workers Officer Manager Team Account Accounts Page Profile Partner".split(" "),
);
/** Whether the capitalised words at `at` name a firm or a venue: "Cash & Carry", "Social Club", "Sports Bar". */
export function firmAfterPossessive(text: string, at: number): boolean {
  const words = CAPITALISED_RUN.exec(text.slice(at, at + 60))?.[1]?.split(/[^\S\n]+(?:&[^\S\n]+)?/) ?? [];
  const last = words.at(-1);
  return last !== undefined && !NOT_A_FIRM_END.has(last) && words.some((w) => FIRM_AFTER_POSSESSIVE.has(w));
}
// A vehicle's make after a determiner or a possessive ("his Mercedes Sprinter", "his mother's Kia", "a 2009 Mercedes"),
// and its model after a make that follows one or a year ("a 2009 Skoda Octavia"). A year alone does not make a first
// name a car ("On 4 June 2023 Mercedes attended"), nor does "it's" ("It's Mercedes who rang").
const VEHICLE_MAKES: ReadonlySet<string> = new Set(pii.vehicleMakes);
const DETERMINER_BEFORE_MAKE =
  /(?:\b(?:a|an|the|his|her|their|my|our|its|same|old|new|silver|black|white|red|blue|grey)|\b\p{L}+(?<!\b(?:it|that|what|where|who|there|here|he|she|let))['’]s)\s+(?:(?:19|20)\d\d\s+)?$/iu;
const YEAR_BEFORE_MAKE = /\b(?:19|20)\d\d\s+$/u;
// After the comma that closes a name: a person's verb, after an adverb at most ("Rich, later said"), or "who".
const ADVERB_OR_WHO_AFTER_COMMA =
  /^,\s+(?:(who|whom|whose)\b|(?:\p{Ll}+ly|later|then|also|now|still|once|again|soon|often|never|always)(?=\s))?/u;

/** Whether a person follows the comma at `at`: "…, said", "…, later said", "…, who". */
function personAfterComma(text: string, at: number): boolean {
  const m = ADVERB_OR_WHO_AFTER_COMMA.exec(text.slice(at, at + 40));
  if (!m) return false;
  if (m[1]) return true;
  return personFollows(text, at + m[0].length - (m[0].endsWith(" ") ? 1 : 0));
}

// Hasty notes drop capitals: "mr breen rang", "mrs mcgoldrick (hostel manager)", "mum (kanya) says", "spoke to gary",
// "ryan, who …". A lower-case word is a name only if it is no English word, and after a title or a relation, or a
// known first name after a contact verb or before a person's verb.
const LOWER_TITLED = /\b(?:mr|mrs|ms|miss|dr)\.?\s+(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}\p{N}@_-])/gu;
const LOWER_WORD = /(?<![\p{L}\p{N}@._/'’-])\p{Ll}[\p{Ll}'’-]{2,}(?![\p{L}\p{N}@_/-])/gu;
const LOWER_KIN_BEFORE =
  /\b(?:mum|mam|dad|nan|nana|gran|grandad|sister|brother|cousin|aunt|auntie|uncle|mate|friend|fella|partner|girlfriend|boyfriend|ex|wife|husband|son|daughter|neighbour)\s*[(,]?\s*$/i;
const LOWER_CONTACT_BEFORE = /\b(?:spoke\s+to|rang|called|met|saw|texted|visited|handover\s+from|ring|call)\s+$/i;
const PERSON_VERB_AFTER = /^\s*(?:says|said|rang|came|is|was|has|had|wants|thinks)\b/;
// Text-speak that is no word in the list and no name.
const NOTE_SPEAK = new Set(
  "hes shes im ive dont cant wont didnt doesnt isnt wasnt werent wouldnt couldnt shouldnt hasnt havent hadnt aint arent mustnt neednt tmrw tmw pls plz appt appts txt wk wks asap imo thx coz cos gonna wanna gotta innit yeah yep nope okay hv obvs prob probs tbc orgs req lol fb ned nfa dob app".split(
    " ",
  ),
);
const POSSESSIVE_END = /['’]s$/;
const notWordName = (word: string) =>
  !NOTE_SPEAK.has(word) &&
  !word.includes("'") &&
  !word.includes("’") &&
  !isEnglishWord(word) &&
  !lookupAcronym(word.toUpperCase()) &&
  !COMMON_WORD_NAMES.has(titleCase(word)) &&
  !NOT_NAMES.has(titleCase(word)) &&
  !KINSHIP_WORDS.has(titleCase(word)) &&
  !VEHICLE_MAKES.has(titleCase(word));
// After a lower-case title, any word but one that cannot be a surname ("mr smith rang"; not "mr and mrs p").
const NOT_AFTER_TITLE = new Set(
  "and the was is has had said says rang called will would can not who also too then there here".split(" "),
);

const LOWER_OBJECT_BEFORE = /\b(?:tell|ask|me\s+and|and\s+me|with|outside)\s+$/;
const LOWER_ROLE_WORDS: ReadonlySet<string> = new Set(pii.roleCues.map((cue) => cue.toLowerCase()));
// "[text 28/02 06:12] kemelbek to zhanibek: why is …", "Text from jetnil to lojkar:": a message's sender and
// addressee, as a phone's log gives them in lower case.
const LOWER_SENDER_TO =
  /(?:^|\]\s*|\n|\b(?:[Tt]ext|[Mm]essage)\s+from\s+)(\p{Ll}[\p{Ll}'’-]{2,})\s+to\s+(\p{Ll}[\p{Ll}'’-]{2,})(?:\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?(?:\s+\d{1,2}:\d{2})?\s*:/gu;
// "Text to mayortak: tell the boss", "Text from teguh to the market manager:", "Text from SI to telesphore:", "Text
// from azelie to SI, 15/05/2025:", "Reply to ilgiz from gulshat:", "saglar here, mum is home", "this is mergen, dad says": whom a message goes to, and
// who a message says is writing.
const LOWER_TEXT_PARTY =
  /\b(?:[Tt]ext|[Rr]eply|[Mm]essage)\s+(?:to\s+\p{Ll}[\p{Ll}'’-]{2,}\s+from|to|from(?:\s+(?:SI|PP\d|V\d|him|her|the\s+SI)\s+to)?)\s+(\p{Ll}[\p{Ll}'’-]{2,})(?:\s+to\s+(?:SI|PP\d|V\d|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?))?(?:,?\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?(?:\s+\d{1,2}:\d{2})?\s*:/gu;
const LOWER_SELF_NAMED =
  /(?:^|[:"“]\s*)(?:(?:this\s+is|its|it's|it’s)\s+(\p{Ll}[\p{Ll}'’-]{2,})(?=,)|(\p{Ll}[\p{Ll}'’-]{2,})\s+here(?=[,.!]))/gu;
const CHAT_TURN_BEFORE = /(?:^|\n|\]\s*|["“]\s*)$/;
const LOWER_GREETED_BEFORE =
  /(?:^|[\n:"“,]\s*)(?:morning|mornin|hi|hiya|hey|thanks|cheers|night|evening|sorry)\s*,?\s+$/;
const LOWER_ASKED_BEFORE = /(?:^|[\s,])(?:ask|tell|told|asked|w|wiv|him\s+and|her\s+and)\s+$/;
const LOWER_ADDRESSED_AFTER =
  /^(?:,?\s+(?:can|could|will|are|r)\s+(?:u|you)\b|,?\s+(?:pls|plz|please)\b|\s+(?:says|said|rang|texted|replied|knows|signed|has\s+me|has\s+my|wants\s+(?:me|u|you|the|it|us)|saw\s+(?:him|her|them|u|you|it)|came\s+(?:home|back|round|over|in|to|for)|(?:drove|took|gave|hit|punched|told|sent|picked|put)\s+(?:him|her|me|us|them|u))\b|,?\s+(?:wont|won't|wouldnt|doesnt|didnt)\s+(?:have|let|give|want|talk|answer|speak)\b|,?\s+(?:dont|don't)\s+(?:tell|say|let|worry)\b|,?\s+u\s+(?:on|ok|there|in|coming|free|around|up|bringing|going|getting|got|still|at|back|seen)\b|\s+(?:is|was|keeps)\s+(?:asking|saying|crying|staying|sleeping|stopping)\b|,?\s+(?:tell|ask)\s+(?:him|her|them|[a-z]{3,})\s+(?:to|not|that|if)\b|\s+will\s+(?:bring|drop|pick|come|sort|give|take|get)\b|,?\s+(?:pick|ring|call|meet|text|phone)\s+me\b)/;
function lowerCaseNames(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const hasty = hastyRanges(text);
  // Messages logged in lower case in a block that is not ("Text from SI 14/06: ask hrjehor he knows"): only a word
  // a message addresses is read there.
  const messages = lowerCaseStretches(text);
  if (messages.length === 0) return out;
  const inHaste = (from: number) => hasty.some(([start, end]) => from >= start && from < end);
  const inMessage = (from: number) => messages.some(([start, end]) => from >= start && from < end);
  for (const m of allMatches(LOWER_TITLED, text)) {
    const value = m[1]!.replace(POSSESSIVE_END, "");
    if (value.length < 3 || NOT_AFTER_TITLE.has(value) || NOTE_SPEAK.has(value)) continue;
    const from = m.index ?? 0;
    if (!inHaste(from)) continue;
    const to = from + m[0].length - (m[1]!.length - value.length);
    out.push({ from, to, text: text.slice(from, to), kind: "titled" });
  }
  for (const m of allMatches(LOWER_WORD, text)) {
    const word = m[0].replace(POSSESSIVE_END, "");
    const from = m.index ?? 0;
    const to = from + word.length;
    // A chat turn's speaker stands before the message it opens: "[text 28/02 06:30] yerzhan: pinto not in".
    const speaker = text.startsWith(": ", to) && inMessage(to + 2);
    if (word.length < 3 || !(inMessage(from) || speaker) || !notWordName(word) || insideAddressOrHandle(text, from, to))
      continue;
    if (out.some((c) => from < c.to && to > c.from)) continue;
    const before = text.slice(Math.max(0, from - 24), from);
    // After a relation any such word is a name ("his cousin ryota"); otherwise a known first name must be cued.
    // An unknown word after a relation must be long enough not to be a note's abbreviation ("mum (cpn)").
    const kin = LOWER_KIN_BEFORE.test(before) && (word.length >= 4 || isKnownFirstName(titleCase(word)));
    const known = isKnownFirstName(titleCase(word));
    // "tell anulika", "between me and anulika", "went to abubakar's": whoever is told, joined to "me", or owns a place.
    const cued =
      LOWER_CONTACT_BEFORE.test(before) ||
      LOWER_OBJECT_BEFORE.test(before) ||
      word.length < m[0].length ||
      speaker ||
      personFollows(text, to) ||
      PERSON_VERB_AFTER.test(text.slice(to, to + 12)) ||
      LOWER_ADDRESSED_AFTER.test(text.slice(to, to + 16));
    // "ganna: pietru pls ring me", "morning kaitu, ok if …", "wicaz can u cover …", "ask hrjehor he knows", "tiare says
    // ur by …": a chat's speaker, whom a message greets or asks, or who says something, whatever the word.
    // Not a style's or a setting's key written the same way ('style="list-style-type: none"'), nor a hyphenated word
    // of the language ("follow-up: ring him"); a hyphenated name may speak ("bato-munko: mum says …").
    const addressed =
      !known &&
      (!word.includes("-") || word.split("-").every((part) => part.length >= 3 && !isEnglishWord(part))) &&
      !LOWER_ROLE_WORDS.has(word) &&
      (CHAT_TURN_BEFORE.test(text.slice(Math.max(0, from - 12), from)) && speaker
        ? true
        : LOWER_GREETED_BEFORE.test(before) ||
          LOWER_ASKED_BEFORE.test(before) ||
          LOWER_ADDRESSED_AFTER.test(text.slice(to, to + 16)));
    if (((kin || (known && cued)) && inHaste(from)) || addressed) out.push({ from, to, text: word, kind: "cued" });
  }
  for (const m of [...allMatches(LOWER_TEXT_PARTY, text), ...allMatches(LOWER_SELF_NAMED, text)]) {
    const word = (m[1] ?? m[2])!;
    const at = (m.index ?? 0) + m[0].lastIndexOf(word);
    if (notWordName(word) && !out.some((c) => at < c.to && at + word.length > c.from))
      out.push({ from: at, to: at + word.length, text: word, kind: "cued" });
  }
  for (const m of text.includes(" to ") ? allMatches(LOWER_SENDER_TO, text) : []) {
    const end = (m.index ?? 0) + m[0].length;
    const addresseeFrom = (m.index ?? 0) + m[0].lastIndexOf(m[2]!);
    const senderFrom = (m.index ?? 0) + m[0].lastIndexOf(m[1]!, addresseeFrom - (m.index ?? 0) - 4);
    for (const [word, at] of [
      [m[1]!, senderFrom],
      [m[2]!, addresseeFrom],
    ] as const)
      if (notWordName(word) && at < end && !out.some((c) => at < c.to && at + word.length > c.from))
        out.push({ from: at, to: at + word.length, text: word, kind: "cued" });
  }
  return out;
}

const OPERATION_BEFORE = /\b(?:Operation|Op\.?|Storm|Hurricane|Project)\s+$/;
// "An empty bottle of Haig", "a can of Carling": a drink's or a product's name.
const CONTAINER_OF_BEFORE =
  /\b(?:bottles?|cans?|glass|glasses|pints?|packets?|boxes|box|bags?|tins?|jars?|cartons?|crates?|tubs?|sachets?)\s+of\s+$/;

/** What is often named after a person: buildings, institutions, funds and awards ("Sir Ralph Quenby House"). */
// Up to three capitalised words or acronyms after a name, on its line (" NHS Foundation Trust").
const WORDS_AFTER = /^(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){1,3}/u;
const NAMED_AFTER_WORDS: ReadonlySet<string> = new Set(pii.namedAfterWords);
// A family firm's name: "Hallworth & Sons", "Patel and Daughters", "Okafor & Co".
const FIRM_AFTER = /^\s*(?:&|and)\s+(?:Sons?|Daughters?|Co\b|Partners|Family)/;
const FIRM_SON = /^(?:Sons?|Daughters?)\b/;
const FIRM_JOIN_BEFORE = /(?:&|\band)\s+$/;

/** "Ellery Ward" in a text about a hospital: a ward named after someone, not a person. */
function isHospitalWard(text: string, c: NameCandidate): boolean {
  const space = c.text.indexOf(" ");
  return (
    space > 0 && c.text.endsWith(" Ward") && space === c.text.length - 5 && hospitalWardAt(text, c.from, c.from + space)
  );
}

/**
 * Whether a run of words in capitals is a person's name: its first word is a known first name that is not also an
 * ordinary word, no word is an acronym or an ordinary word in capitals, and the run is not part of a longer stretch
 * in capitals (a heading or a shouted phrase).
 */
function capsNameAt(text: string, from: number, to: number, run: string): boolean {
  const words = run.split(SPACES);
  const first = titleCase(words[0]!);
  if (!isKnownFirstName(first) || COMMON_WORD_NAMES.has(first)) return false;
  // "Ref UPW/SID/24/0193": a part of a reference, not Sid.
  if (insideAddressOrHandle(text, from, to)) return false;
  if (words.some((w) => lookupAcronym(w) || isCapitalisedWord(w) || !isCueNameWord(titleCase(w)))) return false;
  // "PAM Assist": a brand in capitals before a capitalised word.
  if (titleCaseWordAfter(text, to)) return false;
  // "Shift code BEV", "codes AM1, LT2 and BEV": a code, not Bev.
  if (CODE_BEFORE.test(text.slice(Math.max(0, from - 40), from))) return false;
  return !CAPS_BEFORE.test(text.slice(Math.max(0, from - 12), from)) && !CAPS_AFTER.test(text.slice(to, to + 12));
}

/** Drops leading words that cannot be part of a name ("Since Ngozi Eze" → "Ngozi Eze"). */
function trimLeading(value: string, from: number): { value: string; from: number } {
  for (const word of allMatches(NON_SPACE_RUN, value))
    if (isNameWord(word[0])) return { value: value.slice(word.index), from: from + word.index };
  return { value: "", from };
}

/** Nicknames given in quotes in brackets after a name or a relation: 'Dwayne (or "Tank" as …)' → Tank. */
export function findNicknames(text: string): NameCandidate[] {
  return nicknamesGiven(text).map((n) => n.nickname);
}

// Up to three capitalised words ending where a nickname's bracket opens: the name the nickname belongs to.
const NAME_BEFORE_NICKNAME = new RegExp(`${NAME_PART}(?:\\s+${NAME_PART}){0,2}$`, "u");

// A nickname stated as one: 'His nickname at school is "Titch"', '"Chipper" is the nickname the friends use', 'posts
// signed "Dasher"', 'signed his texts "Buster"', 'whom everyone calls "Nippy"', 'Sooty is what the lads call him'.
const NICKNAME_STATED = new RegExp(
  [
    `\\bnicknames?\\b[^"“.;:!?\\n]{0,40}?\\s(?:is|was)\\s+["“](${NAME_PART})["”]`,
    `["“](${NAME_PART})["”]\\s+(?:is|was)\\s+(?:the|his|her|their)\\s+(?:\\p{Ll}+\\s+)?nickname\\b`,
    `\\bsigned(?:\\s+(?:his|her|their)\\s+(?:texts|messages|posts|letters|notes|cards|e-?mails))?(?:\\s+off)?(?:\\s+(?:as|with))?\\s+["“](${NAME_PART})["”]`,
    `\\b(?:everyone|everybody|people|friends|they)\\s+(?:all\\s+|still\\s+|always\\s+)?call(?:s|ed)?\\s+["“](${NAME_PART})["”]`,
    // 'Residents called Mr Raikes "Colander"', 'staff called Dean "Spud"': a named person, then what they are called
    // (not 'called her "Worthless"', an insult, nor 'called Friday "Payday"').
    `\\bcall(?:s|ed)?\\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+${NAME_PART}|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|It|This|That)\\b)${NAME_PART})\\s+["“](${NAME_PART})["”]`,
    `(?<![\\p{L}\\p{N}'’-])["“]?(${NAME_PART})["”]?\\s+(?:is|was)\\s+what\\s+[^.;:!?\\n]{1,50}?\\s+call(?:s|ed)?\\s+(?:him|her|them)\\b`,
    `\\b(?:[Mm]essages?|[Tt]exts?|[Cc]alls?|[Vv]oicemails?|DMs?)\\s+from\\s+["“](${NAME_PART})["”]`,
    // "Goose was the name on the SI's phone", "Pudding is how the SI was saved in the runner's phone".
    `(?<![\\p{L}\\p{N}'’-])["“]?(${NAME_PART})["”]?\\s+(?:is|was)\\s+(?:the\\s+name\\s+(?:on|in|under|she|he|they|that)|how\\s+[^.;:!?\\n]{1,40}?\\s+(?:was|is)\\s+(?:saved|stored|listed|known))\\b`,
  ].join("|"),
  "gu",
);
// What a message or a letter is signed with that is no one's name: 'signed "Yours"', 'signed his texts "Sorry"'.
const SIGN_OFFS: ReadonlySet<string> = new Set(
  "Yours Sorry Thanks Thank Cheers Regards Anon Anonymous Love Bye Later Night Morning Me Whatever Sincerely Faithfully Xx".split(
    " ",
  ),
);
const ING_ENDING = /ing$/;
const STATED_NICKNAME_CUE = /\b(?:nickname|signed|call|calls|called|from|name|how)\b/;
const SAVED_WORDS = ["saved", "stored", "listed", "known"];
const hasSavedWord = containsAny(SAVED_WORDS);
/** Whether `text` may state a nickname: all but two forms quote it, and those two need these words. */
const mayStateNickname = (text: string) =>
  text.includes('"') || text.includes("“")
    ? STATED_NICKNAME_CUE.test(text)
    : (text.includes("what") && text.includes("call")) ||
      text.includes("name") ||
      (text.includes("how") && hasSavedWord(text));

// The name in quotes that a person goes by, after a verb said only of people: 'the SI appears as "Soz"', 'O.H. is
// recorded as "Buster"', 'posters billed him as "Kid Brisk"', 'signed in as "Sprue"', 'walked on to the oche as
// "Cannonball"', 'who calls as "Dazzler"', 'The bout card gave Euros as "Bomber"'.
const QUOTED_GONE_BY = `["“](${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)["”]`;
const GOES_BY_AS = new RegExp(
  `(?:(?:\\b(?:SI|victim|[Hh]e|[Ss]he)|(?<![\\p{L}'’-])(?:\\p{Lu}\\.){2,3}|(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+))[^\\S\\n]+(?:(?:is|was)[^\\S\\n]+)?(?:appears|appeared|recorded|listed)|\\b(?:signed(?:[^\\S\\n]+in|[^\\S\\n]+(?:the|his|her)(?:[^\\S\\n]+\\p{Ll}+){1,3})?|signs[^\\S\\n]+in|walks[^\\S\\n]+on|walked[^\\S\\n]+on(?:[^\\S\\n]+to[^\\S\\n]+the[^\\S\\n]+\\p{Ll}+)?|billed[^\\S\\n]+(?:him|her|them)(?:[^\\S\\n]+only)?|boxed|boxes|wrestled|wrestles|hosted(?:[^\\S\\n]+the)?(?:[^\\S\\n]+[\\p{L}-]+){1,3}|calls(?:[^\\S\\n]+the(?:[^\\S\\n]+[\\p{Ll}-]+){1,3})?|gave[^\\S\\n]+(?:the[^\\S\\n]+(?:SI|victim)|him|her|\\p{Lu}\\p{Ll}+)))[^\\S\\n]+as[^\\S\\n]+${QUOTED_GONE_BY}`,
  "gu",
);
// 'Bradlee was known at the park as "Nollie"', 'The SI, known in the book as "Bounce",': a person known somewhere by a
// name in quotes; who is known must be the SI, the victim, a pronoun or a word no dictionary knows.
const KNOWN_SOMEWHERE_AS = new RegExp(
  `(?:\\b(?:SI|victim|[Hh]e|[Ss]he)|(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+))(?:,[^\\S\\n]+|[^\\S\\n]+(?:was|is|had[^\\S\\n]+been|became)[^\\S\\n]+)known[^\\S\\n]+(?:only[^\\S\\n]+)?(?:in|at|on|to|around)[^\\S\\n]+(?:the[^\\S\\n]+)?(?:[\\p{Ll}'’-]+[^\\S\\n]+){0,2}?[\\p{Ll}'’-]+[^\\S\\n]+as[^\\S\\n]+${QUOTED_GONE_BY}`,
  "gu",
);
// 'The boy's tag was Kancil', 'played under the tag Lurker', 'walk-on name, "Wolfie",', 'The staff nickname "Stylus"':
// a name given in a game, a ring or a crew.
const NICKNAME_NOUN_BEFORE = new RegExp(
  `(?:\\b(?:boy|girl|man|woman|SI|victim|his|her|their)(?:['’]s)?[^\\S\\n]+tag[^\\S\\n]+(?:was|is)|\\bunder[^\\S\\n]+the[^\\S\\n]+(?:tag|nickname|handle)|\\b(?:staff|crew|team|gym|ring|club|yard|wing)[^\\S\\n]+nickname|\\b(?:walk-on|ring|stage)[^\\S\\n]+name(?:[^\\S\\n]+(?:was|is))?,?)[^\\S\\n]+["“]?(${NAME_PART})(?=["”]?(?:[\\s.,;:!?)]|$))`,
  "gu",
);
// '"Blaster" was the crew nickname for the SI', '"Chipper" is the nickname the friends use'.
const NAMED_NICKNAME_AFTER = new RegExp(
  `(?<![\\p{L}'’-])["“]?(${NAME_PART})["”]?[^\\S\\n]+(?:was|is)[^\\S\\n]+the[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}?nickname\\b`,
  "gu",
);
// 'On the rota the SI was "Albie"', 'Members knew Mr Scatcherd only as "Dinger"'.
const QUOTED_FOR_PERSON = new RegExp(
  `(?:\\bthe[^\\S\\n]+(?:SI|victim)[^\\S\\n]+(?:was|is)|\\bknew[^\\S\\n]+(?:Mr|Mrs|Ms|Miss|Dr)[^\\S\\n]+${NAME_PART}(?:[^\\S\\n]+only)?[^\\S\\n]+as)[^\\S\\n]+${QUOTED_GONE_BY}`,
  "gu",
);
// A second person's name after the first: '… the SI "Kypri" and the victim "Vangeli"', '… as "Dinger" and Mr Vause as
// "Tonka"'.
const AND_SECOND_NICKNAME = new RegExp(
  `^["”][^\\S\\n]+and[^\\S\\n]+(?:the[^\\S\\n]+(?:SI|victim)|him|her|(?:(?:Mr|Mrs|Ms|Miss|Dr)[^\\S\\n]+)?\\p{Lu}\\p{Ll}+)[^\\S\\n]+(?:as[^\\S\\n]+)?${QUOTED_GONE_BY}`,
  "u",
);
// The words the forms above need: a quote, or a nickname's noun.
const hasNicknameNoun = containsAny(["tag", "nickname", "walk-on", "ring name", "stage name"]);
const hasAsOrPerson = containsAny(["as ", "SI ", "victim "]);
const mayGoBy = (text: string) =>
  hasNicknameNoun(text) || ((text.includes('"') || text.includes("“")) && hasAsOrPerson(text));

/** Names people go by, given in a record, a game, a ring or a crew. */
function nicknamesGoneBy(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const add = (value: string, from: number) => {
    if (
      value.split(SPACES).every(isCueNameWord) &&
      !NOT_NICKNAMES.has(value) &&
      !STREET_DRUGS.has(value) &&
      !ROLE_WORDS.has(value) &&
      !MONTH_OR_DAY.test(value) &&
      neitherPlaceNorBody(value)
    )
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  };
  const addWithSecond = (m: RegExpMatchArray) => {
    const value = m[m.length - 1]!;
    const end = (m.index ?? 0) + m[0].length;
    add(value, end - value.length - 1);
    addSecond(end);
  };
  const addSecond = (end: number) => {
    const second = AND_SECOND_NICKNAME.exec(text.slice(end - 1, end + 60));
    if (second) add(second[1]!, end - 1 + second[0].length - second[1]!.length - 1);
  };
  // Whoever is so named must be no word of the language ("Cancelled appears as …").
  const personWord = (word: string | undefined) =>
    word === undefined || (!isEnglishWord(word.toLowerCase()) && neitherPlaceNorBody(word));
  for (const m of allMatches(GOES_BY_AS, text)) if (personWord(m[1])) addWithSecond(m);
  for (const m of allMatches(KNOWN_SOMEWHERE_AS, text)) if (personWord(m[1])) addWithSecond(m);
  for (const m of allMatches(QUOTED_FOR_PERSON, text)) addWithSecond(m);
  for (const m of allMatches(NICKNAME_NOUN_BEFORE, text)) add(m[1]!, (m.index ?? 0) + m[0].length - m[1]!.length);
  for (const m of allMatches(NAMED_NICKNAME_AFTER, text)) add(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of text.includes("call") ? allMatches(CALLED_QUOTED, text) : []) addSecond((m.index ?? 0) + m[0].length);
  return out;
}

/** Each nickname given in `text`, with the name it is given for when a name (not a relation) comes before it. */
type NicknameGiven = { nickname: NameCandidate; named?: NameCandidate };
// A block's facts and its name rule both ask for its nicknames, one after the other: the last answer is kept.
let lastNicknameText: string | undefined;
let lastNicknames: readonly NicknameGiven[] = [];
function nicknamesGiven(text: string): readonly NicknameGiven[] {
  if (text !== lastNicknameText) {
    lastNicknames = computeNicknamesGiven(text);
    lastNicknameText = text;
  }
  return lastNicknames;
}
function computeNicknamesGiven(text: string): NicknameGiven[] {
  const out: { nickname: NameCandidate; named?: NameCandidate }[] = [];
  if (mayStateNickname(text))
    for (const m of allMatches(NICKNAME_STATED, text)) {
      const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8]!;
      // The person comes before the nickname in the fifth form ('called Dean "Spud"').
      const from = (m.index ?? 0) + (m[5] !== undefined ? m[0].lastIndexOf(value) : m[0].indexOf(value));
      if (
        !isCueNameWord(value) ||
        KINSHIP_WORDS.has(value) ||
        TITLES.has(value) ||
        NOT_NICKNAMES.has(value) ||
        NOT_CALLED_NAMES.has(value) ||
        SIGN_OFFS.has(value) ||
        ROLE_WORDS.has(value) ||
        MESSAGE_HEADINGS.has(value) ||
        // 'a text from "Barclays"', 'Message from "Appointments"', 'from "Tagging"': a body, a service or a system.
        !neitherPlaceNorBody(value) ||
        pluralOfNoun(value) ||
        ING_ENDING.test(value)
      )
        continue;
      out.push({ nickname: { from, to: from + value.length, text: value, kind: "cued" } });
    }
  if (mayGoBy(text)) for (const nickname of nicknamesGoneBy(text)) out.push({ nickname });
  // Most blocks have no bracket and no opening quote: skip the pattern there (block facts ask for nicknames in every block).
  if (!text.includes("(") || !(text.includes('"') || text.includes("“") || text.includes("‘"))) return out;
  for (const m of allMatches(NICKNAME, text)) {
    const value = m[2]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    if (!isCueNameWord(value)) continue;
    const nickname: NameCandidate = { from, to: from + value.length, text: value, kind: "cued" };
    const end = (m.index ?? 0) + (m[1]?.length ?? 0);
    const run = m[1] ? NAME_BEFORE_NICKNAME.exec(text.slice(Math.max(0, end - 80), end)) : null;
    const name = run ? trimLeading(run[0], end - run[0].length) : null;
    const named: NameCandidate | undefined = name?.value.split(SPACES).every(isCueNameWord)
      ? { from: name.from, to: name.from + name.value.length, text: name.value, kind: "cued" }
      : undefined;
    out.push(named ? { nickname, named } : { nickname });
  }
  return out;
}

// One word of a list of names and the separator before it: "Lectern, Rivet, Kinnersley and Yelland attended".
const LIST_WORD = "(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}{2,}";
const LIST_NEXT = new RegExp(`^(,[^\\S\\n]+|,?[^\\S\\n]+(?:and|&)[^\\S\\n]+)(${LIST_WORD})(?![\\p{L}\\p{N}'’-])`, "u");
const LIST_PREVIOUS = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${LIST_WORD})(,[^\\S\\n]+|,?[^\\S\\n]+(?:and|&)[^\\S\\n]+)$`,
  "u",
);
const NOT_LISTED_NAMES =
  /^(?:Lancs|Notts|Leics|Herts|Glos|Cambs|Hants|Northants|Wilts|Worcs|Yorks|Lincs|Bucks|Berks|Beds|Oxon|Staffs|Derbys|Warks|Shrops|Cumbria|Northumbria|Mercia)$|(?:ia|shire)$|^(?:Job|Tag|Ticket|Peg|Pitch|Bay|Table|Room|Bed|Stall|Plot|Order|Slip|Boat|Stop|Run|Route|Van|Car)$/;
// "Job 412 – Jansons – Valdis": a list's own label and number, no item of it.
const LIST_LABEL_WORD =
  /^(?:Job|Tag|Ticket|Peg|Pitch|Bay|Table|Room|Bed|Stall|Plot|Order|Slip|Boat|Stop|Run|Route|Van|Car)$/;
const NOT_LISTED_REGION = /^(?:Cumbria|Northumbria|Mercia|Anglia|Britannia|Caledonia|Cambria|Scotia|Hibernia)$/;
// "Hamper and Corrigan Solicitors", "Thatch and Haddrell's firm": a list that runs into a longer name is a firm's.
const LONGER_NAME_BEFORE = /(?:\p{Lu}[\p{L}.]*|[/&-])[^\S\n]*$/u;
// What only people do as a pair: "were on the same shift", "had fallen out", "loaded the gritter together".
const PEOPLE_TOGETHER_AFTER =
  /^\s+(?:(?:were|had\s+been)\s+(?:both\s+)?on\s+the\s+(?:same\s+)?(?:shift|knife|rota|round|crew|bench|door|line)\b|(?:had\s+)?(?:fallen|fell)\s+out\b|(?:had\s+)?(?:both\s+)?(?:loaded|unloaded|carried|lifted|worked|sat|stood|walked|drove|rode)\b[^.;!?\n]{0,30}\btogether\b)/;
// "Rodmell and Glynde estate agents": a firm's trade after the names.
const LIST_RUNS_ON =
  /^(?:[^\S\n]+\p{Lu}|['’]s?\s+(?:firm|practice|solicitors|partnership|shop|yard|garage)\b|[^\S\n]+(?:estate[^\S\n]+agents?|letting[^\S\n]+agents?|solicitors|accountants|removals|funeral[^\S\n]+directors|opticians|surveyors|auctioneers)\b)/u;

// A rota, a sheet or a board read out: 'The bearers' rota read: "10:30 Jacek, Wiesiek; 11:15 Malwina, Felek."',
// 'The match card read "Rink 4: Deol, Cheema, Ffransis"', 'The rider list for Friday read "Hiwa, Raihan, Pumpkin"'.
const PEOPLE_LIST =
  /\b(?:[Rr]ota|[Ll]ist|[Mm]inutes|[Ss]heet|[Bb]oard|[Rr]egister|[Bb]ook|[Cc]ards?|[Rr]oster|[Ss]chedule|programme|[Qq]ueue|[Dd]iary|[Ll]og|permits|holders|surnames?|first\s+names?|ladder|[Ss]lips|[Tt]ags|[Tt]ickets|[Ee]ntries|[Pp]age|[Ll]edger|[Pp]lan|[Mm]ap|[Tt]ally|[Ww]inners)\b(?:(?:[^.!?\n:"“]|(?<=\d):(?=\d)){0,48}:[^\S\n]*(?:["“]([^"”\n]+)|([^\n]+?)(?=[.!?](?:\s|$)|$))|[^.!?\n:"“]{0,30}?\b(?:read|reads|list|listed|lists|showed|shows|said|says)[^\S\n]*:?[^\S\n]*["“]([^"”\n]+)|[^.!?\n:"“]{0,30}?\b(?:listed|lists|showed|shows|names|named|read|reads)[^\S\n]+(?:the[^\S\n]+\p{Ll}+[^\S\n]+of[^\S\n]+)?(?=\p{Lu}|(?:peg|pitch|bay|berth|plot|stall|swim)[^\S\n]+\d)([^\n"“]+?)(?=[.!?](?:\s|$)|$))/gu;
const PEOPLE_LIST_ITEM = /(?:(?![,;/–]|[^\S\n]+(?:and|&)[^\S\n])[^\n])+/gu;
const PEOPLE_ONLY_LIST = /^(?:[Rr]ota|roster|holders|[Qq]ueue|ladder|[Ww]inners)\b/;
// "The sheet for the Thursday class read:": whose list it is, said after its name.
const PEOPLE_IN_LIST_HEAD =
  /\b(?:class|crew|team|players|members|singers|runners|volunteers|guests|customers|clients|entrants|pupils|learners)\b/;
// "The crew sheet", "the team sheet", "the singers' list": a list of people, whatever it is called.
const PEOPLE_LIST_QUALIFIER =
  /\b(?:crew|team|players['’]?|members['’]?|singers['’]?|runners['’]?|volunteers['’]?|staff|guests?['’]?|sign-in|signing-in|sign-up|attendance|class|partnership|pairings?|customers['’]?|clients['’]?|entrants['’]?|tee-time|bib|booking|starter['’]s|ladder|duty|draw|peg-draw|pairs)[^\S\n]+$/i;
// "Mardlow at stroke", "Ormley coxing", "Baxendale setting up", "Scurlock pitch 19": where, as what or with what each
// one on a list is, in lower-case words and numbers after the name.
const LIST_ITEM_TAIL = /(?:[^\S\n]+(?:\p{Ll}[\p{L}'’-]*|\d[\w:.]*))+$/u;
// "Druett and Fairhurst by surname", "… for the Tuesday firing": what follows the names of a list said in a sentence.
const LIST_SENTENCE_TAIL =
  /[^\S\n]+(?:by|in|for|on|at|as|from|during|before|after|between|together|all|were|are|was|is)\b[^\n]*$/u;
const LISTED_AS = /[^\S\n]as[^\S\n]/;
const ON_DUTY_TAIL = /[^\S\n]+(?:on[^\S\n]+(?:call|shift|duty|nights|lates|earlies)|present|absent|working)\b[^\n]*$/;
// A label that opens the list inside its quotation: "Rink 4: ", "Tue late: ", "Gang 3: ".
const LIST_LABEL = /^[^\S\n]*\p{Lu}[\p{L}\d ]{0,14}:[^\S\n]+/u;
const LIST_ITEM_VALUE =
  /^(?:and[^\S\n]+)?(?:(?:(?:Run|Route|Duty|Shift|Bay|Chair|Bed|Room|Pitch|Table|Car|Van|Lane|Till|Rink|Gang|Caravan|Bungalow|Berth|Peg|Swim|Plot|Stall|Tag|Ticket|Job|Boat|berth|pitch|bay|bed|room|table|chair|peg|swim|plot|stall|tag|ticket|job|boat)[^\S\n]+)?(?:\d{1,2}(?:[:.]\d{2})?[^\S\n]?[ap]m|\d{1,2}[:.]\d{2}|\d{1,4}[A-Z]?)[^\S\n]+)?/u;
const ONE_WORD_ITEM = /^\p{Lu}\p{Ll}+$/u;
// "Tecwyn x2, Polash x1": how many of each after the name; "Hanna N.": a surname's initial; "Relu - blacking",
// "Hadas (Screen 4)": what or where each is.
const LIST_ITEM_COUNT = /[^\S\n]+(?:[x×]\d{1,2}|\p{Lu}\.?|-[^\S\n]+[^\n]*|\([^()\n]{1,30}\))$/u;
const ITEM_LABEL = /^\p{L}[\p{L}\d ]{1,23}:[^\S\n]+/u;
/** Whether a single word listed with people reads as one more: no word, place, body, acronym or county. */
// A day or a month, written short or long, is when, not who: "Jenefer 9 – Tues – £14".
const DAY_OR_MONTH_WORD =
  /^(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?$/;
const listedNameWord = (word: string) =>
  ONE_WORD_ITEM.test(word) &&
  !DAY_OR_MONTH_WORD.test(word) &&
  !MONTH_OR_DAY.test(word) &&
  !isEnglishWord(word) &&
  isCueNameWord(word) &&
  neitherPlaceNorBody(word) &&
  !COMMON_WORD_NAMES.has(word) &&
  !lookupAcronym(word.toUpperCase()) &&
  !isCapitalisedWord(word.toUpperCase()) &&
  !NOT_LISTED_NAMES.test(word);

/** A capitalised word that may stand for someone on a list: no place, body, acronym, day or month. */
const nicknameItem = (word: string) =>
  ONE_WORD_ITEM.test(word) &&
  !NOT_LISTED_NAMES.test(word) &&
  !DAY_OR_MONTH_WORD.test(word) &&
  !MONTH_OR_DAY.test(word) &&
  neitherPlaceNorBody(word) &&
  !COMMON_WORD_NAMES.has(word) &&
  !lookupAcronym(word.toUpperCase()) &&
  !isCapitalisedWord(word.toUpperCase());

/**
 * The other single words of a rota or a list read out with people on it already: each item a name, after its time,
 * run or bed at most. Two people settle it; one does where every other item reads as a name.
 */
const LISTING_VERB = /\b(?:listed|lists|showed|shows|names|named|read|reads)\b/;
const HOUSE_AFTER_PERSON = /^,[^\S\n]*\d{1,4}[A-Za-z]?[^\S\n]+$/;
const NUMBERED_BEFORE = /\d{1,4}[^\S\n]+$/;
function namesOnPeopleList(text: string, people: readonly { from: number; to: number }[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  if (!text.includes(":") && !text.includes('"') && !text.includes("“") && !LISTING_VERB.test(text)) return out;
  for (const m of allMatches(PEOPLE_LIST, text)) {
    let body = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
    const inSentence = m[4] !== undefined;
    let start = (m.index ?? 0) + m[0].length - body.length;
    const label = m[3] !== undefined ? LIST_LABEL.exec(body)?.[0] : undefined;
    if (label) {
      start += label.length;
      body = body.slice(label.length);
    }
    const items: { from: number; to: number }[] = [];
    // Items end at a comma, a semicolon, a slash, a dash or the list's closing "and": "Lokman, Roj, Kawa and Dunya".
    for (const part of allMatches(PEOPLE_LIST_ITEM, body)) {
      const raw = part[0];
      const lead = raw.length - raw.trimStart().length;
      // "Solo cornet: Bao; tenor horn: Alizon": each item's own label.
      const value = ITEM_LABEL.exec(raw.trim())?.[0] ?? LIST_ITEM_VALUE.exec(raw.trim())?.[0] ?? "";
      const word = raw
        .trim()
        .slice(value.length)
        .replace(/[.!?]+$/, "")
        .replace(inSentence ? LIST_SENTENCE_TAIL : LIST_ITEM_COUNT, "")
        .replace(inSentence ? "" : LIST_ITEM_TAIL, "");
      const from = start + (part.index ?? 0) + lead + value.length;
      // "from MANNINGHAM Dorete, 7 Sunnybank, reporting": a house's number and name after a person, their address.
      // Not "41 Nilla, 42 Brogue": a numbered list, the person numbered too.
      if (
        people.some(
          (p) =>
            p.to <= from &&
            HOUSE_AFTER_PERSON.test(text.slice(p.to, from)) &&
            !NUMBERED_BEFORE.test(text.slice(Math.max(0, p.from - 6), p.from)),
        )
      )
        continue;
      items.push({ from, to: from + word.length });
    }
    const isPerson = (item: { from: number; to: number }) => people.some((p) => p.from < item.to && p.to > item.from);
    const persons = items.filter(isPerson).length;
    // "…, then a courier": a lower-case item describes, it names no one.
    // "Mon – Tecwyn x2, …": the day the list is for is no item of it.
    const others = items.filter((item) => {
      const word = text.slice(item.from, item.to);
      return !isPerson(item) && /^\p{Lu}/u.test(word) && !DAY_OR_MONTH_WORD.test(word) && !LIST_LABEL_WORD.test(word);
    });
    const wordOf = (item: { from: number; to: number }) => text.slice(item.from, item.to);
    // "The shoeing book reads: Gosnay, Kemeys, Clench": one word among three or more names is a nickname, though a word.
    const unlisted = others.filter((item) => !listedNameWord(wordOf(item)));
    const nickname =
      others.length >= 3 && unlisted.length === 1 && nicknameItem(wordOf(unlisted[0]!)) ? unlisted[0] : undefined;
    const allNames = unlisted.length === 0 || nickname !== undefined;
    // A rota or a list of holders is of people: its names settle it alone ("Rota, Sunday: bay 1 Oles, bay 3 Orysia").
    const peopleHead =
      PEOPLE_ONLY_LIST.test(m[0]) ||
      PEOPLE_LIST_QUALIFIER.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index)) ||
      PEOPLE_IN_LIST_HEAD.test(m[0].slice(0, m[0].length - body.length));
    // "The sheet lists Wheldrake, Trevanion, Skilbeck and Voysey", "Diary entries: Gunny, Hatherleigh, Hoskyns": three or
    // more words no list knows; two where a sentence says they were on call or at work ("The log shows Lunderby and
    // Hensleigh on call").
    // Not "The board listed Acme, Zentro and Plexa as sponsors": what the list makes them.
    const said = !LISTED_AS.test(body) && (others.length >= 3 || (inSentence && ON_DUTY_TAIL.test(body)));
    // A person found already counts ("The rota showed Grazzja on the bar and Tonio on the door").
    const ofPeople = (peopleHead || said) && allNames && others.length + persons >= 2;
    if (items.length < (ofPeople ? 2 : 3) || (persons === 0 && !ofPeople) || (persons < 2 && !allNames)) continue;
    for (const item of others)
      if (item === nickname || listedNameWord(text.slice(item.from, item.to)))
        out.push({ from: item.from, to: item.to, text: text.slice(item.from, item.to), kind: "cued" });
  }
  return out;
}

// "Results: 1 Jaki, 2 Jib, 3 G. Wheldrake", "Slips in the tray: 1 Celie, 2 Pinwheel, 3 S. Tolleshunt": places in a
// numbered order, each a name or an initial and a surname.
const ORDER_ITEM =
  /(\d{1,2})(?:st|nd|rd|th)?[^\S\n]+((?:\p{Lu}\.[^\S\n]?)?\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}'’-]|[^\S\n]+\p{Lu})/uy;
const ORDER_SEPARATOR = /,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+/y;
const ORDER_START = /(?<![\p{L}\p{N}.:/£-])1(?:st)?[^\S\n]+\p{Lu}/gu;

/**
 * The other places of a numbered order with a person in it: three or more, numbered from 1 in turn. A nickname there
 * may be a word ("2 Jib", "2 Mop"); not a place, a body, a day or an acronym.
 */
function namesInNumberedOrder(text: string, people: readonly { from: number; to: number }[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  if (people.length === 0 || !(text.includes("2 ") || text.includes("2nd "))) return out;
  for (const m of allMatches(ORDER_START, text)) {
    const items: { from: number; to: number }[] = [];
    for (let at = m.index ?? 0, k = 1; ; k++) {
      ORDER_ITEM.lastIndex = at;
      const item = ORDER_ITEM.exec(text);
      if (!item || Number(item[1]) !== k) break;
      const from = at + item[0].length - item[2]!.length;
      items.push({ from, to: from + item[2]!.length });
      ORDER_SEPARATOR.lastIndex = at + item[0].length;
      const separator = ORDER_SEPARATOR.exec(text);
      if (!separator) break;
      at = ORDER_SEPARATOR.lastIndex;
    }
    const isPerson = (item: { from: number; to: number }) => people.some((p) => p.from < item.to && p.to > item.from);
    if (items.length < 3 || !items.some(isPerson)) continue;
    for (const item of items) {
      const word = text.slice(item.from, item.to);
      if (isPerson(item) || word.includes(".") || DAY_OR_MONTH_WORD.test(word) || MONTH_OR_DAY.test(word)) continue;
      if (!neitherPlaceNorBody(word) || lookupAcronym(word.toUpperCase()) || COMMON_WORD_NAMES.has(word)) continue;
      out.push({ from: item.from, to: item.to, text: word, kind: "cued" });
    }
  }
  return out;
}

// "Spider is Shadrach Jubb", "Cadence is Glennis Spurr, the club's ride leader": a word said to be a person named in
// full, even a word ("Noodle", "Flapjack"); "Pudding is how the SI was saved", "Lolo was the tag the SI used": a
// word said to be what someone is called.
const IS_BEFORE = /(?:^|[.!?]["”]?[^\S\n]+|["“]|\n[^\S\n]*)(\p{Lu}\p{Ll}[\p{L}'’-]*)[^\S\n]+(?:is|was)[^\S\n]+$/u;
const CALLED_BY_WORD =
  /(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=["”]?[^\S\n]+(?:is|was)[^\S\n]+(?:how[^\S\n]+(?:the|he|she|they|his|her|their|staff|police|everyone)\b|(?:his|her|their)[^\S\n]+nickname\b|the[^\S\n]+(?:(?:SI|victim)['’]s[^\S\n]+(?:nick)?name\b|(?:(?:app|street|stage|ring|gamer|online|pet|only)[^\S\n]+)?(?:name|tag|nickname|handle|alias|username)[^\S\n]+(?:(?:the|he|she|they|his|her|their|on|used|that|by|in|written|given)\b|of[^\S\n]+\p{Lu}))))/uy;
const RELATION_WORD_SET: ReadonlySet<string> = new Set(RELATION_WORDS);
const NOT_A_NICKNAME: ReadonlySet<string> = new Set(
  "This That It He She They There Here What Which Who Each Both Such Name Surname Forename Contact Owner Subject Author Caller Sender Holder Keeper Applicant Tenant Witness Victim Offender Defendant Perpetrator".split(
    " ",
  ),
);
const nicknameWord = (word: string) =>
  !NOT_A_NICKNAME.has(word) &&
  !ROLE_WORDS.has(word) &&
  !RELATION_WORD_SET.has(word.toLowerCase()) &&
  !DAY_OR_MONTH_WORD.test(word) &&
  !MONTH_OR_DAY.test(word) &&
  neitherPlaceNorBody(word);

const SAW_SOMEONE =
  /\b(?:saw|seen)[^\S\n]+(\p{Lu}\p{Ll}+)(?=[^\S\n]+(?:\p{Ll}+ing\b|take|took|push|pushed|cut|hit|grab|leave|near|at|by|outside|in|on|with|reading|pocket|follow|copy|watch|approach|chase|enter|photograph|film)\b)/gu;
function nicknamesOfPeople(text: string, people: readonly { from: number; to: number }[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  // "The marshal, Tibalt Jorvale, saw Magneto near the victim's car": whom a person saw doing something, though a word.
  if (people.length > 0 && (text.includes(" saw ") || text.includes(" seen ")))
    for (const m of allMatches(SAW_SOMEONE, text)) {
      const from = (m.index ?? 0) + m[0].length - m[1]!.length;
      const at = m.index ?? 0;
      // The one who saw, in the same sentence: "The marshal, Tibalt Jorvale, saw …".
      const sawer = people.some((p) => p.to <= at && at - p.to <= 60 && !SENTENCE_END.test(text.slice(p.to, at)));
      if (sawer && nicknameItem(m[1]!) && !isKnownPlace(m[1]!))
        out.push({ from, to: from + m[1]!.length, text: m[1]!, kind: "cued" });
    }
  if (!text.includes(" is ") && !text.includes(" was ")) return out;
  for (const person of people) {
    if (!/\s/.test(text.slice(person.from, person.to))) continue;
    const m = IS_BEFORE.exec(text.slice(Math.max(0, person.from - 40), person.from));
    if (!m || !nicknameWord(m[1]!)) continue;
    const from = person.from - m[0].length + m[0].indexOf(m[1]!);
    out.push({ from, to: from + m[1]!.length, text: m[1]!, kind: "cued" });
  }
  return out;
}

/** Whom money went to ("paid Rummage £40"), and names said to make up a list ("Kenwright, Hemingsley and Ingelow were the names on the sheet"). */
function namesPaidOrListed(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of text.includes("£") ? allMatches(PAID_NAME, text) : []) {
    const value = m[1] ?? m[2] ?? m[3]!;
    const from = (m.index ?? 0) + m[0].indexOf(value, m[1] ? m[0].indexOf(" ") : 0);
    // A line's first word is a name only if no word shares it: "Cullimore, church, £2,000 deposit", not "Rent, £95".
    const fits = m[3] === undefined ? nicknameItem(value) : listedNameWord(value);
    if (fits && !isKnownPlace(value) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  const quotedEntries = text.includes('"') || text.includes("“") ? allMatches(QUOTED_ENTRY_NAME, text) : [];
  if (quotedEntries.length >= 2 && quotedEntries.every((m) => listedNameWord(m[2]!)))
    for (const m of quotedEntries) {
      const from = (m.index ?? 0) + 1;
      if (!taken(from, from + m[1]!.length)) out.push({ from, to: from + m[1]!.length, text: m[1]!, kind: "cued" });
    }
  for (const start of text.includes(" and ") ? openingsOf(text) : []) {
    NAMES_WERE_LISTED.lastIndex = start;
    const m = NAMES_WERE_LISTED.exec(text);
    if (!m) continue;
    const words = m[1]!.split(/,?[^\S\n]+and[^\S\n]+|,[^\S\n]+/);
    if (!words.every(listedNameWord)) continue;
    let at = start;
    for (const word of words) {
      at = text.indexOf(word, at);
      if (!taken(at, at + word.length)) out.push({ from: at, to: at + word.length, text: word, kind: "cued" });
      at += word.length;
    }
  }
}

/** A word said to be what someone is called: see CALLED_BY_WORD. */
function wordsSaidToBeNames(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  // Tried at each sentence's or quotation's start, where such a word stands: no scan of the whole text.
  const prison = text.includes("HMP") || text.includes("HMYOI") || text.includes("prison") || text.includes("custody");
  const initials = TWO_CAPITALS_WORD.test(text);
  for (const at of openingsOf(text)) {
    CALLED_BY_WORD.lastIndex = at;
    let value = CALLED_BY_WORD.exec(text)?.[1];
    if (value === undefined && prison) {
      PRISONER_OPENING.lastIndex = at;
      value = PRISONER_OPENING.exec(text)?.[1];
      if (value !== undefined && NOT_ONE_PERSON.has(value)) value = undefined;
    }
    if (value === undefined && initials) {
      // "SB asked whether the university had been told", "TH has refused a second interview": initials acting.
      INITIALS_ACTING_OPENING.lastIndex = at;
      const pair = INITIALS_ACTING_OPENING.exec(text)?.[1];
      if (pair !== undefined && initialsNotAcronym(pair) && !taken(at, at + 2))
        out.push({ from: at, to: at + 2, text: pair, kind: "cued" });
    }
    if (value === undefined && text[at - 1] === '"') {
      WRITTEN_ENTRY_OPENING.lastIndex = at;
      value = WRITTEN_ENTRY_OPENING.exec(text)?.[1];
      if (value !== undefined && !listedNameWord(value)) value = undefined;
    }
    if (value !== undefined && nicknameWord(value) && !taken(at, at + value.length))
      out.push({ from: at, to: at + value.length, text: value, kind: "cued" });
  }
  for (const m of [
    ...(text.includes(" as ") ? allMatches(QUOTED_AS_NAME, text) : []),
    ...(text.includes("that ") ? allMatches(THAT_ONE_MOVED_HIS, text) : []),
  ]) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].indexOf(value);
    if (nicknameWord(value) && nicknameItem(value) && !NOT_ONE_PERSON.has(value) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  // 'The order book listed "Mauncell – van"', 'The entry "M. Jorrowby" was crossed out': one quoted entry a record is
  // said to hold, opening with a name or all of it one.
  if (text.includes('"') || text.includes("“")) {
    // 'The rota lists "Hallibrand" for the weekend and "Illsworth" for Monday': the next entry of the same list.
    let lastEntryEnd = -1;
    const quotedEntries = [
      ...allMatches(QUOTED_ENTRY_NAME, text),
      ...allMatches(QUOTED_NAME_ONLY, text),
      ...allMatches(QUOTED_ENTRY_LOWER_TAIL, text),
    ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const m of quotedEntries) {
      const from = (m.index ?? 0) + 1;
      const closing = (m.index ?? 0) + m[0].length;
      const between = lastEntryEnd >= 0 && from > lastEntryEnd ? text.slice(lastEntryEnd, from - 1) : undefined;
      const recorded =
        RECORD_SAID_BEFORE.test(text.slice(Math.max(0, from - 50), from - 1)) ||
        ON_RECORD_AFTER.test(text.slice(closing, closing + 60)) ||
        (between !== undefined && between.length <= 40 && NEXT_ENTRY_BETWEEN.test(between));
      if (!recorded || !listedNameWord(m[2]!)) continue;
      lastEntryEnd = closing;
      if (!taken(from, from + m[1]!.length)) out.push({ from, to: from + m[1]!.length, text: m[1]!, kind: "cued" });
    }
  }
  namesSaidOutright(text, out, taken);
  for (const m of text.includes(" v ") ? allMatches(QUOTED_PAIRING, text) : []) {
    const at = m.index ?? 0;
    if (
      !RECORD_SAID_BEFORE.test(text.slice(Math.max(0, at - 50), at)) ||
      !listedNameWord(m[1]!) ||
      !listedNameWord(m[2]!)
    )
      continue;
    for (const [value, from] of [
      [m[1]!, at + 1],
      [m[2]!, at + m[0].length - m[2]!.length],
    ] as const)
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// A name a record gives outright, even a word's: "alias Stapler", "Call me Bungle", "known to staff as Stapler", "answers to Skewbald",
// "goes by Dink", "the one the team call Stapler because …", "Card for Sulo", "From Nejc and the team", "collect from
// Mojca in HR", "Welcome to Ickham, who joins".
const SAID_OUTRIGHT = new RegExp(
  [
    `\\b(?:alias|[Cc]all[^\\S\\n]+me)[^\\S\\n]+["“‘']?(${NAME_PART})`,
    `\\bknown[^\\S\\n]+to[^\\S\\n]+(?:the[^\\S\\n]+)?(?:staff|police|officers|team|everyone|friends|locals|residents|customers|regulars|others|colleagues|pupils|players)[^\\S\\n]+as[^\\S\\n]+["“‘']?(${NAME_PART})`,
    `\\banswers[^\\S\\n]+to[^\\S\\n]+(?:the[^\\S\\n]+name[^\\S\\n]+(?:of[^\\S\\n]+)?)?["“‘']?(${NAME_PART})`,
    `\\b(?:goes|went|going)[^\\S\\n]+by[^\\S\\n]+(?:the[^\\S\\n]+name[^\\S\\n]+(?:of[^\\S\\n]+)?)?["“‘']?(${NAME_PART})`,
    `\\b(?:(?:team|staff|colleagues|lads|kids|regulars|everyone|everybody|residents|customers|pupils|players|others)[^\\S\\n]+call(?:s|ed)?|(?:they|we|people)[^\\S\\n]+call)[^\\S\\n]+(${NAME_PART})(?=[^\\S\\n]+(?:because|since|\\p{Ll}+ing)\\b|["”’']?[^\\S\\n]*[.,;:!?)]|["”’']?[^\\S\\n]*$|["”’'][^\\S\\n])`,
    `\\bkn(?:ows?|ew)[^\\S\\n]+(?:him|her|them|the[^\\S\\n]+(?:man|woman|lad|girl|boy|driver|walker|guard|steward|chef|cook|cleaner|porter))[^\\S\\n]+(?:only[^\\S\\n]+)?as[^\\S\\n]+["“‘']?(${NAME_PART})(?=["”’']?[^\\S\\n]*[.,;:!?)]|["”’']?[^\\S\\n]*$)`,
    `(?:\\b(?:[Ll]eaving|[Rr]etirement|[Bb]irthday|[Ww]edding|[Ss]ympathy|[Ww]elcome|[Tt]hank-you|[Gg]et-well|[Ff]arewell)[^\\S\\n]+(?:card|drinks|collection|present|gift|lunch|party|do|cake|meal)|(?<![\\p{L}-])[Cc]ard)[^\\S\\n]+for[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)(?![\\p{L}'’-])`,
    `\\b[Ff]rom[^\\S\\n]+(${NAME_PART})[^\\S\\n]+and[^\\S\\n]+the[^\\S\\n]+(?:team|gang|staff|office|crew|girls|lads)\\b`,
    `\\b(?:[Cc]ollect|[Aa]sk|[Ss]ee|[Ss]peak[^\\S\\n]+to|[Tt]alk[^\\S\\n]+to|[Cc]heck[^\\S\\n]+with)[^\\S\\n]+(?:it[^\\S\\n]+)?(?:from[^\\S\\n]+)?(${NAME_PART})[^\\S\\n]+in[^\\S\\n]+(?:HR|reception|admin|finance|payroll|accounts)\\b`,
    `\\b[Ww]elcome[^\\S\\n]+(?:back[^\\S\\n]+)?(?:to[^\\S\\n]+)?(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?),[^\\S\\n]+who\\b`,
  ].join("|"),
  "gu",
);
const SIZE_OR_AGE: ReadonlySet<string> = new Set(["Big", "Little", "Old", "Young", "Wee", "Fat"]);
const mayBeSaidOutright = containsAny([
  "alias",
  "now ",
  "all me",
  "known to",
  "answers to",
  " by ",
  "call",
  "ard for",
  " the ",
  " in ",
  "elcome",
]);
// "Action LN: liaise with …", "Action 4.3 RB to complete …", "referral to be made by RB", 'settled, initials HL.': an
// action's owner, or initials said as such, in two capitals
// (not "signs with the initials TW", a habit the older corpora leave unlabelled).
// "OB notes that …", "KD reported …": two capitals no dictionary knows, as the subject of a writer's verb, are
// someone's initials (112 of 116 such in the corpora were; "the SI said" is a role).
// "14/02 IG: resident says …", "Stock note WB: two cans missing": a dated log entry's or a note's writer, in two
// capitals before a colon and the entry's lower-case words (undated, "UN: unannounced visit" is a legend's key);
// "booked by FC for the event", "SI told HN on 14/06", "GJC asked why …" (three capitals opening a sentence).
const MAIL_HEADER_CAPITALS: ReadonlySet<string> = new Set(["RE", "TO", "QA"]);
const ENTRY_INITIALS =
  /(?:^|\n)(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:[^\S\n]+\d{1,2}[:.]\d{2})?[^\S\n]+|(?:\p{Lu}\p{Ll}+[^\S\n]+)?[Nn]ote[^\S\n]+)([A-Z]{2}):[^\S\n]+(?=\p{Ll})|\b[Mm]inute[- ]?taker[^\S\n]*:?[^\S\n]*([A-Z]{2,3})(?![\p{L}\p{N}])|\bbooked[^\S\n]+by[^\S\n]+([A-Z]{2})(?=[^\S\n]+(?:for|on|at)\b|[.,;)]|$)|\b(?:told|asked|rang|phoned|e-?mailed|met)[^\S\n]+([A-Z]{2})(?=[^\S\n]+on[^\S\n]+\d{1,2}[/.]\d)|(?:^|[.;][^\S\n]+|\n)([A-Z]{3})(?=[^\S\n]+(?:asked[^\S\n]+(?:why|whether|if|how)|chaired|noted)\b)|\b(?:Countersigned|Signed|Initialled)[^\S\n]*:[^\S\n]*([A-Z]{3})(?=[^\S\n]*(?:,[^\S\n]*\d{1,2}\/\d{1,2}|[.;]?$))|\b([A-Z]{2,3})(?=[^\S\n]+and[^\S\n]+(?:Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|DS)[^\S\n]+\p{Lu})/gu;
const INITIALS_SAID_OUTRIGHT =
  /\b(?:[Aa]ction(?:[^\S\n]+\d{1,2}(?:\.\d{1,2})?)?:?[^\S\n]+([A-Z]{2})(?::|(?=[^\S\n]+to[^\S\n]+[a-z]))|(?<!\b[Tt]he[^\S\n]+)[Ii]nitials?[^\S\n]+([A-Z]{2})(?=[^\S\n]*(?:[.,;)]|$)))|(?<!\b(?:[Tt]he|[Aa]n?)[^\S\n]+)\b([A-Z]{2})(?=[^\S\n]+(?:notes|noted|said|says|reported|reports|recorded|records|wrote|writes|asked|told|agreed|explained|confirmed|visited|spoke|handed|showed|searched|interviewed|seized|measured|photographed|copied|added|closed|initialled|checked|logged|refused|declined|radioed)\b)|\bto[^\S\n]+be[^\S\n]+(?:made|completed|done|sent|chased|booked|arranged|reviewed|checked|led|written|shared)[^\S\n]+by[^\S\n]+([A-Z]{2})(?=[^\S\n]*(?:[.,;)]|$)|[^\S\n]+by\b)|\b(?:[Aa]ction|[Ee]ntry|[Ii]tem)(?:[^\S\n]+\d{1,2}(?:\.\d{1,2})?)?[^\S\n]+\((?:owner[^\S\n]+)?([A-Z]{2})\):|(?:^|\n|[.;][^\S\n]+)([A-Z]{2})[^\S\n]+note:|\b[Nn]ote[^\S\n]+from[^\S\n]+([A-Z]{2}):|\b(?:countersigned|initialled|sent[^\S\n]+by|completed[^\S\n]+by|signed[^\S\n]+(?:off|out|in)(?:[^\S\n]+(?:at[^\S\n]+)?\d{1,2}[:.]\d{2})?[^\S\n]+by|(?:approved|accepted|authorised|refused|declined|checked|witnessed|agreed)[^\S\n]+by)[^\S\n]+([A-Z]{2})(?=[^\S\n]*(?:[.,;)]|$)|[^\S\n]+(?:on|at)[^\S\n]+\d|[^\S\n]+(?:the[^\S\n]+same|that)[^\S\n]+day\b)|[?!.][^\S\n]+[-–—][^\S\n]*([A-Z]{2})[^\S\n]*$|\bby[^\S\n]+([A-Z]{2})[^\S\n]+on[^\S\n]+\d{1,2}[/.]\d{1,2}\b|[;,][^\S\n]+(?:approved|authorised|agreed|checked)[^\S\n]+([A-Z]{2})[^\S\n]*[.;]?[^\S\n]*$|[.!?][^\S\n]+([A-Z]{2})[^\S\n]*$/gm;
// "Room 6 search by AS and LD", "Arrest by GF and PC 2291", "BS to AT: agency says …", "Memo to DA from OS": two
// people's initials, joined by what they did together or by a message from one to the other.
// "staff initials OW and EB", "the transfers carry the initials RB", "Action 2 (AM and EL)", 'signed only "CC"', "| staff
// JS", "Forwarded by FT to RB and LI", "(ZI/RB)", "spoke to KC and BG": initials said to be someone's.
const INITIALS_PAIRED =
  /\bby[^\S\n]+([A-Z]{2})[^\S\n]+(?:and|&)[^\S\n]+(?:([A-Z]{2})\b(?![^\S\n]*\d)|(?=(?:PC|PCSO|DC|DS|PS|Sgt)[^\S\n]+\d))|(?:^|\n)([A-Z]{2})[^\S\n]+to[^\S\n]+([A-Z]{2}):|\b(?:[Mm]emo|[Nn]ote|[Ee]-?mail|[Mm]essage|[Ll]etter)[^\S\n]+(?:to|from)[^\S\n]+([A-Z]{2})[^\S\n]+(?:to|from)[^\S\n]+([A-Z]{2})\b|\b[Ii]nitials[^\S\n]+([A-Z]{2})[^\S\n]+(?:and|&)[^\S\n]+([A-Z]{2})(?=[^\S\n]*(?:[.,;)]|$))|\b(?:carry|carries|carried|bear|bears|bore|under)[^\S\n]+the[^\S\n]+initials[^\S\n]+([A-Z]{2})(?=[^\S\n]*(?:[.,;)]|$))|\b(?:[Aa]ction|[Ee]ntry|[Ii]tem)(?:[^\S\n]+\d{1,2})?[^\S\n]+\(([A-Z]{2})[^\S\n]+(?:and|&)[^\S\n]+([A-Z]{2})\)|\b(?:signed[^\S\n]+(?:only[^\S\n]+)?["“]([A-Z]{2})["”]|\bstaff[^\S\n]+([A-Z]{2})(?=[^\S\n]*(?:[|.,;)]|$)))|\b(?:[Ff]orwarded|[Ss]ent|[Cc]opied|[Pp]assed)[^\S\n]+by[^\S\n]+([A-Z]{2})[^\S\n]+to[^\S\n]+([A-Z]{2})(?:[^\S\n]+(?:and|&)[^\S\n]+([A-Z]{2}))?\b|\(([A-Z]{2})\/([A-Z]{2})\)|\b(?:spoke|talked|wrote|met)[^\S\n]+(?:to|with)[^\S\n]+([A-Z]{2})[^\S\n]+(?:and|&)[^\S\n]+([A-Z]{2})\b/g;
// "S. Sild (SS) to agree …", "Odile Rance (OR)": a name, then the initials it is shortened to from there on; not a
// body's ("The Probation Service (PS)").
// "chair Akpars K. Elnet (AKE)": a name with a middle initial, then its three initials.
const NAME_THEN_THREE_INITIALS =
  /\b(\p{Lu})\p{Ll}+[^\S\n]+(\p{Lu})\.[^\S\n]*(?:Mc|Mac|O['’])?(\p{Lu})[\p{Ll}'’-]+[^\S\n]*\(([A-Z]{3})\)/gu;
const NAME_THEN_INITIALS =
  /(?:\b(\p{Lu})\.[^\S\n]*|\b(\p{Lu})(\p{Ll}+)[^\S\n]+)(?:Mc|Mac|O['’])?(\p{Lu})([\p{Ll}'’-]+)[^\S\n]*\(([A-Z]{2})\)/gu;
// "NL = Nesina Lechmann": initials a key spells out. "Initials used in the chronology: HO for the key worker, DD
// (headteacher)": a legend's entries, each with the post it stands for.
// "LD initialled the van log": capitals that sign or initial are someone's, whatever else they spell ("learning
// disability").
const INITIALS_SIGNING = /(?:^|[.;:]\s+)([A-Z]{2})\s+(?:initialled|countersigned|signed)\b/g;
const INITIALS_EQUAL_NAME = new RegExp(
  `(?:^|[\\n;:,.(][^\\S\\n]*)(\\p{Lu}{2,3})[^\\S\\n]*=[^\\S\\n]*${NAME_PART}[^\\S\\n]+${NAME_PART}`,
  "gu",
);
const INITIALS_LEGEND_ENTRY =
  /(?:^|[:;,][^\S\n]*|\band[^\S\n]+)([A-Z]{2,3})[^\S\n]+(?:\((?!\d)[^()\n]{1,30}\)|for[^\S\n]+(?:the|a|an|our|their)[^\S\n]+\p{Ll})/gu;
function namesSaidOutright(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(INITIALS_SAID_OUTRIGHT, text)) {
    const pair = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11] ?? m[12]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(pair);
    // An action's owner is a person whatever else the capitals spell ("Action 3 (NB):").
    const owner = m[5] !== undefined;
    if ((owner ? initialsWhereSaid(pair) : initialsNotAcronym(pair)) && !taken(from, from + 2))
      out.push({ from, to: from + 2, text: pair, kind: "cued" });
  }
  for (const m of /[A-Z]{2}/.test(text) ? allMatches(ENTRY_INITIALS, text) : []) {
    const pair = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7])!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(pair);
    if (initialsNotAcronym(pair) && !MAIL_HEADER_CAPITALS.has(pair) && !taken(from, from + pair.length))
      out.push({ from, to: from + pair.length, text: pair, kind: "cued" });
  }
  for (const m of text.includes("(") ? allMatches(NAME_THEN_THREE_INITIALS, text) : []) {
    const pair = m[4]!;
    if (pair !== m[1]! + m[2]! + m[3]!) continue;
    const from = (m.index ?? 0) + m[0].lastIndexOf(pair);
    if (!taken(from, from + 3)) out.push({ from, to: from + 3, text: pair, kind: "cued" });
  }
  for (const m of text.includes("(") ? allMatches(NAME_THEN_INITIALS, text) : []) {
    const [, initial, givenInitial, givenRest, surnameInitial, surnameRest, pair] = m;
    if (pair !== (initial ?? givenInitial!) + surnameInitial) continue;
    const given = givenInitial === undefined ? undefined : givenInitial + givenRest;
    if (given !== undefined && isEnglishWord(given) && !isKnownFirstName(given)) continue;
    if (ORGANISATION_WORDS.has(surnameInitial + surnameRest!)) continue;
    const from = (m.index ?? 0) + m[0].lastIndexOf(pair);
    if (!taken(from, from + 2)) out.push({ from, to: from + 2, text: pair, kind: "cued" });
  }
  for (const m of text.includes("signed") || text.includes("initialled") ? allMatches(INITIALS_SIGNING, text) : []) {
    const from = (m.index ?? 0) + m[0].lastIndexOf(m[1]!);
    if (
      !TITLES.has(m[1]!) &&
      !ACRONYM_OR_IDENTIFIER.test(m[1]!) &&
      !STAFF_ROLES_SIGNED.has(m[1]!) &&
      !taken(from, from + 2)
    )
      out.push({ from, to: from + 2, text: m[1]!, kind: "cued" });
  }
  const key = text.includes("=") ? allMatches(INITIALS_EQUAL_NAME, text) : [];
  const legend = text.includes("nitials") ? allMatches(INITIALS_LEGEND_ENTRY, text) : [];
  for (const m of [...key, ...legend]) {
    const from = (m.index ?? 0) + m[0].indexOf(m[1]!);
    const to = from + m[1]!.length;
    if (mayBeInitialsInContext(m[1]!) && !taken(from, to)) out.push({ from, to, text: m[1]!, kind: "cued" });
  }
  for (const m of allMatches(INITIALS_PAIRED, text)) {
    // Each form's groups come in the order its initials are written.
    const pairs = m.slice(1).filter((p): p is string => p !== undefined);
    // One pair no dictionary knows vouches for the other ("spoke to KC and BG"), unless that is a title.
    if (!pairs.some(initialsWhereSaid) || pairs.some((pair) => TITLES.has(pair) || ACRONYM_OR_IDENTIFIER.test(pair)))
      continue;
    let at = m.index ?? 0;
    for (const pair of pairs) {
      const from = text.indexOf(pair, at);
      at = from + 2;
      if (!taken(from, from + 2)) out.push({ from, to: from + 2, text: pair, kind: "cued" });
    }
  }
  if (!mayBeSaidOutright(text)) return;
  for (const m of allMatches(SAID_OUTRIGHT, text)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const value = m[group + 1];
    if (value === undefined) continue;
    // The first six say a nickname, which may be any word; a card or a welcome needs a name ("key card for Room 4").
    if (group >= 6 && isEnglishWord(value.split(" ")[0]!)) continue;
    // "known to staff as Big Gretel" (the ice resurfacer): a thing's pet name.
    // "known to staff as Muslim": a faith, not a name.
    if (SIZE_OR_AGE.has(value) || RELIGIONS.has(value)) continue;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    const to = from + value.length;
    const words = value.split(/\s+/);
    if (!words.every((w) => nicknameWord(w) && !TITLES.has(w) && !NOT_CALLED_NAMES.has(w) && !NOT_ONE_PERSON.has(w)))
      continue;
    // "known to staff as Raddle's": a place's name.
    if (/^['’]s\b/.test(text.slice(to, to + 3)) || taken(from, to)) continue;
    out.push({ from, to, text: value, kind: "cued" });
  }
}
// 'A member quoted "Tatami" as the name on the sheet': a word given as someone's name.
const QUOTED_AS_NAME =
  /["“](\p{Lu}\p{Ll}[\p{L}'’-]*)["”][^\S\n]+as[^\S\n]+(?:the|his|her|their)[^\S\n]+(?:nick)?name\b/gu;
// "The book shows that Toggle moved his pitch next to the victim's": what someone did to what is theirs, reported.
const THAT_ONE_MOVED_HIS =
  /\bthat[^\S\n]+(\p{Lu}\p{Ll}[\p{L}'’-]*)[^\S\n]+(?:moved|added|swapped|wrote|signed|parked)[^\S\n]+(?:his|her)\b/gu;
// '"Lowarth, rink 2" appears on the old card', '"B. Pendlecott" was crossed out on the rota'.
const ON_RECORD_AFTER =
  /^[^\S\n]+(?:appears|appeared|(?:is|was|had\s+been)\s+(?:crossed\s+out|circled|ringed|underlined|highlighted|added|written|pencilled)|is|was)(?:[^\S\n]+(?:twice|again|once))?[^\S\n]+(?:on|in)[^\S\n]+the[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+)?(?:card|sheet|list|rota|book|register|log|ledger|board|diary|page|tag|slip|label|ticket|docket)\b|^[^\S\n]+(?:is|was|had[^\S\n]+been)[^\S\n]+(?:crossed[^\S\n]+out|rubbed[^\S\n]+out|written[^\S\n]+in[^\S\n]+(?:block[^\S\n]+)?capitals)(?=[^\S\n]+(?:and|on|beside)\b)/u;
// Between two entries of one list: "… for the weekend and …", ", ", " then ".
const NEXT_ENTRY_BETWEEN =
  /^(?:[^\S\n]+(?:for|on|at|in)[^\S\n]+[\p{L}\d' -]{1,20})?(?:,[^\S\n]*|[^\S\n]+(?:and|then|or)[^\S\n]+)$/u;
// 'The draw sheet read "Culverhay v Ducasse – piste 3"': both sides of a pairing on a record, each read as an entry.
const QUOTED_PAIRING = /["“](\p{Lu}[\p{L}'’-]+)[^\S\n]+v\.?[^\S\n]+(\p{Lu}[\p{L}'’-]+)/gu;
const WORDS_OR_PAINTED_AFTER = /^\s+(?:means|meant|stands\s+for|(?:is|was)\s+(?:painted|\p{Lu}\p{Ll}+\s+for)\b)/u;
const QUOTED_FULL_NAME = new RegExp(`["“](${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){1,2})["”]`, "gu");
const QUOTED_NAME_ONLY = /["“]((?:\p{Lu}\.[^\S\n]?)?(\p{Lu}[\p{L}'’-]+))["”]/gu;
// "Mog was moved to HMP Caddenbrook", "Paddler was known to staff at HMP Rastleigh": only a person is released from,
// moved to or known in a prison, whatever word they go by.
const PRISONER_OPENING =
  /(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=["”]?[^\S\n]+(?:was|had[^\S\n]+been)[^\S\n]+(?:(?:released|moved|transferred|recalled|returned|remanded)[^\S\n]+(?:back[^\S\n]+)?(?:from|to|into|in)[^\S\n]+(?:HMP|HMYOI|prison|custody)\b|known[^\S\n]+to[^\S\n]+(?:staff|officers|prison[^\S\n]+officers)[^\S\n]+(?:at|in)[^\S\n]+(?:HMP|HMYOI|prison)\b|(?:at|in)[^\S\n]+(?:HMP|HMYOI)\b))/uy;
const TWO_CAPITALS_WORD = /(?:^|[\s"“(])[A-Z]{2}\s/;
const INITIALS_ACTING_OPENING =
  /([A-Z]{2})(?=[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?(?:asked|told|sent|refused|confirmed|rang|phoned|texted|visited|agreed|wrote|signed|initialled)\b)/y;
// '"Dibbo" was written on the back of the rota': a word no dictionary knows, written on a record.
const WRITTEN_ENTRY_OPENING =
  /(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=["”][^\S\n]+(?:was|had[^\S\n]+been)[^\S\n]+(?:written|scrawled|pencilled|chalked|scribbled|ringed|circled|crossed[^\S\n]+out)\b)/uy;
const NOT_ONE_PERSON: ReadonlySet<string> = new Set(
  "Everyone Everybody Someone Somebody Nobody Anyone Anybody All Many Most Some Several Few None Neither Either Another Others Nothing Everything Property Equipment Furniture".split(
    " ",
  ),
);
const RECORD_SAID_BEFORE =
  /\b(?:book|notebook|note|board|chalkboard|whiteboard|sheet|list|ledger|diary|log|rota|register|slip|card|tally|page|schedule|entry)\b[^.!?"“\n]{0,25}\b(?:read|reads|said|says|listed|lists|showed|shows|had|has|names|named|gave|gives)(?:[^\S\n]+(?:simply|only|just))?[^\S\n]*:?[^\S\n]*$|\b[Ee]ntry[^\S\n]*$/;
const ONE_NAME_THEN_WHO = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(${NAME_PART}),[^\\S\\n]+who[^\\S\\n]+(?=\\p{Ll})`, "gu");

// "Vavasour: 2 lb smoked haddock. Whybrow: 1 dressed crab.", "ticket 0912: Castellan, two blouses; ticket 0913: Ebbutt":
// a book's entries, each a name and what is for them.
const NAME_THEN_QUANTITY = /(?:^|[.;][^\S\n]+|\n[^\S\n]*)(\p{Lu}[\p{L}'’-]+):[^\S\n]+\d/gu;
const NUMBERED_ENTRY_NAME =
  /\b(?:[Tt]icket|[Jj]ob|[Tt]ag|[Ss]lip|[Oo]rder|[Bb]ooking|[Pp]eg|[Pp]itch|[Ss]top)[^\S\n]+\d{1,5}:?[^\S\n]+(\p{Lu}[\p{L}'’-]+)(?=[,;.]|[^\S\n]+(?:[–-]|and\b))/gu;
// "paid Rummage £40 cash": whom money went to, even by a word for a name.
// "Bauble £60 cash", "Haggle, early, £10 paid": a quoted entry of a name and a sum.
const PAID_NAME =
  /\b(?:paid|owed|owes|lent|loaned|gave|owing)[^\S\n]+(\p{Lu}[\p{L}'’-]+)[^\S\n]+£\d|["“](\p{Lu}[\p{L}'’-]+),?[^\S\n]+(?:\p{Ll}+,?[^\S\n]+){0,3}£\d|^(\p{Lu}[\p{L}'’-]+),[^\S\n]+(?:\p{Ll}[\p{Ll} ]*,[^\S\n]+){0,3}£\d/gmu;
// "Kenwright, Hemingsley and Ingelow were the names on the sheet".
// 'The sheet listed "Muncaster, door 2" and "Redfearn, 2 pm, lift"': quoted entries, each opening with a name.
const QUOTED_ENTRY_NAME = /["“]((?:\p{Lu}\.[^\S\n]?)?(\p{Lu}[\p{L}'’-]+))(?:,|[^\S\n]+[–-])[^\S\n]+[^"”\n]*["”]/gu;
// 'The log reads "Ruddimore absent"', 'The note says "Dewholme was late"': an entry that goes on in lower case, read
// as one only where a record is said to hold it.
const QUOTED_ENTRY_LOWER_TAIL = /["“]((?:\p{Lu}\.[^\S\n]?)?(\p{Lu}[\p{L}'’-]+))(?=[^\S\n]+\p{Ll})[^"”\n]*["”]/gu;
const INSTITUTION_TITLE_BEFORE = /\b(?:HMP|HMYOI|YOI|HMS|RAF|HMP\s*(?:&|and|\/)\s*YOI)\s+$/;
const NAMES_WERE_LISTED =
  /((?:\p{Lu}[\p{L}'’-]+,[^\S\n]+)+\p{Lu}[\p{L}'’-]+,?[^\S\n]+and[^\S\n]+\p{Lu}[\p{L}'’-]+)[^\S\n]+(?:were|are)[^\S\n]+(?:the[^\S\n]+(?:names|people|customers|hirers|members)\b|(?:all[^\S\n]+)?(?:on|in)[^\S\n]+the[^\S\n]+(?:sheet|list|rota|book|diary|register|ledger)\b)/uy;

/** Names that open three entries of quantities, or two numbered tickets', jobs' or tags' entries: see NAME_THEN_QUANTITY. */
function namesInEntries(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const [pattern, least] of [
    [NAME_THEN_QUANTITY, 3],
    [NUMBERED_ENTRY_NAME, 2],
  ] as const) {
    const entries = allMatches(pattern, text);
    if (entries.length < least || !entries.every((m) => listedNameWord(m[1]!))) continue;
    for (const m of entries) {
      const from = (m.index ?? 0) + m[0].indexOf(m[1]!);
      out.push({ from, to: from + m[1]!.length, text: m[1]!, kind: "cued" });
    }
  }
  // "Prowting, Marrack, Nute: the Tuesday list": the names first, then what list they make.
  for (const m of text.includes(": ") ? allMatches(NAMES_BEFORE_LIST_LABEL, text) : []) {
    const words = m[1]!.split(/,[^\S\n]+/);
    if (!words.every(listedNameWord)) continue;
    let at = (m.index ?? 0) + m[0].indexOf(m[1]!);
    for (const word of words) {
      out.push({ from: at, to: at + word.length, text: word, kind: "cued" });
      at += word.length + text.slice(at + word.length).search(/\p{Lu}/u);
    }
  }
  return out;
}
const NAMES_BEFORE_LIST_LABEL =
  /(?:^|\n)[^\S\n]*((?:\p{Lu}[\p{L}'’-]+,[^\S\n]+){2,}\p{Lu}[\p{L}'’-]+):[^\S\n]+(?:the[^\S\n]+)?(?:[\p{L}'’-]+[^\S\n]+)?(?:list|rota|round|sheet|crew|team|walks|shift|register)\b/gu;

// A diary's or a system's entries, each quoted surname first: "'Ciechowicz, Zenon' at 09:40 and 'Czapliński,
// Wacław' at 10:20", "'Ayyanar, Bhuvana (hyg)'".
const QUOTED_SURNAME_FIRST = /['‘"“](\p{Lu}[\p{L}'’-]+),[^\S\n]+(\p{Lu}[\p{L}-]+)(?:[^\S\n]+\([^)\n]{1,12}\))?['’"”]/gu;

/** The other quoted "Surname, Given" entries beside one that names a person: both words of each are a name. */
function namesInQuotedEntries(text: string, people: readonly { from: number; to: number }[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  if (!text.includes(", ")) return out;
  const entries = allMatches(QUOTED_SURNAME_FIRST, text);
  const isPerson = (m: RegExpExecArray) =>
    people.some((p) => p.from < (m.index ?? 0) + m[0].length && p.to > (m.index ?? 0));
  if (entries.length < 2 || !entries.some(isPerson)) return out;
  for (const m of entries) {
    const [surname, given] = [m[1]!, m[2]!];
    if (isPerson(m) || !listedNameWord(surname) || !listedNameWord(given)) continue;
    const from = (m.index ?? 0) + 1;
    const givenFrom = from + m[0].indexOf(given, surname.length) - 1;
    out.push({ from, to: from + surname.length, text: surname, kind: "cued" });
    out.push({ from: givenFrom, to: givenFrom + given.length, text: given, kind: "cued" });
  }
  return out;
}

const INITIAL_THEN_CAPITAL = /\b[A-Z]\.[^\S\n]?[A-Z][a-z]/;
// A list of a rota's, a book's or a ledger's entries (group 1), after its colon or "lists"; an entry may carry a time
// or a bracket ("Warrack 16:00", "Quintrel (Mon, Wed)").
const RECORD_LIST_ENTRY = `["“]?(?:\\p{Lu}\\.[^\\S\\n]?)?${NAME_PART}["”]?(?:[^\\S\\n]+\\d{1,2}[:.]\\d{2}|[^\\S\\n]+\\([^()\\n]{1,20}\\))?`;
const RECORD_NAME_LIST = new RegExp(
  `(?:\\b(?:[Rr]ota|[Bb]ook|[Ll]edger|[Ll]ist|[Ll]og|[Ss]heet|[Rr]egister|[Rr]oster)\\b[^:.!?\\n]{0,30}:|\\b(?:lists|listed)|\\b(?:rota|book|ledger|list|log|sheet|register)\\b[^.!?\\n]{0,20}\\b(?:reads|read|shows|showed|names|named))[^\\S\\n]+(${RECORD_LIST_ENTRY}(?:,[^\\S\\n]+${RECORD_LIST_ENTRY})*(?:,?[^\\S\\n]+and[^\\S\\n]+${RECORD_LIST_ENTRY})?)(?=[^\\S\\n]*(?:[.;]|$|[^\\S\\n]+for\\b))`,
  "gu",
);
/** Whether a record's entry is a name: a word no dictionary, place, body or calendar knows; a town's shape is no matter. */
const recordEntryName = (value: string) =>
  !isEnglishWord(value.toLowerCase()) &&
  isCueNameWord(value) &&
  neitherPlaceNorBody(value) &&
  !UK_PLACES.has(value) &&
  !MONTH_NAMES.test(value) &&
  !MONTH_OR_DAY.test(value) &&
  !ORGANISATION_NAMES.has(value);
const hasListingVerb = containsAny(["lists", "listed", "names", "named", "shows", "showed"]);
const RECORD_WORD = /\b(?:rota|book|ledger|list|log|sheet|register|roster|diary)\b/;
const RECORD_NAMES_ONE = new RegExp(
  `\\b(?:rota|book|ledger|list|log|sheet|register|roster|diary)\\b[^.!?\\n]{0,20}?\\b(?:lists|listed|names|named|shows|showed)[^\\S\\n]+(${NAME_PART})(?=[^\\S\\n]+\\([^()\\n]{1,20}\\)(?:[^\\S\\n]+(?:on|for|against|at|as|beside|and)\\b|[.;,])|[^\\S\\n]+(?:on|for|against|at|as|beside)\\b|[.;,])`,
  "gu",
);
// An entry as a whole, so that a bracket's days are no entries: group 1 its initial, group 2 its name.
const QUOTE_OPENS = /^["“]/;
// The records that list people, by stage names as readily as by surnames.
const PEOPLE_RECORD = /\b(?:sign-in|signing-in|rota|roster|register|attendance|members(?:hip)?)\b/i;
const quoted = (item: RegExpMatchArray) => QUOTE_OPENS.test(item[0]);
const RECORD_LIST_ITEM = new RegExp(
  `["“]?(\\p{Lu}\\.[^\\S\\n]?)?(${NAME_PART})["”]?(?:[^\\S\\n]+\\d{1,2}[:.]\\d{2}|[^\\S\\n]+\\([^()\\n]{1,20}\\))?`,
  "gu",
);
const LIST_NAMES_BEFORE =
  /\b(?:rota|list|register|roster|sheet)\b[^.!?\n]{0,30}\b(?:lists|listed|reads|read|shows|showed|names|named|includes|included|were|are)[^\S\n]+$/i;

/**
 * Words listed with a person already named ("Thatch, Mulch and Haddrell met", "Marrow and Dinsdale arguing"): a word
 * no dictionary, place or body knows, in a list of single names closed by "and", is one more person.
 */
export function namesListedWith(text: string, people: readonly { from: number; to: number }[]): NameCandidate[] {
  const out: NameCandidate[] = [
    ...namesOnPeopleList(text, people),
    ...namesInQuotedEntries(text, people),
    ...slashPartners(text, people),
    ...namesInNumberedOrder(text, people),
    ...namesInEntries(text),
    ...nicknamesOfPeople(text, people),
  ];
  if (!text.includes(" and ") && !text.includes(" & ")) return out;
  const seen = new Set<number>();
  const isAnd = (separator: string) => separator.includes("and") || separator.includes("&");
  for (const person of people) {
    if (seen.has(person.from)) continue;
    // The list's "and" comes before its last word: after the person ("Thatch, Mulch and Haddrell"), or the person is
    // that last word ("Marrow and Dinsdale", "Kinnersley, Yelland and Rivet").
    const after: { from: number; to: number }[] = [];
    let closed = false;
    for (let at = person.to; !closed; ) {
      const m = LIST_NEXT.exec(text.slice(at, at + 60));
      if (!m) break;
      const from = at + m[1]!.length;
      after.push({ from, to: from + m[2]!.length });
      closed = isAnd(m[1]!);
      at = from + m[2]!.length;
    }
    const items = closed ? [{ from: person.from, to: person.to }, ...after] : [{ from: person.from, to: person.to }];
    for (let at = person.from; ; ) {
      const m = LIST_PREVIOUS.exec(text.slice(Math.max(0, at - 60), at));
      if (!m || (closed && isAnd(m[2]!))) break;
      const from = at - m[0].length;
      // "HMP Wintercombe, and Kofi …": the last word of a longer name, not one of a list.
      if (LONGER_NAME_BEFORE.test(text.slice(Math.max(0, from - 12), from))) break;
      if (isAnd(m[2]!)) closed = true;
      at = from;
      items.unshift({ from: at, to: at + m[1]!.length });
    }
    const last = items.at(-1)!;
    const first = items[0]!;
    if (!closed || items.length < 2 || LIST_RUNS_ON.test(text.slice(last.to, last.to + 20))) continue;
    // "…, and Kofi countersigned it": two words either side of a clause's "and" are no list.
    if (items.length === 2 && text.slice(items[0]!.to, items[1]!.from).startsWith(",")) continue;
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, first.from - 12), first.from))) continue;
    const isPerson = (item: { from: number; to: number }) => people.some((p) => p.from < item.to && p.to > item.from);
    // Bodies are listed with people too ("Mulch and Oxleas agreed"): beside one person, only a known first name or a
    // listed surname is another; beside two, any word no dictionary, map or body list knows.
    // A rota or a list that names them says so too: "The flower rota for October lists Fadzai, Netsai, Chenai and Paida".
    const amongPeople =
      items.filter(isPerson).length >= 2 ||
      LIST_NAMES_BEFORE.test(text.slice(Math.max(0, first.from - 60), first.from)) ||
      PEOPLE_TOGETHER_AFTER.test(text.slice(last.to, last.to + 60));
    for (const item of items) {
      seen.add(item.from);
      if (isPerson(item)) continue;
      const word = text.slice(item.from, item.to);
      if (isEnglishWord(word) || !isCueNameWord(word) || !neitherPlaceNorBody(word) || COMMON_WORD_NAMES.has(word))
        continue;
      // "Marac", "Nomis", "Lancs", "Northumbria": an acronym written as a word, a county's short form, a region.
      if (lookupAcronym(word.toUpperCase()) || isCapitalisedWord(word.toUpperCase())) continue;
      // "Klaudia", "Antonia" among people; not a region or a country ("Cumbria", "Albania").
      if (
        NOT_LISTED_NAMES.test(word) &&
        !(amongPeople && word.endsWith("ia") && !NOT_LISTED_REGION.test(word) && !isKnownPlace(word))
      )
        continue;
      if (!amongPeople && !isKnownFirstName(word) && !isListedSurname(censusForm(word))) continue;
      // A rota read out may have named it already.
      if (out.some((c) => c.from === item.from)) continue;
      out.push({ from: item.from, to: item.to, text: word, kind: "cued" });
    }
  }
  return out;
}

/**
 * One person's field in a log ("supervisor: Tetteh", "Caller: Careline"): a known first name or a listed surname alone,
 * or two or three words one of which is a known first name or no English word ("Call handler: Control Room").
 */
function fieldPerson(words: readonly string[]): boolean {
  return words.length === 1
    ? isKnownFirstName(words[0]!) ||
        (isListedSurname(censusForm(words[0]!)) && !isEnglishWord(words[0]!) && neitherPlaceNorBody(words[0]!))
    : knownOrForeignName(words);
}

/**
 * Capitalised words that are known first names, alone or before surnames ("Kerry Smith rang"), where no place, firm,
 * thing or label makes them something else. Kept out of `findPersonNames`, which V8 optimises only below 60 KiB of
 * bytecode.
 */
const PARTICIPLE_BY_AFTER = /^[^\S\n]+\p{Ll}+ed(?:[^\S\n]+by\b|[^\S\n]*:)/u;
const TOOL_USED_AFTER = /^\s+(?:is|are)\s+used\s+(?:for|to\s+(?![a-z]+ing\b))/;
function capitalisedNames(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(CAPITALISED, text)) {
    const words = m[0].split(SPACES);
    let offset = m.index;
    const end = m.index + m[0].length;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const start = offset;
      offset += word.length;
      while (offset < end && isSpace(text.charCodeAt(offset))) offset++;
      if (!isKnownFirstName(word)) continue;
      // The make itself ("his Mercedes"), or the model after it.
      if (VEHICLE_MAKES.has(word) && DETERMINER_BEFORE_MAKE.test(text.slice(Math.max(0, start - 24), start))) continue;
      if (i > 0 && VEHICLE_MAKES.has(words[i - 1]!)) {
        const makeAt = text.lastIndexOf(words[i - 1]!, start - 1);
        const before = text.slice(Math.max(0, makeAt - 24), makeAt);
        if (DETERMINER_BEFORE_MAKE.test(before) || YEAR_BEFORE_MAKE.test(before)) continue;
      }
      const ownerEnd = start + word.length;
      if (POSSESSIVE_AFTER.test(text.slice(ownerEnd, ownerEnd + 3)) && firmAfterPossessive(text, ownerEnd + 2))
        continue;
      if (isMonthUse(text, start, start + word.length)) continue;
      // "sold Charlie and Molly from the flat": drugs by their street names.
      if (STREET_DRUGS.has(word) && DRUG_TRADE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "Oakley sunglasses", "an Armani tracksuit", "Jordan trainers": a brand before what it makes.
      if (
        PRODUCT_AFTER.test(text.slice(start + word.length, start + word.length + 16)) &&
        WORN_BEFORE.test(text.slice(Math.max(0, start - 16), start))
      )
        continue;
      const initial = sentenceInitial(text, start, true);
      const common = COMMON_WORD_NAMES.has(word);
      // "St Anne's Walk", "the Rose Hill estate", "Sky-high": part of a place or organisation name.
      if (partOfOtherProperNoun(text, start, start + word.length)) continue;
      const surnames: string[] = [];
      for (let k = i + 1; k < words.length && surnames.length < 2 && isNameWord(words[k]!); k++)
        surnames.push(words[k]!);
      // "Robin Hood Way", "Kelly Brown House": a street or building named after someone; "Will Writing Service",
      // "Emma Lewis Trust": an organisation, whose word ends the run ("Priya Shah Team Manager" is a person and a role).
      const next = words[i + 1 + surnames.length] ?? "";
      // "Shelly Bay Café": a place by the sea or in the hills, named like a person, which no surname is.
      if (PLACE_WORDS.has(next)) break;
      // "Hadley Rec", "Melek Hair": a place or a business in the surname's place, which no surname list has ("Tracey
      // Bay said" is someone).
      const last = surnames.at(-1);
      if (
        surnames.length === 1 &&
        ((PLACE_WORDS.has(last!) && !personFollows(text, endOfWords(text, start + word.length, surnames))) ||
          (ORGANISATION_WORDS.has(last!) && !ROLE_WORDS.has(last!))) &&
        !COMMON_WORD_NAMES.has(last!) &&
        !isListedSurname(censusForm(last!))
      )
        break;
      if (
        surnames.some((s) => GEOGRAPHIC_WORDS.has(s) || COUNTRIES.has(s)) &&
        !personFollows(text, endOfWords(text, start + word.length, surnames))
      )
        break;
      if (ORGANISATION_WORDS.has(next) && !ROLE_WORDS.has(next) && i + 2 + surnames.length === words.length) break;
      if (surnames.length > 0) {
        const to = endOfWords(text, start + word.length, surnames);
        if (!taken(start, to)) out.push({ from: start, to, text: text.slice(start, to), kind: "full" });
        break;
      }
      // "Nana was what everyone called her": alone, a word for a relative names no one.
      if (KINSHIP_WORDS.has(word)) continue;
      // "Cemalettin Abi", "Abi and Abla are forms of address": a Turkish honorific after a name, not a name.
      if (
        HONORIFIC_SUFFIXES.has(word) &&
        (NAME_WORD_BEFORE_SUFFIX.test(text.slice(Math.max(0, start - 30), start)) ||
          HONORIFIC_PAIR_AFTER.test(text.slice(start + word.length, start + word.length + 12)))
      )
        continue;
      const following = text.slice(start + word.length, start + word.length + 12);
      // "Ilyas: can you ring me back": a name labelling a turn that speaks in the first person.
      const labelsTurn = initial && speakerLabelAt(text, start, start + word.length, true);
      if (initial && common && !personFollows(text, start + word.length) && !labelsTurn) continue;
      // "the Rose and Crown", "Faith in Recovery": an ordinary word in a name of a place or organisation; "The Austin in
      // bay 12": a first name alone after an article names a thing (a car, a pub), not a person.
      if (articleBefore(text, start) || (common && joinedToProperNoun(text, start + word.length, isKnownFirstName)))
        continue;
      // "the Margaret Ann was built in 1971": a boat's or a house's name of two first names after an article.
      const pairOpening = ARTICLE_AND_NAME_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
      if (pairOpening !== undefined && isKnownFirstName(pairOpening)) continue;
      // "was born in Kingston": where someone was born is a place.
      if (
        BORN_IN_BEFORE.test(text.slice(Math.max(0, start - 50), start)) &&
        !POSSESSIVE_AFTER.test(text.slice(start + word.length, start + word.length + 3))
      )
        continue;
      // "Balvinder (W2) later withdrew": the person's identifier, and an adverb after it, before the verb. An adverb
      // alone is not enough: "Georgia later withdrew its request", "Mercedes then confirmed the vehicle".
      const afterWord = text.slice(start + word.length, start + word.length + 40);
      const set = IDENTIFIER_BEFORE_VERB.test(afterWord) ? (SET_BEFORE_VERB.exec(afterWord)?.[0].length ?? 0) : 0;
      if (
        initial &&
        !common &&
        !personFollows(text, start + word.length + set) &&
        !STARTS_PREDICATE.test(following) &&
        !labelsTurn
      )
        continue;
      const to = start + word.length;
      // "Marline and tar were found", "Marline is used to whip the ends": a word opening a sentence with a thing, the
      // two the subject of a plural verb, or a thing that is used for something.
      if (initial && (modifiesPluralSubject(text, to) || TOOL_USED_AFTER.test(text.slice(to, to + 24)))) continue;
      // "Oldrich & Son Hand Car Wash": a firm named after its founder.
      if (FIRM_AFTER.test(text.slice(to, to + 16))) continue;
      if (!taken(start, to)) out.push({ from: start, to, text: word, kind: "first" });
    }
  }
}

/**
 * A name after a role that only a person holds: "The housing officer, Tobias Fenwright, wrote", "the nurse, Zarmina,
 * rang". Kept out of `findPersonNames`, which V8 optimises only below 60 KiB of bytecode.
 */
// "night manager Matchett, waking night Ahonen;", "supervisor Byker, 17:30,", "Keyworker Ulle and COM Heiki Raudsepp":
// a rota or a log's roll of staff, where the next item is another role, a time, or a role and its holder.
const ROLE_ROLL_AFTER = new RegExp(
  `^(?:[^\\S\\n]*[.;]?[^\\S\\n]*$|[^\\S\\n]+on[^\\S\\n]+\\d{1,2}[^\\S\\n]+[A-Z][a-z]+\\b|[^\\S\\n]*[,;][^\\S\\n]*(?:\\d{1,2}[:.]\\d{2}\\b|(?:(?:the|an?)[^\\S\\n]+)?(?:\\p{Ll}+[^\\S\\n]+)?(?:${cueAlternation(pii.roleCues)})\\b)|[^\\S\\n]+and[^\\S\\n]+(?:(?:the|his|her|their)[^\\S\\n]+)?(?:${cueAlternation(pii.roleCues)}|[A-Z]{2,4}\\d{0,2})[^\\S\\n]+\\p{Lu})`,
  "u",
);
const ROLE_SPEAKING_AFTER = /^:[^\S\n]*["“]/;
const ROLL_END_AFTER = /^[^\S\n]*[.!]?[^\S\n]*$/;
// "Victim liaison officer Stringfellow will make contact": what the role's holder will do.
const WILL_DO_AFTER =
  /^[^\S\n]+will[^\S\n]+(?:make[^\S\n]+contact|call|ring|phone|contact|visit|meet|write|send|see|chase|update|book|arrange|check|attend|lead|chair)\b/;
function roleCuedNames(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(ROLE_CUED, text)) {
    const value = m[1]!;
    const parts = value.split(SPACES);
    // "his supervisor was Jarmila Horvat"; not "the victim was Black Caribbean", "the employer was Royal Mail", "the
    // coach Hire Direct".
    if (BE_BEFORE_NAME.test(m[0].slice(0, m[0].lastIndexOf(value))) && parts.length === 1) continue;
    // Set off by commas a role's name is plain ("His foster carer, Crystal Hart,"); run on it must read as one, or
    // stand in a roll of staff ("nurse in charge Yatzil Brew; HCA Terka Diggle;").
    const rolled = () =>
      parts.some((part) => unknownNameWord(part) && !looksLikeTown(part)) &&
      ROLE_ROLL_AFTER.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60));
    if (parts.length > 1 && !m[0].includes(",") && !personLike(parts) && !rolled()) continue;
    // "the officer, Anytown Police" and "the landlord, Southside Homes" are organisations.
    const nameWord = (part: string) => isNameWord(part) && !ORGANISATION_WORDS.has(part);
    if (!parts.every(nameWord) || VENUE_WORDS.has(parts.at(-1)!)) continue;
    // "His supervisor at the car wash, Sparkle, said": after a venue of two words, one unknown word may be its name.
    if (parts.length === 1 && !isKnownFirstName(value) && VENUE_PHRASE.test(m[0])) continue;
    // "The lecturer, Bricklaying, confirmed": a subject made of two words is no name, unless what follows the comma
    // only a person does ("The site owner, Hallwick, gave a statement").
    const quoted = QUOTE_CLOSING.test(text[(m.index ?? 0) + m[0].length] ?? "");
    const end = (m.index ?? 0) + m[0].length + (quoted ? 1 : 0);
    // "The shop owner, Honeyfold, gave the book to the police": any deed of a person's, for a word not abstract.
    const deedAfterComma =
      text[end] === "," &&
      (PERSON_ONLY_DEED.test(text.slice(end + 1, end + 31)) ||
        (!ABSTRACT_ENDING.test(value) && pastDeedFollows(text, end + 1)));
    if (
      parts.length === 1 &&
      isEnglishCompound(value) &&
      !isEnglishWord(value) &&
      !isKnownFirstName(value) &&
      !deedAfterComma
    )
      continue;
    // "He trained as an engineer, Glasgow, 2015": a job in someone's history, then where or for whom.
    if (AS_A_JOB_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) continue;
    // "The technician, Serco, fitted the tag": a firm or a town in the role's place.
    if (parts.length === 1 && (UK_PLACES.has(value) || ORGANISATION_NAMES.has(value))) continue;
    if (YEAR_AFTER_NAME.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8))) continue;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    const to = from + value.length;
    // A single unknown name counts set off by commas ("the nurse, Zarmina, rang") or, after a staff role, before a
    // person's verb ("the residential worker Golnar logged"; not "the man Tesco reported"), unless the role is also
    // a thing ("the letting agent, Foxtons,").
    if (parts.length === 1 && !isKnownFirstName(value)) {
      // After a proper name of a place ("the officer at the Magistrates Court, Saltbeck,") one word shaped like a town
      // is the town ("the key worker at the Florian Project, Ludovic," is a person).
      const marked = m[0].includes(",")
        ? text[end] === "," && !(PLACE_NAME_PHRASE.test(m[0]) && mayBeTown(value)) && !BARE_PLACE_PHRASE.test(m[0])
        : STAFF_ROLE_START.test(m[0])
          ? recordedBy(VERB_AFTER.exec(text.slice(to, to + 20))?.[1] ?? "")
          : // "The kennel hand Faolan pulled the SI away", "The witness Aelwyn heard": any role, a word no list knows,
            // and what a person did.
            (unknownNameWord(value) && !looksLikeTown(value) && pastDeedFollows(text, to)) ||
            // A town does not make contact: "Victim liaison officer Stringfellow will make contact".
            (!isEnglishWord(value) && !UK_PLACES.has(value) && WILL_DO_AFTER.test(text.slice(to, to + 30)));
      // Not after a comma: "Trust and Safety Analyst, Larkvale." ends a signature with its town.
      // 'Facilitator Slaley: "he knows the words"': a role's holder speaking, whatever their name is shaped like.
      const inRoll =
        !marked &&
        !m[0].includes(",") &&
        unknownNameWord(value) &&
        // At the text's end a role's holder may be shaped like a town ("facilitator Tholthorpe.").
        ((!looksLikeTown(value) && ROLE_ROLL_AFTER.test(text.slice(to, to + 60))) ||
          ROLL_END_AFTER.test(text.slice(to, to + 4)) ||
          ROLE_SPEAKING_AFTER.test(text.slice(to, to + 4)));
      // A word that is also a name needs both commas and a person's verb after them ("his supervisor, Rich, said").
      const wordName = COMMON_WORD_NAMES.has(value) && !(m[0].includes(",") && marked && personAfterComma(text, end));
      if (!(marked || inRoll) || ROLE_ALSO_THING.test(m[0]) || !isCueNameWord(value) || wordName) continue;
      // "Deputy Director, Performance, Assurance and Risk": a department's word, unless a person's verb follows.
      if (isEnglishWord(value.toLowerCase()) && m[0].includes(",") && !personAfterComma(text, end)) continue;
    }
    // A role in capitals without a comma may head a title ("the SPO Countersigning Guidance").
    const shoutedCue = SHOUTED_CUE.test(m[0]);
    if (shoutedCue && !m[0].includes(",") && !isKnownFirstName(parts[0]!) && !rolled()) continue;
    if (!taken(from, to)) out.push({ from, to, text: value, kind: "cued" });
  }
}

// "I am Audrone Baltrunas and I live …", "My name is …": a statement's maker naming themself.
const SELF_NAMED = new RegExp(
  `\\b(?:I\\s+am|I['’]m|[Mm]y\\s+name\\s+is)\\s+(${NAME_PART}(?:\\s+${NAME_PART}){1,2})(?![\\p{L}'’-])`,
  "gu",
);
// "Thank you to Helmi and Aune for the chat history", "Thanks also to Zlata at the SARC and to Esmee Kirkland",
// "welcome to Dagfinn Stamfordham, new SPO", "Well done to Aksel and Mzukisi from the garden project", "well done Limpho
// on best fleece": whom a writer thanks, welcomes or congratulates.
const THANKED_TO = new RegExp(
  `\\b(?:[Tt]hanks|[Tt]hank\\s+you|[Ww]elcome|[Ww]ell\\s+done|[Cc]ongratulations|[Gg]ood\\s+luck|[Ff]arewell)(?:\\s+also)?\\s+(?:to\\s+|(?<=(?:done|ongratulations)\\s+))(${NAME_PART}(?:\\s+${NAME_PART})?)(?:\\s+(?:at|from|in)\\s+the\\s+[\\p{L}-]+(?:\\s+[\\p{Ll}-]+)?)?(?:,?\\s+and\\s+(?:to\\s+)?(${NAME_PART}(?:\\s+${NAME_PART})?))?(?=\\s+(?:for|from|on|at|in|and)\\b|\\s*[.,;!])`,
  "gu",
);
// "… not followed up. EA", "… No referral to police or probation. Ellon": a log entry signed at its end.
const ENTRY_SIGNED_AT_END = /(?<!\b\p{Lu})[.!?"”)][^\S\n]+(\p{Lu}{2,3}|\p{Lu}\p{Ll}+)[^\S\n]*$/u;
// "Lotherton covers the duty desk on Tuesdays; Eskarina covers Thursdays": who covers a post or a day.
const COVERS_POST = new RegExp(
  `(?:^|[:;,.][^\\S\\n]+)(${NAME_PART})[^\\S\\n]+(?:covers|covered)[^\\S\\n]+(?:the[^\\S\\n]+)?(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:desk|shift|rota|phones?|reception|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|nights|weekends)\\b`,
  "gu",
);
// "Regards, Kezzie | Store Manager": a message's sign-off, then the writer's name.
const SIGN_OFF_NAME = new RegExp(
  `\\b(?:[Rr]egards|[Tt]hanks|[Cc]heers|[Bb]est\\s+wishes|[Mm]any\\s+thanks|[Yy]ours\\s+(?:sincerely|faithfully|truly)),[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)(?=\\s*(?:\\||\\/|,|\\n|$|\\.\\s*$))`,
  "gu",
);
// "Entry by Tasgal, Church of Scotland chaplain", "Note from Thirston:", "Statement taken from Aksel at 10:10",
// "name given as Tebbit": who wrote, gave or signed a record.
const RECORD_BY = new RegExp(
  `\\b(?:(?:[Ee]ntry|[Nn]otes?|[Ll]og|[Rr]eport|[Ss]ummary|[Ss]tatement|[Aa]ccount|[Mm]essage|[Ff]eedback|[Cc]omments?|[Rr]eply|[Rr]esponse)\\s+(?:to\\s+the\\s+(?:[a-z-]+\\s+){1,3})?(?:(?:written|prepared|made|taken|kept|sent)\\s+)?(?:by|from)|,\\s+kept\\s+by|\\bname\\s+(?:given|recorded|written|signed)\\s+as)\\s+(${NAME_PART}(?:\\s+${NAME_PART})?)(?=\\s*[,.;:(]|\\s+at\\s+\\d|\\s+on\\s+behalf\\b|$)`,
  "gu",
);
// "a woman there attacked Vola today", "Was it Hanitra?": whom someone hurt, and who someone is asked to be.
const HURT_WHOM = new RegExp(
  `\\b(?:attacked|assaulted|punched|kicked|stabbed|slapped|headbutted|strangled|mugged|robbed|bit|shoved)\\s+(${NAME_PART})(?=\\s+(?:today|yesterday|tonight|this\\s+(?:morning|afternoon|evening)|last\\s+(?:night|week)|again|twice|outside)\\b|\\s*[.;!?"”])`,
  "gu",
);
// "… own mobile: 0191 496 6513 (Bayarmaa)", "Text to Aviaq 11/05 20:19:": a phone's owner in brackets after it; whom a
// message went to or came from, before its date or time.
const PHONE_OWNER_IN_BRACKETS = new RegExp(
  `\\d{3}[^\\S\\n]?\\d{3,4}[^\\S\\n]*\\((${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)\\)`,
  "gu",
);
const MESSAGE_PARTY = new RegExp(
  `\\b(?:[Tt]ext|[Mm]essage|[Cc]all|WhatsApp|[Ee]-?mail|[Rr]eply)[^\\S\\n]+(?:to|from)[^\\S\\n]+(${NAME_PART})(?=[^\\S\\n]+\\d{1,2}[/.]\\d{1,2}\\b|[^\\S\\n]+at[^\\S\\n]+\\d|[^\\S\\n]*:)`,
  "gu",
);
// "I held on to the counter until Lesieli came": who came to help.
const UNTIL_CAME = new RegExp(
  `\\buntil\\s+(${NAME_PART})\\s+(?:came|arrived|got\\s+there|turned\\s+up|returned|stepped\\s+in)\\b`,
  "gu",
);
// "Skink is what the other keepers call Ratsimbazafy": a nickname, said to be one, whatever word it is.
const IS_WHAT_THEY_CALL = new RegExp(
  `(?:^|[.;:]\\s+|\\n)(${NAME_PART})\\s+is\\s+what\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(?:call|calls|called)\\s+(?:him|her|them|\\p{Lu})`,
  "gu",
);
// "PP1 wrote to Hinke on 16/06": whom someone wrote or spoke to, and when or why.
const WROTE_TO = new RegExp(
  `\\b(?:wrote|writes|spoke|speaks|talked|replied|e-?mailed|texted|messaged|went\\s+back)\\s+to\\s+(${NAME_PART})\\s+(?:on|at|about|asking|to|again|twice|before|after)\\b`,
  "gu",
);
// 'The younger one kept calling him "Trickle"', 'who the staff call "Camel"': a nickname others use.
const OTHERS_CALL = new RegExp(
  `(?:\\b(?:kept|keeps|always|everyone|all)\\s+(?:calling|called|calls|call)\\s+(?:him|her|them)|\\b(?:(?:call|calls|calling)\\s+(?:him|her|them|SI)|called\\s+SI)(?=\\s+["“])|\\bwho\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){1,3}(?:call|calls|called))\\s+["“](${NAME_PART})["”]`,
  "gu",
);
// "call at 10:42 from MANNINGHAM Dorete, 7 Sunnybank": a police log's caller, surname in capitals first.
const CAPITALS_SURNAME_GIVEN =
  /\b(?:from|[Cc]aller|[Ss]uspect|[Nn]ame|[Vv]ictim|[Ww]itness|[Ss]ubject)[:\s]+(\p{Lu}{4,}(?:-\p{Lu}{2,})?)[^\S\n]+(\p{Lu}\p{Ll}+)\b/gu;
// "Almas to Control: shouting in row F": a radio log's caller.
const RADIO_CALLER = new RegExp(
  `(?:^|[\\d.;]\\s+)(${NAME_PART})\\s+to\\s+(?:Control|control|Base|base|Ops|ops)\\s*:`,
  "gu",
);
// "The young lad they call Beam": what people call someone, whatever word it is.
const THEY_CALL = new RegExp(
  `\\b(?:lad|man|woman|girl|boy|bloke|guy|fella|one|kid|chap)\\s+(?:they|everyone|people|the\\s+others)\\s+(?:all\\s+)?call(?:ed)?\\s+(${NAME_PART})\\b`,
  "gu",
);
// "Kauvaka Sialm is our foreman", "Hrjehor is a decent manager": a name said to hold a post.
const IS_OUR_POST = new RegExp(
  `(?:^|[.;:!?"“,]\\s+|\\n|^["“])(${NAME_PART}(?:\\s+${NAME_PART})?)\\s+is\\s+(?:our|their|the|his|her|my|a|an)\\s+(?:(?:new|head|senior|good|decent|great|nice|lovely|fair|proper|strict)\\s+)?(?:${cueAlternation(pii.roleCues)}|foreman|forewoman|gaffer|boss|chargehand|supervisor)\\b`,
  "gu",
);
// "Is Lalremruata the one who worked nights there?"
const WAS_IT_WHOM = new RegExp(
  `(?:^|["“]|[.!?]\\s+)(?:Was|Is)\\s+(?:(?:it|that)\\s+(${NAME_PART})\\s*\\?|(${NAME_PART})\\s+the\\s+one\\b)`,
  "gu",
);
// "Anzel said Ruskell had been …", "said Fenwicke should lose his business": whom a report is about.
const SAID_OF = new RegExp(
  `\\b(?:said|says|thought|thinks|believed|believes|felt|feels)\\s+(${NAME_PART})\\s+(?:had|has|was|is|would|could|should)\\s`,
  "gu",
);
// "Contact Kavinila at Riverstep Trust", "book with Ingoe in the Coquetdale Room": whom to ask, and where.
const CONTACT_AT = new RegExp(
  `(?:^|[.;:]\\s+)(?:[Cc]ontact|[Aa]sk|[Ss]peak\\s+to|[Bb]ook\\s+with)\\s+(${NAME_PART})\\s+(?:at|in)\\s+(?:the\\s+)?\\p{Lu}`,
  "gu",
);
// "… per Ulle.": whose account a note passes on, at the end of its sentence; "ask for Benedykt or the duty coach":
// whom a caller should ask for.
const PER_NAME = new RegExp(
  `\\b(?:per|[Aa]sk(?:ed|ing)?\\s+for|[Aa]sk)\\s+(${NAME_PART})(?=\\s*(?:[.;)]|$)|\\s+or\\s+(?:the|a|an|any)\\b)`,
  "gu",
);
// "Lotta will call Ms Calgarth again", "Ugo to speak to the minister": a sentence's subject given a contact to make.
const WILL_CONTACT = new RegExp(
  `(?:^|[.;:!?]["”]?\\s+|["“])(${NAME_PART})\\s+(?:will|to|is\\s+to|agreed\\s+to)\\s+(?:call|ring|phone|visit|meet|contact|write\\s+to|speak\\s+to|see|send|check|chase|update|book|arrange|text|e-?mail)\\b`,
  "gu",
);
// "Reet on reception logged that …": a member of staff at their post, then what they did.
const AT_POST = new RegExp(
  `(?:^|[.;:]\\s+|\\n)(${NAME_PART})\\s+on\\s+(?:reception|the\\s+(?:desk|door|gate|till|front\\s+desk|night\\s+shift)|nights|duty)\\s+(?=\\p{Ll}+ed\\b|said\\b|saw\\b|told\\b|rang\\b)`,
  "gu",
);
// "rescued one male from room 7 (Juozas Paliulis)", "a resident in room 11 (Veikko Sorsa)": an occupant's name in
// brackets after the room or the person.
const OCCUPANT_IN_BRACKETS = new RegExp(
  `\\b(?:(?:[Rr]oom|[Bb]ed|[Cc]ell|[Ff]lat|[Bb]ay)\\s+\\d{1,3}|male|female|resident|patient|tenant|occupant)\\s+\\((${NAME_PART}(?:\\s+${NAME_PART}){0,2})\\)`,
  "gu",
);
const hasSelfNaming = containsAny(["I am ", "I'm ", "I’m ", "name is "]);
// "Neighbour statement (Lehel Voros), page 1", "Care coordinator notes (Yatzil Brew):": whose record it is.
const RECORD_OWNER_IN_BRACKETS = new RegExp(
  `\\b(?:[Ss]tatement|[Nn]otes?|[Aa]ccount|[Ll]og|[Rr]eport|[Ii]nterview|[Ee]-?mail|[Ll]etter|[Dd]iary|[Ss]ummary|[Rr]ecord|[Mm]essage|[Uu]pdate)\\s+\\((${NAME_PART}(?:\\s+${NAME_PART}){0,2})(?:,[^()\\n]{2,40})?\\)`,
  "gu",
);
// 'Text from mentor, 09:03: You ok? … Ring me. Hewa': a text's sender signing its last words.
const TEXT_SIGNED_AT_END = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(?:(?:[Tt]ext|[Mm]essage|SMS|WhatsApp|[Vv]oicemail)\\b[^:\\n]{0,50}:|['‘"“])[^\\n]*[.!?][^\\S\\n]+(${NAME_PART})['’"”]?[^\\S\\n]*(?=\\n|$)`,
  "gu",
);
// '"… before Thursday? - OS"', '"Kalju, worth a call?" VM.': a note's or a message's writer by their initials.
const INITIALS_SIGNING_QUOTE =
  /(?:[-–—][^\S\n]*(\p{Lu}{2,3})[^\S\n]*["”]|["”][^\S\n]+(\p{Lu}{2,3})\.?|[.!?][^\S\n]+(\p{Lu}{2,3})['’"”])[^\S\n]*(?=\n|$)/gu;
// 'the handle "Lanternfish"', 'account "Lanternfish" banned': a screen name, and the same name quoted again nearby.
const HANDLE_QUOTED =
  /\b(?:[Hh]andle|[Aa]ccount|[Uu]ser\s?name|[Ss]creen\s+names?|[Gg]amer\s?tag|[Pp]rofile)[^\S\n]*:?[^\S\n]+["“](\p{Lu}[\p{L}'’-]{2,})["”]/gu;
// "Visitor book, 2 May: Daiva Thorsrud in 10:15", "Room 9, Puncheon, out 18:10": who signed in or out, and when.
const SIGNED_IN_AT = new RegExp(
  `(?:^|[:;,][^\\S\\n]*)(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?),?[^\\S\\n]+(?:in|out)[^\\S\\n]+\\d{1,2}[:.]\\d{2}\\b`,
  "gu",
);
// "Log continued by Cenarth (care assistant)", "Prees (door)" is not enough: a role's word in the brackets.
const NAME_BEFORE_ROLE_IN_BRACKETS = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(?<!(?:\\p{Lu}[\\p{Ll}'’.-][\\p{L}'’.-]*|\\b\\p{Lu}|\\bHM[A-Z]*|\\bYOI|\\b[Tt]he|\\b[Aa]n?)[^\\S\\n])(${NAME_PART})[^\\S\\n]+\\((?:[a-z-]+[^\\S\\n]+){0,2}(?:${cueAlternation(pii.roleCues)})\\)`,
  "gu",
);
// "POM notes, Akamu Kanaloa: first meeting", "Countersigned Turid Petersen, SPO": whose record, who signed it.
const RECORD_OWNER_AFTER_COMMA = new RegExp(
  `\\b(?:[Nn]otes|[Ll]og|[Ss]tatement|[Rr]eport|[Dd]iary)[^\\S\\n]*,[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){1,2}):`,
  "gu",
);
const SIGNED_NAME_ROLE = new RegExp(
  `\\b(?:[Cc]ounter)?[Ss]igned[^\\S\\n]+(${NAME_PART}[^\\S\\n]+${NAME_PART}),[^\\S\\n]+(?:[A-Z]{2,4}\\d{0,2}|${cueAlternation(pii.roleCues)})\\b`,
  "gu",
);
// "CCTV review (Sisko, control room):": a name in brackets with where or what its holder works.
const NAME_AND_POST_IN_BRACKETS = new RegExp(
  `\\((${NAME_PART}),\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?(?:room|desk|office|team|unit|reception|ward|staff|control|${cueAlternation(pii.roleCues)})\\)`,
  "gu",
);
// "Heikki Ahonen and Mr Matchett": a pair of words no list knows, coordinated before a titled name.
const PAIR_AND_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NAME_PART}\\s+${NAME_PART})\\s+and\\s+$`, "u");
// "Snipe was his handle on two gaming forums": whatever a person goes by, said to be theirs.
const GOES_BY = new RegExp(
  `(?:^|[.;:]\\s+|\\n)["“'‘]?(${NAME_PART})["”'’]?\\s+(?:was|is)\\s+(?:(?:his|her|their)\\s+(?:handle|nickname|username|user\\s?name|call\\s+sign|gamer\\s?tag|tag|alias|street\\s+name)\\b|the\\s+name\\s+(?:that\\s+)?(?:he|she|they|the\\s+[\\p{L}\\d-]+(?:\\s+[\\p{Ll}\\d-]+)?)\\s+(?:used|uses|gave|goes\\s+by|went\\s+by)\\b)`,
  "gu",
);
// "isnt it, Larentu something", "Fermin somethin": a first name whose surname the writer did not know.
const NAME_SOMETHING = new RegExp(`(?<![\\p{L}'’-])(${NAME_PART})[^\\S\\n]+something(?=\\s*[.,;!?"”)]|\\s*$)`, "gu");
// "hope Gesuino is ok", "is Okke ok??": whom a message asks after.
const ASKED_AFTER = new RegExp(
  `\\b(?:[Hh]ope[^\\S\\n]+(${NAME_PART})[^\\S\\n]+is|(?:^|[^\\S\\n])[Ii]s[^\\S\\n]+(${NAME_PART}))[^\\S\\n]+(?:ok|okay|OK|alright|all[^\\S\\n]+right)\\b`,
  "gu",
);
// "Pihlakas is named in two other referrals": someone a record names.
const NAMED_IN_RECORDS = new RegExp(
  `(?:^|[.;:!?]\\s+|\\n)(${NAME_PART})\\s+(?:is|was)\\s+(?:also\\s+)?named\\s+(?:in|on)\\b`,
  "gu",
);
// "16/03 Gourvennec: arrears now 148.00": a dated log entry's writer.
const DATED_ENTRY_WRITER = new RegExp(
  `(?:^|\\n)\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?:[^\\S\\n]+\\d{1,2}[:.]\\d{2})?[^\\S\\n]+(${NAME_PART}):[^\\S\\n]+(?=\\p{Ll})`,
  "gu",
);
// "KNOCKHALL 5512 arrived 08:04", "23:52 SUNDON 4419: suspect detained", "ATTENDING OFFICER WINTLOW 4417", "LOG … -
// STOBS 4417 - SUSP …": an officer's surname in a log's capitals with their collar number, a town's or not.
const CAPITALS_COLLAR =
  /(?:^|[.;:]\s+|\n|\d{1,2}[:.]\d{2}[^\S\n]+|[-–][^\S\n]+)(\p{Lu}{3,}(?:-\p{Lu}{2,})?)[^\S\n]+\d{3,5}(?=[^\S\n]+(?:arrived|attended|took|detained|arrested|searched|spoke|found|saw|seized|noted|left|gave|radioed|stayed|was|is|ARRIVED|ATTENDED|DETAINED|ARRESTED|SEARCHED)\b|[^\S\n]*[:,]|[^\S\n]+[-–][^\S\n])|\b(?:OFFICERS?|PCSO|PC|DC|DS|PS|SGT|OIC)[^\S\n]+(\p{Lu}{3,}(?:-\p{Lu}{2,})?)[^\S\n]+\d{3,5}\b/gu;
// "| Rushett detained SI |": who detained or arrested someone, in a chronology's cell or a sentence; only an officer
// does, so a town's word too.
const DETAINED_WHOM = new RegExp(
  `(?:^|\\|[^\\S\\n]*|[.;][^\\S\\n]+|\\n)(${NAME_PART})[^\\S\\n]+(?:detained|arrested|handcuffed)[^\\S\\n]+(?:SI|V\\d|him|her|the\\s+(?:SI|suspect))\\b`,
  "gu",
);
// "Choduraa at number 31 is in hospital", "Hekau from caravan 4 got taken away": a neighbour by their home's number.
const AT_NUMBER = new RegExp(
  `(?:^|[.;:!?]\\s+|\\n|,\\s+|\\bthat['’]s\\s+)(${NAME_PART})\\s+(?:(?:at|from)\\s+number|(?:from|in)\\s+(?:caravan|flat|room|cell|bed|chalet|cabin))\\s+\\d`,
  "gu",
);
// "Reply: Inkill is ok, pellets in his leg": someone said to be all right.
const SAID_OK = new RegExp(
  `(?:^|[.:!?"“]\\s+|\\n)(${NAME_PART})\\s+is\\s+(?:ok|okay|OK|alright|all\\s+right|safe|in\\s+hospital|in\\s+custody|home\\s+and|back\\s+home)\\b`,
  "gu",
);
// "Tsilavina from Adult Social Care said …": someone from a body, saying or doing what a person does.
const FROM_BODY_SAID = new RegExp(
  `(?:^|[.;:!?]\\s+|\\n)(${NAME_PART})\\s+from\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’&-]*\\s+){1,4}(?:said|told|rang|called|confirmed|e-?mailed|wrote|explained|agreed|refused|visited)\\b`,
  "gu",
);
// "Police intelligence, 30/04/2025: RAZANAMPARANY ONY seen going into …": a log's surname and given name, both in
// capitals, opening its entry.
const CAPITALS_NAME_ENTRY =
  /(?:^|:[^\S\n]+)(\p{Lu}{4,}(?:-\p{Lu}{2,})?)[^\S\n]+(\p{Lu}{2,})(?=[^\S\n]+\p{Ll}|,|[^\S\n]*$)/gmu;
// "Prayers for Fatimet tonight", "Thoughts are with Aukan's family", "please pray for Salomea and Marcjanna": whom a
// community post wishes well.
const PRAYERS_FOR = new RegExp(
  `\\b(?:[Pp]rayers|[Tt]houghts|[Ll]ove|[Gg]et\\s+well\\s+soon|[Pp]ray)\\s+(?:are\\s+)?(?:with|for|to)\\s+(${NAME_PART})(?![\\p{L}'’-])(?:\\s+and\\s+(${NAME_PART})(?![\\p{L}'’-]))?`,
  "gu",
);
// "12/08/2024 | Youth team | Transition meeting | Kugerge Onchyko": a chronology row's last cell, its owner, by
// full name.
const ROW_OWNER_CELL = new RegExp(
  `^[^\\S\\n]*(?:\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|\\d{1,3})[^\\S\\n]*\\|(?:[^|\\n]*\\|){1,5}[^\\S\\n]*(${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){1,2})[^\\S\\n]*\\.?[^\\S\\n]*$`,
  "gmu",
);
// "The statement was read back to Tekaiara before signing", "Kaitara from reception posted that …".
const READ_BACK_TO = new RegExp(
  `\\bread\\s+(?:back\\s+|over\\s+)?to\\s+(${NAME_PART})(?=\\s+(?:before|after|and|at|on)\\b|\\s*[.,;])`,
  "gu",
);
const FROM_DESK = new RegExp(
  `(?:^|[.;:!?]\\s+|\\n)(${NAME_PART})\\s+from\\s+(?:the\\s+)?(?:reception|security|housekeeping|admin|maintenance|the\\s+office|front\\s+desk|(?:night|day|late|early)\\s+shift|kitchen|warehouse)\\s+(?:said|told|rang|called|posted|confirmed|e-?mailed|wrote|messaged|has|had)\\b`,
  "gu",
);
/** A person by what only a person says or has: naming themself, being thanked, a note's source, a post, a room. */
function namesInPersonalPhrases(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  const push = (value: string, from: number) => {
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  };
  const unknownWords = (value: string) =>
    value.split(SPACES).every((part) => unknownNameWord(part) && !looksLikeTown(part));
  // One word no list knows, or two name words one of which no list knows or the first a known first name.
  const personWords = (value: string) => {
    const parts = value.split(SPACES);
    return parts.length === 1
      ? unknownWords(value)
      : parts.every(isCueNameWord) &&
          (isKnownFirstName(parts[0]!) || parts.some((part) => unknownNameWord(part) && !looksLikeTown(part)));
  };
  for (const m of hasSelfNaming(text) ? allMatches(SELF_NAMED, text) : [])
    if (m[1]!.split(SPACES).every((part) => isCueNameWord(part) && nameNotWord(part)))
      push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of text.includes("egards") ||
  text.includes("hanks") ||
  text.includes("ours") ||
  text.includes("heers") ||
  text.includes("ishes")
    ? allMatches(SIGN_OFF_NAME, text)
    : [])
    if (personWords(m[1]!) || isKnownFirstName(m[1]!.split(SPACES)[0]!))
      push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  // "Note from Bob:": a first name that is also a word, as a note's writer.
  for (const m of allMatches(RECORD_BY, text))
    if (personWords(m[1]!) || (isKnownFirstName(m[1]!) && !MONTH_OR_DAY.test(m[1]!)))
      push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of allMatches(HURT_WHOM, text))
    if (unknownWords(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of text.includes("(") ? allMatches(PHONE_OWNER_IN_BRACKETS, text) : [])
    if (personWords(m[1]!) || isKnownFirstName(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of allMatches(MESSAGE_PARTY, text))
    if (unknownWords(m[1]!) || (isKnownFirstName(m[1]!) && !COMMON_WORD_NAMES.has(m[1]!)))
      push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  // Not "wrote to Stacksure": a firm's name made of words.
  for (const m of text.includes(" to ") ? allMatches(WROTE_TO, text) : [])
    if (unknownWords(m[1]!) && !MONTH_OR_DAY.test(m[1]!) && !isEnglishCompound(m[1]!.toLowerCase()))
      push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of text.includes("call") ? allMatches(OTHERS_CALL, text) : [])
    if (isCueNameWord(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of allMatches(CAPITALS_SURNAME_GIVEN, text)) {
    const surname = m[1]!;
    const given = m[2]!;
    if (lookupAcronym(surname) || isEnglishWord(surname.toLowerCase()) || UK_PLACES.has(titleCase(surname))) continue;
    if (!(isKnownFirstName(given) || unknownWords(given))) continue;
    const from = (m.index ?? 0) + m[0].lastIndexOf(surname, m[0].length - given.length);
    push(text.slice(from, (m.index ?? 0) + m[0].length), from);
  }
  for (const m of text.includes(" to ") ? allMatches(RADIO_CALLER, text) : [])
    if (unknownWords(m[1]!) || isKnownFirstName(m[1]!))
      push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!, m[0].length - 4));
  for (const m of text.includes(" is ") ? allMatches(IS_OUR_POST, text) : [])
    if (personWords(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of text.includes(" call") ? allMatches(THEY_CALL, text) : [])
    if (isCueNameWord(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of text.includes(" what ") ? allMatches(IS_WHAT_THEY_CALL, text) : [])
    if (isCueNameWord(m[1]!) && !MONTH_OR_DAY.test(m[1]!))
      push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!, m[0].indexOf(" is ")));
  for (const m of text.includes("until") ? allMatches(UNTIL_CAME, text) : [])
    if (unknownWords(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of text.includes("?") ? allMatches(WAS_IT_WHOM, text) : []) {
    const value = (m[1] ?? m[2])!;
    if (unknownWords(value)) push(value, (m.index ?? 0) + m[0].lastIndexOf(value));
  }
  const signed = ENTRY_SIGNED_AT_END.exec(text);
  if (signed) {
    const value = signed[1]!;
    const from = (signed.index ?? 0) + signed[0].lastIndexOf(value);
    if (
      value === value.toUpperCase()
        ? !ROTA_CODES.has(value) && mayBeInitialsInContext(value)
        : unknownNameWord(value) && !UK_PLACES.has(value) && !MONTH_OR_DAY.test(value)
    )
      push(value, from);
  }
  for (const m of text.includes("cover") ? allMatches(COVERS_POST, text) : [])
    if (unknownNameWord(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of allMatches(SAID_OF, text))
    if (unknownWords(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!, 4));
  for (const m of allMatches(CONTACT_AT, text))
    if (unknownWords(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of allMatches(CAPITALS_COLLAR, text)) {
    const value = (m[1] ?? m[2])!;
    if (
      lookupAcronym(value) ||
      isEnglishWord(value.toLowerCase()) ||
      ROTA_CODES.has(value) ||
      MONTH_OR_DAY.test(titleCase(value))
    )
      continue;
    push(value, (m.index ?? 0) + m[0].lastIndexOf(value, m[0].length - 4));
  }
  for (const m of text.includes("detained") || text.includes("arrested") || text.includes("handcuffed")
    ? allMatches(DETAINED_WHOM, text)
    : []) {
    const value = m[1]!;
    if (
      !isEnglishWord(value.toLowerCase()) &&
      !lookupAcronym(value) &&
      !MONTH_OR_DAY.test(value) &&
      isCueNameWord(value)
    )
      push(value, (m.index ?? 0) + m[0].indexOf(value));
  }
  for (const m of /\b(?:number|caravan|flat|room|cell|bed|chalet|cabin) \d/.test(text)
    ? allMatches(AT_NUMBER, text)
    : [])
    if (unknownWords(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of text.includes(" from ") ? allMatches(FROM_BODY_SAID, text) : [])
    if (unknownWords(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of allMatches(CAPITALS_NAME_ENTRY, text)) {
    const [, surname, given] = m as unknown as [string, string, string];
    if ([surname, given].some((w) => lookupAcronym(w) || isEnglishWord(w.toLowerCase()) || UK_PLACES.has(titleCase(w))))
      continue;
    const from = (m.index ?? 0) + m[0].indexOf(surname);
    push(text.slice(from, (m.index ?? 0) + m[0].length), from);
  }
  for (const m of text.includes("|") ? allMatches(ROW_OWNER_CELL, text) : [])
    if (personWords(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of text.includes("read ") ? allMatches(READ_BACK_TO, text) : [])
    if (unknownWords(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of text.includes(" from ") ? allMatches(FROM_DESK, text) : [])
    if (unknownWords(m[1]!) || isKnownFirstName(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  const firstNameOrUnknown = (value: string) =>
    (unknownWords(value) || (isKnownFirstName(value) && !COMMON_WORD_NAMES.has(value))) && !MONTH_OR_DAY.test(value);
  for (const m of text.includes("something") ? allMatches(NAME_SOMETHING, text) : [])
    if (firstNameOrUnknown(m[1]!)) push(m[1]!, m.index ?? 0);
  for (const m of text.includes(" is ") ? allMatches(SAID_OK, text) : [])
    if (firstNameOrUnknown(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of allMatches(PRAYERS_FOR, text))
    for (const value of [m[1]!, m[2]])
      if (value !== undefined && firstNameOrUnknown(value)) push(value, (m.index ?? 0) + m[0].lastIndexOf(value));
  for (const m of allMatches(ASKED_AFTER, text)) {
    const value = (m[1] ?? m[2])!;
    if (firstNameOrUnknown(value)) push(value, (m.index ?? 0) + m[0].indexOf(value));
  }
  for (const m of text.includes("named") ? allMatches(NAMED_IN_RECORDS, text) : [])
    if (unknownWords(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of text.includes("/") ? allMatches(DATED_ENTRY_WRITER, text) : [])
    if (unknownWords(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of allMatches(THANKED_TO, text)) {
    const first = m[1]!;
    const second = m[2];
    // "Congratulations to Taffy Grasby and Rookhope ABC": each name on its own.
    if (personWords(first)) push(first, (m.index ?? 0) + m[0].indexOf(first));
    if (second !== undefined && personWords(second)) push(second, (m.index ?? 0) + m[0].lastIndexOf(second));
  }
  for (const m of text.includes("per ") || text.includes("sk") ? allMatches(PER_NAME, text) : [])
    if (unknownWords(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].length - m[1]!.length);
  for (const m of allMatches(WILL_CONTACT, text))
    if (unknownWords(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of text.includes(" on ") ? allMatches(AT_POST, text) : [])
    if (unknownWords(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of text.includes(" (") ? allMatches(OCCUPANT_IN_BRACKETS, text) : [])
    if (unknownWords(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of text.includes(" (") ? allMatches(RECORD_OWNER_IN_BRACKETS, text) : []) {
    const parts = m[1]!.split(SPACES);
    // One word alone must be one no list knows ("Job coach notes (Gunaratne, Castleside Works)").
    if (
      parts.length === 1
        ? unknownWords(parts[0]!)
        : parts.every(isCueNameWord) && parts.some((part) => unknownNameWord(part) && !looksLikeTown(part))
    )
      push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  }
  for (const m of allMatches(TEXT_SIGNED_AT_END, text)) {
    const value = m[1]!;
    if ((unknownWords(value) || isKnownFirstName(value)) && !COMMON_WORD_NAMES.has(value))
      push(value, (m.index ?? 0) + m[0].lastIndexOf(value));
  }
  for (const m of allMatches(INITIALS_SIGNING_QUOTE, text)) {
    const value = (m[1] ?? m[2] ?? m[3])!;
    if (!ROLE_CODE.test(value) && !CAPITALS_NOT_INITIALS.test(value) && !lookupAcronym(value))
      push(value, (m.index ?? 0) + m[0].lastIndexOf(value));
  }
  for (const m of text.includes('"') || text.includes("“") ? allMatches(HANDLE_QUOTED, text) : []) {
    const value = m[1]!;
    if (!isCueNameWord(value) || MONTH_OR_DAY.test(value)) continue;
    for (const again of allMatches(new RegExp(`["“]${escapeRegExp(value)}["”]`, "g"), text))
      push(value, (again.index ?? 0) + 1);
  }
  for (const m of text.includes(" in ") || text.includes(" out ") ? allMatches(SIGNED_IN_AT, text) : []) {
    const parts = m[1]!.split(SPACES);
    if (parts.every(isCueNameWord) && parts.some((part) => unknownNameWord(part) && !looksLikeTown(part)))
      push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  }
  for (const m of text.includes(" (") ? allMatches(NAME_BEFORE_ROLE_IN_BRACKETS, text) : [])
    if (holderWord(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, m.index ?? 0);
  for (const m of text.includes(", ")
    ? [...allMatches(RECORD_OWNER_AFTER_COMMA, text), ...allMatches(SIGNED_NAME_ROLE, text)]
    : []) {
    const parts = m[1]!.split(SPACES);
    if (parts.every(isCueNameWord) && parts.some((part) => unknownNameWord(part) && !looksLikeTown(part)))
      push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  }
  for (const m of text.includes(", ") ? allMatches(NAME_AND_POST_IN_BRACKETS, text) : [])
    if (unknownWords(m[1]!)) push(m[1]!, (m.index ?? 0) + 1);
  for (const titled of out.filter((c) => c.kind === "titled")) {
    const pair = PAIR_AND_BEFORE.exec(text.slice(Math.max(0, titled.from - 60), titled.from));
    if (pair && unknownWords(pair[1]!)) push(pair[1]!, titled.from - pair[0].length);
  }
  for (const m of text.includes(" his ") ||
  text.includes(" her ") ||
  text.includes(" their ") ||
  text.includes("the name")
    ? allMatches(GOES_BY, text)
    : [])
    if (isCueNameWord(m[1]!) && !MONTH_OR_DAY.test(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
}

/**
 * Person-name candidates: titled names, known first names with or without a surname, and names after relationship or
 * role cues.
 *
 * New passes go in functions of their own: V8 (Node 20) optimises no function of more than 61,440 bytes of bytecode,
 * and this one, at 61,400 in December 2026, ran a fifth slower when one more loop tipped it over (`node
 * --print-bytecode --print-bytecode-filter=findPersonNames` prints its length; 53,824 after two passes moved out;
 * `findPersonNames.bytecode.test.ts` fails past the limit).
 */
const SURNAME_AFTER_GIVEN = /^[^\S\n]+\p{Lu}\p{Ll}/u;
export function findPersonNames(block: TextBlock): NameCandidate[] {
  if (!mayNameSomeone(block)) return [];
  const { text } = block;
  const out: NameCandidate[] = [];
  const taken = (from: number, to: number) => out.some((c) => from < c.to && to > c.from);
  for (const m of allMatches(TITLED, text)) {
    const value = m[1]!;
    if (value.length === 1) continue;
    const parts = value.split(SPACES);
    // A role on the next line ends the name: "Dr Ottavio Roper\nConsultant Psychiatrist" signs a letter.
    const lines = value.split("\n");
    const roleOnNextLine = lines.length > 1 && ROLE_WORDS.has(lines[1]!.trim().split(SPACES)[0]!);
    const onFirstLine = roleOnNextLine ? lines[0]!.trim().split(SPACES).length : parts.length;
    // "SM Facebook", "SM Platforms": social media before a platform or a plural, not a station manager.
    if (FIRE_RANK_TITLED.test(m[0]) && (PLATFORMS.has(parts[0]!) || pluralOfNoun(parts[0]!))) continue;
    let keep = 0;
    // "Dr Amira Shah Mr Tom Price": the next title starts the next name.
    while (keep < onFirstLine && isNameWord(parts[keep]!) && (keep === 0 || !TITLES.has(parts[keep]!))) keep++;
    if (keep === 0) continue;
    // "He asked to see the Governor. Staff refused.": a dot after a title that is a whole word ends the sentence.
    // "Capt. Okonjo", "Brig. Okonjo": an abbreviation's dot ends no sentence.
    const dotted = WORD_TITLE_THEN_DOT.exec(m[0])?.[1];
    // "Owner: DS. Confirm the outcome": a rank in capitals takes no dot, so one before a word ends the sentence.
    // "DS. Smith to confirm", "PC. Brown": surnames that are words stay names.
    const capitalsEndingSentence =
      dotted !== undefined &&
      /^\p{Lu}+$/u.test(dotted) &&
      isEnglishWord(parts[0]!) &&
      !COMMON_WORD_NAMES.has(parts[0]!) &&
      !isKnownFirstName(parts[0]!) &&
      !COMMON_SURNAME_WORDS.has(parts[0]!);
    if (dotted && (dotted === "SO" || capitalsEndingSentence || isEnglishWord(dotted) || dotted.length > 4)) continue;
    // "Rank on discharge: Flt Lt. Name: Teleri Hennessy": a form's next label after an abbreviated title.
    if (TITLE_DOT_THEN_LABEL.test(m[0]) && text[(m.index ?? 0) + m[0].lastIndexOf(value) + parts[0]!.length] === ":")
      continue;
    // A building, place or body named after someone: "Sir Ralph Quenby House", "the Lady Orrell Hospital", "The Sir
    // Harcourt Tilbrook NHS Foundation Trust".
    const honour =
      HONOUR_TITLE.test(m[0]) || THE_BEFORE_TITLE.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index));
    const following =
      keep < parts.length
        ? parts.slice(keep, keep + 3)
        : (WORDS_AFTER.exec(text.slice(m.index! + m[0].length))?.[0] ?? "").trim().split(SPACES);
    const building =
      keep <= onFirstLine &&
      (keep < onFirstLine || keep === parts.length) &&
      following.some((after) => PLACE_WORDS.has(after) || NAMED_AFTER_WORDS.has(after)) &&
      !NUMBER_AFTER.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4));
    if (honour && building) continue;
    // Court titles that are also jobs take a name, not a word: "Sheriff Tucker", not "Sheriff Officers" or
    // "the Advocate Depute".
    // "Governor Adjudication": a word's ending on a word the list lacks.
    const wordShaped = WORD_ENDING.test(parts[0]!) && !isKnownFirstName(parts[0]!);
    // "Deputy Governor Field": a common surname that is a word stays a name after a title.
    if (
      WORD_TITLED.test(m[0]) &&
      (!noEnglishWord(parts.slice(0, 1)) || wordShaped) &&
      !COMMON_SURNAME_WORDS.has(parts[0]!)
    )
      continue;
    // "Coach Gunner", not "Coach Parking", "Coach Hire Direct" or "Coach Driver Training".
    if (JOB_TITLED.test(m[0]) && !noEnglishWord(parts.slice(0, keep))) {
      const only = parts[0]!;
      if (
        keep > 1 ||
        parts.length > 1 ||
        WORD_ENDING.test(only) ||
        ROLE_WORDS.has(only) ||
        ORGANISATION_WORDS.has(only) ||
        THING_AFTER_JOB_TITLED.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16))
      )
        continue;
    }
    const from = m.index ?? 0;
    const to = endOfWords(text, from + m[0].lastIndexOf(value), parts.slice(0, keep));
    out.push({ from, to, text: text.slice(from, to), kind: "titled" });
  }
  // Names someone takes, or is given with a qualifier, must not be English words ("called himself Muslim",
  // "known on the streets as Monkey Dust", "The drug, aka Spice").
  const namedAs = hasCue(text, pii.namingCues) ? allMatches(NAMED_AS, text) : [];
  const selfNamed = allMatches(NAMED_SELF, text);
  const aliases = new Set([
    ...selfNamed,
    ...allMatches(AKA, text),
    ...namedAs.filter((m) => QUALIFIED_NAMING.test(m[0])),
  ]);
  const cued = hasCue(text, pii.thirdPartyCues) ? allMatches(CUED, text) : [];
  for (const m of [...cued, ...namedAs.filter((m) => !aliases.has(m)), ...aliases]) {
    const value = m[1]!;
    // "Oldrich & Son Hand Car Wash": the son of a firm's name, not a relation before a name.
    if (FIRM_SON.test(m[0]) && FIRM_JOIN_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0)))
      continue;
    // 'The family's WhatsApp group was called "Fferm"', "a horse named Duchess", 'The café was known locally as
    // "Raddle's"': a thing's name, not a person's.
    if (
      CALLED_OR_NAMED.test(m[0]) &&
      (THING_NAMED_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0)) ||
        GROUP_CALLED_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0)))
    )
      continue;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    const words = value.split(SPACES);
    // The name ends at its first word that cannot be part of one ("Lily May Evans" → "Lily").
    let keep = 0;
    while (keep < words.length && isNameWord(words[keep]!)) keep++;
    // "called Mr K" is left to the titled pass; "her employer, Southside Homes" and "his landlord, Northgate
    // Housing" are organisations (an organisation word in the name or straight after it), "his mother, Ann
    // Court" is not.
    const organisation =
      words.slice(0, keep + 1).some((w) => ORGANISATION_WORDS.has(w)) && !isKnownFirstName(words[0]!);
    // "his mother, Person B": an anonymised label, not a name.
    // An English word in quotes is a nickname where a person is the one so known ('His cellmate, known on the wing
    // as "Biscuit"', 'Esposito was known on the wing as "Professor"'), not a thing ('The drug, known on the streets
    // as "Spice"').
    const knower = PERSON_KNOWN_AS.exec(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0));
    // 'calling himself "Snips"': a word someone gives themself in quotes is their nickname.
    const personNickname =
      (aliases.has(m) &&
        KNOWN_CUE.test(m[0]) &&
        QUOTE_BEFORE.test(text[from - 1] ?? "") &&
        knower !== null &&
        (knower[1] === undefined || knownOrForeignName(knower[1].split(SPACES)))) ||
      (selfNamed.includes(m) && QUOTE_BEFORE.test(text[from - 1] ?? ""));
    if (keep === 0 || (TITLES.has(words[0]!) && !personNickname) || KINSHIP_WORDS.has(words[0]!) || organisation)
      continue;
    // "The farm is called Tŷ'r Garnedd": a Welsh place's name.
    if (WELSH_PLACE_WORD.test(words[0]!)) continue;
    if (aliases.has(m) && (!(noEnglishWord(words.slice(0, keep)) || personNickname) || RELIGIONS.has(words[0]!)))
      continue;
    // "The programme, known on the unit as Kaizen": a name given where people work is a person's only after one.
    if (PLACE_OF_WORK_NAMING.test(m[0]) && !personNickname) continue;
    // "a son from a previous relationship, Tashi Magar, is nine"; not "…, Crossmere being where the boy lives".
    const to = endOfWords(text, from, words.slice(0, keep));
    if (RELATION_PHRASE.test(m[0]) && !NAME_CLOSED_AFTER.test(text.slice(to))) continue;
    // "a brindle XL bully type called Huntly": an animal's or a thing's name.
    if (ANIMAL_CALLED_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 7))) continue;
    // "My mother, Room 12": a room or a flat by its number, not a name.
    if (NUMBER_AFTER.test(text.slice(to, to + 3))) continue;
    // "Father: Lachie RINTOUL": a field's whole name, surname in capitals, is the list pass's.
    if (m[0].includes(":") && CAPS_SURNAME_AFTER.test(text.slice(to, to + 4))) continue;
    // "Mother: Unknown": a field's word of the language is no name, unless the field is what someone is known as.
    if (
      m[0].includes(":") &&
      !KNOWN_FIELD.test(m[0]) &&
      words.slice(0, keep).some((w) => isEnglishWord(w) && !isKnownFirstName(w))
    )
      continue;
    // "a dealer called Enoch's Stables": a firm named after its owner.
    if (POSSESSIVE_AFTER.test(text.slice(to, to + 3)) && firmAfterPossessive(text, to + 2)) continue;
    if (!taken(from, to)) out.push({ from, to, text: text.slice(from, to), kind: "cued" });
  }
  if (hasSubjectCue(text)) subjectNamed(text, out, taken);
  for (const m of hasStreetNameCue(text) ? allMatches(STREET_NAME, text) : []) {
    const value = m[1] ?? m[2]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of hasCue(text, pii.pluralRelationCues) ? allMatches(LIST_CUED, text) : []) {
    const list = m[1]!;
    const names = list.split(LIST_SEPARATOR);
    if (!names.every((name) => name.split(SPACES).every(isCueNameWord))) continue;
    // "Stewards Gold and Silver command": the levels of a command, not two stewards.
    if (COMMAND_AFTER.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12))) continue;
    // After a place phrase ("colleagues at Ilkay's Barbers, …") the list may go on with places ("colleagues from
    // Leeds, Bradford and Wakefield"): each must read as a person.
    const placed = PLACE_PHRASE_IN_CUE.test(m[0].slice(0, m[0].lastIndexOf(list)));
    if (placed && !names.every((name) => personLike(name.split(SPACES)) && !mayBeTown(name))) continue;
    // Carers and colleagues may be bodies or words ("the carers, Mencap and Dimensions"; "grandparents, Maternal and
    // Paternal"): each must read as a person.
    const nonKin = NON_KIN_PLURALS.test(m[0].slice(0, m[0].lastIndexOf(list)));
    const readsAsPerson = (name: string) => {
      const parts = name.split(SPACES);
      // "Seasonal pickers, Ukrainians and Nepalis,": nationalities, not names.
      if (NOT_NAMES.has(name.replace(/s$/, ""))) return false;
      return parts.length > 1 ? personLike(parts) : nameNotWord(name) && !mayBeTown(name);
    };
    // "The residents were Sikh and Muslim": faiths, not names.
    if (names.some((name) => RELIGIONS.has(name) || RELIGIONS.has(name.replace(/s$/, "")))) continue;
    // One word among people is a name too ("volunteers, Hero, Cronan and Ita"): all but one must read as a person.
    if (nonKin && names.filter(readsAsPerson).length < Math.max(2, names.length - 1)) continue;
    let at = (m.index ?? 0) + m[0].lastIndexOf(list);
    for (const name of names) {
      const from = text.indexOf(name, at);
      at = from + name.length;
      if (!taken(from, at)) out.push({ from, to: at, text: name, kind: "cued" });
    }
  }
  for (const m of hasCue(text, pii.kinshipTitles) ? allMatches(KIN_TITLED, text) : []) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (isCueNameWord(value) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of hasCue(text, pii.wardTitles) ? allMatches(WARD_TITLED, text) : []) {
    const value = m[1]!;
    const parts = value.split(SPACES);
    const from = (m.index ?? 0) + m[0].length - value.length;
    const wordLike = (part: string) =>
      !isKnownFirstName(part) && (COMMON_WORD_NAMES.has(part) || WORD_ENDING.test(part) || isEnglishWord(part));
    if (!parts.every(isCueNameWord) || parts.some(wordLike) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  if (hasCue(text, pii.roleCues)) roleCuedNames(text, out, taken);
  namesInPersonalPhrases(text, out, taken);
  // Two or three capitalised words that an age, a relation in brackets or a police identifier marks as a person.
  for (const m of mayBeAgedOrLabelled(text) ? [...allMatches(AGED, text), ...allMatches(LABELLED, text)] : []) {
    const { value, from } = trimLeading(m[0], m.index ?? 0);
    const parts = value.split(SPACES);
    if (parts.length < 2 || !parts.every(isCueNameWord)) continue;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  // "Option (1) is", "Room (4) was": only where one of them is a known first name or has a name's shape.
  const agedAll = text.includes("(") ? allMatches(AGED_SINGLE, text).filter((m) => isCueNameWord(m[1]!)) : [];
  // "The children, Star (8), Comet (6) and Rainbow (2)": after children or siblings, words too are their names.
  const children =
    agedAll.length > 0 &&
    CHILDREN_BEFORE.test(text.slice(Math.max(0, (agedAll[0]!.index ?? 0) - 40), agedAll[0]!.index));
  const aged = children ? agedAll : agedAll.filter((m) => !COMMON_WORD_NAMES.has(m[1]!));
  if (children || aged.some((m) => isKnownFirstName(m[1]!) || distinctShape(m[1]!)))
    for (const m of aged) {
      const value = m[1]!;
      const from = m.index ?? 0;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // Most blocks have no bracket, no "@" and no emoji: skip those patterns there.
  if (text.includes("("))
    for (const m of allMatches(LABELLED_SINGLE, text)) {
      const value = m[1]!;
      const from = m.index ?? 0;
      // "the Annexe (night worker)", "moved back to Bradford (near …)", "Housing Options (duty officer)": a thing, a
      // place or the end of an organisation's name, not a person.
      if (!isCueNameWord(value) || COMMON_WORD_NAMES.has(value)) continue;
      const before = text.slice(Math.max(0, from - 16), from);
      if (PLACE_OR_THING_BEFORE.test(before) || PLACE_PREPOSITION.test(before) || CAPITALISED_BEFORE.test(before))
        continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes("Dear") || text.includes("Hi") || text.includes("Hello"))
    for (const m of allMatches(SALUTATION, text)) {
      const value = m[2]!;
      // "Hi Team,", "Hello Sunshine,": a greeting's word must be a name's, where a letter's may be a surname's.
      if (m[1] !== undefined && !value.split(SPACES).every((w) => speakerWord(w) || isKnownFirstName(w))) continue;
      const from = (m.index ?? 0) + m[0].indexOf(value);
      for (const part of value.split(AND_SEPARATOR)) {
        const at = text.indexOf(part, from);
        const words = part.split(SPACES);
        // "Dear Coroner,", "Dear Carers,": a role or a group.
        const addressee = words.length > 1 || !(NOT_ADDRESSEES.has(part) || ROLE_WORDS.has(part.replace(PLURAL_S, "")));
        if (!addressee || !words.every(isCueNameWord) || taken(at, at + part.length)) continue;
        out.push({ from: at, to: at + part.length, text: part, kind: "cued" });
      }
    }
  if (text.includes(" from "))
    for (const m of allMatches(FROM_ORGANISATION, text)) {
      const end = m.index ?? 0;
      const value = NAME_BEFORE.exec(text.slice(Math.max(0, end - 40), end))?.[1];
      if (!value) continue;
      const from = end - value.length;
      if (!recordedBy(m[1]!) || !isCueNameWord(value) || COMMON_WORD_NAMES.has(value)) continue;
      const before = text.slice(Math.max(0, from - 20), from);
      if (PLACE_PREPOSITION.test(before) || CAPITALISED_BEFORE.test(before)) continue;
      // Opening a sentence, an unknown word is as often a noun ("Correspondence from the Probation Service arrived",
      // "Officers from the Police attended"); after a log's label ("Note of call: Ingeborg from …") it is the caller.
      const known = isKnownFirstName(value) || distinctShape(value);
      if (!known && (PLURAL_S.test(value) || (sentenceInitial(text, from) && !LABEL_BEFORE.test(before)))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // "Hayley at the domestic abuse service said": a known first name placed in a service, then a person's verb.
  for (const m of allMatches(FIRST_NAME_AT_SERVICE, text)) {
    const value = m[1]!;
    const from = m.index ?? 0;
    if (JOINED_BEFORE.test(text[from - 1] ?? "")) continue;
    if (!isKnownFirstName(value) || COMMON_WORD_NAMES.has(value)) continue;
    if (!(recordedBy(m[2]!) || LONE_SURNAME_VERBS.has(m[2]!))) continue;
    if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, from - 20), from))) continue;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  if (text.includes("@"))
    for (const m of allMatches(EMAILED, text)) {
      let { value, from } = trimLeading(m[1]!, m.index ?? 0);
      let parts = value.split(SPACES);
      const local = m[2]!.toLowerCase();
      // "Copy Kiri Tane (kiri.tane@…)": the name starts where the address does.
      while (parts.length > 2 && !local.startsWith(foldName(parts[0]!)[0]!.toLowerCase())) {
        from = text.indexOf(parts[1]!, from + parts[0]!.length);
        parts = parts.slice(1);
        value = text.slice(from, endOfWords(text, from, parts));
      }
      // The address must be made from the name ("(m.fifita@…)"), and the name must not be a team's ("Curfew Alerts").
      const surname = foldName(parts.at(-1)!).toLowerCase();
      if (parts.length < 2 || !parts.every(isCueNameWord) || !local.includes(surname)) continue;
      if (parts.some((part) => isMailboxTeamWord(part.toLowerCase()))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes("@"))
    for (const m of allMatches(NAME_MADE_ADDRESS, text)) {
      if (/[\p{L}\p{N}.+-]/u.test(text[(m.index ?? 0) - 1] ?? "")) continue;
      const parts = m[1]!.split(/[._-]/);
      if (parts.some((part) => isMailboxTeamWord(part.toLowerCase()))) continue;
      const initial = parts[0]!.length === 1;
      if (initial && parts.length !== 2) continue;
      const spelt = initial
        ? new RegExp(
            `(?<![\\p{L}\\p{N}'’-])${parts[0]!.toUpperCase()}\\p{Ll}+[^\\S\\n]+${escapeRegExp(titleCase(parts[1]!))}(?![\\p{L}\\p{N}'’-])`,
            "gu",
          )
        : new RegExp(`(?<![\\p{L}\\p{N}'’-])${parts.map(escapeRegExp).join("\\s+")}(?![\\p{L}\\p{N}'’-])`, "giu");
      for (const name of allMatches(spelt, text)) {
        const words = name[0].split(SPACES);
        const from = name.index ?? 0;
        const to = from + name[0].length;
        // "safer.neighbourhoods@… the Safer Neighbourhoods team": words, not a name; with an initial, the first name
        // must be no word ("m.hasp@… Merewyn Hasp", not "p.court@… Probation Court").
        if (!words.every((word) => NAME_WORD.test(word) && isCueNameWord(word))) continue;
        if (initial ? isEnglishWord(words[0]!.toLowerCase()) : !knownOrForeignName(words)) continue;
        if (!taken(from, to)) out.push({ from, to, text: name[0], kind: "cued" });
      }
    }
  if (HAS_MESSAGE_EMOJI.test(text))
    for (const m of allMatches(EMOJI_SPEAKER, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value);
      const parts = value.split(SPACES);
      if (!parts.every(isCueNameWord) || (parts.length === 1 && !nameNotWord(value))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (HAS_PICTOGRAPH.test(text))
    for (const m of allMatches(EMOJI_TURN, text)) {
      const [value, said] = [m[1]!, m[2]!];
      const from = (m.index ?? 0) + m[0].indexOf(value, m[0].search(HAS_PICTOGRAPH));
      if (!isCueNameWord(value) || COMMON_WORD_NAMES.has(value) || !TALKS_TO_SOMEONE.test(said)) continue;
      if (!nameNotWord(value)) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  for (const m of text.includes(" who ") ? allMatches(WHO_AGED, text) : []) {
    const value = m[1]!;
    const from = m.index ?? 0;
    const before = text.slice(Math.max(0, from - 20), from);
    // "Wendlemere Rovers, who is ten points clear": the end of a longer name; "Nacro, who is one of …" has no age.
    if (!isCueNameWord(value) || UK_PLACES.has(value) || CAPITALISED_BEFORE.test(before) || ANIMAL_BEFORE.test(before))
      continue;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  // "Juno and her sister were at the rank": one person and that person's relative.
  if (/ and (?:his|her|their) /.test(text))
    for (const m of allMatches(NAME_AND_OWN_KIN, text)) {
      const value = m[1]!;
      const from = m.index ?? 0;
      const before = text.slice(Math.max(0, from - 20), from);
      if (JOINED_BEFORE.test(text[from - 1] ?? "") || CAPITALISED_BEFORE.test(before) || DETERMINER_BEFORE.test(before))
        continue;
      // "Juno and her sister", "Mildryth Wadding and her son": the first word no English word, place or body.
      const words = value.split(SPACES);
      const first = words[0]!;
      if (isEnglishWord(first) || !words.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w))) continue;
      if (looksLikeTown(first) || words.some((w) => ORGANISATION_WORDS.has(w) || PLACE_WORDS.has(w))) continue;
      if (KINSHIP_WORDS.has(first) || lookupAcronym(first.toUpperCase())) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // "05/03: WS ✗ (signed Coriander)": whoever signs a register's entry, whatever word the name is.
  if (text.includes("(signed "))
    for (const m of allMatches(SIGNED_IN_BRACKETS, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value);
      if (!isCueNameWord(value) || !neitherPlaceNorBody(value) || ROLE_WORDS.has(value) || TITLES.has(value)) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // "W1 Camber and W2 Clutch": a witness's or a victim's identifier before the name the summary gives them.
  let witnessPair: boolean | undefined;
  if (IDENTIFIER_PAIR_CUE.test(text))
    for (const m of allMatches(IDENTIFIER_BEFORE_PAIR, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      const [first, last] = value.split(SPACES) as [string, string];
      if (!isCueNameWord(first) || !isCueNameWord(last) || !neitherPlaceNorBody(last) || ORGANISATION_WORDS.has(last))
        continue;
      // A town's shape is a postcode's street after W1 or V1 ("W1 Marylebone Lane"); after a member of staff's
      // identifier it is a first name unless a listed place ("PP1 Leddon Uthwick").
      const staffBefore = m[0][0] !== "W" && m[0][0] !== "V";
      const town = looksLikeTown(first) && (!staffBefore || UK_PLACES.has(first) || isEnglishWord(first.toLowerCase()));
      if (!(isKnownFirstName(first) || !isEnglishWord(first.toLowerCase())) || town) continue;
      if (ROLE_WORDS.has(first) || MESSAGE_HEADINGS.has(first) || TITLES.has(first)) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (IDENTIFIED_NAME_CUE.test(text))
    for (const m of allMatches(IDENTIFIED_NAME, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (!isCueNameWord(value) || !neitherPlaceNorBody(value) || ROLE_WORDS.has(value) || TITLES.has(value)) continue;
      if (MESSAGE_HEADINGS.has(value) || ORGANISATION_WORDS.has(value) || KINSHIP_WORDS.has(value)) continue;
      // "W2 Account of the incident", "London W2 Reception": one identifier before a word is a heading or a
      // postcode; two witnesses named side by side ("W1 Camber and W2 Clutch") are people, words or not.
      witnessPair ??= WITNESS_PAIR.test(text);
      if (isEnglishWord(value) && !witnessPair) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // "Message from Sabeen: …": who sent a message, before its text.
  if (text.includes(" from "))
    for (const m of allMatches(SENDER_BEFORE_TEXT, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (isEnglishWord(value) && !isKnownFirstName(value)) continue;
      if (!isCueNameWord(value) || !neitherPlaceNorBody(value) || looksLikeTown(value) || MESSAGE_HEADINGS.has(value))
        continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes("ove"))
    for (const m of allMatches(LOVE_FROM, text)) {
      let at = m.index ?? 0;
      for (const value of [m[1], m[2], m[3]]) {
        if (value === undefined) continue;
        const from = text.indexOf(value, at);
        at = from + value.length;
        if (KINSHIP_WORDS.has(value) || TITLES.has(value) || !isCueNameWord(value) || !neitherPlaceNorBody(value))
          continue;
        // "with love from Whitby", "Love from Sunny Spain": a place sends its love on a postcard.
        const next = CAPITALISED_AFTER.exec(text.slice(at, at + 30))?.[1];
        if (isKnownPlace(value) || looksLikeTown(value) || (next && (isKnownPlace(next) || looksLikeTown(next))))
          continue;
        if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
      }
    }
  // "Wynstan, whom everyone calls …": only a person is "whom".
  if (text.includes(", whom "))
    for (const m of allMatches(NAME_BEFORE_WHOM, text)) {
      const value = m[1]!;
      const from = m.index ?? 0;
      const before = text.slice(Math.max(0, from - 20), from);
      if (JOINED_BEFORE.test(text[from - 1] ?? "") || CAPITALISED_BEFORE.test(before) || DETERMINER_BEFORE.test(before))
        continue;
      if (!isCueNameWord(value) || !neitherPlaceNorBody(value) || looksLikeTown(value) || ORGANISATION_WORDS.has(value))
        continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes('"') || text.includes("“"))
    for (const m of allMatches(QUOTED_AS_PERSON, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (isEnglishWord(value) || isEnglishWord(value.toLowerCase()) || !isCueNameWord(value)) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes(":") && (text.includes('"') || text.includes("“")))
    for (const m of allMatches(QUOTED_TURN, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value);
      if (COMMON_WORD_NAMES.has(value) || isEnglishWord(value) || isEnglishWord(value.toLowerCase())) continue;
      if (QUOTED_LABEL_WORDS.has(value) || MESSAGE_HEADINGS.has(value)) continue;
      if (!isCueNameWord(value) || !neitherPlaceNorBody(value) || looksLikeTown(value) || ROLE_WORDS.has(value))
        continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes('"') || text.includes("”"))
    for (const m of allMatches(SIGNED_IN_QUOTE, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value, 1);
      if (COMMON_WORD_NAMES.has(value) || isEnglishWord(value)) continue;
      // After "Regards," or "Thanks," any name signs it ("Regards, Macsen"); otherwise a known first name must.
      // After "Regards," or "Thanks," or at the end of a text or a message ('A text read: "… come later. Tudora"').
      const signOff =
        SIGN_OFF_BEFORE.test(text.slice(Math.max(0, from - 16), from)) ||
        (MESSAGE_QUOTED_BEFORE.test(text.slice(Math.max(0, from - 160), from)) && !looksLikeTown(value));
      if (!isKnownFirstName(value) && !(signOff && isCueNameWord(value) && neitherPlaceNorBody(value))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // A message that opens with its sender: '"Kim here. Hung still cannot lift his arm"'.
  if (text.includes(" here"))
    for (const m of allMatches(SENDER_HERE, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      // "Bailiffs here!": a group at the door, not a sender.
      if (NOT_NICKNAMES.has(value) || NOT_SENDERS.has(value) || (value.endsWith("s") && !isKnownFirstName(value)))
        continue;
      if (!isKnownFirstName(value) && (isEnglishWord(value) || !isCueNameWord(value) || !neitherPlaceNorBody(value)))
        continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  namesInMinutesAndStatements(text, out, taken);
  if (text.includes("\n"))
    for (const m of allMatches(SIGNED, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      const to = from + value.length;
      const parts = value.split(SPACES);
      if (!parts.every(isCueNameWord) || parts.some((part) => ORGANISATION_WORDS.has(part)) || taken(from, to))
        continue;
      // Signed by a team or a body ("Heddlu Gwent", "Oxtide Foodbank", "Nightingale Ward") is no one.
      const firstNamed =
        parts.length > 1 &&
        isKnownFirstName(parts[0]!) &&
        !parts.some((part) => NAMED_AFTER_WORDS.has(part) || PLACE_WORDS.has(part) || UK_PLACES.has(part));
      if (!parts.every(nameNotWord) && !firstNamed) continue;
      out.push({ from, to, text: value, kind: "cued" });
    }
  if (text.includes(":"))
    for (const m of allMatches(LINE_TURN, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      const to = from + value.length;
      if (!isCueNameWord(value) || COMMON_WORD_NAMES.has(value) || !nameNotWord(value)) continue;
      // "Letter: Dear Mr …, I know …": a document's label before its salutation.
      if (DEAR_AFTER.test(text.slice(to + 1, to + 8))) continue;
      if (speakerLabelAt(text, from, to) && !taken(from, to)) out.push({ from, to, text: value, kind: "cued" });
    }
  for (const m of text.includes(",") ? allMatches(SYSTEM_ORDER, text) : []) {
    const [surname, given] = [m[1]!, m[2]!];
    const from = (m.index ?? 0) + m[0].indexOf(surname);
    const personField = PERSON_FIELD_BEFORE.test(text.slice(Math.max(0, from - 20), from));
    // The given name must be a known one, or written in title case in a person's field: "NOTE: ACTION, NONE" and
    // "LOCATION: LEEDS, Kirkstall" are not people.
    const knownGiven =
      isKnownFirstName(titleCase(given)) || (personField && given !== given.toUpperCase() && isCueNameWord(given));
    if (lookupAcronym(surname) || isCapitalisedWord(surname) || !knownGiven) continue;
    const to = (m.index ?? 0) + m[0].length;
    // "Attendance: KM, Vigdis Legard": initials, then a full name in the list, not "SURNAME, Given".
    if (surname.length < 3 && SURNAME_AFTER_GIVEN.test(text.slice(to, to + 24))) continue;
    if (!taken(from, to)) out.push({ from, to, text: text.slice(from, to), kind: "full" });
  }
  const nicknames = new Set<string>();
  for (const { nickname, named } of nicknamesGiven(text)) {
    if (taken(nickname.from, nickname.to)) continue;
    nicknames.add(nickname.text);
    out.push(nickname);
    // 'Dwayne (or "Tank" …)': whoever is given a nickname is a person, whatever the name lists say.
    if (named && !taken(named.from, named.to)) out.push(named);
  }
  for (const m of text.includes("-") ? allMatches(EAST_ASIAN_NAME, text) : []) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    if (!m[0].split(SPACES).every(isCueNameWord) || taken(from, to)) continue;
    if (PLACE_OR_THING_BEFORE.test(text.slice(Math.max(0, from - 12), from))) continue;
    out.push({ from, to, text: m[0], kind: "full" });
  }
  for (const m of allMatches(APPOSITIVE, text)) {
    const end = m.index ?? 0;
    const start = Math.max(0, end - 80);
    const before = NAMES_BEFORE.exec(text.slice(start, end));
    if (!before) {
      // A single name: "Ilinca, his daughter, told …", "… said Dorota, the landlord, had …".
      const single = NAME_BEFORE.exec(text.slice(start, end));
      if (!single) continue;
      const from = end - single[1]!.length;
      const word = single[1]!;
      if (
        !isCueNameWord(word) ||
        ADVERB_ENDING.test(word) ||
        PLACE_PREPOSITION.test(text.slice(Math.max(0, from - 12), from))
      )
        continue;
      const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 50);
      const closes = CLOSES_APPOSITIVE.test(rest);
      const initial = sentenceInitial(text, from, true);
      if (!isKnownFirstName(word) && initial && !closes) continue;
      // "Miracle, the SPO called it, …": a word that is also a name opens a sentence and the role has a verb of its own.
      if (initial && COMMON_WORD_NAMES.has(word) && !ROLE_ENDS.test(rest)) continue;
      if (!taken(from, end)) out.push({ from, to: end, text: word, kind: "cued" });
      continue;
    }
    let offset = start + (before.index ?? 0);
    let first = -1;
    for (const raw of [before[1], before[2]]) {
      if (!raw) continue;
      const at = text.indexOf(raw, offset);
      offset = at + raw.length;
      const { value, from } = trimLeading(raw, at);
      const parts = value.split(SPACES);
      if (parts.length < 2 || !parts.every(isNameWord)) continue;
      if (first < 0) first = from;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
    // "Torcuil and Raonaid Hepple, the victim's grandchildren": a first name before a full one shares its surname.
    const sibling =
      first > 0 && !before[2] ? GIVEN_NAME_AND_BEFORE.exec(text.slice(Math.max(0, first - 30), first)) : null;
    if (sibling && isNameWord(sibling[1]!) && !isEnglishWord(sibling[1]!)) {
      const from = first - sibling[0].length;
      if (!taken(from, from + sibling[1]!.length))
        out.push({ from, to: from + sibling[1]!.length, text: sibling[1]!, kind: "cued" });
    }
  }
  for (const { from, to } of attendanceListNames(
    text,
    // "Present: E. Mossforth (PP1), M. Oxtoby, PC Cotterill": an initial starts a name; "Tuesdays" is a day.
    (word) =>
      (NAME_WORD.test(word) && isCueNameWord(word) && !DAYS_OF_WEEK.test(word)) ||
      (INITIALS_ITEM.test(word) && initialsNotAcronym(word)) ||
      INITIAL_ITEM.test(word) ||
      // "Father: Lachie RINTOUL": a police summary's surname in capitals.
      (CAPS_NAME_ITEM.test(word) && !lookupAcronym(word) && isCueNameWord(titleCase(word))),
    fieldPerson,
    // A first name the lists know is found as one elsewhere ("Gypsy, Roma and Traveller" is a community's name here).
    // A lone word shaped like a town's name is a person there too ("Apologies: Deanna Strowger, Brayshaw").
    (word) => speakerWord(word) && !isKnownFirstName(word) && !ROLE_WORDS.has(word),
  )) {
    if (!taken(from, to)) out.push({ from, to, text: text.slice(from, to), kind: "cued" });
  }
  // The name columns of a pasted table ("SURNAME | FORENAME"): a cell there is a name, whatever word it is, unless
  // a place or a body.
  for (const { from, to, namePart } of nameColumnCells(text)) {
    const cell = text.slice(from, to);
    const words = cell.split(SPACES).map(titleCase);
    if (!words.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w)) || taken(from, to)) continue;
    // "OGRS | 45", "SPO | Police", "Self harm": codes, roles and words; a surname column may hold a word ("MARROW").
    if (
      cell.split(SPACES).some((w) => (!namePart && lookupAcronym(w)) || TITLES.has(w) || ROLE_WORDS.has(titleCase(w)))
    )
      continue;
    // "OGRS | 45": a code of three or four capitals, unless a surname column holds it; two capitals are initials.
    if (
      !namePart &&
      /^\p{Lu}{3,4}$/u.test(cell) &&
      !isKnownFirstName(words[0]!) &&
      !isListedSurname(censusForm(words[0]!))
    )
      continue;
    // A name column may hold a word ("Anonymous", "Self harm"); a surname or forename column holds names, one word
    // each; an interpreter's may hold the agency's ("Big Word").
    if (
      (!namePart || words.length > 1) &&
      words.every((w) => isEnglishWord(w) && !isKnownFirstName(w) && !isListedSurname(censusForm(w)))
    )
      continue;
    out.push({ from, to, text: text.slice(from, to), kind: "cued" });
  }
  // A row of a table pasted without its header: "Cuthred Peppercorn | Polygraph examiner | Probation".
  for (const { from, to } of cellsBesideRole(text, roleCell)) {
    const words = text.slice(from, to).split(SPACES);
    if (taken(from, to) || !words.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w) && !ROLE_WORDS.has(w)))
      continue;
    if (
      words.some(
        (w) =>
          ORGANISATION_WORDS.has(w) ||
          VENUE_WORDS.has(w) ||
          PLACE_WORDS.has(w) ||
          TITLES.has(w) ||
          lookupAcronym(w.toUpperCase()),
      )
    )
      continue;
    if (!isKnownFirstName(words[0]!) && words.every((w) => isEnglishWord(w) || mayBeTown(w))) continue;
    out.push({ from, to, text: text.slice(from, to), kind: "cued" });
  }
  if (NEE_WORDS.test(text))
    for (const m of allMatches(NEE, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (
        !value.split(SPACES).every((w) => isCueNameWord(w) && neitherPlaceNorBody(w)) ||
        taken(from, from + value.length)
      )
        continue;
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (FORMERLY_WORDS.test(text))
    for (const m of allMatches(FORMERLY, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      const parts = value.split(SPACES);
      // "formerly Glory Mabey", not "formerly Leeds Housing" or "formerly Ty Newydd": a known first name or a listed
      // surname no word or place shares.
      if (isEnglishWord(parts[1]!) || !parts.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w))) continue;
      if (!isKnownFirstName(parts[0]!) && !isListedSurname(censusForm(parts[1]!))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (BORN_IN_BRACKETS.test(text))
    for (const m of allMatches(NAME_BEFORE_BORN, text)) {
      let value = m[0].slice(0, m[0].lastIndexOf("(")).trimEnd();
      let from = m.index ?? 0;
      // "The child AWEN PENRY-AWBREY (born …)": words that open the sentence are no part of the name.
      while (value.includes(" ") && !isCueNameWord(titleCase(value.slice(0, value.indexOf(" "))))) {
        from += value.indexOf(" ") + 1;
        value = value.slice(value.indexOf(" ") + 1);
      }
      const words = value.split(SPACES).map(titleCase);
      if (JOINED_BEFORE.test(text[from - 1] ?? "") || words.some((w) => lookupAcronym(w.toUpperCase()))) continue;
      if (!words.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w)) || isEnglishWord(words.at(-1)!)) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // "a phone for Toffee (cell 3-14)": whoever has a cell or a room is a person.
  if (CELL_OR_ROOM.test(text))
    for (const m of allMatches(CELL_AFTER_NAME, text)) {
      const value = m[1]!;
      const from = m.index ?? 0;
      if (!isCueNameWord(value) || LABEL_LETTER_WORDS.has(value) || !neitherPlaceNorBody(value)) continue;
      const before = text.slice(Math.max(0, from - 20), from);
      // A word is a wing or a unit ("placed in Segregation (cell 4)") unless it is someone's: "a phone for Toffee".
      if ((isEnglishWord(value) || isEnglishCompound(value)) && !PERSON_TAKING_BEFORE.test(before)) continue;
      if (PLACE_PREPOSITION.test(before)) continue;
      if (CAPITALISED_BEFORE.test(before) || DETERMINER_BEFORE.test(before)) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // A note signed with a name or initials and the writer's role: "Plan: continue leave. JN (RMN)", "… Senan (CPN)".
  if (text.includes("("))
    for (const m of allMatches(SIGNED_WITH_ROLE, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value, 1);
      if (!STAFF_ROLES_SIGNED.has(m[2]!) && !ROLE_WORDS.has(titleCase(m[2]!))) continue;
      if (lookupAcronym(value) || TITLES.has(value) || LOG_ABBREVIATIONS.has(value)) continue;
      if (!neitherPlaceNorBody(value) || looksLikeTown(value)) continue;
      if (/\p{Ll}/u.test(value) && (isEnglishWord(value) || !isCueNameWord(value))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // A log's entries signed with their writer's initials: "01:30 Checks complete, all quiet. DF".
  if (LOG_ENTRY.test(text) || MESSAGE_HEAD.test(text))
    for (const m of allMatches(LOG_INITIALS, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (lookupAcronym(value) || isCapitalisedWord(value) || TITLES.has(value) || LOG_ABBREVIATIONS.has(value))
        continue;
      if (taken(from, from + value.length)) continue;
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  for (const m of hasCue(text, pii.companionCues) ? allMatches(COMPANION_CUED, text) : []) {
    const value = m[1]!;
    const parts = value.split(SPACES);
    if (!parts.every(isCueNameWord)) continue;
    // Post goes "c/o" a hostel or a charity as often as a friend: one word there is a person only if a known name.
    if (CARE_OF.test(m[0]) && parts.length === 1 && !isKnownFirstName(value)) continue;
    // "scared of Jurkus", not of a kind of people or thing in the plural ("Muslims", "Albanians", "Mondays").
    if (FEARED.test(m[0]) && parts.length === 1 && pluralOfKind(value)) continue;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (isMonthUse(text, from, from + parts[0]!.length)) continue;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of text.includes("hat") || text.includes("]") ? allMatches(CHAT_HEAD_SPEAKER, text) : []) {
    const value = m[1] ?? m[2]!;
    if (
      NOT_NAMES.has(value) ||
      NOT_CHAT_SPEAKERS.has(value) ||
      TITLES.has(value) ||
      ORGANISATION_WORDS.has(value) ||
      ROLE_WORDS.has(value)
    )
      continue;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of allMatches(GREETED, text)) {
    const value = m[1]!;
    if (!value.split(SPACES).every(isCueNameWord)) continue;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of text.includes(" of ") || text.includes(" on ") ? allMatches(HARMED_PERSON, text) : []) {
    const value = m[1]!;
    const parts = value.split(SPACES);
    if (!parts.every(isCueNameWord) || UK_PLACES.has(parts[0]!)) continue;
    // "the attack on Blackpool Tower": a thing's name ends in a word; a person's, unless it opens with a given name.
    if (isEnglishWord(parts.at(-1)!) && !isKnownFirstName(parts[0]!)) continue;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of allMatches(PAIR, text)) {
    // "When Kenan Aksoy arrived" → "Kenan Aksoy".
    const { value, from } = trimLeading(m[0], m.index ?? 0);
    const to = from + value.length;
    if (!value.includes(" ")) continue;
    const before = text.slice(Math.max(0, from - 12), from);
    // "Call sign Tango Four reported a fight": a steward's radio name, spelt in the phonetic alphabet.
    if (CALL_SIGN_BEFORE.test(before)) continue;
    if (WHO_AFTER.test(text.slice(to, to + 8))) {
      // "Tesco Dunsmere, who …", "Capita Orrelby, who …": a firm's branch in a town.
      const words = value.split(SPACES);
      if (DETERMINER_BEFORE.test(before) || !personLike(words) || branchOrClub(words)) continue;
    } else if (FROM_INSTITUTION_AFTER.test(text.slice(to, to + 60))) {
      // "Safer Streets from the council", "Travel Warrants from the prison" are schemes and things.
      if (DETERMINER_BEFORE.test(before) || !personLike(value.split(SPACES))) continue;
    } else {
      // Mid-sentence only, not after an article or preposition ("the Thinking Skills", "at Calder Valley").
      if (sentenceInitial(text, from, true) || PAIR_BEFORE.test(before)) continue;
      const verb = VERB_AFTER.exec(text.slice(to, to + 20))?.[1] ?? "";
      if (!PERSON_VERBS.has(verb)) continue;
    }
    const parts = value.split(SPACES);
    if (!parts.every(isCueNameWord) || parts.some(isWordNotFirstName) || ORGANISATION_WORDS.has(parts.at(-1)!))
      continue;
    if (!taken(from, to)) out.push({ from, to, text: value, kind: "cued" });
  }
  capitalisedNames(text, out, taken);
  for (const m of text.includes(" and ") && maySayPairArePeople(text) ? allMatches(PAIR_SAID_PEOPLE, text) : []) {
    const [first, second] = [m[1]!, m[2]!];
    if (![first, second].every((w) => isCueNameWord(w) && !KINSHIP_WORDS.has(w) && !TITLES.has(w))) continue;
    if (m[3] !== undefined && ![first, second].every((w) => neitherPlaceNorBody(w) && !isEnglishWord(w))) continue;
    const from = m.index ?? 0;
    const secondFrom = from + m[0].indexOf(second, first.length);
    if (!taken(from, from + first.length)) out.push({ from, to: from + first.length, text: first, kind: "cued" });
    if (!taken(secondFrom, secondFrom + second.length))
      out.push({ from: secondFrom, to: secondFrom + second.length, text: second, kind: "cued" });
  }
  if (text.includes(" and ") && (text.includes(" both ") || text.includes(" each ") || text.includes(" all ")))
    for (const m of allMatches(LIST_ALL_DO, text)) {
      if (!LIST_DO_VERBS.has(m[2]!)) continue;
      const items: { from: number; value: string }[] = [];
      let at = m.index ?? 0;
      for (const value of m[1]!.split(LIST_ITEM_SEPARATOR)) {
        const from = text.indexOf(value, at);
        at = from + value.length;
        items.push({ from, value });
      }
      const words = (value: string) => value.split(SPACES);
      const titled = (value: string) => TITLES.has(words(value)[0]!.replace(/\.$/, ""));
      // An ordinary word is a name here only beside a member who is plainly a person: titled, or of two names.
      const person = items.some(({ value }) => titled(value) || words(value).length > 1);
      for (const { from, value } of items) {
        // "K. Sparrowhawk and DS Bellwether both attended": the initial's pass reads the whole name.
        if (titled(value) || INITIAL_BEFORE.test(text.slice(Math.max(0, from - 3), from))) continue;
        const parts = words(value);
        if (!parts.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w) && !KINSHIP_WORDS.has(w) && !TITLES.has(w)))
          continue;
        if (parts.length === 1 && isEnglishWord(value) && !person) continue;
        if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
      }
    }
  // Each pattern below starts at every capital letter: run it only where its fixed words occur.
  if (text.includes("s ") && (text.includes("'s") || text.includes("’s")))
    for (const m of allMatches(POSSESSOR_OF_PERSONAL, text)) {
      const value = m[1]!;
      const from = m.index ?? 0;
      if (taken(from, from + value.length) || isEnglishWord(value) || !isCueNameWord(value)) continue;
      if (!neitherPlaceNorBody(value) || looksLikeTown(value) || JOINED_BEFORE.test(text[from - 1] ?? "")) continue;
      const before = text.slice(Math.max(0, from - 20), from);
      if (DETERMINER_BEFORE.test(before)) continue;
      // "Vesta Linstock's 999 call": a first word no word, place or body knows belongs to the name.
      const first = CAPITALISED_BEFORE.test(before) ? WORD_BEFORE.exec(before) : null;
      if (CAPITALISED_BEFORE.test(before) && !(first && nameNotWord(first[1]!) && !mayBeTown(first[1]!))) continue;
      const start = first ? from - first[0].length : from;
      if (!taken(start, from + value.length))
        out.push({ from: start, to: from + value.length, text: text.slice(start, from + value.length), kind: "cued" });
    }
  // "Clutch's statement was taken", "Cradle's letter recommended": only a person gives a statement or keeps notes,
  // whatever word the name is. Not a report, which may be a public one named after its author.
  if (text.includes("'s ") || text.includes("’s "))
    for (const m of allMatches(RECORD_AFTER_POSSESSIVE, text)) {
      // Found from the record's noun back to its owner: the owner's pattern alone would try every position.
      const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0));
      if (!owner) continue;
      const value = owner[1]!;
      const from = (m.index ?? 0) - value.length;
      const before = text.slice(Math.max(0, from - 20), from);
      if (taken(from, from + value.length) || JOINED_BEFORE.test(text[from - 1] ?? "")) continue;
      // "Ms K. Tackle's notes": the initial's pass reads the whole name.
      if (CAPITALISED_BEFORE.test(before) || DETERMINER_BEFORE.test(before) || INITIAL_BEFORE.test(before.slice(-3)))
        continue;
      if (!isCueNameWord(value) || !neitherPlaceNorBody(value) || looksLikeTown(value) || MONTH_OR_DAY.test(value))
        continue;
      if (NOT_WORD_NAMES.has(value) || ORGANISATION_WORDS.has(value) || ROLE_WORDS.has(value) || TITLES.has(value))
        continue;
      if (KINSHIP_WORDS.has(value) || MESSAGE_HEADINGS.has(value) || lookupAcronym(value.toUpperCase())) continue;
      if (NOT_RECORD_OWNERS.has(value) || ING_ENDING.test(value)) continue;
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  for (const m of text.includes("'s ") || text.includes("’s ") ? allMatches(POSSESSOR_OF_KIN, text) : []) {
    const value = m[1]!;
    const from = m.index ?? 0;
    if (taken(from, from + value.length) || isEnglishWord(value) || KINSHIP_WORDS.has(value) || !isCueNameWord(value))
      continue;
    if (ORGANISATION_NAMES.has(value) || UK_PLACES.has(value) || /shire$/.test(value) || PRISONS.has(value)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  loneSurnames(text, out, taken);
  surnamesAfterInitialsAndKin(text, out, taken);
  for (const m of allMatches(CAPS_RUN, text)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    if (taken(from, to) || !capsNameAt(text, from, to, m[0])) continue;
    out.push({ from, to, text: m[0], kind: m[0].includes(" ") ? "full" : "first" });
  }
  for (const m of allMatches(SHAPED_NAME, text)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const parts = m[0].split(SPACES);
    if (taken(from, to) || !parts.every(isCueNameWord)) continue;
    if (!parts.slice(1).some(distinctShape) && !givenBeforeTownSurname(parts, text, to)) continue;
    // "grew up outside Nowy Sącz", "a Renault Mégane", "Zielona Góra Road".
    if (PLACE_OR_THING_BEFORE.test(text.slice(Math.max(0, from - 12), from))) continue;
    // "Bramwith Pétanque Club": a place's or a body's name, its word after.
    const next = (capitalisedWordAfter(text, to) ?? "").replace(POSSESSIVE, "");
    if (PLACE_WORDS.has(next) || ORGANISATION_WORDS.has(next)) continue;
    out.push({ from, to, text: m[0], kind: "full" });
  }
  // "Ionela Popescu and Dovydas Petrauskas": a capitalised pair coordinated straight after a name found above is
  // another name (the loop reaches the names it adds, so "A B, C D and E F" is read through).
  for (let i = 0; i < out.length; i++) {
    const { to: after } = out[i]!;
    const m = COORDINATED.exec(text.slice(after, after + 80));
    if (!m) continue;
    const value = m[1]!;
    // The surname may be a word ("Dovydas Brown"); the first word may not ("Sky News").
    const parts = value.split(SPACES);
    if (!parts.every(isCueNameWord) || isWordNotFirstName(parts[0]!) || PRISONS.has(value)) continue;
    // "Damilola Thirkettle, Course Tutor, Bosworth College", "Tapio Ferrybridge, Fire Investigation": a post or a
    // team after the name, not a second person.
    if (parts.length > 1 && parts.every((w) => isEnglishWord(w.toLowerCase()) && !isKnownFirstName(w))) continue;
    if (
      parts.length > 1 &&
      ROLE_WORDS.has(parts.at(-1)!) &&
      isEnglishWord(parts[0]!.toLowerCase()) &&
      !isKnownFirstName(parts[0]!)
    )
      continue;
    const from = after + m[0].indexOf(value);
    const to = from + value.length;
    if (!taken(from, to)) out.push({ from, to, text: value, kind: "cued" });
  }
  for (const candidate of lowerCaseNames(text)) if (!taken(candidate.from, candidate.to)) out.push(candidate);
  if (out.length === 0) return out;
  joinParticles(text, out);
  // An animal's name is no person's, here or where it comes again ("the ram, Gerald, … Gerald had been shot").
  const animals = new Set(out.filter((c) => animalNameAt(text, c.from, c.to)).map((c) => c.text));
  if (animals.size > 0) out.splice(0, out.length, ...out.filter((c) => !animals.has(c.text)));
  if (text.includes(", ")) namesBeforeNicknames(text, out, taken);
  addLaterMentions(text, out, nicknames);
  if (animals.size > 0) out.splice(0, out.length, ...out.filter((c) => !animals.has(c.text)));
  const fixed = fixedPhraseSpans(text);
  const mentions = NAME_AS_WORD_CUE.test(text)
    ? [...allMatches(NAME_AS_WORD, text)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const)
    : [];
  const addresses = text.includes("@")
    ? [...allMatches(EMAIL_ADDRESS, text)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const)
    : [];
  const kept = out.filter(
    (c) =>
      !fixed.some(([a, b]) => a <= c.from && c.to <= b) &&
      // "Operation Dobbs", "Op Gilbey", "Storm Ciara", "Project Hope": an operation's, a storm's or a project's name is
      // no one's.
      !OPERATION_BEFORE.test(text.slice(Math.max(0, c.from - 12), c.from)) &&
      // Not "a box of Dean's things": the owner of what is in it.
      !(
        CONTAINER_OF_BEFORE.test(text.slice(Math.max(0, c.from - 12), c.from)) &&
        !POSSESSIVE_AFTER.test(text.slice(c.to, c.to + 3))
      ) &&
      // "Kuba is the usual short form of Jakub": names talked about as names, not anyone's.
      !(mentions.length > 0 && mentions.some(([a, b]) => a <= c.from && c.to <= b)) &&
      // "Zahin.Talukder@…": the address is PII-009's; its words are no second mention of the name.
      !addresses.some(([a, b]) => a <= c.from && c.to <= b) &&
      !isHospitalWard(text, c) &&
      !definedAsWordAt(text, c.from, c.to) &&
      // "The sign-in sheet for April", "the rota for June": a record's month.
      !(
        MONTH_NAMES.test(c.text) &&
        (RECORD_FOR_BEFORE.test(text.slice(Math.max(0, c.from - 24), c.from)) ||
          ISSUE_OF_BEFORE.test(text.slice(Math.max(0, c.from - 16), c.from)))
      ) &&
      // "Prideaux & Nance, the vets": the second name of a firm.
      !(c.kind !== "titled" && !c.text.includes(" ") && firmPartnerAt(text, c.from)) &&
      !namesOrganisation(text, c),
  );
  // Two passes may find the same words ("Cambrook" as a titled man's surname again, and as one acting): one name.
  const unique = kept.filter((c, i) => !kept.some((o, j) => j < i && o.from === c.from && o.to === c.to));
  return sortByFrom(unique);
}

/**
 * Surnames after an initial ("K. Duckworth"), names said to be someone's relative ("Aled is her partner"), who
 * represents someone ("represented by Elowen Dewhurst") and families ("the Khodjaev family"). Kept out of
 * `findPersonNames`, whose size would otherwise keep V8 from optimising it.
 */
function surnamesAfterInitialsAndKin(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  for (const m of allMatches(INITIAL_SURNAME, text)) {
    const value = m[1]!;
    const from = m.index ?? 0;
    const to = from + m[0].length;
    // "Ward manager D. Mortar": after a role, an initial's surname may be any word.
    const titleBefore = TITLE_BEFORE_INITIAL.exec(text.slice(Math.max(0, from - 30), from));
    // "I. Folarin (interim SPO)": a role or an identifier in brackets after the name says who it is.
    const afterRole =
      titleBefore !== null ||
      ROLE_BEFORE_INITIAL.test(text.slice(Math.max(0, from - 40), from)) ||
      (ROLE_IN_BRACKETS_AFTER.test(text.slice(to, to + 30)) && !isEnglishWord(value)) ||
      initialNameSetOff(text, from, to) ||
      initialNameActs(text, from, to);
    if (taken(from, to) || !(neitherPlaceNorBody(value) || (afterRole && townOrFirmAfterInitial(value, text[from]!))))
      continue;
    // "served by G. Sutcombe": a surname no list has, but no word, town or acronym either. A town's shape after an
    // initial is a surname's ("A. Jaggerby") unless the town is listed or the letter is a compass point's ("N. Tyneside").
    const townSurname = UK_PLACES.has(value) || (TOWN_SHAPE.test(value) && "NSEW".includes(text[from]!));
    const unknownSurname =
      !isEnglishWord(value) &&
      !isEnglishWord(value.toLowerCase()) &&
      !townSurname &&
      isCueNameWord(value) &&
      !NOT_INITIAL_SURNAMES.has(value);
    if (!afterRole && ((!isListedSurname(censusForm(value)) && !unknownSurname) || isEnglishWord(value))) continue;
    // "J.K. Rowling" is read whole; "St. Helens" and "Pte. Dawes" are a place and a rank; "Plan B. Fothergill approved
    // it" ends a sentence with a label's letter.
    if (/[A-Z]\.\s?$/.test(text.slice(Math.max(0, from - 3), from)) || TITLES.has(text.slice(from, from + 1))) continue;
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, from - 30), from));
    let start = from;
    if (titleBefore) {
      // "DS O. Taper": a rank in capitals and its initial belong to the name.
      start = from - titleBefore[0].length;
    } else if (word && (isKnownFirstName(word[1]!) || TITLES.has(word[1]!))) {
      // "John K. Duckworth", "Mr K. Patel": the first name or title belongs to the name.
      start = from - word[0].length;
    } else if (word && LABEL_LETTER_WORDS.has(word[1]!)) {
      // "Plan B. Fothergill approved it": a label's letter ends a sentence, and the surname opens the next.
      start = to - value.length;
    }
    if (!taken(start, to)) out.push({ from: start, to, text: text.slice(start, to), kind: "cued" });
  }
  for (const m of allMatches(IS_KIN, text)) {
    const value = m[0];
    const from = m.index ?? 0;
    const to = from + value.length;
    if (taken(from, to) || JOINED_BEFORE.test(text[from - 1] ?? "") || !isCueNameWord(value)) continue;
    if (
      isEnglishWord(value) ||
      !neitherPlaceNorBody(value) ||
      CAPITALISED_BEFORE.test(text.slice(Math.max(0, from - 20), from))
    )
      continue;
    // A known first name or a listed surname: not "Kirklees is the partner authority", "Mamba was his best friend",
    // "Stepdad is the one", and no agency after "partner".
    if (!(isKnownFirstName(value) || isListedSurname(censusForm(value))) || /^Step/.test(value)) continue;
    if (PARTNER_BODY_AFTER.test(text.slice(to, to + 60))) continue;
    out.push({ from, to, text: value, kind: "cued" });
  }
  for (const m of allMatches(REPRESENTED_BY, text)) {
    const value = m[1]!;
    const [first, last] = value.split(SPACES) as [string, string];
    if (!(isKnownFirstName(first) || !isEnglishWord(first)) || isEnglishWord(last) || ORGANISATION_NAMES.has(first))
      continue;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of allMatches(FAMILY_NAME, text)) {
    // "the Khodjaev family": a surname, whatever its shape.
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].indexOf(value);
    if (!isCueNameWord(value) || COMMON_WORD_NAMES.has(value) || taken(from, from + value.length)) continue;
    if (familyBusinessAfter(text, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}

/**
 * A surname of the census list alone: not a word, a known first name (read above), or a place, firm or god that is
 * also a surname ("Durham said", "Greggs told him", "Allah told him", "Parkinson's disease"). Kept out of
 * `findPersonNames`, whose size would otherwise keep V8 from optimising it.
 */
function loneSurnames(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(LONE_SURNAME, text)) {
    const value = m[0];
    const from = m.index ?? 0;
    const to = from + value.length;
    if (taken(from, to) || JOINED_BEFORE.test(text[from - 1] ?? "")) continue;
    // "Nan rang the office", "Nan's mobile": a word for a relative, though the census lists it as a surname; "Imam's
    // e-mail": a title.
    if (KINSHIP_WORDS.has(value) || TITLES.has(value)) continue;
    // "Sīlis said": a word with letters English lacks, before a person's verb, is a name from another language.
    const foreign = !isAscii(value) && !isEnglishWord(foldName(value)) && isCueNameWord(value);
    if (!isListedSurname(censusForm(value)) && !unlistedSurnameAt(text, from, to) && !foreign) continue;
    // "HMP Wickersham sent no notes": a prison's name.
    if (from > 4 && text.charCodeAt(from - 1) === 32 && PRISON_PREFIX_BEFORE.test(text.slice(from - 10, from)))
      continue;
    // "K. Duckworth rang": the initial's pass reads the whole name.
    if (isKnownFirstName(value) || INITIAL_BEFORE.test(text.slice(Math.max(0, from - 3), from))) continue;
    const owner = m[2] !== undefined;
    if (!neitherPlaceNorBody(value)) continue;
    const aboutPerson = !owner && PERSON_PRONOUN_AFTER.test(text.slice(to, to + 80));
    // "McDonald's said", "Morrison's staff said": a shop's name before its verb, or a chain's before its staff.
    if (owner && (LONE_SURNAME_VERBS.has(m[2]!) || (CHAINS.has(censusForm(value)) && SHOP_STAFF.has(m[2]!)))) continue;
    // "Dray's is the coffee shop opposite": a shop's name, said to be a place.
    if (owner && (m[2] === "is" || m[2] === "was") && (m[3] === "the" || m[3] === "a")) continue;
    // A town owns things and has a past as often as a person does ("Keighley's market", "Keighley had a riot"): an
    // owner or an auxiliary's subject must not be shaped like one.
    // Only a person keeps notes and makes statements ("Illingworth's home-visit note"), unless a listed place does.
    const personsRecord = owner && !UK_PLACES.has(value) && STRONG_PERSON_AFTER.test(text.slice(to, to + 40));
    if ((m[1] !== undefined || owner) && TOWN_SHAPE.test(value) && !personsRecord) continue;
    // "Parkinson's disease", "Beck's cognitive triad", "Macpherson's report".
    if (owner && (EPONYM_NOUNS.has(m[2]!) || (m[3] !== undefined && EPONYM_NOUNS.has(m[3])))) continue;
    if (!owner && ITSELF_AFTER.test(text.slice(to, to + 80)) && !aboutPerson) continue;
    // "Caseworker's note": a role's record.
    if (ROLE_WORDS.has(value)) continue;
    // "Swayle's Waltzer was the biggest ride": a thing someone owns, named after them.
    if (OWNED_BY_NAME_BEFORE.test(text.slice(Math.max(0, from - 30), from))) continue;
    let start = from;
    const wordBefore = WORD_BEFORE.exec(text.slice(Math.max(0, from - 30), from));
    if (wordBefore) {
      const first = wordBefore[1]!;
      const firstFrom = from - wordBefore[0].length;
      if (isEnglishWord(first) || SENTENCE_ADVERBS.has(first) || NOT_NAMES.has(first)) {
        // "When Fothergill told", "Later Fothergill said": a word opening the sentence, not part of the name; inside
        // one, a capitalised word is part of a longer name ("the Old Fothergill said").
        if (TITLES.has(first) || !sentenceInitial(text, firstFrom, true)) continue;
      } else {
        // "Lowther Pemberton said": a first word that is no word, title, place or body either opens the name.
        if (TITLES.has(first) || !isCueNameWord(first) || !neitherPlaceNorBody(first)) continue;
        start = firstFrom;
      }
    }
    // A place or a thing ("at Hobbs's", "the Pemberton said"), the end of a longer name ("Coach Tedesco said"), or
    // a place's second name ("Hinckley and Bosworth said").
    const before = text.slice(Math.max(0, start - 24), start);
    if (start !== from ? CAPITALISED_BEFORE.test(before) : false) continue;
    // "Norquoy Croft has been worked": an unknown word before a place word names the place ("Stuart Croft said" does not).
    if (start !== from && PLACE_WORDS.has(value) && !isKnownFirstName(text.slice(start, from).trim())) continue;
    // "HMP Wreyford sent his release papers": a prison or a ship, named after its title.
    if (DETERMINER_BEFORE.test(before) || PLACE_PREPOSITION.test(before) || INSTITUTION_TITLE_BEFORE.test(before))
      continue;
    const andBefore = PLACE_AND_BEFORE.exec(before)?.[1];
    if (andBefore !== undefined && (mayBeTown(andBefore) || !neitherPlaceNorBody(andBefore))) continue;
    if (!taken(start, to)) out.push({ from: start, to, text: text.slice(start, to), kind: "cued" });
  }
}

/**
 * Names that minutes, statements, ranks and callings mark: "HM confirmed", "Witness statement of Mabyn Gowdie", "DC HC",
 * "Gittins senior", "call him Bronek". Kept out of `findPersonNames`, whose size would otherwise keep V8 from
 * optimising it.
 */
// A rota's or a sign-in sheet's slots hold people's initials: "Mon TS, Tue DR", "front door KC", "The on-call column
// shows KZ", "checked by HS". Two capitals only, and none that name a grade, a body or a service ("Mon OM, Tue SPO",
// "Sat NPS", "nights AP") nor a rota's own codes ("Thu WFH", "Sun RD").
const ROTA_CUE = /\b(?:[Rr]ota|[Oo]n-call|[Ss]ign-in|[Ss]igning-in|[Ss]ignin|[Cc]hart)\b/;
const ROTA_SLOT_INITIALS =
  /\b(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)|(?:front|side|back|fire)\s+door|floor|bar|gate|earlies|lates|nights|mornings|evenings|(?:rota|column|sheet|board|chart|book)\s+shows|(?:checked|signed\s+in|signed\s+out|booked\s+in|covered|relieved)\s+by)[:\s]+["“‘']?([A-Z]{2})\b(?![\w&-]|\s+\d)/g;
// And full names in its slots: "The rota shows Heena Sutterby on mornings and Velan Yoganathan on evenings".
const ROTA_SLOT_NAME = new RegExp(
  `((${NAME_PART})[^\\S\\n]+${NAME_PART})[^\\S\\n]+on[^\\S\\n]+(?:mornings|evenings|nights|days|lates|earlies|the[^\\S\\n]+(?:morning|evening|night|early|late|day)[^\\S\\n]+(?:shift|call|calls|round|rounds))\\b`,
  "gu",
);
// A rota's names before their days: "Harwood Lockey Mon/Tue, Lumsdon Wed".
const ROTA_DAY_WORD = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?";
const ROTA_NAME_BEFORE_DAY = new RegExp(
  `(?:^|[:;,][^\\S\\n]+)(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]+${ROTA_DAY_WORD}(?:[/-]${ROTA_DAY_WORD})?(?=[^\\S\\n]*(?:[,;.]|$))`,
  "gu",
);
// "The receptionists' initials were AG and VH", "Sign-in sheet initials: CR, EM, CO": a list said to be initials.
// "Entries signed AO, JM and TC": a list of initials signing.
const SAID_INITIALS =
  /\b(?:[Ii]nitials\b[^.:;\n]{0,30}?(?:\s(?:were|are)|:)|(?<=\()[Ii]nitials(?=\s+[A-Z]{2,3}\))|(?:[Ss]igned|[Ii]nitialled)(?:\s+by)?(?=\s+[A-Z]{2},\s))\s+((?:[A-Z]{2}(?:,\s+|,?\s+and\s+))*[A-Z]{2})\b(?![\w&/-])/g;
// 'Mr Lolkema's rota initials "HL"', 'The entry is signed "TM"': quoted capitals said to be someone's initials or mark.
const QUOTED_INITIALS =
  /\b(?:initials|initialled|(?:counter)?signed(?:\s+(?:off\s+)?(?:by|as))?)\s+((?:["“‘'][A-Z]{2,3}["”’'](?![\w&/-])(?:,?\s+(?:and\s+)?(?=["“‘']))?)+)/g;
const QUOTED_PAIR = /["“‘']([A-Z]{2,3})["”’']/g;
// '"… Spoke to both. TJ"': a quoted note signed off with its writer's initials.
const NOTE_SIGNED_OFF = /[.!?][^\S\n]+([A-Z]{2,3})["”’](?![\w&/-])/g;
// A rota's or a chart's own codes: leave, days off, and a medical chart's readings and doses.
const ROTA_CODES: ReadonlySet<string> = new Set(
  "AM PM AL SL BH RD SD XX NA NB OK ON BP HR RR PR OD BD ST TDS QDS PRN".split(" "),
);
function rotaInitials(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  if (text.includes("nitial") || text.includes("igned"))
    for (const m of allMatches(SAID_INITIALS, text)) {
      let at = (m.index ?? 0) + m[0].length - m[1]!.length;
      for (const value of m[1]!.split(/,?\s+and\s+|,\s+/)) {
        const from = text.indexOf(value, at);
        at = from + value.length;
        if (ROTA_CODES.has(value) || !mayBeInitialsInContext(value) || taken(from, at)) continue;
        out.push({ from, to: at, text: value, kind: "cued" });
      }
    }
  const signedOff = text.includes("initial") || text.includes("signed");
  const quotedNote = text.includes('"') || text.includes("”") || text.includes("’");
  const quoted: [number, string][] = [];
  for (const m of signedOff ? allMatches(QUOTED_INITIALS, text) : []) {
    const listFrom = (m.index ?? 0) + m[0].length - m[1]!.length;
    for (const q of allMatches(QUOTED_PAIR, m[1]!)) quoted.push([listFrom + (q.index ?? 0) + 1, q[1]!]);
  }
  for (const m of quotedNote ? allMatches(NOTE_SIGNED_OFF, text) : [])
    quoted.push([(m.index ?? 0) + m[0].length - m[1]!.length - 1, m[1]!]);
  for (const [from, value] of quoted) {
    if (ROTA_CODES.has(value) || !mayBeInitialsInContext(value) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  if (!ROTA_CUE.test(text)) return;
  for (const m of allMatches(ROTA_SLOT_INITIALS, text)) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (ROTA_CODES.has(value) || !mayBeInitialsInContext(value) || isCapitalisedWord(value)) continue;
    if (taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of allMatches(ROTA_NAME_BEFORE_DAY, text)) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].indexOf(value);
    const parts = value.split(SPACES);
    if (parts.some((part) => MONTH_OR_DAY.test(part) || !isCueNameWord(part))) continue;
    // Before a day, a word shaped like a town is someone's surname too ("Lumsdon Wed").
    if (!(isKnownFirstName(parts[0]!) || parts.some(unknownNameWord))) continue;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of allMatches(ROTA_SLOT_NAME, text)) {
    const [, value, first] = m as unknown as [string, string, string];
    const from = m.index ?? 0;
    if (!value.split(SPACES).every(isCueNameWord) || !unknownNameWord(first)) continue;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}

function namesInMinutesAndStatements(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  rotaInitials(text, out, taken);
  // Minutes name people by their initials: "HM confirmed", "Owner: ZK |", "AL (HR adviser, notes)", "notes by PR".
  if (TWO_CAPITALS.test(text))
    for (const m of allMatches(MINUTES_INITIALS, text)) {
      const value = m[1] ?? m[3] ?? m[4] ?? m[6] ?? m[7] ?? m[8] ?? m[9]!;
      if (m[5] !== undefined && !m[5].split(/[\s,]+/).some((w) => MEETING_PARTS.has(w) || ROLE_WORDS.has(titleCase(w))))
        continue;
      // "ES and LH agreed": both pairs of initials, each of them no acronym.
      const pair = m[2] === undefined ? [value] : [value, m[2]];
      if (!pair.every(initialsNotAcronym)) continue;
      let at = m.index ?? 0;
      for (const initials of pair) {
        const from = m[0].indexOf(initials, at - (m.index ?? 0)) + (m.index ?? 0);
        at = from + initials.length;
        if (!taken(from, at)) out.push({ from, to: at, text: initials, kind: "cued" });
      }
    }
  // "22:40 ML call from mother", "00:05 KP handover": a timed log's entry opened by its writer's initials.
  if (text.includes(":") && TWO_CAPITALS.test(text))
    for (const m of allMatches(TIMED_ENTRY_INITIALS, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (initialsNotAcronym(value) && !taken(from, from + 2))
        out.push({ from, to: from + 2, text: value, kind: "cued" });
    }
  if (TWO_CAPITALS.test(text))
    for (const m of allMatches(DATED_NOTE_INITIALS, text)) {
      const value = (m[1] ?? m[2])!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (initialsNotAcronym(value) && !LOG_CODES.has(value) && !taken(from, from + 2))
        out.push({ from, to: from + 2, text: value, kind: "cued" });
    }
  if (BRACKETED_TWO_CAPITALS.test(text))
    for (const m of allMatches(BRACKETED_LOG_INITIALS, text)) {
      const value = (m[1] ?? m[4])!;
      // "domestic abuse (DA)", "Welfare call (WC):", "Visit (UV):": an expansion's initials, or a kind of the entry
      // whose last letter is the entry's, not a signature.
      const from0 = m.index ?? 0;
      if (expandsWordsBefore(text.slice(Math.max(0, from0 - 60), from0 + m[0].lastIndexOf("(")), value)) continue;
      if (m[1] !== undefined && value[1] === m[0][0]!.toUpperCase()) continue;
      const from = (m.index ?? 0) + m[0].lastIndexOf(`(${value})`) + 1;
      // At an entry's end only in a timed log ("23:40 Lubo not back, police informed (AC)"), not "a flat (GF)".
      if (m[4] !== undefined && !TIMED_LINE.test(text.slice(text.lastIndexOf("\n", from) + 1, from))) continue;
      if (!initialsNotAcronym(value) || taken(from, from + 2)) continue;
      out.push({ from, to: from + 2, text: value, kind: "cued" });
    }
  // "Lectern, Rivet, Kinnersley and Yelland attended": a list of single names before attending or meeting.
  if (ATTENDED_WORDS.test(text))
    for (const m of allMatches(LIST_THEN_ATTENDED, text)) {
      let at = m.index ?? 0;
      const items = m[1]!.split(/,?\s+and\s+|,\s+/);
      // Bodies attend too ("Llamau, Gwalia and Cymorth attended"): one item must be a known name for the rest to be.
      // Words no list knows, none shaped like a town's, are names too ("Dobreva, Tsankova and Căpraru were moved to").
      if (
        !items.some((item) => isKnownFirstName(item) || isListedSurname(censusForm(item))) &&
        !items.every((item) => speakerWord(item) && !looksLikeTown(item))
      )
        continue;
      for (const item of items) {
        const from = text.indexOf(item, at);
        at = from + item.length;
        if (isEnglishWord(item) || !isCueNameWord(item) || !neitherPlaceNorBody(item)) continue;
        // "HMP Dunsmere, Reception and Healthcare attended": the end of a longer name.
        if (/[\p{Lu}][\p{L}]*\s+$/u.test(text.slice(Math.max(0, from - 12), from))) continue;
        if (!taken(from, from + item.length)) out.push({ from, to: from + item.length, text: item, kind: "cued" });
      }
    }
  // "Witness statement of Mabyn Gowdie": whoever gives a statement or an account is a person.
  if ((text.includes("tatement") || text.includes("ccount") || text.includes("vidence")) && STATEMENT_WORDS.test(text))
    for (const m of allMatches(STATEMENT_OF, text)) {
      const value = m[2]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      const parts = value.split(SPACES);
      // "Statement of Ype Swathe": a word of the language may be a surname after a given name that is none.
      if (
        !parts.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w) && !looksLikeTown(w)) ||
        isEnglishWord(parts[0]!) ||
        (parts.length === 1 && isEnglishWord(parts[0]!))
      )
        continue;
      // "evidence from Hemel Hempstead": after an account or evidence, a known first name or a listed surname.
      if (m[1] === undefined && !isKnownFirstName(parts[0]!) && !isListedSurname(censusForm(parts.at(-1)!))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes(":"))
    for (const m of allMatches(ROLE_LABELLED, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      const parts = value.split(SPACES);
      if (!parts.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w) && !UK_PLACES.has(w))) continue;
      // One word must be a known first name or surname ("Judge: Tarnbrook" may be a person, "Tutor: Moodle" a system,
      // "Caller: Careline" a service), not a word ("Consultant: Splint") or a place's shape.
      // "Mentor: Winterton.": a word only a town's ending makes a place is a surname after a person's role; systems and
      // services are not so shaped.
      if (
        parts.length === 1 &&
        (isEnglishWord(value.toLowerCase()) ||
          isEnglishWord(value) ||
          (mayBeTown(value) && !TOWN_SHAPE.test(value)) ||
          !(
            isKnownFirstName(value) ||
            isListedSurname(censusForm(value)) ||
            TOWN_SHAPE.test(value) ||
            (speakerWord(value) && PERSON_ONLY_ROLE_LABEL.test(m[0]))
          ))
      )
        continue;
      // "Contractor: Northern Rail": a first word of the language names a body.
      if (parts.length > 1 && !unknownNameWord(parts[0]!)) continue;
      if (ORGANISATION_WORDS.has(parts.at(-1)!) || FIRM_ENDINGS.has(parts.at(-1)!)) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes(" as "))
    for (const m of allMatches(NAMED_AS_ROLE, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value);
      const parts = value.split(SPACES);
      if (!parts.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w) && !UK_PLACES.has(w))) continue;
      // One word must be no English word ("names Hope as the carer" may be anything), or a known first name.
      if (parts.length === 1 && isEnglishWord(value.toLowerCase()) && !isKnownFirstName(value)) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  namesInListsAndThreads(text, out, taken);
  namesAfterJobNouns(text, out, taken);
  namesInSlashPairs(text, out, taken);
  namesPairedWith(text, out, taken);
  if (PERSON_PREDICATE_WORDS.test(text))
    for (const m of allMatches(WORD_NAME_SUBJECT, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (!isEnglishWord(value.toLowerCase()) || NOT_WORD_NAMES.has(value) || pluralOfAnyNoun(value)) continue;
      // "Repeatedly told the SI", "Licensing told him": an adverb in a note without its subject, or an activity.
      // Not "Lolly" or "Sally", whose stems are no words.
      const adverb = value.endsWith("ly") && isEnglishWord(value.slice(0, -2).toLowerCase());
      if (adverb || (value.length >= 7 && ABSTRACT_ENDING.test(value))) continue;
      if (!isCueNameWord(value) || !neitherPlaceNorBody(value) || ROLE_WORDS.has(value) || looksLikeTown(value))
        continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // "DC HC", "DS AB": a rank before someone's initials.
  if (TWO_CAPITALS.test(text))
    for (const m of allMatches(RANK_INITIALS, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (!initialsNotAcronym(value) || isEnglishWord(value.toLowerCase())) continue;
      if (CAPITALS_OR_TEAM_AFTER.test(text.slice(from + value.length, from + value.length + 12))) continue;
      const start = m.index ?? 0;
      if (!taken(start, from + value.length))
        out.push({ from: start, to: from + value.length, text: m[0], kind: "titled" });
    }
  // "Gittins senior told the tribunal": a surname with "senior" or "junior" is a person.
  if (SENIOR_OR_JUNIOR.test(text))
    for (const m of allMatches(SENIOR_JUNIOR, text)) {
      const value = m[1]!;
      const from = m.index ?? 0;
      if (
        !isCueNameWord(value) ||
        !neitherPlaceNorBody(value) ||
        isEnglishWord(value) ||
        taken(from, from + value.length)
      )
        continue;
      if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, from - 20), from))) continue;
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // "he asked me to call him Bronek", "everyone calls her Ermie": a name someone goes by, unquoted.
  if (text.includes("call"))
    for (const m of allMatches(CALLED_PLAIN, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      const byGroup = GROUP_CALLS_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index));
      if (!isCueNameWord(value) || !neitherPlaceNorBody(value) || NOT_CALLED_NAMES.has(value)) continue;
      if (isEnglishWord(value) && !(byGroup && nicknameItem(value))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  for (const m of text.includes("call") ? allMatches(CALLED_QUOTED, text) : []) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    // 'He called her "Worthless"' is an insult: a word is a pet name only for a child or a relative.
    const words = value.split(SPACES);
    const named = words.some((w) => nameNotWord(w) || isKnownFirstName(w));
    const byGroup = GROUP_CALLS_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index));
    if (!words.every(isCueNameWord) || (!named && !byGroup && !CHILD_OR_KIN_CALLED.test(m[0]))) continue;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}

/**
 * Names in lists, forms, contact lists, comment threads and messages: "1. Vesta Linstock – Flat 3", "D. Billhook, M. Awl",
 * "Witness: H. Ballast", "Dorotea – 07700 900781", "QA (MH):", 'called the SI "Pudding"'. Kept out of
 * `findPersonNames`, whose size would otherwise keep V8 from optimising it.
 */
function namesInListsAndThreads(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  // "Burn book, 2 August: G. Tankersley, Uvedale, Tredgold", "The buyers' ledger lists R. Rawle, Nurrow and Pellick":
  // a record's list with one entry by initial and surname; the others are surnames too.
  if ((text.includes(". ") && INITIAL_THEN_CAPITAL.test(text)) || text.includes(":") || text.includes(" list"))
    for (const m of allMatches(RECORD_NAME_LIST, text)) {
      const items = [...m[1]!.matchAll(RECORD_LIST_ITEM)];
      // "Stop list: Bellquist, Cadwarren.": without an entry by initial, every entry a word no list knows; 'Sign-in
      // sheet: Halcyra, "Mistral", "Patter"': or one such word among names in quotes, which may be words.
      const unknownWords =
        items.length >= 2 &&
        (items.every((item) => recordEntryName(item[2]!)) ||
          (items.some(quoted) &&
            items.some((item) => !quoted(item) && recordEntryName(item[2]!)) &&
            PEOPLE_RECORD.test(
              text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length - m[1]!.length),
            )));
      if (!unknownWords && !items.some((item) => item[1] !== undefined)) continue;
      const start = (m.index ?? 0) + m[0].length - m[1]!.length;
      for (const item of items) {
        const word = item[2]!;
        const nickname = unknownWords && quoted(item) && isCueNameWord(word) && !NOT_NAMES.has(word);
        if (!nickname && (item[1] !== undefined || isEnglishWord(word.toLowerCase()) || !isCueNameWord(word))) continue;
        // A town's shape is no matter among surnames ("Uvedale", "Iley"); a listed town is.
        if (!neitherPlaceNorBody(word) || UK_PLACES.has(word) || MONTH_NAMES.test(word)) continue;
        const from = start + (item.index ?? 0) + item[0].indexOf(word);
        if (!taken(from, from + word.length)) out.push({ from, to: from + word.length, text: word, kind: "cued" });
      }
    }
  // "The tuning rota lists Ebril on Tuesdays", "The job book names Norvell for the pedal pipes": one entry of a
  // record, a word no dictionary, place or body knows.
  if (hasListingVerb(text) && RECORD_WORD.test(text))
    for (const m of allMatches(RECORD_NAMES_ONE, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].length - value.length;
      if (recordEntryName(value) && !taken(from, from + value.length))
        out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // '"Haldwen Nimmock" signed the entry', 'quoted as "Tethra Jorvick"': a full name in quotes, of words no dictionary
  // has; not a title or a firm ("Nessaby Fuels", "Brayer Yard"), whose words are the language's.
  if (text.includes('"') || text.includes("“"))
    for (const m of allMatches(QUOTED_FULL_NAME, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + 1;
      const parts = value.split(SPACES);
      const last = parts.at(-1)!;
      if (!unknownNameWord(parts[0]!) || isEnglishWord(last.toLowerCase()) || !parts.every(isCueNameWord)) continue;
      if (!parts.every(neitherPlaceNorBody) || mayBeTown(last) || looksLikeTown(parts[0]!)) continue;
      if (
        FIRM_ENDINGS.has(last) ||
        ORGANISATION_WORDS.has(last) ||
        PLACE_OR_BODY_LAST.has(last) ||
        TITLES.has(parts[0]!)
      )
        continue;
      // '"Dydd Sul" means Sunday', '"Osla Ronaldson" is painted on the wheelhouse': words talked about, a boat's name.
      if (WORDS_OR_PAINTED_AFTER.test(text.slice(from + value.length + 1, from + value.length + 30))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "full" });
    }
  // An exported chat's turns, each after its time: "[14:02] Scrapper: where r u", "14:05 - Dasher: on my way". A
  // handle may be any word; a role, a heading or a body is a log's label ("[22:40] Staff: checked room").
  let chatCue: boolean | undefined;
  if (text.includes(":") && CHAT_TIME.test(text))
    for (const m of allMatches(TIMED_CHAT_TURN, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (
        !isCueNameWord(value) ||
        ROLE_WORDS.has(value) ||
        MESSAGE_HEADINGS.has(value) ||
        NOT_CHAT_SPEAKERS.has(value) ||
        KINSHIP_WORDS.has(value) ||
        ORGANISATION_WORDS.has(value) ||
        pluralOfNoun(value) ||
        !neitherPlaceNorBody(value) ||
        lookupAcronym(value.toUpperCase())
      )
        continue;
      // "[23:55] Kitchen: fire alarm activated": an ordinary word labels a log's turn unless the text is a chat's.
      // WhatsApp's own export dates each turn in its bracket ("[01:09, 20/05/2028] Brawn: …"): a chat's, whatever the word.
      const dated = m[0].includes(",");
      chatCue ??= CHAT_CUE.test(text);
      if (isEnglishWord(value) && !isKnownFirstName(value) && !dated && !chatCue) {
        const lineEnd = text.indexOf("\n", from);
        if (!TEXT_SPEAK_TURN.test(text.slice(from + value.length + 1, lineEnd < 0 ? text.length : lineEnd))) continue;
      }
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes("\n"))
    for (const m of allMatches(LIST_ITEM_NAME, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      const parts = value.split(SPACES);
      if (!parts.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w))) continue;
      // "1. Sertraline Hydrochloride – 100mg": a medicine and its dose.
      if (DOSE_AFTER.test(text.slice(from + value.length, from + value.length + 40))) continue;
      // "1. Kestrel House – Flat 3", "2. Housing Options – referral", "1. Sycamore Ward – discharged": a place or a
      // service. A known first name opens a person's name; otherwise neither word may be a word or a town.
      if (
        !isKnownFirstName(parts[0]!) &&
        parts.some(
          (w) => isEnglishWord(w.toLowerCase()) || looksLikeTown(w) || PLACE_WORDS.has(w) || ORGANISATION_WORDS.has(w),
        )
      )
        continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "full" });
    }
  if (INITIAL_DOT_CAPITAL.test(text)) {
    // Each group of items (a list, or a table's cells) counts only if one of its surnames is no word ("A. Yes, B. No"
    // and "| C. Suspended |" are answers and options); a word is a surname only if the census lists it.
    const listed = [...allMatches(INITIALS_LIST, text)].map((m) =>
      [...m[0].matchAll(new RegExp(INITIAL_NAME, "gu"))].map(
        (n) => [(m.index ?? 0) + (n.index ?? 0), n[0], n[1]!] as const,
      ),
    );
    const inCells = text.includes("|")
      ? [
          [...allMatches(INITIAL_IN_CELL, text)].map(
            (m) => [(m.index ?? 0) + m[0].indexOf(m[1]!), m[1]!, m[2]!] as const,
          ),
        ]
      : [];
    for (const group of [...listed, ...inCells]) {
      const surnameShaped = (surname: string) =>
        isCueNameWord(surname) &&
        neitherPlaceNorBody(surname) &&
        !LABEL_LETTER_WORDS.has(surname) &&
        !NOT_INITIAL_SURNAMES.has(surname);
      // Once one surname is no word, the rest of the list are people's too ("D. Billhook, M. Awl, K. Trug").
      const items = group.filter(([, , surname]) => surnameShaped(surname));
      if (!items.some(([, , surname]) => !isEnglishWord(surname.toLowerCase()))) continue;
      for (const [from, value] of items)
        if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  }
  if (text.includes("\n")) {
    const lines = [...allMatches(ROLE_LINE, text)];
    for (const m of lines) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value);
      const parts = value.split(SPACES);
      if (!parts.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w)) || parts.some((w) => ROLE_WORDS.has(w)))
        continue;
      // "Night – support worker", "Weekends – manager": a rota's times.
      if (parts.some((w) => ROTA_WORDS.test(w) || MONTH_OR_DAY.test(w))) continue;
      // Words are names only in a list of two or more ("Lofty – foreman\nHakon – bricklayer").
      if (lines.length < 2 && parts.some((w) => isEnglishWord(w.toLowerCase()) && !isKnownFirstName(w))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  }
  if (text.includes(" from ") && MESSAGE_FROM_WORDS.test(text))
    for (const m of allMatches(MESSAGE_FROM_TO, text)) {
      let at = m.index ?? 0;
      for (const value of [m[1]!, m[2]!]) {
        const from = text.indexOf(value, at);
        at = from + value.length;
        if (!isCueNameWord(value) || !neitherPlaceNorBody(value) || looksLikeTown(value)) continue;
        if (isEnglishWord(value.toLowerCase()) && !isKnownFirstName(value)) continue;
        if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
      }
    }
  if (text.includes(":") && PERSON_FIELD_WORDS.test(text))
    for (const m of allMatches(PERSON_FIELD, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      const words = value.split(SPACES).filter((w) => !/^[A-Z]\.?$/.test(w));
      if (words.length === 0 || !words.every((w) => isCueNameWord(titleCase(w)) && neitherPlaceNorBody(titleCase(w))))
        continue;
      if (words.some((w) => lookupAcronym(w) || ROLE_WORDS.has(titleCase(w)) || ACRONYM_OR_IDENTIFIER.test(w)))
        continue;
      // "Interpreter: Sign Language", "From: Border Force", "Judge: Lay Bench": a field that may hold a body or a
      // service holds a person only when the words read as one.
      if (BODY_OR_PERSON_FIELD.test(m[0]) && words.length > 1 && !personLike(words.map(titleCase))) continue;
      // "Witness: None", "Supervisor: Kirklees", "Caller: Careline": one word alone is a name only if it is a known first
      // name or the census's surname.
      if (
        value === words[0] &&
        !isKnownFirstName(titleCase(value)) &&
        (isEnglishWord(value.toLowerCase()) || !isListedSurname(censusForm(titleCase(value))) || looksLikeTown(value))
      )
        continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (PHONE_SHAPE.test(text))
    for (const m of allMatches(CONTACT_LINE, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value);
      const parts = value.split(SPACES);
      if (parts.some((w) => CONTACT_LABELS.has(w) || NOT_NICKNAMES.has(w) || ROLE_WORDS.has(w) || !isCueNameWord(w)))
        continue;
      if (!parts.every(neitherPlaceNorBody) || looksLikeTown(parts[0]!)) continue;
      // "Enquiries: 0300 …", "Refuge – 0808 …": a word is a contact's name only in a phone's contacts.
      const word = parts.some((w) => isEnglishWord(w.toLowerCase()) || isEnglishCompound(w.toLowerCase()));
      if (word && !parts.some(isKnownFirstName) && !PHONE_CONTACTS.test(text.slice(0, from))) continue;
      // Inside a line ("He rang two numbers: Kestrel 0113 …"), only a contact list's entries are contacts.
      const inLine = m[0][0] === ";" || m[0][0] === ":";
      if (inLine && !parts.some(isKnownFirstName) && !PHONE_CONTACTS.test(text.slice(0, from))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  for (const m of [
    ...(MESSAGE_TO_WORDS.test(text) ? allMatches(MESSAGE_TO_ON_DATE, text) : []),
    ...(text.includes(" from ") ? allMatches(LEARNT_FROM, text) : []),
  ]) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    if (isEnglishWord(value) || !isCueNameWord(value) || !neitherPlaceNorBody(value) || looksLikeTown(value)) continue;
    if (lookupAcronym(value.toUpperCase()) || MONTH_OR_DAY.test(value) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  if (PERSON_OBJECT_WORDS.test(text) || hasSpokenTo(text))
    for (const m of allMatches(PERSON_OBJECT, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (isEnglishWord(value) || !isCueNameWord(value) || !neitherPlaceNorBody(value) || looksLikeTown(value))
        continue;
      if (isCapitalisedWord(value.toUpperCase()) || lookupAcronym(value.toUpperCase()) || MONTH_OR_DAY.test(value))
        continue;
      // "met Kirkstall at the hub", "asked Connexions whether": a place or a service may be met or asked too.
      const pronounAfter = PRONOUN_AFTER.test(text.slice(from + value.length, from + value.length + 8));
      // "Ask Georgia whether", "Tell Chelsea that": an imperative's object is a person only before "she" or "he".
      const imperative = IMPERATIVE_OBJECT.test(m[0]);
      // One texts a person, not a body: "Pennar texted Dyfnallt to say".
      const texted = TEXTED_BEFORE.test(m[0]);
      // Nor does one speak to a place: "did not speak to Davyth before the recall".
      const spokenTo = SPOKEN_TO_BEFORE.test(m[0]) && !ORGANISATION_NAMES.has(value);
      if (
        !pronounAfter &&
        !texted &&
        !spokenTo &&
        (imperative || (!isKnownFirstName(value) && !isListedSurname(censusForm(value))))
      )
        continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // 'The SI was nicknamed "Tump" by the other catchers': a nickname, whoever gave it.
  for (const m of text.includes("nickname") || text.includes(" name") ? allMatches(NICKNAMED_QUOTED, text) : []) {
    // "the nickname Downpipe from July": unquoted, only a nickname said to be one.
    if (m[2] !== undefined && !m[0].includes("nickname")) continue;
    const value = m[1] ?? m[2]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    if (nicknameItem(value) && !NOT_NICKNAMES.has(value) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  if (/["“‘']/.test(text) && NICKNAME_CUE_WORDS.test(text))
    for (const m of allMatches(QUOTED_NICKNAME, text)) {
      const value = m[3]!;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (KINSHIP_WORDS.has(value) || TITLES.has(value) || NOT_NICKNAMES.has(value) || ROLE_WORDS.has(value)) continue;
      const before = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0);
      const word = isEnglishWord(value.toLowerCase());
      if (m[1] !== undefined) {
        // 'TRANSOM, Tiberiu – aka "Socket"': after a name, any nickname; after a drug or an operation ('Heroin – aka
        // "Brown"'), only one that is no word.
        const named = NAME_BEFORE_AKA.exec(before)?.[1];
        if (named === undefined) continue;
        const person =
          isKnownFirstName(named) || (!isEnglishWord(named.toLowerCase()) && isListedSurname(censusForm(named)));
        const namedAt = (m.index ?? 0) - before.length + before.lastIndexOf(named);
        if (word && !person && !taken(namedAt, namedAt + named.length)) continue;
      }
      // 'He called her "Worthless"' is an insult; what a group calls someone, or a nickname given, is a name, and so is
      // what someone calls a post's holder ('called the groundsman "Bails"').
      if (
        CALLED.test(m[0]) &&
        word &&
        !GROUP_BEFORE_CALLED.test(before) &&
        !GROUP_CALLS_BEFORE.test(before) &&
        !CALLED_THE_POST.test(m[0])
      )
        continue;
      // 'Friends called Yoke "Wasp"'; not 'He called Armley "Home"', 'called Tesco "Tescos"' or 'called Friday "Payday"'.
      const object = CALLED_OBJECT.exec(m[0])?.[1];
      const groupCalls = GROUP_BEFORE_CALLED.test(before);
      if (
        object !== undefined &&
        !calledPerson(object) &&
        !(groupCalls && neitherPlaceNorBody(object) && !looksLikeTown(object))
      )
        continue;
      if (PRISONS.has(value)) continue;
      const cue = before + m[0];
      if (m[2] !== undefined && (!PHONE_BEFORE.test(cue) || (word && !CONTACT_BEFORE.test(cue)))) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  let threadCue: boolean | undefined;
  if (commentInitialsMayBeIn(text))
    for (const m of allMatches(COMMENT_INITIALS, text)) {
      const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
      const from = (m.index ?? 0) + (m[2] !== undefined ? m[0].lastIndexOf(value) : m[0].search(/[A-Z]{2}/));
      // A date, a reviewer's label or a team beside them, or Word's marker, settles that capitals are someone's even
      // where they are also an abbreviation ("MH" is mental health elsewhere); never an acronym of the dictionary.
      const settled = m[3] === undefined || m[0].includes("(");
      if (LOG_CODES.has(value) || !(settled ? mayBeInitialsInContext(value) : initialsNotAcronym(value))) continue;
      // A bare "SN:" at a line's start, only in a comment thread.
      const after = (m.index ?? 0) + m[0].length;
      const turn = !settled && SENTENCE_TURN_AFTER.test(text.slice(after, after + 80));
      threadCue ??= THREAD_CUE.test(text);
      if (!settled && (NOT_LABEL_INITIALS.has(value) || !(threadCue || turn))) continue;
      if (isEnglishWord(value.toLowerCase())) continue;
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  namesByQuotesCallsAndFamilies(text, out, taken);
  if (text.includes("(")) nicknamesBesideTitled(text, out, taken);
  unknownPairsActing(text, out, taken);
  unknownNamesActing(text, out, taken);
  if (text.includes(" told ") || text.includes(" asked ")) wordsTellingPeople(text, out, taken);
  if (STRUCK_CUE.test(text)) peopleStruck(text, out, taken);
  if (mayDoWhatPeopleDo(text) || text.includes("'s ") || text.includes("’s ")) wordsDoingWhatPeopleDo(text, out, taken);
  peopleSeenOrSaidOf(text, out, taken);
  if (hasRecordAgentCue(text)) recordItemAgents(text, out, taken);
  if (text.includes("!") || text.includes("?")) wordsHailed(text, out, taken);
  if (hasJobBeforeName(text)) namesAfterJobs(text, out, taken);
  if (text.includes(" from ") || text.includes(" the ")) namesFromWorkplaces(text, out, taken);
  if (text.includes("|")) namesInSurnameFirstCells(text, out, taken);
  for (const m of text.includes(" DC ") || text.includes(" PC ") || text.includes(" DS ") || text.includes(" PS ")
    ? allMatches(NAME_RANK_NUMBER, text)
    : []) {
    const value = m[1]!;
    const from = m.index ?? 0;
    if (unknownNameWord(value) && !looksLikeTown(value) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  if (text.includes(" by ")) agentsOfParticiples(text, out, taken);
  if (text.includes(":") || text.includes(" to ")) namesInEntriesAndMessages(text, out, taken);
  if (HANDLED_OR_ASKED_CUE.test(text)) namesHandledOrAsked(text, out, taken);
  if (hasSignOffCue(text)) namesSigningOff(text, out, taken);
  if (text.includes("(Flat ") || text.includes("(flat ") || text.includes("(Room ") || text.includes("ction"))
    residentsAndActionOwners(text, out, taken);
  if (
    text.includes("(") ||
    text.includes('"') ||
    text.includes("“") ||
    text.includes(" name") ||
    text.includes("andover") ||
    text.includes("ontact ") ||
    text.includes(" - ")
  )
    entryAuthorsAndHolders(text, out, taken);
  if (text.includes(", ") || text.includes(" as ")) namesBeforePostsOrGiven(text, out, taken);
  if (ROLE_ACRONYM_CUE.test(text)) namesBesideRoleAcronyms(text, out, taken);
  if (INITIALS_CUE.test(text)) initialsAtWork(text, out, taken);
  if (text.includes(", ")) subjectsRenamed(text, out, taken);
  if (text.includes('"') || text.includes("“") || text.includes("'") || text.includes("‘") || text.includes(":"))
    namesOpeningMessages(text, out, taken);
  if (text.includes(" and ")) unknownPairOfNamesActing(text, out, taken);
  if (text.includes("ota")) rotaStations(text, out, taken);
  if (VALUE_AFTER_WORD.test(text) || VALUE_BEFORE_WORD.test(text)) namesListedWithValues(text, out, taken);
  if (text.includes(" – ") || text.includes(" - ")) namesOpeningEntries(text, out, taken);
}

// An entry of a log, a rota or a slip that opens with whom it is for, then a dash and what about them: "Cotterell –
// wheel; Dunnery – brakes", '"Kenderick – blue team, 10 a.m."', "Rm 3 Jianu – asleep", "Job 413 – Jinks – 500 flyers".
const ENTRY_OPENING_NAME =
  /(?:^|\n|["“]|[:;.][^\S\n]+|\b(?:Rm|Room|Job|Flat|Bay|Pitch)[^\S\n]+\d{1,4}[^\S\n]+(?:[–-][^\S\n]+)?|\b\d{1,3}\.[^\S\n]+)((?:[A-Z]\.[^\S\n]?)?(\p{Lu}\p{Ll}+))[^\S\n]+[–-][^\S\n]+(?=[\p{L}\d£])/gu;
const HOLDER_AFTER_DASH = new RegExp(`^(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)(?=[^\\S\\n]*(?:[;,.(\\n]|$))`, "u");
// Where such entries are kept: a line of its own, or a record the sentence names.
const ENTRY_RECORD =
  /\b(?:list|lists|listed|sheet|book|log|rota|roster|diary|entry|entries|slip|board|manifest|plan|register|app|tag|card|record|records)\b/i;
function namesOpeningEntries(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  const recorded = ENTRY_RECORD.test(text);
  for (const m of allMatches(ENTRY_OPENING_NAME, text)) {
    const [whole, value, word] = m as unknown as [string, string, string];
    const from = (m.index ?? 0) + whole.indexOf(value);
    const lineStart = from === 0 || text[from - 1] === "\n";
    if (!recorded && !lineStart) continue;
    // "Manager - Mechell Porthdafarch": a post, then who holds it.
    if (ROLE_WORDS.has(word)) {
      const holder = HOLDER_AFTER_DASH.exec(text.slice((m.index ?? 0) + whole.length));
      const at = (m.index ?? 0) + whole.length;
      if (holder && holder[1]!.split(SPACES).every(speakerWord) && !taken(at, at + holder[1]!.length))
        out.push({ from: at, to: at + holder[1]!.length, text: holder[1]!, kind: "cued" });
      continue;
    }
    if (!unknownNameWord(word) || isEnglishWord(word.toLowerCase()) || !isCueNameWord(word)) continue;
    if (UK_PLACES.has(word) || ORGANISATION_WORDS.has(word) || KINSHIP_WORDS.has(word.toLowerCase())) continue;
    if (MONTH_OR_DAY.test(word) || DAY_OR_MONTH_WORD.test(word) || lookupAcronym(word.toUpperCase())) continue;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}

// A rota, a wage list, a round book: "Rodelia N1, Ngoni N2, Bayani N3", "Flamur £30, Ilir £30, Agron £20",
// "Kyriacos at 11, Tiberio at 2". Each name has its shift, its pay or its time.
const LISTED_VALUE =
  "(?:[A-Z]\\d{1,2}|\\d{1,2}[–-]\\d{1,2}|\\((?:Flat|Room|Rm|Bed)[^\\S\\n]+\\d{1,3}[A-Z]?\\)|\\([Bb]and[^\\S\\n]+\\d[a-z]?\\)|\\d{1,2}[:.]\\d{2}|\\((?:[A-Z]{1,2}\\d{1,2}[A-Z]?|till|kitchen|yard|door|bar|floor|hall|desk|café|cafe|theatres|nights|days|earlies|lates)\\)|£\\d{1,4}(?:\\.\\d{2})?|at[^\\S\\n]+\\d{1,2}(?:[:.]\\d{2})?)(?![\\p{L}\\p{N}])";
const VALUE_AFTER_WORD =
  /[a-z][^\S\n]+(?:[A-Z]\d|£\d|\d{1,2}[:.]\d{2},|\((?:Flat|Room|Rm|Bed)\s|\d{1,2}[–-]\d{1,2},|at[^\S\n]+\d|\([Bb]and\s|\((?:[A-Z]{1,2}\d|till|kitchen|yard|door|bar|floor|hall|desk|café|cafe|theatres|nights|days|earlies|lates))/;
const VALUE_BEFORE_WORD = /\p{Ll},[^\S\n]*(?:\p{Lu}\p{Ll}+[^\S\n]+)?(?:\d{1,2}[:.]\d{2}|\d{1,3}[A-Z]?)[^\S\n]+\p{Lu}/u;
const LIST_OF_PEOPLE_BEFORE = /\b(?:rota|shifts?|wages?|pay|round|book|list|sheet|register|diary|log)\b[^.!?\n]*$/;
const LISTED_ITEM = new RegExp(`(${NAME_PART})[^\\S\\n]+${LISTED_VALUE}`, "gu");
// "3 Gigi, 5 Almaz, 7 Hailu", "Chair 1 Shavar, Chair 2 Cemre": the bed, chair or number before each name.
const VALUE_FIRST =
  "(?:(?:Chair|Bed|Room|Pitch|Bay|Table|Car|Van|Run|Route|Duty|Shift|Lane|Till|Rink|Gang|Caravan|Bungalow|Berth)[^\\S\\n]+)?(?:\\d{1,2}(?:[:.]\\d{2})?[^\\S\\n]?[ap]m|\\d{1,2}[:.]\\d{2}|\\d{1,3}[A-Z]?)";
const VALUE_FIRST_ITEM = new RegExp(
  `(?<![\\p{L}\\p{N}])${VALUE_FIRST}[^\\S\\n]+(${NAME_PART})(?![\\p{L}\\p{N}'’-])`,
  "gu",
);
const LISTED_AFTER_VALUES = new RegExp(
  `(?<![\\p{L}\\p{N}])${VALUE_FIRST}[^\\S\\n]+${NAME_PART}(?:,[^\\S\\n]*(?:and[^\\S\\n]+)?${VALUE_FIRST}[^\\S\\n]+${NAME_PART}){1,}(?![\\p{L}\\p{N}'’-])`,
  "gu",
);
const LISTED_WITH_VALUES = new RegExp(
  `${NAME_PART}[^\\S\\n]+${LISTED_VALUE}(?:(?:,[^\\S\\n]*(?:and[^\\S\\n]+)?|[^\\S\\n]+and[^\\S\\n]+)${NAME_PART}[^\\S\\n]+${LISTED_VALUE})+`,
  "gu",
);
/**
 * Names listed each with a value, in a rota or a list, three or more, or one a known first name, and every other a
 * word no dictionary, gazetteer or list of bodies knows: not "Room A1, Block B2", "Leeds 3, Bradford 2" or "Fluoxetine 20, Diazepam 5".
 */
function namesListedWithValues(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean) {
  const lists = [
    ...allMatches(LISTED_WITH_VALUES, text).map((list) => ({ list, item: LISTED_ITEM })),
    ...allMatches(LISTED_AFTER_VALUES, text).map((list) => ({ list, item: VALUE_FIRST_ITEM })),
  ];
  for (const { list, item: itemPattern } of lists) {
    const items = [...list[0].matchAll(itemPattern)].map((m) => ({
      from: (list.index ?? 0) + (m.index ?? 0) + (itemPattern === VALUE_FIRST_ITEM ? m[0].length - m[1]!.length : 0),
      value: m[1]!,
    }));
    const cued = LIST_OF_PEOPLE_BEFORE.test(text.slice(Math.max(0, (list.index ?? 0) - 50), list.index));
    if (!cued && items.length < 3 && !items.some((item) => isKnownFirstName(item.value))) continue;
    // "09:10 Nala (owner Ornella)": the pet, before its owner.
    const petItem = (item: { from: number; value: string }) =>
      /^[^\S\n]*\((?:owner|owners)\b/.test(
        text.slice(item.from + item.value.length, item.from + item.value.length + 10),
      );
    if (items.some(petItem)) continue;
    const personLikeItem = (value: string) =>
      unknownNameWord(value) &&
      !looksLikeTown(value) &&
      !COMMON_WORD_NAMES.has(value) &&
      !ORGANISATION_NAMES.has(value);
    if (!items.every((item) => personLikeItem(item.value))) continue;
    for (const { from, value } of items)
      if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}

// '"…," Esyllt wrote', '"…," said Esyllt', '"is she ok 🙏", wrote Pelyn': who a quotation is put down to.
const QUOTE_SAID_BY = new RegExp(
  `(?:[,!?]["”]|["”],)[^\\S\\n]+(?:(${NAME_PART})[^\\S\\n]+(?:said|says|wrote|writes|texted|replied|added|asked|shouted|messaged|told)\\b|(?:said|wrote|replied|added|asked)[^\\S\\n]+(${NAME_PART})(?:[^\\S\\n]+(${NAME_PART}))?(?=[.,;!?]|[^\\S\\n]+(?:to|in|on|at|when|after|before|and|later)\\b))`,
  "gu",
);
// '"Dill" told the police', 'because "Hatchet" paid his electric': a nickname in quotes as the subject of what a
// person does.
const QUOTED_SUBJECT = new RegExp(
  `["“](\\p{Lu}\\p{Ll}+)["”](?:\\s+\\((\\p{Lu}\\p{Ll}+)\\))?\\s+(?:${[...pii.personVerbs, "admitted", "denied", "claimed", "insisted"].join("|")})\\b`,
  "gu",
);
const STREET_DRUGS: ReadonlySet<string> = new Set(
  "Spice Mamba Mandy Charlie Molly Ket Coke Crack Skunk Weed Gear Brown White Ice Bud Dust Pills Subbies".split(" "),
);
const HONORIFIC_SUFFIXES: ReadonlySet<string> = new Set(["Abi", "Abla", "Bey", "Hanım", "Efendi"]);
const NAME_WORD_BEFORE_SUFFIX = /\p{Lu}\p{Ll}+[^\S\n]$/u;
const HONORIFIC_PAIR_AFTER = /^\s+(?:and|or)\s+(?:Abi|Abla|Bey|Hanım|Efendi)\b/;
const DRUG_TRADE_BEFORE =
  /\b(?:sold|sell|sells|selling|dealt|dealing|supplied|supplying|bags?\s+of|wraps?\s+of|grams?\s+of)\s+(?:\p{Lu}\p{Ll}+\s+(?:and|&)\s+)?$/u;
// 'Rider "Speedy"', 'resident "Gasket"': a nickname in quotes after what the person is.
const ROLE_THEN_QUOTED =
  /\b(?:[Rr]ider|[Dd]river|[Rr]unner|[Rr]esident|[Pp]atient|[Pp]layer|[Ss]teward|[Gg]uest|[Dd]ealer)\s+["“](\p{Lu}[\p{Ll}'’-]+)["”]/gu;
// '"Toastie" (Kobi Sprinkle) was there': a nickname in quotes and the name behind it in brackets.
const QUOTED_THEN_NAME = new RegExp(
  `["“](\\p{Lu}[\\p{Ll}'’-]+)["”]\\s+\\((${NAME_PART}(?:\\s+${NAME_PART})?)\\)`,
  "gu",
);
// "Gurpal said: \"…\"": a quotation put down to someone before it.
const SAID_BEFORE_QUOTE = new RegExp(
  `(?:^|[.!?]\\s+|\\n\\s*)(${NAME_PART})\\s+(?:said|wrote|replied|texted|added|messaged)\\s*:\\s*["“]`,
  "gu",
);
// "Luddenden, who lives opposite, filmed it": only a person lives and works somewhere.
const NAME_WHO_LIVES = new RegExp(
  `(?:^|[.!?]\\s+|\\n\\s*)(${NAME_PART}),\\s+who\\s+(?:lives|lived|works|worked|knew|knows|saw|heard|rang|called|drives|drove|runs|ran|owns|owned|cleans|cleaned|volunteers|volunteered)\\b`,
  "gu",
);
// "Ladder's mum told the youth worker", "Grinder's older brother drove": whoever has a mother or a brother.
const OWNER_OF_KIN =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)['’]s\s+(?:(?:older|younger|elder|little|big|baby|twin)\s+)?(?:mum|mother|dad|father|brother|sister|nan|gran|grandmother|grandfather|girlfriend|boyfriend|wife|husband|son|daughter|cousin|uncle|aunt|auntie|stepdad|stepmum)\b/gu;
// 'Contacts saved: "Partan", "Mum", "Boat"': a phone's contacts, each a person unless a word for one or a thing.
const CONTACTS_LIST = /\b[Cc]ontacts?\s+(?:saved|stored|listed|list)\s*:([^.\n]*)/gu;
const QUOTED_ITEM = /["“](\p{Lu}[\p{Ll}'’-]+)["”]/gu;
// "Kuba is the usual short form of Jakub", "Gosia is short for Małgorzata", "Zbyszek is the Polish diminutive of
// Zbigniew": a name and the name it shortens, talked about as words.
const NAME_AS_WORD_CUE = /\b(?:short\s+(?:form\s+)?(?:of|for)|diminutive|pet\s+form|nickname\s+for|name\s+of)\b/;
const NAME_AS_WORD = new RegExp(
  `(?:^|(?<=[.;!?]\\s+))(?:[Tt]he\\s+name\\s+)?${NAME_PART}\\s+is\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:short\\s+(?:form\\s+)?(?:of|for)|diminutive\\s+(?:of|for)|pet\\s+form\\s+of|nickname\\s+for)\\s+${NAME_PART}|(?:^|(?<=[.;!?]\\s+))${NAME_PART}\\s+is\\s+(?:also\\s+)?the\\s+name\\s+of\\s+(?:a|an|the)\\s+\\p{Ll}+`,
  "gu",
);
// "Daintree (ISVA)", "Marsh (SPO2)": a practitioner's role or identifier in brackets after a single name.
const NAME_OR_INITIAL_BEFORE = /(?:\b[A-Z]\.|\p{Lu}[\p{L}'’-]*)[^\S\n]*$/u;
const NAME_WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(${NAME_PART})[^\\S\\n]+$`, "u");
// "Rigsby (badge 4471)", "Tolley (collar number 2231)": a staff member's number after their name.
const BADGE_NUMBER = String.raw`(?:badge|collar|shoulder|warrant)(?:\s+(?:number|no\.?))?\s+\d{2,6}`;
// "Mr Ravell (Welly) slept", "Grinner (Mr Greaney) had worked": a nickname beside a titled name in brackets.
const NICKNAME_BESIDE_TITLED = new RegExp(
  `\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+\\p{Lu}[\\p{L}'’-]+\\s+\\((${NAME_PART})\\)|(?<![\\p{L}\\p{N}'’.-])(${NAME_PART})\\s+\\((?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+\\p{Lu}[\\p{L}'’-]+\\)`,
  "gu",
);
const NAME_ROLE_IN_BRACKETS = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(${NAME_PART})(?=\\s*\\((?:(?:PP|SPO|PSO|PO|POM|COM|OSG|SW|RM|CM|ISVA|IDVA|VLO|DSL|CPN)\\d{0,2}|${BADGE_NUMBER})\\))`,
  "gu",
);
// '"Halse: where r u Glade??"': a chat's speaker at the start of a quoted turn, before lower-case text.
const CALL_SIGN_BEFORE = /\b[Cc]all[\s-]?signs?\s+$/;
const DAYS_OF_WEEK = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?$/;
// A screen's or a form's label in quotes: '"Error: record locked"'.
const SCREEN_LABELS: ReadonlySet<string> = new Set(
  "Error Failed Failure Success Status Result Title Name Date Time Message Info Notice Caution".split(" "),
);
const QUOTED_CHAT_SPEAKER = new RegExp(`["“](${NAME_PART}):[^\\S\\n]+(?=\\p{Ll}|\\p{Extended_Pictographic})`, "gu");
// "Bonk (real name Matty Trow)": a nickname and the name behind it.
const REAL_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME_PART})(?:\\s+\\(real\\s+name:?\\s+|['’]s\\s+real\\s+name(?:,|\\s+(?:is|was))\\s+|,\\s+whose\\s+(?:real\\s+)?name\\s+(?:is|was)\\s+)(${NAME_PART}(?:\\s+${NAME_PART})?)(?=\\)|,|\\.(?:\\s|$))`,
  "gu",
);
// "K.M. (9) asked the guardian", "the father of J.U.": initials written with full stops are someone's; not "U.K.",
// "a.m." or "D.O.B.", and not before a surname, which the initials' pass reads ("J.K. Rowling").
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])[A-Z]\.[A-Z]\.(?![\p{L}\p{N}]|[A-Z]\.|\s*\p{Lu}\p{Ll})/gu;
const NOT_DOTTED_INITIALS: ReadonlySet<string> = new Set(
  "U.K. U.S. A.M. P.M. N.B. E.U. B.C. A.D. I.D. O.K. T.V. G.P. P.S. R.E. I.T. P.E. D.J. M.P. Q.C. K.C.".split(" "),
);
// "JS 28/4 - came in early", "TC 30/4: sleeping better": a handwritten note's writer, before its date.
const NOTE_WRITER_BEFORE_DATE = /(?:^|\n)[^\S\n]*([A-Z]{2})[^\S\n]+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[^\S\n]*[-–:]/gu;
// "the flat of Ozwald Mabry": whose home or relative it is.
const HOME_OF = new RegExp(
  `\\b(?:flat|home|house|bedroom|caravan|mother|father|sister|brother|partner|son|daughter|wife|husband)\\s+of\\s+(${NAME_PART}\\s+${NAME_PART})(?![\\p{L}'’-]|\\s+\\p{Lu})`,
  "gu",
);
// 'The young farmers call one member "Minty"', 'they called the tallest "Lofty"'.
const CALLS_ONE_QUOTED =
  /\bcall(?:s|ed)?\s+(?:one|another|the\s+other|the\s+\p{Ll}+est)(?:\s+(?:of\s+them|\p{Ll}+)){0,2}\s+["“‘'](\p{Lu}[\p{Ll}'’-]+)["”’']/gu;
// "Sailor, as the stockmen call the tallest of them, …", "Bunny, as everyone calls her, …"; not "Sunnyside, as the
// residents call it".
const AS_CALLED =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+),\s+as\s+(?:[\p{Ll}-]+\s+){0,4}call(?:s|ed)?\s+(?:him|her|them|one|the\s+\p{Ll}+(?:est|er)\b)/gu;
// "belongs to the Hanmers", "The Hanmers' horse": a family by its surname; not "The Ferrars Arms".
const FAMILY_PLURAL = new RegExp(`\\b[Tt]he\\s+((${NAME_PART})s)(?:['’](?!s))?(?![\\p{L}\\p{N}'’-]|\\s+\\p{Lu})`, "gu");
// "He sent Kalim money", "lent Breaca £50": who is given or sent something.
const GIVEN_TO = new RegExp(
  `\\b(?:sent|gave|lent|paid|owed|handed|bought|promised)\\s+(${NAME_PART})\\s+(?:money|cash|£\\d|some|a|an|the|his|her|their)\\b`,
  "gu",
);
// Families of television and bands: "He watched the Simpsons".
const FICTIONAL_FAMILIES: ReadonlySet<string> = new Set(
  "Simpsons Flintstones Kardashians Sopranos Waltons Osbournes Addams Griffins Jacksons Osmonds Carpenters".split(" "),
);
// Any of the cues the patterns below need (the per-pattern tests after it are each one of its branches).
const BY_QUOTES_CUES =
  /["”]|call|\b[Tt]he\s+\p{Lu}[\p{L}'’-]+s\b|\b(?:sent|gave|lent|paid|owed|handed|bought|promised)\s+\p{Lu}|\b(?:children|child|sons?|daughters?|kids|grand\p{Ll}+|twins)\b| from the |, who |['’]s |\b(?:flat|home|house|bedroom|caravan|mother|father|sister|brother|partner|son|daughter|wife|husband)\s+of\s+\p{Lu}|\((?:(?:PP|SPO|PSO|PO|POM|COM|OSG|SW|RM|CM|ISVA|IDVA|VLO|DSL|CPN)\d{0,2}\)|badge|collar|shoulder|warrant)|\b[Cc]ontacts?\s+(?:saved|stored|listed|list)|real name|whose name|(?:^|\n)[^\S\n]*[A-Z]{2}[^\S\n]+\d|[A-Z]\.[A-Z]\./u;
// Cheap tests first: most blocks have none of these.
const BADGE_AFTER = /^\s*\((?:badge|collar|shoulder|warrant)/;
const CALL_SIGNS: ReadonlySet<string> = new Set(
  "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Whisky Xray Yankee Zulu".split(
    " ",
  ),
);
const ROLE_IN_BRACKETS_CUE =
  /\((?:(?:PP|SPO|PSO|PO|POM|COM|OSG|SW|RM|CM|ISVA|IDVA|VLO|DSL|CPN)\d{0,2}\)|badge|collar|shoulder|warrant)/;
const HOME_OF_CUE =
  /\b(?:flat|home|house|bedroom|caravan|mother|father|sister|brother|partner|son|daughter|wife|husband)\s+of\s+\p{Lu}/u;
const NOTE_WRITER_CUE = /(?:^|\n)[^\S\n]*[A-Z]{2}[^\S\n]+\d/;
const DOTTED_CUE = /[A-Z]\.[A-Z]\./;
const FAMILY_PLURAL_CUE = /\b[Tt]he\s+\p{Lu}[\p{L}'’-]+s\b/u;
const GIVEN_TO_CUE = /\b(?:sent|gave|lent|paid|owed|handed|bought|promised)\s+\p{Lu}/u;
const CHILDREN_CUE = /\b(?:children|child|sons?|daughters?|kids|grand\p{Ll}+|twins)\b/u;
// "Rudi from the car wash paid him": someone named by where they work, then acting.
const FROM_PLACE_ACTS = new RegExp(
  `(?:^|[.!?]["”]?\\s+|\\n\\s*)(${NAME_PART})\\s+from\\s+the\\s+(?:[\\p{Ll}-]+\\s+){1,3}?(?:${pii.personVerbs.join("|")})\\b`,
  "gu",
);

// "her children are JH and EH", "The sister's children, JH (9) and EH (6), …": children given by their initials.
const CHILDREN_INITIALS =
  /\b(?:children|child|sons?|daughters?|kids|grandchildren|grandsons?|granddaughters?|twins)(?:\s+(?:are|were|is|was))?,?\s+([A-Z]{2})(?:\s*\(\d{1,2}\))?(?:(?:,|,?\s+(?:and|&))\s+([A-Z]{2})(?:\s*\(\d{1,2}\))?)?(?![\p{L}\p{N}])/gu;

/** A nickname in brackets after a titled name, or before one in brackets: "Mr Ravell (Welly)", "Grinner (Mr Greaney)". */
function nicknamesBesideTitled(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(NICKNAME_BESIDE_TITLED, text)) {
    const value = (m[1] ?? m[2])!;
    if (!isCueNameWord(value) || NOT_NICKNAMES.has(value) || ROLE_WORDS.has(value) || isCapitalisedWord(value))
      continue;
    const from = (m.index ?? 0) + (m[1] !== undefined ? m[0].lastIndexOf(value) : m[0].indexOf(value));
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}

/**
 * Names that quotations, callings and families mark: '"…," Esyllt wrote', '"Dill" told', 'call one member "Minty"',
 * "Sailor, as the stockmen call …", "the Hanmers", "sent Kalim money", "Rudi from the car wash paid him", "her
 * children are JH and EH".
 */
function namesByQuotesCallsAndFamilies(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  // One scan for every cue below: most blocks have none, and a dozen scans of each block cost a tenth of the names.
  if (!BY_QUOTES_CUES.test(text)) return;
  const add = (value: string, from: number) => {
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  };
  // A person's name, or a word that is none, and neither a place, a body, a title nor a relative.
  const personWord = (value: string) =>
    isCueNameWord(value) &&
    neitherPlaceNorBody(value) &&
    !looksLikeTown(value) &&
    (isKnownFirstName(value) || (!isEnglishWord(value) && !isEnglishWord(value.toLowerCase())));
  if (text.includes('"') || text.includes("”")) {
    for (const m of allMatches(QUOTE_SAID_BY, text)) {
      const value = m[1] ?? m[2]!;
      // '"…," said Ennisyl Jurrowby': a full name, both words names.
      if (m[3] !== undefined) {
        const from = (m.index ?? 0) + m[0].lastIndexOf(value);
        const full = text.slice(from, (m.index ?? 0) + m[0].length);
        const surname = m[3];
        if (
          personWord(value) &&
          isCueNameWord(surname) &&
          neitherPlaceNorBody(surname) &&
          !isEnglishWord(surname) &&
          !ORGANISATION_WORDS.has(surname)
        )
          add(full, from);
        continue;
      }
      if (personWord(value) && !MONTH_OR_DAY.test(value)) add(value, (m.index ?? 0) + m[0].lastIndexOf(value));
    }
    for (const m of allMatches(QUOTED_SUBJECT, text)) {
      const value = m[1]!;
      // 'a message from "Appointments" came': a sender's heading, not a nickname; '"Spice" arrived': a drug.
      if (!isCueNameWord(value) || NOT_NICKNAMES.has(value) || !neitherPlaceNorBody(value) || pluralOfAnyNoun(value))
        continue;
      if (STREET_DRUGS.has(value)) continue;
      if (MESSAGE_HEADINGS.has(value)) continue;
      add(value, (m.index ?? 0) + m[0].indexOf(value));
      // '"Mustard" (Leodine) messaged the group': the name behind the nickname.
      const real = m[2];
      if (real !== undefined && personWord(real)) add(real, (m.index ?? 0) + m[0].lastIndexOf(real));
    }
    for (const m of allMatches(QUOTED_CHAT_SPEAKER, text)) {
      const value = m[1]!;
      if (!isCueNameWord(value) || MESSAGE_HEADINGS.has(value) || NOT_CHAT_SPEAKERS.has(value) || ROLE_WORDS.has(value))
        continue;
      if (!neitherPlaceNorBody(value) || NOT_NICKNAMES.has(value) || SCREEN_LABELS.has(value)) continue;
      add(value, (m.index ?? 0) + 1);
    }
    for (const m of allMatches(ROLE_THEN_QUOTED, text)) {
      const value = m[1]!;
      if (!isCueNameWord(value) || NOT_NICKNAMES.has(value) || STREET_DRUGS.has(value)) continue;
      add(value, (m.index ?? 0) + m[0].lastIndexOf(value));
    }
    for (const m of allMatches(QUOTED_THEN_NAME, text)) {
      const [, nickname, name] = m as unknown as [string, string, string];
      if (!personWord(name.split(SPACES)[0]!) || NOT_NICKNAMES.has(nickname) || STREET_DRUGS.has(nickname)) continue;
      if (isCueNameWord(nickname)) add(nickname, (m.index ?? 0) + 1);
      add(name, (m.index ?? 0) + m[0].lastIndexOf(name));
    }
    for (const m of allMatches(SAID_BEFORE_QUOTE, text)) {
      const value = m[1]!;
      if (personWord(value)) add(value, (m.index ?? 0) + m[0].indexOf(value));
    }
  }
  if (ROLE_IN_BRACKETS_CUE.test(text))
    for (const m of allMatches(NAME_ROLE_IN_BRACKETS, text)) {
      const value = m[1]!;
      if (!isCueNameWord(value) || NOT_WORD_NAMES.has(value) || !neitherPlaceNorBody(value) || ROLE_WORDS.has(value))
        continue;
      // "E. Corbel (PP1)", "Dr Ives (GP)": the end of a longer name, which the other passes read whole; when none has,
      // "Merrilyn Dowcett (POM)", two words no list knows, is the name.
      const start = m.index ?? 0;
      if (NAME_OR_INITIAL_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
        const first = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
        if (first && personWord(first[1]!) && personWord(value) && !TITLES.has(first[1]!))
          add(text.slice(start - first[0].length, start + value.length), start - first[0].length);
        continue;
      }
      // "Bravo (badge 2291)", "Kestrel (badge 5521)": a call sign or a unit's word before a badge, not a surname.
      const badge = BADGE_AFTER.test(text.slice((m.index ?? 0) + value.length, (m.index ?? 0) + value.length + 12));
      if (badge && (CALL_SIGNS.has(value) || isEnglishWord(value.toLowerCase()) || UK_PLACES.has(value))) continue;
      add(value, m.index ?? 0);
    }
  if (text.includes("real name") || text.includes("whose name"))
    for (const m of allMatches(REAL_NAME, text)) {
      const [, nickname, name] = m as unknown as [string, string, string];
      if (!isCueNameWord(nickname) || !neitherPlaceNorBody(nickname)) continue;
      add(nickname, m.index ?? 0);
      add(name, (m.index ?? 0) + m[0].lastIndexOf(name));
    }
  if (text.includes("ontact"))
    for (const m of allMatches(CONTACTS_LIST, text)) {
      const start = (m.index ?? 0) + m[0].length - m[1]!.length;
      for (const item of allMatches(QUOTED_ITEM, m[1]!)) {
        const value = item[1]!;
        if (!isCueNameWord(value) || NOT_NICKNAMES.has(value) || !nameNotWord(value) || KINSHIP_WORDS.has(value))
          continue;
        add(value, start + (item.index ?? 0) + 1);
      }
    }
  if (text.includes(", who "))
    for (const m of allMatches(NAME_WHO_LIVES, text)) {
      const value = m[1]!;
      // A town's shape is no bar: a town does not live opposite.
      if (!isCueNameWord(value) || isEnglishWord(value) || !neitherPlaceNorBody(value)) continue;
      add(value, (m.index ?? 0) + m[0].indexOf(value));
    }
  if (text.includes("'s ") || text.includes("’s "))
    for (const m of allMatches(OWNER_OF_KIN, text)) {
      const value = m[1]!;
      if (!isCueNameWord(value) || NOT_WORD_NAMES.has(value) || !neitherPlaceNorBody(value) || looksLikeTown(value))
        continue;
      // "Pybus Ward's sister in charge": the end of a longer name.
      if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0))) continue;
      add(value, m.index ?? 0);
    }
  if (NOTE_WRITER_CUE.test(text))
    for (const m of allMatches(NOTE_WRITER_BEFORE_DATE, text))
      if (initialsNotAcronym(m[1]!)) add(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  if (DOTTED_CUE.test(text))
    for (const m of allMatches(DOTTED_INITIALS, text)) if (!NOT_DOTTED_INITIALS.has(m[0])) add(m[0], m.index ?? 0);
  if (HOME_OF_CUE.test(text))
    for (const m of allMatches(HOME_OF, text)) {
      const value = m[1]!;
      const [first, last] = value.split(SPACES) as [string, string];
      if (!personWord(first) || isEnglishWord(last) || !neitherPlaceNorBody(last)) continue;
      add(value, (m.index ?? 0) + m[0].lastIndexOf(value));
    }
  if (text.includes("call")) {
    for (const m of allMatches(CALLS_ONE_QUOTED, text)) {
      const value = m[1]!;
      if (!isCueNameWord(value) || NOT_NICKNAMES.has(value) || !neitherPlaceNorBody(value)) continue;
      add(value, (m.index ?? 0) + m[0].lastIndexOf(value));
    }
    for (const m of allMatches(AS_CALLED, text)) {
      const value = m[1]!;
      if (!isCueNameWord(value) || NOT_NICKNAMES.has(value) || !neitherPlaceNorBody(value) || looksLikeTown(value))
        continue;
      add(value, m.index ?? 0);
    }
  }
  if (FAMILY_PLURAL_CUE.test(text))
    for (const m of allMatches(FAMILY_PLURAL, text)) {
      const [, value, surname] = m as unknown as [string, string, string];
      if (!isListedSurname(censusForm(surname)) || isEnglishWord(value.toLowerCase()) || !personWord(surname)) continue;
      if (FICTIONAL_FAMILIES.has(value)) continue;
      add(value, (m.index ?? 0) + m[0].indexOf(value));
    }
  if (GIVEN_TO_CUE.test(text))
    for (const m of allMatches(GIVEN_TO, text)) {
      const value = m[1]!;
      if (personWord(value) && !MONTH_OR_DAY.test(value)) add(value, (m.index ?? 0) + m[0].indexOf(value, 4));
    }
  if (CHILDREN_CUE.test(text) && TWO_CAPITALS.test(text))
    for (const m of allMatches(CHILDREN_INITIALS, text)) {
      let at = m.index ?? 0;
      for (const value of [m[1], m[2]]) {
        if (value === undefined) continue;
        const from = text.indexOf(value, at);
        at = from + value.length;
        // After "children", "EH" is a child, not environmental health; "GP" is still the doctor.
        if (mayBeInitialsInContext(value)) add(value, from);
      }
    }
  if (text.includes(" from the "))
    for (const m of allMatches(FROM_PLACE_ACTS, text)) {
      const value = m[1]!;
      if (!personWord(value) || (!isKnownFirstName(value) && !isListedSurname(censusForm(value)))) continue;
      add(value, (m.index ?? 0) + m[0].indexOf(value));
    }
}

// A middle word of a Sikh, a Welsh, an Arabic or a Somali name is allowed: "Dyddgu ferch Trahaearn", "Abdiwahid Muuse
// Rooble".
// Two capitalised words (or a Sikh name's three) opening a sentence, before what a person does or is: "Jacca Gendall
// filmed the aftermath", "Dalvir Singh Toor phoned PP1", "Cledwyn Jewell, the front-seat passenger, said".
// Tried only where a sentence or a line opens (OPENING): scanning every position for the pattern cost more than the
// rest of this pass.
const BORN_IN_BEFORE = /\bborn\b[^.;!?\n]{0,40}\s(?:in|at)\s+$/;
const OWNED_BY_NAME_BEFORE = /\p{Lu}[\p{L}'’-]*['’]s\s+$/u;
const GEOGRAPHIC_WORDS: ReadonlySet<string> = new Set(
  "Bay Beach Cove Harbour Quay Pier Sands Marina Mountain Mountains Valley Estuary Reservoir Dock Docks Canal".split(
    " ",
  ),
);
const ARTICLE_AND_NAME_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)\s+(\p{Lu}\p{Ll}+)\s+$/u;
const NAME_MIDDLES: ReadonlySet<string> = new Set("Singh Kaur ap ab ferch verch bin ibn bint".split(" "));
const PAIR_OPENING = new RegExp(
  `((${NAME_PART})(?:[^\\S\\n]+(Singh|Kaur|ap|ab|ferch|verch|bin|ibn|bint|${NAME_PART}))?[^\\S\\n]+(${NAME_PART}))(?![\\p{L}\\p{N}\\p{M}-]|['’](?!s\\b)|[^\\S\\n]+\\p{Lu})`,
  "uy",
);
// The Latin capitals that may open a sentence.
const LATIN_CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u017F]/g;
const SPACE_NOT_NEWLINE = /[^\S\n]/;
const CLOSING_QUOTE = /["”’']/;
/**
 * Whether the capital at `at` opens the text, a line, or a sentence after ".", "!" or "?" (and a closing quote), or
 * follows a clause's colon or semicolon. A speaker after the quotation opens one too: "'Leave her alone,' Yurub
 * shouted." Read backwards from each capital: one pattern with all these openings cost V8 a try at every character.
 */
function opensSentence(text: string, at: number): boolean {
  if (at === 0) return true;
  let i = at - 1;
  while (i >= 0 && SPACE_NOT_NEWLINE.test(text[i]!)) i--;
  if (i < 0) return false;
  const mark = text[i]!;
  if (mark === "\n") return true;
  if (i === at - 1) return false;
  if (mark === "." || mark === "!" || mark === "?") return true;
  const before = text[i - 1] ?? "";
  if (CLOSING_QUOTE.test(mark)) return before === "." || before === "!" || before === "?" || before === ",";
  // "Session log, 10 June 2024: Clydno and Hoyw met GT": a log's heading ends with its date.
  if (mark === ":") return (before >= "a" && before <= "z") || (before >= "0" && before <= "9");
  if (mark === ";") return (before >= "a" && before <= "z") || (before >= "0" && before <= "9") || before === ")";
  return false;
}
// A quotation's start opens a sentence too: '"Cibby said the garden was level," the entry notes'.
const QUOTE_OPENING = /(?:^|[\s.!?])["“](?=[A-Z\u00C0-\u00DE\u0100-\u017F])/g;
// Where the capitals that open a text's sentences stand, for the last text asked: two passes read them in turn.
let openingsText: string | undefined;
let openings: number[] = [];
function openingsOf(text: string): readonly number[] {
  if (text !== openingsText) {
    openings = [];
    LATIN_CAPITAL.lastIndex = 0;
    for (let m = LATIN_CAPITAL.exec(text); m; m = LATIN_CAPITAL.exec(text))
      if (opensSentence(text, m.index)) openings.push(m.index);
    if (text.includes('"') || text.includes("“")) {
      const quoted = allMatches(QUOTE_OPENING, text).map((m) => (m.index ?? 0) + m[0].length);
      if (quoted.length > 0) openings = [...new Set([...openings, ...quoted])].sort((a, b) => a - b);
    }
    openingsText = text;
  }
  return openings;
}

const ROLE_ALTERNATION = cueAlternation(pii.roleCues);
// "A text from Seacroft Grange reception", "Ystrad Mynach surgery": a place or a body before what is there.
const INSTITUTION_AFTER =
  /^\s+(?:surgery|reception|office|school|college|hospital|team|centre|center|council|police|station|practice|volunteers|staff|residents|tenants|estate|ward|unit|branch|church|chapel|mosque|club|library|depot|site)\b/;
// Last words that make two capitalised words a place or a body: "Seacroft Grange", "Lister Mills", "Albert Dock".
const PLACE_OR_BODY_LAST: ReadonlySet<string> = new Set(
  "Grange Grammar Mills Mill Baptist Methodist Dock Docks Garden Gardens Tenants Leaders Alert Funeralcare Mythology Wharf Marina Quay Abbey Priory Manor Hall Lodge Works Yard Chambers Primary Cafe Café Church Bridge Rovers Foods Oast Boathouse Pavilion Clubhouse".split(
    " ",
  ),
);
// The Welsh words places begin with: "Ystrad Mynach", "Pen y Bont", "Llan…".
const WELSH_PLACE_WORD = /^(?:Meddygfa|Ysgol|Llyn|Fferm|Tŷ|Tŷ['’]r|Plas|Capel|Eglwys)$/;
// Or a Welsh word for what a place is: "Meddygfa Sychnant" (a surgery), "Ysgol Bro Alaw", "Llyn Tegid", "Tŷ'r Garnedd".
const WELSH_PLACE_FIRST =
  /^(?:Ystrad|Llan|Aber|Pont|Tre|Cwm|Pen|Bryn|Caer|Nant|Glyn|Rhyd|Maes|Coed|Plas|Porth|Betws|Bettws|Capel|Meddygfa|Ysgol|Llyn|Fferm|Tŷ|Coleg|Afon|Ysbyty|Loch)/;
// "Pambos Louca closed the pub early": someone closes or opens something; a business just opens or closes.
const BUSINESS_VERB_AFTER =
  /^\s+(?:(?:re)?(?:opened|closed)(?!\s+(?:the|a|an|his|her|their|up)\b)|traded|stocked|employed|sponsored|relocated)\b/;
const BUILDING_OR_WORSHIP =
  /^(?:Capel|Eglwys|Masjid|Gurdwara|Mandir|Tabernacl)\s|\s(?:Barracks|Camp|Chapel|Masjid|Mosque)$/;
// "described as a restricted patient", "as a low-risk offender": what only a person is described as.
const PERSON_DESCRIBED = `(?:a|an)[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:offender|patient|prisoner|man|woman|boy|girl|person|individual|client|victim|perpetrator|suspect)\\b`;
const ROLE_SAID_OF_AFTER = new RegExp(
  `^(?:,[^\\S\\n]+(?:the[^\\S\\n]+)?(?:head|owner|manager|chair|secretary|director|founder|headteacher|president|treasurer|member)[^\\S\\n]+of\\b|,[^\\S\\n]+(?:the|a|an|his|her|their)[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:${ROLE_ALTERNATION}),|[^\\S\\n]+(?:was|is)[^\\S\\n]+(?:(?:also|then|once|still|later)[^\\S\\n]+)?(?:the|a|an|his|her|their)[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:${ROLE_ALTERNATION})\\b|[^\\S\\n]+(?:was|is)[^\\S\\n]+described[^\\S\\n]+as[^\\S\\n]+${PERSON_DESCRIBED})`,
  "u",
);
/** A word no dictionary, gazetteer or list of bodies knows, or a known first name. */
const unknownNameWord = (word: string) =>
  isCueNameWord(word) &&
  neitherPlaceNorBody(word) &&
  !UK_PLACES.has(word) &&
  (isKnownFirstName(word) || (!isEnglishWord(word) && !isEnglishWord(word.toLowerCase())));

// "Text from Iuliana at 00:39", "spelled her name Rodica Balanuta", 'spells him "McNeacail"', "named after Philemon
// Ovenden", "a slip signed by Mulchand Kotecha", "the late Crawford Shilliday", "Job 14 was booked for Ksenija
// Gellibrand and job 15 for Gorm Kimbrace", 'a message from "Cressaly Gildroy"': who sent or signed something, how a
// record wrote a name, whom a thing honours, who has died, for whom a booking is.
const SENT_OR_SPELT = new RegExp(
  `(?:\\b(?:[Tt]ext|[Mm]essage|[Vv]oicemail|[Cc]all|[Ll]etter|[Nn]ote|[Ee]-?mail|[Rr]eply|DM)[^\\S\\n]+from[^\\S\\n]+(?:["“](?=[^"”\\n]{3,40}["”]))?|\\bspel(?:t|led|ls)[^\\S\\n]+(?:(?:his|her|their)[^\\S\\n]+name|him|her|them)[^\\S\\n]+(?:as[^\\S\\n]+)?["“]?|\\b(?:named[^\\S\\n]+after|(?:founded|started|set[^\\S\\n]+up|(?:counter)?signed|witnessed|supervised|interviewed|assessed|mentored|coached)(?:[^\\S\\n]+in[^\\S\\n]+\\d{4})?[^\\S\\n]+by|(?<=\\b[Tt]he[^\\S\\n]+)late(?:[^\\S\\n]+the[^\\S\\n]+late)?|alias|(?:registered|rented|leased|sublet)[^\\S\\n]+to|(?:booked|reserved|allocated)[^\\S\\n]+(?:to|for)|(?:wrote|whispered|spoke|talked|texted|e-?mailed|messaged)[^\\S\\n]+to|(?:to|for)(?<=\\b(?:booked|reserved|allocated)[^\\S\\n]+(?:to|for)[^.!?\\n]{3,60}\\band[^\\S\\n]+\\p{Ll}+[^\\S\\n]+\\d{1,3}[^\\S\\n]+(?:to|for))|in[^\\S\\n]+the[^\\S\\n]+name[^\\S\\n]+of|[Ii]n[^\\S\\n]+(?:loving[^\\S\\n]+)?memory[^\\S\\n]+of)[^\\S\\n]+(?=\\p{Lu}\\p{Ll}+[^\\S\\n]+\\p{Lu}))(${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){0,2})(?![\\p{L}\\p{N}\\p{M}'’-]|[^\\S\\n]+\\p{Lu})`,
  "gu",
);
const SENT_OR_SPELT_CUES = [
  " from ",
  "ed for ",
  " wrote to ",
  " spoke to ",
  "spel",
  "named after",
  "alias",
  "ed to ",
  "name of",
  "ed by ",
  "up by ",
  "memory of",
  "he late ",
];
const hasSentOrSpeltCue = containsAny(SENT_OR_SPELT_CUES);
// "rang Avraham Frumkin", "door 15: Thorvald Ullathorne,", "Flat 9 as Mykolas Eddery": two unknown words someone rings, or a house-to-house
// log's occupant.
const CONTACTED_PAIR = new RegExp(
  `(?:\\b(?:rang|phoned|texted|messaged|e-?mailed|visited|met|blamed|described|describes|(?:speak|spoke|spoken|talked)[^\\S\\n]+to)[^\\S\\n]+|\\b(?:[Dd]oor|[Ff]lat|[Hh]ouse|[Pp]itch|[Rr]oom)[^\\S\\n]+\\d{1,4}[a-z]?(?::|[^\\S\\n]+as)[^\\S\\n]+)((${NAME_PART})[^\\S\\n]+(${NAME_PART}))(?![\\p{L}\\p{N}\\p{M}'’-]|[^\\S\\n]+\\p{Lu})`,
  "gu",
);
// "Elain said Mehar Kemball had warned her": two unknown words someone reports on, before what they had done.
const REPORTED_PAIR_AT = new RegExp(
  `(?:said|says|told\\s+(?:the\\s+)?police|believed|claimed|alleged|confirmed)[^\\S\\n]+(?:that[^\\S\\n]+)?((${NAME_PART})[^\\S\\n]+(${NAME_PART}))(?=[^\\S\\n]+(?:had|was|has|is|would|could|did)[^\\S\\n]+(?:not[^\\S\\n]+)?\\p{Ll})`,
  "uy",
);
const PERSON_DESCRIBED_AFTER = new RegExp(`^[^\\S\\n]+as[^\\S\\n]+${PERSON_DESCRIBED}`, "u");
// Cheap tests for the patterns below, which most blocks give no work.
// Literal searches: a few calls of String.prototype.includes cost less than one scan for an alternation of words.
const CONTACTED_CUES = [
  "rang ",
  "phoned ",
  "texted ",
  "messaged ",
  "mailed ",
  "visited ",
  "met ",
  "blamed ",
  "k to ",
  "e to ",
  "n to ",
  "ed to ",
];
const hasContactedCue = containsAny(CONTACTED_CUES);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const REPORTED_CUES = ["said ", "says ", "told ", "believed ", "claimed ", "alleged ", "confirmed "];
/** The matches of `REPORTED_PAIR_AT` in `text`, tried only where one of its verbs stands. */
function reportedPairs(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const cue of REPORTED_CUES)
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      // A capital (or "that", or "the police") must follow for a name to.
      const next = text[at + cue.length] ?? "";
      if (next === next.toLowerCase() && next !== "t" && next !== "p") continue;
      if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!)) continue;
      REPORTED_PAIR_AT.lastIndex = at;
      const m = REPORTED_PAIR_AT.exec(text);
      if (m) out.push(m);
    }
  return out.sort((a, b) => a.index - b.index);
}
const LOG_ROOM_CUES = ["described ", "describes ", "oor ", "lat ", "ouse ", "itch ", "oom "];
const hasLogRoomCue = containsAny(LOG_ROOM_CUES);
const FOUR_CAPITALS = /\p{Lu}{4}/u;
const CAPS_SURNAME_GIVEN =
  /(?:^|\n|[:;,][^\S\n]*)((?=\p{Lu}*[AEIOUYĂÂÎ])\p{Lu}{4,}(?:-\p{Lu}{2,})?)[^\S\n](\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[^\S\n]*(?:[,.;:)(]|$))/gmu;
// "NUNNERLEY B struck at gate 4", "WALLER L 06:58": a log's or a sign-in book's surname in capitals and an initial.
const CAPS_SURNAME_INITIAL =
  /(?<![\p{L}\p{N}'’-])((?=\p{Lu}*[AEIOUY])\p{Lu}{4,}(?:-\p{Lu}{2,})?)[^\S\n][A-Z](?=[^\S\n]+(?:\d|\p{Ll})|[,.;:)"”]|$)/gmu;
// "TUXWORTH: I saw him", "STUBB: Did you see …": a transcript's speaker in capitals at a line's or a turn's start.
const CAPS_SPEAKER = /(?:^|\n|[.?!:]["”]?[^\S\n]+)[^\S\n]*(\p{Lu}[\p{Lu}'’-]{2,})(?=:[^\S\n]+\p{Lu})/gu;

/** Full names of two unknown words that open a sentence and act ("Jacca Gendall filmed …"); see PAIR_OPENING. */
// One word no list knows, opening a sentence, before what only a person does: "Jalal drove the SI", "Erzsi sent him
// money", "Saiful filmed the last ten seconds". Not what a town or a body does too: says, tells, rings, admits, denies,
// refuses, runs, posts ("Garforth said the flat was damp", "Airedale admitted him"). Or is a child's age: "Ohenewaa was
// fourteen at the time".
const ONE_NAME_OPENING = new RegExp(
  `(${NAME_PART})(?=[^\\S\\n]+(?:(?:also|later|then|never|still|often|once)[^\\S\\n]+)?(?:(?:countersigned|approved|signed[^\\S\\n]+off)[^\\S\\n]+the[^\\S\\n]+(?:review|report|plan)\\b|(?:rang|phoned)[^\\S\\n]+(?:the|him|her|them|PP\\d|SPO\\d|police|999)\\b|refused[^\\S\\n]+to\\b|bought[^\\S\\n]+(?:a|an|his|her)\\b|moved[^\\S\\n]+the[^\\S\\n]+(?:victim|SI)\\b|keeps[^\\S\\n]+the\\b|said[^\\S\\n]+(?:that[^\\S\\n]+)?(?:the|he|she|they|his|her|their|PP\\d|SPO\\d|W\\d)\\b|chaired[^\\S\\n]+the|reviewed[^\\S\\n]+the|writes[^\\S\\n]*(?::|that\\b)|wrote[^\\S\\n]+that|added[^\\S\\n]+(?:a|the)[^\\S\\n]+(?:note|comment|line|entry)|finished[^\\S\\n]+(?:ahead|behind|first|second|third|last)|swapped[^\\S\\n]+the|unlocked[^\\S\\n]+the|cried|laughed|shouted|screamed|wept|sobbed|whispered|apologised|apologized|drove|filmed|hugged|kissed|punched|kicked|slapped|stabbed|grabbed|slept|woke|felt|believed|remembered|recalled|noticed|overheard|heard|watched|kept\\s+a|sent\\s+(?:him|her|them|me)|gave\\s+(?:a\\s+|another\\s+|(?:his|her|their)\\s+|a\\s+(?:second|further|new)\\s+)?(?:statement|evidence)|saw\\s+(?:him|her|them|the\\s+(?:SI|victim)\\b)|ran\\s+(?:out|off|away|after|towards?|(?:to|into|back\\s+to)\\s+the)\\b|deleted|uploaded|moved\\s+(?:her|his)\\s+car|had\\s+booked|knocked\\s+on\\s+the\\s+door|was\\s+afraid\\s+of|spoke\\s+to\\s+(?:the\\s+)?police|left\\s+(?:his|her)\\s+(?:van|car)|packed\\s+up|handed\\s+(?:the|a|his|her)\\s|completed\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?form|locked\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?(?:door|gate)|asked\\s+for\\s+the\\b|booked\\s+(?:a\\s+|the\\s+)?table|wrote\\s+(?:the|a|an|his|her|their)\\s|had\\s+been\\s+(?:told|warned|threatened|attacked|assaulted|barred|banned|sacked|dismissed|suspended|arrested|cautioned)\\b|was(?:\\s+not)?\\s+on\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+)?shift\\b|was(?:\\s+not)?\\s+at\\s+work\\b|is\\s+(?:listed|down)\\s+(?:on|for)\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?(?:rota|list|sheet)\\b|was(?:\\s+not)?\\s+(?:asked|told|warned|invited)\\s+to\\b|signs\\s+off\\s+(?:each|every|the)\\b|did\\s+not\\s+(?:see|hear|notice|witness)\\b|had\\s+not\\s+(?:seen|read|heard|met|spoken\\s+to)\\b|was(?:\\s+(?:not|also))?\\s+on\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?(?:register|rota|list|sheet)\\b|was\\s+listed\\s+(?:for|on)\\s+the\\b|was(?:\\s+not)?\\s+on\\s+the\\s+(?:gate|door|desk|till|bar|counter|kiosk)\\b|kept\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?keys?\\b|was(?:\\s+not)?\\s+on\\s+(?:[\\p{Ll}-]+\\s+)?duty\\b|left\\s+before\\s+the\\s+(?:police|ambulance|staff)\\b|gave\\s+the\\s+police\\s+(?:a|an|his|her)\\b|(?:had\\s+)?(?:coached|texted|messaged|mentored|befriended|threatened|warned|followed)\\s+(?:the\\s+(?:SI|victim)|him|her|them)\\b|was\\s+in\\s+hospital\\b|worked\\s+(?:a|the)\\s+(?:[\\p{Ll}-]+\\s+)?shift\\b|sent\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?(?:video|photos?|messages?|clip|pictures?|texts?)\\b|works?\\s+(?:nights|weekends|night\\s+shifts)\\b|can\\s+be\\s+(?:reached|contacted)\\s+on\\b|asked\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?(?:officer|manager|worker|nurse|doctor|warden|council|police)\\s+(?:to|for|whether|if)\\b|reported\\s+that\\b|is\\s+named\\s+(?:in|on)\\s+the\\b|notes\\s+(?:that\\s+)?(?:the\\s+(?:SI|victim)|he|she|[A-Z]{2,3})\\b|(?:is|was)\\s+the\\s+(?:PP|SPO|PO|PSO|POM|COM|OM)\\d{0,2}\\b|added\\s+(?:him|her|them)\\s+to|swapped\\s+(?:a\\s+|his\\s+|her\\s+)?shifts?|covered\\s+(?:the|a|his|her)\\s+(?:[\\p{Ll}-]+\\s+)?(?:shift|rota|counter|desk|till)|ran\\s+the\\s+rota|lives|lived|sang|kept\\s+(?:a|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:rota|log|diary|book|register|sheet|list|record)|held\\s+(?:the|a)\\s+(?:[\\p{Ll}-]+\\s+)?(?:gate|door|ladder|rope)|denied|admitted|had\\s+worked|(?:phoned|rang)\\s+(?:(?:the\\s+)?police|999)|(?:called|rang|phoned)\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?(?:manager|supervisor)\\b|called\\s+(?:the\\s+police|999|an\\s+ambulance)\\b|said[^\\S\\n]*:[^\\S\\n]*["“]|chaired\\s+the\\s+meeting|told\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?(?:stewards|manager|committee|staff|vet|nurse|trainer)\\s+(?:that\\s+)?(?:she|he|what|how|why|where|about)\\b|told\\s+(?:(?:DC|DS|PC|DI|DCI|Dr|Mr|Mrs|Ms)\\s+\\p{Lu}\\p{Ll}+|(?:the\\s+)?police\\s+(?:that|he|she|they|the|his|her)\\b))\\b|[^\\S\\n]+(?:is|was)[^\\S\\n]+(?:aged[^\\S\\n]+)?(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[^\\S\\n]+years?[^\\S\\n]+old)?(?=[^\\S\\n]+(?:at|when|in|and)\\b|[.,;]))`,
  "uy",
);
// A relative, or what is a person's own to finish, give or lose: "his sister", "her shift", "his statement".
const KIN_OR_OWN_THINGS =
  "sister brother mother father mum dad son daughter wife husband partner girlfriend boyfriend children kids nan gran shift round statement evidence licence wages rent lunch appointment texts coat jacket wallet keys".split(
    " ",
  );
// Rarer shapes after one unknown name, tried only where their words occur: "Mehar is a learner", "Thecla was a member
// of the club", "Hinny was the one
// who", "Izu is the SI's brother", "Weyni rang from her own mobile", "Ubax in Flat 9", "Gwithno named it after
// himself", "Ardal collected his sister's things", "Coriel finished her shift", "Gethryn started his round".
const ONE_NAME_OPENING_RARER = new RegExp(
  `(${NAME_PART})(?=[^\\S\\n]+(?:is|was)[^\\S\\n]+(?:a|an)[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:${ROLE_ALTERNATION}|(?:member|friend|regular|customer)[^\\S\\n]+(?:of|at))\\b|[^\\S\\n]+(?:is|was)[^\\S\\n]+the[^\\S\\n]+one[^\\S\\n]+who\\b|[^\\S\\n]+(?:is|was)[^\\S\\n]+the[^\\S\\n]+(?:[\\p{Ll}'’-]+[^\\S\\n]+){0,3}(?:${ROLE_ALTERNATION}|owner|volunteer|member[^\\S\\n]+of[^\\S\\n]+staff)\\b(?!['’])|[^\\S\\n]+had[^\\S\\n]+been[^\\S\\n]+(?:a|an)[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:customer|member|regular|friend|volunteer|client|tenant|neighbour)\\b|[^\\S\\n]+(?:is|was)[^\\S\\n]+the[^\\S\\n]+(?:SI|victim)['’]s[^\\S\\n]+(?:brother|sister|cousin|mother|father|son|daughter|friend|partner|uncle|aunt|nephew|niece)\\b(?!['’])|[^\\S\\n]+\\p{Ll}+(?:[^\\S\\n]+[\\p{L}\\d'’]+){0,6}?[^\\S\\n]+(?:his|her)[^\\S\\n]+own\\b|[^\\S\\n]+(?:of|in|from|at)[^\\S\\n]+(?:Flat|Room|Bungalow|Caravan|Cell)[^\\S\\n]+\\d{1,4}[A-Za-z]?\\b|[^\\S\\n]+\\p{Ll}+ed(?:[^\\S\\n]+[\\p{L}\\d'’]+){0,6}?[^\\S\\n]+(?:himself|herself)\\b|[^\\S\\n]+(?:\\p{Ll}+ed|gave|took|lost|left|kept|sold|brought|got|wrote|drove|rode|spent|hid|shut)[^\\S\\n]+(?:his|her)[^\\S\\n]+(?:${KIN_OR_OWN_THINGS.join("|")})\\b)`,
  "uy",
);
const NAME_AT = new RegExp(`(${NAME_PART})`, "uy");
const RARER_CUES = [
  " had been a",
  " is a",
  " was a",
  " is the",
  " was the",
  " own ",
  "Flat ",
  "Room ",
  "Bungalow ",
  "Caravan ",
  "Cell ",
  "himself",
  "herself",
];
const hasRarerCue = containsAny(RARER_CUES);
const KIN_AFTER_HIS_OR_HER = KIN_OR_OWN_THINGS.flatMap((kin) => [`his ${kin}`, `her ${kin}`]);
const hasKinAfterHisOrHer = containsAny(KIN_AFTER_HIS_OR_HER);
// Two first names no list knows, joined, opening a sentence before what people do: "Aporosa and Waisea carried him",
// "Jharna and Roksana had left the kitchen". Not two towns or two bodies ("Leeds and Bradford shared").
const PAIR_OF_NAMES_OPENING = new RegExp(
  `(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]+and[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]+(?:(?:had|have|both|also|then|later|were[^\\S\\n]+both)[^\\S\\n]+)?(?:(?:not|never)[^\\S\\n]+)?(\\p{Ll}+)`,
  "uy",
);
// What two people do together: "Rayan and Abuzar held the door shut", "Macie and Ste booked the same console",
// "Kornel and Marjeta discussed the case", "… had not met before".
const PAIR_VERBS: ReadonlySet<string> = new Set([
  "held",
  "sat",
  "bought",
  "booked",
  "argued",
  "fought",
  "hugged",
  "discussed",
  "met",
  "talked",
  "married",
  "divorced",
  "partnered",
  "shared",
  "share",
  "spoken",
  "swapped",
  "appear",
  "appeared",
]);
const ANIMAL_IN_SENTENCE = new RegExp(`\\b(?:${pii.animalWords.join("|")}|sheepdogs?|trial)\\b`, "i");
const SENTENCE_END = /[.!?](?:\s|$)/;
// "Swanson Bookbinders", "Kettle Printers": a trade in the plural ends a firm's name.
const tradeInPlural = (word: string) =>
  word.length > 5 &&
  word.endsWith("ers") &&
  (isEnglishWord(word.slice(0, -1).toLowerCase()) || isEnglishCompound(word.slice(0, -1).toLowerCase()));
const oneNameAlone = (value: string) =>
  value.length >= 3 &&
  unknownNameWord(value) &&
  !mayBeTown(value) &&
  !pluralOfAnyNoun(value) &&
  !COMMON_WORD_NAMES.has(value) &&
  !ORGANISATION_NAMES.has(value) &&
  !ORGANISATION_WORDS.has(value) &&
  !isCapitalisedWord(value.toUpperCase()) &&
  !lookupAcronym(value.toUpperCase());
/** One name of a pair: a word no list knows, or two ("Thadeus Druett"), whose last may be shaped like a town. */
function pairedName(value: string): boolean {
  const words = value.split(SPACES);
  if (words.length === 1) return oneNameAlone(value) || (surnameLike(value) && !UK_PLACES.has(value));
  const last = words[1]!;
  return (
    oneNameAlone(words[0]!) &&
    unknownNameWord(last) &&
    !UK_PLACES.has(last) &&
    !ORGANISATION_WORDS.has(last) &&
    !PLACE_WORDS.has(last) &&
    !FIRM_ENDINGS.has(last) &&
    !PLACE_OR_BODY_LAST.has(last)
  );
}
// "The groomer, Gervaise, rang the police", "The Saturday assistant, Bellamira Gosney, took the order": a name set
// off by commas after a noun for someone who does a job. Nouns for things that end the same way are left out.
const JOB_NOUN_APPOSITIVE = new RegExp(
  `\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+){0,2}?(\\p{Ll}[\\p{Ll}-]+)[^\\S\\n]*,[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?),[^\\S\\n]`,
  "gu",
);
const JOB_NOUN_ENDING = /(?:er|or|ist|ian|man|woman|master|mistress|keeper|mate)$/;
const JOB_NOUNS_OTHERWISE: ReadonlySet<string> = new Set([
  "assistant",
  "tenant",
  "attendant",
  "consultant",
  "accountant",
  "participant",
  "applicant",
  "client",
  "parent",
  "resident",
  "student",
  "agent",
  "patient",
  "neighbour",
]);
const ONE_PERSON_JOBS: ReadonlySet<string> = new Set(
  "assistant bailiff groomer foreman forewoman receptionist cashier waiter bartender barman porter caretaker janitor housekeeper shopkeeper doorman groundsman barber hairdresser stylist tutor teacher instructor coach trainer babysitter childminder nanny carer tenant lodger neighbour cox captain secretary treasurer warden steward starter marshal umpire referee organiser beekeeper".split(
    " ",
  ),
);
const THING_NOUNS_LIKE_JOBS: ReadonlySet<string> = new Set(
  "after other either neither river water corner border letter paper number order center computer however never ever over under former latter later together weather winter summer dinner chapter quarter register counter trailer sticker poster cover power tower shower matter manner banner floor door error mirror factor sector motor corridor indicator generator calculator radiator elevator escalator major minor interior exterior behaviour colour flavour favour honour labour harbour humour odour rumour list wrist twist mist fist gist median employer provider supplier insurer retailer broadcaster publisher carrier operator sponsor distributor manufacturer developer contractor regulator lender creditor funder partner owner buyer seller printer scanner router charger heater boiler cooker freezer container folder shelter theater speaker player".split(
    " ",
  ),
);
function namesAfterJobNouns(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  if (!text.includes(", ")) return;
  for (const m of allMatches(JOB_NOUN_APPOSITIVE, text)) {
    const noun = m[1]!;
    const value = m[2]!;
    const job =
      JOB_NOUNS_OTHERWISE.has(noun) ||
      ONE_PERSON_JOBS.has(noun) ||
      (noun.length >= 5 && JOB_NOUN_ENDING.test(noun) && !THING_NOUNS_LIKE_JOBS.has(noun));
    if (!job || !(pairedName(value) || isKnownFirstName(value))) continue;
    // One name alone may be a firm's ("The letting agent, Foxtons,"): only after a job no firm does.
    if (!value.includes(" ") && !isKnownFirstName(value) && !ONE_PERSON_JOBS.has(noun)) continue;
    const from = (m.index ?? 0) + m[0].length - value.length - 2;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// '"Dric/Smash"', "Rooky/Nadezhda", '"Carraway/Ebbesworth 18:00"': two people written on a slip, a sheet or a card,
// one of them by a name no dictionary knows; the other may be a nickname that is a word.
const SLASH_PAIR =
  /(?<![\p{L}\p{N}/'’-])(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)\/(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}/'’-])/gu;
// A bout or a match of two people: "Piste 1: Hulbert v Grindrod".
const VERSUS_PAIR =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)[^\S\n]+(?:v|vs\.?|versus)[^\S\n]+(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-])/gu;
const hasVersusCue = containsAny([" v ", " vs ", " vs. ", " versus "]);
const SLASH_PAIR_CUE =
  /\b(?:slips?|sheets?|rota|list|board|column|book|card|log|pairings?|paired|swap|duet|reserve|ladder|shelf|slot|team)\b/i;
/**
 * One side of a pair written with a slash or "v": a word that may be a person's name or nickname, no acronym, title
 * or place.
 */
const slashSide = (word: string) =>
  word.length >= 3 &&
  !lookupAcronym(word.toUpperCase()) &&
  !isCapitalisedWord(word.toUpperCase()) &&
  !TITLES.has(word) &&
  !UK_PLACES.has(word) &&
  !isKnownPlace(word) &&
  !MONTH_OR_DAY.test(word) &&
  !DAY_OR_MONTH_WORD.test(word);
/** Whether a slash stands between a letter and a capital ("Dric/Smash"), not only in dates ("14/03/2023"). */
function slashBetweenWords(text: string): boolean {
  for (let at = text.indexOf("/"); at > 0; at = text.indexOf("/", at + 1)) {
    const before = text[at - 1]!;
    const after = text[at + 1] ?? "";
    if (before.toLowerCase() !== before.toUpperCase() && after !== after.toLowerCase()) return true;
  }
  return false;
}
function namesInSlashPairs(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  if (!slashBetweenWords(text) || !SLASH_PAIR_CUE.test(text)) return;
  for (const m of allMatches(SLASH_PAIR, text)) {
    const [, first, second] = m as unknown as [string, string, string];
    if (!slashSide(first) || !slashSide(second)) continue;
    if (!(oneNameAlone(first) || isKnownFirstName(first) || oneNameAlone(second) || isKnownFirstName(second))) continue;
    const from = m.index ?? 0;
    const secondFrom = from + first.length + 1;
    if (!taken(from, from + first.length)) out.push({ from, to: from + first.length, text: first, kind: "cued" });
    if (!taken(secondFrom, secondFrom + second.length))
      out.push({ from: secondFrom, to: secondFrom + second.length, text: second, kind: "cued" });
  }
}
/**
 * The other side of a pair whose one side is a person already: '"Barto/Gargoyle"', '"Zub/Bunker"', "Hulbert v
 * Grindrod".
 */
function slashPartners(text: string, people: readonly { from: number; to: number }[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  if (people.length === 0) return out;
  const isPerson = (from: number, to: number) => people.some((p) => p.from < to && p.to > from);
  const pairs = [
    ...(slashBetweenWords(text) ? allMatches(SLASH_PAIR, text) : []),
    ...(hasVersusCue(text) ? allMatches(VERSUS_PAIR, text) : []),
  ];
  for (const m of pairs) {
    const [whole, first, second] = m as unknown as [string, string, string];
    const from = m.index ?? 0;
    const secondFrom = from + whole.length - second.length;
    const firstPerson = isPerson(from, from + first.length);
    const secondPerson = isPerson(secondFrom, secondFrom + second.length);
    if (firstPerson && !secondPerson && slashSide(second))
      out.push({ from: secondFrom, to: secondFrom + second.length, text: second, kind: "cued" });
    if (secondPerson && !firstPerson && slashSide(first))
      out.push({ from, to: from + first.length, text: first, kind: "cued" });
  }
  return out;
}
// "The rota pairs Hackwood with Grimstead and Jordelle with Gwillam", "Zubrowski had been paired with Vintcent": who
// is paired, partnered or teamed with whom.
const PAIRED_WITH = new RegExp(
  `\\b(?:pair(?:s|ed)?|partner(?:s|ed)?|team(?:s|ed)?)[^\\S\\n]+(?:(${NAME_PART})[^\\S\\n]+)?with[^\\S\\n]+(${NAME_PART})(?:[^\\S\\n]+and[^\\S\\n]+(${NAME_PART})[^\\S\\n]+with[^\\S\\n]+(${NAME_PART}))?(?![\\p{L}\\p{N}\\p{M}'’-])`,
  "gu",
);
const PAIRED_CUE = /\b(?:pair|partner|team(?:ed|s)?\s)/;
/** A word that may be a surname though shaped like a town's name: no word, place, body or firm. */
const surnameLike = (word: string) =>
  unknownNameWord(word) &&
  !isEnglishWord(word.toLowerCase()) &&
  !isKnownPlace(word) &&
  !ORGANISATION_WORDS.has(word) &&
  !PLACE_WORDS.has(word) &&
  !FIRM_ENDINGS.has(word) &&
  !lookupAcronym(word.toUpperCase());
function namesPairedWith(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  if (!text.includes(" with ") || !PAIRED_CUE.test(text)) return;
  for (const m of allMatches(PAIRED_WITH, text)) {
    const names = m.slice(1).filter((v): v is string => v !== undefined);
    if (!names.every(surnameLike)) continue;
    let at = m.index ?? 0;
    for (const value of names) {
      const from = text.indexOf(value, at);
      at = from + value.length;
      if (!taken(from, at)) out.push({ from, to: at, text: value, kind: "cued" });
    }
  }
}
function unknownPairOfNamesActing(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean) {
  for (const at of openingsOf(text)) {
    PAIR_OF_NAMES_OPENING.lastIndex = at;
    const m = PAIR_OF_NAMES_OPENING.exec(text);
    // "Faolan and Shaunagh were both interviewed": both, then whatever was done to them.
    if (
      !m ||
      (!PERSON_VERBS.has(m[3]!) &&
        !PAIR_VERBS.has(m[3]!) &&
        !isPastDeed(m[3]!) &&
        !/\bboth\s+$/.test(m[0].slice(0, -m[3]!.length)))
    )
      continue;
    const [, first, second] = m as unknown as [string, string, string];
    if (!pairedName(first) || !pairedName(second)) continue;
    // "Gertie and Gyp came second in the sheepdog trial": animals.
    if (ANIMAL_IN_SENTENCE.test(text.slice(at, at + 120).split(SENTENCE_END)[0]!)) continue;
    const secondFrom = at + m[0].indexOf(second, first.length);
    if (!taken(at, at + first.length)) out.push({ from: at, to: at + first.length, text: first, kind: "cued" });
    if (!taken(secondFrom, secondFrom + second.length))
      out.push({ from: secondFrom, to: secondFrom + second.length, text: second, kind: "cued" });
  }
}

// A rota's stations and who stands at them: 'Rota, Friday: "Door: Dahabo; Kitchen: Jharna, Roksana"'.
const ROTA_STATION = new RegExp(
  `\\b(?:Door|Kitchen|Hall|Bar|Till|Yard|Desk|Reception|Floor|Cash|Café|Cafe|Nights|Days|Earlies|Lates)[^\\S\\n]*:[^\\S\\n]*(${NAME_PART}(?:,[^\\S\\n]*(?:and[^\\S\\n]+)?${NAME_PART})*)(?=[;."”]|[^\\S\\n]*$)`,
  "gmu",
);
// A rota's days and who has each: 'The tuning rota reads: "Mon Mensell, Tue Ebril, Wed Pethybridge"'.
const ROTA_DAY = new RegExp(
  `\\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?:?[^\\S\\n]+(${NAME_PART})(?=[,;."”]|[^\\S\\n]*$)`,
  "gmu",
);
function rotaStations(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean) {
  if (!ROTA_CUE.test(text)) return;
  const days = allMatches(ROTA_DAY, text);
  // Two days at least: "on Sat Morgan" alone may be anything.
  for (const m of days.length > 1 ? days : []) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if ((recordEntryName(value) || isKnownFirstName(value)) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of allMatches(ROTA_STATION, text)) {
    let at = (m.index ?? 0) + m[0].length - m[1]!.length;
    for (const value of m[1]!.split(/,\s*(?:and\s+)?/)) {
      const from = text.indexOf(value, at);
      at = from + value.length;
      if (!oneNameAlone(value) && !isKnownFirstName(value)) continue;
      if (!taken(from, at)) out.push({ from, to: at, text: value, kind: "cued" });
    }
  }
}

// "Euros +1 (Nyah)", "Gerrard (owner Vinny)": a guest's plus-one, an owner in brackets.
const PLUS_ONE_OR_OWNER = new RegExp(
  `(?:\\+1[^\\S\\n]*\\(|\\((?:owner|owners|handler|trainer|keeper|carer|mum|dad)[^\\S\\n]+)(${NAME_PART})\\)`,
  "gu",
);
const PLUS_ONE_OR_OWNER_CUES = ["+1", "(owner", "(handler", "(trainer", "(keeper", "(carer", "(mum", "(dad"];
const hasPlusOneOrOwnerCue = containsAny(PLUS_ONE_OR_OWNER_CUES);
// "Set by Ujjwal ('Gecko')": a nickname quoted in brackets after one name, a lower-case word before it.
const QUOTED_IN_BRACKETS = new RegExp(`\\(['‘"“](${NAME_PART})['’"”]\\)`, "gu");
const ONE_NAME_BEFORE_BRACKET = new RegExp(`(?:^|[^\\p{L}])\\p{Ll}+[^\\S\\n]+${NAME_PART}[^\\S\\n]+$`, "u");
// "Ackeem 'Mamba' Sangster": a nickname inside a name.
const CALLED_PERSON_QUOTED = new RegExp(
  `\\b(?:called|dubbed|nicknamed)[^\\S\\n]+(${NAME_PART}[^\\S\\n]+${NAME_PART})[^\\S\\n]+["“‘](\\p{Lu}\\p{Ll}+)["”’]`,
  "gu",
);
const NICKNAME_INSIDE_NAME_CUE = /['‘"“]\p{Lu}\p{Ll}*['’"”][^\S\n]+(?:\p{Lu}|(?:and|&)[^\S\n]+['‘"“])/u;
// '"Crooner" Underhill left his mobile', '"Inky" Ievins called the police': a nickname in quotes before a surname.
const QUOTED_NICKNAME_THEN_SURNAME = new RegExp(
  `(?:^|[.!?]["”’']?[^\\S\\n]+|\\n[^\\S\\n]*|[,;][^\\S\\n]+|\\b(?:and|with|by|to|from|saw|told|asked)[^\\S\\n]+)['‘"“](\\p{Lu}\\p{Ll}+)['’"”][^\\S\\n]+(${NAME_PART})(?![\\p{L}\\p{N}\\p{M}'’-])`,
  "gu",
);
const QUOTED_NAMES_JOINED = /['‘"“](\p{Lu}\p{Ll}+)['’"”][^\S\n]+(?:and|&)[^\S\n]+['‘"“](\p{Lu}\p{Ll}+)['’"”]/gu;
const MARKED_AS_BEFORE =
  /\b(?:marked|listed|entered|down|written|appear|appears|appeared|signed)(?:[^\S\n]+as)?[^\S\n]+$/;
/**
 * A nickname in quotes inside a name ('Elodie "Trumps" Wraxall', "Jurgis 'Ropes' Mockus") or before a surname that
 * does what a person does: the nickname, whatever word it is, and the names beside it.
 */
function nicknamesBesideNames(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  const push = (from: number, value: string) => {
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  };
  const nicknameWord = (word: string) => !lookupAcronym(word.toUpperCase()) && !TITLES.has(word) && word.length >= 3;
  const surnameWord = (word: string) =>
    (unknownNameWord(word) || isListedSurname(censusForm(word))) &&
    !isEnglishWord(word.toLowerCase()) &&
    !UK_PLACES.has(word) &&
    !ORGANISATION_WORDS.has(word) &&
    !PLACE_WORDS.has(word) &&
    !FIRM_ENDINGS.has(word);
  for (const m of allMatches(NICKNAME_INSIDE_NAME_WHOLE, text)) {
    const [, first, nickname, last] = m as unknown as [string, string, string, string];
    const at = m.index ?? 0;
    const person = surnameWord(last) && nicknameWord(nickname) && (isKnownFirstName(first) || oneNameAlone(first));
    if (person || isKnownFirstName(nickname) || oneNameAlone(nickname))
      push(at + m[0].indexOf(nickname, first.length), nickname);
    if (!person) continue;
    push(at, first);
    push(at + m[0].length - last.length, last);
  }
  // '"Vald" and "Dota" had been together', 'the pots are marked "Rooky" and "Muddy"': two quoted names that act, or
  // that a sheet marks or lists.
  for (const m of allMatches(QUOTED_NAMES_JOINED, text)) {
    const [, first, second] = m as unknown as [string, string, string];
    const at = m.index ?? 0;
    const to = at + m[0].length;
    const marked = MARKED_AS_BEFORE.test(text.slice(Math.max(0, at - 30), at));
    if (!nicknameWord(first) || !nicknameWord(second) || !(marked || personFollows(text, to))) continue;
    if (
      !marked &&
      !(oneNameAlone(first) || isKnownFirstName(first) || oneNameAlone(second) || isKnownFirstName(second))
    )
      continue;
    push(at + 1, first);
    push(to - second.length - 1, second);
  }
  for (const m of allMatches(QUOTED_NICKNAME_THEN_SURNAME, text)) {
    const [, nickname, last] = m as unknown as [string, string, string];
    const to = (m.index ?? 0) + m[0].length;
    if (!surnameWord(last) || !nicknameWord(nickname) || !personFollows(text, to)) continue;
    push(to - m[0].length + m[0].lastIndexOf(nickname, m[0].length - last.length), nickname);
    push(to - last.length, last);
  }
}
const NICKNAME_INSIDE_NAME_WHOLE = new RegExp(
  `(${NAME_PART})[^\\S\\n]+['‘"“](\\p{Lu}\\p{Ll}+)['’"”][^\\S\\n]+(${NAME_PART})(?![\\p{L}\\p{N}\\p{M}'’-])`,
  "gu",
);
const PARTS_OR_ENGRAVED = new RegExp(
  `\\b(?:Sopranos?|Altos?|Tenors?|Basses|Baritones?|Cornets?|Trombones?|Euphoniums?|Drums|Vocals|Guitars?)[^\\S\\n]*:[^\\S\\n]*(${NAME_PART}(?:,[^\\S\\n]*(?:and[^\\S\\n]+)?${NAME_PART})*)(?=[;.]|$)|\\b(?:engraved|inscribed)(?:[^\\S\\n]+with)?[^\\S\\n]+["“](${NAME_PART}(?:[^\\S\\n]+(?:and|&)[^\\S\\n]+${NAME_PART})?)["”]|(${NAME_PART}[^\\S\\n]+${NAME_PART})(?=[^\\S\\n]+\\((?:soprano|alto|tenor|baritone|bass|piano|organ|violin|cello|trumpet|cornet)\\))`,
  "gmu",
);
// A list of parts has its colon, a soloist's part its bracket.
const PART_LABELS = "Sopran Alto Tenor Bass Baritone Cornet Trombone Euphonium Drums Vocals Guitar".split(" ");
const hasPartLabel = containsAny(PART_LABELS);
const PARTS_IN_BRACKETS = "soprano alto tenor baritone bass piano organ violin cello trumpet cornet"
  .split(" ")
  .map((part) => `(${part}`);
const hasPartInBrackets = containsAny(PARTS_IN_BRACKETS);
const partsOrEngraved = (text: string) =>
  (text.includes(":") && hasPartLabel(text)) ||
  (text.includes("(") && hasPartInBrackets(text)) ||
  text.includes("engraved") ||
  text.includes("inscribed");
// "He had been punched by Pambos": only a person punches, hugs or stalks someone.
const VIOLENT_AGENT = new RegExp(
  `\\b(?:attacked|punched|assaulted|kicked|stabbed|slapped|hugged|kissed|groomed|raped|strangled|headbutted|harassed|stalked|bullied)[^\\S\\n]+by[^\\S\\n]+(${NAME_PART})(?![\\p{L}\\p{N}'’-]|[^\\S\\n]+\\p{Lu})`,
  "gu",
);
// "Nelly asked Ilídio to lock Till 2", "The victim told Kukua what had happened", "wrote to Jonida from custody": one
// person asking, telling or writing to another.
const ASKED_CUES = [" asked ", " told ", " urged ", " texted ", " messaged ", " wrote to "];
const hasAskedCue = containsAny(ASKED_CUES);
const ASKED_ONE = new RegExp(
  `\\b(?:asked|told|urged|texted|messaged|wrote[^\\S\\n]+to)[^\\S\\n]+(${NAME_PART})(?=[^\\S\\n]+(?:on[^\\S\\n]+\\d{1,2}[^\\S\\n]+\\p{Lu}\\p{Ll}+[^\\S\\n]+(?=that\\b|whether\\b))?(?:to[^\\S\\n]+\\p{Ll}|(?:what|about|from|asking|for)\\b|that[^\\S\\n]+(?:["“]|(?:he|she|they|his|her|the[^\\S\\n]+SI|\\p{Lu}\\p{Ll}+[^\\S\\n]+(?:was|had|is|has|would))\\b)))`,
  "gu",
);
const PERSON_ONLY_DEED =
  /^[^\S\n]+(?:(?:later|then|also|never|once)[^\S\n]+)?(?:(?:adds|added|suggested|advised|explained|recalled|remembered|admitted|insisted)[^\S\n]+that\b|wrote[^\S\n]*:?[^\S\n]*["“]|suggested[^\S\n]+(?:the|a|an|he|she|they)\b|deleted|filmed|hugged|kissed|punched|kicked|slapped|stabbed|grabbed|slept|woke|cried|laughed|shouted|screamed|wept|sobbed|whispered|apologised|lent|denied|told[^\S\n]+(?:him|her|W\d|PP\d|SPO\d|the[^\S\n]+(?:victim|SI|coach|police)|[A-Z][a-z]+[^\S\n]+that|the[^\S\n]+(?:[a-z-]+[^\S\n]+)?(?:manager|supervisor|officer|nurse|keyworker|worker|stewards?|committee)[^\S\n]+(?:that|what|how|why|about)\b)|(?:rang|phoned)[^\S\n]+the|cancelled[^\S\n]+(?:his|her)\b|complained[^\S\n]+that|swapped[^\S\n]+shifts|returned[^\S\n]+the|(?:moved|drove|warned|suspended|excluded|banned|threatened|let)[^\S\n]+the[^\S\n]+(?:SI|victim)\b|wrote[^\S\n]+(?:his|her)|kept[^\S\n]+(?:his|her)[^\S\n]+own|gave[^\S\n]+(?:the[^\S\n]+police[^\S\n]+)?(?:a|his|her)[^\S\n]+statement|gave[^\S\n]+the[^\S\n]+police[^\S\n]+(?:a|an|his|her)\b|left[^\S\n]+before[^\S\n]+the[^\S\n]+(?:police|ambulance)|gave[^\S\n]+(?:his|her)[^\S\n]+(?:address|name|date[^\S\n]+of[^\S\n]+birth)|said[^\S\n]+(?:the[^\S\n]+SI|he|she)|said[^\S\n]*:[^\S\n]*["“]|called[^\S\n]+(?:the[^\S\n]+police|999)|did[^\S\n]+not[^\S\n]+(?:know|invite|attend|answer|reply|record|see|hear|notice|witness|ask)|lives[^\S\n]+at[^\S\n]+\d|saw[^\S\n]+(?:him|her|the[^\S\n]+(?:SI|victim))|kept[^\S\n]+the[^\S\n]+(?:[a-z-]+[^\S\n]+)?keys?|had[^\S\n]+been[^\S\n]+(?:barred|banned|sacked|warned)|sent[^\S\n]+the[^\S\n]+(?:[a-z-]+[^\S\n]+)?(?:message|text|video|photo|clip)|works?[^\S\n]+(?:nights|weekends|night[^\S\n]+shifts)|told[^\S\n]+the[^\S\n]+(?:[A-Za-z-]+[^\S\n]+)?group[^\S\n]+(?:that|he|she)|noted[^\S\n]+that[^\S\n]+(?:the[^\S\n]+(?:SI|victim)|he|she|his|her)|said[^\S\n]*:?[^\S\n]*["“'‘]|wrote[^\S\n]+that|stood[^\S\n]+(?:at|by|outside|on)[^\S\n]+the[^\S\n]+(?:[a-z-]+[^\S\n]+)?(?:door|gate|bar|entrance)|(?:was|had[^\S\n]+been)[^\S\n]+(?:remanded|sentenced|convicted|bailed|acquitted|recalled)|(?:is|was)[^\S\n]+the[^\S\n]+subject[^\S\n]+of[^\S\n]+(?:this|the)[^\S\n]+review)\b/;
// "Another guide, Peller Bramage, saw …", "A fellow boat hand, Lintwell Romsley, …": one more of some people, named.
const ANOTHER_ONE_NAMED = new RegExp(
  `\\b(?:[Aa]nother|[Aa][^\\S\\n]+fellow|[Tt]he[^\\S\\n]+other)[^\\S\\n]+(?!(?:firm|company|supplier|business|shop|charity|agency|organisation|provider|venue|pub|club|school|site|branch|team|group)\\b)(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}[\\p{Ll}-]+,[^\\S\\n]+(${NAME_PART}[^\\S\\n]+${NAME_PART}),`,
  "gu",
);
const INITIAL_DOT_CUE = /\b[A-Z]\.[^\S\n]?[A-Z][a-z]/;
const INITIAL_AND_SURNAME =
  /(?<![\p{L}\p{N}.'’-])[A-Z]\.[^\S\n]?((?:O['’]|Mc|Mac)?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/gu;
// "Bethia's clip", "Rari's not answering": a word no list knows or shapes as a town's, owning anything.
// Not a business's name ("Tregarthen's is the farm next door") or what a business has ("Ordgar's gym", "Vantrel's
// switchboard").
const OWNS_SOMETHING_AFTER =
  /^['’]s[^\S\n]+(?!(?:is|was|are|were|builders|merchants|gym|shop|switchboard|café|cafe|garage|yard|land|farm|pub|bar|restaurant|salon|store|stores|factory|depot|mill|office|website|premises|van|vans|lorry|lorries|staff|customers|branch|dog\s+warden|warden|council|police|hospital|station|market|library|security|reception|sales|accounts|payroll|switchboard|helpline|customer|law|team|teams|moderators|policy|policies|trust|safety)\b)(?:\p{Ll}+[^\S\n]+)?\p{Ll}{3,}/u;
const PERSONAL_THING_AFTER =
  /^['’]s[^\S\n]+(?:statement|notebook|notes|mobile|number|handset|diary|letters|texts|messages|shift|shifts|fall|riders|stall|sheet|form|clip|lodger|keyworker|handover|burns|injuries|wounds|account|version|flat|room|debt|boss|cousin|uncle|aunt|locker|till|headphones|handbag|purse|wallet|partner|mother|father|sister|brother|son|daughter|wife|husband|girlfriend|boyfriend|children|mum|dad|class[^\S\n]+teacher|ticket|scorecard|keepnet|blanket|croft|bike|footage|scooter|van|direct[^\S\n]+line|Instagram|Facebook|Snapchat|TikTok)\b/u;
// "Moth had told the pharmacist she was scared", "Tank told Dibble to keep out of it", "Buxton told the panel": one word
// opening a sentence that tells or asks a person something is someone, whatever else the word means; not a body, a
// relative, a thought, a crowd or a place ("Security told him", "Mum asked PP1", "Experience told her", "Neighbours told",
// "Lancashire told the review").
const TELLS_A_PERSON = new RegExp(
  `(?:^|[.!?]["”’]?[^\\S\\n]+|[,;]["”’][^\\S\\n]+|\\n[^\\S\\n]*|["“‘][^\\S\\n]*)(\\p{Lu}\\p{Ll}{2,})[^\\S\\n]+(?:(?:had|later|then|also|once|never)[^\\S\\n]+)?(?:told|asked)[^\\S\\n]+(?:(the[^\\S\\n]+(?:panel|review|police|court|inquiry|coroner|committee)\\b|police[^\\S\\n]+(?:that|he|she|the)\\b)|the[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:${ROLE_ALTERNATION}|stewards?|pharmacist|coordinator|chaplain|warden)\\b|(?:his|her)[^\\S\\n]+(?:cellmate|${KIN_OR_OWN_THINGS.slice(0, 14).join("|")})\\b|(?:PP|SPO|W|V)\\d{1,2}\\b|me[^\\S\\n]+(?:he|she|that|to)\\b|\\p{Lu}\\p{Ll}+[^\\S\\n]+(?:to|that|he|she|which|what|whether|about|if|why|how|where|when)\\b|(?:(?:PC|DC|PS|DS|Sgt|Dr|Mr|Mrs|Ms|Miss)\\.?[^\\S\\n]+)?\\p{Lu}\\p{Ll}+[^\\S\\n]*:[^\\S\\n]*["“])`,
  "gu",
);
const TELLERS_NOT_NAMES: ReadonlySet<string> = new Set(pii.tellersNotNames);
const STRUCK_CUE =
  /\b(?:pushed|shoved|punched|kicked|slapped|stabbed|headbutted|head-butted|strangled|assaulted|bit|went\s+for)\s+\p{Lu}/u;
function wordsTellingPeople(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(TELLS_A_PERSON, text)) {
    const value = m[1]!;
    if (TELLERS_NOT_NAMES.has(value) || KINSHIP_WORDS.has(value) || ORGANISATION_WORDS.has(value)) continue;
    if (NOT_NAMES.has(value) || NOT_WORD_NAMES.has(value) || PRISONS.has(value) || ORGANISATION_NAMES.has(value))
      continue;
    if (pluralOfAnyNoun(value)) continue;
    if (isCapitalisedWord(value.toUpperCase()) || lookupAcronym(value.toUpperCase()) || isKnownPlace(value)) continue;
    // "Northmoor told the panel": a hostel or a town's body tells a panel or the police; only a person tells a cellmate.
    if (m[2] !== undefined && (looksLikeTown(value) || value.endsWith("shire"))) continue;
    const from = (m.index ?? 0) + m[0].indexOf(value);
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// "Lollipop was seen near the victim's house", "Torpedo stood at the end of lane five", "Cartwheel moved his mat": one
// word opening a sentence, seen somewhere, waiting or standing somewhere, or moving what is theirs, is someone, whatever
// else the word means; not a body, a crowd, weather or what is seen ("Security stood at the door", "Smoke was seen
// near the garage", "Water stood in the yard").
const DOES_WHAT_PEOPLE_DO =
  /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*|["“‘][^\S\n]*)(\p{Lu}\p{Ll}{2,})[^\S\n]+(?:(?:was[^\S\n]+(?:later[^\S\n]+|often[^\S\n]+|also[^\S\n]+)?seen[^\S\n]+(?:near|at|outside|watching|photographing|leaving|entering|with)|(?:waited|stood|lingered|loitered)[^\S\n]+(?:at|in|outside|by|on|for|near|beside)|(?:moved|brought|swapped)[^\S\n]+(?:his|her)|(?:pushed|shoved|punched|kicked|slapped|grabbed)[^\S\n]+(?:her|him|them|the[^\S\n]+(?:victim|SI))|had[^\S\n]+a[^\S\n]+key[^\S\n]+to)\b)/gu;
// "Skates's name was on four job sheets", "Tank's teammates said", "Bigga's licence began": one word opening a
// sentence that owns what only a person has.
const OWNS_WHAT_PEOPLE_OWN =
  /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*|["“‘][^\S\n]*)(\p{Lu}\p{Ll}{2,})['’]s[^\S\n]+(?:name|licence|shifts?|teammates|team-mates|mobile|work[^\S\n]+mobile|slip|row|orders|car|last[^\S\n]+show|statement|number|phone|referral|concerns?|(?:transfer|handover|pre-sentence|assessment)[^\S\n]+report|(?:report|entry|statement)[^\S\n]+(?:says|said|notes|noted|records|recorded|states|stated)|(?:support|key|social|youth)[^\S\n]+worker|signature|friends)\b/gu;
const mayDoWhatPeopleDo = containsAny([
  " seen ",
  "waited",
  "stood",
  "lingered",
  "loitered",
  " moved ",
  "brought",
  "swapped",
  "pushed",
  "shoved",
  "punched",
  "kicked",
  "slapped",
  "grabbed",
  " key ",
]);
const SEEN_NOT_NAMES: ReadonlySet<string> = new Set(pii.seenNotNames);
function wordsDoingWhatPeopleDo(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  const owning = text.includes("'s ") || text.includes("’s ") ? allMatches(OWNS_WHAT_PEOPLE_OWN, text) : [];
  const doing = mayDoWhatPeopleDo(text) ? allMatches(DOES_WHAT_PEOPLE_DO, text) : [];
  for (const m of [...doing, ...owning]) {
    const value = m[1]!;
    if (MONTH_OR_DAY.test(value) || !messageNameWord(value)) continue;
    if (TELLERS_NOT_NAMES.has(value) || SEEN_NOT_NAMES.has(value) || KINSHIP_WORDS.has(value)) continue;
    if (ORGANISATION_WORDS.has(value) || NOT_NAMES.has(value) || NOT_WORD_NAMES.has(value) || PRISONS.has(value))
      continue;
    if (ORGANISATION_NAMES.has(value) || ROLE_WORDS.has(value) || pluralOfAnyNoun(value)) continue;
    if (isCapitalisedWord(value.toUpperCase()) || lookupAcronym(value.toUpperCase()) || isKnownPlace(value)) continue;
    if (!isCueNameWord(value) || looksLikeTown(value)) continue;
    const from = (m.index ?? 0) + m[0].indexOf(value);
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// A message that opens with whom it is to or about, in any case: '"tomi where u at"', "'teg its me'", '"Radar, move
// your truck"', '"kiro is drunk again"', '"palko owes me"', '"Tank has gone mad"'. What follows is said only to or of a
// person; greetings, relatives and pronouns open messages too ("hi its me", "mum where r u").
const MESSAGE_OPENING = `(?:(?<![\\p{L}\\p{N}])["“‘']|\\b(?:read|reads|wrote|said|texted|messaged|sent|says)[^\\S\\n]*:[^\\S\\n]*["“‘']?)[^\\S\\n]*(\\p{L}[\\p{L}'’-]*\\p{L})`;
const ADDRESSED_IN_MESSAGE = new RegExp(
  `${MESSAGE_OPENING},?[^\\S\\n]+(?:where[^\\S\\n]+(?:r|are)[^\\S\\n]+(?:u|you|ya)|where[^\\S\\n]+u[^\\S\\n]+at|its[^\\S\\n]+me|it['’]s[^\\S\\n]+me|u[^\\S\\n]+(?:ok|ready|owe|up|there|coming|alright)|ur[^\\S\\n]+(?:dead|on|finished)|pls|plz|get[^\\S\\n]+out|come[^\\S\\n]+(?:home|here|back|up)|leave[^\\S\\n]+it|move[^\\S\\n]+your|ring[^\\S\\n]+me|call[^\\S\\n]+me|open[^\\S\\n]+the[^\\S\\n]+door)\\b`,
  "gu",
);
const SAID_OF_IN_MESSAGE = new RegExp(
  `${MESSAGE_OPENING}[^\\S\\n]+(?:is[^\\S\\n]+(?:drunk|raging|kicking[^\\S\\n]+off|crying|scared[^\\S\\n]+of|not[^\\S\\n]+answering)|has[^\\S\\n]+(?:gone[^\\S\\n]+mad|been[^\\S\\n]+drinking)|owes[^\\S\\n]+(?:me|you|us|him|her)|will[^\\S\\n]+sort|says[^\\S\\n]+(?:the|he|she|you|u)|still[^\\S\\n]+(?:cannot|can['’]t|not))\\b`,
  "gu",
);
// '"Ask Torque, not me"', '"Tell Clapper he is off the rota"', '"tell quiggy to watch himself"': whom to ask or tell.
const ASK_OR_TELL_ONE =
  /(?<![\p{L}\p{N}])["“‘'](?:[Aa]sk|[Tt]ell)[^\S\n]+(\p{L}[\p{L}'’-]*\p{L})(?=,|[^\S\n]+(?:he|she|to|that|i|im|for|about|if|whether|nothing|not)\b)/gu;
const MESSAGE_OPENERS_NOT_NAMES: ReadonlySet<string> = new Set(pii.messageOpenersNotNames);
/** Whether a word opening a message, or whom to ask or tell, may be a name: no greeting, relative, pronoun or role. */
function messageNameWord(value: string): boolean {
  const lower = value.toLowerCase();
  const title = titleCase(lower);
  return !(
    MESSAGE_OPENERS_NOT_NAMES.has(lower) ||
    KINSHIP_WORDS.has(title) ||
    TELLERS_NOT_NAMES.has(title) ||
    NOT_NICKNAMES.has(title) ||
    NOT_CALLED_NAMES.has(title) ||
    ROLE_WORDS.has(title) ||
    ORGANISATION_WORDS.has(title) ||
    ORGANISATION_NAMES.has(value) ||
    isKnownPlace(title)
  );
}
// The words those forms need after the name; and the verbs that ask or tell.
const mayOpenMessage = containsAny(
  "where ;its me;it's me;it’s me; u ; ur ; pls; plz;get out;come ;leave it;move your;ring me;call me;open the door; is drunk; is raging; kicking off; is crying; scared of; not answering; gone mad; been drinking; owes ; will sort; says ; still ".split(
    ";",
  ),
);
const mayAskOrTell = containsAny(["Ask ", "ask ", "Tell ", "tell "]);
function namesOpeningMessages(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  const opened = mayOpenMessage(text)
    ? [...allMatches(ADDRESSED_IN_MESSAGE, text), ...allMatches(SAID_OF_IN_MESSAGE, text)]
    : [];
  for (const m of opened) {
    const value = m[1]!;
    if (!messageNameWord(value)) continue;
    const from = (m.index ?? 0) + m[0].indexOf(value, m[0].search(/["“‘':]/u) + 1);
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  // Only inside a quotation: a colon alone never opens one.
  const quoted = text.includes('"') || text.includes("“") || text.includes("'") || text.includes("‘");
  for (const m of quoted && mayAskOrTell(text) ? allMatches(ASK_OR_TELL_ONE, text) : []) {
    const value = m[1]!;
    if (!messageNameWord(value)) continue;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// "saw Cloudy photograph the victim's car", "heard Grog threaten the victim": whom someone saw or heard do what only
// people do; "told PP1 that Sleigh had followed her", "said that Skid had been drinking": of whom that is said; '"Fringe
// again, no tip"', '"Maggot's back"', '"Pomace – late again"': a diary's remark about someone coming again.
const SEEN_DOING = new RegExp(
  `\\b(?:saw|heard|watched|noticed|seen)[^\\S\\n]+(${NAME_PART})[^\\S\\n]+(?:photograph|tear|empty|follow|threaten|say|shout|fall|hit|punch|kick|push|pull|drag|shove|lift|take|leave|enter|grab|throw|run|walk|climb|steal|copy|swap|film|put|pick|get|go|come|drive|talk|speak|argue|fight)\\b`,
  "gu",
);
const SAID_TO_HAVE = new RegExp(
  `\\b(?:that|whether)[^\\S\\n]+(${NAME_PART})[^\\S\\n]+(?:had[^\\S\\n]+(?:given[^\\S\\n]+(?:a|his|her)[^\\S\\n]+statement|been[^\\S\\n]+(?:drinking|waiting|quiet|frightened|after|wound|barred|banned|violent|aggressive|abusive)|threatened|followed|asked|a[^\\S\\n]+(?:blade|knife|temper)|hit|punched|pushed|stolen|called[^\\S\\n]+(?:an[^\\S\\n]+ambulance|the[^\\S\\n]+police|999|for[^\\S\\n]+help)|rung|phoned)|was[^\\S\\n]+(?:drinking|scared|afraid|often|always|never|a[^\\S\\n]+regular|polite|trouble|drunk|angry|aggressive|violent|rude|lying))\\b`,
  "gu",
);
const BACK_AGAIN = new RegExp(
  `["“](${NAME_PART})(?:['’]s)?[^\\S\\n]+(?:again\\b|back\\b|been[^\\S\\n]+(?:at|in|on)\\b|[–-][^\\S\\n]+(?:late|no|again)\\b|was[^\\S\\n]+(?:shouting|screaming|swearing|drunk|raging|kicking[^\\S\\n]+off)\\b)`,
  "gu",
);
// "Mr Annan said Bulldog had "lost it"", "The chorus said Slapstick always stood too close", "The team noticed that
// Tungsten kept swapping his flights", 'The coach said: "Derny was angry"': what only people do, said of one word.
const SAID_OF_ONE = new RegExp(
  `\\b(?:said|says|noticed|noted|wrote|told[^\\S\\n]+\\S+)(?:[^\\S\\n]+(?:in[^\\S\\n]+(?:her|his)[^\\S\\n]+\\p{Ll}+[^\\S\\n]+)?that)?(?::?[^\\S\\n]+["“]?)(${NAME_PART})[^\\S\\n]+(?:had[^\\S\\n]+(?:been[^\\S\\n]+(?:drinking|quiet|frightened|wound|waiting|after|violent|aggressive)|["“]|started|copied|entered|threatened|followed|asked|a[^\\S\\n]+(?:blade|knife|temper)|hit|punched|pushed|stolen)|was[^\\S\\n]+(?:a[^\\S\\n]+regular|often|always|never|drunk|angry|polite|trouble|rude|lying|scared|afraid)|(?:always|often|never)[^\\S\\n]+(?:stood|wanted|arrived|sat|came|asked|waited|turned)|kept[^\\S\\n]+(?:swapping|asking|calling|coming|turning)|(?:sat|lingered|waited|stood)[^\\S\\n]+(?:behind|at|outside|near|by|in)|["“])`,
  "gu",
);
// Each form's own words: most blocks have none of them.
const SEEN_CUES = ["saw ", "heard ", "watched ", "noticed ", "seen "];
const SAID_CUES = ["said ", "says ", "noticed ", "noted ", "wrote ", "told ", "said:", "says:", "wrote:"];
const AGAIN_CUES = [" again", " back", " been ", " was "];
const hasSeenCue = containsAny(SEEN_CUES);
const hasSaidOfCue = containsAny(SAID_CUES);
const hasAgainCue = containsAny(AGAIN_CUES);
function peopleSeenOrSaidOf(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  const quoted = text.includes('"') || text.includes("“");
  for (const m of [
    ...(hasSeenCue(text) ? allMatches(SEEN_DOING, text) : []),
    ...(text.includes("that ") || text.includes("whether ") ? allMatches(SAID_TO_HAVE, text) : []),
    ...(quoted && hasAgainCue(text) ? allMatches(BACK_AGAIN, text) : []),
    ...(hasSaidOfCue(text) ? allMatches(SAID_OF_ONE, text) : []),
  ]) {
    const value = m[1]!;
    if (!isCueNameWord(value) || TELLERS_NOT_NAMES.has(value) || SEEN_NOT_NAMES.has(value)) continue;
    if (NOT_NAMES.has(value) || NOT_WORD_NAMES.has(value) || ORGANISATION_NAMES.has(value) || PRISONS.has(value))
      continue;
    if (ROLE_WORDS.has(value) || MONTH_OR_DAY.test(value) || pluralOfAnyNoun(value) || isKnownPlace(value)) continue;
    if (isCapitalisedWord(value.toUpperCase()) || lookupAcronym(value.toUpperCase()) || UK_PLACES.has(value)) continue;
    const from = (m.index ?? 0) + m[0].indexOf(value);
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// "flags signed out by E. Scaddow, returned by Zorrell", "cello part lent to Pelyn", a note's last words "Signed
// Gosbrook.": who took, brought back, was lent or signed a record's item, one word no dictionary, place or body knows.
const RECORD_AGENT = new RegExp(
  `\\b(?:Signed(?=[^\\S\\n]+\\p{Lu}\\p{Ll}+[.]?(?:$|[^\\S\\n]*\\n))|(?:signed[^\\S\\n]+(?:out|in)|returned|collected|issued|borrowed|checked[^\\S\\n]+(?:out|in)|handed[^\\S\\n]+(?:in|back|out)|logged[^\\S\\n]+(?:out|in)|taken)(?:[^\\S\\n]+\\p{Ll}+)?[^\\S\\n]+by|(?:lent|handed|issued|given)[^\\S\\n]+to)[^\\S\\n]+(${NAME_PART})(?![^\\S\\n]*\\p{Lu}|[\\p{L}'’-])`,
  "gu",
);
const hasRecordAgentCue = containsAny([" by ", "lent to", "handed to", "issued to", "given to", "Signed "]);
function recordItemAgents(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(RECORD_AGENT, text)) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (TITLES.has(value) || RELIGIONS.has(value) || !recordEntryName(value) || taken(from, from + value.length))
      continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// '"Fogger, stop!" someone shouted', '"Rosin, put it down!"': a word hailed at a quotation's start, then told what to
// do; not '"Please, stop!"' or '"Mum, help!"'.
const QUOTED_VOCATIVE = new RegExp(`["“‘](${NAME_PART}),[^\\S\\n]+(?=\\p{Ll})[^"”’\\n]{0,60}[!?]["”’]`, "gu");
const VOCATIVES_NOT_NAMES: ReadonlySet<string> = new Set(pii.vocativesNotNames);
function wordsHailed(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(QUOTED_VOCATIVE, text)) {
    const value = m[1]!;
    const from = (m.index ?? 0) + 1;
    if (VOCATIVES_NOT_NAMES.has(value) || NOT_NAMES.has(value) || ROLE_WORDS.has(value) || KINSHIP_WORDS.has(value))
      continue;
    if (!isCueNameWord(value) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// "Viola player Ysoria left the hall", "Rostered guard Rhenna was on the platform": a job straight before one name
// that then does what people do.
const JOB_THEN_NAME_ACTING = new RegExp(
  `\\b(?:[Aa]ssistant|[Pp]layer|[Gg]uard|[Rr]ider|[Ss]ignaller|[Vv]olunteer|[Ss]teward|[Mm]arshal|[Mm]iller|[Cc]leaner|[Pp]orter|[Ww]arden|[Tt]echnician|[Ss]upervisor|[Tt]rainee|[Aa]pprentice|[Ii]nstructor|[Dd]river)[^\\S\\n]+(${NAME_PART})[^\\S\\n]+(?:was|had|left|rang|said|told|saw|went|came|gave|took|phoned|called|stayed|arrived|served)\\b`,
  "gu",
);
const hasJobBeforeName = containsAny([
  "ssistant ",
  "layer ",
  "uard ",
  "ider ",
  "ignaller ",
  "olunteer ",
  "teward ",
  "arshal ",
  "iller ",
  "leaner ",
  "orter ",
  "arden ",
  "echnician ",
  "upervisor ",
  "rainee ",
  "pprentice ",
  "nstructor ",
  "river ",
]);
function namesAfterJobs(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(JOB_THEN_NAME_ACTING, text)) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].indexOf(value, m[0].indexOf(" "));
    if (
      !(unknownNameWord(value) || isKnownFirstName(value)) ||
      UK_PLACES.has(value) ||
      taken(from, from + value.length)
    )
      continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// "Rhenna from the booking office rang 999", "Oswenna from the till is on the rota", "LS said Dolittle from the
// allotment group had offered him a job", "Lisandru from accounts retires in June": a word no dictionary or
// gazetteer knows, opening a sentence, where someone works, then doing what people do.
const NAME_FROM_WORKPLACE = new RegExp(
  `(?:^|[.!?:]["”]?[^\\S\\n]+|\\n[^\\S\\n]*|\\bsaid[^\\S\\n]+(?:that[^\\S\\n]+)?)(${NAME_PART})[^\\S\\n]+(?:from|in|at)[^\\S\\n]+(?:the[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:office|till|desk|counter|kitchen|bar|shop|reception|kiosk|yard|workshop|warehouse|depot|ward|hostel|club|team|gym|caf[eé]|canteen|stables|garage|salon|studio|stall|library|surgery|centre|room|group|service|project)|(?:accounts|payroll|finance|reception|admin|security|maintenance|estates|catering|housekeeping|dispatch|HR))[^\\S\\n]+(?:(?:now|also|still)[^\\S\\n]+)?(?:rang|phoned|called|said|told|took|is|was|gave|saw|asked|came|went|sent|wrote|emailed|had|kept|noted|heard|found|checked|will|retires|retired|leaves|left|joins|joined|starts|started|runs|leads|works)\\b`,
  "gu",
);
// "Signed: Plenderleith DC 4471": an officer's surname, rank and collar number.
const NAME_RANK_NUMBER = /(\p{Lu}\p{Ll}{2,}[\p{L}'’-]*)(?=[^\S\n]+(?:DC|PC|DS|PS|Sgt|PCSO)[^\S\n]+\d{3,5}\b)/gu;
// "Column view | Lochinver, Przemko | CPN", "Row 42 | LEYBOURNE, Ismat | lapsed", "Room 14 | ARREGI | Unax |": a
// table's cell holding a surname, a comma and a given name, or a surname in capitals and the given name in the next
// cell, as a record lists people; not "| Leeds, Bramley |", two places.
const CELL_SURNAME_FIRST =
  /(?:^|\||:)[^\S\n]*((?:Mc|O['’])?\p{Lu}[\p{L}'’-]+)(?:,|[^\S\n]*\|(?=[^\S\n]*\p{Lu}\p{Ll}[\p{L}'’-]*[^\S\n]*\|)(?<=\b\p{Lu}{3,}[^\S\n]*\|))[^\S\n]*(\p{Lu}\p{Ll}[\p{L}'’-]*)[^\S\n]*(?=\|)/gmu;
function namesInSurnameFirstCells(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  for (const m of allMatches(CELL_SURNAME_FIRST, text)) {
    const [surname, given] = [m[1]!, m[2]!];
    if (!unknownNameWord(given) || looksLikeTown(given)) continue;
    if (isEnglishWord(surname.toLowerCase()) || !isCueNameWord(titleCase(surname))) continue;
    // "| CJSW | Skellan |": a team's capitals, no vowel among them, and the office it works from.
    if (lookupAcronym(surname) || !/[AEIOUYaeiouy]/.test(surname)) continue;
    const from = (m.index ?? 0) + m[0].indexOf(surname);
    const givenFrom = from + m[0].slice(m[0].indexOf(surname)).indexOf(given, surname.length);
    for (const [at, word] of [
      [from, surname],
      [givenFrom, given],
    ] as const)
      if (!taken(at, at + word.length)) out.push({ from: at, to: at + word.length, text: word, kind: "cued" });
  }
}
function namesFromWorkplaces(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(NAME_FROM_WORKPLACE, text)) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].indexOf(value);
    if (!unknownNameWord(value) || isEnglishWord(value) || looksLikeTown(value) || taken(from, from + value.length))
      continue;
    // "No-one from the centre was told": words of the language joined.
    if (value.includes("-") && value.split("-").every((part) => isEnglishWord(part))) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// "checked by Rewcastle", "The van was seen by Caskie Vearncombe": who did what a participle says, in one or two words
// that no dictionary, gazetteer or list of bodies knows, before a pause, "and" or a preposition. A firm's name has a
// word of the language ("printed by Saltmarket Press"); "by Thursday" and "by June" give a time.
const PARTICIPLE_BY_AGENT = new RegExp(
  `\\b(?:\\p{Ll}{2,}ed|seen|told|given|driven|taken|shown|met|sent|brought|caught|held|found|heard|run|led|made|written|done|drawn)[^\\S\\n]+by[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)(?=[^\\S\\n]+(?:and|on|at|in|that|who|after|before|with|from)\\b|[.,;:!?"”)]|$)`,
  "gu",
);
// "attacked by Rottweilers": a word of the language or an animal, in the plural.
const ANIMAL_WORD_SET: ReadonlySet<string> = new Set(pii.animalWords.map((word) => word.toLowerCase()));
const pluralOfWord = (word: string) => {
  const singular = word.slice(0, -1).toLowerCase();
  return word.endsWith("s") && (isEnglishWord(singular) || ANIMAL_WORD_SET.has(singular));
};
const DAY_OR_MONTH =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// "run by Ebbridge and Fallowmere NHS Trust": the first of two bodies.
const AND_BODY_AFTER =
  /^[^\S\n]+and[^\S\n]+(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,3}(?:NHS|Trust|Council|Ltd|Limited|plc|LLP|Group|Services|Partnership|Police|University|College|Authority)\b/u;
// "countersigned by S. Duckmanton on 11 March": an initial and a surname, which no town takes, whatever its shape.
const PARTICIPLE_BY_INITIALLED = new RegExp(
  `\\b(?:\\p{Ll}{2,}ed|seen|told|given|taken|shown|sent|held|written|done|drawn)[^\\S\\n]+by[^\\S\\n]+([A-Z]\\.[^\\S\\n]?(${NAME_PART}))(?=[^\\S\\n]+(?:and|on|at|in|after|before|with)\\b|[.,;:!?"”)]|$)`,
  "gu",
);
// "detained at 23:31 by Mayland on Totham Lane", "detained 16:05 on Datchet Lane by Colnbrook,": only an officer detains or arrests, so one word after "by" is a
// surname even where a town has it.
const ARRESTED_BY = new RegExp(
  `\\b(?:[Dd]etained|[Aa]rrested|[Rr]estrained|[Hh]andcuffed)(?:[^\\S\\n]+[^.;,!?\\n]{1,40}?)?[^\\S\\n]+by[^\\S\\n]+(${NAME_PART})(?=[^\\S\\n]+(?:on|at|in|and|after|outside|near)\\b|[.,;]|$)`,
  "gu",
);
function agentsOfParticiples(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of text.includes(" by ") ? allMatches(ARRESTED_BY, text) : []) {
    const value = m[1]!;
    const to = (m.index ?? 0) + m[0].length;
    const from = to - value.length;
    if (
      taken(from, to) ||
      isEnglishWord(value.toLowerCase()) ||
      DAY_OR_MONTH.test(value) ||
      FIRM_ENDINGS.has(value) ||
      ORGANISATION_WORDS.has(value) ||
      lookupAcronym(value)
    )
      continue;
    out.push({ from, to, text: value, kind: "cued" });
  }
  for (const m of INITIAL_DOT_CUE.test(text) ? allMatches(PARTICIPLE_BY_INITIALLED, text) : []) {
    const [, value, surname] = m as unknown as [string, string, string];
    const to = (m.index ?? 0) + m[0].length;
    const from = to - value.length;
    if (taken(from, to) || !(speakerWord(surname) || townOrFirmAfterInitial(surname, value[0]!))) continue;
    if (ORGANISATION_WORDS.has(surname)) continue;
    out.push({ from, to, text: value, kind: "full" });
  }
  for (const m of allMatches(PARTICIPLE_BY_AGENT, text)) {
    const value = m[1]!;
    const to = (m.index ?? 0) + m[0].length;
    const from = to - value.length;
    if (taken(from, to) || AND_BODY_AFTER.test(text.slice(to, to + 80))) continue;
    const parts = value.split(SPACES);
    if (
      !parts.every(
        (part) =>
          unknownNameWord(part) &&
          !isEnglishWord(part.toLowerCase()) &&
          !DAY_OR_MONTH.test(part) &&
          !FIRM_ENDINGS.has(part) &&
          !tradeInPlural(part) &&
          !pluralOfWord(part),
      )
    )
      continue;
    out.push({ from, to, text: value, kind: "cued" });
  }
}
// A log's entry that opens with its time and then whom it is about ("23:40 McVarrish lent JP his phone", "01:15
// Pellandine not in room 14"), or ends signed with a surname ('Rang police. Parsloe."'); a message's sender and
// addressee ("Text, 1 March 2026, from Cathmor to Clowder:"); whom a claim is according to ("according to Coble."):
// words no dictionary, gazetteer or list of bodies knows.
const TIMED_ENTRY_NAME = new RegExp(
  `(?:^|["“\\n;,][^\\S\\n]*|\\.[^\\S\\n]+)\\d{1,2}[:.]\\d{2}:?[^\\S\\n]+(${NAME_PART})[^\\S\\n]+(?=\\p{Ll})`,
  "gu",
);
const SIGNED_ENTRY = new RegExp(`[.!][^\\S\\n]+(${NAME_PART})\\.["”]`, "gu");
const ACCORDING_TO = new RegExp(
  `\\baccording[^\\S\\n]+to[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)(?=[.,;:]|$)`,
  "gu",
);
// 'Cathmor told Dowcett: "…"': whom someone told what is quoted.
const TOLD_ONE_QUOTED = new RegExp(
  `\\b(?:told|asked|(?:wrote|texted|messaged|emailed|e-mailed)[^\\S\\n]+to)[^\\S\\n]+(${NAME_PART})[^\\S\\n]*:[^\\S\\n]*["“]`,
  "gu",
);
// 'Message to PP1's work phone from Jessaline: "…"': who sent a message quoted.
const MESSAGE_FROM_ONE = new RegExp(
  `\\b(?:[Mm]essages?|[Tt]exts?|[Ee]-?mails?|[Vv]oicemails?|[Ll]etters?)\\b[^.:\\n]{0,40}?\\bfrom[^\\S\\n]+(${NAME_PART})(?:[^\\S\\n]+to[^\\S\\n]+[^:\\n]{1,60})?[^\\S\\n]*:[^\\S\\n]*["“]`,
  "gu",
);
// "WhatsApp, 15:03: Vonnie: walk away", "[21:40] Gooley: ref has reported it": who wrote a chat's line, after its time.
const CHAT_SPEAKER = new RegExp(
  `\\d{1,2}[:.]\\d{2}\\]?[^\\S\\n]*[:,-]?[^\\S\\n]*(${NAME_PART}(?:[^\\S\\n]${NAME_PART})?)[^\\S\\n]*:[^\\S\\n]+[\\p{L}"“'‘(]`,
  "gu",
);
const TIMED_INITIALS_SPEAKER = /\d{1,2}[:.]\d{2}\]?[^\S\n]*[,-]?[^\S\n]*([A-Z]{2,3}):[^\S\n]+(?=\p{Ll})/gu;
const TIMED_INITIAL_SPEAKER = new RegExp(
  `\\d{1,2}[:.]\\d{2}\\]?[^\\S\\n]*[,-]?[^\\S\\n]*(\\p{Lu}\\.[^\\S\\n]?${NAME_PART}):[^\\S\\n]+\\S`,
  "gu",
);
// A chat's line, besides CHAT_CUE's words: "Text to PP2, 09:12:". A timed log's labels are roles and bodies
// ("[21:15] Healthcare: medication given").
const CHAT_LINE = /\b(?:[Tt]ext|[Mm]essage)\b/;
// A heading or a sender no one is named by: "Sent: … 09:14 To: Remy Swindell", "21:40 Me: on my way".
const SPEAKERS_NOT_NAMES: ReadonlySet<string> = new Set(
  "To From Subject Sent Re Cc Bcc Date Time Note Notes Update Me Staff Police Reception Office System Unknown Admin Moderator Group Caller Operator Control".split(
    " ",
  ),
);
// "allocated to Ferlez.", "arrested by Mrak for assault", "copies to the PDU head and to Caduff.": the one word a case
// went to, an arrest was made by or a copy went to, where no list knows it (not "allocated to Leeds", "arrested by
// Police").
const HANDLED_BY_ONE = new RegExp(
  `\\b(?:(?:[Ff]amily|[Rr]elatives|[Pp]arents|[Ww]idow|[Ww]idower)[^\\S\\n]+of|[Hh]andover[^\\S\\n]+(?:from|to)|(?:re)?allocated[^\\S\\n]+to|(?:arrested|detained|cautioned|interviewed)[^\\S\\n]+by|[Cc]op(?:y|ies)[^\\S\\n]+to[^.\\n]{0,40}?\\band[^\\S\\n]+to|[Cc]opied[^\\S\\n]+to)[^\\S\\n]+(${NAME_PART})(?=[^\\S\\n]+(?:for|at|on|in|and|or)\\b|[^\\S\\n]*[.,;]|[^\\S\\n]*$)`,
  "gu",
);
const HANDLED_OR_ASKED_CUE =
  /\b(?:allocated|arrested|detained|cautioned|interviewed|copied|[Hh]andover|[Ff]amily|[Rr]elatives|[Pp]arents|[Ww]idow|[Ww]idower|[Cc]opy|[Cc]opies|[Ss]peak|[Tt]alk|recorded|listed|named|given|entered|logged|down|charge|[Pp]osted|[Rr]eply)\b|\bfrom\s\p{Lu}\p{Ll}+\sat\s\p{Lu}|\p{Lu}\.[^\S\n]\p{Lu}|(?:^|[.;:][^\S\n]+)\p{Lu}\p{Ll}+,[^\S\n]/u;
// "Sumaq, housekeeper, found the card": a sentence's subject and, in apposition, their post.
const ONE_THEN_POST = new RegExp(
  `(?:^|[.;:][^\\S\\n]+)(${NAME_PART}),[^\\S\\n]+(?:the[^\\S\\n]+)?(?:${cueAlternation(pii.roleCues)}),[^\\S\\n]+\\p{Ll}`,
  "gu",
);
// "Boschma in charge": who runs a shift or a group.
const IN_CHARGE_ONE = new RegExp(`(?:^|[;:,.][^\\S\\n]*)(${NAME_PART})[^\\S\\n]+in[^\\S\\n]+charge\\b`, "gu");
// "Posted by Floodlight:", "Reply to Floodlight:": a forum's user, whatever word they go by.
const FORUM_USER = new RegExp(
  `\\b(?:(?:[Pp]osted|[Ss]hared|[Cc]ommented)[^\\S\\n]+by|[Rr]eply[^\\S\\n]+to)[^\\S\\n]+(${NAME_PART})[^\\S\\n]*:`,
  "gu",
);
// "Porters on shift: D. Floch, P. Kergoat, Guivarch.": a list of people, two at least with an initial.
const INITIALLED_LIST = new RegExp(
  `:[^\\S\\n]*((?:(?:\\p{Lu}\\.[^\\S\\n]?)?${NAME_PART}(?:,[^\\S\\n]+|[^\\S\\n]+and[^\\S\\n]+)){2,}(?:\\p{Lu}\\.[^\\S\\n]?)?${NAME_PART})(?=[^\\S\\n]*(?:[.;]|$))`,
  "gu",
);
const INITIALLED = /^\p{Lu}\.[^\S\n]?/u;
// "Great service from Tevite at Kolovai Motorcycles": a person at a firm, thanked.
const ONE_AT_FIRM = new RegExp(
  `\\b(?:[Ss]ervice|[Hh]elp|[Aa]dvice|[Tt]hanks)[^\\S\\n]+from[^\\S\\n]+(${NAME_PART})[^\\S\\n]+at[^\\S\\n]+\\p{Lu}`,
  "gu",
);
const SPEAK_TO_EITHER = new RegExp(
  `\\b(?:[Ss]peak|[Tt]alk)[^\\S\\n]+to[^\\S\\n]+(${NAME_PART})[^\\S\\n]+or[^\\S\\n]+(${NAME_PART})(?=[^\\S\\n]+(?:with|in|about|if|before|at|on)\\b|[^\\S\\n]*[.,;]|[^\\S\\n]*$)`,
  "gu",
);
const RECORDED_AS_ONE_AT = new RegExp(
  `\\b(?:recorded|listed|named|given|entered|logged|down)(?:[^\\S\\n]+on[^\\S\\n]+the[^\\S\\n]+\\p{Ll}+)?[^\\S\\n]+as[^\\S\\n]+["“‘'](${NAME_PART})[^\\S\\n]+at[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*["”’']`,
  "gu",
);
/** A capitalised word a cue puts beside a person: no role, title, body, place, day or word for staff. */
const personWordBesideCue = (word: string) =>
  !NOT_CHAT_SPEAKERS.has(word) &&
  !SPEAKERS_NOT_NAMES.has(word) &&
  !ROLE_WORDS.has(word) &&
  !TITLES.has(word) &&
  !ORGANISATION_WORDS.has(word) &&
  neitherPlaceNorBody(word) &&
  !DAY_OR_MONTH.test(word);
// 'Handover book: "Told Stelfox about room 5."': whom a log's writer told.
const TOLD_ONE_ABOUT = new RegExp(`\\b[Tt]old[^\\S\\n]+(${NAME_PART})[^\\S\\n]+(?:about|that)\\b`, "gu");
// "Room check 01:00 by Rutter: rooms 1 to 7 seen": who made a check or an entry, before what they wrote.
const CHECK_BY_ONE = new RegExp(
  `\\b(?:[Cc]heck|[Rr]ound|[Ee]ntry|[Nn]ote|[Ll]og|[Ss]earch|[Pp]atrol)\\b[^.\\n]{0,20}?\\bby[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]*(?::[^\\S\\n]|,[^\\S\\n]+\\d)`,
  "gu",
);
// "Regards, Fokke Snodgrass, Snodgrass Lettings", "The report was signed Dragica Snelgrove, Trust and Safety
// Analyst": who signed a letter or a report off.
const SIGNED_OFF_BY = new RegExp(
  `(?:\\b(?:[Rr]egards|[Tt]hanks(?:[^\\S\\n]+for[^\\S\\n]+[\\p{Ll}-]+(?:[^\\S\\n]+[\\p{Ll}-]+){0,2})?|[Bb]est[^\\S\\n]+wishes|[Mm]any[^\\S\\n]+thanks|[Yy]ours[^\\S\\n]+(?:sincerely|faithfully|truly)|[Cc]heers),?[^\\S\\n]+|\\b[Ss]ignature[^\\S\\n]*:[^\\S\\n]*|\\b[Ss]igned(?:[^\\S\\n]+off)?[^\\S\\n]*:[^\\S\\n]*|\\b[Ss]igned[^\\S\\n]+for[^\\S\\n]+(?:the[^\\S\\n]+)?[\\p{L}-]+(?:[^\\S\\n]+[\\p{L}-]+){0,2}[^\\S\\n]*:[^\\S\\n]*|\\b[Ss]igned,?[^\\S\\n]+(?:(?:his|her|their|the)[^\\S\\n]+(?:letter|note|card|message|e-mail|email|statement)[^\\S\\n]+)?["'‘“]?)((?:[A-Z]\\.[^\\S\\n]?)?${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)(?=["'’”]?[^\\S\\n]*(?:[,.;\\n(]|and\\b|$))`,
  "gu",
);
const hasSignOffCue = containsAny(["egards", "hanks", "wishes", "Yours", "yours", "heers", "igned", "ignature"]);
function namesSigningOff(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(SIGNED_OFF_BY, text)) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    // "signed 'I. Nosterfield'": after an initial, a surname shaped like a town's is a surname.
    const initialled = INITIAL_BEFORE_SURNAME.test(value);
    const words = value.replace(INITIAL_BEFORE_SURNAME, "").split(SPACES);
    const known = (w: string) => (initialled ? speakerWord(w) : unknownNameWord(w)) && !DAY_OR_MONTH.test(w);
    if (words.every(known) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
const INITIAL_BEFORE_SURNAME = /^[A-Z]\.[^\S\n]?/;
// "Mihkel (Flat 9) said", "Panel action: Hetherwick to write to the school": a resident by their flat, an action's
// owner in minutes.
const RESIDENT_OR_OWNER = new RegExp(
  `(?:(${NAME_PART})[^\\S\\n]+\\((?:[Ff]lat|[Rr]oom)[^\\S\\n]+\\d{1,3}[A-Za-z]?\\)|\\b[Aa]ctions?(?:[^\\S\\n]+\\d{1,2})?[^\\S\\n]*:[^\\S\\n]*(${NAME_PART})[^\\S\\n]+to[^\\S\\n]+\\p{Ll})`,
  "gu",
);
// "Daily log 23:15 (Jaan):", "Key work session, 14 October 2024 (Tiiu):": who wrote an entry, in brackets before
// its colon; "Custody desk (Ilford):" names a desk's place. "Kolbein (EM0482)": a field officer's employee number. "driver Car 27 (Arfan)", "Sierra 5 (Tadhgan)":
// a call sign's holder. 'customer "Milada"': a role's holder, quoted. "Please ring Rimas on the day desk": whom to
// ring. "My name's Sindre": a caller naming themselves.
const ENTRY_AUTHOR_OR_HOLDER = new RegExp(
  `(?<!\\b(?:desk|office|line|phone|team|unit|branch|depot|station|centre|site|number|reception|switchboard)[^\\S\\n]*)\\((${NAME_PART})\\)[^\\S\\n]*:|(${NAME_PART})[^\\S\\n]+\\([A-Z]{1,4}\\d{3,6}\\)|\\b(?:Car|Unit|Van|Cab|Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Kilo|Lima|Mike|November|Oscar|Papa|Romeo|Sierra|Tango|Victor|Whiskey|Zulu)[^\\S\\n]+\\d{1,3}[^\\S\\n]+\\((${NAME_PART})\\)|\\b(?:customer|client|caller|passenger|driver|rider|resident|tenant|guest|member)[^\\S\\n]+["“](${NAME_PART})["”]|\\b(?:[Rr]ing|[Cc]all|[Pp]hone|[Cc]ontact|[Aa]sk[^\\S\\n]+for)[^\\S\\n]+(${NAME_PART})[^\\S\\n]+(?:on|at)[^\\S\\n]+the\\b|\\b[Mm]y[^\\S\\n]+name(?:['’]s|[^\\S\\n]+is)[^\\S\\n]+(${NAME_PART})|[Hh]andover[^:\\n]{0,20}:[^\\S\\n]*(${NAME_PART})[^\\S\\n]+to[^\\S\\n]+(${NAME_PART})[,.;]|(?<![\\p{L}\\p{N}'’-])(${NAME_PART})(?:[^\\S\\n]+\\(\\d{1,2}[:.]\\d{2}\\)|,[^\\S\\n]+\\d{1,2}:\\d{2})[^\\S\\n]*:|\\bfrom[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]*:[^\\S\\n]*["“]|[.!?,]["”]?[^\\S\\n]+[-–—][^\\S\\n]+(${NAME_PART})(?=["”]?[^\\S\\n]*$)|\\b[Cc]ontact[^\\S\\n]+\\d{1,3}[^\\S\\n]*:[^\\S\\n]*["“]?(${NAME_PART})["”]?(?=[^\\S\\n]+[-–(])`,
  "gu",
);
// "The youth worker (Briege) raised", "The safeguarding lead (GT) kept", "W2 (Hrafnhildur Pennorth) was walking",
// "Mechanic's note (Ceolwulf Biddle):", "Action 4 (Zaiga Thoresway):": who holds a role, wrote a note or owns an
// action, named in brackets after it.
const HOLDER_IN_BRACKETS = new RegExp(
  `(?:\\b(?:${ROLE_ALTERNATION})|\\b(?:W|PP|SPO|PO|V)\\d{1,2}|\\b(?:[Nn]ote|[Ee]ntry|[Aa]ction[^\\S\\n]+\\d{1,2}))[^\\S\\n]+\\((${NAME_PART}(?:[^\\S\\n]+${NAME_PART}){0,2}|\\p{Lu}{2,3})\\)`,
  "gu",
);
// "Rodelio Sketchley (19/06/1994): community order", "Kolgjini (17/06/1984) was on licence": whoever a record gives a
// date of birth beside, in brackets, as the date-of-birth rule reads one.
const NAMED_WITH_BIRTH_DATE = new RegExp(
  `(?<![\\p{L}'’-])(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]*\\(\\d{1,2}[/.-]\\d{1,2}[/.-](?:19\\d{2}|200\\d)\\)`,
  "gu",
);
const HOLDER_OF_NUMBER = new RegExp(`\\b\\d{3,5}[^\\S\\n]+\\((${NAME_PART})\\)`, "gu");
/** A word in brackets after a role: a surname a town's ending shapes ("Lawton") is a person's there. */
const holderWord = (word: string) =>
  (isKnownFirstName(word) ||
    ((unknownNameWord(word) || TOWN_SHAPE.test(word)) && !isEnglishWord(word.toLowerCase()))) &&
  !DAY_OR_MONTH.test(word) &&
  neitherPlaceNorBody(word) &&
  !ROLE_WORDS.has(word) &&
  !ORGANISATION_WORDS.has(word) &&
  !word.split("-").every((part) => isEnglishWord(part.toLowerCase()));
const holderInitials = (value: string) =>
  /^\p{Lu}{2,3}$/u.test(value) && !lookupAcronym(value) && !isCapitalisedWord(value) && !TITLES.has(value);
function entryAuthorsAndHolders(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  // "Collar numbers present: 2716 (Straiton), 0931 (Ratho)", "badge 4471 (Wierzbicki)": an officer's or a member of
  // staff's number, then who holds it.
  for (const m of text.includes("ollar") || text.includes("badge") ? allMatches(HOLDER_OF_NUMBER, text) : []) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].length - value.length - 1;
    if (holderWord(value) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of text.includes("(") ? allMatches(NAMED_WITH_BIRTH_DATE, text) : []) {
    const value = m[1]!;
    const from = m.index ?? 0;
    const words = value.split(SPACES);
    if (!words.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w) && !ROLE_WORDS.has(w) && !TITLES.has(w)))
      continue;
    if (words.length === 1 && (isEnglishWord(value.toLowerCase()) || DAY_OR_MONTH.test(value))) continue;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of text.includes("(") ? allMatches(HOLDER_IN_BRACKETS, text) : []) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].length - value.length - 1;
    if (!(holderInitials(value) || value.split(SPACES).every(holderWord)) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of allMatches(ENTRY_AUTHOR_OR_HOLDER, text)) {
    // A handover names two: "Nursing handover: Aurore to Philo,".
    let at = 0;
    for (const value of m.slice(1).filter((g) => g !== undefined)) {
      at = m[0].indexOf(value, at);
      const from = (m.index ?? 0) + at;
      at += value.length;
      if (value.split(SPACES).every(speakerWord) && !ROLE_WORDS.has(value) && !taken(from, from + value.length))
        out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  }
}
function residentsAndActionOwners(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  for (const m of allMatches(RESIDENT_OR_OWNER, text)) {
    const value = m[1] ?? m[2]!;
    const from = (m.index ?? 0) + m[0].indexOf(value, m[1] ? 0 : m[0].indexOf(":"));
    if (speakerWord(value) && !ROLE_WORDS.has(value) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
const RELATION_NOUN_SET: ReadonlySet<string> = new Set(pii.relationNouns);
// "Maximin Faceby, Secretary, 0131 …", "B. Pottinger, Work Coach, Pontgwylan Jobcentre": a name before its post.
const NAME_BEFORE_POST = new RegExp(
  `(?:^|[\\s"'‘“(:])((?:[A-Z]\\.[^\\S\\n]?)?${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?),[^\\S\\n]+(?:(?:Senior|Deputy|Assistant|Chief|Lead|Head|Principal)[^\\S\\n]+)?(?:\\p{Lu}\\p{Ll}+[^\\S\\n]+){0,2}?(\\p{Lu}\\p{Ll}+|\\p{Ll}{3,})(?=[^\\S\\n]*(?:[,.|;\\n]|$))`,
  "gu",
);
// "The incident report names the injured worker as Eberhild Spurrier", 'names a visitor only as "Tudful"'.
const NAMES_ONE_AS = new RegExp(
  `\\b(?:names|named|lists|listed|gives|gave|records|recorded|identifies|identified)[^\\S\\n]+(?:(?:the|his|her|their|a|an)[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,3}?(?:only[^\\S\\n]+)?as[^\\S\\n]+["“'‘]?(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)|(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]+(?:as|for)[^\\S\\n]+(?:the|a|an|his|her)\\b)`,
  "gu",
);
const NOT_A_PERSON_GIVEN =
  /\b(?:address|home|location|postcode|occupation|job|reason|religion|nationality|birthplace|place|school|employer)\b/;
function namesBeforePostsOrGiven(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  const found: [RegExpExecArray, string, boolean][] = [
    ...allMatches(NAME_BEFORE_POST, text)
      // "Domnica Blamires, neighbour, Flat 5": a post or a relation in lower case too.
      .filter((m) => ROLE_WORDS.has(titleCase(m[2]!)) || RELATION_NOUN_SET.has(m[2]!))
      .map((m): [RegExpExecArray, string, boolean] => [m, m[1]!, true]),
    ...(text.includes(" as ") || text.includes(" for ") ? allMatches(NAMES_ONE_AS, text) : []).map(
      (m): [RegExpExecArray, string, boolean] => [m, (m[1] ?? m[2])!, false],
    ),
  ];
  for (const [m, value, post] of found) {
    // "gave his address as Ty Rhosgoch": where someone lives or works, not who they are.
    if (!post && NOT_A_PERSON_GIVEN.test(m[0])) continue;
    const from = (m.index ?? 0) + m[0].indexOf(value);
    const initialled = INITIAL_BEFORE_SURNAME.test(value);
    const words = value.replace(INITIAL_BEFORE_SURNAME, "").split(SPACES);
    if (words.length === 1 && !initialled && !text.slice(from - 1, from).match(/["'‘“]/) && post) continue;
    const known = (w: string) => (initialled ? speakerWord(w) : unknownNameWord(w)) && !DAY_OR_MONTH.test(w);
    if (words.every(known) && !ORGANISATION_WORDS.has(words.at(-1)!) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
const SENT_FROM_TO = new RegExp(`\\bfrom[^\\S\\n]+(${NAME_PART})[^\\S\\n]+to[^\\S\\n]+(${NAME_PART})[^\\S\\n]*:`, "gu");
const wordNoListKnows = (word: string) =>
  unknownNameWord(word) &&
  !isEnglishWord(word.toLowerCase()) &&
  !isEnglishCompound(word.toLowerCase()) &&
  !looksLikeTown(word) &&
  !DAY_OR_MONTH.test(word) &&
  !FIRM_ENDINGS.has(word);
// A chat speaker's word: no dictionary's, gazetteer's or body's, though it may be shaped like a town's name.
const speakerWord = (word: string) =>
  unknownNameWord(word) &&
  !isEnglishWord(word.toLowerCase()) &&
  !isEnglishCompound(word.toLowerCase()) &&
  !DAY_OR_MONTH.test(word) &&
  !FIRM_ENDINGS.has(word);
// "allocated to Ferlez.", "Speak to Duosch or Sake", "recorded as 'Duosch at Trefilan'".
function namesHandledOrAsked(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(HANDLED_BY_ONE, text)) {
    const from = (m.index ?? 0) + m[0].lastIndexOf(m[1]!);
    if (speakerWord(m[1]!) && !taken(from, from + m[1]!.length))
      out.push({ from, to: from + m[1]!.length, text: m[1]!, kind: "cued" });
  }
  // "Speak to Duosch or Sake with any questions": two people to ask, one at least no word of the language.
  if (text.includes(" or "))
    for (const m of allMatches(SPEAK_TO_EITHER, text)) {
      const pair = [m[1]!, m[2]!];
      if (!pair.some(speakerWord) || pair.some((word) => !personWordBesideCue(word))) continue;
      let at = m.index ?? 0;
      for (const word of pair) {
        const from = text.indexOf(word, at);
        at = from + word.length;
        if (!taken(from, at)) out.push({ from, to: at, text: word, kind: "cued" });
      }
    }
  const push = (value: string, from: number) => {
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  };
  for (const m of text.includes(" at ") ? allMatches(ONE_AT_FIRM, text) : [])
    if (speakerWord(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!, m[0].length - 5));
  for (const m of text.includes(", ") ? allMatches(ONE_THEN_POST, text) : [])
    if (speakerWord(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].indexOf(m[1]!));
  for (const m of text.includes("charge") ? allMatches(IN_CHARGE_ONE, text) : [])
    if (speakerWord(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of allMatches(FORUM_USER, text))
    if (personWordBesideCue(m[1]!)) push(m[1]!, (m.index ?? 0) + m[0].lastIndexOf(m[1]!));
  for (const m of text.includes(": ") ? allMatches(INITIALLED_LIST, text) : []) {
    const items = m[1]!.split(LIST_ITEM_SEPARATOR);
    if (items.filter((item) => INITIALLED.test(item)).length < 2) continue;
    let at = (m.index ?? 0) + m[0].indexOf(m[1]!);
    for (const item of items) {
      const from = text.indexOf(item, at);
      at = from + item.length;
      if (!INITIALLED.test(item) && speakerWord(item)) push(item, from);
    }
  }
  // "Employer recorded as 'Duosch at Trefilan'": a person at a firm, as a record wrote them down.
  for (const m of text.includes(" as ") ? allMatches(RECORDED_AS_ONE_AT, text) : []) {
    const from = (m.index ?? 0) + m[0].lastIndexOf(m[1]!);
    if (personWordBesideCue(m[1]!) && !isEnglishWord(m[1]!) && !taken(from, from + m[1]!.length))
      out.push({ from, to: from + m[1]!.length, text: m[1]!, kind: "cued" });
  }
}
function namesInEntriesAndMessages(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  const add = (value: string, from: number) => {
    if (value.split(SPACES).every(wordNoListKnows) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  };
  const last = (m: RegExpExecArray, value: string, end = m[0].length) => (m.index ?? 0) + m[0].lastIndexOf(value, end);
  if (text.includes(":")) for (const m of allMatches(TIMED_ENTRY_NAME, text)) add(m[1]!, last(m, m[1]!));
  // A chat's speaker is a person even where the word is shaped like a town's name ("Gooley:"), or is a word of the
  // language where the text is a chat ("[22:16] Marbles: wait for Shrimp").
  if (text.includes(":"))
    for (const m of allMatches(CHAT_SPEAKER, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value, 4);
      const turnEnd = text.indexOf("\n", from);
      // "21:06 Blimp: nah dont bring nothing": a turn in text speak is a chat's, whatever the line says.
      const chatTurn =
        CHAT_CUE.test(text) ||
        CHAT_LINE.test(text) ||
        TEXT_SPEAK_TURN.test(text.slice(from + value.length + 1, turnEnd < 0 ? text.length : turnEnd));
      // "[12/05 17:30] Sake Bouma: he was wound up": a given name and a surname, one at least no word of the language,
      // neither a role nor a body ("Site Manager:", "Ward Round:").
      const words = value.split(SPACES);
      if (
        words.length > 1 &&
        (!words.some(speakerWord) ||
          words.some(
            (word) =>
              NOT_CHAT_SPEAKERS.has(word) ||
              ROLE_WORDS.has(word) ||
              TITLES.has(word) ||
              !neitherPlaceNorBody(word) ||
              DAY_OR_MONTH.test(word),
          ))
      )
        continue;
      const nickname =
        chatTurn &&
        !SPEAKERS_NOT_NAMES.has(value) &&
        !KINSHIP_WORDS.has(value) &&
        !ORGANISATION_WORDS.has(value) &&
        !DAY_OR_MONTH.test(value);
      if ((words.length > 1 || speakerWord(value) || nickname) && !taken(from, from + value.length))
        out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  // "[11:40] TJ: fine, on to stop 5": initials speaking in a chat, where no list knows them.
  for (const m of allMatches(TIMED_INITIALS_SPEAKER, text)) {
    const from = last(m, m[1]!);
    if (mayBeInitialsInContext(m[1]!) && !NOT_INITIALS.has(m[1]!) && !taken(from, from + m[1]!.length))
      out.push({ from, to: from + m[1]!.length, text: m[1]!, kind: "cued" });
  }
  // "11:52 K. Curl: CALL 999 NOW": an initial and a surname speak for a person, whatever the surname spells.
  if (text.includes(". "))
    for (const m of allMatches(TIMED_INITIAL_SPEAKER, text)) {
      const from = last(m, m[1]!);
      if (!taken(from, from + m[1]!.length)) out.push({ from, to: from + m[1]!.length, text: m[1]!, kind: "cued" });
    }
  if (text.includes("old ")) for (const m of allMatches(TOLD_ONE_ABOUT, text)) add(m[1]!, last(m, m[1]!));
  if (text.includes(" by ") && text.includes(":"))
    for (const m of allMatches(CHECK_BY_ONE, text)) {
      // Who signs a check is a person, though shaped like a town's name ("Supervisor note by Gervasio Grimbleby:").
      const value = m[1]!;
      const from = last(m, value);
      if (value.split(SPACES).every(speakerWord) && !taken(from, from + value.length))
        out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (text.includes('"') || text.includes("”"))
    for (const m of allMatches(SIGNED_ENTRY, text)) add(m[1]!, last(m, m[1]!));
  if (text.includes(":")) {
    for (const m of allMatches(TOLD_ONE_QUOTED, text)) add(m[1]!, last(m, m[1]!));
    for (const m of allMatches(MESSAGE_FROM_ONE, text)) add(m[1]!, last(m, m[1]!));
  }
  if (text.includes("according")) for (const m of allMatches(ACCORDING_TO, text)) add(m[1]!, last(m, m[1]!));
  if (text.includes(":"))
    for (const m of allMatches(SENT_FROM_TO, text)) {
      const from = (m.index ?? 0) + m[0].indexOf(m[1]!, 4);
      add(m[1]!, from);
      add(m[2]!, last(m, m[2]!));
    }
}
// "SPO Eochaid Saxelby countersigned", "The FLO, Whinnery, arranged": a person named beside the acronym of their role.
const ROLE_ACRONYM_CUE = /\b(?:SPO|PSO|POM|COM|FLO|IDVA|ISVA|VLO|DSL|CPN|PP|PO|OM)(?:\b|\d)/;
// "Present: RC (PP1), MDS (SPO1)", "Attendance: VP (PP)": initials before a role's code in brackets, even where they
// spell a title or an acronym too ("PS", "RC").
const DEPARTMENT_CAPITALS = /^(?:HR|IT|PR)$/;
const CAPITALS_NOT_INITIALS = /^(?:OK|NB|NA|AM|PM|TBC|NFA|BST|GMT|UTC|CET|ID|IDs|PIN|GBP|EUR|USD|DOB|REF)$/;
// "Minute-taker: AM.", "AM noted that …": where no number stands before them, AM and PM sign or act as initials.
const TIME_OF_DAY = /^(?:AM|PM)$/;
// "Call handler HB gave the caller", "pharmacist PD.": a post, then its holder's initials. "Hall key log: TC 09:40, GT
// 09:45", "Room 9 DK 20:05": initials in a log, each with its time.
const INITIALS_AT_WORK = new RegExp(
  `\\b(?:${cueAlternation(pii.roleCues)})[^\\S\\n]+(\\p{Lu}{2,3})(?![\\p{L}\\p{N}'’-])(?=[^\\S\\n]*[,.;)]|[^\\S\\n]+\\p{Ll}|$)|(?:^|[:;,][^\\S\\n]*|\\b(?:Room|Rm|Bed|Flat)[^\\S\\n]+\\d{1,3}[^\\S\\n]+)(\\p{Lu}{2,3})[^\\S\\n]+(?:(?:in|out|arrived|left|back)[^\\S\\n]+)?\\d{1,2}[:.]\\d{2}\\b|(?:^|[:;][^\\S\\n]*)(\\p{Lu}{2,3})(?=[^\\S\\n]+to[^\\S\\n]+(?:get|check|send|ask|contact|chase|arrange|book|confirm|review|speak|share|update|write|find|complete|liaise|follow|obtain|request)\\b)|(?:^|[.!?]["”]?[^\\S\\n]+)(\\p{Lu}{2,3})(?=[^\\S\\n]+(?:was[^\\S\\n]+(?:seen|told|asked|warned|arrested|interviewed)|\\p{Ll}{3,}ed[^\\S\\n]+(?:him|her|them|the|a|an|that|to|positive|negative)|denied|admitted|told|said|saw|rang)\\b)`,
  "gu",
);
const INITIALS_CUE = /\b\p{Lu}{2,3}\b/u;
// "Training register initials: OQ, SK, NB.", "Curfew sheet initials: ZY in 19:42, checked KS": a record's own label
// says the capitals are people's initials, to the end of its sentence. Not "signs with the initials TW", where older
// corpora leave a signature's initials beside the full name unlabelled.
const INITIALS_LABEL =
  /\b[Ii]nitials(?:[^\S\n]+(?:on|in|of)[^\S\n]+the(?:[^\S\n]+[a-z-]+){1,3})?[^\S\n]*:[^\S\n]*[^.!?\n]*/g;
const CAPITALS_TOKEN = /(?<![\p{L}\p{N}'’.-])\p{Lu}{2,3}(?![\p{L}\p{N}'’-])/gu;
const ROLE_CODE = /^(?:PP|SPO|PSO|PO|POM|COM|OM|SI|RM|CM|DOB|CRN|PNC|HMP)$/;
// "Action 2: … Owner: DA", "Action owner for the interpreter audit: ZTN": an action's owner by initials; a plan would
// name a post ("Owner: SPO") or a team ("AP").
const OWNER_INITIALS =
  /\b(?:[Oo]wner|[Aa]ction\s+owner)(?:(?:[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?[\p{Ll}-]+(?:[^\S\n]+[\p{Ll}-]+){0,3})?[^\S\n]*:[^\S\n]*|[^\S\n]+)(\p{Lu}{2,3})(?![\p{L}\p{N}'’&/-])(?=[^\S\n]*(?:[.;,):]|$))/gmu;
const TEAM_CODES = /^(?:AP|HR|IT|PR|UK|QA|OMU|PDU|YOT|YOS|NHS|CPS)$/;
// "Countersigned: VA 14/10", "Checked: JK 17/10.", "Note by AN:": initials that sign, check or write a record.
const SIGNING_INITIALS =
  /(?:\b(?:[Cc]ountersigned|[Ss]igned|[Cc]hecked|[Ii]nitialled|[Vv]erified|[Ww]itnessed|[Nn]ote\s+by|[Ee]ntry\s+by|[Mm]inutes|[Dd]iscussed\s+with|[Aa]greed\s+with|[Ss]poke\s+(?:to|with)|(?:[Cc]losed|[Oo]pened|[Ll]ogged|[Cc]ompleted)(?:[^\S\n]+\d{1,2}[:.]\d{2})?[^\S\n]+by|[Mm]inute[-\s]taker)|["”][^\S\n]+[-–—])(?:[^\S\n]+(?:by|taken\s+by))?[^\S\n]*:?[^\S\n]*(\p{Lu}{2,3})(?![\p{L}\p{N}'’&/-])(?=[^\S\n]+(?:on[^\S\n]+)?\d{1,2}[/.]\d{1,2}\b|[^\S\n]*:|[^\S\n]*[.;]?[^\S\n]*$)/gmu;
// "Action | Check the approval note | JK | 28/02/2026 |": an action row's owner by initials, in the cell before its date.
const ACTION_ROW_INITIALS =
  /^[^\S\n]*(?:[Aa]ction|\d{1,2})\b[^\n]*?\|[^\S\n]*(\p{Lu}{2,3})(?=[^\S\n]*\|[^\S\n]*\d{1,2}\/\d{1,2}\/\d{2,4}[^\S\n]*(?:\||$))/gmu;
function initialsAtWork(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of text.includes("|") ? allMatches(ACTION_ROW_INITIALS, text) : []) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (ROLE_CODE.test(value) || TEAM_CODES.test(value) || CAPITALS_NOT_INITIALS.test(value) || TITLES.has(value))
      continue;
    if (!mayBeInitialsInContext(value) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of [
    ...(text.includes("wner") ? allMatches(OWNER_INITIALS, text) : []),
    ...allMatches(SIGNING_INITIALS, text),
  ]) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    // "Police to complete a home visit. Owner: DS.": a rank, not initials.
    if (
      ROLE_CODE.test(value) ||
      (CAPITALS_NOT_INITIALS.test(value) && !TIME_OF_DAY.test(value)) ||
      TEAM_CODES.test(value) ||
      TITLES.has(value)
    )
      continue;
    if ((value.length > 2 && lookupAcronym(value)) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const label of text.includes("nitials") ? allMatches(INITIALS_LABEL, text) : [])
    for (const m of allMatches(CAPITALS_TOKEN, label[0])) {
      const from = (label.index ?? 0) + (m.index ?? 0);
      if (ROLE_CODE.test(m[0]) || taken(from, from + m[0].length)) continue;
      out.push({ from, to: from + m[0].length, text: m[0], kind: "cued" });
    }
  for (const m of allMatches(INITIALS_AT_WORK, text)) {
    const value = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    // Opening a sentence or an action, capitals the dictionary knows are a body's ("CPS charged him", "CPS to
    // confirm").
    const opening = (m[3] ?? m[4]) !== undefined;
    const timeOfDay = opening && TIME_OF_DAY.test(value);
    if (opening && !timeOfDay && (lookupAcronym(value) || !initialsNotAcronym(value))) continue;
    if (ROLE_ACRONYM_CUE.test(value) || (CAPITALS_NOT_INITIALS.test(value) && !timeOfDay) || TITLES.has(value))
      continue;
    // "Apologies: Ms Busuttil (contractor HR)": a post's department, not its holder.
    if (m[1] !== undefined && DEPARTMENT_CAPITALS.test(value)) continue;
    // Three capitals the dictionary knows are a body's or a service's ("officer IOM"); two may be anyone's.
    if ((value.length > 2 && lookupAcronym(value)) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
const INITIALS_BEFORE_ROLE_CODE = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(\\p{Lu}{2,3})[^\\S\\n]+\\((?:(?:SPO|PSO|POM|COM|PP|PO|OM|W|V)\\d{0,2}|(?:${cueAlternation(pii.roleCues)}))(?=[),])`,
  "gu",
);
const ROLE_ACRONYM_THEN_NAME = new RegExp(
  `\\b(?:SPO|PSO|POM|COM|FLO|IDVA|ISVA|VLO|DSL|CPN)[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)(?=[^\\S\\n]*[,.;:)]|[^\\S\\n]+\\p{Ll}|$)`,
  "gu",
);
const ROLE_ACRONYM_APPOSITIVE = new RegExp(
  `\\b[Tt]he[^\\S\\n]+(?:SPO|PSO|POM|COM|FLO|IDVA|ISVA|VLO|DSL|CPN|PP|PO|OM),[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?),`,
  "gu",
);
// Beside a role, a surname shaped like a town's is a surname ("Saxelby").
const personalNameWord = (word: string) =>
  (unknownNameWord(word) &&
    !isEnglishWord(word.toLowerCase()) &&
    !isEnglishCompound(word.toLowerCase()) &&
    !DAY_OR_MONTH.test(word) &&
    !FIRM_ENDINGS.has(word)) ||
  (isKnownFirstName(word) && !COMMON_WORD_NAMES.has(word) && !UK_PLACES.has(word));
function namesBesideRoleAcronyms(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  for (const m of [...allMatches(ROLE_ACRONYM_THEN_NAME, text), ...allMatches(ROLE_ACRONYM_APPOSITIVE, text)]) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    if (!value.split(SPACES).every(personalNameWord) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  for (const m of allMatches(INITIALS_BEFORE_ROLE_CODE, text)) {
    const value = m[1]!;
    const from = m.index ?? 0;
    // "Ms O'Riordan's PP (PP6, Espen Halvorsen)": a role's own code before its number.
    // "All quiet. OK (PP1)": a word in capitals signed with a role's code.
    if (ROLE_ACRONYM_CUE.test(value) || CAPITALS_NOT_INITIALS.test(value) || taken(from, from + value.length)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// "The coxswain, Jowenick Ottersby, said", "The delivery riders, Sundra Creevey and Amarin Barnfather, were": whoever
// a sentence's subject is renamed to, in words no list knows, before the subject's verb; not a pet, a house, an app or
// a part in a play ("The farm dog, Pumble, followed", "The house, Bryn Hebog, was empty").
const SUBJECT_RENAMED = new RegExp(
  `(?:^|[.!?]["”]?[^\\S\\n]+|\\n[^\\S\\n]*)[Tt]he[^\\S\\n]+((?:[\\p{Ll}'’-]+[^\\S\\n]+){0,3}[\\p{Ll}'’-]+),[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)(?:[^\\S\\n]+and[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?))?,[^\\S\\n]+(?:\\p{Ll}+ly[^\\S\\n]+)?(?:\\p{Ll}+ed|said|told|saw|took|gave|was|were|had|has|is|are|rang|came|went|made|met|left|kept|sent|wrote|spoke|knew|found|ran|brought|heard|thought|felt|did|got)\\b`,
  "gu",
);
// "Amarin, the second rider, said": a name opening a sentence, then what the person is.
const NAMED_THEN_RENAMED = new RegExp(
  `(?:^|[.!?]["”]?[^\\S\\n]+|\\n[^\\S\\n]*)(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?),[^\\S\\n]+(?:the|a|an|his|her)[^\\S\\n]+((?:[\\p{Ll}'’-]+[^\\S\\n]+){0,3}[\\p{Ll}'’-]+),[^\\S\\n]+(?:\\p{Ll}+ly[^\\S\\n]+)?(?:\\p{Ll}+ed|said|told|saw|took|gave|was|were|had|has|is|are|rang|came|went|made|met|left|kept|sent|wrote|spoke|knew|found|ran|brought|heard|thought|felt|did|got)\\b`,
  "gu",
);
const PERSON_HEAD = /(?:er|or|ist|ant|ent|man|woman|men|women|lead|act|contact|pro|coxswain)s?$/;
const THING_HEAD =
  /^(?:river|water|weather|printer|computer|scanner|heater|boiler|trailer|container|meter|router|monitor|tractor|motor|generator|compressor|freezer|paper|letter|number|order|matter|corner|door|floor|event|agent|parent|client|patient|tenant|student)s?$/;
const NOT_PERSON_NOUN =
  /\b(?:house|home|farm|cottage|flat|pub|shop|firm|company|business|app|website|site|page|group|chat|account|role|part|character|play|song|book|film|show|ship|boat|vessel|car|van|lorry|horse|pony|pet|puppy|kitten|ward|wing|unit|street|road|village|town|estate|team|club|band|brand|product|drug|operation|townland|hunter|cob|ram|ewe|mare|stallion|gelding|bird|parrot)s?\b/;
function subjectsRenamed(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(SUBJECT_RENAMED, text)) {
    const subject = m[1]!;
    if (
      NOT_PERSON_NOUN.test(subject) ||
      subject.split(SPACES).some((word) => ANIMAL_WORD_SET.has(word.replace(/s$/, "")))
    )
      continue;
    // What the subject is must be a person's word ("caterer", "assistant", "act"), not a thing's ("printer", "river").
    const head = subject.split(SPACES).at(-1)!;
    if (!PERSON_HEAD.test(head) || THING_HEAD.test(head)) continue;
    let at = (m.index ?? 0) + m[0].indexOf(subject) + subject.length;
    for (const value of [m[2], m[3]]) {
      if (value === undefined) continue;
      const from = text.indexOf(value, at);
      at = from + value.length;
      if (!value.split(SPACES).every(wordNoListKnows) || taken(from, from + value.length)) continue;
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  }
  for (const m of allMatches(NAMED_THEN_RENAMED, text)) {
    const [, value, what] = m as unknown as [string, string, string];
    if (NOT_PERSON_NOUN.test(what) || what.split(SPACES).some((word) => ANIMAL_WORD_SET.has(word.replace(/s$/, ""))))
      continue;
    const parts = value.split(SPACES);
    // A first name the lists know is found as one elsewhere, and pets are given them ("Bess, the lurcher,").
    if (!parts.every(wordNoListKnows) || (parts.length === 1 && isKnownFirstName(value))) continue;
    const from = (m.index ?? 0) + m[0].indexOf(value);
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// 'Mawdry Sketheridge, known on the bank as "Barbel",', 'Corvey, called "Tympan",': whoever a nickname found is given
// to, named just before it.
const NAMED_BEFORE_NICKNAME = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?),[^\\S\\n]+(?:(?:also[^\\S\\n]+)?known(?:[^\\S\\n]+\\p{Ll}+){0,4}[^\\S\\n]+as|called|nicknamed)[^\\S\\n]+["“](?=\\p{Lu})`,
  "gu",
);
function namesBeforeNicknames(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(NAMED_BEFORE_NICKNAME, text)) {
    const value = m[1]!;
    const from = m.index ?? 0;
    const nickname = from + m[0].length;
    if (!out.some((c) => c.from === nickname) || taken(from, from + value.length)) continue;
    const parts = value.split(SPACES);
    if (!parts.every((part) => (unknownNameWord(part) || isKnownFirstName(part)) && !UK_PLACES.has(part))) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
// "Hember pushed Kelway", "he punched Tavis in the face": whom someone pushed, punched or stabbed is a person, however the
// word is shaped; not a place ("the storm hit Whitby" is why "hit" is not here).
const STRUCK_ONE = new RegExp(
  `\\b(?:pushed|shoved|punched|kicked|slapped|stabbed|headbutted|head-butted|strangled|assaulted|bit|went[^\\S\\n]+for)[^\\S\\n]+(${NAME_PART})(?=[^\\S\\n]*(?:[.,;:!?"”’)]|$)|[^\\S\\n]+(?:in|on|at|with|to|into|off|down|over|again|twice|and|before|after|from|outside|because|while|during|several|three|four|repeatedly)\\b)`,
  "gu",
);
function peopleStruck(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(STRUCK_ONE, text)) {
    const value = m[1]!;
    if (!isCueNameWord(value) || isEnglishWord(value.toLowerCase()) || isKnownPlace(value)) continue;
    if (TELLERS_NOT_NAMES.has(value) || KINSHIP_WORDS.has(value) || ORGANISATION_WORDS.has(value)) continue;
    if (isCapitalisedWord(value.toUpperCase()) || lookupAcronym(value.toUpperCase())) continue;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (!taken(from, from + value.length)) out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
function unknownNamesActing(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  // The word first, then what follows it: most sentences open with a word no name is ("The", "He", "PP1").
  let rarer: boolean | undefined;
  for (const at of openingsOf(text)) {
    NAME_AT.lastIndex = at;
    const value = NAME_AT.exec(text)?.[1];
    if (value === undefined) continue;
    const to = at + value.length;
    // "Tumelis's invoice"? No: "Piroska's letters", "Winterbourne's statement", "Hogir's number": what only a person
    // has, owned by a word no dictionary, place or body knows, however it is shaped.
    if (
      text[to] === "'" || text[to] === "’"
        ? (PERSONAL_THING_AFTER.test(text.slice(to, to + 30)) ||
            (speakerWord(value) &&
              !TOWN_SHAPE.test(value) &&
              !ROLE_WORDS.has(value) &&
              // "Beck's cognitive triad", "J.K. Rowling's books": a surname's eponym, or the end of a longer name.
              !isListedSurname(censusForm(value)) &&
              !INITIAL_BEFORE.test(text.slice(Math.max(0, at - 3), at)) &&
              OWNS_SOMETHING_AFTER.test(text.slice(to, to + 30)))) &&
          !isEnglishWord(value.toLowerCase()) &&
          // "Facilitator's notes": a role's, not a name's.
          !ROLE_WORDS.has(value) &&
          isCueNameWord(value) &&
          neitherPlaceNorBody(value) &&
          !UK_PLACES.has(value) &&
          !ORGANISATION_NAMES.has(value) &&
          !taken(at, to)
        : false
    ) {
      out.push({ from: at, to, text: value, kind: "cued" });
      continue;
    }
    // Known first names are the other passes' ("Charlie rang him" after "sold Charlie").
    if (value.length < 3 || taken(at, to) || isKnownFirstName(value) || !unknownNameWord(value)) continue;
    // "Mickleburgh later deleted the photographs", "Vellow lent him a van": a word shaped like a town's name, before
    // what no town does.
    const townShaped = mayBeTown(value) && !isEnglishWord(value) && !isEnglishWord(value.toLowerCase());
    // "K. Duckworth rang the office": the initial's pass reads the whole name.
    const initialled = INITIAL_BEFORE.test(text.slice(Math.max(0, at - 3), at));
    if (townShaped && !initialled && !UK_PLACES.has(value) && PERSON_ONLY_DEED.test(text.slice(to, to + 30))) {
      if (!taken(at, to)) out.push({ from: at, to, text: value, kind: "cued" });
      continue;
    }
    if (mayBeTown(value) || pluralOfAnyNoun(value)) continue;
    if (ORGANISATION_NAMES.has(value) || ORGANISATION_WORDS.has(value) || NOT_NAMES.has(value) || UK_PLACES.has(value))
      continue;
    if (isCapitalisedWord(value.toUpperCase()) || lookupAcronym(value.toUpperCase())) continue;
    // "R. Carrack signed": a surname after its initial, which the full stop does not end.
    if (MEDICAL_WORDS.has(value.toLowerCase()) || initialled) continue;
    ONE_NAME_OPENING.lastIndex = at;
    let m = ONE_NAME_OPENING.exec(text);
    if (!m) {
      rarer ??= hasRarerCue(text) || hasKinAfterHisOrHer(text);
      ONE_NAME_OPENING_RARER.lastIndex = at;
      if (rarer) m = ONE_NAME_OPENING_RARER.exec(text);
    }
    // Past deeds the patterns above do not list: "Thecla fished every Saturday match".
    if ((!m || m[1] !== value) && !pastDeedFollows(text, to)) continue;
    // "Dossier prepared by B. Dobrev", "Disqualification extended by 12 months": a thing done by someone.
    if (PARTICIPLE_BY_AFTER.test(text.slice(to, to + 40))) continue;
    // "No-one checked", "Ride-outs ran": words of the language joined, not a given name ("Ji-hoon", "Jae-won").
    if (value.includes("-") && value.split("-").every((part) => isEnglishWord(part.toLowerCase()))) continue;
    out.push({ from: at, to, text: value, kind: "cued" });
  }
  // A plus-one, an owner, a nickname in brackets or inside a name: each tried only where its shape may be.
  const quoted: RegExpExecArray[] = [
    ...(hasPlusOneOrOwnerCue(text) ? allMatches(PLUS_ONE_OR_OWNER, text) : []),
    ...(text.includes("('") || text.includes('("') || text.includes("(‘") || text.includes("(“")
      ? allMatches(QUOTED_IN_BRACKETS, text).filter((m) =>
          ONE_NAME_BEFORE_BRACKET.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index)),
        )
      : []),
  ];
  for (const m of quoted) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value, m[0].length - 2);
    if (!taken(from, from + value.length) && (isKnownFirstName(value) || oneNameAlone(value)))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  if (NICKNAME_INSIDE_NAME_CUE.test(text)) nicknamesBesideNames(text, out, taken);
  // 'The guides called Corriden Moxtable "Wisp"': a quoted word a person's full name is called by, whatever word.
  for (const m of text.includes("called ") || text.includes("dubbed ") ? allMatches(CALLED_PERSON_QUOTED, text) : []) {
    const [whole, person, nickname] = m as unknown as [string, string, string];
    const words = person.split(SPACES);
    if (!words.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w)) || !personLike(words) || TITLES.has(nickname))
      continue;
    if (PLACE_WORDS.has(words.at(-1)!) || PLACE_OR_BODY_LAST.has(words.at(-1)!)) continue;
    const from = (m.index ?? 0) + whole.lastIndexOf(nickname);
    if (!taken(from, from + nickname.length))
      out.push({ from, to: from + nickname.length, text: nickname, kind: "cued" });
  }
  for (const m of text.includes("other") || text.includes("fellow") ? allMatches(ANOTHER_ONE_NAMED, text) : []) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].lastIndexOf(value);
    const words = value.split(SPACES);
    if (
      words.every((w) => unknownNameWord(w)) &&
      !ORGANISATION_WORDS.has(words.at(-1)!) &&
      !taken(from, from + value.length)
    )
      out.push({ from, to: from + value.length, text: value, kind: "full" });
  }
  wordsSaidToBeNames(text, out, taken);
  namesPaidOrListed(text, out, taken);
  // "E. Cottesby withdrew from Class 9", "Z. Pennoweth picked every day": an initial and a surname, acting.
  for (const m of INITIAL_DOT_CUE.test(text) ? allMatches(INITIAL_AND_SURNAME, text) : []) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const surname = m[1]!;
    // "Plan B. Fothergill approved it", "John K. Duckworth": a letter that ends a name or a sentence is no initial.
    if (CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, from - 30), from))) continue;
    // A town takes no initial: "E. Cottesby" is a surname however it is shaped.
    if (!unknownNameWord(surname) || ORGANISATION_WORDS.has(surname)) continue;
    if (!personFollows(text, to) && !pastDeedFollows(text, to)) continue;
    if (!taken(from, to)) out.push({ from, to, text: m[0], kind: "full" });
  }
  // "The card index belonged to Ysoline, who tuned the victim's piano": one name no list knows, then who they are.
  for (const m of text.includes(", who ") ? allMatches(ONE_NAME_THEN_WHO, text) : []) {
    const from = m.index ?? 0;
    const value = m[1]!;
    // Not the last word of a longer name ("Hứa Văn Toàn, who slept …").
    if (NAME_OR_INITIAL_BEFORE.test(text.slice(Math.max(0, from - 24), from))) continue;
    if (!taken(from, from + value.length) && oneNameAlone(value) && !sentenceInitial(text, from))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  // "Altos: Annie, Nyarai; Tenors: Simbarashe", 'engraved "Parvin and Hooshang"', "Vimbai Mandaza (soprano)".
  for (const m of partsOrEngraved(text) ? allMatches(PARTS_OR_ENGRAVED, text) : []) {
    const list = m[1] ?? m[2] ?? m[3]!;
    let at = (m.index ?? 0) + m[0].indexOf(list);
    for (const value of list.split(/,\s*(?:and\s+)?|\s+(?:and|&)\s+/)) {
      const from = text.indexOf(value, at);
      at = from + value.length;
      const words = value.split(SPACES);
      if (!words.every((word) => isKnownFirstName(word) || oneNameAlone(word))) continue;
      if (!taken(from, at)) out.push({ from, to: at, text: value, kind: "cued" });
    }
  }
  if (hasAskedCue(text))
    for (const m of allMatches(ASKED_ONE, text)) {
      const value = m[1]!;
      const from = (m.index ?? 0) + m[0].indexOf(value);
      if (!taken(from, from + value.length) && oneNameAlone(value) && !NOT_LISTED_NAMES.test(value))
        out.push({ from, to: from + value.length, text: value, kind: "cued" });
    }
  if (!text.includes(" by ")) return;
  for (const m of allMatches(VIOLENT_AGENT, text)) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (!taken(from, from + value.length) && oneNameAlone(value) && !isKnownFirstName(value))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}

// "Harkirat Jhuti and Elain Lewtas are named in the court list": a second unknown pair that acts for both.
const AND_PAIR_AFTER = new RegExp(
  `^[^\\S\\n]+and[^\\S\\n]+(${NAME_PART})[^\\S\\n]+(${NAME_PART})(?![\\p{L}\\p{N}\\p{M}'’-]|[^\\S\\n]+\\p{Lu})`,
  "u",
);
const BOTH_NAMED_AFTER =
  /^\s+(?:(?:are|were)\s+)?both\s+\p{Ll}+ed\b|^\s+(?:are|were)\s+(?:both\s+)?(?:named|listed|charged|accused|known|related|cousins|brothers|sisters|friends)\b|^\s+were\s+(?:both\s+)?(?:on|in)\s+the\s+same\b|^\s+(?:are|were)\s+both\s+(?:on|in|at)\b|^\s+both\s+\p{Ll}{3,}/u;
const TIME_ADVERB_AFTER =
  /^[^\S\n]+(?:later|then|soon|recently|previously|eventually|initially|finally|subsequently)(?=[^\S\n]+\p{Ll})/u;
const pairActsAfter = (text: string, to: number) => {
  const m = AND_PAIR_AFTER.exec(text.slice(to, to + 60));
  if (!m) return false;
  const words = [m[1]!, m[2]!];
  return (
    // "… and Zosime Ardley did not": a surname shaped like a town's, after a first name that is not.
    words.every((word) => unknownNameWord(word)) &&
    !looksLikeTown(m[1]!) &&
    !UK_PLACES.has(m[2]!) &&
    !ORGANISATION_WORDS.has(m[2]!) &&
    !PLACE_WORDS.has(m[2]!) &&
    (personFollows(text, to + m[0].length) ||
      BOTH_NAMED_AFTER.test(text.slice(to + m[0].length, to + m[0].length + 30)))
  );
};
// Two capitalised words side by side, the second of them a name's start ("Iuliana Almond", "Rhys ap Gruffydd",
// "Seán O'Brien"): what the passes for two unknown words below need before they can find anything. Most blocks of a
// review have none ("Mr K", "The MAPPA meeting", "PP1 told"), and one scan for it costs less than the passes' cues.
const CAPITALISED_PAIR =
  /\p{Lu}[\p{L}\p{M}'’-]*[^\S\n]+(?:(?:ap|ab|ferch|verch|bin|ibn|bint)[^\S\n]+)?(?:\p{Lu}[\p{Ll}\p{M}]|[OD]['’]\p{Lu})/u;
function unknownPairsActing(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  if (CAPITALISED_PAIR.test(text)) namedPairsActing(text, out, taken);
  if (PHONE_SHAPE.test(text) && CAPITALISED_PAIR.test(text)) pairsBesidePhones(text, out, taken);
  namesSentOrSpelt(text, out, taken);
  capitalisedSurnamesAndSpeakers(text, out, taken);
}
// "Drevin Brimcombe, 0161 496 0183, did not attend", "Lazarin Sweveney can be reached on 0161 …": two words no list
// knows, with the phone number that reaches them.
const PAIR_BESIDE_PHONE = new RegExp(
  `(${NAME_PART})[^\\S\\n]+(${NAME_PART})(?:,[^\\S\\n]*|[^\\S\\n]+(?:can|could)[^\\S\\n]+be[^\\S\\n]+(?:reached|contacted)[^\\S\\n]+on[^\\S\\n]+)(?=(?:\\+44[^\\S\\n]?|0)\\d{3,4}[^\\S\\n]?\\d{3})`,
  "gu",
);
function pairsBesidePhones(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const m of allMatches(PAIR_BESIDE_PHONE, text)) {
    const [, first, last] = m as unknown as [string, string, string];
    const from = m.index ?? 0;
    const to = from + first.length + 1 + last.length;
    if (taken(from, to) || !unknownNameWord(first) || !isCueNameWord(last) || isEnglishWord(last.toLowerCase()))
      continue;
    if (looksLikeTown(first) || UK_PLACES.has(last) || ORGANISATION_WORDS.has(last) || PLACE_WORDS.has(last)) continue;
    if (FIRM_ENDINGS.has(last) || tradeInPlural(last) || PLACE_OR_BODY_LAST.has(last)) continue;
    out.push({ from, to, text: text.slice(from, to), kind: "full" });
  }
}

/** Who sent or signed something, how a record spelt a name, whom a thing honours, who has died: see SENT_OR_SPELT. */
function namesSentOrSpelt(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  const sentOrSpelt = hasSentOrSpeltCue(text);
  for (const m of sentOrSpelt ? allMatches(SENT_OR_SPELT, text) : []) {
    const value = m[1]!;
    const to = (m.index ?? 0) + m[0].length;
    const from = to - value.length;
    const words = value.split(SPACES);
    if (taken(from, to) || !words.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w))) continue;
    // "a text from Iuliana", "spelled her name Rodica Balanuta": a first name that is none of a dictionary's words.
    if (!unknownNameWord(words[0]!) || looksLikeTown(words[0]!) || ORGANISATION_WORDS.has(words.at(-1)!)) continue;
    if (PLACE_WORDS.has(words.at(-1)!) || PLACE_OR_BODY_LAST.has(words.at(-1)!) || TITLES.has(words[0]!)) continue;
    if (WELSH_PLACE_FIRST.test(words[0]!) || INSTITUTION_AFTER.test(text.slice(to, to + 16))) continue;
    out.push({ from, to, text: value, kind: "cued" });
  }
  // "A police summary says Crookall heard a pot break", "Askam said Sillan pulled the SI away": one word no list
  // knows, in what someone said, doing what a person does.
  for (const m of hasSaidCue(text) ? allMatches(SAID_THEN_ONE, text) : []) {
    const value = m[1]!;
    const to = (m.index ?? 0) + m[0].length;
    const from = to - value.length;
    if (THING_DEED_AFTER.test(text.slice(to, to + 16))) continue;
    if (oneNameAlone(value) && neitherPlaceNorBody(value) && pastDeedFollows(text, to) && !taken(from, to))
      out.push({ from, to, text: value, kind: "cued" });
  }
  // "It was Rainild who pulled the victim out": only a person is "who".
  for (const m of text.includes(" who ") ? allMatches(IT_WAS_WHO, text) : []) {
    const value = m[1]!;
    const from = (m.index ?? 0) + m[0].indexOf(value, 6);
    const words = value.split(SPACES);
    if (!words.every((w) => isCueNameWord(w) && neitherPlaceNorBody(w) && !UK_PLACES.has(w))) continue;
    if ((isKnownFirstName(words[0]!) || noEnglishWord(words)) && !taken(from, from + value.length))
      out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
  // "Merek was asked by Lirren to leave the café": one word no list knows, doing to a person what a person does.
  for (const m of text.includes(" by ") ? allMatches(PERSON_AGENT, text) : []) {
    const value = m[1]!;
    const to = (m.index ?? 0) + m[0].length;
    const from = to - value.length;
    if ((oneNameAlone(value) || isKnownFirstName(value)) && neitherPlaceNorBody(value) && !taken(from, to))
      out.push({ from, to, text: value, kind: "cued" });
  }
}
const SAID_THEN_ONE = new RegExp(
  `\\b(?:said|says|stated|states|told[^\\S\\n]+(?:the[^\\S\\n]+)?(?:police|officers|staff|PP\\d|SPO\\d|him|her|me|us)|shows[^\\S\\n]+that|showed[^\\S\\n]+that)[^\\S\\n]+(?:that[^\\S\\n]+)?(${NAME_PART})(?=[^\\S\\n]+\\p{Ll})`,
  "gu",
);
// What an event or a thing does as readily as a person: "He said that Brexit changed his plans".
const THING_DEED_AFTER = /^\s+(?:changed|affected|meant|caused|happened|started|ended|began|led|forced|stopped)\b/;
const hasSaidCue = containsAny(["said ", "says ", "stated ", "states ", "told ", "shows that ", "showed that "]);
const IT_WAS_WHO = new RegExp(
  `\\b[Ii]t[^\\S\\n]+was[^\\S\\n]+(${NAME_PART}(?:[^\\S\\n]+${NAME_PART})?)[^\\S\\n]+who\\b`,
  "gu",
);
const PERSON_AGENT = new RegExp(
  `\\b(?:was|were|been|being)[^\\S\\n]+(?:asked|told|warned|threatened|approached|attacked|assaulted|punched|kicked|pushed|slapped|visited|phoned|rung|followed|interviewed|supervised|mentored|coached|befriended|recognised|spotted|stopped|collected|driven|greeted|hugged|kissed|blamed|thanked)[^\\S\\n]+by[^\\S\\n]+(${NAME_PART})(?![\\p{L}\\p{M}'’-]|[^\\S\\n]+\\p{Lu})`,
  "gu",
);
// "Mazin Tayfour was known to the food bank", "Goron Holst used the handle …": two words no list knows, then a verb
// in the past. Not a present ("Crondall Weir floods most winters", "Tarw Du is the cider sold at the bar"), which
// describes a place or a thing as readily as a person.
// "Orlith Ryddle, another key-holder, saw …": one more of some people; not "another supplier" or "another firm".
const ANOTHER_ONE_AFTER =
  /^,[^\S\n]+another[^\S\n]+(?!(?:firm|company|supplier|business|shop|charity|agency|organisation|provider|venue|pub|club|school|site|branch|team|group)\b)[\p{Ll}-]+(?:[^\S\n]+[\p{Ll}-]+)?,/u;
const PAST_TENSE_NEXT = /^[^\S\n]+(?:was|were|had|has)[^\S\n]+\p{Ll}|^[^\S\n]+\p{Ll}{2,}ed\b/u;
const PAST_DEED_NEXT = /^[^\S\n]+\p{Ll}{2,}ed\b/u;
const TOWN_FIRST_PERSON_AFTER =
  /^[^\S\n]+(?:gave[^\S\n]+(?:a|his|her)[^\S\n]+(?:statement|evidence)|was[^\S\n]+not[^\S\n]+on[^\S\n]+the\b)/;
// A capital after a word in lower case, inside a sentence: "Head voicer Pascow Roscarrock had warned the manager".
const CAPITAL_AFTER_LOWER = /\b([a-z]+(?:-[a-z]+)?)[^\S\n]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])/g;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}'’-]/u;
// Not "An Garda Síochána", "The Tarw Du".
const DETERMINER_OR_LINK =
  /^(?:The|An|A|This|That|These|Those|His|Her|Their|Our|Its|My|Your|And|But|For|With|From|Into|Onto|Upon|When|While|At|In|On|To|By|Of)$/;
const OPENING_WORD = /([A-Z][a-z]+)[^\S\n]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])/y;
// What places and works stand after: "Fire crews from Swyre Magna arrived", "The film Heer Ranjha was playing".
const PLACE_OR_WORK_BEFORE: ReadonlySet<string> = new Set(
  "at in on from near into onto above below beside outside inside beyond past via towards toward across around behind through film song book show series play album novel programme drama shop cafe restaurant pub bar company firm brand band village town farm hamlet river estate street road ward wing".split(
    " ",
  ),
);
/** Where a sentence opens, and where a capital follows a word in lower case inside one: full names stand at both. */
function pairStartsOf(text: string): number[] {
  const starts = [...openingsOf(text)];
  // After a word of the language opening the sentence: "Trimmer Orenda Treffry said", "Later Alys Penwarne rang".
  for (const at of openingsOf(text)) {
    OPENING_WORD.lastIndex = at;
    const word = OPENING_WORD.exec(text)?.[1];
    if (word && !DETERMINER_OR_LINK.test(word) && isEnglishWord(word.toLowerCase()) && !isKnownFirstName(word))
      starts.push(OPENING_WORD.lastIndex);
  }
  // The whole word in lower case: "\b" is blind to letters beyond ASCII ("Bronisława Łęk").
  for (const m of allMatches(CAPITAL_AFTER_LOWER, text))
    if (!PLACE_OR_WORK_BEFORE.has(m[1]!) && !WORD_CHARACTER.test(text[m.index - 1] ?? " "))
      starts.push(m.index + m[0].length);
  return starts;
}
// "Ismena Yolland runs the boatyard", "Gilot Lantry runs Lantry Butchers": who keeps a business.
// "Gerold Varder was PP1 from 2025": said to be someone in the register.
const IDENTIFIER_SAID_AFTER = /^[^\S\n]+(?:is|was)[^\S\n]+(?:PP|SPO|PO|PSO|RM|CM|W|V)\d{1,2}\b/;
// Not a ferry's or a bus's run: "Loch Seaforth runs the crossing".
const RUNS_A_BUSINESS_AFTER =
  /^[^\S\n]+(?:runs|owns|manages)[^\S\n]+(?:(?:the|a|an|his|her)[^\S\n]+(?!(?:crossing|route|service|line|length|risk|gauntlet|night|late|early|daily|weekly)\b)|\p{Lu})/u;
// Not "for" or "called": "rota for Loxhame Orienteers", "the reef called Sgeir Ruadh".
const PAIR_TAKER_BEFORE = /\b(?:by|with|said|told|asked|met|saw|visited|phoned|texted|messaged)[^\S\n]+$/;
// "He told Ethelwyn Bemrose he had debts": whom someone told something.
const TOLD_BEFORE = /\b(?:told|asked|warned|reminded|informed|promised)[^\S\n]+$/;
const CLAUSE_AFTER_TOLD = /^[^\S\n]+(?:that|he|she|they|about)\b/;
function namedPairsActing(text: string, out: NameCandidate[], taken: (from: number, to: number) => boolean): void {
  for (const at of pairStartsOf(text)) {
    PAIR_OPENING.lastIndex = at;
    const m = PAIR_OPENING.exec(text);
    if (!m) continue;
    const [, name, first, middle, last] = m as unknown as [string, string, string, string | undefined, string];
    const to = at + m[0].length;
    const from = to - name.length;
    // "Pennow Crondhurst gave a statement": a first word shaped like a town's name only before what only a person does.
    const townFirst =
      looksLikeTown(first) &&
      !UK_PLACES.has(first) &&
      !PLACE_WORDS.has(last) &&
      (TOWN_FIRST_PERSON_AFTER.test(text.slice(to, to + 40)) ||
        PERSON_ONLY_DEED.test(text.slice(to, to + 30)) ||
        // "Kaidon Skelhorn played in defence": a surname no list knows, nor shaped like a town's, before a deed.
        (speakerWord(last) && !looksLikeTown(last) && PAST_DEED_NEXT.test(text.slice(to, to + 20))));
    if (taken(from, to) || !unknownNameWord(first) || (looksLikeTown(first) && !townFirst)) continue;
    if (middle !== undefined && !NAME_MIDDLES.has(middle) && (!unknownNameWord(middle) || looksLikeTown(middle)))
      continue;
    // "Iuliana Almond rang the police": a surname that is also a word, after a first name that is none, before
    // what only a person does.
    const wordSurname = !unknownNameWord(last);
    if (
      wordSurname &&
      (isKnownFirstName(first) || !isCueNameWord(last) || !STRONG_PERSON_AFTER.test(text.slice(to, to + 40)))
    )
      continue;
    if (ORGANISATION_WORDS.has(last) || PLACE_WORDS.has(last) || FIRM_ENDINGS.has(last) || tradeInPlural(last))
      continue;
    // "Idrelle Rookley rang the brewery": a surname shaped like a town, before what no town does.
    if (looksLikeTown(last) && UK_PLACES.has(last)) continue;
    // "Trev Whitehouse moved": a listed surname after a word shaped like a Welsh place's start makes it a first name.
    if (
      PLACE_OR_BODY_LAST.has(last) ||
      (WELSH_PLACE_FIRST.test(first) && !isListedSurname(censusForm(last)) && !townFirst) ||
      INSTITUTION_AFTER.test(text.slice(to, to + 16))
    )
      continue;
    // "Masjid Khadija", "Capel Horeb", "Tregowan Barracks": a place of worship or a building, named.
    if (partOfOtherProperNoun(text, from, from + first.length) || BUILDING_OR_WORSHIP.test(name)) continue;
    // "Trev Whitehouse later moved to another team": an adverb of time before what the person did.
    const acts =
      personFollows(text, to + (TIME_ADVERB_AFTER.exec(text.slice(to, to + 16))?.[0].length ?? 0)) ||
      RUNS_A_BUSINESS_AFTER.test(text.slice(to, to + 40)) ||
      IDENTIFIER_SAID_AFTER.test(text.slice(to, to + 12)) ||
      (TOLD_BEFORE.test(text.slice(Math.max(0, from - 12), from)) && CLAUSE_AFTER_TOLD.test(text.slice(to, to + 12))) ||
      (!wordSurname && !(looksLikeTown(last) && townFirst) && PAST_TENSE_NEXT.test(text.slice(to, to + 20)));
    // "bought by Oluwadamilare Fargher using", "travelled with Oluwadamilare Fargher and": two words no list knows,
    // neither shaped like a town's, after a word that takes a person.
    const taken2 =
      !wordSurname &&
      PAIR_TAKER_BEFORE.test(text.slice(Math.max(0, from - 12), from)) &&
      wordNoListKnows(first) &&
      wordNoListKnows(last);
    if (
      !acts &&
      !taken2 &&
      !ROLE_SAID_OF_AFTER.test(text.slice(to, to + 80)) &&
      !ANOTHER_ONE_AFTER.test(text.slice(to, to + 40)) &&
      !pairActsAfter(text, to)
    )
      continue;
    // "Zelený Pixel opened in 2021": what a shop or a firm does; "Nonna Carmela's Bakery supplied": a firm named after
    // someone.
    if (BUSINESS_VERB_AFTER.test(text.slice(to, to + 16))) continue;
    if (POSSESSIVE_AFTER.test(text.slice(to, to + 3)) && firmAfterPossessive(text, to + 2)) continue;
    out.push({ from, to, text: text.slice(from, to), kind: "full" });
  }
  const contacted = hasContactedCue(text) || hasLogRoomCue(text);
  const reported = reportedPairs(text);
  for (const m of [...(contacted ? allMatches(CONTACTED_PAIR, text) : []), ...reported]) {
    const [, name, first, last] = m as unknown as [string, string, string, string];
    const to = (m.index ?? 0) + m[0].length;
    const from = to - name.length;
    if (reported.includes(m) && (looksLikeTown(first) || looksLikeTown(last) || !personFollows(text, to))) continue;
    if (taken(from, to) || !unknownNameWord(first) || !unknownNameWord(last)) continue;
    if (ORGANISATION_WORDS.has(last) || PLACE_WORDS.has(last) || FIRM_ENDINGS.has(last)) continue;
    if (PLACE_OR_BODY_LAST.has(last) || UK_PLACES.has(first) || UK_PLACES.has(last) || WELSH_PLACE_FIRST.test(first))
      continue;
    if (INSTITUTION_AFTER.test(text.slice(to, to + 16))) continue;
    // "visited Castle Howard as part of"; not "describes Corvin Gildersleeve as a low-risk offender".
    if (
      /^\s+(?:as|volunteers)\b/.test(text.slice(to, to + 14)) &&
      !PERSON_DESCRIBED_AFTER.test(text.slice(to, to + 60))
    )
      continue;
    out.push({ from, to, text: name, kind: "full" });
  }
}
/** Surnames in capitals before an initial, in a log or a sign-in book; speakers in capitals in a transcript. */
function capitalisedSurnamesAndSpeakers(
  text: string,
  out: NameCandidate[],
  taken: (from: number, to: number) => boolean,
): void {
  const capsInitials = FOUR_CAPITALS.test(text) ? allMatches(CAPS_SURNAME_INITIAL, text) : [];
  for (const m of capsInitials) {
    const value = m[1]!;
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const word = titleCase(value);
    if (taken(from, to) || lookupAcronym(value) || isCapitalisedWord(value) || !unknownNameWord(word)) continue;
    // "HOUSEBLOCK B 06:58 unlock", "VICTORIA B", "ARMLEY D": a wing, a ward or a place; one entry alone must be a
    // surname the census lists, a list of them needs none.
    if (isKnownFirstName(word) || UK_PLACES.has(word)) continue;
    const listed = word.split("-").some((part) => isListedSurname(censusForm(titleCase(part))));
    if (capsInitials.length < 2 && !listed) continue;
    out.push({ from, to, text: m[0], kind: "cued" });
  }
  // "Line 16: DOBREVA Stanimira, Bulgarian": a register's surname in capitals, then the given name.
  for (const m of FOUR_CAPITALS.test(text) ? allMatches(CAPS_SURNAME_GIVEN, text) : []) {
    const [whole, surname, given] = m as unknown as [string, string, string];
    const to = (m.index ?? 0) + whole.length;
    const from = to - surname.length - given.length - 1;
    const word = titleCase(surname);
    if (taken(from, to) || lookupAcronym(surname) || isCapitalisedWord(surname) || !unknownNameWord(word)) continue;
    if (isKnownFirstName(word) || UK_PLACES.has(word) || !(isKnownFirstName(given) || speakerWord(given))) continue;
    out.push({ from, to, text: text.slice(from, to), kind: "cued" });
  }
  if (!text.includes(":")) return;
  const speakers = allMatches(CAPS_SPEAKER, text);
  for (const m of speakers) {
    const value = m[1]!;
    const word = titleCase(value);
    const from = (m.index ?? 0) + m[0].length - value.length;
    if (taken(from, from + value.length) || lookupAcronym(value) || isCapitalisedWord(value)) continue;
    if (!unknownNameWord(word) || ROLE_WORDS.has(word)) continue;
    // "NORTHGATE:", "ARMLEY:", "DISPATCHER:": a place, a compound of words or someone's job, unless two speakers
    // take turns ("EMBERTON: Did you lock …? CEBOTARI: …").
    const lower = value.toLowerCase();
    const thing = isEnglishCompound(lower) || (lower.endsWith("er") && isEnglishWord(lower.slice(0, -2)));
    if (UK_PLACES.has(word) || (thing && speakers.length < 2)) continue;
    out.push({ from, to: from + value.length, text: value, kind: "cued" });
  }
}
