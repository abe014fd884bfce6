import type { HocuspocusProvider } from "@hocuspocus/provider";
import { roleLabels } from "@sfo-review/schema";
import { useEffect, useState } from "react";
import { type AwarenessUser, awarenessUserSchema } from "./awarenessUser.schema.js";

type PresentUser = AwarenessUser & { clientId: number };

function readUsers(provider: HocuspocusProvider): PresentUser[] {
  const users: PresentUser[] = [];
  for (const [clientId, state] of provider.awareness?.getStates() ?? []) {
    const parsed = awarenessUserSchema.safeParse((state as { user?: unknown }).user);
    if (parsed.success) users.push({ ...parsed.data, clientId });
  }
  return users;
}

function sameUsers(shown: PresentUser[], next: PresentUser[]): PresentUser[] {
  const key = (users: PresentUser[]) => JSON.stringify(users.map((u) => [u.clientId, u.name, u.role, u.color]));
  return key(shown) === key(next) ? shown : next;
}

/** Who is in the review now, with their role. */
export function PresenceList({ provider }: { provider: HocuspocusProvider }) {
  const [users, setUsers] = useState<PresentUser[]>(() => readUsers(provider));
  useEffect(() => {
    // Awareness changes with every caret move; the list only when someone joins, leaves or is renamed.
    const update = () => setUsers((shown) => sameUsers(shown, readUsers(provider)));
    provider.awareness?.on("change", update);
    update();
    return () => provider.awareness?.off("change", update);
  }, [provider]);
  return (
    <ul className="sfo-presence" aria-label="People in this review">
      {users.map((user) => (
        <li key={user.clientId} className="sfo-presence__user" style={{ borderColor: user.color }}>
          <span className="sfo-presence__dot" style={{ backgroundColor: user.color }} aria-hidden="true" />
          {user.name} <span className="sfo-presence__role">({roleLabels[user.role]})</span>
        </li>
      ))}
    </ul>
  );
}
