import type { Role } from "@sfo-review/schema";

/** What the server knows about a connection once its token is accepted. */
export interface ConnectionContext {
  user: { id: string; name: string };
  role: Role;
}
