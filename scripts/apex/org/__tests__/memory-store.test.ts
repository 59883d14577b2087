import { ApexId } from '../../lang/id';
import { formatId, MemoryRecordStore } from '../memory-store';
import { loadSchema } from '../schema';

const schema = loadSchema();

describe('MemoryRecordStore', () => {
  it('makes valid 18-character Ids with the object key prefix', () => {
    const store = new MemoryRecordStore(schema);
    const id = store.newId('Account');
    expect(id).toHaveLength(18);
    expect(id.startsWith('001')).toBe(true);
    expect(ApexId.of(id.slice(0, 15)).value).toBe(id);
    expect(store.newId('Account')).not.toBe(id);
    expect(formatId('003', 61)).toBe(ApexId.of('00300000000000z').value);
  });

  it('stores field names in their declared spelling and finds records by 15- or 18-character Id', async () => {
    const store = new MemoryRecordStore(schema);
    const id = store.newId('Chat_Transcript__c');
    await store.insert('chat_transcript__c', { id: ApexId.of(id), conversation_id__c: 'x' });
    expect(await store.get(id.slice(0, 15))).toEqual({ Id: ApexId.of(id), Conversation_Id__c: 'x' });
    await store.update('Chat_Transcript__c', id, { CONVERSATION_ID__C: 'y' });
    expect((await store.scan('CHAT_TRANSCRIPT__C')).map((r) => r.Conversation_Id__c)).toEqual(['y']);
  });

  it('rolls back inserts, updates and deletes to a savepoint, keeping scan order', async () => {
    const store = new MemoryRecordStore(schema);
    const ids = [store.newId('Account'), store.newId('Account'), store.newId('Account')];
    for (const id of ids) await store.insert('Account', { Id: ApexId.of(id), Name: id });
    const sp = await store.savepoint();
    await store.delete('Account', ids[0]);
    await store.update('Account', ids[1], { Name: 'changed' });
    await store.insert('Account', { Id: ApexId.of(store.newId('Account')), Name: 'new' });
    expect((await store.getDeleted(ids[0]))?.IsDeleted).toBe(true);
    await store.rollback(sp);
    expect((await store.scan('Account')).map((r) => r.Name)).toEqual(ids);
    expect(await store.getDeleted(ids[0])).toBeUndefined();
  });

  it('refuses a savepoint of another store or one taken before a commit', async () => {
    const store = new MemoryRecordStore(schema);
    const other = new MemoryRecordStore(schema);
    await expect(store.rollback(await other.savepoint())).rejects.toThrow('invalid savepoint');
    await store.insert('Account', { Id: ApexId.of(store.newId('Account')), Name: 'a' });
    const sp = await store.savepoint();
    store.commit();
    await expect(store.rollback(sp)).rejects.toThrow('invalid savepoint');
  });
});
