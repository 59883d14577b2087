import { ApexBlob } from '../../lang/blob';
import { Decimal } from '../../lang/decimal';
import { ApexError, NotSupportedError } from '../../lang/errors';
import { ApexId } from '../../lang/id';
import { ApexDouble } from '../../lang/numbers';
import { ApexDate, ApexDatetime, ApexTime } from '../../lang/temporal';
import {
  ApexEnumValue,
  ApexList,
  ApexMap,
  ApexObject,
  ApexSet,
  ApexSObject,
  type ApexValue,
  type TypeRef,
} from '../../interp/values';
import { JsonClass } from '../json';
import { typeValue } from '../type';
import { callStatic, fakeCtx, fakeObject, fakeServices, type FakeClass } from './fake-ctx-services';

const S: TypeRef = { name: 'String' };
const OBJ: TypeRef = { name: 'Object' };

const Inner: FakeClass = { name: 'Outer.Inner', fields: [{ name: 'label', type: S }] };
const Dto: FakeClass = {
  name: 'Dto',
  fields: [
    { name: 'Name', type: S },
    { name: 'count', type: { name: 'Integer' } },
    { name: 'amount', type: { name: 'Decimal' } },
    { name: 'secret', type: S, isTransient: true },
    { name: 'tags', type: { name: 'List', args: [S] } },
    { name: 'inner', type: { name: 'Outer.Inner' } },
    { name: 'when', type: { name: 'Datetime' } },
    { name: 'day', type: { name: 'Date' } },
    { name: 'scores', type: { name: 'Map', args: [S, { name: 'Long' }] } },
  ],
};

const ctx = () =>
  fakeCtx([Dto, Inner], { services: fakeServices(), classStack: [{ cls: { apiVersion: 66 } }] });

const serialize = (v: ApexValue, ...more: ApexValue[]) =>
  callStatic(ctx(), JsonClass, 'serialize', [v, ...more]);
const untyped = (text: string) => callStatic(ctx(), JsonClass, 'deserializeUntyped', [text]);
const deserialize = (text: string, type: TypeRef, strict = false) =>
  callStatic(ctx(), JsonClass, strict ? 'deserializeStrict' : 'deserialize', [text, typeValue(type)]);

async function apexError(p: () => unknown): Promise<ApexError> {
  try {
    await p();
  } catch (e) {
    expect(e).toBeInstanceOf(ApexError);
    return e as ApexError;
  }
  throw new Error('no ApexError thrown');
}

describe('JSON.serialize', () => {
  it('writes primitives the Apex way', () => {
    expect(serialize(Decimal.valueOf('1.10'))).toBe('1.10');
    expect(serialize(5)).toBe('5');
    expect(serialize(9007199254740993n)).toBe('9007199254740993');
    expect(serialize(new ApexDouble(1))).toBe('1.0');
    expect(serialize('a"b')).toBe('"a\\"b"');
    expect(serialize(null)).toBe('null');
    expect(serialize(true)).toBe('true');
    expect(serialize(ApexId.of('001000000000001'))).toBe('"001000000000001AAA"');
    expect(serialize(ApexDate.newInstance(2015, 2, 13))).toBe('"2015-02-13"');
    expect(serialize(ApexDatetime.parseIso('2014-07-25T10:47:34.981Z'))).toBe('"2014-07-25T10:47:34.981Z"');
    expect(serialize(ApexTime.newInstance(10, 5, 0, 7))).toBe('"10:05:00.007Z"');
    expect(serialize(ApexBlob.valueOf('hi'))).toBe('"aGk="');
  });

  it('writes Apex objects in declared order, nulls included, transient fields skipped', () => {
    const o = fakeObject(Dto, {
      name: 'x',
      count: 2,
      amount: Decimal.valueOf('3.50'),
      secret: 'hidden',
      tags: new ApexList(S, ['a', 'b']),
      inner: fakeObject(Inner, { label: 'in' }),
    });
    expect(serialize(o)).toBe(
      '{"Name":"x","count":2,"amount":3.50,"tags":["a","b"],"inner":{"label":"in"},"when":null,"day":null,"scores":null}',
    );
    expect(serialize(o, true)).toBe(
      '{"Name":"x","count":2,"amount":3.50,"tags":["a","b"],"inner":{"label":"in"}}',
    );
  });

  it('writes maps in insertion order, primitive keys as strings, sets as arrays', () => {
    const m = new ApexMap(S, OBJ);
    m.set('z', 1);
    m.set('a', new ApexSet(S));
    const byInt = new ApexMap({ name: 'Integer' }, S);
    byInt.set(7, 'seven');
    const byId = new ApexMap({ name: 'Id' }, S);
    byId.set(ApexId.of('001000000000001'), 'acct');
    expect(serialize(m)).toBe('{"z":1,"a":[]}');
    expect(serialize(byInt)).toBe('{"7":"seven"}');
    expect(serialize(byId)).toBe('{"001000000000001AAA":"acct"}');
  });

  it('writes enum constants by name, as values and as map keys', () => {
    const red = new ApexEnumValue('Outer.Color', 'RED', 0);
    const m = new ApexMap({ name: 'Outer.Color' }, OBJ);
    m.set(red, red);
    expect(serialize(m)).toBe('{"RED":"RED"}');
  });

  it('refuses map keys it does not model', () => {
    const m = new ApexMap(OBJ, S);
    m.set(fakeObject(Inner), 'x');
    expect(() => serialize(m)).toThrow(NotSupportedError);
  });

  it('writes sObjects with attributes and only the fields set', () => {
    const a = new ApexSObject('Account');
    a.write('Id', ApexId.of('001000000000001'));
    a.write('Name', 'Acme');
    a.write('AnnualRevenue', null);
    const c = new ApexSObject('Contact');
    c.write('LastName', 'Doe');
    a.write('Contacts', new ApexList({ name: 'Contact' }, [c]));
    expect(serialize(a)).toBe(
      '{"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001000000000001AAA"},' +
        '"Id":"001000000000001AAA","Name":"Acme","AnnualRevenue":null,' +
        '"Contacts":{"totalSize":1,"done":true,"records":[{"attributes":{"type":"Contact"},"LastName":"Doe"}]}}',
    );
  });

  it('pretty-prints', () => {
    const m = new ApexMap(S, OBJ);
    m.set('a', new ApexList(OBJ, [1, 2]));
    expect(callStatic(ctx(), JsonClass, 'serializePretty', [m])).toBe('{\n  "a" : [ 1, 2 ]\n}');
  });

  it('refuses a structure that contains itself', () => {
    const l = new ApexList(OBJ, []);
    l.items.push(l);
    expect(() => serialize(l)).toThrow(NotSupportedError);
  });
});

describe('JSON.deserializeUntyped', () => {
  it('types numbers as Integer, Long past 32 bits, Decimal with a fraction', () => {
    const m = untyped(
      '{"i": 12, "big": 3000000000, "f": 12.0, "e": 1E+2, "huge": 99999999999999999999}',
    ) as ApexMap;
    expect(m.get('i')).toBe(12);
    expect(m.get('big')).toBe(3000000000n);
    expect(m.get('f')).toEqual(Decimal.valueOf('12.0'));
    expect((m.get('f') as Decimal).scale).toBe(1);
    expect(m.get('e')).toEqual(Decimal.valueOf('1E+2'));
    expect(m.get('huge')).toEqual(Decimal.valueOf('99999999999999999999'));
  });

  it('builds Map<String,ANY> and List<ANY> with case-sensitive keys', () => {
    const m = untyped('{"Property1": [1, "a", null, {"x": true}]}') as ApexMap;
    expect(m.keyType).toEqual({ name: 'String' });
    expect(m.valueType).toEqual({ name: 'ANY' });
    expect(m.get('property1')).toBeNull();
    const list = m.get('Property1') as ApexList;
    expect(list.elementType).toEqual({ name: 'ANY' });
    expect(list.items.slice(0, 3)).toEqual([1, 'a', null]);
    expect((list.items[3] as ApexMap).get('x')).toBe(true);
  });

  it('returns top-level scalars', () => {
    expect(untyped('"s"')).toBe('s');
    expect(untyped('null')).toBeNull();
    expect(untyped('-7')).toBe(-7);
  });

  it('throws JSONException on malformed text', async () => {
    const e = await apexError(() => untyped('{"a":}'));
    expect(e.apexType).toBe('System.JSONException');
    expect(e.message).toMatch(/^Unexpected character \('}' \(code 125\)\)/);
  });
});

describe('JSON.deserialize (typed)', () => {
  it('fills Apex classes case-insensitively, ignoring unknown keys', async () => {
    const o = (await deserialize(
      '{"name":"x","COUNT":3,"amount":1.50,"unknown":{"deep":[1]},"tags":["a"],"inner":{"Label":"in"},' +
        '"when":"2014-07-25T10:47:34.981Z","day":"2015-02-13","scores":{"k":5}}',
      { name: 'Dto' },
    )) as ApexObject;
    expect(o.fields.get('name')).toBe('x');
    expect(o.fields.get('count')).toBe(3);
    expect(o.fields.get('amount')).toEqual(Decimal.valueOf('1.50'));
    expect((o.fields.get('tags') as ApexList).items).toEqual(['a']);
    expect((o.fields.get('inner') as ApexObject).fields.get('label')).toBe('in');
    expect(o.fields.get('when')).toEqual(ApexDatetime.parseIso('2014-07-25T10:47:34.981Z'));
    expect(o.fields.get('day')).toEqual(ApexDate.newInstance(2015, 2, 13));
    expect((o.fields.get('scores') as ApexMap).get('k')).toBe(5n);
  });

  it('deserializeStrict rejects unknown keys with the Apex message', async () => {
    const e = await apexError(() => deserialize('{"first":1}', { name: 'Dto' }, true));
    expect(e.apexType).toBe('System.JSONException');
    expect(e.message).toBe('Unknown field: Dto.first');
    const ok = (await deserialize('{"name":"y"}', { name: 'Dto' }, true)) as ApexObject;
    expect(ok.fields.get('name')).toBe('y');
  });

  it('reads collections and top-level primitives', async () => {
    const list = (await deserialize('[{"label":"a"},null]', {
      name: 'List',
      args: [{ name: 'Outer.Inner' }],
    })) as ApexList;
    expect((list.items[0] as ApexObject).fields.get('label')).toBe('a');
    expect(list.items[1]).toBeNull();
    const set = (await deserialize('[1,1,2]', { name: 'Set', args: [{ name: 'Integer' }] })) as ApexSet;
    expect([...set.values()]).toEqual([1, 2]);
    const byInt = (await deserialize('{"7":"x"}', {
      name: 'Map',
      args: [{ name: 'Integer' }, S],
    })) as ApexMap;
    expect(byInt.get(7)).toBe('x');
    expect(await deserialize('100.1', { name: 'Decimal' })).toEqual(Decimal.valueOf('100.1'));
    expect(await deserialize('"001000000000001"', { name: 'Id' })).toEqual(ApexId.of('001000000000001'));
  });

  it('reports shape mismatches like Apex', async () => {
    expect((await apexError(() => deserialize('{}', { name: 'List', args: [S] }))).message).toBe(
      "Malformed JSON: Expected '[' at the beginning of List/Set",
    );
    expect((await apexError(() => deserialize('[]', { name: 'Dto' }))).message).toBe(
      "Malformed JSON: Expected '{' at the beginning of object",
    );
    expect((await apexError(() => deserialize('3000000000', { name: 'Integer' }))).message).toBe(
      'Numeric value (3000000000) out of range of int',
    );
  });

  it('fills sObjects from the schema: typed fields, relationships, attributes skipped', async () => {
    const lead = (await deserialize(
      '{"attributes":{"type":"Lead"},"Id":"00Q000000000001","IsConverted":true,' +
        '"ConvertedAccountId":"001000000000001AAA","numberofemployees":12,"Other":"ignored"}',
      { name: 'Lead' },
    )) as ApexSObject;
    expect(lead.type).toBe('Lead');
    expect(lead.read('Id')).toEqual(ApexId.of('00Q000000000001'));
    expect(lead.read('IsConverted')).toBe(true);
    expect(lead.read('ConvertedAccountId')).toEqual(ApexId.of('001000000000001'));
    expect(lead.read('NumberOfEmployees')).toBe(12);
    expect(lead.has('Other')).toBe(false);

    const contact = (await deserialize(
      '{"LastName":"Doe","Birthdate":"1990-01-02","Account":{"Name":"Acme","AnnualRevenue":10.5}}',
      { name: 'Contact' },
    )) as ApexSObject;
    expect(contact.read('Birthdate')).toEqual(ApexDate.newInstance(1990, 1, 2));
    const account = contact.read('Account') as ApexSObject;
    expect(account.type).toBe('Account');
    expect(account.read('AnnualRevenue')).toEqual(Decimal.valueOf('10.5'));

    const withChildren = (await deserialize(
      '{"Name":"A","Contacts":{"totalSize":1,"done":true,"records":[{"LastName":"x"}]}}',
      {
        name: 'Account',
      },
    )) as ApexSObject;
    expect(((withChildren.read('Contacts') as ApexList).items[0] as ApexSObject).read('LastName')).toBe('x');
  });

  it('deserializeStrict on an sObject names the missing column', async () => {
    const e = await apexError(() => deserialize('{"first":"x"}', { name: 'Account' }, true));
    expect(e.message).toBe("No such column 'first' on sobject of type Account");
  });

  it('reads List<SObject> by attributes.type', async () => {
    const list = (await deserialize('[{"attributes":{"type":"Account"},"Name":"A"}]', {
      name: 'List',
      args: [{ name: 'SObject' }],
    })) as ApexList;
    expect((list.items[0] as ApexSObject).type).toBe('Account');
  });

  it('round-trips an Apex object through serialize and deserialize', async () => {
    const o = fakeObject(Dto, { name: 'r', amount: Decimal.valueOf('2.00'), tags: new ApexList(S, ['t']) });
    const back = (await deserialize(serialize(o) as string, { name: 'Dto' })) as ApexObject;
    expect(serialize(back)).toBe(serialize(o));
  });
});
