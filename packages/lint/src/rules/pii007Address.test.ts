import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii007Address } from "./pii007Address.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii007Address (PII-007)", () => {
  it.each(["The offence took place at 12 Acacia Road, Anytown AN1 2XY."])("flags %s", (text) => {
    const found = runBlockRule(pii007Address, text, "review.background", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ["The offence took place at 12 Acacia Road, Anytown AN1 2XY.", "12 Acacia Road, Anytown AN1 2XY"],
    ["He says he is staying at his nan's at 8 brook st most nights.", "8 brook st"],
    ["She lived alone at The Old Chapel, Moss Lane, Kelderby.", "The Old Chapel, Moss Lane, Kelderby"],
    ["He stayed at Rowan Cottage, Back Lane, Quillbury.", "Rowan Cottage, Back Lane, Quillbury"],
    ["Her temporary address, Keeper's Cottage, Linnet Lane, is known.", "Keeper's Cottage, Linnet Lane"],
    ["He moved to 8 Heol Pen y Bont, Pontypridd, in June.", "8 Heol Pen y Bont, Pontypridd"],
    ["Her sister lives at 21 Ffordd Glan y Môr, Bae Colwyn.", "21 Ffordd Glan y Môr, Bae Colwyn"],
  ])("marks the span in %s", (text, span) => {
    const found = runBlockRule(pii007Address, text, "review.background", context);
    expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
  });
  it.each([
    "He went to his partner's home.",
    "He lived at approved premises in the same town.",
    "The hostel is a 2 hour drive from his mother's.",
    "He crossed 3 main roads to get there, and lived in 2 side streets over the years.",
    "He was arrested in 2019 on the road outside his flat and clocked at 90 on the road home.",
    "He was charged with the murders of Denton Burke, Dolet Hill and two others.",
    "The hearing moved from The Civic Centre, Castle Hill Road to County Hall, Market Street.",
    "He lived near The Old Bailey, Central Criminal Court, and was held at HMP Askham Grange, HMP Eastwood Park.",
    // A time after "moved to" (heldout536).
    "Stop 14 was moved to 3.45pm to avoid the school buses.",
    "The visit was moved to 10:30 and then to 2 pm.",
    // A date after "moved to" (heldout626).
    "The drug test was first due on 14/01/2026 and was moved to 19/01/2026.",
  ])("passes %s", (text) => {
    expect(runBlockRule(pii007Address, text, "review.background", context).filter((f) => f.rule === "PII-007")).toEqual(
      [],
    );
  });
  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "The offence took place at 12 Acacia Road, Anytown AN1 2XY.";
    expect(
      runBlockRule(pii007Address, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});

describe("pii007Address: one address, one finding", () => {
  const spans = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each([
    ["He stayed at Room 3, 17 Quarry Wynd, Anytown AN9 4QT.", "Room 3, 17 Quarry Wynd, Anytown AN9 4QT"],
    ["Post went to Flat 2B, Kestrel Court, Anytown AN4 1ZZ that week.", "Flat 2B, Kestrel Court, Anytown AN4 1ZZ"],
    ["She rented 4 Tanner's Yard, Anytown AN2 7PL.", "4 Tanner's Yard, Anytown AN2 7PL"],
    ["They met at 2 Foundry Cottages.", "2 Foundry Cottages"],
  ])("flags %s as one span", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
  it("keeps two addresses apart when words separate them", () => {
    expect(spans("He moved from 12 Acacia Road to 40 Birch Close.")).toEqual(["12 Acacia Road", "40 Birch Close"]);
  });
  it.each([
    "Room 4 was used for the interview.",
    "The panel met in Unit 2 of the office.",
    // A flat's number alone says which door in a block, not an address (heldout46).
    "The tenant in Flat 9 made most of the complaints; the tenant in Flat 11 made none.",
    "Ms V had lived in Flat 14 for nineteen years.",
    "Police visited Flat 9 at 10pm.",
  ])("passes %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
  it.each([
    ["He lives at Flat 3.", "Flat 3"],
    ["He lives at Flat 3, 12 Heron Road.", "Flat 3, 12 Heron Road"],
    ["He was living at Flat 3 with his mother.", "Flat 3"],
    ["Flat 3, Wexcombe House was searched.", "Flat 3, Wexcombe House"],
    ["He lived in Flat 3, Wexcombe House, Leeds, until May.", "Flat 3, Wexcombe House, Leeds"],
    ["Flat 9 Heron House was empty.", "Flat 9 Heron House"],
    ["His address was given as Flat 7.", "Flat 7"],
    ["His address was Flat 3.", "Flat 3"],
    ["A card was left at Flat 2B.", "Flat 2B"],
  ])("flags a flat where someone lives: %s", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
});

describe("pii007Address: an organisation's office address (heldout25)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["The office address on the letterhead is Mossgrave House, 40 Kettlesby Road, Cindermoor FQ2 8TB.", ["info"]],
    ["Probation Service, Mossgrave House, 40 Kettlesby Road, Cindermoor FQ2 8TB", ["info"]],
    // A home after the word "office", or an address police went to, is still someone's.
    ["He left the office and went to 12 Acacia Road.", ["warning"]],
    ["Police attended 12 Acacia Road, Anytown AN1 2XY.", ["warning"]],
    ["He was seen leaving the office at 12 Acacia Road, his mother's home.", ["warning"]],
    ["His office is his mother's flat, 12 Acacia Road.", ["warning"]],
    ["Foster Care, 14 Elm Road, Anytown AN1 2XY", ["warning"]],
    ["Letters go to Saltbeck CMHT, Weir House, 6 Brewhouse Road, Saltbeck KQ1 3TS.", ["info"]],
    ["The summary came from Saltbeck General Hospital, 2 Infirmary Road, Saltbeck KQ1 6EU.", ["info"]],
    // Review of heldout26: a home after a bare organisation word, an acronym or a block of flats.
    ["His ex-partner's mother at the Council, 14 Elm Road, Saltbeck", ["warning"]],
    ["The address known to MAPPA, 14 Elm Road", ["warning"]],
    ["The victim moved to Kestrel Court, 14 Elm Road", ["warning"]],
    // Post for a team, or where a team is based; not where someone on the team lives.
    ["Letters for the team go to Drayholt House, 4 Osprey Road, Quorndale UQ1 6ST.", ["info"]],
    ["The unit is based at 4 Osprey Road, Quorndale UQ1 6ST.", ["info"]],
    // A police station's address, a probation office's label (heldout124, 125).
    [
      "Almsbury police station is at 4 Islip Street, Almsbury. Probation office: 5 Pantile Street, Sparrowgate.",
      ["info", "info"],
    ],
    [
      "The drug and alcohol service is at 5 Market Place, Bleakmoor. He lives at 6 Market Place, Bleakmoor.",
      ["info", "warning"],
    ],
    ["The takeaway trades as Kartal Grill at 6 Brindlemoor Parade, Salterby VD4 7NB.", ["info"]],
    ["Letters for the SI go to 4 Osprey Road, Quorndale UQ1 6ST.", ["warning"]],
    ["A member of the team is based at home, 4 Osprey Road.", ["warning"]],
    ["Letters went to Swyddfa Prawf, 9 Stryd y Castell, Pontithel YQ2 4NB.", ["info"]],
    ["Gwasanaeth Prawf Cymru, Tŷ Afon, 9 Stryd y Castell, Pontithel YQ2 4NB", ["info"]],
    ["He moved to Swyddfa Bost Cottage, 9 Stryd y Castell, Pontithel YQ2 4NB.", ["warning"]],
    ["Cyfeiriad / Address: 14 Stryd Fawr, Pontithel.", ["warning"]],
    ["His team was based at 17 Carver Road, where his brother lived.", ["warning"]],
    ["He scored 10 Maes Awards at college.", []],
    ["The club's address is Kiraly's Boxing Club, 3 Askwith Lane, Orrelby JV5 4PQ.", ["info"]],
    ["The firm's address on the reference is Hallworth & Sons, 9 Wharfside Road, Dunsmere JV2 4TP.", ["info"]],
    ["The club's treasurer lives at 3 Askwith Lane, Orrelby JV5 4PQ.", ["warning"]],
    ["The hostel's address is 3 Askwith Lane, Orrelby JV5 4PQ.", ["warning"]],
    ["Conferences are held at Garganey House, 9 Whinchat Street, Crossmere XU1 4RB.", ["info"]],
    ["The PDU office is at Almonry House, 4 Foundry Road, Wendlemere FZ1 2WB.", ["info"]],
    ["His office is at 4 Foundry Road, his mother's house.", ["warning"]],
    ["The children's school, Ouzelbrook Primary School, 4 Redshank Lane, Crossmere XU2 8NA.", ["info"]],
    ["The children were held at 9 Whinchat Street, Crossmere XU1 4RB.", ["warning"]],
    ["Core group meetings were held at 14 Linnet Close, Crossmere XU3 5TT, the family home.", ["warning"]],
    ["He moved to a flat opposite Ouzelbrook Primary School, 6 Redshank Lane, Crossmere XU2 8NA.", ["warning"]],
    ["The shop's address is Mrs Patel, 12 Orchard Way, Orrelby JV5 4PQ.", ["warning"]],
    ["The agency's office is at Kestrelway Recruitment, Unit 6, Thornley Wharf, Skarbury ZN2 7RS.", ["info"]],
    ["His employer's office was at 9 Mill Lane, Skarbury ZN2 7RS.", ["info"]],
    ["The Fenwright Trust's office is at 2 Orwin Lane, Quaymoor QI1 6RP.", ["info"]],
    ["His boss's office is at 9 Mill Lane, Skarbury ZN2 7RS, above his flat.", ["warning"]],
    // An office named, then its address (heldout33); not a home placed by it.
    ["The Harlby probation office, 5 Kilnhurst Street, Harlby XF2 9DJ, has no interview room.", ["info"]],
    ["Notes: the Jobcentre, 2 Market Street, Harlby XF2 9DJ, holds his claim.", ["info"]],
    ["He rents a flat opposite the police station, 6 Market Street, Harlby XF2 9DJ.", ["warning"]],
    ["He reports weekly to the Harlby probation office, 5 Kilnhurst Street, Harlby XF2 9DJ.", ["info"]],
    ["He rents a flat next door to the police station, 6 Market Street, Harlby XF2 9DJ.", ["warning"]],
    ["He lives across the road from the Jobcentre, 6 Market Street, Harlby XF2 9DJ.", ["warning"]],
    ["He lives on the same street as the probation office, 6 Market Street, Harlby XF2 9DJ.", ["warning"]],
    ["He lives with the probation officer's sister, 6 Market Street, Harlby XF2 9DJ.", ["warning"]],
    // An organisation's office named with "the", and a court where a hearing sits (heldout39, heldout40).
    ["The Veterans' Hub's office is at 4 Dray Lane, Harlby XF2 9DJ.", ["info"]],
    ["The hearing sat at the magistrates' court, Eastgate House, 6 Market Street, Harlby XF2 9DJ.", ["info"]],
    ["He rents a flat opposite the magistrates' court, 6 Market Street, Harlby XF2 9DJ.", ["warning"]],
    ["He lives opposite Harlby Crown Court, 6 Market Street, Harlby XF2 9DJ.", ["warning"]],
    ["He lived in the flat above the Family Court, 6 Market Street, Harlby XF2 9DJ.", ["warning"]],
    // An estate office with its building and town; a centre's address on its leaflets; a what3words square.
    ["The estate office, Penvose Yard, Harlby XF2 9DJ, sent the notice.", ["info"]],
    ["The centre's address, 9 Dray Walk, Harlby XF2 9DJ, is on its leaflets.", ["info"]],
    ["The police gave the yard gate as ///mostly.crumpet.tangle.", ["warning"]],
    ["The body was found at what3words mostly.crumpet.tangle.", ["warning"]],
    ["Pellow Haulage's yard is at Unit 4 Dray Park, Harlby XF2 9DJ.", ["info"]],
    [
      "He moved to a rehab centre; the centre's address, 9 Dray Walk, Harlby XF2 9DJ, was his licence address.",
      ["warning"],
    ],
    ["Supported housing: the project's address, 14 Elm Road, Harlby XF2 9DJ, is on his licence.", ["warning"]],
  ])("reads %s as %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a landlord's office, unless someone lives there", () => {
  const found = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => [text.slice(f.from, f.to), f.severity]);
  it.each([
    ["Ellerholt Homes, 40 Tannery Walk, Tarnside UY1 3HN, is the landlord.", "info"],
    ["He moved to Riverside Housing, 12 Elm Road, a shared house.", "warning"],
    ["The victim lived in Green Homes, 14 Ash Grove.", "warning"],
    ["He rang Ellerholt Homes, 40 Kings Road, Leeds, about repairs to his flat.", "info"],
    // A hostel's beds, the approved premises, a pharmacy's letterhead, the premises' address (heldout35–37, 103, 144).
    ["Ambergate House, 14 Basalt Lane, Brackenby XW3 6TN, has twenty-two beds.", "info"],
    ["Larchford House, 2 Skylark Road, Elmthorpe XH1 5RT is the AP.", "info"],
    ["Carder Pharmacy, 3 Grimsmere Road, Marrowdene, dispensed the doses.", "info"],
    ["The premises' address is 9 Teacake Lane, Marlbridge.", "info"],
    ["He lives at 14 Basalt Lane, Brackenby XW3 6TN, which has two beds.", "warning"],
  ])("%s is %s", (text, severity) => {
    expect(found(text).map(([, s]) => s)).toEqual([severity]);
  });
});

describe("pii007Address: the end of a reference is no house number (heldout81)", () => {
  const found = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each([
    ["Court case number TL/25/0744, Tollbury Crown Court.", []],
    ["He lives at 12, Tollbury Road.", ["12, Tollbury Road"]],
    // A route's stop numbered, not a house (heldout380).
    ["Stop 4, Mudgeworth Green: the van parks there. He lives at 4 Mudgeworth Green.", ["4 Mudgeworth Green"]],
  ])("in %s finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("pii007Address: a business's name before its address (heldout654–681)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Fakenham Grill, 7 Egmere Street, Aylsham: opening hours 16:00 to 01:00.", ["info"]],
    ["Speedroute Staffing, 4 Troon Road, Kilmarnock.", ["info"]],
    ["Rushen Garff Solicitors, 5 Mill Lane, Penryn.", ["info"]],
    // Someone living there keeps it a person's address.
    ["He moved to Riverside Housing, 12 Elm Road, a shared house.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a bank, a court, a PO box, an approved premises (heldout682–685)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Quaymark Bank, Stonegate Road, Bedlington QW35 1RT: branch open 09:00.", ["info"]],
    ["Harthope Mutual, Claims Department, PO Box 682, Newbiggin ZQ38 1AA.", ["info"]],
    ["Stakeford House approved premises, 12 Bywell Road, Bedlington ZQ31 2HN.", ["info"]],
    ["Seghill House, 22 Front Street, Bedlington QW34 7LD: approved premises, 14 beds.", ["info"]],
    // A room in the premises is a home, and so is wherever someone is living.
    ["Room 6, Seghill House approved premises, 22 Front Street, Bedlington QW34 7LD.", ["warning"]],
    ["She was living at The Old Chapel, Ffordd Pant, Hobbleford ZX5 4RN.", ["warning"]],
    ["Romaldkirk Community Mentors, 5 Wrekenton Row, Spennymoor DJ55 1AB.", ["info"]],
    ["Your employer's HR team is at Unit 9, Falstone Trading Estate, Stocksfield CJ77 2HB.", ["info"]],
    ["Drug service: Firefly Recovery, 3 Piddlehinton Street, Yeovil BJ22 8HS.", ["info"]],
    ["Pegswood Probation Office, 3 Station Road, Pegswood CQ21 4BT, is open until 17:00.", ["info"]],
    ["Croston Logistics, Unit 9, Catforth Business Park, Samlesbury BV23 5XD", ["info"]],
    ["Botwnnog Recovery Hub, 14 Harbour Street, Pwllheli BK80 1DW.", ["info"]],
    ["Wiveliscombe House, 40 Sherborne Road, Yeovil BJ21 3QP (approved premises office).", ["info"]],
    // A time's minutes before a street are no house number.
    ["Street count 02:00, Minsterley Park bandstand: two bedded down.", []],
    ["Room booking: MAPPA room 3, Penistone Road Police Station.", []],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a club, a credit union, a named building with its office line (heldout710–713)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Copperline Boxing Club, Unit 4, Lemington Road, Cullercoats DW42 8TT, is a registered charity.", ["info"]],
    ["Ellenborough Credit Union, 2 Camerton Street, Camerton BZ81 6HD, tel 0191 496 0932.", ["info"]],
    ["Netherhall Lodge, 40 Greysouthen Road, Camerton BZ84 1EX; office 0191 496 0931.", ["info"]],
    ["Netherhall House, 4 Camerton Street, Seascale BJ71 2HQ: office 0191 496 0840.", ["info"]],
    ["Drummuir House, 2 Hartside Terrace, Lazonby DX63 2AA. Office 0191 496 0980.", ["info"]],
    ["Mosswell Ltd, 40 Quayside Chambers, Lazonby DX61 8TT, is the app provider.", ["info"]],
    ["Coxhoe probation office, 3 Cassop Street, Coxhoe CV51 9PP, is open Monday to Friday.", ["info"]],
    ["Defendant represented by Bothal Law LLP, 2 Market Street, Hauxley DZ78 1AA.", ["info"]],
    ["The coroner's office is at 1 Castle Square, Hauxley DZ79 3RR.", ["info"]],
    ["Westport House, Cornsay Road, Garrigill CX22 9QA (council offices).", ["info"]],
    ["Freshfare Supermarket, Coniston Street, Rampside BJ41 2QA: store open 07:00 to 22:00.", ["info"]],
    ["Placement address: Parkgate Community Garden, Elworth Lane, Rudheath CW31 4EB.", ["info"]],
    ["Shibden Road Masjid, 4 Shibden Road, Shibden BZ31 5QT, is a registered charity.", ["info"]],
    ["Sessions run in Room 2, Faldingworth Probation Office, 8 Station Road, Faldingworth CK20 1AA.", ["info"]],
    // A room in a block of flats is someone's home.
    ["He wrote to him at Room 11, Alder Court, 5 Mill Brow, Juxley JX2 4RP.", ["warning"]],
    ["Unthank Grange Care Home, Croglin Road, Croglin CJ81 4RT. Office 0191 496 1280.", ["info"]],
    // A named house without an office line is a home; so is one someone lives in.
    ["Netherhall House, 4 Camerton Street, Seascale BJ71 2HQ.", ["warning"]],
    ["He lives at Ivy Lodge, 40 Greysouthen Road, Camerton BZ84 1EX; tel 0191 496 0931.", ["warning"]],
    // A business park's or a public building's address (heldout746–749); a home near one stays a home.
    ["Ridgeway Event Security, Unit 4, Longmynd Business Park, CL93 4FR.", ["info"]],
    ["The centre is in Suite 3, Wolverton Health Park, CL91 1AA.", ["info"]],
    ["The IDVA service moved to Floor 2, Leedstown Civic Centre, CU40 1AA.", ["info"]],
    ["Petition sheet 2 of 3 was returned to the Town Hall, DV88 2FS.", ["info"]],
    ["He lives at 5 Park Road, Leedstown CU40 2AB, near the Civic Centre.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a letterhead's postcode after its town or its street and town (heldout762–765)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Postling Suite, Densole Street Sexual Assault Referral Centre, Elham CT22 4JD", ["info"]],
    ["Acrise Guarding Ltd, Elham CT20 1AA", ["info"]],
    ["Softley Primary School, Church Lane, Softley DL35 6PS.", ["info"]],
    // A home near a body or a school stays a home.
    ["His flat above the Hope Centre, Elham CT22 4JD, is damp.", ["warning"]],
    ["He lives opposite Ouzelbrook Primary School, Church Lane, Softley DL35 6PS.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a campus's address, its reception named after it (heldout779)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Glenluce Campus, Kirkgunzeon Road, Dumfries DG22 9QP (main reception).", ["info"]],
    ["He lives at 4 Kirkgunzeon Road, Dumfries DG22 9QP.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a police station's, a centre's and a car wash's addresses (heldout782–784)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Statement taken at Okehampton police station, Kempley Road EX20 8PD.", ["info"]],
    ["Women's centre address: 9 Uphall Road, Livingston EH42 1EY.", ["info"]],
    ["Rota book, Blakedown Hand Car Wash, Worcester Road, Kidderminster DY33 4AU: week commencing 3 March.", ["info"]],
    ["He lives at 4 Kempley Road EX20 8PD.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a church hall's, a nail bar's, a youth project's and a depot's addresses (heldout787–789)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["St Drostan's Church Hall, 6 Liff Road, Lochee, Dundee DD37 5QS", ["info"]],
    ["Appointment book, Talon Nail Bar, 14 Newland Street, Witham CM81 2AB, week beginning 2 June.", ["info"]],
    ["Nounsley Youth Project, 3 Rivenhall Road, Witham CM88 5HN: session notes.", ["info"]],
    ["Van logbook, depot CV25 8HX", ["info"]],
    ["Office: Myland House, 1 Station Road, Clacton CO75 1LS.", ["info"]],
    ["06/03/2025 office visit at Edington House, Meare DH98 4PA, with the SI.", ["info"]],
    // A pitch at a caravan park is someone's home.
    ["Police summary: the SI, of Pitch 22, Sedgefen Caravan Park, Fenlode, Ulverholt ZS3 8LW.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a courtroom's number is no house's (heldout795)", () => {
  const spans = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each<[string, string[]]>([
    ["Court 1, Lewes Crown Court, High Street, Lewes.", []],
    ["Listed in court 3, Hove Trial Centre.", []],
    ["He lives at Flat 2, 4 Court Road.", ["Flat 2, 4 Court Road"]],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii007Address: a site office's, a warehouse's, a grower's address; a committee room (heldout799–801)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Site office: Severnmere Park, Epney Lane, Slimbridge GL62 7LA, 0191 496 3530.", ["info"]],
    ["HR contact: 0191 496 3554; warehouse: Unit 7, Northway Park, Tewkesbury HD35 1RN.", ["info"]],
    ["Hollesley Brassica Growers, Low Road, Saxthorpe NR44 7LA; 0191 496 3581.", ["info"]],
    ["Meeting held in Committee Room 2, Tewkesbury Road, Tewkesbury.", []],
    // A room let in a shared house is someone's home.
    ["He rents Room 4, Kent Road, Leeds.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a medical practice's address; an address said not to be a home (heldout802, heldout805)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["GP LETTER - Drumnadrochit Medical Practice, 3 Pier Road, Broadford CA36 9DF.", ["info"]],
    ["Wormshill House, 7 Station Road, Headcorn ME45 2PX (approved premises, not a home address).", ["info"]],
    ["Wormshill House, 7 Station Road, Headcorn ME45 2PX is his home address.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a women's aid office in a community centre; a firm's invoice (heldout809)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Treleaver Women's Aid, Room 3, Crafthole Community Centre, Millbrook OL82 5HS.", ["info"]],
    ["Trematon Locks, 2 Landrake Street, Millbrook OL80 1AB, 0191 496 3826, VAT registration 809 4411 27.", ["info"]],
    ["He moved to 2 Landrake Street, Millbrook OL80 1AB in May.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: an outreach team's and a mediation service's footers; a room in children's services (heldout810–812)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["E-mail footer: Badcall Street Outreach, Unit 4, Embo Yard, Kildary LE98 2WE.", ["info"]],
    ["Cyfryngu Cwmwd Mediation, Unit 2, Ffynnon Yard, Llanerchwen LL57 3CD.", ["info"]],
    ["Strategy meeting, Room 4, Children's Services, Mochdre House, Pontrobert LN33 1HW.", ["info"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: an approved premises' curfew after its address; a circuit office (heldout815–816)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Carnbroe House, 40 Beattock Road, Carluke ML28 3QT, curfew 23:00 to 07:00, office 0191 496 4002.", ["info"]],
    ["Pelsall Methodist circuit office, 3 Market Street, Pelsall NE93 6JP, holds the volunteer files.", ["info"]],
    ["The approved premises were at 31 Dimmerby Road, Ollerwick EJ11 7SG.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a signer's office in a one-line signature; an allotments project (heldout799, heldout821)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Regards, Guilhem | Housing Officer | Fretherne House, Berkeley GL63 4RB | 0191 496 3521", ["info"]],
    ["Unpaid work attendance sheet, Somersham allotments project, PE93 8NB: Saturday.", ["info"]],
    ["Regards, Guilhem | Fretherne House, Berkeley GL63 4RB", ["warning"]],
    // heldout931: a name and a post in title case before the address, as a letter's footer gives them
    ["Borbora Pjech, Probation Practitioner, 2 Harlington Court, Leagrave LU9 1PB, 0191 496 7471.", ["info"]],
    ["He lives with Anna Smith, Care Manager, 4 Low Road, Leeds LS1 2AB.", ["warning"]],
    // heldout934–935: a club's postcode, said to be its; an appointment at the office
    ["The club office is on 0191 496 7570 and its postcode is AL9 5GC.", ["info"]],
    ["Police log: call at 10:38 from the golf club, AL9 5GC, reporting a man near children.", ["info"]],
    ["Text to SI: Your appointment is at the office at 2 Craylands Court.", ["info"]],
    ["Address proposed: Caravan 14, Marrowbrook Caravan Park, Stallingfold GF31 4NB.", ["warning"]],
    // heldout939–943: a workplace's name, then its address
    ["SI works at Hatherden Nails, 4 Hatherden Parade, Ashdyke SM9 1NB, on the front desk.", ["info"]],
    ["Work placement: Downe Community Garden, Church Path BR9 6QD.", ["info"]],
    ["He works at home, 4 Low Road, Leeds LS1 2AB.", ["warning"]],
    ["The probation office at 5 Harbour Street, Spraymouth TQ9 1PQ has a women-only waiting room.", ["info"]],
    // heldout954–957
    ["Coldbrook Glassworks, Furnace Row, Stourleigh DY8 3GW; reception 0191 496 8181.", ["info"]],
    ["Stourleigh police station (DY8 2LR) holds the public protection unit.", ["info"]],
    ["He works as a cycle courier for Swiftbox Deliveries, Unit 3, Marsh Yard, London E9 2RT.", ["info"]],
    ["The Brindleby Tap, 40 Fore Street, Brindleby N9 2LB, has CCTV over the door.", ["info"]],
    ["Maida Community Transport, 40 Shirland Road, W9 7EX.", ["info"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a fuel station's and a chandlery's letterheads (heldout822, heldout825)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Nidderdale Fuels, Knaresborough Road, Boroughbridge HG43 9JB | Pump 4 | 21/06/2025", ["info"]],
    ["Paull Chandlery, Holmpton Street, HU93 8NB, tel 0191 496 4311.", ["info"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a manager's office and a farm office's letterhead (heldout826, heldout829)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["The duty manager's office is at 2 Wanstead Road, Hainault IG62 5QT.", ["info"]],
    ["Farm office: Docker Hall Farm, Lambrigg, LA71 5QT.", ["info"]],
    ["Her office is at 2 Wanstead Road, Hainault IG62 5QT.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a theatre's get-in, an AP office's label before its number, a bingo hall's letterhead (heldout831–832)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Stage door: 0191 496 4511; get-in via Dock Lane, Cleveleys FY31 4HT.", ["info"]],
    ["AP office: 0191 496 4510; Rossall House, 3 Beach Road, Cleveleys FY33 6QL.", ["info"]],
    ["Licensing visit, Housey Palace Bingo, Twizell Road, DL52 4RT: officer present.", ["info"]],
    ["Her mobile: 0191 496 4510; 3 Beach Road, Cleveleys FY33 6QL.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a printer's imprint, a council's civic offices, a room in an annexe (heldout835, heldout837)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["The leaflet is printed by Lytchett Print, BH57 3NW.", ["info"]],
    ["The council's office is at Civic Offices, Wimborne BH51 6RT.", ["info"]],
    ["The polygraph suite is Room 4, Brathay Street Annex, Barnoldswick BR61 2QP.", ["info"]],
    ["He lives at Room 4, Brathay Street Annex, Barnoldswick BR61 2QP.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a line opening with an office or a reception, a gold exchange, a crematorium, a lets office (heldout839–841)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Victim liaison office, Shavington Road, Goostrey CW62 5HD.", ["info"]],
    ["Gullrock Holiday Park reception: 0191 496 4751, Gullrock Lane, Mortehoe EX70 1AA.", ["info"]],
    ["Coastnest Lets office, 2 Capstone Row, Ilfracombe EX72 9HL.", ["info"]],
    ["Launcells Gold Exchange, 22 Fore Street, Stratton HX23 5NL.", ["info"]],
    ["Bolventor Crematorium office, Crematorium Lane, Stratton HX22 8QT.", ["info"]],
    ["His office, 4 Elm Road, Stratton HX22 8QT.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a shop said to be at an address, an interview room, a showground, a market hall, debt advice (heldout843, heldout845)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["The Llanwrda shop is at 3 Bridge Street, Llanwrda WN69 3LA.", ["info"]],
    ["Supervision took place in Interview Room 2 at Glanmire probation office, DN42 5NL.", ["info"]],
    ["Rathcormac Showground, Field B, DN40 3AA; gates open 06:30.", ["info"]],
    ["Paimpol Market Hall, Market Place, Glanmire DN41 8QT.", ["info"]],
    ["Dromahane Debt Advice, 2 Kanturk Street, Glanmire DN43 1RS.", ["info"]],
    ["He lives in Room 2 at 4 Kanturk Street, Glanmire DN43 1RS.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a named building's address before its clinic line, a farrier's and a vets' letterheads (heldout847–848)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each([
    ["Cesis House, 4 Valmiera Road, Sigulda TN91 8QT; clinic line 0191 496 4957.", ["info"]],
    ["Puumala Farriery, Forge Cottage, Pershore WR73 6TB; bookings 0191 496 4983.", ["info"]],
    ["Wichenford Equine Vets, 2 Pinvin Road, Pershore WR71 8QT; 24-hour line 0191 496 4982.", ["info"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a sum's pence before a street is no house number (heldout855)", () => {
  const spans = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => text.slice(f.from, f.to));
  it.each<[string, string[]]>([
    ["Bank statement extract: 21/06/2025 cash withdrawal 200.00, Utena Road ATM.", []],
    ["He paid 40.50 at 12 Utena Road, Telsiai CB93 1RS.", ["12 Utena Road, Telsiai CB93 1RS"]],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("pii007Address: a duty line, then the building's address (heldout860)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each<[string, string[]]>([
    ["Duty line 0191 496 5351; Urretxu House, 2 Ordizia Street, Eibar MK52 8AA.", ["info"]],
    ["His mobile 07700 900351; 2 Ordizia Street, Eibar MK52 8AA.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a business's premises by their trade, a register's letterhead with dashes (heldout862)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each<[string, string[]]>([
    ["Exhibit MK/2: CCTV from the bakery at 10 Lendava Street.", ["info"]],
    ["Samples go to the testing laboratory at 4 Ziri Road, Ukmerge OX93 5HW.", ["info"]],
    ["He lives above the shop at 4 Ziri Road, Ukmerge OX93 5HW.", ["warning"]],
    ["SITE INDUCTION REGISTER - Savinja Scaffolding Ltd - 12-16 Lendava Street, Ukmerge OX91 4NB", ["info"]],
    ["SITE INDUCTION REGISTER - Lovro Kranjec - 12 Lendava Street, Ukmerge OX91 4NB", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: an office's line and mailbox before its address, a team's duty line, where someone reports (heldout866, heldout868)", () => {
  const severities = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => f.severity);
  it.each<[string, string[]]>([
    ["Market office: 0191 496 5531, auctions@example.org, Loctudy Quay, Audierne TR31 2HX.", ["info"]],
    ["Probation duty line: 0191 496 5530, Lesconil House, Audierne TR33 5NA.", ["info"]],
    ["Reporting: fortnightly at Scuol House, Disentis CA60 4AA; duty line 0191 496 5600.", ["info"]],
    ["His mobile: 07700 900123, 4 Ziri Road, Audierne TR33 5NA.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii007Address: a firm's care, a place's benefit centre and food bank, a unit opening a line, a restaurant, a rota's week (heldout870–873)", () => {
  const spans = (text: string) =>
    runBlockRule(pii007Address, text, "review.background", context).map((f) => [text.slice(f.from, f.to), f.severity]);
  it.each<[string, string[][]]>([
    ["Signed for Lannion Tree Care, Gharb Street, Pontivy KT71 2GH: A. Bonnici, director.", [["KT71 2GH", "info"]]],
    ["Decision maker: Nuoro benefit centre, Laconi Street, RH92 5DW.", [["RH92 5DW", "info"]]],
    [
      "Sorgono food bank, 2 Bosa Road, Nuoro RH93 8NP, Tuesdays and Thursdays.",
      [["2 Bosa Road, Nuoro RH93 8NP", "info"]],
    ],
    ["Victim contact unit, Dorgali House, Nuoro RH95 1AA.", [["RH95 1AA", "info"]]],
    ["His unit, Dorgali House, Nuoro RH95 1AA.", [["RH95 1AA", "warning"]]],
    [
      "Collection at Bezzola's Pizzeria, 8 Chocebuz Road, Budysin SG92 5RT.",
      [["8 Chocebuz Road, Budysin SG92 5RT", "info"]],
    ],
    ["Rota week 45, Pontivy Foods Morlaix Road, front door 07:00-15:00.", []],
    ["Penalty charge notice issued 11:03 at exit 2, Car Park C.", []],
    [
      "Training centre address for reviews: 40 Lifuka Road, Nukualofa TA93 1HQ.",
      [["40 Lifuka Road, Nukualofa TA93 1HQ", "info"]],
    ],
    [
      "The victim contact unit is at Hammershaimb House, 2 Levuka Street, Lautoka EN73 9HB.",
      [["2 Levuka Street, Lautoka EN73 9HB", "info"]],
    ],
    [
      "Night log, Turndown Inn, 3 Gunheath Road, Trethurgy IG91 4HB: night porter on duty.",
      [["3 Gunheath Road, Trethurgy IG91 4HB", "info"]],
    ],
    // heldout874–877
    [
      "Chiaramonti's Launderette, 9 Cambule Street, Ploaghe AL61 4HB, opens at 07:30 on weekdays.",
      [["9 Cambule Street, Ploaghe AL61 4HB", "info"]],
    ],
    ["Scaffold hire from Tregastel Plant, depot at Cresting Way, Rostrenen HP93 8EW.", [["HP93 8EW", "info"]]],
    ["RJ hub, Skarsterlan House, Feanwalden GU48 1TN.", [["GU48 1TN", "info"]]],
    [
      "Dottle & Burin tattoo studio, 41 Zestaponi Road, Karasjok BN91 3AB.",
      [["41 Zestaponi Road, Karasjok BN91 3AB", "info"]],
    ],
    ["Jon Smith, 41 Zestaponi Road, Karasjok BN91 3AB.", [["41 Zestaponi Road, Karasjok BN91 3AB", "warning"]]],
    // heldout894–897: a meeting's room, a parish office
    ["Room: Vangaindrano Room, Ankazobe House, Moramanga CV91 3AA.", [["CV91 3AA", "info"]]],
    [
      "Notes kept in the safeguarding cabinet, parish office, Tsiafahy Hall, Moramanga CV92 8QT.",
      [["CV92 8QT", "info"]],
    ],
    ["Notes kept at his flat, Tsiafahy Hall, Moramanga CV92 8QT.", [["CV92 8QT", "warning"]]],
    // heldout898–901: a radio channel's number; a firm's name with an ampersand; an address after a reception's line
    ["CAB RADIO LOG - Channel 2, Glazeley Road depot control, Tuesday 04/03", []],
    ["Business on the register: Melverley Plumbing & Heating, Shrewsbury SY91 4AB.", [["SY91 4AB", "info"]]],
    ["Soanierana Farm Park, Gate Lodge, Ambovombe LD97 6HW. Office: 0191 496 6650.", [["LD97 6HW", "info"]]],
    ["Station Yard, Carrog CW95 1BW is the Trust's registered address.", [["CW95 1BW", "info"]]],
    ["Approved premises: Knowle House, Station Road, Knowle B93 0PE.", [["B93 0PE", "info"]]],
    ["Booking sheet footer: Treales Woods Paintball, Mill Lane, Freckleton FY97 1AA.", [["FY97 1AA", "info"]]],
    ["Victim Contact Scheme, Worsley Road, BL95 1AA.", [["BL95 1AA", "info"]]],
    [
      "The practice is at 12 Whitefield Parade, Whitefield BL94 2QT.",
      [["12 Whitefield Parade, Whitefield BL94 2QT", "info"]],
    ],
    ["Reception for Maesbrook House: 0191 496 6550, Maesbrook House, Shrewsbury SY91 4AB.", [["SY91 4AB", "info"]]],
    // heldout966, heldout969, heldout973: a care home said to be one, a firm's unit, a station and a registry labelled as such
    [
      "Larkrise House, 2 Mill Brow, Fernley BB97 7QA, is a private care home with 40 beds.",
      [["2 Mill Brow, Fernley BB97 7QA", "info"]],
    ],
    [
      "He drives for Tobin Cars, Unit 7, Mill Road, Tobinfield WF97 5QR.",
      [["Unit 7, Mill Road, Tobinfield WF97 5QR", "info"]],
    ],
    ["He lives at Unit 7, Mill Road, Tobinfield WF97 5QR.", [["Unit 7, Mill Road, Tobinfield WF97 5QR", "warning"]]],
    ["Police station: Tobinfield WF97 1PY.", [["WF97 1PY", "info"]]],
    ["College registry: 0191 496 0740, Registry Building, Tobinfield YO97 1HX.", [["YO97 1HX", "info"]]],
    ["Police front desk: 0191 496 0742, Tobinfield YO97 5NE.", [["YO97 5NE", "info"]]],
    // heldout974–977: a provider's office, a hall, a town hall and a duty line's address
    [
      "The tag provider's regional office is at 9 Station Road, Glynmor CF97 8QS.",
      [["9 Station Road, Glynmor CF97 8QS", "info"]],
    ],
    ["Duty desk: 0191 496 0807, Town Hall, Hepworth HD97 4DS.", [["HD97 4DS", "info"]]],
    [
      "Probation duty can be reached on 0191 496 0860 at 2 Mill Road, Lebworth SN97 7LB.",
      [["2 Mill Road, Lebworth SN97 7LB", "info"]],
    ],
    ["The group meets in the church hall, Church Lane, Lebworth SN97 1HX.", [["SN97 1HX", "info"]]],
    [
      "He lives next to the church hall, 4 Church Lane, Lebworth SN97 1HX.",
      [["4 Church Lane, Lebworth SN97 1HX", "warning"]],
    ],
    ["The church hall is at Church Walk, Kalnaburgh WR97 1AB.", [["WR97 1AB", "info"]]],
    ["Kalna Auction Mart, Mart Road, Kalna LD97 1MM holds sales on Thursdays.", [["LD97 1MM", "info"]]],
    ['Text to SI: "Please come at 4pm. Office is 4 Garth Road."', [["4 Garth Road", "info"]]],
    ["The hotel is at Links Road, Kalna KA97 1QE.", [["KA97 1QE", "info"]]],
  ])("in %s finds %j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
