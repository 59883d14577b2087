import { UNAVAILABLE_HINT, WAITING_HINT, alertNotice, progressNotice } from '../stateNotice';

describe('chatLink stateNotice', () => {
  it('shows progress while starting, waiting for a conversation and loading Salesforce data', () => {
    expect(progressNotice('starting', 'idle')).toMatchObject({
      id: 'starting',
      spinner: '',
      text: 'Connecting to the LivePerson agent workspace…',
    });
    expect(progressNotice('waiting', 'ready')).toMatchObject({
      id: 'waiting',
      spinner: 'Waiting to initialize session',
      spinnerVariant: 'brand',
      heading: 'Waiting to initialize session',
      text: WAITING_HINT,
    });
    expect(progressNotice('ready', 'loading')).toMatchObject({
      id: 'session-loading',
      spinner: 'Loading Salesforce data',
      heading: '',
      text: 'Loading Salesforce data…',
    });
    expect(progressNotice('ready', 'ready')).toBeNull();
    expect(progressNotice('error', 'loading')).toBeNull();
  });

  it('alerts when the SDK is missing or failed, and when the session is blocked or failed', () => {
    expect(alertNotice('unavailable', 'idle', 'no SDK', '', '')).toMatchObject({
      id: 'unavailable',
      title: 'Not running inside the LivePerson agent workspace',
      message: 'no SDK',
      hint: UNAVAILABLE_HINT,
    });
    expect(alertNotice('error', 'ready', 'bind failed', '', '')?.className).toContain('slds-alert_error');
    for (const state of ['blocked', 'failed'] as const) {
      expect(alertNotice('ready', state, '', 'The Skill is missing', 'Ask your admin.')).toMatchObject({
        id: 'session-blocked',
        title: 'The Skill is missing',
        message: 'Ask your admin.',
        hint: '',
      });
    }
    expect(alertNotice('waiting', 'blocked', '', 'The Skill is missing', '')).toBeNull();
    expect(alertNotice('ready', 'ready', '', '', '')).toBeNull();
  });
});
