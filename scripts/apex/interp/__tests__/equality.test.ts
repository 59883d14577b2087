/** `==` on instances of a class that declares equals/hashCode calls its equals(); Set/Map keys are a known gap. */
import { run } from './harness';

const POINT = {
  'Point.cls': `public class Point {
    Integer x; Integer y;
    public Point(Integer x, Integer y) { this.x = x; this.y = y; }
    public Boolean equals(Object o) { if (!(o instanceof Point)) return false; Point p = (Point) o; return p.x == x && p.y == y; }
    public Integer hashCode() { return 31 * x + y; }
  }`,
  'Box.cls': `public class Box { Integer v; public Box(Integer v) { this.v = v; } }`,
};

test('== and != call equals(Object); === compares references', async () => {
  expect(
    await run(
      `Point a = new Point(1, 2); Point b = new Point(1, 2); Point c = new Point(2, 1);
       return (a == b) + ',' + (a != c) + ',' + (a === b) + ',' + (a == null) + ',' + a.equals(b);`,
      POINT,
    ),
  ).toBe('true,true,false,false,true');
});

test('without an equals override == compares references', async () => {
  expect(await run(`Box a = new Box(1); Box b = a; return (a == new Box(1)) + ',' + (a == b);`, POINT)).toBe(
    'false,true',
  );
});

test('as a Set member the override is not run: a named runtime gap', async () => {
  await expect(
    run(`Set<Point> s = new Set<Point>{ new Point(1, 2) }; return s.size();`, POINT),
  ).rejects.toThrow('not supported by the offline runtime: Point.hashCode() used by a Set/Map key');
});
