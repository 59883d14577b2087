// Generated from lwc-ts/admin/objectSettings/objectSettings.ts by `npm run build`; do not edit.
/**
 * Object Settings section of Customization Settings: the objects the widget searches (in order), the two
 * search checkboxes and, per selected object, the options Apex says apply to it (`applicableOptions`: a
 * checkbox, or a picker of the object's lookups), with the link to the object's own page (`configure`
 * event, detail = object API name; only saved objects).
 */
import ViewSection from 'c/viewSection';
import saveObjectSettings from '@salesforce/apex/CustomizationSettingsController.saveObjectSettings';
import { checkbox, combobox, dualListbox, toOptions } from 'c/fieldInputs';













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

  /** The objects and the two search checkboxes. */
  get fields() {
    const { disabled } = this;
    const options = (this.view?.availableObjects ?? []).map((o) => ({
      label: o.label ?? '',
      value: o.apiName ?? ''
    }));
    return [
    dualListbox('selectedObjects', 'Objects', { options, value: this.selectedObjects, disabled }),
    checkbox('disableOnloadAutoSearch', 'Disable On Load Auto Search', {
      checked: this.disableOnloadAutoSearch,
      disabled
    }),
    checkbox('disableModifyOnloadSearch', 'Disable Modify Onload Search Params', {
      checked: this.disableModifyOnloadSearch,
      disabled
    })];

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
        fields: (setting.applicableOptions ?? []).map((o) => {
          const option = o.name ?? '';
          const field = `${name}.${option}`;
          const { disabled } = this;
          if (!o.lookupChoices)
          return checkbox(field, o.label ?? '', { checked: values[option] === true, disabled });
          const options = [{ label: '--None--', value: '' }, ...toOptions(o.lookupChoices)];
          const value = String(values[option] ?? '');
          return combobox(field, o.label ?? '', { options, value, disabled });
        }),
        configureDisabled: this.disabled || !saved.includes(name),
        configureLabel: `Configure Field Mapping, Related Lists, and Search Filters for ${label}`
      };
    });
  }

  /** An input's change: the objects, a search checkbox, or `<object>.<option>` of an object's block. */
  handleField(event) {
    const { name, value } = event.detail;
    if (name === 'selectedObjects') this.selectedObjects = [...(value ?? [])];else
    if (name === 'disableOnloadAutoSearch') this.disableOnloadAutoSearch = value === true;else
    if (name === 'disableModifyOnloadSearch') this.disableModifyOnloadSearch = value === true;else
    {
      const [object, option] = name.split('.');
      this.settings = { ...this.settings, [object]: { ...this.settings[object], [option]: value } };
    }
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
