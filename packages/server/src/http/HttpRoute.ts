import type { IncomingMessage, ServerResponse } from "node:http";

/** Handles an HTTP request and returns true, or returns false to let the next route try. */
export type HttpRoute = (request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;
