// Generated from lwc-ts/admin/skillDefaults/skillDefaults.ts by `npm run build`; do not edit.
/**
 * Configure Skills section of Customization Settings: the selected skills with their objects and default
 * screen (`c-config-list`), and the editor of one skill: its objects, default widget screen, search value
 * and Service Console. Before activation the skills are listed without Edit.
 */
import { LightningElement, api } from 'lwc';
import saveSkillConfig from '@salesforce/apex/CustomizationSettingsController.saveSkillConfig';
import { PEOPLE_SEARCH, parseScreen, screenValue } from 'c/defaultScreen';
import { checkbox, combobox, dualListbox } from 'c/configList';








/** Label of a stored default screen value. */
export function screenLabel(value, labels) {
  const { kind, objectApiName } = parseScreen(value);
  return kind === 'PeopleSearch' ? 'People Search' : `${kind} ${labels[objectApiName] ?? objectApiName}`;
}

/** Default screen choices for a skill's objects: People Search, then Search/New per object. */
export function screenOptions(objects, labels) {
  const options = [{ label: 'People Search (recommended)', value: PEOPLE_SEARCH }];
  for (const kind of ['Search', 'New']) {
    for (const o of objects) {
      options.push({ label: `${kind} ${labels[o] ?? o}`, value: screenValue({ kind, objectApiName: o }) });
    }
  }
  return options;
}

export default class SkillDefaults extends LightningElement {
  @api view;
  @api disabled = false;

  columns = ['Skill', 'Objects', 'Default screen'];
  editing;

  get labels() {
    return Object.fromEntries(
      (this.view?.availableObjects ?? []).map((o) => [o.apiName ?? '', o.label ?? ''])
    );
  }

  get rows() {
    const labels = this.labels;
    return (this.view?.skills ?? []).map((s) => {
      const name = s.skillName ?? s.skillId ?? '';
      return {
        id: s.skillId ?? '',
        cells: [
        name,
        (s.objects ?? []).map((o) => labels[o] ?? o).join(', ') || 'No objects',
        screenLabel(s.defaultScreen, labels)],

        editTitle: this.disabled ? undefined : `Edit ${name}`
      };
    });
  }

  get hasRows() {
    return (this.view?.skills ?? []).length > 0;
  }

  get editorTitle() {
    return this.editing ? `Configure skill: ${this.editing.skillName ?? ''}` : '';
  }

  get objectOptions() {
    const labels = this.labels;
    return (this.view?.selectedObjects ?? []).map((o) => ({ label: labels[o] ?? o, value: o }));
  }

  get screenChoices() {
    return screenOptions(this.editing?.objects ?? [], this.labels);
  }

  get searchValueOptions() {
    const values = (this.view?.searchValueOptions ?? []).map((o) => ({
      label: o.label ?? '',
      value: o.value ?? ''
    }));
    return [{ label: '--None--', value: '' }, ...values];
  }

  get searchValueDisabled() {
    return parseScreen(this.editing?.defaultScreen).kind === 'New';
  }

  handleEdit(event) {
    const skill = (this.view?.skills ?? []).find((s) => s.skillId === event.detail.id);
    this.editing = skill && { ...skill, objects: [...(skill.objects ?? [])] };
  }

  handleCancel() {
    this.editing = undefined;
  }

  /** The editor's inputs for the skill being edited. */
  get fields() {
    const skill = this.editing;
    if (!skill) return [];
    return [
    dualListbox('objects', 'Objects this skill can use', {
      options: this.objectOptions,
      value: skill.objects
    }),
    combobox('defaultScreen', 'Default widget screen', {
      options: this.screenChoices,
      value: skill.defaultScreen,
      help: 'People Search is recommended: the agent sees whether a record exists before creating one.'
    }),
    combobox('searchValue', 'Search value', {
      options: this.searchValueOptions,
      value: skill.searchValue ?? '',
      disabled: this.searchValueDisabled,
      help: 'The LiveEngage SDK value the default search is pre-filled with (e.g. the pre-chat survey e-mail).'
    }),
    checkbox('useServiceConsole', 'Use Service Console', { checked: skill.useServiceConsole === true })];

  }

  handleField(event) {
    if (!this.editing) return;
    const next = { ...this.editing, [event.detail.name]: event.detail.value };
    if (parseScreen(next.defaultScreen).kind === 'New') next.searchValue = '';
    this.editing = next;
  }

  async handleSave() {
    const config = this.editing;
    if (!config) return;
    const list = this.template?.querySelector('c-config-list');
    if (await list.save(`Skill ${config.skillName ?? ''}`, () => saveSkillConfig({ config }))) {
      this.editing = undefined;
    }
  }
}
