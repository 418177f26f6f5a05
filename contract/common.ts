import { z } from 'zod';

/** RFC 9457 problem details, the body of every error the API answers. */
export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });
export type TProblem = z.infer<typeof ZProblem>;

export const ZId = z.string().min(1).max(64);

/** Times travel as ISO 8601 UTC strings. */
export const ZTimestamp = z.string();

export const ZPageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export function paged<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Free text a person typed: kept exactly as typed, but bounded. */
export function text(max: number) {
  return z.string().max(max, `Keep this under ${max} characters.`);
}

/** An optional text field where an empty string means "clear it". */
export function optionalText(max: number) {
  return text(max)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v));
}
