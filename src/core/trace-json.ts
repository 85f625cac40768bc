// The trace object of SPEC-FORMAT.md with exactly its field names (for --json and the golden data).
import type { Trace, TraceJson } from './types.js';

export function traceToJson(trace: Trace): TraceJson {
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
