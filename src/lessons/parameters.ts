// The user's numbers for a lesson (`fan_in:256`), checked against the ranges in the lesson's front matter.
import { fail, ok, type Result, type UserError } from '../errors.js';
import { ltr } from '../text/i18n.js';
import type { LessonParameters } from './lesson-values.js';
import type { Topic } from './lesson-catalogue.js';

/** Every parameter of the topic, the user's value where given, the lesson's default otherwise. */
export function resolveLessonParameters(
  topic: Topic,
  given: Record<string, number | undefined>,
): Result<LessonParameters> {
  const specs = topic.lessons.en.meta.parameters;
  const accepted = Object.keys(specs);
  const errors: UserError[] = [];
  const resolved: LessonParameters = {};
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const spec = specs[name];
    const location = { field: name, excerpt: `${name}:${value}` };
    if (!spec) {
      errors.push(
        accepted.length === 0
          ? {
              id: 'lessons.topic_takes_no_parameters',
              message: `${topic.id} takes no parameters`,
              params: { topic: topic.id, parameter: name },
              location,
            }
          : {
              id: 'lessons.parameter_not_for_topic',
              message: `${topic.id} has no parameter ${name}`,
              params: {
                topic: topic.id,
                parameter: name,
                accepted: accepted.map((a) => `\`${a}\``).join(', '),
              },
              location,
              hint: `/explain ${topic.id} ${accepted.map((a) => `${a}:${specs[a]!.default}`).join(' ')}`,
            },
      );
      continue;
    }
    if (spec.integer && !Number.isInteger(value)) {
      errors.push({
        id: 'lessons.parameter_not_integer',
        message: `${name} must be an integer`,
        params: { parameter: name, value: ltr(value) },
        location,
      });
      continue;
    }
    if (!(value >= spec.min && value <= spec.max)) {
      errors.push({
        id: 'lessons.parameter_out_of_range',
        message: `${name} must be in [${spec.min}, ${spec.max}]`,
        params: {
          topic: topic.id,
          parameter: name,
          value: ltr(value),
          min: ltr(spec.min),
          max: ltr(spec.max),
        },
        location,
        hint: `${name}:${spec.default}`,
      });
      continue;
    }
    resolved[name] = value;
  }
  if (errors.length > 0) return fail(errors);
  for (const [name, spec] of Object.entries(specs)) resolved[name] ??= spec.default;
  return ok(resolved);
}
