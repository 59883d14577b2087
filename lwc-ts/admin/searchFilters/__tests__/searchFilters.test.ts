import SearchFilters from 'c/searchFilters';
import saveSearchFilter from '@salesforce/apex/ObjectConfigController.saveSearchFilter';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import type { AdminSaveResult, ObjectConfigDtos_Config as Config } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { configListOf } from '../../../testing/configList';
import { flush, mount } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import account from '../../objectConfig/__tests__/data/account.json';
import replies from '../../objectConfig/__tests__/data/saveReplies.json';
import drafts from '../../objectConfig/__tests__/data/savedDrafts.json';

const mockSave = apexMock(saveSearchFilter);
const mockDelete = apexMock(deleteConfigRecord);
const reply = dto<AdminSaveResult>();

async function opened() {
  const list = configListOf(
    await mount('c-search-filters', SearchFilters, { config: dto<Config>()(account) }),
  );
  list.click('[data-id="add"]');
  await flush();
  return list;
}

describe('c-search-filters', () => {
  it('lists each filter by field label, operator label and value, deletable only', async () => {
    const list = await opened();
    expect(list.cells('a02')).toEqual(['Account Type', 'equals', 'Customer']);
    expect(list.button('a02', 'edit')).toBeNull();
    expect(list.button('a02', 'delete')?.title).toBe('Delete filter Account Type equals Customer');
  });

  it('offers only the operators valid for the chosen field and shows a value error', async () => {
    mockSave.mockResolvedValue(reply(replies.wrongId));
    const list = await opened();
    expect(list.editor()?.getAttribute('aria-label')).toBe('Add Search Filter');
    expect(list.input('fieldApiName').options?.map((o) => o.value)).toEqual(['Name', 'Type', 'OwnerId']);
    list.change('fieldApiName', { value: 'OwnerId' });
    await flush();
    expect(list.input('operator').options?.map((o) => o.value)).toEqual(['equals', 'notEquals']);
    expect(list.input('value').fieldLevelHelp).toMatch(/^Enter the Salesforce Id/);
    list.change('value', { value: '001000000000001' });
    list.click('[data-id="save"]');
    await flush();
    expect(mockSave).toHaveBeenCalledWith({ filter: expect.objectContaining(drafts.filter) });
    expect(helpMessageOf(list.input('value'))).toContain('needs the Id of a User');
    expect(list.errors()).toContain('Nothing was saved');
  });

  it('names the values of a picklist field, and closes the editor once saved', async () => {
    mockSave.mockResolvedValue(reply(replies.saved));
    const list = await opened();
    list.change('fieldApiName', { value: 'Type' });
    await flush();
    expect(list.input('value').fieldLevelHelp).toBe('Values: Customer, Prospect');
    list.click('[data-id="save"]');
    await flush();
    expect(list.editor()).toBeNull();
  });

  it('deletes a filter, and cancels an editor', async () => {
    mockDelete.mockResolvedValue(reply(replies.deleted));
    const list = await opened();
    list.click('[data-row="a02"] [data-action="delete"]');
    await flush();
    expect(mockDelete).toHaveBeenCalledWith({ recordId: 'a02' });
    list.click('[data-id="cancel"]');
    await flush();
    expect(list.editor()).toBeNull();
  });
});
