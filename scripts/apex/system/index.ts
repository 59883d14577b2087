/** The registry of native (built-in) classes bound into the interpreter. Append new bindings here. */
import type { NativeClass } from '../interp/native';
import { TriggerClass } from '../interp/trigger-class';
import { AssertClass, SystemAssertStatics } from './assert';
import { PRIMITIVE_CLASSES } from './primitives';
import { SCHEMA_CLASSES } from './schema';
import { ASYNC_CLASSES } from './async';
import { DATABASE_CLASSES } from './database';
import { LEAD_CONVERT_CLASSES } from './lead-convert';
import { SECURITY_CLASSES } from './security';
import { DML_RESULT_CLASSES } from './dml-result-classes';
import { EVENTBUS_CLASS } from './eventbus';
import { LIMITS_CLASS } from './limits-class';
import { TEST_CLASSES } from './test';
import { SEARCH_CLASS } from './search';
import { SERVICE_CLASSES } from './service-classes';

/** Entries with the same namespace and name are merged (several modules bind statics of `System`). */
export const NATIVE_CLASSES: NativeClass[] = [
  AssertClass,
  SystemAssertStatics,
  TriggerClass,
  ...PRIMITIVE_CLASSES,
  ...SCHEMA_CLASSES,
  ...ASYNC_CLASSES,
  ...DATABASE_CLASSES,
  ...LEAD_CONVERT_CLASSES,
  ...SECURITY_CLASSES,
  ...DML_RESULT_CLASSES,
  EVENTBUS_CLASS,
  LIMITS_CLASS,
  ...TEST_CLASSES,
  SEARCH_CLASS,
  ...SERVICE_CLASSES,
];
