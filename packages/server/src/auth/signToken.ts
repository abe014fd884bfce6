import type { TokenClaims } from "@sfo-review/schema";
import { SignJWT } from "jose";

/**
 * Signs an access token. The product's host system normally issues tokens; this is
 * for the demo, the tests and hosts that want the server to do it.
 */
export async function signToken(
  claims: Pick<TokenClaims, "sub" | "name" | "reviews">,
  key: Uint8Array,
  options: { expiresInSeconds?: number } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ name: claims.name, reviews: claims.reviews })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresInSeconds ?? 8 * 3600))
    .sign(key);
}
