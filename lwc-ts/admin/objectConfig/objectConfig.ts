/**
 * Per-object page ("Configure Field Mapping, Related Lists, and Search Filters") opened from Customization
 * Settings: field mappings (LivePerson field from the catalog or "Other" paths checked with `c/fieldPath`
 * while typing and again in Apex; Include in Overview for at most 5 fields) and search filters (operators
 * offered by field type; Ids for lookups and record types checked in Apex) and related lists (at most 4
 * fields, sort field, number of records, direction).
 */
import { LightningElement, api } from 'lwc';
import getObjectConfig from '@salesforce/apex/ObjectConfigController.getObjectConfig';
import saveFieldMapping from '@salesforce/apex/ObjectConfigController.saveFieldMapping';
import saveSearchFilter from '@salesforce/apex/ObjectConfigController.saveSearchFilter';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import getRelatedFields from '@salesforce/apex/ObjectConfigController.getRelatedFields';
import saveRelatedList from '@salesforce/apex/ObjectConfigController.saveRelatedList';
import { validatePath } from 'c/fieldPath';
import { reduceErrors } from 'c/reduceErrors';
import { labelsFor, saveWithFeedback } from 'c/adminSave';
import type {
  AdminSaveResult,
  ObjectConfigDtos_Config as Config,
  ObjectConfigDtos_FieldMapping as FieldMapping,
  ObjectConfigDtos_RelatedList as RelatedList,
  ObjectConfigDtos_SearchFilter as SearchFilter,
} from 'apex-dtos';

type Errors = Record<string, string>;
const PATHS = ['sdkPath', 'apiPath', 'msgSdkPath', 'msgApiPath'] as const;
type PathName = (typeof PATHS)[number];
const PATH_LABELS: Record<PathName, string> = {
  sdkPath: 'LivePerson SDK Field (chat widget)',
  apiPath: 'LivePerson API Field (chat sync)',
  msgSdkPath: 'LivePerson Msg SDK Field (messaging widget)',
  msgApiPath: 'LivePerson Msg API Field (messaging sync)',
};

/** Client-side check of an "Other" path (the same parser as the widget; Apex checks again on save). */
export function pathError(path: string | undefined): string | undefined {
  if (!path || path.trim() === '') return undefined;
  const r = validatePath(path.trim());
  return r.ok ? undefined : `Not a valid LivePerson path: ${r.message}`;
}

export default class ObjectConfig extends LightningElement {
  @api objectApiName = '';

  config: Config | undefined;
  loading = true;
  saving = false;
  pageErrors: string[] = [];
  mappingErrors: Errors = {};
  filterErrors: Errors = {};
  mapping: FieldMapping | undefined;
  filter: SearchFilter | undefined;
  related: RelatedList | undefined;
  relatedErrors: Errors = {};
  relatedFields: { label: string; value: string }[] = [];

  readonly directionOptions = [
    { label: 'Ascending', value: 'ASC' },
    { label: 'Descending', value: 'DESC' },
  ];

  connectedCallback(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.config = await getObjectConfig({ objectApiName: this.objectApiName });
    } catch (error) {
      this.pageErrors = reduceErrors(error);
    } finally {
      this.loading = false;
    }
  }

  get ready(): boolean {
    return !this.loading && this.config !== undefined;
  }

  get title(): string {
    const label = this.config?.label ?? this.objectApiName;
    return this.config?.isTranscript
      ? `${label}: Transcript Field Mapping`
      : `${label}: Field Mapping, Related Lists and Search Filters`;
  }

  get isTranscript(): boolean {
    return this.config?.isTranscript === true;
  }

  /** Search filters apply to the widget's search objects, not to Chat Transcript. */
  get showFilters(): boolean {
    return !this.isTranscript;
  }

  get labels(): Record<string, string> {
    return Object.fromEntries((this.config?.fields ?? []).map((f) => [f.apiName ?? '', f.label ?? '']));
  }

  // ---- field mappings -----------------------------------------------------------------------

  get mappingRows(): {
    id: string;
    field: string;
    livePerson: string;
    flags: string;
    editLabel: string;
    deleteLabel: string;
  }[] {
    const lp = Object.fromEntries(
      (this.config?.livePersonFields ?? []).map((o) => [o.value ?? '', o.label ?? '']),
    );
    return (this.config?.mappings ?? []).map((m) => {
      const field = this.labels[m.fieldApiName ?? ''] ?? m.fieldApiName ?? '';
      const flags = [
        m.editability ?? 'Editable',
        m.inOverview ? 'In overview' : '',
        m.required ? 'Required' : '',
        m.defaultValue ? `Default "${m.defaultValue}"` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return {
        id: m.id ?? '',
        field,
        livePerson:
          m.livePersonField === 'Other'
            ? (m.sdkPath ?? m.apiPath ?? 'Other')
            : (lp[m.livePersonField ?? ''] ?? '—'),
        flags,
        editLabel: `Edit mapping of ${field}`,
        deleteLabel: `Delete mapping of ${field}`,
      };
    });
  }

  get hasMappings(): boolean {
    return this.mappingRows.length > 0;
  }

  get overviewCount(): number {
    return (this.config?.mappings ?? []).filter((m) => m.inOverview).length;
  }

  get overviewText(): string {
    return `${this.overviewCount} of ${this.config?.maxOverview ?? 5} overview fields used (only the first 5 show in the bubble).`;
  }

  get fieldOptions(): { label: string; value: string }[] {
    return (this.config?.fields ?? [])
      .filter((f) => f.mappable)
      .map((f) => ({ label: `${f.label} (${f.apiName})`, value: f.apiName ?? '' }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  get refusedFields(): { apiName: string; text: string }[] {
    if (!this.isTranscript) return [];
    return (this.config?.fields ?? [])
      .filter((f) => !f.mappable && f.reason)
      .map((f) => ({ apiName: f.apiName ?? '', text: `${f.label} (${f.apiName}): ${f.reason}` }));
  }

  get hasRefusedFields(): boolean {
    return this.refusedFields.length > 0;
  }

  get livePersonOptions(): { label: string; value: string }[] {
    return [
      { label: '--None--', value: '' },
      ...(this.config?.livePersonFields ?? []).map((o) => ({ label: o.label ?? '', value: o.value ?? '' })),
    ];
  }

  readonly editabilityOptions = [
    { label: 'Editable', value: 'Editable' },
    { label: 'Read Only', value: 'Read Only' },
  ];

  get isOther(): boolean {
    return this.mapping?.livePersonField === 'Other';
  }

  get pathInputs(): { name: PathName; label: string; value: string; error?: string; errorId: string }[] {
    return PATHS.map((name) => ({
      name,
      label: PATH_LABELS[name],
      value: this.mapping?.[name] ?? '',
      error: this.mappingErrors[name],
      errorId: `${name}-error`,
    }));
  }

  get mappingTitle(): string {
    return this.mapping?.id ? 'Edit Field Mapping' : 'Add Field Mapping';
  }

  handleAddMapping(): void {
    this.mapping = {
      objectApiName: this.config?.objectApiName,
      editability: 'Editable',
      livePersonField: '',
    };
    this.mappingErrors = {};
  }

  handleEditMapping(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const found = (this.config?.mappings ?? []).find((m) => m.id === id);
    this.mapping = found ? { ...found, objectApiName: this.config?.objectApiName } : undefined;
    this.mappingErrors = {};
  }

  handleCancelMapping(): void {
    this.mapping = undefined;
    this.mappingErrors = {};
  }

  handleMappingField(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
    if (!this.mapping) return;
    const name = (event.target as HTMLElement).dataset.name as keyof FieldMapping;
    const isBox = name === 'inOverview' || name === 'required';
    const value = isBox ? event.detail.checked === true : (event.detail.value ?? '');
    this.mapping = { ...this.mapping, [name]: value };
    const next = { ...this.mappingErrors };
    delete next[name];
    if ((PATHS as readonly string[]).includes(name)) {
      const err = pathError(value as string);
      if (err) next[name] = err;
    }
    this.mappingErrors = next;
  }

  async handleSaveMapping(): Promise<void> {
    const mapping = this.mapping;
    if (!mapping) return;
    const local: Errors = {};
    if (mapping.livePersonField === 'Other') {
      for (const p of PATHS) {
        const err = pathError(mapping[p]);
        if (err) local[p] = err;
      }
    }
    if (Object.keys(local).length > 0) {
      this.mappingErrors = local;
      return;
    }
    const ok = await this.save(
      (r) => (this.mappingErrors = r),
      'Field mapping',
      () => saveFieldMapping({ mapping }),
    );
    if (ok) this.mapping = undefined;
  }

  // ---- search filters -----------------------------------------------------------------------

  get filterRows(): { id: string; text: string; deleteLabel: string }[] {
    const ops = Object.fromEntries(
      (this.config?.operatorOptions ?? []).map((o) => [o.value ?? '', o.label ?? '']),
    );
    return (this.config?.filters ?? []).map((f) => {
      const text = `${this.labels[f.fieldApiName ?? ''] ?? f.fieldApiName} ${ops[f.operator ?? ''] ?? f.operator} ${f.value ?? ''}`;
      return { id: f.id ?? '', text, deleteLabel: `Delete filter ${text}` };
    });
  }

  get hasFilters(): boolean {
    return this.filterRows.length > 0;
  }

  get filterFieldOptions(): { label: string; value: string }[] {
    return (this.config?.fields ?? [])
      .filter((f) => (f.operators ?? []).length > 0)
      .map((f) => ({ label: `${f.label} (${f.apiName})`, value: f.apiName ?? '' }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  /** Operators valid for the chosen field's type. */
  get operatorOptions(): { label: string; value: string }[] {
    const field = (this.config?.fields ?? []).find((f) => f.apiName === this.filter?.fieldApiName);
    const allowed = new Set(field?.operators ?? []);
    return (this.config?.operatorOptions ?? [])
      .filter((o) => allowed.has(o.value ?? ''))
      .map((o) => ({ label: o.label ?? '', value: o.value ?? '' }));
  }

  get valueHelp(): string {
    const field = (this.config?.fields ?? []).find((f) => f.apiName === this.filter?.fieldApiName);
    if (field?.type === 'REFERENCE' || field?.type === 'ID')
      return 'Enter the Salesforce Id of the record (for a record type, e.g. 012000000000jdT).';
    if ((field?.picklistValues ?? []).length > 0)
      return `Values: ${(field?.picklistValues ?? []).join(', ')}`;
    return '';
  }

  handleAddFilter(): void {
    this.filter = { objectApiName: this.config?.objectApiName, fieldApiName: '', operator: '', value: '' };
    this.filterErrors = {};
  }

  handleCancelFilter(): void {
    this.filter = undefined;
    this.filterErrors = {};
  }

  handleFilterField(event: CustomEvent<{ value: string }>): void {
    if (!this.filter) return;
    const name = (event.target as HTMLElement).dataset.name as keyof SearchFilter;
    this.filter = { ...this.filter, [name]: event.detail.value };
    if (name === 'fieldApiName')
      this.filter = { ...this.filter, operator: this.operatorOptions[0]?.value ?? '' };
    const next = { ...this.filterErrors };
    delete next[name];
    this.filterErrors = next;
  }

  async handleSaveFilter(): Promise<void> {
    const filter = this.filter;
    if (!filter) return;
    const ok = await this.save(
      (r) => (this.filterErrors = r),
      'Search filter',
      () => saveSearchFilter({ filter }),
    );
    if (ok) this.filter = undefined;
  }

  // ---- related lists ------------------------------------------------------------------------

  get relatedRows(): { id: string; text: string; deleteLabel: string; editLabel: string }[] {
    return (this.config?.relatedLists ?? []).map((r) => {
      const text = `${r.relatedObject}.${r.relationshipField}: ${(r.fields ?? []).join(', ')}; ${r.recordCount} records by ${r.sortField} ${r.sortDirection === 'DESC' ? 'descending' : 'ascending'}`;
      return {
        id: r.id ?? '',
        text,
        deleteLabel: `Delete related list ${text}`,
        editLabel: `Edit related list ${text}`,
      };
    });
  }

  get hasRelated(): boolean {
    return this.relatedRows.length > 0;
  }

  get relatedObjectOptions(): { label: string; value: string }[] {
    return (this.config?.relatedObjects ?? []).map((o) => ({ label: o.label ?? '', value: o.value ?? '' }));
  }

  get relatedKey(): string {
    return this.related?.relatedObject
      ? `${this.related.relatedObject}.${this.related.relationshipField}`
      : '';
  }

  get recordCountOptions(): { label: string; value: string }[] {
    return (this.config?.recordCounts ?? [5, 10, 15, 20, 25]).map((n) => ({
      label: String(n),
      value: String(n),
    }));
  }

  get recordCountValue(): string {
    return this.related?.recordCount ? String(this.related.recordCount) : '';
  }

  get sortFieldOptions(): { label: string; value: string }[] {
    return this.relatedFields.filter((f) => !f.label.endsWith(' *'));
  }

  handleAddRelated(): void {
    this.related = {
      objectApiName: this.config?.objectApiName,
      fields: [],
      recordCount: 5,
      sortDirection: 'DESC',
    };
    this.relatedFields = [];
    this.relatedErrors = {};
  }

  async handleEditRelated(event: Event): Promise<void> {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const found = (this.config?.relatedLists ?? []).find((r) => r.id === id);
    if (!found) return;
    this.related = { ...found, fields: [...(found.fields ?? [])], objectApiName: this.config?.objectApiName };
    this.relatedErrors = {};
    await this.loadRelatedFields();
  }

  handleCancelRelated(): void {
    this.related = undefined;
    this.relatedErrors = {};
  }

  async loadRelatedFields(): Promise<void> {
    const relatedObject = this.related?.relatedObject;
    if (!relatedObject) return;
    try {
      const fields = await getRelatedFields({ objectApiName: this.objectApiName, relatedObject });
      this.relatedFields = fields.map((f) => ({ label: f.label ?? '', value: f.value ?? '' }));
    } catch (error) {
      this.pageErrors = reduceErrors(error);
    }
  }

  async handleRelatedField(event: CustomEvent<{ value: string | string[] }>): Promise<void> {
    if (!this.related) return;
    const name = (event.target as HTMLElement).dataset.name ?? '';
    const value = event.detail.value;
    const next: RelatedList = { ...this.related };
    if (name === 'relatedObject') {
      const [child, field] = String(value).split('.');
      next.relatedObject = child;
      next.relationshipField = field;
      next.fields = [];
      next.sortField = undefined;
    }
    if (name === 'fields') next.fields = [...(value as string[])];
    if (name === 'sortField') next.sortField = value as string;
    if (name === 'recordCount') next.recordCount = Number(value);
    if (name === 'sortDirection') next.sortDirection = value as string;
    this.related = next;
    const errors = { ...this.relatedErrors };
    delete errors[name];
    if (name === 'fields' && (next.fields ?? []).length > 4)
      errors.fields = 'Only the first 4 fields are shown on the related list: select at most 4.';
    this.relatedErrors = errors;
    if (name === 'relatedObject') await this.loadRelatedFields();
  }

  async handleSaveRelated(): Promise<void> {
    const related = this.related;
    if (!related) return;
    const ok = await this.save(
      (r) => (this.relatedErrors = r),
      'Related list',
      () => saveRelatedList({ related }),
    );
    if (ok) this.related = undefined;
  }

  // ---- shared -------------------------------------------------------------------------------

  async handleDelete(event: Event): Promise<void> {
    const recordId = (event.currentTarget as HTMLElement).dataset.id ?? '';
    await this.save(
      () => undefined,
      'Deletion',
      () => deleteConfigRecord({ recordId }),
    );
  }

  handleBack(): void {
    this.dispatchEvent(new CustomEvent('close'));
  }

  /** Runs one save (`c/adminSave`) and reloads the configuration on success. */
  async save(
    setErrors: (e: Errors) => void,
    what: string,
    call: () => Promise<AdminSaveResult>,
  ): Promise<boolean> {
    this.saving = true;
    this.pageErrors = [];
    try {
      const outcome = await saveWithFeedback(this, labelsFor(what), call);
      setErrors(outcome.fieldErrors);
      this.pageErrors = outcome.pageErrors;
      if (outcome.ok) this.config = await getObjectConfig({ objectApiName: this.objectApiName });
      return outcome.ok;
    } catch (error) {
      this.pageErrors = reduceErrors(error);
      return false;
    } finally {
      this.saving = false;
    }
  }
}
