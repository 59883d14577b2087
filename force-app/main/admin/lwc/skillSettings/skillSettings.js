// Generated from lwc-ts/admin/skillSettings/skillSettings.ts by `npm run build`; do not edit.
/**
 * Skills section of Customization Settings: the LivePerson account's skills, live (a callout when the section
 * opens, once activated), as a dual list; stored skills LivePerson no longer lists stay choosable so they can
 * be removed. A failed call is shown with Try again.
 */
import ViewSection from 'c/viewSection';
import getSkills from '@salesforce/apex/CustomizationSettingsController.getSkills';
import saveSkills from '@salesforce/apex/CustomizationSettingsController.saveSkills';
import { reduceErrors } from 'c/reduceErrors';
import { dualListbox } from 'c/fieldInputs';


const NOT_FOUND = ' (not found in LivePerson)';

export default class SkillSettings extends ViewSection {
  labels = { heading: 'Skills', saveLabel: 'Save Skills', saveId: 'save-skills' };
  loading = false;
  error = '';
  message = '';
  liveSkills = [];
  selectedSkillIds = [];

  storedValues(view) {
    return view?.skills;
  }

  load(view) {
    this.selectedSkillIds = (view?.skills ?? []).map((s) => s.skillId ?? '');
  }

  connectedCallback() {
    if (this.view?.activated) void this.loadSkills();
  }

  async loadSkills() {
    this.loading = true;
    this.error = '';
    this.message = '';
    try {
      const result = await getSkills();
      if (result.success) {
        this.liveSkills = result.skills ?? [];
        this.message = result.message ?? '';
      } else {
        this.error = result.message ?? 'Could not load the skills from LivePerson.';
      }
    } catch (error) {
      this.error = reduceErrors(error).join(' ');
    } finally {
      this.loading = false;
    }
  }

  /** Live skills plus stored selections LivePerson no longer lists. */
  get skillOptions() {
    const live = this.liveSkills.map((s) => ({ label: s.label ?? s.value ?? '', value: s.value ?? '' }));
    const liveIds = new Set(live.map((s) => s.value));
    const stale = (this.view?.skills ?? []).
    filter((s) => !liveIds.has(s.skillId ?? '')).
    map((s) => ({ label: `${s.skillName ?? s.skillId}${NOT_FOUND}`, value: s.skillId ?? '' }));
    return [...live, ...stale];
  }

  get fields() {
    const [options, value, disabled] = [this.skillOptions, this.selectedSkillIds, this.inputDisabled];
    return [dualListbox('selectedSkills', 'Skills', { options, value, disabled })];
  }

  get saveDisabled() {
    return this.inputDisabled;
  }

  get inputDisabled() {
    return this.disabled || this.loading || this.error !== '';
  }

  handleChange(event) {
    this.selectedSkillIds = [...(event.detail.value ?? [])];
  }

  handleRetry() {
    void this.loadSkills();
  }

  async handleSave() {
    const names = new Map(this.skillOptions.map((o) => [o.value, o.label.replace(NOT_FOUND, '')]));
    const skills = this.selectedSkillIds.map((id) => ({ value: id, label: names.get(id) ?? id }));
    await this.save('Skills', () => saveSkills({ request: { skills } }));
  }
}
