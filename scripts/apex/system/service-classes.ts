/**
 * The service classes this folder binds (JSON, Http, Crypto, EncodingUtil, URL, DomainCreator,
 * UserInfo, TimeZone, Type, Pattern/Matcher, PageReference, Request), appended to `NATIVE_CLASSES`.
 * The `Page` namespace depends on the loaded sources: add `pageNamespace(findPageNames(dirs))`.
 */
import type { NativeClass } from '../interp/native';
import { CryptoClass } from './crypto';
import { DomainCreatorClass } from './domain';
import { EncodingUtilClass } from './encoding';
import { HttpCalloutMockInterface, HttpClass, HttpRequestClass, HttpResponseClass } from './http';
import { JsonClass } from './json';
import { PageReferenceClass } from './page';
import { MatcherClass, PatternClass } from './pattern';
import { RequestClass } from './request';
import { TypeClass } from './type';
import { UrlClass } from './url';
import { TimeZoneClass, UserInfoClass } from './userinfo';

export const SERVICE_CLASSES: NativeClass[] = [
  JsonClass,
  HttpClass,
  HttpRequestClass,
  HttpResponseClass,
  HttpCalloutMockInterface,
  CryptoClass,
  EncodingUtilClass,
  UrlClass,
  DomainCreatorClass,
  UserInfoClass,
  TimeZoneClass,
  TypeClass,
  PatternClass,
  MatcherClass,
  PageReferenceClass,
  RequestClass,
];
