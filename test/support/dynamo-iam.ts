/**
 * What IAM would decide about the DynamoDB requests a function's code sends; DynamoDB Local never
 * asks. Three parts:
 * - every DynamoDBClient records the requests it sends, as they go over the wire, under the name
 *   of the function whose invocation sent them (`asFunction`, kept across awaits by AsyncLocalStorage);
 * - a request becomes the accesses IAM authorises: action, resource ARN and `dynamodb:LeadingKeys`.
 *   A transaction is authorised item by item, each as its own action (PutItem, UpdateItem,
 *   DeleteItem, ConditionCheckItem: docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html);
 *   a Query on a GSI is on the index's ARN and names only the index's partition key value, which is
 *   what LeadingKeys can hold for it;
 * - the Allow statements of each role in the synthesised template decide each access.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import type { BuildMiddleware } from '@smithy/types';
import { App } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { FeedbackStack } from '../../infra/feedback-stack.ts';
import { FeedbackFunction } from '../../infra/constructs/feedback-function.ts';
import { settingsFromContext } from '../../infra/settings.ts';
import { TABLE_SCHEMA } from '../../shared/adapters/table-schema.ts';

type AttributeValues = Record<string, { S?: string }>;
type RequestBody = Record<string, any>;

export interface SentRequest {
  fn: string;
  operation: string;
  body: RequestBody;
}

export interface Access {
  action: string;
  resource: string;
  leadingKeys: string[];
}

const ACCOUNT_TABLE_ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/';
const invocation = new AsyncLocalStorage<string>();
const sent: SentRequest[] = [];

/** Runs one invocation of `fn`'s handler: what its DynamoDB clients send meanwhile is recorded as sent by `fn`. */
export function asFunction<T>(fn: string, invoke: () => Promise<T>): Promise<T> {
  return invocation.run(fn, invoke);
}

export function requestsSentBy(fn: string): SentRequest[] {
  return sent.filter((request) => request.fn === fn);
}

/** Starts the record afresh (each test judges the requests it made). */
export function forgetSentRequests(): void {
  sent.length = 0;
}

const recordRequest: BuildMiddleware<any, any> = (next) => async (args) => {
  const fn = invocation.getStore();
  const request = args.request as { headers: Record<string, string>; body: string | Uint8Array };
  // The test's own set-up and reads run outside any invocation and are not the functions' requests.
  if (fn) {
    const body = typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body);
    sent.push({ fn, operation: request.headers['x-amz-target']!.split('.')[1]!, body: JSON.parse(body) });
  }
  return next(args);
};

/** The SDK module with a DynamoDBClient that records each request it builds (for `vi.mock`). */
export function withRecordingClient<T extends { DynamoDBClient: new (...args: any[]) => { middlewareStack: any } }>(sdk: T): T {
  class RecordingDynamoDBClient extends sdk.DynamoDBClient {
    constructor(...args: any[]) {
      super(...args);
      this.middlewareStack.add(recordRequest, { step: 'build', name: 'recordRequestForIam' });
    }
  }
  return { ...sdk, DynamoDBClient: RecordingDynamoDBClient };
}

const partitionKeyOf = (item: AttributeValues) => item[TABLE_SCHEMA.partitionKey]!.S!;
export const tableArn = (tableName: string) => ACCOUNT_TABLE_ARN + tableName;

/** The partition key value a Query's key condition names: the table's, or on a GSI the index's. */
function queriedPartition(body: RequestBody): string {
  const keyName = body.IndexName ? TABLE_SCHEMA.indexes.find((index) => index.name === body.IndexName)!.partitionKey : TABLE_SCHEMA.partitionKey;
  const names: Record<string, string> = body.ExpressionAttributeNames ?? {};
  for (const [, name, value] of (body.KeyConditionExpression as string).matchAll(/(#?\w+)\s*=\s*(:\w+)/g)) {
    if ((names[name!] ?? name) === keyName) return body.ExpressionAttributeValues[value!].S;
  }
  throw new Error(`no equality on ${keyName} in the key condition "${body.KeyConditionExpression}"`);
}

const TRANSACT_WRITE_ACTIONS = { Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem', ConditionCheck: 'ConditionCheckItem' } as const;

/** The accesses IAM authorises for one request, each with the partition keys it touches. */
export function accessesOf({ operation, body }: SentRequest): Access[] {
  const access = (action: string, tableName: string, leadingKeys: string[]): Access => ({ action: `dynamodb:${action}`, resource: tableArn(tableName), leadingKeys });
  switch (operation) {
    case 'GetItem':
    case 'UpdateItem':
    case 'DeleteItem':
      return [access(operation, body.TableName, [partitionKeyOf(body.Key)])];
    case 'PutItem':
      return [access(operation, body.TableName, [partitionKeyOf(body.Item)])];
    case 'Query':
      return [{ ...access(operation, body.TableName, [queriedPartition(body)]), ...(body.IndexName ? { resource: `${tableArn(body.TableName)}/index/${body.IndexName}` } : {}) }];
    case 'BatchGetItem':
      return Object.entries(body.RequestItems as Record<string, { Keys: AttributeValues[] }>).map(([table, { Keys }]) => access(operation, table, Keys.map(partitionKeyOf)));
    case 'BatchWriteItem':
      return Object.entries(body.RequestItems as Record<string, { PutRequest?: { Item: AttributeValues }; DeleteRequest?: { Key: AttributeValues } }[]>).map(([table, writes]) =>
        access(operation, table, writes.map((write) => partitionKeyOf(write.PutRequest?.Item ?? write.DeleteRequest!.Key))),
      );
    case 'TransactWriteItems':
      return (body.TransactItems as Record<keyof typeof TRANSACT_WRITE_ACTIONS, RequestBody>[]).map((item) => {
        const [kind, write] = Object.entries(item)[0]! as [keyof typeof TRANSACT_WRITE_ACTIONS, RequestBody];
        return access(TRANSACT_WRITE_ACTIONS[kind], write.TableName, [partitionKeyOf(write.Item ?? write.Key)]);
      });
    default:
      throw new Error(`${operation}: how IAM authorises it is not modelled here; add it to accessesOf`);
  }
}

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** An IAM pattern (`*`, `?`) as a regular expression; actions compare case-insensitively, ARNs exactly. */
function glob(pattern: string, ignoreCase: boolean): RegExp {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '');
}

function conditionHolds(condition: Statement['Condition'], access: Access): boolean {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      if (operator !== 'ForAllValues:StringLike' || key !== 'dynamodb:LeadingKeys') throw new Error(`condition ${operator} ${key} is not modelled here`);
      const patterns = [values].flat().map((value) => glob(String(value), false));
      if (!access.leadingKeys.every((leadingKey) => patterns.some((pattern) => pattern.test(leadingKey)))) return false;
    }
  }
  return true;
}

export interface RolePolicies {
  /** Whether an Allow statement of the function's role (by its construct id: `Process`, `Api`…) allows the access. */
  allows(functionId: string, access: Access): boolean;
}

/**
 * The stack synthesised as deployed but without bundling the handlers (seconds, not minutes),
 * the table's ARN standing for the test table's so that requests and statements compare.
 */
export function synthesiseRolePolicies(tableName: string): RolePolicies {
  const { context } = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ context: { ...context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new FeedbackStack(app, 'IamTest', { settings: settingsFromContext(app.node) });
  const { Resources } = app.synth().getStackByName('IamTest').template as { Resources: Record<string, { Type: string; Properties: any }> };
  const logicalId = (element: unknown) => stack.getLogicalId(element as CfnElement);
  const table = logicalId(stack.node.findChild('Storage').node.findChild('Table').node.defaultChild);

  const resolve = (value: any): string => {
    if (typeof value === 'string') return value;
    if (value['Fn::Join']) return (value['Fn::Join'][1] as unknown[]).map(resolve).join(value['Fn::Join'][0]);
    if (value['Fn::GetAtt']) return value['Fn::GetAtt'][0] === table && value['Fn::GetAtt'][1] === 'Arn' ? tableArn(tableName) : `<${value['Fn::GetAtt'].join('.')}>`;
    return `<${JSON.stringify(value)}>`;
  };
  const statementsOf = new Map<string, Statement[]>();
  for (const child of stack.node.children) {
    if (!(child instanceof FeedbackFunction)) continue;
    const role = logicalId(child.role.node.defaultChild);
    const statements = Object.values(Resources)
      .filter((resource) => resource.Type === 'AWS::IAM::Policy' && resource.Properties.Roles.some((r: { Ref?: string }) => r.Ref === role))
      .flatMap((resource) => resource.Properties.PolicyDocument.Statement as Statement[]);
    if (statements.some((statement) => statement.Effect !== 'Allow')) throw new Error(`${child.node.id}: only Allow statements are modelled here`);
    statementsOf.set(child.node.id, statements);
  }

  return {
    allows(functionId, access) {
      const statements = statementsOf.get(functionId);
      if (!statements) throw new Error(`no function ${functionId} in the stack`);
      return statements.some(
        (statement) =>
          [statement.Action].flat().some((action) => glob(action, true).test(access.action)) &&
          [statement.Resource].flat().some((resource) => glob(resolve(resource), false).test(access.resource)) &&
          conditionHolds(statement.Condition, access),
      );
    },
  };
}
