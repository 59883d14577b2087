import { Decimal } from '../../lang/decimal';
import { ApexError, NotSupportedError } from '../../lang/errors';
import { ApexId } from '../../lang/id';
import {
  ApexList,
  ApexMap,
  ApexObject,
  ApexSObject,
  NativeObject,
  type ApexValue,
} from '../../interp/values';
import { fieldTokenValue, sObjectTypeValue } from '../schema';
import { ListClass } from '../list';
import { MapClass } from '../map';
import { SObjectClass } from '../sobject';
import { recordErrors } from '../sobject-errors';
import { fakeOrg, type FakeOrg } from './fake-platform';

let org: FakeOrg;
beforeEach(async () => {
  org = await fakeOrg();
});

function call(rec: ApexSObject, method: string, ...args: ApexValue[]): Promise<ApexValue> {
  const fn = SObjectClass.methods?.[method.toLowerCase()];
  if (!fn) throw new Error(`SObject.${method} is not bound`);
  return Promise.resolve().then(() => fn(org.ctx, rec, args));
}

function record(type: string, fields: Record<string, ApexValue>, queried?: string[]): ApexSObject {
  const r = new ApexSObject(type);
  for (const [k, v] of Object.entries(fields)) r.write(k, v);
  if (queried) r.queried = new Set(queried.map((q) => q.toLowerCase()));
  return r;
}

const chatId = () => ApexId.of(org.store.newId('Chat__c'));

async function rejects(p: Promise<unknown>, type: string, message: string): Promise<void> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ApexError);
  expect((e as ApexError).apexType).toBe(type);
  expect((e as ApexError).message).toBe(message);
}

const refused = (p: Promise<unknown>, message: string) => rejects(p, 'System.SObjectException', message);

describe('get', () => {
  it('reads a field by any spelling, or by its token; unset fields are null', async () => {
    const r = record('Chat__c', { Code__c: 'X1' });
    expect(await call(r, 'get', 'code__C')).toBe('X1');
    expect(await call(r, 'get', fieldTokenValue(org.ctx, 'Chat__c', 'Code__c'))).toBe('X1');
    expect(await call(r, 'get', 'Notes__c')).toBeNull();
  });

  it('an invalid field: System.SObjectException naming field and object', async () => {
    await refused(call(record('Account', {}), 'get', 'Foo'), 'Invalid field Foo for Account');
    await refused(call(record('Contact', {}), 'get', 'Account'), 'Invalid field Account for Contact');
    await refused(
      call(record('Account', {}), 'get', fieldTokenValue(org.ctx, 'Contact', 'LastName')),
      'Invalid field Contact.LastName for Account',
    );
  });

  it('a field the query did not select throws; Id and fields set after the query do not', async () => {
    const r = record('Chat__c', { Id: chatId(), Code__c: 'A' }, ['Id', 'Code__c']);
    await refused(
      call(r, 'get', 'notes__c'),
      'SObject row was retrieved via SOQL without querying the requested field: Chat__c.Notes__c',
    );
    const bare = record('Chat__c', {}, ['Code__c']);
    expect(await call(bare, 'get', 'Id')).toBeNull();
    r.write('Notes__c', 'later');
    expect(await call(r, 'get', 'Notes__c')).toBe('later');
  });

  it('AggregateResult rows answer the columns the query produced', async () => {
    const ar = record('AggregateResult', { expr0: 3 });
    expect(await call(ar, 'get', 'EXPR0')).toBe(3);
    await refused(call(ar, 'get', 'expr1'), 'Invalid field expr1 for AggregateResult');
  });

  it('an object the schema lacks is a runtime gap', async () => {
    await expect(call(record('Nope__c', {}), 'get', 'Name')).rejects.toThrow(NotSupportedError);
  });
});

describe('put', () => {
  it('writes with the declared spelling and returns the previous value', async () => {
    const r = record('Chat__c', { Code__c: 'old' });
    expect(await call(r, 'put', 'CODE__C', 'new')).toBe('old');
    expect(r.read('Code__c')).toBe('new');
    expect(await call(r, 'put', fieldTokenValue(org.ctx, 'Chat__c', 'Notes__c'), 'n')).toBeNull();
    expect(r.names.get('notes__c')).toBe('Notes__c');
  });

  it('checks the value against the field type', async () => {
    const r = record('Account', {});
    await refused(call(r, 'put', 'Name', 5), 'Illegal assignment from Integer to String');
    await refused(call(r, 'put', 'NumberOfEmployees', 'x'), 'Illegal assignment from String to Integer');
    await refused(call(r, 'put', 'Name', true), 'Illegal assignment from Boolean to String');
    await call(r, 'put', 'AnnualRevenue', 5);
    expect(r.read('AnnualRevenue')).toBeInstanceOf(Decimal);
    expect(String(r.read('AnnualRevenue'))).toBe('5');
    await call(r, 'put', 'NumberOfEmployees', null);
    expect(r.has('NumberOfEmployees')).toBe(true);
  });

  it('converts between String and Id as assignment does', async () => {
    const account = org.store.newId('Account');
    const c = record('Contact', {});
    await call(c, 'put', 'AccountId', account.slice(0, 15));
    expect(c.read('AccountId')).toEqual(ApexId.of(account));
    await rejects(call(c, 'put', 'AccountId', 'john doe'), 'System.StringException', 'Invalid id: john doe');
    await call(c, 'put', 'LastName', ApexId.of(account));
    expect(c.read('LastName')).toBe(account);
  });

  it('refuses formula, auto-number and audit fields; Id is assignable', async () => {
    const r = record('Chat__c', {});
    await refused(call(r, 'put', 'Score__c', 1), 'Field is not writeable: Chat__c.Score__c');
    await refused(call(r, 'put', 'name', 'C-1'), 'Field is not writeable: Chat__c.Name');
    await refused(call(r, 'put', 'CreatedDate', null), 'Field is not writeable: Chat__c.CreatedDate');
    const rid = chatId();
    await call(r, 'put', 'Id', rid);
    expect(r.read('Id')).toBe(rid);
  });

  it('custom metadata records may be filled in memory', async () => {
    const m = record('Catalog__mdt', {});
    await call(m, 'put', 'DeveloperName', 'Topic');
    expect(m.read('DeveloperName')).toBe('Topic');
  });
});

describe('relationships', () => {
  it('getSObject by relationship name or lookup token; null when unset', async () => {
    const account = record('Account', { Name: 'Acme' });
    const c = record('Contact', { Account: account });
    expect(await call(c, 'getSObject', 'account')).toBe(account);
    expect(await call(c, 'getSObject', fieldTokenValue(org.ctx, 'Contact', 'AccountId'))).toBe(account);
    expect(await call(record('Contact', {}), 'getSObject', 'Account')).toBeNull();
    await refused(call(c, 'getSObject', 'Parent'), 'Invalid relationship Parent for Contact');
  });

  it('getSObject on a queried record without the relationship throws', async () => {
    const c = record('Contact', { Id: ApexId.of(org.store.newId('Contact')) }, ['Id']);
    await refused(
      call(c, 'getSObject', 'Account'),
      'SObject row was retrieved via SOQL without querying the requested field: Contact.Account',
    );
  });

  it('putSObject sets the related record, checking its type', async () => {
    const c = record('Contact', {});
    const account = record('Account', { Name: 'Acme' });
    expect(await call(c, 'putSObject', 'Account', account)).toBeNull();
    expect(c.read('Account')).toBe(account);
    expect(c.names.get('account')).toBe('Account');
    await refused(
      call(c, 'putSObject', 'Account', record('Contact', {})),
      'Illegal assignment from Contact to Account',
    );
  });

  it('getSObjects returns the child list, null when not loaded; unknown names throw', async () => {
    const children = new ApexList({ name: 'Contact' }, [record('Contact', { LastName: 'A' })]);
    const a = record('Account', { Contacts: children });
    expect(await call(a, 'getSObjects', 'contacts')).toBe(children);
    expect(await call(record('Account', {}), 'getSObjects', 'Chats__r')).toBeNull();
    await refused(
      call(a, 'getSObjects', 'Opportunities'),
      'Invalid aggregate relationship Opportunities for Account',
    );
  });
});

describe('populated fields', () => {
  it('isSet: set in memory or selected by the query; invalid names throw', async () => {
    const r = record('Chat__c', { Code__c: null }, ['Notes__c']);
    expect(await call(r, 'isSet', 'code__c')).toBe(true);
    expect(await call(r, 'isSet', 'Notes__c')).toBe(true);
    expect(await call(r, 'isSet', fieldTokenValue(org.ctx, 'Chat__c', 'Day__c'))).toBe(false);
    await refused(call(r, 'isSet', 'Nope'), 'Invalid field Nope for Chat__c');
  });

  it('getPopulatedFieldsAsMap keys the populated fields by their declared names', async () => {
    const r = record('Chat__c', { code__c: 'A', NOTES__C: null });
    const m = (await call(r, 'getPopulatedFieldsAsMap')) as ApexMap;
    expect(m.keys()).toEqual(['Code__c', 'Notes__c']);
    expect(m.get('Code__c')).toBe('A');
  });

  it('getSObjectType is the type token', async () => {
    expect(await call(record('chat__c', {}), 'getSObjectType')).toBe(sObjectTypeValue(org.ctx, 'Chat__c'));
  });
});

describe('clone', () => {
  const full = () =>
    record('Chat__c', {
      Id: chatId(),
      Name: 'C-0001',
      Code__c: 'A',
      CreatedDate: null,
      Account__r: record('Account', { Id: ApexId.of(org.store.newId('Account')), Name: 'Acme' }),
    });

  it('by default drops the Id, audit timestamps and auto numbers, sharing related records', async () => {
    const r = full();
    const c = (await call(r, 'clone')) as ApexSObject;
    expect(c).not.toBe(r);
    expect([...c.fields.keys()]).toEqual(['code__c', 'account__r']);
    expect(c.read('Account__r')).toBe(r.read('Account__r'));
  });

  it('keeps what the flags ask for and copies related records when deep', async () => {
    const r = full();
    const c = (await call(r, 'clone', true, true, true, true)) as ApexSObject;
    expect([...c.fields.keys()]).toEqual(['id', 'name', 'code__c', 'createddate', 'account__r']);
    const parent = c.read('Account__r') as ApexSObject;
    expect(parent).not.toBe(r.read('Account__r'));
    expect(parent.read('Name')).toBe('Acme');
    expect(parent.read('Id')).toEqual((r.read('Account__r') as ApexSObject).read('Id'));
  });

  it('List.deepClone and Map.deepClone clone each record as clone(preserveId, false, …) does', async () => {
    const r = full();
    const deepClone = async (flags: boolean[]): Promise<ApexSObject[]> => {
      const l = (await ListClass.methods?.deepclone(
        org.ctx,
        new ApexList({ name: 'Chat__c' }, [r]),
        flags,
      )) as ApexList;
      const m = new ApexMap({ name: 'String' }, { name: 'Chat__c' });
      m.set('k', r);
      const copied = (await MapClass.methods?.deepclone(org.ctx, m, flags)) as ApexMap;
      return [l.items[0] as ApexSObject, copied.get('k') as ApexSObject];
    };
    for (const c of await deepClone([])) {
      expect(c).not.toBe(r);
      expect([...c.fields.keys()]).toEqual(['code__c', 'account__r']);
      expect(c.read('Account__r')).toBe(r.read('Account__r'));
    }
    for (const c of await deepClone([true, true, true])) {
      expect([...c.fields.keys()]).toEqual(['id', 'name', 'code__c', 'createddate', 'account__r']);
    }
  });

  it('a clone of a queried record keeps the unqueried-field rule', async () => {
    const r = record('Chat__c', { Id: chatId(), Code__c: 'A' }, ['Id', 'Code__c']);
    const c = (await call(r, 'clone', true)) as ApexSObject;
    await expect(call(c, 'get', 'Notes__c')).rejects.toThrow(ApexError);
  });
});

describe('errors', () => {
  it('addError records a FIELD_CUSTOM_VALIDATION_EXCEPTION the DML engine can read', async () => {
    const r = record('Chat__c', {});
    expect(await call(r, 'hasErrors')).toBe(false);
    await call(r, 'addError', 'Bad row');
    await call(r, 'addError', 'Escaped', false);
    await call(r, 'addError', fieldTokenValue(org.ctx, 'Chat__c', 'Code__c'), 'Bad code');
    await call(r, 'addError', 'notes__c', 'Bad notes');
    expect(await call(r, 'hasErrors')).toBe(true);
    expect(recordErrors(r)).toEqual([
      { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Bad row', fields: [] },
      { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Escaped', fields: [] },
      { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Bad code', fields: ['Code__c'] },
      { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Bad notes', fields: ['Notes__c'] },
    ]);
    const list = (await call(r, 'getErrors')) as ApexList;
    expect(list.items).toHaveLength(4);
    expect(list.items[2]).toBeInstanceOf(NativeObject);
    expect((list.items[2] as NativeObject).className).toBe('Database.Error');
    expect((list.items[2] as NativeObject).payload).toEqual(recordErrors(r)[2]);
    expect(recordErrors(record('Chat__c', {}))).toEqual([]);
  });

  it('addError(exception) takes the exception’s message', async () => {
    const r = record('Chat__c', {});
    const e = new ApexObject({ name: 'MyException' });
    e.fields.set('message', 'from exception');
    await call(r, 'addError', e);
    expect(recordErrors(r)[0].message).toBe('from exception');
  });

  it('errors are not cloned', async () => {
    const r = record('Chat__c', {});
    await call(r, 'addError', 'x');
    expect(await call((await call(r, 'clone')) as ApexSObject, 'hasErrors')).toBe(false);
  });

  it('getQuickActionName is not modelled', async () => {
    await expect(call(record('Chat__c', {}), 'getQuickActionName')).rejects.toThrow(NotSupportedError);
  });
});
