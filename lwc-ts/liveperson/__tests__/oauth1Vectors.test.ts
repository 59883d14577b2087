/**
 * The OAuth 1.0a signature vectors (config/vectors/oauth1-signatures.json) are executed by the Apex
 * signer (OAuth1Signer_Tests). No browser code signs requests, so this test re-derives every expected
 * value with an independent, test-local RFC 5849 implementation over node's crypto, proving the
 * vectors themselves are right (including the Twitter docs example).
 */
import { createHmac } from 'crypto';
import vectors from '../../../config/vectors/oauth1-signatures.json';

type Case = {
  name: string;
  method: string;
  url: string;
  params: [string, string][];
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
  nonce: string;
  timestamp: string;
  expected: {
    baseUrl: string;
    baseString: string;
    signingKey: string;
    signature: string;
    authorizationHeader: string;
  };
};

const cases = vectors.cases as unknown as Case[];

function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function derive(c: Case): Case['expected'] {
  const url = new URL(c.url);
  const oauth: [string, string][] = [
    ['oauth_consumer_key', c.consumerKey],
    ['oauth_nonce', c.nonce],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', c.timestamp],
    ['oauth_token', c.token],
    ['oauth_version', '1.0'],
  ];
  const pairs = [...url.searchParams.entries(), ...c.params, ...oauth].map(([k, v]) => [
    rfc3986(k),
    rfc3986(v),
  ]);
  pairs.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
  const defaultPort =
    (url.protocol === 'https:' && url.port === '443') || (url.protocol === 'http:' && url.port === '80');
  const baseUrl = `${url.protocol}//${url.hostname}${url.port && !defaultPort ? ':' + url.port : ''}${url.pathname}`;
  const baseString = [
    c.method.toUpperCase(),
    rfc3986(baseUrl),
    rfc3986(pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  ].join('&');
  const signingKey = `${rfc3986(c.consumerSecret)}&${rfc3986(c.tokenSecret)}`;
  const signature = createHmac('sha1', signingKey).update(baseString).digest('base64');
  const header = [...oauth, ['oauth_signature', signature] as [string, string]]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}="${rfc3986(v)}"`)
    .join(', ');
  return { baseUrl, baseString, signingKey, signature, authorizationHeader: `OAuth ${header}` };
}

describe('oauth1-signatures contract vectors', () => {
  it('includes the Twitter docs public example', () => {
    const twitter = cases.find((c) => c.name.startsWith('Twitter'));
    expect(twitter?.expected.signature).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
    expect(twitter?.expected.baseString).toBe(
      'POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
    );
  });

  it('never signs a JSON body: LivePerson cases carry only query parameters', () => {
    for (const c of cases.filter(
      (x) => x.url.includes('liveperson.net') && x.method.toUpperCase() === 'POST',
    )) {
      expect(c.params.every(([k]) => k !== 'body')).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('re-derives: %s', (_name, c) => {
    expect(derive(c)).toEqual(c.expected);
  });
});
