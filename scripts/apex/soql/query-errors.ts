/** `System.QueryException` messages in Salesforce's wording (as the API and Apex report them). */
import { ApexError } from '../lang/errors';

const REFERENCE = 'Please reference your WSDL or the describe call for the appropriate names.';

export function noSuchObject(name: string): ApexError {
  return new ApexError(
    'System.QueryException',
    `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. ${REFERENCE}`,
  );
}

export function noSuchColumn(field: string, objectName: string): ApexError {
  return new ApexError(
    'System.QueryException',
    `No such column '${field}' on entity '${objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. ${REFERENCE}`,
  );
}

export function unknownRelationship(
  name: string,
  where: 'field path' | 'FROM part of query call',
): ApexError {
  return new ApexError(
    'System.QueryException',
    `Didn't understand relationship '${name}' in ${where}. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${REFERENCE}`,
  );
}

export function queryError(message: string): ApexError {
  return new ApexError('System.QueryException', message);
}
