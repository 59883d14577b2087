/**
 * The Related List section of an object's configuration: which child records the widget lists under a
 * record (a child object by its relationship field), at most 4 of its fields, the sort field and
 * direction, and how many records.
 */
import { api } from 'lwc';
import getRelatedFields from '@salesforce/apex/ObjectConfigController.getRelatedFields';
import saveRelatedList from '@salesforce/apex/ObjectConfigController.saveRelatedList';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import { reduceErrors } from 'c/reduceErrors';
import ConfigSection from 'c/configSection';
import { combobox, dualListbox, toOptions } from 'c/configList';
import type { ConfigField, ConfigRow, Option } from 'c/configList';
import type { SaveReply } from 'c/adminSave';
import type {
  ObjectConfigDtos_Config as Config,
  ObjectConfigDtos_RelatedList as RelatedList,
} from 'apex-dtos';

const MAX_FIELDS = 4;
const FIELDS_HELP = `Only the first ${MAX_FIELDS} fields are shown on the related list.`;
const TOO_MANY_FIELDS = `Only the first ${MAX_FIELDS} fields are shown on the related list: select at most ${MAX_FIELDS}.`;
const DIRECTIONS = [
  { label: 'Ascending', value: 'ASC' },
  { label: 'Descending', value: 'DESC' },
];

export default class RelatedLists extends ConfigSection<RelatedList> {
  @api config: Config | undefined;

  /** The chosen child object's fields; a label ending in " *" cannot be sorted on. */
  relatedFields: Option[] = [];

  noun = 'Related List';
  columns = ['Related list', 'Fields', 'Records', 'Sorted by'];

  get rows(): ConfigRow[] {
    return (this.config?.relatedLists ?? []).map((r) => {
      const cells = [
        `${r.relatedObject}.${r.relationshipField}`,
        (r.fields ?? []).join(', '),
        `${r.recordCount} records`,
        `${r.sortField} ${r.sortDirection === 'DESC' ? 'descending' : 'ascending'}`,
      ];
      const text = cells.join(' ');
      return {
        id: r.id ?? '',
        cells,
        editTitle: `Edit related list ${text}`,
        deleteTitle: `Delete related list ${text}`,
      };
    });
  }

  get fields(): ConfigField[] {
    const r = this.draft ?? {};
    const objects = toOptions(this.config?.relatedObjects);
    const counts = (this.config?.recordCounts ?? [5, 10, 15, 20, 25]).map((n) => ({
      label: `${n}`,
      value: `${n}`,
    }));
    const sortable = this.relatedFields.filter((f) => !f.label.endsWith(' *'));
    const relatedKey = r.relatedObject ? `${r.relatedObject}.${r.relationshipField}` : '';
    return [
      combobox('relatedObject', 'Related List Object Name', { options: objects, value: relatedKey }),
      dualListbox('fields', 'Fields', {
        options: this.relatedFields,
        value: r.fields ?? [],
        help: FIELDS_HELP,
      }),
      combobox('sortField', 'Field to Sort', { options: sortable, value: r.sortField }),
      combobox('recordCount', 'Number of Records', { options: counts, value: `${r.recordCount ?? ''}` }),
      combobox('sortDirection', 'Sort Direction', { options: DIRECTIONS, value: r.sortDirection }),
    ];
  }

  newDraft(): RelatedList {
    return { objectApiName: this.config?.objectApiName, fields: [], recordCount: 5, sortDirection: 'DESC' };
  }

  draftOf(id: string): RelatedList | undefined {
    const found = (this.config?.relatedLists ?? []).find((r) => r.id === id);
    return (
      found && { ...found, fields: [...(found.fields ?? [])], objectApiName: this.config?.objectApiName }
    );
  }

  change(draft: RelatedList, name: string, value: unknown): RelatedList {
    if (name === 'relatedObject') {
      const [relatedObject, relationshipField] = String(value).split('.');
      void this.loadRelatedFields(relatedObject);
      return { ...draft, relatedObject, relationshipField, fields: [], sortField: undefined };
    }
    if (name === 'fields' && (value as string[]).length > MAX_FIELDS)
      this.list.showFieldError(name, TOO_MANY_FIELDS);
    return { ...draft, [name]: name === 'recordCount' ? Number(value) : value };
  }

  async opened(): Promise<void> {
    this.relatedFields = [];
    if (this.draft?.relatedObject) await this.loadRelatedFields(this.draft.relatedObject);
  }

  saveCall(related: RelatedList): () => Promise<SaveReply> {
    return () => saveRelatedList({ related });
  }

  deleteCall(recordId: string): Promise<SaveReply> {
    return deleteConfigRecord({ recordId });
  }

  private async loadRelatedFields(relatedObject: string): Promise<void> {
    try {
      const objectApiName = this.config?.objectApiName ?? '';
      const fields = await getRelatedFields({ objectApiName, relatedObject });
      this.relatedFields = toOptions(fields);
    } catch (error) {
      this.list.showErrors(reduceErrors(error));
    }
  }
}
