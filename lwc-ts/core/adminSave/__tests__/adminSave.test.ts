import { fieldErrorsOf, labelsFor, saveSection, saveWithFeedback } from 'c/adminSave';
import { UNKNOWN_ERROR } from 'c/reduceErrors';
import { toastsOf, type Toast } from '../../../testing/toasts';

function recordToasts(): { host: EventTarget; toasts: Toast[] } {
  const host = new EventTarget();
  return { host, toasts: toastsOf(host) };
}

describe('c/adminSave', () => {
  it('toasts the server message on success and returns no errors', async () => {
    const { host, toasts } = recordToasts();
    const reply = { success: true, message: 'Saved 3 skills.', fieldErrors: [] };
    const outcome = await saveWithFeedback(host, labelsFor('Skills'), () => Promise.resolve(reply));
    expect(outcome).toEqual({ ok: true, result: reply, fieldErrors: {}, pageErrors: [] });
    expect(toasts).toEqual([{ title: 'Skills saved', message: 'Saved 3 skills.', variant: 'success' }]);
  });

  it('maps field errors by field and keeps the server message as the page error', async () => {
    const { host, toasts } = recordToasts();
    const outcome = await saveWithFeedback(host, labelsFor('Search filter'), () =>
      Promise.resolve({
        success: false,
        message: 'Fix the 2 fields marked in red.',
        fieldErrors: [
          { field: 'name', message: 'Name is required.' },
          { field: 'filter', message: 'Unknown field Foo__c.' },
        ],
      }),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.fieldErrors).toEqual({ name: 'Name is required.', filter: 'Unknown field Foo__c.' });
    expect(outcome.pageErrors).toEqual(['Fix the 2 fields marked in red.']);
    expect(toasts).toEqual([
      { title: 'Search filter not saved', message: 'Fix the 2 fields marked in red.', variant: 'error' },
    ]);
  });

  it('falls back to the failure label when the server refuses without a message', async () => {
    const { host } = recordToasts();
    const labels = {
      saved: 'Activated',
      notSaved: 'Not activated',
      failure: 'Activation failed. Nothing was saved.',
    };
    const outcome = await saveWithFeedback(host, labels, () => Promise.resolve({ success: false }));
    expect(outcome.pageErrors).toEqual(['Activation failed. Nothing was saved.']);
  });

  it('treats a reply without success: true as a failure', async () => {
    const { host, toasts } = recordToasts();
    const outcome = await saveWithFeedback(host, labelsFor('Mapping'), () => Promise.resolve({}));
    expect(outcome.ok).toBe(false);
    expect(outcome.pageErrors).toEqual(['Mapping not saved.']);
    expect(toasts[0].variant).toBe('error');
  });

  it('normalises a thrown Apex error into page errors and toasts it', async () => {
    const { host, toasts } = recordToasts();
    const outcome = await saveWithFeedback(host, labelsFor('Redaction'), () =>
      Promise.reject({ body: { message: 'You do not have access to LiveEngage settings.' }, status: 500 }),
    );
    expect(outcome).toEqual({
      ok: false,
      fieldErrors: {},
      pageErrors: ['You do not have access to LiveEngage settings.'],
    });
    expect(toasts).toEqual([
      {
        title: 'Redaction not saved',
        message: 'You do not have access to LiveEngage settings.',
        variant: 'error',
      },
    ]);
  });

  it('shows the unknown-error text when the thrown error has no message', async () => {
    const { host } = recordToasts();
    const outcome = await saveWithFeedback(host, labelsFor('X'), () => Promise.reject({}));
    expect(outcome.pageErrors).toEqual([UNKNOWN_ERROR]);
  });

  it('keeps both messages when one field has two errors', () => {
    expect(
      fieldErrorsOf({
        fieldErrors: [
          { field: 'pattern', message: 'Too long.' },
          { field: 'pattern', message: 'Not a valid regular expression.' },
        ],
      }),
    ).toEqual({ pattern: 'Too long. Not a valid regular expression.' });
  });

  describe('saveSection', () => {
    function section(): {
      host: EventTarget & { saving: boolean; errors: string[] };
      scope: HTMLElement;
      input: HTMLInputElement;
      saved: Event[];
      savingDuringCall: boolean[];
    } {
      const host = Object.assign(new EventTarget(), { saving: false, errors: ['old'] });
      const scope = document.createElement('div');
      const input = document.createElement('input');
      input.dataset.name = 'pattern';
      scope.appendChild(input);
      const saved: Event[] = [];
      host.addEventListener('saved', (e) => saved.push(e));
      return { host, scope, input, saved, savingDuringCall: [] };
    }

    it('shows field errors under their inputs, the rest in the section, and sends no saved event', async () => {
      const s = section();
      const ok = await saveSection(s.host, s.scope, 'Transcript redaction', () => {
        s.savingDuringCall.push(s.host.saving);
        return Promise.resolve({
          success: false,
          message: 'Check the highlighted fields.',
          fieldErrors: [
            { field: 'pattern', message: 'Line 1: The pattern matches empty text.' },
            { field: 'elsewhere', message: 'Not shown by any input.' },
          ],
        });
      });
      expect(ok).toBe(false);
      expect(s.savingDuringCall).toEqual([true]);
      expect(s.host.saving).toBe(false);
      expect(s.input.validationMessage).toBe('Line 1: The pattern matches empty text.');
      expect(s.host.errors).toEqual(['Check the highlighted fields.', 'Not shown by any input.']);
      expect(s.saved).toEqual([]);
    });

    it('clears the errors and sends a bubbling, composed saved event on success', async () => {
      const s = section();
      s.input.setCustomValidity('stale');
      const ok = await saveSection(s.host, s.scope, 'Skills', () =>
        Promise.resolve({ success: true, message: 'Skills saved: 2 skill(s) selected.' }),
      );
      expect(ok).toBe(true);
      expect(s.host.errors).toEqual([]);
      expect(s.input.validationMessage).toBe('');
      expect(s.saved.map((e) => [e.bubbles, e.composed])).toEqual([[true, true]]);
    });
  });
});
