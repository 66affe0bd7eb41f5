import type { NestExpressApplication } from '@nestjs/platform-express';
import { Body, Controller, Module, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { IsInt, IsString, Max, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import request from 'supertest';
import { loadConfig } from '@kaoping/runtime';
import { AppModule } from './app.module';
import { Public } from './auth/auth.decorators';
import { configureApp } from './setup';

class PeriodDto {
  @IsInt() @Min(1) @Max(12) month!: number;
}
class ProbeDto {
  @IsString() @MinLength(1) indicatorId!: string;
  @ValidateNested() @Type(() => PeriodDto) period!: PeriodDto;
}

// A probe route, only in this test, to exercise the real global pipe and filter
// (public: the global access-token guard would answer 401 before the pipe runs).
@Public()
@Controller('probe')
class ProbeController {
  @Post()
  echo(@Body() body: ProbeDto): ProbeDto {
    return body;
  }
}
@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('API skeleton on the embedded event store', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: 'memory', LOG_LEVEL: 'error' });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config), ProbeModule] }).compile();
    app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ logger: false }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('reports the event store healthy', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.eventStore).toMatchObject({ status: 'up', kind: 'embedded' });
    expect(res.body.info.redis).toBeUndefined();
  });

  it('serves the OpenAPI document with the health route', async () => {
    const res = await request(app.getHttpServer()).get('/docs/openapi.json').expect(200);
    expect(res.body.info.title).toBe('Kaoping API');
    expect(Object.keys(res.body.paths)).toContain('/health');
  });

  it('names the field and the rule when input breaks a rule', async () => {
    const res = await request(app.getHttpServer()).post('/probe').send({ indicatorId: '', period: { month: 13 } }).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'invalid-input' });
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'indicatorId', rule: 'minLength' }),
        expect.objectContaining({ path: 'period.month', rule: 'max' }),
      ]),
    );
  });

  it('refuses unknown fields by name', async () => {
    const res = await request(app.getHttpServer())
      .post('/probe')
      .send({ indicatorId: 'gdp', period: { month: 1 }, score: 100 })
      .expect(400);
    expect(res.body.details).toEqual([{ path: 'score', rule: 'unknown-field', message: '字段 score：不是可接受的字段' }]);
    expect(res.headers['content-language']).toBe('zh-CN');
    const english = await request(app.getHttpServer()).post('/probe').set('Accept-Language', 'en').send({ indicatorId: 'gdp', period: { month: 1 }, score: 100 }).expect(400);
    expect(english.body.details).toEqual([{ path: 'score', rule: 'unknown-field', message: 'score is not a known field' }]);
    expect(english.headers['content-language']).toBe('en');
  });

  it('answers malformed JSON with the same error shape', async () => {
    const res = await request(app.getHttpServer()).post('/probe').set('content-type', 'application/json').send('{"indicatorId":').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: expect.stringMatching(/^invalid-/) });
    expect(typeof res.body.message).toBe('string');
  });

  it('takes a body over Express’s default 100 kB (a large scheme) and refuses one over 1 MiB by name', async () => {
    const large = { indicatorId: 'x'.repeat(300_000), period: { month: 1 } };
    await request(app.getHttpServer()).post('/probe').send(large).expect(201);
    const res = await request(app.getHttpServer()).post('/probe').send({ ...large, indicatorId: 'x'.repeat(1_100_000) }).expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'payload-too-large' });
  });

  it('answers an unknown route with the same error shape', async () => {
    const res = await request(app.getHttpServer()).get('/no-such-thing').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'not-found' });
  });
});
