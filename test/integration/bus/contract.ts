import { describe, expect, it, onTestFinished } from 'vitest';
import { isBusError, MSG_ID_HEADER, type Bus, type BusMessage } from '../../../core/bus/index.js';
import { dec, enc, gate, lane, publishBodies, seen, settle, uniqueName, waitFor, type Seen } from './helpers.js';

export type MakeBus = () => Promise<Bus>;

/** The semantics every Bus implementation keeps (core/bus/types.ts), as one suite per implementation. */
export function busContract(name: string, makeBus: MakeBus): void {
  /** A bus with streams ensured, drained when the test ends. */
  async function open(): Promise<Bus> {
    const bus = await makeBus();
    onTestFinished(() => bus.drain());
    await bus.ensureStreams();
    return bus;
  }

  describe(`Bus contract: ${name}`, () => {
    it('round-trips messages with headers, in order, delivered once', async () => {
      const bus = await open();
      const { subject, opts } = lane();
      await bus.publish(subject, enc('one'), { msgId: uniqueName('m'), headers: { 'Cp-Stage': 'ingest' } });
      await publishBodies(bus, subject, ['two', 'three']);
      const got: BusMessage[] = [];
      bus.consume(opts, async (batch) => {
        for (const m of batch) {
          got.push(m);
          m.ack();
        }
      });
      await waitFor('3 messages', () => got.length >= 3);
      expect(got.map((m) => dec(m.data))).toEqual(['one', 'two', 'three']);
      expect(got.every((m) => m.subject === subject && m.deliveryCount === 1)).toBe(true);
      expect(got[0]?.headers['Cp-Stage']).toBe('ingest');
      expect(got[0]?.headers[MSG_ID_HEADER]).toBeTruthy();
      const seqs = got.map((m) => m.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(new Set(seqs).size).toBe(3);
      await waitFor('nothing pending', async () => (await bus.pending(opts.stream, opts.durable)) === 0);
    });

    it('de-duplicates publishes that reuse a msgId', async () => {
      const bus = await open();
      const { subject, opts } = lane();
      const id = uniqueName('post');
      await bus.publish(subject, enc('first'), { msgId: id });
      await bus.publish(subject, enc('again'), { msgId: id });
      await bus.publishMany([{ subject, data: enc('again, batched'), msgId: id }]);
      await bus.publish(subject, enc('other'), { msgId: uniqueName('post') });
      await bus.publish(subject, enc('sentinel'));
      const got: string[] = [];
      bus.consume(opts, async (batch) => {
        for (const m of batch) {
          got.push(dec(m.data));
          m.ack();
        }
      });
      // Delivery is in stream order, so everything before the sentinel has arrived with it.
      await waitFor('sentinel', () => got.includes('sentinel'));
      expect(got).toEqual(['first', 'other', 'sentinel']);
    });

    it('rejects publishes to a subject no stream holds, with a typed error', async () => {
      const bus = await open();
      await expect(bus.publish(`nostream.${uniqueName('x')}`, enc('x'))).rejects.toSatisfy((e) => isBusError(e, 'BUS_NO_STREAM'));
      const { subject } = lane();
      const err: unknown = await bus
        .publishMany([
          { subject, data: enc('ok') },
          { subject: `nostream.${uniqueName('x')}`, data: enc('bad') },
        ])
        .catch((e: unknown) => e);
      expect(isBusError(err, 'BUS_PUBLISH')).toBe(true);
      expect(isBusError((err as Error).cause, 'BUS_NO_STREAM')).toBe(true);
    });

    it('splits a shared durable between consumers: every message exactly once', async () => {
      const bus = await open();
      const { subject, opts } = lane({ maxMessages: 7 });
      const total = 300;
      await publishBodies(
        bus,
        subject,
        Array.from({ length: total }, (_, i) => `m${i}`),
      );
      const byInstance: Seen[][] = [[], []];
      const handlerFor = (list: Seen[]) => async (batch: readonly BusMessage[]) => {
        for (const m of batch) list.push(seen(m));
        // Hold the batch briefly so the other instance gets a turn at the backlog.
        await new Promise((r) => setTimeout(r, 5));
        for (const m of batch) m.ack();
      };
      bus.consume(opts, handlerFor(byInstance[0] as Seen[]));
      bus.consume(opts, handlerFor(byInstance[1] as Seen[]));
      const all = (): Seen[] => byInstance.flat();
      await waitFor(`${total} messages`, () => all().length >= total);
      await waitFor('nothing pending', async () => (await bus.pending(opts.stream, opts.durable)) === 0);
      const bodies = all().map((s) => s.body);
      expect(bodies.length).toBe(total);
      expect(new Set(bodies).size).toBe(total);
      expect(all().every((s) => s.deliveryCount === 1)).toBe(true);
      expect(byInstance[0]?.length).toBeGreaterThan(0);
      expect(byInstance[1]?.length).toBeGreaterThan(0);
    });

    it('hands over at most maxMessages at a time, one batch at a time per instance', async () => {
      const bus = await open();
      const { subject, opts } = lane({ maxMessages: 4 });
      await publishBodies(
        bus,
        subject,
        Array.from({ length: 30 }, (_, i) => `m${i}`),
      );
      let running = 0;
      let maxRunning = 0;
      let largest = 0;
      let count = 0;
      bus.consume(opts, async (batch) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        largest = Math.max(largest, batch.length);
        await settle(2);
        for (const m of batch) m.ack();
        count += batch.length;
        running--;
      });
      await waitFor('30 messages', () => count >= 30);
      expect(largest).toBeLessThanOrEqual(4);
      expect(largest).toBeGreaterThan(1);
      expect(maxRunning).toBe(1);
    });

    it('redelivers a nak-ed message with deliveryCount 2', async () => {
      const bus = await open();
      const { subject, opts } = lane();
      await bus.publish(subject, enc('retry me'));
      const got: Seen[] = [];
      bus.consume(opts, async (batch) => {
        for (const m of batch) {
          got.push(seen(m));
          if (m.deliveryCount === 1) m.nak();
          else m.ack();
        }
      });
      await waitFor('redelivery', () => got.length >= 2);
      expect(
        got.map((s) => s.deliveryCount),
        JSON.stringify(got),
      ).toEqual([1, 2]);
      expect(got[1]?.seq).toBe(got[0]?.seq);
      expect(got[1]?.body).toBe('retry me');
    });

    it('redelivers a nak-ed message after its delay', async () => {
      const bus = await open();
      const { subject, opts } = lane();
      await bus.publish(subject, enc('later'));
      const got: Seen[] = [];
      bus.consume(opts, async (batch) => {
        for (const m of batch) {
          got.push(seen(m));
          if (m.deliveryCount === 1) m.nak(300);
          else m.ack();
        }
      });
      await waitFor('delayed redelivery', () => got.length >= 2);
      expect(got.map((s) => s.deliveryCount)).toEqual([1, 2]);
    });

    it('redelivers a message not acked within ackWait', async () => {
      const bus = await open();
      const { subject, opts } = lane({ ackWaitMs: 500 });
      await bus.publish(subject, enc('forgotten'));
      const got: Seen[] = [];
      bus.consume(opts, async (batch) => {
        for (const m of batch) {
          got.push(seen(m));
          if (m.deliveryCount > 1) m.ack(); // the first delivery is dropped on the floor
        }
      });
      await waitFor('redelivery after ackWait', () => got.length >= 2);
      expect(got.map((s) => s.deliveryCount)).toEqual([1, 2]);
      await waitFor('nothing pending', async () => (await bus.pending(opts.stream, opts.durable)) === 0);
    });

    it('redelivers the unsettled messages of a batch whose handler threw', async () => {
      const bus = await open();
      const { subject, opts } = lane();
      await publishBodies(bus, subject, ['a', 'b', 'c']);
      const got: Seen[] = [];
      let failed = false;
      bus.consume(opts, async (batch) => {
        for (const m of batch) got.push(seen(m));
        if (!failed) {
          failed = true;
          batch[0]?.ack(); // settled before the failure: must not come back
          throw new Error('store unavailable');
        }
        for (const m of batch) m.ack();
      });
      await waitFor('redelivery of b and c', () => got.filter((s) => s.deliveryCount === 2).length >= 2);
      await waitFor('nothing pending', async () => (await bus.pending(opts.stream, opts.durable)) === 0);
      const redelivered = got.filter((s) => s.deliveryCount === 2).map((s) => s.body);
      expect(redelivered.sort()).toEqual(['b', 'c']);
      expect(got.filter((s) => s.body === 'a')).toHaveLength(1);
    });

    it('never redelivers a termed message', async () => {
      const bus = await open();
      const { subject, opts } = lane({ ackWaitMs: 500 });
      await publishBodies(bus, subject, ['termed', 'control']);
      const got: Seen[] = [];
      bus.consume(opts, async (batch) => {
        for (const m of batch) {
          got.push(seen(m));
          if (dec(m.data) === 'termed') m.term('bad payload');
          // 'control' is left unacked once: it comes back after ackWait, as 'termed' would.
          else if (m.deliveryCount > 1) m.ack();
        }
      });
      await waitFor('control redelivered', () => got.some((s) => s.body === 'control' && s.deliveryCount === 2));
      await waitFor('nothing pending', async () => (await bus.pending(opts.stream, opts.durable)) === 0);
      expect(
        got.filter((s) => s.body === 'termed'),
        JSON.stringify(got),
      ).toHaveLength(1);
    });

    it('stops redelivering after maxDeliver deliveries', async () => {
      const bus = await open();
      const { subject, opts } = lane({ maxDeliver: 3 });
      await bus.publish(subject, enc('poison'));
      const got: Seen[] = [];
      bus.consume(opts, async (batch) => {
        for (const m of batch) {
          got.push(seen(m));
          if (dec(m.data) === 'poison') m.nak();
          else m.ack();
        }
      });
      await waitFor('3 deliveries', () => got.length >= 3);
      await waitFor('poison no longer pending', async () => (await bus.pending(opts.stream, opts.durable)) === 0);
      await bus.publish(subject, enc('sentinel'));
      await waitFor('sentinel', () => got.some((s) => s.body === 'sentinel'));
      expect(got.filter((s) => s.body === 'poison').map((s) => s.deliveryCount)).toEqual([1, 2, 3]);
    });

    it('counts pending: undelivered plus delivered-but-unacked', async () => {
      const bus = await open();
      const { subject, opts } = lane({ maxMessages: 10 });
      expect(await bus.pending(opts.stream, opts.durable)).toBe(0);
      await publishBodies(bus, subject, ['a', 'b', 'c', 'd', 'e']);
      const inHand: BusMessage[] = [];
      const release = gate();
      const sub = bus.consume(opts, async (batch) => {
        inHand.push(...batch);
        await release.opened;
        for (const m of batch) m.ack();
      });
      await waitFor('first batch', () => inHand.length > 0);
      await waitFor('5 pending', async () => (await bus.pending(opts.stream, opts.durable)) === 5);
      inHand[0]?.ack();
      inHand[1]?.ack();
      await waitFor('3 pending', async () => (await bus.pending(opts.stream, opts.durable)) === 3);
      release.open();
      await waitFor('0 pending', async () => (await bus.pending(opts.stream, opts.durable)) === 0);
      await sub.stop();
      await bus.publish(subject, enc('after stop'));
      expect(await bus.pending(opts.stream, opts.durable)).toBe(1);
    });

    it('stop() straight after consume() resolves, and a later consumer still gets the messages', async () => {
      const bus = await open();
      const { subject, opts } = lane();
      await publishBodies(bus, subject, ['early']);
      await bus.consume(opts, async () => undefined).stop();
      const got: string[] = [];
      const sub = bus.consume(opts, async (batch) => {
        for (const m of batch) {
          got.push(dec(m.data));
          m.ack();
        }
      });
      await waitFor('the message after a restart', () => got.length === 1);
      expect(got).toEqual(['early']);
      await sub.stop();
    });

    it('stop() resolves only after the batch in progress has finished', async () => {
      const bus = await open();
      const { subject, opts } = lane();
      await bus.publish(subject, enc('slow'));
      const started = gate();
      const release = gate();
      let finished = false;
      const sub = bus.consume(opts, async (batch) => {
        started.open();
        await release.opened;
        for (const m of batch) m.ack();
        finished = true;
      });
      await started.opened;
      let stopped = false;
      const stopping = sub.stop().then(() => (stopped = true));
      await settle();
      expect(stopped).toBe(false);
      release.open();
      await stopping;
      expect(finished).toBe(true);
      await sub.closed;
      await bus.publish(subject, enc('not for the stopped consumer'));
      await waitFor('nothing left of the first message', async () => (await bus.pending(opts.stream, opts.durable)) === 1);
    });

    it('drain() lets the batch in progress finish (and publish), then refuses work', async () => {
      const bus = await makeBus();
      await bus.ensureStreams();
      const { subject, opts } = lane();
      const out = lane();
      await bus.publish(subject, enc('in flight'));
      const started = gate();
      const release = gate();
      let finished = false;
      bus.consume(opts, async (batch) => {
        started.open();
        await release.opened;
        // A handler finishing during drain may still publish its results.
        await bus.publish(out.subject, enc('result'));
        for (const m of batch) m.ack();
        finished = true;
      });
      await started.opened;
      const draining = bus.drain();
      await settle();
      release.open();
      await draining;
      expect(finished).toBe(true);
      await expect(bus.publish(subject, enc('too late'))).rejects.toSatisfy((e) => isBusError(e, 'BUS_CLOSED'));
      expect(() => bus.consume(opts, async () => undefined)).toThrow(expect.objectContaining({ code: 'BUS_CLOSED' }));
      expect((await bus.health()).ok).toBe(false);
      await bus.drain(); // idempotent
    });

    it('reports health', async () => {
      const bus = await open();
      const h = await bus.health();
      expect(h.ok).toBe(true);
      expect(h.detail.length).toBeGreaterThan(0);
    });
  });
}
