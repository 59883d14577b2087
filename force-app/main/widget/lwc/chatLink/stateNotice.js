// Generated from lwc-ts/widget/chatLink/stateNotice.ts by `npm run build`; do not edit.
/**
 * What the widget shows in place of (or above) its data in each state, as one table: a progress
 * notice (`role="status"`) while it starts, waits or loads, an alert (`role="alert"`) when it cannot
 * go on. Pure.
 */




/** The guide's troubleshooting for "Waiting to initialize session" (Known issues). */
export const WAITING_HINT =
'If this message stays, make sure the LivePerson account has at least one skill and that the ' +
'engagement is assigned a skill (campaign engagement settings, or a mandatory routing question in ' +
'the pre-chat survey; for messaging, pass the skill through SDEs), then add that skill in ' +
'Salesforce under Customization Settings.';

export const UNAVAILABLE_HINT =
'Open this page as a widget of the LivePerson agent workspace (Agent Workspace configuration, ' +
'widget URL ending in /apex/ChatLink), while logged in to Salesforce in the same browser.';



















const WEAK_TEXT = 'slds-text-body_small slds-text-color_weak';
const ALERT = 'slds-notify slds-notify_alert chatlink-alert';

export function progressNotice(status, session) {
  if (status === 'starting') {
    const text = 'Connecting to the LivePerson agent workspace…';
    return { id: 'starting', spinner: '', spinnerVariant: 'base', heading: '', text, textClass: '' };
  }
  if (status === 'waiting') {
    const heading = 'Waiting to initialize session';
    return {
      id: 'waiting',
      spinner: heading,
      spinnerVariant: 'brand',
      heading,
      text: WAITING_HINT,
      textClass: WEAK_TEXT
    };
  }
  if (status === 'ready' && session === 'loading') {
    const spinner = 'Loading Salesforce data';
    return {
      id: 'session-loading',
      spinner,
      spinnerVariant: 'base',
      heading: '',
      text: `${spinner}…`,
      textClass: ''
    };
  }
  return null;
}

/**
 * @param errorMessage why the SDK is unavailable or failed
 * @param sessionTitle and sessionMessage: why the Salesforce session is blocked or failed
 */
export function alertNotice(
status,
session,
errorMessage,
sessionTitle,
sessionMessage)
{
  if (status === 'unavailable') {
    return {
      id: 'unavailable',
      className: `${ALERT} slds-alert_warning`,
      title: 'Not running inside the LivePerson agent workspace',
      message: errorMessage,
      hint: UNAVAILABLE_HINT
    };
  }
  if (status === 'error') {
    return {
      id: 'error',
      className: `${ALERT} slds-alert_error`,
      title: 'The widget could not read the conversation',
      message: errorMessage,
      hint: ''
    };
  }
  if (status === 'ready' && (session === 'blocked' || session === 'failed')) {
    return {
      id: 'session-blocked',
      className: `${ALERT} slds-alert_warning`,
      title: sessionTitle,
      message: sessionMessage,
      hint: ''
    };
  }
  return null;
}
