import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EventStore } from '@kaoping/eventstore';
import { EVENT_STORE } from '@kaoping/runtime';
import { ProjectionsHealth } from '../health/projections.health';

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The process's Prometheus metrics (prom-client): HTTP latency by route, event store append
 * latency, each read model's lag, position and stopped state (read at scrape time from the
 * checkpoints every process shares), and Node's default process metrics. GET /ops/metrics adds
 * the job queue's families.
 */
@Injectable()
export class PrometheusMetrics implements OnModuleInit {
  readonly registry = new Registry();
  private readonly http = new Histogram({
    name: 'kaoping_http_request_duration_seconds',
    help: 'HTTP requests by method, route (the route pattern, not the path) and status, in seconds.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });
  private readonly append = new Histogram({
    name: 'kaoping_eventstore_append_duration_seconds',
    help: 'Appends to the event store by outcome (ok, error), in seconds.',
    labelNames: ['outcome'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    projections: ProjectionsHealth,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'kaoping_process_' });
    // One read of the read models per scrape sets all four gauges (prom-client collects them concurrently).
    let scrape: Promise<void> | undefined;
    const refresh = (): Promise<void> => {
      scrape ??= projections
        .report()
        .then((report) => {
          for (const state of report.states) {
            lag.set({ projection: state.projection }, state.lagSeconds);
            behind.set({ projection: state.projection }, Number(state.behind));
            stopped.set({ projection: state.projection }, state.fault === null ? 0 : 1);
            position.set({ projection: state.projection }, state.position === null ? 0 : Number(state.position));
          }
          scrapeOk.set(1);
        })
        .catch(() => scrapeOk.set(0))
        .finally(() => setTimeout(() => (scrape = undefined), 1000).unref());
      return scrape;
    };
    const gauge = (name: string, help: string): Gauge<'projection'> =>
      new Gauge({ name, help, labelNames: ['projection'] as const, registers: [this.registry], collect: refresh });
    const lag = gauge('kaoping_projection_lag_seconds', 'Age of the oldest event a read model has not handled yet (0: caught up).');
    const behind = gauge('kaoping_projection_behind_positions', 'Global positions between a read model checkpoint and the head of the log, while matching events wait.');
    const stopped = gauge('kaoping_projection_stopped', '1 while a read model is stopped at an event it cannot apply.');
    const position = gauge('kaoping_projection_position', 'The global position a read model reflects.');
    const scrapeOk = new Gauge({ name: 'kaoping_projections_scrape_ok', help: '1 when the read models could be inspected at this scrape.', registers: [this.registry], collect: refresh });
  }

  /** Times every append of this process's event store. */
  onModuleInit(): void {
    const original = this.store.appendToStream.bind(this.store);
    const observe = this.append;
    this.store.appendToStream = async (...args: Parameters<EventStore['appendToStream']>) => {
      const end = observe.startTimer();
      try {
        const result = await original(...args);
        end({ outcome: 'ok' });
        return result;
      } catch (error: unknown) {
        end({ outcome: 'error' });
        throw error;
      }
    };
  }

  /** Express middleware: observes each request's latency under its route pattern once it is answered. */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const end = this.http.startTimer();
    response.on('finish', () => {
      const routePath: unknown = request.route?.path;
      const route = typeof routePath === 'string' ? `${request.baseUrl}${routePath}` : 'unmatched';
      end({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
