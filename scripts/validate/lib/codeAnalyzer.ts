/**
 * Salesforce Code Analyzer v5 through its Node API (the `sf code-analyzer` plugin does not install
 * offline): engines pmd and regex over the package directories. Graph Engine (sfge) runs in its own
 * check, per entry point (graphEngine.ts).
 *
 * - Rules: pmd AppExchange + Security + Performance (incl. OperationWithLimitsInLoop = SOQL/DML in
 *   loops, ApexSharingViolations, ApexCRUDViolation, ApexSOQLInjection) and all regex rules.
 * - OperationWithLimitsInLoop and ApexSharingViolations ship at severity 3; we raise them to 2 so that
 *   they fail (team rule: no SOQL/DML in loops, sharing on every class).
 * - Severity 1-2 fail, 3-5 print as warnings. We never trust a status: we read every violation.
 * - Engine errors (an engine that failed to run) fail the check: a silent engine proves nothing.
 * - PMD does not read JavaScript/TypeScript: the generated LWC bundles are checked by ESLint on
 *   their TypeScript sources, and PMD's Rhino parser crashes on modern LWC syntax.
 * - Code Analyzer's own `code-analyzer-suppress` markers are disabled: in Apex the only suppression is
 *   PMD's `@SuppressWarnings('PMD.RuleName')` with a reason comment (checked by apex-rules); in markup
 *   (Visualforce/Aura), which has no annotations, `<!-- validate-allow PMD.RuleName: reason -->`
 *   (markupAllowance); an allowed violation still prints, as a warning.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Check, type CheckContext, type Finding, error, warning } from './findings';

export const RULE_SELECTORS = [
  'pmd:AppExchange',
  'pmd:Security',
  'pmd:Performance',
  'pmd:OperationWithLimitsInLoop',
  'pmd:ApexSharingViolations',
  'pmd:ApexCRUDViolation',
  'pmd:ApexSOQLInjection',
  'regex',
];

/**
 * Markup (Visualforce/Aura) has no `@SuppressWarnings`: a finding there is allowed only by a marker
 * `<!-- validate-allow PMD.<Rule>: <reason> -->` on the flagged line or the line right above, and
 * then prints as a warning with its reason. A marker without a reason allows nothing.
 */
export function markupAllowance(file: string, line: number, ruleName: string): string | undefined {
  if (!/\.(page|component|cmp|app)$/.test(file) || line < 1) return undefined;
  let lines: string[];
  try {
    lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
  const re = new RegExp(`<!--\\s*validate-allow\\s+PMD\\.${ruleName}\\s*:\\s*(\\S[^]*?)\\s*-->`);
  for (const text of [lines[line - 1], lines[line - 2]]) {
    const m = text === undefined ? null : re.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

interface EngineRun {
  findings: Finding[];
  note: string;
}

async function runEngines(
  ctx: CheckContext,
  label: string,
  selectors: string[],
  plugins: ('pmd' | 'regex')[],
): Promise<EngineRun> {
  const { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel } =
    await import('@salesforce/code-analyzer-core');
  const modules = {
    pmd: await import('@salesforce/code-analyzer-pmd-engine'),
    regex: await import('@salesforce/code-analyzer-regex-engine'),
  };
  const t0 = performance.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-ca-'));
  const findings: Finding[] = [];
  try {
    const config = CodeAnalyzerConfig.fromObject(
      {
        log_folder: work,
        root_working_folder: work,
        suppressions: { disable_suppressions: true },
        rules: {
          pmd: {
            OperationWithLimitsInLoop: { severity: 2 },
            ApexSharingViolations: { severity: 2 },
          },
        },
        engines: {
          // Generated LWC JavaScript is linted by ESLint on its TypeScript source; PMD's Rhino
          // parser crashes on modern LWC syntax (NullPointerException on class fields).
          pmd: { file_extensions: { javascript: [], typescript: [] } },
        },
      },
      ctx.projectDir,
    );
    const ca = new CodeAnalyzer(config);
    const engineErrors: string[] = [];
    ca.onEvent(EventType.LogEvent, (e) => {
      if (e.type === EventType.LogEvent && e.logLevel === LogLevel.Error) engineErrors.push(e.message);
    });
    ca.onEvent(EventType.EngineLogEvent, (e) => {
      if (e.type === EventType.EngineLogEvent && e.logLevel === LogLevel.Error) {
        engineErrors.push(`${e.engineName}: ${e.message}`);
      }
    });
    for (const name of plugins) await ca.addEnginePlugin(modules[name].createEnginePlugin());
    const ws = await ca.createWorkspace(ctx.packageDirs);
    const rules = await ca.selectRules(selectors, { workspace: ws });
    const results = await ca.run(rules, { workspace: ws });
    for (const v of results.getViolations()) {
      const rule = v.getRule();
      const loc = v.getPrimaryLocation();
      const sev = rule.getSeverityLevel();
      const id = `${rule.getEngineName()}/${rule.getName()}`;
      const msg = `[sev ${sev}] ${v
        .getMessage()
        .split(/\n\s+at /)[0]
        .replace(/\s+/g, ' ')
        .trim()}`;
      const file = loc.getFile() ?? ctx.projectDir;
      const line = loc.getStartLine() ?? 0;
      const allowed = sev <= 2 ? markupAllowance(file, line, rule.getName()) : undefined;
      if (allowed) findings.push(warning(file, line, id, `${msg} — allowed: ${allowed}`));
      else findings.push(sev <= 2 ? error(file, line, id, msg) : warning(file, line, id, msg));
    }
    for (const m of engineErrors) {
      // e.g. "PMD issued a processing error for file '<path>': ParseException ... lineNumber: 8"
      const file = /for file '([^']+)'/.exec(m)?.[1];
      const line = Number(/lineNumber: (\d+)/.exec(m)?.[1] ?? /(?:error at|line) (\d+)/.exec(m)?.[1] ?? 0);
      const text = m.replace(/\s+/g, ' ').trim();
      findings.push(error(file ?? ctx.projectDir, file ? line : 0, 'code-analyzer/engine-error', text));
    }
    const seconds = (performance.now() - t0) / 1000;
    const counts = rules
      .getEngineNames()
      .map((e) => `${e} ${rules.getRulesFor(e).length}`)
      .join(', ');
    return {
      findings,
      note: `${label}: ${seconds.toFixed(1)} s, ${rules.getCount()} rules (${counts}), ${results.getViolationCount()} violations`,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export const codeAnalyzerCheck: Check = {
  name: 'code-analyzer (pmd, regex)',
  async run(ctx) {
    const out = await runEngines(ctx, 'pmd+regex', RULE_SELECTORS, ['pmd', 'regex']);
    return { findings: out.findings, notes: [out.note] };
  },
};
