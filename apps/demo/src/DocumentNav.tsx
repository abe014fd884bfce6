import { demoDocuments, newReviewPrefix } from "./demoDocuments.js";

function newReviewName(): string {
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, "0"));
  return `${newReviewPrefix}${suffix.join("")}`;
}

/** The documents of the demo case, and a button that starts a new review from the template. */
export function DocumentNav({ userKey, current }: { userKey: string; current: string }) {
  const href = (doc: string) => `/?as=${encodeURIComponent(userKey)}&doc=${encodeURIComponent(doc)}`;
  return (
    <nav className="demo-docs" aria-label="Documents of the case">
      <ul>
        {demoDocuments.map((doc) => (
          <li key={doc.name}>
            <a href={href(doc.name)} aria-current={doc.name === current ? "page" : undefined}>
              {doc.title}
            </a>
          </li>
        ))}
        {current.startsWith(newReviewPrefix) ? (
          <li>
            <a href={href(current)} aria-current="page">
              New review
            </a>
          </li>
        ) : null}
      </ul>
      <button type="button" className="demo-button" onClick={() => window.location.assign(href(newReviewName()))}>
        New review from the template
      </button>
    </nav>
  );
}
