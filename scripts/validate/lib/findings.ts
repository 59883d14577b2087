/**
 * Shared types and helpers of `npm run validate`: a finding is one problem at `file:line`, reported
 * by one check under one rule. Errors fail the run; warnings are printed and do not.
 */
import * as path from 'node:path';
import { listFiles } from '../../build/outputs';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Absolute path of the file the finding is about. */
  file: string;
  /** 1-based line, 0 when the finding concerns the whole file. */
  line: number;
  /** Rule id, e.g. `apex-syntax`, `apexls/Missing`, `pmd/OperationWithLimitsInLoop`. */
  rule: string;
  message: string;
  severity: Severity;
}

export interface CheckContext {
  /** Absolute path of the SFDX project (holds sfdx-project.json). */
  projectDir: string;
  /** Absolute path of this repository (where node_modules and the prettier config live). */
  repoDir: string;
  /** Absolute package directories of sfdx-project.json (usually just `<project>/force-app`). */
  packageDirs: string[];
  /** sfdx-project.json's sourceApiVersion, e.g. `66.0`. */
  sourceApiVersion: string;
}

export interface CheckResult {
  findings: Finding[];
  /** Optional extra lines to print under the check (counts, budgets). */
  notes?: string[];
}

export interface Check {
  name: string;
  run(ctx: CheckContext): Promise<CheckResult>;
}

/** The one file walker of our tooling (skips dot-folders such as `.sfdx`). */
export { listFiles };

/** All `.cls` and `.trigger` files of the package directories. */
export function listApexFiles(ctx: CheckContext): string[] {
  return ctx.packageDirs.flatMap((d) => listFiles(d)).filter((f) => /\.(cls|trigger)$/i.test(f));
}

export function error(file: string, line: number, rule: string, message: string): Finding {
  return { file, line, rule, message, severity: 'error' };
}

export function warning(file: string, line: number, rule: string, message: string): Finding {
  return { file, line, rule, message, severity: 'warning' };
}

/** `file:line: rule: message` with the file relative to the project. */
export function formatFinding(f: Finding, projectDir: string): string {
  const rel = path.relative(projectDir, f.file) || f.file;
  const where = rel.startsWith('..') ? f.file : rel;
  return `${where}:${f.line}: ${f.rule}: ${f.message}`;
}

/** 1-based line of a character offset in a text. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
