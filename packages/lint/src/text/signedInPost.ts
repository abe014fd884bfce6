// "Regards, Rocio | Neighbourhood Officer | 0191 …", "Yours sincerely, E. Dow, Victim Liaison Officer, 0191 …": a
// signature on one line (to its sentence's end) that gives the signer's post gives the post's work line, as a staff
// directory does.
const SIGNED_IN_POST_BEFORE =
  /(?:^|[.;]\s+)(?:Signed|[Kk]ind\s+regards|[Bb]est\s+regards|Regards|[Bb]est\s+wishes|[Mm]any\s+thanks|Yours\s+(?:sincerely|faithfully))[:,]?\s+(?:[^.\n;]|(?<=\b\p{Lu})\.|\.(?=\S))*?\b(?:Officer|Manager|[Ww]orker|Coordinator|Co-ordinator|Practitioner|Lead|Nurse|Adviser|Advisor|Tutor|Teacher|Administrator|Director|Supervisor|Assistant|Caseworker|Keyworker|Navigator|Mentor|Inspector|Representative|Coach|COM|POM|PSO|SPO)\b(?:[^.\n;]|(?<=\b\p{Lu})\.|\.(?=\S))*$/u;

// "Borbora Pjech, Probation Practitioner, 2 Harlington Court, …", "chair: Tjark Hettema, Senior Probation Officer, 2 …":
// a name and a post in title case, then the address and line: the post's own, as a letter's footer gives them.
const NAME_THEN_POST_BEFORE =
  /(?:^|[.;:]\s+)(?:\p{Lu}\.\s*|\p{Lu}\p{Ll}+\s+)(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Officer|Manager|Practitioner|Coordinator|Co-ordinator|Caseworker|Keyworker|Navigator|Administrator|Supervisor)\s*,\s*(?:[^.\n;]|(?<=\b\p{Lu})\.|\.(?=\S))*$/u;

/** Whether the text before a number or an address ends inside a one-line signature that gives the signer's post. */
export const signedInPostBefore = (before: string): boolean =>
  SIGNED_IN_POST_BEFORE.test(before) || NAME_THEN_POST_BEFORE.test(before);
