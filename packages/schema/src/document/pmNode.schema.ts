import { z } from "zod";

/** Shape of ProseMirror JSON, before it is checked against the SFO schema. */
export interface PmMarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface PmNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNodeJson[];
  marks?: PmMarkJson[];
  text?: string;
}

const markSchema: z.ZodType<PmMarkJson> = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const pmNodeSchema: z.ZodType<PmNodeJson> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(pmNodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);
