import { randomBytes } from "node:crypto";
import { join } from "node:path";
import {
  createJsonLogger,
  createSfoServer,
  jsonToYDoc,
  type ReviewStore,
  SqliteReviewStore,
  secretKey,
  shutdownOnSignals,
} from "@sfo-review/server";
import * as Y from "yjs";
import { demoDocumentName } from "../src/demoUsers.js";
import { demoTokenRoute } from "./demoTokenRoute.js";
import { sampleReview } from "./sampleReview.js";
import { staticFilesRoute } from "./staticFilesRoute.js";

/** Seeds the sample review once, on first start, on the server. */
async function seedSampleReview(store: ReviewStore): Promise<boolean> {
  if ((await store.lastSeq(demoDocumentName)) > 0) return false;
  await store.appendUpdate(demoDocumentName, Y.encodeStateAsUpdate(jsonToYDoc(sampleReview())));
  return true;
}

const logger = createJsonLogger();
const secretFromEnv = process.env.SFO_AUTH_SECRET;
// The demo invents a secret when none is set: its tokens then die with the process, which suits a demo.
const authSecret = secretFromEnv ?? randomBytes(32).toString("hex");
if (!secretFromEnv) logger.info("demo.secret_generated");

const dbPath = process.env.SFO_DB ?? join(process.cwd(), "data", "reviews.sqlite");
const store = new SqliteReviewStore(dbPath);
if (await seedSampleReview(store)) logger.info("demo.sample_seeded", { document: demoDocumentName });

const buildDir = join(import.meta.dirname, "..", "build");
const server = createSfoServer(
  { port: Number(process.env.PORT ?? 4321), host: process.env.SFO_HOST ?? "127.0.0.1", dbPath, authSecret },
  { store, logger, routes: [demoTokenRoute(secretKey(authSecret)), staticFilesRoute(buildDir)] },
);
shutdownOnSignals(server);
const port = await server.listen();
process.stdout.write(`\nSFO review demo: http://localhost:${port}/\n\n`);
