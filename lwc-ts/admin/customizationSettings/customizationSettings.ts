/**
 * Customization Settings tab: Object Settings, Skills, Configure Skills, Chat Transcript Settings,
 * Transcript redaction (checked live with the TS twin `c/transcriptRedaction`, saved by Apex), the widget URL and Sync Jobs (`c-sync-jobs`). Disabled, with the reason on the page, until the integration
 * is activated. Every save is validated in Apex (`CustomizationSettingsController`); field errors are shown
 * next to their fields, anything else in the page-level error panel (normalised by `c/reduceErrors`).
 */
import { LightningElement } from 'lwc';
import getCustomizationSettings from '@salesforce/apex/CustomizationSettingsController.getCustomizationSettings';
import getSkills from '@salesforce/apex/CustomizationSettingsController.getSkills';
import saveObjectSettings from '@salesforce/apex/CustomizationSettingsController.saveObjectSettings';
import saveSkills from '@salesforce/apex/CustomizationSettingsController.saveSkills';
import saveSkillConfig from '@salesforce/apex/CustomizationSettingsController.saveSkillConfig';
import saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import saveRedactionSettings from '@salesforce/apex/CustomizationSettingsController.saveRedactionSettings';
import { parsePatterns, redact } from 'c/transcriptRedaction';
import { reduceErrors } from 'c/reduceErrors';
import { labelsFor, saveWithFeedback } from 'c/adminSave';
import type {
  AdminSaveResult,
  CustomizationDtos_ObjectSetting as ObjectSetting,
  CustomizationDtos_Option as Option,
  CustomizationDtos_SkillConfig as SkillConfig,
  CustomizationDtos_View as View,
} from 'apex-dtos';

type Section = 'objects' | 'skills' | 'skillConfig' | 'transcript' | 'redaction';
type Errors = Record<string, string>;

interface ComboOption {
  label: string;
  value: string;
}

interface OptionBlock {
  apiName: string;
  label: string;
  heading: string;
  isAccount: boolean;
  isContact: boolean;
  isLead: boolean;
  isCase: boolean;
  isOpportunity: boolean;
  isCustom: boolean;
  setting: ObjectSetting;
  accountFieldOptions: ComboOption[];
  contactFieldOptions: ComboOption[];
  accountFieldError?: string;
  contactFieldError?: string;
  accountFieldKey: string;
  contactFieldKey: string;
  /** Id of the field error element, referenced by the combobox's aria-describedby. */
  accountFieldErrorId: string;
  contactFieldErrorId: string;
  /** Only saved objects can be configured. */
  configureDisabled: boolean;
  configureLabel: string;
}

interface SkillRow {
  skillId: string;
  skillName: string;
  objectsText: string;
  screenText: string;
  editLabel: string;
}

const PEOPLE_SEARCH = 'PeopleSearch';

/** Label of a stored default screen value (`PeopleSearch`, `Search:<Object>`, `New:<Object>`). */
export function screenLabel(value: string | undefined, labels: Record<string, string>): string {
  if (!value || value === PEOPLE_SEARCH) return 'People Search';
  const [kind, object] = [value.substring(0, value.indexOf(':')), value.substring(value.indexOf(':') + 1)];
  const label = labels[object] ?? object;
  return kind === 'New' ? `New ${label}` : `Search ${label}`;
}

/** Default screen choices for a skill's objects: People Search, then Search/New per object. */
export function screenOptions(objects: string[], labels: Record<string, string>): ComboOption[] {
  const options: ComboOption[] = [{ label: 'People Search (recommended)', value: PEOPLE_SEARCH }];
  for (const o of objects) options.push({ label: `Search ${labels[o] ?? o}`, value: `Search:${o}` });
  for (const o of objects) options.push({ label: `New ${labels[o] ?? o}`, value: `New:${o}` });
  return options;
}

export default class CustomizationSettings extends LightningElement {
  view: View | undefined;
  loading = true;
  pageErrors: string[] = [];
  errors: Record<Section, Errors> = {
    objects: {},
    skills: {},
    skillConfig: {},
    transcript: {},
    redaction: {},
  };
  saving: Section | '' = '';

  // Object Settings
  selectedObjects: string[] = [];
  disableOnloadAutoSearch = false;
  disableModifyOnloadSearch = false;
  objectOptions: Record<string, ObjectSetting> = {};

  // Skills
  skillsLoading = false;
  skillsError = '';
  skillsMessage = '';
  liveSkills: Option[] = [];
  selectedSkillIds: string[] = [];

  // Configure Skills
  editing: SkillConfig | undefined;

  // Chat Transcript Settings
  transcriptSaveMode = 'Field';

  // Transcript redaction
  redactCardNumbers = false;
  redactionPatterns = '';
  redactionSample = '';

  // Widget URL
  copied = '';

  // Per-object page (object API name) or '' for the main page
  configuring = '';

  connectedCallback(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.applyView(await getCustomizationSettings());
    } catch (error) {
      this.pageErrors = reduceErrors(error);
    } finally {
      this.loading = false;
    }
    if (this.view?.activated && this.view.canConfigure) await this.loadSkills();
  }

  /** Takes a fresh view; with `only`, unsaved edits of the other sections are kept. */
  applyView(view: View, only?: Section): void {
    this.view = view;
    if (!only || only === 'objects') {
      this.selectedObjects = [...(view.selectedObjects ?? [])];
      this.disableOnloadAutoSearch = view.disableOnloadAutoSearch === true;
      this.disableModifyOnloadSearch = view.disableModifyOnloadSearch === true;
      this.objectOptions = Object.fromEntries(
        (view.availableObjects ?? []).map((o) => [o.apiName ?? '', { ...o }]),
      );
    }
    if (!only || only === 'skills') this.selectedSkillIds = (view.skills ?? []).map((s) => s.skillId ?? '');
    if (!only || only === 'transcript') this.transcriptSaveMode = view.transcriptSaveMode ?? 'Field';
    if (!only || only === 'redaction') {
      this.redactCardNumbers = view.redactCardNumbers === true;
      this.redactionPatterns = view.redactionPatterns ?? '';
    }
  }

  async loadSkills(): Promise<void> {
    this.skillsLoading = true;
    this.skillsError = '';
    this.skillsMessage = '';
    try {
      const result = await getSkills();
      if (result.success) {
        this.liveSkills = result.skills ?? [];
        this.skillsMessage = result.message ?? '';
      } else {
        this.skillsError = result.message ?? 'Could not load the skills from LivePerson.';
      }
    } catch (error) {
      this.skillsError = reduceErrors(error).join(' ');
    } finally {
      this.skillsLoading = false;
    }
  }

  // ---- page state -------------------------------------------------------------------------

  get ready(): boolean {
    return !this.loading && this.view !== undefined;
  }

  get refused(): boolean {
    return this.ready && this.view?.canConfigure !== true;
  }

  get showContent(): boolean {
    return this.ready && this.view?.canConfigure === true && this.configuring === '';
  }

  get showObjectConfig(): boolean {
    return this.ready && this.view?.canConfigure === true && this.configuring !== '';
  }

  /** Opens the per-object page (field mappings, search filters) of a saved object or of Chat Transcript. */
  handleConfigure(event: Event): void {
    this.configuring = (event.currentTarget as HTMLElement).dataset.object ?? '';
  }

  handleCloseConfig(): void {
    this.configuring = '';
  }

  /** Everything is grayed out until activation (and while a save runs). */
  get disabled(): boolean {
    return this.view?.activated !== true || this.saving !== '';
  }

  get disabledReason(): string | undefined {
    return this.view?.disabledReason;
  }

  get showDisabledReason(): boolean {
    return this.showContent && !!this.view?.disabledReason;
  }

  get isSaving(): boolean {
    return this.saving !== '';
  }

  get labels(): Record<string, string> {
    return Object.fromEntries(
      (this.view?.availableObjects ?? []).map((o) => [o.apiName ?? '', o.label ?? '']),
    );
  }

  // ---- Object Settings --------------------------------------------------------------------

  get objectListOptions(): ComboOption[] {
    return (this.view?.availableObjects ?? []).map((o) => ({ label: o.label ?? '', value: o.apiName ?? '' }));
  }

  get objectsError(): string | undefined {
    return this.errors.objects.selectedObjects;
  }

  get objectBlocks(): OptionBlock[] {
    return this.selectedObjects
      .filter((name) => this.objectOptions[name])
      .map((name) => {
        const s = this.objectOptions[name];
        const kind = s.kind ?? 'Custom';
        const toCombo = (list: Option[] | undefined): ComboOption[] => [
          { label: '--None--', value: '' },
          ...(list ?? []).map((o) => ({ label: o.label ?? '', value: o.value ?? '' })),
        ];
        return {
          apiName: name,
          label: s.label ?? name,
          heading: `${s.label ?? name} Settings`,
          isAccount: kind === 'Account',
          isContact: kind === 'Contact',
          isLead: kind === 'Lead',
          isCase: kind === 'Case',
          isOpportunity: kind === 'Opportunity',
          isCustom: kind === 'Custom',
          setting: s,
          accountFieldOptions: toCombo(s.accountFieldOptions),
          contactFieldOptions: toCombo(s.contactFieldOptions),
          accountFieldError: this.errors.objects[`${name}.accountField`],
          contactFieldError: this.errors.objects[`${name}.contactField`],
          accountFieldKey: `${name}.accountField`,
          contactFieldKey: `${name}.contactField`,
          accountFieldErrorId: `${name}.accountField-error`,
          contactFieldErrorId: `${name}.contactField-error`,
          configureDisabled: this.disabled || !(this.view?.selectedObjects ?? []).includes(name),
          configureLabel: `Configure Field Mapping, Related Lists, and Search Filters for ${s.label ?? name}`,
        };
      });
  }

  handleObjectsChange(event: CustomEvent<{ value: string[] }>): void {
    this.selectedObjects = [...(event.detail.value ?? [])];
    this.clearError('objects', 'selectedObjects');
  }

  handlePreference(event: CustomEvent<{ checked: boolean }>): void {
    const name = (event.target as HTMLElement).dataset.name;
    if (name === 'disableOnloadAutoSearch') this.disableOnloadAutoSearch = event.detail.checked === true;
    if (name === 'disableModifyOnloadSearch') this.disableModifyOnloadSearch = event.detail.checked === true;
  }

  handleObjectOption(event: CustomEvent<{ checked?: boolean; value?: string }>): void {
    const target = event.target as HTMLElement;
    const apiName = target.dataset.object ?? '';
    const option = target.dataset.option as keyof ObjectSetting;
    const value =
      option === 'accountField' || option === 'contactField' ? event.detail.value : event.detail.checked;
    this.objectOptions = {
      ...this.objectOptions,
      [apiName]: { ...this.objectOptions[apiName], [option]: value },
    };
    this.clearError('objects', `${apiName}.${String(option)}`);
  }

  async handleSaveObjects(): Promise<void> {
    const options = this.selectedObjects
      .map((name) => this.objectOptions[name])
      .filter((o) => o !== undefined);
    await this.save('objects', 'Object Settings', () =>
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

  // ---- Skills -----------------------------------------------------------------------------

  /** Live skills plus stored selections LivePerson no longer lists (so they can be removed). */
  get skillOptions(): ComboOption[] {
    const live = this.liveSkills.map((s) => ({ label: s.label ?? s.value ?? '', value: s.value ?? '' }));
    const liveIds = new Set(live.map((s) => s.value));
    const stale = (this.view?.skills ?? [])
      .filter((s) => !liveIds.has(s.skillId ?? ''))
      .map((s) => ({
        label: `${s.skillName ?? s.skillId} (not found in LivePerson)`,
        value: s.skillId ?? '',
      }));
    return [...live, ...stale];
  }

  get skillsDisabled(): boolean {
    return this.disabled || this.skillsLoading || this.skillsError !== '';
  }

  get skillsErrorText(): string | undefined {
    return this.errors.skills.selectedSkills;
  }

  handleSkillsChange(event: CustomEvent<{ value: string[] }>): void {
    this.selectedSkillIds = [...(event.detail.value ?? [])];
    this.clearError('skills', 'selectedSkills');
  }

  async handleSaveSkills(): Promise<void> {
    const byId = new Map(
      this.skillOptions.map((o) => [o.value, o.label.replace(/ \(not found in LivePerson\)$/, '')]),
    );
    const skills = this.selectedSkillIds.map((id) => ({ value: id, label: byId.get(id) ?? id }));
    await this.save('skills', 'Skills', () => saveSkills({ request: { skills } }));
  }

  handleRetrySkills(): void {
    void this.loadSkills();
  }

  // ---- Configure Skills -------------------------------------------------------------------

  get skillRows(): SkillRow[] {
    const labels = this.labels;
    return (this.view?.skills ?? []).map((s) => ({
      skillId: s.skillId ?? '',
      skillName: s.skillName ?? s.skillId ?? '',
      objectsText: (s.objects ?? []).map((o) => labels[o] ?? o).join(', ') || 'No objects',
      screenText: screenLabel(s.defaultScreen, labels),
      editLabel: `Edit ${s.skillName ?? s.skillId}`,
    }));
  }

  get hasSkillRows(): boolean {
    return this.skillRows.length > 0;
  }

  get editingTitle(): string {
    return `Configure skill: ${this.editing?.skillName ?? ''}`;
  }

  get editObjectOptions(): ComboOption[] {
    const labels = this.labels;
    return (this.view?.selectedObjects ?? []).map((o) => ({ label: labels[o] ?? o, value: o }));
  }

  get editScreenOptions(): ComboOption[] {
    return screenOptions(this.editing?.objects ?? [], this.labels);
  }

  get searchValueOptions(): ComboOption[] {
    return [
      { label: '--None--', value: '' },
      ...(this.view?.searchValueOptions ?? []).map((o) => ({ label: o.label ?? '', value: o.value ?? '' })),
    ];
  }

  get searchValueDisabled(): boolean {
    return this.disabled || (this.editing?.defaultScreen ?? '').startsWith('New:');
  }

  get skillConfigErrors(): Errors {
    return this.errors.skillConfig;
  }

  handleEditSkill(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const skill = (this.view?.skills ?? []).find((s) => s.skillId === id);
    this.editing = skill ? { ...skill, objects: [...(skill.objects ?? [])] } : undefined;
    this.errors = { ...this.errors, skillConfig: {} };
  }

  handleCancelEdit(): void {
    this.editing = undefined;
    this.errors = { ...this.errors, skillConfig: {} };
  }

  handleSkillField(event: CustomEvent<{ value?: string | string[]; checked?: boolean }>): void {
    if (!this.editing) return;
    const name = (event.target as HTMLElement).dataset.name ?? '';
    const next: SkillConfig = { ...this.editing };
    if (name === 'objects') next.objects = [...((event.detail.value as string[]) ?? [])];
    if (name === 'defaultScreen') next.defaultScreen = event.detail.value as string;
    if (name === 'searchValue') next.searchValue = event.detail.value as string;
    if (name === 'useServiceConsole') next.useServiceConsole = event.detail.checked === true;
    if ((next.defaultScreen ?? '').startsWith('New:')) next.searchValue = '';
    this.editing = next;
    this.clearError('skillConfig', name);
  }

  async handleSaveSkillConfig(): Promise<void> {
    const config = this.editing;
    if (!config) return;
    const ok = await this.save('skillConfig', `Skill ${config.skillName ?? ''}`, () =>
      saveSkillConfig({ config }),
    );
    if (ok) this.editing = undefined;
  }

  // ---- Chat Transcript Settings -----------------------------------------------------------

  get transcriptError(): string | undefined {
    return this.errors.transcript.transcriptSaveMode;
  }

  handleSaveMode(event: CustomEvent<{ value: string }>): void {
    this.transcriptSaveMode = event.detail.value;
    this.clearError('transcript', 'transcriptSaveMode');
  }

  async handleSaveTranscript(): Promise<void> {
    await this.save('transcript', 'Chat Transcript Settings', () =>
      saveTranscriptSettings({ saveMode: this.transcriptSaveMode }),
    );
  }

  // ---- Transcript redaction ---------------------------------------------------------------

  readonly redactionPlaceholder = 'SSN => \\d{3}-\\d{2}-\\d{4}';

  get redactionError(): string | undefined {
    return this.errors.redaction.redactionPatterns;
  }

  /** Problems of the rules as typed (the same checks Apex makes on save). */
  get redactionHints(): { key: string; text: string }[] {
    return parsePatterns(this.redactionPatterns).errors.map((e) => ({
      key: `${e.line}-${e.code}`,
      text: `Line ${e.line}: ${e.message}`,
    }));
  }

  get hasRedactionHints(): boolean {
    return this.redactionHints.length > 0;
  }

  /** The sample text as it would be stored with the rules as typed. */
  get redactionPreview(): string {
    return (
      redact(this.redactionSample, {
        cardNumbers: this.redactCardNumbers,
        patterns: this.redactionPatterns,
      }) ?? ''
    );
  }

  get hasRedactionSample(): boolean {
    return this.redactionSample !== '';
  }

  handleRedactionField(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
    const name = (event.target as HTMLElement).dataset.name;
    if (name === 'redactCardNumbers') this.redactCardNumbers = event.detail.checked === true;
    if (name === 'redactionPatterns') this.redactionPatterns = event.detail.value ?? '';
    if (name === 'redactionSample') this.redactionSample = event.detail.value ?? '';
    this.clearError('redaction', 'redactionPatterns');
  }

  async handleSaveRedaction(): Promise<void> {
    await this.save('redaction', 'Transcript redaction', () =>
      saveRedactionSettings({
        redactCardNumbers: this.redactCardNumbers,
        redactionPatterns: this.redactionPatterns,
      }),
    );
  }

  // ---- Widget URL -------------------------------------------------------------------------

  get transcriptObject(): string {
    return this.view?.transcriptObject ?? '';
  }

  get widgetUrl(): string {
    return this.view?.widgetUrl ?? '';
  }

  get loginUrl(): string {
    return this.view?.loginUrl ?? '';
  }

  async handleCopy(event: Event): Promise<void> {
    const what = (event.currentTarget as HTMLElement).dataset.copy;
    const text = what === 'login' ? this.loginUrl : this.widgetUrl;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what === 'login' ? 'Login URL copied.' : 'Widget URL copied.';
    } catch {
      this.copied = 'Copying is blocked by the browser: select the URL and press Ctrl+C (Cmd+C on a Mac).';
    }
  }

  // ---- shared -----------------------------------------------------------------------------

  clearError(section: Section, key: string): void {
    if (this.errors[section][key]) {
      const next = { ...this.errors[section] };
      delete next[key];
      this.errors = { ...this.errors, [section]: next };
    }
  }

  /** Runs one save (`c/adminSave`) and reloads the view on success. */
  async save(section: Section, what: string, call: () => Promise<AdminSaveResult>): Promise<boolean> {
    this.saving = section;
    this.pageErrors = [];
    this.errors = { ...this.errors, [section]: {} };
    try {
      const outcome = await saveWithFeedback(this, labelsFor(what), call);
      this.errors = { ...this.errors, [section]: outcome.fieldErrors };
      this.pageErrors = outcome.pageErrors;
      if (outcome.ok) this.applyView(await getCustomizationSettings(), section);
      return outcome.ok;
    } catch (error) {
      this.pageErrors = reduceErrors(error);
      return false;
    } finally {
      this.saving = '';
    }
  }
}
