import { reduceErrors, UNKNOWN_ERROR } from 'c/reduceErrors';

describe('c/reduceErrors', () => {
  it('reads an AuraHandledException body', () => {
    expect(reduceErrors({ body: { message: 'No access' }, status: 500 })).toEqual(['No access']);
  });

  it('reads DML page and field errors, deduplicated', () => {
    const error = {
      body: {
        pageErrors: [{ message: 'Page bad' }],
        fieldErrors: { Name: [{ message: 'Name bad' }, { message: 'Page bad' }] },
        message: 'ignored when details exist',
      },
    };
    expect(reduceErrors(error)).toEqual(['Page bad', 'Name bad']);
  });

  it('reads UI API output errors and body arrays', () => {
    expect(reduceErrors({ body: { output: { errors: [{ message: 'Out' }], fieldErrors: {} } } })).toEqual([
      'Out',
    ]);
    expect(reduceErrors({ body: [{ message: 'A' }, { message: 'B' }] })).toEqual(['A', 'B']);
  });

  it('reads JS errors, strings and lists of anything', () => {
    expect(reduceErrors([new Error('Boom'), 'Plain', { body: { message: 'Apex' } }])).toEqual([
      'Boom',
      'Plain',
      'Apex',
    ]);
  });

  it('explains an unreachable server and an unreadable error', () => {
    expect(reduceErrors({ status: 0 })).toEqual([
      'The server could not be reached. Check your connection and try again.',
    ]);
    expect(reduceErrors({ foo: 1 })).toEqual([UNKNOWN_ERROR]);
  });

  it('returns nothing for nothing', () => {
    expect(reduceErrors(undefined)).toEqual([]);
    expect(reduceErrors([])).toEqual([]);
  });
});
