import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";

/** How long "saved" waits after the last acknowledgement, so that steady typing does not flip the status twice a keystroke. */
const SETTLE_MS = 600;

/**
 * Whether the provider holds changes the server has not acknowledged. It turns true at once and
 * false only once every change has been acknowledged and no new one came for a moment: it never
 * claims a change is saved before it is, and it re-renders only its own component, not the editor.
 */
export function useUnsaved(provider: HocuspocusProvider): boolean {
  const [unsaved, setUnsaved] = useState(() => provider.unsyncedChanges > 0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = ({ number }: { number: number }) => {
      clearTimeout(timer);
      if (number > 0) setUnsaved(true);
      else timer = setTimeout(() => setUnsaved(provider.unsyncedChanges > 0), SETTLE_MS);
    };
    provider.on("unsyncedChanges", onChange);
    setUnsaved(provider.unsyncedChanges > 0);
    return () => {
      clearTimeout(timer);
      provider.off("unsyncedChanges", onChange);
    };
  }, [provider]);
  return unsaved;
}
