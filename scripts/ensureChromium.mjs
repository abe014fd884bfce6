// Browser tests drive Debian's Chromium; install it when this machine lacks it and we may (root + apt).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    process.stderr.write(
      `Chromium is needed for the browser tests and was not found at ${chromium}.\n` +
        "Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.\n",
    );
    process.exit(1);
  }
  process.stdout.write("Installing Chromium for the browser tests (apt-get install chromium)…\n");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}
