// Generated from lwc-ts/admin/objectSettings/objectSettings.ts by `npm run build`; do not edit.
/**
 * Object Settings section of Customization Settings: the objects the widget searches (in order), the two
 * search checkboxes and, per selected object, the options Apex says apply to it (`applicableOptions`: a
 * checkbox, or a picker of the object's lookups), with the link to the object's own page (`configure`
 * event, detail = object API name; only saved objects).
 */
import ViewSection, { dualListProps } from 'c/viewSection';
import saveObjectSettings from '@salesforce/apex/CustomizationSettingsController.saveObjectSettings';
import { clearFieldError } from 'c/fieldErrors';




























export default class ObjectSettings extends ViewSection {
  labels = { heading: 'Object Settings', saveLabel: 'Save Object Settings', saveId: 'save-objects' };
  selectedObjects = [];
  disableOnloadAutoSearch = false;
  disableModifyOnloadSearch = false;
  settings = {};

  storedValues(view) {
    return [
    view?.availableObjects,
    view?.selectedObjects,
    view?.disableOnloadAutoSearch,
    view?.disableModifyOnloadSearch];

  }

  load(view) {
    this.selectedObjects = [...(view?.selectedObjects ?? [])];
    this.disableOnloadAutoSearch = view?.disableOnloadAutoSearch === true;
    this.disableModifyOnloadSearch = view?.disableModifyOnloadSearch === true;
    this.settings = Object.fromEntries(
      (view?.availableObjects ?? []).map((o) => [o.apiName ?? '', { ...o }])
    );
  }

  get objectList() {
    const options = (this.view?.availableObjects ?? []).map((o) => ({
      label: o.label ?? '',
      value: o.apiName ?? ''
    }));
    return dualListProps('Objects', options, this.selectedObjects, this.disabled);
  }

  get preferences() {
    return [
    {
      name: 'disableOnloadAutoSearch',
      label: 'Disable On Load Auto Search',
      checked: this.disableOnloadAutoSearch
    },
    {
      name: 'disableModifyOnloadSearch',
      label: 'Disable Modify Onload Search Params',
      checked: this.disableModifyOnloadSearch
    }];

  }

  get blocks() {
    const saved = this.view?.selectedObjects ?? [];
    return this.selectedObjects.
    filter((name) => this.settings[name]).
    map((name) => {
      const setting = this.settings[name];
      const values = setting;
      const label = setting.label ?? name;
      return {
        apiName: name,
        heading: `${label} Settings`,
        options: (setting.applicableOptions ?? []).map((o) => ({
          key: `${name}.${o.name ?? ''}`,
          name: o.name ?? '',
          label: o.label ?? '',
          choices: o.lookupChoices && [
          { label: '--None--', value: '' },
          ...o.lookupChoices.map((c) => ({ label: c.label ?? '', value: c.value ?? '' }))],

          checked: values[o.name ?? ''] === true,
          value: String(values[o.name ?? ''] ?? '')
        })),
        configureDisabled: this.disabled || !saved.includes(name),
        configureLabel: `Configure Field Mapping, Related Lists, and Search Filters for ${label}`
      };
    });
  }

  handleObjectsChange(event) {
    this.selectedObjects = [...(event.detail.value ?? [])];
    clearFieldError(event);
  }

  handlePreference(event) {
    const name = event.target.dataset.name;
    if (name === 'disableOnloadAutoSearch') this.disableOnloadAutoSearch = event.detail.checked === true;
    if (name === 'disableModifyOnloadSearch') this.disableModifyOnloadSearch = event.detail.checked === true;
  }

  handleOption(event) {
    const { object = '', option = '' } = event.target.dataset;
    const applied = this.settings[object]?.applicableOptions?.find((o) => o.name === option);
    const isLookup = applied?.lookupChoices !== undefined;
    this.settings = {
      ...this.settings,
      [object]: { ...this.settings[object], [option]: isLookup ? event.detail.value : event.detail.checked }
    };
    clearFieldError(event);
  }

  handleConfigure(event) {
    const object = event.currentTarget.dataset.object ?? '';
    this.dispatchEvent(new CustomEvent('configure', { bubbles: true, detail: object }));
  }

  async handleSave() {
    const options = this.selectedObjects.map((name) => this.settings[name]).filter((o) => o !== undefined);
    await this.save('Object Settings', () =>
    saveObjectSettings({
      request: {
        selectedObjects: this.selectedObjects,
        disableOnloadAutoSearch: this.disableOnloadAutoSearch,
        disableModifyOnloadSearch: this.disableModifyOnloadSearch,
        options
      }
    })
    );
  }
}
