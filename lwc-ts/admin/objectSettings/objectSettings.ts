/**
 * Object Settings section of Customization Settings: the objects the widget searches (in order), the two
 * search checkboxes and, per selected object, the options Apex says apply to it (`applicableOptions`: a
 * checkbox, or a picker of the object's lookups), with the link to the object's own page (`configure`
 * event, detail = object API name; only saved objects).
 */
import ViewSection, { dualListProps } from 'c/viewSection';
import saveObjectSettings from '@salesforce/apex/CustomizationSettingsController.saveObjectSettings';
import { clearFieldError } from 'c/fieldErrors';
import type {
  CustomizationDtos_ObjectSetting as ObjectSetting,
  CustomizationDtos_View as View,
} from 'apex-dtos';

interface ComboOption {
  label: string;
  value: string;
}

interface OptionInput {
  key: string;
  name: string;
  label: string;
  /** A lookup option's choices; undefined for a checkbox. */
  choices?: ComboOption[];
  checked: boolean;
  value: string;
}

interface ObjectBlock {
  apiName: string;
  heading: string;
  options: OptionInput[];
  configureDisabled: boolean;
  configureLabel: string;
}

export default class ObjectSettings extends ViewSection {
  labels = { heading: 'Object Settings', saveLabel: 'Save Object Settings', saveId: 'save-objects' };
  selectedObjects: string[] = [];
  disableOnloadAutoSearch = false;
  disableModifyOnloadSearch = false;
  settings: Record<string, ObjectSetting> = {};

  storedValues(view: View | undefined): unknown {
    return [
      view?.availableObjects,
      view?.selectedObjects,
      view?.disableOnloadAutoSearch,
      view?.disableModifyOnloadSearch,
    ];
  }

  load(view: View | undefined): void {
    this.selectedObjects = [...(view?.selectedObjects ?? [])];
    this.disableOnloadAutoSearch = view?.disableOnloadAutoSearch === true;
    this.disableModifyOnloadSearch = view?.disableModifyOnloadSearch === true;
    this.settings = Object.fromEntries(
      (view?.availableObjects ?? []).map((o) => [o.apiName ?? '', { ...o }]),
    );
  }

  get objectList(): Record<string, unknown> {
    const options = (this.view?.availableObjects ?? []).map((o) => ({
      label: o.label ?? '',
      value: o.apiName ?? '',
    }));
    return dualListProps('Objects', options, this.selectedObjects, this.disabled);
  }

  get preferences(): { name: string; label: string; checked: boolean }[] {
    return [
      {
        name: 'disableOnloadAutoSearch',
        label: 'Disable On Load Auto Search',
        checked: this.disableOnloadAutoSearch,
      },
      {
        name: 'disableModifyOnloadSearch',
        label: 'Disable Modify Onload Search Params',
        checked: this.disableModifyOnloadSearch,
      },
    ];
  }

  get blocks(): ObjectBlock[] {
    const saved = this.view?.selectedObjects ?? [];
    return this.selectedObjects
      .filter((name) => this.settings[name])
      .map((name) => {
        const setting = this.settings[name];
        const values = setting as Record<string, unknown>;
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
              ...o.lookupChoices.map((c) => ({ label: c.label ?? '', value: c.value ?? '' })),
            ],
            checked: values[o.name ?? ''] === true,
            value: String(values[o.name ?? ''] ?? ''),
          })),
          configureDisabled: this.disabled || !saved.includes(name),
          configureLabel: `Configure Field Mapping, Related Lists, and Search Filters for ${label}`,
        };
      });
  }

  handleObjectsChange(event: CustomEvent<{ value: string[] }>): void {
    this.selectedObjects = [...(event.detail.value ?? [])];
    clearFieldError(event);
  }

  handlePreference(event: CustomEvent<{ checked: boolean }>): void {
    const name = (event.target as HTMLElement).dataset.name;
    if (name === 'disableOnloadAutoSearch') this.disableOnloadAutoSearch = event.detail.checked === true;
    if (name === 'disableModifyOnloadSearch') this.disableModifyOnloadSearch = event.detail.checked === true;
  }

  handleOption(event: CustomEvent<{ checked?: boolean; value?: string }>): void {
    const { object = '', option = '' } = (event.target as HTMLElement).dataset;
    const applied = this.settings[object]?.applicableOptions?.find((o) => o.name === option);
    const isLookup = applied?.lookupChoices !== undefined;
    this.settings = {
      ...this.settings,
      [object]: { ...this.settings[object], [option]: isLookup ? event.detail.value : event.detail.checked },
    };
    clearFieldError(event);
  }

  handleConfigure(event: Event): void {
    const object = (event.currentTarget as HTMLElement).dataset.object ?? '';
    this.dispatchEvent(new CustomEvent('configure', { bubbles: true, detail: object }));
  }

  async handleSave(): Promise<void> {
    const options = this.selectedObjects.map((name) => this.settings[name]).filter((o) => o !== undefined);
    await this.save('Object Settings', () =>
      saveObjectSettings({
        request: {
          selectedObjects: this.selectedObjects,
          disableOnloadAutoSearch: this.disableOnloadAutoSearch,
          disableModifyOnloadSearch: this.disableModifyOnloadSearch,
          options,
        },
      }),
    );
  }
}
