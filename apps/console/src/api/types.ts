import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON a GET of this path answers with (200), as the generated schema says. */
export type GetAnswer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer O } } } ? JsonOf<O> : never;

/** The JSON body a POST to this path takes. */
export type PostBody<P extends keyof paths> = paths[P] extends { post: { requestBody?: infer B } } ? JsonOf<NonNullable<B>> : never;
