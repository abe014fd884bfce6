import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserOutputDir, launchChromium } from "../support/launchChromium.js";
import { openDemoAs } from "../support/openDemoAs.js";
import { placeCaret } from "../support/placeCaret.js";
import { type DemoServer, startDemoServer } from "../support/startDemoServer.js";

describe("two users in the demo review", () => {
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

  it("one types, the other sees the text and the first user's caret label", async () => {
    const rm = await openDemoAs(browser, demo.baseUrl, "rm", { width: 1280, height: 900 });
    const lead = await openDemoAs(browser, demo.baseUrl, "lead", { width: 1280, height: 900 });
    await expect.poll(() => rm.getByTestId("connection-status").textContent()).toBe("All changes saved");

    const typed = "SPO2 discussed the case with PP1 in supervision every month.";
    // The learning section's paragraph fits on one line, so End puts the caret at its end.
    await rm.locator('section[data-section="learning"] p').last().click();
    await rm.keyboard.press("End");
    await rm.keyboard.type(` ${typed}`);

    await expect.poll(() => lead.locator('section[data-section="learning"]').textContent()).toContain(typed);
    const caretLabel = lead.locator(".collaboration-carets__label", { hasText: "Rowan Reviewer" });
    await caretLabel.waitFor();
    expect(await caretLabel.textContent()).toBe("Rowan Reviewer · Editor");

    // A new paragraph changes the block structure: y-tiptap then hides other users' carets until
    // the next awareness change, and the lead's own caret moves must bring the RM's back.
    await placeCaret(lead, 'section[data-section="summary"] p', "start");
    await lead.keyboard.press("Enter");
    await lead.keyboard.type("A new paragraph.");
    await expect
      .poll(() => lead.locator('section[data-section="summary"]').textContent())
      .toContain("A new paragraph.");
    await caretLabel.waitFor({ timeout: 2_000 });
    await expect.poll(() => rm.getByTestId("connection-status").textContent()).toBe("All changes saved");

    mkdirSync(browserOutputDir, { recursive: true });
    await lead.evaluate(() => {
      const learning = document.querySelector('section[data-section="learning"]');
      if (learning) window.scrollTo(0, learning.getBoundingClientRect().top + window.scrollY - 300);
    });
    await lead.screenshot({ path: join(browserOutputDir, "two-users-editing.png") });
    await rm.context().close();
    await lead.context().close();
  });

  it("keeps what was typed just before the user navigated away", async () => {
    const rm = await openDemoAs(browser, demo.baseUrl, "rm");
    await expect.poll(() => rm.getByTestId("connection-status").textContent()).toBe("All changes saved");
    const typed = "PP1 recorded the home visit on the same day.";
    await placeCaret(rm, 'section[data-section="background"] p', "start");
    await rm.keyboard.type(typed);
    // The editor holds changes for a few frames before sending them; leaving must send them.
    await rm.goto("about:blank");
    await rm.context().close();

    const lead = await openDemoAs(browser, demo.baseUrl, "lead");
    await expect.poll(() => lead.locator('section[data-section="background"]').textContent()).toContain(typed);
    await lead.context().close();
  });

  it("loads the demo with no failed request and no console error", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${demo.baseUrl}/?as=rm`);
    await page.getByTestId("lint-summary").waitFor();
    await expect.poll(() => page.getByTestId("connection-status").textContent()).toBe("All changes saved");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("opens the review read-only for a viewer, who cannot type into it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/?as=viewer`);
    await page.locator(".sfo-editor__body").waitFor();
    await expect.poll(() => page.getByTestId("connection-status").textContent()).toBe("Read only");
    expect(await page.locator(".sfo-editor__body").getAttribute("contenteditable")).toBe("false");
    await context.close();
  });
});
