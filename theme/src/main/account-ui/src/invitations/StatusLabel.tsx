import { Label, type LabelProps } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

const COLORS: Record<string, LabelProps["color"]> = {
  pending: "blue",
  accepted: "green",
  declined: "orange",
  revoked: "grey",
  expired: "grey",
};

export function StatusLabel({ status }: { status: string }) {
  const { t, i18n } = useTranslation();
  const key = `orgkitInvitationStatus_${status}`;
  return (
    <Label color={COLORS[status] ?? "grey"} data-testid="invitation-status">
      {i18n.exists(key) ? t(key) : status}
    </Label>
  );
}
