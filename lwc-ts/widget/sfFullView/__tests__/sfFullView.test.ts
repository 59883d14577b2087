import { CONSOLE_REFUSED, NOT_IN_CONSOLE, fullViewUrl, openFullView, useConsoleToolkit } from 'c/sfFullView';
import type { ConsoleTabResult, ConsoleToolkit } from 'c/sfFullView';

const URL = 'https://acme.my.salesforce.com/lightning/r/003000000000001AAA/view';

function consoleApi(inConsole: boolean, result: ConsoleTabResult = { success: true, id: 'scc-pt-1' }) {
  const tabs: unknown[][] = [];
  const api: ConsoleToolkit = {
    isInConsole: () => inConsole,
    openPrimaryTab: (id, url, active, label, cb) => {
      tabs.push([id, url, active, label]);
      setTimeout(() => cb?.(result), 0); // the toolkit answers asynchronously
    },
  };
  return { api, tabs };
}

describe('c/sfFullView', () => {
  afterEach(() => useConsoleToolkit(undefined));

  it('builds the record URL on the org domain, never relative', () => {
    expect(fullViewUrl('https://acme.my.salesforce.com', '003000000000001AAA')).toBe(URL);
    expect(fullViewUrl('https://acme.my.salesforce.com/', '003000000000001')).toBe(
      'https://acme.my.salesforce.com/lightning/r/003000000000001/view',
    );
  });

  it('refuses what Salesforce would not give', () => {
    expect(fullViewUrl('', '003000000000001AAA')).toBeNull();
    expect(fullViewUrl('http://acme.my.salesforce.com', '003000000000001AAA')).toBeNull();
    expect(fullViewUrl('data:text/html,x', '003000000000001AAA')).toBeNull();
    expect(fullViewUrl('https://acme.my.salesforce.com', '../../evil')).toBeNull();
    expect(fullViewUrl('https://acme.my.salesforce.com', undefined)).toBeNull();
  });

  it('opens a Service Console primary tab when the skill asks for it and the page is in a console', async () => {
    const { api, tabs } = consoleApi(true);
    useConsoleToolkit(() => api);
    const open = jest.fn();
    await expect(openFullView(URL, 'Ann Lee', true, open)).resolves.toEqual({ where: 'console', notice: '' });
    expect(tabs).toEqual([[null, URL, true, 'Ann Lee']]);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens a new browser tab, and says why, when the page is not in a console', async () => {
    const { api, tabs } = consoleApi(false);
    useConsoleToolkit(() => api);
    const open = jest.fn();
    await expect(openFullView(URL, 'Ann Lee', true, open)).resolves.toEqual({
      where: 'tab',
      notice: NOT_IN_CONSOLE,
    });
    expect(tabs).toEqual([]);
    expect(open).toHaveBeenCalledWith(URL, '_blank', 'noopener');
  });

  it('falls back to a new tab when the page has no toolkit or the console refuses', async () => {
    const open = jest.fn();
    await expect(openFullView(URL, 'x', true, open)).resolves.toMatchObject({ notice: NOT_IN_CONSOLE });
    useConsoleToolkit(() => {
      throw new Error('no sforce');
    });
    await expect(openFullView(URL, 'x', true, open)).resolves.toMatchObject({ where: 'tab' });
    const { api } = consoleApi(true, { success: false });
    useConsoleToolkit(() => api);
    await expect(openFullView(URL, 'x', true, open)).resolves.toEqual({
      where: 'tab',
      notice: CONSOLE_REFUSED,
    });
    expect(open).toHaveBeenCalledTimes(3);
  });

  it('never asks the console when the skill does not use it', async () => {
    const { api, tabs } = consoleApi(true);
    useConsoleToolkit(() => api);
    const open = jest.fn();
    await expect(openFullView(URL, 'x', false, open)).resolves.toEqual({ where: 'tab', notice: '' });
    expect(tabs).toEqual([]);
    expect(open).toHaveBeenCalledWith(URL, '_blank', 'noopener');
  });
});
