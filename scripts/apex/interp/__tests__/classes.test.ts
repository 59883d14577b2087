/** Classes: inheritance, interfaces, abstract/virtual dispatch, properties, static state, enums. */
import { run, tx } from './harness';

const SHAPES = {
  'Shape.cls': `public interface Shape { Decimal area(); String name(); }`,
  'Base.cls': `public abstract class Base implements Shape {
    protected String label;
    public Base(String label) { this.label = label; }
    public abstract Decimal area();
    public virtual String name() { return 'base ' + label; }
    public String describe() { return name() + '=' + area(); }
  }`,
  'Square.cls': `public virtual class Square extends Base {
    Decimal side;
    public Square(Decimal side) { super('square'); this.side = side; }
    public override Decimal area() { return side * side; }
    public override String name() { return 'square(' + super.name() + ')'; }
  }`,
  'Cube.cls': `public class Cube extends Square {
    public Cube() { this(2); }
    public Cube(Decimal side) { super(side); }
  }`,
};

describe('inheritance and interfaces', () => {
  test('virtual dispatch from the base class reaches the override; super calls the parent', async () => {
    expect(await run(`return new Square(3).describe();`, SHAPES)).toBe('square(base square)=9');
  });
  test('constructor chaining with this(…) and super(…); methods inherited two levels up', async () => {
    expect(await run(`return new Cube().describe();`, SHAPES)).toBe('square(base square)=4');
  });
  test('instanceof and casts follow the class chain and interfaces', async () => {
    expect(
      await run(
        `Object o = new Cube(); Shape s = (Shape) o;
         return (o instanceof Shape) + ',' + (o instanceof Base) + ',' + (o instanceof Square) + ',' + s.area();`,
        SHAPES,
      ),
    ).toBe('true,true,true,4');
  });
  test('a failed cast is a TypeException', async () => {
    await expect(run(`Object o = new Square(1); Cube c = (Cube) o; return c;`, SHAPES)).rejects.toThrow(
      'System.TypeException',
    );
  });
  test('an interface list holds different implementations', async () => {
    const total = await run(
      `List<Shape> xs = new List<Shape>{ new Square(1), new Cube(3) };
       Decimal t = 0; for (Shape s : xs) t += s.area(); return t;`,
      SHAPES,
    );
    expect(String(total)).toBe('10');
  });
  test('inner classes see the outer class statics; overloads pick by argument type', async () => {
    expect(
      await run(`return Outer.Inner.go();`, {
        'Outer.cls': `public class Outer {
          static String prefix = 'p';
          static String f(Integer i) { return 'int'; }
          static String f(String s) { return 'str'; }
          public class Inner { public static String go() { return prefix + f(1) + f('a'); } }
        }`,
      }),
    ).toBe('pintstr');
  });
});

describe('properties', () => {
  const PROPS = {
    'P.cls': `public class P {
      public Integer auto { get; set; }
      public String ro { get; private set; }
      public Integer calls = 0;
      public Integer doubled { get { calls++; return auto * 2; } }
      public String upper { get; set { upper = value.toUpperCase(); } }
      public static Integer counter { get { if (counter == null) counter = 0; return ++counter; } private set; }
      public P() { ro = 'set inside'; }
    }`,
  };
  test('auto properties, computed getters, custom setters with value, private set', async () => {
    expect(
      await run(
        `P p = new P(); p.auto = 21; p.upper = 'abc';
         return p.auto + ',' + p.doubled + ',' + p.doubled + ',' + p.calls + ',' + p.upper + ',' + p.ro;`,
        PROPS,
      ),
    ).toBe('21,42,42,2,ABC,set inside');
  });
  test('a static property getter runs on every read, backed by its own value', async () => {
    expect(await run(`return P.counter + P.counter + P.counter;`, PROPS)).toBe(6);
  });
  test('an unset property reads null', async () => {
    expect(await run(`return new P().auto;`, PROPS)).toBe(null);
  });
});

describe('static state', () => {
  const STATICS = {
    'S.cls': `public class S {
      public static Integer inits = 0;
      public static List<String> log = new List<String>{ 'field' };
      static { inits++; log.add('block'); }
      public static Integer bump() { return ++inits; }
    }`,
    'Sub.cls': `public class Sub { public static String read() { return S.inits + ':' + String.join(S.log, ','); } }`,
  };
  test('static initialisers run once per transaction, in order, on first use', async () => {
    const t = tx(STATICS);
    expect(await t.callStatic('Sub', 'read')).toBe('1:field,block');
    expect(await t.callStatic('S', 'bump')).toBe(2);
    expect(await t.callStatic('Sub', 'read')).toBe('2:field,block');
  });
  test('a new transaction starts with fresh statics', async () => {
    const t1 = tx(STATICS);
    await t1.callStatic('S', 'bump');
    const t2 = tx(STATICS);
    expect(await t2.callStatic('Sub', 'read')).toBe('1:field,block');
  });
  test('instance initialisers and field initialisers run per instance before the constructor body', async () => {
    expect(
      await run(`return new I().trace;`, {
        'I.cls': `public class I { public String trace = 'f'; { trace += 'b'; } public I() { trace += 'c'; } }`,
      }),
    ).toBe('fbc');
  });
});

describe('enums', () => {
  const ENUMS = {
    'Color.cls': `public enum Color { RED, GREEN, BLUE }`,
  };
  test('values(), name(), ordinal(), valueOf, equality and switch', async () => {
    expect(
      await run(
        `Color c = Color.valueOf('GREEN'); String s = '';
         switch on c { when RED { s = 'r'; } when GREEN, BLUE { s = 'gb'; } }
         return Color.values().size() + ',' + c.name() + ',' + c.ordinal() + ',' + (c == Color.GREEN) + ',' + s + ',' + Color.BLUE;`,
        ENUMS,
      ),
    ).toBe('3,GREEN,1,true,gb,BLUE');
  });
  test('valueOf with an unknown name throws', async () => {
    await expect(run(`return Color.valueOf('PINK');`, ENUMS)).rejects.toThrow(
      'System.NoSuchElementException',
    );
  });
  test('enum constants work as Set members and Map keys', async () => {
    expect(
      await run(
        `Set<Color> s = new Set<Color>{ Color.RED, Color.RED, Color.BLUE }; Map<Color, Integer> m = new Map<Color, Integer>{ Color.RED => 1 };
         return s.size() + ',' + m.get(Color.RED) + ',' + s.contains(Color.GREEN);`,
        ENUMS,
      ),
    ).toBe('2,1,false');
  });
});
