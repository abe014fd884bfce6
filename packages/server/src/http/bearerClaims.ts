import type { IncomingMessage } from "node:http";
import type { TokenClaims } from "@sfo-review/schema";
import { verifyToken } from "../auth/verifyToken.js";

/** Claims of the `Authorization: Bearer …` token of a request; throws ConnectionRefusedError when refused. */
export function bearerClaims(request: IncomingMessage, key: Uint8Array): Promise<TokenClaims> {
  const header = request.headers.authorization ?? "";
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  return verifyToken(token, key);
}
