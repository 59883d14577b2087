import SettingsSection from 'c/settingsSection';
import type { SaveReply } from 'c/adminSave';
import type { Host } from '../../../testing/mount';
import { errorPanelText, find, fire, flush, get, mount, textOf, unmountAll } from '../../../testing/mount';

type Section = Host & {
  saveLabel?: string;
  disabled?: boolean;
  save: SettingsSection['save'];
  showErrors: SettingsSection['showErrors'];
};
type Button = HTMLElement & { label?: string; disabled?: boolean };
const mountSection = (props: object = {}): Promise<Section> =>
  mount('c-settings-section', SettingsSection, {
    heading: 'Skills',
    ...props,
  }) as unknown as Promise<Section>;

describe('c-settings-section', () => {
  afterEach(unmountAll);

  it('is a labelled section with a Save button only when it has a label', async () => {
    const el = await mountSection();
    const section = get(el, 'section');
    expect(textOf(el, 'h2')).toBe('Skills');
    expect(section.getAttribute('aria-labelledby')).toBe(get(el, 'h2').id);
    expect(find(el, 'lightning-button')).toBeNull();
    el.saveLabel = 'Save Skills';
    await flush();
    expect(get<Button>(el, '[data-id="save"]').label).toBe('Save Skills');
  });

  it('asks its host to save, and grays the button out while disabled or saving', async () => {
    const el = await mountSection({ saveLabel: 'Save Skills', saveId: 'save-skills' });
    const asked = jest.fn();
    el.addEventListener('save', asked);
    fire(get(el, '[data-id="save-skills"]'), 'click');
    expect(asked).toHaveBeenCalledTimes(1);

    let answer: (reply: SaveReply) => void = () => undefined;
    const saving = el.save('Skills', () => new Promise<SaveReply>((resolve) => (answer = resolve)));
    await flush();
    expect(get<Button>(el, '[data-id="save-skills"]').disabled).toBe(true);
    expect(find(el, 'lightning-spinner')).not.toBeNull();
    answer({ success: false, message: 'Nothing was saved.' });
    expect(await saving).toBe(false);
    await flush();
    expect(get<Button>(el, '[data-id="save-skills"]').disabled).toBe(false);
    expect(errorPanelText(el)).toBe('Nothing was saved.');
    el.disabled = true;
    await flush();
    expect(get<Button>(el, '[data-id="save-skills"]').disabled).toBe(true);
  });

  it("shows the section's own failures in its panel", async () => {
    const el = await mountSection();
    el.showErrors(['Could not load.']);
    await flush();
    expect(errorPanelText(el)).toBe('Could not load.');
  });
});
