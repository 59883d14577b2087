import { CONSOLE_WINDOW, fullViewTarget, fullViewUrl } from 'c/sfFullView';

describe('c/sfFullView', () => {
  it('builds the record URL on the org domain, never relative', () => {
    expect(fullViewUrl('https://acme.my.salesforce.com', '003000000000001AAA')).toBe(
      'https://acme.my.salesforce.com/lightning/r/003000000000001AAA/view',
    );
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

  it('opens the console window when the skill uses the Service Console', () => {
    expect(fullViewTarget(true)).toBe(CONSOLE_WINDOW);
    expect(fullViewTarget(false)).toBe('_blank');
    expect(fullViewTarget(undefined)).toBe('_blank');
  });
});
