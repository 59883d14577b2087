/**
 * What the widget shows in place of (or above) its data in each state, as one table: a progress
 * notice (`role="status"`) while it starts, waits or loads, an alert (`role="alert"`) when it cannot
 * go on. Pure.
 */

export type Status = 'starting' | 'unavailable' | 'error' | 'waiting' | 'ready';
export type SessionState = 'idle' | 'loading' | 'ready' | 'blocked' | 'failed';

/** The guide's troubleshooting for "Waiting to initialize session" (Known issues). */
export const WAITING_HINT =
  'If this message stays, make sure the LivePerson account has at least one skill and that the ' +
  'engagement is assigned a skill (campaign engagement settings, or a mandatory routing question in ' +
  'the pre-chat survey; for messaging, pass the skill through SDEs), then add that skill in ' +
  'Salesforce under Customization Settings.';

export const UNAVAILABLE_HINT =
  'Open this page as a widget of the LivePerson agent workspace (Agent Workspace configuration, ' +
  'widget URL ending in /apex/ChatLink), while logged in to Salesforce in the same browser.';

export interface ProgressNotice {
  id: string;
  /** The spinner's alternative text; '' for no spinner. */
  spinner: string;
  spinnerVariant: 'base' | 'brand';
  heading: string;
  text: string;
  textClass: string;
}

export interface AlertNotice {
  id: string;
  className: string;
  title: string;
  message: string;
  hint: string;
}

const WEAK_TEXT = 'slds-text-body_small slds-text-color_weak';

function alert(
  id: string,
  variant: 'warning' | 'error',
  title: string,
  message: string,
  hint = '',
): AlertNotice {
  return {
    id,
    className: `slds-notify slds-notify_alert slds-alert_${variant} chatlink-alert`,
    title,
    message,
    hint,
  };
}

const progress = (id: string, text: string, more: Partial<ProgressNotice> = {}): ProgressNotice => ({
  id,
  text,
  spinner: '',
  spinnerVariant: 'base',
  heading: '',
  textClass: '',
  ...more,
});

const WAITING = 'Waiting to initialize session';

export function progressNotice(status: Status, session: SessionState): ProgressNotice | null {
  if (status === 'starting') return progress('starting', 'Connecting to the LivePerson agent workspace…');
  if (status === 'waiting') {
    const more = {
      spinner: WAITING,
      spinnerVariant: 'brand',
      heading: WAITING,
      textClass: WEAK_TEXT,
    } as const;
    return progress('waiting', WAITING_HINT, more);
  }
  if (status === 'ready' && session === 'loading') {
    return progress('session-loading', 'Loading Salesforce data…', { spinner: 'Loading Salesforce data' });
  }
  return null;
}

/**
 * @param errorMessage why the SDK is unavailable or failed
 * @param sessionTitle and sessionMessage: why the Salesforce session is blocked or failed
 */
export function alertNotice(
  status: Status,
  session: SessionState,
  errorMessage: string,
  sessionTitle: string,
  sessionMessage: string,
): AlertNotice | null {
  if (status === 'unavailable') {
    const title = 'Not running inside the LivePerson agent workspace';
    return alert('unavailable', 'warning', title, errorMessage, UNAVAILABLE_HINT);
  }
  if (status === 'error') {
    return alert('error', 'error', 'The widget could not read the conversation', errorMessage);
  }
  if (status === 'ready' && (session === 'blocked' || session === 'failed')) {
    return alert('session-blocked', 'warning', sessionTitle, sessionMessage);
  }
  return null;
}
