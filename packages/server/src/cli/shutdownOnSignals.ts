import type { SfoServer } from "../createSfoServer.js";

/** On SIGTERM or SIGINT, flush pending stores and close storage before exiting. */
export function shutdownOnSignals(server: Pick<SfoServer, "close" | "logger">): void {
  const stop = (signal: string) => {
    server.logger.info("server.signal", { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.logger.error("server.close_failed", { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
