import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii016OnlineHandles } from "./pii016OnlineHandles.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };
const spans = (text: string, scope = "review.background") =>
  runBlockRule(pii016OnlineHandles, text, scope, context)
    .filter((f) => f.rule === "PII-016")
    .map((f) => text.slice(f.from, f.to));

describe("pii016OnlineHandles: a gaming account's name", () => {
  it("flags a username after 'gaming account', not an account's number", () => {
    const text = "Messages were found on the gaming account ShadowPilcrow_77; his bank account number is on file.";
    expect(
      runBlockRule(pii016OnlineHandles, text, "review.background", context).map((f) => text.slice(f.from, f.to)),
    ).toEqual(["ShadowPilcrow_77"]);
  });
});

describe("pii016OnlineHandles (PII-016, heldout38)", () => {
  it.each([
    ["He posted on TikTok as @kaz.marchby and used it for adverts.", ["@kaz.marchby"]],
    ["The SI's Instagram handle, @arbi_qi5, was in the report.", ["@arbi_qi5"]],
    ['PP6 recorded his Snapchat name, "maddz.x", but no one checked it.', ["maddz.x"]],
    ["His snap is nuggz.g4, and he messaged the boy from it.", ["nuggz.g4"]],
    ["her snap is @courtney.b99", ["@courtney.b99"]],
    ["dm'd @teamkaz and @steamyboi", ["@teamkaz", "@steamyboi"]],
  ])("flags %s", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  it.each([
    "Email him at ardit.h92@example.org today.",
    "His snap is private.",
    "He had a Snapchat account, which police did not check.",
    "We met @ 10.",
    "Follow @hmiprobation for the inspection reports.",
    "Follow @WestYorksPolice for updates.",
    "The shop posts its hours on Instagram as @nalbantbarbers.",
    "appt @10am at the office",
    "seen @home by PO.",
    "He contacted her on Facebook, 14 times in March.",
    "She could not handle 45 cases at once.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
  it("is advice in the internal review and an error in the shareable copy", () => {
    const text = "He posted as @kaz.marchby.";
    expect(runBlockRule(pii016OnlineHandles, text, "review.background", context).map((f) => f.severity)).toEqual([
      "info",
    ]);
    expect(runBlockRule(pii016OnlineHandles, text, "export.shareable", context).map((f) => f.severity)).toEqual([
      "error",
    ]);
  });
  it.each([
    ["Malachi's snap is nuggz.g4, and he messaged the boy from it.", "warning"],
    ["The forum administrator posted as northgate_lion and moved the thread.", "warning"],
    ['Chat extract: "gadwall_07: u still up? / moonlit.fern: yeah cant sleep"', "warning warning"],
    ["PP1 saw the SI's Instagram handle, @arbi_qi5, in a report.", "info"],
  ])("in %s gives %s: a warning unless the account is the supervised individual's", (text, severities) => {
    const found = runBlockRule(pii016OnlineHandles, text, "review.background", context);
    expect(found.map((f) => f.severity).join(" ")).toBe(severities);
  });
  it.each(["ref_no: 12", "Section 4.2: see below"])("reads no chat speaker in %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column", () => {
    expect(spans("He posted as @kaz.marchby.", "review.analysis.nfd")).toEqual([]);
  });
});

describe("pii016OnlineHandles: a dating profile, a quoted chat turn (heldout166, heldout167)", () => {
  it.each([
    ["Her profile, luce.anjos, listed her first name only.", ["luce.anjos"]],
    ["On the dating app his profile name was rei_c88.", ["rei_c88"]],
    ['grimlock_tinner: "cadan has the list"', ["grimlock_tinner"]],
    ["His profile was private.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii016OnlineHandles: a body's official account (heldout171)", () => {
  it.each([
    ["The station's official account, @WexbySound, posted the schedule.", []],
    ["A listener, @barney_wexby, replied to the schedule.", ["@barney_wexby"]],
    // A club's, a hospital's or a practice's account (heldout150, 195, 216); not a person's.
    ["The club's Instagram account, @sabilounge, posted the line-up.", []],
    ["The hospital's account @EllesfordGH posted a tribute.", []],
    ["His Instagram account, @sabi_k, posted the line-up.", ["@sabi_k"]],
    ["The studio's own account, @bugejaink.studio, advertised walk-in slots.", []],
    // A name he used on a platform (heldout220).
    ["On Discord he used the name hollowking_rm.", ["hollowking_rm"]],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii016OnlineHandles: a handle beside its account or a timestamp (heldout156)", () => {
  it.each([
    ["The e-mail was linked to the glanbear38 account.", ["glanbear38"]],
    ["The chat log shows glanbear38 messaging pedr_m_2013 on 41 evenings.", ["glanbear38", "pedr_m_2013"]],
    ["Medwen found a second account, bluejay_2009, on the device.", ["bluejay_2009"]],
    ["[20:43] pedr_m_2013: ok i wont", ["pedr_m_2013"]],
    ["The joint account was closed in 2019.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii016OnlineHandles: a gamertag in capitals speaking in a chat log (heldout185)", () => {
  it.each([
    ['Chat log: "[21:47] TatraWolf77: hey klara u still on?"', ["TatraWolf77"]],
    ["SPO3: agreed the plan. UPW1: no change.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii016OnlineHandles: a body's or a system's handle names no one (review)", () => {
  it.each([
    ["The nhs_111 account replied within an hour. The bbc_news account posted the story.", []],
    ["The profile name was default_user.", []],
    ["[22:01] admin_bot: user joined", []],
    ["The ghost_rider7 account messaged him.", ["ghost_rider7"]],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii016OnlineHandles: WeChat, Telegram and Discord IDs (heldout203)", () => {
  it.each([
    ["His WeChat ID was henrykwong_88. Her Telegram name is ah_fan.22.", ["henrykwong_88", "ah_fan.22"]],
    ["He joined the Telegram group for updates.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii016OnlineHandles: usernames joined by an underscore, a user's or a login's (heldout657–666)", () => {
  it.each([
    ["In-game gifts were sent to starfern_13 from wickmaster_41.", ["starfern_13", "wickmaster_41"]],
    ['Export, 18:12, from user "chik94": "still on for tonight?"', ["chik94"]],
    ["Library log: PC 4, login tclun87, 19:02 to 20:47.", ["tclun87"]],
    // A role's code after "account" is no username; a system's handle names no one.
    ["An account PP2 did not know about was found.", []],
    ["The covid_19 page and admin_bot2 posted it.", []],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii016OnlineHandles: a review site's usernames (heldout672)", () => {
  it.each([
    [
      'Review by kieferh_roofs: "Best roofer in town." Reply by greetland_dave: "Same lad."',
      ["kieferh_roofs", "greetland_dave"],
    ],
    // heldout922–925: a reply "from" a handle; an underscored handle opening a line, its message capitalised
    ['Reply from codling_corner: "Lelio needs to sort his van out"', ["codling_corner"]],
    ["keyquest_mum: We did The Hourglass last month.", ["keyquest_mum"]],
    ["Reply from Menga: you must attend.", []],
    ["nhs_111: Call us.", []],
    // heldout930–933: a relation's word in a handle; what a group chat's member does; a text's sender in quotes
    ["night_shift_nan: fair enough, deleting", ["night_shift_nan"]],
    ["[05:55] tottoi79 left the group", ["tottoi79"]],
    ["tottoi79 was posting about needing cash all week", ["tottoi79"]],
    ['Text 13/03 21:40 from "nipsu": "u on tonite"', ["nipsu"]],
    ['Text from "mum": "ring me"', []],
    // heldout934–937: a team's word beside a name's; a post's author
    ["naz_quizteam: im ok, thank you all", ["naz_quizteam"]],
    ["quiz_night_sal: quiz is back next thursday", ["quiz_night_sal"]],
    ["west_yorks_police: please share", []],
    ["Attachment: rota_wk30.xlsx (not opened).", []],
    ["Posted by fairway_mum: anyone else see police at the club", ["fairway_mum"]],
    ['Firm chat 27/04, aidash_panes: "done the Grove"', ["aidash_panes"]],
    // heldout946–949
    ["gobble_gaffer deleted his account this morning.", ["gobble_gaffer"]],
    ["Posted by night_shed_6: anyone else still owed wages", ["night_shed_6"]],
    ["attil_s has gone quiet since Saturday", ["attil_s"]],
    // heldout955–956
    ['Chat message from drumstick_x: "shop shuts at 11, be outside"', ["drumstick_x"]],
    ["Staff chat, 02/03: lalrem_nights: quiet one again, alarm tested.", ["lalrem_nights"]],
    ['Staff chat: "lalrem_nights has left the group"', ["lalrem_nights"]],
    ["Shared by tuperna_h: the stall is closed until further notice.", ["tuperna_h"]],
    // heldout967
    ["Text from vytas_k to SI on 02/03/2024: need u tmrw", ["vytas_k"]],
    // heldout980–981
    ['Snapchat story from kestas.ml: "back on the road"', ["kestas.ml"]],
    ['Chat log: "choirloft77": "u can always msg me here"', ["choirloft77"]],
    ['Chat log, 21/04/2025, user "choirloft77" to user "trebleboy12": "well done"', ["choirloft77", "trebleboy12"]],
    ['Note: "version2": fixed', []],
    ['vilte_k commented "stay strong" under a post from kestas_91 on 30/05.', ["vilte_k", "kestas_91"]],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
