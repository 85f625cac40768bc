// A shard and its manager (DISCORD_SHARDS runs each shard as a child process of the main one): the database is
// the manager's (PGlite allows one process per directory), so a shard asks it, over the IPC channel discord.js
// opened, for a place's defaults (/settings) and has it run the commands that use the database. The answers come
// from the same dispatcher and cache as in one process, so a sharded bot applies and changes /settings alike.
import type { Reply, Request } from '../../dispatch/types.js';
import type { PlaceDefaults } from '../../settings/place-defaults.js';

/** Marks our messages among discord.js's own (`_ready`, `_eval`, …) on the same channel. */
const TAG = 'backpropTutor';
/** A manager that does not answer a defaults question in this time is taken to have none set. */
export const DEFAULTS_WAIT_MS = 5_000;

type Asked = { kind: 'defaults'; place: string } | { kind: 'dispatch'; request: Request };
type Question = Asked & { [TAG]: 'ask'; id: number };
type Answer = { [TAG]: 'answer'; id: number; defaults?: PlaceDefaults; reply?: WireReply };

/** A Reply as JSON carries it (the IPC channel's serialisation): a picture's bytes as base64. */
type WireReply = Omit<Reply, 'images'> & { images?: { name: string; png: string; alt: string }[] };

function toWire({ images, ...rest }: Reply): WireReply {
  if (!images) return rest;
  return {
    ...rest,
    images: images.map((image) => ({ ...image, png: Buffer.from(image.png).toString('base64') })),
  };
}
function fromWire({ images, ...rest }: WireReply): Reply {
  if (!images) return rest;
  return {
    ...rest,
    images: images.map((image) => ({ ...image, png: new Uint8Array(Buffer.from(image.png, 'base64')) })),
  };
}

const isAnswer = (message: unknown): message is Answer =>
  typeof message === 'object' && message !== null && (message as Answer)[TAG] === 'answer';
const isQuestion = (message: unknown): message is Question =>
  typeof message === 'object' && message !== null && (message as Question)[TAG] === 'ask';

export interface ManagerLink {
  placeDefaults(place: string): Promise<PlaceDefaults>;
  /** Runs a command that uses the database in the manager; rejects when the manager does not answer in time. */
  dispatch(request: Request): Promise<Reply>;
}

interface ChildChannel {
  send?: (message: unknown) => boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/** The shard's side; undefined when this process has no parent to ask (not started by the manager). */
export function managerLink(
  dispatchWaitMs: number,
  channel: ChildChannel = process,
): ManagerLink | undefined {
  const send = channel.send?.bind(channel);
  if (!send) return undefined;
  let next = 0;
  const waiting = new Map<number, (answer: Answer) => void>();
  channel.on('message', (message) => {
    if (!isAnswer(message)) return;
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  const ask = (question: Asked, waitMs: number): Promise<Answer | undefined> =>
    new Promise((resolve) => {
      const id = next++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(undefined);
      }, waitMs);
      timer.unref();
      waiting.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      send({ ...question, [TAG]: 'ask', id });
    });
  return {
    async placeDefaults(place) {
      return (await ask({ kind: 'defaults', place }, DEFAULTS_WAIT_MS))?.defaults ?? {};
    },
    async dispatch(request) {
      const answer = await ask({ kind: 'dispatch', request }, dispatchWaitMs);
      if (!answer?.reply) throw new Error(`the shard manager did not answer /${request.command} in time`);
      return fromWire(answer.reply);
    },
  };
}

/** What the manager answers with: its own cached defaults lookup and its dispatcher (which has the store). */
export interface ManagerAnswers {
  placeDefaults?: (place: string) => Promise<PlaceDefaults>;
  dispatch: (request: Request) => Promise<Reply>;
}

/** The manager's side for one shard: answers each question (a failure is answered with no defaults / an error). */
export function answerShard(
  shard: {
    on(event: 'message', listener: (message: unknown) => void): unknown;
    send(message: unknown): unknown;
  },
  answers: ManagerAnswers,
): void {
  shard.on('message', (message) => {
    if (!isQuestion(message)) return;
    const reply = (answer: Omit<Answer, typeof TAG | 'id'>) =>
      shard.send({ ...answer, [TAG]: 'answer', id: message.id });
    if (message.kind === 'defaults') {
      void (answers.placeDefaults?.(message.place) ?? Promise.resolve({})).then(
        (defaults) => reply({ defaults }),
        () => reply({ defaults: {} }),
      );
    } else {
      // The dispatcher always answers (an internal error becomes a polite reply with a reference).
      void answers.dispatch(message.request).then((answer) => reply({ reply: toWire(answer) }));
    }
  });
}
