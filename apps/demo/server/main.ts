import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { createJsonLogger, createSfoServer, SqliteReviewStore, secretKey, shutdownOnSignals } from "@sfo-review/server";
import { demoTokenRoute } from "./demoTokenRoute.js";
import { newReviewContent } from "./newReviewContent.js";
import { seedSampleCase } from "./seedSampleCase.js";
import { staticFilesRoute } from "./staticFilesRoute.js";

const logger = createJsonLogger();
const secretFromEnv = process.env.SFO_AUTH_SECRET;
// The demo invents a secret when none is set: its tokens then die with the process, which suits a demo.
const authSecret = secretFromEnv ?? randomBytes(32).toString("hex");
if (!secretFromEnv) logger.info("demo.secret_generated");

const dbPath = process.env.SFO_DB ?? join(process.cwd(), "data", "reviews.sqlite");
const store = new SqliteReviewStore(dbPath);
for (const name of await seedSampleCase(store)) logger.info("demo.sample_seeded", { document: name });

const buildDir = join(import.meta.dirname, "..", "build");
const server = createSfoServer(
  { port: Number(process.env.PORT ?? 4321), host: process.env.SFO_HOST ?? "127.0.0.1", dbPath, authSecret },
  {
    store,
    logger,
    initialContent: newReviewContent,
    routes: [demoTokenRoute(secretKey(authSecret)), staticFilesRoute(buildDir)],
  },
);
shutdownOnSignals(server);
const port = await server.listen();
process.stdout.write(`\nSFO review demo: http://localhost:${port}/\n\n`);
