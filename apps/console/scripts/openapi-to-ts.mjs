#!/usr/bin/env node
// Reads the API's OpenAPI document (JSON) on stdin, writes its TypeScript types on stdout.
// Used by test/console/api-types.e2e.spec.ts, which boots the API in-process to get the document
// (`npm run console:api-types` rewrites apps/console/src/api/schema.d.ts; npm test checks it).
import openapiTS, { astToString } from 'openapi-typescript';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const ast = await openapiTS(document, { alphabetize: true });
const header = '// Generated from the API\'s OpenAPI document by `npm run console:api-types`. Do not edit.\n';
process.stdout.write(header + astToString(ast));
