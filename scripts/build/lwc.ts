/**
 * TypeScript LWC sources (`lwc-ts/<part>/<name>/`) → deployable bundles
 * (`force-app/main/<part>/lwc/<name>/`).
 *
 * `.ts` is type-stripped by Babel 7 with syntax-only decorators (tsc/esbuild would rewrite
 * `@api`/`@wire`, which the LWC compiler rejects), everything else is copied byte for byte, then every
 * output is compiled once with `@lwc/compiler` so a component the platform would reject fails here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { transformSync as babelTransform, type TransformOptions } from '@babel/core';
import { childDirs, listFiles, rel, type Content, type Plan } from './outputs';

/** The Babel options of docs/toolchain.md (plus `retainLines`, so line N of the .ts is line N+1 of the .js). */
export const BABEL_OPTIONS: TransformOptions = {
  babelrc: false,
  configFile: false,
  sourceType: 'module',
  retainLines: true,
  presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
  plugins: [['@babel/plugin-syntax-decorators', { version: '2023-11' }]],
};

/**
 * `@lwc/compiler` 9 is ESM-only. Node 22 `require()`s ESM natively, but Jest's module registry does not
 * (and Jest swaps `node:module` for its own), so load it through the real Node loader.
 */
let compiler: typeof import('@lwc/compiler') | undefined;
function loadLwcCompiler(): typeof import('@lwc/compiler') {
  const realModule = process.getBuiltinModule('node:module');
  compiler ??= realModule.createRequire(__filename)('@lwc/compiler') as typeof import('@lwc/compiler');
  return compiler;
}
function lwcTransform(...args: Parameters<(typeof import('@lwc/compiler'))['transformSync']>) {
  return loadLwcCompiler().transformSync(...args);
}

/** Lines the generated header adds above the Babel output. */
export const HEADER_LINES = 1;

export function header(sourceRel: string): string {
  return `// Generated from ${sourceRel} by \`npm run build\`; do not edit.\n`;
}

export interface Component {
  part: string;
  name: string;
  /** Absolute source folder. */
  dir: string;
}

const SKIP_DIRS = new Set(['__tests__', '__mocks__', '__snapshots__', 'node_modules']);
/** lwc-ts folders that hold no components: declarations, and the component tests' own mocks. */
export const NOT_COMPONENT_PARTS = new Set(['types', 'testing']);

function isSkippedFile(file: string): boolean {
  const base = path.basename(file);
  return (
    base.startsWith('.') ||
    base.endsWith('.d.ts') ||
    /\.(test|spec)\.[jt]s$/.test(base) ||
    /^[tj]sconfig.*\.json$/.test(base)
  );
}

/** Component folders: every `lwc-ts/<part>/<name>/` except in `NOT_COMPONENT_PARTS`. */
export function findComponents(root: string): Component[] {
  const base = path.join(root, 'lwc-ts');
  const out: Component[] = [];
  for (const partDir of childDirs(base)) {
    const part = path.basename(partDir);
    if (NOT_COMPONENT_PARTS.has(part) || part.startsWith('.') || SKIP_DIRS.has(part)) continue;
    for (const dir of childDirs(partDir)) {
      const name = path.basename(dir);
      if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
      out.push({ part, name, dir });
    }
  }
  return out;
}

/** Files of a component that are deployed (absolute paths, sorted), skipping tests and dotfiles. */
function sourceFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => {
    const r = path.relative(dir, f).split(path.sep);
    return !r.slice(0, -1).some((seg) => SKIP_DIRS.has(seg) || seg.startsWith('.')) && !isSkippedFile(f);
  });
}

/** Babel type-strip of one `.ts` file, with the generated header. Throws Babel's error. */
export function stripTypes(source: string, filename: string, sourceRel: string): string {
  const result = babelTransform(source, { ...BABEL_OPTIONS, filename });
  if (!result || result.code == null) throw new Error(`${sourceRel}: Babel produced no output`);
  return header(sourceRel) + result.code + '\n';
}

interface LwcDiagnostic {
  message: string;
  line?: number;
}

function lwcErrorLine(e: unknown): number | undefined {
  const loc =
    (e as { location?: { line?: number }; loc?: { line?: number } }).location ??
    (e as { loc?: { line?: number } }).loc;
  return typeof loc?.line === 'number' ? loc.line : undefined;
}

/** Compiles one deployable file with the LWC compiler; returns its errors (level Fatal/Error). */
export function lwcCompile(
  code: string,
  fileName: string,
  name: string,
  apiVersion?: number,
): LwcDiagnostic[] {
  try {
    const r = lwcTransform(code, fileName, { name, namespace: 'c', apiVersion });
    const warnings: { level: number; message: string; location?: { line?: number } }[] = r.warnings ?? [];
    return warnings.filter((w) => w.level <= 1).map((w) => ({ message: w.message, line: w.location?.line }));
  } catch (e) {
    // Thrown from the real Node realm (see loadLwcCompiler), so no `instanceof Error` here.
    const raw = String((e as { message?: unknown }).message ?? e);
    // Babel-style messages repeat "SyntaxError: <absolute path>:" and add a code frame: keep the gist.
    const first = raw
      .split('\n')[0]
      .replace(/^(\w*Error:\s*)+/, '')
      .replace(/^\S*\.(js|html|css):\s*/, '');
    return [{ message: first, line: lwcErrorLine(e) }];
  }
}

function apiVersionOf(root: string): number | undefined {
  try {
    const p = JSON.parse(fs.readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as {
      sourceApiVersion?: string;
    };
    const v = Number(p.sourceApiVersion);
    return Number.isFinite(v) ? Math.floor(v) : undefined;
  } catch {
    return undefined;
  }
}

const IMPORT_RE = /(?:^|[\n;])\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g;
/** Type-only modules of `lwc-ts/types/generated`: nothing exists at run time. */
const TYPE_ONLY_MODULES = new Set(['apex-dtos', 'sobjects']);

/**
 * What the LWC compiler does not check but the platform refuses at deploy or run time: imports of
 * type-only modules (a value imported from `apex-dtos`), of unknown `c/` components, of files
 * missing from the bundle and of npm packages.
 */
export function checkImports(files: Map<string, Content>, components: Set<string>): string[] {
  const errors: string[] = [];
  for (const [outRel, content] of files) {
    if (!outRel.endsWith('.js')) continue;
    const code = content.toString();
    for (const m of code.matchAll(IMPORT_RE)) {
      const spec = m[1];
      let problem: string | undefined;
      if (TYPE_ONLY_MODULES.has(spec))
        problem = `imports a value from the type-only module '${spec}' (use \`import type\`)`;
      else if (spec.startsWith('c/') && !components.has(spec.slice(2)))
        problem = `imports '${spec}', which is not a component in lwc-ts/`;
      else if (spec.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(outRel), spec));
        const bundle = outRel.split('/').slice(0, 5).join('/');
        if (!target.startsWith(bundle + '/')) problem = `imports '${spec}' from outside its bundle`;
        else if (!files.has(target) && !files.has(`${target}.js`))
          problem = `imports '${spec}', which is not in its bundle`;
      } else if (spec !== 'lwc' && !spec.includes('/'))
        problem = `imports '${spec}', which does not exist on the platform`;
      if (problem) {
        const line = code.slice(0, m.index + m[0].length).split('\n').length;
        errors.push(`${outRel}:${line}: ${problem}`);
      }
    }
  }
  return errors;
}

/** The wanted `force-app/main/<part>/lwc/**` tree for the current `lwc-ts` sources. */
export function planLwc(root: string, options: { validate?: boolean } = {}): Plan {
  const validate = options.validate ?? true;
  const apiVersion = apiVersionOf(root);
  const files = new Map<string, Content>();
  const errors: string[] = [];
  const seen = new Map<string, string>();

  for (const c of findComponents(root)) {
    const srcRel = rel(root, c.dir);
    const srcs = sourceFiles(c.dir);
    // A folder with nothing deployable yet (empty, or tests only) is not tracked by git: skip it.
    if (srcs.length === 0) continue;
    if (seen.has(c.name)) {
      errors.push(
        `${srcRel}: component name "${c.name}" is also used by ${seen.get(c.name)} (c/${c.name} must be unique)`,
      );
      continue;
    }
    seen.set(c.name, srcRel);
    if (!/^[a-z][A-Za-z0-9_]*$/.test(c.name) || /__/.test(c.name) || c.name.endsWith('_')) {
      errors.push(`${srcRel}: "${c.name}" is not a valid LWC folder name (camelCase, starts lower-case)`);
    }
    const hasTs = srcs.some((f) => path.relative(c.dir, f) === `${c.name}.ts`);
    const hasJs = srcs.some((f) => path.relative(c.dir, f) === `${c.name}.js`);
    if (hasTs && hasJs) errors.push(`${srcRel}: both ${c.name}.ts and ${c.name}.js exist; keep one`);
    if (!hasTs && !hasJs) errors.push(`${srcRel}: no ${c.name}.ts (every component folder needs its module)`);
    if (!srcs.some((f) => path.relative(c.dir, f) === `${c.name}.js-meta.xml`)) {
      errors.push(`${srcRel}: no ${c.name}.js-meta.xml`);
    }

    const outDir = `force-app/main/${c.part}/lwc/${c.name}`;
    for (const src of srcs) {
      const inner = path.relative(c.dir, src).split(path.sep).join('/');
      const sRel = `${srcRel}/${inner}`;
      if (inner.endsWith('.ts')) {
        const outRel = `${outDir}/${inner.slice(0, -3)}.js`;
        let code: string;
        try {
          code = stripTypes(fs.readFileSync(src, 'utf8'), src, sRel);
        } catch (e) {
          errors.push(
            `${sRel}: TypeScript strip failed: ${(e instanceof Error ? e.message : String(e)).replace(src + ': ', '')}`,
          );
          continue;
        }
        if (files.has(outRel)) errors.push(`${sRel}: collides with another source producing ${outRel}`);
        files.set(outRel, code);
      } else if (inner.endsWith('.js')) {
        files.set(`${outDir}/${inner}`, header(sRel) + fs.readFileSync(src, 'utf8'));
      } else {
        files.set(`${outDir}/${inner}`, fs.readFileSync(src));
      }
    }

    if (!validate) continue;
    for (const [outRel, content] of files) {
      if (!outRel.startsWith(outDir + '/')) continue;
      const ext = path.extname(outRel);
      if (!['.js', '.html', '.css'].includes(ext)) continue;
      const inner = outRel.slice(outDir.length + 1);
      const isTs = ext === '.js' && srcs.some((f) => path.relative(c.dir, f) === inner.slice(0, -3) + '.ts');
      const srcName = `${srcRel}/${isTs ? inner.slice(0, -3) + '.ts' : inner}`;
      for (const d of lwcCompile(content.toString(), inner, c.name, apiVersion)) {
        const srcLine = d.line !== undefined && ext === '.js' ? d.line - HEADER_LINES : d.line;
        const where = srcLine !== undefined ? `${srcName}:${srcLine}` : srcName;
        errors.push(`${where}: LWC compile error in ${outRel}: ${d.message}`);
      }
    }
  }

  errors.push(...checkImports(files, new Set(seen.keys())));

  // Everything that already exists below force-app/main/*/lwc belongs to the build.
  const owned = childDirs(path.join(root, 'force-app', 'main'), 'lwc')
    .flatMap((d) => listFiles(d))
    .map((f) => rel(root, f));
  return { files, owned, errors };
}
