import { staffRoles } from "@sfo-review/schema";
import type { Node as PmNode } from "@tiptap/pm/model";

const staff = new Set<string>(staffRoles);

/**
 * Identifiers of the staff in a document's register, in register order, without duplicates.
 * Owners and signatories are staff roles (002_c93561fd931adb89.txt, "Owner"), never victims.
 */
export function registerIdentifiers(doc: PmNode): string[] {
  const identifiers: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === "person") {
      const identifier = String(node.attrs.identifier ?? "");
      if (identifier && staff.has(String(node.attrs.role)) && !identifiers.includes(identifier)) {
        identifiers.push(identifier);
      }
      return false;
    }
    return true;
  });
  return identifiers;
}
