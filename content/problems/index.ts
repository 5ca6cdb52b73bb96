import { type Problem, ZProblem } from "../schema";
import { doubleLoyalty } from "./double-loyalty";
import { enemyImage } from "./enemy-image";
import { fadingPerspective } from "./fading-perspective";
import { noSharedAmbition } from "./no-shared-ambition";
import { personnelInstability } from "./personnel-instability";
import { powerGame } from "./power-game";
import { shamCollaboration } from "./sham-collaboration";
import { unbridgeableDiversity } from "./unbridgeable-diversity";
import { underOrganisation } from "./under-organisation";

/** The nine exemplary collaboration problems of seed 001, §8.4, in the book's order. */
export const problems: readonly Problem[] = ZProblem.array().parse([
  noSharedAmbition,
  fadingPerspective,
  personnelInstability,
  shamCollaboration,
  underOrganisation,
  enemyImage,
  doubleLoyalty,
  unbridgeableDiversity,
  powerGame,
]);

export function findProblem(id: string): Problem | undefined {
  return problems.find((problem) => problem.id === id);
}
