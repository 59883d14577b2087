/**
 * The LivePerson field catalog (lwc-ts/liveperson/fieldCatalog): its custom metadata records are up to
 * date, every path parses, and every path resolves on at least one conversation of its channel served
 * by the LivePerson simulator (API paths against Engagement History / Messaging Interactions records,
 * SDK paths against the simulated Agent Workspace Widget SDK model).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  FIELD_CATALOG,
  MESSAGING_CONTENT,
  servesChat,
  servesMessaging,
} from '../../../lwc-ts/liveperson/fieldCatalog/fieldCatalog';
import { resolvePath, validatePath } from '../../../lwc-ts/liveperson/fieldPath/fieldPath';
import {
  CONVERSATION_KEY_SDK_PATH,
  sdkValue,
} from '../../../lwc-ts/liveperson/conversationKey/conversationKey';
import { startSimulator, type Simulator } from '../../simulator';
import { staleRecords } from '../liveperson-field-catalog';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DAY = 24 * 60 * 60_000;
const NOW = Date.parse('2026-03-01T00:00:00.000Z');

type Rec = Record<string, unknown>;
type PathKind = 'sdk' | 'api' | 'msgSdk' | 'msgApi';
const KINDS: PathKind[] = ['sdk', 'api', 'msgSdk', 'msgApi'];

describe('LivePerson field catalog', () => {
  it("has the guide's 55+ entries with unique, valid names and labels", () => {
    expect(FIELD_CATALOG.length).toBeGreaterThanOrEqual(55);
    const names = FIELD_CATALOG.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of FIELD_CATALOG) {
      expect(e.name).toMatch(/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*[A-Za-z0-9]$/);
      expect(e.name.length).toBeLessThanOrEqual(40);
      expect(e.label.length).toBeLessThanOrEqual(40);
      expect(e.category.length).toBeLessThanOrEqual(80);
      expect(servesChat(e) || servesMessaging(e)).toBe(true);
    }
  });

  it('holds only paths that parse', () => {
    const bad: string[] = [];
    for (const e of FIELD_CATALOG) {
      for (const k of KINDS) {
        const p = e[k];
        if (p === undefined) continue;
        const r = validatePath(p);
        if (!r.ok) bad.push(`${e.name}.${k}: ${r.message}`);
        if (p.length > 255) bad.push(`${e.name}.${k}: longer than 255`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('matches its custom metadata records (run `npx tsx scripts/codegen/liveperson-field-catalog.ts`)', () => {
    expect(staleRecords(ROOT)).toEqual([]);
    const objectDir = path.join(ROOT, 'force-app/main/liveperson/objects/LivePerson_Field__mdt/fields');
    expect(fs.readdirSync(objectDir).sort()).toEqual(
      [
        'Api_Field__c',
        'Category__c',
        'Chat__c',
        'Messaging__c',
        'Msg_Api_Field__c',
        'Msg_Sdk_Field__c',
        'Sdk_Field__c',
      ].map((f) => `${f}.field-meta.xml`),
    );
  });

  describe('against the simulator', () => {
    let sim: Simulator;
    const chats: Rec[] = [];
    const conversations: Rec[] = [];
    const chatModels: Rec[] = [];
    const messagingModels: Rec[] = [];

    async function search(pathAndQuery: string, body: unknown, key: string): Promise<Rec[]> {
      const out: Rec[] = [];
      for (let offset = 0; offset < 1000; offset += 100) {
        const sep = pathAndQuery.includes('?') ? '&' : '?';
        const r = await fetch(
          `${sim.url}${pathAndQuery}${sep}offset=${offset}&limit=100&source=LiveEngageForSF`,
          {
            method: 'POST',
            headers: { authorization: `Bearer ${sim.issueToken()}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          },
        );
        expect(r.status).toBe(200);
        const page = (await r.json()) as Rec;
        const records = page[key] as Rec[];
        out.push(...records);
        if (records.length < 100) break;
      }
      return out;
    }

    beforeAll(async () => {
      sim = await startSimulator({ port: 0, seed: 42, conversations: 150, days: 28, now: NOW });
      const acc = sim.account.accountId;
      const start = { from: NOW - 30 * DAY, to: NOW };
      chats.push(
        ...(await search(
          `/interaction_history/api/account/${acc}/interactions/search`,
          { start },
          'interactionHistoryRecords',
        )),
      );
      conversations.push(
        ...(await search(
          `/messaging_history/api/account/${acc}/conversations/search?v=2`,
          { start, contentToRetrieve: MESSAGING_CONTENT },
          'conversationHistoryRecords',
        )),
      );
      for (const c of chats.slice(0, 60)) {
        const m = sim.widgetModel('chat', String((c.info as Rec).engagementId));
        if (m) chatModels.push(m as Rec);
      }
      for (const c of conversations.slice(0, 60)) {
        const m = sim.widgetModel('messaging', String((c.info as Rec).conversationId));
        if (m) messagingModels.push(m as Rec);
      }
    }, 30_000);
    afterAll(() => sim.close());

    function unresolved(kind: PathKind, docs: Rec[]): string[] {
      expect(docs.length).toBeGreaterThan(20);
      return FIELD_CATALOG.filter((e) => e[kind] !== undefined)
        .filter((e) => {
          // SDK paths are read as the widget reads them (the catalog's conversation key included).
          const read = kind === 'sdk' || kind === 'msgSdk' ? sdkValue : resolvePath;
          return !docs.some((d) => ![undefined, null].includes(read(d, e[kind] as string) as null));
        })
        .map((e) => `${e.name}: ${e[kind]}`);
    }

    it('resolves every Engagement History path on a simulated chat', () => {
      expect(unresolved('api', chats)).toEqual([]);
    });

    it('resolves every Messaging Interactions path on a simulated conversation', () => {
      expect(unresolved('msgApi', conversations)).toEqual([]);
    });

    it('resolves every chat SDK path on a simulated widget model', () => {
      expect(unresolved('sdk', chatModels)).toEqual([]);
    });

    it('resolves every messaging SDK path on a simulated widget model', () => {
      expect(unresolved('msgSdk', messagingModels)).toEqual([]);
    });

    it('gives the widget the same conversation key as the history APIs give the sync', () => {
      const keys = (models: Rec[]) => models.map((m) => sdkValue(m, CONVERSATION_KEY_SDK_PATH));
      const ids = (records: Rec[], field: string) => records.map((r) => String((r.info as Rec)[field]));
      expect(keys(chatModels).length).toBeGreaterThan(20);
      expect(ids(chats, 'engagementId')).toEqual(expect.arrayContaining(keys(chatModels)));
      expect(ids(conversations, 'conversationId')).toEqual(expect.arrayContaining(keys(messagingModels)));
    });
  });
});
