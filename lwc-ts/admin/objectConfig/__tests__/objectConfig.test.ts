import ObjectConfig from 'c/objectConfig';
import getObjectConfig from '@salesforce/apex/ObjectConfigController.getObjectConfig';
import type { ObjectConfigDtos_Config as Config } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { errorPanelText, find, fire, flush, get, mount, textOf } from '../../../testing/mount';
import account from './data/account.json';
import chatTranscript from './data/chatTranscript.json';

const mockGet = apexMock(getObjectConfig);
const config = dto<Config>();

type Section = HTMLElement & { config?: Config };

async function mountFor(objectApiName: string, reply: Config | Error): Promise<HTMLElement> {
  if (reply instanceof Error) mockGet.mockRejectedValue({ body: { message: reply.message } });
  else mockGet.mockResolvedValue(reply);
  return mount('c-object-config', ObjectConfig, { objectApiName });
}

describe('c-object-config', () => {
  it("loads the object's configuration once and hands it to its three sections", async () => {
    const el = await mountFor('Account', config(account));
    expect(mockGet).toHaveBeenCalledTimes(1);
    expect(mockGet).toHaveBeenCalledWith({ objectApiName: 'Account' });
    expect(textOf(el, 'h2')).toBe('Account: Field Mapping, Related Lists and Search Filters');
    for (const tag of ['c-field-mappings', 'c-search-filters', 'c-related-lists']) {
      expect(get<Section>(el, tag).config?.objectApiName).toBe('Account');
    }
  });

  it('reloads the configuration when a section saved', async () => {
    const el = await mountFor('Account', config(account));
    const reloaded = { ...config(account), filters: [] };
    mockGet.mockResolvedValue(reloaded);
    // as c-config-list sends it from inside a section
    get(el, 'c-search-filters').dispatchEvent(new CustomEvent('saved', { bubbles: true, composed: true }));
    await flush();
    expect(mockGet).toHaveBeenCalledTimes(2);
    expect(get<Section>(el, 'c-search-filters').config?.filters).toEqual([]);
  });

  it('shows only the field mappings for Chat Transcript', async () => {
    const el = await mountFor('Chat_Transcript__c', config(chatTranscript));
    expect(textOf(el, 'h2')).toBe('Chat Transcript: Transcript Field Mapping');
    expect(find(el, 'c-field-mappings')).not.toBeNull();
    expect(find(el, 'c-search-filters')).toBeNull();
    expect(find(el, 'c-related-lists')).toBeNull();
  });

  it('shows a load failure and no section', async () => {
    const el = await mountFor('Invoice__c', new Error('Invoice__c cannot be configured'));
    expect(errorPanelText(el)).toBe('Invoice__c cannot be configured');
    expect(find(el, 'c-field-mappings')).toBeNull();
  });

  it('goes back to Customization Settings', async () => {
    const el = await mountFor('Account', config(account));
    const close = jest.fn();
    el.addEventListener('close', close);
    fire(get(el, '[data-id="back"]'), 'click');
    expect(close).toHaveBeenCalledTimes(1);
  });
});
