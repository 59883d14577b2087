import RelatedLists from 'c/relatedLists';
import getRelatedFields from '@salesforce/apex/ObjectConfigController.getRelatedFields';
import saveRelatedList from '@salesforce/apex/ObjectConfigController.saveRelatedList';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import type { AdminSaveResult, ObjectConfigDtos_Config as Config } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { configListOf } from '../../../testing/configList';
import { flush, mount } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import account from '../../objectConfig/__tests__/data/account.json';
import replies from '../../objectConfig/__tests__/data/saveReplies.json';
import drafts from '../../objectConfig/__tests__/data/savedDrafts.json';

const mockFields = apexMock(getRelatedFields);
const mockSave = apexMock(saveRelatedList);
const mockDelete = apexMock(deleteConfigRecord);
const reply = dto<AdminSaveResult>();

const mountList = async () =>
  configListOf(await mount('c-related-lists', RelatedLists, { config: dto<Config>()(account) }));

describe('c-related-lists', () => {
  it('lists each related list with its fields, size and sort, and deletes one', async () => {
    mockDelete.mockResolvedValue(reply(replies.deleted));
    const list = await mountList();
    expect(list.cells('a03')).toEqual([
      'Case.AccountId',
      'CaseNumber, Subject',
      '5 records',
      'CreatedDate descending',
    ]);
    list.click('[data-row="a03"] [data-action="delete"]');
    await flush();
    expect(mockDelete).toHaveBeenCalledWith({ recordId: 'a03' });
  });

  it('configures a related list of at most 4 fields', async () => {
    mockFields.mockResolvedValue([
      { value: 'LastName', label: 'Last Name' },
      { value: 'Email', label: 'Email' },
      { value: 'Description', label: 'Description *' },
    ]);
    mockSave.mockResolvedValueOnce(reply(replies.unsortable));
    const list = await mountList();
    list.click('[data-id="add"]');
    await flush();
    expect(list.editor()?.getAttribute('aria-label')).toBe('Add Related List');
    list.change('relatedObject', { value: 'Contact.AccountId' });
    await flush();
    expect(mockFields).toHaveBeenCalledWith({ objectApiName: 'Account', relatedObject: 'Contact' });
    expect(list.input('sortField').options?.map((o) => o.value)).toEqual(['LastName', 'Email']);
    list.change('fields', { value: ['a', 'b', 'c', 'd', 'e'] });
    await flush();
    expect(helpMessageOf(list.input('fields'))).toContain('select at most 4');
    list.change('fields', { value: ['LastName', 'Email'] });
    list.change('recordCount', { value: '10' });
    list.change('sortDirection', { value: 'ASC' });
    await flush();
    expect(helpMessageOf(list.input('fields'))).toBe('');
    list.click('[data-id="save"]');
    await flush();
    expect(mockSave).toHaveBeenCalledWith({ related: expect.objectContaining(drafts.related) });
    expect(helpMessageOf(list.input('sortField'))).toContain('can be sorted');
    mockSave.mockResolvedValueOnce(reply(replies.saved));
    list.change('sortField', { value: 'LastName' });
    list.click('[data-id="save"]');
    await flush();
    expect(mockSave).toHaveBeenLastCalledWith({
      related: expect.objectContaining({ sortField: 'LastName' }),
    });
    expect(list.editor()).toBeNull();
  });

  it('edits an existing related list with its fields loaded, and cancels', async () => {
    mockFields.mockResolvedValue([{ value: 'Subject', label: 'Subject' }]);
    const list = await mountList();
    list.click('[data-row="a03"] [data-action="edit"]');
    await flush();
    expect(list.editor()?.getAttribute('aria-label')).toBe('Edit Related List');
    expect(mockFields).toHaveBeenCalledWith({ objectApiName: 'Account', relatedObject: 'Case' });
    expect(list.input('relatedObject').value).toBe('Case.AccountId');
    expect(list.input('fields').value).toEqual(['CaseNumber', 'Subject']);
    list.click('[data-id="cancel"]');
    await flush();
    expect(list.editor()).toBeNull();
  });

  it("shows a failure to load the child object's fields", async () => {
    mockFields.mockRejectedValue({ body: { message: 'Contact is not accessible' } });
    const list = await mountList();
    list.click('[data-id="add"]');
    await flush();
    list.change('relatedObject', { value: 'Contact.AccountId' });
    await flush();
    expect(list.errors()).toBe('Contact is not accessible');
  });
});
