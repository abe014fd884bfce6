import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect } from "react";
import type { AwarenessUser } from "./awarenessUser.schema.js";

/**
 * Publishes `user` in the provider's awareness, where the other users' presence lists and caret
 * labels read it. An effect, once per connection and user: the editor is created during a render,
 * and an awareness change from there would update the presence list from inside that render.
 */
export function usePublishedUser(provider: HocuspocusProvider | undefined, user: AwarenessUser): void {
  useEffect(() => {
    provider?.awareness?.setLocalStateField("user", user);
  }, [provider, user]);
}
