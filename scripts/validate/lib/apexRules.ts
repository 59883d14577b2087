/**
 * `apex-rules`: our own rules over the Apex parse tree (apexSource.ts), plus `entry-sharing`: every entry
 * point (entryPoints.ts) is declared in a class that runs with sharing. A class without a keyword, or
 * `without sharing`, runs an entry point without sharing; `inherited sharing` runs it with sharing when
 * the platform calls it directly, which is what an entry point is. An auto-property runs no code.
 */
import { parseAll, loadSchema, sharingFindings, soqlFindings, suppressionFindings } from './apexSource';
import { type EntryPoint, entryId, listEntryPoints, visualforceControllers } from './entryPoints';
import { type Check, type Finding, error } from './findings';

export function entrySharingFindings(entries: EntryPoint[]): Finding[] {
  return entries
    .filter((e) => e.hasCode && (e.sharing === 'none' || e.sharing === 'without'))
    .map((e) =>
      error(
        e.file,
        e.line,
        'entry-sharing',
        `entry point ${entryId(e)} runs without sharing: class ${e.className} declares ${e.sharing === 'none' ? 'no sharing keyword' : "'without sharing'"} (entry points need 'with sharing' or 'inherited sharing')`,
      ),
    );
}

export const apexRulesCheck: Check = {
  name: 'apex-rules (sharing, entry-point sharing, suppressions, SOQL fields)',
  async run(ctx) {
    const parsed = parseAll(ctx);
    const schema = loadSchema(ctx);
    const entries = listEntryPoints(parsed, visualforceControllers(ctx));
    const findings = [
      ...parsed.flatMap((p) => [
        ...sharingFindings(p),
        ...suppressionFindings(p),
        ...soqlFindings(p, schema),
      ]),
      ...entrySharingFindings(entries),
    ];
    return {
      findings,
      notes: [`${schema.defined.size} objects with metadata`, `${entries.length} entry points`],
    };
  },
};
