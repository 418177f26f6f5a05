import dayjs from 'dayjs';
import type { PlaybookField } from '../../../../domain/playbook/schema';

/**
 * Between a step's captures as stored (money in minor units, times in ISO UTC) and the
 * values its form edits (amounts in euros, local date-times, a blank row to type in).
 */
export type FormValue = unknown;

interface OptionRow {
  description: string;
  cost: number | string;
  fit: string;
}
interface PromiseRow {
  what: string;
  due: string;
}
interface TaskRow {
  what: string;
  who: string | null;
  due: string;
}

export const CURRENCY = 'EUR';

/** An ISO time as a datetime-local input shows it, in the browser's time zone. */
export const localTime = (iso: unknown) =>
  typeof iso === 'string' && iso ? dayjs(iso).format('YYYY-MM-DDTHH:mm') : '';
export const isoTime = (local: string) => (local ? dayjs(local).toISOString() : '');
const major = (money: unknown) =>
  money && typeof money === 'object' && 'minor' in money
    ? (money as { minor: number }).minor / 100
    : '';
const minor = (amount: number | string) =>
  amount === '' || amount === null
    ? undefined
    : { minor: Math.round(Number(amount) * 100), currency: CURRENCY };

export function blankRow(field: PlaybookField): unknown {
  switch (field.type) {
    case 'options':
      return { description: '', cost: '', fit: '' } satisfies OptionRow;
    case 'promises':
      return { what: '', due: '' } satisfies PromiseRow;
    case 'tasks':
      return { what: '', who: null, due: '' } satisfies TaskRow;
    case 'list':
    case 'text':
    case 'long_text':
    case 'choice':
    case 'multi_choice':
    case 'person':
    case 'money':
    case 'datetime':
    case 'boolean':
    case 'rating':
      return '';
  }
}

export function toFormValue(field: PlaybookField, captured: unknown): FormValue {
  switch (field.type) {
    case 'text':
    case 'long_text':
      return typeof captured === 'string' ? captured : '';
    case 'choice':
    case 'person':
      return typeof captured === 'string' ? captured : null;
    case 'multi_choice':
      return Array.isArray(captured) ? captured : [];
    case 'list':
      return Array.isArray(captured) && captured.length ? captured : [''];
    case 'options':
      return Array.isArray(captured) && captured.length
        ? captured.map((o: { description: string; cost: unknown; fit: string }) => ({
            description: o.description,
            cost: major(o.cost),
            fit: o.fit,
          }))
        : [blankRow(field)];
    case 'promises':
      return Array.isArray(captured)
        ? captured.map((p: { what: string; due: string }) => ({
            what: p.what,
            due: localTime(p.due),
          }))
        : [];
    case 'tasks':
      return Array.isArray(captured)
        ? captured.map((t: { what: string; who: string; due: string }) => ({
            what: t.what,
            who: t.who,
            due: localTime(t.due),
          }))
        : [];
    case 'money':
      return major(captured);
    case 'datetime':
      return localTime(captured);
    case 'boolean':
      return captured === true;
    case 'rating':
      return typeof captured === 'number' ? captured : 0;
  }
}

/** The value to send, or undefined when the field is left empty. */
export function fromFormValue(field: PlaybookField, value: FormValue): unknown {
  const filled = (s: unknown) => typeof s === 'string' && s.trim() !== '';
  switch (field.type) {
    case 'text':
    case 'long_text':
      return filled(value) ? value : undefined;
    case 'choice':
    case 'person':
      return value ?? undefined;
    case 'multi_choice':
      return (value as string[]).length ? value : undefined;
    case 'list': {
      const rows = (value as string[]).filter(filled);
      return rows.length ? rows : undefined;
    }
    case 'options': {
      const rows = (value as OptionRow[]).filter(
        (o) => filled(o.description) || filled(o.fit) || o.cost !== '',
      );
      return rows.length
        ? rows.map((o) => ({ description: o.description, cost: minor(o.cost), fit: o.fit }))
        : undefined;
    }
    case 'promises': {
      const rows = (value as PromiseRow[]).filter((p) => filled(p.what) || filled(p.due));
      return rows.length ? rows.map((p) => ({ what: p.what, due: isoTime(p.due) })) : undefined;
    }
    case 'tasks': {
      const rows = (value as TaskRow[]).filter((t) => filled(t.what) || t.who || filled(t.due));
      return rows.length
        ? rows.map((t) => ({ what: t.what, who: t.who ?? '', due: isoTime(t.due) }))
        : undefined;
    }
    case 'money':
      return minor(value as number | string);
    case 'datetime':
      return filled(value) ? isoTime(value as string) : undefined;
    case 'boolean':
      return value;
    case 'rating':
      return (value as number) > 0 ? value : undefined;
  }
}

/** Only what differs from what is already captured is sent, so the timeline shows real changes. */
export function changedCaptures(
  fields: PlaybookField[],
  values: Record<string, FormValue>,
  captured: Record<string, unknown>,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const next = fromFormValue(field, values[field.id]);
    if (next === undefined) continue;
    if (field.type === 'boolean' && next === false && captured[field.id] === undefined) continue;
    if (JSON.stringify(next) !== JSON.stringify(captured[field.id])) data[field.id] = next;
  }
  return data;
}
