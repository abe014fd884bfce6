import type { Page } from "playwright-core";

/** Clicks just inside the start or end of the text of the first element matching `selector`, putting the caret there. */
export async function placeCaret(page: Page, selector: string, where: "start" | "end") {
  // On a loaded machine a click can land before layout settles: try again until the caret is where the test types.
  for (let attempt = 0; attempt < 3; attempt++) {
    const point = await page.evaluate(
      ([css, at]) => {
        const element = document.querySelector(css!);
        if (!element) throw new Error(`no ${css}`);
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let first: Text | null = null;
        let last: Text | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          first ??= node as Text;
          last = node as Text;
        }
        const target = at === "start" ? first : last;
        if (!target) throw new Error(`no text in ${css}`);
        const range = document.createRange();
        const offset = at === "start" ? 0 : target.length - 1;
        range.setStart(target, offset);
        range.setEnd(target, offset + 1);
        target.parentElement?.scrollIntoView({ block: "center" });
        const box = range.getBoundingClientRect();
        return { x: at === "start" ? box.left + 1 : box.right - 1, y: box.top + box.height / 2 };
      },
      [selector, where],
    );
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press(where === "start" ? "Home" : "End");
    // A person pauses after placing the caret; ProseMirror reads a click's selection a moment later.
    await page.waitForTimeout(100);
    const placed = await page.evaluate((css) => {
      const anchor = window.getSelection()?.anchorNode ?? null;
      return anchor !== null && document.querySelector(css)?.contains(anchor) === true;
    }, selector);
    if (placed) return;
  }
  throw new Error(`could not place the caret in ${selector}`);
}
