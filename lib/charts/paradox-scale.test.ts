import { describe, expect, it } from "vitest";
import { positionScale, spreadBand } from "./paradox-scale";

describe("the paradox line's scale", () => {
  const x = positionScale(20, 580);

  it("puts pole A left, pole B right and balance in the middle", () => {
    expect([x(-1), x(0), x(1)]).toEqual([20, 300, 580]);
  });

  it("keeps the spread band inside the line and never thinner than 2", () => {
    expect(spreadBand(x, 0.8, 0.5)).toEqual({ x: x(0.3), width: 580 - x(0.3) });
    expect(spreadBand(x, -0.9, 0.5)).toEqual({ x: 20, width: x(-0.4) - 20 });
    expect(spreadBand(x, 0, 0)).toEqual({ x: 300, width: 2 });
  });
});
