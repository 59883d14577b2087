/**
 * The Search Filters section of an object's configuration: conditions that limit the records agents find
 * (on top of their profile's restrictions). Only operators valid for the chosen field's type are offered;
 * lookups and record types take a Salesforce Id, which Apex checks.
 */
import { api } from 'lwc';
import saveSearchFilter from '@salesforce/apex/ObjectConfigController.saveSearchFilter';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import ConfigSection from 'c/configSection';
import { combobox, textField, toOptions } from 'c/configList';
import type { ConfigField, ConfigRow, Option } from 'c/configList';
import type { SaveReply } from 'c/adminSave';
import type {
  ObjectConfigDtos_Config as Config,
  ObjectConfigDtos_FieldInfo as FieldInfo,
  ObjectConfigDtos_SearchFilter as SearchFilter,
} from 'apex-dtos';

export default class SearchFilters extends ConfigSection<SearchFilter> {
  @api config: Config | undefined;

  noun = 'Search Filter';
  columns = ['Field', 'Operation', 'Value'];

  /** Each filter as its field's label, the operator's label and the value. */
  get rows(): ConfigRow[] {
    const fields = (this.config?.fields ?? []).map((f) => ({ label: f.label, value: f.apiName }));
    const label = (items: Option[], value = ''): string =>
      items.find((o) => o.value === value)?.label ?? value;
    return (this.config?.filters ?? []).map((f) => {
      const operator = label(toOptions(this.config?.operatorOptions), f.operator);
      const cells = [label(toOptions(fields), f.fieldApiName), operator, f.value ?? ''];
      return { id: f.id ?? '', cells, deleteTitle: `Delete filter ${cells.join(' ')}` };
    });
  }

  get fields(): ConfigField[] {
    const f = this.draft ?? {};
    const fieldOptions = (this.config?.fields ?? [])
      .filter((info) => (info.operators ?? []).length > 0)
      .map((info) => ({ label: `${info.label} (${info.apiName})`, value: info.apiName ?? '' }))
      .sort((a, b) => a.label.localeCompare(b.label));
    return [
      combobox('fieldApiName', 'Field Name', { options: fieldOptions, value: f.fieldApiName }),
      combobox('operator', 'Operation', { options: this.operatorOptions(f), value: f.operator }),
      textField('value', 'Value', { value: f.value ?? '', help: valueHelp(this.fieldOf(f)) }),
    ];
  }

  newDraft(): SearchFilter {
    return { objectApiName: this.config?.objectApiName, fieldApiName: '', operator: '', value: '' };
  }

  change(draft: SearchFilter, name: string, value: unknown): SearchFilter {
    const next = { ...draft, [name]: value };
    return name === 'fieldApiName' ? { ...next, operator: this.operatorOptions(next)[0]?.value ?? '' } : next;
  }

  saveCall(filter: SearchFilter): () => Promise<SaveReply> {
    return () => saveSearchFilter({ filter });
  }

  deleteCall(recordId: string): Promise<SaveReply> {
    return deleteConfigRecord({ recordId });
  }

  private fieldOf(filter: SearchFilter): FieldInfo | undefined {
    return (this.config?.fields ?? []).find((f) => f.apiName === filter.fieldApiName);
  }

  /** Operators valid for the chosen field's type. */
  private operatorOptions(filter: SearchFilter): Option[] {
    const allowed = new Set(this.fieldOf(filter)?.operators ?? []);
    return toOptions(this.config?.operatorOptions).filter((o) => allowed.has(o.value));
  }
}

function valueHelp(field: FieldInfo | undefined): string {
  if (field?.type === 'REFERENCE' || field?.type === 'ID')
    return 'Enter the Salesforce Id of the record (for a record type, e.g. 012000000000jdT).';
  const values = field?.picklistValues ?? [];
  return values.length > 0 ? `Values: ${values.join(', ')}` : '';
}
