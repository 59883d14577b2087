/** Triggers: context variables for each event, body locals run each time, nested trigger contexts. */
import { ApexList, ApexMap, ApexSObject } from '../values';
import { ApexId } from '../../lang/id';
import { listPlatform } from './fake-platform';
import { runtimeOf } from './harness';

const SOURCES = {
  'Seen.cls': `public class Seen { public static List<String> log = new List<String>();
    public static String text() { return String.join(log, '|') + '|' + Trigger.isExecuting; } }`,
  'AccountTrigger.trigger': `trigger AccountTrigger on Account (before insert, after update, before delete) {
    Integer n = Trigger.size;
    String flags = Trigger.isBefore + '/' + Trigger.isAfter + '/' + Trigger.isInsert + '/' + Trigger.isUpdate + '/' + Trigger.isDelete;
    String names = '';
    if (Trigger.new != null) for (Account a : Trigger.new) names += a.Name;
    if (Trigger.isUpdate) names += '<' + ((Account) Trigger.oldMap.values()[0]).Name;
    Seen.log.add(n + ':' + flags + ':' + names + ':' + Trigger.isExecuting);
  }`,
};

function account(name: string, id: string): ApexSObject {
  const a = new ApexSObject('Account');
  a.write('Id', ApexId.of(id));
  a.write('Name', name);
  return a;
}

function list(...rows: ApexSObject[]): ApexList {
  return new ApexList({ name: 'Account' }, rows);
}

test('each event sees its context variables; body locals are fresh on every run', async () => {
  const rt = runtimeOf(SOURCES, listPlatform([]));
  const tx = rt.transaction({ isTest: true });
  const a = account('A', '001000000000001');
  const b = account('B', '001000000000002');
  await tx.runTrigger('AccountTrigger', {
    sobject: 'Account',
    event: 'before insert',
    new: list(a, b),
    old: null,
    newMap: null,
    oldMap: null,
  });
  const oldMap = new ApexMap({ name: 'Id' }, { name: 'Account' });
  oldMap.set(a.read('Id'), account('Old', '001000000000001'));
  await tx.runTrigger('AccountTrigger', {
    sobject: 'Account',
    event: 'after update',
    new: list(a),
    old: list(account('Old', '001000000000001')),
    newMap: null,
    oldMap,
  });
  await tx.runTrigger('AccountTrigger', {
    sobject: 'Account',
    event: 'before delete',
    new: null,
    old: list(a),
    newMap: null,
    oldMap: null,
  });
  // An event the trigger does not declare does not run it.
  await tx.runTrigger('AccountTrigger', {
    sobject: 'Account',
    event: 'after insert',
    new: list(a),
    old: null,
    newMap: null,
    oldMap: null,
  });
  expect(await tx.callStatic('Seen', 'text')).toBe(
    '2:true/false/true/false/false:AB:true|1:false/true/false/true/false:A<Old:true|1:true/false/false/false/true::true|false',
  );
});
