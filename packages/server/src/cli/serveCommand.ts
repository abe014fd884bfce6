import { createSfoServer } from "../createSfoServer.js";
import { parseServeArgs } from "./parseServeArgs.js";
import { shutdownOnSignals } from "./shutdownOnSignals.js";

export async function serveCommand(args: string[]): Promise<number> {
  const server = createSfoServer(parseServeArgs(args, process.env));
  shutdownOnSignals(server);
  await server.listen();
  return new Promise<number>(() => {});
}
