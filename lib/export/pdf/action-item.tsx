import { Text, View } from "@react-pdf/renderer";
import type { AgreedAction } from "../../scoring/actions/types";
import { dueText, findingText, ownerText } from "../action-lines";
import type { ExportContext } from "../context";
import { styles } from "./styles";

/** One action: its status and what it is, who takes it on and by when, what it is about, and any further lines. */
export function ActionItem({
  context,
  action,
  lines = [],
}: {
  context: ExportContext;
  action: AgreedAction;
  lines?: string[];
}) {
  const { t } = context;
  const due = dueText(action, context);
  return (
    <View style={{ marginBottom: 7 }} wrap={false}>
      <Text style={styles.h3}>
        [{t(`actions.statuses.${action.status}`)}] {action.description}
      </Text>
      <Text style={styles.small}>
        {t("actions.ownedBy", { owner: ownerText(action, context) })}
        {due ? ` · ${t("actions.due", { date: due })}` : ""} · {findingText(action, context)}
      </Text>
      {lines.map((line) => (
        <Text key={line} style={{ fontSize: 9 }}>
          {line}
        </Text>
      ))}
    </View>
  );
}
