import SkillSettings from 'c/skillSettings';
import getSkills from '@salesforce/apex/CustomizationSettingsController.getSkills';
import saveSkills from '@salesforce/apex/CustomizationSettingsController.saveSkills';
import { apexMock } from '../../../testing/apexMocks';
import { errorPanelText, find, fire, flush, get, textOf } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import { fieldOf } from '../../../testing/fields';
import { clickSave, refusedSave, saveButton } from '../../../testing/sectionSave';
import type { Field, Section } from '../../customizationSettings/__tests__/data/view';
import { activeView, mountSection } from '../../customizationSettings/__tests__/data/view';

const mockSkills = apexMock(getSkills);
const mockSave = apexMock(saveSkills);
const open = async (view = activeView(), disabled = false): Promise<Section> => {
  const el = await mountSection('c-skill-settings', SkillSettings, view, disabled);
  await flush();
  return el;
};
const LIVE_SKILLS = {
  success: true,
  skills: [
    { value: '3856001210', label: 'Billing' },
    { value: '3856001310', label: 'Sales' },
  ],
};

const listbox = (el: Section): Field => fieldOf<Field>(el, 'selectedSkills');

describe('c-skill-settings', () => {
  beforeEach(() => {
    mockSkills.mockResolvedValue(LIVE_SKILLS);
  });

  it('lists live skills plus stored ones LivePerson no longer has, and saves the selection', async () => {
    mockSave.mockResolvedValue({ success: true, message: 'Skills saved', fieldErrors: [] });
    const el = await open();
    expect(listbox(el).options).toEqual([
      { value: '3856001210', label: 'Billing' },
      { value: '3856001310', label: 'Sales' },
      { value: '999', label: 'Gone (not found in LivePerson)' },
    ]);
    fire(listbox(el), 'change', { value: ['3856001210', '999'] });
    await clickSave(el, 'save-skills');
    expect(mockSave).toHaveBeenCalledWith({
      request: {
        skills: [
          { value: '3856001210', label: 'Billing' },
          { value: '999', label: 'Gone' },
        ],
      },
    });
  });

  it('shows a refused selection on the list and the message in the panel', async () => {
    mockSave.mockResolvedValue(refusedSave({ selectedSkills: 'Billing is selected twice.' }));
    const el = await open();
    await clickSave(el, 'save-skills');
    expect(helpMessageOf(listbox(el))).toBe('Billing is selected twice.');
    expect(errorPanelText(find(el, 'c-settings-section'))).toContain('Nothing was saved');
  });

  it('says clearly when the account has no skills', async () => {
    mockSkills.mockResolvedValue({
      success: true,
      skills: [],
      message: 'Your LiveEngage account has no skills yet.',
    });
    const el = await open({ ...activeView(), skills: [] });
    expect(textOf(el, '[data-id="skills-message"]')).toBe('Your LiveEngage account has no skills yet.');
  });

  it('shows a failed skills call with a retry', async () => {
    mockSkills.mockResolvedValueOnce({
      success: false,
      skills: [],
      message:
        'Could not load the skills from LivePerson. LivePerson answered with a server error (HTTP 503).',
      errorKind: 'SERVER_ERROR',
    });
    const el = await open();
    expect(textOf(el, '[data-id="skills-error"]')).toContain('HTTP 503');
    expect(saveButton(el, 'save-skills').disabled).toBe(true);
    fire(get(el, '[data-id="retry-skills"]'), 'click');
    await flush();
    expect(find(el, '[data-id="skills-error"]')).toBeNull();
    expect(listbox(el).disabled).toBe(false);
  });

  it('shows a rejected skills call from Apex', async () => {
    mockSkills.mockRejectedValue({ body: { message: 'LiveEngage is not activated yet.' } });
    const el = await open();
    expect(textOf(el, '[data-id="skills-error"]')).toBe('LiveEngage is not activated yet.');
  });

  it('loads no skills before activation and is grayed out', async () => {
    const el = await open({ ...activeView(), activated: false }, true);
    expect(mockSkills).not.toHaveBeenCalled();
    expect(listbox(el).disabled).toBe(true);
    expect(saveButton(el, 'save-skills').disabled).toBe(true);
  });
});
