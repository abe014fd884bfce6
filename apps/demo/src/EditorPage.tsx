import { ReviewEditor } from "@sfo-review/editor";
import { useEffect, useState } from "react";
import { DocumentNav } from "./DocumentNav.js";
import { type DemoTokenResponse, demoTokenResponseSchema } from "./demoToken.schema.js";

function websocketUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}/collaboration`;
}

/** One document of the demo case opened as one demo user. */
export function EditorPage({ userKey, documentName }: { userKey: string; documentName: string }) {
  const [session, setSession] = useState<DemoTokenResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(`/demo/token?user=${encodeURIComponent(userKey)}&doc=${encodeURIComponent(documentName)}`)
      .then(async (response) => {
        const body: unknown = await response.json();
        if (!response.ok) throw new Error(`the demo server refused: ${JSON.stringify(body)}`);
        setSession(demoTokenResponseSchema.parse(body));
      })
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }, [userKey, documentName]);

  if (error) return <p role="alert">Could not open the review: {error}</p>;
  if (!session) return <p>Signing in…</p>;
  return (
    <main className="demo-editor">
      <p className="demo-back">
        <a href="/">All demo users</a>
      </p>
      <DocumentNav userKey={userKey} current={documentName} />
      <ReviewEditor
        url={websocketUrl()}
        documentName={session.documentName}
        token={session.token}
        user={session.user}
      />
    </main>
  );
}
