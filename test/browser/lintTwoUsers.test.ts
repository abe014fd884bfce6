import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserOutputDir, launchChromium } from "../support/launchChromium.js";
import { openDemoAs } from "../support/openDemoAs.js";
import { placeCaret } from "../support/placeCaret.js";
import { type DemoServer, startDemoServer } from "../support/startDemoServer.js";

/** The text of every highlight of `rule`, joined in document order (overlapping highlights split the spans). */
function highlightedText(page: Page, rule: string): Promise<string[]> {
  return page.evaluate((className) => {
    const spans = Array.from(document.querySelectorAll(`.sfo-editor__body .${className}`));
    const outer = spans.filter((span) => !spans.some((other) => other !== span && other.contains(span)));
    const runs: string[] = [];
    let previous: Element | null = null;
    for (const span of outer) {
      const adjacent = previous && previous.nextSibling === span;
      if (adjacent && runs.length) runs[runs.length - 1] += span.textContent ?? "";
      else runs.push(span.textContent ?? "");
      previous = span;
    }
    return runs;
  }, `sfo-lint-rule-${rule}`);
}

/** Text of the first element matching `selector`, without other users' caret labels. */
function plainText(page: Page, selector: string): Promise<string> {
  return page.evaluate((css) => {
    const copy = document.querySelector(css)?.cloneNode(true) as HTMLElement | undefined;
    for (const caret of Array.from(copy?.querySelectorAll(".collaboration-carets__caret") ?? [])) caret.remove();
    return copy?.textContent ?? "";
  }, selector);
}

describe("live linting with two users", () => {
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

  it("shows the same highlights to both users, keeps them on their words and applies a fix", async () => {
    const rm = await openDemoAs(browser, demo.baseUrl, "rm");
    const lead = await openDemoAs(browser, demo.baseUrl, "lead");
    await expect.poll(() => rm.getByTestId("connection-status").textContent()).toBe("All changes saved");

    // A new paragraph after the first paragraph of the learning section. Sarah Jenkins is PP1 in the sample's people register.
    await placeCaret(rm, 'section[data-section="learning"] p', "end");
    await rm.keyboard.press("Enter");
    await rm.keyboard.type("The plan was drafted at the meeting. Sarah Jenkins kept the number QQ 12 34 56 C on file.");

    for (const page of [rm, lead]) {
      await expect.poll(() => highlightedText(page, "LANG-001")).toContain("was drafted");
      await expect.poll(() => highlightedText(page, "PII-010")).toContain("QQ 12 34 56 C");
      await expect.poll(() => highlightedText(page, "PII-001")).toContain("Sarah Jenkins");
    }

    // The lead types above the highlighted text: the highlights must stay on the same words.
    await placeCaret(lead, 'section[data-section="summary"] p', "start");
    await lead.keyboard.type("Typed above by the lead. ");
    await expect.poll(() => plainText(lead, 'section[data-section="summary"] p')).toContain("Typed above by the lead.");
    await expect
      .poll(() => plainText(rm, 'section[data-section="summary"] p'), { timeout: 15_000 })
      .toContain("Typed above by the lead.");
    for (const page of [rm, lead]) {
      await expect.poll(() => highlightedText(page, "LANG-001")).toContain("was drafted");
      expect(await highlightedText(page, "PII-010")).toContain("QQ 12 34 56 C");
      expect(await highlightedText(page, "PII-001")).toContain("Sarah Jenkins");
    }

    // Clicking the name opens the popover; the fix is also reachable by keyboard (Alt+Enter, Enter).
    const name = rm.locator(".sfo-lint-rule-PII-001", { hasText: "Sarah Jenkins" }).first();
    const popover = rm.getByTestId("lint-popover");
    // Under load a click can land while the sections above are still being laid out and miss the words (one
    // fresh-clone run in two, 2026-12-05): click again until the popover shows, for as long as the wait allows.
    await expect
      .poll(
        async () => {
          if (!(await popover.isVisible())) await name.click();
          return popover.isVisible();
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await popover.textContent()).toContain("registered person");
    await rm.keyboard.press("Escape");
    await popover.waitFor({ state: "detached" });
    await name.click();
    await rm.keyboard.press("Alt+Enter");
    await expect.poll(() => rm.evaluate(() => document.activeElement?.textContent)).toBe("Replace with PP1");
    await rm.keyboard.press("Enter");
    const learning = 'section[data-section="learning"]';
    for (const page of [rm, lead]) {
      await expect.poll(() => plainText(page, learning)).toContain("PP1 kept the number");
      await expect.poll(() => highlightedText(page, "PII-001")).not.toContain("Sarah Jenkins");
    }

    // Alt+F8 walks the findings from the caret.
    await placeCaret(rm, `${learning} p`, "end");
    await rm.keyboard.press("Alt+F8");
    await expect.poll(() => rm.evaluate(() => window.getSelection()?.toString())).toContain("was drafted");

    // The lead dismisses the passive-voice warning with a reason; the RM sees it dismissed too.
    await lead.locator(".sfo-lint-rule-LANG-001", { hasText: "was drafted" }).first().click();
    // From the keyboard: the popover can move while sections above it are laid out (content-visibility), and a
    // pointer click aimed at a moving button can land on the text behind it.
    await expect.poll(() => lead.getByTestId("lint-popover").textContent()).toContain("Passive voice");
    await lead.getByTestId("lint-popover").getByRole("button", { name: "Dismiss…" }).press("Enter");
    await lead.getByTestId("lint-popover").locator("textarea").fill("Agreed by the court, not a practice choice");
    await lead.getByTestId("lint-popover").getByRole("button", { name: "Dismiss for everyone" }).press("Enter");
    for (const page of [rm, lead]) {
      await expect.poll(() => highlightedText(page, "LANG-001")).not.toContain("was drafted");
      await expect.poll(() => page.getByTestId("lint-dismissed-count").textContent()).toBe("1 dismissed");
    }

    const panel = rm.getByTestId("findings-panel");
    expect(await rm.getByTestId("lint-summary").textContent()).toMatch(/^\d+ errors?, \d+ warnings?, \d+ info$/);
    await rm.locator(".sfo-lint-panel__dismissed summary").click();
    expect(await panel.textContent()).toContain("Agreed by the court, not a practice choice");
    // Each rule lists its findings when opened; the National Insurance number is in the Learning section.
    await panel.locator("details.sfo-lint-panel__rule", { hasText: "PII-010" }).locator("summary").first().click();
    mkdirSync(browserOutputDir, { recursive: true });
    await panel.locator("details.sfo-lint-panel__rule", { hasText: "PII-010" }).first().scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(browserOutputDir, "findings-panel.png") });

    // Clicking a finding in the panel selects its text.
    await panel.locator(".sfo-lint-panel__finding", { hasText: "QQ 12 34 56 C" }).first().click();
    await expect.poll(() => rm.evaluate(() => window.getSelection()?.toString())).toBe("QQ 12 34 56 C");
    await rm.context().close();
    await lead.context().close();
  });

  it("offers both fixes of an acronym on the same word: the glossary entry with its expansion, then the spelling out", async () => {
    const rm = await openDemoAs(browser, demo.baseUrl, "rm");
    const lead = await openDemoAs(browser, demo.baseUrl, "lead");
    await expect.poll(() => rm.getByTestId("connection-status").textContent()).toBe("All changes saved");
    // A sentence long enough for LANG-002 (advice), around an acronym with two warnings of its own.
    const summary = 'section[data-section="summary"]';
    await placeCaret(rm, `${summary} p`, "end");
    await rm.keyboard.press("Enter");
    await rm.keyboard.type(
      "PP1 met the IOM team on three occasions between March and June to discuss the plan, the contact arrangements, the home visits, the accommodation referral, the housing options and the police checks, but the notes do not record what was decided or who would act.",
    );
    const acronym = rm.locator(".sfo-lint-rule-ACR-002", { hasText: "IOM" }).first();
    await acronym.waitFor();
    // The word carries the long sentence's highlight too; it shows as a warning, its most severe finding.
    expect(await acronym.getAttribute("class")).toContain("sfo-lint-rule-LANG-002");
    expect(await acronym.evaluate((span) => getComputedStyle(span).textDecorationStyle)).toBe("wavy");

    // IOM is neither spelt out (ACR-001) nor in the glossary (ACR-002): one popover offers both fixes.
    const popover = rm.getByTestId("lint-popover");
    const rulesShown = () =>
      popover.locator("section").evaluateAll((all) => all.map((s) => s.getAttribute("data-rule")));
    await acronym.click();
    await expect.poll(rulesShown).toEqual(["ACR-001", "ACR-002"]);
    await popover.getByRole("button", { name: "Add to glossary" }).click();
    await popover.waitFor({ state: "detached" });
    // The expansion typed into the IOM entry of the glossary section's form.
    const glossaryEntry = (page: Page) =>
      page.evaluate(() => {
        const entries = document.querySelectorAll('section[data-section="glossary"] [data-node="glossaryEntry"]');
        for (const entry of Array.from(entries)) {
          const field = (name: string) =>
            entry.querySelector<HTMLInputElement>(`[data-field="${name}"] input`)?.value ?? "";
          if (field("term") === "IOM") return field("expansion");
        }
        return "";
      });
    for (const page of [rm, lead]) {
      await expect.poll(() => glossaryEntry(page)).toBe("Integrated Offender Management");
      await expect.poll(() => highlightedText(page, "ACR-002")).not.toContain("IOM");
    }

    // The caret is still on the word: Alt+Enter opens what is left, with focus on its fix.
    await rm.keyboard.press("Alt+Enter");
    await expect.poll(rulesShown).toEqual(["ACR-001"]);
    await expect.poll(() => rm.evaluate(() => document.activeElement?.textContent)).toBe("Spell out here");
    await rm.keyboard.press("Enter");
    for (const page of [rm, lead]) {
      await expect
        .poll(() => plainText(page, summary))
        .toContain("PP1 met the Integrated Offender Management (IOM) team on three occasions");
      await expect.poll(() => highlightedText(page, "ACR-001")).not.toContain("IOM");
    }

    // Near the bottom of the window the popover opens above the words, and grows upwards when the dismissal form opens.
    const warning = rm.locator(`${summary} span.sfo-lint--warning`).first();
    await warning.evaluate((span) => {
      span.scrollIntoView({ block: "end" });
      window.scrollBy(0, 40);
    });
    await warning.click();
    const wordTop = (await warning.boundingBox())?.y ?? 0;
    const bottomOf = async () => {
      const box = await popover.boundingBox();
      return (box?.y ?? 0) + (box?.height ?? 0);
    };
    await expect.poll(bottomOf).toBeLessThanOrEqual(wordTop);
    // It stays by the words when the text below changes height (sections laid out as they come into view).
    const scrolledTo = await rm.evaluate(() => window.scrollY);
    await rm.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await rm.waitForTimeout(300);
    await rm.evaluate((y) => window.scrollTo(0, y), scrolledTo);
    const gapAbove = async () => ((await warning.boundingBox())?.y ?? 0) - (await bottomOf());
    await expect.poll(gapAbove).toBeGreaterThanOrEqual(0);
    expect(await gapAbove()).toBeLessThan(30);
    await popover.getByRole("button", { name: "Dismiss…" }).first().click();
    await popover.locator("textarea").waitFor();
    await expect.poll(gapAbove).toBeGreaterThanOrEqual(0);
    expect(await gapAbove()).toBeLessThan(30);
    await rm.context().close();
    await lead.context().close();
  });

  it("lets a viewer see findings but not dismiss them", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/?as=viewer`);
    await page.locator(".sfo-editor__body").waitFor();
    await page.getByTestId("findings-panel").waitFor();
    await page.locator(".sfo-editor__body span.sfo-lint").first().click();
    await page.getByTestId("lint-popover").waitFor();
    expect(await page.getByTestId("lint-popover").getByRole("button", { name: "Dismiss…" }).count()).toBe(0);
    // The keyboard works for a reader too: Escape closes, Alt+F8 moves to the next finding and opens it.
    await page.keyboard.press("Escape");
    await page.getByTestId("lint-popover").waitFor({ state: "detached" });
    await page.keyboard.press("Alt+F8");
    await page.getByTestId("lint-popover").waitFor();
    expect(await page.evaluate(() => window.getSelection()?.toString())).not.toBe("");
    await page.getByTestId("lint-popover").getByRole("button", { name: "Close" }).click();
    await page.getByTestId("lint-popover").waitFor({ state: "detached" });

    // A word at the bottom of the window gets its popover above it, inside the window.
    const word = page.locator('section[data-section="summary"] span.sfo-lint').first();
    await word.evaluate((span) => {
      span.scrollIntoView({ block: "end" });
      window.scrollBy(0, 40);
    });
    const wordBox = await word.boundingBox();
    expect(wordBox && wordBox.y + wordBox.height).toBeGreaterThan(800);
    await word.click();
    const popover = page.getByTestId("lint-popover");
    await popover.waitFor();
    await expect.poll(async () => (await popover.boundingBox())?.y ?? 0).toBeLessThan(wordBox?.y ?? 0);
    const box = await popover.boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
    await context.close();
  });
});
