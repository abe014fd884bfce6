import { z } from "zod";

/** Per-document roles carried in a token (DOMAIN.md §3.3, simplified to what the server enforces). */
export const roles = ["editor", "countersigner", "inspector", "viewer"] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

/** What a role may do. The server enforces these; the editor only mirrors them. */
export const capabilities = ["read", "comment", "editBody", "countersign"] as const;
export type Capability = (typeof capabilities)[number];

/**
 * The one role → capability table. Countersigners write the sign-off parts of the
 * document, so their connection is writable; inspectors leave QA comments only and
 * viewers read only (DOMAIN.md §3.3: "inspectors leave inline QA comments").
 */
export const roleCapabilities: Readonly<Record<Role, readonly Capability[]>> = {
  editor: ["read", "comment", "editBody"],
  countersigner: ["read", "comment", "editBody", "countersign"],
  inspector: ["read", "comment"],
  viewer: ["read"],
};

/** Human labels for the UI. */
export const roleLabels: Readonly<Record<Role, string>> = {
  editor: "Editor",
  countersigner: "Countersigning manager",
  inspector: "Inspector (comments only)",
  viewer: "Viewer (read only)",
};

export function roleCan(role: Role, capability: Capability): boolean {
  return roleCapabilities[role].includes(capability);
}

/** Whether the server should accept document updates from this role. */
export function roleMayWriteDocument(role: Role): boolean {
  return roleCan(role, "editBody");
}
