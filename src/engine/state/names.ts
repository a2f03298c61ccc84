import { isUnMember, memberName } from '../data/members';
import { CHAIR, HOST } from '../ids';

/**
 * The name of whoever acts, for the record and for reasons of refusal: a State's UN name, the
 * European Union, the host or the chair; an unknown code is shown as given (never a throw, so a
 * message about a bad actor can always be written).
 */
export function actorName(actor: string): string {
  if (actor === HOST) return 'the host';
  if (actor === CHAIR) return 'the chair';
  if (actor === 'EU' || isUnMember(actor)) return memberName(actor);
  return `"${actor}"`;
}

/** A value of a record kept by id, or undefined: never a property every object inherits. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
