/** The service classes run from Apex source through the interpreter. */
import { run, tx } from '../../interp/__tests__/harness';

const DTO = {
  'Dto.cls': `public class Dto {
    public String name = 'x';
    public Integer n;
    public transient String hidden = 'h';
    public List<Item> items = new List<Item>();
    public class Item { public Decimal price; }
  }`,
};

const MOCK = {
  'Mock.cls': `public class Mock implements HttpCalloutMock {
    public List<HttpRequest> requests = new List<HttpRequest>();
    public HttpResponse respond(HttpRequest req) {
      requests.add(req);
      HttpResponse res = new HttpResponse();
      res.setStatusCode(200);
      res.setHeader('Content-Type', 'application/json');
      res.setBody('{"echo":"' + req.getMethod() + ' ' + req.getEndpoint() + '"}');
      return res;
    }
  }`,
};

describe('JSON from Apex', () => {
  it('deserializeUntyped builds Map<String,Object> / List<Object>; numbers typed Integer and Decimal', async () => {
    expect(
      await run(`Map<String, Object> m = (Map<String, Object>) JSON.deserializeUntyped('{"a":[1,2.50],"b":{"c":null}}');
        List<Object> l = (List<Object>) m.get('a');
        return (l[0] instanceof Integer) + ' ' + (l[1] instanceof Decimal) + ' ' + JSON.serialize(m);`),
    ).toBe('true true {"a":[1,2.50],"b":{"c":null}}');
  });

  it('a wrong cast names ANY, as Apex does', async () => {
    await expect(
      run(`List<Object> l = (List<Object>) JSON.deserializeUntyped('{}'); return l;`),
    ).rejects.toThrow('Map<String,ANY>');
  });

  it('serializes Apex objects in field order, transient skipped, and reads them back', async () => {
    expect(
      await run(
        `Dto d = new Dto(); Dto.Item i = new Dto.Item(); i.price = 1.10; d.items.add(i);
         String s = JSON.serialize(d);
         Dto back = (Dto) JSON.deserialize('{"NAME":"y","items":[{"price":2.5}],"unknown":1}', Dto.class);
         return s + ' ' + back.name + ' ' + back.items[0].price + ' ' + JSON.serialize(d, true);`,
        DTO,
      ),
    ).toBe('{"name":"x","n":null,"items":[{"price":1.10}]} y 2.5 {"name":"x","items":[{"price":1.10}]}');
  });

  it('enums serialize by name; the JWT payload pattern of the product decodes', async () => {
    expect(
      await run(
        `String payload = EncodingUtil.base64Encode(Blob.valueOf('{"exp":1768482000,"k":"RED"}')).replace('=', '');
         while (Math.mod(payload.length(), 4) != 0) { payload += '='; }
         Map<String, Object> claims = (Map<String, Object>) JSON.deserializeUntyped(EncodingUtil.base64Decode(payload).toString());
         return JSON.serialize(new List<Object>{ E.RED, claims.get('exp') instanceof Long, claims.get('k') });`,
        { 'E.cls': 'public enum E { RED, GREEN }' },
      ),
    ).toBe('["RED",false,"RED"]');
  });

  it('deserializeStrict throws a catchable JSONException', async () => {
    expect(
      await run(
        `try { JSON.deserializeStrict('{"nope":1}', Dto.class); return 'no'; }
         catch (JSONException e) { return e.getMessage(); }`,
        DTO,
      ),
    ).toBe('Unknown field: Dto.nope');
  });

  it('malformed JSON is a JSONException', async () => {
    expect(
      await run(
        `try { JSON.deserializeUntyped('<html>'); return 'no'; } catch (System.JSONException e) { return e.getTypeName(); }`,
      ),
    ).toBe('System.JSONException');
  });
});

describe('Http from Apex', () => {
  it('the transaction mock (Test.setMock) answers callouts; the mock sees the request', async () => {
    const t = tx({
      ...MOCK,
      'T.cls': `public class T { public static Object run(Mock m) {
        HttpRequest req = new HttpRequest();
        req.setEndpoint('https://x.test/a');
        req.setMethod('GET');
        HttpResponse res = new Http().send(req);
        return res.getStatusCode() + ' ' + res.getHeader('Content-Type') + ' ' + res.getBody() + ' ' + m.requests.size()
          + ' ' + Limits.getCallouts();
      } }`,
    });
    const mock = await t.newInstance('Mock');
    t.calloutMock = mock;
    expect(await t.callStatic('T', 'run', [mock])).toBe(
      '200 application/json {"echo":"GET https://x.test/a"} 1 1',
    );
  });

  it('a test callout without a mock is a CalloutException', async () => {
    expect(
      await run(`HttpRequest req = new HttpRequest(); req.setEndpoint('https://x.test'); req.setMethod('GET');
        try { new Http().send(req); return 'no'; } catch (CalloutException e) { return e.getMessage(); }`),
    ).toBe('Methods defined as TestMethod do not support Web service callouts');
  });
});

describe('encoding, crypto, regex, types from Apex', () => {
  it('HMAC-SHA256 in Base64, urlEncode form encoding', async () => {
    expect(
      await run(`return EncodingUtil.convertToHex(Crypto.generateMac('hmacSHA256', Blob.valueOf('data'), Blob.valueOf('key')))
        + ' ' + EncodingUtil.urlEncode('a b*~', 'UTF-8');`),
    ).toBe('5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0 a+b*%7E');
  });

  it('Pattern and Matcher', async () => {
    expect(
      await run(`Matcher m = Pattern.compile('(\\\\d+)-(\\\\w+)').matcher('x 12-ab');
        return m.find() + ' ' + m.group(1) + ' ' + m.group(2) + ' ' + m.start() + ' ' + Pattern.matches('[0-9]+', '123');`),
    ).toBe('true 12 ab 2 true');
  });

  it('X.class.getName()', async () => {
    expect(await run(`return Dto.class.getName() + ' ' + Dto.Item.class.getName();`, DTO)).toBe(
      'Dto Dto.Item',
    );
  });
});
