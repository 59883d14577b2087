// Generated from lwc-ts/admin/fieldMappings/fieldMappings.ts by `npm run build`; do not edit.
/**
 * The Field Mapping section of an object's configuration: which Salesforce field gets which LivePerson
 * value (a catalog field, or "Other" paths checked with `c/fieldPath` while typing and again in Apex),
 * Editable or Read Only, Required, a default, and Include in Overview for at most 5 fields. For Chat
 * Transcript it lists the fields that cannot receive a mapping, and why.
 */
import { api } from 'lwc';
import saveFieldMapping from '@salesforce/apex/ObjectConfigController.saveFieldMapping';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import { validatePath } from 'c/fieldPath';
import ConfigSection from 'c/configSection';
import { checkbox, combobox, textField, toOptions } from 'c/configList';







const PATHS = ['sdkPath', 'apiPath', 'msgSdkPath', 'msgApiPath'];

const PATH_LABELS = {
  sdkPath: 'LivePerson SDK Field (chat widget)',
  apiPath: 'LivePerson API Field (chat sync)',
  msgSdkPath: 'LivePerson Msg SDK Field (messaging widget)',
  msgApiPath: 'LivePerson Msg API Field (messaging sync)'
};
const EDITABILITY = ['Editable', 'Read Only'].map((v) => ({ label: v, value: v }));
const LIVEPERSON_HELP =
'Choose a value to pre-fill the field, or Other to enter the LivePerson paths yourself.';

/** Client-side check of an "Other" path (the same parser as the widget; Apex checks again on save). */
export function pathError(path) {
  if (!path || path.trim() === '') return undefined;
  const r = validatePath(path.trim());
  return r.ok ? undefined : `Not a valid LivePerson path: ${r.message}`;
}

export default class FieldMappings extends ConfigSection {
  @api config;

  noun = 'Field Mapping';
  columns = ['Salesforce field', 'LivePerson field', 'Options'];

  get rows() {
    const catalog = new Map(toOptions(this.config?.livePersonFields).map((o) => [o.value, o.label]));
    const fields = new Map((this.config?.fields ?? []).map((f) => [f.apiName, f.label]));
    return (this.config?.mappings ?? []).map((m) => {
      const field = fields.get(m.fieldApiName) ?? m.fieldApiName ?? '';
      const other = m.sdkPath ?? m.apiPath ?? 'Other';
      const livePerson =
      m.livePersonField === 'Other' ? other : catalog.get(m.livePersonField ?? '') ?? '—';
      const flags = [
      m.editability ?? 'Editable',
      m.inOverview ? 'In overview' : '',
      m.required ? 'Required' : '',
      m.defaultValue ? `Default "${m.defaultValue}"` : ''];

      return {
        id: m.id ?? '',
        cells: [field, livePerson, flags.filter(Boolean).join(', ')],
        editTitle: `Edit mapping of ${field}`,
        deleteTitle: `Delete mapping of ${field}`
      };
    });
  }

  get fields() {
    const m = this.draft ?? {};
    const livePerson = [{ label: '--None--', value: '' }, ...toOptions(this.config?.livePersonFields)];
    const paths = PATHS.map((name) => textField(name, PATH_LABELS[name], { value: m[name] ?? '' }));
    return [
    combobox('fieldApiName', 'SF Field Name', { options: this.fieldOptions, value: m.fieldApiName }),
    combobox('editability', 'Editability', { options: EDITABILITY, value: m.editability }),
    combobox('livePersonField', 'LivePerson Field Name', {
      options: livePerson,
      value: m.livePersonField,
      help: LIVEPERSON_HELP
    }),
    ...(m.livePersonField === 'Other' ? paths : []),
    checkbox('inOverview', 'Include in Overview', { checked: m.inOverview === true }),
    checkbox('required', 'Required', { checked: m.required === true }),
    textField('defaultValue', 'Default Value', { value: m.defaultValue ?? '', maxLength: 255 })];

  }

  get overviewText() {
    const used = (this.config?.mappings ?? []).filter((m) => m.inOverview).length;
    return `${used} of ${this.config?.maxOverview ?? 5} overview fields used (only the first 5 show in the bubble).`;
  }

  get fieldOptions() {
    return (this.config?.fields ?? []).
    filter((f) => f.mappable).
    map((f) => ({ label: `${f.label} (${f.apiName})`, value: f.apiName ?? '' })).
    sort((a, b) => a.label.localeCompare(b.label));
  }

  get refusedFields() {
    if (this.config?.isTranscript !== true) return [];
    return (this.config?.fields ?? []).
    filter((f) => !f.mappable && f.reason).
    map((f) => ({ apiName: f.apiName ?? '', text: `${f.label} (${f.apiName}): ${f.reason}` }));
  }

  get hasRefusedFields() {
    return this.refusedFields.length > 0;
  }

  newDraft() {
    return { objectApiName: this.config?.objectApiName, editability: 'Editable', livePersonField: '' };
  }

  draftOf(id) {
    const found = (this.config?.mappings ?? []).find((m) => m.id === id);
    return found && { ...found, objectApiName: this.config?.objectApiName };
  }

  change(draft, name, value) {
    const malformed = PATHS.includes(name) ? pathError(value) : undefined;
    if (malformed) this.list.showFieldError(name, malformed);
    return { ...draft, [name]: value };
  }

  saveCall(mapping) {
    const paths = mapping.livePersonField === 'Other' ? PATHS : [];
    const malformed = Object.fromEntries(
      paths.map((p) => [p, pathError(mapping[p]) ?? '']).filter(([, message]) => message)
    );
    if (Object.keys(malformed).length === 0) return () => saveFieldMapping({ mapping });
    this.list.showErrors([], malformed);
    return undefined;
  }

  deleteCall(recordId) {
    return deleteConfigRecord({ recordId });
  }
}
