import { z } from "zod";

/** A review's document name: also its key in storage and in tokens. */
export const documentNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, "document names use letters, digits, '.', '_' and '-' (at most 128)");
