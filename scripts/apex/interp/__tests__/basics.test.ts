import { Decimal } from '../../lang/decimal';
import { ApexDouble } from '../../lang/numbers';
import { ApexId } from '../../lang/id';
import { ApexThrow } from '../exception-object';
import { run } from './harness';

describe('expressions and statements', () => {
  test('locals, loops, ifs and string concatenation', async () => {
    await expect(
      run(`String s = ''; for (Integer i = 0; i < 3; i++) { if (i == 1) continue; s += i + ','; } return s;`),
    ).resolves.toBe('0,2,');
  });
  test('Integer wraps at 32 bits and divides truncating', async () => {
    await expect(run(`Integer i = 2147483647; return i + 1;`)).resolves.toBe(-2147483648);
    await expect(run(`return 7 / 2;`)).resolves.toBe(3);
    await expect(run(`return -7 / 2;`)).resolves.toBe(-3);
    await expect(run(`Long l = 365 * 24 * 60 * 60 * 1000; return l;`)).resolves.toBe(1471228928n);
    await expect(run(`Long l = 365L * 24 * 60 * 60 * 1000; return l;`)).resolves.toBe(31536000000n);
  });
  test('division by zero is a MathException', async () => {
    await expect(run(`Integer z = 0; return 1 / z;`)).rejects.toThrow('System.MathException: Divide by 0');
  });
  test('declared types coerce: Decimal, Double, Long, Id', async () => {
    const d = (await run(`Decimal d = 5; return d;`)) as Decimal;
    expect(d).toBeInstanceOf(Decimal);
    expect(String(d)).toBe('5');
    expect(await run(`Double x = 5 / 3; return x;`)).toEqual(new ApexDouble(1));
    expect(await run(`Long l = 5; return l;`)).toBe(5n);
    const id = (await run(`Id x = '001000000000001'; return x;`)) as ApexId;
    expect(id).toBeInstanceOf(ApexId);
    expect(id.value).toHaveLength(18);
    expect(await run(`return '' + 1.10 + ' ' + 5 + ' ' + 5.0d + ' ' + null;`)).toBe('1.10 5 5.0 null');
  });
  test('string == is case-insensitive, equals is not', async () => {
    expect(await run(`return 'abc' == 'ABC';`)).toBe(true);
    expect(await run(`return 'abc' != 'ABC';`)).toBe(false);
  });
  test('null rules: NPE on arithmetic and null conditions, comparisons false', async () => {
    await expect(run(`Integer i; return i + 1;`)).rejects.toThrow('System.NullPointerException');
    await expect(run(`Boolean b; if (b) { return 1; } return 2;`)).rejects.toThrow(
      'Attempt to de-reference a null object',
    );
    expect(await run(`Integer i; return (i > 0) || (i <= 0);`)).toBe(false);
    expect(await run(`String s; return s?.length();`)).toBe(null);
    expect(await run(`Integer i; return i ?? 7;`)).toBe(7);
  });
  test('ternary, bitwise and shifts, compound assignment', async () => {
    expect(await run(`Integer a = 6; a &= 3; return (a << 4) | 1;`)).toBe(33);
    expect(await run(`return -16 >>> 28;`)).toBe(15);
    expect(await run(`return 5 > 3 ? 'y' : 'n';`)).toBe('y');
  });
  test('collections: initialisers, index, for-each, arrays', async () => {
    expect(
      await run(
        `List<Integer> xs = new List<Integer>{1, 2, 3}; Integer t = 0; for (Integer x : xs) t += x; xs[0] = 10; return t + xs[0];`,
      ),
    ).toBe(16);
    expect(await run(`String[] a = new String[3]; return a.size();`)).toBe(3);
    expect(await run(`Map<String, Integer> m = new Map<String, Integer>{'a' => 1}; return m.get('a');`)).toBe(
      1,
    );
    await expect(run(`List<Integer> xs = new List<Integer>(); return xs[1];`)).rejects.toThrow(
      'System.ListException: List index out of bounds: 1',
    );
  });
  test('while, do/while, break, switch', async () => {
    expect(
      await run(
        `Integer i = 0; while (true) { i++; if (i > 4) break; } do { i--; } while (i > 2); return i;`,
      ),
    ).toBe(2);
    expect(
      await run(
        `String r = ''; for (Integer i : new List<Integer>{1, 2, 5}) { switch on i { when 1 { r += 'a'; } when 2, 3 { r += 'b'; } when else { r += 'z'; } } } return r;`,
      ),
    ).toBe('abz');
  });
  test('an uncaught exception rejects with the Apex exception', async () => {
    await expect(run(`throw new DmlException('boom');`)).rejects.toBeInstanceOf(ApexThrow);
  });
});
