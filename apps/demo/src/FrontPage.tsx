import { roleLabels } from "@sfo-review/schema";
import { demoUsers } from "./demoUsers.js";

/** Lists the demo users; each opens the sample review in a new tab as that person. */
export function FrontPage() {
  return (
    <main className="demo-front">
      <h1>SFO review editor</h1>
      <p className="demo-lede">
        A real-time collaborative editor for Serious Further Offence reviews and their action plans. This demo holds one
        synthetic case: the review and its action plan, the action plan update, the internal QA checklist, the QA
        feedback, the redaction log, and a response to inspectorate recommendations. Open it as several people, each in
        their own tab, and write together.
      </p>
      <table className="demo-users">
        <caption>Open the sample case as</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Job</th>
            <th scope="col">Role in the editor</th>
            <th scope="col">
              <span className="demo-visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {demoUsers.map((user) => (
            <tr key={user.key}>
              <td>{user.name}</td>
              <td>{user.job}</td>
              <td>{roleLabels[user.role]}</td>
              <td>
                <a href={`/?as=${user.key}`} target="_blank" rel="noreferrer" data-testid={`open-as-${user.key}`}>
                  Open as {user.name}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="demo-note">
        Demo only: this page hands out access tokens to anyone who asks. A real deployment gets tokens from the host
        system's sign-in.
      </p>
    </main>
  );
}
