import FieldMappings, { pathError } from 'c/fieldMappings';
import saveFieldMapping from '@salesforce/apex/ObjectConfigController.saveFieldMapping';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import type { AdminSaveResult, ObjectConfigDtos_Config as Config } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { configListOf } from '../../../testing/configList';
import { find, flush, mount, textOf } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import account from '../../objectConfig/__tests__/data/account.json';
import replies from '../../objectConfig/__tests__/data/saveReplies.json';
import drafts from '../../objectConfig/__tests__/data/savedDrafts.json';
import chatTranscript from '../../objectConfig/__tests__/data/chatTranscript.json';

const mockSave = apexMock(saveFieldMapping);
const mockDelete = apexMock(deleteConfigRecord);
const config = dto<Config>();
const reply = dto<AdminSaveResult>();

async function mountWith(json: Config = config(account)) {
  const el = await mount('c-field-mappings', FieldMappings, { config: json });
  return { el, list: configListOf(el) };
}

describe('c-field-mappings', () => {
  it('lists each mapping with its LivePerson field and options, and the overview count', async () => {
    const { el, list } = await mountWith();
    expect(list.cells('a01')).toEqual(['Account Name', 'Visitor Name', 'Editable, In overview, Required']);
    expect(list.button('a01', 'edit')?.title).toBe('Edit mapping of Account Name');
    expect(list.button('a01', 'delete')?.title).toBe('Delete mapping of Account Name');
    expect(textOf(el, '[data-id="overview-count"]')).toContain('1 of 5');
  });

  it('checks an "Other" path while typing and does not call Apex with a malformed one', async () => {
    const { el, list } = await mountWith();
    const saved = jest.fn();
    el.addEventListener('saved', saved);
    list.click('[data-id="add"]');
    await flush();
    expect(list.editor()?.getAttribute('aria-label')).toBe('Add Field Mapping');
    expect(find(list.list(), '[data-name="sdkPath"]')).toBeNull();
    list.change('fieldApiName', { value: 'Description' });
    list.change('livePersonField', { value: 'Other' });
    await flush();
    list.change('sdkPath', { value: 'surveyQuestions.preChat[' });
    await flush();
    expect(helpMessageOf(list.input('sdkPath'))).toMatch(/^Not a valid LivePerson path: /);
    list.click('[data-id="save"]');
    await flush();
    expect(mockSave).not.toHaveBeenCalled();
    expect(helpMessageOf(list.input('sdkPath'))).toMatch(/^Not a valid LivePerson path: /);

    mockSave.mockResolvedValue(reply(replies.saved));
    list.change('sdkPath', { value: 'surveyQuestions.preChat.customizedQuestions[displayName=Order].value' });
    list.change('inOverview', { checked: true });
    await flush();
    expect(helpMessageOf(list.input('sdkPath'))).toBe('');
    list.click('[data-id="save"]');
    await flush();
    expect(mockSave).toHaveBeenCalledWith({ mapping: expect.objectContaining(drafts.mapping) });
    expect(list.editor()).toBeNull();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('refuses a malformed path on save even when it was not typed in this editor', async () => {
    const json = config(account);
    json.mappings = [{ id: 'a09', fieldApiName: 'Name', livePersonField: 'Other', apiPath: 'info[' }];
    const { list } = await mountWith(json);
    expect(list.cells('a09')[1]).toBe('info[');
    list.click('[data-row="a09"] [data-action="edit"]');
    await flush();
    expect(list.input('apiPath').value).toBe('info[');
    list.click('[data-id="save"]');
    await flush();
    expect(helpMessageOf(list.input('apiPath'))).toMatch(/^Not a valid LivePerson path: /);
    expect(mockSave).not.toHaveBeenCalled();
  });

  it('shows server field errors under the fields and keeps the editor open', async () => {
    mockSave.mockResolvedValue(reply(replies.overviewFull));
    const { list } = await mountWith();
    list.click('[data-row="a01"] [data-action="edit"]');
    await flush();
    expect(list.editor()?.getAttribute('aria-label')).toBe('Edit Field Mapping');
    expect(list.input('livePersonField').value).toBe('Visitor_Name');
    list.click('[data-id="save"]');
    await flush();
    expect(mockSave).toHaveBeenCalledWith({
      mapping: expect.objectContaining({ id: 'a01', fieldApiName: 'Name', objectApiName: 'Account' }),
    });
    expect(helpMessageOf(list.input('inOverview'))).toContain('first 5');
    expect(list.errors()).toContain('Nothing was saved');
    expect(list.editor()).not.toBeNull();
    list.click('[data-id="cancel"]');
    await flush();
    expect(list.editor()).toBeNull();
  });

  it('deletes a mapping', async () => {
    mockDelete.mockResolvedValue(reply(replies.deleted));
    const { list } = await mountWith();
    list.click('[data-row="a01"] [data-action="delete"]');
    await flush();
    expect(mockDelete).toHaveBeenCalledWith({ recordId: 'a01' });
  });

  it('lists the transcript fields that cannot be mapped with the reason, and offers only the others', async () => {
    const { el, list } = await mountWith(config(chatTranscript));
    expect(textOf(el, '[data-id="refused-fields"]')).toContain('Score (Score__c): This is a double field');
    list.click('[data-id="add"]');
    await flush();
    expect(list.input('fieldApiName').options?.map((o) => o.value)).toEqual(['Notes__c']);
  });

  it('lists no refused fields for other objects', async () => {
    const { el } = await mountWith();
    expect(find(el, '[data-id="refused-fields"]')).toBeNull();
  });

  it('validates paths like the widget does', () => {
    expect(pathError('')).toBeUndefined();
    expect(pathError('info.startTime')).toBeUndefined();
    expect(pathError('a[')).toMatch(/^Not a valid LivePerson path/);
  });
});
