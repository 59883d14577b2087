/**
 * Lets workbench code run product TS modules that import other LWC modules as `c/<name>` (for example
 * `lwc-ts/liveperson/conversationMapping`), under plain `tsx` without a tsconfig `paths` mapping: a
 * `c/<name>` request resolves to `lwc-ts/<part>/<name>/<name>.ts`. Import it before such a module.
 * Jest maps `c/<name>` itself (jest.config.js) and never reaches this hook.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { NOT_COMPONENT_PARTS } from '../build/lwc';

const LWC_TS = path.resolve(__dirname, '..', '..', 'lwc-ts');
const INSTALLED = Symbol.for('liveengage.workbench.lwcModules');

type ResolveFilename = (this: unknown, request: string, ...rest: unknown[]) => string;

/** The file of LWC module `c/<name>`, or undefined. */
export function lwcModuleFile(name: string): string | undefined {
  for (const part of fs.readdirSync(LWC_TS)) {
    if (NOT_COMPONENT_PARTS.has(part)) continue;
    for (const ext of ['.ts', '.js']) {
      const file = path.join(LWC_TS, part, name, name + ext);
      if (fs.existsSync(file)) return file;
    }
  }
  return undefined;
}

const registry = globalThis as unknown as Record<symbol, boolean>;
if (!registry[INSTALLED]) {
  registry[INSTALLED] = true;
  const mod = Module as unknown as { _resolveFilename: ResolveFilename };
  const original = mod._resolveFilename;
  mod._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
    const m = /^c\/([A-Za-z][A-Za-z0-9_]*)$/.exec(request);
    const file = m ? lwcModuleFile(m[1]) : undefined;
    return file ?? original.call(this, request, ...rest);
  };
}
