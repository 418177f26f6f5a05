import { parsePlaybookDocument, type PlaybookDocument } from '../../domain/playbook/schema';
import { DomainError } from '../../domain/shared/domain-error';

/** A document from a request, validated; its problems are reported under `document.`. */
export function checkedDocument(input: unknown): PlaybookDocument {
  const parsed = parsePlaybookDocument(input);
  if (parsed.ok) return parsed.document;
  throw new DomainError(
    'VALIDATION',
    `The playbook cannot be saved: ${parsed.problems[0]!.message}`,
    parsed.problems.map((p) => ({ path: `document.${p.path}`, message: p.message })),
  );
}
