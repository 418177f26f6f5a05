import type { PlaybookField } from './schema';

/**
 * Checks one captured value against its field's type and returns it normalised (trimmed
 * text, ISO times in UTC), or the reason it is refused, in plain words.
 */
export function checkCapture(
  field: PlaybookField,
  value: unknown,
  memberIds: ReadonlySet<string> | null,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  switch (field.type) {
    case 'text':
    case 'long_text': {
      const max = field.type === 'text' ? 2_000 : 20_000;
      if (typeof value !== 'string') return fail('Write it as text.');
      const trimmed = value.trim();
      if (trimmed.length === 0) return fail('This cannot be empty.');
      if (trimmed.length > max)
        return fail(`Keep it under ${max.toLocaleString('en')} characters.`);
      return { ok: true, value: trimmed };
    }
    case 'choice': {
      const allowed = field.choices?.map((c) => c.value) ?? [];
      if (typeof value !== 'string' || !allowed.includes(value))
        return fail(`Choose one of: ${allowed.join(', ')}.`);
      return { ok: true, value };
    }
    case 'multi_choice': {
      const allowed = field.choices?.map((c) => c.value) ?? [];
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !allowed.includes(v)))
        return fail(`Choose any of: ${allowed.join(', ')}.`);
      return { ok: true, value: [...new Set(value as string[])] };
    }
    case 'list': {
      if (!Array.isArray(value) || value.length > 50)
        return fail('Give a list of up to 50 entries.');
      const items = value.map((v) => (typeof v === 'string' ? v.trim() : ''));
      if (items.some((v) => v.length === 0 || v.length > 2_000))
        return fail('Every entry is a line of text, neither empty nor over 2,000 characters.');
      return withMinimum(field, items);
    }
    case 'options': {
      if (!Array.isArray(value) || value.length > 20)
        return fail('Give a list of up to 20 options.');
      const options = [];
      for (const [i, item] of value.entries()) {
        const o = item as Record<string, unknown> | null;
        const description = typeof o?.description === 'string' ? o.description.trim() : '';
        const fit = typeof o?.fit === 'string' ? o.fit.trim() : '';
        const cost = checkMoney(o?.cost);
        if (!description) return fail(`Option ${i + 1}: say what the option is.`);
        if (!cost.ok) return fail(`Option ${i + 1}: ${cost.message}`);
        if (!fit) return fail(`Option ${i + 1}: say why it fits this person.`);
        options.push({ description, cost: cost.value, fit });
      }
      return withMinimum(field, options);
    }
    case 'promises': {
      if (!Array.isArray(value) || value.length > 20)
        return fail('Give a list of up to 20 promises.');
      const promises = [];
      for (const [i, item] of value.entries()) {
        const p = item as Record<string, unknown> | null;
        const what = typeof p?.what === 'string' ? p.what.trim() : '';
        const due = checkTime(p?.due);
        if (!what) return fail(`Promise ${i + 1}: say what was promised.`);
        if (!due)
          return fail(`Promise ${i + 1}: every promise needs a deadline (a date and time).`);
        promises.push({ what, due });
      }
      return withMinimum(field, promises);
    }
    case 'tasks': {
      if (!Array.isArray(value) || value.length > 20) return fail('Give a list of up to 20 tasks.');
      const tasks = [];
      for (const [i, item] of value.entries()) {
        const t = item as Record<string, unknown> | null;
        const what = typeof t?.what === 'string' ? t.what.trim() : '';
        const who = typeof t?.who === 'string' ? t.who : '';
        const due = checkTime(t?.due);
        if (!what) return fail(`Task ${i + 1}: say what must be done.`);
        if (!who || (memberIds && !memberIds.has(who)))
          return fail(`Task ${i + 1}: choose who in the team does it.`);
        if (!due) return fail(`Task ${i + 1}: give it a due date and time.`);
        tasks.push({ what, who, due });
      }
      return withMinimum(field, tasks);
    }
    case 'person':
      if (typeof value !== 'string' || (memberIds && !memberIds.has(value)))
        return fail('Choose a member of the team.');
      return { ok: true, value };
    case 'money': {
      const money = checkMoney(value);
      return money.ok ? money : fail(money.message);
    }
    case 'datetime': {
      const at = checkTime(value);
      return at
        ? { ok: true, value: at }
        : fail('Give a date and time (ISO 8601, with a time zone).');
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? { ok: true, value }
        : fail('Answer yes or no (true or false).');
    case 'rating':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
        ? { ok: true, value }
        : fail('Give a whole number from 1 to 5.');
  }
}

function withMinimum(field: PlaybookField, items: unknown[]) {
  const min = field.minItems ?? 0;
  if (items.length < min)
    return {
      ok: false as const,
      message: `Give at least ${min} ${min === 1 ? 'entry' : 'entries'}.`,
    };
  return { ok: true as const, value: items };
}

/** Money is an integer in minor units with a currency code. */
function checkMoney(
  value: unknown,
): { ok: true; value: { minor: number; currency: string } } | { ok: false; message: string } {
  const m = value as { minor?: unknown; currency?: unknown } | null;
  if (!m || typeof m !== 'object' || !Number.isSafeInteger(m.minor) || (m.minor as number) < 0)
    return {
      ok: false,
      message: 'Give the cost as {minor, currency}: a whole, non-negative number of cents.',
    };
  if (typeof m.currency !== 'string' || !/^[A-Z]{3}$/.test(m.currency))
    return { ok: false, message: 'Give the currency as a three-letter code, such as EUR.' };
  return { ok: true, value: { minor: m.minor as number, currency: m.currency } };
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function checkTime(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_WITH_ZONE.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
