// The trace object of SPEC-FORMAT.md with exactly its field names (for --json and the golden data).
import type { DatasetTraceJson, Trace, TraceJson } from './types.js';

export function traceToJson(trace: Trace): TraceJson | DatasetTraceJson {
  if (trace.spec.training) return trainingTraceToJson(trace);
  const json: TraceJson = {
    net: trace.net,
    out: trace.out,
    loss: trace.loss,
    delta: trace.delta,
    gradWeights: trace.gradWeights,
    gradBiases: trace.gradBiases,
    updatedWeights: trace.updatedWeights,
    updatedBiases: trace.updatedBiases,
    lossAfterStep: trace.lossAfterStep,
  };
  if (trace.lossHistory) {
    json.lossHistory = trace.lossHistory;
    json.finalLoss = trace.finalLoss!;
    json.finalWeights = trace.finalWeights!;
    json.finalBiases = trace.finalBiases!;
  }
  return json;
}

/**
 * With a data set or an optimizer: no δ (the gradient is the batch's, not one sample's), the loss
 * history and final parameters always; with a data set every sample's forward pass and predictions.
 */
function trainingTraceToJson(trace: Trace): TraceJson | DatasetTraceJson {
  const common = {
    loss: trace.loss,
    gradWeights: trace.gradWeights,
    gradBiases: trace.gradBiases,
    updatedWeights: trace.updatedWeights,
    updatedBiases: trace.updatedBiases,
    lossAfterStep: trace.lossAfterStep,
    lossHistory: trace.lossHistory!,
    finalLoss: trace.finalLoss!,
    finalWeights: trace.finalWeights!,
    finalBiases: trace.finalBiases!,
  };
  if (trace.samples && trace.predictions) {
    return {
      net: trace.samples.map((s) => s.net),
      out: trace.samples.map((s) => s.out),
      ...common,
      predictions: trace.predictions,
    };
  }
  return { net: trace.net, out: trace.out, ...common } as TraceJson;
}
