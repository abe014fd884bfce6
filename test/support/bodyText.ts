import { BODY_FIELD } from "@sfo-review/schema";
import * as Y from "yjs";

/** The Y.XmlText of the first paragraph inside the first element named `sectionName`. */
export function sectionParagraphText(doc: Y.Doc, sectionName: string): Y.XmlText {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  for (const node of fragment.createTreeWalker((n) => n instanceof Y.XmlElement && n.nodeName === sectionName)) {
    const paragraph = (node as Y.XmlElement).get(0);
    if (paragraph instanceof Y.XmlElement) {
      const existing = paragraph.get(0);
      if (existing instanceof Y.XmlText) return existing;
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      return text;
    }
  }
  throw new Error(`no paragraph in section ${sectionName}`);
}

/** All text of the first paragraph of a section, however many Y.XmlText pieces it holds. */
export function sectionText(doc: Y.Doc, sectionName: string): string {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  for (const node of fragment.createTreeWalker((n) => n instanceof Y.XmlElement && n.nodeName === sectionName)) {
    const paragraph = (node as Y.XmlElement).get(0);
    if (paragraph instanceof Y.XmlElement) {
      return paragraph
        .toArray()
        .map((child) => (child instanceof Y.XmlText ? child.toString() : ""))
        .join("");
    }
  }
  throw new Error(`no paragraph in section ${sectionName}`);
}
