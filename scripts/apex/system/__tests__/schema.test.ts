import { NotSupportedError } from '../../lang/errors';
import { ApexId } from '../../lang/id';
import type { NativeClass } from '../../interp/native';
import {
  apexEquals,
  ApexEnumValue,
  ApexList,
  ApexMap,
  ApexSObject,
  NativeObject,
  type ApexValue,
} from '../../interp/values';
import {
  describeValue,
  fieldDescribeValue,
  fieldTokenValue,
  SCHEMA_CLASSES,
  sObjectTypeValue,
} from '../schema';
import { fakeOrg, type FakeOrg } from './fake-platform';

function cls(name: string): NativeClass {
  const c = SCHEMA_CLASSES.find((x) => `${x.namespace}.${x.name}` === name);
  if (!c) throw new Error(`no class ${name}`);
  return c;
}

/** Calls an instance method of a native object, dispatching on its class name. */
async function call(
  org: FakeOrg,
  target: ApexValue,
  method: string,
  ...args: ApexValue[]
): Promise<ApexValue> {
  if (!(target instanceof NativeObject)) throw new Error('not a native object');
  const fn = cls(target.className).methods?.[method.toLowerCase()];
  if (!fn) throw new Error(`${target.className}.${method} is not bound`);
  return fn(org.ctx, target.payload, args);
}

function prop(org: FakeOrg, target: NativeObject, name: string): ApexValue {
  const fn = cls(target.className).props?.[name];
  if (!fn) throw new Error(`${target.className}.${name} is not a property`);
  return fn(org.ctx, target.payload);
}

const schemaStatic = (org: FakeOrg, method: string, ...args: ApexValue[]) =>
  (cls('System.Schema').statics as Record<string, (c: unknown, s: null, a: ApexValue[]) => ApexValue>)[
    method
  ](org.ctx, null, args);

const items = (v: ApexValue): ApexValue[] => (v as ApexList).items;

let org: FakeOrg;
beforeEach(async () => {
  org = await fakeOrg();
});

describe('tokens', () => {
  it('gives one SObjectType token per object, whatever the spelling, printed as the API name', async () => {
    const a = sObjectTypeValue(org.ctx, 'account');
    expect(sObjectTypeValue(org.ctx, 'ACCOUNT')).toBe(a);
    expect(apexEquals(a, sObjectTypeValue(org.ctx, 'Account'))).toBe(true);
    expect(apexEquals(a, sObjectTypeValue(org.ctx, 'Contact'))).toBe(false);
    expect(await call(org, a, 'toString')).toBe('Account');
    expect(String(a.payload)).toBe('Account'); // how the interpreter prints a native object
  });

  it('gives one SObjectField token per field, printed as the field name', async () => {
    const t = fieldTokenValue(org.ctx, 'chat__c', 'STATUS__C');
    expect(fieldTokenValue(org.ctx, 'Chat__c', 'Status__c')).toBe(t);
    expect(await call(org, t, 'toString')).toBe('Status__c');
    expect(String(t.payload)).toBe('Status__c');
    expect(() => fieldTokenValue(org.ctx, 'Chat__c', 'Nope__c')).toThrow(NotSupportedError);
    expect(() => sObjectTypeValue(org.ctx, 'Nope__c')).toThrow(NotSupportedError);
  });

  it('keys tokens in Sets and Maps as Apex does', () => {
    const m = new ApexMap({ name: 'Schema.SObjectField' }, { name: 'Integer' });
    m.set(fieldTokenValue(org.ctx, 'Chat__c', 'Code__c'), 40);
    expect(m.get(fieldTokenValue(org.ctx, 'chat__c', 'code__c'))).toBe(40);
  });
});

describe('System.Schema', () => {
  it('getGlobalDescribe: lower-case keys, case-insensitive get/containsKey, token values', () => {
    const m = schemaStatic(org, 'getglobaldescribe') as ApexMap;
    expect(m.keys()).toContain('chat__c');
    expect(m.keys()).toContain('catalog__mdt');
    expect(m.keys().every((k) => k === (k as string).toLowerCase())).toBe(true);
    expect(m.has('CHAT__C')).toBe(true);
    expect(m.get('Account')).toBe(sObjectTypeValue(org.ctx, 'Account'));
    expect(m.get('Nope')).toBeNull();
  });

  it('describeSObjects: describes in the order asked, with or without options', async () => {
    const opts = new ApexEnumValue('System.SObjectDescribeOptions', 'DEFERRED', 1);
    const names = new ApexList({ name: 'String' }, ['contact', 'Account']);
    const list = schemaStatic(org, 'describesobjects', names, opts);
    expect(await Promise.all(items(list).map((d) => call(org, d, 'getName')))).toEqual([
      'Contact',
      'Account',
    ]);
    expect(() => schemaStatic(org, 'describesobjects', new ApexList({ name: 'String' }, ['Nope']))).toThrow(
      NotSupportedError,
    );
  });
});

describe('DescribeSObjectResult', () => {
  it('names, labels, key prefix and kind', async () => {
    const d = describeValue(org.ctx, 'chat__c');
    expect(await call(org, d, 'getName')).toBe('Chat__c');
    expect(await call(org, d, 'getLabel')).toBe('Chat');
    expect(await call(org, d, 'getLabelPlural')).toBe('Chats');
    expect(await call(org, d, 'getKeyPrefix')).toBe('a00');
    expect(await call(org, d, 'isCustom')).toBe(true);
    expect(await call(org, d, 'isCustomSetting')).toBe(false);
    expect(await call(org, describeValue(org.ctx, 'Pref__c'), 'isCustomSetting')).toBe(true);
    expect(await call(org, describeValue(org.ctx, 'Account'), 'isCustom')).toBe(false);
    expect(await call(org, d, 'getSObjectType')).toBe(sObjectTypeValue(org.ctx, 'Chat__c'));
  });

  it('object access comes from the running user’s Access', async () => {
    org.access.denied.add('edit:chat__c');
    const after = describeValue(org.ctx, 'Chat__c');
    expect(await call(org, after, 'isAccessible')).toBe(true);
    expect(await call(org, after, 'isUpdateable')).toBe(false);
    expect(await call(org, after, 'isCreateable')).toBe(true);
    org.access.denied.add('chat__c');
    expect(await call(org, describeValue(org.ctx, 'Chat__c'), 'isAccessible')).toBe(false);
    expect(await call(org, describeValue(org.ctx, 'Chat__c'), 'isQueryable')).toBe(false);
  });

  it('custom metadata is never createable, updateable or deletable by DML', async () => {
    const d = describeValue(org.ctx, 'Catalog__mdt');
    expect(await call(org, d, 'isQueryable')).toBe(true);
    expect(await call(org, d, 'isCreateable')).toBe(false);
    expect(await call(org, d, 'isUpdateable')).toBe(false);
    expect(await call(org, d, 'isDeletable')).toBe(false);
  });

  it('fields.getMap(): lower-case keys, case-insensitive get, field tokens', async () => {
    const fields = prop(org, describeValue(org.ctx, 'Chat__c'), 'fields') as NativeObject;
    const m = (await call(org, fields, 'getMap')) as ApexMap;
    expect(m.keys()).toEqual(expect.arrayContaining(['id', 'name', 'status__c', 'acme__remote__c']));
    expect(m.get('Status__c')).toBe(fieldTokenValue(org.ctx, 'Chat__c', 'Status__c'));
    expect(m.has('STATUS__C')).toBe(true);
  });

  it('child relationships name the child object, its field and the relationship', async () => {
    const rels = items(await call(org, describeValue(org.ctx, 'Account'), 'getChildRelationships'));
    expect(rels).toHaveLength(2);
    const chats = rels[1];
    expect(await call(org, chats, 'getRelationshipName')).toBe('Chats__r');
    expect(await call(org, chats, 'getChildSObject')).toBe(sObjectTypeValue(org.ctx, 'Chat__c'));
    expect(await call(org, chats, 'getField')).toBe(fieldTokenValue(org.ctx, 'Chat__c', 'Account__c'));
    expect(await call(org, chats, 'isCascadeDelete')).toBe(false);
    expect(await call(org, chats, 'isRestrictedDelete')).toBe(true);
  });
});

describe('DescribeFieldResult', () => {
  const describe = (o: string, f: string) => fieldDescribeValue(org.ctx, o, f);
  /** A method of the field's describe result. */
  const ask = (o: string, f: string, method: string, ...args: ApexValue[]) =>
    call(org, describe(o, f), method, ...args);

  it('reports type as a Schema.DisplayType constant, and sizes', async () => {
    const t = (await ask('Chat__c', 'Account__c', 'getType')) as ApexEnumValue;
    expect(t).toBeInstanceOf(ApexEnumValue);
    expect(t.type).toBe('Schema.DisplayType');
    expect(String(t)).toBe('REFERENCE');
    expect(apexEquals(t, new ApexEnumValue('Schema.DisplayType', 'REFERENCE', t.ordinal))).toBe(true);
    expect(String(await ask('Chat__c', 'Notes__c', 'getType'))).toBe('TEXTAREA');
    expect(String(await ask('Account', 'AnnualRevenue', 'getType'))).toBe('CURRENCY');
    expect(await ask('Chat__c', 'Code__c', 'getLength')).toBe(40);
    expect(await ask('Chat__c', 'Score__c', 'getScale')).toBe(2);
    expect(await ask('Chat__c', 'Score__c', 'getPrecision')).toBe(18);
  });

  it('names: getName, getLocalName without a namespace prefix, getLabel', async () => {
    expect(await ask('chat__c', 'status__c', 'getName')).toBe('Status__c');
    expect(await ask('Chat__c', 'acme__Remote__c', 'getLocalName')).toBe('Remote__c');
    expect(await ask('Chat__c', 'Status__c', 'getLocalName')).toBe('Status__c');
    expect(await ask('Account', 'Name', 'getLocalName')).toBe('Name');
    expect(await ask('Account', 'Name', 'getLabel')).toBe('Account Name');
  });

  it('access: FLS of the running user and the field’s own createable/updateable', async () => {
    expect(await ask('Chat__c', 'Code__c', 'isUpdateable')).toBe(true);
    expect(await ask('Chat__c', 'Score__c', 'isUpdateable')).toBe(false);
    expect(await ask('Chat__c', 'Score__c', 'isCreateable')).toBe(false);
    expect(await ask('Chat__c', 'Score__c', 'isAccessible')).toBe(true);
    org.access.denied.add('edit:chat__c.code__c');
    expect(await ask('Chat__c', 'Code__c', 'isUpdateable')).toBe(false);
    expect(await ask('Chat__c', 'Code__c', 'isCreateable')).toBe(false);
    expect(await ask('Chat__c', 'Code__c', 'isAccessible')).toBe(true);
    org.access.denied.add('chat__c.code__c');
    expect(await ask('Chat__c', 'Code__c', 'isAccessible')).toBe(false);
  });

  it('flags from the field definition', async () => {
    const code = describe('Chat__c', 'Code__c');
    expect(await call(org, code, 'isExternalId')).toBe(true);
    expect(await call(org, code, 'isUnique')).toBe(true);
    expect(await call(org, code, 'isCustom')).toBe(true);
    expect(await call(org, code, 'isNillable')).toBe(true);
    expect(await call(org, code, 'isCalculated')).toBe(false);
    expect(await call(org, code, 'isHtmlFormatted')).toBe(false);
    expect(await ask('Chat__c', 'Score__c', 'isCalculated')).toBe(true);
    expect(await ask('Chat__c', 'Name', 'isAutoNumber')).toBe(true);
    expect(await ask('Chat__c', 'Name', 'isNameField')).toBe(true);
    expect(await ask('Account', 'Name', 'isCustom')).toBe(false);
    expect(await ask('Account', 'Name', 'isNillable')).toBe(false);
  });

  it('defaults: isDefaultedOnCreate for checkboxes, picklist defaults, platform fields; getDefaultValue', async () => {
    expect(await ask('Chat__c', 'Flag__c', 'isDefaultedOnCreate')).toBe(true);
    expect(await ask('Chat__c', 'Flag__c', 'getDefaultValue')).toBe(false);
    expect(await ask('Chat__c', 'Status__c', 'isDefaultedOnCreate')).toBe(true);
    expect(await ask('Account', 'OwnerId', 'isDefaultedOnCreate')).toBe(true);
    expect(await ask('Chat__c', 'CreatedDate', 'isDefaultedOnCreate')).toBe(true);
    expect(await ask('Chat__c', 'Code__c', 'isDefaultedOnCreate')).toBe(false);
    expect(await ask('Chat__c', 'Score__c', 'isDefaultedOnCreate')).toBe(false);
    expect(await ask('Chat__c', 'Code__c', 'getDefaultValue')).toBeNull();
  });

  it('SOQL capabilities: long text is neither sortable nor filterable; multi-value and numbers are not groupable', async () => {
    expect(await ask('Chat__c', 'Notes__c', 'isSortable')).toBe(false);
    expect(await ask('Chat__c', 'Notes__c', 'isFilterable')).toBe(false);
    expect(await ask('Account', 'Description', 'isFilterable')).toBe(false);
    expect(await ask('Chat__c', 'Code__c', 'isSortable')).toBe(true);
    expect(await ask('Chat__c', 'Code__c', 'isFilterable')).toBe(true);
    expect(await ask('Chat__c', 'Code__c', 'isGroupable')).toBe(true);
    expect(await ask('Chat__c', 'Score__c', 'isGroupable')).toBe(false);
    expect(await ask('Chat__c', 'Score__c', 'isSortable')).toBe(true);
  });

  it('references: getReferenceTo gives type tokens, getRelationshipName the relationship', async () => {
    const d = describe('Chat__c', 'Account__c');
    const refs = items(await call(org, d, 'getReferenceTo'));
    expect(refs).toEqual([sObjectTypeValue(org.ctx, 'Account')]);
    expect(await call(org, d, 'getRelationshipName')).toBe('Account__r');
    expect(await ask('Chat__c', 'Code__c', 'getRelationshipName')).toBeNull();
    expect(items(await ask('Chat__c', 'Code__c', 'getReferenceTo'))).toEqual([]);
  });

  it('picklists: entries with value, label, active and default flags; restricted', async () => {
    const d = describe('Chat__c', 'Status__c');
    expect(await call(org, d, 'isRestrictedPicklist')).toBe(true);
    const entries = items(await call(org, d, 'getPicklistValues'));
    expect(await Promise.all(entries.map((e) => call(org, e, 'getValue')))).toEqual([
      'Open',
      'Closed',
      'Old',
    ]);
    expect(await call(org, entries[1], 'getLabel')).toBe('Closed (done)');
    expect(await call(org, entries[2], 'isActive')).toBe(false);
    expect(await call(org, entries[0], 'isDefaultValue')).toBe(true);
    expect(items(await ask('Chat__c', 'Code__c', 'getPicklistValues'))).toEqual([]);
  });

  it('getSObjectField and SObjectField.getDescribe go back and forth', async () => {
    const token = await ask('Chat__c', 'Code__c', 'getSObjectField');
    expect(token).toBe(fieldTokenValue(org.ctx, 'Chat__c', 'Code__c'));
    expect(await call(org, await call(org, token, 'getDescribe'), 'getName')).toBe('Code__c');
    expect(() => fieldDescribeValue(org.ctx, 'Chat__c', 'Nope__c')).toThrow(NotSupportedError);
  });
});

describe('SObjectType', () => {
  const t = () => sObjectTypeValue(org.ctx, 'Chat__c');

  it('getDescribe with or without SObjectDescribeOptions', async () => {
    expect(await call(org, await call(org, t(), 'getDescribe'), 'getName')).toBe('Chat__c');
    const deferred = new ApexEnumValue('SObjectDescribeOptions', 'DEFERRED', 1);
    expect(await call(org, await call(org, t(), 'getDescribe', deferred), 'getName')).toBe('Chat__c');
  });

  it('newSObject: empty, with an Id, or with default values loaded', async () => {
    const plain = (await call(org, t(), 'newSObject')) as ApexSObject;
    expect(plain).toBeInstanceOf(ApexSObject);
    expect(plain.type).toBe('Chat__c');
    expect(plain.fields.size).toBe(0);
    const rid = org.store.newId('Chat__c');
    const withId = (await call(org, t(), 'newSObject', rid)) as ApexSObject;
    expect(withId.read('Id')).toEqual(ApexId.of(rid));
    const defaults = (await call(org, t(), 'newSObject', null, true)) as ApexSObject;
    expect(defaults.read('Flag__c')).toBe(false);
    await expect(call(org, t(), 'newSObject', rid, true)).rejects.toThrow(NotSupportedError);
  });
});

describe('member reads that name the schema', () => {
  it('Schema.SObjectType.<Object> is the object describe', async () => {
    const read = cls('Schema.SObjectType').staticProps?.['chat__c'];
    const d = (await read?.(org.ctx)) as NativeObject;
    expect(await call(org, d, 'getName')).toBe('Chat__c');
    expect(() => cls('Schema.SObjectType').staticProps?.['nope__c'](org.ctx)).toThrow(NotSupportedError);
  });

  it('….fields.<Field> is the field describe; unknown fields are a gap', async () => {
    const fields = prop(org, describeValue(org.ctx, 'Chat__c'), 'fields') as NativeObject;
    const code = prop(org, fields, 'code__c');
    expect(await call(org, code, 'getName')).toBe('Code__c');
    expect(() => prop(org, fields, 'nope__c')).toThrow(NotSupportedError);
  });
});

it('Schema.DisplayType lists the constants describe uses', () => {
  const values = cls('Schema.DisplayType').enumValues ?? [];
  for (const v of [
    'STRING',
    'TEXTAREA',
    'REFERENCE',
    'ID',
    'PICKLIST',
    'MULTIPICKLIST',
    'COMBOBOX',
    'DOUBLE',
  ]) {
    expect(values).toContain(v);
  }
  expect(cls('System.SObjectDescribeOptions').enumValues).toEqual(['DEFAULT', 'DEFERRED', 'FULL']);
});
