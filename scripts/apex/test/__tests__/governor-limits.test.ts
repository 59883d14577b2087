/**
 * Governor limits at their real values, end to end: a small Apex test class in a package folder of
 * its own runs through `runApexTests` (record store, SOQL, DML, mocked callouts, Test.startTest),
 * and each probe method must pass or fail with exactly the platform's message.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runApexTests } from '../runner';
import type { TestResult } from '../report';

const PROBES = `@IsTest
private class LimitProbe_Tests {
    private class Marker extends Exception {}

    private class Answer implements HttpCalloutMock {
        public HttpResponse respond(HttpRequest request) {
            HttpResponse response = new HttpResponse();
            response.setStatusCode(200);
            return response;
        }
    }

    private static void query(Integer times) {
        for (Integer i = 0; i < times; i++) {
            List<Account> rows = [SELECT Id FROM Account LIMIT 1];
        }
    }

    private static void callOut() {
        HttpRequest request = new HttpRequest();
        request.setEndpoint('https://api.example.com/ping');
        request.setMethod('GET');
        new Http().send(request);
    }

    @IsTest
    static void soql_101st_query() {
        query(100);
        System.Assert.areEqual(100, Limits.getQueries(), 'the 100th query is allowed');
        query(1);
    }

    @IsTest
    static void dml_151st_statement() {
        for (Integer i = 0; i < 150; i++) {
            insert new Account(Name = 'Statement ' + i);
        }
        System.Assert.areEqual(150, Limits.getDmlStatements(), 'the 150th statement is allowed');
        insert new Account(Name = 'one too many');
    }

    @IsTest
    static void dml_10001st_row() {
        List<Account> rows = new List<Account>();
        for (Integer i = 0; i < 10000; i++) {
            rows.add(new Account(Name = 'Row ' + i));
        }
        insert rows;
        System.Assert.areEqual(10000, Limits.getDmlRows(), 'the 10000th row is allowed');
        System.Assert.areEqual(1, Limits.getDmlStatements(), 'one statement');
        insert new Account(Name = 'one too many');
    }

    @IsTest
    static void callout_101st() {
        Test.setMock(HttpCalloutMock.class, new Answer());
        for (Integer i = 0; i < 100; i++) {
            callOut();
        }
        System.Assert.areEqual(100, Limits.getCallouts(), 'the 100th callout is allowed');
        callOut();
    }

    @IsTest
    static void limit_exception_skips_catch_and_finally() {
        try {
            query(101);
        } catch (System.LimitException e) {
            throw new Marker('catch (LimitException) ran');
        } catch (Exception e) {
            throw new Marker('catch (Exception) ran');
        } finally {
            throw new Marker('finally ran');
        }
    }

    @IsTest
    static void ordinary_exception_runs_catch_and_finally() {
        List<String> ran = new List<String>();
        try {
            try {
                String missing;
                missing.length();
            } catch (NullPointerException e) {
                ran.add('catch');
            } finally {
                ran.add('finally');
            }
        } catch (Exception e) {
            ran.add('outer');
        }
        System.Assert.areEqual(new List<String>{ 'catch', 'finally' }, ran, 'catch, then finally');
    }

    @IsTest
    static void start_test_gives_fresh_limits_and_stop_test_restores_them() {
        query(100);
        Test.startTest();
        System.Assert.areEqual(0, Limits.getQueries(), 'fresh limits after startTest');
        query(100);
        System.Assert.areEqual(100, Limits.getQueries(), '100 more queries between startTest and stopTest');
        Test.stopTest();
        System.Assert.areEqual(100, Limits.getQueries(), 'the count before startTest is back');
    }

    @IsTest
    static void stop_test_leaves_what_was_left_before_start_test() {
        query(100);
        Test.startTest();
        query(1);
        Test.stopTest();
        query(1);
    }

    @IsTest
    static void callout_after_dml() {
        Test.setMock(HttpCalloutMock.class, new Answer());
        insert new Account(Name = 'uncommitted');
        callOut();
    }

    @IsTest
    static void callout_before_dml() {
        Test.setMock(HttpCalloutMock.class, new Answer());
        callOut();
        insert new Account(Name = 'after the callout');
        System.Assert.areEqual(1, Limits.getCallouts(), 'one callout');
    }
}
`;

let results: Map<string, TestResult>;
let packageDir: string;

beforeAll(async () => {
  packageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-limits-'));
  fs.mkdirSync(path.join(packageDir, 'classes'));
  fs.writeFileSync(path.join(packageDir, 'classes', 'LimitProbe_Tests.cls'), PROBES);
  const run = await runApexTests({ packageDir });
  results = new Map(run.map((r) => [r.name.replace('LimitProbe_Tests.', ''), r]));
}, 60_000);

afterAll(() => fs.rmSync(packageDir, { recursive: true, force: true }));

function outcome(method: string): { outcome: string; message: string } {
  const r = results.get(method);
  if (!r) throw new Error(`probe ${method} did not run (ran: ${[...results.keys()].join(', ')})`);
  return { outcome: r.outcome, message: r.message ?? '' };
}

const limitFailure = (message: string) => ({
  outcome: 'fail',
  message: expect.stringMatching(new RegExp(`^System\\.LimitException: ${message}$`)) as unknown,
});

describe('governor limits at the real values', () => {
  test('every probe ran', () => {
    expect(results.size).toBe(10);
  });

  test('the 101st SOQL query throws System.LimitException', () => {
    expect(outcome('soql_101st_query')).toEqual(limitFailure('Too many SOQL queries: 101'));
  });

  test('the 151st DML statement throws System.LimitException', () => {
    expect(outcome('dml_151st_statement')).toEqual(limitFailure('Too many DML statements: 151'));
  });

  test('the 10 001st DML row throws System.LimitException', () => {
    expect(outcome('dml_10001st_row')).toEqual(limitFailure('Too many DML rows: 10001'));
  });

  test('the 101st callout throws System.LimitException (mocked callouts cost no callout time)', () => {
    expect(outcome('callout_101st')).toEqual(limitFailure('Too many callouts: 101'));
  });

  test('System.LimitException runs neither catch nor finally', () => {
    expect(outcome('limit_exception_skips_catch_and_finally')).toEqual(
      limitFailure('Too many SOQL queries: 101'),
    );
  });

  test('an ordinary exception runs catch and finally (control)', () => {
    expect(outcome('ordinary_exception_runs_catch_and_finally')).toEqual({ outcome: 'pass', message: '' });
  });

  test('Test.startTest gives fresh limits; Test.stopTest restores the count from before', () => {
    expect(outcome('start_test_gives_fresh_limits_and_stop_test_restores_them')).toEqual({
      outcome: 'pass',
      message: '',
    });
    expect(outcome('stop_test_leaves_what_was_left_before_start_test')).toEqual(
      limitFailure('Too many SOQL queries: 101'),
    );
  });

  test('a callout after DML throws System.CalloutException; before DML it is fine', () => {
    const after = outcome('callout_after_dml');
    expect(after.outcome).toBe('fail');
    expect(after.message).toMatch(
      /^System\.CalloutException: You have uncommitted work pending\. Please commit or rollback before calling out\n/,
    );
    expect(after.message).toContain('Class.LimitProbe_Tests.callOut');
    expect(outcome('callout_before_dml')).toEqual({ outcome: 'pass', message: '' });
  });
});
