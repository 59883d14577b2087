/**
 * Query rows → `ApexSObject`s: the selected fields (Id always), each parent reached through a
 * relationship path as a nested sObject (null when the reference is empty), `queried` set at every
 * level so that reading an unselected field throws in the interpreter.
 */
import { ApexSObject, type ApexValue } from '../interp/values';
import type { Located, ParentResolver } from './records';
import { readStored } from './records';
import type { ResolvedPath } from './paths';

function fresh(at: Located): ApexSObject {
  const so = new ApexSObject(at.object.name);
  so.queried = new Set(['id']);
  so.write('Id', readStored(at.record, 'Id'));
  return so;
}

function put(so: ApexSObject, name: string, value: ApexValue): void {
  so.write(name, value);
  so.queried?.add(name.toLowerCase());
}

export async function projectRecord(
  root: Located,
  paths: ResolvedPath[],
  parents: ParentResolver,
): Promise<ApexSObject> {
  const top = fresh(root);
  const located = new Map<ApexSObject, Located>([[top, root]]);
  for (const path of paths) {
    let so: ApexSObject | null = top;
    for (const hop of path.hops) {
      const at: Located = located.get(so)!;
      // The foreign key comes back with its relationship (JSON of such rows carries both).
      put(so, hop.field.name, readStored(at.record, hop.field.name));
      const key = hop.relationshipName.toLowerCase();
      if (!so.has(key)) {
        const parent = await parents.follow(at.record, hop);
        const child: ApexSObject | null = parent ? fresh(parent) : null;
        if (child && parent) located.set(child, parent);
        put(so, hop.relationshipName, child);
      }
      const next = so.read(key);
      so = next instanceof ApexSObject ? next : null;
      if (so === null) break;
    }
    if (so === null) continue;
    const at = located.get(so)!;
    if (at.object.fields.has(path.field.name.toLowerCase()))
      put(so, path.field.name, readStored(at.record, path.field.name));
  }
  return top;
}
