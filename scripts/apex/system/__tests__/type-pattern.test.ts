import { ApexError, NotSupportedError } from '../../lang/errors';
import { ApexList, ApexObject, NativeObject, type ApexValue } from '../../interp/values';
import { MatcherClass, PatternClass } from '../pattern';
import { TypeClass, typeOfTypeValue, typeValue } from '../type';
import { callMethod, callStatic, fakeCtx, type FakeClass } from './fake-ctx-services';

const Widget: FakeClass = { name: 'WidgetController', fields: [{ name: 'ns', type: { name: 'String' } }] };
const ctx = fakeCtx([Widget]);

describe('System.Type', () => {
  it('X.class values: getName, toString, equals, newInstance', async () => {
    const t = typeValue({ name: 'WidgetController' });
    expect(callMethod(ctx, TypeClass, t, 'getName')).toBe('WidgetController');
    expect(
      callMethod(
        ctx,
        TypeClass,
        typeValue({ name: 'Map', args: [{ name: 'String' }, { name: 'Object' }] }),
        'toString',
      ),
    ).toBe('Map<String,Object>');
    expect(callMethod(ctx, TypeClass, t, 'equals', [typeValue({ name: 'widgetcontroller' })])).toBe(true);
    expect(callMethod(ctx, TypeClass, t, 'equals', [typeValue({ name: 'String' })])).toBe(false);
    expect(callMethod(ctx, TypeClass, t, 'hashCode')).toBe(
      callMethod(ctx, TypeClass, typeValue({ name: 'WIDGETCONTROLLER' }), 'hashCode'),
    );
    const o = await callMethod(ctx, TypeClass, t, 'newInstance');
    expect(o).toBeInstanceOf(ApexObject);
    expect(typeOfTypeValue(t)).toEqual({ name: 'WidgetController' });
    expect(typeOfTypeValue('x')).toBeUndefined();
  });

  it('forName finds Apex classes, with or without a namespace', () => {
    const t = callStatic(ctx, TypeClass, 'forName', ['WidgetController']) as NativeObject;
    expect(typeOfTypeValue(t)).toEqual({ name: 'WidgetController' });
    const t2 = callStatic(ctx, TypeClass, 'forName', [null, 'WidgetController']) as NativeObject;
    expect(typeOfTypeValue(t2)).toEqual({ name: 'WidgetController' });
    expect(() => callStatic(ctx, TypeClass, 'forName', ['NoSuchThing'])).toThrow(NotSupportedError);
  });
});

describe('Pattern and Matcher', () => {
  const compile = (re: string) => callStatic(ctx, PatternClass, 'compile', [re]) as NativeObject;
  const matcher = (re: string, input: string) =>
    callMethod(ctx, PatternClass, compile(re), 'matcher', [input]) as NativeObject;
  const m = (mt: NativeObject, method: string, args: ApexValue[] = []) =>
    callMethod(ctx, MatcherClass, mt, method, args);

  it('Pattern.matches needs the whole input', () => {
    expect(callStatic(ctx, PatternClass, 'matches', ['[0-9]+', '123'])).toBe(true);
    expect(callStatic(ctx, PatternClass, 'matches', ['[0-9]+', '123a'])).toBe(false);
    expect(m(matcher('^[0-9]{1,20}$', '90233546'), 'matches')).toBe(true);
  });

  it('find loops with group, start and end', () => {
    const mt = matcher('&(#[0-9]{1,7}|[a-zA-Z]+);', 'a &amp; b &#60; c');
    const found: [string, string, number, number][] = [];
    while (m(mt, 'find')) {
      found.push([
        m(mt, 'group', [0]) as string,
        m(mt, 'group', [1]) as string,
        m(mt, 'start') as number,
        m(mt, 'end') as number,
      ]);
    }
    expect(found).toEqual([
      ['&amp;', 'amp', 2, 7],
      ['&#60;', '#60', 10, 15],
    ]);
    expect(m(mt, 'groupCount')).toBe(1);
  });

  it('lookingAt matches a prefix; group before a match throws', () => {
    const mt = matcher('\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}', '2024-01-05T10:00:00.000Z');
    expect(m(mt, 'lookingAt')).toBe(true);
    const fresh = matcher('a', 'b');
    expect(() => m(fresh, 'group')).toThrow(ApexError);
  });

  it('named groups, replaceAll with Java replacement syntax, split, quote', () => {
    const mt = matcher('(?<word>[a-z]+)-(\\d+)', 'ab-12 cd-3');
    expect(m(mt, 'find')).toBe(true);
    expect(m(mt, 'group', ['word'])).toBe('ab');
    expect(m(mt, 'replaceAll', ['$2:$1'])).toBe('12:ab 3:cd');
    const parts = callMethod(ctx, PatternClass, compile(','), 'split', ['a,b,,']) as ApexList;
    expect(parts.items).toEqual(['a', 'b']);
    const quoted = callStatic(ctx, PatternClass, 'quote', ['a.b']) as string;
    expect(callStatic(ctx, PatternClass, 'matches', [quoted, 'a.b'])).toBe(true);
    expect(callStatic(ctx, PatternClass, 'matches', [quoted, 'axb'])).toBe(false);
    expect(callStatic(ctx, MatcherClass, 'quoteReplacement', ['$1\\'])).toBe('\\$1\\\\');
    expect(callMethod(ctx, PatternClass, compile('a+'), 'pattern')).toBe('a+');
  });

  it('reset re-reads input', () => {
    const mt = matcher('x', 'x');
    expect(m(mt, 'find')).toBe(true);
    expect(m(mt, 'find')).toBe(false);
    m(mt, 'reset', ['yx']);
    expect(m(mt, 'find')).toBe(true);
    expect(m(mt, 'start')).toBe(1);
  });
});
