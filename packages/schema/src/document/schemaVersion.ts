/**
 * Version of the node list. Raise it whenever a node or attribute is added, renamed
 * or removed: a client built against an older version would otherwise let
 * y-prosemirror delete the nodes it does not know (DOMAIN.md §7; ROADMAP.md).
 */
/*
 * History: 1 = review only. 2 = `doc` holds one of six document kinds; case record and people
 * register; front matter, interviewees, records examined, local guidance; good practice table;
 * action plan update, QA feedback, QA checklist, redaction log, response plan; new attributes
 * analysisEntry.dateEnd, glossaryEntry.category, learningRow.findingId.
 */
export const SCHEMA_VERSION = 2;

/** Name of the Y.Map that carries document metadata beside the body fragment. */
export const META_MAP_NAME = "meta";

/** Name of the Y.XmlFragment that holds the ProseMirror body (Tiptap's default field). */
export const BODY_FIELD = "default";
