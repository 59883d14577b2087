/**
 * `System.Test` and `EventBus.TestBroker` (from `Test.getEventBus()`). What happens at `stopTest`
 * and `deliver` is the test host's (`TestControl`, installed by the Apex test runner): run the
 * queued async work and deliver the queued events, as an org does in a test context.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass } from '../interp/native';
import type { LimitName } from '../interp/limits';
import type { Transaction } from '../interp/transaction';
import { ApexList, NativeObject, type ApexValue } from '../interp/values';
import { typeOfTypeValue } from './type';

/** The test runner's side of `Test.*`. */
export interface TestControl {
  /** `Test.stopTest()`: runs the async work queued so far and delivers queued events. */
  stopTest(ctx: Ctx): Promise<void>;
  /** `Test.getEventBus().deliver()`. */
  deliverEvents(ctx: Ctx): Promise<void>;
  /** `Test.setFixedSearchResults(ids)`: what the next SOSL queries return. */
  fixedSearchResults: string[] | null;
}

type ServiceTx = Transaction & { services: Map<string, unknown> };
const CONTROL = 'test.control';
const STATE = 'test.state';
/** The page `ApexPages.currentPage()` returns (set by `Test.setCurrentPage`). */
const CURRENT_PAGE = 'page.current';

interface TestState {
  started: boolean;
  stopped: boolean;
  limitsBefore: Map<LimitName, number> | null;
}

export function attachTestControl(tx: ServiceTx, control: TestControl): void {
  tx.services.set(CONTROL, control);
  tx.services.set(STATE, { started: false, stopped: false, limitsBefore: null } satisfies TestState);
}

function control(ctx: Ctx): TestControl {
  const c = (ctx.tx as ServiceTx).services.get(CONTROL) as TestControl | undefined;
  if (!c) throw new ApexError('System.TypeException', 'Test methods can only be called from a test context');
  return c;
}

function state(ctx: Ctx): TestState {
  control(ctx);
  return (ctx.tx as ServiceTx).services.get(STATE) as TestState;
}

/** The ids `Test.setFixedSearchResults` fixed (null when none); undefined outside an Apex test. */
export function fixedSearchResults(ctx: Ctx): string[] | null | undefined {
  const c = (ctx.tx as ServiceTx).services.get(CONTROL) as TestControl | undefined;
  return c ? c.fixedSearchResults : undefined;
}

const startTest = (ctx: Ctx): ApexValue => {
  const s = state(ctx);
  if (s.started) throw new ApexError('System.FinalException', 'Testing already started');
  const limits = (ctx.tx as Transaction).limits;
  s.started = true;
  s.limitsBefore = limits.snapshot();
  limits.reset();
  // Code between startTest and stopTest runs in a fresh context: DML done before startTest does not
  // block a callout after it (the usual arrangement of callout tests).
  (ctx.tx as Transaction).hasUncommittedWork = false;
  return null;
};

const stopTest = async (ctx: Ctx): Promise<ApexValue> => {
  const s = state(ctx);
  if (s.stopped) throw new ApexError('System.FinalException', 'Testing already stopped');
  s.stopped = true;
  await control(ctx).stopTest(ctx);
  if (s.limitsBefore) (ctx.tx as Transaction).limits.restore(s.limitsBefore);
  (ctx.tx as Transaction).hasUncommittedWork = false;
  return null;
};

const setMock = (ctx: Ctx, typeArg: ApexValue, mock: ApexValue): ApexValue => {
  control(ctx);
  const type = typeOfTypeValue(typeArg);
  const name = type?.name.toLowerCase();
  if (name !== 'httpcalloutmock' && name !== 'system.httpcalloutmock') {
    throw new NotSupportedError(`Test.setMock for ${type?.name ?? 'an unknown type'} (only HttpCalloutMock)`);
  }
  if (mock !== null && !ctx.isInstance(mock, { name: 'System.HttpCalloutMock' })) {
    throw new ApexError('System.TypeException', 'The mock does not implement HttpCalloutMock');
  }
  (ctx.tx as Transaction).calloutMock = mock;
  return null;
};

const setFixedSearchResults = (ctx: Ctx, ids: ApexValue): ApexValue => {
  const c = control(ctx);
  if (ids === null) {
    c.fixedSearchResults = null;
    return null;
  }
  if (!(ids instanceof ApexList))
    throw new ApexError('System.TypeException', 'setFixedSearchResults expects a List<Id>');
  c.fixedSearchResults = ids.items.map((v) => ctx.toApexString(v));
  return null;
};

export const TEST_CLASSES: NativeClass[] = [
  {
    name: 'Test',
    namespace: 'System',
    statics: {
      starttest: (ctx) => startTest(ctx),
      stoptest: (ctx) => stopTest(ctx),
      isrunningtest: (ctx) => (ctx.tx as Transaction).isTest,
      setmock: (ctx, _s, [type, mock]) => setMock(ctx, type ?? null, mock ?? null),
      geteventbus: (ctx) => {
        control(ctx);
        return new NativeObject('EventBus.TestBroker', {});
      },
      setfixedsearchresults: (ctx, _s, [ids]) => setFixedSearchResults(ctx, ids ?? null),
      setcurrentpage: (ctx, _s, [page]) => {
        control(ctx);
        if (!(page instanceof NativeObject) || page.className !== 'System.PageReference') {
          throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
        }
        (ctx.tx as ServiceTx).services.set(CURRENT_PAGE, page);
        return null;
      },
    },
  },
  {
    name: 'ApexPages',
    namespace: 'System',
    statics: {
      currentpage: (ctx) =>
        ((ctx.tx as ServiceTx).services.get(CURRENT_PAGE) as NativeObject | undefined) ?? null,
    },
  },
  {
    name: 'TestBroker',
    namespace: 'EventBus',
    methods: {
      deliver: async (ctx) => {
        await control(ctx).deliverEvents(ctx);
        return null;
      },
    },
  },
];
