import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { type HttpRoute, sendJson } from "@sfo-review/server";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** Serves the built demo; unknown paths without an extension get index.html (the app routes itself). */
export function staticFilesRoute(buildDir: string): HttpRoute {
  const root = normalize(buildDir + sep);
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      sendJson(response, 400, { error: "bad-path" });
      return true;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(pathname)) return false;
      file = join(root, "index.html");
      if (!existsSync(file)) {
        sendJson(response, 503, { error: "demo-not-built", hint: "run `pnpm start`, which builds the demo first" });
        return true;
      }
    }
    response.writeHead(200, {
      "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream",
      "Cache-Control": file.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
    });
    createReadStream(file).pipe(response);
    return true;
  };
}
