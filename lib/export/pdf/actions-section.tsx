import { Text, View } from "@react-pdf/renderer";
import type { AgreedAction } from "../../scoring/actions/types";
import type { ExportContext } from "../context";
import { ActionItem } from "./action-item";
import { SectionTitle } from "./parts";
import { styles } from "./styles";

/** The actions the partners agreed on this round's findings: what, who, by when, about what. */
export function ActionsSection({ context, actions }: { context: ExportContext; actions: AgreedAction[] }) {
  const { t } = context;
  return (
    <View>
      <SectionTitle>{t("actions.title")}</SectionTitle>
      {actions.length === 0 ? <Text style={[styles.muted, styles.paragraph]}>{t("actions.none")}</Text> : null}
      {actions.map((action) => (
        <ActionItem key={action.id} context={context} action={action} />
      ))}
    </View>
  );
}
