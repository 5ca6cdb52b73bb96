import { ACTION_STATUSES, type ActionStatus } from "@/lib/scoring/actions/types";

/** The statuses of an action as a select's options, in their order: open, in progress, done, dropped. */
export function StatusOptions({ label }: { label: (status: ActionStatus) => string }) {
  return ACTION_STATUSES.map((status) => (
    <option key={status} value={status}>
      {label(status)}
    </option>
  ));
}
