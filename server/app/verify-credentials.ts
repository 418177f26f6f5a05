import { DomainError } from '../../domain/shared/domain-error';
import type { UserRecord } from '../storage/records';
import type { Deps } from './deps';

// Compared against when the email is unknown, so a wrong email costs the same time as a
// wrong password and response times do not reveal which accounts exist.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$J7NiNq1XA4ADft4OsneS2A$peSBpai7UFdGiqZ3DSvr2Q5VZLOVFF6hYSJ2oChE/v8';

export async function verifyCredentials(
  deps: Deps,
  email: string,
  password: string,
): Promise<UserRecord> {
  const user = await deps.storage.read.members.userByEmail(email.trim().toLowerCase());
  const ok = await deps.passwords.verify(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok) throw new DomainError('UNAUTHENTICATED', 'The email or password is not right.');
  return user;
}
