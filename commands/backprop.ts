// /backprop: a network as the user typed it (or a preset) -> one step of backpropagation, in text and pictures.
import { z } from 'zod';
import { computeTrace, LIMITS, resolveSpec, toNetworkSpec, trainingWorkError } from '../src/core/index.js';
import type { ResolvedSpec, Trace } from '../src/core/types.js';
import {
  formatDefinition,
  formatOneLine,
  describePreset,
  presetNamesStartingWith,
  resolveNetworkInput,
  type ParsedDefinition,
} from '../src/definition/index.js';
import { defineCommand, LANG_OPTION_HELP } from '../src/dispatch/define-command.js';
import type { Deps, Locale, Reply, ReplyImage } from '../src/dispatch/types.js';
import { UserFacingError, type UserError } from '../src/errors.js';
import { lossCurveRequest } from '../src/render/plot/loss-curve.js';
import type { DiagramView, FigureRequest, Theme } from '../src/render/types.js';
import { backpropSummary, MAX_ECHO_LENGTH, type BackpropView } from '../src/text/backprop-summary.js';
import { hasMessage, t } from '../src/text/i18n.js';
import { CHAT_MESSAGE_LIMIT } from '../src/text/limits.js';
import { NOTATION_NAMES, notationOfPage, type NotationName } from '../src/text/notations.js';
import { chainRule, type ChainRuleOptions } from '../src/text/chain-rule.js';
import type { PageParameterName } from '../src/text/page-notation.js';
import { latexAnswerKey } from '../src/text/export-latex.js';
import { dataStepSummary } from '../src/text/data-step-summary.js';
import { dataWalkthrough, dataWalkthroughLines } from '../src/text/data-walkthrough.js';
import { walkthrough, walkthroughLines } from '../src/text/walkthrough.js';
import { backpropInteractions } from './interactions/backprop.js';

/** Discord's string option limit; longer definitions come as a modal, a message or a file (`text`). */
const MAX_DEFINITION_OPTION = 6000;
const MAX_PRECISION = 10;

const options = z.object({
  definition: z.string().max(MAX_DEFINITION_OPTION).optional(),
  preset: z.string().max(60).optional(),
  view: z.enum(['forward', 'backward', 'update', 'all']).optional(),
  steps: z.int().min(1).max(LIMITS.maxSteps).optional(),
  precision: z.int().min(1).max(MAX_PRECISION).default(4),
  numbering: z.enum(['destination-first', 'source-first']).optional(),
  notation: z.enum(NOTATION_NAMES).optional(),
  export: z.enum(['latex']).optional(),
  explain: z.string().max(30).optional(),
  lang: z.enum(['en', 'fa']).optional(),
  theme: z.enum(['dark', 'light']).default('dark'),
});

function fail(errors: UserError[]): never {
  throw new UserFacingError(errors);
}

/** The network to compute: from `preset`, `definition`, or the request's text (a modal, message or file). */
function readNetwork(
  definition: string | undefined,
  preset: string | undefined,
  text: string | undefined,
  numbering: 'destination-first' | 'source-first' | undefined,
): ParsedDefinition {
  const network = resolveNetworkInput(
    { definition, preset, text, numbering },
    { both: 'commands.backprop_preset_and_definition', none: 'commands.backprop_no_network' },
  );
  if (!network.ok) fail(network.error);
  return network.value;
}

/** The chain rule of the weight `explain:` names, or a located error listing the network's weights. */
function chainRuleOf(trace: Trace, weight: string, options: ChainRuleOptions) {
  const rule = chainRule(trace, weight, options);
  if (rule) return rule;
  const count = trace.spec.weights.reduce((sum, matrix) => sum + matrix.length * (matrix[0]?.length ?? 0), 0);
  fail([
    {
      id: 'notation.unknown_weight',
      message: `no weight ${weight}`,
      params: { weight, first: 'w1', last: `w${count}` },
      location: { field: 'explain', excerpt: weight },
    },
  ]);
}

function checkWork(spec: ResolvedSpec): void {
  const error = trainingWorkError(spec);
  if (error) fail([error]);
}

/** The `steps` option overrides the definition's; the core re-checks it against its limits. */
function withSteps(spec: ResolvedSpec, steps: number): ResolvedSpec {
  const resolved = resolveSpec({
    ...toNetworkSpec(spec),
    ...(spec.training?.data ? { epochs: steps } : { steps }),
  });
  if (!resolved.ok) fail(resolved.error);
  return resolved.value;
}

/** Which diagrams each view draws: the default is the one-image summary. */
function diagramViews(view: BackpropView | undefined): DiagramView[] {
  if (view === undefined) return ['summary'];
  return view === 'all' ? ['forward', 'backward', 'update'] : [view];
}

async function images(
  trace: Trace,
  view: BackpropView | undefined,
  settings: {
    precision: number;
    locale: Locale;
    theme: Theme;
    notation?: NotationName;
    pageNames?: readonly PageParameterName[];
  },
  deps: Deps,
): Promise<ReplyImage[]> {
  const requests: { name: string; request: FigureRequest }[] = diagramViews(view).map((diagramView) => ({
    name: `backprop-${diagramView}.png`,
    request: { kind: 'diagram', trace, view: diagramView, ...settings },
  }));
  if (trace.lossHistory && trace.lossHistory.length > 1) {
    requests.push({ name: 'loss-curve.png', request: lossCurveRequest(trace, settings) });
  }
  const rendered = await Promise.all(requests.map(({ request }) => deps.render.render(request)));
  return rendered.map((image, index) => ({ name: requests[index]!.name, png: image.png, alt: image.alt }));
}

export default defineCommand({
  name: 'backprop',
  description: {
    en: 'One step of backpropagation on your network: forward pass, loss, gradients, updated weights, with a diagram.',
    fa: 'یک گام پس‌انتشار خطا روی شبکهٔ شما: گذر رو به جلو، خطا، گرادیان‌ها و وزن‌های به‌روزشده، همراه با نمودار.',
  },
  options,
  optionText: {
    definition: {
      en: 'The network, as on your homework sheet: w1=0.15 w2=0.2 … i1=0.05 t1=0.01, key: value lines, or JSON.',
      fa: 'تعریف شبکه، همان‌طور که در تمرین آمده: w1=0.15 w2=0.2 … i1=0.05 t1=0.01، سطرهای key: value یا JSON.',
    },
    preset: {
      en: 'A built-in network instead of a definition, e.g. mazur (the classic worked example).',
      fa: 'یک شبکهٔ آماده به جای تعریف، مثلاً mazur (مثال کلاسیک حل‌شده).',
    },
    view: {
      en: 'What to show: forward, backward, update, or all (default: a summary of all three).',
      fa: 'چه چیزی نشان داده شود: forward (رو به جلو)، backward (رو به عقب)، update (به‌روزرسانی) یا all (همه).',
    },
    steps: {
      en: 'Train this many SGD steps on the sample and add a loss curve.',
      fa: 'این تعداد گام آموزش (SGD) روی همین نمونه، همراه با نمودار خطا.',
    },
    precision: {
      en: 'Decimals shown (default 4).',
      fa: 'تعداد رقم اعشار (پیش‌فرض ۴).',
    },
    numbering: {
      en: 'How to read w1, w2, … and matrices when the page allows both: destination-first (w2 = i2→h1, the default) or source-first (w2 = i1→h2, x @ W).',
      fa: 'ترتیب خواندن w1، w2، … و ماتریس‌ها وقتی صفحه هر دو را ممکن می‌گذارد: destination-first (w2 = i2→h1، پیش‌فرض) یا source-first (w2 = i1→h2، x @ W).',
    },
    notation: {
      en: 'Names in the walkthrough: classic (net_h1, out_h1), course (a_h1, h1, o1), layered (z⁽¹⁾₁, a⁽¹⁾₁) or textbook (I_j, O_j, w_ij, θ_j); a pasted page is answered in its own.',
      fa: 'نام‌ها در شرح گام‌به‌گام: classic (net_h1، out_h1)، course (a_h1، h1، o1)، layered (z⁽¹⁾₁، a⁽¹⁾₁) یا textbook (I_j، O_j، w_ij، θ_j)؛ صفحهٔ چسبانده‌شده با نمادگذاری خودش پاسخ داده می‌شود.',
    },
    explain: {
      en: 'A weight, e.g. w5: its chain rule with your numbers, typeset as an image.',
      fa: 'یک وزن، مثلاً w5: قاعدهٔ زنجیره‌ای آن با عددهای شما، به صورت تصویر حروف‌چینی‌شده.',
    },
    export: {
      en: 'latex: attach the whole walkthrough as a LaTeX answer key (Persian: XePersian with Vazirmatn).',
      fa: 'latex: کل شرح گام‌به‌گام به صورت کلید پاسخ LaTeX پیوست می‌شود (فارسی: XePersian با قلم وزیرمتن).',
    },
    lang: LANG_OPTION_HELP,
    theme: {
      en: 'Colours of the diagrams: dark (default) or light.',
      fa: 'رنگ‌بندی نمودارها: dark (تیره، پیش‌فرض) یا light (روشن).',
    },
  },
  firstOption: 'definition',
  suggest: {
    preset: presetNamesStartingWith,
  },
  describeChoice: { preset: describePreset },
  examples: [
    '/backprop preset:mazur',
    '/backprop preset:mazur view:backward lang:fa',
    '/backprop w1=0.15 w2=0.2 w3=0.25 w4=0.3 w5=0.4 w6=0.45 w7=0.5 w8=0.55 b1=0.35 b2=0.6 i1=0.05 i2=0.1 t1=0.01 t2=0.99',
    '/backprop preset:mazur steps:1000',
  ],
  interactions: backpropInteractions,
  async run(request, deps): Promise<Reply> {
    const { definition, preset, view, steps, precision, theme, numbering } = request.options;
    const pageNotation =
      request.options.notation === undefined && preset === undefined
        ? notationOfPage(`${definition ?? ''}\n${request.text ?? ''}`)
        : undefined;
    // Chosen here, else the page's own, else the place's default (/settings), else classic.
    const placeNotation = request.defaults?.notation ?? 'classic';
    const notation: NotationName = request.options.notation ?? pageNotation ?? placeNotation;
    const locale = request.locale;
    const network = readNetwork(definition, preset, request.text, numbering);
    const spec = steps === undefined ? network.spec : withSteps(network.spec, steps);
    checkWork(spec);
    const trace = computeTrace(spec);
    // A note the catalogue cannot translate yet is shown in English rather than as its id.
    const notes = network.noteMessages.map((note, index) =>
      hasMessage(note.id) ? t(locale, note.id, note.params) : (network.notes[index] ?? note.id),
    );
    // A pasted page's numbers with their lines, first: right under the network as understood.
    if (network.numberLines) notes.unshift(t(locale, network.numberLines.id, network.numberLines.params));
    if (pageNotation !== undefined && pageNotation !== placeNotation)
      notes.push(t(locale, 'notation.from_page', { notation: pageNotation }));

    const oneLine = formatOneLine(spec);
    // The page's own names for what it named (w14, v1, θ4) in the text and the pictures; ours for the rest.
    const pageNames = network.shownNames ?? network.pageNames;
    // a data set: the first step's walkthrough (per sample, then the batch), and what /train does
    const dataSet = trace.samples !== undefined;
    const trainCommand = typeof preset === 'string' ? `/train preset:${preset}` : '/train';
    const fullText = dataSet
      ? dataWalkthrough(trace, { precision, locale, trainCommand })
      : walkthrough(trace, { precision, locale, notation, pageNames });
    const summary = (attachments: string[]) =>
      dataSet
        ? dataStepSummary({
            trace,
            precision,
            locale,
            oneLine,
            maxEchoLength: MAX_ECHO_LENGTH,
            notes,
            attachments,
            trainCommand,
          })
        : backpropSummary({
            trace,
            precision,
            locale,
            view: view ?? 'all',
            oneLine,
            defaultsApplied: network.defaultsApplied,
            notes,
            attachments,
            notation,
            pageNames,
          });
    const files: { name: string; content: string }[] = [];
    // A tiny net's whole walkthrough fits in the message; otherwise it goes in a file.
    let text = `${summary([])}\n\n${fullText}`;
    if (text.length > CHAT_MESSAGE_LIMIT) {
      files.push({ name: locale === 'fa' ? 'walkthrough-fa.md' : 'walkthrough.md', content: fullText });
      if (oneLine.length > MAX_ECHO_LENGTH)
        files.push({ name: 'network.txt', content: formatDefinition(spec) });
      text = summary(files.map((file) => file.name));
    }
    const rule =
      request.options.explain === undefined
        ? undefined
        : chainRuleOf(trace, request.options.explain, { precision, notation, pageNames });
    const pictures = await images(trace, view, { precision, locale, theme, notation, pageNames }, deps);
    if (rule) {
      const image = await deps.render.render({
        kind: 'formulas',
        formulas: rule.latex,
        title: t(locale, 'notation.chain_rule_title', { weight: rule.weight }),
        theme,
        locale,
      });
      pictures.push({
        // A page's w₄₆ names its file chain-rule-w46.png (subscript digits are not \w).
        name: `chain-rule-${rule.weight.replace(/[₀-₉]/g, (d) => String(d.charCodeAt(0) - 0x2080)).replace(/[^\w]+/g, '')}.png`,
        png: image.png,
        alt: rule.text,
      });
    }
    if (request.options.export === 'latex') {
      // a data set: the key of its first step (each sample, the batch gradient, the optimizer's state)
      const lines = dataSet
        ? dataWalkthroughLines(trace, { precision, locale, trainCommand })
        : walkthroughLines(trace, { precision, locale, notation, pageNames });
      const key = latexAnswerKey(lines, {
        locale,
        ...(pictures[0] ? { diagram: pictures[0].name } : {}),
      });
      files.push({ name: locale === 'fa' ? 'answer-key-fa.tex' : 'answer-key.tex', content: key });
    }
    return {
      text,
      images: pictures,
      files,
      visibility: 'public',
      kind: 'ok',
      trained: spec.training?.data ? spec.training.epochs : spec.steps,
    };
  },
});
