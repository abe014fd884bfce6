import { z } from "zod";

const registerEntry = z.object({
  name: z.string().min(1),
  identifier: z.string().min(1),
  role: z.string().optional(),
  pronouns: z.string().optional(),
  identifiableByGender: z.boolean().optional(),
});

const common = {
  id: z.union([z.string(), z.number()]),
  known: z.array(z.string()).optional(),
  register: z.array(registerEntry).optional(),
  scope: z.string().optional(),
};

/** One JSONL input line: a text or a learning row, with optional known acronyms and register. */
export const lintInputLineSchema = z.union([
  z.object({ ...common, text: z.string() }).strict(),
  z
    .object({
      ...common,
      learningRow: z.object({
        objective: z.string().default(""),
        whoFor: z.string().default(""),
        action: z.string().default(""),
        measure: z.string().default(""),
        owner: z.string().default(""),
        date: z.string().default(""),
      }),
    })
    .strict(),
]);

export type LintInputLine = z.infer<typeof lintInputLineSchema>;
