/**
 * The record quick actions of an object, read from the package's QuickAction metadata
 * (`force-app/main/<part>/quickActions/<Object>.<Name>.quickAction-meta.xml`), so the workbench's list
 * views offer what the org's record pages offer. Only Lightning Web Component actions are listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FORCE_APP_MAIN } from './paths';

export interface QuickAction {
  /** `Sync_Chat` */
  name: string;
  label: string;
  /** The LWC's name, e.g. `syncChat`. */
  component: string;
}

const tag = (xml: string, name: string): string | undefined =>
  new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

export function quickActionsOf(objectApiName: string, root = FORCE_APP_MAIN): QuickAction[] {
  const actions: QuickAction[] = [];
  for (const part of fs.readdirSync(root).sort()) {
    const dir = path.join(root, part, 'quickActions');
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      const match = /^([^.]+)\.([^.]+)\.quickAction-meta\.xml$/.exec(file);
      if (!match || match[1] !== objectApiName) continue;
      const xml = fs.readFileSync(path.join(dir, file), 'utf8');
      const component = tag(xml, 'lightningWebComponent');
      if (tag(xml, 'type') !== 'LightningWebComponent' || !component) continue;
      actions.push({ name: match[2], label: tag(xml, 'label') ?? match[2], component });
    }
  }
  return actions;
}
