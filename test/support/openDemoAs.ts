import type { Browser, Page } from "playwright-core";

/**
 * Opens the demo review in a browser context of its own, signed in as one of the demo users
 * (`rm`, `lead`, `cm`, `inspector`, `viewer`), and waits for the editor. `page.context().close()`
 * ends that user's session.
 */
export async function openDemoAs(
  browser: Browser,
  baseUrl: string,
  as: string,
  viewport = { width: 1400, height: 900 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/?as=${as}`);
  await page.locator(".sfo-editor__body").waitFor();
  return page;
}
