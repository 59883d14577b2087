/** Exceptions: built-in and custom types, messages, causes, catch order, finally, uncatchable errors. */
import { ApexError } from '../../lang/errors';
import { ApexThrow } from '../exception-object';
import { listPlatform } from './fake-platform';
import { run, runtimeOf } from './harness';

const CUSTOM = {
  'AppException.cls': `public class AppException extends Exception { }`,
  'ValidationException.cls': `public virtual class ValidationException extends Exception {
    public Integer code = 7;
    public Integer getCode() { return code; }
  }`,
  'FieldException.cls': `public class FieldException extends ValidationException { }`,
  'Log.cls': `public class Log { public static List<String> lines = new List<String>(); }`,
};

/** The type and message of the exception `body` lets escape (an `ApexThrow`, or an uncatchable `ApexError`). */
async function uncaught(body: string): Promise<{ type: string; message: string | null }> {
  try {
    await run(body, CUSTOM);
  } catch (e) {
    if (e instanceof ApexThrow) return { type: e.exception.info.name, message: e.exception.message };
    if (e instanceof ApexError) return { type: e.apexType, message: e.message };
    throw e;
  }
  throw new Error('no exception');
}

describe('built-in exceptions', () => {
  test('a platform error is caught as its type with getTypeName and getMessage', async () => {
    expect(
      await run(`try { Integer z = 0; Integer x = 1 / z; } catch (MathException e) {
        return e.getTypeName() + '|' + e.getMessage(); } return null;`),
    ).toBe('System.MathException|Divide by 0');
  });
  test('a NullPointerException is caught by catch (Exception e)', async () => {
    expect(
      await run(`String s; try { s.length(); } catch (Exception e) { return e.getTypeName(); } return null;`),
    ).toBe('System.NullPointerException');
  });
  test('a list index error is a ListException, not caught by a sibling type', async () => {
    const e = await uncaught(
      `try { new List<Integer>()[0] = 1; } catch (MathException e) { return 'wrong'; } return null;`,
    );
    expect(e.type).toBe('System.ListException');
  });
  test('new DmlException() without a message reads "Script-thrown exception"', async () => {
    expect(await run(`return new DmlException().getMessage();`)).toBe('Script-thrown exception');
  });
  test('getLineNumber is the line of the throw', async () => {
    expect(
      await run(`try {\n\nthrow new DmlException('x');\n} catch (Exception e) { return e.getLineNumber(); }`),
    ).toBe(3);
  });
});

describe('custom exceptions', () => {
  test('a custom exception gets the four implicit constructors and its type name', async () => {
    expect(
      await run(
        `AppException a = new AppException('m');
         AppException b = new AppException(new DmlException('inner'));
         AppException c = new AppException('outer', a);
         return a.getTypeName() + '|' + a.getMessage() + '|' + b.getCause().getMessage() + '|' +
           c.getMessage() + '|' + c.getCause().getMessage() + '|' + (new AppException().getCause() == null);`,
        CUSTOM,
      ),
    ).toBe('AppException|m|inner|outer|m|true');
  });
  test('a subclass is caught by its parent type; its own fields and methods work', async () => {
    expect(
      await run(
        `try { throw new FieldException('bad'); } catch (ValidationException e) {
           return e.getTypeName() + ':' + e.getMessage() + ':' + e.getCode() + ':' + (e instanceof FieldException); }`,
        CUSTOM,
      ),
    ).toBe('FieldException:bad:7:true');
  });
  test('the first matching catch clause wins, in source order', async () => {
    expect(
      await run(
        `try { throw new FieldException('x'); }
         catch (AppException e) { return 'app'; }
         catch (FieldException e) { return 'field'; }
         catch (ValidationException e) { return 'validation'; }
         catch (Exception e) { return 'any'; }`,
        CUSTOM,
      ),
    ).toBe('field');
  });
  test('an exception not caught propagates to the caller with its type and message', async () => {
    const e = await uncaught(
      `try { throw new AppException('up'); } catch (FieldException e) { } return null;`,
    );
    expect(e.type).toBe('AppException');
    expect(e.message).toBe('up');
  });
  test('an exception thrown in a catch block propagates after finally ran', async () => {
    expect(
      await run(
        `try { try { throw new AppException('a'); } catch (AppException e) { throw new DmlException('b'); }
           finally { Log.lines.add('finally'); } }
         catch (DmlException e) { Log.lines.add(e.getMessage()); }
         return String.join(Log.lines, ',');`,
        CUSTOM,
      ),
    ).toBe('finally,b');
  });
});

describe('finally', () => {
  test('finally runs after normal completion, after a caught exception and on return', async () => {
    expect(
      await run(
        `List<String> log = new List<String>();
         try { log.add('t'); } finally { log.add('f1'); }
         try { throw new AppException('x'); } catch (AppException e) { log.add('c'); } finally { log.add('f2'); }
         log.add(T2.withReturn(log));
         return String.join(log, ',');`,
        {
          ...CUSTOM,
          'T2.cls': `public class T2 { public static String withReturn(List<String> log) {
            try { return 'r'; } finally { log.add('f3'); } } }`,
        },
      ),
    ).toBe('t,f1,c,f2,f3,r');
  });
  test('finally runs when the exception is not caught', async () => {
    expect(
      await run(
        `List<String> log = new List<String>();
         try { try { throw new AppException('x'); } finally { log.add('inner'); } } catch (Exception e) { log.add('outer'); }
         return String.join(log, ',');`,
        CUSTOM,
      ),
    ).toBe('inner,outer');
  });
});

describe('uncatchable errors', () => {
  test('a failed assertion is not caught by catch (Exception e) and skips the rest', async () => {
    const e = await uncaught(
      `try { Assert.areEqual(1, 2, 'numbers differ'); } catch (Exception e) { return 'caught'; } return 'after';`,
    );
    expect(e.type).toBe('System.AssertException');
    expect(e.message).toContain('numbers differ');
  });
  test('System.assert(false) fails the same way', async () => {
    const e = await uncaught(
      `try { System.assert(false, 'nope'); } catch (Exception e) { return 'caught'; } return null;`,
    );
    expect(e.type).toBe('System.AssertException');
  });
  test('a LimitException is not caught and does not run finally', async () => {
    const tx = runtimeOf(
      {
        ...CUSTOM,
        'Q.cls': `public class Q { public static void run() {
          try { for (Integer i = 0; i < 101; i++) { List<Account> a = [SELECT Id FROM Account]; } }
          catch (Exception e) { Log.lines.add('caught'); } finally { Log.lines.add('finally'); } }
          public static String log() { return String.join(Log.lines, ','); } }`,
      },
      listPlatform([]),
    ).transaction({ isTest: true });
    await expect(tx.callStatic('Q', 'run')).rejects.toThrow('Too many SOQL queries: 101');
    expect(await tx.callStatic('Q', 'log')).toBe('');
  });
});
