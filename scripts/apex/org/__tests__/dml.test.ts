import { ApexId } from '../../lang/id';
import type { ApexSObject } from '../../interp/values';
import type { TriggerChunk } from '../dml';
import { context, dml, dmlFailure, newOrg, NOW, recordId, sobject } from './helpers';

describe('DML insert', () => {
  it('fills system fields, defaults, auto numbers and compound names, and writes the Id back', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const contact = sobject('Contact', { FirstName: 'Ada', LastName: 'Lovelace' });
    const transcript = sobject('Chat_Transcript__c', { Conversation_Id__c: 'c-1' });
    const [r1] = await dml(ctx, 'insert', [contact]);
    const [r2] = await dml(ctx, 'insert', [transcript]);
    expect(r1.success).toBe(true);
    expect(recordId(contact)).toBe(r1.id);
    expect(r1.id?.startsWith('003')).toBe(true);
    const stored = await org.store.get(r1.id as string);
    expect(stored).toMatchObject({ Name: 'Ada Lovelace', CreatedDate: NOW, IsDeleted: false });
    expect((stored?.OwnerId as ApexId).value).toBe(org.seeded.adminUserId);
    expect((stored?.CreatedById as ApexId).value).toBe(org.seeded.adminUserId);
    expect(contact.has('Name')).toBe(false);
    const t = await org.store.get(r2.id as string);
    expect(t?.Name).toBe('CT-000001');
    const [r3] = await dml(ctx, 'insert', [sobject('Chat_Transcript__c', { Conversation_Id__c: 'c-2' })]);
    expect((await org.store.get(r3.id as string))?.Name).toBe('CT-000002');
    const lead = sobject('Lead', { LastName: 'L', Company: 'C' });
    const [r4] = await dml(ctx, 'insert', [lead]);
    expect(await org.store.get(r4.id as string)).toMatchObject({
      Status: 'Open - Not Contacted',
      IsConverted: false,
    });
  });

  it('reports missing required fields with the exact DmlException message', async () => {
    const org = await newOrg();
    const e = await dmlFailure(dml(context(org), 'insert', [sobject('Lead', { FirstName: 'x' })]));
    expect(e.apexType).toBe('System.DmlException');
    expect(e.message).toBe(
      'Insert failed. First exception on row 0; first error: REQUIRED_FIELD_MISSING, Required fields are missing: [LastName, Company]: [LastName, Company]',
    );
    expect(e.details?.rows).toEqual([
      {
        index: 0,
        id: null,
        statusCode: 'REQUIRED_FIELD_MISSING',
        message: 'Required fields are missing: [LastName, Company]',
        fields: ['LastName', 'Company'],
      },
    ]);
    expect(await org.store.scan('Lead')).toEqual([]);
  });

  it('rejects strings over the field length', async () => {
    const org = await newOrg();
    const e = await dmlFailure(dml(context(org), 'insert', [sobject('Account', { Name: 'x'.repeat(256) })]));
    expect(e.message).toBe(
      `Insert failed. First exception on row 0; first error: STRING_TOO_LONG, Account Name: data value too large: ${'x'.repeat(256)} (max length=255): [Name]`,
    );
  });

  it('rejects values outside a restricted picklist', async () => {
    const org = await newOrg();
    const e = await dmlFailure(
      dml(context(org), 'insert', [sobject('Chat_Transcript__c', { Channel__c: 'Fax' })]),
    );
    expect(e.message).toContain(
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, LivePerson SDK API Type: bad value for restricted picklist field: Fax: [Channel__c]',
    );
  });

  it('enforces unique fields (case-sensitive when declared) against stored rows and within the call', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const [first] = await dml(ctx, 'insert', [sobject('Chat_Transcript__c', { Conversation_Id__c: 'ABC' })]);
    await dml(ctx, 'insert', [sobject('Chat_Transcript__c', { Conversation_Id__c: 'abc' })]);
    const e = await dmlFailure(
      dml(ctx, 'insert', [sobject('Chat_Transcript__c', { Conversation_Id__c: 'ABC' })]),
    );
    expect(e.message).toBe(
      `Insert failed. First exception on row 0; first error: DUPLICATE_VALUE, duplicate value found: Conversation_Id__c duplicates value on record with id: ${first.id}: []`,
    );
    const results = await dml(
      ctx,
      'insert',
      [
        sobject('Chat_Transcript__c', { Conversation_Id__c: 'X' }),
        sobject('Chat_Transcript__c', { Conversation_Id__c: 'X' }),
      ],
      {
        allOrNone: false,
      },
    );
    expect(results.map((r) => r.success)).toEqual([true, false]);
    expect(results[1].errors[0].message).toBe(
      'duplicate value found: <unknown> duplicates value on record with id: <unknown>',
    );
  });

  it('checks lookups: wrong object type and missing records', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const [c] = await dml(ctx, 'insert', [sobject('Contact', { LastName: 'C' })]);
    const wrong = await dmlFailure(
      dml(ctx, 'insert', [sobject('Chat_Transcript__c', { Account__c: ApexId.of(c.id as string) })]),
    );
    expect(wrong.message).toContain(
      `FIELD_INTEGRITY_EXCEPTION, Account: id value of incorrect type: ${c.id}: [Account__c]`,
    );
    const ghost = await dmlFailure(
      dml(ctx, 'insert', [sobject('Chat_Transcript__c', { Account__c: ApexId.of('001000000000999') })]),
    );
    expect(ghost.message).toContain('INVALID_CROSS_REFERENCE_KEY, invalid cross reference id: []');
  });

  it('refuses an Id on insert and read-only fields', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const e = await dmlFailure(
      dml(ctx, 'insert', [sobject('Account', { Name: 'a', Id: ApexId.of('001000000000001') })]),
    );
    expect(e.message).toBe(
      'Insert failed. First exception on row 0; first error: INVALID_FIELD_FOR_INSERT_UPDATE, cannot specify Id in an insert call: [Id]',
    );
    const ro = await dmlFailure(
      dml(ctx, 'insert', [sobject('Lead', { LastName: 'l', Company: 'c', IsConverted: true })]),
    );
    expect(ro.message).toContain(
      'INVALID_FIELD_FOR_INSERT_UPDATE, Unable to create/update fields: IsConverted.',
    );
  });

  it('returns per-row results in partial mode and keeps the good rows', async () => {
    const org = await newOrg();
    const ok = sobject('Account', { Name: 'ok' });
    const results = await dml(context(org), 'insert', [ok, sobject('Account', {})], { allOrNone: false });
    expect(results[0]).toMatchObject({ success: true, errors: [] });
    expect(results[1]).toMatchObject({ success: false, id: null });
    expect(results[1].errors[0]).toEqual({
      statusCode: 'REQUIRED_FIELD_MISSING',
      message: 'Required fields are missing: [Name]',
      fields: ['Name'],
    });
    expect(ok.read('Id')).toBeInstanceOf(ApexId);
    expect((await org.store.scan('Account')).map((a) => a.Name)).toEqual(['ok']);
  });

  it('rejects DML on custom metadata', async () => {
    const org = await newOrg();
    const e = await dmlFailure(dml(context(org), 'insert', [sobject('LivePerson_Field__mdt', {})]));
    expect(e).toMatchObject({
      apexType: 'System.TypeException',
      message: 'DML operation INSERT not allowed on LivePerson_Field__mdt',
    });
  });
});

describe('DML update, delete, undelete', () => {
  it('updates changed fields, stamps LastModified and recomputes names', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const c = sobject('Contact', { FirstName: 'A', LastName: 'B' });
    await dml(ctx, 'insert', [c]);
    const id = recordId(c);
    await dml({ ...ctx, now: 'later' }, 'update', [
      sobject('Contact', { Id: ApexId.of(id), LastName: 'C', CreatedDate: 'ignored' }),
    ]);
    expect(await org.store.get(id)).toMatchObject({
      Name: 'A C',
      CreatedDate: NOW,
      LastModifiedDate: 'later',
    });
  });

  it('fails without an Id, on deleted records and on duplicate Ids', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const e = await dmlFailure(dml(ctx, 'update', [sobject('Account', { Name: 'x' })]));
    expect(e.message).toBe(
      'Update failed. First exception on row 0; first error: MISSING_ARGUMENT, Id not specified in an update call: []',
    );
    const a = sobject('Account', { Name: 'a' });
    await dml(ctx, 'insert', [a]);
    await dml(ctx, 'delete', [a]);
    const id = recordId(a);
    const del = await dmlFailure(dml(ctx, 'update', [sobject('Account', { Id: ApexId.of(id), Name: 'b' })]));
    expect(del.message).toBe(
      `Update failed. First exception on row 0 with id ${id}; first error: ENTITY_IS_DELETED, entity is deleted: []`,
    );
    const dup = await dmlFailure(
      dml(ctx, 'update', [
        sobject('Account', { Id: ApexId.of(id) }),
        sobject('Account', { Id: ApexId.of(id) }),
      ]),
    );
    expect(dup).toMatchObject({ apexType: 'System.ListException', message: `Duplicate id in list: ${id}` });
  });

  it('required fields cleared on update fail', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const a = sobject('Account', { Name: 'a' });
    await dml(ctx, 'insert', [a]);
    const e = await dmlFailure(dml(ctx, 'update', [sobject('Account', { Id: a.read('Id'), Name: null })]));
    expect(e.message).toContain('REQUIRED_FIELD_MISSING, Required fields are missing: [Name]: [Name]');
  });

  it('deletes to the recycle bin, clears lookups, cascades, and undeletes', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const acc = sobject('Account', { Name: 'a' });
    await dml(ctx, 'insert', [acc]);
    const contact = sobject('Contact', { LastName: 'c', AccountId: acc.read('Id') });
    const transcript = sobject('Chat_Transcript__c', { Account__c: acc.read('Id') });
    await dml(ctx, 'insert', [contact, transcript]);
    await dml(ctx, 'delete', [acc]);
    const accId = recordId(acc);
    expect(await org.store.get(accId)).toBeUndefined();
    expect(await org.store.get(recordId(contact))).toBeUndefined();
    expect((await org.store.get(recordId(transcript)))?.Account__c).toBeNull();
    const [u] = await dml(ctx, 'undelete', [sobject('Account', { Id: ApexId.of(accId) })]);
    expect(u.success).toBe(true);
    expect((await org.store.get(accId))?.IsDeleted).toBe(false);
    const again = await dmlFailure(dml(ctx, 'undelete', [sobject('Account', { Id: ApexId.of(accId) })]));
    expect(again.message).toContain('UNDELETE_FAILED, Entity is not in the recycle bin');
  });
});

describe('DML upsert', () => {
  const transcript = (conv: string, extra: Record<string, string> = {}): ApexSObject =>
    sobject('Chat_Transcript__c', { Conversation_Id__c: conv, ...extra });

  it('inserts on no match and updates on one match of the external id', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const [first] = await dml(ctx, 'upsert', [transcript('A1', { Agent_Name__c: 'x' })], {
      externalIdField: 'Conversation_Id__c',
    });
    expect(first).toMatchObject({ success: true, created: true });
    const again = transcript('A1', { Agent_Name__c: 'y' });
    const [second] = await dml(ctx, 'upsert', [again], { externalIdField: 'conversation_id__c' });
    expect(second).toMatchObject({ success: true, created: false, id: first.id });
    expect(recordId(again)).toBe(first.id);
    expect((await org.store.scan('Chat_Transcript__c')).map((r) => r.Agent_Name__c)).toEqual(['y']);
  });

  it('matches a case-sensitive external id exactly', async () => {
    const org = await newOrg();
    const ctx = context(org);
    await dml(ctx, 'upsert', [transcript('abc')], { externalIdField: 'Conversation_Id__c' });
    const [r] = await dml(ctx, 'upsert', [transcript('ABC')], { externalIdField: 'Conversation_Id__c' });
    expect(r.created).toBe(true);
  });

  it('flags the same key twice in one call', async () => {
    const org = await newOrg();
    const results = await dml(context(org), 'upsert', [transcript('K'), transcript('K')], {
      externalIdField: 'Conversation_Id__c',
      allOrNone: false,
    });
    expect(results.map((r) => r.errors[0]?.message)).toEqual([
      'Duplicate external id specified: K',
      'Duplicate external id specified: K',
    ]);
    expect(results[0].errors[0].statusCode).toBe('DUPLICATE_VALUE');
  });

  it('reports DUPLICATE_EXTERNAL_ID when several stored records match', async () => {
    const org = await newOrg();
    // Two stored rows share a key (written straight to the store, as data loaded before the field became unique).
    const ids = [org.store.newId('Chat_Transcript__c'), org.store.newId('Chat_Transcript__c')];
    for (const id of ids)
      await org.store.insert('Chat_Transcript__c', { Id: ApexId.of(id), Conversation_Id__c: 'D' });
    const [r] = await dml(context(org), 'upsert', [transcript('D')], {
      externalIdField: 'Conversation_Id__c',
      allOrNone: false,
    });
    expect(r.errors[0]).toEqual({
      statusCode: 'DUPLICATE_EXTERNAL_ID',
      message: `Conversation ID: more than one record found for external id field: [${ids.join(', ')}]`,
      fields: [],
    });
  });

  it('upserts by Id: no Id inserts, an Id updates', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const a = sobject('Account', { Name: 'a' });
    const [ins] = await dml(ctx, 'upsert', [a]);
    a.write('Name', 'b');
    const [upd] = await dml(ctx, 'upsert', [a]);
    expect([ins.created, upd.created, upd.id]).toEqual([true, false, ins.id]);
    expect((await org.store.get(ins.id as string))?.Name).toBe('b');
  });
});

describe('DML triggers and rollback', () => {
  it('calls trigger hooks in chunks of 200 with Trigger.new and Trigger.old', async () => {
    const org = await newOrg();
    const calls: string[] = [];
    const ctx = context(org, undefined, (chunk: TriggerChunk) => {
      calls.push(`${chunk.event}:${chunk.newRecords?.length ?? 0}:${chunk.oldRecords?.length ?? 0}`);
      if (chunk.event === 'beforeInsert')
        for (const r of chunk.newRecords ?? []) r.write('Description', 'set by trigger');
      return Promise.resolve();
    });
    const accounts = Array.from({ length: 250 }, (_, i) => sobject('Account', { Name: `a${i}` }));
    await dml(ctx, 'insert', accounts);
    await dml(ctx, 'update', accounts.slice(0, 3));
    expect(calls).toEqual([
      'beforeInsert:200:0',
      'afterInsert:200:0',
      'beforeInsert:50:0',
      'afterInsert:50:0',
      'beforeUpdate:3:3',
      'afterUpdate:3:3',
    ]);
    expect((await org.store.scan('Account'))[0].Description).toBe('set by trigger');
    expect(accounts[0].has('Description')).toBe(false);
  });

  it('turns addError into a row failure and retries the rest in partial mode', async () => {
    const org = await newOrg();
    let beforeRuns = 0;
    const ctx = context(org, undefined, (chunk) => {
      if (chunk.event !== 'beforeInsert') return Promise.resolve();
      beforeRuns++;
      for (const r of chunk.newRecords ?? [])
        if (r.read('Name') === 'bad') chunk.addError(r, 'no bad names', 'Name');
      return Promise.resolve();
    });
    const results = await dml(
      ctx,
      'insert',
      [sobject('Account', { Name: 'good' }), sobject('Account', { Name: 'bad' })],
      { allOrNone: false },
    );
    expect(results[1].errors).toEqual([
      { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'no bad names', fields: ['Name'] },
    ]);
    expect(results[0].success).toBe(true);
    expect(beforeRuns).toBe(2);
    expect((await org.store.scan('Account')).map((a) => a.Name)).toEqual(['good']);
    const e = await dmlFailure(dml(ctx, 'insert', [sobject('Account', { Name: 'bad' })]));
    expect(e.message).toBe(
      'Insert failed. First exception on row 0; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, no bad names: [Name]',
    );
  });

  it('rolls back the call and rethrows when a trigger throws', async () => {
    const org = await newOrg();
    const ctx = context(org, undefined, (chunk) =>
      chunk.event === 'afterInsert' ? Promise.reject(new Error('trigger blew up')) : Promise.resolve(),
    );
    await expect(
      dml(ctx, 'insert', [sobject('Account', { Name: 'a' })], { allOrNone: false }),
    ).rejects.toThrow('trigger blew up');
    expect(await org.store.scan('Account')).toEqual([]);
  });

  it('rolls back to a savepoint, including deletes and updates', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const a = sobject('Account', { Name: 'keep' });
    await dml(ctx, 'insert', [a]);
    const sp = await org.store.savepoint();
    await dml(ctx, 'update', [sobject('Account', { Id: a.read('Id'), Name: 'changed' })]);
    await dml(ctx, 'insert', [sobject('Account', { Name: 'new' })]);
    await dml(ctx, 'delete', [a]);
    await org.store.rollback(sp);
    expect((await org.store.scan('Account')).map((r) => r.Name)).toEqual(['keep']);
  });

  it('rolls back everything a failing allOrNone call did, including trigger DML', async () => {
    const org = await newOrg();
    const ctx = context(org, undefined, async (chunk) => {
      if (chunk.event === 'afterInsert' && chunk.objectName === 'Contact')
        await dml({ ...ctx, triggers: undefined }, 'insert', [sobject('Account', { Name: 'side effect' })]);
    });
    await dmlFailure(
      dml(ctx, 'insert', [
        sobject('Contact', { LastName: 'ok' }),
        sobject('Contact', { LastName: 'x'.repeat(81) }),
      ]),
    );
    expect(await org.store.scan('Account')).toEqual([]);
    expect(await org.store.scan('Contact')).toEqual([]);
  });
});
