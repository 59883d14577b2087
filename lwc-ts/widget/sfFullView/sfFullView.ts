/**
 * SF Full View: where a record opens outside the widget. The widget runs on the Visualforce host
 * (`…--liveengage.vf.force.com`), where a relative URL would resolve, so record URLs are built on
 * the org's own domain (`WidgetDtos.Session.orgUrl`). `lightning/navigation` does not run inside
 * Lightning Out, so the link is a plain `<a target>`: a new browser tab, or — with the skill's
 * "Use Service Console" — one named window reused for every record, where the agent keeps the
 * console open.
 */

/** Window name used for every record when the skill uses the Service Console. */
export const CONSOLE_WINDOW = 'liveengage-console';

const RECORD_ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;
const ORG_URL = /^https:\/\/[a-zA-Z0-9.-]+(:\d+)?$/;

/** The record's URL on the org's domain, or null when either part is not what Salesforce gives. */
export function fullViewUrl(
  orgUrl: string | undefined | null,
  recordId: string | undefined | null,
): string | null {
  const base = (orgUrl ?? '').replace(/\/+$/, '');
  if (!ORG_URL.test(base) || !recordId || !RECORD_ID.test(recordId)) return null;
  return `${base}/lightning/r/${recordId}/view`;
}

/** The link target: the console window when the skill uses the Service Console, else a new tab. */
export function fullViewTarget(useServiceConsole: boolean | undefined | null): string {
  return useServiceConsole ? CONSOLE_WINDOW : '_blank';
}
