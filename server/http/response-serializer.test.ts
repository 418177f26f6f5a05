import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializer } from './response-serializer';

const ZAnswer = z.object({
  title: z.string(),
  count: z.number().int(),
  note: z.string().nullable().default(null),
});

/** A route that answers whatever the test hands it, against ZAnswer. */
async function appAnswering(answer: unknown, checked: boolean) {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer({ checked }));
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/answer', { schema: { response: { 200: ZAnswer } } }, () => answer as never);
  await app.ready();
  return app;
}

describe('answers, written as presented', () => {
  const fine = { title: 'Crème brûlée 🍮 <b>cold</b>', count: 2, note: null };

  it('writes an answer that matches its schema as it is, checked or not', async () => {
    for (const checked of [false, true]) {
      const app = await appAnswering(fine, checked);
      const res = await app.inject({ url: '/answer' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(JSON.stringify(fine));
      await app.close();
    }
  });

  it.each([
    ['a field the schema does not name', { ...fine, passwordHash: 'x' }],
    ['a value of the wrong type', { ...fine, count: '2' }],
    ['a field left for a default to fill', { title: 'Late', count: 1 }],
  ])('refuses, when checked, an answer with %s', async (_, answer) => {
    const app = await appAnswering(answer, true);
    const res = await app.inject({ url: '/answer' });
    expect(res.statusCode).toBe(500);
    expect(res.json().message).toMatch(/GET \/answer answered .*schema/);
    await app.close();
  });
});
