/**
 * Static members of an sObject type, as `Platform.sobjectStatic(ctx, type, member, args)` receives
 * them: `Account.SObjectType` (args null) → the type token, `Account.Name` (args null) → the field
 * token, `X__c.getInstance()` / `X__mdt.getAll()` / `Account.getSObjectType()` (args given) → the
 * static method.
 */
import type { Ctx } from '../interp/native';
import type { ApexValue } from '../interp/values';
import { fieldTokenValue, sObjectTypeValue } from './schema';
import { sObjectStaticMethod } from './settings';

export async function sObjectStaticMember(
  ctx: Ctx,
  objectName: string,
  member: string,
  args: ApexValue[] | null,
): Promise<ApexValue> {
  if (args !== null) return sObjectStaticMethod(ctx, objectName, member, args);
  if (member.toLowerCase() === 'sobjecttype') return sObjectTypeValue(ctx, objectName);
  return fieldTokenValue(ctx, objectName, member);
}
