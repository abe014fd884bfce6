import type { ReviewConnection } from "./useReviewConnection.js";

function describe(connection: ReviewConnection, readOnly: boolean): { text: string; tone: string } {
  if (connection.refusal) return { text: `Access refused: ${connection.refusal.split(":")[0]}`, tone: "error" };
  if (connection.connection === "disconnected") {
    return {
      text: connection.unsyncedChanges > 0 ? "Offline: changes not yet saved" : "Offline: reconnecting",
      tone: "warning",
    };
  }
  if (!connection.synced) return { text: "Connecting…", tone: "info" };
  if (readOnly) return { text: "Read only", tone: "info" };
  return connection.unsyncedChanges > 0 ? { text: "Saving…", tone: "info" } : { text: "All changes saved", tone: "ok" };
}

/** Connection and saved state, announced politely to screen readers. */
export function ConnectionStatus({ connection, readOnly }: { connection: ReviewConnection; readOnly: boolean }) {
  const { text, tone } = describe(connection, readOnly);
  return (
    <output className={`sfo-status sfo-status--${tone}`} aria-live="polite" data-testid="connection-status">
      {text}
    </output>
  );
}
