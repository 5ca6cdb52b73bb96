/** `npm run content:stats`: one JSON object describing the instrument's content. */
import { contentStats } from "../lib/instrument/stats";

console.log(JSON.stringify(contentStats(), null, 2));
