/** Runs the Apex triggers of an object for one event, with `Trigger.new/old/newMap/oldMap` of one chunk. */
import type { TriggerEvent } from '../parse/ast';
import type { RuntimeTransaction } from '../interp/runtime';
import { ApexList, ApexMap, type ApexSObject } from '../interp/values';

function idMap(records: ApexSObject[] | null, objectName: string): ApexMap | null {
  if (!records) return null;
  const map = new ApexMap({ name: 'Id' }, { name: objectName });
  for (const r of records) {
    const id = r.read('Id');
    if (id !== null) map.set(id, r);
  }
  return map;
}

export async function runTriggers(
  tx: RuntimeTransaction,
  objectName: string,
  event: TriggerEvent,
  newRecords: ApexSObject[] | null,
  oldRecords: ApexSObject[] | null,
): Promise<void> {
  const key = objectName.toLowerCase();
  for (const [name, t] of tx.runtime.registry.triggers) {
    if (t.decl.sobject.toLowerCase() !== key || !t.decl.events.includes(event)) continue;
    await tx.runTrigger(name, {
      sobject: objectName,
      event,
      new: newRecords ? new ApexList({ name: objectName }, [...newRecords]) : null,
      old: oldRecords ? new ApexList({ name: objectName }, [...oldRecords]) : null,
      newMap: event === 'before insert' ? null : idMap(newRecords, objectName),
      oldMap: idMap(oldRecords, objectName),
    });
  }
}
