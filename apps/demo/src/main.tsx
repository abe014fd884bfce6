import "@sfo-review/editor/styles.css";
import "./demo.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EditorPage } from "./EditorPage.js";
import { FrontPage } from "./FrontPage.js";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const params = new URLSearchParams(window.location.search);
const userKey = params.get("as");
const documentName = params.get("doc") ?? "demo-review";
document.title = userKey ? "SFO review — demo" : "SFO review editor — demo";

createRoot(root).render(
  <StrictMode>{userKey ? <EditorPage userKey={userKey} documentName={documentName} /> : <FrontPage />}</StrictMode>,
);
