/**
 * Duplicate rules of a new org: the standard Account, Contact and Lead rules, action "Allow" with an
 * alert on create and edit. Apex DML meets them only when it sends a `DuplicateRuleHeader`
 * (`Database.DMLOptions`); with `allowSave = false` a matching row fails with DUPLICATES_DETECTED.
 *
 * The standard matching rules are fuzzy; offline they are approximated by exact comparisons:
 * Account by Name (case-insensitive); Contact and Lead by Email (case-insensitive), or by First and
 * Last Name together with the Phone's digits. Contacts and Leads are matched against both objects.
 */
import { ApexId } from '../lang/id';
import type { ApexValue } from '../interp/values';
import type { ObjectInfo, RecordStore, StoredRecord } from './model';

export interface DuplicateMatch {
  ruleName: string;
  allowSave: boolean;
  message: string;
  /** Matching records per matched object. */
  matches: { objectName: string; records: StoredRecord[] }[];
}

const ALERT = 'You are creating a duplicate record. We recommend you use an existing record instead.';

const text = (v: ApexValue | undefined): string => (typeof v === 'string' ? v.trim().toLowerCase() : '');
const digits = (v: ApexValue | undefined): string => (typeof v === 'string' ? v.replace(/\D/g, '') : '');

function samePerson(a: StoredRecord, b: StoredRecord): boolean {
  const email = text(a.Email);
  if (email && email === text(b.Email)) return true;
  const phone = digits(a.Phone);
  return (
    !!text(a.LastName) &&
    text(a.LastName) === text(b.LastName) &&
    text(a.FirstName) === text(b.FirstName) &&
    !!phone &&
    phone === digits(b.Phone)
  );
}

const RULES: Record<
  string,
  { name: string; against: string[]; same: (a: StoredRecord, b: StoredRecord) => boolean }
> = {
  account: {
    name: 'Standard_Account_Duplicate_Rule',
    against: ['Account'],
    same: (a, b) => !!text(a.Name) && text(a.Name) === text(b.Name),
  },
  contact: { name: 'Standard_Contact_Duplicate_Rule', against: ['Contact', 'Lead'], same: samePerson },
  lead: {
    name: 'Standard_Rule_for_Leads_with_Duplicate_Contacts',
    against: ['Lead', 'Contact'],
    same: samePerson,
  },
};

const idText = (v: ApexValue | undefined): string | null => (v instanceof ApexId ? v.value : null);

/** The duplicates a record about to be saved has among the stored records, or null. */
export async function findDuplicates(
  store: RecordStore,
  object: ObjectInfo,
  record: StoredRecord,
): Promise<DuplicateMatch | null> {
  const rule = RULES[object.name.toLowerCase()];
  if (!rule) return null;
  const self = idText(record.Id);
  const matches: DuplicateMatch['matches'] = [];
  for (const objectName of rule.against) {
    if (!store.schema.object(objectName)) continue;
    const records = (await store.scan(objectName)).filter(
      (r) =>
        idText(r.Id) !== self && !(objectName === 'Lead' && r.IsConverted === true) && rule.same(record, r),
    );
    if (records.length) matches.push({ objectName, records });
  }
  return matches.length ? { ruleName: rule.name, allowSave: true, message: ALERT, matches } : null;
}
