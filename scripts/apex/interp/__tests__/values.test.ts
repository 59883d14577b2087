/** Value rules: Integer/Long overflow, Decimal scale in text, null handling, `?.` and `??`, single-row assignment. */
import { Decimal } from '../../lang/decimal';
import { listPlatform } from './fake-platform';
import { run, runtimeOf } from './harness';

describe('Integer and Long', () => {
  test('Integer arithmetic wraps at 32 bits in both directions', async () => {
    expect(await run(`Integer i = -2147483648; return i - 1;`)).toBe(2147483647);
    expect(await run(`Integer i = 65536; return i * 65536;`)).toBe(0);
    expect(await run(`Integer i = 2147483647; i++; return i;`)).toBe(-2147483648);
  });
  test('Long arithmetic wraps at 64 bits; Integer widens to Long when mixed', async () => {
    expect(await run(`Long l = 9223372036854775807L; return l + 1;`)).toBe(-9223372036854775808n);
    expect(await run(`Integer i = 2147483647; Long l = 1; return i + l;`)).toBe(2147483648n);
  });
  test('Math.mod keeps the sign of the dividend', async () => {
    expect(await run(`return Math.mod(-7, 3);`)).toBe(-1);
  });
});

describe('Decimal', () => {
  test('concatenation keeps the scale written or computed', async () => {
    expect(await run(`Decimal d = 2.50; return '' + d + '|' + (d * 2) + '|' + (d + 1.005);`)).toBe(
      '2.50|5.00|3.505',
    );
  });
  test('setScale rounds half-even by default', async () => {
    expect(await run(`return 2.5.setScale(0) + ',' + 3.5.setScale(0) + ',' + 1.005.setScale(2);`)).toBe(
      '2,4,1.00',
    );
  });
  test('an Integer assigned to a Decimal has scale 0', async () => {
    const d = (await run(`Decimal d = 7; return d;`)) as Decimal;
    expect(d.toString()).toBe('7');
  });
});

describe('null rules', () => {
  test('a method call on null is a NullPointerException', async () => {
    await expect(run(`String s; return s.length();`)).rejects.toThrow('System.NullPointerException');
  });
  test('null concatenates as "null" and compares equal only to null', async () => {
    expect(await run(`String s; return 'a' + s + (s == null) + (s != 'x');`)).toBe('anulltruetrue');
  });
  test('comparisons with a null operand are false, never an exception', async () => {
    expect(await run(`Date d; Integer i; return (d < Date.today()) || (i >= 0) || (i < 0);`)).toBe(false);
  });
  test('a null Boolean in a condition is a NullPointerException', async () => {
    await expect(run(`Boolean b; return !b;`)).rejects.toThrow('System.NullPointerException');
  });
  test('a null list in for-each is a NullPointerException', async () => {
    await expect(run(`List<Integer> xs; for (Integer x : xs) { } return null;`)).rejects.toThrow(
      'System.NullPointerException',
    );
  });
});

describe('safe navigation and null coalescing', () => {
  const NODE = {
    'Node.cls': `public class Node { public Node next; public String name; public Node(String n) { name = n; }
      public String upper() { return name.toUpperCase(); } }`,
  };
  test('?. short-circuits the rest of the chain on null', async () => {
    expect(await run(`Node n; return n?.next.name;`, NODE)).toBe(null);
    expect(await run(`Node n = new Node('a'); return n?.next?.upper();`, NODE)).toBe(null);
    expect(await run(`Node n = new Node('a'); return n?.upper();`, NODE)).toBe('A');
  });
  test('a plain . after a non-null ?. link still throws on null', async () => {
    await expect(run(`Node n = new Node('a'); return n?.next.name;`, NODE)).rejects.toThrow(
      'System.NullPointerException',
    );
  });
  test('?? yields the right side only for null and evaluates it lazily', async () => {
    expect(await run(`Node n; return (n?.name ?? 'none') + (('' ?? 'x') == '');`, NODE)).toBe('nonetrue');
    expect(await run(`Integer a = 0; Integer b = a ?? (1 / 0); return b;`)).toBe(0);
  });
});

describe('single-row assignment', () => {
  function query(rows: Record<string, unknown>[], body: string) {
    return runtimeOf(
      { 'Q.cls': `public class Q { public static Object run() { ${body} } }` },
      listPlatform(rows),
    )
      .transaction({ isTest: true })
      .callStatic('Q', 'run');
  }
  test('one row assigns the record', async () => {
    expect(await query([{ Name: 'Acme' }], `Account a = [SELECT Name FROM Account]; return a.Name;`)).toBe(
      'Acme',
    );
  });
  test('no rows is a QueryException', async () => {
    await expect(query([], `Account a = [SELECT Name FROM Account]; return a;`)).rejects.toThrow(
      'System.QueryException: List has no rows for assignment to SObject',
    );
  });
  test('two rows is a QueryException', async () => {
    await expect(
      query([{ Name: 'a' }, { Name: 'b' }], `Account a = [SELECT Name FROM Account]; return a;`),
    ).rejects.toThrow('System.QueryException: List has more than 1 row for assignment to SObject');
  });
  test('?. on a query with no rows gives null', async () => {
    expect(await query([], `return [SELECT Name FROM Account]?.Name;`)).toBe(null);
  });
  test('a field not queried cannot be read', async () => {
    await expect(
      query([{ Name: 'a' }], `Account a = [SELECT Name FROM Account]; return a.Phone;`),
    ).rejects.toThrow(
      'SObject row was retrieved via SOQL without querying the requested field: Account.Phone',
    );
  });
});

describe('switch on String', () => {
  test('when values compare case-sensitively (unlike ==)', async () => {
    expect(
      await run(
        `String s = 'Apple'; switch on s { when 'apple' { return 'lower'; } when 'Apple' { return 'exact'; } } return 'none';`,
      ),
    ).toBe('exact');
    expect(
      await run(
        `String s = 'APPLE'; switch on s { when 'apple' { return 'lower'; } when else { return 'else'; } }`,
      ),
    ).toBe('else');
  });
});

describe('Date and Datetime arithmetic', () => {
  test('Date ± Integer adds days', async () => {
    expect(
      await run(
        `return '' + (Date.newInstance(2024, 2, 28) + 2) + '|' + (Date.newInstance(2024, 3, 1) - 1);`,
      ),
    ).toBe('2024-03-01 00:00:00|2024-02-29 00:00:00');
  });
  test('Datetime ± a number adds fractional days', async () => {
    expect(
      await run(
        `Datetime d = Datetime.newInstanceGmt(2024, 1, 1, 0, 0, 0);
         return (d + 1).formatGmt('yyyy-MM-dd HH:mm') + '|' + (d + 1.5).formatGmt('yyyy-MM-dd HH:mm') + '|' +
           (d - 0.25).formatGmt('yyyy-MM-dd HH:mm') + '|' + (d + 2L).formatGmt('dd');`,
      ),
    ).toBe('2024-01-02 00:00|2024-01-02 12:00|2023-12-31 18:00|03');
  });
});
