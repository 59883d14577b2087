/** The primitive and collection classes this folder binds, appended to `NATIVE_CLASSES` in index.ts. */
import type { NativeClass } from '../interp/native';
import { BlobClass } from './blob';
import { IdClass, RoundingModeEnum } from './id';
import { ListClass, ListIterator } from './list';
import { MapClass } from './map';
import { MathClass } from './math';
import { BooleanClass, DecimalClass, DoubleClass, IntegerClass, LongClass } from './numbers';
import { ObjectClass } from './object-methods';
import { SetClass } from './set';
import { StringClass } from './string';
import { CLOCK_STATICS, DateClass, DatetimeClass, TimeClass } from './temporal';

/** `System.now()`, `System.today()`, `System.currentTimeMillis()`; merged with the other `System` statics. */
const SystemClockStatics: NativeClass = { name: 'System', namespace: 'System', statics: CLOCK_STATICS };

export const PRIMITIVE_CLASSES: NativeClass[] = [
  StringClass,
  IntegerClass,
  LongClass,
  DoubleClass,
  DecimalClass,
  BooleanClass,
  IdClass,
  DateClass,
  DatetimeClass,
  TimeClass,
  BlobClass,
  MathClass,
  ListClass,
  ListIterator,
  SetClass,
  MapClass,
  ObjectClass,
  RoundingModeEnum,
  SystemClockStatics,
];
