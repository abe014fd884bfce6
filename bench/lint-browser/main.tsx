import { ReviewEditor } from "@sfo-review/editor";
import "@sfo-review/editor/styles.css";
import { createRoot } from "react-dom/client";

// Harness page of bench/lint-browser.ts: the demo review opened as the SFO lead, with `lint=off` to compare;
// `ws` is the demo server's collaboration endpoint.
interface Session {
  token: string;
  documentName: string;
  user: { id: string; name: string; role: "editor" };
}

const params = new URLSearchParams(window.location.search);
const lint = params.get("lint") !== "off";
// Lint off keeps the text column lint on has beside the findings panel: the runs then compare
// linting, not also a column 340 px wider, whose paragraphs have fewer lines to lay out and paint.
if (!lint) document.documentElement.classList.add("lint-off");
const url = params.get("ws");
if (!url) throw new Error("no ws= parameter: open the harness through bench/lint-browser.ts");
const root = document.getElementById("root");
if (!root) throw new Error("no #root");
const response = await fetch("/demo/token?user=lead");
const session = (await response.json()) as Session;
createRoot(root).render(
  <ReviewEditor url={url} documentName={session.documentName} token={session.token} user={session.user} lint={lint} />,
);
