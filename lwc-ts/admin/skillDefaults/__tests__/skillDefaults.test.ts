import SkillDefaults, { screenLabel, screenOptions } from 'c/skillDefaults';
import saveSkillConfig from '@salesforce/apex/CustomizationSettingsController.saveSkillConfig';
import { apexMock } from '../../../testing/apexMocks';
import { errorPanelText, find, fire, flush, get, textOf } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import { configListOf } from '../../../testing/configList';
import { refusedSave } from '../../../testing/sectionSave';
import type { Field, Section } from '../../customizationSettings/__tests__/data/view';
import { activeView, mountSection } from '../../customizationSettings/__tests__/data/view';

const mockSave = apexMock(saveSkillConfig);

const input = (el: Section, name: string): Field => configListOf(el).input(name) as Field;
const editor = (el: Section): Element | null => find(el, 'c-config-list', '[data-id="editor"]');

async function edit(el: Section, skillId: string): Promise<void> {
  fire(get(el, 'c-config-list', `[data-row="${skillId}"] [data-action="edit"]`), 'click');
  await flush();
}

describe('c-skill-defaults', () => {
  it('lists the selected skills with their objects and default screen', async () => {
    const el = await mountSection('c-skill-defaults', SkillDefaults);
    expect(textOf(el, 'c-config-list', '[data-row="3856001210"]')).toContain('Account, Lead');
    expect(textOf(el, 'c-config-list', '[data-row="3856001210"]')).toContain('People Search');
    expect(textOf(el, 'c-config-list', '[data-row="999"]')).toContain('No objects');
    expect(textOf(el, 'c-config-list', '[data-row="999"]')).toContain('Search Lead');
    expect(find(el, 'c-config-list', '[data-row="999"] [data-action="edit"]')?.title).toBe('Edit Gone');
    // Skills are added under Skills, not here.
    expect(find(el, 'c-config-list', '[data-id="add"]')).toBeNull();
  });

  it('configures a skill: objects, default screen, search value, Service Console', async () => {
    mockSave.mockResolvedValue({ success: true, message: 'Skill Billing saved.', fieldErrors: [] });
    const el = await mountSection('c-skill-defaults', SkillDefaults);
    const saved = jest.fn();
    el.addEventListener('saved', saved);
    await edit(el, '3856001210');
    expect(editor(el)?.getAttribute('aria-label')).toBe('Configure skill: Billing');
    expect(input(el, 'objects').options!.map((o) => o.value)).toEqual(['Account', 'Lead', 'Invoice__c']);
    expect(input(el, 'defaultScreen').options!.map((o) => o.value)).toEqual([
      'PeopleSearch',
      'Search:Account',
      'Search:Lead',
      'New:Account',
      'New:Lead',
    ]);
    configListOf(el).change('defaultScreen', { value: 'New:Lead' });
    await flush();
    expect(input(el, 'searchValue').disabled).toBe(true);
    configListOf(el).change('defaultScreen', { value: 'Search:Lead' });
    configListOf(el).change('searchValue', { value: 'Visitor_Name' });
    configListOf(el).change('useServiceConsole', { checked: true });
    fire(get(el, 'c-config-list', '[data-id="save"]'), 'click');
    await flush();
    expect(mockSave).toHaveBeenCalledWith({
      config: expect.objectContaining({
        skillId: '3856001210',
        objects: ['Account', 'Lead'],
        defaultScreen: 'Search:Lead',
        searchValue: 'Visitor_Name',
        useServiceConsole: true,
      }),
    });
    await flush();
    expect(editor(el)).toBeNull();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('keeps the editor open with the field errors when the save is refused, and cancels', async () => {
    mockSave.mockResolvedValue(
      refusedSave({
        defaultScreen: 'People Search shows Accounts, Contacts and Leads.',
        skillId: 'This skill is not selected any more: add it under Skills first.',
      }),
    );
    const el = await mountSection('c-skill-defaults', SkillDefaults);
    await edit(el, '3856001210');
    fire(get(el, 'c-config-list', '[data-id="save"]'), 'click');
    await flush();
    expect(helpMessageOf(input(el, 'defaultScreen'))).toContain('People Search');
    expect(errorPanelText(find(el, 'c-config-list'))).toContain('not selected any more');
    expect(editor(el)).not.toBeNull();
    fire(get(el, 'c-config-list', '[data-id="cancel"]'), 'click');
    await flush();
    expect(editor(el)).toBeNull();
  });

  it('lists the skills without Edit before activation, and says when none is selected', async () => {
    const el = await mountSection('c-skill-defaults', SkillDefaults, activeView(), true);
    expect(find(el, 'c-config-list', '[data-row="3856001210"]')).not.toBeNull();
    expect(find(el, 'c-config-list', '[data-action="edit"]')).toBeNull();
    const empty = await mountSection('c-skill-defaults', SkillDefaults, { ...activeView(), skills: [] });
    expect(textOf(empty, '[data-id="no-selected-skills"]')).toBe(
      'Select and save skills above to configure them.',
    );
  });

  it('labels default screens', () => {
    const labels = { Lead: 'Lead', Invoice__c: 'Invoice' };
    expect(screenLabel(undefined, labels)).toBe('People Search');
    expect(screenLabel('New:Invoice__c', labels)).toBe('New Invoice');
    expect(screenLabel('Search:Lead', labels)).toBe('Search Lead');
    expect(screenOptions([], labels)).toEqual([
      { label: 'People Search (recommended)', value: 'PeopleSearch' },
    ]);
  });
});
