import "@sfo-review/editor/styles.css";
import "./demo.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EditorPage } from "./EditorPage.js";
import { FrontPage } from "./FrontPage.js";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const userKey = new URLSearchParams(window.location.search).get("as");
document.title = userKey ? "SFO review — demo" : "SFO review editor — demo";

createRoot(root).render(<StrictMode>{userKey ? <EditorPage userKey={userKey} /> : <FrontPage />}</StrictMode>);
