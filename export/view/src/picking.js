// Edge programs whose picking image draws every edge thick.
//
// sigma finds the edge under the mouse by reading one pixel of a picking
// image drawn at half the screen's resolution, where a 1-pixel edge is half
// a pixel wide: along stretches of it no pixel is lit, and a click right on
// the line misses. These programs draw the picking image (only) with edges
// at least PICKING_EDGE_THICKNESS pixels wide, so an edge is clickable all
// along and a little to either side, as thin lines are in drawing tools;
// what is seen on screen is unchanged.
import {
  EdgeRectangleProgram,
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
} from "sigma/rendering";

export const PICKING_EDGE_THICKNESS = 6; // screen pixels

function withThickPicking(Program) {
  return class extends Program {
    renderProgram(params, programInfo) {
      const picking = programInfo === this.pickProgram;
      const minEdgeThickness = Math.max(params.minEdgeThickness, PICKING_EDGE_THICKNESS);
      super.renderProgram(picking ? { ...params, minEdgeThickness } : params, programInfo);
    }
  };
}

// sigma's two default edge types, "line" and "arrow", with thick picking.
export const edgeProgramClasses = {
  line: withThickPicking(EdgeRectangleProgram),
  arrow: createEdgeCompoundProgram([
    withThickPicking(createEdgeClampedProgram()),
    withThickPicking(createEdgeArrowHeadProgram()),
  ]),
};
