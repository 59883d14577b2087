/**
 * Workbench Apex handler registry: `POST /__apex/<Class>.<method>` → the handler of that method.
 *
 * HOW TO ADD A HANDLER (for the admin / widget / sync controllers):
 *   1. Make sure the Apex class is in `force-app` and `npm run build` regenerated
 *      `lwc-ts/types/generated/` (the `@salesforce/apex/<Class>.<method>` declarations).
 *   2. Create `scripts/workbench/apex/<Class>.ts` (file name = Apex class name):
 *
 *        import type getView from '@salesforce/apex/AccountSettingsController.getView';
 *        import type save from '@salesforce/apex/AccountSettingsController.save';
 *        import { handle, AuraHandledException, type ApexClassHandlers } from './handler';
 *
 *        export default {
 *          getView: handle<typeof getView>(async (_params, { org }) => {
 *            const s = await org.getSetting('LiveEngage_Settings__c');
 *            return { accountId: (s.Account_Id__c as string) ?? null, ... };   // the DTO, typed
 *          }),
 *          save: handle<typeof save>(async ({ request }, { org }) => { ... }),
 *        } satisfies ApexClassHandlers;
 *
 *      `handle<typeof m>` types the params and the returned DTO from the generated declaration:
 *      when the Apex signature changes, `tsc` of scripts fails here.
 *   3. Product logic (field paths, mapping, transcript text) is IMPORTED from `lwc-ts/<part>/...`,
 *      never copied. Records: `ctx.org.query/insert/update/upsert/getSetting/saveSetting/sql`
 *      (see `org/database.ts`). LivePerson: `ctx.simulator.baseUrl` (HTTP, like the org would).
 *   4. Throw `AuraHandledException` for user-facing errors.
 * Nothing else to register: every `*.ts` file in this folder except `handler.ts` / `registry.ts`
 * is loaded by class name. A method with no handler answers 501 with a clear message.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ApexClassHandlers, AnyApexHandler } from './handler';

const NOT_CLASSES = new Set(['handler', 'registry']);

export interface ApexRegistry {
  /** `Class.method` → handler. */
  handlers: Map<string, AnyApexHandler>;
  get(name: string): AnyApexHandler | undefined;
}

/** Loads every handler module of `dir` (default: this folder). */
export function loadApexRegistry(dir: string = __dirname): ApexRegistry {
  const handlers = new Map<string, AnyApexHandler>();
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^[A-Za-z][A-Za-z0-9_]*\.ts$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  for (const file of files) {
    const className = file.replace(/\.ts$/, '');
    if (NOT_CLASSES.has(className)) continue;
    // `require`, not `import()`: scripts run as CommonJS (tsx, and jest's sandbox has no dynamic import).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as { default?: ApexClassHandlers };
    const methods = mod.default ?? {};
    for (const [method, fn] of Object.entries(methods)) {
      if (typeof fn === 'function') handlers.set(`${className}.${method}`, fn);
    }
  }
  return { handlers, get: (name) => handlers.get(name) };
}
