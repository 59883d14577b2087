/**
 * Builds the workbench's browser bundle (run in a child process by `bundle/index.ts`):
 * our compiled LWCs from `force-app/main/<part>/lwc/` + workbench-only modules, with the
 * open-source `lwc` engine, `lightning-base-components` and synthetic shadow (toolchain.md).
 *
 * Platform modules resolve to workbench implementations:
 *   `@salesforce/apex/<Class>.<method>` → POST /__apex/<Class>.<method> (promise + wire adapter)
 *   `@salesforce/schema/<Object>[.<Field>]` → `{ objectApiName, fieldApiName }`
 *   `@salesforce/label/c.<Name>` → the custom label's value (or its name)
 *   `@salesforce/resourceUrl/<Name>` → `/resource/<Name>`
 *   `@salesforce/user/Id`, `@salesforce/customPermission/*`, `@salesforce/userPermission/*`
 *   `lightning/platformShowToastEvent`, `lightning/navigation`, `lightning/uiRecordApi`,
 *   `lightning/uiObjectInfoApi`, `lightning/messageService` → `client/*.js`
 *
 * Usage: tsx scripts/workbench/bundle/rollup-build.ts <out.js> [--extra <lwcDir>]...
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rollup, type Plugin, type RollupLog } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { XMLParser } from 'fast-xml-parser';
import { planBundle, type BundlePlan } from './plan';
import { NODE_MODULES } from '../paths';
import { WORKBENCH_USER_ID } from '../org/ids';

const VIRTUAL = '\0wb:';
const ENTRY = `${VIRTUAL}entry`;

function readLabels(files: string[]): Map<string, string> {
  const labels = new Map<string, string>();
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });
  for (const f of files) {
    const doc = parser.parse(fs.readFileSync(f, 'utf8')) as {
      CustomLabels?: { labels?: { fullName: string; value: string } | { fullName: string; value: string }[] };
    };
    const list = doc.CustomLabels?.labels;
    for (const l of Array.isArray(list) ? list : list ? [list] : []) labels.set(l.fullName, String(l.value));
  }
  return labels;
}

const CLIENT_MODULES: Record<string, string> = {
  'lightning/platformShowToastEvent': 'toast.js',
  'lightning/navigation': 'navigation.js',
  'lightning/uiRecordApi': 'uiRecordApi.js',
  'lightning/uiObjectInfoApi': 'uiObjectInfoApi.js',
  'lightning/messageService': 'messageService.js',
  '@salesforce/apex': 'apex.js',
};

/** Resolves the platform modules (see the file comment). */
export function platformModules(plan: BundlePlan): Plugin {
  const labels = readLabels(plan.labelFiles);
  const client = (file: string) => JSON.stringify(path.join(plan.clientDir, file));
  const js = (v: unknown) => JSON.stringify(v);
  return {
    name: 'workbench-platform-modules',
    resolveId(source) {
      if (source === ENTRY) return ENTRY;
      if (CLIENT_MODULES[source]) return path.join(plan.clientDir, CLIENT_MODULES[source]);
      if (
        /^@salesforce\/(apex|schema|resourceUrl|user|customPermission|userPermission|messageChannel)\//.test(
          source,
        ) ||
        source.startsWith('@salesforce/label/c.')
      ) {
        return VIRTUAL + source;
      }
      if (source.startsWith('@salesforce/')) {
        // Defaults shipped by lightning-base-components for the scoped imports it uses itself.
        const scoped = path.join(
          NODE_MODULES,
          'lightning-base-components',
          'scopedImports',
          source.replace(/\//g, '-') + '.js',
        );
        if (fs.existsSync(scoped)) return scoped;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const source = id.slice(VIRTUAL.length);
      if (id === ENTRY) return entrySource(plan);
      const [, kind, rest] = /^@salesforce\/([^/]+)\/(.*)$/.exec(source) ?? [];
      switch (kind) {
        case 'apex':
          return `import { apexMethod } from ${client('apex.js')};\nexport default apexMethod(${js(rest)});\n`;
        case 'schema': {
          const [objectApiName, ...field] = rest.split('.');
          const value = field.length ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
          return `export default ${js(value)};\n`;
        }
        case 'label': {
          const name = rest.replace(/^c\./, '');
          return `export default ${js(labels.get(name) ?? name)};\n`;
        }
        case 'resourceUrl':
          return `export default ${js(`/resource/${rest}`)};\n`;
        case 'user':
          return rest === 'Id' ? `export default ${js(WORKBENCH_USER_ID)};\n` : `export default false;\n`;
        case 'customPermission':
        case 'userPermission':
          return `export default true;\n`;
        case 'messageChannel':
          return `export default ${js({ channel: rest })};\n`;
        default:
          return null;
      }
    },
  };
}

/** The entry: synthetic shadow first, then every component, registered by tag for `Workbench.mount`. */
function entrySource(plan: BundlePlan): string {
  const components = [
    ...plan.modules.filter((m) => m.isComponent),
    ...fs.readdirSync(plan.workbenchModuleDir).flatMap((ns) =>
      fs
        .readdirSync(path.join(plan.workbenchModuleDir, ns))
        .filter((n) => fs.existsSync(path.join(plan.workbenchModuleDir, ns, n, `${n}.html`)))
        .map((n) => ({
          specifier: `${ns}/${n}`,
          tag: `${ns}-${n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        })),
    ),
  ];
  const lines = [
    `import '@lwc/synthetic-shadow';`,
    `import { createElement } from 'lwc';`,
    `import { startWorkbench } from ${JSON.stringify(path.join(plan.clientDir, 'runtime.js'))};`,
    ...components.map((c, i) => `import C${i} from ${JSON.stringify(c.specifier)};`),
    `startWorkbench(createElement, {`,
    ...components.map((c, i) => `  ${JSON.stringify(c.tag)}: C${i},`),
    `});`,
  ];
  return lines.join('\n') + '\n';
}

export async function buildBundle(
  plan: BundlePlan,
  outFile: string,
): Promise<{ warnings: number; bytes: number }> {
  let warnings = 0;
  const bundle = await rollup({
    input: ENTRY,
    onwarn(warning: RollupLog) {
      // LBC has many circular imports; they are harmless and not ours.
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      warnings++;
      // Base components' own template warnings are not ours to fix: count them, print ours.
      const where = warning.id ?? warning.loc?.file ?? '';
      if (!where.includes('node_modules')) console.warn(`bundle warning: ${warning.message}`);
    },
    plugins: [
      platformModules(plan),
      replace({
        preventAssignment: true,
        values: { 'process.env.NODE_ENV': JSON.stringify('production'), 'import.meta.env.SSR': 'false' },
      }),
      lwc({
        rootDir: plan.workbenchModuleDir,
        modules: [
          ...plan.modules.map((m) => ({ name: m.specifier, path: m.entry })),
          { dir: path.resolve(plan.workbenchModuleDir) },
          { npm: 'lightning-base-components' },
        ],
        enableDynamicComponents: true,
        // As on the platform: base components (combobox) call attachInternals under synthetic shadow.
        enableSyntheticElementInternals: true,
      }),
    ],
  });
  const tmp = `${outFile}.tmp-${process.pid}`;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await bundle.write({ file: tmp, format: 'iife', inlineDynamicImports: true, name: 'WorkbenchBundle' });
  await bundle.close();
  fs.renameSync(tmp, outFile);
  return { warnings, bytes: fs.statSync(outFile).size };
}

async function main(argv: string[]): Promise<number> {
  const out = argv[0];
  if (!out) {
    console.error('usage: rollup-build.ts <out.js> [--extra <lwcDir>]...');
    return 2;
  }
  const extra: string[] = [];
  for (let i = 1; i < argv.length; i++) if (argv[i] === '--extra') extra.push(path.resolve(argv[++i]));
  const t0 = Date.now();
  const plan = planBundle({ extraLwcDirs: extra });
  const r = await buildBundle(plan, path.resolve(out));
  console.log(
    `bundle: ${plan.modules.length} modules of ours, ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ` +
      `${((Date.now() - t0) / 1000).toFixed(1)} s, ${r.warnings} warning(s)`,
  );
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = 1;
    },
  );
}
