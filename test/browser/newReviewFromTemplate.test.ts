import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserOutputDir, launchChromium } from "../support/launchChromium.js";
import { type DemoServer, startDemoServer } from "../support/startDemoServer.js";

async function typeInto(page: Page, cell: string, text: string): Promise<void> {
  await page.locator(`[data-cell="${cell}"] p`).first().click();
  await page.keyboard.type(text);
}

describe("a new review from the template", () => {
  let demo: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("is created in the demo and its learning row is filled through the typed cells", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/?as=rm`);
    await page.locator(".sfo-editor__body").waitFor();
    await page.getByRole("button", { name: "New review from the template" }).click();
    await page.waitForURL(/doc=demo-new-/);
    await page.locator(".sfo-editor__body").waitFor();
    const documentUrl = page.url();

    const row = page.locator(".sfo-learning-row").first();
    await row.waitFor();
    await typeInto(page, "learningObjective", "PP1 to show effective risk assessment of domestic abuse in new cases.");
    await row.locator('[data-node="learningWhoFor"] select').selectOption("Individual");
    await typeInto(page, "learningAction", "SPO2 to hold two reflective supervision sessions with PP1.");
    await typeInto(page, "learningMeasure", "SPO2 to audit six of PP1's new cases against the enquiry requirement.");
    const owners = row.locator('[data-node="learningOwners"]');
    await owners.getByLabel("PP1", { exact: true }).check();
    await owners.getByLabel("SPO2", { exact: true }).check();
    await owners.getByLabel("PDU1", { exact: true }).check();
    expect(await owners.getByLabel("Ms B", { exact: true }).count()).toBe(0);
    const dates = row.locator('[data-node="learningDates"]');
    await dates.locator('[data-field="actionDate"] input').fill("2027-01-15");
    await dates.locator('[data-field="measureDate"] input').fill("2027-04-30");
    await expect.poll(() => page.getByTestId("connection-status").textContent()).toBe("All changes saved");

    mkdirSync(browserOutputDir, { recursive: true });
    // Node views re-render as values sync, so clip the page to the plan's place rather than hold its element.
    const plan = await page.evaluate(() => {
      const box = document.querySelector("section[data-action-plan]")?.getBoundingClientRect();
      return box && { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height };
    });
    expect(plan).toBeTruthy();
    if (plan) await page.screenshot({ path: join(browserOutputDir, "action-plan.png"), fullPage: true, clip: plan });

    // A second user, in another browser context, sees the same typed values from the server.
    const other = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await other.goto(documentUrl.replace("as=rm", "as=lead"));
    const otherRow = other.locator(".sfo-learning-row").first();
    await otherRow.waitFor();
    expect(await otherRow.locator('[data-node="learningWhoFor"] select').inputValue()).toBe("Individual");
    expect(await otherRow.locator('[data-node="learningOwners"]').getByLabel("SPO2", { exact: true }).isChecked()).toBe(
      true,
    );
    expect(await otherRow.locator('[data-node="learningDates"] [data-field="measureDate"] input').inputValue()).toBe(
      "2027-04-30",
    );
    expect(await otherRow.locator('[data-cell="learningMeasure"]').textContent()).toContain("audit six of PP1's");
    await context.close();
  });
});
