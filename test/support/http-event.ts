import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** The event API Gateway's HTTP API (payload 2.0) hands a Lambda for one request. */
export function httpEvent(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
  { query = '', sourceIp = '203.0.113.9' }: { query?: string; sourceIp?: string } = {},
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: query,
    headers: { host: 'api.example.com', ...headers },
    requestContext: {
      accountId: '000000000000',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp, userAgent: 'test' },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
}
