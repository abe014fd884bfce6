import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii008PhoneNumber } from "./pii008PhoneNumber.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii008PhoneNumber (PII-008)", () => {
  it.each(["Her mobile is 07700 900123.", "Call 0113 496 0000."])("flags %s", (text) => {
    const found = runBlockRule(pii008PhoneNumber, text, "review.background", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["Her mobile is 07700 900123.", "07700 900123"],
    ["Call 0113 496 0000.", "0113 496 0000"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(pii008PhoneNumber, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each(["The audit covered 15 cases between 01/02/2023 and 30/04/2023."])("passes %s", (text) => {
    expect(
      runBlockRule(pii008PhoneNumber, text, "review.background", context).filter((f) => f.rule === "PII-008"),
    ).toEqual([]);
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Her mobile is 07700 900123.";
    expect(
      runBlockRule(pii008PhoneNumber, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});

describe("pii008PhoneNumber: separators, London codes and +44", () => {
  const spans = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each([
    ["Ring him on 0113-496-0555 after six.", "0113-496-0555"],
    ["Her work number was 020 7946 0719.", "020 7946 0719"],
    ["The landline (020) 7946 0188 was cut off.", "(020) 7946 0188"],
    ["She texted from +44 (0)7700 900461.", "+44 (0)7700 900461"],
    ["His mobile, 07700-900-481, was switched off.", "07700-900-481"],
    ["The number on file was 01632 960733.", "01632 960733"],
  ])("flags %s", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
  it.each([
    "The helpline is 0808 2000 247.",
    "Reporting ran 0900-1700 on weekdays.",
    "The case reference M-22-0917 was quoted.",
    "The licence ended on 01.02.2024.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe("pii008PhoneNumber: numbers abroad, with their country code (heldout34)", () => {
  const spans = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each([
    ["His cousin rang from Miami on +1 305 555 0163 to arrange the flight.", "+1 305 555 0163"],
    ["Her sister's number in Romania is +40 721 555 014.", "+40 721 555 014"],
    ["The family in Addis Ababa used +251-91-155-0123.", "+251-91-155-0123"],
    ["His cousin's number was (+1) 305 555 0163.", "(+1) 305 555 0163"],
    ["His brother in Spain is on 0034 612 345 678.", "0034 612 345 678"],
  ])("flags %s", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
  it.each([
    "The score went from 4 to +2 3 times.",
    "Temperatures of +12 were recorded.",
    "The plan scored +3 on 14 of 20 items.",
    "The receipt, 0048812, was kept.",
    "Invoice 0048812345 was paid.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe("pii008PhoneNumber: an organisation's line (heldout35)", () => {
  const severities = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["The switchboard of the offender management unit, 0113 496 0581, is the only number on the form.", ["info"]],
    ["The hostel's reception is on 0191 498 0357.", ["info"]],
    ["The duty desk number is 0113 496 0582.", ["info"]],
    ["The agency's number is 020 7946 0172. The staffing agency can be called on 0161 496 0108.", ["info", "info"]],
    ["The university wellbeing line is 0161 496 0703. The porters' lodge number is 0113 496 0856.", ["info", "info"]],
    ["Dashlynx support is on 0113 496 0353. The depot phone is 0161 496 0353.", ["info", "info"]],
    ["Hall bookings: 0113 496 0001. The club's phone, 0113 496 0003, went to voicemail.", ["info", "info"]],
    ["His emergency line was 07700 900123.", ["warning"]],
    ["The ticket office number is 0113 496 0919.", ["info"]],
    ["The market office phone is 0113 496 0738. The PALS line is 0113 496 0818.", ["info", "info"]],
    ["The clubhouse number is 0113 496 0789. Dart Haulage can be reached on 0161 496 0790.", ["info", "info"]],
    [
      "Sparkle Car Wash took bookings on 0113 496 0569. The enforcement line, 0161 496 0889, logged it.",
      ["info", "info"],
    ],
    // The last groups of a card's number are no number abroad.
    ["The card number was 4000 0027 1836 0019.", []],
    [
      "The farm office phone number is 0113 496 0002. Ellingmoor Lettings can be called on 0161 496 0003.",
      ["info", "info"],
    ],
    [
      "The club bar can be called on 0161 496 0874. The association office can be reached on 0113 496 0859.",
      ["info", "info"],
    ],
    [
      "Residents can call the night office on 0161 496 0296. The laundrette's phone number is 0113 496 0848.",
      ["info", "info"],
    ],
    ["Site security can be reached on 0113 496 0282.", ["info"]],
    ["The kennels' landline is 0113 496 0966. Call the kennels on 0113 496 0967.", ["info", "info"]],
    ["The academy number is 0161 496 0942. The village office number is 0113 496 0952.", ["info", "info"]],
    ["Report damage to the parks line on 0161 496 0979.", ["info"]],
    ["The duty manager's line is 0113 496 0512. His manager's line is 07700 900123.", ["info", "warning"]],
    ["Call Quinnell Harvest Staffing on 0113 496 0105. The studio line is 0161 496 0137.", ["info", "info"]],
    ["Cashmore's Kitchen can be reached on 0161 496 0512. The agency line, 0113 496 0106, was open.", ["info", "info"]],
    ["The farm landline is 0113 496 0010. The takeaway's number on the menu is 0113 496 0849.", ["info", "info"]],
    [
      "The housing office number, 0113 496 0869, is up. The association's phone, 0113 496 0858, rang.",
      ["info", "info"],
    ],
    [
      "The accommodation office phone is 0113 496 0002. The Tarbrack Inn's landline, 0113 496 0003, is on the mats.",
      ["info", "info"],
    ],
    [
      "The cash office number is 0161 496 0396. The mosque's landline, 0161 496 0014, goes to the caretaker.",
      ["info", "info"],
    ],
    [
      "The licensing office's number is 0161 496 0269. Kiltwell Cabs can be reached on 0113 496 0269.",
      ["info", "info"],
    ],
    [
      "The shelter's landline is 0113 496 0295, a church line. His landline is 0113 496 0296, a home line.",
      ["info", "warning"],
    ],
    ["The housing association's repairs line is 0113 496 0915.", ["info"]],
    ["Church office: 020 7946 0653.", ["info"]],
    ["The office number is 0113 496 0584.", ["warning"]],
    ["The club's office line, 0161 496 0649, goes to an answerphone.", ["info"]],
    ["The OMU office line is 020 7946 0207.", ["info"]],
    // A public protection unit's line; a notice's number for an office (heldout622–625).
    ["The PPU office line is 028 9649 6790.", ["info"]],
    ["The MOSOVO office line is 029 2018 0860. The MOSOVO team can be reached on 029 2018 0861.", ["info", "info"]],
    ["Call 028 9649 6250 for the family liaison office. Call 07700 900123 for the office.", ["info", "warning"]],
    // A practitioner's office number is the office's (heldout317–320); their direct line stays theirs.
    ["PP1's office number is 020 7946 0208.", ["info"]],
    ["PP1's direct line is 020 7946 0209.", ["warning"]],
    // Two capitals may be someone's initials.
    ["The KS office line is 0113 496 0142.", ["warning"]],
    ["The day centre office line is 020 7946 0409.", ["info"]],
    ["The Veterans' Gateway office line is 020 7946 0921.", ["info"]],
    ["Gurdwara office: 0113 496 0617. Garage bookings line: 020 7946 0518.", ["info", "info"]],
    ["The Serious Collision Investigation Unit desk is 020 7946 0733.", ["info"]],
    ["Housing advice line: 0113 496 0777. Food bank enquiries: 0113 496 0666.", ["info", "info"]],
    // A body named by its kind, or a team by its work (heldout98, 100, 101).
    ["Cowdray Pharmacy, 020 7946 0774, supplied her medication.", ["info"]],
    ["Drumlarig Estate office: 020 7946 0827. Rahim's Chemist can be reached on 020 7946 0274.", ["info", "info"]],
    ["Bank fraud team 020 7946 0184.", ["info"]],
    ["The History Department's office number is 020 7946 0555; its office line is 020 7946 0995.", ["info", "info"]],
    ["Kirkstall Food Bank on 0113 496 0777. Armley Job Centre, tel 0113 496 0888.", ["info", "info"]],
    [
      "Leeds Crown Court listing office, 0113 496 0999. The Probation office can be reached on 0113 496 0333.",
      ["info", "info"],
    ],
    ["Dean Farm on 07700 900456. Council tenant Dean Smith, 07700 900457.", ["warning", "warning"]],
    ["Office: 0113 496 0659 (Kelsborough probation office). Mobile: 07700 900123 (his office).", ["info", "warning"]],
    ["Listing: 0113 496 0700 (Kelsborough Magistrates' Court).", ["info"]],
    ["The ASB team can be reached on 0161 496 0816. The KS team 07700 900123.", ["info", "warning"]],
    ["Refuge office: 020 7946 0277. The family liaison line, 020 7946 0079, is staffed.", ["info", "info"]],
    // A company, a surgery, a named team, a mosque's number, a body that takes referrals (heldout116, 117).
    [
      "Hafren Labour Ltd can be reached on 020 7946 0166. Felindre Surgery's number is 0113 496 0137.",
      ["info", "info"],
    ],
    [
      "The Prevent team can be reached on 020 7946 0016. Anchor Pathways takes referrals on 0161 496 0021.",
      ["info", "info"],
    ],
    ["The mosque's number was given in the referral as 0113 496 0052.", ["info"]],
    // A centre's, a scheme's or a club's line, a staff office (heldout119–121); a person's office line stays one.
    ["The centre office is on 0113 496 0904. The scheme office number is 0113 496 0905.", ["info", "info"]],
    ["The club line is 0113 496 0912. Askham House staff office: 020 7946 0488.", ["info", "info"]],
    ["Dr Eraser's office line is 0113 496 0847.", ["warning"]],
    // A hotline, a call centre, a team at a place, a care agency's line, a named SARC, a harbour or a park's office
    // (heldout122–125); a victim liaison officer's number may be her own.
    [
      "The Neighbourhood Watch hotline, 020 7946 0544, takes messages. The fraud team call centre is on 020 7946 0387.",
      ["info", "info"],
    ],
    [
      "The district nurse team at Lowcross can be reached on 0113 496 0394. Casement Care's office line is 0113 496 0376.",
      ["info", "info"],
    ],
    ["The Cresslow SARC can be reached on 0113 496 0195. The VLO can be reached on 07700 900111.", ["info", "warning"]],
    [
      "Skellan harbour office: 0131 496 0605. The Carradale Sands Caravan Park office is on 0131 496 0391.",
      ["info", "info"],
    ],
    ["The OMU line is 0113 496 0465. The depot's dispatch desk can be reached on 0113 496 0482.", ["info", "info"]],
    // A police unit, an event desk, a welfare or referral line, a probation office, a freight firm (heldout130–133).
    ["The police stalking unit number is 0113 496 0917. The police event desk is on 0113 496 0153.", ["info", "info"]],
    [
      "The festival welfare line is 020 7946 0149. The Salvation Army's referral line is 0113 496 0955.",
      ["info", "info"],
    ],
    [
      "The unit's control room number is 020 7946 0872. The programme office number is 0113 496 0238.",
      ["info", "info"],
    ],
    ["Glaslyn Lets office: 01632 960653.", ["info"]],
    ["Thistlethwaite Homecare's office number is 0113 496 0527.", ["info"]],
    // A service, approved premises, a charity's office, a SARC's general number (heldout142–145); not a VLO's.
    [
      "The debt advice service can be reached on 020 7946 0829. The approved premises number is 0113 496 0934.",
      ["info", "info"],
    ],
    [
      "The air ambulance charity's office is on 020 7946 0908. The SARC's general number is 0113 496 0061.",
      ["info", "info"],
    ],
    ["The VLO's number is 07700 900123. Maeve Sunderland, crisis team nurse, 0113 496 0782", ["warning", "warning"]],
    [
      "Woadley probation office can be reached on 0113 496 0929. Hazelrigg Freight's office number is 020 7946 0549.",
      ["info", "info"],
    ],
    [
      "Smith Ltd's director gave his mobile, 07700 900124. The Jones family can be reached on 07700 900125.",
      ["warning", "warning"],
    ],
    ["His team 07700 900123. Ring Mr Trust on 07700 900124.", ["warning", "warning"]],
    // A named house's office is the house's, as heldout98 and 106 label it (heldout72 alone labelled one personal).
    ["Ermengild House office: 0113 496 0864.", ["info"]],
    // A person's own line, whatever it is called.
    ["His bookings line is 0113 496 0321.", ["warning"]],
    ["His own repairs line, 07700 900789, was on the van.", ["warning"]],
    ["Her office number is 020 7946 0208.", ["warning"]],
    // A shop's landline is the shop's: heldout134, 136, 146, 173 and 183 label it so, where heldout35 labelled one
    // someone's. A hostel's own phone is one that people use as theirs.
    ["The shop's landline, 0121 496 0719, is on the placement agreement.", ["info"]],
    ["His work number was 0113 496 0583.", ["warning"]],
    ["He rang reception. His mobile is 07700 900461.", ["warning"]],
  ])("reads %s as %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: review of the numbers abroad and organisations' lines", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["His cousin in Miami (+1 305 555 0163) rang him weekly.", [["+1 305 555 0163", "warning"]]],
    ["His brother in Spain (0034 612 345 678) sent money.", [["0034 612 345 678", "warning"]]],
    ["His UK mobile is (+44) 7700 900461.", [["(+44) 7700 900461", "warning"]]],
    ["His mother rings him on 0044 7700 900461.", [["0044 7700 900461", "warning"]]],
    ["Invoice 0012 3456 was paid on time.", []],
    ["Police CAD 0045 120523 records the call.", []],
    ["He called reception at the hostel from his mobile, 07700 900461.", [["07700 900461", "warning"]]],
    ["On reception at the prison he gave his mother's number, 07700 900461.", [["07700 900461", "warning"]]],
    ["She rang the helpline for victims from her own mobile, 07700 900461.", [["07700 900461", "warning"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: a league's and a hostel's offices (heldout148, heldout149)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["The league's safeguarding office can be reached on 0161 496 0022.", [["0161 496 0022", "info"]]],
    ["The county football association's safeguarding line is 020 7946 0017.", [["020 7946 0017", "info"]]],
    ["The hostel office can be reached on 020 7946 0362 during the day.", [["020 7946 0362", "info"]]],
    ["The hostel's phone is 020 7946 0362; residents give it as theirs.", [["020 7946 0362", "warning"]]],
    ["Her safeguarding lead gave his own mobile, 07700 900461.", [["07700 900461", "warning"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: a service's office, a non-emergency line, an authority (heldout154–157)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["Sakine rang the YJS office at 0113 496 0846 to report the noise.", [["0113 496 0846", "info"]]],
    ["DDP office: 0113 496 0658", [["0113 496 0658", "warning"]]],
    ["Caxby police non-emergency: 020 7946 0813.", [["020 7946 0813", "info"]]],
    ["The labour licensing authority's line is 0113 496 0412.", [["0113 496 0412", "info"]]],
    ["The interpreting agency's number, 0117 496 0392, is on the form.", [["0117 496 0392", "info"]]],
    ["The college IT helpdesk is on 0161 496 0158.", [["0161 496 0158", "info"]]],
    ["Out of hours, staff ring the night line on 020 7946 0811.", [["020 7946 0811", "info"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: a butcher's orders, a watch, a bank's fraud line, a police station (heldout158–161)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["Frumkin's Kosher Butchers takes orders on 0161 496 0286.", [["0161 496 0286", "info"]]],
    ["Dunhallow Neighbourhood Watch can be reached on 0113 496 0877.", [["0113 496 0877", "info"]]],
    ["The bank's fraud line, 0161 496 0952, logged the call.", [["0161 496 0952", "info"]]],
    ["Lanworth police station can be contacted on 020 7946 0561.", [["020 7946 0561", "info"]]],
    ["Eastwold House | approved premises | 0161 496 0724", [["0161 496 0724", "info"]]],
    ["The approved premises office number is 0161 496 0724.", [["0161 496 0724", "info"]]],
    [
      "He gave his own mobile, 07700 900668, and the gym's number 0161 496 0561.",
      [
        ["07700 900668", "warning"],
        ["0161 496 0561", "info"],
      ],
    ],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: a night shelter, a promoter, a youth hub (heldout163–165)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["St Neot's Night Shelter can be called on 020 7946 0492.", [["020 7946 0492", "info"]]],
    ["Opoku Promotions can be reached on 020 7946 0073.", [["020 7946 0073", "info"]]],
    ["The Brinkwater Youth Hub can be reached on 0113 496 0534.", [["0113 496 0534", "info"]]],
    ["Mr Opoku can be reached on 07700 900073.", [["07700 900073", "warning"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: a school's number, a mosque office, a groundworks firm (heldout167–169)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["Her referral form gave the school number, 020 7946 0915.", [["020 7946 0915", "info"]]],
    ["The mosque office answers on 0113 496 0093.", [["0113 496 0093", "info"]]],
    ["Call Tindle Groundworks on 0113 496 0938.", [["0113 496 0938", "info"]]],
    ["Call Dave on 07700 900938.", [["07700 900938", "warning"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: driver support, a pharmacy, opening hours (heldout175, heldout177)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["Dashbite driver support is on 0113 496 0991.", [["0113 496 0991", "info"]]],
    ["The pharmacy's line is 020 7946 0329.", [["020 7946 0329", "info"]]],
    ["The grill's opening hours line is 0113 496 0993.", [["0113 496 0993", "info"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: a festival, a campus, a bus company, a prison's visits (heldout178–181)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["The festival office number is 0113 496 0455.", [["0113 496 0455", "info"]]],
    ["The medical tent can be reached on 020 7946 0562.", [["020 7946 0562", "info"]]],
    ["Campus security can be reached on 0161 496 0811.", [["0161 496 0811", "info"]]],
    ["The bus company can be reached on 020 7946 0861.", [["020 7946 0861", "info"]]],
    ["The prison's visits line is 0113 496 0957.", [["0113 496 0957", "info"]]],
    ["Call the Starrock Support office on 0161 496 0958.", [["0161 496 0958", "info"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: an office in a town, the Office of the Public Guardian (heldout184)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["The probation office in Marlhythe is on 0113 496 0647.", [["0113 496 0647", "info"]]],
    ["Contact the Office of the Public Guardian on 0161 496 0917.", [["0161 496 0917", "info"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: a relative's or a landlord's office line is theirs (review)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["His mum's office number is 07700 900902.", [["07700 900902", "warning"]]],
    ["The landlord's work line, 0113 496 0902, went unanswered.", [["0113 496 0902", "warning"]]],
    ["The club's office line is 0113 496 0903.", [["0113 496 0903", "info"]]],
    // A crewing agency's office line, a hospital ward's direct line (heldout210, 213); not a practitioner's.
    ["Anchorline Crewing's office line is 0161 496 0733.", [["0161 496 0733", "info"]]],
    ["The ward's direct line is 020 7946 0999.", [["020 7946 0999", "info"]]],
    ["PP1's direct line is 020 7946 0998.", [["020 7946 0998", "warning"]]],
    // A shop's, a site's or a garage's landline (heldout134–136, 146, 151, 173).
    ["The site's only landline is 020 7946 0617 in the site office.", [["020 7946 0617", "info"]]],
    ["The farm shop's number, 020 7946 0437, is printed on the form.", [["020 7946 0437", "info"]]],
    ["Hosking's Garage can be reached on 0113 496 0346.", [["0113 496 0346", "info"]]],
    ["His landline is 0113 496 0347.", [["0113 496 0347", "warning"]]],
    ["The council's adult social care line is 020 7946 0215.", [["020 7946 0215", "info"]]],
    ["The promoter's company phone, 020 7946 0400, went to voicemail.", [["020 7946 0400", "info"]]],
    ["The pub's number 07700 900917 was the landlord's own mobile.", [["07700 900917", "warning"]]],
    // A bakery's order line, a café's listed landline, a livestock mart's office (heldout218, 220, 221).
    ["The bakery's order line is 0113 496 0009.", [["0113 496 0009", "info"]]],
    ["The café's listed landline is 020 7946 0002.", [["020 7946 0002", "info"]]],
    ["The mart office number is 0113 496 0441.", [["0113 496 0441", "info"]]],
    // A station's studio line, a flyer's office number, a chip shop's orders, an agency booked through (heldout222–225).
    ["The radio station's studio line, 0161 496 0779, took calls.", [["0161 496 0779", "info"]]],
    ["The charity's flyer gave the office number 0113 496 0232.", [["0113 496 0232", "info"]]],
    ["Ninnis Fish Bar takes phone orders on 0161 496 0749.", [["0161 496 0749", "info"]]],
    ["Interpreters were booked through Pamir Language Services on 0113 496 0225.", [["0113 496 0225", "info"]]],
    ["It was arranged through Mr Smith on 07700 900123.", [["07700 900123", "warning"]]],
    // A regional office, a fair's office, a concierge desk (heldout227–229).
    ["The RSPCA regional office can be reached on 0161 496 0344.", [["0161 496 0344", "info"]]],
    ["The concierge desk number is 0113 496 0227.", [["0113 496 0227", "info"]]],
    // A school's landline is the school's; a hostel's stays a warning; a number said to be someone's stays theirs.
    ["The school's landline is 0113 496 0457.", [["0113 496 0457", "info"]]],
    ["Hospital radio can be reached on 0161 496 0771.", [["0161 496 0771", "info"]]],
    // A box office, a press office, a council's office, a firm's number on its van, a neighbourhood watch (heldout242–245).
    ["He rang the box office, 0113 496 0543, to ask.", [["0113 496 0543", "info"]]],
    ["The council's allotments office can be reached on 0113 496 0242.", [["0113 496 0242", "info"]]],
    ["The firm's number on the van, 0113 496 0614, went to an answerphone.", [["0113 496 0614", "info"]]],
    ["His firm's number is 07700 900123.", [["07700 900123", "warning"]]],
    ["The butcher's order line is 0161 496 0988.", [["0161 496 0988", "info"]]],
    // A visitors' centre, a dispatch office, a duty manager's line (heldout231–233).
    ["The visitors' centre can be reached on 0161 496 0231.", [["0161 496 0231", "info"]]],
    ["The firm's duty manager line, 0113 496 0243, was not answered.", [["0113 496 0243", "info"]]],
    // The council's dog warden, the line named before a comma (heldout286).
    ["The dog warden, on 0161 496 0964, collected two dogs.", [["0161 496 0964", "info"]]],
    ["His mother's line, on 07700 900123, was off.", [["07700 900123", "warning"]]],
    // A depot's control line, a club's bar line, a union office, a number learners ring (heldout295–297).
    ["The control line, 0113 496 0783, is staffed all night.", [["0113 496 0783", "info"]]],
    ["The press office took calls on the bar line, 0113 496 0786.", [["0113 496 0786", "info"]]],
    ["The union office on 0161 496 0765 offered support.", [["0161 496 0765", "info"]]],
    ["Learners ring 0113 496 0209 to move a lesson.", [["0113 496 0209", "info"]]],
    ["The office number 0113 496 0683 was used.", [["0113 496 0683", "warning"]]],
    // A warehouse, a bandroom, a rehearsal room, a mission, an association's office, tickets (heldout298–301).
    ["The warehouse line, 0161 496 0872, rings in the office.", [["0161 496 0872", "info"]]],
    ["The bandroom line is 0161 496 0946.", [["0161 496 0946", "info"]]],
    ["The rehearsal room phone, 0113 496 0004, rings in the foyer.", [["0113 496 0004", "info"]]],
    ["The Fishermen's Mission on 0161 496 0307 gave the crew beds.", [["0161 496 0307", "info"]]],
    ["The county association's office is on 0113 496 0956.", [["0113 496 0956", "info"]]],
    ["Tickets are sold on 0161 496 0005.", [["0161 496 0005", "info"]]],
    ["His mother's warehouse line is 07700 900123.", [["07700 900123", "warning"]]],
    // An insurer, a league, a supplier; orders and security lines; where complaints go (heldout302–305).
    ["The insurer's line is 020 7946 0483.", [["020 7946 0483", "info"]]],
    ["The league's number is 0113 496 0732.", [["0113 496 0732", "info"]]],
    ["The bakery orders line 0161 496 0782 took the first call.", [["0161 496 0782", "info"]]],
    ["The venue security line, 0113 496 0306, took the first call.", [["0113 496 0306", "info"]]],
    ["Complaints go to hello@bakery.example.org or 0113 496 0978.", [["0113 496 0978", "info"]]],
    ["His security line is 07700 900123.", [["07700 900123", "warning"]]],
    // A weighbridge office, accounts, a branch, a sorting office, a hut (heldout306–309).
    ["The weighbridge office line is 0113 496 0014.", [["0113 496 0014", "info"]]],
    ["The accounts line is 0161 496 0006.", [["0161 496 0006", "info"]]],
    ["The branch line, 0113 496 0382, was diverted.", [["0113 496 0382", "info"]]],
    ["The sorting office can be reached on 0161 496 0383.", [["0161 496 0383", "info"]]],
    ["The hut phone, 0161 496 0309, is answered on Saturdays.", [["0161 496 0309", "info"]]],
    // A track's and the stewards' offices; a nursery that rang the police from its line (heldout312, 313).
    ["The track office line is 0113 496 0314.", [["0113 496 0314", "info"]]],
    ["The stewards' office number, 0113 496 0324, is printed.", [["0113 496 0324", "info"]]],
    ["The nursery phoned the police from 0161 496 0007.", [["0161 496 0007", "info"]]],
    ["He phoned the police from 07700 900123.", [["07700 900123", "warning"]]],
    // A shop's, a bowling alley's desk, a church hall (heldout314–317); a practitioner's office stays theirs (heldout35).
    [
      "The shop's line is 0113 496 0714. The church hall line is 0161 496 0600.",
      [
        ["0113 496 0714", "info"],
        ["0161 496 0600", "info"],
      ],
    ],
    ["The SI rang the desk line, 0113 496 0418, to book the lane.", [["0113 496 0418", "info"]]],
    ["His mother's desk line is 07700 900123.", [["07700 900123", "warning"]]],
    [
      "The factory gatehouse number is 0113 496 0236. The ferry office number is 0161 496 0758.",
      [
        ["0113 496 0236", "info"],
        ["0161 496 0758", "info"],
      ],
    ],
    ["The hostel's landline was 0113 496 0456.", [["0113 496 0456", "warning"]]],
    ["The shop's number, 07700 900456, was the owner's personal mobile.", [["07700 900456", "warning"]]],
    ["The shop's landline, 0161 496 0111, was also his home number.", [["0161 496 0111", "warning"]]],
    // Not a shop's phone someone used as theirs (heldout7).
    ["He often used the shop's phone, 0131 496 0587, to make calls.", [["0131 496 0587", "warning"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: organisations' lines of heldout186–193", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["The fire service's community safety line is 020 7946 0111.", [["020 7946 0111", "info"]]],
    ["The boxing club phone, 020 7946 0112, is on the notice board.", [["020 7946 0112", "info"]]],
    ["Brynmor Vets can be reached on 020 7946 0113.", [["020 7946 0113", "info"]]],
    ["His phone, 020 7946 0114, was seized.", [["020 7946 0114", "warning"]]],
    // A firm's dispatch number, a delivery unit, a salon's bookings, a licensing line, a duty phone, a surgery, an
    // agency's office (heldout190–193); a caller from a unit rings on a number of their own.
    ["Akpan Cars' dispatch number is 0161 496 0111.", [["0161 496 0111", "info"]]],
    ["Ollerbridge Probation Delivery Unit can be reached on 0161 496 0112.", [["0161 496 0112", "info"]]],
    ["Salon bookings are taken on 0161 496 0113 in the shop window.", [["0161 496 0113", "info"]]],
    ["The council's licensing line is 020 7946 0115.", [["020 7946 0115", "info"]]],
    ["The hostel's duty phone is 0113 496 0116.", [["0113 496 0116", "info"]]],
    ["The GP surgery can be reached on 0161 496 0117.", [["0161 496 0117", "info"]]],
    ["The pharmacy phone line, 0161 496 0118, was on the box.", [["0161 496 0118", "info"]]],
    ["The care agency office is on 020 7946 0119.", [["020 7946 0119", "info"]]],
    ["Ingeborg from the Witness Care Unit rang on 0113 496 0120.", [["0113 496 0120", "warning"]]],
    ["The Chenhalls customer line is 0161 496 0121.", [["0161 496 0121", "info"]]],
    ["Kernow Debt Advice can be reached on 020 7946 0122.", [["020 7946 0122", "info"]]],
    ["Weerasekara Autos answers on 0161 496 0123.", [["0161 496 0123", "info"]]],
    ["The vet practice number is 0113 496 0124.", [["0113 496 0124", "info"]]],
    ["The ambulance control room called back from 020 7946 0125.", [["020 7946 0125", "info"]]],
    [
      "Khoshnaw Grill's number is 0161 496 0126. The takeaway's delivery line is 0161 496 0127.",
      [
        ["0161 496 0126", "info"],
        ["0161 496 0127", "info"],
      ],
    ],
    ["The farm office number is 0161 496 0128.", [["0161 496 0128", "info"]]],
    [
      "Coelho Security's office number is 020 7946 0129. Festival organisers can be contacted on 0113 496 0130.",
      [
        ["020 7946 0129", "info"],
        ["0113 496 0130", "info"],
      ],
    ],
    [
      "The GP practice phone is 0161 496 0131. The takeaway number on the menu is 0113 496 0132.",
      [
        ["0161 496 0131", "info"],
        ["0113 496 0132", "info"],
      ],
    ],
    ["The CCTV request went to Nelis Coaches on 0161 496 0133.", [["0161 496 0133", "info"]]],
    [
      "The welfare office line is 0113 496 0134. The yard office number is 0161 496 0135.",
      [
        ["0113 496 0134", "info"],
        ["0161 496 0135", "info"],
      ],
    ],
    [
      "The pharmacy's phone number is 0161 496 0136. The council's environmental health line is 020 7946 0137.",
      [
        ["0161 496 0136", "info"],
        ["020 7946 0137", "info"],
      ],
    ],
    // An agency's number is the agency's, as heldout170, 206 and 214 label it (heldout66 alone labelled it personal).
    ["The interpreting agency's number is 0117 496 0138.", [["0117 496 0138", "info"]]],
    // A practitioner's office number is the office's (heldout317–320); their direct line is their own.
    [
      "PP1's office number is 0161 496 0139; PP1's direct line is 0161 496 0140.",
      [
        ["0161 496 0139", "info"],
        ["0161 496 0140", "warning"],
      ],
    ],
    [
      "Call the recall line on 0113 496 0141. The reception desk number is 0113 496 0142. The donation line is 0113 496 0143.",
      [
        ["0113 496 0141", "info"],
        ["0113 496 0142", "info"],
        ["0113 496 0143", "info"],
      ],
    ],
    [
      "The bar's phone line, 0113 496 0144, goes to the union office. Call the shop on 0113 496 0145 for opening times.",
      [
        ["0113 496 0144", "info"],
        ["0113 496 0145", "info"],
      ],
    ],
    ["The manager's office can be reached on 0113 496 0146.", [["0113 496 0146", "info"]]],
    ["The forecourt phone is 0113 496 0147.", [["0113 496 0147", "info"]]],
    [
      "Cindervale House office: 0113 496 0148. Fairhold House can be reached on 0113 496 0149.",
      [
        ["0113 496 0148", "info"],
        ["0113 496 0149", "info"],
      ],
    ],
    ["His house can be reached on 0113 496 0150.", [["0113 496 0150", "warning"]]],
    [
      "Police can be contacted on 0113 496 0156 quoting the reference. Stewards' control can be called on 0113 496 0157.",
      [
        ["0113 496 0156", "info"],
        ["0113 496 0157", "info"],
      ],
    ],
    ["The shop line is 0113 496 0158.", [["0113 496 0158", "info"]]],
    [
      "The county office number is 0113 496 0159. Bookings go through the bar on 0113 496 0160.",
      [
        ["0113 496 0159", "info"],
        ["0113 496 0160", "info"],
      ],
    ],
    ["Pitch queries go to pitches@example.org or 0113 496 0161.", [["0113 496 0161", "info"]]],
    [
      "The wholesaler's line is 0113 496 0162. The police enquiry line is 0113 496 0163. The hall's line is 0113 496 0164.",
      [
        ["0113 496 0162", "info"],
        ["0113 496 0163", "info"],
        ["0113 496 0164", "info"],
      ],
    ],
    [
      "Reservations are on 0113 496 0153. Parents can leave a message on 0113 496 0154. The food bank line is 0113 496 0155.",
      [
        ["0113 496 0153", "info"],
        ["0113 496 0154", "info"],
        ["0113 496 0155", "info"],
      ],
    ],
    [
      "The league fixtures line is 0113 496 0151. Northumbria Police were called on 0113 496 0152.",
      [
        ["0113 496 0151", "info"],
        ["0113 496 0152", "info"],
      ],
    ],
    // The landline of someone's post, which whoever holds the post answers; a mobile stays the holder's own, and so does
    // a number under a signature (heldout163–353).
    [
      "The hostel warden's number is 0161 496 0003. The club's welfare officer can be reached on 0161 496 0723. PP1 rang the organiser's office on 0113 496 0019.",
      [
        ["0161 496 0003", "info"],
        ["0161 496 0723", "info"],
        ["0113 496 0019", "info"],
      ],
    ],
    [
      "The watch manager's direct line is 07700 900471.\nKind regards,\nT. Flagon\nReviewing manager\n0117 496 0642",
      [
        ["07700 900471", "warning"],
        ["0117 496 0642", "warning"],
      ],
    ],
    // An office reached on a number, members' bookings, an association's line (heldout370–373).
    [
      "Staff at the accounts office can be reached on 0113 496 0422. Members book Saturday visits on 0113 496 0734. The association's visit line is 0113 496 0735.",
      [
        ["0113 496 0422", "info"],
        ["0113 496 0734", "info"],
        ["0113 496 0735", "info"],
      ],
    ],
    // A line called after what it is for, a force named before its number, the other way to reach a team's mailbox;
    // not someone's mobile line (heldout366–369).
    [
      "The depot line is 0113 496 0637 and the freezer repair line is 0113 496 0632. The studio's retreat line is 0113 496 0032.",
      [
        ["0113 496 0637", "info"],
        ["0113 496 0632", "info"],
        ["0113 496 0032", "info"],
      ],
    ],
    [
      "Ormeswick police, 020 7946 0031, gave the reference. Orders go to deliveries@example.org or 0113 496 0369. The victim's mobile line is 07700 900111.",
      [
        ["020 7946 0031", "info"],
        ["0113 496 0369", "info"],
        ["07700 900111", "warning"],
      ],
    ],
    // A museum's desk, a hospice's office, a club's coaching line, where bookings are made; his own line (heldout362–365).
    [
      "Officers called the museum desk on 0113 496 0146. The hospice office number is 0113 496 0787. The junior coaching line is 0113 496 0648.",
      [
        ["0113 496 0146", "info"],
        ["0113 496 0787", "info"],
        ["0113 496 0648", "info"],
      ],
    ],
    [
      "Bookings can be made on 0113 496 0365. His coaching line is 07700 900111.",
      [
        ["0113 496 0365", "info"],
        ["07700 900111", "warning"],
      ],
    ],
    // The police's line, or the place they rang; a studio's line; a centre named before its number (heldout354–360).
    [
      "The police contact line is 020 7946 0014. The police called the studio on 020 7946 0368. The police rang him on 07700 900123.",
      [
        ["020 7946 0014", "info"],
        ["020 7946 0368", "info"],
        ["07700 900123", "warning"],
      ],
    ],
    [
      "The studio's line, 0113 496 0361, is staffed. The dogs went to the Effingham Veterinary Centre, on 0161 496 0852.",
      [
        ["0113 496 0361", "info"],
        ["0161 496 0852", "info"],
      ],
    ],
    ["Bookings for early entry are taken on 0113 496 0891.", [["0113 496 0891", "info"]]],
    ["The club's insurer can be reached on 020 7946 0500.", [["020 7946 0500", "info"]]],
    [
      "The hall office number is 0113 496 0421. Call the foodbank on 0113 496 0039. The council number is 020 7946 0422. She phoned the rally office on 0113 496 0040.",
      [
        ["0113 496 0421", "info"],
        ["0113 496 0039", "info"],
        ["020 7946 0422", "info"],
        ["0113 496 0040", "info"],
      ],
    ],
    ["Mrs Butterfield phoned the office on 07700 900727 to ask about visits.", [["07700 900727", "warning"]]],
    [
      "The ringers' guild phone is 0113 496 0038. The diocesan guild's line is 020 7946 0027. The café line is 0113 496 0037.",
      [
        ["0113 496 0038", "info"],
        ["020 7946 0027", "info"],
        ["0113 496 0037", "info"],
      ],
    ],
    // An insurer's line, the office rung, a notice's number to book or report, bookings taken, a station's line; a
    // mobile on a notice stays its owner's (heldout406–413).
    [
      "The farm's insurer is on 020 7946 0419. The organiser phoned the office on 0113 496 0634. Call 020 7946 0115 to report a crime. Call 07700 900123 to book.",
      [
        ["020 7946 0419", "info"],
        ["0113 496 0634", "info"],
        ["020 7946 0115", "info"],
        ["07700 900123", "warning"],
      ],
    ],
    [
      "Stallholders booked pitches on 0113 496 0152. The station's open day line is 0113 496 0987.",
      [
        ["0113 496 0152", "info"],
        ["0113 496 0987", "info"],
      ],
    ],
    // A launderette's number on a notice, a sole trader's business line, bookings taken on a number; his own business
    // mobile stays his (heldout394–397).
    [
      "A notice on the door gives the launderette's number, 0113 496 0801. The sweep's business line is 0113 496 0681. Bookings on 0113 496 0484 were written down. His business line is 07700 900123.",
      [
        ["0113 496 0801", "info"],
        ["0113 496 0681", "info"],
        ["0113 496 0484", "info"],
        ["07700 900123", "warning"],
      ],
    ],
    // A forge's line, a force that gave its number, the police's contact for a town (heldout391–393).
    [
      "Ladbrook Forge can be reached on 0113 496 0034. The forge's line is 0113 496 0035. Larkmere police gave the number 020 7946 0022. The police non-emergency contact for Stilemoor is 020 7946 0537.",
      [
        ["0113 496 0034", "info"],
        ["0113 496 0035", "info"],
        ["020 7946 0022", "info"],
        ["020 7946 0537", "info"],
      ],
    ],
    // An orchard's line, a town's police, a firm by its trade (heldout387–389).
    [
      "The orchard's line is 0113 496 0906. Police in Pellingworth can be reached on 020 7946 0021. Wimbush Pianos can be contacted on 0113 496 0962.",
      [
        ["0113 496 0906", "info"],
        ["020 7946 0021", "info"],
        ["0113 496 0962", "info"],
      ],
    ],
    // A shop's landline, a van's number, a kiosk's line, orders placed or taken, bookings made, who should ring; a
    // mobile on the shop's sheet stays the owner's (heldout378–385).
    [
      "Shop phone: 0113 496 0793; SI's mobile: 07700 900784. The van's number, 0113 496 0380, is printed. The kiosk's line is 0113 496 0774.",
      [
        ["0113 496 0793", "info"],
        ["07700 900784", "warning"],
        ["0113 496 0380", "info"],
        ["0113 496 0774", "info"],
      ],
    ],
    [
      "Fisheries took standing orders by phone on 0113 496 0831. The order is placed on 0113 496 0832. Bookings can also be made on 0113 496 0951. Customers who lose a slip should ring 0113 496 0774. The police non-emergency line used was 020 7946 0953.",
      [
        ["0113 496 0831", "info"],
        ["0113 496 0832", "info"],
        ["0113 496 0951", "info"],
        ["0113 496 0774", "info"],
        ["020 7946 0953", "info"],
      ],
    ],
    // The police's report line, a control room called, a fishery's bailiff line, a race office, a results line, the
    // council rung; someone's mobile stays theirs (heldout374–377).
    [
      "Police took the report on 020 7946 0741. The police control room was called on 020 7946 0378. The police rang him on 07700 900123.",
      [
        ["020 7946 0741", "info"],
        ["020 7946 0378", "info"],
        ["07700 900123", "warning"],
      ],
    ],
    [
      "The fishery's bailiff line, 0113 496 0745, opens at six. The race office is on 0113 496 0477. Match results are posted on 0113 496 0740. The owner rang the council on 0113 496 0114. Her number is 0113 496 0999.",
      [
        ["0113 496 0745", "info"],
        ["0113 496 0477", "info"],
        ["0113 496 0740", "info"],
        ["0113 496 0114", "info"],
        ["0113 496 0999", "warning"],
      ],
    ],
    // A workplace's office number, a firm's line, a guild's call-out line; a mobile given as the firm's stays someone's.
    [
      "The cattery office number is 0113 496 0953. The costume hire firm is on 020 7946 0703. The guild's call-out line is 0113 496 0430. The firm is on 07700 900123.",
      [
        ["0113 496 0953", "info"],
        ["020 7946 0703", "info"],
        ["0113 496 0430", "info"],
        ["07700 900123", "warning"],
      ],
    ],
    [
      "Trading standards can be reached on 020 7946 0376. Orders can be placed on 0113 496 0045. The police were told on 020 7946 0694.",
      [
        ["020 7946 0376", "info"],
        ["0113 496 0045", "info"],
        ["020 7946 0694", "info"],
      ],
    ],
    [
      "The orchard office is 0113 496 0814. The gate's phone is 0113 496 0708. Police lines 020 7946 0032 and 020 7946 0030 were busy. The office is 07700 900123.",
      [
        ["0113 496 0814", "info"],
        ["0113 496 0708", "info"],
        ["020 7946 0032", "info"],
        ["020 7946 0030", "info"],
        ["07700 900123", "warning"],
      ],
    ],
    [
      "The hall was booked through 0113 496 0042. The baths' number is 0113 496 0043. The saleroom number, 0113 496 0974, was on every catalogue. He booked through 07700 900124.",
      [
        ["0113 496 0042", "info"],
        ["0113 496 0043", "info"],
        ["0113 496 0974", "info"],
        ["07700 900124", "warning"],
      ],
    ],
    [
      "The lock cottage office number is 0113 496 0451. Bookings could be made by phone on 0113 496 0046. Police call handlers on 020 7946 0040 logged it. The office number is 0113 496 0047.",
      [
        ["0113 496 0451", "info"],
        ["0113 496 0046", "info"],
        ["020 7946 0040", "info"],
        ["0113 496 0047", "warning"],
      ],
    ],
    // A named office's landline is the office's; "the office number" alone, or a person's office line, may be theirs.
    [
      "The hub phone is 0113 496 0122. The office number 0113 496 0123 was used. Dr Eraser's office line is 0113 496 0847.",
      [
        ["0113 496 0122", "info"],
        ["0113 496 0123", "warning"],
        ["0113 496 0847", "warning"],
      ],
    ],
    [
      "The stall's phone, 0113 496 0053, is on every receipt. The museum office, 0113 496 0054, answered. Call the police on 020 7946 0044 about it.",
      [
        ["0113 496 0053", "info"],
        ["0113 496 0054", "info"],
        ["020 7946 0044", "info"],
      ],
    ],
    [
      "The visitor desk number, 0113 496 0124, was on the leaflets. Lessaway Repairs' phone number is 0113 496 0054. Call the yard on 0113 496 0472 for bookings.",
      [
        ["0113 496 0124", "info"],
        ["0113 496 0054", "info"],
        ["0113 496 0472", "info"],
      ],
    ],
    ["The police phone is 020 7946 0050.", [["020 7946 0050", "info"]]],
    ["The vineyard office on 0113 496 0884 kept a copy.", [["0113 496 0884", "info"]]],
    ["Ring 0113 496 0942 to change a booking.", [["0113 496 0942", "info"]]],
    [
      "Call 0113 496 0051 for pitch bookings. The club's landline 0113 496 0052 was answered by a volunteer.",
      [
        ["0113 496 0051", "info"],
        ["0113 496 0052", "info"],
      ],
    ],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: the police's and a workshop's numbers (heldout494–497)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    [
      "Esmund phoned the police on 020 7946 0959. Police at 020 7946 0946 gave the reference. She rang the theatre on 0113 496 0656.",
      [
        ["020 7946 0959", "info"],
        ["020 7946 0946", "info"],
        ["0113 496 0656", "info"],
      ],
    ],
    [
      "The police could be reached on 020 7946 0978. The workshop can be reached on 0113 496 0976. The depot can be reached on 0113 496 0961.",
      [
        ["020 7946 0978", "info"],
        ["0113 496 0976", "info"],
        ["0113 496 0961", "info"],
      ],
    ],
    [
      "The truck's phone, 0113 496 0868, is answered by whoever is on shift. The wardrobe room phone is 0113 496 0838.",
      [
        ["0113 496 0868", "info"],
        ["0113 496 0838", "info"],
      ],
    ],
    ["His room phone is 0113 496 0111.", [["0113 496 0111", "warning"]]],
    ["Tickets are sold through the office on 0113 496 0066.", [["0113 496 0066", "info"]]],
    // A thing's own number, then a person's (heldout537).
    [
      "The farm office gave its number, 0161 496 0809, and the SI's mobile, 0161 496 0805, to the police.",
      [
        ["0161 496 0809", "info"],
        ["0161 496 0805", "warning"],
      ],
    ],
    ["She gave his number, 0161 496 0805, to the police.", [["0161 496 0805", "warning"]]],
    // A body's office by its possessive alone (heldout547).
    ["The abattoir's office is on 020 7946 0406.", [["020 7946 0406", "info"]]],
    // Where orders go (heldout544).
    ["Orders go to the shop on 0161 496 0677 or to orders@pelsbypies.example.org.", [["0161 496 0677", "info"]]],
    // A shop's counter (heldout538).
    [
      "The press office number is 0113 496 0807 and the counter is 0113 496 0808.",
      [
        ["0113 496 0807", "info"],
        ["0113 496 0808", "info"],
      ],
    ],
    [
      "The venue phone is 0113 496 0063. Show entries office: 0113 496 0576.",
      [
        ["0113 496 0063", "info"],
        ["0113 496 0576", "info"],
      ],
    ],
    [
      "He gave the track office as 0113 496 0126 and the shelter office as 0113 496 0627.",
      [
        ["0113 496 0126", "info"],
        ["0113 496 0627", "warning"],
      ],
    ],
    // The phone a call came from is someone's; so is a mobile given as a workshop's.
    [
      "She contacted the police on 0113 496 0384 from a friend's phone. The workshop can be reached on 07700 900123.",
      [
        ["0113 496 0384", "warning"],
        ["07700 900123", "warning"],
      ],
    ],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a business landline, a loft's, a workshop's, bookings and a studio rung (heldout574–577)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    [
      "The business landline, 0118 496 0612, was painted on the van. The loft's number is 0114 496 0602.",
      [
        ["0118 496 0612", "info"],
        ["0114 496 0602", "info"],
      ],
    ],
    [
      "His mobile was 0114 496 0617; the workshop's is 028 9018 0612. Bookings came in on 0118 496 0613.",
      [
        ["0114 496 0617", "warning"],
        ["028 9018 0612", "info"],
        ["0118 496 0613", "info"],
      ],
    ],
    [
      "The SI called the studio on 0141 496 0612 from 0141 496 0647. He called the shop on 07700 900123.",
      [
        ["0141 496 0612", "info"],
        ["0141 496 0647", "warning"],
        ["07700 900123", "warning"],
      ],
    ],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a show cave's office, a kiosk, a site office landline, a booking office (heldout578–581)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    [
      "The show cave's office is 0114 496 0550. The victim's office is 0114 496 0551.",
      [
        ["0114 496 0550", "info"],
        ["0114 496 0551", "warning"],
      ],
    ],
    [
      "He did not answer; the kiosk, 0118 496 0531, did. The site office landline is 028 9018 0511.",
      [
        ["0118 496 0531", "info"],
        ["028 9018 0511", "info"],
      ],
    ],
    [
      "Fellhallow Cavern's booking office is on 0114 496 0552. He used the shop's phone, 0131 496 0587, for calls.",
      [
        ["0114 496 0552", "info"],
        ["0131 496 0587", "warning"],
      ],
    ],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a desk's landline after a person's mobile (heldout582)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it("reads the desk's number as the organisation's and the mobile as the person's", () => {
    expect(found("Mobile 0114 496 0327; desk 0114 496 0300.")).toEqual([
      ["0114 496 0327", "warning"],
      ["0114 496 0300", "info"],
    ]);
  });
});

describe("PII-008: a centre's, a society's shed and a booking line for parents (heldout590–593)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    // A fire service's control, a service's own line, a mailbox's alternative, the PDU rung (heldout710–713).
    [
      "Fire service control: 0191 496 0843. Papcastle Recovery Service, group room B, Tuesdays 14:00, tel 0191 496 0933.",
      [
        ["0191 496 0843", "info"],
        ["0191 496 0933", "info"],
      ],
    ],
    [
      "Send it to coroners.office@example.org or call 0191 496 0904. Please ring the PDU on 0191 496 0935 today.",
      [
        ["0191 496 0904", "info"],
        ["0191 496 0935", "info"],
      ],
    ],
    [
      "Velo Parts Ltd, Nedderton Trading Estate, Nedderton DZ72 5JD. Trade counter 0191 496 1028. PDU duty 0191 496 1030.",
      [
        ["0191 496 1028", "info"],
        ["0191 496 1030", "info"],
      ],
    ],
    [
      "Letter sent care of Calderbrook Logistics HR, 0191 496 1080. The store's refund desk number is 0191 496 1112.",
      [
        ["0191 496 1080", "info"],
        ["0191 496 1112", "info"],
      ],
    ],
    [
      "Ambulance called from the store landline 0191 496 1110. Rampside probation office, 2 Station Parade, Rampside BJ48 1AB, tel 0191 496 1131.",
      [
        ["0191 496 1110", "info"],
        ["0191 496 1131", "info"],
      ],
    ],
    [
      "Victim liaison: 0191 496 1287. Wilberfoss Academy, attendance office, 0191 496 1310 (term time only).",
      [
        ["0191 496 1287", "info"],
        ["0191 496 1310", "info"],
      ],
    ],
    [
      "Weapons desk 0191 496 1403; traffic control 0191 496 1395. Warden service line 0191 496 1330.",
      [
        ["0191 496 1403", "info"],
        ["0191 496 1395", "info"],
        ["0191 496 1330", "info"],
      ],
    ],
    [
      "Mrs Hale's phone: 0191 496 0936. She rang the PDU from 0191 496 0937.",
      [
        ["0191 496 0936", "warning"],
        ["0191 496 0937", "warning"],
      ],
    ],
    [
      "The SI's phone was 0118 496 0157, not the centre's 0118 496 0134.",
      [
        ["0118 496 0157", "warning"],
        ["0118 496 0134", "info"],
      ],
    ],
    [
      "The society's shed phone is 028 9018 0125. Parents book parties on 0118 496 0135.",
      [
        ["028 9018 0125", "info"],
        ["0118 496 0135", "info"],
      ],
    ],
    // A group's, a clubroom's or a workshop's line (heldout594–597); the SI's stays his.
    [
      "The SI's number is 0151 496 0663; the workshop is 0151 496 0651. The group's phone, 028 9018 0317, rang.",
      [
        ["0151 496 0663", "warning"],
        ["0151 496 0651", "info"],
        ["028 9018 0317", "info"],
      ],
    ],
    ["The clubroom phone 0131 496 0314 rang twice.", [["0131 496 0314", "info"]]],
    [
      "The vergers' office line is 0117 496 0820. The observatory is on 0151 496 0812.",
      [
        ["0117 496 0820", "info"],
        ["0151 496 0812", "info"],
      ],
    ],
    [
      "He gave 0121 496 0847 as his number; the hire shop is on 0121 496 0823.",
      [
        ["0121 496 0847", "warning"],
        ["0121 496 0823", "info"],
      ],
    ],
    // A mill's office, a secretary reached "at" a number (heldout606–609); a mobile reached there stays someone's.
    [
      "Mill office: 0115 496 0161. The secretary can be reached at 0151 496 0313. His mobile can be reached at 0151 496 0399.",
      [
        ["0115 496 0161", "info"],
        ["0151 496 0313", "info"],
        ["0151 496 0399", "warning"],
      ],
    ],
    // Out-of-hours calls, a line said to be staffed, a signature's number after the team's mailbox or its PDU
    // (heldout632–633); a person's calls and a personal mailbox's number stay someone's.
    [
      "Out-of-hours calls go to 0121 496 0699. His calls go to 07700 900123.",
      [
        ["0121 496 0699", "info"],
        ["07700 900123", "warning"],
      ],
    ],
    [
      "The office number 0115 496 0200 is staffed until 17:00. The office number 0115 496 0211 was his.",
      [
        ["0115 496 0200", "info"],
        ["0115 496 0211", "warning"],
      ],
    ],
    [
      "Signed: P. Quell, Duty Manager, cressage.pdu@example.com, 0121 496 0650. Signed: Tam, tam.quell@example.com, 0121 496 0651.",
      [
        ["0121 496 0650", "info"],
        ["0121 496 0651", "warning"],
      ],
    ],
    ["Signed: O. Askett, Probation Practitioner, Oxhey PDU, 0121 496 0600.", [["0121 496 0600", "info"]]],
    // A police front counter, a depot to contact, a placements desk (heldout635, heldout637); a mobile stays someone's.
    [
      "The police front counter number is 0141 496 0700. Contact the depot on 0116 496 0900, or on 07700 900456.",
      [
        ["0141 496 0700", "info"],
        ["0116 496 0900", "info"],
        ["07700 900456", "warning"],
      ],
    ],
    ["The Brightstaff placements desk is on 0116 496 0950.", [["0116 496 0950", "info"]]],
    // An office number after a place's label, a team's sign-off mailbox (heldout651–652).
    [
      "Contact centre, Berwick Street: office 01632 960 160. Regards, SFO Review Team, sfo.reviews@example.org, 01632 960 670.",
      [
        ["01632 960 160", "info"],
        ["01632 960 670", "info"],
      ],
    ],
    // A service reached on a number, an office line's label, a trust's number after a pipe, an association's phone
    // line (heldout639–641).
    [
      "Children's services can be reached on 0141 496 0000. Office line 0121 496 0100; her own line 0121 496 0111.",
      [
        ["0141 496 0000", "info"],
        ["0121 496 0100", "info"],
        ["0121 496 0111", "warning"],
      ],
    ],
    [
      "Loke Gowthorpe | Scheme Manager | Oxhaye Housing Trust | 0121 496 0100. The housing association phone line is 0114 496 0070.",
      [
        ["0121 496 0100", "info"],
        ["0114 496 0070", "info"],
      ],
    ],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: a crisis line, a named office, a bookings label (heldout657–659)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    ["The crisis line number is 0118 496 0051.", [["0118 496 0051", "info"]]],
    ["The induction was held at Lostwithiel office, 0118 496 0052.", [["0118 496 0052", "info"]]],
    ["Taxi bookings: 01632 960 991.", [["01632 960 991", "info"]]],
    ["AP office: 01632 960 990.", [["01632 960 990", "info"]]],
    ["Signed: Z. Thoresway, Grainthorpe PDU (office line 028 9649 6096).", [["028 9649 6096", "info"]]],
    // A person's mobile stays a warning after the same words.
    ["His mobile, 07700 900417, was on the booking.", [["07700 900417", "warning"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii008PhoneNumber: 03 numbers are an organisation's unless the text says whose (heldout664–673)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each([
    [
      "Ward office: 0306 999 0650; security desk 0306 999 0660.",
      [
        ["0306 999 0650", "info"],
        ["0306 999 0660", "info"],
      ],
    ],
    ["HMP Snaefell legal visits: 0306 999 0799.", [["0306 999 0799", "info"]]],
    ["Mobile on the GP form: 0306 999 0312.", [["0306 999 0312", "warning"]]],
    ["Neighbour's phone: 0306 999 0758.", [["0306 999 0758", "warning"]]],
    ["The licence record for Hubbocks: 0306 999 0812.", [["0306 999 0812", "warning"]]],
    // A prison's visits line, a main office, a number marked as the office's, a hire firm's office number.
    [
      "HMP Ardglass visits: 0151 496 0097. Main office: 0151 496 0100.",
      [
        ["0151 496 0097", "info"],
        ["0151 496 0100", "info"],
      ],
    ],
    ["Regards, Valdir, General Manager, 0115 496 0004 (office).", [["0115 496 0004", "info"]]],
    ["Gadwall Van Hire's office number is 0116 496 0188.", [["0116 496 0188", "info"]]],
    ["Dr Eraser's office line is 0113 496 0847.", [["0113 496 0847", "warning"]]],
    ["Ward 7 phone 0117 496 0009; no details by phone.", [["0117 496 0009", "info"]]],
    // Out of hours, a listing office, a team's label before its mailbox, a letterhead address, a station (heldout682–685).
    [
      "Repairs line 0191 496 0020; out of hours 0191 496 0021.",
      [
        ["0191 496 0020", "info"],
        ["0191 496 0021", "info"],
      ],
    ],
    ["Magistrates' Court listing office 0191 496 0077.", [["0191 496 0077", "info"]]],
    ["Recall team: recall.unit@example.org, tel 0191 496 0098.", [["0191 496 0098", "info"]]],
    ["Brightdose Pharmacy, 3 Station Road, Bedlington QW33 5HD; tel 0191 496 0079.", [["0191 496 0079", "info"]]],
    ["PC Heaton, Machynlleth station, tel 0191 496 0090.", [["0191 496 0090", "info"]]],
    ["HMP Tregynon legal visits booking: 0191 496 0092.", [["0191 496 0092", "info"]]],
    ["His mother: kay@example.org; 0191 496 0011.", [["0191 496 0011", "warning"]]],
    // A ward's phones, a line for professionals, a team's shared phone, a hub's label (heldout686–689).
    [
      "Nurses' station 0191 496 0180, bank office 0191 496 0184.",
      [
        ["0191 496 0180", "info"],
        ["0191 496 0184", "info"],
      ],
    ],
    ["Refuge office line for professionals: 0191 496 0150.", [["0191 496 0150", "info"]]],
    ["Rota phone: 0191 496 0201 (work phone, shared by the team).", [["0191 496 0201", "info"]]],
    ["Monitoring hub: 0191 496 0238.", [["0191 496 0238", "info"]]],
    // A mailbox's label, then its line; a school office; a custody suite; an interpreter line; a switchboard after.
    ["YOT transitions mailbox: yot.transitions@example.org; duty number 0191 496 0255.", [["0191 496 0255", "info"]]],
    ["School office, Blanchland Primary: 0191 496 0295.", [["0191 496 0295", "info"]]],
    ["Security control room direct line 0191 496 0331.", [["0191 496 0331", "info"]]],
    ["Interpreter line for Lithuanian: 0191 496 0292.", [["0191 496 0292", "info"]]],
    ["She rang 0191 496 0350 (agency switchboard).", [["0191 496 0350", "info"]]],
    // A claims line, a team's office by its acronym, a desk, office hours, a number marked as a school's (heldout694–697).
    ["Kimmeridge Mutual Insurance claims line 0191 496 0380.", [["0191 496 0380", "info"]]],
    ["PPU office: 0191 496 0401.", [["0191 496 0401", "info"]]],
    ["Housing options, Worthen Civic Centre, desk 3, 0191 496 0440.", [["0191 496 0440", "info"]]],
    ["Coroner's officer, office hours only, 0191 496 0429.", [["0191 496 0429", "info"]]],
    ["Office numbers: 0191 496 0390 (school).", [["0191 496 0390", "info"]]],
    // A dial-in, a front door, an absence line, a phone list by body, referrals after a letterhead (heldout698–701).
    ["Meeting room: Parbold Room; dial-in 0191 496 0564.", [["0191 496 0564", "info"]]],
    [
      "School office: 0191 496 0588; absence line 0191 496 0589.",
      [
        ["0191 496 0588", "info"],
        ["0191 496 0589", "info"],
      ],
    ],
    [
      "Office phone list: centre 0191 496 0570, PDU 0191 496 0596.",
      [
        ["0191 496 0570", "info"],
        ["0191 496 0596", "info"],
      ],
    ],
    ["Allanton Centre, Chirnside Road, Greenlaw DK71 9SE; referrals 0191 496 0530.", [["0191 496 0530", "info"]]],
    // A firm's sales and tenancy lines, a unit's extension, a tribunal's office (heldout702–705).
    ["Tosson Motors, sales line 0191 496 0602.", [["0191 496 0602", "info"]]],
    ["Signed A. Mahoe, Healthcare Unit, extension 0191 496 0640.", [["0191 496 0640", "info"]]],
    ["Tribunal office: 0191 496 0714.", [["0191 496 0714", "info"]]],
    // A control room's line, an out-of-hours number, our office, a team's phone after its mailbox, a body's service
    // in brackets (heldout745–749); a mobile stays its owner's.
    ["Night control phone 0191 496 1930; log kept by the controller.", [["0191 496 1930", "info"]]],
    ["Control room extension 0191 496 2022 was staffed all night.", [["0191 496 2022", "info"]]],
    ["Reception is staffed 08:00 to 20:00; out of hours call 0191 496 1967.", [["0191 496 1967", "info"]]],
    ["Please contact our office on 0191 496 2001 to arrange access.", [["0191 496 2001", "info"]]],
    ["CCTV request to cctv@dromarabuses.example.org, phone 0191 496 1936.", [["0191 496 1936", "info"]]],
    ["Tel. 0191 496 1942 (Dromara Buses customer services).", [["0191 496 1942", "info"]]],
    ["Out of hours call 07700 900461.", [["07700 900461", "warning"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a directory's entry, a body's office or desk opening the clause (heldout766–769)", () => {
  it.each([
    ["Roseland Homecare office 0191 496 2535; out of hours 0191 496 2540.", ["info", "info"]],
    ["Trade counter 0191 496 2534; collection from Yard 2 only.", ["info"]],
    ["Payback unit 0191 496 2597.", ["info"]],
    // An enquiries line, a council's switchboard named in brackets (heldout772).
    ["Reception closed for staff training. Enquiries to 0191 496 2711.", ["info"]],
    ["Telephone: 0191 496 2721 (council switchboard, 24 hours).", ["info"]],
    // Someone's office is theirs.
    ["Her office 0191 496 2597.", ["warning"]],
    ["Mrs Dolfor's office 0191 496 2597.", ["warning"]],
  ])("in %s finds %j", (text, expected) => {
    expect(
      runBlockRule(pii008PhoneNumber, text, "review.background", context)
        .filter((f) => f.rule === "PII-008")
        .map((f) => f.severity),
    ).toEqual(expected);
  });
});

describe("PII-008: a number straight after an organisation's address is the organisation's (heldout774, heldout777)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Probation office: Comber Road, Bangor BT20 4PL. Telephone 0191 496 2864.", [["0191 496 2864", "info"]]],
    ["Depot office, 14 Dromara Lane, Ballynahinch BT38 9HW, 0191 496 1931.", [["0191 496 1931", "info"]]],
    // Someone's home, then the number: theirs; a mobile after an office is its holder's.
    ["Dispatcher on duty: Ytsen Fordwich. Bookings 0191 496 2774.", [["0191 496 2774", "info"]]],
    ["Reply sent from the team mobile 07700 900932.", [["07700 900932", "info"]]],
    ["Attending clinician: paramedic. Control: 0191 496 3134.", [["0191 496 3134", "info"]]],
    ["The project phone is 0191 496 3222; the drop-in runs on Thursdays.", [["0191 496 3222", "info"]]],
    ["Victim liaison contact: 0191 496 3171.", [["0191 496 3171", "info"]]],
    ["Drop-in: Tuesdays and Thursdays 10:00-14:00, call 0191 496 3251 to book.", [["0191 496 3251", "info"]]],
    ["Reply from probation duty 0191 496 3320: thank you, police are aware.", [["0191 496 3320", "info"]]],
    ["Supervisor: Sjirk Breich (Bellsquarry Depot, telephone 0191 496 3041).", [["0191 496 3041", "info"]]],
    ["Helpline adviser line for professionals: 0191 496 3013 (not the public number).", [["0191 496 3013", "info"]]],
    ["Reply sent from his mobile 07700 900932.", [["07700 900932", "warning"]]],
    ["He lives at 14 Dromara Lane, Ballynahinch BT38 9HW, telephone 0191 496 1931.", [["0191 496 1931", "warning"]]],
    ["Probation office: Comber Road, Bangor BT20 4PL. Telephone 07700 900812.", [["07700 900812", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: one line written twice; a coordinator's line said after the number (heldout794, heldout797)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    [
      "His phone 0191 496 3451 (saved in the office as +44 191 496 3451).",
      [
        ["0191 496 3451", "warning"],
        ["+44 191 496 3451", "warning"],
      ],
    ],
    [
      "Duty desk 0191 496 3380; the AP was given 0191 496 3380 too.",
      [
        ["0191 496 3380", "info"],
        ["0191 496 3380", "info"],
      ],
    ],
    ["0191 496 3381 is the MAPPA coordinator's line.", [["0191 496 3381", "info"]]],
    ["0191 496 3381 is his coordinator's line.", [["0191 496 3381", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a hostel or a control room calling, a notice after a semicolon (heldout798–799)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["02:10 Ditcheat House phoned (0191 496 3490): night officer confirms Room 6 in.", [["(0191 496 3490", "info"]]],
    ["00:38 control (0191 496 3491) passes the description to police.", [["(0191 496 3491", "info"]]],
    ["Bingo in the clubhouse every Friday; call 0191 496 3530 to book.", [["0191 496 3530", "info"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a team reached on its line, a duty number, a scheme's office; a firm's customer (heldout803–804)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Victim liaison can be reached on 0191 496 3650.", [["0191 496 3650", "info"]]],
    ["Office: 3 Chapel Street; duty 0191 496 3641; enquiries by e-mail.", [["0191 496 3641", "info"]]],
    ["Emergency contact: the landlady, 0191 496 3644 (lodgings scheme office).", [["0191 496 3644", "info"]]],
    ["Job card 4471, Collessie Autos Ltd: customer V. Kinglassie, tel 0191 496 3661.", [["0191 496 3661", "warning"]]],
    // A small firm's "yard office" may be the owner's own phone.
    ["The employer's number is 0113 496 0791 (the yard office).", [["0113 496 0791", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a pharmacy's dispensary after its address, a pub's landline; one line twice, a person's (heldout806–807)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Evenjobb Pharmacy, 15 Broad Street, Maesyfed LD21 6RX; dispensary 0191 496 3765.", [["0191 496 3765", "info"]]],
    ["Pub landline 0191 496 3733, kept behind the bar for taxi bookings.", [["0191 496 3733", "info"]]],
    [
      "Phone on file: 0191 496 3721; the arresting officers reached him on +44 191 496 3721.",
      [
        ["0191 496 3721", "warning"],
        ["+44 191 496 3721", "warning"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a network's customer services, a business's line named for it (heldout815)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Network customer services on 0191 496 4008 confirmed the contract.", [["0191 496 4008", "info"]]],
    ["The employer line for the car wash is 0191 496 4007.", [["0191 496 4007", "info"]]],
    ["The line for his mother is 0191 496 4007.", [["0191 496 4007", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a one-line signature that gives the signer's post gives a work line; a hostel called (heldout738–820)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Yours sincerely, E. Dow, Victim Liaison Officer, 0191 496 4160.", [["0191 496 4160", "info"]]],
    ["Regards, Rocio | Neighbourhood Officer | 0191 496 1720", [["0191 496 1720", "info"]]],
    ["04/06/2025 called Chatterton House on 0191 496 4091; the room was empty.", [["0191 496 4091", "info"]]],
    // No post, a mobile, or a number said to be the signer's own stays theirs.
    ["Regards, Tam, 0191 496 3370.", [["0191 496 3370", "warning"]]],
    ["Regards, Rocio | Neighbourhood Officer | 07700 900123", [["07700 900123", "warning"]]],
    ["Yours sincerely, P. Reedness, Lettings Manager (mobile 0191 496 1342).", [["0191 496 1342", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a college's student services, a chandlery's and a mission's lines (heldout823, heldout825)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Ashridge College, Chiltern Road, Chesham HP82 6TB; student services 0191 496 4253.", [["0191 496 4253", "info"]]],
    ["Paull Chandlery, Holmpton Street, HU93 8NB, tel 0191 496 4311.", [["0191 496 4311", "info"]]],
    ["Seafarers' Mission, Skeffling Road, open 10:00 to 22:00, tel 0191 496 4302.", [["0191 496 4302", "info"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a desk's or a club's line with a note in brackets, a coroner's office (heldout826, heldout829)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Custody desk (Brentwick): 0191 496 4341.", [["0191 496 4341", "info"]]],
    ["Job club phone (Tuesdays only): 0191 496 4332.", [["0191 496 4332", "info"]]],
    ["Coroner's office: 0191 496 4425.", [["0191 496 4425", "info"]]],
    ["Farm office: Docker Hall Farm, Lambrigg, LA71 5QT, 0191 496 4421.", [["0191 496 4421", "info"]]],
    ["Her sister (evenings only): 0191 496 4332.", [["0191 496 4332", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a stage door, a work party's notice, a caller's landline in a log (heldout830–833)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Stage door: 0191 496 4511; get-in via Dock Lane.", [["0191 496 4511", "info"]]],
    ["Work party van leaves the depot at 08:30; ring 0191 496 4533 if late.", [["0191 496 4533", "info"]]],
    ["Police log of the call: caller Brighid Osbaldeston, landline 0191 496 4443.", [["0191 496 4443", "warning"]]],
    ["Ring 07700 900533 if late.", [["07700 900533", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: occupational health's line, a firm's said of it as 'their' (heldout836)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["Occupational health is on 0191 496 4626 and sits in the Rumworth Suite.", [["0191 496 4626", "info"]]],
    ["Ladybridge Linen Ltd supplies the uniforms; their office number is 0191 496 4642.", [["0191 496 4642", "info"]]],
    ["His parents run Pellow Ltd; their home number is 0191 496 4642.", [["0191 496 4642", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a notice's line for questions, a coordinator's for agencies, a safety desk (heldout838, heldout840)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["All staff codes were reset; please call 0191 496 4680 with questions.", [["0191 496 4680", "info"]]],
    // heldout937: a letter's line for its reader
    ["Please call 0191 496 7670 if you would like to talk.", [["0191 496 7670", "info"]]],
    ["Please call 07700 900123 if you would like to talk.", [["07700 900123", "warning"]]],
    ["You can call me on 0191 496 7910 or write to the address above.", [["0191 496 7910", "info"]]],
    ["You can call us on 0191 496 8270.", [["0191 496 8270", "info"]]],
    ["The mailbox is referrals@ywp.example.co.uk and its phone is 0191 496 8202.", [["0191 496 8202", "info"]]],
    ["Coordinator's line for partner agencies: 0191 496 4700.", [["0191 496 4700", "info"]]],
    ["The platform's trust and safety desk is on 0191 496 4750.", [["0191 496 4750", "info"]]],
    ["Please call 07700 900680 with questions.", [["07700 900680", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a team's shared contacts, a ward reached on its line, a team's signature, an HR line (heldout850–853)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["The mailbox and 0191 496 5044 are the team's shared contacts.", [["0191 496 5044", "info"]]],
    ["Zugdidi Ward (trauma) can be reached on 0191 496 5045.", [["0191 496 5045", "info"]]],
    ["Student Support Team | studentsupport@college.example.org | 0191 496 5101", [["0191 496 5101", "info"]]],
    ["The employer's HR line, 0191 496 5133, holds no record of a call.", [["0191 496 5133", "info"]]],
    ["His HR number: 07700 900133.", [["07700 900133", "warning"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PII-008: a person's signature with a team's name stays theirs (heldout65)", () => {
  it("keeps a named signer's line personal", () => {
    const text = "Merewyn Hasp | Senior QA Officer, HMPPS SFO Team | m.hasp@example.org | 020 7946 0913";
    expect(runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => f.severity)).toEqual([
      "warning",
    ]);
  });
});

describe("PII-008: a team's office before its number, with no colon (heldout859)", () => {
  const found = (text: string) =>
    runBlockRule(pii008PhoneNumber, text, "review.background", context).map((f) => [
      text.slice(f.from, f.to),
      f.severity,
    ]);
  it.each<[string, [string, string][]]>([
    ["CMHT office 0191 496 5324; bookings go to the salon.", [["0191 496 5324", "info"]]],
    ["Her office 0191 496 5324.", [["0191 496 5324", "warning"]]],
    ["Witness: Jisk, yard worker, 0191 496 5470 via the office.", [["0191 496 5470", "info"]]],
    ["Witness: Jisk, yard worker, 07700 900470 via the office.", [["07700 900470", "warning"]]],
    ["If you need to speak to us, please call 0191 496 5541 or e-mail the unit.", [["0191 496 5541", "info"]]],
    // heldout870–873: a notice's line
    ["Please call 0191 496 5640 if you see him near your home.", [["0191 496 5640", "info"]]],
    ["Please call 07700 900640 if you see him.", [["07700 900640", "warning"]]],
    ["Visits booking for the prison: 0191 496 5697.", [["0191 496 5697", "info"]]],
    ["Landlord's mobile for urgent repairs: 0191 496 5782.", [["0191 496 5782", "warning"]]],
    ["Repairs line for urgent repairs: 0191 496 5782.", [["0191 496 5782", "info"]]],
    // heldout884–885
    ["Fire investigation contact: 0191 496 6071 (fire safety office, weekdays 9 to 5).", [["0191 496 6071", "info"]]],
    ["His phone 0191 496 3451 (saved in the office as his home line).", [["0191 496 3451", "warning"]]],
    ["Telephone note: call to Portreath Cricket Club on 0191 496 6070, no answer.", [["0191 496 6070", "info"]]],
    ["Call to Jon Smith on 0191 496 6070.", [["0191 496 6070", "warning"]]],
    ["The fire service leaflet handed out at the meeting gives 0191 496 6071 for advice.", [["0191 496 6071", "info"]]],
    ["15:11: control room informed on 0191 496 6101.", [["0191 496 6101", "info"]]],
    ["His mother was informed on 07700 900123.", [["07700 900123", "warning"]]],
    ["If you want to comment on licence conditions, please call 0191 496 5705.", [["0191 496 5705", "info"]]],
    ['Notice: "Residents, please report visitors at night on 0191 496 5733."', [["0191 496 5733", "info"]]],
    // heldout894–897: a line beside a team's mailbox, an agent's, an AP office's; someone's own
    ["You can call me on 0191 496 6380 or write to victims.kaspi@probation.example.org.", [["0191 496 6380", "info"]]],
    ["You can reach me on 0191 496 6404 or victims.moramanga@probation.example.org.", [["0191 496 6404", "info"]]],
    ["Please call me on 0117 496 0358 or write to w.parker.mosovo@example.org.", [["0117 496 0358", "warning"]]],
    ["Reference checked by phone with the letting agent on 0191 496 6373.", [["0191 496 6373", "info"]]],
    ["03:00 Fire panel test, zone 2, all correct. AP office line 0191 496 6370.", [["0191 496 6370", "info"]]],
    ["My own mobile if needed out of hours: 0191 496 6393.", [["0191 496 6393", "warning"]]],
    ["Supervisor's own mobile for out-of-hours contact: 0191 496 6513.", [["0191 496 6513", "warning"]]],
    ["The salon's own line is 020 7946 0854 and appears on every page.", [["020 7946 0854", "info"]]],
    ["Victim Contact Scheme, victims.mansfield@probation.example.org, 0191 496 6494", [["0191 496 6494", "info"]]],
    ["Jon: jon.smith@example.org, 0191 496 6494", [["0191 496 6494", "warning"]]],
    ["The league's disciplinary line is 0191 496 6832.", [["0191 496 6832", "info"]]],
    ["You can reach me on 0191 496 6903 or at victims.south@probation.example.org.", [["0191 496 6903", "info"]]],
    ["Monitoring centre 0191 496 6920 confirmed it by e-mail.", [["0191 496 6920", "info"]]],
    ["Police front counter, Hatton: 0191 496 6921; custody suite.", [["0191 496 6921", "info"]]],
    ["Direct line: 0191 496 7001 (option 3)", [["0191 496 7001", "info"]]],
    ["You can reach me on 0191 496 7041 between 9am and 4pm.", [["0191 496 7041", "info"]]],
    ["We will only call 0191 496 0274 between 10am and 2pm.", [["0191 496 0274", "warning"]]],
    ["Call me on 07700 900123 between 9am and 4pm.", [["07700 900123", "warning"]]],
    ["Office line on the invoice header: 0191 496 6560, Unit 4, Maesbrook Yard.", [["0191 496 6560", "info"]]],
    [
      "Tolcher gave his own number, 028 9018 0647, and the workshop's, 028 9018 0612.",
      [
        ["028 9018 0647", "warning"],
        ["028 9018 0612", "info"],
      ],
    ],
    // heldout969, heldout972
    ["Victim contact line: 0191 496 0625.", [["0191 496 0625", "info"]]],
    ["An interpreter was booked through the agency on 0191 496 0624.", [["0191 496 0624", "info"]]],
    ["Interpreter Ms Kovalenko booked through the agency on 0191 496 0624.", [["0191 496 0624", "info"]]],
    ["The lock cottage phone is 0191 496 0725 and it goes through to the canal trust.", [["0191 496 0725", "info"]]],
    ["The lock cottage phone is 0191 496 0725.", [["0191 496 0725", "warning"]]],
    ["The police desk number 0191 496 0782 was given to V2.", [["0191 496 0782", "info"]]],
    [
      "His mobile is 07700 900881; the duty desk number on his appointment card is 0191 496 0900.",
      [
        ["07700 900881", "warning"],
        ["0191 496 0900", "info"],
      ],
    ],
    ["Depot landline on the dismissal letter: 029 2018 0662.", [["029 2018 0662", "warning"]]],
    ["Community council drop-in: 0191 496 0057, Monday evenings.", [["0191 496 0057", "info"]]],
    ["The young farmers' club can be reached on 0191 496 0104 after six.", [["0191 496 0104", "info"]]],
    ["The AP office number is 0191 496 0142.", [["0191 496 0142", "info"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
