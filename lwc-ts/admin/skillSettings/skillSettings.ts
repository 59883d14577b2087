/**
 * Skills section of Customization Settings: the LivePerson account's skills, live (a callout when the section
 * opens, once activated), as a dual list; stored skills LivePerson no longer lists stay choosable so they can
 * be removed. A failed call is shown with Try again.
 */
import ViewSection from 'c/viewSection';
import getSkills from '@salesforce/apex/CustomizationSettingsController.getSkills';
import saveSkills from '@salesforce/apex/CustomizationSettingsController.saveSkills';
import { reduceErrors } from 'c/reduceErrors';
import { dualListbox, type FieldChange, type FieldInput } from 'c/fieldInputs';
import type { CustomizationDtos_Option as Option, CustomizationDtos_View as View } from 'apex-dtos';

const NOT_FOUND = ' (not found in LivePerson)';

export default class SkillSettings extends ViewSection {
  labels = { heading: 'Skills', saveLabel: 'Save Skills', saveId: 'save-skills' };
  loading = false;
  error = '';
  message = '';
  liveSkills: Option[] = [];
  selectedSkillIds: string[] = [];

  storedValues(view: View | undefined): unknown {
    return view?.skills;
  }

  load(view: View | undefined): void {
    this.selectedSkillIds = (view?.skills ?? []).map((s) => s.skillId ?? '');
  }

  connectedCallback(): void {
    if (this.view?.activated) void this.loadSkills();
  }

  async loadSkills(): Promise<void> {
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
  get skillOptions(): { label: string; value: string }[] {
    const live = this.liveSkills.map((s) => ({ label: s.label ?? s.value ?? '', value: s.value ?? '' }));
    const liveIds = new Set(live.map((s) => s.value));
    const stale = (this.view?.skills ?? [])
      .filter((s) => !liveIds.has(s.skillId ?? ''))
      .map((s) => ({ label: `${s.skillName ?? s.skillId}${NOT_FOUND}`, value: s.skillId ?? '' }));
    return [...live, ...stale];
  }

  get fields(): FieldInput[] {
    const [options, value, disabled] = [this.skillOptions, this.selectedSkillIds, this.inputDisabled];
    return [dualListbox('selectedSkills', 'Skills', { options, value, disabled })];
  }

  get saveDisabled(): boolean {
    return this.inputDisabled;
  }

  get inputDisabled(): boolean {
    return this.disabled || this.loading || this.error !== '';
  }

  handleChange(event: CustomEvent<FieldChange>): void {
    this.selectedSkillIds = [...((event.detail.value as string[] | undefined) ?? [])];
  }

  handleRetry(): void {
    void this.loadSkills();
  }

  async handleSave(): Promise<void> {
    const names = new Map(this.skillOptions.map((o) => [o.value, o.label.replace(NOT_FOUND, '')]));
    const skills = this.selectedSkillIds.map((id) => ({ value: id, label: names.get(id) ?? id }));
    await this.save('Skills', () => saveSkills({ request: { skills } }));
  }
}
