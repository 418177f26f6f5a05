import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

/**
 * Writes answers as the handlers shaped them: the presenters in presenters.ts build exactly
 * what the contract describes. Parsing every answer with its zod schema on the way out, as
 * the type provider's own serializer does, was 8% of the server's time on an inbox page.
 *
 * `checked` is for tests: each answer is parsed with its schema and refused unless it is
 * exactly what the schema describes, with no field the schema does not name (zod would drop
 * it quietly), no value of the wrong type and nothing a default would fill in. Every answer
 * the test suite sees is checked that way.
 */
export function responseSerializer(options: {
  checked: boolean;
}): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url }) => {
    if (!options.checked) return (data) => JSON.stringify(data);
    const zodSchema = zodSchemaOf(schema);
    return (data) => {
      const text = JSON.stringify(data);
      const result = zodSchema.safeParse(data);
      if (!result.success)
        throw new Error(`${method} ${url} answered against its schema: ${result.error.message}`);
      const sent: unknown = JSON.parse(text);
      if (!isDeepStrictEqual(sent, JSON.parse(JSON.stringify(result.data))))
        throw new Error(
          `${method} ${url} answered with more or other than its schema describes: ${text.slice(0, 500)}`,
        );
      return text;
    };
  };
}

/** Route schemas are zod schemas, given whole or as `{ properties }`. */
function zodSchemaOf(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  if (properties instanceof z.ZodType) return properties;
  throw new Error(`a response schema must be a zod schema: ${JSON.stringify(schema)}`);
}
