import type { Page } from "playwright-core";

/**
 * Clicks just inside the start or end of the text of the first element matching `selector` and
 * presses Home or End, putting the caret at that edge of the element's text. Other users' caret
 * labels inside the element are not its text.
 */
export async function placeCaret(page: Page, selector: string, where: "start" | "end") {
  // On a loaded machine a click can land before layout settles, or ProseMirror can redraw the
  // paragraph under it: try again until the caret is at the edge the test types from.
  for (let attempt = 0; attempt < 3; attempt++) {
    const point = await page.evaluate(
      ([css, at]) => {
        const element = document.querySelector(css!);
        if (!element) throw new Error(`no ${css}`);
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node.parentElement?.closest(".collaboration-carets__caret")
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        });
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
    const placed = await page.evaluate(
      ([css, at]) => {
        const element = document.querySelector(css!);
        const selection = window.getSelection();
        if (!element || !selection?.anchorNode || !element.contains(selection.anchorNode)) return false;
        // The element's text on the far side of the caret, other users' caret labels left out.
        const beyond = document.createRange();
        beyond.selectNodeContents(element);
        if (at === "end") beyond.setStart(selection.anchorNode, selection.anchorOffset);
        else beyond.setEnd(selection.anchorNode, selection.anchorOffset);
        const fragment = beyond.cloneContents();
        for (const caret of Array.from(fragment.querySelectorAll(".collaboration-carets__caret"))) caret.remove();
        return fragment.textContent === "";
      },
      [selector, where],
    );
    if (placed) return;
  }
  throw new Error(`could not place the caret at the ${where} of ${selector}`);
}
