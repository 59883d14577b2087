/** A class's own `toString()` is used by concatenation, String.valueOf, String.join and collection printing. */
import { run } from './harness';

const MONEY = {
  'Money.cls': `public class Money {
    Decimal amount; public static Integer calls = 0;
    public Money(Decimal a) { amount = a; }
    public override String toString() { calls++; return amount + ' EUR'; }
  }`,
  'Plain.cls': `public class Plain { public Integer n = 1; public Money m = new Money(2); }`,
};

test('concatenation and String.valueOf call the override', async () => {
  expect(await run(`Money m = new Money(1.50); return 'x ' + m + '|' + String.valueOf(m);`, MONEY)).toBe(
    'x 1.50 EUR|1.50 EUR',
  );
});

test('objects inside collections and fields print with their override', async () => {
  expect(
    await run(
      `List<Money> xs = new List<Money>{ new Money(1), new Money(2) };
       return String.valueOf(xs) + '|' + xs + '|' + String.join(xs, '+') + '|' + new Plain();`,
      MONEY,
    ),
  ).toBe('(1 EUR, 2 EUR)|(1 EUR, 2 EUR)|1 EUR+2 EUR|Plain:[n=1, m=2 EUR]');
});

test('toString() is not run where nothing is printed', async () => {
  expect(
    await run(
      `List<Money> xs = new List<Money>(); xs.add(new Money(1)); xs.size(); return Money.calls;`,
      MONEY,
    ),
  ).toBe(0);
});
