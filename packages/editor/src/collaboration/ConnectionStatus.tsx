import type { ReviewConnection } from "./useReviewConnection.js";
import { useUnsaved } from "./useUnsaved.js";

function describe(connection: ReviewConnection, readOnly: boolean, unsaved: boolean): { text: string; tone: string } {
  if (connection.refusal) return { text: `Access refused: ${connection.refusal.split(":")[0]}`, tone: "error" };
  if (connection.connection === "disconnected") {
    return {
      text: unsaved ? "Offline: changes not yet saved" : "Offline: reconnecting",
      tone: "warning",
    };
  }
  if (!connection.synced) return { text: "Connecting…", tone: "info" };
  if (readOnly) return { text: "Read only", tone: "info" };
  return unsaved ? { text: "Saving…", tone: "info" } : { text: "All changes saved", tone: "ok" };
}

/** Connection and saved state, announced politely to screen readers. */
export function ConnectionStatus({ connection, readOnly }: { connection: ReviewConnection; readOnly: boolean }) {
  const unsaved = useUnsaved(connection.provider);
  const { text, tone } = describe(connection, readOnly, unsaved);
  return (
    <output className={`sfo-status sfo-status--${tone}`} aria-live="polite" data-testid="connection-status">
      {text}
    </output>
  );
}
