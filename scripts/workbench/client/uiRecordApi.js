/**
 * `lightning/uiRecordApi` in the workbench, backed by the local org (`/__ui/...`). Record shape as
 * in UI API: `{ apiName, id, fields: { Name: { value, displayValue } } }`.
 */
import { wireAdapter } from './wireAdapter';

async function post(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body || {}),
  });
  const payload = await res.json().catch(() => null);
  if (!res.ok) {
    throw {
      status: res.status,
      ok: false,
      body: { message: (payload && payload.message) || res.statusText },
    };
  }
  return payload;
}

const fieldName = (f) => (typeof f === 'string' ? f.split('.').slice(1).join('.') : f && f.fieldApiName);
const fieldNames = (list) => (Array.isArray(list) ? list : list ? [list] : []).map(fieldName).filter(Boolean);

const listeners = new Set();

export const getRecord = wireAdapter(
  (c) =>
    c.recordId
      ? post('/__ui/records/get', {
          recordId: c.recordId,
          fields: [...fieldNames(c.fields), ...fieldNames(c.optionalFields)],
        })
      : Promise.resolve(undefined),
  listeners,
);

export function getFieldValue(record, field) {
  const name = fieldName(field);
  if (!record || !name) return undefined;
  let cur = record;
  for (const part of name.split('.')) {
    const f = cur && cur.fields && cur.fields[part];
    if (!f) return undefined;
    cur = f.value;
  }
  return cur;
}

export function getFieldDisplayValue(record, field) {
  const name = fieldName(field);
  const f = record && record.fields && name && record.fields[name];
  return f ? (f.displayValue !== null && f.displayValue !== undefined ? f.displayValue : f.value) : undefined;
}

function notifyAll() {
  listeners.forEach((l) => l());
}

export async function createRecord(recordInput) {
  const r = await post('/__ui/records/create', recordInput);
  notifyAll();
  return r;
}

export async function updateRecord(recordInput) {
  const r = await post('/__ui/records/update', recordInput);
  notifyAll();
  return r;
}

export async function deleteRecord(recordId) {
  await post('/__ui/records/delete', { recordId });
  notifyAll();
}

export function notifyRecordUpdateAvailable() {
  notifyAll();
  return Promise.resolve();
}

export function getRecordNotifyChange() {
  notifyAll();
}

export function generateRecordInputForCreate(record) {
  const fields = {};
  Object.keys((record && record.fields) || {}).forEach((k) => {
    fields[k] = record.fields[k].value;
  });
  return { apiName: record && record.apiName, fields };
}

export function generateRecordInputForUpdate(record) {
  const input = generateRecordInputForCreate(record);
  input.fields.Id = record && record.id;
  return { fields: input.fields };
}
