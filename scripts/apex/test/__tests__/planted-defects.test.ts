/**
 * Proof that the offline runtime can fail: each case runs `force-app` with ONE defect planted in a
 * product class by an exact text replacement (in memory), runs the Apex tests that cover the
 * path, and expects them to fail with the Apex exception. The same tests must pass unplanted (the
 * control), so the failure comes from the defect, not from the runtime.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORCE_APP, runApexTests } from '../runner';
import type { TestResult } from '../report';

interface PlantedDefect {
  /** Product class file, relative to force-app. */
  file: string;
  /** Text that must occur exactly once in the file, and what replaces it. */
  replace: string;
  with: string;
  /** The Apex test methods (`Class.method`) that cover the path. */
  tests: string[];
  /** What each of those tests must fail with. */
  failure: RegExp;
}

const NULL_DEREFERENCE: PlantedDefect = {
  file: 'main/liveperson/classes/LivePersonTranscript.cls',
  // A chat line without textType (the contract vectors have some) is no longer defaulted to plain.
  replace: "textType = textType == null ? 'plain' : textType.toLowerCase();",
  with: 'textType = textType.toLowerCase();',
  tests: ['LivePersonTranscript_Tests.it_should_render_every_vector'],
  failure:
    /^System\.NullPointerException: Attempt to de-reference a null object\nClass\.LivePersonTranscript\.chatLine: line \d+/,
};

const SOQL_IN_A_LOOP: PlantedDefect = {
  file: 'main/core/classes/LeadConversionHandler.cls',
  // One query per converted lead instead of one per trigger invocation; the bulk tests convert 200.
  replace: [
    '            Set<Id> leadIds = convertedLeads.keySet();',
    '            List<Chat_Transcript__c> transcripts = [',
    '                SELECT Id, Lead__c, Account__c, Contact__c, Opportunity__c',
    '                FROM Chat_Transcript__c',
    '                WHERE Lead__c IN :leadIds',
    '                WITH SYSTEM_MODE',
    '            ];',
  ].join('\n'),
  with: [
    '            List<Chat_Transcript__c> transcripts = new List<Chat_Transcript__c>();',
    '            for (Id leadId : convertedLeads.keySet()) {',
    '                transcripts.addAll([',
    '                    SELECT Id, Lead__c, Account__c, Contact__c, Opportunity__c',
    '                    FROM Chat_Transcript__c',
    '                    WHERE Lead__c = :leadId',
    '                    WITH SYSTEM_MODE',
    '                ]);',
    '            }',
  ].join('\n'),
  tests: [
    'LeadConversionHandler_Tests.it_should_link_transcripts_of_200_converted_leads',
    'LeadConversionHandler_Tests.it_should_relink_200_leads_with_one_query_and_one_dml',
  ],
  failure: /^System\.LimitException: Too many SOQL queries: 101$/,
};

const CALLOUT_AFTER_DML: PlantedDefect = {
  file: 'main/liveperson/classes/OAuth2ClientCredentials.cls',
  // A new token is logged by a direct insert between the token callout and the API callout.
  replace: '        writeChunks(jwt, expires);\n        return jwt;',
  with: [
    '        writeChunks(jwt, expires);',
    "        insert as system new Event_Log__c(Type__c = EventLogWriter.TYPE_CONFIGURATION, Message__c = 'New token');",
    '        return jwt;',
  ].join('\n'),
  tests: [
    'LivePersonClient_Tests.it_should_list_skills_with_oauth2_resolving_domain_and_token',
    'LivePersonClient_Tests.it_should_save_the_caches_after_the_last_callout',
  ],
  // LivePersonHttp catches System.CalloutException and rethrows it as LivePersonApiException with the
  // platform's message (transportFailure), as it would in an org; governor-limits.test.ts shows the
  // bare System.CalloutException of the same rule.
  failure:
    /^LivePersonApiException: Could not reach LivePerson: You have uncommitted work pending\. Please commit or rollback before calling out\n(.*\n)*Class\.LivePersonHttp\.transportFailure: line \d+/,
};

const CASES: [string, PlantedDefect][] = [
  ['a null dereference on a tested path', NULL_DEREFERENCE],
  ['a SOQL query in a loop driven past 100 queries by a 200-record test', SOQL_IN_A_LOOP],
  ['a callout after DML in the same transaction', CALLOUT_AFTER_DML],
];

/** The package's sources with the defect planted in one class (the files on disk are not touched). */
function plant(defect: PlantedDefect): Map<string, string> {
  const file = path.join(FORCE_APP, defect.file);
  const source = fs.readFileSync(file, 'utf8');
  const found = source.split(defect.replace).length - 1;
  if (found !== 1) {
    throw new Error(
      `${defect.file}: the text to replace occurs ${found} times (expected once); the source moved`,
    );
  }
  return new Map([[file, source.replace(defect.replace, () => defect.with)]]);
}

const outcomes = (results: TestResult[]) =>
  results
    .map((r) => ({ name: r.name, outcome: r.outcome, message: r.message ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));

test('control: the covering tests pass unplanted', async () => {
  const all = CASES.flatMap(([, d]) => d.tests).sort((a, b) => a.localeCompare(b));
  const results = await runApexTests({ only: all });
  expect(outcomes(results)).toEqual(all.map((name) => ({ name, outcome: 'pass', message: '' })));
}, 120_000);

describe.each(CASES)('planted: %s', (_title, defect) => {
  test(`fails ${defect.tests.join(', ')}`, async () => {
    const results = await runApexTests({ sourceOverrides: plant(defect), only: defect.tests });
    expect(outcomes(results)).toEqual(
      [...defect.tests]
        .sort((a, b) => a.localeCompare(b))
        .map((name) => ({
          name,
          outcome: 'fail',
          message: expect.stringMatching(defect.failure) as unknown,
        })),
    );
  }, 120_000);
});
