/**
 * Workbench twin of `CustomizationSettingsController` (force-app/main/admin/classes): the same DTOs
 * (typed by the generated declarations), validation and messages as `CustomizationSettingsService`,
 * over the local org's records; the skills list comes live from the LivePerson simulator.
 */
import type getCustomizationSettings from '@salesforce/apex/CustomizationSettingsController.getCustomizationSettings';
import type getSkills from '@salesforce/apex/CustomizationSettingsController.getSkills';
import type saveObjectSettings from '@salesforce/apex/CustomizationSettingsController.saveObjectSettings';
import type saveSkills from '@salesforce/apex/CustomizationSettingsController.saveSkills';
import type saveSkillConfig from '@salesforce/apex/CustomizationSettingsController.saveSkillConfig';
import type saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import type {
  AdminFieldError,
  AdminSaveResult,
  CustomizationDtos_ObjectSetting as ObjectSetting,
  CustomizationDtos_ObjectSettingsRequest as ObjectSettingsRequest,
  CustomizationDtos_Option as Option,
  CustomizationDtos_SkillConfig as SkillConfig,
  CustomizationDtos_SkillSelectionRequest as SkillSelectionRequest,
  CustomizationDtos_View as View,
} from 'apex-dtos';
import type { LocalOrg, SObject } from '../org/database';
import { handle, type ApexClassHandlers, type ApexContext } from './handler';
import {
  MESSAGES,
  LivePersonFailure,
  canConfigure,
  failureMessage,
  fetchSkills,
  requireConfigureActivated,
} from './AccountSettingsController';

export const STANDARD_OBJECTS = ['Account', 'Contact', 'Lead', 'Case', 'Opportunity'];
const TRANSCRIPT = 'Chat_Transcript__c';
const PEOPLE_SEARCH = 'PeopleSearch';
const SAVE_MODES = ['Field', 'Attachment', 'Field and Attachment'];

export const NOT_ACTIVATED_REASON =
  'Why are these settings grayed out? LiveEngage is not activated yet. Activate it on the Account Settings tab ' +
  '(Account ID, keys, terms, Activate); the settings here need the live LivePerson account and unlock then.';
export const NO_SKILLS_MESSAGE =
  'Your LiveEngage account has no skills yet. Create at least one skill in LiveEngage, then reload this page. ' +
  'If you do have skills but none are listed, ask LivePerson support to check that the account is on AC Users.';
export const MSG_PEOPLE_SEARCH_OBJECTS =
  'People Search shows Accounts, Contacts and Leads: select at least one of them for this skill, or choose another default screen.';
const FIX = 'Fix the highlighted fields, then save again. Nothing was saved.';

const kindOf = (name: string): string => (STANDARD_OBJECTS.includes(name) ? name : 'Custom');
const split = (v: unknown): string[] =>
  typeof v === 'string'
    ? v
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function describeOr(org: LocalOrg, name: string): ReturnType<LocalOrg['describe']> | undefined {
  try {
    return org.describe(name);
  } catch {
    return undefined;
  }
}

/** Standard five, then custom objects Chat Transcript looks up to (by label). Twin of AdminSchema. */
export function availableObjects(org: LocalOrg): { apiName: string; label: string }[] {
  const out = STANDARD_OBJECTS.map((n) => ({ apiName: n, label: describeOr(org, n)?.label ?? n }));
  const transcript = describeOr(org, TRANSCRIPT);
  const custom = new Map<string, string>();
  for (const f of transcript?.fields ?? []) {
    if (f.type !== 'Lookup' || !f.referenceTo || f.referenceTo === TRANSCRIPT) continue;
    const target = describeOr(org, f.referenceTo);
    if (target && target.kind === 'custom') custom.set(target.name, target.label);
  }
  const customs = [...custom.entries()]
    .sort(([a, al], [b, bl]) => (al === bl ? a.localeCompare(b) : al.localeCompare(bl)))
    .map(([apiName, label]) => ({ apiName, label }));
  return [...out, ...customs];
}

function lookupsTo(org: LocalOrg, objectName: string, target: string): Option[] {
  return (describeOr(org, objectName)?.fields ?? [])
    .filter((f) => f.type === 'Lookup' && f.referenceTo === target)
    .map((f) => ({ value: f.name, label: `${f.label} (${f.name})` }));
}

async function searchValueOptions(org: LocalOrg): Promise<Option[]> {
  try {
    const rows = await org.query('LivePerson_Field__mdt');
    return rows
      .filter((r) => r.Sdk_Field__c || r.Msg_Sdk_Field__c)
      .map((r) => ({
        value: String(r.DeveloperName),
        label: String(r.MasterLabel ?? r.Label ?? r.DeveloperName),
      }))
      .sort((a, b) => (a.label ?? '').localeCompare(b.label ?? ''));
  } catch {
    return [];
  }
}

const enabledObjects = async (org: LocalOrg): Promise<SObject[]> =>
  (await org.query('Enabled_Object__c')).sort(
    (a, b) => Number(a.Sort_Order__c ?? 1e9) - Number(b.Sort_Order__c ?? 1e9),
  );

const enabledSkills = async (org: LocalOrg): Promise<SObject[]> =>
  (await org.query('Enabled_Skill__c')).sort((a, b) =>
    String(a.Skill_Name__c).localeCompare(String(b.Skill_Name__c)),
  );

function invalid(errors: AdminFieldError[]): AdminSaveResult {
  return { success: false, message: FIX, fieldErrors: errors };
}

async function buildView(ctx: ApexContext): Promise<View> {
  const settings = await ctx.org.getSetting('LiveEngage_Settings__c');
  const view: View = { activated: settings.Activated__c === true, canConfigure: canConfigure(ctx) };
  if (!view.canConfigure) return { ...view, disabledReason: MESSAGES.refused };
  if (!view.activated) view.disabledReason = NOT_ACTIVATED_REASON;
  const enabled = new Map((await enabledObjects(ctx.org)).map((r) => [String(r.Object_Api_Name__c), r]));
  view.availableObjects = availableObjects(ctx.org).map(({ apiName, label }): ObjectSetting => {
    const row = enabled.get(apiName);
    const kind = kindOf(apiName);
    return {
      apiName,
      label,
      kind,
      allowCreation: row ? row.Allow_Creation__c === true : true,
      useAssignmentRules: row?.Use_Assignment_Rules__c === true,
      userEditAssignmentRules: row?.User_Edit_Assignment_Rules__c === true,
      accountMandatory: row?.Account_Mandatory__c === true,
      contactMandatory: row?.Contact_Mandatory__c === true,
      accountField: (row?.Account_Field__c as string | undefined) ?? undefined,
      contactField: (row?.Contact_Field__c as string | undefined) ?? undefined,
      ...(kind === 'Custom'
        ? {
            accountFieldOptions: lookupsTo(ctx.org, apiName, 'Account'),
            contactFieldOptions: lookupsTo(ctx.org, apiName, 'Contact'),
          }
        : {}),
    };
  });
  view.selectedObjects = [...enabled.keys()];
  const prefs = await ctx.org.getSetting('LiveEngage_Preferences__c');
  view.disableOnloadAutoSearch = prefs.Disable_Onload_Auto_Search__c === true;
  view.disableModifyOnloadSearch = prefs.Disable_Modify_Onload_Search__c === true;
  view.transcriptSaveMode = SAVE_MODES.includes(String(prefs.Transcript_Save_Mode__c))
    ? String(prefs.Transcript_Save_Mode__c)
    : 'Field';
  view.saveModeOptions = SAVE_MODES.map((m) => ({ value: m, label: m }));
  view.transcriptObject = TRANSCRIPT;
  view.skills = (await enabledSkills(ctx.org)).map((s) => ({
    skillId: String(s.Skill_Id__c),
    skillName: String(s.Skill_Name__c ?? s.Skill_Id__c),
    objects: split(s.Objects__c),
    defaultScreen: (s.Default_Screen__c as string) || PEOPLE_SEARCH,
    searchValue: (s.Search_Value__c as string) ?? undefined,
    useServiceConsole: s.Use_Service_Console__c === true,
  }));
  view.searchValueOptions = await searchValueOptions(ctx.org);
  // The org's Visualforce host as System.DomainCreator.getVisualforceHostname() gives it (My Domain "workbench").
  view.widgetUrl = 'https://workbench--c.vf.force.com/apex/ChatLink';
  view.loginUrl = 'https://workbench.my.salesforce.com';
  return view;
}

function screenObject(screen: string): string | null {
  if (screen.startsWith('Search:')) return screen.slice('Search:'.length);
  if (screen.startsWith('New:')) return screen.slice('New:'.length);
  return null;
}

export default {
  getCustomizationSettings: handle<typeof getCustomizationSettings>(async (_p, ctx) => buildView(ctx)),

  getSkills: handle<typeof getSkills>(async (_p, ctx) => {
    const settings = await requireConfigureActivated(ctx);
    try {
      if (!ctx.simulator) throw new LivePersonFailure('NETWORK', null, 'no simulator');
      const skills = (await fetchSkills(ctx.simulator, settings))
        .map((s) => ({ value: s.id, label: s.name }))
        .sort(
          (a, b) =>
            a.label.toLowerCase().localeCompare(b.label.toLowerCase()) || a.value.localeCompare(b.value),
        );
      return { success: true, skills, message: skills.length === 0 ? NO_SKILLS_MESSAGE : undefined };
    } catch (e) {
      const f = e instanceof LivePersonFailure ? e : new LivePersonFailure('NETWORK', null, String(e));
      const detail = failureMessage(
        f.kind,
        f.status,
        String(settings.Auth_Method__c ?? ''),
        String(settings.Account_Id__c ?? ''),
      );
      return {
        success: false,
        skills: [],
        errorKind: f.kind,
        message: `Could not load the skills from LivePerson. ${detail.replace(/ Nothing was saved\.$/, '')}`,
      };
    }
  }),

  saveObjectSettings: handle<typeof saveObjectSettings>(async (params, ctx) => {
    const request: ObjectSettingsRequest | undefined = params.request;
    await requireConfigureActivated(ctx);
    const available = new Map(availableObjects(ctx.org).map((o) => [o.apiName, o]));
    const errors: AdminFieldError[] = [];
    const selected: string[] = request?.selectedObjects ?? [];
    const seen = new Set<string>();
    for (const name of selected) {
      if (!available.has(name))
        errors.push({
          field: 'selectedObjects',
          message: `${name} is not available: only Account, Contact, Lead, Case, Opportunity and custom objects with a lookup from Chat Transcript can be selected.`,
        });
      else if (seen.has(name))
        errors.push({ field: 'selectedObjects', message: `${name} is selected twice.` });
      seen.add(name);
    }
    const options = new Map<string, ObjectSetting>(
      (request?.options ?? []).map((o): [string, ObjectSetting] => [o.apiName ?? '', o]),
    );
    const rows: SObject[] = [];
    selected
      .filter((n) => available.has(n))
      .forEach((name, order) => {
        const o: ObjectSetting = options.get(name) ?? {};
        const kind = kindOf(name);
        if (kind === 'Custom') {
          for (const [target, prop, mandatory] of [
            ['Account', 'accountField', o.accountMandatory === true],
            ['Contact', 'contactField', o.contactMandatory === true],
          ] as const) {
            const chosen = o[prop];
            if (!chosen) {
              if (mandatory)
                errors.push({
                  field: `${name}.${prop}`,
                  message: `Choose the ${target} Field: ${target} is mandatory for ${name}.`,
                });
            } else if (!lookupsTo(ctx.org, name, target).some((l) => l.value === chosen)) {
              errors.push({
                field: `${name}.${prop}`,
                message: `${chosen} is not a lookup from ${name} to ${target}.`,
              });
            }
          }
        }
        const creation = kind === 'Account' || kind === 'Contact';
        const rules = kind === 'Lead' || kind === 'Case';
        rows.push({
          Object_Api_Name__c: name,
          Sort_Order__c: order,
          Allow_Creation__c: creation ? o.allowCreation === true : true,
          Use_Assignment_Rules__c: rules && o.useAssignmentRules === true,
          User_Edit_Assignment_Rules__c: rules && o.userEditAssignmentRules === true,
          Account_Mandatory__c:
            ['Case', 'Opportunity', 'Custom'].includes(kind) && o.accountMandatory === true,
          Contact_Mandatory__c: ['Case', 'Custom'].includes(kind) && o.contactMandatory === true,
          Account_Field__c: kind === 'Custom' ? (o.accountField ?? null) : null,
          Contact_Field__c: kind === 'Custom' ? (o.contactField ?? null) : null,
        });
      });
    if (errors.length > 0) return invalid(errors);
    const existing = await enabledObjects(ctx.org);
    const removed = existing.filter((r) => !seen.has(String(r.Object_Api_Name__c)));
    await ctx.org.delete(
      'Enabled_Object__c',
      removed.map((r) => String(r.Id)),
    );
    await ctx.org.upsert('Enabled_Object__c', rows, 'Object_Api_Name__c');
    const fixes: SObject[] = [];
    for (const s of await enabledSkills(ctx.org)) {
      const objects = split(s.Objects__c);
      const kept = objects.filter((o) => seen.has(o));
      const so = screenObject(String(s.Default_Screen__c ?? ''));
      const gone = so !== null && !seen.has(so);
      if (kept.length !== objects.length || gone)
        fixes.push({
          Id: s.Id,
          Objects__c: kept.join(';'),
          ...(gone ? { Default_Screen__c: PEOPLE_SEARCH } : {}),
        });
    }
    if (fixes.length) await ctx.org.update('Enabled_Skill__c', fixes);
    const prefs = await ctx.org.getSetting('LiveEngage_Preferences__c');
    await ctx.org.saveSetting('LiveEngage_Preferences__c', {
      ...prefs,
      Disable_Onload_Auto_Search__c: request?.disableOnloadAutoSearch === true,
      Disable_Modify_Onload_Search__c: request?.disableModifyOnloadSearch === true,
    });
    return {
      success: true,
      message: `Object Settings saved: ${rows.length} object(s) selected.`,
      fieldErrors: [],
    };
  }),

  saveSkills: handle<typeof saveSkills>(async (params, ctx) => {
    const request: SkillSelectionRequest | undefined = params.request;
    await requireConfigureActivated(ctx);
    const errors: AdminFieldError[] = [];
    const chosen = new Map<string, string>();
    for (const o of request?.skills ?? []) {
      const id = (o.value ?? '').trim();
      if (!id || id.length > 40)
        errors.push({
          field: 'selectedSkills',
          message: 'A skill has no valid LivePerson id: reload the page.',
        });
      else if (chosen.has(id))
        errors.push({ field: 'selectedSkills', message: `${o.label ?? id} is selected twice.` });
      else chosen.set(id, (o.label ?? '').trim() || id);
    }
    if (errors.length > 0) return invalid(errors);
    const existing = await enabledSkills(ctx.org);
    const existingIds = new Set(existing.map((s) => String(s.Skill_Id__c)));
    await ctx.org.delete(
      'Enabled_Skill__c',
      existing.filter((s) => !chosen.has(String(s.Skill_Id__c))).map((s) => String(s.Id)),
    );
    const all = (await enabledObjects(ctx.org)).map((r) => String(r.Object_Api_Name__c)).join(';');
    const rows = [...chosen.entries()].map(([id, name]) => ({
      Skill_Id__c: id,
      Skill_Name__c: name,
      ...(existingIds.has(id) ? {} : { Objects__c: all, Default_Screen__c: PEOPLE_SEARCH }),
    }));
    await ctx.org.upsert('Enabled_Skill__c', rows, 'Skill_Id__c');
    return { success: true, message: `Skills saved: ${rows.length} skill(s) selected.`, fieldErrors: [] };
  }),

  saveSkillConfig: handle<typeof saveSkillConfig>(async (params, ctx) => {
    const config: SkillConfig | undefined = params.config;
    await requireConfigureActivated(ctx);
    const row = (await enabledSkills(ctx.org)).find((s) => config && s.Skill_Id__c === config.skillId);
    if (!row || !config)
      return invalid([
        { field: 'skillId', message: 'This skill is not selected any more: add it under Skills first.' },
      ]);
    const errors: AdminFieldError[] = [];
    const enabled = new Set((await enabledObjects(ctx.org)).map((r) => String(r.Object_Api_Name__c)));
    const objects: string[] = config.objects ?? [];
    for (const o of objects)
      if (!enabled.has(o))
        errors.push({
          field: 'objects',
          message: `${o} is not a selected object: add it under Object Settings first.`,
        });
    if (objects.length === 0)
      errors.push({
        field: 'objects',
        message: 'Select at least one object: the widget shows nothing for a skill without objects.',
      });
    const screen = config.defaultScreen || PEOPLE_SEARCH;
    const so = screenObject(screen);
    const isSearch = screen === PEOPLE_SEARCH || screen.startsWith('Search:');
    if (screen === PEOPLE_SEARCH) {
      if (objects.length > 0 && !objects.some((o) => ['Account', 'Contact', 'Lead'].includes(o)))
        errors.push({ field: 'defaultScreen', message: MSG_PEOPLE_SEARCH_OBJECTS });
    } else if (so === null) {
      errors.push({
        field: 'defaultScreen',
        message: 'Choose People Search, Search <Object> or New <Object>.',
      });
    } else if (!objects.includes(so)) {
      errors.push({
        field: 'defaultScreen',
        message: `The default screen uses ${so}: select it for this skill too.`,
      });
    }
    const searchValue = isSearch && config.searchValue ? config.searchValue : null;
    if (searchValue && !(await searchValueOptions(ctx.org)).some((o) => o.value === searchValue))
      errors.push({
        field: 'searchValue',
        message: 'Choose a search value from the list of LivePerson SDK values.',
      });
    if (errors.length > 0) return invalid(errors);
    await ctx.org.update('Enabled_Skill__c', [
      {
        Id: row.Id,
        Objects__c: objects.join(';'),
        Default_Screen__c: screen,
        Search_Value__c: searchValue,
        Use_Service_Console__c: config.useServiceConsole === true,
      },
    ]);
    return { success: true, message: `Skill ${String(row.Skill_Name__c)} saved.`, fieldErrors: [] };
  }),

  saveTranscriptSettings: handle<typeof saveTranscriptSettings>(async (params, ctx) => {
    const saveMode: string = params.saveMode ?? '';
    await requireConfigureActivated(ctx);
    if (!SAVE_MODES.includes(saveMode))
      return invalid([
        { field: 'transcriptSaveMode', message: 'Choose Field, Attachment or Field and Attachment.' },
      ]);
    const prefs = await ctx.org.getSetting('LiveEngage_Preferences__c');
    await ctx.org.saveSetting('LiveEngage_Preferences__c', { ...prefs, Transcript_Save_Mode__c: saveMode });
    return { success: true, message: `Chat Transcript Save Mode saved: ${saveMode}.`, fieldErrors: [] };
  }),
} satisfies ApexClassHandlers;
