// Generated from lwc-ts/widget/createForm/createForm.ts by `npm run build`; do not edit.
/**
 * The create form of `New <Object>` (guide, "Creating a … from LiveEngage"): the object's mapped
 * fields pre-filled from the conversation, the fields the object itself requires, and **Save &
 * Link**, which creates the record and links the conversation to it (and its Account/Contact) in
 * one Apex call. A required field left empty is marked inline and nothing is sent; when a Duplicate
 * Rule matches, the matches are offered (Link Chat to one of them) with Save anyway where the rule
 * allows it. Fires `linkchange` (new `WidgetDtos.LinkState`), `saved` ({recordId}) and `close`.
 */
import { LightningElement, api } from 'lwc';
import getCreateForm from '@salesforce/apex/WidgetController.getCreateForm';
import saveAndLink from '@salesforce/apex/WidgetController.saveAndLink';
import { reduceErrors } from 'c/reduceErrors';
import { changeLink } from 'c/linkChange';







import { fieldViews, initialValue, lookupCandidates, missingRequired } from './formFields';


export default class CreateForm extends LightningElement {
  /** The object to create. */
  @api objectApiName;
  /** The session (skill). */
  @api session;
  /** The focused conversation. */
  @api conversation;
  /** The conversation's links (lookup candidates). */
  @api links;
  /** LivePerson's public model of the conversation (pre-fill through each field's SDK path). */
  @api sdkModel;
  /** The record the form was opened from (e.g. New Case on an Account), else null. */
  @api context = null;

  form;
  values = {};
  errors = {};
  message = '';
  duplicates = [];
  canSaveAnyway = false;
  useRules = false;
  loading = false;
  saving = false;

  connectedCallback() {
    void this.load();
  }

  get candidates() {
    return lookupCandidates(this.context, this.links?.records, this.form?.contextParents);
  }

  async load() {
    this.loading = true;
    this.message = '';
    try {
      const form = await getCreateForm({
        request: {
          skillName: this.session?.skillName,
          skillId: this.session?.skillId,
          objectApiName: this.objectApiName,
          isMessaging: this.conversation?.isMessaging === true,
          contextId: this.context?.id
        }
      });
      const candidates = lookupCandidates(this.context, this.links?.records, form?.contextParents);
      const values = {};
      for (const f of form?.fields ?? [])
      values[f.apiName ?? ''] = initialValue(f, this.sdkModel, candidates);
      this.values = values;
      this.useRules = form?.useAssignmentRules === true;
      this.form = form;
    } catch (e) {
      this.message = reduceErrors(e).join(' ');
    } finally {
      this.loading = false;
    }
  }

  get title() {
    return `New ${this.form?.label ?? this.objectApiName ?? ''}`;
  }

  get fields() {
    return fieldViews(this.form?.fields ?? [], this.values, this.errors, this.candidates);
  }

  get hasForm() {
    return this.form !== undefined;
  }

  get showRulesChoice() {
    return this.form?.assignmentRulesEditable === true;
  }

  get hasMessage() {
    return this.message !== '';
  }

  get hasDuplicates() {
    return this.duplicates.length > 0;
  }

  get duplicateRows() {
    return this.duplicates.map((d) => ({ id: d.id ?? '', name: d.name ?? d.id ?? '' }));
  }

  handleChange(event) {
    const target = event.target;
    const apiName = target.dataset.field ?? '';
    const value =
    target.type === 'checkbox' ? String(event.detail.checked === true) : String(event.detail.value ?? '');
    this.values = { ...this.values, [apiName]: value };
    if (this.errors[apiName]) {
      const rest = { ...this.errors };
      delete rest[apiName];
      this.errors = rest;
    }
  }

  handleRules(event) {
    this.useRules = event.detail.checked === true;
  }

  handleSave() {
    void this.save(false);
  }

  handleSaveAnyway() {
    void this.save(true);
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent('close'));
  }

  async save(saveAnyway) {
    if (this.saving || !this.form) return;
    const missing = missingRequired(this.form.fields ?? [], this.values);
    this.errors = missing;
    if (Object.keys(missing).length > 0) {
      this.message = 'Complete the required fields; nothing was saved.';
      return;
    }
    this.saving = true;
    this.message = '';
    try {
      const result = await saveAndLink({
        request: {
          conversation: this.conversation,
          objectApiName: this.form.objectApiName,
          values: this.values,
          saveAnyway,
          useAssignmentRules: this.useRules
        }
      });
      if (result?.success) {
        this.dispatchEvent(new CustomEvent('linkchange', { detail: result.links }));
        this.dispatchEvent(new CustomEvent('saved', { detail: { recordId: result.recordId } }));
        return;
      }
      const errors = {};
      for (const e of result?.fieldErrors ?? []) errors[e.field ?? ''] = e.message ?? '';
      this.errors = errors;
      this.duplicates = result?.duplicates ?? [];
      this.canSaveAnyway = result?.canSaveAnyway === true;
      this.message = result?.message ?? 'Nothing was saved.';
    } catch (e) {
      this.message = reduceErrors(e).join(' ');
    } finally {
      this.saving = false;
    }
  }

  async handleLinkDuplicate(event) {
    const recordId = event.detail.recordId;
    if (!recordId) return;
    const refusal = await changeLink(this, 'link', this.conversation, recordId);
    if (refusal) this.message = refusal;else
    this.dispatchEvent(new CustomEvent('close'));
  }
}
