/** Small Apex programs run through the interpreter against the primitive and collection bindings. */
import { parseApexSource } from '../../parse/load';
import { ApexRuntime } from '../../interp/runtime';
import { NATIVE_CLASSES } from '../index';

async function run(body: string, extra: Record<string, string> = {}): Promise<unknown> {
  const sources = { 'T.cls': `public class T { public static Object run() { ${body} } }`, ...extra };
  const units = Object.entries(sources).map(([file, text]) => parseApexSource(file, text));
  const rt = ApexRuntime.load({ units, natives: NATIVE_CLASSES, platform: null });
  return rt.transaction({ isTest: true }).callStatic('T', 'run');
}

describe('primitives and collections end to end', () => {
  test('String methods and statics', async () => {
    expect(await run(`return 'Hello World'.substring(0, 5).toUpperCase();`)).toBe('HELLO');
    expect(await run(`return String.join(new List<String>{ 'a', 'b' }, '|');`)).toBe('a|b');
    expect(await run(`return String.isBlank('  ') && !String.isNotBlank(null);`)).toBe(true);
    expect(await run(`return 'a,b,,'.split(',').size();`)).toBe(2);
    expect(await run(`return 'abcdefgh'.abbreviate(6);`)).toBe('abc...');
    await expect(run(`return 'abc'.substring(0, 5);`)).rejects.toThrow('Ending position out of bounds: 5');
  });

  test('collections keep Apex equality and errors', async () => {
    expect(await run(`Set<String> s = new Set<String>{ 'a' }; return s.contains('A');`)).toBe(false);
    expect(
      await run(`Map<String, Integer> m = new Map<String, Integer>{ 'a' => 1 }; return m.get('A');`),
    ).toBeNull();
    expect(
      await run(`List<Integer> l = new List<Integer>{ 3, 1, 2 }; l.sort(); return String.valueOf(l);`),
    ).toBe('(1, 2, 3)');
    expect(
      await run(`List<String> l = new List<String>{ 'b', 'B', 'a' }; l.sort(); return String.join(l, '');`),
    ).toBe('Bab');
    await expect(run(`List<Integer> l = new List<Integer>(); return l.get(0);`)).rejects.toThrow(
      'System.ListException: List index out of bounds: 0',
    );
    expect(
      await run(`Map<String, Integer> m = new Map<String, Integer>{ 'x' => 1, 'y' => 2 };
        List<String> keys = new List<String>(m.keySet()); keys.sort(); m.keySet().remove('x');
        return keys.size() + ':' + m.size();`),
    ).toBe('2:1');
  });

  test('Comparable objects sort through compareTo', async () => {
    const cls = `public class P implements Comparable {
      public String name; public P(String n) { name = n; }
      public Integer compareTo(Object other) { return name.compareTo(((P) other).name); } }`;
    expect(
      await run(
        `List<P> ps = new List<P>{ new P('b'), new P('a'), new P('C') }; ps.sort();
         String out = ''; for (P p : ps) { out += p.name; } return out;`,
        { 'P.cls': cls },
      ),
    ).toBe('Cab');
  });

  test('numbers: valueOf errors, Math, Decimal scale', async () => {
    await expect(run(`return Integer.valueOf('abc');`)).rejects.toThrow(
      'System.TypeException: Invalid integer: abc',
    );
    expect(await run(`return Math.mod(-7, 3) + Math.max(2, 5);`)).toBe(4);
    expect(await run(`return String.valueOf(Decimal.valueOf('1.10'));`)).toBe('1.10');
    expect(await run(`Decimal d = 2.5; return String.valueOf(d.setScale(0));`)).toBe('2');
    expect(
      await run(`return String.valueOf(Decimal.valueOf('12.4567').divide(7, 2, System.RoundingMode.UP));`),
    ).toBe('1.78');
  });

  test('dates: newInstanceGmt, formatGmt, addDays, daysInMonth', async () => {
    expect(
      await run(
        `Datetime dt = Datetime.newInstanceGmt(2024, 2, 28, 23, 0, 0); return dt.addHours(2).formatGmt('yyyy-MM-dd HH:mm');`,
      ),
    ).toBe('2024-02-29 01:00');
    expect(
      await run(`return Date.daysInMonth(2023, 2) + Date.newInstance(2024, 1, 31).addMonths(1).day();`),
    ).toBe(57);
  });

  test('declared element and key types convert arguments (Id, Decimal)', async () => {
    expect(
      await run(
        `List<Id> ids = new List<Id>(); ids.add('001000000000001'); return String.valueOf(ids[0]).length();`,
      ),
    ).toBe(18);
    expect(
      await run(
        `Map<Id, Integer> m = new Map<Id, Integer>{ '001000000000001AAA' => 1 }; return m.get('001000000000001');`,
      ),
    ).toBe(1);
    expect(
      await run(
        `List<Decimal> ds = new List<Decimal>{ 2.5 }; ds.add(1); ds.sort(); return String.valueOf(ds);`,
      ),
    ).toBe('(1, 2.5)');
  });

  test('iteration over keySet and arrays', async () => {
    expect(
      await run(`Map<String, Integer> m = new Map<String, Integer>{ 'a' => 1, 'b' => 2 };
        Integer sum = 0; for (String k : m.keySet()) { sum += m.get(k); } return sum;`),
    ).toBe(3);
    expect(
      await run(`String[] arr = new String[]{ 'b', 'a' }; arr.sort(); return String.join(arr, ',');`),
    ).toBe('a,b');
  });

  test('iterator() over a List and a Set', async () => {
    expect(
      await run(`List<String> l = new List<String>{ 'x', 'y' }; Iterator<String> it = l.iterator();
        String out = ''; while (it.hasNext()) { out += it.next(); } return out;`),
    ).toBe('xy');
    expect(
      await run(`Iterator<Integer> it = new Set<Integer>{ 4, 5 }.iterator(); it.next(); return it.next();`),
    ).toBe(5);
  });
});
