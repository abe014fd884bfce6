import type { BlockRule } from "../engine/BlockRule.js";
import { allMatches } from "../engine/allMatches.js";
import { createFinding } from "../engine/createFinding.js";
import { containsAny } from "../text/containsAny.js";
import { isEnglishWord } from "../text/englishWords.js";
import { isMailboxTeamWord } from "../text/mailboxWords.js";
import { piiSeverity } from "./piiSeverity.js";

// "@kaz.marchby", "@arbi_qi5": a handle, not the domain of an e-mail address ("x@example.org").
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?![\p{L}\p{N}@])/gu;
// "appt @10am", "seen @home": "at", not a handle.
const AT_WORD_OR_TIME = /^@(?:\d{1,2}(?::\d\d)?(?:am|pm)?|\d+)$/i;
// A username after its platform: 'Snapchat name, "maddz.x"', "his snap is nuggz.g4". Only a token with a dot, an
// underscore or a digit, which no word has: "his snap is private" names nothing.
const CUED_USERNAME =
  /\b(?:[Ss]napchat|[Ss]nap|[Ii]nsta(?:gram)?|[Tt]ik[Tt]ok|[Tt]witter|[Ff]acebook|[Ww]e[Cc]hat|[Tt]elegram|[Dd]iscord|[Uu]sername|[Hh]andle|[Gg]amertag|[Pp]rofile|[Pp]osted\s+as|[Pp]osting\s+as|[Pp]osted\s+by|[Ss]hared\s+by|(?:[Ff]rom|[Tt]o)\s+user|[Ll]ogin|[Aa]ccount|(?:[Rr]eview|[Rr]eply|[Pp]ost|[Cc]omment)\s+(?:by|from)|[Pp]osts\s+as|[Ll]ogged\s+in\s+as|(?:used|uses|using|went\s+by|goes\s+by)\s+the\s+(?:user)?name|(?:[Gg]aming|[Gg]ame|[Pp]layer)\s+account)(?:\s+(?:name|handle|username|account|id|ID))?(?:\s+(?:is|was))?\s*[:,]?\s*["“‘']?([A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\p{L}\p{N}@])/gu;
// A chat extract's speaker: '"gadwall_07: u still up? / moonlit.fern: yeah"', 'grimlock_tinner: "cadan has the list"',
// "[20:43] pedr_m_2013: ok", 'Firm chat 27/04, aidash_panes: "done"'.
// "keyquest_mum: We did …": an underscored handle opening a line speaks, whatever its message starts with.
const CHAT_LOG_WORDS = /\b(?:[Cc]hat|[Uu]ser|[Ll]og|[Mm]essages?|DMs?|[Gg]roup)\b/;
const CHAT_SPEAKER =
  /(?<=^|["“/|\n\],:]\s*)([a-z0-9_][a-z0-9_.]*[a-z0-9_]):[^\S\n]+(?=["“]?[a-z])|(?:^|\n)([a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]):[^\S\n]+(?=["“]?[A-Z][a-z])|(?:^|[:,][^\S\n]*|\n|\buser[^\S\n]+)["“]([a-z][a-z0-9_.]*[\d_][a-z0-9_.]*)["”](?=[^\S\n]*:|[^\S\n]+to\b)/g;
// A handle beside what an account does or is: "the glanbear38 account", "glanbear38 messaging pedr_m_2013", "a second
// account, bluejay_2009,", "tottoi79 left the group", "attil_s has gone quiet". Only a token with a digit or an underscore after a letter, which no word has.
const ACCOUNT_CUES = [
  "account",
  "messag",
  "wrote",
  "posted",
  "posting",
  "replied",
  "commented",
  "the group",
  "the chat",
  "quiet",
];
// "sent to starfern_13", "links wickmaster_41 to": words and digits joined by an underscore are a username anywhere.
// Not a file's name ("rota_wk30.xlsx").
const UNDERSCORED_HANDLE = /(?<![\w.@/-])([a-z][a-z0-9]*_[a-z0-9_]*\d[a-z0-9_]*)(?![\w@]|\.[a-z]{2,4}\b)/g;
const hasAccountCue = containsAny(ACCOUNT_CUES);
// A handle made of a body's or a system's words names no one: "nhs_111", "west_yorks_police", "admin_bot", "guest123".
const SYSTEM_HANDLE_PARTS: ReadonlySet<string> = new Set(
  "bbc news bot admin system default guest user player printer wifi hub iphone xbox support official redacted gov uk nhs police probation council team info helpline covid fostering lobby tiktok".split(
    " ",
  ),
);
// "night_shift_nan": a relation's word says a person holds the account, whatever team words come with it.
const FAMILY_HANDLE_PARTS: ReadonlySet<string> = new Set(
  "mum mam mom nan nana nanna gran granny grandad grandma dad daddy bro sis auntie aunty uncle babe hubby wifey".split(
    " ",
  ),
);
// A team's word ("night", "quizteam") names a team's account only where the rest are words too: "naz_quizteam" and
// "quiz_night_sal" are people's.
const namesSystem = (handle: string) => {
  const parts = handle
    .toLowerCase()
    .split(/[_.\d]+/)
    .filter(Boolean);
  if (parts.some((part) => FAMILY_HANDLE_PARTS.has(part))) return false;
  if (parts.some((part) => SYSTEM_HANDLE_PARTS.has(part))) return true;
  // "night_shed_6": a number after a team's word makes an account a person's.
  return (
    !/\d/.test(handle) &&
    parts.some((part) => isMailboxTeamWord(part)) &&
    parts.every((part) => part.length < 3 || isMailboxTeamWord(part) || isEnglishWord(part))
  );
};
// 'Text 13/03 21:40 from "nipsu":': a message's sender in quotes, in lower case as a contact list or an app shows them.
// "Chat message from drumstick_x:", "Text from benz_j to SI on 02/03:", "Snapchat story from kabes.ml:": a handle as a
// message's sender, unquoted.
const QUOTED_SENDER =
  /\b(?:[Tt]ext|[Mm]essage|WhatsApp|DM|[Ss]nap|Snapchat|[Ss]tory|[Pp]ost|Instagram)\b[^\n"“]{0,30}?\bfrom[^\S\n]+(?:["“]([a-z][a-z0-9_.]{2,})["”]|([a-z][a-z0-9]*[_.][a-z0-9_.]*[a-z0-9]))(?:[^\S\n]+to[^\S\n]+[^\n:"“]{1,40}?)?[^\S\n]*:/g;
// A gamertag with capitals speaking after a chat log's timestamp: "[21:47] TatraWolf77: hey".
const TIMESTAMPED_GAMERTAG = /\][^\S\n]*([A-Z][A-Za-z]*[a-z][A-Za-z]*\d+):[^\S\n]+(?=["“]?[a-z])/g;
const HANDLE_BESIDE_ACCOUNT =
  /(?<![\w.@])([a-z][a-z0-9.]*[_\d][a-z0-9_.]*[a-z0-9_])(?=\s+(?:account|wrote|messaged|messaging|posted|replied|commented|was\s+posting|(?:has\s+)?(?:left|joined)\s+the\s+(?:group|chat)|deleted\s+(?:his|her|their)\s+account|(?:has\s+)?gone\s+quiet|went\s+quiet)\b)|\b(?:account|messag(?:ed|ing)),?\s+([a-z][a-z0-9.]*[_\d][a-z0-9_.]*[a-z0-9_])(?![\w@])/g;
// The supervised individual's own account, which the analysis may need: "the SI's Snapchat", "He posted as".
const OWN_ACCOUNT_BEFORE =
  /(?:\bthe\s+SI['’]s|\b[Tt]he\s+SI\s+(?:used|uses|had|has|ran|runs|opened|created|set\s+up)\b|\b(?:his|her|their)\s+own|(?:^|[.!?]\s+)(?:He|She|They)\s+(?!\S+\s+(?:to|from|with|by)\s))[^.!?]*$/;
// A letter and a dot, underscore or digit: "maddz.x", "nuggz.g4"; not "14" or "private".
const HANDLE_SHAPE = /^(?=.*[A-Za-z])(?=.*[._\d])/;
// An organisation's account ("@hmiprobation", "@HMPPSgov", "@WestYorksPolice") names no one.
// "The station's official account, @WexbySound,": a body's account, said to be one.
// "The club's Instagram account, @sabilounge,", "The hospital's account @EllesfordGH", "The practice Instagram
// account": an account said to be a body's.
const OFFICIAL_ACCOUNT_BEFORE =
  /\b(?:official|(?:club|hospital|practice|surgery|charity|council|school|college|church|mosque|venue|bar|pub|restaurant|shop|gym|firm|company|team|station|trust|force|studio|salon|business)(?:['’]s)?)\s+(?:own\s+)?(?:\p{L}+\s+)?(?:account|handle|page)\s*[:,]?\s*$/iu;
const ORGANISATION_HANDLE =
  /^@(?:hmi|hmpps|probation|moj|nhs|gov|justice)|(?:police|council|gov|govuk|nhs|probation|justice|service|barbers|salon|cabs|taxis|cafe|bakery|ltd|fc|club)$/i;

/**
 * PII-016 (identifying details, DOMAIN.md §4.7): a social media handle or username. It identifies its owner as surely
 * as a name (a warning, as DOMAIN.md gives it); the supervised individual's own accounts are often the evidence the
 * analysis needs, so where the text says the account is theirs it is advice in the internal review. Always an error
 * in the shareable copy.
 */
export const pii016OnlineHandles: BlockRule = {
  ids: ["PII-016"],
  run(block, ctx) {
    const severity = piiSeverity(ctx);
    if (!severity) return [];
    const { text } = block;
    const spans: [number, number][] = [];
    for (const m of allMatches(AT_HANDLE, text))
      if (
        m[0].length > 3 &&
        !OFFICIAL_ACCOUNT_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0)) &&
        !ORGANISATION_HANDLE.test(m[0]) &&
        !AT_WORD_OR_TIME.test(m[0]) &&
        !isEnglishWord(m[0].slice(1))
      )
        spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    for (const m of allMatches(CUED_USERNAME, text)) {
      const value = m[1]!;
      // "an account PP2 did not know about": a role's code, not a username.
      if (!HANDLE_SHAPE.test(value) || namesSystem(value) || /^[A-Z]{1,4}\d{0,2}$/.test(value)) continue;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (!spans.some(([a, b]) => from < b && from + value.length > a)) spans.push([from, from + value.length]);
    }
    for (const m of text.includes("_") ? allMatches(UNDERSCORED_HANDLE, text) : []) {
      const value = m[1]!;
      const from = m.index ?? 0;
      if (!namesSystem(value) && !spans.some(([a, b]) => from < b && from + value.length > a))
        spans.push([from, from + value.length]);
    }
    const accountCue = hasAccountCue(text);
    for (const m of accountCue ? allMatches(HANDLE_BESIDE_ACCOUNT, text) : []) {
      const value = m[1] ?? m[2]!;
      if (namesSystem(value)) continue;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (!spans.some(([a, b]) => from < b && from + value.length > a)) spans.push([from, from + value.length]);
    }
    for (const m of text.includes("]") ? allMatches(TIMESTAMPED_GAMERTAG, text) : []) {
      if (namesSystem(m[1]!)) continue;
      const from = (m.index ?? 0) + m[0].lastIndexOf(m[1]!);
      if (!spans.some(([a, b]) => from < b && from + m[1]!.length > a)) spans.push([from, from + m[1]!.length]);
    }
    for (const m of text.includes("from") ? allMatches(QUOTED_SENDER, text) : []) {
      const value = (m[1] ?? m[2])!;
      if (isEnglishWord(value) || namesSystem(value)) continue;
      const from = (m.index ?? 0) + m[0].lastIndexOf(value);
      if (!spans.some(([a, b]) => from < b && from + value.length > a)) spans.push([from, from + value.length]);
    }
    if (text.includes(":"))
      for (const m of allMatches(CHAT_SPEAKER, text)) {
        const value = (m[1] ?? m[2] ?? m[3])!;
        // A quoted speaker only in a chat's log: 'Chat log: "organloft56": "…"', 'user "organloft56" to user …'.
        if (m[3] !== undefined && !CHAT_LOG_WORDS.test(text)) continue;
        if (!HANDLE_SHAPE.test(value) || /^\d[\d.]*$/.test(value) || /^\d/.test(value) || namesSystem(value)) continue;
        const from = (m.index ?? 0) + m[0].lastIndexOf(value);
        if (!spans.some(([a, b]) => from < b && from + value.length > a)) spans.push([from, from + value.length]);
      }
    return spans
      .sort((a, b) => a[0] - b[0])
      .map(([from, to]) =>
        createFinding(
          "PII-016",
          severity === "warning" && OWN_ACCOUNT_BEFORE.test(text.slice(Math.max(0, from - 80), from))
            ? "info"
            : severity,
          text,
          from,
          to,
          "Social media handle: it identifies its owner; keep it out of the shareable copy, and say which platform rather than the account where the review does not need it.",
        ),
      );
  },
};
