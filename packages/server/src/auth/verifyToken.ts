import { type TokenClaims, tokenClaimsSchema } from "@sfo-review/schema";
import { errors, jwtVerify } from "jose";
import { ConnectionRefusedError, refusalReasons } from "./closeReasons.js";

/** Turns the HS256 secret into a key; fails fast on a secret too short to be safe. */
export function secretKey(secret: string): Uint8Array {
  if (secret.length < 32) {
    throw new Error("SFO_AUTH_SECRET must be at least 32 characters long");
  }
  return new TextEncoder().encode(secret);
}

/** Verifies an access token and returns its claims, or throws a ConnectionRefusedError with the reason. */
export async function verifyToken(token: string | undefined | null, key: Uint8Array): Promise<TokenClaims> {
  if (!token) throw new ConnectionRefusedError(refusalReasons.tokenMissing);
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, key, { algorithms: ["HS256"] }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new ConnectionRefusedError(refusalReasons.tokenExpired);
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      throw new ConnectionRefusedError(refusalReasons.tokenBadSignature);
    }
    throw new ConnectionRefusedError(refusalReasons.tokenMalformed);
  }
  const claims = tokenClaimsSchema.safeParse(payload);
  if (!claims.success) throw new ConnectionRefusedError(refusalReasons.tokenClaimsInvalid);
  return claims.data;
}
