import { type AttributedNodeName, isoDateSchema, nodeAttrSchemas } from "@sfo-review/schema";
import type { z } from "zod";

/** How the editor shows one attribute of a structured record. */
export type AtomField =
  | { key: string; label: string; kind: "text" | "longText" | "date" | "number" | "boolean" | "textList" }
  | { key: string; label: string; kind: "enum"; options: readonly string[]; nullable: boolean }
  | { key: string; label: string; kind: "enumList"; options: readonly string[] }
  | { key: string; label: string; kind: "identifier" | "identifierList" }
  | { key: string; label: string; kind: "fixed" };

interface ZodDefLike {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; maximum?: number; format?: string; pattern?: RegExp } } }[];
}

const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;

/** Attributes that name a person by their register identifier. */
const identifierRefs = new Set(["signedBy", "reviewingManager", "countersigningManager"]);
const hiddenKeys = new Set(["id"]);

const acronyms: Record<string, string> = { sfo: "SFO", pdu: "PDU", qa: "QA", id: "ID" };

/** `sfoReference` → "SFO reference". */
export function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(" ");
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (acronyms[lower]) return acronyms[lower];
      return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(" ");
}

function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (;;) {
    const d = def(inner);
    if ((d.type === "default" || d.type === "optional" || d.type === "nullable") && d.innerType) {
      if (d.type === "nullable") nullable = true;
      inner = d.innerType;
    } else return { inner, nullable };
  }
}

function maxLength(schema: z.ZodType): number {
  return def(schema).checks?.find((check) => check._zod.def.check === "max_length")?._zod.def.maximum ?? 0;
}

/**
 * The form fields of a structured record (an atom node), read from its zod attribute
 * schema, so that a new attribute in the schema appears in the editor without new code.
 */
export function describeAtomFields(nodeName: string): AtomField[] {
  const schema = nodeAttrSchemas[nodeName as AttributedNodeName] as z.ZodType | undefined;
  if (!schema) return [];
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  return Object.entries(shape)
    .filter(([key]) => !hiddenKeys.has(key))
    .map(([key, fieldSchema]): AtomField => {
      const label = humanise(key);
      const { inner, nullable } = unwrap(fieldSchema);
      const d = def(inner);
      if (key === "owners") return { key, label, kind: "identifierList" };
      if (identifierRefs.has(key) || (key === "identifier" && nodeName !== "person")) {
        return { key, label, kind: "identifier" };
      }
      switch (d.type) {
        case "enum":
          return { key, label, kind: "enum", options: Object.values(d.entries ?? {}), nullable };
        case "literal":
          return { key, label, kind: "fixed" };
        case "boolean":
          return { key, label, kind: "boolean" };
        case "number":
          return { key, label, kind: "number" };
        case "array": {
          const element = d.element ? def(unwrap(d.element).inner) : undefined;
          if (element?.type === "enum") {
            return { key, label, kind: "enumList", options: Object.values(element.entries ?? {}) };
          }
          return { key, label, kind: "textList" };
        }
        case "union":
        case "string":
          if (inner === (isoDateSchema as z.ZodType)) return { key, label, kind: "date" };
          return { key, label, kind: maxLength(inner) > 300 ? "longText" : "text" };
        default:
          return { key, label, kind: "fixed" };
      }
    });
}
